# 紹介先ディレクトリ(data/directory.toml)の表示文。
# 出典と確認日は directory.toml の各エントリにあります。未確認のことは「未確認」と書いています。

## 110番

service-police_emergency-name = 110番(警察への緊急通報)
service-police_emergency-hours = 24時間受け付けています。
service-police_emergency-expect = いま起きている犯罪や、身の危険があるときに通報します。通話は無料です。通訳を交えた三者通話で外国語に対応している都道府県警察もありますが、対応言語や時間帯は都道府県によって異なります。

## 119番

service-ambulance_fire-name = 119番(消防・救急)
service-ambulance_fire-hours = 24時間365日受け付けています。
service-ambulance_fire-expect = 火事、急病、けが、救助が必要なときにかけます。通話も救急車での搬送も無料です。多くの消防本部で通訳を交えた三者通話ができるので、外国語で話す人には、英語か母語で言語名を伝え、通訳につながるまで無音や保留音が続いても電話を切らずに待つよう伝えてください。

## 警察署

service-police_station-name = 最寄りの警察署
service-police_station-hours = 警察署ごとに異なります。全国共通の番号や受付時間はないため、所在地と連絡先は都道府県警察で確認してください。
service-police_station-expect = 人身取引の被害者や、被害について情報を持つ人は、最寄りの警察署に行くか電話するよう案内されています(緊急時は110番)。外国人の被害者は地方出入国在留管理局にも相談できます。子どもや保護者は、警察署の少年係(少年相談の窓口)にも相談できます。

## #9110

service-police_consult_9110-name = 警察相談専用電話「#9110」
service-police_consult_9110-hours = 平日8時30分〜17時15分が基本ですが、都道府県によって異なります。夜間・休日は当直の職員か録音による案内になり、24時間受け付けている県もあります。
service-police_consult_9110-expect = ストーカー、DV、詐欺、近所のトラブルなど、緊急ではない警察への相談に使います。かけた地域の都道府県警察の相談窓口につながります。相談は無料ですが通話料は相談者の負担で、外国語での対応は都道府県によって異なります。

## #8103

service-police_sexual_crime_8103-name = 性犯罪被害相談電話 全国共通番号「#8103(ハートさん)」
service-police_sexual_crime_8103-hours = 24時間受け付けています(2019年4月から全国で24時間対応)。
service-police_sexual_crime_8103-expect = かけた地域の都道府県警察の性犯罪被害相談窓口につながります。性別を問わず被害者本人のほか、家族や支援者も相談できます。匿名での相談を受け付けている県(例:茨城県)や、女性警察官の対応を希望できると案内している県(例:長崎県)があります。

## #8891

service-onestop_8891-name = 性犯罪・性暴力被害者のためのワンストップ支援センター(全国共通番号「#8891」)
service-onestop_8891-hours = つながった各センターの受付時間内の対応です(24時間365日対応のセンターもあります)。夜間・休日の時間外の電話を受けるコールセンターが2021年10月に開設されましたが、現在も運用しているかは未確認です。
service-onestop_8891-expect = 電話をかけた都道府県のワンストップ支援センターにつながります。年齢・性別を問わず、性暴力の被害者本人、家族や支援者が相談できます。医療(緊急避妊、性感染症の検査、証拠の採取)、心のケア、警察や法律相談への付き添いなどにつないでもらえます。

## 189

service-child_guidance_189-name = 児童相談所虐待対応ダイヤル「189(いちはやく)」
service-child_guidance_189-hours = 24時間受け付けています。
service-child_guidance_189-expect = 子どもへの虐待が疑われるとき、誰でもかけられ、最寄りの児童相談所につながります。匿名でも通告でき、通告した人や内容の秘密は守られます。児童相談所は必要に応じて一時保護、受診の支援、心理士によるカウンセリングを行い、性的虐待などの被害は確認のうえ警察に伝えます。

## 24時間子供SOSダイヤル

service-children_sos_24h-name = 24時間子供SOSダイヤル(文部科学省)
service-children_sos_24h-hours = 夜間・休日を含め24時間受け付けています。
service-children_sos_24h-expect = いじめやその他のSOSについて、子どもも保護者も相談できる無料の電話です。かけた地域の教育委員会の相談窓口につながります。

## こどもの人権110番

service-childrens_rights_hotline-name = こどもの人権110番(法務省)
service-childrens_rights_hotline-hours = 平日8時30分〜17時15分です。毎年の強化週間(例:2025年8月27日〜9月2日)には平日19時まで延長し、土日も10時〜17時に受け付けます。
service-childrens_rights_hotline-expect = いじめ、体罰、虐待など子どもの人権についての法務省の無料相談で、子ども本人も、子どものことを心配する大人もかけられます。法務局の職員や人権擁護委員が対応し、秘密は守られます。LINE(@linejinkensoudan)やメールでも相談できます。

## 匿名通報ダイヤル

service-anonymous_reporting_dial-name = 匿名通報ダイヤル(警察庁)
service-anonymous_reporting_dial-hours = 電話は平日のみです。受付時間は情報源によって異なり(2025年の記事では10時〜17時、2009年の記事では9時30分〜18時15分)、確認が必要です。ウェブからの通報は24時間できます。
service-anonymous_reporting_dial-expect = 人身取引、児童買春・児童ポルノ、児童虐待などの情報を、名乗らずに警察へ伝えるための窓口で、被害相談の窓口ではありません。個人情報は聞かれず、発信者番号も表示されず、後で確認するための受付番号と暗証番号が渡されます。情報が検挙や被害者の保護につながった場合、情報料が支払われることがあります。

## IOM

service-iom_japan-name = 国際移住機関(IOM)駐日事務所
service-iom_japan-hours = 月〜金の9時〜12時30分と13時30分〜17時です(IOMの休日を除く)。番号と時間は日付のない1つの情報源でしか確認できていません。
service-iom_japan-expect = 保護された外国人の人身取引被害者の帰国と、帰国後の社会復帰(就労・職業訓練、法的支援、医療費、カウンセリングなど)を支援します。対象は、警察や出入国在留管理庁などに被害者として保護された人です。退去強制令書が出た人のうち、人道的な配慮が必要で帰国後の生活に不安がある人への自主帰国支援もあります。

## 地方出入国在留管理局

service-immigration_bureau-name = 地方出入国在留管理局
service-immigration_bureau-hours = 局・出張所ごとに異なります。所在地・連絡先・受付時間は出入国在留管理庁のウェブサイトで確認してください。
service-immigration_bureau-expect = 在留期間の更新・在留資格の変更、在留特別許可、難民認定・補完的保護の申請を扱います。保護された外国人の人身取引被害者には在留資格の変更や在留特別許可が検討され、面接はできるだけ母語で、女性には女性職員が対応するとされています。在留資格のない人が自ら出頭したことは、在留特別許可の判断で有利な事情として考慮されます(2024年3月改訂のガイドライン)。

## 外国人在留総合インフォメーションセンター

service-isa_information_center-name = 外国人在留総合インフォメーションセンター(出入国在留管理庁)
service-isa_information_center-hours = 平日8時30分〜17時15分です。
service-isa_information_center-expect = 入国や在留の手続、在留資格についての質問に電話で答えます。日本語を含む17言語に対応しています(2021年7月時点)。メールでの問い合わせは日本語と英語です。

## FRESC

service-fresc-name = 外国人在留支援センター(FRESC)
service-fresc-hours = 平日9時〜17時です(土日祝日と12月29日〜1月3日は休み)。ヘルプデスクも平日9時〜17時でしたが、現在も運用しているかは未確認です。
service-fresc-expect = 東京にある外国人支援の拠点で、東京出入国在留管理局、東京法務局人権擁護部、法テラス、東京労働局、ハローワークなどが集まり、在留期間の更新・在留資格の変更や法的トラブルの相談ができます。窓口はやさしい日本語を含む11言語に対応しています(2020〜2021年)。自治体の一元的相談窓口からの問い合わせにも答えています。

## 自治体の一元的相談窓口

service-local_onestop_counter-name = 自治体の外国人向け一元的相談窓口
service-local_onestop_counter-hours = 自治体ごとに異なります。窓口のない自治体もあります。
service-local_onestop_counter-expect = 外国人住民が在留手続、仕事、医療、福祉、出産、子育て、教育などについて相談し、適切な相談先を案内してもらえる自治体の窓口です。すべての自治体にあるわけではありません(国の交付金を受けたのは2024年度で259自治体)。対応言語と受付時間は、その自治体に確認してください。

## 女性相談支援センター

service-women_support_center-name = 女性相談支援センター(全国共通短縮ダイヤル「#8778」)
service-women_support_center-hours = 都道府県ごとに異なります(例:北海道のセンターは平日9時〜17時)。#8778はかけた都道府県のセンターにつながるので、そのセンターの受付時間によります。
service-women_support_center-expect = 都道府県の女性相談支援センター(2024年3月までの名称は婦人相談所)で、DV、性被害、ストーカー、人身取引、生活困窮、家族の問題などを女性が相談でき、同伴する子どもも含めて一時保護(安全な居場所)を受けられます。人身取引の被害女性は国籍・年齢を問わず保護され、生活支援、通訳、医療などの支援があります。#8778の通話料は相談者の負担です。

## DV相談+

service-dv_sodan_plus-name = DV相談+(プラス)(内閣府)
service-dv_sodan_plus-hours = 電話とメールは24時間、チャットは12時〜22時です。
service-dv_sodan_plus-expect = 配偶者やパートナーからの暴力について相談できる国の無料の窓口です。電話は日本語のみで、チャットとメールでは10の外国語にも対応しています(2020年開始時。11言語とする案内もあります)。必要に応じて同行支援や緊急の宿泊先の提供につないでもらえます。

## よりそいホットライン

service-yorisoi_hotline-name = よりそいホットライン
service-yorisoi_hotline-hours = 24時間365日受け付けています。外国語の相談は毎日10時〜22時で、曜日・時間帯によって対応言語が変わります(2015年頃の情報。現在の時間と言語は未確認)。
service-yorisoi_hotline-expect = 暮らしの困りごと、自殺を考えるほどの悩み、DV・性暴力、性的マイノリティ、外国人の悩みなど、どんなことでも相談できる無料の電話です(携帯電話・公衆電話からも無料)。外国語で相談するときは、アナウンスの後に2番を押します。岩手・宮城・福島からかける人には専用の番号があります。

## 法テラス

service-houterasu-name = 法テラス・サポートダイヤル(日本司法支援センター)
service-houterasu-hours = 平日9時〜21時、土曜9時〜17時です(日曜・祝日・年末年始は休み)。犯罪被害者支援ダイヤルも同じ時間です(2021年の情報)。
service-houterasu-expect = 問題に合った法制度や相談窓口を案内します(オペレーターは個別の法律相談には応じません)。犯罪被害者と家族は犯罪被害者支援ダイヤルで、被害からの経過時間にかかわらず、被害者支援に詳しい弁護士の紹介などを受けられます。資力の乏しい被害者は弁護士費用の援助を受けられ、児童虐待の被害者は資力を問わず法律相談を受けられます。

## 法テラス 多言語

service-houterasu_multilingual-name = 法テラス 多言語情報提供サービス
service-houterasu_multilingual-hours = 月〜金の9時〜17時です。
service-houterasu_multilingual-expect = 外国人向けの法テラスの窓口で、通訳を交えた三者通話で10言語とやさしい日本語に対応し、借金、離婚、労働、事故、在留資格、災害などについて制度や相談先を案内します。日本に住所があり、適法な在留資格があり、収入の少ない人は、無料の法律相談を受けられます。海外からはかけられません。

## 犯罪被害者支援センター

service-victim_support_center-name = 全国被害者支援ネットワーク 犯罪被害者等電話サポートセンター
service-victim_support_center-hours = 全国共通の電話は7時30分〜22時です(2019年の情報。曜日は未確認)。各地の被害者支援センターの多くは平日10時〜16時です(2019年)。
service-victim_support_center-expect = 犯罪や事故の被害者、遺族、家族が無料で相談でき、各都道府県に被害者支援センター(48か所)があります。電話や面接での相談、警察・検察庁・裁判所・病院への付き添い、各種申請の手伝いを受けられ、相談内容の秘密は守られます。被害者が同意すれば、警察から支援センターへ連絡先を伝えてもらうこともでき、法的な手続をとらない人も利用できます。

## OTIT 母国語相談

service-otit_native_language-name = 外国人技能実習機構(OTIT)母国語相談
service-otit_native_language-hours = 言語ごとに曜日が決まっていて、11時〜19時です(2020年頃の手引き)。別の案内には9時〜17時の時間帯(土曜日とみられます)もあり、曜日にも食い違いがあるため確認が必要です。
service-otit_native_language-expect = 技能実習生が母国語で無料で相談でき、仕事、賃金・残業、強制帰国、日常生活などの問題を扱います。言語ごとに電話番号と曜日が決まっています。ミャンマー語とモンゴル語の電話番号、暴力や脅しなどの緊急相談窓口(2021年4月開設)の番号は確認できていません。

## 労働基準監督署

service-labour_standards_office-name = 労働基準監督署
service-labour_standards_office-hours = 多くは平日8時30分〜17時15分です(例:一宮労働基準監督署)。署ごとに確認してください。
service-labour_standards_office-expect = 賃金・残業代の未払い、解雇、労働災害などを扱う地域の労働基準監督署です。労働基準法は国籍を問わず外国人労働者にも適用されます。曜日を決めて通訳を置いている労働局や監督署もあります。

## 外国人労働者向け相談ダイヤル

service-labour_foreign_workers_hotline-name = 外国人労働者向け相談ダイヤル(厚生労働省)
service-labour_foreign_workers_hotline-hours = 受付時間は未確認です(英語は月〜金と案内されていますが、時間は確認できていません)。
service-labour_foreign_workers_hotline-expect = 外国人労働者が労働条件について相談でき、法律の説明や適切な機関の案内を受けられます。英語・中国語・ポルトガル語・スペイン語の番号は確認済みで、タガログ語・ベトナム語・ミャンマー語・ネパール語もありますが番号は未確認です。通話料は相談者の負担です。

## 労働条件相談ほっとライン

service-labour_conditions_hotline-name = 労働条件相談「ほっとライン」(厚生労働省)
service-labour_conditions_hotline-hours = 月〜金17時〜22時、土日祝日9時〜21時です(12月29日〜1月3日は休み)。労働基準監督署が閉まっている時間帯に受け付けます。
service-labour_conditions_hotline-expect = 違法な時間外労働、過重労働、賃金不払いなどについて、全国どこからでも労働者も事業主も無料で、匿名でも相談できます。助言と相談先の案内をする窓口で、事業主への指導はしません。外国語の番号は委託先とともに変わるため、伝える前に厚生労働省のページで現在の番号を確認してください。

## インターネット・ホットラインセンター

service-internet_hotline_center-name = インターネット・ホットラインセンター
service-internet_hotline_center-hours = ウェブの通報フォームで受け付けます(24時間受付の明記は未確認)。
service-internet_hotline_center-expect = 児童ポルノ、わいせつ画像、売春の勧誘、薬物の販売などネット上の違法な情報を通報でき、匿名でも通報できます。センターはサイト管理者に削除を依頼し警察に通報しますが、相談窓口ではなく、名誉毀損やプライバシー侵害は扱いません。本人の性的な画像の削除(リベンジポルノ)は同じ団体が運営するセーフラインへ、命にかかわる脅しは110番へつないでください。

## 外国語人権相談ダイヤル

service-foreign_language_human_rights_hotline-name = 外国語人権相談ダイヤル(法務省)
service-foreign_language_human_rights_hotline-hours = 平日9時〜17時です(年末年始を除く)。
service-foreign_language_human_rights_hotline-expect = 差別、いじめ、住まいやサービスを断られたなど、外国人住民の人権問題について10言語で相談できます。通訳を交えた三者通話で、担当の法務局につながります。相談は無料ですが、通話料は相談者の負担です。

## 女性の人権ホットライン

service-womens_rights_hotline-name = 女性の人権ホットライン(法務省)
service-womens_rights_hotline-hours = 平日8時30分〜17時15分です。毎年11月の強化週間(例:2024年11月13日〜19日)には平日19時まで延長し、土日も10時〜17時に受け付けます。
service-womens_rights_hotline-expect = 夫・パートナーからの暴力、職場のセクハラ、ストーカーなど、女性の人権にかかわる問題の法務省の相談窓口で、法務局の職員や人権擁護委員が対応し、秘密は守られます。相談は無料ですが通話料は相談者の負担です。日本語での対応のため、外国語が必要な人は外国語人権相談ダイヤルを案内してください。

## 連絡先の注記

contact-note-ntt-hikari = NTTひかり電話からはこちら
contact-note-some-ip-phones = 一部のIP電話からはつながらない(または通話料がかかる)ことがあります。その場合は各地の窓口の番号にかけてください。
contact-note-9110-lines = ダイヤル回線や一部のIP電話からは使えません。その場合は都道府県警察の相談電話の番号にかけてください。
contact-note-no-ip-phone = IP電話からはつながりません。
contact-note-no-ip-phone-moj = IP電話からはつながりません。その場合は最寄りの法務局の番号にかけてください。
contact-note-8778-lines = 岩手・新潟・京都・兵庫・福岡・大分・沖縄の一部地域では、回線によってつながりません。その場合は都道府県のセンターの番号にかけてください。
contact-note-alt-ip-overseas = IP電話や海外からはこちら
contact-note-alt-ip-prepaid-overseas = IP電話、プリペイド式携帯電話、海外からはこちら
contact-note-alt-ip-prepaid = IP電話やプリペイド式携帯電話からはこちら
contact-note-houterasu-victim = 犯罪被害者支援ダイヤル(犯罪被害者と家族向け)
contact-note-yorisoi-foreign = 外国語はアナウンスの後に2番
contact-note-yorisoi-tohoku = 岩手・宮城・福島からかける人の専用番号(外国語の番号ではありません)
contact-note-fresc-helpdesk = FRESCヘルプデスク(無料)。臨時の窓口として開設されたため、現在も運用しているか確認してください。
contact-note-isa-office-list = 出入国在留管理庁のウェブサイト(各局の所在地・連絡先・受付時間)
contact-note-otit-vi = ベトナム語:月〜金
contact-note-otit-zh = 中国語:月・水・金
contact-note-otit-id = インドネシア語:火・木
contact-note-otit-fil = フィリピノ語:火・土(火・木とする案内もあります)
contact-note-otit-en = 英語:火・土(火・木とする案内もあります)
contact-note-otit-th = タイ語:木・土
contact-note-otit-km = クメール語(カンボジア語):木
contact-note-mhlw-fw-en = 英語(月〜金)
contact-note-lang-zh = 中国語
contact-note-lang-pt = ポルトガル語
contact-note-lang-es = スペイン語
contact-note-check-roudou = 厚生労働省のページ(外国語の現在の番号と時間)
contact-note-safe-line = セーフライン:本人の性的な画像、児童ポルノ、いじめの画像などの削除をサイトに依頼します(同じ団体が運営)。
