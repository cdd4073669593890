"""The one place that writes SQL for sources, articles and runs; callers pass plain values.

Upserts go through the dialect's INSERT .. ON CONFLICT (SQLite and PostgreSQL), so a re-run
never duplicates a row and two writers racing on one URL both succeed.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mercato.db.base import utcnow
from mercato.db.models import Article, CrawlRun, RunSourceStats, Source

__all__ = [
    "compress_pages",
    "decompress_pages",
    "dialect_insert",
    "finish_run",
    "start_run",
    "upsert_article",
    "upsert_source",
]

RUN_COUNTERS = ("requests", "feeds_not_modified", "articles_new", "duplicates", "rumours_new",
                "rumours_updated", "errors")


PAGE_SEPARATOR = b"\n<!-- mercato:next-page -->\n"


def compress_pages(pages: list[bytes]) -> bytes:
    """Raw HTML is kept zlib-compressed (about 5x smaller) so extraction can be re-run later.

    A split article's pages are stored together, separated by a marker no page contains.
    """
    return zlib.compress(PAGE_SEPARATOR.join(pages), 6)


def decompress_pages(blob: bytes) -> list[bytes]:
    return zlib.decompress(blob).split(PAGE_SEPARATOR)


def dialect_insert(session: Session, model: type[Any]) -> Any:
    """INSERT that can say ON CONFLICT (upsert) on both databases we support."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model)
    if dialect == "sqlite":
        return sqlite.insert(model)
    raise NotImplementedError(f"upsert not implemented for the {dialect} dialect")


def upsert_source(session: Session, name: str, title: str, home_url: str, language: str,
                  enabled: bool) -> int:
    """The id of the source row, created or refreshed from the registry."""
    fields = {"title": title, "home_url": home_url, "language": language, "enabled": enabled}
    stmt = dialect_insert(session, Source).values(name=name, **fields)
    stmt = stmt.on_conflict_do_update(index_elements=["name"], set_=fields)
    session.execute(stmt)
    return session.execute(select(Source.id).where(Source.name == name)).scalar_one()


def upsert_article(session: Session, values: Mapping[str, Any]) -> tuple[Article, bool]:
    """Insert or refresh the article with this canonical URL; return it and whether it is new.

    A refresh keeps the first `fetched_at` and the dedup links, and replaces content, so a
    corrected article updates in place instead of appearing twice.
    """
    existing_id = session.execute(
        select(Article.id).where(Article.canonical_url == values["canonical_url"])
    ).scalar_one_or_none()
    now = utcnow()
    row = {**values, "updated_at": now}
    stmt = dialect_insert(session, Article).values(**row, fetched_at=now)
    refresh = {k: stmt.excluded[k] for k in row if k not in ("canonical_url",)}
    stmt = stmt.on_conflict_do_update(index_elements=["canonical_url"], set_=refresh)
    session.execute(stmt)
    article = session.execute(
        select(Article).where(Article.canonical_url == values["canonical_url"])
        .execution_options(populate_existing=True)
    ).scalar_one()
    return article, existing_id is None


def start_run(session: Session, spider: str, trigger: str, sources: list[str]) -> int:
    run = CrawlRun(spider=spider, trigger=trigger, sources=sources, status="running")
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int, status: str, stats: Mapping[str, Any],
               error: str | None = None) -> None:
    """Close the run row and write its per-source counters from the crawl's flat stats."""
    run = session.get(CrawlRun, run_id)
    if run is None:
        return
    run.status = status
    run.finished_at = utcnow()
    run.error = error
    run.stats = {k: _jsonable(v) for k, v in stats.items() if k.startswith(("mercato/", "downloader/",
                                                                             "item_", "finish_"))}
    for source in run.sources:
        prefix = f"mercato/source/{source}/"
        mine = {k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix)}
        row = session.get(RunSourceStats, (run_id, source)) or RunSourceStats(run_id=run_id, source=source)
        for counter in RUN_COUNTERS:
            setattr(row, counter, int(mine.get(counter, 0)))
        row.dropped = {k.split("/", 1)[1]: int(v) for k, v in mine.items() if k.startswith("dropped/")}
        session.add(row)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    return str(value)
