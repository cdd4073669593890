"""Extract stage: the rumours of one cleaned article (pure function, fast enough to run inline)."""

from __future__ import annotations

import logging
from typing import Any

from mercato.items import ArticleItem
from mercato.rumours import extract_rumours

__all__ = ["ExtractPipeline"]

log = logging.getLogger(__name__)


class ExtractPipeline:
    """A bug in extraction costs one article its rumours, never the article or the crawl."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        article = item.article
        try:
            found = extract_rumours(
                article.text, title=article.title, publisher=item.source_title, published=article.published
            )
        except Exception:
            log.exception("rumour extraction failed on %s", item.url)
            self.crawler.spider.count(item.source, "extract_errors")
            found = []
        item.rumours = [r.to_dict() for r in found]
        self.crawler.spider.count(item.source, "rumours_found", len(item.rumours))
        return item
