### ข้อความทั่วไปของหน้าจอและเทอร์มินัล — ภาษาไทย (th); ภาษาอ้างอิงคือ ja

option-unknown = ไม่ทราบ / ไม่ต้องการตอบ
priority-emergency = ฉุกเฉิน
priority-urgent = เร่งด่วน
priority-standard = ปกติ
local-service-hours = กรุณาตรวจสอบเวลาทำการในคำแนะนำของช่องบริการนี้
local-service-expect = สถานที่ให้คำปรึกษาในท้องถิ่นที่ช่องบริการนี้ลงทะเบียนไว้เอง
check-before-use = ตรวจสอบก่อนใช้: ข้อมูลนี้เก่าหรือยังไม่ได้รับการยืนยัน
list-separator = { ", " }
locale-status-reference = ภาษาอ้างอิง
locale-status-reviewed = คำแปลที่ตรวจสอบแล้ว
locale-status-draft = คำแปลฉบับร่าง (ยังไม่ได้ตรวจสอบ)
assured-on = วันที่ตรวจสอบ: { $date }

## madoguchi walk

walk-title = ขั้นตอนการให้คำปรึกษา (เจ้าหน้าที่: { $staff } / ผู้ขอคำปรึกษา: { $client })
walk-choose-one = กรุณาพิมพ์หมายเลข
walk-choose-many = กรุณาพิมพ์หมายเลขทั้งหมดที่ตรงกับกรณี โดยเว้นวรรคระหว่างหมายเลข
walk-back-hint = พิมพ์ 0 เพื่อกลับไปคำถามก่อนหน้า
walk-invalid = เลือกหมายเลขนั้นไม่ได้ กรุณาพิมพ์ใหม่อีกครั้ง
walk-progress = คำถามที่ { $number }
walk-results = หน่วยงานที่แนะนำ
walk-no-referrals = ไม่มีหน่วยงานที่แนะนำ
walk-why = เหตุผล
walk-source = แหล่งที่มา
walk-hours = เวลาทำการ
walk-ended = การป้อนข้อมูลสิ้นสุดลง จึงหยุดการให้คำปรึกษาแล้ว ไม่มีการบันทึกข้อมูลใด ๆ

## madoguchi route (รูปแบบสำหรับให้คนอ่าน)

route-heading = หน่วยงานที่แนะนำ ({ $count ->
   *[other] { $count } แห่ง
})
route-rules = กฎที่ใช้เป็นเกณฑ์: { $rules }
