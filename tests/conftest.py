"""Test-wide setup: headless Qt before anything imports it, one BLAS thread."""
import os

# Without a display Qt aborts the whole process; tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
