"""The morning view: filters, order, the terminal table and the two export formats.

The database holds four rumours: Gila to Milan (3 outlets, last seen 20 Nov, negotiation, fee),
Gila to Inter (1 outlet, 16 Nov), Kim Min-jae to Milan (2 outlets, 18 Nov) and Tomori's 2022
renewal (official); one article is a near copy of another.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import select
from sqlalchemy.orm import Session

from mercato.db.base import Base
from mercato.db.engine import make_engine
from mercato.db.models import Article, Source
from mercato.dedup.rumours import replace_mentions
from mercato.dedup.view import (
    MENTION_FIELDS,
    RUMOUR_FIELDS,
    export,
    mentions_path,
    query_rumours,
    render_table,
    write_csv,
    write_jsonl,
)

REPORTS = [
    ("https://a.it/1", dt.date(2025, 11, 16), "Alfa", [
        {"player": "Mario Gila", "from_club": "Lazio", "to_club": "Milan", "deal": "transfer",
         "stage": "interest", "cited_outlets": ["Tuttosport"], "evidence": "Milan su Gila"},
        {"player": "Gila", "to_club": "Inter", "deal": "transfer", "stage": "interest",
         "evidence": "Inter"}]),
    ("https://b.it/1", dt.date(2025, 11, 18), "Beta", [
        {"player": "Kim Min-Jae", "from_club": "Bayern Monaco", "to_club": "Milan", "deal": "transfer",
         "stage": "interest", "evidence": "Kim al Milan"},
        {"player": "Gila", "to_club": "Milan", "deal": "unknown", "stage": "negotiation",
         "fee_eur": 20_000_000, "evidence": "trattativa"}]),
    ("https://c.it/1", dt.date(2025, 11, 18), "Gamma", [
        {"player": "Min-jae Kim", "to_club": "Milan", "deal": "transfer", "stage": "interest"}]),
    ("https://d.it/1", dt.date(2025, 11, 20), "Delta", [
        {"player": "Mario Gila", "to_club": "AC Milan", "deal": "transfer", "stage": "negotiation",
         "fee_eur": 22_000_000, "bonus_eur": 3_000_000, "evidence": "Milan-Lazio, si tratta"}]),
    ("https://e.it/1", dt.date(2022, 6, 30), "Alfa", [
        {"player": "Fikayo Tomori", "to_club": "Milan", "deal": "renewal", "stage": "official",
         "contract_until": 2027}]),
]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    engine = make_engine(f"sqlite:///{tmp_path / 'view.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        for url, day, outlet, rumours in REPORTS:
            src = s.scalar(select(Source).where(Source.name == outlet)) or Source(name=outlet, home_url=url)
            s.add(src)
            s.flush()
            article = Article(url=url + "?utm_source=x", canonical_url=url, source_id=src.id, text=url,
                              published=day, content_hash=url)
            s.add(article)
            s.flush()
            replace_mentions(s, article, rumours, outlet, day)
        copy = s.scalar(select(Article).where(Article.canonical_url == "https://c.it/1"))
        copy.duplicate_of_id, copy.duplicate_kind, copy.similarity = 2, "near", 0.88
        s.commit()
        yield s
    engine.dispose()


def test_rows_have_the_extractor_fields_and_the_view_fields(session: Session) -> None:
    rows = query_rumours(session)
    assert [r["player"] for r in rows] == ["Mario Gila", "Kim Min-Jae", "Gila", "Fikayo Tomori"]
    assert set(rows[0]) == set(RUMOUR_FIELDS)
    gila = rows[0]
    assert gila["outlets"] == ["Alfa", "Beta", "Delta"] and gila["mentions"] == 3
    assert (gila["fee_eur"], gila["bonus_eur"], gila["stage"]) == (22_000_000, 3_000_000, "negotiation")
    assert (gila["first_seen"], gila["last_seen"]) == ("2025-11-16", "2025-11-20")
    assert gila["evidence"] == "Milan-Lazio, si tratta" and gila["cited_outlets"] == ["Tuttosport"]
    assert [h["stage"] for h in gila["stage_history"]] == ["interest", "negotiation"]
    json.dumps(rows)  # plain JSON values only


def test_filters(session: Session) -> None:
    assert {r["to_club"] for r in query_rumours(session, player="gila")} == {"Inter", "Milan"}
    assert [r["player"] for r in query_rumours(session, player="Kim Min-jae")] == ["Kim Min-Jae"]
    assert {r["player"] for r in query_rumours(session, club="A.C. Milan")} == \
        {"Mario Gila", "Kim Min-Jae", "Fikayo Tomori"}
    assert [r["player"] for r in query_rumours(session, since=dt.date(2025, 11, 19))] == ["Mario Gila"]
    assert [r["player"] for r in query_rumours(session, stage="official")] == ["Fikayo Tomori"]
    assert [r["player"] for r in query_rumours(session, min_outlets=2)] == ["Mario Gila", "Kim Min-Jae"]
    assert query_rumours(session, player="Nessuno") == []


def test_club_filter_understands_the_lexicon_aliases(session: Session) -> None:
    """Users type the names they know: an alias from data/lexicon/clubs.toml finds the club."""
    assert {r["to_club"] for r in query_rumours(session, club="Inter")} == {"Inter"}
    assert {r["to_club"] for r in query_rumours(session, club="Internazionale")} == {"Inter"}
    assert {r["player"] for r in query_rumours(session, club="AC Milan")} == \
        {"Mario Gila", "Kim Min-Jae", "Fikayo Tomori"}


def test_render_table(session: Session) -> None:
    console = Console(record=True, width=160)
    console.print(render_table(query_rumours(session)))
    text = console.export_text()
    assert "Mario Gila" in text and "22 M€" in text and "2025-11-20" in text


def test_writers(session: Session, tmp_path: Path) -> None:
    rows = query_rumours(session)
    with (tmp_path / "r.jsonl").open("w", encoding="utf-8") as fh:
        assert write_jsonl(rows, fh) == 4
    first_line = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(first_line)["player"] == "Mario Gila"
    with (tmp_path / "r.csv").open("w", encoding="utf-8", newline="") as fh:
        write_csv(rows, fh)
    with (tmp_path / "r.csv").open(encoding="utf-8") as fh:
        first = next(csv.DictReader(fh))
    assert first["outlets"] == "Alfa; Beta; Delta"
    assert json.loads(first["stage_history"])[0]["stage"] == "interest"


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_writes_rumours_and_mentions(session: Session, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out" / f"rumours.{fmt}"
    rumours_file, mentions_file = export(session, fmt, out)
    assert rumours_file == out
    assert mentions_file == mentions_path(out) == tmp_path / "out" / f"rumours.mentions.{fmt}"
    if fmt == "csv":
        with mentions_file.open(encoding="utf-8") as fh:
            mentions = list(csv.DictReader(fh))
        assert list(mentions[0]) == list(MENTION_FIELDS)
    else:
        mentions = [json.loads(line) for line in mentions_file.read_text(encoding="utf-8").splitlines()]
    assert len(mentions) == 7
    copy = next(m for m in mentions if m["canonical_url"] == "https://c.it/1")
    assert copy["duplicate_kind"] == "near" and copy["url"] == "https://c.it/1?utm_source=x"
    assert len(out.read_text(encoding="utf-8").splitlines()) == (5 if fmt == "csv" else 4)


def test_export_rejects_unknown_format(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="csv or jsonl"):
        export(session, "xml", tmp_path / "x.xml")  # type: ignore[arg-type]
