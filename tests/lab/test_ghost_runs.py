"""Ghost runs: kept on reset and rebuild with the right label, pinned, cleared, saved."""
import json

import numpy as np
import pytest

from nnviz.lab.checkpoint import capture, resume
from nnviz.lab.config import LayerConfig
from nnviz.lab.ghost_runs import (Change, GhostRuns, describe_difference, format_changes)
from nnviz.lab.session import Session

from lab_helpers import FAST


def label(old, new):
    return format_changes(describe_difference(old, new))


def test_describe_difference_names_what_changed():
    assert label(FAST, FAST.with_training(learning_rate=0.3)) == "learning rate 0.03 → 0.3"
    assert label(FAST, FAST.with_training(optimizer="adam")) == "optimizer sgd → adam"
    assert label(FAST, FAST.with_network(hidden=(LayerConfig(8), LayerConfig(2)))) == \
        "hidden layers 4,2 → 8,2"
    relu = FAST.with_network(hidden=(LayerConfig(4, "relu"), LayerConfig(2, "relu")))
    assert label(FAST, relu) == "activation tanh → relu"
    assert label(FAST, FAST.with_layer(1, dropout=0.2)) == "dropout layer 2: 0 → 0.2"
    assert label(FAST, FAST.with_training(learning_rate=0.1, optimizer="adam")) == \
        "optimizer sgd → adam, learning rate 0.03 → 0.1"
    both = FAST.with_network(hidden=(LayerConfig(6, "relu"), LayerConfig(2, "relu")))
    assert label(FAST, both) == "hidden layers 4,2 → 6,2, activation tanh → relu"
    three = FAST.with_network(hidden=(LayerConfig(4), LayerConfig(2), LayerConfig(2)))
    assert label(FAST, three) == "hidden layers 4,2 → 4,2,2"
    mixed = FAST.with_layer(0, activation="relu")
    assert label(FAST, mixed) == "activation layer 1: tanh → relu"
    assert label(FAST, FAST) == "reset"
    # The stop rule is not part of the experiment's result.
    assert label(FAST, FAST.with_training(stop_rule="epochs")) == "reset"


def test_reset_and_rebuild_leave_ghosts_with_their_curves():
    session = Session(FAST)
    ghosts = GhostRuns()
    session.step_epochs(5)
    before = session.snapshot(grids=False)
    ghosts.observe(before)
    session.reset()
    assert ghosts.observe(session.snapshot(grids=False)).label == "reset"
    g = ghosts.ghosts[0]
    np.testing.assert_array_equal(g.columns["test_loss"], before.test_loss)
    assert g.epochs == 5
    session.step_epochs(3)
    ghosts.observe(session.snapshot(grids=False))
    # A live change (learning rate) is no new run; a structural one (units) is.
    session.apply(session.config.with_training(learning_rate=0.1))
    assert ghosts.observe(session.snapshot(grids=False)) is None
    session.apply(session.config.with_network(hidden=(LayerConfig(6),)))
    ghost = ghosts.observe(session.snapshot(grids=False))
    assert ghost.label == "hidden layers 4,2 → 6"
    assert ghost.epochs == 3 and len(ghosts) == 2
    # An empty run leaves nothing.
    session.reset()
    assert ghosts.observe(session.snapshot(grids=False)) is None


def test_a_new_training_process_is_the_same_run():
    session = Session(FAST)
    session.step_epochs(2)
    ghosts = GhostRuns()
    ghosts.observe(session.snapshot(grids=False))
    moved = resume(capture(session), FAST)
    assert ghosts.observe(moved.snapshot(grids=False)) is None


def _snap_with(epochs, run, serial):
    from types import SimpleNamespace
    n = epochs
    return SimpleNamespace(run=run, serial=serial, config=FAST, epochs=np.arange(1, n + 1),
                           train_loss=np.linspace(1, 0.5, n), test_loss=np.linspace(1, 0.6, n),
                           train_metric=np.full(n, np.nan), test_metric=np.full(n, 0.5))


def test_only_the_last_three_unpinned_stay_and_pinned_ones_survive():
    ghosts = GhostRuns(limit=3)
    for i in range(1, 6):
        ghosts.observe(_snap_with(i, run=i, serial=i))
    ghosts.observe(_snap_with(1, run=6, serial=6))
    assert [g.epochs for g in ghosts.ghosts] == [3, 4, 5]
    first = ghosts.ghosts[0].id
    ghosts.pin(first)
    for i in range(7, 10):
        ghosts.observe(_snap_with(10 + i, run=i, serial=i))
    assert [g.epochs for g in ghosts.ghosts] == [3, 1, 17, 18]
    assert ghosts.get(first).pinned
    ghosts.clear(keep_pinned=True)
    assert [g.id for g in ghosts.ghosts] == [first]
    ghosts.clear()
    assert len(ghosts) == 0


def test_to_dict_round_trips_through_json():
    ghosts = GhostRuns()
    snap = _snap_with(4, run=1, serial=1)
    ghosts.add(snap, FAST.with_training(learning_rate=0.3))
    ghosts.add(snap)
    ghosts.pin(ghosts.ghosts[1].id)
    text = json.dumps(ghosts.to_dict(), allow_nan=False)  # NaN stored as null
    back = GhostRuns.from_dict(json.loads(text))
    assert [(g.id, g.label, g.pinned) for g in back.ghosts] == \
        [(1, "learning rate 0.03 → 0.3", False), (2, "reset", True)]
    for a, b in zip(ghosts.ghosts, back.ghosts):
        for k in a.columns:
            np.testing.assert_array_equal(a.columns[k], b.columns[k])
    assert back.add(snap).id == 3  # ids stay unique after loading


def test_from_dict_names_what_is_wrong():
    with pytest.raises(TypeError, match="JSON object"):
        GhostRuns.from_dict([])
    with pytest.raises(ValueError, match="malformed"):
        GhostRuns.from_dict({"ghosts": [{"id": 1, "changes": []}]})
    with pytest.raises(ValueError, match="equally long"):
        bad = {"id": 1, "changes": [], "columns": {"epochs": [1, 2], "train_loss": [1],
                                                    "test_loss": [1], "train_metric": [1],
                                                    "test_metric": [1]}}
        GhostRuns.from_dict({"ghosts": [bad]})


def test_change_formatting_with_other_names():
    changes = (Change("training.learning_rate", "0.03", "0.3"), Change("reset"))
    assert format_changes(changes, {"training.learning_rate": "학습률"}, "초기화") == \
        "학습률 0.03 → 0.3, 초기화"


def test_ghosts_travel_in_a_project_file(tmp_path):
    from nnviz.lab.project import ProjectDocument, WindowState, load_project, save_project
    from nnviz.lab.project.errors import ProjectError
    session = Session(FAST)
    session.step_epochs(3)
    ghosts = GhostRuns()
    ghosts.add(session.snapshot(grids=False), FAST.with_training(learning_rate=0.3))
    ghosts.pin(1)
    doc = ProjectDocument.from_session(session, WindowState(ghost_runs=ghosts.to_dict()))
    path = tmp_path / "g.nnviz"
    save_project(path, doc)
    back = GhostRuns.from_dict(load_project(path).window.ghost_runs)
    assert [(g.label, g.pinned, g.epochs) for g in back.ghosts] == \
        [("learning rate 0.03 → 0.3", True, 3)]
    with pytest.raises(ProjectError, match="window.ghost_runs"):
        WindowState(ghost_runs={"ghosts": "many"})


def test_long_ghosts_are_thinned_when_saved():
    n = 5000
    snap = _snap_with(n, run=1, serial=1)
    d = GhostRuns().add(snap).to_dict()
    epochs = d["columns"]["epochs"]
    assert len(epochs) == 2000 and epochs[0] == 1 and epochs[-1] == n
