"""``nnviz grid FILE.nnviz --param NAME=V1,V2 [--param NAME=...] --epochs N [--repeats R]
[--out results.csv] [--workers W]``: a grid search without a window (no Qt).

The project's configuration is the base; each ``--param`` is one axis. Every finished run is
printed as it comes in, then the best cell; ``--out`` gets one CSV row per cell. Exit status: 0
done, 1 a file refused or not written, or the search interrupted (the finished cells are still
written), 2 a bad flag (the message names it).
"""
from __future__ import annotations

import argparse
import os
import sys


def _axis(text: str):
    from nnviz.lab.search import GridAxis, SearchParameterError
    name, sep, values = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUES such as learning_rate=0.01,0.1, "
                                         f"got {text!r}")
    try:
        return GridAxis.parse(name.strip(), values)
    except SearchParameterError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _count(hi: int, what: str):
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number of {what}, got "
                                             f"{text!r}") from None
        if not 1 <= value <= hi:
            raise argparse.ArgumentTypeError(f"must be from 1 to {hi}, got {text!r}")
        return value
    return convert


def _csv_path(text: str) -> str:
    folder = os.path.dirname(os.path.abspath(text))
    if not os.path.isdir(folder):
        raise argparse.ArgumentTypeError(f"the folder {folder!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise argparse.ArgumentTypeError(f"cannot write into the folder {folder!r}")
    return text


def build_grid_parser() -> argparse.ArgumentParser:
    from nnviz.lab.search import MAX_EPOCHS, MAX_REPEATS, SEARCH_PARAMETERS
    parser = argparse.ArgumentParser(
        prog="nnviz grid",
        description="Train every combination of one or two hyper-parameters' values from a "
                    "project's settings, on every core, and report the test loss and "
                    "accuracy (R² for regression) of each.")
    parser.add_argument("file", metavar="FILE.nnviz", help="the project whose settings to vary")
    parser.add_argument("--param", type=_axis, action="append", required=True,
                        metavar="NAME=V1,V2", help="a parameter and its values (once or twice): "
                        + ", ".join(SEARCH_PARAMETERS.names()))
    parser.add_argument("--epochs", type=_count(MAX_EPOCHS, "epochs"), required=True,
                        metavar="N", help="epochs each run trains")
    parser.add_argument("--repeats", type=_count(MAX_REPEATS, "repeats"), default=1,
                        metavar="R", help="runs per cell, each from other random weights "
                                          "(default: 1)")
    parser.add_argument("--out", type=_csv_path, metavar="RESULTS.csv",
                        help="write one row per cell (means and spreads) to this CSV file")
    parser.add_argument("--workers", type=_count(256, "processes"), metavar="W",
                        help="worker processes (default: one per core)")
    return parser


def _fail(message: str) -> int:
    print(f"nnviz grid: {message}", file=sys.stderr, flush=True)
    return 1


def _values(plan, cell) -> str:
    return "  ".join(f"{a.parameter}={a.spec.format(v)}"
                     for a, v in zip(plan.axes, plan.cell_values(cell)))


def _describe(run, metric: str) -> str:
    if not run.ok:
        return run.status
    return f"test loss {run.test_loss:#.4g}  test {metric} {run.test_metric:#.4g}"


def command_grid(argv: list[str]) -> int:
    """Run ``nnviz grid`` with ``argv`` (the arguments after ``grid``); the exit status."""
    from nnviz.lab.project import ProjectError, load_project
    from nnviz.lab.search import GridPlan, GridRun, SearchParameterError
    parser = build_grid_parser()
    args = parser.parse_args(argv)
    try:
        document = load_project(args.file)
    except ProjectError as exc:
        return _fail(f"cannot open {args.file}: {exc}")
    try:
        plan = GridPlan(document.config, tuple(args.param), args.repeats, args.epochs)
    except SearchParameterError as exc:
        parser.error(f"argument --param: {exc}")
    run = GridRun(plan, workers=args.workers, niceness=0)
    metric = "R²" if run.results.metric_name == "r2" else "accuracy"
    shape = " × ".join(str(n) for n in plan.shape)
    print(f"nnviz grid: {shape} cells × {plan.repeats} repeats = {run.total} runs of "
          f"{plan.epochs} epochs on {run.workers} worker processes", flush=True)
    width = len(str(run.total))

    def report(result):
        eta = run.eta_seconds()
        left = f"  (about {eta:.0f} s left)" if eta and eta >= 1 else ""
        print(f"[{run.done:>{width}}/{run.total}] {_values(plan, result.cell)}  repeat "
              f"{result.repeat + 1}: {_describe(result, metric)}{left}", flush=True)
    interrupted = False
    try:
        run.run(on_result=report)
    except KeyboardInterrupt:
        interrupted = True
    best = run.results.best("test_loss")
    if best is not None:
        spread = f" ± {best.spread:#.4g}" if best.spread == best.spread else ""
        print(f"nnviz grid: best {_values(plan, best.cell)}: test loss {best.mean:#.4g}{spread} "
              f"({best.finished} runs)", flush=True)
    if args.out:
        try:
            run.results.write_csv(args.out)
        except OSError as exc:
            return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
        print(f"nnviz grid: wrote {args.out}", flush=True)
    if interrupted:
        return _fail(f"interrupted after {run.done} of {run.total} runs"
                     + ("; the finished cells are in the CSV" if args.out else ""))
    return 0
