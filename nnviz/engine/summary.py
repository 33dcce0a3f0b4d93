"""Text output of a model: Keras 3's ``summary()`` table and ``fit(verbose=...)`` progress lines.

Box-drawing characters are used when standard output can encode them (as Keras's rich output
does) and ASCII otherwise, so a console with a legacy code page never fails on a summary.
"""
from __future__ import annotations

import sys
import textwrap

_DEFAULT_WIDTH = 76  # Keras 3's table width for a Sequential model
_BOX = {"top": "┏━┳┓", "head": "┃┃┃", "rule": "┡━╇┩", "row": "│││", "sep": "├─┼┤",
        "bottom": "└─┴┘", "bar": "━"}
_ASCII = {"top": "+-++", "head": "|||", "rule": "+=++", "row": "|||", "sep": "+-++",
          "bottom": "+-++", "bar": "="}


def _glyphs():
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "".join(_BOX.values()).encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return _ASCII
    return _BOX


def _bytes(n_params, itemsize):
    size = float(n_params * itemsize)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.2f} {unit}"
        size /= 1024
    return ""  # pragma: no cover


def _widths(line_length):
    """Inner widths of the three columns; 33/24/15 at Keras's default 76 characters."""
    first = round(0.45 * line_length) - 1
    second = round(0.78 * line_length) - first - 2
    return first, second, line_length - 4 - first - second


def _cells(text, width, align):
    lines = textwrap.wrap(str(text), max(width - 2, 1)) or [""]
    return [" " + (line.rjust if align == "right" else line.ljust)(width - 2) + " "
            for line in lines]


def _table_row(fields, widths, aligns, wall):
    columns = [_cells(f, w, a) for f, w, a in zip(fields, widths, aligns)]
    height = max(len(c) for c in columns)
    columns = [c + [" " * w] * (height - len(c)) for c, w in zip(columns, widths)]
    return [wall[0] + wall[1].join(parts) + wall[2] for parts in zip(*columns)]


def _rule(kind, widths, g):
    left, fill, cross, right = g[kind]
    return left + cross.join(fill * w for w in widths) + right


def summary_lines(model, line_length=None):
    """The lines of ``model.summary()`` in Keras 3's layout."""
    g = _glyphs()
    widths = _widths(line_length or _DEFAULT_WIDTH)
    aligns = ("left", "left", "right")
    lines = [f'Model: "{model.name}"', _rule("top", widths, g)]
    lines += _table_row(["Layer (type)", "Output Shape", "Param #"], widths, aligns, g["head"])
    lines.append(_rule("rule", widths, g))
    for i, layer in enumerate(model.layers):
        if i:
            lines.append(_rule("sep", widths, g))
        shape = f"(None, {layer.units})" if layer.built else "?"
        params = f"{layer.count_params():,}" if layer.built else "0 (unbuilt)"
        lines += _table_row([f"{layer.name} ({type(layer).__name__})", shape, params], widths,
                            aligns, g["row"])
    lines.append(_rule("bottom", widths, g))
    trainable = sum(w.size for w in model.trainable_weights)
    total = model.count_params()
    itemsize = model.dtype_itemsize
    lines += [f" Total params: {total:,} ({_bytes(total, itemsize)})",
              f" Trainable params: {trainable:,} ({_bytes(trainable, itemsize)})",
              f" Non-trainable params: {total - trainable:,} "
              f"({_bytes(total - trainable, itemsize)})"]
    return lines


def _per_step(seconds, n_batches):
    per_step = seconds / max(n_batches, 1)
    if per_step >= 1:
        return f"{per_step:.0f}s/step"
    return f"{per_step * 1e3:.0f}ms/step" if per_step >= 1e-3 else f"{per_step * 1e6:.0f}us/step"


def progress_line(n_batches, seconds, logs, verbose):
    """One epoch's closing progress line as Keras 3's ``fit`` prints it (values in
    alphabetical order, as Keras 3 shows them)."""
    values = " - ".join(f"{k}: {logs[k]:.4f}" for k in sorted(logs))
    step_text = _per_step(seconds, n_batches)
    if verbose == 2:
        return f"{n_batches}/{n_batches} - {seconds:.0f}s - {step_text} - {values}"
    bar = _glyphs()["bar"] * 20
    return f"{n_batches}/{n_batches} {bar} {seconds:.0f}s {step_text} - {values}"
