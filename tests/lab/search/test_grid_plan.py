"""GridPlan: the runs a grid makes, their seeds, and the refusals."""
import json

import pytest

from nnviz.lab.config import ExperimentConfig
from nnviz.lab.search import GridAxis, GridPlan, SearchParameterError, repeat_seed
from nnviz.lab.session import Session

BASE = ExperimentConfig().with_data(n_points=100).with_training(seed=7)


def plan(repeats=2, epochs=5):
    return GridPlan(BASE, (GridAxis.parse("learning_rate", "0.01, 0.1, 1"),
                           GridAxis.parse("units", "2, 4")), repeats, epochs)


def test_cells_are_row_major_and_jobs_cover_each_cell_once_per_repeat():
    p = plan()
    assert p.shape == (3, 2)
    assert p.cells() == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
    jobs = p.jobs()
    assert len(jobs) == p.total_runs == 12
    # The first repeat of every cell comes first: a search cut short still covers the grid.
    assert [(j.repeat, j.cell) for j in jobs[:6]] == [(0, c) for c in p.cells()]
    assert {(j.repeat, j.cell) for j in jobs} == {(r, c) for r in (0, 1) for c in p.cells()}
    assert all(j.epochs == 5 for j in jobs)


def test_a_cell_config_is_the_base_with_its_values_applied():
    config = plan().cell_config((2, 0))
    assert config.training.learning_rate == 1.0 and config.network.units == (2, 2)
    assert config.with_training(learning_rate=0.03).with_network(
        hidden=BASE.network.hidden) == BASE


def test_repeat_zero_keeps_the_base_seed_and_others_differ_deterministically():
    p = plan(repeats=3)
    seeds = [p.cell_config((0, 0), r).training.seed for r in range(3)]
    assert seeds[0] == 7
    assert len(set(seeds)) == 3
    assert seeds == [repeat_seed(7, r) for r in range(3)]
    assert [plan(repeats=3).cell_config((0, 0), r).training.seed for r in range(3)] == seeds
    # The same seed in every cell of one repeat: cells differ only by their values.
    assert {p.cell_config(c, 2).training.seed for c in p.cells()} == {seeds[2]}


def test_repeat_r_starts_from_the_weights_reset_gives_after_r_resets():
    config = plan().cell_config((0, 0), 1)
    playground = Session(plan().cell_config((0, 0)))
    playground.reset()
    for mine, theirs in zip(Session(config).model.get_weights(), playground.model.get_weights()):
        assert (mine == theirs).all()


@pytest.mark.parametrize("build, message", [
    (lambda: GridPlan(BASE, ()), "one or two parameters, got 0"),
    (lambda: GridPlan(BASE, (GridAxis.parse("units", "2"),) * 2), "units is searched twice"),
    (lambda: GridPlan(BASE, (GridAxis.parse("units", "2"),) * 3), "one or two parameters, got 3"),
    (lambda: GridPlan(BASE, (GridAxis.parse("units", "2"),), repeats=0),
     "repeats must be a whole number from 1 to 10, got 0"),
    (lambda: GridPlan(BASE, (GridAxis.parse("units", "2"),), epochs=2.5),
     "epochs must be a whole number from 1 to 100000, got 2.5"),
    (lambda: GridAxis("units", [2, "x"]), "units: 'x' is not a whole number"),
    (lambda: GridAxis("units", "2,4"), "units: values must be a list"),
])
def test_bad_plans_are_refused_clearly(build, message):
    with pytest.raises(SearchParameterError) as info:
        build()
    assert message in str(info.value)


def test_axes_apply_in_order():
    no_hidden = BASE.with_network(hidden=())
    p = GridPlan(no_hidden, (GridAxis.parse("dropout", "0.1"), GridAxis.parse("layers", "0, 2")))
    # dropout on no layers adds one (with dropout); layers then removes it or copies it.
    assert p.cell_config((0, 0)).network.hidden == ()
    assert [h.dropout for h in p.cell_config((0, 1)).network.hidden] == [0.1, 0.1]


def test_plans_round_trip_through_json():
    p = plan()
    again = GridPlan.from_dict(json.loads(json.dumps(p.to_dict())))
    assert again == p
    assert again.axes[0].values == (0.01, 0.1, 1.0)


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("epochs"), "must be an object with base, axes, repeats and epochs"),
    (lambda d: d["axes"].append({"parameter": "momentum", "values": [0.9]}),
     "unknown parameter 'momentum'"),
    (lambda d: d["axes"][0].update(values=[0.01, -1]), "learning_rate: -1 is outside"),
    (lambda d: d["base"]["training"].update(batch_size=0), "base: training.batch_size must be in [1, 5000], got 0"),
])
def test_bad_stored_plans_are_refused_naming_the_problem(change, message):
    d = plan().to_dict()
    change(d)
    with pytest.raises(ValueError) as info:
        GridPlan.from_dict(d)
    assert message in str(info.value)
