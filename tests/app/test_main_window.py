"""The real main window, driven like a user: click, type, press keys, look at what is drawn."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QPushButton

from nnviz.lab.snapshot import STATUS_DIVERGED
from window_helpers import (blueness, boundary_colour, config, displayed_test_loss, snapshot,
                            wait_snapshot, window)  # noqa: F401 - window is a fixture

QUADRANTS = ((3.0, 3.0), (-3.0, 3.0), (-3.0, -3.0), (3.0, -3.0))


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    w.activateWindow()
    qtbot.keyClick(w, key, modifier)


def class_near(snap, x, y) -> int:
    """The majority class of the training points within 1.5 of (x, y)."""
    pts, labels = snap.data.points_train, snap.data.y_train
    near = np.hypot(pts[:, 0] - x, pts[:, 1] - y) < 1.5
    assert near.sum() >= 3
    return int(round(labels[near].mean()))


def test_switching_dataset_changes_the_plotted_points(qtbot, window):
    w = window()
    before = wait_snapshot(qtbot, w)
    assert before.config.data.dataset == "circle"
    drawn_before = np.column_stack(w.boundary_view.train_scatter().getData())

    qtbot.mouseClick(w.data_panel.grid.button("xor"), Qt.MouseButton.LeftButton)

    after = wait_snapshot(qtbot, w, lambda s: s.config.data.dataset == "xor")
    assert w.config.data.dataset == "xor"
    assert after.data is not before.data
    qtbot.waitUntil(lambda: not np.array_equal(
        np.column_stack(w.boundary_view.train_scatter().getData()), drawn_before))
    drawn = np.column_stack(w.boundary_view.train_scatter().getData())
    np.testing.assert_allclose(np.sort(drawn, axis=0),
                               np.sort(after.data.points_train, axis=0), atol=1e-6)
    # XOR: the drawn points' classes follow the signs of x1·x2.
    xy = after.data.points_train
    assert np.mean((xy[:, 0] * xy[:, 1] > 0) == (after.data.y_train == 0)) > 0.9 or \
        np.mean((xy[:, 0] * xy[:, 1] > 0) == (after.data.y_train == 1)) > 0.9


def test_training_xor_lowers_test_loss_and_separates_the_classes(qtbot, window):
    w = window(config("xor", (4, 2), "tanh", learning_rate=0.03))
    qtbot.waitUntil(lambda: w.curves_view.values_text() != "", timeout=10_000)
    press(qtbot, w, Qt.Key.Key_Space)  # play
    qtbot.waitUntil(lambda: w.controller.playing, timeout=10_000)
    first = wait_snapshot(qtbot, w, lambda s: s.epoch >= 1 and len(s.test_loss) >= 1)
    first_loss = float(first.test_loss[0])
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch > 400, timeout=120_000)
    press(qtbot, w, Qt.Key.Key_Space)  # pause
    qtbot.waitUntil(lambda: not w.controller.playing, timeout=10_000)
    snap = wait_snapshot(qtbot, w, lambda s: s.status != "running")

    qtbot.waitUntil(lambda: abs(displayed_test_loss(w) - snap.last_test_loss) < 0.002)
    assert displayed_test_loss(w) < first_loss - 0.2
    assert snap.test_metric[-1] > 0.9

    for x, y in QUADRANTS:
        colour = boundary_colour(w.boundary_view, x, y)
        if class_near(snap, x, y) == 1:
            assert blueness(colour) > 40, (x, y, colour)
        else:
            assert blueness(colour) < -40, (x, y, colour)


def type_weight(qtbot, w, target, point, value: float) -> None:
    """Click a link or bias of the graph and type ``value`` into the editor that opens."""
    graph = w.graph_view
    qtbot.mouseClick(graph.canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: graph.editor.isVisible(), timeout=5_000)
    assert graph.editor.target == target
    graph.editor.edit.selectAll()
    qtbot.keyClicks(graph.editor.edit, f"{value:.6g}")
    qtbot.keyClick(graph.editor.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not graph.editor.isVisible(), timeout=5_000)


def test_typing_output_weights_with_flipped_signs_swaps_the_boundary_colours(qtbot, window):
    w = window(config("gauss", (2,), "tanh", learning_rate=0.1))
    for _ in range(5):
        press(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # one epoch
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch >= 5)
    assert snap.status != STATUS_DIVERGED
    data = snap.data
    centres = [data.points_train[data.y_train == k].mean(axis=0) for k in (0, 1)]
    before = [blueness(boundary_colour(w.boundary_view, *c)) for c in centres]
    assert before[0] < -40 and before[1] > 40, before

    kernel, bias = (np.array(a) for a in snap.dense_weights[1])
    graph = w.graph_view
    for row in range(kernel.shape[0]):
        type_weight(qtbot, w, (1, row, 0), graph.link_point(1, row, 0, 0.6), -kernel[row, 0])
    type_weight(qtbot, w, (1, -1, 0), graph.bias_rect(1, 0).center().toPoint(), -bias[0])

    flipped = wait_snapshot(qtbot, w, lambda s: np.allclose(s.dense_weights[1][0], -kernel,
                                                            atol=1e-4)
                            and np.allclose(s.dense_weights[1][1], -bias, atol=1e-4))
    np.testing.assert_allclose(flipped.dense_weights[0][0], snap.dense_weights[0][0])
    qtbot.waitUntil(lambda: blueness(boundary_colour(w.boundary_view, *centres[0])) > 40 and
                    blueness(boundary_colour(w.boundary_view, *centres[1])) < -40,
                    timeout=10_000)
    # Training goes on from the typed weights.
    press(qtbot, w, Qt.Key.Key_Right)
    wait_snapshot(qtbot, w, lambda s: s.step == flipped.step + 1)


def test_adding_a_neuron_adds_a_node(qtbot, window):
    w = window(config("circle", (4, 2)))
    graph = w.graph_view
    qtbot.waitUntil(lambda: graph.node_count() > 0)
    nodes = graph.node_count()
    qtbot.mouseClick(graph.headers()[0].plus, Qt.MouseButton.LeftButton)
    snap = wait_snapshot(qtbot, w, lambda s: s.config.network.units == (5, 2))
    qtbot.waitUntil(lambda: graph.node_count() == nodes + 1)
    assert snap.dense_weights[0][0].shape[1] == 5
    assert w.config.network.units == (5, 2)


def test_ctrl_z_undoes_a_settings_change_and_ctrl_shift_z_redoes_it(qtbot, window):
    w = window(config("circle", (4, 2)))
    graph = w.graph_view
    qtbot.waitUntil(lambda: graph.node_count() > 0)
    nodes = graph.node_count()
    assert not w.undo_action.isEnabled()
    qtbot.mouseClick(graph.headers()[0].plus, Qt.MouseButton.LeftButton)
    wait_snapshot(qtbot, w, lambda s: s.config.network.units == (5, 2))
    qtbot.waitUntil(lambda: graph.node_count() == nodes + 1)
    press(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_snapshot(qtbot, w, lambda s: s.config.network.units == (4, 2))
    qtbot.waitUntil(lambda: graph.node_count() == nodes)
    assert w.redo_action.isEnabled() and not w.undo_action.isEnabled()
    press(qtbot, w, Qt.Key.Key_Z,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_snapshot(qtbot, w, lambda s: s.config.network.units == (5, 2))
    qtbot.waitUntil(lambda: graph.node_count() == nodes + 1)


def test_learning_rate_10_shows_the_divergence_banner_and_the_window_responds(qtbot, window):
    w = window(config("plane", (4, 2), "linear", problem="regression", learning_rate=10.0))
    press(qtbot, w, Qt.Key.Key_Space)
    wait_snapshot(qtbot, w, lambda s: s.status == STATUS_DIVERGED)
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not w.controller.playing, timeout=10_000)
    assert not w.transport.is_playing()
    assert "10" in w.banner.message() and "1" in w.banner.message()

    lower = next(b for b in w.banner.findChildren(QPushButton)
                 if b.text() == "Lower learning rate")
    qtbot.mouseClick(lower, Qt.MouseButton.LeftButton)
    assert w.config.training.learning_rate == 1.0
    snap = wait_snapshot(qtbot, w, lambda s: s.status != STATUS_DIVERGED
                         and s.learning_rate == 1.0)
    assert not w.banner.isVisible()
    assert np.all([np.isfinite(k).all() for k, _ in snap.dense_weights])
    # Still responsive: one more step trains.
    press(qtbot, w, Qt.Key.Key_Right)
    wait_snapshot(qtbot, w, lambda s: s.step == snap.step + 1 or s.status == STATUS_DIVERGED)


def test_reset_shortcut_starts_over(qtbot, window):
    w = window()
    press(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_snapshot(qtbot, w, lambda s: s.epoch == 1)
    press(qtbot, w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch == 0 and s.step == 0)
    assert len(snap.train_loss) == 0


def test_closing_while_training_stops_the_thread(qtbot, window):
    w = window(config("spiral", (8, 8, 8)))
    press(qtbot, w, Qt.Key.Key_Space)
    wait_snapshot(qtbot, w, lambda s: s.epoch > 3)
    assert w.controller.playing
    thread = w.controller.thread
    training_process = w.controller.worker.session._process  # trains in a process of its own
    assert training_process.is_alive()
    w.close()
    assert thread.isFinished() and not thread.isRunning()
    assert w.controller.worker.thread() is w.thread()  # handed back for a clean deletion
    assert not training_process.is_alive()  # no orphan left training


def test_hovering_a_neuron_shows_its_map_in_the_boundary_view(qtbot, window):
    w = window()
    graph = w.graph_view
    qtbot.waitUntil(lambda: graph.node_count() > 0)
    caption = w.boundary_view.caption()
    qtbot.mouseMove(graph.canvas, graph.node_rect(0, 1).center().toPoint())
    qtbot.waitUntil(lambda: w.boundary_view.focus() == (0, 1), timeout=5_000)
    assert w.boundary_view.caption() != caption
    corner = graph.canvas.rect().bottomRight() - QPoint(3, 3)  # empty space
    assert graph.canvas.hit(QPointF(corner)) is None
    qtbot.mouseMove(graph.canvas, corner)
    qtbot.waitUntil(lambda: w.boundary_view.focus() == (-1, -1), timeout=5_000)


def test_f11_toggles_full_screen_and_ctrl_q_quits(qtbot, window):
    w = window()
    press(qtbot, w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: w.isFullScreen(), timeout=5_000)
    press(qtbot, w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.isFullScreen(), timeout=5_000)
    press(qtbot, w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5_000)
    assert not w.controller.thread.isRunning()


def test_help_about_opens_the_about_dialog(qtbot, window):
    w = window()
    w.about_action.trigger()
    qtbot.waitUntil(lambda: w.about_dialog is not None and w.about_dialog.isVisible(),
                    timeout=5_000)
    assert "nnviz" in w.about_dialog.windowTitle()
    w.about_dialog.close()
    assert not w.windowIcon().isNull()


@pytest.mark.parametrize("screen, size, maximized", [
    ((1280, 800), (1280, 800), True),    # a projector: all of it, also without a window manager
    ((1366, 728), (1366, 728), True),    # a laptop with a task bar
    ((1920, 1040), (1600, 956), False),  # a desktop: 92 %, at most the preferred 1600 x 960
    ((2560, 1400), (1600, 960), False),
    ((1000, 600), (1024, 640), False),   # too small for the minimum: the minimum, not maximized
])
def test_the_window_starts_at_a_size_that_suits_the_screen(screen, size, maximized):
    from PySide6.QtCore import QSize

    from nnviz.app.window_size import initial_size

    assert initial_size(QSize(*screen)) == (QSize(*size), maximized)
