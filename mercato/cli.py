"""The `mercato` command: thin verbs that call functions elsewhere and turn errors into one line."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from mercato import settings as mercato_settings

__all__ = ["app", "main"]

log = logging.getLogger("mercato")

app = typer.Typer(
    name="mercato",
    help="Turn the Italian football press into a clean database of transfer rumours.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SourcesOpt = Annotated[Path | None, typer.Option("--sources", help="Registry file to use instead of "
                                                 "data/sources.toml.", show_default=False)]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `mercato: message` on stderr and return the Exit to raise (no traceback)."""
    typer.echo(f"mercato: {message}", err=True)
    return typer.Exit(code)


def _registry_path(sources: Path | None) -> Path:
    return sources or Path(mercato_settings.MERCATO_SOURCES_FILE)


@app.command()
def crawl(
    source: Annotated[list[str] | None, typer.Argument(help="Source names (default: all enabled).")] = None,
    sources: SourcesOpt = None,
    spider: Annotated[str, typer.Option(help="news (feeds+sitemaps+sections), feeds or sitemaps.")] = "news",
) -> None:
    """Crawl outlets once into the database."""
    from mercato.crawl import SPIDERS, run_crawl
    from mercato.registry import RegistryError

    if spider not in SPIDERS:
        raise fail(f"unknown spider {spider!r} (choose from {', '.join(SPIDERS)})", 2)
    try:
        stats = run_crawl(source or [], sources_file=_registry_path(sources), spider=spider)
    except RegistryError as exc:
        raise fail(str(exc), 2) from None
    if stats.get("finish_reason") != "finished":
        raise fail(f"crawl ended early: {stats.get('finish_reason')}")


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


def main() -> None:
    """Console-script entry point: logging to stderr, then the Typer app."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
