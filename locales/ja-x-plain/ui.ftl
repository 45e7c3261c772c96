### 画面と端末の共通テキスト — やさしい日本語 (ja-x-plain)
### 1つの文に1つのこと。むずかしい言葉には、かっこで読み方や説明を書いています。

option-unknown = わからない/言いたくない
priority-emergency = いますぐ
priority-urgent = できるだけ早く
priority-standard = ふつう
local-service-hours = 受付の時間は、この窓口の案内を見てください。
local-service-expect = この窓口が自分で登録した、この地域の相談先です。
check-before-use = 使う前に確認してください。古い情報か、まだ確認されていない情報です。
list-separator = { "、" }
locale-status-reference = もとになる言葉
locale-status-reviewed = 確認された翻訳
locale-status-draft = 下書きの翻訳(まだ確認されていない)
assured-on = 確認した日: { $date }

## madoguchi walk

walk-title = 相談の流れ(職員: { $staff } / 相談する人: { $client })
walk-choose-one = 番号を入れてください。
walk-choose-many = 合う番号を全部入れてください。番号と番号の間には、スペースを入れてください。
walk-back-hint = 0 を入れると、前の質問にもどります。
walk-invalid = その番号は選べません。もう一度入れてください。
walk-progress = 質問 { $number }
walk-results = 相談できるところ
walk-no-referrals = 紹介できる相談先はありません。
walk-why = 理由
walk-source = 情報のもと
walk-hours = 受付の時間
walk-ended = 入力が終わりました。だから、相談を止めました。記録は残していません。

## madoguchi route (人が読む形式)

route-heading = 相談できるところ({ $count ->
   *[other] { $count } か所
})
route-rules = もとにしたルール: { $rules }
