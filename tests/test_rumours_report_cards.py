"""Window report cards ("le pagelle del mercato"): each entry is a man and his vote, on short
texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import players_found


def test_a_name_and_its_vote_open_a_report_cards_entry() -> None:
    """ "Andrea Bertolacci, voto sospeso.", "Tommaso Biasci, 6,5.": the graded man is a player,
    whatever the entry's verbs say; an age after the comma is no vote."""
    text = (
        "Genoa, le pagelle del mercato\n\n"
        "Andrea Bertolacci, voto sospeso. Il Milan lo segue in vista dell'estate.\n\n"
        "Tommaso Biasci, 6,5. Resta a Catanzaro, il Palermo ha chiesto informazioni."
    )
    assert {"Andrea Bertolacci", "Tommaso Biasci"} <= players_found(text)
