### မျက်နှာပြင်နှင့် terminal တွင် အသုံးပြုသော စာသားများ — မြန်မာ (my၊ Unicode); အခြေခံ locale မှာ ja ဖြစ်သည်

option-unknown = မသိပါ / မဖြေလိုပါ
priority-emergency = အရေးပေါ်
priority-urgent = အလျင်အမြန်
priority-standard = ပုံမှန်
local-service-hours = ဖွင့်ချိန်ကို ဤအကြံပေးကောင်တာ၏ လမ်းညွှန်ချက်တွင် စစ်ဆေးပါ။
local-service-expect = ဤအကြံပေးကောင်တာက ကိုယ်တိုင် မှတ်ပုံတင်ထားသော ဒေသတွင်း ဆက်သွယ်ရန်နေရာ ဖြစ်ပါသည်။
check-before-use = အသုံးမပြုမီ စစ်ဆေးပါ: အချက်အလက်မှာ ဟောင်းနေပြီ သို့မဟုတ် အတည်မပြုရသေးပါ။
list-separator = { "၊ " }
locale-status-reference = အခြေခံ ဘာသာစကား
locale-status-reviewed = စစ်ဆေးပြီးသော ဘာသာပြန်
locale-status-draft = မူကြမ်း ဘာသာပြန် (မစစ်ဆေးရသေးပါ)
assured-on = စစ်ဆေးသည့်ရက်: { $date }
contact-in-person-local = အနီးဆုံးရုံးသို့ ကိုယ်တိုင်သွားပါ (ဒေသအလိုက် ကွဲပြားသည်)
language-fit-native = { $language }ဖြင့် ဆက်သွယ်နိုင်သော နံပါတ် ရှိသည်
language-fit-interpreter = ဤဌာနက စကားပြန် (ဥပမာ သုံးဦးဆိုင်ဖုန်းခေါ်ဆိုမှု) ပေးသဖြင့် { $language }ဖြင့် တိုင်ပင်နိုင်သည်
language-fit-unknown = { $language }ဖြင့် အသုံးပြုနိုင်မနိုင်ကို ရင်းမြစ်များတွင် မဖော်ပြထားပါ
language-fit-none = { $language }ဖြင့် မရနိုင်ပါ (ရင်းမြစ်အရ အခြားဘာသာစကားများသာ)
language-fit-contact = { $language }အတွက် ဤဆက်သွယ်ရန်ကို ဦးစွာ အသုံးပြုပါ
language-fit-advice = { $language }ကို အသုံးမပြုနိုင်ပါက ဝန်ထမ်းက သင်နှင့်အတူ ဖုန်းခေါ်ပြီး ဂျပန်ဘာသာဖြင့် ရှင်းပြပါမည်။ ဌာနတွင် စကားပြန် (ဥပမာ သုံးဦးဆိုင်ဖုန်း) ရှိပါက တောင်းဆိုပါ။
ui-card-language-fit = ဘာသာစကား အထောက်အပံ့
directory-fit-language = တိုင်ပင်သူ၏ ဘာသာစကား (ထိုဘာသာစကား အထောက်အပံ့ကို ပြသည်)

## madoguchi walk

walk-title = တိုင်ပင်ဆွေးနွေးမှု အဆင့်များ (ဝန်ထမ်း: { $staff } / တိုင်ပင်သူ: { $client })
walk-choose-one = နံပါတ်ကို ရိုက်ထည့်ပါ။
walk-choose-many = သက်ဆိုင်သော နံပါတ်အားလုံးကို ကြားတွင် space (ကွက်လပ်) ခြား၍ ရိုက်ထည့်ပါ။
walk-back-hint = ယခင်မေးခွန်းသို့ ပြန်သွားရန် 0 ကို ရိုက်ပါ။
walk-invalid = ထိုနံပါတ်ကို ရွေး၍ မရပါ။ ထပ်မံ ရိုက်ထည့်ပါ။
walk-progress = မေးခွန်း { $number }
walk-results = ဆက်သွယ်ရန် နေရာများ
walk-no-referrals = ဆက်သွယ်ရန် နေရာ မရှိပါ။
walk-why = အကြောင်းရင်း
walk-source = ရင်းမြစ်
walk-hours = ဖွင့်ချိန်
walk-ended = ထည့်သွင်းမှု ပြီးဆုံးသွားသဖြင့် တိုင်ပင်ဆွေးနွေးမှုကို ရပ်ဆိုင်းလိုက်ပါသည်။ မှတ်တမ်း မသိမ်းဆည်းထားပါ။

## madoguchi route (လူဖတ်ရန် ပုံစံ)

route-heading = { $count ->
   *[other] ဆက်သွယ်ရန် နေရာ { $count } ခု
}
route-rules = အခြေခံသည့် စည်းမျဉ်းများ: { $rules }

## ကွန်ပျူတာ အက်ပ်

ui-strip-label = အရေးပေါ် ဖုန်းနံပါတ်များ
ui-strip-police = ရဲ 110
ui-strip-ambulance = လူနာတင်ယာဉ်နှင့် မီးသတ် 119
ui-hide = မျက်နှာပြင်ကို ဖျောက်ရန်
ui-keys-help = ရွေးရန် နံပါတ်ခလုတ် 1–9 ကို နှိပ်ပါ။ နောက်သို့ ပြန်ရန် Backspace သို့မဟုတ် Alt+← ကို နှိပ်ပါ။ Esc ကို နှစ်ကြိမ် နှိပ်လျှင် မျက်နှာပြင်ကို ချက်ချင်း ဖျောက်ပြီး တိုင်ပင်ချက်ကို ဖျက်ပါမည်။
ui-start-title = တိုင်ပင်ဆွေးနွေးမှု စတင်ရန်
ui-start-staff-lang = ဝန်ထမ်း၏ ဘာသာစကား
ui-start-client-lang = တိုင်ပင်သူ၏ ဘာသာစကား
ui-start-mode = တိုင်ပင်မှု အမျိုးအစား
ui-mode-live = တကယ့် တိုင်ပင်မှု
ui-mode-training = လေ့ကျင့်မှု (စာရင်းအင်းတွင် မပါ)
ui-start-privacy = သိမ်းဆည်းရန် မနှိပ်မချင်း ဘာမှ မမှတ်တမ်းတင်ပါ။ လူကို ဖော်ထုတ်နိုင်ခြင်း မရှိသော အမျိုးအစားများကိုသာ သိမ်းပါသည်။
ui-start-begin = တိုင်ပင်မှု စတင်ရန်
app-progress = မေးခွန်း { $number } / ခန့်မှန်း { $total }
ui-choose-many = သက်ဆိုင်သည်များ အားလုံးကို ရွေးပြီး "ရှေ့သို့" ကို နှိပ်ပါ။
ui-back = နောက်သို့
ui-error-title = ဤလုပ်ဆောင်ချက်ကို မလုပ်နိုင်ခဲ့ပါ
ui-error-detail = အသေးစိတ် (စီမံခန့်ခွဲသူအတွက်):
ui-error-back = စတင်မျက်နှာပြင်သို့ ပြန်သွားရန်
ui-next = ရှေ့သို့
ui-emergency-title = ယခုချက်ချင်း ဖုန်းဆက်ပါ
ui-result-title = လွှဲပြောင်းပေးမည့် နေရာများ
ui-result-none = ဤအဖြေများအတွက် လွှဲပြောင်းပေးရန် နေရာ မရှိပါ။
ui-result-answers = ဖြေဆိုချက်များ
ui-result-slip = လွှဲပြောင်းစာကို ပြရန်
ui-result-save = သိမ်းဆည်းပြီး ပြီးဆုံးရန်
ui-card-contact = ဆက်သွယ်ရန်
ui-contact-open-failed = ဤကွန်ပျူတာက ဖွင့်၍မရပါ။ ပြထားသော နံပါတ် သို့မဟုတ် လိပ်စာကို ကိုယ်တိုင် နှိပ်ပါ သို့မဟုတ် ရိုက်ထည့်ပါ။
ui-card-hours = လက်ခံချိန်
ui-card-free-call = ဖုန်းခ
ui-free-call-yes = အခမဲ့
ui-free-call-no = ကုန်ကျစရိတ် ရှိသည်
ui-free-call-partly = တစ်စိတ်တစ်ပိုင်း အခမဲ့
ui-free-call-unconfirmed = အတည်မပြုရသေး
ui-card-anonymous = အမည်မဖော်ဘဲ တိုင်ပင်ခြင်း
ui-anonymous-yes = ရသည်
ui-anonymous-no = မရပါ
ui-anonymous-partly = အခြေအနေပေါ် မူတည်သည်
ui-anonymous-unconfirmed = အတည်မပြုရသေး
ui-card-languages = ဘာသာစကားများ
ui-languages-unconfirmed = (ဘာသာစကား အတည်မပြုရသေး)
ui-card-expect = ဆက်သွယ်လျှင် ဘာဖြစ်မည်နည်း
ui-card-why = လွှဲပြောင်းရသည့် အကြောင်းရင်း
ui-card-source = ရင်းမြစ်:
ui-card-checked = အချက်အလက် စစ်ဆေးသည့်နေ့
ui-slip-title = လွှဲပြောင်းစာ
ui-slip-intro = အောက်ပါနေရာများကို ဆက်သွယ်နိုင်သည်။ ဖုန်းခ ကျသင့်မသင့်နှင့် အမည်မဖော်ဘဲ တိုင်ပင်နိုင်မနိုင်ကို နေရာတစ်ခုစီတွင် ရေးထားသည်။
ui-slip-print = ပုံနှိပ်ရန်
ui-save-title = မှတ်တမ်း သိမ်းဆည်းရန်
ui-save-training = လေ့ကျင့်မှု မှတ်တမ်းအဖြစ် သိမ်းပါမည်။ စာရင်းအင်းတွင် မပါပါ။
ui-save-privacy = အမည်၊ ဆက်သွယ်ရန် အချက်အလက်၊ လိပ်စာ၊ မွေးနေ့ သို့မဟုတ် လွတ်လပ်စွာ ရေးသားချက်ကို မသိမ်းပါ။
ui-save-outcome = တိုင်ပင်မှု ရလဒ်
ui-outcome-referred = လွှဲပြောင်းပေးခဲ့သည်
ui-outcome-referred_with_handover = လွှဲပြောင်းပြီး တာဝန်လွှဲပေးခဲ့သည်
ui-outcome-information_only = သတင်းအချက်အလက်သာ ပေးခဲ့သည်
ui-outcome-client_declined = တိုင်ပင်သူက ငြင်းဆိုခဲ့သည်
ui-outcome-interrupted = တစ်ဝက်တွင် ရပ်သွားသည်
ui-save-interpreter = စကားပြန် အသုံးပြုခဲ့သည်
ui-save-consent = တိုင်ပင်သူက တာဝန်လွှဲခြင်းကို သဘောတူခဲ့သည်
ui-save-region = နိုင်ငံသား၏ ဒေသ (စာရင်းအင်းအတွက်၊ နိုင်ငံအမည် မမှတ်ပါ)
ui-region-none = မဖြေ / မသိ
ui-region-east_asia = အရှေ့အာရှ
ui-region-southeast_asia = အရှေ့တောင်အာရှ
ui-region-south_asia = တောင်အာရှ
ui-region-central_asia = အလယ်အာရှ
ui-region-middle_east = အရှေ့အလယ်ပိုင်း
ui-region-europe = ဥရောပ
ui-region-north_america = မြောက်အမေရိက
ui-region-latin_america = လက်တင်အမေရိက
ui-region-africa = အာဖရိက
ui-region-oceania = သမုဒ္ဒရာဒေသ
ui-save-submit = သိမ်းဆည်းပြီး မျက်နှာပြင်ကို ရှင်းရန်
ui-save-unavailable = မှတ်တမ်းဖိုင်ကို အသုံးမပြုနိုင်သဖြင့် သိမ်းဆည်း၍ မရပါ။ လွှဲပြောင်းပေးခြင်းကိုမူ ဆက်လုပ်နိုင်သည်။
ui-save-error-consent = "တာဝန်လွှဲပေးခဲ့သည်" ကို ရွေးရန် တိုင်ပင်သူ၏ သဘောတူညီချက် လိုအပ်သည်။
ui-save-error-no-referral = လွှဲပြောင်းပေးမည့် နေရာ မရှိသဖြင့် "လွှဲပြောင်းပေးခဲ့သည်" ကို ရွေး၍ မရပါ။
ui-save-error-data = ဤတိုင်ပင်မှုကို သိမ်းဆည်း၍ မရပါ။
ui-save-error-log = မှတ်တမ်းဖိုင်တွင် ရေး၍ မရပါ။ စီမံခန့်ခွဲသူကို ဆက်သွယ်ပါ။
ui-saved = သိမ်းဆည်းပြီးပါပြီ။ တိုင်ပင်ချက်ကို မျက်နှာပြင်မှ ဖျက်ပြီးပါပြီ။
ui-blank-title = မျက်နှာပြင်ကို ဖျောက်ထားသည်
ui-new-consultation = တိုင်ပင်မှု အသစ် စတင်ရန်
ui-problem-file = ဖိုင်:
ui-problem-details = တွေ့ရှိသော ပြဿနာများ
ui-problem-todo = ဘာလုပ်ရမည်နည်း
ui-problem-continue = နားလည်ပါပြီ၊ ဆက်လုပ်ရန်
ui-problem-override-title = ဒေသဆိုင်ရာ ဆက်တင်ဖိုင်တွင် အမှားရှိသည်
ui-problem-override-what = ဤကောင်တာက ထည့်ထားသော သို့မဟုတ် ပြင်ထားသော ဒေသတွင်း တိုင်ပင်ရာနေရာများကို မဖတ်ရသေးပါ။ နိုင်ငံတစ်ဝန်း နေရာများကိုသာ ပြပါမည်။
ui-problem-override-todo = အထက်ပါ စာကြောင်းများကို ပြင်ရန် စီမံခန့်ခွဲသူကို ဆက်သွယ်ပါ (စစ်ဆေးရန်: madoguchi validate --override ဖိုင်)။ ထို့နောက် အက်ပ်ကို ပြန်ဖွင့်ပါ။
ui-problem-settings-title = ဆက်တင်ဖိုင်တွင် အမှားရှိသည်
ui-problem-settings-what = ဆက်တင်ဖိုင်ကို မဖတ်ရပါ။ မူလဆက်တင်များ (ဥပမာ ၅ မိနစ်အကြာတွင် အလိုအလျောက် ရှင်းခြင်း) ကို သုံးနေသည်။
ui-problem-settings-todo = အထက်ပါ စာကြောင်းများကို ပြင်ရန် စီမံခန့်ခွဲသူကို ဆက်သွယ်ပါ။ ထို့နောက် အက်ပ်ကို ပြန်ဖွင့်ပါ။
ui-problem-log-title = မှတ်တမ်းများကို သိမ်း၍ မရပါ
ui-problem-log-damaged = မှတ်တမ်းဖိုင် ပျက်စီးနေသဖြင့် ဖတ်ရန်သာ ဖွင့်ထားသည်။
ui-problem-log-not-a-log = မှတ်တမ်းဖိုင်နေရာတွင် အခြားပရိုဂရမ်၏ ဖိုင်ရှိနေသည်။ ဖတ်ရန်သာ ဖွင့်ထားသည်။
ui-problem-log-newer-schema = မှတ်တမ်းဖိုင်ကို Madoguchi ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားသည်။ ဖတ်ရန်သာ ဖွင့်ထားသည်။
ui-problem-log-unavailable = မှတ်တမ်းဖိုင်ကို ဖွင့်၍ မရပါ။
ui-problem-log-todo = တိုင်ပင်ခြင်းနှင့် လွှဲပြောင်းပေးခြင်း လုပ်နိုင်သော်လည်း သိမ်းဆည်း၍ မရပါ။ ဖိုင်ကို မဖျက်ပါနှင့်။ ဖိုင်ကို လုံခြုံသောနေရာသို့ ရွှေ့ပြီး အက်ပ်ကို ပြန်ဖွင့်ရန် စီမံခန့်ခွဲသူကို ဆက်သွယ်ပါ။
ui-problem-data-title = အက်ပ်၏ ဒေတာ ပျက်စီးနေသည်
ui-problem-data-what = အက်ပ်တွင်ပါသော ဒေတာ စစ်ဆေးမှု မအောင်မြင်သဖြင့် တိုင်ပင်မှု စတင်၍ မရပါ။
ui-problem-data-todo = အက်ပ်ကို ပြန်ထည့်သွင်းပါ။ မရသေးလျှင် စီမံခန့်ခွဲသူကို ဆက်သွယ်ပါ။

## Training

train-title = လေ့ကျင့်ရေး ဖြစ်ရပ်: { $case } ({ $difficulty })
train-vignette = တိုင်ပင်သူအဖြစ် သရုပ်ဆောင်သူအတွက် ({ $lang }):
train-start = ယခု ပုံမှန်အတိုင်း တိုင်ပင်ဆွေးနွေးမှုကို ဆောင်ရွက်ပါ။
train-debrief = ပြန်လည်သုံးသပ်ခြင်း
train-score = မျှော်လင့်ထားသော လွှဲပြောင်းမှု { $expected } ခုအနက် { $hit } ခု ပေးခဲ့သည်
train-hit = မျှော်လင့်ထားသည့်အတိုင်း ပေးခဲ့သည်
train-missed = လွတ်သွားသည်
train-must-not = မပေးရမည့်အရာကို ပေးခဲ့သည်
train-extra = မလိုအပ်ပါ (အန္တရာယ်မရှိ)
train-none = (မရှိ)
train-emergency = အရေးပေါ်
train-emergency-not-needed = ဤဖြစ်ရပ်တွင် အရေးပေါ် လွှဲပြောင်းမှု မလိုအပ်ပါ၊ မပေးခဲ့ပါ။
train-emergency-handled = ဦးစွာ ကိုင်တွယ်ခဲ့သည်- အန္တရာယ်ကို ပထမဆုံး မေးခဲ့ပြီး { $services } ကို ပထမဆုံး ပေးခဲ့သည်။
train-emergency-missed = လွတ်သွားသည်- ဤဖြစ်ရပ်တွင် { $services } ကို ပထမဆုံး ပေးရန် လိုအပ်သည်။
train-emergency-not-first = { $services } ကို ပေးခဲ့သော်လည်း အန္တရာယ်ကို ပထမဆုံး မမေးခဲ့ပါ။
train-emergency-unneeded = ဤဖြစ်ရပ်တွင် မလိုအပ်သော အရေးပေါ်နံပါတ်ကို ပေးခဲ့သည်။
train-mattered = လွှဲပြောင်းမှုကို ပြောင်းလဲစေသော မေးခွန်းများ
train-mattered-lost = ဤအဖြေမရှိလျှင် ဤအရာများ ပျောက်သွားမည်- { $services }
train-mattered-gained = ဤအဖြေမရှိလျှင် ဤအရာများ ထပ်တိုးလာမည်- { $services }
train-mattered-priority = ဤအဖြေမရှိလျှင် ဤအရာများ၏ ဦးစားပေးအဆင့် ပြောင်းလဲမည်- { $services }
train-answer-differed = သင့်အဖြေသည် ဖြစ်ရပ်နှင့် ကွဲပြားခဲ့သည်။
train-expected = မျှော်လင့်ထားသော လွှဲပြောင်းမှုတစ်ခုစီ၏ အကြောင်းရင်း
train-given = ပေးခဲ့သည်
train-not-given = မပေးခဲ့ပါ
train-passed = အောင်မြင်သည်- ဘာမှမလွတ်၊ မှားယွင်းစွာ မပေး၊ အရေးပေါ်ကို ကိုင်တွယ်ခဲ့သည်။
train-review = အထက်ပါအချက်များကို သင်တန်းဆရာနှင့်အတူ ပြန်လည်သုံးသပ်ပါ။
train-notes = သင်ကြားရေး မှတ်စု
train-list-heading = လေ့ကျင့်ရေး ဖြစ်ရပ်များ ({ $count })
train-difficulty-intro = အခြေခံ
train-difficulty-intermediate = အလယ်အလတ်
train-difficulty-advanced = အဆင့်မြင့်
train-saved = ဤလေ့ကျင့်မှု၏ ရလဒ်ကို { $path } တွင် သိမ်းဆည်းပြီးပါပြီ (တကယ့် တိုင်ပင်မှုမှတ်တမ်းများနှင့် သီးခြားဖြစ်ပြီး အမည်များကို မသိမ်းဆည်းပါ)။
train-route-trafficking = လူကုန်ကူးမှု
train-route-sexual_crime_8103 = လိင်ပိုင်းဆိုင်ရာ ရာဇဝတ်မှု (#8103)
train-route-child_189 = ကလေးသူငယ် အလွဲသုံးစားမှု (189)
train-route-one_stop = One-Stop စင်တာ
train-route-iom_return = IOM ပြန်လည်ရောက်ရှိရေး အကူအညီ
train-route-immigration = လူဝင်မှုကြီးကြပ်ရေး
train-route-labour = အလုပ်
train-route-residence = နေထိုင်ခွင့် အခြေအနေ
train-route-discrimination = ခွဲခြားဆက်ဆံမှု
train-route-online_images = အွန်လိုင်း ဓာတ်ပုံများ
train-route-domestic_violence = အိမ်တွင်း အကြမ်းဖက်မှု
train-route-emergency = အရေးပေါ် (110/119)
train-route-unknown_answers = မသိသော အဖြေများ

## Directory screen

directory-open-now = ယခု ဖွင့်ထားသည် (၂၄ နာရီ သို့မဟုတ် အွန်လိုင်း)
directory-open-unknown = မသိပါ — အချိန်ကို စစ်ဆေးပါ
directory-origin-shipped = မူလ
directory-origin-overridden = ဤနေရာမှ ပြင်ထားသည်
directory-origin-local = ဤနေရာမှ ထည့်ထားသည်
directory-title = ဝန်ဆောင်မှုစာရင်း
directory-search = ရှာရန် (အမည် သို့မဟုတ် ဖော်ပြချက်)
directory-concern = ပြဿနာ
directory-language = ဘာသာစကား
directory-any = အားလုံး
directory-free-call = အခမဲ့ဖုန်းသာ
directory-anonymous = အမည်မဖော်ဘဲ ရနိုင်သည်များသာ
directory-open-only = ယခုဖွင့်ထားသည်များသာ
directory-shown = ပြသထားသော ဝန်ဆောင်မှုများ
directory-none = ဤစစ်ထုတ်မှုများနှင့် ကိုက်ညီသော ဝန်ဆောင်မှု မရှိပါ။
directory-reachable = ယခုဖွင့်ထားခြင်း
directory-sources = ရင်းမြစ်များ
directory-confidence = ယုံကြည်နိုင်မှု
directory-confidence-high = မြင့်
directory-confidence-medium = အလယ်အလတ်
directory-confidence-low = နိမ့်
directory-confidence-unconfirmed = အတည်မပြုရသေး
directory-serves = ဝန်ဆောင်သူ
directory-origin = မှတ်တမ်းအမျိုးအစား

# Records screen
records-title = သိမ်းထားသော မှတ်တမ်းများ
records-note = တကယ့်တိုင်ပင်မှုများသာ၊ နောက်ဆုံးအရင်ပြသည်။ လေ့ကျင့်ရေးမှတ်တမ်းများကို မပြပါ။ မှတ်တမ်းတွင် အမျိုးအစားများသာ ပါဝင်သည်၊ မည်သူ့ကိုမျှ ခွဲခြားသိနိုင်သည့်အရာ မပါပါ။
records-total = မှတ်တမ်းအရေအတွက်
records-none = သိမ်းထားသော မှတ်တမ်း မရှိသေးပါ။
records-unavailable = မှတ်တမ်းဖိုင်ကို ဖတ်၍မရသဖြင့် မှတ်တမ်းများကို ပြ၍မရပါ။
records-referrals = လွှဲပို့သည့်နေရာ
records-no-referrals = လွှဲပို့မှု မရှိ
records-previous = ယခင်စာမျက်နှာ
records-next = နောက်စာမျက်နှာ
records-page = စာမျက်နှာ

# Reports screen: categories and dimensions the flow does not label
report-month = လ
report-total = စုစုပေါင်း
report-unknown = မသိပါ
report-not-applicable = မသက်ဆိုင်ပါ (ဂျပန်နိုင်ငံသား)
report-no-service = လွှဲပြောင်းမှု မရှိ
report-yes = ဟုတ်
report-no = မဟုတ်
report-outcome-referred = လွှဲပြောင်းပြီး
report-outcome-referred_with_handover = လွှဲပြောင်းပြီး အပ်နှံပြီး
report-outcome-information_only = သတင်းအချက်အလက်သာ
report-outcome-client_declined = ဖောက်သည် ငြင်းဆိုသည်
report-outcome-interrupted = ရပ်တန့်သွားသည်
report-region-east_asia = အရှေ့အာရှ
report-region-southeast_asia = အရှေ့တောင်အာရှ
report-region-south_asia = တောင်အာရှ
report-region-central_asia = အလယ်အာရှ
report-region-middle_east = အရှေ့အလယ်ပိုင်း
report-region-europe = ဥရောပ
report-region-north_america = မြောက်အမေရိက
report-region-latin_america = လက်တင်အမေရိက
report-region-africa = အာဖရိက
report-region-oceania = သမုဒ္ဒရာဒေသ
report-dimension-age_group = အသက်အုပ်စု
report-dimension-gender = ကျား/မ
report-dimension-nationality = နိုင်ငံသား
report-dimension-region = နိုင်ငံသား ဒေသ
report-dimension-residence = နေထိုင်ခွင့် အဆင့်အတန်း
report-dimension-concern = အကြောင်းအရာ
report-dimension-danger = အန္တရာယ်
report-dimension-service = လွှဲပြောင်းရာ နေရာ
report-dimension-outcome = ရလဒ်
report-dimension-handover_consent = အပ်နှံရန် သဘောတူညီချက်
report-dimension-interpreter = စကားပြန်
report-dimension-staff_lang = ဝန်ထမ်း၏ ဘာသာစကား
report-dimension-client_lang = ဖောက်သည်၏ ဘာသာစကား
report-dimension-desk = ကောင်တာ

## Reports screen

reports-title = စာရင်းအင်း
reports-note = တကယ့်တိုင်ပင်မှု အရေအတွက်ကို လအလိုက် ရေတွက်သည်။ လေ့ကျင့်မှုများကို ဘယ်တော့မှ မရေတွက်ပါ။ အရေအတွက် နည်းသည်များကို ဖျောက်ထားပြီး ဖျောက်ထားသော အရေအတွက်ကို တွက်ချက်၍ သိနိုင်သည့် အခြားအကွက်များကိုလည်း ဖျောက်ထားသည်။
reports-dimension = ရေတွက်မည့် အချက်
reports-second-dimension = ထပ်မံ ခွဲခြားမည့် အချက်
reports-no-second = မရှိ
reports-loading = ရေတွက်နေသည်…
reports-records = ကာလအတွင်း တိုင်ပင်မှု အရေအတွက်
reports-empty = ဤကာလအတွင်း သိမ်းဆည်းထားသော တိုင်ပင်မှု မရှိပါ။
reports-unavailable = မှတ်တမ်းဖိုင်ကို ဖတ်၍မရသဖြင့် စာရင်းအင်း ပြ၍မရပါ။
reports-bar-title = ကာလတစ်ခုလုံး
reports-line-title = လအလိုက်
reports-line-note = စုစုပေါင်းနှင့် အရေအတွက် အများဆုံး အမျိုးအစားများ။ မျဉ်းကြောင်း ပြတ်နေသည့်နေရာသည် ဖျောက်ထားသော အရေအတွက် ဖြစ်သည်။
reports-table-title = ဇယား
reports-export = CSV အဖြစ် ထုတ်ရန်…
reports-export-dialog = စာရင်းအင်းကို CSV ဖိုင်အဖြစ် သိမ်းရန်
reports-export-filter = CSV ဖိုင်
reports-exported = သိမ်းဆည်းသည့်နေရာ
reports-export-records = ရေတွက်ထားသော တိုင်ပင်မှု
reports-export-cancelled = ဘာမှ မသိမ်းဆည်းခဲ့ပါ။
reports-export-failed = စာရင်းအင်းကို သိမ်းဆည်း၍ မရပါ:

## Settings screen

settings-title = ဆက်တင်
settings-note = ဤဆက်တင်များကို ဤကွန်ပျူတာ၏ ဒေတာဖိုဒါတွင်သာ သိမ်းထားသည်။
settings-data-dir = ဒေတာဖိုဒါ
settings-desk = ကောင်တာ အမည်
settings-staff-lang = စဖွင့်ချိန် ဝန်ထမ်း၏ ဘာသာစကား
settings-client-lang = စဖွင့်ချိန် တိုင်ပင်သူ၏ ဘာသာစကား
settings-idle = ဘာမှ မထည့်သွင်းဘဲ ဤစက္ကန့်အရေအတွက် ကြာလျှင် လက်ရှိ တိုင်ပင်မှုကို ရှင်းမည်
settings-retention = မှတ်တမ်းများကို သိမ်းထားမည့် နှစ်အရေအတွက်
settings-save = ဆက်တင်ကို သိမ်းရန်
settings-saved = ဆက်တင်ကို သိမ်းဆည်းပြီးပါပြီ။
settings-not-saved = ဆက်တင်ကို မသိမ်းဆည်းရပါ:
settings-error-idle = စောင့်ချိန်သည် 2 မှ 3600 အထိ စက္ကန့် ကိန်းပြည့် ဖြစ်ရမည်။
settings-error-retention = မှတ်တမ်းများကို 1 နှစ်မှ 10 နှစ်အထိ သိမ်းထားရမည်။
settings-error-language = ထိုဘာသာစကားကို အသုံးပြု၍ မရပါ။
settings-error-write = ဆက်တင်ဖိုင်ကို ရေး၍ မရပါ:
settings-log = တိုင်ပင်မှု မှတ်တမ်း
settings-log-writable = ပုံမှန်: တိုင်ပင်မှုများကို သိမ်းဆည်းနိုင်သည်။
settings-log-closed = ဖတ်ရန်သာ: သိမ်းဆည်းခြင်း သို့မဟုတ် ဖျက်ခြင်း မပြုနိုင်ပါ (စဖွင့်ချိန်တွင် ပြသော စာကို ကြည့်ပါ)။
settings-log-records = မှတ်တမ်းဖိုင်ထဲရှိ မှတ်တမ်း အရေအတွက်
settings-purge-title = မှတ်တမ်းဟောင်းများ ဖျက်ခြင်း
settings-purge-cutoff = ဤနေ့မတိုင်မီ မှတ်တမ်းများကို ဖျက်မည်
settings-purge-count = ဖျက်မည့် မှတ်တမ်း
settings-purge-training = ဖျက်မည့် လေ့ကျင့်မှု ရလဒ်
settings-purge-button = မှတ်တမ်းဟောင်းများ ဖျက်ရန်…
settings-purge-yes = ဟုတ်ကဲ့၊ ဖျက်ပါ
settings-purge-no = မလုပ်တော့ပါ
settings-purge-done = ဖျက်ပြီးသော မှတ်တမ်း
settings-purge-nothing = သိမ်းထားရမည့် ကာလထက် ဟောင်းသော မှတ်တမ်း မရှိပါ။
settings-purge-failed = မှတ်တမ်းများကို ဖျက်၍ မရပါ:
settings-purge-changed = ဘာမှ မဖျက်ရသေးပါ။ သင်စစ်ဆေးပြီးနောက် အရေအတွက် ပြောင်းသွားသည် (ဥပမာ ရက်စွဲပြောင်းသွားသည်)။ အရေအတွက်အသစ်ကို စစ်ဆေးပြီး ထပ်မံဖျက်ပါ။
settings-override-title = ဒေသဆိုင်ရာ ဆက်တင်ဖိုင်
settings-override-path = ဖိုင်
settings-override-absent = ဒေသဆိုင်ရာ ဆက်တင်ဖိုင် မရှိပါ: မူလ ဝန်ဆောင်မှုစာရင်းကို သုံးနေသည်။
settings-override-loaded = ဖတ်ပြီး အမှားမရှိပါ: အသုံးပြုနေသည်။
settings-override-invalid = အမှားရှိသဖြင့် အသုံးမပြုပါ: ၎င်းအစား မူလ ဝန်ဆောင်မှုစာရင်းကို သုံးနေသည်။ ဤစာကြောင်းများကို ပြင်ပြီး အက်ပ်ကို ပြန်ဖွင့်ပါ။
settings-override-local = ဤနေရာမှ ထည့်ထားသော ဝန်ဆောင်မှုများ
settings-override-changed = ဤနေရာမှ ပြင်ထားသော ဝန်ဆောင်မှုများ
settings-check-title = ဒေတာ စစ်ဆေးခြင်း
settings-check-ok = စစ်ဆေးမှု အားလုံး အောင်မြင်သည်။
settings-check-failed = ပြဿနာများ တွေ့ရှိသည်:
settings-check-questions = မေးခွန်းများ
settings-check-rules = စည်းမျဉ်းများ
settings-check-services = ဝန်ဆောင်မှုများ
settings-check-languages = ဘာသာစကားများ
settings-check-again = ထပ်မံ စစ်ဆေးရန်
settings-check-restart = ပြင်ထားသော ဒေသဆိုင်ရာ ဆက်တင်ဖိုင်ကို အက်ပ် ပြန်ဖွင့်ပြီးမှ အသုံးပြုမည်။
ui-keys-tools = ဤမျက်နှာပြင်တွင်: Alt+D ဝန်ဆောင်မှုစာရင်း၊ Alt+R သိမ်းထားသော မှတ်တမ်းများ၊ Alt+T စာရင်းအင်း၊ Alt+S ဆက်တင်။

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: မပြပါ။ ဘဏ္ဍာနှစ်၏ လတစ်လတွင် { $k } ထက်နည်း (သုည အပါအဝင်) သို့မဟုတ် ထိုအရေအတွက်ကို တွက်ထုတ်၍မရအောင် ဖုံးထားသော အကွက်။
reports-period = ကာလ
reports-period-fiscal-years = ဘဏ္ဍာနှစ် (ဧပြီမှ မတ်)
reports-period-quarters = သုံးလပတ်
reports-period-months = လ
reports-fiscal-year = ဘဏ္ဍာနှစ် { $year } (ဧပြီ–မတ်)
reports-fiscal-quarter = ဘဏ္ဍာနှစ် { $year } သုံးလပတ် { $quarter }
reports-period-note = စာရင်းအင်းကို လ၊ သုံးလပတ်နှင့် ဘဏ္ဍာနှစ်အလိုက်သာ ထုတ်ပြန်သည်။ မဟုတ်ပါက ကာလတစ်ခုကို အခြားတစ်ခုမှ နုတ်၍ ဖုံးထားသော အရေအတွက်ကို တွက်ထုတ်နိုင်သည်။
ui-problem-log-empty = မှတ်တမ်းဖိုင် ဗလာဖြစ်နေသည် (0 byte)။ အကြောင်းအရာ ပျောက်သွားပြီ။ မှတ်တမ်းအသစ်အဖြစ် မပြုလုပ်ဘဲ ဖတ်ရန်သာ ဖွင့်ထားသည်။
ui-problem-log-cannot-write = ဤနေရာတွင် မှတ်တမ်းဖိုင် သို့မဟုတ် ၎င်း၏ဖိုင်တွဲသို့ ရေး၍မရပါ (ခွင့်ပြုချက်မရှိ သို့မဟုတ် ဖတ်ရန်သာ disk)။ ဖိုင်မပျက်စီးပါ၊ ဖတ်ရန်သာ ဖွင့်ထားသည်။
ui-problem-log-cannot-write-todo = တိုင်ပင်ခြင်းနှင့် လွှဲပြောင်းခြင်း လုပ်နိုင်သော်လည်း သိမ်းဆည်း၍မရပါ။ စီမံခန့်ခွဲသူထံ ဆက်သွယ်ပြီး ဤဖိုင်တွဲနှင့်ဖိုင်ကို ရေးနိုင်အောင်လုပ်ကာ app ကို ပြန်စပါ။
ui-problem-set-aside-title = မှတ်တမ်းဘေးရှိ ဖိုင်တစ်ခုကို ဘေးသို့ ရွှေ့ထားသည်
ui-problem-set-aside-what = မှတ်တမ်းဖိုင်ဘေးတွင် ဤမှတ်တမ်းနှင့် မသက်ဆိုင်သော ယာယီဖိုင် (WAL သို့မဟုတ် journal) ရှိခဲ့သည်။ မှတ်တမ်းထဲသို့ မရေးမိစေရန် မဖတ်ဘဲ အမည်ပြောင်းကာ ဖိုင်တွဲတစ်ခုတည်းတွင် ထားခဲ့သည်။ မှတ်တမ်း မပြောင်းလဲပါ၊ သိမ်းဆည်းနိုင်သည်။
ui-problem-set-aside-todo = ရွှေ့ထားသောဖိုင်ကို မဖျက်ပါနှင့်။ စီမံခန့်ခွဲသူထံ ဆက်သွယ်ပြီး ၎င်းဘယ်ကလာသည်ကို (အခြားကောင်တာ၏မှတ်တမ်း၊ backup) စစ်ဆေးပါ။
records-month = လ
settings-desk-code-help = ညှိနှိုင်းရေးမှူးက ဤကောင်တာအတွက် သတ်မှတ်ပေးသော ကုဒ်၊ တိုင်ပင်မှုတစ်ခုစီနှင့်အတူ သိမ်းဆည်းသည်- ဥပမာ "shinjuku-2f" သို့မဟုတ် "window-3"။ အင်္ဂလိပ်စာလုံးအသေး a–z၊ ဂဏန်း (1 မှ 4 လုံး) နှင့် တုံးတိုသာ။ လူအမည် လုံးဝမဖြစ်ရ။
settings-error-desk-code = ဤသည်မှာ ကောင်တာကုဒ် မဟုတ်ပါ။ အင်္ဂလိပ်စာလုံးအသေး a–z၊ ဂဏန်းနှင့် တုံးတိုဖြင့် စာလုံး 32 လုံးအထိ၊ စာလုံး သို့မဟုတ် ဂဏန်းဖြင့်စပြီး ဂဏန်း အနည်းဆုံး 1 လုံး အများဆုံး 4 လုံး ပါရမည် (ဥပမာ "window-3")။ လူအမည်သည် ကောင်တာကုဒ် မဖြစ်နိုင်ပါ။

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = မှတ်တမ်းဟောင်းများ ဖျက်မလား။
settings-purge-dialog = { $cutoff } မတိုင်မီက မှတ်တမ်း { $records } ခုနှင့် လေ့ကျင့်မှုရလဒ် { $training } ခုကို ဖျက်ပါမည်။ ပြန်ပြင်၍ မရပါ။
settings-purge-cancelled = ဘာမျှ မဖျက်ခဲ့ပါ။
settings-retention-dialog-title = မှတ်တမ်းများကို နှစ်နည်းနည်းသာ သိမ်းမလား။
settings-retention-dialog = မှတ်တမ်းများကို { $from } နှစ်အစား { $to } နှစ် သိမ်းပါမည်။ ထို့နောက် မှတ်တမ်းဟောင်းများ ဖျက်လျှင် { $cutoff } မတိုင်မီက မှတ်တမ်း { $records } ခုနှင့် လေ့ကျင့်မှုရလဒ် { $training } ခု ပျက်ပါမည်။
settings-retention-dialog-uncounted = မှတ်တမ်းများကို { $from } နှစ်အစား { $to } နှစ် သိမ်းပါမည်။ ထို့နောက် မှတ်တမ်းဟောင်းများ ဖျက်လျှင် ယခင်ထက် မှတ်တမ်းပိုများ ပျက်ပါမည်။
settings-retention-dialog-yes = ဟုတ်ကဲ့၊ နှစ်လျှော့ပါ
settings-error-retention_not_confirmed = သိမ်းထားမည့် ကာလကို မလျှော့ခဲ့ပါ (အတည်ပြုရာတွင် မလုပ်တော့ပါ ကို ရွေးခဲ့သည်)။ ဘာမျှ မသိမ်းခဲ့ပါ။

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 110 နှင့် 119 ကဲ့သို့ အရေးပေါ် ဌာနများကို ဤဖိုင်ဖြင့် ပြောင်း၍ မရပါ။ ထိုအချက်များကို ဖျက်ပါ။
ui-override-error-duplicate = တူညီသော ဌာန (id) ကို နှစ်ကြိမ် ရေးထားသည်။ တစ်ခုသာ ထားပါ။
ui-override-error-entry = ဌာနတစ်ခု၏ id၊ ဆက်သွယ်ရန် (ဖုန်းနံပါတ်၊ ခေါ်ဆိုရန်နံပါတ်၊ https လိပ်စာ)၊ အမည် (label) သို့မဟုတ် ဘာသာစကားများ မမှန်ပါ။
ui-override-error-encoding = ဖိုင်ကို UTF-8 ဖြင့် သိမ်းမထားပါ။ UTF-8 ဖြင့် ပြန်သိမ်းပါ။

## coord
card-japanese-only = (ဂျပန်ဘာသာဖြင့်သာ)
directory-review-due = { $months } လကျော် မစစ်ဆေးရသေးပါ- နံပါတ်နှင့် အချိန်ကို အတည်ပြုပါ။
settings-review = လမ်းညွှန်စာရင်း စစ်ဆေးမည့်ကာလ (လ)
settings-error-review = စစ်ဆေးမည့်ကာလမှာ ၁ လမှ ၆၀ လအထိ ဖြစ်သည်။
settings-review-due = ကာလထက် ကြာမြင့်စွာ စစ်ဆေးခဲ့သည့် စာရင်းများ
settings-review-help = madoguchi directory review --out review.csv ဖြင့် စာရင်းထုတ်ပါ၊ --apply ဖြင့် ရလဒ်ကို override ဖိုင်ထဲ ပြန်ရေးပါ။
settings-override-create = နမူနာမှ override ဖိုင် ဖန်တီးရန်
settings-override-created = ရှင်းလင်းချက်ပါ နမူနာမှ override ဖိုင်ကို ဖန်တီးပြီးပါပြီ။ ပြင်ဆင်ပြီး "ထပ်မံ စစ်ဆေးရန်" ကိုနှိပ်ကာ အက်ပ်ကို ပြန်စပါ။
settings-override-create-failed = override ဖိုင်ကို မဖန်တီးနိုင်ပါ-
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = ဤစာကြောင်းကို TOML အဖြစ် မဖတ်နိုင်ပါ။ ", [ ] သို့မဟုတ် { "{" } { "}" } ပိတ်ထားခြင်းနှင့် "=" ရေးပုံကို စစ်ပါ။
override-error-unknown-key = { $key } ဟူသော ကီး မရှိပါ။ သုံးနိုင်သော ကီးများ- { $keys }
override-error-value = "{ $field }" ၏ တန်ဖိုး { $value } ကို မသုံးနိုင်ပါ။ { $choices ->
    [none] နမူနာ data/site-override.example.toml ကို ကြည့်ပါ။
   *[other] တန်ဖိုးများ- { $choices }
}
override-error-missing = ဝန်ဆောင်မှု "{ $id }" တွင် မပါသေးသည်- { $fields }
override-error-date = { $value } သည် ရက်စွဲ မဟုတ်ပါ- နှစ်-လ-ရက် ဟု ရေးပါ၊ ဥပမာ 2026-04-01။
override-error-duplicate = ဝန်ဆောင်မှု { $id } သည် ဤဖိုင်၏ စာကြောင်း { $first } တွင်လည်း ရှိသည်။ တစ်ခုသာ ထားပါ။
override-error-emergency = "{ $id }" သည် 110 သို့မဟုတ် 119 ကဲ့သို့ အရေးပေါ် ဝန်ဆောင်မှု ဖြစ်၍ ဤဖိုင်ဖြင့် မပြောင်းနိုင်ပါ။ ဤစာရင်းကို ဖျက်ပါ။
override-error-emergency-with = ဝန်ဆောင်မှု "{ $id }"- အရေးပေါ် ဝန်ဆောင်မှု "{ $with }" နှင့် တွဲ၍ မဖော်ပြနိုင်ပါ (refer_with)။
override-error-contact = "{ $id }" ၏ ဆက်သွယ်ရန် { $number }၊ { $value } သည် { $kind ->
    [phone] ဖုန်းနံပါတ် မဟုတ်ပါ (ဥပမာ 03-1234-5678)။
    [dial] နံပါတ်တို မဟုတ်ပါ (ဥပမာ 110 သို့မဟုတ် #8103)။
    [web] https:// ဖြင့် စသော လိပ်စာ မဟုတ်ပါ။
    [email] အီးမေးလ်လိပ်စာ မဟုတ်ပါ။
   *[other] "local" (အနီးဆုံးရုံး) ဟု ရေးရမည်။
}
override-error-empty = ဝန်ဆောင်မှု "{ $id }"- "{ $field }" သည် ဗလာ ဖြစ်နေသည်။
override-error-label = "{ $id }" ၏ အမည် (label) { $problem ->
    [empty] ဗလာ ဖြစ်နေသည်။
    [long] သည် စာလုံး { $max } ထက် ရှည်သည်။
   *[other] တွင် ထိန်းချုပ်စာလုံး ပါသည်။
}
override-error-text = "{ $id }", "{ $field }"- { $problem ->
    [no-ja] ဂျပန်ဘာသာ (ja) မရှိပါ။ မရေးထားသော ဘာသာအစား ဂျပန်ဘာသာကို ပြသဖြင့် မဖြစ်မနေ လိုအပ်သည်။
    [language] "{ $lang }" သည် အက်ပ်၏ ဘာသာ မဟုတ်ပါ။ ဘာသာများ- { $langs }
    [empty] "{ $lang }" စာသား ဗလာ ဖြစ်နေသည်။
    [long] "{ $lang }" စာသား ရှည်လွန်းသည်။
    [both] label နှင့် name နှစ်ခုလုံး ရှိသည်; name ကိုသာ ထားပါ။
   *[other] "{ $lang }" စာသားတွင် ထိန်းချုပ်စာလုံး ပါသည်။
}
override-error-note = "{ $id }" ၏ ဆက်သွယ်ရန် { $number } ၏ မှတ်ချက် { $note } သည် အက်ပ်၏ စာသား မဟုတ်ပါ။ ကောင်တာ၏ ကိုယ်ပိုင်စကားဖြင့် ရေးရန်- note = { "{" } ja = "平日のみ", my = "ရုံးဖွင့်ရက်သာ" { "}" }
override-error-shipped-local = "{ $id }" သည် အက်ပ်နှင့်အတူ ပါလာသည်- label နှင့် refer_with ကို ကောင်တာက ထည့်သော ဝန်ဆောင်မှုအတွက်သာ သုံးနိုင်သည်။
override-error-assured-by = "{ $id }"- စစ်ဆေးသည့်ရက် (assured_date) အတွက် assured_by (sources ထဲမှ အသုံးပြုခဲ့သော ရင်းမြစ်) လိုအပ်သည်။
override-error-service-id = { $id } ကို id အဖြစ် မသုံးနိုင်ပါ- စာလုံးအသေး တစ်လုံး၊ ထို့နောက် စာလုံးအသေး၊ ဂဏန်း သို့မဟုတ် "_" ၆၃ လုံးအထိ။
override-error-local-needs = "{ $id }" သည် အက်ပ်နှင့် မပါလာပါ- ထည့်သော ဝန်ဆောင်မှုတွင် name (သို့မဟုတ် label) နှင့် refer_with လိုအပ်သည်။
override-error-encoding = ဖိုင်ကို UTF-8 ဖြင့် မသိမ်းထားပါ (ဘိုက် { $offset } တွင် { $byte })။ UTF-8 ဖြင့် ပြန်သိမ်းပါ။
override-error-refer-with = "{ $id }"- refer_with "{ $with }" သည် အက်ပ်၏ ဝန်ဆောင်မှု မဟုတ်ပါ။
override-error-serves = "{ $id }"- serves တွင် မသိသော အချက် သို့မဟုတ် တန်ဖိုး ပါသည်။
override-error-source = "{ $id }"- { $source ->
    [none] ရင်းမြစ် (sources) မရှိပါ။
   *[other] ရင်းမြစ် { $source } သည် https:// လိပ်စာ သို့မဟုတ် စာရွက်စာတမ်း စာကြောင်း မဟုတ်ပါ။
}
override-error-language = "{ $id }", ဘာသာ "{ $lang }"- { $problem ->
    [tag] ဘာသာကုဒ် ရေးပုံ မှားသည် (ဥပမာ vi, pt, fil)။
    [unbacked] ဤဘာသာ ပြောသော ဆက်သွယ်ရန် မရှိ၊ စကားပြန်လည်း မရှိပါ။
   *[other] languages တွင် မပါသေးပါ; ထည့်ပါ။
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = အက်ပ်တွင် မရှိသောအရာ (ဘာသာစကား၊ မေးခွန်း၊ အဖြေ၊ ဖြစ်ရပ်၊ ကာလ သို့မဟုတ် စစ်ထုတ်မှု) ကို တောင်းဆိုခဲ့သည်။
ui-error-no-content = အက်ပ်၏ ပါဝင်ပြီးသား ဒေတာသည် စစ်ဆေးမှုကို မအောင်မြင်သဖြင့် ဤအရာကို မပြနိုင်ပါ။
ui-error-log = မှတ်တမ်းဖိုင်ကို ဖတ်ခြင်း သို့မဟုတ် ရေးခြင်း မပြုနိုင်ခဲ့ပါ။
ui-error-settings = ဆက်တင်အချို့ကို လက်မခံသဖြင့် မည်သည့်အရာမျှ မသိမ်းဆည်းရသေးပါ။
ui-error-desktop = ဤကွန်ပျူတာက မလုပ်နိုင်ခဲ့ပါ (ဒိုင်ယာလော့ဂ်၊ ပုံနှိပ်ခြင်း သို့မဟုတ် ဖွင့်ရန် ပရိုဂရမ်)။

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = အက်ပ်အတွင်း မမျှော်လင့်ထားသော ပြဿနာတစ်ခု ဖြစ်ခဲ့သည်။
ui-error-todo = «ထပ်ကြိုးစားရန်» ကို နှိပ်ပါ သို့မဟုတ် စတင်မျက်နှာပြင်သို့ ပြန်သွားပါ။ ဆက်ဖြစ်နေပါက အောက်ပါအသေးစိတ်ကို စီမံခန့်ခွဲသူထံ ပြပါ။
ui-error-retry = ထပ်ကြိုးစားရန်

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = မစစ်ဆေးရသေးသော ဘာသာပြန်
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = ဤစာရွက်သည် စက်ဖြင့် ဘာသာပြန်ထားခြင်းဖြစ်ပြီး မစစ်ဆေးရသေးပါ။ နားမလည်သည်များရှိပါက ဝန်ထမ်းကို မေးပါ။

## About (package)
settings-about-title = Madoguchi အကြောင်း
settings-about-version = ဗားရှင်း
settings-about-data-date = လမ်းညွှန် ဒေတာ ရက်စွဲ (နောက်ဆုံး အတည်ပြုထားသော ရင်းမြစ်)
