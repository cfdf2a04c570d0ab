<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Explain</name>
    <message>
        <source>No threat is registered, so the index is 0.</source>
        <translation>No hay amenazas registradas, por lo que el índice es 0.</translation>
    </message>
    <message>
        <source>Threats {t}: set by threat {number} ({ratings}).</source>
        <translation>Amenazas {t}: lo determina la amenaza {number} ({ratings}).</translation>
    </message>
    <message>
        <source>Grave and imminent threat: {numbers}.</source>
        <translation>Amenaza grave e inminente: {numbers}.</translation>
    </message>
    <message>
        <source>Vulnerabilities {v}, mostly: {items}.</source>
        <translation>Vulnerabilidades {v}, sobre todo: {items}.</translation>
    </message>
    <message>
        <source>Vulnerabilities {v}: none scored 2 or 3.</source>
        <translation>Vulnerabilidades {v}: ninguna calificada con 2 o 3.</translation>
    </message>
    <message>
        <source>Capacities {c}; missing or weak: {items}.</source>
        <translation>Capacidades {c}; ausentes o débiles: {items}.</translation>
    </message>
    <message>
        <source>Capacities {c}: none scored 0 or 1.</source>
        <translation>Capacidades {c}: ninguna calificada con 0 o 1.</translation>
    </message>
    <message>
        <source>Index = {t} × {v} ÷ ({c} + {offset}) = {index} → {band}.</source>
        <translation>Índice = {t} × {v} ÷ ({c} + {offset}) = {index} → {band}.</translation>
    </message>
    <message>
        <source>The index reaches the extreme band, but no threat is grave and imminent: the level stays {level}.</source>
        <translation>El índice alcanza la franja de riesgo extremo, pero ninguna amenaza es grave e inminente: el nivel se mantiene en {level}.</translation>
    </message>
    <message>
        <source>A grave and imminent threat raises the level to at least {level}.</source>
        <translation>Una amenaza grave e inminente eleva el nivel al menos a {level}.</translation>
    </message>
    <message>
        <source>Items marked “not evaluated”, left out: {count}.</source>
        <translation>Elementos marcados «no evaluado» que se excluyen: {count}.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
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
        <source>What</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Reviews overdue ({count})</source>
        <translation>Revisiones vencidas ({count})</translation>
    </message>
    <message>
        <source>Measures pending ratification by the CEM ({count})</source>
        <translation>Medidas pendientes de ratificación por el CEM ({count})</translation>
    </message>
    <message>
        <source>Cases whose risk rose ({count})</source>
        <translation>Casos cuyo riesgo aumentó ({count})</translation>
    </message>
    <message>
        <source>Review of “{measure}”</source>
        <translation>Revisión de «{measure}»</translation>
    </message>
    <message>
        <source>Risk re-assessment (level {level})</source>
        <translation>Reevaluación del riesgo (nivel {level})</translation>
    </message>
    <message>
        <source>{before} → {now}</source>
        <translation>{before} → {now}</translation>
    </message>
</context>
<context>
    <name>MeasureAction</name>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>Approve (CEM)</source>
        <translation>Aprobar (CEM)</translation>
    </message>
    <message>
        <source>Start implementing now (urgent, before approval)</source>
        <translation>Iniciar la implementación ya (urgente, antes de la aprobación)</translation>
    </message>
    <message>
        <source>Put in force now (urgent, before approval)</source>
        <translation>Poner en vigor ya (urgente, antes de la aprobación)</translation>
    </message>
    <message>
        <source>Start implementation</source>
        <translation>Iniciar la implementación</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>Poner en vigor</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>Iniciar la evaluación</translation>
    </message>
    <message>
        <source>Keep in force after evaluation</source>
        <translation>Mantener vigente tras la evaluación</translation>
    </message>
    <message>
        <source>Modify (CEM)</source>
        <translation>Modificar (CEM)</translation>
    </message>
    <message>
        <source>Suspend (CEM)</source>
        <translation>Suspender (CEM)</translation>
    </message>
    <message>
        <source>Resume (CEM)</source>
        <translation>Reanudar (CEM)</translation>
    </message>
    <message>
        <source>Withdraw (CEM)</source>
        <translation>Retirar (CEM)</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Ratify (CEM)</source>
        <translation>Ratificar (CEM)</translation>
    </message>
    <message>
        <source>The CEM approved the measure. Cite the session and the acuerdo.</source>
        <translation>El CEM aprobó la medida. Indique la sesión y el acuerdo.</translation>
    </message>
    <message>
        <source>Extraordinary procedure: the measure starts before the CEM approves it and stays pending ratification by the CEM.</source>
        <translation>Procedimiento extraordinario: la medida inicia antes de que el CEM la apruebe y queda pendiente de ratificación por el CEM.</translation>
    </message>
    <message>
        <source>Extraordinary procedure: the measure is in force before the CEM approves it and stays pending ratification by the CEM.</source>
        <translation>Procedimiento extraordinario: la medida entra en vigor antes de que el CEM la apruebe y queda pendiente de ratificación por el CEM.</translation>
    </message>
    <message>
        <source>The responsible institution started implementing the measure.</source>
        <translation>La institución responsable comenzó a implementar la medida.</translation>
    </message>
    <message>
        <source>The measure is implemented and protecting the person.</source>
        <translation>La medida está implementada y protege a la persona.</translation>
    </message>
    <message>
        <source>Evaluate jointly with the beneficiary whether the measure works.</source>
        <translation>Evaluar junto con la persona beneficiaria si la medida funciona.</translation>
    </message>
    <message>
        <source>The evaluation found the measure adequate; it stays in force.</source>
        <translation>La evaluación determinó que la medida es adecuada; se mantiene vigente.</translation>
    </message>
    <message>
        <source>The CEM changed the measure. Describe the measure as modified; it must then be implemented again.</source>
        <translation>El CEM modificó la medida. Describa la medida modificada; después deberá implementarse de nuevo.</translation>
    </message>
    <message>
        <source>The CEM suspended the measure for now.</source>
        <translation>El CEM suspendió la medida por ahora.</translation>
    </message>
    <message>
        <source>The CEM reinstated the suspended measure.</source>
        <translation>El CEM restableció la medida suspendida.</translation>
    </message>
    <message>
        <source>The CEM withdrew the measure (or did not ratify an urgent one).</source>
        <translation>El CEM retiró la medida (o no ratificó una medida urgente).</translation>
    </message>
    <message>
        <source>The measure ended: its purpose was met or it is no longer needed.</source>
        <translation>La medida terminó: cumplió su objetivo o ya no es necesaria.</translation>
    </message>
    <message>
        <source>The CEM ratified the urgent measure taken before its approval.</source>
        <translation>El CEM ratificó la medida urgente adoptada antes de su aprobación.</translation>
    </message>
</context>
<context>
    <name>MeasureState</name>
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
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Pending ratification by the CEM</source>
        <translation>Pendiente de ratificación por el CEM</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add a measure to the plan</source>
        <translation>Agregar una medida al plan</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— sin asignar —</translation>
    </message>
    <message>
        <source>What exactly, where, how often, for whom</source>
        <translation>Qué exactamente, dónde, con qué frecuencia, para quién</translation>
    </message>
    <message>
        <source>Start now, before the CEM approves it (extraordinary procedure)</source>
        <translation>Iniciar ya, antes de que el CEM la apruebe (procedimiento extraordinario)</translation>
    </message>
    <message>
        <source>Why it cannot wait for the CEM (required)</source>
        <translation>Por qué no puede esperar al CEM (obligatorio)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Date proposed</source>
        <translation>Fecha de propuesta</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Reason for starting now</source>
        <translation>Motivo para iniciarla ya</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Agregar al plan</translation>
    </message>
    <message>
        <source>Only urgent measures start before approval.</source>
        <translation>Solo las medidas urgentes pueden iniciar antes de la aprobación.</translation>
    </message>
    <message>
        <source>Only cases under the extraordinary procedure can start urgent measures before approval.</source>
        <translation>Solo en los casos con procedimiento extraordinario pueden iniciarse medidas urgentes antes de la aprobación.</translation>
    </message>
    <message>
        <source>Change the state of a measure</source>
        <translation>Cambiar el estado de una medida</translation>
    </message>
    <message>
        <source>{measure} — now: {state}</source>
        <translation>{measure} — estado actual: {state}</translation>
    </message>
    <message>
        <source>CEM decision (required)</source>
        <translation>Decisión del CEM (obligatoria)</translation>
    </message>
    <message>
        <source>e.g. 3a Sesión Ordinaria 2026</source>
        <translation>p. ej., 3a Sesión Ordinaria 2026</translation>
    </message>
    <message>
        <source>e.g. CEM/2026/03/07</source>
        <translation>p. ej., CEM/2026/03/07</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Acuerdo</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>The measure as modified</source>
        <translation>La medida modificada</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>Registrar el cambio</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Reason or notes</source>
        <translation>Motivo u observaciones</translation>
    </message>
    <message>
        <source>Follow-up of a measure</source>
        <translation>Seguimiento de una medida</translation>
    </message>
    <message>
        <source>Does it work? Problems, the beneficiary's view, the institution's response</source>
        <translation>¿Funciona? Problemas, opinión de la persona beneficiaria, respuesta de la institución</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Yes, accepted</source>
        <translation>Sí, la aceptó</translation>
    </message>
    <message>
        <source>No, declined</source>
        <translation>No, la rechazó</translation>
    </message>
    <message>
        <source>Evaluation notes</source>
        <translation>Notas de evaluación</translation>
    </message>
    <message>
        <source>Accepted by the beneficiary</source>
        <translation>Aceptación de la persona beneficiaria</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Protection plan</source>
        <translation>Plan de protección</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>CEM session</source>
        <translation>Sesión del CEM</translation>
    </message>
    <message>
        <source>Acuerdo</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Registró</translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation>Agregar medida…</translation>
    </message>
    <message>
        <source>Change state…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Seguimiento…</translation>
    </message>
    <message>
        <source>Delete proposal…</source>
        <translation>Eliminar propuesta…</translation>
    </message>
    <message>
        <source>In force: {count}</source>
        <translation>Vigentes: {count}</translation>
    </message>
    <message>
        <source>Pending ratification by the CEM: {count}</source>
        <translation>Pendientes de ratificación por el CEM: {count}</translation>
    </message>
    <message>
        <source>Reviews overdue: {count}</source>
        <translation>Revisiones vencidas: {count}</translation>
    </message>
    <message>
        <source>No measures yet.</source>
        <translation>Aún no hay medidas.</translation>
    </message>
    <message>
        <source>(version {version})</source>
        <translation>(versión {version})</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(vencida)</translation>
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
        <source>Started before approval in the extraordinary procedure; the CEM must ratify it.</source>
        <translation>Se inició antes de su aprobación, en procedimiento extraordinario; el CEM debe ratificarla.</translation>
    </message>
    <message>
        <source>Select a measure to see its history.</source>
        <translation>Seleccione una medida para ver su historial.</translation>
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
        <source>Implemented</source>
        <translation>Implementada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Evaluation: {notes}</source>
        <translation>Evaluación: {notes}</translation>
    </message>
    <message>
        <source>Measure added to the plan.</source>
        <translation>Se agregó la medida al plan.</translation>
    </message>
    <message>
        <source>Change recorded.</source>
        <translation>Se registró el cambio.</translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Se guardó el seguimiento.</translation>
    </message>
    <message>
        <source>Delete the proposed measure “{measure}”?</source>
        <translation>¿Eliminar la medida propuesta «{measure}»?</translation>
    </message>
    <message>
        <source>Only proposals can be deleted; measures the CEM has seen are withdrawn instead.</source>
        <translation>Solo pueden eliminarse las propuestas; las medidas que ya conoció el CEM se retiran.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed · in force</source>
        <translation>Firmada · vigente</translation>
    </message>
    <message>
        <source>Signed · superseded</source>
        <translation>Firmada · sustituida</translation>
    </message>
    <message>
        <source>Threat {number}</source>
        <translation>Amenaza {number}</translation>
    </message>
</context>
<context>
    <name>RiskCommon</name>
    <message>
        <source>MPI Desktop</source>
        <extracomment>Level rank → background colour (ordinario, extraordinario, extremo); 0 = none yet. Chosen value of a 0–3 scale: unmistakable at a glance during an interview.</extracomment>
        <translation>MPI Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>Tiene fecha</translation>
    </message>
    <message>
        <source>N/E</source>
        <translation>N/E</translation>
    </message>
    <message>
        <source>Not evaluated: could not be assessed</source>
        <translation>No evaluado: no fue posible valorarlo</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>Date of the assessment</source>
        <extracomment>An explicit save (autosaves do not emit it).</extracomment>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Persona evaluadora</translation>
    </message>
    <message>
        <source>Reason for the assessment</source>
        <translation>Motivo de la evaluación</translation>
    </message>
    <message>
        <source>Re-assess by</source>
        <translation>Reevaluar a más tardar el</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Vulnerabilities and capacities</source>
        <translation>Vulnerabilidades y capacidades</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>The assessor's overall conclusion: the risk, its causes and what the protection plan should address.</source>
        <translation>Conclusión general de la persona evaluadora: el riesgo, sus causas y lo que debe atender el plan de protección.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Descartar borrador…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Signed assessment of {date} (instrument v{version}) — read-only</source>
        <translation>Evaluación firmada del {date} (instrumento v{version}) — solo lectura</translation>
    </message>
    <message>
        <source>Draft assessment (instrument v{version})</source>
        <translation>Evaluación en borrador (instrumento v{version})</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Guardado automáticamente</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Sign this assessment with level {level}?</source>
        <translation>¿Firmar esta evaluación con nivel {level}?</translation>
    </message>
    <message>
        <source>A signed assessment cannot be changed. It becomes the case's level in force and the previous one stays in the history.</source>
        <translation>Una evaluación firmada no puede modificarse. Su nivel pasa a ser el vigente del caso y la evaluación anterior queda en el historial.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Discard this draft assessment?</source>
        <translation>¿Descartar esta evaluación en borrador?</translation>
    </message>
    <message>
        <source>Its answers and threats will be deleted.</source>
        <translation>Se eliminarán sus respuestas y amenazas.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>RiskError</name>
    <message>
        <source>The assessment cannot be signed yet. Missing ({count}):</source>
        <translation>La evaluación todavía no puede firmarse. Datos faltantes ({count}):</translation>
    </message>
    <message>
        <source>The assessment cannot be saved:</source>
        <translation>No se puede guardar la evaluación:</translation>
    </message>
    <message>
        <source>This assessment is signed and cannot change. Start a new assessment instead; the signed one stays in the history.</source>
        <translation>Esta evaluación está firmada y no puede modificarse. Inicie una nueva evaluación; la firmada se conserva en el historial.</translation>
    </message>
    <message>
        <source>This assessment uses version {version} of the risk instrument, which this installation does not have. Update the app.</source>
        <translation>Esta evaluación usa la versión {version} del instrumento de riesgo, que esta instalación no tiene. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>A measure in state «{state}» cannot go through «{action}». Allowed now: {allowed}.</source>
        <translation>Una medida en estado «{state}» no admite «{action}». Permitido ahora: {allowed}.</translation>
    </message>
    <message>
        <source>none (the measure is closed)</source>
        <translation>nada (la medida está cerrada)</translation>
    </message>
    <message>
        <source>Only urgent protection measures can start before the CEM approves them.</source>
        <translation>Solo las medidas de protección urgente pueden iniciar antes de que el CEM las apruebe.</translation>
    </message>
    <message>
        <source>A measure can start before the CEM approves it only in cases under the extraordinary procedure.</source>
        <translation>Una medida puede iniciar antes de que el CEM la apruebe solo en casos con procedimiento extraordinario.</translation>
    </message>
    <message>
        <source>«{action}» needs:</source>
        <translation>«{action}» requiere:</translation>
    </message>
    <message>
        <source>The measure cannot be saved:</source>
        <translation>No se puede guardar la medida:</translation>
    </message>
    <message>
        <source>Only a proposed measure can be deleted. Withdraw it instead; its history stays in the plan.</source>
        <translation>Solo puede eliminarse una medida propuesta. En su lugar, retírela; su historial se conserva en el plan.</translation>
    </message>
    <message>
        <source>After approval the measure itself changes only through a CEM modification.</source>
        <translation>Una vez aprobada, la medida solo cambia mediante una modificación acordada por el CEM.</translation>
    </message>
</context>
<context>
    <name>RiskFields</name>
    <message>
        <source>Assessor</source>
        <translation>Persona evaluadora</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Re-assess by</source>
        <translation>Reevaluar a más tardar el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Level set by the assessor</source>
        <translation>Nivel fijado por la persona evaluadora</translation>
    </message>
    <message>
        <source>Reason for the level set by the assessor</source>
        <translation>Motivo del nivel fijado por la persona evaluadora</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Declared or possible</source>
        <translation>Declarada o posible</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Last occurrence</source>
        <translation>Última ocurrencia</translation>
    </message>
    <message>
        <source>Source (actor)</source>
        <translation>Fuente (actor)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Pattern over time</source>
        <translation>Patrón en el tiempo</translation>
    </message>
    <message>
        <source>Reasoned conclusion on feasibility</source>
        <translation>Conclusión razonada sobre su viabilidad</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>CEM session</source>
        <translation>Sesión del CEM</translation>
    </message>
    <message>
        <source>CEM acuerdo</source>
        <translation>Acuerdo del CEM</translation>
    </message>
    <message>
        <source>Measure as modified</source>
        <translation>Medida modificada</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Date proposed</source>
        <translation>Fecha de propuesta</translation>
    </message>
    <message>
        <source>Evaluation notes</source>
        <translation>Notas de evaluación</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date approved</source>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <source>Implementation started</source>
        <translation>Inicio de la implementación</translation>
    </message>
    <message>
        <source>Date ended</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <source>Accepted by the beneficiary</source>
        <translation>Aceptada por la persona beneficiaria</translation>
    </message>
    <message>
        <source>Pending ratification by the CEM</source>
        <translation>Pendiente de ratificación por el CEM</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>RiskImport</name>
    <message>
        <source>Risk instrument version {version} is not installed here; update MPI Desktop before importing this assessment.</source>
        <translation>La versión {version} del instrumento de riesgo no está instalada aquí; actualice MPI Desktop antes de importar esta evaluación.</translation>
    </message>
    <message>
        <source>The signed figures are not what instrument version {version} computes from these answers and threats: the file was altered.</source>
        <translation>Las cifras firmadas no son las que calcula la versión {version} del instrumento con estas respuestas y amenazas: el archivo fue alterado.</translation>
    </message>
    <message>
        <source>A different version of this signed assessment is already in the vault; signed assessments are never replaced.</source>
        <translation>La bóveda ya contiene otra versión de esta evaluación firmada; las evaluaciones firmadas nunca se reemplazan.</translation>
    </message>
    <message>
        <source>The level set by the assessor equals the computed one.</source>
        <translation>El nivel fijado por la persona evaluadora es igual al calculado.</translation>
    </message>
    <message>
        <source>The file has another draft assessment for this case ({first}).</source>
        <translation>El archivo tiene otra evaluación en borrador para este caso ({first}).</translation>
    </message>
    <message>
        <source>The case already has a draft assessment in the vault; sign or discard it first.</source>
        <translation>El caso ya tiene una evaluación en borrador en la bóveda; fírmela o descártela primero.</translation>
    </message>
    <message>
        <source>The computed figures are unreadable.</source>
        <translation>No se pueden leer las cifras calculadas.</translation>
    </message>
    <message>
        <source>The measure's history in the file differs from the one in the vault; a history can only grow.</source>
        <translation>El historial de la medida en el archivo difiere del que está en la bóveda; un historial solo puede crecer.</translation>
    </message>
    <message>
        <source>This change («{action}») does not follow the measure life cycle.</source>
        <translation>Este cambio («{action}») no sigue el ciclo de vida de la medida.</translation>
    </message>
    <message>
        <source>This change («{action}») lacks the CEM session or acuerdo.</source>
        <translation>A este cambio («{action}») le falta la sesión o el acuerdo del CEM.</translation>
    </message>
    <message>
        <source>This does not match the measure's history of changes.</source>
        <translation>Esto no coincide con el historial de cambios de la medida.</translation>
    </message>
    <message>
        <source>A measure's history starts with its proposal.</source>
        <translation>El historial de una medida comienza con su propuesta.</translation>
    </message>
    <message>
        <source>The changes are not numbered 1, 2, 3…</source>
        <translation>Los cambios no están numerados 1, 2, 3…</translation>
    </message>
    <message>
        <source>The same UUID appears twice in the file ({first}).</source>
        <translation>El mismo UUID aparece dos veces en el archivo ({first}).</translation>
    </message>
    <message>
        <source>This change belongs to another measure in the vault.</source>
        <translation>Este cambio pertenece a otra medida de la bóveda.</translation>
    </message>
    <message>
        <source>A signed assessment must be complete: {problem}</source>
        <translation>Una evaluación firmada debe estar completa: {problem}</translation>
    </message>
</context>
<context>
    <name>RiskIssue</name>
    <message>
        <source>Missing.</source>
        <translation>Falta.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Demasiado largo: máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Unknown value “{code}”.</source>
        <translation>Valor desconocido «{code}».</translation>
    </message>
    <message>
        <source>“{code}” is not part of this instrument version.</source>
        <translation>«{code}» no forma parte de esta versión del instrumento.</translation>
    </message>
    <message>
        <source>Use the 0–3 scale.</source>
        <translation>Use la escala de 0 a 3.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La fecha es posterior a hoy.</translation>
    </message>
    <message>
        <source>The date is not plausible.</source>
        <translation>La fecha no es verosímil.</translation>
    </message>
    <message>
        <source>Earlier than the first date.</source>
        <translation>Es anterior a la primera fecha.</translation>
    </message>
    <message>
        <source>Earlier than the date of the assessment.</source>
        <translation>Es anterior a la fecha de la evaluación.</translation>
    </message>
    <message>
        <source>Changing the computed level needs a written reason.</source>
        <translation>Para cambiar el nivel calculado se requiere un motivo por escrito.</translation>
    </message>
    <message>
        <source>At least one item of this kind must be evaluated.</source>
        <translation>Debe evaluarse al menos un elemento de este tipo.</translation>
    </message>
    <message>
        <source>Listed twice.</source>
        <translation>Aparece dos veces.</translation>
    </message>
    <message>
        <source>This cannot be changed.</source>
        <translation>Esto no puede modificarse.</translation>
    </message>
    <message>
        <source>Earlier than the previous change ({date}).</source>
        <translation>Es anterior al cambio previo ({date}).</translation>
    </message>
    <message>
        <source>Earlier than the date of the change.</source>
        <translation>Es anterior a la fecha del cambio.</translation>
    </message>
    <message>
        <source>Earlier than the proposal.</source>
        <translation>Es anterior a la propuesta.</translation>
    </message>
    <message>
        <source>This measure is no longer offered.</source>
        <translation>Esta medida ya no se ofrece.</translation>
    </message>
    <message>
        <source>The category does not match the measure catalog.</source>
        <translation>La categoría no coincide con el catálogo de medidas.</translation>
    </message>
</context>
<context>
    <name>RiskItems</name>
    <message>
        <source>Capacities (3 = a strong capacity)</source>
        <translation>Capacidades (3 = capacidad sólida)</translation>
    </message>
    <message>
        <source>Vulnerabilities (3 = highly exposed)</source>
        <translation>Vulnerabilidades (3 = muy expuesta)</translation>
    </message>
    <message>
        <source>Flagged by the digital-violence protocol: {types}</source>
        <translation>Señalado por el protocolo de violencia digital: {types}</translation>
    </message>
    <message>
        <source>{group} — to answer: {count}</source>
        <translation>{group} — por responder: {count}</translation>
    </message>
    <message>
        <source>{group} ✓</source>
        <translation>{group} ✓</translation>
    </message>
</context>
<context>
    <name>RiskResult</name>
    <message>
        <source>Level set by the assessor</source>
        <extracomment>Data role of a missing-item row: the issue's field (for navigation). The user picked a missing item: its field path ("answers.legal_v_impunity").</extracomment>
        <translation>Nivel fijado por la persona evaluadora</translation>
    </message>
    <message>
        <source>Change the computed level</source>
        <translation>Cambiar el nivel calculado</translation>
    </message>
    <message>
        <source>Why the computed level does not reflect the risk (required)</source>
        <translation>Por qué el nivel calculado no refleja el riesgo (obligatorio)</translation>
    </message>
    <message>
        <source>{level}
set by the assessor (computed: {computed})</source>
        <translation>{level}
fijado por la persona evaluadora (calculado: {computed})</translation>
    </message>
    <message>
        <source>Threats {t} · Vulnerabilities {v} · Capacities {c} · Index {index}</source>
        <translation>Amenazas {t} · Vulnerabilidades {v} · Capacidades {c} · Índice {index}</translation>
    </message>
    <message>
        <source>Missing before it can be signed ({count}):</source>
        <translation>Datos faltantes para poder firmar ({count}):</translation>
    </message>
    <message>
        <source>Complete: it can be signed.</source>
        <translation>Completa: puede firmarse.</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Persona evaluadora</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>No signed risk assessment yet.</source>
        <translation>Aún no hay una evaluación de riesgo firmada.</translation>
    </message>
    <message>
        <source>Level in force since {date}</source>
        <translation>Nivel vigente desde el {date}</translation>
    </message>
    <message>
        <source>Set by the assessor</source>
        <translation>Fijado por la persona evaluadora</translation>
    </message>
    <message>
        <source>Re-assess by {date}</source>
        <translation>Reevaluar a más tardar el {date}</translation>
    </message>
    <message>
        <source>* set by the assessor</source>
        <translation>* fijado por la persona evaluadora</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Continuar el borrador</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Risk assessment signed.</source>
        <translation>Se firmó la evaluación de riesgo.</translation>
    </message>
</context>
<context>
    <name>RiskThreats</name>
    <message>
        <source>— not determined —</source>
        <translation>— sin determinar —</translation>
    </message>
    <message>
        <source>Add threat</source>
        <translation>Agregar amenaza</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Declared or possible</source>
        <translation>Declarada o posible</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Last occurrence</source>
        <translation>Última ocurrencia</translation>
    </message>
    <message>
        <source>Source (actor)</source>
        <translation>Fuente (actor)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Pattern over time</source>
        <translation>Patrón en el tiempo</translation>
    </message>
    <message>
        <source>Reasoned conclusion on feasibility</source>
        <translation>Conclusión razonada sobre su viabilidad</translation>
    </message>
    <message>
        <source>What happened, when, how it reached the person</source>
        <translation>Qué ocurrió, cuándo y cómo llegó a la persona</translation>
    </message>
    <message>
        <source>Can the actor carry it out? Why: track record, knowledge of home or routines, acts already carried out…</source>
        <translation>¿Puede el actor llevarla a cabo? Por qué: antecedentes, conocimiento del domicilio o de las rutinas, hechos ya consumados…</translation>
    </message>
    <message>
        <source>No threat registered yet. Add each threat the person received or that the context makes possible.</source>
        <translation>Aún no hay amenazas registradas. Agregue cada amenaza que recibió la persona o que el contexto hace posible.</translation>
    </message>
    <message>
        <source>Threat {number}</source>
        <translation>Amenaza {number}</translation>
    </message>
</context>
<context>
    <name>RiskTrend</name>
    <message>
        <source>No signed assessment yet</source>
        <translation>Aún no hay evaluaciones firmadas</translation>
    </message>
    <message>
        <source>{date}: {level} (index {index})</source>
        <translation>{date}: {level} (índice {index})</translation>
    </message>
    <message>
        <source>Level set by the assessor</source>
        <translation>Nivel fijado por la persona evaluadora</translation>
    </message>
</context>
</TS>