"""Activation and loss functions: hand-worked values, stability, and the registries."""
import math

import numpy as np
import pytest


def _sig(v):
    return 1 / (1 + math.exp(-v))


def test_activation_values():
    from nnviz.engine import activations as A

    x = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
    np.testing.assert_allclose(A.linear(x), x)
    np.testing.assert_allclose(A.sigmoid(x), [_sig(v) for v in x], rtol=1e-6)
    np.testing.assert_allclose(A.tanh(x), np.tanh(x), rtol=1e-6)
    np.testing.assert_allclose(A.relu(x), [0, 0, 0, 0.5, 3.0])
    np.testing.assert_allclose(A.leaky_relu(x), [-0.4, -0.1, 0, 0.5, 3.0], rtol=1e-6)  # slope 0.2
    np.testing.assert_allclose(A.elu(x), [math.exp(-2) - 1, math.exp(-0.5) - 1, 0, 0.5, 3.0],
                               rtol=1e-6)
    np.testing.assert_allclose(A.softplus(x), np.log1p(np.exp(x)), rtol=1e-6)
    np.testing.assert_allclose(A.swish(x), [v * _sig(v) for v in x], rtol=1e-6)
    np.testing.assert_allclose(A.gelu(x), [0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x],
                               rtol=1e-6, atol=1e-9)
    assert float(A.gelu(np.array([1.0]))[0]) == pytest.approx(0.8413447, rel=1e-6)   # exact erf
    np.testing.assert_array_equal(A.step(np.array([-1.0, 0.0, 1e-9, 0.3, -0.2])), [0, 0, 1, 1, 0])


def test_seed_activation_examples():
    from nnviz.engine import activations as A

    # seed 001: step f(0.3) = 1, f(-0.2) = 0 ; seed 000: sigmoid(-30), sigmoid(-10) ~ 0, sigmoid(10) ~ 1
    assert A.step(np.array([0.3]))[0] == 1 and A.step(np.array([-0.2]))[0] == 0
    s = A.sigmoid(np.array([-30.0, -10.0, 10.0]))
    np.testing.assert_array_equal(np.round(s), [0, 0, 1])


def test_softmax_is_stable_and_normalised():
    from nnviz.engine import activations as A

    out = A.softmax(np.array([[1000.0, 1001.0], [-1000.0, -1000.0], [0.0, math.log(3.0)]]))
    assert np.all(np.isfinite(out))
    np.testing.assert_allclose(out[0], [_sig(-1), _sig(1)], rtol=1e-6)
    np.testing.assert_allclose(out[1], [0.5, 0.5])
    np.testing.assert_allclose(out[2], [0.25, 0.75], rtol=1e-6)
    # adding a constant does not change the result (the seed's "C" argument)
    z = np.array([[0.3, -1.2, 2.0]])
    np.testing.assert_allclose(A.softmax(z), A.softmax(z + 7.5), rtol=1e-6)


def test_sigmoid_does_not_overflow():
    from nnviz.engine import activations as A

    with np.errstate(over="raise", invalid="raise"):
        out = A.sigmoid(np.array([-1000.0, 1000.0]))
    np.testing.assert_allclose(out, [0.0, 1.0], atol=1e-12)


def test_sigmoid_keeps_relative_precision_in_its_tail_float32():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    # Keras's float32 sigmoid gives sigmoid(-10) = 4.539787e-05 and sigmoid(-20) = 2.06e-09:
    # computing it as 0.5 * (1 + tanh(z / 2)) cancels catastrophically for negative z
    model = Sequential([Dense(1, activation="sigmoid", input_shape=(1,))])
    model.set_weights([np.array([[1.0]]), np.array([0.0])])
    z = np.array([[-10.0], [-20.0], [-30.0]])
    got = model.predict(z).ravel().astype(np.float64)
    np.testing.assert_allclose(got, 1 / (1 + np.exp(-z.ravel())), rtol=1e-5)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sigmoid_is_the_two_sided_formula_bit_for_bit(dtype):
    """e = exp(-|z|); e / (1 + e) below 0, 1 / (1 + e) from 0 on: every value, the edges too."""
    from nnviz.engine import activations as A

    rng = np.random.default_rng(0)
    z = np.concatenate([rng.normal(scale=s, size=500) for s in (0.1, 1, 10, 100)] +
                       [[0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 88.7, -88.7,
                         750.0, -750.0, 1e30, -1e30]]).astype(dtype).reshape(-1, 1)
    with np.errstate(all="ignore"):
        e = np.exp(-np.abs(z))
        expected = np.where(z < 0, e, dtype(1)) / (1 + e)
        got = A.get("sigmoid").forward(z.copy(), out=np.empty_like(z))
    assert got.dtype == dtype
    np.testing.assert_array_equal(got, expected)
    assert got[-13 + 2] == 1.0 and got[-13 + 3] == 0.0 and np.isnan(got[-13 + 4])


def test_activation_registry_and_get():
    from nnviz.engine import activations

    names = activations.ACTIVATIONS.names()
    expected = ["step", "linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus",
                "swish", "gelu", "softmax"]
    for n in expected:
        assert n in names
        assert activations.get(n) is not None
    with pytest.raises(ValueError, match="relu"):
        activations.get("relux")


def test_loss_functions_per_sample_values():
    from nnviz.engine import losses as L

    yt = np.array([[0.0, 1.0, 0.0], [2.0, 2.0, 2.0]])
    yp = np.array([[1.0, 1.0, 1.0], [0.0, 3.0, 2.0]])
    # squared errors: row 0 (1, 0, 1), row 1 (4, 1, 0) ; absolute: (1, 0, 1), (2, 1, 0)
    np.testing.assert_allclose(L.mse(yt, yp), [2 / 3, 5 / 3], rtol=1e-6)
    np.testing.assert_allclose(L.mean_squared_error(yt, yp), [2 / 3, 5 / 3], rtol=1e-6)
    np.testing.assert_allclose(L.mae(yt, yp), [2 / 3, 1.0], rtol=1e-6)
    # sum of squared errors: 0.5 * sum over outputs (the seed's squared error, halved)
    np.testing.assert_allclose(L.sum_squared_error(yt, yp), [1.0, 2.5], rtol=1e-6)
    np.testing.assert_allclose(L.binary_crossentropy(np.array([[1.0], [0.0]]),
                                                     np.array([[0.8], [0.3]])),
                               [-math.log(0.8), -math.log(0.7)], rtol=1e-6)
    np.testing.assert_allclose(
        L.categorical_crossentropy(np.array([[0, 1, 0]]), np.array([[0.2, 0.7, 0.1]])),
        [-math.log(0.7)], rtol=1e-6)
    np.testing.assert_allclose(
        L.sparse_categorical_crossentropy(np.array([1, 0]),
                                          np.array([[0.2, 0.7, 0.1], [0.5, 0.25, 0.25]])),
        [-math.log(0.7), -math.log(0.5)], rtol=1e-6)


def test_crossentropy_of_certain_wrong_answer_is_finite():
    from nnviz.engine import losses as L

    out = L.binary_crossentropy(np.array([[1.0]]), np.array([[0.0]]))
    assert np.all(np.isfinite(out)) and out[0] > 10
    out = L.categorical_crossentropy(np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]]))
    assert np.all(np.isfinite(out)) and out[0] > 10


def test_loss_registry():
    from nnviz.engine import losses

    names = losses.LOSSES.names()
    for n in ["mse", "mae", "sum_squared_error", "binary_crossentropy",
              "categorical_crossentropy", "sparse_categorical_crossentropy"]:
        assert n in names or n in losses.LOSSES
    assert "mean_squared_error" in losses.LOSSES


def test_optimizer_registry():
    from nnviz.engine import optimizers

    for n in ["sgd", "adagrad", "rmsprop", "adam"]:
        assert n in optimizers.OPTIMIZERS.names()
