<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Interchange</name>
    <message>
        <source>a UUID in lowercase, like 3f0c6a52-5d1e-4b8e-9a53-2c4b1e6f7a10</source>
        <extracomment>The error classes :func:`describe_error` knows (``messages.describe`` asks). Text modules of later interchange sections (risk, protocol, CEM…). Each defines ``describe_import_issue(issue) -&gt; str | None`` (None: not its code). Features append their module here; it is consulted before the generic texts.</extracomment>
        <translation>un UUID en minúsculas, como 3f0c6a52-5d1e-4b8e-9a53-2c4b1e6f7a10</translation>
    </message>
    <message>
        <source>a date like 2026-03-31</source>
        <translation>una fecha como 2026-03-31</translation>
    </message>
    <message>
        <source>a UTC instant like 2026-03-31T18:05:00.000000Z</source>
        <translation>un instante UTC como 2026-03-31T18:05:00.000000Z</translation>
    </message>
    <message>
        <source>a catalog code (lowercase letters, digits, _)</source>
        <translation>una clave de catálogo (minúsculas, dígitos y _)</translation>
    </message>
    <message>
        <source>a folio like MPI-2026-0042</source>
        <translation>un folio como MPI-2026-0042</translation>
    </message>
    <message>
        <source>the expected format</source>
        <translation>el formato esperado</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>The file is larger than the {limit} bytes an import accepts; it was not read.</source>
        <translation>El archivo supera los {limit} bytes que admite una importación; no se leyó.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {offset}).</source>
        <translation>El archivo no es texto UTF-8 (byte {offset}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}).</source>
        <translation>El archivo no es JSON válido (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>The key “{name}” appears twice in the same object.</source>
        <translation>La clave «{name}» aparece dos veces en el mismo objeto.</translation>
    </message>
    <message>
        <source>The file contains a number JSON does not allow or that is too large.</source>
        <translation>El archivo contiene un número que JSON no admite o que es demasiado grande.</translation>
    </message>
    <message>
        <source>Nested more than {limit} levels deep.</source>
        <translation>Anidado a más de {limit} niveles de profundidad.</translation>
    </message>
    <message>
        <source>The document must be a JSON object.</source>
        <translation>El documento debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>This is not an MPI Desktop interchange file.</source>
        <translation>Este no es un archivo de intercambio de MPI Desktop.</translation>
    </message>
    <message>
        <source>The file uses format version {found}; this version of MPI Desktop reads up to version {supported}. Update the app.</source>
        <translation>El archivo usa la versión {found} del formato; esta versión de MPI Desktop lee hasta la versión {supported}. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>Format version {found} is not supported.</source>
        <translation>La versión {found} del formato no es compatible.</translation>
    </message>
    <message>
        <source>More than {limit} items.</source>
        <translation>Más de {limit} elementos.</translation>
    </message>
    <message>
        <source>Text longer than {limit} characters.</source>
        <translation>Texto de más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>A key is longer than {limit} characters or has control characters.</source>
        <translation>Una clave tiene más de {limit} caracteres o contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The text contains control characters.</source>
        <translation>El texto contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Required, but missing.</source>
        <translation>Obligatorio, pero falta.</translation>
    </message>
    <message>
        <source>Unknown field “{name}”: this file has data this version does not know.</source>
        <translation>Campo desconocido «{name}»: el archivo trae datos que esta versión no conoce.</translation>
    </message>
    <message>
        <source>Wrong type: expected {expected}.</source>
        <translation>Tipo incorrecto: se esperaba {expected}.</translation>
    </message>
    <message>
        <source>Wrong format: expected {what}.</source>
        <translation>Formato incorrecto: se esperaba {what}.</translation>
    </message>
    <message>
        <source>Value not allowed; allowed: {allowed}.</source>
        <translation>Valor no permitido; valores permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>Invalid value ({rule}).</source>
        <translation>Valor no válido ({rule}).</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Esta fecha no existe.</translation>
    </message>
    <message>
        <source>This instant does not exist.</source>
        <translation>Este instante no existe.</translation>
    </message>
    <message>
        <source>…and {more} more problems not listed.</source>
        <translation>…y {more} problemas más que no se enumeran.</translation>
    </message>
    <message>
        <source>The same UUID is already used at {first}.</source>
        <translation>El mismo UUID ya se usa en {first}.</translation>
    </message>
    <message>
        <source>Folio {folio} is already used at {first}.</source>
        <translation>El folio {folio} ya se usa en {first}.</translation>
    </message>
    <message>
        <source>Folio {folio} already belongs to another case in this vault.</source>
        <translation>El folio {folio} ya pertenece a otro expediente de esta bóveda.</translation>
    </message>
    <message>
        <source>This person is neither in the file nor in the vault.</source>
        <translation>Esta persona no está ni en el archivo ni en la bóveda.</translation>
    </message>
    <message>
        <source>This case is neither in the file nor in the vault.</source>
        <translation>Este expediente no está ni en el archivo ni en la bóveda.</translation>
    </message>
    <message>
        <source>This record already exists in the vault under another case.</source>
        <translation>Este registro ya existe en la bóveda en otro expediente.</translation>
    </message>
    <message>
        <source>A different record with this UUID is already in the vault (--on-duplicate fail).</source>
        <translation>Ya hay en la bóveda un registro distinto con este UUID (--on-duplicate fail).</translation>
    </message>
    <message>
        <source>This record was erased at the person's request (ARCO cancellation); it cannot be imported again.</source>
        <translation>Este registro se borró a petición de la persona (cancelación ARCO); no puede volver a importarse.</translation>
    </message>
    <message>
        <source>This person exercised ARCO opposition in this vault; an import cannot withdraw it.</source>
        <translation>Esta persona ejerció su derecho de oposición ARCO en esta bóveda; una importación no puede retirarlo.</translation>
    </message>
    <message>
        <source>This encrypted file is a “{kind}” bundle, not an export.</source>
        <translation>Este archivo cifrado es un paquete de tipo «{kind}», no una exportación.</translation>
    </message>
    <message>
        <source>The encrypted file must hold exactly one “{expected}”.</source>
        <translation>El archivo cifrado debe contener exactamente un «{expected}».</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was imported. Problems found: {n}</source>
        <translation>No se puede importar el archivo; no se importó nada. Problemas encontrados: {n}</translation>
    </message>
    <message>
        <source>Wrong passphrase for this encrypted file. It is the passphrase chosen when the file was exported, not the vault's.</source>
        <translation>Frase de acceso incorrecta para este archivo cifrado. Es la frase que se eligió al exportarlo, no la de la bóveda.</translation>
    </message>
    <message>
        <source>The encrypted file is damaged, altered or incomplete ({detail}). Nothing was imported; ask for a new copy.</source>
        <translation>El archivo cifrado está dañado, alterado o incompleto ({detail}). No se importó nada; solicite una copia nueva.</translation>
    </message>
    <message>
        <source>The encrypted file holds more than {limit} bytes; reading stopped.</source>
        <translation>El archivo cifrado contiene más de {limit} bytes; se detuvo la lectura.</translation>
    </message>
    <message>
        <source>Invalid name inside an encrypted file: {name}</source>
        <translation>Nombre no válido dentro de un archivo cifrado: {name}</translation>
    </message>
    <message>
        <source>There is no case {folio} in this vault.</source>
        <translation>No hay ningún expediente {folio} en esta bóveda.</translation>
    </message>
    <message>
        <source>There is no person with id {id} in this vault.</source>
        <translation>No hay ninguna persona con el identificador {id} en esta bóveda.</translation>
    </message>
    <message>
        <source>Case {folio} involves a person who exercised ARCO opposition; it is excluded from exports.</source>
        <translation>En el expediente {folio} participa una persona que ejerció su derecho de oposición ARCO; queda excluido de las exportaciones.</translation>
    </message>
    <message>
        <source>This erases data for good and needs confirmation: run it in a terminal, or add --yes in scripts.</source>
        <translation>Esto borra datos de forma definitiva y requiere confirmación: ejecútelo en una terminal o agregue --yes en los scripts.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was erased.</source>
        <translation>No se confirmó; no se borró nada.</translation>
    </message>
</context>
<context>
    <name>RecordsCLI</name>
    <message>
        <source>list cases (folio, status, procedure, date of request)</source>
        <extracomment>Duplicates listed one by one before the report only counts the rest.</extracomment>
        <translation>lista los expedientes (folio, estado, procedimiento, fecha de solicitud)</translation>
    </message>
    <message>
        <source>full-text search over folios, names, aliases and narratives</source>
        <translation>búsqueda de texto en folios, nombres, alias y relatos</translation>
    </message>
    <message>
        <source>only cases with this status code (repeatable)</source>
        <translation>solo expedientes con esta clave de estado (se puede repetir)</translation>
    </message>
    <message>
        <source>only cases whose current risk level is L: ordinario, extraordinario or extremo (repeatable)</source>
        <translation>solo expedientes cuyo nivel de riesgo vigente es L: ordinario, extraordinario o extremo (repetible)</translation>
    </message>
    <message>
        <source>only cases with a measure whose review date has passed</source>
        <translation>solo expedientes con una medida cuya fecha de revisión ya pasó</translation>
    </message>
    <message>
        <source>at most N cases, newest first (default 50)</source>
        <translation>como máximo N expedientes, los más recientes primero (50 por omisión)</translation>
    </message>
    <message>
        <source>machine-readable rows: folio, status, procedure, dates only</source>
        <translation>filas legibles por máquina: solo folio, estado, procedimiento y fechas</translation>
    </message>
    <message>
        <source>export one case, one person or everything to an encrypted file</source>
        <translation>exporta un expediente, una persona o todo a un archivo cifrado</translation>
    </message>
    <message>
        <source>only this case, its people and events</source>
        <translation>solo este expediente, sus personas y sus eventos</translation>
    </message>
    <message>
        <source>only this person and the cases they are on (ARCO access)</source>
        <translation>solo esta persona y los expedientes en que participa (acceso ARCO)</translation>
    </message>
    <message>
        <source>import an export file: all or nothing, every problem listed</source>
        <translation>importa un archivo de exportación: todo o nada, con cada problema enumerado</translation>
    </message>
    <message>
        <source>a record whose UUID is already in the vault: keep ours (skip, the default), take the file's (replace) or refuse the file (fail)</source>
        <translation>un registro cuyo UUID ya está en la bóveda: conservar el nuestro (skip, por omisión), tomar el del archivo (replace) o rechazar el archivo (fail)</translation>
    </message>
    <message>
        <source>ARCO rights of one person: access, cancellation, opposition</source>
        <translation>derechos ARCO de una persona: acceso, cancelación, oposición</translation>
    </message>
    <message>
        <source>write everything about the person to FILE (encrypted)</source>
        <translation>escribe en FILE todo lo relativo a la persona (cifrado)</translation>
    </message>
    <message>
        <source>erase the person and every trace of them, for good</source>
        <translation>borra a la persona y todo rastro suyo, de forma definitiva</translation>
    </message>
    <message>
        <source>record their opposition: left out of statistics and exports</source>
        <translation>registra su oposición: queda fuera de estadísticas y exportaciones</translation>
    </message>
    <message>
        <source>do not ask for confirmation (scripts)</source>
        <translation>no pedir confirmación (scripts)</translation>
    </message>
    <message>
        <source>write unencrypted JSON instead (warned about and audited)</source>
        <translation>escribe JSON sin cifrar (con advertencia y registro en la bitácora)</translation>
    </message>
    <message>
        <source>Usage error: --status takes one of: {codes}; --risk-level one of: {levels}; --limit at least 1.</source>
        <translation>Error de uso: --status acepta uno de: {codes}; --risk-level uno de: {levels}; --limit al menos 1.</translation>
    </message>
    <message>
        <source>No cases match.</source>
        <translation>Ningún expediente coincide.</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <source>Requested</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>{shown} of {total} cases.</source>
        <translation>{shown} de {total} expedientes.</translation>
    </message>
    <message>
        <source>Warning: writing an UNENCRYPTED file. It holds personal data of people at risk: keep it off shared folders, e-mail and USB sticks, and delete it securely when done. This is recorded in the audit log.</source>
        <translation>Advertencia: se escribirá un archivo SIN CIFRAR. Contiene datos personales de personas en riesgo: no lo guarde en carpetas compartidas, correo electrónico ni memorias USB, y bórrelo de forma segura al terminar. Esto queda registrado en la bitácora.</translation>
    </message>
    <message>
        <source>Passphrase for the exported file:</source>
        <translation>Frase de acceso para el archivo exportado:</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>expedientes</translation>
    </message>
    <message>
        <source>aggressions</source>
        <translation>agresiones</translation>
    </message>
    <message>
        <source>attentions</source>
        <translation>atenciones</translation>
    </message>
    <message>
        <source>risk assessments</source>
        <translation>evaluaciones de riesgo</translation>
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
        <source>evidence files</source>
        <translation>archivos de evidencia</translation>
    </message>
    <message>
        <source>CEM sessions</source>
        <translation>sesiones del CEM</translation>
    </message>
    <message>
        <source>CEM agenda items</source>
        <translation>puntos del orden del día del CEM</translation>
    </message>
    <message>
        <source>CEM agreements</source>
        <translation>acuerdos del CEM</translation>
    </message>
    <message>
        <source>summaries for the CEM</source>
        <translation>resúmenes para el CEM</translation>
    </message>
    <message>
        <source>workshops</source>
        <translation>talleres</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>Encrypted export written: {path} ({counts}).</source>
        <translation>Exportación cifrada escrita: {path} ({counts}).</translation>
    </message>
    <message>
        <source>Unencrypted export written: {path} ({counts}).</source>
        <translation>Exportación SIN CIFRAR escrita: {path} ({counts}).</translation>
    </message>
    <message>
        <source>Left out by ARCO opposition: {people} people and {cases} cases.</source>
        <translation>Excluidos por oposición ARCO: {people} personas y {cases} expedientes.</translation>
    </message>
    <message>
        <source>Warning: this export is larger than an import accepts. To move a whole vault, use backup and restore instead.</source>
        <translation>Advertencia: esta exportación supera el tamaño que admite una importación. Para trasladar una bóveda completa, use respaldo y restauración.</translation>
    </message>
    <message>
        <source>Other people on these cases appear only as references. Free-text fields may still name them: review before handing it over.</source>
        <translation>Las demás personas de estos expedientes aparecen solo como referencias. Los campos de texto libre todavía pueden nombrarlas: revíselos antes de entregar el archivo.</translation>
    </message>
    <message>
        <source>Imported from {path} (encrypted file):</source>
        <translation>Importado de {path} (archivo cifrado):</translation>
    </message>
    <message>
        <source>Imported from {path} (unencrypted file):</source>
        <translation>Importado de {path} (archivo sin cifrar):</translation>
    </message>
    <message>
        <source>{section}: {n} in the file — {new} new, {replaced} replaced, {skipped} skipped, {identical} identical</source>
        <translation>{section}: {n} en el archivo — {new} registros nuevos, {replaced} reemplazados, {skipped} omitidos, {identical} idénticos</translation>
    </message>
    <message>
        <source>No duplicates: every record was new to this vault.</source>
        <translation>Sin duplicados: todos los registros eran nuevos para esta bóveda.</translation>
    </message>
    <message>
        <source>Already in the vault (same UUID):</source>
        <translation>Ya estaban en la bóveda (mismo UUID):</translation>
    </message>
    <message>
        <source>identical, nothing to do</source>
        <translation>idéntico, nada que hacer</translation>
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
        <source>…and {n} more.</source>
        <translation>…y {n} más.</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted file:</source>
        <translation>Frase de acceso del archivo cifrado:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>ARCO cancellation of {name} ({id}).</source>
        <translation>Cancelación ARCO de {name} ({id}).</translation>
    </message>
    <message>
        <source>Cases erased with all their data (main beneficiary): {folios}</source>
        <translation>Expedientes que se borran con todos sus datos (persona beneficiaria principal): {folios}</translation>
    </message>
    <message>
        <source>Cases that only lose this person: {folios}</source>
        <translation>Expedientes que solo pierden a esta persona: {folios}</translation>
    </message>
    <message>
        <source>Other cases name them in their texts: {folios}. Rectify those first (answer anything else now): the cancellation then also removes the old text from their history.</source>
        <translation>Otros expedientes la nombran en sus textos: {folios}. Rectifíquelos primero (ahora responda cualquier otra cosa): así la cancelación también quitará el texto anterior de su historial.</translation>
    </message>
    <message>
        <source>Their names in signed records of other cases (risk assessments, measure transitions, CEM summaries and acuerdos) will be replaced by [ARCO]; the rest of those records stays as it is.</source>
        <translation>Su nombre y sus datos en registros firmados de otros expedientes (evaluaciones de riesgo, transiciones de medidas, resúmenes para el CEM y acuerdos) se sustituirán por [ARCO]; el resto de esos registros queda igual.</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>BORRAR</translation>
    </message>
    <message>
        <source>This cannot be undone. Type {word} to confirm:</source>
        <translation>Esto no se puede deshacer. Escriba {word} para confirmar:</translation>
    </message>
    <message>
        <source>Person {id} had already been erased; the vault was compacted again.</source>
        <translation>La persona {id} ya había sido borrada; se volvió a compactar la bóveda.</translation>
    </message>
    <message>
        <source>Erased person {id}.</source>
        <translation>Persona {id} borrada.</translation>
    </message>
    <message>
        <source>Cases erased: {folios}</source>
        <translation>Expedientes borrados: {folios}</translation>
    </message>
    <message>
        <source>Cases that no longer list them: {folios}</source>
        <translation>Expedientes en los que ya no figura: {folios}</translation>
    </message>
    <message>
        <source>History rows erased: {n}; values naming them removed from other history: {redacted}; drafts erased: {drafts}.</source>
        <translation>Filas de historial borradas: {n}; valores que la nombraban quitados de otros historiales: {redacted}; borradores borrados: {drafts}.</translation>
    </message>
    <message>
        <source>Signed records of other cases where their names were replaced by [ARCO]: {n} ({tables}).</source>
        <translation>Registros firmados de otros expedientes en los que su nombre y sus datos se sustituyeron por [ARCO]: {n} ({tables}).</translation>
    </message>
    <message>
        <source>These cases still name them in their texts; rectify them: {folios}. Their previous text will stay in those cases' history.</source>
        <translation>Estos expedientes todavía la nombran en sus textos; rectifíquelos: {folios}. Su texto anterior permanecerá en el historial de esos expedientes.</translation>
    </message>
    <message>
        <source>People of the erased cases who are now on no case (review them): {ids}</source>
        <translation>Personas de los expedientes borrados que ya no figuran en ningún expediente (revíselas): {ids}</translation>
    </message>
    <message>
        <source>Warning: the data was erased but the vault could not be compacted (is the disk full?). Until it is, erased bytes may remain in unused space of the encrypted file. Free some space and repeat this command: it compacts the vault again.</source>
        <translation>Advertencia: los datos se borraron, pero no se pudo compactar la bóveda (¿está lleno el disco?). Mientras no se compacte, pueden quedar bytes borrados en espacio sin uso del archivo cifrado. Libere espacio y repita este comando: volverá a compactar la bóveda.</translation>
    </message>
    <message>
        <source>Opposition recorded: this person and their cases are left out of statistics and exports.</source>
        <translation>Oposición registrada: esta persona y sus expedientes quedan fuera de estadísticas y exportaciones.</translation>
    </message>
    <message>
        <source>Opposition was already recorded; nothing changed.</source>
        <translation>La oposición ya estaba registrada; no cambió nada.</translation>
    </message>
</context>
</TS>