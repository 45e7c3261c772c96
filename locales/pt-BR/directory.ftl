# Textos do diretório de encaminhamentos (data/directory.toml) — português do Brasil (pt-BR); a referência é ja.
# As fontes e as datas de verificação estão em cada entrada de directory.toml. O que nenhuma fonte confirmou está escrito como "não confirmado".

## 110

service-police_emergency-name = 110 (ligação de emergência para a polícia)
service-police_emergency-hours = Atende 24 horas por dia.
service-police_emergency-expect = Para avisar sobre um crime que está acontecendo agora ou quando alguém corre perigo. A ligação é gratuita. Algumas polícias provinciais atendem em línguas estrangeiras com um intérprete na ligação (ligação a três), mas os idiomas e os horários variam conforme a província.

## 119

service-ambulance_fire-name = 119 (bombeiros e ambulância)
service-ambulance_fire-hours = Atende 24 horas por dia, 365 dias por ano.
service-ambulance_fire-expect = Ligue em caso de incêndio, doença repentina, ferimento ou quando alguém precisa de resgate. A ligação e o transporte de ambulância são gratuitos. Em muitos corpos de bombeiros é possível fazer a ligação com um intérprete (ligação a três): oriente quem fala outra língua a dizer o nome do seu idioma em inglês ou na própria língua, e a não desligar, esperando mesmo que haja silêncio ou música de espera até o intérprete entrar na linha.

## Delegacia de polícia

service-police_station-name = Delegacia de polícia mais próxima
service-police_station-hours = Varia conforme a delegacia. Não há número nem horário únicos para todo o país; confirme o endereço e o contato com a polícia da província.
service-police_station-expect = As vítimas de tráfico de pessoas e quem tem informações sobre o crime são orientados a ir à delegacia mais próxima ou a ligar para ela (em emergências, 110). Vítimas estrangeiras também podem procurar o Departamento Regional de Imigração. Crianças e pais/responsáveis também podem procurar a seção de menores da delegacia (atendimento a jovens).

## #9110

service-police_consult_9110-name = Linha de consultas da polícia "#9110"
service-police_consult_9110-hours = Em geral, dias úteis das 8h30 às 17h15, mas varia conforme a província. À noite e nos feriados, atende um funcionário de plantão ou uma mensagem gravada; em algumas províncias, o atendimento é 24 horas.
service-police_consult_9110-expect = Para consultar a polícia sobre assuntos que não são emergência, como perseguição (stalker), violência doméstica, golpes e problemas com vizinhos. A ligação vai para o serviço de consultas da polícia da província de onde se liga. A consulta é gratuita, mas o custo da ligação é de quem liga; o atendimento em línguas estrangeiras varia conforme a província.

## #8103

service-police_sexual_crime_8103-name = Telefone de consultas para vítimas de crimes sexuais — número nacional "#8103 (ハートさん / Heart-san)"
service-police_sexual_crime_8103-hours = Atende 24 horas por dia (24 horas em todo o país desde abril de 2019).
service-police_sexual_crime_8103-expect = A ligação vai para o serviço de consultas sobre crimes sexuais da polícia da província de onde se liga. Podem ligar vítimas de qualquer gênero, e também familiares e pessoas que as apoiam. Há províncias que aceitam consultas anônimas (ex.: Ibaraki) e províncias que informam que é possível pedir para ser atendido(a) por uma policial mulher (ex.: Nagasaki).

## #8891

service-onestop_8891-name = Centro de Apoio Integrado (One-Stop) para vítimas de crimes sexuais e violência sexual (número nacional "#8891")
service-onestop_8891-hours = O horário do centro para onde a ligação vai (alguns centros atendem 24 horas, 365 dias). Quando o centro está fechado à noite ou em feriados, a ligação é atendida por uma central do Gabinete do Governo (descrita em 2022; não está confirmado se ainda funciona).
service-onestop_8891-expect = A ligação vai para o Centro de Apoio Integrado da província de onde se liga. Vítimas de violência sexual de qualquer idade ou gênero, seus familiares e pessoas que as apoiam podem ligar. O centro pode encaminhar para atendimento médico (contracepção de emergência, exames de infecções sexualmente transmissíveis, coleta de provas), apoio psicológico e acompanhamento à polícia ou a consultas jurídicas.

## 189

service-child_guidance_189-name = Disque-denúncia de maus-tratos infantis do Centro de Orientação Infantil "189 (いちはやく / Ichi-haya-ku)"
service-child_guidance_189-hours = Atende 24 horas por dia.
service-child_guidance_189-expect = Qualquer pessoa que suspeite de maus-tratos contra uma criança pode ligar; a ligação vai para o Centro de Orientação Infantil mais próximo. A denúncia pode ser anônima, e o sigilo sobre quem denunciou e sobre o que foi dito é garantido. Quando necessário, o centro oferece proteção temporária, ajuda para ir ao médico e aconselhamento com psicólogo; danos como abuso sexual são comunicados à polícia depois de confirmados.

## Disque SOS Infantil 24 horas

service-children_sos_24h-name = Disque SOS Infantil 24 horas (Ministério da Educação)
service-children_sos_24h-hours = Atende 24 horas por dia, inclusive à noite e nos feriados.
service-children_sos_24h-expect = Telefone gratuito onde crianças e também pais/responsáveis podem falar sobre bullying ou qualquer outro pedido de socorro. A ligação vai para o serviço de consultas do conselho de educação da região de onde se liga.

## Linha Direitos da Criança

service-childrens_rights_hotline-name = Linha Direitos da Criança (Kodomo no Jinken, Ministério da Justiça)
service-childrens_rights_hotline-hours = Dias úteis, das 8h30 às 17h15. Na semana especial de cada ano (ex.: de 27 de agosto a 2 de setembro de 2025), o horário vai até as 19h nos dias úteis, e há atendimento também aos sábados e domingos, das 10h às 17h.
service-childrens_rights_hotline-expect = Consulta gratuita do Ministério da Justiça sobre os direitos da criança, como bullying, castigos físicos e maus-tratos; podem ligar as próprias crianças e também adultos preocupados com uma criança. Atendem funcionários do Escritório de Assuntos Jurídicos ou Voluntários de Direitos Humanos, e o sigilo é garantido. Também é possível consultar pelo LINE (@linejinkensoudan) ou por e-mail.

## Linha de Denúncia Anônima

service-anonymous_reporting_dial-name = Linha de Denúncia Anônima (Agência Nacional de Polícia)
service-anonymous_reporting_dial-hours = Por telefone só em dias úteis. As fontes divergem sobre o horário (9:30–18:15 nas perguntas frequentes oficiais, 10:00–17:00 em uma notícia), então confira antes. Pelo formulário on-line do site oficial, a denúncia pode ser feita a qualquer hora.
service-anonymous_reporting_dial-expect = Serve para passar à polícia, sem dar o nome, informações sobre tráfico de pessoas, pagamento a crianças por sexo ou material de abuso sexual infantil, maus-tratos a crianças e outros crimes; não é uma linha de aconselhamento. Não são pedidos dados pessoais e o número de quem liga não aparece; quem liga recebe um número de registro e uma senha para acompanhar. Se a informação ajudar numa prisão ou na proteção de uma vítima, pode ser paga uma recompensa (até 100.000 ienes; até 1.000.000 de ienes por informações que ajudem a desmantelar uma organização criminosa), mas não à vítima do crime denunciado.

## IOM

service-iom_japan-name = Organização Internacional para as Migrações (IOM) — escritório no Japão
service-iom_japan-hours = De segunda a sexta, das 9h às 12h30 e das 13h30 às 17h (exceto nos feriados da IOM). O número e o horário só foram confirmados em uma única fonte, sem data.
service-iom_japan-expect = Ajuda vítimas estrangeiras de tráfico de pessoas que foram protegidas a voltar ao seu país e a se reintegrar depois do retorno (trabalho e formação profissional, apoio jurídico, despesas médicas, aconselhamento etc.). É para pessoas protegidas como vítimas pela polícia, pela Agência de Serviços de Imigração ou por outros órgãos. Há também apoio ao retorno voluntário para algumas pessoas com ordem de deportação que precisam de consideração humanitária e têm receio de como será a vida depois do retorno.

## Departamento Regional de Imigração

service-immigration_bureau-name = Departamento Regional de Imigração
service-immigration_bureau-hours = Varia conforme o departamento ou escritório. Confira o endereço, o contato e o horário de atendimento no site da Agência de Serviços de Imigração.
service-immigration_bureau-expect = Cuida da renovação do período de permanência, da mudança de status de residência, da autorização especial de permanência e dos pedidos de reconhecimento como refugiado e de proteção complementar. Para vítimas estrangeiras de tráfico de pessoas que foram protegidas, são consideradas a mudança de status de residência ou a autorização especial de permanência; segundo as regras, as entrevistas são feitas, sempre que possível, na língua materna da pessoa, e mulheres são atendidas por funcionárias mulheres. Quando uma pessoa sem status de residência se apresenta por conta própria, isso é levado em conta a seu favor na decisão sobre a autorização especial de permanência (diretrizes revisadas em março de 2024).

## Centro Geral de Informações sobre Residência de Estrangeiros

service-isa_information_center-name = Centro Geral de Informações sobre Residência de Estrangeiros (Agência de Serviços de Imigração)
service-isa_information_center-hours = Dias úteis, das 8h30 às 17h15.
service-isa_information_center-expect = Responde por telefone a perguntas sobre os trâmites de entrada e de permanência no Japão e sobre status de residência. Atende em 17 idiomas, incluindo o japonês (dados de julho de 2021). As perguntas por e-mail são respondidas em japonês e em inglês.

## FRESC

service-fresc-name = Centro de Apoio à Residência de Estrangeiros (FRESC)
service-fresc-hours = Dias úteis, das 9h às 17h (fechado aos sábados, domingos, feriados e de 29 de dezembro a 3 de janeiro). O Help Desk também funcionava nos dias úteis, das 9h às 17h, mas não está confirmado se ainda funciona.
service-fresc-expect = Centro de apoio a estrangeiros em Tóquio que reúne o Departamento Regional de Imigração de Tóquio, o Departamento de Direitos Humanos do Escritório de Assuntos Jurídicos de Tóquio, o Houterasu, o Departamento do Trabalho de Tóquio, a Hello Work e outros órgãos; lá é possível consultar sobre renovação do período de permanência, mudança de status de residência e problemas jurídicos. O atendimento é em 11 idiomas, incluindo o japonês simples (yasashii nihongo) (2020–2021). O centro também responde a perguntas dos balcões únicos de consulta dos governos locais.

## Balcão único de consultas do governo local

service-local_onestop_counter-name = Balcão único de consultas para estrangeiros do governo local (prefeitura)
service-local_onestop_counter-hours = Varia conforme o governo local. Alguns governos locais não têm esse balcão.
service-local_onestop_counter-expect = Balcão do governo local onde moradores estrangeiros podem consultar sobre trâmites de residência, trabalho, saúde, assistência social, parto, criação dos filhos, educação etc., e ser orientados sobre o lugar certo para buscar ajuda. Nem todos os governos locais têm um (no ano fiscal de 2024, 259 governos locais receberam verba do governo nacional para isso). Confirme os idiomas e o horário de atendimento com o próprio governo local.

## Centro de Apoio e Atendimento à Mulher

service-women_support_center-name = Centro de Apoio e Atendimento à Mulher (discagem curta nacional "#8778")
service-women_support_center-hours = Varia conforme a província (ex.: o centro de Hokkaido atende nos dias úteis, das 9h às 17h). O #8778 liga para o centro da província de onde se liga, então vale o horário desse centro.
service-women_support_center-expect = É o Centro de Apoio e Atendimento à Mulher da província (até março de 2024 se chamava Fujin Sōdanjo). Mulheres podem consultar sobre violência doméstica, violência sexual, perseguição (stalker), tráfico de pessoas, dificuldades para se sustentar, problemas familiares etc., e podem receber proteção temporária (um lugar seguro para ficar), inclusive para os filhos que vierem junto. Mulheres vítimas de tráfico de pessoas são protegidas seja qual for a nacionalidade ou a idade, com apoio para o dia a dia, intérprete, atendimento médico e outros apoios. O custo da ligação para o #8778 é de quem liga.

## DV Sōdan Plus

service-dv_sodan_plus-name = DV Sōdan Plus (DV相談+) — consultas sobre violência doméstica (Gabinete do Governo do Japão)
service-dv_sodan_plus-hours = Telefone e e-mail: 24 horas. Chat: das 12h às 22h.
service-dv_sodan_plus-expect = Linha nacional gratuita sobre violência do cônjuge ou parceiro. O telefone atende só em japonês. Em 10 línguas estrangeiras, a consulta é por chat no site (12:00–22:00), e depois do chat pode continuar por e-mail (10 línguas no início, em 2020, e em páginas de prefeituras de 2024; outra página do governo fala em 11). Podem organizar acompanhamento e abrigo de emergência.

## Yorisoi Hotline

service-yorisoi_hotline-name = Yorisoi Hotline
service-yorisoi_hotline-hours = Atende 24 horas por dia, 365 dias por ano. As consultas em línguas estrangeiras são todos os dias, das 10h às 22h, e os idiomas mudam conforme o dia da semana e o horário (informação de cerca de 2015; o horário e os idiomas atuais não estão confirmados).
service-yorisoi_hotline-expect = Telefone gratuito (gratuito também de celular e de telefone público) para conversar sobre qualquer problema: dificuldades na vida, preocupações tão graves a ponto de pensar em suicídio, violência doméstica ou sexual, questões de minorias sexuais, problemas de estrangeiros etc. Para falar em língua estrangeira, aperte 2 depois da mensagem gravada. Quem liga de Iwate, Miyagi ou Fukushima tem um número próprio.

## Houterasu

service-houterasu-name = Central de atendimento do Houterasu (Centro de Apoio Jurídico do Japão)
service-houterasu-hours = Dias úteis, das 9h às 21h; sábados, das 9h às 17h (fechado aos domingos, feriados e no fim e começo do ano). O Disque Apoio às Vítimas de Crimes tem o mesmo horário (informação de 2021).
service-houterasu-expect = Informa qual sistema jurídico ou serviço de consulta serve para o problema (os atendentes não dão orientação jurídica sobre casos individuais). Vítimas de crimes e seus familiares podem usar o Disque Apoio às Vítimas de Crimes para, entre outras coisas, ser apresentados a advogados com experiência em apoio a vítimas, não importa quanto tempo tenha passado desde o crime. Vítimas com poucos recursos podem receber ajuda para pagar os honorários do advogado, e vítimas de maus-tratos infantis podem receber consulta jurídica independentemente da sua renda.

## Houterasu multilíngue

service-houterasu_multilingual-name = Serviço de Informações Multilíngue do Houterasu
service-houterasu_multilingual-hours = De segunda a sexta, das 9h às 17h.
service-houterasu_multilingual-expect = Linha da Houterasu para estrangeiros, em 10 línguas (inglês, chinês, coreano, espanhol, português, vietnamita, tagalo, nepalês, tailandês, indonésio): um intérprete atende e conecta o escritório da Houterasu mais próximo numa chamada a três, para explicar o sistema jurídico e onde buscar ajuda sobre dívidas, divórcio, trabalho, acidentes, visto ou desastres. A consulta jurídica gratuita com advogado é só para quem tem endereço no Japão, status de residência legal e renda baixa: quem está sem visto não pode recebê-la. Não é possível ligar do exterior. Quem fala japonês usa a linha de apoio da Houterasu.

## Centro de apoio às vítimas de crimes

service-victim_support_center-name = Rede Nacional de Apoio às Vítimas — Central Telefônica de Apoio às Vítimas de Crimes
service-victim_support_center-hours = A linha nacional atende das 7h30 às 22h (informação de 2019; os dias da semana não estão confirmados). A maioria dos centros locais de apoio às vítimas atende nos dias úteis, das 10h às 16h (2019).
service-victim_support_center-expect = Vítimas de crimes ou acidentes, famílias enlutadas e familiares podem consultar gratuitamente; há centros de apoio às vítimas em cada província (48 ao todo). Oferecem consulta por telefone ou pessoalmente, acompanhamento à polícia, à promotoria, ao tribunal e ao hospital, e ajuda com pedidos e requerimentos; o sigilo do que for conversado é garantido. Se a vítima concordar, a polícia pode passar o contato dela ao centro de apoio; quem não quer seguir com procedimentos legais também pode usar o serviço.

## OTIT — consultas na língua materna

service-otit_native_language-name = Consultas na língua materna da Organização para o Estágio Técnico (OTIT)
service-otit_native_language-hours = Cada idioma tem dias fixos, das 11h às 19h (manual de cerca de 2020). Outra lista mostra também o horário das 9h às 17h (aparentemente aos sábados), e os dias da semana também não coincidem, por isso é preciso confirmar.
service-otit_native_language-expect = Consulta gratuita na própria língua para estagiários técnicos, sobre trabalho, salário e horas extras, retorno forçado ao país e vida diária. Cada língua tem seu número e seus dias. Foi anunciado atendimento em birmanês e mongol, mas não há número confirmado para eles, nem para a linha de emergência da OTIT contra violência e ameaças (aberta em abril de 2021).

## Inspetoria de Normas Trabalhistas

service-labour_standards_office-name = Inspetoria de Normas Trabalhistas (Rōdō Kijun Kantokusho)
service-labour_standards_office-hours = Em geral, dias úteis das 8h30 às 17h15 (ex.: Inspetoria de Ichinomiya). Confirme com cada inspetoria.
service-labour_standards_office-expect = Inspetoria local que cuida de salários ou horas extras não pagos, demissões, acidentes de trabalho etc. A Lei de Normas Trabalhistas vale também para trabalhadores estrangeiros, seja qual for a nacionalidade. Alguns Departamentos do Trabalho e inspetorias têm intérpretes em dias fixos da semana.

## Disque Consultas para Trabalhadores Estrangeiros

service-labour_foreign_workers_hotline-name = Disque Consultas para Trabalhadores Estrangeiros (Ministério da Saúde, Trabalho e Bem-Estar)
service-labour_foreign_workers_hotline-hours = Horário não confirmado (para o inglês, informa-se atendimento de segunda a sexta, mas o horário não foi confirmado).
service-labour_foreign_workers_hotline-expect = Trabalhadores estrangeiros podem consultar sobre as condições de trabalho; a linha explica a lei e encaminha ao órgão certo. Só os números em inglês, chinês, português e espanhol estão confirmados. Foi anunciado atendimento em tagalo, vietnamita, birmanês e nepalês, mas não há número confirmado para essas línguas. Quem liga paga a ligação.

## Hotto Line

service-labour_conditions_hotline-name = Consultas sobre Condições de Trabalho "ほっとライン" (Hotto Line) (Ministério da Saúde, Trabalho e Bem-Estar)
service-labour_conditions_hotline-hours = De segunda a sexta, das 17h às 22h; sábados, domingos e feriados, das 9h às 21h (fechado de 29 de dezembro a 3 de janeiro). Atende nos horários em que as Inspetorias de Normas Trabalhistas estão fechadas.
service-labour_conditions_hotline-expect = Orientação gratuita, anônima se quiser, para trabalhadores e empregadores de todo o Japão sobre horas extras ilegais, excesso de trabalho e salários não pagos. Orienta e encaminha; não age contra o empregador. O número confirmado é o da linha em japonês. Foram anunciadas linhas em línguas estrangeiras (8 línguas desde abril de 2019, mais depois), mas os números mudam com a empresa contratada e nenhum número atual está confirmado: confira a página do ministério antes de passar um.

## Internet Hotline Center

service-internet_hotline_center-name = Internet Hotline Center
service-internet_hotline_center-hours = Recebe denúncias pelo formulário do site (não está confirmado se o site informa expressamente que o atendimento é 24 horas).
service-internet_hotline_center-expect = É possível denunciar, inclusive de forma anônima, conteúdos ilegais na internet, como pornografia infantil, imagens obscenas, aliciamento para prostituição e venda de drogas. O centro pede ao administrador do site que apague o conteúdo e denuncia à polícia, mas não é um serviço de consulta e não trata de difamação nem de violação de privacidade. Para remover imagens sexuais da própria pessoa divulgadas sem o seu consentimento, encaminhe à Safe Line, mantida pela mesma organização; em caso de ameaça à vida, encaminhe ao 110.

## Disque Direitos Humanos em Línguas Estrangeiras

service-foreign_language_human_rights_hotline-name = Disque Direitos Humanos em Línguas Estrangeiras (Ministério da Justiça)
service-foreign_language_human_rights_hotline-hours = Dias úteis, das 9h às 17h (exceto no fim e começo do ano).
service-foreign_language_human_rights_hotline-expect = Moradores estrangeiros podem consultar em 10 idiomas sobre problemas de direitos humanos, como discriminação, bullying ou recusa de moradia ou de serviços. A ligação é feita a três, com intérprete, e vai para o Escritório de Assuntos Jurídicos responsável. A consulta é gratuita, mas o custo da ligação é de quem liga.

## Linha de Direitos Humanos da Mulher

service-womens_rights_hotline-name = Linha de Direitos Humanos da Mulher (Ministério da Justiça)
service-womens_rights_hotline-hours = Dias úteis, das 8h30 às 17h15. Na semana especial de novembro de cada ano (ex.: de 13 a 19 de novembro de 2024), o horário vai até as 19h nos dias úteis, e há atendimento também aos sábados e domingos, das 10h às 17h.
service-womens_rights_hotline-expect = Canal de consultas do Ministério da Justiça sobre problemas de direitos humanos das mulheres, como violência do marido ou parceiro, assédio sexual no trabalho e perseguição (stalker). Atendem funcionários do Escritório de Assuntos Jurídicos ou Voluntários de Direitos Humanos, e o sigilo é garantido. A consulta é gratuita, mas o custo da ligação é de quem liga. O atendimento é em japonês; para quem precisa de outra língua, indique o Disque Direitos Humanos em Línguas Estrangeiras.

## Observações sobre os contatos

contact-note-ntt-hikari = Para ligar de um telefone NTT Hikari Denwa. Em Miyagi: 0120-556-460; em Saitama: 0120-31-8341; em Kochi: 0120-835-350.
contact-note-some-ip-phones = De alguns telefones IP, a ligação pode não completar (ou pode ser cobrada). Nesse caso, ligue para o número do serviço da sua região.
contact-note-9110-lines = Não funciona de telefones de disco (linha de pulso) nem de alguns telefones IP. Nesse caso, ligue para o número de consultas da polícia da província.
contact-note-no-ip-phone = Não é possível ligar de telefones IP.
contact-note-no-ip-phone-moj = Não é possível ligar de telefones IP. Nesse caso, ligue para o número do Escritório de Assuntos Jurídicos mais próximo.
contact-note-8778-lines = Em algumas áreas de Iwate, Niigata, Quioto, Hyogo, Fukuoka, Oita e Okinawa, a ligação não completa dependendo da linha. Nesse caso, ligue para o número do centro da província.
contact-note-alt-ip-overseas = Para ligar de telefone IP ou do exterior
contact-note-alt-ip-prepaid-overseas = Para ligar de telefone IP, celular pré-pago ou do exterior
contact-note-alt-ip-prepaid = Para ligar de telefone IP ou celular pré-pago
contact-note-houterasu-victim = Disque Apoio às Vítimas de Crimes (para vítimas de crimes e seus familiares)
contact-note-yorisoi-foreign = Línguas estrangeiras: aperte 2 depois da mensagem gravada
contact-note-yorisoi-tohoku = Número exclusivo para quem liga de Iwate, Miyagi ou Fukushima (não é o número para línguas estrangeiras)
contact-note-fresc-helpdesk = Help Desk do FRESC (gratuito). Foi aberto como atendimento temporário, por isso confirme se ainda funciona.
contact-note-isa-office-list = Site da Agência de Serviços de Imigração (endereço, contato e horário de atendimento de cada departamento)
contact-note-otit-vi = Vietnamita: de segunda a sexta
contact-note-otit-zh = Chinês: segunda, quarta e sexta
contact-note-otit-id = Indonésio: terça e quinta
contact-note-otit-fil = Filipino: terça e sábado (outra informação diz terça e quinta)
contact-note-otit-en = Inglês: terça e sábado (outra informação diz terça e quinta)
contact-note-otit-th = Tailandês: quinta e sábado
contact-note-otit-km = Khmer (cambojano): quinta
contact-note-mhlw-fw-en = Inglês (de segunda a sexta)
contact-note-lang-zh = Chinês
contact-note-lang-pt = Português
contact-note-lang-es = Espanhol
contact-note-check-roudou = Página do Ministério da Saúde, Trabalho e Bem-Estar (números e horários atuais em línguas estrangeiras)
contact-note-safe-line = Safe Line: pede aos sites que removam imagens sexuais da própria pessoa, pornografia infantil, imagens de bullying etc. (mantida pela mesma organização).
contact-note-tokumei-web-form = Site oficial: o formulário on-line de denúncia anônima está lá (a qualquer hora).
contact-note-dv-plus-chat = Site: chat das 12:00 às 22:00 em japonês e 10 línguas estrangeiras (escolha a língua no site); depois do chat pode continuar por e-mail.
contact-note-dv-plus-mail = Formulário de e-mail (em japonês), 24 horas. Em outra língua, comece pelo chat.

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = Navegação de consultas sobre violência doméstica #8008 (DV相談ナビ)
service-dv_navi_8008-hours = Somente no horário do centro para onde a ligação é encaminhada; fora dele, ninguém atende. Não é um número nacional que atende à noite (o telefone do DV Sodan+ atende 24 horas).
service-dv_navi_8008-expect = Encaminha para o Centro de Consulta e Apoio sobre Violência Conjugal (配偶者暴力相談支援センター) mais próximo da província de onde se liga. Vítimas de violência do cônjuge ou parceiro podem ligar, qualquer que seja o gênero. O centro oferece consulta e aconselhamento, informações sobre medidas protetivas e sobre viver de forma independente, e providencia proteção temporária (um lugar seguro) para a vítima e quem a acompanha. Para mulheres, isso costuma ser feito pelo Centro de Apoio e Atendimento à Mulher. Para homens e pessoas de outros gêneros, nenhuma província tem abrigo público: numa pesquisa de 2024, só 11 das 47 províncias tinham vagas para homens por meio de entidades privadas, e 7 tinham uma linha de violência doméstica só para homens. Pergunte ao centro o que existe na província. Quem liga paga a ligação.
service-human_rights_110-name = Linha de Direitos Humanos para Todos (Minna no Jinken, Ministério da Justiça)
service-human_rights_110-hours = Dias úteis, das 8h30 às 17h15 (exceto feriados e de 29 de dezembro a 3 de janeiro). O formulário de consulta no site pode ser enviado a qualquer momento.
service-human_rights_110-expect = Qualquer pessoa pode consultar sobre discriminação, maus-tratos, assédio, difamação ou violação de privacidade na internet e outros problemas de direitos humanos. A ligação vai para o Escritório de Assuntos Jurídicos mais próximo, onde funcionários ou Voluntários de Direitos Humanos atendem e mantêm sigilo. Se houver possível violação de direitos, o escritório pode investigar e agir, por exemplo pedindo a um site ou provedor que apague uma publicação. A consulta é gratuita, mas quem liga paga a ligação. Em japonês; para outros idiomas há a Linha de Direitos Humanos em Línguas Estrangeiras.
service-cure_time-name = Cure Time: consulta sobre violência sexual por chat e e-mail (Gabinete do Governo, キュアタイム)
service-cure_time-hours = Chat no fim da tarde e à noite (17h–21h em fontes de 2022 a 2024), e-mail nos outros horários. O horário mudou ao longo dos anos: confira no site.
service-cure_time-expect = Chat ou e-mail no site sem dizer o nome: só se pedem um apelido, a faixa etária e a região, e não é preciso conta de rede social. Para vítimas de violência sexual de qualquer idade e gênero, também quando aconteceu há muito tempo, e para quem tem dificuldade de telefonar. Conselheiras especializadas trabalham com médicos, enfermeiros, assistentes sociais e advogados; podem explicar a contracepção de emergência e encontrar o Centro de Apoio Integrado mais próximo. Aceita-se chat em línguas estrangeiras, mas quais línguas não está confirmado.
service-police_juvenile_consultation-name = Consulta juvenil da polícia ("Young Telephone Corner" ヤングテレホンコーナー ou outro nome em cada província)
service-police_juvenile_consultation-hours = Depende da província (ex.: 24 horas em Tóquio, com policial de plantão à noite; dias úteis das 9h às 17h em Mie). Não há número nacional.
service-police_juvenile_consultation-expect = A polícia de cada província tem uma linha telefônica onde crianças e adolescentes, e também pais, professores ou outras pessoas preocupadas com um menor, podem falar sobre crimes, maus-tratos, bullying, problemas em casa ou qualquer outra coisa. Aceita-se consulta anônima. Atendem funcionários especializados e policiais, e é possível um atendimento presencial. O número é próprio de cada província (gratuito em algumas): procure no site da polícia da província ou acrescente-o à lista local deste balcão.
service-childrens_rights_sos_email-name = E-mail SOS dos Direitos da Criança (こどもの人権SOS-eメール, Ministério da Justiça)
service-childrens_rights_sos_email-hours = O formulário do site pode ser enviado 24 horas por dia; a resposta vem depois.
service-childrens_rights_sos_email-expect = A criança pode escrever sobre bullying, maus-tratos, castigo físico ou outros problemas num formulário do site do Ministério da Justiça, sem precisar telefonar. Funcionários do Escritório de Assuntos Jurídicos ou Voluntários de Direitos Humanos respondem e mantêm sigilo. Gratuito.
contact-note-8008-lines = Quem liga paga a ligação. Alguns telefones IP, e linhas analógicas ou Hikari da NTT em algumas regiões, não conseguem completar a ligação.
contact-note-moj-internet-consultation = Formulário de consulta de direitos humanos pela internet (pode ser enviado a qualquer momento; a resposta vem depois)
contact-note-juvenile-per-prefecture = Por província: o número próprio da polícia da província (procure no site; o balcão pode acrescentá-lo à lista local)
