"""Requests from threads while a test breaks something (a kill, a restart, a database outage): every request's
outcome is recorded, and leaving the ``with`` joins every thread, so no answer is lost or left pending."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import requests

from .support import join_all

# One request of a load: given the thread's kept-alive session and its running count, send and return the answer.
Step = Callable[[requests.Session, int], requests.Response]


@dataclass(frozen=True)
class Outcome:
    sent: float  # time.monotonic() when the request was sent
    seconds: float  # until its answer (or its failure)
    status: int | str  # the HTTP status, or the exception's name where no answer came


class Load:
    """One thread per step, each sending its step's request again and again (``pause`` seconds apart) until
    the ``with`` ends."""

    def __init__(self, *steps: Step, pause: float = 0.0, join_timeout: float = 60) -> None:
        self.stop = threading.Event()
        self.outcomes: list[Outcome] = []
        self.pause = pause
        self.join_timeout = join_timeout
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, args=(step,), daemon=True) for step in steps]

    def _run(self, step: Step) -> None:
        session = requests.Session()
        n = 0
        while not self.stop.is_set():
            sent = time.monotonic()
            try:
                status: int | str = step(session, n).status_code
            except requests.RequestException as exc:
                status = type(exc).__name__
            with self._lock:
                self.outcomes.append(Outcome(sent, time.monotonic() - sent, status))
            n += 1
            if self.pause:
                time.sleep(self.pause)

    def __enter__(self) -> Load:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        join_all(self._threads, self.join_timeout)  # every request's answer (or its failure) was recorded

    def statuses(self) -> Counter[int | str]:
        with self._lock:
            return Counter(o.status for o in self.outcomes)

    def failures(self, ok: tuple[int, ...] = (200, 201)) -> list[Outcome]:
        with self._lock:
            return [o for o in self.outcomes if o.status not in ok]

    def slowest(self) -> float:
        with self._lock:
            return max((o.seconds for o in self.outcomes), default=0.0)
