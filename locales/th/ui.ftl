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

## แอปบนเดสก์ท็อป

ui-strip-label = หมายเลขฉุกเฉิน
ui-strip-police = ตำรวจ 110
ui-strip-ambulance = รถพยาบาลและดับเพลิง 119
ui-hide = ซ่อนหน้าจอ
ui-keys-help = กดปุ่มตัวเลข 1–9 เพื่อเลือก กด Backspace หรือ Alt+← เพื่อย้อนกลับ กด Esc สองครั้งเพื่อปิดหน้าจอและลบข้อมูลการปรึกษาทันที
ui-start-title = เริ่มการปรึกษา
ui-start-staff-lang = ภาษาของเจ้าหน้าที่
ui-start-client-lang = ภาษาของผู้ขอรับคำปรึกษา
ui-start-mode = ประเภทการปรึกษา
ui-mode-live = การปรึกษาจริง
ui-mode-training = การฝึกอบรม (ไม่นับในสถิติ)
ui-start-privacy = จะไม่มีการบันทึกใด ๆ จนกว่าจะกดบันทึก และจะบันทึกเฉพาะหมวดหมู่ที่ไม่ระบุตัวบุคคลเท่านั้น
ui-start-begin = เริ่มการปรึกษา
app-progress = คำถามที่ { $number } จากประมาณ { $total }
ui-choose-many = เลือกทุกข้อที่ตรง แล้วกด ถัดไป
ui-back = ย้อนกลับ
ui-next = ถัดไป
ui-emergency-title = โปรดโทรทันที
ui-result-title = หน่วยงานที่แนะนำ
ui-result-none = คำตอบเหล่านี้ไม่มีหน่วยงานที่ต้องแนะนำ
ui-result-answers = คำตอบทั้งหมด
ui-result-slip = แสดงใบแนะนำ
ui-result-save = บันทึกและสิ้นสุด
ui-card-contact = ช่องทางติดต่อ
ui-card-hours = เวลาทำการ
ui-card-free-call = ค่าโทร
ui-free-call-yes = ฟรี
ui-free-call-no = เสียค่าโทร
ui-free-call-partly = ฟรีบางส่วน
ui-free-call-unconfirmed = ยังไม่ได้ยืนยัน
ui-card-anonymous = ปรึกษาโดยไม่เปิดเผยชื่อ
ui-anonymous-yes = ได้
ui-anonymous-no = ไม่ได้
ui-anonymous-partly = แล้วแต่กรณี
ui-anonymous-unconfirmed = ยังไม่ได้ยืนยัน
ui-card-languages = ภาษาที่รองรับ
ui-languages-unconfirmed = (ยังไม่ได้ยืนยันภาษาที่รองรับ)
ui-card-expect = เมื่อติดต่อแล้วจะเป็นอย่างไร
ui-card-why = เหตุผลที่แนะนำ
ui-card-source = ที่มา:
ui-card-checked = วันที่ตรวจสอบข้อมูล
ui-slip-title = ใบแนะนำ
ui-slip-intro = คุณสามารถติดต่อหน่วยงานด้านล่างนี้ได้ การปรึกษาไม่มีค่าใช้จ่ายและเก็บเป็นความลับ
ui-slip-print = พิมพ์
ui-save-title = บันทึกข้อมูล
ui-save-training = บันทึกเป็นข้อมูลการฝึกอบรม ไม่นับในสถิติ
ui-save-privacy = จะไม่บันทึกชื่อ ข้อมูลติดต่อ ที่อยู่ วันเกิด หรือข้อความอิสระ
ui-save-outcome = ผลการปรึกษา
ui-outcome-referred = แนะนำแล้ว
ui-outcome-referred_with_handover = แนะนำและส่งต่อแล้ว
ui-outcome-information_only = ให้ข้อมูลเท่านั้น
ui-outcome-client_declined = ผู้ขอรับคำปรึกษาปฏิเสธ
ui-outcome-interrupted = สิ้นสุดกลางคัน
ui-save-interpreter = ใช้ล่าม
ui-save-consent = ผู้ขอรับคำปรึกษายินยอมให้ส่งต่อ
ui-save-region = ภูมิภาคของสัญชาติ (เพื่อสถิติ ไม่บันทึกชื่อประเทศ)
ui-region-none = ไม่ตอบ / ไม่ทราบ
ui-region-east_asia = เอเชียตะวันออก
ui-region-southeast_asia = เอเชียตะวันออกเฉียงใต้
ui-region-south_asia = เอเชียใต้
ui-region-central_asia = เอเชียกลาง
ui-region-middle_east = ตะวันออกกลาง
ui-region-europe = ยุโรป
ui-region-north_america = อเมริกาเหนือ
ui-region-latin_america = ละตินอเมริกา
ui-region-africa = แอฟริกา
ui-region-oceania = โอเชียเนีย
ui-save-submit = บันทึกและล้างหน้าจอ
ui-save-unavailable = บันทึกไม่ได้เพราะใช้ไฟล์บันทึกไม่ได้ แต่ยังแนะนำหน่วยงานได้
ui-save-error-consent = การเลือก "ส่งต่อแล้ว" ต้องได้รับความยินยอมจากผู้ขอรับคำปรึกษา
ui-save-error-no-referral = ไม่มีหน่วยงานที่แนะนำ จึงเลือก "แนะนำแล้ว" ไม่ได้
ui-save-error-data = ไม่สามารถบันทึกการปรึกษานี้ได้
ui-save-error-log = เขียนไฟล์บันทึกไม่ได้ โปรดติดต่อผู้ดูแลระบบ
ui-saved = บันทึกแล้ว ข้อมูลการปรึกษาถูกลบออกจากหน้าจอแล้ว
ui-blank-title = ซ่อนหน้าจอแล้ว
ui-new-consultation = เริ่มการปรึกษาใหม่
ui-problem-file = ไฟล์:
ui-problem-details = ปัญหาที่พบ
ui-problem-todo = สิ่งที่ต้องทำ
ui-problem-continue = รับทราบ ดำเนินการต่อ
ui-problem-override-title = ไฟล์ตั้งค่าของพื้นที่มีข้อผิดพลาด
ui-problem-override-what = ยังไม่ได้โหลดหน่วยงานในพื้นที่ที่จุดบริการนี้เพิ่มหรือแก้ไข จะแสดงเฉพาะหน่วยงานระดับประเทศ
ui-problem-override-todo = โปรดติดต่อผู้ดูแลระบบให้แก้ไขบรรทัดด้านบน (ตรวจสอบด้วย: madoguchi validate --override ไฟล์) แล้วเปิดแอปใหม่
ui-problem-settings-title = ไฟล์การตั้งค่ามีข้อผิดพลาด
ui-problem-settings-what = ไม่ได้อ่านไฟล์การตั้งค่า จึงใช้ค่าเริ่มต้น (เช่น ล้างอัตโนมัติหลัง 5 นาที)
ui-problem-settings-todo = โปรดติดต่อผู้ดูแลระบบให้แก้ไขบรรทัดด้านบน แล้วเปิดแอปใหม่
ui-problem-log-title = บันทึกข้อมูลไม่ได้
ui-problem-log-damaged = ไฟล์บันทึกเสียหาย จึงเปิดแบบอ่านอย่างเดียว
ui-problem-log-not-a-log = ตำแหน่งของไฟล์บันทึกมีไฟล์ของโปรแกรมอื่นอยู่ จึงเปิดแบบอ่านอย่างเดียว
ui-problem-log-newer-schema = ไฟล์บันทึกสร้างโดย Madoguchi รุ่นที่ใหม่กว่า จึงเปิดแบบอ่านอย่างเดียว
ui-problem-log-unavailable = เปิดไฟล์บันทึกไม่ได้
ui-problem-log-todo = ยังปรึกษาและแนะนำหน่วยงานได้ แต่บันทึกไม่ได้ อย่าลบไฟล์ โปรดติดต่อผู้ดูแลระบบเพื่อย้ายไฟล์ไปเก็บในที่ปลอดภัยแล้วเปิดแอปใหม่
ui-problem-data-title = ข้อมูลของแอปเสียหาย
ui-problem-data-what = ข้อมูลในตัวแอปไม่ผ่านการตรวจสอบ จึงเริ่มการปรึกษาไม่ได้
ui-problem-data-todo = โปรดติดตั้งแอปใหม่ หากยังไม่ได้ผล โปรดติดต่อผู้ดูแลระบบ

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
