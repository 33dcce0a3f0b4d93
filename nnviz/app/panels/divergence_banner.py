"""DivergenceBanner: an amber notice that training stopped because the loss blew up."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QBoxLayout, QFrame, QGridLayout, QLabel, QPushButton,
                               QSizePolicy, QStyle, QToolButton, QWidget)

from nnviz.app.panels.panel_base import set_tip
from nnviz.app.views import palette

# Amber, not red: divergence is a lesson about the learning rate, not an error of the app.
AMBER_BACKGROUND = "#FFF4D6"
AMBER_BORDER = "#E0A100"


class DivergenceBanner(QFrame):
    """Hidden until :meth:`show_message`; offers to restore the last good weights or lower the
    learning rate, and closes with ×.

    Signals
    -------
    restore_requested()
        Put back the weights from before the loss became infinite.
    lower_lr_requested()
        Lower the learning rate (the window decides the new value).
    dismissed()
        The user closed the banner with ×.
    """

    restore_requested = Signal()
    lower_lr_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DivergenceBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A style sheet scoped to this frame by its object name, so children keep their look.
        self.setStyleSheet(
            f"#DivergenceBanner {{ background: {AMBER_BACKGROUND}; "
            f"border: 1px solid {AMBER_BORDER}; border-left: 6px solid {AMBER_BORDER}; "
            f"border-radius: 4px; }}")
        # Preferred, not Maximum: the wrapped message needs its height-for-width on narrow screens.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        icon = QLabel()
        side = 28
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                       .pixmap(QSize(side, side)))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setFont(palette.font(palette.FONT_NORMAL))
        pal = self._text.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(palette.TEXT))
        self._text.setPalette(pal)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self._restore = QPushButton(self.tr("Restore last good weights"))
        self._restore.clicked.connect(self.restore_requested.emit)
        set_tip(self._restore, self.tr(
            "Go back to the weights from just before the loss became infinite, "
            "so the training so far is not lost."))
        self._lower = QPushButton(self.tr("Lower learning rate"))
        self._lower.clicked.connect(self.lower_lr_requested.emit)
        set_tip(self._lower, self.tr(
            "Take smaller steps: a smaller learning rate stops the updates from overshooting "
            "and blowing up."))
        self._close = QToolButton()
        self._close.setText("×")
        self._close.setAutoRaise(True)
        font = self._close.font()
        if font.pointSizeF() > 0:  # -1 for a font sized in pixels
            font.setPointSizeF(font.pointSizeF() * 1.4)
            self._close.setFont(font)
        self._close.setAccessibleName(self.tr("Close"))
        set_tip(self._close, self.tr("Close this message (Esc)."))
        self._close.clicked.connect(self._on_close)

        self._restore.setObjectName("restore")
        self._lower.setObjectName("lower_lr")
        self._close.setObjectName("close")
        self._text.setObjectName("message")
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self._restore)
        buttons.addWidget(self._lower)
        buttons.addStretch(1)
        self._buttons = buttons
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 8, 6, 8)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(6)
        layout.addWidget(icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 0, 1)
        layout.addWidget(self._close, 0, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons, 1, 1)
        layout.setColumnStretch(1, 1)
        self._layout = layout
        self.hide()

    def show_message(self, text: str) -> None:
        """Show the banner with ``text`` (plain text, wrapped)."""
        self._restore.show()
        self._lower.show()
        self._text.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def show_notice(self, text: str) -> None:
        """Show ``text`` without the divergence buttons (news such as a restarted trainer)."""
        self.show_message(text)
        self._restore.hide()
        self._lower.hide()

    def message(self) -> str:
        return self._text.text()

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Side by side when they fit, stacked in a narrow column.
        needed = (self._restore.sizeHint().width() + self._lower.sizeHint().width()
                  + self._close.sizeHint().width() + 80)
        direction = (QBoxLayout.Direction.LeftToRight if self.width() >= needed
                     else QBoxLayout.Direction.TopToBottom)
        if self._buttons.direction() != direction:
            self._buttons.setDirection(direction)
            # Stacked buttons may also use the width under the icon.
            self._layout.removeItem(self._buttons)
            if direction == QBoxLayout.Direction.LeftToRight:
                self._layout.addLayout(self._buttons, 1, 1)
            else:
                self._layout.addLayout(self._buttons, 1, 0, 1, 3)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self._on_close()
            return
        super().keyPressEvent(event)

    def _on_close(self) -> None:
        self.hide()
        self.dismissed.emit()
