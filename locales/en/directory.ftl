# Texts of the referral directory (data/directory.toml).
# Sources and "checked on" dates are in directory.toml. What no source confirmed is called unconfirmed.

## 110

service-police_emergency-name = Police emergency call 110
service-police_emergency-hours = 24 hours a day.
service-police_emergency-expect = For a crime or danger happening right now. The call is free. Some prefectural police add an interpreter to the call (three-way call), but the languages and hours depend on the prefecture.

## 119

service-ambulance_fire-name = Fire and ambulance emergency call 119
service-ambulance_fire-hours = 24 hours a day, 365 days a year.
service-ambulance_fire-expect = For fire, sudden illness, injury or rescue. The call and the ambulance ride are free. Many fire departments add an interpreter to the call: tell a caller who does not speak Japanese to say the name of their language in English or in their own language, and to stay on the line even if there is silence or music while the interpreter is connected.

## Police station

service-police_station-name = Nearest police station
service-police_station-hours = Varies by station. There is no national number or opening time; find the nearest station and its contact details through the prefectural police.
service-police_station-expect = Victims of human trafficking, and people with information about it, are asked to go to or call the nearest police station (110 in an emergency). A foreign victim can also go to the Regional Immigration Services Bureau. Children and parents can also consult the juvenile section of the police station.

## #9110

service-police_consult_9110-name = Police consultation line #9110
service-police_consult_9110-hours = Usually weekdays 8:30–17:15, but it varies by prefecture. At night and on holidays a duty officer or a recorded message answers; some prefectures take calls 24 hours.
service-police_consult_9110-expect = For police matters that are not emergencies, such as stalking, domestic violence, fraud or trouble with neighbours. The call goes to the police consultation desk of the prefecture it is made from. The consultation is free but the caller pays for the call, and foreign-language support depends on the prefecture.

## #8103

service-police_sexual_crime_8103-name = Sexual crime victim consultation line #8103 ("Heart-san")
service-police_sexual_crime_8103-hours = 24 hours a day (nationwide since April 2019).
service-police_sexual_crime_8103-expect = Connects to the sexual crime consultation line of the prefectural police where the call is made. Victims of any gender can call, and so can family members or supporters. Some prefectures accept anonymous consultation (e.g. Ibaraki), and some say the caller can ask for a female officer (e.g. Nagasaki).

## #8891

service-onestop_8891-name = One-Stop Support Center for Victims of Sexual Crimes and Sexual Violence (#8891)
service-onestop_8891-hours = The hours of the center the call reaches (some centers are open 24 hours, 365 days). When a center is closed at night or on a holiday, a Cabinet Office call center takes the call (described in 2022; whether it still runs is unconfirmed).
service-onestop_8891-expect = Connects to the One-Stop Support Center of the prefecture the call is made from. Victims of sexual violence of any age or gender can call, and so can family members or supporters. The center can arrange medical care (emergency contraception, tests for sexually transmitted infections, evidence collection), counselling, and someone to go with the victim to the police or to legal advice.

## 189

service-child_guidance_189-name = Child Guidance Center child-abuse dial 189
service-child_guidance_189-hours = 24 hours a day.
service-child_guidance_189-expect = Anyone who thinks a child may be abused can call; the call goes to the nearest Child Guidance Center. The report can be anonymous, and who called and what was said are kept confidential. The center can take the child into temporary protective custody, help with medical care and provide counselling by child psychologists; harm such as sexual abuse is reported to the police once confirmed.

## Children SOS

service-children_sos_24h-name = 24-hour Children SOS Dial (Ministry of Education)
service-children_sos_24h-hours = 24 hours a day, including nights and holidays.
service-children_sos_24h-expect = A free line where children and their parents or guardians can talk about bullying or any other trouble. The call goes to the consultation line of the board of education of the area it is made from.

## Children's Rights Hotline

service-childrens_rights_hotline-name = Children's Rights Hotline (Kodomo no Jinken, Ministry of Justice)
service-childrens_rights_hotline-hours = Weekdays 8:30–17:15. During the yearly promotion week (e.g. 27 August – 2 September 2025) weekdays until 19:00, and Saturday and Sunday 10:00–17:00.
service-childrens_rights_hotline-expect = A free Ministry of Justice line about children's rights, such as bullying, corporal punishment or abuse; children can call, and so can adults worried about a child. Legal Affairs Bureau staff or Human Rights Volunteers answer and keep what is said confidential. Consultation is also possible by LINE (@linejinkensoudan) and by email.

## Anonymous Reporting Dial

service-anonymous_reporting_dial-name = Anonymous Reporting Dial (National Police Agency)
service-anonymous_reporting_dial-hours = Phone on weekdays only. Sources disagree on the times (9:30–18:15 in the official FAQ, 10:00–17:00 in a news report), so check first. Reports through the web form on the official site are taken at any time.
service-anonymous_reporting_dial-expect = For passing information on human trafficking, paying a child for sex or child sexual abuse material, child abuse and other crimes to the police without giving a name; it is not a counselling line. No personal details are asked and the caller's number is not shown; the caller gets a receipt number and a PIN to follow up. If the information helps an arrest or the protection of a victim, a fee may be paid (up to 100,000 yen; up to 1,000,000 yen for information that helps break up a criminal organisation), but not to the victim of the reported crime.

## IOM

service-iom_japan-name = International Organization for Migration (IOM) Japan
service-iom_japan-hours = Monday to Friday 9:00–12:30 and 13:30–17:00, except IOM holidays. The number and hours come from one undated source only.
service-iom_japan-expect = Helps foreign victims of human trafficking who are under protection to return home, and supports them after return (work and vocational training, legal help, medical costs, counselling). It is for people protected as victims by the police, the immigration authorities or similar bodies. There is also a voluntary return programme for some people with a deportation order who need humanitarian consideration and fear life after return.

## Regional Immigration Services Bureau

service-immigration_bureau-name = Regional Immigration Services Bureau
service-immigration_bureau-hours = Varies by bureau and office. Addresses, contact details and opening hours are on the Immigration Services Agency website.
service-immigration_bureau-expect = Handles extension and change of status of residence, special permission to stay, and applications for refugee status or complementary protection. For foreign victims of human trafficking under protection it considers a change of status or special permission to stay; interviews are held in the victim's own language where possible, and women are interviewed by female staff. A person without status who comes forward voluntarily has this counted in their favour when special permission to stay is decided (guidelines revised March 2024).

## Immigration Information Center

service-isa_information_center-name = Immigration Information Center (Immigration Services Agency)
service-isa_information_center-hours = Weekdays 8:30–17:15.
service-isa_information_center-expect = Answers questions by phone about entry and residence procedures and status of residence. It works in 17 languages including Japanese (as of July 2021). Questions by email are answered in Japanese and English.

## FRESC

service-fresc-name = Foreign Residents Support Center (FRESC)
service-fresc-hours = Weekdays 9:00–17:00 (closed weekends, holidays and 29 December – 3 January). The Help Desk also ran on weekdays 9:00–17:00; whether it still runs is unconfirmed.
service-fresc-expect = A support center in Tokyo where the Tokyo Regional Immigration Services Bureau, the Legal Affairs Bureau's human rights department, Houterasu, the Tokyo Labour Bureau, Hello Work and others work together: consultation on extending or changing status of residence and on legal trouble. The counter works in 11 languages including Easy Japanese (2020–2021). It also answers questions from local governments' one-stop counters.

## Local one-stop counter

service-local_onestop_counter-name = Local government one-stop consultation counter for foreign residents
service-local_onestop_counter-hours = Varies by local government; some have no such counter.
service-local_onestop_counter-expect = A counter of the city, town or prefecture where foreign residents can ask about residence procedures, work, medical care, welfare, childbirth, child care and education, and be guided to the right place. Not every local government has one (259 received national funding for it in FY2024). Ask that local government about languages and opening hours.

## Women's Counseling and Support Center

service-women_support_center-name = Women's Counseling and Support Center (#8778)
service-women_support_center-hours = Varies by prefecture (e.g. the Hokkaido center: weekdays 9:00–17:00). #8778 reaches the center of the prefecture the call is made from, during that center's hours.
service-women_support_center-expect = The prefecture's Women's Counseling and Support Center (called Women's Consulting Office until March 2024) takes consultations from women about domestic violence, sexual harm, stalking, human trafficking, poverty and family problems, and can give temporary protection (a safe place to stay), also for children who come with them. Female trafficking victims are protected regardless of nationality and age, with living support, interpretation and medical care. The caller pays for the #8778 call.

## DV Sodan Plus

service-dv_sodan_plus-name = DV Sodan Plus (DV Consultation Plus, Cabinet Office)
service-dv_sodan_plus-hours = Phone and email 24 hours; chat 12:00–22:00.
service-dv_sodan_plus-expect = A free national line about violence by a spouse or partner. The phone line is in Japanese only. In 10 foreign languages, consultation is by chat on the website (12:00–22:00), and e-mail can follow the chat (10 languages at the 2020 launch and on local government pages of 2024; another government page says 11). Counsellors can arrange someone to go with the victim and emergency accommodation.

## Yorisoi Hotline

service-yorisoi_hotline-name = Yorisoi Hotline
service-yorisoi_hotline-hours = 24 hours a day, 365 days a year. Foreign-language consultation daily 10:00–22:00, with languages changing by day and time (information from about 2015; current hours and languages unconfirmed).
service-yorisoi_hotline-expect = A free line (also from mobile and public phones) for any worry: hardship in daily life, thoughts of suicide, domestic or sexual violence, sexual minorities, problems of foreigners. For a foreign language, press 2 after the announcement. Callers in Iwate, Miyagi and Fukushima have their own number.

## Houterasu

service-houterasu-name = Houterasu support dial (Japan Legal Support Center)
service-houterasu-hours = Weekdays 9:00–21:00, Saturday 9:00–17:00 (closed Sundays, holidays and New Year). The Crime Victim Support Dial has the same hours (2021 information).
service-houterasu-expect = Tells callers which legal system or consultation service fits their problem (the operators do not give individual legal advice). Crime victims and their families can use the Crime Victim Support Dial to be introduced to lawyers experienced in supporting victims, however long ago the crime was. Victims who cannot afford a lawyer can get help with the fees, and victims of child abuse get legal consultation whatever their income.

## Houterasu multilingual

service-houterasu_multilingual-name = Houterasu Multilingual Information Service
service-houterasu_multilingual-hours = Monday to Friday 9:00–17:00.
service-houterasu_multilingual-expect = Houterasu's line for foreign nationals, in 10 languages (English, Chinese, Korean, Spanish, Portuguese, Vietnamese, Tagalog, Nepali, Thai, Indonesian): an interpreter answers and joins the nearest Houterasu office in a three-way call, to explain the legal system and where to get help on debt, divorce, work, accidents, status of residence or disasters. Free legal consultation with a lawyer is only for people with an address in Japan, a lawful status of residence and low income: a person without status of residence cannot get it. It cannot be called from abroad. People who speak Japanese use the Houterasu support dial.

## Crime victim support center

service-victim_support_center-name = National Network for Victim Support — Crime Victims Telephone Support Center
service-victim_support_center-hours = The national line: 7:30–22:00 (2019; days not confirmed). Most local victim support centers: weekdays 10:00–16:00 (2019).
service-victim_support_center-expect = Victims of crime or accidents, bereaved families and relatives can get free support; there are 48 victim support centers across the prefectures. They offer counselling by phone or in person, go with the victim to the police, prosecutors, court or hospital, and help with applications; what is said stays confidential. If the victim agrees, the police can pass their contact details to a center, also when the victim does not want to take legal action.

## OTIT native-language consultation

service-otit_native_language-name = Organization for Technical Intern Training (OTIT) native-language consultation
service-otit_native_language-hours = Set days for each language, 11:00–19:00 (handbook of about 2020). Another list also shows 9:00–17:00 (apparently Saturdays) and different days, so check first.
service-otit_native_language-expect = Free consultation in their own language for technical intern trainees, about work, wages and overtime, being forced to go home, and daily life. Each language has its own number and days. Help in Burmese and Mongolian was announced, but no number for them is confirmed, nor for OTIT's emergency line for violence and threats (opened April 2021).

## Labour Standards Inspection Office

service-labour_standards_office-name = Labour Standards Inspection Office
service-labour_standards_office-hours = Mostly weekdays 8:30–17:15 (e.g. the Ichinomiya office); check with the local office.
service-labour_standards_office-expect = The local office that deals with unpaid wages or overtime, dismissal and work accidents. Labour law protects foreign workers whatever their nationality. Some labour bureaus and offices have interpreters on set days.

## Consultation Dial for Foreign Workers

service-labour_foreign_workers_hotline-name = Consultation Dial for Foreign Workers (Ministry of Health, Labour and Welfare)
service-labour_foreign_workers_hotline-hours = Hours unconfirmed (English is listed for Monday to Friday; the times are not confirmed).
service-labour_foreign_workers_hotline-expect = Foreign workers can ask about working conditions; the line explains the law and refers them to the right office. Numbers are confirmed for English, Chinese, Portuguese and Spanish only. Help in Tagalog, Vietnamese, Burmese and Nepali was announced, but no number for those languages is confirmed. The caller pays for the call.

## Labour Conditions Hotline

service-labour_conditions_hotline-name = Labour Conditions Consultation Hotline (Ministry of Health, Labour and Welfare)
service-labour_conditions_hotline-hours = Monday to Friday 17:00–22:00; Saturday, Sunday and holidays 9:00–21:00 (closed 29 December – 3 January): the times when Labour Standards Inspection Offices are closed.
service-labour_conditions_hotline-expect = Free advice, anonymous if wanted, for workers and employers anywhere in Japan about illegal overtime, overwork and unpaid wages. It advises and refers; it does not act against employers. The confirmed number is the Japanese line. Foreign-language lines were announced (8 languages from April 2019, more later), but their numbers change with the contractor and no current one is confirmed: check the ministry's page before giving one.

## Internet Hotline Center

service-internet_hotline_center-name = Internet Hotline Center Japan
service-internet_hotline_center-hours = A web report form (a statement that it is open 24 hours is unconfirmed).
service-internet_hotline_center-expect = Takes reports, also anonymous, of illegal content online such as child sexual abuse material, obscene images, prostitution solicitation or drug sales. It asks the site to delete the content and informs the police; it is not a counselling service and does not handle defamation or privacy. For removing intimate images of the person shared without their consent use Safe Line, run by the same organisation; threats to life go to 110.

## Foreign-language Human Rights Hotline

service-foreign_language_human_rights_hotline-name = Foreign-language Human Rights Hotline (Ministry of Justice)
service-foreign_language_human_rights_hotline-hours = Weekdays 9:00–17:00 (except New Year).
service-foreign_language_human_rights_hotline-expect = Foreign residents facing discrimination, bullying, refusal of housing or service or other human rights problems can consult in 10 languages. An interpreter joins a three-way call with the competent Legal Affairs Bureau. The consultation is free; the caller pays for the call.

## Women's Rights Hotline

service-womens_rights_hotline-name = Women's Rights Hotline (Ministry of Justice)
service-womens_rights_hotline-hours = Weekdays 8:30–17:15. During the yearly week in November (e.g. 13–19 November 2024) weekdays until 19:00, and Saturday and Sunday 10:00–17:00.
service-womens_rights_hotline-expect = A Ministry of Justice line about violence by a husband or partner, sexual harassment at work, stalking and other human rights problems affecting women; Legal Affairs Bureau staff or Human Rights Volunteers answer and keep what is said confidential. The consultation is free; the caller pays for the call. It works in Japanese: for other languages, refer to the Foreign-language Human Rights Hotline.

## Contact notes

contact-note-ntt-hikari = From NTT Hikari phone lines. In Miyagi: 0120-556-460; in Saitama: 0120-31-8341; in Kochi: 0120-835-350.
contact-note-some-ip-phones = Some IP phones cannot get through (or are charged); then call the local office's own number.
contact-note-9110-lines = Does not work from dial (pulse) phones and some IP phones; then call the prefectural police's consultation number.
contact-note-no-ip-phone = Cannot be reached from IP phones.
contact-note-no-ip-phone-moj = Cannot be reached from IP phones; then call the nearest Legal Affairs Bureau.
contact-note-8778-lines = Cannot be reached from some lines in parts of Iwate, Niigata, Kyoto, Hyogo, Fukuoka, Oita and Okinawa; then call the prefecture's center directly.
contact-note-alt-ip-overseas = From IP phones or from abroad
contact-note-alt-ip-prepaid-overseas = From IP phones, prepaid mobiles or from abroad
contact-note-alt-ip-prepaid = From IP phones or prepaid mobiles
contact-note-houterasu-victim = Crime Victim Support Dial (for crime victims and their families)
contact-note-yorisoi-foreign = Foreign languages: press 2 after the announcement
contact-note-yorisoi-tohoku = For callers in Iwate, Miyagi and Fukushima (not a foreign-language line)
contact-note-fresc-helpdesk = FRESC Help Desk (free). It was set up as a temporary line: check that it still runs.
contact-note-isa-office-list = Immigration Services Agency website (addresses, contact details and hours of each office)
contact-note-otit-vi = Vietnamese: Monday to Friday
contact-note-otit-zh = Chinese: Monday, Wednesday, Friday
contact-note-otit-id = Indonesian: Tuesday, Thursday
contact-note-otit-fil = Filipino: Tuesday, Saturday (another list says Tuesday, Thursday)
contact-note-otit-en = English: Tuesday, Saturday (another list says Tuesday, Thursday)
contact-note-otit-th = Thai: Thursday, Saturday
contact-note-otit-km = Khmer (Cambodian): Thursday
contact-note-mhlw-fw-en = English (Monday to Friday)
contact-note-lang-zh = Chinese
contact-note-lang-pt = Portuguese
contact-note-lang-es = Spanish
contact-note-check-roudou = Ministry page with the current foreign-language numbers and hours
contact-note-safe-line = Safe Line: asks sites to remove intimate images of the person, child sexual abuse images and bullying images (same organisation).
contact-note-tokumei-web-form = Official site: the anonymous web report form is there (any time).
contact-note-dv-plus-chat = Website: chat 12:00–22:00 in Japanese and 10 foreign languages (choose the language on the site); e-mail can follow the chat.
contact-note-dv-plus-mail = E-mail form (in Japanese), 24 hours. In another language, start with the chat.

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = DV consultation navigation #8008 ("Harereba")
service-dv_navi_8008-hours = The hours of the center the call reaches; outside them the call is not answered. There is no national number that answers at night (DV Sodan+ answers by phone 24 hours).
service-dv_navi_8008-expect = Connects to the nearest Spousal Violence Counseling and Support Center of the prefecture the call is made from. Victims of violence by a spouse or partner can call, whatever their gender. The center gives advice and counselling and information on protection orders and on living independently, and arranges temporary protection (a safe place) for the victim and those who come with them. For women this is usually through the Women's Counseling and Support Center. For men and people of other genders no prefecture runs a public shelter: in a 2024 survey, 11 of 47 prefectures had places for men secured through private bodies, and 7 had a DV line for men only. Ask the center what exists in the prefecture. The caller pays for the call.
service-human_rights_110-name = Everyone's Human Rights Hotline (Minna no Jinken, Ministry of Justice)
service-human_rights_110-hours = Weekdays 8:30–17:15 (not on holidays or from 29 December to 3 January). The consultation form on the website can be sent at any time.
service-human_rights_110-expect = For anyone, about discrimination, abuse, harassment, defamation or privacy violations online, and other human rights problems. The call goes to the nearest Legal Affairs Bureau, where its staff or Human Rights Volunteers answer and keep what is said confidential. If rights may have been violated, the bureau can look into it and act, for example by asking a website or provider to delete a post. The consultation is free but the caller pays for the call. In Japanese; for other languages there is the Foreign-language Human Rights Hotline.
service-cure_time-name = Cure Time: chat and e-mail consultation on sexual violence (Cabinet Office)
service-cure_time-hours = Chat in the evening (17:00–21:00 in sources from 2022 to 2024), e-mail at other times. The schedule has changed over the years: check the website.
service-cure_time-expect = Chat or e-mail on the website without giving a name: only a nickname, an age group and the area are asked, and no social media account is needed. For victims of sexual violence of any age and gender, also when it happened long ago, and for anyone who finds it hard to phone. Specialist counsellors work with doctors, nurses, social workers and lawyers; they can explain emergency contraception and find the nearest One-Stop Support Center. Chat in foreign languages is accepted, but which languages is not confirmed.
service-police_juvenile_consultation-name = Police juvenile consultation ("Young Telephone Corner" or another name in each prefecture)
service-police_juvenile_consultation-hours = Depends on the prefecture (e.g. 24 hours in Tokyo, with a duty officer at night; weekdays 9:00–17:00 in Mie). There is no national number.
service-police_juvenile_consultation-expect = Every prefectural police has a telephone line where children, and parents, teachers or others worried about a child, can talk about crime, abuse, bullying, trouble at home or anything else. Anonymous consultation is accepted. Specialist staff and police officers answer, and a meeting in person is possible. The number is the prefecture's own (free of charge in some): look it up on the prefectural police website, or add it to this desk's local list.
service-childrens_rights_sos_email-name = Children's Rights SOS e-mail (Ministry of Justice)
service-childrens_rights_sos_email-hours = The form on the website can be sent 24 hours a day; the answer comes later.
service-childrens_rights_sos_email-expect = A child can write about bullying, abuse, corporal punishment or other trouble in a form on the Ministry of Justice website, without having to phone. Staff of the Legal Affairs Bureau or Human Rights Volunteers answer and keep what is written confidential. Free of charge.
contact-note-8008-lines = The caller pays for the call. Some IP phones, and NTT analogue or Hikari lines in some areas, cannot get through.
contact-note-moj-internet-consultation = Internet human rights consultation form (can be sent any time; the answer comes later)
contact-note-juvenile-per-prefecture = Per prefecture: the prefectural police's own number (find it on its website; a desk can add it to its local list)
