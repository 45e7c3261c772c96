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

## Ứng dụng máy tính

ui-strip-label = Số điện thoại khẩn cấp
ui-strip-police = Cảnh sát 110
ui-strip-ambulance = Cấp cứu và cứu hỏa 119
ui-hide = Ẩn màn hình
ui-keys-help = Phím số 1–9 để chọn. Backspace hoặc Alt+← để quay lại. Nhấn Esc hai lần để xóa màn hình và xóa ngay nội dung tư vấn.
ui-start-title = Bắt đầu tư vấn
ui-start-staff-lang = Ngôn ngữ của nhân viên
ui-start-client-lang = Ngôn ngữ của người được tư vấn
ui-start-mode = Loại tư vấn
ui-mode-live = Tư vấn thực tế
ui-mode-training = Đào tạo (không tính vào thống kê)
ui-start-privacy = Không có gì được ghi lại cho đến khi bạn nhấn Lưu. Chỉ lưu các phân loại không xác định được danh tính.
ui-start-begin = Bắt đầu tư vấn
app-progress = Câu hỏi { $number } / khoảng { $total }
ui-choose-many = Chọn tất cả các mục phù hợp, rồi nhấn Tiếp.
ui-back = Quay lại
ui-next = Tiếp
ui-emergency-title = Hãy gọi ngay
ui-result-title = Nơi giới thiệu
ui-result-none = Với các câu trả lời này, không có nơi giới thiệu.
ui-result-answers = Các câu trả lời
ui-result-slip = Xem phiếu giới thiệu
ui-result-save = Lưu và kết thúc
ui-card-contact = Liên hệ
ui-card-hours = Giờ tiếp nhận
ui-card-free-call = Phí gọi
ui-free-call-yes = Miễn phí
ui-free-call-no = Có tính phí
ui-free-call-partly = Miễn phí một phần
ui-free-call-unconfirmed = Chưa xác nhận
ui-card-anonymous = Tư vấn ẩn danh
ui-anonymous-yes = Được
ui-anonymous-no = Không được
ui-anonymous-partly = Tùy trường hợp
ui-anonymous-unconfirmed = Chưa xác nhận
ui-card-languages = Ngôn ngữ hỗ trợ
ui-languages-unconfirmed = (ngôn ngữ chưa được xác nhận)
ui-card-expect = Khi liên hệ sẽ như thế nào
ui-card-why = Lý do giới thiệu
ui-card-source = Nguồn:
ui-card-checked = Ngày kiểm tra thông tin
ui-slip-title = Phiếu giới thiệu
ui-slip-intro = Bạn có thể liên hệ các nơi dưới đây. Tư vấn miễn phí và được giữ bí mật.
ui-slip-print = In
ui-save-title = Lưu hồ sơ
ui-save-training = Được lưu như hồ sơ đào tạo. Không tính vào thống kê.
ui-save-privacy = Không lưu tên, thông tin liên lạc, địa chỉ, ngày sinh hay văn bản tự do.
ui-save-outcome = Kết quả tư vấn
ui-outcome-referred = Đã giới thiệu
ui-outcome-referred_with_handover = Đã giới thiệu và chuyển tiếp
ui-outcome-information_only = Chỉ cung cấp thông tin
ui-outcome-client_declined = Người được tư vấn từ chối
ui-outcome-interrupted = Bị gián đoạn
ui-save-interpreter = Đã dùng phiên dịch
ui-save-consent = Người được tư vấn đồng ý chuyển tiếp
ui-save-region = Khu vực quốc tịch (để thống kê; không ghi tên nước)
ui-region-none = Không trả lời / không rõ
ui-region-east_asia = Đông Á
ui-region-southeast_asia = Đông Nam Á
ui-region-south_asia = Nam Á
ui-region-central_asia = Trung Á
ui-region-middle_east = Trung Đông
ui-region-europe = Châu Âu
ui-region-north_america = Bắc Mỹ
ui-region-latin_america = Mỹ Latinh
ui-region-africa = Châu Phi
ui-region-oceania = Châu Đại Dương
ui-save-submit = Lưu và xóa màn hình
ui-save-unavailable = Không thể lưu vì không dùng được tệp hồ sơ. Vẫn có thể giới thiệu.
ui-save-error-consent = Để chọn "đã chuyển tiếp" cần có sự đồng ý của người được tư vấn.
ui-save-error-no-referral = Không có nơi giới thiệu nên không thể chọn "đã giới thiệu".
ui-save-error-data = Không thể lưu lần tư vấn này.
ui-save-error-log = Không ghi được vào tệp hồ sơ. Hãy liên hệ quản trị viên.
ui-saved = Đã lưu. Nội dung tư vấn đã được xóa khỏi màn hình.
ui-blank-title = Màn hình đã được ẩn
ui-new-consultation = Bắt đầu lần tư vấn mới
ui-problem-file = Tệp:
ui-problem-details = Các vấn đề tìm thấy
ui-problem-todo = Cần làm gì
ui-problem-continue = Đã hiểu, tiếp tục
ui-problem-override-title = Tệp thiết lập địa phương có lỗi
ui-problem-override-what = Các nơi tư vấn địa phương mà quầy này thêm hoặc sửa chưa được tải. Chỉ hiển thị các nơi tư vấn toàn quốc.
ui-problem-override-todo = Hãy liên hệ quản trị viên để sửa các dòng ở trên (kiểm tra bằng: madoguchi validate --override TỆP). Sau đó khởi động lại ứng dụng.
ui-problem-settings-title = Tệp cài đặt có lỗi
ui-problem-settings-what = Tệp cài đặt không được đọc; đang dùng cài đặt mặc định (như tự xóa sau 5 phút).
ui-problem-settings-todo = Hãy liên hệ quản trị viên để sửa các dòng ở trên. Sau đó khởi động lại ứng dụng.
ui-problem-log-title = Không thể lưu hồ sơ
ui-problem-log-damaged = Tệp hồ sơ bị hỏng nên đã được mở ở chế độ chỉ đọc.
ui-problem-log-not-a-log = Ở vị trí tệp hồ sơ có tệp của chương trình khác. Đã mở ở chế độ chỉ đọc.
ui-problem-log-newer-schema = Tệp hồ sơ được tạo bởi phiên bản Madoguchi mới hơn. Đã mở ở chế độ chỉ đọc.
ui-problem-log-unavailable = Không mở được tệp hồ sơ.
ui-problem-log-todo = Vẫn có thể tư vấn và giới thiệu, nhưng không thể lưu. Đừng xóa tệp; hãy liên hệ quản trị viên để chuyển tệp đến nơi an toàn và khởi động lại ứng dụng.
ui-problem-data-title = Dữ liệu của ứng dụng bị hỏng
ui-problem-data-what = Dữ liệu tích hợp không vượt qua kiểm tra nên không thể bắt đầu tư vấn.
ui-problem-data-todo = Hãy cài đặt lại ứng dụng. Nếu vẫn không được, hãy liên hệ quản trị viên.

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
