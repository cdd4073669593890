"""Duplicate articles in the database: LSH band rows as the index, groups linked to their first copy.

A group is a connected component of the "copy" relation over all stored articles, where two
articles are copies when their content hashes are equal, or when their signatures share a whole
LSH band and the MinHash estimate is at least `NEAR_THRESHOLD`. The relation depends only on the
two texts, so the components, and their first copy (earliest published, then smallest canonical
URL), are the same whatever order the articles arrived in. Each change recomputes only the
groups it touches: the new article's neighbours' groups and its own former group.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Select, and_, bindparam, delete, exists, func, insert, or_, select, union
from sqlalchemy.orm import Session, load_only

from mercato.db.models import Article, ArticleBand
from mercato.dedup.fingerprint import (
    BANDS,
    NEAR_THRESHOLD,
    ROWS,
    Fingerprint,
    fingerprint,
    signature_from_bytes,
)

__all__ = [
    "DEDUP_LOCK_KEY",
    "DuplicateLink",
    "find_near_duplicate",
    "forget_article",
    "index_article",
    "link_duplicates",
    "serialise_dedup",
]

log = logging.getLogger(__name__)

# Columns dedup reads: never the text or the raw HTML of the group members.
LINK_COLUMNS = (Article.id, Article.canonical_url, Article.published, Article.content_hash,
                Article.minhash, Article.duplicate_of_id, Article.duplicate_kind, Article.similarity)
LARGE_GROUP = 500
# PostgreSQL advisory lock taken by every dedup write ("mercato dedup" as a 63-bit number).
DEDUP_LOCK_KEY = 0x6D65_7263_6174_6F64


@dataclass(frozen=True)
class DuplicateLink:
    """Where an article stands: a copy of `first_id`, how (exact/near) and how similar."""

    first_id: int
    kind: str
    similarity: float | None


def serialise_dedup(session: Session) -> None:
    """Hold the dedup lock until the transaction ends, on servers with concurrent writers.

    Two crawls storing two copies of one story at the same time would otherwise each miss the
    other's uncommitted band rows (and race on the same rumour rows). SQLite needs nothing:
    the store transaction holds its single write lock from its first insert.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(DEDUP_LOCK_KEY)))


def _first_key(article: Article) -> tuple[bool, dt.date, str]:
    """Order of "first copy": dated before undated, earliest date, then canonical URL."""
    return (article.published is None, article.published or dt.date.max, article.canonical_url)


def _sig(article: Article) -> np.ndarray | None:
    return None if article.minhash is None else signature_from_bytes(article.minhash)


def index_article(session: Session, article: Article, fp: Fingerprint | None = None) -> Fingerprint:
    """Store the article's content hash, MinHash and band rows (the article must have an id).

    Band rows are rewritten only when they differ, so re-ingesting an unchanged article
    writes nothing. Pass the `fp` computed earlier (`item.fingerprint`) to skip rehashing.
    """
    if article.id is None:
        session.flush()
    fp = fp or fingerprint(article.text or "")
    if article.content_hash != fp.content_hash:
        article.content_hash = fp.content_hash
    if article.minhash != fp.minhash:
        article.minhash = fp.minhash
    wanted = set(fp.bands)
    stored = {(band, key) for band, key in session.execute(
        select(ArticleBand.band, ArticleBand.key).where(ArticleBand.article_id == article.id))}
    if stored != wanted:
        session.execute(delete(ArticleBand).where(ArticleBand.article_id == article.id))
        if wanted:
            session.execute(insert(ArticleBand),
                            [{"article_id": article.id, "band": b, "key": k} for b, k in sorted(wanted)])
    return fp


def _lookup_statements() -> tuple[Select[tuple[Article]], Select[tuple[Article]]]:
    """Built once: building the 32-band OR per call costs more than the indexed query itself."""
    in_bands = select(ArticleBand.article_id).where(or_(*[
        and_(ArticleBand.band == i, ArticleBand.key == bindparam(f"k{i}")) for i in range(BANDS)]))
    same_hash = select(Article.id).where(Article.content_hash == bindparam("content_hash"))
    base = select(Article).options(load_only(*LINK_COLUMNS)).where(Article.id != bindparam("self_id"))
    # A UNION, not "id IN (...) OR content_hash = ...": PostgreSQL answers that OR with a
    # sequential scan of every article, which grows with the table.
    return base.where(Article.id.in_(union(in_bands, same_hash))), base.where(Article.id.in_(same_hash))


BY_BANDS_OR_HASH, BY_HASH = _lookup_statements()


def _neighbours(session: Session, article_id: int | None, sig: np.ndarray | None,
                bands: Sequence[tuple[int, str]], content_hash: str | None,
                ) -> dict[int, tuple[Article, float]]:
    """Verified copies of a text among stored articles: {id: (article, similarity)}."""
    params: dict[str, object] = {"self_id": -1 if article_id is None else article_id,
                                 "content_hash": content_hash or ""}
    if len(bands) == BANDS:
        params.update({f"k{band}": key for band, key in bands})
        query = BY_BANDS_OR_HASH
    elif content_hash:
        query = BY_HASH
    else:
        return {}
    found: dict[int, tuple[Article, float]] = {}
    for other in session.scalars(query, params):
        if content_hash and other.content_hash == content_hash:
            found[other.id] = (other, 1.0)
            continue
        other_sig = _sig(other)
        if sig is None or other_sig is None:
            continue
        eq = sig == other_sig
        estimate = float(np.count_nonzero(eq)) / eq.size
        if estimate >= NEAR_THRESHOLD and eq.reshape(BANDS, ROWS).all(axis=1).any():
            found[other.id] = (other, estimate)
    return found


def _group_members(session: Session, roots: Collection[int]) -> list[Article]:
    if not roots:
        return []
    query = (select(Article).options(load_only(*LINK_COLUMNS))
             .where(or_(Article.id.in_(roots), Article.duplicate_of_id.in_(roots))))
    return list(session.scalars(query))


def _components(members: Sequence[Article]) -> list[list[Article]]:
    """Connected components of the copy relation among `members` (union-find, pairwise)."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_hash: dict[str, int] = {}
    for i, m in enumerate(members):
        union(i, by_hash.setdefault(m.content_hash, i))
    signed = [i for i, m in enumerate(members) if m.minhash is not None]
    if signed:
        matrix = np.stack([_sig(members[i]) for i in signed])
        for pos, i in enumerate(signed[:-1]):
            eq = matrix[pos + 1:] == matrix[pos]
            close = (eq.sum(axis=1) >= NEAR_THRESHOLD * matrix.shape[1]) & \
                eq.reshape(len(eq), BANDS, ROWS).all(axis=2).any(axis=1)
            for offset in np.flatnonzero(close):
                union(i, signed[pos + 1 + int(offset)])
    groups: dict[int, list[Article]] = {}
    for i, m in enumerate(members):
        groups.setdefault(find(i), []).append(m)
    return list(groups.values())


def _apply(groups: Iterable[list[Article]]) -> list[int]:
    """Point every member at its group's first copy; return the ids whose link changed."""
    changed: list[int] = []
    for group in groups:
        first = min(group, key=_first_key)
        first_sig = _sig(first)
        for m in group:
            if m is first:
                link: tuple[int | None, str | None, float | None] = (None, None, None)
            elif m.content_hash == first.content_hash:
                link = (first.id, "exact", 1.0)
            else:
                sig = _sig(m)
                sim = None if sig is None or first_sig is None else \
                    round(float(np.count_nonzero(sig == first_sig)) / sig.size, 4)
                link = (first.id, "near", sim)
            if (m.duplicate_of_id, m.duplicate_kind, m.similarity) != link:
                m.duplicate_of_id, m.duplicate_kind, m.similarity = link
                changed.append(m.id)
    return changed


def _relink(session: Session, article: Article | None, roots: set[int], exclude: int | None = None) -> None:
    members = {m.id: m for m in _group_members(session, roots) if m.id != exclude}
    if article is not None:
        members[article.id] = article
    ordered = sorted(members.values(), key=_first_key)
    if len(ordered) > LARGE_GROUP:
        log.warning("duplicate group of %d articles around %s", len(ordered), ordered[0].canonical_url)
    changed = _apply(_components(ordered))
    if changed:
        log.debug("duplicate links changed for articles %s", changed)


def link_duplicates(session: Session, article: Article) -> DuplicateLink | None:
    """Recompute the duplicate group of `article` (indexed first) and of everything it touches.

    When an earlier-published copy arrives after its copies, the whole group is re-pointed to
    it; when an article's text changed (reprocess), its former group is split if needed.
    Returns the article's own link, or None when it is the first copy of its story.
    """
    if article.id is None:
        session.flush()
    serialise_dedup(session)
    sig = _sig(article)
    bands = [] if sig is None else Fingerprint(article.content_hash, sig).bands
    found = _neighbours(session, article.id, sig, bands, article.content_hash)
    if not found and article.duplicate_of_id is None and not session.scalar(
            select(exists().where(Article.duplicate_of_id == article.id))):
        article.duplicate_kind = article.similarity = None  # alone, and no copies to re-point
        return None
    roots = {article.duplicate_of_id or article.id}
    roots.update(other.duplicate_of_id or other.id for other, _ in found.values())
    _relink(session, article, roots)
    if article.duplicate_of_id is None:
        return None
    return DuplicateLink(article.duplicate_of_id, article.duplicate_kind or "near", article.similarity)


def forget_article(session: Session, article: Article) -> None:
    """Take an article out of dedup (before deleting it): drop its bands, regroup its copies."""
    serialise_dedup(session)
    roots = {article.duplicate_of_id or article.id}
    session.execute(delete(ArticleBand).where(ArticleBand.article_id == article.id))
    article.minhash = None
    article.duplicate_of_id = article.duplicate_kind = article.similarity = None
    session.flush()
    _relink(session, None, roots, exclude=article.id)


def find_near_duplicate(session: Session, article_id: int | None, signature: np.ndarray | None,
                        bands: Sequence[tuple[int, str]], content_hash: str | None = None,
                        ) -> tuple[int, float] | None:
    """Read-only probe: the first copy of the group the closest stored copy belongs to, and
    the similarity to that closest copy; None when no stored article is a copy.

    `link_duplicates` is what decides and writes; this answers "is it a copy?" beforehand.
    """
    found = _neighbours(session, article_id, signature, bands, content_hash)
    if not found:
        return None
    best, sim = min(found.values(), key=lambda pair: (-pair[1], _first_key(pair[0])))
    return (best.duplicate_of_id or best.id, sim)
