"""The attribution patterns: a reporting verb or participle with its claim, quotes, the
headline form "X: …" and source expressions (وفقا ل، بحسب).

`find_attributions` reads the tokens once. For each cue it looks, in the rest of its
sentence, for what opens the claim (a أن/إن complementizer, a colon, a quote mark), and
for its subject after it ("قال الوزير إن"), before it ("الوزير قال") or nowhere (then the
nearest earlier speaker is taken later, in `engine`). An indirect claim runs to the end of
its sentence or to the next cue; a quote to its closing mark. A cue that introduces
nothing is not suggested (GUIDELINES D3).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from annotator.suggestions.lexicon import Lexicon
from annotator.suggestions.records import Attribution, Suggested
from annotator.suggestions.speakers import backward_run, forward_run, speaker_of
from annotator.suggestions.tokens import QUOTE_CLOSE, QUOTE_OPEN, Token, Tokens, cut_url, trim
from annotator.suggestions.words import Words
from annotator.text.arabic import fold

_COLON = frozenset(":：")
_COLON_RE = re.compile("[:：]")
_CLAUSE_OPENERS = frozenset("|\n:-–—•")  # what may stand before a clause-initial source
# After a quote: the first thing that is not a closing mark or a comma: a word (the
# sentence goes on: group 1), or a sentence end.
_OPENER_CHARS = re.compile("[" + re.escape("".join(sorted(QUOTE_OPEN | _COLON))) + "]")
_QUOTE_END = re.compile("[" + re.escape("".join(sorted(QUOTE_CLOSE))) + "\n]")
_NEXT_WORD = re.compile(r"[\s\"”»“،,;:]*(?:(\w)|[.!?؟\n]|$)")
SCARE_WORDS = 3  # a shorter quote met later in the sentence is a scare quote (D12)


@dataclass
class Cue:
    first: int  # token indices
    last: int
    start: int  # offsets
    end: int
    lemma: str  # "" for a participle or an expression
    kind: str  # "verb", "participle" or "expression"
    boundary: int  # where a claim running into this cue must stop (offset)
    back: list[int] = field(default_factory=list)  # a subject right before it (tokens)


class Finder:
    def __init__(self, tokens: Tokens, lexicon: Lexicon) -> None:
        self.tokens = tokens
        self.text = tokens.text
        self.words = Words(lexicon)
        self.lex = lexicon
        self.cues: list[Cue] = []
        self.found: list[Attribution] = []
        self._expression_starts = frozenset(e.words[0] for e in lexicon.expressions)
        self._cue_starts: list[int] = []
        self._openers: tuple[list[int], list[int]] | None = None
        self._markers: list[int] | None = None

    # -- cues --------------------------------------------------------------------------------

    def find_cues(self) -> None:
        items, words = self.tokens.items, self.words
        n = len(items)
        starts = self._expression_starts
        # Each distinct word is classified once; most words of a text are no cue.
        folded = items.folded
        probe = Token(0, 0, "", "")
        candidates = {
            f
            for f in set(folded)
            if f in starts or words.bare(f)[0] in starts or words.cue(probe._replace(folded=f))
        }
        i = 0
        while i < n:
            if folded[i] not in candidates:
                i += 1
                continue
            tok = items[i]
            cue = None
            if tok.folded in starts or words.bare(tok.folded)[0] in starts:
                cue = self._expression_at(i)
            if cue is None and words.cue(tok):
                lemma = words.verb(tok)
                if lemma is not None:
                    last, end = i, tok.end
                    particle = self.lex.verb_particles.get(lemma)
                    if (
                        particle
                        and i + 1 < n
                        and items[i + 1].folded == particle
                        and not self.tokens.punctuated(i + 1)
                    ):
                        last, end = i + 1, items[i + 1].end
                    cue = Cue(i, last, tok.start, end, lemma, "verb", tok.start)
                elif words.participle(tok):
                    cue = Cue(i, i, tok.start, tok.end, "", "participle", tok.start)
            if cue is not None:
                self.cues.append(cue)
                i = cue.last + 1
            else:
                i += 1

    def _expression_at(self, i: int) -> Cue | None:
        items, words = self.tokens.items, self.words
        for expr in self.lex.expressions:
            first = items[i].folded
            if first != expr.words[0] and words.bare(first)[0] != expr.words[0]:
                continue
            k, end = i, items[i].end
            ok = True
            for j, word in enumerate(expr.words[1:], start=1):
                k = i + j
                if k >= len(items) or self.tokens.punctuated(k):
                    ok = False
                    break
                tok = items[k]
                if tok.folded == word:
                    end = tok.end
                elif (
                    expr.attached_last
                    and j == len(expr.words) - 1
                    and tok.folded.startswith(word)
                    and len(tok.folded) > len(word) + 1
                ):
                    end = tok.start + len(word)
                    k -= 1  # the noun after the glued ل is the next word to read
                else:
                    ok = False
                    break
            if ok and len(expr.words) == 1:
                k = i
            if ok:
                return Cue(i, k, items[i].start, end, "", "expression", items[i].start)
        return None

    def mark_boundaries(self) -> None:
        """Where a claim before each cue must stop: before the cue, or before its subject
        when the subject comes first ("ووزير الخارجية يصرح")."""
        self._cue_starts = [c.start for c in self.cues]
        for cue in self.cues:
            if cue.kind == "verb":
                cue.back = backward_run(
                    self.tokens,
                    self.words,
                    cue.first,
                    self.lex.number("max_subject_words"),
                    apposition=False,
                )
                if cue.back:
                    cue.boundary = self.tokens.items[cue.back[0]].start

    # -- claims ------------------------------------------------------------------------------

    def claim_end(self, start: int, sentence_end: int, after_cue: int) -> int:
        """The end of an indirect claim starting at `start`: the sentence end, or the next
        cue of a new clause (a participle, a verb with و or after punctuation)."""
        end = sentence_end
        cues, text = self.cues, self.text
        for c in range(bisect.bisect_right(self._cue_starts, start), len(cues)):
            cue = cues[c]
            if cue.start >= end:
                break
            if cue.boundary <= start or not text[start : cue.start].strip():
                continue  # the claim opens with this cue's own clause
            if self._opens_clause(cue):
                end = cue.boundary
                break
        markers = self.comment_markers()
        i = bisect.bisect_right(markers, start)
        if i < len(markers) and markers[i] < end:
            end = markers[i]  # "… وهذا كذب": the writer's own comment (D5)
        return cut_url(text, start, end)

    def comment_markers(self) -> list[int]:
        """Where a writer's own comment starts (وهذا، طيب، يعني…), for posts without
        punctuation: an indirect claim ends there."""
        if self._markers is None:
            items = self.tokens.items
            words = self.lex.comment_markers
            self._markers = [items.spans[i][0] for i, f in enumerate(items.folded) if f in words]
        return self._markers

    def _opens_clause(self, cue: Cue) -> bool:
        if cue.kind == "participle":
            return True
        tok = self.tokens.items[cue.first]
        if cue.boundary < cue.start:
            return True
        return bool(self.words.bare(tok.folded)[1]) or self.tokens.punctuated(cue.first)

    def _ends_sentence(self, offset: int) -> bool:
        """True when only closing marks and punctuation follow `offset` up to the end of
        its sentence (a short quote that is all that was said, not a quoted name)."""
        m = _NEXT_WORD.search(self.text, offset)
        return m is None or m.group(1) is None

    def quote_close(self, open_at: int) -> int:
        """Where the quote opened at `open_at` closes: the next closing mark of any kind,
        or, unclosed, the end of its line (D6 says the text; a line keeps a forgotten mark
        in a long article from swallowing the rest of it)."""
        m = _QUOTE_END.search(self.text, open_at + 1)
        return m.start() if m is not None else len(self.text)

    def quote_at(self, open_at: int) -> tuple[int, int] | None:
        """The text inside the quote opened at offset `open_at` (see `quote_close`)."""
        text = self.text
        end = cut_url(text, open_at + 1, self.quote_close(open_at))  # never a URL in a claim
        s, e = trim(text, open_at + 1, end)
        return (s, e) if e > s else None

    # -- one cue at a time -------------------------------------------------------------------

    def attribute(self, ci: int) -> None:
        cue = self.cues[ci]
        if cue.kind == "expression":
            self._source_expression(ci, cue)
            return
        tokens, words = self.tokens, self.words
        n = len(tokens)
        k = cue.last + 1
        speaker = None
        subject_pattern = ""
        if cue.kind == "verb":
            run = (
                forward_run(tokens, words, k, self.lex.number("max_subject_words"), False)
                if k < n and tokens.sentence_of[k] == tokens.sentence_of[cue.first]
                else []
            )
            if run and words.in_set(tokens.items[run[0]], self.lex.document_sources):
                speaker = speaker_of(tokens, words, run)
                if speaker is None:
                    return  # a report with no named author: not annotated (D9)
            says = self._says(cue)
            back = cue.back
            if not back and not run:  # "ليلى منصور، أستاذة …، اعتبرت"
                back = backward_run(tokens, words, cue.first, self.lex.number("max_subject_words"))
            if says and back and not tokens.punctuated(cue.first):
                run = []  # "الوزير يقول …": the words after the verb are what he says
            if run:
                speaker = speaker_of(tokens, words, run)
                subject_pattern = "subject-after"
                k = run[-1] + 1
            elif back:
                speaker = speaker_of(tokens, words, back, conjunction=True)
                subject_pattern = "subject-before"
        cue_span = Suggested("cue", cue.start, cue.end, "lexicon")
        spk = Suggested("speaker", *speaker, subject_pattern) if speaker else None
        claim = self._claim_after(ci, cue, k)
        if claim is None:
            claim = self._claim_before(ci, cue, k)
        if claim is None and subject_pattern == "subject-before" and self._says(cue):
            claim = self._unmarked(ci, cue, k)
        if claim is None and spk is not None and subject_pattern == "subject-after":
            claim = self._noun_complement(ci, cue, k)
        if claim is None:
            return
        self.found.append(Attribution(claim, cue_span, spk, inherited=spk is None))

    def openers(self) -> tuple[list[int], list[int]]:
        """Every place a claim can open, in text order: a quote mark or a colon (its
        offset, token -1) or a complementizer word (its start, its token index)."""
        if self._openers is None:
            items = self.tokens.items
            comp = self.lex.complementizers
            found = [(m.start(), -1) for m in _OPENER_CHARS.finditer(self.text)]
            found += [(items.spans[i][0], i) for i, f in enumerate(items.folded) if f in comp]
            found.sort()
            self._openers = ([p for p, _ in found], [i for _, i in found])
        return self._openers

    def _claim_after(self, ci: int, cue: Cue, k: int) -> Suggested | None:
        """A claim opened after the cue (and its subject) in the same sentence: the first
        quote mark, colon or complementizer within reach, before the next cue."""
        tokens, text = self.tokens, self.text
        spans = tokens.items.spans
        n = len(spans)
        sentence = tokens.sentence_of[cue.first]
        # The first token of the next sentence: the search never goes past it.
        stop = bisect.bisect_left(tokens.items.starts, tokens.sentence_bounds(sentence)[1] + 1)
        next_cue_at = self.cues[ci + 1].first if ci + 1 < len(self.cues) else n
        last = min(n, k + self.lex.number("max_cue_reach_words"), stop, next_cue_at)
        # Marks may stand in the gap before token `last`, words only before it; the gap
        # before the next sentence counts up to its line break.
        if last >= n:
            mark_limit = len(text)
        elif last == stop:
            mark_limit = spans[last - 1][1] if last else 0
            line = text.find("\n", mark_limit, spans[last][0])
            mark_limit = spans[last][0] if line < 0 else line
        else:
            mark_limit = spans[last][0]
        positions, indices = self.openers()
        subject_end = spans[k][0] if k < n else len(text)
        i = bisect.bisect_left(positions, cue.end)
        while i < len(positions) and positions[i] < mark_limit:
            pos, j = positions[i], indices[i]
            if j < 0 and text[pos] in _COLON:
                return self._after_colon(ci, pos + 1, tokens.index_at(pos))
            if j < 0:  # a quote mark
                span = self.quote_at(pos)
                if span and len(text[span[0] : span[1]].split()) >= SCARE_WORDS:
                    return Suggested("claim", *span, "quote")
                if span and pos < subject_end and self._ends_sentence(span[1]):
                    return Suggested("claim", *span, "quote")  # قالت "لا".
                # A quoted name or a scare quote: read on after its closing mark.
                i = bisect.bisect_left(positions, self.quote_close(pos) + 1)
                continue
            if j >= k:
                return self._complement(ci, j, stop)
            i += 1
        return None

    def _complement(self, ci: int, j: int, stop: int) -> Suggested | None:
        """The claim after the complementizer at token j: a quote right after it, else up
        to the end of the sentence or the next cue."""
        tokens, text = self.tokens, self.text
        spans = tokens.items.spans
        if j + 1 >= stop:
            return None
        after = text[spans[j][1] : spans[j + 1][0]].strip()
        if after and after[0] in QUOTE_OPEN:  # إن "…": the quote is the claim
            span = self.quote_at(text.index(after[0], spans[j][1]))
            return Suggested("claim", *span, "quote") if span else None
        start = spans[j + 1][0]
        end = self.claim_end(start, tokens.sentence_end(j), ci)
        s, e = trim(text, start, end, tail_junk=True)
        return Suggested("claim", s, e, "complement") if e > s else None

    def _noun_complement(self, ci: int, cue: Cue, k: int) -> Suggested | None:
        """أعلن الوزير تسجيل أول لقاح / دعا X إلى وقف …: after some verbs a noun phrase
        states what was reported (D4); a preposition before it is left out."""
        tokens, words, text = self.tokens, self.words, self.text
        items = tokens.items
        if cue.lemma not in self.lex.noun_complement_verbs or k >= len(items):
            return None
        if tokens.punctuated(k) or tokens.sentence_of[k] != tokens.sentence_of[cue.first]:
            return None
        if items[k].folded in self.lex.noun_complement_prepositions:
            k += 1
            if k >= len(items) or tokens.punctuated(k):
                return None
        if words.cue(items[k]) or words.complementizer(items[k]):
            return None
        start = items[k].start
        end = self.claim_end(start, tokens.sentence_end(k), ci)
        s, e = trim(text, start, end, tail_junk=True)
        if len(text[s:e].split()) < 2:
            return None
        return Suggested("claim", s, e, "noun-complement")

    def _after_colon(self, ci: int, start: int, j: int) -> Suggested | None:
        """The content after a colon: a quote right after it, else up to the sentence end
        (an إن opening it is left out)."""
        tokens, text = self.tokens, self.text
        p = start
        while p < len(text) and text[p] in " \t\u00a0":
            p += 1
        if p < len(text) and text[p] in QUOTE_OPEN:
            span = self.quote_at(p)
            return Suggested("claim", *span, "quote") if span else None
        if j >= len(tokens):
            return None
        if self.words.complementizer(tokens.items[j]) and j + 1 < len(tokens):
            start = tokens.items[j + 1].start
        end = self.claim_end(start, tokens.sentence_end(j), ci)
        s, e = trim(text, start, end, tail_junk=True)
        return Suggested("claim", s, e, "colon") if e > s else None

    def _says(self, cue: Cue) -> bool:
        """A present-tense "says" (يقول، تقول، ويقول): it may carry speech without marks."""
        if cue.kind != "verb" or cue.lemma not in self.lex.unmarked_speech_verbs:
            return False
        bare = self.words.bare(self.tokens.items[cue.first].folded)[0]
        return bare.startswith(("ي", "ت"))

    def _unmarked(self, ci: int, cue: Cue, k: int) -> Suggested | None:
        """Speech given without marks after a present-tense "says" (D6): the rest of the
        sentence, up to the next cue."""
        tokens, text = self.tokens, self.text
        if k >= len(tokens) or tokens.sentence_of[k] != tokens.sentence_of[cue.first]:
            return None
        start = tokens.items[k].start
        end = self.claim_end(start, tokens.sentence_end(k), ci)
        s, e = trim(text, start, end, tail_junk=True)
        if len(text[s:e].split()) < 2:
            return None
        return Suggested("claim", s, e, "unmarked")

    def _claim_before(self, ci: int, cue: Cue, k: int) -> Suggested | None:
        """Postposed attribution: a quote right before the cue ("…"، قال X), or the sentence
        so far when the cue clause ends it (… ، كما تلاحظ X)."""
        tokens, text = self.tokens, self.text
        items = tokens.items
        first = cue.boundary
        before = text[tokens.sentence_start(cue.first) : first]
        stripped = before.rstrip(" \t،,")
        if stripped and stripped[-1] in QUOTE_CLOSE:
            close = tokens.sentence_start(cue.first) + len(stripped) - 1
            opener = max(text.rfind(q, 0, close) for q in QUOTE_OPEN)
            if opener >= 0:
                s, e = trim(text, opener + 1, cut_url(text, opener + 1, close))
                if e > s:
                    return Suggested("claim", s, e, "quote")
        # The cue clause must end the sentence, or stand between commas ("…، يقول X، …").
        medial = (
            k < len(items)
            and k > cue.last + 1  # a subject after the verb
            and _has_comma(tokens.gap(k))
            and _has_comma(tokens.gap(cue.first))  # the verb right after a comma
        )
        if not medial and k < len(items) and tokens.sentence_of[k] == tokens.sentence_of[cue.first]:
            return None
        start = tokens.sentence_start(cue.first)
        end = first
        lead = tokens.index_at(start)
        prev = cue.first - 1
        if prev >= 0 and self.words.in_set(items[prev], self.lex.postposed_markers):
            end = items[prev].start
        elif not tokens.punctuated(tokens.index_at(first)):
            return None  # "… التي تطالب بها": a relative clause, not a source
        if cue.first - lead < 3:
            return None
        s, e = trim(text, start, cut_url(text, start, end), tail_junk=True)
        return Suggested("claim", s, e, "postposed") if e > s else None

    def _source_expression(self, ci: int, cue: Cue) -> None:
        """وفقا ل X ، … (the rest of the sentence) or … بحسب X (the sentence before it)."""
        tokens, words, text = self.tokens, self.words, self.text
        items = tokens.items
        k = cue.last + 1
        if k >= len(items) or tokens.sentence_of[k] != tokens.sentence_of[cue.first]:
            return
        first_start = cue.end if items[k].start < cue.end else None
        if (
            first_start is not None
            and fold(text[first_start : items[k].end]) in self.lex.descriptors
        ):
            first_start, k = None, k + 1  # لصحيفة X: the speaker is X
            if k >= len(items) or tokens.punctuated(k):
                return
        run = forward_run(
            tokens, words, k, self.lex.number("max_subject_words"), first_start is not None
        )
        if not run and first_start is None:
            return
        if first_start is not None and (not run or run[0] != k):
            run = [k, *[r for r in run if r > k]]
        speaker = speaker_of(tokens, words, run, first_start)
        if speaker is None:
            return
        cue_span = Suggested("cue", cue.start, cue.end, "lexicon")
        spk = Suggested("speaker", *speaker, "source-phrase")
        first = cue.first
        preposed = (
            first == 0
            or tokens.sentence_of[first - 1] != tokens.sentence_of[first]
            or bool(set(tokens.gap(first)) & _CLAUSE_OPENERS)
            or words.bare(items[first].folded)[1] > 0
        )
        after = run[-1] + 1
        if preposed:
            if after >= len(items) or tokens.sentence_of[after] != tokens.sentence_of[cue.first]:
                return
            if not tokens.punctuated(after):
                return
            if words.complementizer(items[after]):
                after += 1
                if after >= len(items):
                    return
            start = items[after].start
            end = self.claim_end(start, tokens.sentence_end(after), ci)
            s, e = trim(text, start, end, tail_junk=True)
        else:
            start = tokens.sentence_start(cue.first)
            s, e = trim(text, start, cut_url(text, start, cue.start), tail_junk=True)
        if e > s:
            self.found.append(Attribution(Suggested("claim", s, e, "source-phrase"), cue_span, spk))

    # -- headlines ---------------------------------------------------------------------------

    def headlines(self) -> None:
        """ "X: …" at the start of a clause, X a name or a role (not a label such as عاجل)."""
        tokens, words, text = self.tokens, self.words, self.text
        items = tokens.items
        limit = self.lex.number("max_headline_speaker_words")
        cue_tokens = {i for c in self.cues for i in range(c.first, c.last + 1)}
        for m in _COLON_RE.finditer(text):
            j = tokens.index_at(m.start())
            if j == 0 or j >= len(items):
                continue
            gap = text[items[j - 1].end : items[j].start if j < len(items) else len(text)]
            colon = m.start() - items[j - 1].end
            if colon < 0 or "\n" in gap[:colon]:
                continue
            k = j - 1
            run = [k]
            while not tokens.punctuated(k) and len(run) <= limit:
                k -= 1
                run.insert(0, k)
            if len(run) > limit or any(r in cue_tokens for r in run):
                continue
            if any(words.in_set(items[r], self.lex.colon_labels) for r in run):
                continue
            if any(words.stop(items[r]) for r in run):
                continue
            if tokens.sentence_of[j] != tokens.sentence_of[j - 1] and "\n" in gap:
                continue
            speaker = speaker_of(tokens, words, run)
            if speaker is None:
                continue
            claim = self._after_colon(-1, items[j - 1].end + colon + 1, j)
            if claim is None or len(text[claim.start : claim.end].split()) < 2:
                continue
            claim = Suggested(
                "claim", claim.start, claim.end, "headline" if claim.pattern == "colon" else "quote"
            )
            self.found.append(Attribution(claim, None, Suggested("speaker", *speaker, "headline")))


def _has_comma(text: str) -> bool:
    return "،" in text or "," in text


def find_attributions(
    tokens: Tokens, lexicon: Lexicon, check: Callable[[], None] | None = None
) -> list[Attribution]:
    """Every attribution the patterns find in the text, in text order of their claims.
    `check` is called now and then (it raises to give up)."""
    finder = Finder(tokens, lexicon)
    finder.find_cues()
    finder.mark_boundaries()
    for ci in range(len(finder.cues)):
        if check is not None and not ci % 512:
            check()
        finder.attribute(ci)
    finder.headlines()
    return sorted(finder.found, key=lambda a: (a.claim.start, a.claim.end))
