"""Role nouns bind only in apposition, free agents are players, alternatives and talks read right.

Original probe sentences, not taken from the development texts: each pins one mechanism
(a coach noun in another clause, "svincolato" as player evidence, "piano B" naming a target
for the story's club, a club selling "per la cessione di", a club denying talks with another).
"""

from __future__ import annotations

import pytest

from mercato.rumours import extract_rumours
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import load_lexicon
from mercato.rumours.people import find_people


def _moves(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(r.player.split()[-1], r.from_club, r.to_club) for r in extract_rumours(text)}


def test_coach_noun_in_another_clause_does_not_make_a_coach() -> None:
    lexicon = load_lexicon()
    text = (
        "Alexis Saelemaekers, poco considerato dal nuovo tecnico, farà il percorso inverso "
        "rispetto a Tammy Abraham. Il club ha deciso."
    )
    people = {p.name: p for p in find_people(build_document(text, lexicon), lexicon)}
    assert people["Tammy Abraham"].role is None
    coach = find_people(build_document("Il nuovo tecnico Ivan Jurić arriva.", lexicon), lexicon)
    assert coach[0].role == "coach"  # in apposition the noun still binds


def test_free_agent_in_apposition_is_a_player() -> None:
    text = "Andrea Belotti, svincolato dal primo luglio, aspetta una chiamata. La Roma ci pensa."
    assert any(p == "Belotti" and to == "Roma" for p, _, to in _moves(text))


def test_plan_b_points_at_the_story_buyer() -> None:
    text = "La Lazio pensa a Dovbyk.\n\nIl piano B porta a Gift Orban."
    assert ("Orban", None, "Lazio") in _moves(text)


def test_club_selling_to_the_other_side_of_the_talk() -> None:
    text = "Il Torino ha trovato l'accordo con il Bologna per la cessione di Samuele Ricci."
    assert ("Ricci", "Torino", "Bologna") in _moves(text)


@pytest.mark.parametrize(
    ("text", "move", "never_buyer"),
    [
        # the sale wished in the seller's own phrase ("gli inglesi vorrebbero una cessione") is
        # the other side's answer: the club making the offer still buys
        (
            "Il nome caldo è Joshua Zirkzee. La Roma ha offerto al Manchester United un prestito con "
            "obbligo di riscatto a 35 milioni, gli inglesi vorrebbero invece una cessione immediata.",
            ("Zirkzee", "Manchester United", "Roma"),
            "Manchester United",
        ),
        # the club denying talks with another is the owner
        (
            "Udinese, la nota del club.\n\nL'Udinese smentisce qualsiasi trattativa con il Napoli "
            "per il trasferimento del calciatore Jaka Bijol.",
            ("Bijol", "Udinese", "Napoli"),
            "Udinese",
        ),
    ],
)
def test_the_seller_is_never_read_as_a_buyer(text: str, move: tuple[str, str, str], never_buyer: str) -> None:
    moves = _moves(text)
    assert move in moves
    assert not any(to == never_buyer for _, _, to in moves)


def test_his_club_given_after_his_age() -> None:
    """ "Mario Gila, 25 anni, della Lazio:" is the press's commonest introduction: the club after
    the age phrase is his, however the sentence goes on."""
    text = "Milan, idea Gila\n\nMario Gila, 25 anni, della Lazio: su di lui c'è la concorrenza dell'Inter."
    found = {(r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Lazio", "Milan"), ("Lazio", "Inter")}


def test_an_age_in_letters_makes_a_player() -> None:
    """ "trentunenne iraniano del Porto": the press writes ages in letters as often as in figures."""
    text = (
        "Inter, le alternative\n\nMehdi Taremi, trentunenne iraniano del Porto, è un profilo che "
        "Simone Inzaghi apprezza."
    )
    assert [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)] == [
        ("Mehdi Taremi", "Porto", "Inter")
    ]
