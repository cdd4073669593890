"""A player who travels the other way in another player's deal ("farà il percorso inverso")."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def test_the_player_going_the_other_way_moves_from_buyer_to_seller() -> None:
    text = (
        "Vásquez al Milan, c'è l'accordo con il Genoa\n\n"
        "Il Milan ha trovato l'accordo con il Genoa per Johan Vásquez: ai rossoblù andranno 8 "
        "milioni cash. Nell'operazione farà il percorso inverso Emil Holm, valutato 7 milioni."
    )
    rumours = {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}
    assert rumours == {
        ("Johan Vásquez", "Genoa", "Milan", "swap"),
        ("Emil Holm", "Milan", "Genoa", "swap"),
    }
    [holm] = [r for r in extract_rumours(text) if r.player == "Emil Holm"]
    assert holm.fee_eur == 7_000_000


def test_buying_a_players_cartellino_is_no_reverse_trip() -> None:
    """ "Il cartellino di Rowe" is what the buyer pays for: Rowe goes to the buyer."""
    text = (
        "Il Bologna ha trovato l'accordo con il Marsiglia per acquistare il cartellino di Jonathan "
        "Rowe per 20 milioni."
    )
    assert [(r.from_club, r.to_club) for r in extract_rumours(text)] == [("Marsiglia", "Bologna")]
