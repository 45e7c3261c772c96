### Дэлгэц ба терминалын нийтлэг бичвэр — монгол (mn); жишиг хэл нь ja

option-unknown = Мэдэхгүй / хариулахыг хүсэхгүй байна
priority-emergency = Яаралтай
priority-urgent = Аль болох түргэн
priority-standard = Энгийн
local-service-hours = Ажиллах цагийг энэ зөвлөгөөний цэгийн мэдээллээс шалгана уу.
local-service-expect = Энэ зөвлөгөөний цэг өөрөө бүртгэсэн орон нутгийн хандах газар.
check-before-use = Ашиглахаас өмнө шалгана уу: мэдээлэл хуучирсан эсвэл баталгаажаагүй байна.
list-separator = { ", " }
locale-status-reference = Жишиг хэл
locale-status-reviewed = Хянагдсан орчуулга
locale-status-draft = Орчуулгын ноорог (хянагдаагүй)
assured-on = Шалгасан огноо: { $date }
contact-in-person-local = Хамгийн ойрын албанд биечлэн очно (бүс нутгаас хамаарна)
language-fit-native = { $language } хэлээр ярих боломжтой холбоо барих хаяг байна
language-fit-interpreter = Байгууллага орчуулагч (жишээ нь гурван талын дуудлага) гаргадаг тул { $language } хэлээр зөвлөгөө авч болно
language-fit-unknown = { $language } хэлээр ашиглаж болох эсэхийг эх сурвалжид заагаагүй
language-fit-none = { $language } хэлээр үйлчилгээ байхгүй (эх сурвалжийн дагуу зөвхөн бусад хэлээр)
language-fit-contact = { $language } хэлээр эхлээд энэ хаягаар холбогдоно уу
language-fit-advice = { $language } хэлийг ашиглах боломжгүй бол ажилтан тантай хамт утасдаж япон хэлээр тайлбарлана. Байгууллага орчуулагчтай (жишээ нь гурван талын дуудлага) бол хүсэлт гаргана уу.
ui-card-language-fit = Хэлний дэмжлэг
directory-fit-language = Хандсан хүний хэл (энэ хэлний дэмжлэгийг харуулна)

## madoguchi walk

walk-title = Зөвлөгөөний явц (ажилтан: { $staff } / хандсан хүн: { $client })
walk-choose-one = Дугаараа оруулна уу.
walk-choose-many = Тохирох бүх дугаарыг хоорондоо зайтай бичиж оруулна уу.
walk-back-hint = Өмнөх асуулт руу буцахын тулд 0 гэж оруулна уу.
walk-invalid = Тэр дугаарыг сонгох боломжгүй. Дахин оруулна уу.
walk-progress = Асуулт { $number }
walk-results = Хандах газар
walk-no-referrals = Хандах газар алга.
walk-why = Шалтгаан
walk-source = Эх сурвалж
walk-hours = Ажиллах цаг
walk-ended = Оруулга дууссан тул зөвлөгөөг зогсоолоо. Юу ч хадгалаагүй.

## madoguchi route (хүн унших хэлбэр)

route-heading = Хандах газар ({ $count ->
    [one] { $count } газар
   *[other] { $count } газар
})
route-rules = Үндэслэл болсон дүрэм: { $rules }

## Компьютерийн програм

ui-strip-label = Яаралтай дугаарууд
ui-strip-police = Цагдаа 110
ui-strip-ambulance = Түргэн тусламж ба гал команд 119
ui-hide = Дэлгэцийг нуух
ui-keys-help = 1–9 тоон товчоор сонгоно. Backspace эсвэл Alt+← дарж буцна. Esc-ийг хоёр удаа дарвал дэлгэцийг шууд цэвэрлэж, зөвлөгөөний агуулгыг устгана.
ui-start-title = Зөвлөгөө эхлүүлэх
ui-start-staff-lang = Ажилтны хэл
ui-start-client-lang = Хандсан хүний хэл
ui-start-mode = Зөвлөгөөний төрөл
ui-mode-live = Бодит зөвлөгөө
ui-mode-training = Сургалт (статистикт орохгүй)
ui-start-privacy = "Хадгалах" дарах хүртэл юу ч бүртгэгдэхгүй. Хүнийг тодорхойлохгүй ангиллууд л хадгалагдана.
ui-start-begin = Зөвлөгөө эхлүүлэх
app-progress = Асуулт { $number } / ойролцоогоор { $total }
ui-choose-many = Тохирох бүгдийг сонгоод "Дараах" дарна уу.
ui-back = Буцах
ui-error-title = Энэ үйлдлийг хийж чадсангүй
ui-error-detail = Дэлгэрэнгүй (хариуцсан хүнд):
ui-error-back = Эхлэлийн дэлгэц рүү буцах
ui-next = Дараах
ui-emergency-title = Одоо залгана уу
ui-result-title = Шилжүүлэх газрууд
ui-result-none = Эдгээр хариултаар шилжүүлэх газар алга.
ui-result-answers = Өгсөн хариултууд
ui-result-slip = Шилжүүлгийн хуудсыг харуулах
ui-result-save = Хадгалаад дуусгах
ui-card-contact = Холбоо барих
ui-contact-open-failed = Энэ компьютер нээж чадсангүй. Харагдаж буй дугаар эсвэл хаягийг гараар оруулна уу.
ui-card-hours = Ажлын цаг
ui-card-free-call = Ярианы төлбөр
ui-free-call-yes = Үнэгүй
ui-free-call-no = Төлбөртэй
ui-free-call-partly = Хэсэгчлэн үнэгүй
ui-free-call-unconfirmed = Баталгаажаагүй
ui-card-anonymous = Нэрээ нууцалж хандах
ui-anonymous-yes = Болно
ui-anonymous-no = Болохгүй
ui-anonymous-partly = Нөхцөлөөс хамаарна
ui-anonymous-unconfirmed = Баталгаажаагүй
ui-card-languages = Хэлнүүд
ui-languages-unconfirmed = (хэл баталгаажаагүй)
ui-card-expect = Хандвал юу болох вэ
ui-card-why = Шилжүүлсэн шалтгаан
ui-card-source = Эх сурвалж:
ui-card-checked = Мэдээлэл шалгасан огноо
ui-slip-title = Шилжүүлгийн хуудас
ui-slip-intro = Доорх газруудад хандаж болно. Дуудлага төлбөртэй эсэх, нэрээ хэлэхгүй байж болох эсэхийг газар бүрт бичсэн.
ui-slip-print = Хэвлэх
ui-save-title = Бүртгэл хадгалах
ui-save-training = Сургалтын бүртгэлээр хадгална. Статистикт орохгүй.
ui-save-privacy = Нэр, холбоо барих мэдээлэл, хаяг, төрсөн огноо, чөлөөт бичвэр хадгалагдахгүй.
ui-save-outcome = Үр дүн
ui-outcome-referred = Шилжүүлсэн
ui-outcome-referred_with_handover = Шилжүүлж, хүлээлгэн өгсөн
ui-outcome-information_only = Зөвхөн мэдээлэл
ui-outcome-client_declined = Хандсан хүн татгалзсан
ui-outcome-interrupted = Дундаа тасарсан
ui-save-interpreter = Орчуулагч ашигласан
ui-save-consent = Хандсан хүн хүлээлгэн өгөхийг зөвшөөрсөн
ui-save-region = Иргэншлийн бүс (статистикт; улсын нэрийг бүртгэхгүй)
ui-region-none = Хариулаагүй / мэдэхгүй
ui-region-east_asia = Зүүн Ази
ui-region-southeast_asia = Зүүн өмнөд Ази
ui-region-south_asia = Өмнөд Ази
ui-region-central_asia = Төв Ази
ui-region-middle_east = Ойрхи Дорнод
ui-region-europe = Европ
ui-region-north_america = Хойд Америк
ui-region-latin_america = Латин Америк
ui-region-africa = Африк
ui-region-oceania = Номхон далайн орнууд
ui-save-submit = Хадгалаад дэлгэцийг цэвэрлэх
ui-save-unavailable = Бүртгэлийн файлыг ашиглах боломжгүй тул хадгалах боломжгүй. Шилжүүлэг ажилласаар байна.
ui-save-error-consent = "Хүлээлгэн өгсөн"-ийг сонгоход хандсан хүний зөвшөөрөл хэрэгтэй.
ui-save-error-no-referral = Шилжүүлэх газар байхгүй тул "Шилжүүлсэн"-ийг сонгох боломжгүй.
ui-save-error-data = Энэ зөвлөгөөг хадгалж чадсангүй.
ui-save-error-log = Бүртгэлийн файлд бичиж чадсангүй. Админд хандана уу.
ui-saved = Хадгаллаа. Зөвлөгөөний агуулгыг дэлгэцээс устгалаа.
ui-blank-title = Дэлгэцийг нуусан
ui-new-consultation = Шинэ зөвлөгөө эхлүүлэх
ui-problem-file = Файл:
ui-problem-details = Илэрсэн асуудлууд
ui-problem-todo = Юу хийх вэ
ui-problem-continue = Ойлголоо, үргэлжлүүлэх
ui-problem-override-title = Орон нутгийн тохиргооны файлд алдаа байна
ui-problem-override-what = Энэ цонхны нэмсэн эсвэл өөрчилсөн орон нутгийн холбоо барих газрууд ачаалагдаагүй. Зөвхөн улсын хэмжээний газрууд харагдана.
ui-problem-override-todo = Дээрх мөрүүдийг засуулахаар админд хандана уу (шалгах: madoguchi validate --override ФАЙЛ). Дараа нь програмыг дахин эхлүүлнэ үү.
ui-problem-settings-title = Тохиргооны файлд алдаа байна
ui-problem-settings-what = Тохиргооны файлыг уншаагүй; анхдагч тохиргоо ашиглаж байна (жишээ нь 5 минутын дараа автоматаар цэвэрлэх).
ui-problem-settings-todo = Дээрх мөрүүдийг засуулахаар админд хандана уу. Дараа нь програмыг дахин эхлүүлнэ үү.
ui-problem-log-title = Бүртгэл хадгалах боломжгүй
ui-problem-log-damaged = Бүртгэлийн файл эвдэрсэн тул зөвхөн уншихаар нээлээ.
ui-problem-log-not-a-log = Бүртгэлийн файлын байранд өөр програмын файл байна. Зөвхөн уншихаар нээлээ.
ui-problem-log-newer-schema = Бүртгэлийн файлыг Madoguchi-гийн шинэ хувилбар үүсгэсэн. Зөвхөн уншихаар нээлээ.
ui-problem-log-unavailable = Бүртгэлийн файлыг нээж чадсангүй.
ui-problem-log-todo = Зөвлөгөө, шилжүүлэг ажиллана, гэхдээ юу ч хадгалах боломжгүй. Файлыг бүү устга; админд хандвал тэр файлыг аюулгүй газар зөөж, програмыг дахин эхлүүлнэ.
ui-problem-data-title = Програмын өгөгдөл эвдэрсэн
ui-problem-data-what = Суулгасан өгөгдөл шалгалтад тэнцээгүй тул зөвлөгөө эхлүүлэх боломжгүй.
ui-problem-data-todo = Програмыг дахин суулгана уу. Болохгүй бол админд хандана уу.

## Training

train-title = Сургалтын тохиолдол: { $case } ({ $difficulty })
train-vignette = Зөвлөгөө авагчийн дүрд тоглох хүнд ({ $lang }):
train-start = Одоо зөвлөгөөг ердийнхөөрөө явуулна уу.
train-debrief = Эргэн дүгнэлт
train-score = Хүлээгдэж буй { $expected } чиглүүлгээс { $hit }-ийг өгсөн
train-hit = Хүлээгдсэнээр өгсөн
train-missed = Орхигдсон
train-must-not = Өгөх ёсгүй байсан ч өгсөн
train-extra = Шаардлагагүй (хор хөнөөлгүй)
train-none = (байхгүй)
train-emergency = Яаралтай
train-emergency-not-needed = Энэ тохиолдолд яаралтай чиглүүлэг шаардлагагүй бөгөөд өгөөгүй.
train-emergency-handled = Түрүүлж шийдсэн: аюулын талаар эхэлж асууж, { $services }-ийг эхэнд өгсөн.
train-emergency-missed = Орхигдсон: энэ тохиолдолд { $services }-ийг эхэнд өгөх шаардлагатай.
train-emergency-not-first = { $services }-ийг өгсөн ч аюулын талаар эхэлж асуугаагүй.
train-emergency-unneeded = Энэ тохиолдолд шаардлагагүй яаралтай дугаар өгсөн.
train-mattered = Чиглүүлгийг өөрчилсөн асуултууд
train-mattered-lost = Энэ хариулт байхгүй бол эдгээр дутна: { $services }
train-mattered-gained = Энэ хариулт байхгүй бол эдгээр нэмэгдэнэ: { $services }
train-mattered-priority = Энэ хариулт байхгүй бол эдгээрийн тэргүүлэх зэрэг өөрчлөгдөнө: { $services }
train-answer-differed = Таны хариулт тохиолдлынхоос өөр байв.
train-expected = Хүлээгдэж буй чиглүүлэг тус бүрийн шалтгаан
train-given = өгсөн
train-not-given = өгөөгүй
train-passed = Тэнцсэн: юу ч орхигдоогүй, буруу чиглүүлэг өгөөгүй, яаралтай байдлыг шийдсэн.
train-review = Дээрх зүйлсийг сургагч багштай хамт эргэн харна уу.
train-notes = Сургалтын тэмдэглэл
train-list-heading = Сургалтын тохиолдлууд ({ $count })
train-difficulty-intro = Анхан
train-difficulty-intermediate = Дунд
train-difficulty-advanced = Ахисан
train-saved = Энэ сургалтын үр дүнг { $path } файлд хадгаллаа (бодит зөвлөгөөний бүртгэлээс тусад нь; нэр хадгалахгүй).
train-route-trafficking = Хүн худалдаалах
train-route-sexual_crime_8103 = Бэлгийн гэмт хэрэг (#8103)
train-route-child_189 = Хүүхдийн хүчирхийлэл (189)
train-route-one_stop = Нэг цэгийн төв
train-route-iom_return = IOM-ын буцах дэмжлэг
train-route-immigration = Цагаачлал
train-route-labour = Хөдөлмөр
train-route-residence = Оршин суух статус
train-route-discrimination = Ялгаварлал
train-route-online_images = Онлайн зураг
train-route-domestic_violence = Гэр бүлийн хүчирхийлэл
train-route-emergency = Яаралтай (110/119)
train-route-unknown_answers = Мэдэхгүй хариулт

## Directory screen

directory-open-now = Одоо нээлттэй (24 цаг эсвэл онлайн)
directory-open-unknown = Тодорхойгүй — цагийг шалгана уу
directory-origin-shipped = Үндсэн
directory-origin-overridden = Энэ газар өөрчилсөн
directory-origin-local = Энэ газар нэмсэн
directory-title = Үйлчилгээний жагсаалт
directory-search = Хайх (нэр эсвэл тайлбар)
directory-concern = Асуудал
directory-language = Хэл
directory-any = Бүгд
directory-free-call = Зөвхөн үнэгүй дуудлага
directory-anonymous = Зөвхөн нэрээ нууцалж болох
directory-open-only = Зөвхөн одоо нээлттэй
directory-shown = Харуулж буй үйлчилгээ
directory-none = Эдгээр шүүлтүүрт тохирох үйлчилгээ алга.
directory-reachable = Одоо нээлттэй эсэх
directory-sources = Эх сурвалж
directory-confidence = Итгэлцүүр
directory-confidence-high = Өндөр
directory-confidence-medium = Дунд
directory-confidence-low = Бага
directory-confidence-unconfirmed = Баталгаажаагүй
directory-serves = Хэнд зориулсан
directory-origin = Бүртгэл

# Records screen
records-title = Хадгалсан бүртгэлүүд
records-note = Зөвхөн бодит зөвлөгөө, хамгийн сүүлийнх нь эхэнд; сургалтын бүртгэл харуулахгүй. Бүртгэлд зөвхөн ангилал хадгалагдана: хэнийг ч таних мэдээлэл байхгүй.
records-total = Бүртгэлийн тоо
records-none = Одоогоор хадгалсан бүртгэл алга.
records-unavailable = Бүртгэлийн файлыг уншиж чадахгүй тул бүртгэл харуулах боломжгүй.
records-referrals = Илгээсэн газар
records-no-referrals = Илгээгээгүй
records-previous = Өмнөх хуудас
records-next = Дараагийн хуудас
records-page = Хуудас

# Reports screen: categories and dimensions the flow does not label
report-month = Сар
report-total = Нийт
report-unknown = Тодорхойгүй
report-not-applicable = Хамаарахгүй (Япон иргэн)
report-no-service = Шилжүүлэг байхгүй
report-yes = Тийм
report-no = Үгүй
report-outcome-referred = Шилжүүлсэн
report-outcome-referred_with_handover = Шилжүүлж хүлээлгэн өгсөн
report-outcome-information_only = Зөвхөн мэдээлэл
report-outcome-client_declined = Үйлчлүүлэгч татгалзсан
report-outcome-interrupted = Тасалдсан
report-region-east_asia = Зүүн Ази
report-region-southeast_asia = Зүүн Өмнөд Ази
report-region-south_asia = Өмнөд Ази
report-region-central_asia = Төв Ази
report-region-middle_east = Ойрхи Дорнод
report-region-europe = Европ
report-region-north_america = Хойд Америк
report-region-latin_america = Латин Америк
report-region-africa = Африк
report-region-oceania = Далайн орнууд
report-dimension-age_group = Насны бүлэг
report-dimension-gender = Хүйс
report-dimension-nationality = Иргэншил
report-dimension-region = Иргэншлийн бүс
report-dimension-residence = Оршин суух статус
report-dimension-concern = Асуудал
report-dimension-danger = Аюулд
report-dimension-service = Шилжүүлсэн газар
report-dimension-outcome = Үр дүн
report-dimension-handover_consent = Хүлээлгэн өгөх зөвшөөрөл
report-dimension-interpreter = Орчуулагч
report-dimension-staff_lang = Ажилтны хэл
report-dimension-client_lang = Үйлчлүүлэгчийн хэл
report-dimension-desk = Цонх

## Reports screen

reports-title = Статистик
reports-note = Бодит зөвлөгөөний тоог сараар тоолно; сургалтыг хэзээ ч тоолохгүй. Цөөн тоог нууна, мөн нуусан тоог тооцоолж гаргаж болох бусад нүдийг ч нууна.
reports-dimension = Тоолох үзүүлэлт
reports-second-dimension = Дараа нь хуваах үзүүлэлт
reports-no-second = Байхгүй
reports-loading = Тоолж байна…
reports-records = Энэ хугацааны зөвлөгөөний тоо
reports-empty = Энэ хугацаанд хадгалсан зөвлөгөө алга.
reports-unavailable = Бүртгэлийн файлыг уншиж чадахгүй тул тоолох боломжгүй.
reports-bar-title = Бүх хугацаа
reports-line-title = Сар бүрээр
reports-line-note = Нийт тоо болон хамгийн олон тоотой ангиллууд. Шугамын тасархай хэсэг нь нуусан тоо.
reports-table-title = Хүснэгт
reports-export = CSV файлаар гаргах…
reports-export-dialog = Статистикийг CSV файлаар хадгалах
reports-export-filter = CSV файл
reports-exported = Хадгалсан газар
reports-export-records = Тоолсон зөвлөгөө
reports-export-cancelled = Юу ч хадгалаагүй.
reports-export-failed = Статистикийг хадгалж чадсангүй:

## Settings screen

settings-title = Тохиргоо
settings-note = Эдгээр тохиргоо зөвхөн энэ компьютерийн өгөгдлийн хавтсанд хадгалагдана.
settings-data-dir = Өгөгдлийн хавтас
settings-desk = Цонхны нэр
settings-staff-lang = Эхлэх үеийн ажилтны хэл
settings-client-lang = Эхлэх үеийн хандсан хүний хэл
settings-idle = Ямар ч оруулгагүйгээр энэ олон секунд өнгөрвөл нээлттэй зөвлөгөөг цэвэрлэх
settings-retention = Бүртгэлийг хадгалах жил
settings-save = Тохиргоог хадгалах
settings-saved = Тохиргоог хадгаллаа.
settings-not-saved = Тохиргоог хадгалж чадсангүй:
settings-error-idle = Хүлээх хугацаа 2-оос 3600 хүртэлх бүхэл тооны секунд байх ёстой.
settings-error-retention = Бүртгэлийг 1-ээс 10 жил хадгалах ёстой.
settings-error-language = Тэр хэлийг ашиглах боломжгүй.
settings-error-write = Тохиргооны файлд бичиж чадсангүй:
settings-log = Зөвлөгөөний бүртгэл
settings-log-writable = Хэвийн: зөвлөгөөг хадгалж болно.
settings-log-closed = Зөвхөн уншихаар: юу ч хадгалах, устгах боломжгүй (эхлэхэд гарсан мессежийг үзнэ үү).
settings-log-records = Бүртгэлийн тоо
settings-purge-title = Хуучин бүртгэл устгах
settings-purge-cutoff = Энэ өдрөөс өмнөх бүртгэлийг устгана
settings-purge-count = Устгах бүртгэл
settings-purge-training = Устгах сургалтын үр дүн
settings-purge-button = Хуучин бүртгэл устгах…
settings-purge-yes = Тийм, устгах
settings-purge-no = Болих
settings-purge-done = Устгасан бүртгэл
settings-purge-nothing = Хадгалах хугацаанаас хуучин бүртгэл алга.
settings-purge-failed = Бүртгэлийг устгаж чадсангүй:
settings-purge-changed = Юу ч устгаагүй: таныг шалгасны дараа тоо өөрчлөгдсөн (жишээ нь, огноо солигдсон). Шинэ тоог шалгаад дахин устгана уу.
settings-override-title = Орон нутгийн тохиргооны файл
settings-override-path = Файл
settings-override-absent = Орон нутгийн тохиргооны файл алга: үндсэн үйлчилгээний жагсаалтыг ашиглаж байна.
settings-override-loaded = Уншсан, алдаагүй: ашиглаж байна.
settings-override-invalid = Алдаатай тул ашиглахгүй байна: оронд нь үндсэн үйлчилгээний жагсаалтыг ашиглаж байна. Эдгээр мөрийг засаад програмыг дахин эхлүүлнэ үү.
settings-override-local = Энэ газар нэмсэн үйлчилгээ
settings-override-changed = Энэ газар өөрчилсөн үйлчилгээ
settings-check-title = Өгөгдлийн шалгалт
settings-check-ok = Бүх шалгалтад тэнцлээ.
settings-check-failed = Асуудал илэрлээ:
settings-check-questions = Асуултууд
settings-check-rules = Дүрмүүд
settings-check-services = Үйлчилгээнүүд
settings-check-languages = Хэлнүүд
settings-check-again = Дахин шалгах
settings-check-restart = Өөрчилсөн орон нутгийн тохиргооны файл програмыг дахин эхлүүлсний дараа хэрэгжинэ.
ui-keys-tools = Энэ дэлгэцэд: Alt+D үйлчилгээний жагсаалт, Alt+R хадгалсан бүртгэлүүд, Alt+T статистик, Alt+S тохиргоо.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: харуулахгүй. Санхүүгийн жилийн аль нэг сард { $k }-аас цөөн (тэгийг оруулан), эсвэл ийм тоог тооцоолж гаргахгүйн тулд нуусан нүд.
reports-period = Хугацаа
reports-period-fiscal-years = Санхүүгийн жил (4-р сараас 3-р сар)
reports-period-quarters = Улирал
reports-period-months = Сар
reports-fiscal-year = { $year } санхүүгийн жил (4–3-р сар)
reports-fiscal-quarter = { $year } санхүүгийн жилийн { $quarter }-р улирал
reports-period-note = Статистикийг зөвхөн сар, улирал, санхүүгийн жилээр гаргана: өөр хугацаагаар гаргавал нэг хугацааг нөгөөгөөс хасаж нуусан тоог олж болно.
ui-problem-log-empty = Бүртгэлийн файл хоосон байна (0 байт): агуулга нь алга болсон. Шинэ бүртгэл болгосонгүй, зөвхөн унших горимоор нээлээ.
ui-problem-log-cannot-write = Бүртгэлийн файл эсвэл түүний хавтас руу энд бичих боломжгүй (эрхгүй, эсвэл зөвхөн унших диск). Файл гэмтээгүй, зөвхөн унших горимоор нээлээ.
ui-problem-log-cannot-write-todo = Зөвлөгөө, шилжүүлэг ажиллана, гэхдээ юу ч хадгалах боломжгүй. Админтай холбогдож энэ хавтас, файлд бичих эрх олгуулаад аппыг дахин эхлүүлнэ үү.
ui-problem-set-aside-title = Бүртгэлийн хажууд байсан файлыг зайлуулав
ui-problem-set-aside-what = Бүртгэлийн файлын хажууд энэ бүртгэлд хамааралгүй түр файл (WAL эсвэл journal) байсан. Бүртгэлд бичигдэхээс сэргийлж уншаагүй: нэрийг нь сольж, нэг хавтсанд үлдээлээ. Бүртгэл өөрчлөгдөөгүй, хадгалах боломжтой.
ui-problem-set-aside-todo = Зайлуулсан файлыг бүү устга. Админтай холбогдож хаанаас ирснийг (өөр цонхны бүртгэл, нөөц хуулбар) тодруулна уу.
records-month = Сар
settings-desk-code-help = Зохицуулагчийн энэ цонхонд өгсөн код, зөвлөгөө бүртэй хамт хадгалагдана: жишээ нь "shinjuku-2f" эсвэл "window-3". Зөвхөн жижиг латин үсэг a–z, тоо (1–4) ба зураас. Хүний нэр хэзээ ч биш.
settings-error-desk-code = Энэ цонхны код биш. Жижиг латин үсэг a–z, тоо, зураасаар 32 тэмдэгт хүртэл, үсэг эсвэл тоогоор эхэлж, дор хаяж 1, дээд тал нь 4 тоотой бичнэ үү (жишээ нь "window-3"). Хүний нэр цонхны код байж болохгүй.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Хуучин бүртгэл устгах уу?
settings-purge-dialog = { $cutoff }-аас өмнөх { $records } бүртгэл, { $training } сургалтын үр дүн устгагдана. Буцаах боломжгүй.
settings-purge-cancelled = Юу ч устгаагүй.
settings-retention-dialog-title = Бүртгэлийг богино хугацаанд хадгалах уу?
settings-retention-dialog = Бүртгэлийг { $from } жилийн оронд { $to } жил хадгална. Дараа нь хуучин бүртгэл устгахад { $cutoff }-аас өмнөх { $records } бүртгэл, { $training } сургалтын үр дүн устгагдана.
settings-retention-dialog-uncounted = Бүртгэлийг { $from } жилийн оронд { $to } жил хадгална. Дараа нь хуучин бүртгэл устгахад өмнөхөөс олон бүртгэл устгагдана.
settings-retention-dialog-yes = Тийм, богиносгох
settings-error-retention_not_confirmed = Хадгалах хугацааг богиносгосонгүй (баталгаажуулалтад Болих сонгосон). Юу ч хадгалаагүй.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 110, 119 зэрэг яаралтай тусламжийн байгууллагыг энэ файлаар өөрчлөх боломжгүй. Тэдгээр бичлэгийг устгана уу.
ui-override-error-duplicate = Ижил байгууллага (id) хоёр удаа бичигдсэн байна. Нэгийг нь үлдээнэ үү.
ui-override-error-entry = Байгууллагын id, холбоо барих (утасны дугаар, товч дугаар, https хаяг), нэр (label) эсвэл хэл буруу байна.
ui-override-error-encoding = Файл UTF-8 хэлбэрээр хадгалагдаагүй байна. UTF-8 хэлбэрээр дахин хадгална уу.

## coord
card-japanese-only = (зөвхөн япон хэлээр)
directory-review-due = { $months } сараас дээш шалгаагүй: дугаар болон цагийг баталгаажуулна уу.
settings-review = Лавлахыг шалгах давтамж (сар)
settings-error-review = Шалгах давтамж 1-ээс 60 сар байна.
settings-review-due = Давтамжаас өмнө шалгасан бичлэг
settings-review-help = madoguchi directory review --out review.csv-ээр жагсаалт гаргаж, --apply-аар үр дүнг дарж бичих файлд буцааж бичнэ.
settings-override-create = Жишээнээс дарж бичих файл үүсгэх
settings-override-created = Тайлбартай жишээнээс дарж бичих файл үүсгэлээ. Засаад "Дахин шалгах" дарж, аппыг дахин эхлүүлнэ үү.
settings-override-create-failed = Дарж бичих файл үүсгэж чадсангүй:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Энэ мөрийг TOML гэж уншиж чадахгүй. ", [ ] эсвэл { "{" } { "}" } хаагдсан эсэх, "=" бичлэгийг шалгана уу.
override-error-unknown-key = { $key } гэсэн түлхүүр байхгүй. Бичлэгийн түлхүүрүүд: { $keys }
override-error-value = "{ $field }"-ийн утга { $value }-ийг ашиглах боломжгүй. { $choices ->
    [none] data/site-override.example.toml жишээг үзнэ үү.
   *[other] Утгууд: { $choices }
}
override-error-missing = "{ $id }" үйлчилгээнд дутуу: { $fields }
override-error-date = { $value } огноо биш: он-сар-өдөр гэж бичнэ үү, жишээ нь 2026-04-01.
override-error-duplicate = { $id } үйлчилгээ энэ файлын { $first }-р мөрөнд бас байна. Нэгийг нь үлдээнэ үү.
override-error-emergency = "{ $id }" бол 110, 119 шиг яаралтай үйлчилгээ: энэ файл өөрчилж чадахгүй. Энэ бичлэгийг устгана уу.
override-error-emergency-with = "{ $id }" үйлчилгээ: яаралтай "{ $with }" үйлчилгээтэй хамт жагсааж болохгүй (refer_with).
override-error-contact = "{ $id }"-ийн { $number }-р холбоо барих { $value } нь { $kind ->
    [phone] утасны дугаар биш (жишээ нь 03-1234-5678).
    [dial] богино дугаар биш (жишээ нь 110, #8103).
    [web] https://-ээр эхэлсэн хаяг биш.
    [email] и-мэйл хаяг биш.
   *[other] "local" (хамгийн ойрын цонх) гэж бичнэ.
}
override-error-empty = "{ $id }" үйлчилгээ: "{ $field }" хоосон байна.
override-error-label = "{ $id }"-ийн нэр (label) { $problem ->
    [empty] хоосон байна.
    [long] { $max } тэмдэгтээс урт байна.
   *[other] удирдах тэмдэгт агуулсан байна.
}
override-error-text = "{ $id }", "{ $field }": { $problem ->
    [no-ja] япон хэл (ja) алга. Бичээгүй хэлний оронд япон хэлийг харуулдаг тул заавал хэрэгтэй.
    [language] "{ $lang }" аппын хэл биш. Хэлнүүд: { $langs }
    [empty] "{ $lang }" бичвэр хоосон байна.
    [long] "{ $lang }" бичвэр хэт урт байна.
    [both] label, name хоёул байна; зөвхөн name-ийг үлдээнэ үү.
   *[other] "{ $lang }" бичвэрт удирдах тэмдэгт байна.
}
override-error-note = "{ $id }"-ийн { $number }-р холбоо барихын тэмдэглэл { $note } аппын бичвэр биш. Цонхны өөрийн үгээр бичихдээ: note = { "{" } ja = "平日のみ", mn = "Зөвхөн ажлын өдөр" { "}" }
override-error-shipped-local = "{ $id }" аппад багтсан: label болон refer_with-ийг зөвхөн цонхны нэмсэн үйлчилгээнд бичнэ.
override-error-assured-by = "{ $id }": шалгасан огноо (assured_date)-д шалгахад ашигласан эх сурвалж (sources-ийн нэг)-ийг assured_by-д бичнэ үү.
override-error-service-id = { $id } нь id байж болохгүй: жижиг үсгээр эхэлж, дараа нь 63 хүртэл жижиг үсэг, тоо эсвэл "_".
override-error-local-needs = "{ $id }" аппад байхгүй: нэмсэн үйлчилгээнд name (эсвэл label) болон refer_with хэрэгтэй.
override-error-encoding = Файл UTF-8-аар хадгалагдаагүй ({ $offset }-р байт дахь { $byte }). UTF-8-аар дахин хадгална уу.
override-error-refer-with = "{ $id }": refer_with "{ $with }" нь аппын үйлчилгээ биш.
override-error-serves = "{ $id }": serves-д үл мэдэгдэх зүйл эсвэл утга байна.
override-error-source = "{ $id }": { $source ->
    [none] эх сурвалж (sources) алга.
   *[other] { $source } эх сурвалж нь https:// хаяг ч биш, баримтын мөр ч биш.
}
override-error-language = "{ $id }", "{ $lang }" хэл: { $problem ->
    [tag] хэлний код буруу бичигдсэн (жишээ нь vi, pt, fil).
    [unbacked] энэ хэлээр ярих холбоо барих ч, орчуулагч ч байхгүй.
   *[other] үйлчилгээний languages-д алга; нэмнэ үү.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = Аппликейшнаас түүнд байхгүй зүйл (хэл, асуулт, хариулт, тохиолдол, хугацаа, шүүлтүүр) хүссэн байна.
ui-error-no-content = Аппликейшны суулгасан өгөгдөл шалгалтад тэнцээгүй тул үүнийг харуулах боломжгүй.
ui-error-log = Бүртгэлийн файлыг уншиж эсвэл бичиж чадсангүй.
ui-error-settings = Зарим тохиргоог хүлээж аваагүй тул юу ч хадгалаагүй.
ui-error-desktop = Энэ компьютер үүнийг хийж чадсангүй (цонх, хэвлэх, эсвэл нээх програм).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = Аппын дотор гэнэтийн алдаа гарлаа.
ui-error-todo = «Дахин оролдох»-ыг дарах эсвэл эхлэлийн дэлгэц рүү буцна уу. Давтагдвал доорх мэдээллийг хариуцсан хүнд үзүүлнэ үү.
ui-error-retry = Дахин оролдох

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Шалгаагүй орчуулга
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Энэ хуудас машин орчуулга бөгөөд хараахан шалгагдаагүй. Ойлгомжгүй зүйл байвал ажилтнаас асуугаарай.

## About (package)
settings-about-title = Madoguchi-ийн тухай
settings-about-version = Хувилбар
settings-about-data-date = Лавлахын мэдээллийн огноо (хамгийн сүүлд баталгаажсан эх сурвалж)
