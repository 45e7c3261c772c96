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
ui-next = ရှေ့သို့
ui-emergency-title = ယခုချက်ချင်း ဖုန်းဆက်ပါ
ui-result-title = လွှဲပြောင်းပေးမည့် နေရာများ
ui-result-none = ဤအဖြေများအတွက် လွှဲပြောင်းပေးရန် နေရာ မရှိပါ။
ui-result-answers = ဖြေဆိုချက်များ
ui-result-slip = လွှဲပြောင်းစာကို ပြရန်
ui-result-save = သိမ်းဆည်းပြီး ပြီးဆုံးရန်
ui-card-contact = ဆက်သွယ်ရန်
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
ui-slip-intro = အောက်ပါ နေရာများကို ဆက်သွယ်တိုင်ပင်နိုင်ပါသည်။ တိုင်ပင်ခြင်းသည် အခမဲ့ဖြစ်ပြီး လျှို့ဝှက်ချက်ကို ထိန်းသိမ်းပါသည်။
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

train-title = လေ့ကျင့်ရေး ဖြစ်ရပ် { $case } ({ $difficulty })
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

## Directory screen

directory-open-now = ယခု ဖွင့်ထားသည် (၂၄ နာရီ သို့မဟုတ် အွန်လိုင်း)
directory-open-unknown = မသိပါ — အချိန်ကို စစ်ဆေးပါ
directory-origin-shipped = မူလ
directory-origin-overridden = ဤနေရာမှ ပြင်ထားသည်
directory-origin-local = ဤနေရာမှ ထည့်ထားသည်

# Reports screen: categories and dimensions the flow does not label
report-month = လ
report-total = စုစုပေါင်း
report-unknown = မသိပါ
report-not-applicable = မသက်ဆိုင်ပါ (ဂျပန်နိုင်ငံသား)
report-no-service = လွှဲပြောင်းမှု မရှိ
report-suppressed = { $k } ထက်နည်း (မပြပါ)
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
