"""NetworkGraphView: the network as a live node graph that also edits its structure and weights."""
from __future__ import annotations

import numpy as np

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnviz.app.i18n.lab_messages import exception_text
from nnviz.app.views import palette
from nnviz.app.views.graph_canvas import GraphCanvas
from nnviz.app.views.graph_controls import HeaderStrip, ValueEditor
from nnviz.app.views.layer_header import LayerHeader, minus_plus_buttons
from nnviz.app.views.graph_layout import link_point
from nnviz.lab.config import MAX_HIDDEN_LAYERS, LayerConfig


def model_shape(cfg) -> tuple:
    """What decides the model's weight shapes (a dataset change also rebuilds the model)."""
    return (cfg.data.features, cfg.data.dataset, cfg.data.n_classes, cfg.network.units,
            cfg.training.problem)


def registered_features():
    """(name, display, doc) of every registered input feature, in registry order."""
    from nnviz.data import FEATURES
    from nnviz.app.panels.panel_base import registry_text
    return [(e.name, registry_text(e.display), registry_text(e.doc)) for e in FEATURES]


class NetworkGraphView(QWidget):
    """Inputs, hidden layers and output as columns of nodes joined by weight-coloured links.

    Each hidden node is a thumbnail of its activation over the plane; orange links and biases
    are negative, blue positive, thicker means larger. Hover a link or bias for its value and
    gradient, click it to type a new value; click a feature to switch it on or off; the
    header above each hidden layer edits its neurons, activation, dropout and batch norm.

    Two sources, never mixed: the canvas draws the model of the last snapshot (what was
    trained); the structure controls (layer headers, the layer buttons, feature clicks) follow
    the current config given to :meth:`set_config` and build every edit from it, as the panels
    do (see :class:`~nnviz.app.panels.panel_base.ConfigPanel`). A header whose layer the config
    no longer has is hidden at once; weight edits are offered only while the drawn model is the
    current config's.

    Signals
    -------
    config_edited(object)
        A new ``ExperimentConfig`` after a structural edit (features, layers, units, ...).
    weight_edited(int, int, int, float)
        ``(dense_index, row, col, value)``; ``row == -1`` means the bias of unit ``col``.
    neuron_hovered(int, int)
        ``(dense_index, unit)`` under the mouse; ``(-1, -1)`` when it leaves.
    """

    config_edited = Signal(object)
    weight_edited = Signal(int, int, int, float)
    neuron_hovered = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._config = None            # the current config, as last given to set_config
        self._structure = None         # what the canvas is laid out for
        self._serial = None

        self.strip = HeaderStrip(self)
        self.canvas = GraphCanvas(self)
        self.canvas.layout_changed.connect(self._place_headers)
        self.canvas.link_clicked.connect(self._edit_link)
        self.canvas.bias_clicked.connect(self._edit_bias)
        self.canvas.input_clicked.connect(self.toggle_feature)
        self.canvas.hovered.connect(self.neuron_hovered)
        self.editor = ValueEditor(self.canvas)
        self.editor.accepted.connect(self._editor_accepted)
        self.canvas.editor = self.editor

        self.remove_layer_button, self.add_layer_button = minus_plus_buttons(
            self.tr("Remove the last hidden layer"), self.tr("Add a hidden layer"), 28)
        self.add_layer_button.clicked.connect(lambda: self.change_layers(+1))
        self.remove_layer_button.clicked.connect(lambda: self.change_layers(-1))
        self._layers_label = QLabel()
        self._layers_label.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        self._legend = palette.ColorBar(Qt.Orientation.Horizontal)
        self._legend.setMinimumWidth(150)  # shrinks before the buttons beside it are cut
        self._legend.setMaximumWidth(190)
        low, mid, high = palette.weight_legend_labels()
        self._legend.set_labels(low, mid, high, self.tr("Weight (line width = size)"))
        self._error = QLabel()
        self._error.setStyleSheet(f"color: {palette.ERROR};")
        self._error.setFont(palette.font(palette.FONT_SMALL))
        self._error.setWordWrap(True)
        self._error.setContentsMargins(8, 0, 8, 0)
        self._error.hide()
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.setInterval(6000)
        self._error_timer.timeout.connect(self._error.hide)

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.add_layer_button)
        top.addWidget(self.remove_layer_button)
        top.addWidget(self._layers_label)
        top.addStretch(1)
        top.addWidget(self._legend)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 2)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addWidget(self.strip)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self._error)
        self._update_layer_buttons(0)
        palette.use_light_background(self)

    # -- public API --------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:  # the painted legend's words
            low, mid, high = palette.weight_legend_labels()
            self._legend.set_labels(low, mid, high, self.tr("Weight (line width = size)"))
        super().changeEvent(event)

    def set_config(self, cfg) -> None:
        """Redraw the structure controls from the current config ``cfg`` (emits nothing)."""
        self._config = cfg
        if not self._model_is_current():
            self.editor.close_editor()  # its weight belongs to a model the config no longer has
        self._sync_headers()

    def config(self):
        """The current config as last given to :meth:`set_config`, or None before the first."""
        return self._config

    def show_snapshot(self, snap) -> None:
        """Draw ``snap``; re-lays out only when the structure changed."""
        if snap is None or snap.serial == self._serial:
            return
        self._serial = snap.serial
        self._snap = snap
        cfg = snap.config
        units = [int(k.shape[1]) for k, _ in snap.dense_weights]
        if not units:  # no model yet: nothing to draw
            return
        active = list(cfg.data.features) if cfg is not None else \
            list(getattr(snap.data, "feature_names", ()) or ())
        structure = (tuple(active), tuple(units))
        if structure != self._structure:
            self._structure = structure
            self._rebuild(active, units)
        classes = snap.boundary is not None and snap.boundary.ndim == 3 and units[-1] > 1
        self.canvas.set_values(snap.dense_weights, snap.gradients, *self._maps(snap, units),
                               class_outputs=classes)

    def node_rect(self, dense_index: int, unit: int):
        """Canvas rectangle of unit ``unit`` of Dense layer ``dense_index`` (output = last)."""
        return self.canvas.layout_.node_rect(dense_index, unit)

    def input_rect(self, feature: str):
        """Canvas rectangle of the input node of feature ``feature``."""
        names = [f[0] for f in self.canvas.features]
        return self.canvas.layout_.columns[0][names.index(feature)]

    def bias_rect(self, dense_index: int, unit: int):
        return self.canvas.layout_.bias_rects[dense_index][unit]

    def link_point(self, dense_index: int, row: int, col: int, t: float = 0.3) -> QPoint:
        """A canvas point on the link from ``row`` to ``col`` of Dense layer ``dense_index``."""
        lay = self.canvas.layout_
        x, y = link_point(lay, lay.link_index[(dense_index, row, col)], t)
        return QPoint(round(x), round(y))

    def node_count(self) -> int:
        """Nodes drawn: every registered feature plus every Dense unit."""
        return sum(len(c) for c in self.canvas.layout_.columns) if self.canvas.layout_ else 0

    def headers(self) -> list:
        """The :class:`LayerHeader` of each hidden layer."""
        return list(self.strip.headers)

    def hover_text(self) -> str:
        return self.canvas.hover_text()

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    # -- structural edits --------------------------------------------------------------------
    def _emit(self, make) -> None:
        """Build a config with ``make(current config)``; emit it, or show why it is not valid."""
        if self._config is None:
            return
        try:
            cfg = make(self._config)
        except (ValueError, TypeError) as exc:
            self.show_error(exception_text(exc))
            return
        self._error.hide()
        self.config_edited.emit(cfg)

    def show_error(self, message: str) -> None:
        self._error.setText(message)
        self._error.show()
        self._error_timer.start()

    def toggle_feature(self, name: str) -> None:
        def make(c):
            feats = list(c.data.features)
            if name in feats:
                if len(feats) == 1:
                    raise ValueError(self.tr("The network needs at least one input: switch "
                                             "another feature on first."))
                feats.remove(name)
            else:
                order = [f[0] for f in registered_features()]
                feats = [f for f in order if f in feats or f == name]
            return c.with_data(features=tuple(feats))
        self._emit(make)

    def change_layers(self, delta: int) -> None:
        def make(c):
            hidden = list(c.network.hidden)
            if delta > 0:
                if len(hidden) >= MAX_HIDDEN_LAYERS:
                    raise ValueError(self.tr("At most {0} hidden layers").format(
                        MAX_HIDDEN_LAYERS))
                last = hidden[-1] if hidden else LayerConfig(units=2)
                hidden.append(LayerConfig(units=last.units, activation=last.activation))
            elif hidden:
                hidden.pop()
            return c.with_network(hidden=tuple(hidden))
        self._emit(make)

    def _change_units(self, layer: int, delta: int) -> None:
        self._emit(lambda c: c.with_layer(layer, units=c.network.hidden[layer].units + delta))

    def _set_layer(self, layer: int, **changes) -> None:
        self._emit(lambda c: c.with_layer(layer, **changes))

    # -- building ----------------------------------------------------------------------------
    def _rebuild(self, active, units) -> None:
        self.editor.close_editor()
        self.canvas.set_structure(registered_features(), active, units)
        self._sync_headers()

    def _sync_headers(self) -> None:
        """One header per hidden layer of the current config, over its column once drawn.

        Headers of layers the config no longer has are hidden now and deleted later, so none
        of their controls can edit a layer that is gone.
        """
        hidden = tuple(self._config.network.hidden) if self._config is not None else ()
        drawn = len(self.canvas.units) - 1 if self.canvas.layout_ is not None else 0
        headers = self.strip.headers
        while len(headers) > len(hidden):
            gone = headers.pop()
            gone.blockSignals(True)  # not even a queued click may edit by its index now
            gone.hide()
            gone.deleteLater()
        while len(headers) < len(hidden):
            h = LayerHeader(len(headers), self.strip)
            h.units_delta.connect(self._change_units)
            h.activation_changed.connect(lambda i, a: self._set_layer(i, activation=a))
            h.dropout_changed.connect(lambda i, r: self._set_layer(i, dropout=r))
            h.batch_norm_changed.connect(lambda i, on: self._set_layer(i, batch_norm=on))
            headers.append(h)
        for i, h in enumerate(headers):
            h.set_layer(hidden[i])
            h.setVisible(i < drawn)  # a new layer's header appears with its column
        self._update_layer_buttons(len(hidden))
        self._place_headers()

    def _place_headers(self) -> None:
        """Headers and titles over the canvas's columns, wherever the canvas put them."""
        lay = self.canvas.layout_
        if lay is not None:
            self.strip.set_columns(lay.column_x, lay.node_size)

    def _update_layer_buttons(self, n_hidden: int) -> None:
        has_config = self._config is not None
        self.add_layer_button.setEnabled(has_config and n_hidden < MAX_HIDDEN_LAYERS)
        self.remove_layer_button.setEnabled(has_config and n_hidden > 0)
        self._layers_label.setText(self.tr("Hidden layers: {0}").format(n_hidden))

    def _maps(self, snap, units):
        """Per column, each node's map and its colour levels."""
        feats = self.canvas.features
        n_cols = len(units) + 1
        maps = [[None] * len(feats)] + [[None] * u for u in units]
        levels = [[(0.0, 1.0)] * len(feats)] + [[(0.0, 1.0)] * u for u in units]
        names = [f[0] for f in feats]
        if snap.feature_maps is not None:
            for k, name in enumerate(self.canvas.active):
                if k < len(snap.feature_maps) and name in names:
                    i = names.index(name)
                    maps[0][i] = snap.feature_maps[k]
                    levels[0][i] = palette.map_levels(snap.feature_maps[k])
        for name, m in self._inactive_feature_maps(snap.extent, snap.centre).items():
            i = names.index(name)
            if maps[0][i] is None:
                maps[0][i] = m
                levels[0][i] = palette.map_levels(m)
        cfg = snap.config
        for d, layer_maps in enumerate(snap.neuron_maps or ()):
            if d + 1 >= n_cols:
                break
            if cfg is None:
                act = ""
            elif d < len(cfg.network.hidden):
                act = cfg.network.hidden[d].activation
            else:
                act = cfg.output_activation
            for u in range(min(len(layer_maps), units[d])):
                maps[d + 1][u] = layer_maps[u]
                levels[d + 1][u] = palette.map_levels(layer_maps[u], act)
        if snap.boundary is not None and snap.boundary.ndim == 2 and units[-1] == 1 and \
                maps[-1][0] is None:
            maps[-1][0] = snap.boundary
            act = cfg.output_activation if cfg is not None else "sigmoid"
            levels[-1][0] = palette.map_levels(snap.boundary, act)
        return maps, levels

    def _inactive_feature_maps(self, extent: float, centre: float = 0.0) -> dict:
        """Each registered feature over the plane (asked of the data registry, computed once),
        so switched-off inputs still show what they would add."""
        cached = getattr(self, "_feature_cache", None)
        if cached is None or cached[0] != (extent, centre):
            from nnviz.data import FEATURES
            res = 24
            xs = centre + np.linspace(-extent, extent, res)
            gx, gy = np.meshgrid(xs, xs)  # row 0 = bottom, as in snapshots
            pts = np.column_stack([gx.ravel(), gy.ravel()])
            maps = {e.name: np.asarray(e.value(pts), dtype=np.float32).reshape(res, res)
                    for e in FEATURES}
            cached = self._feature_cache = ((extent, centre), maps)
        return {k: v for k, v in cached[1].items() if k not in self.canvas.active}

    # -- weight editing ----------------------------------------------------------------------
    def _model_is_current(self) -> bool:
        """Whether the drawn model has the current config's structure (weights may be edited)."""
        drawn = self._snap.config if self._snap is not None else None
        if drawn is None or self._config is None:
            return False
        return model_shape(drawn) == model_shape(self._config)

    def _edit_link(self, d: int, row: int, col: int, at: QPoint) -> None:
        if not self._model_is_current():
            return  # the link belongs to a model the last edit replaced; its snapshot is coming
        title = self.tr("Weight {0} → {1}").format(self.canvas.source_name(d, row),
                                                   self.canvas.neuron_name(d, col))
        self.editor.open_at(at, title, self.canvas.weight(d, row, col), (d, row, col))

    def _edit_bias(self, d: int, unit: int, at: QPoint) -> None:
        if not self._model_is_current():
            return
        title = self.tr("Bias of {0}").format(self.canvas.neuron_name(d, unit))
        self.editor.open_at(at, title, self.canvas.weight(d, -1, unit), (d, -1, unit))

    def _editor_accepted(self, target, value: float) -> None:
        d, row, col = target
        self.weight_edited.emit(d, row, col, value)
