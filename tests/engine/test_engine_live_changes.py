"""What the app changes on a live model: regularizers and activations, inspection with dropout."""
import numpy as np

from nnviz.engine import Dense, Dropout, Sequential, regularizers, set_random_seed


def _model(seed=3, dropout_seed=None):
    set_random_seed(seed)
    m = Sequential([Dense(6, activation="tanh", input_shape=(2,)), Dropout(0.5, seed=dropout_seed),
                    Dense(1, activation="sigmoid")])
    m.compile(optimizer="sgd", loss="binary_crossentropy")
    return m


def _data():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(16, 2)).astype(np.float32)
    return x, (x[:, :1] * x[:, 1:] > 0).astype(np.float32)


def test_regularizer_set_on_a_live_model_enters_the_training_loss():
    x, y = _data()
    m = _model()
    plain = m.train_on_batch(x, y)
    m.layers[0].kernel_regularizer = regularizers.L2(10.0)
    penalty = 10.0 * float(np.sum(m.layers[0].kernel.astype(np.float64) ** 2))
    with_penalty = m.fast_train_on_batch(x, y)
    assert penalty > 0.1
    assert with_penalty > plain + 0.5 * penalty


def test_changing_the_output_activation_live_switches_the_loss_path():
    x, y = _data()
    m = _model()
    m.layers[-1].activation = "linear"  # BCE on a linear output is no longer the fused path
    assert m.loss_value(x, y) != _model().loss_value(x, y)
    assert not m._current_plan()["fused"]


def test_inspecting_gradients_never_shifts_a_seeded_dropout_stream():
    x, y = _data()
    watched, untouched = _model(dropout_seed=11), _model(dropout_seed=11)
    for _ in range(3):
        watched.compute_gradients(x, y)
        watched.loss_value(x, y)
        watched.fast_train_on_batch(x, y)
        untouched.fast_train_on_batch(x, y)
    for a, b in zip(watched.get_weights(), untouched.get_weights()):
        np.testing.assert_array_equal(a, b)
