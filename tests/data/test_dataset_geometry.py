"""Each dataset's shape in the plane, checked against Playground's rules, and what noise does."""
import math

import numpy as np
import pytest

from nnviz.data import DATASETS, GATE_INPUTS, GATE_PLANE, PLANE, make_dataset

N = 2000


def radius(x):
    return np.hypot(x[:, 0], x[:, 1])


def spread(x, y):
    """Mean distance of points from their class's centre."""
    return np.mean([np.linalg.norm(x[y == c] - x[y == c].mean(0), axis=1).mean()
                    for c in np.unique(y)])


# --- circle ------------------------------------------------------------------------------------

def test_circle_inside_is_class_1_ring_is_class_0():
    x, y = make_dataset("circle", N, 0.0, 0)
    r = radius(x)
    assert np.all(r[y == 1] < 2.5)
    assert np.all((r[y == 0] >= 3.5) & (r[y == 0] <= 5.0))
    # Uniform in radius (Playground), not in area: about half the inner points within 1.25.
    assert 0.4 < np.mean(r[y == 1] < 1.25) < 0.6


def test_circle_noise_flips_labels_not_positions():
    flips = []
    for noise in (0.0, 0.1, 0.3, 0.5):
        x, y = make_dataset("circle", N, noise, 0)
        r = radius(x)
        assert np.all((r < 2.5) | ((r >= 3.5) & (r <= 5.0)))
        flips.append(np.mean(y != (r < 2.5)))
    assert flips[0] == 0.0
    assert flips == sorted(flips) and flips[-1] > 0.2


# --- xor ---------------------------------------------------------------------------------------

def test_xor_label_is_sign_product_and_axes_are_padded():
    x, y = make_dataset("xor", N, 0.0, 1)
    np.testing.assert_array_equal(y, (x[:, 0] * x[:, 1] >= 0).astype(int))
    assert np.all((np.abs(x) >= 0.3) & (np.abs(x) <= 5.3))
    for sx in (-1, 1):  # all four quadrants are populated
        for sy in (-1, 1):
            assert np.sum((np.sign(x[:, 0]) == sx) & (np.sign(x[:, 1]) == sy)) > N / 8


def test_xor_noise_flips_labels_more_as_it_grows():
    flips = []
    for noise in (0.0, 0.2, 0.5):
        x, y = make_dataset("xor", N, noise, 1)
        flips.append(np.mean(y != (x[:, 0] * x[:, 1] >= 0)))
    assert flips[0] == 0.0 and flips[0] < flips[1] < flips[2]


# --- gauss -------------------------------------------------------------------------------------

def test_gauss_centres_and_playground_variance():
    x, y = make_dataset("gauss", 20000, 0.0, 2)
    np.testing.assert_allclose(x[y == 1].mean(0), [2, 2], atol=0.05)
    np.testing.assert_allclose(x[y == 0].mean(0), [-2, -2], atol=0.05)
    np.testing.assert_allclose(x[y == 1].std(0), [math.sqrt(0.5)] * 2, rtol=0.05)
    # noise 0.2 -> variance 0.5 + 0.2 * 7 = 1.9 (Playground's linear 0.5..4 scale)
    x, y = make_dataset("gauss", 20000, 0.2, 2)
    np.testing.assert_allclose(x[y == 0].std(0), [math.sqrt(1.9)] * 2, rtol=0.05)


@pytest.mark.parametrize("name", ["gauss", "moons", "blobs", "spiral"])
def test_noise_increases_spread(name):
    spreads = [spread(*make_dataset(name, N, noise, 3)) for noise in (0.0, 0.25, 0.5)]
    assert spreads[0] < spreads[1] < spreads[2]


# --- spiral ------------------------------------------------------------------------------------

def test_spiral_points_follow_playground_formula():
    x, y = make_dataset("spiral", 400, 0.0, 0)
    for label, turn in ((1, 0.0), (0, math.pi)):
        arm = x[y == label]
        i = np.arange(len(arm)) / len(arm)
        r, t = i * 5, 1.75 * i * 2 * math.pi + turn
        np.testing.assert_allclose(arm, np.column_stack([r * np.sin(t), r * np.cos(t)]),
                                   atol=1e-12)


def test_spiral_has_two_arms_half_a_turn_apart():
    x, y = make_dataset("spiral", 400, 0.0, 0)
    np.testing.assert_allclose(x[y == 0], -x[y == 1], atol=1e-12)
    # Along each arm the radius only grows: one arm, not a cloud.
    assert np.all(np.diff(radius(x[y == 1])) > 0)


def test_spiral_noise_is_bounded_uniform_jitter():
    clean, _ = make_dataset("spiral", 400, 0.0, 0)
    noisy, _ = make_dataset("spiral", 400, 0.4, 0)
    jitter = np.abs(noisy - clean)
    assert jitter.max() <= 0.4 and jitter.max() > 0.35


# --- moons -------------------------------------------------------------------------------------

def test_moons_lie_on_two_interlocking_arcs():
    x, y = make_dataset("moons", N, 0.0, 4)
    unit = x / 3.5 + [0.5, 0.25]  # back to the classic moon coordinates
    upper, lower = unit[y == 0], unit[y == 1]
    np.testing.assert_allclose(radius(upper), 1.0, atol=1e-12)
    assert np.all(upper[:, 1] >= -1e-12)
    np.testing.assert_allclose(radius(lower - [1.0, 0.5]), 1.0, atol=1e-12)
    assert np.all(lower[:, 1] <= 0.5 + 1e-12)
    assert x[:, 0].min() < -5 and x[:, 0].max() > 5  # fills the plane's width


# --- blobs -------------------------------------------------------------------------------------

@pytest.mark.parametrize("k", [2, 4, 6])
def test_blobs_clusters_on_a_circle_each_point_nearest_its_own(k):
    x, y = make_dataset("blobs", 600, 0.0, 5, k=k)
    angles = np.pi / 2 + 2 * np.pi * np.arange(k) / k
    centres = 4 * np.column_stack([np.cos(angles), np.sin(angles)])
    for c in range(k):
        np.testing.assert_allclose(x[y == c].mean(0), centres[c], atol=0.25)
    nearest = np.argmin(np.linalg.norm(x[:, None] - centres[None], axis=2), axis=1)
    assert np.mean(nearest == y) > 0.98


# --- gates -------------------------------------------------------------------------------------

TRUTH = {"and": [0, 0, 0, 1], "or": [0, 1, 1, 1], "nand": [1, 1, 1, 0], "xor_gate": [0, 1, 1, 0]}


@pytest.mark.parametrize("gate", TRUTH)
def test_gate_raw_is_the_course_truth_table(gate):
    x, y = make_dataset(gate, 4, 0.0, 0, raw=True)
    np.testing.assert_array_equal(x, [[0, 0], [1, 0], [0, 1], [1, 1]])
    assert y.tolist() == TRUTH[gate]


@pytest.mark.parametrize("gate", TRUTH)
def test_gate_default_is_the_course_truth_table_shown_around_its_corners(gate):
    x, y = make_dataset(gate, 4, 0.5, 9)  # noise never moves the four table points
    np.testing.assert_array_equal(x, GATE_INPUTS)
    assert y.tolist() == TRUTH[gate]
    spec = DATASETS.get(gate)
    assert spec.plane_for() == GATE_PLANE == (-0.5, 1.5)
    assert spec.plane_for(raw=False) == (-PLANE, PLANE)


@pytest.mark.parametrize("gate", TRUTH)
def test_gate_jitter_stays_in_its_square(gate):
    x, _ = make_dataset(gate, 2000, 0.5, 3)
    low, high = GATE_PLANE
    assert x.min() >= low and x.max() <= high
    assert x.min() < -0.2 and x.max() > 1.2  # the jitter reaches out, redrawn not clipped
    assert np.mean((x == low) | (x == high)) == 0


@pytest.mark.parametrize("gate", TRUTH)
def test_gate_scaled_corners_at_plus_minus_3_same_table(gate):
    x, y = make_dataset(gate, 4, 0.5, 9, raw=False)
    np.testing.assert_array_equal(x, [[-3, -3], [3, -3], [-3, 3], [3, 3]])
    assert y.tolist() == TRUTH[gate]


@pytest.mark.parametrize("gate", TRUTH)
def test_gate_repeats_with_jitter_around_its_own_corner(gate):
    x, y = make_dataset(gate, 400, 0.2, 1, raw=True)
    np.testing.assert_array_equal(x[:4], GATE_INPUTS)
    assert np.all(np.abs(x[4:]) <= 6)
    assert not np.array_equal(x[4:8], GATE_INPUTS)
    corner = np.argmin(np.linalg.norm(x[:, None] - GATE_INPUTS[None], axis=2), axis=1)
    assert np.mean(np.asarray(TRUTH[gate])[corner] == y) > 0.9
    assert np.array_equal(y, np.tile(TRUTH[gate], 100))


def test_gate_without_noise_repeats_exactly_and_short_takes_first_rows():
    x, y = make_dataset("or", 10, 0.0, 0, raw=True)
    np.testing.assert_array_equal(x, np.tile(GATE_INPUTS, (3, 1))[:10])
    x, y = make_dataset("and", 2, 0.3, 0, raw=True)
    np.testing.assert_array_equal(x, GATE_INPUTS[:2])
    assert y.tolist() == [0, 0]


def test_gate_jitter_grows_with_noise():
    def spread(noise, raw):
        x = make_dataset("xor_gate", 400, noise, 0, raw=raw)[0]
        corners = GATE_INPUTS if raw else (GATE_INPUTS - 0.5) * 6
        return np.linalg.norm(x[4:] - np.tile(corners, (100, 1))[4:], axis=1).mean()
    for raw in (True, False):
        sizes = [spread(s, raw) for s in (0.1, 0.3, 0.5)]
        assert sizes == sorted(sizes) and sizes[0] > 0


# --- regression --------------------------------------------------------------------------------

def test_plane_target():
    x, y = make_dataset("plane", N, 0.0, 6)
    np.testing.assert_allclose(y, (x[:, 0] + x[:, 1]) / 10)
    assert -1.2 <= y.min() and y.max() <= 1.2


def _multi_gauss_reference(p):
    """Playground's regressGaussian getLabel, written as a plain loop."""
    label = 0.0
    for cx, cy, sign in [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1),
                         (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]:
        value = sign * min(1.0, max(0.0, 1 - math.dist(p, (cx, cy)) / 2))
        if abs(value) > abs(label):
            label = value
    return label


def test_multi_gauss_matches_playground_rule():
    x, y = make_dataset("multi_gauss", 500, 0.0, 7)
    np.testing.assert_allclose(y, [_multi_gauss_reference(p) for p in x], atol=1e-12)
    near = np.hypot(x[:, 0] + 4, x[:, 1] - 2.5) < 1  # a +1 bump at (-4, 2.5)
    assert near.any() and np.all(y[near] > 0.5)
    assert -1 <= y.min() < -0.5 and 0.5 < y.max() <= 1


def test_sine_target():
    x, y = make_dataset("sine", N, 0.0, 8)
    np.testing.assert_allclose(y, np.sin(x[:, 0]))


@pytest.mark.parametrize("name, clean", [
    ("plane", lambda x: (x[:, 0] + x[:, 1]) / 10),
    ("multi_gauss", lambda x: np.array([_multi_gauss_reference(p) for p in x])),
    ("sine", lambda x: np.sin(x[:, 0])),
])
def test_regression_noise_moves_targets_away_from_the_clean_rule(name, clean):
    errors = []
    for noise in (0.0, 0.1, 0.5):
        x, y = make_dataset(name, 500, noise, 2)
        errors.append(np.abs(y - clean(x)).mean())
    assert errors[0] < 1e-12 and errors[0] < errors[1] < errors[2]
