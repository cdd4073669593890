"""Crawl state functions on real databases (SQLite file, PostgreSQL): validators, seen URLs, expiry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from mercato import crawlstate
from mercato.db.base import Base
from mercato.db.engine import make_engine
from mercato.db.models import CrawlRun, HttpValidator, RunSourceStats, SeenUrl

NOW = dt.datetime(2026, 3, 1, 4, 30, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """SQLite file, or the session's PostgreSQL database emptied of crawl state (skips without one)."""
    if request.param == "sqlite":
        engine = crawlstate.open_database(f"sqlite:///{tmp_path / 'state.db'}")
    else:  # other modules drop the shared database's tables (not Alembic's row): create_all
        engine = make_engine(request.getfixturevalue("pg_server_url"))
        Base.metadata.create_all(engine)
    with engine.begin() as conn:
        for model in (SeenUrl, HttpValidator, RunSourceStats, CrawlRun):
            conn.execute(delete(model))
    yield engine
    engine.dispose()


def test_validators_round_trip_update_and_forget(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        crawlstate.save_validators(s, {"http://a/feed": ('"e1"', None),
                                       "http://a/sitemap.xml": (None, "Sun, 01 Mar 2026 03:00:00 GMT")}, NOW)
    with Session(engine) as s, s.begin():
        assert crawlstate.load_validators(s) == {
            "http://a/feed": ('"e1"', None), "http://a/sitemap.xml": (None, "Sun, 01 Mar 2026 03:00:00 GMT")}
        # A new ETag replaces the old; a listing that stopped sending validators is forgotten.
        crawlstate.save_validators(s, {"http://a/feed": ('"e2"', None), "http://a/sitemap.xml": (None, None)})
    with Session(engine) as s, s.begin():
        assert crawlstate.load_validators(s, ["http://a/feed", "http://a/sitemap.xml"]) == {
            "http://a/feed": ('"e2"', None)}
        later = NOW + dt.timedelta(days=1)
        crawlstate.touch_validators(s, ["http://a/feed"], later)
    with Session(engine) as s:
        assert s.get(HttpValidator, "http://a/feed").checked_at == NOW + dt.timedelta(days=1)


def test_seen_urls_upsert_load_per_source_and_expire(engine: Engine) -> None:
    old = NOW - dt.timedelta(days=61)
    with Session(engine) as s, s.begin():
        crawlstate.record_seen(s, [("http://a/1", "a", "stored"), ("http://a/2", "a", "dropped:empty")], old)
        crawlstate.record_seen(s, [("http://b/1", "b", "stored")], NOW)
        # Seen again: newest outcome and time win (the row does not expire with the old date).
        crawlstate.record_seen(s, [("http://a/2", "a", "stored")], NOW)
    with Session(engine) as s, s.begin():
        assert crawlstate.load_seen(s, ["a"]) == {"http://a/1", "http://a/2"}
        assert crawlstate.load_seen(s, []) == set()
        assert crawlstate.expire_seen(s, 60, NOW) == 1
    with Session(engine) as s:
        rows = {r.url: r.outcome for r in s.execute(select(SeenUrl)).scalars()}
    assert rows == {"http://a/2": "stored", "http://b/1": "stored"}


def test_record_seen_many_rows_in_chunks(engine: Engine) -> None:
    urls = [(f"http://a/{i}", "a", "stored") for i in range(crawlstate.SEEN_CHUNK * 2 + 7)]
    with Session(engine) as s, s.begin():
        assert crawlstate.record_seen(s, urls, NOW) == len(urls)
    with Session(engine) as s:
        assert len(crawlstate.load_seen(s, ["a"])) == len(urls)


def _run(s: Session, status: str, started: dt.datetime, sources: list[str], spider: str = "news") -> None:
    run = CrawlRun(spider=spider, trigger="schedule", status=status, started_at=started, sources=sources)
    s.add(run)
    s.flush()
    for name in sources:
        s.add(RunSourceStats(run_id=run.id, source=name))


def test_last_successful_run_ignores_failed_interrupted_and_feeds_only_runs(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        _run(s, "ok", NOW - dt.timedelta(days=2), ["a", "b"])
        _run(s, "ok", NOW - dt.timedelta(days=1), ["a"])
        _run(s, "failed", NOW, ["a", "b"])
        _run(s, "interrupted", NOW, ["b"])
        _run(s, "ok", NOW, ["b"], spider="feeds")
    with Session(engine) as s:
        last = crawlstate.last_successful_runs(s, ["a", "b", "c"], spiders=["news", "sitemaps"])
        assert crawlstate.last_successful_runs(s, ["b"]) == {"b": NOW}  # any spider
    assert last == {"a": NOW - dt.timedelta(days=1), "b": NOW - dt.timedelta(days=2)}
    assert all(v.tzinfo is not None for v in last.values())
