"""The Instruments menu/toolbar, the docks, remembering them, and ``--open``."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from nnviz.app.instruments.registry import INSTRUMENTS

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def settings_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NNVIZ_SETTINGS_DIR", str(tmp_path))
    return tmp_path


def make_window(qtbot):
    from nnviz.app.instruments.docks import InstrumentDocks
    w = QMainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    docks = InstrumentDocks(w, None)
    w.show()
    qtbot.waitExposed(w)
    return w, docks


def test_registry_names_and_views():
    assert list(INSTRUMENTS) == ["forward", "backprop", "gradients", "perceptron", "descent",
                                 "optimizers", "activations", "losses"]
    for inst in INSTRUMENTS.values():
        assert inst.title and inst.help and callable(inst.view_class())


def test_toolbar_action_opens_and_closes_a_dock(qtbot, settings_dir):
    w, docks = make_window(qtbot)
    assert [a.text() for a in docks.menu.actions()] == [
        "Forward pass", "Backprop", "Gradient flow",
        "Perceptron lab", "Gradient descent", "Optimizer race", "Activations", "Losses"]
    docks.actions["descent"].trigger()
    assert docks.is_open("descent") and docks.dock("descent").isVisible()
    from nnviz.app.instruments.descent_view import DescentView
    assert isinstance(docks.view("descent"), DescentView)
    docks.actions["losses"].trigger()
    assert docks.open_names() == ["descent", "losses"]
    assert w.tabifiedDockWidgets(docks.dock("losses")) == [docks.dock("descent")]
    docks.actions["descent"].trigger()
    assert docks.open_names() == ["losses"] and not docks.actions["descent"].isChecked()


def test_the_docks_close_button_unchecks_the_action(qtbot, settings_dir):
    w, docks = make_window(qtbot)
    docks.open("activations")
    docks.dock("activations").close()
    assert not docks.is_open("activations") and not docks.actions["activations"].isChecked()


def test_open_instruments_are_remembered_between_runs(qtbot, settings_dir):
    w, docks = make_window(qtbot)
    docks.open("optimizers")
    docks.open("perceptron")
    w.close()
    w2, docks2 = make_window(qtbot)
    assert docks2.open_names() == ["perceptron", "optimizers"]
    assert docks2.actions["perceptron"].isChecked()
    docks2.close("perceptron")
    docks2.close("optimizers")
    w3, docks3 = make_window(qtbot)
    assert docks3.open_names() == []


def test_unknown_instrument_is_refused(qtbot, settings_dir):
    w, docks = make_window(qtbot)
    with pytest.raises(ValueError, match="unknown instrument 'nope'"):
        docks.open("nope")


def test_main_window_has_instruments(qtbot, settings_dir):
    from nnviz.app.main_window import MainWindow
    w = MainWindow(start=False)
    qtbot.addWidget(w)
    w.instruments.open("perceptron")
    assert w.instruments.view("perceptron").lab.weights == (0.3, 0.4, 0.1)
    w.close()


def test_cli_open_choices_come_from_the_registry(capsys):
    from nnviz.app.cli import build_parser
    args = build_parser().parse_args(["--open", "descent", "--open", "losses"])
    assert args.open == ["descent", "losses"]
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["--open", "nope"])
    assert exc.value.code == 2 and "invalid choice: 'nope'" in capsys.readouterr().err


def test_nnviz_open_shows_the_instrument_and_remembers_it(tmp_path):
    shot = tmp_path / "s.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NNVIZ_SETTINGS_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "nnviz", "--open", "descent", "--open",
                           "activations", "--screenshot", str(shot), "--screenshot-after", "0.5",
                           "--quit-after", "1"], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert shot.is_file() and shot.stat().st_size > 10_000
    ini = (tmp_path / "nnviz.ini").read_text()
    assert "descent" in ini and "activations" in ini and "losses" not in ini
