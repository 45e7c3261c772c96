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
contact-in-person-local = नजिकको कार्यालयमा आफैं जानुहोस् (क्षेत्र अनुसार फरक हुन्छ)
language-fit-native = { $language }मा कुरा गर्न सकिने सम्पर्क छ
language-fit-interpreter = सेवाले दोभाषे उपलब्ध गराउँछ (जस्तै तीन-पक्षीय कल), त्यसैले { $language } प्रयोग गर्न सकिन्छ
language-fit-unknown = { $language } प्रयोग गर्न सकिन्छ कि सकिँदैन भन्ने स्रोतहरूमा उल्लेख छैन
language-fit-none = { $language }मा उपलब्ध छैन (स्रोत अनुसार अन्य भाषा मात्र)
language-fit-contact = { $language }का लागि पहिले यो सम्पर्क प्रयोग गर्नुहोस्
language-fit-advice = { $language } प्रयोग गर्न नसकिए कर्मचारीले तपाईंसँगै फोन गरेर जापानी भाषामा कुरा बुझाउनेछन्। सेवामा दोभाषे (जस्तै तीन-पक्षीय कल) भए त्यसको अनुरोध गर्नुहोस्।
ui-card-language-fit = भाषा सहयोग
directory-fit-language = परामर्श लिने व्यक्तिको भाषा (यस भाषाको सहयोग देखाइन्छ)

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
ui-error-title = यो काम गर्न सकिएन
ui-error-detail = विवरण (व्यवस्थापकका लागि):
ui-error-back = सुरुको स्क्रिनमा फर्कनुहोस्
ui-next = अर्को
ui-emergency-title = अहिल्यै फोन गर्नुहोस्
ui-result-title = सिफारिस गरिएका ठाउँहरू
ui-result-none = यी उत्तरहरूबाट कुनै सिफारिस छैन।
ui-result-answers = दिइएका उत्तरहरू
ui-result-slip = सिफारिस पत्र देखाउनुहोस्
ui-result-save = सुरक्षित गरेर सकाउनुहोस्
ui-card-contact = सम्पर्क
ui-contact-open-failed = यो कम्प्युटरले खोल्न सकेन। देखाइएको नम्बर वा ठेगाना आफैं डायल वा टाइप गर्नुहोस्।
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
ui-slip-intro = तलका ठाउँहरूमा सम्पर्क गर्न सकिन्छ। फोनको शुल्क लाग्छ कि लाग्दैन, र नाम नबताई परामर्श गर्न मिल्छ कि मिल्दैन भन्ने कुरा हरेक ठाउँमा लेखिएको छ।
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

train-title = तालिम घटना: { $case } ({ $difficulty })
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
train-route-trafficking = मानव बेचबिखन
train-route-sexual_crime_8103 = यौन अपराध (#8103)
train-route-child_189 = बाल दुर्व्यवहार (189)
train-route-one_stop = वन-स्टप सेन्टर
train-route-iom_return = IOM को स्वदेश फिर्ती सहयोग
train-route-immigration = अध्यागमन
train-route-labour = श्रम
train-route-residence = बसोबास स्थिति
train-route-discrimination = भेदभाव
train-route-online_images = अनलाइन तस्बिरहरू
train-route-domestic_violence = घरेलु हिंसा
train-route-emergency = आपतकालीन (110/119)
train-route-unknown_answers = थाहा नभएका उत्तरहरू

## Directory screen

directory-open-now = अहिले खुला (२४ घण्टा वा अनलाइन)
directory-open-unknown = थाहा छैन — समय जाँच्नुहोस्
directory-origin-shipped = मूल
directory-origin-overridden = यस कार्यालयले परिवर्तन गरेको
directory-origin-local = यस कार्यालयले थपेको
directory-title = सेवाहरूको सूची
directory-search = खोज्नुहोस् (नाम वा विवरण)
directory-concern = समस्या
directory-language = भाषा
directory-any = सबै
directory-free-call = निःशुल्क कल मात्र
directory-anonymous = नाम नबताई परामर्श गर्न मिल्ने मात्र
directory-open-only = अहिले खुला मात्र
directory-shown = देखाइएका सेवाहरू
directory-none = यी फिल्टरसँग मिल्ने कुनै सेवा छैन।
directory-reachable = अहिले खुला
directory-sources = स्रोतहरू
directory-confidence = विश्वसनीयता
directory-confidence-high = उच्च
directory-confidence-medium = मध्यम
directory-confidence-low = न्यून
directory-confidence-unconfirmed = पुष्टि नभएको
directory-serves = कसका लागि
directory-origin = प्रविष्टि

# Records screen
records-title = सुरक्षित गरिएका अभिलेखहरू
records-note = वास्तविक परामर्श मात्र, नयाँ पहिले; तालिमका अभिलेख देखाइँदैन। अभिलेखमा वर्गहरू मात्र हुन्छन्: कसैलाई चिनाउने कुरा हुँदैन।
records-total = अभिलेख संख्या
records-none = अहिलेसम्म कुनै अभिलेख सुरक्षित गरिएको छैन।
records-unavailable = अभिलेख फाइल पढ्न सकिँदैन, त्यसैले अभिलेख देखाउन सकिँदैन।
records-referrals = पठाइएको ठाउँ
records-no-referrals = कहीँ पठाइएन
records-previous = अघिल्लो पृष्ठ
records-next = अर्को पृष्ठ
records-page = पृष्ठ

# Reports screen: categories and dimensions the flow does not label
report-month = महिना
report-total = जम्मा
report-unknown = थाहा छैन
report-not-applicable = लागू हुँदैन (जापानी)
report-no-service = सिफारिस छैन
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

## Reports screen

reports-title = तथ्याङ्क
reports-note = वास्तविक परामर्शको संख्या महिनाअनुसार गनिन्छ; तालिम कहिल्यै गनिँदैन। सानो संख्या लुकाइन्छ, र लुकाइएको संख्या हिसाब गरेर पत्ता लगाउन सकिने अरू कोठा पनि लुकाइन्छ।
reports-dimension = गन्ने आधार
reports-second-dimension = त्यसपछि छुट्याउने आधार
reports-no-second = छैन
reports-loading = गनिँदै छ…
reports-records = यो अवधिका परामर्श संख्या
reports-empty = यस अवधिमा कुनै परामर्श सुरक्षित गरिएको छैन।
reports-unavailable = अभिलेख फाइल पढ्न सकिँदैन, त्यसैले तथ्याङ्क देखाउन सकिँदैन।
reports-bar-title = पूरा अवधि
reports-line-title = महिनाअनुसार
reports-line-note = जम्मा संख्या र सबैभन्दा धेरै संख्या भएका वर्गहरू। रेखा बीचमा टुटेको ठाउँ लुकाइएको संख्या हो।
reports-table-title = तालिका
reports-export = CSV मा निर्यात गर्नुहोस्…
reports-export-dialog = तथ्याङ्कलाई CSV फाइलको रूपमा सुरक्षित गर्नुहोस्
reports-export-filter = CSV फाइल
reports-exported = सुरक्षित गरिएको ठाउँ
reports-export-records = गनिएका परामर्श
reports-export-cancelled = केही पनि सुरक्षित गरिएन।
reports-export-failed = तथ्याङ्क सुरक्षित गर्न सकिएन:

## Settings screen

settings-title = सेटिङ
settings-note = यी सेटिङहरू यस कम्प्युटरको डेटा फोल्डरमा मात्र राखिन्छन्।
settings-data-dir = डेटा फोल्डर
settings-desk = डेस्कको नाम
settings-staff-lang = सुरु हुँदा कर्मचारीको भाषा
settings-client-lang = सुरु हुँदा परामर्श लिने व्यक्तिको भाषा
settings-idle = यति सेकेन्डसम्म कुनै इनपुट नभए खुला परामर्श खाली गर्ने
settings-retention = अभिलेख राख्ने वर्ष
settings-save = सेटिङ सुरक्षित गर्नुहोस्
settings-saved = सेटिङ सुरक्षित भयो।
settings-not-saved = सेटिङ सुरक्षित भएन:
settings-error-idle = निष्क्रिय समय 2 देखि 3600 सम्मको पूर्णाङ्क सेकेन्ड हुनुपर्छ।
settings-error-retention = अभिलेख 1 देखि 10 वर्षसम्म राख्नुपर्छ।
settings-error-language = त्यो भाषा उपलब्ध छैन।
settings-error-write = सेटिङ फाइलमा लेख्न सकिएन:
settings-log = परामर्श अभिलेख
settings-log-writable = ठीक छ: परामर्श सुरक्षित गर्न सकिन्छ।
settings-log-closed = पढ्न-मात्र: केही पनि सुरक्षित गर्न वा मेटाउन सकिँदैन (सुरुमा देखाइएको सन्देश हेर्नुहोस्)।
settings-log-records = अभिलेख फाइलमा भएका अभिलेख
settings-purge-title = पुराना अभिलेख मेटाउने
settings-purge-cutoff = यो दिनभन्दा अघिका अभिलेख मेटाइन्छन्
settings-purge-count = मेटाइने अभिलेख
settings-purge-training = मेटाइने तालिम नतिजा
settings-purge-button = पुराना अभिलेख मेटाउनुहोस्…
settings-purge-yes = हो, मेटाउनुहोस्
settings-purge-no = रद्द गर्नुहोस्
settings-purge-done = मेटाइएका अभिलेख
settings-purge-nothing = राख्ने अवधिभन्दा पुरानो कुनै अभिलेख छैन।
settings-purge-failed = अभिलेख मेटाउन सकिएन:
settings-purge-changed = केही पनि मेटिएन: तपाईंले जाँचेपछि संख्या बदलियो (जस्तै, मिति बदलियो)। नयाँ संख्या जाँचेर फेरि मेटाउनुहोस्।
settings-override-title = स्थानीय सेटिङ फाइल
settings-override-path = फाइल
settings-override-absent = स्थानीय सेटिङ फाइल छैन: मूल सेवाहरूको सूची प्रयोग भइरहेको छ।
settings-override-loaded = पढियो र सही छ: प्रयोगमा छ।
settings-override-invalid = त्रुटि भएकाले प्रयोगमा छैन: यसको सट्टा मूल सेवाहरूको सूची प्रयोग भइरहेको छ। यी पङ्क्तिहरू सच्याएर एप फेरि सुरु गर्नुहोस्।
settings-override-local = यस कार्यालयले थपेका सेवाहरू
settings-override-changed = यस कार्यालयले परिवर्तन गरेका सेवाहरू
settings-check-title = डेटा जाँच
settings-check-ok = सबै जाँच पास भए।
settings-check-failed = समस्याहरू भेटिए:
settings-check-questions = प्रश्नहरू
settings-check-rules = नियमहरू
settings-check-services = सेवाहरू
settings-check-languages = भाषाहरू
settings-check-again = फेरि जाँच गर्नुहोस्
settings-check-restart = परिवर्तन गरिएको स्थानीय सेटिङ फाइल एप फेरि सुरु गरेपछि मात्र प्रयोग हुन्छ।
ui-keys-tools = यस स्क्रिनमा: Alt+D सेवाहरूको सूची, Alt+R सुरक्षित गरिएका अभिलेखहरू, Alt+T तथ्याङ्क, Alt+S सेटिङ।

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: देखाइएको छैन। आर्थिक वर्षको कुनै महिनामा { $k } भन्दा कम (शून्य सहित), वा त्यस्तो संख्या हिसाब गरेर निकाल्न नसकियोस् भनेर लुकाइएको।
reports-period = अवधि
reports-period-fiscal-years = आर्थिक वर्ष (अप्रिलदेखि मार्च)
reports-period-quarters = त्रैमासिक
reports-period-months = महिना
reports-fiscal-year = आर्थिक वर्ष { $year } (अप्रिल–मार्च)
reports-fiscal-quarter = आर्थिक वर्ष { $year } त्रैमासिक { $quarter }
reports-period-note = तथ्याङ्क महिना, त्रैमासिक र आर्थिक वर्षका लागि मात्र प्रकाशित हुन्छ: अन्यथा एउटा अवधिबाट अर्को घटाएर लुकाइएको संख्या निकाल्न सकिन्छ।
ui-problem-log-empty = लग फाइल खाली छ (0 बाइट): यसको सामग्री हराएको छ। यसलाई नयाँ लग बनाइएन; पढ्न मात्र मिल्ने गरी खोलियो।
ui-problem-log-cannot-write = यहाँ लग फाइल वा यसको फोल्डरमा लेख्न मिल्दैन (अनुमति छैन, वा पढ्न मात्र मिल्ने डिस्क)। फाइल बिग्रिएको छैन; पढ्न मात्र मिल्ने गरी खोलियो।
ui-problem-log-cannot-write-todo = परामर्श र सिफारिस चल्छ, तर केही पनि सेभ गर्न मिल्दैन। प्रशासकलाई सम्पर्क गर्नुहोस्, जसले यो फोल्डर र फाइलमा लेख्न मिल्ने बनाई एप फेरि सुरु गर्छन्।
ui-problem-set-aside-title = लगको छेउको एउटा फाइल अलग सारियो
ui-problem-set-aside-what = लग फाइलको छेउमा यो लगको नभएको अस्थायी फाइल (WAL वा journal) थियो। लगमा लेखिन नदिन यसलाई पढिएन: नाम बदलेर उही फोल्डरमा राखियो। लग परिवर्तन भएको छैन र सेभ गर्न मिल्छ।
ui-problem-set-aside-todo = सारिएको फाइल नमेटाउनुहोस्। प्रशासकलाई सम्पर्क गर्नुहोस्, जसले यो कहाँबाट आयो (अर्को काउन्टरको लग, ब्याकअप) पत्ता लगाउँछन्।
records-month = महिना
settings-desk-code-help = समन्वयकले यो डेस्कलाई दिने कोड, हरेक परामर्शसँगै सुरक्षित हुन्छ: जस्तै "shinjuku-2f" वा "window-3"। अंग्रेजी साना अक्षर a–z, अंक (१ देखि ४) र हाइफन मात्र। कहिल्यै व्यक्तिको नाम होइन।
settings-error-desk-code = यो डेस्क कोड होइन। अंग्रेजी साना अक्षर a–z, अंक र हाइफन प्रयोग गर्नुहोस्, बढीमा ३२ अक्षर, अक्षर वा अंकबाट सुरु, कम्तीमा १ र बढीमा ४ अंकसहित (जस्तै "window-3")। व्यक्तिको नाम डेस्क कोड हुन सक्दैन।

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = पुराना अभिलेख मेटाउने?
settings-purge-dialog = { $cutoff } अघिका { $records } अभिलेख र { $training } तालिम नतिजा मेटिनेछन्। यो फिर्ता गर्न सकिँदैन।
settings-purge-cancelled = केही मेटिएन।
settings-retention-dialog-title = अभिलेख कम वर्ष राख्ने?
settings-retention-dialog = अभिलेख { $from } वर्षको सट्टा { $to } वर्ष राखिनेछन्। त्यसपछि पुराना अभिलेख मेटाउँदा { $cutoff } अघिका { $records } अभिलेख र { $training } तालिम नतिजा मेटिनेछन्।
settings-retention-dialog-uncounted = अभिलेख { $from } वर्षको सट्टा { $to } वर्ष राखिनेछन्। त्यसपछि पुराना अभिलेख मेटाउँदा पहिलेभन्दा धेरै अभिलेख मेटिनेछन्।
settings-retention-dialog-yes = हो, कम वर्ष राख्नुहोस्
settings-error-retention_not_confirmed = राख्ने अवधि छोटो गरिएन (पुष्टिमा रद्द गर्नुहोस् छानियो)। केही सुरक्षित गरिएन।

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 110 र 119 जस्ता आपतकालीन सेवा यो फाइलले बदल्न सक्दैन। ती प्रविष्टि हटाउनुहोस्।
ui-override-error-duplicate = एउटै सेवा (id) दुई पटक लेखिएको छ। एउटा मात्र राख्नुहोस्।
ui-override-error-entry = कुनै सेवाको id, सम्पर्क (फोन नम्बर, डायल कोड, https ठेगाना), नाम (label) वा भाषा मान्य छैन।
ui-override-error-encoding = फाइल UTF-8 मा सुरक्षित गरिएको छैन। UTF-8 मा फेरि सुरक्षित गर्नुहोस्।

## coord
card-japanese-only = (जापानीमा मात्र)
directory-review-due = { $months } महिनाभन्दा बढी जाँच गरिएको छैन: नम्बर र समय पुष्टि गर्नुहोस्।
settings-review = निर्देशिका जाँच गर्ने अन्तराल (महिना)
settings-error-review = जाँच अन्तराल १ देखि ६० महिनासम्म हो।
settings-review-due = अन्तरालभन्दा पुरानो जाँच मिति भएका प्रविष्टि
settings-review-help = madoguchi directory review --out review.csv ले सूची निकाल्नुहोस्; --apply ले नतिजा ओभरराइड फाइलमा लेख्नुहोस्।
settings-override-create = उदाहरणबाट ओभरराइड फाइल बनाउनुहोस्
settings-override-created = टिप्पणीसहितको उदाहरणबाट ओभरराइड फाइल बन्यो। सम्पादन गर्नुहोस्, "फेरि जाँच गर्नुहोस्" थिच्नुहोस्, र एप फेरि सुरु गर्नुहोस्।
settings-override-create-failed = ओभरराइड फाइल बनाउन सकिएन:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = यो लाइन TOML को रूपमा पढ्न सकिँदैन। ", [ ] वा { "{" } { "}" } बन्द गरिएको छ कि छैन र "=" कसरी लेखिएको छ जाँच्नुहोस्।
override-error-unknown-key = { $key } नामको कुञ्जी छैन। प्रविष्टिका कुञ्जीहरू: { $keys }
override-error-value = "{ $field }" को मान { $value } प्रयोग गर्न सकिँदैन। { $choices ->
    [none] उदाहरण data/site-override.example.toml हेर्नुहोस्।
   *[other] मानहरू: { $choices }
}
override-error-missing = सेवा "{ $id }" मा छुटेको: { $fields }
override-error-date = { $value } मिति होइन: वर्ष-महिना-दिन लेख्नुहोस्, जस्तै 2026-04-01।
override-error-duplicate = सेवा { $id } यस फाइलको लाइन { $first } मा पनि छ। एउटा मात्र राख्नुहोस्।
override-error-emergency = "{ $id }" 110 वा 119 जस्तो आपतकालीन सेवा हो: यो फाइलले बदल्न सक्दैन। यो प्रविष्टि हटाउनुहोस्।
override-error-emergency-with = सेवा "{ $id }": आपतकालीन सेवा "{ $with }" सँग केही सूचीबद्ध गर्न मिल्दैन (refer_with)।
override-error-contact = सेवा "{ $id }" को सम्पर्क { $number }, { $value }, { $kind ->
    [phone] फोन नम्बर होइन (जस्तै 03-1234-5678)।
    [dial] छोटो नम्बर होइन (जस्तै 110 वा #8103)।
    [web] https:// बाट सुरु हुने ठेगाना होइन।
    [email] इमेल ठेगाना होइन।
   *[other] "local" (नजिकको कार्यालय) लेख्नुपर्छ।
}
override-error-empty = सेवा "{ $id }": "{ $field }" खाली छ।
override-error-label = सेवा "{ $id }" को नाम (label) { $problem ->
    [empty] खाली छ।
    [long] { $max } अक्षरभन्दा लामो छ।
   *[other] मा नियन्त्रण अक्षर छ।
}
override-error-text = सेवा "{ $id }", "{ $field }": { $problem ->
    [no-ja] जापानी (ja) छैन। नलेखिएको भाषाको सट्टा जापानी देखाइन्छ, त्यसैले यो अनिवार्य छ।
    [language] "{ $lang }" एपको भाषा होइन। भाषाहरू: { $langs }
    [empty] "{ $lang }" पाठ खाली छ।
    [long] "{ $lang }" पाठ धेरै लामो छ।
    [both] label र name दुवै छन्; name मात्र राख्नुहोस्।
   *[other] "{ $lang }" पाठमा नियन्त्रण अक्षर छ।
}
override-error-note = सेवा "{ $id }" को सम्पर्क { $number } को टिप्पणी { $note } एपको पाठ होइन। काउन्टरको आफ्नै शब्दमा लेख्न: note = { "{" } ja = "平日のみ", ne = "कार्यदिवस मात्र" { "}" }
override-error-shipped-local = सेवा "{ $id }" एपसँगै आउँछ: label र refer_with काउन्टरले थपेका सेवाका लागि मात्र हुन्।
override-error-assured-by = सेवा "{ $id }": जाँच मिति (assured_date) का लागि assured_by, जाँचमा प्रयोग भएको स्रोत (sources मध्ये एक), चाहिन्छ।
override-error-service-id = { $id } id हुन सक्दैन: एउटा सानो अक्षर, त्यसपछि ६३ सम्म साना अक्षर, अङ्क वा "_"।
override-error-local-needs = सेवा "{ $id }" एपसँग आउँदैन: थपिएको सेवालाई name (वा label) र refer_with चाहिन्छ।
override-error-encoding = फाइल UTF-8 मा सुरक्षित छैन (बाइट { $offset } मा { $byte })। UTF-8 मा फेरि सुरक्षित गर्नुहोस्।
override-error-refer-with = सेवा "{ $id }": refer_with "{ $with }" एपको सेवा होइन।
override-error-serves = सेवा "{ $id }": serves मा अज्ञात तथ्य वा मान छ।
override-error-source = सेवा "{ $id }": { $source ->
    [none] स्रोत (sources) छैन।
   *[other] स्रोत { $source } https:// ठेगाना वा कागजातको लाइन होइन।
}
override-error-language = सेवा "{ $id }", भाषा "{ $lang }": { $problem ->
    [tag] भाषा कोड गलत लेखिएको छ (जस्तै vi, pt, fil)।
    [unbacked] कुनै सम्पर्कले यो भाषा बोल्दैन र दोभाषे पनि छैन।
   *[other] सेवाको languages मा छैन; थप्नुहोस्।
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = एपसँग नभएको कुरा (भाषा, प्रश्न, उत्तर, केस, अवधि वा फिल्टर) माग गरियो।
ui-error-no-content = एपको भित्री डाटाले जाँच पार गरेन, त्यसैले यो देखाउन सकिँदैन।
ui-error-log = लग फाइल पढ्न वा लेख्न सकिएन।
ui-error-settings = केही सेटिङहरू अस्वीकार गरिए, त्यसैले केही पनि सुरक्षित गरिएन।
ui-error-desktop = यो कम्प्युटरले यो गर्न सकेन (संवाद, प्रिन्ट, वा खोल्ने प्रोग्राम)।

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = एपभित्र अनपेक्षित समस्या भयो।
ui-error-todo = «फेरि प्रयास गर्नुहोस्» थिच्नुहोस्, वा सुरुको स्क्रिनमा फर्कनुहोस्। बारम्बार भएमा तलको विवरण व्यवस्थापकलाई देखाउनुहोस्।
ui-error-retry = फेरि प्रयास गर्नुहोस्

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = नजाँचिएको अनुवाद
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = यो कागज मेसिनले अनुवाद गरेको हो र अझै जाँचिएको छैन। केही बुझिएन भने कर्मचारीलाई सोध्नुहोस्।

## About (package)
settings-about-title = Madoguchi बारे
settings-about-version = संस्करण
settings-about-data-date = निर्देशिका डेटाको मिति (पछिल्लो पुष्टि गरिएको स्रोत)
