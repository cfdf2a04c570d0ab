"""Open-source monitoring: the registry of findings (*mapeo de agresiones*, III.III).

A finding is something the monitoring team read in an open source (a news
item, a post, an official report) about an aggression against a journalist or
a human-rights defender.  It may concern a person who is (or becomes) a case:
then it links to that case, and loses the link if the case is ever erased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain import catalogs
from mpi_desktop.domain.ids import is_uuid, new_id
from mpi_desktop.domain.timeutil import today_local
from mpi_desktop.domain.validation import EARLIEST, MAX_SHORT, MAX_TEXT, Issue

MAX_URL = 2000
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    #: The day the monitoring found (or the source published) the information.
    found_on: date
    source: str  # finding_sources catalog
    summary: str
    aggression_type: str  # aggression_types catalog
    id: str = field(default_factory=new_id)
    #: Name of the outlet, account or publication.
    outlet: str = ""
    url: str = ""
    #: When the aggression happened, if the source says.
    occurred_on: date | None = None
    alcaldia: str | None = None  # alcaldias catalog
    #: Who was attacked, by profile (profiles catalog), if the source says.
    profile: str | None = None
    #: The case this finding concerns, if any.
    case_id: str | None = None
    created_at: str = ""
    updated_at: str = ""


def looks_like_url(text: str) -> bool:
    return bool(_URL_RE.match(text.strip()))


def validate_finding(f: Finding, *, today: date | None = None) -> list[Issue]:
    today = today or today_local()
    issues: list[Issue] = []

    def add(where: str, problem: str, **params: object) -> None:
        issues.append(Issue(where, problem, dict(params)))

    for name, value in (("found_on", f.found_on), ("occurred_on", f.occurred_on)):
        if value is None:
            continue
        if value > today:
            add(name, "future_date")
        elif value < EARLIEST:
            add(name, "implausible_date")
    if f.occurred_on is not None and f.occurred_on > f.found_on:
        add("occurred_on", "after_found")
    for name, catalog, required in (("source", "finding_sources", True),
                                    ("aggression_type", "aggression_types", True),
                                    ("alcaldia", "alcaldias", False),
                                    ("profile", "profiles", False)):
        value = getattr(f, name)
        if not value:
            if required:
                add(name, "required")
        elif value not in catalogs.get(catalog):
            add(name, "unknown_code", code=value, catalog=catalog)
    if not f.summary.strip():
        add("summary", "required")
    elif len(f.summary) > MAX_TEXT:
        add("summary", "too_long", limit=MAX_TEXT)
    if len(f.outlet) > MAX_SHORT:
        add("outlet", "too_long", limit=MAX_SHORT)
    if f.url:
        if len(f.url) > MAX_URL:
            add("url", "too_long", limit=MAX_URL)
        elif not looks_like_url(f.url):
            add("url", "invalid_url")
    if f.case_id is not None and not is_uuid(f.case_id):
        add("case_id", "unknown_case")
    return issues
