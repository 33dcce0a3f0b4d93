"""What the GUI benchmarks share: the measured experiment and a paint-event counter."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject

from nnviz.lab.config import ExperimentConfig, LayerConfig


#: Every input feature the data registry offers (the benchmarks' widest first layer).
ALL_FEATURES = ("x1", "x2", "x1_sq", "x2_sq", "x1x2", "sin_x1", "sin_x2")


def make_config(units, features=("x1", "x2")) -> ExperimentConfig:
    """Circle data, batch 10, tanh hidden layers of ``units``, learning rate 0.03."""
    base = ExperimentConfig()
    return replace(base, data=replace(base.data, dataset="circle", features=tuple(features)),
                   network=replace(base.network, hidden=tuple(
                       LayerConfig(units=u, activation="tanh") for u in units)),
                   training=replace(base.training, batch_size=10, learning_rate=0.03))


class PaintCounter(QObject):
    """Counts paint events delivered to the widgets it is installed on."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
