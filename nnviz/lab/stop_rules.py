"""Stop rules: pause training after N epochs, below a target loss, or by early stopping (Qt-free).

The rule is part of :class:`~nnviz.lab.config.TrainingConfig` (``stop_rule`` and its values),
so it travels to the training process and is saved in projects. The session evaluates it at
every epoch end (:meth:`StopRule.observe`), so training pauses exactly at the right epoch even
at full speed, and reports the reason as a :class:`StopEvent`.

Pressing Play again continues and the rule does not fire again at once:

- ``"epochs"``: N epochs count from when the rule was set (or the model rebuilt); after a stop
  they count again from the stop, so every Play trains N more epochs.
- ``"target"``: fires when the monitored loss falls below the target; after a stop it waits
  until the loss has been at or above the target again (a new crossing).
- ``"patience"``: Keras' ``EarlyStopping(monitor="val_loss", min_delta, patience,
  restore_best_weights)``; after a stop it starts afresh, as a new ``fit`` would.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

STOP_NEVER = "never"
STOP_EPOCHS = "epochs"
STOP_TARGET = "target"
STOP_PATIENCE = "patience"
STOP_RULES = (STOP_NEVER, STOP_EPOCHS, STOP_TARGET, STOP_PATIENCE)  # as config.STOP_RULES
#: The TrainingConfig fields that make up the rule (none of them touches how the model learns).
STOP_FIELDS = ("stop_rule", "stop_epochs", "stop_target", "stop_patience", "stop_min_delta",
               "stop_restore_best")


@dataclass(frozen=True)
class StopEvent:
    """Why training paused by itself.

    Attributes
    ----------
    rule : str
        ``"epochs"``, ``"target"`` or ``"patience"``.
    epoch : int
        The epoch at whose end training paused.
    value : float
        ``"epochs"``: epochs trained since the rule was armed; ``"target"``: the loss that fell
        below the target; ``"patience"``: the best loss seen.
    limit : float
        N, the target, or the patience.
    loss_on : str
        ``"test"`` or ``"train"``: which loss was watched (train when there is no test set).
    best_epoch : int
        ``"patience"``: the epoch of the best loss (0 otherwise).
    restored : bool
        ``"patience"`` with ``restore_best``: the best weights were put back.
    """

    rule: str
    epoch: int
    value: float
    limit: float
    loss_on: str = "test"
    best_epoch: int = 0
    restored: bool = False


def rule_settings(training) -> tuple:
    """The stop-rule fields of a TrainingConfig, as a tuple (changes re-arm the rule)."""
    return tuple(getattr(training, name) for name in STOP_FIELDS)


def without_stop_rule(training):
    """``training`` with the stop-rule fields at their defaults: what the optimizer sees."""
    from .config import TrainingConfig
    defaults = TrainingConfig()
    return replace(training, **{name: getattr(defaults, name) for name in STOP_FIELDS})


class StopRule:
    """The state of one stop rule during a run; see the module docstring for the semantics.

    Call :meth:`configure` with every TrainingConfig (it re-arms only when the rule's settings
    changed), :meth:`arm` when the run starts over, :meth:`observe` at each epoch end and
    :meth:`rearm` when training continues after a stop.
    """

    def __init__(self, training=None, epoch: int = 0):
        self._settings = None
        self.rule = STOP_NEVER
        self.epochs, self.target, self.patience = 100, 0.1, 10
        self.min_delta, self.restore_best = 0.0, False
        self.arm(epoch)
        if training is not None:
            self.configure(training, epoch)

    # -- setting up -------------------------------------------------------------------------
    def configure(self, training, epoch: int) -> bool:
        """Take the rule from ``training``; re-arm at ``epoch`` if it changed. True if so."""
        settings = rule_settings(training)
        if settings == self._settings:
            return False
        self._settings = settings
        (self.rule, self.epochs, self.target, self.patience, self.min_delta,
         self.restore_best) = settings
        self.arm(epoch)
        return True

    def arm(self, epoch: int) -> None:
        """Start watching afresh from ``epoch`` (a new rule, a new run)."""
        self.start = int(epoch)
        self.armed = True  # target: the loss has not been seen below the target since
        self._reset_patience()

    def rearm(self, epoch: int) -> None:
        """Training continues after a stop at ``epoch``: wait for the next reason to stop."""
        self.start = int(epoch)
        self._reset_patience()
        # target: stays disarmed until the loss is at or above the target again

    def _reset_patience(self) -> None:
        # EarlyStopping.on_train_begin
        self.wait = 0
        self.best = math.inf
        self.best_epoch = 0
        self.best_weights = None

    # -- watching ---------------------------------------------------------------------------
    def observe(self, epoch: int, train_loss: float, test_loss: float = math.nan,
                model=None) -> StopEvent | None:
        """Judge the end of ``epoch``; a :class:`StopEvent` when training should pause.

        ``test_loss`` is NaN without a test set: the training loss is watched then. With
        ``"patience"`` and ``restore_best`` the best weights are kept from ``model`` (and put
        back into it when the rule fires), as Keras' ``EarlyStopping`` does.
        """
        rule = self.rule
        if rule == STOP_NEVER:
            return None
        on_test = math.isfinite(test_loss)
        current = float(test_loss if on_test else train_loss)
        loss_on = "test" if on_test else "train"
        if rule == STOP_EPOCHS:
            done = int(epoch) - self.start
            if done >= self.epochs:
                return StopEvent(rule, int(epoch), float(done), float(self.epochs), loss_on)
            return None
        if rule == STOP_TARGET:
            if current < self.target:
                if self.armed:
                    self.armed = False
                    return StopEvent(rule, int(epoch), current, float(self.target), loss_on)
            else:
                self.armed = True
            return None
        # patience: EarlyStopping.on_epoch_end with mode "min"
        if current < self.best - abs(self.min_delta):
            self.best, self.best_epoch, self.wait = current, int(epoch), 0
            if self.restore_best and model is not None:
                self.best_weights = model.get_weights()
            return None
        self.wait += 1
        if self.wait < self.patience:
            return None
        restored = False
        if self.restore_best and model is not None and self.best_weights is not None:
            model.set_weights(self.best_weights)
            restored = True
        return StopEvent(rule, int(epoch), float(self.best), float(self.patience), loss_on,
                         self.best_epoch, restored)

    # -- checkpoints ------------------------------------------------------------------------
    def state(self) -> dict:
        """Everything needed to carry on in another process (the weights are copies)."""
        weights = None if self.best_weights is None else [w.copy() for w in self.best_weights]
        return {"settings": self._settings, "start": self.start, "armed": self.armed,
                "wait": self.wait, "best": self.best, "best_epoch": self.best_epoch,
                "best_weights": weights}

    def load_state(self, state: dict) -> None:
        """Continue from :meth:`state` (taken under the same rule settings)."""
        if not state or state.get("settings") != self._settings:
            return  # another rule: the one configured now starts afresh
        self.start, self.armed = int(state["start"]), bool(state["armed"])
        self.wait, self.best = int(state["wait"]), float(state["best"])
        self.best_epoch = int(state["best_epoch"])
        weights = state.get("best_weights")
        self.best_weights = None if weights is None else [w.copy() for w in weights]
