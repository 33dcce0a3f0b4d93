"""Save, reopen, train on: the same weights, to the bit, as never having saved."""
import json

import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.project import (ProjectDocument, WindowState, load_project,
                               project_text, save_project)
from nnviz.lab.session import Session
from project_helpers import DROPOUT_ADAM, SMALL

CONFIGS = {
    "adam+dropout": DROPOUT_ADAM,
    "sgd momentum, batch norm": SMALL.with_network(
        hidden=(LayerConfig(4, "relu", batch_norm=True),)).with_training(
        momentum=0.9, batch_size=7),
    "rmsprop regression, schedule": ExperimentConfig().with_dataset("plane", n_points=120)
    .with_training(optimizer="rmsprop", schedule="exponential", decay_epochs=2,
                   learning_rate=0.01),
    "blobs softmax, l2": ExperimentConfig().with_dataset("blobs", n_points=150)
    .with_network(regularizer="l2", regularization_rate=0.003),
}


def assert_same(a: Session, b: Session) -> None:
    assert (a.epoch, a.step_count) == (b.epoch, b.step_count)
    for wa, wb in zip(a.model.get_weights(), b.model.get_weights()):
        assert wa.dtype == wb.dtype
        np.testing.assert_array_equal(wa, wb)
    for name in ("epochs", "train_loss", "test_loss", "train_metric", "test_metric"):
        np.testing.assert_array_equal(a.history.column(name), b.history.column(name))


@pytest.mark.parametrize("name", CONFIGS)
def test_reopening_continues_bit_for_bit(tmp_path, name):
    config = CONFIGS[name]
    original = Session(config)
    original.step(37)  # mid-epoch: shuffle order, position and RNG states all matter
    path = save_project(tmp_path / "run.nnviz", ProjectDocument.from_session(original))
    reopened = load_project(path).session()
    assert_same(original, reopened)
    for session in (original, reopened):
        session.step(150)
    assert_same(original, reopened)
    assert original.epoch >= 3  # the comparison spans several epochs' ends


def test_the_window_state_and_own_data_come_back(tmp_path):
    window = WindowState(instruments=("perceptron", "descent"), hidden_controls=("noise",),
                         zoom=1.25, language="ko", lesson="03-backprop")
    points = np.array([[0.5, -1.25], [3.0, 2.0], [-4.0, 0.1]])
    own = SMALL.with_custom_data(points.tolist(), [0, 1, 1])
    document = ProjectDocument.from_session(Session(own), window)
    back = load_project(save_project(tmp_path / "p.nnviz", document))
    assert back.window == window
    np.testing.assert_array_equal(back.custom_data.points, points)
    np.testing.assert_array_equal(back.custom_data.labels, [0, 1, 1])
    assert back.custom_data.labels.dtype == np.int64
    assert back.config == own


def test_an_untrained_project_without_a_session_opens_as_a_fresh_session(tmp_path):
    back = load_project(save_project(tmp_path / "p.nnviz", ProjectDocument(SMALL)))
    assert back.checkpoint is None
    session, fresh = back.session(), Session(SMALL)
    assert_same(session, fresh)


def test_the_file_is_plain_json_with_format_and_version(tmp_path):
    path = save_project(tmp_path / "p.nnviz", ProjectDocument(SMALL))
    d = json.loads(path.read_text(encoding="utf-8"))
    assert (d["format"], d["version"]) == ("nnviz-project", 1)
    assert ExperimentConfig.from_dict(d["config"]) == SMALL


def test_regression_history_with_nan_metrics_still_writes_strict_json():
    session = Session(CONFIGS["rmsprop regression, schedule"])
    session.step_epochs(2)
    assert np.isnan(session.history.column("test_metric")).all()  # no accuracy for regression
    text = project_text(ProjectDocument.from_session(session))
    assert "NaN" not in text
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in the file"))


def test_a_diverged_session_is_saved_at_its_last_good_weights():
    config = ExperimentConfig().with_dataset("plane", n_points=120).with_network(
        hidden=(LayerConfig(4, "relu"), LayerConfig(2, "relu"))).with_training(
        learning_rate=0.01)
    session = Session(config)
    session.step_epochs(2)
    good = session.model.get_weights()
    session.apply(config.with_training(learning_rate=10.0))
    session.step(5000)
    assert session.status == "diverged"
    document = ProjectDocument.from_session(session)
    reopened = ProjectDocument.from_dict(json.loads(project_text(document))).session()
    assert reopened.status == "idle" and reopened.epoch == 2
    for a, b in zip(reopened.model.get_weights(), good):
        np.testing.assert_array_equal(a, b)


def test_the_best_and_last_good_weights_come_back(tmp_path):
    original = Session(SMALL)
    original.step_epochs(6)
    best = original.snapshot(grids=False).best_weights
    path = save_project(tmp_path / "best.nnviz", ProjectDocument.from_session(original))
    reopened = load_project(path).session()
    assert reopened.snapshot(grids=False).best_weights == best
    for session in (original, reopened):
        session.step_epochs(2)
        assert session.restore_best()
        assert session.restore_last_good()
    assert_same(original, reopened)
