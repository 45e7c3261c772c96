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

## Aplicación de escritorio

ui-strip-label = Números de emergencia
ui-strip-police = Policía 110
ui-strip-ambulance = Ambulancia y bomberos 119
ui-hide = Ocultar pantalla
ui-keys-help = Las teclas 1–9 eligen. Retroceso o Alt+← vuelven atrás. Pulse Esc dos veces para dejar la pantalla en blanco y borrar la consulta al instante.
ui-start-title = Iniciar una consulta
ui-start-staff-lang = Idioma del personal
ui-start-client-lang = Idioma de la persona atendida
ui-start-mode = Tipo de consulta
ui-mode-live = Consulta real
ui-mode-training = Formación (no cuenta en las estadísticas)
ui-start-privacy = No se registra nada hasta que pulse Guardar. Solo se guardan categorías que no identifican a nadie.
ui-start-begin = Iniciar la consulta
app-progress = Pregunta { $number } de unas { $total }
ui-choose-many = Elija todo lo que corresponda y pulse Siguiente.
ui-back = Atrás
ui-next = Siguiente
ui-emergency-title = Llame ahora
ui-result-title = Derivaciones
ui-result-none = Estas respuestas no llevan a ninguna derivación.
ui-result-answers = Respuestas dadas
ui-result-slip = Mostrar la hoja de derivación
ui-result-save = Guardar y terminar
ui-card-contact = Contacto
ui-card-hours = Horario
ui-card-free-call = Coste de la llamada
ui-free-call-yes = Gratuita
ui-free-call-no = Con coste
ui-free-call-partly = Gratuita en parte
ui-free-call-unconfirmed = Sin confirmar
ui-card-anonymous = Consulta anónima
ui-anonymous-yes = Se acepta
ui-anonymous-no = No se acepta
ui-anonymous-partly = Depende
ui-anonymous-unconfirmed = Sin confirmar
ui-card-languages = Idiomas
ui-languages-unconfirmed = (idiomas sin confirmar)
ui-card-expect = Qué esperar
ui-card-why = Por qué esta derivación
ui-card-source = Fuente:
ui-card-checked = Datos comprobados
ui-slip-title = Hoja de derivación
ui-slip-intro = Puede contactar con los lugares siguientes. La consulta es gratuita y confidencial.
ui-slip-print = Imprimir
ui-save-title = Guardar el registro
ui-save-training = Se guarda como registro de formación. No cuenta en las estadísticas.
ui-save-privacy = No se guarda ningún nombre, dato de contacto, dirección, fecha de nacimiento ni texto libre.
ui-save-outcome = Resultado
ui-outcome-referred = Derivada
ui-outcome-referred_with_handover = Derivada y transferida
ui-outcome-information_only = Solo información
ui-outcome-client_declined = La persona lo rechazó
ui-outcome-interrupted = Interrumpida
ui-save-interpreter = Se usó intérprete
ui-save-consent = La persona aceptó la transferencia
ui-save-region = Región de la nacionalidad (para estadísticas; no se registra el país)
ui-region-none = Sin respuesta / no se sabe
ui-region-east_asia = Asia oriental
ui-region-southeast_asia = Sudeste asiático
ui-region-south_asia = Asia meridional
ui-region-central_asia = Asia central
ui-region-middle_east = Oriente Medio
ui-region-europe = Europa
ui-region-north_america = América del Norte
ui-region-latin_america = América Latina
ui-region-africa = África
ui-region-oceania = Oceanía
ui-save-submit = Guardar y borrar la pantalla
ui-save-unavailable = No se puede guardar porque el archivo de registro no se puede usar. Las derivaciones siguen funcionando.
ui-save-error-consent = "Transferida" requiere el consentimiento de la persona.
ui-save-error-no-referral = No hay derivación, así que no se puede elegir "Derivada".
ui-save-error-data = No se pudo guardar esta consulta.
ui-save-error-log = No se pudo escribir en el archivo de registro. Contacte con su administrador.
ui-saved = Guardado. La consulta se ha borrado de la pantalla.
ui-blank-title = Pantalla oculta
ui-new-consultation = Iniciar una nueva consulta
ui-problem-file = Archivo:
ui-problem-details = Problemas encontrados
ui-problem-todo = Qué hacer
ui-problem-continue = Entendido, continuar
ui-problem-override-title = El archivo de ajustes locales tiene errores
ui-problem-override-what = No se han cargado los contactos locales que esta ventanilla añadió o cambió. Solo se muestran los contactos nacionales.
ui-problem-override-todo = Pida a su administrador que corrija las líneas de arriba (compruébelo con: madoguchi validate --override ARCHIVO). Después reinicie la aplicación.
ui-problem-settings-title = El archivo de configuración tiene errores
ui-problem-settings-what = No se leyó el archivo de configuración; se usan los valores por defecto (por ejemplo, borrar tras 5 minutos sin uso).
ui-problem-settings-todo = Pida a su administrador que corrija las líneas de arriba. Después reinicie la aplicación.
ui-problem-log-title = No se pueden guardar registros
ui-problem-log-damaged = El archivo de registro está dañado, así que se abrió en modo de solo lectura.
ui-problem-log-not-a-log = En el lugar del archivo de registro hay un archivo de otro programa. Se abrió en modo de solo lectura.
ui-problem-log-newer-schema = El archivo de registro lo creó una versión más reciente de Madoguchi. Se abrió en modo de solo lectura.
ui-problem-log-unavailable = No se pudo abrir el archivo de registro.
ui-problem-log-todo = Las consultas y derivaciones funcionan, pero no se puede guardar nada. No borre el archivo; contacte con su administrador, que lo moverá a un lugar seguro y reiniciará la aplicación.
ui-problem-data-title = Los datos de la aplicación están dañados
ui-problem-data-what = Los datos integrados no pasaron la comprobación, así que no se puede iniciar ninguna consulta.
ui-problem-data-todo = Vuelva a instalar la aplicación. Si no se soluciona, contacte con su administrador.

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
