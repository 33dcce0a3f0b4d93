"""One's own points: checks, the square they are shown in, and stroke edits."""
import math

import pytest

from nnviz.data.custom_points import (MAX_CUSTOM_POINTS, check_custom, custom_arrays,
                                      custom_classes, custom_plane, custom_problem,
                                      spaced_points, with_added, without_near)


def test_labels_decide_the_problem():
    assert custom_problem((0, 1, 1)) == "binary"
    assert custom_problem((0, 2)) == "multiclass" and custom_classes((0, 2)) == 3
    assert custom_problem((1, )) == "binary" and custom_classes((1,)) == 2
    assert custom_problem((0.5, -1.0)) == "regression" and custom_classes((0.5,)) is None
    assert custom_problem(()) == "binary"


@pytest.mark.parametrize("points, labels, match", [
    ([(0, 0)], [0, 1], "one label per point"),
    ([(0, 0), (1, 1)], [0, 1.5], "not a mix"),
    ([(0, 0)], [6], "class numbers 0 to 5"),
    ([(0, float("nan"))], [0], "finite"),
    ([(0, 0, 0)], [0], r"points\[0\] must be a pair"),
    ([(0, 0)], [True], "not a mix"),
])
def test_bad_points_or_labels_are_refused_by_name(points, labels, match):
    with pytest.raises(ValueError, match=match):
        check_custom(points, labels)


def test_too_many_points_are_refused():
    with pytest.raises(ValueError, match=f"at most {MAX_CUSTOM_POINTS}"):
        check_custom([(0.0, 0.0)] * (MAX_CUSTOM_POINTS + 1), [0] * (MAX_CUSTOM_POINTS + 1))


def test_arrays_have_the_generators_dtypes():
    x, y = custom_arrays(((1.0, 2.0), (3.0, 4.0)), (0, 1))
    assert x.shape == (2, 2) and x.dtype.name == "float64" and y.dtype.name == "int64"
    _, values = custom_arrays(((1.0, 2.0),), (0.25,))
    assert values.dtype.name == "float64" and values[0] == 0.25


def test_points_inside_the_plane_keep_the_plane_and_others_get_a_fitted_square():
    assert custom_plane(((5.9, -6.0), (0.0, 1.0))) == (-6.0, 6.0)
    low, high = custom_plane(((0.0, 10.0), (100.0, 20.0)))
    # every coordinate inside, with a 5 % margin of the 100-wide span
    assert low == pytest.approx(-5.0) and high == pytest.approx(105.0)


def test_a_stroke_keeps_points_a_spacing_apart():
    path = [(0.1 * i, 0.0) for i in range(31)]  # 3 units in steps of 0.1
    kept = spaced_points(path, 0.5)
    assert kept[0] == (0.0, 0.0)
    assert len(kept) == 7  # 0, 0.5, ..., 3.0 (float steps land on or just past each mark)
    gaps = [math.dist(a, b) for a, b in zip(kept, kept[1:])]
    assert min(gaps) >= 0.5 - 1e-12


def test_adding_stops_at_the_cap_and_erasing_removes_only_nearby_points():
    points, labels = with_added((), (), [(0.0, 0.0), (2.0, 0.0), (4.0, 0.0)], 1)
    assert points == ((0.0, 0.0), (2.0, 0.0), (4.0, 0.0)) and labels == (1, 1, 1)
    points, labels = without_near(points, labels, [(2.2, 0.1)], 0.5)
    assert points == ((0.0, 0.0), (4.0, 0.0)) and labels == (1, 1)
    full = ((0.0, 0.0),) * (MAX_CUSTOM_POINTS - 1)
    more, more_labels = with_added(full, (0,) * len(full), [(1.0, 1.0), (2.0, 2.0)], 3)
    assert len(more) == MAX_CUSTOM_POINTS and more_labels[-1] == 3


def test_a_table_becomes_own_points_standardized_or_as_they_are():
    import numpy as np
    from nnviz.data.custom_points import STANDARD_SPREAD, own_from_table
    x = np.array([[10.0, 100.0], [20.0, 100.0], [30.0, 100.0]])
    points, labels = own_from_table(x, np.array([0, 1, 1]), False, standardize=True)
    column = np.array(points)[:, 0]
    assert column.mean() == pytest.approx(0.0) and column.std() == pytest.approx(STANDARD_SPREAD)
    assert [p[1] for p in points] == [0.0, 0.0, 0.0]  # a constant column is only moved
    assert labels == (0, 1, 1)
    kept, values = own_from_table(x, np.array([0.5, 1.0, 2.0]), True, standardize=False)
    assert kept[0] == (10.0, 100.0) and values == (0.5, 1.0, 2.0)
    with pytest.raises(ValueError, match="at most"):
        own_from_table(np.zeros((MAX_CUSTOM_POINTS + 1, 2)), np.zeros(MAX_CUSTOM_POINTS + 1,
                       dtype=int), False, True)
