"""Every kind of bad project file is refused with a ProjectError naming the problem and field."""
import base64
import json

import numpy as np
import pytest

from nnviz.lab.project import ProjectError, load_project, parse_project
from nnviz.lab.project import arrays as array_module
from project_helpers import document_dict


def encoded(values, dtype="float32"):
    a = np.asarray(values, dtype=dtype)
    return {"dtype": dtype, "shape": list(a.shape),
            "data": base64.b64encode(a.tobytes()).decode("ascii")}


def refuse(d, match):
    with pytest.raises(ProjectError, match=match) as info:
        parse_project(json.dumps(d))
    return info.value


def spoil(change):
    d = document_dict()
    change(d)
    return d


def test_truncated_json_is_refused_with_line_and_column():
    text = json.dumps(document_dict(), indent=1)
    with pytest.raises(ProjectError, match=r"ends early .* at line \d+, column \d+"):
        parse_project(text[: len(text) // 2])


def test_invalid_json_is_refused_with_its_line_and_column():
    text = '{\n "format": "nnviz-project",\n "version": 1,,\n}'
    with pytest.raises(ProjectError, match="invalid JSON.* at line 3, column 15"):
        parse_project(text)


@pytest.mark.parametrize("raw, match", [
    (b"", "empty"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "JSON object"),
    (b'{"format": "nnviz-project", "version": 1, "x": NaN}', "NaN is not allowed"),
])
def test_files_that_are_no_project_at_all(raw, match):
    with pytest.raises(ProjectError, match=match):
        parse_project(raw)


def test_another_format_is_refused():
    error = refuse(spoil(lambda d: d.update(format="keras")), "not an nnviz project")
    assert error.field == "format"


def test_a_newer_version_is_refused():
    error = refuse(spoil(lambda d: d.update(version=2)), "version 2.*newer nnviz")
    assert error.field == "version"


@pytest.mark.parametrize("change, field", [
    (lambda d: d.update(colour="red"), ""),
    (lambda d: d["config"]["data"].update(colour="red"), "config"),
    (lambda d: d["session"].update(colour="red"), "session"),
    (lambda d: d["session"]["good"].update(colour="red"), "session.good"),
    (lambda d: d["window"].update(colour="red"), "window"),
    (lambda d: d["session"]["weights"][0].update(colour="red"), "session.weights[0]"),
])
def test_unknown_fields_are_refused_and_named(change, field):
    error = refuse(spoil(change), "unknown field.*colour")
    assert error.field == field


def test_a_missing_field_is_named():
    error = refuse(spoil(lambda d: d["session"].pop("order")), "missing field.*'order'")
    assert error.field == "session"


def test_a_weight_of_the_wrong_shape_is_refused():
    # First kernel is 2x5 for two inputs and 5 units; give it 5x2 (right byte count).
    d = spoil(lambda d: d["session"]["weights"].__setitem__(0, encoded(np.zeros((5, 2)))))
    error = refuse(d, r"needs shape \[2, 5\].* \[5, 2\]")
    assert error.field == "session.weights[0]"


def test_a_weight_list_for_another_model_is_refused():
    error = refuse(spoil(lambda d: d["session"]["weights"].pop()), "6 weight arrays")
    assert error.field == "session.weights"


def test_optimizer_state_of_the_wrong_shape_is_refused():
    d = spoil(lambda d: d["session"]["optimizer_slots"]["0"].__setitem__(1, encoded(
        np.zeros((2, 5)))))
    assert refuse(d, r"needs shape \[3, 5\]").field == "session.optimizer_slots.0[1]"


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_non_finite_weights_are_refused(value):
    def change(d):
        w = np.zeros(5, dtype=np.float32)
        w[3] = value
        d["session"]["weights"][1] = encoded(w)
    assert refuse(spoil(change), "NaN or infinite").field == "session.weights[1]"


def test_non_finite_last_good_weights_are_refused():
    d = spoil(lambda d: d["session"]["good"]["weights"].__setitem__(
        1, encoded(np.full(5, np.nan))))
    assert refuse(d, "NaN or infinite").field == "session.good.weights[1]"


def test_a_huge_declared_array_is_refused_before_anything_is_decoded(monkeypatch):
    small_data = "AAAAAAAAAAA="
    decode = array_module.base64.b64decode

    def watched_decode(data, *args, **kwargs):
        assert data != small_data, "the huge array's data was decoded"
        return decode(data, *args, **kwargs)
    monkeypatch.setattr(array_module.base64, "b64decode", watched_decode)
    two_gigabytes = {"dtype": "float64", "shape": [2**28], "data": small_data}
    d = spoil(lambda d: d["session"]["history"].__setitem__("train_loss", two_gigabytes))
    error = refuse(d, "268435456 elements, over the limit")
    assert error.field == "session.history.train_loss.shape"


def test_a_shape_that_disagrees_with_the_data_length_is_refused():
    short = encoded(np.zeros(4, dtype=np.float32))
    short["shape"] = [5]
    d = spoil(lambda d: d["session"]["weights"].__setitem__(1, short))
    assert refuse(d, "needs 20 bytes").field == "session.weights[1].data"


def test_too_many_own_points_are_refused():
    points = {"dtype": "float64", "shape": [200_000, 2], "data": ""}
    d = spoil(lambda d: d.update(custom_data={"points": points, "labels": encoded([0])}))
    assert refuse(d, "over the limit").field == "custom_data.points.shape"


def test_own_labels_must_match_the_points():
    d = spoil(lambda d: d.update(custom_data={
        "points": encoded(np.zeros((3, 2)), "float64"), "labels": encoded([0, 1], "int64")}))
    assert refuse(d, "one label per point").field == "custom_data.labels"


@pytest.mark.parametrize("dtype, match", [
    ("float16", "unknown dtype 'float16'"),
    ("<f4", "unknown dtype"),
    ("object", "unknown dtype"),
    ("float64", "not allowed here"),
])
def test_wrong_dtype_strings_are_refused(dtype, match):
    d = spoil(lambda d: d["session"]["weights"][1].update(dtype=dtype))
    assert refuse(d, match).field == "session.weights[1].dtype"


@pytest.mark.parametrize("change, field, match", [
    (lambda d: d.update(version="1"), "version", "whole number"),
    (lambda d: d["session"].update(epoch="3"), "session.epoch", "whole number"),
    (lambda d: d["session"].update(epoch=-1), "session.epoch", "whole number"),
    (lambda d: d["session"].update(position=10**6), "session.position", "whole number"),
    (lambda d: d["session"].update(weights={}), "session.weights", "weight arrays"),
    (lambda d: d["session"].update(status="exploded"), "session.status", "one of"),
    (lambda d: d["session"]["weights"][0].update(shape="2x5"), "session.weights[0].shape",
     "list of whole numbers"),
    (lambda d: d["session"]["weights"][0].update(data=12), "session.weights[0].data",
     "base64"),
    (lambda d: d["window"].update(zoom="big"), "window.zoom", "number"),
    (lambda d: d["window"].update(instruments="perceptron"), "window.instruments", "list"),
    (lambda d: d["config"]["training"].update(learning_rate="fast"), "config",
     "learning_rate"),
    (lambda d: d.update(session=[]), "session", "object"),
])
def test_wrong_types_are_refused_and_named(change, field, match):
    assert refuse(spoil(change), match).field == field


def test_an_order_that_is_not_a_permutation_is_refused():
    def change(d):
        order = np.arange(60, dtype=np.int64)
        order[0] = 10**9  # would index far outside the training set
        d["session"]["order"] = encoded(order, "int64")
    assert refuse(spoil(change), "ordering of the 60").field == "session.order"


def test_a_broken_generator_state_is_refused():
    d = spoil(lambda d: d["session"]["rng_state"]["state"].update(state="zero"))
    assert refuse(d, "PCG64").field == "session.rng_state"


def test_dropout_states_must_match_the_dropout_layers():
    d = spoil(lambda d: d["session"]["dropout_states"].pop())
    assert refuse(d, "one per dropout layer").field == "session.dropout_states"


def test_a_missing_or_oversized_file_is_refused(tmp_path, monkeypatch):
    with pytest.raises(ProjectError, match="cannot read"):
        load_project(tmp_path / "nowhere.nnviz")
    big = tmp_path / "big.nnviz"
    big.write_bytes(b" " * 2000)
    monkeypatch.setattr("nnviz.lab.project.storage.MAX_FILE_BYTES", 1000)
    with pytest.raises(ProjectError, match="2000 bytes, over the limit"):
        load_project(big)
