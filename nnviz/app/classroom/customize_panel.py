"""CustomizePanel: one eye toggle per control group, to hide controls by hand for a class."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout,
                               QWidget, QGridLayout)

from nnviz.app.classroom.control_groups import CONTEXT, GROUPS

EYE = 22


def eye_icon(open_: bool, side: int = EYE) -> QIcon:
    """An eye (shown) or a struck-through grey eye (hidden), drawn so no icon file is needed."""
    pixmap = QPixmap(side * 2, side * 2)  # drawn at 2x: sharp on high-density screens
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(2, 2)
    colour = QColor("#1F2328" if open_ else "#8A8F98")
    p.setPen(QPen(colour, 1.8))
    r = QRectF(2, side * 0.25, side - 4, side * 0.5)
    p.drawEllipse(r)
    p.setBrush(colour)
    p.drawEllipse(QPointF(side / 2, side / 2), side * 0.14, side * 0.14)
    if not open_:
        p.setPen(QPen(QColor("#C62828"), 2.2))
        p.drawLine(QPointF(3, side - 3), QPointF(side - 3, 3))
    p.end()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)


class CustomizePanel(QWidget):
    """Lists every control group with an eye button: click to hide or show it.

    Signals
    -------
    visibility_changed(str, bool)
        The user toggled group ``name``; True = shown.
    show_all_requested()
    """

    visibility_changed = Signal(str, bool)
    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        intro = QLabel(self.tr("Click an eye to hide or show a group of controls. "
                               "What you hide is saved with the project."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for row, (name, group) in enumerate(GROUPS.items()):
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setIconSize(QSize(EYE, EYE))
            button.setAutoRaise(True)
            button.setObjectName(f"eye-{name}")
            title = QCoreApplication.translate(CONTEXT, group.title)
            button.setAccessibleName(title)
            button.toggled.connect(lambda on, n=name: self._on_toggled(n, on))
            label = QLabel(title)
            label.setBuddy(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
            self.buttons[name] = button
            self._update_button(name, True)
        grid.setColumnStretch(1, 1)
        show_all = QPushButton(self.tr("Show &all controls"))
        show_all.clicked.connect(self.show_all_requested.emit)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addLayout(grid)
        column.addWidget(show_all)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_hidden(self, hidden) -> None:
        """Tick the eyes to match ``hidden`` (emits nothing)."""
        for name, button in self.buttons.items():
            shown = name not in hidden
            button.blockSignals(True)
            button.setChecked(shown)
            button.blockSignals(False)
            self._update_button(name, shown)

    def _on_toggled(self, name: str, shown: bool) -> None:
        self._update_button(name, shown)
        self.visibility_changed.emit(name, shown)

    def _update_button(self, name: str, shown: bool) -> None:
        button = self.buttons[name]
        button.setIcon(eye_icon(shown))
        button.setToolTip(self.tr("Shown: click to hide") if shown
                          else self.tr("Hidden: click to show"))
