"""'My data': a config that carries its own points trains, round-trips and is saved once."""
import json
import warnings

import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig
from nnviz.lab.experiment_data import ExperimentData
from nnviz.lab.project import ProjectDocument, ProjectError, load_project, parse_project, \
    save_project
from nnviz.lab.session import Session

LEFT_RIGHT = [(-4.0, 1.0), (-3.0, -2.0), (-5.0, 0.5), (-3.5, 3.0),
              (4.0, 1.0), (3.0, -2.0), (5.0, 0.5), (3.5, 3.0)]
CLASSES = [0, 0, 0, 0, 1, 1, 1, 1]


def own(labels=CLASSES, points=LEFT_RIGHT, base=None):
    return (base or ExperimentConfig()).with_custom_data(points, labels)


def test_the_problem_follows_the_labels():
    assert own().training.problem == "binary"
    three = own([0, 0, 1, 1, 2, 2, 2, 2])
    assert three.training.problem == "multiclass"
    values = own([float(v) for v in range(8)])
    assert values.training.problem == "regression"
    assert values.with_dataset("circle").training.problem == "binary"
    assert values.with_dataset("circle").data.points == ()


def test_points_are_split_by_the_ratio_and_the_data_seed_without_noise():
    cfg = own().with_data(noise=0.5)
    data = ExperimentData(cfg)
    assert data.n_train == 4 and data.n_test == 4
    every = np.concatenate([data.raw.points_train, data.raw.points_test])
    assert sorted(map(tuple, every)) == sorted(LEFT_RIGHT)  # not moved by the noise setting
    again = ExperimentData(cfg.with_data(seed=1))
    assert not np.array_equal(again.raw.points_train, data.raw.points_train)


def test_features_are_computed_from_the_points():
    data = ExperimentData(own().with_data(features=("x1", "x1x2")))
    x, y = data.raw.points_train[:, 0], data.raw.points_train[:, 1]
    np.testing.assert_allclose(data.x_train, np.column_stack([x, x * y]), rtol=1e-6)


def test_a_session_learns_the_drawn_points():
    session = Session(own().with_training(learning_rate=0.3))
    session.step(400)
    train_loss, _, train_acc, test_acc = session.experiment_data.evaluate(
        session.model, session.model.loss)
    assert train_acc == 1.0 and test_acc == 1.0
    assert train_loss < 0.2


def test_all_points_cleared_trains_nothing_and_does_not_diverge():
    session = Session(own([], []))
    assert session.step(10) == 0
    assert session.status == "idle"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "mean of empty slice" anywhere
        snap = session.snapshot()
    assert snap.gradients is not None and all(not k.any() for k, _ in snap.gradients)
    session.apply(own())
    assert session.step(3) == 3


def test_json_round_trip_keeps_points_and_label_types():
    for cfg in (own(), own([0.5 * v for v in range(8)])):
        back = ExperimentConfig.from_json(cfg.to_json())
        assert back == cfg
        assert type(back.data.labels[0]) is type(cfg.data.labels[0])
    assert "points" not in ExperimentConfig().to_dict()["data"]


def test_points_on_another_dataset_are_refused():
    d = ExperimentConfig().to_dict()
    d["data"]["points"] = [[0, 0]]
    d["data"]["labels"] = [0]
    with pytest.raises(ValueError, match="empty unless the dataset is 'custom'"):
        ExperimentConfig.from_dict(d)


def test_a_project_stores_the_points_once_and_gives_them_back_exactly(tmp_path):
    points = [(0.1 + 1e-15, -2.0 / 3.0)] + LEFT_RIGHT[1:]
    cfg = own([0.1, -0.2, 0.3, 1e-9, 2.0, 3.5, -1.0, 0.0], points)
    session = Session(cfg)
    session.step(30)
    path = save_project(tmp_path / "mine.nnviz", ProjectDocument.from_session(session))
    raw = json.loads(path.read_text("utf-8"))
    assert "points" not in raw["config"]["data"]
    assert raw["custom_data"]["points"]["shape"] == [8, 2]
    back = load_project(path)
    assert back.config == cfg
    assert back.config.data.points[0] == points[0]  # to the bit
    np.testing.assert_array_equal(back.custom_data.labels, cfg.data.labels)
    reopened = back.session()
    for s in (session, reopened):
        s.step(20)
    for a, b in zip(session.model.get_weights(), reopened.model.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_custom_data_that_disagrees_with_the_config_is_refused(tmp_path):
    text = json.loads(json.dumps(ProjectDocument(own()).to_dict()))
    orphan = dict(text, config=ExperimentConfig().to_dict())
    with pytest.raises(ProjectError, match="dataset is 'circle', not 'custom'"):
        parse_project(json.dumps(orphan))
    missing = dict(text, custom_data=None)
    with pytest.raises(ProjectError, match="no custom_data"):
        parse_project(json.dumps(missing))
    twice = json.loads(json.dumps(text))
    twice["config"]["data"]["points"] = [list(p) for p in LEFT_RIGHT]
    with pytest.raises(ProjectError, match="belong in custom_data"):
        parse_project(json.dumps(twice))
    with pytest.raises(ValueError, match="the config carries them"):
        ProjectDocument(ExperimentConfig(), custom_data=ProjectDocument(own()).custom_data)


def test_class_names_from_a_file_are_kept_by_strokes_and_dropped_by_clear_or_values():
    named = ExperimentConfig().with_custom_data(LEFT_RIGHT, CLASSES, ("cat", "dog"))
    assert ExperimentData(named).plot.class_names == ("cat", "dog")
    assert ExperimentConfig.from_json(named.to_json()) == named
    stroke = named.with_custom_data(LEFT_RIGHT + [(0.0, 0.0)], CLASSES + [2])
    assert stroke.data.class_names == ("cat", "dog")
    assert named.with_custom_data((), (), ()).data.class_names == ()
    assert named.with_custom_data(LEFT_RIGHT, [0.5] * 8).data.class_names == ()
    assert named.with_dataset("circle").data.class_names == ()
    with pytest.raises(ValueError, match="class_names"):
        named.with_data(class_names=("x",) * 7)


def test_settings_change_on_an_empty_own_dataset_without_error():
    # A cleared "My data" has no training points: a live change (here a schedule, which counts
    # epochs by training points) must not divide by zero (found by the random-action test).
    empty = ExperimentConfig().with_custom_data([], [])
    session = Session(empty)
    assert session.apply(empty.with_training(schedule="exponential", learning_rate=0.1)) in (
        True, False)
    session.step(3)
    assert session.epoch == 0 and session.status != "error"
    assert session.snapshot().epoch == 0  # maps, metrics and all, with no points
