"""Lesson files: refusals name the file and the field; a broken file is skipped, not fatal."""
import copy
import json

import numpy as np
import pytest

from nnviz.lab.lessons import LessonError, check_met, load_lessons, parse_lesson, validate_check
from nnviz.lab.lessons.checks import CheckError
from nnviz.lab.snapshot import Snapshot

GOOD = {
    "format": "nnviz-lesson", "version": 1, "id": "demo", "order": 3,
    "title": {"en": "Demo", "ko": "예시"}, "text": {"en": "Look.", "ko": "보세요."},
    "config": {"data": {"dataset": "and"}, "network": {"hidden": []}},
    "speed": 5, "weights": [{"layer": 0, "row": -1, "col": 0, "value": -30}],
    "window": {"instruments": ["perceptron"], "hidden_controls": ["data.noise"]},
    "tasks": [{"text": {"en": "Train.", "ko": "학습하세요."},
               "check": {"kind": "epoch_at_least", "value": 1}}],
}


def with_(path, value):
    d = copy.deepcopy(GOOD)
    *parents, last = path
    target = d
    for p in parents:
        target = target[p]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return d


def test_good_lesson_parses():
    lesson = parse_lesson(GOOD, "03_demo.json")
    assert lesson.id == "demo" and lesson.config.data.dataset == "and"
    assert lesson.weights[0].row == -1 and lesson.weights[0].value == -30.0
    assert lesson.title_in("ko") == "예시" and lesson.title_in("ko_KR") == "예시"
    assert lesson.title_in("fr") == "Demo"
    assert lesson.hidden_controls == ("data.noise",)


@pytest.mark.parametrize("path, value, field, words", [
    (("format",), "nnviz-project", "format", "not an nnviz lesson"),
    (("version",), 2, "version", "1 to 1"),
    (("colour",), "red", "", "unknown field"),
    (("title",), KeyError, "", "missing field(s) 'title'"),
    (("title", "ko"), KeyError, "title", "exactly the languages"),
    (("text", "en"), "  ", "text.en", "text of 1"),
    (("id",), "a b", "id", "letters, digits"),
    (("config", "data", "dataset"), "nope", "config", "dataset must be one of"),
    (("config", "training"), {"learning_rate": -1}, "config", "learning_rate"),
    (("speed",), 0, "speed", "steps per second"),
    (("speed",), True, "speed", "steps per second"),
    (("weights", 0, "layer"), 1, "weights[0].layer", "Dense layers 0 to 0"),
    (("weights", 0, "row"), 2, "weights[0].row", "-1 (the bias)"),
    (("weights", 0, "value"), float("nan"), "weights[0].value", "finite"),
    (("window", "instruments"), "perceptron", "window.instruments", "list of names"),
    (("window", "zoom"), 2, "window", "exactly instruments, hidden_controls"),
    (("tasks",), [], "tasks", "1 to 3 tasks"),
    (("tasks", 0, "check", "kind"), "magic", "tasks[0].check.kind", "unknown kind 'magic'"),
    (("tasks", 0, "check", "value"), -1, "tasks[0].check.value", "whole number >= 0"),
])
def test_refusals_name_file_and_field(path, value, field, words):
    with pytest.raises(LessonError) as info:
        parse_lesson(with_(path, value), "03_demo.json")
    assert info.value.field == field
    assert str(info.value).startswith("03_demo.json: ")
    assert words in str(info.value)


def test_broken_files_are_skipped_with_a_message(tmp_path):
    (tmp_path / "01_good.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "02_bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "03_same_id.json").write_text(json.dumps(GOOD), encoding="utf-8")
    other = dict(GOOD, id="first", order=1)
    (tmp_path / "04_first.json").write_text(json.dumps(other), encoding="utf-8")
    lessons, problems = load_lessons(tmp_path)
    assert [lesson.id for lesson in lessons] == ["first", "demo"]  # by order, not file name
    assert len(problems) == 2
    assert problems[0].startswith("02_bad.json: ") and "not valid JSON" in problems[0]
    assert problems[1].startswith("03_same_id.json: id: ") and "used by another" in problems[1]


def test_missing_folder_gives_no_lessons(tmp_path):
    assert load_lessons(tmp_path / "nowhere") == ([], [])


# -- checks on hand-made snapshots --------------------------------------------------------------
def snap(config=None, test_loss=(0.5,), train_loss=(0.4,), test_acc=(0.9,), train_acc=(0.95,),
         status="idle", epoch=10, baseline=0.69):
    class Base:
        loss = baseline
    n = len(test_loss)
    return Snapshot(serial=1, step=100, epoch=epoch, weights=[], dense_weights=[],
                    gradients=None, epochs=np.arange(1, n + 1), train_loss=np.array(train_loss),
                    test_loss=np.array(test_loss), train_metric=np.array(train_acc),
                    test_metric=np.array(test_acc), boundary=None, neuron_maps=None, extent=6.0,
                    learning_rate=0.03, status=status, config=config, baseline=Base())


@pytest.fixture
def config():
    from nnviz.lab.config import ExperimentConfig
    return ExperimentConfig().with_training(optimizer="adam")


@pytest.mark.parametrize("check, kwargs, met", [
    ({"kind": "test_loss_below_baseline"}, {"test_loss": (0.8, 0.6)}, True),
    ({"kind": "test_loss_below_baseline"}, {"test_loss": (0.6, 0.7)}, False),
    ({"kind": "test_loss_below_baseline"}, {"test_loss": (float("nan"),)}, False),
    ({"kind": "test_loss_below_baseline"}, {"test_loss": ()}, False),
    ({"kind": "train_loss_below_baseline"}, {"train_loss": (0.1,)}, True),
    ({"kind": "test_loss_below", "value": 0.3}, {"test_loss": (0.29,)}, True),
    ({"kind": "test_loss_below", "value": 0.3}, {"test_loss": (0.3,)}, False),
    ({"kind": "test_accuracy_at_least", "value": 0.95}, {"test_acc": (0.95,)}, True),
    ({"kind": "test_accuracy_at_least", "value": 0.95}, {"test_acc": (0.94,)}, False),
    ({"kind": "train_accuracy_at_least", "value": 1}, {"train_acc": (1.0,)}, True),
    ({"kind": "status_is", "value": "diverged"}, {"status": "diverged"}, True),
    ({"kind": "status_is", "value": "diverged"}, {"status": "unstable"}, False),
    ({"kind": "epoch_at_least", "value": 10}, {"epoch": 10}, True),
    ({"kind": "epoch_at_least", "value": 11}, {"epoch": 10}, False),
    ({"kind": "hidden_layers_at_least", "value": 2}, {}, True),
    ({"kind": "hidden_layers_at_least", "value": 3}, {}, False),
    ({"kind": "config_equals", "field": "training.optimizer", "value": "adam"}, {}, True),
    ({"kind": "config_equals", "field": "training.optimizer", "value": "sgd"}, {}, False),
    ({"kind": "config_equals", "field": "network.hidden[1].units", "value": 2}, {}, True),
    ({"kind": "config_equals", "field": "network.hidden[5].units", "value": 2}, {}, False),
    ({"kind": "config_equals", "field": "training.learning_rate", "value": 0.03}, {}, True),
    ({"kind": "config_greater_than", "field": "training.beta_1", "value": 0.5}, {}, True),
    ({"kind": "all_of", "checks": [{"kind": "epoch_at_least", "value": 5},
                                   {"kind": "status_is", "value": "idle"}]}, {}, True),
    ({"kind": "all_of", "checks": [{"kind": "epoch_at_least", "value": 50},
                                   {"kind": "status_is", "value": "idle"}]}, {}, False),
    ({"kind": "any_of", "checks": [{"kind": "epoch_at_least", "value": 50},
                                   {"kind": "status_is", "value": "idle"}]}, {}, True),
])
def test_checks_on_hand_made_snapshots(config, check, kwargs, met):
    validate_check(check)
    assert check_met(check, config, snap(config, **kwargs)) is met


def test_result_checks_need_a_snapshot_of_this_config(config):
    check = {"kind": "epoch_at_least", "value": 1}
    assert not check_met(check, config, None)
    other = config.with_training(optimizer="sgd")
    assert not check_met(check, config, snap(other))  # from before the lesson was opened
    assert check_met({"kind": "config_equals", "field": "training.optimizer", "value": "adam"},
                     config, None)


@pytest.mark.parametrize("check, field", [
    ({"kind": "test_accuracy_at_least", "value": 1.5}, "check.value"),
    ({"kind": "test_accuracy_at_least"}, "check.value"),
    ({"kind": "status_is", "value": "sleepy"}, "check.value"),
    ({"kind": "config_equals", "field": "training.colour", "value": 1}, "check.field"),
    ({"kind": "epoch_at_least", "value": 1, "extra": 2}, "check"),
    ({"kind": "all_of", "checks": []}, "check.checks"),
    ({"kind": "all_of", "checks": [{"kind": "x"}]}, "check.checks[0].kind"),
    ("epoch", "check"),
])
def test_malformed_checks_are_refused(check, field):
    with pytest.raises(CheckError) as info:
        validate_check(check)
    assert info.value.field == field
