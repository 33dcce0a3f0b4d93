"""Facts of the environment the app relies on (DESIGN.md sections 1 and 6), in clean processes."""
from __future__ import annotations

import subprocess
import sys

from window_helpers import REPO


def run_python(code: str, timeout: int = 120, **env):
    import os
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, env=environ,
                          capture_output=True, text=True, timeout=timeout)


def test_engine_data_and_lab_import_no_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import nnviz.engine, nnviz.data, nnviz.lab\n"
        "for pkg in (nnviz.engine, nnviz.data, nnviz.lab):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "from nnviz.lab.session import Session\n"
        "from nnviz.lab.config import ExperimentConfig\n"
        "s = Session(ExperimentConfig()); s.step(5); s.snapshot()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'shiboken6', 'PyQt5', 'PyQt6') or m.startswith('nnviz.app'))\n"
        "print('LOADED', bad)\n")
    done = run_python(code)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout, done.stdout


def test_many_qpainter_setpen_calls_do_not_abort():
    # PySide6 6.12.0 on Python 3.11 aborts after a few thousand None-returning calls.
    code = (
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPen, QColor\n"
        "app = QGuiApplication([])\n"
        "img = QImage(64, 64, QImage.Format.Format_ARGB32)\n"
        "p = QPainter(img)\n"
        "pens = [QPen(QColor(i, 0, 0)) for i in range(256)]\n"
        "for i in range(20000):\n"
        "    p.setPen(pens[i % 256])\n"
        "    p.drawPoint(i % 64, (i // 64) % 64)\n"
        "p.end()\n"
        "print('ok')\n")
    done = run_python(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
