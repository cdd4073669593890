"""Clean stage: trafilatura in worker processes; drops carry a reason that lands in the stats."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy.exceptions import DropItem

from mercato.cleaning import CleanResult, merge_pages
from mercato.items import ArticleItem
from mercato.workers import CleanerPool

__all__ = ["CleanPipeline"]

log = logging.getLogger(__name__)


class CleanPipeline:
    """Turn downloaded HTML into a CleanArticle without ever blocking the crawl's event loop."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.workers = settings.getint("MERCATO_CLEAN_WORKERS", 2)
        self.timeout = settings.getfloat("MERCATO_CLEAN_TIMEOUT", 20.0)
        self.max_bytes = settings.getint("MERCATO_MAX_HTML_BYTES", 3 * 1024 * 1024)
        self.pool: CleanerPool | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.pool = CleanerPool(max_workers=self.workers, timeout_s=self.timeout, max_bytes=self.max_bytes)

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.close()

    async def _clean(self, html: bytes, item: ArticleItem) -> CleanResult:
        assert self.pool is not None
        return await asyncio.wrap_future(self.pool.submit(html, item.url or "", item.encoding))

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        pages = [item.html or b"", *item.more_pages]
        results = await asyncio.gather(*(self._clean(page, item) for page in pages))
        first = results[0]
        if first.article is None:
            reason = first.drop_reason or "empty"
            self.crawler.spider.count(item.source, f"dropped/{reason}")
            raise DropItem(f"{reason}: {item.url}")
        more = [r.article for r in results[1:] if r.article is not None]
        item.article = merge_pages(first.article, more) if more else first.article
        return item
