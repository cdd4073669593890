"""`mercato reprocess`: re-run clean, extract and dedup over stored raw HTML, without re-crawling.

After the lexicons or the cleaner improve, every stored article goes through the same
`store_article` a crawl uses, one transaction each, so the database ends as a fresh crawl
would leave it and an interrupted reprocess can simply be run again.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mercato.cleaning import clean_html, merge_pages
from mercato.db.models import Article, Source
from mercato.db.repository import decompress_pages
from mercato.dedup.rumours import replace_mentions
from mercato.dedup.urls import canonical_url
from mercato.items import ArticleItem
from mercato.rumours import extract_rumours
from mercato.storage import store_article

__all__ = ["reprocess"]

log = logging.getLogger(__name__)


def _reprocess_one(session: Session, article: Article, silence_days: int) -> str:
    source: Source = article.source
    if article.raw_html is None:
        return "no_raw_html"
    pages = decompress_pages(article.raw_html)
    results = [clean_html(page, article.url, encoding=article.raw_encoding) for page in pages]
    if results[0].article is None:
        # The cleaner now rejects the page: it no longer reports any rumour.
        replace_mentions(session, article, [], outlet=source.title or source.name,
                         published=article.published, silence_days=silence_days)
        return f"dropped/{results[0].drop_reason}"
    more = [r.article for r in results[1:] if r.article is not None]
    cleaned = merge_pages(results[0].article, more) if more else results[0].article
    rumours = extract_rumours(
        cleaned.text, title=cleaned.title, publisher=source.title or None, published=cleaned.published
    )
    item = ArticleItem(url=article.url, source=source.name, source_title=source.title or source.name,
                       html=pages[0], more_pages=pages[1:], encoding=article.raw_encoding,
                       article=cleaned, rumours=[r.to_dict() for r in rumours])
    # The row keeps its key; a changed canonical form is only logged (merging rows is a migration).
    new_key = canonical_url(article.url, declared=cleaned.canonical_url)
    if new_key != article.canonical_url:
        log.info("canonical URL of article %s would now be %s", article.id, new_key)
    item.canonical_url = article.canonical_url
    store_article(session, item, article.source_id, silence_days=silence_days)
    return "reprocessed"


def reprocess(sessions: sessionmaker[Session], *, silence_days: int = 120,
              progress: Callable[[int, int], None] | None = None) -> Counter[str]:
    """Reprocess every stored article in id order; return how many ended which way."""
    with sessions() as session:
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
    outcomes: Counter[str] = Counter()
    for done, article_id in enumerate(ids, start=1):
        try:
            with sessions.begin() as session:
                article = session.get(Article, article_id)
                if article is not None:
                    outcomes[_reprocess_one(session, article, silence_days)] += 1
        except Exception:
            log.exception("reprocess failed for article %s", article_id)
            outcomes["errors"] += 1
        if progress is not None:
            progress(done, len(ids))
    return outcomes
