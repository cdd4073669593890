"""A role noun that announces the man the next sentence names, on short texts written for these
tests (not copied from any outlet)."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def test_a_role_noun_before_a_new_name_is_not_the_last_player() -> None:
    """ "l'Atalanta ha chiuso per il centravanti. Nikola Krstović arriva dal Lecce": the
    centravanti is Krstović, so the Atalanta does not close for Lookman, whom it keeps."""
    text = (
        "Lookman, l'Inter si ferma\n\n"
        "L'Inter ha deciso di fermarsi nella corsa ad Ademola Lookman: l'offerta da 42 milioni è "
        "stata respinta dall'Atalanta.\n\n"
        "Il nigeriano è stato messo fuori rosa. Per meno di 50 milioni il giocatore non parte.\n\n"
        "Nel frattempo, l'Atalanta ha chiuso per il centravanti. Nikola Krstović arriva dal Lecce "
        "per 25 milioni."
    )
    moves = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Ademola Lookman", "Atalanta") not in moves
    assert ("Nikola Krstović", "Atalanta") in moves
