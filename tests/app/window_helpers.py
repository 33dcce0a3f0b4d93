"""Driving the real MainWindow in tests: a window fixture, waits and pixel probes."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from nnviz.lab.config import ExperimentConfig, LayerConfig

REPO = Path(__file__).resolve().parents[2]
WAIT_MS = 60_000


def config(dataset="circle", hidden=(4, 2), activation="tanh", **training) -> ExperimentConfig:
    """A config like the CLI builds: one activation for every hidden layer."""
    from nnviz.data import DATASETS
    base = ExperimentConfig()
    training.setdefault("problem", DATASETS.get(dataset).problem)
    return replace(base, data=replace(base.data, dataset=dataset),
                   network=replace(base.network, hidden=tuple(
                       LayerConfig(units=u, activation=activation) for u in hidden)),
                   training=replace(base.training, **training))


@pytest.fixture
def window(qtbot):
    """``make(config=None)`` -> a shown, started MainWindow that is closed after the test."""
    from nnviz.app.main_window import MainWindow
    made = []

    def make(cfg=None):
        w = MainWindow(cfg)
        qtbot.addWidget(w)
        w.resize(1280, 800)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        wait_snapshot(qtbot, w)
        return w

    yield make
    for w in made:
        w.close()
        assert not w.controller.thread.isRunning()


def snapshot(w):
    return w.controller.last_snapshot


def wait_snapshot(qtbot, w, predicate=lambda s: True, timeout=WAIT_MS):
    """Wait until the window has drawn a snapshot for which ``predicate`` holds; return it."""
    qtbot.waitUntil(lambda: snapshot(w) is not None and predicate(snapshot(w)), timeout=timeout)
    return snapshot(w)


def displayed_test_loss(w) -> float:
    """The test loss the curves view shows in big type."""
    text = w.curves_view.values_text()
    match = re.search(r"Test loss\s+([-+0-9.e]+)", text)
    assert match, text
    return float(match.group(1))


def plane_to_widget(view, x: float, y: float):
    """Where plane point (x, y) of the boundary view is drawn, in the view's own coordinates."""
    item = view.plot_item()
    scene = item.getViewBox().mapViewToScene(QPointF(x, y))
    gview = item.scene().views()[0]
    return gview.mapTo(view, gview.mapFromScene(scene))


def boundary_colour(view, x: float, y: float):
    """(r, g, b) of the background at plane point (x, y), with the data points hidden."""
    scatters = (view.train_scatter(), view.test_scatter())
    visible = [s.isVisible() for s in scatters]
    for s in scatters:
        s.hide()
    try:
        image = view.grab().toImage()
    finally:
        for s, v in zip(scatters, visible):
            s.setVisible(v)
    c = image.pixelColor(plane_to_widget(view, x, y))
    return c.red(), c.green(), c.blue()


def blueness(rgb) -> int:
    """Positive for blue (class 1 / positive), negative for orange (class 0 / negative)."""
    return rgb[2] - rgb[0]


def run_nnviz(*args, timeout=120, env_extra=None):
    """``python -m nnviz ARGS`` offscreen from the repository; the CompletedProcess."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "nnviz", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)
