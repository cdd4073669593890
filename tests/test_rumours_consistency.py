"""Probes for the cross-rumour checks, injury stories and headline deal items (round 8)."""

from __future__ import annotations

from mercato.rumours import extract_rumours

__all__: list[str] = []


def _moves(text: str) -> set[tuple[str, str | None]]:
    return {(r.player.split()[-1], r.to_club) for r in extract_rumours(text)}


def test_injury_bulletin_gives_no_move() -> None:
    text = (
        "Roma, ansia Koné\n"
        "Per il mercato la Roma guarda altrove. Anche Manu Koné ha accusato un fastidio "
        "all'adduttore durante l'allenamento di ieri e verrà valutato giorno per giorno."
    )
    assert ("Koné", "Roma") not in _moves(text)


def test_headline_deal_item_is_not_the_object_of_the_previous_verb() -> None:
    text = "Calciomercato, il Milan chiede Füllkrug, scambio Pierotti-Bernabé. Ufficiale Volpato all'Empoli"
    moves = _moves(text)
    assert ("Pierotti", "Milan") not in moves and ("Bernabé", "Milan") not in moves
