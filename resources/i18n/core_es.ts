<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>print performance figures</source>
        <translation>muestra cifras de rendimiento</translation>
    </message>
    <message>
        <source>which benchmark to run</source>
        <translation>qué prueba de rendimiento ejecutar</translation>
    </message>
    <message>
        <source>vault folder (default: the per-user data folder)</source>
        <translation>carpeta de la bóveda (por omisión: la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de acceso:</translation>
    </message>
    <message>
        <source>Expected one more line on standard input.</source>
        <translation>Se esperaba una línea más en la entrada estándar.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase: use --passphrase-stdin.</source>
        <translation>No hay terminal para pedir la frase de acceso: use --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>read passphrases and keys as lines on standard input</source>
        <translation>lee frases de acceso y claves como líneas de la entrada estándar</translation>
    </message>
    <message>
        <source>Usage error: {message}</source>
        <extracomment>Each module has ``register(subparsers)``; listed explicitly so the PyInstaller bundle sees every import.</extracomment>
        <translation>Error de uso: {message}</translation>
    </message>
    <message>
        <source>MPI Desktop: encrypted case management for MPI CDMX. Without a command, opens the desktop app.</source>
        <translation>MPI Desktop: gestión cifrada de expedientes para el MPI CDMX. Sin comando, abre la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>open the desktop app on a demo vault with synthetic data</source>
        <translation>abre la aplicación de escritorio con una bóveda de demostración con datos sintéticos</translation>
    </message>
    <message>
        <source>create a vault in a temporary folder, write and read a case, render a PDF, verify, and exit</source>
        <translation>crea una bóveda en una carpeta temporal, escribe y lee un expediente, genera un PDF, verifica y termina</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Interrupted; nothing half-written was kept.</source>
        <translation>Interrumpido; no se conservó nada escrito a medias.</translation>
    </message>
    <message>
        <source>create a new encrypted vault</source>
        <translation>crea una bóveda cifrada nueva</translation>
    </message>
    <message>
        <source>write the recovery key to FILE (mode 0600) instead of printing it</source>
        <translation>escribe la clave de recuperación en FILE (modo 0600) en lugar de mostrarla</translation>
    </message>
    <message>
        <source>target unlock time in milliseconds (default 1000)</source>
        <translation>tiempo de desbloqueo objetivo en milisegundos (por omisión 1000)</translation>
    </message>
    <message>
        <source>check key file, encryption, database integrity and audit log</source>
        <translation>verifica el archivo de claves, el cifrado, la integridad de la base de datos y la bitácora</translation>
    </message>
    <message>
        <source>change the passphrase (stdin lines: old, new)</source>
        <translation>cambia la frase de acceso (líneas en stdin: actual, nueva)</translation>
    </message>
    <message>
        <source>recalibrate the unlock time while at it</source>
        <translation>recalibra de paso el tiempo de desbloqueo</translation>
    </message>
    <message>
        <source>set a new passphrase with the recovery key (stdin lines: key, new passphrase)</source>
        <translation>define una frase de acceso nueva con la clave de recuperación (líneas en stdin: clave, frase nueva)</translation>
    </message>
    <message>
        <source>re-encrypt the whole vault under a new data key</source>
        <translation>vuelve a cifrar toda la bóveda con una clave de datos nueva</translation>
    </message>
    <message>
        <source>write an encrypted one-file backup</source>
        <translation>escribe un respaldo cifrado en un solo archivo</translation>
    </message>
    <message>
        <source>restore a backup into a vault folder after verifying it</source>
        <translation>restaura un respaldo en una carpeta de bóveda tras verificarlo</translation>
    </message>
    <message>
        <source>replace an existing vault (it is moved aside, not deleted)</source>
        <translation>reemplaza una bóveda existente (se aparta, no se borra)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery key instead of the passphrase</source>
        <translation>abre el respaldo con la clave de recuperación en lugar de la frase de acceso</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Frase de acceso nueva:</translation>
    </message>
    <message>
        <source>Calibrating the key derivation to about {ms} ms…</source>
        <translation>Calibrando la derivación de clave a unos {ms} ms…</translation>
    </message>
    <message>
        <source>Vault created in {path}</source>
        <translation>Bóveda creada en {path}</translation>
    </message>
    <message>
        <source>Argon2id: {t} passes, {m} MiB, {p} lanes, about {ms} ms here.</source>
        <translation>Argon2id: {t} pasadas, {m} MiB, {p} carriles, unos {ms} ms en este equipo.</translation>
    </message>
    <message>
        <source>Recovery key written to {path} (readable only by you).</source>
        <translation>Clave de recuperación escrita en {path} (solo usted puede leerla).</translation>
    </message>
    <message>
        <source>RECOVERY KEY — shown only this once:</source>
        <translation>CLAVE DE RECUPERACIÓN — se muestra solo esta vez:</translation>
    </message>
    <message>
        <source>Copy the recovery key onto paper and keep it apart from this computer. It is the only way back if the passphrase is forgotten: without both, the data cannot be recovered by anyone.</source>
        <translation>Copie la clave de recuperación en papel y guárdela lejos de esta computadora. Es la única forma de volver a entrar si se olvida la frase de acceso: sin ninguna de las dos, nadie puede recuperar los datos.</translation>
    </message>
    <message>
        <source>Key file: checksum and key slot OK.</source>
        <translation>Archivo de claves: suma de verificación y ranura de clave correctas.</translation>
    </message>
    <message>
        <source>Encryption: {n} damaged pages.</source>
        <translation>Cifrado: {n} páginas dañadas.</translation>
    </message>
    <message>
        <source>Encryption: every page authenticated.</source>
        <translation>Cifrado: todas las páginas autenticadas.</translation>
    </message>
    <message>
        <source>Database: integrity problems: {detail}</source>
        <translation>Base de datos: problemas de integridad: {detail}</translation>
    </message>
    <message>
        <source>Database: integrity OK (schema {v}).</source>
        <translation>Base de datos: integridad correcta (esquema {v}).</translation>
    </message>
    <message>
        <source>Database: {n} broken references.</source>
        <translation>Base de datos: {n} referencias rotas.</translation>
    </message>
    <message>
        <source>Audit log: broken at {detail}.</source>
        <translation>Bitácora: rota en {detail}.</translation>
    </message>
    <message>
        <source>Audit log: {n} entries, chain intact.</source>
        <translation>Bitácora: {n} entradas, cadena íntegra.</translation>
    </message>
    <message>
        <source>Passphrase changed. The database was not rewritten.</source>
        <translation>Frase de acceso cambiada. La base de datos no se reescribió.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <source>New passphrase set. The recovery key stays the same.</source>
        <translation>Frase de acceso nueva definida. La clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Re-encrypting every page under a new key…</source>
        <translation>Cifrando de nuevo cada página con una clave nueva…</translation>
    </message>
    <message>
        <source>Done. Passphrase and recovery key are unchanged; old copies of vault.db cannot be read with the new key file.</source>
        <translation>Listo. La frase de acceso y la clave de recuperación no cambian; las copias antiguas de vault.db no se pueden leer con el archivo de claves nuevo.</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size} bytes).</source>
        <translation>Respaldo cifrado escrito: {path} ({size} bytes).</translation>
    </message>
    <message>
        <source>Backup verified and restored into {path}.</source>
        <translation>Respaldo verificado y restaurado en {path}.</translation>
    </message>
    <message>
        <source>The previous vault was moved to {path}.</source>
        <translation>La bóveda anterior se movió a {path}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de acceso está vacía.</translation>
    </message>
    <message>
        <source>The passphrase is a common word or password.</source>
        <translation>La frase de acceso es una palabra o contraseña común.</translation>
    </message>
    <message>
        <source>The passphrase repeats too few characters.</source>
        <translation>La frase de acceso repite muy pocos caracteres.</translation>
    </message>
    <message>
        <source>The passphrase is long but predictable; add unrelated words.</source>
        <translation>La frase de acceso es larga pero predecible; agregue palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Use at least 15 characters, for example four or five unrelated words.</source>
        <translation>Use al menos 15 caracteres, por ejemplo cuatro o cinco palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout.</source>
        <translation>Frase de acceso incorrecta. Revise Bloq Mayús y la distribución del teclado.</translation>
    </message>
    <message>
        <source>The recovery key does not have the right length: it has 8 groups of 5 characters. Nothing was tried.</source>
        <translation>La clave de recuperación no tiene la longitud correcta: son 8 grupos de 5 caracteres. No se intentó nada.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key looks mistyped. Check it against the paper. Nothing was tried.</source>
        <translation>El grupo {group} de la clave de recuperación parece mal escrito. Compárelo con el papel. No se intentó nada.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this vault.</source>
        <translation>Esta clave de recuperación no corresponde a esta bóveda.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de acceso no coinciden.</translation>
    </message>
    <message>
        <source>There is no vault in {path}.</source>
        <translation>No hay ninguna bóveda en {path}.</translation>
    </message>
    <message>
        <source>{path} already contains files; choose an empty or new folder.</source>
        <translation>{path} ya contiene archivos; elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the vault cannot be opened: restore it from a backup. The database was not modified.</source>
        <translation>Falta el archivo de claves {path}. Sin él no se puede abrir la bóveda: restáurelo desde un respaldo. La base de datos no se modificó.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({detail}). This is not a wrong passphrase. Restore the vault from a backup; nothing was modified.</source>
        <translation>El archivo de claves {path} está dañado ({detail}). No se trata de una frase de acceso incorrecta. Restaure la bóveda desde un respaldo; no se modificó nada.</translation>
    </message>
    <message>
        <source>The vault database is damaged ({detail}). Nothing was modified and no new vault was created. Restore it from a backup.</source>
        <translation>La base de datos de la bóveda está dañada ({detail}). No se modificó nada ni se creó una bóveda nueva. Restáurela desde un respaldo.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different vaults.</source>
        <translation>El archivo de claves y la base de datos pertenecen a bóvedas distintas.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of MPI Desktop (schema {found}; this version reads up to {supported}). Update the app; the vault was not touched.</source>
        <translation>Esta bóveda fue escrita por una versión más reciente de MPI Desktop (esquema {found}; esta versión lee hasta el {supported}). Actualice la aplicación; la bóveda no se tocó.</translation>
    </message>
    <message>
        <source>This installation lacks SQLCipher encryption; refusing to open vaults.</source>
        <translation>Esta instalación no tiene el cifrado SQLCipher; no se abrirá ninguna bóveda.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Nothing was replaced; free some space and try again.</source>
        <translation>El disco se llenó al escribir {path}. No se reemplazó nada; libere espacio e intente de nuevo.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}.</source>
        <translation>No se puede escribir {path}: {detail}.</translation>
    </message>
    <message>
        <source>The backup file {path} is damaged or incomplete ({detail}). Nothing was restored.</source>
        <translation>El archivo de respaldo {path} está dañado o incompleto ({detail}). No se restauró nada.</translation>
    </message>
    <message>
        <source>The audit log was altered or damaged at entry {seq} ({detail}).</source>
        <translation>La bitácora fue alterada o está dañada en la entrada {seq} ({detail}).</translation>
    </message>
    <message>
        <source>Not enough memory to finish the operation.</source>
        <translation>No hay memoria suficiente para terminar la operación.</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}. Nothing was saved by the failed step.</source>
        <translation>Error inesperado: {kind}. El paso que falló no guardó nada.</translation>
    </message>
    <message>
        <source>The vault is open in another copy of MPI Desktop. Close it first.</source>
        <translation>La bóveda está abierta en otra copia de MPI Desktop. Ciérrela primero.</translation>
    </message>
    <message>
        <source>Another copy of MPI Desktop is re-encrypting or restoring this vault.</source>
        <translation>Otra copia de MPI Desktop está cifrando de nuevo o restaurando esta bóveda.</translation>
    </message>
    <message>
        <source>The target already exists; it was not overwritten.</source>
        <translation>El destino ya existe; no se sobrescribió.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Given names</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>First surname</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
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
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Medios de contacto</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
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
        <source>Alcaldía</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <source>Organisation or media outlet</source>
        <translation>Organización o medio</translation>
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
        <source>Privacy notice accepted</source>
        <translation>Aviso de privacidad aceptado</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>ARCO opposition</source>
        <translation>Oposición ARCO</translation>
    </message>
    <message>
        <source>Date of opposition</source>
        <translation>Fecha de la oposición</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Federal folio</source>
        <translation>Folio federal</translation>
    </message>
    <message>
        <source>People on the case</source>
        <translation>Personas del expediente</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Persona analista</translation>
    </message>
    <message>
        <source>Date of request</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <source>Date of incorporation</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <source>Date of conclusion</source>
        <translation>Fecha de conclusión</translation>
    </message>
    <message>
        <source>Reason for conclusion</source>
        <translation>Motivo de conclusión</translation>
    </message>
    <message>
        <source>Notes on conclusion</source>
        <translation>Notas de conclusión</translation>
    </message>
    <message>
        <source>Account of the facts</source>
        <translation>Relato de los hechos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
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
        <source>Description</source>
        <translation>Descripción</translation>
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
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
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
        <source>Listed twice.</source>
        <translation>Aparece dos veces.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La fecha está en el futuro.</translation>
    </message>
    <message>
        <source>The date is not plausible.</source>
        <translation>La fecha no es verosímil.</translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation>Un código postal tiene 5 dígitos.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits.</source>
        <translation>Un número telefónico tiene de 8 a 15 dígitos.</translation>
    </message>
    <message>
        <source>This is not a valid CURP.</source>
        <translation>No es una CURP válida.</translation>
    </message>
    <message>
        <source>This is not a valid RFC.</source>
        <translation>No es un RFC válido.</translation>
    </message>
    <message>
        <source>This is not a valid INE key or CIC number.</source>
        <translation>No es una clave de elector ni un CIC válidos.</translation>
    </message>
    <message>
        <source>A folio looks like MPI-2026-0042.</source>
        <translation>Un folio tiene la forma MPI-2026-0042.</translation>
    </message>
    <message>
        <source>Ciudad refugio cases need the federal mechanism&apos;s folio.</source>
        <translation>Los casos de Ciudad refugio requieren el folio del mecanismo federal.</translation>
    </message>
    <message>
        <source>Needed to mark the case as incorporated.</source>
        <translation>Necesario para marcar el expediente como incorporado.</translation>
    </message>
    <message>
        <source>Needed to conclude the case.</source>
        <translation>Necesario para concluir el expediente.</translation>
    </message>
    <message>
        <source>Only for concluded cases.</source>
        <translation>Solo para expedientes concluidos.</translation>
    </message>
    <message>
        <source>Earlier than the date of request.</source>
        <translation>Es anterior a la fecha de solicitud.</translation>
    </message>
    <message>
        <source>A case has exactly one main beneficiary.</source>
        <translation>Un expediente tiene exactamente una persona beneficiaria principal.</translation>
    </message>
    <message>
        <source>A person on the case does not exist.</source>
        <translation>Una persona del expediente no existe.</translation>
    </message>
    <message>
        <source>A referral needs the institution it was made to.</source>
        <translation>Una canalización requiere la institución a la que se hizo.</translation>
    </message>
    <message>
        <source>This cannot be changed.</source>
        <translation>Esto no se puede cambiar.</translation>
    </message>
</context>
</TS>
