"""TransportBar: reset, play/pause, step a batch or an epoch, a speed limit, and the counters."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QSlider, QStyle,
                               QToolButton, QVBoxLayout, QWidget)

from nnviz.app.panels.panel_base import WheelGuard, guard_wheel, set_tip
from nnviz.app.panels.stop_rule_control import StopRuleControl
from nnviz.app.views import palette

# Speed-limit stops in steps per second; 0 means as fast as the machine goes.
SPEEDS = (1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 0.0)
ICON = 28
PLAY_ICON = 36


def format_epoch(epoch: int) -> str:
    """Playground's zero-padded epoch counter: 123 -> '000,123'."""
    return f"{max(0, int(epoch)):07,}"


class TransportBar(QWidget):
    """The player controls of training.

    Parameters
    ----------
    orientation : Qt.Orientation
        ``Horizontal`` lays everything out in one row (a toolbar over the views);
        ``Vertical`` stacks buttons, counters and speed for a narrow side column.

    Signals
    -------
    play_toggled(bool)
        The user pressed Play (True) or Pause (False).
    step_batch_requested(), step_epoch_requested()
        Train exactly one batch / one epoch.
    reset_requested()
        New initial weights, same data.
    speed_changed(float)
        The new speed limit in steps per second; 0 means unlimited.

    Attributes
    ----------
    stop_control : StopRuleControl
        "Stop: [rule] [value]", a config view: feed it ``set_config``, take ``config_edited``.
    """

    play_toggled = Signal(bool)
    step_batch_requested = Signal()
    step_epoch_requested = Signal()
    reset_requested = Signal()
    speed_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None,
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal):
        super().__init__(parent)
        self._guard = WheelGuard(self)
        style = self.style()
        self._play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self._pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)

        self._reset = self._button(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                   self.tr("Reset"), self.reset_requested.emit)
        set_tip(self._reset, self.tr(
            "Reset (Ctrl+R): start again from new random weights on the same data."))
        self._play = self._button(self._play_icon, self.tr("Play"), None, PLAY_ICON)
        self._play.setCheckable(True)
        self._play.toggled.connect(self._on_play_toggled)
        self._play.clicked.connect(lambda checked: self.play_toggled.emit(checked))
        self._step = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward),
                                  self.tr("Step"), self.step_batch_requested.emit)
        set_tip(self._step, self.tr(
            "Step (→): train on one batch of points, i.e. one weight update, then stop."))
        self._epoch_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward), self.tr("Epoch"),
            self.step_epoch_requested.emit)
        set_tip(self._epoch_button, self.tr(
            "Step one epoch (Ctrl+→): go once through all the training points, then stop."))

        self._epoch_caption = QLabel(self.tr("Epoch"))
        self._epoch_caption.setFont(palette.font(palette.FONT_SMALL))
        self._epoch_value = QLabel(format_epoch(0))
        digits = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        digits.setPointSize(palette.FONT_NUMBER + 4)
        digits.setWeight(QFont.Weight.DemiBold)
        self._epoch_value.setFont(digits)
        self._epoch_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tip(self._epoch_value, self.tr(
            "Epochs so far: one epoch is one pass through every training point."))
        self._step_value = QLabel()
        self._step_value.setFont(palette.font(palette.FONT_SMALL))
        set_tip(self._step_value, self.tr(
            "Steps so far: one step is one weight update from one batch of points."))

        self._speed = QSlider(Qt.Orientation.Horizontal)
        self._speed.setRange(0, len(SPEEDS) - 1)
        self._speed.setPageStep(2)
        self._speed.setValue(len(SPEEDS) - 1)
        self._speed.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._speed.setMinimumWidth(120)
        self._speed.valueChanged.connect(self._on_speed)
        guard_wheel(self._guard, self._speed)
        self._speed_label = QLabel()
        self._speed_label.setBuddy(self._speed)
        self._speed_label.setFont(palette.font(palette.FONT_SMALL))
        self.stop_control = StopRuleControl()
        set_tip(self._speed, self.tr(
            "Speed limit: slow motion (one step per second) lets a class follow every update; "
            "all the way right trains as fast as the computer can."))

        for name, widget in {"reset": self._reset, "play": self._play, "step_batch": self._step,
                             "step_epoch": self._epoch_button, "speed": self._speed,
                             "epoch_counter": self._epoch_value,
                             "step_counter": self._step_value}.items():
            widget.setObjectName(name)
        self._set_play_look(False)
        self.show_counters(0, 0)
        self._update_speed_label()
        self._lay_out(orientation)
        QWidget.setTabOrder(self._reset, self._play)
        QWidget.setTabOrder(self._play, self._step)
        QWidget.setTabOrder(self._step, self._epoch_button)
        QWidget.setTabOrder(self._epoch_button, self._speed)
        QWidget.setTabOrder(self._speed, self.stop_control)

    def _button(self, icon, text, slot, icon_side=ICON) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon)
        b.setText(text)
        b.setIconSize(QSize(icon_side, icon_side))
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        b.setAutoRaise(False)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Never narrower than its text (no fixed minimum width, which would win over it):
        # squeezed by docks at presentation zoom the Korean labels were cut to "일…지".
        b.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        b.setAccessibleName(text)
        if slot is not None:
            b.clicked.connect(slot)
        return b

    def _lay_out(self, orientation: Qt.Orientation) -> None:
        counters = QVBoxLayout()
        counters.setSpacing(0)
        counters.addWidget(self._epoch_caption)
        counters.addWidget(self._epoch_value)
        counters.addWidget(self._step_value)
        speed = QVBoxLayout()
        speed.setSpacing(2)
        speed.addWidget(self._speed_label)
        speed.addWidget(self._speed)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for b in (self._reset, self._play, self._step, self._epoch_button):
            buttons.addWidget(b)
        if orientation == Qt.Orientation.Horizontal:
            layout = QHBoxLayout(self)
            layout.addLayout(buttons)
            layout.addSpacing(12)
            layout.addLayout(counters)
            layout.addSpacing(12)
            # The stop rule sits under the speed: one row of everything did not fit beside
            # a docked lesson and instrument at presentation zoom.
            speed.addWidget(self.stop_control)
            layout.addLayout(speed)
            self._speed.setMinimumWidth(200)
            layout.addStretch(1)
        else:
            layout = QGridLayout(self)
            layout.addLayout(buttons, 0, 0, 1, 2)
            layout.addLayout(counters, 1, 0)
            layout.addLayout(speed, 1, 1)
            layout.addWidget(self.stop_control, 2, 0, 1, 2)
            layout.setColumnStretch(1, 1)
        layout.setContentsMargins(6, 4, 6, 4)

    # -- public ------------------------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        """Show the Play or the Pause state without emitting ``play_toggled``."""
        self._play.blockSignals(True)
        self._play.setChecked(bool(playing))
        self._play.blockSignals(False)
        self._set_play_look(bool(playing))

    def toggle_play(self) -> None:
        """Press Play/Pause as the user would (emits ``play_toggled``); for the Space shortcut."""
        self._play.click()

    def is_playing(self) -> bool:
        return self._play.isChecked()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_counters"):
            self.show_counters(*self._counters)  # "Step %1" in the new language
        super().changeEvent(event)

    def show_counters(self, epoch: int, step: int) -> None:
        """Show the epoch (zero-padded, large) and step counts."""
        self._counters = (epoch, step)
        self._epoch_value.setText(format_epoch(epoch))
        self._step_value.setText(self.tr("Step %1").replace("%1", f"{max(0, int(step)):,}"))

    def set_speed(self, steps_per_second: float) -> None:
        """Move the speed slider to the stop nearest ``steps_per_second`` (0 = unlimited)
        without emitting ``speed_changed``."""
        if steps_per_second <= 0:
            index = len(SPEEDS) - 1
        else:
            finite = [(abs(s - steps_per_second), i) for i, s in enumerate(SPEEDS) if s > 0]
            index = min(finite)[1]
        self._speed.blockSignals(True)
        self._speed.setValue(index)
        self._speed.blockSignals(False)
        self._update_speed_label()

    def speed(self) -> float:
        """The current limit in steps per second (0 = unlimited)."""
        return SPEEDS[self._speed.value()]

    # -- internals ---------------------------------------------------------------------------
    def _on_play_toggled(self, checked: bool) -> None:
        self._set_play_look(checked)

    def _set_play_look(self, playing: bool) -> None:
        if playing:
            self._play.setIcon(self._pause_icon)
            self._play.setText(self.tr("Pause"))
            tip = self.tr("Pause (Space): stop training; the weights stay as they are.")
        else:
            self._play.setIcon(self._play_icon)
            self._play.setText(self.tr("Play"))
            tip = self.tr("Play (Space): train continuously, batch after batch.")
        set_tip(self._play, tip)
        self._play.setAccessibleName(self._play.text())

    def _on_speed(self, index: int) -> None:
        self._update_speed_label()
        self.speed_changed.emit(SPEEDS[index])

    def _update_speed_label(self) -> None:
        value = SPEEDS[self._speed.value()]
        if value <= 0:
            text = self.tr("&Speed: unlimited")
        elif value == 1:
            text = self.tr("&Speed: 1 step/s (slow motion)")
        else:
            text = self.tr("&Speed: %1 steps/s").replace("%1", f"{value:g}")
        self._speed_label.setText(text)
