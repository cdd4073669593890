"""End to end on the demo press: the real spiders, pipelines and database, run as a user would.

Each crawl is a child `mercato crawl` process (Scrapy's reactor starts once per process) on a
registry pointing at the session's demo server, into a fresh SQLite file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from mercato.db.models import Article, CrawlRun, RunSourceStats
from mercato.demo_server import DemoServer

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK_ENV = {"MERCATO_DOWNLOAD_DELAY": "0", "MERCATO_AUTOTHROTTLE_ENABLED": "false",
                "MERCATO_CONCURRENT_REQUESTS_PER_DOMAIN": "8", "MERCATO_RETRY_TIMES": "0"}


def run_crawl(registry: Path, db_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **LOOPBACK_ENV, "MERCATO_DATABASE_URL": db_url}
    return subprocess.run([sys.executable, "-m", "mercato.cli", "crawl", "--sources", str(registry)],
                          capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)


@pytest.fixture(scope="module")
def crawled(demo_site: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Crawl the demo press twice into one database; keep both runs' outcomes."""
    tmp = tmp_path_factory.mktemp("crawl")
    registry = tmp / "sources.toml"
    registry.write_text((ROOT / "data" / "demo" / "sources.toml").read_text(encoding="utf-8")
                        .replace("{{BASE}}", demo_site.base_url), encoding="utf-8")
    db_url = f"sqlite:///{tmp / 'mercato.db'}"
    first = run_crawl(registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    engine = create_engine(db_url)
    with Session(engine) as session:
        articles_after_first = {a.canonical_url: a.id for a in session.scalars(select(Article))}
    second = run_crawl(registry, db_url)
    assert second.returncode == 0, second.stderr[-3000:]
    return {"engine": engine, "db_url": db_url, "first_ids": articles_after_first, "stderr": first.stderr}


def paths(urls: Any) -> set[str]:
    return {urlsplit(u).path for u in urls}


def test_every_demo_article_stored_once(crawled: dict[str, Any], demo_manifest: dict[str, Any]) -> None:
    wanted = {p["canonical_path"] for p in demo_manifest["pages"] if p["kind"] in ("article", "amp")}
    with Session(crawled["engine"]) as session:
        stored = list(session.scalars(select(Article)))
    assert sorted(paths(a.canonical_url for a in stored)) == sorted(wanted)
    assert len(stored) == len(wanted)  # one row per canonical URL, AMP twin and utm links included


def test_non_articles_dropped_with_reason_and_bad_links_counted(crawled: dict[str, Any]) -> None:
    with Session(crawled["engine"]) as session:
        first_run = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).first()
        rows = {r.source: r for r in session.scalars(
            select(RunSourceStats).where(RunSourceStats.run_id == first_run.id))}
    assert first_run.status == "ok"
    dropped: dict[str, int] = {}
    for row in rows.values():
        for reason, n in row.dropped.items():
            dropped[reason] = dropped.get(reason, 0) + n
    assert dropped == {"non_italian": 1, "empty": 1, "not_article": 1}
    assert rows["calcio-oggi"].dropped == {"non_italian": 1}
    assert rows["gazzettino-sport"].dropped == {"not_article": 1}
    assert rows["radio-rossonera"].dropped == {"empty": 1}
    assert first_run.stats["mercato/http_404"] == 1
    assert first_run.stats["mercato/offsite"] == 1
    assert rows["gazzettino-sport"].errors == 1  # the 404, logged and counted, crawl went on


def test_latin1_outlet_text_is_correct(crawled: dict[str, Any]) -> None:
    with Session(crawled["engine"]) as session:
        texts = [a.text for a in session.scalars(select(Article)) if "/radio-rossonera/" in a.canonical_url]
    assert len(texts) >= 10
    joined = "\n".join(texts)
    assert any(ch in joined for ch in "àèéìòù")
    assert "Ã" not in joined and "\ufffd" not in joined


def test_split_article_arrives_whole(crawled: dict[str, Any]) -> None:
    expected = (ROOT / "tests/fixtures/demo_expected/radio-rossonera/milan-mercato-gennaio-tutti-i-nomi.json")
    import json

    want = json.loads(expected.read_text(encoding="utf-8"))
    with Session(crawled["engine"]) as session:
        (article,) = [a for a in session.scalars(select(Article)) if a.canonical_url.endswith(want["path"])]
    assert article.text.startswith(want["first_sentence"])
    assert article.text.rstrip().endswith(want["last_sentence"])


def test_second_crawl_stores_nothing_new(crawled: dict[str, Any]) -> None:
    with Session(crawled["engine"]) as session:
        now = {a.canonical_url: a.id for a in session.scalars(select(Article))}
        runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    assert now == crawled["first_ids"]
    assert len(runs) == 2 and runs[1].status == "ok"
    assert runs[1].stats.get("mercato/articles_new", 0) == 0


def test_syndicated_story_is_one_group_with_three_outlets(crawled: dict[str, Any],
                                                          demo_manifest: dict[str, Any]) -> None:
    group = {p["canonical_path"] for p in demo_manifest["pages"] if p["syndicated_group"]}
    with Session(crawled["engine"]) as session:
        copies = [a for a in session.scalars(select(Article)) if urlsplit(a.canonical_url).path in group]
        outlets = {a.source.name for a in copies}
        firsts = [a for a in copies if a.duplicate_of_id is None]
    assert len(copies) == 3 and len(outlets) == 3
    assert len(firsts) == 1  # one story: the earliest copy, the others point at it
    first = firsts[0]
    assert all(a.duplicate_of_id == first.id and a.duplicate_kind == "near" for a in copies if a is not first)
    assert first.published == min(a.published for a in copies)


def test_amp_twin_and_utm_links_are_one_article(crawled: dict[str, Any],
                                                demo_manifest: dict[str, Any]) -> None:
    (amp,) = [p for p in demo_manifest["pages"] if p["kind"] == "amp"]
    with Session(crawled["engine"]) as session:
        urls = [a.canonical_url for a in session.scalars(select(Article))]
    assert [u for u in urls if urlsplit(u).path == amp["canonical_path"]] != []
    assert len([u for u in urls if urlsplit(u).path == amp["canonical_path"]]) == 1
    assert not [u for u in urls if "/amp/" in u or "utm_" in u]


def test_seed_scenario_two_outlets_two_stages_is_one_rumour(crawled: dict[str, Any]) -> None:
    """Gila to Milan: first interest (Radio Rossonera), later talks (Il Mercatino): one move."""
    from mercato.db.models import Mention, Rumour

    with Session(crawled["engine"]) as session:
        rumours = [r for r in session.scalars(select(Rumour))
                   if "gila" in r.player_key.split() and r.to_club == "Milan"]
        assert len(rumours) == 1
        rumour = rumours[0]
        mentions = sorted(session.scalars(select(Mention).where(Mention.rumour_id == rumour.id)),
                          key=lambda m: m.published)
    assert {m.outlet for m in mentions} == {"Radio Rossonera", "Il Mercatino"}
    assert rumour.n_outlets == 2 and sorted(rumour.outlets) == ["Il Mercatino", "Radio Rossonera"]
    assert mentions[0].stage == "interest" and mentions[-1].stage != "interest"
    assert rumour.stage == mentions[-1].stage  # the move stands where the latest report put it
    assert rumour.stage_history[0]["stage"] == "interest"
    assert rumour.first_seen == mentions[0].published and rumour.last_seen == mentions[-1].published


def cli(*args: str, db_url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MERCATO_DATABASE_URL": db_url, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "mercato.cli", *args], capture_output=True, text=True,
                          timeout=300, env=env, cwd=ROOT)


def test_morning_view_and_export(crawled: dict[str, Any], tmp_path: Path) -> None:
    import json

    result = cli("rumours", "--player", "Gila", "--format", "json", db_url=crawled["db_url"])
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["to_club"] for r in rows} >= {"Milan"}
    for row in rows:
        assert "Gila" in row["player"]
        assert {"player", "from_club", "to_club", "deal", "stage", "fee_eur", "bonus_eur", "contract_until",
                "cited_outlets", "evidence", "outlets", "first_seen", "last_seen", "mentions"} <= set(row)
    table = cli("rumours", "--min-outlets", "2", db_url=crawled["db_url"])
    assert table.returncode == 0 and "Maignan" in table.stdout
    out = tmp_path / "rumours.csv"
    exported = cli("export", str(out), "--format", "csv", db_url=crawled["db_url"])
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8").count("\n") > 10
    assert (tmp_path / "rumours.mentions.csv").exists()


def test_reprocess_gives_the_database_a_fresh_crawl_gives(crawled: dict[str, Any], tmp_path: Path) -> None:
    """Re-running clean, extract and dedup on stored raw HTML changes nothing when nothing changed."""
    import shutil

    from mercato.db.models import Mention, Rumour

    source_db = Path(crawled["db_url"].removeprefix("sqlite:///"))
    copy = tmp_path / "copy.db"
    shutil.copy(source_db, copy)
    url = f"sqlite:///{copy}"

    def snapshot() -> tuple[Any, ...]:
        with Session(create_engine(url)) as session:
            arts = sorted((a.canonical_url, a.content_hash, a.duplicate_of_id or 0, a.title or "")
                          for a in session.scalars(select(Article)))
            rums = sorted((r.player_key, r.to_club or "", r.deal_family, r.stage, r.n_outlets,
                           str(r.first_seen), str(r.last_seen)) for r in session.scalars(select(Rumour)))
            ments = sorted((m.article_id, m.player_key, m.to_club or "", m.stage)
                           for m in session.scalars(select(Mention)))
        return arts, rums, ments

    before = snapshot()
    result = cli("reprocess", db_url=url)
    assert result.returncode == 0, result.stderr
    assert "reprocessed: 46" in result.stdout
    assert snapshot() == before
