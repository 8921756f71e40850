"""Fast at a team's scale: agreement, CLI start-up and bulk writes, each against a baseline.

    python benchmarks/bench_scale.py [--quick] [--rounds N]

Everything is measured in this one run, each figure a ratio to a baseline timed alongside
it: the two are run in turn, N rounds, and the best time of each side is compared (on a
shared machine the best run is the least disturbed one, on either side). Children run
with the bytecode cache on, as an installed program does.

* agreement: `agreement_table` for one document and two analysts with n spans each, at
  n/2 and n -> `agreement_growth` (time at n / time at n/2: 2 for n log n, 4 for n^2;
  `agreement_pairs_growth` for the span matching alone, which was all-pairs) and
  `agreement_10k_s` (CPU seconds at n = 10,000; with --quick n = 5,000, key
  `agreement_5k_s`).
* CLI start-up: `annotator --help`, `annotator info` and `annotator export` on a
  one-document project, each against `python -c "import sqlite3"` -> `cli_help_ratio`,
  `cli_info_ratio`, `cli_export_ratio`.
* import: `annotator import` of 10,000 small text files (1,000 with --quick) into a new
  project against a bare script that reads, decodes, hashes and inserts the same files
  with sqlite3 (WAL, synchronous=FULL, one commit) -> `import_ratio`; against the same
  script also filling a search index as a project does (an FTS5 trigram table of the
  folded texts) -> `import_ratio_with_index`.
* JSONL: `annotator import` of a doccano JSONL file of 20,000 documents with three spans
  each (2,000 with --quick) against a bare script that streams the file, parses each line,
  hashes the text and inserts the document and its spans -> `jsonl_ratio`,
  `jsonl_ratio_with_index`.
* merge: `annotator merge` of that project into a new one against a bare script that
  copies the same documents and annotations with sqlite3 -> `merge_ratio`,
  `merge_ratio_with_index`.
* peak memory (ru_maxrss of the child) of the import of n/10 and n files, and of the JSONL
  import of n/10 and n lines -> `import_rss_growth`, `jsonl_rss_growth` (1.0 is flat).

The window's figures (`startup_ratio`, `open_many_ratio`, `rss_ratio`) are measured by
`scale_window.py` and are null here. The last line
printed is one JSON object. The temporary folder is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from annotator.team.agreement.measures import Span, agreement_table, overlap_pairs, tokens

PY = sys.executable
WORDS = ("قال", "الوزير", "إن", "الحكومة", "ستخفض", "الأسعار", "خلال", "الشهر", "المقبل", "بيان")
LABELS = ("claim", "speaker", "cue")

# -- helpers ---------------------------------------------------------------------------------


SCRIPT = Path(PY).with_name("annotator")  # the command as installed beside this Python


def cli(*args: object) -> list[str]:
    start = [str(SCRIPT)] if SCRIPT.exists() else [PY, "-m", "annotator"]
    return [*start, *map(str, args)]


# Children run as a user's would: with the bytecode cache (a session may turn it off).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(
    argv: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one child process; it must succeed."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=cwd, env=env or ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - began
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{err}")
    return seconds, usage.ru_maxrss


def compare(
    ours: Callable[[], float], bases: dict[str, Callable[[], float]], n: int
) -> dict[str, float]:
    """Best time of ours / best time of each baseline, all run in turn n times (on a shared
    machine the best of several runs is the least disturbed one, on either side)."""
    mine: list[float] = []
    theirs: dict[str, list[float]] = {k: [] for k in bases}
    for _ in range(n):
        for name, base in bases.items():
            theirs[name].append(base())
        mine.append(ours())
    return {k: round(min(mine) / min(v), 2) for k, v in theirs.items()}


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


def time_agreement(
    sizes: tuple[int, ...], repeat: int
) -> tuple[dict[int, float], dict[int, float]]:
    """Best CPU seconds of `agreement_table`, and of `overlap_pairs` alone, at each size
    (CPU time: other programs on a shared machine do not count); the sizes taken in turn."""
    data = {n: agreement_spans(n) for n in sizes}
    table: dict[int, list[float]] = {n: [] for n in sizes}
    pairs: dict[int, list[float]] = {n: [] for n in sizes}
    for _ in range(repeat):
        for n, (spans, doc_tokens) in data.items():
            began = time.process_time()
            agreement_table(spans, doc_tokens)
            table[n].append(time.process_time() - began)
            a = [s for s in spans if s.analyst == "amal"]
            b = [s for s in spans if s.analyst == "badr"]
            began = time.process_time()
            overlap_pairs(a, b)
            pairs[n].append(time.process_time() - began)
    return {n: min(t) for n, t in table.items()}, {n: min(t) for n, t in pairs.items()}


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
    doc = conn.execute("INSERT INTO documents(uuid, title, source, text, sha256, created_at)"
                       " VALUES (?, ?, ?, ?, ?, '')", [str(uuid.uuid4()), name, name, text, digest])
    index(conn, doc.lastrowid, text)
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
        index(conn, doc, text)
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
    index(conn, ids[row[0]], row[4])
conn.executemany(
    'INSERT INTO annotations(uuid, document_id, label, start, "end", text, analyst, created_at)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ((r[0], ids[r[1]], *r[2:]) for r in src.execute(
        'SELECT uuid, document_id, label, start, "end", text, analyst, created_at'
        " FROM annotations")))
conn.execute("COMMIT")
"""


# With BENCH_INDEX=1 the bare scripts also fill an FTS5 trigram index with each text as
# `fold` folds it: what a project stores for its search, so the same stored result.
BARE_PRELUDE = """
import os
SCHEMA = %r
if os.environ.get("BENCH_INDEX") == "1":
    from annotator.text.arabic import fold
    SCHEMA += ("CREATE VIRTUAL TABLE search_text USING fts5(folded, tokenize='trigram',"
               " detail=none);")
    def index(conn, doc_id, text):
        conn.execute("INSERT INTO search_text(rowid, folded) VALUES (?, ?)", [doc_id, fold(text)])
else:
    def index(conn, doc_id, text):
        pass
"""


def bare(script: str, *args: object) -> list[str]:
    return [PY, "-c", BARE_PRELUDE % BARE_SCHEMA + script, *map(str, args)]


INDEXED = {**ENV, "BENCH_INDEX": "1"}


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
    n = 5000 if quick else 10000
    table, pairs = time_agreement((n // 2, n), max(5, n_rounds))
    half, full = table[n // 2], table[n]
    out["agreement_growth"] = round(full / half, 2)
    out["agreement_pairs_growth"] = round(pairs[n] / pairs[n // 2], 2)
    out[f"agreement_{'5k' if quick else '10k'}_s"] = round(full, 3)
    print(
        f"agreement: {n // 2} spans each {half:.3f} s, {n} spans each {full:.3f} s"
        f" (pairs alone {pairs[n // 2]:.3f} s, {pairs[n]:.3f} s)",
        flush=True,
    )

    work = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    try:
        counter = iter(range(10**6))

        def fresh(stem: str) -> Path:
            return work / f"{stem}{next(counter)}.db"

        def cleanup(target: Path) -> None:
            for leftover in work.glob(target.name + "*"):
                leftover.unlink()

        def bare_run(script: str, source: Path, indexed: bool) -> float:
            target = fresh("bare")
            seconds = run(bare(script, target, source), env=INDEXED if indexed else ENV)[0]
            cleanup(target)
            return seconds

        # CLI start-up, against the interpreter importing sqlite3
        small = work / "small.annotator"
        sample = work / "sample.txt"
        sample.write_text("قال الوزير إن الحكومة ستخفض الأسعار خلال الشهر المقبل.\n", "utf-8")
        run(cli("import", small, sample))
        run(cli("--help"))  # once, so that the bytecode cache is warm

        def timed(argv: list[str]) -> Callable[[], float]:
            return lambda: run(argv, work)[0]

        baseline = {"base": timed([PY, "-c", "import sqlite3"])}
        startup_rounds = max(11, 5 * n_rounds)
        for key, argv in (
            ("cli_help_ratio", cli("--help")),
            ("cli_info_ratio", cli("info", small)),
            ("cli_export_ratio", cli("export", small, "-o", work / "out.csv")),
        ):
            out[key] = compare(timed(argv), baseline, startup_rounds)["base"]
        print(f"cli: { {k: v for k, v in out.items() if k.startswith('cli')} }", flush=True)

        # import of many small files
        files = 1000 if quick else 10000
        texts = write_texts(work / "texts", files)
        listing = work / "texts.lst"
        listing.write_text("\n".join(map(str, texts)), encoding="utf-8")

        def ours_import(paths: list[Path]) -> tuple[float, int]:
            target = fresh("import")
            result = run(cli("import", target, *paths))
            cleanup(target)
            return result

        ratio = compare(
            lambda: ours_import(texts)[0],
            {
                "import_ratio": lambda: bare_run(BARE_IMPORT, listing, False),
                "import_ratio_with_index": lambda: bare_run(BARE_IMPORT, listing, True),
            },
            n_rounds,
        )
        out.update(ratio)
        rss_small, rss_big = ours_import(texts[: files // 10])[1], ours_import(texts)[1]
        out["import_rss_growth"] = round(rss_big / rss_small, 2)
        print(f"import: {ratio}, peak rss {rss_small} -> {rss_big} KiB", flush=True)

        # doccano JSONL
        lines = 2000 if quick else 20000
        jsonl, jsonl_small = work / "many.jsonl", work / "few.jsonl"
        write_jsonl(jsonl, lines)
        write_jsonl(jsonl_small, lines // 10)

        def ours_jsonl(path: Path, keep: Path | None = None) -> tuple[float, int]:
            target = keep or fresh("jsonl")
            result = run(cli("import", target, path, "--analyst", "bench"))
            if keep is None:
                cleanup(target)
            return result

        ratio = compare(
            lambda: ours_jsonl(jsonl)[0],
            {
                "jsonl_ratio": lambda: bare_run(BARE_JSONL, jsonl, False),
                "jsonl_ratio_with_index": lambda: bare_run(BARE_JSONL, jsonl, True),
            },
            n_rounds,
        )
        out.update(ratio)
        rss_small, rss_big = ours_jsonl(jsonl_small)[1], ours_jsonl(jsonl)[1]
        out["jsonl_rss_growth"] = round(rss_big / rss_small, 2)
        print(f"jsonl: {ratio}, peak rss {rss_small} -> {rss_big} KiB", flush=True)

        # merge of that project into a new one
        source = work / "source.annotator"
        ours_jsonl(jsonl, keep=source)

        def ours_merge() -> float:
            target = fresh("merged")
            seconds = run(cli("merge", target, source))[0]
            cleanup(target)
            return seconds

        ratio = compare(
            ours_merge,
            {
                "merge_ratio": lambda: bare_run(BARE_MERGE, source, False),
                "merge_ratio_with_index": lambda: bare_run(BARE_MERGE, source, True),
            },
            n_rounds,
        )
        out.update(ratio)
        print(f"merge: {ratio}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    out.update(
        startup_ratio=None,
        open_many_ratio=None,
        rss_ratio=None,
        window_note="the window's start-up, open_many and rss are measured by scale_window.py",
        quick=quick,
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
