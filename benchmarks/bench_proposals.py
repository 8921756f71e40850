"""How fast a speaker mention gets its proposals: the name index against a full re-read.

    python benchmarks/bench_proposals.py [--rounds 5]

Builds a temporary project file with 1,000 speakers and 3,300 grouped speaker mentions in
varied surface forms (full names, titles, surnames only, diacritics), then times
`propose_entities` (the name index) and `propose_directly` (every name and mention text
read and folded per call, as before the index) on the same queries, checking that they
agree. Also timed: the first proposal (the index is built) and a proposal right after an
edit (the touched rows are re-read). The last line printed is one JSON object.
Target: `index_ms_median` well under 1 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from speaker_names import FIRST, LAST, SPEAKERS, speaker_name

from annotator.speakers.grouping import propose_entities
from annotator.speakers.name_index import propose_directly
from annotator.store.project import Project
from annotator.store.records import Entity

ENTITIES = SPEAKERS
MENTIONS = 3_300
TITLES = ("", "السيد ", "د. ", "الأستاذ ", "الدكتورة ")


def surface(i: int, n: int) -> str:
    """The n-th way an article names speaker i: full, titled, surname only, with diacritics."""
    first, last = FIRST[i % len(FIRST)], LAST[i // len(FIRST)]
    forms = (f"{first} {last}", f"{TITLES[n % len(TITLES)]}{last}", f"{first}َ {last}", last)
    return forms[n % len(forms)]


def build_project(path: Path) -> Project:
    project = Project.create(path)
    owners = [m % ENTITIES for m in range(MENTIONS)]
    surfaces = [surface(i, m // ENTITIES) for m, i in enumerate(owners)]
    parts, starts, pos = [], [], 0
    for text in surfaces:
        part = f"وقال {text} إن الوضع مستقر. "
        starts.append(pos + 5)
        parts.append(part)
        pos += len(part)
    with project.atomic():
        doc = project.documents.add("".join(parts), "benchmark", "bench")
        ids = [project.entities.add(speaker_name(i)).id for i in range(ENTITIES)]
        for start, text, owner in zip(starts, surfaces, owners, strict=True):
            project.annotations.add(
                doc.id, "speaker", start, start + len(text), "bench", entity_id=ids[owner]
            )
    return project


def queries() -> list[str]:
    """New mentions as an analyst marks them: known speakers in any form, a common first
    name alone, and names nobody has yet."""
    asked = [surface(i, n) for i in range(0, ENTITIES, 37) for n in range(4)]
    asked += ["محمد", "السيدة فاطمه", "د. كريم", "فلاديمير بوتين", "ماريا بوبوفا", "كييف"]
    return asked


def timed(
    fn: Callable[[Project, str], list[Entity]], project: Project, texts: list[str], rounds: int
) -> list[float]:
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            fn(project, text)
            times.append(time.perf_counter() - start)
    return times


def ms(seconds: float) -> float:
    return round(seconds * 1000, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = build_project(Path(tmp) / "bench.annotator")
        texts = queries()
        start = time.perf_counter()
        propose_entities(project, texts[0])
        first = time.perf_counter() - start
        for text in texts:
            assert propose_entities(project, text) == propose_directly(project, text), text
        reference = timed(propose_directly, project, texts, max(1, args.rounds // 5))
        index = timed(propose_entities, project, texts, args.rounds)
        mentions = [r[0] for r in project._db.execute("SELECT id FROM annotations LIMIT 50")]
        after_edit = []
        for n, mention in enumerate(mentions):  # regroup a mention, then ask
            project.annotations.update(mention, entity_id=1 + (n * 7) % ENTITIES)
            text = texts[n % len(texts)]
            start = time.perf_counter()
            answer = propose_entities(project, text)
            after_edit.append(time.perf_counter() - start)
            assert answer == propose_directly(project, text), text
        project.close()
    ref_ms, index_ms = statistics.median(reference), statistics.median(index)
    result = {
        "entities": ENTITIES,
        "mentions": MENTIONS,
        "queries": len(texts),
        "reference_ms_median": ms(ref_ms),
        "index_ms_median": ms(index_ms),
        "index_ms_max": ms(max(index)),
        "ratio": round(ref_ms / index_ms, 1),
        "first_proposal_ms": ms(first),
        "after_edit_ms_median": ms(statistics.median(after_edit)),
    }
    print(
        f"reference {result['reference_ms_median']} ms, index {result['index_ms_median']} ms"
        f" (x{result['ratio']}); first {result['first_proposal_ms']} ms,"
        f" after an edit {result['after_edit_ms_median']} ms"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
