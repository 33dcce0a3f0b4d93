"""Short programs in the style of Korean Keras tutorials, run with only the import changed
(`import nnviz.engine as keras` for `from tensorflow import keras`), each result checked."""
import warnings

import numpy as np
import pytest

import nnviz.engine as keras


def test_and_or_single_neuron_with_keras2_lr():
    # 단층 퍼셉트론으로 AND/OR 학습 (Keras 2 교재: SGD(lr=0.1))
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    for gate, y in (("AND", np.array([[0], [0], [0], [1]])),
                    ("OR", np.array([[0], [1], [1], [1]]))):
        keras.utils.set_random_seed(777)
        model = keras.models.Sequential()
        model.add(keras.layers.Dense(1, input_dim=2, activation="sigmoid"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            model.compile(optimizer=keras.optimizers.SGD(lr=0.1), loss="binary_crossentropy",
                          metrics=["binary_accuracy"])
        history = model.fit(x, y, epochs=2000, verbose=0)
        assert history.history["binary_accuracy"][-1] == 1.0, gate
        np.testing.assert_array_equal((model.predict(x) > 0.5).astype(int), y)
        assert history.history["loss"][-1] < history.history["loss"][0] / 3


def test_xor_mlp_with_input():
    # 다층 퍼셉트론으로 XOR 해결
    keras.utils.set_random_seed(1)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype="float32")
    y = np.array([[0], [1], [1], [0]], dtype="float32")
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(8, activation="tanh"),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05),
                  loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])
    model.fit(x, y, epochs=300, batch_size=4, verbose=0)
    loss, acc = model.evaluate(x, y, verbose=0)
    assert acc == 1.0 and loss < 0.1
    np.testing.assert_array_equal(np.round(model.predict(x)), y)


def _iris_like(n_per_class=40, seed=0):
    rng = np.random.default_rng(seed)
    centres = np.array([[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.6, 2.0]])
    x = np.concatenate([c + rng.normal(0, 0.25, (n_per_class, 4)) for c in centres])
    labels = np.repeat(np.arange(3), n_per_class)
    order = rng.permutation(len(labels))
    return x[order].astype("float32"), labels[order]


def test_iris_like_softmax_with_to_categorical():
    # 붓꽃 분류: 원-핫 인코딩 + softmax + categorical_crossentropy
    keras.utils.set_random_seed(0)
    x, labels = _iris_like()
    y = keras.utils.to_categorical(labels)
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    model = keras.models.Sequential()
    model.add(keras.layers.Dense(16, activation="relu", input_shape=(4,)))
    model.add(keras.layers.Dense(3, activation="softmax"))
    model.compile(optimizer="adam", loss="categorical_crossentropy",
                  metrics=["categorical_accuracy"])
    history = model.fit(x, y, epochs=60, batch_size=16, validation_split=0.2, verbose=0)
    assert history.history["val_categorical_accuracy"][-1] >= 0.9
    result = model.evaluate(x, y, return_dict=True)
    assert result["categorical_accuracy"] >= 0.9
    probs = model.predict(x[:5])
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-5)
    assert np.mean(np.argmax(model.predict(x), axis=1) == labels) >= 0.9


def test_regression_with_mae_metric():
    # 회귀: y = 2x + 1 에 잡음, metrics=["mae"]
    keras.utils.set_random_seed(3)
    rng = np.random.default_rng(3)
    x = rng.uniform(-1, 1, (200, 1)).astype("float32")
    y = 2 * x + 1 + rng.normal(0, 0.05, (200, 1)).astype("float32")
    model = keras.Sequential([keras.layers.Dense(1, input_shape=(1,))])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse",
                  metrics=["mae"])
    history = model.fit(x, y, epochs=50, batch_size=20, verbose=0)
    assert history.history["mae"][-1] < 0.07
    kernel, bias = model.layers[0].get_weights()
    assert kernel[0, 0] == pytest.approx(2.0, abs=0.05) and bias[0] == pytest.approx(1.0,
                                                                                     abs=0.05)
    mse, mae = model.evaluate(x, y)
    assert mae < 0.07 and mse < 0.01


def test_save_load_and_continue_training(tmp_path):
    # 모델 저장 -> 불러오기 -> 이어서 학습
    keras.utils.set_random_seed(5)
    x, labels = _iris_like(seed=5)
    x = (x - x.mean(axis=0)) / x.std(axis=0)
    model = keras.Sequential([keras.layers.Dense(8, activation="relu", input_shape=(4,)),
                              keras.layers.Dense(3, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.02),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x, labels, epochs=5, batch_size=30, verbose=0, shuffle=False)
    model.save(tmp_path / "iris_model.keras")

    restored = keras.models.load_model(tmp_path / "iris_model.keras")
    np.testing.assert_array_equal(restored.predict(x), model.predict(x))
    a = model.fit(x, labels, epochs=20, batch_size=30, verbose=0, shuffle=False).history
    b = restored.fit(x, labels, epochs=20, batch_size=30, verbose=0, shuffle=False).history
    assert a == b
    assert b["accuracy"][-1] >= 0.85
    for wa, wb in zip(model.get_weights(), restored.get_weights()):
        np.testing.assert_array_equal(wa, wb)
