"""Optional: the tutorial programs trained by real Keras 3 (torch backend) and by nnviz from the
same starting weights give the same loss histories and final weights (float32 precision).

Skipped unless Keras is installed: ``pip install -e ".[keras-parity]"``.
"""
import os

import numpy as np
import pytest

os.environ.setdefault("KERAS_BACKEND", "torch")
real = pytest.importorskip("keras", reason="real Keras is not installed (optional parity test)")

import nnviz.engine as ours  # noqa: E402

RNG = np.random.default_rng(0)
X_GATE = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype="float32")
X_IRIS = RNG.normal(size=(48, 4)).astype("float32")
Y_IRIS = (X_IRIS[:, 0] > 0).astype(int) + (X_IRIS[:, 1] > 0.5).astype(int)
X_REG = RNG.uniform(-1, 1, (40, 1)).astype("float32")


def _program(k, name):
    """(model, x, y, fit arguments) of one program, written once against the Keras API ``k``."""
    if name == "and_neuron":
        model = k.Sequential([k.Input(shape=(2,)), k.layers.Dense(1, activation="sigmoid")])
        model.compile(optimizer=k.optimizers.SGD(learning_rate=0.5), loss="binary_crossentropy",
                      metrics=["accuracy"])
        return model, X_GATE, np.array([[0], [0], [0], [1]], "float32"), {"batch_size": 4}
    if name == "xor_mlp":
        model = k.Sequential([k.Input(shape=(2,)), k.layers.Dense(8, activation="tanh"),
                              k.layers.Dense(1, activation="sigmoid")])
        model.compile(optimizer=k.optimizers.Adam(learning_rate=0.05),
                      loss=k.losses.BinaryCrossentropy(), metrics=["accuracy"])
        return model, X_GATE, np.array([[0], [1], [1], [0]], "float32"), {"batch_size": 2}
    if name == "softmax_3_class":
        model = k.Sequential([k.Input(shape=(4,)), k.layers.Dense(8, activation="relu"),
                              k.layers.Dense(3, activation="softmax")])
        model.compile(optimizer=k.optimizers.RMSprop(learning_rate=0.01),
                      loss="categorical_crossentropy", metrics=["accuracy"])
        y = k.utils.to_categorical(Y_IRIS, 3).astype("float32")
        return model, X_IRIS, y, {"batch_size": 16}
    if name == "regression_mae":
        model = k.Sequential([k.Input(shape=(1,)), k.layers.Dense(4, activation="tanh"),
                              k.layers.Dense(1)])
        model.compile(optimizer=k.optimizers.SGD(learning_rate=0.1, momentum=0.9), loss="mse",
                      metrics=["mae"])
        return model, X_REG, (2 * X_REG + 1).astype("float32"), {"batch_size": 10}
    raise AssertionError(name)  # pragma: no cover


@pytest.mark.parametrize("name", ["and_neuron", "xor_mlp", "softmax_3_class", "regression_mae"])
def test_same_losses_and_weights_as_real_keras(name):
    real.utils.set_random_seed(0)
    theirs, x, y, fit_args = _program(real, name)
    mine, *_ = _program(ours, name)
    mine.set_weights(theirs.get_weights())
    a = theirs.fit(x, y, epochs=20, shuffle=False, verbose=0, **fit_args).history
    b = mine.fit(x, y, epochs=20, shuffle=False, verbose=0, **fit_args).history
    assert set(a) == set(b)
    for key in a:
        np.testing.assert_allclose(b[key], a[key], rtol=2e-4, atol=1e-5, err_msg=key)
    for w_real, w_ours in zip(theirs.get_weights(), mine.get_weights()):
        np.testing.assert_allclose(w_ours, np.asarray(w_real), rtol=2e-4, atol=2e-5)
    np.testing.assert_allclose(mine.predict(x), np.asarray(theirs.predict(x, verbose=0)),
                               rtol=2e-4, atol=2e-5)
