### អត្ថបទរួមសម្រាប់អេក្រង់ និងទែមីណាល់ — ភាសាខ្មែរ (km); ភាសាយោង គឺ ja

option-unknown = មិនដឹង / មិនចង់ឆ្លើយ
priority-emergency = បន្ទាន់បំផុត
priority-urgent = ប្រញាប់
priority-standard = ធម្មតា
local-service-hours = សូមពិនិត្យម៉ោងទទួល តាមការណែនាំរបស់កន្លែងពិគ្រោះយោបល់នេះ។
local-service-expect = នេះជាកន្លែងពិគ្រោះយោបល់ក្នុងតំបន់ ដែលកន្លែងពិគ្រោះយោបល់នេះបានចុះបញ្ជីដោយខ្លួនឯង។
check-before-use = សូមពិនិត្យមុនពេលប្រើ៖ ព័ត៌មាននេះចាស់ ឬមិនទាន់បានបញ្ជាក់។
list-separator = { ", " }
locale-status-reference = ភាសាយោង
locale-status-reviewed = ការបកប្រែដែលបានពិនិត្យ
locale-status-draft = សេចក្ដីព្រាងការបកប្រែ (មិនទាន់បានពិនិត្យ)
assured-on = ថ្ងៃពិនិត្យ៖ { $date }
contact-in-person-local = ទៅដោយផ្ទាល់នៅការិយាល័យជិតបំផុត (ខុសគ្នាតាមតំបន់)
language-fit-native = មានទំនាក់ទំនងដែលនិយាយ{ $language }បាន
language-fit-interpreter = សេវានេះផ្តល់អ្នកបកប្រែ (ឧ. ការហៅបីភាគី) ដូច្នេះអាចប្រើ{ $language }បាន
language-fit-unknown = ប្រភពមិនបានបញ្ជាក់ថាអាចប្រើ{ $language }បានឬទេ
language-fit-none = មិនមានជា{ $language }ទេ (យោងតាមប្រភព មានតែភាសាផ្សេង)
language-fit-contact = សម្រាប់{ $language } សូមទាក់ទងលេខនេះមុន
language-fit-advice = ប្រសិនបើមិនអាចប្រើ{ $language }បាន បុគ្គលិកនឹងហៅទូរស័ព្ទជាមួយអ្នក ហើយពន្យល់ជាភាសាជប៉ុន។ ប្រសិនបើសេវាមានអ្នកបកប្រែ (ឧ. ការហៅបីភាគី) សូមស្នើសុំ។
ui-card-language-fit = ការគាំទ្រភាសា
directory-fit-language = ភាសារបស់អ្នកមកពិគ្រោះ (បង្ហាញការគាំទ្រភាសានេះ)

## madoguchi walk

walk-title = ដំណើរការពិគ្រោះយោបល់ (បុគ្គលិក៖ { $staff } / អ្នកមកពិគ្រោះ៖ { $client })
walk-choose-one = សូមបញ្ចូលលេខ។
walk-choose-many = សូមបញ្ចូលលេខទាំងអស់ដែលត្រូវ ដោយដកឃ្លាពីគ្នា។
walk-back-hint = វាយ 0 ដើម្បីត្រឡប់ទៅសំណួរមុន។
walk-invalid = មិនអាចជ្រើសលេខនោះបានទេ។ សូមបញ្ចូលម្ដងទៀត។
walk-progress = សំណួរទី { $number }
walk-results = កន្លែងដែលគួរទាក់ទង
walk-no-referrals = គ្មានកន្លែងដែលត្រូវណែនាំទេ។
walk-why = មូលហេតុ
walk-source = ប្រភព
walk-hours = ម៉ោងទទួល
walk-ended = ការបញ្ចូលបានបញ្ចប់ ដូច្នេះការពិគ្រោះយោបល់ត្រូវបានផ្អាក។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។

## madoguchi route (សម្រាប់មនុស្សអាន)

route-heading = កន្លែងដែលគួរទាក់ទង ({ $count ->
   *[other] { $count } កន្លែង
})
route-rules = ច្បាប់ដែលជាមូលដ្ឋាន៖ { $rules }

## កម្មវិធីកុំព្យូទ័រ

ui-strip-label = លេខសង្គ្រោះបន្ទាន់
ui-strip-police = ប៉ូលិស 110
ui-strip-ambulance = រថយន្តសង្គ្រោះ និងពន្លត់អគ្គិភ័យ 119
ui-hide = លាក់អេក្រង់
ui-keys-help = ចុចគ្រាប់ចុចលេខ 1–9 ដើម្បីជ្រើសរើស។ ចុច Backspace ឬ Alt+← ដើម្បីត្រឡប់ក្រោយ។ ចុច Esc ពីរដង ដើម្បីសម្អាតអេក្រង់ និងលុបការពិគ្រោះភ្លាមៗ។
ui-start-title = ចាប់ផ្តើមការពិគ្រោះ
ui-start-staff-lang = ភាសារបស់បុគ្គលិក
ui-start-client-lang = ភាសារបស់អ្នកមកពិគ្រោះ
ui-start-mode = ប្រភេទការពិគ្រោះ
ui-mode-live = ការពិគ្រោះពិតប្រាកដ
ui-mode-training = ការបណ្តុះបណ្តាល (មិនរាប់ក្នុងស្ថិតិ)
ui-start-privacy = គ្មានអ្វីត្រូវបានកត់ត្រាទេ រហូតដល់អ្នកចុច "រក្សាទុក"។ រក្សាទុកតែប្រភេទដែលមិនអាចសម្គាល់អត្តសញ្ញាណបុគ្គលប៉ុណ្ណោះ។
ui-start-begin = ចាប់ផ្តើមការពិគ្រោះ
app-progress = សំណួរ { $number } / ប្រហែល { $total }
ui-choose-many = ជ្រើសរើសទាំងអស់ដែលត្រូវ រួចចុច "បន្ទាប់"។
ui-back = ត្រឡប់ក្រោយ
ui-error-title = មិនអាចធ្វើប្រតិបត្តិការនេះបានទេ
ui-error-detail = ព័ត៌មានលម្អិត (សម្រាប់អ្នកគ្រប់គ្រង):
ui-error-back = ត្រឡប់ទៅអេក្រង់ចាប់ផ្តើម
ui-next = បន្ទាប់
ui-emergency-title = សូមទូរស័ព្ទឥឡូវនេះ
ui-result-title = កន្លែងបញ្ជូនបន្ត
ui-result-none = ចម្លើយទាំងនេះមិនមានកន្លែងបញ្ជូនបន្តទេ។
ui-result-answers = ចម្លើយដែលបានផ្តល់
ui-result-slip = បង្ហាញលិខិតបញ្ជូនបន្ត
ui-result-save = រក្សាទុក ហើយបញ្ចប់
ui-card-contact = ទំនាក់ទំនង
ui-contact-open-failed = កុំព្យូទ័រនេះមិនអាចបើកបានទេ។ សូមចុចលេខ ឬវាយអាសយដ្ឋានដែលបង្ហាញដោយដៃ។
ui-card-hours = ម៉ោងទទួល
ui-card-free-call = ថ្លៃទូរស័ព្ទ
ui-free-call-yes = ឥតគិតថ្លៃ
ui-free-call-no = គិតថ្លៃ
ui-free-call-partly = ឥតគិតថ្លៃមួយផ្នែក
ui-free-call-unconfirmed = មិនទាន់បញ្ជាក់
ui-card-anonymous = ពិគ្រោះដោយមិនបញ្ចេញឈ្មោះ
ui-anonymous-yes = បាន
ui-anonymous-no = មិនបាន
ui-anonymous-partly = អាស្រ័យលើករណី
ui-anonymous-unconfirmed = មិនទាន់បញ្ជាក់
ui-card-languages = ភាសា
ui-languages-unconfirmed = (ភាសាមិនទាន់បញ្ជាក់)
ui-card-expect = តើនឹងមានអ្វីកើតឡើង
ui-card-why = ហេតុផលនៃការបញ្ជូនបន្ត
ui-card-source = ប្រភព:
ui-card-checked = ថ្ងៃពិនិត្យព័ត៌មាន
ui-slip-title = លិខិតបញ្ជូនបន្ត
ui-slip-intro = អ្នកអាចទាក់ទងកន្លែងខាងក្រោម។ ការហៅត្រូវបង់ប្រាក់ឬអត់ និងអាចមិនប្រាប់ឈ្មោះបានឬអត់ មានសរសេរនៅកន្លែងនីមួយៗ។
ui-slip-print = បោះពុម្ព
ui-save-title = រក្សាទុកកំណត់ត្រា
ui-save-training = រក្សាទុកជាកំណត់ត្រាបណ្តុះបណ្តាល។ មិនរាប់ក្នុងស្ថិតិទេ។
ui-save-privacy = មិនរក្សាទុកឈ្មោះ ព័ត៌មានទំនាក់ទំនង អាសយដ្ឋាន ថ្ងៃខែឆ្នាំកំណើត ឬអត្ថបទសេរីទេ។
ui-save-outcome = លទ្ធផល
ui-outcome-referred = បានបញ្ជូនបន្ត
ui-outcome-referred_with_handover = បានបញ្ជូនបន្ត និងប្រគល់ឱ្យ
ui-outcome-information_only = ផ្តល់ព័ត៌មានតែប៉ុណ្ណោះ
ui-outcome-client_declined = អ្នកមកពិគ្រោះបានបដិសេធ
ui-outcome-interrupted = បានឈប់ពាក់កណ្តាលទី
ui-save-interpreter = បានប្រើអ្នកបកប្រែ
ui-save-consent = អ្នកមកពិគ្រោះយល់ព្រមឱ្យប្រគល់បន្ត
ui-save-region = តំបន់នៃសញ្ជាតិ (សម្រាប់ស្ថិតិ មិនកត់ត្រាឈ្មោះប្រទេស)
ui-region-none = មិនឆ្លើយ / មិនដឹង
ui-region-east_asia = អាស៊ីបូព៌ា
ui-region-southeast_asia = អាស៊ីអាគ្នេយ៍
ui-region-south_asia = អាស៊ីខាងត្បូង
ui-region-central_asia = អាស៊ីកណ្តាល
ui-region-middle_east = មជ្ឈិមបូព៌ា
ui-region-europe = អឺរ៉ុប
ui-region-north_america = អាមេរិកខាងជើង
ui-region-latin_america = អាមេរិកឡាទីន
ui-region-africa = អាហ្វ្រិក
ui-region-oceania = អូសេអានី
ui-save-submit = រក្សាទុក ហើយសម្អាតអេក្រង់
ui-save-unavailable = មិនអាចរក្សាទុកបានទេ ព្រោះឯកសារកំណត់ត្រាមិនអាចប្រើបាន។ ការបញ្ជូនបន្តនៅតែដំណើរការ។
ui-save-error-consent = ការជ្រើស "បានប្រគល់ឱ្យ" ត្រូវការការយល់ព្រមពីអ្នកមកពិគ្រោះ។
ui-save-error-no-referral = គ្មានកន្លែងបញ្ជូនបន្ត ដូច្នេះមិនអាចជ្រើស "បានបញ្ជូនបន្ត" បានទេ។
ui-save-error-data = មិនអាចរក្សាទុកការពិគ្រោះនេះបានទេ។
ui-save-error-log = មិនអាចសរសេរទៅឯកសារកំណត់ត្រាបានទេ។ សូមទាក់ទងអ្នកគ្រប់គ្រង។
ui-saved = បានរក្សាទុក។ ការពិគ្រោះត្រូវបានលុបចេញពីអេក្រង់។
ui-blank-title = អេក្រង់ត្រូវបានលាក់
ui-new-consultation = ចាប់ផ្តើមការពិគ្រោះថ្មី
ui-problem-file = ឯកសារ:
ui-problem-details = បញ្ហាដែលបានរកឃើញ
ui-problem-todo = អ្វីដែលត្រូវធ្វើ
ui-problem-continue = យល់ហើយ បន្ត
ui-problem-override-title = ឯកសារកំណត់តំបន់មានកំហុស
ui-problem-override-what = កន្លែងទំនាក់ទំនងក្នុងតំបន់ដែលបញ្ជរនេះបានបន្ថែម ឬកែប្រែ មិនត្រូវបានផ្ទុកទេ។ បង្ហាញតែកន្លែងទូទាំងប្រទេសប៉ុណ្ណោះ។
ui-problem-override-todo = សូមទាក់ទងអ្នកគ្រប់គ្រងឱ្យកែបន្ទាត់ខាងលើ (ពិនិត្យដោយ: madoguchi validate --override ឯកសារ)។ បន្ទាប់មកបើកកម្មវិធីឡើងវិញ។
ui-problem-settings-title = ឯកសារការកំណត់មានកំហុស
ui-problem-settings-what = ឯកសារការកំណត់មិនត្រូវបានអាន។ កំពុងប្រើការកំណត់លំនាំដើម (ដូចជាសម្អាតដោយស្វ័យប្រវត្តិក្រោយ ៥ នាទី)។
ui-problem-settings-todo = សូមទាក់ទងអ្នកគ្រប់គ្រងឱ្យកែបន្ទាត់ខាងលើ។ បន្ទាប់មកបើកកម្មវិធីឡើងវិញ។
ui-problem-log-title = មិនអាចរក្សាទុកកំណត់ត្រាបានទេ
ui-problem-log-damaged = ឯកសារកំណត់ត្រាខូច ដូច្នេះត្រូវបានបើកសម្រាប់តែអាន។
ui-problem-log-not-a-log = នៅកន្លែងឯកសារកំណត់ត្រា មានឯកសាររបស់កម្មវិធីផ្សេង។ ត្រូវបានបើកសម្រាប់តែអាន។
ui-problem-log-newer-schema = ឯកសារកំណត់ត្រាត្រូវបានបង្កើតដោយ Madoguchi កំណែថ្មីជាង។ ត្រូវបានបើកសម្រាប់តែអាន។
ui-problem-log-unavailable = មិនអាចបើកឯកសារកំណត់ត្រាបានទេ។
ui-problem-log-todo = ការពិគ្រោះ និងការបញ្ជូនបន្តដំណើរការ ប៉ុន្តែមិនអាចរក្សាទុកអ្វីបានទេ។ កុំលុបឯកសារ។ សូមទាក់ទងអ្នកគ្រប់គ្រង ដែលនឹងផ្លាស់ទីឯកសារទៅកន្លែងសុវត្ថិភាព ហើយបើកកម្មវិធីឡើងវិញ។
ui-problem-data-title = ទិន្នន័យកម្មវិធីខូច
ui-problem-data-what = ទិន្នន័យក្នុងកម្មវិធីមិនឆ្លងកាត់ការពិនិត្យ ដូច្នេះមិនអាចចាប់ផ្តើមការពិគ្រោះបានទេ។
ui-problem-data-todo = សូមដំឡើងកម្មវិធីឡើងវិញ។ បើនៅតែមិនបាន សូមទាក់ទងអ្នកគ្រប់គ្រង។

## Training

train-title = ករណីបណ្តុះបណ្តាល: { $case } ({ $difficulty })
train-vignette = សម្រាប់អ្នកដែលដើរតួជាអ្នកមកពិគ្រោះ ({ $lang })៖
train-start = ឥឡូវនេះ សូមធ្វើការពិគ្រោះយោបល់ដូចធម្មតា។
train-debrief = ការពិនិត្យឡើងវិញ
train-score = បានបញ្ជូនតាមការរំពឹងទុក { $hit } ក្នុងចំណោម { $expected }
train-hit = បានបញ្ជូនតាមការរំពឹងទុក
train-missed = បានខកខាន
train-must-not = បានបញ្ជូន ទោះមិនគួរបញ្ជូន
train-extra = មិនចាំបាច់ (គ្មានគ្រោះថ្នាក់)
train-none = (គ្មាន)
train-emergency = បន្ទាន់
train-emergency-not-needed = ករណីនេះមិនត្រូវការការបញ្ជូនបន្ទាន់ទេ ហើយមិនបានបញ្ជូនទេ។
train-emergency-handled = បានដោះស្រាយមុនគេ៖ បានសួរអំពីគ្រោះថ្នាក់មុនគេ ហើយ { $services } បានមកមុនគេ។
train-emergency-missed = បានខកខាន៖ ករណីនេះត្រូវការ { $services } មុនគេ។
train-emergency-not-first = បានផ្តល់ { $services } ប៉ុន្តែមិនបានសួរអំពីគ្រោះថ្នាក់មុនគេទេ។
train-emergency-unneeded = បានផ្តល់លេខបន្ទាន់ដែលករណីនេះមិនត្រូវការ។
train-mattered = សំណួរដែលប្តូរការបញ្ជូន
train-mattered-lost = បើគ្មានចម្លើយនេះ នឹងបាត់៖ { $services }
train-mattered-gained = បើគ្មានចម្លើយនេះ នឹងបន្ថែម៖ { $services }
train-mattered-priority = បើគ្មានចម្លើយនេះ អាទិភាពនៃការបញ្ជូនទាំងនេះនឹងប្តូរ៖ { $services }
train-answer-differed = ចម្លើយរបស់អ្នកខុសពីករណី។
train-expected = មូលហេតុនៃការបញ្ជូននីមួយៗដែលរំពឹងទុក
train-given = បានបញ្ជូន
train-not-given = មិនបានបញ្ជូន
train-passed = ជាប់៖ គ្មានអ្វីខកខាន គ្មានការបញ្ជូនខុស ហើយបានដោះស្រាយករណីបន្ទាន់។
train-review = សូមពិនិត្យចំណុចខាងលើឡើងវិញជាមួយគ្រូបង្គោល។
train-notes = កំណត់ចំណាំបង្រៀន
train-list-heading = ករណីបណ្តុះបណ្តាល ({ $count })
train-difficulty-intro = កម្រិតដំបូង
train-difficulty-intermediate = កម្រិតមធ្យម
train-difficulty-advanced = កម្រិតខ្ពស់
train-saved = លទ្ធផលនៃការហ្វឹកហាត់នេះត្រូវបានរក្សាទុកនៅ { $path } (ដាច់ដោយឡែកពីកំណត់ត្រាពិគ្រោះពិតប្រាកដ; មិនរក្សាទុកឈ្មោះទេ)។
train-route-trafficking = ការជួញដូរមនុស្ស
train-route-sexual_crime_8103 = បទឧក្រិដ្ឋផ្លូវភេទ (#8103)
train-route-child_189 = ការរំលោភបំពានលើកុមារ (189)
train-route-one_stop = មជ្ឈមណ្ឌល One-Stop
train-route-iom_return = ជំនួយវិលត្រឡប់ពី IOM
train-route-immigration = អន្តោប្រវេសន៍
train-route-labour = ការងារ
train-route-residence = ស្ថានភាពស្នាក់នៅ
train-route-discrimination = ការរើសអើង
train-route-online_images = រូបភាពលើអ៊ីនធឺណិត
train-route-domestic_violence = អំពើហិង្សាក្នុងគ្រួសារ
train-route-emergency = បន្ទាន់ (110/119)
train-route-unknown_answers = ចម្លើយមិនដឹង

## Directory screen

directory-open-now = បើកឥឡូវ (២៤ ម៉ោង ឬ អនឡាញ)
directory-open-unknown = មិនដឹង — សូមពិនិត្យម៉ោង
directory-origin-shipped = លំនាំដើម
directory-origin-overridden = កែប្រែដោយកន្លែងនេះ
directory-origin-local = បន្ថែមដោយកន្លែងនេះ
directory-title = បញ្ជីសេវាកម្ម
directory-search = ស្វែងរក (ឈ្មោះ ឬការពិពណ៌នា)
directory-concern = បញ្ហា
directory-language = ភាសា
directory-any = ទាំងអស់
directory-free-call = តែការហៅឥតគិតថ្លៃ
directory-anonymous = តែអនាមិក
directory-open-only = តែកន្លែងដែលបើកឥឡូវនេះ
directory-shown = សេវាកម្មដែលបង្ហាញ
directory-none = គ្មានសេវាកម្មណាត្រូវនឹងលក្ខខណ្ឌទាំងនេះទេ។
directory-reachable = បើកឥឡូវនេះ
directory-sources = ប្រភព
directory-confidence = កម្រិតទំនុកចិត្ត
directory-confidence-high = ខ្ពស់
directory-confidence-medium = មធ្យម
directory-confidence-low = ទាប
directory-confidence-unconfirmed = មិនទាន់បញ្ជាក់
directory-serves = សម្រាប់
directory-origin = ធាតុ

# Records screen
records-title = កំណត់ត្រាដែលបានរក្សាទុក
records-note = តែការពិគ្រោះពិតប្រាកដ ថ្មីបំផុតមុន; មិនបង្ហាញកំណត់ត្រាហ្វឹកហាត់ទេ។ កំណត់ត្រាមានតែប្រភេទប៉ុណ្ណោះ៖ គ្មានអ្វីដែលអាចស្គាល់អត្តសញ្ញាណនរណាម្នាក់ទេ។
records-total = កំណត់ត្រា
records-none = មិនទាន់មានកំណត់ត្រាដែលបានរក្សាទុកទេ។
records-unavailable = មិនអាចអានឯកសារកំណត់ត្រាបានទេ ដូច្នេះមិនអាចបង្ហាញកំណត់ត្រាបានទេ។
records-referrals = បានបញ្ជូនទៅ
records-no-referrals = គ្មានការបញ្ជូន
records-previous = ទំព័រមុន
records-next = ទំព័របន្ទាប់
records-page = ទំព័រ

# Reports screen: categories and dimensions the flow does not label
report-month = ខែ
report-total = សរុប
report-unknown = មិនដឹង
report-not-applicable = មិនពាក់ព័ន្ធ (សញ្ជាតិជប៉ុន)
report-no-service = គ្មានការបញ្ជូន
report-yes = បាទ/ចាស
report-no = ទេ
report-outcome-referred = បានបញ្ជូន
report-outcome-referred_with_handover = បានបញ្ជូន និងប្រគល់
report-outcome-information_only = ព័ត៌មានតែប៉ុណ្ណោះ
report-outcome-client_declined = អតិថិជនបដិសេធ
report-outcome-interrupted = ត្រូវបានរំខាន
report-region-east_asia = អាស៊ីបូព៌ា
report-region-southeast_asia = អាស៊ីអាគ្នេយ៍
report-region-south_asia = អាស៊ីខាងត្បូង
report-region-central_asia = អាស៊ីកណ្ដាល
report-region-middle_east = មជ្ឈិមបូព៌ា
report-region-europe = អឺរ៉ុប
report-region-north_america = អាមេរិកខាងជើង
report-region-latin_america = អាមេរិកឡាទីន
report-region-africa = អាហ្វ្រិក
report-region-oceania = អូសេអានី
report-dimension-age_group = ក្រុមអាយុ
report-dimension-gender = ភេទ
report-dimension-nationality = សញ្ជាតិ
report-dimension-region = តំបន់សញ្ជាតិ
report-dimension-residence = ស្ថានភាពស្នាក់នៅ
report-dimension-concern = បញ្ហា
report-dimension-danger = គ្រោះថ្នាក់
report-dimension-service = កន្លែងបញ្ជូនទៅ
report-dimension-outcome = លទ្ធផល
report-dimension-handover_consent = ការយល់ព្រមប្រគល់
report-dimension-interpreter = អ្នកបកប្រែ
report-dimension-staff_lang = ភាសាបុគ្គលិក
report-dimension-client_lang = ភាសាអតិថិជន
report-dimension-desk = បញ្ជរ

## Reports screen

reports-title = ស្ថិតិ
reports-note = ចំនួនការពិគ្រោះពិតប្រាកដតាមខែ។ មិនដែលរាប់ការបណ្តុះបណ្តាលទេ។ ចំនួនតិចៗត្រូវបានលាក់ ហើយក្រឡាផ្សេងទៀតដែលអាចប្រើគណនារកចំនួនដែលលាក់នោះ ក៏ត្រូវបានលាក់ដែរ។
reports-dimension = រាប់តាម
reports-second-dimension = បន្ទាប់មកបែងចែកតាម
reports-no-second = គ្មាន
reports-loading = កំពុងរាប់…
reports-records = ចំនួនការពិគ្រោះក្នុងរយៈពេលនេះ
reports-empty = គ្មានការពិគ្រោះណាត្រូវបានរក្សាទុកក្នុងរយៈពេលនេះទេ។
reports-unavailable = មិនអាចអានឯកសារកំណត់ត្រាបានទេ ដូច្នេះមិនអាចធ្វើស្ថិតិបានទេ។
reports-bar-title = រយៈពេលទាំងមូល
reports-line-title = តាមខែនីមួយៗ
reports-line-note = ចំនួនសរុប និងប្រភេទដែលមានចំនួនច្រើនជាងគេ។ កន្លែងដែលខ្សែដាច់ គឺជាចំនួនដែលត្រូវបានលាក់។
reports-table-title = តារាង
reports-export = នាំចេញជា CSV…
reports-export-dialog = រក្សាទុកស្ថិតិជាឯកសារ CSV
reports-export-filter = ឯកសារ CSV
reports-exported = បានរក្សាទុកនៅ
reports-export-records = ចំនួនការពិគ្រោះដែលបានរាប់
reports-export-cancelled = គ្មានអ្វីត្រូវបានរក្សាទុកទេ។
reports-export-failed = មិនអាចរក្សាទុកស្ថិតិបានទេ៖

## Settings screen

settings-title = ការកំណត់
settings-note = ការកំណត់ទាំងនេះត្រូវបានរក្សាទុកតែក្នុងថតទិន្នន័យនៃកុំព្យូទ័រនេះប៉ុណ្ណោះ។
settings-data-dir = ថតទិន្នន័យ
settings-desk = ឈ្មោះបញ្ជរ
settings-staff-lang = ភាសារបស់បុគ្គលិកពេលចាប់ផ្តើម
settings-client-lang = ភាសារបស់អ្នកមកពិគ្រោះពេលចាប់ផ្តើម
settings-idle = សម្អាតការពិគ្រោះដែលកំពុងបើក បើគ្មានការបញ្ចូលអស់ចំនួនវិនាទីនេះ
settings-retention = រយៈពេលរក្សាទុកកំណត់ត្រា (ឆ្នាំ)
settings-save = រក្សាទុកការកំណត់
settings-saved = បានរក្សាទុកការកំណត់។
settings-not-saved = ការកំណត់មិនត្រូវបានរក្សាទុកទេ៖
settings-error-idle = រយៈពេលគ្មានការបញ្ចូល ត្រូវជាចំនួនគត់វិនាទី ពី 2 ដល់ 3600។
settings-error-retention = ត្រូវរក្សាទុកកំណត់ត្រាពី 1 ដល់ 10 ឆ្នាំ។
settings-error-language = ភាសានោះមិនអាចប្រើបានទេ។
settings-error-write = មិនអាចសរសេរឯកសារការកំណត់បានទេ៖
settings-log = ឯកសារកំណត់ត្រា
settings-log-writable = ដំណើរការធម្មតា៖ អាចរក្សាទុកការពិគ្រោះបាន។
settings-log-closed = សម្រាប់តែអាន៖ មិនអាចរក្សាទុក ឬលុបអ្វីបានទេ (សូមមើលសារដែលបានបង្ហាញពេលចាប់ផ្តើម)។
settings-log-records = ចំនួនកំណត់ត្រា
settings-purge-title = លុបកំណត់ត្រាចាស់ៗ
settings-purge-cutoff = កំណត់ត្រាមុនថ្ងៃនេះនឹងត្រូវលុប
settings-purge-count = កំណត់ត្រាដែលត្រូវលុប
settings-purge-training = លទ្ធផលបណ្តុះបណ្តាលដែលត្រូវលុប
settings-purge-button = លុបកំណត់ត្រាចាស់ៗ…
settings-purge-yes = បាទ/ចាស លុប
settings-purge-no = បោះបង់
settings-purge-done = កំណត់ត្រាដែលបានលុប
settings-purge-nothing = គ្មានកំណត់ត្រាណាចាស់ជាងរយៈពេលរក្សាទុកទេ។
settings-purge-failed = មិនអាចលុបកំណត់ត្រាបានទេ៖
settings-purge-changed = មិនបានលុបអ្វីទេ៖ ចំនួនបានផ្លាស់ប្តូរក្រោយពេលអ្នកពិនិត្យ (ឧទាហរណ៍ កាលបរិច្ឆេទបានផ្លាស់ប្តូរ)។ សូមពិនិត្យចំនួនថ្មី រួចលុបម្តងទៀត។
settings-override-title = ឯកសារកំណត់តំបន់
settings-override-path = ឯកសារ
settings-override-absent = គ្មានឯកសារកំណត់តំបន់ទេ៖ កំពុងប្រើបញ្ជីសេវាកម្មលំនាំដើម។
settings-override-loaded = បានអាន និងត្រឹមត្រូវ៖ កំពុងប្រើ។
settings-override-invalid = មិនត្រឹមត្រូវ ដូច្នេះមិនប្រើទេ៖ កំពុងប្រើបញ្ជីសេវាកម្មលំនាំដើមជំនួសវិញ។ សូមកែបន្ទាត់ទាំងនេះ រួចបើកកម្មវិធីឡើងវិញ។
settings-override-local = សេវាកម្មដែលកន្លែងនេះបានបន្ថែម
settings-override-changed = សេវាកម្មដែលកន្លែងនេះបានកែប្រែ
settings-check-title = ការពិនិត្យទិន្នន័យ
settings-check-ok = ឆ្លងកាត់ការពិនិត្យទាំងអស់។
settings-check-failed = បានរកឃើញបញ្ហា៖
settings-check-questions = សំណួរ
settings-check-rules = ច្បាប់
settings-check-services = សេវាកម្ម
settings-check-languages = ភាសា
settings-check-again = ពិនិត្យម្តងទៀត
settings-check-restart = ឯកសារកំណត់តំបន់ដែលបានកែប្រែ នឹងត្រូវប្រើបន្ទាប់ពីបើកកម្មវិធីឡើងវិញ។
ui-keys-tools = នៅលើអេក្រង់នេះ៖ Alt+D បញ្ជីសេវាកម្ម, Alt+R កំណត់ត្រាដែលបានរក្សាទុក, Alt+T ស្ថិតិ, Alt+S ការកំណត់។

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X៖ មិនបង្ហាញ។ តិចជាង { $k } ក្នុងខែណាមួយនៃឆ្នាំសារពើពន្ធ (រួមទាំងសូន្យ) ឬលាក់ដើម្បីកុំឱ្យគណនាចំនួននោះបាន។
reports-period = រយៈពេល
reports-period-fiscal-years = ឆ្នាំសារពើពន្ធ (មេសា ដល់ មីនា)
reports-period-quarters = ត្រីមាស
reports-period-months = ខែ
reports-fiscal-year = ឆ្នាំសារពើពន្ធ { $year } (មេសា–មីនា)
reports-fiscal-quarter = ឆ្នាំសារពើពន្ធ { $year } ត្រីមាសទី { $quarter }
reports-period-note = ស្ថិតិត្រូវបានចេញផ្សាយតែតាមខែ ត្រីមាស និងឆ្នាំសារពើពន្ធប៉ុណ្ណោះ៖ បើមិនដូច្នោះទេ ចំនួនដែលលាក់អាចគណនាបានដោយដករយៈពេលមួយពីមួយទៀត។
ui-problem-log-empty = ឯកសារកំណត់ត្រាទទេ (0 បៃ)៖ ខ្លឹមសារបានបាត់។ មិនបានបង្កើតជាកំណត់ត្រាថ្មីទេ គឺបានបើកសម្រាប់តែអាន។
ui-problem-log-cannot-write = មិនអាចសរសេរទៅឯកសារកំណត់ត្រា ឬថតរបស់វាបានទេ (គ្មានសិទ្ធិ ឬឌីសសម្រាប់តែអាន)។ ឯកសារមិនខូចទេ បានបើកសម្រាប់តែអាន។
ui-problem-log-cannot-write-todo = ការពិគ្រោះ និងការបញ្ជូនបន្តដំណើរការ ប៉ុន្តែមិនអាចរក្សាទុកបានទេ។ សូមទាក់ទងអ្នកគ្រប់គ្រង ដើម្បីឱ្យថត និងឯកសារនេះអាចសរសេរបាន ហើយចាប់ផ្ដើមកម្មវិធីឡើងវិញ។
ui-problem-set-aside-title = ឯកសារមួយនៅក្បែរកំណត់ត្រាត្រូវបានផ្លាស់ទីចេញ
ui-problem-set-aside-what = នៅក្បែរឯកសារកំណត់ត្រា មានឯកសារបណ្ដោះអាសន្ន (WAL ឬ journal) ដែលមិនមែនជារបស់កំណត់ត្រានេះ។ ដើម្បីកុំឱ្យវាត្រូវបានសរសេរចូលកំណត់ត្រា វាមិនត្រូវបានអានទេ គឺប្ដូរឈ្មោះ ហើយទុកក្នុងថតដដែល។ កំណត់ត្រាមិនផ្លាស់ប្ដូរ ហើយអាចរក្សាទុកបាន។
ui-problem-set-aside-todo = កុំលុបឯកសារដែលបានផ្លាស់ទី។ សូមទាក់ទងអ្នកគ្រប់គ្រង ដើម្បីរកមើលថាវាមកពីណា (កំណត់ត្រារបស់បញ្ជរផ្សេង ឬការបម្រុងទុក)។
records-month = ខែ
settings-desk-code-help = កូដដែលអ្នកសម្របសម្រួលផ្ដល់ឱ្យបញ្ជរនេះ រក្សាទុកជាមួយការពិគ្រោះនីមួយៗ ឧទាហរណ៍ "shinjuku-2f" ឬ "window-3"។ មានតែអក្សរតូច a–z លេខ (1 ដល់ 4) និងសញ្ញាដាច់។ មិនមែនជាឈ្មោះមនុស្សទេ។
settings-error-desk-code = នេះមិនមែនជាកូដបញ្ជរទេ។ សូមប្រើអក្សរតូច a–z លេខ និងសញ្ញាដាច់ យ៉ាងច្រើន 32 តួ ចាប់ផ្ដើមដោយអក្សរ ឬលេខ មានលេខយ៉ាងតិច 1 និងយ៉ាងច្រើន 4 (ឧទាហរណ៍ "window-3")។ ឈ្មោះមនុស្សមិនអាចជាកូដបញ្ជរបានទេ។

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = លុបកំណត់ត្រាចាស់ៗឬ?
settings-purge-dialog = កំណត់ត្រា { $records } និងលទ្ធផលហ្វឹកហាត់ { $training } មុន { $cutoff } នឹងត្រូវលុប។ មិនអាចត្រឡប់វិញបានទេ។
settings-purge-cancelled = មិនបានលុបអ្វីទេ។
settings-retention-dialog-title = រក្សាទុកកំណត់ត្រាតិចឆ្នាំជាងមុនឬ?
settings-retention-dialog = កំណត់ត្រានឹងត្រូវរក្សាទុក { $to } ឆ្នាំ ជំនួសឱ្យ { $from } ឆ្នាំ។ ការលុបកំណត់ត្រាចាស់ៗនឹងលុបកំណត់ត្រា { $records } និងលទ្ធផលហ្វឹកហាត់ { $training } មុន { $cutoff }។
settings-retention-dialog-uncounted = កំណត់ត្រានឹងត្រូវរក្សាទុក { $to } ឆ្នាំ ជំនួសឱ្យ { $from } ឆ្នាំ។ ការលុបកំណត់ត្រាចាស់ៗនឹងលុបកំណត់ត្រាច្រើនជាងមុន។
settings-retention-dialog-yes = បាទ/ចាស រក្សាទុកតិចឆ្នាំជាងមុន
settings-error-retention_not_confirmed = រយៈពេលរក្សាទុកមិនត្រូវបានបន្ថយទេ (បានជ្រើស បោះបង់)។ មិនបានរក្សាទុកអ្វីទេ។

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = សេវាបន្ទាន់ដូចជា 110 និង 119 មិនអាចផ្លាស់ប្តូរដោយឯកសារនេះបានទេ។ សូមលុបធាតុទាំងនោះ។
ui-override-error-duplicate = សេវាដដែល (id) ត្រូវបានសរសេរពីរដង។ សូមទុកតែមួយ។
ui-override-error-entry = id ទំនាក់ទំនង (លេខទូរសព្ទ លេខហៅ អាសយដ្ឋាន https) ឈ្មោះ (label) ឬភាសារបស់សេវាមួយមិនត្រឹមត្រូវ។
ui-override-error-encoding = ឯកសារមិនត្រូវបានរក្សាទុកជា UTF-8 ទេ។ សូមរក្សាទុកម្តងទៀតជា UTF-8។

## coord
card-japanese-only = (ជាភាសាជប៉ុនតែប៉ុណ្ណោះ)
directory-review-due = មិនបានពិនិត្យលើសពី { $months } ខែ៖ សូមបញ្ជាក់លេខ និងម៉ោងទទួល។
settings-review = រយៈពេលពិនិត្យបញ្ជីកន្លែងប្រឹក្សា (ខែ)
settings-error-review = រយៈពេលពិនិត្យគឺ 1 ដល់ 60 ខែ។
settings-review-due = ធាតុដែលបានពិនិត្យយូរជាងរយៈពេល
settings-review-help = នាំចេញបញ្ជីដោយ madoguchi directory review --out review.csv ហើយសរសេរលទ្ធផលចូលឯកសារជំនួសដោយ --apply។
settings-override-create = បង្កើតឯកសារជំនួសពីឧទាហរណ៍
settings-override-created = បានបង្កើតឯកសារជំនួសពីឧទាហរណ៍ដែលមានការពន្យល់។ សូមកែ ចុច "ពិនិត្យម្តងទៀត" ហើយចាប់ផ្តើមកម្មវិធីឡើងវិញ។
settings-override-create-failed = មិនអាចបង្កើតឯកសារជំនួសបានទេ៖
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = បន្ទាត់នេះមិនអាចអានជា TOML បានទេ។ សូមពិនិត្យ ", [ ] ឬ { "{" } { "}" } ដែលមិនបានបិទ និងការសរសេរ "="។
override-error-unknown-key = គ្មានធាតុ { $key } ទេ។ ធាតុដែលប្រើបាន៖ { $keys }
override-error-value = មិនអាចប្រើតម្លៃ { $value } របស់ "{ $field }" បានទេ។ { $choices ->
    [none] សូមមើលឧទាហរណ៍ data/site-override.example.toml។
   *[other] តម្លៃ៖ { $choices }
}
override-error-missing = កន្លែងប្រឹក្សា "{ $id }" ខ្វះ៖ { $fields }
override-error-date = { $value } មិនមែនជាកាលបរិច្ឆេទទេ៖ សរសេរ ឆ្នាំ-ខែ-ថ្ងៃ ដូចជា 2026-04-01។
override-error-duplicate = កន្លែងប្រឹក្សា { $id } ក៏មាននៅបន្ទាត់ { $first } នៃឯកសារនេះដែរ។ ទុកតែមួយ។
override-error-emergency = "{ $id }" ជាសេវាបន្ទាន់ដូចជា 110 ឬ 119៖ ឯកសារនេះមិនអាចផ្លាស់ប្តូរបានទេ។ សូមលុបធាតុនេះ។
override-error-emergency-with = កន្លែងប្រឹក្សា "{ $id }"៖ មិនអាចដាក់ជាមួយសេវាបន្ទាន់ "{ $with }" បានទេ (refer_with)។
override-error-contact = ទំនាក់ទំនងទី { $number } របស់ "{ $id }", { $value }, មិនមែនជា{ $kind ->
    [phone] លេខទូរសព្ទ (ឧ. 03-1234-5678)។
    [dial] លេខខ្លី (ឧ. 110 ឬ #8103)។
    [web] អាសយដ្ឋានចាប់ផ្តើមដោយ https://។
    [email] អាសយដ្ឋានអ៊ីមែល។
   *[other] "local" (ការិយាល័យជិតបំផុត)។
}
override-error-empty = កន្លែងប្រឹក្សា "{ $id }"៖ "{ $field }" ទទេ។
override-error-label = ឈ្មោះ (label) របស់ "{ $id }" { $problem ->
    [empty] ទទេ។
    [long] វែងជាង { $max } តួអក្សរ។
   *[other] មានតួអក្សរបញ្ជា។
}
override-error-text = "{ $id }", "{ $field }"៖ { $problem ->
    [no-ja] គ្មានភាសាជប៉ុន (ja)។ ភាសាជប៉ុនត្រូវបង្ហាញជំនួសភាសាដែលមិនបានសរសេរ ដូច្នេះត្រូវតែមាន។
    [language] "{ $lang }" មិនមែនជាភាសារបស់កម្មវិធីទេ។ ភាសា៖ { $langs }
    [empty] អត្ថបទ "{ $lang }" ទទេ។
    [long] អត្ថបទ "{ $lang }" វែងពេក។
    [both] មានទាំង label និង name; ទុកតែ name។
   *[other] អត្ថបទ "{ $lang }" មានតួអក្សរបញ្ជា។
}
override-error-note = កំណត់ចំណាំ { $note } នៃទំនាក់ទំនងទី { $number } របស់ "{ $id }" មិនមែនជាអត្ថបទរបស់កម្មវិធីទេ។ ដើម្បីសរសេរដោយពាក្យរបស់បញ្ជរ៖ note = { "{" } ja = "平日のみ", km = "តែថ្ងៃធ្វើការ" { "}" }
override-error-shipped-local = "{ $id }" មកជាមួយកម្មវិធី៖ label និង refer_with សម្រាប់តែកន្លែងដែលបញ្ជរបន្ថែមប៉ុណ្ណោះ។
override-error-assured-by = "{ $id }"៖ កាលបរិច្ឆេទពិនិត្យ (assured_date) ត្រូវការ assured_by ជាប្រភព (មួយក្នុង sources) ដែលបានប្រើ។
override-error-service-id = { $id } មិនអាចជា id បានទេ៖ អក្សរតូចមួយ បន្ទាប់មកអក្សរតូច លេខ ឬ "_" រហូតដល់ 63។
override-error-local-needs = "{ $id }" មិនមកជាមួយកម្មវិធីទេ៖ កន្លែងដែលបន្ថែមត្រូវការ name (ឬ label) និង refer_with។
override-error-encoding = ឯកសារមិនបានរក្សាទុកជា UTF-8 ({ $byte } នៅបៃ { $offset })។ សូមរក្សាទុកម្តងទៀតជា UTF-8។
override-error-refer-with = "{ $id }"៖ refer_with "{ $with }" មិនមែនជាកន្លែងរបស់កម្មវិធីទេ។
override-error-serves = "{ $id }"៖ serves មានធាតុ ឬតម្លៃដែលមិនស្គាល់។
override-error-source = "{ $id }"៖ { $source ->
    [none] គ្មានប្រភព (sources)។
   *[other] ប្រភព { $source } មិនមែនជាអាសយដ្ឋាន https:// ឬបន្ទាត់ឯកសារទេ។
}
override-error-language = "{ $id }", ភាសា "{ $lang }"៖ { $problem ->
    [tag] កូដភាសាសរសេរខុស (ឧ. vi, pt, fil)។
    [unbacked] គ្មានទំនាក់ទំនងណានិយាយភាសានេះ ហើយគ្មានអ្នកបកប្រែ។
   *[other] មិនមាននៅក្នុង languages ទេ; សូមបន្ថែម។
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = កម្មវិធីត្រូវបានស្នើសុំអ្វីដែលវាមិនមាន (ភាសា សំណួរ ចម្លើយ ករណី រយៈពេល ឬតម្រង)។
ui-error-no-content = ទិន្នន័យដែលភ្ជាប់មកជាមួយកម្មវិធីមិនបានឆ្លងកាត់ការត្រួតពិនិត្យ ដូច្នេះមិនអាចបង្ហាញបានទេ។
ui-error-log = មិនអាចអាន ឬសរសេរឯកសារកំណត់ត្រាបានទេ។
ui-error-settings = ការកំណត់មួយចំនួនត្រូវបានបដិសេធ ដូច្នេះគ្មានអ្វីត្រូវបានរក្សាទុកទេ។
ui-error-desktop = កុំព្យូទ័រនេះមិនអាចធ្វើវាបានទេ (ប្រអប់ ការបោះពុម្ព ឬកម្មវិធីសម្រាប់បើក)។

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = មានបញ្ហាដែលមិនបានរំពឹងទុកនៅក្នុងកម្មវិធី។
ui-error-todo = សូមចុច «ព្យាយាមម្តងទៀត» ឬត្រឡប់ទៅអេក្រង់ចាប់ផ្តើម។ ប្រសិនបើនៅតែកើតឡើង សូមបង្ហាញព័ត៌មានលម្អិតខាងក្រោមដល់អ្នកគ្រប់គ្រង។
ui-error-retry = ព្យាយាមម្តងទៀត

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = ការបកប្រែមិនទាន់ពិនិត្យ
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = ក្រដាសនេះជាការបកប្រែដោយម៉ាស៊ីន ហើយមិនទាន់បានពិនិត្យទេ។ បើមានអ្វីមិនច្បាស់ សូមសួរបុគ្គលិក។

## About (package)
settings-about-title = អំពី Madoguchi
settings-about-version = កំណែ
settings-about-data-date = កាលបរិច្ឆេទទិន្នន័យបញ្ជីសេវា (ប្រភពដែលបានបញ្ជាក់ចុងក្រោយបំផុត)
