"""Draw mode: strokes with the real mouse on the output view become 'My data' in the config."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QPushButton, QToolButton

from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture


def viewport(w):
    return w.boundary_view.plot_item().scene().views()[0].viewport()


def pixel(w, x, y) -> QPoint:
    """The viewport pixel of data point (x, y)."""
    item = w.boundary_view.plot_item()
    scene = item.getViewBox().mapViewToScene(QPointF(x, y))
    return item.scene().views()[0].mapFromScene(scene)


def data_at(w, p: QPoint):
    item = w.boundary_view.plot_item()
    view = item.scene().views()[0]
    d = item.getViewBox().mapSceneToView(view.mapToScene(p))
    return d.x(), d.y()


def stroke(qtbot, w, points, button=Qt.MouseButton.LeftButton):
    vp = viewport(w)
    pixels = [pixel(w, x, y) for x, y in points]
    qtbot.mousePress(vp, button, pos=pixels[0])
    for p in pixels[1:]:
        qtbot.mouseMove(vp, pos=p)
    qtbot.mouseRelease(vp, button, pos=pixels[-1])


def close_to(points, target, tol):
    return [p for p in points if abs(p[0] - target[0]) <= tol and abs(p[1] - target[1]) <= tol]


@pytest.fixture
def drawing(qtbot, window):
    w = window(config("circle"))
    w.set_playing(False)
    qtbot.keyClick(w, Qt.Key.Key_D)
    assert w.boundary_view.drawing.active()
    assert w.boundary_view.drawing.isVisible()
    return w


def test_clicks_and_drags_add_points_at_their_data_coordinates(qtbot, drawing):
    w = drawing
    tools = w.boundary_view.drawing
    qtbot.mouseClick(tools.findChild(QPushButton, "draw_clear"), Qt.MouseButton.LeftButton)
    assert w.config.data.dataset == "custom" and w.config.data.points == ()
    tol = 12.0 / 40  # a pixel of rounding is far below the point spacing
    stroke(qtbot, w, [(-3.0, 2.0)])  # one click: one point of class 1
    qtbot.mouseClick(tools.findChild(QToolButton, "draw_class_2"), Qt.MouseButton.LeftButton)
    drag = [(x / 2, -3.0) for x in range(-8, 9)]  # -4 .. 4 in steps of 0.5
    stroke(qtbot, w, drag)
    qtbot.mouseClick(tools.findChild(QToolButton, "draw_class_3"), Qt.MouseButton.LeftButton)
    stroke(qtbot, w, [(4.0, 4.0)])
    data = w.config.data
    assert close_to(data.points, (-3.0, 2.0), tol) and data.labels[0] == 0
    dragged = [p for p, k in zip(data.points, data.labels) if k == 1]
    # spaced along the stroke, not one per mouse event: 0.5 apart is above the 0.3 spacing,
    # so every move counts here, from x = -4 to 4 on the line y = -3
    assert len(dragged) == len(drag)
    assert all(abs(y + 3.0) <= tol for _, y in dragged)
    assert min(x for x, _ in dragged) == pytest.approx(-4.0, abs=tol)
    assert max(x for x, _ in dragged) == pytest.approx(4.0, abs=tol)
    assert data.labels[-1] == 2 and w.config.training.problem == "multiclass"
    snap = wait_snapshot(qtbot, w, lambda s: s.data is not None and
                         len(s.data.points_train) + len(s.data.points_test) == len(data.points))
    assert snap.data.n_classes == 3


def test_a_fast_drag_adds_points_a_spacing_apart(qtbot, drawing):
    w = drawing
    w.boundary_view.drawing.clear()
    fine = [(-5.0 + 0.05 * i, 0.0) for i in range(201)]  # 10 units in 200 tiny moves
    stroke(qtbot, w, fine)
    n = len(w.config.data.points)
    assert 30 <= n <= 35  # 12/40 = 0.3 apart: about 10 / 0.3 + 1


def test_right_drag_erases_and_undo_brings_the_stroke_back(qtbot, drawing):
    w = drawing
    w.boundary_view.drawing.clear()
    stroke(qtbot, w, [(x, 0.0) for x in (-4.0, -2.0, 0.0, 2.0, 4.0)])
    stroke(qtbot, w, [(x, 0.0) for x in (-4.0, -2.0, 0.0, 2.0, 4.0)][::2][:1])  # extra click
    before = w.config.data.points
    stroke(qtbot, w, [(-0.2, 0.3), (0.2, -0.3)], Qt.MouseButton.RightButton)
    after = w.config.data.points
    assert len(after) == len(before) - 1
    assert not close_to(after, (0.0, 0.0), 0.3)
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.config.data.points == before
    w.undo_action.trigger()  # the click before it
    assert len(w.config.data.points) == len(before) - 1


def test_drawing_on_a_dataset_starts_from_its_points(qtbot, drawing):
    w = drawing
    stroke(qtbot, w, [(5.5, 5.5)])
    data = w.config.data
    assert data.dataset == "custom" and len(data.points) == 501
    w.undo_action.trigger()
    assert w.config.data.dataset == "circle"


def test_values_on_classes_are_refused_with_a_message(qtbot, drawing):
    w = drawing
    tools = w.boundary_view.drawing
    qtbot.mouseClick(tools.findChild(QToolButton, "draw_value"), Qt.MouseButton.LeftButton)
    stroke(qtbot, w, [(1.0, 1.0)])
    assert w.config.data.dataset == "circle"
    assert "classes, not values" in tools.error.text() and tools.error.isVisible()
    tools.clear()
    stroke(qtbot, w, [(1.0, 1.0)])
    assert w.config.data.labels == (1.0,) and w.config.training.problem == "regression"


def test_the_drawn_set_trains_live(qtbot, drawing):
    w = drawing
    w.boundary_view.drawing.clear()
    stroke(qtbot, w, [(-4.0, y / 2) for y in range(-8, 9)])
    qtbot.mouseClick(w.boundary_view.drawing.findChild(QToolButton, "draw_class_2"),
                     Qt.MouseButton.LeftButton)
    stroke(qtbot, w, [(4.0, y / 2) for y in range(-8, 9)])
    w.set_playing(True)
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch > 5 and s.data is not None
                         and len(s.data.points_train) == 17)
    assert snap.config.data.dataset == "custom"


def test_mouse_does_nothing_outside_draw_mode(qtbot, window):
    w = window(config("circle"))
    stroke(qtbot, w, [(1.0, 1.0)])
    assert w.config.data.dataset == "circle"
