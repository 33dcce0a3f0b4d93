"""The instruments that follow the live network, driven through the real window."""
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.engine import gradcheck as engine_gradcheck
from nnviz.lab.config import ExperimentConfig
from tests.app.window_helpers import config, plane_to_widget, wait_snapshot, window  # noqa: F401

MINUS = "\u2212"


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
