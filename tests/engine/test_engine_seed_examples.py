"""The course's worked examples (seeds 000 and 001) run on nnviz.engine and give the course's results."""
import numpy as np
import pytest

X_SEED001 = [[0, 0], [1, 0], [0, 1], [1, 1]]          # integer inputs, as in the seed
AND = [[0], [0], [0], [1]]
OR = [[0], [1], [1], [1]]


def _seed001_program(targets, seed=777, epochs=500):
    """Seed 001's Keras program with only the imports changed."""
    from nnviz.engine import set_random_seed
    from nnviz.engine.models import Sequential
    from nnviz.engine.layers import Dense
    from nnviz.engine.optimizers import SGD
    from nnviz.engine.losses import mse

    set_random_seed(seed)
    x = np.array(X_SEED001)
    y = np.array(targets)
    model = Sequential()
    model.add(Dense(1, input_shape=(2, ), activation='linear'))
    model.compile(optimizer=SGD(), loss=mse, metrics=['acc'])
    initial = [w.astype(np.float64) for w in model.get_weights()]
    history = model.fit(x, y, epochs=epochs, verbose=0)
    return model, x, y, initial, history


def _full_batch_gd(initial, x, y, lr=0.01, steps=500):
    """The same training in float64 by hand: one batch of 4 per epoch, mse gradient 2 r / 4."""
    w, b = initial[0].copy(), initial[1].copy()
    x = x.astype(np.float64)
    y = y.astype(np.float64)
    for _ in range(steps):
        r = x @ w + b - y
        g = 2.0 * r / len(x)
        w -= lr * x.T @ g
        b -= lr * g.sum(axis=0)
    return w, b


def _least_squares(x, y):
    a = np.hstack([np.asarray(x, float), np.ones((len(x), 1))])
    sol = np.linalg.lstsq(a, np.asarray(y, float), rcond=None)[0].ravel()
    return sol[:2], sol[2]


@pytest.mark.parametrize("seed", [777, 0, 1, 2])
@pytest.mark.parametrize("name,targets", [("and", AND), ("or", OR)])
def test_seed001_keras_programs_predict_truth_table(name, targets, seed):
    model, x, y, _, history = _seed001_program(targets, seed=seed)
    result = model.predict(x)
    assert result.shape == (4, 1)
    assert result.dtype == np.float32
    np.testing.assert_array_equal(result.round(), np.array(targets, dtype=float))
    assert len(history.history["loss"]) == 500
    assert len(history.history["acc"]) == 500
    assert history.history["loss"][-1] < history.history["loss"][0]


@pytest.mark.parametrize("name,targets", [("and", AND), ("or", OR)])
def test_seed001_weights_follow_full_batch_gradient_descent(name, targets):
    # batch_size defaults to 32 > 4 samples: each epoch is one full-batch SGD(lr=0.01) step
    model, x, y, initial, _ = _seed001_program(targets)
    w, b = _full_batch_gd(initial, x, y)
    kernel, bias = model.get_weights()
    assert kernel.shape == (2, 1) and bias.shape == (1,)
    np.testing.assert_allclose(kernel, w, atol=1e-4)
    np.testing.assert_allclose(bias, b, atol=1e-4)
    # and the weights moved towards the least-squares fit of the truth table
    ls_w, ls_b = _least_squares(x, y)
    start = np.abs(np.r_[initial[0].ravel(), initial[1]] - np.r_[ls_w, ls_b]).max()
    end = np.abs(np.r_[kernel.ravel(), bias] - np.r_[ls_w, ls_b]).max()
    assert end < start


@pytest.mark.parametrize("name,targets,ls", [
    ("and", AND, ([0.5, 0.5], -0.25)),
    ("or", OR, ([0.5, 0.5], 0.25)),
])
def test_seed001_long_training_reaches_least_squares(name, targets, ls):
    # after 500 epochs the seed's OR weights (0.478, 0.381, b 0.333) are still on the way; the
    # slowest mode decays by (1 - 0.01 * 0.3139) per epoch, so 3000 epochs get within ~1e-3
    model, x, y, _, _ = _seed001_program(targets, epochs=3000)
    ls_w, ls_b = _least_squares(x, y)
    np.testing.assert_allclose(ls_w, ls[0], atol=1e-12)
    assert ls_b == pytest.approx(ls[1], abs=1e-12)
    kernel, bias = model.get_weights()
    np.testing.assert_allclose(kernel.ravel(), ls_w, atol=0.01)
    assert bias[0] == pytest.approx(ls_b, abs=0.01)


def test_seed000_hand_set_weights_make_and_with_sigmoid():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(1, activation="sigmoid", input_shape=(2,))])
    model.set_weights([[[20], [20]], [-30]])          # plain nested lists, as typed in class
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    trace = model.trace(x)
    assert len(trace) == 1
    np.testing.assert_allclose(np.ravel(trace[0].z), [-30, -10, -10, 10], atol=1e-5)
    expected = 1 / (1 + np.exp(-np.array([-30.0, -10.0, -10.0, 10.0])))
    np.testing.assert_allclose(np.ravel(trace[0].a), expected, atol=1e-7)
    pred = model.predict(x)
    np.testing.assert_allclose(pred.ravel(), expected, atol=1e-7)
    np.testing.assert_array_equal(pred.round().ravel(), [0, 0, 0, 1])
    assert isinstance(trace[0].name, str) and trace[0].name


def test_trace_gives_z_and_a_per_layer():
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(2, activation="relu", input_shape=(2,), name="hidden"),
                        Dense(1, activation="sigmoid", name="out")])
    model.set_weights([np.array([[1.0, -1.0], [2.0, 0.5]]), np.array([0.5, -1.0]),
                       np.array([[1.0], [-2.0]]), np.array([0.25])])
    x = np.array([[1.0, 1.0], [-1.0, 0.0]])
    trace = model.trace(x)
    assert [t.name for t in trace] == ["hidden", "out"]
    # z1 = x W1 + b1 = [[3.5, -1.5], [-0.5, 0.0]] ; a1 = relu = [[3.5, 0], [0, 0]]
    np.testing.assert_allclose(trace[0].z, [[3.5, -1.5], [-0.5, 0.0]], atol=1e-6)
    np.testing.assert_allclose(trace[0].a, [[3.5, 0.0], [0.0, 0.0]], atol=1e-6)
    # z2 = a1 W2 + b2 = [[3.75], [0.25]]
    np.testing.assert_allclose(trace[1].z, [[3.75], [0.25]], atol=1e-6)
    np.testing.assert_allclose(trace[1].a, 1 / (1 + np.exp(-np.array([[3.75], [0.25]]))),
                               rtol=1e-5)


# ---------------------------------------------------------------- Rosenblatt perceptron (seed 001)

def test_seed001_perceptron_program_first_epoch_by_hand():
    from nnviz.engine.perceptron import Perceptron

    p = Perceptron(weights=[0.3, 0.4, 0.1], learning_rate=0.05)
    x = np.array(X_SEED001)
    t = np.array([0, 0, 0, 1])
    p.fit(x, t, epochs=1)
    # x_ext = (-1, x1, x2), w = (w0, w1, w2), k = x_ext . w, y = step(k)
    # (0,0): k = -0.3              -> y 0, t 0, no update
    # (1,0): k = -0.3 + 0.4 = 0.1  -> y 1, t 0, error -1: w += 0.05 * -1 * (-1, 1, 0)
    #                                 w = (0.35, 0.35, 0.1)
    # (0,1): k = -0.35 + 0.1 = -0.25 -> y 0, t 0
    # (1,1): k = -0.35 + 0.35 + 0.1 = 0.1 -> y 1, t 1
    np.testing.assert_allclose(p.weights, [0.35, 0.35, 0.1], atol=1e-12)
    recs = p.history
    assert len(recs) == 4
    assert [r.index for r in recs] == [0, 1, 2, 3]
    assert len({r.epoch for r in recs}) == 1
    assert [int(r.output) for r in recs] == [0, 1, 0, 1]
    assert [int(r.error) for r in recs] == [0, -1, 0, 0]
    assert [int(r.target) for r in recs] == [0, 0, 0, 1]
    np.testing.assert_allclose(np.ravel(recs[1].inputs)[-2:], [1, 0])
    np.testing.assert_allclose(recs[1].weights_before, [0.3, 0.4, 0.1], atol=1e-12)
    np.testing.assert_allclose(recs[1].weights_after, [0.35, 0.35, 0.1], atol=1e-12)
    np.testing.assert_allclose(recs[0].weights_before, recs[0].weights_after)


def test_seed001_perceptron_program_ends_where_the_program_ends():
    from nnviz.engine.perceptron import Perceptron

    p = Perceptron(weights=[0.3, 0.4, 0.1], learning_rate=0.05)
    p.fit(np.array(X_SEED001), np.array([0, 0, 0, 1]), epochs=3)
    # Epoch 1 (see the test above): one update at (1,0) -> w = (0.35, 0.35, 0.1).
    # Epoch 2, (1,0): k = -0.35 + 0.35. In exact arithmetic that is 0 (step -> 0), but the seed
    #   program runs in float64: 0.3 + 0.05 = 0.35 and 0.4 - 0.05 = 0.35000000000000003, so
    #   k = 5.55e-17 > 0 -> y 1, error -1: w += 0.05 * -1 * (-1, 1, 0) -> w = (0.4, 0.3, 0.1).
    #   (0,1): k = -0.4 + 0.1 = -0.3 -> 0 ; (1,1): k = -0.4 + 0.3 + 0.1 = 8.3e-17 > 0 -> 1, ok.
    # Epoch 3: (0,0) -0.4 -> 0 ; (1,0) -0.1 -> 0 ; (0,1) -0.3 -> 0 ; (1,1) 8.3e-17 -> 1: no update.
    # The seed program prints [[0.4] [0.3] [0.1]]; the engine must reproduce it.
    np.testing.assert_allclose(p.weights, [0.4, 0.3, 0.1], atol=1e-9)
    recs = p.history
    assert len(recs) == 12
    changed = [i for i, r in enumerate(recs)
               if not np.array_equal(r.weights_before, r.weights_after)]
    assert changed == [1, 5]
    np.testing.assert_array_equal(p.predict(np.array(X_SEED001)).ravel(), [0, 0, 0, 1])


def test_perceptron_update_rule_on_one_sample():
    from nnviz.engine.perceptron import Perceptron

    p = Perceptron(weights=[0.5, -0.2, 0.1], learning_rate=0.1)
    # x = (1, 1): k = -0.5 - 0.2 + 0.1 = -0.6 -> y 0 ; t = 1 -> w += 0.1 * (-1, 1, 1)
    p.fit(np.array([[1, 1]]), np.array([1]), epochs=1)
    np.testing.assert_allclose(p.weights, [0.4, -0.1, 0.2], atol=1e-12)


def test_perceptron_step_of_exactly_zero_is_zero():
    from nnviz.engine.perceptron import Perceptron

    # the seed's step_function: 1 if k > 0 else 0 -- a net input of exactly 0 gives 0
    p = Perceptron(weights=[0.5, 0.5, 0.25], learning_rate=0.1)
    # k = -0.5 + 0.5*x1 + 0.25*x2: (0,0) -0.5, (1,0) 0.0, (0,1) -0.25, (1,1) 0.25
    np.testing.assert_array_equal(np.ravel(p.predict(np.array(X_SEED001))), [0, 0, 0, 1])
    # fitting (1,0) -> 0 therefore changes nothing
    p.fit(np.array([[1, 0]]), np.array([0]), epochs=1)
    np.testing.assert_array_equal(p.weights, [0.5, 0.5, 0.25])
    assert int(p.history[0].output) == 0 and int(p.history[0].error) == 0


@pytest.mark.parametrize("targets", [[0, 0, 0, 1], [0, 1, 1, 1]])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_perceptron_learns_and_or(targets, seed):
    from nnviz.engine.perceptron import Perceptron

    p = Perceptron(learning_rate=0.1, n_inputs=2, seed=seed)
    assert np.shape(p.weights) == (3,)
    x = np.array(X_SEED001)
    p.fit(x, np.array(targets), epochs=100)
    pred = p.predict(x)
    np.testing.assert_array_equal(np.ravel(pred), targets)
    assert set(np.unique(pred)).issubset({0, 1})


@pytest.mark.parametrize("start", [None, [0.3, 0.4, 0.1], [0.0, 0.0, 0.0], [-1.0, 2.0, -3.0]])
def test_single_perceptron_never_learns_xor(start):
    from nnviz.engine.perceptron import Perceptron

    p = Perceptron(weights=start, learning_rate=0.1, n_inputs=2, seed=3)
    x = np.array(X_SEED001)
    t = np.array([0, 1, 1, 0])
    p.fit(x, t, epochs=200)
    acc = np.mean(np.ravel(p.predict(x)) == t)
    assert acc < 1.0
    # no epoch is ever error-free (that would be a separating line, which XOR has not)
    errors = {}
    for r in p.history:
        errors.setdefault(r.epoch, []).append(int(r.error))
    assert len(errors) == 200
    assert all(any(e != 0 for e in errs) for errs in errors.values())
