"""People: names the press gives, roles that exclude them, surnames that refer back."""

from __future__ import annotations

from pathlib import Path

import pytest
from rumours_people_found import people_found, players_found
from rumours_text_file import extract_text_file
from rumours_tiny_lexicon import tiny_lexicon

from mercato.cleaning import clean_text
from mercato.rumours import extract_rumours
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import Lexicon, load_lexicon
from mercato.rumours.names import find_names
from mercato.rumours.people import Person, find_people
from mercato.rumours.roles import read_roles


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    return tiny_lexicon(tmp_path_factory.mktemp("lexicon"))


def people(text: str, lex: Lexicon) -> dict[str, Person]:
    return {p.name: p for p in find_people(build_document(text, lex), lex)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Il nuovo direttore sportivo dei rossoneri Igli Tare vuole Gila.", "Igli Tare", "director"),
        (
            "In sinergia con l'allenatore Massimiliano Allegri, il Milan cerca un difensore.",
            "Massimiliano Allegri",
            "coach",
        ),
        ("Beppe Marotta, presidente dell'Inter, ha parlato di Gila.", "Beppe Marotta", "president"),
        ("L'agente Mario Rossi ha incontrato il Milan.", "Mario Rossi", "agent"),
        ("Secondo Gianni Bianchi, il Milan pensa a Gila.", "Gianni Bianchi", "journalist"),
        ("Il mister Luca Verdi vuole un centravanti.", "Luca Verdi", "coach"),
        ("Giovanni Sartori sonda il Milan per Gila.", "Giovanni Sartori", "director"),
        ("Paolo Vanoli chiede rinforzi alla società.", "Paolo Vanoli", "coach"),
    ],
)
def test_roles_are_never_players(lex: Lexicon, text: str, name: str, role: str) -> None:
    person = people(text, lex)[name]
    assert person.role == role
    assert not person.player


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Il Milan pensa a Joe Gomez, 28enne inglese del Liverpool.", "Joe Gomez"),
        ("Il centrale della Lazio Mario Gila piace al Milan.", "Mario Gila"),
        ("Thomas Kristensen, classe 2002 dell'Udinese, è il nome più fattibile.", "Thomas Kristensen"),
        ("Il sogno sarebbe Kim Min-Jae del Bayern Monaco.", "Kim Min-Jae"),
        ("Il Napoli segue Micky van de Ven con attenzione.", "Micky van de Ven"),
        ("Il Milan è sulle tracce di Giovanni Di Lorenzo.", "Giovanni Di Lorenzo"),
    ],
)
def test_players_from_the_patterns_of_the_press(lex: Lexicon, text: str, name: str) -> None:
    assert people(text, lex)[name].player


def test_surname_refers_back_to_the_full_name(lex: Lexicon) -> None:
    found = people(
        "Il Milan pensa a Mario Gila del Lazio. Gila piace anche all'Inter. Gila ha detto sì.", lex
    )
    assert list(found) == ["Mario Gila"]
    assert len(found["Mario Gila"].mentions) == 3


def test_surname_first_then_full_name_is_one_person(lex: Lexicon) -> None:
    found = people("Milan, seguito Gomez\n\nIl Milan pensa a Joe Gomez, 28enne del Liverpool.", lex)
    assert list(found) == ["Joe Gomez"]


def test_role_given_once_holds_for_the_whole_article(lex: Lexicon) -> None:
    text = (
        "L'allenatore Massimiliano Allegri chiede un difensore. Il Milan segue Gila della Lazio per Allegri. "
        "Allegri vorrebbe Gila."
    )
    found = people(text, lex)
    assert found["Massimiliano Allegri"].role == "coach"
    assert [r.player for r in extract_rumours(text, lexicon=lex)] == ["Gila"]


def test_tandem_of_known_people_is_not_a_player(lex: Lexicon) -> None:
    text = (
        "Il ds Igli Tare e l'allenatore Massimiliano Allegri lavorano insieme. "
        "Il tandem Tare-Allegri pensa a un difensore: il Milan segue Mario Gila, 25 anni, della Lazio."
    )
    assert [r.player for r in extract_rumours(text, lexicon=lex)] == ["Mario Gila"]


def test_sentence_initial_words_are_not_names(lex: Lexicon) -> None:
    found = people("Dopo la gara il Milan pensa a Gila. Come riferisce Tuttosport, Gila piace.", lex)
    assert "Dopo" not in found and "Come" not in found


def test_a_list_item_labelled_by_a_full_name_in_capitals() -> None:
    """ "↑ FEDERICO BERNARDESCHI - JUVENTUS.": a borsino's label is its player, written as a name
    (the capitals are the label's typography); a caps label of common words ("ULTIME NOTIZIE -")
    is no one."""
    text = (
        "Il borsino della settimana\n\n"
        "↑ FEDERICO BERNARDESCHI - JUVENTUS. Il talento di Carrara ha chiesto di essere ceduto e "
        "la Juventus ha rotto gli indugi con un'offerta da 35 milioni.\n\n"
        "ULTIME NOTIZIE - Il Milan segue Mario Gila della Lazio."
    )
    got = {r.player for r in extract_text_file(text)}
    assert got == {"Federico Bernardeschi", "Mario Gila"}


def test_a_ranking_items_capital_label_names_the_player_its_text_describes() -> None:
    """ "4. KEVIN STROOTMAN, IL GENOA SI AFFIDA ALL'ESPERIENZA" over "L'olandese lascia il
    Marsiglia": a top-five's label opens with its player, and the description opening the
    next paragraph is about him."""
    text = (
        "I cinque affari della settimana\n\n"
        "3. JOAKIM MÆHLE, L'ATALANTA PESCA IN BELGIO\n\n"
        "Il Genk ha accettato 10 milioni più 2 di bonus per il laterale danese, che domani "
        "sosterrà le visite mediche a Zingonia.\n\n"
        "4. KEVIN STROOTMAN, IL GENOA SI AFFIDA ALL'ESPERIENZA\n\n"
        "L'olandese lascia il Marsiglia in prestito secco: c'è l'accordo tra i club."
    )
    got = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert got == {("Joakim Mæhle", "Genk", "Atalanta"), ("Kevin Strootman", "Marsiglia", "Genoa")}


def test_a_role_noun_that_introduces_its_own_name_gives_the_last_man_no_role() -> None:
    """ "Dall'arrivo di Manuel Lazzari... Il direttore sportivo della Lazio, Igli Tare, ha fatto
    il punto": the role is Tare's, named a few words on, not the last sentence's first man."""
    text = (
        "Dall'arrivo ormai imminente di Manuel Lazzari al futuro della difesa. Il direttore "
        "sportivo della Lazio, Igli Tare, ha fatto il punto sul mercato."
    )
    people = {p.name: p for p in people_found(text)}
    assert people["Manuel Lazzari"].role is None
    assert people["Igli Tare"].role == "director"


def test_a_description_opening_a_paragraph_is_the_one_man_the_paragraph_before_named() -> None:
    """ "Gianluigi Donnarumma rompe il silenzio dal ritiro azzurro di Cracovia. / Il portiere classe
    1999 è al centro del caso": the paragraph before named one man in full, and he is described."""
    text = (
        "«Leggo tante cose». Gianluigi Donnarumma rompe il silenzio dal ritiro azzurro di Cracovia.\n\n"
        "Il portiere classe 1999 è al centro del caso da settimane."
    )
    people = {p.name: p.player for p in people_found(text)}
    assert people["Gianluigi Donnarumma"] is True


def test_a_woman_host_is_no_player() -> None:
    """ "CHIARA: e Lukaku?" in a podcast transcript: the men's market has no women players."""
    text = (
        "Il podcast del mercato, con Chiara Motta e Marco Rossi.\n\n"
        "CHIARA: L'Inter ha chiesto informazioni per Romelu Lukaku, 30 anni, al Chelsea."
    )
    assert {r.player for r in extract_rumours(text)} == {"Romelu Lukaku"}


def test_a_host_listed_beside_a_player_is_no_player() -> None:
    """ "Dries Mertens e Teresa Amoroso": a man listed next to a player is taken for one, but a
    woman's given name (names.toml) keeps the evening's host off the men's market."""
    text = (
        "Napoli, la festa dei tifosi.\n\n"
        "Sul palco della festa sono saliti Dries Mertens e Teresa Amoroso. Mertens, 32 anni, ha "
        "salutato i tifosi."
    )
    assert {p.name: p.player for p in people_found(text)} == {"Dries Mertens": True, "Teresa Amoroso": False}


def test_a_threads_numbered_posts_label_their_players() -> None:
    """An X thread: "3/ Eldor Shomurodov: la Roma...", "5/ Tammy Abraham? Per ora è un'idea";
    a post that opens "Trovato l'accordo" opens with a participle, not a man."""
    text = (
        "THREAD MERCATO ROMA – il punto della sera\n\n"
        "3/ Eldor Shomurodov: la Roma ha presentato al Genoa un'offerta da 17,5 milioni.\n\n"
        "5/ Tammy Abraham? Per ora è solo un'idea della Roma: il Chelsea lo valuta 40 milioni.\n\n"
        "6/ Trovato l'accordo con il Nizza per il prestito."
    )
    got = {r.player for r in extract_text_file(text)}
    assert got == {"Eldor Shomurodov", "Tammy Abraham"}


def test_from_one_name_to_another_is_no_da_particle() -> None:
    """ "Da Hakimi a Locatelli": the headline idiom, not a man called "Da Hakimi"."""
    text = (
        "LE TRATTATIVE PIÙ CALDE: Da Hakimi a Locatelli, il mercato non aspetta\n\n"
        "Achraf Hakimi lascerà l'Inter. Tra i nerazzurri e il Paris Saint-Germain c'è l'accordo "
        "sulla base di 60 milioni."
    )
    assert {r.player for r in extract_text_file(text)} == {"Achraf Hakimi"}
    article = clean_text(text).article
    assert article is not None
    names = find_names(build_document(article.text, load_lexicon(), title=article.title), load_lexicon())
    assert "Da Hakimi" not in {m.text for m in names}


def test_a_player_who_opens_to_a_move_after_a_long_aside_is_a_player() -> None:
    """ "Destro, che [...] non rientra nei piani del tecnico, avrebbe aperto al trasferimento al
    Bologna": opening to a move is what a player does."""
    text = (
        "Mattia Destro, che dopo i sei mesi al Milan non rientra nei piani del tecnico francese, "
        "avrebbe aperto al trasferimento al Bologna."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Mattia Destro", "Bologna")]


def test_the_man_a_coach_picks_is_a_player() -> None:
    """ "Garcia avrebbe indicato Kevin Danso": the coach's choice is the target."""
    text = (
        "Per sostituirlo Rudi Garcia avrebbe indicato Kevin Danso: il Lens ne chiede 30 milioni, "
        "il Napoli ha chiesto informazioni."
    )
    found = [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]
    assert found == [("Kevin Danso", "Lens", "Napoli")]


def test_opening_adverbs_and_verbs_of_we_are_not_names(lex: Lexicon) -> None:
    """A transcript's "Restiamo in casa Inter", "Definitivamente, eh": no one is called that."""
    found = people("Restiamo in casa Inter. Definitivamente, eh: Gila piace. Chiudiamo con il Milan.", lex)
    assert not {"Restiamo", "Definitivamente", "Chiudiamo"} & set(found)
    replies = people("CHIARA: Esatto. Allora, facciamo ordine. FEDERICO: Certo.", load_lexicon())
    assert not {"Esatto", "Allora", "Certo"} & set(replies)


def test_whose_player_he_is_makes_him_a_player() -> None:
    """ "Romelu Lukaku è del Chelsea": said of a man, that is a player and his club."""
    text = (
        "Facciamo ordine. Romelu Lukaku è del Chelsea, questo è il punto di partenza. "
        "La Juventus ha avviato i contatti con gli inglesi per lo scambio."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Romelu Lukaku", "Chelsea", "Juventus")}


def test_a_man_listed_with_a_player_is_a_player() -> None:
    """ "Molina e Deulofeu restano": the second name carries no signal of its own where the
    article gives it in full ("per Gerard Deulofeu, autore di..., ha bussato il Napoli")."""
    text = (
        "Udinese, il ds chiude la porta: «Molina e Deulofeu restano»\n\n"
        "Su Nahuel Molina, esterno argentino, si è mossa la Juventus; per Gerard Deulofeu, autore di "
        "una prima parte di stagione da protagonista, ha bussato il Napoli."
    )
    assert {"Nahuel Molina", "Gerard Deulofeu"} <= {r.player for r in extract_rumours(text)}


def test_the_man_who_phones_a_player_is_no_player() -> None:
    """ "Sampaoli lo ha chiamato personalmente": the caller is the coach who wants him."""
    text = (
        "Stevan Jovetić è a un passo dal Siviglia: l'intesa tra i club c'è, prestito con diritto di "
        "riscatto. Jorge Sampaoli lo ha chiamato personalmente e il montenegrino non ha avuto dubbi."
    )
    assert {r.player for r in extract_rumours(text)} == {"Stevan Jovetić"}


def test_news_about_a_man_makes_him_the_player_of_the_move() -> None:
    """ "Si muove qualcosa anche per Ranocchia", then the club that asks for him; "Hull City" is
    its own club, not Manchester City."""
    text = (
        "Si muove qualcosa anche per Andrea Ranocchia. L'ex capitano è finito in fondo alle gerarchie "
        "e l'Hull City ha chiesto all'Inter il prestito fino a giugno."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Andrea Ranocchia", "Inter", "Hull City")}


def test_a_street_word_ending_the_line_above_makes_no_place() -> None:
    """ "Demiral, visite in corso" above "Merih Demiral sta svolgendo...": "corso" ends another
    sentence, so the name after it is no street ("in corso Vittorio")."""
    text = (
        "Demiral, visite in corso\n\n"
        "Merih Demiral sta svolgendo in queste ore le visite mediche a Bergamo: il turco arriva dalla "
        "Juventus in prestito."
    )
    rumours = extract_rumours(text, title="Atalanta, visite per Demiral")
    found = {(r.player, r.from_club, r.to_club) for r in rumours}
    assert found == {("Merih Demiral", "Juventus", "Atalanta")}


def test_a_man_who_asks_to_leave_is_a_player() -> None:
    """ "Verratti ha chiesto di partire": a player's request, not a coach asking for one."""
    text = "Marco Verratti ha chiesto di partire: l'Al Hilal ha messo sul tavolo 45 milioni."
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Marco Verratti", "Al Hilal")]


def test_a_plural_apposition_describes_the_list_not_the_last_name() -> None:
    """ "Montolivo e Morfeo, talenti di un'altra epoca": no player signal for Morfeo, whose
    story the next sentence (about another man's loan) is not."""
    text = (
        "Sono cresciuti qui Gagliardini e Caldara, e prima ancora Riccardo Montolivo e Domenico "
        "Morfeo, talenti di un'altra epoca. Più di recente il vivaio ha restituito Giorgio Scalvini, "
        "mentre Marco Palestra, l'ultimo gioiello, sta facendo esperienza in prestito al Cagliari."
    )
    assert all(r.player != "Domenico Morfeo" for r in extract_rumours(text))


def test_the_man_a_club_agrees_a_renewal_with_is_a_player() -> None:
    """ "il Como ha trovato l'accordo con Kempf per il prolungamento": not "trattativa con Sartori"."""
    text = "Il Como ha trovato l'accordo con Marc-Oliver Kempf per il prolungamento fino al 2027."
    found = [(r.player, r.to_club, r.deal, r.contract_until) for r in extract_rumours(text)]
    assert found == [("Marc-Oliver Kempf", "Como", "renewal", 2027)]


def test_a_club_colour_before_a_name_is_no_coachs_team() -> None:
    """ "l'avventura blucerchiata di Emil Audero" is his time at the club ("il Porto di Farioli"
    is a coach's team); "il vice di Yann Sommer" is the man he would back up, not a mover."""
    text = (
        "Il suo arrivo chiude di fatto l'avventura blucerchiata di Emil Audero. Il portiere ha trovato "
        "l'accordo con l'Inter, dove farà il vice di Yann Sommer: prestito con diritto di riscatto."
    )
    roles = {p.name: (p.role, p.player) for p in people_found(text)}
    assert roles["Emil Audero"] == (None, True)
    assert all(r.player != "Yann Sommer" for r in extract_rumours(text))


def test_a_man_has_one_nationality() -> None:
    """After "Lukaku. Il belga..." the later "Il nigeriano" is not Lukaku (here, Osimhen,
    named only as the man Lukaku would replace)."""
    text = (
        "Più lontano, per ora, Romelu Lukaku. Il belga, rientrato al Chelsea, è il centravanti che "
        "Conte vorrebbe ritrovare.\n\n"
        "Lukaku potrebbe arrivare soltanto dopo la partenza di Victor Osimhen. Il nigeriano ha una "
        "clausola da 130 milioni, e il Paris Saint-Germain non sembra intenzionato a pagarla."
    )
    assert all(r.to_club != "PSG" for r in extract_rumours(text) if r.player == "Romelu Lukaku")


def test_a_clinic_is_no_person() -> None:
    """ "si è presentato a Villa Stuart per le visite mediche": the clinic's name is no player."""
    text = (
        "Il mercato giallorosso entra nel vivo e stamattina Renato Sanches si è presentato a Villa "
        "Stuart per le visite mediche, tra i flash dei fotografi."
    )
    found = {p.name: (p.role, p.player) for p in people_found(text)}
    assert found["Stuart"] == ("place", False)


def test_a_foreign_letter_makes_a_name_even_when_its_plain_spelling_is_a_word(lex: Lexicon) -> None:
    """ "Ünder" folds to "under" (as in "Under 21"), yet "Ü" is no Italian letter: a name."""
    found = people("In uscita c'è Cengiz Ünder. Ünder piace al Leicester. L'Under 21 gioca domani.", lex)
    assert "Cengiz Ünder" in found and "Under" not in found


def test_a_korean_given_name_keeps_its_second_syllable(lex: Lexicon) -> None:
    """ "Kim Min-jae", "Hwang Hee-chan": the lower-case half after the hyphen is his name too."""
    found = people("Kim Min-jae è a un passo dal Bayern. Piace anche Hwang Hee-chan.", lex)
    assert "Kim Min-jae" in found and "Hwang Hee-chan" in found


def test_an_airport_is_no_person() -> None:
    """ "sbarcato ieri sera a Punta Raisi": Palermo's airport, not a player called Raisi; the
    verb "punta" still takes its player ("il Milan punta Gila")."""
    text = "Joel Pohjanpalo è sbarcato ieri sera a Punta Raisi. Il Milan punta Mario Gila."
    found = {p.name: p.role for p in people_found(text)}
    assert found.get("Raisi") == "place" and found.get("Mario Gila") is None


def test_a_man_who_has_proposed_a_loan_acts_for_a_club() -> None:
    """ "Rossetti ha proposto all'Inter un prestito": an active perfect is a director's deed;
    "è stato proposto al Milan" is a player's move."""
    lex = load_lexicon()
    doc = build_document("Mario Rossetti ha proposto all'Inter un prestito con diritto di riscatto.", lex)
    [director] = find_names(doc, lex)
    read_roles(doc, [director])
    assert director.weak_role == "director" and not director.player_signal
    doc = build_document("Mario Rossetti è stato proposto al Milan in prestito.", lex)
    [player] = find_names(doc, lex)
    read_roles(doc, [player])
    assert player.player_signal and player.weak_role is None


def test_executives_abroad_and_the_man_who_represents_a_player_are_no_players() -> None:
    """Marseille's Benatia proposes, Lille's Campos asks, Vlahović is "assistito da Ristić"."""
    text = (
        "Medhi Benatia ha proposto all'Inter un prestito con diritto di riscatto per Valentín Carboni. "
        "Luís Campos ne chiede 35. Dušan Vlahović, assistito da Darko Ristić, vuole la Juventus."
    )
    players = {r.player for r in extract_rumours(text)}
    assert not {"Medhi Benatia", "Luís Campos", "Darko Ristić"} & players


def test_a_man_with_clients_is_an_agent() -> None:
    """ "Giorgio Parenti ha l'ufficio in corso Magenta [...]: tre dei suoi assistiti erano in
    campo" makes the subject an agent; "L'agente di Sandro Tonali [...] del suo assistito" does
    not make Tonali one."""
    text = (
        "Giorgio Parenti ha l'ufficio in una traversa di corso Magenta, a Milano, e sulla scrivania "
        "tiene una foto di Wembley: tre dei suoi assistiti erano in campo. Urbano Cairo ha presentato "
        "una proposta di rinnovo, racconta Parenti."
    )
    found = {p.name: p.role for p in people_found(text)}
    assert found["Giorgio Parenti"] == "agent"
    text = "L'agente di Sandro Tonali ha smentito un ritorno in Serie A del suo assistito."
    found = {p.name: p.role for p in people_found(text)}
    assert found["Sandro Tonali"] != "agent"


def test_saints_futures_and_asides_are_no_players(lex: Lexicon) -> None:
    """ "il San Paolo" (São Paulo FC or a ground), "Vedremo." and "Tradotto:" open no story."""
    real = load_lexicon()
    text = (
        "Felipe Anderson piace al Palmeiras, ma il San Paolo ha chiesto informazioni. Vedremo. "
        "Tradotto: serve una punta."
    )
    found = {p.name: p.player for p in find_people(build_document(text, real), real)}
    assert not found.get("San Paolo") and "Vedremo" not in found and "Tradotto" not in found


def test_a_press_nickname_names_the_player_it_stands_for() -> None:
    """ "La Joya" in an article about Dybala is Dybala; in one that never names him it is nobody."""
    text = (
        "Roma, il futuro di Paulo Dybala è in bilico. La Joya piace all'Al Qadsiah, che ha offerto "
        "un contratto biennale."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Paulo Dybala", "Al Qadsiah") in found and all(p != "La Joya" for p, _ in found)
    lex = load_lexicon()
    people = {p.name: p.role for p in find_people(build_document("La Joya piace all'Al Qadsiah.", lex), lex)}
    assert people.get("La Joya") is None  # no Dybala here: the nickname stays a plain name
    keeper = "Il PSG valuta Gianluigi Donnarumma 35 milioni. Gigio piace al Manchester City."
    found = {(r.player, r.to_club) for r in extract_rumours(keeper)}
    assert found == {("Gianluigi Donnarumma", "Manchester City")}


def test_a_man_who_will_leave_or_has_reached_a_deal_is_a_player(lex: Lexicon) -> None:
    """ "Albert Gudmundsson partirà?" (a verb also listed as a verb before him: "parte Gila"),
    "Lautaro Martínez ha raggiunto l'accordo con la società per il rinnovo"."""
    real = load_lexicon()
    for text in (
        "Presidente, la domanda che tutti si fanno: Albert Gudmundsson partirà?",
        "Lautaro Martínez ha raggiunto l'accordo con la società per il rinnovo.",
    ):
        doc = build_document(text, real)
        [found] = find_names(doc, real)
        read_roles(doc, [found])
        assert found.player_signal, text
    places = {p.name for p in find_people(build_document("Giroud arriva a Stamford Bridge.", real), real)}
    assert "Stamford Bridge" not in places and "Bridge" not in places


def test_what_a_sentence_is_about_and_the_clubs_plan_mark_a_player() -> None:
    """ "La più avanzata riguarda Leon Bailey", "Edin Dzeko è il piano parallelo", "Lucas
    Torreira è davvero un obiettivo?"."""
    real = load_lexicon()
    for text in (
        "La più avanzata riguarda Leon Bailey.",
        "Edin Dzeko è il piano parallelo.",
        "Lucas Torreira è davvero un obiettivo?",
    ):
        doc = build_document(text, real)
        [found] = find_names(doc, real)
        read_roles(doc, [found])
        assert found.player_signal, text


def test_a_verb_after_of_name_belongs_to_the_noun_before_it() -> None:
    """ "L'arrivo di Zalewski libera l'uscita di Buchanan": the arrival frees the exit, so
    Zalewski does not act as a director would, and stays the player he is."""
    text = (
        "Nicola Zalewski è a un passo dall'Inter: l'esterno polacco sta sostenendo le visite mediche. "
        "L'arrivo di Zalewski libera l'uscita di Tajon Buchanan, vicino al Villarreal."
    )
    players = {r.player for r in extract_rumours(text)}
    assert {"Nicola Zalewski", "Tajon Buchanan"} <= players


def test_a_name_glued_to_a_club_is_a_player_outside_headlines_too() -> None:
    """A Telegram channel's line "JUVENTUS | Khéphren Thuram-Juve, c'è l'accordo" is no heading,
    but "Name-Club" is the press's shorthand for his move there."""
    text = (
        "Mercato in diretta\n\n"
        "JUVENTUS | Khéphren Thuram-Juve, c'è l'accordo con il Nizza! 20 milioni più 5 di bonus."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Khéphren Thuram", "Nizza", "Juventus")}


def test_a_name_that_is_not_for_sale_is_a_player() -> None:
    """ "Morten Frendrup non si vende": clubs sell players, so he is one."""
    text = (
        "Genoa, il presidente: «Morten Frendrup non si vende. Lo abbiamo detto anche al Bologna, "
        "che ci ha chiesto informazioni la settimana scorsa»."
    )
    people = {p.name: p.player for p in people_found(text)}
    assert people["Morten Frendrup"] is True


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # liked by the technical staff: a player, not one of its members
        ("Max Kilman piace molto allo staff tecnico e il Napoli ha chiesto informazioni.", "Max Kilman"),
        # the lead a club followed
        ("Tramontata la pista che portava a Fikayo Tomori: il Milan non lo cede.", "Fikayo Tomori"),
        # asking to be released from a contract
        ("Capitolo uscite: Danilo ha chiesto di essere liberato e sogna il Napoli.", "Danilo"),
        # a club man on his own player or his target
        ("Il presidente è stato chiaro: «Dany Mota non si tocca».", "Dany Mota"),
        ("L'ad ha detto: «Andrea Petagna è il nostro obiettivo principale».", "Andrea Petagna"),
        ("«Matteo Pessina è nostro», ha esordito l'amministratore delegato.", "Matteo Pessina"),
        # talks with a club for a name: the name is the player talked about
        ("Sondaggio di Piero Ausilio con il Club Brugge per Tajon Buchanan.", "Tajon Buchanan"),
        # a free agent, even when a club has reopened talks "con" him (no director)
        ("I rossoneri hanno ripreso i contatti con Antonio Mirante, svincolato.", "Antonio Mirante"),
        # what he is, then who, set off by commas
        ("Il laterale cresciuto nel vivaio, Federico Dimarco, è diventato titolare.", "Federico Dimarco"),
        # a nationality the press describes players by
        ("L'iraniano del Porto, Mehdi Taremi, piace da tempo al direttore sportivo.", "Mehdi Taremi"),
        # whose contract runs out
        ("Capitolo rinnovi. Nikola Vlašić ha un contratto in scadenza nel 2026.", "Nikola Vlašić"),
        # the man a club has picked
        ("Vagnati ha individuato il profilo giusto in David Zima.", "David Zima"),
        # choosing where to play
        ("Sebastiano Esposito, invece, potrebbe scegliere l'estero.", "Sebastiano Esposito"),
    ],
)
def test_what_only_a_player_is_or_does(sentence: str, name: str) -> None:
    lex = load_lexicon()
    people = {p.name: p.player for p in find_people(build_document(sentence, lex), lex)}
    assert people.get(name) is True


def test_a_capitalised_clitic_is_no_name() -> None:
    """ "Mi piace avere la palla": a quote's first word, not a man called Mi."""
    text = "Reijnders al Milan. «Mi piace avere la palla e inserirmi», ha detto il centrocampista."
    assert "Mi" not in {p.name for p in people_found(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a word of the market opening a telegraphic sentence
        "Proposta alla Juventus per lo statunitense Weston McKennie, l'Olympique chiede la formula.",
        # a common adjective opening a sentence
        "Buona parte dei 42 milioni incassati per Mohamed Salah è ancora da reinvestire.",
        # a verb, a noun and an adjective of running prose
        "Fa piacere essere accostati alla Juventus, ha detto Blaise Matuidi.",
        "Paese che vai, mercato che trovi: il Boca Juniors vuole Daniele De Rossi.",
        "Dolorosa la cessione di Tijjani Reijnders al Manchester City.",
    ],
)
def test_a_sentence_opening_common_word_is_no_name(text: str) -> None:
    names = {p.name for p in people_found(text)}
    assert not names & {"Proposta", "Buona", "Fa", "Paese", "Dolorosa"}


def test_a_role_set_off_by_commas_before_a_name_is_his() -> None:
    """ "Il suo agente, Alessandro Moggi, ha spiegato": the agent, not a player."""
    text = "Il suo agente, Alessandro Moggi, ha spiegato che il giocatore ha scelto il Besiktas."
    roles = {p.name: p.role for p in people_found(text)}
    assert roles["Alessandro Moggi"] == "agent"


def test_a_description_in_the_next_sentence_follows_the_subject_not_the_last_name() -> None:
    """The coach Coda will join is no player: "il giocatore" after is Coda, the subject."""
    text = (
        "Restano alcuni dettagli prima che Massimo Coda possa raggiungere Alexander Blessin in "
        "ritiro. Il Lecce ha preso atto della volontà del giocatore."
    )
    people = {p.name: p.player for p in people_found(text)}
    assert people["Alexander Blessin"] is False


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the role noun after the comma belongs to the man it introduces
        (
            "Radu Drăgușin è al Tottenham. Per il sostituto di Drăgușin, l'amministratore delegato "
            "Andrés Blázquez ha dato mandato di cercare un difensore.",
            "Radu Drăgușin",
        ),
        # the new coach is another man
        ("Capitolo uscite: Lucas Beltrán non rientra nei piani del nuovo allenatore.", "Lucas Beltrán"),
        # a player tied to a story is not a club's man
        (
            "Più complicato il discorso legato a Douglas Luiz, che vuole tornare in Premier League.",
            "Douglas Luiz",
        ),
    ],
)
def test_no_role_is_read_from_another_mans_words(text: str, name: str) -> None:
    roles = {p.name: p.role for p in people_found(text)}
    assert roles[name] is None


def test_a_home_town_is_no_name() -> None:
    """ "Il talento di Carrara": Bernardeschi's town, not a man called Carrara."""
    text = "Il talento di Carrara ha chiesto di essere ceduto e la Juventus ha rotto gli indugi."
    assert "Carrara" not in {p.name for p in people_found(text)}


def test_a_first_name_in_a_presidents_quote_lends_no_role() -> None:
    """ "«Ad Andrea abbiamo fatto una proposta importante», ha detto Cairo": Andrea is Belotti,
    the player, not a club man who makes proposals."""
    text = (
        "Il presidente granata è tornato sul futuro di Andrea Belotti, in scadenza con il Torino. "
        "«Ad Andrea abbiamo fatto una proposta importante, fino al 2025», ha detto Urbano Cairo."
    )
    people = {p.name: (p.role, p.player) for p in people_found(text)}
    assert people["Andrea Belotti"] == (None, True)


def test_the_man_whose_legacy_a_signing_takes_up_is_no_target() -> None:
    """ "L'argentino raccoglie l'eredità di Felipe Anderson": the man gone, not a move."""
    text = (
        "Lazio, Correa è a un passo. Milinkovic, Lotito fissa il prezzo\n\n"
        "L'argentino raccoglie l'eredità di Felipe Anderson. Per il serbo servono almeno 120 "
        "milioni: Real Madrid e United alla finestra\n\n"
        "Joaquín Correa è a un passo dalla Lazio."
    )
    assert "Felipe Anderson" not in {r.player for r in extract_rumours(text)}


@pytest.mark.parametrize("question", ["D: E Riccardo Orsolini?", "E Lorenzo Pellegrini?"])
def test_an_interviewers_question_on_a_name_alone_asks_about_a_player(question: str) -> None:
    text = f"{question} Il suo contratto scade a giugno."
    people = {p.name: p.player for p in people_found(text)}
    assert list(people.values()) == [True]


def test_an_offer_received_marks_a_player() -> None:
    """ "D: Nicolás Domínguez ha ricevuto un'offerta dall'Inghilterra?" """
    text = "Nicolás Domínguez ha ricevuto un'offerta dall'Inghilterra? Il Nottingham Forest offre 12 milioni."
    people = {p.name: p.player for p in people_found(text)}
    assert people["Nicolás Domínguez"] is True


def test_a_transcripts_speakers_and_their_pronouns_are_no_players() -> None:
    """A radio transcript: "BONFANTI:" opens several turns, "Io il rinnovo lo chiuderei"."""
    text = (
        "Radio Calciomercato – con Elena Marchi, Luca Bonfanti e Massimo Taddei\n\n"
        "MARCHI: Partiamo da Milanello. Luca, Maignan.\n\n"
        "BONFANTI: Il Milan ha proposto a Mike Maignan il rinnovo fino al 2030.\n\n"
        "TADDEI: Io il rinnovo lo chiuderei a qualunque costo.\n\n"
        "BONFANTI: Il Napoli ha chiesto Davide Frattesi in prestito.\n\n"
        "TADDEI: Il Boca Juniors sogna Dybala."
    )
    assert {r.player for r in extract_rumours(text)} <= {"Mike Maignan", "Davide Frattesi", "Dybala"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Il grande obiettivo per la difesa è Benjamin Pavard.", "Benjamin Pavard"),
        ("Il preferito di Thiago Motta per l'esterno è Dan Ndoye.", "Dan Ndoye"),
        ("Giuntoli cerca un terzino. L'uomo giusto è Bartosz Bereszyński.", "Bartosz Bereszyński"),
        ("Dopo Pulisic, ecco il terzo rinforzo: Samuel Chukwueze sarà rossonero.", "Samuel Chukwueze"),
    ],
)
def test_the_target_named_after_the_verb_is_a_player(sentence: str, name: str) -> None:
    lex = load_lexicon()
    people = {p.name: p.player for p in find_people(build_document(sentence, lex), lex)}
    assert people[name] is True


def test_a_names_elided_initial_is_part_of_it() -> None:
    """ "la squadra di Gilardino si regala M'Bala Nzola": the full name, and a signing."""
    text = "PISA – Neopromossa e affamata, la squadra di Alberto Gilardino si regala M'Bala Nzola."
    people = {p.name: p.player for p in people_found(text)}
    assert people.get("M'Bala Nzola") is True
    assert {(r.player, r.to_club) for r in extract_rumours(text)} == {("M'Bala Nzola", "Pisa")}


def test_a_sum_between_an_offer_and_its_club() -> None:
    """ "ha respinto un'offerta da 25 milioni del Bournemouth per Jhon Lucumí": the suitor."""
    text = "BOLOGNA – Giovanni Sartori ha respinto un'offerta da 25 milioni del Bournemouth per Jhon Lucumí."
    assert {(r.player, r.to_club) for r in extract_rumours(text)} == {("Jhon Lucumí", "Bournemouth")}


def test_an_absolute_participle_opening_a_sentence_is_no_name() -> None:
    """ "Archiviata la cessione di Mateo Retegui all'Al Qadsiah, l'Atalanta ha individuato..." """
    text = (
        "Archiviata la cessione di Mateo Retegui all'Al Qadsiah, l'Atalanta ha individuato il "
        "nuovo centravanti: è Nikola Krstović."
    )
    assert "Archiviata" not in {p.name for p in people_found(text)}


def test_a_roundup_line_led_by_a_label() -> None:
    """ "ROMA – Dean Huijsen, c'è l'accordo con la Juventus" opens an entry as a headline does;
    "MONZA - Fumata bianca per..." opens with a word of the market, no name."""
    text = (
        "IN BREVE – Le notizie della sera\n\n"
        "NAPOLI – Pasquale Mazzocchi è atteso domani a Castel Volturno per le visite mediche.\n\n"
        "ROMA – Dean Huijsen, c'è l'accordo con la Juventus per il prestito secco fino a giugno.\n\n"
        "MONZA - Fumata bianca per Gaetano Oristanio: accordo con il Parma per il prestito."
    )
    people = {p.name: p.player for p in people_found(text)}
    assert people.get("Pasquale Mazzocchi") is True and people.get("Dean Huijsen") is True
    assert "Fumata" not in people


def test_bad_news_opening_a_sentence_is_no_name() -> None:
    """ "Tegola alla Continassa": a setback for the Juventus, not a man called Tegola."""
    lex = load_lexicon()
    doc = build_document("Tegola alla Continassa. Gleison Bremer si è fermato.", lex)
    assert "Tegola" not in {p.name for p in find_people(doc, lex)}


def test_a_name_whose_future_a_relative_discusses_is_a_player() -> None:
    """ "Jhon Lucumí, il cui futuro è da settimane al centro delle voci": his future in a relative
    apposition is what the market says of a player, with no other word about him."""
    text = "Resta in Emilia Jhon Lucumí, il cui futuro è da settimane al centro delle voci."
    assert {p.name: p.player for p in people_found(text)} == {"Jhon Lucumí": True}


def test_a_place_after_a_given_name_is_his_surname() -> None:
    """ "Davide Calabria", "Filippo Romagna": a region's name right after a given name is the
    man's surname, though alone it names a place and never a person."""
    text = "Davide Calabria, in scadenza a giugno e ormai ai margini, è stato proposto al Bologna."
    assert [p.name for p in people_found(text) if p.player] == ["Davide Calabria"]


def test_the_man_a_talk_is_for_is_a_player() -> None:
    """ "la trattativa più complessa è quella per Kelvin Yeboah": the talk named as "quella per"
    him is about a player, whom nothing else in the sentence describes."""
    text = "Per l'attacco, invece, la trattativa più complessa è quella per Kelvin Yeboah."
    assert {p.name: p.player for p in people_found(text)} == {"Kelvin Yeboah": True}


@pytest.mark.parametrize(
    ("text", "player", "club"),
    [
        (
            "Atalanta, il punto\n\nIn difesa, invece, è ormai fatta per Cristian Romero.",
            "Cristian Romero",
            "Atalanta",
        ),
        (
            "Sassuolo, il punto\n\nDall'Empoli potrebbe arrivare anche Hamed Junior Traoré.",
            "Hamed Junior Traoré",
            "Sassuolo",
        ),
    ],
)
def test_a_name_a_deal_is_done_for_or_who_may_arrive_is_the_story_clubs_target(
    text: str, player: str, club: str
) -> None:
    """ "è ormai fatta per X", "potrebbe arrivare anche X": the deal closed for him, or his
    coming, makes him the target of the story's club, though the article never says where he
    plays (a man merely named in a club's news is most often one of its players)."""
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [(player, club)]


def test_one_deed_of_a_director_yields_to_many_signs_of_a_player() -> None:
    """ "Thiaw aveva rifiutato il trasferimento al Como" reads like a director's refusal, but an
    article that calls him a player three times ("lascia Milanello", "il difensore tedesco", "il
    centrale") is about a player: one guessed role gives way to more than twice as many signals."""
    text = (
        "Thiaw al Newcastle, fumata bianca: al Milan 35 milioni più 5 di bonus\n\n"
        "Malick Thiaw lascia così Milanello dopo tre stagioni: il difensore tedesco è atteso domani "
        "in Inghilterra per le visite mediche.\n\nMassimiliano Allegri avrebbe voluto trattenerlo: "
        "nel precampionato Thiaw era stato tra i più brillanti e il tecnico lo considerava il "
        "centrale più affidabile. Già a luglio, del resto, Thiaw aveva rifiutato il trasferimento al Como."
    )
    assert {p.name: p.player for p in people_found(text)}["Malick Thiaw"]


@pytest.mark.parametrize(
    "text",
    [
        "Nessuna trattativa con Mattia De Sciglio: il terzino era stato accostato ai blucerchiati.",
        "La Juve ha definito l'accordo con Aaron Ramsey, in scadenza con l'Arsenal.",
        "Il ds ha avviato i contatti con Andrea Russotto, anche lui senza contratto dopo l'ultima stagione.",
    ],
)
def test_the_man_a_club_talks_with_is_a_player_when_described_as_one(text: str) -> None:
    """ "una trattativa con Sartori" guesses a director, but not when the name goes on to be
    described as a player: "con De Sciglio: il terzino", "con Ramsey, in scadenza"."""
    assert [p.role for p in people_found(text)] == [None]


def test_a_sentence_about_his_agent_gives_the_player_no_role() -> None:
    """ "L'agente del portiere ha già incontrato la dirigenza": a sentence opening on someone's
    agent is about the last man's representative, not a role of the last man."""
    text = (
        "Mattia Perin, reduce da un grave infortunio, è il simbolo del nuovo Genoa e la società gli "
        "ha proposto un prolungamento fino al 2021. L'agente del portiere ha già incontrato la "
        "dirigenza."
    )
    assert [p.role for p in people_found(text)] == [None]


def test_a_man_negotiating_with_a_club_is_no_director() -> None:
    """ "Trajkovski tratta con il Maiorca": a man in talks with a club is, as often as not, the
    player agreeing his own move; only a deed done to a club ("sonda il City") guesses a director."""
    text = "Palermo, uscite\n\nAleksandar Trajkovski tratta con il Maiorca."
    assert [p.role for p in people_found(text)] == [None]


def test_a_man_who_wants_to_stay_is_a_player() -> None:
    """ "Marko vuole restare a Napoli": wanting to stay is a player's wish for himself, not a
    coach's or director's wish for a player."""
    text = (
        "L'agente di Marko Rog: il Siviglia ha chiesto informazioni. "
        "Ma Marko vuole restare a Napoli e giocarsi le sue possibilità con il nuovo allenatore."
    )
    assert {p.name: p.role for p in people_found(text)}["Marko Rog"] is None


def test_a_role_noun_opening_a_new_clause_is_no_apposition() -> None:
    """ "sull'interesse del Galatasaray per Matteo Politano, il presidente ha risposto": the role
    noun after the comma is the subject of the next clause, not a description of Politano."""
    text = (
        "Alla domanda sull'interesse del Galatasaray per Matteo Politano, il presidente ha "
        "risposto senza giri di parole."
    )
    assert [p.role for p in people_found(text)] == [None]


def test_a_live_post_led_by_its_time_and_label_opens_on_the_player() -> None:
    """ "[17:05] MILAN | Youssouf Fofana, nuovo rilancio rossonero al Monaco": past the time stamp
    and the club's label, the name opens the entry as it would a headline."""
    text = "[17:05] MILAN | Youssouf Fofana, nuovo rilancio rossonero al Monaco: 18 milioni più 2 di bonus."
    assert [p.player for p in people_found(text) if p.name == "Youssouf Fofana"] == [True]


def test_local_area_names_are_no_players() -> None:
    """ "arriverà in Irpinia", "arriverà a Castellammare": the local press names a club's home
    by its area or town, which is never a player."""
    text = (
        "Avellino, c'è l'accordo per Pirazzoli\n\n"
        "È stato raggiunto l'accordo con il Sassuolo per Gabriele Pirazzoli, centrale classe 2003 "
        "che arriverà in Irpinia in prestito con obbligo di riscatto. Intanto la Juve Stabia chiude "
        "per Mattia Ghezzani, che arriverà a Castellammare in prestito dall'Inter."
    )
    players = {r.player for r in extract_rumours(text)}
    assert "Irpinia" not in players and "Castellammare" not in players
    assert {"Gabriele Pirazzoli", "Mattia Ghezzani"} <= players


def test_name_revealed_after_a_colon_is_the_story_player() -> None:
    """ "Secondo round: Davide Frattesi." and "un acquisto in canna: Ruben Loftus-Cheek.": the
    press reveals the man a paragraph is about after a colon."""
    text = (
        "Derby di mercato a Milano\n\n"
        "Secondo round: Davide Frattesi. L'Inter ha presentato al Sassuolo un'offerta da 25 milioni "
        "per il centrocampista.\n\n"
        "Con i soldi della cessione il Milan ha già un acquisto in canna: Ruben Loftus-Cheek. Con il "
        "Chelsea c'è l'accordo sulla base di 16 milioni."
    )
    players = {r.player for r in extract_rumours(text)}
    assert {"Davide Frattesi", "Ruben Loftus-Cheek"} <= players


def test_bidder_and_retired_star_of_the_set_are_no_players() -> None:
    """r1303: "Hasan Salihamidzic è salito a 65 milioni più 10 di bonus" is the buyer's director
    raising a bid; r1315: "Commisso convinse Franck Ribéry a scegliere la Toscana" is a move
    told in an irregular passato remoto. Neither man is a rumour's player."""
    texts = Path(__file__).parent / "fixtures" / "rumours" / "texts"
    bid = {r.player for r in extract_text_file((texts / "r1303.txt").read_text(encoding="utf-8"))}
    story = {r.player for r in extract_text_file((texts / "r1315.txt").read_text(encoding="utf-8"))}
    assert "Hasan Salihamidzic" not in bid and "Matthijs de Ligt" in bid
    assert "Franck Ribéry" not in story


def test_verb_opening_the_sentence_is_not_part_of_the_name() -> None:
    """ "Prendiamo Dušan Vlahović.": a first person plural before a name is the speaker's verb."""
    names = {p.name for p in people_found("I rimpianti diventano un bilancio. Prendiamo Dušan Vlahović.")}
    assert "Dušan Vlahović" in names and not any(n.startswith("Prendiamo") for n in names)


def test_readers_asking_in_a_mailbag_are_no_players() -> None:
    """ "Roberto Lanza: Che fine ha fatto Musah?": a full name labelling a question, turn after
    turn, is a reader of a mailbag or a live chat, never a player."""
    text = (
        "La chat con i tifosi rossoneri\n\n"
        "Fabio Righetti: Jashari arriva o no?\n"
        "Risposta: Arriva, ma serve pazienza: il Milan è pronto a salire fino a 36 milioni.\n\n"
        "Roberto Lanza: Che fine ha fatto Musah?\n"
        "Risposta: È sul mercato. Ora l'Atalanta ha chiesto informazioni: il Milan chiede 20 milioni."
    )
    players = {r.player for r in extract_rumours(text)}
    assert not players & {"Fabio Righetti", "Roberto Lanza"}


def test_player_signal_reaches_past_an_aside_and_a_buyer_second_choice() -> None:
    """ "Daniel Boloca, tra i protagonisti della cavalcata, piace molto al Sassuolo" (the verb
    past the aside), "Lorenzo Colombo, dopo settimane di trattativa, giocherà con la SPAL" and
    "il Napoli si consola con Hirving Lozano" all name a player."""
    text = (
        "Mercato, le ultime\n\n"
        "Daniel Boloca, tra i protagonisti della cavalcata in cadetteria, piace molto al Sassuolo. "
        "Lorenzo Colombo, dopo settimane di trattativa, giocherà in Serie B con la SPAL. Il Napoli "
        "si consola con Hirving Lozano: con il PSV la trattativa è avanzata."
    )
    players = {p.name for p in people_found(text) if p.player}
    assert {"Daniel Boloca", "Lorenzo Colombo", "Hirving Lozano"} <= players


def test_two_players_joined_by_a_dash_are_no_third_player() -> None:
    """ "lo scambio Ilić-Nicolussi Caviglia": two men the article names in full, one of them with a
    surname of two words, are no player of their own."""
    from mercato.rumours import extract_rumours

    text = (
        "Torino-Fiorentina, si tratta lo scambio Ilić-Nicolussi Caviglia\n\n"
        "Il Torino e la Fiorentina trattano uno scambio tra Ivan Ilić e Hans Nicolussi Caviglia: il "
        "serbo andrebbe in viola, il regista farebbe il percorso inverso."
    )
    assert "Ilić-Nicolussi Caviglia" not in {r.player for r in extract_rumours(text)}


def test_a_centravanti_in_apposition_is_one_player() -> None:
    """ "Mattia Valente, centravanti classe 2001, ha chiesto di giocare": "centravanti" ends in
    -i but is singular; it describes him, not a list his name closes."""
    text = (
        "Palermo, cambia l'attacco\n\n"
        "L'arrivo del bomber libera un posto in attacco. Mattia Valente, centravanti classe 2001 "
        "arrivato in estate dalla Feralpisalò, ha chiesto di giocare con continuità."
    )
    people = {p.name: (p.role, p.player) for p in people_found(text)}
    assert people["Mattia Valente"] == (None, True)


def test_regions_courts_and_known_club_men_are_no_players() -> None:
    """ "in Bretagna", "la Corte d'Appello": a region and a court are no one; Edy Reja, the
    coach, and Steven Zhang, the president, are never players whatever the sentence does."""
    text = (
        "Lazio e Inter, mercato in uscita\n\n"
        "Dopo la sentenza della Corte d'Appello federale il mercato si muove. Karl Johnsson, "
        "portiere del Guingamp, in Bretagna ha un contratto in scadenza e piace al Copenaghen. "
        "Edy Reja ha chiesto Valon Behrami alla Lazio, e Steven Zhang ha dato il via libera alla "
        "cessione di Radja Nainggolan al Cagliari."
    )
    people = {p.name: p for p in people_found(text)}
    assert not any(p.player for name, p in people.items() if name in {"Appello", "Bretagna"})
    assert not people["Edy Reja"].player
    assert not people["Steven Zhang"].player


def test_a_player_and_a_presidents_surname_side_by_side_are_two_men() -> None:
    """ "Per Hernanes Thohir ne offre 18": the player the article writes alone and the surname of
    the president it names in full ("Erick Thohir") are two men, not one "Hernanes Thohir"."""
    text = (
        "Inter, per Hernanes Thohir ne offre 18, Lotito ne vuole 22\n\n"
        "Erick Thohir vuole chiudere in fretta. La trattativa per Hernanes va avanti: l'Inter ha "
        "offerto alla Lazio 18 milioni più 2 di bonus."
    )
    found = {r.player for r in extract_rumours(text)}
    assert "Hernanes" in found
    assert not any("Thohir" in p for p in found)


def test_hashtags_and_handles_are_no_people() -> None:
    """ "#Witsel #DiegoCosta", "(@NicoSchira)": a thread's tags and a journalist's handle are
    no mentions of anyone."""
    text = (
        "Il mercato cinese\n\n"
        "Il Tianjin ha offerto 80 milioni per Diego Costa. Lo riferisce Nicolò Schira (@NicoSchira).\n\n"
        "#calciomercato #Witsel #DiegoCosta"
    )
    names = {p.name for p in people_found(text)}
    assert not {"NicoSchira", "DiegoCosta", "Witsel"} & names


def test_a_man_who_has_hung_up_his_boots_is_retired() -> None:
    """ "l'ex capitano Fabio Quagliarella, che a giugno ha appeso gli scarpini al chiodo": the
    retirement told of him outweighs the "capitano" before his name; he is on no market."""
    text = (
        "Sampdoria, il raduno\n\n"
        "Al raduno si è visto anche l'ex capitano Fabio Quagliarella, che a giugno ha appeso gli "
        "scarpini al chiodo: un saluto ai vecchi compagni. Il club intanto tratta Manuel De Luca "
        "con il Perugia."
    )
    people = {p.name: p for p in people_found(text)}
    assert people["Fabio Quagliarella"].role == "retired"
    assert not people["Fabio Quagliarella"].player


def test_a_past_told_in_passing_between_commas_does_not_hide_his_verb() -> None:
    """ "Riccardo Saponara, rientrato alla Fiorentina dopo il prestito al Lecce, è il sogno per la
    trequarti": past the aside on his past, the verb is his and makes him a player."""
    text = (
        "Spezia, idee per la trequarti\n\n"
        "🎩 Riccardo Saponara, rientrato alla Fiorentina dopo il prestito al Lecce, è il sogno per "
        "la trequarti: per ora solo un sondaggio."
    )
    people = {p.name: p for p in people_found(text)}
    assert people["Riccardo Saponara"].player


def test_a_role_noun_opening_the_next_clause_is_not_his() -> None:
    """ "Sul futuro di Samuele Ricci, il tecnico granata non ha dubbi": the coach is the
    subject of a new clause, not an apposition that makes Ricci a coach."""
    text = (
        "Torino, Ricci non si muove\n\n"
        "Sul futuro di Samuele Ricci, il tecnico granata non ha dubbi: il Milan ha chiesto "
        "informazioni, ma il centrocampista resta al Torino."
    )
    ricci = next(p for p in people_found(text) if p.name == "Samuele Ricci")
    assert ricci.role is None and ricci.player


def test_a_verb_of_the_first_person_opening_a_quote_is_no_name() -> None:
    """ «Ho detto no al Chelsea»: "Ho" opens the player's own sentence; it is no man."""
    text = (
        "Roma, Nainggolan resta\n\n"
        "Radja Nainggolan ha chiuso la porta: «Ho detto no al Chelsea, resto alla Roma»."
    )
    assert "Ho" not in {p.name for p in people_found(text)}


def test_a_name_revealed_after_a_colon_closes_a_long_lead() -> None:
    """ "aveva annunciato il rinforzo che Fonseca chiede da settimane in mezzo al campo:
    Youssouf Fofana.": the noun that announces the man may stand far from the colon."""
    text = (
        "Milan, ci siamo\n\n"
        "Prima della partita il dirigente aveva annunciato il rinforzo che Fonseca chiede da "
        "settimane in mezzo al campo: Youssouf Fofana. Con il Monaco c'è l'accordo."
    )
    fofana = next(p for p in people_found(text) if p.name == "Youssouf Fofana")
    assert fofana.player


def test_a_verb_between_a_role_noun_and_a_name_makes_no_apposition() -> None:
    """ "Il tecnico chiede Palacio": the coach is the subject and Palacio what he asks for,
    not "il tecnico Palacio"."""
    text = (
        "Inter, il tecnico chiede Palacio\n\n"
        "Gasperini ha consegnato la sua lista: in cima c'è l'attaccante del Genoa Rodrigo Palacio."
    )
    palacio = next(p for p in people_found(text) if p.name == "Rodrigo Palacio")
    assert palacio.role is None and palacio.player


def test_a_kind_of_player_before_the_colon_reveals_one() -> None:
    """ "il Napoli ha già trovato il suo nuovo centravanti: Arkadiusz Milik.": the role noun of
    the lead announces the man after the colon."""
    text = (
        "Napoli, ecco il dopo-Higuaín\n\n"
        "Il Napoli ha già trovato il suo nuovo centravanti: Arkadiusz Milik. L'accordo con l'Ajax "
        "è vicino."
    )
    milik = next(p for p in people_found(text) if p.name == "Arkadiusz Milik")
    assert milik.player


def test_a_word_between_the_subject_and_his_move_still_makes_him_the_player() -> None:
    """ "Alan Empereur potrebbe invece partire in prestito": "invece" between the name and
    the verb of his move."""
    text = (
        "Verona, il punto sul mercato\n\n"
        "Il Verona ha chiuso per Tomas Suslov. Alan Empereur potrebbe invece partire in prestito "
        "per trovare spazio."
    )
    empereur = next(p for p in people_found(text) if p.name == "Alan Empereur")
    assert empereur.player


def test_the_man_a_cleft_on_chi_names_is_the_player() -> None:
    """ "Chi invece fa le valigie è Valentín Carboni": the sentence opens on "chi" and a move,
    and names the man it is about after "è"."""
    text = (
        "Inter, il punto sulle uscite\n\n"
        "Lautaro Martínez resta il punto fermo dell'attacco. Chi invece ha già fatto le valigie "
        "da qualche giorno è Valentín Carboni: il Marsiglia ha chiesto informazioni."
    )
    carboni = next(p for p in people_found(text) if p.name == "Valentín Carboni")
    assert carboni.player


def test_a_nickname_does_not_make_the_named_man_an_alias() -> None:
    """ "Il Diavolo si prende Super Mario" over "il Milan ha chiuso per Mario Balotelli": the
    nickname is his, and he stays a player."""
    text = (
        "Il Diavolo si prende Super Mario: domani le visite\n\n"
        "Il Milan ha chiuso per Mario Balotelli: al Manchester City andranno 20 milioni più bonus."
    )
    balotelli = next(p for p in people_found(text) if p.name == "Mario Balotelli")
    assert balotelli.role is None and balotelli.player


def test_the_town_after_a_coach_is_no_player() -> None:
    """ "il vero obiettivo del tecnico di Certaldo resta Giacomo Raspadori": Certaldo is where
    the coach comes from, not a man the Napoli wants."""
    text = (
        "Napoli, il punto sull'attacco\n\n"
        "Luciano Spalletti lo ha voluto come alternativa, ma il vero obiettivo del tecnico di "
        "Certaldo resta Giacomo Raspadori, attaccante classe 2000 del Sassuolo."
    )
    assert not any(p.name == "Certaldo" and p.player for p in people_found(text))


def test_the_other_half_of_a_swap_and_the_next_piece_are_players() -> None:
    """ "Henrikh Mkhitaryan fa il percorso inverso", "Il secondo tassello è Josh Doig": the man
    who goes the other way in a swap, and the next piece of a club's market."""
    swap = (
        "Ci siamo, manca solo l'annuncio\n\n"
        "Alexis Sanchez va al Manchester United e Henrikh Mkhitaryan fa il percorso inverso, "
        "destinazione Arsenal."
    )
    piece = (
        "Sassuolo, il mercato in due mosse\n\n"
        "Il primo colpo è fatto. Il secondo tassello è Josh Doig: i contatti con il Verona sono avviati."
    )
    assert any(p.name == "Henrikh Mkhitaryan" and p.player for p in people_found(swap))
    assert any(p.name == "Josh Doig" and p.player for p in people_found(piece))


def test_the_man_a_medical_is_for_is_a_player() -> None:
    """ "Visite superate per Lucas Gourna-Douath": only a player signing for a club has a medical,
    so the name after "visite (mediche) per" is one."""
    text = "Roma, il punto.\n\nVisite superate per Lucas Gourna-Douath: dal Salisburgo per 10 milioni."
    assert {p.name: p.player for p in people_found(text)}["Lucas Gourna-Douath"]


def test_the_man_who_has_done_his_medical_is_a_player() -> None:
    """ "Matteo Politano aveva completato i test a Villa Stuart": the medical done names the man
    who signs, whatever club the sentence leaves out."""
    text = "Roma, il punto.\n\nMatteo Politano aveva completato i test a Villa Stuart."
    assert {p.name: p.player for p in people_found(text)}["Matteo Politano"]


def test_a_coach_story_word_describes_the_man_named_next_to_it() -> None:
    """ "il nuovo allenatore Antonio Conte ha chiesto Romelu Lukaku": "nuovo allenatore" makes
    Conte the coach; the man he asks for, named further on, is a player."""
    text = (
        "Napoli, nuovo centro sportivo e mercato\n\n"
        "Sul mercato, il nuovo allenatore Antonio Conte ha chiesto Romelu Lukaku, con cui ha vinto "
        "lo scudetto all'Inter. Il belga è in uscita dal Chelsea, che chiede 40 milioni."
    )
    assert "Romelu Lukaku" in players_found(text)


def test_the_man_offered_a_renewal_is_the_clubs_player() -> None:
    """ "Il Milan ha presentato a Mike Maignan una proposta di rinnovo": a proposal made "a"
    someone is a director's business, unless it is a renewal, which only a player signs."""
    text = (
        "Milan, il punto\n\nIl Milan ha presentato a Christian Pulisic una proposta di rinnovo "
        "fino al 2029."
    )
    assert "Christian Pulisic" in players_found(text)


def test_the_man_a_club_agrees_with_before_talking_to_his_club_is_a_player() -> None:
    """ "la Roma ha l'intesa con Edin Džeko e tratta con il Manchester City": the agreement is
    with the player, the talks with his club."""
    text = (
        "Roma, le ultime\n\nDa tenere d'occhio: la Roma ha l'intesa con Artem Dovbyk e tratta con "
        "il Girona sulla formula."
    )
    assert "Artem Dovbyk" in players_found(text)


def test_a_year_of_birth_between_position_and_name_keeps_him_a_player() -> None:
    """ "il centrocampista classe 2005 Kevin Zeroli": "classe 2005" sits between the position
    noun and the name without breaking the apposition."""
    text = (
        "Spezia, no del Milan\n\nLo Spezia ha chiesto al Milan il prestito del centrocampista classe "
        "2005 Kevin Zeroli: i rossoneri hanno detto no."
    )
    assert "Kevin Zeroli" in players_found(text)


def test_club_men_of_the_2010s_the_press_takes_for_granted_are_no_players() -> None:
    """Recaps and anniversaries name the coaches, directors and owners of the 2010s without their
    job ("con l'arrivo di Quique Setién", "Andrea Della Valle vuole chiudere"): the lexicon knows
    them, so none becomes a rumour's player."""
    text = (
        "La Roma ha chiuso per Carles Pérez: con l'arrivo di Quique Setién lo spazio per il ragazzo si "
        "era ridotto. Andrea Della Valle vuole chiudere la questione di Ljajić prima dell'estate, e "
        "Franco Baldini ha sentito Davide Ballardini, mentre al Monaco Leonardo Jardim resta al suo posto.\n"
    )
    found = players_found(text) | players_found(
        "La prima vittima del blocco è Grégoire Defrel. Pietro Leonardi aveva trovato l'intesa con il "
        "Cesena per il prestito con diritto di riscatto dell'attaccante francese, e Roberto Donadoni "
        "contava di averlo a disposizione già per la trasferta di domenica."
    )
    men = {"Quique Setién", "Andrea Della Valle", "Franco Baldini", "Davide Ballardini", "Pietro Leonardi"}
    assert not found & men
    assert "Leonardo Jardim" not in found


def test_a_man_free_after_his_contract_is_a_player() -> None:
    """ "Sergi Roberto, libero dopo la fine del contratto con il Barcellona": free of a club, a
    free agent; "libero di scegliere" says nothing of the kind, nor does a coach "libero dopo
    l'esperienza sulla panchina della Roma" (test_rumours_discourse)."""
    text = (
        "Como, non solo Varane\n\nIl club lariano ha offerto un biennale anche a Sergi Roberto, libero "
        "dopo la fine del contratto con il Barcellona.\n"
    )
    assert ("Sergi Roberto", "Como") in {(r.player, r.to_club) for r in extract_text_file(text)}
    assert "Marco Rossi" not in players_found("Marco Rossi, libero di scegliere, parla con la Juventus.")


@pytest.mark.parametrize(
    ("text", "player"),
    [
        ("Oppure Giorgio Scalvini, che l'Inter segue da tempo.", "Giorgio Scalvini"),
        ("Arrivarono Arkadiusz Milik e Piotr Zieliński, e il Napoli cambiò volto.", "Arkadiusz Milik"),
        ("Riportate Kakà e Shevchenko a Milano: il Milan ci prova davvero.", "Kakà"),
    ],
)
def test_a_word_opening_the_sentence_is_no_part_of_the_name_after_it(text: str, player: str) -> None:
    """ "Oppure Giorgio Scalvini", "Arrivarono Arkadiusz Milik", "Riportate Kakà": a conjunction,
    a past "they" or a plural participle put first is prose, and the name starts after it."""
    assert player in {p.name for p in people_found(text)}


def test_the_man_a_problem_is_named_after_is_a_player() -> None:
    """ "L'arrivo di Di Gregorio apre il problema Wojciech Szczęsny": the man the club must sort
    out is a player on the market, as in "il caso", "la questione", "il rebus"."""
    text = (
        "Juventus, fatta per Michele Di Gregorio: prestito con obbligo dal Monza. L'arrivo di Di "
        "Gregorio apre il problema Wojciech Szczęsny. L'Al Nassr ha presentato un'offerta."
    )
    assert "Wojciech Szczęsny" in players_found(text)


def test_a_columnists_picks_and_a_player_with_his_head_elsewhere_are_players() -> None:
    """ "è già con la testa in Arabia", "io avrei preso Davide Frattesi", "Mi piacerebbe vedere
    in nerazzurro anche Gianluca Scamacca": the column's own wishes still name players."""
    text = (
        "Marcelo Brozović, invece, è già con la testa in Arabia: ha svolto ieri le visite mediche "
        "per l'Al Nassr. Per rimpiazzarlo, io avrei preso Davide Frattesi a occhi chiusi. Mi "
        "piacerebbe vedere in nerazzurro anche Gianluca Scamacca, che al West Ham ha vissuto una "
        "stagione difficile. Io porterei a Trigoria Evan Ferguson, e lo dico da mesi. Qui mi "
        "permetto un consiglio: riprenderei Leonardo Bonucci."
    )
    picks = {"Marcelo Brozović", "Davide Frattesi", "Gianluca Scamacca", "Evan Ferguson", "Leonardo Bonucci"}
    assert picks <= players_found(text)


def test_a_columns_turn_to_its_next_case_names_a_player_in_full() -> None:
    """ "Poi c'è Ademola Lookman, l'eroe della finale": the next case of the column is a player;
    a first name alone ("Poi c'è Thierry, che per noi francesi è una leggenda") is someone quoted."""
    text = (
        "Poi c'è Ademola Lookman, l'eroe della finale. Secondo L'Équipe il Paris Saint-Germain ha "
        "chiesto informazioni, e a Zingonia lo valutano non meno di 50 milioni."
    )
    assert "Ademola Lookman" in players_found(text)
    quoted = "«Cesc mi ha chiamato. Poi c'è Thierry, che per noi francesi è una leggenda», ha detto."
    assert "Thierry" not in players_found(quoted)


def test_youth_sides_and_grounds_are_no_players() -> None:
    """ "scambio tra Primavere", "riportarlo al Da Luz": the youth sides in the plural and the
    Benfica's ground are capitalised words of football, never a man on the market."""
    found = players_found(
        "Inter e Genoa, scambio tra Primavere: accordo trovato. Il Benfica vuole riportarlo al Da "
        "Luz a parametro zero."
    )
    assert not {"Primavere", "Luz", "Da Luz"} & found
