"""The lesson browser and classroom mode, driven through the real main window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from nnviz.app.classroom.classroom import presentation_zoom
from nnviz.app.classroom.control_groups import GROUPS
from nnviz.app.classroom.ui_scale import MAX_ZOOM, MIN_ZOOM
from nnviz.lab.lessons import shipped_lessons
from nnviz.lab.project.window_state import WindowState
from window_helpers import snapshot, wait_snapshot, window  # noqa: F401 - window is a fixture


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    w.activateWindow()
    qtbot.keyClick(w, key, modifier)


def field(w, name) -> QWidget:
    return w.findChild(QWidget, name)


def shown(w, name) -> bool:
    """Whether control ``name`` is shown in its panel (whichever tab is in front)."""
    widget = field(w, name)
    for panel in (w.data_panel, w.training_panel, w.transport):
        if panel.isAncestorOf(widget):
            return widget.isVisibleTo(panel)
    raise AssertionError(name)


def test_every_lesson_names_known_control_groups():
    lessons, problems = shipped_lessons()
    assert not problems
    for lesson in lessons:
        assert set(lesson.hidden_controls) <= set(GROUPS), lesson.id


def test_lessons_menu_lists_the_course_and_opening_one_applies_it(qtbot, window):
    w = window()
    titles = [a.text() for a in w.lessons.menu.actions()]
    assert len(titles) == 18 and titles[0] == "&1. A neuron: weighted sum and activation"
    assert w.findChild(QWidget, "noise").isVisibleTo(w)

    w.lessons.menu.actions()[1].trigger()  # 2. the perceptron rule

    lesson = w.lessons.lesson
    assert lesson.id == "perceptron"
    assert w.config == lesson.config  # the ONE current config is the preset
    assert w.instruments.open_names() == ["perceptron"]
    assert w.transport.speed() == 5.0
    assert not shown(w, "noise")          # data.noise hidden
    assert not shown(w, "optimizer")      # training.optimizer hidden
    assert shown(w, "dataset")            # the dataset choice stays
    assert w.lessons.dock.isVisibleTo(w)
    assert w.lessons.panel.title.text() == "The perceptron rule: learning AND and OR"
    assert len(w.lessons.panel.task_boxes) == 2


def test_hand_set_weights_make_the_and_gate_and_the_task_ticks(qtbot, window):
    w = window()
    w.lessons.open_lesson("neuron")
    snap = wait_snapshot(qtbot, w, lambda s: s.config == w.config and s.dense_weights
                         and s.dense_weights[0][0][0, 0] == 20.0)
    kernel, bias = snap.dense_weights[0]
    assert kernel[:, 0].tolist() == [20.0, 20.0] and bias.tolist() == [-30.0]
    box = w.lessons.panel.task_boxes[0]
    assert not box.isChecked()

    press(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # one epoch

    qtbot.waitUntil(box.isChecked, timeout=30_000)
    assert w.lessons.done == [True, False]
    assert not w.lessons.panel.task_boxes[1].isChecked()


def test_a_config_task_ticks_when_the_user_makes_the_edit(qtbot, window):
    w = window()
    w.lessons.open_lesson("activations")
    box = w.lessons.panel.task_boxes[0]  # first hidden layer to ReLU
    assert not box.isChecked()
    w.apply_config(w.config.with_layer(0, activation="relu"))
    qtbot.waitUntil(box.isChecked, timeout=5_000)


def test_next_and_previous_move_through_the_course(qtbot, window):
    w = window()
    w.lessons.open_lesson(0)
    assert not w.lessons.panel.previous_button.isEnabled()
    qtbot.mouseClick(w.lessons.panel.next_button, Qt.MouseButton.LeftButton)
    assert w.lessons.lesson.id == "perceptron"
    qtbot.mouseClick(w.lessons.panel.previous_button, Qt.MouseButton.LeftButton)
    assert w.lessons.lesson.id == "neuron"
    w.lessons.open_lesson(17)
    assert not w.lessons.panel.next_button.isEnabled()
    # The last lesson hides less: what the first hid is shown again.
    assert shown(w, "optimizer") and shown(w, "noise")


def test_korean_lesson_text_follows_the_language(qtbot, window):
    app = QApplication.instance()
    app.setProperty("language", "ko")
    try:
        w = window()
        w.lessons.open_lesson("xor")
        assert w.lessons.panel.title.text() == "XOR: 직선 하나로는 부족합니다"
        assert w.lessons.menu.actions()[0].text().startswith("&1. 뉴런")
    finally:
        app.setProperty("language", "")


def test_zoom_shortcuts_change_the_font_within_bounds(qtbot, window):
    w = window()
    base = QApplication.instance().font().pointSizeF()
    press(qtbot, w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base * 1.1)
    for _ in range(20):
        press(qtbot, w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert w.classroom.zoom.zoom == MAX_ZOOM
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base * MAX_ZOOM)
    # A widget with a font of its own (the epoch counter) grows too.
    counter = w.transport.findChild(QWidget, "epoch_counter")
    assert counter.font().pointSizeF() > 20
    for _ in range(20):
        press(qtbot, w, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert w.classroom.zoom.zoom == MIN_ZOOM
    press(qtbot, w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base)
    assert w.classroom.zoom.zoom == 1.0


def test_f5_toggles_presentation_mode(qtbot, window):
    w = window()
    w.transport.set_speed(0)
    base = QApplication.instance().font().pointSizeF()
    play = w.transport.findChild(QWidget, "play")
    icon = play.iconSize().width()
    press(qtbot, w, Qt.Key.Key_F5)
    assert w.isFullScreen() and w.classroom.presentation_action.isChecked()
    zoom = presentation_zoom(w.screen().availableGeometry().height())
    assert zoom > 1.0
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base * zoom)
    assert play.iconSize().width() > icon
    assert w.transport.speed() == 5.0
    press(qtbot, w, Qt.Key.Key_F5)
    assert not w.isFullScreen()
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base)
    assert play.iconSize().width() == icon and w.transport.speed() == 0


def test_customize_hides_and_shows_a_group_and_round_trips(qtbot, window):
    w = window()
    w.classroom.customize_action.trigger()
    eye = w.classroom.customize_dock.widget().buttons["training.batches"]
    assert shown(w, "batch_size") and eye.isChecked()

    qtbot.mouseClick(eye, Qt.MouseButton.LeftButton)

    assert not shown(w, "batch_size") and not shown(w, "seed")
    assert w.classroom.hidden == ("training.batches",)
    # An edit redraws the panels; the group stays hidden.
    w.apply_config(w.config.with_training(learning_rate=0.1))
    assert not shown(w, "batch_size")
    w.classroom.zoom.set_zoom(1.25)
    state = WindowState.from_dict(w.classroom.window_state().to_dict())
    assert state.hidden_controls == ("training.batches",) and state.zoom == 1.25

    qtbot.mouseClick(eye, Qt.MouseButton.LeftButton)
    assert shown(w, "batch_size")
    w.classroom.apply_window_state(state)
    assert not shown(w, "batch_size") and not eye.isChecked()
    w.classroom.apply_window_state(WindowState())
    assert shown(w, "batch_size") and w.classroom.zoom.zoom == 1.0


def test_a_row_the_panel_hides_stays_hidden_when_its_group_is_shown(qtbot, window):
    w = window()  # circle: no class count to choose
    assert not shown(w, "n_classes")
    w.classroom.set_hidden(["data.classes"])
    w.classroom.set_hidden([])
    assert not shown(w, "n_classes")
    w.apply_config(w.config.with_dataset("blobs"))  # a class count to choose: shown
    assert shown(w, "n_classes")
    w.classroom.set_hidden(["data.classes"])
    assert not shown(w, "n_classes")


def test_high_contrast_theme_toggles_the_palette(qtbot, window):
    w = window()
    app = QApplication.instance()
    before = app.palette().color(app.palette().ColorRole.WindowText).name()
    w.classroom.contrast_action.trigger()
    assert app.palette().color(app.palette().ColorRole.WindowText).name() == "#000000"
    assert app.palette().color(app.palette().ColorRole.Mid).name() == "#303030"
    w.classroom.contrast_action.trigger()
    assert app.palette().color(app.palette().ColorRole.WindowText).name() == before
    assert app.styleSheet() == ""


def test_an_instrument_opened_after_zooming_is_zoomed_too(qtbot, window):
    w = window()
    w.instruments.open("descent")
    before = [c.font().pointSizeF() for c in w.instruments.view("descent").findChildren(QWidget)
              if c.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
    w.instruments.close("descent")
    w.classroom.zoom.set_zoom(2.0)
    w.instruments.open("descent")
    qtbot.waitUntil(lambda: w.instruments.view("descent").isVisible())
    after = [c.font().pointSizeF() for c in w.instruments.view("descent").findChildren(QWidget)
             if c.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
    assert before and len(after) == len(before)
    assert after == pytest.approx([2.0 * b for b in before])


@pytest.mark.parametrize("height, zoom", [(2160, 1.5), (1080, 1.5), (1050, 1.25), (900, 1.25),
                                          (800, 1.1), (600, 1.1)])
def test_presentation_zoom_fits_the_screen(height, zoom):
    # At 150 % a 1280 x 800 projector had no room left for the output view.
    assert presentation_zoom(height) == pytest.approx(zoom)
