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

## डेस्कटप एप

ui-strip-label = आपतकालीन नम्बरहरू
ui-strip-police = प्रहरी 110
ui-strip-ambulance = एम्बुलेन्स र दमकल 119
ui-hide = स्क्रिन लुकाउनुहोस्
ui-keys-help = छान्न 1–9 अंक कुञ्जी थिच्नुहोस्। पछाडि जान Backspace वा Alt+← थिच्नुहोस्। Esc दुई पटक थिचे स्क्रिन तुरुन्तै खाली हुन्छ र परामर्श मेटिन्छ।
ui-start-title = परामर्श सुरु गर्नुहोस्
ui-start-staff-lang = कर्मचारीको भाषा
ui-start-client-lang = परामर्श लिने व्यक्तिको भाषा
ui-start-mode = परामर्शको प्रकार
ui-mode-live = वास्तविक परामर्श
ui-mode-training = तालिम (तथ्याङ्कमा गनिँदैन)
ui-start-privacy = "सुरक्षित गर्नुहोस्" नथिचेसम्म केही पनि रेकर्ड हुँदैन। व्यक्ति नचिनिने वर्गहरू मात्र सुरक्षित गरिन्छ।
ui-start-begin = परामर्श सुरु गर्नुहोस्
app-progress = प्रश्न { $number } / लगभग { $total }
ui-choose-many = लागू हुने सबै छान्नुहोस्, अनि "अर्को" थिच्नुहोस्।
ui-back = पछाडि
ui-next = अर्को
ui-emergency-title = अहिल्यै फोन गर्नुहोस्
ui-result-title = सिफारिस गरिएका ठाउँहरू
ui-result-none = यी उत्तरहरूबाट कुनै सिफारिस छैन।
ui-result-answers = दिइएका उत्तरहरू
ui-result-slip = सिफारिस पत्र देखाउनुहोस्
ui-result-save = सुरक्षित गरेर सकाउनुहोस्
ui-card-contact = सम्पर्क
ui-card-hours = समय
ui-card-free-call = फोन शुल्क
ui-free-call-yes = निःशुल्क
ui-free-call-no = शुल्क लाग्छ
ui-free-call-partly = आंशिक निःशुल्क
ui-free-call-unconfirmed = पुष्टि भएको छैन
ui-card-anonymous = नाम नखुलाई परामर्श
ui-anonymous-yes = हुन्छ
ui-anonymous-no = हुँदैन
ui-anonymous-partly = अवस्था अनुसार
ui-anonymous-unconfirmed = पुष्टि भएको छैन
ui-card-languages = भाषाहरू
ui-languages-unconfirmed = (भाषा पुष्टि भएको छैन)
ui-card-expect = सम्पर्क गर्दा के हुन्छ
ui-card-why = यो सिफारिसको कारण
ui-card-source = स्रोत:
ui-card-checked = जानकारी जाँचेको मिति
ui-slip-title = सिफारिस पत्र
ui-slip-intro = तपाईं तलका ठाउँहरूमा सम्पर्क गर्न सक्नुहुन्छ। परामर्श निःशुल्क र गोप्य हुन्छ।
ui-slip-print = प्रिन्ट गर्नुहोस्
ui-save-title = रेकर्ड सुरक्षित गर्नुहोस्
ui-save-training = तालिमको रेकर्डको रूपमा सुरक्षित हुन्छ। तथ्याङ्कमा गनिँदैन।
ui-save-privacy = नाम, सम्पर्क विवरण, ठेगाना, जन्म मिति वा स्वतन्त्र पाठ सुरक्षित गरिँदैन।
ui-save-outcome = नतिजा
ui-outcome-referred = सिफारिस गरियो
ui-outcome-referred_with_handover = सिफारिस गरी हस्तान्तरण गरियो
ui-outcome-information_only = जानकारी मात्र
ui-outcome-client_declined = व्यक्तिले अस्वीकार गर्नुभयो
ui-outcome-interrupted = बीचमै रोकियो
ui-save-interpreter = दोभाषे प्रयोग गरियो
ui-save-consent = व्यक्तिले हस्तान्तरणमा सहमति दिनुभयो
ui-save-region = राष्ट्रियताको क्षेत्र (तथ्याङ्कका लागि; देशको नाम रेकर्ड हुँदैन)
ui-region-none = उत्तर दिइएन / थाहा छैन
ui-region-east_asia = पूर्वी एसिया
ui-region-southeast_asia = दक्षिणपूर्वी एसिया
ui-region-south_asia = दक्षिण एसिया
ui-region-central_asia = मध्य एसिया
ui-region-middle_east = मध्यपूर्व
ui-region-europe = युरोप
ui-region-north_america = उत्तर अमेरिका
ui-region-latin_america = ल्याटिन अमेरिका
ui-region-africa = अफ्रिका
ui-region-oceania = ओसिनिया
ui-save-submit = सुरक्षित गरेर स्क्रिन खाली गर्नुहोस्
ui-save-unavailable = रेकर्ड फाइल प्रयोग गर्न नसकिने भएकाले सुरक्षित गर्न सकिँदैन। सिफारिस भने चल्छ।
ui-save-error-consent = "हस्तान्तरण गरियो" छान्न व्यक्तिको सहमति चाहिन्छ।
ui-save-error-no-referral = कुनै सिफारिस नभएकाले "सिफारिस गरियो" छान्न सकिँदैन।
ui-save-error-data = यो परामर्श सुरक्षित गर्न सकिएन।
ui-save-error-log = रेकर्ड फाइलमा लेख्न सकिएन। प्रशासकलाई सम्पर्क गर्नुहोस्।
ui-saved = सुरक्षित भयो। परामर्श स्क्रिनबाट मेटाइयो।
ui-blank-title = स्क्रिन लुकाइयो
ui-new-consultation = नयाँ परामर्श सुरु गर्नुहोस्
ui-problem-file = फाइल:
ui-problem-details = भेटिएका समस्याहरू
ui-problem-todo = के गर्ने
ui-problem-continue = बुझें, जारी राख्नुहोस्
ui-problem-override-title = स्थानीय सेटिङ फाइलमा त्रुटि छ
ui-problem-override-what = यो काउन्टरले थपेका वा बदलेका स्थानीय सम्पर्कहरू लोड भएका छैनन्। राष्ट्रव्यापी सम्पर्कहरू मात्र देखाइन्छ।
ui-problem-override-todo = माथिका पङ्क्तिहरू सच्याउन प्रशासकलाई सम्पर्क गर्नुहोस् (जाँच: madoguchi validate --override फाइल)। त्यसपछि एप फेरि सुरु गर्नुहोस्।
ui-problem-settings-title = सेटिङ फाइलमा त्रुटि छ
ui-problem-settings-what = सेटिङ फाइल पढिएन; पूर्वनिर्धारित सेटिङ प्रयोग भइरहेको छ (जस्तै ५ मिनेटपछि आफैं खाली हुने)।
ui-problem-settings-todo = माथिका पङ्क्तिहरू सच्याउन प्रशासकलाई सम्पर्क गर्नुहोस्। त्यसपछि एप फेरि सुरु गर्नुहोस्।
ui-problem-log-title = रेकर्ड सुरक्षित गर्न सकिँदैन
ui-problem-log-damaged = रेकर्ड फाइल बिग्रिएकाले पढ्न-मात्र रूपमा खोलियो।
ui-problem-log-not-a-log = रेकर्ड फाइलको ठाउँमा अर्कै प्रोग्रामको फाइल छ। पढ्न-मात्र रूपमा खोलियो।
ui-problem-log-newer-schema = रेकर्ड फाइल Madoguchi को नयाँ संस्करणले बनाएको हो। पढ्न-मात्र रूपमा खोलियो।
ui-problem-log-unavailable = रेकर्ड फाइल खोल्न सकिएन।
ui-problem-log-todo = परामर्श र सिफारिस चल्छ, तर केही पनि सुरक्षित गर्न सकिँदैन। फाइल नमेटाउनुहोस्; प्रशासकलाई सम्पर्क गर्नुहोस्, उहाँले फाइल सुरक्षित ठाउँमा सारेर एप फेरि सुरु गर्नुहुन्छ।
ui-problem-data-title = एपको डेटा बिग्रिएको छ
ui-problem-data-what = भित्री डेटा जाँचमा असफल भएकाले परामर्श सुरु गर्न सकिँदैन।
ui-problem-data-todo = एप फेरि इन्स्टल गर्नुहोस्। नमिले प्रशासकलाई सम्पर्क गर्नुहोस्।

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
