### 諮詢流程（data/flow.toml）的顯示文字 — 繁體中文（台灣）(zh-TW)；參照語言為日語 (ja)
###
### 問題是窗口工作人員唸給諮詢者聽的句子。「當事人」指遇到困難的本人；諮詢者也可能是家人或支援者等。
### 選項顯示在大按鈕上，所以寫得很短。
### 理由（reason-*）是工作人員說明為什麼推薦該單位時唸出的句子，內容只限於 flow.toml 中各規則所引用的出處。
### 電話號碼顯示在單位資訊中，這裡不寫。

## 問題與選項（依提問順序）

question-danger = 現在有人處於危險之中嗎？
value-danger-immediate = 是，現在有危險
value-danger-none = 否，現在沒有危險

question-injured = 現在有人因為受傷或身體突然不適等，需要馬上接受醫療處置嗎？
value-injured-yes = 是
value-injured-no = 否

question-concern = 您遇到了什麼困難？請選擇所有符合的項目。
value-concern-trafficking_sexual = 被強迫賣淫或被強迫拍攝性影像
value-concern-trafficking_labour = 強迫勞動、以債務控制、護照被拿走
value-concern-sexual_violence = 性暴力（強暴、性侵害等）
value-concern-child_abuse = 虐待兒童、疏忽照顧兒童（包括性虐待）
value-concern-child_sexual_exploitation = 與兒童性交易（買春）、「JK商業」（讓女高中生陪客等）、兒童的性影像
value-concern-online_sexual_images = 性影像被放到網路上，或被威脅要放到網路上
value-concern-domestic_violence = 來自配偶、男女朋友、家人的暴力（家暴）
value-concern-labour_problem = 工作問題（積欠工資、騷擾、解僱等）
value-concern-residence_problem = 在留資格、簽證、手續的問題
value-concern-discrimination = 歧視或其他侵害人權的行為
value-concern-other = 其他

question-age_group = 當事人（遇到困難的人）未滿18歲嗎？
value-age_group-child = 未滿18歲
value-age_group-adult = 18歲以上

question-gender = 請告訴我當事人的性別。依當事人自己認同的性別回答就可以。
value-gender-female = 女性
value-gender-male = 男性
value-gender-other = 其他

question-nationality = 當事人是日本國籍，還是外國國籍？
value-nationality-japanese = 日本國籍
value-nationality-foreign = 外國國籍

question-residence = 請告訴我當事人的在留資格（簽證種類）。
value-residence-technical_intern = 技能實習
value-residence-skilled_worker = 特定技能
value-residence-other_status = 其他在留資格
value-residence-no_status = 沒有在留資格（逾期居留等）
value-residence-refugee_applicant = 正在申請難民認定

question-caller = 您諮詢的是您自己的事情嗎？還是替別人諮詢或檢舉？
value-caller-self = 我自己（是我的事）
value-caller-third_party = 本人以外的人（家人、認識的人、支援者等）

question-recent = 遭受性暴力大約是什麼時候？是在72小時（3天）以內，還是更早？
value-recent-within_72h = 72小時（3天）以內
value-recent-older = 超過72小時

question-police = 當事人想向警察諮詢，或者向警察報案嗎？
value-police-wants_report = 是
value-police-undecided = 還沒有決定
value-police-no = 否

question-anonymous = 您想在不說出姓名（匿名）的情況下諮詢或檢舉嗎？
value-anonymous-yes = 是
value-anonymous-no = 否

question-shelter = 當事人現在需要一個可以安全待著的地方（避難場所）嗎？
value-shelter-yes = 是
value-shelter-no = 否

question-return_home = 當事人想回自己的國家嗎？
value-return_home-yes = 是
value-return_home-no = 否
value-return_home-undecided = 還沒有決定

question-fears_return = 當事人是否覺得，如果回到自己的國家，可能會受到傷害？
value-fears_return-yes = 是
value-fears_return-no = 否

## 推薦的理由（依 flow.toml 中規則的順序）

reason-danger-police = 現在有危險逼近，所以首先優先向警察緊急報案。警察的緊急報案電話也在逐步加強外語服務。
reason-injured-ambulance = 有人需要馬上接受醫療處置，所以首先叫救護車。很多消防單位可以透過加入口譯員的三方通話來報案。
reason-child-abuse-189 = 如果覺得兒童可能正在遭受虐待，任何人都可以聯絡兒童諮詢所（児童相談所），也可以不說出姓名進行通報。必要時，兒童諮詢所會臨時保護兒童，協助兒童接受專業醫療，並由兒童心理師提供心理諮商。
reason-child-harmed-189 = 當事人未滿18歲，或者可能未滿18歲，所以會聯絡兒童諮詢所。對於因性虐待等而身心受到傷害的兒童，有臨時保護、協助就醫、心理諮商等支援；確認受害情形後，也會通知警察。
reason-child-danger-189 = 兒童正面臨危險，所以在聯絡警察的同時，也聯絡兒童諮詢所。需要確保兒童安全時，兒童諮詢所會臨時保護兒童。
reason-child-own-lines = 也有兒童本人可以自己撥打的諮詢電話。「24小時兒童SOS專線」在夜間和假日也受理；法務省的「兒童人權」（こどもの人権）免費電話諮詢，可以諮詢與兒童人權有關的煩惱。
reason-child-trafficking-police = 兒童可能正在遭受性剝削，或成為人口販運的被害人。警察設有關於兒童性剝削的諮詢窗口，並與相關單位和NGO合作，找出並保護被害人。
reason-anonymous-report = 透過警察的匿名檢舉專線，可以不說出姓名，檢舉人口販運、虐待兒童等資訊。這是為了及早發現這些不容易被發現的犯罪而設立的機制。
reason-sv-recent-medical = 遭受性暴力後不久的這段時間，醫療（緊急避孕、保全證據等）非常重要。在一站式支援中心，可以在同一個地方得到醫療、心理照顧、法律諮詢等支援。
reason-sv-onestop = 即使受害後已經過了一段時間，也可以在性犯罪・性暴力被害人一站式支援中心得到諮詢和支援。每個都道府縣都有這樣的中心。
reason-sv-police = 警察為性犯罪被害人設立的全國統一號碼，會接通撥打地區的都道府縣警察的諮詢窗口。這是為了讓被害人更容易向警察諮詢而設立的，在決定是否報案之前也可以諮詢。
reason-sv-no-police-support = 即使不向警察報案，也可以得到支援。不希望走法律程序的性犯罪被害人，也可以從支援犯罪被害人的團體那裡及早得到支援。
reason-trafficking-police = 警察呼籲人口販運的被害人報案，並與相關單位和NGO合作保護被害人。為了不讓人口販運被忽略，警察的諮詢窗口會認真處理每一次諮詢和檢舉。
reason-trafficking-women = 女性諮詢支援中心會臨時保護遭受人口販運的女性，不論國籍和年齡。還可以得到生活支援、口譯支援、醫療等。
reason-trafficking-immigration = 外國國籍的人口販運被害人，也可以向出入國在留管理廳諮詢。對於已受到保護的被害人，會充分考量本人的處境，採取變更在留資格、給予在留特別許可等措施。
reason-fears-return-protection = 回國後可能受到傷害的人，有可能以難民的身分（也可能包括因為是性少數者或因為性別而受到的迫害），或者以逃離武裝衝突的人等「補充性保護對象」的身分，在日本得到保護。在辦理手續之前，先用母語進行法律諮詢會比較安心。
reason-trafficking-return-iom = 日本政府透過國際移民組織（IOM），協助在日本受到保護的外國國籍人口販運被害人回國，以及回國後重建生活。支援內容包括就業和職業訓練支援、法律支援、醫療費、心理諮商等。回國前，IOM會透過本國的IOM辦事處確認本人的安全。
reason-labour-intern-otit = 技能實習生可以向外國人技能實習機構（OTIT）的諮詢窗口諮詢。OTIT也會到實習單位進行實地檢查。
reason-labour-inspection = 勞動基準監督署是檢查工作場所、處理違法行為的機關。對於強迫勞動和人口販運，也會與警察、出入國在留管理廳等合作取締。
reason-labour-foreign-line = 外國國籍的人可以用外語打電話諮詢工作上的煩惱。勞動局等機關正在加強多語言服務，讓外國人更容易諮詢。
reason-labour-hotline = 透過勞動條件諮詢專線（ほっとライン），可以從全國任何地方諮詢積欠工資、長時間工作等煩惱。平日晚上和週六、週日、國定假日也受理。
reason-residence-legal = 沒有在留資格，或者正在申請難民認定時，接下來怎麼選擇，結果會有很大的不同（例如，自己主動到出入國在留管理局報到，在判斷是否給予在留特別許可時，會被視為有利的情況）。在辦理手續之前，先用母語進行法律諮詢會比較安心。
reason-residence-information = 外國人在留綜合資訊中心介紹在留資格的手續；出入國在留管理廳已表示，該中心也將受理生活問題的諮詢。在外國人在留支援中心（FRESC），多個國家機關合作，為在留資格的更新、變更以及法律糾紛提供諮詢。
reason-residence-no-status-bureau = 沒有在留資格的人自己主動到出入國在留管理局（入管）報到，在判斷是否給予在留特別許可時，會被視為有利的情況。報到之後的手續，無論是希望回國的人，還是希望留在日本的人，都會得到說明。
reason-dv-women = 在女性諮詢支援中心，除了諮詢以外，還可以得到陪同前往相關單位、臨時保護等支援，一起來的孩子也能得到支援。「DV諮詢+」（DV相談プラス）是可以諮詢來自配偶或男女朋友等暴力的國家窗口。
reason-dv-police = 警察諮詢專用電話為不緊急的諮詢提供建議和資訊；如果由其他單位處理更合適，會在注意保護隱私的前提下轉介。
reason-images-hotline = 網路熱線中心受理兒童性影像等網路上違法資訊的檢舉，會通知警察，同時要求網站管理者刪除。
reason-images-police = 對於網路上的違法影像，警察可以要求網站管理者刪除。透過警察諮詢專用電話可以得到建議和資訊，必要時會在注意保護隱私的前提下轉介給合適的單位。
reason-rights-foreign-language = 法務省的人權擁護機關接受關於歧視外國人的人權諮詢，也提供外語電話諮詢。
reason-rights-women = 法務省的法務局接受包括性剝削在內的人權問題諮詢，「女性人權熱線」是其中專為女性設立的窗口。如果懷疑有侵害人權的情況，會進行調查並採取必要的措施。
reason-victim-legal-help = 日本司法支援中心（法テラス）會介紹法律制度和諮詢窗口，並介紹熟悉犯罪被害人支援的律師。即使受害後已經過了一段時間也可以諮詢；經濟上有困難的被害人可以得到律師費用的補助。
reason-crime-victim-support = 支援犯罪被害人的團體會及早為被害人提供支援，並對諮詢內容保密。只有在本人同意的情況下，警察才會把本人的聯絡方式告訴這些團體。
reason-foreign-local-counter = 部分地方政府設有針對外國居民的一站式諮詢窗口（2024年度獲得國家補助的為259個地方政府）：請向當地政府確認是否設有窗口。可以得到關於在留手續、工作、醫療、福利、生產、育兒、子女教育等生活方面的資訊和建議，也可以很快被介紹到合適的諮詢機構。
reason-always-yorisoi = 除了其他諮詢單位以外，也可以在「Yorisoi熱線」（よりそいホットライン）傾訴煩惱。那裡也有專為外國人設立的多語言諮詢窗口。
reason-legal-help-multilingual = 法テラス的多語言資訊提供服務，會用外語介紹法律制度和諮詢窗口。法テラス也設在外國人在留支援中心（FRESC）裡，可以諮詢在留和法律方面的糾紛。
reason-child-shelter-189 = 兒童需要一個安全的地方，所以聯絡兒童諮詢所。需要確保兒童安全時，兒童諮詢所會臨時保護兒童。

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = 孩子說不想找警察，但可能遭受性剝削或人口販運的孩子必須首先得到保護，所以仍然要聯繫警察。請如實告訴孩子這一點。警察會保護孩子，並聯繫父母或監護人以及學校。如果孩子害怕家人，請告訴警察和兒童諮詢所：孩子難以回家時，兒童諮詢所可以對其進行臨時保護。
reason-child-police-juvenile = 都道府縣警察的少年諮詢電話接受兒童和父母關於犯罪、虐待等煩惱的諮詢，以便及早發現受害兒童。可以不說姓名進行諮詢。
reason-child-write-in = 不方便打電話的孩子，可以隨時透過法務省的「兒童人權SOS電子郵件」表格寫信諮詢。
reason-child-anonymous-lines = 孩子希望匿名。警察的匿名檢舉專線是供一般民眾提供資訊的，不是諮詢專線，所以不適合孩子本人。以下窗口可以不說姓名接受孩子的諮詢：189（兒童諮詢所；接受匿名電話）和都道府縣警察的少年諮詢電話。「24小時兒童SOS專線」隨時可以接通。
reason-sv-cure-time = Cure Time通過聊天和郵件，不需姓名，接受任何年齡和性別者關於性暴力的諮詢。適合不便在電話裡談的人。
reason-trafficking-return-fears-legal = 本人希望（或可能希望）回國，但害怕回去後受到傷害。這不是放棄回國支援的理由：回國前，IOM會透過本國的IOM辦事處確認本人的安全，並尊重本人的意願提供支援。但請先用本人的語言接受法律諮詢：回國後可能受到傷害的人，有可能在日本獲得保護而留下。之後再決定即可，不必現在就選擇。
reason-dv-navi-8008 = #8008接通最近的配偶暴力諮詢支援中心，不論性別都可以諮詢。中心提供諮詢和心理輔導、保護令及獨立生活的資訊，並安排臨時保護。
reason-dv-shelter-any-gender = 現在需要安全的住處。配偶暴力諮詢支援中心（透過#8008）為被害人及同行者安排臨時保護，「DV諮詢+」在需要時也可以安排緊急住宿。中心受理時間以外，請撥打24小時受理的「DV諮詢+」電話。
reason-dv-shelter-men = 對於男性或其他性別的人，請如實說明避難場所的情況：女性諮詢支援中心及其庇護所是為女性設立的。任何都道府縣都沒有面向男性的公立庇護所；2024年的調查中，47個都道府縣中有11個透過民間團體等為男性準備了避難場所。請向配偶暴力諮詢支援中心（透過#8008）確認本都道府縣的情況，緊急住宿請詢問「DV諮詢+」。
reason-rights-everyone = 法務省的「大家的人權110」接受任何人關於歧視等人權問題的諮詢，也包括網路上的誹謗和侵犯隱私。如可能存在人權侵害，法務局會進行調查，並可要求網站刪除貼文。
