"""The fonts the app ships: emoji are drawn with a real glyph (not the empty box) in the viewer
and in the lists, on a machine that has no emoji font of its own."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from annotator.gui.window.shipped_files import emoji_font_path

EMOJI = ["📢", "👏", "🇨🇦", "🤔", "👨\u200d👩\u200d👧", "🙏"]


def glyphs(text: str, font: QFont) -> list[tuple[str, int]]:
    """(font family, glyph index) of every glyph Qt draws for `text`; index 0 is the
    font's .notdef box."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [
        (run.rawFont().familyName(), index)
        for run in line.glyphRuns()
        for index in run.glyphIndexes()
    ]


@pytest.mark.parametrize("emoji", EMOJI)
def test_emoji_have_real_glyphs_in_the_viewer_and_the_lists(family: str, emoji: str) -> None:
    for font in (QFont(family), QApplication.font()):
        drawn = glyphs(f"وعودٌ {emoji} نريد", font)
        assert all(index != 0 for _family, index in drawn), drawn
        assert any("emoji" in name.lower() for name, _i in drawn), drawn


def test_digits_and_symbols_stay_in_the_text_font(family: str) -> None:
    """Only emoji go to the emoji font: a 1, a # or a © in the text keep its own font."""
    for font in (QFont(family), QApplication.font()):
        assert all("emoji" not in name.lower() for name, _i in glyphs("1 # © 15%", font))


def test_the_emoji_font_ships_with_the_app() -> None:
    assert emoji_font_path().is_file()
