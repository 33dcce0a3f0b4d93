"""Callbacks: History, EarlyStopping, LearningRateScheduler, ReduceLROnPlateau, stop_training.

Most use the single-weight model of the optimizer tests: Dense(1, no bias) on x = 1, y = 0 with
mse, so one SGD step at learning rate lr maps w -> w * (1 - 2 lr).
"""
import numpy as np
import pytest

X1 = np.array([[1.0]])
Y0 = np.array([[0.0]])


def _single_weight(lr=0.1, w0=1.0):
    from nnviz.engine import Sequential
    from nnviz.engine.layers import Dense
    from nnviz.engine.optimizers import SGD

    model = Sequential([Dense(1, use_bias=False, input_shape=(1,))])
    model.compile(optimizer=SGD(learning_rate=lr), loss="mse")
    model.set_weights([np.array([[w0]])])
    return model


def _w(model):
    return float(model.get_weights()[0][0, 0])


def test_history_records_loss_per_epoch(float64):
    model = _single_weight()
    hist = model.fit(X1, Y0, epochs=3, verbose=0)
    # epoch losses are computed before each step: w = 1, 0.8, 0.64 -> loss 1, 0.64, 0.4096
    np.testing.assert_allclose(hist.history["loss"], [1.0, 0.64, 0.4096], rtol=1e-10)
    assert _w(model) == pytest.approx(0.512)
    from nnviz.engine.callbacks import History
    assert isinstance(hist, History)
    assert list(getattr(hist, "epoch", [0, 1, 2])) == [0, 1, 2]


def test_custom_callback_sees_epochs_and_can_stop_training(float64):
    from nnviz.engine.callbacks import Callback

    seen = []

    class StopAfterTwo(Callback):
        def on_epoch_end(self, epoch, logs=None):
            seen.append((epoch, dict(logs or {})))
            if epoch == 1:
                self.model.stop_training = True

    model = _single_weight()
    hist = model.fit(X1, Y0, epochs=10, verbose=0, callbacks=[StopAfterTwo()])
    assert [e for e, _ in seen] == [0, 1]
    assert seen[0][1]["loss"] == pytest.approx(1.0)
    assert len(hist.history["loss"]) == 2
    assert _w(model) == pytest.approx(0.64)


def test_early_stopping_stops_when_monitor_does_not_improve(float64):
    from nnviz.engine.callbacks import EarlyStopping

    # min_delta larger than any possible improvement: epoch 0 sets the best, epochs 1 and 2
    # do not improve; with patience 2 training stops after epoch index 2 (Keras)
    model = _single_weight()
    hist = model.fit(X1, Y0, epochs=50, verbose=0,
                     callbacks=[EarlyStopping(monitor="loss", patience=2, min_delta=10.0)])
    assert len(hist.history["loss"]) == 3


def test_early_stopping_waits_while_improving(float64):
    from nnviz.engine.callbacks import EarlyStopping

    model = _single_weight(lr=0.01)        # loss shrinks every epoch by a factor 0.98**2
    hist = model.fit(X1, Y0, epochs=20, verbose=0,
                     callbacks=[EarlyStopping(monitor="loss", patience=1)])
    assert len(hist.history["loss"]) == 20


def test_early_stopping_on_val_loss(float64):
    from nnviz.engine.callbacks import EarlyStopping

    # training pulls w towards 0 (target 0) while validation wants w = 1 (target 1 at x = 1):
    # val_loss = (w - 1)^2 grows every epoch
    model = _single_weight(w0=0.9)
    hist = model.fit(X1, Y0, epochs=30, verbose=0, validation_data=(X1, np.array([[1.0]])),
                     callbacks=[EarlyStopping(monitor="val_loss", patience=3)])
    assert len(hist.history["val_loss"]) == 4
    assert np.all(np.diff(hist.history["val_loss"]) > 0)


def test_learning_rate_scheduler_changes_lr_each_epoch(float64):
    from nnviz.engine.callbacks import LearningRateScheduler

    rates = [0.1, 0.05, 0.0, 0.25]

    def schedule(epoch, lr):
        return rates[epoch]

    model = _single_weight(lr=0.3)
    model.fit(X1, Y0, epochs=4, verbose=0, callbacks=[LearningRateScheduler(schedule)])
    # w: 1 -> *(1-0.2)=0.8 -> *(1-0.1)=0.72 -> *(1-0)=0.72 -> *(1-0.5)=0.36
    assert _w(model) == pytest.approx(0.36, abs=1e-12)
    assert float(model.optimizer.learning_rate) == pytest.approx(0.25)


def test_reduce_lr_on_plateau_reduces(float64):
    from nnviz.engine.callbacks import ReduceLROnPlateau

    # min_delta so large nothing counts as an improvement after epoch 0: with patience 1 the
    # rate halves at the end of epoch 1 and again at the end of epoch 2 (Keras, cooldown 0)
    model = _single_weight(lr=0.1)
    model.fit(X1, Y0, epochs=3, verbose=0,
              callbacks=[ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1,
                                           min_delta=10.0)])
    assert float(model.optimizer.learning_rate) == pytest.approx(0.025)
    # epochs ran at lr 0.1, 0.1, 0.05: w = 0.8 * 0.8 * 0.9 = 0.576
    assert _w(model) == pytest.approx(0.576, abs=1e-12)


def test_reduce_lr_on_plateau_respects_min_lr(float64):
    from nnviz.engine.callbacks import ReduceLROnPlateau

    model = _single_weight(lr=0.1)
    model.fit(X1, Y0, epochs=8, verbose=0,
              callbacks=[ReduceLROnPlateau(monitor="loss", factor=0.1, patience=1,
                                           min_delta=10.0, min_lr=0.001)])
    assert float(model.optimizer.learning_rate) == pytest.approx(0.001)


def test_reduce_lr_on_plateau_keeps_lr_while_improving(float64):
    from nnviz.engine.callbacks import ReduceLROnPlateau

    model = _single_weight(lr=0.01)
    model.fit(X1, Y0, epochs=10, verbose=0,
              callbacks=[ReduceLROnPlateau(monitor="loss", factor=0.5, patience=2)])
    assert float(model.optimizer.learning_rate) == pytest.approx(0.01)
