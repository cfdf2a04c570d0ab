"""Everything a packet needs, read in one snapshot: facts to anonymize, identifiers to scan.

The facts go to ``domain/anonymize.py``; the identifiers (every person on the
packet's cases, their folios) go to the leak scanner.  Risk, plans and
digital-violence data come from their own modules, read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mpi_desktop.domain import catalogs, risk_instrument
from mpi_desktop.domain.anonymize import CaseFacts, DvFacts, MeasureFacts, RiskFacts
from mpi_desktop.domain.cem import AgendaItem, CemSession, EmptyPacket, UnknownFolios
from mpi_desktop.domain.people import Person
from mpi_desktop.storage import cases_repo, cem, dv_reviews, plans, records, risk
from mpi_desktop.storage.connection import Connection

#: Measure states a packet shows (retired and concluded ones are history).
SHOWN_STATES = frozenset({"propuesta", "aprobada", "en_implementacion", "vigente",
                          "en_evaluacion", "modificada", "suspendida"})


@dataclass(frozen=True)
class PacketSource:
    session: CemSession | None
    #: Cases in packet order (agenda order, each once).
    cases: list[CaseFacts]
    agenda: list[AgendaItem]
    #: Every person on those cases (main and linked): the scanner's identifiers.
    people: list[Person]
    #: Folios and federal folios of those cases.
    references: list[str]
    #: "session id" or "adhoc": what dismissals are keyed by.
    scope: str
    dismissed: frozenset[str]
    folios: dict[str, str]

    @property
    def case_ids(self) -> list[str]:
        return [f.case.id for f in self.cases]


def _measures(conn: Connection, case_id: str) -> tuple[MeasureFacts, ...]:
    out = []
    for m in plans.measures_for_case(conn, case_id):
        if m.state not in SHOWN_STATES:
            continue
        since = m.transitions[-1].effective_on if m.transitions else m.proposed_on
        out.append(MeasureFacts(id=m.id, code=m.code, state=m.state, institution=m.institution,
                                details=m.details, since=since,
                                pending_ratification=m.pending_ratification))
    return tuple(out)


def _risk(conn: Connection, case_id: str) -> RiskFacts | None:
    current = risk.current_level(conn, case_id)
    if current is None:
        return None
    history = risk.level_history(conn, case_id)
    instrument = risk_instrument.current()
    trend = None
    if current.previous_rank is not None:
        trend = ("rising" if current.rank > current.previous_rank
                 else "falling" if current.rank < current.previous_rank else "stable")
    return RiskFacts(level=current.level,
                     level_label={lang: instrument.level_label(current.level, lang)
                                  for lang in catalogs.LANGS},
                     trend=trend, assessed_on=current.assessed_on,
                     history=tuple(p.level for p in history))


def _dv(conn: Connection, case_id: str) -> DvFacts:
    found: list[tuple[str, date, int]] = []
    for review in dv_reviews.for_case(conn, case_id):
        found.extend((code, review.started_on, review.protocol_version) for code in review.types)
    return DvFacts(tuple(found))


def case_facts(conn: Connection, case_id: str, *, topics: tuple[str, ...] = (),
               summary: str = "") -> tuple[CaseFacts, list[Person]]:
    bundle = records.load_bundle(conn, case_id)
    facts = CaseFacts(case=bundle.case, people=bundle.people,
                      aggressions=tuple(bundle.aggressions), measures=_measures(conn, case_id),
                      risk=_risk(conn, case_id), dv=_dv(conn, case_id), summary=summary,
                      topics=topics)
    return facts, list(bundle.people.values())


def _build(conn: Connection, *, session: CemSession | None, case_ids: list[str],
           agenda: list[AgendaItem], scope: str) -> PacketSource:
    if not case_ids:
        raise EmptyPacket
    summaries = cem.summaries_for(conn, case_ids)
    cases: list[CaseFacts] = []
    people: dict[str, Person] = {}
    references: list[str] = []
    folios: dict[str, str] = {}
    for case_id in case_ids:
        topics = tuple(dict.fromkeys(a.topic for a in agenda if a.case_id == case_id))
        facts, persons = case_facts(conn, case_id, topics=topics,
                                    summary=summaries.get(case_id, ""))
        cases.append(facts)
        people.update({p.id: p for p in persons})
        references.extend(r for r in (facts.case.folio, facts.case.federal_folio) if r)
        folios[case_id] = facts.case.folio
    return PacketSource(session=session, cases=cases, agenda=agenda,
                        people=list(people.values()), references=references, scope=scope,
                        dismissed=frozenset(cem.dismissed_codes(conn, scope)), folios=folios)


def for_session(conn: Connection, session_id: str) -> PacketSource:
    session = cem.get_session(conn, session_id)
    agenda = cem.agenda(conn, session_id)
    order = list(dict.fromkeys(a.case_id for a in agenda))
    return _build(conn, session=session, case_ids=order, agenda=agenda, scope=session.id)


def for_folios(conn: Connection, folios: list[str]) -> PacketSource:
    """An ad-hoc packet (no session): the given cases in the given order."""
    ids: list[str] = []
    unknown: list[str] = []
    for folio in folios:
        case = cases_repo.get_by_folio(conn, folio)
        if case is None:
            unknown.append(folio)
        elif case.id not in ids:
            ids.append(case.id)
    if unknown:
        raise UnknownFolios(unknown)
    return _build(conn, session=None, case_ids=ids, agenda=[], scope=cem.ADHOC_SCOPE)
