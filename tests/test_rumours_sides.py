"""Which side of a deal a club is on, when the words around it are few or far (session 14)."""

from __future__ import annotations

from mercato.rumours import extract_rumours
from mercato.rumours.consistency import around, consistent
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import load_lexicon
from mercato.rumours.model import Rumour
from mercato.rumours.relations import club_refs

__all__: list[str] = []


def _moves(text: str, title: str | None = None) -> set[tuple[str, str | None, str | None]]:
    return {(r.player.split()[-1], r.from_club, r.to_club) for r in extract_rumours(text, title=title)}


def test_talk_partner_the_headline_sends_him_to_is_not_his_club() -> None:
    """The headline sends him to the Sevilla; the body's "Genoa e Siviglia hanno trovato
    l'accordo" must not make the Sevilla his club and the Genoa a buyer."""
    text = (
        "Genoa, Gudmundsson verso il Siviglia: c'è l'accordo\n\n"
        "GENOVA – Albert Gudmundsson non giocherà più con la maglia rossoblù: il Genoa e il "
        "Siviglia hanno trovato l'accordo sulla base di 25 milioni. «Albert ha meritato questa "
        "chance» ha spiegato il direttore sportivo."
    )
    moves = _moves(text)
    assert ("Gudmundsson", "Genoa", "Siviglia") in moves
    assert ("Gudmundsson", "Siviglia", "Genoa") not in moves


def test_renewal_not_yet_discussed_is_no_renewal() -> None:
    """ "non ha ancora discusso il rinnovo" tells his contract, not a renewal in the works."""
    text = (
        "Inter, l'Arsenal insiste per Bastoni\n\n"
        "L'Arsenal ha presentato una nuova offerta da 60 milioni per Alessandro Bastoni. Il "
        "difensore, che ha un contratto fino al 2028 e non ha ancora discusso il rinnovo con "
        "l'Inter, aspetta sereno."
    )
    moves = _moves(text)
    assert ("Bastoni", "Inter", "Arsenal") in moves
    assert not any(to == "Inter" for _, _, to in moves)


def test_club_subject_before_an_aside_still_makes_the_offer() -> None:
    """ "I parigini, dopo una prima offerta respinta, hanno presentato un rilancio": the aside
    between the subject and its verb does not hide who offers."""
    text = (
        "Napoli, assalto a Kvaratskhelia\n\n"
        "Khvicha Kvaratskhelia è al centro del mercato. Il Paris Saint-Germain, dopo una prima "
        "offerta respinta dal Napoli, ha presentato un rilancio da 70 milioni per il georgiano."
    )
    assert ("Kvaratskhelia", "Napoli", "PSG") in _moves(text)


def test_neighbouring_renewal_of_another_player_is_not_his() -> None:
    """The text around a player's moves, where a renewal of his is looked for, leaves out a
    neighbouring sentence that names another man and not him ("Ricci fa gola" then
    "Buongiorno, si tratta per il rinnovo"), but keeps one that names no one."""
    text = (
        "Ricci fa gola al Milan. Buongiorno, si tratta per il rinnovo. "
        "Il Torino chiede 30 milioni. Ora si lavora al rinnovo."
    )
    doc = build_document(text, load_lexicon())
    named = {"Samuele Ricci": {0}, "Alessandro Buongiorno": {1}}
    near = around([("Samuele Ricci", [0]), ("Alessandro Buongiorno", [1])], doc, named)
    assert "Buongiorno" not in near["Samuele Ricci"]
    assert "30 milioni" in near["Alessandro Buongiorno"] and "Ricci" not in near["Alessandro Buongiorno"]


def test_live_label_before_the_club_still_names_the_story() -> None:
    """ "LIVE Milan, ...": a live blog's label before the club leaves the club opening the title,
    so a player leaving in an unlabelled entry is the story club's."""
    text = (
        "LIVE Milan, ultimo giorno di mercato: le ultime\n\n"
        "10:05 – Si parte da Mehdi Taremi: il Milan ha presentato al Porto un'offerta da 15 milioni.\n\n"
        "12:20 – Notizie anche dall'Inghilterra. Secondo The Athletic, Fodé Ballo-Touré è vicino "
        "al Fulham: le parti hanno trovato l'intesa sulla base di circa 4 milioni."
    )
    assert ("Ballo-Touré", "Milan", "Fulham") in _moves(text)


def test_man_who_refuses_the_offer_or_sets_the_price_is_no_player() -> None:
    """ "la prima offerta è stata respinta da Oreste Vigorito, che ne chiede almeno 6": the man who
    turns a bid down and names the price acts for the seller; the player is the one bid for."""
    text = (
        "Il Cagliari accelera per il centravanti\n\n"
        "Per sostituirlo la società ha individuato in Massimo Coda l'uomo giusto. La prima offerta "
        "presentata al Benevento, da 3 milioni, è stata respinta da Oreste Vigorito, che ne chiede "
        "almeno 6, ma il Cagliari prepara il rilancio e il centravanti, che con le Streghe ha "
        "vissuto stagioni importanti, ha già fatto sapere di gradire la destinazione."
    )
    rumours = extract_rumours(text)
    assert "Oreste Vigorito" not in {r.player for r in rumours}
    assert ("Coda", "Benevento", "Cagliari") in _moves(text)


def test_club_pulling_out_was_the_buyer() -> None:
    """ "l'Inter si sfila", "ha deciso di chiudere la trattativa con il Chelsea": the club that
    pulls out was the buyer, and the other side of its talk sells."""
    title = "Lukaku, l'Inter si sfila: «Rapporto rotto». Tre nomi per l'attacco"
    text = (
        "È finita. L'Inter ha deciso di chiudere la trattativa con il Chelsea per Romelu Lukaku. "
        "Sul tavolo dei Blues c'era un'offerta da 35 milioni più bonus: non verrà ritoccata. "
        "I contatti del giocatore con la Juventus hanno rotto il rapporto."
    )
    found = extract_rumours(text, title=title)
    rumours = [(r.from_club, r.to_club, r.stage) for r in found if r.player.endswith("Lukaku")]
    assert rumours == [("Chelsea", "Inter", "collapsed")]


def test_owner_refusal_at_his_own_club_is_no_move() -> None:
    """ "Frendrup non si vende" read as a collapsed move to the Genoa, next to his move from the
    Genoa to the Bologna: the refusal is his club keeping him, not a buyer pulling out. A buyer
    that pulls out (no refusal of an owner in its words) is still kept."""
    refusal = Rumour("Morten Frendrup", to_club="Genoa", stage="collapsed", evidence="«Non si vende»")
    suitor = Rumour("Morten Frendrup", from_club="Genoa", to_club="Bologna", stage="negotiation")
    pulled = Rumour("Morten Frendrup", to_club="Genoa", stage="collapsed", evidence="il Genoa si è sfilato")
    kept = [r for _, r in consistent([((0, 0), refusal), ((1, 0), suitor)], {})]
    assert kept == [suitor]
    kept = [r for _, r in consistent([((0, 0), pulled), ((1, 0), suitor)], {})]
    assert kept == [pulled, suitor]


def test_not_for_sale_answers_the_suitor() -> None:
    """ "ha chiesto informazioni ..., ma la risposta è stata netta: il difensore non è in vendita":
    the owner's answer ends the suitor's move."""
    text = (
        "Bologna, il Newcastle bussa per Calafiori\n\n"
        "Il Newcastle ha chiesto informazioni per Riccardo Calafiori, ma la risposta del Bologna è "
        "stata netta: il difensore non è in vendita."
    )
    rumours = [(r.from_club, r.to_club, r.stage) for r in extract_rumours(text)]
    assert rumours == [("Bologna", "Newcastle", "collapsed")]


def test_man_a_club_renews_with_is_a_player() -> None:
    """ "Con Yerry Mina abbiamo trovato l'intesa per prolungare fino al 2027": the man the
    president renews with is his player, not a counterpart he negotiates with."""
    text = (
        "Giulini: «Palestra resta con noi. Inter e Juve? Parleranno con l'Atalanta»\n\n"
        "Il presidente del Cagliari, Tommaso Giulini, è intervenuto in radio. Sul capitolo "
        "rinnovi: «Con Yerry Mina abbiamo trovato l'intesa per prolungare fino al 2027, manca solo "
        "la firma»."
    )
    assert ("Mina", "Cagliari", "Cagliari") in _moves(text)


def test_where_he_plays_names_a_player() -> None:
    """ "L'alternativa porta in Emilia, dove gioca Andrea Pinamonti": the man who plays there is a
    player, and the sounding his club is asked for is his move."""
    text = (
        "Lazio, caccia al centravanti\n\n"
        "La Lazio cerca un attaccante. L'alternativa porta in Emilia, dove gioca Andrea Pinamonti, "
        "ma per ora dalle parti di Formello è stato fatto soltanto un sondaggio con il Sassuolo."
    )
    assert "Lazio" in {to for name, _, to in _moves(text) if name == "Pinamonti"}


def test_targets_named_by_list_coach_and_agreement_are_the_story_club_signings() -> None:
    """Three ways a club's paper names its targets: the man at the top of the list ("In cima
    alla lista c'era Ricci, ma Cairo ha chiuso la porta"), the man the coach asks for ("Baroni
    ha indicato Guendouzi del Marsiglia") and the man an agreement is with, described in the
    next sentence ("c'è l'intesa con Kamada. Il giapponese, svincolato, ...")."""
    text = (
        "Fiorentina, tre nomi per il centrocampo\n\n"
        "A centrocampo c'è l'intesa con Daichi Kamada. Il giapponese, svincolato dopo la scadenza "
        "del contratto con il Crystal Palace, ha accettato la proposta ed è atteso a Firenze.\n\n"
        "In cima alla lista c'era Samuele Ricci, ma Urbano Cairo ha chiuso la porta: la Fiorentina "
        "aveva offerto 15 milioni, il presidente granata ha risposto che il ragazzo non è in vendita.\n\n"
        "Per l'ultimo tassello, infine, Baroni ha indicato Mattéo Guendouzi del Marsiglia. Il "
        "francese, però, per ora è solo un'idea: l'OM lo valuta 15 milioni."
    )
    moves = {(name, to) for name, _, to in _moves(text)}
    assert {("Kamada", "Fiorentina"), ("Ricci", "Fiorentina"), ("Guendouzi", "Fiorentina")} <= moves


def test_colours_chosen_are_the_buyer() -> None:
    """ "Marcus Thuram ha scelto il nerazzurro": the colours after a verb of choice are the club
    he joins, not a man called by his shirt ("il rossonero ha detto sì")."""
    text = (
        "Derby di mercato: Thuram sceglie l'Inter\n\n"
        "Marcus Thuram ha scelto il nerazzurro: l'attaccante francese, in scadenza con il Borussia "
        "Mönchengladbach, ha raggiunto l'accordo su un contratto fino al 2028."
    )
    assert "Inter" in {to for name, _, to in _moves(text) if name == "Thuram"}


def test_fronted_source_of_an_arrival_is_his_club() -> None:
    """ "Dalla Juventus, intanto, arriva Marko Pjaca": the club fronted with "da" before an
    arrival is where he comes from, never where he goes."""
    text = (
        "Torino, Juric aspetta i rinforzi\n\n"
        "Il Torino ha chiuso per Dennis Praet dal Leicester. Dalla Juventus, intanto, arriva Marko "
        "Pjaca in prestito."
    )
    assert all(to != "Juventus" for name, _, to in _moves(text) if name == "Pjaca")
    assert ("Pjaca", "Juventus", "Torino") in _moves(text)


def test_club_men_named_make_their_club_the_story() -> None:
    """A story whose title names a buyer and its seller ("Bonny-Inter, c'è l'accordo con il
    Parma") and whose body names the buyer's coach and director is the buyer's: the player its
    coach likes, with no buyer named, is the Inter's target, not the Parma's."""
    title = "Schira: «Bonny-Inter, c'è l'accordo con il Parma». E su Lookman..."
    text = (
        "Come riportato da Nicolò Schira, i nerazzurri hanno trovato l'intesa con il Parma per "
        "Ange-Yoan Bonny sulla base di 23 milioni. Sullo sfondo resta il sogno Ademola Lookman, da "
        "sempre gradito a Cristian Chivu.\n\n"
        "Capitolo uscite. L'Olympiacos ha chiesto informazioni per Mehdi Taremi, che potrebbe "
        "lasciare Milano. Piero Ausilio aspetta un'offerta, Giuseppe Marotta vuole chiudere presto."
    )
    moves = {(r.player, r.to_club) for r in extract_rumours(text, title=title)}
    assert ("Ademola Lookman", "Inter") in moves and ("Ademola Lookman", "Parma") not in moves


def test_club_asking_a_fee_for_the_option_sells() -> None:
    """ "la Roma, che lo aveva pagato oltre 20 milioni in estate, chiede un riscatto intorno ai
    20": the club asking for the option's price is his club, not a second buyer."""
    text = (
        "La posta del mercato: chi parte?\n\n"
        "Il Sunderland ha proposto un prestito con obbligo di riscatto per Enzo Le Fée; la Roma, che "
        "lo aveva pagato oltre 20 milioni in estate, chiede un riscatto intorno ai 20."
    )
    moves = {(r.from_club, r.to_club) for r in extract_rumours(text) if r.player == "Enzo Le Fée"}
    assert moves == {("Roma", "Sunderland")}


def test_club_named_in_an_event_is_not_the_subject_of_the_next_verb() -> None:
    """ "dopo la retrocessione dei lagunari vuole restare in Serie A": the verb is the player's,
    so the Venezia he would leave is no second buyer beside the Fiorentina that talks with it."""
    text = (
        "Fiorentina, contatti per Nicolussi Caviglia\n\n"
        "Il terzo nome è quello di Hans Nicolussi Caviglia. La Fiorentina ha avviato i contatti con "
        "il Venezia per il regista, che dopo la retrocessione dei lagunari vuole restare in Serie A."
    )
    assert _moves(text) == {("Caviglia", "Venezia", "Fiorentina")}


def test_the_club_that_agrees_to_pass_him_on_on_loan_sells() -> None:
    """ "l'Atalanta ha trovato l'accordo con la Carrarese per girarlo in prestito": the club at
    work passes him on, the other side of the talk takes him."""
    text = (
        "Atalanta, Tiraboschi verso Carrara\n\n"
        "Il difensore Riccardo Tiraboschi cambia squadra. Secondo TuttoC, l'Atalanta ha già trovato "
        "l'accordo con la Carrarese per girarlo in prestito secco fino a giugno."
    )
    assert ("Tiraboschi", "Atalanta", "Carrarese") in _moves(text)


def test_a_headlines_name_in_colours_goes_to_that_club() -> None:
    """ "Milinković-Savić in azzurro, Simeone in granata" in a headline says where each goes;
    in a body, "resterà in gialloblù" stays his shirt."""
    text = (
        "Napoli-Torino, affare fatto: Milinković-Savić in azzurro, Simeone in granata\n\n"
        "Il Napoli ha raggiunto l'accordo con il Torino per Vanja Milinković-Savić: 18 milioni cash "
        "più il cartellino di Giovanni Simeone, in uno scambio che accontenta tutti."
    )
    moves = _moves(text)
    assert ("Milinković-Savić", "Torino", "Napoli") in moves
    assert ("Simeone", "Napoli", "Torino") in moves


def test_a_swap_that_brings_a_player_into_colours_sends_him_there() -> None:
    """ "lo scambio che porta Leonardo Spinazzola in giallorosso e Luca Pellegrini in bianconero":
    the colours a swap brings a man into are his new club's, so the other man comes from there."""
    text = (
        "Roma e Juventus, fumata bianca\n\n"
        "Roma e Juventus hanno chiuso lo scambio che porta Leonardo Spinazzola in giallorosso e Luca "
        "Pellegrini in bianconero. Domattina Spinazzola e Pellegrini sosterranno le visite mediche."
    )
    moves = _moves(text)
    assert ("Pellegrini", "Roma", "Juventus") in moves
    assert ("Spinazzola", "Juventus", "Roma") in moves


def test_the_spell_a_player_ends_is_at_his_club_the_one_he_begins_at_his_next() -> None:
    """ "pronto a chiudere la sua avventura all'Inter" names the club he leaves; "inizierà la sua
    avventura al Flamengo" the club he joins."""
    lex = load_lexicon()
    relations = []
    for text in (
        "Arturo Vidal è pronto a chiudere la sua avventura all'Inter.",
        "Arturo Vidal inizierà la sua avventura al Flamengo.",
    ):
        doc = build_document(text, lex)
        relations += [(r.name, r.relation) for r in club_refs(doc, 0)]
    assert relations == [("Inter", "from"), ("Flamengo", "to")]


def test_a_goalkeeper_named_in_his_colours_keeps_them() -> None:
    """ "il portiere Ivan Provedel in biancoceleste" names his shirt; only a verb of bringing
    ("porta Pellegrini in bianconero") sends a man into the colours after his name."""
    doc = build_document("La società ha blindato il portiere Ivan Provedel in biancoceleste.", load_lexicon())
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Lazio", "from")]
