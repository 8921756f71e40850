"""Draw docs/screenshot.png, docs/review.png and docs/suggestions.png, the README pictures.

    python docs/make_screenshots.py [--output docs/screenshot.png] [--review docs/review.png]
        [--suggestions docs/suggestions.png] [--only suggestions]

Offscreen and self-contained: a temporary project holds the sample article
(resources/sample-article.ar.txt), annotated through core as an analyst would (claims,
speakers grouped into speakers with roles, cues, every claim linked to its speaker and cue),
and the window opens on it at a laptop's size (1366 wide) with the tweet's claim current (its
emoji drawn from the shipped emoji font), so its speaker and cue are outlined and the
Speakers and Attributes docks show that speaker and that claim. The review picture is two
analysts' copies of the article (alice, bob) merged into a lead's project, in review mode,
with one disagreement decided. Settings go to a temporary folder, so the user's saved layout
neither shapes the pictures nor is touched. The suggestions picture is the article with the
suggestions of its first paragraphs accepted (annotations) and the rest still suggested
(dashed outlines), the next one made current with F8.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from annotator.gui.app import configure_application
from annotator.gui.session import Session
from annotator.gui.window.main_window import MainWindow
from annotator.gui.window.shipped_files import resource_text
from annotator.speakers.grouping import assign
from annotator.store.project import Project
from annotator.store.records import CUE_LINK
from annotator.team.merge import merge_into

ANALYST = "Lina"
SIZE = (1366, 732)  # a 1366×768 laptop screen less its title bar and panel
OUTPUT = Path(__file__).resolve().parent / "screenshot.png"
REVIEW_OUTPUT = Path(__file__).resolve().parent / "review.png"
SUGGESTIONS_OUTPUT = Path(__file__).resolve().parent / "suggestions.png"
# What each analyst marked in their own copy (label, phrase); they disagree on boundaries,
# on a cue only alice marked, and on how much of the expert's name is the speaker.
REVIEW_MARKS = {
    "alice": [
        ("speaker", "وزير الاقتصاد سامي الحداد"),
        ("cue", "أعلن"),
        ("claim", "الحكومة ستخفض سعر الخبز المدعوم بنسبة 15% ابتداءً من الشهر المقبل"),
        ("claim", "المخزون الاستراتيجي من القمح يكفي لمدة تسعة أشهر"),
        ("speaker", "الخبيرة الاقتصادية ليلى منصور"),
        ("claim", "وعودٌ بلا أرقامٍ موثّقة 🤔 نريد الشفافية لا الشعارات"),
    ],
    "bob": [
        ("speaker", "وزير الاقتصاد سامي الحداد"),
        ("claim", "الحكومة ستخفض سعر الخبز المدعوم بنسبة 15%"),
        ("claim", "المخزون الاستراتيجي من القمح يكفي لمدة تسعة أشهر"),
        ("speaker", "ليلى منصور"),
        ("claim", "وعودٌ بلا أرقامٍ موثّقة 🤔 نريد الشفافية لا الشعارات"),
    ],
}

# Spans are given as they are written; "left|span" marks the span after the text "left".
# (speaker name, type, role, its mentions)
SPEAKERS = [
    ("سامي الحداد", "person", "وزير الاقتصاد", ["وزير الاقتصاد سامي الحداد", "وقال |الحداد"]),
    (
        "ليلى منصور",
        "person",
        "أستاذة الاقتصاد في جامعة القاهرة",
        ["الخبيرة الاقتصادية ليلى منصور", "وأوضحت |منصور"],
    ),
    ("مرصد الأسعار", "organisation", "", ['منظمة "مرصد الأسعار"']),
    ("Daniel Weber", "person", "محلل", ["المحلل Daniel Weber"]),
    ("كريم يوسف", "person", "نائب معارض", ["النائب المعارض كريم يوسف"]),
]
# claim, its speaker mention, its cue (None when the reporting verb is not marked)
CLAIMS = [
    ("الحكومة ستخفض سعر الخبز المدعوم بنسبة 15%", "وزير الاقتصاد سامي الحداد", "أعلن"),
    ("المخزون الاستراتيجي من القمح يكفي لمدة تسعة أشهر", "وزير الاقتصاد سامي الحداد", None),
    ("لن يدفع المواطن ثمن الأزمة العالمية، والدعم سيصل إلى 12 مليون أسرة", "وقال |الحداد", "وقال"),
    ('الأرقام الرسمية "متفائلة أكثر من اللازم"', "الخبيرة الاقتصادية ليلى منصور", "اعتبرت"),
    ("واردات القمح تراجعت بنحو الثلث خلال العام الماضي", "وأوضحت |منصور", "وأوضحت"),
    ("أسعار الخبز ارتفعت 40% منذ يناير", 'منظمة "مرصد الأسعار"', "ذكرت"),
    ("the subsidy plan is unlikely to survive the next budget", "المحلل Daniel Weber", "، |قال"),
    ("وعودٌ بلا أرقامٍ موثّقة 🤔 نريد الشفافية لا الشعارات", "النائب المعارض كريم يوسف", "وكتب"),
]
CURRENT = CLAIMS[7][0]  # the tweet, with its emoji
ATTRIBUTES = {"verifiable": "yes", "check_worthy": "yes", "quote_form": "direct"}


def span_of(text: str, written: str) -> tuple[int, int]:
    """Offsets of a span written as "span" or "left|span" (its first occurrence)."""
    left, _, surface = written.rpartition("|")
    start = text.index(left + surface) + len(left)
    return start, start + len(surface)


def build_project(path: Path) -> int:
    """The sample article, annotated through core; returns the current claim's id."""
    text = resource_text("sample-article.ar.txt")
    with Project.create(path) as project:
        doc = project.documents.add(text, "Sample: bread subsidy plan", "sample-article.ar.txt")

        def add(label: str, written: str) -> int:
            start, end = span_of(text, written)
            return project.annotations.add(doc.id, label, start, end, ANALYST).id

        mentions: dict[str, int] = {}
        for name, type_, role, surfaces in SPEAKERS:
            entity = project.entities.add(name, type_, role)
            ids = [add("speaker", s) for s in surfaces]
            mentions.update(zip(surfaces, ids, strict=True))
            assign(project, ids, entity.id)
        cues: dict[str, int] = {}
        current = 0
        for claim_text, speaker, cue in CLAIMS:
            claim = add("claim", claim_text)
            project.links.add(claim, mentions[speaker], ANALYST)
            if cue is not None:
                if cue not in cues:
                    cues[cue] = add("cue", cue)
                project.links.add(claim, cues[cue], ANALYST, CUE_LINK)
            if claim_text == CURRENT:
                current = claim
                project.annotations.update(claim, attributes=ATTRIBUTES)
        project.documents.set_status(doc.id, "in_progress")
    return current


def analyst_copy(path: Path, analyst: str) -> Path:
    """An analyst's own project: the article imported by them and their marks, each claim
    attributed to the first speaker mention before it."""
    text = resource_text("sample-article.ar.txt")
    with Project.create(path) as project:
        doc = project.documents.add(text, "Sample: bread subsidy plan", "sample-article.ar.txt")
        speaker = None
        for label, phrase in REVIEW_MARKS[analyst]:
            start, end = span_of(text, phrase)
            ann = project.annotations.add(doc.id, label, start, end, analyst)
            if label == "speaker" and speaker is None:
                speaker = ann.id
            elif label == "claim" and speaker is not None:
                project.links.add(ann.id, speaker, analyst)
    return path


def draw_review(app: QApplication, family: str, folder: Path, output: Path) -> int:
    lead = folder / "lead.annotator"
    with Project.create(lead) as project:
        for analyst in REVIEW_MARKS:
            merge_into(project, analyst_copy(folder / f"{analyst}.annotator", analyst))
    window = MainWindow(Session(ANALYST), family)
    window.resize(*SIZE)
    if not window.files.open_project(lead):
        print(f"make_screenshots: cannot open {lead}", file=sys.stderr)
        return 1
    window.session.finish_loading()
    window.show()
    app.processEvents()
    review = window.reviewing
    review.actions["mode"].setChecked(True)
    review.next()
    review.accept()
    for _ in range(3):
        app.processEvents()
    window.viewer.verticalScrollBar().setValue(0)
    return save(app, window, output)


def draw_suggestions(app: QApplication, family: str, folder: Path, output: Path) -> int:
    path = folder / "suggest.annotator"
    with Project.create(path) as project:
        text = resource_text("sample-article.ar.txt")
        project.documents.add(text, "Sample: bread subsidy plan", "sample-article.ar.txt")
    window = MainWindow(Session(ANALYST), family)
    window.resize(*SIZE)
    if not window.files.open_project(path):
        print(f"make_screenshots: cannot open {path}", file=sys.stderr)
        return 1
    window.session.finish_loading()
    window.show()
    suggesting = window.suggesting
    suggesting.computing.wait()
    for _ in range(5):
        app.processEvents()
    suggesting.step(1)
    for _ in range(3):  # the first paragraphs' suggestions accepted, as with Enter
        suggesting.accept_current()
        app.processEvents()
    suggesting.step(1)
    window.viewer.verticalScrollBar().setValue(0)
    return save(app, window, output)


def save(app: QApplication, window: MainWindow, output: Path) -> int:
    app.processEvents()
    image = window.grab()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output)):
        print(f"make_screenshots: cannot write {output}", file=sys.stderr)
        return 1
    print(f"wrote {output} ({image.width()}x{image.height()})")
    window.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--review", type=Path, default=REVIEW_OUTPUT)
    parser.add_argument("--suggestions", type=Path, default=SUGGESTIONS_OUTPUT)
    parser.add_argument("--only", choices=("suggestions",), help="draw only that picture")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        os.environ["ANNOTATOR_ANALYST"] = ANALYST
        os.environ["ANNOTATOR_DATA_DIR"] = tmp
        app = QApplication.instance() or QApplication(sys.argv)
        family = configure_application(app)  # type: ignore[arg-type]
        if args.only == "suggestions":
            return draw_suggestions(app, family, Path(tmp), args.suggestions)  # type: ignore[arg-type]
        path = Path(tmp) / "sample.annotator"
        current = build_project(path)

        window = MainWindow(Session(ANALYST), family)
        window.resize(*SIZE)
        if not window.files.open_project(path):
            print(f"make_screenshots: cannot open {path}", file=sys.stderr)
            return 1
        session = window.session  # open_project showed the project's (one) document
        project = session.project
        assert project is not None
        session.finish_loading()
        window.show()
        app.processEvents()
        session.set_current(current)
        speaker = project.annotations.get(project.links.speakers_of(current)[0])
        window.attributing.panel.refresh()
        window.attributing.panel.select_entities([speaker.entity_id])
        for _ in range(3):
            app.processEvents()
        bar = window.viewer.verticalScrollBar()
        bar.setValue(bar.maximum())  # the last paragraphs: the mixed quote and the tweet
        if save(app, window, args.output):
            return 1
        if draw_review(app, family, Path(tmp), args.review):  # type: ignore[arg-type]
            return 1
        return draw_suggestions(app, family, Path(tmp), args.suggestions)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
