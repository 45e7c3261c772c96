# 求助單位名錄（data/directory.toml）的顯示文字 — 繁體中文（台灣）(zh-TW)。
# 出處和確認日期記錄在 directory.toml 的各個項目中。尚未確認的內容寫明「尚未確認」。

## 110

service-police_emergency-name = 110（向警察緊急報案）
service-police_emergency-hours = 24小時受理。
service-police_emergency-expect = 正在發生犯罪或有人身危險時撥打。通話免費。有些都道府縣警察可以透過加入口譯員的三方通話提供外語服務，但支援的語言和時段因都道府縣而異。

## 119

service-ambulance_fire-name = 119（消防・救護）
service-ambulance_fire-hours = 全年365天、24小時受理。
service-ambulance_fire-expect = 發生火災、急病、受傷或需要救援時撥打。通話和救護車送醫都免費。很多消防單位可以進行加入口譯員的三方通話，所以請告訴說外語的人：用英語或母語說出自己的語言名稱；在接通口譯員之前，即使一直沒有聲音或聽到等候音樂，也不要掛斷電話，請繼續等待。

## 警察署

service-police_station-name = 最近的警察署
service-police_station-hours = 每個警察署不同。沒有全國統一的號碼和服務時間，請透過都道府縣警察確認地址和聯絡方式。
service-police_station-expect = 人口販運的被害人，以及知道受害情形的人，被建議前往或致電最近的警察署（緊急時撥打110）。外國被害人也可以向地方出入國在留管理局諮詢。兒童和家長也可以向警察署的少年組（少年諮詢窗口）諮詢。

## #9110

service-police_consult_9110-name = 警察諮詢專用電話「#9110」
service-police_consult_9110-hours = 基本上是平日8:30～17:15，但各都道府縣不同。夜間和假日由值班人員接聽或播放錄音說明，也有24小時受理的縣。
service-police_consult_9110-expect = 用於跟蹤騷擾、家暴（DV）、詐騙、鄰里糾紛等不緊急的警察諮詢。會接通撥打地區的都道府縣警察的諮詢窗口。諮詢免費，但電話費由諮詢者負擔；是否有外語服務因都道府縣而異。

## #8103

service-police_sexual_crime_8103-name = 性犯罪被害諮詢電話 全國統一號碼「#8103（ハートさん）」
service-police_sexual_crime_8103-hours = 24小時受理（自2019年4月起全國24小時受理）。
service-police_sexual_crime_8103-expect = 會接通撥打地區的都道府縣警察的性犯罪被害諮詢窗口。不論性別，被害人本人以及家人、支援者都可以諮詢。有的縣接受匿名諮詢（例：茨城縣），也有的縣表示可以要求由女警接待（例：長崎縣）。

## #8891

service-onestop_8891-name = 性犯罪・性暴力被害人一站式支援中心（全國統一號碼「#8891」）
service-onestop_8891-hours = 在所接通的各中心的受理時間內處理（也有全年365天、24小時受理的中心）。中心夜間和假日不受理時，由內閣府的客服中心接聽（2022年的白皮書有記載；目前是否仍在運作尚未確認）。
service-onestop_8891-expect = 會接通撥打所在都道府縣的一站式支援中心。不論年齡、性別，性暴力的被害人本人、家人和支援者都可以諮詢。中心可以為您聯繫醫療（緊急避孕、性傳染病檢查、採集證據）、心理照顧，以及陪同前往警察或法律諮詢等。

## 189

service-child_guidance_189-name = 兒童諮詢所虐待通報專線「189（いちはやく）」
service-child_guidance_189-hours = 24小時受理。
service-child_guidance_189-expect = 懷疑兒童遭受虐待時，任何人都可以撥打，會接通最近的兒童諮詢所。可以匿名通報，通報人和通報內容都會保密。兒童諮詢所會視需要進行臨時保護、協助就醫、由心理師提供心理諮商；對於性虐待等受害，確認後會通知警察。

## 24小時兒童SOS專線

service-children_sos_24h-name = 24小時兒童SOS專線（文部科學省）
service-children_sos_24h-hours = 包括夜間和假日，24小時受理。
service-children_sos_24h-expect = 關於霸凌或其他求救（SOS），兒童和家長都可以諮詢的免費電話。會接通撥打地區的教育委員會的諮詢窗口。

## 兒童人權專線

service-childrens_rights_hotline-name = 法務省 兒童人權專線（Kodomo no Jinken）
service-childrens_rights_hotline-hours = 平日8:30～17:15。每年的加強週（例：2025年8月27日～9月2日）期間，平日延長到19:00，週六、週日也在10:00～17:00受理。
service-childrens_rights_hotline-expect = 這是法務省關於霸凌、體罰、虐待等兒童人權問題的免費諮詢，兒童本人和擔心兒童的大人都可以撥打。由法務局的職員或人權擁護委員接聽，會為您保密。也可以透過LINE（@linejinkensoudan）或電子郵件諮詢。

## 匿名檢舉專線

service-anonymous_reporting_dial-name = 匿名檢舉專線（警察廳）
service-anonymous_reporting_dial-hours = 電話僅在平日受理。各資訊來源的受理時間不一致（官方網站常見問題為9:30～18:15，新聞報導為10:00～17:00），請先確認。透過官方網站的網路通報表單可隨時通報。
service-anonymous_reporting_dial-expect = 用於不報姓名地向警察提供有關人口販運、與兒童的性交易（買春）或兒童性虐待內容、虐待兒童等犯罪的資訊，不是諮詢窗口。不會詢問個人資料，也不顯示來電號碼；通報人會得到受理號碼和密碼，以便之後確認。如果資訊有助於逮捕犯人或保護被害人，可能會支付資訊費（最高10萬日圓；有助於瓦解犯罪組織的資訊最高100萬日圓），但不會支付給所通報案件的被害人本人。

## IOM

service-iom_japan-name = 國際移民組織（IOM）駐日辦事處
service-iom_japan-hours = 週一至週五 9:00～12:30 和 13:30～17:00（IOM的休假日除外）。號碼和時間只在一個沒有日期的資訊來源中得到確認。
service-iom_japan-expect = 協助已受到保護的外國人口販運被害人回國，以及回國後重返社會（就業・職業訓練、法律支援、醫療費、心理諮商等）。對象是被警察、出入國在留管理廳等以被害人身分保護的人。對於已被發出強制出境令（退去強制令書）的人中需要人道考量、並對回國後的生活感到不安的人，也有自願回國支援。

## 地方出入國在留管理局

service-immigration_bureau-name = 地方出入國在留管理局
service-immigration_bureau-hours = 各局、辦事處不同。地址、聯絡方式和服務時間請在出入國在留管理廳的網站上確認。
service-immigration_bureau-expect = 辦理在留期間的更新・在留資格的變更、在留特別許可、難民認定・補充性保護的申請。對於已受到保護的外國人口販運被害人，會考慮變更在留資格或給予在留特別許可；面談盡量用母語進行，女性由女性職員接待。沒有在留資格的人自己主動報到，在判斷是否給予在留特別許可時會被視為有利的情況（2024年3月修訂的指南）。

## 外國人在留綜合資訊中心

service-isa_information_center-name = 外國人在留綜合資訊中心（出入國在留管理廳）
service-isa_information_center-hours = 平日8:30～17:15。
service-isa_information_center-expect = 以電話回答關於入境、在留手續和在留資格的問題。支援包括日語在內的17種語言（2021年7月時）。電子郵件詢問使用日語和英語。

## FRESC

service-fresc-name = 外國人在留支援中心（FRESC）
service-fresc-hours = 平日9:00～17:00（週六、週日、國定假日和12月29日～1月3日休息）。服務台（Help Desk）以前也是平日9:00～17:00，但目前是否仍在運作尚未確認。
service-fresc-expect = 位於東京的外國人支援據點，東京出入國在留管理局、東京法務局人權擁護部、法テラス、東京勞動局、Hello Work（公共職業安定所）等機關集中在這裡，可以諮詢在留期間的更新・在留資格的變更和法律糾紛。窗口支援包括簡易日語在內的11種語言（2020～2021年）。也回答地方政府一站式諮詢窗口的詢問。

## 地方政府的一站式諮詢窗口

service-local_onestop_counter-name = 地方政府專為外國人設立的一站式諮詢窗口
service-local_onestop_counter-hours = 各地方政府不同。也有沒有這種窗口的地方政府。
service-local_onestop_counter-expect = 外國居民可以諮詢在留手續、工作、醫療、福利、生產、育兒、教育等問題，並被轉介到合適諮詢單位的地方政府窗口。並不是所有地方政府都有（2024年度獲得國家補助金的是259個地方政府）。支援的語言和服務時間，請向該地方政府確認。

## 女性諮詢支援中心

service-women_support_center-name = 女性諮詢支援中心（全國統一簡碼「#8778」）
service-women_support_center-hours = 各都道府縣不同（例：北海道的中心為平日9:00～17:00）。#8778會接通撥打所在都道府縣的中心，所以以該中心的服務時間為準。
service-women_support_center-expect = 都道府縣的女性諮詢支援中心（2024年3月以前名為「婦人相談所」），女性可以諮詢家暴（DV）、性受害、跟蹤騷擾、人口販運、生活困難、家庭問題等，並可以得到臨時保護（安全的住處），一起來的孩子也包括在內。遭受人口販運的女性不論國籍、年齡都會受到保護，並有生活支援、口譯、醫療等支援。撥打#8778的電話費由諮詢者負擔。

## DV諮詢+

service-dv_sodan_plus-name = DV諮詢+（DV相談プラス）（內閣府）
service-dv_sodan_plus-hours = 電話和電子郵件24小時，線上聊天12:00～22:00。
service-dv_sodan_plus-expect = 可諮詢來自配偶或伴侶的暴力的全國免費窗口。電話僅限日語。使用10種外語時，可在網站上透過聊天諮詢（12:00～22:00），聊天之後也可以透過電子郵件繼續諮詢（2020年開始時及2024年地方政府的介紹均為10種語言；另有政府介紹稱11種）。可以安排陪同支援和緊急住宿。

## Yorisoi熱線

service-yorisoi_hotline-name = Yorisoi熱線（よりそいホットライン）
service-yorisoi_hotline-hours = 全年365天、24小時受理。外語諮詢為每天10:00～22:00，支援的語言會因星期和時段而不同（約2015年的資訊。目前的時間和語言尚未確認）。
service-yorisoi_hotline-expect = 生活上的困難、嚴重到想自殺的煩惱、家暴（DV）・性暴力、性少數族群、外國人的煩惱等，任何事情都可以諮詢的免費電話（用手機、公共電話撥打也免費）。用外語諮詢時，請在語音說明後按2。從岩手、宮城、福島撥打的人有專用號碼。

## 法テラス

service-houterasu-name = 法テラス支援專線（日本司法支援中心）
service-houterasu-hours = 平日9:00～21:00，週六9:00～17:00（週日、國定假日、年底年初休息）。犯罪被害人支援專線的時間也相同（2021年的資訊）。
service-houterasu-expect = 介紹適合您問題的法律制度和諮詢窗口（接線人員不提供個別案件的法律諮詢）。犯罪被害人及其家人可以透過犯罪被害人支援專線，不論受害後過了多久，得到介紹熟悉被害人支援的律師等協助。經濟困難的被害人可以得到律師費用的補助；虐待兒童的被害人不論經濟狀況都可以接受法律諮詢。

## 法テラス 多語言

service-houterasu_multilingual-name = 法テラス 多語言資訊提供服務
service-houterasu_multilingual-hours = 週一至週五 9:00～17:00。
service-houterasu_multilingual-expect = 法律支援中心（法テラス）針對外國人的窗口，支援10種語言（英語、中文、韓語、西班牙語、葡萄牙語、越南語、他加祿語、尼泊爾語、泰語、印尼語）：由口譯員接聽，再透過三方通話接通最近的法律支援中心事務所，介紹關於借款、離婚、勞動、事故、在留資格、災害等問題的制度和諮詢機構。只有在日本有住址、具有合法在留資格且收入較低的人，才能接受律師等的免費法律諮詢；沒有在留資格的人不能接受。無法從海外撥打。會說日語的人請使用法律支援中心的支援專線。

## 犯罪被害人支援中心

service-victim_support_center-name = 全國被害者支援網絡 犯罪被害者等電話支援中心
service-victim_support_center-hours = 全國統一電話為7:30～22:00（2019年的資訊。星期尚未確認）。各地被害者支援中心大多為平日10:00～16:00（2019年）。
service-victim_support_center-expect = 犯罪或事故的被害人、遺族、家人可以免費諮詢，各都道府縣都有被害者支援中心（共48處）。可以接受電話或面談諮詢，陪同前往警察、檢察廳、法院、醫院，協助辦理各種申請，諮詢內容會保密。如果被害人同意，也可以請警察把聯絡方式轉告支援中心；不走法律程序的人也可以使用。

## OTIT 母語諮詢

service-otit_native_language-name = 外國人技能實習機構（OTIT）母語諮詢
service-otit_native_language-hours = 每種語言有固定的星期，時間為11:00～19:00（約2020年的手冊）。另一份說明中還有9:00～17:00的時段（似乎是週六），星期也有出入，需要確認。
service-otit_native_language-expect = 技能實習生可以用母語免費諮詢工作、薪資和加班、被強制回國、日常生活等問題。每種語言都有各自的電話號碼和受理日。已公布也提供緬甸語和蒙古語諮詢，但其電話號碼尚未確認；OTIT針對暴力和威脅等的緊急諮詢窗口（2021年4月開設）的號碼也尚未確認。

## 勞動基準監督署

service-labour_standards_office-name = 勞動基準監督署
service-labour_standards_office-hours = 大多為平日8:30～17:15（例：一宮勞動基準監督署）。請向各監督署確認。
service-labour_standards_office-expect = 處理積欠工資・加班費、解僱、職業災害等問題的當地勞動基準監督署。勞動基準法不論國籍，也適用於外國勞工。也有在固定日子安排口譯員的勞動局或監督署。

## 外國勞工諮詢專線

service-labour_foreign_workers_hotline-name = 外國勞工諮詢專線（厚生勞動省）
service-labour_foreign_workers_hotline-hours = 服務時間尚未確認（據說明英語為週一至週五，但時間尚未確認）。
service-labour_foreign_workers_hotline-expect = 外國勞工可以諮詢勞動條件，了解相關法律並被介紹到合適的機構。只有英語、中文、葡萄牙語、西班牙語的號碼已確認。已公布也提供他加祿語、越南語、緬甸語、尼泊爾語諮詢，但這些語言的號碼尚未確認。通話費由諮詢人負擔。

## 勞動條件諮詢專線

service-labour_conditions_hotline-name = 勞動條件諮詢專線「ほっとライン」（厚生勞動省）
service-labour_conditions_hotline-hours = 週一至週五17:00～22:00，週六、週日、國定假日9:00～21:00（12月29日～1月3日休息）。在勞動基準監督署下班的時段受理。
service-labour_conditions_hotline-expect = 勞工和雇主可以在日本全國任何地方免費諮詢違法加班、過勞、積欠薪資等問題，也可匿名。本窗口提供建議並介紹諮詢機構，不對雇主進行指導。已確認的號碼是日語號碼。已公布提供外語諮詢（2019年4月起8種語言，之後又有增加），但號碼隨承包商變動，目前的號碼尚未確認：告訴對方號碼之前，請先在厚生勞動省的網頁上確認。

## 網路熱線中心

service-internet_hotline_center-name = 網路熱線中心（インターネット・ホットラインセンター）
service-internet_hotline_center-hours = 透過網站的檢舉表單受理（是否明確寫明24小時受理尚未確認）。
service-internet_hotline_center-expect = 可以檢舉兒童色情、猥褻影像、招攬賣淫、販賣毒品等網路上的違法資訊，也可以匿名檢舉。中心會請網站管理者刪除並通報警察，但它不是諮詢窗口，不處理毀謗名譽和侵害隱私。要刪除未經本人同意而被散布的本人性影像，請聯絡同一團體經營的Safe Line（セーフライン）；有生命危險的威脅請撥打110。

## 外語人權諮詢專線

service-foreign_language_human_rights_hotline-name = 外語人權諮詢專線（法務省）
service-foreign_language_human_rights_hotline-hours = 平日9:00～17:00（年底年初除外）。
service-foreign_language_human_rights_hotline-expect = 關於歧視、霸凌、被拒絕租屋或提供服務等外國居民的人權問題，可以用10種語言諮詢。透過加入口譯員的三方通話，接通負責的法務局。諮詢免費，但電話費由諮詢者負擔。

## 女性人權熱線

service-womens_rights_hotline-name = 女性人權熱線（法務省）
service-womens_rights_hotline-hours = 平日8:30～17:15。每年11月的加強週（例：2024年11月13日～19日）期間，平日延長到19:00，週六、週日也在10:00～17:00受理。
service-womens_rights_hotline-expect = 法務省關於丈夫・伴侶的暴力、職場性騷擾、跟蹤騷擾等女性人權問題的諮詢窗口，由法務局的職員或人權擁護委員接聽，會為您保密。諮詢免費，但電話費由諮詢者負擔。這條熱線以日語應對，需要外語的人請介紹外語人權諮詢專線。

## 聯絡方式的註記

contact-note-ntt-hikari = 從NTT光纖電話（ひかり電話）撥打請用這個號碼。宮城縣內：0120-556-460；埼玉縣內：0120-31-8341；高知縣內：0120-835-350。
contact-note-some-ip-phones = 部分網路電話（IP電話）可能無法接通（或需要付電話費）。這時請撥打各地窗口的號碼。
contact-note-9110-lines = 撥號式線路（脈衝式電話）和部分網路電話（IP電話）無法使用。這時請撥打都道府縣警察諮詢電話的號碼。
contact-note-no-ip-phone = 網路電話（IP電話）無法接通。
contact-note-no-ip-phone-moj = 網路電話（IP電話）無法接通。這時請撥打最近的法務局的號碼。
contact-note-8778-lines = 在岩手、新潟、京都、兵庫、福岡、大分、沖繩的部分地區，有些線路無法接通。這時請撥打都道府縣中心的號碼。
contact-note-alt-ip-overseas = 從網路電話（IP電話）或國外撥打請用這個號碼
contact-note-alt-ip-prepaid-overseas = 從網路電話（IP電話）、預付卡手機或國外撥打請用這個號碼
contact-note-alt-ip-prepaid = 從網路電話（IP電話）或預付卡手機撥打請用這個號碼
contact-note-houterasu-victim = 犯罪被害人支援專線（專為犯罪被害人及其家人設立）
contact-note-yorisoi-foreign = 外語：語音說明後按2
contact-note-yorisoi-tohoku = 從岩手、宮城、福島撥打的人專用的號碼（不是外語號碼）
contact-note-fresc-helpdesk = FRESC服務台（免費）。它是作為臨時窗口開設的，請確認目前是否仍在運作。
contact-note-isa-office-list = 出入國在留管理廳的網站（各局的地址、聯絡方式、服務時間）
contact-note-otit-vi = 越南語：週一至週五
contact-note-otit-zh = 中文：週一、週三、週五
contact-note-otit-id = 印尼語：週二、週四
contact-note-otit-fil = 菲律賓語：週二、週六（也有說明為週二、週四）
contact-note-otit-en = 英語：週二、週六（也有說明為週二、週四）
contact-note-otit-th = 泰語：週四、週六
contact-note-otit-km = 高棉語（柬埔寨語）：週四
contact-note-mhlw-fw-en = 英語（週一至週五）
contact-note-lang-zh = 中文
contact-note-lang-pt = 葡萄牙語
contact-note-lang-es = 西班牙語
contact-note-check-roudou = 厚生勞動省的網頁（外語的目前號碼和時間）
contact-note-safe-line = Safe Line（セーフライン）：請網站刪除本人的性影像、兒童色情、霸凌影像等（由同一團體經營）。
contact-note-tokumei-web-form = 官方網站：有匿名網路通報表單（隨時可通報）。
contact-note-dv-plus-chat = 網站：聊天12:00～22:00，支援日語和10種外語（在網站上選擇語言）；聊天之後也可以透過電子郵件諮詢。
contact-note-dv-plus-mail = 電子郵件諮詢表單（日語），24小時受理。使用其他語言時，請先透過聊天諮詢。

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = 家庭暴力諮詢導航 #8008(DV相談ナビ)
service-dv_navi_8008-hours = 僅限接通的中心的受理時間；時間外無人接聽。這不是夜間接聽的全國號碼（「DV諮詢+」的電話24小時受理）。
service-dv_navi_8008-expect = 接通撥打地所在都道府縣最近的配偶暴力諮詢支援中心（配偶者暴力相談支援センター）。遭受配偶或伴侶暴力的被害人，不論性別都可以撥打。中心提供諮詢和心理輔導、保護令和獨立生活的資訊，並安排被害人及同行者的臨時保護（安全住處）。女性通常透過女性諮詢支援中心獲得臨時保護。面向男性及其他性別者的公立庇護所，任何都道府縣都沒有：2024年的調查顯示，47個都道府縣中只有11個透過民間團體等為男性準備了避難場所，7個設有男性專用的家暴諮詢窗口。請向中心確認本都道府縣的情況。通話費由撥打者負擔。
service-human_rights_110-name = 法務省 大家的人權專線（Minna no Jinken）
service-human_rights_110-hours = 平日8:30–17:15（國定假日及12月29日至1月3日除外）。網站上的諮詢表格隨時可以傳送。
service-human_rights_110-expect = 任何人都可以就歧視、虐待、騷擾、網路上的誹謗或侵犯隱私等人權問題進行諮詢。電話接通最近的法務局，由法務局職員或人權擁護委員接聽，並嚴守秘密。如可能存在人權侵害，法務局會進行調查並採取措施，例如要求網站或服務商刪除貼文。諮詢免費，但需支付通話費。使用日語；其他語言可使用外語人權諮詢專線。
service-cure_time-name = Cure Time：性暴力聊天與郵件諮詢（內閣府，キュアタイム）
service-cure_time-hours = 聊天在傍晚至晚上（2022至2024年的資料為17:00–21:00），其他時間通過郵件受理。時間曾有變動，請在網站上確認。
service-cure_time-expect = 通過網站的聊天或郵件諮詢，無需說出姓名：只需填寫暱稱、年齡層和地區，也不需要社群媒體帳號。面向任何年齡和性別的性暴力被害人，即使是很久以前的事也可以，也適合不便打電話的人。專業諮詢員與醫生、護士、社工和律師合作，可以說明緊急避孕藥，並介紹最近的一站式支援中心。聊天也受理外語諮詢，但具體是哪些語言尚未確認。
service-police_juvenile_consultation-name = 警察少年諮詢（「Young Telephone Corner」ヤングテレホンコーナー，各都道府縣名稱不同）
service-police_juvenile_consultation-hours = 因都道府縣而異（例如東京24小時，夜間由值班警察接聽；三重縣平日9:00–17:00）。沒有全國統一號碼。
service-police_juvenile_consultation-expect = 各都道府縣警察都設有電話窗口，兒童本人以及為孩子擔心的父母、老師等，可以諮詢犯罪受害、虐待、霸凌、家庭問題等任何事情。可以匿名諮詢。由專業職員和警察接聽，也可以見面諮詢。號碼是各都道府縣自己的（部分為免費電話）：請在都道府縣警察網站上查詢，或加入本窗口的在地名單。
service-childrens_rights_sos_email-name = 兒童人權SOS電子郵件（こどもの人権SOS-eメール，法務省）
service-childrens_rights_sos_email-hours = 網站上的表格24小時都可以傳送；回覆會在之後到來。
service-childrens_rights_sos_email-expect = 孩子不用打電話，就可以在法務省網站的表格裡寫下霸凌、虐待、體罰等煩惱並傳送。法務局職員或人權擁護委員會回覆，並為所寫內容保密。免費。
contact-note-8008-lines = 通話費由撥打者負擔。部分IP電話，以及部分地區的NTT類比電話或光纖固定電話無法接通。
contact-note-moj-internet-consultation = 網路人權諮詢表格（隨時可傳送；回覆在之後到來）
contact-note-juvenile-per-prefecture = 依都道府縣：都道府縣警察自己的號碼（在警察網站上查詢；本窗口可加入在地名單）
