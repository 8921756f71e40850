"""What kind of word a token is, by the lexicon: a cue, a stop, a title, a name word.

Clitics are tried both ways: "وقال" is the verb "قال" with "و", "ووزير" the title "وزير".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from annotator.suggestions.lexicon import Lexicon
from annotator.suggestions.tokens import Token

_MARKS = regex.compile(r"[\p{M}\u0640]")
# Name words that take a following ال-word into the name (عبد الله، أبو الغيط، بن سلمان).
NAME_LINKS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ام", "ذو", "آل", "ال"})


@dataclass
class Words:
    lexicon: Lexicon
    _bare: dict[str, tuple[str, int]] = field(default_factory=dict)
    _cue: dict[str, bool] = field(default_factory=dict)
    _in: dict[tuple[str, int], bool] = field(default_factory=dict)
    _stop: dict[str, bool] = field(default_factory=dict)  # by written word (علي / على)
    _article: dict[str, bool] = field(default_factory=dict)

    def bare(self, folded: str) -> tuple[str, int]:
        """The word without a leading conjunction, and how many letters were taken off."""
        found = self._bare.get(folded)
        if found is None:
            found = (folded, 0)
            for clitic in self.lexicon.proclitics:
                if folded.startswith(clitic) and len(folded) - len(clitic) >= 2:
                    found = (folded[len(clitic) :], len(clitic))
                    break
            self._bare[folded] = found
        return found

    def conjunction(self, tok: Token) -> int:
        """How many letters of an attached و/ف to leave out of a subject starting with
        `tok`: only when what follows is an ال-word or a known title ("ووزير", "والوزير"),
        never in a word that merely starts with و (وزير، وليد، وائل)."""
        bare, cut = self.bare(tok.folded.lstrip("#@"))
        if not cut:
            return 0
        lex = self.lexicon
        known = lex.titles_of_office | lex.courtesy_titles | lex.descriptors | lex.honorifics
        return cut if bare.startswith("ال") or bare in known else 0

    def verb(self, tok: Token) -> str | None:
        """The lemma when the token is a listed reporting verb (with or without و/ف)."""
        forms = self.lexicon.verb_forms
        found = forms.get(tok.folded)
        if found is None:
            bare, cut = self.bare(tok.folded)
            found = forms.get(bare) if cut else None
        return found

    def participle(self, tok: Token) -> bool:
        parts = self.lexicon.participles
        return tok.folded in parts or (
            self.bare(tok.folded)[1] > 0 and self.bare(tok.folded)[0] in parts
        )

    def cue(self, tok: Token) -> bool:
        found = self._cue.get(tok.folded)
        if found is None:
            found = self._cue[tok.folded] = self.verb(tok) is not None or self.participle(tok)
        return found

    def complementizer(self, tok: Token) -> bool:
        return tok.folded in self.lexicon.complementizers

    def in_set(self, tok: Token, words: frozenset[str]) -> bool:
        key = (tok.folded, id(words))
        found = self._in.get(key)
        if found is None:
            folded = tok.folded.lstrip("#")
            found = self._in[key] = folded in words or self.bare(folded)[0] in words
        return found

    def stop(self, tok: Token) -> bool:
        """A word that cannot be part of a subject: a preposition, a time word, a pronoun,
        a complementizer, a cue, or a word with an attached preposition and article (للصحفيين)."""
        found = self._stop.get(tok.text)
        if found is None:
            found = self._stop[tok.text] = self._is_stop(tok)
        return found

    def _is_stop(self, tok: Token) -> bool:
        f = tok.folded
        lex = self.lexicon
        if f == "علي" and not tok.text.endswith("ى"):
            return False  # the name علي, not the preposition على (they fold alike)
        if f in lex.subject_stops or f in lex.complementizers or self.cue(tok):
            return True
        bare = self.bare(f)[0]
        if bare in lex.subject_stops:
            return True
        return f.startswith(("لل", "بال", "كال", "فال", "وبال", "ولل"))

    def article(self, tok: Token) -> bool:
        """A word with the definite article (الخارجية، الروسي): a role's complement or an
        institution, rarely part of a person's name. Read from the written letters, since
        folding makes the name ألين look like an ال-word."""
        found = self._article.get(tok.text)
        if found is None:
            found = self._article[tok.text] = self._is_article(tok)
        return found

    def _is_article(self, tok: Token) -> bool:
        letters = _MARKS.sub("", tok.text.lstrip("#@"))
        cut = self.bare(tok.folded.lstrip("#@"))[1]
        return (letters.startswith("ال") and len(letters) > 3) or (
            cut > 0 and letters[cut:].startswith("ال") and len(letters) - cut > 3
        )
