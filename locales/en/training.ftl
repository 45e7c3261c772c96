### Training cases (en): vignettes the role-playing client reads, and teaching notes for staff.
### Format: data/scenarios/README.md. A case's messages exist only in the languages it declares.

## Emergencies

case-em-dv-bleeding-title = Hit with a bottle by her husband, bleeding, he is still near
case-em-dv-bleeding-vignette = I am calling from the stairwell of my flat. My husband hit me with a bottle and my head is bleeding a lot; he is still inside and says he will finish it. I am Japanese, 34. I don't know yet if I want to report him, but I can't stay here tonight.
case-em-dv-bleeding-notes = Danger and injury come before everything: 110 and 119 first (000_9cd71d2e62acc824.txt L53: emergency calls to police, "Dial 110"). Only then the DV route: the Women's Counseling and Support Center can give temporary protection tonight (003_970f52aaeeda3f0a.txt L2725-2729), DV Sodan+ by phone or chat. A trainee who starts with "what happened?" has lost minutes.
case-em-injured-no-danger-title = Hurt in a fall on station stairs, no danger
case-em-injured-no-danger-vignette = (staff) A man in his sixties sits down at the desk, pale and holding his side. He says he fell down the station stairs an hour ago, nobody did anything to him, but the pain is getting worse and he feels dizzy. He is Japanese and came to ask about something else.
case-em-injured-no-danger-notes = Injury without danger: 119, not 110 (https://www.fdma.go.jp/publication/hakusho/r1/topics3/47555.html). The contract allows 110 only when someone is in danger now. His other worry can wait; a 24-hour line for later (002_8c54b4fe635f5fb5.txt L46).

## Sexual violence

case-sv-recent-police-title = Raped last night, wants to go to the police
case-sv-recent-police-vignette = I was raped last night by a man I met at a bar. I am 26, Japanese. I am safe now and not hurt badly. I want him punished and I want to go to the police, but I don't know where to start.
case-sv-recent-police-notes = Within 72 hours: the One-Stop Support Center first, for medical care and evidence (000_9cd71d2e62acc824.txt L65). She wants to report: the police line for sexual crime victims connects to her prefecture's police (003_970f52aaeeda3f0a.txt L2591-2595). Ask "when" and "police" — both change the referrals.
case-sv-older-no-police-title = Sexually assaulted last year, wants no police
case-sv-older-no-police-vignette = Something happened to me at a company party last spring. A senior colleague forced himself on me. I am Japanese, 29. I never told anyone and I do not want the police involved. I just can't sleep anymore.
case-sv-older-no-police-notes = Older assault, no police: One-Stop Support Center (standard, not urgent) and the crime victim support center, which helps victims who do not take legal action (003_970f52aaeeda3f0a.txt L2579-2585; One-Stop: 003_970f52aaeeda3f0a.txt L2610-2642). Do not push the police line on her.
case-sv-foreign-man-undecided-title = A foreign man sexually assaulted, unsure about the police
case-sv-foreign-man-undecided-vignette = I work in a hotel kitchen in Japan under the skilled worker status; I am from abroad, 31. Two nights ago a man from work attacked me sexually in the dormitory. I am a man, and I feel ashamed to say this. I don't know if I should go to the police. I am not hurt and not in danger now.
case-sv-foreign-man-undecided-notes = Sexual violence of a man: the One-Stop Support Center and the police victim line are for any gender (000_9cd71d2e62acc824.txt L65); women-only services must not appear. Foreign client: Houterasu's multilingual service for legal help (004_ec95494c84c58a00.txt L973-975). Undecided about the police still gets the police line as an option.
case-sv-age-unknown-title = A girl who will not give her age, harmed yesterday
case-sv-age-unknown-vignette = A girl comes to the desk alone. She says a man she met online did something to her yesterday. She won't say how old she is, and she says she doesn't want the police. She is Japanese and not in danger now.
case-sv-age-unknown-notes = Age unknown with possible harm to a child: the child route stays open (003_970f52aaeeda3f0a.txt L2486-2498). Within 72 hours: the One-Stop Support Center (003_970f52aaeeda3f0a.txt L2610-2642). No police wanted: victim support, not the police line. The trainee must accept "prefers not to say" rather than guess.

## Children

case-ch-neighbour-abuse-title = A neighbour worried about a small boy next door
case-ch-neighbour-abuse-vignette = I live next door to a family with a small boy, maybe five or six. Almost every night I hear the father shouting and the boy screaming and crying, and things hitting the wall. I don't know the family's name. I don't want them to know it was me who called.
case-ch-neighbour-abuse-notes = Anyone who suspects abuse can call the Child Guidance Center, and anonymous reports are accepted (003_970f52aaeeda3f0a.txt L2508-2512). A neighbour reporting for someone else also gets the police Anonymous Reporting Dial (003_970f52aaeeda3f0a.txt L2403-2421). The neighbour cannot answer about shelter: that is fine.
case-ch-girl-stepfather-title = 13, hit by her stepfather, will not go home tonight
case-ch-girl-stepfather-vignette = I am 13. My stepfather hits me when he drinks, and yesterday he threw me against the door. My mother does nothing. I am Japanese. I can tell you my name. I don't want to go home tonight.
case-ch-girl-stepfather-notes = A child who cannot go home: the Child Guidance Center, which can take her into temporary custody (003_970f52aaeeda3f0a.txt L2490-2496), plus lines a child can call any time (003_970f52aaeeda3f0a.txt L2328-2348). Services for adult women are not for her.
case-ch-jk-business-title = 16, working at a "JK" café after school
case-ch-jk-business-vignette = I am 16 and I work at a "JK" café after school. The manager says the good customers pay extra to take girls out, and some of them take pictures of us. I am Japanese. I don't know if I should tell the police. I am not in danger right now.
case-ch-jk-business-notes = Child sexual exploitation: the Child Guidance Center and the police, which run consultation counters for child victims of sexual exploitation (003_970f52aaeeda3f0a.txt L469-479); the images: the Internet Hotline Center can request deletion (003_970f52aaeeda3f0a.txt L2145-2147). Foreign-resident services do not apply.

## Trafficking

case-tr-woman-wants-return-title = Made to sell sex for a debt, escaped this morning
case-tr-woman-wants-return-vignette = I came to Japan from abroad with a valid visa to work in a restaurant, but they made me work in a bar with men and sell my body to pay a debt. I escaped this morning. I am 24. I want to go home to my family; I am not afraid of going back. I don't know about the police yet. I have nowhere to sleep.
case-tr-woman-wants-return-notes = Trafficking for sex of a foreign woman: the police station (000_9cd71d2e62acc824.txt L52 and the rules), temporary protection of female victims regardless of nationality (000_9cd71d2e62acc824.txt L64), immigration for her status, and return and reintegration through IOM because she wishes to return (000_9cd71d2e62acc824.txt L66; 003_970f52aaeeda3f0a.txt L2670-2673).
case-tr-man-fears-return-title = Construction worker, passport taken, working off a "debt"
case-tr-man-fears-return-vignette = I came on the skilled worker status to work on a construction site. The boss took my passport; we work 14 hours and get almost nothing because of a "debt". I want to report them. I want to go home, but people there who lent my family money will hurt me if I come back without it. I am a man, 38.
case-tr-man-fears-return-notes = Fear of return does not rule out going home, but legal help comes first: a person who may be harmed if returned may be protected in Japan (004_ec95494c84c58a00.txt L1504-1546). He wishes to go home, so IOM stays: before any return it checks his safety through its office in his country (https://japan.iom.int/trafficking/anti-trafficking-japan). Forced labour: police station and the labour inspection office (000_9cd71d2e62acc824.txt L52). He is a man: women's shelters do not apply.
case-tr-intern-passport-title = Intern whose passport is kept, locked in at night
case-tr-intern-passport-vignette = I am a technical intern from abroad, 22, a man. The company keeps my passport and locks the dormitory at night. They say if I complain they will send me home. I want to report them, but I want to stay and work in Japan. I need a place to stay.
case-tr-intern-passport-notes = Technical intern in forced labour: OTIT, the labour inspection office and immigration act together (000_9cd71d2e62acc824.txt L59); trainees are told of OTIT's consulting counter (004_ec95494c84c58a00.txt L468). He does not wish to return: no IOM.
case-tr-anonymous-tip-title = A delivery worker who saw women who seem not free
case-tr-anonymous-tip-vignette = I deliver to a massage shop near the station. The women there never go out, the windows are covered, and a man always watches them. I think they are not free. I don't know who they are or where they come from. I don't want to give my name.
case-tr-anonymous-tip-notes = A third party with a suspicion: the police Anonymous Reporting Dial takes reports of suspected trafficking (003_970f52aaeeda3f0a.txt L2403-2421); police consultation and anonymous hotlines respond so that cases are not overlooked (003_970f52aaeeda3f0a.txt L2662-2668). Most answers are unknown; the trainee should not insist.
case-tr-undecided-no-police-title = Escaped being made to sell sex, will not go to the police
case-tr-undecided-no-police-vignette = I came from abroad on a valid visa. A man who promised me a job made me sell sex in an apartment. I got away last week and stay with a friend. I am 27. I will not go to the police, and I don't want anyone to know my name. Maybe I want to go home; I am not afraid there.
case-tr-undecided-no-police-notes = No police: victim support instead (003_970f52aaeeda3f0a.txt L2579-2585). She wants anonymity, but the Anonymous Reporting Dial takes tips from the public and is not a counselling line (003_970f52aaeeda3f0a.txt L2403-2421): sending her there is a must-not. Immigration for her status (000_9cd71d2e62acc824.txt L63). Considering return: IOM return and reintegration (000_9cd71d2e62acc824.txt L66). Referring her to the police station against her wish is a must-not.

## Labour

case-lb-intern-wages-title = Intern not paid for overtime
case-lb-intern-wages-vignette = I am a technical intern, a man, 25, from abroad. For four months the company has not paid my overtime. My supervisor says this is normal. I am not in danger; I just want my money.
case-lb-intern-wages-notes = Labour problem of a technical intern: OTIT's native-language consultation (004_ec95494c84c58a00.txt L468), the labour inspection office and the line for foreign workers (000_9cd71d2e62acc824.txt L57-59). No signs of trafficking: no police, no immigration.
case-lb-japanese-wages-title = Last month's wages never paid
case-lb-japanese-wages-vignette = I am Japanese, 45. My last employer never paid my final month's wages and now does not answer the phone. I want to know what I can do.
case-lb-japanese-wages-notes = Unpaid wages: the labour inspection office (000_9cd71d2e62acc824.txt L57-59) and the labour conditions hotline (https://www.check-roudou.mhlw.go.jp/lp/hotline/hotline_eng.html). Services for foreign workers must not appear for a Japanese client.
case-lb-intern-change-employer-title = Intern who wants to change employer
case-lb-intern-change-employer-vignette = I am a technical intern from abroad, a woman, 23. My employer shouts at me every day and made me work on holidays. I want to change to another company. What happens to my visa if I leave? I don't want to go home, and I am not afraid of anything there.
case-lb-intern-change-employer-notes = Changing employer is not normally allowed for interns, and abuses have occurred (004_ec95494c84c58a00.txt L45): OTIT, plus immigration information for her status (004_ec95494c84c58a00.txt L997-999). She has a valid status: no immigration bureau, no return.

## Status of residence

case-fr-visa-renewal-title = Unsure which papers extend her period of stay
case-fr-visa-renewal-vignette = I came from abroad and live here with a valid status. My period of stay ends in two months and I don't understand which papers I need to extend it. I am a woman, 35. Nothing bad happened; I am just worried.
case-fr-visa-renewal-notes = Procedures: the immigration information centers and FRESC (004_ec95494c84c58a00.txt L997-999), and the local one-stop counter for daily life (004_ec95494c84c58a00.txt L949). Nothing here calls for the bureau's enforcement side or for return.
case-fr-overstay-fears-return-title = Overstayed, her life in danger if she goes back
case-fr-overstay-fears-return-vignette = My visa ended three years ago and I stayed. I am a woman, 40, from abroad. In my country, my family's enemies said they would kill me if I come back. I want to know if I can stay legally.
case-fr-overstay-fears-return-notes = Overstay with fear of return: legal help and the refugee or complementary protection procedures first (004_ec95494c84c58a00.txt L1504-1546); voluntary appearance is now a positive factor for special permission to stay (004_ec95494c84c58a00.txt L1268-1280). Return assistance must not appear.

## Discrimination

case-di-foreign-housing-title = Refused flats for being foreign
case-di-foreign-housing-vignette = I am from abroad and live here legally, a man, 33. Three real estate agents told me "no foreigners" for every apartment I asked about. I want to know if this is allowed.
case-di-foreign-housing-notes = Discrimination against a foreign national: the human rights bodies of the Ministry of Justice take these cases (001_336938581adf79a7.txt L42-46), in foreign languages (000_9cd71d2e62acc824.txt L53); Houterasu's multilingual service for legal options.
case-di-japanese-woman-work-title = Moved to a worse job after telling her boss she is pregnant
case-di-japanese-woman-work-vignette = I am Japanese, 38, a woman. After I told my boss I was pregnant, I was moved to a worse job and he makes comments about women in front of everyone. I want to know my rights.
case-di-japanese-woman-work-notes = A woman treated unfairly: the Women's Rights Hotline of the Ministry of Justice (https://www.moj.go.jp/JINKEN/jinken108.html); Houterasu for legal options (003_970f52aaeeda3f0a.txt L2845-2882). She is Japanese: the foreign-language line must not appear.

## Sexual images online

case-oi-ex-partner-photos-title = Intimate photos posted by her ex-boyfriend
case-oi-ex-partner-photos-vignette = My ex-boyfriend posted intimate photos of me on a website after we broke up. I am Japanese, 27. I want them deleted. I don't want to involve the police.
case-oi-ex-partner-photos-notes = Deletion: the police or the Internet Hotline Center request it from the site (003_970f52aaeeda3f0a.txt L2145-2147). She does not want the police: no police consultation line.
case-oi-age-unknown-police-title = A girl, age not given, whose nude pictures are spread
case-oi-age-unknown-police-vignette = A girl shows staff her phone: someone is spreading nude pictures of her in a group chat. She is Japanese but will not say her age. She wants the police to stop it.
case-oi-age-unknown-police-notes = Age unknown with sexual images: the child route stays open (003_970f52aaeeda3f0a.txt L2486-2498). She wants the police: the #9110 consultation line takes child sexual exploitation cases (003_970f52aaeeda3f0a.txt L2354-2366); and deletion through the Internet Hotline Center.

## Domestic violence

case-dv-foreign-wife-title = Wife hit by her husband, threatened with her visa
case-dv-foreign-wife-vignette = I am from abroad, married to a Japanese man, with a spouse visa. He hits me and says he will have my visa cancelled. I am a woman, 30. I need somewhere safe tonight. Maybe I will tell the police, I don't know. I am not afraid of going back home, but I want to stay here.
case-dv-foreign-wife-notes = DV of a foreign wife: the Women's Counseling and Support Center and DV Sodan+ (003_970f52aaeeda3f0a.txt L2715-2729); undecided about the police: #9110; the local one-stop counter for life questions (004_ec95494c84c58a00.txt L949). No return, no immigration bureau: her status is valid.
case-dv-man-shelter-title = A man who cannot go home tonight because of his wife's violence
case-dv-man-shelter-vignette = I am a man, Japanese, 41. My wife hits me and threatens me with a knife when she is angry. I can't go home tonight. I don't want to go to the police.
case-dv-man-shelter-notes = DV of a man: DV Sodan+ is for every victim (https://www.gender.go.jp/policy/no_violence/e-vaw/index.html), and crime victim support (003_970f52aaeeda3f0a.txt L2579-2606). Women's services and the Women's Rights Hotline must not appear.

## Several concerns

case-mu-intern-raped-kept-title = Intern kept on a farm, raped by her employer
case-mu-intern-raped-kept-vignette = I am a technical intern from abroad, a woman, 24. My employer keeps my passport and I cannot leave the farm. Yesterday he raped me. I don't know about the police. I am thinking about going home; I am not afraid there. I need a safe place now.
case-mu-intern-raped-kept-notes = Several routes at once: forced labour of an intern (OTIT, inspection, immigration: 000_9cd71d2e62acc824.txt L59), rape within 72 hours (One-Stop Support Center and the police victim line: 000_9cd71d2e62acc824.txt L65), possible return (IOM: 000_9cd71d2e62acc824.txt L66). The trainee must tick both concerns.
case-mu-mother-and-child-title = Husband now hits their daughter too; leaving with her tonight
case-mu-mother-and-child-vignette = I am Japanese, 36. My husband beats me, and now he has started hitting our daughter too. I want to leave with her tonight. I don't want the police.
case-mu-mother-and-child-notes = DV and child abuse: protection for the mother with her child (003_970f52aaeeda3f0a.txt L2725-2729) and the Child Guidance Center for the child (003_970f52aaeeda3f0a.txt L2508-2512). Both concerns must be ticked.
