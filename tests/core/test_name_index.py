"""Speaker proposals from the name index equal the full re-read they replaced, after any edits.

`propose_directly` is that re-read (every entity and mention text read and folded on each
call), which core keeps as the definition the index must agree with; the state machine edits
a project through the public core API and asks both after every step. What the definition
itself answers is pinned by hand at the end, and in test_speakers.py.
"""

from __future__ import annotations

import gc
import sqlite3
import weakref
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from annotator.errors import AnnotatorError
from annotator.speakers import name_index as name_index_module
from annotator.speakers.grouping import (
    Regrouping,
    assign,
    assign_new,
    delete_entity,
    merge,
    propose_entities,
    redo_regrouping,
    split,
    undo_regrouping,
)
from annotator.speakers.name_index import name_index, propose_directly
from annotator.store.project import Change, Project
from annotator.store.records import Entity

# Surface forms of mentions: titles, diacritics, tatweel, letter variants, Latin case.
SURFACES = (
    "ماريا بوبوفا",
    "السيدة بوبوفا",
    "بُوبوفا",
    "بوبوڤا",
    "مـــاريا",
    "د. ليلى منصور",
    "الدكتورة ليلى",
    "ليلى",
    "منصور",
    "محمد علي",
    "علي",
    "محمد",
    "أحمد بن علي",
    "Dr. John Smith",
    "Smith",
    "JOHN",
    "Mr. Smith",
    "السيد",
    "جاي سان جاك",
    "سان جاك",
    "فاطمة الزهراء",
    "فاطمه",
    "فلاديمير بوتين",
    "بوتين",
)
NAMES = (
    "ماريا بوبوفا",
    "ماريا بُوبوفا",  # same words as the one above: a tie broken by names, then by name
    "ليلى منصور",
    "محمد علي",
    "علي محمد",
    "John Smith",
    "Smith",
    "جاي سان جاك",
    "فاطمة الزهراء",
    "بوتين",
    "السيد",  # titles only: never proposed
)
QUERIES = (
    *SURFACES,
    *NAMES,
    "كييف",
    "",
    "د.",
    "smith john",
    "علي محمد منصور",
    # more than nine words: the index scans postings instead of looking up subsets
    "محمد علي ليلى منصور ماريا بوبوفا جون سميث بوتين فاطمه الزهراء سان جاك",
)


def document_text(n: int) -> tuple[str, list[int]]:
    """A document naming every surface form once, and where each starts."""
    parts, starts, pos = [], [], 0
    for surface in (f"الخبر {n}:", *SURFACES):
        part = f"قال {surface}. "
        starts.append(pos + 4)
        parts.append(part)
        pos += len(part)
    return "".join(parts), starts[1:]


class Rollback(Exception):
    """Raised inside a transaction to make it fail."""


def pick(ids: list[int], i: int) -> int | None:
    return ids[i % len(ids)] if ids else None


class ProposalEdits(RuleBasedStateMachine):
    """Random edits through the core API; the index must answer as propose_directly throughout."""

    @initialize()
    def seed(self) -> None:
        self.project = Project.memory()
        self.docs = 0
        self.starts: dict[int, list[int]] = {}
        self.regroupings: list[Regrouping] = []
        doc = self.add_document()
        popova = self.project.entities.add("ماريا بوبوفا")
        smith = self.project.entities.add("John Smith", "person", "minister")
        self.project.entities.add("ليلى منصور")
        for surface, entity in ((0, popova), (1, popova), (13, smith), (14, smith), (9, None)):
            self.mention(doc, surface, entity.id if entity else None)
        assert propose_entities(self.project, "بوبوفا") == propose_directly(self.project, "بوبوفا")

    def teardown(self) -> None:
        if hasattr(self, "project"):
            self.project.close()

    # -- helpers ----------------------------------------------------------------------------

    def add_document(self) -> int:
        self.docs += 1
        text, starts = document_text(self.docs)
        doc = self.project.documents.add(text, f"doc {self.docs}")
        self.starts[doc.id] = starts
        return doc.id

    def mention(self, doc_id: int, surface: int, entity_id: int | None) -> int:
        start = self.starts[doc_id][surface % len(SURFACES)]
        end = start + len(SURFACES[surface % len(SURFACES)])
        return self.project.annotations.add(
            doc_id, "speaker", start, end, "amal", entity_id=entity_id
        ).id

    def entity_ids(self) -> list[int]:
        return [e.id for e in self.project.entities.all()]

    def mention_ids(self, entity_id: int | None = None) -> list[int]:
        if entity_id is not None:
            return self.project.entities.mentions(entity_id)
        return [r[0] for r in self.project._db.execute("SELECT id FROM annotations ORDER BY id")]

    def doc_ids(self) -> list[int]:
        return [d.id for d in self.project.documents.all()]

    def check(self, queries: tuple[str, ...] = QUERIES) -> None:
        for text in queries:
            answer = propose_entities(self.project, text)
            assert answer == propose_directly(self.project, text), text

    # -- edits ------------------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES))
    def add_entity(self, name: str) -> None:
        self.project.entities.add(name)

    @rule(i=st.integers(0, 99), name=st.sampled_from(NAMES))
    def rename_entity(self, i: int, name: str) -> None:
        ent_id = pick(self.entity_ids(), i)
        if ent_id is not None:
            self.project.entities.update(ent_id, name=name)

    @rule(i=st.integers(0, 99), through_speakers=st.booleans())
    def remove_entity(self, i: int, through_speakers: bool) -> None:
        ent_id = pick(self.entity_ids(), i)
        if ent_id is None:
            return
        if through_speakers:
            self.regroupings.append(delete_entity(self.project, ent_id))
        else:
            self.project.entities.delete(ent_id)

    @rule(
        d=st.integers(0, 99),
        surface=st.integers(0, len(SURFACES) - 1),
        group=st.one_of(st.none(), st.integers(0, 99), st.sampled_from(NAMES)),
    )
    def add_mention(self, d: int, surface: int, group: int | str | None) -> None:
        doc_id = pick(self.doc_ids(), d)
        if doc_id is None:
            doc_id = self.add_document()
        if isinstance(group, str):
            mention = self.mention(doc_id, surface, None)
            self.regroupings.append(assign_new(self.project, [mention], group))
        else:
            entity = None if group is None else pick(self.entity_ids(), group)
            self.mention(doc_id, surface, entity)

    @rule(i=st.integers(0, 99), surface=st.integers(0, len(SURFACES) - 1))
    def move_mention(self, i: int, surface: int) -> None:
        """A mention's span moves: its text changes, its speaker stays."""
        ann_id = pick(self.mention_ids(), i)
        if ann_id is not None:
            ann = self.project.annotations.get(ann_id)
            start = self.starts[ann.document_id][surface]
            end = start + len(SURFACES[surface])
            self.project.annotations.update(ann_id, start=start, end=end)

    @rule(picks=st.lists(st.integers(0, 99), min_size=1, max_size=4), e=st.integers(-1, 99))
    def assign_mentions(self, picks: list[int], e: int) -> None:
        mentions = sorted({m for i in picks if (m := pick(self.mention_ids(), i)) is not None})
        entity = None if e < 0 else pick(self.entity_ids(), e)
        if mentions:
            self.regroupings.append(assign(self.project, mentions, entity))

    @rule(keep=st.integers(0, 99), others=st.lists(st.integers(0, 99), min_size=1, max_size=3))
    def merge_entities(self, keep: int, others: list[int]) -> None:
        ids = self.entity_ids()
        keep_id = pick(ids, keep)
        if keep_id is not None:
            other_ids = sorted({ids[i % len(ids)] for i in others})
            self.regroupings.append(merge(self.project, keep_id, other_ids))

    @rule(e=st.integers(0, 99), picks=st.lists(st.integers(0, 99), min_size=1, max_size=3))
    def split_entity(self, e: int, picks: list[int]) -> None:
        with_mentions = [i for i in self.entity_ids() if self.mention_ids(i)]
        ent_id = pick(with_mentions, e)
        if ent_id is not None:
            own = self.mention_ids(ent_id)
            chosen = sorted({own[i % len(own)] for i in picks})
            self.regroupings.append(split(self.project, ent_id, chosen, NAMES[e % len(NAMES)]))

    @rule(i=st.integers(0, 99))
    def delete_mention(self, i: int) -> None:
        ann_id = pick(self.mention_ids(), i)
        if ann_id is not None:
            self.project.annotations.delete(ann_id)

    @rule(d=st.integers(0, 99))
    def delete_document(self, d: int) -> None:
        """As a document deletion would: its annotations go by cascade, unreported one by one."""
        doc_id = pick(self.doc_ids(), d)
        if doc_id is not None:
            with self.project.atomic():
                self.project._db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
                self.project.changed(Change("documents", "delete", (doc_id,), doc_id))

    @rule()
    def new_document(self) -> None:
        self.add_document()

    @rule(i=st.integers(0, 99), redo=st.booleans())
    def undo(self, i: int, redo: bool) -> None:
        """Undo (and maybe redo) a grouping action, even after later edits: it may fail and
        roll back (a mention since deleted), which must leave the index right too."""
        if not self.regroupings:
            return
        regrouping = self.regroupings[i % len(self.regroupings)]
        try:
            undo_regrouping(self.project, regrouping)
            if redo:
                redo_regrouping(self.project, regrouping)
        except (AnnotatorError, sqlite3.Error):
            pass

    @rule(
        name=st.sampled_from(NAMES),
        surface=st.integers(0, len(SURFACES) - 1),
        fail=st.booleans(),
    )
    def transaction(self, name: str, surface: int, fail: bool) -> None:
        """Edits in one transaction, asked about before it ends (the index is not trusted
        then), which either commits or fails and rolls back."""
        ents = self.entity_ids()
        mentions = self.mention_ids()
        try:
            with self.project.atomic():
                created = self.project.entities.add(name)
                doc_id = pick(self.doc_ids(), surface) or self.add_document()
                self.mention(doc_id, surface, created.id)
                if ents:
                    self.project.entities.update(ents[surface % len(ents)], name=name)
                if mentions:
                    self.project.annotations.delete(mentions[surface % len(mentions)])
                self.check((name, SURFACES[surface], "بوبوفا"))
                if fail:
                    raise Rollback
        except Rollback:
            pass

    # -- questions --------------------------------------------------------------------------

    @rule()
    def ask(self) -> None:
        self.check()

    @invariant()
    def a_few_answers_agree(self) -> None:
        if hasattr(self, "project"):
            self.check(("بوبوفا", "Smith", "محمد علي"))


ProposalEdits.TestCase.settings = settings(
    max_examples=120,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestProposalEdits = ProposalEdits.TestCase


# -- the index's own promises ----------------------------------------------------------------


def _speaker(project: Project, doc_id: int, surface: str, entity_id: int | None) -> int:
    start = project.documents.text(doc_id).index(surface)
    return project.annotations.add(
        doc_id, "speaker", start, start + len(surface), "amal", entity_id=entity_id
    ).id


def test_an_edit_is_followed_without_a_rebuild(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = project.documents.add("قال السيد بوبوفا وقال سميث.", "t")
    popova = project.entities.add("ماريا بوبوفا")
    assert propose_entities(project, "بوبوفا") == [popova]
    rebuilds = []
    original = name_index_module.NameIndex._rebuild
    monkeypatch.setattr(
        name_index_module.NameIndex,
        "_rebuild",
        lambda self, p: (rebuilds.append(1), original(self, p)),
    )
    smith = project.entities.add("جون سميث")
    mention = _speaker(project, doc.id, "سميث", smith.id)
    assert propose_entities(project, "سميث") == [smith]
    popova = project.entities.update(popova.id, name="بوبوفا")
    project.annotations.update(mention, entity_id=popova.id)
    assert propose_entities(project, "سميث") == [popova, smith]
    assert rebuilds == []


def test_a_query_inside_a_transaction_sees_its_rows_and_leaves_the_index(
    project: Project,
) -> None:
    popova = project.entities.add("ماريا بوبوفا")
    assert propose_entities(project, "بوبوفا") == [popova]
    index = name_index(project)
    with pytest.raises(Rollback), project.atomic():
        other = project.entities.add("بوبوفا")
        assert propose_entities(project, "بوبوفا") == [other, popova]
        assert not index._dirty_entities  # nothing heard before commit
        raise Rollback
    assert propose_entities(project, "بوبوفا") == [popova]


def test_a_listener_before_the_index_already_gets_the_new_answer(project: Project) -> None:
    heard: list[list[Entity]] = []
    project.subscribe(lambda _changes: heard.append(propose_entities(project, "بوبوفا")))
    assert propose_entities(project, "بوبوفا") == []  # the index exists from here on
    popova = project.entities.add("ماريا بوبوفا")
    assert heard == [[popova]]


def test_a_commit_by_another_connection_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "shared.annotator"
    with Project.create(path) as mine, Project.open(path) as theirs:
        popova = mine.entities.add("ماريا بوبوفا")
        assert propose_entities(mine, "بوبوفا") == [popova]
        other = theirs.entities.add("السيدة بوبوفا")
        assert propose_entities(mine, "بوبوفا") == [other, popova]
        assert propose_entities(mine, "بوبوفا") == propose_directly(mine, "بوبوفا")


def test_a_closed_project_is_freed_with_its_index() -> None:
    project = Project.memory()
    project.entities.add("ماريا بوبوفا")
    assert propose_entities(project, "بوبوفا")
    index = weakref.ref(name_index(project))
    gone = weakref.ref(project)
    project.close()
    with pytest.raises(sqlite3.ProgrammingError):
        propose_entities(project, "بوبوفا")  # as before the index: the file is closed
    assert propose_entities(project, "السيد") == []  # no name asked: nothing read
    del project
    gc.collect()
    assert gone() is None
    assert index() is None


def test_direct_answer_follows_the_rule(project: Project) -> None:
    """Most shared words first, then more names (own name and mention texts), then name."""
    doc = project.documents.add("قال الدكتور محمد علي ثم قال علي.", "t")
    first = project.entities.add("محمد علي")
    second = project.entities.add("علي")
    _speaker(project, doc.id, "محمد علي", second.id)
    full = project.entities.add("ماريا بوبوفا")
    short = project.entities.add("بوبوفا")
    for text in ("علي", "محمد", "د. محمد علي"):
        assert propose_directly(project, text) == [second, first], text
    assert propose_directly(project, "حسن") == []
    assert propose_directly(project, "السيد") == []  # titles only: no name asked
    assert propose_directly(project, "ماريا بوبوفا") == [full, short]  # two words beat one
    assert propose_directly(project, "بوبوفا") == [short, full]  # a tie: by name
    assert propose_entities(project, "علي") == [second, first]  # more names wins the tie
