"""Bad input raises ValueError/TypeError naming the argument and what was received."""
import numpy as np
import pytest


def _model(n_in=2, out=1, act="sigmoid", compiled=True, loss="binary_crossentropy"):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    m = Sequential([Dense(3, activation="tanh", input_shape=(n_in,)),
                    Dense(out, activation=act)])
    if compiled:
        m.compile(optimizer="sgd", loss=loss)
    return m


@pytest.mark.parametrize("units", [-3, 0])
def test_dense_bad_units(units):
    from nnviz.engine.layers import Dense

    with pytest.raises(ValueError, match=rf"units.*{units}|{units}.*units"):
        Dense(units=units)


def test_dense_units_wrong_type():
    from nnviz.engine.layers import Dense

    with pytest.raises((TypeError, ValueError), match="units"):
        Dense(units="four")
    with pytest.raises((TypeError, ValueError), match="units"):
        Dense(units=2.5)


def test_unknown_activation_lists_valid_names():
    from nnviz.engine.layers import Dense

    with pytest.raises(ValueError) as info:
        Dense(4, activation="relux")
    msg = str(info.value)
    assert "relux" in msg
    for name in ("relu", "sigmoid", "tanh", "softmax"):
        assert name in msg


def test_unknown_loss_and_optimizer_list_valid_names():
    m = _model(compiled=False)
    with pytest.raises(ValueError) as info:
        m.compile(optimizer="sgd", loss="mean_sqared_error")
    assert "mean_sqared_error" in str(info.value) and "mse" in str(info.value)
    with pytest.raises(ValueError) as info:
        m.compile(optimizer="adamm", loss="mse")
    assert "adamm" in str(info.value) and "adam" in str(info.value).replace("adamm", "")


def test_unknown_initializer_and_metric():
    from nnviz.engine.layers import Dense

    with pytest.raises(ValueError, match="glorot_uniform"):
        Dense(2, kernel_initializer="glorot_unifrom")
    m = _model(compiled=False)
    with pytest.raises(ValueError, match="acuracy"):
        m.compile(optimizer="sgd", loss="mse", metrics=["acuracy"])


@pytest.mark.parametrize("rate", [1.0, 1.5, -0.1])
def test_dropout_rate_outside_range(rate):
    from nnviz.engine.layers import Dropout

    with pytest.raises(ValueError, match=rf"rate.*{rate}|{rate}.*rate"):
        Dropout(rate)


def test_fit_before_compile():
    m = _model(compiled=False)
    with pytest.raises((RuntimeError, ValueError), match="compile"):
        m.fit(np.zeros((4, 2)), np.zeros((4, 1)), verbose=0)
    with pytest.raises((RuntimeError, ValueError), match="compile"):
        m.train_on_batch(np.zeros((4, 2)), np.zeros((4, 1)))
    with pytest.raises((RuntimeError, ValueError), match="compile"):
        m.evaluate(np.zeros((4, 2)), np.zeros((4, 1)), verbose=0)


def test_x_y_length_mismatch():
    m = _model()
    with pytest.raises(ValueError) as info:
        m.fit(np.zeros((5, 2)), np.zeros((4, 1)), verbose=0)
    assert "5" in str(info.value) and "4" in str(info.value)


def test_wrong_input_width():
    m = _model(n_in=2)
    with pytest.raises(ValueError) as info:
        m.predict(np.zeros((4, 3)))
    msg = str(info.value)
    assert "2" in msg and "3" in msg
    with pytest.raises(ValueError):
        m.fit(np.zeros((4, 3)), np.zeros((4, 1)), verbose=0)


@pytest.mark.parametrize("where,bad", [("x", np.nan), ("x", np.inf), ("y", np.nan),
                                       ("y", -np.inf)])
def test_nan_or_inf_in_data(where, bad):
    m = _model()
    x = np.zeros((4, 2))
    y = np.zeros((4, 1))
    (x if where == "x" else y)[2, 0] = bad
    with pytest.raises(ValueError, match=r"(?i)nan|inf"):
        m.fit(x, y, verbose=0)
    if where == "x":
        with pytest.raises(ValueError, match=r"(?i)nan|inf"):
            m.predict(x)


def test_set_weights_wrong_count():
    m = _model()
    ws = m.get_weights()
    with pytest.raises(ValueError) as info:
        m.set_weights(ws[:3])
    assert "4" in str(info.value) and "3" in str(info.value)


def test_set_weights_wrong_shape_names_index_expected_and_got():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    m = Sequential([Dense(5, input_shape=(3,)), Dense(7)])
    ws = m.get_weights()                     # shapes (3, 5), (5,), (5, 7), (7,)
    ws[2] = np.zeros((6, 7))
    with pytest.raises(ValueError) as info:
        m.set_weights(ws)
    msg = str(info.value)
    assert "(5, 7)" in msg and "(6, 7)" in msg
    assert "2" in msg.replace("(5, 7)", "").replace("(6, 7)", "")
    # nothing was half-applied
    assert not np.array_equal(m.get_weights()[2], np.zeros((5, 7)))


def test_one_hot_width_must_match_output_width():
    m = _model(out=3, act="softmax", loss="categorical_crossentropy")
    y = np.eye(2)[[0, 1, 0, 1]]
    with pytest.raises(ValueError) as info:
        m.fit(np.zeros((4, 2)), y, verbose=0)
    assert "2" in str(info.value) and "3" in str(info.value)


def test_sparse_labels_out_of_range():
    m = _model(out=3, act="softmax", loss="sparse_categorical_crossentropy")
    with pytest.raises(ValueError, match="3"):
        m.fit(np.zeros((4, 2)), np.array([0, 1, 2, 3]), verbose=0)


def test_bad_fit_arguments():
    m = _model()
    x, y = np.zeros((4, 2)), np.zeros((4, 1))
    with pytest.raises(ValueError, match="batch_size"):
        m.fit(x, y, batch_size=0, verbose=0)
    with pytest.raises(ValueError, match="epochs"):
        m.fit(x, y, epochs=-1, verbose=0)
    with pytest.raises(ValueError, match="validation_split"):
        m.fit(x, y, validation_split=1.5, verbose=0)


def test_bad_optimizer_hyperparameters():
    from nnviz.engine.optimizers import SGD

    with pytest.raises(ValueError, match="learning_rate"):
        SGD(learning_rate=-0.1)
    with pytest.raises(ValueError, match="momentum"):
        SGD(momentum=1.5)                  # Keras: "momentum must be between [0, 1]"


def test_non_numeric_data_is_a_type_error():
    m = _model()
    with pytest.raises((TypeError, ValueError), match="x"):
        m.predict(np.array([["a", "b"]]))


def test_set_floatx_rejects_unknown_type():
    from nnviz.engine import backend

    with pytest.raises(ValueError, match="float128|floatx"):
        backend.set_floatx("float128")
