"""Named groups of controls the teacher (or a lesson) can hide: the one table of them.

A lesson's ``"hidden_controls"`` and a project's ``window.hidden_controls`` hold these names.
Each group finds its widgets in the main window by the object names the panels give their
fields (the config field names); hiding a field also hides its label (the QLabel whose buddy
it is) and, in a form, the whole row. A section heading is hidden when every group of its
section is.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (translated where it is shown)."""
    return text


CONTEXT = "ControlGroups"


@dataclass(frozen=True)
class ControlGroup:
    """One group: its name (for files), its words for the customize panel and its widgets."""

    name: str
    title: str                                   # untranslated; translate with CONTEXT
    widgets: Callable[[QWidget], list]           # window -> the widgets of the group


def _named(*names: str, panel: str = "") -> Callable[[QWidget], list]:
    def find(window):
        root = getattr(window, panel) if panel else window
        found = []
        for name in names:
            widget = root.findChild(QWidget, name)
            if widget is not None:
                found.append(widget)
        return found
    return find


def _attrs(*paths: str) -> Callable[[QWidget], list]:
    def find(window):
        found = []
        for path in paths:
            obj = window
            for part in path.split("."):
                obj = getattr(obj, part, None)
            if obj is not None:
                found.append(obj)
        return found
    return find


_N = QT_TRANSLATE_NOOP
GROUPS: dict[str, ControlGroup] = {g.name: g for g in (
    ControlGroup("panel.data", _N("ControlGroups", "Data panel (whole tab)"), lambda w: []),
    ControlGroup("panel.training", _N("ControlGroups", "Training panel (whole tab)"),
                 lambda w: []),
    ControlGroup("data.datasets", _N("ControlGroups", "Dataset choice"),
                 _named("dataset", panel="data_panel")),
    ControlGroup("data.split", _N("ControlGroups", "Training / test split"),
                 _named("train_ratio", panel="data_panel")),
    ControlGroup("data.noise", _N("ControlGroups", "Noise"), _named("noise", panel="data_panel")),
    ControlGroup("data.classes", _N("ControlGroups", "Number of classes"),
                 _named("n_classes", panel="data_panel")),
    ControlGroup("data.gates", _N("ControlGroups", "Logic gates at 0/1"),
                 _named("raw_gates", panel="data_panel")),
    ControlGroup("data.points", _N("ControlGroups", "Number of points, regenerate"),
                 _named("n_points", "regenerate", panel="data_panel")),
    ControlGroup("training.problem", _N("ControlGroups", "Problem, loss and output"),
                 _named("problem", "loss", "output_activation", panel="training_panel")),
    ControlGroup("training.optimizer", _N("ControlGroups", "Optimizer and its parameters"),
                 _named("optimizer", "momentum", "nesterov", "rho", "beta_1", "beta_2",
                        "epsilon", panel="training_panel")),
    ControlGroup("training.learning_rate", _N("ControlGroups", "Learning rate"),
                 _named("learning_rate", panel="training_panel")),
    ControlGroup("training.schedule", _N("ControlGroups", "Learning-rate schedule"),
                 _named("schedule", "current_learning_rate", "decay_epochs", "boundary_epochs",
                        "decay_rate", "cosine_alpha", panel="training_panel")),
    ControlGroup("training.batches", _N("ControlGroups", "Batch size and seed"),
                 _named("batch_size", "full_batch", "seed", panel="training_panel")),
    ControlGroup("training.initializer", _N("ControlGroups", "Weight initialization"),
                 _named("initializer", panel="training_panel")),
    ControlGroup("training.regularization", _N("ControlGroups", "Regularization"),
                 _named("regularizer", "regularization_rate", panel="training_panel")),
    ControlGroup("graph.layers", _N("ControlGroups", "Add / remove hidden layers"),
                 _attrs("graph_view.add_layer_button", "graph_view.remove_layer_button",
                        "graph_view._layers_label")),
    ControlGroup("graph.headers", _N("ControlGroups", "Layer settings above the network"),
                 _attrs("graph_view.strip")),
    ControlGroup("transport.step", _N("ControlGroups", "Step buttons"),
                 _named("step_batch", "step_epoch", panel="transport")),
    ControlGroup("transport.speed", _N("ControlGroups", "Speed slider"),
                 _named("speed", panel="transport")),
    ControlGroup("instruments.toolbar", _N("ControlGroups", "Instruments toolbar"),
                 _attrs("instruments.toolbar")),
)}

#: Training-panel sections: the field that locates the heading, and the groups that fill it.
SECTIONS = {"problem": ("training.problem",),
            "optimizer": ("training.optimizer", "training.learning_rate", "training.schedule"),
            "batch_size": ("training.batches",),
            "initializer": ("training.initializer", "training.regularization")}
TABS = {"panel.data": 0, "panel.training": 1}


def group_names() -> list[str]:
    return list(GROUPS)


def apply_hidden(window, hidden) -> None:
    """Show every control group of ``window`` but those named in ``hidden`` (unknown names are
    skipped: they may come from a newer nnviz)."""
    hidden = set(hidden)
    groups = {name: group.widgets(window) for name, group in GROUPS.items()}
    for name, widgets in groups.items():  # first give back what was hidden by hand ...
        if name not in hidden:
            for widget in widgets:
                _set_visible(widget, True)
    # ... then let the panels hide again the rows that do not apply to this config ...
    controller = getattr(window, "controller", None)
    for panel in (getattr(window, "data_panel", None), getattr(window, "training_panel", None)):
        if panel is not None and controller is not None:
            panel.set_config(controller.config)
    for name, widgets in groups.items():  # ... and hide the groups asked for.
        if name in hidden:
            for widget in widgets:
                _set_visible(widget, False)
    panel = getattr(window, "training_panel", None)
    if panel is not None:
        for field, groups in SECTIONS.items():
            heading = _heading_of(panel.findChild(QWidget, field))
            if heading is not None:
                heading.setVisible(not all(g in hidden for g in groups))
    body = getattr(window, "body", None)
    if body is not None:
        for name, index in TABS.items():
            body.tabs.setTabVisible(index, name not in hidden)
        body.tabs.setVisible(not all(n in hidden for n in TABS))


def _set_visible(widget: QWidget, visible: bool) -> None:
    labels = [lab for lab in widget.parentWidget().findChildren(QLabel)
              if lab.buddy() is widget] if widget.parentWidget() is not None else []
    for target in (widget, *labels):
        hidden_by_us = bool(target.property("nnviz_hidden_by_classroom"))
        if visible and not hidden_by_us:
            continue  # never show what a panel itself hides (rows that do not apply)
        form = _form_of(target)
        if form is not None:
            form.setRowVisible(target, visible)
        else:
            target.setVisible(visible)
        target.setProperty("nnviz_hidden_by_classroom", not visible)


def _form_of(widget: QWidget) -> QFormLayout | None:
    parent = widget.parentWidget()
    return _find_form(parent.layout(), widget) if parent is not None else None


def _find_form(layout: QLayout | None, widget: QWidget) -> QFormLayout | None:
    if layout is None:
        return None
    if isinstance(layout, QFormLayout):
        row, _ = layout.getWidgetPosition(widget)
        if row >= 0:
            return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        found = _find_form(child, widget) if child is not None else None
        if found is not None:
            return found
    return None


def _heading_of(field: QWidget | None) -> QLabel | None:
    """The QLabel just before the form that holds ``field`` in their box layout."""
    if field is None or field.parentWidget() is None:
        return None
    form = _form_of(field)
    box = field.parentWidget().layout()
    if form is None or not isinstance(box, QBoxLayout):
        return None
    previous = None
    for i in range(box.count()):
        item = box.itemAt(i)
        if item.layout() is form:
            return previous
        if isinstance(item.widget(), QLabel):
            previous = item.widget()
    return None
