### 화면과 단말기 공통 텍스트 — 한국어 (ko)

option-unknown = 모름 / 답하고 싶지 않음
priority-emergency = 긴급
priority-urgent = 시급
priority-standard = 보통
local-service-hours = 접수 시간은 이 창구의 안내에서 확인해 주세요.
local-service-expect = 이 창구가 직접 등록한 지역 상담처입니다.
check-before-use = 사용 전에 확인하세요: 정보가 오래되었거나 확인되지 않았습니다.
list-separator = { ", " }
locale-status-reference = 기준 언어
locale-status-reviewed = 검토된 번역
locale-status-draft = 초안 번역(검토되지 않음)
assured-on = 확인일: { $date }
contact-in-person-local = 가까운 창구에 직접 방문(지역마다 다름)
language-fit-native = { $language }로 상담할 수 있는 연락처가 있습니다
language-fit-interpreter = 기관이 통역을 제공합니다(3자 통화 등). { $language }로 상담할 수 있습니다
language-fit-unknown = { $language } 이용 가능 여부는 자료에서 확인되지 않았습니다
language-fit-none = { $language }는 지원되지 않습니다(자료상 다른 언어만 지원)
language-fit-contact = { $language }로는 먼저 이 연락처로
language-fit-advice = { $language }를 쓸 수 없으면 직원이 상담자와 함께 전화하여 일본어로 용건을 전합니다. 통역(3자 통화 등)을 제공하는 기관에서는 통역을 요청하십시오.
ui-card-language-fit = 언어 지원
directory-fit-language = 상담자의 언어 (이 언어의 지원 여부 표시)

## madoguchi walk

walk-title = 상담 흐름 (직원: { $staff } / 상담자: { $client })
walk-choose-one = 번호를 입력해 주세요.
walk-choose-many = 해당하는 번호를 모두, 띄어쓰기로 구분해서 입력해 주세요.
walk-back-hint = 0을 입력하면 이전 질문으로 돌아갑니다.
walk-invalid = 그 번호는 선택할 수 없습니다. 다시 입력해 주세요.
walk-progress = 질문 { $number }
walk-results = 도움받을 수 있는 곳
walk-no-referrals = 소개할 곳이 없습니다.
walk-why = 이유
walk-source = 출처
walk-hours = 접수 시간
walk-ended = 입력이 끝나서 상담을 중단했습니다. 기록은 저장되지 않았습니다.

## madoguchi route (사람이 읽는 형식)

route-heading = 도움받을 수 있는 곳 ({ $count ->
   *[other] { $count }곳
})
route-rules = 근거가 된 규칙: { $rules }

## 데스크톱 앱

ui-strip-label = 긴급 전화번호
ui-strip-police = 경찰 110
ui-strip-ambulance = 구급차·소방 119
ui-hide = 화면 숨기기
ui-keys-help = 숫자 키 1–9로 선택합니다. Backspace 또는 Alt+←로 이전으로 돌아갑니다. Esc를 두 번 누르면 즉시 화면을 지우고 상담 내용을 삭제합니다.
ui-start-title = 상담 시작
ui-start-staff-lang = 직원의 언어
ui-start-client-lang = 상담자의 언어
ui-start-mode = 상담 종류
ui-mode-live = 실제 상담
ui-mode-training = 연수(통계에 포함되지 않음)
ui-start-privacy = "저장"을 누를 때까지 아무것도 기록되지 않습니다. 개인을 특정할 수 없는 분류만 저장됩니다.
ui-start-begin = 상담 시작
app-progress = 질문 { $number } / 약 { $total }
ui-choose-many = 해당하는 것을 모두 선택한 뒤 "다음"을 누르세요.
ui-back = 이전
ui-error-title = 이 작업을 할 수 없었습니다
ui-error-detail = 자세한 내용(관리자용):
ui-error-back = 시작 화면으로 돌아가기
ui-next = 다음
ui-emergency-title = 지금 바로 연락하세요
ui-result-title = 소개처
ui-result-none = 이 답변으로는 소개처가 없습니다.
ui-result-answers = 답변 목록
ui-result-slip = 소개서 보기
ui-result-save = 저장하고 끝내기
ui-card-contact = 연락처
ui-contact-open-failed = 이 컴퓨터에서 열 수 없었습니다. 표시된 번호나 주소를 직접 입력해 주세요.
ui-card-hours = 접수 시간
ui-card-free-call = 통화료
ui-free-call-yes = 무료
ui-free-call-no = 유료
ui-free-call-partly = 일부 무료
ui-free-call-unconfirmed = 미확인
ui-card-anonymous = 익명 상담
ui-anonymous-yes = 가능
ui-anonymous-no = 불가능
ui-anonymous-partly = 경우에 따라 다름
ui-anonymous-unconfirmed = 미확인
ui-card-languages = 지원 언어
ui-languages-unconfirmed = (지원 언어 미확인)
ui-card-expect = 상담하면 어떻게 되나요
ui-card-why = 소개 이유
ui-card-source = 출처:
ui-card-checked = 정보 확인일
ui-slip-title = 소개서
ui-slip-intro = 아래 창구에 상담할 수 있습니다. 통화료가 드는지, 이름을 밝히지 않고 상담할 수 있는지는 각 창구에 적혀 있습니다.
ui-slip-print = 인쇄
ui-save-title = 기록 저장
ui-save-training = 연수 기록으로 저장합니다. 통계에 포함되지 않습니다.
ui-save-privacy = 이름, 연락처, 주소, 생년월일, 자유 기술은 저장되지 않습니다.
ui-save-outcome = 상담 결과
ui-outcome-referred = 소개함
ui-outcome-referred_with_handover = 소개하고 인계함
ui-outcome-information_only = 정보 제공만
ui-outcome-client_declined = 상담자가 거절함
ui-outcome-interrupted = 도중에 끝남
ui-save-interpreter = 통역을 이용함
ui-save-consent = 상담자가 인계에 동의함
ui-save-region = 국적 지역(통계용, 국가명은 기록하지 않음)
ui-region-none = 답하지 않음 / 모름
ui-region-east_asia = 동아시아
ui-region-southeast_asia = 동남아시아
ui-region-south_asia = 남아시아
ui-region-central_asia = 중앙아시아
ui-region-middle_east = 중동
ui-region-europe = 유럽
ui-region-north_america = 북아메리카
ui-region-latin_america = 중남미
ui-region-africa = 아프리카
ui-region-oceania = 오세아니아
ui-save-submit = 저장하고 화면 지우기
ui-save-unavailable = 기록 파일을 사용할 수 없어 저장할 수 없습니다. 소개는 계속할 수 있습니다.
ui-save-error-consent = "인계함"을 선택하려면 상담자의 동의가 필요합니다.
ui-save-error-no-referral = 소개처가 없으므로 "소개함"을 선택할 수 없습니다.
ui-save-error-data = 이 상담을 저장할 수 없었습니다.
ui-save-error-log = 기록 파일에 쓸 수 없었습니다. 관리자에게 연락하세요.
ui-saved = 저장했습니다. 화면의 상담 내용은 지워졌습니다.
ui-blank-title = 화면을 숨겼습니다
ui-new-consultation = 새 상담 시작
ui-problem-file = 파일:
ui-problem-details = 발견된 문제
ui-problem-todo = 어떻게 하면 되나요
ui-problem-continue = 확인했습니다. 계속
ui-problem-override-title = 지역 설정 파일에 오류가 있습니다
ui-problem-override-what = 이 창구가 추가·변경한 지역 상담처를 읽지 못했습니다. 전국 공통 상담처만 표시됩니다.
ui-problem-override-todo = 관리자에게 연락하여 위의 줄을 고쳐 달라고 하세요(확인: madoguchi validate --override 파일). 고친 뒤 앱을 다시 시작하세요.
ui-problem-settings-title = 설정 파일에 오류가 있습니다
ui-problem-settings-what = 설정 파일을 읽지 않고 기본 설정(5분 후 자동 삭제 등)을 사용합니다.
ui-problem-settings-todo = 관리자에게 연락하여 위의 줄을 고쳐 달라고 하세요. 고친 뒤 앱을 다시 시작하세요.
ui-problem-log-title = 기록을 저장할 수 없습니다
ui-problem-log-damaged = 기록 파일이 손상되어 읽기 전용으로 열었습니다.
ui-problem-log-not-a-log = 기록 파일 위치에 다른 프로그램의 파일이 있습니다. 읽기 전용으로 열었습니다.
ui-problem-log-newer-schema = 기록 파일은 더 새로운 버전의 Madoguchi로 만들어졌습니다. 읽기 전용으로 열었습니다.
ui-problem-log-unavailable = 기록 파일을 열 수 없었습니다.
ui-problem-log-todo = 상담과 소개는 할 수 있지만 저장은 할 수 없습니다. 파일을 지우지 말고 관리자에게 연락하세요. 관리자가 파일을 안전한 곳으로 옮긴 뒤 앱을 다시 시작합니다.
ui-problem-data-title = 앱 데이터가 손상되었습니다
ui-problem-data-what = 내장 데이터 확인에 실패하여 상담을 시작할 수 없습니다.
ui-problem-data-todo = 앱을 다시 설치하세요. 그래도 안 되면 관리자에게 연락하세요.

## Training

train-title = 연수 사례: { $case } ({ $difficulty })
train-vignette = 상담자 역할을 하는 분께 ({ $lang }):
train-start = 평소처럼 상담을 진행해 주세요.
train-debrief = 되돌아보기
train-score = 안내해야 할 기관 { $expected }곳 중 { $hit }곳을 안내했습니다
train-hit = 기대대로 안내함
train-missed = 놓침
train-must-not = 안내하면 안 되는데 안내함
train-extra = 필요 없음(문제는 없음)
train-none = (없음)
train-emergency = 긴급 대응
train-emergency-not-needed = 이 사례는 긴급 안내가 필요 없으며, 안내하지 않았습니다.
train-emergency-handled = 먼저 대응함: 위험 여부를 가장 먼저 묻고 { $services }을(를) 가장 먼저 안내했습니다.
train-emergency-missed = 놓침: 이 사례는 { $services }을(를) 가장 먼저 안내해야 합니다.
train-emergency-not-first = { $services }을(를) 안내했지만, 위험 여부를 가장 먼저 묻지 않았습니다.
train-emergency-unneeded = 이 사례에 필요 없는 긴급 번호를 안내했습니다.
train-mattered = 안내처를 바꾼 질문
train-mattered-lost = 이 답이 없으면 다음이 빠집니다: { $services }
train-mattered-gained = 이 답이 없으면 다음이 더해집니다: { $services }
train-mattered-priority = 이 답이 없으면 다음의 우선순위가 바뀝니다: { $services }
train-answer-differed = 당신의 답은 사례와 달랐습니다.
train-expected = 안내해야 할 기관과 그 이유
train-given = 안내함
train-not-given = 안내하지 않음
train-passed = 합격: 놓친 것도 잘못된 안내도 없고, 긴급 대응도 했습니다.
train-review = 위의 내용을 강사와 함께 되돌아보세요.
train-notes = 해설
train-list-heading = 연수 사례 ({ $count }건)
train-difficulty-intro = 입문
train-difficulty-intermediate = 중급
train-difficulty-advanced = 고급
train-saved = 이 연수 결과를 { $path }에 저장했습니다(실제 상담 기록과는 따로 저장되며, 이름은 저장하지 않습니다).
train-route-trafficking = 인신매매
train-route-sexual_crime_8103 = 성범죄(#8103)
train-route-child_189 = 아동학대(189)
train-route-one_stop = 원스톱 지원센터
train-route-iom_return = IOM 귀국 지원
train-route-immigration = 출입국
train-route-labour = 노동
train-route-residence = 체류 자격
train-route-discrimination = 차별
train-route-online_images = 온라인 이미지
train-route-domestic_violence = 가정폭력
train-route-emergency = 긴급(110/119)
train-route-unknown_answers = 모르는 답변

## Directory screen

directory-open-now = 지금 이용 가능 (24시간 또는 온라인)
directory-open-unknown = 알 수 없음 — 시간을 확인하세요
directory-origin-shipped = 기본
directory-origin-overridden = 이 창구에서 변경
directory-origin-local = 이 창구에서 추가
directory-title = 상담처 목록
directory-search = 검색(이름 또는 내용)
directory-concern = 상담 내용
directory-language = 언어
directory-any = 전체
directory-free-call = 무료 통화만
directory-anonymous = 익명 가능만
directory-open-only = 지금 운영 중만
directory-shown = 표시된 상담처
directory-none = 이 조건에 맞는 상담처가 없습니다.
directory-reachable = 지금 운영 중
directory-sources = 출처
directory-confidence = 신뢰도
directory-confidence-high = 높음
directory-confidence-medium = 보통
directory-confidence-low = 낮음
directory-confidence-unconfirmed = 미확인
directory-serves = 대상
directory-origin = 등록 구분

# Records screen
records-title = 저장된 기록
records-note = 실제 상담 기록만 최신순으로 표시합니다. 연수 기록은 표시하지 않습니다. 기록에는 개인을 식별하지 않는 분류만 저장됩니다.
records-total = 기록 수
records-none = 아직 저장된 기록이 없습니다.
records-unavailable = 기록 파일을 읽을 수 없어 기록을 표시할 수 없습니다.
records-referrals = 소개처
records-no-referrals = 소개처 없음
records-previous = 이전 페이지
records-next = 다음 페이지
records-page = 페이지

# Reports screen: categories and dimensions the flow does not label
report-month = 월
report-total = 합계
report-unknown = 알 수 없음
report-not-applicable = 해당 없음 (일본 국적)
report-no-service = 연계 없음
report-yes = 예
report-no = 아니요
report-outcome-referred = 연계함
report-outcome-referred_with_handover = 연계 및 인계함
report-outcome-information_only = 정보 제공만
report-outcome-client_declined = 본인이 거절
report-outcome-interrupted = 중단
report-region-east_asia = 동아시아
report-region-southeast_asia = 동남아시아
report-region-south_asia = 남아시아
report-region-central_asia = 중앙아시아
report-region-middle_east = 중동
report-region-europe = 유럽
report-region-north_america = 북미
report-region-latin_america = 중남미
report-region-africa = 아프리카
report-region-oceania = 오세아니아
report-dimension-age_group = 연령대
report-dimension-gender = 성별
report-dimension-nationality = 국적
report-dimension-region = 국적 지역
report-dimension-residence = 체류 자격
report-dimension-concern = 상담 내용
report-dimension-danger = 위험
report-dimension-service = 연계처
report-dimension-outcome = 결과
report-dimension-handover_consent = 인계 동의
report-dimension-interpreter = 통역
report-dimension-staff_lang = 직원 언어
report-dimension-client_lang = 상담자 언어
report-dimension-desk = 창구

## Reports screen

reports-title = 통계
reports-note = 실제 상담 건수를 월별로 셉니다. 연수 기록은 세지 않습니다. 적은 건수는 숨기며, 숨긴 건수를 계산해 낼 수 있는 다른 칸도 숨깁니다.
reports-dimension = 집계 항목
reports-second-dimension = 추가로 나눌 항목
reports-no-second = 없음
reports-loading = 집계 중…
reports-records = 기간 내 상담 건수
reports-empty = 이 기간에 저장된 상담이 없습니다.
reports-unavailable = 기록 파일을 읽을 수 없어 집계할 수 없습니다.
reports-bar-title = 기간 전체
reports-line-title = 월별 추이
reports-line-note = 합계와 건수가 많은 분류를 보여 줍니다. 선이 끊긴 곳은 숨긴 건수입니다.
reports-table-title = 표
reports-export = CSV로 내보내기…
reports-export-dialog = 통계를 CSV 파일로 저장
reports-export-filter = CSV 파일
reports-exported = 저장 위치
reports-export-records = 집계한 상담 건수
reports-export-cancelled = 저장하지 않았습니다.
reports-export-failed = 통계를 저장할 수 없었습니다:

## Settings screen

settings-title = 설정
settings-note = 이 설정은 이 컴퓨터의 데이터 폴더에만 저장됩니다.
settings-data-dir = 데이터 폴더
settings-desk = 창구 이름
settings-staff-lang = 시작할 때 직원의 언어
settings-client-lang = 시작할 때 상담자의 언어
settings-idle = 입력이 없는 상태로 이 시간(초)이 지나면 진행 중인 상담 내용을 지움
settings-retention = 기록 보관 기간(년)
settings-save = 설정 저장
settings-saved = 설정을 저장했습니다.
settings-not-saved = 설정이 저장되지 않았습니다:
settings-error-idle = 시간은 2에서 3600까지의 정수(초)로 입력하세요.
settings-error-retention = 기록 보관 기간은 1년에서 10년까지입니다.
settings-error-language = 그 언어는 사용할 수 없습니다.
settings-error-write = 설정 파일에 쓸 수 없었습니다:
settings-log = 상담 기록 파일
settings-log-writable = 정상: 상담을 저장할 수 있습니다.
settings-log-closed = 읽기 전용: 저장도 삭제도 할 수 없습니다(시작할 때 표시된 메시지 참조).
settings-log-records = 기록 수
settings-purge-title = 오래된 기록 삭제
settings-purge-cutoff = 이 날짜 이전의 기록을 삭제합니다
settings-purge-count = 삭제할 기록
settings-purge-training = 삭제할 연수 결과
settings-purge-button = 오래된 기록 삭제…
settings-purge-yes = 삭제
settings-purge-no = 취소
settings-purge-done = 삭제한 기록
settings-purge-nothing = 보관 기간보다 오래된 기록이 없습니다.
settings-purge-failed = 기록을 삭제할 수 없었습니다:
settings-purge-changed = 삭제하지 않았습니다. 확인한 뒤 건수가 바뀌었습니다(날짜가 바뀐 경우 등). 새 건수를 확인한 뒤 다시 삭제해 주세요.
settings-override-title = 지역 설정 파일
settings-override-path = 파일
settings-override-absent = 지역 설정 파일이 없습니다. 기본 상담처 목록을 사용합니다.
settings-override-loaded = 읽기 완료, 문제 없음: 사용 중입니다.
settings-override-invalid = 문제가 있어 사용하지 않습니다. 대신 기본 상담처 목록을 사용합니다. 다음 줄을 고친 뒤 앱을 다시 시작하세요.
settings-override-local = 이 창구에서 추가한 상담처
settings-override-changed = 이 창구에서 변경한 상담처
settings-check-title = 데이터 검사
settings-check-ok = 모든 검사를 통과했습니다.
settings-check-failed = 문제가 발견되었습니다:
settings-check-questions = 질문
settings-check-rules = 규칙
settings-check-services = 상담처
settings-check-languages = 언어
settings-check-again = 다시 검사
settings-check-restart = 변경한 지역 설정 파일은 앱을 다시 시작한 뒤에 적용됩니다.
ui-keys-tools = 이 화면에서: Alt+D 상담처 목록, Alt+R 저장된 기록, Alt+T 통계, Alt+S 설정.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: 표시하지 않음. 회계연도의 어느 달에 { $k }건 미만(0 포함)이거나, 그런 건수를 계산해 낼 수 없도록 가린 칸입니다.
reports-period = 기간
reports-period-fiscal-years = 회계연도(4월~다음 해 3월)
reports-period-quarters = 분기
reports-period-months = 월
reports-fiscal-year = { $year }회계연도
reports-fiscal-quarter = { $year }회계연도 { $quarter }분기
reports-period-note = 통계는 월·분기·회계연도 단위로만 냅니다. 임의의 기간을 고를 수 있으면 기간끼리 빼서 가린 건수를 알아낼 수 있기 때문입니다.
ui-problem-log-empty = 기록 파일이 비어 있습니다(0바이트). 기록 내용이 사라졌습니다. 새 기록 파일로 만들지 않고 읽기 전용으로 열었습니다.
ui-problem-log-cannot-write = 기록 파일이나 그 폴더에 쓸 수 없습니다(권한 없음 또는 읽기 전용 디스크). 파일은 손상되지 않았으며 읽기 전용으로 열었습니다.
ui-problem-log-cannot-write-todo = 상담과 소개는 할 수 있지만 저장은 할 수 없습니다. 관리자에게 연락하세요. 관리자가 이 폴더와 파일에 쓸 수 있게 한 뒤 앱을 다시 시작합니다.
ui-problem-set-aside-title = 기록 파일 옆의 파일을 옮겨 두었습니다
ui-problem-set-aside-what = 기록 파일 옆에 이 기록의 것이 아닌 임시 파일(WAL 또는 저널)이 있었습니다. 기록에 쓰이지 않도록 읽지 않고 이름을 바꿔 같은 폴더에 두었습니다. 기록은 그대로이며 저장할 수 있습니다.
ui-problem-set-aside-todo = 옮긴 파일을 지우지 마세요. 관리자에게 연락하세요. 관리자가 그 파일의 출처(다른 창구의 기록, 백업)를 확인합니다.
records-month = 월
settings-desk-code-help = 코디네이터가 이 창구에 정해 주는 코드로, 저장하는 상담마다 함께 기록됩니다(예: "shinjuku-2f", "window-3"). 영문 소문자 a–z, 숫자(1~4개), 하이픈만 쓸 수 있습니다. 사람 이름은 안 됩니다.
settings-error-desk-code = 창구 코드가 아닙니다. 영문 소문자 a–z, 숫자, 하이픈으로 32자까지, 영문자나 숫자로 시작하고 숫자를 1개 이상 4개 이하로 넣으세요(예: "window-3"). 사람 이름은 창구 코드가 될 수 없습니다.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = 오래된 기록을 삭제할까요?
settings-purge-dialog = { $cutoff } 이전의 기록 { $records }건과 교육 결과 { $training }건이 삭제됩니다. 되돌릴 수 없습니다.
settings-purge-cancelled = 아무것도 삭제하지 않았습니다.
settings-retention-dialog-title = 보관 기간을 줄일까요?
settings-retention-dialog = 기록 보관 기간이 { $from }년에서 { $to }년으로 바뀝니다. 그러면 오래된 기록 삭제 시 { $cutoff } 이전의 기록 { $records }건과 교육 결과 { $training }건이 삭제됩니다.
settings-retention-dialog-uncounted = 기록 보관 기간이 { $from }년에서 { $to }년으로 바뀝니다. 그러면 오래된 기록 삭제 시 지금보다 많은 기록이 삭제됩니다.
settings-retention-dialog-yes = 예, 기간을 줄입니다
settings-error-retention_not_confirmed = 보관 기간을 줄이지 않았습니다(확인에서 취소를 선택). 설정은 저장되지 않았습니다.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 110, 119 같은 긴급 기관은 이 파일로 바꿀 수 없습니다. 해당 항목을 지우세요.
ui-override-error-duplicate = 같은 기관(id)이 두 번 적혀 있습니다. 하나만 남기세요.
ui-override-error-entry = 기관의 id, 연락처(전화번호, 단축번호, https 주소), 이름(label), 언어 중 올바르지 않은 것이 있습니다.
ui-override-error-encoding = 파일이 UTF-8로 저장되어 있지 않습니다. UTF-8로 다시 저장하세요.

## coord
card-japanese-only = (일본어만)
directory-review-due = { $months }개월 넘게 확인하지 않았습니다. 번호와 접수 시간을 확인하세요.
settings-review = 상담처 확인 주기(개월)
settings-error-review = 확인 주기는 1~60개월입니다.
settings-review-due = 확인일이 주기보다 오래된 상담처
settings-review-help = madoguchi directory review --out review.csv 로 목록을 내보내고, --apply 로 결과를 덮어쓰기 파일에 반영합니다.
settings-override-create = 예시로 덮어쓰기 파일 만들기
settings-override-created = 설명이 달린 예시로 덮어쓰기 파일을 만들었습니다. 편집한 뒤 "다시 검사"를 누르고 앱을 다시 시작하세요.
settings-override-create-failed = 덮어쓰기 파일을 만들지 못했습니다:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = 이 줄을 TOML로 읽을 수 없습니다. ", [ ], { "{" } { "}" } 를 닫았는지, "=" 를 바르게 썼는지 확인하세요.
override-error-unknown-key = { $key } 항목은 없습니다. 쓸 수 있는 항목: { $keys }
override-error-value = "{ $field }"의 값 { $value }는 쓸 수 없습니다. { $choices ->
    [none] 예시 data/site-override.example.toml 을 보세요.
   *[other] 쓸 수 있는 값: { $choices }
}
override-error-missing = 상담처 "{ $id }"에 빠진 항목: { $fields }
override-error-date = { $value }는 날짜가 아닙니다. 2026-04-01 처럼 연-월-일로 쓰세요.
override-error-duplicate = 상담처 { $id }가 이 파일 { $first }번째 줄에도 있습니다. 하나만 남기세요.
override-error-emergency = "{ $id }"는 110·119 같은 긴급 상담처라서 이 파일로 바꿀 수 없습니다. 이 항목을 지우세요.
override-error-emergency-with = 상담처 "{ $id }": 긴급 상담처 "{ $with }"와 함께 나열할 수 없습니다(refer_with).
override-error-contact = 상담처 "{ $id }"의 { $number }번째 연락처 { $value }는 { $kind ->
    [phone] 전화번호가 아닙니다(예: 03-1234-5678).
    [dial] 짧은 번호가 아닙니다(예: 110, #8103).
    [web] https:// 로 시작하는 주소가 아닙니다.
    [email] 이메일 주소가 아닙니다.
   *[other] "local"(가까운 창구)로 써야 합니다.
}
override-error-empty = 상담처 "{ $id }": "{ $field }"가 비어 있습니다.
override-error-label = 상담처 "{ $id }"의 이름(label)이 { $problem ->
    [empty] 비어 있습니다.
    [long] { $max }자를 넘습니다.
   *[other] 제어 문자를 포함합니다.
}
override-error-text = 상담처 "{ $id }", "{ $field }": { $problem ->
    [no-ja] 일본어(ja)가 없습니다. 쓰지 않은 언어 대신 일본어를 보여 주므로 꼭 필요합니다.
    [language] "{ $lang }"는 앱의 언어가 아닙니다. 언어: { $langs }
    [empty] "{ $lang }" 글이 비어 있습니다.
    [long] "{ $lang }" 글이 너무 깁니다.
    [both] label과 name이 모두 있습니다. name만 남기세요.
   *[other] "{ $lang }" 글에 제어 문자가 있습니다.
}
override-error-note = 상담처 "{ $id }"의 { $number }번째 연락처 메모 { $note }는 앱에 있는 문장이 아닙니다. 창구의 말로 쓰려면: note = { "{" } ja = "平日のみ", ko = "평일만" { "}" }
override-error-shipped-local = 상담처 "{ $id }"는 앱에 들어 있습니다. label과 refer_with는 창구가 추가하는 상담처에만 쓸 수 있습니다.
override-error-assured-by = 상담처 "{ $id }": 확인일(assured_date)에는 확인에 쓴 출처(sources 중 하나)를 assured_by에 써야 합니다.
override-error-service-id = { $id }는 id가 될 수 없습니다. 영어 소문자로 시작하고 소문자·숫자·"_"로 64자까지 쓰세요.
override-error-local-needs = 상담처 "{ $id }"는 앱에 없습니다. 창구가 추가하는 상담처에는 name(또는 label)과 refer_with가 필요합니다.
override-error-encoding = 파일이 UTF-8로 저장되지 않았습니다({ $offset }번째 바이트의 { $byte }). UTF-8로 다시 저장하세요.
override-error-refer-with = 상담처 "{ $id }": refer_with "{ $with }"는 앱에 있는 상담처가 아닙니다.
override-error-serves = 상담처 "{ $id }": 대상(serves)에 없는 항목이나 값이 있습니다.
override-error-source = 상담처 "{ $id }": { $source ->
    [none] 출처(sources)가 없습니다.
   *[other] 출처 { $source }는 https:// 주소도 자료의 줄도 아닙니다.
}
override-error-language = 상담처 "{ $id }", 언어 "{ $lang }": { $problem ->
    [tag] 언어 코드를 잘못 썼습니다(예: vi, pt, fil).
    [unbacked] 그 언어로 말하는 연락처도 통역도 없습니다.
   *[other] 상담처의 languages에 없습니다. 추가하세요.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = 앱에 없는 것(언어, 질문, 답, 사례, 기간, 필터)이 요청되었습니다.
ui-error-no-content = 앱에 내장된 데이터가 검사를 통과하지 못해 표시할 수 없습니다.
ui-error-log = 기록 파일을 읽거나 쓸 수 없었습니다.
ui-error-settings = 받아들일 수 없는 설정이 있어 아무것도 저장하지 않았습니다.
ui-error-desktop = 이 컴퓨터에서 할 수 없었습니다(대화 상자, 인쇄, 여는 프로그램).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = 앱 내부에서 예상하지 못한 문제가 발생했습니다.
ui-error-todo = '다시 시도'를 누르거나 시작 화면으로 돌아가십시오. 계속 발생하면 아래 내용을 관리자에게 알려 주십시오.
ui-error-retry = 다시 시도

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = 확인되지 않은 번역
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = 이 안내지는 기계 번역이며 아직 확인되지 않았습니다. 잘 모르는 부분은 직원에게 물어보세요.

## About (package)
settings-about-title = Madoguchi 정보
settings-about-version = 버전
settings-about-data-date = 상담처 데이터 기준일(가장 최근에 확인된 출처)
