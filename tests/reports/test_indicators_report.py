"""The indicator report as PDF and CSV, read back by independent readers."""

from __future__ import annotations

import csv
import io
import itertools
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from mpi_desktop import i18n
from mpi_desktop.domain import indicators as di
from mpi_desktop.reports import indicators_csv, indicators_pdf
from mpi_desktop.storage import audit
from mpi_desktop.storage.vault import Vault
from tests.storage.test_indicator_queries import EXPECTED_HEADLINES, Fixture, P, Q, build


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    # After qapp: translators installed first would create a windowless application
    # and break every widget test that runs later in the same process.
    before = i18n.current_language()
    i18n.install("es")
    yield
    i18n.install(before)


@pytest.fixture
def fx(vault: Vault) -> Fixture:
    return build(vault)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def summary_row(text: str, label: str) -> list[str]:
    """The figures on the summary line of ``label`` (period, previous, change)."""
    for line in text.splitlines():
        if label in line:
            return re.findall(r"(?<![\w.])([+-]?\d+|\*)(?![\w.])", line.split(label, 1)[1])
    raise AssertionError(f"{label!r} not in the PDF")


def test_internal_pdf_shows_the_figures(fx: Fixture, tmp_path: Path, spanish: None) -> None:
    report = indicators_pdf.compute(fx.vault, P, di.INTERNAL)
    out = tmp_path / "informe.pdf"
    written = indicators_pdf.export_report(fx.vault, report, out)
    assert written.format == "pdf" and out.stat().st_size == written.size
    assert out.stat().st_mode & 0o777 == 0o600
    text = pdftotext(out)
    assert "Informe de indicadores" in text
    assert "Bimestre 2 de 2026" in text
    expected = EXPECTED_HEADLINES[P]
    previous = EXPECTED_HEADLINES[Q]
    for key, label in (("attentions", "Atenciones y canalizaciones"),
                       ("incorporations", "Incorporaciones al mecanismo"),
                       ("people_trained", "Personas capacitadas (asistencias)"),
                       ("findings", "Hallazgos en fuentes abiertas registrados")):
        figures = summary_row(text, label)
        assert figures[:2] == [str(expected[key]), str(previous[key])], (label, figures)
    # A second, independent reader agrees, and the metadata are neutral.
    reader = PdfReader(out)
    pypdf_text = squash(" ".join(page.extract_text() or "" for page in reader.pages))
    assert "Atenciones y canalizaciones" in pypdf_text and "Página 1 de" in pypdf_text
    meta = reader.metadata or {}
    assert meta.get("/Author", "") == "" and meta.get("/Title") == "Informe de indicadores"
    # Counts only: no name, folio or free text of the vault reaches the report.
    for secret in ("Ana", "Beto", "MPI-2026-0001", "Amenazas tras publicar", "SEGOB-2026-123"):
        assert secret not in pypdf_text
    with fx.vault.read() as conn:
        entry = audit.entries(conn, action_prefix="report.")[0]
    assert entry.details["format"] == "pdf" and entry.details["audience"] == "internal"
    assert entry.details["from"] == "2026-03-01" and entry.details["to"] == "2026-04-30"


def test_external_pdf_never_prints_a_small_figure(fx: Fixture, tmp_path: Path,
                                                  spanish: None) -> None:
    report = indicators_pdf.compute(fx.vault, P, di.EXTERNAL)
    out = tmp_path / "publico.pdf"
    indicators_pdf.export_report(fx.vault, report, out)
    text = pdftotext(out)
    assert "Confidencial" in text or "confidencial" in text
    figures = summary_row(text, "Atenciones y canalizaciones")
    assert figures[:3] == ["*", "*", "*"]
    assert summary_row(text, "Personas capacitadas (asistencias)")[0] == "10"
    # In the tables and charts, every number printed is 0 or at least 5 (chart
    # axes, which are scaled on published figures only, and the cover aside).
    body = text.split("Método")[0].split("indicadores del plan", 1)[1]
    for line in body.splitlines():
        if "Página" in line or "Informe de indicadores" in line or "Periodo:" in line:
            continue
        numbers = [int(n) for n in re.findall(r"(?<![\w.,/+-])(\d+)(?![\w.,/])", line)]
        steps = {b - a for a, b in itertools.pairwise(numbers)}
        if len(numbers) >= 2 and numbers[0] == 0 and len(steps) == 1 and \
                not re.search(r"[^\W\d_]", line):
            continue  # an axis: 0, 2, 4, 6…
        for n in numbers:
            assert n == 0 or n >= di.THRESHOLD or "Bimestre" in line, line


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_is_tidy_and_matches(fx: Fixture, tmp_path: Path, spanish: None) -> None:
    report = indicators_pdf.compute(fx.vault, P, di.INTERNAL)
    out = tmp_path / "informe.csv"
    indicators_pdf.export_report(fx.vault, report, out)
    rows = _rows(out.read_bytes())
    assert list(rows[0]) == list(indicators_csv.COLUMNS)
    assert {r["period"] for r in rows} == {"2026-03-01/2026-04-30"}
    assert {r["previous_period"] for r in rows} == {"2026-01-01/2026-02-28"}
    by_key = {(r["indicator"], r["breakdown"], r["category"]): r for r in rows}
    for key, value in EXPECTED_HEADLINES[P].items():
        row = by_key[(key, "", "total")]
        assert row["value"] == str(value)
        assert row["previous_value"] == str(EXPECTED_HEADLINES[Q][key])
    referral = by_key[("referrals", "institution", "fgjcdmx")]
    assert (referral["value"], referral["plan_item"]) == ("1", "I.I")
    assert referral["category_label"].startswith("Fiscalía")
    two_way = by_key[("cases_attended", "profile|gender", "periodista|no_binarias")]
    assert two_way["value"] == "1" and two_way["previous_value"] == "1"
    assert by_key[("cases_attended", "profile|gender", "total|total")]["value"] == "2"
    assert by_key[("learning_evaluation", "", "people_evaluated")]["value"] == "7"
    assert by_key[("learning_evaluation", "", "average_after")]["value"] == "7.57"
    # Every breakdown row's categories add up to its total.
    for indicator, breakdown, category in by_key:
        if breakdown in ("attention_type", "alcaldia", "gender") and category == "total":
            parts = [int(r["value"]) for (i, b, c), r in by_key.items()
                     if i == indicator and b == breakdown and c != "total"]
            assert sum(parts) == int(by_key[(indicator, breakdown, category)]["value"])


def test_external_csv_hides_the_same_cells_as_the_pdf(fx: Fixture, spanish: None) -> None:
    report = indicators_pdf.compute(fx.vault, P, di.EXTERNAL)
    rows = _rows(indicators_csv.render(report))
    for r in rows:
        for column in ("value", "previous_value"):
            value = r[column]
            if r["indicator"] == "learning_evaluation" or value in ("*", ""):
                continue
            assert int(value) == 0 or int(value) >= di.THRESHOLD, r
    gender = {r["category"]: r["value"] for r in rows
              if r["indicator"] == "people_trained" and r["breakdown"] == "gender"}
    view = report.table("people_trained_by_gender")
    assert gender == {**{c: view.current[(c, "")].text() for c in view.rows},
                      "total": view.total().text()}
    assert {r["audience"] for r in rows} == {"external"}


def test_wrong_suffix_is_refused_before_anything_is_written(fx: Fixture,
                                                           tmp_path: Path) -> None:
    report = indicators_pdf.compute(fx.vault, P, di.INTERNAL)
    with fx.vault.read() as conn:
        before = audit.count(conn)
    with pytest.raises(di.UnsupportedReportFormat):
        indicators_pdf.export_report(fx.vault, report, tmp_path / "informe.xlsx")
    assert not (tmp_path / "informe.xlsx").exists()
    with fx.vault.read() as conn:
        assert audit.count(conn) == before


def test_english_report(fx: Fixture, tmp_path: Path, qapp: QApplication) -> None:
    before = i18n.current_language()
    i18n.install("en")
    try:
        report = indicators_pdf.compute(fx.vault, Q, di.INTERNAL)
        out = tmp_path / "report.pdf"
        indicators_pdf.export_report(fx.vault, report, out)
        text = pdftotext(out)
    finally:
        i18n.install(before)
    assert "Indicator report" in text and "Bimester 1 of 2026" in text
    assert summary_row(text, "Cases attended")[0] == "3"


def test_long_breakdowns_fit_on_pages(spanish: None) -> None:
    """Every institution and alcaldía with referrals: charts split instead of overflowing."""
    from mpi_desktop.domain import catalogs

    current = di.PeriodCounts(P)
    institutions = catalogs.get("institutions").codes()
    for i, code in enumerate(institutions):
        current.add("referrals_by_institution", code, n=i + 1)
        current.add("attentions_by_kind", "canalizacion", n=i + 1)
    current.headlines["attentions"] = sum(range(1, len(institutions) + 1))
    report = di.build_report(current, di.PeriodCounts(Q), audience=di.INTERNAL)
    rendered = indicators_pdf.render(report)
    text = squash(" ".join(p.extract_text() or "" for p in
                           PdfReader(io.BytesIO(rendered.data)).pages))
    assert len(institutions) > indicators_pdf.CHART_ROWS
    assert catalogs.get("institutions").label(institutions[-1], "es")[:20] in text
