"""Project search: the index kept in step with the documents, hits in context, Mark all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.errors import ProjectError
from annotator.formats.importing.files import import_files
from annotator.search.marking import mark_hits, places, remark, unmark
from annotator.search.matching import find_all
from annotator.search.project_search import search_project
from annotator.search.query import SearchOptions, compile_query
from annotator.store import search_index
from annotator.store.documents import text_hash
from annotator.store.project import Project
from annotator.team.merge import merge_into
from annotator.text.arabic import fold

POPOVA_SPELLINGS = ["بُوبُوفَا", "بوبوفا", "بـوبـوفـا", "بُوبوفا", "بوبوفاً"]


def search(project: Project, query: str, **options: bool) -> list[tuple[int, str]]:
    q = compile_query(query, SearchOptions(**options))
    return [(h.document_id, h.text) for h in search_project(project, q)]


def doc_ids(project: Project) -> list[int]:
    return [d.id for d in project.documents.all()]


def test_hits_in_context_and_in_document_order(project: Project) -> None:
    a = project.documents.add("قالت ماريا بوبوفا إن القمة انتهت.\r\nوأكدت بوبوفا ذلك", "a")
    b = project.documents.add("لا شيء هنا", "b")
    c = project.documents.add("😀 السيدة بُوبُوفَا", "c")
    found = list(search_project(project, compile_query("بوبوفا")))
    assert [(h.document_id, h.text) for h in found] == [(a.id, "بوبوفا")] * 2 + [(c.id, "بُوبُوفَا")]
    first, second, third = found
    # Whitespace runs (CRLF included) show as one space; a space next to the hit is kept,
    # so a hit inside a word ("وأكدت" + "بوبوفا") reads differently from one after a space.
    assert (first.left, first.right) == ("قالت ماريا ", " إن القمة انتهت. وأكدت بوبوفا ذلك")
    assert second.left.endswith("انتهت. وأكدت ")
    assert third.left == "😀 السيدة " and third.right == ""
    for h in found:
        assert project.documents.text(h.document_id)[h.start : h.end] == h.text
    assert b.id not in {h.document_id for h in found}


def test_limit_stops_early(project: Project) -> None:
    for i in range(5):
        project.documents.add(f"بوبوفا {i} بوبوفا", f"d{i}")
    q = compile_query("بوبوفا")
    assert len(list(search_project(project, q, limit=3))) == 3


def test_the_index_follows_imports_and_deletion(project: Project, tmp_path: Path) -> None:
    files = []
    for i, text in enumerate(["نص أول عن بوبوفا", "نص ثان عن القمة", "نص ثالث"]):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    import_files(project, files, "huda")
    assert search_index.indexed_ids(project) == doc_ids(project)
    assert [d for d, _ in search(project, "بوبوفا")] == [doc_ids(project)[0]]
    project.documents.delete(doc_ids(project)[0])
    assert search_index.indexed_ids(project) == doc_ids(project)
    assert search(project, "بوبوفا") == []
    assert len(search(project, "القمة")) == 1


def test_the_index_follows_a_merge(tmp_path: Path) -> None:
    source = tmp_path / "analyst.annotator"
    with Project.create(source) as p:
        p.documents.add("قالت السيدة بوبوفا ذلك", "from the analyst")
    with Project.create(tmp_path / "lead.annotator") as lead:
        lead.documents.add("نص الرئيس", "lead's own")
        merge_into(lead, source)
        assert search_index.indexed_ids(lead) == doc_ids(lead)
        assert [t for _, t in search(lead, "بُوبُوفَا")] == ["بوبوفا"]
        merge_into(lead, source)  # again: nothing new, nothing twice
        assert search_index.indexed_ids(lead) == doc_ids(lead)


def test_the_index_holds_folded_text(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    text = "قالت السيدة بُوبُوفَا 😀"
    with Project.create(path) as p:
        doc = p.documents.add(text, "t")
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            f"SELECT folded FROM {search_index.TABLE} WHERE rowid = ?", [doc.id]
        ).fetchone()
    assert row == (fold(text),)


def test_documents_the_index_misses_are_still_searched(project: Project) -> None:
    doc = project.documents.add("قالت بوبوفا", "t")
    with project.atomic():
        search_index.remove(project, doc.id)
    assert search(project, "بوبوفا") == [(doc.id, "بوبوفا")]


def test_a_deleted_id_taken_again_is_indexed_afresh(project: Project) -> None:
    first = project.documents.add("بوبوفا الأولى", "one")
    project.documents.delete(first.id)
    again = project.documents.add("نص جديد", "two")
    assert again.id == first.id  # SQLite reuses the id
    assert search(project, "بوبوفا") == []
    assert search_index.indexed_ids(project) == [again.id]


def test_an_older_project_gets_its_index_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    with Project.create(path) as p:
        doc = p.documents.add("قالت بوبوفا", "t")
        p._db.execute(f"DROP TABLE {search_index.TABLE}")
        p._db.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_search_index'")
        p._db.execute("PRAGMA user_version=1")
    with Project.open(path) as p:
        assert search_index.indexed_ids(p) == [doc.id]
        assert search(p, "بوبوفا") == [(doc.id, "بوبوفا")]


# -- Mark all ------------------------------------------------------------------------------


def _spans(project: Project, query: str) -> list[tuple[int, int, int]]:
    q = compile_query(query)
    return [(h.document_id, h.start, h.end) for h in search_project(project, q)]


def test_mark_all_as_speaker_groups_and_undo_removes_in_one_step(project: Project) -> None:
    doc = project.documents.add(
        "قالت ماريا بوبوفا كذا. وأضافت السيدة بُوبُوفَا أن بوبوفا ترى ذلك", "t"
    )
    spans = _spans(project, "بوبوفا")
    marked = mark_hits(project, spans, "speaker", "huda", new_entity="ماريا بوبوفا")
    anns = project.annotations.for_document(doc.id)
    assert len(anns) == 3 and {a.entity_id for a in anns} == {marked.created.id}
    assert project.entities.mentions(marked.created.id) == [a.id for a in anns]
    heard: list[object] = []
    project.subscribe(heard.append)
    unmark(project, marked)
    assert len(heard) == 1  # one transaction, one report
    assert project.annotations.for_document(doc.id) == []
    assert project.entities.all() == []
    remark(project, marked)
    assert [a.uuid for a in project.annotations.for_document(doc.id)] == [
        a.uuid for a in marked.added
    ]
    assert project.entities.get(marked.created.id).uuid == marked.created.uuid


def test_mark_all_skips_hits_already_marked_with_that_label(project: Project) -> None:
    doc = project.documents.add("بوبوفا قالت وبوبوفا أكدت", "t")
    spans = _spans(project, "بوبوفا")
    project.annotations.add(doc.id, "speaker", *spans[0][1:], "huda")
    project.annotations.add(doc.id, "claim", *spans[1][1:], "huda")
    marked = mark_hits(project, spans, "speaker", "huda")
    assert (len(marked.added), marked.skipped) == (1, 1)
    again = mark_hits(project, spans, "speaker", "huda")
    assert (again.added, again.skipped) == ((), 2)


def test_mark_all_into_an_existing_speaker(project: Project) -> None:
    project.documents.add("بوبوفا وبوبوفا", "t")
    popova = project.entities.add("ماريا بوبوفا")
    marked = mark_hits(project, _spans(project, "بوبوفا"), "speaker", "huda", entity_id=popova.id)
    assert marked.created is None
    assert len(project.entities.mentions(popova.id)) == 2


def test_where_each_hit_is(project: Project) -> None:
    doc = project.documents.add("قالت بوبوفا إن بوبوفا ترى بوبوفا", "t")
    spans = _spans(project, "بوبوفا")
    project.annotations.add(doc.id, "speaker", *spans[0][1:], "huda")
    project.annotations.add(doc.id, "claim", spans[1][1] - 3, spans[1][2] + 4, "huda")
    found = places(project, spans)
    assert [found[s] for s in spans] == [
        frozenset({"speaker"}),
        frozenset({"claim"}),
        frozenset(),
    ]


def test_done_when_popova_on_the_sample_article(project: Project, corpus_article: Path) -> None:
    """The issue's check: every spelling finds the four mentions; Mark all as speaker groups
    them into one speaker; undo removes them in one step."""
    text = corpus_article.read_text(encoding="utf-8")
    doc = project.documents.add(text, "summit")
    expected = ["ماريا بوبوفا", "السيدة بوبوفا", "السيدة بوبوفا", "بوبوفا"]
    for spelling in POPOVA_SPELLINGS:
        spans = _spans(project, spelling)
        assert len(spans) == 4, spelling
        for (_, start, end), context in zip(spans, expected, strict=True):
            assert text[start:end] == "بوبوفا"
            assert text[:end].endswith(context)
    marked = mark_hits(project, spans, "speaker", "huda", new_entity="ماريا بوبوفا")
    assert len(project.entities.all()) == 1
    assert len(project.entities.mentions(marked.created.id)) == 4
    unmark(project, marked)
    assert project.annotations.for_document(doc.id) == []
    assert project.entities.all() == []


@pytest.mark.parametrize("query", ["بوبوفا", "ﺑﻮﺑﻮﻓﺎ"])
def test_presentation_forms_find_and_are_found(project: Project, query: str) -> None:
    project.documents.add("قالت ﺑﻮﺑﻮﻓﺎ وبوبوفا", "t")
    assert len(search(project, query)) == 2


def test_a_merge_source_may_hold_the_index_but_no_other_virtual_table(tmp_path: Path) -> None:
    source = tmp_path / "analyst.annotator"
    with Project.create(source) as p:
        p.documents.add("قالت بوبوفا", "t")
        p._db.execute(f"DROP TABLE {search_index.TABLE}")
        p._db.execute(f"CREATE VIRTUAL TABLE {search_index.TABLE} USING fts5(folded)")
    with Project.create(tmp_path / "lead.annotator") as lead:
        with pytest.raises(ProjectError, match="contains a virtual table"):
            merge_into(lead, source)
        assert lead.documents.all() == []


def test_each_hit_knows_its_paragraph_direction(project: Project) -> None:
    project.documents.add("Popova said: بوبوفا قالت\nقالت بوبوفا إن Popova", "mixed")
    q = compile_query("بوبوفا")
    assert [h.rtl for h in search_project(project, q)] == [False, True]


WORDS = ["بوبوفا", "بُوبُوفَا", "الحكومة", "للحكومة", "قالت", "Popova", "😀", "\r\n", "و"]


@settings(max_examples=40, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.booleans(), st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)),
        max_size=12,
    ),
    query=st.sampled_from(["بوبوفا", "الحكومة", "حكومة", "قالت بوبوفا", "popova", "و"]),
)
def test_the_index_never_changes_what_is_found(steps, query) -> None:
    """Adding and deleting documents in any order: the index lists exactly the documents,
    and a search through it finds what reading every document finds."""
    project = Project.memory()
    for add, words in steps:
        ids = doc_ids(project)
        if add or not ids:
            text = " ".join(words)
            if project.documents.by_hash(text_hash(text)) is None:
                project.documents.add(text, "t")
        else:
            project.documents.delete(ids[len(words) % len(ids)])
    assert search_index.indexed_ids(project) == doc_ids(project)
    q = compile_query(query)
    through_index = list(search_project(project, q))
    everything = [
        (d.id, s, e)
        for d in project.documents.all()
        for s, e in find_all(q, project.documents.text(d.id))
    ]
    assert [(h.document_id, h.start, h.end) for h in through_index] == everything


def test_a_reader_searches_on_another_thread_and_cannot_write(tmp_path: Path) -> None:
    """`Project.reader`: a second connection, made on the thread that uses it, that sees
    what was committed before it opened and refuses to write."""
    import threading

    with Project.create(tmp_path / "p.annotator") as project:
        first = project.documents.add("قالت بوبوفا", "one")
        open_reader = project.reader()
        assert open_reader is not None and Project.memory().reader() is None
        results: list[object] = []

        def work() -> None:
            reader = open_reader()
            try:
                q = compile_query("بوبوفا")
                results.append([(h.document_id, h.text) for h in search_project(reader, q)])
                try:
                    reader.documents.add("نص آخر", "two")
                except (ProjectError, sqlite3.Error) as exc:
                    results.append(type(exc).__name__)
            finally:
                reader.close()

        thread = threading.Thread(target=work)
        thread.start()
        thread.join(30)
        assert results[0] == [(first.id, "بوبوفا")]
        assert len(results) == 2  # the write was refused
        assert [d.title for d in project.documents.all()] == ["one"]


def test_a_search_stops_before_the_next_document_when_told(tmp_path: Path) -> None:
    project = Project.memory()
    for n in range(5):
        project.documents.add(f"بوبوفا {n}", f"doc{n}")
    seen: list[int] = []
    q = compile_query("بوبوفا")
    for hit in search_project(project, q, stop=lambda: len(seen) >= 2):
        seen.append(hit.document_id)
    assert len(seen) == 2
