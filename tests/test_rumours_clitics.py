"""Recall classes that hold across writers: clubs acting on a pronoun, swaps without the word,
roundup lines, and the demo defects (ambition read as a loan, a club that turns elsewhere)."""

from __future__ import annotations

from rumours_text_file import extract_text_file

from mercato.rumours import extract_rumours

__all__: list[str] = []


def _moves(text: str) -> set[tuple[str, str | None, str]]:
    return {(r.player.split()[-1], r.to_club, r.deal) for r in extract_rumours(text)}


def test_enclitic_infinitive_keeps_the_move_alive() -> None:
    text = "La Juventus ha messo nel mirino Thomas Kristensen dell'Udinese. Ma il Milan continua a seguirlo."
    assert ("Kristensen", "Milan", "transfer") in _moves(text)


def test_object_pronoun_before_auxiliary() -> None:
    text = "Il Milan ha messo nel mirino Mario Gila della Lazio. Il Napoli gli ha offerto un contratto."
    assert {("Gila", "Milan", "transfer"), ("Gila", "Napoli", "transfer")} <= _moves(text)


def test_roundup_line_names_targets() -> None:
    text = "Calciomercato, Juventus: Hancko e David i nomi per gennaio."
    assert ("David", "Juventus", "transfer") in _moves(text)


def test_swap_side_follows_the_club_hung_on_the_player() -> None:
    text = (
        "Calciomercato. Il Napoli tratta Mainoo con il Manchester United, "
        "operazione che coinvolgerebbe anche Lindstrom."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert ("Mainoo", "Manchester United", "Napoli") in found
    assert ("Lindstrom", "Napoli", "Manchester United") in found


def test_ambition_is_no_loan_and_a_club_turning_elsewhere_collapses() -> None:
    text = (
        "Il Milan ha fatto la prima offerta per Mario Gila della Lazio. Il difensore vuole "
        "tornare a giocare con continuità in Champions League.\n\n"
        "Chi sembra essersi defilata è l'Inter. I nerazzurri, che avevano chiesto informazioni "
        "sul centrale, hanno spostato la loro attenzione su profili più giovani."
    )
    found = {r.to_club: r for r in extract_rumours(text)}
    assert found["Milan"].deal == "transfer"
    assert found["Inter"].stage == "collapsed"


def test_a_less_likely_track_is_not_collapsed() -> None:
    text = "Il Milan segue Mario Gila della Lazio. Più defilata la pista che porta all'Inter."
    assert all(r.stage != "collapsed" for r in extract_rumours(text))


def test_a_pronoun_after_the_colon_carries_the_clause_to_the_man_named() -> None:
    """ "Olivier Giroud ha chiesto di andare via: Conte lo vorrebbe all'Inter [...], mentre la Lazio
    ha chiesto informazioni": the clause after the colon refers back to the man the sentence
    names ("lo"), so the other suitor it names is his too."""
    text = (
        "Chelsea, a gennaio si può comprare. Giroud, spiragli per l'Inter\n\n"
        "Il mercato in entrata può sbloccare quello in uscita. Olivier Giroud ha chiesto di andare via "
        "per giocare con continuità in vista dell'Europeo: Antonio Conte lo vorrebbe all'Inter e i "
        "nerazzurri hanno già "
        "avviato i contatti con il suo entourage, mentre la Lazio di Simone Inzaghi ha chiesto "
        "informazioni tramite Igli Tare."
    )
    assert {(r.player, r.to_club) for r in extract_text_file(text)} == {
        ("Olivier Giroud", "Inter"),
        ("Olivier Giroud", "Lazio"),
    }
