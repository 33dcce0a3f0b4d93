"""Text output of a model: Keras's ``summary()`` table and ``fit(verbose=...)`` progress lines."""
from __future__ import annotations

_POSITIONS = (0.45, 0.85, 1.0)


def _row(fields, positions):
    line = ""
    for i, text in enumerate(fields):
        if i > 0:
            line = line[:-1] + " "
        line += str(text)
        line = line[: positions[i]]
        line += " " * (positions[i] - len(line))
    return line


def _bytes(n_params, itemsize):
    size = float(n_params * itemsize)
    for unit in ("Byte", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.2f} {unit}"
        size /= 1024
    return ""  # pragma: no cover


def summary_lines(model, line_length=65):
    """The lines of ``model.summary()`` in Keras 2's layout."""
    positions = [int(line_length * p) for p in _POSITIONS]
    lines = [f'Model: "{model.name}"', "_" * line_length,
             " " + _row(["Layer (type)", "Output Shape", "Param #"], positions)[:-1],
             "=" * line_length]
    for i, layer in enumerate(model.layers):
        shape = f"(None, {layer.units})" if layer.built else "(None, ?)"
        params = layer.count_params() if layer.built else 0
        lines.append(" " + _row([f"{layer.name} ({type(layer).__name__})", shape, params],
                                positions)[:-1])
        if i < len(model.layers) - 1:
            lines.append(" " * line_length)
    trainable = sum(w.size for w in model.trainable_weights)
    total = model.count_params()
    itemsize = model.dtype_itemsize
    lines += ["=" * line_length,
              f"Total params: {total:,} ({_bytes(total, itemsize)})",
              f"Trainable params: {trainable:,} ({_bytes(trainable, itemsize)})",
              f"Non-trainable params: {total - trainable:,} ({_bytes(total - trainable, itemsize)})",
              "_" * line_length]
    return lines


def progress_line(n_batches, seconds, logs, verbose):
    """One epoch's progress line as ``fit`` prints it."""
    values = " - ".join(f"{k}: {v:.4f}" for k, v in logs.items())
    per_step = seconds / max(n_batches, 1)
    step_text = f"{per_step * 1e3:.0f}ms/step" if per_step >= 1e-3 else \
        f"{per_step * 1e6:.0f}us/step"
    if verbose == 2:
        return f"{n_batches}/{n_batches} - {seconds:.0f}s - {step_text} - {values}"
    return f"{n_batches}/{n_batches} [{'=' * 30}] - {seconds:.0f}s {step_text} - {values}"
