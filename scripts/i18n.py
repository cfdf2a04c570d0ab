#!/usr/bin/env python3
"""Translation workflow over Qt's tools.

    python scripts/i18n.py update          # pyside6-lupdate: sources → resources/i18n/<area>_es.ts
    python scripts/i18n.py todo AREA       # print unfinished entries as JSON {"Context|Source": ""}
    python scripts/i18n.py fill AREA F.json  # apply {"Context|Source": "traducción"} to the .ts
    python scripts/i18n.py compile         # pyside6-lrelease: .ts → .qm (shipped)
    python scripts/i18n.py all             # update + compile
    (update, compile and all take an optional AREA to touch only that area's files)

Areas and their source patterns live in resources/i18n/areas.json.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANG = "es"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project with its dependencies")
    return found


def areas() -> list[dict[str, object]]:
    return json.loads((I18N / "areas.json").read_text(encoding="utf-8"))["areas"]


def files_by_area() -> dict[str, list[Path]]:
    assigned: dict[str, list[Path]] = {str(a["name"]): [] for a in areas()}
    seen: set[Path] = set()
    for area in areas():
        for pattern in area["patterns"]:  # type: ignore[union-attr]
            for path in sorted(ROOT.glob(str(pattern))):
                if path in seen or "translate(" not in path.read_text(encoding="utf-8"):
                    continue
                seen.add(path)
                assigned[str(area["name"])].append(path)
    return assigned


def ts_path(area: str) -> Path:
    return I18N / f"{area}_{LANG}.ts"


def update(only: str | None = None) -> None:
    for area, files in files_by_area().items():
        if not files or (only is not None and area != only):
            continue
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", LANG,
                        *[str(f.relative_to(ROOT)) for f in files],
                        "-ts", str(ts_path(area).relative_to(ROOT))],
                       cwd=ROOT, check=True, capture_output=True)
        print(f"{area}: {len(files)} files → {ts_path(area).name}")


def compile_all(only: str | None = None) -> None:
    for ts in sorted(I18N.glob(f"*_{LANG}.ts")):
        if only is not None and ts.name != f"{only}_{LANG}.ts":
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
        print(f"compiled {ts.with_suffix('.qm').name}")


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg))
    return out


def todo(area: str) -> None:
    tree = ET.parse(ts_path(area))
    pending = {}
    for ctx, msg in _messages(tree):
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            pending[f"{ctx}|{msg.findtext('source')}"] = ""
    print(json.dumps(pending, ensure_ascii=False, indent=1))


def fill(area: str, mapping_file: str) -> None:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    path = ts_path(area)
    tree = ET.parse(path)
    done = 0
    for ctx, msg in _messages(tree):
        key = f"{ctx}|{msg.findtext('source')}"
        if mapping.get(key):
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = mapping[key]
            tr.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} translations applied to {path.name}")


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    cmd = argv[0]
    only = argv[1] if len(argv) > 1 else None
    if cmd == "update":
        update(only)
    elif cmd == "compile":
        compile_all(only)
    elif cmd == "all":
        update(only)
        compile_all(only)
    elif cmd == "todo":
        todo(argv[1])
    elif cmd == "fill":
        fill(argv[1], argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
