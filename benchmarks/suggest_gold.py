"""Gold attributions written by hand as marked-up text, turned into doccano relation-form
lines (what `bench_suggest.py` reads).

Marks: {cN|cue} {sN|speaker} {qN|claim}; claim qN is attributed to sN and cued by cN when
they exist; {qN@sM|claim} attributes it to sM instead (an elided subject). Documents are
separated by a line "---"; lines starting with # are comments.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_MARK = re.compile(r"\{([csq])(\d+)(?:@s(\d+))?\|([^{}]*)\}")
_LABELS = {"c": "cue", "s": "speaker", "q": "claim"}


def parse_document(marked: str) -> dict[str, Any]:
    text, entities, relations = [], [], []
    pos = 0
    length = 0
    refs: dict[tuple[str, str], int] = {}
    claims: list[tuple[int, str, str | None]] = []
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        kind, number, speaker, inner = m.groups()
        ent_id = len(entities) + 1
        entities.append(
            {
                "id": ent_id,
                "label": _LABELS[kind],
                "start_offset": length,
                "end_offset": length + len(inner),
            }
        )
        refs[(kind, number)] = ent_id
        if kind == "q":
            claims.append((ent_id, number, speaker))
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(marked[pos:])
    for claim_id, number, speaker in claims:
        spk = refs.get(("s", speaker or number))
        cue = refs.get(("c", number))
        if spk is not None:
            relations.append({"from_id": claim_id, "to_id": spk, "type": "attributed_to"})
        if cue is not None:
            relations.append({"from_id": claim_id, "to_id": cue, "type": "cued_by"})
    for i, rel in enumerate(relations, start=1):
        rel["id"] = i
    return {"text": "".join(text), "entities": entities, "relations": relations}


def read_marked(path: str | Path) -> list[dict[str, Any]]:
    lines = [
        ln for ln in Path(path).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
    ]
    blocks = "\n".join(lines).split("\n---\n")
    return [parse_document(b.strip("\n")) for b in blocks if b.strip()]
