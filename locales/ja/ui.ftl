### 画面と端末の共通テキスト — 参照ロケール (ja)

option-unknown = わからない/答えたくない
priority-emergency = 緊急
priority-urgent = 至急
priority-standard = 通常
local-service-hours = 受付時間はこの窓口の案内で確認してください。
local-service-expect = この窓口が独自に登録した地域の相談先です。
check-before-use = 使用前に確認: 情報が古いか、確認されていません。
list-separator = { "、" }
locale-status-reference = 基準の言語
locale-status-reviewed = 確認済みの翻訳
locale-status-draft = 下書きの翻訳(未確認)
assured-on = 確認日: { $date }
contact-in-person-local = 最寄りの窓口に直接（地域ごとに異なります）
language-fit-native = { $language }で話せる連絡先があります
language-fit-interpreter = 窓口が通訳を用意します（三者通話など）。{ $language }で相談できます
language-fit-unknown = { $language }で相談できるかは、資料では確認できていません
language-fit-none = { $language }には対応していません（資料によるとほかの言語のみ）
language-fit-contact = { $language }ではまずこの連絡先へ
language-fit-advice = { $language }で話せないときは、職員が相談者と一緒に電話をかけ、日本語で用件を伝えてください。通訳（三者通話など）を頼める窓口では、それを頼んでください。
ui-card-language-fit = 言語の対応
directory-fit-language = 言語の対応を表示する相談者の言語

## madoguchi walk

walk-title = 相談の流れ(職員: { $staff } / 相談者: { $client })
walk-choose-one = 番号を入力してください。
walk-choose-many = 当てはまる番号をすべて、スペースで区切って入力してください。
walk-back-hint = 0 で前の質問に戻ります。
walk-invalid = その番号は選べません。もう一度入力してください。
walk-progress = 質問 { $number }
walk-results = 紹介先
walk-no-referrals = 紹介先がありません。
walk-why = 理由
walk-source = 出典
walk-hours = 受付時間
walk-ended = 入力が終わったため、相談を中断しました。記録は保存されていません。

## madoguchi route (人が読む形式)

route-heading = 紹介先 ({ $count } 件)
route-rules = 根拠となったルール: { $rules }

## デスクトップアプリ

# 常に表示する緊急番号の帯
ui-strip-label = 緊急の電話番号
ui-strip-police = 警察 110
ui-strip-ambulance = 救急車・消防 119
ui-hide = 画面を隠す
ui-keys-help = 数字キー1〜9で選ぶ。Backspace または Alt+← で前に戻る。Esc を2回続けて押すと、すぐに画面を消して相談の内容を消去します。

# 開始画面
ui-start-title = 相談を始める
ui-start-staff-lang = 職員の言語
ui-start-client-lang = 相談者の言語
ui-start-mode = 相談の種類
ui-mode-live = 実際の相談
ui-mode-training = 研修(統計に含めない)
ui-start-privacy = 「保存」を押すまで、何も記録されません。保存されるのは個人を特定しない分類だけです。
ui-start-begin = 相談を始める

# 質問画面
app-progress = 質問 { $number } / 約 { $total }
ui-choose-many = 当てはまるものをすべて選び、「次へ」を押してください。
ui-back = 戻る
ui-error-title = この操作はできませんでした
ui-error-detail = 詳しい内容（管理者向け）:
ui-error-back = 開始画面に戻る
ui-next = 次へ
ui-emergency-title = 今すぐ連絡してください

# 結果画面
ui-result-title = 紹介先
ui-result-none = この回答では紹介先がありません。
ui-result-answers = 回答の一覧
ui-result-slip = 紹介票を表示
ui-result-save = 保存して終える
ui-card-contact = 連絡先
ui-contact-open-failed = このパソコンでは開けませんでした。表示された番号・アドレスを手で入力してください。
ui-card-hours = 受付時間
ui-card-free-call = 通話料
ui-free-call-yes = 無料
ui-free-call-no = 有料
ui-free-call-partly = 一部無料
ui-free-call-unconfirmed = 未確認
ui-card-anonymous = 匿名での相談
ui-anonymous-yes = できる
ui-anonymous-no = できない
ui-anonymous-partly = 場合による
ui-anonymous-unconfirmed = 未確認
ui-card-languages = 対応言語
ui-languages-unconfirmed = (対応言語は未確認)
ui-card-expect = 相談するとどうなるか
ui-card-why = 紹介の理由
ui-card-source = 出典:
ui-card-checked = 情報の確認日

# 紹介票
ui-slip-title = 紹介票
ui-slip-intro = 次の窓口に相談できます。通話料がかかるかどうかと、匿名で相談できるかどうかは、それぞれの窓口に書いてあります。
ui-slip-print = 印刷する

# 保存画面
ui-save-title = 記録を保存する
ui-save-training = 研修の記録として保存します。統計には含まれません。
ui-save-privacy = 名前、連絡先、住所、生年月日、自由記述は保存されません。
ui-save-outcome = 相談の結果
ui-outcome-referred = 紹介した
ui-outcome-referred_with_handover = 紹介し、引き継いだ
ui-outcome-information_only = 情報提供のみ
ui-outcome-client_declined = 相談者が断った
ui-outcome-interrupted = 途中で終わった
ui-save-interpreter = 通訳を利用した
ui-save-consent = 相談者が引き継ぎに同意した
ui-save-region = 国籍の地域(統計用、国名は記録しません)
ui-region-none = 答えない/わからない
ui-region-east_asia = 東アジア
ui-region-southeast_asia = 東南アジア
ui-region-south_asia = 南アジア
ui-region-central_asia = 中央アジア
ui-region-middle_east = 中東
ui-region-europe = ヨーロッパ
ui-region-north_america = 北アメリカ
ui-region-latin_america = 中南米
ui-region-africa = アフリカ
ui-region-oceania = オセアニア
ui-save-submit = 保存して画面を消去する
ui-save-unavailable = 記録ファイルが使えないため、保存できません。紹介は続けられます。
ui-save-error-consent = 「引き継いだ」を選ぶには、相談者の同意が必要です。
ui-save-error-no-referral = 紹介先がないため、「紹介した」は選べません。
ui-save-error-data = この相談は保存できませんでした。
ui-save-error-log = 記録ファイルに書き込めませんでした。管理者に連絡してください。
ui-saved = 保存しました。画面の相談内容は消去されました。
ui-blank-title = 画面を隠しました
ui-new-consultation = 新しい相談を始める

# 起動時の問題
ui-problem-file = ファイル:
ui-problem-details = 見つかった問題
ui-problem-todo = どうすればよいか
ui-problem-continue = 確認した。続ける
ui-problem-override-title = 地域の設定ファイルに誤りがあります
ui-problem-override-what = この窓口が追加・変更した地域の相談先は読み込まれていません。全国共通の相談先だけが表示されます。
ui-problem-override-todo = 管理者に連絡し、上の行を直してもらってください(確認: madoguchi validate --override ファイル)。直したら、アプリを再起動してください。
ui-problem-settings-title = 設定ファイルに誤りがあります
ui-problem-settings-what = 設定ファイルは読み込まれず、初期設定(5分で自動消去など)が使われています。
ui-problem-settings-todo = 管理者に連絡し、上の行を直してもらってください。直したら、アプリを再起動してください。
ui-problem-log-title = 記録ファイルに保存できません
ui-problem-log-damaged = 記録ファイルが壊れているため、読み取り専用で開きました。
ui-problem-log-not-a-log = 記録ファイルの場所に、別のプログラムのファイルがあります。読み取り専用で開きました。
ui-problem-log-newer-schema = 記録ファイルは新しい版の Madoguchi で作られています。読み取り専用で開きました。
ui-problem-log-unavailable = 記録ファイルを開けませんでした。
ui-problem-log-todo = 相談と紹介はできますが、保存はできません。ファイルは消さずにそのままにして、管理者に連絡してください。管理者はファイルを別の場所に移して保管し、アプリを再起動します。
ui-problem-data-title = アプリのデータが壊れています
ui-problem-data-what = 組み込まれたデータの確認に失敗したため、相談を始められません。
ui-problem-data-todo = アプリを入れ直してください。直らない場合は管理者に連絡してください。

## Training

train-title = 研修事例「{ $case }」({ $difficulty })
train-vignette = 相談者役の人へ({ $lang }):
train-start = いつものように相談を進めてください。
train-debrief = ふりかえり
train-score = 期待される紹介先のうち { $expected } 件中 { $hit } 件を紹介しました
train-hit = 期待どおり紹介した
train-missed = 紹介しなかった
train-must-not = 紹介してはいけないのに紹介した
train-extra = 不要だが害はない
train-none = (なし)
train-emergency = 緊急対応
train-emergency-not-needed = この事例では緊急の紹介は不要で、紹介もしませんでした。
train-emergency-handled = 最初に対応しました: 危険の有無を最初に聞き、{ $services } を最初に紹介しました。
train-emergency-missed = 見落とし: この事例では { $services } を最初に紹介する必要があります。
train-emergency-not-first = { $services } は紹介しましたが、危険の有無を最初に聞いていません。
train-emergency-unneeded = この事例では不要な緊急番号を紹介しました。
train-mattered = 紹介先を左右した質問
train-mattered-lost = この答えがなければ、次の紹介先が抜けます: { $services }
train-mattered-gained = この答えがなければ、次の紹介先が加わります: { $services }
train-mattered-priority = この答えがなければ、次の紹介先の優先度が変わります: { $services }
train-answer-differed = あなたの答えは事例と違っていました。
train-expected = 期待される紹介先とその理由
train-given = 紹介した
train-not-given = 紹介しなかった
train-passed = 合格: 見落としも誤った紹介もなく、緊急対応もできました。
train-review = 上の点を講師と一緒にふりかえってください。
train-notes = 解説
train-list-heading = 研修事例({ $count } 件)
train-difficulty-intro = 入門
train-difficulty-intermediate = 中級
train-difficulty-advanced = 上級
train-saved = この研修の結果を { $path } に保存しました(実際の相談の記録とは別に保存し、名前は保存しません)。
train-route-trafficking = 人身取引
train-route-sexual_crime_8103 = 性犯罪(#8103)
train-route-child_189 = 児童虐待(189)
train-route-one_stop = ワンストップ支援センター
train-route-iom_return = IOMの帰国支援
train-route-immigration = 出入国在留管理
train-route-labour = 労働
train-route-residence = 在留資格
train-route-discrimination = 差別
train-route-online_images = ネット上の画像
train-route-domestic_violence = 配偶者からの暴力
train-route-emergency = 緊急(110/119)
train-route-unknown_answers = わからない回答

## Directory screen

directory-open-now = 現在対応中（24時間またはウェブ）
directory-open-unknown = 不明 — 受付時間を確認
directory-origin-shipped = 標準
directory-origin-overridden = この窓口で変更
directory-origin-local = この窓口で追加
directory-title = 相談先の一覧
directory-search = 検索(名前・内容)
directory-concern = 相談内容
directory-language = 対応言語
directory-any = すべて
directory-free-call = 通話無料のみ
directory-anonymous = 匿名で相談できるもののみ
directory-open-only = 現在対応中のみ
directory-shown = 表示している相談先
directory-none = この条件に合う相談先はありません。
directory-reachable = 現在の対応
directory-sources = 出典
directory-confidence = 情報の確からしさ
directory-confidence-high = 高い
directory-confidence-medium = 中程度
directory-confidence-low = 低い
directory-confidence-unconfirmed = 未確認
directory-serves = 対象
directory-origin = 登録元

# Records screen
records-title = 保存した記録
records-note = 実際の相談の記録だけを新しい順に表示します。研修の記録は表示しません。記録には個人を特定しない分類だけが保存されています。
records-total = 記録の件数
records-none = 保存された記録はまだありません。
records-unavailable = 記録ファイルが使えないため、記録を表示できません。
records-referrals = 紹介先
records-no-referrals = 紹介先なし
records-previous = 前のページ
records-next = 次のページ
records-page = ページ

# Reports screen: categories and dimensions the flow does not label
report-month = 月
report-total = 合計
report-unknown = 不明
report-not-applicable = 該当なし（日本国籍）
report-no-service = 紹介先なし
report-yes = はい
report-no = いいえ
report-outcome-referred = 紹介
report-outcome-referred_with_handover = 紹介・引き継ぎ
report-outcome-information_only = 情報提供のみ
report-outcome-client_declined = 本人が辞退
report-outcome-interrupted = 中断
report-region-east_asia = 東アジア
report-region-southeast_asia = 東南アジア
report-region-south_asia = 南アジア
report-region-central_asia = 中央アジア
report-region-middle_east = 中東
report-region-europe = ヨーロッパ
report-region-north_america = 北米
report-region-latin_america = 中南米
report-region-africa = アフリカ
report-region-oceania = オセアニア
report-dimension-age_group = 年齢区分
report-dimension-gender = 性別
report-dimension-nationality = 国籍
report-dimension-region = 国籍の地域
report-dimension-residence = 在留資格
report-dimension-concern = 相談内容
report-dimension-danger = 危険
report-dimension-service = 紹介先
report-dimension-outcome = 結果
report-dimension-handover_consent = 引き継ぎの同意
report-dimension-interpreter = 通訳
report-dimension-staff_lang = 職員の言語
report-dimension-client_lang = 相談者の言語
report-dimension-desk = 窓口

## Reports screen

reports-title = 統計
reports-note = 実際の相談の件数を月ごとに数えます。研修の記録は数えません。少ない件数は伏せ、伏せた件数を計算で割り出せるほかの欄も伏せます。
reports-dimension = 集計の項目
reports-second-dimension = さらに分ける項目
reports-no-second = なし
reports-loading = 集計しています…
reports-records = 期間内の相談件数
reports-empty = この期間に保存された相談はありません。
reports-unavailable = 記録のファイルを読めないため、集計できません。
reports-bar-title = 期間全体
reports-line-title = 月ごとの推移
reports-line-note = 合計と、件数の多い分類を示します。線の切れ目は伏せた件数です。
reports-table-title = 表
reports-export = CSVで書き出す…
reports-export-dialog = 統計をCSVファイルとして保存
reports-export-filter = CSVファイル
reports-exported = 保存先
reports-export-records = 集計した相談件数
reports-export-cancelled = 保存しませんでした。
reports-export-failed = 統計を保存できませんでした：

## Settings screen

settings-title = 設定
settings-note = この設定は、このコンピューターのデータフォルダーにだけ保存されます。
settings-data-dir = データフォルダー
settings-desk = 窓口の名前
settings-staff-lang = 起動時の職員の言語
settings-client-lang = 起動時の相談者の言語
settings-idle = 操作がないまま、この秒数が過ぎたら相談中の内容を消す
settings-retention = 記録を残す年数
settings-save = 設定を保存
settings-saved = 設定を保存しました。
settings-not-saved = 設定は保存されませんでした：
settings-error-idle = 秒数は2から3600までの整数にしてください。
settings-error-retention = 記録を残す年数は1年から10年までです。
settings-error-language = その言語は使えません。
settings-error-write = 設定ファイルを書き込めませんでした：
settings-log = 相談記録
settings-log-writable = 正常：相談を保存できます。
settings-log-closed = 読み取り専用：保存も削除もできません（起動時のメッセージを参照）。
settings-log-records = 記録の件数
settings-purge-title = 古い記録の削除
settings-purge-cutoff = この日より前の記録を削除します
settings-purge-count = 削除する記録
settings-purge-training = 削除する研修結果
settings-purge-button = 古い記録を削除…
settings-purge-yes = 削除する
settings-purge-no = やめる
settings-purge-done = 削除した記録
settings-purge-nothing = 保存期間より古い記録はありません。
settings-purge-failed = 記録を削除できませんでした：
settings-purge-changed = 削除しませんでした。確認した後に件数が変わりました(日付が変わったなど)。新しい件数を確かめてから、もう一度削除してください。
settings-override-title = 拠点ごとの上書きファイル
settings-override-path = ファイル
settings-override-absent = 上書きファイルはありません。標準の窓口一覧を使っています。
settings-override-loaded = 読み込み済み・問題なし：使用中です。
settings-override-invalid = 問題があるため使っていません。標準の窓口一覧を使っています。次の行を直してから、アプリを再起動してください。
settings-override-local = この拠点で追加した窓口
settings-override-changed = この拠点で変更した窓口
settings-check-title = データの検査
settings-check-ok = すべての検査に合格しました。
settings-check-failed = 問題が見つかりました：
settings-check-questions = 質問
settings-check-rules = ルール
settings-check-services = 窓口
settings-check-languages = 言語
settings-check-again = もう一度検査する
settings-check-restart = 変更した上書きファイルは、アプリの再起動後に使われます。
ui-keys-tools = この画面では Alt+D で窓口一覧、Alt+R で保存した記録、Alt+T で統計、Alt+S で設定を開きます。

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X：非表示。その年度のいずれかの月で{ $k }件未満（0件を含む）、またはそうした件数を計算で割り出せないように伏せた欄です。
reports-period = 期間
reports-period-fiscal-years = 年度（4月〜翌年3月）
reports-period-quarters = 四半期
reports-period-months = 月
reports-fiscal-year = { $year }年度
reports-fiscal-quarter = { $year }年度 第{ $quarter }四半期
reports-period-note = 統計は月・四半期・年度の単位でだけ作ります。任意の期間を選べると、期間どうしの引き算で伏せた件数を割り出せてしまうためです。
ui-problem-log-empty = 記録ファイルが空（0 バイト）です。記録の中身が失われています。新しい記録ファイルとしては使わず、読み取り専用にしました。
ui-problem-log-cannot-write = 記録ファイルかそのフォルダーに書き込む権限がありません（または読み取り専用のディスクです）。ファイルは壊れていません。読み取り専用で開きました。
ui-problem-log-cannot-write-todo = 相談と紹介はできますが、保存はできません。管理者に連絡して、このフォルダーとファイルに書き込めるようにしてもらってから、アプリを再起動してください。
ui-problem-set-aside-title = 記録ファイルの横にあった別のファイルを移動しました
ui-problem-set-aside-what = 記録ファイルの横に、この記録のものではない一時ファイル（WAL またはジャーナル）がありました。記録に書き込まれないよう、読まずに名前を変えて同じフォルダーに残しました。記録ファイルはそのままで、保存もできます。
ui-problem-set-aside-todo = 移動したファイルは消さないでください。管理者に連絡してください。管理者は、そのファイルがどこから来たか（別の窓口の記録、バックアップなど）を確認します。
records-month = 月
settings-desk-code-help = コーディネーターが窓口ごとに決めるコードです。保存する相談ごとに記録されます（例：「shinjuku-2f」「window-3」）。英小文字 a〜z、数字（1〜4 個）、ハイフンだけ。人の名前は使えません。
settings-error-desk-code = 窓口コードではありません。英小文字 a〜z、数字、ハイフンで 32 文字まで、英字か数字で始め、数字を 1 個以上 4 個まで入れてください（例：「window-3」）。人の名前は窓口コードにできません。

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = 古い記録を削除しますか
settings-purge-dialog = { $cutoff } より前の記録 { $records } 件と研修結果 { $training } 件を削除します。元に戻せません。
settings-purge-cancelled = 削除しませんでした。
settings-retention-dialog-title = 保存期間を短くしますか
settings-retention-dialog = 記録を残す年数を { $from } 年から { $to } 年にします。古い記録の削除で、{ $cutoff } より前の記録 { $records } 件と研修結果 { $training } 件が削除されるようになります。
settings-retention-dialog-uncounted = 記録を残す年数を { $from } 年から { $to } 年にします。古い記録の削除で、これまでより多くの記録が削除されるようになります。
settings-retention-dialog-yes = 短くして保存する
settings-error-retention_not_confirmed = 記録を残す年数は変えませんでした(確認で「やめる」が選ばれました)。設定は保存していません。

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 110・119 などの緊急の相談先は、このファイルでは変えられません。そのような行は消してください。
ui-override-error-duplicate = 同じ相談先(id)が2回書かれています。1つにまとめてください。
ui-override-error-entry = 相談先の id、連絡先(電話番号・番号・https のアドレス)、名前(label)、言語のどれかが正しくありません。
ui-override-error-encoding = ファイルが UTF-8 で保存されていません。UTF-8 で保存し直してください。

## coord
card-japanese-only = (日本語のみ)
directory-review-due = 最終確認から { $months } か月以上たっています。番号と受付時間を確かめてください。
settings-review = 相談先を確認する間隔(月)
settings-error-review = 確認の間隔は1か月から60か月までです。
settings-review-due = 確認日が間隔より古い相談先
settings-review-help = 一覧は madoguchi directory review --out 確認表.csv で書き出せます。確認した結果は --apply で上書きファイルに書き戻せます。
settings-override-create = 見本から上書きファイルを作る
settings-override-created = 見本(説明つき)から上書きファイルを作りました。編集してから「もう一度検査する」を押し、アプリを再起動してください。
settings-override-create-failed = 上書きファイルを作れませんでした:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = この行は TOML として読めません。「"」や [ ] { "{" } { "}" } の閉じ忘れ、「=」の書き方を確かめてください。
override-error-unknown-key = { $key } という項目はありません。使える項目: { $keys }
override-error-value = 「{ $field }」の値 { $value } は使えません。{ $choices ->
    [none] 書き方は data/site-override.example.toml の見本を見てください。
   *[other] 使える値: { $choices }
}
override-error-missing = 相談先「{ $id }」に足りない項目があります: { $fields }
override-error-date = 確認日 { $value } は日付ではありません。2026-04-01 のように 年-月-日 で書いてください。
override-error-duplicate = 相談先 { $id } はこのファイルの { $first } 行目にもあります。1つにまとめてください。
override-error-emergency = 「{ $id }」は 110・119 などの緊急の相談先です。このファイルでは変えられません。この項目を消してください。
override-error-emergency-with = 相談先「{ $id }」: 緊急の相談先「{ $with }」と並べることはできません(refer_with)。
override-error-contact = 相談先「{ $id }」の { $number } 番目の連絡先 { $value } は{ $kind ->
    [phone] 電話番号ではありません(例: 03-1234-5678)。
    [dial] 短い番号ではありません(例: 110、#8103)。
    [web] https:// で始まるアドレスではありません。
    [email] メールアドレスではありません。
   *[other] 「local」(最寄りの窓口)と書いてください。
}
override-error-empty = 相談先「{ $id }」: 「{ $field }」が空です。
override-error-label = 相談先「{ $id }」の名前(label)は{ $problem ->
    [empty] 空です。
    [long] { $max } 文字までにしてください。
   *[other] 使えない制御文字を含んでいます。
}
override-error-text = 相談先「{ $id }」の「{ $field }」: { $problem ->
    [no-ja] 日本語(ja)がありません。書かれていない言語の代わりに日本語を出すので、日本語は必ず書いてください。
    [language] 「{ $lang }」はアプリの言語ではありません。使える言語: { $langs }
    [empty] 「{ $lang }」の文が空です。
    [long] 「{ $lang }」の文が長すぎます。
    [both] label と name の両方があります。name だけにしてください。
   *[other] 「{ $lang }」の文に使えない制御文字があります。
}
override-error-note = 相談先「{ $id }」の { $number } 番目の連絡先のメモ { $note } は、アプリに入っている文ではありません。窓口の言葉で書くときは note = { "{" } ja = "平日のみ", en = "Weekdays only" { "}" } のように書いてください。
override-error-shipped-local = 相談先「{ $id }」はアプリに入っている相談先です。label と refer_with は、窓口が追加する相談先にだけ書けます。
override-error-assured-by = 相談先「{ $id }」: 確認日(assured_date)には、確認に使った情報源(sources のどれか)を assured_by に書いてください。
override-error-service-id = { $id } は相談先の id にできません。英小文字で始め、英小文字・数字・「_」で64文字までにしてください。
override-error-local-needs = 相談先「{ $id }」はアプリに入っていません。窓口が追加する相談先には name(または label)と refer_with が必要です。
override-error-encoding = ファイルが UTF-8 で保存されていません({ $offset } バイト目の { $byte })。UTF-8 で保存し直してください。
override-error-refer-with = 相談先「{ $id }」: refer_with の「{ $with }」はアプリに入っている相談先ではありません。
override-error-serves = 相談先「{ $id }」: 対象(serves)に、ない項目か値があります。
override-error-source = 相談先「{ $id }」: { $source ->
    [none] 情報源(sources)がありません。
   *[other] 情報源 { $source } は https:// のアドレスでも資料の行でもありません。
}
override-error-language = 相談先「{ $id }」の言語「{ $lang }」: { $problem ->
    [tag] 言語コードの書き方が違います(例: vi、pt、fil)。
    [unbacked] その言語で話せる連絡先も通訳もありません。連絡先の languages に書くか、通訳(interpretation)を書くか、言語を消してください。
   *[other] 相談先の languages にありません。追加してください。
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = アプリにないもの(言語・質問・答え・事例・期間・絞り込み)が求められました。
ui-error-no-content = アプリに組み込まれたデータの確認で問題が見つかったため、表示できません。
ui-error-log = 記録ファイルを読み書きできませんでした。
ui-error-settings = 受け付けられない設定があったため、何も保存していません。
ui-error-desktop = このコンピューターではできませんでした(ダイアログ、印刷、開くためのプログラム)。

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = アプリの中で思わぬ問題が起きました。
ui-error-todo = 「もう一度試す」を押すか、開始画面に戻ってください。何度も起きるときは、下の内容を管理者に伝えてください。
ui-error-retry = もう一度試す

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = 未確認の翻訳
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = この紹介票の翻訳は機械翻訳で、まだ確認されていません。わからないところは職員に聞いてください。

## About (package)
settings-about-title = このアプリについて
settings-about-version = バージョン
settings-about-data-date = 相談先データの日付（確認できた最新の情報源の日付）
