"""Overload protection: answer "not now" at once instead of letting a request wait into a timeout.

* :class:`Admission` bounds the work one process does at a time (searches, encodings, writes) and the
  number of requests waiting for a slot; a request that finds the queue full, or waits longer than the
  queue timeout, is refused (the HTTP layer answers 503 with ``Retry-After``).
* :class:`WriteRateLimit` is a token bucket per API key for writes, shared by every Gunicorn worker
  forked from the process that created it (the HTTP layer answers 429 with ``Retry-After``).
* :class:`AuthFailureLimit` counts the distinct wrong keys each client address presents: an address that
  keeps trying new ones (guessing) gets 429 for every keyed request until its bucket refills.
* :class:`DrainFlag` is the shared "shutting down" flag that turns readiness to 503 in every worker.
"""

from __future__ import annotations

import fcntl
import ipaddress
import math
import os
import threading
import time
import zlib
from collections import OrderedDict
from ctypes import c_bool, c_double
from dataclasses import dataclass
from multiprocessing.sharedctypes import RawArray, RawValue
from pathlib import Path
from typing import Any, Literal

Refusal = Literal["queue_full", "queue_timeout"]


@dataclass(frozen=True)
class AdmissionStats:
    active: int
    waiting: int
    limit: int
    queue: int


class Admission:
    """At most ``limit`` requests at work and ``queue`` waiting (FIFO), each waiting at most ``timeout`` s.

    Args:
        name: what the slots are for (metrics and error details).
        limit: requests doing the work at once (per process).
        queue: requests allowed to wait for a slot; one more is refused at once.
        timeout: seconds a request may wait before it is refused.
    """

    def __init__(self, name: str, limit: int, queue: int, timeout: float) -> None:
        if limit < 1 or queue < 0 or timeout < 0:
            raise ValueError("limit >= 1, queue >= 0 and timeout >= 0 are required")
        self.name = name
        self.limit = limit
        self.queue = queue
        self.timeout = timeout
        self._cond = threading.Condition()
        self._active = 0
        self._waiting = 0

    def acquire(self) -> Refusal | None:
        """Take a slot (``None``) or say why not; a ``None`` must be paired with :meth:`release`."""
        with self._cond:
            # Newcomers do not overtake requests already waiting.
            if self._active < self.limit and self._waiting == 0:
                self._active += 1
                return None
            if self._waiting >= self.queue:
                return "queue_full"
            self._waiting += 1
            try:
                admitted = self._cond.wait_for(lambda: self._active < self.limit, self.timeout)
            finally:
                self._waiting -= 1
            if not admitted:
                return "queue_timeout"
            self._active += 1
            return None

    def release(self) -> None:
        with self._cond:
            self._active -= 1
            self._cond.notify()

    def stats(self) -> AdmissionStats:
        with self._cond:
            return AdmissionStats(self._active, self._waiting, self.limit, self.queue)


class KeyRateLimit:
    """Token buckets (``rate`` per second, ``burst`` deep; a key's own rate where it has one) per API key.

    The buckets live in shared memory created here: processes forked afterwards (Gunicorn workers,
    replacements included) share them, so the limit holds per key for the whole service, not per
    worker. Keys are created while the service runs (:mod:`..access.keys`), so a key's bucket is a slot chosen by
    a hash of its id among :data:`SLOTS` (two keys share one with a chance of 1 in 4,096 per pair: then they
    share the limit). An ``flock`` on ``lock_path`` guards updates; the kernel releases it if a holder dies.
    The buckets start full on every service start.
    """

    SLOTS = 4096

    def __init__(self, rate: float, burst: int, lock_path: Path) -> None:
        self.rate = rate
        self.burst = burst
        self.lock_path = lock_path
        # Per slot: tokens left (NaN: not used yet, i.e. full), and when they were counted (CLOCK_MONOTONIC is
        # system-wide).
        self._tokens: Any = RawArray(c_double, [float("nan")] * self.SLOTS)
        self._stamps: Any = RawArray(c_double, [0.0] * self.SLOTS)

    def take(self, key_id: str, rate: float | None = None) -> float:
        """Spend one token of ``key_id`` (at ``rate`` per second; None: the default; 0: no limit): 0.0 if allowed,
        else the seconds until one is available."""
        # A key's own rate brings a bucket at least one second deep.
        burst = float(max(self.burst, 1)) if rate is None else max(float(self.burst), 1.0, rate)
        rate = self.rate if rate is None else rate
        if rate <= 0:
            return 0.0
        slot = zlib.crc32(key_id.encode()) % self.SLOTS
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            now = time.monotonic()
            held = self._tokens[slot]
            tokens = burst if math.isnan(held) else min(burst, held + (now - self._stamps[slot]) * rate)
            self._stamps[slot] = now
            if tokens >= 1.0:
                self._tokens[slot] = tokens - 1.0
                return 0.0
            self._tokens[slot] = tokens
            return float((1.0 - tokens) / rate)
        finally:
            os.close(fd)


@dataclass
class _Guesses:
    tokens: float
    when: float
    keys: dict[str, float]  # wrong keys (digests) seen in the last minute -> when


class AuthFailureLimit:
    """A bucket of ``per_minute`` distinct wrong keys per client address (refilled evenly), in this process.

    Only a key the address has not failed with in the last minute takes a token: a client left with a revoked
    key repeats that one key and never locks out the others behind its address (a NAT, a proxy), while a
    guesser tries new ones. IPv6 addresses count per /64 (one host holds a whole /64). The ``capacity``
    addresses seen most recently are kept: a flood of addresses forgets old ones, never grows without bound.
    While an address's bucket is empty, :meth:`wait` says how long to wait.
    """

    def __init__(self, per_minute: int, capacity: int = 10_000) -> None:
        self.per_minute = per_minute
        self.capacity = capacity
        self._addresses: OrderedDict[str, _Guesses] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def client(address: str) -> str:
        """The unit counted: the address, or its /64 for IPv6."""
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return address
        return str(ipaddress.ip_network(f"{ip}/64", strict=False)) if ip.version == 6 else str(ip)

    def _tokens(self, guesses: _Guesses, now: float) -> float:
        return min(float(self.per_minute), guesses.tokens + (now - guesses.when) * self.per_minute / 60.0)

    def wait(self, address: str) -> float:
        """0.0 if ``address`` may try a key now, else the seconds until it may."""
        with self._lock:
            guesses = self._addresses.get(self.client(address))
            if guesses is None:
                return 0.0
            tokens = self._tokens(guesses, time.monotonic())
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) * 60.0 / self.per_minute

    def failed(self, address: str, key: str) -> None:
        """Count a failed authentication of ``address`` with ``key`` (a digest of it, never the key)."""
        with self._lock:
            now = time.monotonic()
            client = self.client(address)
            guesses = self._addresses.get(client) or _Guesses(float(self.per_minute), now, {})
            guesses.keys = {k: t for k, t in guesses.keys.items() if now - t < 60.0}
            if key not in guesses.keys:
                guesses.tokens, guesses.when = max(0.0, self._tokens(guesses, now) - 1.0), now
                if len(guesses.keys) > self.per_minute:  # a guesser's keys: the oldest are forgotten
                    guesses.keys.pop(next(iter(guesses.keys)))
            guesses.keys[key] = now
            self._addresses[client] = guesses
            self._addresses.move_to_end(client)
            while len(self._addresses) > self.capacity:
                self._addresses.popitem(last=False)


def retry_after(seconds: float) -> str:
    """An HTTP ``Retry-After`` value: whole seconds, at least 1."""
    return str(max(1, math.ceil(seconds)))


class DrainFlag:
    """A flag in shared memory: set in the Gunicorn master on SIGTERM, read by every worker."""

    def __init__(self) -> None:
        self._value: Any = RawValue(c_bool, False)

    def set(self) -> None:
        self._value.value = True

    def is_set(self) -> bool:
        return bool(self._value.value)
