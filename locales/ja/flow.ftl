### 相談の流れ(data/flow.toml)の表示文 — 参照ロケール (ja)
###
### 質問は窓口の職員が相談者に読み上げる文です(です・ます調)。「ご本人」は困りごとを抱えている当事者の方を指し、
### 相談者が家族や支援者などの場合もあります。選択肢は大きなボタンに表示するため短くしています。
### 理由(reason-*)は、職員がその紹介先を勧める理由として読み上げる文で、flow.toml の各ルールが
### 引用する出典に書かれている範囲で書いています。電話番号は紹介先の情報に表示されるため、ここには書きません。

## 事実の見出し(要約に表示)

fact-danger = いまの危険
fact-injured = 急ぎの手当て
fact-concern = 相談の内容
fact-age_group = 年齢
fact-gender = 性別
fact-nationality = 国籍
fact-residence = 在留資格
fact-caller = 相談している人
fact-recent = 被害の時期
fact-police = 警察への相談
fact-anonymous = 匿名の希望
fact-shelter = 避難先
fact-return_home = 帰国の希望
fact-fears_return = 帰国した場合の危険

## 質問と選択肢(質問する順)

question-danger = いま、危険な状態にある人はいますか。
value-danger-immediate = はい、いま危険がある
value-danger-none = いいえ、いまは危険はない

question-injured = いま、けがや体調の急変などで、すぐに手当てが必要な人はいますか。
value-injured-yes = はい
value-injured-no = いいえ

question-concern = どのようなことでお困りですか。当てはまるものをすべて選んでください。
value-concern-trafficking_sexual = 売春や性的な撮影を強いられている
value-concern-trafficking_labour = 強制労働・借金での拘束・パスポートの取り上げ
value-concern-sexual_violence = 性暴力(レイプ・性的暴行など)
value-concern-child_abuse = 子どもへの虐待・ネグレクト(性的虐待を含む)
value-concern-child_sexual_exploitation = 児童買春・JKビジネス・子どもの性的な画像
value-concern-online_sexual_images = 性的な画像をネットに載せられた・載せると脅されている
value-concern-domestic_violence = 配偶者・恋人・家族からの暴力(DV)
value-concern-labour_problem = 仕事の問題(賃金の未払い・ハラスメント・解雇など)
value-concern-residence_problem = 在留資格・ビザ・手続きのこと
value-concern-discrimination = 差別やその他の人権侵害
value-concern-other = その他

question-age_group = ご本人(困りごとを抱えている方)は、18歳未満ですか。
value-age_group-child = 18歳未満
value-age_group-adult = 18歳以上

question-gender = ご本人の性別を教えてください。ご本人が考える性別でかまいません。
value-gender-female = 女性
value-gender-male = 男性
value-gender-other = その他

question-nationality = ご本人は日本国籍ですか。それとも外国籍ですか。
value-nationality-japanese = 日本国籍
value-nationality-foreign = 外国籍

question-residence = ご本人の在留資格を教えてください。
value-residence-technical_intern = 技能実習
value-residence-skilled_worker = 特定技能
value-residence-other_status = その他の在留資格
value-residence-no_status = 在留資格がない(オーバーステイなど)
value-residence-refugee_applicant = 難民認定を申請中

question-caller = ご相談は、あなたご自身のことですか。それとも、ほかの方のことについての相談や通報ですか。
value-caller-self = 本人
value-caller-third_party = 本人以外(家族・知人・支援者など)

question-recent = 性暴力の被害にあったのはいつごろですか。72時間(3日)以内ですか、それより前ですか。
value-recent-within_72h = 72時間(3日)以内
value-recent-older = 72時間より前

question-police = ご本人は、警察に相談したり、被害を届け出たりしたいと思っていますか。
value-police-wants_report = はい
value-police-undecided = まだ決めていない
value-police-no = いいえ

question-anonymous = お名前を出さずに(匿名で)相談や通報をしたいですか。
value-anonymous-yes = はい
value-anonymous-no = いいえ

question-shelter = ご本人には、いますぐ安全に過ごせる場所(避難先)が必要ですか。
value-shelter-yes = はい
value-shelter-no = いいえ

question-return_home = ご本人は、自分の国に帰りたいと思っていますか。
value-return_home-yes = はい
value-return_home-no = いいえ
value-return_home-undecided = まだ決めていない

question-fears_return = ご本人は、自分の国に帰った場合に、危害を加えられるおそれがあると感じていますか。
value-fears_return-yes = はい
value-fears_return-no = いいえ

## 紹介の理由(flow.toml のルール順)

reason-danger-police = いま危険が迫っているため、まず警察への緊急通報を優先します。警察の緊急通報では、外国語での対応も進められています。
reason-injured-ambulance = すぐに手当てが必要な人がいるため、まず救急車を呼びます。多くの消防本部では、通訳を交えた三者通話で通報できます。
reason-child-abuse-189 = 子どもが虐待を受けているかもしれないと思ったら、誰でも児童相談所に連絡でき、名前を言わずに通告することもできます。児童相談所は、必要なときは子どもを一時保護し、専門的な医療を受ける手助けや、児童心理司によるカウンセリングを行います。
reason-child-harmed-189 = ご本人が18歳未満、またはその可能性があるため、児童相談所につなぎます。性的虐待などで心や体が傷ついた子どもには、一時保護、受診の手助け、心理カウンセリングなどの支援があり、被害を確認したうえで警察にも伝えられます。
reason-child-danger-189 = 子どもに危険が迫っているため、警察とあわせて児童相談所にも連絡します。児童相談所は、子どもの安全を確保する必要があるとき、一時保護をします。
reason-child-own-lines = 子ども本人が自分で相談できる電話もあります。24時間子供SOSダイヤルは夜間や休日も受け付けており、法務省の「こどもの人権」の無料電話相談では、子どもの人権にかかわる悩みを相談できます。
reason-child-trafficking-police = 子どもが性的に搾取されたり、人身取引の被害にあったりしているおそれがあります。警察には子どもの性的搾取についての相談窓口があり、関係機関やNGOと協力して被害者を見つけ、保護しています。
reason-anonymous-report = 警察の匿名通報ダイヤルでは、人身取引や児童虐待などの情報を、名前を出さずに通報できます。表に出にくいこれらの犯罪を早く見つけるための仕組みです。
reason-sv-recent-medical = 性暴力の被害から間もない時期は、医療(緊急避妊、証拠の保全など)がとても大切です。ワンストップ支援センターでは、医療、心のケア、法律の相談などの支援を一か所で受けられます。
reason-sv-onestop = 被害から時間がたっていても、性犯罪・性暴力被害者のためのワンストップ支援センターで相談と支援を受けられます。センターはすべての都道府県にあります。
reason-sv-police = 性犯罪の被害者のための警察の全国共通番号は、かけた地域の都道府県警察の相談窓口につながります。被害者が警察に相談しやすいように設けられたもので、届け出るかどうか決める前でも相談できます。
reason-sv-no-police-support = 警察に届け出なくても支援は受けられます。法的な手続きを望まない性犯罪の被害者も、犯罪被害者を支援する団体から早い段階で支援を受けられます。
reason-trafficking-police = 警察は人身取引の被害者に被害を届け出るよう呼びかけており、関係機関やNGOと協力して被害者を保護しています。警察の相談窓口は、人身取引が見過ごされないよう、相談や通報に丁寧に対応しています。
reason-trafficking-women = 女性相談支援センターは、人身取引の被害を受けた女性を、国籍や年齢にかかわらず一時保護します。生活の支援、通訳の支援、医療なども受けられます。
reason-trafficking-immigration = 外国籍の人身取引の被害者は、出入国在留管理庁にも相談できます。保護された被害者については、本人の立場に十分配慮しながら、在留資格の変更や在留特別許可などの措置がとられます。
reason-fears-return-protection = 国に帰ると危害を受けるおそれがある方は、難民(性的少数者であることや性別を理由とする迫害も含まれえます)や、紛争から逃れてきた人などの補完的保護対象者として、日本で保護される場合があります。手続きを進める前に、母語で法律の相談をするのが安心です。
reason-trafficking-return-iom = 日本政府は、国際移住機関(IOM)を通じて、日本で保護された外国籍の人身取引被害者の帰国と、帰国後の生活の立て直しを支援しています。就労や職業訓練の支援、法的な支援、医療費、カウンセリングなどが含まれます。
reason-labour-intern-otit = 技能実習生は、外国人技能実習機構(OTIT)の相談窓口に相談できます。OTITは実習先への実地検査も行っています。
reason-labour-inspection = 労働基準監督署は、職場を調べ、法律違反に対応する機関です。強制労働や人身取引についても、警察や出入国在留管理庁などと協力して取り締まっています。
reason-labour-foreign-line = 外国籍の方は、仕事の悩みを外国語で電話相談できます。労働局などでは、外国人が相談しやすいよう、多言語での対応を進めています。
reason-labour-hotline = 労働条件相談ほっとラインでは、賃金の未払いや長時間労働などの悩みを、全国どこからでも相談できます。平日の夜や土日・祝日にも受け付けています。
reason-residence-legal = 在留資格がない場合や難民認定の申請中の場合は、これからの選び方で結果が大きく変わります(たとえば、自分から出入国在留管理局に出頭したことは、在留特別許可の判断で有利な事情とされます)。手続きを進める前に、母語で法律の相談をするのが安心です。
reason-residence-information = 外国人在留総合インフォメーションセンターでは、在留資格の手続きについて案内しています。生活上の問題の相談にも応じることが出入国在留管理庁から示されています。外国人在留支援センター(FRESC)では、複数の国の機関が協力して、在留資格の更新や変更、法律上のトラブルについて相談に応じています。
reason-residence-no-status-bureau = 在留資格がない方が自分から出入国在留管理局(入管)に出頭したことは、在留特別許可の判断で有利な事情として扱われます。出頭後の手続きは、帰国を望む方にも、日本に残ることを望む方にも案内されています。
reason-dv-women = 女性相談支援センターでは、相談のほか、関係機関への同行、一時保護を受けられ、一緒に来た子どもへの支援もあります。DV相談+(プラス)は、配偶者や恋人などからの暴力について相談できる国の窓口です。
reason-dv-police = 警察相談専用電話では、緊急ではない相談に助言や情報を提供し、ほかの機関が扱うほうがよい場合は、プライバシーに配慮して引き継ぎます。
reason-images-hotline = インターネット・ホットラインセンターは、子どもの性的な画像などインターネット上の違法な情報の通報を受け付け、警察に知らせるとともに、サイトの管理者に削除を求めます。
reason-images-police = インターネット上の違法な画像は、警察がサイトの管理者に削除を求めることができます。警察相談専用電話では助言や情報を受けられ、必要に応じてプライバシーに配慮したうえで適切な機関に引き継がれます。
reason-rights-foreign-language = 法務省の人権擁護機関は、外国人に対する差別についての人権相談を受け付けており、外国語での電話相談も行っています。
reason-rights-women = 法務省の法務局は、性的な搾取を含む人権問題の相談を受け付けており、女性の人権ホットラインはその女性向けの窓口です。人権侵害の疑いがあれば調査し、必要な措置をとります。
reason-victim-legal-help = 法テラス(日本司法支援センター)は、法制度や相談先を案内し、犯罪被害者の支援に詳しい弁護士を紹介します。被害から時間がたっていても相談でき、経済的に余裕がない被害者は弁護士費用の援助を受けられます。
reason-crime-victim-support = 犯罪被害者を支援する団体は、被害者に早い段階から支援を行い、相談の秘密を守ります。警察が本人の連絡先をこうした団体に伝えるのは、本人の同意がある場合だけです。
reason-foreign-local-counter = 外国人住民のための一元的相談窓口を設けている自治体があります(2024年度に国の交付金を受けたのは259自治体)。窓口があるかはその自治体に確認してください。在留手続き、仕事、医療、福祉、出産、子育て、子どもの教育など、生活のことについて情報や助言を受けられ、適切な相談先にもすぐにつないでもらえます。
reason-always-yorisoi = ほかの相談先とあわせて、よりそいホットラインでも悩みを話すことができます。外国人のための多言語の相談窓口もあります。
reason-legal-help-multilingual = 法テラスの多言語情報提供サービスは、外国語で法制度や相談先を案内します。法テラスは外国人在留支援センター(FRESC)にも入っており、在留や法律のトラブルについて相談できます。
reason-child-shelter-189 = 子どもに安全な居場所が必要なため、児童相談所に連絡します。児童相談所は、子どもの安全を確保する必要があるとき、一時保護をします。
