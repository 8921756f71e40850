"""Property tests: import -> export -> import keeps every span, identity and attribute exactly.

Texts mix what breaks naive offset code: astral characters (emoji with skin tones, ZWJ
families, flags), CRLF, lone CR, U+2028, NEL, combining marks, Arabic diacritics, tatweel,
bidi controls and BOM characters in the middle of the text.
"""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats.csv_guard import guard
from annotator.formats.export.exporting import export
from annotator.formats.importing.files import import_file
from annotator.store.project import Project

PIECES = [
    "\r\n", "\r", "\n", "\u2028", "\x85", "\u00a0", "\u200c", "\u200d", "\u200e", "\u200f",
    "\u202b", "\u202c", "\u2067", "\u2069", "\u061c", "\u0640", "\u064e", "\u0651", "e\u0301",
    "👍🏽", "👨\u200d👩\u200d👧", "🇸🇦", "🏳️\u200d🌈", "𝕏", "قال", "بوتين", "ﷺ", " ", ".", "؟",
    "=", "-", "+", "@", "\t", '"', ",", "\ufeff",
]  # fmt: skip

texts = (
    st.lists(
        st.one_of(
            st.sampled_from(PIECES),
            st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
        ),
        min_size=1,
        max_size=30,
    )
    .map("".join)
    .filter(lambda t: t.strip() != "" and not t.startswith("\ufeff"))
)
free_text = st.lists(st.sampled_from([*PIECES, "ملاحظة", "a"]), max_size=6).map("".join)
attributes = st.dictionaries(st.sampled_from(["verifiable", "quote_form", "extra"]), free_text)


@st.composite
def spans(draw: st.DrawFn, length: int) -> tuple[int, int]:
    start = draw(st.integers(0, length - 1))
    return start, draw(st.integers(start + 1, length))


def dump(project: Project) -> dict[str, Any]:
    """Everything that must survive a trip, keyed by UUID (row ids may differ)."""
    q = project._db.execute
    return {
        "documents": sorted(q("SELECT uuid, title, source, status, created_at, text, sha256"
                              " FROM documents")),
        "annotations": sorted(q(
            "SELECT a.uuid, d.uuid, a.label, a.start, a.\"end\", a.text, a.analyst, a.note,"
            " a.attributes, a.review_status, a.reviewer, a.reviewed_at, a.created_at,"
            " a.updated_at, e.uuid FROM annotations a JOIN documents d ON d.id = a.document_id"
            " LEFT JOIN entities e ON e.id = a.entity_id")),
        "links": sorted(q(
            "SELECT k.uuid, s.uuid, t.uuid, k.type, k.analyst, k.created_at FROM links k"
            " JOIN annotations s ON s.id = k.source_id JOIN annotations t ON t.id = k.target_id")),
        # JSONL carries a speaker entity with its mentions; one with none has nothing to ride on
        "entities": sorted(q("SELECT uuid, name, type, role FROM entities e WHERE EXISTS"
                             " (SELECT 1 FROM annotations a WHERE a.entity_id = e.id)")),
    }  # fmt: skip


def annotate(project: Project, data: st.DataObject, doc_id: int, text: str) -> None:
    """Random spans with notes, attributes, reviews, speaker grouping and links."""
    putin = project.entities.add("فلاديمير بوتين", "person", "=president")
    made = []
    for _ in range(data.draw(st.integers(1, 6))):
        start, end = data.draw(spans(len(text)))
        label = data.draw(st.sampled_from(["claim", "speaker", "cue"]))
        grouped = label == "speaker" and data.draw(st.booleans())
        ann = project.annotations.add(
            doc_id,
            label,
            start,
            end,
            data.draw(st.sampled_from(["huda", "عمر"])),
            note=data.draw(free_text),
            attributes=data.draw(attributes),
            entity_id=putin.id if grouped else None,
        )
        status = data.draw(st.sampled_from(["pending", "accepted", "rejected"]))
        if status != "pending":
            project.annotations.set_review(ann.id, status, "lead")
        made.append(ann)
    claims = [a for a in made if a.label == "claim"]
    speakers = [a for a in made if a.label == "speaker"]
    for claim in claims:
        for speaker in speakers[: data.draw(st.integers(0, 2))]:
            project.links.add(claim.id, speaker.id, "huda")
    cues = [a for a in made if a.label == "cue"]
    if cues and claims:
        project.links.add(cues[0].id, claims[0].id, "huda", "introduces")


@settings(max_examples=60, deadline=None)
@given(data=st.data(), text=texts)
def test_import_export_import_is_lossless(data: st.DataObject, text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "doc.txt"
        source.write_bytes(text.encode("utf-8"))
        with Project.memory() as first, Project.memory() as second:
            import_file(first, source, "huda")
            (doc,) = first.documents.all()
            assert first.documents.text(doc.id) == text
            annotate(first, data, doc.id, text)
            export(first, "jsonl", folder / "out.jsonl")
            import_file(second, folder / "out.jsonl", "someone else")
            assert dump(second) == dump(first)
            # and the trip is stable: exporting the copy gives the same file
            export(second, "jsonl", folder / "again.jsonl")
            assert strip_ids(folder / "again.jsonl") == strip_ids(folder / "out.jsonl")
            for guarded in (True, False):
                export(second, "csv", folder / "out.csv", formula_guard=guarded)
                with (folder / "out.csv").open(encoding="utf-8-sig", newline="") as fh:
                    rows = list(csv.DictReader(fh))
                assert len(rows) == len(first.annotations.for_document(doc.id))
                for row in rows:
                    exact = text[int(row["start"]) : int(row["end"])]
                    assert row["text"] == (guard(exact) if guarded else exact)


def strip_ids(path: Path) -> str:
    """The JSONL minus row ids, which a fresh project may number differently."""
    out = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line:
            obj = json.loads(line)
            obj.pop("id")
            for e in obj["entities"]:
                e.pop("id")
            for r in obj["relations"]:
                r.pop("id")
                r.pop("from_id")
                r.pop("to_id")
            out.append(json.dumps(obj, sort_keys=True))
    return "\n".join(out)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), text=texts)
def test_doccano_span_form_offsets_are_code_points(data: st.DataObject, text: str) -> None:
    chosen = data.draw(st.lists(spans(len(text)), min_size=1, max_size=5))
    line = {"text": text, "label": [[s, e, "claim"] for s, e in chosen]}
    with tempfile.TemporaryDirectory() as tmp, Project.memory() as project:
        path = Path(tmp) / "in.jsonl"
        path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
        import_file(project, path, "huda")
        got = sorted((a.start, a.end, a.text) for a in project.annotations.iter_all())
        assert got == sorted((s, e, text[s:e]) for s, e in chosen)
