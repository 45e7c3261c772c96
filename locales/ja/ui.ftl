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
