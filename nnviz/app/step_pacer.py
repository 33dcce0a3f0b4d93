"""StepPacer: how many steps a speed-limited run owes now, and how long to sleep until the next.

Shared by the playground's worker (mini-batches per second) and the comparison's (epochs per
second). Plain Python: the workers call it from their chunk timers.
"""
from __future__ import annotations

import math
import time

#: A speed-limited run never catches up more than this many seconds of missed steps at once.
MAX_CATCH_UP_SECONDS = 0.25
#: Longest sleep between two looks at the clock (a changed speed is noticed within it).
MAX_WAIT_MS = 100


class StepPacer:
    """Steps owed at ``speed`` per second since :meth:`restart`, carried over in fractions.

    ``speed`` 0 means no limit (:attr:`limited` is False and the owner runs freely).
    """

    def __init__(self, catch_up_seconds: float = MAX_CATCH_UP_SECONDS):
        self._catch_up = float(catch_up_seconds)
        self.speed = 0.0
        self._credit = 0.0
        self._last = time.perf_counter()

    @property
    def limited(self) -> bool:
        return self.speed > 0

    def set_speed(self, per_second: float) -> None:
        """``per_second`` steps a second; 0, negative or not finite: no limit."""
        value = float(per_second)
        self.speed = value if math.isfinite(value) and value > 0 else 0.0
        self.restart()

    def restart(self) -> None:
        """Count from now, owing nothing (at Play, and after a pause that must not count)."""
        self._credit = 0.0
        self._last = time.perf_counter()

    def due(self) -> int:
        """The whole steps owed now (at most ``catch_up_seconds`` worth, and at least the one
        step that was due); the fraction is kept for next time."""
        now = time.perf_counter()
        owed = self._credit + (now - self._last) * self.speed
        self._last = now
        owed = min(owed, max(1.0, self.speed * self._catch_up))
        n = int(owed)
        self._credit = owed - n
        return n

    def wait_ms(self) -> int:
        """Milliseconds until the next step is due, to sleep in the event loop meanwhile."""
        if not self.limited:
            return 0
        return max(0, min(int((1.0 - self._credit) / self.speed * 1000.0), MAX_WAIT_MS))
