"""Phrasings that differ from the development texts' style, written for these tests.

Each case is one short, original Italian sentence or two in a voice the dev set uses little:
passive voice, the player as the subject, a club nickname standing for its player, the other
side of a talk named in a sentence that names no player, renewals negotiated "con" the club.
Expected rumours are (surname, from club, to club, deal); the project's own lexicon is used.
"""

from __future__ import annotations

import pytest
from rumours_text_file import extract_text_file

from mercato.rumours import extract_rumours

CASES = {
    # passive voice: the player is the subject, the clubs are agents
    "passive_sold": (
        "Davide Frattesi è stato ceduto dall'Inter al Napoli per 30 milioni.",
        {("Frattesi", "Inter", "Napoli", "transfer")},
    ),
    "passive_loan": (
        "Nicolò Fagioli verrà girato in prestito al Genoa dalla Fiorentina.",
        {("Fagioli", "Fiorentina", "Genoa", "loan")},
    ),
    "passive_offered": (
        "Scott McTominay è stato offerto al Milan dal Manchester United.",
        {("McTominay", "Manchester United", "Milan", "transfer")},
    ),
    "passive_bought": (
        "Lorenzo Lucca è stato acquistato dal Nottingham Forest: all'Udinese vanno 35 milioni.",
        {("Lucca", "Udinese", "Nottingham Forest", "transfer")},
    ),
    # the player as the subject of his move
    "subject_passes": (
        "Mattia Zaccagni passa al Napoli. La Lazio incassa 25 milioni.",
        {("Zaccagni", "Lazio", "Napoli", "transfer")},
    ),
    "subject_liked": (
        "Tommaso Baldanzi piace al Genoa. La Roma chiede 12 milioni.",
        {("Baldanzi", "Roma", "Genoa", "transfer")},
    ),
    "subject_new_player": (
        "Jhon Lucumí sarà un nuovo giocatore del Bologna: il difensore arriva dal Villarreal.",
        {("Lucumí", "Villarreal", "Bologna", "transfer")},
    ),
    "subject_renews_with": (
        "Kenan Yildiz rinnova con la Juventus fino al 2030.",
        {("Yildiz", "Juventus", "Juventus", "renewal")},
    ),
    "offer_amount_before_name": (
        "La Roma ha offerto 15 milioni al Sassuolo per Armand Laurienté.",
        {("Laurienté", "Sassuolo", "Roma", "transfer")},
    ),
    # a club nickname as the player's shirt
    "shirt_adjective": (
        "Il bianconero Weston McKennie piace al Galatasaray, che ha chiesto informazioni.",
        {("McKennie", "Juventus", "Galatasaray", "transfer")},
    ),
    "shirt_noun": (
        "Il Milan segue Nicolò Fagioli. Il viola è in uscita, la Fiorentina chiede 15 milioni.",
        {("Fagioli", "Fiorentina", "Milan", "transfer")},
    ),
    # the other side of a talk, in a sentence that names no player
    "counterpart_in_continuation": (
        "Inter in pressing su Manu Koné. I nerazzurri hanno avviato una trattativa con la Roma.",
        {("Koné", "Roma", "Inter", "transfer")},
    ),
    "offer_to_seller_in_continuation": (
        "Il Cagliari punta su Nicolò Fagioli. I sardi hanno offerto 8 milioni alla Fiorentina.",
        {("Fagioli", "Fiorentina", "Cagliari", "transfer")},
    ),
    "counterpart_then_buyer": (
        "La Juventus tratta con l'Atalanta per Ederson. Sul piatto 40 milioni di euro.",
        {("Ederson", "Atalanta", "Juventus", "transfer")},
    ),
    "accord_between": (
        "Il Bologna ha trovato l'intesa con il Torino per Samuele Ricci: operazione da 18 milioni.",
        {("Ricci", "Torino", "Bologna", "transfer")},
    ),
    # agency flashes, loan formulas between the verb and the name, the player leaving
    "agency_dateline": (
        "(ANSA) - ROMA, 12 GEN - La Lazio ha ceduto in prestito secco Tijjani Noslin al Verona fino "
        "al termine della stagione.",
        {("Noslin", "Lazio", "Verona", "loan")},
    ),
    "loan_formula_before_name": (
        "Il Torino ha preso in prestito con obbligo di riscatto condizionato Nikola Vlasic dal West Ham.",
        {("Vlasic", "West Ham", "Torino", "loan_obligation")},
    ),
    "leaving_then_suitor": (
        "Federico Chiesa lascerà il Liverpool in estate. Ad attenderlo c'è il Napoli di Antonio Conte.",
        {("Chiesa", "Liverpool", "Napoli", "transfer")},
    ),
    "player_asks_to_leave": (
        "Sarebbe stato Ademola Lookman a chiedere la cessione: l'attaccante nigeriano vuole l'Inter.",
        {("Lookman", None, "Inter", "transfer")},
    ),
    # headlines and telegraphic openings
    "headline_two_stories": (
        "Calciomercato LIVE: Gila verso il Milan, Frattesi-Napoli si chiude",
        {("Gila", None, "Milan", "transfer"), ("Frattesi", None, "Napoli", "transfer")},
    ),
    "telegraphic_question": (
        "Lookman all'Inter? La Dea non apre: servono 50 milioni.",
        {("Lookman", "Atalanta", "Inter", "transfer")},
    ),
    "name_and_club_renewal": (
        "Alessandro Bastoni e l'Inter, rinnovo fino al 2030 vicino.",
        {("Bastoni", "Inter", "Inter", "renewal")},
    ),
    "pronoun_ci": (
        "Il Milan segue Mario Gila, come riportato dalla Gazzetta. Anche l'Inter ci pensa.",
        {("Gila", None, "Milan", "transfer"), ("Gila", None, "Inter", "transfer")},
    ),
    # a club shown only buying is not the seller of another player of the article
    "buyer_is_not_seller": (
        "Il Milan segue Mario Gila, riporta Sky Sport. Il Napoli invece pensa a Thomas Kristensen.",
        {("Gila", None, "Milan", "transfer"), ("Kristensen", None, "Napoli", "transfer")},
    ),
    # a club that puts a price on a player owns him; a club that weighs one may buy him
    "valuation_is_the_owner": (
        "Il Siviglia chiede informazioni per Santiago Giménez, ma il Milan valuta il messicano "
        "non meno di 30 milioni.",
        {("Giménez", "Milan", "Siviglia", "transfer")},
    ),
    "valuation_alone_is_no_move": (
        "Il Genoa valuta Johan Vásquez almeno 20 milioni: il messicano è il leader della difesa.",
        set(),
    ),
    # two clubs that reach an agreement together are the two sides of one deal, not two buyers
    "paired_agreement": (
        "Napoli e Verona hanno trovato l'accordo per Cyril Ngonge sulla base di 15 milioni.",
        {("Ngonge", "Verona", "Napoli", "transfer")},
    ),
    "paired_agreement_buyer_named_again": (
        "La Juventus e l'Aston Villa hanno raggiunto l'accordo totale per Douglas Luiz: il "
        "brasiliano firmerà con i bianconeri un contratto fino al 2029.",
        {("Luiz", "Aston Villa", "Juventus", "transfer")},
    ),
    "paired_rivals_stay_rivals": (
        "Milan e Inter pensano a Mario Gila.",
        {("Gila", None, "Milan", "transfer"), ("Gila", None, "Inter", "transfer")},
    ),
    # the shirt he would wear is where he goes; the man whose club it is owns it
    "wearing_the_shirt": (
        "Il Porto preferirebbe una cessione a titolo definitivo, ma Francisco Conceição spinge per "
        "vestire il bianconero.",
        {("Conceição", "Porto", "Juventus", "transfer")},
    ),
    "the_club_of_a_man": (
        "La Juventus ha proposto al Porto un prestito per Francisco Conceição. Il club di André "
        "Villas-Boas preferirebbe una cessione a titolo definitivo.",
        {("Conceição", "Porto", "Juventus", "loan")},
    ),
    "back_from_a_loan": (
        "Il Genoa tratta Andrea Pinamonti, cresciuto nell'Inter e reduce da un campionato in "
        "prestito al Frosinone.",
        {("Pinamonti", None, "Genoa", "transfer")},
    ),
    "suitor_after_its_verb_refused": (
        "Resta dov'è Christian Kouamé. Sull'attaccante ivoriano si era mossa la Fiorentina, ma la "
        "risposta è stata netta: «Kouamé non è in vendita, è uno dei pilastri del nuovo Genoa».",
        {("Kouamé", "Genoa", "Fiorentina", "transfer")},
    ),
    # the press names clubs by their training ground; a dateline scene is not where he plays
    "training_ground": (
        "TORINO – Alla Continassa è il giorno di Jean-Philippe Mateta. La Juventus ha avviato la "
        "trattativa con il Crystal Palace per il centravanti francese.",
        {("Mateta", "Crystal Palace", "Juventus", "transfer")},
    ),
    "training_ground_is_no_player": (
        "Casteldebole saluta Jens Odgaard: c'è l'accordo con il Napoli.",
        {("Odgaard", "Bologna", "Napoli", "transfer")},
    ),
    # the seller's wish for a sale does not make the buyer at work a seller
    "buyer_proposes_seller_prefers_a_sale": (
        "Giovanni Manna ha aperto il dialogo con l'Inter per Davide Frattesi: il Napoli propone un "
        "prestito con obbligo di riscatto, i nerazzurri vorrebbero invece una cessione a titolo "
        "definitivo da 30 milioni.",
        {("Frattesi", "Inter", "Napoli", "loan_obligation")},
    ),
    "credit_between_name_and_apposition": (
        "Il Bayern ha chiuso per Ivan Perišić: come anticipa Kicker, l'esterno croato dell'Inter è "
        "atteso domani a Monaco di Baviera per le visite mediche.",
        {("Perišić", "Inter", "Bayern Monaco", "transfer")},
    ),
    # "crociato" is the knee ligament far more often than a Parma player
    "cruciate_ligament_is_no_club": (
        "Il Bayern seguiva Leroy Sané, ma la rottura del legamento crociato ha fermato la trattativa "
        "con il Manchester City.",
        {("Sané", "Manchester City", "Bayern Monaco", "transfer")},
    ),
    "renewing_the_defence_is_no_renewal": (
        "Il Napoli pensa a Kalidou Koulibaly per rinnovare la difesa.",
        {("Koulibaly", None, "Napoli", "transfer")},
    ),
    "airport_is_no_player": (
        "Scott McTominay sarà un giocatore del Napoli: il centrocampista scozzese è atterrato a "
        "Capodichino in serata e domani mattina svolgerà le visite mediche.",
        {("McTominay", None, "Napoli", "transfer")},
    ),
    "a_new_player_of_the_shirt": (
        "Il primo colpo è di quelli che accendono l'entusiasmo: Armando Izzo è un nuovo giocatore "
        "biancoverde.",
        {("Izzo", None, "Avellino", "transfer")},
    ),
    "contract_ended_to_move": (
        "Federico Bernardeschi ha risolto il contratto con il Toronto e ha già l'accordo con il "
        "Bologna: domani visite mediche e firma su un biennale.",
        {("Bernardeschi", "Toronto FC", "Bologna", "free")},
    ),
    "a_fan_sites_own_club": (
        "Gleison Bremer lascia il nostro Toro e va alla Juventus: c'è l'accordo sulla base di 41 milioni.",
        {("Bremer", "Torino", "Juventus", "transfer")},
    ),
    "the_man_to_replace": (
        "Il Torino ha ceduto Gleison Bremer alla Juventus. Il nome per sostituire Bremer è quello di "
        "Perr Schuurs: il Toro ha presentato all'Ajax un'offerta da 10 milioni.",
        {("Bremer", "Torino", "Juventus", "transfer"), ("Schuurs", "Ajax", "Torino", "transfer")},
    ),
    "first_one_out": (
        "Il primo a poter fare le valigie è Valentín Castellanos: piace al West Ham.",
        {("Castellanos", None, "West Ham", "transfer")},
    ),
    # a move dated by its year is a done deal, whatever the tense
    "loan_in_a_past_month_and_year": (
        "Sono le formule degli ultimi mercati, dai prestiti di Kolo Muani alla Juventus e di João "
        "Félix al Milan nel gennaio 2025.",
        set(),
    ),
    "sale_in_a_past_year": (
        "Il club ricorda che la cessione di Sandro Tonali al Newcastle nel 2023 ha portato oltre 70 "
        "milioni nelle casse.",
        set(),
    ),
    "paired_agreement_away_from_the_topic": (
        "Il Milan pensa a un regista. Fumata bianca per Enzo Le Fée: Roma e Rennes hanno trovato "
        "l'intesa sulla base di 23 milioni.",
        {("Fée", "Rennes", "Roma", "transfer")},
    ),
    "now_his_new_club": (
        "L'Atalanta fa i conti con il mercato. Franck Kessié, 20 anni, è ormai un giocatore del Milan: "
        "l'intesa tra le due società è stata raggiunta.",
        {("Kessié", "Atalanta", "Milan", "transfer")},
    ),
    "weighing_is_interest": (
        "Il Milan valuta Mario Gila: è il profilo giusto per la difesa.",
        {("Gila", None, "Milan", "transfer")},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_generalised_phrasings(case: str) -> None:
    text, expected = CASES[case]
    got = {(r.player.split()[-1], r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}
    assert got == expected


def test_continuation_about_another_buyer_lends_nothing() -> None:
    """A sentence that names no player but another buyer's move does not change his story."""
    text = (
        "La Juventus ha chiesto informazioni per Teun Koopmeiners all'Atalanta. "
        "Il Milan ha chiuso un accordo con il Chelsea per un altro difensore."
    )
    rumours = {r.to_club: r for r in extract_rumours(text)}
    assert rumours["Juventus"].stage == "negotiation"
    assert "Milan" not in rumours and "Chelsea" not in rumours


def test_fee_of_each_player_in_one_sentence() -> None:
    """Two players, two prices in one sentence: each rumour takes the stretch about its player."""
    text = (
        "Il Milan pensa a Mario Gila, valutato 40 milioni dalla Lazio, e al centrocampista "
        "Thomas Kristensen, per cui l'Udinese chiede 20 milioni."
    )
    fees = {r.player.split()[-1]: r.fee_eur for r in extract_rumours(text)}
    assert fees == {"Gila": 40_000_000, "Kristensen": 20_000_000}


def test_talks_about_a_renewal_are_with_his_club() -> None:
    rumours = extract_rumours("Contatti con la Lazio per il rinnovo di Mattia Zaccagni fino al 2029.")
    assert [(r.from_club, r.to_club, r.deal, r.contract_until) for r in rumours] == [
        ("Lazio", "Lazio", "renewal", 2029)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La Juventus vuole Marotta. Il tecnico ha chiesto un difensore.",
        "Carlo Rossi ha parlato di Ederson: «Lo vogliamo», ha detto il mister del Genoa.",
        "Marco Verdi in panchina al posto di Gilardino: il Pisa ha scelto il nuovo tecnico.",
    ],
)
def test_executives_and_coaches_by_pattern(text: str) -> None:
    """Known surnames with several roles, a mister's quote and a bench story name no player."""
    names = {r.player for r in extract_rumours(text)}
    assert not names & {"Marotta", "Carlo Rossi", "Rossi", "Marco Verdi", "Gilardino"}


def test_list_surname_yields_to_a_player_noun() -> None:
    """A coach's surname in roles.toml does not hide a player the article calls one."""
    rumours = extract_rumours("Il Bologna pensa al centrocampista Simeone, 26 anni, del Torino.")
    assert [(r.player, r.from_club, r.to_club) for r in rumours] == [("Simeone", "Torino", "Bologna")]


@pytest.mark.parametrize("year", ["2016", "2023", "2031"])
def test_a_year_told_in_the_past_is_background(year: str) -> None:
    """Past interest is dated by its tense, for any year: no list of years to keep current."""
    text = (
        f"Nel {year} Juventus e Milan avevano chiesto informazioni per Mario Gila. "
        "Oggi il Napoli lo segue."
    )
    assert [r.to_club for r in extract_rumours(text)] == ["Napoli"]


VOICES = {
    # a roundup whose entries are headed by the player's name alone
    "list_entry": (
        "Borsino del mercato\n\n"
        "SALE - Kyle Walker. Il Milan ha trovato l'accordo con il Manchester City per il prestito "
        "con diritto di riscatto.\n\n"
        "SCENDE - Noah Okafor. Il Napoli ha fatto saltare tutto.\n",
        {("Walker", "Manchester City", "Milan", "loan_option")},
    ),
    # a headline shouting the surname
    "shouted_surname": (
        "GUDMUNDSSON spinge per l'Inter\n\nAlbert Gudmundsson ha fatto la sua scelta e vuole "
        "lasciare la Fiorentina a fine stagione.",
        {("Gudmundsson", "Fiorentina", "Inter", "transfer")},
    ),
    # live blog: the club after the time stamp is the entry's club
    "live_blog_label": (
        "Calciomercato LIVE\n\n"
        "ORE 10.20 - LAZIO: è partita l'offerta all'Ajax per Kenneth Taylor.\n\n"
        "ORE 12.40 - ROMA: sondaggio con il Wolverhampton per Jhon Arias.\n\n"
        "ORE 14.10 - TORINO: si ferma la pista Baldanzi. La Roma non apre al prestito.\n",
        {
            ("Taylor", "Ajax", "Lazio", "transfer"),
            ("Arias", "Wolverhampton", "Roma", "transfer"),
            ("Baldanzi", "Roma", "Torino", "loan"),
        },
    ),
    # a released player has no club
    "released_player": (
        "Il difensore Danilo, appena svincolatosi dalla Juventus, piace al Flamengo.",
        {("Danilo", None, "Flamengo", "free")},
    ),
}


@pytest.mark.parametrize("case", sorted(VOICES))
def test_other_voices(case: str) -> None:
    text, expected = VOICES[case]
    got = {(r.player.split()[-1], r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # history told in the passato remoto
        "Fikayo Tomori arrivò dal Chelsea in prestito, Mario Mandzukic firmò da svincolato con il Milan.",
        # a model of comparison, not a person on the market
        "In un calcio che da anni cerca un nuovo Vieri, l'Inter si tiene stretto il suo centravanti.",
        # a demonym and a surname that is also a club nickname
        "Buona la prova di Giovanni Leoni, il classe 2006 passato in estate dal Parma al Liverpool.",
        # a generic player noun does not refer back to the last name
        "Il Milan di Tomori vinse lo scudetto. Quel mercato racconta la capacità di riconoscere il talento.",
        # completed deals listed as a name and a bare participle
        "Il ricordo dell'estate della Fiorentina: Džeko arrivato a parametro zero, Piccoli pagato "
        "25 milioni al Cagliari, Fagioli riscattato dalla Juventus.",
    ],
)
def test_background_is_no_rumour(text: str) -> None:
    assert extract_rumours(text) == []


def test_sentence_opening_preposition_is_no_role() -> None:
    """ "Ad attenderlo" opens with a preposition, not the abbreviation of a CEO."""
    text = "Federico Chiesa lascerà il Liverpool. Ad attenderlo c'è il Napoli."
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Federico Chiesa", "Napoli")]


def test_regional_nickname_is_a_birthplace() -> None:
    text = (
        "L'Inter ha inserito Guglielmo Vicario nella lista dei portieri: il friulano è un titolare "
        "del Tottenham."
    )
    assert [(r.from_club, r.to_club) for r in extract_rumours(text)] == [("Tottenham", "Inter")]


def test_one_player_article_keeps_its_player_across_paragraphs() -> None:
    """An article about one player names his suitors a paragraph later without naming him again
    ("sulla vicenda si sono mossi..."): they are his suitors, not nobody's."""
    text = (
        "Koopmeiners, il futuro è un rebus\n\n"
        "Il nome di Teun Koopmeiners torna di moda in vista dell'estate. Il centrocampista olandese "
        "ha un contratto con la Juventus fino al 2028 ma gioca poco.\n\n"
        "Secondo il Corriere dello Sport, sulla vicenda si sono mossi il Napoli e la Roma, che cercano "
        "qualità in mezzo al campo."
    )
    rumours = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert rumours == {
        ("Teun Koopmeiners", "Juventus", "Napoli"),
        ("Teun Koopmeiners", "Juventus", "Roma"),
    }


def test_a_denial_by_his_own_club_ends_the_move_it_denies() -> None:
    """ "Il Bologna smentisce" about a Forest offer: Bologna is his club saying no, not a buyer."""
    text = (
        "Il Bologna smentisce: nessuna trattativa per Ndoye\n\n"
        "Secondo alcuni media inglesi il Nottingham Forest avrebbe presentato un'offerta da 35 "
        "milioni per Dan Ndoye, esterno svizzero classe 2000.\n\n"
        "Il Bologna però smentisce con decisione: «Non c'è nessuna trattativa e non è arrivata "
        "alcuna offerta», fanno sapere dal club rossoblù."
    )
    rumours = [(r.player, r.from_club, r.to_club, r.stage) for r in extract_rumours(text)]
    assert rumours == [("Dan Ndoye", "Bologna", "Nottingham Forest", "collapsed")]


def test_the_club_a_relative_coaches_is_no_move() -> None:
    """ "Il padre allena l'Atletico Madrid": the club of a coach named beside the player."""
    text = (
        "Il Torino ascolta le offerte per Giovanni Simeone. Il richiamo di Buenos Aires è forte, "
        "il padre allena l'Atletico Madrid e il River Plate lo segue."
    )
    assert [(r.from_club, r.to_club) for r in extract_rumours(text)] == [("Torino", "River Plate")]


def test_an_apposition_of_his_situation_makes_a_player() -> None:
    """ "Evan Ndicka, in scadenza con l'Eintracht, è stato sondato": no verb right after the name."""
    text = (
        "L'Inter si muove per la difesa. Evan Ndicka, in scadenza con l'Eintracht Francoforte, "
        "è stato sondato dai nerazzurri."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Evan Ndicka", "Inter")]


@pytest.mark.parametrize(
    "text",
    [
        "L'operazione porterebbe Lorenzo Pellegrini in rossonero già a gennaio.",
        "Roma e Milan parlano di un affare che porterebbe Lorenzo Pellegrini al Milan.",
    ],
)
def test_a_deal_that_brings_him_names_his_destination(text: str) -> None:
    """ "Porterebbe X in rossonero / al Milan": the verb makes him the player, the club his destination."""
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Lorenzo Pellegrini", "Milan")]


def test_a_long_absence_is_no_contract_extension() -> None:
    """ "L'assenza prolungata di De Bruyne": "prolungata" is an adjective, not "prolunga"."""
    text = (
        "Sul giocatore c'è anche il Napoli, che deve fare i conti con l'assenza prolungata di "
        "Kevin De Bruyne."
    )
    assert [r.player for r in extract_rumours(text)] == []


def test_a_president_whose_surname_is_a_city_is_no_player() -> None:
    """Cairo is a city and the Torino president: the city list must not cut his name to "Urbano"."""
    text = (
        "La Juventus ha messo sul tavolo di Urbano Cairo 41 milioni per Gleison Bremer, e il Torino "
        "ha accettato in poche ore."
    )
    rumours = extract_rumours(text)
    assert [(r.player, r.to_club) for r in rumours] == [("Gleison Bremer", "Juventus")]


def test_the_club_at_work_on_his_exit_is_his_own() -> None:
    """ "Lavorano all'uscita di Noa Lang": the subject sells; the club that proposes buys."""
    text = (
        "I partenopei lavorano all'uscita di Noa Lang: il Galatasaray ha proposto un prestito con "
        "diritto di riscatto."
    )
    rumours = [(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)]
    assert rumours == [("Noa Lang", "Napoli", "Galatasaray", "loan_option")]


def test_a_club_opening_talks_buys() -> None:
    """ "La Roma apre il dialogo per Zirkzee" opens talks to buy; "apre alla cessione" would sell."""
    text = (
        "Il punto: la Roma apre il dialogo per Zirkzee.\n\n"
        "La Roma ha aperto i contatti con il Manchester United per Joshua Zirkzee."
    )
    rumours = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Joshua Zirkzee", "Manchester United", "Roma")]


def test_the_club_a_request_is_made_to_sells() -> None:
    """ "Ha formalizzato al Manchester United la richiesta di Mainoo": United is asked, Napoli asks."""
    text = (
        "NAPOLI - Manna ha formalizzato al Manchester United la richiesta di Kobbie Mainoo in "
        "prestito secco fino a giugno."
    )
    rumours = [(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)]
    assert rumours == [("Kobbie Mainoo", "Manchester United", "Napoli", "loan")]


def test_his_own_club_talking_to_another_sells_him() -> None:
    """ "Lang in azzurro" makes Napoli his club: Napoli's agreement with Galatasaray is a sale."""
    text = (
        "Lang lascia Napoli dopo sei mesi\n\n"
        "L'avventura di Noa Lang in azzurro si chiude dopo sei mesi. L'esterno olandese ha trovato "
        "poco spazio e la società partenopea ha raggiunto l'accordo con il Galatasaray per il "
        "prestito con diritto di riscatto."
    )
    rumours = [(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)]
    assert rumours == [("Noa Lang", "Napoli", "Galatasaray", "loan_option")]


def test_a_one_word_name_the_article_repeats_is_a_player() -> None:
    """ "Attorno a Ederson... Il brasiliano": a mononym, described, repeated inside a sentence."""
    text = (
        "Ederson, la fila per giugno\n\n"
        "Mancano cinque mesi all'estate, ma attorno a Ederson si è già formata la coda. Il "
        "brasiliano, motore del centrocampo dell'Atalanta, ha un contratto fino al 2027. C'è la "
        "Juventus, che lo segue da tempo."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Ederson", "Juventus")]


def test_a_contract_until_a_year_with_a_club_is_his_club() -> None:
    """ "Ha un contratto fino al 2027 con l'Atalanta": the club of his present contract."""
    text = (
        "Ederson, la fila per giugno\n\n"
        "Attorno a Ederson si è già formata la coda. Il brasiliano ha un contratto fino al 2027 con "
        "l'Atalanta. C'è la Juventus, che lo segue da tempo."
    )
    rumours = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Ederson", "Atalanta", "Juventus")]


def test_his_present_loan_is_his_club_not_the_deal() -> None:
    """ "Il classe 2005, in prestito al Cagliari,": where he plays now, neither buyer nor formula."""
    text = (
        "L'Inter pensa a Marco Palestra. Il classe 2005, in prestito al Cagliari, rientrerà a "
        "Bergamo a giugno."
    )
    rumours = [(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)]
    assert rumours == [("Marco Palestra", "Cagliari", "Inter", "transfer")]


def test_the_first_to_leave_then_the_club_that_buys_him() -> None:
    """ "Il primo a partire sarà X. Il West Ham ha trovato l'accordo...": the exit gets its buyer."""
    text = (
        "Il mercato della Lazio si è rimesso in moto.\n\n"
        "Il primo a partire sarà Valentín Castellanos. Il West Ham ha trovato l'accordo con la "
        "società biancoceleste sulla base di 29 milioni di euro."
    )
    rumours = [(r.player, r.from_club, r.to_club, r.fee_eur) for r in extract_rumours(text)]
    assert rumours == [("Valentín Castellanos", "Lazio", "West Ham", 29_000_000)]


def test_a_nationality_apposition_makes_a_player() -> None:
    """ "Kristian Thorstvedt, norvegese dal piede educato, è un profilo che piace alla Fiorentina"."""
    text = (
        "A centrocampo la suggestione porta a Sassuolo. Kristian Thorstvedt, norvegese dal piede "
        "educato, è un profilo che piace alla Fiorentina."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Kristian Thorstvedt", "Fiorentina")]


def test_a_name_after_via_is_a_street() -> None:
    """ "In via Aldo Rossi" (Milan's offices) is a street, never a player."""
    text = (
        "Per ora si tratta solo di un sondaggio: in via Aldo Rossi non è arrivata alcuna offerta "
        "per Santiago Giménez dal Sunderland."
    )
    assert all(r.player != "Aldo Rossi" for r in extract_rumours(text))


def test_a_headline_led_by_a_name_then_the_move() -> None:
    """ "Maignan, il rinnovo entra nel vivo": the name leads into the move, so he is a player."""
    text = (
        "Maignan, il rinnovo entra nel vivo\n\n"
        "Il Milan ha presentato al portiere una proposta fino al 2030."
    )
    rumours = [(r.player, r.to_club, r.deal, r.contract_until) for r in extract_rumours(text)]
    assert rumours == [("Maignan", "Milan", "renewal", 2030)]


def test_a_prefixed_nickname_is_no_one_new() -> None:
    """ "Big Rom" is Lukaku's nickname: never a player called "Rom"."""
    text = (
        "Romelu Lukaku piace alla Juventus. Big Rom ha già detto no all'Al Hilal e preferisce "
        "restare in Serie A."
    )
    assert all(r.player != "Rom" for r in extract_rumours(text))


def test_the_player_a_signing_is_measured_against_is_not_moving() -> None:
    """ "Un'alternativa a Dumfries": Dumfries stays; "il giocatore" is the man being signed."""
    text = (
        "Accordo totale tra l'Inter e il Club Brugge per Tajon Buchanan. Inzaghi lo ha chiesto per "
        "avere un'alternativa a Denzel Dumfries sulla fascia destra, e il giocatore ha già salutato "
        "i compagni di squadra."
    )
    assert all(r.player != "Denzel Dumfries" for r in extract_rumours(text))


def test_an_agreement_between_two_clubs_sides_with_the_buyer_the_headline_names() -> None:
    """ "Buchanan-Inter" in the headline, then "accordo tra l'Inter e il Club Brugge"."""
    text = (
        "Buchanan-Inter, visite mediche domani\n\n"
        "Accordo totale tra l'Inter e il Club Brugge per Tajon Buchanan, esterno canadese di 24 anni."
    )
    rumours = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Tajon Buchanan", "Club Brugge", "Inter")]


def test_a_later_paragraph_about_someone_else_is_not_the_story_player() -> None:
    """One player in the article, but "la cessione di Jaka Bijol, passato al Leeds" is Bijol's."""
    text = (
        "Lucca al Napoli, c'è l'accordo con l'Udinese\n\n"
        "Il Napoli ha trovato l'intesa con l'Udinese per Lorenzo Lucca.\n\n"
        "Per l'Udinese si tratta della cessione più remunerativa dell'estate insieme a quella di "
        "Jaka Bijol, passato al Leeds."
    )
    rumours = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Lorenzo Lucca", "Udinese", "Napoli")]


def test_the_man_whose_notebook_it_is_is_no_player() -> None:
    """ "Sul taccuino di Mauro Meluso c'è Kevin Danso": Meluso keeps the list, Danso is on it."""
    text = (
        "Il Napoli cerca un centrale: sul taccuino di Mauro Meluso c'è Kevin Danso del Lens, "
        "valutato 25 milioni."
    )
    assert [r.player for r in extract_rumours(text)] == ["Kevin Danso"]


def test_a_player_offered_to_a_club_would_go_there() -> None:
    """ "Brunori è stato proposto alla Sampdoria" in the Palermo entry: from Palermo to Sampdoria."""
    text = (
        "PALERMO – Con l'arrivo del finlandese, Matteo Brunori è stato proposto alla Sampdoria, che "
        "valuta un prestito con diritto di riscatto."
    )
    rumours = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Matteo Brunori", "Palermo", "Sampdoria")]


def test_a_headline_of_several_stories_gives_each_player_his_own_clubs() -> None:
    text = (
        "Serie B, il punto: Pohjanpalo ha svolto le visite col Palermo, derby di mercato per Borrelli\n\n"
        "GENOA E SAMPDORIA – È derby di mercato per Gennaro Borrelli. I blucerchiati hanno presentato "
        "al Brescia un'offerta da 2,5 milioni per l'attaccante; il Genoa tiene d'occhio la situazione."
    )
    borrelli = {r.to_club for r in extract_rumours(text) if r.player == "Gennaro Borrelli"}
    assert borrelli == {"Sampdoria", "Genoa"}


def test_si_tratta_di_is_no_negotiation_and_a_known_coach_stays_a_coach() -> None:
    """ "Per Gasperini si tratta di una tegola": "si tratta di" is "it is"; Gasperini coaches."""
    text = (
        "Roma, si ferma Dybala. Per Gasperini si tratta di una tegola pesante: al suo posto è pronto "
        "Soulé."
    )
    assert extract_rumours(text) == []


@pytest.mark.parametrize(
    ("text", "player"),
    [
        (
            "Per Kenan Yıldız la trattativa è avviata: la Juventus ha proposto il rinnovo fino al 2030.",
            "Kenan Yıldız",
        ),
        (
            "Mike Maignan e il Milan sono vicinissimi: l'accordo per il rinnovo fino al 2030 è raggiunto.",
            "Mike Maignan",
        ),
    ],
)
def test_a_name_opening_a_sentence_about_his_deal_is_a_player(text: str, player: str) -> None:
    assert [r.player for r in extract_rumours(text)] == [player]


def test_an_aside_between_a_club_and_its_verb() -> None:
    """A relative clause or a credit between subject and verb leaves the club its verb."""
    text = (
        "L'Hellas, che in questa sessione ha già ceduto diversi titolari, valuta anche le proposte "
        "per Filippo Terracciano: il Milan, riferisce ancora Schira, ha presentato un'offerta da 4,5 "
        "milioni."
    )
    rumours = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Filippo Terracciano", "Verona", "Milan")]


def test_a_former_player_named_in_passing_is_not_the_story() -> None:
    """ "Il Galatasaray, dove gioca l'ex azzurro Victor Osimhen, ha avviato la trattativa"."""
    text = (
        "Noa Lang può lasciare il Napoli. Il Galatasaray, dove gioca l'ex azzurro Victor Osimhen, ha "
        "avviato la trattativa per un prestito con diritto di riscatto."
    )
    assert all(r.player != "Victor Osimhen" for r in extract_rumours(text))


def test_a_refusal_denied_is_no_refusal() -> None:
    """ "La Lazio non poteva rifiutare una cifra del genere": the deal goes on, nothing collapsed."""
    text = (
        "Valentín Castellanos è a un passo dal West Ham: l'accordo tra i club è stato raggiunto. "
        "La Lazio non poteva rifiutare una cifra del genere."
    )
    assert [(r.to_club, r.stage) for r in extract_rumours(text)] == [("West Ham", "agreement")]


def test_a_club_seeking_a_player_buys_the_one_named_next() -> None:
    """ "La Roma cerca ancora un attaccante. Il nome resta quello di Zirkzee": Roma, not the
    article's other club, is his buyer."""
    text = (
        "Il Sassuolo pareggia a Roma. Massara ha confermato che la Roma cerca ancora un attaccante. "
        "Il nome resta quello di Joshua Zirkzee: i contatti con il Manchester United sono avviati."
    )
    rumours = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert rumours == [("Joshua Zirkzee", "Manchester United", "Roma")]


def test_a_club_news_player_with_no_club_given_is_its_own_not_a_target() -> None:
    """The story's club is not guessed as the buyer of a man it never calls a target: in a
    Milan piece, "Maignan è tornato ai suoi livelli" is Milan's goalkeeper playing well."""
    text = (
        "Milan, il girone di ritorno parte da Como\n\n"
        "Il dato che Allegri ripete più volentieri è quello dei gol subiti: appena quattordici. Mike "
        "Maignan è tornato ai suoi livelli, e davanti a lui il terzetto formato da Tomori, Gabbia e "
        "Pavlović ha trovato stabilità."
    )
    assert extract_rumours(text) == []


def test_a_club_that_steps_forward_is_a_suitor() -> None:
    """ "Si è fatto avanti", past an aside between the club and its verb."""
    text = "Il Genoa, che cerca un esterno, si è fatto avanti per Nicolò Zaniolo."
    assert ("Nicolò Zaniolo", "Genoa") in [(r.player, r.to_club) for r in extract_rumours(text)]


def test_a_buyer_pulling_out_is_no_owner_denial() -> None:
    """ "Il Napoli si è sfilato": a collapse with no denial words keeps Napoli a (failed) buyer."""
    text = (
        "Il Napoli si è sfilato nella corsa a Nicolò Zaniolo. Il Tottenham ha chiesto informazioni "
        "per il giocatore."
    )
    assert ("Napoli", "collapsed") in [(r.to_club, r.stage) for r in extract_rumours(text)]


def test_a_player_owned_by_one_club_and_on_loan_at_another_plays_for_the_loan_club() -> None:
    text = "Il Torino pensa a Lorenzo Colombo, di proprietà del Milan ma in prestito al Genoa."
    assert [(r.from_club, r.to_club) for r in extract_rumours(text)] == [("Genoa", "Torino")]


def test_a_swap_at_par_between_two_named_players() -> None:
    """ "Uno scambio alla pari tra Pobega e Keita": each goes to the other's club."""
    text = "Bologna e Parma ragionano su uno scambio alla pari tra Tommaso Pobega e Mandela Keita."
    rumours = {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}
    assert rumours == {
        ("Tommaso Pobega", "Bologna", "Parma", "swap"),
        ("Mandela Keita", "Parma", "Bologna", "swap"),
    }


def test_an_official_new_player_of_a_club_goes_there() -> None:
    """ "UFFICIALE – Guendouzi è un giocatore del Fenerbahçe": the club he has just joined."""
    text = (
        "UFFICIALE – Guendouzi è un giocatore del Fenerbahçe: il comunicato della Lazio\n\n"
        "Adesso è ufficiale: Matteo Guendouzi lascia la Lazio e si trasferisce al Fenerbahçe."
    )
    rumours = [(r.player, r.from_club, r.to_club, r.stage) for r in extract_rumours(text)]
    assert rumours == [("Matteo Guendouzi", "Lazio", "Fenerbahce", "official")]


def test_a_legend_quoted_as_a_pundit_is_no_player() -> None:
    text = (
        "Del Piero promuove il colpo: «Yildiz deve restare alla Juventus». Intanto il Chelsea ha "
        "chiesto informazioni per Kenan Yildiz."
    )
    assert all(r.player != "Del Piero" for r in extract_rumours(text))


def test_a_loan_that_is_over_is_background() -> None:
    """ "Tornato alla base dopo il prestito alla Reggiana": a finished loan, not a move there."""
    text = (
        "Il Genoa vuole Antonio Vergara. Il classe 2003, tornato alla base dopo il prestito alla "
        "Reggiana, piace a De Rossi."
    )
    assert all(r.to_club != "Reggiana" for r in extract_rumours(text))


def test_a_club_statement_on_surgery_is_no_signing() -> None:
    """ "Lo ha comunicato il Napoli attraverso una nota ufficiale": an injury bulletin; "intervenire
    sul mercato" is the club acting, not the player for sale."""
    text = (
        "Napoli, De Bruyne operato: tornerà nel 2026\n\n"
        "Kevin De Bruyne è stato operato questa mattina. Lo ha comunicato il Napoli attraverso una "
        "nota ufficiale, precisando che il centrocampista inizierà il percorso di riabilitazione già "
        "nei prossimi giorni. Il club valuterà nelle prossime settimane se intervenire sul mercato."
    )
    assert extract_rumours(text) == []


def test_an_interview_topic_line_names_a_player() -> None:
    """ "Su Giovane: «...»": the question's topic, answered by the director, is a player, and
    "non si muove" after a named suitor ends that suitor's move."""
    text = (
        "Sogliano a Radio Marte.\n\n"
        "Su Giovane: «È un ragazzo giovane. Il Napoli ha chiesto informazioni, ma a gennaio "
        "Giovane non si muove»."
    )
    rumours = [(r.player, r.to_club, r.stage) for r in extract_rumours(text)]
    assert rumours == [("Giovane", "Napoli", "collapsed")]  # "non si muove" answers the Napoli


def test_a_line_label_after_emoji_still_names_its_club() -> None:
    """ "⚫🔵 INTER – Contatti con l'Atletico Madrid per Molina": Inter is the buyer."""
    text = (
        "Le ultime di oggi\n\n"
        "⚫🔵 INTER – Contatti con l'Atletico Madrid per Nahuel Molina. I nerazzurri propongono un "
        "prestito con diritto di riscatto fissato a 15 milioni."
    )
    rumours = extract_text_file(text)
    moves = [(r.player, r.from_club, r.to_club) for r in rumours]
    assert moves == [("Nahuel Molina", "Atletico Madrid", "Inter")]


def test_a_past_years_loan_is_background() -> None:
    """ "Rientrato a Manchester dopo l'anno in prestito al Chelsea": no move to Chelsea."""
    text = (
        "Massara ha avviato i contatti con il Manchester United per Jadon Sancho, rientrato a "
        "Manchester dopo l'anno in prestito al Chelsea. La Roma propone un prestito."
    )
    assert all(r.to_club != "Chelsea" for r in extract_rumours(text))


def test_a_short_form_of_a_players_name_is_that_player() -> None:
    """ "Calha" is Calhanoglu, "Seba" Sebastiano Esposito: not new people with moves of their own."""
    text = (
        "L'Al Hilal ha messo nel mirino Hakan Calhanoglu, in scadenza con l'Inter nel 2027. "
        "Per Calha sarebbe l'ultimo grande contratto della carriera."
    )
    assert {r.player for r in extract_rumours(text)} == {"Hakan Calhanoglu"}


def test_a_man_who_wants_a_player_is_no_player() -> None:
    """ "Fabio Liverani vuole Mattia Caldara": whoever wants a player works for a club."""
    text = "Fabio Liverani vuole Mattia Caldara per la difesa della Salernitana."
    assert [r.player for r in extract_rumours(text)] == ["Mattia Caldara"]


def test_what_a_player_wants_for_himself_keeps_him_a_player() -> None:
    text = (
        "Il Napoli su Davide Frattesi. Frattesi vuole giocare con continuità: il Napoli ha chiesto "
        "informazioni all'Inter."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Davide Frattesi", "Napoli")]


def test_womens_football_in_a_mens_roundup_is_out_of_scope() -> None:
    """Users follow the men's market: a women's signing in the same roundup is no rumour."""
    text = (
        "MILAN – I rossoneri seguono Mario Gila della Lazio.\n\n"
        "JUVENTUS WOMEN – Giornata di firme anche per le bianconere, che hanno ufficializzato il "
        "rinnovo di Barbara Bonansea fino al 2027."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Mario Gila", "Milan")]


def test_a_section_about_him_is_read_before_it_names_him() -> None:
    """A sub-headed explainer: the section names the player only in a later quote, and its
    first sentences ("gli agenti del giocatore") are already about him."""
    text = (
        "Lorenzo Pellegrini e la Roma, cosa sappiamo\n\n"
        "Lorenzo Pellegrini, 29 anni, è il capitano della Roma e il suo contratto scade a giugno.\n\n"
        "La proposta della Roma\n"
        "Frederic Massara ha incontrato gli agenti del giocatore e ha presentato una proposta di "
        "rinnovo biennale. Gasperini: «Lorenzo è un giocatore intelligente»."
    )
    got = {(r.to_club, r.deal, r.stage) for r in extract_rumours(text)}
    assert ("Roma", "renewal", "negotiation") in got


def test_a_caps_label_is_not_the_subject_of_the_next_sentence() -> None:
    """ "RINNOVO IN VISTA PER LOBOTKA" then "L'inviato di Radio Sportiva ha rivelato...": the
    reporter's role noun belongs to the reporter, not to the player in the label."""
    text = (
        "Napoli, le cose da sapere sul mercato\n\n"
        "RINNOVO IN VISTA PER LOBOTKA\n"
        "L'inviato di Radio Sportiva ha rivelato che il club ha avviato i contatti con l'entourage "
        "di Stanislav Lobotka per prolungare il contratto fino al 2028."
    )
    got = [(r.player, r.to_club, r.deal, r.contract_until) for r in extract_rumours(text)]
    assert got == [("Stanislav Lobotka", "Napoli", "renewal", 2028)]


def test_a_sub_heading_naming_one_player_opens_his_section() -> None:
    """ "Mateta, la formula" over a paragraph that names only clubs: the paragraph is his move,
    with its credit."""
    text = (
        "Milan, Allegri vuole un nove: Jean-Philippe Mateta in pole\n\n"
        "Il Milan ha deciso: a gennaio arriverà un centravanti. Santiago Giménez, 24 anni, resta "
        "in uscita: il Sunderland ha chiesto informazioni.\n\n"
        "Mateta, la formula\n"
        "Secondo quanto riferito da Sky Sport, i primi contatti tra il Milan e il Crystal Palace ci "
        "sono già stati: la proposta rossonera è un prestito con diritto di riscatto fissato a 28 milioni."
    )
    got = [
        (r.from_club, r.to_club, r.deal, r.fee_eur, r.cited_outlets)
        for r in extract_rumours(text)
        if r.player.endswith("Mateta")
    ]
    assert got == [("Crystal Palace", "Milan", "loan_option", 28_000_000, ["Sky Sport"])]


def test_pronouns_follow_a_description_into_a_new_section() -> None:
    """A section that names no one: "il centrocampista serbo" makes its paragraph about him, and
    the paragraph's next "lo" is him too."""
    text = (
        "Stanković, il Brighton bussa\n\n"
        "Il Valencia ha chiesto di Mario Gila. Aleksandar Stanković, 20 anni, gioca nel Club Brugge.\n\n"
        "La concorrenza dalla Premier\n"
        "Il Brighton ha chiesto informazioni per il centrocampista serbo. Anche il Tottenham lo segue."
    )
    got = {r.to_club for r in extract_rumours(text) if r.player.endswith("Stanković")}
    assert got == {"Brighton", "Tottenham"}


def test_club_labels_of_a_roundup_open_their_sections() -> None:
    """A club-by-club page: the caps label ("COMO") is the club each section is about."""
    text = (
        "Le piccole non stanno a guardare: il punto squadra per squadra\n\n"
        "TORINO\nCesare Casadei lascia il Chelsea: è fatta per il trasferimento.\n\n"
        "GENOA\nPatrick Vieira chiede un centrocampista e Marco Ottolini ha messo gli occhi su Jean "
        "Onana, 25 anni. Si lavora a un prestito con diritto di riscatto."
    )
    got = {(r.player, r.to_club) for r in extract_text_file(text)}
    assert got == {("Cesare Casadei", "Torino"), ("Jean Onana", "Genoa")}


def test_a_bulleted_caps_label_names_the_player() -> None:
    """ "- WESLEY: fumata bianca con il Flamengo": a list item's label is its player, bullet or not."""
    text = (
        "ROMA, GIORNATA BOLLENTE: Wesley e il rinnovo di Svilar\n\n"
        "- WESLEY: fumata bianca con il Flamengo per l'esterno brasiliano, classe 2003. Al club "
        "rubro-negro andranno 25 milioni di euro, visite mediche fissate per domani."
    )
    got = {(r.player, r.to_club) for r in extract_text_file(text)}
    assert ("WESLEY", "Roma") in got or ("Wesley", "Roma") in got


def test_a_renewal_signed_in_a_past_year_is_no_renewal_now() -> None:
    text = (
        "L'Al Hilal ha chiesto informazioni per Nicolò Barella, ma il rinnovo firmato nel 2024 lo "
        "lega all'Inter fino al 2029."
    )
    assert [(r.to_club, r.deal) for r in extract_rumours(text)] == [("Al Hilal", "transfer")]
