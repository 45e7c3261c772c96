### Flow texts (data/flow.toml) — English (en); the reference locale is ja
###
### Questions are read out by desk staff to the client. "The person affected" is the person with the
### problem; the client may be speaking for someone else. Option labels are short (they go on large
### buttons). Reasons (reason-*) are what staff read out to explain a referral; they say only what the
### sources cited by the rule in flow.toml say. Phone numbers are shown with the service, not here.

## Questions and options (in the order they are asked)

question-danger = Is anyone in danger right now?
value-danger-immediate = Yes, in danger now
value-danger-none = No danger now

question-injured = Is anyone hurt or ill and in need of medical care right now?
value-injured-yes = Yes
value-injured-no = No

question-concern = What is the problem? Choose all that apply.
value-concern-trafficking_sexual = Forced to sell sex or appear in sexual videos/photos
value-concern-trafficking_labour = Forced labour, debt bondage, passport taken
value-concern-sexual_violence = Rape or sexual assault
value-concern-child_abuse = Child abuse or neglect (incl. sexual abuse)
value-concern-child_sexual_exploitation = Paying a child for sex, JK business, sexual images of a child
value-concern-online_sexual_images = Sexual images put online, or threats to do so
value-concern-domestic_violence = Violence by a partner or family member
value-concern-labour_problem = Work problem (unpaid wages, harassment, dismissal)
value-concern-residence_problem = Visa or status of residence
value-concern-discrimination = Discrimination or other human rights abuse
value-concern-other = Something else

question-age_group = Is the person affected under 18?
value-age_group-child = Under 18
value-age_group-adult = 18 or over

question-gender = What is the gender of the person affected, as they describe themselves?
value-gender-female = Female
value-gender-male = Male
value-gender-other = Other

question-nationality = Is the person affected Japanese, or of another nationality?
value-nationality-japanese = Japanese
value-nationality-foreign = Other nationality

question-residence = What is the status of residence (visa) of the person affected?
value-residence-technical_intern = Technical Intern Training
value-residence-skilled_worker = Specified Skilled Worker
value-residence-other_status = Another status
value-residence-no_status = No status (e.g. overstay)
value-residence-refugee_applicant = Applied for refugee status

question-caller = Is this about you, or are you asking for or reporting about someone else?
value-caller-self = Myself (it is about me)
value-caller-third_party = Someone else (family, friend, supporter…)

question-recent = When did the sexual violence happen: within the last 72 hours (3 days), or longer ago?
value-recent-within_72h = Within 72 hours (3 days)
value-recent-older = Longer ago

question-police = Does the person affected want to report this to the police or talk to the police about it?
value-police-wants_report = Yes
value-police-undecided = Not sure yet
value-police-no = No

question-anonymous = Would you like to stay anonymous (not give your name)?
value-anonymous-yes = Yes
value-anonymous-no = No

question-shelter = Does the person affected need a safe place to stay right now?
value-shelter-yes = Yes
value-shelter-no = No

question-return_home = Does the person affected want to return to their country?
value-return_home-yes = Yes
value-return_home-no = No
value-return_home-undecided = Not sure yet

question-fears_return = Is the person affected afraid of being harmed if they go back to their country?
value-fears_return-yes = Yes
value-fears_return-no = No

## Reasons (in the order of the rules in flow.toml)

reason-danger-police = Someone is in danger right now, so the police emergency call comes first. The police are making emergency calls possible in more languages.
reason-injured-ambulance = Someone needs medical care right now, so call an ambulance first. Many fire departments can add an interpreter to the call.
reason-child-abuse-189 = Anyone who thinks a child may be abused can contact the Child Guidance Center, and can report without giving their name. When needed, the center takes the child into temporary care for safety, helps with specialist medical care and offers counselling by child psychologists.
reason-child-harmed-189 = The person affected is or may be under 18, so the Child Guidance Center should be involved. A child harmed by sexual abuse or similar harm can get temporary care, help with medical care and counselling; the center also tells the police after it has confirmed the harm.
reason-child-danger-189 = A child is in danger, so contact the Child Guidance Center as well as the police. The center takes a child into temporary care when the child's safety must be secured.
reason-child-own-lines = There are also phone lines that children can call themselves. The 24-hour Children SOS Dial answers at night and on holidays too, and the free Children's Rights Hotline of the Ministry of Justice takes calls about children's rights.
reason-child-trafficking-police = A child may be sexually exploited or trafficked. The police have consultation counters for child sexual exploitation, and work with other organisations and NGOs to find and protect victims.
reason-anonymous-report = With the police Anonymous Reporting Dial, anyone can report human trafficking, child abuse and similar crimes without giving their name. It exists so that these crimes, which are often hidden, come to light early.
reason-sv-recent-medical = Care in the first days after sexual violence matters (medical care, emergency contraception, keeping evidence). The One-Stop Support Center gives medical, counselling and legal support in one place.
reason-sv-onestop = Even if it happened some time ago, the One-Stop Support Center for victims of sexual crimes and sexual violence gives counselling and support. There is one in every prefecture.
reason-sv-police = The police's nationwide number for victims of sexual crimes connects to the consultation line of the local prefectural police. It was set up to make it easier for victims to ask the police for help, and the person can talk to them before deciding whether to report.
reason-sv-no-police-support = Help is available without going to the police. Victims of sexual crimes who do not want to take legal action can get early support from crime victim support groups.
reason-trafficking-police = The police ask victims of human trafficking to come forward, and they work with other organisations and NGOs to protect them. Police consultation lines handle consultations and reports carefully so that trafficking is not overlooked.
reason-trafficking-women = Women's Counseling and Support Centers give temporary protection to female victims of human trafficking, whatever their nationality or age. They also help with daily living, interpretation and medical care.
reason-trafficking-immigration = Foreign victims of human trafficking can also turn to the Immigration Services Agency. For victims under protection, it can change their status of residence or give special permission to stay, taking full account of their situation.
reason-fears-return-protection = A person who may be harmed if sent back may be protected in Japan as a refugee (persecution because of gender or being a sexual minority can count) or under complementary protection, for example after fleeing a war. It is safest to get legal advice in their own language before taking any step.
reason-trafficking-return-iom = Through IOM, the Government of Japan helps foreign victims of human trafficking who are under protection in Japan to return home and to rebuild their lives afterwards. This can include help to find work or training, legal help, medical costs and counselling. Before any return, IOM checks the person's safety through its office in the home country.
reason-labour-intern-otit = Technical intern trainees can go to the consultation counter of the Organization for Technical Intern Training (OTIT). OTIT also inspects the places where trainees work.
reason-labour-inspection = The Labour Standards Inspection Office checks workplaces and acts against breaches of the law. It also works with the police and immigration authorities against forced labour and human trafficking.
reason-labour-foreign-line = Foreign workers can talk about problems at work by phone in other languages. The labour bureaus are making it easier for foreign nationals to ask for help in several languages.
reason-labour-hotline = The Labour Conditions Hotline takes calls from anywhere in Japan about problems such as unpaid wages or very long working hours. It is open on weekday evenings and at weekends and holidays.
reason-residence-legal = Without a status of residence, or while a refugee application is pending, the next steps can change a lot (for example, going to the immigration office of one's own accord counts in the person's favour for special permission to stay). It is safest to get legal advice in their own language before taking any step.
reason-residence-information = The Immigration Information Centers explain residence procedures; the Immigration Services Agency has announced that they will also take consultations on problems of daily life. At the Foreign Residents Support Center (FRESC), several government offices work together to advise on extending or changing a status of residence and on legal trouble.
reason-residence-no-status-bureau = When a person without a status of residence goes to the immigration office of their own accord, this counts in their favour when special permission to stay is decided. The procedures after that are explained both for people who want to go home and for people who want to stay in Japan.
reason-dv-women = Women's Counseling and Support Centers give advice, can go with the person to other services, and can provide temporary protection, with support for children who come too. DV Sodan+ is the national service for advice about violence from a partner.
reason-dv-police = The police consultation line gives advice and information on matters that are not emergencies, and passes the matter to another office when that is better, taking care of privacy.
reason-images-hotline = The Internet Hotline Center takes reports of illegal content online, such as sexual images of children. It passes them to the police and asks the website to delete them.
reason-images-police = The police can ask a website to delete illegal images. The police consultation line gives advice and information and, when needed, passes the matter to the right office, taking care of privacy.
reason-rights-foreign-language = The human rights offices of the Ministry of Justice take consultations about discrimination against foreign nationals, including by phone in several languages.
reason-rights-women = The Legal Affairs Bureaus of the Ministry of Justice give advice on human rights problems, including sexual exploitation, and the Women's Rights Hotline is their line for women. If there may be a human rights violation, they look into it and take action.
reason-victim-legal-help = Houterasu (the Japan Legal Support Center) explains the legal system and where to get help, and refers crime victims to lawyers with experience in helping victims. This is possible however long ago the harm happened, and victims who cannot afford a lawyer can get help with the fees.
reason-crime-victim-support = Crime victim support groups give victims early support and keep what they are told confidential. The police pass on the person's contact details to them only with the person's consent.
reason-foreign-local-counter = Some local governments have a one-stop counter for foreign residents (259 received national funding for one in FY2024): ask the local government whether it has one. It gives information and advice about daily life, such as residence procedures, work, medical care, welfare, childbirth, childcare and children's education, and quickly finds the right place to ask.
reason-always-yorisoi = The Yorisoi Hotline is another place where the person can talk about their worries. It also has a helpline in several languages for foreign residents.
reason-legal-help-multilingual = Houterasu's multilingual information service explains the legal system and where to get help in 10 foreign languages, through an interpreter. Houterasu is also part of the Foreign Residents Support Center (FRESC), where legal and residence troubles can be discussed.
reason-child-shelter-189 = The child needs a safe place to stay, so contact the Child Guidance Center. The center takes a child into temporary care when the child's safety must be secured.

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = The child said they do not want the police, but a child who may be sexually exploited or trafficked must be protected first, so the police are involved all the same. Tell the child this honestly. The police take the child into protection and contact the parents or guardians and the school. If the child is afraid of their family, tell the police and the Child Guidance Center: the center can take a child into temporary care when it is hard for the child to go home.
reason-child-police-juvenile = The juvenile consultation line of the prefectural police takes calls from children and from parents about crime, abuse and other worries, so that child victims are found early. Consultation without giving a name is accepted.
reason-child-write-in = A child who finds it hard to phone can write to the Ministry of Justice at any hour, through the Children's Rights SOS e-mail form.
reason-child-anonymous-lines = The child wants to stay anonymous. The police Anonymous Reporting Dial is for tips from the public, not a counselling line, so it is not the place for the child. These lines accept a child's consultation without a name: 189 (the Child Guidance Center; anonymous calls are accepted) and the juvenile consultation line of the prefectural police. The 24-hour Children SOS Dial answers at any hour.
reason-sv-cure-time = Cure Time takes consultations on sexual violence by chat and e-mail, without a name, from people of any age and gender. It suits a person who finds it hard to talk on the phone.
reason-trafficking-return-fears-legal = The person wishes (or may wish) to go home but fears harm there. That is no reason to drop return support: before any return, IOM checks the person's safety through its office in the home country, and its support respects the person's wishes. But first get legal advice in their own language: a person who may be harmed if returned may be able to stay in Japan under protection. They can decide after that; they do not have to choose now.
reason-dv-navi-8008 = #8008 connects to the nearest Spousal Violence Counseling and Support Center, which takes consultations from victims of any gender. The center gives advice and counselling, information on protection orders and on living independently, and arranges temporary protection.
reason-dv-shelter-any-gender = A safe place is needed now. The Spousal Violence Counseling and Support Center (through #8008) arranges temporary protection for the victim and anyone who comes with them, and DV Sodan+ can arrange emergency accommodation when needed. Outside the center's hours, DV Sodan+ answers the phone 24 hours.
reason-dv-shelter-men = Be honest with a man or a person of another gender about a safe place: the Women's Counseling and Support Centers and their shelters are for women. No prefecture runs a public shelter for men; in a 2024 survey, 11 of 47 prefectures had places for men secured through private bodies. Ask the Spousal Violence Counseling and Support Center (through #8008) what exists in this prefecture, and DV Sodan+ about emergency accommodation.
reason-rights-everyone = The Everyone's Human Rights Hotline of the Ministry of Justice takes consultations from anyone about discrimination and other human rights problems, including defamation and privacy violations online. If rights may have been violated, the Legal Affairs Bureau looks into it and can ask a website to delete the post.
