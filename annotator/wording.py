"""Messages for people outside the window (the command line, import and merge summaries), in
the interface language; core code, no Qt.

`ANNOTATOR_LANGUAGE=ar|en` chooses, else the locale (LC_ALL, LC_MESSAGES, LANG); the window
sets the language it shows (`set_language`). Only sentences for people go through here:
machine output (CSV, JSONL, column names, exit codes) never changes with the language. The
catalogue is `annotator/wording_ar.py`; digits stay Western on the command line.
"""

from __future__ import annotations

import os

ENV = "ANNOTATOR_LANGUAGE"
ARABIC, ENGLISH = "ar", "en"
_chosen: str | None = None  # set by the window; None: read the environment


def language() -> str:
    """The language of messages: the window's, else ANNOTATOR_LANGUAGE, else the locale."""
    if _chosen is not None:
        return _chosen
    wanted = os.environ.get(ENV, "").strip().lower()[:2]
    if wanted in (ARABIC, ENGLISH):
        return wanted
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return ARABIC if value.lower().startswith("ar") else ENGLISH
    return ENGLISH


def set_language(code: str | None) -> None:
    """The window's language for core messages (None: back to the environment)."""
    global _chosen
    _chosen = code


def tr(text: str, **values: object) -> str:
    """`text` in the message language, with `{name}` filled from `values`."""
    if language() == ARABIC:
        from annotator.wording_ar import MESSAGES

        text = MESSAGES.get(text, text)
    return text.format(**values) if values else text


def error(message: str) -> str:
    """An error sentence of core in the message language: a fixed sentence from the
    catalogue, or one of the common sentences that carry a value (a reason, a title, a
    schema number), matched by pattern; anything else stays as written."""
    if language() != ARABIC:
        return message
    from annotator.wording_ar import MESSAGES, PATTERNS

    if message in MESSAGES:
        return MESSAGES[message]
    for pattern, arabic in PATTERNS:
        found = pattern.fullmatch(message)
        if found:
            return arabic.format(**found.groupdict())
    return message


def arabic_form(n: int) -> int:
    """Which of Arabic's six plural forms a count takes (zero, one, two, few, many, other)."""
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    if 11 <= n % 100 <= 99:
        return 4
    return 5


def count(n: int, one: str, many: str = "", *, grouped: bool = False) -> str:
    """ "3 documents": a count with its noun, in the message language (`grouped`: 1,234)."""
    many = many or one + "s"
    if language() == ARABIC:
        from annotator.wording_ar import PLURALS

        forms = PLURALS.get(many)
        if forms is not None:
            return forms[arabic_form(n)].format(n=f"{n:,}" if grouped else n)
    return f"{n:,} {one if n == 1 else many}" if grouped else f"{n} {one if n == 1 else many}"
