"""Mechanisms added for recall and destinations: each holds for any writer, not one example."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def _moves(text: str, title: str | None = None) -> dict[tuple[str, str | None], dict]:
    return {(r.player.split()[-1], r.to_club): r.to_dict() for r in extract_rumours(text, title=title)}


def test_headline_led_by_the_name_makes_a_player() -> None:
    text = (
        "Füllkrug, il Milan fa sul serio: contatti con il West Ham\n\n"
        "Il Milan ha rotto gli indugi per Niclas Füllkrug. C'è stato un contatto con il West Ham "
        "per impostare la trattativa sul mercato."
    )
    assert ("Füllkrug", "Milan") in _moves(text)


def test_player_short_of_minutes_is_not_bought_by_his_club() -> None:
    text = (
        "Roma, piace Zirkzee. L'olandese è chiuso al Manchester United e la Roma ha sondato il "
        "terreno per un prestito con diritto di riscatto nel mercato di gennaio."
    )
    moves = _moves(text)
    assert ("Zirkzee", "Manchester United") not in moves
    assert moves[("Zirkzee", "Roma")]["from_club"] == "Manchester United"


def test_club_working_on_a_renewal_renews() -> None:
    text = (
        "Il Milan prova ad accelerare per il rinnovo di Mike Maignan fino al 2030. Il club vuole "
        "evitare di perderlo a parametro zero nel prossimo mercato."
    )
    moves = _moves(text)
    assert moves[("Maignan", "Milan")]["deal"] == "renewal"


def test_sum_in_a_later_sentence_naming_no_player_prices_the_move() -> None:
    text = (
        "Gila, il Milan accelera\n\nIl Milan accelera per Mario Gila della Lazio: la trattativa "
        "è entrata nel vivo sul mercato.\n\nIgli Tare ha proposto a Claudio Lotito 22 milioni più 3 di bonus."
    )
    rumour = _moves(text)[("Gila", "Milan")]
    assert (rumour["fee_eur"], rumour["bonus_eur"]) == (22_000_000, 3_000_000)


def test_an_official_bid_is_a_negotiation() -> None:
    text = "Il Napoli ha presentato un'offerta ufficiale al Torino per Samuele Ricci nel mercato."
    assert _moves(text)[("Ricci", "Napoli")]["stage"] == "negotiation"


def test_a_signing_announced_in_a_directors_words_is_a_player() -> None:
    """ "Da stamattina Antonio Palumbo è ufficialmente un giocatore del Palermo": the man a
    director announces is the signing, with no other word to say he is a player."""
    text = (
        "Palermo, parla Osti: «Palumbo è ufficiale»\n\n"
        "OSTI: Prima di cominciare, un annuncio. Da stamattina Antonio Palumbo è ufficialmente un "
        "giocatore del Palermo: arriva dal Modena a titolo definitivo."
    )
    got = _moves(text)
    assert got[("Palumbo", "Palermo")]["from_club"] == "Modena"
    assert got[("Palumbo", "Palermo")]["stage"] == "official"


def test_an_injury_beside_a_renewal_leaves_the_renewal() -> None:
    """ "Il capitano, che dovrà restare fuori per mesi dopo l'infortunio, ha trovato l'intesa per
    un prolungamento": his fitness is an aside, the renewal is his future."""
    text = (
        "Bologna, i rinnovi\n\n"
        "Più semplice la situazione di Lewis Ferguson. Il capitano, che dovrà restare fuori per "
        "diversi mesi dopo l'infortunio al ginocchio, ha trovato l'intesa con il club per un "
        "prolungamento fino al 2028: manca soltanto la firma."
    )
    got = _moves(text)
    assert got[("Ferguson", "Bologna")]["deal"] == "renewal"
    assert got[("Ferguson", "Bologna")]["contract_until"] == 2028


def test_where_he_will_play_is_where_he_goes() -> None:
    """ "Francesco Pio Esposito giocherà un'altra stagione allo Spezia": the club he will play
    for is the loan's destination, not the club he belongs to."""
    text = (
        "Inter, i giovani in prestito\n\n"
        "Francesco Pio Esposito giocherà un'altra stagione allo Spezia: ieri è arrivata "
        "l'ufficialità del nuovo prestito."
    )
    got = _moves(text)
    assert ("Esposito", "Spezia") in got
    assert got[("Esposito", "Spezia")]["from_club"] == "Inter"


def test_he_too_on_an_expiring_contract_is_a_player() -> None:
    """ "Weston McKennie, anche lui in scadenza nel 2026, ha invece aperto al rinnovo": the
    "he too" before his situation still describes a player, whose club renews him."""
    text = (
        "Juve, i rinnovi\n\n"
        "Kenan Yildiz ha firmato fino al 2030. Weston McKennie, anche lui in scadenza nel 2026, ha "
        "invece aperto al rinnovo. La società gli ha proposto un prolungamento fino al 2028."
    )
    got = _moves(text)
    assert got[("McKennie", "Juventus")]["deal"] == "renewal"


def test_a_player_parting_with_his_club_is_a_player() -> None:
    """ "Paulo Dybala e la Juventus si separeranno a fine stagione": the man parting with his
    club is a player on the market, and the suitor told next is his."""
    text = (
        "Dybala, è addio\n\n"
        "Paulo Dybala e la Juventus si separeranno a fine stagione. Il Tottenham è pronto a "
        "offrirgli un quadriennale."
    )
    assert ("Dybala", "Tottenham") in _moves(text)
