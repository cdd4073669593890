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


def test_the_club_whose_price_is_quoted_sells_him() -> None:
    """ "la richiesta viola di 25 milioni": the club named as an adjective of the asking price is
    the seller, not a second buyer next to the one making the offer."""
    text = (
        "Fiorentina, in uscita Milenković\n\n"
        "In uscita, invece, si scalda la pista inglese per Nikola Milenković. Il Nottingham Forest "
        "ha presentato un'offerta da 20 milioni più 2 di bonus per il difensore serbo, una proposta "
        "che si avvicina alla richiesta viola di 25 milioni."
    )
    rumours = [(r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Fiorentina", "Nottingham Forest")]


def test_the_club_that_values_him_owns_him() -> None:
    text = (
        "Malick Thiaw piace al Newcastle, che avrebbe già chiesto le condizioni per un "
        "trasferimento. La valutazione della società rossonera è chiara: per il centrale classe "
        "2001 non si scende sotto i 30 milioni. Il Milan ascolta."
    )
    assert [(r.from_club, r.to_club) for r in extract_rumours(text)] == [("Milan", "Newcastle")]


def test_a_headline_that_closes_the_deal_names_the_buyer() -> None:
    """ "MILAN, È FATTA PER JASHARI": the club a headline opens with is no guess when the headline
    says the deal is done, even if the body never names the club again."""
    text = (
        "🚨 MILAN, È FATTA PER JASHARI 🚨\n"
        "Accordo totale con il Club Brugge: 34 milioni più 2 di bonus ✍️\n"
        "Ardon Jashari domani a Milano per le visite mediche, poi la firma fino al 2030.\n"
        "➡️ Si sblocca anche l'uscita di Yunus Musah: va all'Atalanta in prestito."
    )
    assert ("Ardon Jashari", "Milan") in [(r.player, r.to_club) for r in extract_rumours(text)]


def test_an_exit_to_nowhere_that_he_stays_from_is_no_rumour() -> None:
    """ "In uscita resta da definire il futuro di Correa ... il Tucu resterà a disposizione": with
    no club named wanting him, the article's word that he stays ends the exit."""
    text = (
        "Lazio, il punto sul mercato\n\n"
        "In uscita resta da definire il futuro di Joaquín Correa. L'argentino ha estimatori in "
        "Premier League, ma Lotito lo valuta non meno di 40 milioni e finora nessuno si è "
        "avvicinato a quella cifra. Senza offerte all'altezza, il Tucu resterà a disposizione di "
        "Inzaghi per la Champions."
    )
    assert extract_rumours(text) == []


def test_the_one_a_roundup_names_as_staying_has_no_exit() -> None:
    text = (
        "Cagliari, le ultime\n\n"
        "Chi resta, almeno per ora, è Nahitan Nández. L'uruguaiano ha estimatori in Italia e "
        "all'estero, ma senza un'offerta adeguata il club non lo lascerà partire."
    )
    assert extract_rumours(text) == []


def test_departures_already_made_are_background() -> None:
    """ "A dieci giorni dall'addio di Kvaratskhelia, volato a Parigi", "archiviata la partenza di
    Kim", "ha già salutato Ilic, ceduto ai granata", "l'addio di Milinković-Savić, volato a Riad":
    exits the article tells as done give no exit rumour."""
    texts = [
        "A dieci giorni dall'addio di Khvicha Kvaratskhelia, volato a Parigi per 70 milioni, il "
        "Napoli aspetta ancora il sostituto.",
        "Archiviata la partenza di Kim Min-jae, volato in Baviera dopo che il Bayern Monaco ha "
        "pagato la clausola, il Napoli si ritrova con una casella vuota.",
        "Il Verona, intanto, ha già salutato Ivan Ilic, ceduto proprio ai granata nei giorni scorsi.",
        "L'addio di Sergej Milinković-Savić, volato a Riad per vestire la maglia dell'Al Hilal, ha "
        "lasciato un vuoto che la Lazio deve colmare.",
    ]
    for text in texts:
        assert [r for r in extract_rumours(text) if r.to_club is None] == [], text


def test_arrivals_already_made_are_background() -> None:
    texts = [
        "Dopo gli arrivi a parametro zero di Piotr Zieliński e Mehdi Taremi, l'Inter lavora "
        "soprattutto in uscita.",
        "Luciano Spalletti ha già accolto Tanguy Ndombele, arrivato dal Tottenham in prestito, e "
        "aspetta un altro centrocampista.",
    ]
    for text in texts:
        assert extract_rumours(text) == [], text


def test_nothing_concrete_yet_does_not_end_an_exit() -> None:
    """ "potrebbe partire in prestito ... al momento non c'è nulla di concreto": no offer yet,
    which is no denial of the exit the article reports."""
    text = (
        "Como, il punto\n\n"
        "In uscita, infine, c'è Ignace Van der Brempt. Il terzino belga ha trovato poco spazio e "
        "potrebbe partire in prestito fino al termine della stagione. Ludi valuterà le richieste, ma "
        "al momento sul tavolo non c'è nulla di concreto."
    )
    assert [(r.player, r.to_club, r.deal) for r in extract_rumours(text)] == [
        ("Ignace Van der Brempt", None, "loan")
    ]


def test_nothing_concrete_in_either_word_order() -> None:
    text = (
        "Bologna, le ultime\n\nIn uscita, infine, Federico Viviani potrebbe partire in prestito. "
        "La società è pronta a valutare le richieste, anche se finora di concreto non c'è nulla."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Federico Viviani", None)]


def test_the_one_a_roundup_lists_leaving_is_a_player() -> None:
    """ "In uscita, infine, c'è Gerson": a one-word name the roundup lists among the exits."""
    text = (
        "Roma, il punto\n\nIn uscita, infine, c'è Gerson. Il centrocampista brasiliano non ha "
        "convinto e la società è pronta ad ascoltare proposte per un prestito."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Gerson", None)]


def test_a_door_left_open_is_no_refusal() -> None:
    """ "sta valutando la proposta e non chiude la porta": a negotiation, not a collapse."""
    text = (
        "Torino, Izzo verso la Turchia\n\nArmando Izzo può salutare il Torino. Un club turco ha "
        "presentato un'offerta da 5 milioni per il difensore: Davide Vagnati sta valutando la "
        "proposta e non chiude la porta."
    )
    [izzo] = extract_rumours(text)
    assert (izzo.player, izzo.to_club, izzo.stage) == ("Armando Izzo", None, "negotiation")


def test_the_clubs_word_that_he_stays_ends_an_exit_to_nowhere() -> None:
    text = (
        "Sampdoria, parla Ferrero\n\nNon è mancata una battuta su Fabio Quagliarella, che qualcuno "
        'in estate dava in partenza: "Fabio resta qui finché vuole, è il capitano".'
    )
    assert extract_rumours(text) == []


def test_his_club_in_one_move_is_no_destination_of_another() -> None:
    """A player has one club at a time. When one of his moves has him leave the Lecce, a second
    move taking him to the Lecce (the headline's club read as the one he "piace" to) is the
    first one read backwards, even where the text never spells out that he plays there."""
    text = (
        "Lecce, Krstović piace in Premier\n\n"
        "Il Lecce pensa già all'estate. Chi potrebbe fare le valigie è Nikola Krstović. "
        "L'attaccante montenegrino è finito nel mirino del Brentford: secondo Sky Sport, il club "
        "inglese ha chiesto informazioni a Corvino, che però ha fissato il prezzo ad almeno 25 milioni."
    )
    moves = [(r.from_club, r.to_club) for r in extract_rumours(text) if r.player == "Nikola Krstović"]
    assert moves == [("Lecce", "Brentford")]


def test_one_man_named_two_ways_is_one_rumour() -> None:
    """ "Pepito Rossi" in the headline, "Giuseppe Rossi" in the body: one player, one move."""
    text = (
        "Brescia, idea Pepito Rossi per l'attacco\n\n"
        "Il Brescia cerca un esterno offensivo e il nome che circola è suggestivo: Giuseppe "
        "Rossi. L'attaccante, svincolato, ha aperto al ritorno in Italia e i contatti con il "
        "suo entourage sono avviati."
    )
    moves = [(r.player.split()[-1], r.to_club) for r in extract_rumours(text)]
    assert moves.count(("Rossi", "Brescia")) == 1


def test_an_agreement_hoped_for_a_renewal_is_no_exit() -> None:
    """ "sono certo che troveremo l'accordo", said of the new contract his club offers: the
    player renews or not, he goes nowhere."""
    text = (
        "Il mercato del Lecce in 5 mosse\n\n"
        "5. Le uscite\n"
        "Il Como ha offerto 6 milioni per Gabriel Strefezza: la trattativa prosegue. Joel "
        "Voelkerling Persson, invece, potrebbe partire in prestito per giocare con continuità.\n\n"
        "Capitolo rinnovi. La società ha proposto a Federico Baschirotto di prolungare il "
        "contratto fino al 2027. "
        "«Federico è un simbolo di questo Lecce, sono certo che troveremo l'accordo», ha "
        "assicurato il presidente Saverio Sticchi Damiani."
    )
    moves = [(r.to_club, r.deal) for r in extract_rumours(text) if r.player == "Federico Baschirotto"]
    assert moves == [("Lecce", "renewal")]
