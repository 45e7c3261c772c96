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
ui-next = បន្ទាប់
ui-emergency-title = សូមទូរស័ព្ទឥឡូវនេះ
ui-result-title = កន្លែងបញ្ជូនបន្ត
ui-result-none = ចម្លើយទាំងនេះមិនមានកន្លែងបញ្ជូនបន្តទេ។
ui-result-answers = ចម្លើយដែលបានផ្តល់
ui-result-slip = បង្ហាញលិខិតបញ្ជូនបន្ត
ui-result-save = រក្សាទុក ហើយបញ្ចប់
ui-card-contact = ទំនាក់ទំនង
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
ui-slip-intro = អ្នកអាចទាក់ទងកន្លែងខាងក្រោម។ ការពិគ្រោះគឺឥតគិតថ្លៃ និងរក្សាការសម្ងាត់។
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

train-title = ករណីបណ្តុះបណ្តាល { $case } ({ $difficulty })
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

## Directory screen

directory-open-now = បើកឥឡូវ (២៤ ម៉ោង ឬ អនឡាញ)
directory-open-unknown = មិនដឹង — សូមពិនិត្យម៉ោង
directory-origin-shipped = លំនាំដើម
directory-origin-overridden = កែប្រែដោយកន្លែងនេះ
directory-origin-local = បន្ថែមដោយកន្លែងនេះ

# Reports screen: categories and dimensions the flow does not label
report-month = ខែ
report-total = សរុប
report-unknown = មិនដឹង
report-not-applicable = មិនពាក់ព័ន្ធ (សញ្ជាតិជប៉ុន)
report-no-service = គ្មានការបញ្ជូន
report-suppressed = តិចជាង { $k } (មិនបង្ហាញ)
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
