"""`scrapy crawl feeds -a source=NAME`: only the outlets' RSS/Atom feeds."""

from __future__ import annotations

from typing import ClassVar

from mercato.spiders.base import NewsSpider

__all__ = ["FeedsSpider"]


class FeedsSpider(NewsSpider):
    """Feeds are the freshest listing an outlet has: the default for frequent runs."""

    name = "feeds"
    kinds: ClassVar[tuple[str, ...]] = ("feeds",)
