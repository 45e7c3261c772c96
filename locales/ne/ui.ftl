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
