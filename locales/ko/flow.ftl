### 상담 흐름(data/flow.toml)의 표시 텍스트 — 한국어 (ko); 기준 언어는 일본어 (ja)
###
### 질문은 창구 직원이 상담자에게 읽어 주는 문장입니다. '당사자'는 어려움을 겪고 있는 본인을 가리키며,
### 상담자가 가족이나 지원자 등인 경우도 있습니다. 선택지는 큰 버튼에 표시되므로 짧게 썼습니다.
### 이유(reason-*)는 직원이 그 소개처를 권하는 이유로 읽어 주는 문장이며, flow.toml의 각 규칙이
### 인용하는 출처에 쓰인 범위 안에서 썼습니다. 전화번호는 소개처 정보에 표시되므로 여기에는 쓰지 않습니다.

## 사실의 제목(요약에 표시)

fact-danger = 지금의 위험
fact-injured = 긴급한 치료
fact-concern = 상담 내용
fact-age_group = 나이
fact-gender = 성별
fact-nationality = 국적
fact-residence = 재류자격
fact-caller = 상담하는 사람
fact-recent = 피해 시기
fact-police = 경찰 상담
fact-anonymous = 익명 희망
fact-shelter = 피난처
fact-return_home = 귀국 희망
fact-fears_return = 귀국할 경우의 위험

## 질문과 선택지(질문하는 순서)

question-danger = 지금 위험한 상태에 있는 사람이 있나요?
value-danger-immediate = 예, 지금 위험이 있음
value-danger-none = 아니요, 지금은 위험이 없음

question-injured = 지금 다치거나 몸 상태가 갑자기 나빠지는 등, 바로 치료가 필요한 사람이 있나요?
value-injured-yes = 예
value-injured-no = 아니요

question-concern = 어떤 일로 어려움을 겪고 계신가요? 해당하는 것을 모두 골라 주세요.
value-concern-trafficking_sexual = 성매매나 성적인 촬영을 강요당하고 있음
value-concern-trafficking_labour = 강제 노동·빚으로 인한 구속·여권을 빼앗김
value-concern-sexual_violence = 성폭력(강간·성폭행 등)
value-concern-child_abuse = 아동 학대·방임(성적 학대 포함)
value-concern-child_sexual_exploitation = 아동 성매수·JK 비즈니스(여고생 접객 영업 등)·아동의 성적인 이미지
value-concern-online_sexual_images = 성적인 이미지가 인터넷에 올라갔음·올리겠다는 협박을 받고 있음
value-concern-domestic_violence = 배우자·연인·가족의 폭력(DV)
value-concern-labour_problem = 일 문제(임금 체불·괴롭힘·해고 등)
value-concern-residence_problem = 재류자격·비자·절차 문제
value-concern-discrimination = 차별이나 그 밖의 인권 침해
value-concern-other = 기타

question-age_group = 당사자(어려움을 겪고 있는 분)는 18세 미만인가요?
value-age_group-child = 18세 미만
value-age_group-adult = 18세 이상

question-gender = 당사자의 성별을 알려 주세요. 당사자 본인이 생각하는 성별로 답해도 됩니다.
value-gender-female = 여성
value-gender-male = 남성
value-gender-other = 기타

question-nationality = 당사자는 일본 국적인가요, 아니면 외국 국적인가요?
value-nationality-japanese = 일본 국적
value-nationality-foreign = 외국 국적

question-residence = 당사자의 재류자격(비자)을 알려 주세요.
value-residence-technical_intern = 기능실습
value-residence-skilled_worker = 특정기능
value-residence-other_status = 그 밖의 재류자격
value-residence-no_status = 재류자격이 없음(오버스테이 등)
value-residence-refugee_applicant = 난민 인정 신청 중

question-caller = 상담하시는 것은 본인의 일인가요? 아니면 다른 사람에 관한 상담이나 신고인가요?
value-caller-self = 나 자신 (내 일입니다)
value-caller-third_party = 본인이 아닌 사람(가족·지인·지원자 등)

question-recent = 성폭력 피해를 입은 것은 언제쯤인가요? 72시간(3일) 이내인가요, 그보다 전인가요?
value-recent-within_72h = 72시간(3일) 이내
value-recent-older = 72시간(3일)이 넘게 지났음

question-police = 당사자는 경찰에 상담하거나 피해를 신고하고 싶어 하나요?
value-police-wants_report = 예
value-police-undecided = 아직 정하지 않았음
value-police-no = 아니요

question-anonymous = 이름을 밝히지 않고(익명으로) 상담이나 신고를 하고 싶으신가요?
value-anonymous-yes = 예
value-anonymous-no = 아니요

question-shelter = 당사자에게 지금 바로 안전하게 지낼 수 있는 곳(피난처)이 필요한가요?
value-shelter-yes = 예
value-shelter-no = 아니요

question-return_home = 당사자는 자기 나라로 돌아가고 싶어 하나요?
value-return_home-yes = 예
value-return_home-no = 아니요
value-return_home-undecided = 아직 정하지 않았음

question-fears_return = 당사자는 자기 나라로 돌아가면 해를 입을 위험이 있다고 느끼나요?
value-fears_return-yes = 예
value-fears_return-no = 아니요

## 소개 이유(flow.toml의 규칙 순서)

reason-danger-police = 지금 위험이 닥쳐 있으므로, 먼저 경찰 긴급 신고를 우선합니다. 경찰 긴급 신고에서는 외국어 대응도 확대되고 있습니다.
reason-injured-ambulance = 바로 치료가 필요한 사람이 있으므로, 먼저 구급차를 부릅니다. 많은 소방본부에서는 통역이 함께하는 3자 통화로 신고할 수 있습니다.
reason-child-abuse-189 = 아이가 학대를 받고 있을지도 모른다고 생각되면 누구나 아동상담소(児童相談所)에 연락할 수 있으며, 이름을 밝히지 않고 알릴 수도 있습니다. 아동상담소는 필요할 때 아이를 일시 보호하고, 전문적인 의료를 받도록 돕고, 아동심리사가 심리 상담을 합니다.
reason-child-harmed-189 = 당사자가 18세 미만이거나 그럴 가능성이 있으므로, 아동상담소로 연결합니다. 성적 학대 등으로 몸과 마음에 상처를 입은 아이에게는 일시 보호, 진료 지원, 심리 상담 등의 지원이 있으며, 피해를 확인한 뒤 경찰에도 알립니다.
reason-child-danger-189 = 아이에게 위험이 닥쳐 있으므로, 경찰과 함께 아동상담소에도 연락합니다. 아동상담소는 아이의 안전을 확보해야 할 때 일시 보호를 합니다.
reason-child-own-lines = 아이가 직접 상담할 수 있는 전화도 있습니다. '24시간 어린이 SOS 다이얼'은 밤이나 휴일에도 받으며, 법무성의 '어린이 인권'(こどもの人権) 무료 전화 상담에서는 어린이 인권에 관한 고민을 상담할 수 있습니다.
reason-child-trafficking-police = 아이가 성적으로 착취당하거나 인신매매 피해를 입고 있을 우려가 있습니다. 경찰에는 아동 성 착취에 관한 상담 창구가 있으며, 관계 기관이나 NGO와 협력하여 피해자를 찾아내고 보호하고 있습니다.
reason-anonymous-report = 경찰의 익명 신고 다이얼에서는 인신매매나 아동 학대 등에 관한 정보를 이름을 밝히지 않고 신고할 수 있습니다. 잘 드러나지 않는 이런 범죄를 빨리 찾아내기 위한 제도입니다.
reason-sv-recent-medical = 성폭력 피해를 입은 직후에는 의료(긴급 피임, 증거 보전 등)가 매우 중요합니다. 원스톱 지원센터에서는 의료, 마음 돌봄, 법률 상담 등의 지원을 한곳에서 받을 수 있습니다.
reason-sv-onestop = 피해 후 시간이 지났더라도 성범죄·성폭력 피해자를 위한 원스톱 지원센터에서 상담과 지원을 받을 수 있습니다. 센터는 모든 도도부현에 있습니다.
reason-sv-police = 성범죄 피해자를 위한 경찰의 전국 공통 번호는 전화를 건 지역의 도도부현 경찰 상담 창구로 연결됩니다. 피해자가 경찰에 쉽게 상담할 수 있도록 만든 번호이며, 신고할지 정하기 전에도 상담할 수 있습니다.
reason-sv-no-police-support = 경찰에 신고하지 않아도 지원을 받을 수 있습니다. 법적 절차를 원하지 않는 성범죄 피해자도 범죄 피해자를 지원하는 단체에서 이른 단계부터 지원을 받을 수 있습니다.
reason-trafficking-police = 경찰은 인신매매 피해자에게 피해를 신고하도록 당부하고 있으며, 관계 기관이나 NGO와 협력하여 피해자를 보호하고 있습니다. 경찰 상담 창구는 인신매매가 간과되지 않도록 상담과 신고에 정성껏 대응하고 있습니다.
reason-trafficking-women = 여성상담지원센터는 인신매매 피해를 입은 여성을 국적이나 나이에 관계없이 일시 보호합니다. 생활 지원, 통역 지원, 의료 등도 받을 수 있습니다.
reason-trafficking-immigration = 외국 국적의 인신매매 피해자는 출입국재류관리청에도 상담할 수 있습니다. 보호된 피해자에 대해서는 본인의 입장을 충분히 배려하면서 재류자격 변경이나 재류특별허가 등의 조치가 취해집니다.
reason-fears-return-protection = 자기 나라로 돌아가면 해를 입을 우려가 있는 분은 난민(성소수자라는 이유나 성별을 이유로 한 박해도 포함될 수 있습니다)이나, 분쟁을 피해 온 사람 등 '보완적 보호 대상자'로서 일본에서 보호받는 경우가 있습니다. 절차를 진행하기 전에 모국어로 법률 상담을 받으면 안심할 수 있습니다.
reason-trafficking-return-iom = 일본 정부는 국제이주기구(IOM)를 통해, 일본에서 보호된 외국 국적 인신매매 피해자의 귀국과 귀국 후 생활 재건을 지원하고 있습니다. 취업·직업 훈련 지원, 법적 지원, 의료비, 심리 상담 등이 포함됩니다. 귀국 전에 IOM은 본국의 IOM 사무소를 통해 본인의 안전을 확인합니다.
reason-labour-intern-otit = 기능실습생은 외국인기능실습기구(OTIT)의 상담 창구에 상담할 수 있습니다. OTIT는 실습하는 곳에 대한 현장 검사도 하고 있습니다.
reason-labour-inspection = 노동기준감독서는 직장을 조사하고 법률 위반에 대응하는 기관입니다. 강제 노동이나 인신매매에 대해서도 경찰이나 출입국재류관리청 등과 협력하여 단속하고 있습니다.
reason-labour-foreign-line = 외국 국적인 분은 일에 관한 고민을 외국어로 전화 상담할 수 있습니다. 노동국 등에서는 외국인이 쉽게 상담할 수 있도록 다국어 대응을 확대하고 있습니다.
reason-labour-hotline = 노동조건 상담 '핫라인'(ほっとライン)에서는 임금 체불이나 장시간 노동 등의 고민을 전국 어디에서나 상담할 수 있습니다. 평일 밤이나 토요일·일요일·공휴일에도 받습니다.
reason-residence-legal = 재류자격이 없는 경우나 난민 인정을 신청 중인 경우에는, 앞으로 어떻게 선택하느냐에 따라 결과가 크게 달라집니다(예를 들어, 스스로 출입국재류관리국에 출두한 것은 재류특별허가를 판단할 때 유리한 사정으로 여겨집니다). 절차를 진행하기 전에 모국어로 법률 상담을 받으면 안심할 수 있습니다.
reason-residence-information = 외국인 체류 종합 인포메이션 센터는 체류 자격 절차를 안내합니다. 출입국재류관리청은 이 센터가 생활상의 문제에 대한 상담도 받을 것이라고 밝혔습니다. 외국인 체류 지원 센터(FRESC)에서는 여러 국가 기관이 협력하여 체류 자격의 갱신·변경과 법률 문제에 대해 상담합니다.
reason-residence-no-status-bureau = 재류자격이 없는 분이 스스로 출입국재류관리국(입관)에 출두한 것은 재류특별허가를 판단할 때 유리한 사정으로 다루어집니다. 출두 후의 절차는 귀국을 원하는 분에게도, 일본에 남기를 원하는 분에게도 안내되고 있습니다.
reason-dv-women = 여성상담지원센터에서는 상담 외에도 관계 기관 동행과 일시 보호를 받을 수 있으며, 함께 온 아이에 대한 지원도 있습니다. 'DV 상담+(플러스)'(DV相談プラス)는 배우자나 연인 등의 폭력에 대해 상담할 수 있는 국가 창구입니다.
reason-dv-police = 경찰 상담 전용 전화는 긴급하지 않은 상담에 조언과 정보를 제공하며, 다른 기관이 다루는 편이 나은 경우에는 프라이버시를 배려하여 그 기관에 넘깁니다.
reason-images-hotline = 인터넷 핫라인 센터는 아동의 성적인 이미지 등 인터넷상의 위법 정보 신고를 받아 경찰에 알리고, 사이트 관리자에게 삭제를 요청합니다.
reason-images-police = 인터넷상의 위법한 이미지는 경찰이 사이트 관리자에게 삭제를 요청할 수 있습니다. 경찰 상담 전용 전화에서는 조언과 정보를 받을 수 있으며, 필요하면 프라이버시를 배려한 뒤 알맞은 기관으로 넘겨집니다.
reason-rights-foreign-language = 법무성의 인권옹호기관은 외국인에 대한 차별에 관한 인권 상담을 받고 있으며, 외국어 전화 상담도 하고 있습니다.
reason-rights-women = 법무성의 법무국은 성적 착취를 포함한 인권 문제 상담을 받고 있으며, '여성 인권 핫라인'은 그중 여성을 위한 창구입니다. 인권 침해가 의심되면 조사하고 필요한 조치를 취합니다.
reason-victim-legal-help = 법테라스(일본사법지원센터, 法テラス)는 법 제도나 상담처를 안내하고, 범죄 피해자 지원에 밝은 변호사를 소개합니다. 피해 후 시간이 지났더라도 상담할 수 있으며, 경제적 여유가 없는 피해자는 변호사 비용 지원을 받을 수 있습니다.
reason-crime-victim-support = 범죄 피해자를 지원하는 단체는 피해자에게 이른 단계부터 지원을 하며, 상담 내용의 비밀을 지킵니다. 경찰이 본인의 연락처를 이런 단체에 전달하는 것은 본인이 동의한 경우뿐입니다.
reason-foreign-local-counter = 외국인 주민을 위한 원스톱 상담 창구를 둔 지자체도 있습니다(2024년도에 국가 교부금을 받은 곳은 259개 지자체). 창구가 있는지는 해당 지자체에 확인하세요. 체류 절차, 일, 의료, 복지, 출산, 육아, 자녀 교육 등 생활에 관한 정보와 조언을 받을 수 있고, 적절한 상담처로도 바로 연결해 줍니다.
reason-always-yorisoi = 다른 상담처와 함께 '요리소이 핫라인'(よりそいホットライン)에서도 고민을 이야기할 수 있습니다. 외국인을 위한 다국어 상담 창구도 있습니다.
reason-legal-help-multilingual = 법테라스의 다국어 정보 제공 서비스는 외국어로 법 제도와 상담처를 안내합니다. 법테라스는 외국인 재류 지원 센터(FRESC)에도 들어가 있어서, 재류나 법률 문제에 대해 상담할 수 있습니다.
reason-child-shelter-189 = 아이에게 안전하게 지낼 곳이 필요하므로, 아동상담소에 연락합니다. 아동상담소는 아이의 안전을 확보해야 할 때 일시 보호를 합니다.

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = 아이는 경찰을 원하지 않는다고 했지만, 성적 착취나 인신매매 피해가 의심되는 아이는 보호가 먼저이므로 경찰과 연결합니다. 이 사실을 아이에게 솔직하게 말해 주십시오. 경찰은 아이를 보호하고 부모나 보호자, 학교에 연락합니다. 아이가 가족을 두려워하면 그 사실을 경찰과 아동상담소에 알리십시오. 집에 돌아가기 어려운 아이는 아동상담소가 일시 보호할 수 있습니다.
reason-child-police-juvenile = 도도부현 경찰의 소년 상담 전화는 피해 아동을 빨리 발견하기 위해, 아이와 부모로부터 범죄 피해나 학대 등 고민 상담을 받습니다. 이름을 밝히지 않고도 상담할 수 있습니다.
reason-child-write-in = 전화하기 어려운 아이는 법무성의 '어린이 인권 SOS 이메일' 양식으로 언제든지 글로 상담할 수 있습니다.
reason-child-anonymous-lines = 아이는 익명을 원합니다. 경찰의 익명 신고 다이얼은 일반인이 정보를 제공하는 곳이지 상담 창구가 아니므로, 아이 본인에게 안내할 곳이 아닙니다. 이름을 밝히지 않고 아이의 상담을 받는 곳은 189(아동상담소; 익명 전화도 받음)와 도도부현 경찰의 소년 상담 전화입니다. '24시간 어린이 SOS 다이얼'은 언제든지 연결됩니다.
reason-sv-cure-time = Cure Time은 나이와 성별에 관계없이 성폭력에 관한 상담을 채팅과 이메일로, 이름 없이 받습니다. 전화로 이야기하기 어려운 사람에게 맞습니다.
reason-trafficking-return-fears-legal = 본인은 귀국을 원하지만(또는 원할 수도 있지만) 돌아가면 해를 입을까 두려워합니다. 그것이 귀국 지원을 빼는 이유는 되지 않습니다. 귀국 전에 IOM은 본국의 IOM 사무소를 통해 본인의 안전을 확인하고, 본인의 뜻을 존중해 지원합니다. 다만 먼저 본인의 언어로 법률 상담을 받으십시오. 돌아가면 해를 입을 우려가 있는 사람은 일본에서 보호를 받아 머물 수 있는 경우가 있습니다. 그 뒤에 결정하면 되며, 지금 정할 필요는 없습니다.
reason-dv-navi-8008 = #8008은 가장 가까운 배우자폭력상담지원센터로 연결되며, 성별과 관계없이 상담할 수 있습니다. 센터는 상담과 카운슬링, 보호명령과 자립 생활에 관한 정보를 제공하고 일시 보호를 마련합니다.
reason-dv-shelter-any-gender = 지금 안전한 거처가 필요합니다. 배우자폭력상담지원센터(#8008)는 피해자와 동반자의 일시 보호를 마련하고, 'DV 상담+'는 필요하면 긴급 숙소도 마련합니다. 센터 접수 시간 외에는 24시간 받는 'DV 상담+' 전화로 상담하십시오.
reason-dv-shelter-men = 남성이나 다른 성별의 사람에게는 피난처에 대해 솔직하게 말해 주십시오. 여성상담지원센터와 그 쉼터는 여성을 위한 것입니다. 남성을 위한 공립 쉼터는 어느 도도부현에도 없으며, 2024년 조사에서 민간 단체 등을 통해 남성의 피난처를 확보한 곳은 47개 도도부현 중 11곳이었습니다. 이 도도부현에 무엇이 있는지 배우자폭력상담지원센터(#8008)에, 긴급 숙소는 'DV 상담+'에 확인하십시오.
reason-rights-everyone = 법무성의 '모두의 인권 110번'은 누구에게서나 차별 등 인권 문제 상담을 받으며, 인터넷상의 비방과 사생활 침해도 포함됩니다. 인권 침해가 의심되면 법무국이 조사하고, 사이트에 게시물 삭제를 요청할 수 있습니다.
