"""The history sent in increments arrives whole: growth, a replaced newest row, thinning and
a restart all give the window exactly the columns the session holds."""
import numpy as np

from nnviz.lab.config import ExperimentConfig, LayerConfig
from nnviz.lab.history import COLUMNS
from nnviz.lab.history_relay import HistoryReceiver, HistorySender
from nnviz.lab.remote_session import RemoteSession
from nnviz.lab.session import Session


def relay(session: Session, sender, receiver):
    snap = session.snapshot(grids=False)
    sent, start = sender.trim(snap, session.history.stride)
    return snap, sent, start, receiver.join(sent, start)


def test_increments_rebuild_the_whole_columns_through_thinning_and_reset():
    session = Session(ExperimentConfig().with_data(n_points=60), history_limit=16)
    sender, receiver = HistorySender(), HistoryReceiver()
    starts = []
    for chunk in [1, 1, 3, 2, 7, 1, 12, 30, 5, 1]:  # 63 epochs: the stride doubles twice
        session.step_epochs(chunk)
        snap, sent, start, whole = relay(session, sender, receiver)
        starts.append(start)
        for name in COLUMNS:
            np.testing.assert_array_equal(getattr(whole, name), getattr(snap, name))
    assert session.history.stride >= 4
    assert max(starts) > 0 and 0 in starts[1:]  # increments sent, and whole after thinning
    assert len(sent.epochs) < len(snap.epochs) or start == 0
    session.reset()
    session.step_epochs(2)
    snap, sent, start, whole = relay(session, sender, receiver)
    assert start == 0
    np.testing.assert_array_equal(whole.train_loss, snap.train_loss)


def test_a_remote_session_shows_the_same_history_as_an_in_process_one():
    config = ExperimentConfig().with_data(dataset="xor", n_points=100).with_network(
        hidden=(LayerConfig(3),))
    local, remote = Session(config), RemoteSession(config)
    try:
        for n in (5, 1, 17, 3):
            for session in (local, remote):
                session.step(n * 5)
            a, b = local.snapshot(grids=False), remote.snapshot(grids=False)
            for name in COLUMNS:
                np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
    finally:
        remote.close()
