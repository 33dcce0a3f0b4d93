"""A/B comparison of two runs that differ only in what the user changed (Qt-free).

A fair comparison needs the same data and the same starting weights: a :class:`RunPair` holds
two configs that always share their :class:`~nnviz.lab.config.DataConfig` and their weight
seed. Built from the same seed, two sessions draw identical initial weights whenever their
layers have the same shapes and initializer (optimizer, learning rate, activation, dropout,
batch norm, regularization and batch size do not change what is drawn), so the difference in
their curves is the difference in their settings, not luck.

Both runs train the same number of epochs at any moment (lockstep): :func:`next_chunk` sizes
each lockstep chunk from how long the last one took.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .ghost_runs import FIELD_NAMES, RESET, Change, describe_difference
from .session import derived_seed

#: The two runs, in the order the window shows them.
RUNS = ("A", "B")
#: Wall time one lockstep chunk should take: short enough that Pause answers at once and the
#: views move smoothly, long enough that the two round trips per chunk cost little.
CHUNK_SECONDS = 0.03
MAX_CHUNK_EPOCHS = 500


@dataclass(frozen=True)
class RunPair:
    """Two experiment configs with the same data and weight seed.

    Build it with :func:`start_pair`; change it only with :meth:`edited` and :meth:`reseeded`,
    which keep the shared parts shared.
    """

    a: object
    b: object

    def __post_init__(self):
        if self.a.data != self.b.data:
            raise ValueError("both runs of a comparison must use the same data")
        if self.a.training.seed != self.b.training.seed:
            raise ValueError("both runs of a comparison must start from the same weights")

    def config(self, which: str):
        """The config of run ``"A"`` or ``"B"``."""
        if which not in RUNS:
            raise ValueError(f"which must be 'A' or 'B', got {which!r}")
        return self.a if which == "A" else self.b

    @property
    def seed(self) -> int:
        return self.a.training.seed

    def edited(self, which: str, config) -> RunPair:
        """Run ``which`` changed to ``config``.

        A change of the data or of the weight seed applies to both runs (it is never the
        difference being compared); everything else only to ``which``.
        """
        other = self.b if which == "A" else self.a
        self.config(which)  # checks the name
        if config.data != other.data:
            other = replace(other, data=config.data)
        if config.training.seed != other.training.seed:
            other = other.with_training(seed=config.training.seed)
        return RunPair(config, other) if which == "A" else RunPair(other, config)

    def reseeded(self, seed: int) -> RunPair:
        """Both runs with new (again identical) starting weights."""
        return RunPair(self.a.with_training(seed=int(seed)), self.b.with_training(seed=int(seed)))

    def differences(self) -> tuple[Change, ...]:
        """What differs from A to B (``Change.old`` is A's value, ``new`` B's); empty when
        the runs are the same."""
        changes = describe_difference(self.a, self.b)
        return () if changes == (Change(RESET),) else changes


def start_pair(config, generation: int = 0) -> RunPair:
    """Two copies of ``config`` that start from the weights of its ``generation``-th run.

    A playground run that was reset ``generation`` times drew its weights from a seed derived
    from the config's (see :func:`~nnviz.lab.session.derived_seed`); both copies get that seed
    as their own, so the comparison starts exactly where that run started. Stop rules are left
    out: both runs train until the user pauses them.
    """
    seed = derived_seed(config.training.seed, int(generation))
    # A stop rule would pause one run before the other (early stopping): both run until paused.
    config = config.with_training(seed=seed, stop_rule="never")
    return RunPair(config, config)


def versus_label(changes, names=None, same_text: str = "same settings",
                 versus: str = "vs") -> str:
    """One line naming what differs, A's values first: ``"optimizer: adam vs sgd"``,
    ``"learning rate: 0.1 vs 0.03 · batch size: 10 vs 30"``.

    ``names`` maps ``Change.key`` to (translated) setting names (:data:`FIELD_NAMES` by
    default); ``same_text`` is the whole label when nothing differs.
    """
    names = FIELD_NAMES if names is None else names
    if not changes:
        return same_text
    return " · ".join(f"{names.get(c.key, c.key.split('.')[-1])}: {c.old} {versus} {c.new}"
                      for c in changes)


def run_label(changes, which: str, names=None) -> str:
    """Run ``which``'s own values of what differs, e.g. ``"optimizer adam"``; "" when equal."""
    names = FIELD_NAMES if names is None else names
    return ", ".join(f"{names.get(c.key, c.key.split('.')[-1])} "
                     f"{c.old if which == 'A' else c.new}" for c in changes)


def next_chunk(epochs: int, seconds: float, target: float = CHUNK_SECONDS) -> int:
    """Epochs for the next lockstep chunk, given that ``epochs`` took ``seconds``.

    Aims at ``target`` seconds; grows at most fourfold per chunk so one fast chunk (a paused
    process catching up) does not make the next one long; between 1 and ``MAX_CHUNK_EPOCHS``.
    """
    epochs = max(1, int(epochs))
    if seconds <= 0:
        return min(MAX_CHUNK_EPOCHS, epochs * 4)
    wanted = epochs * target / seconds
    return int(max(1, min(MAX_CHUNK_EPOCHS, epochs * 4, round(wanted))))


def setting_change(text: str):
    """``"optimizer=adam"`` as ``(parameter, value)``, checked by the grid search's parameter
    registry (:mod:`nnviz.lab.search.parameters`); ValueError naming what is wrong."""
    from .search.parameters import search_parameter
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise ValueError(f"expected NAME=VALUE such as optimizer=adam, got {text!r}")
    parameter = search_parameter(name.strip())
    values = parameter.parse(value)
    if len(values) != 1:
        raise ValueError(f"{parameter.name}: one value per run, got {value!r}")
    return parameter, values[0]


def with_changes(pair: RunPair, which: str, changes) -> RunPair:
    """``pair`` with ``(parameter, value)`` changes applied to run ``which``."""
    config = pair.config(which)
    for parameter, value in changes:
        config = parameter.apply(config, value)
    return pair.edited(which, config)


def train_pair(pair: RunPair, epochs: int, every: int = 1, on_epochs=None):
    """Train both runs ``epochs`` epochs in lockstep, here; returns both Sessions.

    ``on_epochs(session_a, session_b)`` is called after every ``every`` epochs (and at the
    end). A run that diverges stops there while the other goes on.
    """
    from .session import Session
    sessions = (Session(pair.a), Session(pair.b))
    for done in range(1, int(epochs) + 1):
        for session in sessions:
            if not session.stopped:
                session.step_epochs(1)
        if on_epochs is not None and (done % every == 0 or done == epochs):
            on_epochs(*sessions)
        if all(s.stopped for s in sessions):
            break
    return sessions
