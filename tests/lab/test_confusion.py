"""Confusion matrix and R²: against hand counts and hand-worked values."""
import numpy as np
import pytest

from nnviz.lab.config import ExperimentConfig
from nnviz.lab.confusion import confusion_matrix, predicted_classes, r_squared
from nnviz.lab.session import Session

from lab_helpers import FAST


def test_confusion_matrix_by_hand():
    # true:      0  0  1  1  1  2  2
    # predicted: 0  1  1  1  2  2  0
    got = confusion_matrix([0, 0, 1, 1, 1, 2, 2], [0, 1, 1, 1, 2, 2, 0], 3)
    want = np.array([[1, 1, 0],   # true 0: one right, one taken for 1
                     [0, 2, 1],   # true 1: two right, one taken for 2
                     [1, 0, 1]])  # true 2: one right, one taken for 0
    np.testing.assert_array_equal(got, want)
    assert got.dtype == np.int64


def test_predicted_classes_follow_the_accuracy_rule():
    np.testing.assert_array_equal(predicted_classes(np.array([[0.2], [0.5], [0.51]])),
                                  [0, 0, 1])
    np.testing.assert_array_equal(predicted_classes(np.array([[0.1, 0.7, 0.2],
                                                              [0.5, 0.2, 0.3]])), [1, 0])


def test_confusion_matrix_refuses_bad_ids():
    with pytest.raises(ValueError, match="class ids 0 to 1"):
        confusion_matrix([0, 2], [0, 1], 2)
    with pytest.raises(ValueError, match="as many"):
        confusion_matrix([0, 1], [0], 2)


def test_r_squared_by_hand():
    # y = 1, 2, 3 (mean 2, Σ(y-ȳ)² = 2); ŷ = 1, 2, 4: Σ(y-ŷ)² = 1 -> R² = 1 - 1/2 = 0.5
    assert r_squared([1, 2, 3], [1, 2, 4]) == pytest.approx(0.5)
    assert r_squared([1, 2, 3], [2, 2, 2]) == pytest.approx(0.0)  # the mean
    assert r_squared([1, 2, 3], [1, 2, 3]) == pytest.approx(1.0)
    assert r_squared([1, 2, 3], [3, 2, 1]) == pytest.approx(-3.0)  # 1 - 8/2
    assert np.isnan(r_squared([2, 2], [1, 3]))


def test_session_snapshot_counts_match_a_hand_count_and_the_accuracy():
    session = Session(ExperimentConfig().with_dataset("blobs", n_points=60, n_classes=3))
    session.step_epochs(5)
    snap = session.snapshot(grids=False)
    data = session.experiment_data
    out = session.model.predict(data.x_eval)
    predicted = np.argmax(out, axis=1)
    n = data.n_train
    for matrix, labels, pred in ((snap.confusion_train, data.labels_train, predicted[:n]),
                                 (snap.confusion_test, data.labels_test, predicted[n:])):
        hand = np.zeros((3, 3), dtype=int)
        for t, p in zip(labels, pred):
            hand[t, p] += 1
        np.testing.assert_array_equal(matrix, hand)
    assert np.trace(snap.confusion_test) / snap.confusion_test.sum() == \
        pytest.approx(snap.test_metric[-1])
    assert np.isnan(snap.r2_test)


def test_binary_session_has_a_two_by_two_matrix():
    snap = Session(FAST).snapshot(grids=False)
    assert snap.confusion_train.shape == (2, 2)
    assert snap.confusion_train.sum() == Session(FAST).experiment_data.n_train


def test_regression_snapshot_has_r_squared():
    session = Session(ExperimentConfig().with_dataset("plane", n_points=200))
    session.step_epochs(100)
    snap = session.snapshot(grids=False)
    data = session.experiment_data
    out = session.model.predict(data.x_test)
    y = data.t_test[:, 0]
    hand = 1 - np.sum((y - out[:, 0]) ** 2) / np.sum((y - y.mean()) ** 2)
    assert snap.r2_test == pytest.approx(hand, rel=1e-5)
    assert snap.r2_test > 0.9 and snap.confusion_test is None
