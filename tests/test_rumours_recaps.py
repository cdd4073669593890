"""Moves already made, told beside the live ones, on short articles written for these tests (not
copied from any outlet): the voices of the r1921-r2040 batches of the rumour set."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def _moves(text: str) -> set[tuple[str, str | None]]:
    return {(r.player.split()[-1], r.to_club) for r in extract_rumours(text)}


def test_a_move_told_in_the_perfect_is_done_not_a_rumour() -> None:
    """"è passato al Villarreal", "si è accasato all'Inter": the perfect tells a move already made
    (a window's review), while the live move beside it stays a rumour."""
    text = (
        "Bologna, il bilancio del mercato: ora si cerca un terzino\n"
        "\n"
        "Pesanti le partenze dell'estate: Riccardo Orsolini è passato al Villarreal, e in luglio "
        "Jhon Lucumí si è accasato all'Inter dopo una lunga trattativa. Il club non si ferma: "
        "il Bologna ha avviato i contatti con il Torino per Marcus Pedersen, esterno classe 2000.\n"
    )
    moves = _moves(text)
    assert ("Pedersen", "Bologna") in moves
    assert not {p for p, _ in moves} & {"Orsolini", "Lucumí"}
