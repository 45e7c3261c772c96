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
