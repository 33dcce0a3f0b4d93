"""The window in Korean: menus, panels and the banner, and switching language while it trains."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from window_helpers import wait_snapshot, window  # noqa: E402, F401 - window is a fixture


@pytest.fixture
def language(monkeypatch, tmp_path):
    """The app's language switcher with its own settings folder; English again afterwards."""
    monkeypatch.setenv("NNVIZ_SETTINGS_DIR", str(tmp_path))
    from nnviz.app.i18n.language import install_translator
    switcher = install_translator(QApplication.instance(), "en", remember=False)
    yield switcher
    switcher.switch("en", remember=False)
    QCoreApplication.processEvents()


def menu_titles(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def labels(widget) -> set[str]:
    return {lab.text() for lab in widget.findChildren(QLabel)}


def banner_text(w) -> str:
    return " ".join(lab.text() for lab in w.banner.findChildren(QLabel))


def test_the_window_started_in_korean_shows_korean_menus_panels_and_banner(qtbot, window,
                                                                          language):
    language.switch("ko")
    w = window()
    assert menu_titles(w)[:4] == ["파일(&F)", "편집(&E)", "학습(&R)", "보기(&V)"]
    assert "데이터셋 선택" in labels(w.data_panel)
    assert {"재설정", "재생", "한 스텝", "에포크"} <= {
        b.text() for b in w.transport.findChildren(QAbstractButton)}
    w.banner.show_diverged(12, 3.0)
    assert "에포크 12에서 학습이 발산했습니다" in banner_text(w)
    assert {"마지막 정상 가중치 복원", "학습률 낮추기"} <= {
        b.text() for b in w.banner.findChildren(QAbstractButton)}


def test_switching_language_changes_menus_and_panels_but_not_the_training(qtbot, window,
                                                                         language):
    w = window()
    assert menu_titles(w)[0] == "&File"
    assert "Choose a dataset" in labels(w.data_panel)
    controller = w.controller
    w.controller.step_epochs(2)
    before = wait_snapshot(qtbot, w, lambda s: s.epoch >= 2)

    w.banner.show_diverged(7, 3.0)
    assert "Training diverged in epoch 7" in banner_text(w)
    korean = next(a for a in w.language_menu.menu.actions() if a.text() == "한국어")
    korean.trigger()
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "파일(&F)")
    assert "데이터셋 선택" in labels(w.data_panel)
    assert "에포크 7에서 학습이 발산했습니다" in banner_text(w)
    assert "재생" in {b.text() for b in w.transport.findChildren(QAbstractButton)}
    assert w.language_menu.actions["ko"].isChecked()
    after = wait_snapshot(qtbot, w, lambda s: s.step == before.step)
    assert w.controller is controller and after.epoch == before.epoch

    from nnviz.app.i18n.language import remembered_language
    assert remembered_language() == "ko"  # the next start speaks Korean too
    next(a for a in w.language_menu.menu.actions() if a.text() == "English").trigger()
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "&File")
    assert "Choose a dataset" in labels(w.data_panel)
    assert remembered_language() == "en"


def test_lang_flag_wins_over_the_remembered_language(language):
    from nnviz.app.i18n.language import initial_language
    language.switch("ko")
    assert initial_language(None) == "ko"
    assert initial_language("en") == "en"


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_korean_font_is_registered_as_the_fallback(platform):
    from nnviz.app.i18n.fonts import KOREAN_FAMILY, register_korean_font
    app = QApplication.instance()
    font = QFont(app.font())
    try:
        families = register_korean_font(app, platform)
        assert KOREAN_FAMILY in families
        assert KOREAN_FAMILY in QFontDatabase.families()
        assert QFontMetrics(QFont(KOREAN_FAMILY)).inFontUcs4(ord("한"))
        assert app.font().families()[0] == font.families()[0]  # English keeps its look
        # fontconfig finds it for Hangul by itself; elsewhere the app font names it last.
        assert (app.font().families()[-1] == KOREAN_FAMILY) == (platform != "linux")
    finally:
        app.setFont(font)


def test_hangul_is_drawn_with_glyphs_not_boxes():
    # Rendered with the app font, "한국어" must differ from three "missing glyph" boxes.
    from PySide6.QtGui import QImage, QPainter, QColor
    from nnviz.app.i18n.fonts import register_korean_font
    register_korean_font(QApplication.instance())

    def draw(text):
        image = QImage(120, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QApplication.instance().font())
        painter.drawText(4, 28, text)
        painter.end()
        return image
    assert draw("한국어") != draw("\ue000\ue001\ue002")


def test_qts_own_dialog_buttons_speak_korean_too(language):
    language.switch("ko")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    language.switch("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize("system, expected", [("ko_KR", "ko"), ("en_GB", "en"), ("de_DE", "en")])
def test_without_a_choice_the_system_locale_decides(language, monkeypatch, system, expected):
    from PySide6.QtCore import QLocale

    from nnviz.app.i18n import language as module
    monkeypatch.setattr(module.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert module.remembered_language() is None
    assert module.initial_language(None) == expected


def test_words_shared_by_several_contexts_get_the_translation_of_their_own(qtbot, window,
                                                                          language):
    # "Step" is a transport button (한 스텝) and an activation in the output list (계단 함수).
    w = window()
    output = w.training_panel._output
    step_item = output.findData("step")
    assert step_item >= 0 and output.itemText(step_item) == "Step"
    language.switch("ko")
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "파일(&F)")
    assert output.itemText(step_item) == "계단 함수"
    assert "한 스텝" in {b.text() for b in w.transport.findChildren(QAbstractButton)}
    language.switch("en")
    qtbot.waitUntil(lambda: menu_titles(w)[0] == "&File")
    assert output.itemText(step_item) == "Step"


def test_the_lang_flag_is_for_one_run_the_menu_choice_is_remembered(language):
    from nnviz.app import cli
    from nnviz.app.i18n.language import remembered_language
    cli.install_translator(QApplication.instance(), "ko")
    assert QCoreApplication.translate("MainWindow", "&File") == "파일(&F)"
    assert remembered_language() is None
    language.switch("en")  # as View → Language does
    assert remembered_language() == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_an_open_lesson_switches_language_with_the_window(qtbot, window, language):
    w = window()
    w.lessons.open_lesson("xor")
    english = w.lessons.panel.title.text()
    next(a for a in w.language_menu.menu.actions() if a.text() == "한국어").trigger()
    qtbot.waitUntil(lambda: w.lessons.panel.title.text() == "XOR: 직선 하나로는 부족합니다")
    next(a for a in w.language_menu.menu.actions() if a.text() == "English").trigger()
    qtbot.waitUntil(lambda: w.lessons.panel.title.text() == english)


def test_the_activation_explorer_names_and_explains_its_curves_in_the_language(qtbot,
                                                                               language):
    # Its list and its readout take the registry's words, as the layers' menus do: they showed
    # "Sigmoid" and "Squashes any number into 0..1 ..." in a Korean window.
    from nnviz.app.instruments.activations_view import ActivationsView
    view = ActivationsView()
    qtbot.addWidget(view)
    view.select("sigmoid")
    row = view.names.index("sigmoid")
    assert view.list.item(row).text() == "Sigmoid"
    assert "Squashes any number into 0..1" in view.readout.text()
    language.switch("ko")
    qtbot.waitUntil(lambda: view.list.item(row).text() == "시그모이드")
    assert "어떤 수든 0..1로 눌러 담습니다" in view.readout.text()
    assert "Squashes" not in view.readout.text()
    language.switch("en")
    qtbot.waitUntil(lambda: view.list.item(row).text() == "Sigmoid")
    assert "Squashes any number into 0..1" in view.readout.text()
