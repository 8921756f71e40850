"""Update the Arabic translation source and build the catalogue the app loads.

    python tools/translations.py            # lupdate annotator/gui -> resources/i18n/*.ts,
                                            # then lrelease -> resources/i18n/*.qm
    python tools/translations.py --check    # exit 1 when a .ts lacks a string the code has,
                                            # has an unfinished translation, or a .qm is stale

pyside6-lupdate reads every `self.tr(...)` and `QCoreApplication.translate("Context", ...)`
under annotator/gui and keeps the translations already written (obsolete ones are dropped);
pyside6-lrelease compiles each .ts into the .qm shipped in the package.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "annotator" / "gui"
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("ar", "en")  # English: only the plural forms (%n), its sources are English
PLURAL_ONLY = {"en"}


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def python_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_path(lang: str) -> Path:
    return FOLDER / f"annotator_{lang}.ts"


def qm_path(lang: str) -> Path:
    return FOLDER / f"annotator_{lang}.qm"


def lupdate(ts: Path, *extra: str) -> None:
    # No line numbers in the .ts: they would change with every edit and collide in merges.
    command = [tool("pyside6-lupdate"), *python_files(), "-locations", "none"]
    command += ["-target-language", ts.stem[-2:]]
    subprocess.run([*command, *extra, "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> the <translation> element, current messages only."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = translation
    return found


def unfinished(ts: Path) -> list[str]:
    """The strings of a .ts that have no finished translation."""
    bad = []
    for (context, source, _c), translation in messages(ts).items():
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
            bad.append(f"{context}: {source!r}")
    return bad


def missing(ts: Path) -> list[str]:
    """Strings the code has that the committed .ts does not (lupdate into a scratch copy)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts.name
        shutil.copy(ts, fresh)
        plural = ["-pluralonly"] if ts.stem.endswith(tuple(PLURAL_ONLY)) else []
        lupdate(fresh, "-silent", "-no-obsolete", *plural)
        return sorted(set(unfinished(fresh)) - set(unfinished(ts)))


def stale(ts: Path, qm: Path) -> bool:
    """The .qm is not what the .ts compiles to now. (Compared by content: a fresh clone
    gives both files the checkout's time, in no set order.)"""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / qm.name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return fresh.read_bytes() != qm.read_bytes()


def check() -> list[str]:
    problems = []
    for lang in LANGUAGES:
        ts, qm = ts_path(lang), qm_path(lang)
        if not ts.exists() or not qm.exists():
            problems.append(f"{ts.name} or {qm.name} is missing: run tools/translations.py")
            continue
        if stale(ts, qm):
            problems.append(f"{qm.name} is older than {ts.name}: run tools/translations.py")
        problems += [f"{ts.name}: not translated: {s}" for s in unfinished(ts)]
        problems += [f"{ts.name}: not in the .ts yet: {s}" for s in missing(ts)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        return 1 if problems else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate(ts_path(lang), "-no-obsolete", *(["-pluralonly"] if lang in PLURAL_ONLY else []))
        lrelease(ts_path(lang), qm_path(lang))
        left = unfinished(ts_path(lang))
        if left:
            print(f"{len(left)} strings still to translate in {ts_path(lang).name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
