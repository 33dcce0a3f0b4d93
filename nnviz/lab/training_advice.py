"""Advice about a config before it trains: set-ups that gradient descent cannot learn with.

The texts are plain English; the app translates them in the ``ADVICE_CONTEXT`` context.
"""
from __future__ import annotations

import numpy as np

from .config import ExperimentConfig

#: Translation context of the texts below (the app's ``QCoreApplication.translate`` context).
ADVICE_CONTEXT = "nnviz.advice"

OUTPUT_ZERO_GRADIENT = (
    "The output uses the {name} function, whose gradient is zero everywhere: gradient descent "
    "gets no signal, so no weight can learn and the loss stays flat. The perceptron learning "
    "rule can train a step neuron; for gradient descent, set the output back to Auto.")
HIDDEN_ZERO_GRADIENT = (
    "Hidden layer {layers} uses the {name} function, whose gradient is zero everywhere: "
    "gradient descent cannot learn the weights into it or before it, only those after it. "
    "The perceptron learning rule can train step neurons; for gradient descent, pick tanh "
    "or ReLU.")
HIDDEN_ZERO_GRADIENT_MANY = (
    "Hidden layers {layers} use the {name} function, whose gradient is zero everywhere: "
    "gradient descent cannot learn the weights into them or before them, only those after "
    "them. The perceptron learning rule can train step neurons; for gradient descent, pick "
    "tanh or ReLU.")

# Where an activation's slope is probed: wide enough for any sensible weighted sum.
_PROBE = np.linspace(-6.0, 6.0, 121)


def has_zero_gradient(activation: str) -> bool:
    """Whether the engine's ``activation`` has zero slope everywhere (the step function)."""
    from nnviz.engine.activations import ACTIVATIONS
    act = ACTIVATIONS.get(activation)
    z = _PROBE.reshape(-1, 1)
    if activation == "softmax":  # not element-wise; its slope is never zero everywhere
        return False
    slope = act.backward(z, act.forward(z), np.ones_like(z))
    return bool(np.all(slope == 0))


def zero_gradient_warning(config: ExperimentConfig) -> tuple[str, dict] | None:
    """Why gradient descent cannot learn with ``config``'s activations, or None.

    Returns
    -------
    (text, values) or None
        ``text`` is one of the English templates above (translate it, then
        ``.format(**values)``); ``values`` holds ``name`` (the activation's display name) and,
        for hidden layers, ``layers`` (their 1-based numbers, e.g. ``"1"`` or ``"1, 3"``).
        The output's case comes first: with it nothing learns at all.
    """
    from nnviz.engine.activations import ACTIVATIONS
    output = config.output_activation
    if has_zero_gradient(output):
        return OUTPUT_ZERO_GRADIENT, {"name": ACTIVATIONS.entry(output).display}
    stuck = [(i + 1, h.activation) for i, h in enumerate(config.network.hidden)
             if has_zero_gradient(h.activation)]
    if not stuck:
        return None
    text = HIDDEN_ZERO_GRADIENT if len(stuck) == 1 else HIDDEN_ZERO_GRADIENT_MANY
    return text, {"name": ACTIVATIONS.entry(stuck[0][1]).display,
                  "layers": ", ".join(str(i) for i, _ in stuck)}
