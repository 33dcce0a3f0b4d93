"""RunForm: the settings of one run of a comparison that may differ from the other run.

The data and the starting weights are shared by both runs (that is what makes the comparison
fair), so they are not here; everything that decides *how* the same network learns from the
same start is: optimizer, learning rate, activation, initializer, dropout, batch norm,
regularization and batch size. Layer settings apply to every hidden layer at once.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox

from nnviz.app.panels.config_choices import n_train_of
from nnviz.app.panels.panel_base import (ConfigPanel, InlineError, RateCombo, fill_registry_combo,
                                         parse_number, select_data, set_tip)
from nnviz.app.views.layer_header import hidden_activations
from nnviz.lab.config import LEARNING_RATES, REGULARIZATION_RATES, REGULARIZERS

translate = QCoreApplication.translate


class RunForm(ConfigPanel):
    """One run's settings; ``config_edited(config)`` carries an edit of that run.

    Parameters
    ----------
    which : str
        ``"A"`` or ``"B"`` (for the mnemonics and tooltips).
    """

    def __init__(self, which: str, parent=None):
        super().__init__(parent)
        from nnviz.engine.initializers import INITIALIZERS
        from nnviz.engine.optimizers import OPTIMIZERS
        self.which = which
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.optimizer = self._combo(lambda v: self._training(optimizer=v))
        fill_registry_combo(self.optimizer, OPTIMIZERS)
        self.learning_rate = RateCombo(LEARNING_RATES)
        self.learning_rate.committed.connect(self._on_learning_rate)
        self.activation = self._combo(lambda v: self._layers(activation=v))
        fill_registry_combo(self.activation, hidden_activations())
        self.initializer = self._combo(
            lambda v: self._propose(lambda c: c.with_network(initializer=v), self.error))
        fill_registry_combo(self.initializer, INITIALIZERS)
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.1)
        self.dropout.setDecimals(2)
        self.dropout.setKeyboardTracking(False)
        self.dropout.valueChanged.connect(lambda v: self._layers(dropout=round(v, 2)))
        self.batch_norm = QCheckBox(translate("CompareWindow", "Batch normalization"))
        self.batch_norm.toggled.connect(lambda on: self._layers(batch_norm=bool(on)))
        self.regularizer = self._combo(self._on_regularizer)
        names = {"none": translate("CompareWindow", "None"), "l1": "L1", "l2": "L2",
                 "l1l2": "L1 + L2"}
        for r in REGULARIZERS:
            self.regularizer.addItem(names.get(r, r), r)
        self.regularization_rate = RateCombo(REGULARIZATION_RATES)
        self.regularization_rate.committed.connect(self._on_regularization_rate)
        self.batch_size = QSpinBox()
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.valueChanged.connect(
            lambda v: self._training(batch_size=int(v)))

        rows = (
            (translate("CompareWindow", "Optimizer:"), self.optimizer, translate(
                "CompareWindow", "The rule that turns gradients into weight changes.")),
            (translate("CompareWindow", "Learning rate:"), self.learning_rate, translate(
                "CompareWindow", "How big each step downhill is (학습률, learning rate).")),
            (translate("CompareWindow", "Activation:"), self.activation, translate(
                "CompareWindow", "The activation of every hidden layer.")),
            (translate("CompareWindow", "Initializer:"), self.initializer, translate(
                "CompareWindow", "How the first weights are drawn. With the same initializer "
                "both runs start from exactly the same weights.")),
            (translate("CompareWindow", "Dropout:"), self.dropout, translate(
                "CompareWindow", "The share of hidden neurons switched off at random in each "
                "training step, in every hidden layer.")),
            ("", self.batch_norm, translate(
                "CompareWindow", "Normalize every hidden layer's sums over each batch.")),
            (translate("CompareWindow", "Regularization:"), self.regularizer, translate(
                "CompareWindow", "A penalty on large weights added to the loss.")),
            (translate("CompareWindow", "Reg. rate:"), self.regularization_rate, translate(
                "CompareWindow", "How strong the weight penalty is.")),
            (translate("CompareWindow", "Batch size:"), self.batch_size, translate(
                "CompareWindow", "How many points each weight update looks at.")),
        )
        for label, widget, tip in rows:
            set_tip(widget, tip)
            form.addRow(label, widget)
        self.error = InlineError()
        form.addRow(self.error)

    # -- ConfigPanel -----------------------------------------------------------------------------
    def _show_config(self, cfg) -> None:
        from nnviz.engine.initializers import INITIALIZERS
        from nnviz.engine.optimizers import OPTIMIZERS
        t, n = cfg.training, cfg.network
        select_data(self.optimizer, OPTIMIZERS.canonical(t.optimizer))
        self.learning_rate.set_value(t.learning_rate)
        layers = n.hidden
        has_layers = bool(layers)
        for w in (self.activation, self.dropout, self.batch_norm):
            w.setEnabled(has_layers)
        if has_layers:
            select_data(self.activation, layers[0].activation)
            self.dropout.setValue(layers[0].dropout)
            self.batch_norm.setChecked(layers[0].batch_norm)
        select_data(self.initializer, INITIALIZERS.canonical(n.initializer))
        select_data(self.regularizer, n.regularizer)
        self.regularization_rate.set_value(n.regularization_rate)
        self.regularization_rate.setEnabled(n.regularizer != "none")
        self.batch_size.setRange(1, max(1, n_train_of(cfg.data)))
        self.batch_size.setValue(t.batch_size)

    # -- edits -----------------------------------------------------------------------------------
    def _training(self, **changes) -> None:
        self._propose(lambda c: c.with_training(**changes), self.error)

    def _combo(self, slot) -> QComboBox:
        combo = QComboBox()
        combo.activated.connect(lambda _i: slot(combo.currentData()))
        return combo

    def _layers(self, **changes) -> None:
        """The same change in every hidden layer."""
        self._propose(lambda c: c.with_network(
            hidden=tuple(replace(h, **changes) for h in c.network.hidden)), self.error)

    def _number(self, text: str, what: str):
        value = parse_number(text)
        if value is None:
            self.error.show_error(translate("CompareWindow", "“%1” is not a number. Type %2.")
                                  .replace("%1", text.strip()).replace("%2", what))
        return value

    def _on_learning_rate(self, text: str) -> None:
        value = self._number(text, translate("CompareWindow", "a learning rate such as 0.03"))
        if value is not None:
            self._propose(lambda c: c.with_training(learning_rate=value), self.error)

    def _on_regularization_rate(self, text: str) -> None:
        value = self._number(text, translate("CompareWindow", "a rate such as 0.001"))
        if value is not None:
            self._propose(lambda c: c.with_network(regularization_rate=value), self.error)

    def _on_regularizer(self, name: str) -> None:
        def build(c):
            rate = c.network.regularization_rate
            if name != "none" and rate == 0:
                rate = 0.001  # a penalty of rate 0 would change nothing
            return c.with_network(regularizer=name, regularization_rate=rate)
        self._propose(build, self.error)
