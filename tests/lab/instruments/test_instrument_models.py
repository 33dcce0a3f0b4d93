"""The instruments' Qt-free models against the engine and hand-worked values."""
import math

import numpy as np
import pytest

from nnviz.engine.activations import ACTIVATIONS
from nnviz.engine.optimizers import SGD, Adagrad, Adam, RMSprop
from nnviz.engine.perceptron import Perceptron
from nnviz.lab.instruments import activation_explorer as ax
from nnviz.lab.instruments import descent_curve as dc
from nnviz.lab.instruments import loss_explorer as lx
from nnviz.lab.instruments import optimizer_race as race
from nnviz.lab.instruments.number_format import format_number, format_vector
from nnviz.lab.instruments.perceptron_lab import INPUTS, PerceptronLab


@pytest.mark.parametrize("value, text", [
    (0, "0"), (-30, "−30"), (0.35000000000000003, "0.35"), (-0.25, "−0.25"),
    (1.23456e-5, "1.235×10⁻⁵"), (0.00012346, "0.0001235"), (12345.6, "12350"),
    (1234567, "1.235×10⁶"), (float("nan"), "NaN"), (float("-inf"), "−∞"), (0.1 + 0.2, "0.3")])
def test_numbers_read_with_four_significant_digits_and_a_real_minus(value, text):
    assert format_number(value) == text


def test_vector_format():
    assert format_vector([0.4, -0.3, 0.1]) == "[0.4, −0.3, 0.1]"


def test_perceptron_lab_replays_the_seed_program_as_the_engine_does():
    lab = PerceptronLab("and", (0.3, 0.4, 0.1), 0.05)
    for _ in range(12):
        lab.step_sample()
    ref = Perceptron(weights=[0.3, 0.4, 0.1], learning_rate=0.05)
    ref.fit(np.array(INPUTS), np.array([0, 0, 0, 1]), epochs=3)
    assert len(lab.visits) == len(ref.history) == 12
    for v, r in zip(lab.visits, ref.history):
        assert v.epoch == r.epoch + 1 and v.index == r.index
        assert v.output == r.output and v.error == r.error and v.target == r.target
        np.testing.assert_array_equal(v.weights_before, r.weights_before)
        np.testing.assert_array_equal(v.weights_after, r.weights_after)
    np.testing.assert_allclose(lab.weights, [0.4, 0.3, 0.1], atol=1e-12)
    # first epoch by hand: k = −0.3, 0.1, −0.25, 0.1 (x0 = −1)
    np.testing.assert_allclose([v.weighted_sum for v in lab.visits[:4]],
                               [-0.3, 0.1, -0.25, 0.1], atol=1e-12)
    assert [v.changed for v in lab.visits].count(True) == 2
    assert lab.converged and lab.solved


@pytest.mark.parametrize("gate", ["and", "or"])
def test_and_or_converge_on_run(gate):
    lab = PerceptronLab(gate, (0.3, 0.4, 0.1), 0.05)
    lab.run()
    assert lab.converged and lab.solved


def test_xor_never_converges():
    lab = PerceptronLab("xor", (0.3, 0.4, 0.1), 0.05)
    assert lab.run(max_epochs=50) == 50
    assert not lab.converged and not lab.solved and not lab.linearly_separable


def test_perceptron_lab_refuses_bad_weights():
    with pytest.raises(ValueError, match="three finite numbers"):
        PerceptronLab("and", (0.3, float("nan"), 0.1))


def test_descent_step_is_sgd_on_the_slope():
    g = dc.GradientDescent1D("bowl", 0.1, start=2.0)
    g.step()
    assert g.x == pytest.approx(2.0 - 0.1 * 4.0)   # x − η·2x


@pytest.mark.parametrize("lr, regime", [(0.001, dc.CRAWLING), (0.1, dc.CONVERGED),
                                        (1.2, dc.DIVERGED)])
def test_descent_regimes_on_the_bowl(lr, regime):
    g = dc.GradientDescent1D("bowl", lr, start=2.5)
    g.run(80)
    assert g.regime() == regime


def test_descent_overshoots_between_half_and_one_on_the_bowl():
    g = dc.GradientDescent1D("bowl", 0.9, start=2.5)
    g.run(4)
    assert g.regime() == dc.OVERSHOOTING
    assert all(a * b < 0 for a, b in zip(g.path, g.path[1:]))  # x changes sign every step


def test_descent_stops_in_the_local_minimum_from_the_right():
    g = dc.GradientDescent1D("two_valleys", 0.1, start=2.0)
    g.run(200)
    assert g.regime() == dc.STUCK_LOCAL and g.x == pytest.approx(1.3473, abs=1e-3)


@pytest.mark.parametrize("name, make", [
    ("sgd", lambda lr: SGD(lr)), ("momentum", lambda lr: SGD(lr, momentum=0.9)),
    ("nag", lambda lr: SGD(lr, momentum=0.9, nesterov=True)), ("adagrad", Adagrad),
    ("rmsprop", RMSprop), ("adam", Adam)])
@pytest.mark.parametrize("surface", ["valley", "rosenbrock"])
def test_race_steps_are_the_engine_optimizers(name, make, surface):
    r = race.OptimizerRace(surface)
    s = race.SURFACES[surface]
    lr = r.learning_rates[name]
    opt, p = make(lr), np.array(s.start, dtype=np.float64)
    for _ in range(5):
        r.step()
        opt.apply([p], [np.array(s.gradient(*p))])
        np.testing.assert_allclose(r.racers[name].position, p, rtol=1e-12)


def test_race_first_sgd_step_by_hand():
    r = race.OptimizerRace("bowl", start=(-2.5, 2.0), learning_rates={"sgd": 0.05})
    r.step()
    # gradient (2x, 2y) = (−5, 4); x − 0.05·g
    np.testing.assert_allclose(r.racers["sgd"].position, [-2.25, 1.8])
    assert r.racers["sgd"].loss == pytest.approx(2.25 ** 2 + 1.8 ** 2)


def test_race_marks_a_runaway_as_diverged():
    r = race.OptimizerRace("bowl", learning_rates={"sgd": 1.5})
    r.step(60)
    assert r.racers["sgd"].diverged and not r.racers["adam"].diverged


@pytest.mark.parametrize("name", ax.curve_names())
def test_activation_slope_is_the_engines_backward(name):
    c = ax.activation_curve(name)
    act = ACTIVATIONS.get(name)
    z = c.x.copy()
    np.testing.assert_allclose(c.slope, act.backward(z, act.forward(z.copy()), np.ones_like(z)))
    inner = (c.x > -5) & (c.x < 5) & (np.abs(c.x) > 0.05)
    if name != "step":  # central differences agree where f is smooth
        h = 1e-5
        numeric = (act.forward(c.x + h) - act.forward(c.x - h)) / (2 * h)
        np.testing.assert_allclose(c.slope[inner], numeric[inner], atol=1e-6)


def test_sigmoid_slope_is_at_most_a_quarter_and_vanishes_in_its_tails():
    c = ax.activation_curve("sigmoid")
    assert c.max_slope == pytest.approx(0.25)
    assert c.through_layers(5) == pytest.approx(0.25 ** 5)
    assert c.flat_regions[0][0] == -6 and -3.1 < c.flat_regions[0][1] < -2.7
    assert "softmax" not in ax.curve_names()


def test_softmax_as_written_overflows_and_the_stable_one_does_not():
    d = ax.softmax_demo([1010, 1000, 990])
    assert d.naive_failed and np.isinf(d.naive_exp).all() and np.isnan(d.naive).all()
    np.testing.assert_allclose(d.shifted, [0, -10, -20])
    e10, e20 = math.exp(-10), math.exp(-20)
    np.testing.assert_allclose(d.stable, np.array([1, e10, e20]) / (1 + e10 + e20), rtol=1e-12)
    ok = ax.softmax_demo([1, 2, 3])
    assert not ok.naive_failed
    np.testing.assert_allclose(ok.naive, ok.stable)
    with pytest.raises(ValueError):
        ax.softmax_demo([])


def test_losses_by_hand():
    # t = 1, y = 0.9: SSE ½·0.01, BCE −ln 0.9; slopes y − t and −1/y
    assert lx.per_sample("sum_squared_error", [0.9], 1)[0] == pytest.approx(0.005)
    assert lx.per_sample("mean_squared_error", [0.9], 1)[0] == pytest.approx(0.01)
    assert lx.per_sample("binary_crossentropy", [0.9], 1)[0] == pytest.approx(-math.log(0.9))
    assert lx.per_sample("binary_crossentropy", [0.01], 1)[0] == pytest.approx(-math.log(0.01),
                                                                                rel=1e-6)
    assert lx.slope("sum_squared_error", [0.9, 0.2], 1) == pytest.approx([-0.1, -0.8])
    assert lx.slope("binary_crossentropy", [0.9, 0.2], 1) == pytest.approx([-1 / 0.9, -5])
    # t = 0: BCE −ln(1 − y), slope 1/(1 − y)
    assert lx.per_sample("binary_crossentropy", [0.2], 0)[0] == pytest.approx(-math.log(0.8))
    assert lx.slope("binary_crossentropy", [0.2], 0)[0] == pytest.approx(1.25)


def test_confident_wrong_answer_costs_cross_entropy_far_more():
    c = lx.loss_curves(1.0, ("sum_squared_error", "binary_crossentropy"))
    wrong = c.prediction < 0.05
    assert (c.values["binary_crossentropy"][wrong] > 5 * c.values["sum_squared_error"][wrong]).all()


def test_batch_mean_is_the_sum_over_n():
    rows = [(0.9, 1), (0.2, 0), (0.6, 1), (0.95, 0)]
    b = lx.batch_loss("binary_crossentropy", rows)
    by_hand = [-math.log(0.9), -math.log(0.8), -math.log(0.6), -math.log(0.05)]
    np.testing.assert_allclose(b.per_sample, by_hand, rtol=1e-6)
    assert b.mean == pytest.approx(sum(by_hand) / 4, rel=1e-6)
    with pytest.raises(ValueError):
        lx.batch_loss("binary_crossentropy", [])
