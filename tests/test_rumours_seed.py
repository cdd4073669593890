"""The seed article the project was created from must give its seven rumours, scored with the
reference scorer's matching rules, and never make the coach or the sporting director a player."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mercato.rumours import extract_rumours
from mercato.rumours.scoring import club_key, same_player, score

SHARED = Path(__file__).resolve().parents[2] / "shared"
STRICT = ("from_club", "deal")

pytestmark = pytest.mark.skipif(
    not (SHARED / "seed-article.txt").exists(),
    reason=f"shared folder with the seed article not found at {SHARED}",
)


@pytest.fixture(scope="module")
def seed() -> tuple[dict, list[dict]]:
    gold = json.loads((SHARED / "seed-article.expected.json").read_text(encoding="utf-8"))
    text = (SHARED / "seed-article.txt").read_text(encoding="utf-8")
    return gold, [r.to_dict() for r in extract_rumours(text, publisher="MilanNews")]


def test_seed_gives_its_seven_rumours(seed: tuple[dict, list[dict]]) -> None:
    gold, predicted = seed
    result = score([(gold, predicted)])
    assert (result.tp, result.fp, result.fn) == (7, 0, 0), result.misses


def test_seed_strict_fields(seed: tuple[dict, list[dict]]) -> None:
    gold, predicted = seed
    for g in gold["rumours"]:
        p = next(
            p
            for p in predicted
            if same_player(p["player"], g["player"]) and club_key(p["to_club"]) == club_key(g["to_club"])
        )
        assert club_key(p["from_club"]) == club_key(g["from_club"]), (g["player"], p["from_club"])
        assert p["deal"] == g["deal"], (g["player"], p["deal"])


def test_seed_never_players(seed: tuple[dict, list[dict]]) -> None:
    gold, predicted = seed
    assert score([(gold, predicted)]).never_player_hits == 0
    assert not any(same_player(p["player"], name) for p in predicted for name in ("Allegri", "Tare"))
    assert all(p["to_club"] != "Juventus" and p["from_club"] != "Juventus" for p in predicted)


def test_seed_renewal_and_sources(seed: tuple[dict, list[dict]]) -> None:
    _, predicted = seed
    tomori = next(p for p in predicted if p["player"].endswith("Tomori"))
    assert tomori["contract_until"] == 2029
    assert tomori["cited_outlets"] == ["Tuttosport"]
    assert all("MilanNews" not in p["cited_outlets"] for p in predicted)
    assert all(
        set(p)
        == {
            "player",
            "role",
            "from_club",
            "to_club",
            "deal",
            "stage",
            "fee_eur",
            "bonus_eur",
            "contract_until",
            "cited_outlets",
            "evidence",
        }
        for p in predicted
    )
