"""What the lecture notes claim about training, reproduced on the engine.

Seed 000: too large a learning rate overshoots the minimum; seed 000/002/003: sigmoid hidden
layers make gradients vanish, ReLU does not; seed 003: all-zero initialization cannot learn.
"""
import numpy as np
import pytest

from engine_helpers import xor_data


def _quadratic(lr, steps):
    """L(w) = w^2 via Dense(1, no bias) on x = 1, y = 0 with mse: SGD gives w <- w (1 - 2 lr)."""
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense
    from nnviz.engine.optimizers import SGD

    model = Sequential([Dense(1, use_bias=False, input_shape=(1,))])
    model.compile(optimizer=SGD(learning_rate=lr), loss="mse")
    model.set_weights([np.array([[1.0]])])
    losses = [float(model.train_on_batch(np.array([[1.0]]), np.array([[0.0]])))
              for _ in range(steps)]
    return float(model.get_weights()[0][0, 0]), losses


def test_learning_rate_too_large_overshoots_and_diverges(float64):
    w, losses = _quadratic(1.1, 10)
    # factor 1 - 2.2 = -1.2 per step: the sign flips (overshoot) and |w| grows: 1.2 ** 10
    assert w == pytest.approx(1.2 ** 10, rel=1e-9)
    assert all(b > a for a, b in zip(losses, losses[1:]))


def test_learning_rate_just_right_and_too_small(float64):
    w, _ = _quadratic(0.5, 1)          # factor 0: the minimum in one step
    assert w == pytest.approx(0.0, abs=1e-12)
    w, losses = _quadratic(0.001, 10)  # factor 0.998: barely moves
    assert w == pytest.approx(0.998 ** 10, rel=1e-9)
    assert losses[-1] > 0.95


def _gradient_ratio(activation, initializer, seed, depth=9):
    """|dL/dW| of the first layer over that of the last hidden layer."""
    from nnviz.engine import Sequential, set_random_seed
    from nnviz.engine.layers import Dense

    set_random_seed(seed)
    model = Sequential(
        [Dense(16, activation=activation, kernel_initializer=initializer, input_shape=(4,))]
        + [Dense(16, activation=activation, kernel_initializer=initializer)
           for _ in range(depth - 1)]
        + [Dense(1, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(64, 4))
    y = (x[:, :1] > 0).astype(float)
    grads = model.compute_gradients(x, y)
    return np.linalg.norm(grads[0]) / np.linalg.norm(grads[-4])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sigmoid_gradients_vanish_relu_gradients_do_not(seed):
    # sigmoid' <= 0.25, so nine sigmoid layers shrink the gradient by orders of magnitude
    assert _gradient_ratio("sigmoid", "glorot_uniform", seed) < 1e-3
    assert _gradient_ratio("relu", "he_normal", seed) > 0.05


def test_all_zero_initialization_cannot_learn_xor():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense
    from nnviz.engine.optimizers import Adam

    x, y = xor_data()
    model = Sequential([Dense(4, activation="tanh", kernel_initializer="zeros", input_shape=(2,)),
                        Dense(1, activation="sigmoid", kernel_initializer="zeros")])
    model.compile(optimizer=Adam(learning_rate=0.05), loss="binary_crossentropy")
    model.fit(x, y, batch_size=4, epochs=300, verbose=0)
    kernel1, bias1, kernel2, _ = model.get_weights()
    # hidden outputs tanh(0) = 0 give the output kernel no gradient, and a zero output kernel
    # sends no gradient back: both kernels stay exactly zero, the output is a constant
    np.testing.assert_array_equal(kernel1, 0.0)
    np.testing.assert_array_equal(kernel2, 0.0)
    pred = model.predict(x)
    assert np.ptp(pred) == 0.0


def test_identical_initialization_keeps_hidden_units_identical():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense
    from nnviz.engine.optimizers import SGD

    x, y = xor_data()
    model = Sequential([Dense(3, activation="tanh", kernel_initializer="ones", input_shape=(2,)),
                        Dense(1, activation="sigmoid", kernel_initializer="ones")])
    model.compile(optimizer=SGD(learning_rate=0.5), loss="binary_crossentropy")
    model.fit(x, y, batch_size=4, epochs=100, verbose=0)
    kernel1 = model.get_weights()[0]
    assert not np.allclose(kernel1, 1.0)                         # it trained ...
    np.testing.assert_allclose(kernel1, kernel1[:, :1] * np.ones((1, 3)), rtol=1e-6)  # ... as one
    assert np.mean((model.predict(x) > 0.5) == (y > 0.5)) < 1.0


def test_binary_crossentropy_value_matches_the_formula():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    # seed 002: L = -(y log p + (1 - y) log(1 - p)), averaged over the batch
    model = Sequential([Dense(1, activation="sigmoid", input_shape=(1,))])
    model.set_weights([np.array([[1.0]]), np.array([0.0])])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    x = np.array([[2.0], [-1.0], [0.5]])
    y = np.array([[1.0], [1.0], [0.0]])
    p = 1 / (1 + np.exp(-x))
    expected = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert float(model.evaluate(x, y, verbose=0)) == pytest.approx(expected, rel=1e-5)
