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
