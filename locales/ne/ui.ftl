### स्क्रिन र टर्मिनलका साझा पाठ — नेपाली (ne); सन्दर्भ लोकेल ja हो

option-unknown = थाहा छैन / भन्न चाहन्न
priority-emergency = आपतकालीन
priority-urgent = अति जरुरी
priority-standard = सामान्य
local-service-hours = सेवा समय यस परामर्श काउन्टरको जानकारीमा हेर्नुहोस्।
local-service-expect = यो परामर्श काउन्टरले आफैँ दर्ता गरेको स्थानीय परामर्श सेवा हो।
check-before-use = प्रयोग गर्नुअघि जाँच गर्नुहोस्: जानकारी पुरानो छ वा पुष्टि भएको छैन।
list-separator = { ", " }
locale-status-reference = आधार भाषा
locale-status-reviewed = जाँच गरिएको अनुवाद
locale-status-draft = मस्यौदा अनुवाद (जाँच नगरिएको)
assured-on = जाँच गरिएको मिति: { $date }

## madoguchi walk

walk-title = परामर्शको क्रम (कर्मचारी: { $staff } / परामर्श लिने व्यक्ति: { $client })
walk-choose-one = नम्बर टाइप गर्नुहोस्।
walk-choose-many = लागू हुने सबै नम्बर, बीचमा स्पेस (खाली ठाउँ) राखेर टाइप गर्नुहोस्।
walk-back-hint = अघिल्लो प्रश्नमा फर्कन 0 टाइप गर्नुहोस्।
walk-invalid = त्यो नम्बर छान्न मिल्दैन। फेरि टाइप गर्नुहोस्।
walk-progress = प्रश्न { $number }
walk-results = सम्पर्क गर्ने ठाउँहरू
walk-no-referrals = सम्पर्क गर्ने ठाउँ छैन।
walk-why = कारण
walk-source = स्रोत
walk-hours = सेवा समय
walk-ended = इनपुट सकिएकाले परामर्श रोकियो। कुनै रेकर्ड सुरक्षित गरिएको छैन।

## madoguchi route (मानिसले पढ्ने ढाँचा)

route-heading = { $count ->
    [one] सम्पर्क गर्ने ठाउँ: { $count }
   *[other] सम्पर्क गर्ने ठाउँहरू: { $count }
}
route-rules = आधार बनेका नियमहरू: { $rules }

## Training

train-title = तालिम घटना { $case } ({ $difficulty })
train-vignette = सेवाग्राहीको भूमिका खेल्ने व्यक्तिका लागि ({ $lang }):
train-start = अब सधैंझैं परामर्श गर्नुहोस्।
train-debrief = समीक्षा
train-score = अपेक्षित सिफारिसमध्ये { $expected } मध्ये { $hit } दिइयो
train-hit = अपेक्षाअनुसार दिइयो
train-missed = छुट्यो
train-must-not = दिनु नहुने भए पनि दिइयो
train-extra = आवश्यक थिएन (हानि छैन)
train-none = (छैन)
train-emergency = आपतकालीन
train-emergency-not-needed = यस घटनामा आपतकालीन सिफारिस चाहिँदैन, र दिइएन।
train-emergency-handled = पहिले सम्हालियो: खतराबारे पहिले सोधियो, र { $services } पहिले आयो।
train-emergency-missed = छुट्यो: यस घटनामा { $services } पहिले चाहिन्छ।
train-emergency-not-first = { $services } दिइयो, तर खतराबारे पहिले सोधिएन।
train-emergency-unneeded = यस घटनालाई नचाहिने आपतकालीन नम्बर दिइयो।
train-mattered = सिफारिस बदल्ने प्रश्नहरू
train-mattered-lost = यो उत्तर नभए यी छुट्थे: { $services }
train-mattered-gained = यो उत्तर नभए यी थपिन्थे: { $services }
train-mattered-priority = यो उत्तर नभए यिनको प्राथमिकता बदलिन्थ्यो: { $services }
train-answer-differed = तपाईंको उत्तर घटनाभन्दा फरक थियो।
train-expected = प्रत्येक अपेक्षित सिफारिस किन
train-given = दिइयो
train-not-given = दिइएन
train-passed = उत्तीर्ण: केही छुटेन, गलत सिफारिस भएन, आपतकाल सम्हालियो।
train-review = माथिका बुँदाहरू प्रशिक्षकसँग समीक्षा गर्नुहोस्।
train-notes = शिक्षण टिप्पणी
train-list-heading = तालिम घटनाहरू ({ $count })
train-difficulty-intro = प्रारम्भिक
train-difficulty-intermediate = मध्यम
train-difficulty-advanced = उच्च
train-saved = यो तालिमको नतिजा { $path } मा सुरक्षित गरियो (वास्तविक परामर्श अभिलेखभन्दा छुट्टै; नाम सुरक्षित गरिँदैन)।

## Directory screen

directory-open-now = अहिले खुला (२४ घण्टा वा अनलाइन)
directory-open-unknown = थाहा छैन — समय जाँच्नुहोस्
directory-origin-shipped = मूल
directory-origin-overridden = यस कार्यालयले परिवर्तन गरेको
directory-origin-local = यस कार्यालयले थपेको

# Reports screen: categories and dimensions the flow does not label
report-month = महिना
report-total = जम्मा
report-unknown = थाहा छैन
report-not-applicable = लागू हुँदैन (जापानी)
report-no-service = सिफारिस छैन
report-suppressed = { $k } भन्दा कम (देखाइँदैन)
report-yes = हो
report-no = होइन
report-outcome-referred = सिफारिस गरियो
report-outcome-referred_with_handover = सिफारिस र हस्तान्तरण गरियो
report-outcome-information_only = जानकारी मात्र
report-outcome-client_declined = ग्राहकले अस्वीकार गरे
report-outcome-interrupted = बीचमै रोकियो
report-region-east_asia = पूर्वी एसिया
report-region-southeast_asia = दक्षिण-पूर्वी एसिया
report-region-south_asia = दक्षिण एसिया
report-region-central_asia = मध्य एसिया
report-region-middle_east = मध्य पूर्व
report-region-europe = युरोप
report-region-north_america = उत्तर अमेरिका
report-region-latin_america = ल्याटिन अमेरिका
report-region-africa = अफ्रिका
report-region-oceania = ओसिनिया
report-dimension-age_group = उमेर समूह
report-dimension-gender = लिङ्ग
report-dimension-nationality = राष्ट्रियता
report-dimension-region = राष्ट्रियताको क्षेत्र
report-dimension-residence = बसोबास स्थिति
report-dimension-concern = समस्या
report-dimension-danger = खतरा
report-dimension-service = सिफारिस गरिएको ठाउँ
report-dimension-outcome = नतिजा
report-dimension-handover_consent = हस्तान्तरणको सहमति
report-dimension-interpreter = दोभाषे
report-dimension-staff_lang = कर्मचारीको भाषा
report-dimension-client_lang = ग्राहकको भाषा
report-dimension-desk = डेस्क
