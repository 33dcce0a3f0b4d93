"""The Training panel's learning-rate schedule rows: the schedule, its parameters in epochs
(their tooltips say in one sentence what it does), and the rate it gives now (from the
snapshots)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QSpinBox

from nnviz.app.panels.panel_base import select_data, set_tip
from nnviz.app.views.lr_plot import RATE_COLOR, format_rate
from nnviz.lab.config import MAX_DECAY_EPOCHS, SCHEDULES
from nnviz.lab.epoch_schedules import engine_schedule

# Which parameter rows each schedule shows.
SCHEDULE_ROWS = {
    "constant": (),
    "exponential": ("decay_epochs", "decay_rate"),
    "inverse_time": ("decay_epochs", "decay_rate"),
    "piecewise": ("boundary_epochs", "decay_rate"),
    "cosine": ("decay_epochs", "cosine_alpha"),
}


def parse_epochs(text: str) -> tuple[int, ...] | None:
    """``"500, 1000"`` (commas, semicolons or spaces) as whole epochs; None if not that."""
    parts = text.replace(";", ",").replace(",", " ").split()
    try:
        return tuple(int(p) for p in parts) if parts else None
    except ValueError:
        return None


class ScheduleRows:
    """Mixin for :class:`~nnviz.app.panels.training_panel.TrainingPanel`: builds and shows the
    schedule rows in its optimizer form (uses the panel's ``_row``, ``_double``, ``_error``,
    ``_combo``, ``_edit`` and ``_propose``)."""

    def _build_current_rate(self, form: QFormLayout) -> None:
        self._snapshot_rate = None  # (rate, epoch) of the last snapshot shown
        self._current_lr = QLabel()
        self._current_lr.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._current_lr.setStyleSheet(f"color: {RATE_COLOR}; font-weight: bold;")  # as the plot
        self._row(form, self.tr("&Now:"), self._current_lr, self.tr(
            "The learning rate the optimizer uses at this moment: the schedule has lowered "
            "it from the learning rate above."))

    def _build_schedule(self, form: QFormLayout) -> None:
        self._form_schedule = form
        self._schedule = self._combo(lambda v: self._edit(
            lambda c: c.with_training(schedule=v), self._schedule_error))
        names = {"constant": self.tr("Constant"),
                 "exponential": self.tr("Exponential decay"),
                 "inverse_time": self.tr("Inverse time decay"),
                 "piecewise": self.tr("Piecewise constant"),
                 "cosine": self.tr("Cosine decay")}
        for s in SCHEDULES:
            self._schedule.addItem(names.get(s, s), s)
        self._row(form, self.tr("Sc&hedule:"), self._schedule, self._schedule_concept())
        self._decay_epochs = QSpinBox()
        self._decay_epochs.setRange(1, MAX_DECAY_EPOCHS)
        self._decay_epochs.setSingleStep(50)
        self._decay_epochs.setKeyboardTracking(False)
        self._decay_epochs.valueChanged.connect(lambda v: self._edit(
            lambda c: c.with_training(decay_epochs=v), self._schedule_error))
        self._row(form, self.tr("E&very:"), self._decay_epochs, "")
        self._boundaries = QLineEdit()
        self._boundaries.setPlaceholderText("500, 1000")
        self._boundaries.editingFinished.connect(self._on_boundaries)
        self._row(form, self.tr("At epoch&s:"), self._boundaries, "")
        self._decay_rate = self._double(0.01, 1.0, 0.05, 2, lambda v: self._edit(
            lambda c: c.with_training(decay_rate=v), self._schedule_error))
        self._row(form, self.tr("Fa&ctor:"), self._decay_rate, "")
        self._cosine_alpha = self._double(0.0, 1.0, 0.05, 2, lambda v: self._edit(
            lambda c: c.with_training(cosine_alpha=v), self._schedule_error))
        self._cosine_alpha.setSuffix(self.tr(" × rate"))
        self._row(form, self.tr("Lo&west:"), self._cosine_alpha, self.tr(
            "Cosine: the rate it ends at, as a fraction of the learning rate (0 = it stops "
            "learning at the end; Keras calls it alpha)."))
        self._schedule_error = self._error(form)

    def _schedule_concept(self) -> str:
        return self.tr("Whether the learning rate stays the same or shrinks as training goes "
                       "on, counted in epochs: big steps early to make progress, small steps "
                       "late to settle into the minimum.")

    def _show_schedule(self, t) -> None:
        select_data(self._schedule, t.schedule)
        rows = SCHEDULE_ROWS.get(t.schedule, ())
        form = self._form_schedule
        form.setRowVisible(self._current_lr, t.schedule != "constant")
        for name, widget in (("decay_epochs", self._decay_epochs),
                             ("boundary_epochs", self._boundaries),
                             ("decay_rate", self._decay_rate),
                             ("cosine_alpha", self._cosine_alpha)):
            form.setRowVisible(widget, name in rows)
        self._decay_epochs.setValue(t.decay_epochs)
        self._decay_rate.setValue(t.decay_rate)
        self._cosine_alpha.setValue(t.cosine_alpha)
        self._boundaries.setText(", ".join(str(b) for b in t.boundary_epochs))
        self._decay_epochs.setSuffix(self.tr(" epochs"))
        label = form.labelForField(self._decay_epochs)
        label.setText(self.tr("O&ver:") if t.schedule == "cosine" else self.tr("E&very:"))
        # What the schedule does, with the rates it reaches, on every one of its controls.
        summary = self._schedule_text(t)
        set_tip(self._schedule, f"{self._schedule_concept()}\n\n{summary}" if summary
                else self._schedule_concept())
        tips = self._parameter_tips(t)
        for widget in (self._decay_epochs, self._boundaries, self._decay_rate):
            tip = f"{tips[widget]}\n\n{summary}" if summary else tips[widget]
            set_tip(widget, tip)
            form.labelForField(widget).setToolTip(tip)
        lr_tip = self.tr("How big a step the optimizer takes downhill on the loss each update. "
                         "Too small learns slowly; too large overshoots and can diverge. Pick "
                         "one or type a number.")
        if rows:
            lr_tip += "\n\n" + self.tr("With a schedule this is the starting rate; “Now” "
                                       "shows the rate the schedule gives at this moment.")
        set_tip(self._lr, lr_tip)
        self._show_current_rate()

    def _parameter_tips(self, t) -> dict:
        epochs = self.tr("How many epochs (passes over the training set) the schedule takes "
                         "to multiply the rate by the factor.")
        if t.schedule == "inverse_time":
            epochs = self.tr("After this many epochs the rate is divided by 1 + factor; after "
                             "twice as many by 1 + 2 × factor, and so on.")
        elif t.schedule == "cosine":
            epochs = self.tr("How many epochs the cosine takes to bring the rate down to its "
                             "lowest; after that it stays there.")
        factor = self.tr("What the rate is multiplied by every period: 0.5 halves it every so "
                         "many epochs.")
        if t.schedule == "inverse_time":
            factor = self.tr("How fast the rate falls: the rate is divided by 1 + factor × "
                             "epochs / period.")
        elif t.schedule == "piecewise":
            factor = self.tr("What the rate is multiplied by after each of the epochs: 0.5 "
                             "halves it each time.")
        return {self._decay_epochs: epochs, self._decay_rate: factor,
                self._boundaries: self.tr("The epochs after which the rate drops, separated "
                                          "by commas, e.g. 500, 1000.")}

    def _schedule_text(self, t) -> str:
        """One sentence saying what the schedule does, with the rates it reaches."""
        if t.schedule == "constant":
            return ""
        rate = engine_schedule(t, 1)  # one step per epoch: the schedule in epochs
        lr = format_rate(t.learning_rate)
        if t.schedule == "exponential":
            return (self.tr("The rate is multiplied by %1 every %2 epochs, smoothly: %3 at "
                            "epoch 0, %4 at epoch %2, %5 at epoch %6.")
                    .replace("%1", f"{t.decay_rate:g}").replace("%2", str(t.decay_epochs))
                    .replace("%3", lr).replace("%4", format_rate(rate(t.decay_epochs)))
                    .replace("%5", format_rate(rate(2 * t.decay_epochs)))
                    .replace("%6", str(2 * t.decay_epochs)))
        if t.schedule == "inverse_time":
            return (self.tr("The rate is divided by 1 + %1 × epochs / %2: %3 at epoch 0, %4 "
                            "at epoch %2, %5 at epoch %6.")
                    .replace("%1", f"{t.decay_rate:g}").replace("%2", str(t.decay_epochs))
                    .replace("%3", lr).replace("%4", format_rate(rate(t.decay_epochs)))
                    .replace("%5", format_rate(rate(4 * t.decay_epochs)))
                    .replace("%6", str(4 * t.decay_epochs)))
        if t.schedule == "piecewise":
            steps = " → ".join([lr] + [format_rate(rate(b + 1)) for b in t.boundary_epochs])
            return (self.tr("The rate is multiplied by %1 after epoch %2: %3.")
                    .replace("%1", f"{t.decay_rate:g}")
                    .replace("%2", ", ".join(str(b) for b in t.boundary_epochs))
                    .replace("%3", steps))
        return (self.tr("The rate falls along half a cosine from %1 to %2 over %3 epochs, "
                        "then stays at %2.")
                .replace("%1", lr).replace("%2", format_rate(rate(t.decay_epochs)))
                .replace("%3", str(t.decay_epochs)))

    def _on_boundaries(self) -> None:
        text = self._boundaries.text()
        epochs = parse_epochs(text)
        if epochs is None:
            self._schedule_error.show_error(
                self.tr("“%1” is not a list of whole epochs. Type epochs such as 500, 1000.")
                .replace("%1", text.strip()))
            return
        self._propose(lambda c: c.with_training(boundary_epochs=epochs), self._schedule_error)

    # -- the rate now -----------------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        """Show the learning rate ``snap`` was taken at (what the schedule gives now)."""
        self._snapshot_rate = (float(snap.learning_rate), int(snap.epoch))
        self._show_current_rate()

    def _show_current_rate(self) -> None:
        current = self._snapshot_rate
        if current is None:
            self._current_lr.setText("")
            return
        rate, epoch = current
        self._current_lr.setText(format_rate(rate))
        self._current_lr.setToolTip(self.tr("The rate the schedule gives at epoch %1.")
                                    .replace("%1", str(epoch)))
