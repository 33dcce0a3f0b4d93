"""Grid search: train every combination of one or two hyper-parameters' values, on every core.

``GridRun(GridPlan(config, (GridAxis.parse("learning_rate", "0.01, 0.1"),), repeats=2,
epochs=100)).run()`` returns :class:`GridResults` (mean and spread per cell, the best cell, CSV,
``to_dict``). Qt-free; the window polls a running search from a timer and keeps a
:class:`WorkerPool` started while its dialog is open.
"""
from __future__ import annotations

from .job import RunResult, run_job
from .parameters import (MAX_VALUES, SEARCH_PARAMETERS, SearchParameter, SearchParameterError,
                         search_parameter)
from .plan import MAX_EPOCHS, MAX_REPEATS, GridAxis, GridJob, GridPlan, repeat_seed
from .pool import WorkerPool
from .results import MEASURES, CellSummary, GridResults, higher_is_better, metric_name
from .runner import GridRun

__all__ = ["CellSummary", "GridAxis", "GridJob", "GridPlan", "GridResults", "GridRun",
           "MAX_EPOCHS", "MAX_REPEATS", "MAX_VALUES", "MEASURES", "RunResult",
           "SEARCH_PARAMETERS", "SearchParameter", "SearchParameterError", "higher_is_better",
           "WorkerPool", "metric_name", "repeat_seed", "run_job", "search_parameter"]
