"""nnviz.lab stays Qt-free (DESIGN.md section 1): checked in a clean interpreter."""
import subprocess
import sys


def test_importing_lab_loads_no_qt_and_no_app():
    code = ("import sys, nnviz.lab.session, nnviz.lab.config, nnviz.lab.snapshot\n"
            "from nnviz.lab import Session, ExperimentConfig\n"
            "Session(ExperimentConfig()).snapshot()\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', "
            "'PyQt5', 'PyQt6') or m.startswith('nnviz.app')]\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
