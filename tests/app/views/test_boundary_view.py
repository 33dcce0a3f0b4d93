"""BoundaryView: probe the drawn pixels."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF

from views_snapshots import EXTENT, make_snapshot
from nnviz.app.views.boundary_view import BoundaryView
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.snapshot import PlotData

RES = 40


def empty_data(problem="binary", n_classes=2, test_points=None):
    none = np.zeros((0, 2))
    test = none if test_points is None else np.asarray(test_points, float)
    return PlotData(none, np.zeros(0, int), test, np.zeros(len(test), int), problem,
                    n_classes, EXTENT)


def halves(left, right, k=None):
    b = np.full((RES, RES), left, np.float32)
    b[:, RES // 2:] = right
    return b


@pytest.fixture
def view(qtbot):
    v = BoundaryView()
    qtbot.addWidget(v)
    v.resize(350, 350)
    v.show()
    qtbot.waitExposed(v)
    return v


def pixel(view, x, y):
    """Colour drawn at plane coordinates (x, y)."""
    plot = view._plot
    scene = view.plot_item().getViewBox().mapViewToScene(QPointF(x, y))
    at = plot.mapTo(view, plot.mapFromScene(scene))
    c = view.grab().toImage().pixelColor(at)
    return c.red(), c.green(), c.blue()


def orange(c):
    return c[0] > c[2] + 40


def blue(c):
    return c[2] > c[0] + 40


def show(view, serial, boundary, data=None, **kw):
    view.show_snapshot(make_snapshot(ExperimentConfig(), serial=serial, res=RES,
                                     boundary=boundary, data=data or empty_data(), **kw))


def test_binary_probability_left_orange_right_blue_and_flip(view):
    show(view, 1, halves(0.0, 1.0))
    assert orange(pixel(view, -3, 0)) and blue(pixel(view, 3, 0))
    show(view, 2, halves(1.0, 0.0))
    assert blue(pixel(view, -3, 0)) and orange(pixel(view, 3, 0))


def test_row_zero_is_the_bottom(view):
    b = np.zeros((RES, RES), np.float32)
    b[RES // 2:] = 1.0                                     # top half = 1
    show(view, 1, b)
    assert blue(pixel(view, 0, 3)) and orange(pixel(view, 0, -3))


def test_half_probability_is_near_white(view):
    show(view, 1, np.full((RES, RES), 0.5, np.float32))
    assert min(pixel(view, 1, 1)) > 220


def test_test_data_toggle_hides_the_test_points(view, qtbot):
    show(view, 1, halves(0.0, 0.0), data=empty_data(test_points=[[3.0, 3.0]]))
    view.set_show_test(True)
    assert view.test_scatter().isVisible()
    ring = pixel(view, 3.0, 3.0)                           # white centre of a hollow point
    assert min(ring) > 240
    view.set_show_test(False)
    assert not view.test_scatter().isVisible()
    assert orange(pixel(view, 3.0, 3.0))


def test_discretize_makes_solid_regions(view):
    show(view, 1, halves(0.4, 0.6))
    soft = pixel(view, 3, 0)
    view.set_discretize(True)
    hard = pixel(view, 3, 0)
    assert blue(hard) and hard[0] < soft[0] - 30           # more saturated blue
    assert orange(pixel(view, -3, 0))


def test_multiclass_uses_class_colours(view):
    p = np.zeros((RES, RES, 3), np.float32)
    p[:, :RES // 3, 0] = 1
    p[:, RES // 3:2 * RES // 3, 1] = 1
    p[:, 2 * RES // 3:, 2] = 1
    show(view, 1, p, data=empty_data("multiclass", 3), problem="multiclass", n_classes=3)
    left, mid, right = pixel(view, -4.5, 0), pixel(view, 0, 0), pixel(view, 4.5, 0)
    assert left[1] > left[0] + 20 and left[1] > left[2] + 20     # pale green (class 1)
    assert mid[0] > mid[1] + 20 and mid[0] > mid[2] + 10         # pale rose (class 2)
    assert right[0] > right[2] + 30 and right[1] > right[2] + 30  # pale yellow (class 3)
    assert not blue(left) and not blue(mid) and not blue(right)


def test_multiclass_legend_names_class_1_to_k_in_their_colours(view):
    from nnviz.app.views import palette
    k = 4
    p = np.full((RES, RES, k), 1.0 / k, np.float32)
    show(view, 1, p, data=empty_data("multiclass", k), problem="multiclass", n_classes=k)
    legend = view._classes
    assert legend.isVisible() and not view._bar.isVisible()
    text = legend.text()
    for i in range(k):
        assert f"class {i + 1}" in text and palette.CLASS_COLORS[i] in text
    assert "class 0" not in text and "class 5" not in text


def test_multiclass_points_take_the_class_colours(view):
    from nnviz.app.views import palette
    data = PlotData(np.array([[-3.0, 0.0], [0.0, 0.0], [3.0, 0.0]]), np.array([0, 1, 2]),
                    np.zeros((0, 2)), np.zeros(0, int), "multiclass", 3, EXTENT)
    show(view, 1, np.full((RES, RES, 3), 1 / 3, np.float32), data=data, problem="multiclass",
         n_classes=3)
    brushes = [b.color().name().upper() for b in view.train_scatter().data["brush"]]
    assert brushes == list(palette.CLASS_COLORS[:3])


def test_regression_values_use_symmetric_levels(view):
    data = PlotData(np.zeros((0, 2)), np.zeros(0), np.zeros((0, 2)), np.zeros(0),
                    "regression", 1, EXTENT)
    show(view, 1, halves(-2.0, 2.0), data=data, problem="regression")
    assert orange(pixel(view, -3, 0)) and blue(pixel(view, 3, 0))


def test_focus_shows_a_neuron_map_with_a_caption(view):
    snap = make_snapshot(ExperimentConfig(), serial=1, res=RES, boundary=halves(1.0, 1.0),
                         data=empty_data())
    maps = [m.copy() for m in snap.neuron_maps]
    maps[0][2] = -1.0                                      # hidden neuron 3: all negative
    snap = make_snapshot(ExperimentConfig(), serial=1, res=RES, boundary=halves(1.0, 1.0),
                         data=empty_data(), neuron_maps=maps)
    view.show_snapshot(snap)
    assert blue(pixel(view, 0, 0)) and view.caption() == "Output"
    view.set_focus(0, 2)
    assert orange(pixel(view, 0, 0))
    assert "1" in view.caption() and "3" in view.caption()
    view.set_focus(-1, -1)
    assert blue(pixel(view, 0, 0)) and view.caption() == "Output"


def test_same_serial_is_not_redrawn(view):
    show(view, 7, halves(0.0, 0.0))
    show(view, 7, halves(1.0, 1.0))
    assert orange(pixel(view, 3, 0))


def test_points_drawn_with_class_colours(view):
    data = PlotData(np.array([[-3.0, 0.0], [3.0, 0.0]]), np.array([0, 1]), np.zeros((0, 2)),
                    np.zeros(0, int), "binary", 2, EXTENT)
    show(view, 1, np.full((RES, RES), 0.5, np.float32), data=data)
    assert orange(pixel(view, -3, 0)) and blue(pixel(view, 3, 0))
    assert len(view.train_scatter().data) == 2


def test_gate_square_fits_the_view_to_the_corners(view):
    """The logic gates' data lives in [-0.5, 1.5]²: the plane is zoomed to it."""
    corners = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    data = PlotData(corners, np.array([0, 0, 0, 1]), np.zeros((0, 2)), np.zeros(0, int),
                    "binary", 2, 1.0, centre=0.5)
    b = np.zeros((RES, RES), np.float32)
    b[:, RES // 2:] = 1.0                                  # x > 0.5 is class 1
    view.show_snapshot(make_snapshot(ExperimentConfig(), serial=1, res=RES, boundary=b,
                                     data=data, extent=1.0, centre=0.5))
    (x0, x1), (y0, y1) = view.plot_item().getViewBox().viewRange()
    assert (x0, x1, y0, y1) == pytest.approx((-0.5, 1.5, -0.5, 1.5), abs=1e-6)
    rect = view.image_item().mapRectToView(view.image_item().boundingRect())
    assert (rect.left(), rect.right()) == pytest.approx((-0.5, 1.5))
    assert orange(pixel(view, 0.1, 0.5)) and blue(pixel(view, 0.9, 0.5))
    assert blue(pixel(view, 1.0, 1.0))                     # the (1, 1) point, class 1
    assert view.train_scatter().opts["size"] == 18           # four corners: drawn large


def test_many_points_stay_small():
    from nnviz.app.views.boundary_view import BoundaryView as View
    view = View()
    points = np.random.default_rng(0).uniform(-5, 5, (50, 2))
    data = PlotData(points, np.zeros(50, int), np.zeros((0, 2)), np.zeros(0, int), "binary",
                    2, EXTENT)
    view.show_snapshot(make_snapshot(ExperimentConfig(), serial=1, res=RES, data=data))
    assert view.train_scatter().opts["size"] == 8
    view.deleteLater()
