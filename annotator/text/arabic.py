"""Arabic text helpers that never touch stored text: name matching keys only.

`normalize_name` folds the spelling variation that makes "السيدة بوبوفا", "بوبوڤا" and
"بُوبوفا" look different to a computer but not to a reader: diacritics and tatweel removed,
alef forms unified, ة/ه and ى/ي folded, honorifics dropped. The result is a comparison key,
never shown or stored as the mention's text.
"""

from __future__ import annotations

import re
import unicodedata

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ڤ": "ف",
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
    }
)
# Honorifics and titles, already normalised (they are compared after folding).
TITLES = frozenset(
    {
        "السيد",
        "السيده",
        "سيد",
        "سيده",
        "الانسه",
        "د",
        "دكتور",
        "الدكتور",
        "الدكتوره",
        "الاستاذ",
        "الاستاذه",
        "استاذ",
        "الشيخ",
        "المهندس",
        "م",
        "ا",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
    }
)
_NON_WORD = re.compile(r"[^\w\s]")


def fold(text: str) -> str:
    """Letters only, diacritics and tatweel removed, variant forms unified, Latin casefolded."""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).translate(_FOLD)
    return text.casefold()


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name that identify a person: folded, punctuation and titles removed."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    return tuple(w for w in words if w not in TITLES)


def normalize_name(name: str) -> str:
    return " ".join(name_tokens(name))


def names_match(a: str, b: str) -> bool:
    """True when one name's words are all among the other's ("بوبوفا" in "ماريا بوبوفا")."""
    ta, tb = set(name_tokens(a)), set(name_tokens(b))
    return bool(ta and tb) and (ta <= tb or tb <= ta)
