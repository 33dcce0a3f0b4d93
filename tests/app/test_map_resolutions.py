"""Through the real worker and training process: a big output map, small neuron maps."""
from __future__ import annotations

from nnviz.app.worker import GRID_RESOLUTION, MAP_RESOLUTION
from window_helpers import config, wait_snapshot, window  # noqa: F401 - window is a fixture


def test_the_output_view_draws_a_fine_map_and_the_graph_small_ones(qtbot, window):
    w = window(config("xor", (4, 2), "tanh", learning_rate=0.03))
    assert GRID_RESOLUTION >= 200 and MAP_RESOLUTION < GRID_RESOLUTION
    w.controller.step_epochs(3)
    snap = wait_snapshot(qtbot, w, lambda s: s.epoch == 3)
    assert snap.boundary.shape == (GRID_RESOLUTION, GRID_RESOLUTION)
    assert [m.shape for m in snap.neuron_maps] == [
        (4, MAP_RESOLUTION, MAP_RESOLUTION), (2, MAP_RESOLUTION, MAP_RESOLUTION),
        (1, MAP_RESOLUTION, MAP_RESOLUTION)]
    assert snap.feature_maps.shape == (2, MAP_RESOLUTION, MAP_RESOLUTION)
    # the view shows that snapshot's map, at its full resolution
    image = w.boundary_view.image_item().image
    assert image.shape == (GRID_RESOLUTION, GRID_RESOLUTION)
    assert (image == snap.boundary).all()


def test_a_focused_neuron_shows_its_small_map(qtbot, window):
    w = window()
    snap = wait_snapshot(qtbot, w)
    w.boundary_view.set_focus(0, 1)
    image = w.boundary_view.image_item().image
    assert image.shape == (MAP_RESOLUTION, MAP_RESOLUTION)
    assert (image == snap.neuron_maps[0][1]).all()
