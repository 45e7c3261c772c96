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
