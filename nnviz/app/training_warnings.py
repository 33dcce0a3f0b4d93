"""TrainingWarnings: the warning banner and the status bar's state, in step with each snapshot.

The session's status says how training goes (``running``, ``unstable``, ``diverged``, ...);
this object turns it into what the window shows: the banner with its one-click fixes while
training is diverged or unstable, and one word or two in the status bar. Notices (plain
messages shown with ``banner.show_notice``) are left alone until the user closes them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from nnviz.app.panels.divergence_banner import DivergenceBanner
from nnviz.lab.snapshot import STATUS_DIVERGED, STATUS_ERROR, STATUS_UNSTABLE

WARNINGS = (STATUS_DIVERGED, STATUS_UNSTABLE)


translate = QCoreApplication.translate


class TrainingWarnings:
    """Shows ``banner`` and ``state_label`` for each snapshot's status.

    Parameters
    ----------
    banner : DivergenceBanner
    state_label : QLabel
        The status bar's permanent state ("Training…", "Paused", "Diverged", ...).
    learning_rate : callable
        ``() -> float``: the learning rate the controls show (the banner suggests a tenth).
    """

    def __init__(self, banner: DivergenceBanner, state_label: QLabel, learning_rate):
        self.banner = banner
        self._label = state_label
        self._learning_rate = learning_rate
        self.status = ""        # the last snapshot's status
        self._key = None        # the warning shown, answered or closed: (status, epoch, best)

    def show_snapshot(self, snap, playing: bool) -> None:
        self._show_banner(snap)
        self.status = snap.status
        self.show_state(playing)

    def show_state(self, playing: bool) -> None:
        status = self.status
        if status == STATUS_ERROR:
            text = translate("MainWindow", "Stopped")
        elif status == STATUS_DIVERGED:
            text = translate("MainWindow", "Diverged")
        elif status == STATUS_UNSTABLE:
            text = (translate("MainWindow", "Training… unstable") if playing
                    else translate("MainWindow", "Paused · unstable"))
        else:
            text = (translate("MainWindow", "Training…") if playing
                    else translate("MainWindow", "Paused"))
        self._label.setText(text)

    def answered(self, playing: bool) -> None:
        """The user acted on the warning (restore, lower rate): say so at once; the next
        snapshot confirms."""
        self.hide_warning()
        self.status = ""
        self.show_state(playing)

    def hide_warning(self) -> None:
        # The key stays: a snapshot already on its way with the same warning must not bring it
        # back; the first one without a warning clears it.
        if self.banner.kind() in WARNINGS:
            self.banner.hide()

    def _show_banner(self, snap) -> None:
        status = snap.status
        if status not in WARNINGS:
            if self.banner.kind() in WARNINGS:
                self.banner.hide()
            self._key = None
            return
        best = snap.best_weights
        stalled = snap.stalled
        key = (status, snap.status_epoch, best, stalled)
        if key == self._key:
            return  # shown already, answered, or closed by the user
        closed = (self._key is not None and self._key[:2] == key[:2]
                  and self.banner.kind() != status)
        self._key = key
        if closed:
            return  # only the best weights or the stall changed since the user closed it
        lr = self._learning_rate()
        if status == STATUS_DIVERGED:
            self.banner.show_diverged(snap.status_epoch, lr, best)
        else:
            self.banner.show_unstable(snap.status_epoch, lr, snap.baseline_loss, best,
                                      stalled)
