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


# -- the general banner: diverged, unstable, notice ---------------------------------------------
def shown_buttons(banner):
    return {b.objectName() for b in banner.findChildren(QAbstractButton) if b.isVisible()}


def best(epoch=12, loss=0.1234567, on="test"):
    from nnviz.lab.kept_weights import BestWeightsInfo
    return BestWeightsInfo(epoch, loss, on)


def test_unstable_offers_the_best_weights_and_a_lower_rate(qtbot, banner):
    banner.show_unstable(20, 10.0, 0.6923, best())
    qtbot.waitExposed(banner)
    assert banner.kind() == "unstable"
    assert shown_buttons(banner) == {"restore_best", "lower_lr", "close"}
    assert banner.best_button_text() == "Restore best weights (epoch 12, test loss 0.1235)"
    text = banner.message()
    assert "unstable" in text and "epoch 20" in text and "0.6923" in text and "Try 1," in text
    with qtbot.waitSignal(banner.restore_best_requested):
        qtbot.mouseClick(banner.findChild(QAbstractButton, "restore_best"),
                         Qt.MouseButton.LeftButton)


def test_stalled_training_is_told_it_is_stuck_and_why(qtbot, banner):
    banner.show_unstable(20, 0.1, 0.6923, best(), stalled=True)
    qtbot.waitExposed(banner)
    assert banner.kind() == "unstable"
    text = banner.message()
    assert "stuck" in text and "epoch 20" in text and "0.6923" in text
    assert "vanishing" in text and "ReLU or batch normalization" in text and "try 0.01" in text
    assert "probably too large" not in text
    assert shown_buttons(banner) == {"restore_best", "lower_lr", "close"}


def test_diverged_offers_both_restores_and_names_its_epoch(qtbot, banner):
    banner.show_diverged(1, 10.0, best(3, 0.5, "train"))
    qtbot.waitExposed(banner)
    assert banner.kind() == "diverged"
    assert shown_buttons(banner) == {"restore", "restore_best", "lower_lr", "close"}
    assert banner.best_button_text() == "Restore best weights (epoch 3, train loss 0.5)"
    assert "in epoch 1:" in banner.message()


def test_diverged_before_any_epoch_offers_no_best_weights(qtbot, banner):
    banner.show_diverged(1, 3.0)
    qtbot.waitExposed(banner)
    assert shown_buttons(banner) == {"restore", "lower_lr", "close"}
    assert banner.best_button_text() == ""


def test_a_notice_is_plain_calm_and_closable(qtbot, banner):
    from nnviz.app.panels.divergence_banner import NOTICE_BACKGROUND
    text = "Training restarted after the training process stopped"
    banner.show_notice(text)
    qtbot.waitExposed(banner)
    assert banner.kind() == "notice" and banner.message() == text
    assert shown_buttons(banner) == {"close"}
    img = banner.grab().toImage()
    assert QColor(img.pixel(banner.width() - 60, banner.height() - 6)) == \
        QColor(NOTICE_BACKGROUND)
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.findChild(QAbstractButton, "close"), Qt.MouseButton.LeftButton)
    assert banner.kind() == ""
