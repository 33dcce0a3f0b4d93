"""PlaybackControls: the Step, Play/Pause and Reset buttons of an instrument that animates a
lab model step by step (gradient descent, the optimizer race), and the timer behind Play."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QPushButton, QWidget


class PlaybackControls(QObject):
    """Step calls ``step``; Play calls ``tick`` (default: ``step``) every ``interval_ms`` until
    Pause or :meth:`set_playing` (False); Reset calls ``reset``.

    The view lays out :attr:`buttons` where it wants them and calls :meth:`retranslate` from
    its own ``retranslate``.
    """

    def __init__(self, parent: QWidget, interval_ms: int, step: Callable[[], None],
                 reset: Callable[[], None], tick: Callable[[], None] | None = None):
        super().__init__(parent)
        self.step_button = QPushButton()
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.reset_button = QPushButton()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(tick or step)
        # clicked(bool) must not reach step() and reset(), which take no argument
        self.step_button.clicked.connect(lambda _checked=False: step())
        self.play_button.toggled.connect(self.set_playing)
        self.reset_button.clicked.connect(lambda _checked=False: reset())
        self.retranslate()

    @property
    def buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """(Step, Play, Reset), in the order they stand in."""
        return self.step_button, self.play_button, self.reset_button

    @property
    def playing(self) -> bool:
        return self.play_button.isChecked()

    @Slot(bool)
    def set_playing(self, on: bool) -> None:
        """Play (``on``) or pause, the button showing which."""
        if self.play_button.isChecked() != on:
            self.play_button.setChecked(on)  # toggled comes back here
            return
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        self._timer.start() if on else self._timer.stop()

    def retranslate(self) -> None:
        self.step_button.setText(self.tr("Step"))
        self.play_button.setText(self.tr("Pause") if self.playing else self.tr("Play"))
        self.reset_button.setText(self.tr("Reset"))
