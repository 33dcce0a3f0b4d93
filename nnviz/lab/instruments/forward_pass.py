"""The forward pass of one point, neuron by neuron (seed 000, 순전파): z = Σ w·x + b, a = f(z).

Every number comes from the engine's ``model.trace`` on the live network's replica
(:class:`~nnviz.lab.instruments.live_network.LiveNetwork`); the sum is only written out.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.lab.instruments.number_format import format_number

MULTIPLY = "\u00b7"


def operand(value) -> str:
    """A number inside a sum: negative ones in brackets, ``(−30)``."""
    text = format_number(value)
    return f"({text})" if float(value) < 0 else text


def weighted_sum_text(weights, inputs, bias, z) -> str:
    """``"z = 20·1 + 20·0 + (−30) = −10"``: the sum with the actual numbers."""
    terms = [f"{operand(w)}{MULTIPLY}{operand(x)}" for w, x in zip(weights, inputs)]
    terms.append(operand(bias))
    return "z = " + " + ".join(terms) + " = " + format_number(z)


@dataclass(frozen=True)
class NeuronStep:
    """One neuron's share of the forward pass."""

    layer: int            # 1 = first Dense layer ... L = output (0 is the input column)
    unit: int
    inputs: tuple         # what it receives: the previous layer's outputs (or the features)
    weights: tuple
    bias: float
    z: float
    activation: str
    a: float
    sent: float           # what the next layer receives (after batch norm / dropout)

    @property
    def sum_text(self) -> str:
        return weighted_sum_text(self.weights, self.inputs, self.bias, self.z)


@dataclass(frozen=True)
class ForwardPass:
    """The whole pass for ``point``: ``inputs`` (feature values) and ``layers[l - 1]`` = the
    NeuronSteps of Dense layer ``l``."""

    point: tuple
    feature_names: tuple
    inputs: tuple
    layers: tuple

    def steps(self):
        """Every neuron in computation order (layer by layer, top to bottom)."""
        return [step for layer in self.layers for step in layer]

    @property
    def output(self) -> tuple:
        return tuple(step.a for step in self.layers[-1])


def forward_pass(network, x1: float, x2: float) -> ForwardPass:
    """Trace the point (x₁, x₂) through ``network`` (a ready LiveNetwork)."""
    x = network.inputs([[x1, x2]])
    trace = network.model.trace(x)
    positions = network.dense_positions()
    layers = network.dense_layers()
    result = []
    received = x[0]
    for d, (pos, layer) in enumerate(zip(positions, layers)):
        z, a = trace[pos].z[0], trace[pos].a[0]
        # What the next Dense receives: the output of the last layer before it (BN, dropout).
        end = positions[d + 1] - 1 if d + 1 < len(positions) else len(trace) - 1
        sent = trace[end].a[0]
        kernel, bias = np.asarray(layer.kernel), np.asarray(layer.bias)
        result.append(tuple(
            NeuronStep(d + 1, u, tuple(float(v) for v in received),
                       tuple(float(w) for w in kernel[:, u]), float(bias[u]), float(z[u]),
                       layer.activation.name, float(a[u]), float(sent[u]))
            for u in range(kernel.shape[1])))
        received = sent
    return ForwardPass((float(x1), float(x2)), network.feature_names(),
                       tuple(float(v) for v in x[0]), tuple(result))
