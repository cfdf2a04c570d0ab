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
    <name>Demo</name>
    <message>
        <source>This build of MPI Desktop does not include the demo data generator, so the demo vault cannot be created.</source>
        <extracomment>Published on purpose: the demo holds synthetic data only (docs/USER_GUIDE.md).</extracomment>
        <translation>Esta versión de MPI Desktop no incluye el generador de datos de demostración, por lo que no se puede crear la bóveda de demostración.</translation>
    </message>
    <message>
        <source>MPI Desktop — demo vault</source>
        <translation>MPI Desktop — bóveda de demostración</translation>
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
        <source>MPI Desktop — new vault</source>
        <translation>MPI Desktop — nueva bóveda</translation>
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
        <source>MPI Desktop — demo vault</source>
        <translation>MPI Desktop — bóveda de demostración</translation>
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
        <source>MPI Desktop — unlock the vault</source>
        <translation>MPI Desktop — desbloquear la bóveda</translation>
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