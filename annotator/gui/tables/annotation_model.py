"""The annotations table of the current document: label, text, speaker, analyst.

Rows are kept in document order as sorted keys (start, end, id); each change report moves
only the rows it names (one begin/end call each), and a newly loaded page is appended in
one call, so the table stays cheap with 10,000 rows. A newly shown document's rows come in
on the event-loop turn after it is shown (or as soon as someone needs them, see `fill`):
the window then paints its text first, without laying out a screenful of table cells.
`annotation_filter` narrows the table to the claims that have no speaker yet, the work
left in a document.

Cells carry no alignment: the view's `item_text.AutoDirectionDelegate` lays each cell out
in the direction of its own text, which also aligns it.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from annotator.errors import NotFoundError
from annotator.gui.i18n import QT_TRANSLATE_NOOP, shown_name
from annotator.gui.session import Session
from annotator.store.project import Change
from annotator.store.records import ATTRIBUTION, Annotation

COLUMNS = (
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Label"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Text"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Speaker"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Analyst"),
)
LABEL, TEXT, SPEAKER, ANALYST = range(4)
MAX_SHOWN = 160

Index = QModelIndex | QPersistentModelIndex
HANDLED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
    }
)
Key = tuple[int, int, int]


def key_of(ann: Annotation) -> Key:
    return (ann.start, ann.end, ann.id)


def one_line(text: str, limit: int = MAX_SHOWN) -> str:
    """`text` on one line (white space runs as one space), cut to `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AnnotationTableModel(QAbstractTableModel):
    attributionsChanged = Signal()  # claims gained or lost speakers (or were first read)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._keys: list[Key] = []
        self._key_of: dict[int, Key] = {}
        # claim id -> {attribution link id: speaker mention id}, so a deleted link (gone
        # from the project when reported) can be taken out of the claim it was on
        self._speakers: dict[int, dict[int, int]] = {}
        self._claim_of_link: dict[int, int] = {}
        self._links_doc: int | None = None  # the document whose attributions are read
        self._entity_names: dict[int, str] = {}  # speaker names shown, until renamed
        self._claim_labels: set[str] = set()
        self._claims: set[int] = set()  # ids of the rows whose label is of kind claim
        self._filled = True  # False from a document's showing until its rows are taken in
        session.documentChanged.connect(self._reset)
        session.annotationsLoaded.connect(self._append)
        session.changed.connect(self._on_changes)

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in HANDLED_ROLES:  # views ask for many roles per cell; answer fast
            return None
        ann = self.annotation_at(index.row())
        if ann is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == LABEL:
                return shown_name(ann.label)
            if col == TEXT:
                return one_line(ann.text)
            if col == SPEAKER:
                return self.speaker_text(ann)
            if col == ANALYST:
                return ann.analyst
        elif role == Qt.ItemDataRole.DecorationRole and col == LABEL:
            label = self.session.label(ann.label)
            return QColor(label.color) if label else None
        elif role == Qt.ItemDataRole.ToolTipRole and col == TEXT:
            return ann.text
        elif role == Qt.ItemDataRole.ToolTipRole and col == SPEAKER:
            return self.speaker_tooltip(ann)
        elif role == Qt.ItemDataRole.UserRole:
            return ann.id
        return None

    # -- lookups --------------------------------------------------------------------------

    def annotation_at(self, row: int) -> Annotation | None:
        if not 0 <= row < len(self._keys):
            return None
        return self.session.annotations.get(self._keys[row][2])

    def row_of(self, ann_id: int) -> int | None:
        self.fill()  # asked for a row on the turn its document is shown: take them in now
        key = self._key_of.get(ann_id)
        if key is None:
            return None
        return bisect_left(self._keys, key)

    def is_claim(self, ann: Annotation) -> bool:
        return ann.label in self._claim_labels

    def is_unattributed_claim(self, row: int) -> bool:
        """A claim with no speaker yet: the same two sets `unattributed_count` subtracts
        (claim-kind rows, claims with an attribution link), read now if need be; core's
        `Documents.unattributed_claims` says the same for a stored document."""
        ann = self.annotation_at(row)
        return ann is not None and ann.id in self._claims and not self.attributions().get(ann.id)

    def unattributed_count(self) -> int | None:
        """Claims of the document with no speaker (set arithmetic: cheap at every edit);
        None until the document's attributions are read, just after it is first shown."""
        if self._links_doc != self.session.document_id:
            return None
        return len(self._claims - self._speakers.keys())

    def _track(self, ann: Annotation) -> None:
        if self.is_claim(ann):
            self._claims.add(ann.id)
        else:
            self._claims.discard(ann.id)

    def _track_all(self) -> None:
        self._claims = {a.id for a in self.session.annotations.values() if self.is_claim(a)}

    def _name(self, mention: Annotation) -> str:
        """A speaker mention as the table names it: its entity's name, else its text."""
        project = self.session.project
        if mention.entity_id is not None and project is not None:
            name = self._entity_names.get(mention.entity_id)
            if name is None:  # remembered: a cell is painted often, a speaker renamed rarely
                name = self._entity_names[mention.entity_id] = project.entities.get(
                    mention.entity_id
                ).name
            return name
        return one_line(mention.text)

    def speakers_of(self, claim_id: int) -> list[int]:
        """The speaker mentions a claim is attributed to, in the order they were linked."""
        self.attributions()
        return self._speakers_of(claim_id)

    def _speakers_of(self, claim_id: int) -> list[int]:
        """As far as read: cells show nothing rather than read every link at first paint."""
        links = self._speakers.get(claim_id, {})
        return [links[k] for k in sorted(links)]

    def speaker_text(self, ann: Annotation) -> str:
        """For a claim, its speakers; for a grouped speaker mention, its entity's name."""
        if ann.id not in self._speakers:  # also while not read yet: filled in a moment
            return self._name(ann) if ann.entity_id is not None else ""
        names = []
        for sid in self._speakers_of(ann.id):
            mention = self.session.annotations.get(sid)
            if mention is not None:
                names.append(self._name(mention))
        return "، ".join(dict.fromkeys(names))

    def speaker_tooltip(self, ann: Annotation) -> str | None:
        """Each linked mention as written, with the speaker it belongs to."""
        lines = []
        for sid in self._speakers_of(ann.id):
            mention = self.session.annotations.get(sid)
            if mention is None:
                continue
            name = self._name(mention)
            text = one_line(mention.text)
            lines.append(text if name == text else f"{text} ({name})")
        return "\n".join(lines) or None

    # -- following the session ------------------------------------------------------------

    def _reset(self, _doc_id: int) -> None:
        """Empty the table for the document now shown; its rows come on the next turn."""
        self.beginResetModel()
        self._entity_names = {}
        self._read_labels()
        self._claims = set()
        self._keys, self._key_of = [], {}
        self._speakers, self._claim_of_link, self._links_doc = {}, {}, None
        self._filled = self.session.document_id is None
        self.endResetModel()
        if not self._filled:  # after the text's first paint
            doc_id = self.session.document_id
            self.session.after_paint(lambda: self._fill_later(doc_id))

    def _fill_later(self, doc_id: int | None) -> None:
        if doc_id == self.session.document_id:  # not another document meanwhile
            self.fill()
            self._links_ready()

    def fill(self) -> None:
        """Take in the rows of the annotations read so far, if not done yet (one insert)."""
        if self._filled:
            return
        self._filled = True
        self._track_all()
        keys = sorted(key_of(a) for a in self.session.annotations.values())
        if not keys:
            return
        self.beginInsertRows(QModelIndex(), 0, len(keys) - 1)
        self._keys = keys
        self._key_of = {k[2]: k for k in keys}
        self.endInsertRows()

    def _read_labels(self) -> None:
        project = self.session.project
        self._claim_labels = project.labels.names_of_kind("claim") if project else set()

    def attributions(self) -> dict[int, dict[int, int]]:
        """Claim id -> {link id: speaker mention id} for the document, read on first use."""
        if self._links_doc != self.session.document_id:
            self._read_links()
        return self._speakers

    def _links_ready(self) -> None:
        """Read the attributions just after a document is shown (if no cell asked first)
        and tell the views that show them."""
        if self.session.document_id is None:
            return
        if self._links_doc != self.session.document_id:
            self._read_links()
            self._refresh_column(SPEAKER)
        self.attributionsChanged.emit()

    def _read_links(self) -> None:
        self._speakers, self._claim_of_link = {}, {}
        project, doc_id = self.session.project, self.session.document_id
        self._links_doc = doc_id
        if project is None or doc_id is None:
            return
        for link_id, claim, speaker in project.links.attributions(doc_id):
            self._speakers.setdefault(claim, {})[link_id] = speaker
            self._claim_of_link[link_id] = claim

    def _follow_links(self, change: Change) -> None:
        """Take in linked or unlinked attributions; repaint only their claims' rows."""
        project = self.session.project
        assert project is not None
        claims: set[int] = set()
        for link_id in change.ids:
            claim = self._claim_of_link.pop(link_id, None)
            if claim is not None:  # deleted, or re-read below if it is still there
                self._speakers[claim].pop(link_id, None)
                if not self._speakers[claim]:
                    del self._speakers[claim]
                claims.add(claim)
            if change.op == "delete":
                continue
            try:
                link = project.links.get(link_id)
            except NotFoundError:
                continue
            if link.type == ATTRIBUTION:
                self._speakers.setdefault(link.source_id, {})[link_id] = link.target_id
                self._claim_of_link[link_id] = link.source_id
                claims.add(link.source_id)
        for claim in claims:
            row = self.row_of(claim)
            if row is not None:
                self.dataChanged.emit(self.index(row, SPEAKER), self.index(row, SPEAKER))

    def _append(self, annotations: list[Annotation]) -> None:
        if not self._filled:  # the fill takes them in with the rest
            self.fill()
            return
        for ann in annotations:
            self._track(ann)
        keys = sorted(key_of(a) for a in annotations if a.id not in self._key_of)
        if not keys:
            return
        if self._keys and keys[0] < self._keys[-1]:  # not after what we have: place each one
            for key in keys:
                self._insert(key)
            return
        first = len(self._keys)
        self.beginInsertRows(QModelIndex(), first, first + len(keys) - 1)
        self._keys.extend(keys)
        self._key_of.update((k[2], k) for k in keys)
        self.endInsertRows()

    def _insert(self, key: Key) -> None:
        row = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        insort(self._keys, key)
        self._key_of[key[2]] = key
        self.endInsertRows()

    def _remove(self, ann_id: int) -> None:
        row = self.row_of(ann_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._keys[row]
        del self._key_of[ann_id]
        self.endRemoveRows()

    def _on_changes(self, changes: list[Change]) -> None:
        self.fill()  # an edit on the turn a document is shown: its rows first
        annotations = self.session.annotations
        linked = False
        for change in changes:
            if change.table == "links" and change.document_id == self.session.document_id:
                if self._links_doc != self.session.document_id:
                    pass  # not read yet: the first read will include it
                elif change.ids:
                    self._follow_links(change)
                else:
                    self._read_links()
                    self._refresh_column(SPEAKER)
                linked = True
            elif change.table == "entities" and change.op != "add":
                for entity_id in change.ids or list(self._entity_names):
                    self._entity_names.pop(entity_id, None)
                self._refresh_column(SPEAKER)  # a new speaker is named by its mentions' rows
            elif change.table == "labels":
                self._read_labels()
                self._track_all()
                self._refresh_column(LABEL)
            if change.table != "annotations":
                continue
            for ann_id in change.ids:
                ann = annotations.get(ann_id)
                old_key = self._key_of.get(ann_id)
                if ann is None:
                    self._claims.discard(ann_id)
                    self._remove(ann_id)
                    continue
                self._track(ann)
                if old_key is None:
                    self._insert(key_of(ann))
                elif old_key != key_of(ann):
                    self._remove(ann_id)
                    self._insert(key_of(ann))
                else:
                    row = self.row_of(ann_id)
                    assert row is not None
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if linked:  # once the rows have followed too
            self.attributionsChanged.emit()

    def _refresh_column(self, column: int) -> None:
        if self._keys:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._keys) - 1, column))
