"""Train/test split, one-hot encoding and back."""
import numpy as np
import pytest

from nnviz.data import class_ids, one_hot, train_size, train_test_split


def data(n):
    return np.arange(2 * n, dtype=float).reshape(n, 2), np.arange(n)


@pytest.mark.parametrize("n, ratio, n_train", [
    (100, 0.5, 50), (100, 0.7, 70), (10, 0.57, 6), (7, 0.5, 4), (100, 1.0, 100),
    (10, 0.01, 1), (10, 0.99, 9), (2, 0.5, 1), (2, 0.9, 1), (1, 0.5, 1), (1, 1.0, 1),
])
def test_sizes(n, ratio, n_train):
    x, y = data(n)
    xtr, ytr, xte, yte = train_test_split(x, y, ratio, seed=0)
    assert train_size(n, ratio) == n_train
    assert len(xtr) == len(ytr) == n_train and len(xte) == len(yte) == n - n_train


def test_disjoint_complete_and_rows_stay_paired():
    x, y = data(50)
    xtr, ytr, xte, yte = train_test_split(x, y, 0.6, seed=3)
    assert sorted(np.concatenate([ytr, yte]).tolist()) == list(range(50))
    np.testing.assert_array_equal(xtr[:, 0], 2 * ytr)
    np.testing.assert_array_equal(xte[:, 0], 2 * yte)


def test_deterministic_per_seed_and_shuffled():
    x, y = data(50)
    a = train_test_split(x, y, 0.5, seed=1)
    b = train_test_split(x, y, 0.5, seed=1)
    c = train_test_split(x, y, 0.5, seed=2)
    for u, v in zip(a, b):
        np.testing.assert_array_equal(u, v)
    assert not np.array_equal(a[1], c[1])
    assert not np.array_equal(np.sort(a[1]), a[1])  # not just the first half


def test_returns_copies_and_keeps_2d_labels():
    x, y = data(10)
    yo = one_hot(y % 3, 3)
    xtr, ytr, _, yte = train_test_split(x, yo, 0.5, seed=0)
    assert ytr.shape == (5, 3) and yte.shape == (5, 3)
    xtr[:] = -1
    assert x.min() >= 0


@pytest.mark.parametrize("args, message", [
    ((np.zeros((3, 2)), np.zeros(4), 0.5),
     r"same number of points, got shapes \(3, 2\) and \(4,\)"),
    ((np.zeros((0, 2)), np.zeros(0), 0.5), r"at least one point"),
    ((np.zeros((3, 2)), np.zeros(3), 0.0), r"train_ratio must be a number in \(0, 1\], got 0.0"),
    ((np.zeros((3, 2)), np.zeros(3), 1.5), r"train_ratio .* got 1.5"),
    ((np.zeros((3, 2)), np.zeros(3), "half"), r"train_ratio .* got 'half'"),
])
def test_bad_split_arguments(args, message):
    with pytest.raises(ValueError, match=message):
        train_test_split(*args, seed=0)
    with pytest.raises(ValueError, match=r"seed must be an integer of at least 0, got -2"):
        train_test_split(np.zeros((3, 2)), np.zeros(3), 0.5, seed=-2)


def test_one_hot_by_hand():
    np.testing.assert_array_equal(one_hot([2, 0, 1, 2], 3),
                                  [[0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]])
    assert one_hot(np.array([1.0, 0.0]), 2).tolist() == [[0, 1], [1, 0]]
    assert one_hot(np.array([], dtype=int), 4).shape == (0, 4)


@pytest.mark.parametrize("y, k, message", [
    ([0, 3], 3, r"class id 3, outside 0..2 \(n_classes=3\)"),
    ([-1, 0], 2, r"class id -1"),
    ([0.5, 1], 2, r"whole class ids"),
    (["a", "b"], 2, r"integer class ids"),
    ([[0, 1]], 2, r"shape \(n,\), got shape \(1, 2\)"),
    ([0, 1], 0, r"n_classes must be an integer of at least 1, got 0"),
])
def test_one_hot_rejects(y, k, message):
    with pytest.raises(ValueError, match=message):
        one_hot(y, k)


def test_class_ids_round_trip_and_network_outputs():
    y = np.array([2, 0, 1, 1])
    np.testing.assert_array_equal(class_ids(one_hot(y, 3)), y)
    assert class_ids(one_hot(y, 3)).dtype == np.int64
    np.testing.assert_array_equal(class_ids([[0.2, 0.7, 0.1], [0.5, 0.3, 0.2]]), [1, 0])
    np.testing.assert_array_equal(class_ids([[0.2], [0.51], [0.5]]), [0, 1, 0])
    with pytest.raises(ValueError, match=r"shape \(n, k\), got shape \(3,\)"):
        class_ids([0, 1, 1])
