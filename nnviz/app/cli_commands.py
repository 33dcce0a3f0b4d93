"""``nnviz new`` and ``nnviz train``: projects made and trained without a window (no Qt).

``nnviz new OUT.nnviz [--dataset NAME] [--hidden 4,2] [--activation NAME] [--learning-rate X]``
writes a fresh project from the same flags the window takes; ``nnviz train FILE.nnviz --epochs N
[--out OUT.nnviz]`` continues a project's training exactly where it stopped, printing each
epoch's losses, and writes the result. Exit status: 0 done, 1 a file refused or not written (the
reason printed, nothing written), 2 a bad flag (argparse's message naming it).
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace

COMMANDS = ("new", "train", "grid")
MAX_EPOCHS = 10_000_000
#: Progress lines printed at most for one run (every epoch when there are fewer).
PROGRESS_LINES = 50


def _epochs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of epochs, got {text!r}") \
            from None
    if not 1 <= value <= MAX_EPOCHS:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_EPOCHS}, got {text!r}")
    return value


def build_new_parser() -> argparse.ArgumentParser:
    from nnviz.app.cli import add_config_flags
    parser = argparse.ArgumentParser(
        prog="nnviz new", description="Write a fresh, untrained project from the window's flags.")
    parser.add_argument("out", metavar="OUT.nnviz", help="the project file to write")
    add_config_flags(parser)
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    return parser


def build_train_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nnviz train",
        description="Train a project without a window, continuing exactly where it stopped.")
    parser.add_argument("file", metavar="FILE.nnviz", help="the project to train")
    parser.add_argument("--epochs", type=_epochs, required=True, metavar="N",
                        help="how many more epochs to train")
    parser.add_argument("--out", metavar="OUT.nnviz",
                        help="where to write the result (default: back to FILE)")
    return parser


def run_command(argv: list[str]) -> int:
    """Run ``argv`` = ``[command, args...]`` with ``command`` one of :data:`COMMANDS`."""
    command, rest = argv[0], argv[1:]
    if command == "new":
        return command_new(rest)
    if command == "grid":
        from nnviz.app.search.command import command_grid
        return command_grid(rest)
    return command_train(rest)


def _fail(command: str, message: str) -> int:
    print(f"nnviz {command}: {message}".replace("nnviz :", "nnviz:"), file=sys.stderr,
          flush=True)
    return 1


def command_new(argv: list[str]) -> int:
    from pathlib import Path

    from nnviz.app.cli import config_from_args
    from nnviz.lab.project import ProjectDocument, save_project
    from nnviz.lab.session import Session
    parser = build_new_parser()
    args = parser.parse_args(argv)
    config = config_from_args(args, parser)
    out = Path(args.out)
    if out.exists() and not args.force:
        return _fail("new", f"{out} exists; add --force to replace it")
    document = ProjectDocument.from_session(Session(config))
    try:
        save_project(out, document)
    except OSError as exc:
        return _fail("new", f"cannot write {out}: {exc.strerror or exc}")
    units = ",".join(str(u) for u in config.network.units) or "none"
    print(f"nnviz new: wrote {out} ({config.data.dataset}, hidden {units}, "
          f"learning rate {config.training.learning_rate:g})", flush=True)
    return 0


def command_train(argv: list[str]) -> int:
    from pathlib import Path

    from nnviz.lab.project import ProjectDocument, ProjectError, load_project, save_project
    args = build_train_parser().parse_args(argv)
    source = Path(args.file)
    out = Path(args.out) if args.out else source
    try:
        document = load_project(source)
    except ProjectError as exc:
        return _fail("train", f"cannot open {source}: {exc}")
    session = document.session()
    start = session.epoch
    every = max(1, -(-args.epochs // PROGRESS_LINES))
    print(f"nnviz train: {source} from epoch {start}, {args.epochs} more", flush=True)
    try:
        for done in range(1, args.epochs + 1):
            session.step_epochs(1)
            if session.stopped:
                break
            if done % every == 0 or done == args.epochs:
                print(_progress(session), flush=True)
    except KeyboardInterrupt:
        return _fail("train", "interrupted; nothing written")
    diverged = session.stopped
    if diverged:
        print(f"nnviz train: {session.message}", file=sys.stderr, flush=True)
    try:
        save_project(out, replace(ProjectDocument.from_session(
            session, document.window, document.custom_data), grid_search=document.grid_search))
    except OSError as exc:
        return _fail("train", f"cannot write {out}: {exc.strerror or exc}")
    if diverged:
        return _fail("train", f"wrote {out} at the last good weights (epoch "
                              f"{load_project(out).checkpoint.epoch})")
    print(f"nnviz train: wrote {out} at epoch {session.epoch} ({session.step_count} steps)",
          flush=True)
    return 0


def _progress(session) -> str:
    """``epoch 12  train loss 0.1234  test loss 0.1456  test accuracy 0.98``."""
    history = session.history
    line = (f"epoch {session.epoch}  train loss {history.last('train_loss'):#.4g}  "
            f"test loss {history.last('test_loss'):#.4g}")
    accuracy = history.last("test_metric")
    if accuracy == accuracy and session.config.training.problem != "regression":
        line += f"  test accuracy {accuracy:#.4g}"
    return line


def open_project_for_window(args: argparse.Namespace, parser: argparse.ArgumentParser):
    """The project ``nnviz FILE.nnviz`` names, or None (the reason printed) if it is refused.

    The flags that describe an experiment cannot be combined with a project (which has its own).
    """
    from nnviz.lab.project import ProjectError, load_project
    for flag in ("dataset", "hidden", "activation", "learning_rate"):
        if getattr(args, flag) is not None:
            parser.error(f"argument --{flag.replace('_', '-')}: not allowed with a project "
                         f"file (the project has its own settings)")
    try:
        document = load_project(args.project)
    except ProjectError as exc:
        _fail("", f"cannot open {args.project}: {exc}")
        return None
    return document
