"""WorkerPool: the grid search's worker processes, which can be started ahead of a search.

Starting a worker costs a new interpreter and the imports of NumPy, the engine and the lab
(about a quarter of a second per worker on a classroom computer, more on a busy one), paid on
every core at once. The grid-search dialog starts its pool when it opens, so pressing Run
only hands out the runs; the command line and scripts let :class:`~nnviz.lab.search.GridRun`
make a pool for one search. Workers are spawned, never forked: forking a process that runs Qt
is unsafe. A worker imports only the lab (the spawned interpreter re-runs the main module too;
``nnviz.__main__`` loads nothing else at import), never Qt.
"""
from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .job import WORKER_NICENESS, init_worker

_CONTEXT = multiprocessing.get_context("spawn")
#: How long a terminated worker may take to go before it is killed outright.
_TERMINATE_WAIT_S = 2.0


def worker_ready() -> int:
    """A worker's first task: nothing; that it returns means the worker has started."""
    return os.getpid()


class WorkerPool:
    """``workers`` processes (default: one per core) at ``niceness`` added to their priority.

    :meth:`start` launches them and returns at once; they import in the background. A pool
    serves any number of searches one after another; :meth:`terminate` (Cancel) kills the
    workers mid-run and :meth:`shutdown` lets idle ones exit; both join every process, and
    the pool can then be started again.
    """

    def __init__(self, workers: int | None = None, *, niceness: int = WORKER_NICENESS):
        self.workers = max(1, int(workers or default_workers()))
        self.niceness = niceness
        self._executor: ProcessPoolExecutor | None = None
        self._warmups: list[Future] = []

    @property
    def started(self) -> bool:
        return self._executor is not None

    @property
    def ready(self) -> bool:
        """True once every worker has started (spawned and imported) and can train at once."""
        return self.started and all(f.done() for f in self._warmups)

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until :attr:`ready` (or ``timeout`` seconds); returns :attr:`ready`."""
        deadline = None if timeout is None else time.monotonic() + timeout
        for future in list(self._warmups):
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                future.result(left)
            except Exception:  # a worker that failed to start shows up as a broken pool
                pass
        return self.ready

    def start(self) -> WorkerPool:
        """Launch the workers now (without waiting for them); returns self. Idempotent."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=_CONTEXT,
                                                 initializer=init_worker,
                                                 initargs=(self.niceness,))
            # The executor spawns a process per submission while none is idle: one small
            # task per worker launches them all now instead of when the first runs come.
            self._warmups = [self._executor.submit(worker_ready) for _ in range(self.workers)]
        return self

    def submit(self, fn, *args) -> Future:
        """Run ``fn(*args)`` in a worker (starting the pool if needed; restarting a broken one,
        e.g. after a worker was killed from outside)."""
        self.start()
        try:
            return self._executor.submit(fn, *args)
        except BrokenProcessPool:
            self.shutdown()
            return self.start()._executor.submit(fn, *args)

    def shutdown(self) -> None:
        """Let the workers finish what they were given and exit; joins them."""
        executor, self._executor, self._warmups = self._executor, None, []
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Kill the workers now, in the middle of their runs; joins them."""
        executor = self._executor
        if executor is not None:
            _terminate_workers(executor)
        self.shutdown()

    def __enter__(self) -> WorkerPool:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.terminate()


def default_workers() -> int:
    """One worker per core this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _terminate_workers(executor: ProcessPoolExecutor) -> None:
    """Terminate (then kill, if need be) and join every worker of ``executor``.

    ``shutdown(cancel_futures=True)`` lets running calls finish; Python 3.14 has
    ``terminate_workers()`` for this, older versions only the pool's own process table.
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    if hasattr(executor, "terminate_workers"):
        executor.terminate_workers()
    else:
        # The runs not started are cancelled by the executor's own thread: a future cancelled
        # from here while the pool breaks makes Python 3.11's executor thread raise.
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
    deadline = time.monotonic() + _TERMINATE_WAIT_S
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join()
