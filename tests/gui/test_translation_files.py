"""The shipped catalogues are complete and built: every string the code marks for
translation has an Arabic translation in the .ts, and each .qm is newer than its .ts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "i18n"


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_catalogue_is_finished_and_built() -> None:
    assert load_tool().check() == []


def test_check_fails_on_a_stale_qm_and_an_unfinished_string(tmp_path: Path, monkeypatch) -> None:
    tool = load_tool()
    for name in ("annotator_ar.ts", "annotator_ar.qm", "annotator_en.ts", "annotator_en.qm"):
        (tmp_path / name).write_bytes((FOLDER / name).read_bytes())
    monkeypatch.setattr(tool, "FOLDER", tmp_path)
    ts = tmp_path / "annotator_ar.ts"
    text = ts.read_text(encoding="utf-8")
    ts.write_text(
        text.replace(
            "<translation>ادعاء</translation>", '<translation type="unfinished"></translation>', 1
        ),
        encoding="utf-8",
    )
    problems = "\n".join(tool.check())
    assert "older than" in problems
    assert "'claim'" in problems


def test_the_package_ships_the_catalogues() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"i18n/*.qm"' in pyproject and '"i18n/*.ts"' in pyproject
