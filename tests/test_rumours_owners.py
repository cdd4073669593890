"""Who holds the player: the club that takes a bid or must be won over sells, the suitor he
turns down buys, and a club man at work on his renewal keeps him."""

from __future__ import annotations

import pytest
from rumours_people_found import people_found

from mercato.rumours import extract_rumours
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import load_lexicon
from mercato.rumours.relations import club_refs
from mercato.rumours.sentences import segment


def moves(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}


def test_the_suitor_a_player_turns_down_is_the_buyer_not_his_club() -> None:
    """ "Torino, Ricci dice no al Brentford": Torino is only the story's club, not a destination."""
    text = (
        "Torino, Samuele Ricci dice no al Brentford\n\n"
        "Il centrocampista ha detto no agli inglesi, che avevano messo sul tavolo un'offerta da "
        "25 milioni già accettata dalla società granata."
    )
    found = {(r.player, r.to_club, r.stage) for r in extract_rumours(text)}
    assert ("Samuele Ricci", "Brentford", "collapsed") in found
    assert all(to != "Torino" for _, to, _ in found)


def test_the_club_a_buyer_must_convince_is_the_seller() -> None:
    """ "pronti 20 milioni per convincere l'Inter": Inter is asked to sell, it does not buy."""
    text = "Galatasaray, nuovo assalto a Hakan Çalhanoğlu: pronti 20 milioni per convincere l'Inter."
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert found == {("Hakan Çalhanoğlu", "Galatasaray")}


def test_a_president_at_work_on_a_renewal_keeps_the_player_for_his_club() -> None:
    """The sentence names no club, but its subject is Napoli's president offering a new
    contract, and the article names Napoli: a renewal at Napoli, not at the other club named."""
    text = (
        "Il PSG prepara l'estate: nel mirino c'è Federico Chiesa della Juventus, mentre dal Napoli "
        "potrebbe arrivare Victor Osimhen.\n\n"
        "Sul fronte dei rinnovi tiene banco il futuro del terzino Giovanni Di Lorenzo, in scadenza "
        "nel 2026. Aurelio De Laurentiis gli ha offerto un prolungamento fino al 2029, "
        "la trattativa prosegue."
    )
    assert ("Giovanni Di Lorenzo", "Napoli", "Napoli", "renewal") in moves(text)


def test_a_step_said_to_be_far_off_is_no_step() -> None:
    """ "un eventuale rinnovo non sembra vicino": "vicino" alone says the talks are advanced."""
    lex = load_lexicon()
    near = build_document("Per Gila il rinnovo con la Lazio è vicino.", lex)
    far = build_document("Per Gila un eventuale rinnovo con la Lazio non sembra vicino.", lex)
    assert [c.value for c in near.cues.get("stage", ())] == ["negotiation"]
    assert "negotiation" not in [c.value for c in far.cues.get("stage", ())]


def test_a_refusal_ends_its_sentence() -> None:
    """ "ha detto no. Aurelio De Laurentiis..." is two sentences: "no." shortens "numero" only
    before a number ("la maglia n. 10"), and "N. Barella" stays an initial."""
    text = "Il nigeriano ha detto no. Poi è partito. La maglia n. 10 resta a N. Barella, il no. 7 no."
    assert [text[s.start : s.end] for s in segment(text)] == [
        "Il nigeriano ha detto no.",
        "Poi è partito.",
        "La maglia n. 10 resta a N. Barella, il no. 7 no.",
    ]


def test_a_club_working_on_a_renewal_after_a_refusal_keeps_him() -> None:
    """The renewal is read from its own sentence, with its own stage, not the refusal's."""
    text = (
        "Napoli, Osimhen dice no all'Al Hilal\n\n"
        "Victor Osimhen non si muove. L'Al Hilal aveva offerto 140 milioni, ma il nigeriano ha detto "
        "no. Aurelio De Laurentiis ora lavora al rinnovo: la proposta è di prolungare fino al 2026."
    )
    found = {(r.to_club, r.deal, r.stage) for r in extract_rumours(text)}
    assert found == {("Al Hilal", "transfer", "collapsed"), ("Napoli", "renewal", "negotiation")}


def test_the_club_he_signs_a_contract_with_is_his_new_club() -> None:
    """ "firmare il contratto con gli Hammers" names the buyer; "contratto con" alone is the
    contract he has now."""
    text = (
        "Lazio, Valentín Castellanos è a un passo dal West Ham: domani mattina il Taty volerà a Londra "
        "per sostenere le visite mediche e firmare il contratto con gli Hammers."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Valentín Castellanos", "Lazio", "West Ham")}


def test_the_club_that_gives_its_consent_sells() -> None:
    """ "la Fiorentina ha dato l'ok al prestito": consent is the owner's."""
    text = (
        "Como, colpo sulla fascia\n\nCapitolo Jonathan Ikoné, esterno classe 1998: la Fiorentina ha "
        "dato l'ok al prestito oneroso con diritto di riscatto, e l'accordo tra i club è stato trovato."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Jonathan Ikoné", "Fiorentina", "Como")}


def test_a_club_weighing_a_request_owns_the_player() -> None:
    """ "l'Atalanta valuta, ma...": "valuta" with no object answers a bid; a buyer "valuta Gila"."""
    text = (
        "Il Cagliari ha chiesto il prestito secco di Marco Palestra, esterno classe 2005: l'Atalanta "
        "valuta, ma vorrebbe prima capire quanto spazio avrebbe."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Marco Palestra", "Atalanta", "Cagliari")}


def test_a_league_letter_ends_its_sentence() -> None:
    """ "lasciare la Serie A. L'Atalanta..." is two sentences; "J. Gomez" keeps its initial."""
    text = "Il Cuti sta per lasciare la Serie A. L'Atalanta ha trovato l'accordo. Lo dice J. Gomez."
    assert [text[s.start : s.end] for s in segment(text)] == [
        "Il Cuti sta per lasciare la Serie A.",
        "L'Atalanta ha trovato l'accordo.",
        "Lo dice J. Gomez.",
    ]


def test_two_clubs_agreeing_after_a_headline_that_names_the_buyer() -> None:
    """ "Atalanta, Romero al Tottenham", then "L'Atalanta e il Tottenham hanno trovato l'accordo":
    the story's club is the seller, not the buyer guessed from its being the story's club."""
    text = (
        "Atalanta, Romero al Tottenham: cosa cambia al fantacalcio\n\n"
        "Per chi puntava su Cristian Romero c'è una brutta notizia: il Cuti sta per lasciare la Serie A. "
        "L'Atalanta e il Tottenham hanno trovato l'accordo per il trasferimento a titolo definitivo "
        "del difensore argentino."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Cristian Romero", "Atalanta", "Tottenham")}


def test_a_club_asking_a_sum_in_round_words_sells() -> None:
    """ "i rossoblù chiedono una cifra vicina ai 12 milioni": an asking price, however worded."""
    text = (
        "Bologna, Schouten verso l'Olanda\n\n"
        "Il PSV ha avviato la trattativa per Jerdy Schouten, che ha chiesto di tornare in patria: "
        "i rossoblù chiedono una cifra vicina ai 12 milioni."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Jerdy Schouten", "Bologna", "PSV")}


def relation(sentence: str, club: str) -> str:
    """How the words around ``club`` relate it to the move, in a one-sentence document."""
    doc = build_document(sentence, load_lexicon())
    return next(r.relation for r in club_refs(doc, 0) if r.name == club)


@pytest.mark.parametrize(
    ("sentence", "club", "expected"),
    [
        # a relative clause says what the club does when the main verb says nothing
        ("Una cifra che ha raffreddato il Siviglia, che ha chiesto informazioni.", "Siviglia", "to"),
        # the main verb decides over the relative: an asking price after "ne"
        ("I ducali, che lo considerano uno dei pilastri, ne chiedono almeno 25.", "Parma", "from"),
        # after "Ndoye del Bologna, che piace...", the relative is about the player
        ("Piace Dan Ndoye del Bologna, che piace molto al tecnico.", "Bologna", "genitive"),
        ("Sul piatto 10 milioni, il Milan ne vorrebbe 12.", "Milan", "from"),
        # an asking price in a relative clause outweighs the main verb
        ("L'Atalanta, che ne chiede almeno 55, sta trattando da giorni.", "Atalanta", "from"),
        ("I parigini hanno presentato all'Eintracht un'offerta da 75 milioni.", "PSG", "to"),
        # the owner's consent
        ("Gallagher, c'è il sì del Chelsea.", "Chelsea", "from"),
        # a club fronted with "a" before another club is where the player is
        ("All'Inter il Tottenham aveva provato a sondare anche Lautaro Martínez.", "Inter", "from"),
        # where he flies is where he goes
        ("Buchanan vola al Villarreal.", "Villarreal", "to"),
        # the owner agreeing to a loan
        ("La Roma ha aperto al prestito con diritto di riscatto per Shomurodov.", "Roma", "from"),
        # the club sounded out for a player is asked to sell him
        ("Il club ha sondato la Lazio per Mario Gila, niente di più.", "Lazio", "counterpart"),
        # a match of a named day: the opponent, not a party to a deal
        ("Il giocatore non sarà convocato per la sfida di sabato con l'Empoli.", "Empoli", "background"),
        # the eve of a match names an opponent, not a suitor
        ("Alla vigilia della sfida con il Sassuolo parla di Yildiz.", "Sassuolo", "background"),
        # the owner who will not sell him cheap
        ("Giménez, sondaggio dalla Premier: i rossoneri non lo svendono.", "Milan", "from"),
        # the owner who will not keep him
        ("Il Beşiktaş ha fatto un'offerta, la società granata non intende trattenerlo.", "Torino", "from"),
        # the club that prices the man a relative pronoun stands for owns him
        ("Il Catanzaro chiede Mattia Maita, che il Bari valuta circa un milione di euro.", "Bari", "from"),
        # the club weighing another's request holds the player
        ("Il Bari chiede il portiere in prestito, il Cagliari valuta la richiesta.", "Cagliari", "from"),
        # an article opens a new noun phrase: the goalkeepers' unit, then the club as subject
        ("Per completare il reparto portieri i rossoneri vogliono Mirante.", "Milan", "to"),
        # a man of the region, not the club: "al giovane friulano" is Meret
        ("Ancelotti vuole affiancare al giovane friulano un portiere.", "Udinese", "background"),
        # the club he will go and play for, by its nickname too
        ("Il classe 2001 andrà a giocare alla Cremonese in prestito.", "Cremonese", "to"),
        ("Tra Juventus e grigiorossi c'è l'accordo per Fagioli.", "Cremonese", "counterpart"),
        # a club that breaks the delay, or storms in, buys
        ("Il Liverpool ha rotto gli indugi per Alisson.", "Liverpool", "to"),
        ("Vidal tra Inter e Barça, il Liverpool all'assalto di Alisson.", "Liverpool", "to"),
        # a fronted club that "we" made an offer to is asked to sell
        ("Al Copenaghen abbiamo presentato un'offerta da 10 milioni.", "Copenaghen", "counterpart"),
    ],
)
def test_the_verb_after_a_club_says_what_it_does(sentence: str, club: str, expected: str) -> None:
    assert relation(sentence, club) == expected


def test_a_remote_past_in_a_relative_clause_dates_only_that_clause() -> None:
    """ "Pjaca, il talento che la Juventus acquistò due estati fa, ha detto sì alla Fiorentina":
    the purchase is history, the yes is news."""
    text = (
        "Marko Pjaca, il talento croato che la Juventus acquistò due estati fa, ha detto sì alla "
        "Fiorentina: prestito secco fino a giugno."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Marko Pjaca", "Fiorentina")]
    history = "Fu la Juventus ad acquistare Marko Pjaca, che passò poi in prestito alla Fiorentina."
    assert extract_rumours(history) == []


def test_the_story_club_talking_to_the_headline_buyer_sells() -> None:
    """ "Arthur al Girona", then "la Juventus ha trovato l'intesa con il Girona": Juventus is
    at work on the player's exit, the headline's club buys."""
    text = (
        "Juventus, è l'ora delle uscite: Arthur al Girona\n\n"
        "Secondo Sky Sport, la Juventus ha trovato l'intesa con il Girona per il prestito con diritto "
        "di riscatto del centrocampista brasiliano Arthur."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Arthur", "Juventus", "Girona")}


def test_a_players_yes_leaves_him_a_player() -> None:
    """ "Senza il sì di Milik": a yes "di" a man is his own, not a club man's."""
    text = (
        "Milik, la Roma aspetta il sì\n\n"
        "Il sostituto designato è Arkadiusz Milik, 26 anni. Senza il sì di Milik, tutto resta bloccato."
    )
    people = people_found(text)
    assert [(p.name, p.role, p.player) for p in people] == [("Arkadiusz Milik", None, True)]


def test_a_pluperfect_aside_tells_his_past_not_the_move() -> None:
    """ "Il centrale, che a Wolfsburg era finito ai margini, sarà domani a Lecce per le visite":
    the aside is his past; "dopo che il quotidiano aveva parlato di un'offerta" is no aside."""
    text = (
        "Lecce, arriva Marin Pongračić\n\n"
        "Il centrale croato, che a Wolfsburg era finito ai margini dopo le frizioni con la società, "
        "sarà domani a Lecce per le visite mediche: arriva in prestito con diritto di riscatto."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Marin Pongračić", "Lecce")]


def test_a_book_gain_counts_only_a_sale_that_is_done() -> None:
    """ "la plusvalenza per la cessione di Kvaratskhelia al PSG": an accounts line, no rumour;
    the sell-on share of a sale to come ("il 50% della plusvalenza") leaves that sale a rumour."""
    accounts = (
        "Il bilancio del Napoli chiude con un utile di 60 milioni, sostenuto dalla plusvalenza per la "
        "cessione di Khvicha Kvaratskhelia al PSG."
    )
    assert extract_rumours(accounts) == []
    pending = (
        "L'Arsenal ha trovato l'accordo con il Bologna per Riccardo Calafiori. Dalla cessione, il "
        "Basilea incasserà il 50% della plusvalenza."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(pending)] == [("Riccardo Calafiori", "Arsenal")]


def test_regional_papers_are_credited() -> None:
    """ "Scrive Il Piccolo", "riporta L'Arena": local papers are outlets, not people."""
    text = "Scrive Il Piccolo che il Fenerbahçe avrebbe chiesto informazioni su Rodrigo Becão dell'Udinese."
    assert [r.cited_outlets for r in extract_rumours(text)] == [["Il Piccolo"]]


def test_a_past_approach_said_to_have_ended_is_a_collapsed_move() -> None:
    """ "c'era stato un sondaggio del Fenerbahce, che però si è tirato indietro": not history."""
    text = (
        "Il Galatasaray fa sul serio per Hakan Çalhanoğlu dell'Inter. Sul giocatore c'era stato anche "
        "un sondaggio del Fenerbahce, che però si è tirato indietro di fronte alle cifre richieste."
    )
    found = {(r.to_club, r.stage) for r in extract_rumours(text)}
    assert ("Fenerbahce", "collapsed") in found and ("Galatasaray", "negotiation") in found


def test_no_offer_to_renew_is_no_renewal() -> None:
    """ "non ha ricevuto proposte di prolungamento": his contract runs out, nobody renews it."""
    text = (
        "Napoli, offerta al Bayern Monaco per Leon Goretzka, in scadenza a giugno. Il tedesco ha "
        "trovato poco spazio e non ha ricevuto proposte di prolungamento."
    )
    assert all(r.deal != "renewal" for r in extract_rumours(text))


def test_the_club_that_bids_opens_the_move_over_the_story_guess() -> None:
    """ "Juventus, le ultime": the story's club is only a guess at the buyer of a man "primo
    obiettivo per la difesa"; the next sentence names who bids for him."""
    text = (
        "Juventus, le ultime dal mercato\n\n"
        "Benjamin Pavard, 27 anni, è il primo obiettivo per la difesa. L'Inter ha presentato al "
        "Bayern Monaco un'offerta da 30 milioni."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Benjamin Pavard", "Bayern Monaco", "Inter")}


def test_a_spell_he_has_lived_is_his_past() -> None:
    """ "Cáceres, che in bianconero ha già vissuto due parentesi, è pronto a lasciare la Lazio":
    the bianconero spell is history, the Lazio is his club now."""
    text = (
        "Juventus, torna Cáceres\n\n"
        "Martín Cáceres, che in bianconero ha già vissuto due parentesi, è pronto a lasciare la Lazio: "
        "l'accordo tra i club è stato raggiunto sulla base di un prestito con diritto di riscatto."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Martín Cáceres", "Lazio", "Juventus")}


def test_talks_that_have_not_reached_a_renewal_are_no_renewal() -> None:
    """ "non ha ancora trovato l'intesa per il rinnovo": why another club may take him, not a
    renewal in the making."""
    text = (
        "Juventus, primi contatti per Dodô. Il laterale brasiliano della Fiorentina ha il contratto in "
        "scadenza nel 2027 e non ha ancora trovato l'intesa per il rinnovo."
    )
    assert all(r.deal != "renewal" for r in extract_rumours(text))


def test_the_man_whose_exit_leaves_the_gap_is_no_mover() -> None:
    """ "Per il dopo Skriniar i nerazzurri hanno individuato Ndicka": Skriniar is the gap."""
    text = (
        "Inter, il PSG accelera per Milan Skriniar.\n\n"
        "Per il dopo Skriniar i nerazzurri hanno già individuato il profilo giusto: Evan Ndicka, 24 anni."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert found == {("Milan Skriniar", "PSG"), ("Evan Ndicka", "Inter")}


def test_a_when_clause_in_the_pluperfect_is_history() -> None:
    """ ", quando la cessione di Retegui all'Al Qadsiah avevano tenuto banco": last summer's news."""
    text = (
        "Alcuni gioielli dell'Atalanta sono nel mirino dei grandi club, come la scorsa estate, quando il "
        "braccio di ferro per Lookman e la cessione di Mateo Retegui all'Al Qadsiah avevano tenuto banco."
    )
    assert all(r.to_club != "Al Qadsiah" for r in extract_rumours(text))


def test_a_headline_story_goes_on_after_its_colon() -> None:
    """ "Scuffet piace al Pisa, Lapadula saluta: c'è lo Spezia": the colon's phrase is Lapadula's;
    after a list ("Koopmeiners, Lookman e i rinforzi: la nostra Dea al bivio") it is no one's."""
    story = "Scuffet piace al Pisa, Lapadula saluta: c'è lo Spezia\n\nIl Cagliari lavora sul mercato."
    assert ("Lapadula", "Spezia") in {(r.player, r.to_club) for r in extract_rumours(story)}
    listed = (
        "Koopmeiners, Lookman e i rinforzi: la nostra Dea al bivio di agosto\n\n"
        "Meno rumoroso il caso Lookman: il PSG ha chiesto informazioni."
    )
    assert ("Lookman", "Atalanta") not in {(r.player, r.to_club) for r in extract_rumours(listed)}


def test_each_club_goes_with_its_own_player_in_a_long_clause() -> None:
    """ "la cessione di Reijnders al City già definita, resta da capire il futuro di Musah:
    l'Atalanta ha chiesto informazioni": City is Reijnders', Atalanta Musah's; "Senza Omorodion,
    il Chelsea ha chiesto informazioni per João Félix": the subject's object is Félix."""
    text = (
        "In uscita, oltre alla cessione di Tijjani Reijnders al Manchester City già definita a giugno, "
        "resta da capire il futuro di Yunus Musah: l'Atalanta ha chiesto informazioni."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text, title="Milan, il punto")}
    assert ("Yunus Musah", "Atalanta") in found
    assert ("Tijjani Reijnders", "Atalanta") not in found and ("Yunus Musah", "Manchester City") not in found
    subject = (
        "Omorodion resta all'Atletico Madrid. Senza Omorodion, il Chelsea ha già chiesto informazioni "
        "per João Félix, che al Metropolitano non rientra nei piani di Simeone."
    )
    assert ("João Félix", "Chelsea") in {(r.player, r.to_club) for r in extract_rumours(subject)}


def test_a_comma_closes_the_phrase_of_the_name_before_it() -> None:
    """ "Fernando Torres torna all'Atletico Madrid, Alessio Cerci arriva al Milan": the club just
    before the comma is where the first man goes, however close the next name stands."""
    text = (
        "Milano, 2 gennaio 2015 – Fernando Torres torna all'Atletico Madrid, Alessio Cerci arriva al "
        "Milan: le due società hanno definito uno scambio di prestiti di diciotto mesi."
    )
    assert {(r.player, r.to_club) for r in extract_rumours(text)} == {
        ("Fernando Torres", "Atletico Madrid"),
        ("Alessio Cerci", "Milan"),
    }


def test_the_club_after_an_exit_noun_and_the_name_is_the_buyer() -> None:
    """ "la cessione di Nicola Zalewski al Galatasaray": the club after the name buys; before
    the exit noun ("i partenopei lavorano all'uscita di Lang") it is his club at work."""
    text = "Roma, si è invece arenata la cessione di Nicola Zalewski al Galatasaray."
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Nicola Zalewski", "Roma", "Galatasaray")}


def test_a_club_he_is_focused_on_is_his_and_no_renewal_is_none() -> None:
    """ "Yerry è concentrato sul Cagliari": a denial keeps him, no move to his own club;
    "Vlahović, niente prolungamento": no renewal."""
    denial = (
        "Cagliari, il punto sul mercato\n\nMina, nessuna trattativa\n\n"
        "Smentite, infine, le voci su Yerry Mina. «Nessuna trattativa con club sauditi, Yerry è "
        "concentrato sul Cagliari», fanno sapere dal suo entourage."
    )
    assert extract_rumours(denial) == []
    text = (
        "Juventus, le ultime\n\nVlahović, niente prolungamento\n\n"
        "Il serbo è in scadenza a giugno e non ci sono margini per un rinnovo."
    )
    assert all(r.deal != "renewal" for r in extract_rumours(text))


def test_a_director_closing_the_door_on_a_suitor_denies_its_move() -> None:
    """ "Marotta chiude alla Roma": the Roma's move is refused; "chiude con" would close a deal."""
    text = (
        "Frattesi, Marotta chiude alla Roma\n\n"
        "La Roma ha chiesto informazioni per Davide Frattesi, centrocampista dell'Inter, ma la "
        "risposta è stata netta."
    )
    found = {(r.player, r.from_club, r.to_club, r.stage) for r in extract_rumours(text)}
    assert found == {("Davide Frattesi", "Inter", "Roma", "collapsed")}


def test_a_club_weighing_his_exit_is_his_owner() -> None:
    """ "potrebbe valutare la sua uscita": the club weighs letting him go, it does not buy him."""
    text = (
        "Becão, il Fenerbahçe si informa\n\n"
        "Il Fenerbahçe avrebbe chiesto informazioni su Rodrigo Becão. La società friulana, che a "
        "gennaio non lo cederà, potrebbe però valutare la sua uscita a fine stagione."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Rodrigo Becão", "Udinese", "Fenerbahce")}


def test_a_match_after_the_talks_is_no_suitor() -> None:
    """ "le parti si rivedranno dopo la sfida con l'Inter": a fixture, not a rival bidder."""
    text = (
        "Udinese, Roberto Pereyra e il rinnovo\n\n"
        "La società ha proposto a Roberto Pereyra un rinnovo fino al 2024, ma l'argentino prende "
        "tempo e le parti si rivedranno dopo la sfida con l'Inter."
    )
    found = {(r.player, r.to_club, r.deal) for r in extract_rumours(text)}
    assert found == {("Roberto Pereyra", "Udinese", "renewal")}


def test_a_club_rating_its_own_man_is_his_club_not_his_buyer() -> None:
    """ "l'argentino che la Juventus considera uno dei suoi talenti": his club, and no renewal."""
    text = (
        "Juventus, Soulé verso il Frosinone\n\n"
        "Poi c'è Matías Soulé, l'argentino che la Juventus considera uno dei suoi talenti più "
        "preziosi. Per il classe 2003 è pronto il prestito al Frosinone: manca solo la firma."
    )
    found = {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}
    assert found == {("Matías Soulé", "Juventus", "Frosinone", "loan")}


def test_a_club_that_will_hear_offers_sells() -> None:
    """ "ascolterà eventuali proposte": the club would sell, whatever the tense or the adjective."""
    lex = load_lexicon()
    doc = build_document("Il Sassuolo ascolterà eventuali proposte senza cercare acquirenti.", lex)
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Sassuolo", "from")]


def test_a_club_that_wants_to_sell_outright_is_the_seller() -> None:
    """ "gli Hammers vogliono cederlo a titolo definitivo": they would sell, not buy."""
    lex = load_lexicon()
    doc = build_document("Ma gli Hammers vogliono cederlo a titolo definitivo.", lex)
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("West Ham", "from")]


def test_the_club_proposing_terms_to_another_club_is_the_buyer() -> None:
    """ "I nerazzurri hanno proposto al West Ham un prestito": the proposer buys."""
    lex = load_lexicon()
    doc = build_document("L'Inter ha proposto al West Ham un prestito con diritto di riscatto.", lex)
    assert ("Inter", "to") in [(r.name, r.relation) for r in club_refs(doc, 0)]


def test_a_club_buying_him_under_a_reference_decides_the_headline_talk() -> None:
    """ "Kostić, si tratta con il Fenerbahçe" then "il Fenerbahçe di José Mourinho ha chiesto
    informazioni" about "il serbo": the Turks buy, not the Juventus the story is about."""
    text = (
        "Juventus, Koopmeiners è arrivato. Kostić, si tratta con il Fenerbahçe\n\n"
        "La Juventus ha chiuso il mercato in entrata con il colpo Koopmeiners.\n\n"
        "Resta da sistemare Filip Kostić. Il serbo è finito ai margini e il Fenerbahçe di José "
        "Mourinho ha chiesto informazioni per un prestito."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text) if r.player == "Filip Kostić"}
    assert found == {("Filip Kostić", "Fenerbahce")}


def test_the_story_club_that_also_buys_is_still_the_seller_of_its_own_man() -> None:
    """A Lecce article (its title says so, after the site's label) where the Lecce signs a
    striker and Fenerbahçe asks about Krstović: buying one man does not stop the Lecce being
    the club of another. (An article that never states its club keeps a buyer out of it.)"""
    text = (
        "CM.COM | Lecce, preso Camarda. Krstović, il Fenerbahçe chiede informazioni\n\n"
        "Il Lecce ha chiuso per Francesco Camarda: prestito dal Milan.\n\n"
        "Il Fenerbahçe ha chiesto informazioni per Nikola Krstović, ma servono 30 milioni."
    )
    found = {(r.from_club, r.to_club) for r in extract_rumours(text) if r.player == "Nikola Krstović"}
    assert found == {("Lecce", "Fenerbahce")}


@pytest.mark.parametrize(
    "sentence",
    ["Per Kalinic la Fiorentina vuole tutto e subito.", "La Fiorentina vuole incassare subito."],
)
def test_a_club_that_wants_its_money_is_the_holder(sentence: str) -> None:
    lex = load_lexicon()
    doc = build_document(sentence, lex)
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Fiorentina", "from")]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("La Juventus verserà 15 milioni più 3 di bonus al club giallorosso per Dzeko.", "Roma"),
        ("L'attaccante non ha rinnovato e la Lazio è pronta a cederlo, ma alle sue condizioni.", "Lazio"),
    ],
)
def test_the_club_paid_or_ready_to_sell_is_the_holder(sentence: str, club: str) -> None:
    lex = load_lexicon()
    doc = build_document(sentence, lex)
    assert (club, "from") in [(r.name, r.relation) for r in club_refs(doc, 0)]


def test_a_coach_who_likes_a_player_and_the_price_his_club_asks() -> None:
    """ "Berardi mi piace [...] Ma il Sassuolo chiede una cifra importante, intorno ai 30
    milioni": the Sassuolo prices its man; the Lazio (the story's club) wants him."""
    text = (
        "Lazio, Sarri: «Berardi mi piace, ma decide la società»\n\n"
        "Poi la domanda su Domenico Berardi, il sogno del tecnico. «Mi piace, non lo nascondo. Ma "
        "il Sassuolo chiede una cifra importante, intorno ai 30 milioni, e io non faccio il mercato»."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Domenico Berardi", "Sassuolo", "Lazio")}


def test_a_quote_that_names_the_bidder_before_the_player() -> None:
    """ "«L'Inter ci ha fatto un'offerta da 30 milioni» ammette Cairo. [...] Altrimenti Bremer
    resta al Toro": the paragraph is Bremer's, and "Altrimenti" is no part of his name."""
    text = (
        "Torino, parla Cairo\n\n"
        "Il presidente affronta il tema del futuro di Gleison Bremer, il difensore brasiliano.\n\n"
        "«L'Inter ci ha fatto un'offerta da 30 milioni» ammette Cairo. «Per noi vale 50 milioni. "
        "Altrimenti Bremer resta al Toro»."
    )
    assert "Altrimenti Bremer" not in {p.name for p in people_found(text)}
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert found == {("Gleison Bremer", "Inter")}


def test_a_player_whose_contract_runs_out_comes_for_free_unless_a_fee_is_named() -> None:
    """ "Evan Ndicka, in scadenza con l'Eintracht, è stato sondato dall'Inter": a free move; with
    "offerta da 4 milioni" it would be a transfer."""
    text = "Inter, Evan Ndicka, in scadenza con l'Eintracht Francoforte, è stato sondato da Piero Ausilio."
    assert {(r.player, r.deal) for r in extract_rumours(text)} == {("Evan Ndicka", "free")}
    text = "Inter, offerta da 4 milioni per Evan Ndicka, in scadenza con l'Eintracht Francoforte."
    assert {(r.player, r.deal) for r in extract_rumours(text)} == {("Evan Ndicka", "transfer")}


def test_a_clubs_request_of_a_sum_is_its_asking_price() -> None:
    """ "La richiesta dell'Inter è di 35 milioni" (for Frattesi, "il primo indiziato"): the
    holder's price, not a bid of the Inter."""
    lex = load_lexicon()
    doc = build_document("La richiesta dell'Inter è di 35 milioni.", lex)
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Inter", "from")]
    text = "Davide Frattesi è il primo indiziato. La richiesta dell'Inter è di 35 milioni."
    people = {p.name: p.player for p in people_found(text)}
    assert people["Davide Frattesi"] is True


def test_the_club_he_has_an_expiring_contract_with_is_his() -> None:
    """ "che con il Borussia Mönchengladbach ha il contratto in scadenza": his present club."""
    text = "Marcus Thuram, che con il Borussia Mönchengladbach ha il contratto in scadenza, piace all'Inter."
    first = club_refs(build_document(text, load_lexicon()), 0)[0]
    assert (first.name, first.relation) == ("Borussia Mönchengladbach", "from")


def test_the_shirts_he_has_worn_are_past_clubs() -> None:
    """ "dove ha già vestito le maglie di Lecce, Udinese e Sampdoria": "maglie di Lecce" is the
    club, not the city, and with the clubs listed after it, his past."""
    text = (
        "Il colombiano Luis Muriel, 27 anni, al Siviglia ha trovato poco spazio e vuole tornare in "
        "Serie A, dove ha già vestito le maglie di Lecce, Udinese e Sampdoria."
    )
    assert [r.to_club for r in extract_rumours(text)] in ([], [None])


def test_a_director_named_by_his_clubs_colour_acts_for_it() -> None:
    """ "il direttore generale viola ha proposto agli andalusi un prestito": the club of the
    director at work is the buyer, not a club merely named as his employer."""
    text = "Il direttore generale viola ha proposto al Siviglia un prestito con diritto di riscatto."
    doc = build_document(text, load_lexicon())
    relations = [(r.name, r.relation) for r in club_refs(doc, 0)]
    assert relations == [("Fiorentina", "to"), ("Siviglia", "counterpart")]


def test_the_club_of_a_past_owner_is_his_club_in_his_years_only() -> None:
    """ "il club di Roman Abramovich" is the Chelsea in 2016, so its offer to the Napoli buys;
    after he sold the club (2022) the words name no club of his."""
    from datetime import date

    text = (
        "Koulibaly, offerta dall'Inghilterra\n\nSecondo il Daily Mail il club di Roman Abramovich ha "
        "presentato al Napoli un'offerta da 50 milioni per Kalidou Koulibaly."
    )
    then = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text, published=date(2016, 7, 20))}
    assert then == {("Kalidou Koulibaly", "Napoli", "Chelsea")}
    later = {r.to_club for r in extract_rumours(text, published=date(2024, 7, 20))}
    assert "Chelsea" not in later


def test_an_owners_name_with_a_particle_is_his_whole_name() -> None:
    """ "il club di Pinto da Costa" is the Porto of its president, not the Roma of the director
    Tiago Pinto: the particle belongs to the name."""
    from datetime import date

    text = (
        "Taremi, l'Inter ci prova\n\nMehdi Taremi, iraniano del Porto in scadenza nel 2024, piace a Simone "
        "Inzaghi: il club di Pinto da Costa ne chiede 20 milioni, l'Inter ha offerto 12 milioni. Anche la "
        "Roma di Tiago Pinto lo segue."
    )
    lex = load_lexicon()
    from mercato.rumours.eras import as_of

    doc = build_document(text, as_of(lex, 2023))
    assert "Porto" in [t.ref.name for t in doc.tokens if t.kind == "club" and t.text.startswith("club di")]
    found = {(r.player, r.to_club) for r in extract_rumours(text, published=date(2023, 7, 10))}
    assert ("Mehdi Taremi", "Inter") in found
