"""Refresh the translation sources and build the .qm files.

    python scripts/update_translations.py

1. pyside6-lupdate collects every translatable string of app/ and main.py
   into resources/translations/huitouke_{zh_CN,en}.ts (existing translations kept,
   obsolete ones dropped);
2. English is the source language: its .ts is filled with the source text
   (and proper singular/plural forms for "%n ...(s)" strings);
3. pyside6-lrelease builds the .qm files the program loads.

Chinese translations are written in the zh_CN .ts (with Qt Linguist or by hand);
a string left unfinished there fails the tests.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    return files + ["main.py"]


def lupdate() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"huitouke_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )


def _plural(source: str, singular: bool) -> str:
    return re.sub(r"\((\w+)\)", "" if singular else r"\1", source)


def fill_english() -> None:
    path = TS_DIR / "huitouke_en.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for singular in (True, False):
                ET.SubElement(translation, "numerusform").text = _plural(source, singular)
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def lrelease() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"huitouke_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def main() -> None:
    lupdate()
    fill_english()
    lrelease()


if __name__ == "__main__":
    main()
