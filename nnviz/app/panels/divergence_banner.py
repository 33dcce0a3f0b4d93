"""DivergenceBanner: the window's banner — training diverged, training is unstable, or a notice.

Diverged: the loss became infinite and training stopped. Unstable: training goes on but does
worse than always guessing the same answer (the baseline) or keeps getting worse. Both offer the
one-click fixes. A notice is a plain message with nothing to do but read it.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QBoxLayout, QFrame, QGridLayout, QLabel, QPushButton,
                               QSizePolicy, QStyle, QToolButton, QWidget)

from nnviz.app.panels.panel_base import set_tip
from nnviz.app.views import palette

# Amber, not red: divergence is a lesson about the learning rate, not an error of the app.
AMBER_BACKGROUND = "#FFF4D6"
AMBER_BORDER = "#E0A100"
# A notice (e.g. "training restarted") is news, not a warning: calm blue-grey.
NOTICE_BACKGROUND = "#EEF3F8"
NOTICE_BORDER = "#7E9AB8"

KIND_DIVERGED = "diverged"
KIND_UNSTABLE = "unstable"
KIND_NOTICE = "notice"


def _number(value: float) -> str:
    """4 significant digits, real minus sign."""
    return f"{value:.4g}".replace("-", "\u2212")


class DivergenceBanner(QFrame):
    """The banner over the views; hidden until one of the ``show_*`` methods; closes with ×.

    - :meth:`show_diverged`: training stopped; restore the last good or the best weights, or
      lower the learning rate.
    - :meth:`show_unstable`: training goes on but does worse than the baseline, or is stuck
      at it; restore the best weights or lower the learning rate.
    - :meth:`show_notice`: a plain message without buttons (e.g. "Training restarted after
      the training process stopped").

    Signals
    -------
    restore_requested()
        Put back the weights from before the loss became infinite.
    restore_best_requested()
        Put back the best weights so far (lowest test loss).
    lower_lr_requested()
        Lower the learning rate (the window decides the new value).
    dismissed()
        The user closed the banner with ×.
    """

    restore_requested = Signal()
    restore_best_requested = Signal()
    lower_lr_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DivergenceBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kind = ""
        self._set_colours(AMBER_BACKGROUND, AMBER_BORDER)
        # Preferred, not Maximum: the wrapped message needs its height-for-width on narrow screens.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        icon = QLabel()
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._icon = icon
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
        self._best = QPushButton()
        self._best.clicked.connect(self.restore_best_requested.emit)
        set_tip(self._best, self.tr(
            "Go back to the weights that did best on the test data so far. Training goes on "
            "from there."))
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
        self._best.setObjectName("restore_best")
        self._lower.setObjectName("lower_lr")
        self._close.setObjectName("close")
        self._text.setObjectName("message")
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self._restore)
        buttons.addWidget(self._best)
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

    # -- showing -------------------------------------------------------------------------------
    def show_diverged(self, epoch: int, learning_rate: float, best=None) -> None:
        """Training stopped in ``epoch``: the loss became infinite or NaN.

        ``best`` is the snapshot's ``best_weights`` (epoch, loss, loss_on) or None.
        """
        text = (self.tr("Training diverged in epoch %1: the loss became infinite or not a "
                        "number. The learning rate %2 is probably too large — each step "
                        "overshoots the minimum. Try %3, or go back to earlier weights.")
                .replace("%1", str(int(epoch))).replace("%2", _number(learning_rate))
                .replace("%3", _number(float(f"{learning_rate / 10:.3g}"))))
        self._show(KIND_DIVERGED, text, restore=True, best=best, lower=True)
        self._again = lambda: self.show_diverged(epoch, learning_rate, best)

    def show_unstable(self, epoch: int, learning_rate: float, baseline_loss: float,
                      best=None, stalled: bool = False) -> None:
        """Training goes on but, since ``epoch``, does worse than the baseline (or climbs);
        ``stalled``: its loss is stuck at the baseline, which a too large rate explains less
        often than vanishing gradients (the deep sigmoid networks of the course's lessons)."""
        if stalled:
            text = self.tr(
                "Training is stuck: since epoch %1 the training loss has sat on the baseline %2 "
                "(the dashed line), so the network gives about the same answer everywhere. Its "
                "gradients may be vanishing (deep sigmoid or tanh layers: try ReLU or batch "
                "normalization), or the learning rate %3 saturated its neurons (try %4).")
        else:
            text = self.tr(
                "Training is unstable: since epoch %1 the training loss has stayed above the "
                "baseline %2 (always guessing the same answer, the dashed line) or kept "
                "rising. The learning rate %3 is probably too large. Try %4, or go back to "
                "the best weights so far. Training goes on meanwhile.")
        text = (text.replace("%1", str(int(epoch))).replace("%2", _number(baseline_loss))
                .replace("%3", _number(learning_rate))
                .replace("%4", _number(float(f"{learning_rate / 10:.3g}"))))
        self._show(KIND_UNSTABLE, text, restore=False, best=best, lower=True)
        self._again = lambda: self.show_unstable(epoch, learning_rate, baseline_loss, best,
                                                 stalled)

    def show_notice(self, text: str) -> None:
        """A plain message (already translated) with no buttons but ×."""
        self._show(KIND_NOTICE, text, restore=False, best=None, lower=False)

    def show_message(self, text: str) -> None:
        """Show ``text`` (plain text, wrapped) with the divergence buttons."""
        self._show(KIND_DIVERGED, text, restore=True, best=None, lower=True)

    def kind(self) -> str:
        """``"diverged"``, ``"unstable"``, ``"notice"`` or ``""`` (hidden)."""
        return self._kind if not self.isHidden() else ""

    def message(self) -> str:
        return self._text.text()

    def best_button_text(self) -> str:
        """The restore-best button's label ('' when it is not offered)."""
        return self._best.text() if not self._best.isHidden() else ""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A warning on show is written again in the new language (a notice comes translated).
        if event.type() == QEvent.Type.LanguageChange and self._kind in (KIND_DIVERGED,
                                                                          KIND_UNSTABLE):
            again = getattr(self, "_again", None)
            if again is not None:
                again()
        super().changeEvent(event)

    def _show(self, kind: str, text: str, restore: bool, best, lower: bool) -> None:
        self._again = None  # set again by show_diverged / show_unstable after this
        self._kind = kind
        notice = kind == KIND_NOTICE
        self._set_colours(*((NOTICE_BACKGROUND, NOTICE_BORDER) if notice
                            else (AMBER_BACKGROUND, AMBER_BORDER)))
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxInformation if notice
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._icon.setPixmap(self.style().standardIcon(pixmap).pixmap(QSize(28, 28)))
        self._text.setText(text)
        self.setAccessibleDescription(text)
        self._restore.setVisible(restore)
        self._best.setVisible(best is not None)
        if best is not None:
            self._best.setText(best_weights_text(best))
        self._lower.setVisible(lower)
        self._arrange_buttons()
        self.show()

    def _set_colours(self, background: str, border: str) -> None:
        if getattr(self, "_colours", None) == (background, border):
            return
        self._colours = (background, border)
        # A style sheet scoped to this frame by its object name, so children keep their look.
        self.setStyleSheet(
            f"#DivergenceBanner {{ background: {background}; "
            f"border: 1px solid {border}; border-left: 6px solid {border}; "
            f"border-radius: 4px; }}")

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange_buttons()

    def _arrange_buttons(self) -> None:
        # Side by side when they fit, stacked in a narrow column.
        needed = (sum(b.sizeHint().width() for b in (self._restore, self._best, self._lower)
                      if not b.isHidden())
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


def best_weights_text(best) -> str:
    """'Restore best weights (epoch 12, test loss 0.1234)' for a ``BestWeightsInfo``."""
    if best.loss_on == "test":
        text = QCoreApplication.translate("DivergenceBanner",
                                          "Restore best weights (epoch %1, test loss %2)")
    else:
        text = QCoreApplication.translate("DivergenceBanner",
                                          "Restore best weights (epoch %1, train loss %2)")
    loss = _number(best.loss) if math.isfinite(best.loss) else "—"
    return text.replace("%1", str(int(best.epoch))).replace("%2", loss)
