### Textos do fluxo de atendimento (data/flow.toml) — português do Brasil (pt-BR); a referência é ja
###
### As perguntas são lidas em voz alta pelo atendente para a pessoa atendida. "A pessoa afetada" é quem
### está passando pelo problema; quem fala pode ser um familiar ou alguém que a apoia. As opções são curtas
### (aparecem em botões grandes). Os motivos (reason-*) são lidos pelo atendente para explicar cada
### encaminhamento e dizem só o que as fontes citadas pela regra em flow.toml dizem. Os números de
### telefone aparecem junto com cada serviço, não aqui.

## Perguntas e opções (na ordem em que são feitas)

question-danger = Há alguém correndo perigo neste momento?
value-danger-immediate = Sim, há perigo agora
value-danger-none = Não, agora não há perigo

question-injured = Há alguém ferido ou passando mal de repente, que precise de atendimento médico imediato?
value-injured-yes = Sim
value-injured-no = Não

question-concern = Qual é o problema? Escolha todas as opções que se aplicam.
value-concern-trafficking_sexual = Obrigada(o) a se prostituir ou a fazer fotos/vídeos sexuais
value-concern-trafficking_labour = Trabalho forçado, preso(a) por dívida, passaporte retido
value-concern-sexual_violence = Violência sexual (estupro, agressão sexual etc.)
value-concern-child_abuse = Maus-tratos ou negligência contra criança (inclusive abuso sexual)
value-concern-child_sexual_exploitation = Pagar a uma criança por sexo, "JK business" (exploração de colegiais), imagens sexuais de criança
value-concern-online_sexual_images = Imagens sexuais postadas na internet, ou ameaça de postá-las
value-concern-domestic_violence = Violência do cônjuge, namorado(a) ou família (violência doméstica)
value-concern-labour_problem = Problema no trabalho (salário não pago, assédio, demissão etc.)
value-concern-residence_problem = Status de residência, visto ou trâmites
value-concern-discrimination = Discriminação ou outra violação de direitos humanos
value-concern-other = Outro

question-age_group = A pessoa afetada (quem está passando pelo problema) tem menos de 18 anos?
value-age_group-child = Menos de 18 anos
value-age_group-adult = 18 anos ou mais

question-gender = Qual é o gênero da pessoa afetada? Pode ser o gênero com que ela mesma se identifica.
value-gender-female = Feminino
value-gender-male = Masculino
value-gender-other = Outro

question-nationality = A pessoa afetada tem nacionalidade japonesa ou estrangeira?
value-nationality-japanese = Nacionalidade japonesa
value-nationality-foreign = Nacionalidade estrangeira

question-residence = Qual é o status de residência (visto) da pessoa afetada?
value-residence-technical_intern = Estágio técnico (Ginō Jisshū)
value-residence-skilled_worker = Habilidades específicas (Tokutei Ginō)
value-residence-other_status = Outro status de residência
value-residence-no_status = Sem status de residência (ex.: visto vencido / overstay)
value-residence-refugee_applicant = Pedido de refúgio em andamento

question-caller = A consulta é sobre você mesmo(a)? Ou é uma consulta ou denúncia sobre outra pessoa?
value-caller-self = Eu mesmo(a) (é sobre mim)
value-caller-third_party = Outra pessoa (família, conhecido, quem apoia etc.)

question-recent = Quando aconteceu a violência sexual? Foi há 72 horas (3 dias) ou menos, ou antes disso?
value-recent-within_72h = Há 72 horas (3 dias) ou menos
value-recent-older = Há mais de 72 horas

question-police = A pessoa afetada quer conversar com a polícia ou denunciar o que aconteceu à polícia?
value-police-wants_report = Sim
value-police-undecided = Ainda não decidiu
value-police-no = Não

question-anonymous = Você quer fazer a consulta ou a denúncia sem dizer seu nome (de forma anônima)?
value-anonymous-yes = Sim
value-anonymous-no = Não

question-shelter = A pessoa afetada precisa, agora mesmo, de um lugar seguro para ficar (abrigo)?
value-shelter-yes = Sim
value-shelter-no = Não

question-return_home = A pessoa afetada quer voltar para o seu país?
value-return_home-yes = Sim
value-return_home-no = Não
value-return_home-undecided = Ainda não decidiu

question-fears_return = A pessoa afetada sente que pode sofrer algum mal se voltar para o seu país?
value-fears_return-yes = Sim
value-fears_return-no = Não

## Motivos dos encaminhamentos (na ordem das regras em flow.toml)

reason-danger-police = Há perigo neste momento, por isso a prioridade é a ligação de emergência para a polícia. A polícia também está ampliando o atendimento de emergência em línguas estrangeiras.
reason-injured-ambulance = Há alguém que precisa de atendimento imediato, por isso primeiro chame uma ambulância. Em muitos corpos de bombeiros, é possível fazer a ligação com um intérprete (ligação a três).
reason-child-abuse-189 = Qualquer pessoa que pense que uma criança pode estar sofrendo maus-tratos pode entrar em contato com o Centro de Orientação Infantil, e pode fazer a denúncia sem dizer o nome. Quando necessário, o Centro de Orientação Infantil acolhe a criança em proteção temporária, ajuda a conseguir atendimento médico especializado e oferece aconselhamento com psicólogos infantis.
reason-child-harmed-189 = A pessoa afetada tem, ou pode ter, menos de 18 anos, por isso vamos encaminhá-la ao Centro de Orientação Infantil. Crianças feridas física ou emocionalmente por abuso sexual ou outros danos recebem apoio como proteção temporária, ajuda para ir ao médico e aconselhamento psicológico; depois de confirmar o que aconteceu, o centro também informa a polícia.
reason-child-danger-189 = Há uma criança em perigo, por isso vamos avisar a polícia e também o Centro de Orientação Infantil. Quando é preciso garantir a segurança da criança, o Centro de Orientação Infantil a acolhe em proteção temporária.
reason-child-own-lines = Há também telefones para a própria criança ligar. O Disque SOS Infantil 24 horas atende também à noite e nos feriados, e na consulta telefônica gratuita "Direitos da Criança" (こどもの人権) do Ministério da Justiça é possível falar sobre preocupações ligadas aos direitos da criança.
reason-child-trafficking-police = Uma criança pode estar sendo explorada sexualmente ou ser vítima de tráfico de pessoas. A polícia tem canais de atendimento sobre exploração sexual de crianças e trabalha junto com outros órgãos e ONGs para encontrar e proteger as vítimas.
reason-anonymous-report = Pela Linha de Denúncia Anônima da polícia, é possível denunciar tráfico de pessoas, maus-tratos contra crianças e outros crimes sem dizer o nome. Ela existe para que esses crimes, que costumam ficar escondidos, sejam descobertos cedo.
reason-sv-recent-medical = Logo depois da violência sexual, o atendimento médico é muito importante (contracepção de emergência, preservação de provas etc.). No Centro de Apoio Integrado (One-Stop), é possível receber em um só lugar atendimento médico, apoio psicológico, orientação jurídica e outros apoios.
reason-sv-onestop = Mesmo que já tenha passado algum tempo, é possível receber orientação e apoio no Centro de Apoio Integrado (One-Stop) para vítimas de crimes sexuais e violência sexual. Há um centro em todas as províncias.
reason-sv-police = O número nacional da polícia para vítimas de crimes sexuais liga para o serviço de atendimento da polícia da província de onde se faz a ligação. Ele foi criado para que as vítimas tenham mais facilidade em procurar a polícia, e é possível conversar antes mesmo de decidir se vai denunciar ou não.
reason-sv-no-police-support = É possível receber apoio mesmo sem denunciar à polícia. Vítimas de crimes sexuais que não querem seguir com procedimentos legais também podem receber apoio, desde cedo, de organizações de apoio a vítimas de crimes.
reason-trafficking-police = A polícia pede às vítimas de tráfico de pessoas que denunciem o crime e trabalha junto com outros órgãos e ONGs para protegê-las. Os canais de atendimento da polícia tratam com cuidado as consultas e denúncias, para que nenhum caso de tráfico de pessoas passe despercebido.
reason-trafficking-women = O Centro de Apoio e Atendimento à Mulher acolhe em proteção temporária mulheres vítimas de tráfico de pessoas, seja qual for a nacionalidade ou a idade. Elas também recebem apoio para o dia a dia, intérprete, atendimento médico e outros apoios.
reason-trafficking-immigration = Vítimas de tráfico de pessoas de nacionalidade estrangeira também podem procurar a Agência de Serviços de Imigração. Para as vítimas que estão sob proteção, são tomadas medidas como a mudança de status de residência ou a autorização especial de permanência, levando muito em conta a situação da pessoa.
reason-fears-return-protection = Quem pode sofrer algum mal se voltar ao seu país pode ser protegido(a) no Japão como refugiado(a) (a perseguição por ser de minoria sexual ou por causa do gênero também pode contar) ou como pessoa com direito a proteção complementar, como quem fugiu de um conflito armado. Antes de iniciar qualquer trâmite, o mais seguro é receber orientação jurídica na sua língua materna.
reason-trafficking-return-iom = Por meio da Organização Internacional para as Migrações (IOM), o governo do Japão ajuda vítimas estrangeiras de tráfico de pessoas que foram protegidas no Japão a voltar ao seu país e a reconstruir a vida depois do retorno. Isso inclui ajuda para trabalho e formação profissional, apoio jurídico, despesas médicas, aconselhamento e outros apoios. Antes de qualquer volta, a IOM verifica a segurança da pessoa por meio do seu escritório no país de origem.
reason-labour-intern-otit = Estagiários técnicos podem procurar o serviço de consultas da Organização para o Estágio Técnico (OTIT). A OTIT também faz inspeções nos locais onde os estagiários fazem o estágio.
reason-labour-inspection = A Inspetoria de Normas Trabalhistas é o órgão que fiscaliza os locais de trabalho e age contra violações da lei. Ela também combate o trabalho forçado e o tráfico de pessoas junto com a polícia, a Agência de Serviços de Imigração e outros órgãos.
reason-labour-foreign-line = Pessoas de nacionalidade estrangeira podem falar por telefone, em línguas estrangeiras, sobre problemas no trabalho. Os Departamentos do Trabalho e outros órgãos estão ampliando o atendimento em vários idiomas para facilitar as consultas de estrangeiros.
reason-labour-hotline = No serviço de Consultas sobre Condições de Trabalho "Hotto Line", é possível falar sobre salário não pago, jornadas muito longas e outros problemas, de qualquer lugar do Japão. Atende também à noite nos dias úteis e aos sábados, domingos e feriados.
reason-residence-legal = Sem status de residência, ou com pedido de refúgio em andamento, as escolhas feitas a partir de agora podem mudar muito o resultado (por exemplo, apresentar-se por conta própria ao Departamento Regional de Imigração é considerado a favor da pessoa na decisão sobre a autorização especial de permanência). Antes de iniciar qualquer trâmite, o mais seguro é receber orientação jurídica na sua língua materna.
reason-residence-information = Os Centros de Informação de Imigração explicam os procedimentos de residência; a Agência de Serviços de Imigração anunciou que também vão atender consultas sobre problemas do dia a dia. No Centro de Apoio a Residentes Estrangeiros (FRESC), vários órgãos do governo trabalham juntos para orientar sobre renovação ou mudança do status de residência e sobre problemas jurídicos.
reason-residence-no-status-bureau = Quando uma pessoa sem status de residência se apresenta por conta própria ao Departamento Regional de Imigração (Nyūkan), isso é considerado a seu favor na decisão sobre a autorização especial de permanência. Os procedimentos depois de se apresentar são explicados tanto para quem quer voltar ao seu país quanto para quem quer ficar no Japão.
reason-dv-women = No Centro de Apoio e Atendimento à Mulher, além de consultas, a pessoa pode ter alguém que a acompanhe a outros órgãos e receber proteção temporária; há também apoio para os filhos que vierem junto. O DV Sōdan Plus (DV相談+) é o serviço nacional de consultas sobre violência do cônjuge, namorado(a) ou parceiro(a).
reason-dv-police = A linha de consultas da polícia dá orientações e informações sobre assuntos que não são emergência e, quando for melhor que outro órgão cuide do caso, passa o caso para esse órgão, com cuidado com a privacidade.
reason-images-hotline = O Internet Hotline Center recebe denúncias de conteúdos ilegais na internet, como imagens sexuais de crianças; informa a polícia e pede ao administrador do site que apague o conteúdo.
reason-images-police = A polícia pode pedir ao administrador do site que apague imagens ilegais da internet. Na linha de consultas da polícia, a pessoa recebe orientações e informações e, se necessário, o caso é passado ao órgão adequado, com cuidado com a privacidade.
reason-rights-foreign-language = Os órgãos de proteção dos direitos humanos do Ministério da Justiça atendem consultas sobre discriminação contra estrangeiros, inclusive por telefone em línguas estrangeiras.
reason-rights-women = Os Escritórios de Assuntos Jurídicos do Ministério da Justiça atendem consultas sobre problemas de direitos humanos, inclusive exploração sexual, e a Linha de Direitos Humanos da Mulher é o canal deles para mulheres. Se houver suspeita de violação de direitos humanos, eles investigam e tomam as medidas necessárias.
reason-victim-legal-help = O Houterasu (Centro de Apoio Jurídico do Japão) informa sobre o sistema jurídico e onde buscar ajuda, e indica advogados com experiência em apoio a vítimas de crimes. É possível consultar mesmo que já tenha passado tempo desde o crime, e vítimas sem condições financeiras podem receber ajuda para pagar os honorários do advogado.
reason-crime-victim-support = As organizações de apoio a vítimas de crimes dão apoio às vítimas desde cedo e mantêm sigilo sobre o que é conversado. A polícia só passa o contato da pessoa a essas organizações se a pessoa concordar.
reason-foreign-local-counter = Alguns governos locais têm um balcão único de atendimento para residentes estrangeiros (259 receberam verba nacional para isso no ano fiscal de 2024): pergunte ao governo local se ele tem um. O balcão dá informações e orientação sobre a vida diária, como procedimentos de residência, trabalho, atendimento médico, assistência social, parto, criação e educação dos filhos, e encontra rapidamente o lugar certo para consultar.
reason-always-yorisoi = Além dos outros serviços, a pessoa também pode falar sobre suas preocupações na Yorisoi Hotline. Há também uma linha de atendimento em vários idiomas para estrangeiros.
reason-legal-help-multilingual = O Serviço de Informações Multilíngue do Houterasu informa, em línguas estrangeiras, sobre o sistema jurídico e onde buscar ajuda. O Houterasu também faz parte do Centro de Apoio à Residência de Estrangeiros (FRESC), onde é possível consultar sobre problemas de residência e problemas jurídicos.
reason-child-shelter-189 = A criança precisa de um lugar seguro para ficar, por isso vamos entrar em contato com o Centro de Orientação Infantil. Quando é preciso garantir a segurança da criança, o Centro de Orientação Infantil a acolhe em proteção temporária.

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = A criança disse que não quer a polícia, mas uma criança que pode estar sofrendo exploração sexual ou tráfico precisa ser protegida antes de tudo, então a polícia é acionada mesmo assim. Diga isso à criança com honestidade. A polícia coloca a criança sob proteção e entra em contato com os pais ou responsáveis e com a escola. Se a criança tiver medo da família, diga isso à polícia e ao Centro de Orientação Infantil: o centro pode acolher temporariamente uma criança quando é difícil para ela voltar para casa.
reason-child-police-juvenile = A linha de consulta juvenil da polícia da província atende crianças e pais sobre crimes, maus-tratos e outras preocupações, para encontrar cedo as crianças vítimas. É possível consultar sem dizer o nome.
reason-child-write-in = A criança que tem dificuldade de telefonar pode escrever ao Ministério da Justiça a qualquer hora pelo formulário do E-mail SOS dos Direitos da Criança.
reason-child-anonymous-lines = A criança quer ficar anônima. A Linha de Denúncia Anônima da polícia é para informações do público, não é uma linha de consulta, então não é o lugar para a criança. Estas linhas aceitam a consulta de uma criança sem nome: o 189 (Centro de Orientação Infantil; aceita ligações anônimas) e a linha de consulta juvenil da polícia da província. O Disque SOS Infantil 24 horas atende a qualquer hora.
reason-sv-cure-time = O Cure Time atende consultas sobre violência sexual por chat e e-mail, sem nome, de pessoas de qualquer idade e gênero. É adequado para quem tem dificuldade de falar por telefone.
reason-trafficking-return-fears-legal = A pessoa deseja (ou talvez deseje) voltar ao seu país, mas teme sofrer danos lá. Isso não é motivo para retirar o apoio ao retorno: antes de qualquer volta, a IOM verifica a segurança da pessoa por meio do seu escritório no país de origem, e o apoio respeita a vontade dela. Mas primeiro ela deve receber orientação jurídica no seu idioma: quem pode sofrer danos se voltar talvez possa ficar no Japão sob proteção. Ela pode decidir depois; não precisa escolher agora.
reason-dv-navi-8008 = O #8008 encaminha para o Centro de Consulta e Apoio sobre Violência Conjugal mais próximo, que atende vítimas de qualquer gênero. O centro oferece consulta e aconselhamento, informações sobre medidas protetivas e vida independente, e providencia proteção temporária.
reason-dv-shelter-any-gender = É preciso um lugar seguro agora. O Centro de Consulta e Apoio sobre Violência Conjugal (pelo #8008) providencia proteção temporária para a vítima e quem a acompanha, e o DV Sodan+ pode providenciar hospedagem de emergência quando necessário. Fora do horário do centro, o telefone do DV Sodan+ atende 24 horas.
reason-dv-shelter-men = Seja honesto com um homem ou uma pessoa de outro gênero sobre um lugar seguro: os Centros de Apoio e Atendimento à Mulher e seus abrigos são para mulheres. Nenhuma província tem abrigo público para homens; numa pesquisa de 2024, 11 das 47 províncias tinham vagas para homens por meio de entidades privadas. Pergunte ao Centro de Consulta e Apoio sobre Violência Conjugal (pelo #8008) o que existe nesta província, e ao DV Sodan+ sobre hospedagem de emergência.
reason-rights-everyone = A Linha de Direitos Humanos para Todos do Ministério da Justiça atende qualquer pessoa sobre discriminação e outros problemas de direitos humanos, incluindo difamação e violação de privacidade na internet. Se houver possível violação de direitos, o Escritório de Assuntos Jurídicos investiga e pode pedir ao site que apague a publicação.
