"""Store stage: one transaction per article (article, dedup links, mentions, rumours) and the run row."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import CloseSpider, DropItem
from sqlalchemy.exc import SQLAlchemyError

from mercato.db.engine import DatabaseError, make_engine, make_sessionmaker, migrate
from mercato.db.repository import finish_run, start_run, upsert_source
from mercato.items import ArticleItem
from mercato.settings import database_url
from mercato.storage import store_article

__all__ = ["StorePipeline"]

log = logging.getLogger(__name__)

STATUS_BY_REASON = {"finished": "ok", "shutdown": "interrupted", "closespider_timeout": "ok"}


class StorePipeline:
    """Owns the engine for the crawl's lifetime and records the run from start to finish."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.url = settings.get("MERCATO_DATABASE_URL") or database_url(settings.get("MERCATO_DATA_DIR"))
        self.trigger = settings.get("MERCATO_TRIGGER", "manual")
        self.keep_raw = settings.getbool("MERCATO_KEEP_RAW_HTML", True)
        self.silence_days = settings.getint("MERCATO_RUMOUR_SILENCE_DAYS", 120)
        self.engine: Any = None
        self.sessions: Any = None
        self.run_id: int | None = None
        self.source_ids: dict[str, int] = {}
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        try:
            self.engine = make_engine(self.url)
            migrate(self.engine)
        except DatabaseError as exc:
            raise CloseSpider(f"database unreachable: {exc}") from exc
        self.sessions = make_sessionmaker(self.engine)
        with self.sessions.begin() as session:
            for source in spider.sources.values():
                self.source_ids[source.name] = upsert_source(
                    session, source.name, source.title, source.home, source.language, source.enabled)
            self.run_id = start_run(session, spider.name, self.trigger, sorted(spider.sources))
        self.crawler.stats.set_value("mercato/run_id", self.run_id)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        spider = self.crawler.spider
        try:
            with self.sessions.begin() as session:
                outcome = store_article(session, item, self.source_ids[item.source],
                                        keep_raw=self.keep_raw, silence_days=self.silence_days)
        except SQLAlchemyError as exc:
            spider.count(item.source, "errors")
            log.error("could not store %s: %s", item.url, str(exc).splitlines()[0])
            raise DropItem(f"store_error: {item.url}") from exc
        for key, value in outcome.counters().items():
            if value:
                spider.count(item.source, key, value)
        return item

    def spider_closed(self, spider: Any, reason: str) -> None:
        """Runs after every pipeline closed: the stats are final, so the run row can be."""
        if self.sessions is None or self.run_id is None:
            return
        status = STATUS_BY_REASON.get(reason, "failed")
        try:
            with self.sessions.begin() as session:
                finish_run(session, self.run_id, status, self.crawler.stats.get_stats(),
                           error=None if status != "failed" else reason)
        finally:
            self.engine.dispose()
