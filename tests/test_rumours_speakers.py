"""A director or coach who says "we" in a quote speaks for his club (roles.toml [people_clubs])."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def test_we_in_a_directors_quote_is_his_club() -> None:
    text = (
        "L'Inter pensa a Lookman. A pronunciarlo è stato ieri Beppe Marotta: «Su Lookman abbiamo "
        "fatto un'offerta importante all'Atalanta. Adesso la palla passa a loro»."
    )
    got = [(r.player, r.from_club, r.to_club, r.stage) for r in extract_rumours(text)]
    assert got == [("Lookman", "Atalanta", "Inter", "negotiation")]


def test_speaker_after_the_quote() -> None:
    text = (
        "Il Milan e Gila. \"Abbiamo chiesto informazioni alla Lazio per Mario Gila\", ha detto "
        "Igli Tare."
    )
    got = {(r.from_club, r.to_club) for r in extract_rumours(text)}
    assert got == {("Lazio", "Milan")}


def test_speakers_club_must_be_in_the_article() -> None:
    """An old interview of a man who has moved since gains no club the article does not name."""
    text = "Marotta: «Su Lookman abbiamo fatto un'offerta all'Atalanta»."
    assert all(r.to_club != "Inter" for r in extract_rumours(text))


def test_what_he_is_makes_him_a_player() -> None:
    """ "È un giocatore che ci piace" right after his name says the named man is a footballer."""
    text = (
        "L'Inter riparte da Ademola Lookman. Beppe Marotta: «Su Ademola Lookman abbiamo fatto "
        "un'offerta importante all'Atalanta. È un giocatore che ci piace»."
    )
    got = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert got == [("Ademola Lookman", "Atalanta", "Inter")]
