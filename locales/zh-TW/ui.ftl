### 畫面與終端機的共通文字 — 繁體中文（台灣）(zh-TW)

option-unknown = 不知道／不想回答
priority-emergency = 緊急
priority-urgent = 盡快
priority-standard = 一般
local-service-hours = 服務時間請參考本窗口的說明。
local-service-expect = 這是本窗口自行登錄的在地諮詢單位。
check-before-use = 使用前請確認：資訊較舊，或尚未經過確認。
list-separator = { "、" }
locale-status-reference = 參照語言
locale-status-reviewed = 已審校的翻譯
locale-status-draft = 翻譯草稿（尚未審校）
assured-on = 確認日期：{ $date }

## madoguchi walk

walk-title = 諮詢流程（工作人員：{ $staff }／諮詢者：{ $client }）
walk-choose-one = 請輸入編號。
walk-choose-many = 請輸入所有符合的編號，用空格隔開。
walk-back-hint = 輸入 0 可以回到上一個問題。
walk-invalid = 不能選擇這個編號。請重新輸入。
walk-progress = 問題 { $number }
walk-results = 可以求助的單位
walk-no-referrals = 沒有可以介紹的單位。
walk-why = 理由
walk-source = 出處
walk-hours = 服務時間
walk-ended = 輸入已結束，所以諮詢已中止。紀錄沒有被儲存。

## madoguchi route（供人閱讀的格式）

route-heading = 可以求助的單位（{ $count ->
   *[other] { $count } 個
}）
route-rules = 依據的規則：{ $rules }

## Training

train-title = 培訓案例 { $case }({ $difficulty })
train-vignette = 給扮演來訪者的人({ $lang }):
train-start = 請像平常一樣進行諮詢。
train-debrief = 回顧
train-score = 應提供的轉介機構:{ $expected } 個中提供了 { $hit } 個
train-hit = 按預期提供
train-missed = 遺漏
train-must-not = 不應提供卻提供了
train-extra = 不需要(無害)
train-none = (無)
train-emergency = 緊急應對
train-emergency-not-needed = 本案例不需要緊急轉介,也沒有提供。
train-emergency-handled = 已優先處理:首先詢問了是否有危險,並首先提供了 { $services }。
train-emergency-missed = 遺漏:本案例需要首先提供 { $services }。
train-emergency-not-first = 提供了 { $services },但沒有首先詢問是否有危險。
train-emergency-unneeded = 提供了本案例不需要的緊急電話。
train-mattered = 影響轉介的問題
train-mattered-lost = 如果沒有這個回答,將缺少:{ $services }
train-mattered-gained = 如果沒有這個回答,將增加:{ $services }
train-mattered-priority = 如果沒有這個回答,以下機構的優先順序會改變:{ $services }
train-answer-differed = 你的回答與案例不同。
train-expected = 應提供的轉介機構及其理由
train-given = 已提供
train-not-given = 未提供
train-passed = 合格:沒有遺漏,沒有錯誤轉介,緊急情況已處理。
train-review = 請和培訓講師一起回顧以上各點。
train-notes = 教學說明
train-list-heading = 培訓案例({ $count } 個)
train-difficulty-intro = 入門
train-difficulty-intermediate = 中級
train-difficulty-advanced = 進階
train-saved = 本次研習的結果已儲存至 { $path }(與實際諮詢紀錄分開儲存，不儲存姓名)。

## Directory screen

directory-open-now = 現在可用（24小時或網路）
directory-open-unknown = 未知 — 請確認時間
directory-origin-shipped = 標準
directory-origin-overridden = 本窗口已修改
directory-origin-local = 本窗口新增

# Reports screen: categories and dimensions the flow does not label
report-month = 月份
report-total = 合計
report-unknown = 未知
report-not-applicable = 不適用（日本國籍）
report-no-service = 無轉介
report-suppressed = 少於 { $k }（不顯示）
report-yes = 是
report-no = 否
report-outcome-referred = 已轉介
report-outcome-referred_with_handover = 已轉介並交接
report-outcome-information_only = 僅提供資訊
report-outcome-client_declined = 本人拒絕
report-outcome-interrupted = 中斷
report-region-east_asia = 東亞
report-region-southeast_asia = 東南亞
report-region-south_asia = 南亞
report-region-central_asia = 中亞
report-region-middle_east = 中東
report-region-europe = 歐洲
report-region-north_america = 北美
report-region-latin_america = 拉丁美洲
report-region-africa = 非洲
report-region-oceania = 大洋洲
report-dimension-age_group = 年齡層
report-dimension-gender = 性別
report-dimension-nationality = 國籍
report-dimension-region = 國籍地區
report-dimension-residence = 在留資格
report-dimension-concern = 諮詢內容
report-dimension-danger = 危險
report-dimension-service = 轉介去向
report-dimension-outcome = 結果
report-dimension-handover_consent = 同意交接
report-dimension-interpreter = 口譯
report-dimension-staff_lang = 工作人員語言
report-dimension-client_lang = 諮詢者語言
report-dimension-desk = 窗口
