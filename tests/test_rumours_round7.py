"""Phrasings found missing on unseen text: each case is a general construction, not an article."""

from __future__ import annotations

from mercato.rumours import extract_rumours
from mercato.rumours.text import canon_phrase


def _moves(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}


def test_lone_wildcard_is_one_word() -> None:
    """A lone ``*`` inside a phrase must stand for one word, not vanish."""
    assert canon_phrase("valuta * milioni") == (("valuta", "", "milioni"), (False, True, False))
    assert canon_phrase("* milioni") == (("milioni",), (False,))


def test_preposition_ad_is_not_a_ceo() -> None:
    """ "ad Alessandro Bastoni" is the preposition, not the AD (amministratore delegato)."""
    text = "L'Inter ha presentato una proposta di prolungamento ad Alessandro Bastoni fino al 2030."
    assert ("Alessandro Bastoni", "Inter", "Inter") in _moves(text)


def test_rival_waiting_at_the_window() -> None:
    """A sentence with no name whose club waits or watches is a rival suitor of the player."""
    text = (
        "Il Napoli segue con attenzione Lookman dell'Atalanta per gennaio. Il Chelsea resta alla "
        "finestra. Occhio anche al Liverpool, che ha chiesto informazioni."
    )
    clubs = {to for _, _, to in _moves(text)}
    assert {"Napoli", "Chelsea", "Liverpool"} <= clubs


def test_roundup_with_a_shared_verb() -> None:
    """ "la Lazio chiede 40 per Gila, l'Udinese 20 per Kristensen": the second half has no verb."""
    text = (
        "Calciomercato Milan, il club rossonero vuole un difensore. La Lazio chiede 40 milioni per "
        "Gila, l'Udinese 20 per Kristensen. Il Milan valuta entrambe le piste per gennaio."
    )
    moves = _moves(text)
    assert ("Gila", "Lazio", "Milan") in moves
    assert ("Kristensen", "Udinese", "Milan") in moves


def test_player_liked_abroad_is_no_director() -> None:
    """ "Solet piace in Premier": someone who is liked is the player, not an executive."""
    text = (
        "Udinese, Solet piace in Premier: il Newcastle prepara l'offerta. Il Newcastle è pronto a "
        "presentare un'offerta per Oumar Solet dell'Udinese nelle prossime settimane."
    )
    assert any(player.endswith("Solet") and to == "Newcastle" for player, _, to in _moves(text))


def test_the_player_reaches_across_paragraphs_when_alone() -> None:
    """ "Sul giocatore c'è anche l'Inter" two paragraphs later is still the only player named."""
    text = (
        "Il Milan pensa a Manu Koné della Roma per gennaio.\n\n"
        "La Roma non ha intenzione di cedere a stagione in corso.\n\n"
        "Sul giocatore c'è da tempo anche l'Inter, che potrebbe tornare alla carica."
    )
    assert ("Manu Koné", "Roma", "Inter") in _moves(text)


def test_alternative_by_kind() -> None:
    """ "un profilo di esperienza come Füllkrug" names a target."""
    text = (
        "Il Milan cerca un attaccante per gennaio e ha chiesto informazioni per Mateta al Crystal "
        "Palace.\n\nL'alternativa porta a un profilo di esperienza come Niclas Füllkrug, che al West "
        "Ham ha trovato poco spazio."
    )
    assert any(p == "Niclas Füllkrug" for p, _, _ in _moves(text))
