"""`mercato status`: the last runs, the next scheduled ones, and the sources that need a look.

Warning rules (one line each in the output; any warning makes the command exit non-zero):

- failed: the newest finished run that included the source ended "failed".
- silent: the source's newest ok runs, at least SILENT_RUNS=3 of them spanning at least
  SILENT_SPAN=24 h, all had 0 new articles although their feeds and sitemaps changed (no 304),
  and an earlier ok run had new articles. Changed listings that yield nothing mean the outlet
  moved its article URLs, its pages stopped extracting, or the feed now lists old items.
- unchanged: every ok run of the source for at least UNCHANGED_SPAN=7 days (3 runs or more)
  had 0 new articles, after earlier runs had some. A 304 each night explains one quiet night,
  not a quiet week: the outlet probably moved its feed.
- stuck: a run is still "running" STUCK_AFTER=12 h after it started: its process died
  without recording the end (killed, machine lost).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mercato.db.models import CrawlLock, CrawlRun, RunSourceStats
from mercato.locks import SCHEDULER_LOCK

__all__ = ["SourceWarning", "StatusReport", "build_report", "render_report", "source_warnings"]

SILENT_RUNS = 3
SILENT_SPAN = dt.timedelta(hours=24)
UNCHANGED_SPAN = dt.timedelta(days=7)
STUCK_AFTER = dt.timedelta(hours=12)
HISTORY_RUNS = 500  # how far back the rules look


@dataclass(frozen=True)
class SourceWarning:
    """One thing a person should look at; `source` is None for run-level warnings."""

    kind: str  # failed | silent | unchanged | stuck
    source: str | None
    message: str


@dataclass
class StatusReport:
    runs: list[CrawlRun]
    next_runs: list[tuple[str, dt.datetime | None]]
    locks: list[CrawlLock]
    warnings: list[SourceWarning]
    timezone: str = "Europe/Rome"


def _when(value: dt.datetime | None, tz: str) -> str:
    return value.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M") if value else "-"


def _streak(rows: list[tuple[CrawlRun, RunSourceStats]], test: Any) -> list[tuple[CrawlRun, RunSourceStats]]:
    out = []
    for run, stats in rows:
        if not test(stats):
            break
        out.append((run, stats))
    return out


def source_warnings(runs: list[CrawlRun], sources: list[str] | None, now: dt.datetime,
                    tz: str = "Europe/Rome") -> list[SourceWarning]:
    """Apply the rules of the module docstring to runs (newest first) for these sources."""
    warnings: list[SourceWarning] = []
    for run in runs:
        if run.status == "running" and now - run.started_at > STUCK_AFTER:
            warnings.append(SourceWarning("stuck", None, f"run {run.id} ({run.trigger}) started "
                                          f"{_when(run.started_at, tz)} and never finished: "
                                          "its process died"))
    names = sources if sources is not None else sorted({s for r in runs for s in r.sources})
    for name in names:
        finished = [r for r in runs if name in r.sources and r.status != "running"]
        if finished and finished[0].status == "failed":
            r = finished[0]
            warnings.append(SourceWarning("failed", name, f"{name}: last run {r.id} "
                                          f"({_when(r.started_at, tz)}) failed: {r.error or 'no reason'}"))
            continue
        rows = [(r, s) for r in finished if r.status == "ok" for s in r.per_source if s.source == name]
        productive = next(((r, s) for r, s in rows if s.articles_new > 0), None)
        if productive is None:
            continue  # never yielded anything: nothing it "used to" do
        silent = _streak(rows, lambda s: s.articles_new == 0 and s.feeds_not_modified == 0)
        quiet = _streak(rows, lambda s: s.articles_new == 0)
        last_good = f"it had {productive[1].articles_new} in run {productive[0].id} " \
                    f"({_when(productive[0].started_at, tz)})"
        if len(silent) >= SILENT_RUNS and silent[0][0].started_at - silent[-1][0].started_at >= SILENT_SPAN:
            warnings.append(SourceWarning("silent", name, f"{name}: no new article in its last {len(silent)} "
                                          f"runs although its listings changed; {last_good}"))
        elif len(quiet) >= SILENT_RUNS and quiet[0][0].started_at - quiet[-1][0].started_at >= UNCHANGED_SPAN:
            days = (quiet[0][0].started_at - quiet[-1][0].started_at).days
            warnings.append(SourceWarning("unchanged", name, f"{name}: no new article for {days} days "
                                          f"({len(quiet)} runs, listings not modified); {last_good}"))
    return warnings


def build_report(session: Session, *, sources: list[str] | None = None, last: int = 10,
                 next_runs: list[tuple[str, dt.datetime | None]] | None = None,
                 now: dt.datetime | None = None, tz: str = "Europe/Rome") -> StatusReport:
    """Everything `mercato status` shows, read in one session."""
    now = now or dt.datetime.now(dt.UTC)
    runs = list(session.execute(select(CrawlRun).options(selectinload(CrawlRun.per_source))
                                .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
                                .limit(HISTORY_RUNS)).scalars())
    locks = list(session.execute(select(CrawlLock).order_by(CrawlLock.source)).scalars())
    return StatusReport(runs=runs[:last], next_runs=next_runs or [], locks=locks,
                        warnings=source_warnings(runs, sources, now, tz), timezone=tz)


def render_report(report: StatusReport) -> Any:
    """Rich renderables: runs table, next runs, locks held now, warnings (or an all-clear)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    tz = report.timezone
    runs = Table("run", "trigger", "status", "started", "took", "sources", "new", "rumours", "errors",
                 title=f"Last {len(report.runs)} runs ({tz})", title_justify="left")
    for r in report.runs:
        took = f"{(r.finished_at - r.started_at).total_seconds():.0f} s" if r.finished_at else "-"
        total = {k: sum(getattr(s, k) for s in r.per_source) for k in ("articles_new", "errors")}
        rumours = sum(s.rumours_new + s.rumours_updated for s in r.per_source)
        style = {"ok": "green", "failed": "red", "interrupted": "yellow"}.get(r.status, "")
        runs.add_row(str(r.id), r.trigger, Text(r.status, style=style), _when(r.started_at, tz), took,
                     str(len(r.sources)), str(total["articles_new"]), str(rumours), str(total["errors"]))
    parts: list[Any] = [runs]
    scheduler = next((lock for lock in report.locks if lock.source == SCHEDULER_LOCK), None)
    if report.next_runs:
        nxt = Table("job", "next run", title="Next scheduled runs", title_justify="left")
        for name, when in report.next_runs:
            nxt.add_row(name, _when(when, tz))
        parts.append(nxt)
        parts.append(Text(f"scheduler running: {scheduler.owner} since {_when(scheduler.acquired_at, tz)}"
                          if scheduler else "no scheduler is running (start it with `mercato schedule`)"))
    for lock in report.locks:
        if lock is not scheduler:
            parts.append(Text(f"crawling now: {lock.source} by {lock.owner} "
                              f"since {_when(lock.acquired_at, tz)}"))
    for w in report.warnings:
        parts.append(Text(f"warning [{w.kind}]: {w.message}", style="bold yellow"))
    if not report.warnings:
        parts.append(Text("no warnings", style="green"))
    return Group(*parts)
