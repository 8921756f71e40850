"""Fast at a team's scale: agreement, CLI start-up and bulk writes, each against a baseline.

    python benchmarks/bench_scale.py [--quick] [--rounds N]

Everything is measured in this one run, each figure a ratio to a baseline timed alongside
it (medians of interleaved rounds, so a busy machine slows both sides alike):

* agreement: `agreement_table` for one document and two analysts with N spans each, at
  N and 2N -> `agreement_growth` (time at 2N / time at N; ~2 for n log n, 4 for n^2) and
  `agreement_10k_s` (seconds at 10,000 spans each; at 2,500 with --quick, key then
  `agreement_2500_s`).
* CLI start-up: `annotator --help`, `annotator info` and `annotator export` on a
  one-document project, each against `python -c "import sqlite3"` -> `cli_help_ratio`,
  `cli_info_ratio`, `cli_export_ratio`.
* import: `annotator import` of 10,000 small text files (1,000 with --quick) into a new
  project against a bare script that reads, decodes, hashes and inserts the same files
  with sqlite3 (WAL, synchronous=FULL, one commit) -> `import_ratio`.
* JSONL: `annotator import` of a doccano JSONL file of 20,000 documents with three spans
  each (2,000 with --quick) against a bare script that streams the file, parses each line,
  hashes the text and inserts the document and its spans -> `jsonl_ratio`.
* merge: `annotator merge` of that project into a new one against a bare script that
  copies the same documents and annotations with sqlite3 -> `merge_ratio`.
* peak memory (ru_maxrss of the child) of the import at N/10 and N files, and of the JSONL
  import at N/10 and N lines -> `import_rss_growth`, `jsonl_rss_growth` (1.0 is flat).

The window's figures (`startup_ratio`, `open_many_ratio`, `rss_ratio`) are measured by the
window benchmarks (`bench_window.py`, `bench_corpus.py`) and are null here. The last line
printed is one JSON object. The temporary folder is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from annotator.team.agreement.measures import Span, agreement_table, tokens

PY = sys.executable
WORDS = ("قال", "الوزير", "إن", "الحكومة", "ستخفض", "الأسعار", "خلال", "الشهر", "المقبل", "بيان")
LABELS = ("claim", "speaker", "cue")

# -- helpers ---------------------------------------------------------------------------------


SCRIPT = Path(PY).with_name("annotator")  # the command as installed beside this Python


def cli(*args: object) -> list[str]:
    start = [str(SCRIPT)] if SCRIPT.exists() else [PY, "-m", "annotator"]
    return [*start, *map(str, args)]


def run(argv: Sequence[str], cwd: Path | None = None) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one child process; it must succeed."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - began
    err = proc.stderr.read() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{err}")
    return seconds, usage.ru_maxrss


def rounds(
    pairs: dict[str, tuple[Callable[[], float], Callable[[], float]]], n: int
) -> dict[str, float]:
    """Median ours / median baseline for each name, the two run in turn n times."""
    ours: dict[str, list[float]] = {k: [] for k in pairs}
    base: dict[str, list[float]] = {k: [] for k in pairs}
    for _ in range(n):
        for name, (mine, bare) in pairs.items():
            base[name].append(bare())
            ours[name].append(mine())
    return {k: statistics.median(ours[k]) / statistics.median(base[k]) for k in pairs}


def sentence(rnd: random.Random, words: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(words))


# -- agreement -------------------------------------------------------------------------------


def agreement_spans(n: int, seed: int = 1) -> tuple[list[Span], dict[str, list[tuple[int, int]]]]:
    """One document of 6n words; two analysts with n spans each, mostly overlapping."""
    rnd = random.Random(seed)
    text = sentence(rnd, 6 * n)
    toks = tokens(text)
    spans = []
    for analyst in ("amal", "badr"):
        for k in range(n):
            first = toks[6 * k + rnd.randint(0, 1)]
            last = toks[min(6 * k + 3 + rnd.randint(0, 2), len(toks) - 1)]
            spans.append(Span(analyst, "d", rnd.choice(LABELS), first[0], last[1]))
    return spans, {"d": toks}


def time_agreement(n: int, repeat: int) -> float:
    spans, doc_tokens = agreement_spans(n)
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        agreement_table(spans, doc_tokens)
        times.append(time.perf_counter() - began)
    return min(times)


# -- bare baselines (run as separate processes, like the CLI) --------------------------------

BARE_SCHEMA = """
PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
CREATE TABLE documents (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, title TEXT, source TEXT,
    text TEXT, sha256 TEXT UNIQUE, created_at TEXT);
CREATE TABLE annotations (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, document_id INTEGER
    REFERENCES documents(id), label TEXT, start INTEGER, "end" INTEGER, text TEXT,
    analyst TEXT, created_at TEXT);
CREATE INDEX annotations_document ON annotations(document_id);
"""

BARE_IMPORT = """
import hashlib, sqlite3, sys, uuid
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.executescript(SCHEMA)
conn.execute("BEGIN")
for name in open(sys.argv[2], encoding="utf-8").read().splitlines():
    text = open(name, "rb").read().decode("utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    conn.execute("INSERT INTO documents(uuid, title, source, text, sha256, created_at)"
                 " VALUES (?, ?, ?, ?, ?, '')", [str(uuid.uuid4()), name, name, text, digest])
conn.execute("COMMIT")
"""

BARE_JSONL = """
import hashlib, json, sqlite3, sys, uuid
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.executescript(SCHEMA)
conn.execute("BEGIN")
with open(sys.argv[2], encoding="utf-8") as fh:
    for line in fh:
        obj = json.loads(line)
        text = obj["text"]
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc = conn.execute("INSERT INTO documents(uuid, title, source, text, sha256, created_at)"
                           " VALUES (?, ?, '', ?, ?, '')",
                           [str(uuid.uuid4()), "", text, digest]).lastrowid
        conn.executemany(
            'INSERT INTO annotations(uuid, document_id, label, start, "end", text, analyst,'
            " created_at) VALUES (?, ?, ?, ?, ?, ?, 'bench', '')",
            [(str(uuid.uuid4()), doc, label, s, e, text[s:e]) for s, e, label in obj["label"]])
conn.execute("COMMIT")
"""

BARE_MERGE = """
import sqlite3, sys
src = sqlite3.connect("file:" + sys.argv[2] + "?mode=ro", uri=True)
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.executescript(SCHEMA)
conn.execute("BEGIN")
ids = {}
for row in src.execute("SELECT id, uuid, title, source, text, sha256, created_at FROM documents"):
    if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", [row[5]]).fetchone():
        continue
    ids[row[0]] = conn.execute("INSERT INTO documents(uuid, title, source, text, sha256,"
                               " created_at) VALUES (?, ?, ?, ?, ?, ?)", row[1:]).lastrowid
conn.executemany(
    'INSERT INTO annotations(uuid, document_id, label, start, "end", text, analyst, created_at)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ((r[0], ids[r[1]], *r[2:]) for r in src.execute(
        'SELECT uuid, document_id, label, start, "end", text, analyst, created_at'
        " FROM annotations")))
conn.execute("COMMIT")
"""


def bare(script: str, *args: object) -> list[str]:
    return [PY, "-c", f"SCHEMA = {BARE_SCHEMA!r}\n{script}", *map(str, args)]


# -- data ------------------------------------------------------------------------------------


def write_texts(folder: Path, n: int) -> list[Path]:
    rnd = random.Random(2)
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"post{i:05d}.txt"
        path.write_text(f"منشور {i}: {sentence(rnd, 40)}\n", encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(path: Path, n: int) -> None:
    rnd = random.Random(3)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"خبر {i}: {sentence(rnd, 60)}"
            toks = tokens(text)
            spans = []
            for k in range(3):
                first, last = toks[5 + 10 * k], toks[8 + 10 * k]
                spans.append([first[0], last[1], LABELS[k]])
            fh.write(json.dumps({"text": text, "label": spans}, ensure_ascii=False) + "\n")


# -- main ------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes, fewer rounds")
    ap.add_argument("--rounds", type=int, default=0, help="rounds per timing (default 3; 2)")
    opts = ap.parse_args()
    quick = opts.quick
    n_rounds = opts.rounds or (2 if quick else 3)
    out: dict[str, object] = {}

    # agreement
    n = 2500 if quick else 10000
    half = time_agreement(n // 2, n_rounds)
    full = time_agreement(n, n_rounds)
    out["agreement_growth"] = round(full / half, 2)
    out[f"agreement_{'2500' if quick else '10k'}_s"] = round(full, 3)
    print(f"agreement: {n // 2} spans each {half:.3f} s, {n} spans each {full:.3f} s", flush=True)

    work = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    try:
        env_cwd = work
        small = work / "small.annotator"
        sample = work / "sample.txt"
        sample.write_text("قال الوزير إن الحكومة ستخفض الأسعار خلال الشهر المقبل.\n", "utf-8")
        run(cli("import", small, sample))

        def timed(argv: list[str]) -> Callable[[], float]:
            return lambda: run(argv, env_cwd)[0]

        baseline = timed([PY, "-c", "import sqlite3"])
        ratios = rounds(
            {
                "cli_help_ratio": (timed(cli("--help")), baseline),
                "cli_info_ratio": (timed(cli("info", small)), baseline),
                "cli_export_ratio": (
                    timed(cli("export", small, "-o", work / "out.csv")),
                    baseline,
                ),
            },
            max(7, 3 * n_rounds),
        )
        out.update({k: round(v, 2) for k, v in ratios.items()})
        print(f"cli: {ratios}", flush=True)

        # import of many small files
        files = 1000 if quick else 10000
        texts = write_texts(work / "texts", files)
        listing = work / "texts.lst"
        listing.write_text("\n".join(map(str, texts)), encoding="utf-8")
        tenth = texts[: files // 10]
        counter = iter(range(10**6))

        def ours_import(paths: list[Path]) -> tuple[float, int]:
            target = work / f"imp{next(counter)}.annotator"
            result = run(cli("import", target, *paths))
            target.unlink()
            return result

        def bare_import() -> float:
            target = work / f"bare{next(counter)}.db"
            seconds = run(bare(BARE_IMPORT, target, listing))[0]
            for leftover in work.glob(target.name + "*"):
                leftover.unlink()
            return seconds

        ratio = rounds({"import_ratio": (lambda: ours_import(texts)[0], bare_import)}, n_rounds)
        out["import_ratio"] = round(ratio["import_ratio"], 2)
        rss_small, rss_big = ours_import(tenth)[1], ours_import(texts)[1]
        out["import_rss_growth"] = round(rss_big / rss_small, 2)
        print(f"import: {ratio}, rss {rss_small} -> {rss_big} KiB", flush=True)

        # doccano JSONL
        lines = 2000 if quick else 20000
        jsonl, jsonl_small = work / "many.jsonl", work / "few.jsonl"
        write_jsonl(jsonl, lines)
        write_jsonl(jsonl_small, lines // 10)

        def ours_jsonl(path: Path, keep: Path | None = None) -> tuple[float, int]:
            target = keep or work / f"jsonl{next(counter)}.annotator"
            result = run(cli("import", target, path, "--analyst", "bench"))
            if keep is None:
                target.unlink()
            return result

        def bare_jsonl() -> float:
            target = work / f"barej{next(counter)}.db"
            seconds = run(bare(BARE_JSONL, target, jsonl))[0]
            for leftover in work.glob(target.name + "*"):
                leftover.unlink()
            return seconds

        ratio = rounds({"jsonl_ratio": (lambda: ours_jsonl(jsonl)[0], bare_jsonl)}, n_rounds)
        out["jsonl_ratio"] = round(ratio["jsonl_ratio"], 2)
        rss_small, rss_big = ours_jsonl(jsonl_small)[1], ours_jsonl(jsonl)[1]
        out["jsonl_rss_growth"] = round(rss_big / rss_small, 2)
        print(f"jsonl: {ratio}, rss {rss_small} -> {rss_big} KiB", flush=True)

        # merge of that project into a new one
        source = work / "source.annotator"
        ours_jsonl(jsonl, keep=source)

        def ours_merge() -> float:
            target = work / f"merged{next(counter)}.annotator"
            seconds = run(cli("merge", target, source))[0]
            target.unlink()
            return seconds

        def bare_merge() -> float:
            target = work / f"barem{next(counter)}.db"
            seconds = run(bare(BARE_MERGE, target, source))[0]
            for leftover in work.glob(target.name + "*"):
                leftover.unlink()
            return seconds

        ratio = rounds({"merge_ratio": (ours_merge, bare_merge)}, n_rounds)
        out["merge_ratio"] = round(ratio["merge_ratio"], 2)
        print(f"merge: {ratio}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    out.update(
        startup_ratio=None,
        open_many_ratio=None,
        rss_ratio=None,
        window_note="the window's start-up, open_many and rss are measured by "
        "bench_window.py / bench_corpus.py",
        quick=quick,
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
