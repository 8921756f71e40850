"""How good and how fast the suggested attributions are.

    python benchmarks/bench_suggest.py GOLD.jsonl [GOLD.txt ...]

Each GOLD is a doccano relation-form JSONL file (labels cue, speaker, claim; relations
attributed_to and cued_by) or a marked-up text (`suggest_gold.py`, as in
benchmarks/data/). Its texts are imported into a temporary project, the suggestions are
computed as the CLI computes them, and compared with the gold:

* precision, recall and F1 per label, with exact match (same offsets) and with overlap
  (a suggested span counts when it overlaps a gold span of its label, one to one);
* attribution accuracy: the share of gold claims whose overlapping suggested claim is
  attributed to a speaker span overlapping one of that gold claim's own speakers.

Then speed, on the 550,000-character document `bench_window.py` builds: `suggest_ms`
(read from the project, compute, fit; `suggest_cpu_ms` the processor time it took, which
a busy shared machine inflates less) against a baseline measured in the same run, one
regex pass over the text's words (`word_scan_ms`) -> `suggest_ratio`. Target: under 1 s.
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).parent))
from long_document import build_text
from suggest_gold import read_marked

from annotator.store.project import Project
from annotator.suggestions.project_suggestions import document_suggestions
from annotator.suggestions.records import Group, Suggested

LABELS = ("cue", "speaker", "claim")
Span = tuple[int, int]


def read_gold(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".txt":
        return read_marked(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_count(found: list[Span], gold: list[Span], exact: bool) -> int:
    """Spans matched one to one (greedy in text order)."""
    used: set[int] = set()
    hits = 0
    for span in found:
        for i, g in enumerate(gold):
            if i in used:
                continue
            if (span == g) if exact else overlaps(span, g):
                used.add(i)
                hits += 1
                break
    return hits


def prf(hits_p: int, n_found: int, hits_r: int, n_gold: int) -> dict[str, float]:
    p = hits_p / n_found if n_found else 0.0
    r = hits_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def evaluate(docs: list[dict[str, Any]]) -> dict[str, Any]:
    found: dict[str, list[list[Span]]] = {k: [] for k in LABELS}
    gold: dict[str, list[list[Span]]] = {k: [] for k in LABELS}
    attributed = total_claims = 0
    with tempfile.TemporaryDirectory() as tmp, Project.create(Path(tmp) / "gold.db") as project:
        for n, doc in enumerate(docs):
            added = project.documents.add(doc["text"], f"gold {n + 1}", "")
            groups = document_suggestions(project, added.id)
            spans = {s.key for g in groups for s in g.spans()}
            for label in LABELS:
                found[label].append(sorted((s, e) for k, s, e in spans if k == label))
                gold[label].append(
                    sorted(
                        (e["start_offset"], e["end_offset"])
                        for e in doc["entities"]
                        if e["label"] == label
                    )
                )
            a, t = _attributions(doc, groups)
            attributed += a
            total_claims += t
    figures: dict[str, Any] = {}
    for label in LABELS:
        for mode in ("exact", "overlap"):
            exact = mode == "exact"
            pairs = list(zip(found[label], gold[label], strict=True))
            hp = sum(match_count(f, g, exact) for f, g in pairs)
            hr = sum(match_count(g, f, exact) for f, g in pairs)
            nf = sum(len(f) for f in found[label])
            ng = sum(len(g) for g in gold[label])
            figures[f"{label}_{mode}"] = prf(hp, nf, hr, ng)
    figures["attribution_accuracy"] = round(attributed / total_claims, 3) if total_claims else 0.0
    figures["gold_claims"] = total_claims
    return figures


def _attributions(doc: dict[str, Any], groups: list[Group]) -> tuple[int, int]:
    """(gold claims whose overlapping suggested claim names an overlapping gold speaker of
    that claim, gold claims)."""
    ents = {e["id"]: (e["start_offset"], e["end_offset"]) for e in doc["entities"]}
    labels = {e["id"]: e["label"] for e in doc["entities"]}
    speakers_of: dict[int, list[Span]] = {}
    for rel in doc["relations"]:
        if rel["type"] == "attributed_to":
            speakers_of.setdefault(rel["from_id"], []).append(ents[rel["to_id"]])
    suggested = [
        (g.claim, g.speaker) for g in groups if g.claim is not None and g.speaker is not None
    ]
    good = total = 0
    for ent_id, span in ents.items():
        if labels[ent_id] != "claim":
            continue
        total += 1
        for claim, speaker in suggested:
            if not overlaps((claim.start, claim.end), span):
                continue
            if isinstance(speaker, Suggested) and any(
                overlaps((speaker.start, speaker.end), g) for g in speakers_of.get(ent_id, [])
            ):
                good += 1
            break
    return good, total


def speed(rounds: int) -> dict[str, Any]:
    text = build_text()
    word = regex.compile(r"[#@]?[\p{L}\p{M}\p{N}_]+")
    with tempfile.TemporaryDirectory() as tmp, Project.create(Path(tmp) / "big.db") as project:
        doc = project.documents.add(text, "benchmark", "bench")
        base, took, cpu, count = [], [], [], 0
        for _ in range(rounds):
            t0 = time.perf_counter()
            sum(1 for _m in word.finditer(text))
            base.append(time.perf_counter() - t0)
            t0, c0 = time.perf_counter(), time.process_time()
            count = len(document_suggestions(project, doc.id))
            took.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    b, s = statistics.median(base) * 1000, statistics.median(took) * 1000
    return {
        "chars": len(text),
        "suggestions": count,
        "suggest_ms": round(s, 1),
        "suggest_cpu_ms": round(statistics.median(cpu) * 1000, 1),
        "word_scan_ms": round(b, 1),
        "suggest_ratio": round(s / b, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSONL or marked-up .txt")
    parser.add_argument("--rounds", type=int, default=3, help="speed rounds (median)")
    args = parser.parse_args(argv)
    result: dict[str, Any] = {}
    for path in args.gold:
        figures = evaluate(read_gold(path))
        result[path.name] = figures
        print(f"{path.name}: {figures['gold_claims']} gold claims")
        for label in LABELS:
            ex, ov = figures[f"{label}_exact"], figures[f"{label}_overlap"]
            print(
                f"  {label:8} exact P {ex['p']:.2f} R {ex['r']:.2f} F1 {ex['f1']:.2f}"
                f"   overlap P {ov['p']:.2f} R {ov['r']:.2f} F1 {ov['f1']:.2f}"
            )
        print(f"  attribution accuracy {figures['attribution_accuracy']:.2f}")
    result["speed"] = speed(args.rounds)
    sp = result["speed"]
    print(
        f"speed: {sp['chars']} characters, {sp['suggestions']} suggestions in "
        f"{sp['suggest_ms']} ms, {sp['suggest_cpu_ms']} ms of processor time (word scan "
        f"{sp['word_scan_ms']} ms, ratio {sp['suggest_ratio']})"
    )
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
