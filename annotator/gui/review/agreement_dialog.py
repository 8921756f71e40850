"""Review → Agreement…: the agreement figures of the project (or one document) as a table.

The figures are core's (`agreement_project.agreement_rows`), the same the CLI prints; this
dialog only shows them, filters them by measure, and copies or exports them as CSV through
core's writer (`agreement.write_csv`, via a temporary file renamed into place).
"""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.formats.export.exporting import open_output
from annotator.gui.i18n import QT_TRANSLATE_NOOP, number, shown_name
from annotator.gui.window import messages as dialogs
from annotator.store.project import Project
from annotator.team.agreement.measures import ALL, Row, write_csv
from annotator.team.agreement.project_figures import agreement_rows, project_spans

COLUMNS = (
    QT_TRANSLATE_NOOP("AgreementModel", "Label"),
    QT_TRANSLATE_NOOP("AgreementModel", "Analyst A"),
    QT_TRANSLATE_NOOP("AgreementModel", "Analyst B"),
    QT_TRANSLATE_NOOP("AgreementModel", "Measure"),
    QT_TRANSLATE_NOOP("AgreementModel", "Value"),
)
MEASURE_NAMES = {  # English shows the stored names, as the CSV and the CLI write them
    "f1_exact": QT_TRANSLATE_NOOP("AgreementModel", "f1_exact"),
    "f1_overlap": QT_TRANSLATE_NOOP("AgreementModel", "f1_overlap"),
    "cohen_kappa": QT_TRANSLATE_NOOP("AgreementModel", "cohen_kappa"),
    "krippendorff_alpha": QT_TRANSLATE_NOOP("AgreementModel", "krippendorff_alpha"),
    "attribution": QT_TRANSLATE_NOOP("AgreementModel", "attribution"),
}
MEASURES = ("f1_exact", "f1_overlap", "cohen_kappa", "krippendorff_alpha", "attribution")
ALL_MEASURES = QT_TRANSLATE_NOOP("AgreementDialog", "All measures")
EXPLAIN = QT_TRANSLATE_NOOP(
    "AgreementDialog",
    "Pairs of analysts are compared over the documents both worked on; * means all labels or"
    " all analysts together. n/a: the measure is undefined there (no spans, or no variation).",
)
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def value_text(value: float | None) -> str:
    """A figure in the interface's digits (the CSV keeps Python's own)."""
    if value is None:
        return translate("AgreementModel", "n/a")
    return QLocale().toString(value, "f", 3)


def measure_name(measure: str) -> str:
    """A measure as the interface names it (the CSV keeps the stored name)."""
    return (
        translate("AgreementModel", MEASURE_NAMES[measure]) if measure in MEASURE_NAMES else measure
    )


class AgreementModel(QAbstractTableModel):
    def __init__(self, rows: list[Row], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AgreementModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        cells = (row.label, row.analyst_a, row.analyst_b, row.measure, value_text(row.value))
        if role == Qt.ItemDataRole.DisplayRole:
            shown = (shown_name(row.label), *cells[1:3], measure_name(row.measure), cells[4])
            return shown[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and ALL in cells[:3]:
            return self.tr("* stands for all labels (label) or all analysts together (analysts)")
        if role == Qt.ItemDataRole.UserRole:
            return row.measure
        if role == SORT_ROLE:  # numbers sort as numbers; undefined values sort first
            if index.column() == 4:
                return float("-inf") if row.value is None else row.value
            return cells[index.column()]
        return None


class AgreementDialog(QDialog):
    def __init__(
        self,
        project: Project,
        document: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`document` is (uuid, title) of the current document, offered as a scope."""
        super().__init__(parent)
        self.project = project
        self.document = document
        self.setWindowTitle(self.tr("Agreement between analysts"))
        self.analysts: list[str] = []  # who annotated in the scope
        self.resize(720, 520)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Whole project"), None)
        if document is not None:
            this = self.tr("This document: %1").replace("%1", document[1])
            self.scope.addItem(this, document[0])
        self.measure = QComboBox()
        self.measure.addItem(self.tr(ALL_MEASURES), "")
        for measure in MEASURES:
            self.measure.addItem(measure_name(measure), measure)
        self.model = AgreementModel([], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(3)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Start in core's order (pairs, then all analysts); a header click sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.copy_button = QPushButton(self.tr("&Copy as CSV"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_csv)
        self.export_button.clicked.connect(self.ask_export)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scope:")))
        top.addWidget(self.scope, 1)
        top.addWidget(QLabel(self.tr("Measure:")))
        top.addWidget(self.measure)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.scope.currentIndexChanged.connect(lambda _i: self.recompute())
        self.measure.currentIndexChanged.connect(
            lambda _i: self._filter(self.measure.currentData())
        )
        self.recompute()

    # -- rows -------------------------------------------------------------------------------

    def recompute(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = agreement_rows(self.project, self.scope.currentData())
            self.analysts = project_spans(self.project, self.scope.currentData()).analysts
        except AnnotatorError as exc:
            rows, self.analysts = [], []
            dialogs.show_error(self, str(exc))
        finally:
            QApplication.restoreOverrideCursor()
        self.model.beginResetModel()
        self.model.rows = rows
        self.model.endResetModel()
        self._filter(self.measure.currentData())

    def _filter(self, measure: str) -> None:
        """Show one measure's rows (its stored name), or all of them ("")."""
        wanted = f"^{measure}$" if measure else ""
        self.proxy.setFilterRegularExpression(wanted)
        shown = self.proxy.rowCount()
        if len(self.analysts) < 2:
            self.status.setText(self.one_analyst_text())
        elif not self.model.rows:
            self.status.setText(
                self.tr(
                    "No figures: agreement needs at least two analysts who annotated the same"
                    " document. Import their work with File → Import Analysts' Work…"
                )
            )
        else:
            count = self.tr("%1 of %2 figures shown.").replace("%1", number(shown))
            count = count.replace("%2", number(len(self.model.rows)))
            self.status.setText(f"{count} {self.tr(EXPLAIN)}")
        self.copy_button.setEnabled(shown > 0)
        self.export_button.setEnabled(shown > 0)

    def one_analyst_text(self) -> str:
        """Why there is nothing to compare yet, and what to do: each analyst annotates a
        copy of their own, and the lead merges the files into one project."""
        if self.analysts:
            who = self.tr("Only %1 has annotated here.").replace("%1", self.analysts[0])
        else:
            who = self.tr("Nobody has annotated here yet.")
        return " ".join(
            (
                who,
                self.tr(
                    "Agreement compares two or more analysts: each annotates the documents in"
                    " a project file of their own, then their files are merged into one"
                    " project with File → Import Analysts' Work… (or annotator merge)."
                ),
            )
        )

    def shown_rows(self) -> list[Row]:
        """The rows the filter shows, in the model's (core's) order."""
        source = [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]
        return [self.model.rows[i] for i in sorted(source)]

    # -- copy and export --------------------------------------------------------------------

    def csv_text(self) -> str:
        out = io.StringIO()
        write_csv(self.shown_rows(), out)
        return out.getvalue()

    def copy_csv(self) -> None:
        QApplication.clipboard().setText(self.csv_text())
        self.status.setText(self.tr("Copied %Ln rows as CSV.", "", len(self.shown_rows())))

    def ask_export(self) -> None:
        base = (
            self.project.path.with_name(self.project.path.stem + "-agreement.csv")
            if (self.project.path)
            else None
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export agreement"),
            str(base or "agreement.csv"),
            translate("ProjectActions", "CSV files (*.csv)"),
        )
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        """Write the shown rows as CSV (UTF-8 with BOM for Excel); the file appears whole
        or not at all."""
        rows = self.shown_rows()
        try:
            with open_output(path, bom=True, project_path=self.project.path) as out:
                write_csv(rows, out)
        except AnnotatorError as exc:
            dialogs.show_error(self, str(exc))
            return False
        self.status.setText(self.tr("Exported %Ln rows to %1", "", len(rows)).replace("%1", path))
        return True
