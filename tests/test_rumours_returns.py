"""Returns to a former club and the press's pet names for the men who make them, on short texts
written for these tests (not copied from any outlet)."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def test_a_nickname_lends_its_signal_to_the_player_it_names() -> None:
    """ "Mario Balotelli è libero [...] e SuperMario vuole giocare in Italia": the nickname is
    Balotelli (names.toml), and what it does makes him the player of the story."""
    text = (
        "Mario Balotelli è libero. Il contratto con il Marsiglia è scaduto e SuperMario, 29 anni ad "
        "agosto, vuole giocare in Italia. Il Brescia ha avviato i contatti con il suo agente."
    )
    players = {r.player for r in extract_rumours(text)}
    assert "Mario Balotelli" in players
    assert "SuperMario" not in players


def test_a_player_ready_to_embrace_his_old_club_again_goes_there() -> None:
    """ "Kakà è pronto a riabbracciare il Milan": the club he embraces again is where he goes,
    though "l'addio" of four years ago is in the same sentence."""
    text = (
        "Quattro anni dopo le lacrime dell'addio, Ricardo Kakà è pronto a riabbracciare il Milan. "
        "Il Real Madrid ha accettato di liberarlo senza indennizzo."
    )
    assert ("Ricardo Kakà", "Milan") in {(r.player, r.to_club) for r in extract_rumours(text)}
