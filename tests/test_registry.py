"""The registry is what users edit by hand: every mistake must be one clear line, exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mercato.registry import RegistryError, load_registry, select_sources

ROOT = Path(__file__).resolve().parents[1]

GOOD = """
[[source]]
name = "mercatino"
title = "Il Mercatino"
home = "https://www.mercatino.example/"
allowed_domains = ["mercatino.example"]
feeds = ["https://www.mercatino.example/feed.xml"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_registry_lists_the_real_outlets() -> None:
    sources = load_registry(ROOT / "data" / "sources.toml")
    names = {s.name for s in sources}
    assert len(sources) >= 12
    for wanted in ("tuttomercatoweb", "calciomercato", "dimarzio", "gazzetta", "corrieredellosport",
                   "tuttosport", "skysport", "sportmediaset", "fcinternews", "milannews", "tuttojuve",
                   "areanapoli"):
        assert wanted in names
    assert all(s.feeds or s.sitemaps for s in sources)
    assert all(u.startswith("https://") for s in sources for u in s.feeds + s.sitemaps)


def test_good_entry_and_defaults(tmp_path: Path) -> None:
    (source,) = load_registry(write(tmp_path, GOOD))
    assert source.language == "it" and source.enabled
    assert source.allows("https://www.mercatino.example/a.html")
    assert source.allows("https://mercatino.example/a.html")
    assert not source.allows("https://evil.example/mercatino.example")


def test_placeholder_is_filled(tmp_path: Path) -> None:
    text = GOOD.replace("https://www.mercatino.example", "{{BASE}}/mercatino")
    (source,) = load_registry(write(tmp_path, text), base_url="http://127.0.0.1:8123")
    assert source.feeds == ("http://127.0.0.1:8123/mercatino/feed.xml",)


@pytest.mark.parametrize(("text", "message"), [
    (GOOD.replace('title = "Il Mercatino"\n', ""), "source 'mercatino': missing required key 'title'"),
    (GOOD + 'colour = "blue"\n', "source 'mercatino': unknown key 'colour'"),
    (GOOD.replace("feeds = ", "feeds = 3 #"), "source 'mercatino': key 'feeds': expected a list"),
    (GOOD.replace('name = "mercatino"', 'name = "Il Mercatino"'), "key 'name' must be lowercase"),
    (GOOD + GOOD, "source 'mercatino': key 'name' is duplicated"),
    (GOOD.replace("[[source]]", "[[source"), "malformed TOML"),
    (GOOD.replace("https://www.mercatino.example/feed.xml", "ftp://x/feed"), "not an http(s) URL"),
    ("[[outlet]]\nname='x'\n", "unknown top-level key 'outlet'"),
])
def test_bad_registry_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_unknown_source_name(tmp_path: Path) -> None:
    sources = load_registry(write(tmp_path, GOOD))
    with pytest.raises(RegistryError, match="unknown source 'nope'"):
        select_sources(sources, ["nope"])


def test_crawl_with_bad_registry_exits_2_with_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + 'colour = "blue"\n')
    db = tmp_path / "m.db"
    result = subprocess.run([sys.executable, "-m", "mercato.cli", "crawl", "--sources", str(path)],
                            capture_output=True, text=True, timeout=120,
                            env={"MERCATO_DATABASE_URL": f"sqlite:///{db}", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "unknown key 'colour'" in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert not db.exists()  # nothing crawled, nothing written
