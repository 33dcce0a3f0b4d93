"""GradientNote: a calm line under the loss chart when the config cannot learn by gradient
descent (a step activation), saying why. The reason comes from the lab
(:func:`nnviz.lab.training_advice.zero_gradient_warning`); this view only shows it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from nnviz.app.views import palette
from nnviz.lab.training_advice import ADVICE_CONTEXT, zero_gradient_warning

INFO_COLOR = "#1F4E79"
INFO_BACKGROUND = "#EAF2FA"


class GradientNote(QFrame):
    """An information line (not an error: training goes on, it just cannot learn).

    Methods
    -------
    show_config(config)
        Show the reason ``config`` cannot learn, or hide when it can.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gradient_note")
        self.setStyleSheet(f"#gradient_note {{ background: {INFO_BACKGROUND}; "
                           f"border: 1px solid #B6CDE4; border-radius: 4px; }}")
        self._icon = QLabel("i")
        self._icon.setFixedWidth(18)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._icon.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        self._icon.setStyleSheet(f"color: {INFO_COLOR};")
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setFont(palette.font(palette.FONT_SMALL))
        self._text.setStyleSheet(f"color: {INFO_COLOR};")
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.hide()

    def text(self) -> str:
        return self._text.text()

    def show_config(self, config) -> None:
        warning = None if config is None else zero_gradient_warning(config)
        if warning is None:
            self._text.setText("")
            self.hide()
            return
        template, values = warning
        text = QCoreApplication.translate(ADVICE_CONTEXT, template).format(**values)
        self._text.setText(text)
        self.setAccessibleDescription(text)
        self.show()
