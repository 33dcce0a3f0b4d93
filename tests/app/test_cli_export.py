"""``nnviz export``: PNG, GIF and Keras script from a project file, without a window."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnviz.app import cli
from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.project import ProjectDocument, save_project
from nnviz.lab.session import Session

REPO = Path(__file__).resolve().parents[2]
CONFIG = ExperimentConfig().with_dataset("xor").with_network(
    hidden=(LayerConfig(5, "relu"), LayerConfig(3)))


def run(*argv) -> int:
    return cli.main([str(a) for a in argv])


def exit_code(*argv) -> int:
    with pytest.raises(SystemExit) as info:
        run(*argv)
    return info.value.code


@pytest.fixture
def project(tmp_path):
    """A project trained 30 steps, and its session."""
    session = Session(CONFIG)
    session.step(30)
    path = save_project(tmp_path / "p.nnviz", ProjectDocument.from_session(session))
    return path, session


def test_png_at_twice_the_window_size(qapp, project, tmp_path, capsys):
    path, _ = project
    assert run("export", path, "--png", tmp_path / "w.png", "--scale", "2") == 0
    image = QImage(str(tmp_path / "w.png"))
    assert (image.width(), image.height()) == (2560, 1600)
    assert f"wrote {tmp_path / 'w.png'}" in capsys.readouterr().out
    assert run("export", path, "--png", tmp_path / "o.png", "--view", "output") == 0
    output = QImage(str(tmp_path / "o.png"))
    assert 0 < output.width() < 1280 and 0 < output.height() < 800


def test_gif_has_one_frame_per_epoch_and_leaves_the_project_as_it_was(qapp, project,
                                                                       tmp_path):
    imageio = pytest.importorskip("imageio.v3")
    path, _ = project
    before = path.read_bytes()
    assert run("export", path, "--gif", tmp_path / "t.gif", "--epochs", "3") == 0
    frames = imageio.imread(tmp_path / "t.gif", index=None)
    assert frames.shape[0] == 4  # the start and after each of 3 epochs
    assert not np.array_equal(frames[0], frames[-1])
    assert path.read_bytes() == before


def test_keras_script_runs_under_the_engine_and_predicts_what_nnviz_predicts(project,
                                                                             tmp_path):
    path, session = project
    script = tmp_path / "model.py"
    # In a fresh interpreter: the Keras path must not load Qt.
    code = ("import sys; from nnviz.app.cli import main; "
            f"rc = main(['export', {str(path)!r}, '--keras', {str(script)!r}, "
            "'--flavour', 'nnviz']); assert 'PySide6' not in sys.modules; sys.exit(rc)")
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "model_data.csv").is_file()
    assert "import nnviz.engine as keras" in script.read_text()
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    predicted = np.loadtxt(tmp_path / "model_predictions.csv", delimiter=",", ndmin=2)
    expected = session.model.predict(session.experiment_data.x_eval)
    np.testing.assert_array_equal(predicted.astype(np.float32), expected)


@pytest.mark.parametrize("kind", ["--png", "--gif", "--keras"])
def test_a_refused_file_exits_1_naming_the_problem_and_writes_nothing(qapp, project, tmp_path,
                                                                      capsys, kind):
    path, _ = project
    d = json.loads(path.read_text())
    d["session"]["epoch"] = -3
    bad = tmp_path / "bad.nnviz"
    bad.write_text(json.dumps(d))
    out = tmp_path / {"--png": "o.png", "--gif": "o.gif", "--keras": "o.py"}[kind]
    extra = ["--epochs", "2"] if kind == "--gif" else []
    assert run("export", bad, kind, out, *extra) == 1
    err = capsys.readouterr().err
    assert "nnviz export: cannot open" in err and "session.epoch" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.nnviz", "p.nnviz"]


@pytest.mark.parametrize("flags, named", [
    (["--gif", "t.gif"], "--epochs"),
    (["--keras", "m.py", "--scale", "2"], "--scale"),
    (["--png", "w.png", "--epochs", "2"], "--epochs"),
    (["--png", "w.png", "--flavour", "nnviz"], "--flavour"),
    (["--png", "w.png", "--scale", "0"], "--scale"),
    (["--png", "w.png", "--scale", "nan"], "--scale"),
    (["--png", "w.jpg"], "--png"),
    (["--keras", "m.txt"], "--keras"),
    (["--png", "w.png", "--keras", "m.py"], "not allowed with"),
    (["--keras", "m.py", "--flavour", "torch"], "--flavour"),
    ([], "one of the arguments"),
    (["--png", "missing-folder/w.png"], "does not exist"),
])
def test_bad_flags_exit_2_naming_the_flag(project, tmp_path, capsys, monkeypatch, flags, named):
    path, _ = project
    monkeypatch.chdir(tmp_path)
    assert exit_code("export", path, *flags) == 2
    assert named in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.nnviz"]
