"""File → New / Open / Save in the running window: round trips, refusals, the unsaved mark."""
from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from nnviz.app import project_actions, recent_projects
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.project import load_project
from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    w.activateWindow()
    qtbot.keyClick(w, key, modifier)


@pytest.fixture
def dialogs(monkeypatch):
    """Replaces the file dialogs and message boxes; records what was shown."""
    shown = {"warnings": [], "questions": [], "save_path": "", "open_path": ""}
    monkeypatch.setattr(project_actions, "ask_save_path", lambda parent, s: shown["save_path"])
    monkeypatch.setattr(project_actions, "ask_open_path", lambda parent, f: shown["open_path"])
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown["warnings"].append(text))

    def question(parent, title, text, *args):
        shown["questions"].append(text)
        return shown["answer"]
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def _weights_equal(a, b) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def test_save_new_open_brings_back_the_same_weights_and_epoch(qtbot, window, dialogs,
                                                               tmp_path):
    w = window(config("xor", (4, 2), "tanh"))
    assert w.windowTitle() == "Untitled[*] — nnviz" and not w.isWindowModified()
    w.controller.step_epochs(3)
    trained = wait_snapshot(qtbot, w, lambda s: s.epoch == 3)
    qtbot.waitUntil(w.isWindowModified)  # training marks the project changed
    w.instruments.show_only(["activations"])
    opened_instruments = w.instruments.open_names()
    assert opened_instruments == ["activations"]

    dialogs["save_path"] = str(tmp_path / "lesson")  # the suffix is added
    press(qtbot, w, Qt.Key.Key_S, CTRL_SHIFT)  # Save As…
    saved = tmp_path / "lesson.nnviz"
    assert saved.is_file() and w.project.path == saved
    assert w.windowTitle() == "lesson[*] — nnviz" and not w.isWindowModified()
    document = load_project(saved)
    assert document.checkpoint.epoch == 3 and document.config.data.dataset == "xor"
    assert _weights_equal(document.checkpoint.weights, trained.weights)
    assert list(document.window.instruments) == opened_instruments
    assert recent_projects.recent_paths()[0] == saved.resolve()

    press(qtbot, w, Qt.Key.Key_N, CTRL)  # New: nothing unsaved, so no question
    assert dialogs["questions"] == []
    fresh = wait_snapshot(qtbot, w, lambda s: s.step == 0 and s.config == ExperimentConfig())
    assert w.config == ExperimentConfig() and w.project.path is None
    assert not _weights_equal(fresh.weights, trained.weights)
    assert w.windowTitle() == "Untitled[*] — nnviz" and not w.isWindowModified()
    w.instruments.show_only([])

    dialogs["open_path"] = str(saved)
    press(qtbot, w, Qt.Key.Key_O, CTRL)  # Open…
    back = wait_snapshot(qtbot, w, lambda s: s.epoch == 3 and s.config.data.dataset == "xor")
    assert _weights_equal(back.weights, trained.weights)
    assert back.step == trained.step and w.config == trained.config
    assert w.transport._step_value.text() == f"Step {trained.step}"
    assert not w.isWindowModified() and w.project.path == saved
    assert w.instruments.open_names() == ["activations"]  # the project's instruments
    # Training on continues exactly as the saved session would: to the bit.
    w.controller.step_batches(7)
    on = wait_snapshot(qtbot, w, lambda s: s.step == trained.step + 7)
    session = load_project(saved).session()
    session.step(7)
    assert _weights_equal(on.weights, session.model.get_weights())
    qtbot.waitUntil(w.isWindowModified)  # and the project is changed again


def test_save_takes_the_weights_on_screen_after_an_edit(qtbot, window, dialogs, tmp_path):
    w = window()
    w.project.path = tmp_path / "edited.nnviz"
    w.graph_view.weight_edited.emit(0, 0, 0, 1.25)  # as the graph's weight editor does
    assert w.isWindowModified()
    press(qtbot, w, Qt.Key.Key_S, CTRL)  # Save: no dialog, the file is known
    kernel = load_project(tmp_path / "edited.nnviz").checkpoint.weights[0]
    assert kernel[0, 0] == 1.25
    assert not w.isWindowModified()


def test_a_config_edit_marks_the_project_modified(qtbot, window, dialogs):
    w = window()
    assert not w.isWindowModified()
    qtbot.mouseClick(w.data_panel.grid.button("xor"), Qt.MouseButton.LeftButton)
    assert w.isWindowModified() and w.project.modified


def _bad_files(tmp_path, good):
    d = json.loads(good.read_text())
    cases = {}
    cases["truncated.nnviz"] = good.read_text()[:500]
    newer = dict(d, version=99)
    cases["newer.nnviz"] = json.dumps(newer)
    nan = json.loads(json.dumps(d))
    nan["window"]["zoom"] = "big"
    cases["wrongtype.nnviz"] = json.dumps(nan)
    paths = {}
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
        paths[name] = tmp_path / name
    return paths


def test_a_refused_file_names_the_problem_and_leaves_the_project_unchanged(
        qtbot, window, dialogs, tmp_path):
    w = window(config("xor", (3,), "relu"))
    w.controller.step_epochs(2)
    before = wait_snapshot(qtbot, w, lambda s: s.epoch == 2)
    w.project.save_to(tmp_path / "good.nnviz")
    w.controller.step_batches(1)
    before = wait_snapshot(qtbot, w, lambda s: s.step == before.step + 1)
    qtbot.waitUntil(w.isWindowModified)
    for name, path in _bad_files(tmp_path, tmp_path / "good.nnviz").items():
        dialogs["warnings"].clear()
        assert w.project.open_path(path) is False
        assert len(dialogs["warnings"]) == 1, name
        text = dialogs["warnings"][0]
        assert name in text and "unchanged" in text
        if name == "newer.nnviz":
            assert "Field: version" in text and "newer nnviz" in text
        if name == "wrongtype.nnviz":
            assert "Field: window.zoom" in text
        if name == "truncated.nnviz":
            assert "ends early" in text
        assert w.project.path == tmp_path / "good.nnviz" and w.isWindowModified()
        assert w.config == before.config
    w.controller.request_snapshot()
    qtbot.wait(100)
    assert w.controller.last_snapshot.step == before.step
    assert _weights_equal(w.controller.last_snapshot.weights, before.weights)


@pytest.mark.parametrize("answer, closes, saved", [
    (QMessageBox.StandardButton.Cancel, False, False),
    (QMessageBox.StandardButton.Discard, True, False),
    (QMessageBox.StandardButton.Save, True, True)])
def test_closing_with_unsaved_changes_asks(qtbot, window, dialogs, tmp_path, answer, closes,
                                           saved):
    w = window()
    w.project.ask_on_close = True
    w.project.path = tmp_path / "p.nnviz"
    w.controller.step_batches(3)
    wait_snapshot(qtbot, w, lambda s: s.step == 3)
    qtbot.waitUntil(w.isWindowModified)
    dialogs["answer"] = answer
    assert w.close() is closes
    assert len(dialogs["questions"]) == 1 and "p" in dialogs["questions"][0]
    assert w.isVisible() is not closes
    assert (tmp_path / "p.nnviz").is_file() is saved
    if saved:
        assert load_project(tmp_path / "p.nnviz").checkpoint.step_count == 3
    w.project.ask_on_close = False  # the fixture closes it


def test_new_with_unsaved_changes_cancelled_keeps_everything(qtbot, window, dialogs):
    w = window(config("xor"))
    w.controller.step_batches(2)
    wait_snapshot(qtbot, w, lambda s: s.step == 2)
    qtbot.waitUntil(w.isWindowModified)
    dialogs["answer"] = QMessageBox.StandardButton.Cancel
    w.project.new_action.trigger()
    assert len(dialogs["questions"]) == 1
    assert w.config.data.dataset == "xor" and w.isWindowModified()


def test_open_recent_lists_saved_projects_and_prunes_missing_ones(qtbot, window, dialogs,
                                                                  tmp_path):
    w = window()
    recent_projects.recent_paths()  # the settings folder is the tests' own
    for name in ("a", "b"):
        assert w.project.save_to(tmp_path / f"{name}.nnviz")
    menu = w.project.recent.menu
    w.project.recent.rebuild()
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles[:2] == ["&1  b.nnviz", "&2  a.nnviz"]
    (tmp_path / "b.nnviz").unlink()
    w.project.recent.rebuild()
    assert [a.text() for a in menu.actions()][0] == "&1  a.nnviz"
    assert "removed from Open Recent" in w.statusBar().currentMessage()
    menu.actions()[0].trigger()
    assert w.project.path == tmp_path / "a.nnviz"
    # A file deleted while the menu was open: a message, and it goes from the list.
    recent_projects.remember(tmp_path / "gone.nnviz")
    assert w.project.open_recent(tmp_path / "gone.nnviz") is False
    assert "no longer exists" in dialogs["warnings"][-1]
    assert (tmp_path / "gone.nnviz").resolve() not in recent_projects.recent_paths()


def test_recent_list_keeps_at_most_eight():
    for i in range(12):
        recent_projects.remember(f"/tmp/nnviz-recent-{i}.nnviz")
    paths = recent_projects.recent_paths()
    assert len(paths) == recent_projects.MAX_RECENT
    assert paths[0].name == "nnviz-recent-11.nnviz"


def test_dropping_a_project_file_opens_it(qtbot, window, dialogs, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication
    w = window(config("xor"))
    w.controller.step_epochs(1)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 1)
    assert w.project.save_to(tmp_path / "dropped.nnviz")
    w.project.new_project()
    wait_snapshot(qtbot, w, lambda s: s.config == ExperimentConfig())

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped.nnviz"))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(100, 100), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(100, 100), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(w, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: w.project.path == tmp_path / "dropped.nnviz")
    wait_snapshot(qtbot, w, lambda s: s.epoch == 1 and s.config.data.dataset == "xor")

    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    enter = QDragEnterEvent(QPoint(100, 100), actions, other, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(w, enter)
    assert not enter.isAccepted()  # neither a project nor a CSV file: nobody takes it


def test_a_file_open_event_opens_the_project_once_protected(qtbot, window, dialogs, tmp_path,
                                                            monkeypatch):
    """macOS sends a double-clicked document as a FileOpen event to the application."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication
    monkeypatch.setenv("NNVIZ_USER_DIR", str(tmp_path / "user"))
    w = window(config("xor"))
    assert w.project.save_to(tmp_path / "finder.nnviz")
    w.project.new_project()
    w.project.protect()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(tmp_path / "finder.nnviz")))
    qtbot.waitUntil(lambda: w.project.path == tmp_path / "finder.nnviz")
    assert w.config.data.dataset == "xor"
    w.project.ask_on_close = False


def test_reset_of_an_untrained_project_marks_it_modified(qtbot, window, dialogs):
    w = window()
    first = wait_snapshot(qtbot, w)
    assert not w.isWindowModified()
    press(qtbot, w, Qt.Key.Key_R, CTRL)  # new random weights, still step 0
    again = wait_snapshot(qtbot, w, lambda s: not _weights_equal(s.weights, first.weights))
    assert again.step == 0 and w.isWindowModified()


def test_own_points_changed_after_opening_are_what_the_next_save_writes(qtbot, window, dialogs,
                                                                         tmp_path):
    first = ExperimentConfig().with_custom_data([[0.5, 1.0], [-2.0, 3.0], [1.5, -1.0]],
                                                [0, 1, 1])
    w = window(first)
    dialogs["save_path"] = str(tmp_path / "mine.nnviz")
    press(qtbot, w, Qt.Key.Key_S, CTRL_SHIFT)
    dialogs["open_path"] = str(tmp_path / "mine.nnviz")
    press(qtbot, w, Qt.Key.Key_O, CTRL)
    wait_snapshot(qtbot, w, lambda s: s.config == first)
    drawn = first.with_custom_data([[0.5, 1.0], [-2.0, 3.0], [1.5, -1.0], [4.0, 4.0]],
                                   [0, 1, 1, 0])
    w.apply_config(drawn)  # as a drawn stroke does
    press(qtbot, w, Qt.Key.Key_S, CTRL)
    assert dialogs["warnings"] == []
    saved = load_project(tmp_path / "mine.nnviz")
    assert saved.config == drawn and len(saved.custom_data.points) == 4


def test_hidden_controls_and_zoom_travel_with_the_project(qtbot, window, dialogs, tmp_path):
    w = window(config("xor"))
    w.classroom.set_hidden(("data.noise",))
    w.classroom.zoom.set_zoom(1.5)
    dialogs["save_path"] = str(tmp_path / "class.nnviz")
    press(qtbot, w, Qt.Key.Key_S, CTRL_SHIFT)
    saved = load_project(tmp_path / "class.nnviz").window
    assert saved.hidden_controls == ("data.noise",) and saved.zoom == 1.5
    w.classroom.set_hidden(())
    w.classroom.zoom.set_zoom(1.0)
    dialogs["open_path"] = str(tmp_path / "class.nnviz")
    press(qtbot, w, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: w.classroom.window_state().hidden_controls == ("data.noise",))
    assert w.classroom.window_state().zoom == 1.5
    w.classroom.zoom.set_zoom(1.0)


def test_earlier_runs_travel_with_the_project_and_opening_keeps_no_stray_ghost(
        qtbot, window, dialogs, tmp_path):
    w = window(config("xor"))
    w.controller.step_epochs(2)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 2)
    w.apply_config(w.config.with_training(learning_rate=0.3))  # same structure: no new run
    press(qtbot, w, Qt.Key.Key_R, CTRL)  # Reset, a new run: the first one becomes a ghost
    qtbot.waitUntil(lambda: len(w.curves_view.ghosts.ghosts) == 1)
    dialogs["save_path"] = str(tmp_path / "ghosts.nnviz")
    press(qtbot, w, Qt.Key.Key_S, CTRL_SHIFT)
    assert load_project(tmp_path / "ghosts.nnviz").window.ghost_runs is not None
    w.controller.step_epochs(1)
    wait_snapshot(qtbot, w, lambda s: s.epoch >= 1)
    press(qtbot, w, Qt.Key.Key_R, CTRL)  # run 2 now: opening must not keep it as a ghost
    qtbot.waitUntil(lambda: len(w.curves_view.ghosts.ghosts) == 2)
    w.curves_view.ghosts.clear()
    dialogs["answer"] = QMessageBox.StandardButton.Discard  # the changes since the save
    dialogs["open_path"] = str(tmp_path / "ghosts.nnviz")
    press(qtbot, w, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: len(w.curves_view.ghosts.ghosts) == 1)
    opened = w.config
    wait_snapshot(qtbot, w, lambda s: s.config == opened)
    w.controller.step_epochs(1)  # more snapshots of the opened run: none adds the one before
    wait_snapshot(qtbot, w, lambda s: s.config == opened and s.epoch >= 1)
    assert len(w.curves_view.ghosts.ghosts) == 1
