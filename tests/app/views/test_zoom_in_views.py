"""Zoom (Ctrl +, presentation mode) reaches inside the graph and the plots: thicker links and
outlines, larger data points, thicker curves and larger tick labels — and back at 100 %."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from window_helpers import config, wait_snapshot, window  # noqa: E402, F401 - window is a fixture


def link_widths(w) -> list[float]:
    """The pen widths the graph strokes its links with, thickest last."""
    groups = w.graph_view.canvas._links._groups
    return sorted(pen.widthF() for gap in groups.values() for pen, _paths in gap)


def curve_widths(w) -> tuple[float, float]:
    """(train, test) loss curve pen widths as drawn: the PlotCurveItems inside the data items."""
    view = w.curves_view
    return (view._train_curve.curve.opts["pen"].widthF(),
            view._test_curve.curve.opts["pen"].widthF())


def scatter_look(w) -> tuple[float, float]:
    """(point size, outline width) of the boundary view's training points."""
    scatter = w.boundary_view.train_scatter()
    return float(scatter.opts["size"]), scatter.points()[0].pen().widthF()


def tick_point_size(w) -> float:
    axis = w.curves_view.plot_item().getAxis("left")
    return axis.style["tickFont"].pointSizeF()


@pytest.fixture
def zoomed_window(qtbot, window):
    w = window(config("xor", (4,)))
    w.controller.step_epochs(3)
    wait_snapshot(qtbot, w, lambda s: s.epoch >= 3)
    yield w
    w.classroom.zoom.set_zoom(1.0)


def test_zoom_thickens_links_points_and_curves_and_enlarges_ticks(qtbot, zoomed_window):
    w = zoomed_window
    links, curves, points, ticks = link_widths(w), curve_widths(w), scatter_look(w), \
        tick_point_size(w)
    assert links and links[-1] > 0.5
    w.classroom.zoom.set_zoom(2.0)
    qtbot.waitUntil(lambda: link_widths(w) and link_widths(w)[-1] > links[-1] * 1.9)
    assert curve_widths(w) == pytest.approx((2 * curves[0], 2 * curves[1]))
    size, outline = scatter_look(w)
    assert size == pytest.approx(2 * points[0]) and outline == pytest.approx(2 * points[1])
    assert tick_point_size(w) == pytest.approx(2 * ticks)
    # the axes make room for the larger tick labels
    qtbot.waitUntil(lambda: w.curves_view.plot_item().getAxis("left").width() >= 88)


def test_zoom_survives_new_frames_and_goes_back_at_100_percent(qtbot, zoomed_window):
    w = zoomed_window
    curves, points = curve_widths(w), scatter_look(w)
    w.classroom.zoom.set_zoom(2.0)
    serial = w.controller.last_snapshot.serial
    w.controller.step_epochs(2)
    wait_snapshot(qtbot, w, lambda s: s.serial > serial)
    # a redraw with new data keeps the zoomed pens (pyqtgraph re-applies the data item's pen)
    assert curve_widths(w) == pytest.approx((2 * curves[0], 2 * curves[1]))
    w.classroom.zoom.set_zoom(1.0)
    assert curve_widths(w) == pytest.approx(curves)
    assert scatter_look(w) == pytest.approx(points)


def test_presentation_mode_draws_thicker_than_normal(qtbot, zoomed_window):
    w = zoomed_window
    links, curves = link_widths(w), curve_widths(w)
    w.classroom.set_presentation(True)
    try:
        assert w.classroom.zoom.zoom > 1.0
        qtbot.waitUntil(lambda: link_widths(w)[-1] > links[-1])
        assert curve_widths(w)[1] > curves[1]
    finally:
        w.classroom.set_presentation(False)
    qtbot.waitUntil(lambda: link_widths(w)[-1] == pytest.approx(links[-1]))


def test_linear_tick_step_is_the_smallest_round_step_that_fits():
    from nnviz.app.views.curves_axes import linear_tick_step
    assert linear_tick_step(0.0, 1.0, 2) == pytest.approx(0.5)
    assert linear_tick_step(0.0, 1.0, 5) == pytest.approx(0.2)
    assert linear_tick_step(0.0, 1.0, 10) == pytest.approx(0.1)
    assert linear_tick_step(0.0, 3.0, 2) == pytest.approx(2.0)
    assert linear_tick_step(0.0, 0.0, 4) == 0.0


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_a_short_loss_chart_labels_no_more_ticks_than_fit(qtbot, zoom):
    """pyqtgraph labels 0, 0.2, … 1.0 however short the axis; in a chart squeezed by a docked
    instrument at presentation zoom those labels piled up on each other."""
    from PySide6.QtGui import QFontMetricsF
    from nnviz.app.classroom.ui_scale import UiZoom
    from nnviz.app.views.curves_view import CurvesView
    from views_snapshots import make_snapshot
    from nnviz.lab.config import ExperimentConfig
    view = CurvesView()
    qtbot.addWidget(view)
    zoomer = UiZoom(view)
    view.resize(420, 150)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(make_snapshot(ExperimentConfig(), serial=1, history=5))
    zoomer.set_zoom(zoom)
    try:
        vb = view.plot_item().getViewBox()
        axis = view.plot_item().getAxis("left")
        lo, hi = vb.viewRange()[1]
        qtbot.waitUntil(lambda: vb.height() > 10)
        labelled = axis.tickValues(lo, hi, vb.height())[0][1]
        line = QFontMetricsF(axis.style["tickFont"]).height()
        assert len(labelled) >= 2
        assert (len(labelled) - 1) * line * 1.2 <= vb.height()
    finally:
        zoomer.set_zoom(1.0)


@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.5])
def test_layer_headers_never_clip_their_neuron_count(qtbot, zoomed_window, zoom):
    from PySide6.QtGui import QFontMetrics
    from nnviz.app.views.layer_header import LayerHeader
    w = zoomed_window
    w.classroom.zoom.set_zoom(zoom)
    headers = [h for h in w.graph_view.findChildren(LayerHeader) if h.isVisible()]
    assert headers

    def fits():
        return all(QFontMetrics(h.count.font()).horizontalAdvance(h.count.text())
                   <= h.count.width() + 1 for h in headers)
    qtbot.waitUntil(fits)
    texts = {h.count.text() for h in headers}
    assert texts == {"4 neurons"} if zoom == 1.0 else texts <= {"4 neurons", "4"}


def test_the_output_nodes_note_goes_below_it_not_over_the_hidden_layers_notes():
    from PySide6.QtCore import QRectF
    from nnviz.app.views.graph_overlay import annotation_box
    hidden = QRectF(330, 100, 30, 30)
    hidden_note = annotation_box(hidden, 80, 30, 500, 400, [hidden])
    assert hidden_note.left() == pytest.approx(364)       # right of its node
    output = QRectF(470, 100, 30, 30)          # at the right edge: no room on its right
    box = annotation_box(output, 80, 30, 500, 400, [output])
    assert box.top() >= output.bottom() and box.right() <= 500
    assert not box.intersects(hidden_note)      # on the left it would cover this one
    # two outputs close together: the first one's note goes above, not onto the second
    second = QRectF(470, 140, 30, 30)
    box = annotation_box(output, 80, 30, 500, 400, [output, second])
    assert box.bottom() <= output.top() and not box.intersects(second)
    # notes of the last hidden layer reach under the output node: the note goes further down
    notes = [QRectF(400, 133, 90, 30), QRectF(400, 66, 90, 30)]
    box = annotation_box(output, 80, 30, 500, 400, [output], notes)
    assert not any(box.intersects(n) for n in notes) and box.top() >= output.bottom()


@pytest.mark.parametrize("height", [150, 400])
def test_the_baseline_label_stays_inside_the_chart(qtbot, height):
    """Above its line where there is room; below it on a short chart, instead of cut off."""
    from nnviz.app.classroom.ui_scale import UiZoom
    from nnviz.app.views.curves_view import CurvesView
    from views_snapshots import make_snapshot
    from nnviz.lab.config import ExperimentConfig
    import numpy as np
    view = CurvesView()
    qtbot.addWidget(view)
    zoomer = UiZoom(view)
    view.resize(420, height)
    view.show()
    qtbot.waitExposed(view)
    zoomer.set_zoom(2.0)
    n = 6
    from dataclasses import replace
    from nnviz.lab.training_health import Baseline
    snap = replace(make_snapshot(ExperimentConfig(), serial=1, history=n,
                                 epochs=np.arange(n, dtype=float),
                                 train_loss=np.linspace(0.69, 0.3, n),
                                 test_loss=np.linspace(0.69, 0.35, n)),
                   baseline=Baseline(0.6931, (0.48,), "mean"))
    try:
        view.show_snapshot(snap)
        line = view.baseline_line()
        assert line.isVisible()
        vb = view.plot_item().getViewBox()
        qtbot.waitUntil(lambda: vb.height() > 10)
        view.show_snapshot(replace(snap, serial=2))

        def inside():
            box, label = vb.sceneBoundingRect(), line.label.sceneBoundingRect()
            return box.top() - 1 <= label.top() and label.bottom() <= box.bottom() + 1
        qtbot.waitUntil(inside)
        label = line.label.sceneBoundingRect()
        label_above = label.bottom() <= line.sceneBoundingRect().center().y() + 1
        assert label_above == (height == 400)
    finally:
        zoomer.set_zoom(1.0)
