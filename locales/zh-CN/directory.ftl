# 求助机构目录（data/directory.toml）的显示文本 — 简体中文 (zh-CN)。
# 出处和确认日期记录在 directory.toml 的各条目中。尚未确认的内容写明“尚未确认”。

## 110

service-police_emergency-name = 110（向警察紧急报警）
service-police_emergency-hours = 24小时受理。
service-police_emergency-expect = 正在发生犯罪或有人身危险时拨打。通话免费。有些都道府县警察可以通过加入口译员的三方通话提供外语服务，但支持的语言和时间段因都道府县而异。

## 119

service-ambulance_fire-name = 119（消防・急救）
service-ambulance_fire-hours = 全年365天、24小时受理。
service-ambulance_fire-expect = 发生火灾、突发疾病、受伤或需要救助时拨打。通话和救护车送医都免费。很多消防部门可以进行加入口译员的三方通话，所以请告诉说外语的人：用英语或母语说出自己的语言名称；在接通口译员之前，即使一直没有声音或听到等待音乐，也不要挂断电话，请继续等待。

## 警察署

service-police_station-name = 最近的警察署
service-police_station-hours = 每个警察署不同。没有全国统一的号码和受理时间，请通过都道府县警察确认地址和联系方式。
service-police_station-expect = 人口贩卖的受害者，以及知道受害情况的人，被建议前往或致电最近的警察署（紧急时拨打110）。外国受害者也可以向地方出入国在留管理局咨询。儿童和监护人也可以向警察署的少年组（少年咨询窗口）咨询。

## #9110

service-police_consult_9110-name = 警察咨询专用电话“#9110”
service-police_consult_9110-hours = 基本为工作日8:30～17:15，但各都道府县不同。夜间和节假日由值班人员接听或播放录音说明，也有24小时受理的县。
service-police_consult_9110-expect = 用于跟踪骚扰、家庭暴力（DV）、诈骗、邻里纠纷等不紧急的警察咨询。会接通所拨打地区的都道府县警察的咨询窗口。咨询免费，但通话费由咨询人负担；是否有外语服务因都道府县而异。

## #8103

service-police_sexual_crime_8103-name = 性犯罪受害咨询电话 全国统一号码“#8103（ハートさん）”
service-police_sexual_crime_8103-hours = 24小时受理（自2019年4月起全国24小时受理）。
service-police_sexual_crime_8103-expect = 会接通所拨打地区的都道府县警察的性犯罪受害咨询窗口。不论性别，受害者本人以及家人、支援者都可以咨询。有的县接受匿名咨询（例：茨城县），也有的县表示可以要求由女警察接待（例：长崎县）。

## #8891

service-onestop_8891-name = 性犯罪・性暴力受害者一站式支援中心（全国统一号码“#8891”）
service-onestop_8891-hours = 在所接通的各中心的受理时间内处理（也有全年365天、24小时受理的中心）。中心夜间和节假日不受理时，由内阁府的呼叫中心接听（2022年的白皮书有记载；目前是否仍在运营尚未确认）。
service-onestop_8891-expect = 会接通所拨打的都道府县的一站式支援中心。不论年龄、性别，性暴力的受害者本人、家人和支援者都可以咨询。中心可以为您联系医疗（紧急避孕、性传播感染检查、采集证据）、心理护理，以及陪同前往警察或法律咨询等。

## 189

service-child_guidance_189-name = 儿童咨询所虐待举报专线“189（いちはやく）”
service-child_guidance_189-hours = 24小时受理。
service-child_guidance_189-expect = 怀疑儿童遭受虐待时，任何人都可以拨打，会接通最近的儿童咨询所。可以匿名通报，通报人和通报内容都会被保密。儿童咨询所会根据需要进行临时保护、协助就医、由心理师提供心理咨询；对于性虐待等受害，确认后会通知警察。

## 24小时儿童SOS热线

service-children_sos_24h-name = 24小时儿童SOS热线（文部科学省）
service-children_sos_24h-hours = 包括夜间和节假日，24小时受理。
service-children_sos_24h-expect = 关于校园欺凌或其他求助（SOS），儿童和监护人都可以咨询的免费电话。会接通所拨打地区的教育委员会的咨询窗口。

## 儿童人权热线

service-childrens_rights_hotline-name = 法务省 儿童人权热线（Kodomo no Jinken）
service-childrens_rights_hotline-hours = 工作日8:30～17:15。每年的加强周（例：2025年8月27日～9月2日）期间，工作日延长到19:00，周六、周日也在10:00～17:00受理。
service-childrens_rights_hotline-expect = 这是法务省关于校园欺凌、体罚、虐待等儿童人权问题的免费咨询，儿童本人和担心儿童的大人都可以拨打。由法务局的职员或人权拥护委员接听，会为您保密。也可以通过LINE（@linejinkensoudan）或电子邮件咨询。

## 匿名举报热线

service-anonymous_reporting_dial-name = 匿名举报热线（警察厅）
service-anonymous_reporting_dial-hours = 电话仅在工作日受理。各信息来源的受理时间不一致（官方网站常见问题为9:30～18:15，新闻报道为10:00～17:00），请先确认。通过官方网站的网上举报表格可随时举报。
service-anonymous_reporting_dial-expect = 用于不报姓名地向警察提供有关人口贩卖、与儿童的性交易（买春）或儿童性虐待材料、虐待儿童等犯罪的信息，不是咨询窗口。不会询问个人信息，也不显示来电号码；举报人会得到受理号码和密码，以便之后确认。如果信息有助于逮捕犯人或保护被害人，可能会支付信息费（最高10万日元；有助于摧毁犯罪组织的信息最高100万日元），但不会支付给所举报案件的被害人本人。

## IOM

service-iom_japan-name = 国际移民组织（IOM）驻日代表处
service-iom_japan-hours = 周一至周五 9:00～12:30 和 13:30～17:00（IOM的休息日除外）。号码和时间只在一个没有日期的信息来源中得到确认。
service-iom_japan-expect = 支援已受到保护的外国人口贩卖受害者回国，以及回国后重返社会（就业・职业培训、法律支援、医疗费、心理咨询等）。对象是被警察、出入国在留管理厅等作为受害者保护的人。对于已被发出强制遣返令书的人中需要人道关怀、并对回国后的生活感到不安的人，也有自愿回国支援。

## 地方出入国在留管理局

service-immigration_bureau-name = 地方出入国在留管理局
service-immigration_bureau-hours = 各局、派出机构不同。地址、联系方式和受理时间请在出入国在留管理厅的网站上确认。
service-immigration_bureau-expect = 办理在留期间的更新・在留资格的变更、在留特别许可、难民认定・补充性保护的申请。对于已受到保护的外国人口贩卖受害者，会考虑变更在留资格或给予在留特别许可；面谈尽量用母语进行，女性由女性职员接待。没有在留资格的人自己主动报到，在判断是否给予在留特别许可时会被视为有利的情况（2024年3月修订的指南）。

## 外国人在留综合信息中心

service-isa_information_center-name = 外国人在留综合信息中心（出入国在留管理厅）
service-isa_information_center-hours = 工作日8:30～17:15。
service-isa_information_center-expect = 通过电话回答关于入境、在留手续和在留资格的问题。支持包括日语在内的17种语言（2021年7月时）。电子邮件咨询使用日语和英语。

## FRESC

service-fresc-name = 外国人在留支援中心（FRESC）
service-fresc-hours = 工作日9:00～17:00（周六、周日、节假日和12月29日～1月3日休息）。帮助台（Help Desk）以前也是工作日9:00～17:00，但目前是否仍在运营尚未确认。
service-fresc-expect = 位于东京的外国人支援据点，东京出入国在留管理局、东京法务局人权拥护部、法テラス、东京劳动局、Hello Work（公共职业安定所）等机构集中在这里，可以咨询在留期间的更新・在留资格的变更和法律纠纷。窗口支持包括简明日语在内的11种语言（2020～2021年）。也回答地方政府一站式咨询窗口的询问。

## 地方政府的一站式咨询窗口

service-local_onestop_counter-name = 地方政府面向外国人的一站式咨询窗口
service-local_onestop_counter-hours = 各地方政府不同。也有没有这种窗口的地方政府。
service-local_onestop_counter-expect = 外国居民可以咨询在留手续、工作、医疗、福利、生育、育儿、教育等问题，并被介绍到合适咨询机构的地方政府窗口。并不是所有地方政府都有（2024年度获得国家补助金的是259个地方政府）。支持的语言和受理时间，请向该地方政府确认。

## 女性咨询支援中心

service-women_support_center-name = 女性咨询支援中心（全国统一简码“#8778”）
service-women_support_center-hours = 各都道府县不同（例：北海道的中心为工作日9:00～17:00）。#8778会接通所拨打的都道府县的中心，所以以该中心的受理时间为准。
service-women_support_center-expect = 都道府县的女性咨询支援中心（2024年3月以前名为“妇女咨询所”），女性可以咨询家庭暴力（DV）、性受害、跟踪骚扰、人口贩卖、生活困难、家庭问题等，并可以得到临时保护（安全的住处），一起来的孩子也包括在内。遭受人口贩卖的女性不论国籍、年龄都会得到保护，并有生活支援、口译、医疗等支援。拨打#8778的通话费由咨询人负担。

## DV咨询+

service-dv_sodan_plus-name = DV咨询+（DV相談プラス）（内阁府）
service-dv_sodan_plus-hours = 电话和电子邮件24小时，在线聊天12:00～22:00。
service-dv_sodan_plus-expect = 可咨询来自配偶或伴侣的暴力的全国免费窗口。电话仅限日语。使用10种外语时，可在网站上通过聊天咨询（12:00～22:00），聊天之后也可以通过电子邮件继续咨询（2020年开始时及2024年地方政府的介绍均为10种语言；另有政府介绍称11种）。可以安排陪同支援和紧急住宿。

## Yorisoi热线

service-yorisoi_hotline-name = Yorisoi热线（よりそいホットライン）
service-yorisoi_hotline-hours = 全年365天、24小时受理。外语咨询为每天10:00～22:00，支持的语言会因星期几和时间段而不同（约2015年的信息。目前的时间和语言尚未确认）。
service-yorisoi_hotline-expect = 生活上的困难、严重到想自杀的烦恼、家庭暴力（DV）・性暴力、性少数群体、外国人的烦恼等，任何事情都可以咨询的免费电话（用手机、公用电话拨打也免费）。用外语咨询时，请在语音提示后按2。从岩手、宫城、福岛拨打的人有专用号码。

## 法テラス

service-houterasu-name = 法テラス支援热线（日本司法支援中心）
service-houterasu-hours = 工作日9:00～21:00，周六9:00～17:00（周日、节假日、年末年初休息）。犯罪受害者支援热线的时间也相同（2021年的信息）。
service-houterasu-expect = 介绍适合您问题的法律制度和咨询窗口（接线员不提供具体个案的法律咨询）。犯罪受害者及其家人可以通过犯罪受害者支援热线，不论受害后过了多长时间，得到介绍熟悉受害者支援的律师等帮助。经济困难的受害者可以得到律师费用的援助；虐待儿童的受害者不论经济状况都可以接受法律咨询。

## 法テラス 多语言

service-houterasu_multilingual-name = 法テラス 多语言信息提供服务
service-houterasu_multilingual-hours = 周一至周五 9:00～17:00。
service-houterasu_multilingual-expect = 法律支援中心（法テラス）面向外国人的窗口，支持10种语言（英语、汉语、韩语、西班牙语、葡萄牙语、越南语、他加禄语、尼泊尔语、泰语、印尼语）：由翻译接听，再通过三方通话接通最近的法律支援中心事务所，介绍关于借款、离婚、劳动、事故、在留资格、灾害等问题的制度和咨询机构。只有在日本有住址、具有合法在留资格且收入较低的人，才能接受律师等的免费法律咨询；没有在留资格的人不能接受。无法从海外拨打。会说日语的人请使用法律支援中心的支援热线。

## 犯罪被害者支援中心

service-victim_support_center-name = 全国被害者支援网络 犯罪被害者等电话支援中心
service-victim_support_center-hours = 全国统一电话为7:30～22:00（2019年的信息。星期几尚未确认）。各地被害者支援中心大多为工作日10:00～16:00（2019年）。
service-victim_support_center-expect = 犯罪或事故的受害者、遗属、家人可以免费咨询，各都道府县都有被害者支援中心（共48处）。可以接受电话或面谈咨询，陪同前往警察、检察厅、法院、医院，帮助办理各种申请，咨询内容会被保密。如果受害者同意，也可以请警察把联系方式转告支援中心；不走法律程序的人也可以利用。

## OTIT 母语咨询

service-otit_native_language-name = 外国人技能实习机构（OTIT）母语咨询
service-otit_native_language-hours = 每种语言有固定的星期，时间为11:00～19:00（约2020年的手册）。另一份说明中还有9:00～17:00的时间段（似乎是周六），星期也有出入，需要确认。
service-otit_native_language-expect = 技能实习生可以用母语免费咨询工作、工资和加班、被强制回国、日常生活等问题。每种语言都有各自的电话号码和受理日。已宣布也提供缅甸语和蒙古语咨询，但其电话号码尚未确认；OTIT针对暴力和威胁等的紧急咨询窗口（2021年4月开设）的号码也尚未确认。

## 劳动基准监督署

service-labour_standards_office-name = 劳动基准监督署
service-labour_standards_office-hours = 大多为工作日8:30～17:15（例：一宫劳动基准监督署）。请向各监督署确认。
service-labour_standards_office-expect = 处理拖欠工资・加班费、解雇、工伤等问题的当地劳动基准监督署。劳动基准法不论国籍，也适用于外国劳动者。也有在固定的日子安排口译员的劳动局或监督署。

## 外国劳动者咨询热线

service-labour_foreign_workers_hotline-name = 外国劳动者咨询热线（厚生劳动省）
service-labour_foreign_workers_hotline-hours = 受理时间尚未确认（据介绍英语为周一至周五，但时间尚未确认）。
service-labour_foreign_workers_hotline-expect = 外国劳动者可以咨询劳动条件，了解相关法律并被介绍到合适的机构。只有英语、汉语、葡萄牙语、西班牙语的号码已确认。已宣布也提供他加禄语、越南语、缅甸语、尼泊尔语咨询，但这些语言的号码尚未确认。通话费由咨询人负担。

## 劳动条件咨询热线

service-labour_conditions_hotline-name = 劳动条件咨询热线“ほっとライン”（厚生劳动省）
service-labour_conditions_hotline-hours = 周一至周五17:00～22:00，周六、周日、节假日9:00～21:00（12月29日～1月3日休息）。在劳动基准监督署下班的时间段受理。
service-labour_conditions_hotline-expect = 劳动者和雇主可以在日本全国任何地方免费咨询违法加班、过劳、拖欠工资等问题，也可匿名。本窗口提供建议并介绍咨询机构，不对雇主进行指导。已确认的号码是日语号码。已宣布提供外语咨询（2019年4月起8种语言，之后又有增加），但号码随承包商变化，目前的号码尚未确认：告诉对方号码之前，请先在厚生劳动省的网页上确认。

## 互联网热线中心

service-internet_hotline_center-name = 互联网热线中心（インターネット・ホットラインセンター）
service-internet_hotline_center-hours = 通过网站的举报表格受理（是否明确写明24小时受理尚未确认）。
service-internet_hotline_center-expect = 可以举报儿童色情、淫秽图像、招揽卖淫、贩卖毒品等网上违法信息，也可以匿名举报。中心会请网站管理者删除并通报警察，但它不是咨询窗口，不处理名誉损害和侵犯隐私。删除未经本人同意而被传播的本人性图像请联系同一团体运营的Safe Line（セーフライン）；有生命危险的威胁请拨打110。

## 外语人权咨询热线

service-foreign_language_human_rights_hotline-name = 外语人权咨询热线（法务省）
service-foreign_language_human_rights_hotline-hours = 工作日9:00～17:00（年末年初除外）。
service-foreign_language_human_rights_hotline-expect = 关于歧视、欺凌、被拒绝租房或提供服务等外国居民的人权问题，可以用10种语言咨询。通过加入口译员的三方通话，接通负责的法务局。咨询免费，但通话费由咨询人负担。

## 女性人权热线

service-womens_rights_hotline-name = 女性人权热线（法务省）
service-womens_rights_hotline-hours = 工作日8:30～17:15。每年11月的加强周（例：2024年11月13日～19日）期间，工作日延长到19:00，周六、周日也在10:00～17:00受理。
service-womens_rights_hotline-expect = 法务省关于丈夫・伴侣的暴力、职场性骚扰、跟踪骚扰等女性人权问题的咨询窗口，由法务局的职员或人权拥护委员接听，会为您保密。咨询免费，但通话费由咨询人负担。这条热线用日语应对，需要外语的人请介绍外语人权咨询热线。

## 联系方式的注释

contact-note-ntt-hikari = 从NTT光电话（ひかり電話）拨打请用这个号码。宫城县内：0120-556-460；埼玉县内：0120-31-8341；高知县内：0120-835-350。
contact-note-some-ip-phones = 部分IP电话可能无法接通（或需要付通话费）。这时请拨打各地窗口的号码。
contact-note-9110-lines = 拨号线路（脉冲电话）和部分IP电话无法使用。这时请拨打都道府县警察咨询电话的号码。
contact-note-no-ip-phone = IP电话无法接通。
contact-note-no-ip-phone-moj = IP电话无法接通。这时请拨打最近的法务局的号码。
contact-note-8778-lines = 在岩手、新潟、京都、兵库、福冈、大分、冲绳的部分地区，有些线路无法接通。这时请拨打都道府县中心的号码。
contact-note-alt-ip-overseas = 从IP电话或国外拨打请用这个号码
contact-note-alt-ip-prepaid-overseas = 从IP电话、预付费手机或国外拨打请用这个号码
contact-note-alt-ip-prepaid = 从IP电话或预付费手机拨打请用这个号码
contact-note-houterasu-victim = 犯罪受害者支援热线（面向犯罪受害者及其家人）
contact-note-yorisoi-foreign = 外语：语音提示后按2
contact-note-yorisoi-tohoku = 从岩手、宫城、福岛拨打的人专用的号码（不是外语号码）
contact-note-fresc-helpdesk = FRESC帮助台（免费）。它是作为临时窗口开设的，请确认目前是否仍在运营。
contact-note-isa-office-list = 出入国在留管理厅的网站（各局的地址、联系方式、受理时间）
contact-note-otit-vi = 越南语：周一至周五
contact-note-otit-zh = 中文：周一、周三、周五
contact-note-otit-id = 印度尼西亚语：周二、周四
contact-note-otit-fil = 菲律宾语：周二、周六（也有说明为周二、周四）
contact-note-otit-en = 英语：周二、周六（也有说明为周二、周四）
contact-note-otit-th = 泰语：周四、周六
contact-note-otit-km = 高棉语（柬埔寨语）：周四
contact-note-mhlw-fw-en = 英语（周一至周五）
contact-note-lang-zh = 中文
contact-note-lang-pt = 葡萄牙语
contact-note-lang-es = 西班牙语
contact-note-check-roudou = 厚生劳动省的网页（外语的当前号码和时间）
contact-note-safe-line = Safe Line（セーフライン）：请网站删除本人的性图像、儿童色情、欺凌图像等（由同一团体运营）。
contact-note-tokumei-web-form = 官方网站：有匿名网上举报表格（随时可举报）。
contact-note-dv-plus-chat = 网站：聊天12:00～22:00，支持日语和10种外语（在网站上选择语言）；聊天之后也可以通过电子邮件咨询。
contact-note-dv-plus-mail = 电子邮件咨询表格（日语），24小时受理。使用其他语言时，请先通过聊天咨询。

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = 家庭暴力咨询导航 #8008(DV相談ナビ)
service-dv_navi_8008-hours = 仅限接通的中心的受理时间；时间外无人接听。这不是夜间接听的全国号码（“DV咨询+”的电话24小时受理）。
service-dv_navi_8008-expect = 接通拨打地所在都道府县最近的配偶暴力咨询支援中心（配偶者暴力相談支援センター）。遭受配偶或伴侣暴力的受害者，不论性别都可以拨打。中心提供咨询和心理辅导、保护令和独立生活的信息，并安排受害者及同行者的临时保护（安全住处）。女性通常通过女性咨询支援中心获得临时保护。面向男性及其他性别者的公立庇护所，任何都道府县都没有：2024年的调查显示，47个都道府县中只有11个通过民间团体等为男性准备了避难场所，7个设有男性专用的家暴咨询窗口。请向中心确认本都道府县的情况。通话费由拨打者负担。
service-human_rights_110-name = 法务省 大家的人权热线（Minna no Jinken）
service-human_rights_110-hours = 工作日8:30–17:15（节假日及12月29日至1月3日除外）。网站上的咨询表格随时可以发送。
service-human_rights_110-expect = 任何人都可以就歧视、虐待、骚扰、网络上的诽谤或侵犯隐私等人权问题进行咨询。电话接通最近的法务局，由法务局职员或人权拥护委员接听，并严守秘密。如可能存在人权侵害，法务局会进行调查并采取措施，例如要求网站或服务商删除帖子。咨询免费，但需支付通话费。使用日语；其他语言可使用外语人权咨询专线。
service-cure_time-name = Cure Time：性暴力聊天与邮件咨询（内阁府，キュアタイム）
service-cure_time-hours = 聊天在傍晚至晚上（2022至2024年的资料为17:00–21:00），其他时间通过邮件受理。时间曾有变动，请在网站上确认。
service-cure_time-expect = 通过网站的聊天或邮件咨询，无需说出姓名：只需填写昵称、年龄段和地区，也不需要社交媒体账号。面向任何年龄和性别的性暴力受害者，即使是很久以前的事也可以，也适合不便打电话的人。专业咨询员与医生、护士、社工和律师合作，可以说明紧急避孕药，并介绍最近的一站式支援中心。聊天也受理外语咨询，但具体是哪些语言尚未确认。
service-police_juvenile_consultation-name = 警察少年咨询（“Young Telephone Corner”ヤングテレホンコーナー，各都道府县名称不同）
service-police_juvenile_consultation-hours = 因都道府县而异（例如东京24小时，夜间由值班警察接听；三重县工作日9:00–17:00）。没有全国统一号码。
service-police_juvenile_consultation-expect = 各都道府县警察都设有电话窗口，儿童本人以及为孩子担心的父母、老师等，可以咨询犯罪受害、虐待、欺凌、家庭问题等任何事情。可以匿名咨询。由专业职员和警察接听，也可以见面咨询。号码是各都道府县自己的（部分为免费电话）：请在都道府县警察网站上查询，或加入本窗口的本地名单。
service-childrens_rights_sos_email-name = 儿童人权SOS电子邮件（こどもの人権SOS-eメール，法务省）
service-childrens_rights_sos_email-hours = 网站上的表格24小时都可以发送；回复会在之后到来。
service-childrens_rights_sos_email-expect = 孩子不用打电话，就可以在法务省网站的表格里写下欺凌、虐待、体罚等烦恼并发送。法务局职员或人权拥护委员会回复，并为所写内容保密。免费。
contact-note-8008-lines = 通话费由拨打者负担。部分IP电话，以及部分地区的NTT模拟电话或光纤固定电话无法接通。
contact-note-moj-internet-consultation = 网络人权咨询表格（随时可发送；回复在之后到来）
contact-note-juvenile-per-prefecture = 按都道府县：都道府县警察自己的号码（在警察网站上查询；本窗口可加入本地名单）
