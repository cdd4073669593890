"""`scrapy crawl sitemaps -a source=NAME`: only the outlets' news sitemaps (lastmod-filtered)."""

from __future__ import annotations

from typing import ClassVar

from mercato.spiders.base import NewsSpider

__all__ = ["SitemapsSpider"]


class SitemapsSpider(NewsSpider):
    """News sitemaps list two days of articles with dates: the backfill and catch-up listing."""

    name = "sitemaps"
    kinds: ClassVar[tuple[str, ...]] = ("sitemaps",)
