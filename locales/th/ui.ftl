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
contact-in-person-local = ไปด้วยตนเองที่สำนักงานที่ใกล้ที่สุด (แตกต่างกันตามพื้นที่)
language-fit-native = มีช่องทางติดต่อที่ใช้{ $language }ได้
language-fit-interpreter = หน่วยงานมีล่าม (เช่น การโทรสามสาย) จึงใช้{ $language }ได้
language-fit-unknown = แหล่งข้อมูลไม่ได้ระบุว่าใช้{ $language }ได้หรือไม่
language-fit-none = ไม่รองรับ{ $language } (ตามแหล่งข้อมูล มีเฉพาะภาษาอื่น)
language-fit-contact = สำหรับ{ $language } ให้ติดต่อช่องทางนี้ก่อน
language-fit-advice = หากใช้{ $language }ไม่ได้ เจ้าหน้าที่จะโทรไปพร้อมกับคุณและอธิบายเป็นภาษาญี่ปุ่น หากหน่วยงานมีล่าม (เช่น การโทรสามสาย) ให้ขอใช้บริการล่าม
ui-card-language-fit = การรองรับภาษา
directory-fit-language = ภาษาของผู้ขอรับคำปรึกษา (แสดงการรองรับภาษานี้)

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
ui-error-title = ไม่สามารถดำเนินการนี้ได้
ui-error-detail = รายละเอียด (สำหรับผู้ดูแล):
ui-error-back = กลับไปหน้าจอเริ่มต้น
ui-next = ถัดไป
ui-emergency-title = โปรดโทรทันที
ui-result-title = หน่วยงานที่แนะนำ
ui-result-none = คำตอบเหล่านี้ไม่มีหน่วยงานที่ต้องแนะนำ
ui-result-answers = คำตอบทั้งหมด
ui-result-slip = แสดงใบแนะนำ
ui-result-save = บันทึกและสิ้นสุด
ui-card-contact = ช่องทางติดต่อ
ui-contact-open-failed = คอมพิวเตอร์เครื่องนี้เปิดไม่ได้ กรุณากดหมายเลขหรือพิมพ์ที่อยู่ที่แสดงด้วยตนเอง
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
ui-slip-intro = คุณติดต่อหน่วยงานด้านล่างได้ ค่าโทรเสียเงินหรือไม่ และไม่ต้องบอกชื่อได้หรือไม่ ระบุไว้ในแต่ละหน่วยงาน
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

train-title = กรณีฝึกอบรม: { $case } ({ $difficulty })
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
train-route-trafficking = การค้ามนุษย์
train-route-sexual_crime_8103 = อาชญากรรมทางเพศ (#8103)
train-route-child_189 = การทารุณกรรมเด็ก (189)
train-route-one_stop = ศูนย์วันสต็อป
train-route-iom_return = การช่วยเหลือเดินทางกลับของ IOM
train-route-immigration = ตรวจคนเข้าเมือง
train-route-labour = แรงงาน
train-route-residence = สถานะการพำนัก
train-route-discrimination = การเลือกปฏิบัติ
train-route-online_images = ภาพทางออนไลน์
train-route-domestic_violence = ความรุนแรงในครอบครัว
train-route-emergency = เหตุฉุกเฉิน (110/119)
train-route-unknown_answers = คำตอบที่ไม่ทราบ

## Directory screen

directory-open-now = เปิดอยู่ตอนนี้ (24 ชั่วโมงหรือออนไลน์)
directory-open-unknown = ไม่ทราบ — โปรดตรวจสอบเวลา
directory-origin-shipped = ค่าเริ่มต้น
directory-origin-overridden = แก้ไขโดยที่นี่
directory-origin-local = เพิ่มโดยที่นี่
directory-title = รายชื่อหน่วยงาน
directory-search = ค้นหา (ชื่อหรือคำอธิบาย)
directory-concern = เรื่องที่ปรึกษา
directory-language = ภาษา
directory-any = ทั้งหมด
directory-free-call = เฉพาะโทรฟรี
directory-anonymous = เฉพาะที่ไม่ต้องระบุตัวตน
directory-open-only = เฉพาะที่เปิดอยู่ตอนนี้
directory-shown = หน่วยงานที่แสดง
directory-none = ไม่มีหน่วยงานที่ตรงกับตัวกรองนี้
directory-reachable = เปิดอยู่ตอนนี้
directory-sources = แหล่งที่มา
directory-confidence = ความน่าเชื่อถือ
directory-confidence-high = สูง
directory-confidence-medium = ปานกลาง
directory-confidence-low = ต่ำ
directory-confidence-unconfirmed = ยังไม่ยืนยัน
directory-serves = สำหรับ
directory-origin = รายการ

# Records screen
records-title = บันทึกที่บันทึกไว้
records-note = แสดงเฉพาะการปรึกษาจริง ล่าสุดก่อน ไม่แสดงบันทึกการฝึกอบรม บันทึกมีเฉพาะหมวดหมู่ ไม่มีสิ่งที่ระบุตัวบุคคลได้
records-total = จำนวนบันทึก
records-none = ยังไม่มีบันทึกที่บันทึกไว้
records-unavailable = อ่านไฟล์บันทึกไม่ได้ จึงแสดงบันทึกไม่ได้
records-referrals = ส่งต่อไปยัง
records-no-referrals = ไม่มีการส่งต่อ
records-previous = หน้าก่อนหน้า
records-next = หน้าถัดไป
records-page = หน้า

# Reports screen: categories and dimensions the flow does not label
report-month = เดือน
report-total = รวม
report-unknown = ไม่ทราบ
report-not-applicable = ไม่เกี่ยวข้อง (สัญชาติญี่ปุ่น)
report-no-service = ไม่มีการส่งต่อ
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

## Reports screen

reports-title = สถิติ
reports-note = นับจำนวนการปรึกษาจริงเป็นรายเดือน ไม่นับการฝึกอบรมเลย จำนวนที่น้อยจะถูกซ่อน และช่องอื่นที่อาจใช้คำนวณหาจำนวนที่ถูกซ่อนได้ก็จะถูกซ่อนด้วย
reports-dimension = นับตาม
reports-second-dimension = แยกย่อยตาม
reports-no-second = ไม่แยกย่อย
reports-loading = กำลังนับ…
reports-records = จำนวนการปรึกษาในช่วงเวลานี้
reports-empty = ไม่มีการปรึกษาที่บันทึกไว้ในช่วงเวลานี้
reports-unavailable = อ่านไฟล์บันทึกไม่ได้ จึงทำสถิติไม่ได้
reports-bar-title = ตลอดช่วงเวลา
reports-line-title = รายเดือน
reports-line-note = แสดงยอดรวมและหมวดหมู่ที่มีจำนวนมากที่สุด ช่วงที่เส้นขาดคือจำนวนที่ถูกซ่อน
reports-table-title = ตาราง
reports-export = ส่งออกเป็น CSV…
reports-export-dialog = บันทึกสถิติเป็นไฟล์ CSV
reports-export-filter = ไฟล์ CSV
reports-exported = บันทึกไว้ที่
reports-export-records = จำนวนการปรึกษาที่นับ
reports-export-cancelled = ไม่ได้บันทึกอะไร
reports-export-failed = บันทึกสถิติไม่ได้:

## Settings screen

settings-title = การตั้งค่า
settings-note = การตั้งค่าเหล่านี้เก็บไว้ในโฟลเดอร์ข้อมูลของคอมพิวเตอร์เครื่องนี้เท่านั้น
settings-data-dir = โฟลเดอร์ข้อมูล
settings-desk = ชื่อช่องบริการ
settings-staff-lang = ภาษาของเจ้าหน้าที่เมื่อเปิดแอป
settings-client-lang = ภาษาของผู้ขอรับคำปรึกษาเมื่อเปิดแอป
settings-idle = ล้างการปรึกษาที่เปิดอยู่ เมื่อไม่มีการป้อนข้อมูลครบจำนวนวินาทีนี้
settings-retention = จำนวนปีที่เก็บบันทึก
settings-save = บันทึกการตั้งค่า
settings-saved = บันทึกการตั้งค่าแล้ว
settings-not-saved = ไม่ได้บันทึกการตั้งค่า:
settings-error-idle = เวลาที่ไม่มีการใช้งานต้องเป็นจำนวนเต็มวินาที ตั้งแต่ 2 ถึง 3600
settings-error-retention = ต้องเก็บบันทึกไว้ 1 ถึง 10 ปี
settings-error-language = ไม่มีภาษานั้นให้ใช้
settings-error-write = เขียนไฟล์การตั้งค่าไม่ได้:
settings-log = ไฟล์บันทึกการปรึกษา
settings-log-writable = ใช้งานได้: บันทึกการปรึกษาได้
settings-log-closed = อ่านอย่างเดียว: บันทึกหรือลบอะไรไม่ได้ (ดูข้อความที่แสดงตอนเปิดแอป)
settings-log-records = จำนวนบันทึกในไฟล์บันทึก
settings-purge-title = ลบบันทึกเก่า
settings-purge-cutoff = จะลบบันทึกที่เก่ากว่าวันที่นี้
settings-purge-count = จำนวนบันทึกที่จะลบ
settings-purge-training = จำนวนผลการฝึกอบรมที่จะลบ
settings-purge-button = ลบบันทึกเก่า…
settings-purge-yes = ใช่ ลบเลย
settings-purge-no = ยกเลิก
settings-purge-done = จำนวนบันทึกที่ลบแล้ว
settings-purge-nothing = ไม่มีบันทึกที่เก่ากว่าระยะเวลาการเก็บรักษา
settings-purge-failed = ลบบันทึกไม่ได้:
settings-purge-changed = ไม่ได้ลบสิ่งใด: จำนวนเปลี่ยนไปหลังจากที่คุณตรวจสอบ (เช่น วันที่เปลี่ยน) กรุณาตรวจสอบจำนวนใหม่ แล้วลบอีกครั้ง
settings-override-title = ไฟล์ตั้งค่าของพื้นที่
settings-override-path = ไฟล์
settings-override-absent = ไม่มีไฟล์ตั้งค่าของพื้นที่ จึงใช้รายชื่อหน่วยงานมาตรฐาน
settings-override-loaded = อ่านแล้วและถูกต้อง: กำลังใช้งาน
settings-override-invalid = ไม่ถูกต้อง จึงไม่ได้ใช้ และใช้รายชื่อหน่วยงานมาตรฐานแทน โปรดแก้ไขบรรทัดต่อไปนี้ แล้วเปิดแอปใหม่
settings-override-local = หน่วยงานที่เพิ่มโดยที่นี่
settings-override-changed = หน่วยงานที่แก้ไขโดยที่นี่
settings-check-title = ตรวจสอบข้อมูล
settings-check-ok = ผ่านการตรวจสอบทั้งหมด
settings-check-failed = พบปัญหา:
settings-check-questions = คำถาม
settings-check-rules = กฎ
settings-check-services = หน่วยงาน
settings-check-languages = ภาษา
settings-check-again = ตรวจสอบอีกครั้ง
settings-check-restart = ไฟล์ตั้งค่าของพื้นที่ที่แก้ไขแล้วจะมีผลหลังเปิดแอปใหม่
ui-keys-tools = ในหน้าจอนี้: Alt+D รายชื่อหน่วยงาน / Alt+R บันทึกที่บันทึกไว้ / Alt+T สถิติ / Alt+S การตั้งค่า

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: ไม่แสดง น้อยกว่า { $k } ในเดือนใดเดือนหนึ่งของปีงบประมาณ (รวมศูนย์) หรือซ่อนไว้เพื่อไม่ให้คำนวณจำนวนนั้นได้
reports-period = ช่วงเวลา
reports-period-fiscal-years = ปีงบประมาณ (เมษายนถึงมีนาคม)
reports-period-quarters = ไตรมาส
reports-period-months = เดือน
reports-fiscal-year = ปีงบประมาณ { $year } (เม.ย.–มี.ค.)
reports-fiscal-quarter = ปีงบประมาณ { $year } ไตรมาส { $quarter }
reports-period-note = สถิติเผยแพร่เฉพาะรายเดือน รายไตรมาส และรายปีงบประมาณเท่านั้น มิฉะนั้นอาจคำนวณจำนวนที่ซ่อนไว้ได้โดยนำช่วงหนึ่งลบอีกช่วงหนึ่ง
ui-problem-log-empty = ไฟล์บันทึกว่างเปล่า (0 ไบต์): เนื้อหาหายไปแล้ว ไม่ได้สร้างเป็นบันทึกใหม่ แต่เปิดแบบอ่านอย่างเดียว
ui-problem-log-cannot-write = ไม่สามารถเขียนไฟล์บันทึกหรือโฟลเดอร์ของไฟล์ได้ (ไม่มีสิทธิ์ หรือดิสก์อ่านอย่างเดียว) ไฟล์ไม่ได้เสียหาย เปิดแบบอ่านอย่างเดียว
ui-problem-log-cannot-write-todo = ยังให้คำปรึกษาและส่งต่อได้ แต่บันทึกไม่ได้ โปรดติดต่อผู้ดูแลระบบเพื่อให้เขียนโฟลเดอร์และไฟล์นี้ได้ แล้วเริ่มแอปใหม่
ui-problem-set-aside-title = ย้ายไฟล์ที่อยู่ข้างไฟล์บันทึกออกไปแล้ว
ui-problem-set-aside-what = ข้างไฟล์บันทึกมีไฟล์ชั่วคราว (WAL หรือ journal) ที่ไม่ใช่ของบันทึกนี้ เพื่อไม่ให้ถูกเขียนลงในบันทึก จึงไม่อ่านไฟล์นั้น แต่เปลี่ยนชื่อและเก็บไว้ในโฟลเดอร์เดิม บันทึกไม่เปลี่ยนแปลงและบันทึกข้อมูลได้
ui-problem-set-aside-todo = อย่าลบไฟล์ที่ย้ายไว้ โปรดติดต่อผู้ดูแลระบบเพื่อตรวจสอบว่าไฟล์มาจากไหน (บันทึกของเคาน์เตอร์อื่น ข้อมูลสำรอง)
records-month = เดือน
settings-desk-code-help = รหัสที่ผู้ประสานงานกำหนดให้ช่องบริการนี้ บันทึกไว้กับการปรึกษาแต่ละครั้ง เช่น "shinjuku-2f" หรือ "window-3" ใช้ได้เฉพาะตัวพิมพ์เล็ก a–z ตัวเลข (1 ถึง 4 ตัว) และขีดกลาง ห้ามใช้ชื่อคน
settings-error-desk-code = นี่ไม่ใช่รหัสช่องบริการ ใช้ตัวพิมพ์เล็ก a–z ตัวเลข และขีดกลาง ไม่เกิน 32 ตัวอักษร ขึ้นต้นด้วยตัวอักษรหรือตัวเลข มีตัวเลขอย่างน้อย 1 และไม่เกิน 4 ตัว (เช่น "window-3") ชื่อคนใช้เป็นรหัสช่องบริการไม่ได้

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = ลบบันทึกเก่าหรือไม่
settings-purge-dialog = บันทึก { $records } รายการและผลการฝึก { $training } รายการก่อนวันที่ { $cutoff } จะถูกลบ ย้อนกลับไม่ได้
settings-purge-cancelled = ไม่ได้ลบสิ่งใด
settings-retention-dialog-title = เก็บบันทึกไว้น้อยปีลงหรือไม่
settings-retention-dialog = จะเก็บบันทึกไว้ { $to } ปีแทน { $from } ปี จากนั้นการลบบันทึกเก่าจะลบบันทึก { $records } รายการและผลการฝึก { $training } รายการก่อนวันที่ { $cutoff }
settings-retention-dialog-uncounted = จะเก็บบันทึกไว้ { $to } ปีแทน { $from } ปี จากนั้นการลบบันทึกเก่าจะลบบันทึกมากกว่าเดิม
settings-retention-dialog-yes = ใช่ ลดจำนวนปี
settings-error-retention_not_confirmed = ไม่ได้ลดระยะเวลาการเก็บรักษา (เลือกยกเลิกในการยืนยัน) จึงไม่ได้บันทึกสิ่งใด

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = ไฟล์นี้เปลี่ยนหน่วยงานฉุกเฉิน เช่น 110 และ 119 ไม่ได้ โปรดลบรายการเหล่านั้น
ui-override-error-duplicate = มีหน่วยงานเดียวกัน (id) เขียนไว้สองครั้ง โปรดเหลือไว้รายการเดียว
ui-override-error-entry = id ช่องทางติดต่อ (หมายเลขโทรศัพท์ รหัสโทร ที่อยู่ https) ชื่อ (label) หรือภาษาของหน่วยงานไม่ถูกต้อง
ui-override-error-encoding = ไฟล์ไม่ได้บันทึกเป็น UTF-8 โปรดบันทึกใหม่เป็น UTF-8

## coord
card-japanese-only = (ภาษาญี่ปุ่นเท่านั้น)
directory-review-due = ไม่ได้ตรวจสอบมากกว่า { $months } เดือน: โปรดยืนยันหมายเลขและเวลาทำการ
settings-review = ระยะเวลาตรวจสอบรายชื่อหน่วยงาน (เดือน)
settings-error-review = ระยะเวลาตรวจสอบคือ 1 ถึง 60 เดือน
settings-review-due = รายการที่ตรวจสอบนานกว่าระยะเวลา
settings-review-help = ส่งออกรายการด้วย madoguchi directory review --out review.csv แล้วเขียนผลกลับลงไฟล์แทนที่ด้วย --apply
settings-override-create = สร้างไฟล์แทนที่จากตัวอย่าง
settings-override-created = สร้างไฟล์แทนที่จากตัวอย่างที่มีคำอธิบายแล้ว โปรดแก้ไข กด "ตรวจสอบอีกครั้ง" แล้วเริ่มแอปใหม่
settings-override-create-failed = สร้างไฟล์แทนที่ไม่ได้:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = อ่านบรรทัดนี้เป็น TOML ไม่ได้ โปรดตรวจว่าปิด ", [ ] หรือ { "{" } { "}" } ครบ และเขียน "=" ถูกต้อง
override-error-unknown-key = ไม่มีรายการ { $key } รายการที่ใช้ได้: { $keys }
override-error-value = ใช้ค่า { $value } ของ "{ $field }" ไม่ได้ { $choices ->
    [none] ดูตัวอย่าง data/site-override.example.toml
   *[other] ค่าที่ใช้ได้: { $choices }
}
override-error-missing = หน่วยงาน "{ $id }" ขาด: { $fields }
override-error-date = { $value } ไม่ใช่วันที่: เขียนเป็น ปี-เดือน-วัน เช่น 2026-04-01
override-error-duplicate = หน่วยงาน { $id } อยู่ที่บรรทัด { $first } ของไฟล์นี้ด้วย โปรดเหลือไว้หนึ่งรายการ
override-error-emergency = "{ $id }" เป็นหน่วยงานฉุกเฉินเช่น 110 หรือ 119: ไฟล์นี้เปลี่ยนไม่ได้ โปรดลบรายการนี้
override-error-emergency-with = หน่วยงาน "{ $id }": ห้ามระบุร่วมกับหน่วยงานฉุกเฉิน "{ $with }" (refer_with)
override-error-contact = ช่องทางติดต่อที่ { $number } ของ "{ $id }" คือ { $value } ไม่ใช่{ $kind ->
    [phone] หมายเลขโทรศัพท์ (เช่น 03-1234-5678)
    [dial] หมายเลขสั้น (เช่น 110 หรือ #8103)
    [web] ที่อยู่ที่ขึ้นต้นด้วย https://
    [email] ที่อยู่อีเมล
   *[other] "local" (สำนักงานที่ใกล้ที่สุด)
}
override-error-empty = หน่วยงาน "{ $id }": "{ $field }" ว่างอยู่
override-error-label = ชื่อ (label) ของ "{ $id }" { $problem ->
    [empty] ว่างอยู่
    [long] ยาวเกิน { $max } ตัวอักษร
   *[other] มีอักขระควบคุม
}
override-error-text = หน่วยงาน "{ $id }", "{ $field }": { $problem ->
    [no-ja] ไม่มีภาษาญี่ปุ่น (ja) ภาษาญี่ปุ่นจะแสดงแทนภาษาที่ไม่ได้เขียน จึงต้องมี
    [language] "{ $lang }" ไม่ใช่ภาษาของแอป ภาษา: { $langs }
    [empty] ข้อความ "{ $lang }" ว่างอยู่
    [long] ข้อความ "{ $lang }" ยาวเกินไป
    [both] มีทั้ง label และ name; เหลือไว้เฉพาะ name
   *[other] ข้อความ "{ $lang }" มีอักขระควบคุม
}
override-error-note = หมายเหตุ { $note } ของช่องทางติดต่อที่ { $number } ของ "{ $id }" ไม่ใช่ข้อความในแอป หากต้องการเขียนด้วยคำของจุดบริการเอง: note = { "{" } ja = "平日のみ", th = "เฉพาะวันธรรมดา" { "}" }
override-error-shipped-local = "{ $id }" มาพร้อมแอป: label และ refer_with ใช้ได้เฉพาะหน่วยงานที่จุดบริการเพิ่มเอง
override-error-assured-by = "{ $id }": วันที่ตรวจสอบ (assured_date) ต้องมี assured_by คือแหล่งข้อมูล (หนึ่งใน sources) ที่ใช้ตรวจสอบ
override-error-service-id = { $id } ใช้เป็น id ไม่ได้: ขึ้นต้นด้วยตัวพิมพ์เล็ก ตามด้วยตัวพิมพ์เล็ก ตัวเลข หรือ "_" ไม่เกิน 63 ตัว
override-error-local-needs = "{ $id }" ไม่ได้มาพร้อมแอป: หน่วยงานที่เพิ่มเองต้องมี name (หรือ label) และ refer_with
override-error-encoding = ไฟล์ไม่ได้บันทึกเป็น UTF-8 ({ $byte } ที่ไบต์ { $offset }) โปรดบันทึกใหม่เป็น UTF-8
override-error-refer-with = "{ $id }": refer_with "{ $with }" ไม่ใช่หน่วยงานที่มาพร้อมแอป
override-error-serves = "{ $id }": กลุ่มเป้าหมาย (serves) มีรายการหรือค่าที่ไม่รู้จัก
override-error-source = "{ $id }": { $source ->
    [none] ไม่มีแหล่งข้อมูล (sources)
   *[other] แหล่งข้อมูล { $source } ไม่ใช่ที่อยู่ https:// หรือบรรทัดของเอกสาร
}
override-error-language = "{ $id }", ภาษา "{ $lang }": { $problem ->
    [tag] เขียนรหัสภาษาผิด (เช่น vi, pt, fil)
    [unbacked] ไม่มีช่องทางติดต่อที่พูดภาษานี้และไม่มีล่าม
   *[other] ไม่มีใน languages ของหน่วยงาน โปรดเพิ่ม
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = มีการขอสิ่งที่แอปไม่มี (ภาษา คำถาม คำตอบ กรณี ช่วงเวลา หรือตัวกรอง)
ui-error-no-content = ข้อมูลในตัวแอปไม่ผ่านการตรวจสอบ จึงแสดงส่วนนี้ไม่ได้
ui-error-log = ไม่สามารถอ่านหรือเขียนไฟล์บันทึกได้
ui-error-settings = มีการตั้งค่าบางอย่างที่ไม่ได้รับการยอมรับ จึงไม่ได้บันทึกอะไรเลย
ui-error-desktop = คอมพิวเตอร์เครื่องนี้ทำไม่ได้ (หน้าต่างโต้ตอบ การพิมพ์ หรือโปรแกรมที่ใช้เปิด)

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = เกิดปัญหาที่ไม่คาดคิดภายในแอป
ui-error-todo = กด «ลองอีกครั้ง» หรือกลับไปที่หน้าจอเริ่มต้น หากยังเกิดขึ้นอีก ให้แจ้งรายละเอียดด้านล่างแก่ผู้ดูแล
ui-error-retry = ลองอีกครั้ง

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = คำแปลที่ยังไม่ได้ตรวจ
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = เอกสารนี้แปลด้วยเครื่องและยังไม่ได้ตรวจสอบ หากมีส่วนใดไม่ชัดเจน โปรดถามเจ้าหน้าที่

## About (package)
settings-about-title = เกี่ยวกับ Madoguchi
settings-about-version = เวอร์ชัน
settings-about-data-date = ข้อมูลรายชื่อหน่วยงาน ณ วันที่ (แหล่งข้อมูลที่ยืนยันล่าสุด)
