"""Which Arabic letter shares a physical key with which Latin one (the common Arabic layout).

An analyst with only an Arabic layout loaded who presses the key marked C types ؤ; Qt then
reports ؤ, not C, and a shortcut on C never fires. Keys of the window therefore answer to
both letters of a key: C and ؤ, S and س, Q and ض. A team may also give a label an Arabic
key (ا for ادعاء), which then answers to the Latin letter on the same key (H).

This is the layout of Windows' "Arabic (101)", macOS's "Arabic - PC" and X11's `ara`.
"""

from __future__ import annotations

# Latin key (as its unshifted capital) -> the Arabic letter it types in the Arabic layout.
ARABIC_ON_LATIN: dict[str, str] = {
    "Q": "ض", "W": "ص", "E": "ث", "R": "ق", "T": "ف", "Y": "غ", "U": "ع", "I": "ه",
    "O": "خ", "P": "ح", "[": "ج", "]": "د",
    "A": "ش", "S": "س", "D": "ي", "F": "ب", "G": "ل", "H": "ا", "J": "ت", "K": "ن",
    "L": "م", ";": "ك", "'": "ط",
    "Z": "ئ", "X": "ء", "C": "ؤ", "V": "ر", "B": "لا", "N": "ى", "M": "ة", ",": "و",
    ".": "ز", "/": "ظ", "`": "ذ",
}  # fmt: skip
LATIN_ON_ARABIC: dict[str, str] = {arabic: latin for latin, arabic in ARABIC_ON_LATIN.items()}


def twin(key: str) -> str | None:
    """The letter on the same physical key in the other script (C -> ؤ, ؤ -> C, ا -> H);
    None for a key without one, or whose twin is not one character (B types لا)."""
    key = key.strip()
    if len(key) != 1:
        return LATIN_ON_ARABIC.get(key)
    other = ARABIC_ON_LATIN.get(key.upper()) or LATIN_ON_ARABIC.get(key)
    return other if other is not None and len(other) == 1 else None


def latin_key(text: str) -> str | None:
    """The Latin key that typed `text` in the Arabic layout (ؤ -> C), or `text` itself as a
    capital when it is a Latin letter; None otherwise."""
    if text in LATIN_ON_ARABIC:
        return LATIN_ON_ARABIC[text]
    if len(text) == 1 and text.isascii() and text.isalpha():
        return text.upper()
    return None
