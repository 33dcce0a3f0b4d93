"""One array holds all of a model's trained parameters, and one their gradients.

Every optimizer rule is element-wise, so a step over one flat array is the same arithmetic as a
step over each parameter in turn, bit for bit, in one NumPy call per operation instead of one
per layer. For the playground's small networks that call overhead is most of the optimizer's
time: SGD on circle [4, 2] spends 4.6 us a step on three arrays and 1.0 us on one.

The layers keep their parameters as views into the flat arrays (``Layer.adopt_storage``), so
``layer.kernel`` and ``model.weights`` stay live arrays as before. A model packs its layers
when it builds them and checks, whenever it makes a training plan, that they still are packed.
"""
from __future__ import annotations

import numpy as np

from .layer_base import Layer


def consecutive_base(arrays):
    """The 1-D array that ``arrays`` are C-contiguous views of, end to end and in order, covering
    all of it; None if they are not."""
    if not arrays:
        return None
    base = arrays[0].base
    if base is None or base.ndim != 1 or not base.flags.c_contiguous:
        return None
    address = base.__array_interface__["data"][0]
    for a in arrays:
        if a.base is not base or a.dtype != base.dtype or not a.flags.c_contiguous or \
                a.__array_interface__["data"][0] != address:
            return None
        address += a.nbytes
    return base if address == base.__array_interface__["data"][0] + base.nbytes else None


def pack(layers):
    """``(params, grads)``: the flat arrays behind the parameters and gradients of ``layers``,
    moving them there (values kept) if they are not there yet. None when a layer cannot move
    its parameters or they differ in type; the optimizer then steps them one by one."""
    layers = [layer for layer in layers if layer.params]
    params = [p for layer in layers for p in layer.params]
    grads = [g for layer in layers for g in layer.grads]
    if not params:
        return None
    flat = consecutive_base(params), consecutive_base(grads)
    if flat[0] is not None and flat[1] is not None:
        return flat
    if any(type(layer).adopt_storage is Layer.adopt_storage for layer in layers) or \
            len({a.dtype for a in params + grads}) != 1:
        return None
    total = sum(p.size for p in params)
    flat = np.empty(total, params[0].dtype), np.empty(total, params[0].dtype)
    offset = 0
    for layer in layers:
        moved = [], []
        for pair in zip(layer.params, layer.grads):
            size = pair[0].size
            for old, new, into in zip(pair, flat, moved):
                view = new[offset:offset + size].reshape(old.shape)
                view[...] = old
                into.append(view)
            offset += size
        layer.adopt_storage(*moved)
    # A layer shared with another model has left that model's arrays: let it notice.
    Layer.structure_version += 1
    return flat
