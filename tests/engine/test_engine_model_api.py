"""Sequential's Keras-shaped API: summary, weights, config, fit options, metrics, determinism."""
import re

import numpy as np
import pytest


def _mlp(n_in=2, hidden=4, out=1, out_act="sigmoid", name=None):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    return Sequential([Dense(hidden, activation="relu", input_shape=(n_in,)),
                       Dense(out, activation=out_act)], name=name)


def test_summary_and_count_params(capsys):
    model = _mlp()
    # Dense(4) on 2 inputs: 2*4 + 4 = 12 ; Dense(1) on 4: 4 + 1 = 5
    assert model.count_params() == 17
    ret = model.summary()
    out = capsys.readouterr().out + (ret if isinstance(ret, str) else "")
    assert re.search(r"Total params:\s*17\b", out)
    assert re.search(r"Trainable params:\s*17\b", out)
    assert re.search(r"\b12\b", out) and re.search(r"\b5\b", out)
    assert "Dense" in out or "dense" in out
    assert "(None, 4)" in out and "(None, 1)" in out


def test_summary_counts_batchnorm_moving_stats_as_non_trainable(capsys):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import BatchNormalization, Dense

    model = Sequential([Dense(4, input_shape=(2,)), BatchNormalization()])
    assert model.count_params() == 12 + 16
    model.summary()
    out = capsys.readouterr().out
    assert re.search(r"Total params:\s*28\b", out)
    assert re.search(r"Trainable params:\s*20\b", out)
    assert re.search(r"Non-trainable params:\s*8\b", out)


def test_weights_are_keras_shaped_copies():
    model = _mlp(n_in=3, hidden=5, out=2)
    ws = model.get_weights()
    assert [w.shape for w in ws] == [(3, 5), (5,), (5, 2), (2,)]
    assert all(w.dtype == np.float32 for w in ws)
    np.testing.assert_array_equal(ws[1], 0.0)          # bias_initializer="zeros"
    before = model.predict(np.ones((1, 3)))
    ws[0][...] = 123.0
    ws[1][...] = 5.0
    np.testing.assert_array_equal(model.predict(np.ones((1, 3))), before)
    for got, live in zip(model.get_weights(), model.trainable_weights):
        assert not np.shares_memory(got, live)


def test_set_weights_copies_and_casts():
    model = _mlp()
    new = [np.full((2, 4), 0.5), np.arange(4.0), np.ones((4, 1)), np.array([-1.0])]
    model.set_weights(new)
    new[0][...] = 99.0                                   # the caller's array is not aliased
    got = model.get_weights()
    np.testing.assert_array_equal(got[0], 0.5)
    np.testing.assert_array_equal(got[1], [0, 1, 2, 3])
    assert got[0].dtype == np.float32
    # x = (1, 1): h = relu(1 + [0,1,2,3]) = [1,2,3,4] ; z = 10 - 1 = 9 ; sigmoid(9)
    assert model.predict(np.array([[1, 1]]))[0, 0] == pytest.approx(1 / (1 + np.exp(-9)), rel=1e-6)


def test_config_round_trip_gives_same_predictions():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import BatchNormalization, Dense, Dropout

    model = Sequential([Dense(6, activation="tanh", input_shape=(3,)), BatchNormalization(),
                        Dropout(0.3), Dense(2, activation="softmax")], name="roundtrip")
    rng = np.random.default_rng(0)
    ws = model.get_weights()
    ws = [rng.normal(size=w.shape) for w in ws]
    ws[5] = rng.uniform(0.5, 2.0, size=ws[5].shape)      # moving variance must be positive
    model.set_weights(ws)
    clone = Sequential.from_config(model.get_config())
    assert [type(layer).__name__ for layer in clone.layers] == \
           ["Dense", "BatchNormalization", "Dropout", "Dense"]
    assert clone.count_params() == model.count_params()
    clone.set_weights(model.get_weights())
    x = rng.normal(size=(5, 3))
    np.testing.assert_allclose(clone.predict(x), model.predict(x), rtol=1e-6)
    assert clone.layers[2].get_config()["rate"] == pytest.approx(0.3)


def test_dense_get_config():
    from nnviz.engine.layers import Dense

    cfg = Dense(7, activation="relu", use_bias=False).get_config()
    assert cfg["units"] == 7
    assert cfg["activation"] == "relu"
    assert cfg["use_bias"] is False
    assert Dense(3).get_config()["activation"] == "linear"
    assert Dense(3, activation="leaky_relu").get_config()["activation"] == "leaky_relu"
    rebuilt = Dense.from_config(cfg) if hasattr(Dense, "from_config") else Dense(**cfg)
    assert rebuilt.get_config()["units"] == 7


def test_validation_split_takes_the_last_fraction():
    from nnviz.engine import Sequential, set_random_seed
    from nnviz.engine.layers import Dense

    set_random_seed(0)
    x = np.arange(10, dtype=np.float32)[:, None] / 10
    y = np.where(np.arange(10) < 8, 0.0, 5.0).astype(np.float32)[:, None]   # last two differ
    model = Sequential([Dense(1, input_shape=(1,))])
    model.compile(optimizer="sgd", loss="mse")
    hist = model.fit(x, y, batch_size=8, epochs=1, validation_split=0.2, shuffle=False, verbose=0)
    assert len(hist.history["val_loss"]) == 1
    last = model.evaluate(x[8:], y[8:], verbose=0)
    last = last[0] if isinstance(last, (list, tuple)) else last
    first = model.evaluate(x[:2], y[:2], verbose=0)
    first = first[0] if isinstance(first, (list, tuple)) else first
    assert hist.history["val_loss"][0] == pytest.approx(last, rel=1e-5)
    assert abs(last - first) > 1.0                       # the two candidates really differ
    # training only saw the first 8: the batch of 8 makes the epoch loss that batch's loss,
    # whose targets are all 0 -> far below the validation loss
    assert hist.history["loss"][0] < hist.history["val_loss"][0]


def test_validation_data_records_val_metrics():
    x = np.random.default_rng(0).normal(size=(20, 2)).astype(np.float32)
    y = (x[:, :1] > 0).astype(np.float32)
    model = _mlp()
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["acc"])
    hist = model.fit(x, y, epochs=3, validation_data=(x[:5], y[:5]), verbose=0)
    assert set(hist.history) >= {"loss", "acc", "val_loss", "val_acc"}
    assert all(len(v) == 3 for v in hist.history.values())
    loss, acc = model.evaluate(x[:5], y[:5], verbose=0)
    assert hist.history["val_loss"][-1] == pytest.approx(loss, rel=1e-5)
    assert hist.history["val_acc"][-1] == pytest.approx(acc)


def test_fit_shuffle_false_equals_train_on_batch_in_order():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(8, 2)).astype(np.float32)
    y = rng.integers(0, 2, size=(8, 1)).astype(np.float32)
    a, b = _mlp(), _mlp()
    initial = a.get_weights()
    b.set_weights(initial)
    for m in (a, b):
        m.compile(optimizer="adam", loss="binary_crossentropy")
    a.fit(x, y, batch_size=3, epochs=2, shuffle=False, verbose=0)
    for _ in range(2):
        for start in (0, 3, 6):                          # Keras keeps the last partial batch
            b.train_on_batch(x[start:start + 3], y[start:start + 3])
    for wa, wb in zip(a.get_weights(), b.get_weights()):
        np.testing.assert_allclose(wa, wb, rtol=1e-6, atol=1e-7)
    assert not np.allclose(a.get_weights()[2], initial[2])      # it did train


def _seeded_run(seed):
    from nnviz.engine import Sequential, set_random_seed
    from nnviz.engine.layers import Dense, Dropout

    set_random_seed(seed)
    model = Sequential([Dense(5, activation="tanh", input_shape=(2,)), Dropout(0.2),
                        Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy")
    rng = np.random.default_rng(0)
    x = rng.normal(size=(30, 2))
    y = (x[:, :1] * x[:, 1:] > 0).astype(float)
    model.fit(x, y, batch_size=8, epochs=3, verbose=0)     # shuffle=True, dropout active
    return model.get_weights()


def test_set_random_seed_makes_build_and_fit_bit_identical():
    first, second = _seeded_run(42), _seeded_run(42)
    for a, b in zip(first, second):
        np.testing.assert_array_equal(a, b)
    other = _seeded_run(43)
    assert not np.array_equal(first[0], other[0])


def test_fast_train_on_batch_matches_train_on_batch():
    from nnviz.engine import Sequential, set_random_seed
    from nnviz.engine.layers import Dense
    from nnviz.engine.optimizers import SGD, Adam

    rng = np.random.default_rng(2)
    x = rng.normal(size=(10, 2)).astype(np.float32)
    y_bin = (x[:, :1] > x[:, 1:]).astype(np.float32)
    y_cat = np.eye(3, dtype=np.float32)[rng.integers(0, 3, size=10)]
    for out, loss, opt, y in ((1, "binary_crossentropy", lambda: Adam(0.01), y_bin),
                              (3, "categorical_crossentropy",
                               lambda: SGD(0.1, momentum=0.9, nesterov=True), y_cat)):
        set_random_seed(0)
        act = "sigmoid" if out == 1 else "softmax"
        slow = Sequential([Dense(4, activation="tanh", input_shape=(2,)),
                           Dense(out, activation=act)])
        fast = Sequential([Dense(4, activation="tanh", input_shape=(2,)),
                           Dense(out, activation=act)])
        fast.set_weights(slow.get_weights())
        slow.compile(optimizer=opt(), loss=loss)
        fast.compile(optimizer=opt(), loss=loss)
        for _ in range(5):
            l_slow = slow.train_on_batch(x, y)
            l_fast = fast.fast_train_on_batch(x, y)
            l_slow = l_slow[0] if isinstance(l_slow, (list, tuple)) else l_slow
            assert float(l_fast) == pytest.approx(float(l_slow), rel=1e-5)
        for a, b in zip(slow.get_weights(), fast.get_weights()):
            np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)


def test_train_on_batch_returns_loss_before_update_and_test_on_batch():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense
    from nnviz.engine.optimizers import SGD

    model = Sequential([Dense(1, input_shape=(1,), use_bias=False)])
    model.compile(optimizer=SGD(0.1), loss="mse")
    model.set_weights([np.array([[1.0]])])
    x, y = np.array([[1.0]]), np.array([[0.0]])
    assert float(model.test_on_batch(x, y)) == pytest.approx(1.0)
    loss = model.train_on_batch(x, y)                      # Keras: loss of the forward pass
    assert float(loss) == pytest.approx(1.0)
    assert float(model.test_on_batch(x, y)) == pytest.approx(0.64)


def test_binary_accuracy_threshold_for_one_unit():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(1, input_shape=(1,))])
    model.set_weights([np.array([[1.0]]), np.array([0.0])])
    model.compile(optimizer="sgd", loss="mse", metrics=["acc"])
    x = np.array([[0.2], [0.6], [0.4], [0.9]])
    y = np.array([[0], [1], [1], [0]])
    loss, acc = model.evaluate(x, y, verbose=0)
    # thresholded predictions 0, 1, 0, 1 against 0, 1, 1, 0 -> 2 of 4
    assert acc == pytest.approx(0.5)
    # mse = (0.04 + 0.16 + 0.36 + 0.81) / 4 = 0.3425
    assert loss == pytest.approx(0.3425, rel=1e-5)


def test_categorical_accuracy_for_several_units():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(3, input_shape=(3,))])
    model.set_weights([np.eye(3), np.zeros(3)])
    model.compile(optimizer="sgd", loss="mse", metrics=["accuracy"])
    x = np.array([[0.9, 0.8, 0.1], [0.1, 0.2, 0.3], [0.6, 0.7, 0.65], [0.3, 0.2, 0.1]])
    y = np.eye(3)[[0, 2, 2, 1]]
    # argmax predictions 0, 2, 1, 0 vs 0, 2, 2, 1 -> 2 of 4 (binary thresholding would say 7/12)
    loss, acc = model.evaluate(x, y, verbose=0)
    assert acc == pytest.approx(0.5)
    hist = model.fit(x, y, epochs=1, verbose=0)
    assert "accuracy" in hist.history and "acc" not in hist.history


def test_sparse_categorical_crossentropy_int_labels_match_one_hot():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    def make(loss):
        m = Sequential([Dense(3, activation="softmax", input_shape=(3,))])
        m.set_weights([np.eye(3), np.zeros(3)])
        m.compile(optimizer="sgd", loss=loss, metrics=["acc"])
        return m

    x = np.array([[1.0, 2.0, 0.0], [0.0, 0.0, 3.0], [2.0, 1.0, 1.0]])
    labels = np.array([1, 2, 1])
    sparse, dense = make("sparse_categorical_crossentropy"), make("categorical_crossentropy")
    ls, acc_s = sparse.evaluate(x, labels, verbose=0)
    ld, acc_d = dense.evaluate(x, np.eye(3)[labels], verbose=0)
    p = np.exp(x) / np.exp(x).sum(axis=1, keepdims=True)
    expected = -np.mean(np.log(p[np.arange(3), labels]))
    assert ls == pytest.approx(expected, rel=1e-5)
    assert ld == pytest.approx(expected, rel=1e-5)
    assert acc_s == pytest.approx(2 / 3) and acc_d == pytest.approx(2 / 3)
    for a, b in zip(sparse.compute_gradients(x, labels), dense.compute_gradients(x, np.eye(3)[labels])):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)


def test_fit_verbose_prints_epoch_progress(capsys):
    model = _mlp()
    model.compile(optimizer="sgd", loss="mse")
    x = np.zeros((4, 2))
    y = np.zeros((4, 1))
    model.fit(x, y, epochs=3, verbose=1)
    out = capsys.readouterr().out
    assert "Epoch 1/3" in out and "Epoch 3/3" in out
    assert "loss" in out
    model.fit(x, y, epochs=2, verbose=0)
    assert capsys.readouterr().out == ""


def test_integer_inputs_are_accepted_and_float32_is_default():
    model = _mlp()
    model.compile(optimizer="sgd", loss="mse", metrics=["acc"])
    x = np.array([[0, 0], [1, 0], [0, 1], [1, 1]])
    y = np.array([[0], [1], [1], [1]])
    model.fit(x, y, epochs=2, verbose=0)
    assert model.predict(x).dtype == np.float32
    assert model.predict([[0, 1]]).shape == (1, 1)


def test_float64_switch_builds_float64_models(float64):
    model = _mlp()
    assert all(w.dtype == np.float64 for w in model.get_weights())
    assert model.predict(np.zeros((2, 2))).dtype == np.float64


def test_layers_and_trainable_weights_are_live():
    model = _mlp()
    assert len(model.layers) == 2
    tw = model.trainable_weights
    assert len(tw) == 4
    before = model.predict(np.ones((1, 2)))
    tw[3][...] += 1.0                                  # output bias: live array
    after = model.predict(np.ones((1, 2)))
    assert not np.allclose(before, after)
    np.testing.assert_array_equal(model.get_weights()[3], tw[3])


def test_compute_gradients_does_not_change_the_model():
    model = _mlp()
    model.compile(optimizer="adam", loss="binary_crossentropy")
    x = np.random.default_rng(3).normal(size=(6, 2))
    y = (x[:, :1] > 0).astype(float)
    before = model.get_weights()
    g1 = model.compute_gradients(x, y)
    g2 = model.compute_gradients(x, y)
    for a, b in zip(before, model.get_weights()):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(g1, g2):
        np.testing.assert_array_equal(a, b)
    # and training afterwards behaves like a fresh model (no optimizer step was taken)
    fresh = _mlp()
    fresh.set_weights(before)
    fresh.compile(optimizer="adam", loss="binary_crossentropy")
    model.train_on_batch(x, y)
    fresh.train_on_batch(x, y)
    for a, b in zip(model.get_weights(), fresh.get_weights()):
        np.testing.assert_allclose(a, b, rtol=1e-6)
