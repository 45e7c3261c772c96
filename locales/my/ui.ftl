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
