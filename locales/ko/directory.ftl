# 소개처 목록(data/directory.toml)의 표시 텍스트 — 한국어 (ko).
# 출처와 확인일은 directory.toml의 각 항목에 있습니다. 확인되지 않은 것은 '확인되지 않음'이라고 썼습니다.

## 110

service-police_emergency-name = 110번(경찰 긴급 신고)
service-police_emergency-hours = 24시간 받습니다.
service-police_emergency-expect = 지금 일어나고 있는 범죄나 신변의 위험이 있을 때 신고합니다. 통화는 무료입니다. 통역이 함께하는 3자 통화로 외국어에 대응하는 도도부현 경찰도 있지만, 대응 언어와 시간대는 도도부현마다 다릅니다.

## 119

service-ambulance_fire-name = 119번(소방·구급)
service-ambulance_fire-hours = 24시간 365일 받습니다.
service-ambulance_fire-expect = 화재, 갑작스러운 병, 부상, 구조가 필요할 때 겁니다. 통화도 구급차 이송도 무료입니다. 많은 소방본부에서 통역이 함께하는 3자 통화를 할 수 있으므로, 외국어로 말하는 사람에게는 영어나 모국어로 언어 이름을 말하고, 통역이 연결될 때까지 아무 소리가 없거나 대기음이 계속되어도 전화를 끊지 말고 기다리라고 알려 주세요.

## 경찰서

service-police_station-name = 가장 가까운 경찰서
service-police_station-hours = 경찰서마다 다릅니다. 전국 공통 번호나 접수 시간은 없으므로, 위치와 연락처는 도도부현 경찰에서 확인해 주세요.
service-police_station-expect = 인신매매 피해자나 피해에 대한 정보를 가진 사람은 가장 가까운 경찰서에 가거나 전화하도록 안내되고 있습니다(긴급할 때는 110번). 외국인 피해자는 지방출입국재류관리국에도 상담할 수 있습니다. 아이나 보호자는 경찰서의 소년계(소년 상담 창구)에도 상담할 수 있습니다.

## #9110

service-police_consult_9110-name = 경찰 상담 전용 전화 「#9110」
service-police_consult_9110-hours = 평일 8:30~17:15가 기본이지만 도도부현마다 다릅니다. 밤이나 휴일에는 당직 직원이나 녹음 안내로 대응하며, 24시간 받는 현도 있습니다.
service-police_consult_9110-expect = 스토킹, 가정폭력(DV), 사기, 이웃 간 문제 등 긴급하지 않은 경찰 상담에 이용합니다. 전화를 건 지역의 도도부현 경찰 상담 창구로 연결됩니다. 상담은 무료이지만 통화료는 상담자가 부담하며, 외국어 대응은 도도부현마다 다릅니다.

## #8103

service-police_sexual_crime_8103-name = 성범죄 피해 상담 전화 전국 공통 번호 「#8103(하트상, ハートさん)」
service-police_sexual_crime_8103-hours = 24시간 받습니다(2019년 4월부터 전국에서 24시간 대응).
service-police_sexual_crime_8103-expect = 전화를 건 지역의 도도부현 경찰 성범죄 피해 상담 창구로 연결됩니다. 성별에 관계없이 피해자 본인뿐 아니라 가족이나 지원자도 상담할 수 있습니다. 익명 상담을 받는 현(예: 이바라키현)이나, 여성 경찰관의 대응을 희망할 수 있다고 안내하는 현(예: 나가사키현)도 있습니다.

## #8891

service-onestop_8891-name = 성범죄·성폭력 피해자를 위한 원스톱 지원센터(전국 공통 번호 「#8891」)
service-onestop_8891-hours = 연결된 각 센터의 접수 시간 안에 대응합니다(24시간 365일 대응하는 센터도 있습니다). 밤과 휴일의 시간 외 전화를 받는 콜센터가 2021년 10월에 개설되었지만, 지금도 운영하고 있는지는 확인되지 않았습니다.
service-onestop_8891-expect = 전화를 건 도도부현의 원스톱 지원센터로 연결됩니다. 나이와 성별에 관계없이 성폭력 피해자 본인, 가족이나 지원자가 상담할 수 있습니다. 의료(긴급 피임, 성병 검사, 증거 채취), 마음 돌봄, 경찰이나 법률 상담 동행 등으로 연결해 줍니다.

## 189

service-child_guidance_189-name = 아동상담소 학대 대응 다이얼 「189(이치하야쿠, いちはやく)」
service-child_guidance_189-hours = 24시간 받습니다.
service-child_guidance_189-expect = 아동 학대가 의심될 때 누구나 걸 수 있으며, 가장 가까운 아동상담소로 연결됩니다. 익명으로도 알릴 수 있고, 알린 사람과 내용의 비밀은 지켜집니다. 아동상담소는 필요에 따라 일시 보호, 진료 지원, 심리사의 심리 상담을 하며, 성적 학대 등의 피해는 확인한 뒤 경찰에 알립니다.

## 24시간 어린이 SOS 다이얼

service-children_sos_24h-name = 24시간 어린이 SOS 다이얼(문부과학성)
service-children_sos_24h-hours = 밤과 휴일을 포함해 24시간 받습니다.
service-children_sos_24h-expect = 따돌림(이지메)이나 그 밖의 SOS에 대해 아이도 보호자도 상담할 수 있는 무료 전화입니다. 전화를 건 지역의 교육위원회 상담 창구로 연결됩니다.

## 어린이 인권 상담 전화

service-childrens_rights_hotline-name = 법무성 어린이 인권 상담 전화(こどもの人権110番)
service-childrens_rights_hotline-hours = 평일 8:30~17:15입니다. 매년 강화 주간(예: 2025년 8월 27일~9월 2일)에는 평일 19:00까지 연장하고, 토요일·일요일에도 10:00~17:00에 받습니다.
service-childrens_rights_hotline-expect = 따돌림(이지메), 체벌, 학대 등 어린이 인권에 관한 법무성의 무료 상담으로, 아이 본인도, 아이를 걱정하는 어른도 걸 수 있습니다. 법무국 직원이나 인권옹호위원이 대응하며, 비밀은 지켜집니다. LINE(@linejinkensoudan)이나 이메일로도 상담할 수 있습니다.

## 익명 신고 다이얼

service-anonymous_reporting_dial-name = 익명 신고 다이얼(경찰청)
service-anonymous_reporting_dial-hours = 전화는 평일에만 받습니다. 접수 시간은 정보 출처에 따라 다르므로(2025년 기사에서는 10:00~17:00, 2009년 기사에서는 9:30~18:15) 확인이 필요합니다. 웹사이트를 통한 신고는 24시간 가능합니다.
service-anonymous_reporting_dial-expect = 인신매매, 아동 성매수·아동 포르노, 아동 학대 등의 정보를 이름을 밝히지 않고 경찰에 전하기 위한 창구이며, 피해 상담 창구가 아닙니다. 개인정보는 묻지 않고 발신자 번호도 표시되지 않으며, 나중에 확인하기 위한 접수 번호와 비밀번호를 받습니다. 정보가 범인 검거나 피해자 보호로 이어진 경우 정보료가 지급될 수 있습니다.

## IOM

service-iom_japan-name = 국제이주기구(IOM) 주일 사무소
service-iom_japan-hours = 월~금 9:00~12:30과 13:30~17:00입니다(IOM 휴일 제외). 번호와 시간은 날짜가 없는 정보 출처 한 곳에서만 확인되었습니다.
service-iom_japan-expect = 보호된 외국인 인신매매 피해자의 귀국과 귀국 후 사회 복귀(취업·직업 훈련, 법적 지원, 의료비, 심리 상담 등)를 지원합니다. 대상은 경찰이나 출입국재류관리청 등에 피해자로 보호된 사람입니다. 퇴거강제영서가 발부된 사람 중 인도적인 배려가 필요하고 귀국 후 생활이 불안한 사람을 위한 자주 귀국 지원도 있습니다.

## 지방출입국재류관리국

service-immigration_bureau-name = 지방출입국재류관리국
service-immigration_bureau-hours = 국·출장소마다 다릅니다. 위치·연락처·접수 시간은 출입국재류관리청 웹사이트에서 확인해 주세요.
service-immigration_bureau-expect = 재류기간 갱신·재류자격 변경, 재류특별허가, 난민 인정·보완적 보호 신청을 다룹니다. 보호된 외국인 인신매매 피해자에게는 재류자격 변경이나 재류특별허가가 검토되며, 면접은 가능한 한 모국어로 하고, 여성에게는 여성 직원이 대응하는 것으로 되어 있습니다. 재류자격이 없는 사람이 스스로 출두한 것은 재류특별허가 판단에서 유리한 사정으로 고려됩니다(2024년 3월 개정 가이드라인).

## 외국인 재류 종합 인포메이션 센터

service-isa_information_center-name = 외국인 재류 종합 인포메이션 센터(출입국재류관리청)
service-isa_information_center-hours = 평일 8:30~17:15입니다.
service-isa_information_center-expect = 입국이나 재류 절차, 재류자격에 관한 질문에 전화로 답합니다. 일본어를 포함한 17개 언어에 대응합니다(2021년 7월 기준). 이메일 문의는 일본어와 영어입니다.

## FRESC

service-fresc-name = 외국인 재류 지원 센터(FRESC)
service-fresc-hours = 평일 9:00~17:00입니다(토요일·일요일·공휴일과 12월 29일~1월 3일은 휴무). 헬프데스크도 평일 9:00~17:00였지만, 지금도 운영하고 있는지는 확인되지 않았습니다.
service-fresc-expect = 도쿄에 있는 외국인 지원 거점으로, 도쿄출입국재류관리국, 도쿄법무국 인권옹호부, 법테라스, 도쿄노동국, 헬로워크(공공직업안정소) 등이 모여 있어 재류기간 갱신·재류자격 변경이나 법적 문제를 상담할 수 있습니다. 창구는 쉬운 일본어를 포함한 11개 언어에 대응합니다(2020~2021년). 지자체 원스톱 상담 창구의 문의에도 답하고 있습니다.

## 지자체 원스톱 상담 창구

service-local_onestop_counter-name = 지자체의 외국인 원스톱 상담 창구
service-local_onestop_counter-hours = 지자체마다 다릅니다. 창구가 없는 지자체도 있습니다.
service-local_onestop_counter-expect = 외국인 주민이 재류 절차, 일, 의료, 복지, 출산, 육아, 교육 등에 대해 상담하고, 알맞은 상담처를 안내받을 수 있는 지자체의 창구입니다. 모든 지자체에 있는 것은 아닙니다(2024년도에 국가 교부금을 받은 곳은 259개 지자체). 대응 언어와 접수 시간은 해당 지자체에 확인해 주세요.

## 여성상담지원센터

service-women_support_center-name = 여성상담지원센터(전국 공통 단축 다이얼 「#8778」)
service-women_support_center-hours = 도도부현마다 다릅니다(예: 홋카이도 센터는 평일 9:00~17:00). #8778은 전화를 건 도도부현의 센터로 연결되므로, 그 센터의 접수 시간에 따릅니다.
service-women_support_center-expect = 도도부현의 여성상담지원센터(2024년 3월까지의 이름은 부인상담소)로, 여성이 가정폭력(DV), 성 피해, 스토킹, 인신매매, 생활고, 가족 문제 등을 상담할 수 있으며, 함께 온 아이를 포함해 일시 보호(안전하게 지낼 곳)를 받을 수 있습니다. 인신매매 피해 여성은 국적·나이에 관계없이 보호되며, 생활 지원, 통역, 의료 등의 지원이 있습니다. #8778의 통화료는 상담자가 부담합니다.

## DV 상담+

service-dv_sodan_plus-name = DV 상담+(플러스)(DV相談プラス, 내각부)
service-dv_sodan_plus-hours = 전화와 이메일은 24시간, 채팅은 12:00~22:00입니다.
service-dv_sodan_plus-expect = 배우자나 파트너의 폭력에 대해 상담할 수 있는 국가의 무료 창구입니다. 전화는 일본어만 되며, 채팅과 이메일은 10개 외국어에도 대응합니다(2020년 시작 당시. 11개 언어라는 안내도 있습니다). 필요에 따라 동행 지원이나 긴급 숙박 장소 제공으로 연결해 줍니다.

## 요리소이 핫라인

service-yorisoi_hotline-name = 요리소이 핫라인(よりそいホットライン)
service-yorisoi_hotline-hours = 24시간 365일 받습니다. 외국어 상담은 매일 10:00~22:00이며, 요일·시간대에 따라 대응 언어가 바뀝니다(2015년 무렵의 정보. 현재 시간과 언어는 확인되지 않았습니다).
service-yorisoi_hotline-expect = 생활의 어려움, 자살을 생각할 만큼의 고민, 가정폭력(DV)·성폭력, 성소수자, 외국인의 고민 등 어떤 일이든 상담할 수 있는 무료 전화입니다(휴대전화·공중전화에서도 무료). 외국어로 상담할 때는 안내 방송 후에 2번을 누릅니다. 이와테·미야기·후쿠시마에서 거는 사람을 위한 전용 번호가 있습니다.

## 법테라스

service-houterasu-name = 법테라스 서포트 다이얼(일본사법지원센터, 法テラス)
service-houterasu-hours = 평일 9:00~21:00, 토요일 9:00~17:00입니다(일요일·공휴일·연말연시는 휴무). 범죄 피해자 지원 다이얼도 같은 시간입니다(2021년 정보).
service-houterasu-expect = 문제에 맞는 법 제도나 상담 창구를 안내합니다(상담원은 개별 법률 상담에는 응하지 않습니다). 범죄 피해자와 가족은 범죄 피해자 지원 다이얼에서, 피해 후 지난 시간에 관계없이 피해자 지원에 밝은 변호사 소개 등을 받을 수 있습니다. 경제적 여유가 없는 피해자는 변호사 비용 지원을 받을 수 있으며, 아동 학대 피해자는 경제 상황에 관계없이 법률 상담을 받을 수 있습니다.

## 법테라스 다국어

service-houterasu_multilingual-name = 법테라스 다국어 정보 제공 서비스
service-houterasu_multilingual-hours = 월~금 9:00~17:00입니다.
service-houterasu_multilingual-expect = 외국인을 위한 법테라스 창구로, 통역이 함께하는 3자 통화로 10개 언어와 쉬운 일본어에 대응하며, 빚, 이혼, 노동, 사고, 재류자격, 재해 등에 관한 제도와 상담처를 안내합니다. 일본에 주소가 있고, 적법한 재류자격이 있으며, 수입이 적은 사람은 무료 법률 상담을 받을 수 있습니다. 해외에서는 걸 수 없습니다.

## 범죄 피해자 지원 센터

service-victim_support_center-name = 전국 피해자 지원 네트워크 범죄 피해자 등 전화 서포트 센터
service-victim_support_center-hours = 전국 공통 전화는 7:30~22:00입니다(2019년 정보. 요일은 확인되지 않았습니다). 각 지역 피해자 지원 센터의 대부분은 평일 10:00~16:00입니다(2019년).
service-victim_support_center-expect = 범죄나 사고의 피해자, 유족, 가족이 무료로 상담할 수 있으며, 각 도도부현에 피해자 지원 센터(48곳)가 있습니다. 전화나 면담 상담, 경찰·검찰청·법원·병원 동행, 각종 신청 도움을 받을 수 있으며, 상담 내용의 비밀은 지켜집니다. 피해자가 동의하면 경찰이 지원 센터에 연락처를 전달해 줄 수도 있으며, 법적 절차를 밟지 않는 사람도 이용할 수 있습니다.

## OTIT 모국어 상담

service-otit_native_language-name = 외국인기능실습기구(OTIT) 모국어 상담
service-otit_native_language-hours = 언어마다 요일이 정해져 있으며, 11:00~19:00입니다(2020년 무렵의 안내서). 다른 안내에는 9:00~17:00 시간대(토요일로 보입니다)도 있고 요일에도 차이가 있으므로 확인이 필요합니다.
service-otit_native_language-expect = 기능실습생이 모국어로 무료 상담할 수 있으며, 일, 임금·잔업, 강제 귀국, 일상생활 등의 문제를 다룹니다. 언어마다 전화번호와 요일이 정해져 있습니다. 미얀마어와 몽골어 전화번호, 폭력이나 협박 등에 대한 긴급 상담 창구(2021년 4월 개설)의 번호는 확인되지 않았습니다.

## 노동기준감독서

service-labour_standards_office-name = 노동기준감독서
service-labour_standards_office-hours = 대부분 평일 8:30~17:15입니다(예: 이치노미야 노동기준감독서). 감독서마다 확인해 주세요.
service-labour_standards_office-expect = 임금·잔업 수당 체불, 해고, 산업 재해 등을 다루는 지역 노동기준감독서입니다. 노동기준법은 국적에 관계없이 외국인 노동자에게도 적용됩니다. 요일을 정해 통역을 두고 있는 노동국이나 감독서도 있습니다.

## 외국인 노동자 상담 다이얼

service-labour_foreign_workers_hotline-name = 외국인 노동자 상담 다이얼(후생노동성)
service-labour_foreign_workers_hotline-hours = 접수 시간은 확인되지 않았습니다(영어는 월~금으로 안내되어 있지만, 시간은 확인되지 않았습니다).
service-labour_foreign_workers_hotline-expect = 외국인 노동자가 노동 조건에 대해 상담할 수 있으며, 법률 설명과 알맞은 기관 안내를 받을 수 있습니다. 영어·중국어·포르투갈어·스페인어 번호는 확인되었고, 타갈로그어·베트남어·미얀마어·네팔어도 있지만 번호는 확인되지 않았습니다. 통화료는 상담자가 부담합니다.

## 노동조건 상담 핫라인

service-labour_conditions_hotline-name = 노동조건 상담 「핫라인」(ほっとライン, 후생노동성)
service-labour_conditions_hotline-hours = 월~금 17:00~22:00, 토요일·일요일·공휴일 9:00~21:00입니다(12월 29일~1월 3일은 휴무). 노동기준감독서가 문을 닫은 시간대에 받습니다.
service-labour_conditions_hotline-expect = 위법한 시간 외 노동, 과중 노동, 임금 체불 등에 대해 전국 어디에서나 노동자도 사업주도 무료로, 익명으로도 상담할 수 있습니다. 조언과 상담처 안내를 하는 창구이며, 사업주에 대한 지도는 하지 않습니다. 외국어 번호는 위탁 업체와 함께 바뀌므로, 알려 주기 전에 후생노동성 페이지에서 현재 번호를 확인해 주세요.

## 인터넷 핫라인 센터

service-internet_hotline_center-name = 인터넷 핫라인 센터(インターネット・ホットラインセンター)
service-internet_hotline_center-hours = 웹 신고 양식으로 받습니다(24시간 접수라고 명시되어 있는지는 확인되지 않았습니다).
service-internet_hotline_center-expect = 아동 포르노, 음란 이미지, 성매매 권유, 약물 판매 등 인터넷상의 위법 정보를 신고할 수 있으며, 익명으로도 신고할 수 있습니다. 센터는 사이트 관리자에게 삭제를 요청하고 경찰에 알리지만, 상담 창구가 아니며 명예훼손이나 사생활 침해는 다루지 않습니다. 본인의 성적인 이미지 삭제(리벤지 포르노)는 같은 단체가 운영하는 세이프라인(セーフライン)으로, 생명에 관한 협박은 110번으로 연결해 주세요.

## 외국어 인권 상담 다이얼

service-foreign_language_human_rights_hotline-name = 외국어 인권 상담 다이얼(법무성)
service-foreign_language_human_rights_hotline-hours = 평일 9:00~17:00입니다(연말연시 제외).
service-foreign_language_human_rights_hotline-expect = 차별, 따돌림, 집이나 서비스를 거절당한 일 등 외국인 주민의 인권 문제에 대해 10개 언어로 상담할 수 있습니다. 통역이 함께하는 3자 통화로 담당 법무국에 연결됩니다. 상담은 무료이지만 통화료는 상담자가 부담합니다.

## 여성 인권 핫라인

service-womens_rights_hotline-name = 여성 인권 핫라인(법무성)
service-womens_rights_hotline-hours = 평일 8:30~17:15입니다. 매년 11월 강화 주간(예: 2024년 11월 13일~19일)에는 평일 19:00까지 연장하고, 토요일·일요일에도 10:00~17:00에 받습니다.
service-womens_rights_hotline-expect = 남편·파트너의 폭력, 직장 내 성희롱, 스토킹 등 여성 인권에 관한 문제를 다루는 법무성의 상담 창구로, 법무국 직원이나 인권옹호위원이 대응하며 비밀은 지켜집니다. 상담은 무료이지만 통화료는 상담자가 부담합니다. 일본어로 대응하므로, 외국어가 필요한 사람에게는 외국어 인권 상담 다이얼을 안내해 주세요.

## 연락처 주석

contact-note-ntt-hikari = NTT 히카리 전화(ひかり電話)에서는 이 번호로
contact-note-some-ip-phones = 일부 IP 전화에서는 연결되지 않을(또는 통화료가 들) 수 있습니다. 그럴 때는 각 지역 창구의 번호로 걸어 주세요.
contact-note-9110-lines = 다이얼 회선(펄스식)이나 일부 IP 전화에서는 이용할 수 없습니다. 그럴 때는 도도부현 경찰의 상담 전화번호로 걸어 주세요.
contact-note-no-ip-phone = IP 전화에서는 연결되지 않습니다.
contact-note-no-ip-phone-moj = IP 전화에서는 연결되지 않습니다. 그럴 때는 가장 가까운 법무국 번호로 걸어 주세요.
contact-note-8778-lines = 이와테·니가타·교토·효고·후쿠오카·오이타·오키나와의 일부 지역에서는 회선에 따라 연결되지 않습니다. 그럴 때는 도도부현 센터의 번호로 걸어 주세요.
contact-note-alt-ip-overseas = IP 전화나 해외에서는 이 번호로
contact-note-alt-ip-prepaid-overseas = IP 전화, 선불 휴대전화, 해외에서는 이 번호로
contact-note-alt-ip-prepaid = IP 전화나 선불 휴대전화에서는 이 번호로
contact-note-houterasu-victim = 범죄 피해자 지원 다이얼(범죄 피해자와 가족용)
contact-note-yorisoi-foreign = 외국어는 안내 방송 후에 2번
contact-note-yorisoi-tohoku = 이와테·미야기·후쿠시마에서 거는 사람을 위한 전용 번호(외국어 번호가 아닙니다)
contact-note-fresc-helpdesk = FRESC 헬프데스크(무료). 임시 창구로 개설되었으므로, 지금도 운영하고 있는지 확인해 주세요.
contact-note-isa-office-list = 출입국재류관리청 웹사이트(각 국의 위치·연락처·접수 시간)
contact-note-otit-vi = 베트남어: 월~금
contact-note-otit-zh = 중국어: 월·수·금
contact-note-otit-id = 인도네시아어: 화·목
contact-note-otit-fil = 필리핀어: 화·토(화·목이라는 안내도 있습니다)
contact-note-otit-en = 영어: 화·토(화·목이라는 안내도 있습니다)
contact-note-otit-th = 태국어: 목·토
contact-note-otit-km = 크메르어(캄보디아어): 목
contact-note-mhlw-fw-en = 영어(월~금)
contact-note-lang-zh = 중국어
contact-note-lang-pt = 포르투갈어
contact-note-lang-es = 스페인어
contact-note-check-roudou = 후생노동성 페이지(외국어의 현재 번호와 시간)
contact-note-safe-line = 세이프라인(セーフライン): 본인의 성적인 이미지, 아동 포르노, 따돌림 이미지 등의 삭제를 사이트에 요청합니다(같은 단체가 운영).
