"""Slowing down guessed secrets (the upload key now, passwords later): after a few wrong tries
from one client, each further try must wait, twice as long each time (up to a limit); and when
wrong tries pour in from everywhere, everyone waits a little. Nothing here knows Streamlit:
the caller says who is trying (an address or a session) and acts on the answer.

    wait = THROTTLE.wait("10.0.0.5")        # seconds to wait before this client may try again
    if wait: refuse(...) else: ok = check(); THROTTLE.record("10.0.0.5", ok)
"""
from __future__ import annotations

import threading
import time


class Throttle:
    def __init__(self, free_tries: int = 3, first_wait: float = 2.0, longest_wait: float = 300.0,
                 global_per_minute: int = 30, clock=time.monotonic):
        self.free_tries, self.first_wait, self.longest_wait = free_tries, first_wait, longest_wait
        self.global_per_minute = global_per_minute
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}   # who -> (wrong tries in a row, time of the last)
        self._recent: list[float] = []                      # times of wrong tries from anyone, last minute

    def wait(self, who: str) -> float:
        """Seconds before `who` may try again (0: now)."""
        now = self._clock()
        with self._lock:
            self._recent = [t for t in self._recent if now - t < 60]
            fails, last = self._failures.get(who, (0, 0.0))
            own = 0.0
            if fails >= self.free_tries:
                own = max(0.0, last + self._delay(fails) - now)
            crowd = 0.0
            if len(self._recent) >= self.global_per_minute:
                crowd = max(0.0, self._recent[-1] + self.first_wait - now)
            return max(own, crowd)

    def _delay(self, fails: int) -> float:
        return min(self.longest_wait, self.first_wait * 2 ** (fails - self.free_tries))

    def record(self, who: str, ok: bool) -> None:
        now = self._clock()
        with self._lock:
            if ok:
                self._failures.pop(who, None)
                return
            fails, _ = self._failures.get(who, (0, 0.0))
            self._failures[who] = (fails + 1, now)
            self._recent.append(now)
            if len(self._failures) > 10_000:  # bounded memory whatever the number of clients
                oldest = sorted(self._failures, key=lambda k: self._failures[k][1])[:5_000]
                for k in oldest:
                    del self._failures[k]


THROTTLE = Throttle()
