"""Test-wide setup: headless Qt before anything imports it, one BLAS thread."""
import os
import tempfile

# Without a display Qt aborts the whole process; tests always run offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# Settings (remembered instruments) go to a throw-away folder, never the user's own.
os.environ.setdefault("NNVIZ_SETTINGS_DIR", tempfile.mkdtemp(prefix="nnviz-test-settings-"))

import pytest  # noqa: E402 - after the environment above, before anything imports Qt


@pytest.fixture(autouse=True)
def _fresh_user_folders(tmp_path_factory, monkeypatch):
    """Each test starts with empty settings and user folders: instruments opened, a language
    chosen or an autosave left by one test never reach the next one's window."""
    monkeypatch.setenv("NNVIZ_SETTINGS_DIR", str(tmp_path_factory.mktemp("settings")))
    monkeypatch.setenv("NNVIZ_USER_DIR", str(tmp_path_factory.mktemp("user")))
