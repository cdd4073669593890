"""`mercato check-sources`: does each outlet's feed still work, and does extraction still read it?

One feed (or sitemap) and one article per outlet, fetched politely (robots.txt, our user agent),
so a user sees at once which outlet changed its layout or moved its feed.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
import urllib.robotparser
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin

from rich.table import Table

from mercato import settings as mercato_settings
from mercato.cleaning import clean_html
from mercato.feeds import FeedError, parse_feed, parse_sitemap
from mercato.registry import Source
from mercato.rumours import extract_rumours

__all__ = ["CheckResult", "check_all", "check_source", "render_checks"]

log = logging.getLogger(__name__)

MAX_BYTES = 4 * 1024 * 1024
ARTICLES_TRIED = 3


@dataclass
class CheckResult:
    """What one outlet gave: a problem is a short text in `error`, never an exception."""

    source: str
    listing_url: str | None = None
    entries: int = 0
    article_url: str | None = None
    title: str | None = None
    published: str | None = None
    text_chars: int = 0
    rumours: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _fetch(url: str, timeout: float) -> tuple[bytes, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": mercato_settings.USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read(MAX_BYTES), response.headers.get_content_charset()


def _allowed(url: str, timeout: float) -> bool:
    robots = urllib.robotparser.RobotFileParser()
    try:
        body, _ = _fetch(urljoin(url, "/robots.txt"), timeout)
    except (urllib.error.URLError, OSError, ValueError):
        return True  # no robots.txt: everything is allowed
    robots.parse(body.decode("utf-8", errors="replace").splitlines())
    return robots.can_fetch(mercato_settings.USER_AGENT, url)


def check_source(source: Source, timeout: float = 20.0) -> CheckResult:
    """Fetch the outlet's first listing and its first readable article (of the first three)."""
    result = CheckResult(source.name)
    listings = [(u, parse_feed) for u in source.feeds] + [(u, parse_sitemap) for u in source.sitemaps]
    if not listings:
        result.error = "no feed or sitemap to check"
        return result
    result.listing_url, parser = listings[0]
    try:
        body, _ = _fetch(result.listing_url, timeout)
        entries = [e for e in parser(body, result.listing_url) if source.allows(e.url) and not e.is_sitemap]
    except (urllib.error.URLError, OSError, ValueError, FeedError) as exc:
        result.error = f"listing: {exc}"
        return result
    result.entries = len(entries)
    if not entries:
        result.error = "listing has no article on the outlet's domains"
        return result
    cleaned = None
    for entry in entries[:ARTICLES_TRIED]:  # a video or gallery page first is no sign of breakage
        result.article_url = entry.url
        try:
            if not _allowed(entry.url, timeout):
                result.error = "article disallowed by robots.txt"
                continue
            html, charset = _fetch(entry.url, timeout)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            result.error = f"article: {exc}"
            continue
        cleaned = clean_html(html, entry.url, encoding=charset)
        if cleaned.article is not None:
            result.error = None
            break
        result.error = f"article dropped: {cleaned.drop_reason}"
    if cleaned is None or cleaned.article is None:
        return result
    art = cleaned.article
    result.title = art.title
    result.published = art.published.isoformat() if art.published else None
    result.text_chars = len(art.text)
    result.rumours = len(
        extract_rumours(art.text, title=art.title, publisher=source.title, published=art.published)
    )
    if not art.title or not art.published:
        result.error = "no " + ("title" if not art.title else "publication date")
    return result


def check_all(sources: list[Source], timeout: float = 20.0) -> list[CheckResult]:
    """Check outlets four at a time: each is a different server, so this is still polite."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda s: check_source(s, timeout), sources))


def render_checks(results: list[CheckResult]) -> Table:
    table = Table("source", "entries", "article", "title", "published", "chars", "rumours", "status")
    for r in results:
        table.add_row(r.source, str(r.entries), r.article_url or "", (r.title or "")[:50], r.published or "",
                      str(r.text_chars), str(r.rumours), "ok" if r.ok else f"[red]{r.error}[/red]")
    return table
