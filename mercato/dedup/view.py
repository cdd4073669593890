"""The morning view: rumours as dicts with the extractor's field names, a table, JSON Lines and CSV.

Rows carry plain JSON values (dates as ISO strings) so every writer prints the same thing and
the CLI can pipe them anywhere; the CLI itself (Typer) stays a thin caller of these functions.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from rich.table import Table
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mercato.db.models import Article, Mention, Rumour
from mercato.dedup.identity import club_key, player_key, tokens_cover
from mercato.dedup.rumours import mention_order

__all__ = [
    "MENTION_FIELDS",
    "RUMOUR_FIELDS",
    "export",
    "iter_rumours",
    "mentions_path",
    "query_rumours",
    "render_table",
    "write_csv",
    "write_jsonl",
]

RUMOUR_FIELDS = ("id", "player", "role", "from_club", "to_club", "deal", "stage", "fee_eur", "bonus_eur",
                 "contract_until", "cited_outlets", "evidence", "outlets", "first_seen", "last_seen",
                 "mentions", "stage_history")
MENTION_FIELDS = ("id", "rumour_id", "article_id", "url", "canonical_url", "duplicate_of_id",
                  "duplicate_kind", "outlet", "published", "player", "player_key", "role", "from_club",
                  "to_club", "deal", "stage", "fee_eur", "bonus_eur", "contract_until", "cited_outlets",
                  "evidence")
CHUNK = 500
LIST_SEPARATOR = "; "


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def canonical_club_key(club: str) -> str:
    """The club key a user means: "Juve", "Bayern Munich" and "PSG" find the canonical club."""
    from mercato.rumours import load_lexicon

    wanted = club_key(club)
    for known in load_lexicon().clubs.values():
        if any(club_key(form) == wanted for form in (known.name, *known.aliases)):
            return club_key(known.name)
    return wanted


def _filtered(player: str | None, club: str | None, since: dt.date | None, stage: str | None,
              min_outlets: int | None) -> Select[tuple[Rumour]]:
    query = select(Rumour)
    if club:
        query = query.where(Rumour.club_key == canonical_club_key(club))
    if since is not None:
        query = query.where(Rumour.last_seen >= since)
    if stage:
        query = query.where(Rumour.stage == stage)
    if min_outlets:
        query = query.where(Rumour.n_outlets >= min_outlets)
    for token in player_key(player).split() if player else ():
        query = query.where(Rumour.player_key.contains(token[:4], autoescape=True))
    return query.order_by(Rumour.last_seen.desc().nulls_last(), Rumour.n_outlets.desc(), Rumour.id.desc())


def iter_rumours(session: Session, player: str | None = None, club: str | None = None,
                 since: dt.date | None = None, stage: str | None = None,
                 min_outlets: int | None = None) -> Iterator[dict[str, Any]]:
    """`query_rumours` as a stream, for exports of the whole table."""
    wanted_player = player_key(player) if player else None
    batch: list[Rumour] = []
    for rumour in session.scalars(_filtered(player, club, since, stage, min_outlets)):
        if wanted_player is not None and not tokens_cover(wanted_player, rumour.player_key):
            continue
        batch.append(rumour)
        if len(batch) >= CHUNK:
            yield from _with_latest(session, batch)
            batch = []
    yield from _with_latest(session, batch)


def _with_latest(session: Session, rumours: Sequence[Rumour]) -> Iterator[dict[str, Any]]:
    """Role and evidence come from the latest report of each rumour (one query per chunk)."""
    latest: dict[int, Mention] = {}
    if rumours:
        for m in session.scalars(select(Mention).where(Mention.rumour_id.in_([r.id for r in rumours]))):
            if m.rumour_id not in latest or mention_order(m) > mention_order(latest[m.rumour_id]):
                latest[m.rumour_id] = m
    for r in rumours:
        m = latest.get(r.id)
        yield {
            "id": r.id, "player": r.player, "role": m.role if m else "player", "from_club": r.from_club,
            "to_club": r.to_club, "deal": r.deal, "stage": r.stage, "fee_eur": r.fee_eur,
            "bonus_eur": r.bonus_eur, "contract_until": r.contract_until,
            "cited_outlets": list(r.cited_outlets or []), "evidence": m.evidence if m else "",
            "outlets": list(r.outlets or []), "first_seen": _iso(r.first_seen),
            "last_seen": _iso(r.last_seen),
            "mentions": r.n_mentions, "stage_history": list(r.stage_history or []),
        }


def query_rumours(session: Session, player: str | None = None, club: str | None = None,
                  since: dt.date | None = None, stage: str | None = None,
                  min_outlets: int | None = None) -> list[dict[str, Any]]:
    """Rumours matching every given filter, latest news first (then most outlets).

    `player` matches by name tokens ("Gila" finds "Mario Gila"), `club` is the destination
    (spelling-insensitive), `since` bounds the last report, `min_outlets` the distinct outlets.
    """
    return list(iter_rumours(session, player, club, since, stage, min_outlets))


def _money(value: int | None) -> str:
    if value is None:
        return ""
    return f"{value / 1_000_000:g} M€" if value >= 100_000 else f"{value:,} €"


def render_table(rows: Iterable[dict[str, Any]], title: str | None = "Rumours") -> Table:
    """A rich table for the terminal: one line per rumour, newest first as given."""
    table = Table(title=title, show_lines=False)
    for name, justify in (("Last seen", "left"), ("Player", "left"), ("From", "left"), ("To", "left"),
                          ("Deal", "left"), ("Stage", "left"), ("Fee", "right"), ("Outlets", "right"),
                          ("Reports", "right"), ("Id", "right")):
        table.add_column(name, justify=justify, no_wrap=name in ("Last seen", "Fee"))
    for row in rows:
        table.add_row(row.get("last_seen") or "", row.get("player") or "", row.get("from_club") or "",
                      row.get("to_club") or "", row.get("deal") or "", row.get("stage") or "",
                      _money(row.get("fee_eur")), str(len(row.get("outlets") or [])),
                      str(row.get("mentions") or 0), str(row.get("id") or ""))
    return table


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line (UTF-8, accents kept); returns the number of lines."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=_default) + "\n")
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return LIST_SEPARATOR.join(value)
        return json.dumps(value, ensure_ascii=False, default=_default)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, fields: Sequence[str] = RUMOUR_FIELDS) -> int:
    """CSV with a header; string lists joined by "; ", other lists (stage_history) as JSON."""
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in fields})
        n += 1
    return n


def _mention_rows(session: Session) -> Iterator[dict[str, Any]]:
    query = (select(Mention, Article.url, Article.canonical_url, Article.duplicate_of_id,
                    Article.duplicate_kind)
             .join(Article, Mention.article_id == Article.id)
             .order_by(Mention.rumour_id, Mention.published, Mention.id)
             .execution_options(yield_per=1000))
    for m, url, canonical, dup_of, dup_kind in session.execute(query):
        row = {k: getattr(m, k) for k in MENTION_FIELDS if hasattr(Mention, k)}
        row.update(url=url, canonical_url=canonical, duplicate_of_id=dup_of, duplicate_kind=dup_kind,
                   published=_iso(m.published), cited_outlets=list(m.cited_outlets or []))
        yield row


def mentions_path(out: Path) -> Path:
    """Where the mentions go beside `out`: rumours.csv -> rumours.mentions.csv."""
    return out.with_name(f"{out.stem}.mentions{out.suffix}")


def export(session: Session, fmt: Literal["csv", "jsonl"], out: Path) -> tuple[Path, Path]:
    """Write every rumour to `out` and every mention to `mentions_path(out)`; return both paths."""
    if fmt not in ("csv", "jsonl"):
        raise ValueError(f"unknown export format {fmt!r} (csv or jsonl)")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    second = mentions_path(out)
    with (out.open("w", encoding="utf-8", newline="") as fh,
          second.open("w", encoding="utf-8", newline="") as fm):
        if fmt == "csv":
            write_csv(iter_rumours(session), fh)
            write_csv(_mention_rows(session), fm, MENTION_FIELDS)
        else:
            write_jsonl(iter_rumours(session), fh)
            write_jsonl(_mention_rows(session), fm)
    return out, second
