"""GridSearchDialog: Training → Grid search…: choose one or two parameters, run them on every
core, read the heatmap, load a cell into the playground, export CSV.

The search runs in worker processes (:class:`~nnviz.lab.search.GridRun`); a 100 ms timer here
collects the finished runs without ever waiting, so the window stays responsive. The workers
(:class:`~nnviz.lab.search.WorkerPool`) start when the dialog opens, so Run does not wait for
new processes to start; closing the dialog or the main window, or quitting, ends them, and Cancel
replaces them with fresh ones. The base configuration is the playground's at the moment Run is
pressed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QProgressBar, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from nnviz.app.instruments.registry import QT_TRANSLATE_NOOP
from nnviz.lab.search import (MAX_EPOCHS, MAX_REPEATS, SEARCH_PARAMETERS, GridAxis, GridPlan,
                              GridResults, GridRun, SearchParameterError, WorkerPool,
                              search_parameter)

from .heatmap import GridHeatmap, format_measure

POLL_MS = 100
PARAMETER_NAMES = {
    "learning_rate": QT_TRANSLATE_NOOP("GridSearch", "Learning rate"),
    "units": QT_TRANSLATE_NOOP("GridSearch", "Neurons per layer"),
    "layers": QT_TRANSLATE_NOOP("GridSearch", "Hidden layers"),
    "batch_size": QT_TRANSLATE_NOOP("GridSearch", "Batch size"),
    "regularization_rate": QT_TRANSLATE_NOOP("GridSearch", "Regularization rate"),
    "dropout": QT_TRANSLATE_NOOP("GridSearch", "Dropout"),
    "optimizer": QT_TRANSLATE_NOOP("GridSearch", "Optimizer"),
    "activation": QT_TRANSLATE_NOOP("GridSearch", "Activation"),
    "initializer": QT_TRANSLATE_NOOP("GridSearch", "Initializer"),
}
MEASURE_NAMES = {
    "test_loss": QT_TRANSLATE_NOOP("GridSearch", "Test loss"),
    "test_metric": QT_TRANSLATE_NOOP("GridSearch", "Test accuracy"),
    "train_loss": QT_TRANSLATE_NOOP("GridSearch", "Training loss"),
    "train_metric": QT_TRANSLATE_NOOP("GridSearch", "Training accuracy"),
}
R2_NAMES = {"test_metric": QT_TRANSLATE_NOOP("GridSearch", "Test R²"),
            "train_metric": QT_TRANSLATE_NOOP("GridSearch", "Training R²")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GridSearch", text)


def parameter_label(name: str) -> str:
    return _tr(PARAMETER_NAMES.get(name, SEARCH_PARAMETERS.entry(name).display))


class GridSearchDialog(QDialog):
    """The grid-search window over ``window`` (a MainWindow: ``config``, ``apply_config``).

    Attributes
    ----------
    results : GridResults or None
        The last search's runs (all, or those finished before Cancel).
    pool : WorkerPool
        The worker processes; started while the dialog is open.
    """

    #: Emitted when a search ends (finished or cancelled).
    search_ended = Signal()

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self._window = window
        self.setWindowTitle(self.tr("Grid search"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.results: GridResults | None = None
        self.run: GridRun | None = None
        self.pool = WorkerPool()
        self.folder = Path.home()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._build()
        self._show_state()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.first_param, self.first_values = self._parameter_row(False)
        self.second_param, self.second_values = self._parameter_row(True)
        form.addRow(self.tr("Parameter 1:"), self._row(self.first_param, self.first_values))
        form.addRow(self.tr("Parameter 2:"), self._row(self.second_param, self.second_values))
        self.first_param.setCurrentIndex(self.first_param.findData("learning_rate"))
        self.second_param.setCurrentIndex(self.second_param.findData("units"))
        self.repeats = QSpinBox()
        self.repeats.setRange(1, MAX_REPEATS)
        self.repeats.setValue(2)
        self.repeats.setToolTip(self.tr("Runs per cell, each from other random starting weights."))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, MAX_EPOCHS)
        self.epochs.setValue(100)
        self.epochs.setToolTip(self.tr("Epochs each run trains."))
        form.addRow(self.tr("Repeats:"), self._row(self.repeats, QLabel(self.tr("Epochs:")),
                                               self.epochs, stretch=True))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.hide()

        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Cancel search"))
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self._ask_export)
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.status_label = QLabel()
        buttons = self._row(self.run_button, self.cancel_button, self.progress, self.export_button)

        self.measure = QComboBox()
        for key in MEASURE_NAMES:
            self.measure.addItem("", key)
        self._name_measures("binary")
        self.measure.currentIndexChanged.connect(self._show_results)
        self.heatmap = GridHeatmap()
        self.heatmap.cell_clicked.connect(self.load_cell)
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        hint = QLabel(self.tr("Click a cell to load its settings into the playground."))
        hint.setStyleSheet("color: #555555;")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self._row(QLabel(self.tr("Show:")), self.measure, stretch=True))
        layout.addWidget(self.heatmap, 1)
        layout.addWidget(self.best_label)
        layout.addWidget(hint)
        self.resize(640, 620)

    def _parameter_row(self, optional: bool) -> tuple[QComboBox, QLineEdit]:
        combo, values = QComboBox(), QLineEdit()
        if optional:
            combo.addItem(self.tr("(none)"), "")
        for entry in SEARCH_PARAMETERS:
            combo.addItem(parameter_label(entry.name), entry.name)
        values.setToolTip(self.tr("Values separated by commas, e.g. 0.001, 0.01, 0.1"))

        def prefill():
            name = combo.currentData()
            values.setText(search_parameter(name).defaults if name else "")
            values.setEnabled(bool(name))
        combo.currentIndexChanged.connect(prefill)
        prefill()
        return combo, values

    @staticmethod
    def _row(*widgets, stretch: bool = False) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            lay.addWidget(w, 1 if isinstance(w, (QLineEdit, QProgressBar)) else 0)
        if stretch:
            lay.addStretch(1)
        return row

    def _name_measures(self, problem: str) -> None:
        names = dict(MEASURE_NAMES, **(R2_NAMES if problem == "regression" else {}))
        for i in range(self.measure.count()):
            self.measure.setItemText(i, _tr(names[self.measure.itemData(i)]))

    # -- the plan ----------------------------------------------------------------------------
    def plan(self) -> GridPlan:
        """The search the fields describe over the playground's configuration now.

        Raises SearchParameterError naming the parameter and value at fault.
        """
        axes = [GridAxis.parse(self.first_param.currentData(), self.first_values.text())]
        if self.second_param.currentData():
            axes.append(GridAxis.parse(self.second_param.currentData(),
                                       self.second_values.text()))
        return GridPlan(self._window.config, tuple(axes), self.repeats.value(),
                        self.epochs.value())

    @property
    def running(self) -> bool:
        return self.run is not None and not self.run.finished

    # -- running -----------------------------------------------------------------------------
    def start(self) -> bool:
        """Run the search the fields describe; False (the reason shown) if they are wrong."""
        if self.running:
            return False
        try:
            plan = self.plan()
        except SearchParameterError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.run = GridRun(plan, pool=self.pool.start())
        self.results = self.run.results
        self._name_measures(plan.base.training.problem)
        self.run.start()
        self._timer.start()
        self._show_results()
        self._show_state()
        return True

    def cancel(self) -> None:
        """Stop the search now; the finished cells stay (and, while the dialog is open, fresh
        workers start for the next search)."""
        if not self.running:
            return
        self.run.cancel()  # terminates the pool's workers in the middle of their runs
        if self.isVisible():
            self.pool.start()
        self._end()

    def shut_down(self) -> None:
        """Stop any search and end the worker processes (the dialog closes, the app quits)."""
        if self.running:
            self.run.cancel()
            self._end()
        # Idle workers are killed, not asked to exit: asking takes them a few tenths of a
        # second on a busy machine (they run at a lower priority), the window would wait.
        self.pool.terminate()

    def _poll(self) -> None:
        if self.run is None:
            return
        if self.run.poll():
            self._show_results()
        if self.run.finished:
            self._end()
        else:
            self._show_state()

    def _end(self) -> None:
        self._timer.stop()
        self._show_results()
        self._show_state()
        self.search_ended.emit()

    # -- showing -----------------------------------------------------------------------------
    def _names(self) -> tuple[str, ...]:
        if self.results is None:
            return ()
        return tuple(parameter_label(a.parameter) for a in self.results.plan.axes)

    def _show_results(self) -> None:
        measure = self.measure.currentData()
        self.heatmap.set_results(self.results, measure, self._names())
        best = None if self.results is None else self.results.best(measure)
        if best is None:
            self.best_label.setText("")
            return
        values = ", ".join(f"{name} {axis.spec.format(v)}" for name, axis, v in
                           zip(self._names(), self.results.plan.axes, best.values))
        spread = "" if best.spread != best.spread else " ± " + format_measure(best.spread)
        self.best_label.setText(self.tr("★ Best: {0} — {1} {2}{3}").format(
            values, self.measure.currentText(), format_measure(best.mean), spread))

    def _show_state(self) -> None:
        running = self.running
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.export_button.setEnabled(self.results is not None and bool(self.results.runs))
        for w in (self.first_param, self.second_param, self.repeats, self.epochs):
            w.setEnabled(not running)
        self.first_values.setEnabled(not running)
        self.second_values.setEnabled(not running and bool(self.second_param.currentData()))
        run = self.run
        if run is None:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.status_label.setText(
                self.tr("Each cell trains from the playground's settings with its values, on "
                        "every core ({0} worker processes).").format(GridRun.default_workers()))
            return
        self.progress.setRange(0, run.total)
        self.progress.setValue(run.done)
        if running:
            eta = run.eta_seconds()
            left = self.tr("estimating the time left…") if eta is None else \
                self.tr("about {0} s left").format(max(1, round(eta)))
            self.status_label.setText(self.tr("{0} of {1} runs on {2} processes — {3}").format(
                run.done, run.total, run.workers, left))
        elif run.cancelled:
            self.status_label.setText(self.tr("Cancelled after {0} of {1} runs; the finished "
                                              "cells are kept.").format(run.done, run.total))
        else:
            self.status_label.setText(self.tr("Done: {0} runs in {1} s.").format(
                run.total, f"{run.elapsed:.1f}"))

    # -- cells and files ---------------------------------------------------------------------
    def load_cell(self, cell: tuple) -> None:
        """Put ``cell``'s configuration (its first repeat's seed) into the playground."""
        if self.results is None:
            return
        self._window.apply_config(self.results.plan.cell_config(tuple(cell)))

    def _ask_export(self) -> None:
        self.export_csv()  # clicked(bool) must not become the path

    def export_csv(self, path=None) -> Path | None:
        """Write the results as CSV (asking where when ``path`` is None); a message on error."""
        if self.results is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export grid search as CSV"),
                                                  str(self.folder / "grid_search.csv"),
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            written = self.results.write_csv(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export CSV"), self.tr(
                "Could not write {0}: {1}").format(path, exc.strerror or exc))
            return None
        self.folder = written.parent
        return written

    def restore(self, results: GridResults) -> None:
        """Show stored ``results`` (e.g. from a project) as if they had just run."""
        self.cancel()
        self.run, self.results = None, results
        self._name_measures(results.plan.base.training.problem)
        self._show_results()
        self._show_state()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The main window re-reads the fixed texts of its widgets, this one included; the
            # ones made with numbers (status, best cell) are made again here, after the
            # measure names they quote.
            results = self.results
            self._name_measures("binary" if results is None else
                                results.plan.base.training.problem)
            self._show_results()
            self._show_state()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.pool.start()  # the workers import while the user fills in the fields

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.shut_down()  # no worker outlives the window that shows its results
        super().closeEvent(event)

    def reject(self) -> None:
        self.shut_down()
        super().reject()
