### Mga teksto ng daloy ng konsultasyon (data/flow.toml) — Filipino (fil); ang reference locale ay ja
###
### Ang mga tanong ay binabasa nang malakas ng staff ng desk sa kliyente (magalang na pananalita). Ang "taong apektado"
### ay ang taong may problema; maaaring kapamilya o tagasuporta ang kliyente. Maiikli ang mga pagpipilian dahil
### lumalabas ang mga ito sa malalaking button. Ang mga dahilan (reason-*) ay binabasa ng staff para ipaliwanag ang
### rekomendasyon; isinulat lamang ang sinasabi ng mga sangguniang binanggit ng bawat tuntunin sa flow.toml.
### Ipinapakita ang mga numero ng telepono kasama ng serbisyo, hindi rito.

## Mga tanong at pagpipilian (sa pagkakasunod ng pagtatanong)

question-danger = May tao po bang nasa panganib ngayon mismo?
value-danger-immediate = Oo, may panganib ngayon
value-danger-none = Wala, walang panganib ngayon

question-injured = May tao po bang may sugat o biglang sumama ang pakiramdam, at kailangang malunasan agad ngayon?
value-injured-yes = Oo
value-injured-no = Hindi

question-concern = Ano po ang inyong problema? Piliin po ang lahat ng naaangkop.
value-concern-trafficking_sexual = Pinipilit magbenta ng katawan (prostitusyon) o magpakuha ng sekswal na larawan/video
value-concern-trafficking_labour = Sapilitang paggawa, pagkakatali dahil sa utang, kinuha ang pasaporte
value-concern-sexual_violence = Sekswal na karahasan (panggagahasa, sekswal na pananakit, at iba pa)
value-concern-child_abuse = Pang-aabuso o pagpapabaya sa bata (kasama ang sekswal na pang-aabuso)
value-concern-child_sexual_exploitation = Pagbabayad sa bata para sa sex, "JK business" (negosyong gumagamit sa mga babaeng estudyante ng high school), sekswal na larawan ng bata
value-concern-online_sexual_images = Inilagay sa internet ang sekswal na larawan, o pinagbabantaang ilalagay
value-concern-domestic_violence = Karahasan mula sa asawa, karelasyon o kapamilya (DV)
value-concern-labour_problem = Problema sa trabaho (hindi binayarang sahod, harassment, pagkatanggal sa trabaho, at iba pa)
value-concern-residence_problem = Status of residence, visa, mga proseso
value-concern-discrimination = Diskriminasyon o iba pang paglabag sa karapatang pantao
value-concern-other = Iba pa

question-age_group = Ang taong apektado po ba (ang taong may problema) ay wala pang 18 taong gulang?
value-age_group-child = Wala pang 18 taong gulang
value-age_group-adult = 18 taong gulang o higit pa

question-gender = Ano po ang kasarian ng taong apektado? Puwede pong ang kasariang kinikilala ng tao mismo.
value-gender-female = Babae
value-gender-male = Lalaki
value-gender-other = Iba pa

question-nationality = Ang taong apektado po ba ay may nasyonalidad na Hapon, o ibang nasyonalidad?
value-nationality-japanese = Nasyonalidad na Hapon
value-nationality-foreign = Ibang nasyonalidad

question-residence = Ano po ang status of residence (visa) ng taong apektado?
value-residence-technical_intern = Technical Intern Training
value-residence-skilled_worker = Specified Skilled Worker
value-residence-other_status = Ibang status of residence
value-residence-no_status = Walang status of residence (hal. overstay)
value-residence-refugee_applicant = Nag-apply para kilalaning refugee

question-caller = Tungkol po ba ito sa inyong sarili, o kumokonsulta o nag-uulat kayo tungkol sa ibang tao?
value-caller-self = Ako mismo (tungkol sa akin)
value-caller-third_party = Ibang tao (kapamilya, kakilala, tagasuporta, at iba pa)

question-recent = Kailan po nangyari ang sekswal na karahasan? Sa loob ng 72 oras (3 araw), o mas matagal na?
value-recent-within_72h = Sa loob ng 72 oras (3 araw)
value-recent-older = Mahigit 72 oras na ang nakalipas

question-police = Gusto po ba ng taong apektado na kumonsulta sa pulis o mag-ulat ng nangyari sa pulis?
value-police-wants_report = Oo
value-police-undecided = Hindi pa nakakapagpasya
value-police-no = Hindi

question-anonymous = Gusto po ba ninyong kumonsulta o mag-ulat nang hindi sinasabi ang pangalan (anonimo)?
value-anonymous-yes = Oo
value-anonymous-no = Hindi

question-shelter = Kailangan po ba ng taong apektado ng ligtas na matutuluyan (shelter) ngayon din?
value-shelter-yes = Oo
value-shelter-no = Hindi

question-return_home = Gusto po ba ng taong apektado na umuwi sa sarili niyang bansa?
value-return_home-yes = Oo
value-return_home-no = Hindi
value-return_home-undecided = Hindi pa nakakapagpasya

question-fears_return = Nararamdaman po ba ng taong apektado na maaari siyang saktan kapag umuwi siya sa sarili niyang bansa?
value-fears_return-yes = Oo
value-fears_return-no = Hindi

## Mga dahilan ng rekomendasyon (sa pagkakasunod ng mga tuntunin sa flow.toml)

reason-danger-police = Dahil may panganib ngayon mismo, uunahin ang emergency na tawag sa pulis. Pinapalawak din ng pulis ang pagtanggap ng emergency na tawag sa mga wikang banyaga.
reason-injured-ambulance = Dahil may taong kailangang malunasan agad, tumawag muna ng ambulansya. Sa maraming fire department, puwedeng tumawag sa pamamagitan ng three-way call na may kasamang interpreter.
reason-child-abuse-189 = Kapag sa tingin ninyo ay maaaring inaabuso ang isang bata, kahit sino ay puwedeng tumawag sa Child Guidance Center, at puwedeng mag-ulat nang hindi sinasabi ang pangalan. Kapag kailangan, pansamantalang kinukupkop ng Child Guidance Center ang bata para sa kaligtasan niya, tumutulong para makapagpagamot siya sa espesyalista, at nagbibigay ng counseling mula sa child psychologist.
reason-child-harmed-189 = Dahil wala pang 18 taong gulang ang taong apektado, o maaaring ganoon, ikokonekta siya sa Child Guidance Center. Ang batang nasaktan sa isip o katawan dahil sa sekswal na pang-aabuso o katulad nito ay maaaring makatanggap ng pansamantalang pagkupkop, tulong sa pagpapagamot, at counseling; at kapag nakumpirma ang pinsala, ipinaaalam din ito sa pulis.
reason-child-danger-189 = Dahil may batang nasa panganib, tatawagan ang Child Guidance Center kasabay ng pulis. Pansamantalang kinukupkop ng Child Guidance Center ang bata kapag kailangang tiyakin ang kaligtasan niya.
reason-child-own-lines = Mayroon ding mga linya ng telepono na puwedeng tawagan ng bata mismo. Ang 24-oras na Children SOS Dial (24時間子供SOSダイヤル) ay tumatanggap din ng tawag sa gabi at sa mga araw na walang pasok, at sa libreng konsultasyon sa telepono na "Karapatan ng Bata" (こどもの人権) ng Ministry of Justice, puwedeng ikonsulta ang mga alalahanin tungkol sa karapatan ng bata.
reason-child-trafficking-police = Maaaring sekswal na pinagsasamantalahan o biktima ng human trafficking ang isang bata. May konsultasyon ang pulis tungkol sa sekswal na pagsasamantala sa mga bata, at nakikipagtulungan ito sa ibang ahensya at mga NGO para hanapin at protektahan ang mga biktima.
reason-anonymous-report = Sa Anonymous Reporting Dial ng pulis, puwedeng iulat ang impormasyon tungkol sa human trafficking, pang-aabuso sa bata at katulad na krimen nang hindi sinasabi ang pangalan. Ginawa ito para maagang matuklasan ang mga krimeng ito na madalas nakatago.
reason-sv-recent-medical = Sa mga unang araw pagkatapos ng sekswal na karahasan, napakahalaga ng medikal na pangangalaga (emergency contraception, pag-iingat ng ebidensya, at iba pa). Sa One-Stop Support Center, makakatanggap ng medikal na tulong, pangangalaga sa kalooban at legal na konsultasyon sa iisang lugar.
reason-sv-onestop = Kahit matagal na ang nakalipas mula nang mangyari ito, makakatanggap pa rin ng konsultasyon at suporta sa One-Stop Support Center para sa mga biktima ng sekswal na krimen at sekswal na karahasan. May ganitong center sa bawat prefecture.
reason-sv-police = Ang pambansang numero ng pulis para sa mga biktima ng sekswal na krimen ay kumokonekta sa konsultasyon ng prefectural police ng lugar kung saan tumawag. Ginawa ito para mas madaling kumonsulta sa pulis ang mga biktima, at puwedeng kumonsulta kahit hindi pa nakakapagpasya kung mag-uulat.
reason-sv-no-police-support = Makakatanggap ng tulong kahit hindi mag-ulat sa pulis. Ang mga biktima ng sekswal na krimen na ayaw dumaan sa legal na proseso ay maaari ring makatanggap ng maagang suporta mula sa mga grupong tumutulong sa mga biktima ng krimen.
reason-trafficking-police = Hinihikayat ng pulis ang mga biktima ng human trafficking na iulat ang nangyari, at nakikipagtulungan ito sa ibang ahensya at mga NGO para protektahan ang mga biktima. Maingat na tinatanggap ng konsultasyon ng pulis ang mga konsultasyon at ulat para hindi makaligtaan ang human trafficking.
reason-trafficking-women = Ang Women's Counseling and Support Center ay nagbibigay ng pansamantalang proteksyon sa mga babaeng biktima ng human trafficking, anuman ang kanilang nasyonalidad o edad. Makakatanggap din doon ng tulong sa pamumuhay, tulong sa interpretasyon, medikal na pangangalaga, at iba pa.
reason-trafficking-immigration = Ang mga biktima ng human trafficking na may ibang nasyonalidad ay maaari ring kumonsulta sa Immigration Services Agency. Para sa mga biktimang protektado na, gumagawa ito ng mga hakbang gaya ng pagpapalit ng status of residence o pagbibigay ng special permission to stay, nang buong isinasaalang-alang ang kalagayan ng tao.
reason-fears-return-protection = Ang taong maaaring saktan kapag umuwi sa sariling bansa ay maaaring maprotektahan sa Japan bilang refugee (maaaring kasama rito ang pag-uusig dahil sa pagiging sexual minority o dahil sa kasarian), o bilang taong nasa ilalim ng complementary protection, gaya ng mga tumakas mula sa digmaan. Pinakaligtas na kumuha muna ng legal na payo sa sariling wika bago gumawa ng anumang hakbang.
reason-trafficking-return-iom = Sa pamamagitan ng International Organization for Migration (IOM), tinutulungan ng Gobyerno ng Japan ang mga dayuhang biktima ng human trafficking na protektado sa Japan na makauwi sa sariling bansa at muling maitayo ang kanilang buhay pagkauwi. Kasama rito ang tulong sa trabaho at vocational training, legal na tulong, gastos sa pagpapagamot, counseling, at iba pa. Bago ang anumang pag-uwi, tinitingnan ng IOM ang kaligtasan ng tao sa pamamagitan ng opisina nito sa sariling bansa.
reason-labour-intern-otit = Ang mga technical intern trainee ay puwedeng kumonsulta sa Organization for Technical Intern Training (OTIT). Nagsasagawa rin ang OTIT ng inspeksyon sa mismong lugar ng training.
reason-labour-inspection = Ang Labour Standards Inspection Office ay ahensyang nag-iinspeksyon sa mga lugar ng trabaho at kumikilos laban sa paglabag sa batas. Nakikipagtulungan din ito sa pulis, sa Immigration Services Agency at iba pa laban sa sapilitang paggawa at human trafficking.
reason-labour-foreign-line = Ang mga may ibang nasyonalidad ay puwedeng kumonsulta sa telepono tungkol sa problema sa trabaho sa wikang banyaga. Pinapalawak ng mga labour bureau at iba pa ang serbisyo sa iba't ibang wika para mas madaling kumonsulta ang mga dayuhan.
reason-labour-hotline = Sa Labour Conditions Consultation Hotline, puwedeng ikonsulta mula saanman sa Japan ang mga problema gaya ng hindi binayarang sahod o sobrang haba ng oras ng trabaho. Tumatanggap din ito ng tawag sa gabi ng mga karaniwang araw, at sa Sabado, Linggo at mga pista opisyal.
reason-residence-legal = Kapag walang status of residence, o habang nakabinbin ang aplikasyon bilang refugee, malaki ang maaaring ipagbago ng resulta depende sa mga susunod na desisyon (halimbawa, ang kusang pagpunta sa Immigration Services Bureau ay itinuturing na pabor sa tao kapag pinagpapasyahan ang special permission to stay). Pinakaligtas na kumuha muna ng legal na payo sa sariling wika bago gumawa ng anumang hakbang.
reason-residence-information = Ipinapaliwanag ng mga Immigration Information Center ang mga proseso tungkol sa residence; inanunsyo ng Immigration Services Agency na tatanggap din sila ng konsultasyon tungkol sa mga problema sa pang-araw-araw na buhay. Sa Foreign Residents Support Center (FRESC), nagtutulungan ang ilang ahensya ng gobyerno para magpayo tungkol sa pag-renew o pagpapalit ng status of residence at sa mga legal na problema.
reason-residence-no-status-bureau = Kapag ang taong walang status of residence ay kusang pumunta sa Immigration Services Bureau (入管, Nyūkan), itinuturing itong pabor sa kanya kapag pinagpapasyahan ang special permission to stay. Ipinapaliwanag ang mga proseso pagkatapos nito kapwa sa mga gustong umuwi at sa mga gustong manatili sa Japan.
reason-dv-women = Sa Women's Counseling and Support Center, bukod sa konsultasyon, puwedeng may sumama sa tao papunta sa ibang ahensya, makakatanggap ng pansamantalang proteksyon, at may suporta rin para sa mga batang kasama niya. Ang DV Sodan Plus (DV相談+) ay serbisyo ng gobyerno para kumonsulta tungkol sa karahasan mula sa asawa, karelasyon, at iba pa.
reason-dv-police = Ang police consultation line ay nagbibigay ng payo at impormasyon sa mga bagay na hindi emergency, at kapag mas mabuting ibang ahensya ang humawak, ipinapasa ito roon nang may pag-iingat sa privacy.
reason-images-hotline = Ang Internet Hotline Center ay tumatanggap ng ulat tungkol sa ilegal na impormasyon sa internet, gaya ng sekswal na larawan ng mga bata; ipinapaalam nito ito sa pulis at hinihiling sa tagapamahala ng website na burahin ito.
reason-images-police = Maaaring hilingin ng pulis sa tagapamahala ng website na burahin ang ilegal na larawan sa internet. Sa police consultation line, makakatanggap ng payo at impormasyon, at kapag kailangan, ipinapasa ito sa tamang ahensya nang may pag-iingat sa privacy.
reason-rights-foreign-language = Ang mga tanggapan para sa karapatang pantao ng Ministry of Justice ay tumatanggap ng konsultasyon tungkol sa diskriminasyon laban sa mga dayuhan, kasama ang konsultasyon sa telepono sa wikang banyaga.
reason-rights-women = Ang mga Legal Affairs Bureau ng Ministry of Justice ay tumatanggap ng konsultasyon sa mga problema sa karapatang pantao, kasama ang sekswal na pagsasamantala, at ang Women's Rights Hotline ang kanilang linya para sa mga babae. Kapag may hinalang paglabag sa karapatang pantao, iniimbestigahan nila ito at gumagawa ng kinakailangang hakbang.
reason-victim-legal-help = Ang Houterasu (法テラス, Japan Legal Support Center) ay nagpapaliwanag ng legal na sistema at kung saan puwedeng kumonsulta, at nagrerekomenda ng abogadong may karanasan sa pagtulong sa mga biktima ng krimen. Puwedeng kumonsulta kahit matagal na ang nakalipas mula nang mangyari ito, at ang mga biktimang walang sapat na pera ay maaaring matulungan sa bayad sa abogado.
reason-crime-victim-support = Ang mga grupong tumutulong sa mga biktima ng krimen ay nagbibigay ng maagang suporta at inililihim ang anumang ikinonsulta. Ibinibigay lamang ng pulis sa mga grupong ito ang contact details ng tao kung pumayag siya.
reason-foreign-local-counter = May ilang lokal na pamahalaan na may one-stop counter para sa mga dayuhang residente (259 ang nakatanggap ng pambansang pondo para rito noong FY2024): itanong sa lokal na pamahalaan kung mayroon sila. Nagbibigay ito ng impormasyon at payo tungkol sa pang-araw-araw na buhay, gaya ng proseso ng residence, trabaho, medikal na pangangalaga, welfare, panganganak, pag-aalaga at pag-aaral ng mga anak, at mabilis na itinuturo ang tamang lugar na pagtatanungan.
reason-always-yorisoi = Bukod sa ibang lugar na maaaring lapitan, puwede ring ikuwento ang mga alalahanin sa Yorisoi Hotline (よりそいホットライン). Mayroon din itong linya sa iba't ibang wika para sa mga dayuhan.
reason-legal-help-multilingual = Ang multilingual information service ng Houterasu (法テラス) ay nagpapaliwanag ng legal na sistema at kung saan puwedeng kumonsulta, sa wikang banyaga. Kasama rin ang Houterasu sa Foreign Residents Support Center (FRESC), kung saan puwedeng ikonsulta ang mga problema sa paninirahan at mga legal na problema.
reason-child-shelter-189 = Dahil kailangan ng bata ng ligtas na matutuluyan, tatawagan ang Child Guidance Center. Pansamantalang kinukupkop ng Child Guidance Center ang bata kapag kailangang tiyakin ang kaligtasan niya.

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = Sinabi ng bata na ayaw niya ng pulis, pero ang batang maaaring sekswal na pinagsasamantalahan o biktima ng trafficking ay dapat munang protektahan, kaya isasangkot pa rin ang pulis. Sabihin ito nang tapat sa bata. Kukunin ng pulis ang bata sa proteksyon at kokontakin ang mga magulang o guardian at ang paaralan. Kung takot ang bata sa pamilya, sabihin ito sa pulis at sa Child Guidance Center: puwedeng pansamantalang kupkupin ng center ang bata kapag mahirap siyang umuwi.
reason-child-police-juvenile = Ang juvenile consultation line ng prefectural police ay tumatanggap ng tawag mula sa mga bata at magulang tungkol sa krimen, pang-aabuso at ibang alalahanin, para maagang matagpuan ang mga batang biktima. Puwedeng kumonsulta nang hindi sinasabi ang pangalan.
reason-child-write-in = Ang batang nahihirapang tumawag ay puwedeng sumulat sa Ministry of Justice anumang oras sa pamamagitan ng form ng Children's Rights SOS e-mail.
reason-child-anonymous-lines = Gusto ng bata na manatiling anonymous. Ang Anonymous Reporting Dial ng pulis ay para sa impormasyon mula sa publiko, hindi linya ng konsultasyon, kaya hindi ito para sa bata. Ang mga linyang ito ay tumatanggap ng konsultasyon ng bata nang walang pangalan: 189 (Child Guidance Center; tumatanggap ng anonymous na tawag) at ang juvenile consultation line ng prefectural police. Ang 24-oras na Children SOS Dial ay sumasagot anumang oras.
reason-sv-cure-time = Tumatanggap ang Cure Time ng konsultasyon tungkol sa sexual violence sa chat at e-mail, nang walang pangalan, mula sa mga tao ng anumang edad at kasarian. Angkop ito sa taong nahihirapang magsalita sa telepono.
reason-trafficking-return-fears-legal = Gusto (o baka gusto) ng tao na umuwi pero natatakot na mapahamak doon. Hindi iyon dahilan para alisin ang suporta sa pag-uwi: bago ang anumang pag-uwi, tinitingnan ng IOM ang kaligtasan ng tao sa pamamagitan ng opisina nito sa sariling bansa, at iginagalang ng suporta ang kagustuhan ng tao. Pero unahin ang legal na payo sa sarili niyang wika: ang taong maaaring mapahamak kapag umuwi ay maaaring manatili sa Japan sa ilalim ng proteksyon. Puwede siyang magpasya pagkatapos; hindi niya kailangang pumili ngayon.
reason-dv-navi-8008 = Kinokonekta ng #8008 sa pinakamalapit na Spousal Violence Counseling and Support Center, na tumatanggap ng konsultasyon mula sa biktima ng anumang kasarian. Nagbibigay ang center ng konsultasyon at counselling, impormasyon tungkol sa protection order at pamumuhay nang mag-isa, at nag-aayos ng pansamantalang proteksyon.
reason-dv-shelter-any-gender = Kailangan ng ligtas na lugar ngayon. Nag-aayos ang Spousal Violence Counseling and Support Center (sa #8008) ng pansamantalang proteksyon para sa biktima at sa mga kasama niya, at puwedeng mag-ayos ang DV Sodan+ ng emergency na matutuluyan kung kailangan. Sa labas ng oras ng center, sumasagot ang telepono ng DV Sodan+ nang 24 oras.
reason-dv-shelter-men = Maging tapat sa lalaki o sa taong ibang kasarian tungkol sa ligtas na lugar: ang mga Women's Counseling and Support Center at ang kanilang shelter ay para sa kababaihan. Walang prefecture na may pampublikong shelter para sa lalaki; sa isang survey noong 2024, 11 sa 47 prefecture ang may lugar para sa lalaki sa pamamagitan ng pribadong grupo. Itanong sa Spousal Violence Counseling and Support Center (sa #8008) kung ano ang mayroon sa prefecture na ito, at sa DV Sodan+ ang tungkol sa emergency na matutuluyan.
reason-rights-everyone = Ang Everyone's Human Rights Hotline ng Ministry of Justice ay tumatanggap ng konsultasyon mula sa sinuman tungkol sa diskriminasyon at iba pang problema sa karapatang pantao, kasama ang paninirang-puri at paglabag sa privacy online. Kung maaaring may paglabag sa karapatan, mag-iimbestiga ang Legal Affairs Bureau at puwedeng hilingin sa website na burahin ang post.
