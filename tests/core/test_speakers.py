"""Speaker entities: Arabic name normalisation, proposals, merge and split with undo."""

from __future__ import annotations

import pytest

from annotator.errors import InputError
from annotator.speakers.grouping import (
    Regrouping,
    assign,
    delete_entity,
    merge,
    propose_entities,
    redo_regrouping,
    split,
    undo_regrouping,
)
from annotator.store.project import Project
from annotator.store.records import Entity
from annotator.text.arabic import fold, name_tokens, names_match, normalize_name

TEXT = "تشير ماريا بوبوفا إلى ذلك. قالت السيدة بوبوفا كذا. كما تلاحظ بوبوفا. وقال جاي سان جاك."


def _mention(project: Project, doc_id: int, surface: str, nth: int = 0) -> int:
    text = project.documents.text(doc_id)
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return project.annotations.add(doc_id, "speaker", start, start + len(surface), "amal").id


def test_fold_removes_diacritics_tatweel_and_unifies_letters() -> None:
    assert fold("بُوبُوفَا") == fold("بوبوفا")
    assert fold("مـــاريا") == fold("ماريا")
    assert fold("إيمان") == fold("ايمان") == fold("أيمان")
    assert fold("فاطمة") == fold("فاطمه")
    assert fold("مصطفى") == fold("مصطفي")


def test_titles_are_ignored() -> None:
    assert name_tokens("السيدة بوبوفا") == ("بوبوفا",)
    assert name_tokens("د. ليلى منصور") == ("ليلي", "منصور")
    assert normalize_name("الدكتورة ليلى  منصور") == normalize_name("ليلى منصور")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("ماريا بوبوفا", "السيدة بوبوفا", True),
        ("ماريا بوبوفا", "بوبوفا", True),
        ("ماريا بوبوفا", "جاي سان جاك", False),
        ("السيدة", "السيد", False),  # nothing but titles: no name to match
    ],
)
def test_names_match(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected


def test_popova_mentions_are_proposed_one_entity(project: Project) -> None:
    doc = project.documents.add(TEXT, "t")
    first = _mention(project, doc.id, "ماريا بوبوفا")
    popova = project.entities.add("ماريا بوبوفا", "person", "أستاذة العلوم السياسية")
    other = project.entities.add("جاي سان جاك", "person")
    assign(project, [first], popova.id)
    second = _mention(project, doc.id, "السيدة بوبوفا")
    assert [e.id for e in propose_entities(project, "السيدة بوبوفا")] == [popova.id]
    assert [e.id for e in propose_entities(project, "بُوبوفا")] == [popova.id]
    assert propose_entities(project, "سان جاك")[0].id == other.id
    assert propose_entities(project, "كييف") == []
    assign(project, [second], popova.id)
    assert project.entities.mentions(popova.id) == [first, second]


def test_merge_and_undo_restore_everything(project: Project) -> None:
    doc = project.documents.add(TEXT, "t")
    m1, m2 = _mention(project, doc.id, "ماريا بوبوفا"), _mention(project, doc.id, "بوبوفا", 2)
    a = project.entities.add("ماريا بوبوفا")
    b = project.entities.add("بوبوفا", "unknown")
    assign(project, [m1], a.id)
    assign(project, [m2], b.id)
    regrouping = merge(project, a.id, [b.id])
    assert project.entities.mentions(a.id) == [m1, m2]
    assert [e.id for e in project.entities.all()] == [a.id]
    undo_regrouping(project, regrouping)
    assert project.entities.get(b.id) == b
    assert project.entities.mentions(b.id) == [m2]
    assert project.entities.mentions(a.id) == [m1]


def _split_off_saint_jacques(project: Project) -> tuple[int, int, Entity, Regrouping]:
    """Popova's and Saint-Jacques's mentions grouped under one speaker by mistake, then
    Saint-Jacques's split off: (Popova's mention, his, the wrong speaker, the split)."""
    doc = project.documents.add(TEXT, "t")
    m1, m2 = _mention(project, doc.id, "ماريا بوبوفا"), _mention(project, doc.id, "جاي سان جاك")
    wrong = project.entities.add("ماريا بوبوفا")
    assign(project, [m1, m2], wrong.id)
    return m1, m2, wrong, split(project, wrong.id, [m2], "جاي سان جاك")


def test_split_moves_mentions_to_a_new_entity(project: Project) -> None:
    m1, m2, wrong, regrouping = _split_off_saint_jacques(project)
    assert regrouping.created is not None
    assert project.entities.mentions(regrouping.created.id) == [m2]
    assert project.entities.mentions(wrong.id) == [m1]
    undo_regrouping(project, regrouping)
    assert project.entities.mentions(wrong.id) == [m1, m2]
    assert len(project.entities.all()) == 1
    with pytest.raises(InputError):
        split(project, wrong.id, [], "x")


def test_redo_replays_split_with_the_same_entity_identity(project: Project) -> None:
    m1, m2, wrong, regrouping = _split_off_saint_jacques(project)
    created = regrouping.created
    assert created is not None
    undo_regrouping(project, regrouping)
    redo_regrouping(project, regrouping)
    assert project.entities.get(created.id) == created
    assert project.entities.mentions(created.id) == [m2]
    undo_regrouping(project, regrouping)
    assert project.entities.mentions(wrong.id) == [m1, m2]


def test_delete_entity_ungroups_and_undo_regroups(project: Project) -> None:
    doc = project.documents.add(TEXT, "t")
    m1 = _mention(project, doc.id, "ماريا بوبوفا")
    entity = project.entities.add("ماريا بوبوفا")
    assign(project, [m1], entity.id)
    regrouping = delete_entity(project, entity.id)
    assert project.annotations.get(m1).entity_id is None
    undo_regrouping(project, regrouping)
    assert project.entities.mentions(entity.id) == [m1]
    redo_regrouping(project, regrouping)
    assert project.entities.all() == []
