"""Buyer relation checks on short texts written for these tests.

A club is a destination only when the text makes it a buyer: the club a player is on loan at
("di proprietà del Torino e in prestito al Lecce") is where he plays now, the clubs of "un passato
nel Benfica" are his history, and the club a story opens with is no rival buyer when the text
shows it asking a price while another club makes the offer.
"""

from __future__ import annotations

import pytest

from mercato.rumours import extract_rumours


def _moves(text: str) -> set[tuple[str, str | None]]:
    return {(r.player.split()[-1], r.to_club) for r in extract_rumours(text)}


def test_loan_club_after_the_owner_is_his_present_club() -> None:
    text = (
        "Fiorentina, piace un giovane terzino\n\n"
        "La Fiorentina ha chiesto informazioni per Mattia Rossetti. Il terzino classe 2004, di "
        "proprietà del Torino e in prestito al Lecce, sta giocando una stagione da titolare."
    )
    moves = _moves(text)
    assert ("Rossetti", "Fiorentina") in moves
    assert ("Rossetti", "Lecce") not in moves


def test_a_past_in_other_clubs_is_history() -> None:
    text = (
        "Il Torino pensa a Lucas Ferreira per il centrocampo. Il brasiliano, con un passato "
        "nel Benfica e nel Porto, ha il contratto in scadenza con il Sassuolo."
    )
    moves = _moves(text)
    assert ("Ferreira", "Torino") in moves
    assert not moves & {("Ferreira", "Benfica"), ("Ferreira", "Porto")}


def test_selling_topic_is_not_added_to_a_rival_buyer() -> None:
    text = (
        "Udinese, il Brighton fa sul serio per Davide Marchetti\n\n"
        "Il Brighton ha presentato un'offerta da 15 milioni per Davide Marchetti. Su di lui c'è "
        "anche il Bologna, che ha chiesto informazioni."
    )
    moves = _moves(text)
    assert {("Marchetti", "Brighton"), ("Marchetti", "Bologna")} <= moves
    assert ("Marchetti", "Udinese") not in moves


def test_a_description_with_no_club_of_its_own_joins_the_buyer_of_its_sentence() -> None:
    """ "il PSG ha alzato la proposta ..., ma lo spagnolo ha già comunicato la volontà di
    trasferirsi": the clause about him names no club, the sentence's buyer is where he goes."""
    text = (
        "Napoli, resta aperto il capitolo uscite\n\n"
        "Fabián Ruiz, con il contratto in scadenza e nessuna intenzione di rinnovarlo, ha la "
        "valigia pronta. Il Paris Saint-Germain ha alzato la proposta a 20 milioni; De Laurentiis "
        "ne vorrebbe 25, ma lo spagnolo ha già comunicato alla società la volontà di trasferirsi."
    )
    [ruiz] = extract_rumours(text)
    assert (ruiz.player, ruiz.to_club, ruiz.fee_eur) == ("Fabián Ruiz", "PSG", 20_000_000)
    assert ruiz.deal != "renewal"


def test_a_name_the_press_gives_as_the_object_of_a_move_is_a_player() -> None:
    """The words of a move before a name make him a player even across the press's fillers:
    "segue da mesi", "che per Škriniar ha offerto", "il diritto di riacquisto su", "sulla lista
    c'è infine"."""
    texts = {
        "Intanto il Chelsea segue da mesi Santiago Castro e ha chiesto di essere aggiornato.": (
            "Santiago Castro",
            "Chelsea",
        ),
        "Il Paris Saint-Germain, che per Milan Škriniar ha già offerto 50 milioni, aspetta.": (
            "Milan Škriniar",
            "PSG",
        ),
        "Il Real Madrid sta valutando di esercitare il diritto di riacquisto su Nico Paz.": (
            "Nico Paz",
            "Real Madrid",
        ),
        "Sulla lista del Genoa c'è infine Roberto Piccoli, che all'Atalanta trova poco spazio.": (
            "Roberto Piccoli",
            "Genoa",
        ),
    }
    for text, move in texts.items():
        assert [(r.player, r.to_club) for r in extract_rumours(text)] == [move], text


def test_a_foreign_ground_is_no_player() -> None:
    """ "lasciare Goodison Park": the grounds the press names as a club's home are places."""
    text = (
        "Milan, Deulofeu è vicino\n\nGerard Deulofeu è sempre più vicino ai rossoneri. Lo spagnolo, "
        "classe 1994, non vede l'ora di lasciare Goodison Park, dove ha trovato pochissimo spazio."
    )
    assert [r.player for r in extract_rumours(text)] == ["Gerard Deulofeu"]


def test_where_a_lead_points_is_the_club_that_holds_the_player() -> None:
    """ "La pista porta a Napoli": the press drops the article before the club a lead points to,
    the club of the target, whose nickname ("gli azzurri") the next words then use."""
    text = (
        "Empoli, caccia al portiere\n\n"
        "Chiusa la cessione di Guglielmo Vicario al Tottenham, l'Empoli deve trovare il nuovo numero "
        "uno. La pista più calda porta a Napoli: il direttore sportivo Pietro Accardi ha chiesto agli "
        "azzurri Elia Caprile in prestito."
    )
    assert ("Elia Caprile", "Napoli", "Empoli") in {
        (r.player, r.from_club, r.to_club) for r in extract_rumours(text)
    }


def test_a_club_that_has_an_agreement_buys() -> None:
    """ "Il Manchester United ha un'intesa di massima con il Barcellona": the article's "un" between
    the club and the word of the deal leaves the club the subject at work."""
    text = (
        "Chi dovrebbe partire per finanziare gli acquisti è Frenkie de Jong. Il Manchester United ha "
        "un'intesa di massima con il Barcellona sulla base di 65 milioni più 20 di bonus."
    )
    assert [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)] == [
        ("Frenkie de Jong", "Barcellona", "Manchester United")
    ]


def test_a_club_asking_for_more_is_the_seller() -> None:
    """ "i gialloneri chiedono qualcosa in più": a club asking more than the offer sells."""
    text = (
        "Genoa, si tratta per Hefti\n\nIl Genoa ha presentato allo Young Boys un'offerta da 4 milioni "
        "più bonus per Silvan Hefti, i gialloneri chiedono qualcosa in più ma la trattativa è ben avviata."
    )
    assert [(r.from_club, r.to_club) for r in extract_rumours(text)] == [("Young Boys", "Genoa")]


def test_rivals_and_reports_in_the_press_idiom() -> None:
    """ "Sul classe 1987 resta vigile il Bologna": a suitor watching, named after its verb;
    "arrivano voci su Iago Falque ... il Genoa ha chiesto informazioni sullo spagnolo, che in
    rossoblù ha già giocato": reports about a player, and a past spell that is no present club."""
    caputo = (
        "Il Sassuolo ha presentato all'Empoli una proposta per Francesco Caputo, attaccante classe "
        "1987. Sul classe 1987, però, resta vigile il Bologna."
    )
    assert ("Francesco Caputo", "Bologna") in {(r.player, r.to_club) for r in extract_rumours(caputo)}
    falque = (
        "Torino, le ultime\n\nDa Genova, infine, arrivano voci su Iago Falque. Secondo Il Secolo XIX, "
        "il Genoa ha chiesto informazioni sullo spagnolo, che in rossoblù ha già giocato nella "
        "stagione 2014-15."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(falque)] == [("Iago Falque", "Genoa")]


def test_the_club_a_player_received_an_offer_from_buys() -> None:
    """ "ha ricevuto dal Bologna la proposta di un contratto": the club that made the offer, with
    no headline or story club to guess it from."""
    text = "Rodrigo Palacio, 35 anni, ha ricevuto dal Bologna la proposta di un contratto annuale."
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Rodrigo Palacio", "Bologna")]


def test_anche_goes_with_the_club_right_after_it() -> None:
    """ "anche il Siviglia ha chiesto informazioni alla Sampdoria": the "anche" makes the Siviglia
    a rival; the Sampdoria, asked, is the other side of the talk, not a second rival."""
    from mercato.rumours.document import build_document
    from mercato.rumours.lexicon import load_lexicon
    from mercato.rumours.relations import club_refs

    text = "Nelle ultime ore anche il Siviglia ha chiesto informazioni alla Sampdoria."
    doc = build_document(text, load_lexicon())
    relations = {r.name: r.relation for r in club_refs(doc, 0)}
    assert relations["Siviglia"] == "competitor"
    assert relations["Sampdoria"] != "competitor"


def test_a_region_is_no_player() -> None:
    """ "in Alto Adige l'obiettivo è tenere insieme il gruppo": the Südtirol's region, a place."""
    text = (
        "Südtirol, parla il ds\n\nDopo una stagione chiusa a un passo dalla finale playoff, in Alto "
        "Adige l'obiettivo è tenere insieme il gruppo. Il Südtirol ha chiesto informazioni al "
        "Verona per Davide Faraoni."
    )
    assert "Alto Adige" not in [r.player for r in extract_rumours(text)]


def test_the_club_ready_to_let_him_go_is_his() -> None:
    """ "il Napoli sarebbe disposto a lasciarlo partire in prestito": the club ready to let a
    player go holds him, it does not buy him."""
    from mercato.rumours.document import build_document
    from mercato.rumours.lexicon import load_lexicon
    from mercato.rumours.relations import club_refs

    for text in (
        "I contatti sono avviati e il Napoli sarebbe disposto a lasciarlo partire in prestito.",
        "La Fiorentina è disposta a cederlo per 20 milioni.",
        "Il Monaco lo vuole vendere, la Sampdoria lo vorrebbe in prestito.",
    ):
        doc = build_document(text, load_lexicon())
        assert club_refs(doc, 0)[0].relation == "from", text


@pytest.mark.parametrize(
    ("text", "buyers"),
    [
        # a suitor in another clause of a description's sentence wants that player too
        (
            "L'alternativa è Andrea Pinamonti, 20 anni, dell'Inter. Gli scaligeri hanno chiesto "
            "informazioni per un prestito, ma sul giocatore è in netto vantaggio il Genoa.",
            {"Verona", "Genoa"},
        ),
        # "Piace molto anche Esposito": liked, with no one named liking him, by the story's club,
        # whatever other club the paragraph names wanting him
        (
            "Sampdoria, Pirlo chiede una punta\n\nPiace molto anche Sebastiano Esposito, 21 anni, "
            "dell'Inter. Il Bari ha già avviato i contatti con Milano per riaverlo in Puglia.",
            {"Sampdoria", "Bari"},
        ),
        (
            "Roma, caccia al portiere\n\nL'alternativa? Bernd Leno del Bayer Leverkusen piace da tempo, "
            "ma la strada è in salita. L'Arsenal ha già presentato un'offerta da 25 milioni per il "
            "portiere tedesco.",
            {"Roma", "Arsenal"},
        ),
        # "Sullo sfondo si muove il Wolfsburg": a rival named after its verb
        (
            "Si complica la pista Zaza-West Ham\n\nGli Hammers hanno messo sul tavolo un prestito "
            "oneroso con obbligo di riscatto a 20 milioni per Simone Zaza, ma alla Juventus la formula "
            "non piace. Sullo sfondo si muove il Wolfsburg, che ha effettuato un sondaggio con i bianconeri.",
            {"West Ham", "Wolfsburg"},
        ),
    ],
)
def test_every_suitor_the_press_names(text: str, buyers: set[str]) -> None:
    assert {r.to_club for r in extract_rumours(text)} == buyers


def test_a_medical_centre_is_no_player() -> None:
    """ "domani le visite al J|Medical": the club's medical centre, not a man."""
    text = (
        "Milik, domani le visite al J|Medical\n\nArkadiusz Milik è atteso domani mattina al J|Medical "
        "per le visite mediche: l'accordo con il Marsiglia è stato raggiunto nella notte, e il polacco "
        "ha già concordato con il club bianconero un contratto fino al 2026."
    )
    assert [r.player for r in extract_rumours(text)] == ["Arkadiusz Milik"]


def test_a_paragraph_opening_on_another_club_is_that_clubs_search() -> None:
    text = (
        "Atalanta, Scalvini piace alla Juventus\n\n"
        "La Juventus ha chiesto all'Atalanta Giorgio Scalvini: i bianconeri offrono 30 milioni, "
        "i bergamaschi ne chiedono 40.\n\n"
        "Il Genoa, intanto, si muove per la difesa. Il nome in cima alla lista è quello di "
        "Tomás Pérez, centrale argentino del Rosario Central: i contatti sono già avviati."
    )
    moves = _moves(text)
    assert ("Scalvini", "Juventus") in moves
    assert ("Pérez", "Genoa") in moves
    assert ("Pérez", "Juventus") not in moves


def test_a_paragraph_opening_on_a_city_is_its_clubs_search() -> None:
    """ "A Toronto, intanto, non intendono fermarsi": the city of a club the article names
    turns the paragraph to that club, whose target the next player is."""
    text = (
        "Napoli, Insigne-Toronto è fatta\n\n"
        "Lorenzo Insigne ha raggiunto l'intesa con il Toronto FC e dal prossimo luglio giocherà "
        "in MLS.\n\n"
        "A Toronto, intanto, non intendono fermarsi: secondo Il Secolo XIX il club ha già "
        "sondato Domenico Criscito, capitano del Genoa in scadenza a giugno."
    )
    moves = _moves(text)
    assert ("Criscito", "Toronto FC") in moves
    assert ("Criscito", "Napoli") not in moves


def test_only_the_titles_first_sentence_names_the_storys_club() -> None:
    """ "Luis Alberto saluta la Lazio: accordo con l'Al-Duhail. Il Besiktas sonda Immobile": the
    second item of a title does not make the Besiktas the club every other player joins."""
    title = "Luis Alberto saluta la Lazio: accordo con l'Al-Duhail. Il Besiktas sonda Immobile"
    text = (
        "La Lazio ha raggiunto l'accordo con l'Al-Duhail per Luis Alberto sulla base di 11 milioni. "
        "Secondo Fanatik, il Besiktas ha sondato l'entourage di Ciro Immobile. La Lazio "
        "intanto non si ferma.\n\n"
        "Fabiani ha chiuso il primo colpo in entrata: Tijjani Noslin arriva dal Verona per 15 "
        "milioni e domani sosterrà le visite mediche."
    )
    moves = {(r.player.split()[-1], r.to_club) for r in extract_rumours(text, title=title)}
    assert ("Noslin", "Besiktas") not in moves
    assert ("Noslin", "Lazio") in moves


def test_the_club_that_pays_is_the_buyer() -> None:
    """ "lo Sporting Lisbona ha versato 18 milioni": the club paying is the one he joins."""
    text = (
        "Lecce, la cessione del capitano\n\n"
        "Morten Hjulmand saluta il Lecce: lo Sporting Lisbona ha versato 18 milioni più 3 di bonus."
    )
    assert ("Hjulmand", "Sporting Lisbona") in _moves(text)


def test_each_name_of_a_headline_phrase_takes_its_own_club() -> None:
    """ "Ngonge verso il Napoli e Buchanan all'Inter": one phrase, two stories; while
    "Kulusevski e Bentancur verso il Tottenham" is one list sharing its club."""
    text = (
        "Fantacalcio, Ngonge verso il Napoli e Buchanan all'Inter\n\n"
        "Cyril Ngonge è a un passo dal Napoli: l'intesa con il Verona c'è. Tajon Buchanan arriva "
        "all'Inter dal Club Brugge per 7 milioni."
    )
    moves = _moves(text)
    assert ("Ngonge", "Inter") not in moves and ("Buchanan", "Napoli") not in moves
    listed = _moves(
        "Juventus, Kulusevski e Bentancur verso il Tottenham\n\n"
        "Dejan Kulusevski e Rodrigo Bentancur sono pronti a partire: il Tottenham ha trovato "
        "l'accordo con la Juventus."
    )
    assert {("Kulusevski", "Tottenham"), ("Bentancur", "Tottenham")} <= listed
