"""nnviz.data stays Qt-free (DESIGN.md section 1): checked in a clean interpreter."""
import subprocess
import sys


def test_importing_data_loads_no_qt_and_no_app():
    code = ("import sys, nnviz.data, nnviz.data.generators, nnviz.data.csv_import\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', "
            "'PyQt5', 'PyQt6') or m.startswith(('nnviz.app', 'nnviz.lab'))]\n"
            "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
