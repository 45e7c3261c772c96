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

## Training

train-title = กรณีฝึกอบรม { $case } ({ $difficulty })
train-vignette = สำหรับผู้ที่รับบทผู้มาขอคำปรึกษา ({ $lang }):
train-start = ดำเนินการให้คำปรึกษาตามปกติ
train-debrief = ทบทวน
train-score = ส่งต่อตามที่คาดหวังได้ { $hit } จาก { $expected } แห่ง
train-hit = ส่งต่อตามที่คาดหวัง
train-missed = ตกหล่น
train-must-not = ส่งต่อทั้งที่ไม่ควร
train-extra = ไม่จำเป็น (ไม่เป็นอันตราย)
train-none = (ไม่มี)
train-emergency = เหตุฉุกเฉิน
train-emergency-not-needed = กรณีนี้ไม่ต้องส่งต่อฉุกเฉิน และไม่ได้ส่งต่อ
train-emergency-handled = จัดการก่อน: ถามเรื่องอันตรายเป็นอันดับแรก และ { $services } มาเป็นอันดับแรก
train-emergency-missed = ตกหล่น: กรณีนี้ต้องให้ { $services } เป็นอันดับแรก
train-emergency-not-first = ให้ { $services } แล้ว แต่ไม่ได้ถามเรื่องอันตรายเป็นคำถามแรก
train-emergency-unneeded = ให้หมายเลขฉุกเฉินที่กรณีนี้ไม่จำเป็น
train-mattered = คำถามที่มีผลต่อการส่งต่อ
train-mattered-lost = หากไม่มีคำตอบนี้ จะขาด: { $services }
train-mattered-gained = หากไม่มีคำตอบนี้ จะเพิ่ม: { $services }
train-mattered-priority = หากไม่มีคำตอบนี้ ลำดับความสำคัญของรายการต่อไปนี้จะเปลี่ยน: { $services }
train-answer-differed = คำตอบของคุณต่างจากกรณี
train-expected = เหตุผลของการส่งต่อที่คาดหวังแต่ละแห่ง
train-given = ส่งต่อแล้ว
train-not-given = ไม่ได้ส่งต่อ
train-passed = ผ่าน: ไม่มีตกหล่น ไม่มีการส่งต่อผิด และจัดการเหตุฉุกเฉินแล้ว
train-review = ทบทวนประเด็นข้างต้นกับผู้ฝึกสอน
train-notes = บันทึกการสอน
train-list-heading = กรณีฝึกอบรม ({ $count })
train-difficulty-intro = เบื้องต้น
train-difficulty-intermediate = ระดับกลาง
train-difficulty-advanced = ขั้นสูง
train-saved = บันทึกผลการฝึกครั้งนี้ไว้ที่ { $path } แล้ว (แยกจากบันทึกการให้คำปรึกษาจริง และไม่บันทึกชื่อ)

## Directory screen

directory-open-now = เปิดอยู่ตอนนี้ (24 ชั่วโมงหรือออนไลน์)
directory-open-unknown = ไม่ทราบ — โปรดตรวจสอบเวลา
directory-origin-shipped = ค่าเริ่มต้น
directory-origin-overridden = แก้ไขโดยที่นี่
directory-origin-local = เพิ่มโดยที่นี่

# Reports screen: categories and dimensions the flow does not label
report-month = เดือน
report-total = รวม
report-unknown = ไม่ทราบ
report-not-applicable = ไม่เกี่ยวข้อง (สัญชาติญี่ปุ่น)
report-no-service = ไม่มีการส่งต่อ
report-suppressed = น้อยกว่า { $k } (ไม่แสดง)
report-yes = ใช่
report-no = ไม่
report-outcome-referred = ส่งต่อแล้ว
report-outcome-referred_with_handover = ส่งต่อและประสานงานแล้ว
report-outcome-information_only = ให้ข้อมูลเท่านั้น
report-outcome-client_declined = ผู้รับคำปรึกษาปฏิเสธ
report-outcome-interrupted = ถูกขัดจังหวะ
report-region-east_asia = เอเชียตะวันออก
report-region-southeast_asia = เอเชียตะวันออกเฉียงใต้
report-region-south_asia = เอเชียใต้
report-region-central_asia = เอเชียกลาง
report-region-middle_east = ตะวันออกกลาง
report-region-europe = ยุโรป
report-region-north_america = อเมริกาเหนือ
report-region-latin_america = ละตินอเมริกา
report-region-africa = แอฟริกา
report-region-oceania = โอเชียเนีย
report-dimension-age_group = กลุ่มอายุ
report-dimension-gender = เพศ
report-dimension-nationality = สัญชาติ
report-dimension-region = ภูมิภาคของสัญชาติ
report-dimension-residence = สถานภาพการพำนัก
report-dimension-concern = เรื่องที่ปรึกษา
report-dimension-danger = อยู่ในอันตราย
report-dimension-service = ปลายทางการส่งต่อ
report-dimension-outcome = ผลลัพธ์
report-dimension-handover_consent = ยินยอมให้ประสานงาน
report-dimension-interpreter = ล่าม
report-dimension-staff_lang = ภาษาของเจ้าหน้าที่
report-dimension-client_lang = ภาษาของผู้รับคำปรึกษา
report-dimension-desk = โต๊ะบริการ
