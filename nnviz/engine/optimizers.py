"""Optimizers with Keras's update rules and defaults.

An optimizer updates a list of parameter arrays in place from a list of gradients of the same
shapes. Every rule here is element-wise, so the engine may hand it a layer's kernel and bias as
one array. ``learning_rate`` is a float or a schedule from :mod:`schedules`; it and every
hyper-parameter are plain attributes that may change between steps.
"""
from __future__ import annotations

import warnings
from types import MappingProxyType

import numpy as np

from . import schedules  # noqa: F401 - keras.optimizers.schedules, as in Keras
from .registry import Registry
from .schedules import LearningRateSchedule

OPTIMIZERS = Registry("optimizer")


def _check(name, value, lo=0.0, hi=None, lo_open=False):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise TypeError(f"{name} must be a number, got {value!r}")
    if (value <= lo if lo_open else value < lo) or (hi is not None and value >= hi):
        bound = f"in [{lo}, {hi})" if hi is not None else (f"> {lo}" if lo_open else f">= {lo}")
        raise ValueError(f"{name} must be {bound}, got {value!r}")


class Optimizer:
    """Base class: ``apply(params, grads)`` performs one step and counts ``iterations``."""

    _hyper = ()

    def __init__(self, learning_rate, name, lr=None, decay=0.0, **unknown):
        if unknown:
            raise TypeError(f"{type(self).__name__} got unexpected argument(s) "
                            f"{', '.join(unknown)}; it takes learning_rate, "
                            f"{', '.join(self._hyper) + ', ' if self._hyper else ''}name "
                            "(and the Keras 2 names lr, decay)")
        if lr is not None:  # Keras 2 spelling; Keras 2.x accepted it with a warning too
            warnings.warn("The `lr` argument is deprecated, use `learning_rate` instead.",
                          DeprecationWarning, stacklevel=3)
            learning_rate = lr
        if decay:
            warnings.warn("The `decay` argument is deprecated (Keras 2); use a learning-rate "
                          "schedule such as schedules.InverseTimeDecay instead.",
                          DeprecationWarning, stacklevel=3)
        _check("decay", decay)
        self.decay = float(decay)
        if not isinstance(learning_rate, LearningRateSchedule) and not callable(learning_rate):
            _check("learning_rate", learning_rate, lo_open=True)
        self.learning_rate = learning_rate
        self.name = name
        self.iterations = 0
        self._slots = {}

    def current_learning_rate(self) -> float:
        """The rate the next step uses (after any schedule)."""
        lr = self.learning_rate
        if isinstance(lr, LearningRateSchedule):
            lr = lr(self.iterations)
        elif callable(lr):
            lr = lr()
        if self.decay:  # Keras 2's time decay: lr / (1 + decay * iterations)
            return float(lr) / (1.0 + self.decay * self.iterations)
        return float(lr)

    @property
    def lr(self):
        """Keras 2's name for ``learning_rate``."""
        return self.learning_rate

    @lr.setter
    def lr(self, value):
        self.learning_rate = value

    @property
    def _slots(self):
        """Each parameter's state (index -> arrays), read-only: assign a new dict to change it.
        While the model steps flat, the arrays are views into the flat state."""
        return MappingProxyType(self._slot_arrays)

    @_slots.setter
    def _slots(self, value):
        self._slot_arrays = dict(value)
        self._flat = None

    def apply(self, params, grads, flat=None) -> None:
        """One step. ``flat``, if given, is ``(w, g)``: 1-D arrays that ``params`` and ``grads``
        are consecutive views of (see ``flat_params``); the step then runs on them at once."""
        lr = self.current_learning_rate()
        if flat is not None:
            self._update(flat[0], flat[1], lr, self._flat_state(params, flat[0]))
            self.iterations += 1
            return
        slots = self._slot_arrays
        for i, (w, g) in enumerate(zip(params, grads)):
            state = slots.get(i)
            if state is None or state[0].shape != w.shape:
                state = slots[i] = self._new_slots(w)
                self._flat = None
            self._update(w, g, lr, state)
        self.iterations += 1

    def _flat_state(self, params, w):
        """The state for the flat array ``w``, each parameter's part of it also its slots."""
        if self._flat is not None and self._flat[0] is w:
            return self._flat[1]
        state = self._new_slots(w)
        slots = self._slot_arrays
        offset = 0
        for i, p in enumerate(params):
            views = [a[offset:offset + p.size].reshape(p.shape) for a in state]
            old = slots.get(i)
            if old is not None and len(old) == len(views) and old[0].shape == p.shape:
                for view, kept in zip(views, old):
                    view[...] = kept
            slots[i] = views
            offset += p.size
        self._flat = (w, state)
        return state

    # Keras's name for the same thing
    def apply_gradients(self, grads_and_vars):
        pairs = list(grads_and_vars)
        self.apply([v for _, v in pairs], [g for g, _ in pairs])

    def reset(self) -> None:
        """Forget accumulated state (momentum, moments) and the step count."""
        self._slots = {}
        self.iterations = 0

    def _new_slots(self, w):
        return [np.zeros_like(w)]  # a scratch buffer (zeros: checkpoints save it; garbage could be NaN)

    def _update(self, w, g, lr, state):  # pragma: no cover - abstract
        raise NotImplementedError

    def get_config(self):
        lr = self.learning_rate
        lr = {"class_name": type(lr).__name__, "config": lr.get_config()} \
            if isinstance(lr, LearningRateSchedule) else lr
        config = {"name": self.name, "learning_rate": lr,
                  **{k: getattr(self, k) for k in self._hyper}}
        if self.decay:
            config["decay"] = self.decay
        return config

    def __repr__(self):
        return f"{type(self).__name__}({self.get_config()})"


class SGD(Optimizer):
    """Gradient descent; with momentum v = m*v - lr*g, then w += v (or m*v - lr*g, Nesterov)."""

    _hyper = ("momentum", "nesterov")

    def __init__(self, learning_rate=0.01, momentum=0.0, nesterov=False, name="SGD", **kwargs):
        super().__init__(learning_rate, name, **kwargs)
        _check("momentum", momentum, 0.0, 1.0)
        self.momentum, self.nesterov = momentum, bool(nesterov)

    def _new_slots(self, w):
        return [np.zeros_like(w), np.zeros_like(w), np.zeros_like(w)]

    def _update(self, w, g, lr, state):
        tmp, velocity, ahead = state
        m = self.momentum
        np.multiply(g, lr, out=tmp)
        if m == 0:
            np.subtract(w, tmp, out=w)
            return
        np.multiply(velocity, m, out=velocity)
        np.subtract(velocity, tmp, out=velocity)
        if self.nesterov:
            np.multiply(velocity, m, out=ahead)
            np.subtract(ahead, tmp, out=ahead)
            np.add(w, ahead, out=w)
        else:
            np.add(w, velocity, out=w)


class Adagrad(Optimizer):
    """acc += g^2; w -= lr * g / sqrt(acc + epsilon)."""

    _hyper = ("initial_accumulator_value", "epsilon")

    def __init__(self, learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-7,
                 name="Adagrad", **kwargs):
        super().__init__(learning_rate, name, **kwargs)
        _check("initial_accumulator_value", initial_accumulator_value)
        _check("epsilon", epsilon, lo_open=True)
        self.initial_accumulator_value, self.epsilon = initial_accumulator_value, epsilon

    def _new_slots(self, w):
        return [np.zeros_like(w), np.full_like(w, self.initial_accumulator_value)]

    def _update(self, w, g, lr, state):
        tmp, acc = state
        np.multiply(g, g, out=tmp)
        acc += tmp
        np.add(acc, self.epsilon, out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(g, tmp, out=tmp)
        tmp *= lr
        w -= tmp


class RMSprop(Optimizer):
    """ms = rho*ms + (1-rho)*g^2; step = lr*g/sqrt(ms + eps); with momentum mom = m*mom + step."""

    _hyper = ("rho", "momentum", "epsilon")

    def __init__(self, learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-7,
                 name="RMSprop", **kwargs):
        super().__init__(learning_rate, name, **kwargs)
        _check("rho", rho, 0.0, 1.0)
        _check("momentum", momentum, 0.0, 1.0)
        _check("epsilon", epsilon, lo_open=True)
        self.rho, self.momentum, self.epsilon = rho, momentum, epsilon

    def _new_slots(self, w):
        return [np.zeros_like(w), np.zeros_like(w), np.zeros_like(w)]

    def _update(self, w, g, lr, state):
        tmp, ms, mom = state
        np.multiply(g, g, out=tmp)
        tmp *= 1 - self.rho
        ms *= self.rho
        ms += tmp
        np.add(ms, self.epsilon, out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(g, tmp, out=tmp)
        tmp *= lr
        if self.momentum > 0:
            mom *= self.momentum
            mom += tmp
            w -= mom
        else:
            w -= tmp


class Adam(Optimizer):
    """Adam with Keras's bias correction folded into the step size:
    lr_t = lr * sqrt(1 - b2^t) / (1 - b1^t); w -= lr_t * m / (sqrt(v) + epsilon)."""

    _hyper = ("beta_1", "beta_2", "epsilon")

    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7,
                 name="Adam", **kwargs):
        super().__init__(learning_rate, name, **kwargs)
        _check("beta_1", beta_1, 0.0, 1.0)
        _check("beta_2", beta_2, 0.0, 1.0)
        _check("epsilon", epsilon, lo_open=True)
        self.beta_1, self.beta_2, self.epsilon = beta_1, beta_2, epsilon

    def _new_slots(self, w):
        return [np.zeros_like(w), np.zeros_like(w), np.zeros_like(w)]

    def _update(self, w, g, lr, state):
        tmp, m, v = state
        t = self.iterations + 1
        alpha = lr * (1 - self.beta_2 ** t) ** 0.5 / (1 - self.beta_1 ** t)
        np.subtract(g, m, out=tmp)
        tmp *= 1 - self.beta_1
        m += tmp
        np.multiply(g, g, out=tmp)
        tmp -= v
        tmp *= 1 - self.beta_2
        v += tmp
        np.sqrt(v, out=tmp)
        tmp += self.epsilon
        np.divide(m, tmp, out=tmp)
        tmp *= alpha
        w -= tmp


for _name, _cls, _display, _doc in [
    ("sgd", SGD, "SGD", "Plain gradient descent: step downhill by learning rate x gradient. "
     "Momentum keeps rolling in the direction it was going; Nesterov looks ahead first."),
    ("adagrad", Adagrad, "Adagrad", "Gives each weight its own step size that shrinks as that "
     "weight's gradients add up: big steps for rarely-changed weights."),
    ("rmsprop", RMSprop, "RMSprop", "Like Adagrad but forgets old gradients (rho), so the step "
     "size adapts without shrinking to zero."),
    ("adam", Adam, "Adam", "Momentum plus RMSprop's adaptive step size: the usual first choice."),
]:
    OPTIMIZERS.register(_name, _cls, _display, _doc)


def get(identifier, argument: str = "optimizer") -> Optimizer:
    """An optimizer from a name (default parameters), a class or an instance."""
    if isinstance(identifier, Optimizer):
        return identifier
    if isinstance(identifier, type) and issubclass(identifier, Optimizer):
        return identifier()
    return OPTIMIZERS.get(identifier, argument)()
