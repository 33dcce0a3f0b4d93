"""Optimizers' first steps and schedules' learning rates, worked out by hand (Keras formulas).

The optimizer tests train a single weight: Dense(1, use_bias=False) on x = 1, y = 0 with mse, so
the loss is L(w) = w**2 and the gradient is g = 2 w. Starting at w0 = 1 the first gradient is 2.
"""
import math

import numpy as np
import pytest


def _single_weight_model(optimizer, w0=1.0):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense

    model = Sequential([Dense(1, use_bias=False, input_shape=(1,))])
    model.compile(optimizer=optimizer, loss="mse")
    model.set_weights([np.array([[w0]])])
    return model


def _two_steps(optimizer):
    model = _single_weight_model(optimizer)
    x = np.array([[1.0]])
    y = np.array([[0.0]])
    model.train_on_batch(x, y)
    w1 = float(model.get_weights()[0][0, 0])
    model.train_on_batch(x, y)
    w2 = float(model.get_weights()[0][0, 0])
    return w1, w2


def test_sgd_plain(float64):
    from nnviz.engine.optimizers import SGD

    w1, w2 = _two_steps(SGD(learning_rate=0.1))
    # w1 = 1 - 0.1 * 2 = 0.8 ; g = 1.6 ; w2 = 0.8 - 0.1 * 1.6 = 0.64
    assert w1 == pytest.approx(0.8, abs=1e-12)
    assert w2 == pytest.approx(0.64, abs=1e-12)


def test_sgd_default_learning_rate_is_0_01(float64):
    from nnviz.engine.optimizers import SGD

    w1, _ = _two_steps(SGD())
    assert w1 == pytest.approx(1 - 0.01 * 2, abs=1e-12)


def test_sgd_momentum(float64):
    from nnviz.engine.optimizers import SGD

    w1, w2 = _two_steps(SGD(learning_rate=0.1, momentum=0.9))
    # v1 = 0.9*0 - 0.1*2 = -0.2 ; w1 = 1 - 0.2 = 0.8
    # g = 1.6 ; v2 = 0.9*(-0.2) - 0.1*1.6 = -0.34 ; w2 = 0.8 - 0.34 = 0.46
    assert w1 == pytest.approx(0.8, abs=1e-12)
    assert w2 == pytest.approx(0.46, abs=1e-12)


def test_sgd_nesterov(float64):
    from nnviz.engine.optimizers import SGD

    w1, w2 = _two_steps(SGD(learning_rate=0.1, momentum=0.9, nesterov=True))
    # v1 = -0.1*2 = -0.2 ; w1 = 1 + 0.9*(-0.2) - 0.1*2 = 1 - 0.18 - 0.2 = 0.62
    # g = 1.24 ; v2 = 0.9*(-0.2) - 0.124 = -0.304 ; w2 = 0.62 + 0.9*(-0.304) - 0.124 = 0.2224
    assert w1 == pytest.approx(0.62, abs=1e-12)
    assert w2 == pytest.approx(0.2224, abs=1e-12)


def test_adagrad(float64):
    from nnviz.engine.optimizers import Adagrad

    w1, w2 = _two_steps(Adagrad(learning_rate=0.1))
    # acc = 0.1 + 2**2 = 4.1 ; w1 = 1 - 0.1*2/sqrt(4.1) = 1 - 0.2/2.0248457 = 0.9012270
    e1 = 1 - 0.1 * 2 / (math.sqrt(4.1) + 1e-7)
    # g = 2*w1 = 1.8024541 ; acc = 4.1 + 3.2488407 = 7.3488407
    # w2 = w1 - 0.1*g/sqrt(acc) = 0.9012270 - 0.18024541/2.7108745 = 0.8347373
    g = 2 * e1
    e2 = e1 - 0.1 * g / (math.sqrt(4.1 + g * g) + 1e-7)
    assert e1 == pytest.approx(0.9012270, abs=1e-6) and e2 == pytest.approx(0.8347373, abs=1e-6)
    assert w1 == pytest.approx(e1, abs=1e-6)
    assert w2 == pytest.approx(e2, abs=1e-6)


def test_rmsprop(float64):
    from nnviz.engine.optimizers import RMSprop

    w1, w2 = _two_steps(RMSprop(learning_rate=0.1, rho=0.9))
    # ms = 0.9*0 + 0.1*4 = 0.4 ; w1 = 1 - 0.1*2/sqrt(0.4) = 1 - 0.3162278 = 0.6837722
    e1 = 1 - 0.1 * 2 / (math.sqrt(0.4) + 1e-7)
    # g = 1.3675445 ; ms = 0.9*0.4 + 0.1*g**2 = 0.36 + 0.1870178 = 0.5470178
    # w2 = w1 - 0.1*g/sqrt(ms) = 0.6837723 - 0.1849016 = 0.4988707
    g = 2 * e1
    ms = 0.9 * 0.4 + 0.1 * g * g
    e2 = e1 - 0.1 * g / (math.sqrt(ms) + 1e-7)
    assert e1 == pytest.approx(0.6837722, abs=1e-6) and e2 == pytest.approx(0.4988707, abs=1e-6)
    assert w1 == pytest.approx(e1, abs=1e-6)
    assert w2 == pytest.approx(e2, abs=1e-6)


def test_adam(float64):
    from nnviz.engine.optimizers import Adam

    w1, w2 = _two_steps(Adam(learning_rate=0.1))
    # t=1: m = 0.1*2 = 0.2 ; v = 0.001*4 = 0.004 ; lr_t = 0.1*sqrt(1-0.999)/(1-0.9) = 0.0316228
    # w1 = 1 - lr_t*0.2/sqrt(0.004) = 1 - 0.0316228*0.2/0.0632456 = 0.9   (first step = lr)
    lr1 = 0.1 * math.sqrt(1 - 0.999) / (1 - 0.9)
    e1 = 1 - lr1 * 0.2 / (math.sqrt(0.004) + 1e-7)
    # t=2: g = 1.8 ; m = 0.9*0.2 + 0.1*1.8 = 0.36 ; v = 0.999*0.004 + 0.001*3.24 = 0.007236
    # lr_t = 0.1*sqrt(1-0.999**2)/(1-0.9**2) = 0.1*0.0447102/0.19 = 0.0235317
    # w2 = 0.9 - 0.0235317*0.36/0.0850647 = 0.9 - 0.0995875 = 0.8004125
    g = 2 * e1
    m = 0.9 * 0.2 + 0.1 * g
    v = 0.999 * 0.004 + 0.001 * g * g
    lr2 = 0.1 * math.sqrt(1 - 0.999 ** 2) / (1 - 0.9 ** 2)
    e2 = e1 - lr2 * m / (math.sqrt(v) + 1e-7)
    assert e1 == pytest.approx(0.9, abs=1e-5) and e2 == pytest.approx(0.8004125, abs=1e-6)
    assert w1 == pytest.approx(e1, abs=1e-6)
    assert w2 == pytest.approx(e2, abs=1e-6)


@pytest.mark.parametrize("name,cls", [("sgd", "SGD"), ("adagrad", "Adagrad"),
                                      ("rmsprop", "RMSprop"), ("adam", "Adam")])
def test_optimizer_by_name_uses_keras_defaults(float64, name, cls):
    from nnviz.engine import optimizers

    by_name = _two_steps(name)
    by_class = _two_steps(getattr(optimizers, cls)())
    assert by_name == pytest.approx(by_class, abs=1e-12)
    assert by_name[0] != 1.0
    assert name in optimizers.OPTIMIZERS.names()


def test_optimizer_keras_default_values():
    from nnviz.engine.optimizers import SGD, Adagrad, Adam, RMSprop

    # Keras defaults: SGD 0.01, Adagrad / RMSprop / Adam 0.001
    assert float(SGD().learning_rate) == pytest.approx(0.01)
    assert float(Adagrad().learning_rate) == pytest.approx(0.001)
    assert float(RMSprop().learning_rate) == pytest.approx(0.001)
    assert float(Adam().learning_rate) == pytest.approx(0.001)


def test_schedule_as_learning_rate(float64):
    from nnviz.engine.optimizers import SGD
    from nnviz.engine.schedules import PiecewiseConstantDecay

    # Keras counts optimizer iterations from 0: step 0 uses values[0] (step <= 0), step 1 values[1]
    sched = PiecewiseConstantDecay(boundaries=[0], values=[0.1, 0.01])
    w1, w2 = _two_steps(SGD(learning_rate=sched))
    # w1 = 1 - 0.1*2 = 0.8 ; w2 = 0.8 - 0.01*1.6 = 0.784
    assert w1 == pytest.approx(0.8, abs=1e-12)
    assert w2 == pytest.approx(0.784, abs=1e-12)


def test_exponential_decay():
    from nnviz.engine.schedules import ExponentialDecay

    smooth = ExponentialDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5)
    stairs = ExponentialDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5,
                              staircase=True)
    assert smooth(0) == pytest.approx(0.1)
    assert smooth(10) == pytest.approx(0.05)
    assert smooth(15) == pytest.approx(0.1 * 0.5 ** 1.5)      # 0.0353553
    assert smooth(15) == pytest.approx(0.0353553, abs=1e-7)
    assert stairs(15) == pytest.approx(0.05)                   # floor(15/10) = 1
    assert stairs(19) == pytest.approx(0.05)
    assert stairs(20) == pytest.approx(0.025)
    assert stairs(9) == pytest.approx(0.1)


def test_inverse_time_decay():
    from nnviz.engine.schedules import InverseTimeDecay

    smooth = InverseTimeDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5)
    stairs = InverseTimeDecay(initial_learning_rate=0.1, decay_steps=10, decay_rate=0.5,
                              staircase=True)
    assert smooth(0) == pytest.approx(0.1)
    assert smooth(15) == pytest.approx(0.1 / (1 + 0.5 * 1.5))   # 0.0571429
    assert stairs(15) == pytest.approx(0.1 / (1 + 0.5 * 1))     # 0.0666667
    assert smooth(20) == pytest.approx(0.05)


def test_piecewise_constant_decay_boundaries():
    from nnviz.engine.schedules import PiecewiseConstantDecay

    s = PiecewiseConstantDecay(boundaries=[100, 200], values=[1.0, 0.5, 0.1])
    # Keras: values[0] for step <= 100, values[1] for 100 < step <= 200, values[2] after
    assert [s(t) for t in (0, 99, 100, 101, 200, 201, 10_000)] == pytest.approx(
        [1.0, 1.0, 1.0, 0.5, 0.5, 0.1, 0.1])


def test_cosine_decay_with_alpha():
    from nnviz.engine.schedules import CosineDecay

    s = CosineDecay(initial_learning_rate=0.1, decay_steps=100, alpha=0.1)
    # lr = 0.1 * ((1 - alpha) * 0.5 * (1 + cos(pi * min(t, 100) / 100)) + alpha)
    assert s(0) == pytest.approx(0.1)
    assert s(50) == pytest.approx(0.1 * (0.9 * 0.5 + 0.1))       # 0.055
    assert s(25) == pytest.approx(0.1 * (0.9 * 0.5 * (1 + math.cos(math.pi / 4)) + 0.1))
    assert s(100) == pytest.approx(0.01)
    assert s(500) == pytest.approx(0.01)                           # clamped at decay_steps
    plain = CosineDecay(initial_learning_rate=0.1, decay_steps=100)
    assert plain(100) == pytest.approx(0.0, abs=1e-12)
