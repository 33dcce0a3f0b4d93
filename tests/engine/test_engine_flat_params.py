"""A model steps all its parameters as one flat array: the same numbers, bit for bit, as
stepping them one by one, with live layer arrays, restored optimizer state, frozen and shared
layers; and ``fast_train_step`` trains exactly as ``fast_train_on_batch`` without the loss."""
import math

import numpy as np
import pytest

from nnviz.engine import (BatchNormalization, Dense, Sequential, flat_params, optimizers,
                          set_random_seed)
from nnviz.engine.flat_params import consecutive_base

OPTIMIZERS = [lambda: optimizers.SGD(0.1), lambda: optimizers.SGD(0.1, momentum=0.9),
              lambda: optimizers.SGD(0.1, momentum=0.9, nesterov=True),
              lambda: optimizers.Adagrad(0.1), lambda: optimizers.RMSprop(0.01),
              lambda: optimizers.RMSprop(0.01, momentum=0.5), lambda: optimizers.Adam(0.01)]


def _data(n=12):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, 2)).astype(np.float32)
    return x, (x[:, :1] * x[:, 1:] > 0).astype(np.float32)


def _model(make_optimizer=lambda: optimizers.SGD(0.1), batch_norm=False, unpacked=None):
    """The test network; its layers are never packed if ``unpacked`` (the fixture's set) is
    given."""
    set_random_seed(5)
    layers = [Dense(5, activation="tanh", input_shape=(2,))]
    if batch_norm:
        layers.append(BatchNormalization())
    layers += [Dense(3, activation="relu"), Dense(1, activation="sigmoid")]
    if unpacked is not None:
        unpacked.update(map(id, layers))
    m = Sequential(layers)
    m.compile(optimizer=make_optimizer(), loss="binary_crossentropy")
    return m


@pytest.fixture
def unpacked(monkeypatch):
    """Layers whose ids are in this set are never packed: they step one parameter at a time,
    as the engine did before packing, for comparison."""
    ids, real = set(), flat_params.pack
    monkeypatch.setattr(flat_params, "pack",
                        lambda layers: None if any(id(l) in ids for l in layers) else real(layers))
    return ids


def _assert_same(a, b):
    for wa, wb in zip(a.get_weights(), b.get_weights(), strict=True):
        np.testing.assert_array_equal(wa, wb)


@pytest.mark.parametrize("make_optimizer", OPTIMIZERS)
@pytest.mark.parametrize("batch_norm", [False, True])
def test_flat_steps_equal_steps_one_parameter_at_a_time(unpacked, make_optimizer, batch_norm):
    x, y = _data()
    flat, single = _model(make_optimizer, batch_norm), _model(make_optimizer, batch_norm, unpacked)
    assert flat._current_plan()["flat"] is not None
    assert single._current_plan()["flat"] is None
    for _ in range(30):
        assert flat.fast_train_on_batch(x, y) == single.fast_train_on_batch(x, y)
    _assert_same(flat, single)
    for i, arrays in single.optimizer._slots.items():
        for a, b in zip(flat.optimizer._slots[i], arrays, strict=True):
            np.testing.assert_array_equal(a, b)


def test_layer_arrays_taken_before_training_stay_live():
    x, y = _data()
    m = _model()
    kernel, bias = m.layers[0].kernel, m.layers[-1].bias
    before = kernel.copy()
    for _ in range(5):
        m.fast_train_on_batch(x, y)
    assert not np.array_equal(kernel, before)
    np.testing.assert_array_equal(kernel, m.get_weights()[0])
    np.testing.assert_array_equal(bias, m.get_weights()[-1])
    params = [p for layer in m.layers for p in layer.params]
    assert consecutive_base(params) is not None


def test_restored_optimizer_state_is_the_one_stepped_with():
    """A checkpoint puts weights and optimizer state back mid-run: the flat state must follow."""
    x, y = _data()
    m = _model(lambda: optimizers.Adam(0.05))
    for _ in range(5):
        m.fast_train_on_batch(x, y)
    weights = m.get_weights()
    slots = {i: [a.copy() for a in arrays] for i, arrays in m.optimizer._slots.items()}
    for _ in range(5):
        m.fast_train_on_batch(x, y)
    after_ten = m.get_weights()
    for _ in range(7):  # wander off, then come back
        m.fast_train_on_batch(x, y)
    m.set_weights(weights)
    m.optimizer._slots = slots
    m.optimizer.iterations = 5
    for _ in range(5):
        m.fast_train_on_batch(x, y)
    for a, b in zip(m.get_weights(), after_ten, strict=True):
        np.testing.assert_array_equal(a, b)


def test_reset_forgets_momentum_in_the_flat_state():
    x, y = _data()
    m, fresh = _model(lambda: optimizers.SGD(0.1, momentum=0.9)), _model()
    for _ in range(5):
        m.fast_train_on_batch(x, y)
    m.optimizer.reset()
    fresh.set_weights(m.get_weights())
    fresh.optimizer = optimizers.SGD(0.1, momentum=0.9)
    for _ in range(5):
        m.fast_train_on_batch(x, y)
        fresh.fast_train_on_batch(x, y)
    _assert_same(m, fresh)


def test_optimizer_state_cannot_be_changed_behind_the_flat_state():
    m = _model()
    m.fast_train_on_batch(*_data())
    with pytest.raises(TypeError):
        m.optimizer._slots[0] = [np.zeros(3)]


def test_freezing_and_unfreezing_a_middle_layer(unpacked):
    x, y = _data()
    adam = lambda: optimizers.Adam(0.05)  # noqa: E731
    flat, single = _model(adam), _model(adam, unpacked=unpacked)
    for m in (flat, single):
        for _ in range(3):
            m.fast_train_on_batch(x, y)
        m.layers[1].trainable = False
        frozen = m.layers[1].kernel.copy()
        for _ in range(3):
            m.fast_train_on_batch(x, y)
        np.testing.assert_array_equal(m.layers[1].kernel, frozen)
        m.layers[1].trainable = True
        for _ in range(3):
            m.fast_train_on_batch(x, y)
        assert not np.array_equal(m.layers[1].kernel, frozen)
    _assert_same(flat, single)


def test_a_layer_shared_by_two_models_is_trained_by_both(unpacked):
    """Each model packs the shared layer into its own array in turn; neither may step a stale
    copy of it."""
    x, y = _data()

    def pair(ids=None):
        set_random_seed(2)
        layers = [Dense(4, activation="tanh", input_shape=(2,)),
                  Dense(1, activation="sigmoid"), Dense(1, activation="sigmoid")]
        if ids is not None:
            ids.update(map(id, layers))
        a, b = Sequential(layers[:2]), Sequential([layers[0], layers[2]])
        for m in (a, b):
            m.compile(optimizer=optimizers.SGD(0.2), loss="binary_crossentropy")
        return a, b

    flat, single = pair(), pair(unpacked)
    for _ in range(6):
        for m in (*flat, *single):
            m.fast_train_on_batch(x, y)
    for a, b in zip(flat, single):
        _assert_same(a, b)
    assert flat[0].layers[0] is flat[1].layers[0]


def test_fast_train_step_trains_as_fast_train_on_batch_and_keeps_the_loss():
    x, y = _data()
    with_loss, without = _model(lambda: optimizers.Adam(0.05)), \
        _model(lambda: optimizers.Adam(0.05))
    for _ in range(10):
        loss = with_loss.fast_train_on_batch(x, y)
        assert without.fast_train_step(x, y) is True
        assert without.last_batch_loss(y) == loss
    _assert_same(with_loss, without)


def test_fast_train_step_reports_outputs_that_are_not_finite():
    x, y = _data()
    m = _model()
    m.layers[-1].bias[...] = np.inf  # sigmoid(inf) = 1 is finite; the loss is not
    assert m.fast_train_step(x, y) is False
    with np.errstate(all="ignore"):
        assert not math.isfinite(m.last_batch_loss(y))
    m = _model()
    m.layers[0].kernel[0, 0] = np.nan
    assert m.fast_train_step(x, y) is False


@pytest.mark.parametrize("spoil", ["trained kernel", "frozen bias", "moving variance"])
def test_weights_finite_sees_every_weight_packed_or_not(spoil):
    m = _model(batch_norm=True)
    m.layers[2].trainable = False
    m.fast_train_on_batch(*_data())
    assert m.weights_finite() is True
    array = {"trained kernel": m.layers[0].kernel, "frozen bias": m.layers[2].bias,
             "moving variance": m.layers[1].moving_variance}[spoil]
    array.flat[-1] = np.inf
    assert m.weights_finite() is False
