"""The women's game: its moves read like the men's, but the rumours users want are the men's market,
so a woman the article shows by grammar or by name is never a rumour's player, while a man named
with feminine words of the trade ("la punta", "dell'attaccante") still is. Each case is told twice,
of a man and of a woman, so that the grammar is what decides."""

from __future__ import annotations

import pytest

from mercato.rumours import extract_rumours


def players(text: str) -> set[str]:
    return {r.player for r in extract_rumours(text)}


@pytest.mark.parametrize(
    ("text", "player", "moves"),
    [
        # "la centrocampista": the article before a role noun of either gender
        (
            "Il Milan ha presentato un'offerta al Sassuolo per {art} Kamil Dubcov: "
            "i neroverdi chiedono 120 mila euro.",
            "Kamil Dubcov",
            {"il centrocampista": True, "la centrocampista": False},
        ),
        # "Fiorentina Femminile": the club's women's side beside the name
        (
            "L'Arsenal ha chiesto informazioni per Tomas Lindahl della Fiorentina{art}: "
            "contatti avviati con i viola.",
            "Tomas Lindahl",
            {"": True, " Femminile": False},
        ),
        # "una nuova giocatrice": a noun only a woman is called, in a sentence naming no one else,
        # marks her headline too (its paragraph has no word of the women's game)
        (
            "Roma, ufficiale Ødegård: contratto fino al 2026\n\n"
            "{art} Ødegård, ala della nazionale norvegese, è ufficialmente {noun} della Roma: "
            "la firma è arrivata in mattinata.",
            "Ødegård",
            {("Renato", "un nuovo giocatore"): True, ("Renate", "una nuova giocatrice"): False},
        ),
    ],
)
def test_feminine_grammar_beside_a_name_marks_a_woman(text: str, player: str, moves: dict) -> None:
    for words, is_player in moves.items():
        art, noun = words if isinstance(words, tuple) else (words, "")
        found = players(text.format(art=art, noun=noun))
        assert any(name.endswith(player) for name in found) is is_player, words


def test_a_woman_s_given_name_left_off_the_surname_still_marks_her() -> None:
    """ "per Sara Del Vecchio", first given after a headline's "Del Vecchio": the given name in
    front of the surname the article uses is hers."""
    text = (
        "Fiorentina, l'Arsenal fa sul serio per Del Vecchio\n\n"
        "L'Arsenal ha presentato un'offerta alla Fiorentina per {first} Del Vecchio, classe 2001. "
        "Del Vecchio ha un contratto fino al 2024."
    )
    assert players(text.format(first="Maja")) == set()
    assert players(text.format(first="Stefano")) == {"Stefano Del Vecchio"}


def test_the_men_of_a_club_page_with_both_sides_stay_players() -> None:
    """A club page with both sides: the men's moves stay, named with feminine words of the trade."""
    text = (
        "Roma, doppio colpo\n\n"
        "La Roma ha chiuso per la centrocampista Kamila Dubcová.\n\n"
        "Per la prima squadra, invece, la Roma ha chiesto al Torino la punta Duván Zapata, mentre "
        "il Cagliari ha chiuso per il cartellino dell'attaccante Andrea Pinamonti."
    )
    found = players(text)
    assert "Kamila Dubcová" not in found
    assert {"Duván Zapata", "Andrea Pinamonti"} <= found


def test_a_woman_s_given_name_counts_after_a_capitalised_word() -> None:
    """ "Ieri Maja Lindqvist ha rinnovato": the word opening the sentence before her full name
    does not hide her given name."""
    text = (
        "Juventus, rinnovo per Lindqvist\n\nIeri {first} Lindqvist ha rinnovato con la Juventus fino al 2026."
    )
    assert players(text.format(first="Maja")) == set()
    assert players(text.format(first="Stefano")) == {"Stefano Lindqvist"}
