"""``nnviz compare`` (headless A/B) and ``nnviz --compare`` (the window opened on it)."""
from __future__ import annotations

import csv
import os
import subprocess
import sys

import numpy as np
import pytest

from nnviz.app import cli
from nnviz.lab.compare import start_pair
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.project import ProjectDocument, save_project
from nnviz.lab.session import Session

BASE = ExperimentConfig().with_data(n_points=100)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.nnviz"
    session = Session(BASE)
    session.reset()  # the project is on its second set of weights: the comparison starts there
    save_project(path, ProjectDocument.from_session(session))
    return path


def run(*argv) -> int:
    return cli.main(["compare", *map(str, argv)])


def columns(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {k: np.array([float(r[k]) for r in rows]) for k in rows[0]}


def test_unchanged_runs_are_identical_and_a_changed_one_is_not(project, tmp_path, capsys):
    same, ab = tmp_path / "same.csv", tmp_path / "ab.csv"
    assert run(project, "--epochs", "5", "--out", same) == 0
    c = columns(same)
    assert list(c["epoch"]) == [1, 2, 3, 4, 5]
    np.testing.assert_array_equal(c["a_test_loss"], c["b_test_loss"])
    assert "same settings" in capsys.readouterr().out

    assert run(project, "--b", "optimizer=adam", "--b", "lr=0.01", "--epochs", "5",
               "--out", ab) == 0
    c = columns(ab)
    alone = Session(start_pair(BASE, generation=1).a)  # run A: the project's own settings
    alone.step_epochs(5)
    np.testing.assert_allclose(c["a_test_loss"][-1], alone.history.last("test_loss"), rtol=1e-6)
    assert not np.allclose(c["a_test_loss"], c["b_test_loss"])
    printed = capsys.readouterr().out
    assert "optimizer: sgd vs adam · learning rate: 0.03 vs 0.01, 5 epochs" in printed
    assert "lower test loss:" in printed and f"wrote {ab}" in printed


@pytest.mark.parametrize("argv, reason", [
    (["--b", "optimizer=adamx"], "'adamx' is not one of"),
    (["--b", "optimizer"], "expected NAME=VALUE"),
    (["--a", "momentum=0.9"], "unknown parameter 'momentum'"),
    (["--b", "lr=0.1,0.3"], "one value per run"),
    (["--epochs", "0"], "must be from 1"),
])
def test_a_bad_flag_exits_2_naming_it(project, capsys, argv, reason):
    argv = argv if "--epochs" in argv else argv + ["--epochs", "3"]
    with pytest.raises(SystemExit) as info:
        run(project, *argv)
    assert info.value.code == 2
    assert reason in capsys.readouterr().err


def test_a_missing_project_exits_1_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "ab.csv"
    assert run(tmp_path / "none.nnviz", "--epochs", "3", "--out", out) == 1
    assert "cannot open" in capsys.readouterr().err and not out.exists()


def test_the_window_opens_on_the_comparison_and_trains_it(tmp_path):
    shot = tmp_path / "ab.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "nnviz", "--compare", "initializer=zeros",
                           "--play", "--screenshot", str(shot), "--screenshot-after", "3",
                           "--quit-after", "4"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    import re
    match = re.search(r"quit after comparing (\d+) and (\d+) epochs", done.stdout)
    assert match, done.stdout
    assert int(match.group(1)) == int(match.group(2)) > 0  # both trained, in lockstep
    from PySide6.QtGui import QImage
    assert not QImage(str(shot)).isNull()
