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

## Training

train-title = Caso de formación { $case } ({ $difficulty })
train-vignette = Para la persona que hace de cliente ({ $lang }):
train-start = Ahora realice la consulta como de costumbre.
train-debrief = Repaso
train-score = Derivaciones esperadas dadas: { $hit } de { $expected }
train-hit = Dadas como se esperaba
train-missed = Faltaron
train-must-not = Dadas, pero no debían darse
train-extra = No necesarias (sin perjuicio)
train-none = (ninguna)
train-emergency = Emergencia
train-emergency-not-needed = Este caso no necesita derivación de emergencia, y no se dio ninguna.
train-emergency-handled = Atendida primero: se preguntó primero por el peligro, y { $services } fue lo primero.
train-emergency-missed = Faltó: este caso necesita { $services } en primer lugar.
train-emergency-not-first = Se dio { $services }, pero el peligro no fue la primera pregunta respondida.
train-emergency-unneeded = Se dio un número de emergencia que este caso no necesita.
train-mattered = Preguntas que cambiaron las derivaciones
train-mattered-lost = Sin esta respuesta faltarían: { $services }
train-mattered-gained = Sin esta respuesta se añadirían: { $services }
train-mattered-priority = Sin esta respuesta, cambiaría la prioridad de: { $services }
train-answer-differed = Su respuesta fue distinta de la del caso.
train-expected = Por qué cada derivación esperada
train-given = dada
train-not-given = no dada
train-passed = Aprobado: nada faltó, nada incorrecto se dio, la emergencia se atendió.
train-review = Repase los puntos anteriores con el formador.
train-notes = Notas didácticas
train-list-heading = Casos de formación ({ $count })
train-difficulty-intro = Introductorio
train-difficulty-intermediate = Intermedio
train-difficulty-advanced = Avanzado
train-saved = El resultado de esta práctica se guardó en { $path } (aparte de los registros reales; no se guardan nombres).

## Directory screen

directory-open-now = Abierto ahora (24 horas o en línea)
directory-open-unknown = Desconocido — consulte el horario
directory-origin-shipped = Incluido
directory-origin-overridden = Cambiado por este sitio
directory-origin-local = Añadido por este sitio

# Reports screen: categories and dimensions the flow does not label
report-month = Mes
report-total = Total
report-unknown = Desconocido
report-not-applicable = No aplica (japonés)
report-no-service = Sin derivación
report-suppressed = Menos de { $k } (no se muestra)
report-yes = Sí
report-no = No
report-outcome-referred = Derivado
report-outcome-referred_with_handover = Derivado con traspaso
report-outcome-information_only = Solo información
report-outcome-client_declined = El cliente lo rechazó
report-outcome-interrupted = Interrumpido
report-region-east_asia = Asia Oriental
report-region-southeast_asia = Sudeste Asiático
report-region-south_asia = Asia Meridional
report-region-central_asia = Asia Central
report-region-middle_east = Oriente Medio
report-region-europe = Europa
report-region-north_america = América del Norte
report-region-latin_america = América Latina
report-region-africa = África
report-region-oceania = Oceanía
report-dimension-age_group = Grupo de edad
report-dimension-gender = Género
report-dimension-nationality = Nacionalidad
report-dimension-region = Región de la nacionalidad
report-dimension-residence = Situación de residencia
report-dimension-concern = Motivo
report-dimension-danger = En peligro
report-dimension-service = Destino de la derivación
report-dimension-outcome = Resultado
report-dimension-handover_consent = Consentimiento al traspaso
report-dimension-interpreter = Intérprete
report-dimension-staff_lang = Idioma del personal
report-dimension-client_lang = Idioma del cliente
report-dimension-desk = Mostrador
