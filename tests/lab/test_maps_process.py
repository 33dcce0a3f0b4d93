"""The maps process draws a snapshot's grid maps beside the training process: the same maps as
the training process would draw, from the snapshot's own weights, and nothing is lost when it
is not there, stops, or fails."""
import os
import signal
import threading
import time

import numpy as np
import pytest

from nnviz.lab import remote_session
from nnviz.lab.config import LayerConfig
from nnviz.lab.maps_process import MapsHelper, Replica, structure_of
from nnviz.lab.remote_session import RemoteSession
from nnviz.lab.session import Session
from nnviz.lab.session_snapshot import map_request

from lab_helpers import FAST

CONFIG = FAST.with_data(features=("x1", "x2", "x1x2"))


def maps_of(snap):
    return [snap.boundary, *snap.neuron_maps, snap.feature_maps]


def assert_same_maps(a, b):
    for x, y in zip(maps_of(a), maps_of(b), strict=True):
        assert x.shape == y.shape
        np.testing.assert_array_equal(x, y)


def wait_until_served(remote, timeout_s=30.0):
    """Snapshots until one had its maps from the maps process (it starts beside the child)."""
    deadline = time.monotonic() + timeout_s
    while remote.maps_served() == 0:
        assert time.monotonic() < deadline, "the maps process never drew a snapshot's maps"
        remote.snapshot(resolution=24, map_resolution=6)


def ended(alive, timeout_s=10.0) -> bool:
    """True once ``alive()`` is False (within ``timeout_s``)."""
    deadline = time.monotonic() + timeout_s
    while alive():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.fixture
def pair():
    """The same run twice: with a maps process, and drawing its maps itself."""
    beside, alone = RemoteSession(CONFIG, maps_process=True), RemoteSession(CONFIG,
                                                                             maps_process=False)
    yield beside, alone
    beside.close()
    alone.close()


def test_the_maps_process_draws_exactly_the_maps_the_training_process_would(pair):
    beside, alone = pair
    assert beside.maps_pid is not None and alone.maps_pid is None
    wait_until_served(beside)
    before = beside.maps_served()
    beside.step(7)
    alone.step(7)
    assert beside.step_count == alone.step_count == 7
    snap, reference = beside.snapshot(resolution=24, map_resolution=6), \
        alone.snapshot(resolution=24, map_resolution=6)
    assert beside.maps_served() == before + 1  # drawn beside, not by the training process
    assert alone.maps_served() == 0
    np.testing.assert_array_equal(snap.weights[0], reference.weights[0])
    assert_same_maps(snap, reference)
    assert snap.boundary.shape == (24, 24)
    assert [m.shape for m in snap.neuron_maps] == [(4, 6, 6), (2, 6, 6), (1, 6, 6)]


def test_a_new_structure_is_drawn_by_a_new_replica(pair):
    beside, alone = pair
    wait_until_served(beside)
    wider = CONFIG.with_network(hidden=(LayerConfig(5), LayerConfig(3), LayerConfig(2)))
    for remote in pair:
        assert remote.apply(wider) is True
        remote.step(4)
    served = beside.maps_served()
    snap, reference = beside.snapshot(resolution=20, map_resolution=5), \
        alone.snapshot(resolution=20, map_resolution=5)
    assert beside.maps_served() == served + 1
    assert [m.shape[0] for m in snap.neuron_maps] == [5, 3, 2, 1]
    assert_same_maps(snap, reference)


def test_killing_the_maps_process_loses_no_snapshot_and_no_training(pair):
    beside, alone = pair
    wait_until_served(beside)
    served = beside.maps_served()
    os.kill(beside.maps_pid, signal.SIGKILL)
    assert ended(lambda: beside.maps_alive)
    for _ in range(3):
        beside.step(5)
        alone.step(5)
    snap, reference = beside.snapshot(resolution=24, map_resolution=6), \
        alone.snapshot(resolution=24, map_resolution=6)
    assert beside.alive and beside.status != "error"
    assert snap.step == reference.step
    assert_same_maps(snap, reference)
    assert beside.maps_served() == served  # the training process drew them itself


def test_closing_ends_the_maps_process_too():
    remote = RemoteSession(CONFIG, maps_process=True)
    wait_until_served(remote)
    assert remote.maps_alive
    remote.close()
    assert not remote.alive and not remote.maps_alive


def test_a_maps_process_ends_when_its_training_process_is_killed():
    remote = RemoteSession(CONFIG, maps_process=True)
    try:
        wait_until_served(remote)
        os.kill(remote.pid, signal.SIGKILL)
        assert ended(lambda: remote.maps_alive)
    finally:
        remote.close()


class _FailingMapsProcess:
    """The far end of a maps pipe: says it is ready, then answers every request with ``reply``
    (or hangs up when ``reply`` is None)."""

    def __init__(self, conn, reply):
        self.requests = []

        def serve():
            conn.send(("ready", None))
            try:
                while True:
                    self.requests.append(conn.recv())
                    if reply is None:
                        conn.close()
                        return
                    conn.send(reply)
            except (EOFError, OSError):
                return
        self.thread = threading.Thread(target=serve, daemon=True)
        self.thread.start()


@pytest.mark.parametrize("reply", [("error", "MemoryError: no room"), None],
                         ids=["answers with an error", "hangs up"])
def test_a_snapshot_whose_maps_failed_elsewhere_gets_them_drawn_here(reply):
    from multiprocessing import Pipe
    here, there = Pipe()
    far = _FailingMapsProcess(there, reply)
    session = Session(CONFIG)
    session.step(9)
    helper = MapsHelper(here)
    deadline = time.monotonic() + 10
    while not helper.ready:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    bare = session.snapshot(False, 16, 4)
    assert bare.boundary is None
    message = helper.job(session, bare, 16, 4, lambda snap: ("ok", snap))()
    assert message[0] == "ok"
    assert_same_maps(message[1], session.snapshot(True, 16, 4))
    structure, weights, request = far.requests[0]
    assert structure[0] == session.config  # the first request carries the structure
    assert request == map_request(session, 16, 4)
    assert not helper.ready and helper.served == 0  # from now on the training process draws


def test_a_replica_draws_the_model_it_copies_the_weights_of():
    session = Session(CONFIG)
    session.step(20)
    replica = Replica()
    replica.build(structure_of(session))
    boundary, neuron_maps, feature_maps = replica.maps(session.model.get_weights(),
                                                       map_request(session, 16, 4))
    reference = session.snapshot(True, 16, 4)
    np.testing.assert_array_equal(boundary, reference.boundary)
    for a, b in zip(neuron_maps, reference.neuron_maps, strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(feature_maps, reference.feature_maps)


@pytest.mark.parametrize("env, cpus, expected", [
    ("", 2, False), ("", 3, True), ("", 8, True), ("1", 2, True), ("0", 8, False),
    ("yes", 1, False)])
def test_a_maps_process_by_default_from_three_cpus_unless_the_environment_says(
        monkeypatch, env, cpus, expected):
    monkeypatch.setenv(remote_session.MAPS_PROCESS_ENV, env)
    monkeypatch.setattr(remote_session, "usable_cpus", lambda: cpus)
    assert remote_session.maps_process_by_default() is expected
