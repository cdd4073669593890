"""Turn a downloaded page (or a plain-text article) into a clean article, or a reason to drop it.

Pure logic, no Scrapy: trafilatura finds the main text in HTML Scrapy already fetched; the page's
own metadata (JSON-LD, Open Graph, <link rel>; see mercato.pagemeta) is read first because it
beats heuristics, and every failure becomes a ``drop_reason`` instead of an exception.
"""

from __future__ import annotations

import codecs
import dataclasses
import logging
import re
from dataclasses import dataclass
from datetime import date

from trafilatura import bare_extraction, load_html

from mercato.itdates import MONTH_ALTERNATION, find_italian_date, italian_dates
from mercato.language import detect_language
from mercato.pagemeta import PageMeta, clean_author, parse_date, same_text, strip_site_suffix
from mercato.textnorm import BYLINE, DATELINE, normalize_inline, normalize_text, paragraphs

__all__ = [
    "DROP_REASONS", "MAX_HTML_BYTES", "CleanArticle", "CleanResult", "clean_author", "clean_html",
    "clean_text", "decode_html", "merge_pages", "parse_date", "strip_site_suffix",
]

LOGGER = logging.getLogger(__name__)

MAX_HTML_BYTES = 3 * 1024 * 1024
MIN_TEXT_CHARS, MIN_TEXT_WORDS = 300, 40
# A listing's extracted "text" is a column of teasers: little of it, in short paragraphs.
WEAK_BODY_CHARS, WEAK_BODY_MEAN_PARAGRAPH = 1500, 150
MAX_TITLE_LINE = 150
DROP_REASONS = ("empty", "not_article", "non_italian", "too_large", "parse_error", "timeout")

META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers decode these labels as windows-1252, a superset for text; so do we.
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}
SINGLE_BYTE_WESTERN = {"cp1252", "windows-1252", "iso-8859-15", "iso8859-15", "latin-9", "latin9"}
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")
HEADLINE_WORDS = 8  # words besides a date that make a dated title line a headline, not a dateline
TITLE_PARTS = re.compile(r"\s+[|·]\s+")  # "LECCE NEWS | 12 agosto 2024": a headline, then its date
HEAD_LINES = 4  # a text file's headline, then its dateline or byline, if it has one
TEXT_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
# An agency's dateline opening the body: "ZEIST, 19 marzo 2024 – Prima convocazione...",
# "BORMIO (14 luglio 2017) –", "CASTELROTTO (Alpe di Siusi), 20 luglio 2018 –".
CITY_DATELINE = re.compile(
    rf"^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{{1,30}}(?:\s*\([^)]{{0,40}}\))?,?\s*\(?\d{{1,2}}\s+(?i:{MONTH_ALTERNATION})"
    r"\.?\s+\d{4}\)?\s*[–—-]"
)


@dataclass(slots=True)
class CleanArticle:
    """One article ready for rumour extraction; ``text`` has "\\n\\n" between paragraphs."""

    url: str
    canonical_url: str
    title: str | None
    text: str
    published: date | None = None
    author: str | None = None
    language: str | None = None
    section: str | None = None
    next_page_url: str | None = None
    is_amp: bool = False


@dataclass(slots=True)
class CleanResult:
    """Either an article or the short, stable reason it was dropped (counted in crawl stats)."""

    article: CleanArticle | None = None
    drop_reason: str | None = None

    def __post_init__(self) -> None:
        if (self.article is None) == (self.drop_reason is None):
            raise ValueError("CleanResult needs exactly one of article and drop_reason")


def decode_html(data: bytes | str, encoding: str | None = None) -> str:
    """Decode page bytes with the caller's encoding (Scrapy's), else the meta charset, else UTF-8.

    trafilatura alone would guess from the bytes; honouring the declared charset is what keeps an
    ISO-8859-1 page's "città" from turning into mojibake. One exception: bytes that are valid
    UTF-8 but labelled Latin-1 (a common server misconfiguration) are UTF-8, since Latin-1 text
    virtually never forms valid multi-byte sequences.
    """
    if isinstance(data, str):
        return data
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")
    declared = META_CHARSET.search(data[:4096])
    meta_label = declared[1].decode("ascii", "ignore") if declared else None
    labels = [(label or "").strip().lower() for label in (encoding, meta_label)]
    labels = ["cp1252" if name in WINDOWS_1252_LABELS else name for name in labels if name]
    if not labels or labels[0] in SINGLE_BYTE_WESTERN:
        labels.insert(0, "utf-8")
    for name in (*labels, "utf-8", "cp1252"):
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def clean_html(
    html: bytes | str, url: str, *, encoding: str | None = None, max_bytes: int = MAX_HTML_BYTES
) -> CleanResult:
    """Clean one downloaded page: never raises, never fetches anything."""
    if len(html) > max_bytes:
        return CleanResult(drop_reason="too_large")
    try:
        return _clean_html(html, url, encoding)
    except Exception as exc:  # whatever a parser chokes on is a drop reason, not a crash
        LOGGER.warning("cleaning failed for %s: %r", url, exc)
        return CleanResult(drop_reason="parse_error")


def _clean_html(html: bytes | str, url: str, encoding: str | None) -> CleanResult:
    source = XML_DECLARATION.sub("", decode_html(html, encoding), count=1)
    if not source.strip():
        return CleanResult(drop_reason="empty")
    tree = load_html(source)
    if tree is None:
        return CleanResult(drop_reason="parse_error")
    page = PageMeta(tree, url)
    doc = bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, favor_precision=True,
        # extensive search would run dateparser over every locale (~0.7 s per cold page) to find
        # visible dates, which PageMeta finds with Italian patterns anyway
        date_extraction_params={"extensive_search": False, "original_date": True,
                                "max_date": date.today().isoformat()},
    )
    paras = paragraphs(doc.text or "", lines_are_paragraphs=True) if doc else []
    while paras and page.title and same_text(paras[0], page.title):
        paras.pop(0)  # the extractor often repeats the headline as the first line
    text = normalize_text("\n".join(paras), lines_are_paragraphs=True)
    if page.looks_like_listing() and not page.typed_article and _weak_body(text):
        return CleanResult(drop_reason="not_article")
    if len(text) < MIN_TEXT_CHARS or len(text.split()) < MIN_TEXT_WORDS:
        return CleanResult(drop_reason="empty")
    language = detect_language(text) or page.html_lang
    if language and language != "it":
        return CleanResult(drop_reason="non_italian")
    published = page.published() or _evidenced(doc.date, source, url) or page.visible_date(anywhere=True)
    return CleanResult(
        article=CleanArticle(
            url=url, canonical_url=page.canonical_url(), title=page.title, text=text,
            published=published, author=page.author() or clean_author(doc.author or ""),
            language=language or "it", section=page.section() or next(iter(doc.categories or []), None),
            next_page_url=page.next_page_url(), is_amp=page.is_amp,
        )
    )


def _weak_body(text: str) -> bool:
    paras = [p for p in text.split("\n\n") if p]
    return not paras or len(text) < WEAK_BODY_CHARS or len(text) / len(paras) < WEAK_BODY_MEAN_PARAGRAPH


def _evidenced(value: str | None, source: str, url: str) -> date | None:
    """Accept htmldate's guess only if the page or its URL shows that very date in full.

    Its extensive search falls back to bare years ("© 2026" becomes 2026-01-01, "classe 2001"
    becomes 2001-01-01): the crawl year is not a publication date.
    """
    guess = parse_date(value)
    if guess is None or guess.isoformat() in source or guess.strftime("/%Y/%m/%d/") in url:
        return guess
    return guess if any(d == guess for _, d in italian_dates(source)) else None


def clean_text(text: str, *, url: str | None = None) -> CleanResult:
    """Clean a plain-text article; a leading ``date YYYY-MM-DD`` token, else a dateline or byline
    among its first lines ("9 maggio 2012"), gives the published date."""
    try:
        published = None
        if match := TEXT_DATE_PREFIX.match(text):
            published, text = parse_date(match[1]), text[match.end() :]
        published = published or _dateline_date(text)
        title = None
        first, _, rest = text.lstrip().partition("\n")
        first = " ".join(first.split())
        if first and len(first) <= MAX_TITLE_LINE and not first.endswith(".") and rest.strip():
            title, text = normalize_text(first) or _undated_title(first), rest
        body = normalize_text(text)
        # A text file is an article by the user's say-so: a two-line agency flash is kept. The
        # length floor is for web pages, where a short text means a page that is no article.
        if not any(ch.isalpha() for ch in body):
            return CleanResult(drop_reason="empty")
        language = detect_language(body)
        if language and language != "it":
            return CleanResult(drop_reason="non_italian")
        article = CleanArticle(url or "", url or "", title, body, published, language=language or "it")
        return CleanResult(article=article)
    except Exception as exc:
        LOGGER.warning("cleaning failed for text %s: %r", url, exc)
        return CleanResult(drop_reason="parse_error")


def _dateline_date(text: str) -> date | None:
    """The date of a dateline or byline among the first lines of a text file ("9 maggio 2012",
    "2 febbraio 2024 – di Giulia Renzetti"): normalisation drops the line, and with it the only
    word the file gives of when it was written, which the rumour extractor needs."""
    head = [line.strip() for line in text.strip().splitlines() if line.strip()][:HEAD_LINES]
    # The lines below the headline first: a headline's date may be the day it recalls ("Accadde
    # oggi: 31 agosto 2002, la notte in cui Nesta lasciò la Lazio"), the dateline's is the article's.
    for line in [*head[1:], *head[:1]]:
        if DATELINE.match(line) or BYLINE.match(line):
            found = find_italian_date(line)
            if found is not None:
                return found
        if (city := CITY_DATELINE.match(line)) is not None:
            return find_italian_date(city.group())
    return None


def _undated_title(line: str) -> str | None:
    """The headline of a title line that also carries its date ("LECCE NEWS | lunedì 12 agosto
    2024"), which normalisation drops whole as a dateline: the parts around "|" that hold no date."""
    kept = [part for part in TITLE_PARTS.split(line) if normalize_text(part)]
    if kept:
        return normalize_text(" | ".join(kept)) or None
    # "Accadde oggi: 31 agosto 2002, la notte in cui Nesta lasciò la Lazio": a sentence around
    # its date is a headline; a dateline has a few words besides the date ("Redazione, ore 11")
    return normalize_inline(line) if len(HEADLINE_WORD.findall(line)) >= HEADLINE_WORDS else None


def merge_pages(first: CleanArticle, more: list[CleanArticle]) -> CleanArticle:
    """Join an article split over pages: texts in order, metadata from page 1.

    A paragraph repeated on every page (standfirst, pager label) is kept once; next_page_url is
    the last page's, unless it loops back to a page already merged.
    """
    seen: set[str] = set()
    merged = []
    for para in (p for page in (first, *more) for p in page.text.split("\n\n")):
        if para and para.casefold() not in seen:
            seen.add(para.casefold())
            merged.append(para)
    visited = {u for page in (first, *more) for u in (page.url, page.canonical_url)}
    last_next = more[-1].next_page_url if more else first.next_page_url
    return dataclasses.replace(
        first, text="\n\n".join(merged), next_page_url=None if last_next in visited else last_next
    )
