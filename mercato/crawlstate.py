"""Crawl state between runs, as plain DB functions: HTTP validators, seen URLs, last good run.

What lets a nightly crawl fetch only what changed lives in three small tables; the Scrapy
components (`mercato.middlewares`, `mercato.extensions`) call these functions and stay thin, and
the tests call them directly on an in-memory database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from mercato.db.base import utcnow
from mercato.db.engine import make_engine, migrate
from mercato.db.models import CrawlRun, HttpValidator, RunSourceStats, SeenUrl
from mercato.db.repository import dialect_insert

__all__ = [
    "Validator",
    "expire_seen",
    "last_successful_runs",
    "load_seen",
    "load_validators",
    "open_database",
    "record_seen",
    "save_validators",
    "touch_validators",
]

Validator = tuple[str | None, str | None]  # (ETag, Last-Modified) exactly as the server sent them
SEEN_CHUNK = 500  # rows per INSERT, far below SQLite's bound-parameter limit


def open_database(url: str) -> Engine:
    """An engine on `url` with the schema brought up to date (the lock and state tables included)."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def load_validators(session: Session, urls: Iterable[str] | None = None) -> dict[str, Validator]:
    """Validators by URL (all of them when `urls` is None: one row per feed or sitemap, few)."""
    query = select(HttpValidator.url, HttpValidator.etag, HttpValidator.last_modified)
    if urls is not None:
        query = query.where(HttpValidator.url.in_(list(urls)))
    return {url: (etag, modified) for url, etag, modified in session.execute(query)}


def save_validators(session: Session, validators: Mapping[str, Validator],
                    now: dt.datetime | None = None) -> None:
    """Upsert the validators of listings that answered 200; a listing without any is forgotten."""
    now = now or utcnow()
    keep = {url: v for url, v in validators.items() if v[0] or v[1]}
    gone = [url for url in validators if url not in keep]
    if gone:
        session.execute(delete(HttpValidator).where(HttpValidator.url.in_(gone)))
    for url, (etag, modified) in keep.items():
        stmt = dialect_insert(session, HttpValidator).values(url=url, etag=etag, last_modified=modified,
                                                      checked_at=now)
        session.execute(stmt.on_conflict_do_update(
            index_elements=["url"], set_={"etag": etag, "last_modified": modified, "checked_at": now}))


def touch_validators(session: Session, urls: Iterable[str], now: dt.datetime | None = None) -> None:
    """Note that these listings answered 304: still valid, checked now."""
    urls = list(urls)
    if urls:
        session.execute(update(HttpValidator).where(HttpValidator.url.in_(urls))
                        .values(checked_at=now or utcnow()))


def load_seen(session: Session, sources: Iterable[str]) -> set[str]:
    """Every URL already handled for these sources (bounded by the horizon expiry)."""
    sources = list(sources)
    if not sources:
        return set()
    return set(session.execute(select(SeenUrl.url).where(SeenUrl.source.in_(sources))).scalars())


def record_seen(session: Session, rows: Iterable[tuple[str, str, str]],
                now: dt.datetime | None = None) -> int:
    """Upsert (url, source, outcome) rows; a URL seen again gets its newest outcome and time."""
    now = now or utcnow()
    unique = {url: (source, outcome[:40]) for url, source, outcome in rows if url}
    values = [{"url": u, "source": s, "outcome": o, "seen_at": now} for u, (s, o) in unique.items()]
    for start in range(0, len(values), SEEN_CHUNK):
        stmt = dialect_insert(session, SeenUrl).values(values[start:start + SEEN_CHUNK])
        session.execute(stmt.on_conflict_do_update(
            index_elements=["url"], set_={"source": stmt.excluded.source, "outcome": stmt.excluded.outcome,
                                          "seen_at": stmt.excluded.seen_at}))
    return len(values)


def expire_seen(session: Session, horizon_days: float, now: dt.datetime | None = None) -> int:
    """Forget URLs seen before the horizon, so the table stays bounded; return how many went.

    An expired URL that an outlet still lists is simply fetched once more and re-stored in
    place (articles are upserted by canonical URL), so expiry costs a request, never a copy.
    """
    cutoff = (now or utcnow()) - dt.timedelta(days=horizon_days)
    result = session.execute(delete(SeenUrl).where(SeenUrl.seen_at < cutoff))
    return int(result.rowcount or 0)


def last_successful_runs(session: Session, sources: Iterable[str],
                         spiders: Iterable[str] | None = None) -> dict[str, dt.datetime]:
    """When the newest run that ended `ok` started, per source (sources never crawled are absent).

    The start, not the end, is the safe mark: an entry published while that run was going may
    have been listed after the run read the sitemap. `spiders` limits it to runs of those
    spiders: a feeds-only run never read the sitemaps, so it must not make their entries old.
    """
    sources = list(sources)
    if not sources:
        return {}
    query = (select(RunSourceStats.source, func.max(CrawlRun.started_at))
             .join(CrawlRun, CrawlRun.id == RunSourceStats.run_id)
             .where(CrawlRun.status == "ok", RunSourceStats.source.in_(sources))
             .group_by(RunSourceStats.source))
    if spiders is not None:
        query = query.where(CrawlRun.spider.in_(list(spiders)))
    rows = session.execute(query)
    result: dict[str, dt.datetime] = {}
    for source, started in rows:
        if started is not None:  # max() bypasses the UTC type on SQLite: re-attach the zone
            if isinstance(started, str):
                started = dt.datetime.fromisoformat(started)
            result[source] = started.replace(tzinfo=dt.UTC) if started.tzinfo is None else started
    return result
