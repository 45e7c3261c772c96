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

## 桌面應用程式

ui-strip-label = 緊急電話號碼
ui-strip-police = 警察 110
ui-strip-ambulance = 救護車與消防 119
ui-hide = 隱藏畫面
ui-keys-help = 按數字鍵 1–9 選擇。按 Backspace 或 Alt+← 返回。連按兩次 Esc，立即清空畫面並刪除諮詢內容。
ui-start-title = 開始諮詢
ui-start-staff-lang = 工作人員的語言
ui-start-client-lang = 諮詢者的語言
ui-start-mode = 諮詢類型
ui-mode-live = 實際諮詢
ui-mode-training = 培訓(不列入統計)
ui-start-privacy = 在按下「儲存」之前不會記錄任何內容。只儲存無法識別個人身分的分類。
ui-start-begin = 開始諮詢
app-progress = 第 { $number } 題 / 約 { $total } 題
ui-choose-many = 請選擇所有符合的選項，然後按「下一步」。
ui-back = 返回
ui-next = 下一步
ui-emergency-title = 請立即撥打
ui-result-title = 轉介機構
ui-result-none = 根據這些回答，沒有需要轉介的機構。
ui-result-answers = 回答一覽
ui-result-slip = 顯示轉介單
ui-result-save = 儲存並結束
ui-card-contact = 聯絡方式
ui-card-hours = 受理時間
ui-card-free-call = 通話費
ui-free-call-yes = 免費
ui-free-call-no = 收費
ui-free-call-partly = 部分免費
ui-free-call-unconfirmed = 未確認
ui-card-anonymous = 匿名諮詢
ui-anonymous-yes = 可以
ui-anonymous-no = 不可以
ui-anonymous-partly = 視情況而定
ui-anonymous-unconfirmed = 未確認
ui-card-languages = 支援的語言
ui-languages-unconfirmed = (支援的語言未確認)
ui-card-expect = 諮詢後會怎樣
ui-card-why = 轉介理由
ui-card-source = 出處:
ui-card-checked = 資訊確認日期
ui-slip-title = 轉介單
ui-slip-intro = 您可以向以下機構諮詢。諮詢免費，並會為您保密。
ui-slip-print = 列印
ui-save-title = 儲存紀錄
ui-save-training = 作為培訓紀錄儲存，不列入統計。
ui-save-privacy = 不儲存姓名、聯絡方式、地址、出生日期或自由填寫的文字。
ui-save-outcome = 諮詢結果
ui-outcome-referred = 已轉介
ui-outcome-referred_with_handover = 已轉介並移交
ui-outcome-information_only = 僅提供資訊
ui-outcome-client_declined = 諮詢者拒絕
ui-outcome-interrupted = 中途結束
ui-save-interpreter = 使用了口譯
ui-save-consent = 諮詢者同意移交
ui-save-region = 國籍所屬地區(用於統計，不記錄國名)
ui-region-none = 未回答 / 不清楚
ui-region-east_asia = 東亞
ui-region-southeast_asia = 東南亞
ui-region-south_asia = 南亞
ui-region-central_asia = 中亞
ui-region-middle_east = 中東
ui-region-europe = 歐洲
ui-region-north_america = 北美
ui-region-latin_america = 拉丁美洲
ui-region-africa = 非洲
ui-region-oceania = 大洋洲
ui-save-submit = 儲存並清空畫面
ui-save-unavailable = 紀錄檔無法使用，因此無法儲存。仍可繼續轉介。
ui-save-error-consent = 選擇「已移交」需要諮詢者的同意。
ui-save-error-no-referral = 沒有轉介機構，因此不能選擇「已轉介」。
ui-save-error-data = 無法儲存此次諮詢。
ui-save-error-log = 無法寫入紀錄檔。請聯絡管理員。
ui-saved = 已儲存。畫面上的諮詢內容已清除。
ui-blank-title = 畫面已隱藏
ui-new-consultation = 開始新的諮詢
ui-problem-file = 檔案:
ui-problem-details = 發現的問題
ui-problem-todo = 該怎麼做
ui-problem-continue = 已確認，繼續
ui-problem-override-title = 地區設定檔有錯誤
ui-problem-override-what = 本窗口新增或修改的在地諮詢機構未被讀取。只顯示全國通用的諮詢機構。
ui-problem-override-todo = 請聯絡管理員修正上面的行(檢查方法: madoguchi validate --override 檔案)。修正後請重新啟動應用程式。
ui-problem-settings-title = 設定檔有錯誤
ui-problem-settings-what = 未讀取設定檔，正在使用預設設定(例如 5 分鐘後自動清空)。
ui-problem-settings-todo = 請聯絡管理員修正上面的行。修正後請重新啟動應用程式。
ui-problem-log-title = 無法儲存紀錄
ui-problem-log-damaged = 紀錄檔已損壞，因此以唯讀方式開啟。
ui-problem-log-not-a-log = 紀錄檔的位置上是其他程式的檔案。已以唯讀方式開啟。
ui-problem-log-newer-schema = 紀錄檔由較新版本的 Madoguchi 建立。已以唯讀方式開啟。
ui-problem-log-unavailable = 無法開啟紀錄檔。
ui-problem-log-todo = 可以諮詢和轉介，但無法儲存。請不要刪除檔案；請聯絡管理員，由管理員將檔案移到安全的位置後重新啟動應用程式。
ui-problem-data-title = 應用程式資料已損壞
ui-problem-data-what = 內建資料未通過檢查，因此無法開始諮詢。
ui-problem-data-todo = 請重新安裝應用程式。如果仍無法解決，請聯絡管理員。

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
