"""Scrapy extensions: the crawl state of incremental crawling, and a live progress display.

`CrawlStateExtension` loads what earlier runs left (seen URLs, validators, last good run) when
the spider opens, hangs itself on the spider as `spider.crawl_state` (read by the spider's
`is_fresh`/`already_seen` hooks and by `ConditionalRequestMiddleware`) and records every item
that went through the pipelines. `ProgressExtension` redraws a per-source table every second
for a person watching `mercato crawl` in a terminal.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call
from sqlalchemy.exc import SQLAlchemyError

from mercato import crawlstate
from mercato.db.engine import DatabaseError, make_engine, make_sessionmaker
from mercato.dedup.urls import strip_tracking
from mercato.settings import database_url

__all__ = ["CrawlStateExtension", "ProgressExtension", "progress_table"]

log = logging.getLogger(__name__)

# A sitemap entry this much older than the last good run still counts as fresh: CMSs stamp
# lastmod before the sitemap cache shows the entry. already_seen catches what it lets through.
FRESH_MARGIN = dt.timedelta(hours=1)
NOT_SEEN_REASONS = ("store_error",)  # our own failure: try the article again next run
SITEMAP_SPIDERS = ("news", "sitemaps")  # the spiders whose runs read the news sitemaps


class CrawlStateExtension:
    """Incremental crawling: what was seen, what is fresh, which validators to send.

    Disabled with ``-s MERCATO_INCREMENTAL=False`` (a full recrawl). If the database cannot be
    read the crawl goes on without state (everything counts as new) and says so once.
    """

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        if not settings.getbool("MERCATO_INCREMENTAL", True):
            raise NotConfigured
        self.crawler = crawler
        self.url = settings.get("MERCATO_DATABASE_URL") or database_url(settings.get("MERCATO_DATA_DIR"))
        self.horizon_days = settings.getfloat("MERCATO_SEEN_HORIZON_DAYS", 60)
        self.engine: Any = None
        self.seen: set[str] = set()
        self.last_ok: dict[str, dt.datetime] = {}
        self.validators: dict[str, crawlstate.Validator] = {}
        self.fetched: dict[str, crawlstate.Validator] = {}
        self.not_modified: set[str] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CrawlStateExtension:
        return cls(crawler)

    # -- lifecycle -----------------------------------------------------------------------
    def spider_opened(self, spider: Any) -> None:
        """Runs after the pipelines opened (the store stage has migrated the schema)."""
        names = sorted(getattr(spider, "sources", {}))
        try:
            self.engine = make_engine(self.url)
            with make_sessionmaker(self.engine).begin() as session:
                expired = crawlstate.expire_seen(session, self.horizon_days)
                self.seen = crawlstate.load_seen(session, names)
                self.last_ok = crawlstate.last_successful_runs(session, names, SITEMAP_SPIDERS)
                self.validators = crawlstate.load_validators(session)
        except (SQLAlchemyError, DatabaseError) as exc:
            log.warning("no crawl state (%s): every listing and article counts as new",
                        str(exc).splitlines()[0])
            self.engine = None
            return
        stats = self.crawler.stats
        stats.set_value("mercato/seen_expired", expired)
        stats.set_value("mercato/seen_known", len(self.seen))
        log.info("crawl state: %d known URLs (%d expired), %d validators, last good run for %d source(s)",
                 len(self.seen), expired, len(self.validators), len(self.last_ok))
        spider.crawl_state = self

    def spider_closed(self, spider: Any, reason: str) -> None:
        """Keep validators only from a finished crawl: an interrupted one may not have followed
        every entry of a feed it fetched, and a 304 next time would hide those entries."""
        if self.engine is None:
            return
        try:
            if reason == "finished":
                with make_sessionmaker(self.engine).begin() as session:
                    crawlstate.save_validators(session, self.fetched)
                    crawlstate.touch_validators(session, self.not_modified)
        except SQLAlchemyError as exc:
            log.warning("could not save the feed validators: %s", str(exc).splitlines()[0])
        finally:
            self.engine.dispose()
            self.engine = None
            if getattr(spider, "crawl_state", None) is self:
                spider.crawl_state = None

    # -- questions from the spider and the middleware --------------------------------------
    def is_fresh(self, source: str, when: dt.datetime | None) -> bool:
        """New enough to fetch: undated, never crawled, or not older than the last good run."""
        last = self.last_ok.get(source)
        return when is None or last is None or when >= last - FRESH_MARGIN

    def is_seen(self, url: str) -> bool:
        return url in self.seen

    def validator(self, url: str) -> crawlstate.Validator | None:
        return self.validators.get(url)

    def listing_fetched(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.fetched[url] = (etag, last_modified)

    def listing_not_modified(self, url: str) -> None:
        self.not_modified.add(url)

    # -- recording -----------------------------------------------------------------------
    def record(self, url: str, source: str, outcome: str, *extra_urls: str | None) -> None:
        """Write at once (one small transaction): an interrupted crawl keeps what it handled."""
        urls = {u for u in (url, *extra_urls) if u} - self.seen if self.engine is not None else set()
        if not urls:
            return
        try:
            with make_sessionmaker(self.engine).begin() as session:
                crawlstate.record_seen(session, ((u, source, outcome) for u in urls))
        except SQLAlchemyError as exc:
            log.warning("could not record %s as seen: %s", url, str(exc).splitlines()[0])
            return
        self.seen |= urls

    def _urls(self, item: Any) -> tuple[str | None, str | None, str | None]:
        """The page URL, and the listed URL cleaned as the spider cleans it before already_seen."""
        adapter = ItemAdapter(item)
        listed = adapter.get("listed_url")
        return (adapter.get("url"), strip_tracking(listed) if listed else None, adapter.get("source"))

    def item_scraped(self, item: Any) -> None:
        url, listed, source = self._urls(item)
        if url and source:
            self.record(url, source, "stored", listed)

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        url, listed, source = self._urls(item)
        reason = str(exception).split(":", 1)[0].strip() or "dropped"
        if url and source and reason not in NOT_SEEN_REASONS:
            self.record(url, source, f"dropped:{reason}", listed)


def progress_table(stats: dict[str, Any], sources: list[str], elapsed: float) -> Any:
    """The live table: one row per source from the crawl stats (also used by the tests)."""
    from rich.table import Table

    table = Table("source", "pages fetched", "not modified", "articles new", "duplicates", "rumours",
                  "errors", title=f"mercato crawl — {elapsed:.0f} s", title_justify="left")
    keys = ("requests", "feeds_not_modified", "articles_new", "duplicates")
    for name in sources:
        value = {k: int(stats.get(f"mercato/source/{name}/{k}", 0)) for k in (*keys, "errors")}
        rumours = int(stats.get(f"mercato/source/{name}/rumours_found", 0))
        table.add_row(name, *(str(value[k]) for k in keys), str(rumours), str(value["errors"]))
    return table


class ProgressExtension:
    """A rich live table on stderr, refreshed every second; only with ``MERCATO_PROGRESS=True``.

    The CLI turns it on for a terminal; the scheduler, pipes and ``--quiet`` get log lines only.
    """

    def __init__(self, crawler: Any) -> None:
        if not crawler.settings.getbool("MERCATO_PROGRESS", False):
            raise NotConfigured
        self.crawler = crawler
        self.live: Any = None
        self.task: Any = None
        self.started = time.monotonic()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProgressExtension:
        return cls(crawler)

    def _render(self) -> Any:
        return progress_table(self.crawler.stats.get_stats(), sorted(self.crawler.spider.sources),
                              time.monotonic() - self.started)

    def spider_opened(self, spider: Any) -> None:
        from rich.live import Live

        from mercato.logsetup import stderr_console

        self.started = time.monotonic()
        self.live = Live(self._render(), console=stderr_console(), auto_refresh=False, transient=True)
        self.live.start(refresh=True)
        self.task = create_looping_call(self._tick)
        self.task.start(1.0)

    def _tick(self) -> None:
        if self.live is not None:
            self.live.update(self._render(), refresh=True)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        if self.live is not None:
            self.live.stop()
            self.live = None
