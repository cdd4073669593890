"""Careers that end: a man who announces his retirement is no player on the market, on short
texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import people_found, players_found


def test_a_man_announcing_his_retirement_is_retired() -> None:
    """ "ha annunciato oggi il ritiro, chiudendo una carriera lunga ventitré stagioni": the
    clubs that once wanted him make no move of his."""
    text = (
        "La Sampdoria saluta Fabio Quagliarella. Fabio Quagliarella ha annunciato oggi il ritiro, "
        "chiudendo una carriera lunga ventitré stagioni. Il Napoli lo voleva."
    )
    found = {p.name: p for p in people_found(text)}
    assert found["Fabio Quagliarella"].role == "retired"
    assert not found["Fabio Quagliarella"].player


def test_a_former_player_in_a_show_s_studio_is_its_guest() -> None:
    """ "in studio l'ex terzino giallorosso Sandro Tabacchi": a radio or TV show's guest is a man
    who has stopped playing and comments, never a player on the market, while the player the
    show talks about stays one."""
    text = (
        "Con Fabio Sanna e Daniele Colasanti, in studio l'ex terzino giallorosso Sandro Tabacchi. "
        "La Roma ha offerto 8 milioni al Torino per l'attaccante Andrea Belotti."
    )
    found = players_found(text)
    assert "Sandro Tabacchi" not in found
    assert "Andrea Belotti" in found
