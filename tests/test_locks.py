"""Per-source crawl locks: one winner among concurrent crawlers, waiting, heartbeat, stale takeover.

Concurrency is real: threads with separate engines on one SQLite file, and the same on
PostgreSQL when a server answers (the `pg_server_url` fixture skips otherwise).
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete

from mercato.crawlstate import open_database
from mercato.db.base import Base, utcnow
from mercato.db.engine import make_engine
from mercato.db.models import CrawlLock
from mercato.locks import HeldLocks, LockBusy, heartbeat, holders, make_owner, release, try_acquire


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'locks.db'}"
    return request.getfixturevalue("pg_server_url")


def connect(url: str) -> Engine:
    """SQLite through the migrations; the shared PostgreSQL database through create_all, since
    other test modules drop its tables (and leave Alembic's version row) between tests."""
    if url.startswith("sqlite"):
        return open_database(url)
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    return engine


@pytest.fixture()
def engine(db_url: str) -> Iterator[Engine]:
    engine = connect(db_url)
    with engine.begin() as conn:  # the PostgreSQL database lives for the whole session
        conn.execute(delete(CrawlLock))
    yield engine
    engine.dispose()


def test_two_concurrent_crawlers_exactly_one_wins(db_url: str, engine: Engine) -> None:
    engines = [connect(db_url) for _ in range(2)]  # like two processes: separate pools
    barrier = threading.Barrier(2)
    results: dict[str, list] = {}

    def contend(i: int) -> None:
        owner = f"crawler-{i}"
        barrier.wait()
        results[owner] = try_acquire(engines[i], ["gazzetta", "tuttosport"], owner, stale_after=600)

    threads = [threading.Thread(target=contend, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    winners = [o for o, held in results.items() if not held]
    assert len(winners) == 1
    loser = next(o for o in results if o not in winners)
    assert {h.owner for h in results[loser]} == set(winners)
    assert {h.source for h in holders(engine, ["gazzetta", "tuttosport"])} == {"gazzetta", "tuttosport"}
    for e in engines:
        e.dispose()


def test_all_or_nothing_so_no_half_locks(engine: Engine) -> None:
    assert try_acquire(engine, ["a"], "first", stale_after=600) == []
    held = try_acquire(engine, ["a", "b"], "second", stale_after=600)
    assert [h.source for h in held] == ["a"] and held[0].owner == "first"
    assert [h.source for h in holders(engine, ["a", "b"])] == ["a"]  # "b" was not kept
    assert release(engine, "first") == 1
    assert try_acquire(engine, ["a", "b"], "second", stale_after=600) == []


def test_busy_message_names_the_holder(engine: Engine) -> None:
    owner = make_owner("schedule crawl")
    assert owner.startswith("schedule crawl (pid ")
    with HeldLocks(engine, ["gazzetta"], owner), pytest.raises(LockBusy) as exc:
        HeldLocks(engine, ["gazzetta", "tuttosport"], make_owner("manual crawl")).acquire()
    assert "'gazzetta' is being crawled by schedule crawl (pid" in str(exc.value)
    assert holders(engine, ["gazzetta", "tuttosport"]) == []  # released on exit


def test_waiting_crawler_gets_the_lock_when_the_first_ends(engine: Engine) -> None:
    first = HeldLocks(engine, ["a"], "first")
    first.__enter__()
    threading.Timer(0.6, first.__exit__, args=(None, None, None)).start()
    started = time.monotonic()
    with HeldLocks(engine, ["a"], "second", wait=10, poll=0.1):
        assert [h.owner for h in holders(engine, ["a"])] == ["second"]
    assert 0.5 < time.monotonic() - started < 5


def test_wait_ends_early_when_told_to_stop(engine: Engine) -> None:
    stop = threading.Event()
    with HeldLocks(engine, ["a"], "first"):
        threading.Timer(0.3, stop.set).start()
        started = time.monotonic()
        with pytest.raises(LockBusy):
            HeldLocks(engine, ["a"], "second", wait=60, poll=0.1, stop=stop).acquire()
        assert time.monotonic() - started < 5


def test_stale_lock_is_taken_over_and_heartbeat_keeps_a_live_one(engine: Engine) -> None:
    long_ago = utcnow() - dt.timedelta(hours=1)
    assert try_acquire(engine, ["a"], "dead", stale_after=600, now=long_ago) == []
    assert try_acquire(engine, ["a"], "alive", stale_after=600) == []  # dead's heartbeat is 1 h old
    assert heartbeat(engine, "dead") == 0  # the dead owner would learn it lost the lock
    release(engine, "alive")
    with HeldLocks(engine, ["b"], "beating", stale_after=1.0):
        time.sleep(1.6)  # longer than stale_after: only the heartbeat thread keeps it fresh
        assert [h.owner for h in try_acquire(engine, ["b"], "thief", stale_after=1.0)] == ["beating"]
