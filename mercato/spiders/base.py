"""The registry-driven news spider: feeds, news sitemaps and section pages of each outlet.

Everything a spider needs to know about an outlet comes from the registry, so per-site spiders
stay a few lines. Listing documents are parsed by pure functions (`mercato.feeds`); this module
only turns their entries into polite requests and article pages into items.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from mercato.dedup.urls import strip_tracking
from mercato.feeds import Entry, FeedError, parse_feed, parse_sitemap
from mercato.items import ArticleItem
from mercato.registry import Source, load_registry, select_sources

__all__ = ["NewsSpider"]

log = logging.getLogger(__name__)

MAX_PAGES_PER_ARTICLE = 6
LISTING = "listing"


class NewsSpider(scrapy.Spider):
    """Crawl the selected outlets of the registry (all enabled ones by default).

    Spider arguments (``-a``): ``source`` (comma-separated names), ``sources_file`` (another
    registry), ``base_url`` (fills the ``{{BASE}}`` placeholder of the bundled demo registry).
    """

    name = "news"
    kinds: ClassVar[tuple[str, ...]] = ("feeds", "sitemaps", "sections")

    def __init__(self, source: str | None = None, sources_file: str | None = None,
                 base_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source_arg = source
        self.sources_file = sources_file
        self.base_url = base_url
        self.sources: dict[str, Source] = {}
        self.crawl_state: Any = None  # mercato.crawlstate.CrawlState, when the extension runs

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_file or crawler.settings.get("MERCATO_SOURCES_FILE")
        names = [n.strip() for n in (spider.source_arg or "").split(",") if n.strip()]
        chosen = select_sources(load_registry(path, base_url=spider.base_url), names)
        spider.sources = {s.name: s for s in chosen}
        spider.allowed_domains = sorted({d for s in chosen for d in s.allowed_domains})
        return spider

    # -- stats helpers -------------------------------------------------------------------
    def count(self, source: str, key: str, n: int = 1) -> None:
        """Count per source and in total: `mercato status` and the run record read these."""
        stats = self.crawler.stats
        stats.inc_value(f"mercato/{key}", n)
        stats.inc_value(f"mercato/source/{source}/{key}", n)

    # -- incremental crawling: CrawlStateExtension sets `crawl_state` at spider open ------
    def is_fresh(self, source: Source, entry: Entry) -> bool:
        """Whether a sitemap entry is new enough to fetch; every entry is, without crawl state."""
        state = self.crawl_state
        return True if state is None else state.is_fresh(source.name, entry.when)

    def already_seen(self, source: Source, url: str) -> bool:
        """Whether an article URL was handled by an earlier run; none was, without crawl state."""
        state = self.crawl_state
        return False if state is None else state.is_seen(url)

    # -- requests ------------------------------------------------------------------------
    def listing_request(self, url: str, source: Source, kind: str) -> scrapy.Request:
        callback = {"feeds": self.parse_feed, "sitemaps": self.parse_sitemap,
                    "sections": self.parse_section}[kind]
        return scrapy.Request(url, callback=callback, errback=self.on_error, dont_filter=True,
                              cb_kwargs={"source": source.name},
                              meta={LISTING: kind, "mercato_source": source.name})

    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            for kind in self.kinds:
                for url in getattr(source, kind):
                    yield self.listing_request(url, source, kind)

    def follow_article(self, source: Source, url: str) -> Iterator[scrapy.Request]:
        """Request an article if it is on the outlet's domains, looks like one and is not known."""
        if not source.allows(url):
            self.count(source.name, "offsite")
            log.info("offsite link skipped: %s (source %s)", url, source.name)
            return
        if not source.looks_like_article(url):
            self.count(source.name, "not_article_url")
            return
        clean_url = strip_tracking(url)
        if self.already_seen(source, clean_url):
            self.count(source.name, "seen_skipped")
            return
        yield scrapy.Request(clean_url, callback=self.parse_article, errback=self.on_error,
                             cb_kwargs={"source": source.name, "listed_url": url},
                             meta={"mercato_source": source.name})

    # -- listings ------------------------------------------------------------------------
    def _entries(self, response: Response, source: str, parser: Any) -> list[Entry]:
        try:
            return parser(response.body, response.url)
        except FeedError as exc:
            self.count(source, "errors")
            log.warning("unreadable listing %s (source %s): %s", response.url, source, exc)
            return []

    def parse_feed(self, response: Response, source: str) -> Iterator[scrapy.Request]:
        src = self.sources[source]
        for entry in self._entries(response, source, parse_feed):
            yield from self.follow_article(src, entry.url)

    def parse_sitemap(self, response: Response, source: str) -> Iterator[scrapy.Request]:
        src = self.sources[source]
        for entry in self._entries(response, source, parse_sitemap):
            if not self.is_fresh(src, entry):
                self.count(source, "sitemap_old_skipped")
            elif entry.is_sitemap:
                if src.allows(entry.url):
                    yield self.listing_request(entry.url, src, "sitemaps")
            else:
                yield from self.follow_article(src, entry.url)

    def parse_section(self, response: Response, source: str) -> Iterator[scrapy.Request]:
        src = self.sources[source]
        if not isinstance(response, TextResponse):
            return
        seen: set[str] = set()
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if url not in seen and src.article_pattern and src.looks_like_article(url):
                seen.add(url)
                yield from self.follow_article(src, url)

    # -- articles ------------------------------------------------------------------------
    def parse_article(self, response: Response, source: str, listed_url: str,
                      item: ArticleItem | None = None) -> Iterator[Any]:
        """Wrap the page in an item; follow rel=next so a split article arrives whole."""
        src = self.sources[source]
        if not isinstance(response, TextResponse):
            self.count(source, "dropped/not_html")
            return
        if item is None:
            item = ArticleItem(url=response.url, source=source, source_title=src.title,
                               html=response.body, encoding=response.encoding, listed_url=listed_url,
                               fetched_at=dt.datetime.now(dt.UTC))
        else:
            item.more_pages.append(response.body)
        next_href = response.xpath("//link[@rel='next']/@href").get()
        if next_href and len(item.more_pages) + 1 < MAX_PAGES_PER_ARTICLE:
            next_url = response.urljoin(next_href)
            if src.allows(next_url):
                yield scrapy.Request(next_url, callback=self.parse_article, errback=self.on_page_error,
                                     cb_kwargs={"source": source, "listed_url": listed_url, "item": item},
                                     meta={"mercato_source": source, "mercato_item": item})
                return
        yield item

    def on_page_error(self, failure: Failure) -> Iterator[ArticleItem]:
        """A missing continuation page must not lose the pages we already have."""
        self.on_error(failure)
        item = failure.request.meta.get("mercato_item")
        if item is not None:
            yield item

    def on_error(self, failure: Failure) -> None:
        """A failed request is logged and counted; the crawl goes on."""
        request = failure.request
        source = request.meta.get("mercato_source", "?")
        response = getattr(failure.value, "response", None)
        if response is not None and getattr(response, "status", None) == 304:
            return
        reason = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        if response is not None and response.status == 404:
            self.count(source, "http_404")
        self.count(source, "errors")
        log.warning("fetch failed: %s (source %s): %s", request.url, source, reason)
