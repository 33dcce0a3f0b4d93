"""Test-wide setup: headless Qt before anything imports it, one BLAS thread."""
import os
import tempfile

# Without a display Qt aborts the whole process; tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# Settings (remembered instruments) go to a throw-away folder, never the user's own.
os.environ.setdefault("NNVIZ_SETTINGS_DIR", tempfile.mkdtemp(prefix="nnviz-test-settings-"))
