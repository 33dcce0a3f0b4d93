"""GridRun: a grid search in a pool of worker processes, one per core, that can be cancelled.

Training holds Python's global interpreter lock, so the runs go to processes
(:class:`~nnviz.lab.search.pool.WorkerPool`), not threads. Results come back as they finish:
the window calls :meth:`GridRun.poll` from a timer (it never blocks), a script iterates
:meth:`GridRun.wait`. :meth:`GridRun.cancel` drops the runs not started and terminates the
workers in the middle of theirs, keeping every finished run; no worker outlives it.
"""
from __future__ import annotations

import time
from concurrent.futures import FIRST_COMPLETED
from concurrent.futures import wait as wait_futures

from .job import STATUS_ERROR, WORKER_NICENESS, RunResult, run_job
from .plan import GridPlan
from .pool import WorkerPool, default_workers
from .results import GridResults


class GridRun:
    """The runs of ``plan`` in ``workers`` processes (default: one per core).

    Parameters
    ----------
    plan : GridPlan
    workers : int, optional
        Worker processes; at most one per run.
    niceness : int
        Added to the workers' niceness, so the window's process keeps its core.
    pool : WorkerPool, optional
        Workers started ahead (``workers`` and ``niceness`` are then the pool's): the search
        uses them and leaves them running when it ends, for the next search; Cancel still
        terminates them. Without one, the search starts its own and shuts it down at the end.

    Attributes
    ----------
    results : GridResults
        Every run finished so far.
    cancelled : bool
    """

    def __init__(self, plan: GridPlan, *, workers: int | None = None,
                 niceness: int = WORKER_NICENESS, pool: WorkerPool | None = None):
        self.plan = plan
        self.results = GridResults(plan)
        self.cancelled = False
        self._jobs = plan.jobs()
        if pool is not None:
            workers = pool.workers
        self._workers = max(1, min(int(workers or self.default_workers()), len(self._jobs)))
        self._own_pool = pool is None
        self._pool = pool if pool is not None else WorkerPool(self._workers, niceness=niceness)
        self._running = False
        self._futures: dict = {}
        self._started: float | None = None
        self._ended: float | None = None

    @staticmethod
    def default_workers() -> int:
        """One worker per core."""
        return default_workers()

    # -- state -----------------------------------------------------------------------------------
    @property
    def workers(self) -> int:
        return self._workers

    @property
    def total(self) -> int:
        return len(self._jobs)

    @property
    def done(self) -> int:
        return len(self.results.runs)

    @property
    def finished(self) -> bool:
        """True once every run is in or the search was cancelled (its own workers are gone;
        a pool given to it stays for the next search unless it was cancelled)."""
        return self._ended is not None

    @property
    def elapsed(self) -> float:
        if self._started is None:
            return 0.0
        return (self._ended or time.monotonic()) - self._started

    def eta_seconds(self) -> float | None:
        """Seconds left at the pace so far; None before the first run is in."""
        if self.finished:
            return 0.0
        done = self.done
        if not done:
            return None
        return self.elapsed * (self.total - done) / done

    # -- running ---------------------------------------------------------------------------------
    def start(self) -> GridRun:
        """Hand every run to the workers (starting them unless they were); returns self."""
        if self._started is not None:
            raise RuntimeError("this grid search has already started")
        self._started = time.monotonic()
        self._running = True
        # One run per submission, not chunks: a run is 0.1 s to minutes, the hand-over well
        # under a millisecond, and single runs keep the two workers finishing together.
        for job in self._jobs:
            self._futures[self._pool.submit(run_job, job)] = job
        return self

    def poll(self) -> list[RunResult]:
        """The runs that finished since the last call; never blocks."""
        new = [self._collect(f) for f in [f for f in self._futures if f.done()]]
        new = [r for r in new if r is not None]
        if self._started is not None and not self._futures and not self.finished:
            self._close(terminate=False)
        return new

    def wait(self, timeout: float | None = None) -> list[RunResult]:
        """Block until at least one more run finishes (or ``timeout``); then :meth:`poll`."""
        if self._futures:
            wait_futures(list(self._futures), timeout, FIRST_COMPLETED)
        return self.poll()

    def run(self, on_result=None) -> GridResults:
        """Start, wait for every run (``on_result(run)`` as each comes in), return the results.

        On any exception (Ctrl+C included) the search is cancelled before it propagates.
        """
        if self._started is None:
            self.start()
        try:
            while not self.finished:
                for result in self.wait():
                    if on_result is not None:
                        on_result(result)
        except BaseException:
            self.cancel()
            raise
        return self.results

    def cancel(self) -> None:
        """Stop now: runs not started are dropped, running ones killed, finished ones kept."""
        if self.finished or self._started is None:
            self.cancelled = self.cancelled or self._started is None
            return
        self.cancelled = True
        self._close(terminate=True)  # cancels the runs not started, kills the running ones
        for future in [f for f in self._futures if f.done() and not f.cancelled()]:
            if future.exception() is None:  # finished just before the workers went
                self._collect(future)
        self._futures.clear()

    def _collect(self, future) -> RunResult | None:
        job = self._futures.pop(future)
        if future.cancelled():
            return None
        error = future.exception()
        if error is not None:
            if self.cancelled:
                return None
            nan = float("nan")
            result = RunResult(job.cell, job.repeat, job.config.training.seed, 0, nan, nan, nan,
                               nan, STATUS_ERROR, f"the worker process stopped: {error}")
        else:
            result = future.result()
        self.results.add(result)
        return result

    def _close(self, terminate: bool) -> None:
        """End the search: ``terminate`` kills the workers (any pool), else its own pool is shut
        down (a given one stays, idle). Workers that go are always joined."""
        running, self._running = self._running, False
        self._ended = time.monotonic()
        if not running:
            return
        if terminate:
            self._pool.terminate()
        elif self._own_pool:
            self._pool.shutdown()

    def __enter__(self) -> GridRun:
        return self

    def __exit__(self, *exc) -> None:
        self.cancel()

