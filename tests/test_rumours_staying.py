"""A player staying on: a renewal told as "restare fino al 2027", and a stay to the end of the
contract he has, which renews nothing; on short texts written for these tests (not copied from
any outlet)."""

from __future__ import annotations

from rumours_text_file import extract_text_file


def _deals(text: str) -> set[tuple[str, str | None, str]]:
    return {(r.player, r.to_club, r.deal) for r in extract_text_file(text)}


def test_staying_on_to_a_later_year_is_a_renewal() -> None:
    """ "ha trovato l'intesa con il club per restare a Bologna fino al 2027": a new date for his
    contract with the club of the story."""
    text = (
        "Bologna, le ultime\n"
        "\n"
        "Il Bologna chiude il mercato con una notizia. Federico Bernardeschi, in scadenza a "
        "giugno, ha trovato l'intesa con il club per restare a Bologna fino al 2027.\n"
    )
    assert ("Federico Bernardeschi", "Bologna", "renewal") in _deals(text)


def test_staying_to_the_end_of_the_contract_is_no_renewal() -> None:
    """ "ha ribadito di voler restare fino alla scadenza del contratto": the date is the one he
    already has."""
    text = (
        "Lazio, il capitano non si muove\n"
        "\n"
        "Ciro Immobile ha detto no all'Arabia e ha ribadito di voler restare fino alla scadenza "
        "del contratto con la Lazio.\n"
    )
    assert not any(deal == "renewal" for _, _, deal in _deals(text))
