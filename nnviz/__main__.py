"""``python -m nnviz`` and the ``nnviz`` console script."""
from __future__ import annotations

import os
import sys

if __name__ == "__mp_main__":
    # A training process (multiprocessing's spawn) runs this module first. Ctrl+C in the
    # terminal reaches it too; the window, not the trainer, decides what it means, and a
    # trainer killed halfway through its imports would print a traceback. Ignore it from here.
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)

# NumPy's BLAS must be told to use one thread before NumPy loads (DESIGN.md §6).
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the app; returns the exit status."""
    from nnviz.app.cli import main as cli_main
    return cli_main(argv)


if __name__ == "__main__":
    import multiprocessing
    multiprocessing.freeze_support()  # the training process of a frozen app starts here
    sys.exit(main())
