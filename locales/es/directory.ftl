# Textos del directorio de derivaciones (data/directory.toml) — español (es); la referencia es ja.
# Las fuentes y las fechas de verificación están en cada entrada de directory.toml. Lo que ninguna fuente confirmó se indica como "no confirmado".

## 110

service-police_emergency-name = 110 (llamada de emergencia a la policía)
service-police_emergency-hours = Atiende las 24 horas.
service-police_emergency-expect = Para avisar de un delito que está ocurriendo ahora o cuando alguien corre peligro. La llamada es gratuita. Algunas policías de prefectura atienden en idiomas extranjeros con un intérprete en la línea (llamada a tres), pero los idiomas y los horarios cambian según la prefectura.

## 119

service-ambulance_fire-name = 119 (bomberos y ambulancia)
service-ambulance_fire-hours = Atiende las 24 horas, los 365 días del año.
service-ambulance_fire-expect = Llame en caso de incendio, enfermedad repentina, herida o cuando alguien necesita ser rescatado. La llamada y el traslado en ambulancia son gratuitos. En muchos departamentos de bomberos se puede llamar con un intérprete en la línea (llamada a tres): indique a la persona que habla otro idioma que diga el nombre de su idioma en inglés o en su propia lengua, y que no cuelgue y espere aunque haya silencio o música de espera hasta que se conecte el intérprete.

## Estación de policía

service-police_station-name = Estación de policía más cercana
service-police_station-hours = Depende de cada estación. No hay un número ni un horario comunes para todo el país; confirme la dirección y el contacto con la policía de la prefectura.
service-police_station-expect = A las víctimas de trata de personas y a quienes tienen información sobre ella se les pide que vayan a la estación de policía más cercana o que llamen (en una emergencia, al 110). Las víctimas extranjeras también pueden acudir a la Oficina Regional de Inmigración. Los niños, niñas y sus padres o tutores también pueden consultar a la sección de menores de la estación de policía (ventanilla de consultas para jóvenes).

## #9110

service-police_consult_9110-name = Línea de consultas de la policía "#9110"
service-police_consult_9110-hours = En general, días hábiles de 8:30 a 17:15, pero cambia según la prefectura. De noche y en días festivos atiende personal de guardia o un mensaje grabado; en algunas prefecturas se atiende las 24 horas.
service-police_consult_9110-expect = Para consultar a la policía sobre asuntos que no son de emergencia, como acoso (stalker), violencia doméstica, estafas o problemas con vecinos. La llamada va a la ventanilla de consultas de la policía de la prefectura desde donde se llama. La consulta es gratuita, pero el costo de la llamada lo paga quien llama; la atención en idiomas extranjeros depende de la prefectura.

## #8103

service-police_sexual_crime_8103-name = Línea de consulta para víctimas de delitos sexuales — número nacional "#8103 (ハートさん / Heart-san)"
service-police_sexual_crime_8103-hours = Atiende las 24 horas (24 horas en todo el país desde abril de 2019).
service-police_sexual_crime_8103-expect = La llamada va a la ventanilla de consulta sobre delitos sexuales de la policía de la prefectura desde donde se llama. Pueden llamar víctimas de cualquier género, y también sus familiares o personas que las apoyan. Hay prefecturas que aceptan consultas anónimas (p. ej., Ibaraki) y prefecturas que informan que se puede pedir ser atendida/o por una policía mujer (p. ej., Nagasaki).

## #8891

service-onestop_8891-name = Centro de Apoyo Integral (One-Stop) para víctimas de delitos sexuales y violencia sexual (número nacional "#8891")
service-onestop_8891-hours = El horario del centro al que se conecta la llamada (algunos centros atienden las 24 horas, los 365 días). Cuando el centro está cerrado de noche o en días festivos, atiende la llamada un centro de llamadas de la Oficina del Gabinete (descrito en 2022; no está confirmado si sigue funcionando).
service-onestop_8891-expect = La llamada va al Centro de Apoyo Integral de la prefectura desde donde se llama. Pueden llamar víctimas de violencia sexual de cualquier edad o género, sus familiares y personas que las apoyan. El centro puede derivar a atención médica (anticoncepción de emergencia, pruebas de infecciones de transmisión sexual, recolección de pruebas), apoyo psicológico y acompañamiento a la policía o a consultas legales.

## 189

service-child_guidance_189-name = Línea de denuncia de maltrato infantil del Centro de Orientación Infantil "189 (いちはやく / Ichi-haya-ku)"
service-child_guidance_189-hours = Atiende las 24 horas.
service-child_guidance_189-expect = Cualquier persona que sospeche que un niño o niña sufre maltrato puede llamar; la llamada va al Centro de Orientación Infantil más cercano. Se puede avisar de forma anónima, y se guarda en secreto quién avisó y lo que dijo. Cuando es necesario, el centro ofrece protección temporal, ayuda para ir al médico y orientación con un psicólogo; los daños como el abuso sexual se comunican a la policía después de confirmarlos.

## Línea SOS Infantil 24 Horas

service-children_sos_24h-name = Línea SOS Infantil 24 Horas (Ministerio de Educación)
service-children_sos_24h-hours = Atiende las 24 horas, también de noche y en días festivos.
service-children_sos_24h-expect = Teléfono gratuito donde los niños, niñas y también sus padres o tutores pueden hablar sobre el acoso escolar (ijime) o cualquier otro pedido de ayuda. La llamada va a la ventanilla de consultas de la junta de educación de la zona desde donde se llama.

## Línea Derechos del Niño

service-childrens_rights_hotline-name = Línea Derechos del Niño (Kodomo no Jinken, Ministerio de Justicia)
service-childrens_rights_hotline-hours = Días hábiles de 8:30 a 17:15. Durante la semana especial de cada año (p. ej., del 27 de agosto al 2 de septiembre de 2025), atiende hasta las 19:00 en días hábiles, y también los sábados y domingos de 10:00 a 17:00.
service-childrens_rights_hotline-expect = Consulta gratuita del Ministerio de Justicia sobre los derechos de los niños y niñas, como el acoso escolar, el castigo físico o el maltrato; pueden llamar los propios niños y niñas y también los adultos preocupados por un niño o niña. Atienden funcionarios de la Oficina de Asuntos Jurídicos o Voluntarios de Derechos Humanos, y se guarda el secreto. También se puede consultar por LINE (@linejinkensoudan) o por correo electrónico.

## Línea de Denuncia Anónima

service-anonymous_reporting_dial-name = Línea de Denuncia Anónima (Agencia Nacional de Policía)
service-anonymous_reporting_dial-hours = Por teléfono solo en días laborables. Las fuentes no coinciden en el horario (9:30–18:15 según las preguntas frecuentes oficiales, 10:00–17:00 según una noticia), así que conviene comprobarlo. Por el formulario web del sitio oficial se puede informar a cualquier hora.
service-anonymous_reporting_dial-expect = Sirve para pasar a la policía, sin dar el nombre, información sobre trata de personas, pago a menores por sexo o material de abuso sexual infantil, maltrato infantil y otros delitos; no es una línea de consulta. No se piden datos personales ni se muestra el número de quien llama; se recibe un número de recepción y un PIN para hacer el seguimiento. Si la información ayuda a una detención o a proteger a una víctima, se puede pagar una gratificación (hasta 100.000 yenes; hasta 1.000.000 de yenes por información que ayude a desarticular una organización criminal), pero no a la víctima del delito denunciado.

## IOM

service-iom_japan-name = Organización Internacional para las Migraciones (IOM) — oficina en Japón
service-iom_japan-hours = De lunes a viernes, de 9:00 a 12:30 y de 13:30 a 17:00 (excepto los días festivos de la IOM). El número y el horario solo se pudieron confirmar en una fuente sin fecha.
service-iom_japan-expect = Ayuda a las víctimas extranjeras de trata de personas que están bajo protección a volver a su país y a reintegrarse después del regreso (trabajo y capacitación laboral, apoyo legal, gastos médicos, orientación psicológica, etc.). Es para personas protegidas como víctimas por la policía, la Agencia de Servicios de Inmigración u otros organismos. También hay apoyo para el retorno voluntario para algunas personas con orden de deportación que necesitan consideración humanitaria y tienen miedo de cómo será su vida después del regreso.

## Oficina Regional de Inmigración

service-immigration_bureau-name = Oficina Regional de Inmigración
service-immigration_bureau-hours = Depende de cada oficina o sucursal. Consulte la dirección, el contacto y el horario de atención en la página web de la Agencia de Servicios de Inmigración.
service-immigration_bureau-expect = Se encarga de la renovación del periodo de estadía, el cambio de estatus de residencia, el permiso especial de permanencia y las solicitudes de refugio y de protección complementaria. Para las víctimas extranjeras de trata de personas que están bajo protección, se considera el cambio de estatus de residencia o el permiso especial de permanencia; según las normas, las entrevistas se hacen en lo posible en la lengua materna de la persona, y a las mujeres las atiende personal femenino. Cuando una persona sin estatus de residencia se presenta por cuenta propia, esto se tiene en cuenta a su favor al decidir el permiso especial de permanencia (directrices revisadas en marzo de 2024).

## Centro General de Información sobre Residencia de Extranjeros

service-isa_information_center-name = Centro General de Información sobre Residencia de Extranjeros (Agencia de Servicios de Inmigración)
service-isa_information_center-hours = Días hábiles de 8:30 a 17:15.
service-isa_information_center-expect = Responde por teléfono preguntas sobre los trámites de entrada y estadía en Japón y sobre el estatus de residencia. Atiende en 17 idiomas, incluido el japonés (datos de julio de 2021). Las preguntas por correo electrónico se atienden en japonés y en inglés.

## FRESC

service-fresc-name = Centro de Apoyo a Residentes Extranjeros (FRESC)
service-fresc-hours = Días hábiles de 9:00 a 17:00 (cerrado sábados, domingos, días festivos y del 29 de diciembre al 3 de enero). El Help Desk también atendía en días hábiles de 9:00 a 17:00, pero no está confirmado si sigue funcionando.
service-fresc-expect = Centro de apoyo a personas extranjeras en Tokio que reúne a la Oficina Regional de Inmigración de Tokio, el Departamento de Derechos Humanos de la Oficina de Asuntos Jurídicos de Tokio, Houterasu, la Oficina de Trabajo de Tokio, Hello Work y otros organismos; allí se puede consultar sobre la renovación del periodo de estadía, el cambio de estatus de residencia y problemas legales. La ventanilla atiende en 11 idiomas, incluido el japonés sencillo (yasashii nihongo) (2020–2021). También responde preguntas de las ventanillas únicas de consulta de los gobiernos locales.

## Ventanilla única de consulta del gobierno local

service-local_onestop_counter-name = Ventanilla única de consulta para extranjeros del gobierno local (municipio)
service-local_onestop_counter-hours = Depende de cada gobierno local. Algunos gobiernos locales no tienen esta ventanilla.
service-local_onestop_counter-expect = Ventanilla del gobierno local donde los residentes extranjeros pueden consultar sobre trámites de residencia, trabajo, atención médica, bienestar social, parto, crianza, educación, etc., y les indican el lugar adecuado para consultar. No todos los gobiernos locales tienen una (en el año fiscal 2024, 259 gobiernos locales recibieron fondos del gobierno nacional para ello). Confirme los idiomas y el horario con ese gobierno local.

## Centro de Consulta y Apoyo para Mujeres

service-women_support_center-name = Centro de Consulta y Apoyo para Mujeres (marcación corta nacional "#8778")
service-women_support_center-hours = Depende de cada prefectura (p. ej., el centro de Hokkaido atiende días hábiles de 9:00 a 17:00). El #8778 comunica con el centro de la prefectura desde donde se llama, así que vale el horario de ese centro.
service-women_support_center-expect = Es el Centro de Consulta y Apoyo para Mujeres de cada prefectura (hasta marzo de 2024 se llamaba Fujin Sōdanjo). Las mujeres pueden consultar sobre violencia doméstica, violencia sexual, acoso (stalker), trata de personas, falta de recursos para vivir, problemas familiares, etc., y pueden recibir protección temporal (un lugar seguro donde quedarse), también para los hijos que vienen con ellas. Las mujeres víctimas de trata de personas reciben protección sin importar su nacionalidad ni su edad, con apoyo para la vida diaria, intérprete, atención médica y otros apoyos. El costo de la llamada al #8778 lo paga quien llama.

## DV Sōdan Plus

service-dv_sodan_plus-name = DV Sōdan Plus (DV相談+) — consultas sobre violencia doméstica (Oficina del Gabinete)
service-dv_sodan_plus-hours = Teléfono y correo electrónico: las 24 horas. Chat: de 12:00 a 22:00.
service-dv_sodan_plus-expect = Línea nacional gratuita sobre la violencia de un cónyuge o pareja. El teléfono atiende solo en japonés. En 10 idiomas extranjeros, la consulta se hace por chat en el sitio web (12:00–22:00), y después del chat se puede seguir por correo electrónico (10 idiomas al inicio en 2020 y en páginas municipales de 2024; otra página del gobierno dice 11). Pueden organizar acompañamiento y alojamiento de emergencia.

## Yorisoi Hotline

service-yorisoi_hotline-name = Yorisoi Hotline
service-yorisoi_hotline-hours = Atiende las 24 horas, los 365 días del año. Las consultas en idiomas extranjeros son todos los días de 10:00 a 22:00, y los idiomas cambian según el día y la hora (información de alrededor de 2015; el horario y los idiomas actuales no están confirmados).
service-yorisoi_hotline-expect = Teléfono gratuito (también gratis desde celulares y teléfonos públicos) para hablar de cualquier problema: dificultades para vivir, preocupaciones tan graves como pensar en el suicidio, violencia doméstica o sexual, temas de minorías sexuales, problemas de personas extranjeras, etc. Para consultar en un idioma extranjero, marque 2 después del mensaje grabado. Quienes llaman desde Iwate, Miyagi o Fukushima tienen un número propio.

## Houterasu

service-houterasu-name = Línea de atención de Houterasu (Centro de Apoyo Jurídico de Japón)
service-houterasu-hours = Días hábiles de 9:00 a 21:00; sábados de 9:00 a 17:00 (cerrado domingos, días festivos y en las fiestas de fin y comienzo de año). La Línea de Apoyo a Víctimas de Delitos tiene el mismo horario (información de 2021).
service-houterasu-expect = Informa qué sistema legal o ventanilla de consulta corresponde al problema (los operadores no dan asesoría legal sobre casos particulares). Las víctimas de delitos y sus familiares pueden usar la Línea de Apoyo a Víctimas de Delitos para que, entre otras cosas, les presenten abogados con experiencia en apoyo a víctimas, sin importar cuánto tiempo haya pasado desde el delito. Las víctimas con pocos recursos pueden recibir ayuda para pagar los honorarios del abogado, y las víctimas de maltrato infantil pueden recibir consulta legal sin importar sus ingresos.

## Houterasu multilingüe

service-houterasu_multilingual-name = Servicio de Información Multilingüe de Houterasu
service-houterasu_multilingual-hours = De lunes a viernes, de 9:00 a 17:00.
service-houterasu_multilingual-expect = Línea de Houterasu para extranjeros, en 10 idiomas (inglés, chino, coreano, español, portugués, vietnamita, tagalo, nepalí, tailandés, indonesio): contesta un intérprete, que conecta con la oficina de Houterasu más cercana en una llamada a tres, para explicar el sistema legal y dónde pedir ayuda sobre deudas, divorcio, trabajo, accidentes, estatus de residencia o desastres. La consulta legal gratuita con un abogado es solo para personas con domicilio en Japón, estatus de residencia legal y bajos ingresos: una persona sin estatus de residencia no puede recibirla. No se puede llamar desde el extranjero. Quien habla japonés usa la línea de apoyo de Houterasu.

## Centro de apoyo a víctimas de delitos

service-victim_support_center-name = Red Nacional de Apoyo a Víctimas — Centro Telefónico de Apoyo a Víctimas de Delitos
service-victim_support_center-hours = La línea nacional atiende de 7:30 a 22:00 (información de 2019; los días no están confirmados). La mayoría de los centros locales de apoyo a víctimas atiende días hábiles de 10:00 a 16:00 (2019).
service-victim_support_center-expect = Las víctimas de delitos o accidentes, las familias en duelo y los familiares pueden consultar gratis; hay centros de apoyo a víctimas en cada prefectura (48 en total). Ofrecen consultas por teléfono o en persona, acompañamiento a la policía, la fiscalía, el tribunal o el hospital, y ayuda con solicitudes y trámites; lo que se cuenta se guarda en secreto. Si la víctima está de acuerdo, la policía puede pasar sus datos de contacto al centro de apoyo; también pueden usarlo quienes no quieren hacer trámites legales.

## OTIT — consultas en la lengua materna

service-otit_native_language-name = Consultas en la lengua materna de la Organización para la Pasantía Técnica (OTIT)
service-otit_native_language-hours = Cada idioma tiene días fijos, de 11:00 a 19:00 (guía de alrededor de 2020). Otra lista también muestra un horario de 9:00 a 17:00 (aparentemente los sábados), y los días tampoco coinciden, por eso hay que confirmarlo.
service-otit_native_language-expect = Consulta gratuita en su propio idioma para los aprendices técnicos, sobre el trabajo, el salario y las horas extra, el regreso forzado al país y la vida diaria. Cada idioma tiene su número y sus días. Se anunció ayuda en birmano y mongol, pero no hay un número confirmado para ellos, ni para la línea de emergencia de OTIT contra la violencia y las amenazas (abierta en abril de 2021).

## Oficina de Inspección de Normas Laborales

service-labour_standards_office-name = Oficina de Inspección de Normas Laborales (Rōdō Kijun Kantokusho)
service-labour_standards_office-hours = En general, días hábiles de 8:30 a 17:15 (p. ej., la oficina de Ichinomiya). Confirme con cada oficina.
service-labour_standards_office-expect = Oficina local que se encarga de salarios u horas extra no pagados, despidos, accidentes de trabajo, etc. La Ley de Normas Laborales también protege a los trabajadores extranjeros, sin importar su nacionalidad. Algunas Oficinas de Trabajo y oficinas de inspección tienen intérpretes en días fijos.

## Línea de Consulta para Trabajadores Extranjeros

service-labour_foreign_workers_hotline-name = Línea de Consulta para Trabajadores Extranjeros (Ministerio de Salud, Trabajo y Bienestar)
service-labour_foreign_workers_hotline-hours = Horario no confirmado (para inglés se indica de lunes a viernes, pero el horario no está confirmado).
service-labour_foreign_workers_hotline-expect = Los trabajadores extranjeros pueden consultar sobre sus condiciones de trabajo; la línea explica la ley y los deriva a la oficina adecuada. Solo están confirmados los números en inglés, chino, portugués y español. Se anunció ayuda en tagalo, vietnamita, birmano y nepalí, pero no hay un número confirmado para esos idiomas. La llamada la paga quien llama.

## Hotto Line

service-labour_conditions_hotline-name = Consultas sobre Condiciones Laborales "ほっとライン" (Hotto Line) (Ministerio de Salud, Trabajo y Bienestar)
service-labour_conditions_hotline-hours = De lunes a viernes de 17:00 a 22:00; sábados, domingos y días festivos de 9:00 a 21:00 (cerrado del 29 de diciembre al 3 de enero). Atiende en los horarios en que las Oficinas de Inspección de Normas Laborales están cerradas.
service-labour_conditions_hotline-expect = Asesoría gratuita, anónima si se desea, para trabajadores y empleadores de todo Japón sobre horas extra ilegales, exceso de trabajo y salarios impagados. Asesora y deriva; no actúa contra los empleadores. El número confirmado es el de la línea en japonés. Se anunciaron líneas en idiomas extranjeros (8 idiomas desde abril de 2019, más después), pero sus números cambian con la empresa contratada y ninguno actual está confirmado: compruebe la página del ministerio antes de dar uno.

## Internet Hotline Center

service-internet_hotline_center-name = Internet Hotline Center
service-internet_hotline_center-hours = Recibe denuncias por el formulario de su página web (no está confirmado que se indique expresamente que atiende las 24 horas).
service-internet_hotline_center-expect = Se puede denunciar, también de forma anónima, contenido ilegal en internet como pornografía infantil, imágenes obscenas, ofrecimiento de prostitución o venta de drogas. El centro pide al administrador del sitio que borre el contenido y avisa a la policía, pero no es una ventanilla de consultas y no se ocupa de difamación ni de violaciones de la privacidad. Para borrar imágenes sexuales de la propia persona difundidas sin su consentimiento, derive a Safe Line, que administra la misma organización; las amenazas contra la vida, derívelas al 110.

## Línea de Derechos Humanos en Idiomas Extranjeros

service-foreign_language_human_rights_hotline-name = Línea de Consulta sobre Derechos Humanos en Idiomas Extranjeros (Ministerio de Justicia)
service-foreign_language_human_rights_hotline-hours = Días hábiles de 9:00 a 17:00 (excepto en las fiestas de fin y comienzo de año).
service-foreign_language_human_rights_hotline-expect = Los residentes extranjeros pueden consultar en 10 idiomas sobre problemas de derechos humanos, como discriminación, acoso o que les nieguen vivienda o servicios. Es una llamada a tres con intérprete, que comunica con la Oficina de Asuntos Jurídicos correspondiente. La consulta es gratuita, pero el costo de la llamada lo paga quien llama.

## Línea de Derechos Humanos de la Mujer

service-womens_rights_hotline-name = Línea de Derechos Humanos de la Mujer (Ministerio de Justicia)
service-womens_rights_hotline-hours = Días hábiles de 8:30 a 17:15. Durante la semana especial de noviembre de cada año (p. ej., del 13 al 19 de noviembre de 2024), atiende hasta las 19:00 en días hábiles, y también los sábados y domingos de 10:00 a 17:00.
service-womens_rights_hotline-expect = Ventanilla de consultas del Ministerio de Justicia sobre problemas de derechos humanos de las mujeres, como la violencia del esposo o la pareja, el acoso sexual en el trabajo o el acoso (stalker). Atienden funcionarios de la Oficina de Asuntos Jurídicos o Voluntarios de Derechos Humanos, y se guarda el secreto. La consulta es gratuita, pero el costo de la llamada lo paga quien llama. Se atiende en japonés; a quien necesite otro idioma, indíquele la Línea de Consulta sobre Derechos Humanos en Idiomas Extranjeros.

## Notas sobre los contactos

contact-note-ntt-hikari = Para llamar desde un teléfono NTT Hikari Denwa. En Miyagi: 0120-556-460; en Saitama: 0120-31-8341; en Kochi: 0120-835-350.
contact-note-some-ip-phones = Desde algunos teléfonos IP la llamada puede no conectarse (o puede tener costo). En ese caso, llame al número de la ventanilla de su zona.
contact-note-9110-lines = No funciona desde teléfonos de disco (línea de pulsos) ni desde algunos teléfonos IP. En ese caso, llame al número de consultas de la policía de la prefectura.
contact-note-no-ip-phone = No se puede llamar desde teléfonos IP.
contact-note-no-ip-phone-moj = No se puede llamar desde teléfonos IP. En ese caso, llame al número de la Oficina de Asuntos Jurídicos más cercana.
contact-note-8778-lines = En algunas zonas de Iwate, Niigata, Kioto, Hyogo, Fukuoka, Oita y Okinawa, la llamada no se conecta según la línea. En ese caso, llame al número del centro de la prefectura.
contact-note-alt-ip-overseas = Para llamar desde un teléfono IP o desde el extranjero
contact-note-alt-ip-prepaid-overseas = Para llamar desde un teléfono IP, un celular prepago o desde el extranjero
contact-note-alt-ip-prepaid = Para llamar desde un teléfono IP o un celular prepago
contact-note-houterasu-victim = Línea de Apoyo a Víctimas de Delitos (para víctimas de delitos y sus familiares)
contact-note-yorisoi-foreign = Idiomas extranjeros: marque 2 después del mensaje grabado
contact-note-yorisoi-tohoku = Número exclusivo para quienes llaman desde Iwate, Miyagi o Fukushima (no es el número de idiomas extranjeros)
contact-note-fresc-helpdesk = Help Desk de FRESC (gratuito). Se abrió como ventanilla temporal, por eso confirme si sigue funcionando.
contact-note-isa-office-list = Página web de la Agencia de Servicios de Inmigración (dirección, contacto y horario de cada oficina)
contact-note-otit-vi = Vietnamita: de lunes a viernes
contact-note-otit-zh = Chino: lunes, miércoles y viernes
contact-note-otit-id = Indonesio: martes y jueves
contact-note-otit-fil = Filipino: martes y sábado (otra información dice martes y jueves)
contact-note-otit-en = Inglés: martes y sábado (otra información dice martes y jueves)
contact-note-otit-th = Tailandés: jueves y sábado
contact-note-otit-km = Jemer (camboyano): jueves
contact-note-mhlw-fw-en = Inglés (de lunes a viernes)
contact-note-lang-zh = Chino
contact-note-lang-pt = Portugués
contact-note-lang-es = Español
contact-note-check-roudou = Página del Ministerio de Salud, Trabajo y Bienestar (números y horarios actuales en idiomas extranjeros)
contact-note-safe-line = Safe Line: pide a los sitios que borren imágenes sexuales de la propia persona, pornografía infantil, imágenes de acoso escolar, etc. (la administra la misma organización).
contact-note-tokumei-web-form = Sitio oficial: allí está el formulario web de aviso anónimo (a cualquier hora).
contact-note-dv-plus-chat = Sitio web: chat de 12:00 a 22:00 en japonés y 10 idiomas extranjeros (el idioma se elige en el sitio); después del chat se puede seguir por correo electrónico.
contact-note-dv-plus-mail = Formulario de correo electrónico (en japonés), 24 horas. En otro idioma, empiece por el chat.

## Added for routing v2 (issue 13)

service-dv_navi_8008-name = Navegación de consultas sobre violencia doméstica #8008 (DV相談ナビ)
service-dv_navi_8008-hours = Solo en el horario del centro al que se conecta la llamada; fuera de ese horario no se atiende. No es un número nacional que atienda de noche (el teléfono de DV Sodan+ atiende las 24 horas).
service-dv_navi_8008-expect = Conecta con el Centro de Consulta y Apoyo sobre Violencia Conyugal (配偶者暴力相談支援センター) más cercano de la prefectura desde donde se llama. Pueden llamar las víctimas de violencia de su cónyuge o pareja, sea cual sea su género. El centro da consulta y orientación psicológica, información sobre órdenes de protección y sobre vivir de forma independiente, y organiza la protección temporal (un lugar seguro) para la víctima y quienes la acompañan. Para las mujeres suele ser a través del Centro de Consulta y Apoyo para Mujeres. Para hombres y personas de otros géneros ninguna prefectura tiene un refugio público: en una encuesta de 2024, solo 11 de 47 prefecturas tenían plazas para hombres a través de entidades privadas, y 7 tenían una línea de violencia doméstica solo para hombres. Pregunte al centro qué hay en la prefectura. La llamada la paga quien llama.
service-human_rights_110-name = Línea de Derechos Humanos para Todos (Minna no Jinken, Ministerio de Justicia)
service-human_rights_110-hours = Días laborables de 8:30 a 17:15 (no en festivos ni del 29 de diciembre al 3 de enero). El formulario de consulta de la web se puede enviar en cualquier momento.
service-human_rights_110-expect = Cualquier persona puede consultar sobre discriminación, maltrato, acoso, difamación o violación de la privacidad en internet y otros problemas de derechos humanos. La llamada va a la Oficina de Asuntos Jurídicos más cercana, donde su personal o los Voluntarios de Derechos Humanos atienden y guardan la confidencialidad. Si puede haber una violación de derechos, la oficina puede investigar y actuar, por ejemplo pidiendo a una web o a un proveedor que borre una publicación. La consulta es gratuita, pero la llamada la paga quien llama. En japonés; para otros idiomas existe la Línea de Derechos Humanos en Idiomas Extranjeros.
service-cure_time-name = Cure Time: consulta sobre violencia sexual por chat y correo electrónico (Oficina del Gabinete, キュアタイム)
service-cure_time-hours = Chat por la tarde-noche (17:00–21:00 según fuentes de 2022 a 2024) y correo electrónico el resto del tiempo. El horario ha cambiado con los años: compruébelo en la web.
service-cure_time-expect = Chat o correo en la web sin dar el nombre: solo se pide un apodo, la franja de edad y la zona, y no hace falta cuenta de redes sociales. Para víctimas de violencia sexual de cualquier edad y género, también si ocurrió hace tiempo, y para quien tenga dificultad para llamar. Consejeras especializadas trabajan con médicos, enfermeras, trabajadores sociales y abogados; pueden explicar la anticoncepción de emergencia y buscar el Centro de Apoyo Integral más cercano. Se acepta chat en idiomas extranjeros, pero no está confirmado en cuáles.
service-police_juvenile_consultation-name = Consulta juvenil de la policía ("Young Telephone Corner" ヤングテレホンコーナー u otro nombre en cada prefectura)
service-police_juvenile_consultation-hours = Depende de la prefectura (p. ej., 24 horas en Tokio, con un policía de guardia por la noche; días laborables de 9:00 a 17:00 en Mie). No hay número nacional.
service-police_juvenile_consultation-expect = La policía de cada prefectura tiene una línea telefónica donde niños y niñas, y también padres, docentes u otras personas preocupadas por un menor, pueden hablar de delitos, maltrato, acoso escolar, problemas en casa o cualquier otra cosa. Se acepta la consulta anónima. Atienden personal especializado y policías, y es posible una entrevista en persona. El número es propio de cada prefectura (gratuito en algunas): búsquelo en la web de la policía de la prefectura o añádalo a la lista local de esta ventanilla.
service-childrens_rights_sos_email-name = Correo SOS de los Derechos de la Infancia (こどもの人権SOS-eメール, Ministerio de Justicia)
service-childrens_rights_sos_email-hours = El formulario de la web se puede enviar las 24 horas; la respuesta llega después.
service-childrens_rights_sos_email-expect = Un niño o niña puede escribir sobre acoso escolar, maltrato, castigo físico u otros problemas en un formulario de la web del Ministerio de Justicia, sin tener que llamar. Responden el personal de la Oficina de Asuntos Jurídicos o los Voluntarios de Derechos Humanos, que guardan la confidencialidad. Gratuito.
contact-note-8008-lines = La llamada la paga quien llama. No se puede llamar desde algunos teléfonos IP ni desde líneas analógicas o Hikari de NTT en algunas zonas.
contact-note-moj-internet-consultation = Formulario de consulta de derechos humanos por internet (se envía en cualquier momento; la respuesta llega después)
contact-note-juvenile-per-prefecture = Por prefectura: el número propio de la policía de la prefectura (búsquelo en su web; la ventanilla puede añadirlo a su lista local)
