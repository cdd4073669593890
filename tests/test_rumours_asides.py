"""Names on the way to the story (a deal a club has already done) are asides: the reference after
them still points to the story's player; on short texts written for these tests (not copied
from any outlet)."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def test_a_signing_already_made_does_not_take_the_reference() -> None:
    """ "L'Al Hilal, dopo aver preso Milinković-Savić, aveva offerto 120 milioni per il
    centravanti nigeriano": the offer is for Osimhen, named before, not for the man bought."""
    text = (
        "Chi invece ha chiuso la porta è Victor Osimhen. L'Al Hilal, dopo aver preso Sergej "
        "Milinković-Savić, aveva messo sul tavolo un'offerta da 120 milioni per il centravanti "
        "nigeriano, ma Aurelio De Laurentiis ha rifiutato."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Victor Osimhen", "Al Hilal") in found
    assert ("Sergej Milinković-Savić", "Napoli") not in found


def test_exits_already_made_do_not_take_the_reference() -> None:
    """ "il classe 2001 non è in vendita, soprattutto dopo gli addii di Buongiorno e Bellanova":
    the two who left are an aside; the Milan's request is for the player named before."""
    text = (
        "Il Torino ha incassato 60 milioni: Alessandro Buongiorno, 25 anni, è passato al Napoli e "
        "Raoul Bellanova, 24 anni, all'Atalanta. Chi invece non si muove è Samuele Ricci. Il Milan "
        "ha chiesto informazioni per il regista nelle ultime settimane, ma Urbano Cairo è stato "
        "chiaro: il classe 2001 non è in vendita, soprattutto dopo gli addii di Buongiorno e "
        "Bellanova."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Samuele Ricci", "Milan") in found


def test_the_striker_a_new_man_would_play_beside_is_no_rumour() -> None:
    """ "a caccia di un vice da affiancare a Jonathan David": the man already in the squad is
    the measure of the search, not its target."""
    title = "Juve, idea Davis per l'attacco"
    text = (
        "La Juventus, a caccia di un vice da affiancare a Jonathan David, ha chiesto informazioni "
        "all'Udinese per Keinan Davis. L'attaccante inglese, 27 anni, ha un contratto fino al 2027 "
        "e i friulani non vogliono cederlo."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text, title=title)}
    assert found == {("Keinan Davis", "Juventus")}


def test_the_rival_who_keeps_him_on_the_bench_is_an_aside() -> None:
    """ "Chiuso sulla fascia da Mohamed Salah, l'esterno ha collezionato panchine": the rival in
    his squad; the request that follows is for the player the story is about."""
    title = "Chiesa, la Juve sonda il Liverpool"
    text = (
        "Federico Chiesa, 27 anni, non ha trovato spazio in Inghilterra. Chiuso sulla fascia da "
        "Mohamed Salah, l'esterno ha collezionato spezzoni e panchine. La Juventus ha chiesto "
        "informazioni al Liverpool sulla formula del prestito con diritto di riscatto."
    )
    found = {(r.player, r.to_club, r.deal) for r in extract_rumours(text, title=title)}
    assert found == {("Federico Chiesa", "Juventus", "loan_option")}


def test_a_player_already_waved_off_is_an_aside() -> None:
    """ "dopo aver salutato Romelu Lukaku, volato al Chelsea": the sale is done; the hunt that
    follows is for another striker, not for him."""
    text = (
        "I nerazzurri, dopo aver salutato Romelu Lukaku, volato al Chelsea per 115 milioni, sono a "
        "caccia di un altro attaccante: il primo nome è Tammy Abraham."
    )
    found = {r.player for r in extract_rumours(text)}
    assert "Romelu Lukaku" not in found
