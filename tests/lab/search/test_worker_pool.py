"""WorkerPool: workers started ahead serve one search after another with the one-by-one
numbers, Cancel kills them, and they load the lab but never Qt."""
import sys

from test_grid_runner import FAST, child_pids, needs_proc, one_by_one

from nnviz.lab.search import GridAxis, GridPlan, GridRun, WorkerPool


def loaded_packages() -> list[str]:
    """Run in a worker: the modules it has loaded that matter here."""
    return sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph",
                                                               "shiboken6")
                  or m.startswith("nnviz.app") or m == "nnviz.lab.session")


def by_run(results):
    return {(r.cell, r.repeat): (r.epochs, r.train_loss, r.test_loss, r.train_metric,
                                 r.test_metric) for r in results.runs}


@needs_proc
def test_a_pool_started_ahead_serves_two_searches_with_the_one_by_one_numbers():
    before = child_pids()
    pool = WorkerPool(2, niceness=0).start()
    assert pool.wait_ready(120) and pool.ready
    workers = child_pids() - before
    assert len(workers) == 2  # both launched by start(), before any run was given
    first = GridPlan(FAST, (GridAxis.parse("learning_rate", "0.03, 0.3"),), repeats=2, epochs=6)
    second = GridPlan(FAST, (GridAxis.parse("activation", "tanh, relu, sigmoid"),), epochs=4)
    for plan in (first, second):
        run = GridRun(plan, pool=pool)
        assert run.workers == 2
        assert by_run(run.run()) == one_by_one(plan)
        assert run.finished and not run.cancelled
        assert child_pids() - before == workers  # the same workers wait for the next search
    pool.shutdown()
    assert not pool.started and child_pids() - before == set()


@needs_proc
def test_cancel_kills_the_pools_workers_and_the_pool_starts_again():
    before = child_pids()
    pool = WorkerPool(2, niceness=0).start()
    slow = GridPlan(FAST, (GridAxis.parse("batch_size", "1, 2"),), epochs=3000)
    run = GridRun(slow, pool=pool).start()
    run.wait(0.5)
    old = child_pids() - before
    assert old
    run.cancel()
    assert run.cancelled and run.results.runs == []
    assert child_pids() - before == set()  # killed in the middle of their runs
    plan = GridPlan(FAST, (GridAxis.parse("units", "2, 3"),), epochs=3)
    assert by_run(GridRun(plan, pool=pool.start()).run()) == one_by_one(plan)
    assert not (child_pids() - before) & old
    pool.shutdown()
    assert child_pids() - before == set()


def test_workers_load_the_lab_and_no_qt_even_when_the_window_has_loaded_it():
    import PySide6.QtCore  # noqa: F401 - as in the app, whose workers these are
    with WorkerPool(1, niceness=0) as pool:
        loaded = pool.submit(loaded_packages).result(120)
    assert "nnviz.lab.session" in loaded  # imported while starting, before the first run
    assert [m for m in loaded if m != "nnviz.lab.session"] == []
