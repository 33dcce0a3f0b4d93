"""Forward pass, backprop and gradient flow on a replica of a trained network (lab models)."""
import copy
from dataclasses import replace

import numpy as np
import pytest

from nnviz.engine import backend
from nnviz.engine.gradcheck import numerical_gradients
from nnviz.engine.layers import Dense
from nnviz.lab.config import DataConfig, ExperimentConfig, LayerConfig, NetworkConfig
from nnviz.lab.instruments import backprop as bp
from nnviz.lab.instruments.forward_pass import forward_pass, weighted_sum_text
from nnviz.lab.instruments.gradient_flow import GradientFlow, activation_histograms
from nnviz.lab.instruments.live_network import LiveNetwork
from nnviz.lab.model_builder import build_model, make_optimizer, output_units
from nnviz.lab.session import Session

MINUS = "\u2212"


def and_gate_network():
    """The seed-000 AND neuron: w = 20, 20, b = −30, sigmoid, at the 0/1 corners."""
    session = Session(ExperimentConfig(data=DataConfig(dataset="and"),
                                       network=NetworkConfig(hidden=())))
    for row, value in ((0, 20), (1, 20), (-1, -30)):
        session.set_weight(0, row, 0, value)
    net = LiveNetwork()
    assert net.update(session.snapshot(grids=False))
    return net, session


def small_network(**network):
    cfg = ExperimentConfig(data=DataConfig(dataset="xor", n_points=60),
                           network=NetworkConfig(**network))
    session = Session(cfg)
    session.step(20)
    net = LiveNetwork()
    assert net.update(session.snapshot(grids=False))
    return net, session


def test_the_and_gate_reads_the_seeds_table():
    net, _ = and_gate_network()
    expected = {(0, 0): -30, (0, 1): -10, (1, 0): -10, (1, 1): 10}
    for (x1, x2), z in expected.items():
        step, = forward_pass(net, x1, x2).steps()
        assert step.z == z and step.activation == "sigmoid"
        assert step.a == pytest.approx(1 / (1 + np.exp(-z)), rel=1e-5)
    step, = forward_pass(net, 1, 0).steps()
    assert step.sum_text == f"z = 20·1 + 20·0 + ({MINUS}30) = {MINUS}10"


def test_sum_text_brackets_negative_operands():
    assert weighted_sum_text([-0.5, 2], [1.5, -1], 0.25, -2.75) == \
        f"z = ({MINUS}0.5)·1.5 + 2·({MINUS}1) + 0.25 = {MINUS}2.75"


def test_forward_pass_hands_each_layer_the_previous_output():
    net, _ = small_network(hidden=(LayerConfig(3, "relu"), LayerConfig(2, "tanh")))
    fp = forward_pass(net, 0.7, -1.2)
    assert [len(layer) for layer in fp.layers] == [3, 2, 1]
    for before, layer in zip(fp.layers, fp.layers[1:]):
        assert layer[0].inputs == tuple(s.a for s in before)
        for s in layer:
            assert s.z == pytest.approx(np.dot(s.weights, s.inputs) + s.bias, abs=1e-5)
    assert fp.output[0] == pytest.approx(float(net.model.predict(net.inputs([[0.7, -1.2]]))[0, 0]),
                                         rel=1e-6)


def test_a_paused_network_is_not_rebuilt_or_reloaded():
    net, session = small_network()
    model = net.model
    snap = session.snapshot(grids=False)
    assert net.update(snap) and net.model is model      # new weights, same structure
    assert not net.update(snap) and net.model is model  # the same snapshot: nothing to do


@pytest.mark.parametrize("network", [
    dict(hidden=(LayerConfig(3, "tanh"), LayerConfig(2, "sigmoid"))),
    dict(hidden=(LayerConfig(3, "relu", batch_norm=True),), regularizer="l2",
         regularization_rate=0.01),
])
def test_backprop_table_matches_the_engine_for_a_point_and_a_batch(network):
    net, _ = small_network(**network)
    for points, labels in (([[0.5, -0.8]], [1]), net.training_batch()):
        result = bp.backprop(net, points, labels)
        x, y = net.inputs(points), net.targets(labels)
        grads = net.model.compute_gradients(x, y, training=False)
        positions = net.dense_positions()
        offsets, i = {}, 0
        for p, layer in enumerate(net.model.layers):
            offsets[p] = i
            i += len(layer.trainable_weights)
        for d, pos in enumerate(positions):
            kernel_grad, bias_grad = grads[offsets[pos]], grads[offsets[pos] + 1]
            np.testing.assert_allclose(result.kernel_gradients()[d], kernel_grad, rtol=1e-6)
            for g in result.neurons[d]:
                assert g.dE_dz == pytest.approx(float(bias_grad[g.unit]), rel=1e-5, abs=1e-9)
        for link in result.links:  # the loss's share is the written-out chain rule
            assert link.data_part + link.penalty_part == pytest.approx(link.dE_dw)
        assert result.n_points == len(x)


def test_backprop_agrees_with_central_differences():
    net, _ = small_network(hidden=(LayerConfig(3, "tanh"),))
    point, label = [[0.4, 0.9]], [0]
    result = bp.backprop(net, point, label)
    saved = backend.floatx()
    backend.set_floatx("float64")
    try:
        snap = net.snapshot
        model = build_model(snap.config, 2, output_units(snap.config, snap.data.n_classes))
        model.set_weights([np.asarray(w, dtype=np.float64) for w in snap.weights])
        numeric = numerical_gradients(model, np.array(point, dtype=np.float64),
                                      np.array([[0.0]]), training=False)
    finally:
        backend.set_floatx(saved)
    for d in range(2):
        np.testing.assert_allclose(result.kernel_gradients()[d], numeric[2 * d], rtol=2e-3,
                                   atol=1e-6)
    assert bp.gradient_check(net, point, label) < 1e-5


def test_chain_rule_text_for_the_and_gate_point():
    net, _ = and_gate_network()
    result = bp.backprop(net, [[1, 1]], [1])
    link = result.link(1, 0, 0)
    a = 1 / (1 + np.exp(-10.0))
    # binary cross-entropy: dE/da = −1/a, da/dz = a(1 − a), dz/dw = x₁ = 1
    assert link.dE_da[0] == pytest.approx(-1 / a, rel=1e-4)
    assert link.da_dz[0] == pytest.approx(a * (1 - a), rel=1e-3)
    assert link.dE_dw == pytest.approx(a - 1, rel=1e-3)
    line, = bp.chain_terms(link)
    assert line.startswith("dE/dw = dE/da · da/dz · dz/dw = (" + MINUS)
    assert line.endswith(" · 1 = " + bp.format_number(link.data_part))
    # SGD: w ← w − η·dE/dw with the numbers
    assert result.optimizer == "SGD"
    assert link.step == pytest.approx(-result.learning_rate * link.dE_dw, rel=1e-6)
    assert bp.update_text(link, result).startswith("w ← w − η·dE/dw = 20 − 0.03·(" + MINUS)


def test_optimizer_step_is_the_optimizers_own():
    cfg = ExperimentConfig(data=DataConfig(dataset="xor", n_points=60),
                           network=NetworkConfig(hidden=(LayerConfig(2),)))
    cfg = cfg.with_training(optimizer="adam", learning_rate=0.01)
    session = Session(cfg)
    net = LiveNetwork()
    net.update(session.snapshot(grids=False))
    result = bp.backprop(net, [[0.3, 0.3]], [1])
    for link in result.links:  # Adam's first step is ±η wherever the gradient is not tiny
        if abs(link.dE_dw) > 1e-4:
            assert link.step == pytest.approx(-0.01 * np.sign(link.dE_dw), rel=1e-3)
    assert "Adam" in bp.update_text(result.links[0], result)


def packed_steps(optimizer, model, grads) -> list:
    """One step of ``optimizer`` on float64 copies of ``model``'s Dense layers for ``grads``
    (kernel, bias per layer), in the engine's layout (a layer's kernel and bias in one array,
    which its optimizer state follows): the change of each kernel and bias."""
    dense = [layer for layer in model.layers if isinstance(layer, Dense)]
    params = [np.vstack([l.kernel, l.bias[None]]).astype(np.float64) for l in dense]
    packed = [np.vstack([k, b[None]]).astype(np.float64) for k, b in zip(grads[::2], grads[1::2])]
    before = [p.copy() for p in params]
    optimizer.apply(params, packed)
    return [part for a, b in zip(params, before) for part in ((a - b)[:-1], (a - b)[-1])]


def shown_steps(result) -> list:
    """The instrument's step of every weight, as arrays shaped as the kernels and biases."""
    out = []
    for layer in result.neurons:
        d = layer[0].layer
        links = [link for link in result.links if link.layer == d]
        rows = max(link.row for link in links) + 1
        kernel, bias = np.zeros((rows, len(layer))), np.zeros(len(layer))
        for link in links:
            if link.row < 0:
                bias[link.col] = link.step
            else:
                kernel[link.row, link.col] = link.step
        out += [kernel, bias]
    return out


@pytest.mark.parametrize("training", [
    {"optimizer": "sgd", "momentum": 0.9},
    {"optimizer": "rmsprop"},
    {"optimizer": "adam", "schedule": "exponential"},
])
def test_the_shown_step_is_the_one_training_takes_next(training):
    cfg = ExperimentConfig(data=DataConfig(dataset="xor", n_points=60),
                           network=NetworkConfig(hidden=(LayerConfig(4), LayerConfig(3))))
    session = Session(cfg.with_training(learning_rate=0.05, **training))
    session.step(30)  # momentum and running averages built up; the schedule has moved on
    net = LiveNetwork()
    assert net.update(session.snapshot(grids=False))
    points, labels = net.training_batch()
    result = bp.backprop(net, points, labels)
    assert result.exact_step
    grads = net.model.compute_gradients(net.inputs(points), net.targets(labels),
                                        training=False)
    # What the training run's own optimizer (its state, its schedule) does with these gradients
    expected = packed_steps(copy.deepcopy(session.model.optimizer), session.model, grads)
    for shown, step in zip(shown_steps(result), expected):
        np.testing.assert_allclose(shown, step, rtol=1e-5, atol=1e-9)
    # ... which a fresh optimizer (running averages at zero) would not have shown
    fresh = make_optimizer(session.config.training, 60)
    fresh.learning_rate = session.learning_rate
    first = packed_steps(fresh, session.model, grads)
    assert not all(np.allclose(a, b, rtol=1e-3) for a, b in zip(first, expected))


def test_without_the_optimizers_state_the_step_is_a_fresh_optimizers():
    cfg = ExperimentConfig(data=DataConfig(dataset="xor", n_points=60),
                           network=NetworkConfig(hidden=(LayerConfig(2),)))
    session = Session(cfg.with_training(optimizer="adam", learning_rate=0.01))
    session.step(10)
    net = LiveNetwork()
    net.update(replace(session.snapshot(grids=False), optimizer_state=None))
    result = bp.backprop(net, [[0.3, 0.3]], [1])
    assert not result.exact_step
    for link in result.links:  # Adam's first step is ±η wherever the gradient is not tiny
        if abs(link.dE_dw) > 1e-4:
            assert link.step == pytest.approx(-0.01 * np.sign(link.dE_dw), rel=1e-3)


def deep_flow(activation, initializer, batch_norm=False):
    cfg = ExperimentConfig(data=DataConfig(dataset="circle", n_points=200),
                           network=NetworkConfig(hidden=tuple(
                               LayerConfig(8, activation, batch_norm=batch_norm)
                               for _ in range(6)), initializer=initializer))
    session = Session(cfg)
    flow = GradientFlow()
    for _ in range(3):
        session.step(5)
        flow.add(session.snapshot(grids=False))
    return flow, session


def test_a_deep_sigmoid_network_vanishes_relu_he_and_batch_norm_do_not():
    sigmoid, _ = deep_flow("sigmoid", "glorot_uniform")
    relu, _ = deep_flow("relu", "he_normal")
    normed, _ = deep_flow("sigmoid", "glorot_uniform", batch_norm=True)
    assert len(sigmoid.steps) == 3 and sigmoid.n_layers == 7
    assert sigmoid.first_to_last_ratio() < 1e-2          # orders of magnitude
    assert 0.1 < relu.first_to_last_ratio() < 100
    assert 0.1 < normed.first_to_last_ratio() < 100


def test_gradient_flow_restarts_on_reset_and_keeps_one_entry_per_step():
    flow, session = deep_flow("tanh", "glorot_uniform")
    flow.add(session.snapshot(grids=False))          # paused: the same step again
    assert len(flow.steps) == 3
    session.reset()
    flow.add(session.snapshot(grids=False))
    assert flow.steps == [0]


def test_histograms_cover_every_layer_and_see_saturation():
    net, _ = small_network(hidden=(LayerConfig(4, "sigmoid"),))
    hists = activation_histograms(net)
    assert [h.layer for h in hists] == [1, 2]
    assert all(h.counts.sum() == len(net.training_batch()[0]) * u
               for h, u in zip(hists, (4, 1)))
    net.model.layers[0].kernel[...] = 50.0  # huge weights: the sigmoid sits at 0 or 1
    hist = activation_histograms(net)[0]
    assert hist.saturated > 0.9


def test_backprop_and_its_check_refuse_no_points_with_a_reason():
    net, _ = small_network()
    none = (np.zeros((0, 2)), np.zeros(0, dtype=np.int64))
    with pytest.raises(ValueError, match="no training points"):
        bp.backprop(net, *none)
    with pytest.raises(ValueError, match="no training points"):
        bp.gradient_check(net, *none)
