### Textos comunes de la pantalla y la terminal — español (es); la referencia es ja

option-unknown = No sé / prefiero no responder
priority-emergency = Emergencia
priority-urgent = Urgente
priority-standard = Normal
local-service-hours = Consulte el horario de atención en la información de esta ventanilla.
local-service-expect = Servicio de la zona registrado por esta ventanilla.
check-before-use = Verifique antes de usar: la información es antigua o no está confirmada.
list-separator = { ", " }
locale-status-reference = Idioma de referencia
locale-status-reviewed = Traducción revisada
locale-status-draft = Borrador de traducción (sin revisar)
assured-on = Verificado el: { $date }

## madoguchi walk

walk-title = Flujo de la consulta (personal: { $staff } / persona atendida: { $client })
walk-choose-one = Escriba un número.
walk-choose-many = Escriba todos los números que correspondan, separados por espacios.
walk-back-hint = Escriba 0 para volver a la pregunta anterior.
walk-invalid = Ese número no se puede elegir. Inténtelo de nuevo.
walk-progress = Pregunta { $number }
walk-results = Derivaciones
walk-no-referrals = No hay derivaciones.
walk-why = Motivo
walk-source = Fuente
walk-hours = Horario de atención
walk-ended = Terminó la entrada de datos, por eso se interrumpió la consulta. No se guardó ningún registro.

## madoguchi route (formato para personas)

route-heading = { $count ->
    [one] { $count } derivación
   *[other] { $count } derivaciones
}
route-rules = Reglas aplicadas: { $rules }
