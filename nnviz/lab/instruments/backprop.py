"""Backpropagation on the live network (seed 002): dE/da, dE/dz per neuron, dE/dw per link.

The numbers come from the engine (``model.backward_trace``, ``model.compute_gradients``,
``nnviz.engine.gradcheck``) on the replica of the trained network, in inference mode (dropout
off, batch norm with its moving statistics), so one point's numbers do not depend on a batch.
The chain rule is only *written out* here: dE/dw = dE/da · da/dz · dz/dw.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.engine import backend
from nnviz.engine.gradcheck import gradcheck
from nnviz.lab.instruments.forward_pass import MULTIPLY, operand
from nnviz.lab.instruments.number_format import format_number
from nnviz.lab.model_builder import build_model, make_optimizer, output_units

#: Terms of a batch's sum written out before "…".
SHOWN_TERMS = 3


@dataclass(frozen=True)
class NeuronGradient:
    """dE/da, da/dz (None for softmax, which mixes its units) and dE/dz of one neuron.

    For a batch each is the sum over the points (the loss being their mean, each point's share
    already carries the 1/n), so dE/dz is the bias's gradient.
    """

    layer: int     # 1..L, as the graph's columns
    unit: int
    z: float       # the first point's, for reading
    a: float
    dE_da: float
    da_dz: float | None
    dE_dz: float


@dataclass(frozen=True)
class LinkGradient:
    """One weight (``row == -1``: the bias of unit ``col``) and what backprop says about it."""

    layer: int
    row: int
    col: int
    weight: float
    dz_dw: np.ndarray      # per point: the input on this link (1 for a bias)
    dE_dz: np.ndarray      # per point: the target neuron's dE/dz
    dE_da: np.ndarray
    da_dz: np.ndarray | None
    dE_dw: float           # the engine's gradient (with any regularization term)
    step: float            # what the optimizer's next step adds to the weight

    @property
    def data_part(self) -> float:
        """Σ over the points of dE/dz · dz/dw: the loss's share of dE/dw."""
        return float(np.sum(self.dE_dz * self.dz_dw))

    @property
    def penalty_part(self) -> float:
        """The regularizer's share of dE/dw (0 without one)."""
        return self.dE_dw - self.data_part


@dataclass(frozen=True)
class Backprop:
    """Everything the backprop instrument shows for ``n_points`` points."""

    n_points: int
    loss: float
    neurons: tuple         # per layer, a tuple of NeuronGradient
    links: tuple           # LinkGradient, layer by layer, kernel row by row, then the biases
    optimizer: str
    learning_rate: float
    #: The steps start from the training run's optimizer state (momentum, moments, step count)
    #: and are exactly what training does next; False: from a fresh optimizer (no state known).
    exact_step: bool = True

    def link(self, layer: int, row: int, col: int) -> LinkGradient:
        for link in self.links:
            if (link.layer, link.row, link.col) == (layer, row, col):
                return link
        raise KeyError((layer, row, col))

    def kernel_gradients(self) -> list:
        """dE/dw per Dense layer as a (rows, cols) array, for drawing on the links."""
        out = []
        for layer in self.neurons:
            d = layer[0].layer
            rows = max(link.row for link in self.links if link.layer == d) + 1
            grid = np.zeros((rows, len(layer)))
            for link in self.links:
                if link.layer == d and link.row >= 0:
                    grid[link.row, link.col] = link.dE_dw
            out.append(grid)
        return out


def backprop(network, points, labels) -> Backprop:
    """Backprop through the ready LiveNetwork ``network`` for plane points and their labels."""
    if len(points) == 0:  # e.g. one's own data cleared: a mean over no points is undefined
        raise ValueError("there are no training points to send back an error from")
    model = network.model
    x = network.inputs(points)
    y = network.targets(labels)
    with np.errstate(all="ignore"):
        forward = model.trace(x)
        backward = model.backward_trace(x, y, training=False)
        grads = model.compute_gradients(x, y, training=False)
        loss = model.loss_value(x, y, training=False)
    step = _optimizer_step(network, grads)
    # Gradients are aligned with trainable_weights; each Dense layer's kernel, bias come first.
    index, offsets = 0, {}
    for i, layer in enumerate(model.layers):
        offsets[i] = index
        index += len(layer.trainable_weights)
    neurons, links = [], []
    received = x
    positions = network.dense_positions()
    for d, pos in enumerate(positions):
        layer = model.layers[pos]
        f, b = forward[pos], backward[pos]
        with np.errstate(all="ignore"):
            da_dz = None if layer.activation.name == "softmax" else \
                np.asarray(layer.activation.backward(f.z, f.a, np.ones_like(f.z)),
                           dtype=np.float64)  # da/dz: dE/dz for dE/da = 1
        neurons.append(tuple(NeuronGradient(
            d + 1, u, float(f.z[0, u]), float(f.a[0, u]), float(np.sum(b.da[:, u])),
            None if da_dz is None else float(da_dz[0, u]), float(np.sum(b.dz[:, u])))
            for u in range(layer.units)))
        kernel_grad, bias_grad = grads[offsets[pos]], grads[offsets[pos] + 1]
        kernel_step, bias_step = step[offsets[pos]], step[offsets[pos] + 1]
        kernel, bias = np.asarray(layer.kernel), np.asarray(layer.bias)
        for row in list(range(kernel.shape[0])) + [-1]:
            for col in range(kernel.shape[1]):
                source = np.ones(len(x)) if row < 0 else received[:, row]
                links.append(LinkGradient(
                    d + 1, row, col, float(bias[col] if row < 0 else kernel[row, col]),
                    np.asarray(source, dtype=np.float64), b.dz[:, col].astype(np.float64),
                    b.da[:, col].astype(np.float64),
                    None if da_dz is None else da_dz[:, col],
                    float(bias_grad[col] if row < 0 else kernel_grad[row, col]),
                    float(bias_step[col] if row < 0 else kernel_step[row, col])))
        end = positions[d + 1] - 1 if d + 1 < len(positions) else len(forward) - 1
        received = forward[end].a
    optimizer = model.optimizer
    return Backprop(len(x), float(loss), tuple(neurons), tuple(links),
                    type(optimizer).__name__, _learning_rate(network),
                    getattr(network.snapshot, "optimizer_state", None) is not None)


def _learning_rate(network) -> float:
    rate = getattr(network.snapshot, "learning_rate", None)
    if rate is None or not np.isfinite(rate):
        rate = network.model.optimizer.current_learning_rate()
    return float(rate)


def _optimizer_step(network, grads) -> list:
    """What the optimizer's next step adds to each weight for ``grads`` (aligned with
    ``trainable_weights``).

    A copy of the config's optimizer, given the training run's step count and running averages
    from the snapshot (``Snapshot.optimizer_state``; without it they start at zero), takes one
    step on float64 copies of the weights at the current learning rate: the step training
    would take with these gradients. The engine's optimizer updates each layer's weights packed
    into one array and keeps its state per packed array, so the step is taken in that layout.
    """
    config = network.config
    optimizer = make_optimizer(config.training, network.n_train() or 1)
    optimizer.learning_rate = _learning_rate(network)  # the schedule's rate now, as a constant
    state = getattr(network.snapshot, "optimizer_state", None)
    if state is not None:
        iterations, slots = state
        optimizer.iterations = int(iterations)
        optimizer._slots = {i: [np.array(a, dtype=np.float64) for a in arrays]
                            for i, arrays in slots.items()}
    # The layers' gradient buffers are scratch: ``grads`` go in through the views aligned with
    # ``trainable_weights`` and come out packed; the step goes back the same way.
    trained = [layer for layer in network.model.layers if layer.trainable]
    views = [view for layer in trained for view in layer.trainable_grads]
    buffers = [g for layer in trained for g in layer.grads]
    for view, g in zip(views, grads):
        np.copyto(view, g)
    params = [np.array(p, dtype=np.float64) for layer in trained for p in layer.params]
    before = [p.copy() for p in params]
    with np.errstate(all="ignore"):
        optimizer.apply(params, [np.array(g, dtype=np.float64) for g in buffers])
        for buffer, after, start in zip(buffers, params, before):
            np.copyto(buffer, after - start, casting="unsafe")
    return [np.array(view, dtype=np.float64) for view in views]


def chain_terms(link: LinkGradient) -> list:
    """The chain rule for ``link`` as lines of text with the actual numbers.

    One point: ``dE/dw = dE/da · da/dz · dz/dw = (…)·(…)·(…) = …``; a batch:
    ``dE/dw = Σₙ dE/dzₙ · dz/dwₙ = … (n terms)``; then any regularization term.
    """
    name = "dE/db" if link.row < 0 else "dE/dw"
    dz_dw = "dz/db" if link.row < 0 else "dz/dw"
    lines = []
    if len(link.dz_dw) == 1:
        if link.da_dz is not None:
            lines.append(f"{name} = dE/da {MULTIPLY} da/dz {MULTIPLY} {dz_dw} = "
                         f"{operand(link.dE_da[0])} {MULTIPLY} {operand(link.da_dz[0])} "
                         f"{MULTIPLY} {operand(link.dz_dw[0])} = {format_number(link.data_part)}")
        else:
            lines.append(f"{name} = dE/dz {MULTIPLY} {dz_dw} = {operand(link.dE_dz[0])} "
                         f"{MULTIPLY} {operand(link.dz_dw[0])} = "
                         f"{format_number(link.data_part)}")
    else:
        terms = [f"{operand(g)}{MULTIPLY}{operand(v)}"
                 for g, v in zip(link.dE_dz[:SHOWN_TERMS], link.dz_dw[:SHOWN_TERMS])]
        more = " + \u2026" if len(link.dz_dw) > SHOWN_TERMS else ""
        lines.append(f"{name} = \u03a3\u2099 dE/dz\u2099 {MULTIPLY} {dz_dw}\u2099 = "
                     + " + ".join(terms) + more + f" = {format_number(link.data_part)}")
    scale = max(abs(link.dE_dw), abs(link.data_part), 1e-12)
    if abs(link.penalty_part) > 1e-6 * scale:
        lines.append(f"{name} = {format_number(link.data_part)} + "
                     f"{operand(link.penalty_part)} = {format_number(link.dE_dw)}")
    return lines


def update_text(link: LinkGradient, backprop: Backprop) -> str:
    """``w ← w − lr·dE/dw = …`` for SGD without momentum; ``w ← w + step = …`` otherwise."""
    symbol = "b" if link.row < 0 else "w"
    new = link.weight + link.step
    sgd = backprop.optimizer == "SGD" and np.isclose(
        link.step, -backprop.learning_rate * link.dE_dw, rtol=1e-6, atol=1e-12)
    if sgd:
        return (f"{symbol} \u2190 {symbol} \u2212 \u03b7{MULTIPLY}dE/d{symbol} = "
                f"{format_number(link.weight)} \u2212 {format_number(backprop.learning_rate)}"
                f"{MULTIPLY}{operand(link.dE_dw)} = {format_number(link.weight)} + "
                f"{operand(link.step)} = {format_number(new)}")
    return (f"{symbol} \u2190 {symbol} + ({backprop.optimizer}) = {format_number(link.weight)} "
            f"+ {operand(link.step)} = {format_number(new)}")


def gradient_check(network, points, labels, eps: float = 1e-5) -> float:
    """Worst relative error between backprop and central differences for these points.

    Checked in float64 on a copy of the replica, as :mod:`nnviz.engine.gradcheck` asks; the
    float type is put back afterwards.
    """
    if len(points) == 0:
        raise ValueError("there are no training points to check the gradients on")
    snapshot = network.snapshot
    config, data = snapshot.config, snapshot.data
    saved = backend.floatx()
    backend.set_floatx("float64")
    try:
        n_inputs = int(np.asarray(snapshot.dense_weights[0][0]).shape[0])
        model = build_model(config, n_inputs, output_units(config, data.n_classes),
                            n_train=max(network.n_train(), 1))
        model.set_weights([np.asarray(w, dtype=np.float64) for w in snapshot.weights])
        x = np.asarray(network.inputs(points), dtype=np.float64)
        y = network.targets(labels)
        if y.dtype.kind == "f":
            y = y.astype(np.float64)
        with np.errstate(all="ignore"):
            errors = gradcheck(model, x, y, eps=eps, training=False)
    finally:
        backend.set_floatx(saved)
    return float(max(errors)) if errors else 0.0
