<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AggressionForm</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Date &amp;precision</source>
        <translation>&amp;Precisión de la fecha</translation>
    </message>
    <message>
        <source>&amp;Types of aggression</source>
        <translation>&amp;Tipos de agresión</translation>
    </message>
    <message>
        <source>Alleged a&amp;ggressor</source>
        <translation>Presunta persona agres&amp;ora</translation>
    </message>
    <message>
        <source>Alcal&amp;día</source>
        <translation>Alcal&amp;día</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
</context>
<context>
    <name>AttentionForm</name>
    <message>
        <source>&amp;Type of attention</source>
        <translation>&amp;Tipo de atención</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Institución</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>CaseErrors</name>
    <message>
        <source>That unfinished interview is no longer in the vault; it was finished or discarded elsewhere.</source>
        <translation>Esa entrevista sin terminar ya no está en la bóveda; se terminó o se descartó en otro momento.</translation>
    </message>
    <message>
        <source>The text is too long to keep as a draft ({size} characters). Shorten the pasted text.</source>
        <translation>El texto es demasiado largo para conservarlo como borrador ({size} caracteres). Acorte el texto pegado.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted. Reload the case list.</source>
        <translation>Este registro ya no existe; es posible que se haya eliminado. Vuelva a cargar la lista de expedientes.</translation>
    </message>
    <message>
        <source>The folio {folio} is already used by another case.</source>
        <translation>El folio {folio} ya lo usa otro expediente.</translation>
    </message>
    <message>
        <source>Nothing was saved. Check these fields:
{issues}</source>
        <translation>No se guardó nada. Revise estos campos:
{issues}</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estatus</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedimiento</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>&amp;Federal folio</source>
        <translation>&amp;Folio federal</translation>
    </message>
    <message>
        <source>Only for Ciudad refugio cases</source>
        <translation>Solo para casos de Ciudad refugio</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Persona &amp;analista</translation>
    </message>
    <message>
        <source>Date of &amp;request</source>
        <translation>Fecha de &amp;solicitud</translation>
    </message>
    <message>
        <source>Date of &amp;incorporation</source>
        <translation>Fecha de &amp;incorporación</translation>
    </message>
    <message>
        <source>Date of &amp;conclusion</source>
        <translation>Fecha de &amp;conclusión</translation>
    </message>
    <message>
        <source>Reason for conc&amp;lusion</source>
        <translation>Motivo de conc&amp;lusión</translation>
    </message>
    <message>
        <source>Notes on conclusion</source>
        <translation>Notas sobre la conclusión</translation>
    </message>
    <message>
        <source>&amp;Account of the facts</source>
        <translation>&amp;Relato de los hechos</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
</context>
<context>
    <name>CaseForms</name>
    <message>
        <source>MPI Desktop</source>
        <translation>MPI Desktop</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>There are unsaved changes.</source>
        <translation>Hay cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>¿Guardarlos antes de salir?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <extracomment>Given the changed values (or all, for a new record) and the draft to drop in the same transaction, the storage operation to run. A new record sends every value; an edit sends only what changed.</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Could not keep a draft of these changes; save them soon.</source>
        <translation>No se pudo guardar un borrador de estos cambios; guárdelos pronto.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from {when}. Save them or undo them.</source>
        <translation>Se recuperaron cambios sin guardar del {when}. Guárdelos o deshágalos.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Quitar esta fila</translation>
    </message>
    <message>
        <source>Add contact channel</source>
        <translation>Agregar medio de contacto</translation>
    </message>
    <message>
        <source>Type of contact channel</source>
        <translation>Tipo de medio de contacto</translation>
    </message>
    <message>
        <source>Number, address or account</source>
        <translation>Número, dirección o cuenta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>The person says this channel is safe to use</source>
        <translation>La persona indica que es seguro usar este medio</translation>
    </message>
    <message>
        <source>Note (e.g. only after 6 pm)</source>
        <translation>Nota (p. ej., solo después de las 18 h)</translation>
    </message>
    <message>
        <source>Note on the contact channel</source>
        <translation>Nota sobre el medio de contacto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared after a few seconds</source>
        <translation>Copiar al portapapeles; se borra a los pocos segundos</translation>
    </message>
    <message>
        <source>Copy contact</source>
        <translation>Copiar contacto</translation>
    </message>
    <message>
        <source>Add identity document</source>
        <translation>Agregar documento de identidad</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Number or key</source>
        <translation>Número o clave</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número del documento</translation>
    </message>
    <message>
        <source>Write the date as day/month/year, e.g. 03/02/2026.</source>
        <extracomment>Style sheet for a page holding forms: invalid fields get a red frame.</extracomment>
        <translation>Escriba la fecha como día/mes/año, p. ej., 03/02/2026.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Fila {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>CURP</source>
        <translation>CURP</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>INE voter ID</source>
        <translation>Credencial del INE</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Día exacto</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Solo mes</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Solo año</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Aggression</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Valoración de riesgo</translation>
    </message>
    <message>
        <source>Threat in a risk assessment</source>
        <translation>Amenaza de una valoración de riesgo</translation>
    </message>
    <message>
        <source>Protection measure</source>
        <translation>Medida de protección</translation>
    </message>
    <message>
        <source>Step of a protection measure</source>
        <translation>Paso de una medida de protección</translation>
    </message>
    <message>
        <source>Digital-violence review</source>
        <translation>Revisión de violencia digital</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Summary for the CEM</source>
        <translation>Resumen para el CEM</translation>
    </message>
    <message>
        <source>CEM acuerdo</source>
        <translation>Acuerdo del CEM</translation>
    </message>
    <message>
        <source>CEM session</source>
        <translation>Sesión del CEM</translation>
    </message>
    <message>
        <source>Dismissed packet finding</source>
        <translation>Hallazgo del paquete descartado</translation>
    </message>
    <message>
        <source>Open-source finding</source>
        <translation>Hallazgo en fuentes abiertas</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(no main beneficiary)</source>
        <translation>(sin persona beneficiaria principal)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Ordinary</source>
        <extracomment>Rows kept in memory; far more than fit on any screen, small next to 50,000. Page requests remembered while a fetch runs (the newest win). (key, sort key for case_query.list_nums or None when not sortable)</extracomment>
        <translation>Ordinario</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Extraordinario</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Main beneficiary</source>
        <translation>Persona beneficiaria principal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <extracomment>The number of matching cases changed (after a filter or sort change). True while the list of matching cases is being fetched. A page of display rows arrived (tests and benchmarks wait on it). Fetching the matching cases failed (the page shows the error). num → (row, display texts); texts are formatted once, when the page arrives.</extracomment>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <source>(unavailable)</source>
        <translation>(no disponible)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Case files&lt;/h2&gt;</source>
        <extracomment>The risk filter's choice for cases without a signed assessment.</extracomment>
        <translation>&lt;h2&gt;Expedientes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New case file (interview)</source>
        <translation>&amp;Nuevo expediente (entrevista)</translation>
    </message>
    <message>
        <source>Start an intake interview; it is saved as a draft while you type</source>
        <translation>Iniciar una entrevista de primer contacto; se guarda como borrador mientras escribe</translation>
    </message>
    <message>
        <source>Search names, aliases, folio or facts (Ctrl+F)</source>
        <translation>Buscar nombres, alias, folio o hechos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar expedientes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estatus</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Expedientes abiertos</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Expedientes cerrados</translation>
    </message>
    <message>
        <source>Filter by procedure</source>
        <translation>Filtrar por procedimiento</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Todos los procedimientos</translation>
    </message>
    <message>
        <source>Filter by alcaldía</source>
        <translation>Filtrar por alcaldía</translation>
    </message>
    <message>
        <source>All alcaldías</source>
        <translation>Todas las alcaldías</translation>
    </message>
    <message>
        <source>Filter by profile</source>
        <translation>Filtrar por perfil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Filter by risk level in force</source>
        <translation>Filtrar por nivel de riesgo vigente</translation>
    </message>
    <message>
        <source>Any risk level</source>
        <translation>Cualquier nivel de riesgo</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Sin evaluación todavía</translation>
    </message>
    <message>
        <source>Re&amp;view overdue</source>
        <translation>Re&amp;visión vencida</translation>
    </message>
    <message>
        <source>Only case files with a measure review or a risk re-assessment past its date</source>
        <translation>Solo expedientes con una revisión de medida o una reevaluación de riesgo con fecha vencida</translation>
    </message>
    <message>
        <source>Requested from</source>
        <translation>Solicitados desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Requested &amp;from</source>
        <translation>Solicitados &amp;desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>No es una fecha</translation>
    </message>
    <message>
        <source>Cases found: {count}</source>
        <translation>Expedientes encontrados: {count}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>CaseRisk</name>
    <message>
        <source>Risk: not assessed yet</source>
        <translation>Riesgo: sin evaluación todavía</translation>
    </message>
    <message>
        <source>Risk: {level} · assessed {date}</source>
        <translation>Riesgo: {level} · evaluado el {date}</translation>
    </message>
    <message>
        <source>Open the Risk tab</source>
        <extracomment>Show a tab of the case view ("risk" or "plan").</extracomment>
        <translation>Abrir la pestaña Riesgo</translation>
    </message>
    <message>
        <source>Pending ratification: {n}</source>
        <translation>Pendientes de ratificación: {n}</translation>
    </message>
    <message>
        <source>Measures started before the CEM approved them; the CEM must ratify them. Opens the Protection plan tab.</source>
        <translation>Medidas iniciadas antes de que el CEM las aprobara; el CEM debe ratificarlas. Abre la pestaña Plan de protección.</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revisión vencida</translation>
    </message>
    <message>
        <source>The risk re-assessment is past its date.</source>
        <translation>La reevaluación de riesgo ya pasó de su fecha.</translation>
    </message>
    <message>
        <source>Measures whose review date has passed: {n}.</source>
        <translation>Medidas cuya fecha de revisión ya pasó: {n}.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case file</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Unsaved changes to the case file were recovered.</source>
        <translation>Se recuperaron cambios sin guardar del expediente.</translation>
    </message>
    <message>
        <source>Case file {folio} saved.</source>
        <translation>Expediente {folio} guardado.</translation>
    </message>
    <message>
        <source>← &amp;Case list</source>
        <extracomment>Something of the case was saved (the list refreshes that row). The case is shown (after the audited open). The case on screen no longer exists (erased by an ARCO cancellation).</extracomment>
        <translation>← &amp;Lista de expedientes</translation>
    </message>
    <message>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Volver a la lista de expedientes (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>E&amp;xport encrypted case file…</source>
        <translation>E&amp;xportar expediente cifrado…</translation>
    </message>
    <message>
        <source>An encrypted file with this case file, to import into another MPI Desktop</source>
        <translation>Un archivo cifrado con este expediente, para importarlo en otro MPI Desktop</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estatus: {status}</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>sin determinar</translation>
    </message>
    <message>
        <source>Procedure: {procedure}</source>
        <translation>Procedimiento: {procedure}</translation>
    </message>
    <message>
        <source>Leave interview mode</source>
        <translation>Salir del modo entrevista</translation>
    </message>
    <message>
        <source>Show the case list again (asks for the passphrase)</source>
        <translation>Volver a mostrar la lista de expedientes (pide la frase de contraseña)</translation>
    </message>
    <message>
        <source>&amp;Interview mode</source>
        <translation>Modo entre&amp;vista</translation>
    </message>
    <message>
        <source>Hide everything but this case while the person is in front of you</source>
        <translation>Ocultar todo salvo este expediente mientras la persona está frente a usted</translation>
    </message>
    <message>
        <source>Aggressions</source>
        <translation>Agresiones</translation>
    </message>
    <message>
        <source>Attentions</source>
        <translation>Atenciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Person and links</source>
        <translation>Persona y vínculos</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Interview mode: no case file is open.</source>
        <translation>Modo entrevista: no hay ningún expediente abierto.</translation>
    </message>
    <message>
        <source>&amp;Start the interview</source>
        <translation>&amp;Iniciar la entrevista</translation>
    </message>
    <message>
        <source>Case file {folio} created.</source>
        <translation>Expediente {folio} creado.</translation>
    </message>
    <message>
        <source>The case file was erased with the person (ARCO cancellation).</source>
        <translation>El expediente se eliminó junto con la persona (cancelación ARCO).</translation>
    </message>
    <message>
        <source>Unfinished interview recovered.</source>
        <translation>Entrevista sin terminar recuperada.</translation>
    </message>
    <message>
        <source>Discard this unfinished interview?</source>
        <translation>¿Descartar esta entrevista sin terminar?</translation>
    </message>
    <message>
        <source>What was typed is erased from the vault and cannot be recovered.</source>
        <translation>Lo escrito se borra de la bóveda y no podrá recuperarse.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Expedientes</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Interview without a name yet</source>
        <translation>Entrevista todavía sin nombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recover unfinished interview&lt;/b&gt; — what was typed is safe in the vault:</source>
        <extracomment>Titles that may be names are shown as initials in discreet mode.</extracomment>
        <translation>&lt;b&gt;Recuperar entrevista sin terminar&lt;/b&gt;: lo escrito está a salvo en la bóveda:</translation>
    </message>
    <message>
        <source>{title} — last saved {when}</source>
        <translation>{title} — guardada por última vez el {when}</translation>
    </message>
    <message>
        <source>Recover interview</source>
        <translation>Recuperar entrevista</translation>
    </message>
    <message>
        <source>Recover unfinished interview</source>
        <translation>Recuperar entrevista sin terminar</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit aggression</source>
        <translation>Editar agresión</translation>
    </message>
    <message>
        <source>New aggression</source>
        <translation>Nueva agresión</translation>
    </message>
    <message>
        <source>Edit attention</source>
        <translation>Editar atención</translation>
    </message>
    <message>
        <source>New attention</source>
        <translation>Nueva atención</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Unsaved changes were recovered.</source>
        <translation>Se recuperaron cambios sin guardar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>¿Eliminar este registro?</translation>
    </message>
    <message>
        <source>The deletion is recorded in the case history.</source>
        <translation>La eliminación queda registrada en el historial del expediente.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Alleged aggressor</source>
        <translation>Presunta persona agresora</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Place and description</source>
        <translation>Lugar y descripción</translation>
    </message>
    <message>
        <source>&amp;Add aggression…</source>
        <translation>&amp;Agregar agresión…</translation>
    </message>
    <message>
        <source>No aggressions recorded yet.</source>
        <translation>Todavía no hay agresiones registradas.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Add attention…</source>
        <translation>&amp;Agregar atención…</translation>
    </message>
    <message>
        <source>No attentions recorded yet.</source>
        <translation>Todavía no hay atenciones registradas.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>(safe)</source>
        <extracomment>A case's history also holds its risk assessments, measures and digital-violence reviews (and, after an ARCO cancellation, redactions): their fields, actions and values are worded by their own feature's texts. Field → catalog, per entity where the same name means different things.</extracomment>
        <translation>(seguro)</translation>
    </message>
    <message>
        <source>(person no longer on the case)</source>
        <translation>(persona que ya no está en el expediente)</translation>
    </message>
    <message>
        <source>(main)</source>
        <translation>(principal)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Cambio de estatus</translation>
    </message>
    <message>
        <source>Name removed (ARCO cancellation)</source>
        <translation>Nombre suprimido (cancelación ARCO)</translation>
    </message>
    <message>
        <source>(record created)</source>
        <translation>(registro creado)</translation>
    </message>
    <message>
        <source>When (Mexico City)</source>
        <translation>Cuándo (hora de la Ciudad de México)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Selected change in full</source>
        <translation>Cambio seleccionado completo</translation>
    </message>
    <message>
        <source>Changes recorded: {count}</source>
        <translation>Cambios registrados: {count}</translation>
    </message>
    <message>
        <source>{when} — {who}
{what} · {field}

Before:
{before}

After:
{after}</source>
        <translation>{when} — {who}
{what} · {field}

Antes:
{before}

Después:
{after}</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>Safe contact: t&amp;ype</source>
        <translation>Contacto seguro: &amp;tipo</translation>
    </message>
    <message>
        <source>Safe &amp;contact</source>
        <translation>&amp;Contacto seguro</translation>
    </message>
    <message>
        <source>Number, e-mail or account</source>
        <translation>Número, correo o cuenta</translation>
    </message>
    <message>
        <source>The person says it is safe</source>
        <translation>La persona indica que es seguro</translation>
    </message>
    <message>
        <source>When and how to use it</source>
        <translation>Cuándo y cómo usarlo</translation>
    </message>
    <message>
        <source>e.g. only Signal, after 6 pm</source>
        <translation>p. ej., solo por Signal, después de las 18 h</translation>
    </message>
    <message>
        <source>&amp;What happened?</source>
        <translation>¿&amp;Qué pasó?</translation>
    </message>
    <message>
        <source>A few lines in the person's words</source>
        <translation>Unas líneas con las palabras de la persona</translation>
    </message>
    <message>
        <source>Date of re&amp;quest</source>
        <translation>Fec&amp;ha de solicitud</translation>
    </message>
    <message>
        <source>&amp;Origin of the case</source>
        <translation>&amp;Origen del caso</translation>
    </message>
    <message>
        <source>&amp;Federal folio</source>
        <translation>&amp;Folio federal</translation>
    </message>
    <message>
        <source>Only for Ciudad refugio cases</source>
        <translation>Solo para casos de Ciudad refugio</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Persona &amp;analista</translation>
    </message>
    <message>
        <source>&amp;Add linked person</source>
        <extracomment>The case was created: (case id, folio). The wizard was left without finishing (the draft was kept or discarded).</extracomment>
        <translation>A&amp;gregar persona vinculada</translation>
    </message>
    <message>
        <source>&amp;Add aggression</source>
        <translation>A&amp;gregar agresión</translation>
    </message>
    <message>
        <source>Steps of the interview</source>
        <translation>Pasos de la entrevista</translation>
    </message>
    <message>
        <source>1. Essentials</source>
        <translation>1. Lo esencial</translation>
    </message>
    <message>
        <source>What is needed to open the case. Everything else can wait; press Ctrl+Enter to finish at any time.</source>
        <translation>Lo necesario para abrir el expediente. Todo lo demás puede esperar; pulse Ctrl+Intro para terminar en cualquier momento.</translation>
    </message>
    <message>
        <source>2. More about the person</source>
        <translation>2. Más datos de la persona</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
    <message>
        <source>3. Identity documents</source>
        <translation>3. Documentos de identidad</translation>
    </message>
    <message>
        <source>Optional. Only what the person wants to give.</source>
        <translation>Opcional. Solo lo que la persona quiera proporcionar.</translation>
    </message>
    <message>
        <source>4. Linked persons</source>
        <translation>4. Personas vinculadas</translation>
    </message>
    <message>
        <source>Optional. Family members, colleagues or others who are also at risk.</source>
        <translation>Opcional. Familiares, colegas u otras personas que también están en riesgo.</translation>
    </message>
    <message>
        <source>5. Aggressions</source>
        <translation>5. Agresiones</translation>
    </message>
    <message>
        <source>Optional. One block per event.</source>
        <translation>Opcional. Un bloque por cada hecho.</translation>
    </message>
    <message>
        <source>6. Consent and case file</source>
        <translation>6. Consentimiento y expediente</translation>
    </message>
    <message>
        <source>Read the privacy notice to the person and record their answer.</source>
        <translation>Lea el aviso de privacidad a la persona y registre su respuesta.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;New interview&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Nueva entrevista&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>Ce&amp;rrar…</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← Ant&amp;erior</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Paso siguiente (Intro)</translation>
    </message>
    <message>
        <source>&amp;Finish and open the case</source>
        <translation>Terminar y a&amp;brir el expediente</translation>
    </message>
    <message>
        <source>Create the case now (Ctrl+Enter)</source>
        <translation>Crear el expediente ahora (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Autosaved as you type.</source>
        <translation>Se guarda automáticamente mientras escribe.</translation>
    </message>
    <message>
        <source>Recovered the draft saved {when}.</source>
        <translation>Se recuperó el borrador guardado el {when}.</translation>
    </message>
    <message>
        <source>Unsaved changes; saving the draft…</source>
        <translation>Cambios sin guardar; guardando el borrador…</translation>
    </message>
    <message>
        <source>Draft saved in the vault at {time}.</source>
        <translation>Borrador guardado en la bóveda a las {time}.</translation>
    </message>
    <message>
        <source>Could not save the draft; it is retried in a few seconds.</source>
        <translation>No se pudo guardar el borrador; se reintenta en unos segundos.</translation>
    </message>
    <message>
        <source>Draft not saved: {reason}</source>
        <translation>Borrador no guardado: {reason}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>Finishing creates the case file for {name}, with {links} linked person(s) and {events} aggression(s). Everything can be edited later.</source>
        <translation>Al terminar se crea el expediente de {name}, con {links} persona(s) vinculada(s) y {events} agresión(es). Todo se puede editar después.</translation>
    </message>
    <message>
        <source>Some fields need attention; they are marked in red.</source>
        <translation>Algunos campos requieren atención; están marcados en rojo.</translation>
    </message>
    <message>
        <source>The interview is kept as a draft; recover it from the case list.</source>
        <translation>La entrevista se conserva como borrador; recupérela desde la lista de expedientes.</translation>
    </message>
    <message>
        <source>Close the interview without creating the case?</source>
        <translation>¿Cerrar la entrevista sin crear el expediente?</translation>
    </message>
    <message>
        <source>Keep it as a draft to continue later, or discard what was typed.</source>
        <translation>Consérvela como borrador para continuar después, o descarte lo escrito.</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Conservar como borrador</translation>
    </message>
    <message>
        <source>Discard interview</source>
        <translation>Descartar entrevista</translation>
    </message>
    <message>
        <source>Continue interview</source>
        <translation>Continuar la entrevista</translation>
    </message>
    <message>
        <source>Leave interview mode</source>
        <translation>Salir del modo entrevista</translation>
    </message>
    <message>
        <source>&amp;Interview mode</source>
        <translation>Modo entre&amp;vista</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>R&amp;ol</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Per&amp;fil</translation>
    </message>
    <message>
        <source>Contact &amp;type</source>
        <translation>&amp;Tipo de contacto</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>&amp;Dato de contacto</translation>
    </message>
    <message>
        <source>Safe channel</source>
        <translation>Medio seguro</translation>
    </message>
    <message>
        <source>Linked person</source>
        <translation>Persona vinculada</translation>
    </message>
    <message>
        <source>Remove this person</source>
        <translation>Quitar a esta persona</translation>
    </message>
    <message>
        <source>Aggression</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <source>Remove this aggression</source>
        <translation>Quitar esta agresión</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Add a linked person</source>
        <translation>Agregar una persona vinculada</translation>
    </message>
    <message>
        <source>&amp;Role in the case</source>
        <translation>&amp;Rol en el expediente</translation>
    </message>
    <message>
        <source>Link an existing person</source>
        <translation>Vincular a una persona ya registrada</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Link to this case</source>
        <translation>&amp;Vincular a este expediente</translation>
    </message>
    <message>
        <source>{name} — case {folio}</source>
        <translation>{name} — expediente {folio}</translation>
    </message>
    <message>
        <source>Nobody found on other cases.</source>
        <translation>No se encontró a nadie en otros expedientes.</translation>
    </message>
    <message>
        <source>People on the case</source>
        <extracomment>A person was erased by an ARCO cancellation (the case view closes or reloads).</extracomment>
        <translation>Personas del expediente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Rol en el expediente</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Add linked person…</source>
        <translation>A&amp;gregar persona vinculada…</translation>
    </message>
    <message>
        <source>Link e&amp;xisting person…</source>
        <translation>Vincular persona e&amp;xistente…</translation>
    </message>
    <message>
        <source>Make &amp;main beneficiary</source>
        <translation>Hacer persona beneficiaria &amp;principal</translation>
    </message>
    <message>
        <source>Remove from the case…</source>
        <translation>Quitar del expediente…</translation>
    </message>
    <message>
        <source>ARCO rights of the selected person</source>
        <translation>Derechos ARCO de la persona seleccionada</translation>
    </message>
    <message>
        <source>A&amp;ccess: export their data…</source>
        <translation>A&amp;cceso: exportar sus datos…</translation>
    </message>
    <message>
        <source>An encrypted file with everything about this person, to hand over</source>
        <translation>Un archivo cifrado con todo lo que hay sobre esta persona, para entregárselo</translation>
    </message>
    <message>
        <source>&amp;Opposition…</source>
        <translation>&amp;Oposición…</translation>
    </message>
    <message>
        <source>Cancellation: &amp;erase…</source>
        <translation>Cancelación: &amp;eliminar…</translation>
    </message>
    <message>
        <source>Rectification: correct the data in the form below and save; the History tab keeps the previous values.</source>
        <translation>Rectificación: corrija los datos en el formulario de abajo y guarde; la pestaña Historial conserva los valores anteriores.</translation>
    </message>
    <message>
        <source>{name} (main beneficiary)</source>
        <translation>{name} (persona beneficiaria principal)</translation>
    </message>
    <message>
        <source>Unsaved changes to a person were recovered.</source>
        <translation>Se recuperaron cambios sin guardar de una persona.</translation>
    </message>
    <message>
        <source>Opposition recorded on {date}: left out of statistics and exports.</source>
        <translation>Oposición registrada el {date}: excluida de estadísticas y exportaciones.</translation>
    </message>
    <message>
        <source>Person saved.</source>
        <translation>Persona guardada.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} s.</source>
        <translation>Copiado. El portapapeles se borra en {seconds} s.</translation>
    </message>
    <message>
        <source>Remove {name} from this case?</source>
        <translation>¿Quitar a {name} de este expediente?</translation>
    </message>
    <message>
        <source>The person's record is kept; only the link to this case is removed.</source>
        <translation>El registro de la persona se conserva; solo se quita su vínculo con este expediente.</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Quitar del expediente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>ARCO opposition updated.</source>
        <translation>Oposición ARCO actualizada.</translation>
    </message>
    <message>
        <source>The person was erased (ARCO cancellation).</source>
        <translation>Se eliminó a la persona (cancelación ARCO).</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Nombre(s)</translation>
    </message>
    <message>
        <source>&amp;First surname</source>
        <translation>Primer &amp;apellido</translation>
    </message>
    <message>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>A&amp;liases</source>
        <translation>Al&amp;ias</translation>
    </message>
    <message>
        <source>Separate with semicolons</source>
        <translation>Separe con punto y coma</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de naci&amp;miento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>&amp;Contact channels</source>
        <translation>Medios de &amp;contacto</translation>
    </message>
    <message>
        <source>Identity &amp;documents</source>
        <translation>&amp;Documentos de identidad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Alcal&amp;día</source>
        <translation>Alca&amp;ldía</translation>
    </message>
    <message>
        <source>&amp;Organisation or media outlet</source>
        <translation>&amp;Organización o medio</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>Topics of defence or coverage</source>
        <translation>Temas de defensa o cobertura</translation>
    </message>
    <message>
        <source>Intersectional factors</source>
        <translation>Factores interseccionales</translation>
    </message>
    <message>
        <source>Heard the privacy notice and consents to the processing of their data</source>
        <translation>Conoció el aviso de privacidad y consiente el tratamiento de sus datos</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Opposes the use of their data in statistics and exports (ARCO)</source>
        <translation>Se opone al uso de sus datos en estadísticas y exportaciones (ARCO)</translation>
    </message>
    <message>
        <source>Date of opposition</source>
        <translation>Fecha de la oposición</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Contact and address</source>
        <translation>Contacto y domicilio</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Documents and privacy</source>
        <translation>Documentos y privacidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
</TS>