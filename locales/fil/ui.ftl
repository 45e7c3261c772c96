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

## Desktop app

ui-strip-label = Mga numerong pang-emergency
ui-strip-police = Pulis 110
ui-strip-ambulance = Ambulansya at bumbero 119
ui-hide = Itago ang screen
ui-keys-help = Pumili gamit ang number key 1–9. Bumalik gamit ang Backspace o Alt+←. Pindutin ang Esc nang dalawang beses para burahin agad ang screen at ang konsultasyon.
ui-start-title = Simulan ang konsultasyon
ui-start-staff-lang = Wika ng kawani
ui-start-client-lang = Wika ng kliyente
ui-start-mode = Uri ng konsultasyon
ui-mode-live = Totoong konsultasyon
ui-mode-training = Pagsasanay (hindi kasama sa estadistika)
ui-start-privacy = Walang naitatala hangga't hindi pinipindot ang I-save. Mga kategoryang hindi nagpapakilala ng tao lang ang sine-save.
ui-start-begin = Simulan ang konsultasyon
app-progress = Tanong { $number } sa humigit-kumulang { $total }
ui-choose-many = Piliin ang lahat ng angkop, saka pindutin ang Susunod.
ui-back = Bumalik
ui-next = Susunod
ui-emergency-title = Tumawag ngayon
ui-result-title = Mga referral
ui-result-none = Walang referral para sa mga sagot na ito.
ui-result-answers = Mga ibinigay na sagot
ui-result-slip = Ipakita ang referral slip
ui-result-save = I-save at tapusin
ui-card-contact = Kontak
ui-card-hours = Oras
ui-card-free-call = Bayad sa tawag
ui-free-call-yes = Libre
ui-free-call-no = May bayad
ui-free-call-partly = Bahagyang libre
ui-free-call-unconfirmed = Hindi pa kumpirmado
ui-card-anonymous = Konsultasyon nang hindi nagpapakilala
ui-anonymous-yes = Puwede
ui-anonymous-no = Hindi puwede
ui-anonymous-partly = Depende
ui-anonymous-unconfirmed = Hindi pa kumpirmado
ui-card-languages = Mga wika
ui-languages-unconfirmed = (hindi pa kumpirmado ang mga wika)
ui-card-expect = Ano ang aasahan
ui-card-why = Bakit ito ang referral
ui-card-source = Pinagmulan:
ui-card-checked = Petsa ng pagsuri
ui-slip-title = Referral slip
ui-slip-intro = Maaari kang lumapit sa mga lugar sa ibaba. Libre at kumpidensyal ang konsultasyon.
ui-slip-print = I-print
ui-save-title = I-save ang rekord
ui-save-training = Sine-save bilang rekord ng pagsasanay. Hindi kasama sa estadistika.
ui-save-privacy = Walang pangalan, kontak, tirahan, petsa ng kapanganakan o malayang teksto na sine-save.
ui-save-outcome = Kinalabasan
ui-outcome-referred = Nai-refer
ui-outcome-referred_with_handover = Nai-refer at nailipat
ui-outcome-information_only = Impormasyon lamang
ui-outcome-client_declined = Tumanggi ang kliyente
ui-outcome-interrupted = Naputol
ui-save-interpreter = May ginamit na interpreter
ui-save-consent = Pumayag ang kliyente sa paglilipat
ui-save-region = Rehiyon ng nasyonalidad (para sa estadistika; hindi itinatala ang bansa)
ui-region-none = Hindi sumagot / hindi alam
ui-region-east_asia = Silangang Asya
ui-region-southeast_asia = Timog-silangang Asya
ui-region-south_asia = Timog Asya
ui-region-central_asia = Gitnang Asya
ui-region-middle_east = Gitnang Silangan
ui-region-europe = Europa
ui-region-north_america = Hilagang Amerika
ui-region-latin_america = Latin Amerika
ui-region-africa = Aprika
ui-region-oceania = Oceania
ui-save-submit = I-save at burahin ang screen
ui-save-unavailable = Hindi makapag-save dahil hindi magamit ang log file. Gumagana pa rin ang mga referral.
ui-save-error-consent = Kailangan ang pahintulot ng kliyente para sa "nailipat".
ui-save-error-no-referral = Walang referral, kaya hindi mapipili ang "Nai-refer".
ui-save-error-data = Hindi na-save ang konsultasyong ito.
ui-save-error-log = Hindi masulatan ang log file. Makipag-ugnayan sa administrator.
ui-saved = Na-save na. Nabura na sa screen ang konsultasyon.
ui-blank-title = Nakatago ang screen
ui-new-consultation = Magsimula ng bagong konsultasyon
ui-problem-file = File:
ui-problem-details = Mga nakitang problema
ui-problem-todo = Ano ang gagawin
ui-problem-continue = Naintindihan, ituloy
ui-problem-override-title = May mali ang file ng lokal na setting
ui-problem-override-what = Hindi na-load ang mga lokal na kontak na idinagdag o binago ng desk na ito. Mga pambansang kontak lang ang ipinapakita.
ui-problem-override-todo = Ipaayos sa administrator ang mga linya sa itaas (suriin gamit ang: madoguchi validate --override FILE). Pagkatapos, i-restart ang app.
ui-problem-settings-title = May mali ang settings file
ui-problem-settings-what = Hindi nabasa ang settings file; ginagamit ang mga default (gaya ng pagbura pagkalipas ng 5 minutong walang galaw).
ui-problem-settings-todo = Ipaayos sa administrator ang mga linya sa itaas. Pagkatapos, i-restart ang app.
ui-problem-log-title = Hindi makapag-save ng rekord
ui-problem-log-damaged = Sira ang log file, kaya binuksan ito nang read-only.
ui-problem-log-not-a-log = Nasa lugar ng log file ang file ng ibang programa. Binuksan ito nang read-only.
ui-problem-log-newer-schema = Ginawa ang log file ng mas bagong bersyon ng Madoguchi. Binuksan ito nang read-only.
ui-problem-log-unavailable = Hindi mabuksan ang log file.
ui-problem-log-todo = Gumagana ang konsultasyon at referral, pero walang masa-save. Huwag burahin ang file; makipag-ugnayan sa administrator, na maglilipat nito sa ligtas na lugar at magre-restart ng app.
ui-problem-data-title = Sira ang data ng app
ui-problem-data-what = Hindi pumasa sa pagsusuri ang built-in na data, kaya hindi makapagsimula ng konsultasyon.
ui-problem-data-todo = I-install muli ang app. Kung hindi pa rin maayos, makipag-ugnayan sa administrator.

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
