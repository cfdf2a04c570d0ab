"""The case-record sections: people, cases (with participants), aggressions, attentions.

Each section checks its items in three layers after the JSON Schema passed:
conversion (impossible dates), the domain's ``validate_*`` rules (catalog codes
included), then references and conflicts with the vault (unknown people or
cases, folio collisions, records erased under ARCO, duplicates).  Writing
composes :mod:`mpi_desktop.storage.records`, so imported records get the same
field history and search index as typed ones; the engine audits the import once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from mpi_desktop.domain import validation as v
from mpi_desktop.domain.cases import Aggression, Attention, Case
from mpi_desktop.domain.history import diff
from mpi_desktop.domain.people import Person
from mpi_desktop.interchange import core_codec as codec
from mpi_desktop.interchange.jsonpath import from_dotted, join
from mpi_desktop.interchange.sections import ExportScope, ImportContext, InterchangeSection
from mpi_desktop.storage import arco, cases_repo, events_repo, people_repo, records
from mpi_desktop.storage.connection import Connection

R = TypeVar("R", Person, Case, Aggression, Attention)
E = TypeVar("E", Aggression, Attention)
Item = dict[str, Any]
#: ctx.state key: case id → the file's ``updated_at``, restored after events are added.
CASE_TIMES = "core.case_updated_at"


def _erased(conn: Connection, ctx: ImportContext) -> arco.ErasedIds:
    found = ctx.state.get("core.erased")
    if not isinstance(found, arco.ErasedIds):
        found = arco.erased_ids(conn)
        ctx.state["core.erased"] = found
    return found


class _RecordSection(Generic[R]):
    """What the four sections share: decode, validate, find duplicates, write."""

    name: str = ""
    depends_on: tuple[str, ...] = ()
    decode: Callable[[Item], codec.Decoded]
    validate: Callable[[R], list[v.Issue]]

    # -- hooks -----------------------------------------------------------------------
    def existing(self, conn: Connection, record_id: str) -> R | None:
        raise NotImplementedError

    def check_one(self, conn: Connection, record: R, base: str, ctx: ImportContext) -> None:
        """References and conflicts of one decoded, domain-valid-or-not record."""

    def check_existing(self, old: R, new: R, base: str, ctx: ImportContext) -> None:
        """Conflicts with the vault's version of the same UUID."""

    def put(self, conn: Connection, record: R, ctx: ImportContext) -> None:
        raise NotImplementedError

    # -- the contract ----------------------------------------------------------------------
    def check_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[R | None] = []
        for i, item in enumerate(items):
            base = join("$", self.name, i)
            result = self.decode(item)
            for key, code in result.problems:
                ctx.error(join(base, key), code)
            record: R | None = result.value
            decoded.append(record)
            if record is None:
                continue
            for issue in self.validate(record):
                ctx.error(from_dotted(base, issue.field), issue.code, **issue.params)
            self.check_one(conn, record, base, ctx)
            old = self.existing(conn, record.id)
            if old is not None:
                identical = not diff(old, record)
                if not identical:
                    self.check_existing(old, record, base, ctx)
                ctx.duplicate(self.name, record.id, identical=identical, path=join(base, "id"))
        ctx.state[f"{self.name}.decoded"] = decoded

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        decoded: list[R | None] = ctx.state[f"{self.name}.decoded"]
        for record in decoded:
            if record is None:  # impossible after a clean check; the engine makes sure
                raise RuntimeError("import of an unchecked item")
            if ctx.should_write(self.name, record.id):
                self.put(conn, record, ctx)
                ctx.wrote(self.name)
        ctx.counts.setdefault(self.name, 0)


class PeopleSection(_RecordSection[Person]):
    name = "people"
    decode = staticmethod(codec.person_from)
    validate = staticmethod(v.validate_person)

    def item_schema(self) -> dict[str, Any]:
        return codec.person_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        found = people_repo.get_many(conn, list(scope.person_ids))
        return [codec.person_item(found[pid]) for pid in scope.person_ids if pid in found]

    def existing(self, conn: Connection, record_id: str) -> Person | None:
        return people_repo.get(conn, record_id)

    def check_one(self, conn: Connection, record: Person, base: str,
                  ctx: ImportContext) -> None:
        if record.id in _erased(conn, ctx).people:
            ctx.error(join(base, "id"), "erased_by_arco")

    def check_existing(self, old: Person, new: Person, base: str, ctx: ImportContext) -> None:
        # An old export must not quietly undo an ARCO opposition recorded since.
        if old.arco_opposition and not new.arco_opposition and ctx.on_duplicate == "replace":
            ctx.error(join(base, "arco_opposition"), "opposition_withdrawal")

    def put(self, conn: Connection, record: Person, ctx: ImportContext) -> None:
        records.put_person(conn, record, actor=ctx.actor, log=False, keep_times=True)


class CasesSection(_RecordSection[Case]):
    name = "cases"
    depends_on: tuple[str, ...] = ("people",)
    decode = staticmethod(codec.case_from)
    validate = staticmethod(v.validate_case)

    def item_schema(self) -> dict[str, Any]:
        return codec.case_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        out = []
        for case_id in scope.case_ids:
            case = cases_repo.get(conn, case_id)
            if case is not None:
                out.append(codec.case_item(case))
        return out

    def existing(self, conn: Connection, record_id: str) -> Case | None:
        return cases_repo.get(conn, record_id)

    def check_one(self, conn: Connection, record: Case, base: str, ctx: ImportContext) -> None:
        if record.id in _erased(conn, ctx).cases:
            ctx.error(join(base, "id"), "erased_by_arco")
        folios: dict[str, str] = ctx.state.setdefault("core.folios", {})
        if record.folio in folios:
            ctx.error(join(base, "folio"), "duplicate_folio_in_file", folio=record.folio,
                      first=folios[record.folio])
        else:
            folios[record.folio] = base
        if cases_repo.folio_taken(conn, record.folio, except_id=record.id):
            ctx.error(join(base, "folio"), "folio_taken", folio=record.folio)
        in_file = ctx.known_ids.get("people", set())
        known: dict[str, bool] = ctx.state.setdefault("core.people_known", {})
        for k, part in enumerate(record.participants):
            pid = part.person_id
            if pid not in known:
                known[pid] = pid in in_file or people_repo.get(conn, pid) is not None
            if not known[pid]:
                ctx.error(join(base, "participants", k, "person_id"), "unknown_person")

    def put(self, conn: Connection, record: Case, ctx: ImportContext) -> None:
        records.put_case(conn, record, actor=ctx.actor, log=False, keep_times=True)
        ctx.state.setdefault(CASE_TIMES, {})[record.id] = record.updated_at


class _EventSection(_RecordSection[E]):
    depends_on: tuple[str, ...] = ("cases",)

    def check_one(self, conn: Connection, record: E, base: str, ctx: ImportContext) -> None:
        case_id = record.case_id
        known: dict[str, bool] = ctx.state.setdefault("core.cases_known", {})
        if case_id not in known:
            known[case_id] = case_id in ctx.known_ids.get("cases", set()) or \
                cases_repo.get(conn, case_id) is not None
        if not known[case_id]:
            ctx.error(join(base, "case_id"), "unknown_case")

    def check_existing(self, old: E, new: E, base: str, ctx: ImportContext) -> None:
        if old.case_id != new.case_id:
            ctx.error(join(base, "case_id"), "case_mismatch")

    def import_items(self, conn: Connection, items: list[Item], ctx: ImportContext) -> None:
        super().import_items(conn, items, ctx)
        # Adding an event stamps its case "changed now"; a case that came from the
        # file keeps the file's timestamp, so an export → import round trip is exact.
        times: dict[str, str] = ctx.state.get(CASE_TIMES, {})
        for case_id, updated_at in times.items():
            conn.execute("UPDATE case_file SET updated_at = ? WHERE id = ?",
                         (updated_at, case_id))


class AggressionsSection(_EventSection[Aggression]):
    name = "aggressions"
    decode = staticmethod(codec.aggression_from)
    validate = staticmethod(v.validate_aggression)

    def item_schema(self) -> dict[str, Any]:
        return codec.aggression_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [codec.aggression_item(a) for case_id in scope.case_ids
                for a in events_repo.aggressions(conn, case_id)]

    def existing(self, conn: Connection, record_id: str) -> Aggression | None:
        return events_repo.get_aggression(conn, record_id)

    def put(self, conn: Connection, record: Aggression, ctx: ImportContext) -> None:
        records.put_aggression(conn, record, actor=ctx.actor, log=False, keep_times=True)


class AttentionsSection(_EventSection[Attention]):
    name = "attentions"
    decode = staticmethod(codec.attention_from)
    validate = staticmethod(v.validate_attention)

    def item_schema(self) -> dict[str, Any]:
        return codec.attention_schema()

    def export_items(self, conn: Connection, scope: ExportScope) -> list[Item]:
        return [codec.attention_item(a) for case_id in scope.case_ids
                for a in events_repo.attentions(conn, case_id)]

    def existing(self, conn: Connection, record_id: str) -> Attention | None:
        return events_repo.get_attention(conn, record_id)

    def put(self, conn: Connection, record: Attention, ctx: ImportContext) -> None:
        records.put_attention(conn, record, actor=ctx.actor, log=False, keep_times=True)


SECTIONS: tuple[InterchangeSection, ...] = (
    PeopleSection(), CasesSection(), AggressionsSection(), AttentionsSection())
