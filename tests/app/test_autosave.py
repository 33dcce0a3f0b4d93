"""Autosave: written while changed, deleted on a clean exit, offered back after a crash."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from nnviz.app import autosave, project_actions
from nnviz.lab.project import load_project
from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user"
    monkeypatch.setenv("NNVIZ_USER_DIR", str(folder))
    monkeypatch.setattr(autosave, "AUTOSAVE_INTERVAL_MS", 50)
    # Closing a protected window with changes discards them (a real dialog would wait).
    monkeypatch.setattr(project_actions, "ask_unsaved", lambda parent, name: "discard")
    return folder


@pytest.fixture
def restore_answers(monkeypatch):
    """What the restore question answers (a list, popped), and how often it was asked."""
    asked = []
    answers = []

    def ask(parent, path):
        asked.append(path)
        return answers.pop(0)
    monkeypatch.setattr(autosave, "ask_restore", ask)
    return answers, asked


def test_autosave_writes_only_after_changes_and_a_clean_exit_deletes_it(
        qtbot, window, user_dir, restore_answers):
    answers, asked = restore_answers
    w = window(config("xor"))
    w.project.protect()
    assert asked == []  # an empty user folder: nothing to offer
    path = user_dir / "autosave.nnviz"
    qtbot.wait(200)  # several timer periods without a change
    assert not path.exists()
    w.controller.step_epochs(2)
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch == 2)
    qtbot.waitUntil(path.is_file, timeout=10_000)
    saved = load_project(path)
    assert saved.checkpoint.epoch == 2 and saved.config.data.dataset == "xor"
    for a, b in zip(saved.checkpoint.weights, snap.weights):
        np.testing.assert_array_equal(a, b)
    assert not w.project.autosave.pending
    stamp = path.stat().st_mtime_ns
    qtbot.wait(200)
    assert path.stat().st_mtime_ns == stamp  # nothing changed: not written again
    assert w.isWindowModified()  # an autosave is not a save

    assert w.close()
    assert not path.exists()


def test_an_autosave_left_by_a_crash_is_offered_and_restored(qtbot, window, user_dir,
                                                            restore_answers):
    answers, asked = restore_answers
    crashed = window(config("xor", (3,)))
    crashed.project.protect()
    crashed.controller.step_epochs(3)
    snap = wait_snapshot(qtbot, crashed, lambda s: s.epoch == 3)
    path = user_dir / "autosave.nnviz"
    qtbot.waitUntil(path.is_file, timeout=10_000)
    qtbot.waitUntil(lambda: load_project(path).checkpoint.epoch == 3, timeout=10_000)
    crashed.project.autosave._timer.stop()
    crashed.project.autosave.active = False  # as if the process died: nothing cleans up

    answers.append(True)
    w = window()
    w.project.protect()
    assert asked == [path]
    back = wait_snapshot(qtbot, w, lambda s: s.epoch == 3 and s.config.data.dataset == "xor")
    for a, b in zip(back.weights, snap.weights):
        np.testing.assert_array_equal(a, b)
    assert w.isWindowModified() and w.project.path is None  # restored, but not saved anywhere


def test_a_declined_autosave_is_deleted_and_not_offered_again(qtbot, window, user_dir,
                                                             restore_answers, tmp_path):
    answers, asked = restore_answers
    user_dir.mkdir()
    first = window(config("xor"))
    assert first.project.save_to(user_dir / "autosave.nnviz")
    answers.append(False)
    w = window()
    w.project.protect()
    assert len(asked) == 1 and not (user_dir / "autosave.nnviz").exists()
    assert w.config.data.dataset == "circle"


def test_an_unreadable_autosave_says_so_and_is_removed(qtbot, window, user_dir,
                                                      restore_answers, monkeypatch):
    answers, asked = restore_answers
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, t, text, *a: warnings.append(text))
    user_dir.mkdir()
    (user_dir / "autosave.nnviz").write_text('{"format": "nnviz-project", "vers')
    answers.append(True)
    w = window()
    w.project.protect()
    assert warnings and "ends early" in warnings[0]
    assert not (user_dir / "autosave.nnviz").exists()
    assert not w.isWindowModified()


def test_a_window_that_was_never_protected_leaves_a_found_autosave_alone(
        qtbot, window, user_dir, restore_answers):
    user_dir.mkdir()
    w = window()
    assert w.project.save_to(user_dir / "autosave.nnviz")
    w.close()  # tests and scripted runs (--quit-after) never protect: nothing deleted
    assert (user_dir / "autosave.nnviz").exists()


def test_ctrl_c_closes_without_asking_and_keeps_the_unsaved_work_for_the_next_start(
        qtbot, window, user_dir, restore_answers, monkeypatch):
    answers, asked = restore_answers
    never = []
    monkeypatch.setattr(project_actions, "ask_unsaved",
                        lambda parent, name: never.append(name) or "discard")
    w = window(config("xor", (3,)))
    w.project.protect()
    w.controller.step_epochs(2)
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch == 2)
    qtbot.waitUntil(lambda: w.isWindowModified(), timeout=10_000)
    assert w.project.close_without_asking() is True   # what Ctrl+C in the terminal does
    assert w.close() and never == []                  # no question in the window
    path = user_dir / "autosave.nnviz"
    assert load_project(path).checkpoint.epoch == 2   # the work is there ...
    answers.append(True)
    again = window()
    again.project.protect()                           # ... and the next start offers it
    assert asked == [path]
    back = wait_snapshot(qtbot, again, lambda s: s.epoch == 2 and s.config.data.dataset == "xor")
    np.testing.assert_array_equal(back.weights[0], snap.weights[0])


def test_ctrl_c_with_nothing_unsaved_closes_and_leaves_no_autosave(qtbot, window, user_dir,
                                                                  restore_answers):
    w = window(config("xor"))
    w.project.protect()
    assert w.project.close_without_asking() is False
    assert w.close()
    assert not (user_dir / "autosave.nnviz").exists()


def test_ctrl_c_asks_after_all_when_the_autosave_cannot_be_written(
        qtbot, window, user_dir, restore_answers, monkeypatch):
    asked = []
    monkeypatch.setattr(project_actions, "ask_unsaved",
                        lambda parent, name: asked.append(name) or "cancel")
    w = window(config("xor"))
    w.project.protect()
    w.controller.step_epochs(1)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 1)
    qtbot.waitUntil(lambda: w.isWindowModified(), timeout=10_000)
    user_dir.mkdir(parents=True, exist_ok=True)
    (user_dir / "autosave.nnviz").mkdir()  # a folder where the file should go: cannot write
    w.project.autosave.pending = True
    assert w.project.close_without_asking() is False
    assert not w.close() and len(asked) == 1          # the user is asked, and cancelled
    assert w.isVisible()
    monkeypatch.setattr(project_actions, "ask_unsaved", lambda parent, name: "discard")
