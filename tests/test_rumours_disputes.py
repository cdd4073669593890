"""Players at odds with their club: appeals, damages and the suitors around a man the club has
left out, on short texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import players_found

from mercato.rumours import extract_rumours


def test_a_player_who_presents_an_appeal_is_no_director() -> None:
    """ "Icardi ha presentato ricorso al collegio arbitrale": a director presents offers, a
    player at odds with his club presents appeals."""
    text = (
        "Mauro Icardi ha presentato ricorso al collegio arbitrale contro l'Inter. La Juventus "
        "segue Icardi da tempo."
    )
    assert "Mauro Icardi" in players_found(text)


def test_a_director_who_presents_an_offer_to_a_club_is_still_one() -> None:
    """ "Salihamidžić ha presentato al Gladbach una nuova offerta": the man who presents an
    offer to a club is its buyer's director."""
    text = (
        "Il Bayern vuole Yann Sommer. Hasan Salihamidžić ha presentato al Borussia Mönchengladbach "
        "una nuova offerta da 8 milioni per il portiere svizzero."
    )
    assert "Hasan Salihamidžić" not in players_found(text)


def test_damages_claimed_are_no_fee() -> None:
    """ "un risarcimento di 1,5 milioni" is what a court may award, not what a buyer pays."""
    text = (
        "Mauro Icardi chiede all'Inter un risarcimento di circa 1,5 milioni per danno d'immagine. "
        "La Juventus segue Icardi, che vuole solo la Juve."
    )
    fees = {r.fee_eur for r in extract_rumours(text) if r.player == "Mauro Icardi"}
    assert fees and 1_500_000 not in fees


def test_a_man_left_out_by_his_club_is_a_player() -> None:
    """ "Mbappé fuori dalla tournée", "ha rifiutato il rinnovo": only a player is left out of a
    tour or turns a renewal down; the club's buyers then have their man."""
    for text in (
        "Kylian Mbappé fuori dalla tournée in Giappone. L'Al Hilal mette 300 milioni sul tavolo.",
        "Kylian Mbappé ha rifiutato il rinnovo. L'Al Hilal mette 300 milioni sul tavolo.",
    ):
        assert "Kylian Mbappé" in players_found(text), text


def test_a_man_training_apart_is_a_player() -> None:
    """ "Bonucci si allena in orari diversi", "si allena a parte": a coach trains others, only a
    player "si allena"; the club that calls his entourage then wants him."""
    text = (
        "Leonardo Bonucci non fa più parte del progetto della Juventus. Da luglio Bonucci si allena "
        "in orari diversi. L'Union Berlino ha avviato i contatti con il suo entourage."
    )
    assert "Leonardo Bonucci" in players_found(text)
