"""What the intake wizard creates, built from what was typed (no Qt).

The wizard hands over plain values: the main person and case fields, the linked
persons and the aggressions.  This builds the domain records, validates them all
and says where each issue belongs (which form, which item), so the wizard can put
every problem next to its field before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mpi_desktop.domain import validation
from mpi_desktop.domain.cases import Aggression, Case, CaseParticipant
from mpi_desktop.domain.people import ContactChannel, Person
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue
from mpi_desktop.ui.cases.builders import build_aggression, person_from_values

MAIN = "main"
LINK = "link"
AGGRESSION = "aggression"

CASE_FIELDS = ("opened_on", "origin", "federal_folio", "caseworker", "narrative")


@dataclass(frozen=True)
class Placed:
    """An issue and the form it belongs to: (MAIN, 0), (LINK, i) or (AGGRESSION, i)."""

    target: str
    index: int
    issue: Issue


@dataclass
class IntakeResult:
    people: list[Person]
    case: Case
    aggressions: list[Aggression]
    issues: list[Placed] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.issues


def _blank(values: dict[str, Any], names: tuple[str, ...]) -> bool:
    return all(not values.get(n) for n in names)


def is_blank_link(values: dict[str, Any]) -> bool:
    return _blank(values, ("given_names", "first_surname", "second_surname", "contact_value"))


def is_blank_aggression(values: dict[str, Any]) -> bool:
    return _blank(values, ("occurred_on", "types", "aggressor_type", "place", "description"))


def _safe_contact(values: dict[str, Any]) -> ContactChannel | None:
    value = str(values.get("contact_value") or "").strip()
    if not value:
        return None
    return ContactChannel(kind=str(values.get("contact_kind") or "otro"), value=value,
                          safe=bool(values.get("contact_safe", True)),
                          notes=str(values.get("contact_notes") or "").strip())


def _contact_issue(issue: Issue, *, has_safe: bool) -> Issue:
    """contacts.N.x → the safe-contact fields (N = 0) or the extra contacts list."""
    parts = issue.field.split(".")
    if len(parts) < 2 or not parts[1].isdigit():
        return issue
    index = int(parts[1])
    rest = parts[2] if len(parts) > 2 else "value"
    if has_safe and index == 0:
        return Issue(f"contact_{rest}" if rest in ("kind", "value") else "contact_value",
                     issue.code, issue.params)
    shifted = index - 1 if has_safe else index
    return Issue(".".join(["contacts", str(shifted), *parts[2:]]), issue.code, issue.params)


def main_person(values: dict[str, Any]) -> tuple[Person, bool]:
    safe = _safe_contact(values)
    extra = tuple(values.get("contacts") or ())
    fields = {k: v for k, v in values.items() if k not in CASE_FIELDS}
    fields["contacts"] = ((safe,) if safe else ()) + extra
    return person_from_values(fields), safe is not None


def linked_person(values: dict[str, Any]) -> Person:
    fields = {k: values.get(k) for k in ("given_names", "first_surname", "second_surname",
                                         "profile")}
    fields = {k: (v if v is not None else "") for k, v in fields.items()}
    safe = _safe_contact({**values, "contact_safe": values.get("contact_safe", False)})
    return person_from_values({**fields, "contacts": (safe,) if safe else ()})


def build(main: dict[str, Any], links: list[dict[str, Any]],
          aggressions: list[dict[str, Any]], *, today: date | None = None) -> IntakeResult:
    today = today or today_local()
    issues: list[Placed] = []
    person, has_safe = main_person(main)
    for issue in validation.validate_person(person, today=today):
        if issue.field.startswith("contacts."):
            issue = _contact_issue(issue, has_safe=has_safe)
        issues.append(Placed(MAIN, 0, issue))

    people = [person]
    participants = [CaseParticipant(person.id, "beneficiaria_principal", is_primary=True)]
    for i, values in enumerate(links):
        if is_blank_link(values):
            continue
        other = linked_person(values)
        for issue in validation.validate_person(other, today=today):
            if issue.field.startswith("contacts."):
                issue = Issue("contact_value", issue.code, issue.params)
            issues.append(Placed(LINK, i, issue))
        people.append(other)
        participants.append(CaseParticipant(other.id, str(values.get("role") or "familiar")))

    opened_on = main.get("opened_on")
    if opened_on is None:
        issues.append(Placed(MAIN, 0, Issue("opened_on", "required")))
    case = Case(opened_on=opened_on or today,
                origin=str(main.get("origin") or "solicitud_directa"),
                federal_folio=str(main.get("federal_folio") or ""),
                caseworker=str(main.get("caseworker") or ""),
                narrative=str(main.get("narrative") or ""),
                participants=tuple(participants))
    for issue in validation.validate_case(case, today=today):
        issues.append(Placed(MAIN, 0, issue))

    events = []
    for i, values in enumerate(aggressions):
        if is_blank_aggression(values):
            continue
        agg, missing = build_aggression(case.id, values)
        found = missing + [x for x in validation.validate_aggression(agg, today=today)
                           if not missing or x.field != "occurred_on"]
        issues.extend(Placed(AGGRESSION, i, x) for x in found)
        events.append(agg)
    return IntakeResult(people=people, case=case, aggressions=events, issues=issues)


def title_of(main: dict[str, Any]) -> str:
    """The draft's title: the name as typed so far (shown only after unlock)."""
    return " ".join(str(main.get(n) or "").strip()
                    for n in ("given_names", "first_surname", "second_surname")).strip()
