"""Model files: ``model.save(path)``, ``load_model(path)``, ``save_weights`` / ``load_weights``.

The format is our own, documented here, and never uses pickle. A file is a zip archive with:

- ``nnviz_model.json`` — ``{"format": "nnviz.model", "format_version": 1, "kind": "model" or
  "weights", "model": {"class_name": "Sequential", "config": ...} (models only), "compile":
  {"optimizer": ..., "loss": ..., "metrics": [...]} or null, "weights": [array entries],
  "optimizer_state": {"iterations": n, "slots": [[array entries], ...]} or null}``;
- one ``.npy`` file per array, named by its entry ``{"file": "arrays/0.npy", "shape": [2, 4],
  "dtype": "float32"}``; read with ``numpy.load(..., allow_pickle=False)``.

Keras's own ``.keras`` files keep their weights in HDF5, which would need h5py; nnviz writes
this format under any name (``model.keras`` included) except ``.h5``/``.hdf5``, which it
refuses with an explanation. Reading checks everything — archive, JSON, declared shapes and
dtypes against size limits, each array against its declaration — before it changes anything.
"""
from __future__ import annotations

import io
import json
import math
import os
import tempfile
import zipfile

import numpy as np

from . import losses as _losses, metrics as _metrics, optimizers as _optimizers, schedules

FORMAT = "nnviz.model"
FORMAT_VERSION = 1
INDEX = "nnviz_model.json"
ALLOWED_DTYPES = ("float16", "float32", "float64")
MAX_ARRAY_ELEMENTS = 1 << 26       # 64 M numbers in one array (256 MB of float32)
MAX_TOTAL_ELEMENTS = 1 << 27       # 128 M numbers in one file
MAX_ARRAYS = 100_000
MAX_INDEX_BYTES = 16 << 20
_NPY_HEADER_ALLOWANCE = 1 << 16    # an .npy header is at most 64 KiB
_HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
_H5_SUFFIXES = (".h5", ".hdf5", ".he5")


class ModelFileError(ValueError):
    """A file that is not a readable nnviz model (truncated, corrupted or another format)."""


def _h5_refused(path, what="model.save"):
    example = "model.save('model.keras')" if what == "model.save" else \
        "model.save_weights('model.weights.nnviz')"
    return ValueError(
        f"{what}({str(path)!r}): nnviz does not write HDF5 (.h5) files — that format needs the "
        "h5py library, which nnviz does not depend on. It saves its own zip format (JSON plus "
        f".npy arrays, no pickle) under any other name, e.g. {example}")


def _check_path(path, what):
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"{what} needs a file path, got {type(path).__name__}")
    if str(path).lower().endswith(_H5_SUFFIXES):
        raise _h5_refused(path, what)
    return os.fspath(path)


def _check_save_format(save_format, what, path):
    if save_format in (None, "keras", "nnviz"):
        return
    if save_format in ("h5", "hdf5"):
        raise _h5_refused(path, what)
    raise ValueError(f"save_format={save_format!r} is not supported: nnviz writes its own zip "
                     "format (TensorFlow's SavedModel 'tf' format is not available)")


# -- writing --------------------------------------------------------------------------------------
def _entry(array, arrays):
    arrays.append(array)
    return {"file": f"arrays/{len(arrays) - 1}.npy", "shape": list(array.shape),
            "dtype": str(array.dtype)}


def _compile_config(model):
    if not model.compiled:
        return None
    opt = model.optimizer
    if callable(opt.learning_rate) and not isinstance(opt.learning_rate,
                                                      schedules.LearningRateSchedule):
        raise ValueError("cannot save an optimizer whose learning_rate is a plain function; "
                         "use a number or a schedule from nnviz.engine.schedules")
    loss = model.loss
    loss_config = loss.name if loss.returns_per_sample else {
        "class_name": type(loss).__name__, "config": loss.get_config()}
    metrics = []
    for m in model._metric_specs:
        if isinstance(m, str):
            metrics.append(m)
        elif isinstance(m, _metrics.Metric):
            metrics.append({"class_name": type(m).__name__, "config": m.get_config()})
        elif isinstance(m, type) and issubclass(m, _metrics.Metric):
            metrics.append({"class_name": m.__name__, "config": {}})
        else:  # a function: by name; load_model finds it in the registry or custom_objects
            metrics.append({"function": _metrics.metric_name(m)})
    return {"optimizer": {"class_name": type(opt).__name__, "config": opt.get_config()},
            "loss": loss_config, "metrics": metrics}


def _write(model, path, kind, overwrite):
    if not model.built:
        raise ValueError("the model has no weights yet: give the first layer input_shape=(n,) "
                         "or train it once before saving")
    if not overwrite and os.path.exists(path):
        raise FileExistsError(f"{path!r} exists and overwrite=False")
    arrays: list = []
    index = {"format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
             "weights": [_entry(w, arrays) for w in model.weights],
             "compile": None, "optimizer_state": None}
    if kind == "model":
        index["model"] = {"class_name": "Sequential", "config": model.get_config()}
        index["compile"] = _compile_config(model)
        opt = model.optimizer
        if opt is not None:
            index["optimizer_state"] = {
                "iterations": int(opt.iterations),
                "slots": [[_entry(a, arrays) for a in opt._slots[i]]
                          for i in sorted(opt._slots)]}
            if sorted(opt._slots) != list(range(len(opt._slots))):
                raise RuntimeError("optimizer slots are not numbered 0..n-1")  # pragma: no cover
    directory = os.path.dirname(os.path.abspath(path))
    # Write beside the target, then rename: an interrupted save never leaves half a file.
    handle, tmp = tempfile.mkstemp(prefix=".nnviz-save-", dir=directory)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w",
                                                             zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(INDEX, json.dumps(index, indent=1))
            for i, array in enumerate(arrays):
                buf = io.BytesIO()
                np.save(buf, np.ascontiguousarray(array), allow_pickle=False)
                zf.writestr(f"arrays/{i}.npy", buf.getvalue())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def save_model(model, filepath, overwrite=True, save_format=None, **unused) -> None:
    """``model.save(filepath)``: architecture, weights, compile settings, optimizer state."""
    path = _check_path(filepath, "model.save")
    _check_save_format(save_format, "model.save", path)
    _write(model, path, "model", overwrite)


def save_weights(model, filepath, overwrite=True, save_format=None, **unused) -> None:
    """``model.save_weights(filepath)``: the weights only, in ``get_weights`` order."""
    path = _check_path(filepath, "model.save_weights")
    _check_save_format(save_format, "model.save_weights", path)
    _write(model, path, "weights", overwrite)


# -- reading --------------------------------------------------------------------------------------
def _fail(path, reason):
    return ModelFileError(f"cannot load {path!r}: {reason}")


def _read_index(path):
    if not os.path.isfile(path):
        raise FileNotFoundError(f"no such model file: {path!r}")
    with open(path, "rb") as f:
        head = f.read(8)
    if head == _HDF5_SIGNATURE:
        raise _fail(path, "it is an HDF5 file (Keras .h5). nnviz does not read HDF5, which "
                          "would need the h5py library; in Keras, copy the weights out with "
                          "model.get_weights() and into nnviz with model.set_weights(...)")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _fail(path, "it is not an nnviz model file (not a zip archive, or a truncated "
                          f"one: {exc})") from None
    names = set(zf.namelist())
    if INDEX not in names:
        zf.close()
        if "config.json" in names and "model.weights.h5" in names:
            raise _fail(path, "it is a Keras .keras file, whose weights are HDF5 "
                              "(model.weights.h5); nnviz reads only files nnviz saved")
        raise _fail(path, f"it is a zip archive but not an nnviz model (no {INDEX})")
    try:
        info = zf.getinfo(INDEX)
        if info.file_size > MAX_INDEX_BYTES:
            raise _fail(path, f"{INDEX} declares {info.file_size} bytes (limit "
                              f"{MAX_INDEX_BYTES})")
        index = json.loads(zf.read(INDEX).decode("utf-8"))
    except ModelFileError:
        zf.close()
        raise
    except Exception as exc:  # bad CRC, bad deflate stream, bad UTF-8 or JSON
        zf.close()
        raise _fail(path, f"{INDEX} is corrupted ({exc})") from None
    if not isinstance(index, dict) or index.get("format") != FORMAT:
        zf.close()
        raise _fail(path, f"{INDEX} does not describe an nnviz model")
    if index.get("format_version") != FORMAT_VERSION:
        zf.close()
        raise _fail(path, f"format version {index.get('format_version')!r} is not one this "
                          f"nnviz reads ({FORMAT_VERSION}); it was written by another version")
    return zf, index


def _declared(path, entry, where):
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        raise _fail(path, f"{where} is not an array entry")
    shape, dtype = entry.get("shape"), entry.get("dtype")
    if not isinstance(shape, list) or len(shape) > 8 or not all(
            isinstance(d, int) and not isinstance(d, bool) and 0 <= d for d in shape):
        raise _fail(path, f"{where} has an invalid shape {shape!r}")
    if dtype not in ALLOWED_DTYPES:
        raise _fail(path, f"{where} has dtype {dtype!r}; allowed: {', '.join(ALLOWED_DTYPES)}")
    size = math.prod(shape)
    if size > MAX_ARRAY_ELEMENTS:
        raise _fail(path, f"{where} declares {size} numbers (limit {MAX_ARRAY_ELEMENTS})")
    return tuple(shape), np.dtype(dtype), size


def _read_arrays(path, zf, entries, where):
    """Every declared array, each checked against its declaration; all or an error."""
    if not isinstance(entries, list) or len(entries) > MAX_ARRAYS:
        raise _fail(path, f"{where} is not a list of at most {MAX_ARRAYS} arrays")
    declared = [_declared(path, e, f"{where}[{i}]") for i, e in enumerate(entries)]
    total = sum(size for _, _, size in declared)
    if total > MAX_TOTAL_ELEMENTS:
        raise _fail(path, f"{where} declares {total} numbers in all (limit "
                          f"{MAX_TOTAL_ELEMENTS})")
    arrays = []
    for i, (entry, (shape, dtype, size)) in enumerate(zip(entries, declared)):
        try:
            info = zf.getinfo(entry["file"])
        except KeyError:
            raise _fail(path, f"{where}[{i}] names {entry['file']!r}, which is missing") from None
        if info.file_size > size * dtype.itemsize + _NPY_HEADER_ALLOWANCE:
            raise _fail(path, f"{entry['file']} is larger than its declared shape {shape}")
        try:
            array = np.load(io.BytesIO(zf.read(info)), allow_pickle=False)
        except Exception as exc:  # bad CRC, truncated data, a pickled object array
            raise _fail(path, f"{entry['file']} is corrupted ({exc})") from None
        if array.shape != shape or array.dtype != dtype:
            raise _fail(path, f"{entry['file']} holds {array.dtype}{array.shape}, but the file "
                              f"declares {dtype}{shape}")
        arrays.append(array)
    return arrays


def read_file(path):
    """(index, weights, optimizer slots) of a saved file, fully validated."""
    path = os.fspath(path)
    zf, index = _read_index(path)
    with zf:
        weights = _read_arrays(path, zf, index.get("weights"), "weights")
        state = index.get("optimizer_state")
        slots = []
        if state is not None:
            if not isinstance(state, dict) or not isinstance(state.get("slots"), list):
                raise _fail(path, "optimizer_state is malformed")
            slots = [_read_arrays(path, zf, s, f"optimizer_state.slots[{i}]")
                     for i, s in enumerate(state["slots"])]
    return index, weights, slots


def _from_class_config(path, spec, classes, what):
    if not isinstance(spec, dict) or spec.get("class_name") not in classes:
        raise _fail(path, f"unknown {what} {spec!r}; known: {', '.join(classes)}")
    try:
        return classes[spec["class_name"]](**dict(spec.get("config") or {}))
    except (TypeError, ValueError) as exc:
        raise _fail(path, f"{what} settings are invalid ({exc})") from None


def _optimizer(path, spec):
    classes = {e.value.__name__: e.value for e in _optimizers.OPTIMIZERS}
    config = dict(spec.get("config") or {}) if isinstance(spec, dict) else {}
    decay = config.pop("decay", 0.0)
    lr = config.get("learning_rate")
    if isinstance(lr, dict):
        schedule_classes = {c.__name__: c for c in vars(schedules).values() if isinstance(c, type)
                            and issubclass(c, schedules.LearningRateSchedule)}
        config["learning_rate"] = _from_class_config(path, lr, schedule_classes, "schedule")
    opt = _from_class_config(path, {**spec, "config": config}, classes, "optimizer")
    opt.decay = float(decay)  # set directly: loading is not the Keras 2 call that warns
    return opt


def _compile(path, model, spec, custom_objects):
    loss = spec.get("loss")
    if isinstance(loss, str):
        if loss not in _losses.LOSSES:
            raise _fail(path, f"unknown loss {loss!r}")
        loss = _losses.get(loss)
    else:
        loss = _from_class_config(path, loss, _losses.LOSS_CLASSES, "loss")
    metrics = []
    for m in spec.get("metrics") or []:
        if isinstance(m, dict) and "function" in m:
            name = m["function"]
            if name in (custom_objects or {}):
                metrics.append(custom_objects[name])
            elif name in _metrics.METRICS:
                metrics.append(_metrics.METRICS.get(name))
            else:
                raise _fail(path, f"the model uses the custom metric {name!r}; pass it as "
                                  f"load_model(path, custom_objects={{{name!r}: {name}}})")
        elif isinstance(m, dict):
            metrics.append(_from_class_config(path, m, _metrics.METRIC_CLASSES, "metric"))
        else:
            metrics.append(m)
    model.compile(optimizer=_optimizer(path, spec.get("optimizer")), loss=loss, metrics=metrics)


def load_model(filepath, custom_objects=None, compile=True, safe_mode=True):
    """A model saved by ``model.save``: same layers and weights, compiled as it was, with its
    optimizer state, so training continues exactly where it stopped."""
    from .models import Sequential

    path = os.fspath(filepath)
    index, weights, slots = read_file(path)
    if index.get("kind") != "model" or not isinstance(index.get("model"), dict):
        raise _fail(path, "it holds weights only (save_weights); build the model in code and "
                          "call model.load_weights(path)")
    try:
        model = Sequential.from_config(dict(index["model"].get("config") or {}))
        if not model.built:
            raise ValueError("the saved model has no input size")
        model.set_weights(weights)
    except (TypeError, ValueError) as exc:
        raise _fail(path, f"the saved architecture does not fit its weights ({exc})") from None
    if compile and index.get("compile"):
        if not isinstance(index["compile"], dict):
            raise _fail(path, "its compile settings are malformed")
        _compile(path, model, index["compile"], custom_objects)
        params = model._current_plan()["params"]
        opt = model.optimizer
        if len(slots) > len(params) or any(
                len(s) != len(opt._new_slots(params[i])) or
                any(a.shape != params[i].shape for a in s) for i, s in enumerate(slots)):
            raise _fail(path, "the saved optimizer state does not fit the model's weights")
        opt.iterations = int(index["optimizer_state"].get("iterations", 0)) \
            if index.get("optimizer_state") else 0
        opt._slots = {i: [np.array(a, dtype=params[i].dtype) for a in s]
                      for i, s in enumerate(slots)}
    return model


def load_weights(model, filepath, **unused) -> None:
    """Read the weights of ``save`` or ``save_weights`` into ``model``; all or nothing."""
    path = os.fspath(filepath)
    _, weights, _ = read_file(path)
    if not model.built:
        raise ValueError("the model has no weights yet to load into: give the first layer "
                         "input_shape=(n,) (or start with Input(shape=(n,))) first")
    model.set_weights(weights)
