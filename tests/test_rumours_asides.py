"""Names on the way to the story (a deal a club has already done) are asides: the reference after
them still points to the story's player; on short texts written for these tests (not copied
from any outlet)."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def test_a_signing_already_made_does_not_take_the_reference() -> None:
    """ "L'Al Hilal, dopo aver preso Milinković-Savić, aveva offerto 120 milioni per il
    centravanti nigeriano": the offer is for Osimhen, named before, not for the man bought."""
    text = (
        "Chi invece ha chiuso la porta è Victor Osimhen. L'Al Hilal, dopo aver preso Sergej "
        "Milinković-Savić, aveva messo sul tavolo un'offerta da 120 milioni per il centravanti "
        "nigeriano, ma Aurelio De Laurentiis ha rifiutato."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Victor Osimhen", "Al Hilal") in found
    assert ("Sergej Milinković-Savić", "Napoli") not in found
