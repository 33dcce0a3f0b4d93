"""Model.backward_trace: dLoss/dz and dLoss/da per layer, as backprop computes them."""
import numpy as np
import pytest

from nnviz.engine import backend
from nnviz.engine.gradcheck import numerical_gradients
from nnviz.engine.layers import BatchNormalization, Dense
from nnviz.engine.models import Sequential


@pytest.fixture
def float64():
    saved = backend.floatx()
    backend.set_floatx("float64")
    yield
    backend.set_floatx(saved)


@pytest.mark.parametrize("loss,out", [("binary_crossentropy", "sigmoid"), ("mse", "tanh")])
def test_backward_trace_matches_the_weight_gradients_and_the_chain_rule(float64, loss, out):
    model = Sequential([Dense(3, activation="tanh", input_shape=(2,)),
                        BatchNormalization(), Dense(1, activation=out)])
    model.compile(optimizer="sgd", loss=loss)
    x = np.array([[0.5, -1.0], [1.0, 2.0], [-0.3, 0.1]])
    y = np.array([[1.0], [0.0], [1.0]])
    trace = model.backward_trace(x, y, training=False)
    grads = model.compute_gradients(x, y, training=False)
    forward = model.trace(x)
    assert [t.name for t in trace] == [layer.name for layer in model.layers]
    # dE/dz summed over the batch is the bias gradient; dE/dW = inputᵀ · dE/dz
    np.testing.assert_allclose(trace[0].dz.sum(axis=0), grads[1], rtol=1e-10)
    np.testing.assert_allclose(trace[2].dz.sum(axis=0), grads[5], rtol=1e-10)
    np.testing.assert_allclose(forward[1].a.T @ trace[2].dz, grads[4], rtol=1e-10)
    # tanh: dE/dz = dE/da · (1 − a²), and BN's dE/da is what the last Dense passes back
    np.testing.assert_allclose(trace[0].dz, trace[0].da * (1 - forward[0].a ** 2), rtol=1e-10)
    assert trace[1].dz is None
    # dE/da of the output, checked by nudging the output's bias (dz = da for the bias)
    numeric = numerical_gradients(model, x, y, training=False)
    np.testing.assert_allclose(trace[2].dz.sum(axis=0), numeric[5], rtol=1e-6)
