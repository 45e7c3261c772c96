# Mga teksto ng direktoryo ng mga maaaring lapitan (data/directory.toml) — Filipino (fil).
# Nasa bawat entry ng directory.toml ang mga pinagmulan at petsa ng pagsuri. Ang hindi pa kumpirmado ay isinusulat na "hindi pa kumpirmado".

## 110

service-police_emergency-name = 110 (emergency na tawag sa pulis)
service-police_emergency-hours = Tumatanggap 24 oras.
service-police_emergency-expect = Tumawag kapag may krimeng nangyayari ngayon, o kapag nasa panganib ang inyong kaligtasan. Libre ang tawag. May mga prefectural police na tumutugon sa wikang banyaga sa pamamagitan ng three-way call na may interpreter, pero magkakaiba ang mga wika at oras depende sa prefecture.

## 119

service-ambulance_fire-name = 119 (bumbero at ambulansya)
service-ambulance_fire-hours = Tumatanggap 24 oras, 365 araw.
service-ambulance_fire-expect = Tumawag kapag may sunog, biglaang sakit, sugat, o kailangan ng rescue. Libre ang tawag at ang paghatid sa ambulansya. Sa maraming fire department, puwedeng mag-three-way call na may interpreter: sabihan ang taong nagsasalita ng wikang banyaga na sabihin ang pangalan ng kanyang wika sa Ingles o sa sariling wika, at huwag ibaba ang telepono at maghintay, kahit tahimik o may tugtog habang ikinokonekta sa interpreter.

## Istasyon ng pulis

service-police_station-name = Pinakamalapit na istasyon ng pulis
service-police_station-hours = Magkakaiba depende sa istasyon. Walang pambansang numero o oras ng pagtanggap, kaya alamin ang lokasyon at contact details sa prefectural police.
service-police_station-expect = Ang mga biktima ng human trafficking, at ang mga may impormasyon tungkol dito, ay pinapayuhang pumunta o tumawag sa pinakamalapit na istasyon ng pulis (110 kapag emergency). Ang mga dayuhang biktima ay maaari ring kumonsulta sa Regional Immigration Services Bureau. Ang mga bata at magulang ay maaari ring kumonsulta sa juvenile section (konsultasyon para sa kabataan) ng istasyon ng pulis.

## #9110

service-police_consult_9110-name = Police consultation line "#9110"
service-police_consult_9110-hours = Karaniwang mga araw ng trabaho 8:30–17:15, pero magkakaiba depende sa prefecture. Sa gabi at sa mga araw na walang pasok, duty officer o naka-record na mensahe ang sasagot; may mga prefecture na tumatanggap 24 oras.
service-police_consult_9110-expect = Para sa konsultasyon sa pulis tungkol sa mga bagay na hindi emergency, gaya ng stalking, karahasan sa tahanan (DV), panloloko, o problema sa kapitbahay. Kumokonekta ito sa konsultasyon ng prefectural police ng lugar kung saan tumawag. Libre ang konsultasyon pero ang tumatawag ang magbabayad ng tawag, at magkakaiba depende sa prefecture ang serbisyo sa wikang banyaga.

## #8103

service-police_sexual_crime_8103-name = Pambansang numero ng konsultasyon para sa mga biktima ng sekswal na krimen "#8103 (ハートさん, Heart-san)"
service-police_sexual_crime_8103-hours = Tumatanggap 24 oras (24 oras sa buong bansa mula Abril 2019).
service-police_sexual_crime_8103-expect = Kumokonekta ito sa konsultasyon para sa sekswal na krimen ng prefectural police ng lugar kung saan tumawag. Puwedeng tumawag ang biktima anuman ang kasarian, pati ang kapamilya o tagasuporta. May mga prefecture na tumatanggap ng anonimong konsultasyon (hal. Ibaraki), at may mga nagsasabing puwedeng humiling na babaeng pulis ang kumausap (hal. Nagasaki).

## #8891

service-onestop_8891-name = One-Stop Support Center para sa mga Biktima ng Sekswal na Krimen at Sekswal na Karahasan (pambansang numero "#8891")
service-onestop_8891-hours = Ang oras ng center na makokonekta ang tawag (may mga center na bukas nang 24 oras, 365 araw). Kapag sarado ang center sa gabi o sa holiday, isang call center ng Cabinet Office ang sumasagot (inilarawan noong 2022; hindi pa kumpirmado kung gumagana pa ito).
service-onestop_8891-expect = Kumokonekta ito sa One-Stop Support Center ng prefecture kung saan tumawag. Puwedeng tumawag ang mga biktima ng sekswal na karahasan anuman ang edad o kasarian, pati ang kapamilya o tagasuporta. Maaari silang ikonekta sa medikal na pangangalaga (emergency contraception, pagsusuri para sa sexually transmitted infection, pagkuha ng ebidensya), pangangalaga sa kalooban, at sa taong sasama sa kanila sa pulis o sa legal na konsultasyon.

## 189

service-child_guidance_189-name = Dial para sa pang-aabuso sa bata ng Child Guidance Center "189 (いちはやく, Ichihayaku)"
service-child_guidance_189-hours = Tumatanggap 24 oras.
service-child_guidance_189-expect = Kapag may hinalang inaabuso ang isang bata, kahit sino ay puwedeng tumawag; kumokonekta ito sa pinakamalapit na Child Guidance Center. Puwedeng mag-ulat nang anonimo, at inililihim kung sino ang nag-ulat at ang sinabi niya. Kapag kailangan, pansamantalang kinukupkop ng center ang bata, tumutulong sa pagpapagamot, at nagbibigay ng counseling mula sa psychologist; ang pinsala gaya ng sekswal na pang-aabuso ay ipinaaalam sa pulis kapag nakumpirma.

## 24-oras na Children SOS Dial

service-children_sos_24h-name = 24-oras na Children SOS Dial (24時間子供SOSダイヤル, Ministry of Education)
service-children_sos_24h-hours = Tumatanggap 24 oras, kasama ang gabi at mga araw na walang pasok.
service-children_sos_24h-expect = Libreng linya kung saan puwedeng kumonsulta ang mga bata at ang kanilang mga magulang o tagapag-alaga tungkol sa bullying o iba pang humihingi ng tulong (SOS). Kumokonekta ito sa konsultasyon ng board of education ng lugar kung saan tumawag.

## Children's Rights Hotline

service-childrens_rights_hotline-name = Children's Rights Hotline (Kodomo no Jinken, Ministry of Justice)
service-childrens_rights_hotline-hours = Mga araw ng trabaho 8:30–17:15. Sa taunang linggo ng kampanya (hal. Agosto 27 – Setyembre 2, 2025), pinahahaba hanggang 19:00 sa mga araw ng trabaho, at tumatanggap din sa Sabado at Linggo 10:00–17:00.
service-childrens_rights_hotline-expect = Libreng konsultasyon ng Ministry of Justice tungkol sa karapatan ng bata, gaya ng bullying, pisikal na parusa, o pang-aabuso; puwedeng tumawag ang bata mismo, pati ang mga nakatatandang nag-aalala para sa isang bata. Sumasagot ang staff ng Legal Affairs Bureau o ang mga Human Rights Volunteer, at inililihim ang sinabi. Puwede ring kumonsulta sa LINE (@linejinkensoudan) o email.

## Anonymous Reporting Dial

service-anonymous_reporting_dial-name = Anonymous Reporting Dial (National Police Agency)
service-anonymous_reporting_dial-hours = Sa telepono, tuwing weekday lang. Magkakaiba ang sinasabi ng mga source tungkol sa oras (9:30–18:15 sa opisyal na FAQ, 10:00–17:00 sa isang balita), kaya alamin muna. Sa web form ng opisyal na site, puwedeng mag-report anumang oras.
service-anonymous_reporting_dial-expect = Para maipasa sa pulis, nang hindi nagbibigay ng pangalan, ang impormasyon tungkol sa human trafficking, pagbabayad sa bata para sa sex o child sexual abuse material, pang-aabuso sa bata at iba pang krimen; hindi ito linya para sa konsultasyon. Walang hinihinging personal na detalye at hindi lumalabas ang numero ng tumatawag; binibigyan ang tumatawag ng receipt number at PIN para sa follow-up. Kung nakatulong ang impormasyon sa pag-aresto o sa pagprotekta sa biktima, maaaring magbayad ng pabuya (hanggang 100,000 yen; hanggang 1,000,000 yen para sa impormasyong tumutulong buwagin ang isang kriminal na grupo), pero hindi sa biktima ng iniulat na krimen.

## IOM

service-iom_japan-name = International Organization for Migration (IOM) Japan Office
service-iom_japan-hours = Lunes hanggang Biyernes, 9:00–12:30 at 13:30–17:00 (maliban sa mga holiday ng IOM). Ang numero at oras ay kumpirmado lamang sa iisang pinagmulan na walang petsa.
service-iom_japan-expect = Tinutulungan ang mga dayuhang biktima ng human trafficking na protektado na para makauwi sa sariling bansa at muling makabangon pagkauwi (trabaho at vocational training, legal na tulong, gastos sa pagpapagamot, counseling, at iba pa). Para ito sa mga taong protektado bilang biktima ng pulis, ng Immigration Services Agency, o ng katulad na ahensya. Mayroon ding tulong para sa kusang pag-uwi para sa ilang taong may deportation order na nangangailangan ng makataong konsiderasyon at nag-aalala sa buhay pagkauwi.

## Regional Immigration Services Bureau

service-immigration_bureau-name = Regional Immigration Services Bureau
service-immigration_bureau-hours = Magkakaiba depende sa bureau at sangay na opisina. Nasa website ng Immigration Services Agency ang lokasyon, contact details at oras ng pagtanggap.
service-immigration_bureau-expect = Humahawak ng pag-renew ng period of stay, pagpapalit ng status of residence, special permission to stay, at aplikasyon para kilalaning refugee o para sa complementary protection. Para sa mga dayuhang biktima ng human trafficking na protektado na, isinasaalang-alang ang pagpapalit ng status of residence o special permission to stay; ginagawa ang interview sa sariling wika ng biktima hangga't maaari, at babaeng staff ang mag-iinterview sa mga babae. Kapag ang taong walang status of residence ay kusang pumunta, itinuturing itong pabor sa kanya kapag pinagpapasyahan ang special permission to stay (guidelines na binago noong Marso 2024).

## Immigration Information Center

service-isa_information_center-name = Immigration Information Center (Immigration Services Agency)
service-isa_information_center-hours = Mga araw ng trabaho 8:30–17:15.
service-isa_information_center-expect = Sumasagot sa telepono sa mga tanong tungkol sa mga proseso ng pagpasok sa bansa at paninirahan, at sa status of residence. May serbisyo sa 17 wika, kasama ang Japanese (noong Hulyo 2021). Ang mga tanong sa email ay sinasagot sa Japanese at Ingles.

## FRESC

service-fresc-name = Foreign Residents Support Center (FRESC)
service-fresc-hours = Mga araw ng trabaho 9:00–17:00 (sarado sa Sabado, Linggo, mga pista opisyal, at Disyembre 29 – Enero 3). Ang Help Desk ay bukas din noon sa mga araw ng trabaho 9:00–17:00; hindi pa kumpirmado kung tumatakbo pa ito ngayon.
service-fresc-expect = Sentro ng suporta para sa mga dayuhan sa Tokyo, kung saan magkakasama ang Tokyo Regional Immigration Services Bureau, ang human rights department ng Tokyo Legal Affairs Bureau, ang Houterasu, ang Tokyo Labour Bureau, ang Hello Work, at iba pa: puwedeng kumonsulta tungkol sa pag-renew ng period of stay, pagpapalit ng status of residence, at mga legal na problema. May serbisyo ang counter sa 11 wika, kasama ang Easy Japanese (2020–2021). Sumasagot din ito sa mga tanong mula sa one-stop counter ng mga lokal na pamahalaan.

## One-stop counter ng lokal na pamahalaan

service-local_onestop_counter-name = One-stop consultation counter para sa mga dayuhan ng lokal na pamahalaan
service-local_onestop_counter-hours = Magkakaiba depende sa lokal na pamahalaan. May mga lokal na pamahalaang walang ganitong counter.
service-local_onestop_counter-expect = Counter ng lokal na pamahalaan kung saan puwedeng kumonsulta ang mga dayuhang residente tungkol sa mga proseso sa paninirahan, trabaho, pagpapagamot, welfare, panganganak, pag-aalaga ng anak, edukasyon, at iba pa, at maituro sa tamang lugar na maaaring lapitan. Hindi lahat ng lokal na pamahalaan ay mayroon nito (259 na lokal na pamahalaan ang nakatanggap ng pondo mula sa pambansang gobyerno para rito noong FY2024). Itanong sa lokal na pamahalaang iyon ang mga wika at oras ng pagtanggap.

## Women's Counseling and Support Center

service-women_support_center-name = Women's Counseling and Support Center (pambansang short dial "#8778")
service-women_support_center-hours = Magkakaiba depende sa prefecture (hal. ang center ng Hokkaido: mga araw ng trabaho 9:00–17:00). Ang #8778 ay kumokonekta sa center ng prefecture kung saan tumawag, kaya nakadepende ito sa oras ng pagtanggap ng center na iyon.
service-women_support_center-expect = Ang Women's Counseling and Support Center ng prefecture (tinawag na Women's Consulting Office, 婦人相談所, hanggang Marso 2024): puwedeng kumonsulta ang mga babae tungkol sa karahasan sa tahanan (DV), sekswal na pinsala, stalking, human trafficking, kahirapan sa pamumuhay, problema sa pamilya, at iba pa, at makatanggap ng pansamantalang proteksyon (ligtas na matutuluyan), kasama ang mga batang kasama nila. Ang mga babaeng biktima ng human trafficking ay pinoprotektahan anuman ang nasyonalidad o edad, at may tulong sa pamumuhay, interpretasyon, medikal na pangangalaga, at iba pa. Ang tumatawag ang magbabayad ng tawag sa #8778.

## DV Sodan Plus

service-dv_sodan_plus-name = DV Sodan Plus (DV相談+, Cabinet Office)
service-dv_sodan_plus-hours = Telepono at email 24 oras; chat 12:00–22:00.
service-dv_sodan_plus-expect = Libreng pambansang linya tungkol sa karahasan ng asawa o partner. Sa Japanese lang ang telepono. Sa 10 wikang banyaga, ang konsultasyon ay sa chat sa website (12:00–22:00), at puwedeng ituloy sa e-mail pagkatapos ng chat (10 wika noong simula noong 2020 at sa mga pahina ng lokal na pamahalaan noong 2024; may isa pang pahina ng gobyerno na nagsasabing 11). Puwede silang mag-ayos ng sasama sa biktima at ng pang-emergency na matutuluyan.

## Yorisoi Hotline

service-yorisoi_hotline-name = Yorisoi Hotline (よりそいホットライン)
service-yorisoi_hotline-hours = Tumatanggap 24 oras, 365 araw. Konsultasyon sa wikang banyaga araw-araw 10:00–22:00; nagbabago ang mga wika depende sa araw at oras (impormasyon mula noong mga 2015; hindi pa kumpirmado ang kasalukuyang oras at mga wika).
service-yorisoi_hotline-expect = Libreng linya (libre rin mula sa cellphone at pampublikong telepono) para kumonsulta tungkol sa kahit ano: hirap sa pang-araw-araw na buhay, mga alalahaning umaabot sa pag-iisip ng pagpapakamatay, DV at sekswal na karahasan, mga sexual minority, mga problema ng dayuhan, at iba pa. Para sa wikang banyaga, pindutin ang 2 pagkatapos ng anunsyo. May sariling numero ang mga tumatawag mula sa Iwate, Miyagi at Fukushima.

## Houterasu

service-houterasu-name = Houterasu Support Dial (法テラス・サポートダイヤル, Japan Legal Support Center)
service-houterasu-hours = Mga araw ng trabaho 9:00–21:00, Sabado 9:00–17:00 (sarado sa Linggo, mga pista opisyal, at sa katapusan at simula ng taon). Ganito rin ang oras ng Crime Victim Support Dial (impormasyon noong 2021).
service-houterasu-expect = Ipinapaliwanag kung aling legal na sistema o lugar ng konsultasyon ang bagay sa problema (hindi nagbibigay ang mga operator ng legal na payo para sa bawat kaso). Ang mga biktima ng krimen at kanilang pamilya ay puwedeng gumamit ng Crime Victim Support Dial para maipakilala sa abogadong may karanasan sa pagtulong sa mga biktima at iba pang tulong, gaano man katagal na ang nakalipas mula sa krimen. Ang mga biktimang kulang sa pera ay maaaring matulungan sa bayad sa abogado, at ang mga biktima ng pang-aabuso sa bata ay makakatanggap ng legal na konsultasyon anuman ang kanilang kita.

## Houterasu multilingual

service-houterasu_multilingual-name = Houterasu Multilingual Information Service (法テラス 多言語情報提供サービス)
service-houterasu_multilingual-hours = Lunes hanggang Biyernes, 9:00–17:00.
service-houterasu_multilingual-expect = Linya ng Houterasu para sa mga dayuhan, sa 10 wika (Ingles, Tsino, Koreano, Espanyol, Portuges, Vietnamese, Tagalog, Nepali, Thai, Indonesian): interpreter ang sumasagot at ikinokonekta ang pinakamalapit na opisina ng Houterasu sa isang three-way call, para ipaliwanag ang sistemang legal at kung saan hihingi ng tulong tungkol sa utang, diborsyo, trabaho, aksidente, status of residence o sakuna. Ang libreng legal na konsultasyon sa abogado ay para lang sa may address sa Japan, may legal na status of residence at mababa ang kita: hindi ito makukuha ng taong walang status of residence. Hindi puwedeng tumawag mula sa ibang bansa. Ang marunong mag-Japanese ay gumagamit ng support dial ng Houterasu.

## Crime victim support center

service-victim_support_center-name = National Network for Victim Support — Crime Victims Telephone Support Center
service-victim_support_center-hours = Pambansang linya: 7:30–22:00 (impormasyon noong 2019; hindi pa kumpirmado ang mga araw). Karamihan ng mga lokal na victim support center: mga araw ng trabaho 10:00–16:00 (2019).
service-victim_support_center-expect = Ang mga biktima ng krimen o aksidente, mga naulila, at mga kapamilya ay puwedeng kumonsulta nang libre; may victim support center sa bawat prefecture (48 lugar). Maaaring makatanggap ng konsultasyon sa telepono o nang harapan, may sasama sa pulis, sa prosecutor's office, sa korte o sa ospital, at tulong sa iba't ibang aplikasyon; inililihim ang ikinonsulta. Kung pumayag ang biktima, maaaring ibigay ng pulis sa support center ang contact details niya; magagamit din ito ng mga hindi dumadaan sa legal na proseso.

## OTIT konsultasyon sa sariling wika

service-otit_native_language-name = Konsultasyon sa sariling wika ng Organization for Technical Intern Training (OTIT)
service-otit_native_language-hours = May nakatakdang mga araw ang bawat wika, 11:00–19:00 (handbook noong mga 2020). May isa pang listahan na nagpapakita rin ng 9:00–17:00 (mukhang tuwing Sabado) at ibang mga araw, kaya kailangang suriin muna.
service-otit_native_language-expect = Libreng konsultasyon sa sariling wika para sa mga technical intern trainee, tungkol sa trabaho, sahod at overtime, sapilitang pagpapauwi, at pang-araw-araw na buhay. May sariling numero at araw ang bawat wika. Inanunsyo ang tulong sa Burmese at Mongolian, pero walang kumpirmadong numero para sa mga ito, at wala rin para sa emergency line ng OTIT para sa karahasan at pananakot (binuksan noong Abril 2021).

## Labour Standards Inspection Office

service-labour_standards_office-name = Labour Standards Inspection Office
service-labour_standards_office-hours = Kadalasan mga araw ng trabaho 8:30–17:15 (hal. ang Ichinomiya office). Suriin sa bawat opisina.
service-labour_standards_office-expect = Lokal na opisinang humahawak ng hindi binayarang sahod o overtime, pagkatanggal sa trabaho, aksidente sa trabaho, at iba pa. Ang Labour Standards Act ay para rin sa mga dayuhang manggagawa, anuman ang nasyonalidad. May mga labour bureau at opisina na may interpreter sa mga nakatakdang araw.

## Consultation Dial para sa mga Dayuhang Manggagawa

service-labour_foreign_workers_hotline-name = Consultation Dial para sa mga Dayuhang Manggagawa (Ministry of Health, Labour and Welfare)
service-labour_foreign_workers_hotline-hours = Hindi pa kumpirmado ang oras ng pagtanggap (nakasaad na Lunes hanggang Biyernes ang Ingles, pero hindi pa kumpirmado ang oras).
service-labour_foreign_workers_hotline-expect = Puwedeng kumonsulta ang mga dayuhang manggagawa tungkol sa kondisyon sa trabaho; ipinapaliwanag ang batas at itinuturo sila sa tamang ahensya. Kumpirmado lang ang mga numero para sa Ingles, Tsino, Portuges at Espanyol. Inanunsyo ang tulong sa Tagalog, Vietnamese, Burmese at Nepali, pero walang kumpirmadong numero para sa mga wikang iyon. Ang tumatawag ang magbabayad ng tawag.

## Labour Conditions Consultation Hotline

service-labour_conditions_hotline-name = Labour Conditions Consultation Hotline "Hotto Line" (労働条件相談「ほっとライン」, Ministry of Health, Labour and Welfare)
service-labour_conditions_hotline-hours = Lunes hanggang Biyernes 17:00–22:00; Sabado, Linggo at mga pista opisyal 9:00–21:00 (sarado Disyembre 29 – Enero 3). Tumatanggap ito sa mga oras na sarado ang mga Labour Standards Inspection Office.
service-labour_conditions_hotline-expect = Libreng payo, puwedeng hindi magpakilala, para sa mga manggagawa at employer saanman sa Japan tungkol sa ilegal na overtime, sobrang trabaho at hindi nabayarang sahod. Nagpapayo at nagtuturo ito ng tamang ahensya; hindi ito kumikilos laban sa employer. Ang kumpirmadong numero ay ang linya sa Japanese. Inanunsyo ang mga linya sa wikang banyaga (8 wika mula Abril 2019, mas marami pagkatapos), pero nagbabago ang mga numero kasabay ng kontratista at walang kasalukuyang numerong kumpirmado: tingnan muna ang pahina ng ministry bago magbigay ng numero.

## Internet Hotline Center

service-internet_hotline_center-name = Internet Hotline Center (インターネット・ホットラインセンター)
service-internet_hotline_center-hours = Tumatanggap sa pamamagitan ng report form sa website (hindi pa kumpirmado kung malinaw na nakasaad na bukas ito 24 oras).
service-internet_hotline_center-expect = Puwedeng iulat, kahit anonimo, ang ilegal na impormasyon sa internet gaya ng child pornography, malalaswang larawan, pag-aalok ng prostitusyon, pagbebenta ng droga, at iba pa. Hinihiling ng center sa tagapamahala ng website na burahin ito at iniuulat sa pulis, pero hindi ito lugar para sa konsultasyon, at hindi nito hinahawakan ang paninirang-puri o paglabag sa privacy. Para burahin ang sekswal na larawan ng tao mismo na ikinalat nang walang pahintulot niya, ikonekta sa Safe Line na pinapatakbo ng parehong organisasyon; ang mga bantang may kinalaman sa buhay ay ikonekta sa 110.

## Foreign-language Human Rights Hotline

service-foreign_language_human_rights_hotline-name = Foreign-language Human Rights Hotline (Ministry of Justice)
service-foreign_language_human_rights_hotline-hours = Mga araw ng trabaho 9:00–17:00 (maliban sa katapusan at simula ng taon).
service-foreign_language_human_rights_hotline-expect = Puwedeng kumonsulta sa 10 wika ang mga dayuhang residente tungkol sa mga problema sa karapatang pantao gaya ng diskriminasyon, bullying, o pagtanggi sa kanila sa pabahay o serbisyo. Sa pamamagitan ng three-way call na may interpreter, kumokonekta ito sa Legal Affairs Bureau na may hawak sa kaso. Libre ang konsultasyon pero ang tumatawag ang magbabayad ng tawag.

## Women's Rights Hotline

service-womens_rights_hotline-name = Women's Rights Hotline (Ministry of Justice)
service-womens_rights_hotline-hours = Mga araw ng trabaho 8:30–17:15. Sa taunang linggo ng kampanya tuwing Nobyembre (hal. Nobyembre 13–19, 2024), pinahahaba hanggang 19:00 sa mga araw ng trabaho, at tumatanggap din sa Sabado at Linggo 10:00–17:00.
service-womens_rights_hotline-expect = Konsultasyon ng Ministry of Justice tungkol sa mga problema sa karapatang pantao ng kababaihan, gaya ng karahasan mula sa asawa o partner, sexual harassment sa trabaho, stalking, at iba pa; sumasagot ang staff ng Legal Affairs Bureau o ang mga Human Rights Volunteer, at inililihim ang sinabi. Libre ang konsultasyon pero ang tumatawag ang magbabayad ng tawag. Japanese ang gamit dito, kaya ituro ang mga nangangailangan ng wikang banyaga sa Foreign-language Human Rights Hotline.

## Mga tala sa contact

contact-note-ntt-hikari = Mula sa NTT Hikari phone. Sa Miyagi: 0120-556-460; sa Saitama: 0120-31-8341; sa Kochi: 0120-835-350.
contact-note-some-ip-phones = May mga IP phone na hindi makakonekta (o may bayad ang tawag). Kung ganoon, tawagan ang numero ng lokal na opisina.
contact-note-9110-lines = Hindi gumagana mula sa dial (pulse) phone at sa ilang IP phone. Kung ganoon, tawagan ang numero ng konsultasyon ng prefectural police.
contact-note-no-ip-phone = Hindi makakonekta mula sa IP phone.
contact-note-no-ip-phone-moj = Hindi makakonekta mula sa IP phone. Kung ganoon, tawagan ang pinakamalapit na Legal Affairs Bureau.
contact-note-8778-lines = Sa ilang bahagi ng Iwate, Niigata, Kyoto, Hyogo, Fukuoka, Oita at Okinawa, maaaring hindi makakonekta depende sa linya. Kung ganoon, tawagan ang numero ng center ng prefecture.
contact-note-alt-ip-overseas = Mula sa IP phone o mula sa ibang bansa
contact-note-alt-ip-prepaid-overseas = Mula sa IP phone, prepaid na cellphone, o mula sa ibang bansa
contact-note-alt-ip-prepaid = Mula sa IP phone o prepaid na cellphone
contact-note-houterasu-victim = Crime Victim Support Dial (para sa mga biktima ng krimen at kanilang pamilya)
contact-note-yorisoi-foreign = Wikang banyaga: pindutin ang 2 pagkatapos ng anunsyo
contact-note-yorisoi-tohoku = Sariling numero para sa mga tumatawag mula sa Iwate, Miyagi at Fukushima (hindi linya para sa wikang banyaga)
contact-note-fresc-helpdesk = FRESC Help Desk (libre). Binuksan ito bilang pansamantalang serbisyo, kaya suriin kung tumatakbo pa ito ngayon.
contact-note-isa-office-list = Website ng Immigration Services Agency (lokasyon, contact details at oras ng pagtanggap ng bawat bureau)
contact-note-otit-vi = Vietnamese: Lunes hanggang Biyernes
contact-note-otit-zh = Tsino (Chinese): Lunes, Miyerkoles, Biyernes
contact-note-otit-id = Indonesian: Martes, Huwebes
contact-note-otit-fil = Filipino: Martes, Sabado (may listahan ding nagsasabing Martes, Huwebes)
contact-note-otit-en = Ingles: Martes, Sabado (may listahan ding nagsasabing Martes, Huwebes)
contact-note-otit-th = Thai: Huwebes, Sabado
contact-note-otit-km = Khmer (Cambodian): Huwebes
contact-note-mhlw-fw-en = Ingles (Lunes hanggang Biyernes)
contact-note-lang-zh = Tsino (Chinese)
contact-note-lang-pt = Portuges
contact-note-lang-es = Espanyol
contact-note-check-roudou = Pahina ng Ministry of Health, Labour and Welfare (kasalukuyang mga numero at oras para sa wikang banyaga)
contact-note-safe-line = Safe Line: hinihiling sa mga website na burahin ang sekswal na larawan ng tao mismo, child pornography, larawan ng bullying, at iba pa (pinapatakbo ng parehong organisasyon).
contact-note-tokumei-web-form = Opisyal na site: nandito ang web form para sa anonymous na report (anumang oras).
contact-note-dv-plus-chat = Website: chat 12:00–22:00 sa Japanese at 10 wikang banyaga (piliin ang wika sa site); puwedeng ituloy sa e-mail pagkatapos ng chat.
contact-note-dv-plus-mail = E-mail form (sa Japanese), 24 oras. Sa ibang wika, magsimula sa chat.

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = DV consultation navigation #8008 (DV相談ナビ)
service-dv_navi_8008-hours = Sa oras lang ng center na kinokonektahan ng tawag; sa labas ng oras na iyon, walang sasagot. Hindi ito pambansang numero na sumasagot sa gabi (ang telepono ng DV Sodan+ ay sumasagot nang 24 oras).
service-dv_navi_8008-expect = Kinokonekta sa pinakamalapit na Spousal Violence Counseling and Support Center (配偶者暴力相談支援センター) ng prefecture kung saan tumatawag. Puwedeng tumawag ang biktima ng karahasan ng asawa o partner, anuman ang kasarian. Nagbibigay ang center ng konsultasyon at counselling, impormasyon tungkol sa protection order at pamumuhay nang mag-isa, at nag-aayos ng pansamantalang proteksyon (ligtas na lugar) para sa biktima at sa mga kasama niya. Para sa kababaihan, kadalasan ito ay sa pamamagitan ng Women's Counseling and Support Center. Para sa kalalakihan at sa mga tao ng ibang kasarian, walang prefecture na may pampublikong shelter: sa isang survey noong 2024, 11 lang sa 47 prefecture ang may lugar para sa lalaki sa pamamagitan ng pribadong grupo, at 7 ang may DV line para sa lalaki lang. Itanong sa center kung ano ang mayroon sa prefecture. Ang tumatawag ang nagbabayad ng tawag.
service-human_rights_110-name = Everyone's Human Rights Hotline (Minna no Jinken, Ministry of Justice)
service-human_rights_110-hours = Weekdays 8:30–17:15 (hindi sa holiday at mula 29 Disyembre hanggang 3 Enero). Ang consultation form sa website ay puwedeng ipadala anumang oras.
service-human_rights_110-expect = Puwedeng kumonsulta ang sinuman tungkol sa diskriminasyon, pang-aabuso, harassment, paninirang-puri o paglabag sa privacy online, at iba pang problema sa karapatang pantao. Ang tawag ay napupunta sa pinakamalapit na Legal Affairs Bureau, kung saan sumasagot ang staff o ang Human Rights Volunteers at inililihim ang sinabi. Kung maaaring may paglabag sa karapatan, puwedeng mag-imbestiga at kumilos ang bureau, halimbawa hilingin sa website o provider na burahin ang post. Libre ang konsultasyon pero ang tumatawag ang nagbabayad ng tawag. Sa wikang Hapon; para sa ibang wika, may Foreign-language Human Rights Hotline.
service-cure_time-name = Cure Time: konsultasyon sa chat at e-mail tungkol sa sexual violence (Cabinet Office, キュアタイム)
service-cure_time-hours = Chat sa gabi (17:00–21:00 ayon sa mga source mula 2022 hanggang 2024), e-mail sa ibang oras. Nagbago ang iskedyul sa paglipas ng mga taon: tingnan ang website.
service-cure_time-expect = Chat o e-mail sa website nang hindi sinasabi ang pangalan: nickname, edad (age group) at lugar lang ang tinatanong, at hindi kailangan ng social media account. Para sa mga biktima ng sexual violence ng anumang edad at kasarian, kahit matagal na itong nangyari, at para sa sinumang nahihirapang tumawag. Nakikipagtulungan ang mga espesyalistang counsellor sa mga doktor, nars, social worker at abogado; maipapaliwanag nila ang emergency contraception at mahahanap ang pinakamalapit na One-Stop Support Center. Tumatanggap ng chat sa ibang wika, pero hindi pa kumpirmado kung aling mga wika.
service-police_juvenile_consultation-name = Juvenile consultation ng pulis ("Young Telephone Corner" ヤングテレホンコーナー o ibang pangalan sa bawat prefecture)
service-police_juvenile_consultation-hours = Depende sa prefecture (hal. 24 oras sa Tokyo, may pulis na naka-duty sa gabi; weekdays 9:00–17:00 sa Mie). Walang pambansang numero.
service-police_juvenile_consultation-expect = Bawat prefectural police ay may linya ng telepono kung saan ang mga bata, at ang mga magulang, guro o iba pang nag-aalala sa isang bata, ay puwedeng magsalita tungkol sa krimen, pang-aabuso, bullying, problema sa bahay o anumang bagay. Tinatanggap ang anonymous na konsultasyon. Sumasagot ang espesyalistang staff at mga pulis, at puwede ring makipagkita nang personal. Ang numero ay sariling numero ng prefecture (libre sa ilan): hanapin ito sa website ng prefectural police, o idagdag sa lokal na listahan ng desk na ito.
service-childrens_rights_sos_email-name = Children's Rights SOS e-mail (こどもの人権SOS-eメール, Ministry of Justice)
service-childrens_rights_sos_email-hours = Ang form sa website ay puwedeng ipadala nang 24 oras; darating ang sagot pagkatapos.
service-childrens_rights_sos_email-expect = Puwedeng isulat ng bata ang tungkol sa bullying, pang-aabuso, corporal punishment o ibang problema sa isang form sa website ng Ministry of Justice, nang hindi na kailangang tumawag. Sasagot ang staff ng Legal Affairs Bureau o ang Human Rights Volunteers at ililihim ang isinulat. Libre.
contact-note-8008-lines = Ang tumatawag ang nagbabayad ng tawag. Hindi makakatawag mula sa ilang IP phone, at mula sa NTT analog o Hikari line sa ilang lugar.
contact-note-moj-internet-consultation = Internet human rights consultation form (maipapadala anumang oras; darating ang sagot pagkatapos)
contact-note-juvenile-per-prefecture = Bawat prefecture: sariling numero ng prefectural police (hanapin sa website nito; puwedeng idagdag ng desk sa lokal na listahan)
