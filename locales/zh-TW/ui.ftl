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
