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
ui-next = 다음
ui-emergency-title = 지금 바로 연락하세요
ui-result-title = 소개처
ui-result-none = 이 답변으로는 소개처가 없습니다.
ui-result-answers = 답변 목록
ui-result-slip = 소개서 보기
ui-result-save = 저장하고 끝내기
ui-card-contact = 연락처
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
ui-slip-intro = 아래 창구에 상담할 수 있습니다. 상담은 무료이며 비밀이 지켜집니다.
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

train-title = 연수 사례 { $case } ({ $difficulty })
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

## Directory screen

directory-open-now = 지금 이용 가능 (24시간 또는 온라인)
directory-open-unknown = 알 수 없음 — 시간을 확인하세요
directory-origin-shipped = 기본
directory-origin-overridden = 이 창구에서 변경
directory-origin-local = 이 창구에서 추가

# Reports screen: categories and dimensions the flow does not label
report-month = 월
report-total = 합계
report-unknown = 알 수 없음
report-not-applicable = 해당 없음 (일본 국적)
report-no-service = 연계 없음
report-suppressed = { $k }건 미만 (표시 안 함)
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
