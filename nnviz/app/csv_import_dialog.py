"""File → Import CSV… and a .csv dropped on the window: a preview, column choices, "My data".

The file goes through the strict loader (:func:`nnviz.data.load_csv`): any problem is shown in
the dialog naming its line and column, and the current data stays as it is until Import is
pressed with a file that loads.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QRadioButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from nnviz.app.i18n.lab_messages import exception_text
from nnviz.app.panels.panel_base import InlineError
from nnviz.data import CsvError, load_csv, read_table
from nnviz.data.custom_points import MAX_CUSTOM_POINTS, own_from_table

#: Rows the preview shows.
PREVIEW_ROWS = 8


def _numeric(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


class CsvImportDialog(QDialog):
    """Preview a CSV file, choose x₁, x₂, the label column, the problem and the scaling.

    Parameters
    ----------
    path : str or os.PathLike
        The file to import.
    config : ExperimentConfig
        The current experiment; the import is an edit of it.

    Attributes
    ----------
    new_config : ExperimentConfig or None
        After Import: the config with the file's points as "My data".
    """

    def __init__(self, path, config, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import CSV"))
        self.setObjectName("csv_import_dialog")
        self._config = config
        self.new_config = None
        self._loaded = None
        self._table = None
        name = QLabel(self.tr("File: {0}").format(os.path.basename(os.fspath(path))))
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTableWidget()
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setMinimumHeight(160)
        self.x1, self.x2, self.label = QComboBox(), QComboBox(), QComboBox()
        for box, obj in ((self.x1, "x1_column"), (self.x2, "x2_column"),
                         (self.label, "label_column")):
            box.setObjectName(obj)
        self.classes = QRadioButton(self.tr("&Classes (2 to 6)"))
        self.values = QRadioButton(self.tr("&Values to predict (regression)"))
        self.standardize = QRadioButton(self.tr(
            "&Standardize: mean 0, spread 2 on each axis (the points fill the plane)"))
        self.keep = QRadioButton(self.tr("&Keep the values (the view fits itself to them)"))
        for group_buttons in ((self.classes, self.values), (self.standardize, self.keep)):
            group = QButtonGroup(self)
            for b in group_buttons:
                group.addButton(b)
        self.classes.setObjectName("as_classes")
        self.values.setObjectName("as_values")
        self.standardize.setObjectName("standardize")
        self.keep.setObjectName("keep_values")
        self.standardize.setChecked(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.error = InlineError()
        self.error.setObjectName("csv_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import")
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("x&₁ (across):"), self.x1)
        form.addRow(self.tr("x&₂ (up):"), self.x2)
        form.addRow(self.tr("&Label:"), self.label)
        kind = QHBoxLayout()
        kind.addWidget(self.classes)
        kind.addWidget(self.values)
        kind.addStretch(1)
        form.addRow(self.tr("The label is:"), kind)
        scale = QVBoxLayout()
        scale.addWidget(self.standardize)
        scale.addWidget(self.keep)
        form.addRow(self.tr("On the plane:"), scale)
        lay = QVBoxLayout(self)
        lay.addWidget(name)
        lay.addWidget(self.preview, 1)
        lay.addLayout(form)
        lay.addWidget(self.summary)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(640, 520)
        self._read(path)

    # -- reading -----------------------------------------------------------------------------
    def _read(self, path) -> None:
        try:
            self._table = read_table(path)
        except (CsvError, OSError) as exc:
            self._fail(exc)
            for w in (self.x1, self.x2, self.label, self.classes, self.values):
                w.setEnabled(False)
            return
        table = self._table
        self.preview.setColumnCount(len(table.names))
        self.preview.setHorizontalHeaderLabels(list(table.names))
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        self.preview.setVerticalHeaderLabels([str(line) for line, _ in shown])
        for i, (_, cells) in enumerate(shown):
            for j, cell in enumerate(cells):
                self.preview.setItem(i, j, QTableWidgetItem(cell))
        self.preview.resizeColumnsToContents()
        for box in (self.x1, self.x2, self.label):
            box.addItems(list(table.names))
        first = table.rows[0][1] if table.rows else ()
        label = len(table.names) - 1
        numeric = [j for j, cell in enumerate(first) if j != label and _numeric(cell)]
        numeric += [j for j in range(len(table.names)) if j != label and j not in numeric]
        self.x1.setCurrentIndex(numeric[0])
        self.x2.setCurrentIndex(numeric[1] if len(numeric) > 1 else numeric[0])
        self.label.setCurrentIndex(label)
        for box in (self.x1, self.x2, self.label):
            box.currentIndexChanged.connect(lambda _i: self._load(guess=True))
        for b in (self.classes, self.values):
            b.toggled.connect(lambda on: on and self._load(guess=False))
        self._load(guess=True)

    def _load(self, guess: bool) -> None:
        """Load the chosen columns; on failure say why and keep Import disabled."""
        self._loaded = None
        columns = (self.x1.currentIndex(), self.x2.currentIndex())
        problem = None if guess else ("regression" if self.values.isChecked()
                                      else "classification")
        try:
            if columns[0] == columns[1]:
                raise CsvError(self.tr("choose two different columns for x₁ and x₂"))
            data = load_csv(self._table.text.encode("utf-8"), features=columns,
                            label=self.label.currentIndex(), problem=problem)
            if len(data.y) > MAX_CUSTOM_POINTS:
                raise CsvError(self.tr("the file has {0} rows; your own data holds at most {1} "
                                       "points").format(len(data.y), MAX_CUSTOM_POINTS))
        except CsvError as exc:
            self._fail(exc)
            return
        self._loaded = data
        regression = data.problem == "regression"
        for b, on in ((self.values, regression), (self.classes, not regression)):
            b.blockSignals(True)
            b.setChecked(on)
            b.blockSignals(False)
        self.error.clear_error()
        self.import_button.setEnabled(True)
        if regression:
            text = self.tr("{0} points, each with a value to predict.").format(len(data.y))
        else:
            text = self.tr("{0} points in {1} classes: {2}").format(
                len(data.y), data.n_classes, ", ".join(data.class_names))
        self.summary.setText(text)

    def _fail(self, exc: Exception) -> None:
        self.error.show_error(
            self.tr("Cannot import this file: {0}").format(exception_text(exc)))
        self.summary.setText("")
        self.import_button.setEnabled(False)

    # -- result ------------------------------------------------------------------------------
    def _on_import(self) -> None:
        data = self._loaded
        if data is None:
            return
        try:
            points, labels = own_from_table(data.x, data.y, data.problem == "regression",
                                            self.standardize.isChecked())
            self.new_config = self._config.with_custom_data(points, labels,
                                                            data.class_names or ())
        except (ValueError, TypeError) as exc:
            self._fail(exc)
            return
        self.accept()


def import_csv(window, path=None) -> CsvImportDialog | None:
    """Ask for a CSV file (unless ``path`` is given) and open the import dialog over
    ``window``; Import applies the new data as one edit (``window.apply_config``)."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, window.tr("Import CSV"), "",
            window.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not path:
            return None
    dialog = CsvImportDialog(path, window.config, window)
    dialog.accepted.connect(lambda: window.apply_config(dialog.new_config))
    window.csv_dialog = dialog
    dialog.open()  # window-modal without a nested event loop
    return dialog


def csv_path(mime) -> str | None:
    """The local .csv file a drag carries, if any."""
    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".csv"):
            return url.toLocalFile()
    return None


class CsvDropFilter(QObject):
    """On the main window: a .csv file dropped anywhere on it opens the import dialog; other
    drops pass on untouched."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and \
                csv_path(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            path = csv_path(event.mimeData())
            if path:
                event.acceptProposedAction()
                import_csv(self._window, path)
                return True
        return False
