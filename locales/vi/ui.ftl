### Văn bản chung của màn hình và terminal — tiếng Việt (vi); ngôn ngữ tham chiếu là ja

option-unknown = Không biết / Không muốn trả lời
priority-emergency = Khẩn cấp
priority-urgent = Gấp
priority-standard = Thông thường
local-service-hours = Vui lòng xem giờ tiếp nhận trong hướng dẫn riêng của quầy này.
local-service-expect = Đây là nơi tư vấn tại địa phương do chính quầy này đăng ký.
check-before-use = Kiểm tra trước khi dùng: thông tin này đã cũ hoặc chưa được xác nhận.
list-separator = { ", " }
locale-status-reference = Ngôn ngữ tham chiếu
locale-status-reviewed = Bản dịch đã được kiểm tra
locale-status-draft = Bản dịch nháp (chưa được kiểm tra)
assured-on = Ngày kiểm tra: { $date }

## madoguchi walk

walk-title = Quy trình tư vấn (nhân viên: { $staff } / người được tư vấn: { $client })
walk-choose-one = Vui lòng nhập một số.
walk-choose-many = Vui lòng nhập tất cả các số phù hợp, cách nhau bằng dấu cách.
walk-back-hint = Nhập 0 để quay lại câu hỏi trước.
walk-invalid = Không thể chọn số đó. Vui lòng nhập lại.
walk-progress = Câu hỏi { $number }
walk-results = Nơi được giới thiệu
walk-no-referrals = Không có nơi được giới thiệu.
walk-why = Lý do
walk-source = Nguồn
walk-hours = Giờ tiếp nhận
walk-ended = Việc nhập đã kết thúc nên buổi tư vấn đã dừng lại. Không có thông tin nào được lưu.

## madoguchi route (dạng để người đọc)

route-heading = Nơi được giới thiệu ({ $count ->
   *[other] { $count } nơi
})
route-rules = Quy tắc làm căn cứ: { $rules }

## Training

train-title = Tình huống đào tạo { $case } ({ $difficulty })
train-vignette = Dành cho người đóng vai người đến tư vấn ({ $lang }):
train-start = Hãy tiến hành buổi tư vấn như thường lệ.
train-debrief = Nhìn lại
train-score = Đã giới thiệu { $hit } trên { $expected } nơi cần giới thiệu
train-hit = Đã giới thiệu đúng
train-missed = Bỏ sót
train-must-not = Đã giới thiệu dù không được giới thiệu
train-extra = Không cần (không gây hại)
train-none = (không có)
train-emergency = Xử lý khẩn cấp
train-emergency-not-needed = Tình huống này không cần giới thiệu khẩn cấp, và đã không giới thiệu.
train-emergency-handled = Đã xử lý trước tiên: đã hỏi về nguy hiểm đầu tiên, và { $services } được giới thiệu đầu tiên.
train-emergency-missed = Bỏ sót: tình huống này cần giới thiệu { $services } đầu tiên.
train-emergency-not-first = Đã giới thiệu { $services }, nhưng không hỏi về nguy hiểm đầu tiên.
train-emergency-unneeded = Đã giới thiệu một số khẩn cấp mà tình huống này không cần.
train-mattered = Những câu hỏi quyết định
train-mattered-lost = Nếu không có câu trả lời này, sẽ thiếu: { $services }
train-mattered-gained = Nếu không có câu trả lời này, sẽ thêm: { $services }
train-mattered-priority = Nếu không có câu trả lời này, mức ưu tiên của các nơi sau sẽ thay đổi: { $services }
train-answer-differed = Câu trả lời của bạn khác với tình huống.
train-expected = Vì sao cần giới thiệu từng nơi
train-given = đã giới thiệu
train-not-given = chưa giới thiệu
train-passed = Đạt: không bỏ sót, không giới thiệu sai, đã xử lý khẩn cấp.
train-review = Hãy cùng giảng viên xem lại các điểm trên.
train-notes = Ghi chú giảng dạy
train-list-heading = Tình huống đào tạo ({ $count })
train-difficulty-intro = Nhập môn
train-difficulty-intermediate = Trung cấp
train-difficulty-advanced = Nâng cao
train-saved = Đã lưu kết quả buổi luyện tập này vào { $path } (tách riêng khỏi hồ sơ tư vấn thực tế; không lưu tên).

## Directory screen

directory-open-now = Đang mở (24 giờ hoặc trực tuyến)
directory-open-unknown = Không rõ — hãy kiểm tra giờ
directory-origin-shipped = Mặc định
directory-origin-overridden = Đã được nơi này sửa
directory-origin-local = Do nơi này thêm

# Reports screen: categories and dimensions the flow does not label
report-month = Tháng
report-total = Tổng
report-unknown = Không rõ
report-not-applicable = Không áp dụng (người Nhật)
report-no-service = Không giới thiệu
report-suppressed = Ít hơn { $k } (không hiển thị)
report-yes = Có
report-no = Không
report-outcome-referred = Đã giới thiệu
report-outcome-referred_with_handover = Đã giới thiệu và bàn giao
report-outcome-information_only = Chỉ cung cấp thông tin
report-outcome-client_declined = Người tư vấn từ chối
report-outcome-interrupted = Bị gián đoạn
report-region-east_asia = Đông Á
report-region-southeast_asia = Đông Nam Á
report-region-south_asia = Nam Á
report-region-central_asia = Trung Á
report-region-middle_east = Trung Đông
report-region-europe = Châu Âu
report-region-north_america = Bắc Mỹ
report-region-latin_america = Mỹ Latinh
report-region-africa = Châu Phi
report-region-oceania = Châu Đại Dương
report-dimension-age_group = Nhóm tuổi
report-dimension-gender = Giới tính
report-dimension-nationality = Quốc tịch
report-dimension-region = Khu vực quốc tịch
report-dimension-residence = Tư cách lưu trú
report-dimension-concern = Vấn đề
report-dimension-danger = Nguy hiểm
report-dimension-service = Nơi được giới thiệu
report-dimension-outcome = Kết quả
report-dimension-handover_consent = Đồng ý bàn giao
report-dimension-interpreter = Phiên dịch
report-dimension-staff_lang = Ngôn ngữ nhân viên
report-dimension-client_lang = Ngôn ngữ người tư vấn
report-dimension-desk = Quầy
