"""Random user actions on whatever is visible and enabled, while training: nothing may break.

A monkey test in the spirit of Android's "monkey": it picks a control the user could reach at
that moment (a button, combo box, spin box, slider, tab, the graph's canvas, a shortcut), does
what a user would do with it, lets Qt process what that posted, and repeats. Any exception in a
slot fails the test with the actions that led to it. Afterwards the window must still answer:
a timer fires and a new experiment trains.
"""
from __future__ import annotations

import random

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication,
                               QComboBox, QLineEdit, QTabBar)

from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture

ACTIONS = 1000
#: Text a student might type into a number field, sensible or not.
TYPED = ("0.3", "0.03", "1", "10", "0", "-1", "abc", "", "1e39", "0,5", "7", "3", "-2", "100")  # ASCII only: QTest.keyClicks
#: Window shortcuts worth pressing (Quit, full screen and About are left out on purpose).
SHORTCUTS = (
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
)
STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
SLIDER_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
               Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


KINDS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QLineEdit, QTabBar)
_controls: dict = {}


def reachable(w) -> list:
    """Every control of ``w`` a user could operate right now: shown and enabled."""
    # The layer headers are the only controls made and deleted while the window lives, so the
    # list of all controls is looked up again only when they change (findChildren is slow).
    key = (id(w), tuple(map(id, w.graph_view.headers())))
    if key not in _controls:
        _controls.clear()
        _controls[key] = [c for kind in KINDS for c in w.findChildren(kind)
                          if not (kind is QLineEdit and isinstance(
                              c.parentWidget(), (QComboBox, QAbstractSpinBox)))]
        # (a combo's or spin box's line edit is typed into through its owner)
    found = [w.graph_view.canvas]
    for c in _controls[key]:
        if shiboken6.isValid(c) and c.isVisible() and c.isEnabled() and c.window() is w:
            found.append(c)
    return found


def type_into(qtbot, widget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def act(qtbot, w, rng: random.Random) -> str:
    """Do one random thing a user could do; returns what, for the failure message."""
    if rng.random() < 0.05:
        key, mods = rng.choice(SHORTCUTS)
        w.activateWindow()
        qtbot.keyClick(w, key, mods)
        return f"shortcut {key.name} {mods}"
    widget = rng.choice(reachable(w))
    name = f"{type(widget).__name__} {widget.objectName() or widget.toolTip()[:40]!r}"
    if widget is w.graph_view.canvas:
        pos = QPoint(rng.randrange(max(1, widget.width())), rng.randrange(max(1, widget.height())))
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        return f"click canvas at {pos.x()},{pos.y()}"
    if isinstance(widget, QAbstractButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        return f"click {name} {widget.text()!r}"
    if isinstance(widget, QTabBar):
        if not widget.count():  # a dock area's tab bar before docks are tabbed together
            return f"skip empty {name}"
        index = rng.randrange(widget.count())
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.tabRect(index).center())
        return f"tab {index}"
    if isinstance(widget, QAbstractSlider):
        key = rng.choice(SLIDER_KEYS)
        qtbot.keyClick(widget, key)
        return f"{name} key {key.name}"
    editable = isinstance(widget, (QAbstractSpinBox, QLineEdit)) or \
        (isinstance(widget, QComboBox) and widget.isEditable())
    if editable and rng.random() < 0.5:
        text = rng.choice(TYPED)
        type_into(qtbot, widget, text)
        return f"type {text!r} into {name}"
    key = rng.choice(STEP_KEYS)
    qtbot.keyClick(widget, key)
    return f"{name} key {key.name}"


def monkey(qtbot, w, rng: random.Random, actions: int) -> None:
    """``actions`` random actions on ``w`` while it trains; fails on any exception in a slot."""
    w.set_playing(True)
    done = []
    with qtbot.capture_exceptions() as exceptions:
        for i in range(actions):
            if i % 100 == 0:
                _controls.clear()  # docks and lessons make and delete controls too
                if not w.controller.playing:
                    w.set_playing(True)  # "while training": a random Step or Space paused it
            done.append(act(qtbot, w, rng))
            QApplication.processEvents()
            if exceptions:
                break
    assert not exceptions, "after {} actions (last ones: {}):\n{}".format(
        len(done), done[-8:], "\n".join(f"{e[0].__name__}: {e[1]}" for e in exceptions))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_actions_while_training_raise_nothing_and_the_window_stays_responsive(
        qtbot, window, monkeypatch, seed):
    # Ten frames a second instead of forty: drawing frames is most of the test's time, and a
    # longer wait for the next snapshot makes stale controls easier to hit, not harder.
    monkeypatch.setattr("nnviz.app.controller.FRAME_INTERVAL_MS", 100)
    w = window(config("circle", (4, 2), "tanh"))
    monkey(qtbot, w, random.Random(seed), ACTIONS)

    # Still responsive: a timer fires, and a fresh experiment trains.
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    fresh = config("xor", (3,), "tanh")
    w.apply_config(fresh)
    wait_snapshot(qtbot, w, lambda s: s.config == fresh, timeout=30_000)


@pytest.mark.parametrize("lesson, instrument, presentation", [
    ("perceptron", "perceptron", False),   # the instrument's own controls, a lesson's tasks
    ("vanishing", "gradients", True),      # a live instrument, presentation zoom
])
def test_random_actions_with_a_lesson_and_an_instrument_docked_raise_nothing(
        qtbot, window, monkeypatch, lesson, instrument, presentation):
    # The lesson's Previous/Next and Start again open other lessons and instruments meanwhile.
    # (A one-off sweep ran 600 actions on each of the eight instruments with its lesson, two
    # seeds each, and again in presentation mode: nothing was raised.)
    monkeypatch.setattr("nnviz.app.controller.FRAME_INTERVAL_MS", 100)
    w = window(config("circle", (4, 2), "tanh"))
    if presentation:
        w.classroom.set_presentation(True)
    w.lessons.open_lesson(lesson)
    w.instruments.show_only([instrument])
    monkey(qtbot, w, random.Random(7), 400)
