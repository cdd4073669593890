"""Write one cleaned article and everything derived from it in the caller's transaction.

Shared by the store pipeline (a crawl) and `mercato reprocess` (stored raw HTML), so both end
with the same rows: article upsert, duplicate links, mentions, and the rumours they touch.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mercato.db.repository import compress_pages, upsert_article
from mercato.dedup.articles import index_article, link_duplicates
from mercato.dedup.fingerprint import fingerprint
from mercato.dedup.rumours import replace_mentions
from mercato.items import ArticleItem

__all__ = ["StoreOutcome", "store_article"]


@dataclass(frozen=True)
class StoreOutcome:
    """What storing one article changed, as crawl counters."""

    new: bool
    duplicate: bool
    rumours_new: int
    rumours_updated: int

    def counters(self) -> dict[str, int]:
        return {"articles_new": int(self.new), "articles_updated": int(not self.new),
                "duplicates": int(self.duplicate), "rumours_new": self.rumours_new,
                "rumours_updated": self.rumours_updated}


def store_article(session: Session, item: ArticleItem, source_id: int, *, keep_raw: bool = True,
                  silence_days: int = 120) -> StoreOutcome:
    """Upsert the article by canonical URL, link it to its first copy, and replace its mentions."""
    art = item.article
    fp = item.fingerprint or fingerprint(art.text)
    pages = [item.html or b"", *item.more_pages]
    values = {
        "url": item.url, "canonical_url": item.canonical_url or art.canonical_url, "source_id": source_id,
        "title": art.title, "text": art.text, "published": art.published, "author": art.author,
        "language": art.language, "section": art.section, "content_hash": fp.content_hash,
        "raw_html": compress_pages(pages) if keep_raw and item.html else None,
        "raw_encoding": item.encoding,
    }
    article, new = upsert_article(session, values)
    index_article(session, article, fp)
    link = link_duplicates(session, article)
    outlet = item.source_title or item.source or ""
    regrouped = replace_mentions(session, article, item.rumours, outlet=outlet, published=art.published,
                                 silence_days=silence_days)
    counts = regrouped.counters()
    return StoreOutcome(new=new, duplicate=link is not None, rumours_new=counts.get("rumours_new", 0),
                        rumours_updated=counts.get("rumours_updated", 0))
