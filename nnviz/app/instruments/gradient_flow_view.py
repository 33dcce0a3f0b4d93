"""GradientFlowView: per-layer gradient norms over time (log scale) and activation histograms."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import pyqtgraph as pg

from nnviz.app.instruments.forward_view import layer_title
from nnviz.app.instruments.instrument_view import format_number, make_plot
from nnviz.app.instruments.live_view import LiveInstrumentView
from nnviz.app.views import palette
from nnviz.lab.instruments.gradient_flow import GradientFlow, activation_histograms

#: Layer colours, first (light) to last (dark): a student reads "deeper = darker".
LAYER_COLORS = ("#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#08519C", "#08306B", "#041F45",
                "#000000")
#: first/last norm ratio beyond which the view says "vanishing" / "exploding".
VANISHING, EXPLODING = 1e-2, 1e2
#: Histograms per row when the view is tall (a wide one puts them all in one row).
HISTOGRAMS_PER_ROW = 4


def layer_color(i: int, n: int) -> str:
    if n <= 1:
        return LAYER_COLORS[-3]
    return LAYER_COLORS[round(i * (len(LAYER_COLORS) - 2) / (n - 1))]


class GradientFlowView(LiveInstrumentView):
    """``flow`` (the lab's GradientFlow) collects the snapshots' norms; ``histograms`` are the
    latest activation histograms."""

    def __init__(self, controller=None, parent=None):
        self.flow = GradientFlow()
        self.histograms = []
        super().__init__(controller, parent)
        self.norm_plot = make_plot(self.tr("step"), self.tr("gradient size ‖dE/dW‖"), 120)
        self.norm_plot.setLogMode(y=True)
        for name in ("left", "bottom"):  # "10²" with "(x0.001)" beside it misleads
            self.norm_plot.getPlotItem().getAxis(name).enableAutoSIPrefix(False)
        self.norm_plot.setMouseEnabled(x=False, y=False)
        self.legend_label = QLabel()  # one line of coloured squares: the plot stays clear
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setFont(palette.font(palette.FONT_SMALL))
        self._curves = []
        self.ratio_label = QLabel()
        self.ratio_label.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        self.ratio_label.setWordWrap(True)
        norms = QWidget()
        lay = QVBoxLayout(norms)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.legend_label)
        lay.addWidget(self.norm_plot, 1)
        lay.addWidget(self.ratio_label)
        self.panes.addWidget(norms)
        top = QHBoxLayout()
        self._hist_title = QLabel()
        self._hist_title.setFont(palette.font(palette.FONT_NORMAL, bold=True))
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        top.addWidget(self._hist_title, 1)
        top.addWidget(self.clear_button)
        self.hist_area = pg.GraphicsLayoutWidget()
        self.hist_area.setBackground(palette.BACKGROUND)
        self.hist_area.setMinimumHeight(120)
        self._hist_plots = []
        hists = QWidget()
        lay = QVBoxLayout(hists)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.hist_area, 1)
        self.panes.addWidget(hists)
        self.body.addWidget(self.panes, 1)
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "<b>Gradient flow (기울기 소실):</b> each layer's gradient size, on a log scale. "
            "Backprop multiplies by every layer's slope on the way back and sigmoid's slope is "
            "at most 0.25, so a deep sigmoid network gives its first layers gradients orders of "
            "magnitude smaller than the last: they hardly learn (vanishing gradient). With ReLU "
            "and He initialization, or with batch norm, the layers stay within a factor of a "
            "few; gradients that grow layer after layer explode. The histograms: each layer's "
            "activations a; sigmoid values piled at 0 or 1 are saturated (slope ≈ 0).")

    def retranslate(self) -> None:
        super().retranslate()
        self._hist_title.setText(self.tr("Activations a per layer (training points)"))
        self.clear_button.setText(self.tr("Clear history"))
        self.refresh()

    def clear(self) -> None:
        self.flow.clear()
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # may turn the panes: then one row of histograms, or rows
        if hasattr(self, "hist_area") and self._per_row_wanted() != getattr(self, "_per_row",
                                                                            None):
            self._draw_histograms()

    def _per_row_wanted(self) -> int:
        return len(self.histograms) if self.panes.orientation() == Qt.Orientation.Horizontal \
            else HISTOGRAMS_PER_ROW

    # -- snapshots ---------------------------------------------------------------------------
    def on_snapshot(self, snap) -> None:
        self.flow.add(snap)  # every snapshot's norms count, not only the ones drawn
        super().on_snapshot(snap)

    def refresh(self) -> None:
        if not hasattr(self, "hist_area"):
            return
        self._draw_norms()
        self.histograms = activation_histograms(self.network) if self.network.ready else []
        self._draw_histograms()

    def _draw_norms(self) -> None:
        n = self.flow.n_layers
        if len(self._curves) != n:
            for curve in self._curves:
                self.norm_plot.removeItem(curve)
            self._curves = []
            keys = []
            for i in range(n):
                colour = layer_color(i, n)
                keys.append('<span style="color:{0}">&#9632;</span>&nbsp;{1}'.format(
                    colour, layer_title(self, i + 1, n)))
                curve = self.norm_plot.plot([], [], pen=pg.mkPen(colour, width=2.5),
                                            symbol="o", symbolSize=4, symbolPen=None,
                                            symbolBrush=colour)
                self._curves.append(curve)
            self.legend_label.setText("&nbsp;&nbsp; ".join(keys))
        for i, curve in enumerate(self._curves):
            steps, norms = self.flow.series(i)
            ok = np.isfinite(norms) & (norms > 0)
            curve.setData(steps[ok], norms[ok])
        if self.flow.steps:
            first, last = self.flow.steps[0], self.flow.steps[-1]
            self.norm_plot.setXRange(first, max(last, first + 1), padding=0.02)
        ratio = self.flow.first_to_last_ratio()
        if not math.isfinite(ratio) or n < 2:
            self.ratio_label.setText(self.tr("Train the network to see its gradients."))
            self.ratio_label.setStyleSheet(f"color: {palette.TEXT};")
            return
        text = self.tr("First layer's gradient / last layer's: %1").replace(
            "%1", format_number(ratio))
        if ratio < VANISHING:
            text += " — " + self.tr("vanishing: the first layers barely learn")
            colour = palette.ERROR
        elif ratio > EXPLODING:
            text += " — " + self.tr("exploding: the first layers take huge steps")
            colour = palette.ERROR
        else:
            text += " — " + self.tr("healthy: every layer learns")
            colour = "#1B7F3B"
        self.ratio_label.setText(text)
        self.ratio_label.setStyleSheet(f"color: {colour};")

    def _draw_histograms(self) -> None:
        hists = self.histograms
        per_row = self._per_row_wanted()
        if len(self._hist_plots) != len(hists) or per_row != getattr(self, "_per_row", None):
            self._per_row = per_row
            self.hist_area.clear()
            self._hist_plots = []
            for i in range(len(hists)):
                plot = self.hist_area.addPlot(row=i // max(per_row, 1), col=i % max(per_row, 1))
                plot.setMenuEnabled(False)
                plot.setMouseEnabled(x=False, y=False)
                plot.hideButtons()
                plot.setMinimumWidth(40)  # many layers in one row: narrow, not cut off
                plot.getAxis("left").hide()
                plot.getAxis("bottom").setTickFont(palette.font(palette.FONT_SMALL))
                colour = layer_color(i, len(hists))
                bars = plot.plot([0, 1], [0], stepMode="center", fillLevel=0,
                                 brush=pg.mkBrush(colour + "99"), pen=pg.mkPen(colour, width=1.5))
                self._hist_plots.append((plot, bars))
        for i, ((plot, bars), h) in enumerate(zip(self._hist_plots, hists)):
            bars.setData(h.edges, h.counts)  # new numbers into the same items: no rebuild
            colour = layer_color(i, len(hists))
            title = layer_title(self, h.layer, len(hists))
            # The output's saturation is a confident answer, and cross-entropy's gradient does
            # not vanish there: only the hidden layers' is a warning.
            if h.saturated >= 0.01 and i < len(hists) - 1:
                title += "<br>" + self.tr("%1 saturated").replace(
                    "%1", format_number(100 * h.saturated, 2) + " %")
            if title != getattr(plot, "_nnviz_title", None):
                plot._nnviz_title = title
                plot.setTitle(title, size="9pt",
                              color=colour if i < len(hists) - 1 else palette.TEXT)
