"""Build the bundled *demo press*: a small fictional Italian sports press.

The article texts, their gold transfer rumours and the special pages live in TOML files next
to this script (``articles/*.toml``, ``pages.toml``, ``additions.toml``).  This script renders
them with four deliberately different outlet templates and writes, deterministically:

* the web root ``data/demo/`` (outlet pages, AMP twin, split page, feeds, news sitemaps,
  ``robots.txt``, home pages, ``MANIFEST.json``);
* the expected extraction fixtures ``tests/fixtures/demo_expected/``;
* the incremental-crawl overlay ``tests/fixtures/demo_additions/`` and its expected
  fixtures ``tests/fixtures/demo_additions_expected/``.

Absolute URLs use the placeholders ``{{BASE}}`` and ``{{OFFSITE}}``, which the demo server
replaces when it serves a file.  Run with ``python data/demo/_build/build.py`` (standard
library only); add ``--check`` to validate the output afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import html
import json
import re
import shutil
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

BUILD_DIR = Path(__file__).resolve().parent
DEMO = BUILD_DIR.parent
REPO = DEMO.parent.parent
EXPECTED = REPO / "tests" / "fixtures" / "demo_expected"
ADDITIONS = REPO / "tests" / "fixtures" / "demo_additions"
ADDITIONS_EXPECTED = REPO / "tests" / "fixtures" / "demo_additions_expected"

BASE = "{{BASE}}"
OFFSITE = "{{OFFSITE}}"

MONTHS_IT = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
).split()

DEALS = {"transfer", "loan", "loan_option", "loan_obligation", "renewal", "free", "swap", "unknown"}
STAGES = {"interest", "negotiation", "agreement", "medical", "official", "collapsed"}
CLUBS = {
    "Milan", "Inter", "Juventus", "Napoli", "Roma", "Lazio", "Atalanta", "Fiorentina", "Bologna",
    "Torino", "Udinese", "Genoa", "Cagliari", "Lecce", "Parma", "Como", "Verona", "Sassuolo",
    "Cremonese", "Pisa", "Bayern Monaco", "Real Madrid", "Barcellona", "Atletico Madrid", "Siviglia",
    "PSG", "Manchester United", "Manchester City", "Liverpool", "Chelsea", "Arsenal", "Tottenham",
    "Newcastle", "Borussia Dortmund", "Bayer Leverkusen", "RB Lipsia", "Marsiglia", "Lione", "Benfica",
    "Porto", "Sporting Lisbona", "Ajax", "PSV", "Feyenoord", "Galatasaray", "Fenerbahce",
    "West Ham", "Crystal Palace",
}  # fmt: skip

#: Characters a reader sees that the fixtures normalise (typographic apostrophes and quotes).
NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "«": '"', "»": '"'})


# --------------------------------------------------------------------------------------------
# Data model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    """One fictional outlet and the traits of its template."""

    slug: str
    name: str
    feed_format: str  # "rss" | "atom"
    encoding: str  # "utf-8" | "iso-8859-1"
    quotes: str  # "smart" (’ “ ”) | "guillemets" (« »)
    tagline: str

    @property
    def feed(self) -> str:
        """Path of the outlet's feed."""
        return f"/{self.slug}/feed.xml"

    @property
    def sitemap(self) -> str:
        """Path of the outlet's Google news sitemap."""
        return f"/{self.slug}/sitemap-news.xml"


OUTLETS: dict[str, Outlet] = {
    o.slug: o
    for o in (
        Outlet(
            "il-mercatino", "Il Mercatino", "rss", "utf-8", "smart", "Tutte le trattative, minuto per minuto"
        ),
        Outlet(
            "calcio-oggi",
            "Calcio Oggi",
            "atom",
            "utf-8",
            "guillemets",
            "Il calcio di oggi, le notizie di domani",
        ),
        Outlet(
            "radio-rossonera",
            "Radio Rossonera",
            "rss",
            "iso-8859-1",
            "guillemets",
            "La voce del tifo milanista dal 2003",
        ),
        Outlet(
            "gazzettino-sport",
            "Gazzettino dello Sport",
            "rss",
            "utf-8",
            "smart",
            "Il quotidiano sportivo del Nord",
        ),
    )
}


@dataclass
class Article:
    """A real article (its text, metadata, gold rumours and how it is listed)."""

    outlet: str
    slug: str
    section: str
    title: str
    published: dt.datetime
    author: str | None
    caption: str
    credit: str
    paragraphs: list[str]
    rumours: list[dict[str, Any]]
    never_players: list[str]
    tags: list[str]
    listed: str = "both"  # "both" | "feed" | "sitemap"
    amp: bool = False
    utm: bool = False
    split_at: int = 0
    syndicated: str | None = None
    updated: dt.datetime | None = None

    @property
    def id(self) -> str:
        """Gold identifier ``<outlet>__<slug>``."""
        return f"{self.outlet}__{self.slug}"

    @property
    def path(self) -> str:
        """URL path of the (first page of the) article."""
        if self.outlet == "calcio-oggi":
            return f"/calcio-oggi/notizie/{self.published:%Y/%m}/{self.slug}.html"
        if self.outlet == "radio-rossonera":
            return f"/radio-rossonera/news/{self.slug}.html"
        return f"/{self.outlet}/{self.section}/{self.slug}.html"

    @property
    def page2_path(self) -> str:
        """URL path of the second page of a split article."""
        return self.path.removesuffix(".html") + "-2.html"

    @property
    def amp_path(self) -> str:
        """URL path of the AMP twin."""
        return f"/{self.outlet}/amp/{self.slug}.html"

    @property
    def feed_path(self) -> str:
        """The path the feed links to (the AMP twin when there is one)."""
        return self.amp_path if self.amp else self.path

    @property
    def in_feed(self) -> bool:
        """Whether the article's link appears in the outlet feed."""
        return self.listed in {"both", "feed"}

    @property
    def in_sitemap(self) -> bool:
        """Whether the canonical URL appears in the outlet news sitemap."""
        return self.listed in {"both", "sitemap"}

    @property
    def text(self) -> str:
        """Whole body as plain text (normalised quotes), paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def modified(self) -> dt.datetime:
        """Last modification time (``updated`` or ``published``)."""
        return self.updated or self.published


@dataclass
class Page:
    """A non-article page listed in a feed or sitemap (or an intentionally missing one)."""

    outlet: str
    kind: str  # listing | non_italian | empty | missing_404 | offsite
    path: str
    title: str
    published: dt.datetime
    listed: str
    paragraphs: list[str] = field(default_factory=list)
    caption: str = ""
    tag: str = ""

    @property
    def url(self) -> str:
        """Absolute URL with placeholder host (offsite pages use ``{{OFFSITE}}``)."""
        return (OFFSITE if self.kind == "offsite" else BASE) + self.path


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def _paragraphs(body: str) -> list[str]:
    """Split a TOML body into paragraphs, joining wrapped lines with single spaces."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", body.strip()) if block.strip()]


RUMOUR_KEYS = (
    "player", "from_club", "to_club", "deal", "stage",
    "fee_eur", "bonus_eur", "contract_until", "cited_outlets",
)  # fmt: skip


def normalise_rumour(raw: dict[str, Any]) -> dict[str, Any]:
    """Order a gold rumour's keys; ``from_club`` is always present (``None`` for a free agent)."""
    out: dict[str, Any] = {"player": raw["player"], "from_club": raw.get("from_club")}
    out.update({k: raw[k] for k in RUMOUR_KEYS[2:] if k in raw})
    out.update({k: v for k, v in raw.items() if k not in out})
    return out


def load_articles(path: Path) -> list[Article]:
    """Read the ``[[article]]`` tables of one TOML file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    outlet = data["outlet"]
    out = []
    for raw in data["article"]:
        out.append(
            Article(
                outlet=outlet,
                slug=raw["slug"],
                section=raw.get("section", "calciomercato"),
                title=raw["title"],
                published=raw["published"],
                author=raw.get("author") or None,
                caption=raw["caption"],
                credit=raw.get("credit", "LaPresse"),
                paragraphs=_paragraphs(raw["body"]),
                rumours=[normalise_rumour(r) for r in raw.get("rumours", [])],
                never_players=list(raw.get("never", [])),
                tags=list(raw.get("tags", [])),
                listed=raw.get("listed", "both"),
                amp=raw.get("amp", False),
                utm=raw.get("utm", False),
                split_at=raw.get("split_at", 0),
                syndicated=raw.get("syndicated") or None,
                updated=raw.get("updated"),
            )
        )
    return out


def load_pages(path: Path) -> list[Page]:
    """Read the special (non-article) pages."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Page(
            outlet=raw["outlet"],
            kind=raw["kind"],
            path=raw["path"],
            title=raw["title"],
            published=raw["published"],
            listed=raw.get("listed", "feed"),
            paragraphs=_paragraphs(raw.get("body", "")),
            caption=raw.get("caption", ""),
            tag=raw.get("tag", ""),
        )
        for raw in data["page"]
    ]


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def typeset(text: str, style: str) -> str:
    """Apply an outlet's typography: ASCII quotes become “ ” / « », apostrophes ’ (smart only)."""
    out: list[str] = []
    opening = True
    for ch in text:
        if ch == '"':
            if style == "smart":
                out.append("\u201c" if opening else "\u201d")
            else:
                out.append("«" if opening else "»")
            opening = not opening
        elif ch == "'" and style == "smart":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)


def esc(text: str) -> str:
    """Escape text content."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Escape an attribute value."""
    return html.escape(text, quote=True)


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (period/!/? followed by a capitalised word)."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r'[.!?]"?(?=\s+"?[A-ZÀÈÉÌÒÙ])', paragraph):
        out.append(paragraph[start : m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


def teaser(text: str, limit: int = 160, ellipsis: str = "…") -> str:
    """Cut text at a word boundary for feed descriptions and listing teasers."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + ellipsis


def it_date(when: dt.datetime) -> str:
    """Italian long date: ``16 novembre 2025, ore 18:42``."""
    return f"{when.day} {MONTHS_IT[when.month - 1]} {when.year}, ore {when:%H:%M}"


def rfc822(when: dt.datetime) -> str:
    """RSS date."""
    return email.utils.format_datetime(when)


def iso(when: dt.datetime) -> str:
    """ISO 8601 with offset."""
    return when.isoformat()


def pick(pool: list[str], seed: str, count: int) -> list[str]:
    """Deterministically pick ``count`` distinct items from ``pool`` based on ``seed``."""
    start = sum(ord(c) for c in seed) % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(count)]


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

COMMENTS: dict[str, list[tuple[str, str]]] = {
    "il-mercatino": [
        ("forzamilan82", "Finalmente un po' di movimento, speriamo che la società chiuda in fretta."),
        ("Ciro_dal_1926", "Troppi soldi per un giocatore che non ha mai vinto niente, io non lo prenderei."),
        ("laziale_doc", "Ogni anno le stesse voci e poi a gennaio non arriva nessuno."),
        (
            "bianconero_vero",
            "Chi ha scritto questo articolo non segue il calcio da vicino, mi sembra evidente.",
        ),
        ("TifosoDelSud", "Mercato di riparazione inutile, servono idee chiare e un progetto serio."),
    ],
    "gazzettino-sport": [
        ("Gianni1970", "Articolo interessante, vedremo a gennaio chi avrà ragione."),
        ("marta.b", "La solita telenovela di mercato, ormai non ci credo più."),
        ("UltimoStadio", "Io terrei tutti e punterei sui giovani del vivaio."),
        ("pensierolibero", "Con questi prezzi il calcio italiano non va da nessuna parte."),
    ],
}


def leggi_anche_target(article: Article, siblings: list[Article], offset: int = 1) -> Article:
    """Choose a deterministic related article of the same outlet."""
    others = [a for a in siblings if a.slug != article.slug]
    idx = sum(ord(c) for c in article.slug) % len(others)
    return others[(idx + offset) % len(others)]


def related(article: Article, siblings: list[Article], count: int = 3) -> list[Article]:
    """A few other articles of the same outlet (deterministic)."""
    others = [a for a in siblings if a.slug != article.slug]
    start = sum(ord(c) for c in article.slug) % len(others)
    return [others[(start + 2 + i * 3) % len(others)] for i in range(min(count, len(others)))]


def paragraph_html(text: str, style: str) -> str:
    """One body paragraph as HTML."""
    return f"<p>{esc(typeset(text, style))}</p>"


# --- Il Mercatino: modern blog template, JSON-LD, title suffix, comments, AMP twin ---------


def render_mercatino(article: Article, siblings: list[Article]) -> str:
    """Render an Il Mercatino article page (UTF-8, JSON-LD NewsArticle)."""
    outlet = OUTLETS[article.outlet]
    st = outlet.quotes
    title = typeset(article.title, st)
    url = BASE + article.path
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": teaser(typeset(article.paragraphs[0], st)),
        "image": [f"{BASE}/static/foto.svg"],
        "datePublished": iso(article.published),
        "dateModified": iso(article.modified),
        "author": {"@type": "Person", "name": article.author} if article.author else None,
        "publisher": {
            "@type": "Organization",
            "name": outlet.name,
            "logo": {"@type": "ImageObject", "url": f"{BASE}/static/foto.svg"},
        },
        "articleSection": article.section.replace("-", " ").title(),
        "keywords": ", ".join(article.tags),
        "inLanguage": "it-IT",
    }
    ld = {k: v for k, v in ld.items() if v is not None}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=2).replace("</", "<\\/")
    body: list[str] = []
    also = leggi_anche_target(article, siblings)
    for i, par in enumerate(article.paragraphs):
        body.append(paragraph_html(par, st))
        if i == 1 and len(article.paragraphs) > 3:
            body.append(
                '<aside class="leggi-anche"><strong>LEGGI ANCHE</strong> '
                f'<a href="{BASE}{also.path}">{esc(typeset(also.title, st))}</a></aside>'
            )
    body.append('<p class="copyright">© RIPRODUZIONE RISERVATA</p>')
    rel = "\n".join(
        f'      <li><a href="{BASE}{r.path}">{esc(typeset(r.title, st))}</a></li>'
        for r in related(article, siblings)
    )
    comments = pick(COMMENTS["il-mercatino"], article.slug, 2 + len(article.slug) % 2)
    comments_html = "\n".join(
        f'      <div class="comment"><span class="user">{esc(u)}</span> <span class="when">2 ore fa</span>'
        f'<p>{esc(typeset(c, st))}</p><a class="reply" href="#comments">Rispondi</a></div>'
        for u, c in comments
    )
    amp_link = f'\n<link rel="amphtml" href="{BASE}{article.amp_path}">' if article.amp else ""
    byline = (
        f'di <a class="author-link" href="{BASE}/il-mercatino/">{esc(article.author)}</a> · '
        if article.author
        else ""
    )
    tags = " ".join(f'<a href="{BASE}/il-mercatino/" rel="tag">{esc(t)}</a>' for t in article.tags)
    share_url = attr(url)
    section_label = esc(article.section.replace("-", " ").title())
    return f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {outlet.name}</title>
<meta name="description" content="{attr(teaser(typeset(article.paragraphs[0], st)))}">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">{amp_link}
<link rel="alternate" type="application/rss+xml" title="{outlet.name} - Feed RSS" href="{BASE}{outlet.feed}">
<script type="application/ld+json">
{ld_json}
</script>
<style>
body{{font-family:Georgia,serif;margin:0;background:#fafafa}}
.site-header{{background:#0b3d2e;color:#fff;padding:8px 16px}}
.cookie-banner{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:12px}}
.adv{{text-align:center;color:#999;font-size:11px;min-height:90px}}
.leggi-anche{{border-left:4px solid #0b3d2e;padding:6px 10px;margin:16px 0;background:#eef5f1}}
</style>
</head>
<body class="single single-post">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Informativa">
  <p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione propri e di terze
  parti per offrirti pubblicità in linea con le tue preferenze. Puoi leggere la nostra
  <a href="{BASE}/il-mercatino/">cookie policy</a>.</p>
  <button type="button" class="accept">Accetta tutti</button>
    <button type="button" class="reject">Rifiuta</button>
</div>
<header class="site-header">
  <a class="logo" href="{BASE}/il-mercatino/">Il Mercatino</a>
  <span class="tagline">{esc(outlet.tagline)}</span>
  <nav class="main-nav">
    <ul>
      <li><a href="{BASE}/il-mercatino/">Home</a></li>
      <li><a href="{BASE}/il-mercatino/#calciomercato">Calciomercato</a></li>
      <li><a href="{BASE}/il-mercatino/#serie-a">Serie A</a></li>
      <li><a href="{BASE}/il-mercatino/#trattative">Trattative live</a></li>
      <li><a href="{BASE}/il-mercatino/#ufficiali">Ufficiali</a></li>
    </ul>
  </nav>
</header>
<div class="adv adv-top" data-slot="leaderboard">Pubblicità</div>
<main class="container">
  <article class="post">
    <p class="kicker"><a href="{BASE}/il-mercatino/#{article.section}">{section_label}</a></p>
    <h1 class="post-title">{esc(title)}</h1>
    <div class="post-meta">{byline}<span class="date">{article.published:%d/%m/%Y %H:%M}</span></div>
    <div class="share-top">Condividi:
      <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}">Facebook</a>
      <a href="https://twitter.com/intent/tweet?url={share_url}">X</a>
      <a href="https://api.whatsapp.com/send?text={share_url}">WhatsApp</a>
    </div>
    <figure class="post-thumbnail">
      <img src="{BASE}/static/foto.svg" alt="{attr(typeset(article.caption, st))}" width="800" height="450">
      <figcaption>{esc(typeset(article.caption, st))} (Foto: {esc(article.credit)})</figcaption>
    </figure>
    <div class="post-body">
{chr(10).join("      " + b for b in body)}
    </div>
    <div class="post-tags">Tag: {tags}</div>
  </article>
  <div class="adv adv-middle" data-slot="box">Pubblicità</div>
  <section class="related-posts">
    <h3>Potrebbero interessarti</h3>
    <ul>
{rel}
    </ul>
  </section>
  <section id="comments" class="comments">
    <h3>Commenti ({len(comments)})</h3>
{comments_html}
    <form class="comment-form"><textarea name="c" placeholder="Scrivi un commento..."></textarea>
    <button type="submit">Pubblica</button></form>
  </section>
</main>
<footer class="site-footer">
  <p>© 2025 Il Mercatino Srl – P.IVA 01234567890 – Testata giornalistica fittizia.
  <a href="{BASE}/il-mercatino/">Privacy</a> · <a href="{BASE}/il-mercatino/">Cookie policy</a> ·
  <a href="{BASE}/il-mercatino/">Chi siamo</a></p>
</footer>
</body>
</html>
"""


AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
    "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
    "animation:none}</style></noscript>"
)


def render_mercatino_amp(article: Article) -> str:
    """Render the AMP twin of an Il Mercatino article."""
    outlet = OUTLETS[article.outlet]
    st = outlet.quotes
    title = typeset(article.title, st)
    body = "\n".join("    " + paragraph_html(p, st) for p in article.paragraphs)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": iso(article.published),
        "dateModified": iso(article.modified),
        "author": {"@type": "Person", "name": article.author},
        "publisher": {"@type": "Organization", "name": outlet.name},
    }
    ld_json = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!doctype html>
<html ⚡ lang="it">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(title)} | {outlet.name}</title>
<link rel="canonical" href="{BASE}{article.path}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{ld_json}</script>
{AMP_BOILERPLATE}
<style amp-custom>body{{font-family:sans-serif;padding:0 12px}}header{{background:#0b3d2e;color:#fff}}</style>
</head>
<body>
<header><a href="{BASE}/il-mercatino/">Il Mercatino</a></header>
<article>
  <h1>{esc(title)}</h1>
  <p class="byline">di {esc(article.author or "")} – {article.published:%d/%m/%Y %H:%M}</p>
  <amp-img src="{BASE}/static/foto.svg" width="800" height="450" layout="responsive"
    alt="{attr(typeset(article.caption, st))}"></amp-img>
  <div class="body">
{body}
    <p class="copyright">© RIPRODUZIONE RISERVATA</p>
  </div>
</article>
<footer><a href="{BASE}{article.path}">Versione completa</a> · © 2025 Il Mercatino Srl</footer>
</body>
</html>
"""


# --- Calcio Oggi: HTML5 + sidebar, only og:/article: meta, meta author ---------------------


def render_calcio_oggi(article: Article, siblings: list[Article]) -> str:
    """Render a Calcio Oggi article page (UTF-8, Open Graph only, no JSON-LD)."""
    outlet = OUTLETS[article.outlet]
    st = outlet.quotes
    title = typeset(article.title, st)
    url = BASE + article.path
    paras = [paragraph_html(p, st) for p in article.paragraphs]
    mid = min(2, len(paras) - 1)
    paras.insert(mid, '<div class="ad-slot ad-inread" aria-hidden="true"><span>ADV</span></div>')
    figure = (
        '<figure class="wp-block-image">'
        f'<img src="{BASE}/static/foto.svg" alt="" loading="lazy">'
        f"<figcaption>{esc(typeset(article.caption, st))} – Foto {esc(article.credit)}</figcaption></figure>"
    )
    rel = related(article, siblings, 3)
    minutes = max(1, len(article.text.split()) // 200)
    most_read = related(article, siblings, 5)
    most_read_html = "\n".join(
        f'        <li><a href="{BASE}{r.path}">{esc(typeset(r.title, st))}</a></li>' for r in most_read
    )
    author_meta = f'\n<meta name="author" content="{attr(article.author)}">' if article.author else ""
    byline = f'<span class="byline-name">{esc(article.author)}</span> · ' if article.author else ""
    section_label = {"calciomercato": "Calciomercato", "serie-a": "Serie A"}.get(article.section, "Notizie")
    tags = "".join(f'<li><a href="{BASE}/calcio-oggi/#tag">{esc(t)}</a></li>' for t in article.tags)
    return f"""<!doctype html>
<html lang="it-IT">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {outlet.name}</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{attr(teaser(typeset(article.paragraphs[0], st)))}">{author_meta}
<meta property="og:locale" content="it_IT">
<meta property="og:site_name" content="{outlet.name}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(teaser(typeset(article.paragraphs[0], st)))}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{BASE}/static/foto.svg">
<meta property="article:published_time" content="{iso(article.published)}">
<meta property="article:modified_time" content="{iso(article.modified)}">
<meta property="article:section" content="{section_label}">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/atom+xml" title="{outlet.name}" href="{BASE}{outlet.feed}">
</head>
<body class="post-template-default single">
<header class="masthead">
  <div class="top-bar"><span class="today">Calcio Oggi – quotidiano online</span>
    <a href="{BASE}/calcio-oggi/#newsletter">Newsletter</a> <a href="{BASE}/calcio-oggi/#app">Scarica
      l'app</a></div>
  <a class="brand" href="{BASE}/calcio-oggi/">CALCIO<b>OGGI</b></a>
  <nav class="main-menu" aria-label="Menu principale">
    <a href="{BASE}/calcio-oggi/">Home</a> | <a href="{BASE}/calcio-oggi/#serie-a">Serie A</a> |
    <a href="{BASE}/calcio-oggi/#calciomercato">Calciomercato</a> |
      <a href="{BASE}/calcio-oggi/#champions">Champions</a> |
    <a href="{BASE}/calcio-oggi/#serie-b">Serie B</a> | <a href="{BASE}/calcio-oggi/#english">English</a>
  </nav>
</header>
<div class="breadcrumb"><a href="{BASE}/calcio-oggi/">Home</a> ›
  <a href="{BASE}/calcio-oggi/#{article.section}">{section_label}</a></div>
<div class="layout">
  <main id="primary">
    <article class="post">
      <header class="entry-header">
        <span class="cat-label">{section_label}</span>
        <h1 class="entry-title">{esc(title)}</h1>
        <p class="entry-meta">{byline}<span class="reading-time">Lettura: {minutes} min</span></p>
      </header>
      {figure}
      <div class="entry-content">
{chr(10).join("        " + p for p in paras)}
      </div>
      <ul class="post-tags">{tags}</ul>
      <div class="share-bar"><span>Condividi su</span>
        <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}">Facebook</a>
        <a href="https://twitter.com/intent/tweet?url={attr(url)}">X</a>
        <a href="https://t.me/share/url?url={attr(url)}">Telegram</a></div>
      <section class="related">
        <h2>Potrebbe interessarti anche</h2>
        <ul>
{chr(10).join(f'          <li><a href="{BASE}{r.path}">{esc(typeset(r.title, st))}</a></li>' for r in rel)}
        </ul>
      </section>
      <div class="newsletter-box"><h3>Iscriviti alla newsletter di Calcio Oggi</h3>
        <p>Ogni mattina le notizie più importanti del calcio direttamente nella tua casella di posta.</p>
        <form><input type="email" placeholder="La tua email"><button>Iscriviti</button></form></div>
    </article>
  </main>
  <aside id="sidebar">
    <div class="ad-slot ad-sidebar"><span>ADV</span></div>
    <section class="widget most-read"><h3>I più letti</h3>
      <ol>
{most_read_html}
      </ol>
    </section>
  </aside>
</div>
<footer class="site-footer">
  <p>Calcio Oggi è una testata fittizia. © 2025 Calcio Oggi Media S.r.l. Tutti i diritti riservati.
  P.IVA 09876543210 · <a href="{BASE}/calcio-oggi/">Redazione</a> ·
    <a href="{BASE}/calcio-oggi/">Privacy</a></p>
</footer>
<div class="consent-overlay" role="dialog" aria-modal="true">
  <h2>Il tuo consenso è importante</h2>
  <p>Noi e i nostri 148 partner utilizziamo cookie e tecnologie simili per archiviare e accedere a
  informazioni sul dispositivo, per mostrarti annunci personalizzati e misurare il rendimento dei
    contenuti.</p>
  <button type="button">Accetta e chiudi</button> <button type="button">Personalizza</button>
</div>
</body>
</html>
"""


# --- Radio Rossonera: ISO-8859-1 table layout, visible Italian date + <time>, span.author -----


def _rossonera_shell(title: str, inner: str, keywords: str = "") -> str:
    """Common old-school layout of Radio Rossonera pages (returned as str, encoded later)."""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Radio Rossonera - {esc(title)}</title>
<meta name="keywords" content="milan, rossoneri, calciomercato milan, {attr(keywords)}">
<link rel="alternate" type="application/rss+xml" title="Radio Rossonera RSS"
  href="{BASE}/radio-rossonera/feed.xml">
<style type="text/css">
body {{ background-color:#111; color:#222; font-family: Verdana, Arial; font-size: 12px; }}
#pagina {{ width:980px; margin:0 auto; background-color:#fff; }}
#colonna-sx {{ float:left; width:180px; background-color:#c00; color:#fff; }}
#contenuto {{ margin-left:190px; padding:10px; }}
#piede {{ clear:both; background-color:#000; }}
.ticker {{ background:#000; color:#ff0; font-weight:bold; }}
</style>
</head>
<body bgcolor="#111111" topmargin="0" leftmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="testata" bgcolor="#000000">
  <a href="{BASE}/radio-rossonera/">
    <img src="{BASE}/static/foto.svg" width="980" height="120" border="0"
      alt="Radio Rossonera - La voce del tifo milanista dal 2003"></a>
</td></tr>
<tr><td colspan="2" class="ticker"><marquee scrollamount="4">ULTIM'ORA &bull; Segui la diretta di Radio
  Rossonera ogni sera dalle 21 &bull; Scarica la nostra app &bull; Forza Milan!</marquee></td></tr>
</table>
<div id="pagina">
<div id="colonna-sx" class="menu">
  <p><b>MENU</b></p>
  <a href="{BASE}/radio-rossonera/">Home</a><br>
  <a href="{BASE}/radio-rossonera/#news">News</a><br>
  <a href="{BASE}/radio-rossonera/#mercato">Mercato</a><br>
  <a href="{BASE}/radio-rossonera/#video">Video</a><br>
  <a href="{BASE}/radio-rossonera/#palinsesto">Palinsesto radio</a><br>
  <a href="{BASE}/radio-rossonera/area-riservata/">Area riservata</a><br>
  <br>
  <div class="banner">SPAZIO PUBBLICITARIO<br>
    <img src="{BASE}/static/foto.svg" width="160" height="600" alt="pubblicit&agrave;"></div>
</div>
<div id="contenuto" class="contenuto">
{inner}
</div>
<div id="piede" class="footer"><font color="#999999" size="1">
Radio Rossonera &copy; 2003-2025 - Sito non ufficiale, non affiliato ad AC Milan. Testata fittizia.
Per la pubblicit&agrave; su questo sito scrivi alla redazione.</font></div>
</div>
<div id="cookiebar">Questo sito usa i cookie per migliorare la tua esperienza.
  <a href="{BASE}/radio-rossonera/">Info</a> <a href="#">OK</a></div>
</body>
</html>
"""


def _rossonera_body(paragraphs: list[str], st: str) -> str:
    """Old-school body: justified ``<p>`` paragraphs with ``<font>`` tags."""
    return "\n".join(
        f'<p align="justify"><font face="Verdana" size="2">{esc(typeset(p, st))}</font></p>'
        for p in paragraphs
    )


def render_rossonera(article: Article, siblings: list[Article], page: int = 1) -> str:
    """Render a Radio Rossonera article page (or page 2 of a split article)."""
    outlet = OUTLETS[article.outlet]
    st = outlet.quotes
    title = typeset(article.title, st)
    paras = article.paragraphs
    pager = ""
    head_links = ""
    if article.split_at:
        paras = paras[: article.split_at] if page == 1 else paras[article.split_at :]
        if page == 1:
            head_links = f'<link rel="next" href="{BASE}{article.page2_path}">\n'
            pager = (
                '<div class="paginazione">Pagina <b>1</b> | '
                f'<a href="{BASE}{article.page2_path}">Pagina 2</a> &raquo; '
                f'<a href="{BASE}{article.page2_path}">Continua a leggere</a></div>'
            )
        else:
            head_links = f'<link rel="prev" href="{BASE}{article.path}">\n'
            pager = (
                f'<div class="paginazione">&laquo; <a href="{BASE}{article.path}">Pagina 1</a> | '
                "Pagina <b>2</b></div>"
            )
    author = f' da <span class="author">{esc(article.author)}</span>' if article.author else ""
    show_photo = page == 1
    photo = (
        f'<div class="foto"><img src="{BASE}/static/foto.svg" width="500" height="280" alt=""><br>'
        f'<span class="didascalia">{esc(typeset(article.caption, st))} - '
        f"Foto: {esc(article.credit)}</span></div>"
        if show_photo
        else ""
    )
    rel = related(article, siblings, 4)
    rel_html = "\n".join(f'<li><a href="{BASE}{r.path}">{esc(typeset(r.title, st))}</a></li>' for r in rel)
    shown_title = title if page == 1 else f"{title} (pagina 2)"
    inner = f"""<div class="percorso"><a href="{BASE}/radio-rossonera/">Home</a> &gt;
      <a href="{BASE}/radio-rossonera/#news">News</a></div>
<h1 class="titolo"><font color="#cc0000">{esc(shown_title)}</font></h1>
<div class="info">Pubblicato il
  <time datetime="{iso(article.published)}">{it_date(article.published)}</time>{author}</div>
{photo}
<div class="testo">
{_rossonera_body(paras, st)}
</div>
{pager}
<div class="copyright">&copy; RIPRODUZIONE RISERVATA</div>
<div class="correlati"><b>Articoli correlati</b>
<ul>
{rel_html}
</ul></div>
<div class="commenti"><b>Lascia un commento</b>
<form action="#" method="post">Nome: <input type="text" name="nome"><br>
Commento: <textarea name="testo" rows="4" cols="50"></textarea><br>
<input type="submit" value="Invia"></form>
<p>I commenti sono moderati dalla redazione prima della pubblicazione.</p></div>"""
    doc = _rossonera_shell(shown_title, inner, ", ".join(t.lower() for t in article.tags))
    return doc.replace("</head>", head_links + "</head>", 1) if head_links else doc


# --- Gazzettino dello Sport: portal template, microdata, byline "di", lots of boilerplate ----


def render_gazzettino(article: Article, siblings: list[Article]) -> str:
    """Render a Gazzettino dello Sport article page (UTF-8, schema.org microdata)."""
    outlet = OUTLETS[article.outlet]
    st = outlet.quotes
    title = typeset(article.title, st)
    url = BASE + article.path
    body: list[str] = []
    also = leggi_anche_target(article, siblings)
    also2 = leggi_anche_target(article, siblings, 4)
    for i, par in enumerate(article.paragraphs):
        body.append(paragraph_html(par, st))
        if i == 0 and len(article.paragraphs) > 2:
            body.append(
                '<div class="read-also"><span class="label">LEGGI ANCHE</span> '
                f'<a href="{BASE}{also.path}">{esc(typeset(also.title, st))}</a></div>'
            )
        if i == len(article.paragraphs) - 3 and len(article.paragraphs) > 4:
            body.append(
                '<div class="read-also"><span class="label">LEGGI ANCHE</span> '
                f'<a href="{BASE}{also2.path}">{esc(typeset(also2.title, st))}</a></div>'
            )
    comments = pick(COMMENTS["gazzettino-sport"], article.slug, 2)
    comments_html = "\n".join(
        f'        <li class="comment"><b>{esc(u)}</b> <p>{esc(typeset(c, st))}</p></li>' for u, c in comments
    )
    byline = (
        f'<div class="byline">di <a rel="author" href="{BASE}/gazzettino-sport/" itemprop="author">'
        f"{esc(article.author)}</a></div>"
        if article.author
        else ""
    )
    section_label = {"calciomercato": "Calciomercato", "serie-a": "Serie A", "nazionale": "Nazionale"}.get(
        article.section, "Sport"
    )
    sponsored = [
        "Hai più di 50 anni? Questo trucco per risparmiare sulla bolletta sta spopolando",
        "Le offerte di fine stagione che nessuno si aspettava",
        "Pensione, ecco cosa cambia dal prossimo anno",
    ]
    return f"""<!DOCTYPE html>
<html lang="it-IT">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {outlet.name}</title>
<meta name="description" content="{attr(teaser(typeset(article.paragraphs[0], st)))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="{outlet.name}" href="{BASE}{outlet.feed}">
</head>
<body class="article {article.section}">
<div class="cmp-banner" id="cmp">
  <p><b>Informativa</b> Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie
    necessari
  al funzionamento ed utili alle finalità illustrate nella cookie policy. Chiudendo questo banner acconsenti
  all'uso dei cookie.</p><button>Accetto</button> <a href="{BASE}/gazzettino-sport/">Scopri di più</a>
</div>
<div class="breaking"><span>BREAKING NEWS</span> <a href="{BASE}/gazzettino-sport/">Segui la diretta del
  calciomercato sul Gazzettino</a></div>
<header class="masthead">
  <div class="logo"><a href="{BASE}/gazzettino-sport/">Gazzettino <em>dello Sport</em></a></div>
  <nav class="mega-menu"><ul>
    <li><a href="{BASE}/gazzettino-sport/">Home</a></li><li>
      <a href="{BASE}/gazzettino-sport/#calcio">Calcio</a></li>
    <li><a href="{BASE}/gazzettino-sport/tag/calciomercato.html">Calciomercato</a></li><li>
      <a href="{BASE}/gazzettino-sport/#tennis">Tennis</a></li>
    <li><a href="{BASE}/gazzettino-sport/#motori">Motori</a></li><li>
      <a href="{BASE}/gazzettino-sport/#basket">Basket</a></li>
  </ul></nav>
</header>
<div class="adv-box leaderboard"><span>Pubblicità</span><div id="div-gpt-ad-1001"></div></div>
<div class="wrapper">
<article itemscope itemtype="https://schema.org/NewsArticle">
  <meta itemprop="datePublished" content="{iso(article.published)}">
  <meta itemprop="dateModified" content="{iso(article.modified)}">
  <div class="occhiello"><a href="{BASE}/gazzettino-sport/#{article.section}">{section_label}</a></div>
  <h1 itemprop="headline">{esc(title)}</h1>
  {byline}
  <div class="dateline">Pubblicato il {article.published:%d/%m/%Y} alle {article.published:%H:%M}</div>
  <div class="social-share">
    <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}">Facebook</a>
    <a class="tw" href="https://twitter.com/intent/tweet?url={attr(url)}">X</a>
    <a class="mail" href="mailto:?subject={attr(title)}">Email</a>
  </div>
  <div class="gallery-cover">
    <img itemprop="image" src="{BASE}/static/foto.svg" alt="{attr(typeset(article.caption, st))}">
    <p class="caption">{esc(typeset(article.caption, st))}
      <span class="credit">Foto: {esc(article.credit)}</span></p>
  </div>
  <div class="article-text" itemprop="articleBody">
{chr(10).join("    " + b for b in body)}
    <p class="riproduzione">© RIPRODUZIONE RISERVATA</p>
  </div>
  <div class="follow">Segui il Gazzettino dello Sport su Facebook, Instagram e Telegram</div>
</article>
<div class="adv-box rectangle"><span>Pubblicità</span><div id="div-gpt-ad-1002"></div></div>
<section class="sponsored">
  <h4>Contenuti sponsorizzati</h4>
  <ul>{"".join(f'<li><a href="{BASE}/gazzettino-sport/">{esc(s)}</a></li>' for s in sponsored)}</ul>
</section>
<section class="comments-area">
  <h4>Commenti dei lettori</h4>
  <p class="login-hint">Accedi per commentare. Le opinioni espresse nei commenti sono dei singoli utenti.</p>
  <ul>
{comments_html}
  </ul>
</section>
</div>
<footer class="footer">
  <div class="newsletter">Newsletter: ricevi ogni giorno le notizie del Gazzettino dello Sport</div>
  <p>Gazzettino dello Sport – testata fittizia – © 2025 Editoriale Gazzettino S.p.A. – Tutti i diritti
    riservati
  – P. IVA 01122334455</p>
</footer>
</body>
</html>
"""


def render_article(article: Article, siblings: list[Article]) -> dict[str, str]:
    """Render all files of one article: ``{path: html}``."""
    files: dict[str, str] = {}
    if article.outlet == "il-mercatino":
        files[article.path] = render_mercatino(article, siblings)
        if article.amp:
            files[article.amp_path] = render_mercatino_amp(article)
    elif article.outlet == "calcio-oggi":
        files[article.path] = render_calcio_oggi(article, siblings)
    elif article.outlet == "radio-rossonera":
        files[article.path] = render_rossonera(article, siblings)
        if article.split_at:
            files[article.page2_path] = render_rossonera(article, siblings, page=2)
    elif article.outlet == "gazzettino-sport":
        files[article.path] = render_gazzettino(article, siblings)
    else:  # pragma: no cover - data error
        raise ValueError(article.outlet)
    return files


# --- special pages ----------------------------------------------------------------------------


def render_page(page: Page, articles: list[Article]) -> str | None:
    """Render a non-article page; ``None`` for the intentionally missing one."""
    outlet = OUTLETS[page.outlet]
    if page.kind == "missing_404":
        return None
    if page.kind == "listing":
        st = outlet.quotes
        tagged = sorted(
            (a for a in articles if a.outlet == page.outlet and page.tag in {a.section, *a.tags}),
            key=lambda a: a.published,
            reverse=True,
        )
        items = "\n".join(
            f'    <li class="teaser"><a href="{BASE}{a.path}"><h3>{esc(typeset(a.title, st))}</h3></a>'
            f'<span class="date">{a.published:%d/%m/%Y}</span>'
            f"<p>{esc(teaser(typeset(a.paragraphs[0], st), 90))}</p></li>"
            for a in tagged
        )
        return f"""<!DOCTYPE html>
<html lang="it-IT">
<head>
<meta charset="utf-8">
<title>{esc(page.title)} - {outlet.name}</title>
<link rel="canonical" href="{BASE}{page.path}">
<meta name="robots" content="noindex, follow">
</head>
<body class="tag-archive">
<header class="masthead"><div class="logo"><a href="{BASE}/gazzettino-sport/">Gazzettino <em>dello
  Sport</em></a></div></header>
<div class="adv-box leaderboard"><span>Pubblicità</span></div>
<main>
  <h1>{esc(page.title)}</h1>
  <ul class="tag-list">
{items}
  </ul>
  <div class="pagination"><span>1</span> <a href="{BASE}{page.path}">2</a>
    <a href="{BASE}{page.path}">Successivi »</a></div>
</main>
<footer class="footer"><p>Gazzettino dello Sport – testata fittizia – © 2025 Editoriale Gazzettino
  S.p.A.</p></footer>
</body>
</html>
"""
    if page.kind == "non_italian":
        body = "\n".join(f"        <p>{esc(p)}</p>" for p in page.paragraphs)
        return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(page.title)} - {outlet.name} English</title>
<link rel="canonical" href="{BASE}{page.path}">
<meta property="og:locale" content="en_GB">
<meta property="og:site_name" content="{outlet.name}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(page.title)}">
<meta property="og:url" content="{BASE}{page.path}">
<meta property="article:published_time" content="{iso(page.published)}">
<meta name="author" content="Tom Whitaker">
</head>
<body class="post-template-default single english-edition">
<header class="masthead"><a class="brand" href="{BASE}/calcio-oggi/">CALCIO<b>OGGI</b>
  <small>English</small></a></header>
<div class="layout">
  <main id="primary">
    <article class="post">
      <header class="entry-header"><span class="cat-label">Serie A in English</span>
        <h1 class="entry-title">{esc(page.title)}</h1>
        <p class="entry-meta"><span class="byline-name">Tom Whitaker</span></p></header>
      <div class="entry-content">
{body}
      </div>
    </article>
  </main>
</div>
<footer class="site-footer"><p>© 2025 Calcio Oggi Media S.r.l. All rights reserved. Fictional
  outlet.</p></footer>
</body>
</html>
"""
    if page.kind == "empty":
        inner = f"""<div class="percorso"><a href="{BASE}/radio-rossonera/">Home</a> &gt;
          <a href="{BASE}/radio-rossonera/#video">Video</a></div>
<h1 class="titolo"><font color="#cc0000">{esc(typeset(page.title, outlet.quotes))}</font></h1>
<div class="info">Pubblicato il <time datetime="{iso(page.published)}">{it_date(page.published)}</time></div>
<div class="video"><object width="560" height="315" data="{BASE}/static/foto.svg" type="image/svg+xml">
  </object></div>
<p class="didascalia">{esc(typeset(page.caption, outlet.quotes))}</p>"""
        return _rossonera_shell(typeset(page.title, outlet.quotes), inner, "video")
    if page.kind == "offsite":
        body = "\n".join(f"  <p>{esc(p)}</p>" for p in page.paragraphs)
        return f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>{esc(page.title)} - QuotePartner</title>
<link rel="canonical" href="{OFFSITE}{page.path}">
</head>
<body>
<header><b>QuotePartner</b> – il portale dei pronostici (sito partner esterno)</header>
<main>
  <h1>{esc(page.title)}</h1>
{body}
  <p class="disclaimer">Il gioco è vietato ai minori e può causare dipendenza patologica.</p>
</main>
</body>
</html>
"""
    raise ValueError(page.kind)


# --------------------------------------------------------------------------------------------
# Feeds and sitemaps
# --------------------------------------------------------------------------------------------

UTM = "?utm_source=rss&utm_medium=feed&utm_campaign=calcio-oggi"


def _xml(text: str) -> str:
    """Escape for XML text and double-quoted attributes (apostrophes stay as they are)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@dataclass
class FeedItem:
    """One feed entry (article or special page)."""

    url: str
    title: str
    published: dt.datetime
    summary: str
    author: str | None
    category: str


def feed_items(outlet: Outlet, articles: list[Article], pages: list[Page]) -> list[FeedItem]:
    """The feed entries of an outlet, newest first."""
    items: list[FeedItem] = []
    ellipsis = "..." if outlet.encoding != "utf-8" else "…"
    for a in articles:
        if a.outlet != outlet.slug or not a.in_feed:
            continue
        url = BASE + a.feed_path + (UTM if a.utm else "")
        items.append(
            FeedItem(
                url,
                typeset(a.title, outlet.quotes),
                a.published,
                teaser(typeset(a.paragraphs[0], outlet.quotes), 200, ellipsis),
                a.author,
                "Calciomercato" if a.section == "calciomercato" else "Serie A",
            )
        )
    for p in pages:
        if p.outlet != outlet.slug or p.listed not in {"both", "feed"}:
            continue
        summary = teaser(p.paragraphs[0], 200, ellipsis) if p.paragraphs else p.caption or p.title
        items.append(FeedItem(p.url, typeset(p.title, outlet.quotes), p.published, summary, None, "News"))
    items.sort(key=lambda i: i.published, reverse=True)
    return items


def render_rss(outlet: Outlet, items: list[FeedItem]) -> str:
    """RSS 2.0 feed (Dublin Core creator for authors)."""
    enc = "ISO-8859-1" if outlet.encoding == "iso-8859-1" else "UTF-8"
    out = [
        f'<?xml version="1.0" encoding="{enc}"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"  <title>{_xml(outlet.name)}</title>",
        f"  <link>{BASE}/{outlet.slug}/</link>",
        f"  <description>{_xml(outlet.tagline)}</description>",
        "  <language>it-it</language>",
        f"  <lastBuildDate>{rfc822(items[0].published)}</lastBuildDate>",
        f'  <atom:link href="{BASE}{outlet.feed}" rel="self" type="application/rss+xml"/>',
    ]
    for it in items:
        out += [
            "  <item>",
            f"    <title>{_xml(it.title)}</title>",
            f"    <link>{_xml(it.url)}</link>",
            f'    <guid isPermaLink="true">{_xml(it.url)}</guid>',
            f"    <pubDate>{rfc822(it.published)}</pubDate>",
        ]
        if it.author and outlet.slug != "radio-rossonera":
            out.append(f"    <dc:creator>{_xml(it.author)}</dc:creator>")
        out += [
            f"    <category>{_xml(it.category)}</category>",
            f"    <description>{_xml(it.summary)}</description>",
            "  </item>",
        ]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def render_atom(outlet: Outlet, items: list[FeedItem]) -> str:
    """Atom 1.0 feed."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="it">',
        f"  <title>{_xml(outlet.name)}</title>",
        f"  <subtitle>{_xml(outlet.tagline)}</subtitle>",
        f'  <link rel="alternate" type="text/html" href="{BASE}/{outlet.slug}/"/>',
        f'  <link rel="self" type="application/atom+xml" href="{BASE}{outlet.feed}"/>',
        "  <id>tag:calcio-oggi.example,2025:feed</id>",
        f"  <updated>{iso(items[0].published)}</updated>",
    ]
    for it in items:
        clean = it.url.split("?", 1)[0].removeprefix(BASE).removeprefix(OFFSITE)
        out += [
            "  <entry>",
            f"    <title>{_xml(it.title)}</title>",
            f'    <link rel="alternate" type="text/html" href="{_xml(it.url)}"/>',
            f"    <id>tag:calcio-oggi.example,2025:{_xml(clean)}</id>",
            f"    <published>{iso(it.published)}</published>",
            f"    <updated>{iso(it.published)}</updated>",
        ]
        if it.author:
            out.append(f"    <author><name>{_xml(it.author)}</name></author>")
        out += [
            f'    <category term="{_xml(it.category)}"/>',
            f'    <summary type="text">{_xml(it.summary)}</summary>',
            "  </entry>",
        ]
    out += ["</feed>", ""]
    return "\n".join(out)


def render_sitemap(outlet: Outlet, articles: list[Article], pages: list[Page]) -> str:
    """Google news sitemap of an outlet (UTF-8, newest first)."""
    rows: list[tuple[dt.datetime, dt.datetime, str, str]] = []
    for a in articles:
        if a.outlet == outlet.slug and a.in_sitemap:
            rows.append((a.published, a.modified, BASE + a.path, typeset(a.title, outlet.quotes)))
    for p in pages:
        if p.outlet == outlet.slug and p.listed in {"both", "sitemap"}:
            rows.append((p.published, p.published, p.url, p.title))
    rows.sort(key=lambda r: r[0], reverse=True)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"',
        '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ]
    for published, modified, url, title in rows:
        out += [
            "  <url>",
            f"    <loc>{_xml(url)}</loc>",
            f"    <lastmod>{iso(modified)}</lastmod>",
            "    <news:news>",
            "      <news:publication>",
            f"        <news:name>{_xml(outlet.name)}</news:name>",
            "        <news:language>it</news:language>",
            "      </news:publication>",
            f"      <news:publication_date>{iso(published)}</news:publication_date>",
            f"      <news:title>{_xml(title)}</news:title>",
            "    </news:news>",
            "  </url>",
        ]
    out += ["</urlset>", ""]
    return "\n".join(out)


def render_feed(outlet: Outlet, articles: list[Article], pages: list[Page]) -> str:
    """Feed in the outlet's format."""
    items = feed_items(outlet, articles, pages)
    return render_atom(outlet, items) if outlet.feed_format == "atom" else render_rss(outlet, items)


# --------------------------------------------------------------------------------------------
# Home pages, robots, static files
# --------------------------------------------------------------------------------------------


def render_outlet_home(outlet: Outlet, articles: list[Article]) -> str:
    """A simple home page listing the outlet's articles (not in any feed or sitemap)."""
    own = sorted((a for a in articles if a.outlet == outlet.slug), key=lambda a: a.published, reverse=True)
    items = "\n".join(
        f'  <li><a href="{BASE}{a.path}">{esc(typeset(a.title, outlet.quotes))}</a> '
        f"<small>{a.published:%d/%m/%Y}</small></li>"
        for a in own
    )
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        if outlet.encoding == "iso-8859-1"
        else '<meta charset="utf-8">'
    )
    return f"""<!DOCTYPE html>
<html lang="it">
<head>
{charset}
<title>{outlet.name} - {esc(outlet.tagline)}</title>
<link rel="alternate" href="{BASE}{outlet.feed}" type="application/{outlet.feed_format}+xml">
</head>
<body>
<h1>{outlet.name}</h1>
<p>{esc(outlet.tagline)}</p>
<ul>
{items}
</ul>
</body>
</html>
"""


def render_root_index() -> str:
    """Root page of the demo press."""
    items = "\n".join(
        f'  <li><a href="{BASE}/{o.slug}/">{o.name}</a> – <a href="{BASE}{o.feed}">feed</a> · '
        f'<a href="{BASE}{o.sitemap}">sitemap</a></li>'
        for o in OUTLETS.values()
    )
    return f"""<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Demo press – mercato</title></head>
<body>
<h1>Demo press</h1>
<p>Stampa sportiva italiana fittizia usata dai test e dalla demo di mercato.</p>
<ul>
{items}
</ul>
</body>
</html>
"""


ROBOTS = """# Demo press robots.txt
User-agent: *
Disallow: /*/area-riservata/
Allow: /

Sitemap: {{BASE}}/il-mercatino/sitemap-news.xml
Sitemap: {{BASE}}/calcio-oggi/sitemap-news.xml
Sitemap: {{BASE}}/radio-rossonera/sitemap-news.xml
Sitemap: {{BASE}}/gazzettino-sport/sitemap-news.xml
"""

RESERVED = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Radio Rossonera - Area riservata</title></head>
<body><h1>Area riservata</h1>
<p>Contenuto riservato agli abbonati. Questa pagina &egrave; esclusa da robots.txt: un crawler
educato non dovrebbe mai scaricarla.</p></body></html>
"""

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
<rect width="800" height="450" fill="#cfd8dc"/>
<text x="400" y="235" font-family="sans-serif" font-size="32" text-anchor="middle" fill="#546e7a">FOTO</text>
</svg>
"""


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------

MUST_NOT: dict[str, list[str]] = {
    "il-mercatino": [
        "LEGGI ANCHE", "RIPRODUZIONE RISERVATA", "cookie", "Accetta tutti", "Pubblicità", "Condividi",
        "Potrebbero interessarti", "Commenti (", "Rispondi", "P.IVA", "Foto: ", "Trattative live",
    ],
    "calcio-oggi": [
        "cookie", "Il tuo consenso è importante", "ADV", "Potrebbe interessarti anche",
        "Iscriviti alla newsletter", "I più letti", "Condividi su", "Tutti i diritti riservati",
        "Scarica l'app", "Lettura:", "Foto ",
    ],
    "radio-rossonera": [
        "ULTIM'ORA", "SPAZIO PUBBLICITARIO", "Articoli correlati", "Lascia un commento",
        "RIPRODUZIONE RISERVATA", "Area riservata", "Sito non ufficiale", "cookie", "Palinsesto radio",
        "Foto: ", "Pagina 2", "Continua a leggere",
    ],
    "gazzettino-sport": [
        "LEGGI ANCHE", "RIPRODUZIONE RISERVATA", "BREAKING NEWS", "cookie", "Contenuti sponsorizzati",
        "Commenti dei lettori", "Accedi per commentare", "Pubblicità", "Segui il Gazzettino",
        "Newsletter", "Foto: ", "Tutti i diritti riservati",
    ],
}  # fmt: skip


def article_must_not(article: Article) -> list[str]:
    """Template boilerplate plus the comment texts shown on that page (where comments exist)."""
    out = list(MUST_NOT[article.outlet])
    if article.outlet in COMMENTS:
        count = 2 + len(article.slug) % 2 if article.outlet == "il-mercatino" else 2
        out += [c for _, c in pick(COMMENTS[article.outlet], article.slug, count)]
    return out


def expected_json(article: Article) -> dict[str, Any]:
    """Expected extraction result for one article."""
    return {
        "path": article.path,
        "title": article.title,
        "published": article.published.date().isoformat(),
        "author": article.author,
        "language": "it",
        "first_sentence": sentences(article.paragraphs[0])[0],
        "last_sentence": sentences(article.paragraphs[-1])[-1],
        "must_not_contain": article_must_not(article),
    }


def rumour_line(article: Article) -> dict[str, Any]:
    """Gold rumours of one article."""
    return {
        "id": article.id,
        "path": article.path,
        "rumours": article.rumours,
        "never_players": article.never_players,
    }


def manifest(articles: list[Article], pages: list[Page]) -> dict[str, Any]:
    """The MANIFEST.json structure."""

    def listed_in(listed: str) -> list[str]:
        return {"both": ["feed", "sitemap"], "feed": ["feed"], "sitemap": ["sitemap"]}[listed]

    rows: list[dict[str, Any]] = []
    for a in articles:
        news = bool(a.rumours)
        rows.append(
            {
                "path": a.path,
                "outlet": a.outlet,
                "kind": "article",
                "canonical_path": a.path,
                "syndicated_group": a.syndicated,
                "transfer_news": news,
                "listed_in": listed_in(a.listed) if not a.amp else ["sitemap"],
                "published": a.published.isoformat(),
            }
        )
        if a.amp:
            rows.append(
                {
                    "path": a.amp_path,
                    "outlet": a.outlet,
                    "kind": "amp",
                    "canonical_path": a.path,
                    "syndicated_group": a.syndicated,
                    "transfer_news": news,
                    "listed_in": ["feed"],
                    "published": a.published.isoformat(),
                }
            )
        if a.split_at:
            rows.append(
                {
                    "path": a.page2_path,
                    "outlet": a.outlet,
                    "kind": "page2",
                    "canonical_path": a.path,
                    "syndicated_group": a.syndicated,
                    "transfer_news": news,
                    "listed_in": [],
                    "published": a.published.isoformat(),
                }
            )
    for p in pages:
        row: dict[str, Any] = {
            "path": p.path,
            "outlet": p.outlet,
            "kind": p.kind,
            "canonical_path": p.path,
            "syndicated_group": None,
            "transfer_news": False,
            "listed_in": listed_in(p.listed),
            "published": p.published.isoformat(),
        }
        if p.kind == "offsite":
            row["url"] = p.url
        rows.append(row)
    rows.sort(key=lambda r: (r["outlet"], r["path"]))
    return {
        "description": (
            "Demo press manifest: one entry per page URL path listed in a feed or sitemap, plus AMP and "
            "page-2 paths. Paths are relative to {{BASE}} except kind 'offsite' (see 'url'). Feed links may "
            "carry utm_* query strings; 'path' never does. Generated by data/demo/_build/build.py."
        ),
        "outlets": [
            {
                "slug": o.slug,
                "name": o.name,
                "feed": o.feed,
                "feed_format": o.feed_format,
                "sitemap": o.sitemap,
                "encoding": o.encoding,
            }
            for o in OUTLETS.values()
        ],
        "pages": rows,
    }


def dump_json(obj: Any) -> str:
    """Stable pretty JSON."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------------
# Validation of the data
# --------------------------------------------------------------------------------------------


def validate_data(articles: list[Article], pages: list[Page], additions: list[Article]) -> list[str]:
    """Consistency checks on the source data; returns a list of problems."""
    problems: list[str] = []
    seen: set[str] = set()
    first = dt.datetime(2025, 10, 1, tzinfo=dt.UTC)
    last = dt.datetime(2025, 11, 26, tzinfo=dt.UTC)
    for a in [*articles, *additions]:
        where = a.id
        if a.id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(a.id)
        if re.search(r"[\u2018\u2019\u201c\u201d«»]", a.text + a.title):
            problems.append(f"{where}: source must use ASCII quotes/apostrophes")
        if a.text.count('"') % 2 or any(p.count('"') % 2 for p in a.paragraphs):
            problems.append(f"{where}: unbalanced double quotes")
        words = len(a.text.split())
        if not 150 <= words <= 450:
            problems.append(f"{where}: {words} words")
        if a.published.tzinfo is None:
            problems.append(f"{where}: naive datetime")
        if a not in additions and not first <= a.published <= last:
            problems.append(f"{where}: date out of range")
        if a.published.hour < 3:
            problems.append(f"{where}: avoid times just after midnight (UTC date differs)")
        for phrase in article_must_not(a):
            for text in (a.text, a.title, a.caption):
                if phrase.lower() in text.lower():
                    problems.append(f"{where}: boilerplate phrase {phrase!r} in text")
        for r in a.rumours:
            if r.get("deal") not in DEALS or r.get("stage") not in STAGES:
                problems.append(f"{where}: bad deal/stage {r}")
            for key in ("from_club", "to_club"):
                club = r.get(key)
                if club is not None and club not in CLUBS:
                    problems.append(f"{where}: unknown club {club!r}")
            if r["player"].split()[-1] not in a.text:
                problems.append(f"{where}: player {r['player']} not in text")
            allowed = {"player", "from_club", "to_club", "deal", "stage", "fee_eur", "bonus_eur",
                       "contract_until", "cited_outlets"}  # fmt: skip
            if set(r) - allowed:
                problems.append(f"{where}: unexpected keys {set(r) - allowed}")
            for cited in r.get("cited_outlets", []):
                if cited.lower() not in a.text.lower():
                    problems.append(f"{where}: cited outlet {cited} not in text")
        for name in a.never_players:
            if name.split()[-1] not in a.text:
                problems.append(f"{where}: never_players {name} not in text")
        if len(a.paragraphs) < 3:
            problems.append(f"{where}: fewer than 3 paragraphs")
    for p in pages:
        if p.outlet not in OUTLETS:
            problems.append(f"{p.path}: unknown outlet")
    return problems


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def encode_for(outlet_slug: str | None, text: str) -> bytes:
    """Encode a page in its outlet's charset (non-Latin-1 letters become character references)."""
    if outlet_slug and OUTLETS[outlet_slug].encoding == "iso-8859-1":
        return text.encode("iso-8859-1", errors="xmlcharrefreplace")
    return text.encode("utf-8")


def write(root: Path, path: str, data: bytes | str) -> None:
    """Write a file below ``root`` at URL path ``path``."""
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def outlet_of(path: str) -> str | None:
    """Outlet slug from a URL path."""
    head = path.strip("/").split("/", 1)[0]
    return head if head in OUTLETS else None


def clean_outputs() -> None:
    """Remove previously generated outputs (never the ``_build`` sources or the demo registry)."""
    for child in DEMO.iterdir():
        if child.name in ("_build", "sources.toml"):
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    for folder in (EXPECTED, ADDITIONS, ADDITIONS_EXPECTED):
        if folder.exists():
            shutil.rmtree(folder)


def build() -> None:
    """Generate the whole demo press and all fixtures."""
    articles: list[Article] = []
    for toml_file in sorted((BUILD_DIR / "articles").glob("*.toml")):
        articles += load_articles(toml_file)
    pages = load_pages(BUILD_DIR / "pages.toml")
    additions = load_articles(BUILD_DIR / "additions.toml")
    problems = validate_data(articles, pages, additions)
    if problems:
        raise SystemExit("data problems:\n  " + "\n  ".join(problems))
    articles.sort(key=lambda a: (a.outlet, a.published))

    clean_outputs()
    by_outlet = {slug: [a for a in articles if a.outlet == slug] for slug in OUTLETS}
    for a in articles:
        for path, doc in render_article(a, by_outlet[a.outlet]).items():
            write(DEMO, path, encode_for(a.outlet, doc))
    for p in pages:
        doc = render_page(p, articles)
        if doc is not None:
            write(DEMO, p.path, encode_for(outlet_of(p.path), doc))
    for outlet in OUTLETS.values():
        write(DEMO, outlet.feed, encode_for(outlet.slug, render_feed(outlet, articles, pages)))
        write(DEMO, outlet.sitemap, render_sitemap(outlet, articles, pages))
        write(
            DEMO, f"/{outlet.slug}/index.html", encode_for(outlet.slug, render_outlet_home(outlet, articles))
        )
    write(DEMO, "/radio-rossonera/area-riservata/index.html", RESERVED.encode("iso-8859-1"))
    write(DEMO, "/robots.txt", ROBOTS)
    write(DEMO, "/index.html", render_root_index())
    write(DEMO, "/static/foto.svg", SVG)
    write(DEMO, "/MANIFEST.json", dump_json(manifest(articles, pages)))

    for a in articles:
        write(EXPECTED, f"/{a.outlet}/{a.slug}.json", dump_json(expected_json(a)))
    write(
        EXPECTED,
        "/rumours.jsonl",
        "".join(json.dumps(rumour_line(a), ensure_ascii=False) + "\n" for a in articles),
    )
    write(EXPECTED, "/README.md", FIXTURE_README)

    # Incremental-crawl overlay: the new articles plus the outlet's feed and sitemap listing old + new.
    outlet_slugs = {a.outlet for a in additions}
    combined = sorted([*articles, *additions], key=lambda a: (a.outlet, a.published))
    for slug in sorted(outlet_slugs):
        siblings = [a for a in combined if a.outlet == slug]
        outlet = OUTLETS[slug]
        for a in (x for x in additions if x.outlet == slug):
            for path, doc in render_article(a, siblings).items():
                write(ADDITIONS, path, encode_for(slug, doc))
        write(ADDITIONS, outlet.feed, encode_for(slug, render_feed(outlet, combined, pages)))
        write(ADDITIONS, outlet.sitemap, render_sitemap(outlet, combined, pages))
    for a in additions:
        write(ADDITIONS_EXPECTED, f"/{a.outlet}/{a.slug}.json", dump_json(expected_json(a)))
    write(
        ADDITIONS_EXPECTED,
        "/rumours.jsonl",
        "".join(json.dumps(rumour_line(a), ensure_ascii=False) + "\n" for a in additions),
    )


FIXTURE_README = """# Expected output of the demo press

Generated by `data/demo/_build/build.py` from `data/demo/_build/*.toml`; do not edit by hand.

* `<outlet>/<slug>.json` - expected cleaning result of each real article (kind `article` in
  `data/demo/MANIFEST.json`; a split article appears once, under its page-1 slug).
  `first_sentence` / `last_sentence` are the body's first and last sentences as a reader sees them,
  normalised: typographic apostrophes (U+2018, U+2019) become `'` and quotes (U+201C, U+201D, « »)
  become `"`. Headline (h1), byline, date line, photo caption and the
  "© RIPRODUZIONE RISERVATA" line are not part of the body. `published` is the local (Europe/Rome) date.
* `rumours.jsonl` - gold rumours, one line per article (`id` = `<outlet>__<slug>`), including articles
  with no transfer news (`"rumours": []`). Conventions: a free agent ("svincolato") has
  `from_club: null`; a renewal has `to_club == from_club`; a denial ("smentita", "nessuna
  trattativa") and a dead negotiation are stage `collapsed`; for loans with option/obligation
  `fee_eur` is the buy-out price when stated; a swap gives one rumour per player with deal `swap`.
  Coaches, directors and agents are never rumours (they are listed in `never_players`).
"""


# --------------------------------------------------------------------------------------------
# Output checks
# --------------------------------------------------------------------------------------------


class _Text(HTMLParser):
    """Collect visible text (skips script/style/head)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head", "noscript"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head", "noscript"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(raw: bytes, encoding: str) -> str:
    """Visible text of an HTML document, whitespace collapsed and quotes normalised."""
    parser = _Text()
    parser.feed(raw.decode(encoding))
    return " ".join(" ".join(parser.parts).split()).translate(NORMALISE)


def _links_in(xml_bytes: bytes) -> list[str]:
    """All article links of a feed or sitemap."""
    root = ET.fromstring(xml_bytes)
    links: list[str] = []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "loc" or (
            tag == "link" and el.text and el.text.strip() and "item" in _parent_tags(root, el)
        ):
            links.append((el.text or "").strip())
        elif tag == "link" and el.get("rel") == "alternate" and "entry" in _parent_tags(root, el):
            links.append(el.get("href", ""))
    return links


def _parent_tags(root: ET.Element, child: ET.Element) -> set[str]:
    """Local names of the direct parent of ``child``."""
    for parent in root.iter():
        if child in list(parent):
            return {parent.tag.rsplit("}", 1)[-1]}
    return set()


def check(roots: Iterable[Path] = (DEMO,)) -> list[str]:
    """Validate generated output; returns a list of problems."""
    problems: list[str] = []
    man = json.loads((DEMO / "MANIFEST.json").read_text(encoding="utf-8"))
    by_path = {p["path"]: p for p in man["pages"]}
    for root in roots:
        for xml_file in sorted(root.rglob("*.xml")):
            if "_build" in xml_file.parts:
                continue
            try:
                links = _links_in(xml_file.read_bytes())
            except ET.ParseError as exc:
                problems.append(f"{xml_file}: {exc}")
                continue
            for link in links:
                if link.startswith(OFFSITE):
                    if by_path.get(link.removeprefix(OFFSITE), {}).get("kind") != "offsite":
                        problems.append(f"{xml_file}: unexpected offsite link {link}")
                    continue
                if not link.startswith(BASE):
                    problems.append(f"{xml_file}: link without placeholder {link}")
                    continue
                path = link.removeprefix(BASE).split("?", 1)[0]
                exists = (root / path.lstrip("/")).is_file() or (DEMO / path.lstrip("/")).is_file()
                kind = by_path.get(path, {}).get("kind")
                if root == DEMO and kind is None:
                    problems.append(f"{xml_file}: {path} missing from MANIFEST")
                if kind == "missing_404":
                    if exists:
                        problems.append(f"{path}: should not exist")
                elif not exists:
                    problems.append(f"{xml_file}: {path} does not resolve")
    for row in man["pages"]:
        file = DEMO / row["path"].lstrip("/")
        if row["kind"] != "missing_404" and not file.is_file():
            problems.append(f"manifest: {row['path']} has no file")
    for outlet in man["outlets"]:
        if outlet["encoding"] == "iso-8859-1":
            for page in (DEMO / outlet["slug"]).rglob("*.html"):
                raw = page.read_bytes()
                try:
                    raw.decode("utf-8")
                    if re.search(rb"[\xe0\xe8\xe9\xec\xf2\xf9]", raw):
                        problems.append(f"{page}: decodes as UTF-8 despite accents")
                except UnicodeDecodeError:
                    pass
                text = raw.decode("iso-8859-1")
                if "news" in page.parts and not re.search("[àèéìòù]", text):
                    problems.append(f"{page}: no accented letters")
                if "charset=iso-8859-1" not in text:
                    problems.append(f"{page}: no latin-1 meta")
    enc = {o["slug"]: o["encoding"] for o in man["outlets"]}
    for exp_root, web_root in ((EXPECTED, DEMO), (ADDITIONS_EXPECTED, ADDITIONS)):
        for exp_file in sorted(exp_root.rglob("*.json")):
            exp = json.loads(exp_file.read_text(encoding="utf-8"))
            outlet = exp["path"].split("/")[1]
            page1 = web_root / exp["path"].lstrip("/")
            if not page1.is_file():
                problems.append(f"{exp_file}: page {exp['path']} missing")
                continue
            text1 = visible_text(page1.read_bytes(), enc[outlet])
            last_page = page1.with_name(page1.stem + "-2.html")
            text_last = visible_text(last_page.read_bytes(), enc[outlet]) if last_page.exists() else text1
            if exp["first_sentence"] not in text1:
                problems.append(f"{exp_file}: first sentence not in page")
            if exp["last_sentence"] not in text_last:
                problems.append(f"{exp_file}: last sentence not in page")
            if exp["title"] not in text1:
                problems.append(f"{exp_file}: title not in page")
            if len([p for p in exp["must_not_contain"] if p in text1]) < 3:
                problems.append(f"{exp_file}: must_not_contain phrases not on the page")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the output after building")
    parser.add_argument("--check-only", action="store_true", help="only validate existing output")
    args = parser.parse_args(argv)
    if not args.check_only:
        build()
    if args.check or args.check_only:
        problems = check((DEMO, ADDITIONS))
        for p in problems:
            print("PROBLEM:", p)
        print("ok" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
