### Textos comuns da tela e do terminal — português do Brasil (pt-BR); a referência é ja

option-unknown = Não sei / prefiro não responder
priority-emergency = Emergência
priority-urgent = Urgente
priority-standard = Normal
local-service-hours = Confira o horário de atendimento nas informações deste balcão de atendimento.
local-service-expect = Serviço de atendimento da região cadastrado por este balcão de atendimento.
check-before-use = Confirme antes de usar: a informação é antiga ou não foi confirmada.
list-separator = { ", " }
locale-status-reference = Idioma de referência
locale-status-reviewed = Tradução revisada
locale-status-draft = Rascunho de tradução (não revisado)
assured-on = Verificado em: { $date }
contact-in-person-local = Pessoalmente, no posto mais próximo (varia conforme a região)
language-fit-native = Há um contato com atendimento em { $language }
language-fit-interpreter = O serviço oferece intérprete (por exemplo, chamada a três), então é possível usar { $language }
language-fit-unknown = As fontes não dizem se é possível usar { $language }
language-fit-none = Não atende em { $language } (segundo as fontes, só em outros idiomas)
language-fit-contact = Em { $language }, use primeiro este contato
language-fit-advice = Se não for possível usar { $language }, a equipe liga junto com você e explica em japonês. Onde o serviço oferece intérprete (por exemplo, chamada a três), peça esse apoio.
ui-card-language-fit = Atendimento no idioma
directory-fit-language = Idioma da pessoa atendida (mostra o atendimento nesse idioma)

## madoguchi walk

walk-title = Fluxo do atendimento (atendente: { $staff } / pessoa atendida: { $client })
walk-choose-one = Digite um número.
walk-choose-many = Digite todos os números que se aplicam, separados por espaço.
walk-back-hint = Digite 0 para voltar à pergunta anterior.
walk-invalid = Esse número não pode ser escolhido. Digite novamente.
walk-progress = Pergunta { $number }
walk-results = Encaminhamentos
walk-no-referrals = Nenhum encaminhamento.
walk-why = Motivo
walk-source = Fonte
walk-hours = Horário de atendimento
walk-ended = A entrada de dados terminou, por isso o atendimento foi interrompido. Nenhum registro foi salvo.

## madoguchi route (formato para leitura)

route-heading = { $count ->
    [one] { $count } encaminhamento
   *[other] { $count } encaminhamentos
}
route-rules = Regras aplicadas: { $rules }

## Aplicativo de computador

ui-strip-label = Números de emergência
ui-strip-police = Polícia 110
ui-strip-ambulance = Ambulância e bombeiros 119
ui-hide = Ocultar a tela
ui-keys-help = As teclas 1–9 escolhem. Backspace ou Alt+← voltam. Pressione Esc duas vezes para apagar a tela e a consulta na hora.
ui-start-title = Iniciar um atendimento
ui-start-staff-lang = Idioma da equipe
ui-start-client-lang = Idioma da pessoa atendida
ui-start-mode = Tipo de atendimento
ui-mode-live = Atendimento real
ui-mode-training = Treinamento (não entra nas estatísticas)
ui-start-privacy = Nada é registrado até você clicar em Salvar. Só são salvas categorias que não identificam ninguém.
ui-start-begin = Iniciar o atendimento
app-progress = Pergunta { $number } de cerca de { $total }
ui-choose-many = Escolha tudo o que se aplica e clique em Avançar.
ui-back = Voltar
ui-error-title = Não foi possível fazer isto
ui-error-detail = Detalhes (para quem cuida do balcão):
ui-error-back = Voltar à tela inicial
ui-next = Avançar
ui-emergency-title = Ligue agora
ui-result-title = Encaminhamentos
ui-result-none = Estas respostas não levam a nenhum encaminhamento.
ui-result-answers = Respostas dadas
ui-result-slip = Mostrar a ficha de encaminhamento
ui-result-save = Salvar e encerrar
ui-card-contact = Contato
ui-contact-open-failed = Este computador não conseguiu abrir. Disque ou digite manualmente o que aparece.
ui-card-hours = Horário
ui-card-free-call = Custo da ligação
ui-free-call-yes = Gratuita
ui-free-call-no = Paga
ui-free-call-partly = Gratuita em parte
ui-free-call-unconfirmed = Não confirmado
ui-card-anonymous = Atendimento anônimo
ui-anonymous-yes = Aceito
ui-anonymous-no = Não aceito
ui-anonymous-partly = Depende
ui-anonymous-unconfirmed = Não confirmado
ui-card-languages = Idiomas
ui-languages-unconfirmed = (idiomas não confirmados)
ui-card-expect = O que esperar
ui-card-why = Por que este encaminhamento
ui-card-source = Fonte:
ui-card-checked = Dados verificados
ui-slip-title = Ficha de encaminhamento
ui-slip-intro = Você pode entrar em contato com os lugares abaixo. Em cada lugar está indicado se a ligação é paga e se você pode ficar anônimo(a).
ui-slip-print = Imprimir
ui-save-title = Salvar o registro
ui-save-training = Salvo como registro de treinamento. Não entra nas estatísticas.
ui-save-privacy = Nenhum nome, contato, endereço, data de nascimento ou texto livre é salvo.
ui-save-outcome = Resultado
ui-outcome-referred = Encaminhada
ui-outcome-referred_with_handover = Encaminhada e transferida
ui-outcome-information_only = Só informação
ui-outcome-client_declined = A pessoa recusou
ui-outcome-interrupted = Interrompido
ui-save-interpreter = Houve intérprete
ui-save-consent = A pessoa concordou com a transferência
ui-save-region = Região da nacionalidade (para estatísticas; o país não é registrado)
ui-region-none = Sem resposta / não se sabe
ui-region-east_asia = Leste da Ásia
ui-region-southeast_asia = Sudeste Asiático
ui-region-south_asia = Sul da Ásia
ui-region-central_asia = Ásia Central
ui-region-middle_east = Oriente Médio
ui-region-europe = Europa
ui-region-north_america = América do Norte
ui-region-latin_america = América Latina
ui-region-africa = África
ui-region-oceania = Oceania
ui-save-submit = Salvar e limpar a tela
ui-save-unavailable = Não é possível salvar porque o arquivo de registro não pode ser usado. Os encaminhamentos continuam funcionando.
ui-save-error-consent = "Transferida" exige o consentimento da pessoa.
ui-save-error-no-referral = Não há encaminhamento, então "Encaminhada" não pode ser escolhido.
ui-save-error-data = Não foi possível salvar este atendimento.
ui-save-error-log = Não foi possível gravar no arquivo de registro. Fale com o administrador.
ui-saved = Salvo. O atendimento foi apagado da tela.
ui-blank-title = Tela ocultada
ui-new-consultation = Iniciar um novo atendimento
ui-problem-file = Arquivo:
ui-problem-details = Problemas encontrados
ui-problem-todo = O que fazer
ui-problem-continue = Entendi, continuar
ui-problem-override-title = O arquivo de ajustes locais tem erros
ui-problem-override-what = Os contatos locais que este balcão adicionou ou mudou não foram carregados. Só os contatos nacionais aparecem.
ui-problem-override-todo = Peça ao administrador para corrigir as linhas acima (verifique com: madoguchi validate --override ARQUIVO). Depois reinicie o aplicativo.
ui-problem-settings-title = O arquivo de configurações tem erros
ui-problem-settings-what = O arquivo de configurações não foi lido; são usados os padrões (como limpar após 5 minutos sem uso).
ui-problem-settings-todo = Peça ao administrador para corrigir as linhas acima. Depois reinicie o aplicativo.
ui-problem-log-title = Não é possível salvar registros
ui-problem-log-damaged = O arquivo de registro está danificado, por isso foi aberto somente para leitura.
ui-problem-log-not-a-log = No lugar do arquivo de registro há um arquivo de outro programa. Foi aberto somente para leitura.
ui-problem-log-newer-schema = O arquivo de registro foi criado por uma versão mais nova do Madoguchi. Foi aberto somente para leitura.
ui-problem-log-unavailable = Não foi possível abrir o arquivo de registro.
ui-problem-log-todo = Atendimentos e encaminhamentos funcionam, mas nada pode ser salvo. Não apague o arquivo; fale com o administrador, que o levará para um lugar seguro e reiniciará o aplicativo.
ui-problem-data-title = Os dados do aplicativo estão danificados
ui-problem-data-what = Os dados embutidos não passaram na verificação, então nenhum atendimento pode começar.
ui-problem-data-todo = Reinstale o aplicativo. Se não resolver, fale com o administrador.

## Training

train-title = Caso de treinamento: { $case } ({ $difficulty })
train-vignette = Para a pessoa no papel de cliente ({ $lang }):
train-start = Agora conduza o atendimento como de costume.
train-debrief = Revisão
train-score = Encaminhamentos esperados feitos: { $hit } de { $expected }
train-hit = Feitos como esperado
train-missed = Faltaram
train-must-not = Feitos, mas não deveriam
train-extra = Desnecessários (sem prejuízo)
train-none = (nenhum)
train-emergency = Emergência
train-emergency-not-needed = Este caso não precisa de encaminhamento de emergência, e nenhum foi feito.
train-emergency-handled = Tratada primeiro: o perigo foi perguntado primeiro, e { $services } veio primeiro.
train-emergency-missed = Faltou: este caso precisa de { $services } em primeiro lugar.
train-emergency-not-first = { $services } foi indicado, mas o perigo não foi a primeira pergunta respondida.
train-emergency-unneeded = Foi indicado um número de emergência de que este caso não precisa.
train-mattered = Perguntas que fizeram diferença
train-mattered-lost = Sem esta resposta, faltariam: { $services }
train-mattered-gained = Sem esta resposta, seriam acrescentados: { $services }
train-mattered-priority = Sem esta resposta, a prioridade destes mudaria: { $services }
train-answer-differed = Sua resposta foi diferente da do caso.
train-expected = Por que cada encaminhamento esperado
train-given = feito
train-not-given = não feito
train-passed = Aprovado: nada faltou, nada errado foi indicado, a emergência foi tratada.
train-review = Repasse os pontos acima com o instrutor.
train-notes = Notas didáticas
train-list-heading = Casos de treinamento ({ $count })
train-difficulty-intro = Introdutório
train-difficulty-intermediate = Intermediário
train-difficulty-advanced = Avançado
train-saved = O resultado deste treino foi salvo em { $path } (separado dos registros reais; nenhum nome é salvo).
train-route-trafficking = Tráfico de pessoas
train-route-sexual_crime_8103 = Crime sexual (#8103)
train-route-child_189 = Abuso infantil (189)
train-route-one_stop = Centro One-Stop
train-route-iom_return = Apoio de retorno da OIM
train-route-immigration = Imigração
train-route-labour = Trabalho
train-route-residence = Status de residência
train-route-discrimination = Discriminação
train-route-online_images = Imagens na internet
train-route-domestic_violence = Violência doméstica
train-route-emergency = Emergência (110/119)
train-route-unknown_answers = Respostas desconhecidas

## Directory screen

directory-open-now = Aberto agora (24 horas ou online)
directory-open-unknown = Desconhecido — verifique o horário
directory-origin-shipped = Padrão
directory-origin-overridden = Alterado por este local
directory-origin-local = Adicionado por este local
directory-title = Lista de serviços
directory-search = Buscar (nome ou descrição)
directory-concern = Problema
directory-language = Idioma
directory-any = Todos
directory-free-call = Só ligação gratuita
directory-anonymous = Só anônimos
directory-open-only = Só abertos agora
directory-shown = Serviços mostrados
directory-none = Nenhum serviço corresponde a estes filtros.
directory-reachable = Aberto agora
directory-sources = Fontes
directory-confidence = Confiabilidade
directory-confidence-high = Alta
directory-confidence-medium = Média
directory-confidence-low = Baixa
directory-confidence-unconfirmed = Não confirmada
directory-serves = Atende
directory-origin = Registro

# Records screen
records-title = Registros salvos
records-note = Só atendimentos reais, os mais recentes primeiro; registros de treinamento não aparecem. Um registro guarda só categorias: nada que identifique alguém.
records-total = Registros
records-none = Nenhum registro foi salvo ainda.
records-unavailable = O arquivo de registros não pode ser lido, então nenhum registro pode ser mostrado.
records-referrals = Encaminhado a
records-no-referrals = Sem encaminhamento
records-previous = Página anterior
records-next = Próxima página
records-page = Página

# Reports screen: categories and dimensions the flow does not label
report-month = Mês
report-total = Total
report-unknown = Desconhecido
report-not-applicable = Não se aplica (japonês)
report-no-service = Sem encaminhamento
report-yes = Sim
report-no = Não
report-outcome-referred = Encaminhado
report-outcome-referred_with_handover = Encaminhado com transferência
report-outcome-information_only = Só informação
report-outcome-client_declined = Cliente recusou
report-outcome-interrupted = Interrompido
report-region-east_asia = Ásia Oriental
report-region-southeast_asia = Sudeste Asiático
report-region-south_asia = Sul da Ásia
report-region-central_asia = Ásia Central
report-region-middle_east = Oriente Médio
report-region-europe = Europa
report-region-north_america = América do Norte
report-region-latin_america = América Latina
report-region-africa = África
report-region-oceania = Oceania
report-dimension-age_group = Faixa etária
report-dimension-gender = Gênero
report-dimension-nationality = Nacionalidade
report-dimension-region = Região da nacionalidade
report-dimension-residence = Status de residência
report-dimension-concern = Assunto
report-dimension-danger = Em perigo
report-dimension-service = Destino do encaminhamento
report-dimension-outcome = Resultado
report-dimension-handover_consent = Consentimento para transferência
report-dimension-interpreter = Intérprete
report-dimension-staff_lang = Idioma da equipe
report-dimension-client_lang = Idioma do cliente
report-dimension-desk = Balcão

## Reports screen

reports-title = Estatísticas
reports-note = Número de atendimentos reais por mês; treinamentos nunca são contados. Números pequenos ficam ocultos, assim como qualquer outra célula que permita calcular um número oculto.
reports-dimension = Contar por
reports-second-dimension = Depois dividir por
reports-no-second = Nada mais
reports-loading = Contando…
reports-records = Atendimentos no período
reports-empty = Nenhum atendimento foi salvo neste período.
reports-unavailable = O arquivo de registros não pode ser lido, então não há estatísticas para mostrar.
reports-bar-title = Período inteiro
reports-line-title = Mês a mês
reports-line-note = O total e as categorias com os maiores números. Uma interrupção na linha é um número oculto.
reports-table-title = Tabela
reports-export = Exportar como CSV…
reports-export-dialog = Salvar o relatório como arquivo CSV
reports-export-filter = Arquivo CSV
reports-exported = Salvo em
reports-export-records = Atendimentos contados
reports-export-cancelled = Nada foi salvo.
reports-export-failed = Não foi possível salvar o relatório:

## Settings screen

settings-title = Configurações
settings-note = Estas configurações ficam guardadas só na pasta de dados deste computador.
settings-data-dir = Pasta de dados
settings-desk = Nome do balcão
settings-staff-lang = Idioma da equipe ao iniciar
settings-client-lang = Idioma da pessoa atendida ao iniciar
settings-idle = Limpar o atendimento aberto após este número de segundos sem uso
settings-retention = Por quantos anos guardar os registros
settings-save = Salvar configurações
settings-saved = Configurações salvas.
settings-not-saved = As configurações não foram salvas:
settings-error-idle = O tempo sem uso deve ser um número inteiro de segundos, de 2 a 3600.
settings-error-retention = Os registros devem ser guardados por 1 a 10 anos.
settings-error-language = Esse idioma não está disponível.
settings-error-write = Não foi possível gravar o arquivo de configurações:
settings-log = Arquivo de registros de encaminhamento
settings-log-writable = Funcionando: os atendimentos podem ser salvos.
settings-log-closed = Somente leitura: nada pode ser salvo nem apagado (veja a mensagem mostrada ao iniciar).
settings-log-records = Registros no arquivo
settings-purge-title = Apagar registros antigos
settings-purge-cutoff = São apagados os registros anteriores a este dia
settings-purge-count = Registros a apagar
settings-purge-training = Resultados de treinamento a apagar
settings-purge-button = Apagar registros antigos…
settings-purge-yes = Sim, apagar
settings-purge-no = Cancelar
settings-purge-done = Registros apagados
settings-purge-nothing = Nenhum registro é mais antigo que o prazo de guarda.
settings-purge-failed = Não foi possível apagar os registros:
settings-purge-changed = Nada foi excluído: os números mudaram depois da sua verificação (por exemplo, a data mudou). Confira os novos números e exclua novamente.
settings-override-title = Arquivo de ajustes locais
settings-override-path = Arquivo
settings-override-absent = Não há arquivo de ajustes locais: é usada a lista de serviços padrão.
settings-override-loaded = Lido e válido: em uso.
settings-override-invalid = Inválido, por isso não está em uso: é usada a lista de serviços padrão. Corrija estas linhas e depois reinicie o aplicativo.
settings-override-local = Serviços adicionados por este local
settings-override-changed = Serviços alterados por este local
settings-check-title = Verificação dos dados
settings-check-ok = Todas as verificações foram aprovadas.
settings-check-failed = Foram encontrados problemas:
settings-check-questions = Perguntas
settings-check-rules = Regras
settings-check-services = Serviços
settings-check-languages = Idiomas
settings-check-again = Verificar de novo
settings-check-restart = Um arquivo de ajustes locais alterado só passa a ser usado depois que o aplicativo é reiniciado.
ui-keys-tools = Nesta tela: Alt+D lista de serviços, Alt+R registros salvos, Alt+T estatísticas, Alt+S configurações.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: não mostrado. Menos de { $k } em algum mês do ano fiscal (incluindo zero), ou oculto para que esse número não possa ser calculado.
reports-period = Período
reports-period-fiscal-years = Anos fiscais (abril a março)
reports-period-quarters = Trimestres
reports-period-months = Meses
reports-fiscal-year = AF{ $year } (abril–março)
reports-fiscal-quarter = AF{ $year } T{ $quarter }
reports-period-note = As estatísticas são publicadas só por mês, trimestre e ano fiscal, nunca por outros intervalos: senão, um número oculto poderia ser calculado subtraindo um intervalo de outro.
ui-problem-log-empty = O arquivo de registro está vazio (0 bytes): o conteúdo foi perdido. Ele não foi transformado em um novo registro; foi aberto somente para leitura.
ui-problem-log-cannot-write = Não é possível gravar no arquivo de registro ou em sua pasta (sem permissão ou disco somente leitura). O arquivo não está danificado; foi aberto somente para leitura.
ui-problem-log-cannot-write-todo = Consultas e encaminhamentos funcionam, mas nada pode ser salvo. Fale com o administrador, que libera a gravação nesta pasta e arquivo e reinicia o aplicativo.
ui-problem-set-aside-title = Um arquivo ao lado do registro foi movido
ui-problem-set-aside-what = Ao lado do arquivo de registro havia um arquivo temporário (WAL ou journal) que não pertence a este registro. Para não ser gravado no registro, ele não foi lido: foi renomeado e deixado na mesma pasta. O registro não mudou e é possível salvar.
ui-problem-set-aside-todo = Não apague o arquivo movido. Fale com o administrador, que descobrirá de onde ele veio (registro de outro balcão, um backup).
records-month = Mês
settings-desk-code-help = Um código que a coordenação dá a este balcão, salvo com cada atendimento: por exemplo “shinjuku-2f” ou “window-3”. Apenas letras minúsculas a–z, dígitos (de 1 a 4) e hifens. Nunca o nome de uma pessoa.
settings-error-desk-code = Isto não é um código de balcão. Use letras minúsculas a–z, dígitos e hifens, no máximo 32 caracteres, começando por letra ou dígito, com pelo menos 1 e no máximo 4 dígitos (por exemplo “window-3”). O nome de uma pessoa não pode ser um código de balcão.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Apagar registros antigos?
settings-purge-dialog = Serão apagados { $records } registros e { $training } resultados de treinamento anteriores a { $cutoff }. Isso não pode ser desfeito.
settings-purge-cancelled = Nada foi apagado.
settings-retention-dialog-title = Guardar os registros por menos anos?
settings-retention-dialog = Os registros serão guardados por { $to } anos em vez de { $from }. Apagar registros antigos passará a apagar { $records } registros e { $training } resultados de treinamento anteriores a { $cutoff }.
settings-retention-dialog-uncounted = Os registros serão guardados por { $to } anos em vez de { $from }. Apagar registros antigos passará a apagar mais registros do que antes.
settings-retention-dialog-yes = Sim, guardar por menos anos
settings-error-retention_not_confirmed = O prazo de guarda não foi encurtado (Cancelar foi escolhido na confirmação); nada foi salvo.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Serviços de emergência como 110 e 119 não podem ser alterados por este arquivo. Remova essas entradas.
ui-override-error-duplicate = O mesmo serviço (id) está escrito duas vezes. Deixe só um.
ui-override-error-entry = O id, o contato (telefone, código de discagem, endereço https), o nome (label) ou os idiomas de um serviço não são válidos.
ui-override-error-encoding = O arquivo não está salvo em UTF-8. Salve-o de novo em UTF-8.

## coord
card-japanese-only = (somente em japonês)
directory-review-due = Não verificado há mais de { $months } meses: confirme o número e o horário.
settings-review = Intervalo de revisão do diretório (meses)
settings-error-review = O intervalo de revisão é de 1 a 60 meses.
settings-review-due = Entradas verificadas há mais tempo que o intervalo
settings-review-help = Exporte a lista com madoguchi directory review --out revisao.csv; grave os resultados no arquivo de ajustes locais com --apply.
settings-override-create = Criar o arquivo de ajustes locais a partir do exemplo
settings-override-created = O arquivo foi criado a partir do exemplo comentado. Edite-o, clique em "Verificar de novo" e reinicie o aplicativo.
settings-override-create-failed = Não foi possível criar o arquivo:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Esta linha não pode ser lida como TOML. Verifique se falta fechar ", [ ] ou { "{" } { "}" } e como "=" está escrito.
override-error-unknown-key = Não existe a chave { $key }. Chaves de uma entrada: { $keys }
override-error-value = O valor { $value } de "{ $field }" não pode ser usado. { $choices ->
    [none] Veja o exemplo data/site-override.example.toml.
   *[other] Valores: { $choices }
}
override-error-missing = Falta no serviço "{ $id }": { $fields }
override-error-date = { $value } não é uma data: escreva ano-mês-dia, como 2026-04-01.
override-error-duplicate = O serviço { $id } também está na linha { $first } deste arquivo. Deixe só um.
override-error-emergency = "{ $id }" é um serviço de emergência como 110 ou 119: este arquivo não pode alterá-lo. Remova esta entrada.
override-error-emergency-with = Serviço "{ $id }": nada pode ser listado junto ao serviço de emergência "{ $with }" (refer_with).
override-error-contact = O contato { $number } do serviço "{ $id }", { $value }, não é { $kind ->
    [phone] um número de telefone (ex.: 03-1234-5678).
    [dial] um número curto (ex.: 110 ou #8103).
    [web] um endereço que começa com https://.
    [email] um endereço de e-mail.
   *[other] "local" (o balcão mais próximo).
}
override-error-empty = Serviço "{ $id }": "{ $field }" está vazio.
override-error-label = O nome (label) do serviço "{ $id }" { $problem ->
    [empty] está vazio.
    [long] tem mais de { $max } caracteres.
   *[other] contém um caractere de controle.
}
override-error-text = Serviço "{ $id }", "{ $field }": { $problem ->
    [no-ja] não há japonês (ja). O japonês aparece no lugar de qualquer idioma não escrito, por isso é obrigatório.
    [language] "{ $lang }" não é um idioma do aplicativo. Idiomas: { $langs }
    [empty] o texto "{ $lang }" está vazio.
    [long] o texto "{ $lang }" é longo demais.
    [both] há label e name; deixe só name.
   *[other] o texto "{ $lang }" contém um caractere de controle.
}
override-error-note = A nota { $note } do contato { $number } do serviço "{ $id }" não é um texto do aplicativo. Para escrevê-la com suas palavras: note = { "{" } ja = "平日のみ", pt-BR = "Só dias úteis" { "}" }
override-error-shipped-local = O serviço "{ $id }" vem com o aplicativo: label e refer_with são só para serviços que o balcão adiciona.
override-error-assured-by = Serviço "{ $id }": uma data de verificação (assured_date) precisa de assured_by, a fonte (uma das sources) usada.
override-error-service-id = { $id } não pode ser um id: uma letra minúscula e depois até 63 minúsculas, dígitos ou "_".
override-error-local-needs = O serviço "{ $id }" não vem com o aplicativo: um serviço adicionado precisa de name (ou label) e refer_with.
override-error-encoding = O arquivo não está salvo em UTF-8 ({ $byte } no byte { $offset }). Salve-o de novo em UTF-8.
override-error-refer-with = Serviço "{ $id }": refer_with "{ $with }" não é um serviço do aplicativo.
override-error-serves = Serviço "{ $id }": quem é atendido (serves) cita um dado ou valor desconhecido.
override-error-source = Serviço "{ $id }": { $source ->
    [none] não há fonte (sources).
   *[other] a fonte { $source } não é um endereço https:// nem uma linha de documento.
}
override-error-language = Serviço "{ $id }", idioma "{ $lang }": { $problem ->
    [tag] o código do idioma está escrito errado (ex.: vi, pt, fil).
    [unbacked] nenhum contato fala esse idioma e nenhuma interpretação o cobre.
   *[other] falta nos idiomas (languages) do serviço; adicione-o.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = Pediram ao aplicativo algo que ele não tem (um idioma, pergunta, resposta, caso, período ou filtro).
ui-error-no-content = Os dados internos do aplicativo não passaram nas verificações, então isto não pode ser mostrado.
ui-error-log = Não foi possível ler nem gravar o arquivo de registro.
ui-error-settings = Algumas configurações foram recusadas, então nada foi salvo.
ui-error-desktop = Este computador não conseguiu fazer isso (uma caixa de diálogo, a impressão ou um programa para abrir).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = Ocorreu um problema inesperado dentro do aplicativo.
ui-error-todo = Toque em Tentar de novo ou volte à tela inicial. Se continuar acontecendo, mostre os detalhes abaixo a quem cuida deste balcão.
ui-error-retry = Tentar de novo

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Tradução não revisada
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Esta folha é uma tradução automática e não foi revisada. Se algo não estiver claro, pergunte à equipe.

## About (package)
settings-about-title = Sobre o Madoguchi
settings-about-version = Versão
settings-about-data-date = Dados do diretório em (a fonte confirmada mais recente)
