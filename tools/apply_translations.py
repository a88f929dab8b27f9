"""Refresh resources/i18n/street_ledger_en.ts from the sources and fill it from en_translations.EN,
then build the .qm. Run from the repository root:  python tools/apply_translations.py
Prints the source strings that still have no English, so none goes unnoticed."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "street_ledger_en.ts"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from en_translations import EN  # noqa: E402


def main() -> int:
    sources = subprocess.run(["git", "ls-files", "ui/*.py", "desktop/*.py", "db/*.py"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True,
                   capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            # "Context::source" overrides the plain entry where one place needs shorter words
            text = EN.get(f"{name}::{source}", EN.get(source))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True,
                   capture_output=True)
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
