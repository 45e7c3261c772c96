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
