"""The CEM operations the UI and CLI call: each one user action, one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from mpi_desktop.domain.cem import Acuerdo, AgendaItem, CemSession, Suggestion
from mpi_desktop.domain.leak_scanner import Finding
from mpi_desktop.domain.measures import Measure
from mpi_desktop.storage import case_query, cem, cem_acuerdos, cem_suggest, plans
from mpi_desktop.storage.case_query import CaseFilter, CaseRow
from mpi_desktop.storage.vault import Vault


@dataclass(frozen=True)
class SessionView:
    """Everything the session screen shows at once (one read snapshot)."""

    session: CemSession
    agenda: list[cem.AgendaRow]
    acuerdos: list[Acuerdo]
    packets: int


class CemOps:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def actor(self) -> str:
        return self.vault.actor

    # --- reading ------------------------------------------------------------------------
    def sessions(self, year: int | None = None) -> list[cem.SessionRow]:
        with self.vault.read() as conn:
            return cem.list_sessions(conn, year=year)

    def view(self, session_id: str) -> SessionView:
        with self.vault.read() as conn:
            packets = int(conn.execute("SELECT count(*) FROM cem_packet WHERE session_id = ?",
                                       (session_id,)).fetchone()[0])
            return SessionView(cem.get_session(conn, session_id),
                               cem.agenda_rows(conn, session_id),
                               cem_acuerdos.for_session(conn, session_id), packets)

    def session(self, session_id: str) -> CemSession:
        with self.vault.read() as conn:
            return cem.get_session(conn, session_id)

    def next_number(self, year: int, kind: str) -> int:
        with self.vault.read() as conn:
            return cem.next_number(conn, year, kind)

    def suggestions(self, session_id: str) -> list[Suggestion]:
        with self.vault.read() as conn:
            return cem_suggest.suggestions(conn, session_id)

    def find_cases(self, text: str, limit: int = 20) -> list[CaseRow]:
        with self.vault.read() as conn:
            return case_query.page(conn, CaseFilter(text=text), limit=limit)

    def measures(self, case_id: str) -> list[Measure]:
        with self.vault.read() as conn:
            return plans.measures_for_case(conn, case_id)

    def summary(self, case_id: str) -> cem.Summary | None:
        with self.vault.read() as conn:
            return cem.current_summary(conn, case_id)

    def summary_history(self, case_id: str) -> list[cem.Summary]:
        with self.vault.read() as conn:
            return cem.summary_history(conn, case_id)

    def next_acuerdo_number(self, session_id: str) -> str:
        with self.vault.read() as conn:
            return cem_acuerdos.next_number(conn, session_id)

    def dismissals(self, scope: str) -> list[cem.Dismissal]:
        with self.vault.read() as conn:
            return cem.dismissals(conn, scope)

    # --- writing --------------------------------------------------------------------------
    def create_session(self, session: CemSession) -> CemSession:
        with self.vault.write() as conn:
            return cem.create_session(conn, session, actor=self.actor)

    def update_session(self, session: CemSession) -> CemSession:
        with self.vault.write() as conn:
            return cem.update_session(conn, session, actor=self.actor)

    def set_status(self, session_id: str, target: str) -> CemSession:
        with self.vault.write() as conn:
            return cem.set_status(conn, session_id, target, actor=self.actor)

    def delete_session(self, session_id: str) -> None:
        with self.vault.write() as conn:
            cem.delete_session(conn, session_id, actor=self.actor)

    def add_item(self, item: AgendaItem) -> AgendaItem:
        with self.vault.write() as conn:
            return cem.add_item(conn, item, actor=self.actor)

    def accept(self, session_id: str, suggestions: list[Suggestion]) -> list[AgendaItem]:
        with self.vault.write() as conn:
            return cem.accept_suggestions(conn, session_id, suggestions, actor=self.actor)

    def remove_item(self, item_id: str) -> None:
        with self.vault.write() as conn:
            cem.remove_item(conn, item_id, actor=self.actor)

    def move_item(self, item_id: str, delta: int) -> list[AgendaItem]:
        with self.vault.write() as conn:
            return cem.move_item(conn, item_id, delta, actor=self.actor)

    def save_summary(self, case_id: str, text: str, session_id: str | None = None
                     ) -> cem.Summary:
        with self.vault.write() as conn:
            return cem.save_summary(conn, case_id, text, actor=self.actor,
                                    session_id=session_id)

    def record_acuerdo(self, acuerdo: Acuerdo) -> Acuerdo:
        with self.vault.write() as conn:
            return cem_acuerdos.record(conn, acuerdo, actor=self.actor)

    def update_acuerdo_text(self, acuerdo_id: str, text: str) -> Acuerdo:
        with self.vault.write() as conn:
            return cem_acuerdos.update_text(conn, acuerdo_id, text, actor=self.actor)

    def delete_acuerdo(self, acuerdo_id: str) -> None:
        with self.vault.write() as conn:
            cem_acuerdos.delete(conn, acuerdo_id, actor=self.actor)

    def dismiss(self, scope: str, finding: Finding, reason: str = "") -> cem.Dismissal:
        with self.vault.write() as conn:
            return cem.dismiss(conn, scope, finding, actor=self.actor, reason=reason)

    def revoke_dismissal(self, scope: str, code: str) -> bool:
        with self.vault.write() as conn:
            return cem.revoke_dismissal(conn, scope, code, actor=self.actor)
