"""Undo/redo of settings as plain config values."""
from nnviz.lab.config import ExperimentConfig
from nnviz.lab.config_history import ConfigHistory


def test_undo_redo_walks_the_edits_and_a_new_edit_drops_the_redo_branch():
    a = ExperimentConfig()
    b = a.with_training(learning_rate=0.1)
    c = b.with_data(noise=0.2)
    h = ConfigHistory()
    h.record(a, b)
    h.record(b, c)
    h.record(c, c)  # no change, nothing recorded
    assert h.undo(c) == b and h.undo(b) == a and h.undo(a) is None
    assert h.redo(a) == b
    d = b.with_training(batch_size=20)
    h.record(b, d)
    assert not h.can_redo and h.redo(d) is None
    assert h.undo(d) == b


def test_history_is_bounded():
    h = ConfigHistory(limit=3)
    configs = [ExperimentConfig().with_training(seed=i) for i in range(6)]
    for before, after in zip(configs, configs[1:]):
        h.record(before, after)
    current, seen = configs[-1], []
    while (previous := h.undo(current)) is not None:
        seen.append(previous.training.seed)
        current = previous
    assert seen == [4, 3, 2]
