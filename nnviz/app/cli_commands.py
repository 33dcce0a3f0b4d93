"""``nnviz new``, ``nnviz train`` and ``nnviz export``: projects without a window.

``nnviz new OUT.nnviz [--dataset NAME] [--hidden 4,2] [--activation NAME] [--learning-rate X]``
writes a fresh project from the same flags the window takes; ``nnviz train FILE.nnviz --epochs N
[--out OUT.nnviz]`` continues a project's training exactly where it stopped, printing each
epoch's losses, and writes the result. ``nnviz export FILE.nnviz --png OUT.png [--scale 2] |
--gif OUT.gif --epochs N | --keras OUT.py [--flavour ...]`` draws the project's window offscreen
or writes its Keras script; only the picture paths import Qt. Exit status: 0 done, 1 a file
refused or not written (the reason printed, nothing written), 2 a bad flag (argparse's message
naming it).
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace

COMMANDS = ("new", "train", "export", "grid", "compare")
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
    if command == "export":
        return command_export(rest)
    if command == "grid":
        from nnviz.app.search.command import command_grid
        return command_grid(rest)
    if command == "compare":
        from nnviz.app.compare.command import command_compare
        return command_compare(rest)
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


EXPORT_VIEWS = ("window", "graph", "output", "curves")
FLAVOURS = ("keras", "tensorflow", "nnviz")
MAX_SCALE = 8.0


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number like 2, got {text!r}") from None
    if not 0 < value <= MAX_SCALE:  # NaN fails too
        raise argparse.ArgumentTypeError(f"must be greater than 0 and at most {MAX_SCALE:g}, "
                                         f"got {text!r}")
    return value


def build_export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nnviz export",
        description="Draw a project's window as a PNG, record its training as a GIF (or MP4), "
                    "or write its model as a Keras script, without showing a window.")
    parser.add_argument("file", metavar="FILE.nnviz", help="the project to export")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--png", metavar="OUT.png", help="a picture of the project now")
    what.add_argument("--gif", metavar="OUT.gif",
                      help="an animation of --epochs more epochs of training (.gif, or .mp4 "
                           "with imageio-ffmpeg)")
    what.add_argument("--keras", metavar="OUT.py",
                      help="a script that rebuilds the model (its data CSV goes beside it)")
    parser.add_argument("--scale", type=_scale, metavar="X",
                        help="with --png: pixels per screen pixel, e.g. 2 for slides "
                             "(default: 1)")
    parser.add_argument("--epochs", type=_epochs, metavar="N",
                        help="with --gif: how many epochs to record (one frame each)")
    parser.add_argument("--view", choices=EXPORT_VIEWS,
                        help="with --png or --gif: what to draw (default: window for --png, "
                             "output for --gif)")
    parser.add_argument("--flavour", choices=FLAVOURS,
                        help="with --keras: the script's import line (default: keras)")
    return parser


def _check_export_flags(args, parser) -> tuple[str, "object"]:
    """(kind, output path) of a consistent set of export flags; exit 2 naming a wrong one."""
    from pathlib import Path
    kind = "png" if args.png else "gif" if args.gif else "keras"
    allowed = {"png": ("scale", "view"), "gif": ("epochs", "view"), "keras": ("flavour",)}
    for flag in ("scale", "epochs", "view", "flavour"):
        if getattr(args, flag) is not None and flag not in allowed[kind]:
            parser.error(f"argument --{flag}: not allowed with --{kind}")
    if kind == "gif" and args.epochs is None:
        parser.error("argument --gif: needs --epochs N (how many epochs to record)")
    out = Path(getattr(args, kind))
    suffixes = {"png": (".png",), "gif": (".gif", ".mp4"), "keras": (".py",)}[kind]
    if out.suffix.lower() not in suffixes:
        parser.error(f"argument --{kind}: {str(out)!r} must end in "
                     + " or ".join(suffixes))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        parser.error(f"argument --{kind}: the folder {str(folder)!r} does not exist")
    return kind, out


def _qt_application():
    """A QApplication for drawing offscreen (the offscreen platform when there is no display)."""
    import os

    from nnviz.app.cli import display_problem
    if display_problem() is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication(sys.argv[:1])


def command_export(argv: list[str]) -> int:
    from nnviz.lab.project import ProjectError, load_project
    parser = build_export_parser()
    args = parser.parse_args(argv)
    kind, out = _check_export_flags(args, parser)
    try:
        document = load_project(args.file)
    except ProjectError as exc:
        return _fail("export", f"cannot open {args.file}: {exc}")
    session = document.session()
    try:
        if kind == "keras":  # no Qt on this path (headless.py imports it)
            from nnviz.lab.export import write_keras_script
            script, data = write_keras_script(
                out, session.config, session.model.get_weights(),
                flavour=args.flavour or "keras", step=session.step_count,
                title=session.config.data.dataset)
            print(f"nnviz export: wrote {script} and {data}", flush=True)
            return 0
        app = _qt_application()
        from nnviz.app.export import headless
        if kind == "png":
            headless.export_png(session, out, view=args.view or "window",
                                scale=args.scale or 1.0)
        else:
            headless.export_gif(session, out, args.epochs, view=args.view or "output")
        del app
    except OSError as exc:
        return _fail("export", f"cannot write {out}: {exc.strerror or exc}")
    except (RuntimeError, ValueError) as exc:  # e.g. imageio missing, a picture too large
        return _fail("export", str(exc))
    print(f"nnviz export: wrote {out}", flush=True)
    return 0


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
