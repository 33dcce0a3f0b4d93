"""TransportBar: each button emits its signal, Play toggles, counters and speed limit."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSlider, QToolButton

from nnviz.app.panels import TransportBar
from nnviz.app.panels.transport_bar import SPEEDS, format_epoch


@pytest.fixture(params=[Qt.Orientation.Horizontal, Qt.Orientation.Vertical])
def bar(qtbot, request):
    b = TransportBar(orientation=request.param)
    qtbot.addWidget(b)
    b.show()
    qtbot.waitExposed(b)
    return b


def button(bar, name) -> QToolButton:
    w = bar.findChild(QToolButton, name)
    assert w is not None, name
    return w


@pytest.mark.parametrize("name, signal", [("reset", "reset_requested"),
                                          ("step_batch", "step_batch_requested"),
                                          ("step_epoch", "step_epoch_requested")])
def test_buttons_emit_their_signals(qtbot, bar, name, signal):
    with qtbot.waitSignal(getattr(bar, signal)):
        qtbot.mouseClick(button(bar, name), Qt.MouseButton.LeftButton)


def test_play_toggles_its_text_icon_and_signal(qtbot, bar):
    play = button(bar, "play")
    assert play.text() == "Play" and not bar.is_playing()
    play_icon = play.icon().cacheKey()
    with qtbot.waitSignal(bar.play_toggled) as sig:
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert sig.args == [True]
    assert play.text() == "Pause" and bar.is_playing()
    assert play.icon().cacheKey() != play_icon
    assert "Space" in play.toolTip()
    with qtbot.waitSignal(bar.play_toggled) as sig:
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert sig.args == [False]
    assert play.text() == "Play"


def test_play_works_from_the_keyboard(qtbot, bar):
    play = button(bar, "play")
    play.setFocus()
    with qtbot.waitSignal(bar.play_toggled) as sig:
        qtbot.keyClick(play, Qt.Key.Key_Space)
    assert sig.args == [True]


def test_set_playing_does_not_emit(qtbot, bar):
    with qtbot.assertNotEmitted(bar.play_toggled):
        bar.set_playing(True)
    assert button(bar, "play").text() == "Pause"
    with qtbot.assertNotEmitted(bar.play_toggled):
        bar.set_playing(False)
    assert button(bar, "play").text() == "Play"


def test_counters_show_playground_style_digits(bar):
    bar.show_counters(123, 6150)
    assert bar.findChild(QLabel, "epoch_counter").text() == "000,123"
    assert "6,150" in bar.findChild(QLabel, "step_counter").text()
    assert format_epoch(0) == "000,000"
    assert format_epoch(1234567) == "1,234,567"


def test_speed_slider_runs_from_slow_motion_to_unlimited(qtbot, bar):
    slider = bar.findChild(QSlider, "speed")
    assert bar.speed() == 0.0  # unlimited by default
    with qtbot.waitSignal(bar.speed_changed) as sig:
        slider.setValue(slider.minimum())
    assert sig.args == [1.0]
    slider.setFocus()
    with qtbot.waitSignal(bar.speed_changed) as sig:
        qtbot.keyClick(slider, Qt.Key.Key_End)
    assert sig.args == [0.0]
    assert SPEEDS[0] == 1.0 and SPEEDS[-1] == 0.0


def test_set_speed_does_not_emit(qtbot, bar):
    with qtbot.assertNotEmitted(bar.speed_changed):
        bar.set_speed(10)
    assert bar.speed() == 10.0
    bar.set_speed(7)
    assert bar.speed() in (5.0, 10.0)


def test_tooltips_name_the_shortcuts(bar):
    assert "Space" in button(bar, "play").toolTip()
    assert "→" in button(bar, "step_batch").toolTip()
    assert "Ctrl+R" in button(bar, "reset").toolTip()
    assert "Ctrl+→" in button(bar, "step_epoch").toolTip()   # the window's shortcut
    assert bar.findChild(QSlider, "speed").toolTip()
