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
