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
ui-next = Дараах
ui-emergency-title = Одоо залгана уу
ui-result-title = Шилжүүлэх газрууд
ui-result-none = Эдгээр хариултаар шилжүүлэх газар алга.
ui-result-answers = Өгсөн хариултууд
ui-result-slip = Шилжүүлгийн хуудсыг харуулах
ui-result-save = Хадгалаад дуусгах
ui-card-contact = Холбоо барих
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
ui-slip-intro = Та доорх газруудад хандаж болно. Зөвлөгөө үнэгүй бөгөөд нууцлалтай.
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

train-title = Сургалтын тохиолдол { $case } ({ $difficulty })
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

## Directory screen

directory-open-now = Одоо нээлттэй (24 цаг эсвэл онлайн)
directory-open-unknown = Тодорхойгүй — цагийг шалгана уу
directory-origin-shipped = Үндсэн
directory-origin-overridden = Энэ газар өөрчилсөн
directory-origin-local = Энэ газар нэмсэн

# Reports screen: categories and dimensions the flow does not label
report-month = Сар
report-total = Нийт
report-unknown = Тодорхойгүй
report-not-applicable = Хамаарахгүй (Япон иргэн)
report-no-service = Шилжүүлэг байхгүй
report-suppressed = { $k }-аас цөөн (харуулахгүй)
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
