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
ui-next = Avançar
ui-emergency-title = Ligue agora
ui-result-title = Encaminhamentos
ui-result-none = Estas respostas não levam a nenhum encaminhamento.
ui-result-answers = Respostas dadas
ui-result-slip = Mostrar a ficha de encaminhamento
ui-result-save = Salvar e encerrar
ui-card-contact = Contato
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
ui-slip-intro = Você pode procurar os locais abaixo. O atendimento é gratuito e sigiloso.
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

train-title = Caso de treinamento { $case } ({ $difficulty })
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

## Directory screen

directory-open-now = Aberto agora (24 horas ou online)
directory-open-unknown = Desconhecido — verifique o horário
directory-origin-shipped = Padrão
directory-origin-overridden = Alterado por este local
directory-origin-local = Adicionado por este local

# Reports screen: categories and dimensions the flow does not label
report-month = Mês
report-total = Total
report-unknown = Desconhecido
report-not-applicable = Não se aplica (japonês)
report-no-service = Sem encaminhamento
report-suppressed = Menos de { $k } (não mostrado)
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
