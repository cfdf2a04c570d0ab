"""Domain records from form values (no Qt): the forms hand over what was typed,
these build the record the domain validates.  A missing date becomes an issue,
never a crash, because a record cannot be built without one."""

from __future__ import annotations

from typing import Any

from mpi_desktop.domain.cases import Aggression, Attention
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import Issue


def with_date(values: dict[str, Any], name: str = "occurred_on"
              ) -> tuple[dict[str, Any], list[Issue]]:
    if values.get(name) is None:
        return {**values, name: today_local()}, [Issue(name, "required")]
    return values, []


def build_aggression(case_id: str, values: dict[str, Any]) -> tuple[Aggression, list[Issue]]:
    values, issues = with_date(values)
    agg = Aggression(case_id=case_id, occurred_on=values["occurred_on"],
                     types=tuple(values.get("types") or ()),
                     aggressor_type=values.get("aggressor_type") or "",
                     date_precision=values.get("date_precision") or "day",
                     place=values.get("place", ""), alcaldia=values.get("alcaldia"),
                     description=values.get("description", ""))
    return agg, issues


def build_attention(case_id: str, values: dict[str, Any]) -> tuple[Attention, list[Issue]]:
    values, issues = with_date(values)
    att = Attention(case_id=case_id, kind=values.get("kind") or "",
                    occurred_on=values["occurred_on"], institution=values.get("institution"),
                    notes=values.get("notes", ""))
    return att, issues


PERSON_FIELDS = frozenset(Person.__dataclass_fields__)


def person_from_values(values: dict[str, Any]) -> Person:
    """A new person from form values (extra keys such as ``role`` are ignored)."""
    fields = {k: v for k, v in values.items() if k in PERSON_FIELDS}
    fields.setdefault("given_names", "")
    if fields.get("profile") is None:
        fields["profile"] = ""  # validation says "required" instead of guessing
    return Person(**fields)
