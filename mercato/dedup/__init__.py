"""Deduplication: canonical URLs, duplicate articles (hash + MinHash LSH) and rumours per move.

The store pipeline calls, inside the transaction that writes one article:
`index_article` -> `link_duplicates` -> `replace_mentions`. Everything else here is pure.
"""

from __future__ import annotations

from mercato.dedup.articles import (
    DuplicateLink,
    find_near_duplicate,
    forget_article,
    index_article,
    link_duplicates,
)
from mercato.dedup.fingerprint import Fingerprint, content_hash, fingerprint
from mercato.dedup.identity import club_key, deal_family, player_key
from mercato.dedup.rumours import SILENCE_DAYS, RegroupResult, regroup, replace_mentions
from mercato.dedup.urls import canonical_url

__all__ = [
    "SILENCE_DAYS",
    "DuplicateLink",
    "Fingerprint",
    "RegroupResult",
    "canonical_url",
    "club_key",
    "content_hash",
    "deal_family",
    "find_near_duplicate",
    "fingerprint",
    "forget_article",
    "index_article",
    "link_duplicates",
    "player_key",
    "regroup",
    "replace_mentions",
]
