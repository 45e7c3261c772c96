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
contact-in-person-local = En persona, en la oficina más cercana (varía según la zona)
language-fit-native = Hay un contacto con atención en { $language }
language-fit-interpreter = El servicio ofrece intérprete (por ejemplo, llamada a tres), así que se puede usar { $language }
language-fit-unknown = Las fuentes no dicen si se puede usar { $language }
language-fit-none = No atiende en { $language } (según las fuentes, solo en otros idiomas)
language-fit-contact = En { $language }, use primero este contacto
language-fit-advice = Si no se puede usar { $language }, el personal llama junto con usted y explica en japonés. Donde el servicio ofrezca intérprete (por ejemplo, llamada a tres), pídalo.
ui-card-language-fit = Atención en el idioma
directory-fit-language = Idioma de la persona atendida (se muestra la atención en ese idioma)

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
ui-error-title = No se pudo hacer esto
ui-error-detail = Detalles (para quien se ocupa de la ventanilla):
ui-error-back = Volver a la pantalla de inicio
ui-next = Siguiente
ui-emergency-title = Llame ahora
ui-result-title = Derivaciones
ui-result-none = Estas respuestas no llevan a ninguna derivación.
ui-result-answers = Respuestas dadas
ui-result-slip = Mostrar la hoja de derivación
ui-result-save = Guardar y terminar
ui-card-contact = Contacto
ui-contact-open-failed = Este ordenador no pudo abrirlo. Marque o escriba a mano lo que se muestra.
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
ui-slip-intro = Puede contactar con los lugares de abajo. En cada lugar se indica si la llamada cuesta dinero y si puede hacerlo sin dar su nombre.
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

train-title = Caso de formación: { $case } ({ $difficulty })
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
train-route-trafficking = Trata de personas
train-route-sexual_crime_8103 = Delito sexual (#8103)
train-route-child_189 = Maltrato infantil (189)
train-route-one_stop = Centro One-Stop
train-route-iom_return = Apoyo de retorno de la OIM
train-route-immigration = Inmigración
train-route-labour = Trabajo
train-route-residence = Estatus de residencia
train-route-discrimination = Discriminación
train-route-online_images = Imágenes en internet
train-route-domestic_violence = Violencia doméstica
train-route-emergency = Emergencia (110/119)
train-route-unknown_answers = Respuestas desconocidas

## Directory screen

directory-open-now = Abierto ahora (24 horas o en línea)
directory-open-unknown = Desconocido — consulte el horario
directory-origin-shipped = Incluido
directory-origin-overridden = Cambiado por este sitio
directory-origin-local = Añadido por este sitio
directory-title = Directorio de servicios
directory-search = Buscar (nombre o descripción)
directory-concern = Motivo de consulta
directory-language = Idioma
directory-any = Todos
directory-free-call = Solo llamada gratuita
directory-anonymous = Solo anónimos
directory-open-only = Solo abiertos ahora
directory-shown = Servicios mostrados
directory-none = Ningún servicio cumple estos filtros.
directory-reachable = Abierto ahora
directory-sources = Fuentes
directory-confidence = Fiabilidad
directory-confidence-high = Alta
directory-confidence-medium = Media
directory-confidence-low = Baja
directory-confidence-unconfirmed = Sin confirmar
directory-serves = Atiende a
directory-origin = Entrada

# Records screen
records-title = Registros guardados
records-note = Solo consultas reales, las más recientes primero; no se muestran los registros de formación. Un registro solo contiene categorías: nada que identifique a nadie.
records-total = Registros
records-none = Todavía no se ha guardado ningún registro.
records-unavailable = No se puede leer el registro, así que no se pueden mostrar registros.
records-referrals = Derivado a
records-no-referrals = Sin derivación
records-previous = Página anterior
records-next = Página siguiente
records-page = Página

# Reports screen: categories and dimensions the flow does not label
report-month = Mes
report-total = Total
report-unknown = Desconocido
report-not-applicable = No aplica (japonés)
report-no-service = Sin derivación
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

## Reports screen

reports-title = Estadísticas
reports-note = Número de consultas reales por mes; la formación nunca se cuenta. Las cifras pequeñas no se muestran, ni tampoco ninguna otra casilla que permita calcular una cifra oculta.
reports-dimension = Contar por
reports-second-dimension = Y después por
reports-no-second = Nada más
reports-loading = Contando…
reports-records = Consultas en el período
reports-empty = No se guardó ninguna consulta en este período.
reports-unavailable = No se puede leer el registro, así que no hay estadísticas que mostrar.
reports-bar-title = Todo el período
reports-line-title = Mes a mes
reports-line-note = El total y las categorías con más consultas. Un corte en una línea es una cifra oculta.
reports-table-title = Tabla
reports-export = Exportar como CSV…
reports-export-dialog = Guardar las estadísticas como archivo CSV
reports-export-filter = Archivo CSV
reports-exported = Guardado en
reports-export-records = Consultas contadas
reports-export-cancelled = No se guardó nada.
reports-export-failed = No se pudieron guardar las estadísticas:

## Settings screen

settings-title = Configuración
settings-note = Esta configuración se guarda solo en la carpeta de datos de este equipo.
settings-data-dir = Carpeta de datos
settings-desk = Nombre del mostrador
settings-staff-lang = Idioma del personal al iniciar
settings-client-lang = Idioma de la persona atendida al iniciar
settings-idle = Borrar la consulta abierta tras este número de segundos sin actividad
settings-retention = Conservar los registros durante este número de años
settings-save = Guardar la configuración
settings-saved = Configuración guardada.
settings-not-saved = No se guardó la configuración:
settings-error-idle = El tiempo sin actividad debe ser un número entero de segundos entre 2 y 3600.
settings-error-retention = Los registros deben conservarse entre 1 y 10 años.
settings-error-language = Ese idioma no está disponible.
settings-error-write = No se pudo escribir el archivo de configuración:
settings-log = Registro de derivaciones
settings-log-writable = Funciona: se pueden guardar consultas.
settings-log-closed = Solo lectura: no se puede guardar ni borrar nada (vea el mensaje que apareció al iniciar).
settings-log-records = Registros guardados en el archivo
settings-purge-title = Borrar registros antiguos
settings-purge-cutoff = Se borran los registros anteriores a este día
settings-purge-count = Registros que se borrarán
settings-purge-training = Resultados de formación que se borrarán
settings-purge-button = Borrar registros antiguos…
settings-purge-yes = Sí, borrarlos
settings-purge-no = Cancelar
settings-purge-done = Registros borrados
settings-purge-nothing = Ningún registro es más antiguo que el período de conservación.
settings-purge-failed = No se pudieron borrar los registros:
settings-purge-changed = No se eliminó nada: las cifras cambiaron después de comprobarlas (por ejemplo, cambió la fecha). Compruebe las nuevas cifras y vuelva a eliminar.
settings-override-title = Archivo de ajustes locales
settings-override-path = Archivo
settings-override-absent = No hay archivo de ajustes locales: se usa el directorio incluido.
settings-override-loaded = Leído y válido: en uso.
settings-override-invalid = No es válido, así que no se usa: se usa el directorio incluido. Corrija estas líneas y después reinicie la aplicación.
settings-override-local = Servicios añadidos por este sitio
settings-override-changed = Servicios cambiados por este sitio
settings-check-title = Comprobación de datos
settings-check-ok = Todas las comprobaciones son correctas.
settings-check-failed = Se encontraron problemas:
settings-check-questions = Preguntas
settings-check-rules = Reglas
settings-check-services = Servicios
settings-check-languages = Idiomas
settings-check-again = Comprobar de nuevo
settings-check-restart = Si cambia el archivo de ajustes locales, el cambio se aplica después de reiniciar la aplicación.
ui-keys-tools = En esta pantalla: Alt+D directorio, Alt+R registros guardados, Alt+T estadísticas, Alt+S configuración.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: no se muestra. Menos de { $k } en algún mes del año fiscal (incluido el cero), u oculto para que ese número no pueda calcularse.
reports-period = Periodo
reports-period-fiscal-years = Años fiscales (abril a marzo)
reports-period-quarters = Trimestres
reports-period-months = Meses
reports-fiscal-year = AF{ $year } (abril–marzo)
reports-fiscal-quarter = AF{ $year } T{ $quarter }
reports-period-note = Las estadísticas se publican solo por meses, trimestres y años fiscales, nunca por otros intervalos: si no, un número oculto podría calcularse restando un intervalo de otro.
ui-problem-log-empty = El archivo de registro está vacío (0 bytes): su contenido se ha perdido. No se convirtió en un registro nuevo; se abrió en modo de solo lectura.
ui-problem-log-cannot-write = No se puede escribir en el archivo de registro o en su carpeta (sin permiso o disco de solo lectura). El archivo no está dañado; se abrió en modo de solo lectura.
ui-problem-log-cannot-write-todo = Las consultas y derivaciones funcionan, pero no se puede guardar nada. Contacte con su administrador para que permita escribir en esta carpeta y archivo y reinicie la aplicación.
ui-problem-set-aside-title = Se apartó un archivo que estaba junto al registro
ui-problem-set-aside-what = Junto al archivo de registro había un archivo temporal (WAL o diario) que no pertenece a este registro. Para que no se escriba en el registro, no se leyó: se le cambió el nombre y se dejó en la misma carpeta. El registro no ha cambiado y se puede guardar.
ui-problem-set-aside-todo = No borre el archivo apartado. Contacte con su administrador, que averiguará de dónde viene (el registro de otra ventanilla, una copia de seguridad).
records-month = Mes
settings-desk-code-help = Un código que su coordinador da a este mostrador; se guarda con cada consulta: por ejemplo, “shinjuku-2f” o “window-3”. Solo letras minúsculas a–z, dígitos (de 1 a 4) y guiones. Nunca el nombre de una persona.
settings-error-desk-code = No es un código de mostrador. Use letras minúsculas a–z, dígitos y guiones, como máximo 32 caracteres, empezando por una letra o un dígito, con al menos 1 y como máximo 4 dígitos (por ejemplo, “window-3”). El nombre de una persona no puede ser un código de mostrador.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = ¿Borrar registros antiguos?
settings-purge-dialog = Se borrarán { $records } registros y { $training } resultados de formación anteriores al { $cutoff }. No se puede deshacer.
settings-purge-cancelled = No se borró nada.
settings-retention-dialog-title = ¿Conservar los registros menos años?
settings-retention-dialog = Los registros se conservarán { $to } años en lugar de { $from }. Al borrar registros antiguos se borrarán entonces { $records } registros y { $training } resultados de formación anteriores al { $cutoff }.
settings-retention-dialog-uncounted = Los registros se conservarán { $to } años en lugar de { $from }. Al borrar registros antiguos se borrarán entonces más registros que antes.
settings-retention-dialog-yes = Sí, conservarlos menos años
settings-error-retention_not_confirmed = No se acortó el período de conservación (se eligió Cancelar en la confirmación); no se guardó nada.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Los servicios de emergencia como el 110 y el 119 no se pueden cambiar con este archivo. Elimine esas entradas.
ui-override-error-duplicate = El mismo servicio (id) aparece dos veces. Deje solo uno.
ui-override-error-entry = El id, el contacto (teléfono, código de marcación, dirección https), el nombre (label) o los idiomas de un servicio no son válidos.
ui-override-error-encoding = El archivo no está guardado en UTF-8. Vuelva a guardarlo en UTF-8.

## coord
card-japanese-only = (solo en japonés)
directory-review-due = Sin comprobar desde hace más de { $months } meses: confirme el número y el horario.
settings-review = Intervalo de revisión del directorio (meses)
settings-error-review = El intervalo de revisión es de 1 a 60 meses.
settings-review-due = Entradas comprobadas hace más que el intervalo
settings-review-help = Exporte la lista con madoguchi directory review --out revision.csv; guarde los resultados en el archivo de ajustes locales con --apply.
settings-override-create = Crear el archivo de ajustes locales desde el ejemplo
settings-override-created = Se creó el archivo a partir del ejemplo comentado. Edítelo, pulse "Comprobar de nuevo" y reinicie la aplicación.
settings-override-create-failed = No se pudo crear el archivo:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = Esta línea no se puede leer como TOML. Revise si falta cerrar ", [ ] o { "{" } { "}" } y cómo se escribe "=".
override-error-unknown-key = No existe la clave { $key }. Claves de una entrada: { $keys }
override-error-value = No se puede usar el valor { $value } de "{ $field }". { $choices ->
    [none] Vea el ejemplo data/site-override.example.toml.
   *[other] Valores: { $choices }
}
override-error-missing = Al servicio "{ $id }" le falta: { $fields }
override-error-date = { $value } no es una fecha: escriba año-mes-día, por ejemplo 2026-04-01.
override-error-duplicate = El servicio { $id } también está en la línea { $first } de este archivo. Deje uno.
override-error-emergency = "{ $id }" es un servicio de emergencia como el 110 o el 119: este archivo no puede cambiarlo. Elimine esta entrada.
override-error-emergency-with = Servicio "{ $id }": no se puede listar nada junto al servicio de emergencia "{ $with }" (refer_with).
override-error-contact = El contacto { $number } del servicio "{ $id }", { $value }, no es { $kind ->
    [phone] un número de teléfono (p. ej. 03-1234-5678).
    [dial] un número corto (p. ej. 110 o #8103).
    [web] una dirección que empiece por https://.
    [email] una dirección de correo.
   *[other] "local" (la oficina más cercana).
}
override-error-empty = Servicio "{ $id }": "{ $field }" está vacío.
override-error-label = El nombre (label) del servicio "{ $id }" { $problem ->
    [empty] está vacío.
    [long] tiene más de { $max } caracteres.
   *[other] contiene un carácter de control.
}
override-error-text = Servicio "{ $id }", "{ $field }": { $problem ->
    [no-ja] no hay japonés (ja). El japonés se muestra en lugar de cualquier idioma no escrito, así que es obligatorio.
    [language] "{ $lang }" no es un idioma de la aplicación. Idiomas: { $langs }
    [empty] el texto "{ $lang }" está vacío.
    [long] el texto "{ $lang }" es demasiado largo.
    [both] hay label y name; deje solo name.
   *[other] el texto "{ $lang }" contiene un carácter de control.
}
override-error-note = La nota { $note } del contacto { $number } del servicio "{ $id }" no es un texto de la aplicación. Para escribirla con sus palabras: note = { "{" } ja = "平日のみ", es = "Solo días laborables" { "}" }
override-error-shipped-local = El servicio "{ $id }" viene con la aplicación: label y refer_with son solo para servicios que añade la ventanilla.
override-error-assured-by = Servicio "{ $id }": una fecha de comprobación (assured_date) necesita assured_by, la fuente (una de sources) usada.
override-error-service-id = { $id } no puede ser un id: una minúscula y luego hasta 63 minúsculas, dígitos o "_".
override-error-local-needs = El servicio "{ $id }" no viene con la aplicación: un servicio añadido necesita name (o label) y refer_with.
override-error-encoding = El archivo no está guardado en UTF-8 ({ $byte } en el byte { $offset }). Guárdelo de nuevo en UTF-8.
override-error-refer-with = Servicio "{ $id }": refer_with "{ $with }" no es un servicio de la aplicación.
override-error-serves = Servicio "{ $id }": a quién atiende (serves) nombra un dato o valor desconocido.
override-error-source = Servicio "{ $id }": { $source ->
    [none] no hay fuente (sources).
   *[other] la fuente { $source } no es una dirección https:// ni una línea de documento.
}
override-error-language = Servicio "{ $id }", idioma "{ $lang }": { $problem ->
    [tag] el código de idioma está mal escrito (p. ej. vi, pt, fil).
    [unbacked] ningún contacto lo habla y ninguna interpretación lo cubre.
   *[other] falta en los idiomas (languages) del servicio; añádalo.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = Se pidió a la aplicación algo que no tiene (un idioma, pregunta, respuesta, caso, periodo o filtro).
ui-error-no-content = Los datos integrados de la aplicación no pasaron sus comprobaciones, así que esto no se puede mostrar.
ui-error-log = No se pudo leer ni escribir el archivo de registro.
ui-error-settings = Algunos ajustes no se aceptaron, así que no se guardó nada.
ui-error-desktop = Este equipo no pudo hacerlo (un diálogo, la impresión o un programa para abrirlo).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = Ocurrió un problema inesperado dentro de la aplicación.
ui-error-todo = Pulse Intentar de nuevo o vuelva a la pantalla de inicio. Si sigue ocurriendo, muestre los detalles de abajo a quien se ocupa de esta ventanilla.
ui-error-retry = Intentar de nuevo

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Traducción sin revisar
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = Esta hoja es una traducción automática y no ha sido revisada. Si algo no está claro, pregunte al personal.

## About (package)
settings-about-title = Acerca de Madoguchi
settings-about-version = Versión
settings-about-data-date = Datos del directorio a fecha de (la fuente confirmada más reciente)
