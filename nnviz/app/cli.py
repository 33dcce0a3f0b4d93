"""nnviz's command line.

``nnviz [--dataset NAME] [--hidden 4,2] [--activation NAME] [--learning-rate X] [--play]
[--screenshot PATH] [--screenshot-after SECONDS] [--quit-after SECONDS] [--lang en|ko]``

Parsing and validation import no Qt, so ``nnviz --help`` and a mistyped flag answer at once;
Qt is imported only when the window starts (and QtGui's list of image formats when
``--screenshot`` is given). Without a display the app says so in one sentence and exits 1. A bad value exits with status 2 and a message naming
the flag (argparse's convention).
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

#: Variables that make NumPy's BLAS use one thread; they must be set before NumPy loads.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                         "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")
LANGUAGES = ("en", "ko")


def pin_blas_threads() -> None:
    """One BLAS thread (DESIGN.md §6): a second one only fights the GUI for the other core."""
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def parse_hidden(text: str) -> tuple[int, ...]:
    """``"4,2"`` -> ``(4, 2)``; ``""``, ``"0"`` or ``"none"`` -> no hidden layer."""
    from nnviz.lab.config import MAX_HIDDEN_LAYERS, MAX_UNITS
    cleaned = text.strip().lower().replace(" ", "")
    if cleaned in ("", "0", "none", "[]"):
        return ()
    parts = cleaned.strip("[]()").split(",")
    try:
        units = tuple(int(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected hidden-layer sizes separated by commas, like 4,2 (or 0 for none), "
            f"got {text!r}") from None
    if len(units) > MAX_HIDDEN_LAYERS:
        raise argparse.ArgumentTypeError(
            f"at most {MAX_HIDDEN_LAYERS} hidden layers, got {len(units)} in {text!r}")
    bad = [u for u in units if not 1 <= u <= MAX_UNITS]
    if bad:
        raise argparse.ArgumentTypeError(
            f"each hidden layer needs 1 to {MAX_UNITS} units, got {bad[0]} in {text!r}")
    return units


def _registry_name(registry, what: str):
    """An argparse ``type`` that accepts a registry name or alias and returns the canonical one."""
    def convert(text: str) -> str:
        if text not in registry:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {text!r}; choose from {', '.join(registry.names())}")
        return registry.canonical(text)
    convert.__name__ = what
    return convert


def _number(text: str, example: str, ok, requirement: str) -> float:
    """``text`` as a float that satisfies ``ok``; argparse's error (exit 2) otherwise."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {example}, got {text!r}") from None
    if not ok(value):  # NaN fails every check
        raise argparse.ArgumentTypeError(f"{requirement}, got {text!r}")
    return value


def _positive_seconds(text: str) -> float:
    return _number(text, "a number of seconds", lambda v: 0 <= v < float("inf"),
                   "expected a number of seconds >= 0")


def _learning_rate(text: str) -> float:
    return _number(text, "a number like 0.03", lambda v: v > 0, "must be greater than 0")


def image_formats() -> set[str]:
    """Extensions Qt can write screenshots in (png, jpg, bmp, ... as this Qt build offers).

    Imports only QtGui, and only when ``--screenshot`` is given: no display is needed.
    """
    from PySide6.QtGui import QImageWriter
    return {bytes(f).decode().lower() for f in QImageWriter.supportedImageFormats()}


def _screenshot_path(text: str) -> str:
    """``text`` as an absolute image path in an existing, writable folder with an extension
    naming a format Qt writes; argparse's error (exit 2) otherwise."""
    path = os.path.abspath(os.path.expanduser(text))
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise argparse.ArgumentTypeError(f"the folder {folder!r} does not exist; create it "
                                         "first or choose another path")
    if not os.access(folder, os.W_OK):
        raise argparse.ArgumentTypeError(f"cannot write into the folder {folder!r}")
    extension = os.path.splitext(path)[1].lstrip(".").lower()
    formats = image_formats()
    if extension not in formats:
        named = f"the extension .{extension}" if extension else "no extension"
        raise argparse.ArgumentTypeError(
            f"{text!r} has {named}; use one of "
            + ", ".join(f".{f}" for f in sorted(formats & {"png", "jpg", "jpeg", "bmp"}) or
                        sorted(formats)) + " (the extension decides the image format)")
    return path


def display_problem(environ=None, platform: str | None = None) -> str | None:
    """Why Qt could not open a window here, in one sentence, or None when it likely can.

    Checked before QApplication exists: without a display Qt aborts the process (exit 134)
    with a message about platform plugins that tells a student nothing.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")) or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("nnviz: there is no screen to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set): start it from a desktop session, run it under a virtual "
            "screen with xvfb-run (install the xvfb package), or set QT_QPA_PLATFORM=offscreen "
            "to run without showing a window (e.g. with --screenshot).")


def add_config_flags(parser: argparse.ArgumentParser) -> None:
    """The flags that describe an experiment, shared by the window and ``nnviz new``."""
    from nnviz.data import DATASETS
    from nnviz.engine.activations import ACTIVATIONS
    hidden_activations = [n for n in ACTIVATIONS.names() if n != "softmax"]
    parser.add_argument("--dataset", type=_registry_name(DATASETS, "dataset"),
                        metavar="NAME", help="dataset to start with: "
                        + ", ".join(DATASETS.names()) + " (default: circle)")
    parser.add_argument("--hidden", type=parse_hidden, metavar="4,2",
                        help="units per hidden layer, comma-separated (0 to 8 layers of 1 to 16 "
                             "units; 0 for none; default: 4,2)")
    parser.add_argument("--activation", type=_registry_name(ACTIVATIONS, "activation"),
                        metavar="NAME", help="activation of the hidden layers: "
                        + ", ".join(hidden_activations) + " (default: tanh)")
    parser.add_argument("--learning-rate", type=_learning_rate, metavar="X",
                        help="learning rate, greater than 0 (default: 0.03)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; dataset and activation choices come from the registries."""
    parser = argparse.ArgumentParser(
        prog="nnviz",
        description="nnviz: a desktop neural-network playground. Watch a network learn, live. "
                    "Without a window: 'nnviz new OUT.nnviz', 'nnviz train FILE.nnviz' and "
                    "'nnviz export FILE.nnviz' "
                    "(see 'nnviz new --help').",
        epilog="Keys: Space play/pause, → one step, Ctrl+→ one epoch, Ctrl+R reset, "
               "F11 full screen, Ctrl+Q quit.")
    parser.add_argument("project", nargs="?", metavar="FILE.nnviz",
                        help="a project to open (its settings, weights and training state)")
    add_config_flags(parser)
    parser.add_argument("--play", action="store_true", help="start training at once")
    parser.add_argument("--screenshot", type=_screenshot_path, metavar="PATH",
                        help="save a picture of the whole window after --screenshot-after "
                             "seconds, in the format its extension names (.png, .jpg, .bmp); "
                             "the folder must exist")
    parser.add_argument("--screenshot-after", type=_positive_seconds, default=1.0,
                        metavar="SECONDS", help="when to take the screenshot (default: 1)")
    parser.add_argument("--quit-after", type=_positive_seconds, metavar="SECONDS",
                        help="close the window and exit after this many seconds")
    from nnviz.app.instruments.registry import INSTRUMENTS
    parser.add_argument("--open", action="append", choices=list(INSTRUMENTS), metavar="NAME",
                        help="open this instrument (repeatable; replaces the ones remembered "
                             "from last time): " + ", ".join(INSTRUMENTS))
    parser.add_argument("--lesson", type=_lesson_id, metavar="ID",
                        help="open this lesson of the course: " + ", ".join(_lesson_ids()))
    parser.add_argument("--presentation", action="store_true",
                        help="start in presentation mode (full screen, larger text, as F5)")
    parser.add_argument("--zoom", type=_zoom_percent, metavar="PERCENT",
                        help="interface zoom from 75 to 250 (as Ctrl + / Ctrl −)")
    parser.add_argument("--compare", type=_compare_change, action="append", metavar="NAME=VALUE",
                        help="open Training → Compare two runs with this setting of run B "
                             "changed (repeatable), e.g. --compare optimizer=adam; --play "
                             "then trains the comparison and --screenshot shows it")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the interface (default: the one chosen last time "
                             "in View → Language, else the system's)")
    return parser


def _lesson_ids() -> list[str]:
    from nnviz.lab.lessons.lesson import shipped_lessons
    return [lesson.id for lesson in shipped_lessons()[0]]


def _lesson_id(text: str) -> str:
    if text not in _lesson_ids():
        raise argparse.ArgumentTypeError(f"no lesson {text!r}; choose from "
                                         f"{', '.join(_lesson_ids())}")
    return text


def _zoom_percent(text: str) -> float:
    return _number(text, "a percentage such as 150", lambda v: 75 <= v <= 250,
                   "must be from 75 to 250")


def _compare_change(text: str):
    from nnviz.lab.compare import setting_change
    try:
        return setting_change(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def config_from_args(args: argparse.Namespace, parser: argparse.ArgumentParser):
    """The ExperimentConfig the flags describe; an invalid one exits 2 naming its flag."""
    from nnviz.data import DATASETS
    from nnviz.lab.config import ExperimentConfig, LayerConfig

    def apply(flag: str, build):
        try:
            return build()
        except (ValueError, TypeError) as exc:
            parser.error(f"argument {flag}: {exc}")

    config = ExperimentConfig()
    if args.dataset is not None:
        problem = DATASETS.get(args.dataset).problem
        # Data and problem type change together: blobs is multiclass, a surface is regression.
        config = apply("--dataset", lambda: replace(
            config, data=replace(config.data, dataset=args.dataset),
            training=replace(config.training, problem=problem)))
    if args.hidden is not None or args.activation is not None:
        units = args.hidden if args.hidden is not None else config.network.units
        activation = args.activation
        flag = "--activation" if args.activation is not None else "--hidden"

        def layers():
            return tuple(LayerConfig(units=u, activation=activation) if activation
                         else LayerConfig(units=u) for u in units)
        if activation is not None:
            apply("--activation", lambda: LayerConfig(activation=activation))
        config = apply(flag, lambda: config.with_network(hidden=layers()))
    if args.learning_rate is not None:
        config = apply("--learning-rate",
                       lambda: config.with_training(learning_rate=args.learning_rate))
    return config


def install_translator(app, lang: str | None):
    """Speak ``lang`` (None: the remembered choice or the system's); see :mod:`nnviz.app.i18n`."""
    from nnviz.app.i18n.language import install_translator as install
    return install(app, lang)


def close_on_ctrl_c(app, close):
    """Ctrl+C in the terminal calls ``close`` (once); returns a function that undoes this.

    Python runs a signal handler only when it next runs Python code, and Qt's event loop may
    not for a while: a wake-up socket, watched by the loop, makes it run at once. A second
    Ctrl+C while closing ends the process.
    """
    import signal
    import socket
    import threading

    from PySide6.QtCore import QSocketNotifier, QTimer
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain():
        try:
            reader.recv(64)
        except OSError:
            pass
    notifier.activated.connect(drain)
    closing = []

    def on_interrupt(signum, frame):
        if closing:
            os._exit(130)  # asked twice: do not wait for a clean close
        closing.append(True)
        print("nnviz: interrupted, closing the window", file=sys.stderr, flush=True)
        QTimer.singleShot(0, close)  # not from inside whatever Python code was interrupted
    previous_handler = signal.signal(signal.SIGINT, on_interrupt)

    def undo():
        signal.signal(signal.SIGINT, previous_handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()
    return undo


def run_window(config, args: argparse.Namespace, document=None) -> int:
    """Start Qt, show the main window and run until it closes (with ``document``, a
    ProjectDocument of ``config``, continuing its training and opening its instruments)."""
    try:  # belt and braces: the environment variables may have come too late
        from threadpoolctl import threadpool_limits
        blas_limit = threadpool_limits(1)
    except Exception:  # pragma: no cover - threadpoolctl is a dependency
        blas_limit = None
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nnviz")
    app.setApplicationDisplayName("nnviz")
    app.setOrganizationName("nnviz")
    from nnviz.app.i18n.fonts import register_korean_font
    register_korean_font(app)  # before any widget exists, so every widget gets the fallback
    translators = install_translator(app, args.lang)
    from nnviz.app.app_icon import app_icon
    app.setWindowIcon(app_icon())

    from nnviz.app.exception_hook import install_exception_hook
    from nnviz.app.main_window import MainWindow
    window = MainWindow(config)
    if document is not None:  # its checkpoint, instruments and file name (for Save)
        window.project.open_document(document, args.project)
    if args.open:
        window.instruments.show_only(args.open)
    error_hook = install_exception_hook(window)  # a failing slot is logged and told, not fatal
    window.show()
    if not args.screenshot and args.quit_after is None:  # scripted runs never ask nor autosave
        window.project.protect()
    if args.lesson:
        window.lessons.open_lesson(args.lesson)
    if args.presentation:
        window.classroom.set_presentation(True)
    if args.zoom is not None:  # after presentation mode, which zooms to at least 150 %
        window.classroom.zoom.set_zoom(args.zoom / 100.0)
    compare = window.compare.open(args.compare) if args.compare else None
    if args.play:
        (compare.runner if compare is not None else window).set_playing(True)

    state = {"screenshot_error": None, "shot": False}

    def take_screenshot():
        if state["shot"] or not args.screenshot:
            return
        state["shot"] = True
        path = args.screenshot  # checked when the flags were read: folder and format
        image_format = os.path.splitext(path)[1].lstrip(".").upper()
        shown = compare if compare is not None else window
        if shown.grab().save(path, image_format):
            print(f"nnviz: screenshot saved to {path}", flush=True)
        else:
            state["screenshot_error"] = f"nnviz: could not write the screenshot {path}"
            print(state["screenshot_error"], file=sys.stderr, flush=True)

    def quit_now():
        if args.screenshot and not state["shot"]:
            take_screenshot()
        snap = window.controller.last_snapshot
        if compare is not None and compare.runner.last_frame[0] is not None:
            a, b = compare.runner.last_frame
            print(f"nnviz: quit after comparing {a.epoch} and {b.epoch} epochs", flush=True)
        elif snap is not None:  # scripts (and the bundle's smoke test) see that training ran
            print(f"nnviz: quit after {snap.epoch} epochs ({snap.step} steps)", flush=True)
        window.close()
        app.quit()

    def close_on_interrupt():
        if window.project.close_without_asking():
            print("nnviz: the unsaved experiment is kept; the next start offers it back",
                  file=sys.stderr, flush=True)
        window.close()
        app.quit()
    undo_ctrl_c = close_on_ctrl_c(app, close_on_interrupt)

    if args.screenshot:
        QTimer.singleShot(int(args.screenshot_after * 1000), take_screenshot)
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), quit_now)
    rc = app.exec()
    window.controller.shutdown()
    undo_ctrl_c()
    error_hook.uninstall()
    del translators, blas_limit
    if state["screenshot_error"]:
        return 1
    return rc


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``nnviz`` and ``python -m nnviz``; returns the exit status."""
    pin_blas_threads()
    argv = sys.argv[1:] if argv is None else list(argv)
    from nnviz.app.cli_commands import COMMANDS, run_command
    if argv and argv[0] in COMMANDS:  # headless: no Qt imported on this path
        return run_command(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    config = config_from_args(args, parser)
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr, flush=True)
        return 1
    document = None
    if args.project is not None:
        from nnviz.app.cli_commands import open_project_for_window
        document = open_project_for_window(args, parser)
        if document is None:
            return 1
        config = document.config
    return run_window(config, args, document)
