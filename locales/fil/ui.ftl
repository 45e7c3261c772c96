### Mga karaniwang teksto ng screen at terminal — Filipino (fil); ang reference locale ay ja

option-unknown = Hindi alam / Ayaw sumagot
priority-emergency = Emergency
priority-urgent = Madalian
priority-standard = Karaniwan
local-service-hours = Tingnan ang oras ng pagtanggap sa sariling tala ng desk na ito.
local-service-expect = Lokal na lugar na maaaring lapitan na idinagdag ng desk na ito.
check-before-use = Suriin bago gamitin: luma o hindi pa kumpirmado ang impormasyong ito.
list-separator = { ", " }
locale-status-reference = Batayang wika
locale-status-reviewed = Nasuring salin
locale-status-draft = Draft na salin (hindi pa nasusuri)
assured-on = Petsa ng pagsuri: { $date }

## madoguchi walk

walk-title = Daloy ng konsultasyon (staff: { $staff } / kliyente: { $client })
walk-choose-one = Mag-type ng isang numero.
walk-choose-many = I-type ang lahat ng numerong naaangkop, na may espasyo sa pagitan.
walk-back-hint = I-type ang 0 para bumalik sa nakaraang tanong.
walk-invalid = Hindi mapipili ang numerong iyan. Pakisubukang muli.
walk-progress = Tanong { $number }
walk-results = Mga maaaring lapitan
walk-no-referrals = Walang maaaring lapitan na maimumungkahi.
walk-why = Dahilan
walk-source = Pinagmulan
walk-hours = Oras ng pagtanggap
walk-ended = Natapos ang pag-input kaya itinigil ang konsultasyon. Walang na-save na tala.

## madoguchi route (para basahin ng tao)

route-heading = Mga maaaring lapitan ({ $count ->
    [one] { $count }
   *[other] { $count }
})
route-rules = Mga tuntuning pinagbatayan: { $rules }
