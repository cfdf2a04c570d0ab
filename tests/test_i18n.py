"""Translations are complete, placeholders survive, and shipped .qm match the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
TS_FILES = sorted(I18N.glob("*_es.ts"))


def _tool(name: str) -> str | None:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found if Path(found).exists() else None


def messages(ts: Path) -> list[tuple[str, str, ET.Element | None]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            out.append((ctx.findtext("name") or "", msg.findtext("source") or "",
                        msg.find("translation")))
    return out


def test_there_are_translation_files() -> None:
    assert TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    problems = []
    for ctx, source, tr in messages(ts):
        text = (tr.text or "") if tr is not None else ""
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            problems.append(f"untranslated: {ctx}|{source}")
            continue
        if tr.get("numerus") == "yes" or tr.find("numerusform") is not None:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {ctx}|{source} → {text}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(_tool("pyside6-lupdate") is None, reason="Qt tools not installed")
def test_ts_files_are_in_sync_with_the_sources(tmp_path: Path) -> None:
    """Running lupdate now adds nothing: no visible string escaped translation."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "mpi_desktop", copy / "mpi_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", copy / "resources",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "scripts", copy / "scripts")
    subprocess.run([sys.executable, str(copy / "scripts" / "i18n.py"), "update"], check=True,
                   capture_output=True)
    for ts in sorted((copy / "resources" / "i18n").glob("*_es.ts")):
        fresh = {(c, s) for c, s, _ in messages(ts)}
        original = I18N / ts.name
        known = {(c, s) for c, s, _ in messages(original)} if original.exists() else set()
        assert fresh == known, f"{ts.name}: run scripts/i18n.py all and translate"


@pytest.mark.skipif(_tool("pyside6-lrelease") is None, reason="Qt tools not installed")
@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_shipped_qm_matches_ts(ts: Path, tmp_path: Path) -> None:
    qm = tmp_path / "x.qm"
    subprocess.run([_tool("pyside6-lrelease") or "", "-silent", str(ts), "-qm", str(qm)],
                   check=True)
    assert ts.with_suffix(".qm").read_bytes() == qm.read_bytes(), "run scripts/i18n.py compile"
