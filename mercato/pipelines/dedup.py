"""Dedup stage: canonical URL and fingerprint (CPU work, outside the store's transaction).

The decisions that need the database (first copy, near-duplicate group, rumour grouping) are
taken by the store stage inside the one transaction that writes the article.
"""

from __future__ import annotations

from typing import Any

from mercato.dedup.fingerprint import fingerprint
from mercato.dedup.urls import canonical_url
from mercato.items import ArticleItem

__all__ = ["DedupPipeline"]


class DedupPipeline:
    """One article per canonical URL: the AMP twin and the utm link resolve to the same key."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupPipeline:
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        article = item.article
        item.canonical_url = canonical_url(item.url or article.url, declared=article.canonical_url)
        item.fingerprint = fingerprint(article.text)
        item.content_hash = item.fingerprint.content_hash
        return item
