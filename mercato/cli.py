"""The `mercato` command: thin verbs that call functions elsewhere and turn errors into one line."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mercato import cli_ops
from mercato import settings as mercato_settings
from mercato.cli_ops import SourcesOpt, fail
from mercato.cli_ops import registry_path as _registry_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["app", "main"]

log = logging.getLogger("mercato")

app = typer.Typer(
    name="mercato",
    help="Turn the Italian football press into a clean database of transfer rumours.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command()(cli_ops.crawl)
app.command()(cli_ops.schedule)
app.command()(cli_ops.status)


@app.command()
def demo(
    database: Annotated[str | None, typer.Option(help="SQLAlchemy URL (default: the usual database).")]
    = None,
) -> None:
    """Serve the bundled demo press on 127.0.0.1, crawl it and show what was stored."""
    from mercato.demo import run_demo

    try:
        run_demo(database)
    except RuntimeError as exc:
        raise fail(str(exc)) from None


@app.command("sources")
def list_sources(sources: SourcesOpt = None) -> None:
    """List the outlets of the registry."""
    from rich.console import Console
    from rich.table import Table

    from mercato.registry import RegistryError, load_registry

    try:
        registry = load_registry(_registry_path(sources))
    except RegistryError as exc:
        raise fail(str(exc), 2) from None
    table = Table("name", "title", "feeds", "sitemaps", "sections", "enabled", "schedule")
    for s in registry:
        table.add_row(s.name, s.title, str(len(s.feeds)), str(len(s.sitemaps)), str(len(s.sections)),
                      "yes" if s.enabled else "no", s.schedule or "nightly")
    Console().print(table)


@app.command("check-sources")
def check_sources(
    source: Annotated[list[str] | None, typer.Argument(help="Source names (default: all enabled).")] = None,
    sources: SourcesOpt = None,
    timeout: Annotated[float, typer.Option(help="Seconds per request.")] = 20.0,
) -> None:
    """Fetch each outlet's feed and one article and report what extraction got (needs internet)."""
    from rich.console import Console

    from mercato.checks import check_all, render_checks
    from mercato.registry import RegistryError, load_registry, select_sources

    try:
        chosen = select_sources(load_registry(_registry_path(sources)), source or [])
    except RegistryError as exc:
        raise fail(str(exc), 2) from None
    results = check_all(chosen, timeout=timeout)
    Console().print(render_checks(results))
    if any(not r.ok for r in results):
        raise typer.Exit(1)


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="An HTML file, or a .txt file of plain article text.")],
    url: Annotated[str | None, typer.Option(help="The page's URL (resolves links, names the publisher).")]
    = None,
    sources: SourcesOpt = None,
) -> None:
    """Clean one local file and print its article and rumours as one JSON object."""
    from mercato.document import DocumentError, extract_document
    from mercato.registry import RegistryError, load_registry

    try:
        registry = load_registry(_registry_path(sources))
    except RegistryError:
        registry = []  # the publisher is a nicety here; a broken registry must not block extraction
    try:
        result = extract_document(path, url=url, sources=registry)
    except DocumentError as exc:
        raise fail(str(exc), 2) from None
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2))


def _sessions(database: str | None) -> sessionmaker[Session]:
    """A sessionmaker on the configured database, migrated; DatabaseError becomes one line."""
    from mercato.db.engine import DatabaseError, make_engine, make_sessionmaker, migrate

    try:
        engine = make_engine(database or mercato_settings.database_url())
        migrate(engine)
    except DatabaseError as exc:
        raise fail(str(exc)) from None
    return make_sessionmaker(engine)


DatabaseOpt = Annotated[str | None, typer.Option("--database", help="SQLAlchemy URL (default: "
                                                 "MERCATO_DATABASE_URL or data/mercato.db).",
                                                 show_default=False)]


@app.command()
def rumours(
    player: Annotated[str | None, typer.Option(help="Player name or surname.")] = None,
    club: Annotated[str | None, typer.Option(help="Destination club.")] = None,
    since: Annotated[str | None, typer.Option(help="Only rumours reported since YYYY-MM-DD.")] = None,
    stage: Annotated[str | None, typer.Option(help="interest, negotiation, agreement, medical, "
                                              "official or collapsed.")] = None,
    min_outlets: Annotated[int | None, typer.Option(help="Reported by at least N outlets.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    database: DatabaseOpt = None,
) -> None:
    """The morning view: every rumour once, newest first, with its outlets and stage."""
    import datetime as dt

    from rich.console import Console

    from mercato.dedup.view import query_rumours, render_table, write_csv

    if fmt not in ("table", "json", "csv"):
        raise fail(f"unknown format {fmt!r} (table, json or csv)", 2)
    try:
        since_date = dt.date.fromisoformat(since) if since else None
    except ValueError:
        raise fail(f"--since: not a date (YYYY-MM-DD): {since!r}", 2) from None
    with _sessions(database)() as session:
        rows = query_rumours(session, player=player, club=club, since=since_date, stage=stage,
                             min_outlets=min_outlets)
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        write_csv(rows, sys.stdout)
    else:
        Console().print(render_table(rows, title=f"Rumours ({len(rows)})"))


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file for rumours; mentions go beside it.")],
    fmt: Annotated[str, typer.Option("--format", help="csv or jsonl.")] = "jsonl",
    database: DatabaseOpt = None,
) -> None:
    """Export every rumour and every mention (CSV or JSON lines)."""
    from mercato.dedup.view import export as export_rows

    if fmt not in ("csv", "jsonl"):
        raise fail(f"unknown format {fmt!r} (csv or jsonl)", 2)
    with _sessions(database)() as session:
        rumours_path, mentions_path = export_rows(session, fmt, out)  # type: ignore[arg-type]
    typer.echo(f"wrote {rumours_path} and {mentions_path}")


@app.command()
def reprocess(database: DatabaseOpt = None) -> None:
    """Re-run clean, extract and dedup over the stored raw HTML (after the lexicons improve)."""
    from mercato.reprocess import reprocess as run_reprocess

    outcomes = run_reprocess(_sessions(database),
                             silence_days=mercato_settings.MERCATO_RUMOUR_SILENCE_DAYS)
    typer.echo(", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())) or "nothing stored")
    if outcomes.get("errors"):
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point: logging to stderr, then the Typer app."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
