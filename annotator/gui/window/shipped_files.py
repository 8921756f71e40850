"""Files the app ships, found through one helper so a broken install fails with one sentence.

Resources live in the `annotator.resources` package (the repository's `resources/` folder);
`importlib.resources` finds them in a wheel, an editable install or a frozen app alike.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from annotator.errors import AnnotatorError

PACKAGE = "annotator.resources"


class MissingResourceError(AnnotatorError):
    """A file the app ships is missing: the installation is incomplete."""


def resource_path(name: str) -> Path:
    """The path of a shipped file; raises MissingResourceError naming it when absent."""
    try:
        path = Path(str(resources.files(PACKAGE).joinpath(name)))
    except ModuleNotFoundError:
        raise MissingResourceError(
            f"the {PACKAGE} package is missing; reinstall annotator", name
        ) from None
    if not path.is_file():
        raise MissingResourceError("is missing from the installation; reinstall annotator", path)
    return path


def resource_text(name: str) -> str:
    """A shipped text file, decoded as UTF-8."""
    path = resource_path(name)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MissingResourceError(f"cannot be read ({exc})", path) from None


def arabic_font_path() -> Path:
    """Noto Sans Arabic from the `fontpkg_noto_sans_arabic` package, so Arabic renders on a
    machine without an Arabic font (we never embed or copy the font ourselves)."""
    try:
        import fontpkg_noto_sans_arabic as fontpkg
    except ImportError:
        raise MissingResourceError(
            "the font package fontpkg-noto-sans-arabic is not installed; reinstall annotator"
        ) from None
    files = sorted(Path(fontpkg.ROOT, "files").glob("NotoSansArabic*.ttf"))
    if not files:
        raise MissingResourceError("holds no NotoSansArabic .ttf file", Path(fontpkg.ROOT))
    return files[0]


def emoji_font_path() -> Path:
    """Noto Emoji (OFL, monochrome) from the `manimgx_fonts` package, so a tweet's emoji show
    as pictures, not boxes, on a machine without an emoji font. PyPI has no colour emoji font
    under OFL or Apache that a package keeps up; a monochrome glyph beats a box."""
    try:
        import manimgx_fonts
    except ImportError:
        raise MissingResourceError(
            "the font package manimgx-fonts (Noto Emoji) is not installed; reinstall annotator"
        ) from None
    folder = Path(manimgx_fonts.__file__).parent
    files = sorted(folder.glob("NotoEmoji*.ttf"))
    if not files:
        raise MissingResourceError("holds no NotoEmoji .ttf file", folder)
    return files[0]
