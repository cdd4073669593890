"""Saga timelines and their datelines: the town a piece is written from is no club and no man,
on short texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import people_found

from mercato.rumours import extract_rumours


def _moves(text: str) -> set[tuple[str, str | None]]:
    return {(r.player, r.to_club) for r in extract_rumours(text)}


def test_a_dateline_in_plain_case_names_a_town_not_a_club() -> None:
    """ "Torino, 22 settembre 2020 –" opening the body is where the piece was written: the
    player in that sentence is not going to the Torino."""
    text = (
        "Il domino del centravanti\n\n"
        "Torino, 22 settembre 2020 – Alla fine il centravanti della Juventus sarà Álvaro Morata. "
        "Lo spagnolo è atterrato stamattina a Caselle e sta svolgendo le visite mediche.\n\n"
        "Il 21 settembre Paratici chiude con l'Atlético Madrid per Morata: prestito oneroso con "
        "diritto di riscatto."
    )
    assert {to for p, to in _moves(text) if p == "Álvaro Morata"} == {"Juventus"}


def test_a_dateline_town_in_plain_case_is_no_player() -> None:
    """ "Collecchio, 9 agosto 2017 –": a training ground's town, not a man's surname."""
    text = (
        "Collecchio, 9 agosto 2017 – Federico Melandri ha detto no al Pordenone. Il Parma lo ha "
        "messo fuori rosa e ora lo offre alla Feralpisalò."
    )
    assert "Collecchio" not in {p.name for p in people_found(text) if p.player}


def test_a_race_started_behind_sends_no_one_away() -> None:
    """ "una corsa che ha visto i bianconeri partire in svantaggio": the club started the race
    behind; no man "parte", so the signing told in that sentence stays official."""
    text = (
        "Matthijs de Ligt è un giocatore della Juventus. Il difensore olandese ha firmato questa "
        "mattina un contratto fino al 2024, al termine di una corsa a tre che per mesi ha visto i "
        "bianconeri partire in svantaggio."
    )
    found = [r for r in extract_rumours(text) if r.player == "Matthijs de Ligt"]
    assert [(r.to_club, r.stage) for r in found] == [("Juventus", "official")]


def test_a_pluperfect_dated_by_its_season_is_history() -> None:
    """ "in estate il Chelsea aveva provato a portarlo in Inghilterra": a suitor's try told in the
    pluperfect and dated by its season is the player's past, like a perfect dated by its month;
    the same try told as today's news is a rumour."""
    told = (
        "Mike Maignan ha il contratto in scadenza a giugno con il Milan: in estate il Chelsea {verb} "
        "a portarlo in Inghilterra, senza mai affondare il colpo."
    )
    assert "Chelsea" not in {r.to_club for r in extract_rumours(told.format(verb="aveva provato"))}
    assert "Chelsea" in {r.to_club for r in extract_rumours(told.format(verb="proverà"))}
