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
