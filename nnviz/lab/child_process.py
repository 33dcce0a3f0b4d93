"""What the window's child processes (training, maps) do first: Ctrl+C is the window's.

Ctrl+C in a terminal reaches the whole process group, and the window decides what it means (it
closes cleanly), so each child sets it aside first thing (:func:`settle_in`).
"""
from __future__ import annotations

import os
import signal


def settle_in() -> None:
    """A child's first step: ignore Ctrl+C, and use one BLAS thread (networks this size never
    gained from more, and the window needs the other core)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    import faulthandler, sys as _s
    faulthandler.register(signal.SIGUSR1, all_threads=True, file=_s.stderr)
