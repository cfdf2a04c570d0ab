#!/usr/bin/env python3
"""Screenshots for the docs, from a demo vault in a temporary folder (never real data).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--cases 120] [--lang es]

Runs offscreen at fixed sizes and writes PNGs of the unlock screen, the first-run
wizard (passphrase page), the dashboard, the case list, a case view, its risk, plan,
digital-violence and people (ARCO) tabs, a CEM session, the workshops and findings
sections, the export dialog, the settings dialog and the audit log.  The demo vault
has no risk assessments, reviews or sessions, so a few are added first (synthetic,
like everything in it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN_SIZE = (1280, 800)
UNLOCK_SIZE = (760, 560)
WIZARD_SIZE = (760, 580)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=120)
    parser.add_argument("--lang", choices=("es", "en"), default="es")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(tempfile.mkdtemp(prefix="mpi-screenshots-"))
    # Everything the app writes (demo vault, settings) goes to the temporary folder.
    os.environ["MPI_DESKTOP_DATA_DIR"] = str(workdir / "data")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QWidget

    from mpi_desktop import i18n
    from mpi_desktop.paths import demo_vault_dir
    from mpi_desktop.storage import crypto
    from mpi_desktop.storage.case_query import CaseFilter, page
    from mpi_desktop.ui.app import create_application
    from mpi_desktop.ui.controller import AppController
    from mpi_desktop.ui.demo_start import DEMO_PASSPHRASE, build_demo_vault
    from mpi_desktop.ui.first_run import PAGE_PASSPHRASE, FirstRunWizard
    from mpi_desktop.ui.settings import AppSettings

    app = create_application()
    settings = AppSettings()
    settings.language = args.lang
    i18n.install(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()

    def wait_for(condition: object, limit: int = 6000) -> None:
        from PySide6.QtCore import QThread

        for _ in range(limit):
            if callable(condition) and condition():
                return
            app.processEvents()
            QThread.msleep(5)
        raise SystemExit("timed out waiting for the app")

    def shoot(widget: QWidget, name: str, size: tuple[int, int]) -> None:
        widget.resize(QSize(*size))
        widget.show()
        settle()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    print(f"building a demo vault with {args.cases} synthetic cases…")
    build_demo_vault(demo_vault_dir(), cases=args.cases, progress=lambda done, total: None,
                     cancelled=lambda: False)

    def floor(target_ms: int) -> crypto.Calibration:
        return crypto.Calibration(crypto.KdfParams.floor(), measured_ms=float(target_ms))

    controller = AppController(settings, demo=True, calibrate=floor, quit_app=lambda: None)
    controller.start()
    wait_for(lambda: controller.unlock_window is not None)
    unlock = controller.unlock_window
    assert unlock is not None
    shoot(unlock, "unlock", UNLOCK_SIZE)

    wizard = FirstRunWizard(folder=workdir / "nueva-boveda", target_ms=1000, calibrate=floor)
    wizard.resize(QSize(*WIZARD_SIZE))
    wizard.show()
    wizard.next()
    wait_for(wizard.calibration.isComplete)
    wizard.next()
    assert wizard.currentId() == PAGE_PASSPHRASE
    wizard.passphrase.form.passphrase.setText("tejocote azul barranca")
    wizard.passphrase.form.confirm.setText("tejocote azul")
    shoot(wizard, "wizard-passphrase", WIZARD_SIZE)
    wizard.hide()
    wizard.deleteLater()

    unlock.panel.field.setText(DEMO_PASSPHRASE)
    unlock.panel.unlock()
    wait_for(lambda: controller.main_window is not None)
    window = controller.main_window
    session = controller.session
    assert window is not None and session is not None
    with session.vault.read() as conn:
        rows = page(conn, CaseFilter(), limit=3)
    featured = add_features(session.vault, [r.id for r in rows])

    def idle() -> None:
        wait_for(lambda: not session.runner.busy)
        settle(60)

    window.show_section("dashboard")
    idle()
    shoot(window, "dashboard", MAIN_SIZE)
    section = window.show_section("cases")
    idle()
    shoot(window, "main-window", MAIN_SIZE)

    if rows and section is not None:
        section.show_case(rows[0].id)
        idle()
        shoot(window, "case-view", MAIN_SIZE)
        view = getattr(section, "case_view", None)
        if featured and view is not None:
            section.show_case(featured["risk"])
            idle()
            for key, name in (("risk", "case-risk"), ("plan", "case-plan"),
                              ("people", "case-people-arco")):
                view.show_tab(key)
                idle()
                shoot(window, name, MAIN_SIZE)
            section.show_case(featured["digital"])
            idle()
            view.show_tab("digital_violence")
            idle()
            shoot(window, "case-digital-violence", MAIN_SIZE)
            dialog = view.export_case()
            if dialog is not None:
                dialog.form.passphrase.setText("guayaba cometa silencio")
                shoot(dialog, "export-dialog", (640, dialog.sizeHint().height()))
                dialog.reject()
    else:
        print("no case view to capture (no cases section or no cases)")

    cem = window.show_section("cem")
    idle()
    if cem is not None and featured:
        open_session = getattr(cem, "open_session", None)
        if callable(open_session):
            open_session(featured["cem"])
            idle()
        shoot(window, "cem-session", MAIN_SIZE)
    for key in ("workshops", "findings"):
        if window.show_section(key) is not None:
            idle()
            shoot(window, key, MAIN_SIZE)

    dialog = controller.open_settings()
    if dialog is not None:
        shoot(dialog, "settings", (620, dialog.sizeHint().height()))
        dialog.reject()

    window.show_section("audit")
    wait_for(lambda: not session.runner.busy)
    shoot(window, "audit-log", MAIN_SIZE)

    controller.quit()
    settle()
    QApplication.processEvents()
    return 0


def add_features(vault: object, case_ids: list[str]) -> dict[str, str]:
    """A signed risk assessment with measures, a digital-violence review and a CEM
    session with its agenda, on demo cases (synthetic)."""
    from dataclasses import replace
    from datetime import timedelta

    from mpi_desktop.domain import risk_instrument
    from mpi_desktop.domain.cem import CemSession
    from mpi_desktop.domain.risk import Threat
    from mpi_desktop.domain.timeutil import today_local
    from mpi_desktop.storage.cem_ops import CemOps
    from mpi_desktop.storage.dv_reviews import DvReviews
    from mpi_desktop.storage.plans import PlanOps
    from mpi_desktop.storage.risk import RiskOps
    from mpi_desktop.storage.vault import Vault

    assert isinstance(vault, Vault)
    if len(case_ids) < 2:
        return {}
    today = today_local()
    risky, digital = case_ids[0], case_ids[1]
    risk = RiskOps(vault)
    instrument = risk_instrument.current()
    for day, vul, cap in ((today - timedelta(days=200), 1, 2), (today - timedelta(days=20), 3, 1)):
        draft = risk.start(risky)
        threat = Threat(
            facts="Llamadas anónimas advirtiendo que dejara de publicar.", kind="declarada",
            first_on=day - timedelta(days=30), last_on=day - timedelta(days=3),
            source_type="desconocido", objective="silenciar", channel="telefonica",
            pattern="repetida", ratings={"seriousness": 2, "imminence": 2, "feasibility": 2,
                                         "source_capacity": 2},
            feasibility_conclusion="Conocen su domicilio y las llamadas se repiten.")
        answers = {i.code: (vul if i.kind == "vulnerability" else cap)
                   for i in instrument.items}
        risk.save_and_sign(replace(draft, threats=(threat,), assessed_on=day, answers=answers))
    plans = PlanOps(vault)
    refs = {"cem_session_ref": "3a Sesión Ordinaria", "cem_agreement_ref": "CEM/03/07"}
    m = plans.propose(risky, "boton_panico", proposed_on=today - timedelta(days=19))
    plans.transition(m.id, "approve", effective_on=today - timedelta(days=15), **refs)
    plans.transition(m.id, "activate", effective_on=today - timedelta(days=14),
                     next_review_on=today - timedelta(days=1))
    plans.propose(risky, "rondines", proposed_on=today - timedelta(days=2))
    DvReviews(vault).start(digital)
    cem = CemOps(vault)
    number = cem.next_number(today.year, "ordinaria")
    session = cem.create_session(CemSession(number=number, year=today.year, kind="ordinaria",
                                            held_on=today + timedelta(days=7)))
    cem.accept(session.id, cem.suggestions(session.id))
    return {"risk": risky, "digital": digital, "cem": session.id}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
