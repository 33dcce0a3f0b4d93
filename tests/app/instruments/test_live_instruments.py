"""The instruments that follow the live network, driven through the real window."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.app.window_helpers import config, plane_to_widget, wait_snapshot, window  # noqa: F401

MINUS = "\u2212"


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    """Instruments opened here are remembered in a folder of this test's own, not for the
    windows of the other tests."""
    monkeypatch.setenv("NNVIZ_SETTINGS_DIR", str(tmp_path))


def and_gate(w, qtbot):
    """The seed's AND neuron: weights 20, 20, bias −30, sigmoid output."""
    w.set_playing(False)
    for row, value in ((0, 20.0), (1, 20.0), (-1, -30.0)):
        w.controller.set_weight(0, row, 0, value)

    def done(s):
        k, b = s.dense_weights[0]
        return k[0, 0] == 20 and k[1, 0] == 20 and b[0] == -30
    return wait_snapshot(qtbot, w, done)


def and_config():
    return config("and", hidden=())


def click_plane(qtbot, view, x, y):
    gview = view.plot_item().scene().views()[0]
    pos = gview.mapFrom(view, plane_to_widget(view, x, y))
    qtbot.mouseClick(gview.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def column(table, c):
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_forward_pass_reads_the_seeds_and_gate_at_its_corners(qtbot, window):
    w = window(and_config())
    view = w.instruments.open("forward").widget()
    and_gate(w, qtbot)
    expected = {(0, 0): f"{MINUS}30", (0, 1): f"{MINUS}10", (1, 0): f"{MINUS}10", (1, 1): "10"}
    outputs = {}
    for (x1, x2), z in expected.items():
        click_plane(qtbot, w.boundary_view, x1, x2)
        qtbot.waitUntil(lambda: view.result is not None and view.result.point == (x1, x2)
                        and view.result.layers[0][0].weights == (20.0, 20.0))
        assert view.table.rowCount() == 1
        assert column(view.table, 2) == [
            f"z = 20·{x1} + 20·{x2} + ({MINUS}30) = {z}"]
        assert column(view.table, 3) == ["sigmoid"]
        outputs[(x1, x2)] = float(view.result.output[0])
    assert outputs[(1, 1)] == pytest.approx(1, abs=1e-4)
    for corner in ((0, 0), (0, 1), (1, 0)):
        assert outputs[corner] == pytest.approx(0, abs=1e-4)
    # typed, not clicked: the same numbers
    view.x1_spin.clear()
    qtbot.keyClicks(view.x1_spin, "0")
    qtbot.keyClick(view.x1_spin, Qt.Key.Key_Enter)
    view.x2_spin.setValue(1)
    qtbot.waitUntil(lambda: view.result.point == (0.0, 1.0))
    assert column(view.table, 2) == [f"z = 20·0 + 20·1 + ({MINUS}30) = {MINUS}10"]
    canvas = w.graph_view.canvas
    assert canvas.node_annotations[(1, 0)].startswith(f"z = {MINUS}10")


def test_next_layer_steps_through_with_the_layer_highlighted(qtbot, window):
    w = window(config("xor", hidden=(3, 2)))
    w.set_playing(False)
    view = w.instruments.open("forward").widget()
    canvas = w.graph_view.canvas
    qtbot.waitUntil(lambda: view.result is not None)
    assert view.table.rowCount() == 3 + 2 + 1 and canvas.highlight_layer is None
    shown = []
    for _ in range(5):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        shown.append((view.current_layer, canvas.highlight_layer, view.table.rowCount(),
                      sorted({k[0] for k in canvas.node_annotations})))
    assert shown == [(0, 0, 0, [0]), (1, 1, 3, [0, 1]), (2, 2, 5, [0, 1, 2]),
                     (3, 3, 6, [0, 1, 2, 3]), (0, 0, 0, [0])]
    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 6 and canvas.highlight_layer is None


def link_row(view, layer, row, col):
    for r, link in enumerate(view.result.links):
        if (link.layer, link.row, link.col) == (layer, row, col):
            return r
    raise KeyError


def test_backprop_view_shows_the_engines_gradients_and_the_chain_rule(qtbot, window):
    w = window(and_config())
    view = w.instruments.open("backprop").widget()
    and_gate(w, qtbot)
    click_plane(qtbot, w.boundary_view, 1, 1)
    qtbot.waitUntil(lambda: view.result is not None and view.x1_spin.value() == 1
                    and view.result.links[0].weight == 20)
    assert view.target_spin.value() == 1  # the label of the corner (1, 1): AND is true
    model = view.network.model
    grads = model.compute_gradients(view.network.inputs([[1, 1]]),
                                    view.network.targets([1]), training=False)
    shown = [float(view.link_table.item(r, 4).text().replace(MINUS, "-").replace("×10", "e")
                   .translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")))
             for r in range(view.link_table.rowCount())]
    np.testing.assert_allclose(shown, [grads[0][0, 0], grads[0][1, 0], grads[1][0]], rtol=1e-3)
    view.link_table.selectRow(link_row(view, 1, 0, 0))
    text = view.chain_label.text()
    assert "dE/dw = dE/da · da/dz · dz/dw = (" + MINUS in text
    assert "w ← w − η·dE/dw = 20 − 0.03·(" + MINUS in text
    # the graph: dE/dw on the links, dE/dz beside the output
    canvas = w.graph_view.canvas
    np.testing.assert_allclose(canvas.overlay_links[0][:, 0], grads[0][:, 0], rtol=1e-6)
    assert (1, 0) in canvas.node_annotations
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert "agrees with central differences" in view.check_label.text()
    # the whole training set
    view.mode_box.setCurrentIndex(view.mode_box.findData("batch"))
    qtbot.waitUntil(lambda: view.result.n_points == len(w.controller.last_snapshot.data
                                                          .points_train))
    assert not view.x1_spin.isEnabled()
    assert view.check() < 1e-4


def test_backprop_view_shows_adams_next_step_without_a_caveat(qtbot, window):
    w = window(config("xor", hidden=(2,), optimizer="adam", learning_rate=0.01))
    view = w.instruments.open("backprop").widget()
    w.set_playing(True)
    wait_snapshot(qtbot, w, lambda s: s.step >= 20)
    w.set_playing(False)
    qtbot.waitUntil(lambda: view.result is not None and view.network.snapshot.step >= 20)
    view.link_table.selectRow(link_row(view, 1, 0, 0))
    text = view.chain_label.text()
    assert "w ← w + (Adam) = " in text
    assert view.result.exact_step
    assert "fresh start" not in text  # the training run's own moments were used


def test_gradient_flow_view_collects_norms_as_training_runs(qtbot, window):
    w = window(config("circle", hidden=(6, 6, 6, 6, 6), activation="sigmoid"))
    view = w.instruments.open("gradients").widget()
    w.set_playing(True)
    qtbot.waitUntil(lambda: len(view.flow.steps) >= 3, timeout=60_000)
    w.set_playing(False)
    qtbot.waitUntil(lambda: len(view.histograms) == 6)
    assert len(view._curves) == 6 and "hidden 1" in view.legend_label.text()
    assert "vanishing" in view.ratio_label.text()
    steps, norms = view.flow.series(0)
    assert list(steps) == sorted(steps) and np.all(norms > 0)


BOTTOM, RIGHT = Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


@pytest.mark.parametrize("size,name,area", [
    ((1280, 800), "forward", BOTTOM), ((1280, 800), "descent", BOTTOM),
    ((1920, 1080), "forward", BOTTOM), ((1920, 1080), "descent", RIGHT)])
def test_instruments_dock_where_there_is_room(qtbot, window, size, name, area):
    """Live instruments below the playground (graph and output view stay wide); the others on
    the right of a wide window, below a narrow one."""
    w = window()
    w.resize(*size)
    qtbot.waitUntil(lambda: w.width() == size[0])
    dock = w.instruments.open(name)
    qtbot.waitUntil(lambda: w.dockWidgetArea(dock) == area)
    if area == BOTTOM:
        qtbot.waitUntil(lambda: dock.width() == w.width())  # across the whole window
        assert dock.height() >= 220
    else:
        qtbot.waitUntil(lambda: dock.width() >= 0.4 * w.width())
