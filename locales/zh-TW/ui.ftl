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
contact-in-person-local = 直接前往最近的窗口（依地區而異）
language-fit-native = 有可以用{ $language }溝通的聯絡方式
language-fit-interpreter = 該機構提供口譯（如三方通話），可以用{ $language }諮詢
language-fit-unknown = 資料中未確認能否使用{ $language }
language-fit-none = 不支援{ $language }（資料顯示僅支援其他語言）
language-fit-contact = 使用{ $language }時，請先聯絡這裡
language-fit-advice = 如果無法使用{ $language }，工作人員會與您一起打電話，用日語說明情況。如果該機構提供口譯（如三方通話），請提出申請。
ui-card-language-fit = 語言支援
directory-fit-language = 諮詢者的語言(顯示該語言的支援情況)

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
ui-error-title = 無法完成此操作
ui-error-detail = 詳細內容（供管理員參考）:
ui-error-back = 返回開始畫面
ui-next = 下一步
ui-emergency-title = 請立即撥打
ui-result-title = 轉介機構
ui-result-none = 根據這些回答，沒有需要轉介的機構。
ui-result-answers = 回答一覽
ui-result-slip = 顯示轉介單
ui-result-save = 儲存並結束
ui-card-contact = 聯絡方式
ui-contact-open-failed = 這台電腦無法開啟。請手動撥打或輸入所顯示的號碼或網址。
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
ui-slip-intro = 您可以向以下機構諮詢。通話是否收費、能否匿名，請看各機構的說明。
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

train-title = 培訓案例：{ $case }({ $difficulty })
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
train-route-trafficking = 人口販運
train-route-sexual_crime_8103 = 性犯罪(#8103)
train-route-child_189 = 虐待兒童(189)
train-route-one_stop = 一站式支援中心
train-route-iom_return = IOM返國支援
train-route-immigration = 出入境
train-route-labour = 勞動
train-route-residence = 在留資格
train-route-discrimination = 歧視
train-route-online_images = 網路圖片
train-route-domestic_violence = 家庭暴力
train-route-emergency = 緊急(110/119)
train-route-unknown_answers = 不清楚的回答

## Directory screen

directory-open-now = 現在可用（24小時或網路）
directory-open-unknown = 未知 — 請確認時間
directory-origin-shipped = 標準
directory-origin-overridden = 本窗口已修改
directory-origin-local = 本窗口新增
directory-title = 服務機構名錄
directory-search = 搜尋(名稱或說明)
directory-concern = 諮詢內容
directory-language = 語言
directory-any = 全部
directory-free-call = 僅限免費電話
directory-anonymous = 僅限匿名
directory-open-only = 僅限現在開放
directory-shown = 顯示的機構
directory-none = 沒有符合這些條件的機構。
directory-reachable = 現在開放
directory-sources = 出處
directory-confidence = 可信度
directory-confidence-high = 高
directory-confidence-medium = 中
directory-confidence-low = 低
directory-confidence-unconfirmed = 未確認
directory-serves = 對象
directory-origin = 條目來源

# Records screen
records-title = 已儲存的紀錄
records-note = 只顯示真實諮詢的紀錄,最新的在前;不顯示培訓紀錄。紀錄只儲存分類:不含任何可識別個人的資訊。
records-total = 紀錄數
records-none = 尚未儲存任何紀錄。
records-unavailable = 無法讀取紀錄檔案,因此無法顯示紀錄。
records-referrals = 轉介至
records-no-referrals = 無轉介
records-previous = 上一頁
records-next = 下一頁
records-page = 頁

# Reports screen: categories and dimensions the flow does not label
report-month = 月份
report-total = 合計
report-unknown = 未知
report-not-applicable = 不適用（日本國籍）
report-no-service = 無轉介
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

## Reports screen

reports-title = 統計
reports-note = 按月統計實際諮詢的件數，培訓一律不列入。件數少的欄位會隱藏；可據此推算出隱藏件數的其他欄位也會隱藏。
reports-dimension = 統計項目
reports-second-dimension = 再依此項細分
reports-no-second = 不細分
reports-loading = 正在統計…
reports-records = 期間內的諮詢件數
reports-empty = 此期間沒有儲存的諮詢。
reports-unavailable = 無法讀取紀錄檔，因此無法統計。
reports-bar-title = 整個期間
reports-line-title = 每月變化
reports-line-note = 顯示合計與件數較多的分類。線條中斷處表示隱藏的件數。
reports-table-title = 表格
reports-export = 匯出為CSV…
reports-export-dialog = 將統計儲存為CSV檔案
reports-export-filter = CSV檔案
reports-exported = 儲存位置
reports-export-records = 統計的諮詢件數
reports-export-cancelled = 未儲存。
reports-export-failed = 無法儲存統計：

## Settings screen

settings-title = 設定
settings-note = 這些設定只會儲存在這台電腦的資料存放位置。
settings-data-dir = 資料存放位置
settings-desk = 窗口名稱
settings-staff-lang = 啟動時的工作人員語言
settings-client-lang = 啟動時的諮詢者語言
settings-idle = 無操作超過此秒數後，清除進行中的諮詢
settings-retention = 紀錄保存年數
settings-save = 儲存設定
settings-saved = 設定已儲存。
settings-not-saved = 設定未儲存：
settings-error-idle = 秒數必須是2到3600之間的整數。
settings-error-retention = 紀錄的保存年數須為1到10年。
settings-error-language = 無法使用該語言。
settings-error-write = 無法寫入設定檔：
settings-log = 諮詢紀錄
settings-log-writable = 正常：可以儲存諮詢。
settings-log-closed = 唯讀：無法儲存或刪除（請參閱啟動時顯示的訊息）。
settings-log-records = 紀錄筆數
settings-purge-title = 刪除舊紀錄
settings-purge-cutoff = 將刪除此日期之前的紀錄
settings-purge-count = 要刪除的紀錄筆數
settings-purge-training = 要刪除的培訓結果筆數
settings-purge-button = 刪除舊紀錄…
settings-purge-yes = 是，刪除
settings-purge-no = 取消
settings-purge-done = 已刪除的紀錄筆數
settings-purge-nothing = 沒有超過保存期限的紀錄。
settings-purge-failed = 無法刪除紀錄：
settings-purge-changed = 未刪除任何內容：確認後數量有所變動（例如日期已變更）。請核對新的數量後再刪除。
settings-override-title = 地區設定檔
settings-override-path = 檔案
settings-override-absent = 沒有地區設定檔，正在使用標準的服務機構名錄。
settings-override-loaded = 已讀取，沒有問題：使用中。
settings-override-invalid = 有問題，因此未使用，正在改用標準的服務機構名錄。請修正以下各行，然後重新啟動應用程式。
settings-override-local = 本窗口新增的機構
settings-override-changed = 本窗口修改的機構
settings-check-title = 資料檢查
settings-check-ok = 所有檢查均已通過。
settings-check-failed = 發現問題：
settings-check-questions = 問題
settings-check-rules = 規則
settings-check-services = 機構
settings-check-languages = 語言
settings-check-again = 重新檢查
settings-check-restart = 修改後的地區設定檔將在應用程式重新啟動後生效。
ui-keys-tools = 在此畫面中：Alt+D 服務機構名錄，Alt+R 已儲存的紀錄，Alt+T 統計，Alt+S 設定。

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X：不顯示。該會計年度某個月少於 { $k } 件（含 0），或為使這類件數無法被推算而隱藏的格。
reports-period = 期間
reports-period-fiscal-years = 會計年度（4月至次年3月）
reports-period-quarters = 季
reports-period-months = 月
reports-fiscal-year = { $year }會計年度
reports-fiscal-quarter = { $year }會計年度第{ $quarter }季
reports-period-note = 統計只按月、季和會計年度發布，不按其他區間：否則可以用一個區間減去另一個區間推算出隱藏的件數。
ui-problem-log-empty = 紀錄檔案是空的（0 位元組）：內容已遺失。沒有把它當作新的紀錄檔案，而是以唯讀方式開啟。
ui-problem-log-cannot-write = 無法寫入紀錄檔案或其資料夾（沒有權限或磁碟為唯讀）。檔案沒有損壞，已以唯讀方式開啟。
ui-problem-log-cannot-write-todo = 可以諮詢和轉介，但無法儲存。請聯絡管理員，由管理員讓此資料夾和檔案可寫入後重新啟動應用程式。
ui-problem-set-aside-title = 已移開紀錄檔案旁的一個檔案
ui-problem-set-aside-what = 紀錄檔案旁有一個不屬於本紀錄的暫存檔（WAL 或日誌）。為避免寫入紀錄，沒有讀取它，而是改名後留在同一資料夾。紀錄沒有改變，可以儲存。
ui-problem-set-aside-todo = 請不要刪除被移開的檔案。請聯絡管理員，由管理員查明它的來源（其他窗口的紀錄、備份）。
records-month = 月份
settings-desk-code-help = 由協調員為本窗口設定的代碼，每次儲存諮詢時一併記錄，例如「shinjuku-2f」「window-3」。只能使用小寫字母 a–z、數字（1 到 4 個）和連字號。不能是人名。
settings-error-desk-code = 這不是窗口代碼。請使用小寫字母 a–z、數字和連字號，最多 32 個字元，以字母或數字開頭，包含至少 1 個、最多 4 個數字（例如「window-3」）。人名不能作為窗口代碼。

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = 刪除舊紀錄？
settings-purge-dialog = 將刪除 { $cutoff } 之前的 { $records } 筆紀錄和 { $training } 筆培訓結果。此操作無法復原。
settings-purge-cancelled = 未刪除任何內容。
settings-retention-dialog-title = 縮短紀錄保存年數？
settings-retention-dialog = 紀錄保存年數將從 { $from } 年改為 { $to } 年。之後刪除舊紀錄時，將刪除 { $cutoff } 之前的 { $records } 筆紀錄和 { $training } 筆培訓結果。
settings-retention-dialog-uncounted = 紀錄保存年數將從 { $from } 年改為 { $to } 年。之後刪除舊紀錄時，將比以前刪除更多紀錄。
settings-retention-dialog-yes = 是，縮短年數
settings-error-retention_not_confirmed = 未縮短保存年數（確認時選擇了取消），設定未儲存。

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 本檔案不能變更 110、119 等緊急機構。請刪除這些項目。
ui-override-error-duplicate = 同一機構（id）寫了兩次。請只保留一個。
ui-override-error-entry = 某機構的 id、聯絡方式（電話號碼、撥號代碼、https 位址）、名稱（label）或語言無效。
ui-override-error-encoding = 檔案未以 UTF-8 儲存。請重新以 UTF-8 儲存。

## coord
card-japanese-only = (僅日語)
directory-review-due = 已超過 { $months } 個月未確認：請核對電話號碼與受理時間。
settings-review = 諮詢機構確認週期（月）
settings-error-review = 確認週期為 1 至 60 個月。
settings-review-due = 確認日期早於週期的諮詢機構
settings-review-help = 用 madoguchi directory review --out review.csv 匯出清單，用 --apply 將結果寫回覆寫檔案。
settings-override-create = 從範例建立覆寫檔案
settings-override-created = 已從附說明的範例建立覆寫檔案。請編輯後按「重新檢查」，再重新啟動應用程式。
settings-override-create-failed = 無法建立覆寫檔案：
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = 此行無法以 TOML 讀取。請檢查 "、[ ]、{ "{" } { "}" } 是否關閉，以及「=」的寫法。
override-error-unknown-key = 沒有 { $key } 這個項目。可用的項目：{ $keys }
override-error-value = 「{ $field }」的值 { $value } 不能使用。{ $choices ->
    [none] 請參閱範例 data/site-override.example.toml。
   *[other] 可用的值：{ $choices }
}
override-error-missing = 諮詢機構「{ $id }」缺少：{ $fields }
override-error-date = { $value } 不是日期：請以 年-月-日 書寫，如 2026-04-01。
override-error-duplicate = 諮詢機構 { $id } 也出現在本檔案第 { $first } 行。請只保留一個。
override-error-emergency = 「{ $id }」是 110、119 等緊急機構，本檔案不能變更。請刪除此項目。
override-error-emergency-with = 諮詢機構「{ $id }」：不能與緊急機構「{ $with }」並列（refer_with）。
override-error-contact = 諮詢機構「{ $id }」的第 { $number } 個聯絡方式 { $value } 不是{ $kind ->
    [phone] 電話號碼（如 03-1234-5678）。
    [dial] 短號碼（如 110、#8103）。
    [web] 以 https:// 開頭的網址。
    [email] 電子郵件地址。
   *[other] 「local」（最近的窗口）。
}
override-error-empty = 諮詢機構「{ $id }」：「{ $field }」是空的。
override-error-label = 諮詢機構「{ $id }」的名稱（label）{ $problem ->
    [empty] 是空的。
    [long] 超過 { $max } 個字元。
   *[other] 含有控制字元。
}
override-error-text = 諮詢機構「{ $id }」，「{ $field }」：{ $problem ->
    [no-ja] 沒有日語（ja）。未填寫的語言會以日語顯示，因此日語必填。
    [language] 「{ $lang }」不是應用程式的語言。語言：{ $langs }
    [empty] 「{ $lang }」的文字是空的。
    [long] 「{ $lang }」的文字太長。
    [both] 同時有 label 和 name；請只保留 name。
   *[other] 「{ $lang }」的文字含有控制字元。
}
override-error-note = 諮詢機構「{ $id }」第 { $number } 個聯絡方式的備註 { $note } 不是應用程式中的文字。若用窗口自己的話書寫：note = { "{" } ja = "平日のみ", zh-TW = "僅平日" { "}" }
override-error-shipped-local = 諮詢機構「{ $id }」是應用程式內建的：label 和 refer_with 只能用於窗口新增的機構。
override-error-assured-by = 諮詢機構「{ $id }」：確認日期（assured_date）需要 assured_by，即確認所用的來源（sources 之一）。
override-error-service-id = { $id } 不能作為 id：以小寫字母開頭，之後最多 63 個小寫字母、數字或「_」。
override-error-local-needs = 諮詢機構「{ $id }」不是應用程式內建的：窗口新增的機構需要 name（或 label）和 refer_with。
override-error-encoding = 檔案未以 UTF-8 儲存（第 { $offset } 位元組的 { $byte }）。請以 UTF-8 重新儲存。
override-error-refer-with = 諮詢機構「{ $id }」：refer_with「{ $with }」不是應用程式內建的機構。
override-error-serves = 諮詢機構「{ $id }」：服務對象（serves）中有不存在的項目或值。
override-error-source = 諮詢機構「{ $id }」：{ $source ->
    [none] 沒有來源（sources）。
   *[other] 來源 { $source } 既不是 https:// 網址，也不是資料行。
}
override-error-language = 諮詢機構「{ $id }」，語言「{ $lang }」：{ $problem ->
    [tag] 語言代碼寫法有誤（如 vi、pt、fil）。
    [unbacked] 沒有使用該語言的聯絡方式，也沒有口譯。
   *[other] 不在機構的 languages 中；請新增。
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = 向應用程式請求了它沒有的內容（語言、問題、回答、案例、期間或篩選條件）。
ui-error-no-content = 應用程式內建的資料未通過檢查，因此無法顯示。
ui-error-log = 無法讀取或寫入紀錄檔案。
ui-error-settings = 有些設定未被接受，因此沒有儲存任何內容。
ui-error-desktop = 這台電腦無法完成此操作（對話框、列印或用於開啟的程式）。

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = 應用程式內部發生了意外問題。
ui-error-todo = 請按「重試」，或返回開始畫面。如果反覆出現，請把下面的內容告訴管理員。
ui-error-retry = 重試

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = 未經核對的翻譯
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = 本單為機器翻譯，尚未經過核對。如有不清楚的地方，請詢問工作人員。

## About (package)
settings-about-title = 關於 Madoguchi
settings-about-version = 版本
settings-about-data-date = 機構名錄資料日期（最近一次核實的來源）
