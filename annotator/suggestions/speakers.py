"""Who a subject phrase names: the shortest span that names the source (GUIDELINES D10).

A name beside a role is the name ("وزير الخارجية أحمد علي" → "أحمد علي"); with no name the
role phrase is the speaker (head and its ال-complements: "الرئيس الروسي", "منظمة الصحة
العالمية"). Courtesy titles right before a name are kept (السيدة بوبوفا); honorifics (معالي)
and descriptor nouns (صحيفة، شبكة) are dropped; a document (تقرير، خطة) is no speaker unless
its author is named in it (تقرير لصحيفة X → X).
"""

from __future__ import annotations

from annotator.suggestions.tokens import Tokens
from annotator.suggestions.words import NAME_LINKS, Words

Span = tuple[int, int]


def forward_run(tokens: Tokens, words: Words, i: int, limit: int, first_gap_ok: bool) -> list[int]:
    """Indices of the words from i that can form a subject: no punctuation between them, no
    stop word, at most `limit` words. `first_gap_ok`: punctuation before word i is allowed."""
    run: list[int] = []
    n = len(tokens)
    k = i
    while k < n and len(run) < limit:
        if tokens.punctuated(k) and not (k == i and first_gap_ok):
            break
        if words.stop(tokens.items[k]) and not (run and _genitive(tokens, words, run[-1], k)):
            break
        run.append(k)
        k += 1
    return run


def _genitive(tokens: Tokens, words: Words, before: int, k: int) -> bool:
    """True for a لل-word completing a role ("الأمين العام للأمم المتحدة"): after an
    ال-word or a title, and followed by another ال-word."""
    items = tokens.items
    tok = items[k]
    if not tok.folded.startswith("لل") or k + 1 >= len(items) or tokens.punctuated(k + 1):
        return False
    prev = items[before]
    lex = words.lexicon
    return (words.article(prev) or words.in_set(prev, lex.titles_of_office)) and (
        words.article(items[k + 1])
    )


def backward_run(
    tokens: Tokens, words: Words, cue: int, limit: int, *, apposition: bool = True
) -> list[int]:
    """The words right before a cue that form its subject ("الوزير قال"), only when they
    open their clause (sentence start, punctuation, or an attached و before them); with
    `apposition`, also the subject before "، <apposition>،" right before the cue."""
    run: list[int] = []
    k = cue - 1
    if k < 0:
        return []
    if tokens.punctuated(cue):
        return _before_apposition(tokens, words, cue, limit) if apposition else []
    while k >= 0 and len(run) < limit:
        tok = tokens.items[k]
        if words.stop(tok):
            return []
        run.insert(0, k)
        if tokens.punctuated(k) or words.conjunction(tok):
            return run
        k -= 1
    return []


APPOSITION_WORDS = 12  # "ليلى منصور، أستاذة الاقتصاد في جامعة القاهرة، اعتبرت"


def _before_apposition(tokens: Tokens, words: Words, cue: int, limit: int) -> list[int]:
    """The subject of "X، <apposition>، قال": the words before the apposition's comma, when
    they open their clause (after punctuation or a connector such as لكن)."""
    if "،" not in tokens.gap(cue) and "," not in tokens.gap(cue):
        return []
    k = cue - 1
    lo = max(0, cue - APPOSITION_WORDS)
    while k > lo and not tokens.punctuated(k):
        k -= 1
    gap = tokens.gap(k)
    if k <= lo or ("،" not in gap and "," not in gap):
        return []
    run: list[int] = []
    j = k - 1
    connectors = words.lexicon.clause_connectors
    while j >= 0 and len(run) < limit:
        tok = tokens.items[j]
        if words.in_set(tok, connectors) and run:
            return run
        if words.stop(tok):
            return []
        run.insert(0, j)
        if tokens.punctuated(j):
            return run
        j -= 1
    return run if j < 0 else []


def speaker_of(
    tokens: Tokens,
    words: Words,
    run: list[int],
    first_start: int | None = None,
    *,
    conjunction: bool = False,
) -> Span | None:
    """The speaker span inside the subject words `run` (token indices), or None.
    `first_start` overrides where the first word starts (a glued ل taken by the cue);
    `conjunction`: the first word may carry an attached و/ف that is not part of the name
    (a subject before its verb: "ووزير الخارجية يصرح")."""
    lex = words.lexicon
    items = tokens.items
    run = list(run)

    def start_of(k: int) -> int:
        if k == run_first and first_start is not None:
            return first_start
        tok = items[k]
        cut = words.conjunction(tok) if k == run_first and conjunction else 0
        return tok.start + _offset_of_letters(tok.text, cut)

    run_first = run[0] if run else -1
    while run and words.in_set(items[run[0]], lex.honorifics):
        run.pop(0)
    if not run:
        return None
    head = items[run[0]]
    if words.in_set(head, lex.document_sources):
        rest = run[1:]
        if rest and items[rest[0]].folded.startswith("ل") and not words.article(items[rest[0]]):
            first = items[rest[0]]
            return speaker_of(tokens, words, rest, first.start + _offset_of_letters(first.text, 1))
        return None
    if words.in_set(head, lex.descriptors):
        run.pop(0)
        if not run:
            return None
        run_first = run[0]
        first_start = None
        head = items[run[0]]
    if words.in_set(head, lex.courtesy_titles):
        name = _name_words(tokens, words, run[1:], lex.number("max_name_words"))
        if not name:
            return None
        return start_of(run[0]), items[name[-1]].end
    if words.in_set(head, lex.titles_of_office) or words.article(head):
        role = [run[0]]
        for k in run[1:]:
            tok = items[k]
            if (
                (words.article(tok) and not words.in_set(tok, lex.courtesy_titles))
                or (role and items[role[-1]].folded == "باسم")
                or tok.folded == "باسم"
                or tok.folded.startswith("لل")
            ):
                role.append(k)
            else:
                break
        rest = run[len(role) :]
        if rest and words.in_set(items[rest[0]], lex.courtesy_titles):
            name = _name_words(tokens, words, rest[1:], lex.number("max_name_words"))
            if name:
                return items[rest[0]].start, items[name[-1]].end
        name = _name_words(tokens, words, rest, lex.number("max_name_words"))
        if name:
            return items[name[0]].start, items[name[-1]].end
        return start_of(role[0]), items[role[-1]].end
    name = _name_words(tokens, words, run, lex.number("max_name_words"))
    if not name:
        return None
    return start_of(name[0]), items[name[-1]].end


def _name_words(tokens: Tokens, words: Words, run: list[int], limit: int) -> list[int]:
    """The leading words of `run` that read as a name: up to the first role word or
    ال-word (unless a name link such as عبد or أبو comes before it)."""
    lex = words.lexicon
    items = tokens.items
    name: list[int] = []
    for k in run:
        tok = items[k]
        if len(name) >= limit:
            break
        if words.in_set(tok, lex.titles_of_office) or words.in_set(tok, lex.descriptors):
            break
        if words.article(tok) and not (name and items[name[-1]].folded in NAME_LINKS):
            if tok.folded.startswith("#"):  # a hashtag is one name: #الهند
                name.append(k)
            elif name and not words.stop(tok):
                name.append(k)  # a family name: أحمد المسماري، محمد شياع السوداني
            break
        name.append(k)
    return name


def _offset_of_letters(text: str, letters: int) -> int:
    """How many code points of `text` hold its first `letters` letters with their marks
    (a clitic و may carry a diacritic: وَقال)."""
    if letters <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(text):
        if ch.isalpha() and ch != "\u0640":
            if seen == letters:
                return i
            seen += 1
    return len(text)
