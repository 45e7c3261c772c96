### 咨询流程（data/flow.toml）的显示文本 — 简体中文 (zh-CN)；参照语言为日语 (ja)
###
### 问题是窗口工作人员读给咨询人听的句子。“当事人”指遇到困难的本人；咨询人也可能是家人或支援者等。
### 选项显示在大按钮上，所以写得很短。
### 理由（reason-*）是工作人员说明为什么推荐该机构时读出的句子，内容只限于 flow.toml 中各规则所引用的出处。
### 电话号码显示在机构信息中，这里不写。

## 问题和选项（按提问顺序）

question-danger = 现在有人处于危险之中吗？
value-danger-immediate = 是，现在有危险
value-danger-none = 否，现在没有危险

question-injured = 现在有人因为受伤或身体突然不适等，需要马上救治吗？
value-injured-yes = 是
value-injured-no = 否

question-concern = 您遇到了什么困难？请选择所有符合的项目。
value-concern-trafficking_sexual = 被强迫卖淫或被强迫拍摄色情照片/视频
value-concern-trafficking_labour = 强迫劳动、用债务束缚、护照被拿走
value-concern-sexual_violence = 性暴力（强奸、性侵犯等）
value-concern-child_abuse = 虐待儿童、忽视儿童（包括性虐待）
value-concern-child_sexual_exploitation = 与儿童的性交易（买春）、“JK商业”（让女高中生陪客等）、儿童的色情图像
value-concern-online_sexual_images = 性图像被发到网上，或被威胁要发到网上
value-concern-domestic_violence = 来自配偶、恋人、家人的暴力（DV）
value-concern-labour_problem = 工作问题（拖欠工资、骚扰、解雇等）
value-concern-residence_problem = 在留资格、签证、手续的问题
value-concern-discrimination = 歧视或其他侵犯人权的行为
value-concern-other = 其他

question-age_group = 当事人（遇到困难的人）未满18岁吗？
value-age_group-child = 未满18岁
value-age_group-adult = 18岁以上

question-gender = 请告诉我当事人的性别。按当事人自己认为的性别回答就可以。
value-gender-female = 女性
value-gender-male = 男性
value-gender-other = 其他

question-nationality = 当事人是日本国籍，还是外国国籍？
value-nationality-japanese = 日本国籍
value-nationality-foreign = 外国国籍

question-residence = 请告诉我当事人的在留资格（签证种类）。
value-residence-technical_intern = 技能实习
value-residence-skilled_worker = 特定技能
value-residence-other_status = 其他在留资格
value-residence-no_status = 没有在留资格（逾期滞留等）
value-residence-refugee_applicant = 正在申请难民认定

question-caller = 您咨询的是您自己的事情吗？还是为别人咨询或举报？
value-caller-self = 我自己（是我的事）
value-caller-third_party = 本人以外的人（家人、熟人、支援者等）

question-recent = 遭受性暴力大约是什么时候？是在72小时（3天）以内，还是更早？
value-recent-within_72h = 72小时（3天）以内
value-recent-older = 超过72小时

question-police = 当事人想向警察咨询，或者向警察报案吗？
value-police-wants_report = 是
value-police-undecided = 还没有决定
value-police-no = 否

question-anonymous = 您想在不说出姓名（匿名）的情况下咨询或举报吗？
value-anonymous-yes = 是
value-anonymous-no = 否

question-shelter = 当事人现在需要一个可以安全停留的地方（避难场所）吗？
value-shelter-yes = 是
value-shelter-no = 否

question-return_home = 当事人想回自己的国家吗？
value-return_home-yes = 是
value-return_home-no = 否
value-return_home-undecided = 还没有决定

question-fears_return = 当事人是否觉得，如果回到自己的国家，可能会受到伤害？
value-fears_return-yes = 是
value-fears_return-no = 否

## 推荐的理由（按 flow.toml 中规则的顺序）

reason-danger-police = 现在有危险逼近，所以首先优先向警察紧急报警。警察的紧急报警电话也在逐步推进外语服务。
reason-injured-ambulance = 有人需要马上救治，所以首先叫救护车。很多消防部门可以通过加入口译员的三方通话来报警。
reason-child-abuse-189 = 如果觉得儿童可能正在遭受虐待，任何人都可以联系儿童咨询所（児童相談所），也可以不说出姓名进行通报。必要时，儿童咨询所会临时保护儿童，帮助儿童接受专业医疗，并由儿童心理师提供心理咨询。
reason-child-harmed-189 = 当事人未满18岁，或者有可能未满18岁，所以会联系儿童咨询所。对于因性虐待等而身心受到伤害的儿童，有临时保护、协助就医、心理咨询等支援；确认受害情况后，也会通知警察。
reason-child-danger-189 = 儿童正面临危险，所以在联系警察的同时，也联系儿童咨询所。需要确保儿童安全时，儿童咨询所会临时保护儿童。
reason-child-own-lines = 也有儿童本人可以自己拨打的咨询电话。“24小时儿童SOS热线”在夜间和节假日也受理；法务省的“儿童人权”（こどもの人権）免费电话咨询，可以咨询与儿童人权有关的烦恼。
reason-child-trafficking-police = 儿童可能正在遭受性剥削，或成为人口贩卖的受害者。警察设有关于儿童性剥削的咨询窗口，并与相关机构和NGO合作，发现并保护受害者。
reason-anonymous-report = 通过警察的匿名举报热线，可以不说出姓名，举报人口贩卖、虐待儿童等信息。这是为了及早发现这些不容易暴露的犯罪而设立的机制。
reason-sv-recent-medical = 遭受性暴力后不久的这段时间，医疗（紧急避孕、保全证据等）非常重要。在一站式支援中心，可以在同一个地方得到医疗、心理护理、法律咨询等支援。
reason-sv-onestop = 即使受害后已经过了一段时间，也可以在性犯罪・性暴力受害者一站式支援中心得到咨询和支援。每个都道府县都有这样的中心。
reason-sv-police = 警察为性犯罪受害者设立的全国统一号码，会接通所拨打地区的都道府县警察的咨询窗口。这是为了让受害者更容易向警察咨询而设立的，在决定是否报案之前也可以咨询。
reason-sv-no-police-support = 即使不向警察报案，也可以得到支援。不希望走法律程序的性犯罪受害者，也可以从支援犯罪受害者的团体那里及早得到支援。
reason-trafficking-police = 警察呼吁人口贩卖的受害者报案，并与相关机构和NGO合作保护受害者。为了不让人口贩卖被忽视，警察的咨询窗口会认真对待每一次咨询和举报。
reason-trafficking-women = 女性咨询支援中心会临时保护遭受人口贩卖的女性，不论国籍和年龄。还可以得到生活支援、口译支援、医疗等。
reason-trafficking-immigration = 外国国籍的人口贩卖受害者，也可以向出入国在留管理厅咨询。对于已受到保护的受害者，会充分考虑本人的处境，采取变更在留资格、给予在留特别许可等措施。
reason-fears-return-protection = 回国后可能受到伤害的人，有可能作为难民（也可能包括因为是性少数者或因为性别而受到的迫害），或者作为从武装冲突中逃出来的人等“补充性保护对象”，在日本得到保护。在办理手续之前，先用母语进行法律咨询会比较放心。
reason-trafficking-return-iom = 日本政府通过国际移民组织（IOM），支援在日本受到保护的外国国籍人口贩卖受害者回国，以及回国后重建生活。支援内容包括就业和职业培训支援、法律支援、医疗费、心理咨询等。回国前，IOM会通过本国的IOM办事处确认本人的安全。
reason-labour-intern-otit = 技能实习生可以向外国人技能实习机构（OTIT）的咨询窗口咨询。OTIT也会到实习单位进行实地检查。
reason-labour-inspection = 劳动基准监督署是检查工作场所、处理违法行为的机构。对于强迫劳动和人口贩卖，也会与警察、出入国在留管理厅等合作进行查处。
reason-labour-foreign-line = 外国国籍的人可以用外语打电话咨询工作上的烦恼。劳动局等机构正在推进多语言服务，让外国人更容易咨询。
reason-labour-hotline = 通过劳动条件咨询热线（ほっとライン），可以从全国任何地方咨询拖欠工资、长时间劳动等烦恼。平日晚上和周六、周日、节假日也受理。
reason-residence-legal = 没有在留资格，或者正在申请难民认定时，接下来怎么选择，结果会有很大不同（例如，自己主动到出入国在留管理局报到，在判断是否给予在留特别许可时，会被视为有利的情况）。在办理手续之前，先用母语进行法律咨询会比较放心。
reason-residence-information = 外国人在留综合信息中心介绍在留资格的手续；出入国在留管理厅已表示，该中心也将受理生活问题的咨询。在外国人在留支援中心（FRESC），多个国家机关合作，为在留资格的更新、变更以及法律纠纷提供咨询。
reason-residence-no-status-bureau = 没有在留资格的人自己主动到出入国在留管理局（入管）报到，在判断是否给予在留特别许可时，会被视为有利的情况。报到之后的手续，无论是希望回国的人，还是希望留在日本的人，都会得到说明。
reason-dv-women = 在女性咨询支援中心，除了咨询以外，还可以得到陪同前往相关机构、临时保护等支援，一起来的孩子也能得到支援。“DV咨询+”（DV相談プラス）是可以咨询来自配偶或恋人等的暴力的国家窗口。
reason-dv-police = 警察咨询专用电话为不紧急的咨询提供建议和信息；如果由其他机构处理更合适，会在注意保护隐私的前提下转交。
reason-images-hotline = 互联网热线中心受理儿童色情图像等网上违法信息的举报，会通知警察，同时要求网站管理者删除。
reason-images-police = 对于网上的违法图像，警察可以要求网站管理者删除。通过警察咨询专用电话可以得到建议和信息，必要时会在注意保护隐私的前提下转交给合适的机构。
reason-rights-foreign-language = 法务省的人权拥护机关接受关于歧视外国人的人权咨询，也提供外语电话咨询。
reason-rights-women = 法务省的法务局接受包括性剥削在内的人权问题咨询，“女性人权热线”是其中面向女性的窗口。如果怀疑有侵犯人权的情况，会进行调查并采取必要的措施。
reason-victim-legal-help = 日本司法支援中心（法テラス）会介绍法律制度和咨询窗口，并介绍熟悉犯罪受害者支援的律师。即使受害后已经过了一段时间也可以咨询；经济上有困难的受害者可以得到律师费用的援助。
reason-crime-victim-support = 支援犯罪受害者的团体会及早为受害者提供支援，并对咨询内容保密。只有在本人同意的情况下，警察才会把本人的联系方式告诉这些团体。
reason-foreign-local-counter = 部分地方政府设有面向外国居民的一站式咨询窗口（2024年度获得国家补助的为259个地方政府）：请向当地政府确认是否设有窗口。可以得到关于在留手续、工作、医疗、福利、生育、育儿、子女教育等生活方面的信息和建议，也可以很快被介绍到合适的咨询机构。
reason-always-yorisoi = 除了其他咨询机构以外，也可以在“Yorisoi热线”（よりそいホットライン）倾诉烦恼。那里也有面向外国人的多语言咨询窗口。
reason-legal-help-multilingual = 法テラス的多语言信息提供服务，会用外语介绍法律制度和咨询窗口。法テラス也设在外国人在留支援中心（FRESC）里，可以咨询在留和法律方面的纠纷。
reason-child-shelter-189 = 儿童需要一个安全的地方，所以联系儿童咨询所。需要确保儿童安全时，儿童咨询所会临时保护儿童。

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = 孩子说不想找警察，但可能遭受性剥削或人口贩卖的孩子必须首先得到保护，所以仍然要联系警察。请如实告诉孩子这一点。警察会保护孩子，并联系父母或监护人以及学校。如果孩子害怕家人，请告诉警察和儿童咨询所：孩子难以回家时，儿童咨询所可以对其进行临时保护。
reason-child-police-juvenile = 都道府县警察的少年咨询电话接受儿童和父母关于犯罪、虐待等烦恼的咨询，以便及早发现受害儿童。可以不说姓名进行咨询。
reason-child-write-in = 不方便打电话的孩子，可以随时通过法务省的“儿童人权SOS电子邮件”表格写信咨询。
reason-child-anonymous-lines = 孩子希望匿名。警察的匿名举报热线是供一般民众提供信息的，不是咨询热线，所以不适合孩子本人。以下窗口可以不说姓名接受孩子的咨询：189（儿童咨询所；接受匿名电话）和都道府县警察的少年咨询电话。“24小时儿童SOS热线”随时可以接通。
reason-sv-cure-time = Cure Time通过聊天和邮件，不需姓名，接受任何年龄和性别者关于性暴力的咨询。适合不便在电话里谈的人。
reason-trafficking-return-fears-legal = 本人希望（或可能希望）回国，但害怕回去后受到伤害。这不是放弃回国支援的理由：回国前，IOM会通过本国的IOM办事处确认本人的安全，并尊重本人的意愿提供支援。但请先用本人的语言接受法律咨询：回国后可能受到伤害的人，有可能在日本获得保护而留下。之后再决定即可，不必现在就选择。
reason-dv-navi-8008 = #8008接通最近的配偶暴力咨询支援中心，不论性别都可以咨询。中心提供咨询和心理辅导、保护令及独立生活的信息，并安排临时保护。
reason-dv-shelter-any-gender = 现在需要安全的住处。配偶暴力咨询支援中心（通过#8008）为受害者及同行者安排临时保护，“DV咨询+”在需要时也可以安排紧急住宿。中心受理时间以外，请拨打24小时受理的“DV咨询+”电话。
reason-dv-shelter-men = 对于男性或其他性别的人，请如实说明避难场所的情况：女性咨询支援中心及其庇护所是为女性设立的。任何都道府县都没有面向男性的公立庇护所；2024年的调查中，47个都道府县中有11个通过民间团体等为男性准备了避难场所。请向配偶暴力咨询支援中心（通过#8008）确认本都道府县的情况，紧急住宿请询问“DV咨询+”。
reason-rights-everyone = 法务省的“大家的人权110”接受任何人关于歧视等人权问题的咨询，也包括网络上的诽谤和侵犯隐私。如可能存在人权侵害，法务局会进行调查，并可要求网站删除帖子。
