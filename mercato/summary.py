"""What a crawl left in the database, as rich tables: the end of `mercato demo` and `mercato crawl`."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mercato.db.models import Article, CrawlRun, Mention, Rumour, RunSourceStats, Source

__all__ = ["render_run_summary", "run_summary"]

TOP_RUMOURS = 15


def run_summary(session: Session, run_id: int) -> dict[str, Any]:
    """Counts of one run per source, the totals in the database, and the freshest rumours."""
    run = session.get(CrawlRun, run_id)
    if run is None:
        raise LookupError(f"no crawl run {run_id}")
    per_source = session.execute(select(RunSourceStats).where(RunSourceStats.run_id == run_id)
                                 .order_by(RunSourceStats.source)).scalars().all()
    stored = dict(session.execute(
        select(Source.name, func.count(Article.id)).join(Article).group_by(Source.name)).all())
    rumours = session.execute(select(Rumour).order_by(Rumour.n_outlets.desc(), Rumour.last_seen.desc(),
                                                      Rumour.id).limit(TOP_RUMOURS)).scalars().all()
    return {
        "run": run,
        "per_source": per_source,
        "stored": stored,
        "articles": session.scalar(select(func.count(Article.id))) or 0,
        "duplicates": session.scalar(select(func.count(Article.id))
                                     .where(Article.duplicate_of_id.is_not(None))) or 0,
        "mentions": session.scalar(select(func.count(Mention.id))) or 0,
        "rumours_total": session.scalar(select(func.count(Rumour.id))) or 0,
        "rumours": rumours,
    }


def _fee(value: int | None) -> str:
    return f"{value / 1_000_000:g} M€" if value else ""


def render_run_summary(summary: dict[str, Any]) -> Group:
    """Two tables (per source, rumours) and a totals line, ready for Console.print."""
    run = summary["run"]
    sources = Table("source", "requests", "new", "duplicates", "dropped", "rumours", "errors",
                    "stored", title=f"Run {run.id} ({run.spider}, {run.status})")
    for row in summary["per_source"]:
        dropped = ", ".join(f"{k} {v}" for k, v in sorted(row.dropped.items())) or "0"
        sources.add_row(row.source, str(row.requests), str(row.articles_new), str(row.duplicates), dropped,
                        str(run.stats.get(f"mercato/source/{row.source}/rumours_found", 0)),
                        str(row.errors), str(summary["stored"].get(row.source, 0)))
    rumours = Table("player", "from", "to", "deal", "stage", "fee", "outlets", "last seen",
                    title=f"Rumours (top {TOP_RUMOURS} of {summary['rumours_total']})")
    for r in summary["rumours"]:
        rumours.add_row(r.player, r.from_club or "", r.to_club or "-", r.deal, r.stage, _fee(r.fee_eur),
                        ", ".join(r.outlets), r.last_seen.isoformat() if r.last_seen else "")
    totals = (f"Database: {summary['articles']} articles ({summary['duplicates']} duplicates of another), "
              f"{summary['mentions']} rumour mentions, {summary['rumours_total']} rumours.")
    return Group(sources, rumours, totals)
