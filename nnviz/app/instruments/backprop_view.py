"""BackpropView: the chain rule on the live network (seed 002, dE/dw = dE/dg · dg/dw)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from nnviz.app.instruments.forward_view import layer_title
from nnviz.app.instruments.instrument_view import format_number, number_spin
from nnviz.app.instruments.live_view import LiveInstrumentView, compact_table
from nnviz.app.views import palette
from nnviz.lab.instruments import backprop as bp

POINT, BATCH = "point", "batch"
#: Worst relative error below which backprop and central differences agree.
AGREEMENT = 1e-4


class BackpropView(LiveInstrumentView):
    """dE/da, dE/dz per neuron and dE/dw per link for a point or every training point.

    ``result`` is the lab's :class:`~nnviz.lab.instruments.backprop.Backprop` shown.
    """

    def __init__(self, controller=None, parent=None):
        self.result = None
        self._selected = None   # (layer, row, col) of the link whose chain rule is shown
        super().__init__(controller, parent)
        self.mode_box = QComboBox()
        self.mode_box.addItem("", POINT)
        self.mode_box.addItem("", BATCH)
        self._words = [QLabel(), QLabel(), QLabel()]
        self.x1_spin = number_spin(1.0, -100, 100, 0.1, 3)
        self.x2_spin = number_spin(0.0, -100, 100, 0.1, 3)
        self.target_spin = number_spin(0.0, -1000, 1000, 1.0, 3)
        self.check_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.mode_box)
        for word, spin in zip(self._words, (self.x1_spin, self.x2_spin, self.target_spin)):
            row.addWidget(word)
            row.addWidget(spin)
        row.addStretch(1)
        row.addWidget(self.check_button)
        self.body.addLayout(row)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.check_label.hide()  # until the first check
        self.body.addWidget(self.check_label)

        self.neuron_table = compact_table([""] * 7)
        self.link_table = compact_table([""] * 6)
        self.link_table.setSelectionMode(self.link_table.SelectionMode.SingleSelection)
        tables = QSplitter(Qt.Orientation.Horizontal)
        for title_attr, table in (("_neuron_title", self.neuron_table),
                                  ("_link_title", self.link_table)):
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            title = QLabel()
            title.setFont(palette.font(palette.FONT_NORMAL, bold=True))
            setattr(self, title_attr, title)
            lay.addWidget(title)
            lay.addWidget(table, 1)
            tables.addWidget(box)
        self.panes.addWidget(tables)
        self.chain_label = QLabel()
        self.chain_label.setFont(palette.font(palette.FONT_LARGE))
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_label.setStyleSheet(
            f"QLabel {{ background: {palette.SURFACE}; border: 1px solid {palette.BORDER}; "
            "border-radius: 4px; padding: 4px 6px; }")
        self.chain_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.chain_label.setMinimumWidth(260)
        self.panes.addWidget(self.chain_label)
        self.panes.setStretchFactor(0, 3)
        self.panes.setStretchFactor(1, 2)
        self.body.addWidget(self.panes, 1)

        self.mode_box.currentIndexChanged.connect(self._on_inputs_changed)
        for spin in (self.x1_spin, self.x2_spin, self.target_spin):
            spin.valueChanged.connect(self._on_inputs_changed)
        self.link_table.itemSelectionChanged.connect(self._on_link_selected)
        self.check_button.clicked.connect(self.check)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------
    def help_text(self) -> str:
        return self.tr(
            "<b>Backpropagation:</b> the error E flows back from the output. Each neuron gets "
            "dE/da from the layer after it, multiplies by its slope da/dz to get dE/dz, and "
            "each incoming link gets dE/dw = dE/dz · x (its input). Choose a link to see the "
            "product with the actual numbers and the step the optimizer takes. On the graph: "
            "dE/dz beside each neuron, and dE/dw as the links' width (blue positive, orange "
            "negative). Dropout is off and batch "
            "norm uses its running statistics here.")

    def retranslate(self) -> None:
        super().retranslate()
        self.mode_box.setItemText(0, self.tr("One point"))
        self.mode_box.setItemText(1, self.tr("All training points"))
        for word, text in zip(self._words, ("x₁", "x₂", self.tr("target t"))):
            word.setText(text)
        self.target_spin.setToolTip(self.tr("The answer the network should give: the class "
                                            "(0, 1, …) or the value. A click takes the label "
                                            "of the nearest training point."))
        self.check_button.setText(self.tr("Check against central differences"))
        self.check_button.setToolTip(self.tr(
            "Recompute every gradient as (E(w + ε) − E(w − ε)) / 2ε and compare"))
        self._neuron_title.setText(self.tr("Neurons"))
        self._link_title.setText(self.tr("Links (choose one)"))
        self.neuron_table.setHorizontalHeaderLabels([
            self.tr("Layer"), self.tr("Neuron"), "z", "a", "dE/da", "da/dz", "dE/dz"])
        self.link_table.setHorizontalHeaderLabels([
            self.tr("Layer"), self.tr("From"), self.tr("To"), "w", "dE/dw",
            self.tr("Next step")])
        self.refresh()

    # -- actions ------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.mode_box.currentData()

    def set_mode(self, mode: str) -> None:
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))

    def set_point(self, x1: float, x2: float, target=None) -> None:
        """Backprop for (x₁, x₂) with ``target`` (by default the nearest training label)."""
        if target is None and self.network.ready:
            target = float(self.network.nearest_label((x1, x2)))
        values = [(self.x1_spin, x1), (self.x2_spin, x2)]
        if target is not None:
            values.append((self.target_spin, target))
        for spin, v in values:
            spin.blockSignals(True)
            spin.setValue(v)
            spin.blockSignals(False)
        self.set_mode(POINT)
        self.refresh()

    def on_point_clicked(self, x: float, y: float) -> None:
        self.set_point(round(x, 2), round(y, 2))

    @Slot()
    def _on_inputs_changed(self) -> None:
        for spin in (self.x1_spin, self.x2_spin, self.target_spin):
            spin.setEnabled(self.mode == POINT)
        self.check_label.clear()
        self.check_label.hide()
        self.refresh()

    def batch(self):
        """(points, labels) that the shown gradients are for."""
        if self.mode == BATCH:
            return self.network.training_batch()
        label = self.target_spin.value()
        if self.network.snapshot.data.problem != "regression":
            label = int(round(label))
        return np.array([[self.x1_spin.value(), self.x2_spin.value()]]), np.array([label])

    @Slot()
    def check(self) -> float | None:
        """Compare with central differences; show and return the worst relative error."""
        if not self.network.ready:
            return None
        try:
            worst = bp.gradient_check(self.network, *self.batch())
        except (ValueError, IndexError) as exc:
            self.check_label.setText(self.tr("Cannot check: %1").replace("%1", str(exc)))
            self.check_label.show()
            return None
        self.check_label.show()
        agree = worst < AGREEMENT
        self.check_label.setText(
            (self.tr("Worst relative error %1: backprop agrees with central differences.")
             if agree else
             self.tr("Worst relative error %1: backprop and central differences disagree."))
            .replace("%1", format_number(worst)))
        self.check_label.setStyleSheet(f"color: {'#1B7F3B' if agree else palette.ERROR};")
        return worst

    # -- drawing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not hasattr(self, "chain_label"):
            return
        self.result = None
        if self.network.ready:
            points, labels = self.batch()
            try:
                if len(points) == 0:
                    self.chain_label.setText(self.tr(
                        "There are no training points to send an error back from: draw some "
                        "points or choose a dataset."))
                else:
                    self.result = bp.backprop(self.network, points, labels)
            except (ValueError, IndexError) as exc:
                self.chain_label.setText(str(exc))
        self._fill_tables()
        self._show_chain()
        self.draw_overlay()

    def _fill_tables(self) -> None:
        result = self.result
        self.neuron_table.setRowCount(0)
        self.link_table.blockSignals(True)
        self.link_table.setRowCount(0)
        if result is None:
            self.link_table.blockSignals(False)
            return
        n = len(result.neurons)
        rows = [g for layer in reversed(result.neurons) for g in layer]  # backwards, as E flows
        self.neuron_table.setRowCount(len(rows))
        for r, g in enumerate(rows):
            cells = (layer_title(self, g.layer, n), str(g.unit + 1), format_number(g.z),
                     format_number(g.a), format_number(g.dE_da),
                     "—" if g.da_dz is None else format_number(g.da_dz), format_number(g.dE_dz))
            self._set_row(self.neuron_table, r, cells)
        self.link_table.setRowCount(len(result.links))
        selected_row = None
        names = self.network.feature_names()
        for r, link in enumerate(result.links):
            if link.row < 0:
                source = self.tr("bias")
            elif link.layer == 1:
                source = names[link.row] if link.row < len(names) else str(link.row + 1)
            else:
                source = "{0} {1}".format(layer_title(self, link.layer - 1, n), link.row + 1)
            target = "{0} {1}".format(layer_title(self, link.layer, n), link.col + 1)
            cells = (str(link.layer), source, target, format_number(link.weight),
                     format_number(link.dE_dw), format_number(link.step))
            self._set_row(self.link_table, r, cells)
            if (link.layer, link.row, link.col) == self._selected:
                selected_row = r
        for table in (self.neuron_table, self.link_table):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
        if selected_row is not None:
            self.link_table.selectRow(selected_row)
        self.link_table.blockSignals(False)

    @staticmethod
    def _set_row(table, r: int, cells) -> None:
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)

    @Slot()
    def _on_link_selected(self) -> None:
        rows = self.link_table.selectionModel().selectedRows()
        if rows and self.result is not None:
            link = self.result.links[rows[0].row()]
            self._selected = (link.layer, link.row, link.col)
        self._show_chain()

    def select_link(self, layer: int, row: int, col: int) -> None:
        """Show the chain rule of the weight ``row → col`` of layer ``layer`` (row −1: bias)."""
        for r, link in enumerate(self.result.links if self.result else ()):
            if (link.layer, link.row, link.col) == (layer, row, col):
                self.link_table.selectRow(r)
                return
        raise KeyError((layer, row, col))

    def _show_chain(self) -> None:
        result = self.result
        if result is None:
            self.chain_label.setText(self.tr("Waiting for the network…"))
            return
        try:
            link = result.link(*self._selected) if self._selected else None
        except KeyError:
            link = None
        head = self.tr("E = %1 on %2 point(s)").replace("%1", format_number(result.loss)) \
            .replace("%2", str(result.n_points))
        if link is None:
            self.chain_label.setText(head + "\n" + self.tr("Choose a link in the table to see "
                                                          "its chain rule."))
            return
        lines = [head] + bp.chain_terms(link) + [bp.update_text(link, result)]
        if not result.exact_step and (result.optimizer != "SGD" or not np.isclose(
                link.step, -result.learning_rate * link.dE_dw, rtol=1e-6, atol=1e-12)):
            lines.append(self.tr("(one step of %1 from a fresh start: the running averages "
                                 "of the training run are not in the snapshot)")
                         .replace("%1", result.optimizer))
        self.chain_label.setText("\n".join(lines))

    def overlay(self, canvas) -> None:
        result = self.result
        if result is None:
            return
        canvas.set_link_overlay(result.kernel_gradients())
        canvas.set_node_annotations({(g.layer, g.unit): format_number(g.dE_dz)
                                     for layer in result.neurons for g in layer})
