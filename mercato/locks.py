"""Per-source crawl locks in the database, so a manual and a scheduled crawl never overlap.

A lock is a `crawl_locks` row per source, taken with a plain INSERT inside one transaction for
all the sources of a crawl (all or none, so two crawlers can never deadlock holding half each).
The primary key makes the second INSERT fail on SQLite and PostgreSQL alike; no advisory locks,
no files. A holder refreshes `heartbeat_at` from a thread; a row whose heartbeat is older than
the stale timeout belongs to a crawl that died (killed, machine lost) and is taken over.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import IntegrityError

from mercato.db.base import utcnow
from mercato.db.engine import make_sessionmaker
from mercato.db.models import CrawlLock

__all__ = ["SCHEDULER_LOCK", "HeldLocks", "LockBusy", "LockInfo", "heartbeat", "holders", "make_owner",
           "release", "try_acquire"]

log = logging.getLogger(__name__)

POLL_SECONDS = 2.0
SCHEDULER_LOCK = "__scheduler__"  # not a valid source name: one running scheduler per database


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a source, since when, and when it last proved to be alive."""

    source: str
    owner: str
    acquired_at: dt.datetime
    heartbeat_at: dt.datetime

    def describe(self, now: dt.datetime | None = None) -> str:
        age = ((now or utcnow()) - self.heartbeat_at).total_seconds()
        since = self.acquired_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        return f"{self.source!r} is being crawled by {self.owner} since {since} (alive {age:.0f} s ago)"


class LockBusy(RuntimeError):
    """Some of the sources are held by another live crawl; the message names who and since when."""

    def __init__(self, held: list[LockInfo]) -> None:
        self.held = held
        super().__init__("; ".join(h.describe() for h in held))


def make_owner(what: str) -> str:
    """A readable, unique owner ("manual crawl (pid 7 on host, #1a2b3c)"): the nonce guards
    against pid reuse."""
    return f"{what} (pid {os.getpid()} on {socket.gethostname()}, #{uuid.uuid4().hex[:6]})"


def holders(engine: Engine, sources: Iterable[str]) -> list[LockInfo]:
    """The current lock rows of these sources."""
    with make_sessionmaker(engine)() as session:
        rows = session.execute(select(CrawlLock).where(CrawlLock.source.in_(list(sources)))
                               .order_by(CrawlLock.source)).scalars()
        return [LockInfo(r.source, r.owner, r.acquired_at, r.heartbeat_at) for r in rows]


def try_acquire(engine: Engine, sources: Iterable[str], owner: str, *, stale_after: float,
                now: dt.datetime | None = None) -> list[LockInfo]:
    """Take every source's lock or none; return [] on success, else the live holders.

    Stale rows (no heartbeat for `stale_after` seconds) are deleted in the same transaction,
    so of two crawlers racing for a dead crawl's sources exactly one wins.
    """
    sources = sorted(set(sources))
    now = now or utcnow()
    cutoff = now - dt.timedelta(seconds=stale_after)
    sessions = make_sessionmaker(engine)
    try:
        with sessions.begin() as session:
            stale = session.execute(select(CrawlLock).where(
                CrawlLock.source.in_(sources), CrawlLock.heartbeat_at < cutoff)).scalars().all()
            for row in stale:
                log.warning("taking over the stale lock of %r from %s (no heartbeat since %s)",
                            row.source, row.owner, row.heartbeat_at.isoformat(timespec="seconds"))
            if stale:
                session.execute(delete(CrawlLock).where(
                    CrawlLock.source.in_([r.source for r in stale]), CrawlLock.heartbeat_at < cutoff))
            session.add_all(CrawlLock(source=s, owner=owner, acquired_at=now, heartbeat_at=now)
                            for s in sources)
            session.flush()
    except IntegrityError:
        held = [h for h in holders(engine, sources) if h.owner != owner]
        if not held:  # the holder let go between our INSERT and our look: simply try again
            return try_acquire(engine, sources, owner, stale_after=stale_after)
        return held
    return []


def heartbeat(engine: Engine, owner: str, now: dt.datetime | None = None) -> int:
    """Refresh the holder's rows; return how many it still holds (fewer means taken over)."""
    with make_sessionmaker(engine).begin() as session:
        result = session.execute(update(CrawlLock).where(CrawlLock.owner == owner)
                                 .values(heartbeat_at=now or utcnow()))
        return int(result.rowcount or 0)


def release(engine: Engine, owner: str) -> int:
    """Drop every lock of this owner; return how many rows went."""
    with make_sessionmaker(engine).begin() as session:
        return int(session.execute(delete(CrawlLock).where(CrawlLock.owner == owner)).rowcount or 0)


class HeldLocks:
    """Context manager: hold the sources' locks for the body, heartbeating from a daemon thread.

    `wait` is how many seconds to wait for busy sources (0: fail at once with `LockBusy`);
    `stop` (an Event) ends the wait early, e.g. when the scheduler is asked to shut down.
    """

    def __init__(self, engine: Engine, sources: Iterable[str], owner: str, *, wait: float = 0.0,
                 stale_after: float = 600.0, stop: threading.Event | None = None,
                 poll: float = POLL_SECONDS) -> None:
        self.engine = engine
        self.sources = sorted(set(sources))
        self.owner = owner
        self.wait = wait
        self.stale_after = stale_after
        self.stop = stop or threading.Event()
        self.poll = poll
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait
        announced = False
        while True:
            held = try_acquire(self.engine, self.sources, self.owner, stale_after=self.stale_after)
            if not held:
                log.info("locked %d source(s) for %s", len(self.sources), self.owner)
                return
            if time.monotonic() >= deadline or self.stop.is_set():
                raise LockBusy(held)
            if not announced:
                log.warning("waiting up to %.0f s: %s", self.wait, LockBusy(held))
                announced = True
            self.stop.wait(min(self.poll, max(0.0, deadline - time.monotonic())))

    def _beat(self) -> None:
        interval = max(0.5, self.stale_after / 5)
        while not self._done.wait(interval):
            try:
                kept = heartbeat(self.engine, self.owner)
            except Exception as exc:  # a database hiccup must not kill the crawl; next beat retries
                log.warning("lock heartbeat failed: %s", str(exc).splitlines()[0])
                continue
            if kept < len(self.sources):
                log.error("%s lost %d lock(s) to another crawl (heartbeat too late?)",
                          self.owner, len(self.sources) - kept)

    def __enter__(self) -> HeldLocks:
        self.acquire()
        self._thread = threading.Thread(target=self._beat, name="mercato-lock-heartbeat", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        try:
            release(self.engine, self.owner)
        except Exception as error:  # the stale timeout frees it anyway
            log.warning("could not release the locks of %s: %s", self.owner, str(error).splitlines()[0])
