"""GridRun: the pool gives exactly the one-by-one numbers, and Cancel leaves nothing behind."""
import math
import multiprocessing
import os
from pathlib import Path

import pytest

from nnviz.lab.config import ExperimentConfig
from nnviz.lab.search import GridAxis, GridPlan, GridRun
from nnviz.lab.session import Session

FAST = ExperimentConfig().with_data(n_points=100)


def child_pids() -> set[int]:
    """This process's living child processes (from /proc), without multiprocessing's resource
    tracker, which serves every spawned process for the life of the parent."""
    me, found = os.getpid(), set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            parent = int(text.rsplit(")", 1)[1].split()[1])
            state = text.rsplit(")", 1)[1].split()[0]
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == me and state != "Z" and b"resource_tracker" not in cmdline:
            found.add(int(stat.parent.name))
    return found


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def one_by_one(plan):
    """Each configuration trained in this process, straight from Session."""
    out = {}
    for r in range(plan.repeats):
        for cell in plan.cells():
            session = Session(plan.cell_config(cell, r))
            session.step_epochs(plan.epochs)
            h = session.history
            out[(cell, r)] = (session.epoch, h.last("train_loss"), h.last("test_loss"),
                              h.last("train_metric"), h.last("test_metric"))
    return out


def test_pool_results_equal_running_each_configuration_one_by_one():
    plan = GridPlan(FAST, (GridAxis.parse("learning_rate", "0.03, 0.3"),
                           GridAxis.parse("activation", "tanh, relu")), repeats=2, epochs=8)
    seen = []
    results = GridRun(plan, workers=2).run(on_result=seen.append)
    pooled = {(r.cell, r.repeat): (r.epochs, r.train_loss, r.test_loss, r.train_metric,
                                   r.test_metric) for r in results.runs}
    assert pooled == one_by_one(plan)  # exactly: same seeds, same numbers
    assert len(seen) == 8 and results.complete
    assert multiprocessing.active_children() == []


def test_regression_runs_report_r_squared():
    plan = GridPlan(ExperimentConfig().with_dataset("plane", n_points=100),
                    (GridAxis.parse("learning_rate", "0.01"),), epochs=20)
    (result,) = GridRun(plan, workers=1).run().runs
    assert result.ok and 0.5 < result.test_metric <= 1.0  # a plane is easy to fit
    assert result.test_metric == pytest.approx(1 - result.test_loss / _test_variance(plan))


def _test_variance(plan):
    data = Session(plan.cell_config((0,))).experiment_data
    return float(data.t_test.astype(float).var())


def test_a_diverging_run_is_reported_as_diverged_not_as_a_number():
    plan = GridPlan(ExperimentConfig().with_dataset("plane", n_points=100),
                    (GridAxis.parse("learning_rate", "90"),), epochs=50)
    (result,) = GridRun(plan, workers=1).run().runs
    assert result.status == "diverged" and "diverged" in result.message
    assert math.isnan(result.test_loss)


def test_progress_and_time_left():
    plan = GridPlan(FAST, (GridAxis.parse("units", "2, 3, 4"),), epochs=2)
    run = GridRun(plan, workers=2)
    assert (run.done, run.total, run.eta_seconds(), run.finished) == (0, 3, None, False)
    run.start()
    while not run.finished:
        run.wait(5.0)
        if not run.finished:
            assert run.eta_seconds() >= 0.0
    assert (run.done, run.eta_seconds(), run.cancelled) == (3, 0.0, False)


@needs_proc
def test_cancel_kills_the_workers_and_keeps_the_finished_runs():
    before = child_pids()
    # batch 100: 1 step per epoch (done in a moment); batch 1: 100 steps per epoch (minutes).
    plan = GridPlan(FAST, (GridAxis.parse("batch_size", "100, 1"),), epochs=3000)
    run = GridRun(plan, workers=2).start()
    while not run.done:
        run.wait(60.0)
    assert child_pids() - before  # the workers are alive, one still training
    run.cancel()
    assert run.finished and run.cancelled
    assert child_pids() - before == set()
    assert multiprocessing.active_children() == []
    kept = run.results.runs
    assert [r.cell for r in kept] == [(0,)]
    assert (kept[0].epochs, kept[0].test_loss) == (
        3000, one_by_one(GridPlan(FAST, (GridAxis.parse("batch_size", "100"),),
                                  epochs=3000))[((0,), 0)][2])
    assert run.poll() == [] and run.results.summary((1,)).finished == 0


@needs_proc
def test_ctrl_c_while_waiting_cancels_the_search():
    before = child_pids()
    plan = GridPlan(FAST, (GridAxis.parse("batch_size", "1, 2"),), epochs=3000)
    run = GridRun(plan, workers=2).start()

    def interrupted(timeout=None):
        raise KeyboardInterrupt  # as Ctrl+C arrives while run() waits
    run.wait = interrupted
    with pytest.raises(KeyboardInterrupt):
        run.run()
    assert run.cancelled and run.finished
    assert child_pids() - before == set()


def test_cancel_before_start_and_after_the_end_is_harmless():
    plan = GridPlan(FAST, (GridAxis.parse("units", "2"),), epochs=1)
    idle = GridRun(plan)
    idle.cancel()
    assert idle.cancelled and idle.results.runs == []
    done = GridRun(plan, workers=1)
    done.run()
    done.cancel()
    assert not done.cancelled and len(done.results.runs) == 1


def test_grid_search_loads_no_qt():
    import subprocess
    import sys
    code = ("import sys\nfrom nnviz.lab.search import GridAxis, GridPlan, GridRun\n"
            "from nnviz.lab.config import ExperimentConfig\n"
            "plan = GridPlan(ExperimentConfig().with_data(n_points=40), "
            "(GridAxis.parse('units', '2'),), epochs=1)\n"
            "assert len(GridRun(plan, workers=1).run().runs) == 1\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', "
            "'shiboken6') or m.startswith('nnviz.app')])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
