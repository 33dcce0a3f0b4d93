"""GridResults: means and spreads by hand, the best cell, CSV text, and the stored form."""
import json
import math

import pytest

from nnviz.lab.config import ExperimentConfig
from nnviz.lab.search import GridAxis, GridPlan, GridResults, RunResult

NAN = float("nan")
PLAN = GridPlan(ExperimentConfig(), (GridAxis.parse("learning_rate", "0.01, 0.1"),
                                     GridAxis.parse("units", "2, 4")), repeats=2, epochs=10)


def run(cell, repeat, test_loss, test_acc, status="done"):
    return RunResult(cell, repeat, 0, 10, test_loss / 2, test_loss, 1.0, test_acc, status)


def results():
    return GridResults(PLAN, [
        run((0, 0), 0, 0.6, 0.5), run((0, 0), 1, 0.4, 0.7),
        run((0, 1), 0, 0.3, 0.9), run((0, 1), 1, NAN, NAN, "diverged"),
        run((1, 0), 0, 0.2, 0.8),
    ])


def test_mean_and_spread_over_the_finished_repeats():
    r = results()
    s = r.summary((0, 0))
    assert (s.values, s.finished, s.failed) == ((0.01, 2), 2, 0)
    assert s.mean == pytest.approx(0.5)
    assert s.spread == pytest.approx(math.sqrt(0.02))  # sample std of 0.6 and 0.4
    accuracy = r.summary((0, 0), "test_metric")
    assert (accuracy.mean, accuracy.spread) == (pytest.approx(0.6), pytest.approx(math.sqrt(0.02)))


def test_a_diverged_run_is_counted_apart_not_averaged():
    s = results().summary((0, 1))
    assert (s.finished, s.failed, s.mean) == (1, 1, 0.3)
    assert math.isnan(s.spread)  # one run has no spread


def test_a_cell_without_runs_has_no_mean():
    s = results().summary((1, 1))
    assert (s.finished, s.failed) == (0, 0) and math.isnan(s.mean)


def test_best_is_the_lowest_loss_or_the_highest_accuracy():
    r = results()
    assert r.best("test_loss").cell == (1, 0)
    assert r.best("test_metric").cell == (0, 1)
    assert GridResults(PLAN).best() is None


def test_csv_has_one_row_per_cell_with_means_and_spreads():
    lines = results().csv_text().splitlines()
    assert lines[0] == ("learning_rate,units,runs,failed,train_loss_mean,train_loss_std,"
                        "test_loss_mean,test_loss_std,train_accuracy_mean,train_accuracy_std,"
                        "test_accuracy_mean,test_accuracy_std")
    assert lines[1] == "0.01,2,2,0,0.25,0.07071068,0.5,0.1414214,1,0,0.6,0.1414214"
    assert lines[2] == "0.01,4,1,1,0.15,,0.3,,1,,0.9,"
    assert lines[4] == "0.1,4,0,0,,,,,,,,"
    assert len(lines) == 5


def test_regression_results_name_their_metric_r2():
    plane = GridPlan(ExperimentConfig().with_dataset("plane"),
                     (GridAxis.parse("units", "2"),))
    assert GridResults(plane).csv_text().splitlines()[0].endswith("test_r2_mean,test_r2_std")


def test_csv_is_written_to_a_file(tmp_path):
    path = results().write_csv(tmp_path / "grid.csv")
    assert path.read_text(encoding="utf-8") == results().csv_text()


def test_results_round_trip_through_strict_json():
    text = json.dumps(results().to_dict(), allow_nan=False)
    again = GridResults.from_dict(json.loads(text))
    assert again.plan == PLAN
    assert again.csv_text() == results().csv_text()
    assert [r.status for r in again.runs] == ["done", "done", "done", "done", "diverged"]


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="other"), "format 'nnviz-grid-search'"),
    (lambda d: d.update(version=2), "version 2 is not 1"),
    (lambda d: d["runs"][0].update(cell=[5, 0]), "run cell [5, 0] repeat 0 is outside the grid"),
    (lambda d: d["runs"][0].update(test_loss="low"), "test_loss must be a number or null"),
    (lambda d: d["runs"][0].update(status="great"), "status must be one of done, diverged"),
    (lambda d: d["runs"].extend(d["runs"] * 2), "at most 8 runs"),
])
def test_bad_stored_results_are_refused_clearly(change, message):
    d = json.loads(json.dumps(results().to_dict(), allow_nan=False))
    change(d)
    with pytest.raises(ValueError) as info:
        GridResults.from_dict(d)
    assert message in str(info.value)
