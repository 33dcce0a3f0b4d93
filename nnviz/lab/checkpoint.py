"""SessionCheckpoint: what it takes to start a Session again exactly where another one stopped.

The training process is disposable (DESIGN.md §4): if it dies, the GUI starts a new one from the
last checkpoint it received. A checkpoint is small — weights, optimizer state, counters, the
epoch's shuffled order and the random generator's state — so the training process can send one
with every snapshot. The history columns travel in the snapshot already; the receiving side
attaches them with :meth:`SessionCheckpoint.with_history` instead of sending them twice.

Capturing and restoring read the Session's private state; keep them next to each other here and
extend both when the Session gains state worth keeping.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .config import ExperimentConfig
from .epoch_schedules import EpochSchedule
from .history import COLUMNS


@dataclass(frozen=True, eq=False)
class SessionCheckpoint:
    """A frozen copy of a Session's training state (all arrays are copies).

    Attributes
    ----------
    config : ExperimentConfig
        The config the model was built from.
    generation : int
        How many resets produced these weights' seed (see ``Session.reset``).
    epoch, step_count, serial : int
        Counters; ``serial`` is the last snapshot's number, so snapshots keep increasing.
    weights : list of ndarray
        ``model.get_weights()``.
    optimizer_iterations : int
    optimizer_slots : dict
        The optimizer's per-weight state (momentum, moments); empty before the first step.
    rng_state : dict
        The epoch shuffler's generator state.
    order : ndarray
        This epoch's order of the training points; ``position`` points into it.
    position : int
    good, best : KeptWeights or None
        The last good weights and the best ones so far (``nnviz.lab.kept_weights``), so that
        "restore last good / best weights" still works after a restart.
    status, message : str
        A diverged session stays diverged.
    history : dict or None
        Column name -> array, plus ``"stride"``; None until attached.
    dropout_states : tuple of dict
        Each Dropout layer's mask generator state, in model order (its masks are random too).
    stop_state : dict or None
        The stop rule's progress (``StopRule.state``) and the pending stop (``stopped_by``).
    run : int
        The session's run number (``Snapshot.run``); 0 when unknown.
    """

    config: ExperimentConfig
    generation: int
    epoch: int
    step_count: int
    serial: int
    weights: list
    optimizer_iterations: int
    optimizer_slots: dict
    rng_state: dict
    order: np.ndarray
    position: int
    good: object
    best: object
    status: str
    message: str
    history: dict | None = None
    dropout_states: tuple = ()
    stop_state: dict | None = None
    run: int = 0

    def with_history(self, snapshot, stride: int) -> SessionCheckpoint:
        """This checkpoint with the history columns of ``snapshot`` (taken at the same moment)."""
        columns = {name: np.asarray(getattr(snapshot, name)) for name in COLUMNS}
        columns["stride"] = int(stride)
        return replace(self, history=columns)


def copy_slots(slots: dict) -> dict:
    """A copy of an optimizer's per-weight state (index -> list of arrays)."""
    return {i: [a.copy() for a in arrays] for i, arrays in slots.items()}


def capture(session, with_history: bool = True) -> SessionCheckpoint:
    """A checkpoint of ``session`` now; ``with_history=False`` leaves the history out."""
    optimizer = session.model.optimizer
    history = None
    if with_history:
        history = session.history.arrays()
        history["stride"] = session.history.stride
    return SessionCheckpoint(
        config=session.config, generation=session._generation, epoch=session.epoch,
        step_count=session.step_count, serial=session._serial,
        weights=session.model.get_weights(), optimizer_iterations=int(optimizer.iterations),
        optimizer_slots=copy_slots(optimizer._slots),
        rng_state=session._rng.bit_generator.state, order=session._order.copy(),
        position=int(session._pos), good=session._kept.last_good,
        best=session._kept.best, status=session._status,
        message=session._message, history=history,
        dropout_states=tuple(rng.bit_generator.state for rng in _dropout_generators(session)),
        stop_state={**session._stop.state(), "stopped_by": session._stopped_by},
        run=session._run)


def _dropout_generators(session) -> list:
    """The Dropout layers' own random generators, in model order."""
    return [layer._rng for layer in session.model.layers
            if getattr(layer, "kind", "") == "dropout" and layer._rng is not None]


def restore(session, checkpoint: SessionCheckpoint) -> None:
    """Put ``checkpoint`` into ``session``, which must have been built from its config."""
    if session.config != checkpoint.config:
        raise ValueError("restore needs a session built from the checkpoint's config")
    if checkpoint.generation != session._generation:
        session._generation = checkpoint.generation
        session._build()  # the same model and shuffler a reset would have made
    live = session.model.weights
    if [w.shape for w in live] != [np.shape(w) for w in checkpoint.weights]:
        raise ValueError("the checkpoint's weights do not fit the session's model")
    for current, saved in zip(live, checkpoint.weights):
        np.copyto(current, saved)  # not set_weights: a diverged model's NaN come back too
    optimizer = session.model.optimizer
    optimizer.iterations = checkpoint.optimizer_iterations
    optimizer._slots = copy_slots(checkpoint.optimizer_slots)
    schedule = optimizer.learning_rate
    if isinstance(schedule, EpochSchedule):  # counts epochs: carry on from the same epoch
        n_train = max(1, session.experiment_data.n_train)
        schedule.follow(session.config.training, checkpoint.optimizer_iterations,
                        checkpoint.epoch + checkpoint.position / n_train)
    session._rng.bit_generator.state = checkpoint.rng_state
    generators = _dropout_generators(session)
    if len(generators) == len(checkpoint.dropout_states):
        for rng, state in zip(generators, checkpoint.dropout_states):
            rng.bit_generator.state = state
    if len(checkpoint.order) == len(session._order):
        session._order[:] = checkpoint.order
        data = session.experiment_data
        # The arrays this epoch trains on, in the order it started with.
        np.take(data.x_train, session._order, axis=0, out=session._xs)
        np.take(data.t_train, session._order, axis=0, out=session._ys)
        session._pos = checkpoint.position
    session.epoch, session.step_count = checkpoint.epoch, checkpoint.step_count
    session._serial = checkpoint.serial
    session._kept.last_good, session._kept.best = checkpoint.good, checkpoint.best
    session._status, session._message = checkpoint.status, checkpoint.message
    if checkpoint.run:
        session._run = checkpoint.run  # the same run goes on in another process
    if checkpoint.stop_state:
        session._stop.load_state(checkpoint.stop_state)
        session._stopped_by = checkpoint.stop_state.get("stopped_by")
    if checkpoint.history is not None:
        columns = dict(checkpoint.history)
        session.history.load(columns, int(columns.pop("stride", 1)))
    session._gradient_cache = None
    session._edits += 1


def resume(checkpoint: SessionCheckpoint | None, config: ExperimentConfig, **options):
    """A Session that continues from ``checkpoint`` and then runs ``config``.

    ``config`` may differ from the checkpoint's (an edit made after it was taken): it is applied
    as :meth:`Session.apply` would, rebuilding only when the structure changed. Without a
    checkpoint this is ``Session(config)``.
    """
    from .session import Session
    if checkpoint is None:
        return Session(config, **options)
    session = Session(checkpoint.config, **options)
    restore(session, checkpoint)
    session.apply(config)
    return session
