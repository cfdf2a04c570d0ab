"""Demo data for the features beyond the case records.

``populate`` writes people, cases, aggressions and attentions; a newcomer opening
the demo vault should also find the rest of the app alive: signed risk
assessments (some cases with two, so the trend shows), protection plans whose
measures stand at every step of the CEM life cycle — a few overdue for review
and a few urgent ones pending ratification —, digital-violence reviews under
way, workshops, open-source findings, a CEM session already held and the next
one in preparation with its agenda and summaries.

Everything goes through the same storage operations a caseworker's actions use
(so the field history and the bitácora read as they would), is deterministic
for a seed, and contains no names: texts are generic Spanish templates, so the
CEM packet's leak scanner has nothing to find in them.  Dates are relative to
today, so the dashboard's current period always has figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from mpi_desktop.domain import measures as dm
from mpi_desktop.domain import risk as dr
from mpi_desktop.domain import risk_instrument
from mpi_desktop.domain.cem import HELD, PREPARING, AgendaItem, CemSession, default_institutions
from mpi_desktop.domain.findings import Finding
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.workshops import (
    COLLECTIVE,
    INDIVIDUAL,
    AnonymousAttendance,
    LearningEvaluation,
    Workshop,
)
from mpi_desktop.storage import cem, dv_reviews, findings, plans, risk, workshops
from mpi_desktop.storage.connection import Connection
from mpi_desktop.storage.vault import Vault

Progress = Callable[[str], None]

#: Caps, so ``demo --cases 50000`` adds feature data in seconds, not minutes.
MAX_ASSESSED = 1500
MAX_PLANS = 1200
MAX_REVIEWS = 300

THREATS = (
    ("Llamadas anónimas le advierten que deje de publicar sobre el tema.", "telefonica",
     "silenciar"),
    ("Mensajes en redes sociales con amenazas de muerte tras una publicación.",
     "redes_sociales", "silenciar"),
    ("Un vehículo sin placas estuvo estacionado varios días frente a su domicilio.",
     "presencial", "desplazar"),
    ("Personas desconocidas preguntaron por su horario en el lugar de trabajo.",
     "mediante_terceros", "obtener_informacion"),
    ("Le enviaron fotografías de su familia con un mensaje intimidatorio.", "mensajeria",
     "presionar_entorno"),
)
CONCLUSIONS = (
    "Las amenazas se repiten y muestran conocimiento de su rutina.",
    "El patrón coincide con agresiones previas en la misma zona.",
    "No hay indicios de capacidad inmediata, pero la frecuencia aumenta.",
)
REASONS = ("Valoración inicial", "Revisión periódica", "Nueva agresión reportada",
           "Solicitud del CEM")
SUMMARIES = (
    "La persona beneficiaria refiere amenazas reiteradas relacionadas con su labor. Se "
    "propone mantener las medidas vigentes y evaluar su eficacia.",
    "Se reportan nuevos actos de hostigamiento. Se propone reforzar las medidas de "
    "protección y revisar el plan en la próxima sesión.",
    "Las medidas se implementaron sin incidentes. Se propone evaluar la conclusión de "
    "las medidas de protección y mantener las de carácter social.",
)
FINDINGS = (
    "Nota periodística sobre amenazas a una periodista de un medio local.",
    "Publicación en redes sociales que difunde datos personales de un defensor.",
    "Reporte de una organización civil sobre hostigamiento a integrantes de un colectivo.",
    "Campaña de desprestigio en redes contra una comunicadora comunitaria.",
    "Denuncia pública de vigilancia a las oficinas de una organización.",
)
FINDING_TYPES = ("amenazas", "hostigamiento", "desprestigio", "agresion_digital",
                 "vigilancia_seguimiento", "intimidacion")
FINDING_SOURCES = ("medio_nacional", "medio_local", "red_social", "organizacion_civil")
ALCALDIAS = ("cuauhtemoc", "coyoacan", "iztapalapa", "tlalpan", "gustavo_a_madero",
             "benito_juarez", "alvaro_obregon", "xochimilco")
WORKSHOP_TOPICS = ("autoproteccion_basica", "seguridad_digital", "analisis_riesgo_propio",
                   "comunicacion_segura", "autocuidado_salud_emocional",
                   "documentacion_agresiones")
PLAN_MEASURES = (("rondines", "Rondines de seguridad en el domicilio."),
                 ("boton_panico", "Entrega y registro de botón de asistencia."),
                 ("apoyo_psicologico", "Atención psicológica semanal."),
                 ("fortalecimiento_seguridad_digital", "Revisión de cuentas y contraseñas."),
                 ("enlace_cuadrante", "Enlace con el cuadrante de la zona."),
                 ("asesoria_juridica", "Acompañamiento jurídico en la denuncia."))
DV_TYPES = ("acoso", "amenazas", "difusion_sin_consentimiento", "suplantacion_identidad",
            "monitoreo_acecho", "desprestigio")
URGENT_MEASURES = ("reubicacion_temporal", "proteccion_inmuebles", "traslado_seguro")


@dataclass(frozen=True)
class FeatureSummary:
    assessments: int
    measures: int
    reviews: int
    workshops: int
    findings: int
    sessions: int


@dataclass(frozen=True)
class _Case:
    id: str
    opened_on: date
    procedure: str | None


def _cases(conn: Connection) -> list[_Case]:
    return [_Case(r[0], date.fromisoformat(r[1]), r[2]) for r in conn.execute(
        "SELECT id, opened_on, procedure FROM case_file ORDER BY num")]


def add_features(vault: Vault, *, seed: int = 2026, today: date | None = None,
                 progress: Progress | None = None) -> FeatureSummary:
    """Add feature data over the cases already in ``vault`` (one transaction per kind)."""
    rnd = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by seed
    today = today or today_local()
    with vault.read() as conn:
        cases = _cases(conn)
    incorporated = [c for c in cases if c.procedure is not None]
    say = progress or (lambda _step: None)
    say("risk")
    with vault.write() as conn:
        assessed = _assessments(conn, rnd, incorporated[-MAX_ASSESSED:], today=today,
                                actor=vault.actor)
    say("plans")
    with vault.write() as conn:
        measures = _plans(conn, rnd, incorporated[-MAX_PLANS:], today=today, actor=vault.actor)
    say("digital")
    with vault.write() as conn:
        reviews = _reviews(conn, rnd, cases[-MAX_REVIEWS * 4:], actor=vault.actor)
    say("workshops")
    with vault.write() as conn:
        held = _workshops(conn, rnd, today=today, actor=vault.actor)
        found = _findings(conn, rnd, cases, today=today, actor=vault.actor)
    say("cem")
    with vault.write() as conn:
        sessions = _sessions(conn, rnd, incorporated, today=today, actor=vault.actor)
    return FeatureSummary(assessments=assessed, measures=measures, reviews=reviews,
                          workshops=held, findings=found, sessions=sessions)


# --- risk ----------------------------------------------------------------------------


def _assessment(conn: Connection, rnd: random.Random, *, case: _Case, day: date,
                level_bias: int, today: date, actor: str) -> None:
    """Start, fill and sign one assessment dated ``day`` (as the risk tab would)."""
    instrument = risk_instrument.current(day)
    draft = risk.start_assessment(conn, case_id=case.id, actor=actor, today=today)
    facts, channel, objective = rnd.choice(THREATS)
    threat = dr.Threat(
        facts=facts, kind="declarada", first_on=day - timedelta(days=rnd.randint(10, 40)),
        last_on=day - timedelta(days=rnd.randint(1, 9)), source_type="desconocido",
        objective=objective, channel=channel, pattern="repetida",
        ratings={r.code: max(1, min(3, rnd.randint(1, 2) + level_bias))
                 for r in instrument.threat_ratings},
        feasibility_conclusion=rnd.choice(CONCLUSIONS))
    answers = {i.code: max(0, min(3, rnd.randint(0, 2) + level_bias)) for i in instrument.items}
    filled = replace(draft, assessed_on=day, reason=rnd.choice(REASONS), threats=(threat,),
                     answers=answers, review_due_on=day + timedelta(days=180),
                     summary="Valoración elaborada con la persona beneficiaria.")
    risk.save_draft(conn, filled, actor=actor, today=today)
    risk.sign_assessment(conn, draft.id, actor=actor, today=today)


def _assessments(conn: Connection, rnd: random.Random, cases: list[_Case], *, today: date,
                 actor: str) -> int:
    written = 0
    for case in cases:
        if rnd.random() > 0.6:
            continue
        first = min(case.opened_on + timedelta(days=rnd.randint(5, 30)), today)
        _assessment(conn, rnd, case=case, day=first, level_bias=rnd.randint(-1, 1),
                    today=today, actor=actor)
        written += 1
        second = first + timedelta(days=rnd.randint(120, 240))
        if second <= today and rnd.random() < 0.35:
            # A re-assessment: risk rose for some, fell for others (the trend chart).
            _assessment(conn, rnd, case=case, day=second, level_bias=rnd.choice((-1, 1, 1)),
                        today=today, actor=actor)
            written += 1
    return written


# --- plans ---------------------------------------------------------------------------


def _plan_for(conn: Connection, rnd: random.Random, case: _Case, *, today: date,
              actor: str) -> int:
    """Two or three measures taken as far along the life cycle as their age allows."""
    written = 0
    proposed = min(case.opened_on + timedelta(days=rnd.randint(3, 20)), today)
    for code, details in rnd.sample(PLAN_MEASURES, rnd.randint(2, 3)):
        m = plans.propose_measure(conn, case_id=case.id, measure_code=code, actor=actor,
                                  details=details, proposed_on=proposed, today=today)
        written += 1
        approved = proposed + timedelta(days=rnd.randint(10, 30))
        if approved > today:
            continue  # still proposed: waiting for the next session
        n = approved.month  # one ordinary session a month
        m = plans.transition_measure(
            conn, measure_id=m.id, action="approve", actor=actor, effective_on=approved,
            today=today, cem_session_ref=f"Sesión ordinaria {n}/{approved.year}",
            cem_agreement_ref=f"CEM/{approved.year}/{n:02d}/{rnd.randint(1, 40):02d}")
        started = approved + timedelta(days=rnd.randint(3, 15))
        if started > today:
            continue
        # Most reviews are due in the coming months; about one in eight is overdue.
        due = today + timedelta(days=rnd.randint(20, 150)) if rnd.random() > 0.12 \
            else today - timedelta(days=rnd.randint(3, 60))
        m = plans.transition_measure(conn, measure_id=m.id, action="activate", actor=actor,
                                     effective_on=started, next_review_on=due, today=today)
        if (today - started).days > 400 and rnd.random() < 0.5:
            plans.transition_measure(conn, measure_id=m.id, action="conclude", actor=actor,
                                     effective_on=min(started + timedelta(days=365), today),
                                     reason="Concluyó el periodo acordado sin incidentes.",
                                     today=today)
    return written


def _plans(conn: Connection, rnd: random.Random, cases: list[_Case], *, today: date,
           actor: str) -> int:
    written = 0
    for case in cases:
        if rnd.random() < 0.7:
            written += _plan_for(conn, rnd, case, today=today, actor=actor)
    extraordinary = [c for c in cases if c.procedure == dm.EXTRAORDINARY]
    for case in extraordinary[-4:]:
        # Urgent measures started after a new aggression, before the CEM could meet:
        # "pendiente de ratificación" on the dashboard and the next agenda.
        plans.propose_measure(conn, case_id=case.id, measure_code=rnd.choice(URGENT_MEASURES),
                              actor=actor, urgent_start=True, today=today,
                              proposed_on=max(case.opened_on, today - timedelta(days=10)),
                              reason="Riesgo inminente valorado en la entrevista inicial.")
        written += 1
    return written


# --- digital violence, workshops, findings -------------------------------------------


def _reviews(conn: Connection, rnd: random.Random, cases: list[_Case], *, actor: str) -> int:
    written = 0
    for case in cases:
        if rnd.random() > 0.25:
            continue
        review = dv_reviews.start_review(conn, case_id=case.id, actor=actor,
                                         started_on=case.opened_on)
        dv_reviews.set_findings(conn, review_id=review.id, actor=actor,
                                types=rnd.sample(DV_TYPES, 2),
                                platforms=rnd.sample(("facebook", "x_twitter", "whatsapp"), 1))
        written += 1
        if written >= MAX_REVIEWS:
            break
    return written


def _workshops(conn: Connection, rnd: random.Random, *, today: date, actor: str) -> int:
    written = 0
    day = today - timedelta(days=700)
    while day < today:
        collective = rnd.random() < 0.7
        women, men = (rnd.randint(4, 18), rnd.randint(2, 12)) if collective else \
            rnd.choice(((1, 0), (0, 1)))
        attended = women + men
        workshops.put_workshop(conn, Workshop(
            held_on=day, modality=COLLECTIVE if collective else INDIVIDUAL,
            topics=tuple(rnd.sample(WORKSHOP_TOPICS, rnd.randint(1, 2))),
            title="Taller de autoprotección", alcaldia=rnd.choice(ALCALDIAS),
            facilitator="Equipo de prevención", duration_minutes=rnd.choice((90, 120, 180)),
            anonymous=AnonymousAttendance(women=women, men=men),
            evaluation=LearningEvaluation(evaluated=attended,
                                          pre_score=round(rnd.uniform(4, 6.5), 1),
                                          post_score=round(rnd.uniform(7, 9.5), 1))),
            actor=actor)
        written += 1
        day += timedelta(days=rnd.randint(8, 20))
    return written


def _findings(conn: Connection, rnd: random.Random, cases: list[_Case], *, today: date,
              actor: str) -> int:
    written = 0
    for back in range(0, 540, 4):
        day = today - timedelta(days=back + rnd.randint(0, 3))
        linked = rnd.choice(cases).id if cases and rnd.random() < 0.15 else None
        findings.put_finding(conn, Finding(
            found_on=day, source=rnd.choice(FINDING_SOURCES), summary=rnd.choice(FINDINGS),
            aggression_type=rnd.choice(FINDING_TYPES), alcaldia=rnd.choice(ALCALDIAS),
            occurred_on=day - timedelta(days=rnd.randint(0, 5)), case_id=linked),
            actor=actor)
        written += 1
    return written


# --- CEM -----------------------------------------------------------------------------


def _sessions(conn: Connection, rnd: random.Random, cases: list[_Case], *, today: date,
              actor: str) -> int:
    """The last session (held) and the next one, in preparation, with a few agenda items
    and the caseworker's summaries (the suggestions helper proposes more)."""
    held_on = today - timedelta(days=20)
    past = cem.create_session(conn, CemSession(
        number=cem.next_number(conn, held_on.year, "ordinaria"), year=held_on.year,
        kind="ordinaria", held_on=held_on, institutions=default_institutions()), actor=actor)
    cem.set_status(conn, past.id, HELD, actor=actor)
    upcoming_on = today + timedelta(days=12)
    upcoming = cem.create_session(conn, CemSession(
        number=cem.next_number(conn, upcoming_on.year, "ordinaria"), year=upcoming_on.year,
        kind="ordinaria", held_on=upcoming_on, institutions=default_institutions(),
        status=PREPARING), actor=actor)
    for case in cases[-6:]:
        cem.add_item(conn, AgendaItem(session_id=upcoming.id, case_id=case.id,
                                      topic="evaluacion_plan"), actor=actor)
        cem.save_summary(conn, case.id, rnd.choice(SUMMARIES), actor=actor,
                         session_id=upcoming.id)
    return 2
