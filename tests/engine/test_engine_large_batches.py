"""Large batches hand each Dense layer's output straight to the next one's input buffer: the
results must equal the plain maths, forward and backward."""
import numpy as np

from nnviz.engine import BatchNormalization, Dense, Sequential, backend, set_random_seed
from nnviz.engine.gradcheck import gradcheck


def _model():
    set_random_seed(5)
    m = Sequential([Dense(6, activation="tanh", input_shape=(3,)), Dense(5, activation="relu"),
                    BatchNormalization(), Dense(4, activation="sigmoid"), Dense(2)])
    m.compile(optimizer="sgd", loss="mse")
    return m


def test_predict_on_a_large_batch_equals_the_plain_forward_pass():
    m = _model()
    x = np.random.default_rng(0).normal(size=(300, 3)).astype(np.float32)
    a = x.astype(np.float64)
    for layer in m.layers:
        if isinstance(layer, Dense):
            z = a @ layer.kernel + layer.bias
            a = {"tanh": np.tanh, "relu": lambda v: np.maximum(v, 0),
                 "sigmoid": lambda v: 1 / (1 + np.exp(-v)), "linear": lambda v: v}[
                layer.activation.name](z)
        else:
            a = (a - layer.moving_mean) / np.sqrt(layer.moving_variance + layer.epsilon)
            a = a * layer.gamma + layer.beta
    np.testing.assert_allclose(m.predict(x), a, rtol=1e-5, atol=1e-6)
    # a small batch (copied, not handed over) gives the same rows
    np.testing.assert_allclose(m.predict(x[:10]), m.predict(x)[:10], rtol=1e-6, atol=1e-7)


def test_gradients_on_a_large_batch_match_central_differences():
    backend.set_floatx("float64")
    try:
        m = _model()
        rng = np.random.default_rng(1)
        x, y = rng.normal(size=(100, 3)), rng.normal(size=(100, 2))
        assert max(gradcheck(m, x, y)) < 1e-6
    finally:
        backend.set_floatx("float32")
