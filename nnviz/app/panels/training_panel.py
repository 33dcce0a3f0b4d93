"""TrainingPanel: problem type, loss, optimizer and its parameters, learning rate, batches,
initialization and regularization — grouped under headings, scrolling when space runs short."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame,
                               QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from nnviz.app.panels.config_choices import (OPTIMIZER_PARAMETERS, n_train_of,
                                             optimizer_parameters, with_problem)
from nnviz.app.panels.panel_base import (ConfigPanel, InlineError, RateCombo, WheelGuard,
                                         combo_tip, fill_registry_combo, guard_wheel,
                                         heading_font, parse_number, registry_text, select_data,
                                         set_tip)
from nnviz.app.panels.schedule_controls import ScheduleRows
from nnviz.lab.config import LEARNING_RATES, PROBLEMS, REGULARIZATION_RATES, REGULARIZERS

EPSILONS = (1e-8, 1e-7, 1e-6, 1e-4)
MAX_SEED = 2**31 - 1


class TrainingPanel(ScheduleRows, ConfigPanel):
    """How the network learns: every TrainingConfig field plus initializer, regularization and
    output activation from the NetworkConfig; with a schedule, the learning rate it gives now
    (:meth:`show_snapshot`).

    Signals
    -------
    config_edited(object)
        The new ExperimentConfig after a user edit (see :class:`ConfigPanel`).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._guard = WheelGuard(self)
        self._labels: list[QLabel] = []
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(4, 4, 4, 4)
        self._body_layout.setSpacing(2)
        self._build_problem()
        self._build_optimizer()
        self._build_batches()
        self._build_weights()
        self._body_layout.addStretch(1)
        # Object names = config field names: for tests, style sheets and lessons pointing at them.
        named = {"problem": self._problem, "loss": self._loss, "output_activation": self._output,
                 "optimizer": self._optimizer, "learning_rate": self._lr,
                 "schedule": self._schedule, "decay_epochs": self._decay_epochs,
                 "boundary_epochs": self._boundaries, "cosine_alpha": self._cosine_alpha,
                 "current_learning_rate": self._current_lr, "decay_rate": self._decay_rate,
                 "batch_size": self._batch,
                 "full_batch": self._full_batch, "seed": self._seed, "initializer": self._init,
                 "regularizer": self._reg, "regularization_rate": self._reg_rate,
                 "problem_error": self._problem_error, "learning_rate_error": self._lr_error,
                 "optimizer_error": self._optimizer_error,
                 "schedule_error": self._schedule_error, "batch_error": self._batch_error,
                 "weights_error": self._weights_error, **self._params}
        for name, widget in named.items():
            widget.setObjectName(name)
        # One label column for all sections, so the fields line up under each other.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        scroll = QScrollArea()
        scroll.setWidget(self._body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building ------------------------------------------------------------------------------
    def _section(self, title: str) -> QFormLayout:
        heading = QLabel(title)
        heading.setFont(heading_font(self))
        if self._body_layout.count():
            self._body_layout.addSpacing(8)
        self._body_layout.addWidget(heading)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._body_layout.addLayout(form)
        return form

    def _row(self, form: QFormLayout, text: str, field: QWidget, tip: str) -> None:
        label = QLabel(text)
        self._labels.append(label)
        label.setBuddy(field)
        set_tip(field, tip)
        label.setToolTip(tip)
        form.addRow(label, field)
        if isinstance(field, (QComboBox, QSpinBox, QDoubleSpinBox)):
            guard_wheel(self._guard, field)

    def _error(self, form: QFormLayout) -> InlineError:
        err = InlineError()
        form.addRow(err)
        return err

    def _combo(self, slot) -> QComboBox:
        c = QComboBox()
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(6)
        c.activated.connect(lambda _i: slot(c.currentData()))
        return c

    def _double(self, lo, hi, step, decimals, slot) -> QDoubleSpinBox:
        s = QDoubleSpinBox()
        s.setRange(lo, hi)
        s.setSingleStep(step)
        s.setDecimals(decimals)
        s.setKeyboardTracking(False)
        s.valueChanged.connect(slot)
        return s

    def _build_problem(self) -> None:
        form = self._section(self.tr("Problem"))
        self._problem = self._combo(self._on_problem)
        names = {"binary": self.tr("Classification"),
                 "multiclass": self.tr("Multi-class"),
                 "regression": self.tr("Regression")}
        for p in PROBLEMS:
            self._problem.addItem(names.get(p, p), p)
        self._row(form, self.tr("Pro&blem:"), self._problem, self.tr(
            "What the network predicts: one of two classes, one of several classes, or a "
            "number. Switching picks a fitting dataset and the usual loss and output."))
        self._loss = self._combo(lambda v: self._edit(
            lambda c: c.with_training(loss=v), self._problem_error))
        self._row(form, self.tr("&Loss:"), self._loss, self._loss_concept())
        self._output = self._combo(lambda v: self._edit(
            lambda c: c.with_network(output_activation=v), self._problem_error))
        self._row(form, self.tr("O&utput:"), self._output, self._output_concept())
        self._problem_error = self._error(form)

    def _loss_concept(self) -> str:
        return self.tr("The loss measures how wrong the predictions are; training pushes it "
                       "down. Automatic picks the usual one for the problem type.")

    def _output_concept(self) -> str:
        return self.tr("The activation of the output neurons: it turns their sums into the "
                       "prediction. Automatic: sigmoid, softmax or linear by problem type.")

    def _build_optimizer(self) -> None:
        from nnviz.engine.optimizers import OPTIMIZERS
        form = self._section(self.tr("Optimizer"))
        self._form_optimizer = form
        self._optimizer = self._combo(lambda v: self._edit(
            lambda c: c.with_training(optimizer=v), self._optimizer_error))
        fill_registry_combo(self._optimizer, OPTIMIZERS)
        self._row(form, self.tr("&Optimizer:"), self._optimizer, self._optimizer_concept())
        self._lr = RateCombo(LEARNING_RATES)
        self._lr.committed.connect(self._on_lr)
        self._row(form, self.tr("Learning &rate:"), self._lr, "")
        self._lr_error = self._error(form)
        self._build_current_rate(form)
        self._build_schedule(form)
        self._params = {
            "momentum": self._double(0.0, 0.999, 0.05, 3, lambda v: self._param("momentum", v)),
            "nesterov": QCheckBox(self.tr("Nesterov")),
            "rho": self._double(0.0, 0.9999, 0.01, 4, lambda v: self._param("rho", v)),
            "beta_1": self._double(0.0, 0.9999, 0.01, 4, lambda v: self._param("beta_1", v)),
            "beta_2": self._double(0.0, 0.99999, 0.001, 5, lambda v: self._param("beta_2", v)),
            "epsilon": RateCombo(EPSILONS),
        }
        self._params["nesterov"].toggled.connect(lambda on: self._param("nesterov", on))
        self._params["epsilon"].committed.connect(self._on_epsilon)
        rows = {
            "momentum": (self.tr("&Momentum:"), self.tr(
                "Keeps part of the previous step, like a ball rolling downhill: it speeds up "
                "along steady slopes and damps zig-zags. 0 = plain gradient descent.")),
            "nesterov": ("", self.tr(
                "Nesterov momentum looks ahead: the gradient is taken where momentum is about "
                "to carry the weights, which often overshoots less.")),
            "rho": (self.tr("Rh&o:"), self.tr(
                "How long RMSprop remembers past squared gradients (0.9 = roughly the last "
                "10 steps); it divides each step by their typical size.")),
            "beta_1": (self.tr("Beta &1:"), self.tr(
                "How long Adam remembers the direction of past gradients (its momentum); "
                "0.9 = roughly the last 10 steps.")),
            "beta_2": (self.tr("Beta &2:"), self.tr(
                "How long Adam remembers the size of past gradients, used to scale each "
                "weight's step; 0.999 = roughly the last 1000 steps.")),
            "epsilon": (self.tr("E&psilon:"), self.tr(
                "A tiny number added before dividing by the gradient size, so the step never "
                "divides by zero. Rarely needs changing.")),
        }
        for name in OPTIMIZER_PARAMETERS:
            text, tip = rows[name]
            self._row(form, text, self._params[name], tip)
        self._optimizer_error = self._error(form)

    def _optimizer_concept(self) -> str:
        return self.tr("The rule that turns gradients into weight changes. SGD is plain "
                       "gradient descent; the others adapt the step for each weight.")

    def _build_batches(self) -> None:
        form = self._section(self.tr("Batches"))
        self._batch = QSpinBox()
        self._batch.setKeyboardTracking(False)
        self._batch.setAccelerated(True)
        self._batch.valueChanged.connect(self._on_batch)
        self._full_batch = QCheckBox(self.tr("&Full batch"))
        self._full_batch.toggled.connect(self._on_full_batch)
        set_tip(self._full_batch, self.tr(
            "Use every training point for each update: smooth, exact steps but only one "
            "update per epoch."))
        self._row(form, self.tr("Batch si&ze:"), self._batch, self.tr(
            "How many points the network looks at before each weight update. Small batches "
            "give many quick, noisy steps; large ones give few, smooth steps."))
        form.addRow("", self._full_batch)
        self._seed = QSpinBox()
        self._seed.setRange(0, MAX_SEED)
        self._seed.setKeyboardTracking(False)
        self._seed.valueChanged.connect(lambda v: self._edit(
            lambda c: c.with_training(seed=v), self._batch_error))
        self._row(form, self.tr("S&eed:"), self._seed, self.tr(
            "The starting number for the random choices of training (first weights, batch "
            "order). The same seed repeats a run exactly; another seed tries another start."))
        self._batch_error = self._error(form)

    def _build_weights(self) -> None:
        from nnviz.engine.initializers import INITIALIZERS
        form = self._section(self.tr("Weights"))
        self._form_weights = form
        self._init = self._combo(lambda v: self._edit(
            lambda c: c.with_network(initializer=v), self._weights_error))
        fill_registry_combo(self._init, INITIALIZERS)
        self._row(form, self.tr("&Initializer:"), self._init, self._init_concept())
        self._reg = self._combo(self._on_regularizer)
        reg_names = {"none": self.tr("None"), "l1": self.tr("L1"), "l2": self.tr("L2"),
                     "l1l2": self.tr("L1 + L2")}
        for r in REGULARIZERS:
            self._reg.addItem(reg_names.get(r, r), r)
        self._reg_rate = RateCombo(REGULARIZATION_RATES)
        self._reg_rate.committed.connect(self._on_reg_rate)
        self._row(form, self.tr("Re&gularization:"), self._reg, self.tr(
            "A penalty on large weights added to the loss, to keep the model simple and "
            "reduce overfitting. L1 pushes weights to exactly 0; L2 shrinks them all."))
        self._row(form, self.tr("Reg. ra&te:"), self._reg_rate, self.tr(
            "Regularization rate: how strong the weight penalty is. Too strong and the "
            "network cannot fit even the training data."))
        self._weights_error = self._error(form)

    def _init_concept(self) -> str:
        return self.tr("How the weights are chosen before training starts. Random, well-"
                       "scaled weights let every neuron learn something different.")

    # -- showing a config ----------------------------------------------------------------------
    def _show_config(self, cfg) -> None:
        from nnviz.engine.activations import ACTIVATIONS
        from nnviz.engine.initializers import INITIALIZERS
        from nnviz.engine.losses import LOSSES
        from nnviz.engine.optimizers import OPTIMIZERS
        t, n = cfg.training, cfg.network
        select_data(self._problem, t.problem)
        auto_loss = LOSSES.entry(replace(cfg, training=replace(t, loss="auto")).loss)
        fill_registry_combo(self._loss, LOSSES,
                            self.tr("Auto: %1").replace("%1", registry_text(auto_loss.display)),
                            registry_text(auto_loss.doc))
        select_data(self._loss, "auto" if t.loss == "auto" else LOSSES.canonical(t.loss))
        combo_tip(self._loss, self._loss_concept())
        auto_out = ACTIVATIONS.entry(
            replace(cfg, network=replace(n, output_activation="auto")).output_activation)
        fill_registry_combo(self._output, ACTIVATIONS,
                            self.tr("Auto: %1").replace("%1", registry_text(auto_out.display)),
                            registry_text(auto_out.doc))
        select_data(self._output, n.output_activation if n.output_activation == "auto"
                    else ACTIVATIONS.canonical(n.output_activation))
        combo_tip(self._output, self._output_concept())

        optimizer = OPTIMIZERS.canonical(t.optimizer)
        select_data(self._optimizer, optimizer)
        combo_tip(self._optimizer, self._optimizer_concept())
        self._lr.set_value(t.learning_rate)
        visible = optimizer_parameters(optimizer)
        for name, widget in self._params.items():
            self._form_optimizer.setRowVisible(widget, name in visible)
            if name == "nesterov":
                widget.setChecked(t.nesterov)
            elif name == "epsilon":
                widget.set_value(t.epsilon)
            else:
                widget.setValue(getattr(t, name))
        self._show_schedule(t)

        n_train = n_train_of(cfg.data)
        self._batch.setRange(1, max(1, n_train))
        full = t.batch_size >= n_train
        self._full_batch.setChecked(full)
        self._batch.setEnabled(not full)
        self._batch.setValue(min(t.batch_size, n_train))
        self._batch.setSuffix(self.tr(" of %1").replace("%1", str(n_train)))
        self._seed.setValue(t.seed)

        select_data(self._init, INITIALIZERS.canonical(n.initializer))
        combo_tip(self._init, self._init_concept())
        select_data(self._reg, n.regularizer)
        self._reg_rate.set_value(n.regularization_rate)
        self._reg_rate.setEnabled(n.regularizer != "none")

    # -- user edits ----------------------------------------------------------------------------
    def _edit(self, build, error: InlineError) -> None:
        self._propose(build, error)

    def _on_problem(self, problem: str) -> None:
        self._propose(lambda c: with_problem(c, problem), self._problem_error)

    def _number(self, text: str, error: InlineError, what: str) -> float | None:
        value = parse_number(text)
        if value is None:
            error.show_error(self.tr("“%1” is not a number. Type %2.")
                             .replace("%1", text.strip()).replace("%2", what))
        return value

    def _on_lr(self, text: str) -> None:
        value = self._number(text, self._lr_error, self.tr("a learning rate such as 0.03"))
        if value is not None:
            self._propose(lambda c: c.with_training(learning_rate=value), self._lr_error)

    def _on_epsilon(self, text: str) -> None:
        value = self._number(text, self._optimizer_error, self.tr("a small number such as 1e-7"))
        if value is not None:
            self._param("epsilon", value)

    def _on_reg_rate(self, text: str) -> None:
        value = self._number(text, self._weights_error, self.tr("a rate such as 0.001"))
        if value is not None:
            self._propose(lambda c: c.with_network(regularization_rate=value),
                          self._weights_error)

    def _on_regularizer(self, name: str) -> None:
        def build(c):
            rate = c.network.regularization_rate
            # A penalty at rate 0 does nothing; start from the smallest non-zero preset.
            if name != "none" and rate == 0:
                rate = min(r for r in REGULARIZATION_RATES if r > 0)
            return c.with_network(regularizer=name, regularization_rate=rate)
        self._propose(build, self._weights_error)

    def _param(self, name: str, value) -> None:
        self._propose(lambda c: c.with_training(**{name: value}), self._optimizer_error)

    def _on_batch(self, value: int) -> None:
        if not self._full_batch.isChecked():
            self._propose(lambda c: c.with_training(batch_size=value), self._batch_error)

    def _on_full_batch(self, full: bool) -> None:
        self._batch.setEnabled(not full)
        if self._updating or self._config is None:
            return
        n_train = n_train_of(self._config.data)
        # Leaving full batch goes back to Playground's default of 10 points per batch.
        size = n_train if full else min(10, n_train)
        self._propose(lambda c: c.with_training(batch_size=max(1, size)), self._batch_error)
