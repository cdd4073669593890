"""Clubs named by description ("il club inglese") point back to the club of that league named before."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mercato.rumours import extract_rumours
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import load_lexicon

LEXICON = Path(__file__).resolve().parents[1] / "data" / "lexicon"


def clubs_in(text: str) -> list[str]:
    doc = build_document(text, load_lexicon())
    return [t.ref.name for t in doc.tokens if t.kind == "club"]


def test_a_description_is_the_club_of_that_league_named_before() -> None:
    text = (
        "Il Chelsea segue Mike Maignan del Milan. Il club inglese resta alla finestra e prepara "
        "un'offerta."
    )
    assert clubs_in(text) == ["Chelsea", "Milan", "Chelsea"]
    assert [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)] == [
        ("Mike Maignan", "Milan", "Chelsea")
    ]


def test_the_latest_club_of_the_league_wins() -> None:
    text = "Su Frattesi c'erano l'Arsenal e poi il Chelsea. Il club inglese ha chiesto informazioni."
    assert clubs_in(text)[-1] == "Chelsea"


def test_no_club_of_that_league_named_or_no_definite_article_leaves_plain_words() -> None:
    assert clubs_in("Il Milan segue Gila. Il club inglese osserva.") == ["Milan"]
    assert clubs_in("Il Chelsea segue Gila. Un club inglese osserva.") == ["Chelsea"]


def test_every_league_of_descriptions_toml_is_a_league_of_clubs_toml() -> None:
    leagues = {c.get("league") for c in tomllib.loads((LEXICON / "clubs.toml").read_text())["club"]}
    described = tomllib.loads((LEXICON / "descriptions.toml").read_text())["leagues"]
    assert set(described) <= leagues


def test_a_club_named_by_its_president_is_that_club() -> None:
    """ "La società di De Laurentiis", "il club di Cairo": roles.toml [people_clubs]."""
    assert clubs_in("La società di De Laurentiis ha chiesto informazioni al Torino.") == ["Napoli", "Torino"]
    assert clubs_in("Il club di Cairo valuta l'offerta.") == ["Torino"]


def test_a_year_after_a_club_is_no_price() -> None:
    """ "Il contratto che lo legherà al Bologna fino al 2029": Bologna buys, 2029 is no sum."""
    text = (
        "Johan Vásquez lascerà il Genoa: firmerà il contratto che lo legherà al club di Joey Saputo "
        "fino al 2029."
    )
    assert [(r.from_club, r.to_club, r.contract_until) for r in extract_rumours(text)] == [
        ("Genoa", "Bologna", 2029)
    ]


def test_a_regional_description_points_back_to_that_regions_club() -> None:
    """ "EMPOLI – Maldini è a un passo dal club toscano": Empoli, the Tuscan club named before."""
    text = (
        "EMPOLI – Daniel Maldini è a un passo dal club toscano. Il Monza ha dato l'ok al prestito "
        "con diritto di riscatto."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Daniel Maldini", "Empoli")]


def test_shared_colours_followed_by_a_coach_are_his_club() -> None:
    """ "i nerazzurri di Chivu" in an Atalanta story is the Inter Chivu coaches, though the
    paragraph named only the Atalanta (both wear nerazzurro)."""
    text = (
        "L'Atalanta non cede Ademola Lookman. Il nigeriano si allena a parte, mentre i nerazzurri "
        "di Cristian Chivu valutano un nuovo rilancio."
    )
    assert clubs_in(text) == ["Atalanta", "Inter"]
