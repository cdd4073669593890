"""Rumours spread over several sentences: references, headlines, swaps, roundups, coach stories."""

from __future__ import annotations

import pytest
from rumours_tiny_lexicon import tiny_lexicon

from mercato.rumours import extract_rumours
from mercato.rumours.lexicon import Lexicon


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    return tiny_lexicon(tmp_path_factory.mktemp("lexicon"))


def found(text: str, lex: Lexicon) -> set[tuple[str, str | None, str | None]]:
    return {(r.player, r.from_club, r.to_club) for r in extract_rumours(text, lexicon=lex)}


def test_pronoun_and_nominal_references_carry_the_story(lex: Lexicon) -> None:
    text = (
        "Juventus, addio a zero per Rossi\n\n"
        "Il contratto di Mario Rossi con la Juventus scade a giugno e il serbo non rinnoverà. "
        "Il Milan lo segue da tempo, mentre il Napoli lo considera un'opzione a parametro zero."
    )
    rumours = {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text, lexicon=lex)}
    assert rumours == {
        ("Mario Rossi", "Juventus", "Milan", "free"),
        ("Mario Rossi", "Juventus", "Napoli", "free"),
    }


def test_deal_and_fee_from_a_sentence_that_names_no_one(lex: Lexicon) -> None:
    text = (
        "Milan, contatti con la Lazio per Rossi\n\n"
        "Il Milan lavora per Mario Rossi. La formula è quella del prestito con obbligo di riscatto "
        "fissato a 20 milioni."
    )
    [r] = extract_rumours(text, lexicon=lex)
    assert (r.from_club, r.to_club, r.deal, r.fee_eur) == ("Lazio", "Milan", "loan_obligation", 20_000_000)


def test_headline_with_two_stories(lex: Lexicon) -> None:
    text = "Milan, il Napoli pensa a Rossi, la Juve segue Bianchi\n\nNessun altro dettaglio per ora."
    assert {(p, t) for p, _, t in found(text, lex)} == {("Rossi", "Napoli"), ("Bianchi", "Juventus")}


def test_swap_sends_each_player_to_the_other_club(lex: Lexicon) -> None:
    text = "Milan-Juventus, spunta l'idea di uno scambio: Rossi per Bianchi\n\nSe ne parlerà in estate."
    assert found(text, lex) == {("Rossi", "Milan", "Juventus"), ("Bianchi", "Juventus", "Milan")}


def test_roundup_datelines_are_sections(lex: Lexicon) -> None:
    text = (
        "Mercato in pillole\n\n"
        "GENOA - È ufficiale il rinnovo di Mario Rossi fino al 2028.\n\n"
        "NAPOLI - Il Napoli ha respinto un'offerta della Lazio per Luca Bianchi."
    )
    rumours = {(r.player, r.to_club, r.deal, r.stage) for r in extract_rumours(text, lexicon=lex)}
    assert rumours == {
        ("Mario Rossi", "Genoa", "renewal", "official"),
        ("Luca Bianchi", "Lazio", "transfer", "collapsed"),
    }


def test_a_city_is_not_its_club(lex: Lexicon) -> None:
    text = "Il Milan pensa a Mario Rossi, difensore del Genoa, che ha giocato tre stagioni a Roma."
    assert found(text, lex) == {("Mario Rossi", "Genoa", "Milan")}


def test_coach_story_gives_no_player(lex: Lexicon) -> None:
    text = (
        "Genoa, esonerato Verdi: è fatta per Neri\n\n"
        "Per la successione la dirigenza ha scelto Luca Neri, libero dopo l'esperienza "
        "sulla panchina della Roma."
    )
    assert extract_rumours(text, lexicon=lex) == []


def test_past_moves_are_background(lex: Lexicon) -> None:
    text = (
        "Il Milan pensa a Mario Rossi della Lazio. Rossi, arrivato la scorsa estate dal Genoa, "
        "piace anche all'Inter."
    )
    assert found(text, lex) == {("Mario Rossi", "Lazio", "Milan"), ("Mario Rossi", "Lazio", "Inter")}


def test_a_pluperfect_of_a_window_gone_by_is_background(lex: Lexicon) -> None:
    """ "La scorsa estate, ricorda il quotidiano, il Napoli si era spinto fino a un'offerta": the
    pluperfect of last summer is history, not a suitor today ("nei giorni scorsi" would be news)."""
    text = (
        "Il contratto di Mario Rossi con il Milan scade a giugno e il club gli ha proposto il "
        "rinnovo.\n\nLa scorsa estate, ricorda il quotidiano, il Napoli si era spinto fino a "
        "un'offerta concreta, respinta dai rossoneri. «È passato», ha detto Rossi."
    )
    assert {to for _, _, to in found(text, lex)} == {"Milan"}


def test_a_section_opening_on_the_last_player_before_turning_to_another() -> None:
    """ "Anche il Dortmund osserva / Sul centrale [...] si è mosso anche il Borussia Dortmund",
    then a later paragraph on the Fiorentina's own target: the opening is about Comuzzo."""
    text = (
        "Il Bayer Leverkusen punta Comuzzo\n\n"
        "Il Bayer Leverkusen ha presentato alla Fiorentina un'offerta per Pietro Comuzzo.\n\n"
        "Anche il Dortmund osserva\n\n"
        "Sul centrale, stando a quanto scrive la Bild, si è mosso anche il Borussia Dortmund.\n\n"
        "Tra i profili valutati per sostituirlo c'è Koni De Winter del Milan, per il quale la "
        "Fiorentina ha chiesto informazioni."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Pietro Comuzzo", "Borussia Dortmund") in found


def test_a_roundup_entry_labelled_in_capitals_is_about_its_club() -> None:
    """ "INTER, DOPPIA BEFFA. Per Olivier Giroud l'intesa con il giocatore c'era..." opens the
    Inter's entry, as a heading would; "GENOA, RIECCO PERIN." the Genoa's."""
    text = (
        "Notte di mercato, sessione chiusa\n\n"
        "INTER, DOPPIA BEFFA. Per Olivier Giroud l'intesa con il giocatore c'era da giorni, ma il "
        "Chelsea ha trattenuto il francese.\n\n"
        "GENOA, RIECCO PERIN. Mattia Perin lascia la Juventus in prestito secco fino a giugno."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert found == {("Olivier Giroud", "Inter"), ("Mattia Perin", "Genoa")}


def test_a_deadline_night_feed_of_time_stamped_posts() -> None:
    """ "21:05 | UFFICIALE: Christopher Nkunku è del Milan" joins the Milan; "21:40 | Napoli,
    Rasmus Højlund è arrivato a Villa Stuart" names the Napoli's man."""
    text = (
        "DEADLINE DAY – Le notifiche della notte\n\n"
        "21:05 | UFFICIALE: Christopher Nkunku è del Milan. Al Chelsea 37 milioni più 5 di bonus.\n\n"
        "21:40 | Napoli, Rasmus Højlund è arrivato a Villa Stuart: visite mediche in corso."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert found == {("Christopher Nkunku", "Milan"), ("Rasmus Højlund", "Napoli")}


def test_a_paragraph_opening_on_another_suitor_goes_on_with_the_player() -> None:
    """ "Sullo sfondo resta il Nottingham Forest. Il club inglese ha chiesto informazioni": a new
    paragraph that names no player and opens on a rival is about the move before it, whatever
    players the article turns to afterwards."""
    text = (
        "Atalanta, l'Atletico Madrid affonda per Ruggeri\n\n"
        "L'Atletico Madrid fa sul serio per Matteo Ruggeri: offerta all'Atalanta da 15 milioni per "
        "l'esterno sinistro classe 2002.\n\n"
        "Sullo sfondo resta il Nottingham Forest. Il club inglese ha chiesto informazioni nelle "
        "ultime settimane.\n\n"
        "In caso di cessione l'Atalanta punterà su Nicola Zalewski e sul giovane Lorenzo Bernasconi."
    )
    moves = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert {("Matteo Ruggeri", "Atletico Madrid"), ("Matteo Ruggeri", "Nottingham Forest")} <= moves


def test_a_description_before_the_clause_that_names_him_again() -> None:
    """ "La Fiorentina ha chiesto informazioni sul centravanti, ma il ds è stato netto: «Krstović
    resta qui»": the description in the first clause is read as well as the name in the quote."""
    text = (
        "Lecce, le ultime\n\nNessuna apertura, invece, per Nikola Krstović. La Fiorentina ha "
        "chiesto informazioni sul centravanti montenegrino, ma il responsabile dell'area tecnica è "
        'stato netto: "Krstović resta qui fino a giugno".'
    )
    assert ("Nikola Krstović", "Fiorentina") in {(r.player, r.to_club) for r in extract_rumours(text)}


def test_a_no_to_a_club_after_the_name_is_no_club_of_his() -> None:
    """ "Buongiorno, no all'Atalanta": the headline's answer to a suitor, not his club."""
    text = (
        "Buongiorno, no all'Atalanta\n\n"
        "L'Atalanta ha messo sul piatto 25 milioni per Alessandro Buongiorno, ma Urbano Cairo ha "
        "risposto picche: il difensore non è in vendita."
    )
    moves = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert ("Alessandro Buongiorno", None, "Atalanta") in moves


def test_an_articles_only_dateline_is_the_city_it_was_filed_from() -> None:
    """ "ROMA – A Formello..." under a Lazio title: the body's one dateline names a city, so
    the renewal is at the title's club; a roundup's several datelines stay its clubs."""
    text = (
        "ROMA – A Formello è cominciata la settimana decisiva. Felipe Anderson, in scadenza nel "
        "2024, ha sul tavolo la proposta della società: un prolungamento fino al 2027."
    )
    got = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text, title="Lazio, i rinnovi")}
    assert got == {("Felipe Anderson", "Lazio", "Lazio")}


def test_a_roundups_direction_labels_say_who_sells() -> None:
    """Under "POSSIBILI USCITE" the other side of a talk buys; under "IN TRATTATIVA" nothing is
    implied; "(centrocampista, alla Roma)" on a list line is where he goes; a man the exits
    label lists to deny it ("non si muoverà") is no exit."""
    text = (
        "USCITE\n"
        "- Jordan Veretout (centrocampista, alla Roma): 17 milioni più 2 di bonus.\n\n"
        "POSSIBILI USCITE\n"
        "- Bruno Gaspar (terzino): trattativa avanzata con lo Sporting Lisbona per un prestito con "
        "diritto di riscatto fissato a 4 milioni.\n"
        "- Non si muoverà invece Gaetano Castrovilli, nonostante le voci."
    )
    title = "Fiorentina, il punto sul mercato"
    got = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text, title=title)}
    assert got == {
        ("Jordan Veretout", "Fiorentina", "Roma"),
        ("Bruno Gaspar", "Fiorentina", "Sporting Lisbona"),
    }


def test_a_label_leading_its_paragraph_says_who_sells() -> None:
    """ "➕ ENTRATE | Per la difesa si tratta con il Como per Cas Odenthal": the label inline,
    ahead of the line it leads, makes the other side of the talk the seller; under "USCITE |"
    the same talk sends the player there."""
    text = (
        "🔄 USCITE | Per l'attacco si tratta con il Genoa per Andrea Pinamonti.\n\n"
        "➕ ENTRATE | Per la difesa si tratta con il Como per Cas Odenthal: piace molto a Grosso."
    )
    got = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text, title="Sassuolo, le ultime")}
    assert got == {("Andrea Pinamonti", "Sassuolo", "Genoa"), ("Cas Odenthal", "Como", "Sassuolo")}


def test_the_teammates_who_keep_a_player_out_are_no_subject() -> None:
    """ "Chi saluta è Giovanni Simeone. L'attaccante argentino, chiuso dall'arrivo di Boateng e
    dalla presenza di Ribéry, ha detto sì al Cagliari": the description is Simeone; the men who
    block him in the squad are an aside."""
    text = (
        "In estate sono arrivati Franck Ribéry, 36 anni, e Kevin-Prince Boateng, 32 anni.\n\n"
        "Chi saluta è Giovanni Simeone. L'attaccante argentino, chiuso dall'arrivo di Kevin-Prince "
        "Boateng e dalla presenza di Franck Ribéry, ha detto sì al Cagliari, che ha chiuso "
        "l'operazione con la formula del prestito con obbligo di riscatto."
    )
    got = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text, title="Fiorentina, le uscite")}
    assert ("Giovanni Simeone", "Fiorentina", "Cagliari") in got
    assert not [g for g in got if g[2] == "Cagliari" and g[0] != "Giovanni Simeone"]
    listed = (
        "Ciro Immobile, 35 anni, ha firmato in estate. Davanti è Thijs Dallinga a poter partire. "
        "L'olandese, chiuso da Santiago Castro e Ciro "
        "Immobile, ha chiesto più spazio: «Se arriva la proposta giusta lo lasceremo andare»."
    )
    leaving = {r.player for r in extract_rumours(listed, title="Bologna, le uscite") if r.to_club is None}
    assert leaving == {"Thijs Dallinga"}


def test_a_headline_part_on_another_department_is_not_about_the_player_before() -> None:
    """ "Südtirol, dall'Atalanta il classe 2003 Brentel. Per l'attacco offerta alla Pro Patria":
    the second part of the headline opens a new search, so Brentel is not offered to the Pro Patria."""
    text = (
        "Südtirol, dall'Atalanta il classe 2003 Brentel. Per l'attacco offerta alla Pro Patria\n\n"
        "Il Südtirol ha trovato l'accordo con l'Atalanta per il prestito secco di Tommaso Brentel, "
        "centrale classe 2003. Per il reparto offensivo il nome caldo è quello di Mattia Zandonai."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Tommaso Brentel", "Südtirol") in found
    assert ("Tommaso Brentel", "Pro Patria") not in found


def test_a_paragraph_opening_on_another_man_is_not_the_last_players() -> None:
    """ "Leonardo Pavoletti, invece, a Napoli c'è già: gli azzurri lo hanno preso dal Genoa":
    the pronoun is Pavoletti's, even when nothing else in the text makes him a player."""
    text = (
        "Fantacalcio, i movimenti della settimana\n\n"
        "Roberto Gagliardini è a Milano: il centrocampista dell'Atalanta sta sostenendo le visite "
        "mediche, poi firmerà con l'Inter.\n\n"
        "Leonardo Pavoletti, invece, a Napoli c'è già da inizio gennaio: gli azzurri lo hanno "
        "preso dal Genoa per 18 milioni."
    )
    moves = {(r.player.split()[-1], r.to_club) for r in extract_rumours(text)}
    assert ("Gagliardini", "Inter") in moves
    assert ("Gagliardini", "Napoli") not in moves


def test_an_aside_after_a_fronted_player_keeps_the_suitor_his() -> None:
    """ "Su Cistana, però, si è mosso il Bologna": "però" between commas is an aside, not a new
    clause, and the club named after its verb is still his suitor."""
    text = (
        "Brescia, Cellino blinda i suoi gioielli\n\n"
        "Il Brescia vuole tornare in Serie A. Su Andrea Cistana, però, si è mosso il Bologna, che "
        "cerca un centrale giovane per la prossima stagione."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Andrea Cistana", "Bologna")]
