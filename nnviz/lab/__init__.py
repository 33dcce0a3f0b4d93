"""nnviz.lab: the Qt-free experiment layer (config, Session, snapshots).

``from nnviz.lab import ExperimentConfig, Session`` works; submodules load on first use.
"""
from __future__ import annotations

_EXPORTS = {
    "ExperimentConfig": "config", "DataConfig": "config", "NetworkConfig": "config",
    "TrainingConfig": "config", "LayerConfig": "config",
    "Session": "session", "Snapshot": "snapshot", "PlotData": "snapshot",
    "TrainingHistory": "history",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'nnviz.lab' has no attribute {name!r}")
    from importlib import import_module
    return getattr(import_module(f"nnviz.lab.{module}"), name)
