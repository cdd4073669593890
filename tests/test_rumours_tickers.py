"""News tickers ("le notizie in breve"): items that open on a club and a colon, then the man,
on short texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import players_found
from rumours_text_file import extract_text_file

from mercato.rumours import extract_rumours


def test_the_man_after_a_clubs_label_is_the_items_player() -> None:
    """ "Napoli: Hirving Lozano, offerta da 40 milioni": a ticker's item names the club, then
    its player and the news, with no verb of his own."""
    text = (
        "Calciomercato, le notizie in breve\n\n"
        "Napoli: Hirving Lozano, offerta da 40 milioni più bonus. Il PSV ne chiede 45.\n\n"
        "Milan: Ángel Correa, l'Atletico Madrid ha respinto l'offerta da 40 milioni."
    )
    assert {"Hirving Lozano", "Ángel Correa"} <= players_found(text)


def test_a_club_in_capitals_and_a_dash_labels_the_item_too() -> None:
    """ "ROMA – Juan Manuel Iturbe, braccio di ferro con il Verona": the agency style."""
    text = (
        "Mercato flash\n\n"
        "ROMA – Juan Manuel Iturbe, braccio di ferro con il Verona. Gli scaligeri chiedono 25 milioni."
    )
    assert "Juan Manuel Iturbe" in players_found(text)


def test_a_titles_short_label_leaves_the_headline_to_the_name() -> None:
    """ "Dal Portogallo: Renato Sanches, l'Inter rilancia": a title's label before a colon, then
    the name and the club at work on him, as in a headline that opens on the name."""
    text = "Dal Portogallo: Renato Sanches, l'Inter rilancia\n\nIl Benfica aspetta la nuova offerta."
    assert "Renato Sanches" in {r.player for r in extract_text_file(text)}


def test_a_numbered_entry_is_about_the_club_its_label_names() -> None:
    """ "3. Napoli. Avviati i contatti con il Chelsea per Lukaku": a newsletter numbers its entries
    and labels each with a club; the entry's talks are that club's, not the one named most."""
    text = (
        "Le 3 cose da sapere oggi sul mercato\n\n"
        "1. Juventus. Nuova offerta all'Atalanta per Teun Koopmeiners: 51 milioni più bonus. "
        "L'Atalanta resta ferma a 60.\n\n"
        "2. Milan. Intesa con il Monaco per Youssouf Fofana sulla base di 20 milioni.\n\n"
        "3. Napoli. Avviati i contatti con il Chelsea per Romelu Lukaku, valutato 30 milioni. "
        "All'Atalanta piace anche Mateo Retegui."
    )
    moves = {(r.player, r.to_club) for r in extract_rumours(text)}
    expected = {("Teun Koopmeiners", "Juventus"), ("Youssouf Fofana", "Milan"), ("Romelu Lukaku", "Napoli")}
    assert expected <= moves


def test_a_borsino_entry_labelled_by_name_and_dash_is_about_him() -> None:
    """ "Stevan Jovetić ↑↑ – Manca soltanto la firma. L'Inter e il City hanno trovato l'accordo...;
    il montenegrino firmerà": the name and a spaced dash head the entry, and its paragraph is his."""
    text = (
        "Inter, il borsino: Jovetić a un passo, Perišić sale\n\n"
        "Mancini vuole altri due rinforzi. Ecco il termometro nerazzurro.\n\n"
        "Stevan Jovetić ↑↑ – Manca soltanto la firma. L'Inter e il Manchester City hanno trovato "
        "l'accordo per il prestito con obbligo di riscatto a 14 milioni; il montenegrino firmerà un "
        "contratto fino al 2019.\n\n"
        "Ivan Perišić ↑ – Il croato è la prima scelta. Il Wolfsburg chiede 20 milioni, l'Inter ha "
        "offerto 15 più bonus."
    )
    moves = {(r.player, r.to_club) for r in extract_text_file(text)}
    assert {("Stevan Jovetić", "Inter"), ("Ivan Perišić", "Inter")} <= moves


def test_an_entry_marked_in_uscita_sells_whatever_the_club_asks() -> None:
    """ "Radja Nainggolan – SALE (in uscita). [...] l'Inter chiedeva un contributo più alto": the
    bracket sends him out, so the club the piece is about is the seller, not a buyer."""
    text = (
        "Borsino nerazzurro: Vecino verso Cagliari, Eriksen resta\n"
        "Milano, 14 gennaio 2021 – Mercato a saldo zero per l'Inter di Antonio Conte: Marotta potrà "
        "muoversi in entrata soltanto dopo aver ceduto. Il borsino della Beneamata.\n\n"
        "Matías Vecino – SALE (in uscita). L'uruguaiano vuole giocare con continuità e il Cagliari lo "
        "accoglierebbe volentieri. Tommaso Giulini ha proposto un prestito secco fino a giugno, l'Inter "
        "chiedeva un contributo più alto sull'ingaggio: ora l'intesa è raggiunta.\n\n"
        "Christian Eriksen – SCENDE. Il danese resta sul mercato, ma nessun club si è fatto avanti."
    )
    assert not any(r.player == "Matías Vecino" and r.to_club == "Inter" for r in extract_text_file(text))
