"""A model's weights alone, as JSON or NPZ, named by layer and in Keras's ``get_weights`` order.

Float32 values are written as the decimal of their exact value (``repr`` of the float64 that
holds them), so reading a file back gives the same bits.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..config import ExperimentConfig

WEIGHTS_FORMAT = "nnviz-weights"
WEIGHTS_VERSION = 1


def weight_names(config: ExperimentConfig) -> list[str]:
    """``"layer/weight"`` for each array of ``model.get_weights()`` of a model built from
    ``config`` (see :func:`nnviz.lab.model_builder.build_model`)."""
    names = []
    for i, layer in enumerate(config.network.hidden, start=1):
        names += [f"hidden_{i}/kernel", f"hidden_{i}/bias"]
        if layer.batch_norm:
            names += [f"batch_norm_{i}/{w}" for w in
                      ("gamma", "beta", "moving_mean", "moving_variance")]
    return names + ["output/kernel", "output/bias"]


def _checked(config: ExperimentConfig, weights) -> list[tuple[str, np.ndarray]]:
    names = weight_names(config)
    arrays = [np.asarray(w, dtype=np.float32) for w in weights]
    if len(arrays) != len(names):
        raise ValueError(f"weights must hold {len(names)} arrays for this network "
                         f"({', '.join(names)}), got {len(arrays)}")
    return list(zip(names, arrays))


def exact_list(array: np.ndarray):
    """Nested lists of Python floats equal to the float32 values (exact, not rounded)."""
    return np.asarray(array, dtype=np.float32).astype(np.float64).tolist()


def weights_to_json(config: ExperimentConfig, weights) -> str:
    """A JSON document: format, version and ``{"name", "shape", "values"}`` per array."""
    entries = [{"name": name, "shape": list(a.shape), "values": exact_list(a)}
               for name, a in _checked(config, weights)]
    return json.dumps({"format": WEIGHTS_FORMAT, "version": WEIGHTS_VERSION,
                       "weights": entries}, indent=1)


def weights_from_json(text: str) -> list[np.ndarray]:
    """The arrays of :func:`weights_to_json` in order; ``ValueError`` for another document."""
    doc = json.loads(text)
    if not isinstance(doc, dict) or doc.get("format") != WEIGHTS_FORMAT:
        raise ValueError(f"not an nnviz weights file (format must be {WEIGHTS_FORMAT!r})")
    arrays = []
    for entry in doc["weights"]:
        a = np.asarray(entry["values"], dtype=np.float32)
        if list(a.shape) != list(entry["shape"]):
            raise ValueError(f"weight {entry['name']!r} has shape {a.shape}, "
                             f"declared {entry['shape']}")
        arrays.append(a)
    return arrays


def write_weights_json(path, config: ExperimentConfig, weights) -> Path:
    path = Path(path)
    path.write_text(weights_to_json(config, weights), encoding="utf-8")
    return path


def write_weights_npz(path, config: ExperimentConfig, weights) -> Path:
    """An ``.npz`` with one float32 array per ``"layer/weight"`` name, plus ``_order``."""
    path = Path(path)
    pairs = _checked(config, weights)
    with open(path, "wb") as f:
        np.savez(f, _order=np.array([n for n, _ in pairs]), **dict(pairs))
    return path


def read_weights_npz(path) -> list[np.ndarray]:
    with np.load(path, allow_pickle=False) as npz:
        return [npz[str(name)] for name in npz["_order"]]
