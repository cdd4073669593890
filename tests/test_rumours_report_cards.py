"""Window report cards ("le pagelle del mercato"): each entry is a man and his vote, on short
texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import players_found

from mercato.rumours import extract_rumours


def test_a_name_and_its_vote_open_a_report_cards_entry() -> None:
    """ "Andrea Bertolacci, voto sospeso.", "Tommaso Biasci, 6,5.": the graded man is a player,
    whatever the entry's verbs say; an age after the comma is no vote."""
    text = (
        "Genoa, le pagelle del mercato\n\n"
        "Andrea Bertolacci, voto sospeso. Il Milan lo segue in vista dell'estate.\n\n"
        "Tommaso Biasci, 6,5. Resta a Catanzaro, il Palermo ha chiesto informazioni."
    )
    assert {"Andrea Bertolacci", "Tommaso Biasci"} <= players_found(text)


def test_a_match_s_ratings_that_announce_the_market_keep_its_moves() -> None:
    """Minutes of play ("al 17'", "Dal 60'") mark a match report, whose quotes on the market are
    no news; ratings whose headlines announce the market ("Il punto sul mercato") are read for
    their asides on moves, and the same ratings without that headline still give none."""
    body = (
        "3 agosto 2023 – I bianconeri reggono un tempo, poi calano: al 17' il primo gol, al 71' "
        "il secondo.\n\n"
        "Rabiot 6,5 – Il più lucido in mezzo.\n\n"
        "Vlahović 5,5 – La testa è altrove: il Chelsea ha offerto 60 milioni alla Juventus per "
        "l'attaccante serbo e le parti si rivedranno la prossima settimana.\n\n"
        "Dal 60' Kean 6 – Entra con voglia."
    )
    headline = "Real Madrid-Juventus, le pagelle bianconere: Vlahović con la testa altrove\n\n"
    market = "Il punto sul mercato: Vlahović e il Chelsea\n\n"
    moves = {(r.player, r.to_club) for r in extract_rumours(headline + market + body)}
    assert ("Vlahović", "Chelsea") in moves
    assert extract_rumours(headline + body) == []
