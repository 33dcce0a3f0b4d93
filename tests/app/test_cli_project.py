"""``nnviz new`` / ``nnviz train``: projects made and trained without a window, exactly."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from nnviz.app import cli
from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.project import ProjectDocument, load_project, save_project
from nnviz.lab.session import Session


def run(*argv) -> int:
    return cli.main([str(a) for a in argv])


def exit_code(*argv) -> int:
    with pytest.raises(SystemExit) as info:
        run(*argv)
    return info.value.code


def test_new_writes_the_config_the_window_flags_describe(tmp_path, capsys):
    out = tmp_path / "xor.nnviz"
    assert run("new", out, "--dataset", "xor", "--hidden", "5,3", "--activation", "relu",
               "--learning-rate", "0.1") == 0
    document = load_project(out)
    parser = cli.build_parser()
    expected = cli.config_from_args(parser.parse_args(
        ["--dataset", "xor", "--hidden", "5,3", "--activation", "relu",
         "--learning-rate", "0.1"]), parser)
    assert document.config == expected
    assert document.checkpoint.epoch == 0 and document.checkpoint.step_count == 0
    assert f"wrote {out}" in capsys.readouterr().out


def test_new_does_not_replace_a_file_without_force(tmp_path, capsys):
    out = tmp_path / "p.nnviz"
    out.write_text("my lesson")
    assert run("new", out) == 1
    assert "exists; add --force" in capsys.readouterr().err
    assert out.read_text() == "my lesson"
    assert run("new", out, "--force") == 0
    assert load_project(out).config == ExperimentConfig()


@pytest.mark.parametrize("argv, flag", [
    (["--hidden", "5,x"], "--hidden"),
    (["--dataset", "moons?"], "--dataset"),
    (["--learning-rate", "-1"], "--learning-rate"),
    (["--colour", "red"], "--colour"),
])
def test_new_with_a_bad_flag_exits_2_naming_it_and_writes_nothing(tmp_path, capsys, argv, flag):
    out = tmp_path / "p.nnviz"
    assert exit_code("new", out, *argv) == 2
    assert flag in capsys.readouterr().err
    assert not out.exists()


def test_train_continues_to_the_bit_as_training_on_would(tmp_path, capsys):
    config = ExperimentConfig().with_data(n_points=120).with_network(
        hidden=(LayerConfig(5, dropout=0.2), LayerConfig(3))).with_training(optimizer="adam")
    start = Session(config)
    start.step(17)  # mid-epoch
    source = save_project(tmp_path / "start.nnviz", ProjectDocument.from_session(start))
    first, second = tmp_path / "first.nnviz", tmp_path / "second.nnviz"
    assert run("train", source, "--epochs", 3, "--out", first) == 0
    assert run("train", first, "--epochs", 2, "--out", second) == 0
    start.step_epochs(5)
    trained = load_project(second).session()
    assert (trained.epoch, trained.step_count) == (start.epoch, start.step_count)
    for a, b in zip(trained.model.get_weights(), start.model.get_weights()):
        np.testing.assert_array_equal(a, b)
    out = capsys.readouterr().out
    last = start.history
    assert (f"epoch {start.epoch}  train loss {last.last('train_loss'):#.4g}  "
            f"test loss {last.last('test_loss'):#.4g}") in out


def test_train_without_out_writes_back_to_the_file(tmp_path):
    path = tmp_path / "p.nnviz"
    assert run("new", path, "--hidden", "3") == 0
    assert run("train", path, "--epochs", 2) == 0
    assert load_project(path).checkpoint.epoch == 2


def test_a_refused_file_exits_1_with_the_reason_and_writes_nothing(tmp_path, capsys):
    source = tmp_path / "p.nnviz"
    assert run("new", source) == 0
    d = json.loads(source.read_text())
    d["session"]["epoch"] = "many"
    source.write_text(json.dumps(d))
    before = source.read_bytes()
    out = tmp_path / "out.nnviz"
    assert run("train", source, "--epochs", 2, "--out", out) == 1
    err = capsys.readouterr().err
    assert f"cannot open {source}" in err and "session.epoch" in err
    assert not out.exists() and source.read_bytes() == before


@pytest.mark.parametrize("argv", [[], ["--epochs", "0"], ["--epochs", "two"]])
def test_train_with_bad_epochs_exits_2_naming_the_flag(tmp_path, capsys, argv):
    assert exit_code("train", tmp_path / "p.nnviz", *argv) == 2
    assert "--epochs" in capsys.readouterr().err


def test_training_that_diverges_exits_1_and_keeps_the_last_good_weights(tmp_path, capsys):
    config = ExperimentConfig().with_dataset("plane", n_points=120).with_network(
        hidden=(LayerConfig(4, "relu"), LayerConfig(2, "relu"))).with_training(
        learning_rate=10.0)
    path = save_project(tmp_path / "p.nnviz", ProjectDocument(config))
    assert run("train", path, "--epochs", 50) == 1
    assert "diverged" in capsys.readouterr().err
    saved = load_project(path).session()
    assert saved.status == "idle"
    assert all(np.isfinite(w).all() for w in saved.model.get_weights())


def test_opening_a_refused_project_in_the_window_exits_1_before_any_window(tmp_path, capsys):
    path = tmp_path / "bad.nnviz"
    path.write_text('{"format": "nnviz-project", "version": 1,')
    assert run(path) == 1
    assert "ends early" in capsys.readouterr().err


def test_a_project_file_with_experiment_flags_exits_2(tmp_path, capsys):
    assert exit_code(tmp_path / "p.nnviz", "--hidden", "3") == 2
    assert "--hidden" in capsys.readouterr().err


def test_new_and_train_run_without_qt(tmp_path):
    code = ("import sys\nfrom nnviz.__main__ import main\n"
            f"assert main(['new', {str(tmp_path / 'p.nnviz')!r}]) == 0\n"
            f"assert main(['train', {str(tmp_path / 'p.nnviz')!r}, '--epochs', '1']) == 0\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', "
            "'shiboken6')])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "", "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert load_project(tmp_path / "p.nnviz").checkpoint.epoch == 1
