"""Speaker proposals without re-reading every name: a per-project index of folded name words.

Proposing which known speaker a new mention names compares its words with every entity's
name and every grouped mention text. Folding all of them again for each mention cost ~20 ms
with 1,000 speakers; `NameIndex` keeps them folded, with an inverted index from word to
names, and follows the project's change reports so an edit costs a re-read of the rows it
touched, at the next proposal. What the reports cannot describe exactly (a document added
or deleted, whose annotations cascade unreported; a commit by another connection) makes it
rebuild from the file. While a transaction is open it is not trusted: the answer is then
computed from the database directly, the slow way, and the index is left alone.
"""

from __future__ import annotations

import weakref
from collections import Counter
from itertools import combinations
from typing import TYPE_CHECKING

from annotator.store.querying import select_in
from annotator.store.records import Entity
from annotator.text.arabic import name_tokens

if TYPE_CHECKING:
    from annotator.store.project import Change, Project

Key = frozenset[str]  # a name's folded words: names with equal keys match alike

# Tables whose reports never change a proposal: links, the label schema (a renamed label
# cascades into annotations.label, which proposals ignore; a used label cannot be dropped).
_IRRELEVANT = frozenset({"links", "labels", "suggestion_rejections"})
# Up to this many query words, the names whose words are all among them are found by looking
# up each subset (at most 2**8 - 1); longer queries scan the postings of their words instead.
_SUBSET_LOOKUP = 8


def propose_directly(project: Project, mention_text: str) -> list[Entity]:
    """The proposals computed from the database alone (inside a transaction, and the
    definition the index must agree with)."""
    wanted = set(name_tokens(mention_text))
    if not wanted:
        return []
    scored: list[tuple[int, int, Entity]] = []
    mention_texts = project.entities.all_mention_texts()
    for entity in project.entities.all():
        names = [entity.name, *mention_texts.get(entity.id, ())]
        best = 0
        for name in names:
            have = set(name_tokens(name))
            if have and (wanted <= have or have <= wanted):
                best = max(best, len(wanted & have))
        if best:
            scored.append((best, len(names), entity))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2].name))
    return [s[2] for s in scored]


class NameIndex:
    """The folded words of every entity name and grouped mention text of one project.

    Holds its project only weakly (the project holds it through its listener list), so a
    closed and dropped project is freed with its index.
    """

    def __init__(self, project: Project) -> None:
        self._project = weakref.ref(project)
        self._stale = True
        self._data_version: int | None = None
        self._dirty_entities: set[int] = set()
        self._dirty_mentions: set[int] = set()
        self._keys: dict[str, Key] = {}  # text -> folded words (memo)
        self._entities: dict[int, Entity] = {}
        self._mentions: dict[int, tuple[int, str]] = {}  # annotation -> (entity, text)
        self._texts: dict[int, Counter[str]] = {}  # entity -> mention text -> mentions
        self._owners: dict[Key, Counter[int]] = {}  # key -> entity -> its names with that key
        self._postings: dict[str, set[Key]] = {}  # word -> keys containing it
        project.subscribe(self._heard, first=True)

    # -- following the project ------------------------------------------------------------

    def _heard(self, changes: list[Change]) -> None:
        """Note what a commit touched; rows are re-read at the next proposal, not now."""
        for change in changes:
            if change.table in _IRRELEVANT:
                continue
            if change.table == "documents" and change.op == "update":
                continue  # a status: no names
            if change.table == "entities" and change.ids:
                self._dirty_entities.update(change.ids)
            elif change.table == "annotations" and change.ids:
                self._dirty_mentions.update(change.ids)
            else:
                self._stale = True

    def _sync(self, project: Project) -> None:
        version = project._db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:  # another connection committed (or first use)
            self._stale = True
        if self._stale:
            self._rebuild(project)
        else:
            if self._dirty_entities:
                self._refresh_entities(project)
            if self._dirty_mentions:
                self._refresh_mentions(project)
        self._data_version = version

    def _rebuild(self, project: Project) -> None:
        old_keys, self._keys = self._keys, {}  # keeps the folding of names still in use
        self._entities, self._mentions, self._texts = {}, {}, {}
        self._owners, self._postings = {}, {}
        self._dirty_entities.clear()
        self._dirty_mentions.clear()
        for entity in project.entities.all():
            self._entities[entity.id] = entity
            self._add(self._key(entity.name, old_keys), entity.id)
        rows = project._db.execute(
            "SELECT id, entity_id, text FROM annotations WHERE entity_id IS NOT NULL"
        )
        for ann_id, ent_id, text in rows:
            self._add_mention(ann_id, ent_id, text, old_keys)
        self._stale = False

    def _refresh_entities(self, project: Project) -> None:
        ids, self._dirty_entities = self._dirty_entities, set()
        found = project.entities.get_many(ids)
        gone: set[int] = set()
        for ent_id in ids:
            old = self._entities.pop(ent_id, None)
            if old is not None:
                self._drop(self._key(old.name), ent_id)
            new = found.get(ent_id)
            if new is None:
                gone.add(ent_id)
            else:
                self._entities[ent_id] = new
                self._add(self._key(new.name), ent_id)
        if gone:  # their mentions were ungrouped with them (ON DELETE SET NULL)
            self._dirty_mentions.update(
                a for a, (ent_id, _) in self._mentions.items() if ent_id in gone
            )

    def _refresh_mentions(self, project: Project) -> None:
        ids, self._dirty_mentions = self._dirty_mentions, set()
        for ann_id in ids:
            self._remove_mention(ann_id)
        rows = select_in(
            project._db,
            "SELECT id, entity_id, text FROM annotations WHERE entity_id IS NOT NULL AND {ids}",
            "id",
            ids,
        )
        for ann_id, ent_id, text in rows:
            self._add_mention(ann_id, ent_id, text)

    # -- bookkeeping ------------------------------------------------------------------------

    def _key(self, text: str, memo: dict[str, Key] | None = None) -> Key:
        key = self._keys.get(text)
        if key is None:
            key = memo.get(text) if memo else None
            if key is None:
                key = frozenset(name_tokens(text))
            self._keys[text] = key
        return key

    def _add(self, key: Key, ent_id: int) -> None:
        if not key:
            return  # a name of titles only matches nothing
        owners = self._owners.get(key)
        if owners is None:
            owners = self._owners[key] = Counter()
            for word in key:
                self._postings.setdefault(word, set()).add(key)
        owners[ent_id] += 1

    def _drop(self, key: Key, ent_id: int) -> None:
        owners = self._owners.get(key)
        if owners is None:
            return
        owners[ent_id] -= 1
        if owners[ent_id] <= 0:
            del owners[ent_id]
        if not owners:
            del self._owners[key]
            for word in key:
                keys = self._postings[word]
                keys.discard(key)
                if not keys:
                    del self._postings[word]

    def _add_mention(
        self, ann_id: int, ent_id: int, text: str, memo: dict[str, Key] | None = None
    ) -> None:
        self._mentions[ann_id] = (ent_id, text)
        texts = self._texts.setdefault(ent_id, Counter())
        texts[text] += 1
        if texts[text] == 1:  # a new distinct text: one more name of the entity
            self._add(self._key(text, memo), ent_id)

    def _remove_mention(self, ann_id: int) -> None:
        found = self._mentions.pop(ann_id, None)
        if found is None:
            return
        ent_id, text = found
        texts = self._texts[ent_id]
        texts[text] -= 1
        if texts[text] <= 0:
            del texts[text]
            self._drop(self._key(text), ent_id)
            if not texts:
                del self._texts[ent_id]

    # -- proposals --------------------------------------------------------------------------

    def propose(self, mention_text: str) -> list[Entity]:
        """Entities whose name or mentions share a name with `mention_text`, best first
        (see `speakers.propose_entities`)."""
        wanted = frozenset(name_tokens(mention_text))
        if not wanted:
            return []
        project = self._project()
        assert project is not None, "the index's project is gone"
        if project._db.conn.in_transaction:  # uncommitted rows: the index may not show them
            return propose_directly(project, mention_text)
        self._sync(project)
        best: dict[int, int] = {}
        for key in self._matching(wanted):
            score = min(len(key), len(wanted))  # one is a subset of the other
            for ent_id in self._owners[key]:
                if best.get(ent_id, 0) < score:
                    best[ent_id] = score
        entities, texts = self._entities, self._texts
        ranked = sorted(
            (e for e in best if e in entities),
            key=lambda e: (-best[e], -1 - len(texts.get(e, ())), entities[e].name, e),
        )
        return [entities[e] for e in ranked]

    def _matching(self, wanted: Key) -> set[Key]:
        """Keys that contain all of `wanted` or are contained in it."""
        found: set[Key] = set()
        postings = self._postings
        rarest = min(wanted, key=lambda w: len(postings.get(w, ())))
        found.update(key for key in postings.get(rarest, ()) if wanted <= key)
        if len(wanted) <= _SUBSET_LOOKUP:
            words = sorted(wanted)
            for size in range(1, len(words) + 1):
                for subset in combinations(words, size):
                    key = frozenset(subset)
                    if key in self._owners:
                        found.add(key)
        else:
            for word in wanted:
                found.update(key for key in postings.get(word, ()) if key <= wanted)
        return found


_INDEXES: weakref.WeakKeyDictionary[Project, NameIndex] = weakref.WeakKeyDictionary()


def name_index(project: Project) -> NameIndex:
    """The project's name index, made on first use (it reads nothing until a proposal)."""
    index = _INDEXES.get(project)
    if index is None:
        index = _INDEXES[project] = NameIndex(project)
    return index
