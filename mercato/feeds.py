"""Feed and news-sitemap parsing as pure functions, so they are testable without a crawler.

RSS 2.0, RSS 1.0 (RDF) and Atom feeds; sitemap indexes and urlsets with lastmod and the
Google News extension. Broken XML gives an empty result and a reason, never an exception.
"""

from __future__ import annotations

import datetime as dt
import gzip
import logging
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from lxml import etree

__all__ = ["Entry", "FeedError", "parse_feed", "parse_sitemap", "parse_when"]

log = logging.getLogger(__name__)

MAX_XML_BYTES = 20 * 1024 * 1024


class FeedError(ValueError):
    """The document is not a feed or sitemap we can read."""


@dataclass(frozen=True, slots=True)
class Entry:
    """A link announced by a feed or sitemap, with the date it claims (UTC) if any."""

    url: str
    title: str | None = None
    when: dt.datetime | None = None
    is_sitemap: bool = False  # a child sitemap of a sitemap index


def parse_when(value: str | None) -> dt.datetime | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, sitemaps) as an aware UTC datetime; junk gives None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


def _root(body: bytes) -> etree._Element:
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)[:MAX_XML_BYTES]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body.strip(), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not XML: {exc}") from None
    if root is None:
        raise FeedError("not XML: empty document")
    return root


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(el: etree._Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def parse_feed(body: bytes, base_url: str) -> list[Entry]:
    """Entries of an RSS or Atom feed, in document order, with links resolved against base_url."""
    root = _root(body)
    entries: list[Entry] = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("item", "entry"):
            continue
        link = None
        for child in el:
            if _local(child.tag) != "link":
                continue
            href = child.get("href")
            rel = child.get("rel", "alternate")
            if href and rel == "alternate":
                link = href.strip()
                break
            if not href and (child.text or "").strip():
                link = child.text.strip()
                break
        link = link or _child_text(el, "guid", "id")
        if not link or not link.startswith(("http", "/")):
            continue
        when = parse_when(_child_text(el, "pubdate", "published", "updated", "date"))
        entries.append(Entry(urljoin(base_url, link), _child_text(el, "title"), when))
    if not entries and _local(root.tag) not in ("rss", "feed", "rdf", "channel"):
        raise FeedError(f"not a feed: root element <{_local(root.tag)}>")
    return entries


def parse_sitemap(body: bytes, base_url: str) -> list[Entry]:
    """URLs of a sitemap (news extension understood) or child sitemaps of a sitemap index."""
    root = _root(body)
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise FeedError(f"not a sitemap: root element <{kind}>")
    entries = []
    for el in root:
        if _local(el.tag) not in ("url", "sitemap"):
            continue
        loc = _child_text(el, "loc")
        if not loc:
            continue
        when = parse_when(_child_text(el, "lastmod"))
        title = None
        for sub in el.iter():
            name = _local(sub.tag)
            if name == "publication_date" and when is None:
                when = parse_when(sub.text)
            elif name == "title" and sub.text:
                title = sub.text.strip()
        entries.append(Entry(urljoin(base_url, loc), title, when, is_sitemap=kind == "sitemapindex"))
    return entries
