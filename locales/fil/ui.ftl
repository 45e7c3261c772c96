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

## Training

train-title = Kaso sa pagsasanay { $case } ({ $difficulty })
train-vignette = Para sa gumaganap bilang kliyente ({ $lang }):
train-start = Isagawa na ang konsultasyon gaya ng dati.
train-debrief = Pagbabalik-tanaw
train-score = Naibigay ang { $hit } sa { $expected } inaasahang referral
train-hit = Naibigay gaya ng inaasahan
train-missed = Hindi naibigay
train-must-not = Naibigay kahit hindi dapat
train-extra = Hindi kailangan (walang pinsala)
train-none = (wala)
train-emergency = Emerhensiya
train-emergency-not-needed = Walang kailangang emergency referral sa kasong ito, at walang naibigay.
train-emergency-handled = Inuna: unang itinanong ang panganib, at nauna ang { $services }.
train-emergency-missed = Hindi naibigay: kailangan ng kasong ito na mauna ang { $services }.
train-emergency-not-first = Naibigay ang { $services }, pero hindi unang itinanong ang panganib.
train-emergency-unneeded = May naibigay na emergency number na hindi kailangan ng kasong ito.
train-mattered = Mga tanong na nagpabago sa referral
train-mattered-lost = Kung wala ang sagot na ito, mawawala ang: { $services }
train-mattered-gained = Kung wala ang sagot na ito, madaragdag ang: { $services }
train-mattered-priority = Kung wala ang sagot na ito, magbabago ang priyoridad ng: { $services }
train-answer-differed = Iba ang sagot mo sa kaso.
train-expected = Bakit ang bawat inaasahang referral
train-given = naibigay
train-not-given = hindi naibigay
train-passed = Pasado: walang nakaligtaan, walang maling naibigay, naasikaso ang emerhensiya.
train-review = Balikan ang mga puntong ito kasama ang trainer.
train-notes = Mga tala sa pagtuturo
train-list-heading = Mga kaso sa pagsasanay ({ $count })
train-difficulty-intro = Panimula
train-difficulty-intermediate = Katamtaman
train-difficulty-advanced = Mataas
train-saved = Nai-save ang resulta ng pagsasanay na ito sa { $path } (hiwalay sa mga totoong rekord; walang pangalang sine-save).

## Directory screen

directory-open-now = Bukas ngayon (24 oras o online)
directory-open-unknown = Hindi alam — tingnan ang oras
directory-origin-shipped = Kasama sa app
directory-origin-overridden = Binago ng site na ito
directory-origin-local = Idinagdag ng site na ito

# Reports screen: categories and dimensions the flow does not label
report-month = Buwan
report-total = Kabuuan
report-unknown = Hindi alam
report-not-applicable = Hindi angkop (Hapon)
report-no-service = Walang referral
report-suppressed = Mas kaunti sa { $k } (hindi ipinapakita)
report-yes = Oo
report-no = Hindi
report-outcome-referred = Nai-refer
report-outcome-referred_with_handover = Nai-refer at naipasa
report-outcome-information_only = Impormasyon lamang
report-outcome-client_declined = Tumanggi ang kliyente
report-outcome-interrupted = Naantala
report-region-east_asia = Silangang Asya
report-region-southeast_asia = Timog-Silangang Asya
report-region-south_asia = Timog Asya
report-region-central_asia = Gitnang Asya
report-region-middle_east = Gitnang Silangan
report-region-europe = Europa
report-region-north_america = Hilagang Amerika
report-region-latin_america = Latin Amerika
report-region-africa = Aprika
report-region-oceania = Oceania
report-dimension-age_group = Pangkat ng edad
report-dimension-gender = Kasarian
report-dimension-nationality = Nasyonalidad
report-dimension-region = Rehiyon ng nasyonalidad
report-dimension-residence = Status ng paninirahan
report-dimension-concern = Alalahanin
report-dimension-danger = Nasa panganib
report-dimension-service = Pinag-referan
report-dimension-outcome = Resulta
report-dimension-handover_consent = Pahintulot sa pagpasa
report-dimension-interpreter = Interpreter
report-dimension-staff_lang = Wika ng staff
report-dimension-client_lang = Wika ng kliyente
report-dimension-desk = Desk
