"""AboutDialog: name, version, licence (readable in place), credits and the icon."""
from __future__ import annotations

import platform
from pathlib import Path

import numpy as np
from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

import nnviz
from nnviz.app.app_icon import app_icon
from nnviz.app.views import palette
from nnviz.paths import resource

PROJECT_URL = "https://playground.tensorflow.org/"
MIT_URL = "https://opensource.org/license/mit"


def license_text() -> str:
    """nnviz's LICENSE, wherever this copy runs from (source, wheel or bundle); "" if not found."""
    # Source tree, editable install and the PyInstaller bundle keep LICENSE beside the package.
    beside = Path(nnviz.__file__).resolve().parent.parent / "LICENSE"
    candidates = [beside]
    try:  # a wheel install keeps it in the .dist-info folder
        from importlib.metadata import PackageNotFoundError, distribution
        try:
            for f in distribution("nnviz").files or []:
                if f.name.upper().startswith(("LICENSE", "LICENCE")):
                    candidates.append(Path(str(f.locate())))
        except PackageNotFoundError:
            pass
    except ImportError:  # pragma: no cover - Python < 3.8
        pass
    for path in candidates:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        if "nnviz" in text:  # not some other package's LICENSE dropped into site-packages
            return text
    return ""


def third_party_licenses() -> dict[str, Path]:
    """Licence texts shipped in ``resources/licenses`` (the GNU ones Qt and PySide6 come under)."""
    return {name: resource("licenses", file) for name, file in
            (("GNU LGPL-3.0 (Qt, PySide6)", "LGPL-3.0.txt"),
             ("GNU GPL-3.0 (referenced by the LGPL-3.0)", "GPL-3.0.txt"))
            if resource("licenses", file).is_file()}


class AboutDialog(QDialog):
    """Help → About: what nnviz is, its version, licence and credits.

    "Licences…" unfolds a read-only view of nnviz's MIT licence (and of Qt's LGPL); "About Qt"
    shows Qt's own notice, as the LGPL asks of programs that use Qt.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About nnviz"))
        self.setWindowIcon(app_icon())

        icon_label = QLabel()
        icon_label.setPixmap(app_icon().pixmap(QSize(96, 96)))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon_label = icon_label

        name = QLabel("nnviz")
        name.setFont(palette.font(palette.FONT_NUMBER, bold=True))
        self.version_label = QLabel(self.tr("Version %1").replace("%1", nnviz.__version__))
        self.version_label.setFont(palette.font(palette.FONT_LARGE))
        description = QLabel(self.tr(
            "A desktop neural-network playground: watch a network learn, live."))
        description.setWordWrap(True)
        self.license_label = QLabel(self.tr(
            "Free software under the MIT License: use, copy, change and share it freely."))
        self.license_label.setWordWrap(True)

        credits = QLabel(self._credits_html())
        credits.setTextFormat(Qt.TextFormat.RichText)
        credits.setWordWrap(True)
        credits.setOpenExternalLinks(True)
        credits.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.credits_label = credits

        runtime = QLabel(self.tr("Qt %1 · PySide6 %2 · NumPy %3 · Python %4")
                         .replace("%1", qVersion()).replace("%2", PYSIDE_VERSION)
                         .replace("%3", np.__version__)
                         .replace("%4", platform.python_version()))
        runtime.setFont(palette.font(palette.FONT_SMALL))
        runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        muted = runtime.palette()
        muted.setColor(QPalette.ColorRole.WindowText, QColor(palette.TEXT_MUTED))
        runtime.setPalette(muted)

        text_column = QVBoxLayout()
        for w in (name, self.version_label, description, self.license_label, credits, runtime):
            text_column.addWidget(w)
        header = QHBoxLayout()
        header.addWidget(icon_label)
        header.addSpacing(12)
        header.addLayout(text_column, 1)

        # The licence viewer: hidden until asked for, so the dialog opens small.
        self.license_choice = QComboBox()
        self.license_view = QPlainTextEdit()
        self.license_view.setReadOnly(True)
        self.license_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Licence texts are hard-wrapped near 80 columns: show them whole in a fixed font.
        self.license_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        metrics = self.license_view.fontMetrics()
        self.license_view.setMinimumSize(metrics.horizontalAdvance("M" * 82) + 24,
                                         metrics.lineSpacing() * 16)
        self._license_texts: list[str] = []
        self._fill_licenses()
        self.license_choice.currentIndexChanged.connect(self._show_license)
        self._show_license(0)
        self.license_choice.hide()
        self.license_view.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.license_button = QPushButton(self.tr("&Licences…"))
        self.license_button.setCheckable(True)
        self.license_button.toggled.connect(self.show_licenses)
        self.about_qt_button = QPushButton(self.tr("About &Qt"))
        self.about_qt_button.clicked.connect(QApplication.aboutQt)
        buttons.addButton(self.license_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.license_choice)
        layout.addWidget(self.license_view, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _credits_html(self) -> str:
        lines = [
            self.tr("Built with <a href='https://www.qt.io/'>Qt</a> and "
                    "<a href='https://doc.qt.io/qtforpython-6/'>PySide6</a> (LGPL-3.0), "
                    "<a href='https://www.pyqtgraph.org/'>pyqtgraph</a> (MIT) and "
                    "<a href='https://numpy.org/'>NumPy</a> (BSD)."),
            self.tr("Inspired by <a href='%1'>TensorFlow Playground</a> by Daniel Smilkov and "
                    "Shan Carter.").replace("%1", PROJECT_URL),
        ]
        return "<p>" + "</p><p>".join(lines) + "</p>"

    def _fill_licenses(self) -> None:
        ours = license_text()
        if not ours:  # a stripped-down installation: say where the text lives
            ours = self.tr("nnviz is released under the MIT License.\n\nFull text: %1"
                           ).replace("%1", MIT_URL)
        self.license_choice.addItem(self.tr("nnviz — MIT License"))
        self._license_texts.append(ours)
        for title, path in third_party_licenses().items():
            try:
                text = path.read_text(encoding="utf-8")
            except OSError:
                continue
            self.license_choice.addItem(title)
            self._license_texts.append(text)

    def _show_license(self, index: int) -> None:
        if 0 <= index < len(self._license_texts):
            self.license_view.setPlainText(self._license_texts[index])

    def license_shown(self) -> str:
        """The licence text on display (also when the viewer is folded away)."""
        return self.license_view.toPlainText()

    def show_licenses(self, shown: bool = True) -> None:
        """Unfold (or fold) the licence viewer."""
        self.license_choice.setVisible(shown)
        self.license_view.setVisible(shown)
        if self.license_button.isChecked() != shown:
            self.license_button.setChecked(shown)
        # Not adjustSize(): it caps a window at 2/3 of the screen, too narrow for 80 columns
        # on a small (projector) screen.
        self.layout().activate()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
