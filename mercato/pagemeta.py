"""Read what a downloaded page says about itself: JSON-LD, Open Graph, <meta>, <link rel>, the h1.

A publisher's own metadata (headline, dates, author, canonical URL, section, next page) beats any
extraction heuristic, and trafilatura works on a pruned copy that keeps little of it, so the cleaner
reads it here from the full lxml tree; mercato.cleaning re-exports the title, author and date helpers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from lxml.html import HtmlElement

from mercato.itdates import find_italian_date
from mercato.textnorm import normalize_inline

__all__ = ["PageMeta", "clean_author", "parse_date", "same_text", "strip_site_suffix"]

ROME = ZoneInfo("Europe/Rome")
ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
}
LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage"}
PUBLISHED_META = (
    "article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate",
    "publish-date", "date", "DC.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
)
OUTSIDE_TEXT = (
    "ancestor::script or ancestor::style or ancestor::noscript or ancestor::nav or ancestor::aside"
    " or ancestor::footer"
)
# Page chrome: a site banner is a <header> at the top of <body>, not an article's own header.
CHROME = (
    "ancestor::nav or ancestor::footer or ancestor::aside or "
    "ancestor::header[parent::body or @role='banner']"
)
REL = "contains(concat(' ', normalize-space(@rel), ' '), ' {} ')"
LISTING_LINK_SHARE = 0.5

TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|·|•|::|»)\s+")
SENTENCE_MARK = re.compile(r"[.!?]")
SENTENCE_END = re.compile(r"[.!?]\W*$")
NON_WORD = re.compile(r"\W+")
NON_ALNUM = re.compile(r"[^0-9a-z]")
LANG_SUBTAG = re.compile(r"[-_]")
AUTHOR_SEPARATOR = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*")
AUTHOR_PREFIX = re.compile(r"^(?:a cura di|scritto da|by)\s+", re.IGNORECASE)
AUTHOR_DI = re.compile(r"(?i)di\s+\S+\s+\S")
LETTER = re.compile(r"[^\W\d]")


def same_text(a: str, b: str) -> bool:
    """True when two strings differ only in case, spaces and punctuation."""
    return NON_WORD.sub("", a.casefold()) == NON_WORD.sub("", b.casefold())


def _site_key(text: str) -> str:
    return NON_ALNUM.sub("", text.casefold())


def strip_site_suffix(title: str, site_name: str | None, host: str | None, *, lenient: bool = False) -> str:
    """Remove " | Site" / " - Site" (or a "Site - " prefix) from a title.

    Strict mode removes only the site's own name (og:site_name or host); ``lenient`` (for a bare
    <title>) also drops a short tail after " | " or " - ", which is almost always the site.
    """
    host = (host or "").removeprefix("www.")
    keys = {_site_key(site_name or ""), _site_key(host), _site_key(host.rpartition(".")[0])} - {""}
    for _ in range(2):
        seps = list(TITLE_SEPARATOR.finditer(title))
        if not seps:
            break
        head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
        if _site_key(tail) in keys:
            title = head
        elif _site_key(title[: seps[0].start()]) in keys:
            title = title[seps[0].end() :]
        elif lenient and len(tail.split()) <= 5 and len(head.split()) >= 3 and not SENTENCE_MARK.search(tail):
            title = head
        else:
            break
    return title.strip()


def clean_author(raw: str) -> str | None:
    """Author without byline prefixes ("di ", "a cura di "), trailing dates or profile URLs."""
    author = AUTHOR_SEPARATOR.split(normalize_inline(raw))[0].strip(" ,;:")
    author = AUTHOR_PREFIX.sub("", author)
    if AUTHOR_DI.match(author):  # "di Mario Rossi" loses "di"; "Di Marzio" keeps it
        author = author[3:].lstrip()
    if not LETTER.search(author) or "://" in author or "@" in author or len(author) > 80:
        return None
    return author.title() if author.isupper() else author


def parse_date(value: object) -> date | None:
    """Day of an ISO-ish or Italian timestamp as it was in Italy; None if absent or in the future."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        stamp = datetime.fromisoformat(value.strip())
        day = stamp.astimezone(ROME).date() if stamp.tzinfo else stamp.date()
    except ValueError:
        day = find_italian_date(value)
    return day if day and day <= date.today() + timedelta(days=1) else None


def _walk_jsonld(item: Any) -> Iterator[dict[str, Any]]:
    if isinstance(item, list):
        for sub in item:
            yield from _walk_jsonld(sub)
    elif isinstance(item, dict):
        yield item
        yield from _walk_jsonld(item.get("@graph"))


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    raw = raw if isinstance(raw, list) else [raw]
    return {t.rsplit("/", 1)[-1].lower() for t in raw if isinstance(t, str)}


def _text(el: HtmlElement) -> str:
    return normalize_inline(el.text_content())


def _resolve(base: str, href: str | None) -> str | None:
    """Absolute http(s) URL for ``href`` relative to ``base``, or None."""
    if not href or not href.strip():
        return None
    absolute = urljoin(base, href.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


class PageMeta:
    """What the page says about itself, read from the full lxml tree of one page.

    It exists because structured metadata is the most reliable source for an article's title,
    date, author, canonical URL, section and next page, and because whether a page is typed as an
    article or looks like a listing decides if the cleaner keeps it at all. Never fetches anything.
    """

    def __init__(self, tree: HtmlElement, url: str) -> None:
        self.tree, self.url = tree, url
        self.nodes: list[dict[str, Any]] = []
        for script in tree.xpath("//script[@type='application/ld+json']"):
            raw = (script.text or "").strip().removeprefix("<!--").removesuffix("-->")
            try:
                self.nodes.extend(_walk_jsonld(json.loads(raw, strict=False)))
            except ValueError:
                continue
        self.ld_types = set().union(*(_types(n) for n in self.nodes))
        self.ld_article = next((n for n in self.nodes if _types(n) & ARTICLE_TYPES), {})
        self.og_type = (self.meta("og:type") or "").lower()
        self.typed_article = bool(self.ld_article or self.og_type == "article")
        self.typed_article = self.typed_article or bool(self.meta(*PUBLISHED_META[:2]))
        publisher = self.ld_article.get("publisher")
        publisher_name = publisher.get("name") if isinstance(publisher, dict) else None
        self.site_name = self.meta("og:site_name") or publisher_name
        self.host = urlsplit(url).hostname
        lang = (tree.get("lang") or tree.get("xml:lang") or "").lower()
        self.html_lang = LANG_SUBTAG.split(lang)[0] or None
        self.is_amp = tree.get("amp") is not None or tree.get("⚡") is not None or bool(
            tree.xpath("//script[contains(@src, 'cdn.ampproject.org')]")
        )
        self.h1, self.title = self._headline()

    def meta(self, *names: str) -> str | None:
        """Content of the first non-empty <meta> named (property, name or itemprop) ``names``."""
        for name in names:
            for el in self.tree.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
                if content := (el.get("content") or "").strip():
                    return content
        return None

    def _headline(self) -> tuple[HtmlElement | None, str | None]:
        """The visible h1 when it is a real headline, else JSON-LD headline, og:title, <title>."""
        hints = [strip_site_suffix(h, self.site_name, self.host) for h in
                 (self.ld_article.get("headline"), self.meta("og:title")) if isinstance(h, str) and h.strip()]
        keys = {_site_key(self.site_name or "")} - {""}
        h1s = [h for h in self.tree.iter("h1") if not h.xpath(CHROME)]
        h1s = [h for h in h1s if len(_text(h).split()) >= 3 and _site_key(_text(h)) not in keys]
        ranked = sorted(h1s, key=lambda h: (not any(same_text(_text(h), x) for x in hints),
                                            not h.xpath("ancestor::article or ancestor::main")))
        if ranked:
            return ranked[0], _text(ranked[0])
        if hints:
            return None, normalize_inline(hints[0])
        title = normalize_inline(self.tree.findtext(".//title") or "")
        return None, strip_site_suffix(title, self.site_name, self.host, lenient=True) or None

    def _scope(self) -> HtmlElement:
        if self.h1 is not None and (box := self.h1.xpath("ancestor::*[self::article or self::main][1]")):
            return box[0]
        articles = self.tree.xpath("//article")
        return articles[0] if len(articles) == 1 else self.tree

    def published(self) -> date | None:
        """Structured dates first (JSON-LD, meta, <time datetime>), then a date next to the h1."""
        for value in (self.ld_article.get("datePublished"), self.meta(*PUBLISHED_META)):
            if day := parse_date(value):
                return day
        scope = self._scope()
        times = scope.xpath(".//time[@datetime]") if scope is not self.tree or self.h1 is None else []
        times = times or (self.h1.xpath("following::time[@datetime]") if self.h1 is not None else [])
        for el in times:
            modified = "modif" in (el.get("itemprop") or "").lower() + (el.get("class") or "").lower()
            if not modified and (day := parse_date(el.get("datetime"))):
                return day
        return self.visible_date(anywhere=False)

    def visible_date(self, *, anywhere: bool) -> date | None:
        """A date line near the headline, else (``anywhere``) the first one after it.

        A date line is a short text node that is not a sentence ("di Mario Rossi - 16 novembre
        2025") or the start of a sentence ("MILANO, 16/11/2025 - Il Milan..."); a date inside
        running prose ("il 3 marzo ha firmato") is news, not the publication date.
        """
        offset, pos, lines = 0, -1, []
        for node in self._scope().xpath(f".//text()[not({OUTSIDE_TEXT})]"):
            if text := normalize_inline(node):
                if pos < 0 and (self._in_h1(node.getparent()) if self.h1 is not None else self.title in text):
                    pos = offset
                sentence = len(text) > 100 or SENTENCE_END.search(text)
                lines.append((offset, text[:40] if sentence else text))
                offset += len(text) + 1
        if pos < 0 and self.title and not anywhere:
            return None
        pos = max(pos, 0)
        low, high = (pos, offset) if anywhere else (pos - 300, pos + 600)
        return find_italian_date(" | ".join(line for at, line in lines if low <= at <= high))

    def _in_h1(self, element: HtmlElement | None) -> bool:
        return element is not None and (element is self.h1 or self.h1 in element.iterancestors())

    def author(self) -> str | None:
        """JSON-LD authors that are people, else the author <meta>."""
        raw = self.ld_article.get("author")
        people = [a for a in (raw if isinstance(raw, list) else [raw]) if a]
        names = [a if isinstance(a, str) else a.get("name") for a in people
                 if isinstance(a, str) or (isinstance(a, dict) and "organization" not in _types(a))]
        names = [n for n in (clean_author(n) for n in names if isinstance(n, str)) if n]
        return ", ".join(dict.fromkeys(names)) or clean_author(self.meta("author", "article:author") or "")

    def section(self) -> str | None:
        """article:section or articleSection, else the last breadcrumb that is not home or the title."""
        section = self.meta("article:section") or self.ld_article.get("articleSection")
        section = section[0] if isinstance(section, list) and section else section
        if isinstance(section, str) and section.strip():
            return section.strip()
        crumbs = [_text(a) for a in self.tree.xpath(
            "//*[contains(@class, 'breadcrumb') or contains(@itemtype, 'BreadcrumbList')]//a")]
        for node in self.nodes:
            if "breadcrumblist" in _types(node) and isinstance(node.get("itemListElement"), list):
                items = [i for i in node["itemListElement"] if isinstance(i, dict)]
                crumbs = [i.get("name") or (i.get("item") or {}).get("name") for i in items]
        crumbs = [c for c in crumbs if isinstance(c, str) and c.strip() and c.lower() != "home"]
        crumbs = [c for c in crumbs if not (self.title and same_text(c, self.title))]
        return crumbs[-1].strip() if crumbs else None

    def canonical_url(self) -> str:
        """rel=canonical, else og:url, resolved; ignored when it points home from an inner page."""
        href = next(iter(self.tree.xpath(f"//link[{REL.format('canonical')}]/@href")), None)
        entity = self.ld_article.get("mainEntityOfPage") or self.ld_article.get("url")
        entity = entity.get("@id") if isinstance(entity, dict) else entity
        entity = entity if isinstance(entity, str) else None
        canonical = _resolve(self.url, href or self.meta("og:url") or entity)
        home = urlsplit(canonical or "").path in ("", "/") and urlsplit(self.url).path not in ("", "/")
        if canonical is None or home:
            return self.url
        return canonical

    def next_page_url(self) -> str | None:
        """Next page of a split article: <link rel=next> only (themes put rel=next on "next story")."""
        hrefs = self.tree.xpath(f"//link[{REL.format('next')}]/@href")
        nxt = _resolve(self.url, next(iter(hrefs), None))
        return nxt if nxt not in (None, self.url, self.canonical_url()) else None

    def looks_like_listing(self) -> bool:
        """Listing types in JSON-LD, a column of teasers, or a body that is mostly links."""
        if self.ld_types & LISTING_TYPES:
            return True
        headings = "//*[self::h2 or self::h3 or self::h4][.//a or ancestor::a]"
        teasers = len(self.tree.xpath("//article")), len(self.tree.xpath(headings))
        if teasers[0] >= 4 or teasers[1] >= 5:
            return True
        body = self.tree.find("body")
        if body is None:
            return False
        total = sum(len(t.strip()) for t in body.xpath(".//text()[not(ancestor::script or ancestor::style)]"))
        linked = sum(len(t.strip()) for t in body.xpath(".//a//text()"))
        return total > 0 and linked / total >= LISTING_LINK_SHARE
