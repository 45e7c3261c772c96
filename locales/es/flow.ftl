### Textos del flujo de consulta (data/flow.toml) — español (es); la referencia es ja
###
### Las preguntas las lee en voz alta el personal de la ventanilla a la persona atendida. "La persona
### afectada" es quien tiene el problema; quien consulta puede ser un familiar o alguien que la apoya.
### Las opciones son cortas (aparecen en botones grandes). Los motivos (reason-*) los lee el personal
### para explicar cada derivación y dicen solo lo que dicen las fuentes citadas por la regla en flow.toml.
### Los números de teléfono se muestran con cada servicio, no aquí.

## Preguntas y opciones (en el orden en que se hacen)

question-danger = ¿Hay alguien en peligro en este momento?
value-danger-immediate = Sí, hay peligro ahora
value-danger-none = No, ahora no hay peligro

question-injured = ¿Hay alguien herido o que se sintió mal de repente y necesita atención médica ya?
value-injured-yes = Sí
value-injured-no = No

question-concern = ¿Cuál es el problema? Elija todas las opciones que correspondan.
value-concern-trafficking_sexual = Obligada/o a prostituirse o a hacer fotos/videos sexuales
value-concern-trafficking_labour = Trabajo forzado, atada/o por deudas, le quitaron el pasaporte
value-concern-sexual_violence = Violencia sexual (violación, agresión sexual, etc.)
value-concern-child_abuse = Maltrato o abandono de un niño o niña (incluido el abuso sexual)
value-concern-child_sexual_exploitation = Pagar a un menor por sexo, "JK business" (explotación de colegialas), imágenes sexuales de menores
value-concern-online_sexual_images = Imágenes sexuales publicadas en internet, o amenazas de publicarlas
value-concern-domestic_violence = Violencia de la pareja, el cónyuge o la familia (violencia doméstica)
value-concern-labour_problem = Problemas en el trabajo (salario no pagado, acoso, despido, etc.)
value-concern-residence_problem = Estatus de residencia, visa o trámites
value-concern-discrimination = Discriminación u otra violación de derechos humanos
value-concern-other = Otro

question-age_group = ¿La persona afectada (quien tiene el problema) es menor de 18 años?
value-age_group-child = Menor de 18 años
value-age_group-adult = 18 años o más

question-gender = ¿Cuál es el género de la persona afectada? Puede ser el género con el que ella misma se identifica.
value-gender-female = Femenino
value-gender-male = Masculino
value-gender-other = Otro

question-nationality = ¿La persona afectada tiene nacionalidad japonesa o extranjera?
value-nationality-japanese = Nacionalidad japonesa
value-nationality-foreign = Nacionalidad extranjera

question-residence = ¿Cuál es el estatus de residencia (visa) de la persona afectada?
value-residence-technical_intern = Pasantía técnica (Ginō Jisshū)
value-residence-skilled_worker = Trabajador con habilidades específicas (Tokutei Ginō)
value-residence-other_status = Otro estatus de residencia
value-residence-no_status = Sin estatus de residencia (p. ej., visa vencida / overstay)
value-residence-refugee_applicant = Solicitud de refugio en trámite

question-caller = ¿La consulta es sobre usted mismo/a? ¿O es una consulta o denuncia sobre otra persona?
value-caller-self = Yo (se trata de mí)
value-caller-third_party = Otra persona (familiar, conocido, alguien que la apoya, etc.)

question-recent = ¿Cuándo ocurrió la violencia sexual? ¿Hace 72 horas (3 días) o menos, o antes?
value-recent-within_72h = Hace 72 horas (3 días) o menos
value-recent-older = Hace más de 72 horas

question-police = ¿La persona afectada quiere consultar a la policía o denunciar lo ocurrido?
value-police-wants_report = Sí
value-police-undecided = Todavía no lo ha decidido
value-police-no = No

question-anonymous = ¿Quiere hacer la consulta o la denuncia sin dar su nombre (de forma anónima)?
value-anonymous-yes = Sí
value-anonymous-no = No

question-shelter = ¿La persona afectada necesita ahora mismo un lugar seguro donde quedarse (refugio)?
value-shelter-yes = Sí
value-shelter-no = No

question-return_home = ¿La persona afectada quiere volver a su país?
value-return_home-yes = Sí
value-return_home-no = No
value-return_home-undecided = Todavía no lo ha decidido

question-fears_return = ¿La persona afectada siente que podrían hacerle daño si vuelve a su país?
value-fears_return-yes = Sí
value-fears_return-no = No

## Motivos de la derivación (en el orden de las reglas en flow.toml)

reason-danger-police = Hay peligro en este momento, por eso lo primero es la llamada de emergencia a la policía. La policía también está ampliando la atención de emergencia en idiomas extranjeros.
reason-injured-ambulance = Hay alguien que necesita atención médica ya, por eso primero llame a una ambulancia. En muchos departamentos de bomberos se puede llamar con un intérprete en la línea (llamada a tres).
reason-child-abuse-189 = Cualquier persona que piense que un niño o niña puede estar sufriendo maltrato puede comunicarse con el Centro de Orientación Infantil, y puede avisar sin dar su nombre. Cuando es necesario, el Centro de Orientación Infantil pone al niño o niña bajo protección temporal, ayuda a que reciba atención médica especializada y ofrece orientación con psicólogos infantiles.
reason-child-harmed-189 = La persona afectada es, o puede ser, menor de 18 años, por eso la derivamos al Centro de Orientación Infantil. Los niños y niñas dañados física o emocionalmente por abuso sexual u otros daños reciben apoyo como protección temporal, ayuda para ir al médico y orientación psicológica; después de confirmar lo ocurrido, el centro también informa a la policía.
reason-child-danger-189 = Un niño o niña está en peligro, por eso avisamos a la policía y también al Centro de Orientación Infantil. Cuando hay que garantizar la seguridad del niño o niña, el Centro de Orientación Infantil lo pone bajo protección temporal.
reason-child-own-lines = También hay teléfonos a los que los propios niños y niñas pueden llamar. La Línea SOS Infantil 24 Horas atiende también de noche y en días festivos, y en la consulta telefónica gratuita "Derechos del Niño" (こどもの人権) del Ministerio de Justicia se puede hablar de preocupaciones relacionadas con los derechos de los niños y niñas.
reason-child-trafficking-police = Puede que un niño o niña esté siendo explotado sexualmente o sea víctima de trata de personas. La policía tiene ventanillas de consulta sobre la explotación sexual infantil y trabaja con otros organismos y ONG para encontrar y proteger a las víctimas.
reason-anonymous-report = Con la Línea de Denuncia Anónima de la policía, se puede denunciar la trata de personas, el maltrato infantil y otros delitos sin dar el nombre. Existe para que estos delitos, que suelen quedar ocultos, se descubran pronto.
reason-sv-recent-medical = Poco tiempo después de la violencia sexual, la atención médica es muy importante (anticoncepción de emergencia, conservación de pruebas, etc.). En el Centro de Apoyo Integral (One-Stop) se puede recibir en un solo lugar atención médica, apoyo psicológico, orientación legal y otros apoyos.
reason-sv-onestop = Aunque haya pasado tiempo, se puede recibir orientación y apoyo en el Centro de Apoyo Integral (One-Stop) para víctimas de delitos sexuales y violencia sexual. Hay un centro en cada prefectura.
reason-sv-police = El número nacional de la policía para víctimas de delitos sexuales comunica con la línea de consulta de la policía de la prefectura desde donde se llama. Se creó para que a las víctimas les resulte más fácil acudir a la policía, y se puede consultar aun antes de decidir si se va a denunciar o no.
reason-sv-no-police-support = Se puede recibir apoyo aunque no se denuncie a la policía. Las víctimas de delitos sexuales que no quieren hacer trámites legales también pueden recibir apoyo desde temprano de organizaciones de apoyo a víctimas de delitos.
reason-trafficking-police = La policía pide a las víctimas de trata de personas que denuncien, y trabaja con otros organismos y ONG para protegerlas. Las ventanillas de consulta de la policía atienden con cuidado las consultas y denuncias, para que ningún caso de trata pase desapercibido.
reason-trafficking-women = El Centro de Consulta y Apoyo para Mujeres pone bajo protección temporal a las mujeres víctimas de trata de personas, sin importar su nacionalidad ni su edad. También reciben apoyo para la vida diaria, intérprete, atención médica y otros apoyos.
reason-trafficking-immigration = Las víctimas de trata de personas de nacionalidad extranjera también pueden acudir a la Agencia de Servicios de Inmigración. Para las víctimas que están bajo protección, se toman medidas como el cambio de estatus de residencia o el permiso especial de permanencia, teniendo muy en cuenta la situación de la persona.
reason-fears-return-protection = Quien corre el riesgo de que le hagan daño si vuelve a su país puede recibir protección en Japón como refugiado (la persecución por ser de una minoría sexual o por el género también puede contar) o como persona con derecho a protección complementaria, por ejemplo quien huyó de un conflicto armado. Antes de hacer cualquier trámite, lo más seguro es recibir orientación legal en su propio idioma.
reason-trafficking-return-iom = A través de la Organización Internacional para las Migraciones (IOM), el gobierno de Japón ayuda a las víctimas extranjeras de trata de personas protegidas en Japón a volver a su país y a rehacer su vida después del regreso. Esto incluye apoyo para encontrar trabajo o capacitación laboral, apoyo legal, gastos médicos, orientación psicológica y otros apoyos. Antes de cualquier regreso, la IOM comprueba la seguridad de la persona a través de su oficina en el país de origen.
reason-labour-intern-otit = Los pasantes técnicos pueden acudir a la ventanilla de consultas de la Organización para la Pasantía Técnica (OTIT). La OTIT también hace inspecciones en los lugares donde los pasantes hacen su pasantía.
reason-labour-inspection = La Oficina de Inspección de Normas Laborales revisa los lugares de trabajo y actúa contra las violaciones de la ley. También combate el trabajo forzado y la trata de personas junto con la policía, la Agencia de Servicios de Inmigración y otros organismos.
reason-labour-foreign-line = Las personas de nacionalidad extranjera pueden consultar por teléfono en idiomas extranjeros sobre problemas en el trabajo. Las Oficinas de Trabajo y otros organismos están ampliando la atención en varios idiomas para que a los extranjeros les resulte más fácil consultar.
reason-labour-hotline = En la línea de Consultas sobre Condiciones Laborales "Hotto Line", se puede consultar desde cualquier lugar de Japón sobre salarios no pagados, jornadas muy largas y otros problemas. Atiende también las noches de días hábiles y los sábados, domingos y días festivos.
reason-residence-legal = Si no tiene estatus de residencia, o si su solicitud de refugio está en trámite, lo que decida ahora puede cambiar mucho el resultado (por ejemplo, presentarse por cuenta propia en la Oficina Regional de Inmigración se considera a favor de la persona al decidir el permiso especial de permanencia). Antes de hacer cualquier trámite, lo más seguro es recibir orientación legal en su propio idioma.
reason-residence-information = Los Centros de Información de Inmigración explican los trámites de residencia; la Agencia de Servicios de Inmigración ha anunciado que también atenderán consultas sobre problemas de la vida diaria. En el Centro de Apoyo a Residentes Extranjeros (FRESC) varias oficinas del gobierno trabajan juntas para asesorar sobre la renovación o el cambio del estatus de residencia y sobre problemas legales.
reason-residence-no-status-bureau = Cuando una persona sin estatus de residencia se presenta por cuenta propia en la Oficina Regional de Inmigración (Nyūkan), esto se considera a su favor al decidir el permiso especial de permanencia. Los trámites después de presentarse se explican tanto a quienes quieren volver a su país como a quienes quieren quedarse en Japón.
reason-dv-women = En el Centro de Consulta y Apoyo para Mujeres, además de consultas, alguien puede acompañar a la persona a otros organismos y se puede recibir protección temporal; también hay apoyo para los hijos que vienen con ella. DV Sōdan Plus (DV相談+) es el servicio nacional de consultas sobre la violencia del cónyuge, la pareja o el novio/la novia.
reason-dv-police = La línea de consultas de la policía da orientación e información sobre asuntos que no son de emergencia y, cuando es mejor que otro organismo se encargue, le pasa el caso, cuidando la privacidad.
reason-images-hotline = El Internet Hotline Center recibe denuncias de contenido ilegal en internet, como imágenes sexuales de niños y niñas; informa a la policía y pide al administrador del sitio que lo borre.
reason-images-police = La policía puede pedir al administrador del sitio que borre imágenes ilegales de internet. En la línea de consultas de la policía se recibe orientación e información y, si hace falta, el caso se pasa al organismo adecuado, cuidando la privacidad.
reason-rights-foreign-language = Los organismos de protección de los derechos humanos del Ministerio de Justicia atienden consultas sobre discriminación contra personas extranjeras, también por teléfono en idiomas extranjeros.
reason-rights-women = Las Oficinas de Asuntos Jurídicos del Ministerio de Justicia atienden consultas sobre problemas de derechos humanos, incluida la explotación sexual, y la Línea de Derechos Humanos de la Mujer es su línea para mujeres. Si puede haber una violación de derechos humanos, investigan y toman las medidas necesarias.
reason-victim-legal-help = Houterasu (Centro de Apoyo Jurídico de Japón) informa sobre el sistema legal y sobre dónde consultar, y presenta abogados con experiencia en apoyo a víctimas de delitos. Se puede consultar aunque haya pasado tiempo desde el delito, y las víctimas sin recursos económicos pueden recibir ayuda para pagar los honorarios del abogado.
reason-crime-victim-support = Las organizaciones de apoyo a víctimas de delitos apoyan a las víctimas desde temprano y mantienen en secreto lo que se les cuenta. La policía solo les pasa los datos de contacto de la persona si ella está de acuerdo.
reason-foreign-local-counter = Algunos gobiernos locales tienen una ventanilla única para residentes extranjeros (259 recibieron fondos nacionales para ello en el año fiscal 2024): pregunte al gobierno local si tiene una. Da información y consejos sobre la vida diaria, como trámites de residencia, trabajo, atención médica, bienestar, parto, crianza y educación de los hijos, y encuentra rápido el lugar adecuado para consultar.
reason-always-yorisoi = Además de los otros servicios, la persona también puede hablar de sus preocupaciones en la Yorisoi Hotline. También tiene una línea de consulta en varios idiomas para personas extranjeras.
reason-legal-help-multilingual = El Servicio de Información Multilingüe de Houterasu informa en idiomas extranjeros sobre el sistema legal y sobre dónde consultar. Houterasu también forma parte del Centro de Apoyo a Residentes Extranjeros (FRESC), donde se puede consultar sobre problemas de residencia y problemas legales.
reason-child-shelter-189 = El niño o niña necesita un lugar seguro donde quedarse, por eso nos comunicamos con el Centro de Orientación Infantil. Cuando hay que garantizar la seguridad del niño o niña, el Centro de Orientación Infantil lo pone bajo protección temporal.

## Reasons added for routing v2 (issue 13)

reason-child-police-despite-no = El niño o la niña dijo que no quiere a la policía, pero un menor que puede estar sufriendo explotación sexual o trata debe ser protegido primero, así que igualmente se avisa a la policía. Dígaselo con sinceridad. La policía pone al menor bajo protección y se comunica con sus padres o tutores y con la escuela. Si tiene miedo de su familia, dígalo a la policía y al Centro de Orientación Infantil: el centro puede acoger temporalmente a un menor cuando le es difícil volver a casa.
reason-child-police-juvenile = La línea de consulta juvenil de la policía de la prefectura atiende a niños, niñas y padres sobre delitos, maltrato y otras preocupaciones, para encontrar pronto a los menores víctimas. Se puede consultar sin dar el nombre.
reason-child-write-in = Un niño o niña a quien le cuesta llamar puede escribir al Ministerio de Justicia a cualquier hora mediante el formulario del Correo SOS de los Derechos de la Infancia.
reason-child-anonymous-lines = El niño o la niña quiere mantener el anonimato. La Línea de Denuncia Anónima de la policía es para avisos del público, no para consultas, así que no es el lugar para el menor. Estas líneas aceptan la consulta de un menor sin nombre: el 189 (Centro de Orientación Infantil; acepta llamadas anónimas) y la línea de consulta juvenil de la policía de la prefectura. La Línea SOS Infantil 24 Horas atiende a cualquier hora.
reason-sv-cure-time = Cure Time atiende consultas sobre violencia sexual por chat y correo, sin nombre, de personas de cualquier edad y género. Es adecuado para quien tiene dificultad para hablar por teléfono.
reason-trafficking-return-fears-legal = La persona desea (o puede desear) volver a su país, pero teme sufrir daño allí. Eso no es motivo para dejar el apoyo al retorno: antes de cualquier regreso, la IOM comprueba su seguridad a través de su oficina en el país de origen, y el apoyo respeta sus deseos. Pero primero debe recibir asesoría jurídica en su idioma: quien puede sufrir daño si regresa quizá pueda quedarse en Japón bajo protección. Puede decidir después; no tiene que elegir ahora.
reason-dv-navi-8008 = El #8008 conecta con el Centro de Consulta y Apoyo sobre Violencia Conyugal más cercano, que atiende a víctimas de cualquier género. El centro da consulta y orientación psicológica, información sobre órdenes de protección y vida independiente, y organiza la protección temporal.
reason-dv-shelter-any-gender = Se necesita un lugar seguro ahora. El Centro de Consulta y Apoyo sobre Violencia Conyugal (por el #8008) organiza la protección temporal de la víctima y de quienes la acompañan, y DV Sodan+ puede organizar alojamiento de emergencia cuando haga falta. Fuera del horario del centro, el teléfono de DV Sodan+ atiende las 24 horas.
reason-dv-shelter-men = Sea sincero con un hombre o una persona de otro género sobre un lugar seguro: los Centros de Consulta y Apoyo para Mujeres y sus refugios son para mujeres. Ninguna prefectura tiene un refugio público para hombres; en una encuesta de 2024, 11 de 47 prefecturas tenían plazas para hombres a través de entidades privadas. Pregunte al Centro de Consulta y Apoyo sobre Violencia Conyugal (por el #8008) qué hay en esta prefectura, y a DV Sodan+ por el alojamiento de emergencia.
reason-rights-everyone = La Línea de Derechos Humanos para Todos del Ministerio de Justicia atiende a cualquier persona sobre discriminación y otros problemas de derechos humanos, incluidas la difamación y la violación de la privacidad en internet. Si puede haber una violación de derechos, la Oficina de Asuntos Jurídicos investiga y puede pedir a la web que borre la publicación.
