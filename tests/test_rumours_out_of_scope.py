"""What mercato's users do not follow, though the football press prints it beside the market:
other sports' items in a general roundup (their teams share football clubs' names), backroom staff
changing clubs, and the deals of kit makers and sponsors."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def _moves(text: str) -> set[tuple[str, str | None]]:
    return {(r.player, r.to_club) for r in extract_rumours(text)}


def test_a_basketball_item_under_its_label_is_no_rumour() -> None:
    """ "BASKET –" opens the item: the Olimpia Milano's signing is not a move to the Milan."""
    text = (
        "Sport in breve: la Lazio tratta Gila, l'Olimpia prende Shields\n\n"
        "CALCIO – La Lazio ha avviato la trattativa con il Real Madrid per Mario Gila: sul tavolo "
        "un'offerta da 6 milioni.\n\n"
        "BASKET – L'Olimpia Milano ha ufficializzato l'arrivo di Shavon Shields dal Baskonia. "
        "L'ala americana ha firmato un contratto biennale."
    )
    assert _moves(text) == {("Mario Gila", "Lazio")}


def test_an_item_goes_on_until_the_next_label() -> None:
    """A second paragraph of the Formula 1 item has no label of its own: it is still Formula 1,
    and its "ha firmato un rinnovo" is no renewal of the footballer named before."""
    text = (
        "Il punto sullo sport\n\n"
        "CALCIO – Il Napoli ha chiuso con l'Udinese per Rodrigo Becão: prestito con obbligo di "
        "riscatto a 15 milioni.\n\n"
        "FORMULA 1 – La Ferrari ha confermato Carlos Sainz per il prossimo anno.\n\n"
        "Lo spagnolo ha firmato un rinnovo biennale con la Scuderia di Maranello.\n\n"
        "CALCIO – Il Torino pensa a Sebastiano Esposito: contatti avviati con l'Inter."
    )
    moves = _moves(text)
    assert ("Rodrigo Becão", "Napoli") in moves
    assert ("Sebastiano Esposito", "Torino") in moves
    assert not {m for m in moves if m[0] == "Carlos Sainz" or m[1] in (None, "Udinese")}


def test_a_cyclist_in_an_unlabelled_brief_is_no_rumour() -> None:
    """No label, but a word only cycling uses ("il ciclista", "la Vuelta") makes the paragraph
    another sport's, whichever town's team it names."""
    text = (
        "Notizie del giorno\n\n"
        "Il Bologna ha chiesto informazioni al Genoa per Albert Gudmundsson.\n\n"
        "Il ciclista Giulio Ciccone lascerà la Trek a fine anno: alla Vuelta correrà l'ultima "
        "corsa con la squadra americana, poi passerà alla Bahrain."
    )
    assert {p for p, _ in _moves(text)} == {"Albert Gudmundsson"}


def test_a_headline_part_about_another_sports_man_is_not_more_on_the_player() -> None:
    """ "Milan, chiesto Deulofeu. Gentile va al Panathinaikos": the basketball captain's move,
    told in the headline, is not Deulofeu's."""
    text = (
        "Il punto sullo sport: Milan, chiesto Deulofeu. Gentile va al Panathinaikos\n\n"
        "CALCIO – Il Milan ha chiesto all'Everton il prestito di Gerard Deulofeu. Lo riporta La "
        "Gazzetta dello Sport.\n\n"
        "BASKET – L'Olimpia Milano ha ceduto in prestito al Panathinaikos il capitano Alessandro "
        "Gentile."
    )
    assert _moves(text) == {("Gerard Deulofeu", "Milan")}


def test_backroom_staff_are_no_players() -> None:
    """A chief scout and a video analyst change clubs too: "il capo dello scouting", "l'analista
    video" are club employees, not players on the market."""
    text = (
        "Lazio, no all'Atalanta per il capo dello scouting\n\n"
        "La Lazio ha respinto l'assalto dell'Atalanta a Riccardo Fabbri, il capo dello scouting "
        "biancoceleste che ha scoperto Taty Castellanos: Lotito ha prolungato il suo contratto "
        "fino al 2027. L'Atalanta ha preso invece dal Bologna Luca Ferrando, analista video "
        "dello staff di Thiago Motta.\n\n"
        "Sul mercato dei giocatori, la Lazio ha chiesto informazioni al Sassuolo per Armand Laurienté."
    )
    assert {p for p, _ in _moves(text)} == {"Armand Laurienté"}


def test_a_kit_maker_renewing_with_a_club_is_no_player() -> None:
    """ "Il Genoa e Kappa proseguono insieme": the brand signs and renews as a club does."""
    text = (
        "Genoa, Kappa rinnova fino al 2029\n\n"
        "Il Genoa e Kappa proseguono insieme: il marchio torinese ha rinnovato l'accordo di "
        "sponsorizzazione tecnica fino al 2029. Intanto il club ha chiesto informazioni al Lecce "
        "per Patrick Dorgu."
    )
    assert {p for p, _ in _moves(text)} == {"Patrick Dorgu"}
