"""An opened project continues in the window: its weights, counters and curves, then training."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.project import ProjectDocument
from nnviz.lab.session import Session
from window_helpers import wait_snapshot, window  # noqa: F401 - the fixture

CONFIG = ExperimentConfig().with_data(n_points=120).with_network(
    hidden=(LayerConfig(5), LayerConfig(3))).with_training(optimizer="adam")


def test_a_loaded_checkpoint_shows_its_training_and_trains_on_exactly(qtbot, window):  # noqa: F811
    session = Session(CONFIG)
    session.step(40)  # three epochs and a bit
    document = ProjectDocument.from_session(session)
    w = window(CONFIG)
    w.controller.step_batches(2)  # the window's own run, with a newer snapshot serial
    shown = wait_snapshot(qtbot, w, lambda s: s.step == 2)
    # A checkpoint older (by serial) than what the views drew must still be drawn.
    w.controller.load_checkpoint(replace(document.checkpoint, serial=shown.serial - 1))
    snap = wait_snapshot(qtbot, w, lambda s: s.step == 40)
    assert snap.epoch == session.epoch
    for a, b in zip(snap.weights, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(snap.epochs, np.arange(1, session.epoch + 1))
    assert w.transport._step_value.text() == "Step 40"
    # The curves show the loaded history.
    qtbot.waitUntil(lambda: w.curves_view._serial == snap.serial)
    w.controller.step_batches(25)
    snap = wait_snapshot(qtbot, w, lambda s: s.step == 65)
    session.step(25)
    for a, b in zip(snap.weights, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)
