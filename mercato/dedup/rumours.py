"""Rumours from mentions: one row per move, recomputed from all its mentions whenever one changes.

A move's identity is (player key, destination club key); within it, mentions split by deal
family (a mention whose deal is unknown joins the nearest move of any family) and by time (a
silence longer than `SILENCE_DAYS` ends a move). Everything is a function of the stored
mentions sorted by their own fields, so the rumours never depend on the order articles arrived
in; existing rows are reused by mention overlap so that rumour ids stay stable.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from mercato.db.base import utcnow
from mercato.db.models import Article, Mention, Rumour
from mercato.dedup.articles import serialise_dedup
from mercato.dedup.identity import UNKNOWN, club_key, deal_family, player_key, resolve_keys, tokens_cover

__all__ = [
    "SILENCE_DAYS",
    "STAGE_ORDER",
    "Identity",
    "RegroupResult",
    "mention_order",
    "regroup",
    "replace_mentions",
    "split_moves",
]

log = logging.getLogger(__name__)

SILENCE_DAYS = 120
STAGE_ORDER = ("interest", "negotiation", "agreement", "medical", "official", "collapsed")
Identity = tuple[str, str]  # (player_key, club_key)
FUZZY_PREFIX_MIN = 5


@dataclass
class RegroupResult:
    """Rumour rows created, updated and deleted by one change: the run's rumour counters."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)

    def counters(self) -> dict[str, int]:
        return {"rumours_new": len(self.created), "rumours_updated": len(self.updated)}


def _stage_rank(stage: str) -> tuple[int, str]:
    return (STAGE_ORDER.index(stage), "") if stage in STAGE_ORDER else (len(STAGE_ORDER), stage)


def mention_order(m: Mention) -> tuple[Any, ...]:
    """An order from the mention's own fields, never ids (which follow arrival order): two
    mentions it cannot tell apart carry the same values, so either order sums up the same."""
    def num(v: int | None) -> int:
        return -1 if v is None else v

    return (m.published, _stage_rank(m.stage), m.outlet, m.player, m.deal, m.from_club or "",
            m.to_club or "", num(m.fee_eur), num(m.bonus_eur), num(m.contract_until), m.evidence,
            sorted(map(str, m.cited_outlets or [])))


def split_moves(mentions: Iterable[Mention],
                silence_days: int = SILENCE_DAYS) -> list[tuple[str, list[Mention]]]:
    """Split one identity's mentions into moves: (deal family, mentions sorted) per move."""
    gap = dt.timedelta(days=silence_days)
    by_family: dict[str, list[Mention]] = {}
    unknown: list[Mention] = []
    for m in sorted(mentions, key=mention_order):
        family = deal_family(m.deal)
        (unknown if family == UNKNOWN else by_family.setdefault(family, [])).append(m)

    def runs(items: list[Mention]) -> list[list[Mention]]:
        out: list[list[Mention]] = []
        for m in items:
            if out and m.published - out[-1][-1].published <= gap:
                out[-1].append(m)
            else:
                out.append([m])
        return out

    moves = [(family, run) for family in sorted(by_family) for run in runs(by_family[family])]
    spans = [(run[0].published, run[-1].published) for _, run in moves]
    leftover: list[Mention] = []
    for m in unknown:  # each against the known moves only: the result can't depend on order
        best = min(((max(lo - m.published, m.published - hi, dt.timedelta(0)), lo, moves[i][0], i)
                    for i, (lo, hi) in enumerate(spans)), default=None)
        if best is not None and best[0] <= gap:
            moves[best[3]][1].append(m)
        else:
            leftover.append(m)
    moves += [(UNKNOWN, run) for run in runs(leftover)]
    return [(family, sorted(run, key=mention_order)) for family, run in moves]


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _latest(ms: Sequence[Mention], attr: str) -> Any:
    return next((getattr(m, attr) for m in reversed(ms) if getattr(m, attr) is not None), None)


def _summary(key: str, family: str, ms: Sequence[Mention]) -> dict[str, Any]:
    """The rumour row's fields from its mentions (sorted by `mention_order`)."""
    history: list[dict[str, str]] = []
    for m in ms:
        if not history or history[-1]["stage"] != m.stage:
            history.append({"date": m.published.isoformat(), "stage": m.stage, "outlet": m.outlet})
    full_names = [m.player for m in ms if player_key(m.player) == key]
    outlets = sorted({m.outlet for m in ms})
    deals = [m.deal for m in ms if deal_family(m.deal) != UNKNOWN]
    return {
        "player": _most_common(full_names) or _most_common(m.player for m in ms),
        "to_club": _most_common(m.to_club for m in ms),
        "deal_family": family,
        "from_club": _latest(ms, "from_club"),
        "deal": deals[-1] if deals else UNKNOWN,
        "stage": ms[-1].stage,
        "stage_history": history,
        "fee_eur": _latest(ms, "fee_eur"),
        "bonus_eur": _latest(ms, "bonus_eur"),
        "contract_until": _latest(ms, "contract_until"),
        "cited_outlets": sorted({str(o) for m in ms for o in (m.cited_outlets or [])}),
        "outlets": outlets,
        "n_outlets": len(outlets),
        "n_mentions": len(ms),
        "first_seen": ms[0].published,
        "last_seen": max(m.published for m in ms),
    }


def _identity_of(m: Mention) -> Identity:
    return (m.player_key, m.club_key)


def _is_identity(table: type[Mention] | type[Rumour], idents: Collection[Identity]) -> ColumnElement[bool]:
    """`(player_key, club_key) in idents` as equalities on the (club_key, player_key) index."""
    by_club: dict[str, set[str]] = {}
    for key, club in idents:
        by_club.setdefault(club, set()).add(key)
    return or_(false(), *[and_(table.club_key == club, table.player_key.in_(sorted(keys)))
                          for club, keys in sorted(by_club.items())])


def _assign(moves: list[tuple[Identity, str, list[Mention]]], rows: Mapping[int, Rumour],
            silence_days: int) -> dict[int, int]:
    """Move index -> reused row id: most shared mentions first, then the nearest same-move row."""
    pairs = []
    for i, (_, _, ms) in enumerate(moves):
        for rid, n in Counter(m.rumour_id for m in ms if m.rumour_id in rows).items():
            pairs.append((-n, ms[0].published, rid, i))
    chosen: dict[int, int] = {}
    for _, _, rid, i in sorted(pairs):
        if i not in chosen and rid not in chosen.values():
            chosen[i] = rid
    for i, (ident, family, ms) in enumerate(moves):  # rows whose mentions were all re-added
        if i in chosen:
            continue
        lo, hi = ms[0].published, ms[-1].published
        near = sorted((max((r.first_seen or lo) - hi, lo - (r.last_seen or hi), dt.timedelta(0)), rid)
                      for rid, r in rows.items() if rid not in chosen.values()
                      and (r.player_key, r.club_key, r.deal_family) == (*ident, family))
        if near and near[0][0] <= dt.timedelta(days=silence_days):
            chosen[i] = near[0][1]
    return chosen


def regroup(session: Session, identities: Collection[Identity],
            silence_days: int = SILENCE_DAYS) -> RegroupResult:
    """Recompute the rumours of these identities from all their mentions, reusing rows."""
    result = RegroupResult()
    idents = set(identities)
    if not idents:
        return result
    mentions = list(session.scalars(select(Mention).where(_is_identity(Mention, idents))))
    referenced = {m.rumour_id for m in mentions if m.rumour_id is not None}
    rows = {r.id: r for r in session.scalars(select(Rumour).where(
        or_(_is_identity(Rumour, idents), Rumour.id.in_(sorted(referenced)))))}
    grouped: dict[Identity, list[Mention]] = {}
    for m in mentions:
        grouped.setdefault(_identity_of(m), []).append(m)
    moves = [(ident, family, ms) for ident in sorted(grouped)
             for family, ms in split_moves(grouped[ident], silence_days)]
    chosen = _assign(moves, rows, silence_days)
    for i, (ident, family, ms) in enumerate(moves):
        values = _summary(ident[0], family, ms)
        row = rows.get(chosen.get(i, -1))
        if row is None:
            row = Rumour(player_key=ident[0], club_key=ident[1], **values, updated_at=utcnow())
            session.add(row)
            session.flush()
            result.created.append(row.id)
        else:
            values["player_key"], values["club_key"] = ident
            if any(getattr(row, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(row, k, v)
                row.updated_at = utcnow()
                result.updated.append(row.id)
        for m in ms:
            if m.rumour_id != row.id:
                m.rumour_id = row.id
    session.flush()  # mentions moved off a row before it goes, so the ORM has nothing to nullify
    for rid in sorted(set(rows) - set(chosen.values())):
        session.delete(rows[rid])
        result.deleted.append(rid)
    session.flush()
    return result


def _probe(token: str) -> str:
    """The start of a token a key must hold to possibly hold `token` (a prefix, so suffix
    variants match: "kvaratskhelia" / "kvaratshelia")."""
    return token[:4] if len(token) >= FUZZY_PREFIX_MIN else token


def _resolve_scope(session: Session, scope: set[Identity]) -> set[Identity]:
    """Re-resolve the keys around these raw keys at their clubs; return the identities that moved.

    Whatever can change the resolution of a key holds one of its tokens (a longer name holds
    all of them, a variant most), so one round over the keys sharing a token with the scope
    sees every key that matters, and the answer does not depend on what came first.
    """
    moved: set[Identity] = set()
    for club in sorted({c for _, c in scope}):
        keys = {k for k, c in scope if c == club}
        tokens = {t for k in keys for t in k.split() if len(t) > 1}
        probes = sorted({_probe(t) for t in tokens})
        if probes:  # within the club's range of the (club_key, player_key) index
            found = session.scalars(select(Rumour.player_key).distinct().where(
                Rumour.club_key == club,
                or_(*[Rumour.player_key.contains(p, autoescape=True) for p in probes])))
            keys |= {k for k in found if any(tokens_cover(t, k) for t in tokens)}
        mentions = list(session.scalars(select(Mention).where(
            Mention.club_key == club, Mention.player_key.in_(sorted(keys)))))
        mapping = resolve_keys(Counter(player_key(m.player) for m in mentions))
        for m in mentions:
            target = mapping.get(player_key(m.player), m.player_key)
            if target != m.player_key:
                moved |= {(m.player_key, club), (target, club)}
                m.player_key = target
    return moved


def replace_mentions(session: Session, article: Article, rumours: Sequence[Mapping[str, Any]],
                     outlet: str, published: dt.date | None,
                     silence_days: int = SILENCE_DAYS) -> RegroupResult:
    """Make `rumours` (the extractor's dicts) the article's mentions and update every rumour
    they touch. Replacing an article's mentions with the same list changes nothing; with an
    empty list it withdraws the article from its rumours (reprocess, deletion).
    """
    if article.id is None:
        session.flush()
    serialise_dedup(session)
    old = list(session.scalars(select(Mention).where(Mention.article_id == article.id)))
    hints = {(player_key(m.player), m.club_key, deal_family(m.deal)): m.rumour_id for m in old}
    affected = {_identity_of(m) for m in old}
    scope = {(player_key(m.player), m.club_key) for m in old}
    for m in old:
        session.delete(m)
    if isinstance(published, dt.datetime):
        published = published.date()
    day = published or article.published or (article.fetched_at or utcnow()).date()
    for r in rumours:
        name = str(r.get("player") or "").strip()
        key = player_key(name)
        if not key:
            log.debug("mention without a player name in article %s: %r", article.id, r)
            continue
        deal = r.get("deal") or UNKNOWN
        club = club_key(r.get("to_club"))
        m = Mention(article_id=article.id, player=name, player_key=key, role=r.get("role") or "player",
                    from_club=r.get("from_club"), to_club=r.get("to_club"), club_key=club, deal=deal,
                    stage=r.get("stage") or UNKNOWN, fee_eur=r.get("fee_eur"), bonus_eur=r.get("bonus_eur"),
                    contract_until=r.get("contract_until"), cited_outlets=list(r.get("cited_outlets") or []),
                    evidence=r.get("evidence") or "", outlet=outlet, published=day,
                    rumour_id=hints.get((key, club, deal_family(deal))))
        session.add(m)
        scope.add((key, club))
        affected.add((key, club))
    session.flush()
    affected |= _resolve_scope(session, scope)
    return regroup(session, affected, silence_days)
