"""Arrays in a project file: exact bytes as base64, checked for size before anything is allocated.

An array is ``{"dtype": "float32", "shape": [3, 5], "data": "<base64 of little-endian bytes>"}``,
so a reopened project holds the same bits it saved (a decimal rendering could round them).
"""
from __future__ import annotations

import base64
import binascii
import math

import numpy as np

from .errors import ProjectError

#: The dtypes a project may hold, by their JSON name.
DTYPES = {"float32": "<f4", "float64": "<f8", "int64": "<i8", "int32": "<i4"}
#: Most elements in any one array: far above the largest model, history or dataset nnviz makes.
MAX_ELEMENTS = 4_000_000
ARRAY_FIELDS = ("dtype", "shape", "data")


def encode_array(array) -> dict:
    """The JSON form of ``array`` (its dtype must be one of :data:`DTYPES`)."""
    a = np.asarray(array)
    name = a.dtype.name
    if name not in DTYPES:
        raise ProjectError(f"arrays of dtype {name} cannot be saved")
    data = np.ascontiguousarray(a, dtype=DTYPES[name]).tobytes()
    return {"dtype": name, "shape": list(a.shape), "data": base64.b64encode(data).decode("ascii")}


def decode_array(value, where: str, *, dtypes=tuple(DTYPES), ndim: int | None = None,
                 max_elements: int = MAX_ELEMENTS, finite: bool = False) -> np.ndarray:
    """The array ``value`` encodes; :class:`ProjectError` naming ``where`` if anything is off.

    The declared shape times the item size is checked against ``max_elements`` and against the
    length of the base64 text before a single byte is decoded, so a small file cannot make
    nnviz allocate gigabytes.
    """
    if not isinstance(value, dict):
        raise ProjectError(f"must be an array object {{dtype, shape, data}}, got "
                           f"{_kind(value)}", where)
    unknown = sorted(set(value) - set(ARRAY_FIELDS))
    if unknown:
        raise ProjectError(f"unknown field(s) {', '.join(map(repr, unknown))} in an array", where)
    missing = [f for f in ARRAY_FIELDS if f not in value]
    if missing:
        raise ProjectError(f"the array lacks {', '.join(map(repr, missing))}", where)
    dtype, shape, data = value["dtype"], value["shape"], value["data"]
    if not isinstance(dtype, str) or dtype not in DTYPES:
        raise ProjectError(f"unknown dtype {dtype!r}; expected one of {', '.join(DTYPES)}",
                           f"{where}.dtype")
    if dtype not in dtypes:
        raise ProjectError(f"dtype {dtype} is not allowed here; expected {' or '.join(dtypes)}",
                           f"{where}.dtype")
    if not isinstance(shape, list) or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape):
        raise ProjectError(f"shape must be a list of whole numbers >= 0, got {shape!r}",
                           f"{where}.shape")
    if ndim is not None and len(shape) != ndim:
        raise ProjectError(f"expected {ndim} dimension(s), got shape {shape}", f"{where}.shape")
    count = math.prod(shape)
    if count > max_elements:
        raise ProjectError(f"shape {shape} declares {count} elements, over the limit of "
                           f"{max_elements}", f"{where}.shape")
    if not isinstance(data, str):
        raise ProjectError(f"data must be base64 text, got {_kind(data)}", f"{where}.data")
    nbytes = count * np.dtype(DTYPES[dtype]).itemsize
    if len(data) != 4 * -(-nbytes // 3):
        raise ProjectError(f"shape {shape} of {dtype} needs {nbytes} bytes, but the data holds "
                           f"about {len(data) * 3 // 4}", f"{where}.data")
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ProjectError("data is not valid base64", f"{where}.data") from None
    if len(raw) != nbytes:
        raise ProjectError(f"shape {shape} of {dtype} needs {nbytes} bytes, the data holds "
                           f"{len(raw)}", f"{where}.data")
    array = np.frombuffer(raw, dtype=DTYPES[dtype]).astype(dtype).reshape(shape)
    if finite and not np.isfinite(array).all():
        raise ProjectError("holds NaN or infinite values", where)
    return array


def _kind(value) -> str:
    """A JSON type name for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", str: "text", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)
