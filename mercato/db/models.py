"""The tables: sources, articles, crawl runs, rumour mentions and rumours, and crawl state.

One module on purpose: Alembic autogenerates from one metadata, and every stage (store, dedup,
scheduler) reads the same few tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mercato.db.base import Base, utcnow

__all__ = [
    "Article",
    "ArticleBand",
    "CrawlLock",
    "CrawlRun",
    "HttpValidator",
    "Mention",
    "Rumour",
    "RunSourceStats",
    "SeenUrl",
    "Source",
]


class Source(Base):
    """An outlet of the registry, as it was when last crawled (the registry file stays the truth)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    home_url: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8), default="it")
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="source")

    def __repr__(self) -> str:
        return f"Source(id={self.id!r}, name={self.name!r})"


class Article(Base):
    """One stored article per canonical URL, with its raw HTML (zlib) so extraction can be re-run."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    author: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(8))
    section: Mapped[str | None] = mapped_column(String(200))
    fetched_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    raw_html: Mapped[bytes | None] = mapped_column(LargeBinary)
    raw_encoding: Mapped[str | None] = mapped_column(String(40))
    # Deduplication: a copy points at the first copy of its story; it is kept, never dropped.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    duplicate_kind: Mapped[str | None] = mapped_column(String(10))  # "exact" | "near"
    similarity: Mapped[float | None]
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)

    source: Mapped[Source] = relationship(back_populates="articles")
    mentions: Mapped[list[Mention]] = relationship(back_populates="article", cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"Article(id={self.id!r}, canonical_url={self.canonical_url!r})"


class ArticleBand(Base):
    """LSH band keys of an article's MinHash: near-duplicate lookup is an indexed query, not RAM."""

    __tablename__ = "article_bands"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40))

    __table_args__ = (Index("ix_article_bands_band_key", "band", "key"),)

    def __repr__(self) -> str:
        return f"ArticleBand(article_id={self.article_id!r}, band={self.band!r})"


class Mention(Base):
    """One rumour as one article reported it: what extraction read, before grouping into moves."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    rumour_id: Mapped[int | None] = mapped_column(ForeignKey("rumours.id", ondelete="SET NULL"), index=True)
    player: Mapped[str] = mapped_column(String(200))
    player_key: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="player")
    from_club: Mapped[str | None] = mapped_column(String(100))
    to_club: Mapped[str | None] = mapped_column(String(100))
    club_key: Mapped[str] = mapped_column(String(100), default="")  # club_key(to_club)
    deal: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    fee_eur: Mapped[int | None]
    bonus_eur: Mapped[int | None]
    contract_until: Mapped[int | None]
    cited_outlets: Mapped[list[Any]] = mapped_column(default=list)
    evidence: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(String(100))
    published: Mapped[dt.date | None] = mapped_column(Date)

    article: Mapped[Article] = relationship(back_populates="mentions")
    rumour: Mapped[Rumour | None] = relationship(back_populates="mentions")

    # Identity lookups: equality on the club, then on the key.
    __table_args__ = (Index("ix_mentions_identity", "club_key", "player_key"),)

    def __repr__(self) -> str:
        return f"Mention(id={self.id!r}, player={self.player!r}, to_club={self.to_club!r})"


class Rumour(Base):
    """One move (player + destination + deal family + time span), summarised from its mentions."""

    __tablename__ = "rumours"

    id: Mapped[int] = mapped_column(primary_key=True)
    player: Mapped[str] = mapped_column(String(200))
    player_key: Mapped[str] = mapped_column(String(200), index=True)
    to_club: Mapped[str | None] = mapped_column(String(100))
    club_key: Mapped[str] = mapped_column(String(100), default="")  # club_key(to_club)
    deal_family: Mapped[str] = mapped_column(String(20))
    from_club: Mapped[str | None] = mapped_column(String(100))
    deal: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    stage_history: Mapped[list[Any]] = mapped_column(default=list)
    fee_eur: Mapped[int | None]
    bonus_eur: Mapped[int | None]
    contract_until: Mapped[int | None]
    cited_outlets: Mapped[list[Any]] = mapped_column(default=list)
    outlets: Mapped[list[Any]] = mapped_column(default=list)
    n_outlets: Mapped[int] = mapped_column(default=0)
    n_mentions: Mapped[int] = mapped_column(default=0)
    first_seen: Mapped[dt.date | None] = mapped_column(Date, index=True)
    last_seen: Mapped[dt.date | None] = mapped_column(Date, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    mentions: Mapped[list[Mention]] = relationship(back_populates="rumour")

    # Identity lookups: equality on the club, then equality or a LIKE filter on the key.
    __table_args__ = (Index("ix_rumours_identity", "club_key", "player_key"),)

    def __repr__(self) -> str:
        return f"Rumour(id={self.id!r}, player={self.player!r}, to_club={self.to_club!r})"


class CrawlRun(Base):
    """One crawl: when, who started it, how it ended, and its counters (totals in `stats`)."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    spider: Mapped[str] = mapped_column(String(50))
    trigger: Mapped[str] = mapped_column(String(20), default="manual")  # manual | schedule
    status: Mapped[str] = mapped_column(String(20), default="running")  # running|ok|failed|interrupted
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    sources: Mapped[list[Any]] = mapped_column(default=list)
    stats: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error: Mapped[str | None] = mapped_column(Text)

    per_source: Mapped[list[RunSourceStats]] = relationship(
        back_populates="run", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"CrawlRun(id={self.id!r}, spider={self.spider!r}, status={self.status!r})"


class RunSourceStats(Base):
    """Counters of one source in one run: what `mercato status` reads to spot a silent outlet."""

    __tablename__ = "run_source_stats"

    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), primary_key=True)
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    requests: Mapped[int] = mapped_column(default=0)
    feeds_not_modified: Mapped[int] = mapped_column(default=0)
    articles_new: Mapped[int] = mapped_column(default=0)
    duplicates: Mapped[int] = mapped_column(default=0)
    dropped: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rumours_new: Mapped[int] = mapped_column(default=0)
    rumours_updated: Mapped[int] = mapped_column(default=0)
    errors: Mapped[int] = mapped_column(default=0)

    run: Mapped[CrawlRun] = relationship(back_populates="per_source")

    def __repr__(self) -> str:
        return f"RunSourceStats(run_id={self.run_id!r}, source={self.source!r})"


class HttpValidator(Base):
    """ETag / Last-Modified of a feed or sitemap, for conditional requests on the next run."""

    __tablename__ = "http_validators"

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    checked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"HttpValidator(url={self.url!r})"


class SeenUrl(Base):
    """A URL already handled (stored, duplicate or dropped): skipped before download until it expires."""

    __tablename__ = "seen_urls"

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    outcome: Mapped[str] = mapped_column(String(40))  # stored | duplicate | dropped:<reason>
    seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)

    def __repr__(self) -> str:
        return f"SeenUrl(url={self.url!r}, outcome={self.outcome!r})"


class CrawlLock(Base):
    """A per-source lock row, so a manual and a scheduled crawl never crawl one source at once."""

    __tablename__ = "crawl_locks"

    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    def __repr__(self) -> str:
        return f"CrawlLock(source={self.source!r}, owner={self.owner!r})"


