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
