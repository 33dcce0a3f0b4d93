"""Errors of the lab and the data package, shown in the window in the interface's language.

The lab and data raise English messages (``str(exc)`` is what the CLI and the tests read); the
window recognises each message's template and shows it in Korean when the interface is Korean.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from window_helpers import config, window  # noqa: E402, F401 - window is a fixture

from nnviz.app.i18n.lab_messages import ERROR_CONTEXT, error_templates, translate_error
from nnviz.data import load_csv
from nnviz.lab.config import ExperimentConfig


@pytest.fixture
def korean(qapp, monkeypatch, tmp_path):
    """The interface in Korean (its own settings folder); English again afterwards."""
    monkeypatch.setenv("NNVIZ_SETTINGS_DIR", str(tmp_path))
    from nnviz.app.i18n.language import install_translator
    switcher = install_translator(QApplication.instance(), "ko", remember=False)
    yield switcher
    switcher.switch("en", remember=False)
    QCoreApplication.processEvents()


def error_of(call) -> str:
    with pytest.raises((ValueError, TypeError)) as caught:
        call()
    return str(caught.value)


BROKEN_CELL = "x,y,c\n1,2,0\n3,oops,1\n5,6,1\n2,2,0\n"
SHORT_ROW = "x,y,c\n1,2,0\n3,4\n5,6,1\n2,2,0\n"


def test_every_error_template_has_a_korean_translation(korean):
    untranslated = [t for t in error_templates()
                    if QCoreApplication.translate(ERROR_CONTEXT, t) == t]
    assert not untranslated
    # the placeholders survive translation, so the values can be filled in
    for template in error_templates():
        korean_text = QCoreApplication.translate(ERROR_CONTEXT, template)
        names = {n: n for n in re.findall(r"\{(\w+)\}", template)}
        assert korean_text.format(**names), template


def test_messages_stay_english_in_the_exception_and_in_an_english_window():
    message = error_of(lambda: load_csv(BROKEN_CELL))
    assert message == "line 3, column 2 ('y'): 'oops' is not a number; a feature must be numeric"
    assert translate_error(message) == message
    assert translate_error("something nnviz never says") == "something nnviz never says"


@pytest.mark.parametrize("make, korean_text", [
    (lambda: load_csv(BROKEN_CELL),
     "3번째 줄, 2번째 열 ('y'): 'oops'은(는) 숫자가 아닙니다. 입력 특성은(는) 숫자여야 합니다"),
    # the location wraps the message; the row's own "line 1" stays inside it
    (lambda: load_csv(SHORT_ROW),
     "3번째 줄, 3번째 열: 칸이 2개인데 1번째 줄은 3개입니다. 모든 행의 칸 수가 같아야 합니다"),
    (lambda: load_csv("x,y,c\n1,2,0\n3,\"4,5\",1\n"),
     "3번째 줄, 2번째 열 ('y'): '4,5'은(는) 숫자가 아닙니다. 입력 특성은(는) 숫자여야 합니다 "
     "(소수점은 쉼표가 아니라 점으로 쓰세요)"),
    (lambda: ExperimentConfig.from_dict({"training": {"learning_rate": 500}}),
     "training.learning_rate은(는) (0.0, 100.0] 범위의 값이어야 합니다. 입력값: 500"),
    (lambda: ExperimentConfig.from_dict({"training": {"optimizer": "fast"}}),
     "training.optimizer은(는) 다음 중 하나여야 합니다: sgd, adagrad, rmsprop, adam. "
     "입력값: 'fast'"),
    (lambda: ExperimentConfig.from_dict({"data": {"colour": 1}}),
     None),  # unknown field: checked for Korean below, the known list is long
])
def test_lab_and_data_errors_read_in_korean(korean, make, korean_text):
    message = error_of(make)
    shown = translate_error(message)
    if korean_text is not None:
        assert shown == korean_text
    assert "알 수 없는" in shown or korean_text is not None
    assert shown != message and error_of(make) == message  # the exception itself stays English


def test_a_weight_the_model_refuses_is_explained_in_korean(korean):
    from nnviz.lab.session import Session
    session = Session(config("xor", (2,)))
    assert translate_error(error_of(lambda: session.set_weight(0, 0, 0, float("inf")))) == \
        "가중치 값은 유한한 수여야 합니다. 입력값: inf"
    assert translate_error(error_of(lambda: session.set_weight(0, 0, 0, 1e39))).startswith(
        "값 1e+39은(는) 모델의 float32 가중치에 담기에 너무 큽니다")
    assert translate_error(error_of(lambda: session.set_weight(5, 0, 0, 1.0))) == \
        "dense_index=5는 범위를 벗어납니다. 모델의 Dense 층은 2개입니다 (0..1)"


def test_the_csv_dialog_names_the_broken_line_in_korean(qtbot, window, korean, tmp_path):
    from nnviz.app.csv_import_dialog import import_csv
    path = tmp_path / "bad.csv"
    path.write_text(BROKEN_CELL, encoding="utf-8")
    w = window(config("circle"))
    dialog = import_csv(w, str(path))
    qtbot.waitExposed(dialog)
    assert dialog.error.isVisible()
    assert dialog.error.text() == ("이 파일을 가져올 수 없습니다: 3번째 줄, 2번째 열 ('y'): "
                                   "'oops'은(는) 숫자가 아닙니다. 입력 특성은(는) 숫자여야 합니다")
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_refused_learning_rate_is_explained_in_korean_in_the_panel(qtbot, korean):
    from nnviz.app.panels.panel_base import InlineError
    from nnviz.app.panels.training_panel import TrainingPanel
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.resize(280, 700)
    panel.set_config(ExperimentConfig())
    panel.show()
    qtbot.waitExposed(panel)
    line = panel.findChild(QComboBox, "learning_rate").lineEdit()
    line.setFocus()
    line.selectAll()
    with qtbot.assertNotEmitted(panel.config_edited):
        qtbot.keyClicks(line, "500")
        qtbot.keyClick(line, Qt.Key.Key_Return)
    error = panel.findChild(InlineError, "learning_rate_error")
    assert error.isVisible()
    assert error.text() == "learning_rate은(는) (0.0, 100.0] 범위의 값이어야 합니다. 입력값: 500.0"


def test_the_workers_refusal_reaches_the_status_bar_in_korean(qtbot, window, korean):
    w = window(config("xor", (2,)))
    w.controller.set_weight(0, 0, 0, float("inf"))
    refusal = "가중치 값은 유한한 수여야 합니다. 입력값: inf"
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == refusal)


def test_a_project_with_a_bad_setting_is_refused_in_korean(korean, tmp_path):
    from nnviz.app.project_actions import refusal_text
    from nnviz.lab.project import ProjectDocument, ProjectError
    from nnviz.lab.project.storage import load_project
    from nnviz.lab.project.window_state import WindowState
    good = ProjectDocument(config("xor", (2,)), None, None, WindowState())
    d = good.to_dict()
    d["config"]["training"]["learning_rate"] = 500
    path = tmp_path / "bad.nnviz"
    path.write_text(json.dumps(d), encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    text = refusal_text(path, caught.value)
    assert "learning_rate은(는) (0.0, 100.0] 범위의 값이어야 합니다. 입력값: 500" in text
    assert "must be" not in text


def test_stop_messages_and_the_earlier_runs_menu_read_korean(korean):
    """Both went through _tr() helpers that lupdate cannot see: they had no Korean at all."""
    from nnviz.app.panels.stop_rule_control import stop_message
    from nnviz.app.views.ghost_curves import ghost_label
    from nnviz.lab.ghost_runs import RESET, Change, GhostRun
    from nnviz.lab.stop_rules import StopEvent
    text = stop_message(StopEvent("patience", 40, 0.1234, 10, best_epoch=30, restored=True))
    assert text.startswith("조기 종료(early stopping)로 에포크 40에서 멈췄습니다")
    assert "(최저 0.1234, 에포크 30)" in text and text.endswith("가장 좋은 가중치로 되돌렸습니다.")
    assert stop_message(StopEvent("epochs", 100, 100, 100)).startswith("에포크 100에서 멈췄습니다")
    assert ghost_label(GhostRun(1, (Change(RESET),), {})) == "재설정"
