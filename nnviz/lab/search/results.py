"""GridResults: the finished runs of a grid search, summed up per cell, exported and stored.

Each cell's summary is the mean and the spread (sample standard deviation) over its finished
runs; runs that diverged or failed are counted apart and left out of the mean. The best cell
has the lowest mean loss or the highest mean accuracy / R², among cells with a finished run.
"""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

from .job import RunResult
from .plan import GridPlan

FORMAT = "nnviz-grid-search"
VERSION = 1
#: What a heatmap or the best cell can be judged by.
MEASURES = ("test_loss", "test_metric", "train_loss", "train_metric")


def metric_name(problem: str) -> str:
    """What ``*_metric`` means for ``problem``: ``"accuracy"``, or ``"r2"`` for regression."""
    return "r2" if problem == "regression" else "accuracy"


def higher_is_better(measure: str) -> bool:
    return measure.endswith("_metric")


@dataclass(frozen=True)
class CellSummary:
    """One cell: its values, how many runs finished, failed, and the mean/spread of a measure.

    ``mean`` is NaN when no run finished; ``spread`` is NaN with fewer than two.
    """

    cell: tuple[int, ...]
    values: tuple
    finished: int
    failed: int
    mean: float
    spread: float


def _mean_spread(values: list[float]) -> tuple[float, float]:
    n = len(values)
    if n == 0:
        return float("nan"), float("nan")
    mean = math.fsum(values) / n
    if n < 2:
        return mean, float("nan")
    return mean, math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))


class GridResults:
    """The runs of ``plan`` finished so far (all of them, or fewer after a Cancel)."""

    def __init__(self, plan: GridPlan, runs=()):
        self.plan = plan
        self._runs: dict[tuple, RunResult] = {}
        for run in runs:
            self.add(run)

    def add(self, run: RunResult) -> None:
        """Record ``run``; ValueError if it does not belong to the plan."""
        shape = self.plan.shape
        if len(run.cell) != len(shape) or not all(0 <= i < n for i, n in zip(run.cell, shape)) \
                or not 0 <= run.repeat < self.plan.repeats:
            raise ValueError(f"run cell {list(run.cell)} repeat {run.repeat} is outside the "
                             f"grid {list(shape)} x {self.plan.repeats} repeats")
        self._runs[(run.cell, run.repeat)] = run

    @property
    def runs(self) -> list[RunResult]:
        """Every run, ordered by repeat then cell (the order a plan runs them)."""
        return sorted(self._runs.values(), key=lambda r: (r.repeat, r.cell))

    @property
    def complete(self) -> bool:
        return len(self._runs) == self.plan.total_runs

    @property
    def metric_name(self) -> str:
        return metric_name(self.plan.base.training.problem)

    def summary(self, cell: tuple[int, ...], measure: str = "test_loss") -> CellSummary:
        if measure not in MEASURES:
            raise ValueError(f"measure must be one of {', '.join(MEASURES)}, got {measure!r}")
        runs = [r for (c, _), r in self._runs.items() if c == tuple(cell)]
        good = [getattr(r, measure) for r in runs if r.ok]
        good = [v for v in good if v == v]
        mean, spread = _mean_spread(good)
        return CellSummary(tuple(cell), self.plan.cell_values(cell), len(good),
                           sum(not r.ok for r in runs), mean, spread)

    def summaries(self, measure: str = "test_loss") -> list[CellSummary]:
        return [self.summary(cell, measure) for cell in self.plan.cells()]

    def best(self, measure: str = "test_loss") -> CellSummary | None:
        """The cell with the best mean ``measure``; None while no cell has a finished run."""
        scored = [s for s in self.summaries(measure) if s.mean == s.mean]
        if not scored:
            return None
        sign = -1.0 if higher_is_better(measure) else 1.0
        return min(scored, key=lambda s: (sign * s.mean, s.cell))

    # -- CSV -------------------------------------------------------------------------------------
    def csv_text(self) -> str:
        """One row per cell: its values, run counts, then mean and std of every measure."""
        metric = self.metric_name
        names = {"train_loss": "train_loss", "test_loss": "test_loss",
                 "train_metric": f"train_{metric}", "test_metric": f"test_{metric}"}
        header = [a.parameter for a in self.plan.axes] + ["runs", "failed"]
        for measure in ("train_loss", "test_loss", "train_metric", "test_metric"):
            header += [f"{names[measure]}_mean", f"{names[measure]}_std"]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for cell in self.plan.cells():
            summaries = {m: self.summary(cell, m) for m in names}
            first = summaries["test_loss"]
            row = [a.spec.format(v) for a, v in zip(self.plan.axes, first.values)]
            row += [first.finished, first.failed]
            for measure in ("train_loss", "test_loss", "train_metric", "test_metric"):
                s = summaries[measure]
                row += [_csv_number(s.mean), _csv_number(s.spread)]
            writer.writerow(row)
        return out.getvalue()

    def write_csv(self, path) -> Path:
        """Write :meth:`csv_text` to ``path`` (UTF-8); OSError if it cannot be written."""
        path = Path(path)
        path.write_text(self.csv_text(), encoding="utf-8")
        return path

    # -- storing ---------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """JSON-able (strict JSON: NaN stored as null)."""
        return {"format": FORMAT, "version": VERSION, "plan": self.plan.to_dict(),
                "runs": [r.to_dict() for r in self.runs]}

    @classmethod
    def from_dict(cls, d) -> GridResults:
        """The results ``d`` describes; ValueError naming what is wrong."""
        if not isinstance(d, dict) or d.get("format") != FORMAT:
            raise ValueError(f"grid-search results must be an object with format {FORMAT!r}")
        if d.get("version") != VERSION:
            raise ValueError(f"grid-search results version {d.get('version')!r} is not "
                             f"{VERSION}")
        if set(d) != {"format", "version", "plan", "runs"}:
            raise ValueError("grid-search results must have exactly format, version, plan "
                             "and runs")
        plan = GridPlan.from_dict(d["plan"])
        if not isinstance(d["runs"], list) or len(d["runs"]) > plan.total_runs:
            raise ValueError(f"runs must be a list of at most {plan.total_runs} runs")
        return cls(plan, [RunResult.from_dict(r) for r in d["runs"]])


def _csv_number(x: float) -> str:
    return "" if x != x else f"{x:.7g}"
