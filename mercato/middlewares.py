"""Conditional requests for feeds and sitemaps, and page counters per source.

A feed that did not change since the last run answers 304 with no body: nothing to parse, no
article to look at. The validators (ETag, Last-Modified) live in the crawl state that
`mercato.extensions.CrawlStateExtension` hangs on the spider; without it this middleware only
counts pages. A 304 is passed on untouched: Scrapy's HttpErrorMiddleware turns it into the
spider's errback, which knows a 304 is not an error.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.http import Request, Response

__all__ = ["CONDITIONAL_LISTINGS", "ConditionalRequestMiddleware"]

log = logging.getLogger(__name__)

CONDITIONAL_LISTINGS = ("feeds", "sitemaps")
GONE = (404, 410)


class ConditionalRequestMiddleware:
    """Add If-None-Match / If-Modified-Since to listing requests; count 304s and pages."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def _state(self) -> Any:
        return getattr(self.crawler.spider, "crawl_state", None)

    def process_request(self, request: Request) -> None:
        state = self._state()
        if state is None or request.meta.get("listing") not in CONDITIONAL_LISTINGS:
            return
        validator = state.validator(request.url)
        if validator is None:
            return
        etag, modified = validator
        if etag:
            request.headers.setdefault(b"If-None-Match", etag)
        if modified:
            request.headers.setdefault(b"If-Modified-Since", modified)

    def process_response(self, request: Request, response: Response) -> Response:
        source = request.meta.get("mercato_source")
        if source is None:  # robots.txt and other requests of Scrapy's own
            return response
        spider = self.crawler.spider
        spider.count(source, "requests")
        kind = request.meta.get("listing")
        state = self._state()
        if kind in CONDITIONAL_LISTINGS:
            if response.status == 304:
                spider.count(source, "feeds_not_modified")
                log.debug("not modified since the last run: %s", request.url)
                if state is not None:
                    state.listing_not_modified(request.url)
            elif response.status == 200 and state is not None:
                state.listing_fetched(request.url, _header(response, b"ETag"),
                                      _header(response, b"Last-Modified"))
        elif kind is None:
            spider.count(source, "article_pages")  # continuation pages of split articles included
            if response.status in GONE and state is not None and "mercato_item" not in request.meta:
                # A removed article stays removed: do not ask for it again every night.
                state.record(request.url, source, f"gone:{response.status}")
        return response


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
