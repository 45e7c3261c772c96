### 画面と端末の共通テキスト — やさしい日本語 (ja-x-plain)
### 1つの文に1つのこと。むずかしい言葉には、かっこで読み方や説明を書いています。
###
### 読み方(ルビ): `｜被害《ひがい》` または `被害《ひがい》`(《 の前の漢字に読み方がつきます)。
### 画面と紹介票では漢字の上に、端末では 被害(ひがい) と出ます。ARCHITECTURE.md の Readings を見てください。

option-unknown = わからない/言《い》いたくない
priority-emergency = いますぐ
priority-urgent = できるだけ早く
priority-standard = ふつう
local-service-hours = 受付《うけつけ》の時間《じかん》は、この窓口《まどぐち》の案内《あんない》を見《み》てください。
local-service-expect = この窓口《まどぐち》が自分《じぶん》で登録《とうろく》した、この地域《ちいき》の相談《そうだん》先《さき》です。
check-before-use = 使《つか》う前《まえ》に確認《かくにん》してください。古《ふる》い情報《じょうほう》か、まだ確認《かくにん》されていない情報《じょうほう》です。
list-separator = { "、" }
locale-status-reference = もとになる言葉
locale-status-reviewed = 確認された翻訳
locale-status-draft = 下書きの翻訳(まだ確認されていない)
assured-on = 確認した日: { $date }
contact-in-person-local = 近《ちか》くの窓口《まどぐち》に行《い》きます（場所《ばしょ》は地域《ちいき》でちがいます）
language-fit-native = { $language }で話《はな》せる電話《でんわ》や窓口《まどぐち》があります
language-fit-interpreter = 通訳《つうやく》をしてもらえます（3人《にん》で話《はな》す電話《でんわ》など）。{ $language }で相談《そうだん》できます
language-fit-unknown = { $language }で相談《そうだん》できるかは、わかっていません
language-fit-none = { $language }では相談《そうだん》できません（ほかの言葉《ことば》だけです）
language-fit-contact = { $language }では、まずここに連絡《れんらく》してください
language-fit-advice = { $language }で話《はな》せないときは、窓口《まどぐち》の人《ひと》があなたと一緒《いっしょ》に電話《でんわ》をして、日本語《にほんご》で伝《つた》えます。通訳《つうやく》を頼《たの》めるところでは、通訳《つうやく》を頼《たの》みます。
ui-card-language-fit = ことばの たいおう
directory-fit-language = そうだんする人の ことば(ことばの たいおうを 見る)

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

## パソコンのアプリ

ui-strip-label = きんきゅうの でんわばんごう
ui-strip-police = けいさつ 110
ui-strip-ambulance = きゅうきゅうしゃ・しょうぼう 119
ui-hide = がめんを かくす
ui-keys-help = すうじの キー 1〜9で えらびます。Backspace か Alt+← で もどります。Esc を 2かい おすと、すぐに がめんを けして、そうだんの ないようを けします。
ui-start-title = そうだんを はじめる
ui-start-staff-lang = しょくいんの ことば
ui-start-client-lang = そうだんする人の ことば
ui-start-mode = そうだんの しゅるい
ui-mode-live = ほんとうの そうだん
ui-mode-training = れんしゅう(とうけいに いれない)
ui-start-privacy = 「ほぞん」を おすまで、なにも きろくしません。ほぞんするのは、だれか わからない ぶんるいだけです。
ui-start-begin = そうだんを はじめる
app-progress = しつもん { $number } / だいたい { $total }
ui-choose-many = あてはまるものを ぜんぶ えらんでください。そして「つぎへ」を おしてください。
ui-back = もどる
ui-error-title = うまくできませんでした
ui-error-detail = くわしい内容（管理者のため）:
ui-error-back = はじめの画面にもどる
ui-next = つぎへ
ui-emergency-title = いますぐ でんわしてください
ui-result-title = そうだんできる ところ
ui-result-none = この こたえでは、しょうかいする ところが ありません。
ui-result-answers = こたえの いちらん
ui-result-slip = しょうかいの かみを みせる
ui-result-save = ほぞんして おわる
ui-card-contact = れんらくさき
ui-contact-open-failed = この パソコンでは ひらけませんでした。でている 番号や アドレスを 手で いれてください。
ui-card-hours = うけつけの じかん
ui-card-free-call = でんわの おかね
ui-free-call-yes = むりょう(お金《かね》は いりません)
ui-free-call-no = お金《かね》が かかります
ui-free-call-partly = 一部《いちぶ》 むりょう
ui-free-call-unconfirmed = まだ たしかめていません
ui-card-anonymous = 名前《なまえ》を いわない そうだん
ui-anonymous-yes = できます
ui-anonymous-no = できません
ui-anonymous-partly = ばあいに よります
ui-anonymous-unconfirmed = まだ たしかめていません
ui-card-languages = つかえる ことば
ui-languages-unconfirmed = (つかえる ことばは まだ たしかめていません)
ui-card-expect = そうだんすると どうなるか
ui-card-why = しょうかいする りゆう
ui-card-source = でどころ:
ui-card-checked = じょうほうを たしかめた日
ui-slip-title = しょうかいの かみ
ui-slip-intro = 下《した》の ところに そうだんできます。でんわの おかねが かかるかどうかは、それぞれの ところに かいてあります。名前《なまえ》を 言《い》わなくても いいかどうかも、かいてあります。
ui-slip-print = いんさつする
ui-save-title = きろくを ほぞんする
ui-save-training = れんしゅうの きろくとして ほぞんします。とうけいには いれません。
ui-save-privacy = 名前、れんらくさき、じゅうしょ、たんじょうび、じゆうな ぶんしょうは ほぞんしません。
ui-save-outcome = そうだんの けっか
ui-outcome-referred = しょうかいした
ui-outcome-referred_with_handover = しょうかいして、ひきついだ
ui-outcome-information_only = じょうほうを つたえただけ
ui-outcome-client_declined = そうだんした人が ことわった
ui-outcome-interrupted = とちゅうで おわった
ui-save-interpreter = つうやくを つかった
ui-save-consent = そうだんした人が ひきつぎに どういした(いいと いった)
ui-save-region = こくせきの ちいき(とうけいのため。国の 名前は きろくしません)
ui-region-none = こたえない/わからない
ui-region-east_asia = ひがしアジア
ui-region-southeast_asia = とうなんアジア
ui-region-south_asia = みなみアジア
ui-region-central_asia = ちゅうおうアジア
ui-region-middle_east = ちゅうとう
ui-region-europe = ヨーロッパ
ui-region-north_america = きたアメリカ
ui-region-latin_america = ちゅうなんべい(ラテンアメリカ)
ui-region-africa = アフリカ
ui-region-oceania = オセアニア
ui-save-submit = ほぞんして がめんを けす
ui-save-unavailable = きろくの ファイルが つかえません。だから ほぞんできません。しょうかいは できます。
ui-save-error-consent = 「ひきついだ」を えらぶには、そうだんした人の どういが ひつようです。
ui-save-error-no-referral = しょうかいする ところが ありません。だから「しょうかいした」は えらべません。
ui-save-error-data = この そうだんは ほぞんできませんでした。
ui-save-error-log = きろくの ファイルに かけませんでした。かんりしゃに れんらくしてください。
ui-saved = ほぞんしました。がめんの そうだんの ないようは けしました。
ui-blank-title = がめんを かくしました
ui-new-consultation = あたらしい そうだんを はじめる
ui-problem-file = ファイル:
ui-problem-details = みつかった もんだい
ui-problem-todo = どうすれば よいか
ui-problem-continue = わかりました。つづける
ui-problem-override-title = ちいきの せっていの ファイルに まちがいが あります
ui-problem-override-what = この まどぐちが くわえた ちいきの そうだんさきは よみこんでいません。ぜんこくの そうだんさきだけ みせます。
ui-problem-override-todo = かんりしゃに れんらくして、上の ぎょうを なおしてもらってください(たしかめかた: madoguchi validate --override ファイル)。なおしたら、アプリを もういちど はじめてください。
ui-problem-settings-title = せっていの ファイルに まちがいが あります
ui-problem-settings-what = せっていの ファイルは よみこんでいません。さいしょの せってい(5分で じどうで けす など)を つかいます。
ui-problem-settings-todo = かんりしゃに れんらくして、上の ぎょうを なおしてもらってください。なおしたら、アプリを もういちど はじめてください。
ui-problem-log-title = きろくを ほぞんできません
ui-problem-log-damaged = きろくの ファイルが こわれています。だから よむだけで ひらきました。
ui-problem-log-not-a-log = きろくの ファイルの ばしょに、ほかの プログラムの ファイルが あります。よむだけで ひらきました。
ui-problem-log-newer-schema = きろくの ファイルは あたらしい Madoguchi で つくられました。よむだけで ひらきました。
ui-problem-log-unavailable = きろくの ファイルを ひらけませんでした。
ui-problem-log-todo = そうだんと しょうかいは できます。でも ほぞんは できません。ファイルは けさないでください。かんりしゃに れんらくしてください。かんりしゃが ファイルを べつの ばしょに うつして、アプリを もういちど はじめます。
ui-problem-data-title = アプリの データが こわれています
ui-problem-data-what = アプリの 中の データの チェックに しっぱいしました。だから そうだんを はじめられません。
ui-problem-data-todo = アプリを もういちど いれてください。なおらないときは、かんりしゃに れんらくしてください。

## Training

train-title = 練習(れんしゅう)の 例「{ $case }」({ $difficulty })
train-vignette = 相談(そうだん)する 人の 役(やく)の 人へ({ $lang }):
train-start = いつもと 同(おな)じように 相談(そうだん)を 進(すす)めてください。
train-debrief = ふりかえり
train-score = 紹介(しょうかい)するはずの 所(ところ) { $expected } か所の うち、{ $hit } か所を 紹介(しょうかい)しました
train-hit = 正(ただ)しく 紹介(しょうかい)した
train-missed = 紹介(しょうかい)しなかった
train-must-not = 紹介(しょうかい)しては いけないのに 紹介(しょうかい)した
train-extra = いらないが、問題(もんだい)は ない
train-none = (なし)
train-emergency = 急(いそ)ぎの 対応(たいおう)
train-emergency-not-needed = この 例では、急(いそ)ぎの 紹介(しょうかい)は いりません。紹介(しょうかい)も しませんでした。
train-emergency-handled = 最初(さいしょ)に 対応(たいおう)しました: 危(あぶ)ないかどうかを 最初(さいしょ)に 聞き、{ $services } を 最初(さいしょ)に 紹介(しょうかい)しました。
train-emergency-missed = 見落(みお)とし: この 例では { $services } を 最初(さいしょ)に 紹介(しょうかい)する 必要(ひつよう)が あります。
train-emergency-not-first = { $services } は 紹介(しょうかい)しましたが、危(あぶ)ないかどうかを 最初(さいしょ)に 聞きませんでした。
train-emergency-unneeded = この 例では いらない 緊急(きんきゅう)の 番号(ばんごう)を 紹介(しょうかい)しました。
train-mattered = 紹介先(しょうかいさき)を 変(か)えた 質問(しつもん)
train-mattered-lost = この 答(こた)えが ないと、次(つぎ)の 紹介先(しょうかいさき)が なくなります: { $services }
train-mattered-gained = この 答(こた)えが ないと、次(つぎ)の 紹介先(しょうかいさき)が 増(ふ)えます: { $services }
train-mattered-priority = この 答(こた)えが ないと、次(つぎ)の 紹介先(しょうかいさき)の 急(いそ)ぎ具合(ぐあい)が 変(か)わります: { $services }
train-answer-differed = あなたの 答(こた)えは 例と 違(ちが)いました。
train-expected = 紹介(しょうかい)するはずの 所(ところ)と その 理由(りゆう)
train-given = 紹介(しょうかい)した
train-not-given = 紹介(しょうかい)しなかった
train-passed = 合格(ごうかく): 見落(みお)としも 間違(まちが)った 紹介(しょうかい)も なく、急(いそ)ぎの 対応(たいおう)も できました。
train-review = 上(うえ)の ことを 先生(せんせい)と いっしょに ふりかえってください。
train-notes = 説明(せつめい)
train-list-heading = 練習(れんしゅう)の 例({ $count } こ)
train-difficulty-intro = 初(はじ)め
train-difficulty-intermediate = 中(なか)くらい
train-difficulty-advanced = 難(むずか)しい
train-saved = この 練習(れんしゅう)の 結果(けっか)を { $path } に 保存(ほぞん)しました(本当(ほんとう)の 相談(そうだん)の 記録(きろく)とは 別(べつ)です。名前(なまえ)は 保存(ほぞん)しません)。
train-route-trafficking = 人身取引(じんしんとりひき)
train-route-sexual_crime_8103 = 性(せい)の 犯罪(はんざい)(#8103)
train-route-child_189 = 子(こ)どもの 虐待(ぎゃくたい)(189)
train-route-one_stop = ワンストップ 支援(しえん)センター
train-route-iom_return = IOMの 帰国(きこく)の 支援(しえん)
train-route-immigration = 入管(にゅうかん)
train-route-labour = 仕事(しごと)
train-route-residence = 在留資格(ざいりゅうしかく)
train-route-discrimination = 差別(さべつ)
train-route-online_images = ネットの 画像(がぞう)
train-route-domestic_violence = パートナーからの 暴力(ぼうりょく)
train-route-emergency = 緊急(きんきゅう)(110/119)
train-route-unknown_answers = わからない 答(こた)え

## Directory screen

directory-open-now = いま つながります（24じかん または ウェブ）
directory-open-unknown = わかりません — じかんを たしかめてください
directory-origin-shipped = はじめから ある もの
directory-origin-overridden = この まどぐちで かえた もの
directory-origin-local = この まどぐちで たした もの
directory-title = そうだん できる ところの いちらん
directory-search = さがす(なまえ・ないよう)
directory-concern = そうだんの ないよう
directory-language = はなせる ことば
directory-any = ぜんぶ
directory-free-call = でんわが むりょうの ところ だけ
directory-anonymous = なまえを いわなくても よい ところ だけ
directory-open-only = いま つながる ところ だけ
directory-shown = みせている そうだん できる ところ
directory-none = あう ところが ありません。
directory-reachable = いま つながるか
directory-sources = もとの しりょう
directory-confidence = じょうほうの たしかさ
directory-confidence-high = たかい
directory-confidence-medium = ふつう
directory-confidence-low = ひくい
directory-confidence-unconfirmed = たしかめて いない
directory-serves = だれの ため
directory-origin = だれが いれたか

# Records screen
records-title = ほぞんした きろく
records-note = ほんとうの そうだんの きろくだけを あたらしい じゅんに みせます。けんしゅうの きろくは みせません。きろくには ひとが わかる ことは ほぞんしません。
records-total = きろくの かず
records-none = ほぞんした きろくは まだ ありません。
records-unavailable = きろくの ファイルが つかえないので、きろくを みせられません。
records-referrals = しょうかいした ところ
records-no-referrals = しょうかいした ところは ありません
records-previous = まえの ページ
records-next = つぎの ページ
records-page = ページ

# Reports screen: categories and dimensions the flow does not label
report-month = つき
report-total = ごうけい
report-unknown = わかりません
report-not-applicable = あてはまりません（にほんの こくせき）
report-no-service = しょうかいさき なし
report-yes = はい
report-no = いいえ
report-outcome-referred = しょうかいした
report-outcome-referred_with_handover = しょうかいして ひきついだ
report-outcome-information_only = じょうほうを つたえた だけ
report-outcome-client_declined = ほんにんが ことわった
report-outcome-interrupted = とちゅうで おわった
report-region-east_asia = ひがしアジア
report-region-southeast_asia = とうなんアジア
report-region-south_asia = みなみアジア
report-region-central_asia = ちゅうおうアジア
report-region-middle_east = ちゅうとう
report-region-europe = ヨーロッパ
report-region-north_america = きたアメリカ
report-region-latin_america = ラテンアメリカ
report-region-africa = アフリカ
report-region-oceania = オセアニア
report-dimension-age_group = ねんれい
report-dimension-gender = せいべつ
report-dimension-nationality = こくせき
report-dimension-region = こくせきの ちいき
report-dimension-residence = ざいりゅうしかく
report-dimension-concern = そうだんの ないよう
report-dimension-danger = きけん
report-dimension-service = しょうかいさき
report-dimension-outcome = けっか
report-dimension-handover_consent = ひきつぎの どうい
report-dimension-interpreter = つうやく
report-dimension-staff_lang = しょくいんの ことば
report-dimension-client_lang = そうだんしゃの ことば
report-dimension-desk = まどぐち

## Reports screen

reports-title = とうけい
reports-note = ほんとうの そうだんの かずを つきごとに かぞえます。けんしゅうの きろくは かぞえません。すくない かずは かくします。かくした かずが けいさんで わかる ほかの らんも かくします。
reports-dimension = かぞえる こうもく
reports-second-dimension = さらに わける こうもく
reports-no-second = なし
reports-loading = かぞえています…
reports-records = この あいだの そうだんの かず
reports-empty = この あいだに ほぞんした そうだんは ありません。
reports-unavailable = きろくの ファイルが よめないので、かぞえられません。
reports-bar-title = ぜんぶの あいだ
reports-line-title = つきごとの うごき
reports-line-note = ごうけいと、かずが おおい ものを みせます。せんが きれて いる ところは、かくした かずです。
reports-table-title = ひょう
reports-export = CSVで かきだす…
reports-export-dialog = とうけいを CSVファイルに ほぞんする
reports-export-filter = CSVファイル
reports-exported = ほぞんした ところ
reports-export-records = かぞえた そうだんの かず
reports-export-cancelled = ほぞんしませんでした。
reports-export-failed = とうけいを ほぞんできませんでした：

## Settings screen

settings-title = せってい
settings-note = この せっていは、この コンピューターの データフォルダーに だけ ほぞんします。
settings-data-dir = データフォルダー
settings-desk = まどぐちの なまえ
settings-staff-lang = はじめの しょくいんの ことば
settings-client-lang = はじめの そうだんする ひとの ことば
settings-idle = なにも そうさ しないで この びょうすうが すぎたら、そうだんの ないようを けす
settings-retention = きろくを のこす ねんすう
settings-save = せっていを ほぞんする
settings-saved = せっていを ほぞんしました。
settings-not-saved = せっていは ほぞんされませんでした：
settings-error-idle = びょうすうは 2から 3600までの せいすうに して ください。
settings-error-retention = きろくを のこす ねんすうは 1ねんから 10ねんまでです。
settings-error-language = その ことばは つかえません。
settings-error-write = せっていの ファイルに かきこめませんでした：
settings-log = そうだんの きろく
settings-log-writable = だいじょうぶ：そうだんを ほぞんできます。
settings-log-closed = よむ だけ：ほぞんも さくじょも できません（はじめに でた メッセージを みて ください）。
settings-log-records = きろくの かず
settings-purge-title = ふるい きろくを けす
settings-purge-cutoff = この ひより まえの きろくを けします
settings-purge-count = けす きろく
settings-purge-training = けす けんしゅうの けっか
settings-purge-button = ふるい きろくを けす…
settings-purge-yes = けす
settings-purge-no = やめる
settings-purge-done = けした きろく
settings-purge-nothing = のこす きかんより ふるい きろくは ありません。
settings-purge-failed = きろくを けせませんでした：
settings-purge-changed = けしませんでした。たしかめた あとで 数が かわりました(日づけが かわった など)。あたらしい 数を たしかめてから、もう一度 けしてください。
settings-override-title = この ばしょ だけの かえる ファイル
settings-override-path = ファイル
settings-override-absent = かえる ファイルは ありません。はじめから ある いちらんを つかって います。
settings-override-loaded = よみこみました。もんだい ありません。つかって います。
settings-override-invalid = もんだいが あるので つかって いません。はじめから ある いちらんを つかって います。つぎの ぎょうを なおして から、アプリを もう いちど はじめて ください。
settings-override-local = この ばしょで たした まどぐち
settings-override-changed = この ばしょで かえた まどぐち
settings-check-title = データの けんさ
settings-check-ok = ぜんぶの けんさに ごうかく しました。
settings-check-failed = もんだいが みつかりました：
settings-check-questions = しつもん
settings-check-rules = ルール
settings-check-services = まどぐち
settings-check-languages = ことば
settings-check-again = もう いちど けんさ する
settings-check-restart = かえた ファイルは、アプリを もう いちど はじめた あとに つかわれます。
ui-keys-tools = この がめんでは Alt+D で まどぐちの いちらん、Alt+R で ほぞんした きろく、Alt+T で とうけい、Alt+S で せっていを ひらきます。

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X：みせていません。その ねんどの どこかの つきで { $k }けんより すくない（0けんも ふくむ）か、その かずが けいさんで わからないように かくした らんです。
reports-period = きかん
reports-period-fiscal-years = ねんど（4がつ〜つぎの としの 3がつ）
reports-period-quarters = しはんき（3かげつ）
reports-period-months = つき
reports-fiscal-year = { $year }ねんど
reports-fiscal-quarter = { $year }ねんど だい{ $quarter }しはんき
reports-period-note = とうけいは つき・しはんき・ねんど の たんいで だけ つくります。すきな きかんを えらべると、ひきざんで かくした かずが わかって しまうからです。
ui-problem-log-empty = きろくの ファイルが からっぽです。なかみが なくなりました。あたらしい きろくには しません。よむだけで ひらきました。
ui-problem-log-cannot-write = きろくの ファイルに かきこむ ことが できません。ファイルは こわれていません。よむだけで ひらきました。
ui-problem-log-cannot-write-todo = そうだんと しょうかいは できます。でも ほぞんは できません。かんりしゃに れんらくしてください。
ui-problem-set-aside-title = きろくの よこの ファイルを うつしました
ui-problem-set-aside-what = きろくの よこに、この きろくの ものではない ファイルが ありました。よまないで、なまえを かえて おなじ ばしょに のこしました。きろくは そのままです。ほぞんも できます。
ui-problem-set-aside-todo = うつした ファイルは けさないでください。かんりしゃに れんらくしてください。
records-month = つき
settings-desk-code-help = まどぐちの コードです。コーディネーターが きめます。れい：「window-3」。えいじの こもじ a〜z、すうじ（1〜4こ）、ハイフン だけ です。ひとの なまえは つかえません。
settings-error-desk-code = まどぐちの コードでは ありません。えいじの こもじ a〜z、すうじ、ハイフンで 32もじ まで。すうじを 1こ いじょう 4こ まで いれてください（れい：「window-3」）。ひとの なまえは つかえません。

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = ふるい きろくを けしますか
settings-purge-dialog = { $cutoff } より まえの きろく { $records } けんと けんしゅうの けっか { $training } けんを けします。もとに もどせません。
settings-purge-cancelled = けしませんでした。
settings-retention-dialog-title = のこす きかんを みじかく しますか
settings-retention-dialog = きろくを のこす ねんすうを { $from } ねんから { $to } ねんに します。ふるい きろくを けすと、{ $cutoff } より まえの きろく { $records } けんと けんしゅうの けっか { $training } けんが きえます。
settings-retention-dialog-uncounted = きろくを のこす ねんすうを { $from } ねんから { $to } ねんに します。ふるい きろくを けすと、いままでより おおくの きろくが きえます。
settings-retention-dialog-yes = みじかく して ほぞんする
settings-error-retention_not_confirmed = のこす ねんすうは かえませんでした(「やめる」が えらばれました)。せっていは ほぞん していません。

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 110や 119など きんきゅうの そうだんさきは、この ファイルでは かえられません。その ぎょうを けして ください。
ui-override-error-duplicate = おなじ そうだんさき(id)が 2かい かいて あります。1つに して ください。
ui-override-error-entry = そうだんさきの id、れんらくさき(でんわばんごう・https の アドレス)、なまえ(label)、ことばの どれかが ただしく ありません。
ui-override-error-encoding = ファイルが UTF-8 で ほぞん されて いません。UTF-8 で ほぞん しなおして ください。

## coord
card-japanese-only = (にほんご だけ)
directory-review-due = { $months } か月 いじょう たしかめて いません。でんわばんごうと じかんを たしかめて ください。
settings-review = そうだんさきを たしかめる 間隔(月)
settings-error-review = 間隔は 1か月から 60か月までです。
settings-review-due = たしかめる ひが ふるい そうだんさき
settings-review-help = madoguchi directory review --out 確認表.csv で いちらんを つくれます。--apply で けっかを ファイルに もどせます。
settings-override-create = 見本から ファイルを つくる
settings-override-created = 見本から ファイルを つくりました。なおしてから「もう いちど けんさ する」を おして、アプリを はじめから うごかして ください。
settings-override-create-failed = ファイルを つくれませんでした:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = この ぎょうは TOML として よめません。「"」や [ ] { "{" } { "}" } の とじわすれと「=」を たしかめて ください。
override-error-unknown-key = { $key } という こうもくは ありません。つかえる こうもく: { $keys }
override-error-value = 「{ $field }」の { $value } は つかえません。{ $choices ->
    [none] data/site-override.example.toml の 見本を みて ください。
   *[other] つかえる もの: { $choices }
}
override-error-missing = そうだんさき「{ $id }」に たりない こうもくが あります: { $fields }
override-error-date = { $value } は ひづけでは ありません。2026-04-01 のように かいて ください。
override-error-duplicate = そうだんさき { $id } は { $first } ぎょうめにも あります。1つに して ください。
override-error-emergency = 「{ $id }」は 110・119 などの きんきゅうの そうだんさきです。かえられません。けして ください。
override-error-emergency-with = そうだんさき「{ $id }」: きんきゅうの「{ $with }」と ならべられません(refer_with)。
override-error-contact = そうだんさき「{ $id }」の { $number } ばんめの れんらくさき { $value } は { $kind ->
    [phone] でんわばんごうでは ありません(れい: 03-1234-5678)。
    [dial] みじかい ばんごうでは ありません(れい: 110)。
    [web] https:// で はじまって いません。
    [email] メールアドレスでは ありません。
   *[other] 「local」と かいて ください。
}
override-error-empty = そうだんさき「{ $id }」: 「{ $field }」が からです。
override-error-label = そうだんさき「{ $id }」の なまえ(label)は { $problem ->
    [empty] からです。
    [long] { $max } もじまでに して ください。
   *[other] つかえない もじが あります。
}
override-error-text = そうだんさき「{ $id }」の「{ $field }」: { $problem ->
    [no-ja] にほんご(ja)が ありません。にほんごは かならず かいて ください。
    [language] 「{ $lang }」は アプリの ことばでは ありません。つかえる ことば: { $langs }
    [empty] 「{ $lang }」の ぶんが からです。
    [long] 「{ $lang }」の ぶんが ながすぎます。
    [both] label と name が あります。name だけに して ください。
   *[other] 「{ $lang }」の ぶんに つかえない もじが あります。
}
override-error-note = そうだんさき「{ $id }」の { $number } ばんめの れんらくさきの メモ { $note } は アプリに ありません。まどぐちの ことばで かくときは note = { "{" } ja = "平日のみ" { "}" } のように かいて ください。
override-error-shipped-local = そうだんさき「{ $id }」は アプリに はいって います。label と refer_with は かけません。
override-error-assured-by = そうだんさき「{ $id }」: たしかめた ひ(assured_date)には assured_by(たしかめた じょうほう)も かいて ください。
override-error-service-id = { $id } は id に できません。えいごの こもじ・すうじ・「_」で かいて ください。
override-error-local-needs = そうだんさき「{ $id }」は アプリに ありません。name(または label)と refer_with が ひつようです。
override-error-encoding = ファイルが UTF-8 では ありません({ $offset } ばんめの { $byte })。UTF-8 で ほぞんして ください。
override-error-refer-with = そうだんさき「{ $id }」: refer_with の「{ $with }」は アプリに ありません。
override-error-serves = そうだんさき「{ $id }」: serves に ない こうもくが あります。
override-error-source = そうだんさき「{ $id }」: { $source ->
    [none] じょうほうの でどころ(sources)が ありません。
   *[other] でどころ { $source } の かきかたが ちがいます。
}
override-error-language = そうだんさき「{ $id }」の ことば「{ $lang }」: { $problem ->
    [tag] ことばの コードの かきかたが ちがいます(れい: vi)。
    [unbacked] その ことばで はなせる れんらくさきも つうやくも ありません。
   *[other] languages に ありません。くわえて ください。
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = アプリにないもの(ことば・しつもん・こたえ・れい・期間・しぼりこみ)をたのまれました。
ui-error-no-content = アプリの中のデータに問題があるので、見せることができません。
ui-error-log = 記録のファイルを読むことも、書くこともできませんでした。
ui-error-settings = 受けつけられない設定があったので、何も保存していません。
ui-error-desktop = このコンピューターではできませんでした(画面、印刷、ひらくためのプログラム)。

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = アプリの なかで、おもって いなかった もんだいが おきました。
ui-error-todo = 「もういちど やってみる」を おすか、はじめの画面に もどって ください。なんかいも おきるときは、下の 文を 管理者に 見せて ください。
ui-error-retry = もういちど やってみる

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = まだ たしかめていない ことば
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = この紙《かみ》の ことばは、機械《きかい》で つくりました。まだ 人《ひと》が たしかめていません。わからない ところは、まどぐちの 人《ひと》に きいてください。

## About (package)
settings-about-title = この アプリに ついて
settings-about-version = バージョン
settings-about-data-date = 相談先《そうだんさき》の データの 日《ひ》（いちばん あたらしく たしかめた 日《ひ》）
