"""The common-sense baseline, the unstable-training rule and the overflow-free gradient norms."""
import math
import warnings

import numpy as np
import pytest

from nnviz.engine.losses import LOSSES
from nnviz.lab.training_health import (WINDOW_EPOCHS, HealthMonitor, constant_baseline,
                                       gradient_norms)


def column(values):
    return np.asarray(values, dtype=np.float64).reshape(-1, 1)


# -- the baseline, worked by hand -----------------------------------------------------------------
def test_binary_crossentropy_baseline_is_the_entropy_of_the_class_shares():
    targets = column([1] * 3 + [0] * 7)  # 30 % positives
    base = constant_baseline(LOSSES.get("binary_crossentropy"), targets)
    assert base.loss == pytest.approx(-(0.3 * math.log(0.3) + 0.7 * math.log(0.7)), rel=1e-6)
    assert base.guess == pytest.approx((0.3,)) and base.statistic == "mean"


def test_mse_baseline_is_the_variance_and_guesses_the_mean():
    values = [0.5, 1.5, 2.0, 4.0]
    base = constant_baseline(LOSSES.get("mse"), column(values))
    assert base.guess == pytest.approx((2.0,))
    assert base.loss == pytest.approx(((1.5 ** 2) + 0.5 ** 2 + 0 + 2.0 ** 2) / 4)  # 1.625


def test_sum_squared_error_baseline_is_half_the_variance():
    base = constant_baseline(LOSSES.get("sum_squared_error"), column([0.0, 2.0]))
    assert base.loss == pytest.approx(0.5 * 1.0) and base.guess == pytest.approx((1.0,))


def test_absolute_error_baseline_guesses_the_median():
    # mean 25 would cost (24 + 23 + 22 + 75) / 4 = 36; the median 2.5 costs (1.5+.5+.5+97.5)/4.
    base = constant_baseline(LOSSES.get("mae"), column([1.0, 2.0, 3.0, 100.0]))
    assert base.statistic == "median" and base.guess == pytest.approx((2.5,))
    assert base.loss == pytest.approx(25.0)


def test_categorical_crossentropy_baseline_guesses_each_class_share():
    one_hot = np.eye(3)[[0, 0, 1, 2]]  # shares 1/2, 1/4, 1/4
    for name in ("categorical_crossentropy", "sparse_categorical_crossentropy"):
        base = constant_baseline(LOSSES.get(name), one_hot)
        assert base.guess == pytest.approx((0.5, 0.25, 0.25))
        assert base.loss == pytest.approx(-(0.5 * math.log(0.5) + 0.5 * math.log(0.25)))


def test_baseline_of_no_targets_is_nan():
    assert math.isnan(constant_baseline(LOSSES.get("mse"), np.zeros((0, 1))).loss)


# -- the rule on made-up loss curves --------------------------------------------------------------
def feed(monitor, losses, start=1):
    return [monitor.observe(epoch, loss) for epoch, loss in enumerate(losses, start)]


def test_nothing_is_judged_before_a_whole_window():
    states = feed(HealthMonitor(0.7), [5.0] * (WINDOW_EPOCHS - 1))
    assert not any(states)


def test_loss_stuck_just_above_the_baseline_is_unstable():
    monitor = HealthMonitor(0.6923)
    states = feed(monitor, [0.6932] * WINDOW_EPOCHS)
    assert states[-1] and monitor.since_epoch == WINDOW_EPOCHS


def test_a_slow_start_above_the_baseline_that_keeps_falling_is_fine():
    monitor = HealthMonitor(0.69)
    losses = [0.76 * 0.999 ** i for i in range(100)]  # above the baseline for ~95 epochs
    assert losses[WINDOW_EPOCHS] > 0.69
    assert not any(feed(monitor, losses))


def test_a_loss_climbing_steadily_below_the_baseline_is_unstable():
    monitor = HealthMonitor(1.0)
    losses = [0.1 + 0.02 * i for i in range(WINDOW_EPOCHS)]  # 0.1 -> 0.48, never above 1
    assert feed(monitor, losses)[-1]


def test_tiny_climbs_far_below_the_baseline_are_fine():
    # Adam near a perfect fit: 1e-5 -> 1e-3 is a hundredfold rise and harmless.
    losses = list(np.geomspace(1e-5, 1e-3, 3 * WINDOW_EPOCHS))
    assert not any(feed(HealthMonitor(0.69), losses))


def test_stuck_on_the_baseline_is_flat_and_jumping_about_or_climbing_is_not():
    stuck = HealthMonitor(0.6923)
    feed(stuck, [0.6932, 0.6925, 0.6930, 0.6921] * (WINDOW_EPOCHS // 4))
    assert stuck.unstable and stuck.flat
    jumpy = HealthMonitor(0.6923)
    feed(jumpy, [2.0, 0.9] * (WINDOW_EPOCHS // 2))
    assert jumpy.unstable and not jumpy.flat
    climbing = HealthMonitor(1.0)
    feed(climbing, [0.1 + 0.02 * i for i in range(WINDOW_EPOCHS)])
    assert climbing.unstable and not climbing.flat
    # Recovered: neither unstable nor flat, though the loss is flat far below the baseline.
    feed(stuck, [0.3] * WINDOW_EPOCHS, start=WINDOW_EPOCHS + 1)
    assert not stuck.unstable and not stuck.flat
    stuck.reset()
    assert not stuck.flat


def test_it_clears_when_training_recovers_and_not_while_it_hovers():
    monitor = HealthMonitor(0.5)
    feed(monitor, [2.0, 0.9] * (WINDOW_EPOCHS // 2))
    assert monitor.unstable
    # Half the epochs below: still unstable (no flicker at the edge).
    assert feed(monitor, [0.4, 0.6] * WINDOW_EPOCHS, start=WINDOW_EPOCHS + 1)[-1]
    after = feed(monitor, [0.3] * WINDOW_EPOCHS, start=3 * WINDOW_EPOCHS + 1)
    assert not after[-1] and monitor.since_epoch == 0


def test_reset_forgets_the_window_and_takes_a_new_baseline():
    monitor = HealthMonitor(0.5)
    feed(monitor, [1.0] * WINDOW_EPOCHS)
    assert monitor.unstable
    monitor.reset(2.0)
    assert not monitor.unstable and monitor.baseline == 2.0
    assert not any(feed(monitor, [1.0] * WINDOW_EPOCHS))


# -- gradient norms ---------------------------------------------------------------------------------
def test_gradient_norms_of_huge_float32_gradients_do_not_overflow():
    huge = np.full((3, 4), 1e30, dtype=np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        norms = gradient_norms([huge, np.array([[3.0, 4.0]], dtype=np.float32),
                                np.zeros((2, 2)), np.array([[np.inf]])])
    assert norms[0] == pytest.approx(1e30 * math.sqrt(12), rel=1e-6)
    assert norms[1:] == (pytest.approx(5.0), 0.0, math.inf)
