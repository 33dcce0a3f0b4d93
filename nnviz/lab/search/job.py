"""One grid-search run, as a worker process does it: train a configuration, report its end.

:func:`run_job` is a plain function of a :class:`~nnviz.lab.search.plan.GridJob`, so running the
jobs one by one in this process gives exactly the numbers the pool gives.
"""
from __future__ import annotations

import math
import os
import signal
import time
from dataclasses import dataclass

import numpy as np

from nnviz.lab.session import Session

from .plan import GridJob

STATUS_DONE = "done"
STATUS_DIVERGED = "diverged"
STATUS_ERROR = "error"
STATUSES = (STATUS_DONE, STATUS_DIVERGED, STATUS_ERROR)
#: Niceness of the pool's processes: the window's process keeps its core while they train.
WORKER_NICENESS = 10
_blas_limits = []  # keeps threadpoolctl's limit alive for the worker's life


@dataclass(frozen=True)
class RunResult:
    """How one run ended.

    ``train_metric``/``test_metric`` are the accuracy for classification and R² for regression.
    A run that diverged or failed has NaN losses and metrics, its ``status`` and ``message``
    saying why; ``epochs`` counts the epochs it finished.
    """

    cell: tuple[int, ...]
    repeat: int
    seed: int
    epochs: int
    train_loss: float
    test_loss: float
    train_metric: float
    test_metric: float
    status: str = STATUS_DONE
    message: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == STATUS_DONE

    def to_dict(self) -> dict:
        """JSON-able: NaN as null."""
        def number(x):
            return None if x != x else x
        return {"cell": list(self.cell), "repeat": self.repeat, "seed": self.seed,
                "epochs": self.epochs, "train_loss": number(self.train_loss),
                "test_loss": number(self.test_loss), "train_metric": number(self.train_metric),
                "test_metric": number(self.test_metric), "status": self.status,
                "message": self.message, "seconds": self.seconds}

    @classmethod
    def from_dict(cls, d) -> RunResult:
        if not isinstance(d, dict) or set(d) != set(cls.__dataclass_fields__):
            raise ValueError(f"a run must be an object with {', '.join(cls.__dataclass_fields__)}")
        numbers = {k: float("nan") if d[k] is None else d[k]
                   for k in ("train_loss", "test_loss", "train_metric", "test_metric")}
        for key, value in numbers.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"run {key} must be a number or null, got {value!r}")
        cell = d["cell"]
        if not isinstance(cell, list) or not all(
                isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in cell):
            raise ValueError(f"run cell must be a list of indices, got {cell!r}")
        for key in ("repeat", "seed", "epochs"):
            if isinstance(d[key], bool) or not isinstance(d[key], int) or d[key] < 0:
                raise ValueError(f"run {key} must be a whole number >= 0, got {d[key]!r}")
        if d["status"] not in STATUSES:
            raise ValueError(f"run status must be one of {', '.join(STATUSES)}, got "
                             f"{d['status']!r}")
        if not isinstance(d["message"], str) or isinstance(d["seconds"], bool) or \
                not isinstance(d["seconds"], (int, float)):
            raise ValueError("run message must be text and seconds a number")
        return cls(tuple(cell), d["repeat"], d["seed"], d["epochs"],
                   **{k: float(v) for k, v in numbers.items()}, status=d["status"],
                   message=d["message"], seconds=float(d["seconds"]))


def run_job(job: GridJob) -> RunResult:
    """Train ``job.config`` for ``job.epochs`` epochs from its seed; never raises."""
    start = time.perf_counter()
    seed = job.config.training.seed
    nan = float("nan")
    try:
        session = Session(job.config)
        session.step_epochs(job.epochs)
        if session.stopped:
            return RunResult(job.cell, job.repeat, seed, session.epoch, nan, nan, nan, nan,
                             STATUS_DIVERGED if session.status == STATUS_DIVERGED
                             else STATUS_ERROR, session.message, time.perf_counter() - start)
        history = session.history
        metrics = (history.last("train_metric"), history.last("test_metric"))
        if job.config.training.problem == "regression":
            metrics = _r_squared(session)
        return RunResult(job.cell, job.repeat, seed, session.epoch, history.last("train_loss"),
                         history.last("test_loss"), *metrics,
                         seconds=time.perf_counter() - start)
    except Exception as exc:  # a worker must report, not die: the pool would break
        return RunResult(job.cell, job.repeat, seed, 0, nan, nan, nan, nan, STATUS_ERROR,
                         f"the run failed: {exc!r}", time.perf_counter() - start)


def _r_squared(session) -> tuple[float, float]:
    """R² = 1 − (sum of squared errors) / (sum of squares about the mean), train and test."""
    data = session.experiment_data
    out = []
    for x, t in ((data.x_train, data.t_train), (data.x_test, data.t_test)):
        if len(t) == 0:
            out.append(float("nan"))
            continue
        with np.errstate(all="ignore"):
            predicted = session.model.predict(x).astype(np.float64)
            targets = np.asarray(t, dtype=np.float64)
            total = float(((targets - targets.mean(axis=0)) ** 2).sum())
            error = float(((targets - predicted) ** 2).sum())
        out.append(1.0 - error / total if total > 0 and math.isfinite(error) else float("nan"))
    return out[0], out[1]


def init_worker(niceness: int = WORKER_NICENESS) -> None:
    """Run in each worker process first: lower priority, one BLAS thread, Ctrl+C ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl+C means
    if niceness and hasattr(os, "nice"):
        try:
            os.nice(niceness)
        except OSError:
            pass
    try:
        from threadpoolctl import threadpool_limits
        _blas_limits.append(threadpool_limits(1))
    except Exception:  # pragma: no cover - threadpoolctl is a dependency
        pass
