"""The item that flows through the pipelines: what the spider fetched, then what each stage adds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ArticleItem"]


@dataclass
class ArticleItem:
    """One downloaded article page (plus its continuation pages), enriched stage by stage.

    The spider fills the first block; clean sets `article`, extract sets `rumours`, dedup sets
    `canonical_url` and `fingerprint`. Later stages read earlier fields and never re-fetch.
    """

    url: str | None = None
    source: str | None = None
    source_title: str | None = None
    html: bytes | None = field(default=None, repr=False)
    encoding: str | None = None
    more_pages: list[bytes] = field(default_factory=list, repr=False)
    listed_url: str | None = None  # the URL as the feed or sitemap gave it (tracking params and all)
    fetched_at: dt.datetime | None = None
    article: Any = field(default=None, repr=False)  # mercato.cleaning.CleanArticle
    rumours: list[dict[str, Any]] = field(default_factory=list, repr=False)
    canonical_url: str | None = None
    content_hash: str | None = None
    fingerprint: Any = field(default=None, repr=False)  # mercato.dedup.fingerprint result
