"""Betting pieces on the market ("la lavagna dei bookmaker"), on short texts written for these
tests (not copied from any outlet): the bookmakers quoted are no players, and the market moves
the piece narrates are read as anywhere else."""

from __future__ import annotations

from rumours_people_found import people_found

from mercato.rumours import extract_rumours


def test_a_bookmaker_quoting_odds_is_no_player() -> None:
    """ "su Sisal la cessione del francese è offerta a 1,90": the bookmaker is where the odds
    are, not a man on the market."""
    text = (
        "La Juventus ascolta offerte per Paul Pogba, ma il Manchester United non va oltre i 90 "
        "milioni. Su Sisal la cessione del francese entro agosto è offerta a 1,85, mentre su "
        "Goldbet la permanenza vale 1,95."
    )
    assert {p.name for p in people_found(text) if p.player} == {"Paul Pogba"}


def test_a_failed_renewal_is_no_renewal() -> None:
    """ "Dopo il mancato rinnovo, la Joya ha salutato lo Stadium": a player leaving at the end
    of his contract, not one renewing it."""
    text = (
        "Dopo il mancato rinnovo, Paulo Dybala ha salutato lo Stadium in lacrime. Adesso le "
        "lavagne guardano a Milano: l'Inter è in testa."
    )
    deals = {(r.player, r.to_club, r.deal) for r in extract_rumours(text)}
    assert deals and not any(deal == "renewal" for _, _, deal in deals)
