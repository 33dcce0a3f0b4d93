"""A grid search's results kept in a project file: saved, reopened, refused when spoiled."""
import json
from dataclasses import replace

import pytest

from nnviz.app import cli
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.project import (ProjectDocument, ProjectError, load_project, parse_project,
                               project_text, save_project)
from nnviz.lab.search import GridAxis, GridPlan, GridResults, run_job
from nnviz.lab.session import Session

SMALL = ExperimentConfig().with_data(n_points=60)


def results() -> GridResults:
    plan = GridPlan(SMALL, (GridAxis.parse("optimizer", "sgd, adam"),), repeats=2, epochs=2)
    return GridResults(plan, [run_job(job) for job in plan.jobs()[:3]])  # one run missing


def document(grid=None) -> ProjectDocument:
    return replace(ProjectDocument.from_session(Session(SMALL)), grid_search=grid)


def test_grid_results_survive_save_and_load(tmp_path):
    path = save_project(tmp_path / "p.nnviz", document(results()))
    again = load_project(path).grid_search
    assert again.csv_text() == results().csv_text()
    assert again.plan == results().plan and len(again.runs) == 3


def test_a_project_without_a_grid_search_has_no_field_and_loads_as_none():
    text = project_text(document())
    assert "grid_search" not in json.loads(text)
    assert parse_project(text).grid_search is None


def test_spoiled_grid_results_are_refused_naming_the_field():
    d = json.loads(project_text(document(results())))
    d["grid_search"]["runs"][0]["status"] = "splendid"
    with pytest.raises(ProjectError) as info:
        parse_project(json.dumps(d))
    assert info.value.field == "grid_search"
    assert "status must be one of" in str(info.value)


def test_nnviz_train_keeps_the_grid_search(tmp_path):
    path = save_project(tmp_path / "p.nnviz", document(results()))
    assert cli.main(["train", str(path), "--epochs", "1"]) == 0
    kept = load_project(path)
    assert kept.checkpoint.epoch == 1
    assert kept.grid_search.csv_text() == results().csv_text()
