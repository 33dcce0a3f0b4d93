"""DataPanel: pick a dataset from thumbnails, then noise, size, train/test split and classes."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QSlider, QSpinBox, QStyle, QVBoxLayout, QWidget)

from nnviz.app.panels.config_choices import datasets_for, keep_batch
from nnviz.app.panels.dataset_grid import DatasetGrid
from nnviz.app.panels.panel_base import (ConfigPanel, InlineError, WheelGuard, guard_wheel,
                                         heading_font, set_tip)
from nnviz.data.custom_points import CUSTOM

MAX_SEED = 2**31 - 1


class DataPanel(ConfigPanel):
    """Dataset thumbnails, train/test split, noise, classes, number of points and a new sample.

    Classification shows every class dataset, two-class and multi-class alike: choosing Blobs
    switches the problem to multi-class by itself and a two-class dataset switches it back
    (see ``ExperimentConfig.with_dataset``). Regression shows the datasets with targets.

    Signals
    -------
    config_edited(object)
        The new ExperimentConfig after a user edit (see :class:`ConfigPanel`).
    draw_requested()
        "My data" was chosen: the window turns the output view's draw mode on.
    """

    draw_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._guard = WheelGuard(self)
        question = QLabel(self.tr("Choose a dataset"))
        question.setWordWrap(True)
        question.setFont(heading_font(self))
        self.grid = DatasetGrid()
        self.grid.chosen.connect(self._on_dataset)
        self._dataset_error = InlineError()

        self._ratio = self._slider(10, 90, 5, 10, self._on_ratio)
        self._ratio_label = QLabel()
        self._ratio_label.setWordWrap(True)
        self._ratio_label.setBuddy(self._ratio)
        set_tip(self._ratio, self.tr(
            "How many of the points the network learns from; the rest are kept aside as test "
            "data, to check that it also works on points it has never seen."))

        self._noise = self._slider(0, 50, 5, 10, self._on_noise)
        self._noise_label = QLabel()
        self._noise_label.setBuddy(self._noise)
        set_tip(self._noise, self.tr(
            "How far the points are scattered away from the clean pattern. "
            "Noisy data is harder to learn and easier to overfit."))

        self._classes = QSpinBox()
        self._classes.setRange(2, 6)
        self._classes.setKeyboardTracking(False)
        self._classes.valueChanged.connect(self._on_classes)
        self._classes_label = QLabel(self.tr("&Classes:"))
        self._classes_label.setBuddy(self._classes)
        set_tip(self._classes, self.tr(
            "How many groups (classes) of points the dataset has. "
            "Several classes need a softmax output with one neuron per class."))

        self._raw_gates = QCheckBox(self.tr("&Inputs 0 and 1, as in the truth table"))
        self._raw_gates.toggled.connect(self._on_raw_gates)
        set_tip(self._raw_gates, self.tr(
            "Put the four points at the truth table's corners (0,0), (1,0), (0,1), (1,1), as "
            "in the course; the output view zooms to them. Off: corners at ±3, on the same "
            "scale as the other datasets."))

        self._points = QSpinBox()
        self._points.setRange(4, 5000)
        self._points.setSingleStep(50)
        self._points.setKeyboardTracking(False)
        self._points.setAccelerated(True)
        self._points.valueChanged.connect(self._on_points)
        points_label = QLabel(self.tr("&Points:"))
        points_label.setBuddy(self._points)
        set_tip(self._points, self.tr(
            "How many points the dataset has in all (training plus test). "
            "More points show the pattern better but make each epoch slower."))

        self._regenerate = QPushButton(self.tr("&Regenerate"))
        self._regenerate.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self._regenerate.clicked.connect(self._on_regenerate)
        set_tip(self._regenerate, self.tr(
            "Draw a fresh random sample of points with the same shape (a new data seed)."))
        self._settings_error = InlineError()
        self._own_note = QLabel()
        self._own_note.setWordWrap(True)
        self._own_note.setObjectName("own_data_note")
        guard_wheel(self._guard, self._classes, self._ratio, self._noise, self._points)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        form.addRow(self._ratio_label)
        form.addRow(self._ratio)
        form.addRow(self._noise_label)
        form.addRow(self._noise)
        form.addRow(self._classes_label, self._classes)
        form.addRow(self._raw_gates)
        form.addRow(points_label, self._points)
        form.addRow(self._own_note)
        self._form = form
        bottom = QHBoxLayout()
        bottom.addWidget(self._regenerate)
        bottom.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(question)
        layout.addWidget(self.grid)
        layout.addWidget(self._dataset_error)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addLayout(bottom)
        layout.addWidget(self._settings_error)
        layout.addStretch(1)
        named = {"dataset": self.grid, "train_ratio": self._ratio, "noise": self._noise,
                 "n_classes": self._classes, "raw_gates": self._raw_gates,
                 "n_points": self._points,
                 "regenerate": self._regenerate, "dataset_error": self._dataset_error,
                 "data_error": self._settings_error}
        for name, widget in named.items():
            widget.setObjectName(name)
        # Thumbnails first (they take the arrow keys among themselves), then top to bottom.
        order = [self._ratio, self._noise, self._classes, self._raw_gates, self._points,
                 self._regenerate]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _slider(self, lo, hi, step, page, slot) -> QSlider:
        s = QSlider(Qt.Orientation.Horizontal)
        s.setRange(lo, hi)
        s.setSingleStep(step)
        s.setPageStep(page)
        s.setTickPosition(QSlider.TickPosition.TicksBelow)
        s.setTickInterval(page)
        s.valueChanged.connect(slot)
        return s

    # -- showing a config ----------------------------------------------------------------------
    def _show_config(self, cfg) -> None:
        from nnviz.data import DATASETS
        data = cfg.data
        kind = "regression" if cfg.training.problem == "regression" else "multiclass"
        self.grid.show_datasets(datasets_for(kind) + [CUSTOM], data.n_classes,
                                (data.points, data.labels))
        self.grid.set_current(data.dataset)
        options = DATASETS.get(data.dataset).defaults if data.dataset in DATASETS else {}
        self._form.setRowVisible(self._classes, "k" in options)
        self._form.setRowVisible(self._raw_gates, "raw" in options)
        self._classes.setValue(data.n_classes)
        self._raw_gates.setChecked(data.raw_gates)
        self._ratio.setValue(int(round(data.train_ratio * 100)))
        self._noise.setValue(int(round(data.noise * 100)))
        self._points.setValue(data.n_points)
        own = data.dataset == CUSTOM  # noise-free points of one's own: nothing to generate
        for row in (self._noise_label, self._noise, self._points):
            self._form.setRowVisible(row, not own)
        self._form.setRowVisible(self._own_note, own)
        self._regenerate.setVisible(not own)
        if own:
            self._own_note.setText(self.tr(
                "%1 points of your own. Draw on the output view (D: left drag adds, right "
                "drag erases), or File → Import CSV…").replace("%1", str(data.n_points)))
        self._update_labels()

    def _update_labels(self) -> None:
        ratio = self._ratio.value()
        self._ratio_label.setText(self.tr("&Train: %1%  ·  Test: %2%")
                                  .replace("%1", str(ratio)).replace("%2", str(100 - ratio)))
        self._noise_label.setText(self.tr("&Noise: %1%").replace("%1", str(self._noise.value())))

    # -- user edits ----------------------------------------------------------------------------
    def _on_dataset(self, name: str) -> None:
        if name == CUSTOM:
            if self._config is not None and self._config.data.dataset != CUSTOM:
                self._propose(lambda c: c.with_custom_data((), (), ()), self._dataset_error)
            self.draw_requested.emit()
            return
        if not self._propose(lambda c: c.with_dataset(name), self._dataset_error) \
                and self._config is not None:
            self.grid.set_current(self._config.data.dataset)  # refused: keep showing the old one

    def _on_classes(self, value: int) -> None:
        self._propose(lambda c: c.with_data(n_classes=value), self._settings_error)

    def _on_raw_gates(self, on: bool) -> None:
        self._propose(lambda c: c.with_data(raw_gates=bool(on)), self._settings_error)

    def _on_ratio(self, value: int) -> None:
        self._update_labels()
        self._propose(lambda c: keep_batch(c, c.with_data(train_ratio=value / 100)),
                      self._settings_error)

    def _on_noise(self, value: int) -> None:
        self._update_labels()
        self._propose(lambda c: c.with_data(noise=value / 100), self._settings_error)

    def _on_points(self, value: int) -> None:
        self._propose(lambda c: keep_batch(c, c.with_data(n_points=value)),
                      self._settings_error)

    def _on_regenerate(self) -> None:
        self._propose(lambda c: c.with_data(seed=(c.data.seed + 1) % (MAX_SEED + 1)),
                      self._settings_error)
