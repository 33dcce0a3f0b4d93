"""Numeric settings shared by the whole engine: float type, random numbers, input checks."""
from __future__ import annotations

import itertools
import numbers
from collections import defaultdict

import numpy as np

_FLOATX = "float32"
_VALID_FLOATX = ("float16", "float32", "float64")
_rng = np.random.default_rng()
_EPSILON = 1e-7
_name_counters: defaultdict = defaultdict(itertools.count)


def floatx() -> str:
    """The float type new layers and inputs use (``"float32"`` by default, like Keras)."""
    return _FLOATX


def set_floatx(value: str) -> None:
    """Switch the float type of layers built from now on (gradient checks use ``"float64"``)."""
    global _FLOATX
    if value not in _VALID_FLOATX:
        raise ValueError(f"floatx must be one of {', '.join(_VALID_FLOATX)}, got {value!r}")
    _FLOATX = value


def set_random_seed(seed: int) -> None:
    """Seed every random draw of the engine (initializers, dropout, shuffling).

    After ``set_random_seed(s)`` two identical scripts produce bit-identical weights, like
    ``keras.utils.set_random_seed``.
    """
    global _rng
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed!r}")
    _rng = np.random.default_rng(int(seed))


def epsilon() -> float:
    """The fuzz factor Keras adds to avoid dividing by zero (1e-7)."""
    return _EPSILON


def unique_name(prefix: str) -> str:
    """``prefix``, then ``prefix_1``, ``prefix_2``, ... as Keras names layers and models."""
    n = next(_name_counters[prefix])
    return prefix if n == 0 else f"{prefix}_{n}"


def clear_session(free_memory: bool = True) -> None:
    """Start naming afresh, as ``keras.backend.clear_session``: the next Dense is "dense" again.

    Models and layers that exist keep working; only the automatic names restart.
    """
    _name_counters.clear()


def rng() -> np.random.Generator:
    """The engine's global random generator."""
    return _rng


def generator(seed: int | None) -> np.random.Generator:
    """A generator of its own for ``seed``, or the global one when ``seed`` is None."""
    return _rng if seed is None else np.random.default_rng(seed)


def to_array(value, name: str, *, dtype=None, check_finite: bool = True) -> np.ndarray:
    """``value`` as a C-contiguous float array; ``ValueError``/``TypeError`` naming ``name``.

    Integer and boolean inputs (the course passes ``np.array([[0, 0], [1, 0], ...])``) are cast.
    """
    try:
        arr = np.asarray(value)
    except Exception as exc:  # ragged lists and the like
        raise ValueError(f"{name} must be a rectangular array of numbers, got {value!r}") from exc
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.number) or arr.dtype == bool):
        raise TypeError(f"{name} must hold numbers, got dtype {arr.dtype} ({_preview(value)})")
    if np.iscomplexobj(arr):
        raise TypeError(f"{name} must hold real numbers, got complex values ({_preview(value)})")
    arr = np.ascontiguousarray(arr, dtype=dtype or _FLOATX)
    if check_finite and not np.isfinite(arr).all():
        bad = np.argwhere(~np.isfinite(arr))[0]
        raise ValueError(f"{name} contains NaN or infinity at index {tuple(int(i) for i in bad)}"
                         f" (value {arr[tuple(bad)]!r})")
    return arr


def _preview(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
