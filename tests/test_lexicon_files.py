"""Contract tests for the hand-edited lexicon files in ``data/lexicon/``.

Journalists edit ``clubs.toml`` and ``outlets.toml`` without touching code, while the
loader in ``mercato`` relies on their exact shape. These tests catch a broken edit
(syntax error, typo in a key, duplicate name, alias given to two clubs, a club dropped
by mistake) before it reaches the extractor. They read the files with ``tomllib`` only.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicon"
CLUB_KEYS = {"name", "country", "league", "aliases", "nicknames"}
OUTLET_KEYS = {"name", "country", "aliases"}

# Proper names that may legitimately belong to more than one club. Keep this short:
# an alias listed here is ambiguous and the extractor has to guess. ("Monaco" is only
# AS Monaco; Bayern is "Bayern Monaco", so no entry is needed for either.)
ALLOWED_SHARED_ALIASES: frozenset[str] = frozenset()

SERIE_A_2025_26 = {
    "Atalanta", "Bologna", "Cagliari", "Como", "Cremonese", "Fiorentina", "Genoa", "Verona",
    "Inter", "Juventus", "Lazio", "Lecce", "Milan", "Napoli", "Parma", "Pisa", "Roma",
    "Sassuolo", "Torino", "Udinese",
}  # fmt: skip
SERIE_B_2025_26 = {
    "Avellino", "Bari", "Carrarese", "Catanzaro", "Cesena", "Empoli", "Virtus Entella",
    "Frosinone", "Juve Stabia", "Mantova", "Modena", "Monza", "Padova", "Palermo", "Pescara",
    "Reggiana", "Sampdoria", "Spezia", "Südtirol", "Venezia",
}  # fmt: skip
REQUIRED_OTHER_CLUBS = {
    "Salernitana",
    "Bayern Monaco", "Real Madrid", "Barcellona", "Atletico Madrid", "Siviglia", "Villarreal",
    "Real Betis", "PSG", "Marsiglia", "Lione", "Monaco", "Lille", "Manchester United",
    "Manchester City", "Liverpool", "Chelsea", "Arsenal", "Tottenham", "Newcastle",
    "Aston Villa", "West Ham", "Brighton", "Borussia Dortmund", "Bayer Leverkusen", "RB Lipsia",
    "Eintracht Francoforte", "Stoccarda", "Wolfsburg", "Benfica", "Porto", "Sporting Lisbona",
    "Braga", "Ajax", "PSV", "Feyenoord", "AZ", "Galatasaray", "Fenerbahce", "Besiktas",
    "Trabzonspor", "Al Hilal", "Al Nassr", "Al Ittihad", "Al Ahli", "Inter Miami", "Celtic",
    "Rangers",
}  # fmt: skip
REQUIRED_OUTLETS = {
    "La Gazzetta dello Sport", "Corriere dello Sport", "Tuttosport", "Sky Sport", "DAZN",
    "Calciomercato.com", "Tuttomercatoweb", "Gianluca Di Marzio", "Fabrizio Romano", "Marca",
    "L'Équipe", "Bild", "Kicker", "The Athletic", "Sky Sports", "A Bola", "Record",
}  # fmt: skip


def _load(filename: str, table: str) -> list[dict]:
    with (LEXICON / filename).open("rb") as fh:
        data = tomllib.load(fh)
    assert set(data) == {table}, f"{filename}: only [[{table}]] tables are allowed, got {sorted(data)}"
    entries = data[table]
    assert isinstance(entries, list) and entries, f"{filename}: no [[{table}]] entries"
    return entries


@pytest.fixture(scope="module")
def clubs() -> list[dict]:
    return _load("clubs.toml", "club")


@pytest.fixture(scope="module")
def outlets() -> list[dict]:
    return _load("outlets.toml", "outlet")


def _is_clean_str(value: object) -> bool:
    return isinstance(value, str) and value != "" and value == value.strip()


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(_is_clean_str(v) for v in value)


def _sort_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _is_country_code(value: object) -> bool:
    return isinstance(value, str) and len(value) == 2 and value.isascii() and value.isupper()


def test_club_entries_have_the_contract_shape(clubs: list[dict]) -> None:
    for club in clubs:
        where = club.get("name", club)
        assert set(club) == CLUB_KEYS, f"{where}: keys {sorted(club)} != {sorted(CLUB_KEYS)}"
        assert _is_clean_str(club["name"]), where
        assert _is_country_code(club["country"]), where
        assert _is_clean_str(club["league"]), where
        assert _is_str_list(club["aliases"]), where
        assert _is_str_list(club["nicknames"]), where


def test_club_aliases_are_capitalised_proper_names(clubs: list[dict]) -> None:
    for club in clubs:
        for alias in club["aliases"]:
            assert not alias[0].islower(), f"{club['name']}: alias {alias!r} belongs in nicknames"


def test_club_names_are_unique(clubs: list[dict]) -> None:
    seen: set[str] = set()
    for club in clubs:
        assert club["name"] not in seen, f"duplicate club name {club['name']!r}"
        seen.add(club["name"])


def test_no_alias_points_to_two_clubs(clubs: list[dict]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for club in clubs:
        for alias in [club["name"], *club["aliases"]]:
            owners[alias].add(club["name"])
    clashes = {
        alias: sorted(names)
        for alias, names in owners.items()
        if len(names) > 1 and alias not in ALLOWED_SHARED_ALIASES
    }
    assert not clashes, f"aliases shared by several clubs (use nicknames for ambiguity): {clashes}"


def test_no_duplicates_within_a_club(clubs: list[dict]) -> None:
    for club in clubs:
        aliases = [club["name"], *club["aliases"]]
        assert len(aliases) == len(set(aliases)), f"{club['name']}: repeated alias"
        folded = [n.casefold() for n in club["nicknames"]]
        assert len(folded) == len(set(folded)), f"{club['name']}: repeated nickname"


def test_clubs_sorted_by_country_league_name(clubs: list[dict]) -> None:
    keys = [(c["country"], _sort_key(c["league"]), _sort_key(c["name"])) for c in clubs]
    assert keys == sorted(keys), "keep [[club]] blocks ordered by country, then league, then name"


@pytest.mark.parametrize(("league", "expected"), [("Serie A", SERIE_A_2025_26), ("Serie B", SERIE_B_2025_26)])
def test_italian_top_two_leagues_are_complete(clubs: list[dict], league: str, expected: set[str]) -> None:
    actual = {c["name"] for c in clubs if c["country"] == "IT" and c["league"] == league}
    assert actual == expected, (
        f"{league}: missing {sorted(expected - actual)}, extra {sorted(actual - expected)}"
    )


def test_required_clubs_present(clubs: list[dict]) -> None:
    names = {c["name"] for c in clubs}
    assert not REQUIRED_OTHER_CLUBS - names, sorted(REQUIRED_OTHER_CLUBS - names)
    assert len(clubs) >= 130


def test_known_ambiguous_nicknames_are_shared(clubs: list[dict]) -> None:
    by_nickname: dict[str, set[str]] = defaultdict(set)
    for club in clubs:
        for nickname in club["nicknames"]:
            by_nickname[nickname.casefold()].add(club["name"])
    assert {"Inter", "Atalanta", "Pisa"} <= by_nickname["nerazzurri"]
    assert {"Juventus", "Udinese"} <= by_nickname["bianconeri"]
    assert {"Roma", "Lecce"} <= by_nickname["giallorossi"]
    assert {"Genoa", "Bologna", "Cagliari"} <= by_nickname["rossoblù"]
    assert {"Verona", "Parma"} <= by_nickname["gialloblù"]


def test_outlet_entries_have_the_contract_shape(outlets: list[dict]) -> None:
    for outlet in outlets:
        where = outlet.get("name", outlet)
        assert set(outlet) == OUTLET_KEYS, f"{where}: keys {sorted(outlet)} != {sorted(OUTLET_KEYS)}"
        assert _is_clean_str(outlet["name"]), where
        assert _is_country_code(outlet["country"]), where
        assert _is_str_list(outlet["aliases"]), where


def test_outlet_names_and_aliases_are_unique(outlets: list[dict]) -> None:
    names = [o["name"] for o in outlets]
    assert len(names) == len(set(names)), "duplicate outlet name"
    owners: dict[str, set[str]] = defaultdict(set)
    for outlet in outlets:
        for alias in [outlet["name"], *outlet["aliases"]]:
            owners[alias].add(outlet["name"])
    clashes = {alias: sorted(n) for alias, n in owners.items() if len(n) > 1}
    assert not clashes, f"aliases shared by several outlets: {clashes}"


def test_required_outlets_present(outlets: list[dict]) -> None:
    names = {o["name"] for o in outlets}
    assert not REQUIRED_OUTLETS - names, sorted(REQUIRED_OUTLETS - names)


@pytest.mark.parametrize("name", ["cues.toml", "roles.toml"])
def test_no_cue_phrase_opens_with_a_clitic_the_matcher_drops(name: str) -> None:
    """Articles are ignored when matching, and "lo", "la", "le", "gli" are articles as well as
    object pronouns: "lo vuole" would match every "vuole" ("Frattesi vuole giocare")."""
    tables = tomllib.loads((LEXICON / name).read_text(encoding="utf-8"))
    clitics = ("lo ", "la ", "le ", "gli ", "li ")
    bad = [
        phrase
        for family in tables.values()
        if isinstance(family, dict)
        for phrases in family.values()
        if isinstance(phrases, list)
        for phrase in phrases
        if phrase.lower().startswith(clitics) and len(phrase.split()) == 2
    ]
    assert bad == []
