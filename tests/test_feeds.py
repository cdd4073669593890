"""Feed and sitemap parsing without a crawler: the formats outlets really publish, and junk."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from mercato.feeds import FeedError, parse_feed, parse_sitemap, parse_when

RSS = b"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Il Mercatino</title>
<item><title>Gila, il Milan c'\xe8</title><link>https://m.example/a.html?utm_source=rss</link>
<pubDate>Sun, 16 Nov 2025 18:42:00 +0100</pubDate></item>
<item><title>Senza link</title><guid isPermaLink="false">abc123</guid></item>
<item><title>Relativo</title><link>/b.html</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Calcio Oggi</title>
<entry><title>Tomori rinnova</title><link rel="alternate" href="https://c.example/t.html"/>
<link rel="amphtml" href="https://c.example/amp/t.html"/><updated>2025-11-16T10:00:00Z</updated></entry>
</feed>"""

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://c.example/x.html</loc><news:news><news:publication_date>2025-11-15T08:00:00+01:00</news:publication_date>
<news:title>Kristensen piace</news:title></news:news></url>
<url><loc>https://c.example/y.html</loc><lastmod>2025-11-14</lastmod></url>
</urlset>"""

INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://c.example/sitemap-1.xml</loc><lastmod>2025-11-16</lastmod></sitemap></sitemapindex>"""


def test_rss_latin1_links_and_dates() -> None:
    entries = parse_feed(RSS, "https://m.example/feed.xml")
    assert [e.url for e in entries] == ["https://m.example/a.html?utm_source=rss", "https://m.example/b.html"]
    assert entries[0].title == "Gila, il Milan c'è"
    assert entries[0].when == dt.datetime(2025, 11, 16, 17, 42, tzinfo=dt.UTC)


def test_atom_prefers_alternate_link() -> None:
    (entry,) = parse_feed(ATOM, "https://c.example/feed")
    assert entry.url == "https://c.example/t.html"
    assert entry.when == dt.datetime(2025, 11, 16, 10, tzinfo=dt.UTC)


def test_news_sitemap_and_gzip() -> None:
    entries = parse_sitemap(gzip.compress(SITEMAP), "https://c.example/sitemap.xml")
    assert [e.url for e in entries] == ["https://c.example/x.html", "https://c.example/y.html"]
    assert entries[0].title == "Kristensen piace"
    assert entries[0].when == dt.datetime(2025, 11, 15, 7, tzinfo=dt.UTC)
    assert entries[1].when == dt.datetime(2025, 11, 14, tzinfo=dt.UTC)


def test_sitemap_index_children() -> None:
    (child,) = parse_sitemap(INDEX, "https://c.example/sitemap.xml")
    assert child.is_sitemap and child.url.endswith("sitemap-1.xml")


@pytest.mark.parametrize("body", [b"", b"<html><body>not a feed</body></html>", b"\x00\x01garbage"])
def test_junk_raises_feed_error(body: bytes) -> None:
    with pytest.raises(FeedError):
        parse_sitemap(body, "https://x.example/")
    with pytest.raises(FeedError):
        parse_feed(body, "https://x.example/")


def test_parse_when_junk() -> None:
    assert parse_when("ieri sera") is None
    assert parse_when(None) is None
