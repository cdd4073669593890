"""Careers that end: a man who announces his retirement is no player on the market, on short
texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import people_found


def test_a_man_announcing_his_retirement_is_retired() -> None:
    """ "ha annunciato oggi il ritiro, chiudendo una carriera lunga ventitré stagioni": the
    clubs that once wanted him make no move of his."""
    text = (
        "La Sampdoria saluta Fabio Quagliarella. Fabio Quagliarella ha annunciato oggi il ritiro, "
        "chiudendo una carriera lunga ventitré stagioni. Il Napoli lo voleva."
    )
    found = {p.name: p for p in people_found(text)}
    assert found["Fabio Quagliarella"].role == "retired"
    assert not found["Fabio Quagliarella"].player
