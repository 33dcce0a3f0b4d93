"""DataPanel driven as a user would: thumbnails, sliders, spin boxes, Regenerate."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QSlider, QSpinBox, QWidget

from nnviz.app.panels import DataPanel
from nnviz.app.panels.config_choices import with_problem
from nnviz.app.panels.panel_base import InlineError
from nnviz.app.panels.thumbnails import dataset_thumbnail
from nnviz.app.views import palette
from nnviz.data import DATASETS
from panel_helpers import child, shown_panel

from nnviz.lab.config import ExperimentConfig


@pytest.fixture
def panel(qtbot):
    return shown_panel(qtbot, DataPanel, 600)


def test_clicking_a_thumbnail_emits_that_dataset(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.mouseClick(panel.grid.button("spiral"), Qt.MouseButton.LeftButton)
    assert sig.args[0].data.dataset == "spiral"
    assert panel.grid.current() == "spiral"
    assert panel.config().data.dataset == "spiral"


def test_classification_offers_every_class_dataset_regression_the_targets(panel):
    classes = [e.name for e in DATASETS if e.value.problem in ("binary", "multiclass")]
    shown = panel.grid.shown()
    assert shown == classes + ["custom"] and "blobs" in shown  # "My data" comes last
    assert all(panel.grid.button(n).isVisible() for n in shown)
    cfg = with_problem(ExperimentConfig(), "regression")
    panel.set_config(cfg)
    assert panel.grid.shown() == [e.name for e in DATASETS if e.value.problem == "regression"] \
        + ["custom"]
    assert not panel.grid.button("circle").isVisible()
    panel.set_config(with_problem(ExperimentConfig(), "multiclass"))
    shown = panel.grid.shown()
    assert "blobs" in shown and "circle" in shown and "plane" not in shown


def test_choosing_blobs_makes_it_multiclass_and_a_two_class_set_goes_back(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.mouseClick(panel.grid.button("blobs"), Qt.MouseButton.LeftButton)
    cfg = sig.args[0]
    assert (cfg.data.dataset, cfg.training.problem) == ("blobs", "multiclass")
    assert cfg.output_activation == "softmax" and cfg.loss == "categorical_crossentropy"
    assert child(panel, QSpinBox, "n_classes").isVisibleTo(panel)
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.mouseClick(panel.grid.button("spiral"), Qt.MouseButton.LeftButton)
    cfg = sig.args[0]
    assert (cfg.data.dataset, cfg.training.problem) == ("spiral", "binary")
    assert cfg.output_activation == "sigmoid"
    assert not child(panel, QSpinBox, "n_classes").isVisibleTo(panel)


def test_a_chosen_two_way_softmax_stays_across_two_class_datasets(qtbot, panel):
    panel.set_config(with_problem(ExperimentConfig(), "multiclass"))
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.mouseClick(panel.grid.button("xor"), Qt.MouseButton.LeftButton)
    assert sig.args[0].training.problem == "multiclass"


def test_selected_thumbnail_follows_set_config(panel):
    assert panel.grid.current() == "circle"
    panel.set_config(ExperimentConfig().with_data(dataset="xor"))
    assert panel.grid.current() == "xor"
    assert panel.grid.button("xor").isChecked()
    assert not panel.grid.button("circle").isChecked()


def test_arrow_key_moves_the_choice(qtbot, panel):
    first = panel.grid.button("circle")
    first.setFocus()
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.keyClick(first, Qt.Key.Key_Right)
    assert sig.args[0].data.dataset == panel.grid.shown()[1]


def test_moving_the_noise_slider_emits_noise(qtbot, panel):
    slider = child(panel, QSlider, "noise")
    slider.setFocus()
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert sig.args[0].data.noise == pytest.approx(0.10)
    label = next(lb for lb in panel.findChildren(QLabel) if lb.buddy() is slider)
    assert "10%" in label.text()


def test_train_ratio_slider_emits_ratio(qtbot, panel):
    slider = child(panel, QSlider, "train_ratio")
    assert (slider.minimum(), slider.maximum()) == (10, 90)
    with qtbot.waitSignal(panel.config_edited) as sig:
        slider.setValue(70)
    assert sig.args[0].data.train_ratio == pytest.approx(0.7)


def test_points_spinbox_emits_and_keeps_a_full_batch_full(qtbot, panel):
    panel.set_config(ExperimentConfig().with_training(batch_size=250))  # 500 * 0.5 = full
    spin = child(panel, QSpinBox, "n_points")
    spin.selectAll()
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.keyClicks(spin, "300")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    cfg = sig.args[0]
    assert cfg.data.n_points == 300
    assert cfg.training.batch_size == 150


def test_classes_only_for_datasets_with_a_class_count(qtbot, panel):
    spin = child(panel, QSpinBox, "n_classes")
    assert not spin.isVisibleTo(panel)
    cfg = with_problem(ExperimentConfig(), "multiclass").with_data(dataset="blobs")
    panel.set_config(cfg)
    assert spin.isVisibleTo(panel)
    with qtbot.waitSignal(panel.config_edited) as sig:
        spin.stepUp()
    assert sig.args[0].data.n_classes == cfg.data.n_classes + 1


def test_regenerate_draws_a_new_seed(qtbot, panel):
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.mouseClick(child(panel, QPushButton, "regenerate"), Qt.MouseButton.LeftButton)
    assert sig.args[0].data.seed != ExperimentConfig().data.seed
    assert sig.args[0].data.dataset == "circle"


def test_set_config_does_not_emit(qtbot, panel):
    cfg = ExperimentConfig().with_data(dataset="spiral", noise=0.3, n_points=200, seed=5,
                                       train_ratio=0.8)
    with qtbot.assertNotEmitted(panel.config_edited):
        panel.set_config(cfg)
    assert child(panel, QSlider, "noise").value() == 30
    assert child(panel, QSlider, "train_ratio").value() == 80
    assert child(panel, QSpinBox, "n_points").value() == 200


def test_refused_edit_shows_the_reason_and_keeps_the_config(qtbot, panel):
    before = panel.config()
    spin = child(panel, QSpinBox, "n_points")
    spin.setMinimum(1)  # let the widget offer a value the config refuses (n_points >= 4)
    with qtbot.assertNotEmitted(panel.config_edited):
        spin.setValue(2)
    error = child(panel, InlineError, "data_error")
    assert error.isVisible() and "n_points" in error.text()
    assert panel.config() == before


def test_every_control_has_a_tooltip(panel):
    for name in ("train_ratio", "noise", "n_classes", "n_points", "regenerate"):
        assert len(child(panel, QWidget, name).toolTip()) > 20, name
    for name in panel.grid.shown():
        assert panel.grid.button(name).toolTip()


def test_thumbnails_use_the_class_colours():
    img = dataset_thumbnail("circle", 44)
    centre = QColor(img.pixel(22, 22))
    blue = QColor(palette.POSITIVE)
    assert abs(centre.hue() - blue.hue()) < 20  # class 1 sits inside the circle
    assert dataset_thumbnail("circle", 44) is dataset_thumbnail("circle", 44)  # cached


def test_selected_thumbnail_is_framed_in_the_highlight_colour(panel):
    button = panel.grid.button("circle")
    img = button.grab().toImage()
    highlight = panel.palette().highlight().color()
    frame = QColor(img.pixel(int(button.width() / 2), 2))
    assert abs(frame.hue() - highlight.hue()) < 15 and frame.saturation() > 80


def test_every_name_fits_its_tile_on_at_most_two_lines(qtbot):
    from PySide6.QtGui import QFontMetrics
    from nnviz.app.panels.dataset_grid import TEXT_LINES, fitted_font
    for width in (230, 253, 300):
        p = DataPanel()
        qtbot.addWidget(p)
        p.resize(width, 500)
        p.set_config(ExperimentConfig().with_dataset("xor"))
        p.show()
        qtbot.waitExposed(p)
        for name in p.grid.shown():
            b = p.grid.button(name)
            font = b.font()
            font.setBold(True)                           # the chosen tile's name is bold
            fitted = fitted_font(font, b.text(), b.width() - 2)
            assert fitted.pointSizeF() >= palette.FONT_SMALL - 1.5, (name, width)
            fm = QFontMetrics(fitted)
            lines = fm.boundingRect(0, 0, b.width(), 999, Qt.TextFlag.TextWordWrap,
                                    b.text()).height() // fm.lineSpacing()
            assert lines <= TEXT_LINES, (name, b.text(), width)
    assert p.grid.button("xor").text() == "XOR"
    assert "Exclusive or" in p.grid.button("xor").toolTip()


def test_blobs_thumbnail_uses_the_multiclass_colours_not_orange_or_blue():
    img = dataset_thumbnail("blobs", 60, k=3)
    hues = set()
    for x in range(60):
        for y in range(60):
            c = QColor(img.pixel(x, y))
            if c.saturation() > 120:
                hues.add(c.name().upper())
    assert palette.CLASS_COLORS[0] in hues and palette.CLASS_COLORS[1] in hues
    assert palette.NEGATIVE not in hues and palette.POSITIVE not in hues


def test_gate_corners_checkbox_only_for_gates_and_edits_raw_gates(qtbot, panel):
    from PySide6.QtWidgets import QCheckBox
    box = child(panel, QCheckBox, "raw_gates")
    assert not box.isVisibleTo(panel)
    with qtbot.waitSignal(panel.config_edited):
        qtbot.mouseClick(panel.grid.button("and"), Qt.MouseButton.LeftButton)
    assert box.isVisibleTo(panel) and box.isChecked()   # the course's 0/1 corners by default
    with qtbot.waitSignal(panel.config_edited) as sig:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert sig.args[0].data.raw_gates is False and sig.args[0].data.dataset == "and"
    assert len(box.toolTip()) > 20


def test_my_data_shows_its_count_and_hides_what_only_generated_data_has(qtbot, panel):
    with qtbot.waitSignal(panel.draw_requested):
        with qtbot.waitSignal(panel.config_edited) as sig:
            qtbot.mouseClick(panel.grid.button("custom"), Qt.MouseButton.LeftButton)
    assert sig.args[0].data.dataset == "custom" and sig.args[0].data.points == ()
    own = ExperimentConfig().with_custom_data([(1.0, 1.0), (-1.0, 2.0), (0.0, 0.0)], [0, 1, 1])
    panel.set_config(own)
    assert panel.grid.current() == "custom"
    note = panel.findChild(QLabel, "own_data_note")
    assert note.isVisible() and note.text().startswith("3 points of your own")
    for name in ("noise", "n_points", "regenerate"):
        assert not panel.findChild(QWidget, name).isVisible(), name
    assert panel.findChild(QWidget, "train_ratio").isVisible()
    panel.set_config(ExperimentConfig())
    assert not note.isVisible() and panel.findChild(QWidget, "noise").isVisible()


def test_switching_the_problem_type_on_own_data():
    own = ExperimentConfig().with_custom_data([(1.0, 1.0), (-1.0, 2.0)], [0, 1], ("a", "b"))
    soft = with_problem(own, "multiclass")  # two classes also train as a 2-way softmax
    assert soft.data == own.data and soft.training.problem == "multiclass"
    values = with_problem(own, "regression")  # classes cannot be regressed: a fitting dataset
    assert values.data.dataset == "plane" and values.data.points == ()
    assert values.data.class_names == () and values.data.n_points == 500
