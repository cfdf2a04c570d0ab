<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CemAcuerdo</name>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>The measure as modified</source>
        <translation>La medida tal como queda modificada</translation>
    </message>
    <message>
        <source>Record an acuerdo</source>
        <translation>Registrar un acuerdo</translation>
    </message>
    <message>
        <source>What the CEM resolved</source>
        <translation>Lo que resolvió el CEM</translation>
    </message>
    <message>
        <source>Decisions on measures</source>
        <translation>Decisiones sobre las medidas</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Asunto del orden del día</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The case has no measures to decide on.</source>
        <translation>El caso no tiene medidas sobre las cuales decidir.</translation>
    </message>
</context>
<context>
    <name>CemAcuerdos</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Record acuerdo…</source>
        <translation>&amp;Registrar acuerdo…</translation>
    </message>
    <message>
        <source>Delete acuerdo</source>
        <translation>Eliminar acuerdo</translation>
    </message>
    <message>
        <source>Acuerdos are recorded after the session: mark it as held first.</source>
        <translation>Los acuerdos se registran después de la sesión: primero márquela como celebrada.</translation>
    </message>
    <message>
        <source>Go through the agenda and record what the CEM decided. Each decision on a measure is applied to the case's protection plan, citing this session and the acuerdo number.</source>
        <translation>Recorra el orden del día y registre lo que decidió el CEM. Cada decisión sobre una medida se aplica al plan de protección del caso, citando esta sesión y el número de acuerdo.</translation>
    </message>
    <message>
        <source>The session is closed.</source>
        <translation>La sesión está cerrada.</translation>
    </message>
    <message>
        <source>Acuerdo {number} recorded.</source>
        <translation>Acuerdo {number} registrado.</translation>
    </message>
</context>
<context>
    <name>CemAgenda</name>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Persona beneficiaria</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove from agenda</source>
        <translation>&amp;Quitar del orden del día</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Agregar un caso al orden del día</translation>
    </message>
    <message>
        <source>Folio (e.g. 2026-0042) or name</source>
        <translation>Folio (p. ej. 2026-0042) o nombre</translation>
    </message>
    <message>
        <source>Search a case</source>
        <translation>Buscar un caso</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Suggested items</source>
        <translation>Asuntos sugeridos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Add the &amp;selected one</source>
        <translation>Agregar el &amp;seleccionado</translation>
    </message>
    <message>
        <source>Add &amp;all</source>
        <translation>Agregar &amp;todos</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Redactado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} vencidas</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Ningún caso coincide.</translation>
    </message>
    <message>
        <source>No particular measure</source>
        <translation>Ninguna medida en particular</translation>
    </message>
    <message>
        <source>Added to the agenda.</source>
        <translation>Agregado al orden del día.</translation>
    </message>
    <message>
        <source>{count} items added to the agenda.</source>
        <translation>Se agregaron {count} asuntos al orden del día.</translation>
    </message>
</context>
<context>
    <name>CemCli</name>
    <message>
        <source>No CEM session matches “{ref}”. List them with cem-sessions.</source>
        <translation>Ninguna sesión del CEM coincide con «{ref}». Consulte la lista con cem-sessions.</translation>
    </message>
    <message>
        <source>write the anonymized CEM packet (PDF) after the leak scan</source>
        <translation>genera el paquete anonimizado para el CEM (PDF) tras la revisión de datos identificables</translation>
    </message>
    <message>
        <source>session id, or YEAR/TYPE/NUMBER such as 2026/ordinaria/3</source>
        <translation>id de la sesión, o AÑO/TIPO/NÚMERO, por ejemplo 2026/ordinaria/3</translation>
    </message>
    <message>
        <source>an ad-hoc packet of these cases, in this order</source>
        <translation>un paquete de estos casos, en este orden, sin sesión</translation>
    </message>
    <message>
        <source>who receives this copy (an institution code such as ssc, or a name)</source>
        <translation>quién recibe este ejemplar (clave de una institución, por ejemplo ssc, o un nombre)</translation>
    </message>
    <message>
        <source>generalize places to alcaldía or zone (default: the session's setting)</source>
        <translation>generalizar los lugares a alcaldía o zona (por omisión: lo que indique la sesión)</translation>
    </message>
    <message>
        <source>dismiss the finding with this code (repeatable; recorded and audited)</source>
        <translation>descartar el hallazgo con este código (se puede repetir; queda registrado en la bitácora)</translation>
    </message>
    <message>
        <source>why the dismissed findings are not identifying</source>
        <translation>por qué los hallazgos descartados no identifican a nadie</translation>
    </message>
    <message>
        <source>replace FILE.pdf if it exists</source>
        <translation>reemplazar ARCHIVO.pdf si ya existe</translation>
    </message>
    <message>
        <source>list the CEM sessions</source>
        <translation>lista las sesiones del CEM</translation>
    </message>
    <message>
        <source>tell which recipient a packet copy was given to, from its control code</source>
        <translation>indica a quién se entregó un ejemplar del paquete, a partir de su código de control</translation>
    </message>
    <message>
        <source>Possible identifiers found ({count}):</source>
        <translation>Posibles datos identificables encontrados ({count}):</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>portada</translation>
    </message>
    <message>
        <source>  [{code}] {folio} · {field} · {kind}: {snippet}</source>
        <translation>  [{code}] {folio} · {field} · {kind}: {snippet}</translation>
    </message>
    <message>
        <source>Fix the text in the vault, or dismiss a finding that is not identifying with --dismiss CODE (recorded and audited).</source>
        <translation>Corrija el texto en la bóveda, o descarte un hallazgo que no identifica a nadie con --dismiss CÓDIGO (queda registrado en la bitácora).</translation>
    </message>
    <message>
        <source>Packet written: {path}</source>
        <translation>Paquete generado: {path}</translation>
    </message>
    <message>
        <source>Cases: {count} · pages: {pages} · control code: {code}</source>
        <translation>Casos: {count} · páginas: {pages} · código de control: {code}</translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>No CEM sessions.</source>
        <translation>No hay sesiones del CEM.</translation>
    </message>
    <message>
        <source>{id}  {date}  {title}  {status}  {items} items, {acuerdos} acuerdos</source>
        <translation>{id}  {date}  {title}  {status}  {items} asuntos, {acuerdos} acuerdos</translation>
    </message>
    <message>
        <source>No packet copy has the code {code}.</source>
        <translation>Ningún ejemplar de paquete tiene el código {code}.</translation>
    </message>
    <message>
        <source>Copy {number} for {recipient}, made {at}; SHA-256 {sha}</source>
        <translation>Ejemplar {number} para {recipient}, generado el {at}; SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>CemPacket</name>
    <message>
        <source>Packet</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Places shown as</source>
        <translation>Mostrar los lugares como</translation>
    </message>
    <message>
        <source>Copies (each with its own control code on every page)</source>
        <translation>Ejemplares (cada uno con su propio código de control en todas las páginas)</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Carpeta para los archivos PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Check for identifiers</source>
        <translation>&amp;Revisar datos identificables</translation>
    </message>
    <message>
        <source>&amp;Generate packet</source>
        <translation>&amp;Generar paquete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Possible identifiers</source>
        <translation>Posibles datos identificables</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Why this is not identifying (recorded)</source>
        <translation>Por qué esto no identifica a nadie (queda registrado)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Undo dismissal</source>
        <translation>Deshacer el descarte</translation>
    </message>
    <message>
        <source>Edit the summary</source>
        <translation>Editar el resumen</translation>
    </message>
    <message>
        <source>Copies generated</source>
        <translation>Ejemplares generados</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Ejemplar</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Control code</source>
        <translation>Código de control</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Folder for the packet</source>
        <translation>Carpeta para el paquete</translation>
    </message>
    <message>
        <source>Checking every text of the packet…</source>
        <translation>Revisando cada texto del paquete…</translation>
    </message>
    <message>
        <source>{count} possible identifiers to fix or dismiss before the packet can be generated.</source>
        <translation>Hay {count} posibles datos identificables que corregir o descartar antes de generar el paquete.</translation>
    </message>
    <message>
        <source>No open findings: the packet can be generated.</source>
        <translation>Sin hallazgos pendientes: ya se puede generar el paquete.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Por corregir</translation>
    </message>
    <message>
        <source>Choose at least one copy.</source>
        <translation>Elija al menos un ejemplar.</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>Elija una carpeta existente.</translation>
    </message>
    <message>
        <source>Generating the packet…</source>
        <translation>Generando el paquete…</translation>
    </message>
    <message>
        <source>{count} copies written to {folder}.</source>
        <translation>Se generaron {count} ejemplares en {folder}.</translation>
    </message>
</context>
<context>
    <name>CemSection</name>
    <message>
        <source>CEM sessions</source>
        <translation>Sesiones CEM</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>An ordinary session with the next number, today's date and the institutions that sit in the CEM; change anything afterwards.</source>
        <translation>Una sesión ordinaria con el número siguiente, la fecha de hoy y las instituciones que integran el CEM; después puede cambiar cualquier dato.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Choose a session, or create one to prepare its agenda and packet.</source>
        <translation>Elija una sesión, o cree una para preparar su orden del día y su paquete.</translation>
    </message>
    <message>
        <source>Interview mode: CEM sessions are hidden.</source>
        <translation>Modo entrevista: las sesiones del CEM están ocultas.</translation>
    </message>
    <message>
        <source>Session {title} created.</source>
        <translation>Se creó la {title}.</translation>
    </message>
</context>
<context>
    <name>CemSession</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Attending institutions</source>
        <translation>Instituciones asistentes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Session number in the year</source>
        <translation>Número de la sesión en el año</translation>
    </message>
    <message>
        <source>How the packet shows places: the alcaldía, or only the zone of the city (more protective when few cases come from one alcaldía).</source>
        <translation>Cómo muestra el paquete los lugares: la alcaldía, o solo la zona de la ciudad (protege más cuando pocos casos provienen de una alcaldía).</translation>
    </message>
    <message>
        <source>How the packet names people</source>
        <translation>Cómo nombra el paquete a las personas</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Summaries for CEM</source>
        <translation>Resúmenes para el CEM</translation>
    </message>
    <message>
        <source>Acuerdos</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message>
        <source>Delete {title} with its agenda? Summaries for CEM stay with their cases.</source>
        <translation>¿Eliminar la {title} con su orden del día? Los resúmenes para el CEM se conservan en sus casos.</translation>
    </message>
</context>
<context>
    <name>CemSummary</name>
    <message>
        <source>Write what the CEM needs to decide, without names, places, dates or anything that identifies the person: the packet calls them by pseudonym and shows age range, alcaldía or zone, and month and year.</source>
        <translation>Escriba lo que el CEM necesita para decidir, sin nombres, lugares, fechas ni nada que identifique a la persona: el paquete la nombra con un seudónimo y muestra rango de edad, alcaldía o zona, y mes y año.</translation>
    </message>
    <message>
        <source>Summary for the CEM (goes into the packet after the leak check)</source>
        <translation>Resumen para el CEM (entra al paquete tras la revisión de datos identificables)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Check for identifiers</source>
        <translation>&amp;Revisar datos identificables</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Cambios sin guardar…</translation>
    </message>
    <message>
        <source>Saved (version {version}).</source>
        <translation>Guardado (versión {version}).</translation>
    </message>
    <message>
        <source>{count} possible identifiers.</source>
        <translation>{count} posibles datos identificables.</translation>
    </message>
    <message>
        <source>No identifiers found.</source>
        <translation>No se encontraron datos identificables.</translation>
    </message>
</context>
<context>
    <name>CemTexts</name>
    <message>
        <source>In preparation</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Back to preparation</source>
        <translation>Regresar a preparación</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Marcar como celebrada</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <source>{kind} {number}/{year}</source>
        <translation>{kind} {number}/{year}</translation>
    </message>
    <message>
        <source>Zone of the city</source>
        <translation>Zona de la ciudad</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Random codes (Persona 7K3Q)</source>
        <translation>Códigos aleatorios (Persona 7K3Q)</translation>
    </message>
    <message>
        <source>Letters (Persona A, Persona B…)</source>
        <translation>Letras (Persona A, Persona B…)</translation>
    </message>
    <message>
        <source>Overdue review</source>
        <translation>Revisión vencida</translation>
    </message>
    <message>
        <source>Urgent measure pending ratification</source>
        <translation>Medida urgente pendiente de ratificación</translation>
    </message>
    <message>
        <source>New incorporation</source>
        <translation>Nueva incorporación</translation>
    </message>
    <message>
        <source>Risk increased</source>
        <translation>Aumento del riesgo</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Agregado manualmente</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Ratify</source>
        <translation>Ratificar</translation>
    </message>
    <message>
        <source>Modify</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Menor de 18 años</translation>
    </message>
    <message>
        <source>18 to 29 years</source>
        <translation>18 a 29 años</translation>
    </message>
    <message>
        <source>30 to 44 years</source>
        <translation>30 a 44 años</translation>
    </message>
    <message>
        <source>45 to 59 years</source>
        <translation>45 a 59 años</translation>
    </message>
    <message>
        <source>60 years or more</source>
        <translation>60 años o más</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Al alza</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>A la baja</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Primera evaluación</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>En implementación</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Under evaluation</source>
        <translation>En evaluación</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>Identity document of a person in the packet</source>
        <translation>Documento de identidad de una persona del paquete</translation>
    </message>
    <message>
        <source>Phone number of a person in the packet</source>
        <translation>Teléfono de una persona del paquete</translation>
    </message>
    <message>
        <source>E-mail of a person in the packet</source>
        <translation>Correo electrónico de una persona del paquete</translation>
    </message>
    <message>
        <source>Account or handle of a person in the packet</source>
        <translation>Cuenta o usuario de una persona del paquete</translation>
    </message>
    <message>
        <source>Birth date of a person in the packet</source>
        <translation>Fecha de nacimiento de una persona del paquete</translation>
    </message>
    <message>
        <source>Case folio</source>
        <translation>Folio de expediente</translation>
    </message>
    <message>
        <source>Address of a person in the packet</source>
        <translation>Domicilio de una persona del paquete</translation>
    </message>
    <message>
        <source>Postal code of a person in the packet</source>
        <translation>Código postal de una persona del paquete</translation>
    </message>
    <message>
        <source>Name of a person in the packet</source>
        <translation>Nombre de una persona del paquete</translation>
    </message>
    <message>
        <source>Alias of a person in the packet</source>
        <translation>Alias de una persona del paquete</translation>
    </message>
    <message>
        <source>Organisation or outlet of a person in the packet</source>
        <translation>Organización o medio de una persona del paquete</translation>
    </message>
    <message>
        <source>Looks like a CURP</source>
        <translation>Parece una CURP</translation>
    </message>
    <message>
        <source>Looks like an RFC</source>
        <translation>Parece un RFC</translation>
    </message>
    <message>
        <source>Looks like an INE/CIC number</source>
        <translation>Parece un número de credencial INE/CIC</translation>
    </message>
    <message>
        <source>Looks like a phone number</source>
        <translation>Parece un número telefónico</translation>
    </message>
    <message>
        <source>Looks like an e-mail address</source>
        <translation>Parece un correo electrónico</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Looks like a social-media handle</source>
        <translation>Parece un usuario de redes sociales</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Looks like a case folio</source>
        <translation>Parece un folio de expediente</translation>
    </message>
    <message>
        <source>Exact date (the packet uses month and year)</source>
        <translation>Fecha exacta (el paquete usa mes y año)</translation>
    </message>
    <message>
        <source>Summary for CEM</source>
        <translation>Resumen para el CEM</translation>
    </message>
    <message>
        <source>Measure details</source>
        <translation>Detalle de la medida</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Case heading</source>
        <translation>Encabezado del caso</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Linked persons</source>
        <translation>Personas vinculadas</translation>
    </message>
    <message>
        <source>Packet text ({field})</source>
        <translation>Texto del paquete ({field})</translation>
    </message>
    <message>
        <source>required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>the date does not match the year</source>
        <translation>la fecha no corresponde al año</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>use the form CEM/2026/03/07 (year, session, number)</source>
        <translation>use la forma CEM/2026/03/07 (año, sesión, número)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attending institutions</source>
        <translation>Instituciones asistentes</translation>
    </message>
    <message>
        <source>Places shown as</source>
        <translation>Lugares mostrados como</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>Seudónimos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Decisions on measures</source>
        <translation>Decisiones sobre las medidas</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Not saved: {issues}.</source>
        <translation>No se guardó: {issues}.</translation>
    </message>
    <message>
        <source>The session is closed: its agenda and acuerdos no longer change.</source>
        <translation>La sesión está cerrada: su orden del día y sus acuerdos ya no cambian.</translation>
    </message>
    <message>
        <source>A session that is “{current}” cannot become “{target}”.</source>
        <translation>Una sesión «{current}» no puede pasar a «{target}».</translation>
    </message>
    <message>
        <source>There is already a session of that type with number {number} in {year}.</source>
        <translation>Ya existe una sesión de ese tipo con el número {number} en {year}.</translation>
    </message>
    <message>
        <source>The session has {count} acuerdos recorded and cannot be deleted.</source>
        <translation>La sesión tiene {count} acuerdos registrados y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Acuerdos are recorded once the session is marked as held.</source>
        <translation>Los acuerdos se registran cuando la sesión está marcada como celebrada.</translation>
    </message>
    <message>
        <source>The acuerdo number {number} is already in use.</source>
        <translation>El número de acuerdo {number} ya está en uso.</translation>
    </message>
    <message>
        <source>Acuerdo {number} already changed measures; it cannot be deleted.</source>
        <translation>El acuerdo {number} ya modificó medidas; no se puede eliminar.</translation>
    </message>
    <message>
        <source>“{action}” could not be applied to a measure, so nothing of the acuerdo was saved: {reason}</source>
        <translation>No se pudo «{action}» una medida, así que no se guardó nada del acuerdo: {reason}</translation>
    </message>
    <message>
        <source>That measure belongs to another case.</source>
        <translation>Esa medida pertenece a otro caso.</translation>
    </message>
    <message>
        <source>The packet has no cases: add items to the agenda first.</source>
        <translation>El paquete no tiene casos: primero agregue asuntos al orden del día.</translation>
    </message>
    <message>
        <source>Unknown folios: {folios}.</source>
        <translation>Folios inexistentes: {folios}.</translation>
    </message>
    <message>
        <source>The packet was not written: {count} possible identifiers found. Fix each one or dismiss it explicitly.</source>
        <translation>No se generó el paquete: se encontraron {count} posibles datos identificables. Corrija cada uno o descártelo expresamente.</translation>
    </message>
    <message>
        <source>Packet generation cancelled; nothing was written.</source>
        <translation>Se canceló la generación del paquete; no se escribió nada.</translation>
    </message>
    <message>
        <source>That case is already on the agenda with the same topic.</source>
        <translation>Ese caso ya está en el orden del día con el mismo asunto.</translation>
    </message>
</context>
<context>
    <name>Packet</name>
    <message>
        <source>Internal working copy</source>
        <extracomment>(done, total, what) — what is a short step name: read, scan, render, write. Where this copy goes; None: named inside ``PacketRequest.out_dir``. Overrides the session's setting for this packet ("alcaldia" | "zona"). Finding codes the user dismisses now (CLI ``--dismiss``).</extracomment>
        <translation>Ejemplar interno de trabajo</translation>
    </message>
    <message>
        <source>Person {token}</source>
        <extracomment>Written by a person (summary, measure details, recipient).</extracomment>
        <translation>Persona {token}</translation>
    </message>
    <message>
        <source>{role} {ordinal}</source>
        <translation>{role} {ordinal}</translation>
    </message>
    <message>
        <source>{role} of {person}</source>
        <translation>{role} de {person}</translation>
    </message>
    <message>
        <source>{text} (also {person})</source>
        <translation>{text} (también {person})</translation>
    </message>
    <message>
        <source>{state}, pending ratification</source>
        <translation>{state}, pendiente de ratificación</translation>
    </message>
    <message>
        <source>Details withheld (would locate the person)</source>
        <translation>Detalles reservados (permitirían ubicar a la persona)</translation>
    </message>
    <message>
        <source>Measures in force and proposed</source>
        <translation>Medidas vigentes y propuestas</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation>Sin medidas.</translation>
    </message>
    <message>
        <source>Aggressions over time</source>
        <translation>Agresiones en el tiempo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Types of aggression</source>
        <translation>Tipos de agresión</translation>
    </message>
    <message>
        <source>Alleged aggressor</source>
        <translation>Presunta persona agresora</translation>
    </message>
    <message>
        <source>No aggressions recorded.</source>
        <translation>Sin agresiones registradas.</translation>
    </message>
    <message>
        <source>Digital violence found</source>
        <translation>Violencia digital identificada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Recorded in</source>
        <translation>Registrada en</translation>
    </message>
    <message>
        <source>No digital-violence review.</source>
        <translation>Sin revisión de violencia digital.</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluación</translation>
    </message>
    <message>
        <source>{level} (assessed in {when})</source>
        <translation>{level} (evaluado en {when})</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Levels over time</source>
        <translation>Niveles en el tiempo</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Matters for the session</source>
        <translation>Asuntos para la sesión</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Rango de edad</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <source>Type of organisation or outlet</source>
        <translation>Tipo de organización o medio</translation>
    </message>
    <message>
        <source>Linked persons</source>
        <translation>Personas vinculadas</translation>
    </message>
    <message>
        <source>{number}. {person}</source>
        <translation>{number}. {person}</translation>
    </message>
    <message>
        <source>Summary for the CEM</source>
        <translation>Resumen para el CEM</translation>
    </message>
    <message>
        <source>No summary was written for this case.</source>
        <translation>No se redactó resumen para este caso.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Sin asuntos.</translation>
    </message>
    <message>
        <source>Cases for the CEM</source>
        <translation>Casos para el CEM</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>Cases on the agenda: {count}</source>
        <translation>Casos en el orden del día: {count}</translation>
    </message>
    <message>
        <source>Institutions convened: {names}</source>
        <translation>Instituciones convocadas: {names}</translation>
    </message>
    <message>
        <source>Confidential document</source>
        <translation>Documento confidencial</translation>
    </message>
    <message>
        <source>CEM packet · {name}</source>
        <translation>Paquete CEM · {name}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL · For the Measures Evaluation Council only · Do not copy or forward</source>
        <translation>CONFIDENCIAL · Uso exclusivo del Consejo de Evaluación de Medidas · Prohibida su reproducción o reenvío</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Measures Evaluation Council</source>
        <translation>Consejo de Evaluación de Medidas</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>This packet is anonymized. People appear under pseudonyms that only hold inside this document; ages are given as ranges, dates as month and year, places as alcaldía or zone, organisations by type. Measures that would locate a person show their type only. Every page carries the control code of this copy, which is registered to its recipient. Do not copy or forward it.</source>
        <translation>Este paquete está anonimizado. Las personas aparecen con seudónimos válidos solo dentro de este documento; las edades se indican por rangos, las fechas por mes y año, los lugares por alcaldía o zona y las organizaciones por tipo. Las medidas que permitirían ubicar a una persona muestran solo su tipo. Cada página lleva el código de control de este ejemplar, registrado a nombre de quien lo recibe. No lo reproduzca ni lo reenvíe.</translation>
    </message>
    <message>
        <source>Copy {number} of {total}</source>
        <translation>Ejemplar {number} de {total}</translation>
    </message>
    <message>
        <source>Recipient: {recipient}</source>
        <translation>Destinatario: {recipient}</translation>
    </message>
    <message>
        <source>Control code: {code}</source>
        <translation>Código de control: {code}</translation>
    </message>
</context>
</TS>