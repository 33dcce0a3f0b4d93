"""Ghost runs: the loss curves of earlier runs, kept to compare with the current one (Qt-free).

A run ends when the model is rebuilt — Reset, or a setting that changes the model's shape or
initial weights. :meth:`GhostRuns.observe` sees every snapshot; when ``snapshot.run`` changes,
the history of the last snapshot of the run before becomes a :class:`GhostRun` labelled with
what changed (:func:`describe_difference`): "learning rate 0.03 → 0.3", or "reset" for new
weights under the same settings. The last few unpinned ghosts are kept; pinned ones stay.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from .history import COLUMNS
from .stop_rules import STOP_FIELDS

#: Unpinned ghosts kept (the oldest goes first); pinned ones do not count.
DEFAULT_LIMIT = 3

#: English names of the settings a label may mention, by ``part.field``.
FIELD_NAMES = {
    "data.dataset": "data", "data.n_points": "points", "data.noise": "noise",
    "data.train_ratio": "training share", "data.seed": "data seed",
    "data.features": "features", "data.n_classes": "classes", "data.raw_gates": "gate corners",
    "network.hidden": "hidden layers", "network.output_activation": "output activation",
    "network.initializer": "initializer", "network.regularizer": "regularization",
    "network.regularization_rate": "regularization rate",
    "layer.activation": "activation", "layer.dropout": "dropout",
    "layer.batch_norm": "batch norm",
    "training.problem": "problem", "training.loss": "loss", "training.optimizer": "optimizer",
    "training.learning_rate": "learning rate", "training.momentum": "momentum",
    "training.nesterov": "Nesterov", "training.beta_1": "beta 1", "training.beta_2": "beta 2",
    "training.rho": "rho", "training.epsilon": "epsilon", "training.schedule": "schedule",
    "training.decay_epochs": "decay epochs", "training.decay_rate": "decay rate",
    "training.boundary_epochs": "boundaries", "training.cosine_alpha": "cosine alpha",
    "training.batch_size": "batch size", "training.seed": "weight seed",
}
RESET = "reset"  # the one "change" of a Reset: new weights, same settings
#: A saved ghost keeps at most this many points (evenly thinned, the last one always kept).
MAX_SAVED_POINTS = 2000


@dataclass(frozen=True)
class Change:
    """One setting that differs: its key (``FIELD_NAMES``; ``"reset"``) and both values."""

    key: str
    old: str = ""
    new: str = ""


def _text(value) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, float):
        return f"{value:g}".replace("-", "\u2212")
    if isinstance(value, (tuple, list)):
        return ",".join(_text(v) for v in value) or "none"
    return str(value)


def describe_difference(old, new) -> tuple[Change, ...]:
    """What differs from ExperimentConfig ``old`` to ``new`` (the stop rule does not count).

    Hidden layers: a different count or units is one change of ``network.hidden`` ("4,2 →
    8,2"); an activation, dropout or batch norm that is one value in every layer before and
    after is one ``layer.*`` change, else one per layer they share (key
    ``layer.activation`` with ``"layer 2: "`` before the values). Equal configs give
    ``(Change("reset"),)``.
    """
    changes = []
    for part in ("data", "network", "training"):
        a, b = getattr(old, part), getattr(new, part)
        for name in a.__dataclass_fields__:
            if name in STOP_FIELDS or name == "hidden":
                continue
            va, vb = getattr(a, name), getattr(b, name)
            if va != vb:
                changes.append(Change(f"{part}.{name}", _text(va), _text(vb)))
    ha, hb = old.network.hidden, new.network.hidden
    if tuple(h.units for h in ha) != tuple(h.units for h in hb):
        changes.insert(0, Change("network.hidden", _text([h.units for h in ha]),
                                 _text([h.units for h in hb])))
    for name in ("activation", "dropout", "batch_norm"):
        before = {getattr(h, name) for h in ha}
        after = {getattr(h, name) for h in hb}
        if len(before) == 1 and len(after) == 1:  # the same in every layer, before and after
            if before != after:
                changes.append(Change(f"layer.{name}", _text(before.pop()), _text(after.pop())))
            continue
        for i, (x, y) in enumerate(zip(ha, hb)):
            if getattr(x, name) != getattr(y, name):
                changes.append(Change(f"layer.{name}", f"layer {i + 1}: {_text(getattr(x, name))}",
                                      _text(getattr(y, name))))
    return tuple(changes) or (Change(RESET),)


def format_changes(changes, names=None, reset_text: str = "reset") -> str:
    """``changes`` as one line, e.g. ``"learning rate 0.03 → 0.3, optimizer sgd → adam"``.

    ``names`` maps keys to (translated) names; :data:`FIELD_NAMES` by default.
    """
    names = FIELD_NAMES if names is None else names
    parts = []
    for c in changes:
        if c.key == RESET:
            parts.append(reset_text)
        else:
            parts.append(f"{names.get(c.key, c.key.split('.')[-1])} {c.old} → {c.new}")
    return ", ".join(parts)


@dataclass(frozen=True, eq=False)
class GhostRun:
    """A finished run's curves.

    Attributes
    ----------
    id : int
        Unique within its :class:`GhostRuns`.
    changes : tuple of Change
        What changed when this run ended (see :func:`describe_difference`).
    columns : dict
        The history columns (``nnviz.lab.history.COLUMNS``) as float arrays.
    pinned : bool
        Kept beyond the limit, until unpinned or removed.
    """

    id: int
    changes: tuple
    columns: dict
    pinned: bool = False

    @property
    def label(self) -> str:
        return format_changes(self.changes)

    @property
    def epochs(self) -> int:
        """The last epoch the run reached."""
        e = self.columns["epochs"]
        return int(e[-1]) if len(e) else 0

    def to_dict(self) -> dict:
        """JSON-ready (NaN as null), thinned to :data:`MAX_SAVED_POINTS` points."""
        n = len(self.columns["epochs"])
        keep = slice(None)
        if n > MAX_SAVED_POINTS:
            keep = np.unique(np.linspace(0, n - 1, MAX_SAVED_POINTS).round().astype(np.int64))
        return {"id": self.id, "pinned": self.pinned,
                "changes": [[c.key, c.old, c.new] for c in self.changes],
                "columns": {k: [None if not math.isfinite(v) else float(v)
                                for v in np.asarray(self.columns[k], dtype=np.float64)[keep]]
                            for k in COLUMNS}}

    @classmethod
    def from_dict(cls, d: dict) -> GhostRun:
        if not isinstance(d, dict):
            raise TypeError(f"a ghost run must be a JSON object, got {type(d).__name__}")
        try:
            columns = {k: np.array([np.nan if v is None else float(v) for v in d["columns"][k]],
                                   dtype=np.float64) for k in COLUMNS}
            changes = tuple(Change(str(k), str(o), str(n)) for k, o, n in d["changes"])
            ghost = cls(int(d["id"]), changes, columns, bool(d.get("pinned", False)))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"a ghost run is malformed: {exc!r}") from None
        if len({len(c) for c in columns.values()}) != 1:
            raise ValueError("a ghost run's columns must be equally long")
        return ghost


class GhostRuns:
    """The earlier runs worth drawing: the last ``limit`` unpinned ones plus every pinned one.

    ``version`` increases with every change, so a view knows when to redraw.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT):
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"limit must be an integer >= 0, got {limit!r}")
        self.limit = limit
        self.ghosts: list[GhostRun] = []
        self.version = 0
        self._next_id = 1
        self._last = None  # the newest snapshot seen

    def __len__(self) -> int:
        return len(self.ghosts)

    def observe(self, snap) -> GhostRun | None:
        """See a snapshot; when it starts a new run, keep the run before as a ghost."""
        last, self._last = self._last, snap
        if last is None or getattr(snap, "run", 0) == getattr(last, "run", 0):
            return None
        if snap.serial < last.serial:
            return None  # an older snapshot arriving late is not a new run
        return self.add(last, snap.config)

    def add(self, snap, new_config=None) -> GhostRun | None:
        """Keep ``snap``'s history as a ghost (None when it has no epoch yet)."""
        if snap is None or len(snap.epochs) == 0:
            return None
        changes = ((Change(RESET),) if new_config is None or snap.config is None
                   else describe_difference(snap.config, new_config))
        columns = {k: np.asarray(getattr(snap, k), dtype=np.float64).copy() for k in COLUMNS}
        ghost = GhostRun(self._next_id, changes, columns)
        self._next_id += 1
        self.ghosts.append(ghost)
        self._trim()
        self.version += 1
        return ghost

    def get(self, ghost_id: int) -> GhostRun | None:
        return next((g for g in self.ghosts if g.id == ghost_id), None)

    def pin(self, ghost_id: int, pinned: bool = True) -> None:
        """Keep (or stop keeping) a ghost beyond the limit."""
        self.ghosts = [replace(g, pinned=bool(pinned)) if g.id == ghost_id else g
                       for g in self.ghosts]
        self._trim()
        self.version += 1

    def remove(self, ghost_id: int) -> None:
        self.ghosts = [g for g in self.ghosts if g.id != ghost_id]
        self.version += 1

    def clear(self, keep_pinned: bool = False) -> None:
        """Forget the ghosts (all of them, or all but the pinned)."""
        self.ghosts = [g for g in self.ghosts if keep_pinned and g.pinned]
        self.version += 1

    def _trim(self) -> None:
        unpinned = [g for g in self.ghosts if not g.pinned]
        drop = {g.id for g in unpinned[:max(0, len(unpinned) - self.limit)]}
        self.ghosts = [g for g in self.ghosts if g.id not in drop]

    # -- projects ---------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {"limit": self.limit, "ghosts": [g.to_dict() for g in self.ghosts]}

    @classmethod
    def from_dict(cls, d: dict) -> GhostRuns:
        """The ghosts :meth:`to_dict` wrote; ValueError/TypeError naming what is wrong."""
        if not isinstance(d, dict):
            raise TypeError(f"ghost runs must be a JSON object, got {type(d).__name__}")
        ghosts = d.get("ghosts", [])
        if not isinstance(ghosts, list):
            raise TypeError(f"ghost runs' 'ghosts' must be a list, got {type(ghosts).__name__}")
        runs = cls(d.get("limit", DEFAULT_LIMIT))
        runs.ghosts = [GhostRun.from_dict(g) for g in ghosts]
        runs._next_id = max((g.id for g in runs.ghosts), default=0) + 1
        return runs

    def load(self, other: GhostRuns) -> None:
        """Take ``other``'s ghosts (an opened project's) in place, so views keep this object;
        the run shown before is not kept as a ghost of the opened project."""
        self.limit, self.ghosts, self._next_id = other.limit, list(other.ghosts), other._next_id
        self._last = None
        self.version += 1
