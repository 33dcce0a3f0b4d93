"""Dropout, BatchNormalization and initializers: behaviour in training and inference."""
import numpy as np
import pytest


def _dropout_probe(rate, units=2000):
    """x = 1 -> Dense(units, ones, no bias) -> Dropout(rate) -> Dense(1, ones, no bias).

    The output is the sum of the surviving hidden units, each 1 / (1 - rate) when kept.
    """
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense, Dropout

    model = Sequential([Dense(units, use_bias=False, kernel_initializer="ones", input_shape=(1,)),
                        Dropout(rate),
                        Dense(1, use_bias=False, kernel_initializer="ones")])
    model.compile(optimizer="sgd", loss="mse")
    return model


def test_dropout_is_identity_at_inference(float64):
    model = _dropout_probe(0.25)
    x = np.ones((3, 1))
    a, b = model.predict(x), model.predict(x)
    np.testing.assert_array_equal(a, b)
    np.testing.assert_allclose(a, 2000.0, rtol=1e-12)
    assert model.loss_value(x, np.zeros((3, 1)), training=False) == pytest.approx(2000.0 ** 2)


def test_dropout_training_is_inverted_and_drops_about_rate(float64):
    model = _dropout_probe(0.25)
    x = np.ones((1, 1))
    with model.frozen_randomness():
        out = np.sqrt(model.loss_value(x, np.zeros((1, 1)), training=True))   # mse with y=0
        grads = model.compute_gradients(x, np.zeros((1, 1)), training=True)
    kept = out * (1 - 0.25)                    # number of surviving units, must be an integer
    assert kept == pytest.approx(round(kept), abs=1e-6)
    assert 1400 <= kept <= 1600                # 1500 +- 5 sigma (sigma = 19.4)
    assert out != pytest.approx(2000.0)
    # dL/dW1[0, j] = 2 * out * mask_j / (1 - rate): zero for dropped units, one value for kept
    g = np.ravel(grads[0])
    nonzero = g[g != 0]
    assert len(nonzero) == round(kept)
    np.testing.assert_allclose(nonzero, 2 * out / 0.75, rtol=1e-9)


def test_dropout_masks_differ_between_training_steps():
    from nnviz.engine import Sequential, set_random_seed
    from nnviz.engine.layers import Dense, Dropout
    from nnviz.engine.optimizers import SGD

    set_random_seed(1)
    model = Sequential([Dense(200, use_bias=False, kernel_initializer="ones", input_shape=(1,)),
                        Dropout(0.5),
                        Dense(1, use_bias=False, kernel_initializer="ones")])
    model.compile(optimizer=SGD(learning_rate=1e-12), loss="mse")   # weights barely move
    x, y = np.ones((1, 1)), np.zeros((1, 1))
    # train_on_batch returns out**2 with out = 2 * (units kept by this step's mask)
    kept = [np.sqrt(float(model.train_on_batch(x, y))) / 2 for _ in range(6)]
    np.testing.assert_allclose(kept, np.round(kept), atol=1e-3)
    assert len(set(np.round(kept))) > 1
    assert all(60 <= k <= 140 for k in kept)


def test_dropout_rate_zero_changes_nothing(float64):
    model = _dropout_probe(0.0, units=50)
    x = np.ones((2, 1))
    assert model.loss_value(x, np.zeros((2, 1)), training=True) == pytest.approx(2500.0)


def test_batchnorm_weights_order_and_defaults():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import BatchNormalization, Dense

    model = Sequential([Dense(3, input_shape=(2,)), BatchNormalization()])
    ws = model.get_weights()
    assert [w.shape for w in ws] == [(2, 3), (3,), (3,), (3,), (3,), (3,)]
    gamma, beta, mean, var = ws[2:]
    np.testing.assert_array_equal(gamma, 1.0)
    np.testing.assert_array_equal(beta, 0.0)
    np.testing.assert_array_equal(mean, 0.0)
    np.testing.assert_array_equal(var, 1.0)
    assert len(model.trainable_weights) == 4
    cfg = model.layers[1].get_config()
    assert cfg["momentum"] == pytest.approx(0.99) and cfg["epsilon"] == pytest.approx(1e-3)


def _bn_model():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import BatchNormalization, Dense

    model = Sequential([Dense(2, use_bias=False, input_shape=(2,)), BatchNormalization()])
    model.compile(optimizer="sgd", loss="mse")
    return model


def test_batchnorm_inference_uses_moving_statistics(float64):
    model = _bn_model()
    gamma, beta = np.array([2.0, 0.5]), np.array([1.0, -1.0])
    mean, var = np.array([0.5, -2.0]), np.array([4.0, 0.25])
    model.set_weights([np.eye(2), gamma, beta, mean, var])
    x = np.array([[1.0, 0.0], [3.0, -1.0], [-1.0, 2.0]])
    expected = gamma * (x - mean) / np.sqrt(var + 1e-3) + beta
    np.testing.assert_allclose(model.predict(x), expected, rtol=1e-12)
    # one sample at a time gives the same (no batch statistics at inference)
    np.testing.assert_allclose(model.predict(x[:1]), expected[:1], rtol=1e-12)


def test_batchnorm_training_uses_batch_statistics(float64):
    model = _bn_model()
    model.set_weights([np.eye(2), np.ones(2), np.zeros(2), np.array([10.0, 10.0]),
                       np.array([5.0, 5.0])])
    x = np.array([[1.0, 0.0], [3.0, -1.0], [-1.0, 2.0], [0.0, 0.0]])
    # training: out = (x - batch_mean) / sqrt(batch_var + 1e-3), so mse(out, 0) is
    # mean over features of var / (var + 1e-3) (biased batch variance)
    var = x.var(axis=0)
    expected_train = np.mean(var / (var + 1e-3))
    assert model.loss_value(x, np.zeros_like(x), training=True) == pytest.approx(expected_train,
                                                                                rel=1e-10)
    expected_inf = np.mean(((x - 10.0) / np.sqrt(5.0 + 1e-3)) ** 2)
    assert model.loss_value(x, np.zeros_like(x), training=False) == pytest.approx(expected_inf,
                                                                                 rel=1e-10)


def test_batchnorm_moving_statistics_update_keras_momentum(float64):
    model = _bn_model()
    model.set_weights([np.eye(2), np.ones(2), np.zeros(2), np.zeros(2), np.ones(2)])
    x = np.array([[1.0, 0.0], [3.0, -1.0], [-1.0, 2.0], [0.0, 3.0]])
    model.train_on_batch(x, np.zeros_like(x))
    mean, var = model.get_weights()[3:]
    # Keras: moving = momentum * moving + (1 - momentum) * batch_stat, momentum 0.99
    np.testing.assert_allclose(mean, 0.01 * x.mean(axis=0), rtol=1e-10)
    np.testing.assert_allclose(var, 0.99 + 0.01 * x.var(axis=0), rtol=1e-10)
    # predict / evaluate / compute_gradients do not touch them
    model.predict(x)
    model.evaluate(x, np.zeros_like(x), verbose=0)
    model.compute_gradients(x, np.zeros_like(x))
    np.testing.assert_array_equal(model.get_weights()[3], mean)
    np.testing.assert_array_equal(model.get_weights()[4], var)


def test_initializers_by_name():
    from nnviz.engine import Sequential, initializers, set_random_seed
    from nnviz.engine.layers import Dense

    set_random_seed(0)
    names = initializers.INITIALIZERS.names()
    for n in ["zeros", "ones", "constant", "random_normal", "random_uniform", "glorot_uniform",
              "glorot_normal", "he_normal", "he_uniform", "lecun_normal"]:
        assert n in names

    def kernel(init, n_in=100, n_out=200):
        m = Sequential([Dense(n_out, kernel_initializer=init, input_shape=(n_in,))])
        return m.get_weights()[0].astype(np.float64)

    np.testing.assert_array_equal(kernel("zeros"), 0.0)
    np.testing.assert_array_equal(kernel("ones"), 1.0)
    limit = np.sqrt(6 / 300)
    w = kernel("glorot_uniform")
    assert np.abs(w).max() <= limit and np.abs(w).max() > 0.95 * limit
    assert w.std() == pytest.approx(limit / np.sqrt(3), rel=0.05)
    assert abs(w.mean()) < 0.01
    assert kernel("he_uniform").std() == pytest.approx(np.sqrt(6 / 100) / np.sqrt(3), rel=0.05)
    assert kernel("he_normal").std() == pytest.approx(np.sqrt(2 / 100), rel=0.1)
    assert kernel("glorot_normal").std() == pytest.approx(np.sqrt(2 / 300), rel=0.1)
    assert kernel("lecun_normal").std() == pytest.approx(np.sqrt(1 / 100), rel=0.1)
    assert np.abs(kernel("random_uniform")).max() <= 0.05            # Keras default range
    assert kernel("random_normal").std() == pytest.approx(0.05, rel=0.1)
    # fresh draws differ
    assert not np.array_equal(kernel("glorot_uniform"), kernel("glorot_uniform"))


def test_initializer_objects():
    from nnviz.engine import Sequential, initializers
    from nnviz.engine.layers import Dense

    m = Sequential([Dense(3, kernel_initializer=initializers.Constant(0.25),
                          bias_initializer=initializers.Constant(-1.0), input_shape=(2,))])
    np.testing.assert_array_equal(m.get_weights()[0], 0.25)
    np.testing.assert_array_equal(m.get_weights()[1], -1.0)
