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

## Training

train-title = 研修事例 { $case }({ $difficulty })
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

## Directory screen

directory-open-now = 現在対応中（24時間またはウェブ）
directory-open-unknown = 不明 — 受付時間を確認
directory-origin-shipped = 標準
directory-origin-overridden = この窓口で変更
directory-origin-local = この窓口で追加

# Reports screen: categories and dimensions the flow does not label
report-month = 月
report-total = 合計
report-unknown = 不明
report-not-applicable = 該当なし（日本国籍）
report-no-service = 紹介先なし
report-suppressed = { $k }件未満（非表示）
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
