"""A/B comparison pairs: shared data and first weights, labels, lockstep chunk sizes."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from nnviz.lab.compare import (MAX_CHUNK_EPOCHS, RunPair, next_chunk, run_label, start_pair,
                               versus_label)
from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.session import Session, derived_seed


def _kernels(config):
    return [k.copy() for k, _b in Session(config).snapshot(grids=False).dense_weights]


def _layers(config, **changes):
    return config.with_network(hidden=tuple(replace(h, **changes) for h in config.network.hidden))


def test_start_pair_starts_from_the_weights_of_the_playgrounds_current_run():
    config = ExperimentConfig().with_training(seed=5, stop_rule="patience")
    playground = Session(config)
    playground.reset()
    playground.reset()  # the playground is on its third set of weights
    expected = [k for k, _b in playground.snapshot(grids=False).dense_weights]
    pair = start_pair(config, generation=2)
    assert pair.seed == derived_seed(5, 2)
    assert pair.a == pair.b
    assert pair.a.training.stop_rule == "never"  # early stopping would break the lockstep
    for got, want in zip(_kernels(pair.a), expected):
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("edit", [
    lambda c: c.with_training(optimizer="adam"),
    lambda c: c.with_training(learning_rate=0.3),
    lambda c: c.with_training(batch_size=30),
    lambda c: c.with_network(regularizer="l2", regularization_rate=0.01),
    lambda c: _layers(c, activation="relu"),
    lambda c: _layers(c, dropout=0.2),
    lambda c: _layers(c, batch_norm=True),
])
def test_a_changed_setting_keeps_the_first_weights_identical(edit):
    pair = start_pair(ExperimentConfig())
    pair = pair.edited("B", edit(pair.b))
    assert pair.a != pair.b
    for a, b in zip(_kernels(pair.a), _kernels(pair.b)):
        np.testing.assert_array_equal(a, b)


def test_another_initializer_draws_other_first_weights():
    pair = start_pair(ExperimentConfig())
    pair = pair.edited("B", pair.b.with_network(initializer="zeros"))
    a, b = _kernels(pair.a), _kernels(pair.b)
    assert not np.array_equal(a[0], b[0])
    assert not b[0].any()


def test_data_and_seed_are_shared_whichever_run_changes_them():
    pair = start_pair(ExperimentConfig())
    pair = pair.edited("B", pair.b.with_training(optimizer="adam"))
    changed = pair.edited("A", pair.a.with_data(noise=0.3).with_training(seed=9))
    assert changed.b.data.noise == 0.3 and changed.b.training.seed == 9
    assert changed.b.training.optimizer == "adam"  # B's own difference stays
    assert changed.a.training.optimizer == "sgd"
    reseeded = changed.reseeded(123)
    assert reseeded.a.training.seed == reseeded.b.training.seed == 123


def test_a_pair_refuses_different_data_or_weights():
    config = ExperimentConfig()
    with pytest.raises(ValueError, match="same data"):
        RunPair(config, config.with_data(noise=0.4))
    with pytest.raises(ValueError, match="same weights"):
        RunPair(config, config.with_training(seed=3))
    with pytest.raises(ValueError, match="'A' or 'B'"):
        start_pair(config).config("C")


def test_labels_name_what_differs_with_a_first():
    pair = start_pair(ExperimentConfig())
    assert pair.differences() == ()
    assert versus_label(pair.differences()) == "same settings"
    pair = pair.edited("B", pair.b.with_training(optimizer="adam", learning_rate=0.01))
    changes = pair.differences()
    assert versus_label(changes) == "optimizer: sgd vs adam · learning rate: 0.03 vs 0.01"
    assert run_label(changes, "A") == "optimizer sgd, learning rate 0.03"
    assert run_label(changes, "B") == "optimizer adam, learning rate 0.01"
    layers = start_pair(ExperimentConfig())
    layers = layers.edited("A", layers.a.with_network(
        hidden=(LayerConfig(4, "relu"), LayerConfig(2, "relu"))))
    assert versus_label(layers.differences()) == "activation: relu vs tanh"


def test_next_chunk_aims_at_the_target_time_within_bounds():
    assert next_chunk(10, 0.06, target=0.03) == 5    # twice too slow: half as many
    assert next_chunk(10, 0.01, target=0.03) == 30   # three times too fast: three times more
    assert next_chunk(10, 0.0001, target=0.03) == 40  # at most fourfold growth per chunk
    assert next_chunk(1, 5.0) == 1
    assert next_chunk(MAX_CHUNK_EPOCHS, 0.0) == MAX_CHUNK_EPOCHS
    assert next_chunk(0, 0.01, target=0.03) == 3      # a zero count counts as one


def test_start_over_returns_to_the_configs_first_weights():
    config = ExperimentConfig()
    first = _kernels(config)
    session = Session(config)
    session.step_epochs(3)
    session.reset()
    session.step_epochs(2)
    session.start_over()
    assert session.epoch == 0 and len(session.history) == 0
    for got, want in zip([k for k, _b in session.snapshot(grids=False).dense_weights], first):
        np.testing.assert_array_equal(got, want)


def test_sessions_built_at_the_same_time_in_two_threads_draw_the_same_weights():
    import sys
    from concurrent.futures import ThreadPoolExecutor
    config = ExperimentConfig().with_network(hidden=(LayerConfig(8), LayerConfig(8),
                                                     LayerConfig(8)))
    want = _kernels(config)
    sessions = [Session(config), Session(config)]

    def first_weights_again(session):
        session.start_over()  # as both runs of a comparison do after every edit
        return [k.copy() for k, _b in session.snapshot(grids=False).dense_weights]
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns often, as in the window
    try:
        with ThreadPoolExecutor(2) as pool:
            for _ in range(30):
                for got in pool.map(first_weights_again, sessions):
                    for g, w in zip(got, want):
                        np.testing.assert_array_equal(g, w)
    finally:
        sys.setswitchinterval(old)
