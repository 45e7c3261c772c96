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
