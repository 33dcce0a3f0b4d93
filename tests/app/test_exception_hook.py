"""The app's exception hook: a failing slot is logged and told in the window, and nnviz goes on.

The hook is installed by hand here (and removed again), so every other test keeps pytest-qt's
hook, which fails the test on any exception in a slot.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from nnviz.app.exception_hook import ExceptionReporter, install_exception_hook
from nnviz.paths import USER_DIR_ENV, log_path, user_data_dir
from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture


class Raiser(QObject):
    """A slot that fails, as a bug in a panel would."""

    poke = Signal()

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.poke.connect(self.explode)

    @Slot()
    def explode(self):
        self.calls += 1
        raise RuntimeError(f"boom number {self.calls}")


@pytest.fixture
def hooked_window(qtbot, window, tmp_path, monkeypatch):
    """A running window with the app's exception hook installed; the log under tmp_path."""
    monkeypatch.setenv(USER_DIR_ENV, str(tmp_path / "user"))
    w = window(config("circle", (4, 2)))
    hook = install_exception_hook(w)
    try:
        yield w, hook
    finally:
        hook.uninstall()


def test_user_folder_follows_the_override_and_holds_the_log(tmp_path, monkeypatch):
    monkeypatch.setenv(USER_DIR_ENV, str(tmp_path))
    assert user_data_dir() == tmp_path
    assert log_path() == tmp_path / "nnviz.log"
    monkeypatch.delenv(USER_DIR_ENV)
    assert user_data_dir().name.lower() == "nnviz"
    assert user_data_dir() != tmp_path


def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_goes_on(qtbot, hooked_window,
                                                                        tmp_path, capsys):
    w, hook = hooked_window
    assert sys.excepthook is hook
    log = tmp_path / "user" / "nnviz.log"
    assert not log.exists()  # nothing written until something goes wrong

    raiser = Raiser()
    raiser.poke.emit()
    qtbot.waitUntil(lambda: "boom number 1" in w.statusBar().currentMessage(), timeout=5_000)
    message = w.statusBar().currentMessage()
    assert "RuntimeError" in message and str(log) in message
    assert QApplication.activeModalWidget() is None  # told, not asked: no dialog in the way
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "in explode" in text and "RuntimeError: boom number 1" in text
    assert "boom number 1" in capsys.readouterr().err  # and on the terminal, as before

    # The window goes on: the next failure is reported too, timers fire, training runs.
    raiser.poke.emit()
    qtbot.waitUntil(lambda: "boom number 2" in w.statusBar().currentMessage(), timeout=5_000)
    assert log.read_text(encoding="utf-8").count("Uncaught exception") == 2
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    w.epoch_action.trigger()
    wait_snapshot(qtbot, w, lambda s: s.epoch >= 1)


def test_an_exception_in_another_thread_is_shown_in_the_gui_thread(qtbot, hooked_window,
                                                                   tmp_path):
    w, hook = hooked_window
    shown_in = []
    w.statusBar().messageChanged.connect(lambda _: shown_in.append(threading.get_ident()))

    def fail():
        raise ValueError("from a helper thread")

    t = threading.Thread(target=fail)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: "from a helper thread" in w.statusBar().currentMessage(),
                    timeout=5_000)
    assert set(shown_in) == {threading.get_ident()}
    assert "ValueError: from a helper thread" in (tmp_path / "user" / "nnviz.log").read_text()


def test_uninstall_restores_the_hooks_it_found(tmp_path):
    before = (sys.excepthook, threading.excepthook)
    hook = ExceptionReporter(tmp_path / "x.log")
    hook.install()
    assert sys.excepthook is hook
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_an_unwritable_log_still_shows_the_message(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    hook = ExceptionReporter(blocker / "sub" / "nnviz.log")  # its folder cannot be made
    with qtbot.waitSignal(hook.reported) as sig:
        hook(KeyError, KeyError("k"), None)
    assert "KeyError" in sig.args[0] and "details" not in sig.args[0]
    assert not Path(blocker / "sub").exists()
