"""Generated datasets: contract (shape, dtype, range, determinism, validation) for every one."""
import numpy as np
import pytest

from nnviz.data import DATASETS, PLANE, DatasetSpec, make_dataset

ALL = DATASETS.names()
CLASSIFICATION = [n for n in ALL if DATASETS.get(n).problem != "regression"]
REGRESSION = [n for n in ALL if DATASETS.get(n).problem == "regression"]
GATES = ["and", "or", "nand", "xor_gate"]
# Gates at n <= 4 are the fixed truth table, so a seed cannot change them.
RANDOM = [n for n in ALL if n not in GATES]


def test_registry_holds_the_promised_datasets_with_words_for_learners():
    expected = {"circle", "xor", "gauss", "spiral", "moons", "blobs", "and", "or", "nand",
                "xor_gate", "plane", "multi_gauss", "sine"}
    assert set(ALL) == expected
    for entry in DATASETS:
        assert isinstance(entry.value, DatasetSpec) and entry.value.name == entry.name
        assert entry.display and entry.display != entry.name  # a name people read
        assert len(entry.doc) > 20 and "\n" not in entry.doc
        assert entry.value.problem in ("binary", "multiclass", "regression")


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("n", [1, 2, 3, 7, 250])
def test_shape_dtype_and_plane(name, n):
    spec = DATASETS.get(name)
    x, y = spec.make(n, 0.5, 3)
    assert x.shape == (n, 2) and x.dtype == np.float64
    assert y.shape == (n,)
    assert np.all(np.isfinite(x)) and np.all(np.abs(x) <= PLANE)
    if spec.problem == "regression":
        assert y.dtype == np.float64 and spec.n_classes is None and np.all(np.isfinite(y))
    else:
        assert y.dtype == np.int64
        assert set(np.unique(y)) <= set(range(spec.n_classes))


@pytest.mark.parametrize("name", ALL)
def test_same_seed_same_data(name):
    a = make_dataset(name, 300, 0.2, seed=11)
    b = make_dataset(name, 300, 0.2, seed=11)
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])


@pytest.mark.parametrize("name", RANDOM)
def test_other_seed_other_data(name):
    a = make_dataset(name, 300, 0.2, seed=11)
    b = make_dataset(name, 300, 0.2, seed=12)
    assert not np.array_equal(a[0], b[0])


@pytest.mark.parametrize("name", ["circle", "gauss", "spiral", "moons"])
def test_two_class_sets_are_exactly_balanced_odd_count_to_class_1_first(name):
    _, y = make_dataset(name, 400, 0.0, 5)
    assert np.bincount(y).tolist() == [200, 200]
    _, y = make_dataset(name, 401, 0.0, 5)
    assert sorted(np.bincount(y).tolist()) == [200, 201]


def test_xor_classes_roughly_balanced():
    _, y = make_dataset("xor", 4000, 0.0, 2)
    assert 0.45 < y.mean() < 0.55


@pytest.mark.parametrize("k", [2, 3, 4, 5, 6])
def test_blobs_balanced_for_every_k(k):
    spec = DATASETS.get("blobs")
    _, y = spec.make(6 * 50 + 1, 0.1, 0, k=k)
    counts = np.bincount(y, minlength=k)
    assert len(counts) == k and counts.max() - counts.min() <= 1
    assert spec.classes_for(k=k) == k


def test_defaults_and_n_classes():
    assert DATASETS.get("blobs").defaults == {"k": 3}
    assert DATASETS.get("blobs").n_classes == 3 and DATASETS.get("blobs").classes_for() == 3
    assert DATASETS.get("and").defaults == {"raw": True}  # the course's 0/1 corners
    assert DATASETS.get("circle").defaults == {} and DATASETS.get("circle").classes_for() == 2
    assert DATASETS.get("plane").classes_for() is None


def test_lookup_by_alias_any_case():
    x1, y1 = make_dataset("Gaussian", 50, 0.1, 4)
    x2, y2 = make_dataset("gauss", 50, 0.1, 4)
    np.testing.assert_array_equal(x1, x2)
    np.testing.assert_array_equal(y1, y2)


def test_largest_allowed_size():
    x, y = make_dataset("spiral", 100_000, 0.5, 0)
    assert x.shape == (100_000, 2)


@pytest.mark.parametrize("kwargs, argument, shown", [
    (dict(n_points=0), "n_points", "0"),
    (dict(n_points=100_001), "n_points", "100001"),
    (dict(n_points=2.5), "n_points", "2.5"),
    (dict(n_points=True), "n_points", "True"),
    (dict(noise=-0.1), "noise", "-0.1"),
    (dict(noise=0.51), "noise", "0.51"),
    (dict(noise=float("nan")), "noise", "nan"),
    (dict(noise="0.1"), "noise", "'0.1'"),
    (dict(seed=-1), "seed", "-1"),
    (dict(seed=1.5), "seed", "1.5"),
])
@pytest.mark.parametrize("name", ["circle", "blobs", "and", "sine"])
def test_bad_arguments_are_named_with_their_value(name, kwargs, argument, shown):
    args = dict(n_points=10, noise=0.1, seed=0) | kwargs
    with pytest.raises(ValueError) as info:
        make_dataset(name, **args)
    assert argument in str(info.value) and shown in str(info.value)


@pytest.mark.parametrize("k", [1, 7, 0, 2.0, "3"])
def test_blobs_k_out_of_range(k):
    with pytest.raises(ValueError, match=r"k must be an integer from 2 to 6, got"):
        make_dataset("blobs", 10, 0.0, 0, k=k)


def test_bad_options():
    with pytest.raises(ValueError, match=r"raw must be True or False, got 'yes'"):
        make_dataset("and", 4, raw="yes")
    with pytest.raises(ValueError, match=r"'circle' has no option 'k'; valid options: none"):
        make_dataset("circle", 10, k=3)
    with pytest.raises(ValueError, match=r"'blobs' has no option 'raw'; valid options: k"):
        make_dataset("blobs", 10, raw=True)
    with pytest.raises(ValueError, match=r"Unknown dataset name='donut'.*circle"):
        make_dataset("donut", 10)


def test_numpy_integers_are_accepted():
    x, _ = make_dataset("circle", np.int64(12), np.float32(0.25), np.int32(3))
    assert x.shape == (12, 2)


@pytest.mark.parametrize("name", CLASSIFICATION)
def test_every_class_present_with_enough_points(name):
    spec = DATASETS.get(name)
    _, y = spec.make(400, 0.0, 1)
    assert set(np.unique(y)) == set(range(spec.n_classes))


@pytest.mark.parametrize("name", REGRESSION)
def test_regression_targets_vary(name):
    _, y = make_dataset(name, 400, 0.0, 1)
    assert y.std() > 0.1
