"""Input features against values worked out by hand."""
import math

import numpy as np
import pytest

from nnviz.data import DEFAULT_FEATURES, FEATURES, feature_names, make_features

POINTS = np.array([[2.0, -3.0], [0.5, math.pi / 2], [0.0, 0.0]])

HAND = {  # name -> column for POINTS
    "x1": [2.0, 0.5, 0.0],
    "x2": [-3.0, math.pi / 2, 0.0],
    "x1_sq": [4.0, 0.25, 0.0],
    "x2_sq": [9.0, math.pi ** 2 / 4, 0.0],
    "x1x2": [-6.0, math.pi / 4, 0.0],
    "sin_x1": [math.sin(2.0), math.sin(0.5), 0.0],
    "sin_x2": [math.sin(-3.0), 1.0, 0.0],
}


def test_registry_is_the_playground_feature_column():
    assert FEATURES.names() == list(HAND)
    assert [FEATURES.entry(n).display for n in HAND] == [
        "X₁", "X₂", "X₁²", "X₂²", "X₁X₂", "sin(X₁)", "sin(X₂)"]
    assert all(len(e.doc) > 20 for e in FEATURES)
    assert DEFAULT_FEATURES == ("x1", "x2")


@pytest.mark.parametrize("name", HAND)
def test_each_feature_by_hand(name):
    out = make_features(POINTS, [name])
    assert out.shape == (3, 1) and out.dtype == np.float64
    np.testing.assert_allclose(out[:, 0], HAND[name], atol=1e-15)


def test_columns_in_the_order_asked():
    out = make_features(POINTS, ["sin_x2", "x1", "x1x2"])
    np.testing.assert_allclose(out, np.column_stack([HAND["sin_x2"], HAND["x1"], HAND["x1x2"]]))


def test_default_is_the_raw_points():
    np.testing.assert_array_equal(make_features(POINTS), POINTS)


def test_aliases_any_case_and_a_single_string():
    np.testing.assert_array_equal(make_features(POINTS, ["X1^2", "x1*x2", "SIN(X1)"]),
                                  make_features(POINTS, ["x1_sq", "x1x2", "sin_x1"]))
    np.testing.assert_array_equal(make_features(POINTS, "x2"), POINTS[:, 1:])
    assert feature_names(["X1", "x2^2"]) == ("x1", "x2_sq")


def test_integer_points_accepted():
    np.testing.assert_array_equal(make_features([[1, 2]], ["x1_sq", "x2_sq"]), [[1.0, 4.0]])


@pytest.mark.parametrize("names, message", [
    ([], r"names must list at least one feature, got \[\]"),
    ((), r"names must list at least one feature"),
    (["x3"], r"Unknown feature names='x3'; valid names: x1, x2, x1_sq"),
    (["x1", "cos_x1"], r"Unknown feature names='cos_x1'"),
    (["x1", "X1"], r"names lists feature 'x1' more than once"),
])
def test_bad_names(names, message):
    with pytest.raises(ValueError, match=message):
        make_features(POINTS, names)


@pytest.mark.parametrize("x", [np.zeros(3), np.zeros((3, 3)), np.zeros((2, 2, 2))])
def test_bad_points(x):
    with pytest.raises(ValueError, match=r"x must be points of shape \(n, 2\), got shape"):
        make_features(x, ["x1"])
