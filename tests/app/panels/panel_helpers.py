"""Shared by the config-panel tests: a shown panel at a realistic size, and child lookup."""
from nnviz.lab.config import ExperimentConfig


def shown_panel(qtbot, cls, height):
    """A ``cls`` panel 280 px wide (the window's left column) showing the default config.

    Its edits come back to it as the window sends them: ``set_config`` on every accepted edit.
    """
    p = cls()
    qtbot.addWidget(p)
    p.resize(280, height)
    p.set_config(ExperimentConfig())
    p.config_edited.connect(p.set_config)
    p.show()
    qtbot.waitExposed(p)
    return p


def child(panel, kind, name):
    """The panel's child widget of type ``kind`` named ``name`` (fails the test if missing)."""
    w = panel.findChild(kind, name)
    assert w is not None, name
    return w
