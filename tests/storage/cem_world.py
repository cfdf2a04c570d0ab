"""A small synthetic world for the CEM tests: cases in every situation the agenda helpers
look for, with measures, risk assessments and a digital-violence review."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from mpi_desktop.domain.cases import Case
from mpi_desktop.domain.cem import CemSession, default_institutions
from mpi_desktop.domain.measures import Measure
from mpi_desktop.domain.people import ContactChannel, IdentityDocument, Person
from mpi_desktop.storage import dv_reviews
from mpi_desktop.storage.cem_ops import CemOps
from mpi_desktop.storage.plans import PlanOps
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.risk import RiskOps
from mpi_desktop.storage.vault import Vault
from tests.factories import aggression, case_for, person, risk_answers, risk_threat

HELD_ON = date(2026, 3, 12)
CEM = {"cem_session_ref": "Sesión ordinaria 2/2026", "cem_agreement_ref": "CEM/2026/02/01"}


@dataclass
class World:
    maria: Person
    kin: Person
    lupe: Person
    ines: Person
    new_case: Case          # incorporated after the last session
    urgent_case: Case       # extraordinary procedure, urgent measure pending ratification
    rising_case: Case       # risk went up
    overdue_case: Case      # a measure review is overdue
    urgent: Measure
    patrols: Measure        # in force, locating, review overdue
    therapy: Measure        # proposed, not locating
    session: CemSession


def build(vault: Vault) -> World:
    r, plans, risk = Records(vault), PlanOps(vault), RiskOps(vault)
    maria = person()  # María José de la Cruz Peña, with every identifier
    kin = person(given_names="Juan Carlos", first_surname="Cruz", second_surname="Ramírez",
                 profile="familiar", aliases=("El Güero",), birth_date=date(2012, 5, 3),
                 contacts=(ContactChannel("telefono_movil", "55 2468 1357"),),
                 documents=(IdentityDocument("curp", "CURJ120503HDFRMN05"),),
                 address="Av. Universidad 3000, Col. Copilco", postal_code="04360",
                 organization="", organization_category=None)
    lupe = person(given_names="Guadalupe", first_surname="Ávila", second_surname="Sáenz",
                  profile="defensora", aliases=("Lupita",),
                  contacts=(ContactChannel("correo", "lupe.avila@colectiva.org"),
                            ContactChannel("red_social", "@lupe_tierra")),
                  documents=(IdentityDocument("rfc", "AISG800101AB1"),),
                  address="Calle Cedros 45, Pueblo de San Andrés", postal_code="14400",
                  alcaldia="tlalpan", birth_date=date(1980, 1, 1),
                  organization="Colectiva Tierra Viva",
                  organization_category="osc_derechos_humanos")
    ines = person(given_names="Inés", first_surname="Zamora", second_surname="Luna",
                  profile="colaboradora", aliases=(), contacts=(), documents=(),
                  address="", postal_code="", alcaldia="iztapalapa", organization="",
                  organization_category=None, birth_date=date(1999, 9, 9))
    new_case = r.open_case(case_for(maria, kin, status="incorporado", procedure="ordinario",
                                    incorporated_on=date(2026, 2, 20)), [maria, kin])
    r.save_aggression(aggression(new_case.id))
    urgent_case = r.open_case(case_for(lupe, status="incorporado", procedure="extraordinario",
                                       opened_on=date(2025, 11, 20),
                                       incorporated_on=date(2025, 12, 1)), [lupe])
    rising_case = r.open_case(case_for(ines, status="incorporado", procedure="ordinario",
                                       opened_on=date(2025, 6, 1),
                                       incorporated_on=date(2025, 7, 1)), [ines])
    overdue_case = rising_case
    urgent = plans.propose(urgent_case.id, "escolta", urgent_start=True,
                           reason="Riesgo inminente", proposed_on=date(2025, 12, 2))
    patrols = plans.propose(rising_case.id, "rondines", details="Rondines en Cedros 45",
                            proposed_on=date(2025, 7, 2), next_review_on=date(2026, 1, 15))
    patrols = plans.transition(patrols.id, "approve", effective_on=date(2025, 7, 10), **CEM)
    patrols = plans.transition(patrols.id, "activate", effective_on=date(2025, 7, 15))
    therapy = plans.propose(new_case.id, "apoyo_psicologico",
                            details="Atención psicológica semanal",
                            proposed_on=date(2026, 2, 21))
    first = risk.start(rising_case.id)
    risk.save_and_sign(replace(first, threats=(risk_threat(),), answers=risk_answers(1, 3),
                               assessed_on=date(2025, 7, 1)))
    second = risk.start(rising_case.id, "Nueva agresión")
    risk.save_and_sign(replace(second, threats=(risk_threat(),), answers=risk_answers(3, 0),
                               assessed_on=date(2026, 2, 25)))
    with vault.write() as conn:
        review = dv_reviews.start_review(conn, case_id=new_case.id, actor="prueba",
                                         started_on=date(2026, 2, 22))
        dv_reviews.set_findings(conn, review_id=review.id, actor="prueba",
                                types=("amenazas", "difusion_sin_consentimiento"))
    ops = CemOps(vault)
    previous = ops.create_session(CemSession(number=2, year=2026, kind="ordinaria",
                                             held_on=date(2026, 2, 12)))
    ops.set_status(previous.id, "celebrada")
    session = ops.create_session(CemSession(number=3, year=2026, kind="ordinaria",
                                            held_on=HELD_ON, institutions=default_institutions()))
    return World(maria, kin, lupe, ines, new_case, urgent_case, rising_case, overdue_case,
                 urgent, patrols, therapy, session)


def identifiers_of(p: Person) -> list[str]:
    """Strings that must never appear in a packet (tests search the PDF text for them)."""
    out = [p.full_name, p.given_names, p.first_surname, *p.aliases,
           *(c.value for c in p.contacts), *(d.number for d in p.documents)]
    out += [w for w in p.full_name.split() if len(w) > 3]
    if p.address:
        out.append(p.address)
        out += [part.strip() for part in p.address.split(",")]
    if p.postal_code:
        out.append(p.postal_code)
    if p.organization:
        out.append(p.organization)
    if p.birth_date:
        out += [p.birth_date.isoformat(), p.birth_date.strftime("%d/%m/%Y")]
    return [x for x in dict.fromkeys(out) if x]
