"""People named beside a move who do not move: the coach waiting for a kind of player and the
injured man whose absence opens the gap."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def players(text: str) -> set[str]:
    return {r.player for r in extract_rumours(text)}


def test_a_man_waiting_for_a_kind_of_player_is_the_coach() -> None:
    """ "Cristiano Lucarelli aspetta una punta": a player waits for a club, a coach for a role
    filled, even when his first name is a famous player's."""
    text = (
        "Mercato Catanzaro. In entrata, invece, Cristiano Lucarelli aspetta una punta: il nome è "
        "quello di Pietro Iemmello, che il Catanzaro ha chiesto al Frosinone."
    )
    found = players(text)
    assert "Pietro Iemmello" in found
    assert "Cristiano Lucarelli" not in found


def test_a_player_waiting_for_a_club_still_moves() -> None:
    """The same verb with a club after it is the player's own wish: he stays a player."""
    text = "Il Genoa ci prova, ma Davide Frattesi aspetta il Napoli e prende tempo."
    assert "Davide Frattesi" in players(text)


def test_the_injured_man_whose_gap_a_club_fills_is_not_the_move() -> None:
    """ "cerca un centrocampista dopo l'infortunio di Pobega": the buyer's reason, not its target."""
    text = (
        "Il Bologna ha chiesto informazioni all'Atalanta per Marten de Roon: Vincenzo Italiano "
        "cerca un centrocampista di esperienza dopo l'infortunio di Tommaso Pobega."
    )
    found = players(text)
    assert "Marten de Roon" in found
    assert "Tommaso Pobega" not in found
