"""How fast a corpus of 10,000 posts goes in, opens, and is walked and filtered.

    python benchmarks/bench_corpus.py [--rows 10000] [--rounds 3] [--steps 200]

Builds a 10,000-row TSV of tweet-like Arabic posts (emoji, hashtags, URLs, mentions, and
quoted cells with line breaks and doubled quotes; columns topic, tweet_id, tweet_url,
tweet_text, class_label), then measures, offscreen and in the same run:

* import: `annotator import` of the TSV into a new project (a separate process, as a user
  runs it) against a bare script, also a separate process, that reads the same file with
  `csv` and inserts the rows with `sqlite3` in one transaction -> `import_ratio`.
* open: the window opening the 10,000-document project until the first paint of the
  document and the documents list, against opening a one-document project ->
  `open_many_ratio`.
* next document: median time of Ctrl+PgDown (the next document in the list, shown and
  painted) -> `next_doc_ms_median`.
* filter: median time to filter the list by a word (rows hidden, view painted) ->
  `filter_ms_median`; the first filter, which folds every document once, is included.

The last line printed is one JSON object. Targets: import_ratio <= 3, open_many_ratio <=
1.5, next_doc_ms_median <= 30, filter_ms_median <= 100.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from annotator.gui.app import configure_application
from annotator.gui.session import Session
from annotator.gui.window.main_window import MainWindow
from annotator.store.project import Project

SIZE = (1280, 860)
TOPICS = ("صحة", "سياسة", "اقتصاد", "رياضة", "تعليم")
WORDS = [
    "قال",
    "الوزير",
    "إن",
    "الحكومة",
    "ستخفض",
    "الأسعار",
    "خلال",
    "الشهر",
    "المقبل",
    "وأكد",
    "أن",
    "الاقتصاد",
    "يتعافى",
    "بسرعة",
    "بينما",
    "شككت",
    "المعارضة",
    "في",
    "الأرقام",
    "الرسمية",
    "ونفى",
    "المتحدث",
    "وجود",
    "أزمة",
    "في",
    "المستشفيات",
    "وأعلنت",
    "الوزارة",
    "عن",
    "حملة",
    "تطعيم",
    "جديدة",
    "في",
    "المدارس",
    "والجامعات",
]
EMOJI = ("😂", "🔥", "👏", "💉", "📈", "🇸🇦", "❤️", "🤔")
BARE_IMPORT = """
import csv, hashlib, sqlite3, sys, uuid
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, text TEXT,"
             " sha256 TEXT UNIQUE, topic TEXT, tweet_id TEXT, tweet_url TEXT, label TEXT)")
conn.execute("BEGIN")
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = csv.reader(f, delimiter="\\t")
    next(rows)
    for topic, tid, url, text, label in rows:
        conn.execute("INSERT INTO posts (uuid, text, sha256, topic, tweet_id, tweet_url, label)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (str(uuid.uuid4()), text, hashlib.sha256(text.encode()).hexdigest(),
                      topic, tid, url, label))
conn.execute("COMMIT")
"""


def post(rng: random.Random, i: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 30))
    words.insert(rng.randrange(len(words)), f"#{rng.choice(WORDS)}_{i % 50}")
    words.insert(rng.randrange(len(words)), rng.choice(EMOJI))
    if i % 3 == 0:
        words.append(f"https://t.example/{i:07d}")
    if i % 4 == 0:
        words.insert(0, f"@user{i % 300}")
    text = " ".join(words) + f" ({i})"  # every post different
    if i % 10 == 0:
        text = f'"{text}"\n{rng.choice(WORDS)} {rng.choice(EMOJI)}'  # quotes and a line break
    return text


def build_tsv(path: Path, rows: int) -> None:
    rng = random.Random(13)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\r\n")
        writer.writerow(("topic", "tweet_id", "tweet_url", "tweet_text", "class_label"))
        for i in range(rows):
            tid = str(1_500_000_000_000_000_000 + i)
            url = f"https://x.example/status/{tid}"
            writer.writerow((TOPICS[i % 5], tid, url, post(rng, i), str(i % 2)))


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def timed_run(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure_import(tmp: Path, tsv: Path, rounds: int) -> tuple[float, float, Path]:
    ours, bare = [], []
    project = tmp / "corpus.annotator"
    for n in range(rounds):
        target = tmp / f"import-{n}.annotator"
        ours.append(timed_run([sys.executable, "-m", "annotator", "import", str(target), str(tsv)]))
        bare.append(timed_run([sys.executable, "-c", BARE_IMPORT, str(tsv), str(tmp / f"b{n}.db")]))
        project = target
    return statistics.median(ours), statistics.median(bare), project


def open_once(app: QApplication, window: MainWindow, path: Path) -> float:
    window.session.set_project(None)
    app.processEvents()
    start = time.perf_counter()
    assert window.files.open_project(path)
    window.viewer.viewport().repaint()
    window.documents_view.viewport().repaint()
    elapsed = time.perf_counter() - start
    app.processEvents()
    return elapsed


def measure_steps(app: QApplication, window: MainWindow, steps: int) -> list[float]:
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        window.walker.step(1)
        app.processEvents()
        window.viewer.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def measure_filter(app: QApplication, window: MainWindow) -> list[float]:
    times = []
    for word in ("الاقتصاد", "", "المعارضه", "", "#الحكومة_7", "", "😂", ""):
        start = time.perf_counter()
        window.document_filter.set_filter(word)
        app.processEvents()
        window.documents_view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    tsv = tmp / "tweets.tsv"
    build_tsv(tsv, args.rows)
    print(f"built {tsv} ({tsv.stat().st_size:,} bytes, {args.rows:,} rows)")

    ours, bare, project = measure_import(tmp, tsv, args.rounds)
    print(f"import: annotator {ms(ours)} ms, bare csv+sqlite3 {ms(bare)} ms")

    one = tmp / "one.annotator"
    with Project.create(one) as p:
        p.documents.add("قال الوزير إن الاقتصاد يتعافى بسرعة 📈", "one", "one.txt")

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication(sys.argv[:1])
    family = configure_application(app)
    window = MainWindow(Session("bench"), family)
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    many_times, one_times = [], []
    for _ in range(args.rounds):
        one_times.append(open_once(app, window, one))
        many_times.append(open_once(app, window, project))
    many, single = statistics.median(many_times), statistics.median(one_times)
    print(f"open: {ms(many)} ms with {args.rows:,} documents, {ms(single)} ms with one")

    steps = measure_steps(app, window, args.steps)
    filters = measure_filter(app, window)
    result = {
        "rows": args.rows,
        "import_ms": ms(ours),
        "bare_import_ms": ms(bare),
        "import_ratio": round(ours / bare, 2),
        "open_many_ms": ms(many),
        "open_one_ms": ms(single),
        "open_many_ratio": round(many / single, 2),
        "next_doc_ms_median": ms(statistics.median(steps)),
        "filter_ms_median": ms(statistics.median(filters)),
        "filter_first_ms": ms(filters[0]),
    }
    window.session.set_project(None)
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
