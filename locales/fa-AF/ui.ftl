### Screen and terminal texts (fa-AF, Dari) — AI draft from the Japanese reference, not reviewed

option-unknown = نمی‌دانم / نمی‌خواهم بگویم
priority-emergency = عاجل
priority-urgent = فوری
priority-standard = عادی
local-service-hours = ساعات کاری را در یادداشت‌های همین دفتر ببینید.
local-service-expect = یک مرجع محلی که این دفتر اضافه کرده است.
check-before-use = پیش از استفاده بررسی کنید: این معلومات کهنه یا تأیید نشده است.
list-separator = { "، " }
locale-status-reference = زبان مرجع
locale-status-reviewed = ترجمهٔ بازبینی‌شده
locale-status-draft = پیش‌نویس ترجمه (بازبینی نشده)
assured-on = بررسی شده در { $date }
contact-in-person-local = به صورت حضوری در نزدیک‌ترین دفتر (در هر منطقه فرق می‌کند)
language-fit-native = شمارهٔ تماسی هست که کارمندان آن به { $language } صحبت می‌کنند
language-fit-interpreter = این مرجع ترجمان فراهم می‌کند (مثلاً تماس سه‌جانبه)، پس می‌توان به { $language } صحبت کرد
language-fit-unknown = منابع نمی‌گویند که آیا می‌توان به { $language } صحبت کرد یا نه
language-fit-none = به { $language } در دسترس نیست (منابع فقط زبان‌های دیگر را نام می‌برند)
language-fit-contact = به { $language }، اول از این شمارهٔ تماس استفاده کنید
language-fit-advice = اگر نمی‌توان به { $language } صحبت کرد، کارمند همراه با مراجعه‌کننده تماس می‌گیرد و به جاپانی توضیح می‌دهد. اگر مرجع ترجمه فراهم می‌کند (مثلاً تماس سه‌جانبه)، آن را درخواست کنید.
ui-card-language-fit = پشتیبانی زبانی
directory-fit-language = زبان مراجعه‌کننده (پشتیبانی زبانی برای آن نشان داده می‌شود)

## madoguchi walk

walk-title = مشوره (کارمند: { $staff } / مراجعه‌کننده: { $client })
walk-choose-one = یک شماره بنویسید.
walk-choose-many = همهٔ شماره‌های مربوط را بنویسید و با فاصله جدا کنید.
walk-back-hint = برای برگشت به سؤال قبلی 0 را بنویسید.
walk-invalid = این شماره را نمی‌توان انتخاب کرد. لطفاً دوباره کوشش کنید.
walk-progress = سؤال { $number }
walk-results = مراجع ارجاع
walk-no-referrals = هیچ مرجع ارجاعی نیست.
walk-why = دلیل
walk-source = منبع
walk-hours = ساعات کاری
walk-ended = ورودی تمام شد، پس مشوره متوقف شد. هیچ چیزی ذخیره نشد.

## madoguchi route (for people)

route-heading = { $count ->
    [one] یک مرجع ارجاع
   *[other] { $count } مرجع ارجاع
}
route-rules = قواعد: { "\u2068" }{ $rules }{ "\u2069" }

## Desktop app

# The emergency numbers strip, always shown
ui-strip-label = شماره‌های عاجل
ui-strip-police = پولیس 110
ui-strip-ambulance = امبولانس و آتش‌نشانی 119
ui-hide = پنهان کردن صفحه
ui-keys-help = با کلیدهای شماره 1–9 انتخاب کنید. Backspace یا Alt+← برای برگشت. دو بار Esc را فشار دهید تا صفحه خالی و مشوره فوراً پاک شود.

# Start screen
ui-start-title = شروع مشوره
ui-start-staff-lang = زبان کارمند
ui-start-client-lang = زبان مراجعه‌کننده
ui-start-mode = نوع مشوره
ui-mode-live = مشورهٔ واقعی
ui-mode-training = تمرین (در احصائیه حساب نمی‌شود)
ui-start-privacy = تا وقتی «ذخیره» را فشار ندهید، هیچ چیزی ثبت نمی‌شود. فقط دسته‌بندی‌هایی ذخیره می‌شوند که هیچ کس را شناسایی نمی‌کنند.
ui-start-begin = مشوره را شروع کنید

# Question screen
app-progress = سؤال { $number } از حدود { $total }
ui-choose-many = همهٔ موارد مربوط را انتخاب کنید، بعد «بعدی» را فشار دهید.
ui-back = برگشت
ui-error-title = این کار انجام نشد
ui-error-what = به صفحهٔ شروع برگردید و دوباره کوشش کنید. اگر باز هم تکرار شد، جزئیات پایین را به مسئول این دفتر نشان دهید.
ui-error-detail = جزئیات (برای مسئول این دفتر):
ui-error-back = برگشت به صفحهٔ شروع
ui-next = بعدی
ui-emergency-title = همین حالا تماس بگیرید

# Result screen
ui-result-title = مراجع ارجاع
ui-result-none = این جواب‌ها به هیچ مرجع ارجاعی نمی‌رسند.
ui-result-answers = جواب‌های داده‌شده
ui-result-slip = نشان دادن ورقهٔ ارجاع
ui-result-save = ذخیره و ختم
ui-card-contact = شمارهٔ تماس
ui-contact-open-failed = این کمپیوتر نتوانست آن را باز کند. شماره را با دست بگیرید یا آنچه نشان داده شده را تایپ کنید.
ui-card-hours = ساعات کاری
ui-card-free-call = هزینهٔ تماس
ui-free-call-yes = رایگان
ui-free-call-no = پولی
ui-free-call-partly = قسماً رایگان
ui-free-call-unconfirmed = تأیید نشده
ui-card-anonymous = تماس بدون گفتن نام
ui-anonymous-yes = ممکن است
ui-anonymous-no = ممکن نیست
ui-anonymous-partly = بستگی دارد
ui-anonymous-unconfirmed = تأیید نشده
ui-card-languages = زبان‌ها
ui-languages-unconfirmed = (زبان‌ها تأیید نشده)
ui-card-expect = چه انتظاری داشته باشید
ui-card-why = دلیل این ارجاع
ui-card-source = منبع:
ui-card-checked = تاریخ بررسی معلومات

# Referral slip
ui-slip-title = ورقهٔ ارجاع
ui-slip-intro = می‌توانید با مراجع زیر تماس بگیرید. مشوره رایگان است؛ اینکه خود تماس رایگان است یا نه، برای هر مرجع نوشته شده است.
ui-slip-print = چاپ

# Save screen
ui-save-title = ذخیرهٔ سابقه
ui-save-training = به عنوان سابقهٔ تمرینی ذخیره می‌شود. در احصائیه حساب نمی‌شود.
ui-save-privacy = هیچ نام، معلومات تماس، آدرس، تاریخ تولد یا متن آزاد ذخیره نمی‌شود.
ui-save-outcome = نتیجه
ui-outcome-referred = ارجاع شد
ui-outcome-referred_with_handover = ارجاع و تحویل داده شد
ui-outcome-information_only = فقط معلومات
ui-outcome-client_declined = مراجعه‌کننده نپذیرفت
ui-outcome-interrupted = قطع شد
ui-save-interpreter = از ترجمان استفاده شد
ui-save-consent = مراجعه‌کننده با تحویل موافقت کرد
ui-save-region = منطقهٔ تابعیت (برای احصائیه؛ هیچ کشوری ثبت نمی‌شود)
ui-region-none = جواب نداده / معلوم نیست
ui-region-east_asia = آسیای شرقی
ui-region-southeast_asia = آسیای جنوب شرقی
ui-region-south_asia = آسیای جنوبی
ui-region-central_asia = آسیای میانه
ui-region-middle_east = شرق میانه
ui-region-europe = اروپا
ui-region-north_america = امریکای شمالی
ui-region-latin_america = امریکای لاتین
ui-region-africa = افریقا
ui-region-oceania = اقیانوسیه
ui-save-submit = ذخیره و پاک کردن صفحه
ui-save-unavailable = ذخیره ممکن نیست، چون فایل ثبت قابل استفاده نیست. ارجاع‌ها هنوز کار می‌کنند.
ui-save-error-consent = «تحویل داده شد» به موافقت مراجعه‌کننده نیاز دارد.
ui-save-error-no-referral = هیچ مرجع ارجاعی نیست، پس «ارجاع شد» را نمی‌توان انتخاب کرد.
ui-save-error-data = این مشوره ذخیره نشد.
ui-save-error-log = فایل ثبت نوشته نشد. با مسئول تماس بگیرید.
ui-saved = ذخیره شد. مشوره از صفحه پاک شد.
ui-blank-title = صفحه پنهان است
ui-new-consultation = شروع مشورهٔ جدید

# Problems found at startup
ui-problem-file = فایل:
ui-problem-details = مشکلات پیدا شده
ui-problem-todo = چه باید کرد
ui-problem-continue = فهمیدم، ادامه
ui-problem-override-title = فایل تغییرات محلی اشتباه دارد
ui-problem-override-what = مراجع محلی که این دفتر اضافه یا تغییر داده، بار نشدند. فقط مراجع سراسری نشان داده می‌شوند.
ui-problem-override-todo = با مسئول تماس بگیرید تا سطرهای بالا را اصلاح کند (برای بررسی: madoguchi validate --override FILE). بعد برنامه را دوباره شروع کنید.
ui-problem-settings-title = فایل تنظیمات اشتباه دارد
ui-problem-settings-what = فایل تنظیمات خوانده نشد؛ تنظیمات پیش‌فرض استفاده می‌شوند (مانند پاک کردن بعد از 5 دقیقه بی‌کاری).
ui-problem-settings-todo = با مسئول تماس بگیرید تا سطرهای بالا را اصلاح کند. بعد برنامه را دوباره شروع کنید.
ui-problem-log-title = سوابق ذخیره نمی‌شوند
ui-problem-log-damaged = فایل ثبت خراب است، پس فقط برای خواندن باز شد.
ui-problem-log-not-a-log = در جای فایل ثبت، فایل یک برنامهٔ دیگر است. فقط برای خواندن باز شد.
ui-problem-log-newer-schema = فایل ثبت با نسخهٔ جدیدتر Madoguchi ساخته شده است. فقط برای خواندن باز شد.
ui-problem-log-unavailable = فایل ثبت باز نشد.
ui-problem-log-todo = مشوره‌ها و ارجاع‌ها کار می‌کنند، اما هیچ چیزی ذخیره نمی‌شود. فایل را حذف نکنید؛ با مسئول تماس بگیرید، او آن را به جای امن منتقل می‌کند و برنامه را دوباره شروع می‌کند.
ui-problem-data-title = معلومات برنامه خراب است
ui-problem-data-what = معلومات داخلی برنامه از بررسی رد شد، پس هیچ مشوره‌ای شروع نمی‌شود.
ui-problem-data-todo = برنامه را دوباره نصب کنید. اگر فایده نکرد، با مسئول تماس بگیرید.

## Training

train-title = قضیهٔ تمرینی: { $case } ({ $difficulty })
train-vignette = برای کسی که نقش مراجعه‌کننده را بازی می‌کند ({ $lang }):
train-start = حالا مشوره را مثل همیشه پیش ببرید.
train-debrief = مرور
train-score = مراجع ارجاع مورد انتظار که داده شد: { $hit } از { $expected }
train-hit = طبق انتظار داده شد
train-missed = از دست رفت
train-must-not = داده شد، اما نباید داده می‌شد
train-extra = لازم نبود (ضرری ندارد)
train-none = (هیچ)
train-emergency = عاجل
train-emergency-not-needed = این قضیه به ارجاع عاجل نیاز ندارد، و هیچ ارجاع عاجلی داده نشد.
train-emergency-handled = اول رسیدگی شد: اول دربارهٔ خطر پرسیده شد، و { $services } اول آمد.
train-emergency-missed = از دست رفت: این قضیه اول به { $services } نیاز دارد.
train-emergency-not-first = { $services } داده شد، اما سؤال خطر اولین سؤالی نبود که جواب داده شد.
train-emergency-unneeded = یک شمارهٔ عاجل داده شد که این قضیه به آن نیاز ندارد.
train-mattered = سؤال‌هایی که اهمیت داشتند
train-mattered-lost = بدون این جواب، این‌ها نمی‌بودند: { $services }
train-mattered-gained = بدون این جواب، این‌ها اضافه می‌شدند: { $services }
train-mattered-priority = بدون این جواب، اولویت این‌ها تغییر می‌کرد: { $services }
train-answer-differed = جواب شما با قضیه فرق داشت.
train-expected = دلیل هر ارجاع مورد انتظار
train-given = داده شد
train-not-given = داده نشد
train-passed = موفق: هیچ چیزی از دست نرفت، هیچ چیز نادرستی داده نشد، موارد عاجل رسیدگی شد.
train-review = نکات بالا را با مربی مرور کنید.
train-notes = یادداشت‌های آموزشی
train-list-heading = قضیه‌های تمرینی ({ $count })
train-difficulty-intro = مقدماتی
train-difficulty-intermediate = متوسط
train-difficulty-advanced = پیشرفته
train-saved = نتیجهٔ این تمرین در { "\u2068" }{ $path }{ "\u2069" } ذخیره شد (جدا از سوابق واقعی؛ هیچ نامی ذخیره نمی‌شود).
train-route-trafficking = قاچاق انسان
train-route-sexual_crime_8103 = جرایم جنسی (#8103)
train-route-child_189 = بدرفتاری با کودک (189)
train-route-one_stop = مرکز حمایت یک‌جا
train-route-iom_return = حمایت بازگشت IOM
train-route-immigration = مهاجرت
train-route-labour = کار
train-route-residence = وضعیت اقامت
train-route-discrimination = تبعیض
train-route-online_images = تصاویر آنلاین
train-route-domestic_violence = خشونت خانوادگی
train-route-emergency = عاجل (110/119)
train-route-unknown_answers = جواب‌های نامعلوم

## Directory screen

directory-open-now = حالا باز است (24 ساعته یا آنلاین)
directory-open-unknown = نامعلوم — ساعات کاری را بررسی کنید
directory-origin-shipped = همراه برنامه
directory-origin-overridden = تغییر داده شده توسط این دفتر
directory-origin-local = اضافه شده توسط این دفتر
directory-title = فهرست مراجع
directory-search = جستجو (نام یا شرح)
directory-concern = مشکل
directory-language = زبان
directory-any = همه
directory-free-call = فقط تماس رایگان
directory-anonymous = فقط بدون نام
directory-open-only = فقط آن‌هایی که حالا باز هستند
directory-shown = مراجع نشان داده شده
directory-none = هیچ مرجعی با این شرایط مطابقت ندارد.
directory-reachable = حالا باز است
directory-sources = منابع
directory-confidence = میزان اطمینان
directory-confidence-high = بلند
directory-confidence-medium = متوسط
directory-confidence-low = پایین
directory-confidence-unconfirmed = تأیید نشده
directory-serves = برای چه کسانی
directory-origin = منشأ معلومات

# Records screen
records-title = سوابق ذخیره‌شده
records-note = فقط مشوره‌های واقعی، جدیدترین اول؛ سوابق تمرینی نشان داده نمی‌شوند. هر سابقه فقط دسته‌بندی دارد: هیچ چیزی که کسی را شناسایی کند.
records-total = سوابق
records-none = هنوز هیچ سابقه‌ای ذخیره نشده است.
records-unavailable = فایل ثبت خوانده نمی‌شود، پس هیچ سابقه‌ای نشان داده نمی‌شود.
records-referrals = ارجاع شده به
records-no-referrals = بدون ارجاع
records-previous = صفحهٔ قبلی
records-next = صفحهٔ بعدی
records-page = صفحه

# Reports screen: categories and dimensions the flow does not label
report-month = ماه
report-total = مجموع
report-unknown = نامعلوم
report-not-applicable = مربوط نیست (مراجعه‌کنندهٔ جاپانی)
report-no-service = بدون ارجاع
report-yes = بلی
report-no = نخیر
report-outcome-referred = ارجاع شد
report-outcome-referred_with_handover = ارجاع و تحویل داده شد
report-outcome-information_only = فقط معلومات
report-outcome-client_declined = مراجعه‌کننده نپذیرفت
report-outcome-interrupted = قطع شد
report-region-east_asia = آسیای شرقی
report-region-southeast_asia = آسیای جنوب شرقی
report-region-south_asia = آسیای جنوبی
report-region-central_asia = آسیای میانه
report-region-middle_east = شرق میانه
report-region-europe = اروپا
report-region-north_america = امریکای شمالی
report-region-latin_america = امریکای لاتین
report-region-africa = افریقا
report-region-oceania = اقیانوسیه
report-dimension-age_group = گروه سنی
report-dimension-gender = جنسیت
report-dimension-nationality = تابعیت
report-dimension-region = منطقهٔ تابعیت
report-dimension-residence = وضعیت اقامت
report-dimension-concern = مشکل
report-dimension-danger = در خطر
report-dimension-service = مرجع ارجاع
report-dimension-outcome = نتیجه
report-dimension-handover_consent = موافقت با تحویل
report-dimension-interpreter = ترجمان
report-dimension-staff_lang = زبان کارمند
report-dimension-client_lang = زبان مراجعه‌کننده
report-dimension-desk = دفتر

## Reports screen

reports-title = گزارش‌ها
reports-note = تعداد مشوره‌های واقعی به تفکیک ماه؛ تمرین‌ها هرگز حساب نمی‌شوند. تعدادهای کوچک پنهان می‌شوند، و همچنین هر خانهٔ دیگری که از آن بتوان یک تعداد پنهان را حساب کرد.
reports-dimension = شمارش بر اساس
reports-second-dimension = سپس بر اساس
reports-no-second = هیچ چیز دیگر
reports-loading = در حال شمارش…
reports-records = مشوره‌ها در این دوره
reports-empty = در این دوره هیچ مشوره‌ای ذخیره نشد.
reports-unavailable = فایل ثبت خوانده نمی‌شود، پس چیزی برای گزارش نیست.
reports-bar-title = کل دوره
reports-line-title = ماه به ماه
reports-line-note = مجموع و دسته‌هایی که بیشترین تعداد را دارند. فاصله در یک خط یعنی تعداد پنهان.
reports-table-title = جدول
reports-month-table = ماه
reports-hidden = پنهان
reports-axis-count = مشوره‌ها
reports-export = صادر کردن به شکل CSV…
reports-export-dialog = گزارش را به شکل فایل CSV ذخیره کنید
reports-export-filter = فایل CSV
reports-exported = ذخیره شد در
reports-export-records = مشوره‌های شمرده‌شده
reports-export-cancelled = هیچ چیزی ذخیره نشد.
reports-export-failed = گزارش ذخیره نشد:

## Settings screen

settings-title = تنظیمات
settings-note = این تنظیمات فقط در پوشهٔ معلومات همین کمپیوتر نگهداری می‌شوند.
settings-data-dir = پوشهٔ معلومات
settings-desk = رمز دفتر
settings-staff-lang = زبان کارمند در شروع
settings-client-lang = زبان مراجعه‌کننده در شروع
settings-idle = پاک کردن مشورهٔ باز بعد از این تعداد ثانیه بدون ورودی
settings-retention = نگهداری سوابق برای این تعداد سال
settings-save = ذخیرهٔ تنظیمات
settings-saved = تنظیمات ذخیره شد.
settings-not-saved = تنظیمات ذخیره نشد:
settings-error-idle = زمان بی‌کاری باید یک عدد کامل ثانیه از 2 تا 3600 باشد.
settings-error-retention = سوابق باید از 1 تا 10 سال نگهداری شوند.
settings-error-language = این زبان در دسترس نیست.
settings-error-write = فایل تنظیمات نوشته نشد:
settings-log = ثبت ارجاع‌ها
settings-log-writable = کار می‌کند: مشوره‌ها ذخیره می‌شوند.
settings-log-closed = فقط خواندنی: هیچ چیزی ذخیره یا حذف نمی‌شود (پیامی را که در شروع نشان داده شد ببینید).
settings-log-records = سوابق در فایل ثبت
settings-purge-title = حذف سوابق کهنه
settings-purge-cutoff = سوابق پیش از این روز حذف می‌شوند
settings-purge-count = سوابقی که حذف می‌شوند
settings-purge-training = نتایج تمرینی که حذف می‌شوند
settings-purge-button = حذف سوابق کهنه…
settings-purge-yes = بلی، حذف شوند
settings-purge-no = لغو
settings-purge-done = سوابق حذف‌شده
settings-purge-nothing = هیچ سابقه‌ای کهنه‌تر از مدت نگهداری نیست.
settings-purge-failed = سوابق حذف نشدند:
settings-purge-changed = هیچ چیزی حذف نشد: تعدادها بعد از بررسی شما تغییر کردند (مثلاً تاریخ عوض شد). تعدادهای جدید را بررسی کنید، بعد دوباره حذف کنید.
settings-override-title = فایل تغییرات محلی
settings-override-path = فایل
settings-override-absent = فایل تغییرات وجود ندارد: فهرست همراه برنامه استفاده می‌شود.
settings-override-loaded = خوانده شد و معتبر است: در حال استفاده.
settings-override-invalid = نامعتبر است، پس استفاده نمی‌شود: به جای آن فهرست همراه برنامه استفاده می‌شود. این سطرها را اصلاح کنید، بعد برنامه را دوباره شروع کنید.
settings-override-local = مراجعی که این دفتر اضافه کرده
settings-override-changed = مراجعی که این دفتر تغییر داده
settings-check-title = بررسی معلومات
settings-check-ok = همهٔ بررسی‌ها موفق بود.
settings-check-failed = مشکلاتی پیدا شد:
settings-check-questions = سؤال‌ها
settings-check-rules = قواعد
settings-check-services = مراجع
settings-check-languages = زبان‌ها
settings-check-again = دوباره بررسی کنید
settings-check-restart = فایل تغییرات بعد از تغییر، پس از شروع دوبارهٔ برنامه استفاده می‌شود.
ui-keys-tools = در این صفحه: Alt+D فهرست، Alt+R سوابق ذخیره‌شده، Alt+T گزارش‌ها، Alt+S تنظیمات.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: نشان داده نمی‌شود. کمتر از { $k } در یکی از ماه‌های سال مالی (با صفر)، یا پنهان شده تا چنین تعدادی حساب نشود.
reports-period = دوره
reports-period-fiscal-years = سال‌های مالی (اپریل تا مارچ)
reports-period-quarters = ربع‌ها
reports-period-months = ماه‌ها
reports-fiscal-year = سال مالی { $year } (اپریل–مارچ)
reports-fiscal-quarter = سال مالی { $year } ربع { $quarter }
reports-period-note = احصائیه فقط برای ماه‌ها، ربع‌ها و سال‌های مالی نشر می‌شود، هرگز برای دوره‌های دیگر: وگرنه یک تعداد پنهان را می‌توان با کم کردن یک دوره از دورهٔ دیگر حساب کرد.
ui-problem-log-empty = فایل ثبت خالی است (0 بایت): آنچه در آن بود از بین رفته است. به ثبت جدید تبدیل نشد؛ فقط برای خواندن باز شد.
ui-problem-log-cannot-write = در فایل ثبت یا پوشهٔ آن اینجا نوشته نمی‌شود (اجازه نیست، یا دیسک فقط خواندنی است). فایل خراب نیست؛ فقط برای خواندن باز شد.
ui-problem-log-cannot-write-todo = مشوره‌ها و ارجاع‌ها کار می‌کنند، اما هیچ چیزی ذخیره نمی‌شود. با مسئول تماس بگیرید، او این پوشه و فایل را قابل نوشتن می‌کند و برنامه را دوباره شروع می‌کند.
ui-problem-set-aside-title = فایلی که کنار ثبت بود کنار گذاشته شد
ui-problem-set-aside-what = کنار فایل ثبت یک فایل موقت (WAL یا journal) بود که به این ثبت تعلق ندارد. برای اینکه در ثبت نوشته نشود، خوانده نشد: نام آن تغییر داده شد و در همان پوشه ماند. ثبت تغییر نکرده و ذخیره کار می‌کند.
ui-problem-set-aside-todo = فایل منتقل‌شده را حذف نکنید. با مسئول تماس بگیرید، او می‌فهمد که از کجا آمده است (ثبت یک دفتر دیگر، یک نسخهٔ پشتیبان).
records-month = ماه
settings-desk-code-help = رمزی که هماهنگ‌کننده به این دفتر می‌دهد و با هر مشوره ذخیره می‌شود: مثلاً “shinjuku-2f” یا “window-3”. فقط حروف کوچک لاتین a–z، رقم‌ها (1 تا 4) و خط تیره. هرگز نام یک شخص نباشد.
settings-error-desk-code = این رمز دفتر نیست. از حروف کوچک لاتین a–z، رقم‌ها و خط تیره استفاده کنید، حداکثر 32 حرف، که با حرف یا رقم شروع شود و حداقل 1 و حداکثر 4 رقم داشته باشد (مثلاً “window-3”). نام یک شخص نمی‌تواند رمز دفتر باشد.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = سوابق کهنه حذف شوند؟
settings-purge-dialog = { $records } سابقه و { $training } نتیجهٔ تمرینی از پیش از { $cutoff } حذف می‌شوند. این کار برگشت ندارد.
settings-purge-cancelled = هیچ چیزی حذف نشد.
settings-retention-dialog-title = سوابق برای سال‌های کمتر نگهداری شوند؟
settings-retention-dialog = سوابق به جای { $from } سال، برای { $to } سال نگهداری می‌شوند. آن وقت حذف سوابق کهنه { $records } سابقه و { $training } نتیجهٔ تمرینی از پیش از { $cutoff } را حذف می‌کند.
settings-retention-dialog-uncounted = سوابق به جای { $from } سال، برای { $to } سال نگهداری می‌شوند. آن وقت حذف سوابق کهنه سوابق بیشتری از قبل را حذف می‌کند.
settings-retention-dialog-yes = بلی، برای سال‌های کمتر نگهداری شوند
settings-error-retention_not_confirmed = مدت نگهداری کوتاه نشد (در تأیید «لغو» انتخاب شد)، پس هیچ چیزی ذخیره نشد.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = شماره‌های عاجل مانند 110 و 119 را این فایل نمی‌تواند تغییر دهد. آن موارد را حذف کنید.
ui-override-error-duplicate = یک مرجع (id) دو بار نوشته شده است. یکی را نگه دارید.
ui-override-error-entry = شناسه (id)، شمارهٔ تماس (شمارهٔ تیلفون، کد شماره‌گیری، آدرس https)، نام (label) یا زبان‌های یک مرجع معتبر نیست.
ui-override-error-encoding = فایل با UTF-8 ذخیره نشده است. آن را دوباره با UTF-8 ذخیره کنید.

## desk: command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = از برنامه چیزی خواسته شد که ندارد (یک زبان، سؤال، جواب، واقعه، دوره یا فلتر).
ui-error-no-content = معلومات داخلی برنامه از بررسی‌ها نگذشت، بنابراین این نشان داده نمی‌شود.
ui-error-log = فایل ثبت خوانده یا نوشته نشد.
ui-error-settings = بعضی تنظیمات پذیرفته نشد، بنابراین هیچ چیزی ذخیره نشد.
ui-error-desktop = این کمپیوتر نتوانست این کار را انجام دهد (یک پنجرهٔ گفتگو، چاپ، یا برنامه‌ای برای باز کردن آن).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = در داخل برنامه یک مشکل غیرمنتظره پیش آمد.
ui-error-todo = «دوباره کوشش کنید» را فشار دهید یا به صفحهٔ شروع برگردید. اگر باز هم تکرار شد، جزئیات پایین را به مسئول این دفتر نشان دهید.
ui-error-retry = دوباره کوشش کنید

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = ترجمهٔ بررسی‌نشده
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = این ورقه با ماشین ترجمه شده و هنوز بررسی نشده است. اگر چیزی روشن نیست، از کارمندان بپرسید.

## coord: the site override in the desk's own words, the yearly check
card-japanese-only = (فقط به جاپانی)
directory-review-due = بیش از { $months } ماه است که بررسی نشده: شماره و ساعات کاری را تأیید کنید.
settings-review = فاصلهٔ بازبینی فهرست (ماه)
settings-error-review = فاصلهٔ بازبینی از 1 تا 60 ماه است.
settings-review-due = مراجعی که آخرین بررسی آن‌ها کهنه‌تر از این فاصله است
settings-review-help = فهرست را با madoguchi directory review --out review.csv بنویسید؛ نتایج را با --apply دوباره در فایل تغییرات بنویسید.
settings-override-create = ساختن فایل تغییرات از روی نمونه
settings-override-created = فایل تغییرات از روی نمونهٔ توضیح‌دار ساخته شد. آن را ویرایش کنید، «دوباره بررسی کنید» را فشار دهید، بعد برنامه را دوباره شروع کنید.
settings-override-create-failed = فایل تغییرات ساخته نشد:
override-error-line = { "\u2068" }{ $file }{ "\u2069" }:{ $line }: { "\u2068" }{ $message }{ "\u2069" }
override-error-syntax = این سطر به عنوان TOML خوانده نمی‌شود. ببینید که علامهٔ بستهٔ " یا [ ] یا { "{" } { "}" } جا نمانده باشد و "=" درست نوشته شده باشد.
override-error-unknown-key = کلیدی به نام { "\u2068" }{ $key }{ "\u2069" } وجود ندارد. کلیدهای یک مورد: { "\u2068" }{ $keys }{ "\u2069" }
override-error-value = مقدار { "\u2068" }{ $value }{ "\u2069" } برای «{ "\u2068" }{ $field }{ "\u2069" }» قابل استفاده نیست. { $choices ->
    [none] برای طرز نوشتن آن، نمونهٔ data/site-override.example.toml را ببینید.
   *[other] مقدارها: { "\u2068" }{ $choices }{ "\u2069" }
}
override-error-missing = مرجع «{ "\u2068" }{ $id }{ "\u2069" }» این‌ها را ندارد: { "\u2068" }{ $fields }{ "\u2069" }
override-error-date = تاریخ { "\u2068" }{ $value }{ "\u2069" } تاریخ نیست: سال-ماه-روز بنویسید، مانند 2026-04-01.
override-error-duplicate = مرجع { "\u2068" }{ $id }{ "\u2069" } در سطر { $first } همین فایل هم آمده است. یکی را نگه دارید.
override-error-emergency = «{ "\u2068" }{ $id }{ "\u2069" }» یک مرجع عاجل مانند 110 یا 119 است: این فایل نمی‌تواند آن را تغییر دهد. این مورد را حذف کنید.
override-error-emergency-with = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»: هیچ چیزی را نمی‌توان با مرجع عاجل «{ "\u2068" }{ $with }{ "\u2069" }» یکجا نوشت (refer_with).
override-error-contact = شمارهٔ تماس ردیف { $number } مرجع «{ "\u2068" }{ $id }{ "\u2069" }»، یعنی { "\u2068" }{ $value }{ "\u2069" }، { $kind ->
    [phone] شمارهٔ تیلفون نیست (مانند 03-1234-5678).
    [dial] کد شماره‌گیری نیست (مانند 110 یا #8103).
    [web] آدرسی نیست که با https:// شروع شود.
    [email] آدرس ایمیل نیست.
   *[other] «local» (نزدیک‌ترین دفتر) نیست.
}
override-error-empty = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»: «{ "\u2068" }{ $field }{ "\u2069" }» خالی است.
override-error-label = نام (label) مرجع «{ "\u2068" }{ $id }{ "\u2069" }» { $problem ->
    [empty] خالی است.
    [long] بیشتر از { $max } حرف است.
   *[other] یک حرف کنترلی دارد.
}
override-error-text = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»، «{ "\u2068" }{ $field }{ "\u2069" }»: { $problem ->
    [no-ja] متن جاپانی (ja) ندارد. برای هر زبانی که نوشته نشده، جاپانی نشان داده می‌شود، پس جاپانی لازمی است.
    [language] «{ "\u2068" }{ $lang }{ "\u2069" }» یکی از زبان‌های برنامه نیست. زبان‌ها: { "\u2068" }{ $langs }{ "\u2069" }
    [empty] متن «{ "\u2068" }{ $lang }{ "\u2069" }» خالی است.
    [long] متن «{ "\u2068" }{ $lang }{ "\u2069" }» بیش از حد دراز است.
    [both] هم label و هم name نوشته شده است؛ name را نگه دارید.
   *[other] متن «{ "\u2068" }{ $lang }{ "\u2069" }» یک حرف کنترلی دارد.
}
override-error-note = یادداشت { "\u2068" }{ $note }{ "\u2069" } در شمارهٔ تماس ردیف { $number } مرجع «{ "\u2068" }{ $id }{ "\u2069" }» یکی از متن‌های برنامه نیست. برای نوشتن آن به زبان خود دفتر: note = { "{" } ja = "平日のみ", en = "Weekdays only" { "}" }
override-error-shipped-local = مرجع «{ "\u2068" }{ $id }{ "\u2069" }» همراه برنامه است: label و refer_with فقط برای مراجعی است که دفتر اضافه می‌کند.
override-error-assured-by = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»: تاریخ بررسی (assured_date) به assured_by نیاز دارد، یعنی منبعی (یکی از sources) که با آن بررسی شده است.
override-error-service-id = { "\u2068" }{ $id }{ "\u2069" } نمی‌تواند شناسهٔ (id) مرجع باشد: اول یک حرف کوچک لاتین، بعد حداکثر 63 حرف کوچک لاتین، رقم یا "_".
override-error-local-needs = مرجع «{ "\u2068" }{ $id }{ "\u2069" }» همراه برنامه نیست: مرجعی که دفتر اضافه می‌کند به name (یا label) و refer_with نیاز دارد.
override-error-encoding = فایل با UTF-8 ذخیره نشده است ({ "\u2068" }{ $byte }{ "\u2069" } در بایت { $offset }). آن را دوباره با UTF-8 ذخیره کنید.
override-error-refer-with = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»: refer_with «{ "\u2068" }{ $with }{ "\u2069" }» مرجعی نیست که همراه برنامه باشد.
override-error-serves = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»: در اینکه به چه کسانی خدمت می‌کند (serves) یک مورد یا مقدار نامعلوم آمده است.
override-error-source = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»: { $source ->
    [none] منبعی (sources) ندارد.
   *[other] منبع { "\u2068" }{ $source }{ "\u2069" } نه آدرس https:// است و نه سطری از یک سند.
}
override-error-language = مرجع «{ "\u2068" }{ $id }{ "\u2069" }»، زبان «{ "\u2068" }{ $lang }{ "\u2069" }»: { $problem ->
    [tag] به شکل کد زبان نوشته نشده است (مانند vi، pt، fil).
    [unbacked] هیچ شمارهٔ تماسی به این زبان صحبت نمی‌کند و هیچ ترجمه‌ای آن را پوشش نمی‌دهد. آن را به languages یک شمارهٔ تماس اضافه کنید، ترجمه (interpretation) را شرح دهید، یا زبان را حذف کنید.
   *[other] در languages مرجع نیست؛ آن را اضافه کنید.
}

## About (package)
settings-about-title = درباره Madoguchi
settings-about-version = نسخه
settings-about-data-date = تاریخ معلومات رهنما (تاریخ تازه‌ترین منبع تأییدشده)
