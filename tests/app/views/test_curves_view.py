"""CurvesView: current values, NaN safety, decimation, log scale, crosshair."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint

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


def test_nice_ceil_snaps_up_in_small_steps():
    from nnviz.app.views.curves_view import nice_ceil
    assert nice_ceil(1000) == 1000 and nice_ceil(1001) == 1200 and nice_ceil(313) == 350
    assert nice_ceil(0.0007) == pytest.approx(0.0007) and nice_ceil(0) == 1.0
    for v in np.geomspace(0.01, 1e5, 200):
        assert v <= nice_ceil(v) <= 1.25 * v + 1e-9


def test_axis_ranges_hold_still_while_the_history_grows(curves):
    curves.show_snapshot(snap(1, 260))
    vb = curves.plot_item().getViewBox()
    before = vb.viewRange()
    curves.show_snapshot(snap(2, 280))                   # twenty more epochs, same loss scale
    assert vb.viewRange() == before
    (x0, x1), (y0, y1) = before
    assert x0 <= 0 and x1 >= 279 and y0 <= 0.118 and y1 >= 1.0
    curves.show_snapshot(snap(3, 2000))                  # outgrown: the range moves on
    assert vb.viewRange()[0][1] >= 1999


@pytest.mark.parametrize("width", [300, 340, 380, 418])
def test_the_numbers_row_fits_the_width(qtbot, width):
    from PySide6.QtCore import QRect
    v = CurvesView()
    qtbot.addWidget(v)
    v.resize(width, 242)
    v.show()
    qtbot.waitExposed(v)
    n = 50
    v.show_snapshot(snap(1, n, test_loss=np.linspace(1, 8.04e-4, n),
                         train_loss=np.linspace(1, 7.31e-4, n), test_metric=np.ones(n)))
    v.resize(width, 242)
    qtbot.waitUntil(lambda: v.width() == width)
    qtbot.wait(20)                                       # the layout follows the new fonts
    parts = [v._test.caption, v._test.value, v._train.caption, v._train.value,
             v._acc.caption, v._acc.value, v._log]
    boxes = [QRect(w.mapTo(v, QPoint(0, 0)), w.size()) for w in parts]
    for w, box in zip(parts, boxes):
        assert v.rect().contains(box), (w, box)
        need = w.fontMetrics().horizontalAdvance(w.text()) if w is not v._log else \
            w.sizeHint().width()
        if "<span" not in w.text():
            assert box.width() >= need, (w.text(), box.width(), need)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.intersects(b)
    assert v._test.value.font().pointSize() >= 13          # still big enough for the back row


# -- the baseline line and the empty chart -------------------------------------------------------
def with_baseline(s, loss=0.6923, guess=(0.48,), statistic="mean"):
    from dataclasses import replace
    from nnviz.lab.training_health import Baseline
    return replace(s, baseline=Baseline(loss, guess, statistic))


def test_baseline_is_a_labelled_dashed_line_at_its_loss(curves):
    from PySide6.QtCore import Qt
    curves.show_snapshot(with_baseline(snap(1, 50)))
    line = curves.baseline_line()
    assert line.isVisible() and line.value() == pytest.approx(0.6923)
    assert line.pen.style() == Qt.PenStyle.DashLine
    assert curves.baseline_text() == "baseline: always guess 48 % blue"
    assert line.label.isVisible()
    (_, _), (y0, y1) = curves.plot_item().getViewBox().viewRange()
    assert y0 <= 0.6923 < 0.6923 * 1.2 <= y1  # on the chart, with room for its label


def test_baseline_follows_the_log_scale(curves):
    import math
    curves.show_snapshot(with_baseline(snap(1, 50)))
    curves.set_log_scale(True)
    assert curves.baseline_line().value() == pytest.approx(math.log10(0.6923))
    curves.set_log_scale(False)
    assert curves.baseline_line().value() == pytest.approx(0.6923)


@pytest.mark.parametrize("problem, guess, statistic, text", [
    ("regression", (0.1234567,), "mean", "baseline: always guess the mean 0.1235"),
    ("regression", (-2.5,), "median", "baseline: always guess the median −2.5"),
    ("multiclass", (0.3, 0.3, 0.4), "mean", "baseline: always guess the class shares"),
    ("binary", (0.0,), "median", "baseline: always guess orange"),
])
def test_baseline_label_says_what_always_guessing_means(qtbot, curves, problem, guess,
                                                        statistic, text):
    curves.resize(600, 150)  # wide enough for the longest label
    qtbot.waitUntil(lambda: curves.plot_item().getViewBox().width() > 450)
    s = make_snapshot(ExperimentConfig(), serial=1, problem=problem,
                      n_classes=len(guess) if problem == "multiclass" else 2)
    curves.show_snapshot(with_baseline(s, 0.5, guess, statistic))
    assert curves.baseline_text() == text


def test_a_chart_too_narrow_for_the_baseline_label_says_just_baseline(qtbot, curves):
    # A lesson and an instrument docked at 1280 x 800 leave the chart this narrow: the
    # whole label was drawn anyway, its start cut off by the plot's edge.
    vb = curves.plot_item().getViewBox()
    label = curves.baseline_line().label
    curves.resize(250, 150)  # its narrowest: a plot about 180 px wide
    qtbot.waitUntil(lambda: vb.width() < 200)
    curves.show_snapshot(with_baseline(snap(1, 50)))
    assert curves.baseline_text() == "baseline"
    assert label.toolTip() == "baseline: always guess 48 % blue"
    qtbot.waitUntil(lambda: vb.sceneBoundingRect().contains(label.sceneBoundingRect()))
    curves.resize(600, 150)  # wide again: the whole label, without waiting for a snapshot
    qtbot.waitUntil(lambda: curves.baseline_text() == "baseline: always guess 48 % blue")
    assert label.toolTip() == ""


def test_no_baseline_no_line(curves):
    curves.show_snapshot(snap(1))
    assert not curves.baseline_line().isVisible() and curves.baseline_text() == ""


def test_empty_history_after_a_reset_drops_the_old_axes(curves):
    curves.show_snapshot(with_baseline(snap(1, 2000, train_loss=np.linspace(9, 1, 2000),
                                            test_loss=np.linspace(9, 1, 2000))))
    vb = curves.plot_item().getViewBox()
    assert vb.viewRange()[0][1] >= 1999 and vb.viewRange()[1][1] >= 9
    empty = np.zeros(0)
    curves.show_snapshot(with_baseline(snap(2, 0, epochs=empty, train_loss=empty,
                                            test_loss=empty, train_metric=empty,
                                            test_metric=empty)))
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x1 <= 1.1 and y1 <= 1.1 and y1 >= 0.6923  # the empty state, baseline in view


def test_tiny_losses_read_as_powers_of_ten_never_e_notation():
    assert format_loss(3.41e-5) == "3.41×10⁻⁵"
    assert format_loss(0.25) == "0.250" and format_loss(float("inf")) == "∞"
