"""The sources registry: outlets as data (`data/sources.toml`), validated with one-line errors.

Spiders, the scheduler, `mercato sources` and the tests all iterate the same list, so a new
outlet is a TOML table, not code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = ["RegistryError", "Source", "load_registry", "select_sources"]

REQUIRED_KEYS = ("name", "title", "home", "allowed_domains")
OPTIONAL_KEYS = ("language", "feeds", "sitemaps", "sections", "article_pattern", "enabled", "schedule")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
PLACEHOLDER = "{{BASE}}"


class RegistryError(ValueError):
    """A registry problem, phrased as one line naming the file, the entry and the key."""


@dataclass(frozen=True, slots=True)
class Source:
    """One outlet: where its feeds, news sitemaps and section pages are, and what it may link to."""

    name: str
    title: str
    home: str
    allowed_domains: tuple[str, ...]
    language: str = "it"
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    article_pattern: str | None = None
    enabled: bool = True
    schedule: str | None = None
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def allows(self, url: str) -> bool:
        """True when `url` is on one of the outlet's domains (subdomains included)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def looks_like_article(self, url: str) -> bool:
        """The optional URL pattern lets an outlet's listing pages be skipped before download."""
        return self._pattern is None or bool(self._pattern.search(url))


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RegistryError(f"{where}: expected a list of non-empty strings")
    return tuple(value)


def _build(entry: Any, index: int, path: Path, base_url: str | None) -> Source:
    label = f"{path}: source #{index + 1}"
    if not isinstance(entry, dict):
        raise RegistryError(f"{label}: expected a table [[source]]")
    if isinstance(entry.get("name"), str):
        label = f"{path}: source {entry['name']!r}"
    unknown = sorted(set(entry) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise RegistryError(f"{label}: unknown key {unknown[0]!r}")
    for key in REQUIRED_KEYS:
        if key not in entry:
            raise RegistryError(f"{label}: missing required key {key!r}")
    if base_url is not None:
        entry = {k: _fill(v, base_url) for k, v in entry.items()}
    name = entry["name"]
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise RegistryError(f"{label}: key 'name' must be lowercase letters, digits, '-' or '_'")
    for key in ("title", "home"):
        if not isinstance(entry[key], str) or not entry[key]:
            raise RegistryError(f"{label}: key {key!r} must be a non-empty string")
    lists = {k: _str_list(entry.get(k, []), f"{label}: key {k!r}")
             for k in ("allowed_domains", "feeds", "sitemaps", "sections")}
    if not lists["allowed_domains"]:
        raise RegistryError(f"{label}: key 'allowed_domains' must not be empty")
    if not (lists["feeds"] or lists["sitemaps"] or lists["sections"]):
        raise RegistryError(f"{label}: key 'feeds': give at least one feed, sitemap or section")
    for key in ("feeds", "sitemaps", "sections"):
        for url in lists[key]:
            if urlsplit(url).scheme not in ("http", "https"):
                raise RegistryError(f"{label}: key {key!r}: not an http(s) URL: {url}")
    pattern = entry.get("article_pattern")
    compiled = None
    if pattern is not None:
        try:
            compiled = re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise RegistryError(f"{label}: key 'article_pattern': bad regex: {exc}") from None
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RegistryError(f"{label}: key 'enabled' must be true or false")
    for key in ("language", "schedule"):
        if key in entry and not isinstance(entry[key], str):
            raise RegistryError(f"{label}: key {key!r} must be a string")
    return Source(
        name=name, title=entry["title"], home=entry["home"],
        allowed_domains=tuple(d.lower() for d in lists["allowed_domains"]),
        language=entry.get("language", "it"), feeds=lists["feeds"], sitemaps=lists["sitemaps"],
        sections=lists["sections"], article_pattern=pattern, enabled=enabled,
        schedule=entry.get("schedule"), _pattern=compiled,
    )


def _fill(value: Any, base_url: str) -> Any:
    """Replace the demo's {{BASE}} placeholder, whose port is only known at run time."""
    if isinstance(value, str):
        return value.replace(PLACEHOLDER, base_url.rstrip("/"))
    if isinstance(value, list):
        return [_fill(v, base_url) for v in value]
    return value


def load_registry(path: str | Path, *, base_url: str | None = None) -> list[Source]:
    """Read and validate a registry file; raise RegistryError with a one-line message."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"{path}: file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: malformed TOML: {exc}") from None
    extra = sorted(set(data) - {"source"})
    if extra:
        raise RegistryError(f"{path}: unknown top-level key {extra[0]!r} (expected [[source]] tables)")
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{path}: no [[source]] entries")
    sources = [_build(e, i, path, base_url) for i, e in enumerate(entries)]
    seen: set[str] = set()
    for s in sources:
        if s.name in seen:
            raise RegistryError(f"{path}: source {s.name!r}: key 'name' is duplicated")
        seen.add(s.name)
    return sources


def select_sources(sources: list[Source], names: list[str] | None) -> list[Source]:
    """The named sources (any state), or every enabled one; unknown names are an error."""
    if not names:
        return [s for s in sources if s.enabled]
    by_name = {s.name: s for s in sources}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise RegistryError(f"unknown source {missing[0]!r} (known: {', '.join(sorted(by_name))})")
    return [by_name[n] for n in names]
