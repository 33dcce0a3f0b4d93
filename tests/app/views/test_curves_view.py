"""CurvesView: current values, NaN safety, decimation, log scale, crosshair."""
import numpy as np
import pytest

from views_snapshots import make_snapshot
from nnviz.app.views.curves_view import CurvesView, format_loss
from nnviz.lab.config import ExperimentConfig


@pytest.fixture
def curves(qtbot):
    v = CurvesView()
    qtbot.addWidget(v)
    v.resize(350, 150)
    v.show()
    qtbot.waitExposed(v)
    return v


def snap(serial=1, n=5, **kw):
    t = np.arange(n, dtype=float)
    fields = dict(epochs=t, train_loss=np.linspace(1, 0.118, n), test_loss=np.linspace(1, 0.123, n),
                  train_metric=np.linspace(0.5, 0.99, n), test_metric=np.linspace(0.5, 0.975, n))
    fields.update(kw)
    return make_snapshot(ExperimentConfig(), serial=serial, history=n, **fields)


def test_current_values_are_shown_as_text(curves):
    curves.show_snapshot(snap())
    assert curves.values_text() == "Test loss 0.123 · Train loss 0.118 · Accuracy 97.5%"


def test_nan_and_empty_histories_are_safe(curves):
    nan = np.full(5, np.nan)
    curves.show_snapshot(snap(1, test_loss=nan, train_loss=nan, test_metric=nan))
    assert "NaN" in curves.values_text() and "—" in curves.values_text()
    empty = np.zeros(0)
    curves.show_snapshot(snap(2, 0, epochs=empty, train_loss=empty, test_loss=empty,
                              train_metric=empty, test_metric=empty))
    assert curves.values_text().count("—") == 3
    curves.set_log_scale(True)
    zeros = np.zeros(5)
    curves.show_snapshot(snap(3, test_loss=zeros, train_loss=np.full(5, np.inf)))
    assert "∞" in curves.values_text()


def test_regression_has_no_accuracy(curves):
    curves.show_snapshot(make_snapshot(ExperimentConfig(), serial=1, problem="regression"))
    assert "Accuracy" not in curves.values_text()


def test_long_history_is_decimated_but_keeps_its_ends(curves):
    n = 200_000
    loss = np.exp(-np.arange(n) / 50_000.0)
    loss[123_456] = 5.0
    curves.show_snapshot(snap(1, n, test_loss=loss, train_loss=loss))
    x, y = curves._test_curve.getData()
    width = curves.plot_item().getViewBox().width()
    assert len(x) <= 2 * max(32, width) + 2
    assert x[-1] == n - 1 and y.max() == 5.0


def test_log_scale_toggle(curves):
    curves.show_snapshot(snap())
    curves.set_log_scale(True)
    assert curves.log_scale() and curves.plot_item().ctrl.logYCheck.isChecked()
    curves.set_log_scale(False)
    assert not curves.plot_item().ctrl.logYCheck.isChecked()


def test_crosshair_reads_out_the_epoch(curves):
    curves.show_snapshot(snap(n=50))
    curves.hover_epoch(20.2)
    text = curves.hover_text()
    assert "Epoch 20" in text and format_loss(snap(n=50).test_loss[20]) in text
