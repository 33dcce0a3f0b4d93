"""Min/max decimation of a curve, so a history of any length draws in constant time."""
from __future__ import annotations

import numpy as np


def minmax_decimate(x: np.ndarray, y: np.ndarray, n_bins: int) -> tuple[np.ndarray, np.ndarray]:
    """Reduce a curve to at most ``2 * n_bins + 2`` points that keep its visual envelope.

    Each of ``n_bins`` consecutive chunks keeps its minimum and its maximum (in their original
    order), and the first and last points are always kept, so spikes and the current value never
    vanish. NaN values are ignored when choosing; a chunk of only NaN keeps one NaN so a line
    drawn with ``connect="finite"`` still shows the gap.

    Parameters
    ----------
    x, y : array_like, shape (n,)
        The curve; ``x`` is assumed sorted.
    n_bins : int
        Number of chunks, typically the plot's width in pixels.

    Returns
    -------
    x_out, y_out : ndarray
        The kept points, in the original order (copies when nothing is dropped).
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError(f"x and y must be 1-D of one length, got {x.shape} and {y.shape}")
    n = len(x)
    n_bins = max(1, int(n_bins))
    if n <= 2 * n_bins + 2:
        return x.copy(), y.copy()
    edges = np.linspace(0, n, n_bins + 1).astype(np.int64)
    size = int(np.max(np.diff(edges)))
    # Pad every chunk to one length so the arg-min/max are a single vectorised call.
    idx = edges[:-1, None] + np.arange(size)[None, :]
    valid = idx < edges[1:, None]
    idx = np.minimum(idx, n - 1)
    chunk = y[idx]
    finite = valid & np.isfinite(chunk)
    lo = np.where(finite, chunk, np.inf).argmin(axis=1)
    hi = np.where(finite, chunk, -np.inf).argmax(axis=1)
    rows = np.arange(n_bins)
    i_lo = idx[rows, lo]
    i_hi = idx[rows, hi]
    any_finite = finite.any(axis=1)
    # A chunk without finite values keeps its first index (a NaN) to mark the gap.
    i_lo = np.where(any_finite, i_lo, edges[:-1])
    i_hi = np.where(any_finite, i_hi, edges[:-1])
    keep = np.unique(np.concatenate([[0, n - 1], i_lo, i_hi]))
    return x[keep], y[keep]
