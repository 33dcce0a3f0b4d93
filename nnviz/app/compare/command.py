"""``nnviz compare FILE.nnviz --b NAME=VALUE [--a NAME=VALUE] --epochs N [--out curves.csv]``:
an A/B comparison without a window (no Qt).

Both runs start from the project's settings with the same data and the same first weights;
``--a``/``--b`` change one run each (the grid search's parameter names: optimizer,
learning_rate, activation, initializer, dropout, batch_size, regularization_rate, units,
layers). Both train the same epochs; the losses are printed as they go and ``--out`` gets one
CSV row per epoch. Exit status: 0 done, 1 a file refused or not written, 2 a bad flag.
"""
from __future__ import annotations

import argparse
import csv
import sys

from nnviz.app.search.command import _count, _csv_path

PROGRESS_LINES = 20


def _change(text: str):
    from nnviz.lab.compare import setting_change
    try:
        return setting_change(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_compare_parser() -> argparse.ArgumentParser:
    from nnviz.lab.search import MAX_EPOCHS, SEARCH_PARAMETERS
    parser = argparse.ArgumentParser(
        prog="nnviz compare",
        description="Train two copies of a project side by side from the same data and the "
                    "same first weights, one or both with changed settings, and compare their "
                    "losses.")
    parser.add_argument("file", metavar="FILE.nnviz", help="the project both runs start from")
    names = ", ".join(SEARCH_PARAMETERS.names())
    parser.add_argument("--a", type=_change, action="append", default=[], metavar="NAME=VALUE",
                        help=f"a setting of run A (repeatable): {names}")
    parser.add_argument("--b", type=_change, action="append", default=[], metavar="NAME=VALUE",
                        help="a setting of run B (repeatable)")
    parser.add_argument("--epochs", type=_count(MAX_EPOCHS, "epochs"), required=True,
                        metavar="N", help="epochs both runs train")
    parser.add_argument("--out", type=_csv_path, metavar="CURVES.csv",
                        help="write both runs' losses, one row per epoch, to this CSV file")
    return parser


def _fail(message: str) -> int:
    print(f"nnviz compare: {message}", file=sys.stderr, flush=True)
    return 1


def command_compare(argv: list[str]) -> int:
    """Run ``nnviz compare`` with ``argv`` (the arguments after ``compare``); the exit status."""
    from nnviz.lab.compare import run_label, start_pair, train_pair, versus_label, with_changes
    from nnviz.lab.project import ProjectError, load_project
    parser = build_compare_parser()
    args = parser.parse_args(argv)
    try:
        document = load_project(args.file)
    except ProjectError as exc:
        return _fail(f"cannot open {args.file}: {exc}")
    generation = document.checkpoint.generation if document.checkpoint is not None else 0
    try:
        pair = start_pair(document.config, generation)
        pair = with_changes(with_changes(pair, "A", args.a), "B", args.b)
    except ValueError as exc:
        parser.error(str(exc))
    changes = pair.differences()
    print(f"nnviz compare: {versus_label(changes)}, {args.epochs} epochs from the same "
          f"first weights", flush=True)
    rows = []

    def report(a, b):
        line = f"epoch {a.epoch}"
        for which, session in (("A", a), ("B", b)):
            h = session.history
            line += f"  {which} test loss {h.last('test_loss'):#.4g}"
            if session.stopped:
                line += " (diverged)"
        print(line, flush=True)

    def record(a, b):
        rows.append([a.epoch] + [s.history.last(c) for s in (a, b)
                                 for c in ("train_loss", "test_loss")])
        if a.epoch % every == 0 or a.epoch == args.epochs:
            report(a, b)

    every = max(1, -(-args.epochs // PROGRESS_LINES))
    try:
        a, b = train_pair(pair, args.epochs, 1, record)
    except KeyboardInterrupt:
        return _fail("interrupted; nothing written")
    labels = [run_label(changes, which) or which for which in ("A", "B")]
    best = min((a, b), key=lambda s: s.history.last("test_loss"))
    winner = labels[0] if best is a else labels[1]
    print(f"nnviz compare: lower test loss: {'A' if best is a else 'B'} ({winner})", flush=True)
    if args.out:
        try:
            with open(args.out, "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(["epoch", "a_train_loss", "a_test_loss", "b_train_loss",
                                 "b_test_loss"])
                writer.writerows(rows)
        except OSError as exc:
            return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
        print(f"nnviz compare: wrote {args.out}", flush=True)
    return 0
