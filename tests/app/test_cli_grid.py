"""``nnviz grid``: a grid search without a window; the CSV matches the one-by-one runs."""
from __future__ import annotations

import subprocess
import sys

import pytest

from nnviz.app import cli
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.project import ProjectDocument, save_project
from nnviz.lab.search import GridAxis, GridPlan, GridResults, run_job
from nnviz.lab.session import Session

BASE = ExperimentConfig().with_data(n_points=100)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.nnviz"
    save_project(path, ProjectDocument.from_session(Session(BASE)))
    return path


def run(*argv) -> int:
    return cli.main(["grid", *map(str, argv)])


def exit_code(*argv) -> int:
    with pytest.raises(SystemExit) as info:
        run(*argv)
    return info.value.code


def test_grid_writes_one_row_per_cell_equal_to_running_each_alone(project, tmp_path, capsys):
    out = tmp_path / "results.csv"
    assert run(project, "--param", "learning_rate=0.01,0.3", "--param", "units=2,4",
               "--epochs", "6", "--repeats", "2", "--workers", "2", "--out", out) == 0
    plan = GridPlan(BASE, (GridAxis.parse("learning_rate", "0.01,0.3"),
                           GridAxis.parse("units", "2,4")), repeats=2, epochs=6)
    alone = GridResults(plan, [run_job(job) for job in plan.jobs()])
    assert out.read_text(encoding="utf-8") == alone.csv_text()
    printed = capsys.readouterr().out
    assert "2 × 2 cells × 2 repeats = 8 runs of 6 epochs on 2 worker processes" in printed
    assert printed.count("repeat ") == 8 and "[8/8]" in printed
    best = alone.best()
    assert (f"best learning_rate={best.values[0]:g}  units={best.values[1]}: test loss "
            f"{best.mean:#.4g}") in printed


@pytest.mark.parametrize("argv, flag, reason", [
    (["--param", "learning_rate=0.1,x"], "--param", "learning_rate: 'x' is not a number"),
    (["--param", "momentum=0.9"], "--param", "unknown parameter 'momentum'"),
    (["--param", "units"], "--param", "expected NAME=VALUES"),
    (["--param", "units=2", "--param", "neurons=4"], "--param", "units is searched twice"),
    (["--param", "units=1", "--param", "lr=1", "--param", "dropout=0"], "--param",
     "one or two parameters, got 3"),
    (["--param", "units=2", "--epochs", "0"], "--epochs", "must be from 1 to 100000"),
    (["--param", "units=2", "--repeats", "11"], "--repeats", "must be from 1 to 10"),
    (["--param", "units=2", "--out", "/no/such/folder/r.csv"], "--out", "does not exist"),
])
def test_a_bad_flag_exits_2_naming_it(project, capsys, argv, flag, reason):
    argv = argv if "--epochs" in argv else argv + ["--epochs", "3"]
    assert exit_code(project, *argv) == 2
    err = capsys.readouterr().err
    assert f"argument {flag}" in err and reason in err


def test_a_refused_project_exits_1_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.nnviz"
    bad.write_text("{not json")
    out = tmp_path / "r.csv"
    assert run(bad, "--param", "units=2", "--epochs", "3", "--out", out) == 1
    assert f"nnviz grid: cannot open {bad}: invalid JSON" in capsys.readouterr().err
    assert not out.exists()


def test_grid_runs_without_qt(project, tmp_path):
    code = ("import sys\nfrom nnviz.__main__ import main\n"
            f"assert main(['grid', {str(project)!r}, '--param', 'units=2', '--epochs', '1', "
            f"'--workers', '1']) == 0\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', "
            "'shiboken6')])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "", "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_ctrl_c_writes_the_finished_cells_and_exits_1(project, tmp_path, capsys, monkeypatch):
    from nnviz.lab.search import GridRun
    real_wait = GridRun.wait

    def wait_then_interrupt(self, timeout=None):
        new = real_wait(self, timeout)
        if self.done >= 1:
            raise KeyboardInterrupt  # Ctrl+C once the first run is in
        return new
    monkeypatch.setattr(GridRun, "wait", wait_then_interrupt)
    out = tmp_path / "r.csv"
    assert run(project, "--param", "batch_size=50,1", "--epochs", "3000", "--workers", "2",
               "--out", out) == 1
    assert "interrupted after 1 of 2 runs; the finished cells are in the CSV" in \
        capsys.readouterr().err
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[1].startswith("50,1,0,") and rows[2] == "1,0,0,,,,,,,,"
