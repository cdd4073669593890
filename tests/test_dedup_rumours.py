"""Rumours: one row per move, whatever the spelling, the order of arrival or a re-ingest.

Mentions are written as the extractor's dicts; each article is a bare row (dedup of articles is
tested elsewhere). Dates follow real cases: Tomori's renewal talks with Milan in spring 2022
and again in autumn 2025 are two rumours; Gila is wanted by Milan and by Inter.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mercato.db.models import Article, Mention, Rumour, Source
from mercato.dedup.identity import club_key, deal_family, player_key, resolve_keys
from mercato.dedup.rumours import replace_mentions


def R(player: str, to_club: str | None, deal: str = "transfer", stage: str = "interest", **kw: Any) -> dict:
    return {"player": player, "to_club": to_club, "deal": deal, "stage": stage, "role": "player", **kw}


def add(session: Session, url: str, day: dt.date | None, outlet: str, rumours: list[dict]) -> Article:
    """Store a bare article and its mentions, as the store pipeline does."""
    sid = session.scalar(select(Source.id).where(Source.name == outlet))
    if sid is None:
        src = Source(name=outlet, home_url=f"https://{outlet}.it")
        session.add(src)
        session.flush()
        sid = src.id
    article = session.scalar(select(Article).where(Article.canonical_url == url))
    if article is None:
        article = Article(url=url, canonical_url=url, source_id=sid, text=url, published=day,
                          content_hash=url)
        session.add(article)
        session.flush()
    replace_mentions(session, article, rumours, outlet, day)
    return article


def snapshot(session: Session) -> list[tuple]:
    """The rumours without their ids, with the articles (by URL) that reported each."""
    urls = {i: u for i, u in session.execute(select(Article.id, Article.canonical_url))}
    out = []
    for r in session.scalars(select(Rumour)):
        reports = sorted((urls[m.article_id], m.player) for m in
                         session.scalars(select(Mention).where(Mention.rumour_id == r.id)))
        out.append((r.player, r.player_key, r.to_club, r.deal_family, r.deal, r.stage, r.from_club,
                    str(r.stage_history), r.fee_eur, tuple(r.outlets), r.n_outlets, r.n_mentions,
                    r.first_seen, r.last_seen, tuple(reports)))
    return sorted(out, key=repr)


def rumours_of(session: Session, name: str) -> list[Rumour]:
    key = player_key(name)
    return sorted(session.scalars(select(Rumour).where(Rumour.player_key == key)),
                  key=lambda r: (r.first_seen, r.to_club or ""))


# --- identity (pure) -------------------------------------------------------------------------

def test_kim_min_jae_variants_are_one_key() -> None:
    names = ("Kim Min-Jae", "Kim Min-jae", "Min-jae Kim", "KIM MIN JAE", "kim min\u2011jae")
    keys = {player_key(n) for n in names}
    assert len(keys) == 1
    assert resolve_keys([player_key("Minjae Kim"), *keys])[player_key("Minjae Kim")] in keys


def test_accents_and_apostrophes_fold() -> None:
    assert player_key("N'Golo Kanté") == player_key("N’Golo Kante") == "kante ngolo"
    assert player_key("Vlahović") == player_key("Vlahovic")


def test_surname_resolves_to_the_only_full_name() -> None:
    mapping = resolve_keys([player_key("Gila"), player_key("Mario Gila"), player_key("M. Gila")])
    assert mapping["gila"] == mapping["gila m"] == "gila mario"
    ambiguous = resolve_keys(["gila", "gila mario", "gila pablo"])
    assert ambiguous["gila"] == "gila"


def test_spelling_variant_joins_the_most_reported() -> None:
    mapping = resolve_keys({"khvicha kvaratskhelia": 5, "khvicha kvaratshelia": 1})
    assert mapping["khvicha kvaratshelia"] == "khvicha kvaratskhelia"


def test_club_key_and_deal_family() -> None:
    assert club_key("AC Milan") == club_key("Milan") == "milan"
    assert club_key("S.S. Lazio") == club_key("Lazio")
    assert club_key(None) == ""
    assert {deal_family(d) for d in ("loan", "loan_option", "loan_obligation")} == {"loan"}
    assert {deal_family(d) for d in ("transfer", "free", "swap")} == {"transfer"}
    assert deal_family("renewal") == "renewal" and deal_family(None) == "unknown"


# --- rumours in the database -----------------------------------------------------------------

def test_tomori_renewals_of_2022_and_2025_are_two_rumours(session: Session) -> None:
    for i, day in enumerate([dt.date(2022, 3, 1), dt.date(2022, 4, 20), dt.date(2022, 6, 15)]):
        add(session, f"https://a.it/t22-{i}", day, "A", [R("Fikayo Tomori", "Milan", "renewal")])
    add(session, "https://a.it/t22-official", dt.date(2022, 6, 30), "B",
        [R("Tomori", "Milan", "renewal", "official", contract_until=2027)])
    for i, day in enumerate([dt.date(2025, 10, 1), dt.date(2025, 11, 16)]):
        add(session, f"https://a.it/t25-{i}", day, "C",
            [R("Fikayo Tomori", "Milan", "renewal", "agreement", contract_until=2029)])
    old, new = rumours_of(session, "Fikayo Tomori")
    assert (old.first_seen, old.last_seen, old.stage, old.contract_until) == \
        (dt.date(2022, 3, 1), dt.date(2022, 6, 30), "official", 2027)
    assert (new.first_seen, new.n_mentions, new.stage, new.contract_until) == \
        (dt.date(2025, 10, 1), 2, "agreement", 2029)
    assert [h["stage"] for h in old.stage_history] == ["interest", "official"]


def test_silence_boundary_is_configurable(session: Session) -> None:
    add(session, "https://a.it/1", dt.date(2025, 1, 1), "A", [R("Joe Gomez", "Milan")])
    add(session, "https://a.it/2", dt.date(2025, 5, 1), "A", [R("Joe Gomez", "Milan")])  # 120 days
    assert len(rumours_of(session, "Joe Gomez")) == 1
    add(session, "https://a.it/3", dt.date(2025, 8, 30), "A", [R("Joe Gomez", "Milan")])  # 121 days
    assert len(rumours_of(session, "Joe Gomez")) == 2
    article = add(session, "https://a.it/4", dt.date(2025, 12, 1), "A", [])
    replace_mentions(session, article, [R("Joe Gomez", "Milan")], "A", article.published, silence_days=365)
    assert len(rumours_of(session, "Joe Gomez")) == 1


def test_rumour_id_is_kept_as_reports_join(session: Session) -> None:
    add(session, "https://a.it/1", dt.date(2025, 11, 16), "A", [R("Mario Gila", "Milan")])
    [first] = rumours_of(session, "Mario Gila")
    rid = first.id
    add(session, "https://b.it/1", dt.date(2025, 11, 10), "B", [R("Gila", "Milan", stage="negotiation")])
    add(session, "https://c.it/1", dt.date(2025, 11, 20), "C", [R("M. Gila", "Milan", "loan")])
    transfer = [r for r in rumours_of(session, "Mario Gila") if r.deal_family == "transfer"]
    assert [r.id for r in transfer] == [rid] and transfer[0].first_seen == dt.date(2025, 11, 10)


def test_reports_after_official_still_join_within_the_silence(session: Session) -> None:
    add(session, "https://a.it/1", dt.date(2025, 7, 1), "A", [R("Mario Gila", "Milan", stage="official")])
    add(session, "https://a.it/2", dt.date(2025, 9, 1), "B", [R("Mario Gila", "Milan", stage="medical")])
    [rumour] = rumours_of(session, "Mario Gila")
    assert rumour.n_mentions == 2 and rumour.last_seen == dt.date(2025, 9, 1)


def test_loan_family_is_one_rumour(session: Session) -> None:
    add(session, "https://a.it/1", dt.date(2025, 1, 5), "A", [R("Odogu", "Monza", "loan")])
    add(session, "https://b.it/2", dt.date(2025, 1, 9), "B",
        [R("Odogu", "Monza", "loan_option", "negotiation")])
    add(session, "https://c.it/3", dt.date(2025, 1, 20), "C",
        [R("Odogu", "Monza", "loan_obligation", "agreement")])
    add(session, "https://d.it/4", dt.date(2025, 1, 21), "D", [R("Odogu", "Monza", "transfer")])
    loan, transfer = sorted(rumours_of(session, "Odogu"), key=lambda r: r.deal_family)
    assert (loan.deal_family, loan.deal, loan.stage, loan.n_outlets) == \
        ("loan", "loan_obligation", "agreement", 3)
    assert transfer.deal_family == "transfer" and transfer.n_mentions == 1


def test_unknown_deal_joins_the_move_and_stays_apart_when_far(session: Session) -> None:
    add(session, "https://a.it/1", dt.date(2025, 1, 5), "A", [R("Joe Gomez", "Milan", "unknown")])
    add(session, "https://b.it/2", dt.date(2025, 1, 9), "B", [R("Joe Gomez", "Milan", "loan_option")])
    add(session, "https://c.it/3", dt.date(2025, 12, 1), "C", [R("Joe Gomez", "Milan", "unknown")])
    near, far = rumours_of(session, "Joe Gomez")
    assert (near.deal_family, near.deal, near.n_mentions) == ("loan", "loan_option", 2)
    assert (far.deal_family, far.deal, far.n_mentions) == ("unknown", "unknown", 1)


def test_surname_only_mention_joins_the_full_name_at_the_same_club(session: Session) -> None:
    add(session, "https://a.it/1", dt.date(2025, 11, 16), "A", [R("Gila", "Milan"), R("Gila", "Inter")])
    add(session, "https://b.it/2", dt.date(2025, 11, 17), "B",
        [R("Mario Gila", "AC Milan", from_club="Lazio")])
    [milan] = rumours_of(session, "Mario Gila")
    assert (milan.player, milan.n_mentions, milan.from_club, milan.outlets) == \
        ("Mario Gila", 2, "Lazio", ["A", "B"])
    [inter] = rumours_of(session, "Gila")
    assert inter.to_club == "Inter"
    add(session, "https://c.it/3", dt.date(2025, 11, 18), "C", [R("Pablo Gila", "Milan")])
    assert [r.n_mentions for r in rumours_of(session, "Mario Gila")] == [1]  # "Gila" is ambiguous now


def test_near_duplicate_copies_count_their_own_outlet(session: Session) -> None:
    first = add(session, "https://a.it/1", dt.date(2025, 11, 16), "A", [R("Kim Min-Jae", "Milan")])
    copy = add(session, "https://b.it/1", dt.date(2025, 11, 16), "B", [R("Min-jae Kim", "Milan")])
    copy.duplicate_of_id, copy.duplicate_kind, copy.similarity = first.id, "near", 0.91
    [rumour] = rumours_of(session, "Kim Min-Jae")
    assert rumour.outlets == ["A", "B"] and rumour.n_outlets == 2 and rumour.n_mentions == 2


def test_reingest_changes_nothing_and_keeps_ids(session: Session) -> None:
    batch = [("https://a.it/1", dt.date(2025, 11, 16), "A", [R("Mario Gila", "Milan", fee_eur=20_000_000)]),
             ("https://b.it/2", dt.date(2025, 11, 20), "B", [R("Gila", "Milan", "unknown", "negotiation")])]
    for args in batch:
        add(session, *args)
    before = snapshot(session)
    ids = sorted(session.scalars(select(Rumour.id)))
    session.commit()
    for url, day, outlet, rumours in batch:
        article = session.scalar(select(Article).where(Article.canonical_url == url))
        result = replace_mentions(session, article, rumours, outlet, day)
        assert (result.created, result.updated, result.deleted) == ([], [], [])
    assert snapshot(session) == before and sorted(session.scalars(select(Rumour.id))) == ids


def test_delete_and_readd_leaves_the_same_rumours(session: Session) -> None:
    a = add(session, "https://a.it/1", dt.date(2025, 11, 16), "A", [R("Mario Gila", "Milan")])
    add(session, "https://b.it/2", dt.date(2025, 11, 20), "B", [R("Gila", "Milan", stage="agreement")])
    before = snapshot(session)
    replace_mentions(session, a, [], "A", a.published)
    assert [r.player for r in rumours_of(session, "Gila")] == ["Gila"]
    replace_mentions(session, a, [R("Mario Gila", "Milan")], "A", a.published)
    assert snapshot(session) == before


def test_mention_date_falls_back_to_the_article(session: Session) -> None:
    article = add(session, "https://a.it/1", dt.date(2025, 5, 2), "A", [])
    replace_mentions(session, article, [R("Joe Gomez", "Milan")], "A", None)
    assert rumours_of(session, "Joe Gomez")[0].first_seen == dt.date(2025, 5, 2)


ARTICLES = [
    ("https://a.it/t1", dt.date(2022, 3, 1), "A", [R("Fikayo Tomori", "Milan", "renewal")]),
    ("https://b.it/t2", dt.date(2022, 5, 1), "B", [R("Tomori", "Milan", "renewal", "agreement")]),
    ("https://c.it/t3", dt.date(2025, 11, 16), "C",
     [R("Fikayo Tomori", "Milan", "renewal"), R("Gila", "Milan"), R("Gila", "Inter"),
      R("Kim Min-Jae", "Milan")]),
    ("https://d.it/g1", dt.date(2025, 11, 17), "D",
     [R("Mario Gila", "Milan", "unknown", "negotiation", fee_eur=18_000_000), R("Min-jae Kim", "Milan")]),
    ("https://e.it/o1", dt.date(2025, 11, 18), "E",
     [R("Odogu", None, "loan"), R("Mario Gila", "Milan", stage="negotiation", fee_eur=20_000_000)]),
]


def test_any_arrival_order_gives_the_same_rumours(session: Session) -> None:
    expected = None
    for order in itertools.permutations(ARTICLES):
        session.execute(delete(Mention))
        session.execute(delete(Rumour))
        session.execute(delete(Article))
        for args in order:
            add(session, *args)
        got = snapshot(session)
        if expected is None:
            expected = got
            assert len(got) == 6  # Tomori x2, Gila Milan, Gila Inter, Kim, Odogu
        assert got == expected, [a[0] for a in order]
    [gila] = rumours_of(session, "Mario Gila")
    assert (gila.fee_eur, gila.n_mentions, gila.stage) == (20_000_000, 3, "negotiation")
