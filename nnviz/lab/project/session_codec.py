"""A SessionCheckpoint as JSON, and back — checked against the model its config builds.

The checkpoint (``nnviz.lab.checkpoint``) is the one description of a Session's training state;
this module only writes it down and reads it back. Reading builds a reference Session from the
project's config and refuses any array whose shape or dtype differs from the live one, any
counter out of range and any non-finite weight, so :func:`nnviz.lab.checkpoint.restore` never
sees something it could choke on.
"""
from __future__ import annotations

import numpy as np

from nnviz.lab.checkpoint import SessionCheckpoint
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.history import COLUMNS
from nnviz.lab.kept_weights import KeptWeights
from nnviz.lab.snapshot import STATUS_DIVERGED, STATUS_ERROR, STATUS_IDLE

from .arrays import decode_array, encode_array
from .errors import ProjectError

FIELDS = ("generation", "epoch", "step_count", "serial", "weights", "optimizer_iterations",
          "optimizer_slots", "rng_state", "dropout_states", "order", "position", "good",
          "best", "status", "message", "history")
KEPT_FIELDS = ("weights", "optimizer_iterations", "epoch", "step_count", "loss", "loss_on")
STATUSES = (STATUS_IDLE, STATUS_DIVERGED, STATUS_ERROR)
MAX_COUNT = 2**62
MAX_MESSAGE = 2000


def encode_checkpoint(checkpoint: SessionCheckpoint) -> dict:
    """The JSON form of ``checkpoint`` (its config is stored once, beside it, by the document)."""
    history = None
    if checkpoint.history is not None:
        history = {name: encode_array(checkpoint.history[name]) for name in COLUMNS}
        history["stride"] = int(checkpoint.history.get("stride", 1))
    return {
        "generation": int(checkpoint.generation), "epoch": int(checkpoint.epoch),
        "step_count": int(checkpoint.step_count), "serial": int(checkpoint.serial),
        "weights": [encode_array(w) for w in checkpoint.weights],
        "optimizer_iterations": int(checkpoint.optimizer_iterations),
        "optimizer_slots": {str(i): [encode_array(a) for a in slots]
                            for i, slots in sorted(checkpoint.optimizer_slots.items())},
        "rng_state": _plain(checkpoint.rng_state),
        "dropout_states": [_plain(s) for s in checkpoint.dropout_states],
        "order": encode_array(np.asarray(checkpoint.order, dtype=np.int64)),
        "position": int(checkpoint.position), "good": _encode_kept(checkpoint.good),
        "best": _encode_kept(checkpoint.best), "status": checkpoint.status,
        "message": checkpoint.message, "history": history}


def decode_checkpoint(d, config: ExperimentConfig) -> SessionCheckpoint:
    """The checkpoint ``d`` describes for a session of ``config``; ProjectError if it cannot be."""
    from nnviz.lab.checkpoint import capture
    from nnviz.lab.session import Session
    _fields(d, FIELDS, "session")
    reference = Session(config)
    live = reference.model.weights
    n_train = len(reference._order)
    weights = _weight_list(d["weights"], live, "session.weights")
    iterations = _count(d["optimizer_iterations"], "session.optimizer_iterations")
    slots = _slots(d["optimizer_slots"], reference, "session.optimizer_slots")
    order = decode_array(d["order"], "session.order", dtypes=("int64",), ndim=1,
                         max_elements=n_train)
    if len(order) != n_train or not np.array_equal(np.sort(order), np.arange(n_train)):
        raise ProjectError(f"must be an ordering of the {n_train} training points",
                           "session.order")
    position = _count(d["position"], "session.position", n_train)
    dropouts = capture(reference, with_history=False).dropout_states
    states = d["dropout_states"]
    if not isinstance(states, list) or len(states) != len(dropouts):
        raise ProjectError(f"must be a list of {len(dropouts)} generator state(s), one per "
                           "dropout layer", "session.dropout_states")
    status = d["status"]
    if status not in STATUSES:
        raise ProjectError(f"must be one of {', '.join(STATUSES)}, got {status!r}",
                           "session.status")
    message = d["message"]
    if not isinstance(message, str) or len(message) > MAX_MESSAGE:
        raise ProjectError(f"must be text of at most {MAX_MESSAGE} characters",
                           "session.message")
    return SessionCheckpoint(
        config=config, generation=_count(d["generation"], "session.generation", 2**31),
        epoch=_count(d["epoch"], "session.epoch"),
        step_count=_count(d["step_count"], "session.step_count"),
        serial=_count(d["serial"], "session.serial"), weights=weights,
        optimizer_iterations=iterations, optimizer_slots=slots,
        rng_state=_rng_state(d["rng_state"], "session.rng_state"), order=order,
        position=position, good=_kept(d["good"], live, "session.good"),
        best=_kept(d["best"], live, "session.best"), status=status, message=message,
        history=_history(d["history"], reference.history.limit),
        dropout_states=tuple(_rng_state(s, f"session.dropout_states[{i}]")
                             for i, s in enumerate(states)))


# -- pieces ------------------------------------------------------------------------------------
def _fields(d, names, where: str) -> None:
    """``d`` is an object with exactly ``names``."""
    if not isinstance(d, dict):
        raise ProjectError("must be an object", where)
    unknown = sorted(set(d) - set(names))
    if unknown:
        raise ProjectError(f"unknown field(s) {', '.join(map(repr, unknown))}", where)
    missing = [n for n in names if n not in d]
    if missing:
        raise ProjectError(f"missing field(s) {', '.join(map(repr, missing))}", where)


def _count(value, where: str, most: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
        raise ProjectError(f"must be a whole number from 0 to {most}, got {value!r}", where)
    return value


def _weight_list(value, live, where: str) -> list:
    """Arrays matching ``live`` one for one in shape and dtype, all finite."""
    if not isinstance(value, list) or len(value) != len(live):
        raise ProjectError(f"the model the config builds has {len(live)} weight arrays, the "
                           f"file gives {len(value) if isinstance(value, list) else value!r}",
                           where)
    out = []
    for i, (item, w) in enumerate(zip(value, live)):
        a = decode_array(item, f"{where}[{i}]", dtypes=(w.dtype.name,), finite=True,
                         max_elements=w.size)
        if a.shape != w.shape:
            raise ProjectError(f"the model needs shape {list(w.shape)}, the file gives "
                               f"{list(a.shape)}", f"{where}[{i}]")
        out.append(a)
    return out


def _slots(value, reference, where: str) -> dict:
    """Optimizer state shaped as the reference session's optimizer makes it after one step."""
    if not isinstance(value, dict):
        raise ProjectError("must be an object of index -> arrays", where)
    if not value:
        return {}
    reference.step(1)
    expected = reference.model.optimizer._slots
    out = {}
    for key, arrays in value.items():
        if not key.isdigit() or int(key) not in expected:
            raise ProjectError(f"unknown weight index {key!r}; this optimizer has "
                               f"{len(expected)}", where)
        shapes = expected[int(key)]
        if not isinstance(arrays, list) or len(arrays) != len(shapes):
            raise ProjectError(f"must be a list of {len(shapes)} arrays", f"{where}.{key}")
        out[int(key)] = [_matching(a, s, f"{where}.{key}[{j}]")
                         for j, (a, s) in enumerate(zip(arrays, shapes))]
    return out


def _matching(value, like: np.ndarray, where: str) -> np.ndarray:
    a = decode_array(value, where, dtypes=(like.dtype.name,), finite=True,
                     max_elements=like.size)
    if a.shape != like.shape:
        raise ProjectError(f"needs shape {list(like.shape)}, got {list(a.shape)}", where)
    return a


def _encode_kept(kept) -> dict | None:
    """A :class:`~nnviz.lab.kept_weights.KeptWeights` as JSON (a NaN loss as null)."""
    if kept is None:
        return None
    return {"weights": [encode_array(w) for w in kept.weights],
            "optimizer_iterations": int(kept.iterations), "epoch": int(kept.epoch),
            "step_count": int(kept.step),
            "loss": float(kept.loss) if np.isfinite(kept.loss) else None,
            "loss_on": kept.loss_on}


def _kept(value, live, where: str):
    if value is None:
        return None
    _fields(value, KEPT_FIELDS, where)
    loss = value["loss"]
    if loss is not None and (isinstance(loss, bool) or not isinstance(loss, (int, float))
                             or not np.isfinite(loss)):
        raise ProjectError(f"must be a finite number or null, got {loss!r}", f"{where}.loss")
    if value["loss_on"] not in ("test", "train"):
        raise ProjectError(f"must be 'test' or 'train', got {value['loss_on']!r}",
                           f"{where}.loss_on")
    return KeptWeights(_weight_list(value["weights"], live, f"{where}.weights"),
                       _count(value["optimizer_iterations"], f"{where}.optimizer_iterations"),
                       _count(value["epoch"], f"{where}.epoch"),
                       _count(value["step_count"], f"{where}.step_count"),
                       float("nan") if loss is None else float(loss), value["loss_on"])


def _history(value, limit: int):
    if value is None:
        return None
    _fields(value, COLUMNS + ("stride",), "session.history")
    columns = {}
    for name in COLUMNS:
        dtypes = ("int64",) if name == "epochs" else ("float64",)
        columns[name] = decode_array(value[name], f"session.history.{name}", dtypes=dtypes,
                                     ndim=1, max_elements=limit)
    lengths = {len(c) for c in columns.values()}
    if len(lengths) != 1:
        raise ProjectError("the history's columns differ in length", "session.history")
    columns["stride"] = _count(value["stride"], "session.history.stride", 2**40) or 1
    return columns


def _rng_state(value, where: str) -> dict:
    """A PCG64 state NumPy accepts (checked by loading it into a generator)."""
    if not isinstance(value, dict) or value.get("bit_generator") != "PCG64":
        raise ProjectError("must be a PCG64 generator state", where)
    try:
        np.random.PCG64().state = value
    except (TypeError, ValueError, KeyError, OverflowError) as exc:
        raise ProjectError(f"is not a valid PCG64 generator state ({exc})", where) from None
    return _plain(value)


def _plain(state):
    """A copy of a generator state with plain Python ints (NumPy's may be its own types)."""
    if isinstance(state, dict):
        return {k: _plain(v) for k, v in state.items()}
    if isinstance(state, (np.integer, int)) and not isinstance(state, bool):
        return int(state)
    return state
