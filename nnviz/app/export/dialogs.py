"""File → Export dialogs: a picture of the window or one view, and a recording of training."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from . import animation, pictures


class _FileRow(QWidget):
    """A file name with a Browse… button."""

    def __init__(self, default: str, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(default)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.edit.text())
        if path:
            self.edit.setText(path)


class PictureExportDialog(QDialog):
    """Which view, PNG (1×, 2×, a width) or SVG, and the file; Export writes it."""

    SCALES = ((1.0, "1×"), (2.0, "2×"), (None, ""))

    def __init__(self, window, folder: str | Path = ".", parent=None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Export picture"))
        self._window = window
        self.targets = pictures.export_targets(window)
        self.view_box = QComboBox()
        for key, label, _ in self.targets:
            self.view_box.addItem(label, key)
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PNG (pixels)"), "png")
        self.format_box.addItem(self.tr("SVG (vector)"), "svg")
        self.scale_box = QComboBox()
        self.scale_box.addItem(self.tr("1× (as on screen)"), 1.0)
        self.scale_box.addItem(self.tr("2× (sharp on slides)"), 2.0)
        self.scale_box.addItem(self.tr("Chosen width"), 0.0)
        self.scale_box.setCurrentIndex(1)
        self.width_box = QSpinBox()
        self.width_box.setRange(16, pictures.MAX_SIDE)
        self.width_box.setValue(1920)
        self.width_box.setSuffix(self.tr(" px"))
        self.size_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.file_row = _FileRow(str(Path(folder) / "nnviz.png"))
        form = QFormLayout()
        form.addRow(self.tr("View:"), self.view_box)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Size:"), self.scale_box)
        form.addRow(self.tr("Width:"), self.width_box)
        form.addRow("", self.size_label)
        form.addRow(self.tr("File:"), self.file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        for box in (self.view_box, self.format_box, self.scale_box):
            box.currentIndexChanged.connect(self._update)
        self.width_box.valueChanged.connect(self._update)
        self.written: Path | None = None
        self._update()

    def widget(self):
        return self.targets[self.view_box.currentIndex()][2]

    def _scale_and_width(self):
        scale = self.scale_box.currentData()
        return (None, self.width_box.value()) if not scale else (scale, None)

    def _update(self) -> None:
        svg = self.format_box.currentData() == "svg"
        self.scale_box.setEnabled(not svg)
        self.width_box.setEnabled(not svg and not self.scale_box.currentData())
        text = self.file_row.edit.text()
        suffix = ".svg" if svg else ".png"
        if text and Path(text).suffix.lower() in (".png", ".svg"):
            self.file_row.edit.setText(str(Path(text).with_suffix(suffix)))
        if svg:
            # Qt's SVG writer ignores the source rectangle of drawn images, which garbles the
            # graph's neuron thumbnails and the plots' heat maps (checked with rsvg-convert).
            self.size_label.setText("")
            self.note.setText(self.tr(
                "SVG is not available yet: Qt's SVG writer garbles the heat maps inside these "
                "views. Export a PNG at 2× (or a chosen width) for slides instead."))
            self.export_button.setEnabled(False)
            return
        self.note.setText("")
        try:
            size = pictures.output_size(self.widget(), *self._scale_and_width())
        except ValueError as exc:
            self.size_label.setText(str(exc))
            self.export_button.setEnabled(False)
            return
        self.size_label.setText(self.tr("%1 × %2 pixels").replace("%1", str(size.width()))
                                .replace("%2", str(size.height())))
        self.export_button.setEnabled(True)

    def export(self) -> None:
        path = Path(self.file_row.edit.text())
        try:
            self.written = pictures.save_png(self.widget(), path, *self._scale_and_width())
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export picture"), str(exc))
            return
        self.accept()


class AnimationExportDialog(QDialog):
    """Record the chosen view while training runs: GIF or MP4, frame rate, duration, progress."""

    def __init__(self, window, snapshot_signal, folder: str | Path = ".", parent=None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Record animation"))
        self._signal = snapshot_signal
        self.targets = pictures.export_targets(window)
        self.view_box = QComboBox()
        for key, label, _ in self.targets:
            self.view_box.addItem(label, key)
        self.view_box.setCurrentIndex(2 if len(self.targets) > 2 else 0)  # the output view
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("GIF (plays everywhere)"), "gif")
        self.format_box.addItem(self.tr("MP4 (small, smooth)"), "mp4")
        self.fps_box = QSpinBox()
        self.fps_box.setRange(1, 60)
        self.fps_box.setValue(10)
        self.fps_box.setSuffix(self.tr(" frames/s"))
        self.duration_box = QSpinBox()
        self.duration_box.setRange(1, 600)
        self.duration_box.setValue(5)
        self.duration_box.setSuffix(self.tr(" s"))
        self.file_row = _FileRow(str(Path(folder) / "nnviz-training.gif"))
        self.note = QLabel(self.tr("Frames are taken as training shows new states: press Play "
                                   "(or step) while recording."))
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m frames"))
        form = QFormLayout()
        form.addRow(self.tr("View:"), self.view_box)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Frame rate:"), self.fps_box)
        form.addRow(self.tr("Duration:"), self.duration_box)
        form.addRow(self.tr("File:"), self.file_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(self.tr("Record"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.clicked.connect(self.record)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._update)
        self.recorder: animation.AnimationRecorder | None = None
        self.written: Path | None = None
        self._update()

    def _update(self) -> None:
        fmt = self.format_box.currentData()
        text = self.file_row.edit.text()
        if text and Path(text).suffix.lower() in (".gif", ".mp4"):
            self.file_row.edit.setText(str(Path(text).with_suffix("." + fmt)))
        hint = animation.install_hint(fmt)
        self.note.setText(hint or self.tr("Frames are taken as training shows new states: "
                                          "press Play (or step) while recording."))
        self.record_button.setEnabled(not hint and self.recorder is None)

    def record(self) -> None:
        widget = self.targets[self.view_box.currentIndex()][2]
        self.recorder = animation.AnimationRecorder(
            widget, self.file_row.edit.text(), self.format_box.currentData(),
            self.fps_box.value(), self.duration_box.value(), parent=self)
        self.progress.setRange(0, self.recorder.total)
        self.recorder.progress.connect(lambda done, total: self.progress.setValue(done))
        self.recorder.finished.connect(self._finished)
        self.recorder.failed.connect(self._failed)
        for w in (self.view_box, self.format_box, self.fps_box, self.duration_box,
                  self.file_row, self.record_button):
            w.setEnabled(False)
        try:
            self.recorder.start(self._signal)
        except Exception as exc:  # the file cannot be opened, no encoder, ...
            self._failed(str(exc))

    def _finished(self, path: str) -> None:
        self.written = Path(path)
        self.recorder = None
        self.accept()

    def _failed(self, message: str) -> None:
        self.recorder = None
        QMessageBox.warning(self, self.tr("Record animation"), message)
        self.reject()

    def cancel(self) -> None:
        if self.recorder is not None:
            self.recorder.cancel()
            self.recorder = None
        self.reject()
