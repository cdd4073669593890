"""Canonical URLs: every tracking, AMP and mobile variant of one article gives one key."""

from __future__ import annotations

import pytest

from mercato.dedup.urls import canonical_url, same_site, site_of

ARTICLE = "https://calciomercato.com/news/milan-gila-lazio-123"


@pytest.mark.parametrize(
    "variant",
    [
        ARTICLE,
        "HTTPS://CalcioMercato.COM/news/milan-gila-lazio-123",
        "http://calciomercato.com:80/news/milan-gila-lazio-123",
        "https://calciomercato.com:443/news/milan-gila-lazio-123/",
        "https://www.calciomercato.com/news/milan-gila-lazio-123",
        "https://m.calciomercato.com/news/milan-gila-lazio-123",
        "https://amp.calciomercato.com/news/milan-gila-lazio-123",
        "https://calciomercato.com/news/milan-gila-lazio-123#commenti",
        "https://calciomercato.com/news/milan-gila-lazio-123?utm_source=fb&utm_medium=social",
        "https://calciomercato.com/news/milan-gila-lazio-123?fbclid=IwAR0abc&gclid=xyz&ref=home",
        "https://calciomercato.com/news/milan-gila-lazio-123?amp=1",
        "https://calciomercato.com/news/milan-gila-lazio-123?amp",
        "https://calciomercato.com/news/milan-gila-lazio-123?outputType=amp",
        "https://calciomercato.com/amp/news/milan-gila-lazio-123",
        "https://calciomercato.com/news/milan-gila-lazio-123/amp/",
        "https://calciomercato.com/news//milan-gila-lazio-123",
        "  https://calciomercato.com/news/milan-gila-lazio-123\n",
    ],
)
def test_variants_share_one_key(variant: str) -> None:
    assert canonical_url(variant) == ARTICLE


def test_amp_html_suffix() -> None:
    assert canonical_url("https://www.tuttomercatoweb.com/serie-a/gila.amp.html") == \
        "https://tuttomercatoweb.com/serie-a/gila.html"


def test_meaningful_query_is_kept_and_sorted() -> None:
    assert canonical_url("https://sito.it/articolo.php?page=2&id=77&utm_campaign=x") == \
        "https://sito.it/articolo.php?id=77&page=2"
    assert canonical_url("https://sito.it/a?output=json") == "https://sito.it/a?output=json"


def test_root_keeps_its_slash() -> None:
    assert canonical_url("https://www.sito.it") == "https://sito.it/"
    assert canonical_url("https://www.sito.it/") == "https://sito.it/"


def test_path_case_is_kept_and_escapes_upper_cased() -> None:
    assert canonical_url("https://sito.it/News/Caf%c3%a8") == "https://sito.it/News/Caf%C3%A8"


def test_other_port_is_kept() -> None:
    assert canonical_url("http://127.0.0.1:8123/outlet/a/") == "https://127.0.0.1:8123/outlet/a"


def test_declared_canonical_on_same_site_wins() -> None:
    fetched = "https://m.calciomercato.com/news/12345?utm_source=rss"
    declared = "https://www.calciomercato.com/news/milan-gila-lazio-123"
    assert canonical_url(fetched, declared) == ARTICLE


def test_relative_declared_canonical() -> None:
    assert canonical_url("https://sito.it/a/b/amp/", "/a/b") == "https://sito.it/a/b"


def test_declared_canonical_on_another_site_is_ignored() -> None:
    """A syndicated copy may declare the original outlet's URL: both articles must stay."""
    fetched = "https://partner.it/sport/gila-milan"
    assert canonical_url(fetched, ARTICLE) == "https://partner.it/sport/gila-milan"


def test_junk_declared_canonical_is_ignored() -> None:
    assert canonical_url(ARTICLE, "   ") == ARTICLE
    assert canonical_url(ARTICLE, "javascript:void(0)") == ARTICLE


def test_non_http_urls_pass_through() -> None:
    assert canonical_url("file:///tmp/articolo.html") == "file:///tmp/articolo.html"


def test_site_of() -> None:
    assert site_of("https://m.calciomercato.com/x") == "calciomercato.com"
    assert site_of("https://sport.sky.it/calciomercato") == "sky.it"
    assert site_of("https://www.bbc.co.uk/sport") == "bbc.co.uk"
    assert same_site("https://amp.sito.it/a", "http://www.sito.it/b")
    assert not same_site("https://sito.it/a", "https://altro.it/a")
