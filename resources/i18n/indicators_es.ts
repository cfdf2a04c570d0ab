<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>not a date like 2026-04-30: {text}</source>
        <translation>no es una fecha como 2026-04-30: {text}</translation>
    </message>
    <message>
        <source>a bimester looks like 2026-2 (year, then 1 to 6): {text}</source>
        <translation>un bimestre se escribe como 2026-2 (el año y luego del 1 al 6): {text}</translation>
    </message>
    <message>
        <source>write the indicator report for the Junta de Gobierno (PDF or CSV)</source>
        <translation>genera el informe de indicadores para la Junta de Gobierno (PDF o CSV)</translation>
    </message>
    <message>
        <source>first day of the period (Mexico City), e.g. 2026-03-01</source>
        <translation>primer día del periodo (Ciudad de México), p. ej. 2026-03-01</translation>
    </message>
    <message>
        <source>last day of the period, included</source>
        <translation>último día del periodo, incluido</translation>
    </message>
    <message>
        <source>a calendar bimester instead of --from/--to (default: the last complete one)</source>
        <translation>un bimestre calendario en lugar de --from/--to (predeterminado: el último completo)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .csv</source>
        <translation>el archivo que se escribirá: .pdf o .csv</translation>
    </message>
    <message>
        <source>internal: complete figures; external: figures below 5 suppressed</source>
        <translation>interno: cifras completas; externo: se suprimen las cifras menores a 5</translation>
    </message>
    <message>
        <source>Usage error: {message}</source>
        <translation>Error de uso: {message}</translation>
    </message>
    <message>
        <source>give both --from and --to, or --bimester alone</source>
        <translation>indique --from y --to juntos, o solo --bimester</translation>
    </message>
    <message>
        <source>Report written: {path} ({format}, {size} bytes).</source>
        <translation>Informe generado: {path} ({format}, {size} bytes).</translation>
    </message>
    <message>
        <source>Period: {period}; compared with {previous}.</source>
        <translation>Periodo: {period}; comparado con {previous}.</translation>
    </message>
    <message>
        <source>Audience: {audience}.</source>
        <translation>Destinatarios: {audience}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{folio} · review of measure: {measure} · due {date}</source>
        <extracomment>Where each key figure leads.</extracomment>
        <translation>{folio} · revisión de la medida: {measure} · vencía el {date}</translation>
    </message>
    <message>
        <source>{folio} · risk re-assessment (level {level}) · due {date}</source>
        <translation>{folio} · reevaluación de riesgo (nivel {level}) · vencía el {date}</translation>
    </message>
    <message>
        <source>{folio} · {measure} · started {date}, not ratified yet</source>
        <translation>{folio} · {measure} · iniciada el {date}, aún sin ratificar</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>{delta} vs. the same days before</source>
        <translation>{delta} vs. mismos días antes</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Today in Mexico City (replaceable, so tests can stand on a fixed day).</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Self-protection workshops this year</source>
        <translation>Talleres de autoprotección de este año</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Revisiones vencidas</translation>
    </message>
    <message>
        <source>Urgent measures waiting for the CEM's ratification</source>
        <translation>Medidas urgentes en espera de ratificación del CEM</translation>
    </message>
    <message>
        <source>Indicator &amp;report…</source>
        <translation>&amp;Informe de indicadores…</translation>
    </message>
    <message>
        <source>{period}, up to {today}. Changes compare with the same days of the previous bimester.</source>
        <translation>{period}, al {today}. Las variaciones se comparan con los mismos días del bimestre anterior.</translation>
    </message>
    <message>
        <source>{held} of {goal} held in {year}</source>
        <translation>{held} de {goal} realizados en {year}</translation>
    </message>
    <message>
        <source>{n} scheduled</source>
        <translation>{n} programados</translation>
    </message>
    <message>
        <source>No review is overdue.</source>
        <translation>No hay revisiones vencidas.</translation>
    </message>
    <message>
        <source>No urgent measure is waiting for ratification.</source>
        <translation>No hay medidas urgentes en espera de ratificación.</translation>
    </message>
    <message>
        <source>No CEM session scheduled. Open CEM sessions…</source>
        <translation>No hay sesión del CEM programada. Abrir sesiones del CEM…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>en {n} días</translation>
    </message>
    <message>
        <source>Next CEM session: {kind} {number} · {date} ({when})</source>
        <translation>Próxima sesión del CEM: {kind} {number} · {date} ({when})</translation>
    </message>
    <message>
        <source>Not available in this vault: {parts}.</source>
        <translation>No disponible en esta bóveda: {parts}.</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Remove link</source>
        <translation>Quitar vínculo</translation>
    </message>
    <message>
        <source>Link to a case: type a folio (e.g. 2026-0042) or a name</source>
        <translation>Vincular a un expediente: escriba un folio (p. ej. 2026-0042) o un nombre</translation>
    </message>
    <message>
        <source>Search a case to link</source>
        <translation>Buscar un expediente para vincular</translation>
    </message>
    <message>
        <source>Not linked to a case.</source>
        <translation>Sin vínculo con un expediente.</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>Ningún expediente coincide.</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <extracomment>The linked case as last chosen (the picker looks its folio up later).</extracomment>
        <translation>Editar hallazgo</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nuevo hallazgo</translation>
    </message>
    <message>
        <source>&amp;Date found</source>
        <translation>&amp;Fecha del hallazgo</translation>
    </message>
    <message>
        <source>Date of the aggr&amp;ession</source>
        <translation>Fecha de la agr&amp;esión</translation>
    </message>
    <message>
        <source>&amp;Type of source</source>
        <translation>&amp;Tipo de fuente</translation>
    </message>
    <message>
        <source>&amp;Outlet or account</source>
        <translation>&amp;Medio o cuenta</translation>
    </message>
    <message>
        <source>Address (&amp;URL)</source>
        <translation>Dirección (&amp;URL)</translation>
    </message>
    <message>
        <source>Type of a&amp;ggression</source>
        <translation>Tipo de a&amp;gresión</translation>
    </message>
    <message>
        <source>&amp;Alcaldía</source>
        <translation>&amp;Alcaldía</translation>
    </message>
    <message>
        <source>&amp;Profile of the person attacked</source>
        <translation>&amp;Perfil de la persona agredida</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>What happened, to whom (profile, not necessarily the name), where and by whom.</source>
        <translation>Qué ocurrió, a quién (su perfil, no necesariamente su nombre), dónde y quién lo hizo.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Aggression</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Every aggression</source>
        <translation>Todas las agresiones</translation>
    </message>
    <message>
        <source>Every alcaldía</source>
        <translation>Todas las alcaldías</translation>
    </message>
    <message>
        <source>Mapping of aggressions: open-source findings</source>
        <translation>Mapeo de agresiones: hallazgos en fuentes abiertas</translation>
    </message>
    <message>
        <source>What the monitoring of open sources found about aggressions against journalists and human-rights defenders. A finding may be linked to a case; it counts for indicator III.III of the annual plan.</source>
        <translation>Lo que el monitoreo de fuentes abiertas encontró sobre agresiones a periodistas y personas defensoras de derechos humanos. Un hallazgo puede vincularse a un expediente; cuenta para el indicador III.III del plan anual.</translation>
    </message>
    <message>
        <source>Search in summary, outlet or URL</source>
        <translation>Buscar en resumen, medio o URL</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Buscar hallazgos</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Linked to a case</source>
        <translation>Vinculados a un expediente</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nuevo hallazgo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir expediente</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>{total} findings; the newest {shown} are shown.</source>
        <translation>{total} hallazgos; se muestran los {shown} más recientes.</translation>
    </message>
    <message>
        <source>{total} findings.</source>
        <translation>{total} hallazgos.</translation>
    </message>
    <message>
        <source>Finding saved.</source>
        <translation>Hallazgo guardado.</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Eliminar hallazgo</translation>
    </message>
    <message>
        <source>Delete the finding of {date}? This cannot be undone.</source>
        <translation>¿Eliminar el hallazgo del {date}? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Finding deleted.</source>
        <translation>Hallazgo eliminado.</translation>
    </message>
    <message>
        <source>Date found</source>
        <translation>Fecha del hallazgo</translation>
    </message>
    <message>
        <source>Type of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Outlet or account</source>
        <translation>Medio o cuenta</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Dirección (URL)</translation>
    </message>
    <message>
        <source>Type of aggression</source>
        <translation>Tipo de agresión</translation>
    </message>
    <message>
        <source>Date of the aggression</source>
        <translation>Fecha de la agresión</translation>
    </message>
    <message>
        <source>Profile of the person attacked</source>
        <translation>Perfil de la persona agredida</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Expediente vinculado</translation>
    </message>
    <message>
        <source>The aggression cannot be later than the date it was found.</source>
        <translation>La agresión no puede ser posterior a la fecha del hallazgo.</translation>
    </message>
    <message>
        <source>Write the full address, starting with https:// or http://.</source>
        <translation>Escriba la dirección completa, comenzando con https:// o http://.</translation>
    </message>
    <message>
        <source>The linked case does not exist.</source>
        <translation>El expediente vinculado no existe.</translation>
    </message>
    <message>
        <source>The finding was not saved:</source>
        <translation>El hallazgo no se guardó:</translation>
    </message>
</context>
<context>
    <name>IndicatorDrafts</name>
    <message>
        <source>Could not keep a draft of these changes; save them soon.</source>
        <extracomment>Version of the payload layout, for drafts written by an older app. The notice to show (recovered, or autosave failed); empty hides it.</extracomment>
        <translation>No se pudo guardar un borrador de estos cambios; guárdelos pronto.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from {when}. Save them or cancel.</source>
        <translation>Se recuperaron cambios sin guardar del {when}. Guárdelos o cancele.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshop not saved&lt;/b&gt; — what was typed is safe in the vault:</source>
        <translation>&lt;b&gt;Taller sin guardar&lt;/b&gt; — lo escrito está a salvo en la bóveda:</translation>
    </message>
    <message>
        <source>Recover the workshop</source>
        <translation>Recuperar el taller</translation>
    </message>
    <message>
        <source>Workshop without a title yet</source>
        <translation>Taller todavía sin título</translation>
    </message>
    <message>
        <source>&lt;b&gt;Finding not saved&lt;/b&gt; — what was typed is safe in the vault:</source>
        <translation>&lt;b&gt;Hallazgo sin guardar&lt;/b&gt; — lo escrito está a salvo en la bóveda:</translation>
    </message>
    <message>
        <source>Recover the finding</source>
        <translation>Recuperar el hallazgo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Discard these unsaved changes?</source>
        <translation>¿Descartar estos cambios sin guardar?</translation>
    </message>
    <message>
        <source>What was typed is erased from the vault and cannot be recovered.</source>
        <translation>Lo escrito se borra de la bóveda y no se puede recuperar.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Hidden during interview mode: only the current case is shown.</source>
        <extracomment>Section keys this area navigates to (ui/cases and ui/cem register them).</extracomment>
        <translation>Oculto durante el modo entrevista: solo se muestra el expediente en curso.</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>{period} — in progress</source>
        <translation>{period} — en curso</translation>
    </message>
    <message>
        <source>Other dates…</source>
        <translation>Otras fechas…</translation>
    </message>
    <message>
        <source>Indicator report</source>
        <translation>Informe de indicadores</translation>
    </message>
    <message>
        <source>The annual plan's indicators for the Junta de Gobierno, compared with the previous period of the same length. The external version hides figures below {n} and whatever would let someone work them out.</source>
        <translation>Los indicadores del plan anual para la Junta de Gobierno, comparados con el periodo anterior de la misma duración. La versión externa oculta las cifras menores a {n} y todo lo que permitiría deducirlas.</translation>
    </message>
    <message>
        <source>&amp;Show figures</source>
        <translation>&amp;Ver cifras</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>Breakdown to show</source>
        <translation>Desglose a mostrar</translation>
    </message>
    <message>
        <source>Indicators of the period</source>
        <translation>Indicadores del periodo</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{period}, compared with {previous}. {audience}.</source>
        <translation>{period}, comparado con {previous}. {audience}.</translation>
    </message>
    <message>
        <source>Not available in this vault: {parts}.</source>
        <translation>No disponible en esta bóveda: {parts}.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>{column} (previous)</source>
        <translation>{column} (anterior)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <source>Attentions and referrals</source>
        <translation>Atenciones y canalizaciones</translation>
    </message>
    <message>
        <source>Cases attended</source>
        <translation>Casos atendidos</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>Solicitudes nuevas</translation>
    </message>
    <message>
        <source>Incorporations to the mechanism</source>
        <translation>Incorporaciones al mecanismo</translation>
    </message>
    <message>
        <source>Case files open in the period</source>
        <translation>Expedientes abiertos en el periodo</translation>
    </message>
    <message>
        <source>Measures in force at the end of the period</source>
        <translation>Medidas vigentes al cierre del periodo</translation>
    </message>
    <message>
        <source>Ciudad refugio cases assisted</source>
        <translation>Casos de Ciudad refugio atendidos</translation>
    </message>
    <message>
        <source>Digital-violence reviews</source>
        <translation>Revisiones de violencia digital</translation>
    </message>
    <message>
        <source>Self-protection workshops held</source>
        <translation>Talleres de autoprotección realizados</translation>
    </message>
    <message>
        <source>People trained (attendances)</source>
        <translation>Personas capacitadas (asistencias)</translation>
    </message>
    <message>
        <source>Open-source findings recorded</source>
        <translation>Hallazgos en fuentes abiertas registrados</translation>
    </message>
    <message>
        <source>Aggressions recorded in case files</source>
        <translation>Agresiones registradas en expedientes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Canalizaciones</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Medidas de protección</translation>
    </message>
    <message>
        <source>Learning evaluation</source>
        <translation>Evaluación de aprendizajes</translation>
    </message>
    <message>
        <source>People who answered</source>
        <translation>Personas que respondieron</translation>
    </message>
    <message>
        <source>Average score before (0–10)</source>
        <translation>Promedio antes (0–10)</translation>
    </message>
    <message>
        <source>Average score after (0–10)</source>
        <translation>Promedio después (0–10)</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Personalised advice, referrals to other institutions and preventive actions dated in the period.</source>
        <translation>Asesorías personalizadas, canalizaciones a otras instituciones y acciones preventivas con fecha dentro del periodo.</translation>
    </message>
    <message>
        <source>Case files with an attention in the period or opened in it, each counted once.</source>
        <translation>Expedientes con alguna atención en el periodo o abiertos en él, contados una sola vez.</translation>
    </message>
    <message>
        <source>Case files opened in the period.</source>
        <translation>Expedientes abiertos durante el periodo.</translation>
    </message>
    <message>
        <source>Case files incorporated in the period, by ordinary or extraordinary procedure.</source>
        <translation>Expedientes incorporados en el periodo, por procedimiento ordinario o extraordinario.</translation>
    </message>
    <message>
        <source>Case files open at some moment of the period.</source>
        <translation>Expedientes abiertos en algún momento del periodo.</translation>
    </message>
    <message>
        <source>Measures being implemented, in force, under evaluation or modified on the last day.</source>
        <translation>Medidas en implementación, vigentes, en evaluación o modificadas el último día.</translation>
    </message>
    <message>
        <source>Cases of the federal mechanism assisted by the city: open in the period or with an attention in it.</source>
        <translation>Casos del mecanismo federal apoyados por la Ciudad: abiertos en el periodo o con alguna atención en él.</translation>
    </message>
    <message>
        <source>Protocol reviews started or completed in the period.</source>
        <translation>Revisiones del protocolo iniciadas o concluidas en el periodo.</translation>
    </message>
    <message>
        <source>Individual and collective workshops held in the period.</source>
        <translation>Talleres individuales y colectivos realizados en el periodo.</translation>
    </message>
    <message>
        <source>Attendances to the workshops held: registered people plus anonymous attendees.</source>
        <translation>Asistencias a los talleres realizados: personas registradas más asistentes anónimos.</translation>
    </message>
    <message>
        <source>Findings of the open-source monitoring dated in the period.</source>
        <translation>Hallazgos del monitoreo de fuentes abiertas con fecha dentro del periodo.</translation>
    </message>
    <message>
        <source>Aggressions that happened in the period, as recorded in case files.</source>
        <translation>Agresiones ocurridas en el periodo, según constan en los expedientes.</translation>
    </message>
    <message>
        <source>Attentions by type</source>
        <translation>Atenciones por tipo</translation>
    </message>
    <message>
        <source>Referrals by institution</source>
        <translation>Canalizaciones por institución</translation>
    </message>
    <message>
        <source>Cases attended by profile and gender of the main beneficiary</source>
        <translation>Casos atendidos por perfil y género de la persona beneficiaria principal</translation>
    </message>
    <message>
        <source>Cases attended by alcaldía</source>
        <translation>Casos atendidos por alcaldía</translation>
    </message>
    <message>
        <source>Incorporations by procedure</source>
        <translation>Incorporaciones por procedimiento</translation>
    </message>
    <message>
        <source>Open case files by risk level at the end of the period</source>
        <translation>Expedientes abiertos por nivel de riesgo al cierre del periodo</translation>
    </message>
    <message>
        <source>Measures by state at the end of the period and category</source>
        <translation>Medidas por estado al cierre del periodo y categoría</translation>
    </message>
    <message>
        <source>Types of digital violence found (one review may show several)</source>
        <translation>Tipos de violencia digital identificados (una revisión puede mostrar varios)</translation>
    </message>
    <message>
        <source>Workshops by modality</source>
        <translation>Talleres por modalidad</translation>
    </message>
    <message>
        <source>Workshops by topic (one workshop may cover several)</source>
        <translation>Talleres por tema (un taller puede abordar varios)</translation>
    </message>
    <message>
        <source>People trained by gender</source>
        <translation>Personas capacitadas por género</translation>
    </message>
    <message>
        <source>Findings by type of aggression</source>
        <translation>Hallazgos por tipo de agresión</translation>
    </message>
    <message>
        <source>Findings by alcaldía</source>
        <translation>Hallazgos por alcaldía</translation>
    </message>
    <message>
        <source>Findings by source</source>
        <translation>Hallazgos por fuente</translation>
    </message>
    <message>
        <source>Aggressions by type (one aggression may be of several types)</source>
        <translation>Agresiones por tipo (una agresión puede ser de varios tipos)</translation>
    </message>
    <message>
        <source>Aggressions by alleged aggressor</source>
        <translation>Agresiones por presunta persona agresora</translation>
    </message>
    <message>
        <source>Aggressions by alcaldía</source>
        <translation>Agresiones por alcaldía</translation>
    </message>
    <message>
        <source>Type of attention</source>
        <translation>Tipo de atención</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
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
        <source>Type of digital violence</source>
        <translation>Tipo de violencia digital</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Type of aggression</source>
        <translation>Tipo de agresión</translation>
    </message>
    <message>
        <source>Alleged aggressor</source>
        <translation>Presunta persona agresora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Non-binary people</source>
        <translation>Personas no binarias</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Otra o sin registro</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Colectivo</translation>
    </message>
    <message>
        <source>No signed assessment</source>
        <translation>Sin evaluación firmada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>External (small figures suppressed)</source>
        <translation>Externo (cifras pequeñas suprimidas)</translation>
    </message>
    <message>
        <source>Internal (complete figures)</source>
        <translation>Interno (cifras completas)</translation>
    </message>
    <message>
        <source>risk levels</source>
        <translation>niveles de riesgo</translation>
    </message>
    <message>
        <source>protection measures</source>
        <translation>medidas de protección</translation>
    </message>
    <message>
        <source>digital-violence reviews</source>
        <translation>revisiones de violencia digital</translation>
    </message>
    <message>
        <source>CEM sessions</source>
        <translation>sesiones del CEM</translation>
    </message>
    <message>
        <source>* Confidential: fewer than {n} cases or people, or hidden so that such a figure cannot be worked out from the totals. Totals are exact.</source>
        <translation>* Confidencial: menos de {n} casos o personas, u oculta para que una cifra así no pueda deducirse de los totales. Los totales son exactos.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Bimester {n} of {year} ({first}–{last})</source>
        <translation>Bimestre {n} de {year} ({first}–{last})</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Año {year}</translation>
    </message>
    <message>
        <source>The report can be written as .pdf or .csv, not “{suffix}”.</source>
        <translation>El informe puede guardarse como .pdf o .csv, no como «{suffix}».</translation>
    </message>
    <message>
        <source>The first day of the period is after the last one.</source>
        <translation>El primer día del periodo es posterior al último.</translation>
    </message>
    <message>
        <source>I.I Attention and referral of cases</source>
        <extracomment>Categories per drawing: a drawing cannot break across pages, so long lists (institutions, alcaldías, types) are drawn as several charts.</extracomment>
        <translation>I.I Atención y canalización de casos</translation>
    </message>
    <message>
        <source>I.II Follow-up of incorporated cases</source>
        <translation>I.II Seguimiento a casos incorporados</translation>
    </message>
    <message>
        <source>I.III Ciudad refugio: support to cases of the federal mechanism</source>
        <translation>I.III Ciudad refugio: apoyo a casos del mecanismo federal</translation>
    </message>
    <message>
        <source>I.IV Digital violence</source>
        <translation>I.IV Violencia digital</translation>
    </message>
    <message>
        <source>I.V Self-protection workshops</source>
        <translation>I.V Talleres de autoprotección</translation>
    </message>
    <message>
        <source>III.III Mapping of aggressions</source>
        <translation>III.III Mapeo de agresiones</translation>
    </message>
    <message>
        <source>Context: aggressions recorded in case files</source>
        <translation>Contexto: agresiones registradas en expedientes</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>Previous: {period}</source>
        <translation>Anterior: {period}</translation>
    </message>
    <message>
        <source>The plan's indicators</source>
        <translation>Los indicadores del plan</translation>
    </message>
    <message>
        <source>Nothing recorded in either period.</source>
        <translation>Sin registros en ninguno de los dos periodos.</translation>
    </message>
    <message>
        <source>Periods are calendar days in Mexico City, first and last day included. The comparison period has the same length and ends the day before; whole months compare with the same number of months.</source>
        <translation>Los periodos son días naturales de la Ciudad de México, incluidos el primero y el último. El periodo de comparación tiene la misma duración y termina el día anterior; los meses completos se comparan con el mismo número de meses.</translation>
    </message>
    <message>
        <source>People who exercised their ARCO right of opposition, and the case files they are part of, are not counted.</source>
        <translation>No se contabilizan las personas que ejercieron su derecho ARCO de oposición ni los expedientes en que participan.</translation>
    </message>
    <message>
        <source>People trained counts attendances: a person at two workshops counts twice; anonymous attendees are counted by the facilitator.</source>
        <translation>Las personas capacitadas se cuentan por asistencia: quien asiste a dos talleres cuenta dos veces; las asistencias anónimas las registra quien facilita.</translation>
    </message>
    <message>
        <source>Figures from 1 to {n} are hidden, and so are as many other figures as needed for none of them to be worked out from the totals or from other tables (complementary suppression).</source>
        <translation>Se ocultan las cifras de 1 a {n}, y también las demás cifras necesarias para que ninguna pueda deducirse de los totales ni de otras tablas (supresión complementaria).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>MPI CDMX · Report to the Junta de Gobierno</source>
        <translation>MPI CDMX · Informe a la Junta de Gobierno</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>{label}: {now} (previous period: {before}). {help}</source>
        <translation>{label}: {now} (periodo anterior: {before}). {help}</translation>
    </message>
    <message>
        <source>Public version: small figures suppressed</source>
        <translation>Versión pública: cifras pequeñas suprimidas</translation>
    </message>
    <message>
        <source>For internal use: complete figures</source>
        <translation>Uso interno: cifras completas</translation>
    </message>
    <message>
        <source>Indicator report · {period}</source>
        <translation>Informe de indicadores · {period}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
</context>
<context>
    <name>Months</name>
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
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Overview</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>Edit workshop</source>
        <translation>Editar taller</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>e.g. Digital security for reporters</source>
        <translation>p. ej. Seguridad digital para reporteras y reporteros</translation>
    </message>
    <message>
        <source>To&amp;pics</source>
        <translation>Te&amp;mas</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Alcaldía</source>
        <translation>&amp;Alcaldía</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitador(a)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Add a registered person: type a name or a folio</source>
        <translation>Agregar a una persona registrada: escriba un nombre o un folio</translation>
    </message>
    <message>
        <source>Search a registered person</source>
        <translation>Buscar a una persona registrada</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Anonymous attendees: {group}</source>
        <translation>Asistentes anónimos: {group}</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Anonymous attendees (not registered in the vault), by gender:</source>
        <translation>Asistentes anónimos (no registrados en la bóveda), por género:</translation>
    </message>
    <message>
        <source>Learning evaluation</source>
        <translation>Evaluación de aprendizajes</translation>
    </message>
    <message>
        <source>What did people learn? What should change next time?</source>
        <translation>¿Qué aprendieron las personas? ¿Qué debería cambiar la próxima vez?</translation>
    </message>
    <message>
        <source>People who answered</source>
        <translation>Personas que respondieron</translation>
    </message>
    <message>
        <source>Average before (0–10)</source>
        <translation>Promedio antes (0–10)</translation>
    </message>
    <message>
        <source>Average after (0–10)</source>
        <translation>Promedio después (0–10)</translation>
    </message>
    <message>
        <source>In one sentence</source>
        <translation>En una frase</translation>
    </message>
    <message>
        <source>What was learnt, in one sentence</source>
        <translation>Lo aprendido, en una frase</translation>
    </message>
    <message>
        <source>Total attendance: {n}</source>
        <translation>Asistencia total: {n}</translation>
    </message>
    <message>
        <source>Gain: {gain}</source>
        <translation>Mejora: {gain}</translation>
    </message>
    <message>
        <source>Before {pre} → after {post}</source>
        <translation>Antes {pre} → después {post}</translation>
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
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Evaluation (before → after)</source>
        <translation>Evaluación (antes → después)</translation>
    </message>
    <message>
        <source>Self-protection workshops</source>
        <translation>Talleres de autoprotección</translation>
    </message>
    <message>
        <source>Individual and collective workshops, their attendance and a short learning evaluation. The annual plan's goal is at least {goal} workshops a year.</source>
        <translation>Talleres individuales y colectivos, su asistencia y una breve evaluación de aprendizajes. La meta del plan anual es de al menos {goal} talleres al año.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Nuevo taller</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Workshops of the year</source>
        <translation>Talleres del año</translation>
    </message>
    <message>
        <source>No workshops recorded in {year}.</source>
        <translation>No hay talleres registrados en {year}.</translation>
    </message>
    <message>
        <source>{year}: {held} workshops held — the goal of {goal} is reached.</source>
        <translation>{year}: {held} talleres realizados — se alcanzó la meta de {goal}.</translation>
    </message>
    <message>
        <source>{year}: {held} of {goal} workshops held; {remaining} to go.</source>
        <translation>{year}: {held} de {goal} talleres realizados; faltan {remaining}.</translation>
    </message>
    <message>
        <source>{n} scheduled.</source>
        <translation>{n} programados.</translation>
    </message>
    <message>
        <source>Workshop saved.</source>
        <translation>Taller guardado.</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <source>Delete the workshop of {date} and its attendance list? This cannot be undone.</source>
        <translation>¿Eliminar el taller del {date} y su lista de asistencia? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Workshop deleted.</source>
        <translation>Taller eliminado.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Registered attendees</source>
        <translation>Asistentes registrados</translation>
    </message>
    <message>
        <source>Anonymous attendees</source>
        <translation>Asistentes anónimos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A workshop marked as held cannot be in the future; mark it as scheduled.</source>
        <translation>Un taller marcado como realizado no puede tener fecha futura; márquelo como programado.</translation>
    </message>
    <message>
        <source>A held workshop needs at least one attendee (registered or anonymous).</source>
        <translation>Un taller realizado necesita al menos una asistencia (registrada o anónima).</translation>
    </message>
    <message>
        <source>The learning evaluation is recorded once the workshop was held.</source>
        <translation>La evaluación de aprendizajes se registra una vez realizado el taller.</translation>
    </message>
    <message>
        <source>More people evaluated than attended ({participants}).</source>
        <translation>Hay más personas evaluadas que asistentes ({participants}).</translation>
    </message>
    <message>
        <source>Say how many people answered the evaluation.</source>
        <translation>Indique cuántas personas respondieron la evaluación.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>A registered attendee does not exist.</source>
        <translation>Una de las personas asistentes registradas no existe.</translation>
    </message>
    <message>
        <source>Not a date: write it as dd/mm/yyyy.</source>
        <translation>No es una fecha: escríbala como dd/mm/aaaa.</translation>
    </message>
    <message>
        <source>The attendee is neither in the file nor in the vault.</source>
        <translation>La persona asistente no está en el archivo ni en la bóveda.</translation>
    </message>
    <message>
        <source>The workshop was not saved:</source>
        <translation>El taller no se guardó:</translation>
    </message>
</context>
</TS>