<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>A catalog file is damaged, so MPI Desktop cannot start.

File: {path}
Entry: {entry}
Problem: {problem}

Reinstall the app or restore the file.</source>
        <translation>Un archivo de catálogo está dañado, por lo que MPI Desktop no puede iniciar.

Archivo: {path}
Entrada: {entry}
Problema: {problem}

Reinstale la aplicación o restaure el archivo.</translation>
    </message>
    <message>
        <source>A new passphrase was set with the recovery key. The recovery key stays valid: keep the paper.</source>
        <translation>Se estableció una nueva frase de acceso con la clave de recuperación. La clave de recuperación sigue siendo válida: conserve el papel.</translation>
    </message>
    <message>
        <source>The unlock cost was updated; it applies from the next unlock.</source>
        <translation>Se actualizó el costo de desbloqueo; se aplica a partir del siguiente desbloqueo.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Vault created</source>
        <translation>Bóveda creada</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Bóveda desbloqueada</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de acceso cambiada</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Respaldo realizado</translation>
    </message>
    <message>
        <source>Vault restored</source>
        <translation>Bóveda restaurada</translation>
    </message>
    <message>
        <source>Vault re-encrypted</source>
        <translation>Bóveda recifrada</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Expediente abierto</translation>
    </message>
    <message>
        <source>Case viewed</source>
        <translation>Expediente consultado</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Case</source>
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
        <translation>Análisis de riesgo</translation>
    </message>
    <message>
        <source>Digital-violence review</source>
        <translation>Revisión de violencia digital</translation>
    </message>
    <message>
        <source>Indicator report</source>
        <translation>Informe de indicadores</translation>
    </message>
    <message>
        <source>Protection measure</source>
        <translation>Medida de protección</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>CEM session</source>
        <translation>Sesión del CEM</translation>
    </message>
    <message>
        <source>CEM packet</source>
        <translation>Paquete del CEM</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>ARCO request</source>
        <translation>Solicitud ARCO</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>started</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descarte</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generación</translation>
    </message>
    <message>
        <source>session created</source>
        <translation>creación de sesión</translation>
    </message>
    <message>
        <source>session edited</source>
        <translation>edición de sesión</translation>
    </message>
    <message>
        <source>session deleted</source>
        <translation>eliminación de sesión</translation>
    </message>
    <message>
        <source>session status changed</source>
        <translation>cambio de estado de la sesión</translation>
    </message>
    <message>
        <source>case added to the agenda</source>
        <translation>expediente agregado al orden del día</translation>
    </message>
    <message>
        <source>case removed from the agenda</source>
        <translation>expediente retirado del orden del día</translation>
    </message>
    <message>
        <source>agenda reordered</source>
        <translation>orden del día reordenado</translation>
    </message>
    <message>
        <source>agreement recorded</source>
        <translation>registro de acuerdo</translation>
    </message>
    <message>
        <source>agreement edited</source>
        <translation>edición de acuerdo</translation>
    </message>
    <message>
        <source>agreement deleted</source>
        <translation>eliminación de acuerdo</translation>
    </message>
    <message>
        <source>packet warning dismissed</source>
        <translation>aviso del paquete descartado</translation>
    </message>
    <message>
        <source>packet warning restored</source>
        <translation>aviso del paquete restablecido</translation>
    </message>
    <message>
        <source>summary saved</source>
        <translation>resumen guardado</translation>
    </message>
    <message>
        <source>linked to a CEM session</source>
        <translation>vinculación con una sesión del CEM</translation>
    </message>
    <message>
        <source>person unlinked</source>
        <translation>persona desvinculada</translation>
    </message>
    <message>
        <source>case unlinked</source>
        <translation>expediente desvinculado</translation>
    </message>
    <message>
        <source>file imported</source>
        <translation>archivo importado</translation>
    </message>
    <message>
        <source>CEM packet written</source>
        <translation>paquete del CEM generado</translation>
    </message>
    <message>
        <source>access</source>
        <translation>acceso</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancelación</translation>
    </message>
    <message>
        <source>opposition</source>
        <translation>oposición</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>punto de la lista</translation>
    </message>
    <message>
        <source>escalated after triage</source>
        <translation>escalada tras el triage</translation>
    </message>
    <message>
        <source>triage alert answered without escalation</source>
        <translation>alerta de triage atendida sin escalar</translation>
    </message>
    <message>
        <source>suggested measures added to the plan</source>
        <translation>medidas sugeridas agregadas al plan</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>incorporada</translation>
    </message>
    <message>
        <source>previewed</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportada</translation>
    </message>
    <message>
        <source>packaged (encrypted)</source>
        <translation>empaquetada (cifrada)</translation>
    </message>
    <message>
        <source>packaged without encryption</source>
        <translation>empaquetada sin cifrar</translation>
    </message>
    <message>
        <source>damage detected</source>
        <translation>daño detectado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>indicator report written</source>
        <translation>informe de indicadores escrito</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>implementation started</source>
        <translation>en implementación</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>urgent implementation before approval</source>
        <translation>implementación urgente antes de aprobación</translation>
    </message>
    <message>
        <source>urgent, in force before approval</source>
        <translation>urgente, vigente antes de aprobación</translation>
    </message>
    <message>
        <source>under evaluation</source>
        <translation>en evaluación</translation>
    </message>
    <message>
        <source>confirmed after evaluation</source>
        <translation>confirmada tras evaluación</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reanudada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>concluida</translation>
    </message>
    <message>
        <source>ratified by the CEM</source>
        <translation>ratificada por el CEM</translation>
    </message>
    <message>
        <source>{subject}: {what}</source>
        <translation>{subject}: {what}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Time (Mexico City)</source>
        <translation>Hora (Ciudad de México)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Bitácora</translation>
    </message>
    <message>
        <source>Every unlock, change, export and backup is recorded here with who and when. The log holds identifiers only, never the content of a case, and each entry is chained to the previous one so that any alteration can be detected.</source>
        <translation>Aquí queda registrado cada desbloqueo, cambio, exportación y respaldo, con quién y cuándo. La bitácora guarda solo identificadores, nunca el contenido de un expediente, y cada entrada está encadenada a la anterior para que cualquier alteración pueda detectarse.</translation>
    </message>
    <message>
        <source>Filter by identifier (case, person…)</source>
        <translation>Filtrar por identificador (expediente, persona…)</translation>
    </message>
    <message>
        <source>Filter by identifier</source>
        <translation>Filtrar por identificador</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>◀ &amp;Newer</source>
        <translation>◀ Más &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Older ▶</source>
        <translation>Más &amp;antiguas ▶</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>Recompute every entry's hash to detect alterations</source>
        <translation>Recalcula el hash de cada entrada para detectar alteraciones</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas de la bitácora</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Sin entradas.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} for {id}</source>
        <translation>Entradas {first}–{last} de {id}</translation>
    </message>
    <message>
        <source>Entries {first}–{last} of {total}</source>
        <translation>Entradas {first}–{last} de {total}</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The chain is intact: {count} entries verified.</source>
        <translation>La cadena está intacta: {count} entradas verificadas.</translation>
    </message>
</context>
<context>
    <name>DataArco</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>ARCO cancellation</source>
        <translation>Cancelación ARCO</translation>
    </message>
    <message>
        <source>Erase {name} and every trace of them</source>
        <translation>Eliminar a {name} y todo rastro suyo</translation>
    </message>
    <message>
        <source>ARCO cancellation erases the person for good: their record, the case files where they are the main beneficiary with everything in them, their participation in other case files, their history, drafts and search terms. It cannot be undone, and an old export cannot bring them back.</source>
        <translation>La cancelación ARCO elimina a la persona de forma definitiva: su registro, los expedientes en los que es la persona beneficiaria principal con todo lo que contienen, su participación en otros expedientes, su historial, borradores y términos de búsqueda. No se puede deshacer, y una exportación anterior no puede devolverla.</translation>
    </message>
    <message>
        <source>Working out what would be erased…</source>
        <translation>Calculando qué se eliminaría…</translation>
    </message>
    <message>
        <source>To confirm, type the person's full name: {name}</source>
        <translation>Para confirmar, escriba el nombre completo de la persona: {name}</translation>
    </message>
    <message>
        <source>Full name, to confirm</source>
        <translation>Nombre completo, para confirmar</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Case files erased with all their data (main beneficiary): {folios}</source>
        <translation>Expedientes que se eliminan con todos sus datos (persona beneficiaria principal): {folios}</translation>
    </message>
    <message>
        <source>Case files that only lose this person: {folios}</source>
        <translation>Expedientes que solo pierden a esta persona: {folios}</translation>
    </message>
    <message>
        <source>Their names in signed records of other case files (risk assessments, measure transitions, CEM summaries and acuerdos) and in the workshop and findings registers will be replaced by [ARCO]; the rest of those records stays as it is.</source>
        <translation>Su nombre y sus datos en registros firmados de otros expedientes (evaluaciones de riesgo, transiciones de medidas, resúmenes para el CEM y acuerdos) y en los registros de talleres y de hallazgos se sustituirán por [ARCO]; el resto de esos registros queda igual.</translation>
    </message>
    <message>
        <source>Other case files name them in their texts: {folios}. Rectify those first (close this window, correct the texts and save): the cancellation then also removes the old text from their history.</source>
        <translation>Otros expedientes la mencionan en sus textos: {folios}. Rectifíquelos primero (cierre esta ventana, corrija los textos y guarde): así la cancelación también borra el texto anterior de su historial.</translation>
    </message>
    <message>
        <source>Erasing and compacting the vault…</source>
        <translation>Eliminando y compactando la bóveda…</translation>
    </message>
    <message>
        <source>The person was not erased</source>
        <translation>No se eliminó a la persona</translation>
    </message>
    <message>
        <source>{name} was erased.</source>
        <translation>Se eliminó a {name}.</translation>
    </message>
    <message>
        <source>Case files erased: {folios}</source>
        <translation>Expedientes eliminados: {folios}</translation>
    </message>
    <message>
        <source>Case files that no longer list them: {folios}</source>
        <translation>Expedientes en los que ya no figura: {folios}</translation>
    </message>
    <message>
        <source>Signed records of other case files where their names were replaced by [ARCO]: {n}.</source>
        <translation>Registros firmados de otros expedientes en los que su nombre y sus datos se sustituyeron por [ARCO]: {n}.</translation>
    </message>
    <message>
        <source>These case files still name them in their texts; rectify them: {folios}.</source>
        <translation>Estos expedientes aún la mencionan en sus textos; rectifíquelos: {folios}.</translation>
    </message>
    <message>
        <source>{n} people of the erased case files are now on no case file; review them.</source>
        <translation>{n} personas de los expedientes eliminados ya no están en ningún expediente; revíselas.</translation>
    </message>
    <message>
        <source>The vault could not be compacted (is the disk full?): erased bytes may remain in unused space of the encrypted file until it is. Free some space and ask for the cancellation again from the command line to compact it.</source>
        <translation>No se pudo compactar la bóveda (¿el disco está lleno?): los bytes eliminados pueden quedar en espacio sin uso del archivo cifrado hasta que se compacte. Libere espacio y solicite de nuevo la cancelación desde la línea de comandos para compactarla.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>ARCO opposition</source>
        <translation>Oposición ARCO</translation>
    </message>
    <message>
        <source>Opposition of {name}</source>
        <translation>Oposición de {name}</translation>
    </message>
    <message>
        <source>With an opposition recorded, this person and every case file they are on are left out of statistics, indicator reports and exports. Their own ARCO access export still works. The case files stay in the vault and can be worked on as usual; they still go, anonymized, into CEM packets, because the council decides on the person's protection.</source>
        <translation>Con una oposición registrada, esta persona y todos los expedientes en los que figura quedan fuera de las estadísticas, los informes de indicadores y las exportaciones. Su propio acceso ARCO sigue funcionando. Los expedientes permanecen en la bóveda y se trabajan como siempre; siguen entrando, anonimizados, en los paquetes del CEM, porque el Consejo decide sobre la protección de la persona.</translation>
    </message>
    <message>
        <source>&amp;Date of the request</source>
        <translation>&amp;Fecha de la solicitud</translation>
    </message>
    <message>
        <source>Opposition recorded on {date}.</source>
        <translation>Oposición registrada el {date}.</translation>
    </message>
    <message>
        <source>&amp;Withdraw the opposition</source>
        <translation>&amp;Retirar la oposición</translation>
    </message>
    <message>
        <source>No opposition recorded.</source>
        <translation>No hay oposición registrada.</translation>
    </message>
    <message>
        <source>&amp;Record the opposition</source>
        <translation>&amp;Registrar la oposición</translation>
    </message>
    <message>
        <source>Type the date of the request (not in the future).</source>
        <translation>Escriba la fecha de la solicitud (no puede ser futura).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>DataBackup</name>
    <message>
        <source>No backup yet</source>
        <extracomment>After this many days the reminder turns amber.</extracomment>
        <translation>Sin respaldo todavía</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Último respaldo: {when}</translation>
    </message>
    <message>
        <source>Back up the vault regularly to another medium (Data → Back up the vault…). Without a backup, a lost or broken computer loses every case file.</source>
        <translation>Respalde la bóveda con regularidad en otro medio (Datos → Respaldar bóveda…). Sin respaldo, una computadora perdida o dañada pierde todos los expedientes.</translation>
    </message>
    <message>
        <source>vault-backup-{date}</source>
        <translation>respaldo-boveda-{date}</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar el respaldo como</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Respaldando la bóveda…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Respaldo guardado</translation>
    </message>
    <message>
        <source>The vault was backed up and the file verified.</source>
        <translation>Se respaldó la bóveda y se verificó el archivo.</translation>
    </message>
    <message>
        <source>{path} ({size} MB). It is encrypted: it opens with this vault's passphrase or its recovery key. Keep it on another medium, away from this computer.</source>
        <translation>{path} ({size} MB). Está cifrado: se abre con la frase de acceso de esta bóveda o con su clave de recuperación. Guárdelo en otro medio, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falló el respaldo</translation>
    </message>
</context>
<context>
    <name>DataCommon</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Encrypted exports (*.mpiexp)</source>
        <translation>Exportaciones cifradas (*.mpiexp)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>MPI Desktop backups (*.mpibak)</source>
        <translation>Respaldos de MPI Desktop (*.mpibak)</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>{section}: {n}</source>
        <translation>{section}: {n}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>Exportar expediente</translation>
    </message>
    <message>
        <source>Export case file {folio}</source>
        <translation>Exportar el expediente {folio}</translation>
    </message>
    <message>
        <source>The file holds this case file, its people and everything recorded in it (aggressions, attentions, risk, plan, digital violence, evidence). Another MPI Desktop imports it with Data → Import.</source>
        <translation>El archivo contiene este expediente, sus personas y todo lo registrado en él (agresiones, atenciones, riesgo, plan, violencia digital, evidencias). Otro MPI Desktop lo importa con Datos → Importar.</translation>
    </message>
    <message>
        <source>ARCO access</source>
        <translation>Acceso ARCO</translation>
    </message>
    <message>
        <source>Export the data of {name}</source>
        <translation>Exportar los datos de {name}</translation>
    </message>
    <message>
        <source>ARCO access: everything about this person — their record and the case files they are on. Other people on those cases appear only as references, but free-text fields (accounts of the facts, notes) may name them: review the file before handing it over.</source>
        <translation>Acceso ARCO: todo lo que hay sobre esta persona — su registro y los expedientes en los que figura. Las demás personas de esos expedientes aparecen solo como referencias, pero los campos de texto libre (relatos de los hechos, notas) pueden nombrarlas: revise el archivo antes de entregarlo.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Export every case file</source>
        <translation>Exportar todos los expedientes</translation>
    </message>
    <message>
        <source>Every case file and person in the vault, except people who exercised ARCO opposition and the case files they are on. To move a whole vault to another computer use Data → Back up the vault instead: it keeps everything, the audit log included.</source>
        <translation>Todos los expedientes y personas de la bóveda, excepto las personas que ejercieron la oposición ARCO y los expedientes en los que figuran. Para llevar una bóveda completa a otra computadora use mejor Datos → Respaldar bóveda: conserva todo, incluida la bitácora.</translation>
    </message>
    <message>
        <source>This passphrase protects the file on its way. Tell it to the recipient by another channel (in person or by phone), never together with the file. Better not the vault's own passphrase.</source>
        <translation>Esta frase de acceso protege el archivo en el camino. Comuníquela a quien lo recibe por otro canal (en persona o por teléfono), nunca junto con el archivo. Mejor que no sea la frase de acceso de la bóveda.</translation>
    </message>
    <message>
        <source>File &amp;passphrase:</source>
        <translation>&amp;Frase de acceso del archivo:</translation>
    </message>
    <message>
        <source>File passphrase</source>
        <translation>Frase de acceso del archivo</translation>
    </message>
    <message>
        <source>Repeat the file passphrase</source>
        <translation>Repita la frase de acceso del archivo</translation>
    </message>
    <message>
        <source>Write an &amp;unencrypted file instead (not recommended)</source>
        <translation>Escribir un archivo &amp;sin cifrar (no recomendado)</translation>
    </message>
    <message>
        <source>The file will NOT be encrypted: anyone who gets it can read everything in it.</source>
        <translation>El archivo NO estará cifrado: cualquiera que lo obtenga puede leer todo su contenido.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>arco-access-{date}</source>
        <translation>acceso-arco-{date}</translation>
    </message>
    <message>
        <source>mpi-export-{date}</source>
        <translation>exportacion-mpi-{date}</translation>
    </message>
    <message>
        <source>Unencrypted export</source>
        <translation>Exportación sin cifrar</translation>
    </message>
    <message>
        <source>Write the data UNENCRYPTED?</source>
        <translation>¿Escribir los datos SIN CIFRAR?</translation>
    </message>
    <message>
        <source>The people in this file are at risk because of their work. Anyone who gets an unencrypted file — a lost USB stick, a forwarded e-mail, a shared folder — can read everything in it. The export is recorded in the audit log as unencrypted. Delete the file securely as soon as it is no longer needed.</source>
        <translation>Las personas de este archivo están en riesgo por su labor. Cualquiera que obtenga un archivo sin cifrar — una memoria USB perdida, un correo reenviado, una carpeta compartida — puede leer todo su contenido. La exportación queda registrada en la bitácora como sin cifrar. Elimine el archivo de forma segura en cuanto ya no se necesite.</translation>
    </message>
    <message>
        <source>Write unencrypted</source>
        <translation>Escribir sin cifrar</translation>
    </message>
    <message>
        <source>Keep it encrypted</source>
        <translation>Mantenerlo cifrado</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>Choose a file passphrase that meets the requirements and type it twice.</source>
        <translation>Elija una frase de acceso para el archivo que cumpla los requisitos y escríbala dos veces.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Encrypted export written: {path}</source>
        <translation>Exportación cifrada guardada: {path}</translation>
    </message>
    <message>
        <source>UNENCRYPTED export written: {path}</source>
        <translation>Exportación SIN CIFRAR guardada: {path}</translation>
    </message>
    <message>
        <source>Left out by ARCO opposition: {people} people and {cases} case files.</source>
        <translation>Excluidos por oposición ARCO: {people} personas y {cases} expedientes.</translation>
    </message>
    <message>
        <source>This file is larger than an import accepts. To move a whole vault, use a backup instead.</source>
        <translation>Este archivo es más grande de lo que acepta una importación. Para llevar una bóveda completa, use un respaldo.</translation>
    </message>
    <message>
        <source>Review the free-text fields before handing the file over: they may name other people.</source>
        <translation>Revise los campos de texto libre antes de entregar el archivo: pueden nombrar a otras personas.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>identical, nothing to do</source>
        <extracomment>Duplicates listed one by one in the summary; the rest are only counted.</extracomment>
        <translation>idéntico, no hay nada que hacer</translation>
    </message>
    <message>
        <source>different, kept the vault's version</source>
        <translation>distinto, se conservó la versión de la bóveda</translation>
    </message>
    <message>
        <source>different, replaced by the file's version</source>
        <translation>distinto, se reemplazó por la versión del archivo</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>No se importó el archivo</translation>
    </message>
    <message>
        <source>{file} cannot be imported; nothing was imported. Problems found: {n}. Each line gives where the problem is in the file (its JSON path) and what is wrong.</source>
        <translation>No se puede importar {file}; no se importó nada. Problemas encontrados: {n}. Cada línea indica dónde está el problema en el archivo (su ruta JSON) y qué está mal.</translation>
    </message>
    <message>
        <source>Problems of the file</source>
        <translation>Problemas del archivo</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copiar la lista</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} s.</source>
        <translation>Copiado. El portapapeles se vacía en {seconds} s.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Encrypted file. Type the passphrase chosen when it was exported (not this vault's passphrase).</source>
        <translation>Archivo cifrado. Escriba la frase de acceso que se eligió al exportarlo (no la frase de acceso de esta bóveda).</translation>
    </message>
    <message>
        <source>Unencrypted file (JSON). It will be checked completely before anything is written.</source>
        <translation>Archivo sin cifrar (JSON). Se revisará completo antes de escribir nada.</translation>
    </message>
    <message>
        <source>File &amp;passphrase:</source>
        <translation>&amp;Frase de acceso del archivo:</translation>
    </message>
    <message>
        <source>File passphrase</source>
        <translation>Frase de acceso del archivo</translation>
    </message>
    <message>
        <source>Records already in this vault (same identifier)</source>
        <translation>Registros que ya están en esta bóveda (mismo identificador)</translation>
    </message>
    <message>
        <source>&amp;Keep this vault's version (recommended)</source>
        <translation>&amp;Conservar la versión de esta bóveda (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Replace with the file's version (the history keeps the previous values)</source>
        <translation>&amp;Reemplazar con la versión del archivo (el historial conserva los valores anteriores)</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any record differs</source>
        <translation>No importar &amp;nada si algún registro es distinto</translation>
    </message>
    <message>
        <source>Identical records are never a problem: importing the same file twice changes nothing.</source>
        <translation>Los registros idénticos nunca son un problema: importar dos veces el mismo archivo no cambia nada.</translation>
    </message>
    <message>
        <source>What was imported, by section</source>
        <translation>Lo que se importó, por sección</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Reemplazados</translation>
    </message>
    <message>
        <source>Kept / identical</source>
        <translation>Conservados / idénticos</translation>
    </message>
    <message>
        <source>Records already in the vault</source>
        <translation>Registros que ya estaban en la bóveda</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Type the file's passphrase.</source>
        <translation>Escriba la frase de acceso del archivo.</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>Revisando e importando…</translation>
    </message>
    <message>
        <source>The file was refused; nothing was imported.</source>
        <translation>Se rechazó el archivo; no se importó nada.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falló la importación</translation>
    </message>
    <message>
        <source>Imported: {new} new records. {dupes} were already in the vault.</source>
        <translation>Importados: {new} registros nuevos. {dupes} ya estaban en la bóveda.</translation>
    </message>
    <message>
        <source>{section} {id}: {outcome}</source>
        <translation>{section} {id}: {outcome}</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…y {n} más.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Export every case file…</source>
        <translation>&amp;Exportar todos los expedientes…</translation>
    </message>
    <message>
        <source>An encrypted file with every case file, to import into another MPI Desktop</source>
        <translation>Un archivo cifrado con todos los expedientes, para importarlo en otro MPI Desktop</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Respaldar bóveda…</translation>
    </message>
    <message>
        <source>One encrypted file with the whole vault, to keep on another medium</source>
        <translation>Un archivo cifrado con la bóveda completa, para guardarlo en otro medio</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Res&amp;taurar respaldo…</translation>
    </message>
    <message>
        <source>Replaces this vault with a backup; the vault is locked first</source>
        <translation>Reemplaza esta bóveda con un respaldo; antes se bloquea la bóveda</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <source>Import finished: {n} new records.</source>
        <translation>Importación terminada: {n} registros nuevos.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message>
        <source>Restoring replaces this vault with a backup.</source>
        <translation>Restaurar reemplaza esta bóveda con un respaldo.</translation>
    </message>
    <message>
        <source>The vault is locked first (unsaved forms are kept as drafts). Then choose the backup; it is verified completely before anything is replaced, and the current vault is moved aside, not deleted. Anything recorded after the backup was made is not in it.</source>
        <translation>Primero se bloquea la bóveda (los formularios sin guardar se conservan como borradores). Después elija el respaldo; se verifica completo antes de reemplazar nada, y la bóveda actual se mueve a un lado, no se elimina. Lo registrado después de hacer el respaldo no está en él.</translation>
    </message>
    <message>
        <source>Lock and continue</source>
        <translation>Bloquear y continuar</translation>
    </message>
    <message>
        <source>a workshop (Workshops)</source>
        <translation>un taller (Talleres)</translation>
    </message>
    <message>
        <source>a finding (Findings)</source>
        <translation>un hallazgo (Hallazgos)</translation>
    </message>
    <message>
        <source>Unsaved work was kept as a draft: {what}. Open that section to recover it.</source>
        <translation>Se conservó como borrador un trabajo sin guardar: {what}. Abra esa sección para recuperarlo.</translation>
    </message>
</context>
<context>
    <name>DataRestore</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message>
        <source>Restoring replaces the vault in {folder} with the backup. The current vault is not deleted: it is moved aside to a folder next to it (its name ends in “before-restore” and the date), so a mistaken restore can be undone by hand.</source>
        <translation>Restaurar reemplaza la bóveda de {folder} con el respaldo. La bóveda actual no se elimina: se mueve a una carpeta junto a ella (su nombre termina en «before-restore» y la fecha), así que una restauración equivocada se puede deshacer a mano.</translation>
    </message>
    <message>
        <source>The backup becomes the vault in {folder}.</source>
        <translation>El respaldo se convierte en la bóveda de {folder}.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Archivo de respaldo:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de respaldo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>With the &amp;passphrase the vault had when the backup was made</source>
        <translation>Con la &amp;frase de acceso que tenía la bóveda cuando se hizo el respaldo</translation>
    </message>
    <message>
        <source>With the &amp;recovery key</source>
        <translation>Con la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de acceso del respaldo</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Verify and restore</source>
        <translation>&amp;Verificar y restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elija el respaldo</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Primero elija el archivo de respaldo.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Escriba la frase de acceso del respaldo.</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Escriba la clave de recuperación.</translation>
    </message>
    <message>
        <source>Verifying the backup and restoring…</source>
        <translation>Verificando el respaldo y restaurando…</translation>
    </message>
    <message>
        <source>The backup was verified and restored.</source>
        <translation>Se verificó y restauró el respaldo.</translation>
    </message>
    <message>
        <source>The previous vault was moved to {path}.</source>
        <translation>La bóveda anterior se movió a {path}.</translation>
    </message>
    <message>
        <source>Unlock the restored vault with the passphrase it had when the backup was made.</source>
        <translation>Desbloquee la bóveda restaurada con la frase de acceso que tenía cuando se hizo el respaldo.</translation>
    </message>
    <message>
        <source>If nobody remembers it, choose “Forgot your passphrase?” there and set a new one with the same recovery key.</source>
        <translation>Si nadie la recuerda, elija allí «¿Olvidó su frase de acceso?» y establezca una nueva con la misma clave de recuperación.</translation>
    </message>
    <message>
        <source>Go to the &amp;unlock screen</source>
        <translation>Ir a la pantalla de &amp;desbloqueo</translation>
    </message>
</context>
<context>
    <name>DataSections</name>
    <message>
        <source>People</source>
        <extracomment>Interchange sections in the order people think of them.</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Expedientes</translation>
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
        <source>Risk assessments</source>
        <translation>Evaluaciones de riesgo</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Medidas de protección</translation>
    </message>
    <message>
        <source>Digital-violence reviews</source>
        <translation>Revisiones de violencia digital</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <source>CEM sessions</source>
        <translation>Sesiones del CEM</translation>
    </message>
    <message>
        <source>CEM agenda items</source>
        <translation>Puntos del orden del día del CEM</translation>
    </message>
    <message>
        <source>CEM agreements</source>
        <translation>Acuerdos del CEM</translation>
    </message>
    <message>
        <source>Summaries for the CEM</source>
        <translation>Resúmenes para el CEM</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This build of MPI Desktop does not include the demo data generator, so the demo vault cannot be created.</source>
        <extracomment>Published on purpose: the demo holds synthetic data only (docs/USER_GUIDE.md).</extracomment>
        <translation>Esta versión de MPI Desktop no incluye el generador de datos de demostración, por lo que no se puede crear la bóveda de demostración.</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Bóveda de demostración</translation>
    </message>
    <message>
        <source>Creating a demo vault with {count} synthetic cases…</source>
        <translation>Creando una bóveda de demostración con {count} expedientes sintéticos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>MPI Desktop</source>
        <extracomment>Boxes without a parent window, kept alive until closed (Python would collect them).</extracomment>
        <translation>MPI Desktop</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Choose a full folder path.</source>
        <translation>Indique la ruta completa de una carpeta.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder. Use “Open an existing vault” instead, or choose another folder.</source>
        <translation>Ya hay una bóveda en esta carpeta. Use «Abrir una bóveda existente» o elija otra carpeta.</translation>
    </message>
    <message>
        <source>This folder is not empty; choose an empty or new folder.</source>
        <translation>Esta carpeta no está vacía; elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>Welcome to MPI Desktop</source>
        <translation>Le damos la bienvenida a MPI Desktop</translation>
    </message>
    <message>
        <source>Where should the vault be created?</source>
        <translation>¿Dónde se creará la bóveda?</translation>
    </message>
    <message>
        <source>MPI Desktop keeps every case in an encrypted vault: a folder on this computer that only your passphrase opens. Nothing is sent anywhere.</source>
        <translation>MPI Desktop guarda cada expediente en una bóveda cifrada: una carpeta en esta computadora que solo su frase de acceso puede abrir. No se envía nada a ningún lugar.</translation>
    </message>
    <message>
        <source>Vault &amp;folder:</source>
        <translation>&amp;Carpeta de la bóveda:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>The folder must be empty or new. Keep regular encrypted backups on a separate medium; without the passphrase or the recovery key the vault is unreadable.</source>
        <translation>La carpeta debe estar vacía o ser nueva. Haga respaldos cifrados periódicos en otro medio; sin la frase de acceso o la clave de recuperación la bóveda es ilegible.</translation>
    </message>
    <message>
        <source>Open an &amp;existing vault instead…</source>
        <translation>Abrir una bóveda &amp;existente…</translation>
    </message>
    <message>
        <source>Create a &amp;new vault</source>
        <translation>Crear una bóveda &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Restore a vault from a backup file (new or repaired computer)</source>
        <translation>&amp;Restaurar una bóveda desde un archivo de respaldo (computadora nueva o reparada)</translation>
    </message>
    <message>
        <source>Where should the backup be restored?</source>
        <translation>¿Dónde se debe restaurar el respaldo?</translation>
    </message>
    <message>
        <source>The folder must be empty or new. Next, choose the backup file and type the passphrase the vault had when the backup was made, or the recovery key. The backup is verified completely before it becomes the vault in this folder.</source>
        <translation>La carpeta debe estar vacía o ser nueva. Después elija el archivo de respaldo y escriba la frase de acceso que tenía la bóveda cuando se hizo el respaldo, o la clave de recuperación. El respaldo se verifica completo antes de convertirse en la bóveda de esta carpeta.</translation>
    </message>
    <message>
        <source>&amp;Choose the backup…</source>
        <translation>Elegir el res&amp;paldo…</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Folder for the restored vault</source>
        <translation>Carpeta para la bóveda restaurada</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Carpeta para la nueva bóveda</translation>
    </message>
    <message>
        <source>MPI vault</source>
        <translation>Bóveda MPI</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir la carpeta de una bóveda</translation>
    </message>
    <message>
        <source>There is no vault in {folder}.</source>
        <translation>No hay ninguna bóveda en {folder}.</translation>
    </message>
    <message>
        <source>Unlock time</source>
        <translation>Tiempo de desbloqueo</translation>
    </message>
    <message>
        <source>How hard should guessing the passphrase be?</source>
        <translation>¿Qué tan difícil debe ser adivinar la frase de acceso?</translation>
    </message>
    <message>
        <source>Every unlock runs a deliberately slow computation (Argon2id) that makes trying passphrases one after another impractical for a thief. About one second on this computer is a good balance; a slower computer gets lighter settings, never below a safe minimum.</source>
        <translation>Cada desbloqueo ejecuta un cálculo deliberadamente lento (Argon2id) que vuelve impráctico para un ladrón probar una frase tras otra. Alrededor de un segundo en esta computadora es un buen equilibrio; una computadora más lenta recibe parámetros más ligeros, nunca por debajo de un mínimo seguro.</translation>
    </message>
    <message>
        <source>&amp;Target unlock time:</source>
        <translation>&amp;Tiempo de desbloqueo deseado:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Target unlock time in milliseconds</source>
        <translation>Tiempo de desbloqueo deseado, en milisegundos</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <source>Find the settings that take about this long on this computer</source>
        <translation>Busca los parámetros que tardan aproximadamente ese tiempo en esta computadora</translation>
    </message>
    <message>
        <source>This can be changed later in Settings.</source>
        <translation>Esto se puede cambiar después en Ajustes.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Press “Measure” to find the settings for this target.</source>
        <translation>Pulse «Medir» para encontrar los parámetros para este tiempo.</translation>
    </message>
    <message>
        <source>Unlocking will take about {seconds} s here ({params}).</source>
        <translation>Desbloquear tardará alrededor de {seconds} s en esta computadora ({params}).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>The passphrase opens the vault every day.</source>
        <translation>La frase de acceso abre la bóveda todos los días.</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Crear la bóveda</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Shown only this once.</source>
        <translation>Se muestra solo esta vez.</translation>
    </message>
    <message>
        <source>Write this key on paper now and keep the paper somewhere safe, away from this computer. It is the only way back into the vault if the passphrase is forgotten, and it will not be shown again. Do not photograph it or save it in a file.</source>
        <translation>Escriba esta clave en papel ahora y guarde el papel en un lugar seguro, lejos de esta computadora. Es la única forma de volver a entrar a la bóveda si olvida la frase de acceso, y no se volverá a mostrar. No la fotografíe ni la guarde en un archivo.</translation>
    </message>
    <message>
        <source>8 groups of 5 characters. Letters I, L, O and U are never used, so there is no confusion with 1 and 0. If the passphrase is forgotten, choose “Forgot your passphrase?” on the unlock screen and type this key.</source>
        <translation>8 grupos de 5 caracteres. Nunca se usan las letras I, L, O y U, así que no hay confusión con 1 y 0. Si olvida la frase de acceso, elija «¿Olvidó su frase de acceso?» en la pantalla de desbloqueo y escriba esta clave.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key on paper</source>
        <translation>Ya &amp;escribí la clave de recuperación en papel</translation>
    </message>
    <message>
        <source>Check the copy</source>
        <translation>Revisar la copia</translation>
    </message>
    <message>
        <source>Prove the paper copy is readable.</source>
        <translation>Compruebe que la copia en papel se puede leer.</translation>
    </message>
    <message>
        <source>Looking at your paper, type group {group} of the recovery key (groups are counted from 1 to 8, left to right, top line first).</source>
        <translation>Mirando su papel, escriba el grupo {group} de la clave de recuperación (los grupos se cuentan del 1 al 8, de izquierda a derecha, empezando por la línea de arriba).</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key</source>
        <translation>Grupo {group} de la clave de recuperación</translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>This does not match group {group}. Check the paper; go back to see the key again.</source>
        <translation>Esto no coincide con el grupo {group}. Revise el papel; regrese para ver la clave otra vez.</translation>
    </message>
    <message>
        <source>First start</source>
        <extracomment>A backup was restored into this folder: the unlock screen opens it.</extracomment>
        <translation>Primer inicio</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Creando la bóveda cifrada…</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>Argon2id, {memory} MiB of memory, {passes} passes</source>
        <translation>Argon2id, {memory} MiB de memoria, {passes} pasadas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MPI Desktop</source>
        <extracomment>How often the "locks in …" countdown is refreshed. Short operations do not flash the busy indicator.</extracomment>
        <translation>MPI Desktop</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Bóveda de demostración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation>&amp;Bloquear bóveda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Interview mode</source>
        <translation>Modo &amp;entrevista</translation>
    </message>
    <message>
        <source>Show only the current case; leaving asks for the passphrase</source>
        <translation>Muestra solo el expediente actual; para salir se pide la frase de acceso</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Modo &amp;discreto</translation>
    </message>
    <message>
        <source>Hide names in lists, for working where others can see the screen</source>
        <translation>Oculta los nombres en las listas, para trabajar donde otras personas pueden ver la pantalla</translation>
    </message>
    <message>
        <source>&amp;About MPI Desktop</source>
        <translation>&amp;Acerca de MPI Desktop</translation>
    </message>
    <message>
        <source>Interview mode — only this case is visible</source>
        <translation>Modo entrevista — solo este expediente está visible</translation>
    </message>
    <message>
        <source>Leave interview mode…</source>
        <translation>Salir del modo entrevista…</translation>
    </message>
    <message>
        <source>Encrypted vault</source>
        <translation>Bóveda cifrada</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Carpeta de la bóveda: {folder}</translation>
    </message>
    <message>
        <source>Demo vault — synthetic data</source>
        <translation>Bóveda de demostración — datos sintéticos</translation>
    </message>
    <message>
        <source>Leave interview mode</source>
        <translation>Salir del modo entrevista</translation>
    </message>
    <message>
        <source>Enter the vault passphrase to show the other cases again.</source>
        <translation>Escriba la frase de acceso de la bóveda para volver a mostrar los demás expedientes.</translation>
    </message>
    <message>
        <source>Auto-lock off</source>
        <translation>Bloqueo automático desactivado</translation>
    </message>
    <message>
        <source>Locks in {minutes} min</source>
        <translation>Se bloquea en {minutes} min</translation>
    </message>
    <message>
        <source>Locks in {seconds} s</source>
        <translation>Se bloquea en {seconds} s</translation>
    </message>
    <message>
        <source>The vault locks after a while without keyboard or mouse input. Lock now with Ctrl+L.</source>
        <translation>La bóveda se bloquea tras un tiempo sin uso del teclado o del ratón. Bloquéela ahora con Ctrl+L.</translation>
    </message>
    <message>
        <source>About MPI Desktop</source>
        <translation>Acerca de MPI Desktop</translation>
    </message>
    <message>
        <source>MPI Desktop {version}</source>
        <translation>MPI Desktop {version}</translation>
    </message>
    <message>
        <source>Case management for the Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México.</source>
        <translation>Gestión de expedientes del Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México.</translation>
    </message>
    <message>
        <source>Everything in the vault is encrypted on disk (SQLCipher, AES-256). It is opened with your passphrase; nobody else can open it.</source>
        <translation>Todo lo que hay en la bóveda está cifrado en el disco (SQLCipher, AES-256). Se abre con su frase de acceso; nadie más puede abrirla.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, the recovery key written on paper when the vault was created lets you set a new one ("Forgot your passphrase?" on the unlock screen). Without the passphrase and without the recovery key the data cannot be recovered by anyone.</source>
        <translation>Si olvida la frase de acceso, la clave de recuperación que escribió en papel al crear la bóveda le permite establecer una nueva («¿Olvidó su frase de acceso?» en la pantalla de desbloqueo). Sin la frase de acceso y sin la clave de recuperación, nadie puede recuperar los datos.</translation>
    </message>
    <message>
        <source>The vault also locks when the computer's session locks or the computer goes to sleep.</source>
        <translation>La bóveda también se bloquea cuando se bloquea la sesión de la computadora o cuando esta se suspende.</translation>
    </message>
    <message>
        <source>This system does not tell the app when the session locks; the vault locks after the idle time set in Settings, or with Ctrl+L.</source>
        <translation>Este sistema no avisa a la aplicación cuando se bloquea la sesión; la bóveda se bloquea tras el tiempo de inactividad fijado en Ajustes, o con Ctrl+L.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Very weak</source>
        <extracomment>Meter colours, weakest first (colour-blind safe enough next to the text label).</extracomment>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase de acceso</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de acceso</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Fortaleza de la frase de acceso</translation>
    </message>
    <message>
        <source>Choose a long passphrase you can remember: four or five unrelated words work well. Nobody can recover it for you; only the recovery key can replace it.</source>
        <translation>Elija una frase de acceso larga que pueda recordar: cuatro o cinco palabras sin relación entre sí funcionan bien. Nadie puede recuperarla por usted; solo la clave de recuperación puede reemplazarla.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de acceso</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de acceso</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de acceso todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Escriba la frase de acceso.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Recover access with the recovery key</source>
        <translation>Recuperar el acceso con la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key written on paper when the vault was created (8 groups of 5 characters; dashes and spaces do not matter), then choose a new passphrase. The recovery key stays valid afterwards.</source>
        <translation>Escriba la clave de recuperación que anotó en papel al crear la bóveda (8 grupos de 5 caracteres; los guiones y espacios no importan) y después elija una nueva frase de acceso. La clave de recuperación sigue siendo válida.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Set the new passphrase and &amp;unlock</source>
        <translation>Establecer la nueva frase y &amp;desbloquear</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Regresar</translation>
    </message>
    <message>
        <source>{count} of {total} characters.</source>
        <translation>{count} de {total} caracteres.</translation>
    </message>
    <message>
        <source>The key is well-formed.</source>
        <translation>La clave está bien formada.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that meets the requirements above and type it twice.</source>
        <translation>Elija una nueva frase de acceso que cumpla los requisitos indicados arriba y escríbala dos veces.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Audit log</source>
        <translation>Bitácora</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <extracomment>Language names are shown in their own language, whatever the current one.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never (not recommended)</source>
        <translation>Nunca (no recomendado)</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the vault locks; 0 turns it off</source>
        <translation>Minutos de inactividad antes de que la bóveda se bloquee; 0 lo desactiva</translation>
    </message>
    <message>
        <source>&amp;Clear copied data after:</source>
        <translation>&amp;Borrar datos copiados tras:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before copied sensitive data is cleared from the clipboard</source>
        <translation>Segundos antes de borrar del portapapeles los datos sensibles copiados</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: hide names in case lists</source>
        <translation>Modo &amp;discreto: ocultar nombres en las listas de expedientes</translation>
    </message>
    <message>
        <source>&amp;Vault folder:</source>
        <translation>&amp;Carpeta de la bóveda:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>The vault opened at start. A change applies the next time the app starts.</source>
        <translation>La bóveda que se abre al iniciar. Un cambio se aplica la próxima vez que inicie la aplicación.</translation>
    </message>
    <message>
        <source>Unlock cost (Argon2id)</source>
        <translation>Costo de desbloqueo (Argon2id)</translation>
    </message>
    <message>
        <source>Current: {params}.</source>
        <translation>Actual: {params}.</translation>
    </message>
    <message>
        <source>&amp;Target unlock time:</source>
        <translation>&amp;Tiempo de desbloqueo deseado:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Target unlock time in milliseconds</source>
        <translation>Tiempo de desbloqueo deseado, en milisegundos</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <source>Find the settings that take about this long on this computer</source>
        <translation>Busca los parámetros que tardan aproximadamente ese tiempo en esta computadora</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Press “Measure” to find the settings for this target. Applying them asks for your passphrase.</source>
        <translation>Pulse «Medir» para encontrar los parámetros para este tiempo. Para aplicarlos se le pedirá su frase de acceso.</translation>
    </message>
    <message>
        <source>The current settings already match this target.</source>
        <translation>Los parámetros actuales ya corresponden a este tiempo.</translation>
    </message>
    <message>
        <source>New: {params}, about {seconds} s here. Press OK to apply them; your passphrase will be asked.</source>
        <translation>Nuevos: {params}, alrededor de {seconds} s en esta computadora. Pulse Aceptar para aplicarlos; se le pedirá su frase de acceso.</translation>
    </message>
    <message>
        <source>The vault folder must be a full path.</source>
        <translation>La carpeta de la bóveda debe ser una ruta completa.</translation>
    </message>
    <message>
        <source>Apply the new unlock cost</source>
        <translation>Aplicar el nuevo costo de desbloqueo</translation>
    </message>
    <message>
        <source>Enter the vault passphrase to re-protect the key with the new settings. The passphrase stays the same.</source>
        <translation>Escriba la frase de acceso de la bóveda para volver a proteger la clave con los nuevos parámetros. La frase de acceso no cambia.</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>MPI Desktop</source>
        <translation>MPI Desktop</translation>
    </message>
    <message>
        <source>The vault is locked. Enter your passphrase to open it.</source>
        <translation>La bóveda está bloqueada. Escriba su frase de acceso para abrirla.</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Bóveda: {folder}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>¿Olvidó su frase de acceso?</translation>
    </message>
    <message>
        <source>Set a new passphrase with the recovery key written on paper</source>
        <translation>Establezca una nueva frase de acceso con la clave de recuperación anotada en papel</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar un respaldo…</translation>
    </message>
    <message>
        <source>Replace this vault with a backup file (for example on a new or repaired computer); the current vault is moved aside, not deleted</source>
        <translation>Reemplaza esta bóveda con un archivo de respaldo (por ejemplo, en una computadora nueva o reparada); la bóveda actual se mueve a un lado, no se elimina</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Crear una bóveda nueva…</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abriendo la bóveda…</translation>
    </message>
    <message>
        <source>Demo vault — synthetic data — passphrase: {passphrase}</source>
        <translation>Bóveda de demostración — datos sintéticos — frase: {passphrase}</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Escriba la frase de acceso.</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir la carpeta de una bóveda</translation>
    </message>
    <message>
        <source>There is no vault in {folder}.</source>
        <translation>No hay ninguna bóveda en {folder}.</translation>
    </message>
</context>
</TS>