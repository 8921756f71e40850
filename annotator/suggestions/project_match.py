"""The project-match recommender: a text already marked as speaker or cue somewhere in the
project is suggested wherever it occurs again (like INCEpTION's string matching).

Marked texts are compared as speaker matching compares names (`name_tokens`: folded, titles
and punctuation dropped), so "السيدة بوبوفا" marked once finds "بوبوفا" and "بُوبوفا". A word
with an attached conjunction or preposition (وبوتين، لبوتين) matches without it, and the
suggested speaker leaves the clitic out (GUIDELINES D10); a cue is the whole word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.suggestions.records import PROJECT_MATCH, Suggested
from annotator.suggestions.speakers import _offset_of_letters
from annotator.suggestions.tokens import Tokens
from annotator.text.arabic import name_tokens

_CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


@dataclass(frozen=True)
class MarkedTexts:
    """Normalised word sequences of the texts marked as speaker and as cue."""

    speakers: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    cues: frozenset[tuple[str, ...]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, speaker_texts: list[str], cue_texts: list[str]) -> MarkedTexts:
        def keys(texts: list[str]) -> frozenset[tuple[str, ...]]:
            return frozenset(k for k in (name_tokens(t) for t in texts) if k)

        return cls(keys(speaker_texts), keys(cue_texts))

    def __bool__(self) -> bool:
        return bool(self.speakers or self.cues)


def _word(folded: str) -> str:
    return folded.lstrip("#@")


def find_matches(
    tokens: Tokens, marked: MarkedTexts, function_words: frozenset[str] = frozenset()
) -> list[Suggested]:
    """Every occurrence of a marked speaker or cue text, as suggested spans. A text made
    only of `function_words` (في، إن، هو: marked by a slip) is not looked for."""
    if not marked:
        return []
    found: list[Suggested] = []
    for kind, all_keys in (("speaker", marked.speakers), ("cue", marked.cues)):
        keys = {k for k in all_keys if not all(w in function_words for w in k)}
        if not keys:
            continue
        firsts = {k[0] for k in keys}
        longest = max(len(k) for k in keys)
        items = tokens.items
        folded = items.folded
        n = len(items)
        i = 0
        while i < n:
            word = _word(folded[i])
            cut = 0
            if word not in firsts:
                for clitic in _CLITICS:
                    if word.startswith(clitic) and word[len(clitic) :] in firsts:
                        cut, word = len(clitic), word[len(clitic) :]
                        break
                else:
                    i += 1
                    continue
            hit = 0
            for size in range(min(longest, n - i), 0, -1):
                seq = (word, *(_word(f) for f in folded[i + 1 : i + size]))
                if seq in keys and not any(tokens.punctuated(k) for k in range(i + 1, i + size)):
                    hit = size
                    break
            if hit:
                first = items[i]
                start = first.start
                if kind == "speaker" and cut:
                    start += _offset_of_letters(first.text, cut)
                found.append(Suggested(kind, start, items[i + hit - 1].end, PROJECT_MATCH))
                i += hit
            else:
                i += 1
    return found
