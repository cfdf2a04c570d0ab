<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Protocol</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>None identified</source>
        <translation>No se identificó</translation>
    </message>
    <message>
        <source>Notes (saved automatically)</source>
        <extracomment>(item code, status, answer); answer is None for tasks.</extracomment>
        <translation>Notas (se guardan automáticamente)</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Paso &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next step →</source>
        <translation>Paso &amp;siguiente →</translation>
    </message>
    <message>
        <source>This step: {answered} of {total}</source>
        <translation>Este paso: {answered} de {total}</translation>
    </message>
    <message>
        <source>Evidence description</source>
        <translation>Descripción de la evidencia</translation>
    </message>
    <message>
        <source>@account or number</source>
        <translation>@cuenta o número</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Se conoce</translation>
    </message>
    <message>
        <source>What it shows, how it was obtained, where the original is kept</source>
        <translation>Qué muestra, cómo se obtuvo, dónde se resguarda el original</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account or handle</source>
        <translation>Cuenta o usuario</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Posted or sent (local time)</source>
        <translation>Publicado o enviado (hora local)</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recolectada por</translation>
    </message>
    <message>
        <source>Collected (local time)</source>
        <translation>Recolectada (hora local)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Say who collected the evidence.</source>
        <translation>Indique quién recolectó la evidencia.</translation>
    </message>
    <message>
        <source>Evidence package</source>
        <translation>Paquete de evidencia</translation>
    </message>
    <message>
        <source>For prosecutors or digital-security helplines: the original files, bit for bit, with a manifest of their SHA-256, sources and chain of custody.</source>
        <translation>Para fiscalías o líneas de ayuda en seguridad digital: los archivos originales, idénticos bit a bit, con un manifiesto de su SHA-256, sus fuentes y su cadena de custodia.</translation>
    </message>
    <message>
        <source>Encrypted package, opened with a passphrase you share by another channel (recommended)</source>
        <translation>Paquete cifrado, que se abre con una frase de acceso que usted comparte por otro canal (recomendado)</translation>
    </message>
    <message>
        <source>Unencrypted folder</source>
        <translation>Carpeta sin cifrar</translation>
    </message>
    <message>
        <source>Anyone who gets the folder or the device it is on can see the evidence. Use it only to hand over on the spot, and delete it afterwards. The export is recorded in the audit log.</source>
        <translation>Cualquier persona que obtenga la carpeta o el dispositivo donde esté podrá ver la evidencia. Úsela solo para entregarla en el momento y bórrela después. La exportación queda registrada en la bitácora.</translation>
    </message>
    <message>
        <source>Only the selected item ({selected} of {total})</source>
        <translation>Solo el elemento seleccionado ({selected} de {total})</translation>
    </message>
    <message>
        <source>Include the evidence notes</source>
        <translation>Incluir las notas de la evidencia</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de acceso no coinciden.</translation>
    </message>
    <message>
        <source>This image cannot be displayed.</source>
        <translation>No es posible mostrar esta imagen.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Exportar evidencia</translation>
    </message>
    <message>
        <source>“{name}” ({size}) will be written as an ordinary, unencrypted file.</source>
        <translation>«{name}» ({size}) se guardará como un archivo común, sin cifrar.</translation>
    </message>
    <message>
        <source>Anyone with access to where you save it can open it. Prefer an encrypted evidence package to hand it over. The export is recorded in the chain of custody.</source>
        <translation>Cualquier persona con acceso al lugar donde lo guarde podrá abrirlo. Para entregarlo, es preferible un paquete de evidencia cifrado. La exportación queda registrada en la cadena de custodia.</translation>
    </message>
    <message>
        <source>Remove image metadata (EXIF, GPS location, device, comments)</source>
        <translation>Quitar los metadatos de la imagen (EXIF, ubicación GPS, dispositivo, comentarios)</translation>
    </message>
    <message>
        <source>Choose where…</source>
        <translation>Elegir dónde…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recolectada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No evidence yet. Attach screenshots, exported chats or recordings: they are stored encrypted inside the vault with their SHA-256.</source>
        <translation>Aún no hay evidencia. Adjunte capturas de pantalla, conversaciones exportadas o grabaciones: se guardan cifradas dentro de la bóveda con su SHA-256.</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Adjuntar archivo…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>Editar &amp;descripción…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Evidence &amp;package…</source>
        <translation>&amp;Paquete de evidencia…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Cargando vista previa…</translation>
    </message>
    <message>
        <source>No preview for this type of file. Use Open or Export.</source>
        <translation>No hay vista previa para este tipo de archivo. Use Abrir o Exportar.</translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Collected by {who} on {when}</source>
        <translation>Recolectada por {who} el {when}</translation>
    </message>
    <message>
        <source>Posted or sent: {when}</source>
        <translation>Publicado o enviado: {when}</translation>
    </message>
    <message>
        <source>Damaged evidence: not shown.</source>
        <translation>Evidencia dañada: no se muestra.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <source>Storing {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>Evidence stored: {name} (SHA-256 {sha}…).</source>
        <translation>Evidencia guardada: {name} (SHA-256 {sha}…).</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Abrir evidencia</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened inside MPI Desktop (only images and text can). Export it to open it with another program.</source>
        <translation>«{name}» no se puede abrir dentro de MPI Desktop (solo imágenes y texto). Expórtelo para abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>Remove “{name}” from the case?</source>
        <translation>¿Quitar «{name}» del expediente?</translation>
    </message>
    <message>
        <source>Only for a file attached by mistake: its content and chain of custody are erased for good. The audit log keeps that it existed.</source>
        <translation>Solo para un archivo adjuntado por error: su contenido y su cadena de custodia se borran de forma definitiva. La bitácora conserva el registro de que existió.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Evidence removed.</source>
        <translation>Evidencia quitada.</translation>
    </message>
    <message>
        <source>Exported without metadata to {path}.</source>
        <translation>Exportada sin metadatos a {path}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportada a {path}.</translation>
    </message>
    <message>
        <source>evidence-package</source>
        <translation>paquete-evidencia</translation>
    </message>
    <message>
        <source>Save evidence package</source>
        <translation>Guardar paquete de evidencia</translation>
    </message>
    <message>
        <source>New folder for the evidence</source>
        <translation>Carpeta nueva para la evidencia</translation>
    </message>
    <message>
        <source>Writing the evidence package…</source>
        <translation>Generando el paquete de evidencia…</translation>
    </message>
    <message>
        <source>Evidence package written: {count} items, {size}, to {path}.</source>
        <translation>Paquete de evidencia generado: {count} elementos, {size}, en {path}.</translation>
    </message>
    <message>
        <source>Types of digital violence present</source>
        <extracomment>Keyword changes for ``set_findings`` (types=…, platforms=…, …).</extracomment>
        <translation>Tipos de violencia digital presentes</translation>
    </message>
    <message>
        <source>Platforms and services involved</source>
        <translation>Plataformas y servicios involucrados</translation>
    </message>
    <message>
        <source>Aggravating factors</source>
        <translation>Factores agravantes</translation>
    </message>
    <message>
        <source>Unknown or not recorded</source>
        <translation>Desconocida o sin registrar</translation>
    </message>
    <message>
        <source>Accounts or profiles used by the aggressor, if known</source>
        <translation>Cuentas o perfiles que usa la persona agresora, si se conocen</translation>
    </message>
    <message>
        <source>Aggressor, if known</source>
        <translation>Persona agresora, si se conoce</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <source>Accounts or profiles</source>
        <translation>Cuentas o perfiles</translation>
    </message>
    <message>
        <source>⚠ Physical risk reported: escalate now</source>
        <extracomment>(urgent measure codes, start a risk assessment, reason)</extracomment>
        <translation>⚠ Se reportó riesgo físico: escale ahora</translation>
    </message>
    <message>
        <source>Start a new risk assessment</source>
        <translation>Iniciar una nueva evaluación de riesgo</translation>
    </message>
    <message>
        <source>Physical risk identified in the triage of the digital-violence protocol</source>
        <translation>Riesgo físico identificado en el triage del protocolo de violencia digital</translation>
    </message>
    <message>
        <source>&amp;Escalate now</source>
        <translation>&amp;Escalar ahora</translation>
    </message>
    <message>
        <source>Do not escalate…</source>
        <translation>No escalar…</translation>
    </message>
    <message>
        <source>Why no escalation is needed (kept with the review)</source>
        <translation>Por qué no es necesario escalar (se guarda con la revisión)</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Urgent protection measures to propose:</source>
        <translation>Medidas de protección urgente a proponer:</translation>
    </message>
    <message>
        <source>Extraordinary procedure: the measures start at once, pending ratification by the CEM.</source>
        <translation>Procedimiento extraordinario: las medidas inician de inmediato, pendientes de ratificación por el CEM.</translation>
    </message>
    <message>
        <source>The measures are proposed to the CEM; if life or integrity is in imminent danger, change the case to the extraordinary procedure first so they start at once.</source>
        <translation>Las medidas se proponen al CEM; si la vida o la integridad están en peligro inminente, cambie primero el caso a procedimiento extraordinario para que inicien de inmediato.</translation>
    </message>
    <message>
        <source>The person reported physical risk. Propose an urgent protection measure and start a new risk assessment before continuing with the protocol.</source>
        <translation>La persona reportó riesgo físico. Proponga una medida de protección urgente e inicie una nueva evaluación de riesgo antes de continuar con el protocolo.</translation>
    </message>
    <message>
        <source>Follow-up agreed for</source>
        <extracomment>Keyword changes for ``set_details`` (follow_up_on=…, notes=…).</extracomment>
        <translation>Seguimiento acordado para el</translation>
    </message>
    <message>
        <source>Summary of the session, agreements, pending tasks (saved automatically)</source>
        <translation>Resumen de la sesión, acuerdos y pendientes (se guarda automáticamente)</translation>
    </message>
    <message>
        <source>Record of the review</source>
        <translation>Registro de la revisión</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay registros.</translation>
    </message>
    <message>
        <source>&amp;Add ticked measures to the protection plan</source>
        <translation>&amp;Agregar las medidas marcadas al plan de protección</translation>
    </message>
    <message>
        <source>Mark the types of digital violence present (step 2) to see the measures the protocol suggests for them.</source>
        <translation>Marque los tipos de violencia digital presentes (paso 2) para ver las medidas que el protocolo sugiere para ellos.</translation>
    </message>
    <message>
        <source>Measures the protocol suggests for the types present. Tick the ones agreed with the person; they are proposed to the protection plan together.</source>
        <translation>Medidas que el protocolo sugiere para los tipos presentes. Marque las acordadas con la persona; se proponen juntas al plan de protección.</translation>
    </message>
    <message>
        <source>{measure} — suggested for: {types}</source>
        <translation>{measure} — sugerida por: {types}</translation>
    </message>
    <message>
        <source>(already in the plan)</source>
        <translation>(ya está en el plan)</translation>
    </message>
    <message>
        <source>&amp;New review</source>
        <extracomment>Steps the tab docks panels or shortcuts into, when the protocol version has them. Open measures of the plan, or None when the plan feature is not available.</extracomment>
        <translation>&amp;Nueva revisión</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Suggested measures</source>
        <translation>Medidas sugeridas</translation>
    </message>
    <message>
        <source>Follow-up and record</source>
        <translation>Seguimiento y registro</translation>
    </message>
    <message>
        <source>Digital-violence protocol</source>
        <translation>Protocolo de violencia digital</translation>
    </message>
    <message>
        <source>A guided checklist to go through with the person: safety triage, types of digital violence, evidence preservation, account and device security, doxxing and intimate images, referral and follow-up. Progress is saved as you go; you can pause and resume at any time.</source>
        <translation>Una lista de verificación guiada para recorrer con la persona: triage de seguridad, tipos de violencia digital, preservación de evidencia, seguridad de cuentas y dispositivos, exposición de datos e imágenes íntimas, canalización y seguimiento. El avance se guarda sobre la marcha; puede pausar y retomar en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Start the protocol</source>
        <translation>&amp;Iniciar el protocolo</translation>
    </message>
    <message>
        <source>Digital violence</source>
        <translation>Violencia digital</translation>
    </message>
    <message>
        <source>{date} · protocol v{version} · {status} · {percent} %</source>
        <translation>{date} · protocolo v{version} · {status} · {percent} %</translation>
    </message>
    <message>
        <source>Go to the evidence of the case →</source>
        <translation>Ir a la evidencia del expediente →</translation>
    </message>
    <message>
        <source>See the suggested measures →</source>
        <translation>Ver las medidas sugeridas →</translation>
    </message>
    <message>
        <source>Set the follow-up date and notes →</source>
        <translation>Fijar la fecha de seguimiento y las notas →</translation>
    </message>
    <message>
        <source>{percent} % ({answered} of {total})</source>
        <translation>{percent} % ({answered} de {total})</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Marcar como concluida</translation>
    </message>
    <message>
        <source>New review started.</source>
        <translation>Se inició una nueva revisión.</translation>
    </message>
    <message>
        <source>Physical risk reported: escalate now (panel at the top).</source>
        <translation>Se reportó riesgo físico: escale ahora (panel en la parte superior).</translation>
    </message>
    <message>
        <source>Escalated: {measures} urgent measures started (pending CEM ratification){assessment}.</source>
        <translation>Escalado: {measures} medidas urgentes iniciadas (pendientes de ratificación por el CEM){assessment}.</translation>
    </message>
    <message>
        <source>Escalated: {measures} urgent measures proposed to the CEM{assessment}.</source>
        <translation>Escalado: {measures} medidas urgentes propuestas al CEM{assessment}.</translation>
    </message>
    <message>
        <source>; new risk assessment started</source>
        <translation>; se inició una nueva evaluación de riesgo</translation>
    </message>
    <message>
        <source>Suggested by the digital-violence protocol</source>
        <translation>Sugerida por el protocolo de violencia digital</translation>
    </message>
    <message>
        <source>{count} measures added to the protection plan as proposals.</source>
        <translation>{count} medidas agregadas al plan de protección como propuestas.</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Physical risk reported: escalation prompted</source>
        <translation>Se reportó riesgo físico: se solicitó escalar</translation>
    </message>
    <message>
        <source>Urgent measure proposed</source>
        <translation>Medida urgente propuesta</translation>
    </message>
    <message>
        <source>New risk assessment started</source>
        <translation>Nueva evaluación de riesgo iniciada</translation>
    </message>
    <message>
        <source>Escalation declined</source>
        <translation>Se decidió no escalar</translation>
    </message>
    <message>
        <source>Suggested measures added to the plan</source>
        <translation>Medidas sugeridas agregadas al plan</translation>
    </message>
    <message>
        <source>Intake (hash computed)</source>
        <translation>Ingreso (hash calculado)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Exported as a file</source>
        <translation>Exportada como archivo</translation>
    </message>
    <message>
        <source>Included in an encrypted package</source>
        <translation>Incluida en un paquete cifrado</translation>
    </message>
    <message>
        <source>Included in an unencrypted folder</source>
        <translation>Incluida en una carpeta sin cifrar</translation>
    </message>
    <message>
        <source>Description corrected</source>
        <translation>Descripción corregida</translation>
    </message>
    <message>
        <source>Damage detected (hash mismatch)</source>
        <translation>Daño detectado (el hash no coincide)</translation>
    </message>
    <message>
        <source>Received through a data import</source>
        <translation>Recibida mediante una importación de datos</translation>
    </message>
    <message>
        <source>Types of digital violence</source>
        <translation>Tipos de violencia digital</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Aggressor</source>
        <translation>Persona agresora</translation>
    </message>
    <message>
        <source>Aggressor&apos;s accounts or profiles</source>
        <translation>Cuentas o perfiles de la persona agresora</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Versión del protocolo</translation>
    </message>
    <message>
        <source>The review belongs to protocol version {found}, not {expected}.</source>
        <translation>La revisión corresponde a la versión {found} del protocolo, no a la {expected}.</translation>
    </message>
    <message>
        <source>This item is not a yes/no question.</source>
        <translation>Este elemento no es una pregunta de sí o no.</translation>
    </message>
</context>
<context>
    <name>ProtocolCLI</name>
    <message>
        <source>write a case&apos;s digital-violence evidence as an encrypted package (stdin lines: vault passphrase, package passphrase)</source>
        <translation>escribe la evidencia de violencia digital de un expediente como paquete cifrado (líneas en stdin: frase de la bóveda, frase del paquete)</translation>
    </message>
    <message>
        <source>package file to write (with --plaintext: a new folder)</source>
        <translation>archivo del paquete a escribir (con --plaintext: una carpeta nueva)</translation>
    </message>
    <message>
        <source>only this evidence item (repeatable; default: all of the case)</source>
        <translation>solo este elemento de evidencia (se puede repetir; por omisión: toda la del expediente)</translation>
    </message>
    <message>
        <source>include the caseworkers&apos; notes on each item</source>
        <translation>incluir las notas del personal sobre cada elemento</translation>
    </message>
    <message>
        <source>write an unencrypted folder instead (warned about and audited)</source>
        <translation>escribir en su lugar una carpeta sin cifrar (con advertencia y registro en la bitácora)</translation>
    </message>
    <message>
        <source>recompute the SHA-256 of stored evidence and report damage</source>
        <translation>recalcula el SHA-256 de la evidencia guardada e informa de daños</translation>
    </message>
    <message>
        <source>only this case (default: every case)</source>
        <translation>solo este expediente (por omisión: todos)</translation>
    </message>
    <message>
        <source>Warning: writing the evidence UNENCRYPTED. Anyone who gets the folder or the device can see it: hand it over and delete it. This is recorded in the audit log.</source>
        <translation>Advertencia: se escribe la evidencia SIN CIFRAR. Cualquier persona que obtenga la carpeta o el dispositivo podrá verla: entréguela y bórrela. Esto queda registrado en la bitácora.</translation>
    </message>
    <message>
        <source>Passphrase for the package:</source>
        <translation>Frase de acceso del paquete:</translation>
    </message>
    <message>
        <source>Evidence package {id} written: {path} ({count} items, {size}, {kind}).</source>
        <translation>Paquete de evidencia {id} generado: {path} ({count} elementos, {size}, {kind}).</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrado</translation>
    </message>
    <message>
        <source>UNENCRYPTED</source>
        <translation>SIN CIFRAR</translation>
    </message>
    <message>
        <source>DAMAGED: {id} ({name}, case {case})</source>
        <translation>DAÑADA: {id} ({name}, expediente {case})</translation>
    </message>
    <message>
        <source>{bad} of {total} evidence items do not match their SHA-256. Restore the vault from a backup.</source>
        <translation>{bad} de {total} elementos de evidencia no coinciden con su SHA-256. Restaure la bóveda desde un respaldo.</translation>
    </message>
    <message>
        <source>{total} evidence items checked: every SHA-256 matches.</source>
        <translation>{total} elementos de evidencia verificados: todos los SHA-256 coinciden.</translation>
    </message>
</context>
<context>
    <name>ProtocolErrors</name>
    <message>
        <source>{name} is {size}; evidence files can be at most {limit}. Nothing was stored. Keep larger recordings on an encrypted medium and describe where in the notes.</source>
        <translation>{name} mide {size}; los archivos de evidencia pueden medir como máximo {limit}. No se guardó nada. Conserve las grabaciones más grandes en un medio cifrado e indique en las notas dónde se encuentran.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file changed while it was being read</source>
        <translation>el archivo cambió mientras se leía</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}. Nothing was stored.</source>
        <translation>No se puede leer {name}: {reason}. No se guardó nada.</translation>
    </message>
    <message>
        <source>This file is already evidence in this case: “{name}”, attached {at} by {actor} (identical SHA-256). It was not stored twice.</source>
        <translation>Este archivo ya es evidencia en este expediente: «{name}», adjuntado el {at} por {actor} (SHA-256 idéntico). No se guardó dos veces.</translation>
    </message>
    <message>
        <source>The evidence “{name}” is damaged: its content no longer matches the SHA-256 taken at intake ({detail}). It was not shown or exported; the detection was recorded in its chain of custody. Restore the vault from a backup to recover the original.</source>
        <translation>La evidencia «{name}» está dañada: su contenido ya no coincide con el SHA-256 calculado al ingresarla ({detail}). No se mostró ni se exportó; la detección quedó registrada en su cadena de custodia. Restaure la bóveda desde un respaldo para recuperar el original.</translation>
    </message>
    <message>
        <source>The image “{name}” could not be decoded, so its metadata cannot be removed. Nothing was exported; export it without removing metadata if you need it.</source>
        <translation>No fue posible decodificar la imagen «{name}», por lo que no se pueden quitar sus metadatos. No se exportó nada; si la necesita, expórtela sin quitar los metadatos.</translation>
    </message>
    <message>
        <source>There is no evidence to package in this case.</source>
        <translation>No hay evidencia para empaquetar en este expediente.</translation>
    </message>
    <message>
        <source>Choose an urgent measure, a new risk assessment, or both.</source>
        <translation>Elija una medida urgente, una nueva evaluación de riesgo o ambas.</translation>
    </message>
    <message>
        <source>“{code}” is not an urgent protection measure.</source>
        <translation>«{code}» no es una medida de protección urgente.</translation>
    </message>
    <message>
        <source>This review was made with version {version} of the digital-violence protocol, which this installation does not have. Update MPI Desktop; the review was not changed.</source>
        <translation>Esta revisión se hizo con la versión {version} del protocolo de violencia digital, que esta instalación no tiene. Actualice MPI Desktop; la revisión no se modificó.</translation>
    </message>
    <message>
        <source>The digital-violence protocol file {path} is not valid (entry {entry}: {problem}). Reinstall MPI Desktop or fix the file.</source>
        <translation>El archivo del protocolo de violencia digital {path} no es válido (entrada {entry}: {problem}). Reinstale MPI Desktop o corrija el archivo.</translation>
    </message>
    <message>
        <source>Digital-violence protocol version {version} is not installed here; update MPI Desktop before importing this review.</source>
        <translation>La versión {version} del protocolo de violencia digital no está instalada aquí; actualice MPI Desktop antes de importar esta revisión.</translation>
    </message>
    <message>
        <source>The review does not match its protocol version.</source>
        <translation>La revisión no corresponde a su versión del protocolo.</translation>
    </message>
    <message>
        <source>This checklist item is not a yes/no question.</source>
        <translation>Este elemento de la lista de verificación no es una pregunta de sí o no.</translation>
    </message>
    <message>
        <source>This review is neither in the file nor in the vault.</source>
        <translation>Esta revisión no está ni en el archivo ni en la bóveda.</translation>
    </message>
    <message>
        <source>The same evidence (identical SHA-256) is already in this case ({first}).</source>
        <translation>La misma evidencia (SHA-256 idéntico) ya está en este expediente ({first}).</translation>
    </message>
    <message>
        <source>The file carries only the description of this evidence (its content did not fit in the export) and this vault does not have it.</source>
        <translation>El archivo trae solo la descripción de esta evidencia (su contenido no cupo en la exportación) y esta bóveda no la tiene.</translation>
    </message>
    <message>
        <source>Evidence with this UUID is already in the vault with different content; evidence content never changes.</source>
        <translation>Ya existe en la bóveda una evidencia con este UUID y contenido distinto; el contenido de la evidencia nunca cambia.</translation>
    </message>
    <message>
        <source>The evidence content is not valid base64.</source>
        <translation>El contenido de la evidencia no es base64 válido.</translation>
    </message>
    <message>
        <source>The evidence content does not match its SHA-256 or size: it was altered or damaged.</source>
        <translation>El contenido de la evidencia no coincide con su SHA-256 o su tamaño: fue alterado o está dañado.</translation>
    </message>
</context>
</TS>
