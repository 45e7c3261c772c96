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
