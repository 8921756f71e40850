"""The architecture in DESIGN.md, checked: core runs without Qt, the GUI writes no SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_qt() -> None:
    core = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]
    offenders = [str(p) for p in core if _imports(p) & {"PySide6", "shiboken6"}]
    assert offenders == []


def test_gui_never_talks_to_sqlite_or_reshapes_text() -> None:
    gui = list((PACKAGE / "gui").rglob("*.py"))
    forbidden = {"sqlite3", "sqlite_utils", "arabic_reshaper", "bidi"}
    offenders = [str(p) for p in gui if _imports(p) & forbidden]
    assert offenders == []


def test_core_modules_import_with_qt_unavailable() -> None:
    modules = sorted(
        ".".join(("annotator", *p.relative_to(PACKAGE).with_suffix("").parts))
        for p in PACKAGE.rglob("*.py")
        if p.stem not in {"__init__", "__main__"} and "gui" not in p.relative_to(PACKAGE).parts
    )
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        f"import importlib\nfor m in {modules!r}: importlib.import_module(m)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


ROOT = PACKAGE.parent
BIN = Path(sys.executable).parent  # the venv's own executables, as CI installs them


def _tool(name: str) -> Path:
    path = BIN / (f"{name}.exe" if sys.platform == "win32" else name)
    if not path.exists():
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return path


def test_import_contracts_in_pyproject_are_kept() -> None:
    """The layers and the forbidden imports of `[tool.importlinter]` (import-linter)."""
    result = subprocess.run(
        [str(_tool("lint-imports")), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_mypy_finds_no_errors_in_the_package() -> None:
    result = subprocess.run(
        [str(_tool("mypy")), "annotator"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_store_reaches_into_the_database_outside_core_maths() -> None:
    """`Project._db` is private: the GUI and the CLI never touch it (core modules that
    run their own queries live in store, team, speakers, formats and search)."""
    offenders = [
        str(p)
        for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] in {"gui", "cli"} and "._db" in p.read_text("utf-8")
    ]
    assert offenders == []
