### Screen and terminal texts (ar) — AI draft from the Japanese reference, not reviewed

option-unknown = لا أعرف / أفضّل عدم الإجابة
priority-emergency = طارئ
priority-urgent = عاجل
priority-standard = عادي
local-service-hours = راجع ساعات العمل في ملاحظات هذا المكتب.
local-service-expect = جهة اتصال محلية أضافها هذا المكتب.
check-before-use = تحقّق قبل الاستخدام: هذه المعلومات قديمة أو غير مؤكدة.
list-separator = { "، " }
locale-status-reference = اللغة المرجعية
locale-status-reviewed = ترجمة تمت مراجعتها
locale-status-draft = مسودة ترجمة (لم تتم مراجعتها)
assured-on = تم التحقق في { $date }
contact-in-person-local = حضورياً في أقرب مكتب (يختلف حسب المنطقة)
language-fit-native = يوجد رقم يرد عليه موظفون يتحدثون { $language }
language-fit-interpreter = توفّر الجهة مترجماً (مثلاً مكالمة ثلاثية)، لذلك يمكن استخدام { $language }
language-fit-unknown = لا تذكر المصادر ما إذا كان يمكن استخدام { $language }
language-fit-none = غير متاح بـ{ $language } (تذكر المصادر لغات أخرى فقط)
language-fit-contact = بـ{ $language }، استخدم هذا الرقم أولاً
language-fit-advice = إذا لم يكن ممكناً استخدام { $language }، يتصل الموظف مع صاحب الاستشارة معاً ويشرح باليابانية. وإذا كانت الجهة تقدّم ترجمة (مثلاً مكالمة ثلاثية)، فاطلبها.
ui-card-language-fit = الدعم اللغوي
directory-fit-language = لغة صاحب الاستشارة (يُعرض الدعم اللغوي لها)

## madoguchi walk

walk-title = استشارة (الموظف: { $staff } / صاحب الاستشارة: { $client })
walk-choose-one = اكتب رقماً.
walk-choose-many = اكتب كل الأرقام المناسبة، مفصولة بمسافات.
walk-back-hint = اكتب 0 للعودة إلى السؤال السابق.
walk-invalid = لا يمكن اختيار هذا الرقم. حاول مرة أخرى.
walk-progress = السؤال { $number }
walk-results = جهات الإحالة
walk-no-referrals = لا توجد جهات إحالة.
walk-why = السبب
walk-source = المصدر
walk-hours = ساعات العمل
walk-ended = انتهى الإدخال، فتوقفت الاستشارة. لم يُحفظ أي شيء.

## madoguchi route (for people)

route-heading = { $count ->
    [one] جهة إحالة واحدة
    [two] جهتا إحالة
   *[other] جهات الإحالة: { $count }
}
route-rules = القواعد: { "\u2068" }{ $rules }{ "\u2069" }

## Desktop app

# The emergency numbers strip, always shown
ui-strip-label = أرقام الطوارئ
ui-strip-police = الشرطة 110
ui-strip-ambulance = الإسعاف والإطفاء 119
ui-hide = إخفاء الشاشة
ui-keys-help = مفاتيح الأرقام 1–9 للاختيار. Backspace أو Alt+← للرجوع. اضغط Esc مرتين لإفراغ الشاشة ومسح الاستشارة فوراً.

# Start screen
ui-start-title = بدء استشارة
ui-start-staff-lang = لغة الموظف
ui-start-client-lang = لغة صاحب الاستشارة
ui-start-mode = نوع الاستشارة
ui-mode-live = استشارة حقيقية
ui-mode-training = تدريب (لا يُحسب في الإحصاءات)
ui-start-privacy = لا يُسجَّل شيء حتى تضغط «حفظ». تُحفظ فقط فئات لا تحدد هوية أي شخص.
ui-start-begin = ابدأ الاستشارة

# Question screen
app-progress = السؤال { $number } من حوالي { $total }
ui-choose-many = اختر كل ما ينطبق، ثم اضغط «التالي».
ui-back = رجوع
ui-error-title = تعذّر القيام بذلك
ui-error-what = ارجع إلى شاشة البداية وحاول مرة أخرى. إذا تكرر ذلك، فاعرض التفاصيل أدناه على المسؤول عن هذا المكتب.
ui-error-detail = التفاصيل (للمسؤول عن المكتب):
ui-error-back = العودة إلى شاشة البداية
ui-next = التالي
ui-emergency-title = اتصل الآن

# Result screen
ui-result-title = جهات الإحالة
ui-result-none = لا تؤدي هذه الإجابات إلى أي جهة إحالة.
ui-result-answers = الإجابات المقدَّمة
ui-result-slip = عرض ورقة الإحالة
ui-result-save = حفظ وإنهاء
ui-card-contact = جهة الاتصال
ui-contact-open-failed = لم يتمكن هذا الحاسوب من فتحه. اطلب الرقم أو اكتب ما هو معروض يدوياً.
ui-card-hours = ساعات العمل
ui-card-free-call = تكلفة المكالمة
ui-free-call-yes = مجانية
ui-free-call-no = بتكلفة
ui-free-call-partly = مجانية جزئياً
ui-free-call-unconfirmed = غير مؤكد
ui-card-anonymous = التواصل دون ذكر الاسم
ui-anonymous-yes = ممكن
ui-anonymous-no = غير ممكن
ui-anonymous-partly = حسب الحالة
ui-anonymous-unconfirmed = غير مؤكد
ui-card-languages = اللغات
ui-languages-unconfirmed = (اللغات غير مؤكدة)
ui-card-expect = ما يمكن توقعه
ui-card-why = سبب هذه الإحالة
ui-card-source = المصدر:
ui-card-checked = تاريخ التحقق من المعلومات

# Referral slip
ui-slip-title = ورقة الإحالة
ui-slip-intro = يمكنك التواصل مع الجهات التالية. الاستشارة مجانية، أما تكلفة المكالمة نفسها فهي مذكورة لكل جهة.
ui-slip-print = طباعة

# Save screen
ui-save-title = حفظ السجل
ui-save-training = يُحفظ كسجل تدريب. لا يُحسب في الإحصاءات.
ui-save-privacy = لا يُحفظ أي اسم أو بيانات اتصال أو عنوان أو تاريخ ميلاد أو نص حر.
ui-save-outcome = النتيجة
ui-outcome-referred = تمت الإحالة
ui-outcome-referred_with_handover = تمت الإحالة والتسليم
ui-outcome-information_only = تقديم معلومات فقط
ui-outcome-client_declined = رفض صاحب الاستشارة
ui-outcome-interrupted = انقطعت
ui-save-interpreter = تمت الاستعانة بمترجم
ui-save-consent = وافق صاحب الاستشارة على التسليم
ui-save-region = منطقة الجنسية (للإحصاءات؛ لا يُسجَّل البلد)
ui-region-none = لم يُجِب / غير معروف
ui-region-east_asia = شرق آسيا
ui-region-southeast_asia = جنوب شرق آسيا
ui-region-south_asia = جنوب آسيا
ui-region-central_asia = آسيا الوسطى
ui-region-middle_east = الشرق الأوسط
ui-region-europe = أوروبا
ui-region-north_america = أمريكا الشمالية
ui-region-latin_america = أمريكا اللاتينية
ui-region-africa = أفريقيا
ui-region-oceania = أوقيانوسيا
ui-save-submit = حفظ ومسح الشاشة
ui-save-unavailable = لا يمكن الحفظ لأن ملف السجل غير قابل للاستخدام. الإحالات تعمل مع ذلك.
ui-save-error-consent = «تم التسليم» يتطلب موافقة صاحب الاستشارة.
ui-save-error-no-referral = لا توجد جهة إحالة، لذلك لا يمكن اختيار «تمت الإحالة».
ui-save-error-data = تعذّر حفظ هذه الاستشارة.
ui-save-error-log = تعذّرت الكتابة في ملف السجل. تواصل مع المسؤول.
ui-saved = تم الحفظ. مُسحت الاستشارة من الشاشة.
ui-blank-title = الشاشة مخفية
ui-new-consultation = بدء استشارة جديدة

# Problems found at startup
ui-problem-file = الملف:
ui-problem-details = المشكلات التي وُجدت
ui-problem-todo = ما يجب فعله
ui-problem-continue = فهمت، متابعة
ui-problem-override-title = ملف التعديلات المحلية فيه أخطاء
ui-problem-override-what = لم تُحمَّل جهات الاتصال المحلية التي أضافها هذا المكتب أو عدّلها. تُعرض جهات الاتصال على المستوى الوطني فقط.
ui-problem-override-todo = تواصل مع المسؤول لإصلاح الأسطر أعلاه (للتحقق: madoguchi validate --override FILE). ثم أعد تشغيل التطبيق.
ui-problem-settings-title = ملف الإعدادات فيه أخطاء
ui-problem-settings-what = لم يُقرأ ملف الإعدادات؛ تُستخدم القيم الافتراضية (مثل المسح بعد 5 دقائق دون استخدام).
ui-problem-settings-todo = تواصل مع المسؤول لإصلاح الأسطر أعلاه. ثم أعد تشغيل التطبيق.
ui-problem-log-title = لا يمكن حفظ السجلات
ui-problem-log-damaged = ملف السجل تالف، لذلك فُتح للقراءة فقط.
ui-problem-log-not-a-log = في مكان ملف السجل ملف لبرنامج آخر. فُتح للقراءة فقط.
ui-problem-log-newer-schema = أُنشئ ملف السجل بإصدار أحدث من Madoguchi. فُتح للقراءة فقط.
ui-problem-log-unavailable = تعذّر فتح ملف السجل.
ui-problem-log-todo = الاستشارات والإحالات تعمل، لكن لا يمكن حفظ أي شيء. لا تحذف الملف؛ تواصل مع المسؤول، فهو ينقله إلى مكان آمن ويعيد تشغيل التطبيق.
ui-problem-data-title = بيانات التطبيق تالفة
ui-problem-data-what = فشلت البيانات المضمّنة في الفحص، لذلك لا يمكن بدء أي استشارة.
ui-problem-data-todo = أعد تثبيت التطبيق. إذا لم ينفع ذلك، فتواصل مع المسؤول.

## Training

train-title = حالة تدريبية: { $case } ({ $difficulty })
train-vignette = لمن يؤدي دور صاحب الاستشارة ({ $lang }):
train-start = الآن أجرِ الاستشارة كالمعتاد.
train-debrief = المراجعة
train-score = جهات الإحالة المتوقعة التي قُدّمت: { $hit } من { $expected }
train-hit = قُدّمت كما هو متوقع
train-missed = فاتت
train-must-not = قُدّمت، ولا يجب تقديمها
train-extra = غير ضرورية (لا ضرر)
train-none = (لا شيء)
train-emergency = الطوارئ
train-emergency-not-needed = هذه الحالة لا تحتاج إحالة طارئة، ولم تُقدَّم أي إحالة طارئة.
train-emergency-handled = عولجت أولاً: سُئل عن الخطر أولاً، وجاءت { $services } أولاً.
train-emergency-missed = فاتت: هذه الحالة تحتاج { $services } أولاً.
train-emergency-not-first = قُدّمت { $services }، لكن سؤال الخطر لم يكن أول سؤال أُجيب عنه.
train-emergency-unneeded = قُدّم رقم طوارئ لا تحتاجه هذه الحالة.
train-mattered = الأسئلة المؤثرة
train-mattered-lost = دون هذه الإجابة كانت ستغيب هذه الجهات: { $services }
train-mattered-gained = دون هذه الإجابة كانت ستُضاف هذه الجهات: { $services }
train-mattered-priority = دون هذه الإجابة كانت ستتغير أولوية هذه الجهات: { $services }
train-answer-differed = إجابتك تختلف عن الحالة.
train-expected = سبب كل جهة إحالة متوقعة
train-given = قُدّمت
train-not-given = لم تُقدَّم
train-passed = ناجح: لم يفُت شيء، ولم يُقدَّم شيء خاطئ، وعولجت الطوارئ.
train-review = راجع النقاط أعلاه مع المدرّب.
train-notes = ملاحظات تعليمية
train-list-heading = الحالات التدريبية ({ $count })
train-difficulty-intro = مبتدئ
train-difficulty-intermediate = متوسط
train-difficulty-advanced = متقدم
train-saved = حُفظت نتيجة هذا التمرين في { "\u2068" }{ $path }{ "\u2069" } (منفصلة عن السجلات الحقيقية؛ لا تُحفظ أسماء).
train-route-trafficking = الاتجار بالبشر
train-route-sexual_crime_8103 = الجرائم الجنسية (#8103)
train-route-child_189 = إساءة معاملة الأطفال (189)
train-route-one_stop = مركز الدعم الشامل
train-route-iom_return = دعم العودة من IOM
train-route-immigration = الهجرة
train-route-labour = العمل
train-route-residence = وضع الإقامة
train-route-discrimination = التمييز
train-route-online_images = الصور على الإنترنت
train-route-domestic_violence = العنف الأسري
train-route-emergency = الطوارئ (110/119)
train-route-unknown_answers = إجابات غير معروفة

## Directory screen

directory-open-now = مفتوح الآن (24 ساعة أو عبر الإنترنت)
directory-open-unknown = غير معروف — تحقّق من ساعات العمل
directory-origin-shipped = مرفق مع التطبيق
directory-origin-overridden = عدّله هذا المكتب
directory-origin-local = أضافه هذا المكتب
directory-title = دليل الجهات
directory-search = بحث (الاسم أو الوصف)
directory-concern = المشكلة
directory-language = اللغة
directory-any = الكل
directory-free-call = المكالمات المجانية فقط
directory-anonymous = دون ذكر الاسم فقط
directory-open-only = المفتوح الآن فقط
directory-shown = الجهات المعروضة
directory-none = لا توجد جهة تطابق هذه الشروط.
directory-reachable = مفتوح الآن
directory-sources = المصادر
directory-confidence = درجة الموثوقية
directory-confidence-high = عالية
directory-confidence-medium = متوسطة
directory-confidence-low = منخفضة
directory-confidence-unconfirmed = غير مؤكدة
directory-serves = الفئة المستهدفة
directory-origin = مصدر المعلومات

# Records screen
records-title = السجلات المحفوظة
records-note = الاستشارات الحقيقية فقط، الأحدث أولاً؛ لا تُعرض سجلات التدريب. يحتوي السجل على فئات فقط: لا شيء يحدد هوية أي شخص.
records-total = السجلات
records-none = لم يُحفظ أي سجل بعد.
records-unavailable = لا يمكن قراءة ملف السجل، لذلك لا يمكن عرض السجلات.
records-referrals = أُحيل إلى
records-no-referrals = لا إحالة
records-previous = الصفحة السابقة
records-next = الصفحة التالية
records-page = الصفحة

# Reports screen: categories and dimensions the flow does not label
report-month = الشهر
report-total = المجموع
report-unknown = غير معروف
report-not-applicable = لا ينطبق (صاحب استشارة ياباني)
report-no-service = لا إحالة
report-yes = نعم
report-no = لا
report-outcome-referred = تمت الإحالة
report-outcome-referred_with_handover = تمت الإحالة والتسليم
report-outcome-information_only = تقديم معلومات فقط
report-outcome-client_declined = رفض صاحب الاستشارة
report-outcome-interrupted = انقطعت
report-region-east_asia = شرق آسيا
report-region-southeast_asia = جنوب شرق آسيا
report-region-south_asia = جنوب آسيا
report-region-central_asia = آسيا الوسطى
report-region-middle_east = الشرق الأوسط
report-region-europe = أوروبا
report-region-north_america = أمريكا الشمالية
report-region-latin_america = أمريكا اللاتينية
report-region-africa = أفريقيا
report-region-oceania = أوقيانوسيا
report-dimension-age_group = الفئة العمرية
report-dimension-gender = الجنس
report-dimension-nationality = الجنسية
report-dimension-region = منطقة الجنسية
report-dimension-residence = وضع الإقامة
report-dimension-concern = المشكلة
report-dimension-danger = في خطر
report-dimension-service = جهة الإحالة
report-dimension-outcome = النتيجة
report-dimension-handover_consent = الموافقة على التسليم
report-dimension-interpreter = مترجم
report-dimension-staff_lang = لغة الموظف
report-dimension-client_lang = لغة صاحب الاستشارة
report-dimension-desk = المكتب

## Reports screen

reports-title = التقارير
reports-note = عدد الاستشارات الحقيقية حسب الشهر؛ لا تُحسب التمارين التدريبية أبداً. تُخفى الأعداد الصغيرة، وكذلك أي خانة أخرى يمكن منها استنتاج عدد مخفي.
reports-dimension = العدّ حسب
reports-second-dimension = ثم حسب
reports-no-second = لا شيء آخر
reports-loading = جارٍ العدّ…
reports-records = الاستشارات في الفترة
reports-empty = لم تُحفظ أي استشارة في هذه الفترة.
reports-unavailable = لا يمكن قراءة ملف السجل، لذلك لا يوجد ما يُبلَّغ عنه.
reports-bar-title = الفترة كاملة
reports-line-title = شهراً بشهر
reports-line-note = المجموع والفئات ذات الأعداد الأكبر. الفجوة في الخط عدد مخفي.
reports-table-title = الجدول
reports-month-table = الشهر
reports-hidden = مخفي
reports-axis-count = الاستشارات
reports-export = تصدير بصيغة CSV…
reports-export-dialog = حفظ التقرير كملف CSV
reports-export-filter = ملف CSV
reports-exported = حُفظ في
reports-export-records = الاستشارات المحسوبة
reports-export-cancelled = لم يُحفظ أي شيء.
reports-export-failed = تعذّر حفظ التقرير:

## Settings screen

settings-title = الإعدادات
settings-note = تُحفظ هذه الإعدادات في مجلد البيانات على هذا الحاسوب فقط.
settings-data-dir = مجلد البيانات
settings-desk = رمز المكتب
settings-staff-lang = لغة الموظف عند البدء
settings-client-lang = لغة صاحب الاستشارة عند البدء
settings-idle = مسح الاستشارة المفتوحة بعد هذا العدد من الثواني دون إدخال
settings-retention = الاحتفاظ بالسجلات لهذا العدد من السنوات
settings-save = حفظ الإعدادات
settings-saved = حُفظت الإعدادات.
settings-not-saved = لم تُحفظ الإعدادات:
settings-error-idle = يجب أن تكون مدة الخمول عدداً صحيحاً من الثواني من 2 إلى 3600.
settings-error-retention = يجب الاحتفاظ بالسجلات من سنة إلى 10 سنوات.
settings-error-language = هذه اللغة غير متاحة.
settings-error-write = تعذّرت كتابة ملف الإعدادات:
settings-log = سجل الإحالات
settings-log-writable = يعمل: يمكن حفظ الاستشارات.
settings-log-closed = للقراءة فقط: لا يمكن حفظ أو حذف أي شيء (انظر الرسالة المعروضة عند البدء).
settings-log-records = السجلات في الملف
settings-purge-title = حذف السجلات القديمة
settings-purge-cutoff = تُحذف السجلات السابقة لهذا اليوم
settings-purge-count = السجلات التي ستُحذف
settings-purge-training = نتائج التدريب التي ستُحذف
settings-purge-button = حذف السجلات القديمة…
settings-purge-yes = نعم، احذفها
settings-purge-no = إلغاء
settings-purge-done = السجلات المحذوفة
settings-purge-nothing = لا يوجد سجل أقدم من مدة الاحتفاظ.
settings-purge-failed = تعذّر حذف السجلات:
settings-purge-changed = لم يُحذف أي شيء: تغيّرت الأعداد بعد أن تحققت منها (مثلاً تغيّر التاريخ). تحقّق من الأعداد الجديدة، ثم احذف مرة أخرى.
settings-override-title = ملف التعديلات المحلية
settings-override-path = الملف
settings-override-absent = لا يوجد ملف تعديلات: يُستخدم الدليل المرفق مع التطبيق.
settings-override-loaded = قُرئ وهو صالح: قيد الاستخدام.
settings-override-invalid = غير صالح، لذلك ليس قيد الاستخدام: يُستخدم الدليل المرفق بدلاً منه. أصلح هذه الأسطر، ثم أعد تشغيل التطبيق.
settings-override-local = جهات أضافها هذا المكتب
settings-override-changed = جهات عدّلها هذا المكتب
settings-check-title = فحص البيانات
settings-check-ok = نجحت كل الفحوص.
settings-check-failed = وُجدت مشكلات:
settings-check-questions = الأسئلة
settings-check-rules = القواعد
settings-check-services = الجهات
settings-check-languages = اللغات
settings-check-again = افحص مرة أخرى
settings-check-restart = يُستخدم ملف التعديلات بعد تغييره عند إعادة تشغيل التطبيق.
ui-keys-tools = في هذه الشاشة: Alt+D الدليل، Alt+R السجلات المحفوظة، Alt+T التقارير، Alt+S الإعدادات.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: غير معروض. أقل من { $k } في أحد أشهر السنة المالية (بما في ذلك الصفر)، أو مخفي حتى لا يمكن استنتاج مثل هذا العدد.
reports-period = الفترة
reports-period-fiscal-years = السنوات المالية (من أبريل إلى مارس)
reports-period-quarters = الأرباع
reports-period-months = الأشهر
reports-fiscal-year = السنة المالية { $year } (أبريل–مارس)
reports-fiscal-quarter = السنة المالية { $year } الربع { $quarter }
reports-period-note = تُنشر الإحصاءات للأشهر والأرباع والسنوات المالية فقط، وليس لأي فترات أخرى: وإلا يمكن استنتاج عدد مخفي بطرح فترة من أخرى.
ui-problem-log-empty = ملف السجل فارغ (0 بايت): ما كان فيه قد ضاع. لم يُحوَّل إلى سجل جديد؛ فُتح للقراءة فقط.
ui-problem-log-cannot-write = لا يمكن الكتابة في ملف السجل أو مجلده هنا (لا توجد صلاحية، أو القرص للقراءة فقط). الملف ليس تالفاً؛ فُتح للقراءة فقط.
ui-problem-log-cannot-write-todo = الاستشارات والإحالات تعمل، لكن لا يمكن حفظ أي شيء. تواصل مع المسؤول، فهو يجعل هذا المجلد والملف قابلين للكتابة ويعيد تشغيل التطبيق.
ui-problem-set-aside-title = نُقل ملف كان بجانب السجل
ui-problem-set-aside-what = كان بجانب ملف السجل ملف مؤقت (WAL أو journal) لا ينتمي إلى هذا السجل. حتى لا يُكتب في السجل، لم يُقرأ: أُعيدت تسميته وتُرك في المجلد نفسه. السجل لم يتغير والحفظ يعمل.
ui-problem-set-aside-todo = لا تحذف الملف المنقول. تواصل مع المسؤول، فهو يعرف مصدره (سجل مكتب آخر، نسخة احتياطية).
records-month = الشهر
settings-desk-code-help = رمز يعطيه المنسّق لهذا المكتب، يُحفظ مع كل استشارة: مثلاً “shinjuku-2f” أو “window-3”. أحرف لاتينية صغيرة a–z وأرقام (من 1 إلى 4) وشرطات فقط. لا يكون أبداً اسم شخص.
settings-error-desk-code = هذا ليس رمز مكتب. استخدم أحرفاً لاتينية صغيرة a–z وأرقاماً وشرطات، 32 حرفاً على الأكثر، يبدأ بحرف أو رقم، وفيه رقم واحد على الأقل و4 أرقام على الأكثر (مثلاً “window-3”). لا يمكن أن يكون اسم شخص رمزاً للمكتب.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = حذف السجلات القديمة؟
settings-purge-dialog = سيُحذف { $records } من السجلات و{ $training } من نتائج التدريب السابقة لـ{ $cutoff }. لا يمكن التراجع عن ذلك.
settings-purge-cancelled = لم يُحذف أي شيء.
settings-retention-dialog-title = الاحتفاظ بالسجلات لسنوات أقل؟
settings-retention-dialog = ستُحفظ السجلات لمدة { $to } سنوات بدلاً من { $from }. عندها سيحذف حذف السجلات القديمة { $records } من السجلات و{ $training } من نتائج التدريب السابقة لـ{ $cutoff }.
settings-retention-dialog-uncounted = ستُحفظ السجلات لمدة { $to } سنوات بدلاً من { $from }. عندها سيحذف حذف السجلات القديمة سجلات أكثر من قبل.
settings-retention-dialog-yes = نعم، احتفظ بها لسنوات أقل
settings-error-retention_not_confirmed = لم تُقصَّر مدة الاحتفاظ (اختير «إلغاء» في التأكيد)، لذلك لم يُحفظ أي شيء.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = لا يمكن لهذا الملف تغيير أرقام الطوارئ مثل 110 و119. احذف هذه الإدخالات.
ui-override-error-duplicate = الجهة نفسها (id) مكتوبة مرتين. أبقِ واحدة.
ui-override-error-entry = معرّف جهة (id) أو رقمها (رقم هاتف، رمز اتصال، عنوان https) أو اسمها (label) أو لغاتها غير صالحة.
ui-override-error-encoding = الملف غير محفوظ بترميز UTF-8. احفظه مرة أخرى بترميز UTF-8.

## desk: command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = طُلب من التطبيق شيء ليس لديه (لغة أو سؤال أو إجابة أو حالة أو فترة أو عامل تصفية).
ui-error-no-content = لم تجتز البيانات المدمجة في التطبيق فحوصها، لذلك لا يمكن عرض هذا.
ui-error-log = تعذّرت قراءة ملف السجل أو الكتابة فيه.
ui-error-settings = رُفضت بعض الإعدادات، لذلك لم يُحفظ شيء.
ui-error-desktop = لم يتمكن هذا الحاسوب من القيام بذلك (نافذة حوار أو طباعة أو برنامج لفتحه).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = حدث خطأ غير متوقع داخل التطبيق.
ui-error-todo = اضغط «حاول مرة أخرى» أو عُد إلى شاشة البداية. إذا تكرر ذلك، فأطلع المسؤول عن هذا المكتب على التفاصيل أدناه.
ui-error-retry = حاول مرة أخرى

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = ترجمة غير مُراجَعة
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = هذه الورقة مترجمة آليًا ولم تُراجَع بعد. إذا كان هناك شيء غير واضح، فاسأل الموظفين.

## coord: the site override in the desk's own words, the yearly check
card-japanese-only = (باليابانية فقط)
directory-review-due = لم يُتحقَّق منها منذ أكثر من { $months } شهراً: تأكّد من الرقم وساعات العمل.
settings-review = مدة مراجعة الدليل (بالأشهر)
settings-error-review = مدة المراجعة من 1 إلى 60 شهراً.
settings-review-due = الجهات التي مضى على التحقق منها أكثر من هذه المدة
settings-review-help = اكتب القائمة بالأمر madoguchi directory review --out review.csv، ثم اكتب النتائج في ملف التعديلات بالخيار --apply.
settings-override-create = إنشاء ملف التعديلات من المثال
settings-override-created = أُنشئ ملف التعديلات من المثال المشروح. عدّله، واضغط «افحص مرة أخرى»، ثم أعد تشغيل التطبيق.
settings-override-create-failed = تعذّر إنشاء ملف التعديلات:
override-error-line = { "\u2068" }{ $file }{ "\u2069" }:{ $line }: { "\u2068" }{ $message }{ "\u2069" }
override-error-syntax = لا يمكن قراءة هذا السطر بصيغة TOML. تحقّق من علامة إغلاق ناقصة مثل " أو [ ] أو { "{" } { "}" }، ومن طريقة كتابة "=".
override-error-unknown-key = لا يوجد مفتاح باسم { "\u2068" }{ $key }{ "\u2069" }. مفاتيح الإدخال: { "\u2068" }{ $keys }{ "\u2069" }
override-error-value = لا يمكن استخدام القيمة { "\u2068" }{ $value }{ "\u2069" } في «{ "\u2068" }{ $field }{ "\u2069" }». { $choices ->
    [none] انظر المثال data/site-override.example.toml لمعرفة طريقة كتابتها.
   *[other] القيم الممكنة: { "\u2068" }{ $choices }{ "\u2069" }
}
override-error-missing = ينقص الجهة «{ "\u2068" }{ $id }{ "\u2069" }»: { "\u2068" }{ $fields }{ "\u2069" }
override-error-date = التاريخ { "\u2068" }{ $value }{ "\u2069" } ليس تاريخاً: اكتب السنة-الشهر-اليوم، مثل 2026-04-01.
override-error-duplicate = الجهة { "\u2068" }{ $id }{ "\u2069" } موجودة أيضاً في السطر { $first } من هذا الملف. أبقِ واحدة.
override-error-emergency = «{ "\u2068" }{ $id }{ "\u2069" }» جهة طوارئ مثل 110 أو 119: لا يمكن لهذا الملف تغييرها. احذف هذا الإدخال.
override-error-emergency-with = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»: لا يجوز أن تُذكر أي جهة مع جهة الطوارئ «{ "\u2068" }{ $with }{ "\u2069" }» (refer_with).
override-error-contact = وسيلة الاتصال رقم { $number } للجهة «{ "\u2068" }{ $id }{ "\u2069" }»، وهي { "\u2068" }{ $value }{ "\u2069" }، ليست { $kind ->
    [phone] رقم هاتف (مثل 03-1234-5678).
    [dial] رمز اتصال (مثل 110 أو #8103).
    [web] عنواناً يبدأ بـ https://.
    [email] عنوان بريد إلكتروني.
   *[other] «local» (أقرب مكتب).
}
override-error-empty = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»: «{ "\u2068" }{ $field }{ "\u2069" }» فارغ.
override-error-label = اسم (label) الجهة «{ "\u2068" }{ $id }{ "\u2069" }» { $problem ->
    [empty] فارغ.
    [long] أطول من { $max } حرفاً.
   *[other] يحتوي على حرف تحكّم.
}
override-error-text = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»، «{ "\u2068" }{ $field }{ "\u2069" }»: { $problem ->
    [no-ja] لا يوجد نص ياباني (ja). تُعرض اليابانية لكل لغة غير مكتوبة، لذلك هي مطلوبة.
    [language] «{ "\u2068" }{ $lang }{ "\u2069" }» ليست من لغات التطبيق. اللغات: { "\u2068" }{ $langs }{ "\u2069" }
    [empty] نص «{ "\u2068" }{ $lang }{ "\u2069" }» فارغ.
    [long] نص «{ "\u2068" }{ $lang }{ "\u2069" }» طويل جداً.
    [both] كُتب كلٌّ من label و name؛ أبقِ name.
   *[other] نص «{ "\u2068" }{ $lang }{ "\u2069" }» يحتوي على حرف تحكّم.
}
override-error-note = الملاحظة { "\u2068" }{ $note }{ "\u2069" } لوسيلة الاتصال رقم { $number } للجهة «{ "\u2068" }{ $id }{ "\u2069" }» ليست من نصوص التطبيق. لكتابتها بكلمات المكتب نفسه: note = { "{" } ja = "平日のみ", en = "Weekdays only" { "}" }
override-error-shipped-local = الجهة «{ "\u2068" }{ $id }{ "\u2069" }» مرفقة مع التطبيق: label و refer_with هما للجهات التي يضيفها المكتب فقط.
override-error-assured-by = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»: تاريخ التحقق (assured_date) يحتاج إلى assured_by، أي المصدر (أحد sources) الذي تم التحقق به.
override-error-service-id = لا يمكن أن يكون { "\u2068" }{ $id }{ "\u2069" } معرّف جهة: حرف لاتيني صغير، ثم حتى 63 من الحروف اللاتينية الصغيرة أو الأرقام أو "_".
override-error-local-needs = الجهة «{ "\u2068" }{ $id }{ "\u2069" }» ليست مرفقة مع التطبيق: الجهة التي يضيفها المكتب تحتاج إلى name (أو label) و refer_with.
override-error-encoding = الملف غير محفوظ بترميز UTF-8 ({ "\u2068" }{ $byte }{ "\u2069" } عند البايت { $offset }). احفظه مرة أخرى بترميز UTF-8.
override-error-refer-with = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»: refer_with «{ "\u2068" }{ $with }{ "\u2069" }» ليست جهة مرفقة مع التطبيق.
override-error-serves = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»: الفئات التي تخدمها (serves) تتضمن بنداً أو قيمة غير معروفة.
override-error-source = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»: { $source ->
    [none] لا يوجد مصدر (sources).
   *[other] المصدر { "\u2068" }{ $source }{ "\u2069" } ليس عنوان https:// ولا سطراً من وثيقة.
}
override-error-language = الجهة «{ "\u2068" }{ $id }{ "\u2069" }»، اللغة «{ "\u2068" }{ $lang }{ "\u2069" }»: { $problem ->
    [tag] غير مكتوبة كرمز لغة (مثل vi أو pt أو fil).
    [unbacked] لا توجد وسيلة اتصال تتحدث بها ولا ترجمة تغطيها. أضفها إلى languages لإحدى وسائل الاتصال، أو صِف الترجمة (interpretation)، أو احذف اللغة.
   *[other] غير موجودة في languages الخاصة بالجهة؛ أضفها.
}

## About (package)
settings-about-title = حول Madoguchi
settings-about-version = الإصدار
settings-about-data-date = تاريخ بيانات الدليل (تاريخ أحدث مصدر مؤكَّد)
