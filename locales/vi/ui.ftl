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
contact-in-person-local = Đến trực tiếp văn phòng gần nhất (khác nhau theo khu vực)
language-fit-native = Có đầu mối liên hệ nói được { $language }
language-fit-interpreter = Nơi này có phiên dịch (ví dụ cuộc gọi ba bên), nên có thể dùng { $language }
language-fit-unknown = Tài liệu không cho biết có thể dùng { $language } hay không
language-fit-none = Không hỗ trợ { $language } (theo tài liệu, chỉ có các ngôn ngữ khác)
language-fit-contact = Với { $language }, hãy liên hệ số này trước
language-fit-advice = Nếu không dùng được { $language }, nhân viên sẽ gọi điện cùng bạn và giải thích bằng tiếng Nhật. Nếu nơi đó có phiên dịch (ví dụ cuộc gọi ba bên), hãy yêu cầu phiên dịch.
ui-card-language-fit = Hỗ trợ ngôn ngữ
directory-fit-language = Ngôn ngữ của người được tư vấn (hiển thị mức hỗ trợ ngôn ngữ này)

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
ui-error-title = Không thể thực hiện thao tác này
ui-error-detail = Chi tiết (dành cho người quản lý):
ui-error-back = Quay lại màn hình bắt đầu
ui-next = Tiếp
ui-emergency-title = Hãy gọi ngay
ui-result-title = Nơi giới thiệu
ui-result-none = Với các câu trả lời này, không có nơi giới thiệu.
ui-result-answers = Các câu trả lời
ui-result-slip = Xem phiếu giới thiệu
ui-result-save = Lưu và kết thúc
ui-card-contact = Liên hệ
ui-contact-open-failed = Máy tính này không mở được. Hãy tự bấm số hoặc nhập địa chỉ đang hiển thị.
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
ui-slip-intro = Bạn có thể liên hệ các nơi dưới đây. Cuộc gọi có mất phí hay không, và có thể giấu tên hay không, được ghi ở từng nơi.
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

train-title = Tình huống đào tạo: { $case } ({ $difficulty })
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
train-route-trafficking = Mua bán người
train-route-sexual_crime_8103 = Tội phạm tình dục (#8103)
train-route-child_189 = Ngược đãi trẻ em (189)
train-route-one_stop = Trung tâm One-Stop
train-route-iom_return = Hỗ trợ hồi hương của IOM
train-route-immigration = Xuất nhập cảnh
train-route-labour = Lao động
train-route-residence = Tư cách lưu trú
train-route-discrimination = Phân biệt đối xử
train-route-online_images = Hình ảnh trên mạng
train-route-domestic_violence = Bạo lực gia đình
train-route-emergency = Khẩn cấp (110/119)
train-route-unknown_answers = Câu trả lời không rõ

## Directory screen

directory-open-now = Đang mở (24 giờ hoặc trực tuyến)
directory-open-unknown = Không rõ — hãy kiểm tra giờ
directory-origin-shipped = Mặc định
directory-origin-overridden = Đã được nơi này sửa
directory-origin-local = Do nơi này thêm
directory-title = Danh bạ nơi hỗ trợ
directory-search = Tìm kiếm (tên hoặc mô tả)
directory-concern = Vấn đề
directory-language = Ngôn ngữ
directory-any = Tất cả
directory-free-call = Chỉ gọi miễn phí
directory-anonymous = Chỉ ẩn danh
directory-open-only = Chỉ nơi đang mở
directory-shown = Số nơi đang hiển thị
directory-none = Không có nơi nào phù hợp với bộ lọc này.
directory-reachable = Đang mở
directory-sources = Nguồn
directory-confidence = Độ tin cậy
directory-confidence-high = Cao
directory-confidence-medium = Trung bình
directory-confidence-low = Thấp
directory-confidence-unconfirmed = Chưa xác nhận
directory-serves = Dành cho
directory-origin = Mục

# Records screen
records-title = Hồ sơ đã lưu
records-note = Chỉ các buổi tư vấn thật, mới nhất trước; không hiển thị hồ sơ đào tạo. Hồ sơ chỉ có các phân loại: không có gì nhận diện được ai.
records-total = Số hồ sơ
records-none = Chưa có hồ sơ nào được lưu.
records-unavailable = Không đọc được tệp nhật ký nên không thể hiển thị hồ sơ.
records-referrals = Đã giới thiệu đến
records-no-referrals = Không giới thiệu
records-previous = Trang trước
records-next = Trang sau
records-page = Trang

# Reports screen: categories and dimensions the flow does not label
report-month = Tháng
report-total = Tổng
report-unknown = Không rõ
report-not-applicable = Không áp dụng (người Nhật)
report-no-service = Không giới thiệu
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

## Reports screen

reports-title = Thống kê
reports-note = Đếm số buổi tư vấn thật theo tháng; các buổi đào tạo không bao giờ được tính. Các số lượng nhỏ bị ẩn, và mọi ô khác có thể dùng để suy ra số bị ẩn cũng bị ẩn.
reports-dimension = Đếm theo
reports-second-dimension = Chia tiếp theo
reports-no-second = Không chia thêm
reports-loading = Đang đếm…
reports-records = Số buổi tư vấn trong kỳ
reports-empty = Không có buổi tư vấn nào được lưu trong kỳ này.
reports-unavailable = Không đọc được tệp nhật ký nên không thể thống kê.
reports-bar-title = Cả kỳ
reports-line-title = Theo từng tháng
reports-line-note = Tổng số và các phân loại có số lượng lớn nhất. Chỗ đứt trên đường là số bị ẩn.
reports-table-title = Bảng
reports-export = Xuất ra CSV…
reports-export-dialog = Lưu thống kê thành tệp CSV
reports-export-filter = Tệp CSV
reports-exported = Đã lưu vào
reports-export-records = Số buổi tư vấn đã đếm
reports-export-cancelled = Không có gì được lưu.
reports-export-failed = Không lưu được thống kê:

## Settings screen

settings-title = Cài đặt
settings-note = Các cài đặt này chỉ được lưu trong thư mục dữ liệu của máy tính này.
settings-data-dir = Thư mục dữ liệu
settings-desk = Tên quầy
settings-staff-lang = Ngôn ngữ của nhân viên khi khởi động
settings-client-lang = Ngôn ngữ của người được tư vấn khi khởi động
settings-idle = Xóa buổi tư vấn đang mở sau số giây không thao tác này
settings-retention = Số năm lưu giữ hồ sơ
settings-save = Lưu cài đặt
settings-saved = Đã lưu cài đặt.
settings-not-saved = Chưa lưu được cài đặt:
settings-error-idle = Thời gian không thao tác phải là số giây nguyên từ 2 đến 3600.
settings-error-retention = Hồ sơ phải được lưu giữ từ 1 đến 10 năm.
settings-error-language = Không có ngôn ngữ đó.
settings-error-write = Không ghi được tệp cài đặt:
settings-log = Nhật ký tư vấn
settings-log-writable = Đang hoạt động: có thể lưu các buổi tư vấn.
settings-log-closed = Chỉ đọc: không thể lưu hay xóa gì (xem thông báo hiện lúc khởi động).
settings-log-records = Số hồ sơ trong nhật ký
settings-purge-title = Xóa hồ sơ cũ
settings-purge-cutoff = Hồ sơ trước ngày này sẽ bị xóa
settings-purge-count = Số hồ sơ sẽ xóa
settings-purge-training = Số kết quả đào tạo sẽ xóa
settings-purge-button = Xóa hồ sơ cũ…
settings-purge-yes = Có, xóa
settings-purge-no = Hủy
settings-purge-done = Số hồ sơ đã xóa
settings-purge-nothing = Không có hồ sơ nào cũ hơn thời hạn lưu giữ.
settings-purge-failed = Không xóa được hồ sơ:
settings-purge-changed = Chưa xóa gì: số lượng đã thay đổi sau khi bạn kiểm tra (ví dụ: đã sang ngày mới). Hãy kiểm tra số mới rồi xóa lại.
settings-override-title = Tệp thiết lập địa phương
settings-override-path = Tệp
settings-override-absent = Không có tệp thiết lập địa phương: đang dùng danh bạ mặc định.
settings-override-loaded = Đã đọc, hợp lệ: đang sử dụng.
settings-override-invalid = Không hợp lệ nên không được dùng: đang dùng danh bạ mặc định thay thế. Hãy sửa các dòng này rồi khởi động lại ứng dụng.
settings-override-local = Nơi hỗ trợ do quầy này thêm
settings-override-changed = Nơi hỗ trợ do quầy này sửa
settings-check-title = Kiểm tra dữ liệu
settings-check-ok = Đã qua tất cả các bước kiểm tra.
settings-check-failed = Đã phát hiện vấn đề:
settings-check-questions = Câu hỏi
settings-check-rules = Quy tắc
settings-check-services = Nơi hỗ trợ
settings-check-languages = Ngôn ngữ
settings-check-again = Kiểm tra lại
settings-check-restart = Tệp thiết lập địa phương đã sửa chỉ được dùng sau khi khởi động lại ứng dụng.
ui-keys-tools = Trên màn hình này: Alt+D danh bạ, Alt+R hồ sơ đã lưu, Alt+T thống kê, Alt+S cài đặt.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: không hiển thị. Ít hơn { $k } trong một tháng nào đó của năm tài chính (kể cả số 0), hoặc được ẩn để không thể tính ra con số đó.
reports-period = Khoảng thời gian
reports-period-fiscal-years = Năm tài chính (tháng 4 đến tháng 3)
reports-period-quarters = Quý
reports-period-months = Tháng
reports-fiscal-year = Năm tài chính { $year } (tháng 4–tháng 3)
reports-fiscal-quarter = Năm tài chính { $year } quý { $quarter }
reports-period-note = Thống kê chỉ được công bố theo tháng, quý và năm tài chính: nếu không, có thể tính ra con số bị ẩn bằng cách lấy khoảng này trừ khoảng kia.
ui-problem-log-empty = Tệp hồ sơ trống (0 byte): nội dung đã mất. Tệp không được tạo lại thành hồ sơ mới; đã được mở ở chế độ chỉ đọc.
ui-problem-log-cannot-write = Không thể ghi vào tệp hồ sơ hoặc thư mục của nó (không có quyền hoặc ổ đĩa chỉ đọc). Tệp không bị hỏng; đã được mở ở chế độ chỉ đọc.
ui-problem-log-cannot-write-todo = Vẫn có thể tư vấn và giới thiệu, nhưng không thể lưu. Hãy liên hệ quản trị viên để cấp quyền ghi cho thư mục và tệp này rồi khởi động lại ứng dụng.
ui-problem-set-aside-title = Một tệp bên cạnh hồ sơ đã được chuyển sang bên
ui-problem-set-aside-what = Bên cạnh tệp hồ sơ có một tệp tạm (WAL hoặc journal) không thuộc hồ sơ này. Để không bị ghi vào hồ sơ, tệp đó không được đọc mà được đổi tên và để lại trong cùng thư mục. Hồ sơ không thay đổi và vẫn lưu được.
ui-problem-set-aside-todo = Đừng xóa tệp đã chuyển. Hãy liên hệ quản trị viên để tìm hiểu tệp đó từ đâu đến (hồ sơ của quầy khác, bản sao lưu).
records-month = Tháng
settings-desk-code-help = Mã do điều phối viên đặt cho quầy này, được lưu cùng mỗi buổi tư vấn: ví dụ "shinjuku-2f" hoặc "window-3". Chỉ gồm chữ thường a–z, chữ số (từ 1 đến 4) và dấu gạch ngang. Không bao giờ là tên người.
settings-error-desk-code = Đây không phải là mã quầy. Hãy dùng chữ thường a–z, chữ số và dấu gạch ngang, tối đa 32 ký tự, bắt đầu bằng chữ hoặc số, có ít nhất 1 và tối đa 4 chữ số (ví dụ "window-3"). Tên người không thể là mã quầy.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Xóa hồ sơ cũ?
settings-purge-dialog = Sẽ xóa { $records } hồ sơ và { $training } kết quả đào tạo trước ngày { $cutoff }. Không thể hoàn tác.
settings-purge-cancelled = Không có gì bị xóa.
settings-retention-dialog-title = Lưu giữ hồ sơ ít năm hơn?
settings-retention-dialog = Hồ sơ sẽ được lưu giữ { $to } năm thay vì { $from } năm. Khi đó, xóa hồ sơ cũ sẽ xóa { $records } hồ sơ và { $training } kết quả đào tạo trước ngày { $cutoff }.
settings-retention-dialog-uncounted = Hồ sơ sẽ được lưu giữ { $to } năm thay vì { $from } năm. Khi đó, xóa hồ sơ cũ sẽ xóa nhiều hồ sơ hơn trước.
settings-retention-dialog-yes = Có, lưu giữ ít năm hơn
settings-error-retention_not_confirmed = Thời hạn lưu giữ không bị rút ngắn (đã chọn Hủy khi xác nhận); không có gì được lưu.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Không thể thay đổi các dịch vụ khẩn cấp như 110 và 119 bằng tệp này. Hãy xóa các mục đó.
ui-override-error-duplicate = Cùng một dịch vụ (id) được viết hai lần. Hãy giữ lại một.
ui-override-error-entry = Id, liên hệ (số điện thoại, mã quay số, địa chỉ https), tên (label) hoặc ngôn ngữ của một dịch vụ không hợp lệ.
ui-override-error-encoding = Tệp không được lưu ở dạng UTF-8. Hãy lưu lại ở dạng UTF-8.

## coord
card-japanese-only = (chỉ có tiếng Nhật)
directory-review-due = Chưa kiểm tra hơn { $months } tháng: hãy xác nhận số điện thoại và giờ tiếp nhận.
settings-review = Chu kỳ kiểm tra danh bạ (tháng)
settings-error-review = Chu kỳ kiểm tra từ 1 đến 60 tháng.
settings-review-due = Nơi tư vấn có ngày kiểm tra cũ hơn chu kỳ
settings-review-help = Xuất danh sách bằng madoguchi directory review --out review.csv; ghi kết quả vào tệp ghi đè bằng --apply.
settings-override-create = Tạo tệp ghi đè từ tệp mẫu
settings-override-created = Đã tạo tệp ghi đè từ tệp mẫu có chú thích. Hãy sửa, bấm "Kiểm tra lại", rồi khởi động lại ứng dụng.
settings-override-create-failed = Không tạo được tệp ghi đè:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Không đọc được dòng này dưới dạng TOML. Hãy kiểm tra dấu ", [ ] hoặc { "{" } { "}" } chưa đóng và cách viết "=".
override-error-unknown-key = Không có mục { $key }. Các mục dùng được: { $keys }
override-error-value = Không dùng được giá trị { $value } của "{ $field }". { $choices ->
    [none] Xem tệp mẫu data/site-override.example.toml.
   *[other] Giá trị dùng được: { $choices }
}
override-error-missing = Nơi tư vấn "{ $id }" còn thiếu: { $fields }
override-error-date = { $value } không phải là ngày: hãy viết năm-tháng-ngày, ví dụ 2026-04-01.
override-error-duplicate = Nơi tư vấn { $id } cũng có ở dòng { $first } của tệp này. Chỉ giữ một.
override-error-emergency = "{ $id }" là nơi khẩn cấp như 110 hoặc 119: tệp này không thể thay đổi. Hãy xóa mục này.
override-error-emergency-with = Nơi tư vấn "{ $id }": không được xếp cùng nơi khẩn cấp "{ $with }" (refer_with).
override-error-contact = Liên hệ thứ { $number } của "{ $id }", { $value }, không phải { $kind ->
    [phone] số điện thoại (ví dụ 03-1234-5678).
    [dial] số ngắn (ví dụ 110, #8103).
    [web] địa chỉ bắt đầu bằng https://.
    [email] địa chỉ e-mail.
   *[other] "local" (quầy gần nhất).
}
override-error-empty = Nơi tư vấn "{ $id }": "{ $field }" đang trống.
override-error-label = Tên (label) của "{ $id }" { $problem ->
    [empty] đang trống.
    [long] dài hơn { $max } ký tự.
   *[other] có ký tự điều khiển.
}
override-error-text = "{ $id }", "{ $field }": { $problem ->
    [no-ja] không có tiếng Nhật (ja). Tiếng Nhật được hiển thị thay cho ngôn ngữ chưa viết nên bắt buộc.
    [language] "{ $lang }" không phải ngôn ngữ của ứng dụng. Ngôn ngữ: { $langs }
    [empty] văn bản "{ $lang }" đang trống.
    [long] văn bản "{ $lang }" quá dài.
    [both] có cả label và name; chỉ giữ name.
   *[other] văn bản "{ $lang }" có ký tự điều khiển.
}
override-error-note = Ghi chú { $note } của liên hệ thứ { $number } của "{ $id }" không phải văn bản có trong ứng dụng. Để viết bằng lời của quầy: note = { "{" } ja = "平日のみ", vi = "Chỉ ngày thường" { "}" }
override-error-shipped-local = "{ $id }" có sẵn trong ứng dụng: label và refer_with chỉ dành cho nơi tư vấn quầy tự thêm.
override-error-assured-by = "{ $id }": ngày kiểm tra (assured_date) cần assured_by, nguồn (một trong sources) đã dùng để kiểm tra.
override-error-service-id = { $id } không thể là id: một chữ thường, rồi tối đa 63 chữ thường, chữ số hoặc "_".
override-error-local-needs = "{ $id }" không có sẵn trong ứng dụng: nơi tư vấn quầy tự thêm cần name (hoặc label) và refer_with.
override-error-encoding = Tệp chưa được lưu dưới dạng UTF-8 ({ $byte } ở byte { $offset }). Hãy lưu lại bằng UTF-8.
override-error-refer-with = "{ $id }": refer_with "{ $with }" không phải nơi tư vấn có sẵn trong ứng dụng.
override-error-serves = "{ $id }": đối tượng (serves) có mục hoặc giá trị không tồn tại.
override-error-source = "{ $id }": { $source ->
    [none] không có nguồn (sources).
   *[other] nguồn { $source } không phải địa chỉ https:// hay dòng tài liệu.
}
override-error-language = "{ $id }", ngôn ngữ "{ $lang }": { $problem ->
    [tag] mã ngôn ngữ viết sai (ví dụ vi, pt, fil).
    [unbacked] không có liên hệ nói ngôn ngữ này và không có phiên dịch.
   *[other] chưa có trong languages của nơi tư vấn; hãy thêm vào.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = Ứng dụng được yêu cầu một thứ mà nó không có (ngôn ngữ, câu hỏi, câu trả lời, tình huống, kỳ hoặc bộ lọc).
ui-error-no-content = Dữ liệu có sẵn của ứng dụng không qua được kiểm tra nên không thể hiển thị.
ui-error-log = Không thể đọc hoặc ghi tệp nhật ký.
ui-error-settings = Một số cài đặt bị từ chối nên chưa lưu gì cả.
ui-error-desktop = Máy tính này không làm được (hộp thoại, in, hoặc chương trình để mở).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = Đã xảy ra sự cố không mong muốn bên trong ứng dụng.
ui-error-todo = Hãy nhấn «Thử lại» hoặc quay lại màn hình bắt đầu. Nếu vẫn xảy ra, hãy báo nội dung bên dưới cho người quản lý.
ui-error-retry = Thử lại

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Bản dịch chưa được kiểm tra
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Tờ giấy này là bản dịch máy và chưa được kiểm tra. Nếu có chỗ nào chưa rõ, hãy hỏi nhân viên.

## About (package)
settings-about-title = Giới thiệu Madoguchi
settings-about-version = Phiên bản
settings-about-data-date = Dữ liệu danh bạ tính đến ngày (nguồn được xác nhận gần nhất)
