#!/usr/bin/env python3
"""Write resources/schema/interchange-v1.schema.json from the registered sections.

    python scripts/make_interchange_schema.py          # (re)write the shipped file
    python scripts/make_interchange_schema.py --check  # exit 1 if it is out of date

tests/interchange/test_schema.py checks the shipped file equals the generated one,
so a section that changes its item schema must rerun this script.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "schema" / "interchange-v1.schema.json"


def render() -> str:
    sys.path.insert(0, str(ROOT))
    from mpi_desktop.interchange.schema import document_schema

    return json.dumps(document_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
