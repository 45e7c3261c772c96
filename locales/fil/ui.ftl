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
contact-in-person-local = Personal na pumunta sa pinakamalapit na tanggapan (iba-iba bawat lugar)
language-fit-native = May contact na may tauhang nagsasalita ng { $language }
language-fit-interpreter = Nagbibigay ang serbisyo ng interpreter (hal. three-way call), kaya magagamit ang { $language }
language-fit-unknown = Hindi sinasabi ng mga sanggunian kung magagamit ang { $language }
language-fit-none = Hindi magagamit ang { $language } (ibang wika lamang ayon sa mga sanggunian)
language-fit-contact = Sa { $language }, gamitin muna ang contact na ito
language-fit-advice = Kung hindi magagamit ang { $language }, tatawag ang kawani kasama mo at ipapaliwanag sa wikang Hapon. Kung may interpreter ang serbisyo (hal. three-way call), humingi nito.
ui-card-language-fit = Suporta sa wika
directory-fit-language = Wika ng kliyente (ipinapakita ang suporta sa wikang ito)

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
ui-error-title = Hindi ito nagawa
ui-error-detail = Detalye (para sa namamahala):
ui-error-back = Bumalik sa simulang screen
ui-next = Susunod
ui-emergency-title = Tumawag ngayon
ui-result-title = Mga referral
ui-result-none = Walang referral para sa mga sagot na ito.
ui-result-answers = Mga ibinigay na sagot
ui-result-slip = Ipakita ang referral slip
ui-result-save = I-save at tapusin
ui-card-contact = Kontak
ui-contact-open-failed = Hindi ito mabuksan ng computer na ito. I-dial o i-type nang mano-mano ang nakikita.
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
ui-slip-intro = Puwede kang makipag-ugnayan sa mga lugar sa ibaba. Nakasulat sa bawat lugar kung may bayad ang tawag at kung puwede kang hindi magpakilala.
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

train-title = Kaso sa pagsasanay: { $case } ({ $difficulty })
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
train-route-trafficking = Human trafficking
train-route-sexual_crime_8103 = Sekswal na krimen (#8103)
train-route-child_189 = Pang-aabuso sa bata (189)
train-route-one_stop = One-Stop Center
train-route-iom_return = Suporta ng IOM sa pag-uwi
train-route-immigration = Imigrasyon
train-route-labour = Trabaho
train-route-residence = Status ng paninirahan
train-route-discrimination = Diskriminasyon
train-route-online_images = Mga larawan online
train-route-domestic_violence = Karahasan sa tahanan
train-route-emergency = Emergency (110/119)
train-route-unknown_answers = Mga hindi alam na sagot

## Directory screen

directory-open-now = Bukas ngayon (24 oras o online)
directory-open-unknown = Hindi alam — tingnan ang oras
directory-origin-shipped = Kasama sa app
directory-origin-overridden = Binago ng site na ito
directory-origin-local = Idinagdag ng site na ito
directory-title = Listahan ng mga serbisyo
directory-search = Maghanap (pangalan o paglalarawan)
directory-concern = Alalahanin
directory-language = Wika
directory-any = Lahat
directory-free-call = Libreng tawag lamang
directory-anonymous = Walang pagpapakilala lamang
directory-open-only = Bukas ngayon lamang
directory-shown = Mga serbisyong ipinapakita
directory-none = Walang serbisyong tumutugma sa mga filter na ito.
directory-reachable = Bukas ngayon
directory-sources = Mga pinagmulan
directory-confidence = Katiyakan
directory-confidence-high = Mataas
directory-confidence-medium = Katamtaman
directory-confidence-low = Mababa
directory-confidence-unconfirmed = Hindi pa nakumpirma
directory-serves = Para kay
directory-origin = Entry

# Records screen
records-title = Mga naka-save na rekord
records-note = Mga totoong konsultasyon lamang, pinakabago muna; hindi ipinapakita ang mga rekord ng pagsasanay. Mga kategorya lamang ang laman ng rekord: walang nagpapakilala sa sinuman.
records-total = Mga rekord
records-none = Wala pang naka-save na rekord.
records-unavailable = Hindi mabasa ang log, kaya walang maipapakitang rekord.
records-referrals = Ini-refer sa
records-no-referrals = Walang referral
records-previous = Nakaraang pahina
records-next = Susunod na pahina
records-page = Pahina

# Reports screen: categories and dimensions the flow does not label
report-month = Buwan
report-total = Kabuuan
report-unknown = Hindi alam
report-not-applicable = Hindi angkop (Hapon)
report-no-service = Walang referral
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

## Reports screen

reports-title = Estadistika
reports-note = Bilang ng mga totoong konsultasyon bawat buwan; hindi kailanman binibilang ang pagsasanay. Itinatago ang maliliit na bilang, pati ang iba pang cell na puwedeng gamitin para makuwenta ang nakatagong bilang.
reports-dimension = Bilangin ayon sa
reports-second-dimension = Saka ayon sa
reports-no-second = Wala na
reports-loading = Binibilang…
reports-records = Mga konsultasyon sa panahong ito
reports-empty = Walang na-save na konsultasyon sa panahong ito.
reports-unavailable = Hindi mabasa ang log, kaya walang maipapakitang estadistika.
reports-bar-title = Buong panahon
reports-line-title = Bawat buwan
reports-line-note = Ang kabuuan at ang mga kategoryang may pinakamaraming bilang. Ang putol sa linya ay nakatagong bilang.
reports-table-title = Talahanayan
reports-export = I-export bilang CSV…
reports-export-dialog = I-save ang estadistika bilang CSV file
reports-export-filter = CSV file
reports-exported = Na-save sa
reports-export-records = Mga konsultasyong binilang
reports-export-cancelled = Walang na-save.
reports-export-failed = Hindi na-save ang estadistika:

## Settings screen

settings-title = Mga setting
settings-note = Sa data folder lang ng computer na ito naka-save ang mga setting na ito.
settings-data-dir = Data folder
settings-desk = Pangalan ng desk
settings-staff-lang = Wika ng kawani sa pagsisimula
settings-client-lang = Wika ng kliyente sa pagsisimula
settings-idle = Burahin ang bukas na konsultasyon pagkalipas ng ganitong dami ng segundong walang galaw
settings-retention = Itago ang mga rekord nang ganitong dami ng taon
settings-save = I-save ang mga setting
settings-saved = Na-save ang mga setting.
settings-not-saved = Hindi na-save ang mga setting:
settings-error-idle = Ang oras na walang galaw ay dapat buong bilang ng segundo mula 2 hanggang 3600.
settings-error-retention = Dapat itago ang mga rekord nang 1 hanggang 10 taon.
settings-error-language = Hindi available ang wikang iyan.
settings-error-write = Hindi masulatan ang settings file:
settings-log = Log ng referral
settings-log-writable = Gumagana: puwedeng mag-save ng konsultasyon.
settings-log-closed = Read-only: walang masa-save o mabubura (tingnan ang mensaheng ipinakita sa pagsisimula).
settings-log-records = Mga rekord sa log
settings-purge-title = Burahin ang mga lumang rekord
settings-purge-cutoff = Buburahin ang mga rekord bago ang araw na ito
settings-purge-count = Mga rekord na buburahin
settings-purge-training = Mga resulta ng pagsasanay na buburahin
settings-purge-button = Burahin ang mga lumang rekord…
settings-purge-yes = Oo, burahin
settings-purge-no = Kanselahin
settings-purge-done = Mga naburang rekord
settings-purge-nothing = Walang rekord na lampas sa panahon ng pagtatago.
settings-purge-failed = Hindi nabura ang mga rekord:
settings-purge-changed = Walang nabura: nagbago ang mga bilang matapos mong suriin (halimbawa, nagbago ang petsa). Suriin ang mga bagong bilang, saka burahin muli.
settings-override-title = File ng lokal na setting
settings-override-path = File
settings-override-absent = Walang file ng lokal na setting: ang listahan ng mga serbisyong kasama sa app ang ginagamit.
settings-override-loaded = Nabasa at walang mali: ginagamit.
settings-override-invalid = May mali, kaya hindi ginagamit: ang listahan ng mga serbisyong kasama sa app ang ginagamit. Ayusin ang mga linyang ito, saka i-restart ang app.
settings-override-local = Mga serbisyong idinagdag ng site na ito
settings-override-changed = Mga serbisyong binago ng site na ito
settings-check-title = Pagsusuri ng data
settings-check-ok = Pumasa ang lahat ng pagsusuri.
settings-check-failed = May nakitang mga problema:
settings-check-questions = Mga tanong
settings-check-rules = Mga patakaran
settings-check-services = Mga serbisyo
settings-check-languages = Mga wika
settings-check-again = Suriin muli
settings-check-restart = Gagamitin ang binagong file ng lokal na setting pagkatapos i-restart ang app.
ui-keys-tools = Sa screen na ito: Alt+D listahan ng mga serbisyo, Alt+R mga naka-save na rekord, Alt+T estadistika, Alt+S mga setting.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: hindi ipinapakita. Mas kaunti sa { $k } sa isang buwan ng taong piskal (kasama ang zero), o itinago para hindi makalkula ang ganoong bilang.
reports-period = Panahon
reports-period-fiscal-years = Mga taong piskal (Abril hanggang Marso)
reports-period-quarters = Mga quarter
reports-period-months = Mga buwan
reports-fiscal-year = FY{ $year } (Abril–Marso)
reports-fiscal-quarter = FY{ $year } Q{ $quarter }
reports-period-note = Inilalabas lang ang estadistika kada buwan, quarter at taong piskal, hindi sa ibang saklaw: kung hindi, makakalkula ang nakatagong bilang sa pagbabawas ng isang saklaw sa iba.
ui-problem-log-empty = Walang laman ang log file (0 byte): nawala ang nilalaman nito. Hindi ito ginawang bagong log; binuksan ito nang read-only.
ui-problem-log-cannot-write = Hindi masusulatan dito ang log file o ang folder nito (walang pahintulot, o read-only na disk). Hindi sira ang file; binuksan ito nang read-only.
ui-problem-log-cannot-write-todo = Gumagana ang konsultasyon at referral, pero walang maise-save. Kontakin ang administrator para gawing masusulatan ang folder at file na ito at i-restart ang app.
ui-problem-set-aside-title = Inilipat ang isang file na nasa tabi ng log
ui-problem-set-aside-what = May pansamantalang file (WAL o journal) sa tabi ng log file na hindi kabilang sa log na ito. Para hindi ito maisulat sa log, hindi ito binasa: pinalitan ang pangalan at iniwan sa parehong folder. Hindi nagbago ang log at makakapag-save.
ui-problem-set-aside-todo = Huwag burahin ang inilipat na file. Kontakin ang administrator para alamin kung saan ito galing (log ng ibang desk, backup).
records-month = Buwan
settings-desk-code-help = Isang code na ibinibigay ng coordinator sa desk na ito, sine-save kasama ng bawat konsultasyon: halimbawa "shinjuku-2f" o "window-3". Maliliit na titik a–z, numero (1 hanggang 4) at gitling lang. Hindi kailanman pangalan ng tao.
settings-error-desk-code = Hindi ito desk code. Gumamit ng maliliit na titik a–z, numero at gitling, hanggang 32 character, nagsisimula sa titik o numero, na may hindi bababa sa 1 at hanggang 4 na numero (halimbawa "window-3"). Hindi puwedeng desk code ang pangalan ng tao.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Burahin ang mga lumang rekord?
settings-purge-dialog = Buburahin ang { $records } rekord at { $training } resulta ng pagsasanay mula bago ang { $cutoff }. Hindi na ito maibabalik.
settings-purge-cancelled = Walang binura.
settings-retention-dialog-title = Itago ang mga rekord nang mas kaunting taon?
settings-retention-dialog = Itatago ang mga rekord nang { $to } taon sa halip na { $from }. Kapag binura ang mga lumang rekord, mabubura ang { $records } rekord at { $training } resulta ng pagsasanay mula bago ang { $cutoff }.
settings-retention-dialog-uncounted = Itatago ang mga rekord nang { $to } taon sa halip na { $from }. Kapag binura ang mga lumang rekord, mas maraming rekord ang mabubura kaysa dati.
settings-retention-dialog-yes = Oo, itago nang mas kaunting taon
settings-error-retention_not_confirmed = Hindi pinaikli ang panahon ng pagtatago (Kanselahin ang pinili); walang na-save.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Hindi mababago ng file na ito ang mga serbisyong pang-emergency gaya ng 110 at 119. Alisin ang mga entry na iyon.
ui-override-error-duplicate = Dalawang beses nakasulat ang parehong serbisyo (id). Isa lang ang itira.
ui-override-error-entry = Hindi tama ang id, contact (numero ng telepono, dial code, https na address), pangalan (label) o mga wika ng isang serbisyo.
ui-override-error-encoding = Hindi naka-save sa UTF-8 ang file. I-save itong muli sa UTF-8.

## coord
card-japanese-only = (sa Japanese lamang)
directory-review-due = Hindi na-check nang mahigit { $months } buwan: kumpirmahin ang numero at ang oras.
settings-review = Pagitan ng pag-check sa direktoryo (buwan)
settings-error-review = Ang pagitan ng pag-check ay 1 hanggang 60 buwan.
settings-review-due = Mga entry na mas luma ang petsa ng pag-check kaysa sa pagitan
settings-review-help = I-export ang listahan gamit ang madoguchi directory review --out review.csv; isulat ang resulta sa override file gamit ang --apply.
settings-override-create = Gumawa ng override file mula sa halimbawa
settings-override-created = Nagawa ang override file mula sa halimbawang may paliwanag. I-edit ito, pindutin ang "Suriin muli", at i-restart ang app.
settings-override-create-failed = Hindi nagawa ang override file:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Hindi mabasa ang linyang ito bilang TOML. Tingnan kung may hindi nasarhang ", [ ] o { "{" } { "}" } at kung paano isinulat ang "=".
override-error-unknown-key = Walang key na { $key }. Mga key ng entry: { $keys }
override-error-value = Hindi magagamit ang value na { $value } ng "{ $field }". { $choices ->
    [none] Tingnan ang halimbawang data/site-override.example.toml.
   *[other] Mga value: { $choices }
}
override-error-missing = Kulang sa serbisyong "{ $id }": { $fields }
override-error-date = Hindi petsa ang { $value }: isulat bilang taon-buwan-araw, gaya ng 2026-04-01.
override-error-duplicate = Nasa linya { $first } din ng file na ito ang serbisyong { $id }. Isa lang ang itira.
override-error-emergency = Ang "{ $id }" ay serbisyong pang-emergency gaya ng 110 o 119: hindi ito mababago ng file na ito. Alisin ang entry na ito.
override-error-emergency-with = Serbisyong "{ $id }": walang maaaring ilista kasama ng serbisyong pang-emergency na "{ $with }" (refer_with).
override-error-contact = Ang contact { $number } ng serbisyong "{ $id }", { $value }, ay hindi { $kind ->
    [phone] numero ng telepono (hal. 03-1234-5678).
    [dial] maikling numero (hal. 110 o #8103).
    [web] address na nagsisimula sa https://.
    [email] e-mail address.
   *[other] "local" (ang pinakamalapit na tanggapan).
}
override-error-empty = Serbisyong "{ $id }": walang laman ang "{ $field }".
override-error-label = Ang pangalan (label) ng serbisyong "{ $id }" ay { $problem ->
    [empty] walang laman.
    [long] mas mahaba sa { $max } character.
   *[other] may control character.
}
override-error-text = Serbisyong "{ $id }", "{ $field }": { $problem ->
    [no-ja] walang Japanese (ja). Ipinapakita ang Japanese kapalit ng wikang hindi isinulat, kaya kailangan ito.
    [language] hindi wika ng app ang "{ $lang }". Mga wika: { $langs }
    [empty] walang laman ang tekstong "{ $lang }".
    [long] masyadong mahaba ang tekstong "{ $lang }".
    [both] may label at name; itira ang name.
   *[other] may control character ang tekstong "{ $lang }".
}
override-error-note = Ang note na { $note } ng contact { $number } ng serbisyong "{ $id }" ay hindi teksto ng app. Para isulat sa sariling salita ng desk: note = { "{" } ja = "平日のみ", fil = "Weekdays lamang" { "}" }
override-error-shipped-local = Kasama sa app ang serbisyong "{ $id }": ang label at refer_with ay para lamang sa mga serbisyong idinaragdag ng desk.
override-error-assured-by = Serbisyong "{ $id }": kailangan ng petsa ng pag-check (assured_date) ang assured_by, ang source (isa sa sources) na ginamit.
override-error-service-id = Hindi maaaring id ang { $id }: isang maliit na titik, saka hanggang 63 maliit na titik, digit o "_".
override-error-local-needs = Hindi kasama sa app ang serbisyong "{ $id }": kailangan ng idinagdag na serbisyo ang name (o label) at refer_with.
override-error-encoding = Hindi naka-save bilang UTF-8 ang file ({ $byte } sa byte { $offset }). I-save muli bilang UTF-8.
override-error-refer-with = Serbisyong "{ $id }": ang refer_with na "{ $with }" ay hindi serbisyong kasama sa app.
override-error-serves = Serbisyong "{ $id }": may hindi kilalang fact o value sa serves.
override-error-source = Serbisyong "{ $id }": { $source ->
    [none] walang source (sources).
   *[other] ang source na { $source } ay hindi https:// address o linya ng dokumento.
}
override-error-language = Serbisyong "{ $id }", wikang "{ $lang }": { $problem ->
    [tag] mali ang pagkakasulat ng language code (hal. vi, pt, fil).
    [unbacked] walang contact na nagsasalita nito at walang interpretasyon.
   *[other] wala sa languages ng serbisyo; idagdag ito.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = May hiniling sa app na wala ito (wika, tanong, sagot, kaso, panahon o filter).
ui-error-no-content = Hindi pumasa sa pagsusuri ang built-in na data ng app, kaya hindi ito maipakita.
ui-error-log = Hindi mabasa o masulatan ang log file.
ui-error-settings = May mga setting na hindi tinanggap, kaya walang na-save.
ui-error-desktop = Hindi ito magawa ng computer na ito (dialog, pag-print, o programang magbubukas nito).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = May hindi inaasahang problema sa loob ng app.
ui-error-todo = Pindutin ang Subukang muli, o bumalik sa simulang screen. Kung patuloy itong nangyayari, ipakita ang detalye sa ibaba sa namamahala.
ui-error-retry = Subukang muli

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Hindi pa nasusuring salin
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Ang papel na ito ay salin ng makina at hindi pa nasusuri. Kung may hindi malinaw, magtanong sa kawani.

## About (package)
settings-about-title = Tungkol sa Madoguchi
settings-about-version = Bersyon
settings-about-data-date = Petsa ng datos ng direktoryo (ang pinakabagong nakumpirmang pinagmulan)
