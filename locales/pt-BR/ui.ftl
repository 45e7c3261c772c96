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
