"""The Keras surface beyond Sequential/Dense: `import nnviz.engine as keras` and the idioms of
Keras 2 and 3 tutorials (layer weights, Input, Activation, Flatten, functional Model, lr=/decay=,
loss and metric classes, utils, backend, summary, callbacks)."""
import csv
import math
import warnings

import numpy as np
import pytest

import nnviz.engine as keras

X_AND = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
Y_AND = np.array([[0], [0], [0], [1]], dtype=float)


def test_module_attributes_as_keras():
    for name in ("Sequential", "Model", "Input", "layers", "models", "optimizers", "losses",
                 "metrics", "callbacks", "utils", "backend"):
        assert hasattr(keras, name), name
    assert keras.layers.Dense is keras.Dense
    assert keras.models.Sequential is keras.Sequential
    assert callable(keras.models.load_model)
    assert keras.utils.set_random_seed is keras.set_random_seed


# -- layers ---------------------------------------------------------------------------------------
def test_layer_get_and_set_weights_in_keras_order_with_clear_errors():
    layer = keras.layers.Dense(3, input_shape=(2,))
    keras.Sequential([layer])
    kernel, bias = layer.get_weights()
    assert kernel.shape == (2, 3) and bias.shape == (3,)
    kernel[...] = 7.0  # a copy: the layer is unchanged
    assert not np.any(layer.kernel == 7.0)
    layer.set_weights([np.ones((2, 3)), np.arange(3.0)])
    np.testing.assert_array_equal(layer(np.array([[1.0, 2.0]])), [[3.0, 4.0, 5.0]])
    with pytest.raises(ValueError, match=r"weights\[0\] has shape \(3, 2\), expected \(2, 3\)"):
        layer.set_weights([np.ones((3, 2)), np.zeros(3)])
    with pytest.raises(ValueError, match="expected a list of 2 arrays"):
        layer.set_weights([np.ones((2, 3))])
    np.testing.assert_array_equal(layer.bias, [0.0, 1.0, 2.0])  # nothing changed
    with pytest.raises(ValueError, match="no weights yet"):
        keras.layers.Dense(2).set_weights([np.ones((1, 2)), np.zeros(2)])


def test_layer_names_shapes_and_weights_list():
    keras.backend.clear_session()
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(4),
                              keras.layers.Dense(1)])
    first, second = model.layers
    assert (first.name, second.name) == ("dense", "dense_1")
    assert first.input_shape == (None, 2) and first.output_shape == (None, 4)
    assert second.input_shape == (None, 4) and second.output_shape == (None, 1)
    assert [w.shape for w in first.weights] == [(2, 4), (4,)]
    keras.backend.clear_session()
    assert keras.layers.Dense(1).name == "dense"  # counters restart
    with pytest.raises(AttributeError, match="not built"):
        keras.layers.Dense(1).output_shape


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_frozen_layer_is_not_updated(optimizer):
    keras.set_random_seed(3)
    model = keras.Sequential([keras.layers.Dense(4, activation="tanh", input_shape=(2,)),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.layers[0].trainable = False
    model.compile(optimizer=optimizer, loss="binary_crossentropy")
    frozen = model.layers[0].get_weights()
    head = model.layers[1].get_weights()
    model.fit(X_AND, Y_AND, epochs=20, verbose=0)
    for before, after in zip(frozen, model.layers[0].get_weights()):
        np.testing.assert_array_equal(before, after)
    assert not np.allclose(head[0], model.layers[1].get_weights()[0])
    assert model.layers[0].trainable_weights == []
    assert len(model.trainable_weights) == 2 and len(model.non_trainable_weights) == 2
    model.layers[0].trainable = True  # unfreezing trains it again
    model.fit(X_AND, Y_AND, epochs=2, verbose=0)
    assert not np.array_equal(frozen[0], model.layers[0].get_weights()[0])


def test_input_as_first_element_and_input_layer():
    for first in (keras.Input(shape=(3,)), keras.layers.InputLayer(input_shape=(3,))):
        model = keras.Sequential([first, keras.layers.Dense(2)])
        assert model.built and model.layers[0].kernel.shape == (3, 2)
        assert len(model.layers) == 1
    with pytest.raises(ValueError, match="must come first"):
        keras.Sequential([keras.layers.Dense(2, input_shape=(3,)), keras.Input(shape=(2,))])


def test_activation_layer_equals_dense_activation_and_uses_the_stable_path():
    keras.set_random_seed(0)
    x = np.random.default_rng(0).normal(size=(12, 2))
    y = keras.utils.to_categorical(np.arange(12) % 3, 3)
    fused = keras.Sequential([keras.layers.Dense(3, activation="softmax", input_shape=(2,))])
    split = keras.Sequential([keras.layers.Dense(3, input_shape=(2,)),
                              keras.layers.Activation("softmax")])
    split.set_weights(fused.get_weights())
    for m in (fused, split):
        m.compile(optimizer=keras.optimizers.SGD(0.5), loss="categorical_crossentropy")
    np.testing.assert_allclose(split.predict(x), fused.predict(x), rtol=1e-6)
    h1 = fused.fit(x, y, epochs=5, verbose=0, shuffle=False).history["loss"]
    h2 = split.fit(x, y, epochs=5, verbose=0, shuffle=False).history["loss"]
    np.testing.assert_allclose(h2, h1, rtol=1e-5)
    relu = keras.layers.Activation("relu")
    np.testing.assert_array_equal(relu(np.array([[-1.0, 2.0]])), [[0.0, 2.0]])


def test_flatten_reshapes_grids_and_is_identity_on_rows():
    keras.set_random_seed(0)
    images = np.arange(2 * 3 * 4, dtype=float).reshape(2, 3, 4)
    model = keras.Sequential([keras.layers.Flatten(input_shape=(3, 4)),
                              keras.layers.Dense(1, kernel_initializer="ones")])
    np.testing.assert_allclose(model.predict(images)[:, 0], images.reshape(2, -1).sum(axis=1))
    assert model.layers[0].output_shape == (None, 12)
    model.compile(optimizer="sgd", loss="mse")
    model.fit(images, np.zeros((2, 1)), verbose=0)  # gradients flow through the reshape
    flat = keras.layers.Flatten()
    np.testing.assert_array_equal(flat(np.ones((2, 3))), np.ones((2, 3)))
    with pytest.raises(ValueError, match="Flatten"):
        keras.Sequential([keras.Input(shape=(3, 4)), keras.layers.Dense(1)])


def test_functional_chain_model_trains_like_sequential():
    keras.set_random_seed(1)
    inp = keras.Input(shape=(2,))
    x = keras.layers.Dense(4, activation="tanh")(inp)
    out = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=inp, outputs=out)
    seq = keras.Sequential([keras.layers.Dense(4, activation="tanh", input_shape=(2,)),
                            keras.layers.Dense(1, activation="sigmoid")])
    seq.set_weights(model.get_weights())
    for m in (model, seq):
        m.compile(optimizer=keras.optimizers.SGD(0.5), loss="binary_crossentropy")
    a = model.fit(X_AND, Y_AND, epochs=10, verbose=0, shuffle=False).history["loss"]
    b = seq.fit(X_AND, Y_AND, epochs=10, verbose=0, shuffle=False).history["loss"]
    assert a == b
    assert [layer.name for layer in model.layers] == [x.layer.name, out.layer.name]


def test_functional_branching_is_refused_by_name():
    inp = keras.Input(shape=(2,))
    hidden = keras.layers.Dense(4, name="shared")(inp)
    a = keras.layers.Dense(1, name="head_a")(hidden)
    keras.layers.Dense(1, name="head_b")(hidden)
    with pytest.raises(ValueError, match=r"branches.*shared.*'head_a', 'head_b'"):
        keras.Model(inp, a)
    with pytest.raises(ValueError, match="multi-input"):
        keras.Model([keras.Input(shape=(1,)), keras.Input(shape=(1,))], a)
    with pytest.raises(ValueError, match="not computed from inputs"):
        keras.Model(keras.Input(shape=(2,)), a)
    with pytest.raises(ValueError, match="Concatenate"):
        keras.layers.Dense(1)([hidden, hidden])
    with pytest.raises(TypeError, match="Subclassing"):
        keras.Model()


# -- optimizers -----------------------------------------------------------------------------------
def test_keras2_lr_and_decay_are_accepted_with_a_deprecation_warning():
    with pytest.warns(DeprecationWarning, match="lr"):
        opt = keras.optimizers.SGD(lr=0.1)
    assert opt.learning_rate == 0.1 and opt.lr == 0.1
    opt.learning_rate = 0.05
    assert opt.current_learning_rate() == 0.05
    with pytest.warns(DeprecationWarning, match="decay"):
        opt = keras.optimizers.Adam(learning_rate=0.2, decay=0.5)
    opt.iterations = 4  # Keras 2: lr / (1 + decay * iterations) = 0.2 / 3
    assert opt.current_learning_rate() == pytest.approx(0.2 / 3)
    with pytest.raises(TypeError, match="unexpected argument.*clipnorm"):
        keras.optimizers.SGD(clipnorm=1.0)


def test_decay_slows_plain_sgd_steps_as_keras2():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        opt = keras.optimizers.SGD(lr=1.0, decay=1.0)
    w = np.array([0.0])
    for _ in range(3):
        opt.apply([w], [np.array([1.0])])
    assert w[0] == pytest.approx(-(1 + 1 / 2 + 1 / 3))


# -- losses and metrics ---------------------------------------------------------------------------
def test_loss_classes_construct_like_keras_and_return_the_batch_mean():
    y, p = np.array([[1.0], [0.0]]), np.array([[0.8], [0.4]])
    expected = -(np.log(0.8) + np.log(0.6)) / 2
    assert keras.losses.BinaryCrossentropy()(y, p) == pytest.approx(expected, rel=1e-6)
    assert keras.losses.BinaryCrossentropy(from_logits=False).name == "binary_crossentropy"
    np.testing.assert_allclose(keras.losses.binary_crossentropy(y, p),
                               [-np.log(0.8), -np.log(0.6)], rtol=1e-6)  # per sample
    assert keras.losses.MeanSquaredError()(y, p) == pytest.approx((0.04 + 0.16) / 2)
    assert keras.losses.MeanAbsoluteError()(y, p) == pytest.approx(0.3)
    onehot = np.array([[0, 1.0]])
    assert keras.losses.CategoricalCrossentropy()(onehot, np.array([[0.25, 0.75]])) == \
        pytest.approx(-np.log(0.75))
    assert keras.losses.SparseCategoricalCrossentropy()(np.array([1]),
                                                        np.array([[0.25, 0.75]])) == \
        pytest.approx(-np.log(0.75))


def test_from_logits_values_are_stable_for_huge_logits():
    bce = keras.losses.BinaryCrossentropy(from_logits=True)
    assert bce(np.array([[1.0]]), np.array([[0.0]])) == pytest.approx(np.log(2))
    assert bce(np.array([[0.0]]), np.array([[1000.0]])) == pytest.approx(1000.0)
    cce = keras.losses.CategoricalCrossentropy(from_logits=True)
    assert cce(np.array([[1.0, 0.0]]), np.array([[0.0, 1000.0]])) == pytest.approx(1000.0)
    assert cce(np.array([[1.0, 0.0, 0.0]]), np.zeros((1, 3))) == pytest.approx(np.log(3))


@pytest.mark.parametrize("probs_act, loss_cls, y", [
    ("sigmoid", keras.losses.BinaryCrossentropy, Y_AND),
    ("softmax", keras.losses.CategoricalCrossentropy,
     keras.utils.to_categorical([0, 1, 1, 2], 3)),
])
def test_from_logits_trains_like_the_activation_plus_loss(probs_act, loss_cls, y):
    units = y.shape[1]
    keras.set_random_seed(5)
    logits = keras.Sequential([keras.layers.Dense(units, input_shape=(2,))])
    probs = keras.Sequential([keras.layers.Dense(units, activation=probs_act, input_shape=(2,))])
    probs.set_weights(logits.get_weights())
    logits.compile(optimizer=keras.optimizers.SGD(0.3), loss=loss_cls(from_logits=True))
    probs.compile(optimizer=keras.optimizers.SGD(0.3), loss=loss_cls())
    a = logits.fit(X_AND, y, epochs=8, verbose=0, shuffle=False).history["loss"]
    b = probs.fit(X_AND, y, epochs=8, verbose=0, shuffle=False).history["loss"]
    np.testing.assert_allclose(a, b, rtol=1e-5)
    for wa, wb in zip(logits.get_weights(), probs.get_weights()):
        np.testing.assert_allclose(wa, wb, rtol=1e-5, atol=1e-6)


def test_metric_strings_and_objects_report_under_keras_names():
    keras.set_random_seed(0)
    model = keras.Sequential([keras.layers.Dense(1, activation="sigmoid", input_shape=(2,))])
    model.compile(optimizer="sgd", loss="binary_crossentropy",
                  metrics=["mse", "mae", "accuracy", "binary_accuracy",
                           keras.metrics.BinaryAccuracy(threshold=0.9, name="strict"),
                           keras.metrics.MeanAbsoluteError()])
    result = model.evaluate(X_AND, Y_AND, return_dict=True)
    p = model.predict(X_AND)
    assert set(result) == {"loss", "mse", "mae", "accuracy", "binary_accuracy", "strict",
                           "mean_absolute_error"}
    assert result["mse"] == pytest.approx(np.mean((p - Y_AND) ** 2), rel=1e-5)
    assert result["mae"] == pytest.approx(result["mean_absolute_error"])
    assert result["accuracy"] == result["binary_accuracy"] == np.mean((p > 0.5) == Y_AND)
    assert result["strict"] == np.mean((p > 0.9) == Y_AND)


def test_metric_object_accumulates_like_keras():
    m = keras.metrics.CategoricalAccuracy()
    m.update_state([[0, 1], [1, 0]], [[0.2, 0.8], [0.3, 0.7]])   # 1 of 2
    m.update_state([[0, 1]], [[0.1, 0.9]])                       # 1 of 1
    assert m.result() == pytest.approx(2 / 3)
    m.reset_state()
    assert m.result() == 0.0
    assert keras.metrics.SparseCategoricalAccuracy()([1, 0], [[0.2, 0.8], [0.9, 0.1]]) == 1.0


# -- utils and backend ----------------------------------------------------------------------------
def test_to_categorical():
    np.testing.assert_array_equal(keras.utils.to_categorical([0, 2, 1]),
                                  [[1, 0, 0], [0, 0, 1], [0, 1, 0]])
    out = keras.utils.to_categorical(np.array([[1], [0]]), num_classes=4)
    assert out.shape == (2, 4) and out.dtype == np.float32 and out[0, 1] == 1
    with pytest.raises(ValueError, match="out of range"):
        keras.utils.to_categorical([3], num_classes=3)
    with pytest.raises(ValueError, match="class numbers"):
        keras.utils.to_categorical([0.5])
    with pytest.raises(ValueError, match="class numbers"):
        keras.utils.to_categorical([-1])


def test_set_random_seed_makes_runs_identical():
    def run():
        keras.utils.set_random_seed(42)
        m = keras.Sequential([keras.layers.Dense(3, activation="relu", input_shape=(2,)),
                              keras.layers.Dense(1)])
        m.compile(optimizer="adam", loss="mse")
        m.fit(X_AND, Y_AND, epochs=3, batch_size=2, verbose=0)
        return m.get_weights()
    for a, b in zip(run(), run()):
        np.testing.assert_array_equal(a, b)


def test_backend_epsilon_and_floatx():
    assert keras.backend.epsilon() == 1e-7
    assert keras.backend.floatx() == "float32"


# -- output ---------------------------------------------------------------------------------------
def test_summary_has_keras3_layout(capsys):
    keras.backend.clear_session()
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(4, activation="relu"),
                              keras.layers.Dense(1, activation="sigmoid")])
    model.summary()
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == 'Model: "sequential"'
    header = lines[2]
    assert header.startswith("┃ Layer (type)") and header.endswith("Param # ┃")
    assert len(header) == 76
    assert lines[4] == "│ dense (Dense)                   │ (None, 4)              │            12 │"
    assert lines[-3:] == [" Total params: 17 (68.00 B)", " Trainable params: 17 (68.00 B)",
                          " Non-trainable params: 0 (0.00 B)"]


def test_fit_verbose_lines(capsys):
    keras.set_random_seed(0)
    model = keras.Sequential([keras.layers.Dense(1, activation="sigmoid", input_shape=(2,))])
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(X_AND, Y_AND, epochs=2, batch_size=2, verbose=1)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Epoch 1/2" and out[2] == "Epoch 2/2" and len(out) == 4
    assert out[1].startswith("2/2 ━━━━━━━━━━━━━━━━━━━━ ")
    assert out[1].index("accuracy:") < out[1].index("loss:")  # Keras 3 orders by name
    model.fit(X_AND, Y_AND, epochs=1, verbose=2)
    line = capsys.readouterr().out.splitlines()[1]
    assert line.startswith("1/1 - ") and "/step - accuracy: " in line
    model.fit(X_AND, Y_AND, epochs=1, verbose=0)
    assert capsys.readouterr().out == ""


def test_predict_on_batch_matches_predict():
    model = keras.Sequential([keras.layers.Dense(2, input_shape=(2,))])
    np.testing.assert_array_equal(model.predict_on_batch(X_AND), model.predict(X_AND))


# -- callbacks ------------------------------------------------------------------------------------
def test_csv_logger_writes_one_row_per_epoch(tmp_path):
    model = keras.Sequential([keras.layers.Dense(1, activation="sigmoid", input_shape=(2,))])
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    path = tmp_path / "log.csv"
    history = model.fit(X_AND, Y_AND, epochs=3, verbose=0,
                        callbacks=[keras.callbacks.CSVLogger(str(path))])
    rows = list(csv.reader(path.open()))
    assert rows[0] == ["epoch", "accuracy", "loss"]
    assert [r[0] for r in rows[1:]] == ["0", "1", "2"]
    assert [float(r[2]) for r in rows[1:]] == pytest.approx(history.history["loss"])


def test_terminate_on_nan_stops_at_the_bad_batch(capsys):
    model = keras.Sequential([keras.layers.Dense(1, input_shape=(2,))])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e30), loss="mse")
    x = np.full((64, 2), 1e5)
    with np.errstate(all="ignore"):
        history = model.fit(x, np.ones((64, 1)), epochs=50, batch_size=8, verbose=0,
                            callbacks=[keras.callbacks.TerminateOnNaN()])
    assert len(history.history["loss"]) == 1
    assert "Invalid loss, terminating training" in capsys.readouterr().out
    assert not math.isfinite(history.history["loss"][-1])


def test_lambda_callback_and_keras2_batch_hooks():
    seen = []

    class Counter(keras.callbacks.Callback):
        def on_batch_end(self, batch, logs=None):
            seen.append(("batch", batch))

    model = keras.Sequential([keras.layers.Dense(1, input_shape=(2,))])
    model.compile(optimizer="sgd", loss="mse")
    model.fit(X_AND, Y_AND, epochs=2, batch_size=2, verbose=0, callbacks=[
        Counter(), keras.callbacks.LambdaCallback(
            on_epoch_end=lambda epoch, logs: seen.append(("epoch", epoch, "loss" in logs)))])
    assert seen == [("batch", 0), ("batch", 1), ("epoch", 0, True),
                    ("batch", 0), ("batch", 1), ("epoch", 1, True)]
