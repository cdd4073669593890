"""Press patterns on short articles written for these tests (not copied from any outlet).

Each article exercises a way the Italian press reports a move: official communiqués, renewals,
roundups, quotes, refusals, loans with options, competition between buyers. The expected
rumours are (surname, from club, to club, deal); the project's own lexicon is used, with clubs
that ``tests/test_lexicon_files.py`` requires, so edits of clubs.toml do not move these.
"""

from __future__ import annotations

import pytest

from mercato.rumours import extract_rumours

CASES = {
    "a1": (
        (
            "Calciomercato Juventus, il nome nuovo per il centrocampo è Morten Frendrup\n"
            "\n"
            "La Juventus lavora sottotraccia per rinforzare il centrocampo. Secondo quanto raccolto "
            "da Calciomercato.com, i bianconeri hanno effettuato un sondaggio con il Genoa per Morten "
            "Frendrup, centrocampista danese classe 2001. Il club rossoblù valuta il giocatore circa "
            "20 milioni di euro.\n"
            "\n"
            "Sul mediano però c'è anche l'interesse dell'Atalanta, che lo segue da mesi. La Dea "
            "potrebbe inserire una contropartita tecnica nell'operazione.\n"
        ),
        {
            ("Frendrup", "Genoa", "Atalanta", "transfer"),
            ("Frendrup", "Genoa", "Juventus", "transfer"),
        },
    ),
    "a2": (
        (
            "UFFICIALE: Alessandro Buongiorno al Napoli\n"
            "\n"
            "Il Napoli comunica di aver acquisito a titolo definitivo il diritto alle prestazioni "
            "sportive di Alessandro Buongiorno dal Torino. Il difensore, classe 1999, ha firmato un "
            "contratto fino al 30 giugno 2029. Al club granata andranno 35 milioni di euro più 3 di "
            "bonus.\n"
        ),
        {
            ("Buongiorno", "Torino", "Napoli", "transfer"),
        },
    ),
    "a5": (
        (
            "Inter, rinnovo per Lautaro Martinez: firma fino al 2029\n"
            "\n"
            "L'Inter e Lautaro Martinez hanno trovato l'accordo per il rinnovo del contratto. Il "
            "capitano nerazzurro firmerà un prolungamento fino al 2029 con un ingaggio da 9 milioni "
            "netti a stagione più bonus. Manca solo l'ufficialità, attesa nei prossimi giorni.\n"
            "\n"
            "Intanto Beppe Marotta lavora anche al futuro di Nicolò Barella: per il centrocampista "
            "sardo è pronto un nuovo contratto.\n"
        ),
        {
            ("Barella", "Inter", "Inter", "renewal"),
            ("Martinez", "Inter", "Inter", "renewal"),
        },
    ),
    "a6": (
        (
            "Lazio, Greenwood è un'idea. Lotito apre alla cessione di Immobile\n"
            "\n"
            "La Lazio pensa a Mason Greenwood per l'attacco. L'inglese del Manchester United, reduce "
            "da una buona stagione in prestito al Getafe, è stato proposto ai biancocelesti dal suo "
            "entourage. Il costo dell'operazione però è alto: lo United chiede almeno 40 milioni.\n"
            "\n"
            "Sul fronte uscite, Ciro Immobile potrebbe salutare. Il capitano biancoceleste piace al "
            "Besiktas, che ha già presentato un'offerta.\n"
        ),
        {
            ("Greenwood", "Manchester United", "Lazio", "transfer"),
            ("Immobile", "Lazio", "Besiktas", "transfer"),
        },
    ),
    "a7": (
        (
            "Fiorentina, Nico Gonzalez in uscita: la Juventus accelera\n"
            "\n"
            "Nico Gonzalez è sempre più lontano da Firenze. L'esterno argentino della Fiorentina è il "
            "primo obiettivo della Juventus per la fascia: Cristiano Giuntoli ha offerto 30 milioni "
            "più bonus, mentre la Viola ne chiede almeno 35. Le parti sono vicine all'intesa.\n"
            "\n"
            "In caso di partenza, Raffaele Palladino ha chiesto un sostituto: il preferito è Jesper "
            "Lindstrom del Napoli, che arriverebbe in prestito con diritto di riscatto.\n"
        ),
        {
            ("Gonzalez", "Fiorentina", "Juventus", "transfer"),
            ("Lindstrom", "Napoli", "Fiorentina", "loan_option"),
        },
    ),
    "b1": (
        (
            "TMW - Bologna, occhi in Serie B: piace Filippo Bandinelli (Empoli)\n"
            "\n"
            "Il Bologna guarda in cadetteria per rinforzare il centrocampo. Secondo quanto appreso da "
            "TMW, i rossoblù hanno messo nel mirino Filippo Bandinelli, mezzala classe 1995 "
            "dell'Empoli. Il giocatore ha il contratto in scadenza nel 2026 e potrebbe partire per "
            "una cifra contenuta.\n"
        ),
        {
            ("Bandinelli", "Empoli", "Bologna", "transfer"),
        },
    ),
    "b3": (
        (
            "ESCLUSIVA - Genoa, Retegui può partire: c'è l'Atalanta\n"
            "\n"
            "Mateo Retegui potrebbe lasciare il Genoa già in estate. Come appreso dalla nostra "
            "redazione, l'Atalanta ha chiesto informazioni per il centravanti italo-argentino, autore "
            "di 7 gol in campionato. Il Grifone valuta l'attaccante almeno 25 milioni di euro.\n"
            "\n"
            "La Dea vede in lui il sostituto ideale di Gianluca Scamacca, finito ai margini del "
            "progetto di Gasperini.\n"
        ),
        {
            ("Retegui", "Genoa", "Atalanta", "transfer"),
        },
    ),
    "b4": (
        (
            "Il procuratore di Samuele Ricci: «Piace a Milan e Juventus, ma il Torino non lo vende»\n"
            "\n"
            "Parla l'agente di Samuele Ricci. «Il ragazzo è cresciuto molto e su di lui ci sono Milan "
            "e Juventus, ma il Torino non ha intenzione di venderlo a gennaio», ha spiegato a Radio "
            "Kiss Kiss. Il centrocampista, classe 2001, ha un contratto con i granata fino al 2027.\n"
        ),
        {
            ("Ricci", "Torino", "Juventus", "transfer"),
            ("Ricci", "Torino", "Milan", "transfer"),
        },
    ),
    "b5": (
        (
            "Sassuolo, Berardi saluta? Ci pensano Juventus e Roma\n"
            "\n"
            "Domenico Berardi torna di moda sul mercato. L'attaccante neroverde, capitano e simbolo "
            "del Sassuolo, è nel mirino della Juventus, che aveva già provato a prenderlo in passato. "
            "Anche la Roma segue con attenzione il giocatore. Il presidente Giovanni Carnevali ha "
            "fissato il prezzo: servono 30 milioni.\n"
        ),
        {
            ("Berardi", "Sassuolo", "Juventus", "transfer"),
            ("Berardi", "Sassuolo", "Roma", "transfer"),
        },
    ),
    "b6": (
        (
            "Milan, ufficiale il prestito di Lorenzo Colombo all'Empoli\n"
            "\n"
            "Il Milan comunica di aver ceduto a titolo temporaneo all'Empoli il diritto alle "
            "prestazioni sportive di Lorenzo Colombo fino al 30 giugno 2025. L'attaccante classe 2002 "
            "aveva giocato lo scorso anno in prestito al Monza.\n"
        ),
        {
            ("Colombo", "Milan", "Empoli", "loan"),
        },
    ),
    "c1": (
        (
            "Roma, affare fatto per Evan N'Dicka: visite mediche domani\n"
            "\n"
            "La Roma ha chiuso per Evan N'Dicka. Il difensore ivoriano, svincolato dall'Eintracht "
            "Francoforte, è atterrato questa sera a Ciampino e domani mattina sosterrà le visite "
            "mediche a Villa Stuart. Poi la firma su un contratto quinquennale.\n"
        ),
        {
            # a released player is a free agent: no club (README annotation rules, dev r093)
            ("N'Dicka", None, "Roma", "free"),
        },
    ),
    "c2": (
        (
            "Napoli, Kvaratskhelia al PSG: è fatta per 70 milioni più bonus\n"
            "\n"
            "Khvicha Kvaratskhelia lascia il Napoli. L'esterno georgiano ha trovato l'accordo con il "
            "Paris Saint-Germain e il club di De Laurentiis incasserà 70 milioni di euro più 5 di "
            "bonus. Al suo posto potrebbe arrivare Alejandro Garnacho del Manchester United, ma la "
            "trattativa è complicata.\n"
        ),
        {
            ("Garnacho", "Manchester United", "Napoli", "transfer"),
            ("Kvaratskhelia", "Napoli", "PSG", "transfer"),
        },
    ),
    "c4": (
        (
            "Juventus, Vlahovic: «Voglio restare, sto bene qui». Ma la Juve ascolta offerte\n"
            "\n"
            "Dusan Vlahovic non ha dubbi. Intervistato da Sky Sport, l'attaccante serbo ha parlato "
            "del suo futuro: «Sto bene alla Juventus, voglio vincere qui». Nonostante le parole del "
            "giocatore, la società bianconera ascolterebbe eventuali proposte: sul centravanti ci "
            "sono Arsenal e Chelsea.\n"
        ),
        {
            ("Vlahovic", "Juventus", "Arsenal", "transfer"),
            ("Vlahovic", "Juventus", "Chelsea", "transfer"),
        },
    ),
    "c5": (
        (
            "Atalanta, Koopmeiners non si allena: vuole la Juventus\n"
            "\n"
            "Teun Koopmeiners ha saltato l'allenamento di oggi. Il centrocampista olandese spinge per "
            "il trasferimento alla Juventus, che ha offerto 50 milioni più bonus. L'Atalanta ne "
            "chiede 60 e non intende fare sconti.\n"
        ),
        {
            ("Koopmeiners", "Atalanta", "Juventus", "transfer"),
        },
    ),
    "d1": (
        (
            "Como, Fabregas chiede un centrale: piace Jakub Kiwior\n"
            "\n"
            "Il Como vuole chiudere il mercato con un altro colpo. Cesc Fabregas ha chiesto alla "
            "dirigenza un difensore centrale mancino e il nome individuato è quello di Jakub Kiwior. "
            "Il polacco, che all'Arsenal gioca poco, sarebbe disposto a tornare in Italia dopo "
            "l'esperienza con lo Spezia. I Gunners chiedono 25 milioni, ma il Como spera di abbassare "
            "la cifra inserendo un diritto di riscatto.\n"
            "\n"
            "Per la fascia, invece, resta viva la pista che porta a Nahuel Molina dell'Atletico "
            "Madrid. I Colchoneros hanno aperto alla cessione in prestito.\n"
        ),
        {
            ("Kiwior", "Arsenal", "Como", "loan_option"),
            ("Molina", "Atletico Madrid", "Como", "loan"),
        },
    ),
    "d3": (
        (
            "Lazio, Guendouzi: «Resto qui, voglio vincere con la Lazio»\n"
            "\n"
            "Matteo Guendouzi chiude a ogni ipotesi di addio. Il centrocampista francese, in "
            "un'intervista al Corriere dello Sport, ha parlato del suo futuro: «Sto benissimo a Roma, "
            "il Fenerbahce? Non ho mai pensato di andare via». Parole che raffreddano le voci di "
            "mercato degli ultimi giorni.\n"
        ),
        {
            ("Guendouzi", "Lazio", "Fenerbahce", "transfer"),
        },
    ),
    "e1": (
        (
            "JUVENTUS, PRESO JONATHAN DAVID: FIRMA FINO AL 2030\n"
            "\n"
            "La Juventus ha definito l'ingaggio di Jonathan David. L'attaccante canadese, svincolato "
            "dopo la scadenza del contratto con il Lille, ha firmato un contratto quinquennale con i "
            "bianconeri fino al 30 giugno 2030.\n"
            "\n"
            "LEGGI ANCHE: Juve, tutte le ultime sul mercato\n"
            "\n"
            "Il giocatore è arrivato ieri a Torino per le visite mediche al J Medical.\n"
        ),
        {
            ("David", "Lille", "Juventus", "free"),
        },
    ),
    "e3": (
        (
            "Inter, il sogno è Ederson: ma l'Atalanta chiede 60 milioni\n"
            "\n"
            "Nelle stanze di viale della Liberazione si continua a parlare di Ederson. Il "
            "centrocampista brasiliano dell'Atalanta è il primo nome sulla lista di Piero Ausilio per "
            "rinforzare la mediana. La Dea però non fa sconti: per meno di 60 milioni il giocatore "
            "non si muove. Sul brasiliano c'è anche il forte interesse del Manchester United.\n"
        ),
        {
            ("Ederson", "Atalanta", "Inter", "transfer"),
            ("Ederson", "Atalanta", "Manchester United", "transfer"),
        },
    ),
    "e4": (
        (
            "Napoli, offerta per Federico Chiesa: il Liverpool apre al prestito\n"
            "\n"
            "Il Napoli torna alla carica per Federico Chiesa. L'esterno, poco utilizzato da Arne "
            "Slot, potrebbe lasciare il Liverpool già a gennaio: gli azzurri hanno proposto un "
            "prestito con obbligo di riscatto a 12 milioni, condizionato alle presenze. I Reds "
            "valutano l'offerta ma preferirebbero una cessione a titolo definitivo.\n"
        ),
        {
            ("Chiesa", "Liverpool", "Napoli", "loan_obligation"),
        },
    ),
}


def _found(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(r.player.split()[-1], r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}


@pytest.mark.parametrize("case", sorted(CASES))
def test_press_pattern(case: str) -> None:
    text, expected = CASES[case]
    assert _found(text) == expected


def test_a_closing_source_line_credits_every_move() -> None:
    """ "Fonte: Tuttosport" under a web piece credits the whole article to the paper."""
    text = (
        "Torino, tre nomi per l'attacco\n\n"
        "Il Torino ha chiesto informazioni per Cyril Ngonge del Napoli.\n\n"
        "Per la fascia piace Zakaria Aboukhlal: il Tolosa chiede 10 milioni.\n\n"
        "Fonte: Tuttosport"
    )
    credits = {r.player: r.cited_outlets for r in extract_rumours(text)}
    assert credits == {"Cyril Ngonge": ["Tuttosport"], "Zakaria Aboukhlal": ["Tuttosport"]}


def test_local_paper_named_after_a_national_one_is_credited_whole() -> None:
    """ "secondo Il Mattino di Padova" credits the Padua paper, not Il Mattino of Naples."""
    text = (
        "Padova, si tratta per Bacciotti\n\n"
        "Secondo Il Mattino di Padova, il Padova ha avviato la trattativa con il Vicenza per "
        "Tommaso Bacciotti, esterno classe 2001."
    )
    credits = [r.cited_outlets for r in extract_rumours(text) if r.player == "Tommaso Bacciotti"]
    assert credits == [["Il Mattino di Padova"]]


def test_a_thread_entry_labelled_by_a_name_in_capitals_is_read_whole() -> None:
    """ "2/8 🇲🇽 HIRVING LOZANO – E' la telenovela dell'estate ma stavolta ci siamo: fumata bianca
    con il PSV": a thread's number and an emoji before the name in capitals still make it the
    entry's label, and the whole entry, past its "ma" and its colon, is about him."""
    text = (
        "Napoli, il punto del giovedì\n\n"
        "2/8 🇲🇽 HIRVING LOZANO – E' la telenovela dell'estate ma stavolta ci siamo davvero: "
        "fumata bianca con il PSV per 38 milioni più bonus."
    )
    found = {(r.player, r.from_club, r.to_club, r.stage, r.fee_eur) for r in extract_rumours(text)}
    assert ("Hirving Lozano", "PSV", "Napoli", "agreement", 38_000_000) in found


def test_a_flash_that_takes_a_player_now_is_no_past_and_hashtags_are_no_names() -> None:
    """ "#Inter, preso Tajon Buchanan: accordo col Club Brugge": the participle before his name
    is today's signing, not his past; "#DiegoCosta" at the foot of a thread is a hashtag, and
    the man keeps his full name ("Costa" is a surname, not the Ivory Coast)."""
    text = (
        "Deadline day, i tweet della giornata\n\n"
        "🕘 09:12\n«#Inter, preso Tajon Buchanan: accordo col Club Brugge per 7 milioni più bonus. Il "
        "canadese ha già svolto le visite mediche ieri, oggi la firma» — Gianluca Di Marzio (@DiMarzio)\n\n"
        "Il Tianjin non si è fermato: per Diego Costa era pronta un'offerta da 80 milioni al Chelsea.\n\n"
        "#calciomercato #DiegoCosta"
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Tajon Buchanan", "Inter") in found
    assert ("Diego Costa", "Tianjin Quanjian") in found
    assert not any(p == "DiegoCosta" for p, _ in found)


def test_a_quoted_english_scoop_names_the_buyer() -> None:
    """ «Hamed Junior Traoré to Napoli, here we go!»: the scoop quoted in English, its opening
    quote mark before the name, sends him to the club after "to"."""
    text = (
        "Deadline day, i tweet della giornata\n\n"
        "Ultime ore di mercato per il Napoli di Walter Mazzarri, che aveva chiesto un centrocampista.\n\n"
        "«Hamed Junior Traoré to Napoli, here we go! Loan from Bournemouth with buy option clause» — "
        "Fabrizio Romano (@FabrizioRomano)"
    )
    assert ("Hamed Junior Traoré", "Napoli") in {(r.player, r.to_club) for r in extract_rumours(text)}


def test_a_first_bid_turned_down_is_a_step_of_the_talks() -> None:
    """ "La prima offerta, 45 milioni più 5 di bonus, è stata rispedita al mittente": a first
    bid refused while the seller names its price is negotiation, not a collapse; a bid refused
    with no word of a first one still ends the move."""
    first = (
        "Allan, il PSG non si arrende\n\n"
        "Il Paris Saint-Germain non molla Allan: la prima offerta, 45 milioni più 5 di bonus, è "
        "stata rispedita al mittente dal Napoli, che per il brasiliano non scende sotto i 90 milioni."
    )
    only = (
        "Buongiorno, no al Tottenham\n\n"
        "Il Tottenham ha offerto 30 milioni per Alessandro Buongiorno, ma il Torino ha respinto "
        "l'offerta: il difensore resta in granata."
    )
    assert {r.stage for r in extract_rumours(first) if r.player == "Allan"} == {"negotiation"}
    assert {r.stage for r in extract_rumours(only) if r.player == "Alessandro Buongiorno"} == {"collapsed"}


def test_a_post_entry_led_by_the_name_then_the_move_names_a_player() -> None:
    """ "🇨🇮 Konan N'Dri, manca poco: Corvino ha chiuso con l'Eupen": an entry led by a name
    and a comma, then the move, is about a player; "Ibrahimovic, che segue ogni operazione"
    tells what a club man does."""
    text = (
        "LECCE NEWS\n\n"
        "🇨🇮 Konan N'Dri, manca poco: Pantaleo Corvino ha chiuso con l'Eupen per il prestito con "
        "diritto di riscatto a 4 milioni, visite mediche fissate per mercoledì."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert ("Konan N'Dri", "Eupen", "Lecce") in found


def test_each_labelled_entry_of_a_post_is_its_own_story() -> None:
    """ "GERVINHO – ... il Parma ha detto no" then "KURTIC – accordo con la SPAL": the club
    refusing a bid in one entry buys in the next; each labelled entry is read on its own."""
    text = (
        "CANALE CROCIATI | aggiornamento delle 19:30\n\n"
        "▪️ GERVINHO – Il caso si chiude qui. L'Al Sadd aveva offerto 7 milioni, ma il Parma ha "
        "detto no: «Gervinho resta con noi fino a fine stagione».\n\n"
        "▪️ KURTIC – Ci siamo per Jasmin Kurtic: accordo con la SPAL per il prestito con obbligo di "
        "riscatto fissato a 4 milioni, lo sloveno domattina farà le visite mediche."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert ("Jasmin Kurtic", "SPAL", "Parma") in found
