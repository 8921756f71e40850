"""ARCHITECTURE.md stays true: every test it names as a guard exists, every module it names
exists, and every package folder is on its map."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")


def test_every_guarding_test_it_names_exists() -> None:
    named, current = [], None
    for match in re.finditer(r"`(tests/[\w/]+\.py)?::(\w+)`", DOC):
        current = match.group(1) or current  # `::name` continues the file named before
        named.append((current, match.group(2)))
    assert len(named) >= 20
    missing = [
        f"{file}::{name}"
        for file, name in named
        if not re.search(rf"^\s*def {name}\(", (ROOT / file).read_text("utf-8"), re.M)
    ]
    assert missing == []


def test_every_module_it_names_exists() -> None:
    paths = set(
        re.findall(r"`((?:gui|store|text|formats|speakers|search|team|cli)/[\w/]+\.py)`", DOC)
    )
    assert paths
    assert sorted(p for p in paths if not (ROOT / "annotator" / p).is_file()) == []


def test_every_package_folder_is_on_the_map() -> None:
    folders = {
        p.parent.relative_to(ROOT / "annotator").as_posix()
        for p in (ROOT / "annotator").rglob("__init__.py")
    } - {"."}
    mapped = set(re.findall(r"^\| `([\w/]+)/` \|", DOC, re.M))
    assert sorted(folders - mapped) == []
