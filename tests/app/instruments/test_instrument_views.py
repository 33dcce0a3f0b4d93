"""Each instrument view driven as a user drives it, its numbers checked against the engine."""
import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.engine.optimizers import SGD, Adagrad, Adam, RMSprop
from nnviz.engine.perceptron import Perceptron
from nnviz.lab.instruments.number_format import format_number, format_vector
from nnviz.lab.instruments.optimizer_race import SURFACES
from nnviz.lab.instruments.perceptron_lab import INPUTS


def shown(qtbot, cls):
    view = cls()
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def click(qtbot, button, times=1):
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_perceptron_view_replays_seed_001_row_by_row(qtbot):
    from nnviz.app.instruments.perceptron_view import PerceptronView
    v = shown(qtbot, PerceptronView)
    v.gate.setCurrentIndex(v.gate.findData("or"))      # something else first,
    click(qtbot, v.seed_button)                        # then the seed's program
    assert v.gate.currentData() == "and" and v.table.rowCount() == 0
    click(qtbot, v.step_button, 4)
    click(qtbot, v.epoch_button, 2)
    ref = Perceptron(weights=[0.3, 0.4, 0.1], learning_rate=0.05)
    ref.fit(np.array(INPUTS), np.array([0, 0, 0, 1]), epochs=3)
    assert v.table.rowCount() == 12
    for row, r in enumerate(ref.history):
        cells = [v.table.item(row, c).text() for c in range(9)]
        assert cells == [str(r.epoch + 1), format_number(r.inputs[1]), format_number(r.inputs[2]),
                         format_number(r.inputs @ r.weights_before), format_number(r.output),
                         format_number(r.target), format_number(r.error),
                         format_vector(r.weights_before), format_vector(r.weights_after)]
    assert v.table.item(1, 6).text() == "−1" and v.table.item(1, 8).text() == "[0.35, 0.35, 0.1]"
    assert v.weights_label.text().endswith("[0.4, 0.3, 0.1]")
    assert "Converged" in v.status.text()


def test_perceptron_view_xor_says_why_it_never_converges(qtbot):
    from nnviz.app.instruments.perceptron_view import PerceptronView
    v = shown(qtbot, PerceptronView)
    v.gate.setCurrentIndex(v.gate.findData("xor"))
    click(qtbot, v.run_button)
    assert v.table.rowCount() == 4 * 100
    assert "XOR never converges" in v.status.text() and "multi-layer" in v.status.text()


def test_perceptron_view_edited_weights_restart_the_lab(qtbot):
    from nnviz.app.instruments.perceptron_view import PerceptronView
    v = shown(qtbot, PerceptronView)
    click(qtbot, v.step_button)
    v.weight_spins[0].setValue(-1.0)
    assert v.table.rowCount() == 0 and v.lab.weights == (-1.0, 0.4, 0.1)
    click(qtbot, v.step_button)
    assert v.table.item(0, 3).text() == format_number(1.0)   # k = (−1)·(−1) + 0 + 0


def test_descent_view_diverges_for_a_large_rate_on_the_bowl(qtbot):
    from nnviz.app.instruments.descent_view import DescentView
    v = shown(qtbot, DescentView)
    v.set_learning_rate(1.2)
    assert v.rate_label.text() == "1.2"
    click(qtbot, v.step_button, 15)
    assert v.regime_label.text().startswith("Diverged")
    assert abs(v.model.x) > 2.5 * 1.4 ** 14 * 0.9   # |1 − 2·1.2| = 1.4 per step
    v.set_learning_rate(0.1)                           # a new rate starts again
    assert v.model.steps == 0
    click(qtbot, v.step_button)
    assert v.model.x == pytest.approx(2.5 - 0.1 * 5.0)
    assert "step 1" in v.readout.text() and "<b>2</b>" in v.readout.text()


def test_descent_view_play_stops_at_the_minimum(qtbot):
    from nnviz.app.instruments.descent_view import DescentView
    v = shown(qtbot, DescentView)
    v.set_learning_rate(0.3)
    click(qtbot, v.play_button)
    qtbot.waitUntil(lambda: not v.play_button.isChecked(), timeout=20_000)
    assert v.regime_label.text().startswith("Converged") and abs(v.model.x) < 1e-3


def test_descent_view_typed_start(qtbot):
    from nnviz.app.instruments.descent_view import DescentView
    v = shown(qtbot, DescentView)
    v.start_spin.setValue(-1.0)
    assert v.model.path == [-1.0]


@pytest.mark.parametrize("surface", ["bowl", "rosenbrock", "saddle"])
def test_race_view_steps_match_the_engine_optimizers(qtbot, surface):
    from nnviz.app.instruments.optimizer_race_view import OptimizerRaceView
    v = shown(qtbot, OptimizerRaceView)
    v.surface_box.setCurrentIndex(v.surface_box.findData(surface))
    v.rate_spins["adam"].setValue(0.2)
    click(qtbot, v.step_button, 3)
    assert v.steps_label.text() == "Step 3"
    s = SURFACES[surface]
    makers = {"sgd": lambda lr: SGD(lr), "momentum": lambda lr: SGD(lr, momentum=0.9),
              "nag": lambda lr: SGD(lr, momentum=0.9, nesterov=True), "adagrad": Adagrad,
              "rmsprop": RMSprop, "adam": Adam}
    for name, make in makers.items():
        opt, p = make(v.rate_spins[name].value()), np.array(s.start, dtype=np.float64)
        for _ in range(3):
            opt.apply([p], [np.array(s.gradient(*p))])
        np.testing.assert_allclose(v.race.racers[name].position, p, rtol=1e-12)
        assert v.loss_labels[name].text() == format_number(s.function(*p))
        assert v.state_labels[name].text() == f"({format_number(p[0])}, {format_number(p[1])})"


def test_race_view_moved_start_restarts_everyone_there(qtbot):
    from nnviz.app.instruments.optimizer_race_view import OptimizerRaceView
    v = shown(qtbot, OptimizerRaceView)
    click(qtbot, v.step_button, 2)
    v.set_start(1.0, -1.0)
    assert v.steps_label.text() == "Step 0"
    assert all(r.trail == [(1.0, -1.0)] for r in v.race.racers.values())
    assert v.loss_labels["sgd"].text() == "2"


def test_race_view_shows_a_diverged_optimizer(qtbot):
    from nnviz.app.instruments.optimizer_race_view import OptimizerRaceView
    v = shown(qtbot, OptimizerRaceView)
    v.rate_spins["sgd"].setValue(1.5)
    click(qtbot, v.step_button, 40)
    assert v.state_labels["sgd"].text().startswith("diverged after")
    assert not v.state_labels["adam"].text().startswith("diverged")


def test_activations_view_shows_softmax_overflow_and_the_stable_answer(qtbot):
    from nnviz.app.instruments.activations_view import ActivationsView
    v = shown(qtbot, ActivationsView)
    t = v.softmax_table
    assert v.vector_edit.text() == "1010, 1000, 990"
    assert [t.item(0, c).text() for c in (1, 2, 3)] == ["∞"] * 3
    assert [t.item(1, c).text() for c in (1, 2, 3)] == ["NaN"] * 3
    e10, e20 = math.exp(-10), math.exp(-20)
    total = 1 + e10 + e20
    assert [t.item(4, c).text() for c in (1, 2, 3)] == [
        format_number(1 / total), format_number(e10 / total), format_number(e20 / total)]
    assert "overflows" in v.softmax_verdict.text()
    v.vector_edit.clear()
    qtbot.keyClicks(v.vector_edit, "1, 2, 3")
    qtbot.keyClick(v.vector_edit, Qt.Key.Key_Return)
    assert t.item(1, 1).text() == t.item(4, 1).text() == format_number(
        math.exp(1) / (math.exp(1) + math.exp(2) + math.exp(3)))
    assert "agree" in v.softmax_verdict.text()
    v.vector_edit.setText("1, x")
    qtbot.keyClick(v.vector_edit, Qt.Key.Key_Return)
    assert "numbers separated by commas" in v.softmax_verdict.text()


def test_activations_view_curve_and_vanishing_readout(qtbot):
    from nnviz.app.instruments.activations_view import ActivationsView
    v = shown(qtbot, ActivationsView)
    assert v.current_name == "sigmoid"
    assert "<b>0.25</b>" in v.readout.text() and format_number(0.25 ** 5) in v.readout.text()
    assert len(v._regions) == 2
    v.select("relu")
    assert v.curve.name == "relu" and "<b>1</b>" in v.readout.text()
    v.select("leaky_relu")
    assert v._regions == []


def test_losses_view_batch_mean_follows_edits(qtbot):
    from nnviz.app.instruments.losses_view import LossesView
    v = shown(qtbot, LossesView)
    v.set_rows([(0.9, 1.0), (0.2, 0.0)])
    se = (0.5 * 0.01 + 0.5 * 0.04) / 2
    ce = (-math.log(0.9) - math.log(0.8)) / 2
    assert format_number(se) in v.mean_label.text() and format_number(ce) in v.mean_label.text()
    assert v.table.item(0, 3).text() == format_number(-math.log(0.9))
    v.table.item(1, 0).setText("0.99")      # a confidently wrong answer
    assert v.table.item(1, 3).text() == format_number(-math.log(0.01))
    assert v.table.item(1, 2).text() == format_number(0.5 * 0.99 ** 2)
    v.table.item(1, 0).setText("2")         # not a probability: refused, value kept
    assert v.table.item(1, 0).text() == "0.99" and "from 0 to 1" in v.mean_label.text()
    click(qtbot, v.add_button)
    assert v.table.rowCount() == 3 and "N = 3" in v.mean_label.text()
    v.squared_box.setCurrentIndex(1)        # Keras mse: (y − t)²
    assert v.table.item(0, 2).text() == format_number(0.01)


def test_race_view_play_pause_and_reset(qtbot):
    from nnviz.app.instruments.optimizer_race_view import OptimizerRaceView
    v = shown(qtbot, OptimizerRaceView)
    assert [b.text() for b in (v.step_button, v.play_button, v.reset_button)] == [
        "Step", "Play", "Reset"]
    click(qtbot, v.play_button)
    assert v.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: v.race.racers["sgd"].steps >= 3, timeout=20_000)
    click(qtbot, v.play_button)
    assert v.play_button.text() == "Play" and not v.playback.playing
    paused_at = v.race.racers["sgd"].steps
    qtbot.wait(300)  # five play intervals: nothing moves while paused
    assert v.race.racers["sgd"].steps == paused_at
    click(qtbot, v.reset_button)
    assert v.steps_label.text() == "Step 0"


def test_play_step_and_reset_read_korean_in_both_views(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from nnviz.app.i18n.language import install_translator
    from nnviz.app.instruments.descent_view import DescentView
    from nnviz.app.instruments.optimizer_race_view import OptimizerRaceView
    monkeypatch.setenv("NNVIZ_SETTINGS_DIR", str(tmp_path))
    switcher = install_translator(QApplication.instance(), "en", remember=False)
    views = [shown(qtbot, DescentView), shown(qtbot, OptimizerRaceView)]
    try:
        switcher.switch("ko", remember=False)
        QCoreApplication.processEvents()
        for v in views:
            assert [b.text() for b in v.playback.buttons] == ["한 스텝", "재생", "재설정"]
        click(qtbot, views[0].play_button)
        assert views[0].play_button.text() == "일시정지"
    finally:
        views[0].playback.set_playing(False)
        switcher.switch("en", remember=False)
        QCoreApplication.processEvents()
    assert views[1].play_button.text() == "Play"
