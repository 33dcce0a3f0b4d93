"""NetworkGraphView: what it draws and what it emits."""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from views_snapshots import make_snapshot
from nnviz.app.views.network_graph import NetworkGraphView
from nnviz.data import FEATURES
from nnviz.lab.config import MAX_HIDDEN_LAYERS, MAX_UNITS, ExperimentConfig, LayerConfig


def show(view, cfg, serial=1, **snapshot_args):
    """As the window does: the current config first, then a snapshot of its model."""
    view.set_config(cfg)
    view.show_snapshot(make_snapshot(cfg, serial=serial, **snapshot_args))


@pytest.fixture
def graph(qtbot):
    """The graph of the default config; its edits come back as the window sends them."""
    view = NetworkGraphView()
    qtbot.addWidget(view)
    view.resize(700, 520)
    show(view, ExperimentConfig())
    view.config_edited.connect(view.set_config)
    view.show()
    qtbot.waitExposed(view)
    return view


def move(widget, point):
    p = QPointF(point)
    ev = QMouseEvent(QEvent.Type.MouseMove, p, widget.mapToGlobal(p), Qt.MouseButton.NoButton,
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def click(qtbot, widget, point):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(point))


def center(rect):
    return rect.center().toPoint()


def test_one_node_per_unit_and_per_feature(graph):
    cfg = ExperimentConfig()
    assert graph.node_count() == len(FEATURES) + sum(cfg.network.units) + 1
    rects = [graph.node_rect(d, u) for d, n in enumerate([4, 2, 1]) for u in range(n)]
    assert len({(r.x(), r.y()) for r in rects}) == len(rects)
    assert all(graph.canvas.rect().contains(r.toRect()) for r in rects)
    bigger = cfg.with_network(hidden=(LayerConfig(8), LayerConfig(8), LayerConfig(3)))
    show(graph, bigger, serial=2)
    assert graph.node_count() == len(FEATURES) + 8 + 8 + 3 + 1
    assert len(graph.headers()) == 3


def test_same_structure_does_not_relayout(graph):
    before = graph.canvas.layout_
    graph.show_snapshot(make_snapshot(ExperimentConfig(), serial=5, seed=3))
    assert graph.canvas.layout_ is before


def test_plus_button_emits_config_with_one_more_unit(graph, qtbot):
    header = graph.headers()[0]
    with qtbot.waitSignal(graph.config_edited) as sig:
        click(qtbot, header.plus, header.plus.rect().center())
    cfg = sig.args[0]
    assert cfg.network.units == (5, 2)
    assert header.count.text().startswith("5")  # the config's count, before any snapshot
    with qtbot.waitSignal(graph.config_edited) as sig:  # built on the current config: 6, not 5
        click(qtbot, header.plus, header.plus.rect().center())
    assert sig.args[0].network.units == (6, 2)


def test_unit_bounds_disable_the_buttons(graph):
    cfg = ExperimentConfig().with_network(hidden=(LayerConfig(1), LayerConfig(MAX_UNITS)))
    show(graph, cfg, serial=2)
    h0, h1 = graph.headers()
    assert not h0.minus.isEnabled() and h0.plus.isEnabled()
    assert h1.minus.isEnabled() and not h1.plus.isEnabled()


def test_layer_buttons_add_and_remove_hidden_layers(graph, qtbot):
    with qtbot.waitSignal(graph.config_edited) as sig:
        graph.add_layer_button.click()
    assert len(sig.args[0].network.hidden) == 3
    assert [h.isVisible() for h in graph.headers()] == [True, True, False]  # until its column
    graph.show_snapshot(make_snapshot(sig.args[0], serial=2))
    assert [h.isVisible() for h in graph.headers()] == [True, True, True]
    with qtbot.waitSignal(graph.config_edited) as sig:
        graph.remove_layer_button.click()
    assert len(sig.args[0].network.hidden) == 2
    show(graph, ExperimentConfig().with_network(hidden=()), serial=3)
    assert not graph.remove_layer_button.isEnabled() and graph.headers() == []
    full = tuple(LayerConfig(2) for _ in range(MAX_HIDDEN_LAYERS))
    show(graph, ExperimentConfig().with_network(hidden=full), serial=4)
    assert not graph.add_layer_button.isEnabled()


def test_removing_a_layer_hides_its_header_before_the_snapshot_comes(graph, qtbot):
    last = graph.headers()[-1]
    graph.remove_layer_button.click()
    # Same event-loop turn: no snapshot of the new model has been drawn.
    assert graph.config().network.units == (4,)
    assert not last.isVisible() and len(graph.headers()) == 1
    assert graph.node_count() == len(FEATURES) + 4 + 2 + 1  # the canvas still shows the old model
    with qtbot.assertNotEmitted(graph.weight_edited):  # nor may its links be edited any more
        click(qtbot, graph.canvas, graph.link_point(1, 2, 1))
    assert not graph.editor.isVisible()


def test_header_controls_emit_layer_changes(graph, qtbot):
    header = graph.headers()[1]
    combo = header.activation
    with qtbot.waitSignal(graph.config_edited) as sig:
        combo.activated.emit(combo.findData("relu"))
    assert sig.args[0].network.hidden[1].activation == "relu"
    assert combo.findData("softmax") == -1
    with qtbot.waitSignal(graph.config_edited) as sig:
        header.dropout.setValue(0.3)
    assert sig.args[0].network.hidden[1].dropout == pytest.approx(0.3)
    with qtbot.waitSignal(graph.config_edited) as sig:
        header.batch_norm.click()
    assert sig.args[0].network.hidden[1].batch_norm is True


def test_clicking_a_feature_toggles_it(graph, qtbot):
    with qtbot.waitSignal(graph.config_edited) as sig:
        click(qtbot, graph.canvas, center(graph.input_rect("x1_sq")))
    assert sig.args[0].data.features == ("x1", "x2", "x1_sq")
    with qtbot.waitSignal(graph.config_edited) as sig:
        click(qtbot, graph.canvas, center(graph.input_rect("x1")))
    assert "x1" not in sig.args[0].data.features


def test_invalid_structure_shows_error_and_emits_nothing(graph, qtbot):
    one = ExperimentConfig().with_data(features=("x2",))
    show(graph, one, serial=2)
    with qtbot.assertNotEmitted(graph.config_edited):
        click(qtbot, graph.canvas, center(graph.input_rect("x2")))
    assert "input" in graph.error_text()


def open_link_editor(graph, qtbot, d, row, col):
    click(qtbot, graph.canvas, graph.link_point(d, row, col))
    assert graph.editor.isVisible()
    return graph.editor.edit


def test_click_link_and_type_value_emits_weight_edited(graph, qtbot):
    edit = open_link_editor(graph, qtbot, 1, 2, 1)
    edit.selectAll()
    qtbot.keyClicks(edit, "-30")
    with qtbot.waitSignal(graph.weight_edited) as sig:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert sig.args == [1, 2, 1, -30.0]
    assert not graph.editor.isVisible()


def test_click_bias_edits_the_bias(graph, qtbot):
    click(qtbot, graph.canvas, center(graph.bias_rect(2, 0)))
    edit = graph.editor.edit
    edit.setText("20")
    with qtbot.waitSignal(graph.weight_edited) as sig:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert sig.args == [2, -1, 0, 20.0]


@pytest.mark.parametrize("text", ["abc", "", "1e9", "nan", "2000"])
def test_invalid_value_shows_error_and_emits_nothing(graph, qtbot, text):
    edit = open_link_editor(graph, qtbot, 0, 0, 0)
    edit.setText(text)
    with qtbot.assertNotEmitted(graph.weight_edited):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert graph.editor.isVisible() and graph.editor.error.isVisible()
    assert "1000" in graph.editor.error.text()


def test_course_values_up_to_1000_are_accepted(graph, qtbot):
    for text, value in (("−1000", -1000.0), ("20,5", 20.5), ("1000", 1000.0)):
        edit = open_link_editor(graph, qtbot, 0, 1, 3)
        edit.setText(text)
        with qtbot.waitSignal(graph.weight_edited) as sig:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert sig.args == [0, 1, 3, value]


def test_hover_link_shows_value_and_gradient(graph):
    snap = graph._snap
    move(graph.canvas, graph.link_point(0, 1, 2))
    text = graph.hover_text()
    w = float(snap.dense_weights[0][0][1, 2])
    assert f"{abs(w):.4f}" in text and "X₂" in text and "Gradient" in text


def test_hover_neuron_emits_and_leaving_resets(graph, qtbot):
    with qtbot.waitSignal(graph.neuron_hovered) as sig:
        move(graph.canvas, center(graph.node_rect(1, 1)))
    assert sig.args == [1, 1]
    with qtbot.waitSignal(graph.neuron_hovered) as sig:
        QApplication.sendEvent(graph.canvas, QEvent(QEvent.Type.Leave))
    assert sig.args == [-1, -1]


def test_links_and_biases_are_coloured_by_sign(qtbot):
    cfg = ExperimentConfig().with_network(hidden=(LayerConfig(1),))
    snap = make_snapshot(cfg)
    dense = [(np.array([[3.0], [-3.0]], np.float32), np.array([2.0], np.float32)),
             (np.array([[-3.0]], np.float32), np.array([-2.0], np.float32))]
    view = NetworkGraphView()
    qtbot.addWidget(view)
    view.resize(600, 450)
    view.show_snapshot(make_snapshot(cfg, dense_weights=dense))
    view.show()
    qtbot.waitExposed(view)
    img = view.canvas.grab().toImage()

    def colour(p):
        c = img.pixelColor(p)
        return c.red(), c.blue()
    r, b = colour(view.link_point(0, 0, 0, 0.5))
    assert b > r + 60                                    # positive: blue
    r, b = colour(view.link_point(1, 0, 0, 0.5))
    assert r > b + 60                                    # negative: orange
    r, b = colour(center(view.bias_rect(0, 0)))
    assert b > r + 60
    r, b = colour(center(view.bias_rect(1, 0)))
    assert r > b + 60
    del snap


def test_class_outputs_are_tinted_with_their_class_colour(qtbot):
    from dataclasses import replace
    from views_snapshots import make_data
    from nnviz.app.views import palette
    base = ExperimentConfig()
    cfg = replace(base, data=replace(base.data, dataset="blobs", n_classes=3),
                  training=replace(base.training, problem="multiclass"))
    snap = make_snapshot(cfg, problem="multiclass", n_classes=3, data=make_data("multiclass", 3))
    maps = list(snap.neuron_maps)
    maps[-1] = np.zeros_like(maps[-1])
    maps[-1][2] = 1.0                                    # class 2 certain everywhere
    view = NetworkGraphView()
    qtbot.addWidget(view)
    view.resize(600, 450)
    view.show_snapshot(make_snapshot(cfg, problem="multiclass", n_classes=3,
                                     data=make_data("multiclass", 3), neuron_maps=maps))
    view.show()
    qtbot.waitExposed(view)
    img = view.canvas.grab().toImage()
    sure = img.pixelColor(center(view.node_rect(2, 2)))
    assert sure.name().lower() == palette.class_color(2).name().lower()
    unsure = img.pixelColor(center(view.node_rect(2, 0)))
    assert min(unsure.red(), unsure.green(), unsure.blue()) > 245   # probability 0: white


def test_without_a_config_it_draws_but_offers_no_edits(qtbot):
    from dataclasses import replace
    view = NetworkGraphView()
    qtbot.addWidget(view)
    view.resize(600, 450)
    view.show_snapshot(replace(make_snapshot(ExperimentConfig()), config=None, gradients=None))
    view.show()
    qtbot.waitExposed(view)
    assert view.node_count() == len(FEATURES) + 4 + 2 + 1
    assert not view.add_layer_button.isEnabled() and not view.remove_layer_button.isEnabled()
    assert not any(h.isVisible() for h in view.headers())
    with qtbot.assertNotEmitted(view.config_edited):
        view.toggle_feature("x1_sq")
    move(view.canvas, view.link_point(0, 0, 0))
    assert "Gradient" not in view.hover_text() and "Weight" in view.hover_text()


def test_a_new_frame_repaints_the_canvas_not_the_layer_headers(qtbot):
    class Spy(QObject):
        def __init__(self):
            super().__init__()
            self.painted = set()

        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.painted.add(obj)
            return False

    cfg = ExperimentConfig().with_network(hidden=tuple(LayerConfig(8) for _ in range(6)))
    view = NetworkGraphView()
    qtbot.addWidget(view)
    view.resize(589, 671)
    show(view, cfg, serial=1)
    view.show()
    qtbot.waitExposed(view)
    spy = Spy()
    QApplication.instance().installEventFilter(spy)
    try:
        for _ in range(3):  # the first layout settles (headers fitted before and after show)
            QApplication.processEvents()
        spy.painted.clear()
        view.show_snapshot(make_snapshot(cfg, serial=2, seed=5))
        for _ in range(3):
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert view.canvas in spy.painted
    header_widgets = {w for h in view.headers() for w in [h, *h.findChildren(QWidget)]}
    assert not spy.painted & header_widgets


def shown_graph(qtbot, width, cfg) -> NetworkGraphView:
    """A graph ``width`` px wide (500 high) showing ``cfg``, on screen."""
    view = NetworkGraphView()
    qtbot.addWidget(view)
    view.resize(width, 500)
    show(view, cfg)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("width, layers", [(535, 6), (420, 6), (600, 8), (700, 2)])
def test_headers_fit_their_columns_and_leave_the_output_title_clear(qtbot, width, layers):
    acts = ("tanh", "relu", "sigmoid", "leaky_relu")
    view = shown_graph(qtbot, width, ExperimentConfig().with_network(hidden=tuple(
        LayerConfig(8, activation=acts[i % 4], dropout=0.25 * (i % 2)) for i in range(layers))))
    headers = view.headers()
    boxes = [h.geometry() for h in headers]
    for a, b in zip(boxes, boxes[1:]):
        assert a.right() < b.left()                         # no two headers overlap
    features, output = view.strip.title_rects()
    assert output.left() > boxes[-1].right()                # "Output" clear of the last header
    assert output.right() <= view.strip.width()
    assert features.right() < boxes[0].left()
    for h in headers:
        for w in (h.minus, h.count, h.plus, h.activation, h.dropout, h.batch_norm):
            g = QRect(w.mapTo(h, QPoint(0, 0)), w.size())
            assert h.rect().contains(g), (w, g, h.rect())   # nothing sticks out of its column
    if width >= 535:                                        # 1177 px window: names in full
        for h in headers:
            combo = h.activation
            if combo.currentText() in ("Tanh", "ReLU"):
                need = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
                assert combo.width() - 6 >= need


@pytest.mark.parametrize("width", [330, 420, 900])
def test_a_layers_neuron_count_is_never_covered_by_its_buttons(qtbot, width):
    """Eight layers of 16 in a narrow graph (an instrument docked beside it): the buttons
    stack right of the count instead of covering it ("−16+" read "−L6+"), and still work."""
    view = shown_graph(qtbot, width, ExperimentConfig().with_network(
        hidden=tuple(LayerConfig(16) for _ in range(8))))
    for h in view.headers():
        rect = {w: QRect(w.mapTo(h, QPoint(0, 0)), w.size())
                for w in (h.minus, h.count, h.plus)}
        assert h.count.text() == "16" or h.count.text().startswith("16 ")
        need = QFontMetrics(h.count.font()).horizontalAdvance(h.count.text())
        assert rect[h.count].width() >= need, (width, rect[h.count], need)
        for b in (h.minus, h.plus):
            assert not rect[b].intersects(rect[h.count])
            assert h.rect().contains(rect[b])
    stacked = view.headers()[0]
    with qtbot.waitSignal(stacked.units_delta) as blocker:
        qtbot.mouseClick(stacked.minus, Qt.MouseButton.LeftButton)
    assert blocker.args == [0, -1]


def test_link_values_follow_the_kernels_in_layout_order(graph):
    lay = graph.canvas.layout_
    values = graph.canvas.link_values()
    expected = [graph.canvas.weights[d][0][r, c] for d, r, c in lay.links]
    assert np.array_equal(values, np.asarray(expected, dtype=np.float64))


def test_thumbnails_match_a_pixel_by_pixel_mapping():
    from nnviz.app.views.graph_paint import class_lut, lut_argb32, thumbnail_pixels
    rng = np.random.default_rng(1)
    maps = rng.normal(size=(3, 20, 20)).astype(np.float32)
    maps[1, 4, 7] = np.nan
    lo, hi = np.array([-1.0, -2.0, 0.0]), np.array([1.0, 2.0, 0.0])   # last: flat levels
    lut = lut_argb32()
    got = thumbnail_pixels(maps, lo, hi, 10, lut)
    per_map = thumbnail_pixels(maps, lo, hi, 10, np.stack([lut, lut, class_lut(2)]))
    for k in range(3):
        for y in range(10):
            for x in range(10):
                v = maps[k, ::-1][y * 20 // 10, x * 20 // 10]
                span = (hi[k] - lo[k]) or 1.0
                t = 128 if np.isnan(v) else int(np.clip((v - lo[k]) / span * 255 + 0.5, 0, 255))
                assert got[k, y, x] == lut[t]
                assert per_map[k, y, x] == (class_lut(2) if k == 2 else lut)[t]
