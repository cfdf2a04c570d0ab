<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>the number of cases must be between 1 and {max}</source>
        <translation>el número de expedientes debe estar entre 1 y {max}</translation>
    </message>
    <message>
        <source>fill a vault with synthetic demo cases (creates the vault if the folder does not exist)</source>
        <translation>llena una bóveda con expedientes ficticios de demostración (crea la bóveda si la carpeta no existe)</translation>
    </message>
    <message>
        <source>vault folder for the demo (created if it does not exist)</source>
        <translation>carpeta de la bóveda de demostración (se crea si no existe)</translation>
    </message>
    <message>
        <source>how many cases to add</source>
        <translation>cuántos expedientes agregar</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same data (default 2026)</source>
        <translation>semilla aleatoria: la misma semilla produce los mismos datos (por omisión 2026)</translation>
    </message>
    <message>
        <source>target unlock time in milliseconds for a new vault (default 1000)</source>
        <translation>tiempo de desbloqueo objetivo en milisegundos para una bóveda nueva (por omisión 1000)</translation>
    </message>
    <message>
        <source>for a new vault: write the recovery key to FILE (mode 0600) instead of printing it</source>
        <translation>para una bóveda nueva: escribe la clave de recuperación en FILE (modo 0600) en lugar de mostrarla</translation>
    </message>
    <message>
        <source>Generating demo cases: {done} of {total} ({percent} %)</source>
        <translation>Generando expedientes de demostración: {done} de {total} ({percent} %)</translation>
    </message>
    <message>
        <source>Added {cases} demo cases ({people} people, {aggressions} aggressions, {attentions} attentions) in {seconds} s.</source>
        <translation>Se agregaron {cases} expedientes de demostración ({people} personas, {aggressions} agresiones, {attentions} atenciones) en {seconds} s.</translation>
    </message>
    <message>
        <source>Added {assessments} risk assessments, {measures} measures, {reviews} digital-violence reviews, {workshops} workshops, {findings} findings and {sessions} CEM sessions.</source>
        <translation>Se agregaron {assessments} valoraciones de riesgo, {measures} medidas, {reviews} revisiones de violencia digital, {workshops} talleres, {findings} hallazgos y {sessions} sesiones del CEM.</translation>
    </message>
    <message>
        <source>All names, contacts, documents and events are synthetic.</source>
        <translation>Todos los nombres, contactos, documentos y hechos son ficticios.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This vault holds cases that the demo did not generate ({count}). Synthetic data is never mixed with real cases: choose a new folder for a demo vault.</source>
        <translation>Esta bóveda contiene expedientes que no generó la demostración ({count}). Los datos ficticios nunca se mezclan con expedientes reales: elija una carpeta nueva para una bóveda de demostración.</translation>
    </message>
</context>
</TS>