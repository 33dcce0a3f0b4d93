"""Central-difference gradient checks (float64) for every activation, loss, layer and regularizer."""
import numpy as np
import pytest

from engine_helpers import assert_gradients_match, numeric_gradients, relative_error, set_random_weights

ACTIVATIONS = ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "swish",
               "gelu", "softmax"]
OUTPUT_LOSSES = ["mse", "binary_crossentropy", "categorical_crossentropy"]


def _data(loss, n=7, n_in=3, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 1.0, size=(n, n_in))
    if loss == "mse":
        y = rng.normal(0, 1.0, size=(n, 2))
    elif loss == "binary_crossentropy":
        y = rng.integers(0, 2, size=(n, 2)).astype(np.float64)
    else:
        y = np.eye(3)[rng.integers(0, 3, size=n)]
    return x, y


def _model(activation, loss, hidden=5, n_in=3):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    if loss == "mse":
        out = Dense(2, activation=activation)          # the activation under test at the output too
    elif loss == "binary_crossentropy":
        out = Dense(2, activation="sigmoid")
    else:
        out = Dense(3, activation="softmax")
    model = Sequential([Dense(hidden, activation=activation, input_shape=(n_in,)), out])
    model.compile(optimizer="sgd", loss=loss)
    return model


def _assert_no_kinks(model, x, margin=1e-4):
    """Central differences are only meaningful away from relu/leaky/step kinks at z = 0."""
    for rec in model.trace(x):
        assert np.min(np.abs(rec.z)) > margin, f"test data sits on a kink in layer {rec.name}"


@pytest.mark.parametrize("loss", OUTPUT_LOSSES)
@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_activation_loss_gradients(float64, activation, loss):
    x, y = _data(loss, seed=ACTIVATIONS.index(activation))
    model = _model(activation, loss)
    set_random_weights(model, seed=10 + OUTPUT_LOSSES.index(loss))
    _assert_no_kinks(model, x)
    analytic, _ = assert_gradients_match(model, x, y)
    # every weight gets some gradient: a backprop that drops a layer cannot pass with zeros
    for g in analytic:
        assert np.linalg.norm(g) > 1e-6


@pytest.mark.parametrize("loss", ["sum_squared_error", "mae", "sparse_categorical_crossentropy",
                                  "mean_squared_error"])
def test_other_losses_gradients(float64, loss):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    rng = np.random.default_rng(3)
    x = rng.normal(size=(6, 3))
    if loss == "sparse_categorical_crossentropy":
        y = np.array([0, 2, 1, 1, 0, 2])
        out = Dense(3, activation="softmax")
    else:
        y = rng.normal(size=(6, 2))
        out = Dense(2, activation="tanh")
    model = Sequential([Dense(4, activation="tanh", input_shape=(3,)), out])
    model.compile(optimizer="sgd", loss=loss)
    set_random_weights(model, seed=4)
    assert_gradients_match(model, x, y)


@pytest.mark.parametrize("loss", OUTPUT_LOSSES)
def test_step_activation_has_exactly_zero_gradient(float64, loss):
    x, y = _data(loss, seed=5)
    model = _model("step", loss) if loss != "mse" else None
    if model is None:   # step at the output would zero everything; keep a trainable linear output
        from nnviz.engine import Sequential
        from nnviz.engine.layers import Dense

        model = Sequential([Dense(5, activation="step", input_shape=(3,)), Dense(2)])
        model.compile(optimizer="sgd", loss="mse")
    set_random_weights(model, seed=6)
    _assert_no_kinks(model, x)
    grads = model.compute_gradients(x, y, training=True)
    assert np.all(grads[0] == 0.0) and np.all(grads[1] == 0.0)   # through the step: exactly zero
    assert np.linalg.norm(grads[2]) > 1e-6                       # the layer after it still learns
    numeric = numeric_gradients(model, x, y)
    assert relative_error(grads[2], numeric[2]) <= 1e-6
    assert relative_error(grads[3], numeric[3]) <= 1e-6


def test_deep_network_gradients(float64):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(4, activation="tanh", input_shape=(2,)),
                        Dense(4, activation="elu"), Dense(3, activation="swish"),
                        Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy")
    set_random_weights(model, seed=7, scale=0.9)
    rng = np.random.default_rng(8)
    x = rng.normal(size=(9, 2))
    y = rng.integers(0, 2, size=(9, 1)).astype(float)
    assert_gradients_match(model, x, y)


def test_dropout_gradients_with_frozen_mask(float64):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense, Dropout

    model = Sequential([Dense(8, activation="tanh", input_shape=(3,)), Dropout(0.4),
                        Dense(2, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    set_random_weights(model, seed=9)
    rng = np.random.default_rng(11)
    x = rng.normal(size=(10, 3))
    y = rng.integers(0, 2, size=(10, 2)).astype(float)
    with model.frozen_randomness():
        a = model.loss_value(x, y, training=True)
        assert model.loss_value(x, y, training=True) == a    # the mask really is held
        assert a != pytest.approx(model.loss_value(x, y, training=False), rel=1e-9)  # and applied
        analytic, _ = assert_gradients_match(model, x, y)
    # some hidden units were dropped for some samples: their incoming kernel gradient differs
    # from the no-dropout gradient
    plain = model.compute_gradients(x, y, training=False)
    assert not np.allclose(analytic[0], plain[0])


def test_batchnorm_gradients_training_mode(float64):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import BatchNormalization, Dense

    model = Sequential([Dense(4, use_bias=False, input_shape=(3,)), BatchNormalization(),
                        Dense(3, activation="tanh"), Dense(2)])
    model.compile(optimizer="sgd", loss="mse")
    rng = np.random.default_rng(12)
    w = model.get_weights()
    assert len(w) == 1 + 4 + 2 + 2
    new = [rng.normal(size=w[0].shape),
           rng.uniform(0.5, 1.5, size=4), rng.normal(0, 0.3, size=4),   # gamma, beta
           w[3].copy(), w[4].copy(),                                     # moving stats untouched
           rng.normal(0, 0.7, size=w[5].shape), rng.normal(0, 0.3, size=w[6].shape),
           rng.normal(0, 0.7, size=w[7].shape), rng.normal(0, 0.3, size=w[8].shape)]
    model.set_weights(new)
    assert len(model.trainable_weights) == 1 + 2 + 2 + 2
    x = rng.normal(size=(8, 3))
    y = rng.normal(size=(8, 2))
    moving_before = [model.get_weights()[3].copy(), model.get_weights()[4].copy()]
    analytic, _ = assert_gradients_match(model, x, y)
    assert np.linalg.norm(analytic[0]) > 1e-6          # through the batch statistics
    assert np.linalg.norm(analytic[1]) > 1e-6          # gamma
    assert np.linalg.norm(analytic[2]) > 1e-6          # beta
    np.testing.assert_array_equal(model.get_weights()[3], moving_before[0])
    np.testing.assert_array_equal(model.get_weights()[4], moving_before[1])


@pytest.mark.parametrize("kind", ["L1", "L2", "L1L2"])
def test_regularizer_gradients(float64, kind):
    from nnviz.engine import Sequential, regularizers
    from nnviz.engine.layers import Dense

    reg = {"L1": lambda: regularizers.L1(0.05), "L2": lambda: regularizers.L2(0.07),
           "L1L2": lambda: regularizers.L1L2(l1=0.03, l2=0.04)}[kind]
    model = Sequential([Dense(4, activation="tanh", input_shape=(3,), kernel_regularizer=reg(),
                              bias_regularizer=reg()),
                        Dense(1, kernel_regularizer=reg())])
    model.compile(optimizer="sgd", loss="mse")
    set_random_weights(model, seed=13)
    rng = np.random.default_rng(14)
    x = rng.normal(size=(5, 3))
    y = rng.normal(size=(5, 1))
    analytic, _ = assert_gradients_match(model, x, y)

    # the regularization term really is part of the gradient (Keras scaling, no 1/2, no 1/n)
    plain = Sequential([Dense(4, activation="tanh", input_shape=(3,)), Dense(1)])
    plain.compile(optimizer="sgd", loss="mse")
    plain.set_weights(model.get_weights())
    base = plain.compute_gradients(x, y)
    l1, l2 = {"L1": (0.05, 0.0), "L2": (0.0, 0.07), "L1L2": (0.03, 0.04)}[kind]
    ws = model.get_weights()
    for i in (0, 1, 2):
        expected = base[i] + l1 * np.sign(ws[i]) + 2 * l2 * ws[i]
        np.testing.assert_allclose(analytic[i], expected, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(analytic[3], base[3], rtol=1e-10, atol=1e-12)   # no bias reg


def test_l2_penalty_value_uses_keras_scaling(float64):
    from nnviz.engine import Sequential, regularizers
    from nnviz.engine.layers import Dense

    kernel = np.array([[1.0, -2.0], [0.5, 3.0]])
    bias = np.array([0.1, -0.2])
    reg = Sequential([Dense(2, input_shape=(2,), kernel_regularizer=regularizers.L2(0.01))])
    plain = Sequential([Dense(2, input_shape=(2,))])
    for m in (reg, plain):
        m.compile(optimizer="sgd", loss="mse")
        m.set_weights([kernel, bias])
    x = np.array([[1.0, 2.0], [0.0, -1.0]])
    y = np.zeros((2, 2))
    # sum of squares of the kernel = 1 + 4 + 0.25 + 9 = 14.25 -> penalty 0.01 * 14.25 = 0.1425
    diff = reg.loss_value(x, y) - plain.loss_value(x, y)
    assert diff == pytest.approx(0.1425, rel=1e-12)
    # L1(0.1): 0.1 * (1 + 2 + 0.5 + 3) = 0.65
    reg1 = Sequential([Dense(2, input_shape=(2,), kernel_regularizer=regularizers.L1(0.1))])
    reg1.compile(optimizer="sgd", loss="mse")
    reg1.set_weights([kernel, bias])
    assert reg1.loss_value(x, y) - plain.loss_value(x, y) == pytest.approx(0.65, rel=1e-12)


def test_gradcheck_passes_on_correct_model(float64):
    from nnviz.engine import Sequential, gradcheck
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(4, activation="tanh", input_shape=(2,)),
                        Dense(1, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    set_random_weights(model, seed=15)
    rng = np.random.default_rng(16)
    x = rng.normal(size=(6, 2))
    y = rng.integers(0, 2, size=(6, 1)).astype(float)
    errs = gradcheck.gradcheck(model, x, y, eps=1e-5)
    assert len(errs) == len(model.trainable_weights) == 4
    assert max(errs) <= 1e-6


def test_gradcheck_reports_a_corrupted_derivative(float64, monkeypatch):
    from nnviz.engine import Sequential, activations, gradcheck
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(4, activation="tanh", input_shape=(2,)), Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    set_random_weights(model, seed=17)
    rng = np.random.default_rng(18)
    x = rng.normal(size=(6, 2))
    y = rng.normal(size=(6, 1))
    good = model.compute_gradients(x, y)

    # tanh's backward pass is wrong by 10 %: dL/dz = 1.1 * da * (1 - a^2)
    cls = type(activations.get("tanh"))
    original = cls.backward

    def wrong(self, z, a, da, out=None):
        result = original(self, z, a, da, out)
        result *= 1.1
        return result

    monkeypatch.setattr(cls, "backward", wrong)
    bad = model.compute_gradients(x, y)
    assert not np.allclose(bad[0], good[0]), "the corruption did not reach the model"
    errs = gradcheck.gradcheck(model, x, y, eps=1e-5)
    assert max(errs[0], errs[1]) > 1e-3          # hidden kernel and bias flagged
    assert max(errs[2], errs[3]) <= 1e-6         # the output layer is still right
    with pytest.raises(AssertionError):
        assert_gradients_match(model, x, y)
