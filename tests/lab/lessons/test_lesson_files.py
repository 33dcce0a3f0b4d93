"""The shipped lessons: every file loads, its preset trains, and every task can be met."""
import math

import pytest

from nnviz.lab.config import LayerConfig
from nnviz.lab.lessons import CHECK_KINDS, check_met, shipped_lessons
from nnviz.lab.session import Session

LESSONS, PROBLEMS = shipped_lessons()
BY_ID = {lesson.id: lesson for lesson in LESSONS}
#: Instruments lessons may open: today's registry plus the ones being built alongside.
KNOWN_INSTRUMENTS = {"perceptron", "descent", "optimizers", "activations", "losses", "forward",
                     "backprop", "gradients"}
COURSE = ["neuron", "perceptron", "xor", "forward", "activations", "losses", "descent",
          "batches", "backprop", "vanishing", "optimizers", "initialization", "overfitting",
          "batchnorm", "softmax", "regression", "baseline", "hyperparameters"]


def test_all_eighteen_lessons_load_in_course_order():
    assert PROBLEMS == []
    assert [lesson.id for lesson in LESSONS] == COURSE
    assert [lesson.order for lesson in LESSONS] == list(range(1, 19))


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda l: l.id)
def test_lesson_has_both_languages_and_known_names(lesson):
    for texts in (lesson.title, lesson.text, *(t.text for t in lesson.tasks)):
        assert set(texts) == {"en", "ko"}
        assert any("\uac00" <= ch <= "\ud7a3" for ch in texts["ko"])  # Hangul
    assert set(lesson.instruments) <= KNOWN_INSTRUMENTS
    assert 0.5 <= lesson.speed <= 200  # narratable, not flat out
    for task in lesson.tasks:
        assert task.check["kind"] in CHECK_KINDS


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda l: l.id)
def test_preset_builds_and_trains(lesson):
    session = Session(lesson.config)
    for w in lesson.weights:
        session.set_weight(w.layer, w.row, w.col, w.value)
    session.step(3)
    snap = session.snapshot(grids=False)
    assert snap.step == 3 and snap.status in ("idle", "running", "unstable")
    assert math.isfinite(snap.last_train_loss) or snap.epoch == 0


def test_hand_set_neuron_is_an_and_gate():
    lesson = BY_ID["neuron"]
    session = Session(lesson.config)
    for w in lesson.weights:
        session.set_weight(w.layer, w.row, w.col, w.value)
    out = session.predict([[0, 0], [1, 0], [0, 1], [1, 1]])[:, 0]
    # sigmoid(-30), sigmoid(-10), sigmoid(-10), sigmoid(10)
    assert out[:3].max() < 1e-4 and out[3] > 0.9999
    session.step_epochs(1)
    snap = session.snapshot(grids=False)
    assert check_met(lesson.tasks[0].check, lesson.config, snap)


def _solved(lesson_id, change, epochs, task_index):
    lesson = BY_ID[lesson_id]
    config = change(lesson.config)
    session = Session(config)
    session.step_epochs(epochs)
    return check_met(lesson.tasks[task_index].check, config, session.snapshot(grids=False))


def _relu_all(c):
    for i in range(len(c.network.hidden)):
        c = c.with_layer(i, activation="relu")
    return c


def _bn_all(c):
    for i in range(len(c.network.hidden)):
        c = c.with_layer(i, batch_norm=True)
    return c


# One way to meet each task that needs training: the tasks are reachable, not wishful.
SOLUTIONS = [
    ("neuron", lambda c: c.with_data(dataset="or"), 300, 1),
    ("xor", lambda c: c.with_network(hidden=(LayerConfig(4),)), 300, 1),
    ("descent", lambda c: c.with_training(learning_rate=3.0), 30, 0),
    ("descent", lambda c: c.with_training(learning_rate=0.03), 50, 1),
    ("vanishing", _relu_all, 200, 1),
    ("optimizers", lambda c: c.with_training(optimizer="adam", learning_rate=0.01), 300, 2),
    ("overfitting", lambda c: c.with_network(regularizer="l2", regularization_rate=0.03), 300, 1),
    ("batchnorm", _bn_all, 200, 1),
    ("regression", lambda c: c.with_dataset("sine").with_network(hidden=(LayerConfig(8),)),
     300, 1),
    ("baseline", lambda c: c.with_network(hidden=(LayerConfig(8), LayerConfig(8))).with_training(
        optimizer="adam", learning_rate=0.01), 300, 1),
    ("hyperparameters", lambda c: c.with_training(learning_rate=0.1), 200, 2),
]


@pytest.mark.parametrize("lesson_id, change, epochs, task", SOLUTIONS,
                         ids=[f"{s[0]}-{s[3]}" for s in SOLUTIONS])
def test_task_can_be_met(lesson_id, change, epochs, task):
    assert _solved(lesson_id, change, epochs, task)


@pytest.mark.parametrize("lesson_id, task", [("baseline", 0), ("vanishing", 1), ("xor", 1),
                                             ("batchnorm", 1)])
def test_task_is_not_met_by_the_preset_alone(lesson_id, task):
    assert not _solved(lesson_id, lambda c: c, 100, task)
