"""StepPacer: steps owed to a speed-limited run, with fractions carried and catch-up capped."""
from __future__ import annotations

import pytest

from nnviz.app import step_pacer
from nnviz.app.step_pacer import StepPacer


@pytest.fixture
def clock(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(step_pacer.time, "perf_counter", lambda: now[0])
    return now


def test_steps_owed_carry_their_fractions(clock):
    pacer = StepPacer()
    pacer.set_speed(16)         # a step every 62.5 ms (times exact in binary)
    clock[0] += 0.078125
    assert pacer.due() == 1     # 1.25 owed: one now, 0.25 kept
    assert pacer.wait_ms() == 46  # the next is due when 0.75 more have accrued
    clock[0] += 0.046875
    assert pacer.due() == 1     # 0.25 + 0.75
    assert pacer.due() == 0
    pacer.set_speed(2)
    assert pacer.wait_ms() == 100  # never sleeps longer than MAX_WAIT_MS


def test_catch_up_is_capped_and_a_restart_forgets_the_past(clock):
    pacer = StepPacer(catch_up_seconds=0.25)
    pacer.set_speed(128)
    clock[0] += 10.0            # a long stall (a dialog, a frame)
    assert pacer.due() == 32    # not 1280: a quarter of a second's worth
    clock[0] += 5.0
    pacer.restart()
    clock[0] += 0.0625
    assert pacer.due() == 8


@pytest.mark.parametrize("speed", [0, -3, float("nan"), float("inf")])
def test_no_limit(clock, speed):
    pacer = StepPacer()
    pacer.set_speed(speed)
    assert not pacer.limited and pacer.wait_ms() == 0
