"""zero_gradient_warning: step activations are named, with where and why."""
import numpy as np

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.session import Session
from nnviz.lab.training_advice import (HIDDEN_ZERO_GRADIENT, HIDDEN_ZERO_GRADIENT_MANY,
                                       OUTPUT_ZERO_GRADIENT, has_zero_gradient,
                                       zero_gradient_warning)

from lab_helpers import FAST


def test_only_the_step_function_has_zero_gradient():
    from nnviz.engine.activations import ACTIVATIONS
    flat = [e.name for e in ACTIVATIONS if has_zero_gradient(e.name)]
    assert flat == ["step"]


def test_no_warning_for_the_defaults_and_usual_activations():
    assert zero_gradient_warning(ExperimentConfig()) is None
    relu = FAST.with_network(hidden=(LayerConfig(4, "relu"),), output_activation="sigmoid")
    assert zero_gradient_warning(relu) is None


def test_step_output_says_nothing_can_learn():
    text, values = zero_gradient_warning(FAST.with_network(output_activation="step"))
    assert text == OUTPUT_ZERO_GRADIENT and values == {"name": "Step"}
    message = text.format(**values)
    assert "Step function" in message and "zero" in message and "perceptron" in message


def test_step_hidden_layers_are_numbered():
    one = FAST.with_layer(1, activation="step")
    assert zero_gradient_warning(one) == (HIDDEN_ZERO_GRADIENT, {"name": "Step", "layers": "2"})
    both = one.with_layer(0, activation="step")
    assert zero_gradient_warning(both) == (HIDDEN_ZERO_GRADIENT_MANY,
                                           {"name": "Step", "layers": "1, 2"})
    # the output's case wins: with it nothing learns at all
    assert zero_gradient_warning(both.with_network(output_activation="step"))[0] == \
        OUTPUT_ZERO_GRADIENT


def test_what_the_warning_says_is_true_a_step_output_never_changes_a_weight():
    session = Session(FAST.with_network(output_activation="step"))
    before = session.model.get_weights()
    session.step_epochs(3)
    for a, b in zip(before, session.model.get_weights()):
        np.testing.assert_array_equal(a, b)
