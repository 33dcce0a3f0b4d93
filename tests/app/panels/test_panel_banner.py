"""DivergenceBanner: hidden until told, shows the message, buttons emit, × closes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QLabel

from nnviz.app.panels import DivergenceBanner
from nnviz.app.panels.divergence_banner import AMBER_BACKGROUND

MESSAGE = ("Training stopped: the loss became infinite at epoch 12. The learning rate (10) is "
           "probably too high — try 0.03.")


@pytest.fixture
def banner(qtbot):
    b = DivergenceBanner()
    qtbot.addWidget(b)
    b.resize(700, 90)
    return b


def test_hidden_by_default_then_shows_the_message(qtbot, banner):
    assert banner.isHidden()
    banner.show_message(MESSAGE)
    qtbot.waitExposed(banner)
    assert banner.isVisible()
    assert banner.findChild(QLabel, "message").text() == MESSAGE
    assert banner.message() == MESSAGE


@pytest.mark.parametrize("name, signal", [("restore", "restore_requested"),
                                          ("lower_lr", "lower_lr_requested")])
def test_buttons_emit(qtbot, banner, name, signal):
    banner.show_message(MESSAGE)
    with qtbot.waitSignal(getattr(banner, signal)):
        qtbot.mouseClick(banner.findChild(QAbstractButton, name), Qt.MouseButton.LeftButton)


def test_close_hides_and_says_so(qtbot, banner):
    banner.show_message(MESSAGE)
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.findChild(QAbstractButton, "close"), Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_escape_closes(qtbot, banner):
    banner.show_message(MESSAGE)
    qtbot.waitExposed(banner)
    button = banner.findChild(QAbstractButton, "restore")
    button.setFocus()
    with qtbot.waitSignal(banner.dismissed):
        qtbot.keyClick(button, Qt.Key.Key_Escape)
    assert banner.isHidden()


def test_is_amber_not_red(qtbot, banner):
    banner.show_message(MESSAGE)
    qtbot.waitExposed(banner)
    img = banner.grab().toImage()
    probe = QColor(img.pixel(banner.width() - 60, banner.height() - 6))
    assert probe == QColor(AMBER_BACKGROUND)
    assert 30 <= probe.hue() <= 55  # amber/yellow, not red (hue ~0)


def test_buttons_explain_themselves(banner):
    for name in ("restore", "lower_lr", "close"):
        assert banner.findChild(QAbstractButton, name).toolTip()
