"""Typer command functions for operations: `crawl` (locked, with progress), `schedule`, `status`.

Plain functions with Typer annotations; `mercato.cli` registers them (``app.command()(crawl)``).
Bodies stay thin: the work is in `mercato.scheduler`, `mercato.locks` and `mercato.status`.
Exit codes: 0 ok, 1 failure or a status warning, 2 bad usage or registry, 3 sources locked.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from mercato import settings as mercato_settings

__all__ = ["SourcesOpt", "crawl", "fail", "registry_path", "schedule", "status"]

log = logging.getLogger("mercato")

EXIT_BUSY = 3
SourcesOpt = Annotated[Path | None, typer.Option("--sources", help="Registry file to use instead of "
                                                 "data/sources.toml.", show_default=False)]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Warnings and errors only, no live display.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `mercato: message` on stderr and return the Exit to raise (no traceback)."""
    typer.echo(f"mercato: {message}", err=True)
    return typer.Exit(code)


def registry_path(sources: Path | None) -> Path:
    return sources or Path(mercato_settings.MERCATO_SOURCES_FILE)


def crawl(
    source: Annotated[list[str] | None, typer.Argument(help="Source names (default: all enabled).")] = None,
    sources: SourcesOpt = None,
    spider: Annotated[str, typer.Option(help="news (feeds+sitemaps+sections), feeds or sitemaps.")] = "news",
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="If another crawl holds a source, wait "
                                       "for it (up to MERCATO_LOCK_WAIT s) instead of exiting.")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Crawl outlets once into the database (live progress in a terminal)."""
    from rich.console import Console

    from mercato.crawl import SPIDERS, run_crawl
    from mercato.crawlstate import open_database
    from mercato.db.engine import DatabaseError, make_sessionmaker
    from mercato.locks import HeldLocks, LockBusy, make_owner
    from mercato.logsetup import setup_logging, stderr_console
    from mercato.registry import RegistryError, load_registry, select_sources
    from mercato.summary import render_run_summary, run_summary

    if spider not in SPIDERS:
        raise fail(f"unknown spider {spider!r} (choose from {', '.join(SPIDERS)})", 2)
    progress = not quiet and sys.stderr.isatty()
    setup_logging(quiet or progress, console=stderr_console() if progress else None)
    try:
        names = [s.name for s in select_sources(load_registry(registry_path(sources)), source or [])]
        engine = open_database(mercato_settings.database_url())
    except (RegistryError, DatabaseError) as exc:
        raise fail(str(exc), 2 if isinstance(exc, RegistryError) else 1) from None
    patience = mercato_settings.MERCATO_LOCK_WAIT if wait else 0
    try:
        with HeldLocks(engine, names, make_owner("manual crawl"), wait=patience,
                       stale_after=mercato_settings.MERCATO_LOCK_STALE_AFTER):
            stats = run_crawl(source or [], sources_file=registry_path(sources), spider=spider,
                              overrides={"LOG_ENABLED": False, "MERCATO_PROGRESS": progress})
        run_id = stats.get("mercato/run_id")
        if run_id is not None:
            with make_sessionmaker(engine)() as session:
                summary = run_summary(session, run_id)
            if progress:
                Console().print(render_run_summary(summary))
            for row in summary["per_source"]:
                log.info("%s: %d pages fetched, %d new articles, %d duplicates, %d errors", row.source,
                         row.requests, row.articles_new, row.duplicates, row.errors)
    except LockBusy as exc:
        hint = "" if wait else "; use --wait to wait for it"
        raise fail(f"{exc}{hint}", EXIT_BUSY) from None
    finally:
        engine.dispose()
    if stats.get("finish_reason") != "finished":
        raise fail(f"crawl ended early: {stats.get('finish_reason')}")


def schedule(
    once: Annotated[bool, typer.Option("--once", help="Run the nightly job now and exit.")] = False,
    show: Annotated[bool, typer.Option("--show", help="Print the jobs and their next fire times.")] = False,
    sources: SourcesOpt = None,
    quiet: QuietOpt = False,
    base_url: Annotated[str | None, typer.Option(help="Fill the {{BASE}} placeholder of a demo registry.",
                                                 hidden=True)] = None,
) -> None:
    """Run the crawl scheduler (nightly at MERCATO_SCHEDULE_CRON, Europe/Rome) until stopped."""
    from rich.console import Console
    from rich.table import Table

    from mercato.db.engine import DatabaseError
    from mercato.locks import LockBusy
    from mercato.logsetup import setup_logging
    from mercato.registry import RegistryError
    from mercato.scheduler import ScheduleConfig, Scheduler, describe_jobs, run_once

    config = ScheduleConfig().with_(sources_file=sources, base_url=base_url)
    try:
        if show:
            table = Table("job", "sources", "cron", f"next runs ({config.timezone})")
            for job, times in describe_jobs(config):
                table.add_row(job.id, ", ".join(job.sources) or "all enabled", job.cron,
                              "\n".join(t.strftime("%a %d %b %H:%M %Z") for t in times))
            Console().print(table)
            if config.jitter:
                Console().print(f"each run starts up to {config.jitter} s later (jitter)")
            return
        setup_logging(quiet, name="scheduler")
        if once:
            code = run_once(config)
            if code:
                raise typer.Exit(code)
            return
        Scheduler(config).serve()
    except LockBusy as exc:
        held = exc.held[0]
        raise fail(f"another scheduler is running on this database: {held.owner}, started "
                    f"{held.acquired_at.astimezone():%Y-%m-%d %H:%M}", EXIT_BUSY) from None
    except (RegistryError, ValueError) as exc:
        raise fail(str(exc), 2) from None
    except DatabaseError as exc:
        raise fail(str(exc)) from None


def status(
    runs: Annotated[int, typer.Option("--runs", help="How many recent runs to list.")] = 10,
    sources: SourcesOpt = None,
) -> None:
    """Show the last runs, the next scheduled runs and sources that need a look (exit 1 if any)."""
    from rich.console import Console
    from sqlalchemy.orm import Session

    from mercato.crawlstate import open_database
    from mercato.db.engine import DatabaseError
    from mercato.registry import RegistryError, load_registry
    from mercato.scheduler import ScheduleConfig, describe_jobs
    from mercato.status import build_report, render_report

    config = ScheduleConfig().with_(sources_file=sources)
    try:
        registry = load_registry(config.sources_file)
        next_runs = [(job.id, times[0] if times else None) for job, times in describe_jobs(config, count=1)]
        engine = open_database(config.database_url)
    except RegistryError as exc:
        raise fail(str(exc), 2) from None
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    try:
        with Session(engine) as session:
            report = build_report(session, sources=[s.name for s in registry if s.enabled], last=runs,
                                  next_runs=next_runs, tz=config.timezone)
            Console().print(render_report(report))
    finally:
        engine.dispose()
    if report.warnings:
        raise typer.Exit(1)
