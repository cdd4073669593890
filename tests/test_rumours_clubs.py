"""Club mentions: proper names, nicknames, and shared nicknames resolved from the article."""

from __future__ import annotations

import pytest
from rumours_people_found import people_found
from rumours_text_file import extract_text_file
from rumours_tiny_lexicon import tiny_lexicon

from mercato.rumours import extract_rumours
from mercato.rumours.clauses import clause_ids
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import Lexicon, load_lexicon
from mercato.rumours.people import find_people
from mercato.rumours.relations import club_refs


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    return tiny_lexicon(tmp_path_factory.mktemp("lexicon"))


def clubs(text: str, lex: Lexicon, title: str | None = None) -> list[tuple[str, str]]:
    doc = build_document(text, lex, title=title)
    return [(t.text, t.ref.name) for t in doc.tokens if t.kind == "club"]


def test_proper_names_and_nicknames(lex: Lexicon) -> None:
    found = clubs("Il Diavolo pensa a Gila. I rossoneri trattano con la Juve, il Bayern Monaco osserva.", lex)
    assert found == [
        ("Diavolo", "Milan"),
        ("rossoneri", "Milan"),
        ("Juve", "Juventus"),
        ("Bayern Monaco", "Bayern Monaco"),
    ]


def test_aliases_are_case_sensitive_nicknames_are_not(lex: Lexicon) -> None:
    assert clubs("la juve e i ROSSONERI", lex) == [("ROSSONERI", "Milan")]


def test_elided_articles_do_not_hide_clubs(lex: Lexicon) -> None:
    assert clubs("Piace all'Inter e dell'Udinese si parla", lex) == [
        ("Inter", "Inter"),
        ("Udinese", "Udinese"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Udinese ha un difensore. I bianconeri chiedono 20 milioni.", "Udinese"),
        ("La Juventus cerca un difensore. I bianconeri ci pensano.", "Juventus"),
        ("L'Atalanta vende. I nerazzurri incassano.", "Atalanta"),
        ("Il Lecce saluta Rossi. I giallorossi incassano.", "Lecce"),
    ],
)
def test_shared_nickname_follows_the_club_named_nearby(lex: Lexicon, text: str, expected: str) -> None:
    assert clubs(text, lex)[-1] == (text.split(". I ")[1].split()[0], expected)


def test_shared_nickname_uses_the_title_when_the_paragraph_is_silent(lex: Lexicon) -> None:
    found = clubs(
        "Il club lavora in silenzio.\n\nI nerazzurri preparano l'offerta.", lex, title="Atalanta, idea Rossi"
    )
    assert found[-1] == ("nerazzurri", "Atalanta")


def test_shared_nickname_prefers_the_title_club_to_a_contrast_named_after_it(lex: Lexicon) -> None:
    """ "I nerazzurri hanno proposto... Ne ha approfittato l'Atalanta": the Atalanta is the
    rival the paragraph turns to; the title opens with the Inter, whose story it is."""
    found = clubs(
        "I nerazzurri hanno proposto un prestito. Ne ha approfittato l'Atalanta.",
        lex,
        title="Inter, Sommer ha detto sì. Scamacca, l'Atalanta prova il sorpasso",
    )
    assert ("nerazzurri", "Inter") in found


def test_shared_nickname_without_context_falls_back_to_prominence(lex: Lexicon) -> None:
    assert clubs("I nerazzurri preparano l'offerta.", lex) == [("nerazzurri", "Inter")]
    assert clubs("I rossoblù preparano l'offerta.", lex) == [("rossoblù", "Bologna")]


def test_nickname_resolution_reaches_the_rumour(lex: Lexicon) -> None:
    text = (
        "Udinese, Rossi verso l'addio.\n\nMario Rossi, difensore dell'Udinese, piace al Milan. "
        "I bianconeri chiedono 20 milioni."
    )
    [rumour] = extract_rumours(text, lexicon=lex)
    assert (rumour.player, rumour.from_club, rumour.to_club) == ("Mario Rossi", "Udinese", "Milan")


def test_singular_nicknames_name_their_club() -> None:
    """ "il club lagunare", "il tecnico genoano": the singular of "lagunari", "genoani" is the club
    too; "il quotidiano parigino" (L'Équipe) is no PSG."""
    from mercato.rumours.lexicon import load_lexicon

    real = load_lexicon()
    text = "Il club lagunare e il Milan hanno raggiunto l'accordo. Il quotidiano parigino conferma."
    assert clubs(text, real) == [("lagunare", "Venezia"), ("Milan", "Milan")]


def test_a_surname_is_no_club_nickname() -> None:
    """ "Leoni, l'offerta alla Samp": Giovanni Leoni, not Sporting's lions (written "Leões")."""
    from mercato.rumours.lexicon import load_lexicon

    assert clubs("Leoni, l'offerta alla Samp. Lo Sporting e i Leões.", load_lexicon()) == [
        ("Samp", "Sampdoria"),
        ("Sporting", "Sporting Lisbona"),
        ("Leões", "Sporting Lisbona"),
    ]


def test_the_medical_in_a_clubs_town_is_at_the_buyer() -> None:
    """ "André Silva, domani le visite a Siviglia": Sevilla buys; the story's Milan sells."""
    text = (
        "Milan, André Silva, domani le visite a Siviglia\n\n"
        "L'attaccante portoghese del Milan sosterrà le visite mediche: prestito con diritto di riscatto."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert found == {("André Silva", "Siviglia")}


def test_a_standfirst_that_opens_with_a_club_labels_no_section() -> None:
    """ "I Red Devils offrono 55 milioni, la Dea fa muro. Il Psg chiede informazioni." under the
    title sums the article up: the Atalanta's own hunt further down is not the United's."""
    text = (
        "Atalanta, no allo United per Højlund\n\n"
        "I Red Devils offrono 55 milioni, la Dea fa muro. Il Psg chiede informazioni. "
        "D'Amico lavora al sostituto\n\n"
        "Il Manchester United ha presentato all'Atalanta un'offerta per Rasmus Højlund.\n\n"
        "Nel frattempo si lavora al sostituto. Il nome per l'attacco è quello di Gianluca Scamacca, "
        "24 anni, che al West Ham ha vissuto una stagione complicata."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Gianluca Scamacca", "Manchester United") not in found


@pytest.mark.parametrize(
    ("sentence", "club", "relation"),
    [
        ("Il presidente ha respinto il tentativo della Juventus per il regista.", "Juventus", "to"),
        ("Vorrebbero acquistarlo subito lasciandolo in prestito al Brescia.", "Brescia", "from"),
        ("Il Chelsea ha mandato i suoi osservatori al Rigamonti.", "Chelsea", "to"),
    ],
)
def test_who_tries_who_lends_back_who_scouts(sentence: str, club: str, relation: str) -> None:
    lex = load_lexicon()
    doc = build_document(sentence, lex)
    assert (club, relation) in [(r.name, r.relation) for r in club_refs(doc, 0)]


def test_the_club_the_ball_passes_to_holds_the_player() -> None:
    """ "Füllkrug ha detto sì, ora la palla passa al West Ham": the Hammers must now let him go."""
    text = (
        "Calciomercato Milan: Füllkrug ha detto sì, ora la palla passa al West Ham\n\n"
        "Il Milan accelera per Niclas Füllkrug. Il tedesco, 32 anni, a Londra ha trovato poco "
        "spazio e vede nel Diavolo l'ultima grande occasione della carriera."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Niclas Füllkrug", "West Ham", "Milan")}


def test_an_offer_ending_the_sentence_before_says_nothing_of_the_next_club() -> None:
    """ "...senza presentare un'offerta. Ai Blues piace anche Rugani": the Chelsea wants him."""
    lex = load_lexicon()
    doc = build_document(
        "I londinesi hanno chiesto informazioni, senza però presentare un'offerta. "
        "Ai Blues piace anche Daniele Rugani.",
        lex,
    )
    assert [(r.name, r.relation) for r in club_refs(doc, 1)] == [("Chelsea", "to")]


@pytest.mark.parametrize(
    ("sentence", "club", "relation"),
    [
        ("All'Inter sarebbe stata presentata un'offerta da 11 milioni per Hernanes.", "Inter", "counterpart"),
        ("I nerazzurri prendono tempo, ma le parti contano di chiudere entro sera.", "Inter", "from"),
    ],
)
def test_the_club_offered_money_or_taking_time_holds_the_player(
    sentence: str, club: str, relation: str
) -> None:
    lex = load_lexicon()
    doc = build_document(sentence, lex)
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [(club, relation)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tra Juventus e Roma i contatti per il bosniaco sono andati avanti a lungo.",
            [("Juventus", "counterpart"), ("Roma", "counterpart")],
        ),
        ("Ora i giallorossi lo lasceranno partire soltanto dopo il sostituto.", [("Roma", "from")]),
    ],
)
def test_the_two_sides_of_a_talk_and_a_club_letting_go(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    lex = load_lexicon()
    doc = build_document(sentence, lex)
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == expected


def test_a_headline_name_then_the_club_at_work_on_him_is_one_clause() -> None:
    """ "Cambiaso, la Juve rilancia" wants him at the Juventus; but in "Berardi rinnova, il
    Verona dice no al West Ham" the club after the comma starts another story."""
    lex = load_lexicon()
    doc = build_document("Cambiaso, la Juve rilancia\n\nLa trattativa prosegue.", lex)
    assert len(set(clause_ids(doc, 0))) == 1
    doc = build_document("Berardi rinnova, il Verona dice no al West Ham per Giovane\n\nAltro.", lex)
    assert len(set(clause_ids(doc, 0))) == 2


@pytest.mark.parametrize(
    "sentence",
    ["Mario Mandzukic è pronto a tornare in Serie A, stavolta in rossonero.", "Giocherà in rossonero."],
)
def test_a_shirt_he_is_to_wear_is_his_destination(sentence: str) -> None:
    lex = load_lexicon()
    doc = build_document(sentence, lex)
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Milan", "to")]


@pytest.mark.parametrize(
    ("sentence", "club", "relation"),
    [
        ("Lo spagnolo si lega agli azzurri fino al 30 giugno 2021.", "Napoli", "to"),
        ("Fernando Llorente ha firmato con il Napoli.", "Napoli", "to"),
        ("Al Lecce 25 milioni per il centravanti.", "Lecce", "from"),
    ],
)
def test_a_day_is_no_sum_and_signing_with_a_club_joins_it(sentence: str, club: str, relation: str) -> None:
    doc = build_document(sentence, load_lexicon())
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [(club, relation)]


def test_a_clubs_headquarters_is_no_man() -> None:
    """ "secondo quanto filtra da Corte Lambruschini": the Sampdoria's offices."""
    lex = load_lexicon()
    doc = build_document("Secondo quanto filtra da Corte Lambruschini, il prestito è fatto.", lex)
    assert not any(p.player for p in find_people(doc, lex))


def test_a_player_back_at_a_club_officially_joins_it() -> None:
    """ "È ufficiale: Federico Chiesa è di nuovo un giocatore della Juventus": his new club."""
    text = "È ufficiale: Federico Chiesa è di nuovo un giocatore della Juventus."
    doc = build_document(text, load_lexicon())
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Juventus", "to")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cancellieri non rientra nei piani della Lazio e il Parma ha proposto un prestito.",
            [("Lazio", "from"), ("Parma", "to")],
        ),
        (
            "Diego Llorente è ufficialmente un giocatore giallorosso da ieri sera.",
            [("Roma", "to")],
        ),
        ("Il Nizza ha proposto un prestito con obbligo di riscatto a 10 milioni.", [("Nizza", "to")]),
    ],
)
def test_one_subject_after_two_clubs_and_a_shirt_just_put_on(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    doc = build_document(sentence, load_lexicon())
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == expected


def test_a_player_already_agreed_with_his_new_club() -> None:
    """ "il croato è ormai dell'Al Nassr, che ha chiuso con l'Inter": the Saudis buy;
    "Onana ha già trovato l'intesa con lo United" is the player's yes, not a director's deal."""
    doc = build_document("Il croato è ormai dell'Al Nassr.", load_lexicon())
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Al Nassr", "to")]
    text = "André Onana ha già trovato l'intesa con lo United su un contratto fino al 2028."
    people = {p.name: (p.role, p.player) for p in people_found(text)}
    assert people["André Onana"] == (None, True)


def test_a_club_name_after_a_given_name_is_a_surname() -> None:
    """ "assistito da João Santos": the agent's surname, not the Brazilian club as a destination."""
    text = (
        "Il Napoli ha chiesto Jorginho al Chelsea. Con il giocatore, assistito da João Santos, "
        "l'intesa su un contratto di cinque anni è stata trovata."
    )
    assert {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)} == {
        ("Jorginho", "Chelsea", "Napoli")
    }


def test_a_club_name_after_a_given_name_that_opens_the_sentence_is_a_surname() -> None:
    """ "Facundo Torres? Col Torino solo sondaggi": the given name opens the sentence, so the
    Sardinian club's name after it is still his surname; "La Torres" stays the club."""
    text = (
        "Parla l'agente. Facundo Torres? Il Torino ha chiesto informazioni al Peñarol.\n\n"
        "La Torres ha chiesto informazioni al Cagliari per Luca Bianchi."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Facundo Torres", "Torino") in found
    assert ("Luca Bianchi", "Torres") in found
    assert all(to != "Torres" for p, to in found if p == "Facundo Torres")


def test_singular_nicknames_of_serie_c_clubs() -> None:
    """ "l'etneo", "i gardesani": a nickname in the singular or of a smaller club names it."""
    lex = load_lexicon()
    text = "Il centrocampista etneo piace ai gardesani."
    doc = build_document(text, lex)
    assert {t.ref.name for t in doc.tokens if t.kind == "club"} == {"Catania", "Feralpisalò"}


def test_a_nickname_after_a_given_name_that_opens_the_sentence_is_a_surname() -> None:
    """ "Cristian Pontini, attaccante della Primavera", "Giovanni Delfino ha firmato": after a given
    name, even one opening the sentence, a word that is also a nickname ("il Delfino") is his
    surname; "pontini" is no nickname of the Latina, whose fans are "i nerazzurri pontini"."""
    lex = load_lexicon()
    text = "Buone notizie dal vivaio. Giovanni Delfino ha firmato. Cristian Pontini resta al Pescara."
    doc = build_document(text, lex)
    assert [t.ref.name for t in doc.tokens if t.kind == "club"] == ["Pescara"]
    assert {p.name for p in people_found(text)} >= {"Giovanni Delfino", "Cristian Pontini"}


def test_nicknames_and_clubs_of_the_lower_leagues() -> None:
    """ "il Delfino" is the Pescara, "gli amaranto" of Reggio the Reggina, "i bretoni" of Ligue 1
    may be the Brest: the local press names them so."""
    lex = load_lexicon()
    doc = build_document("Il Delfino ha chiesto informazioni alla Reggina, poi ai bretoni.", lex)
    found = [t.ref for t in doc.tokens if t.kind == "club"]
    assert found[0].name == "Pescara"
    assert found[1].name == "Reggina"
    assert "Brest" in {*found[2].candidates} | {found[2].name}
    doc = build_document("Il Dalian offre 20 milioni, i Saints e il Colon ci pensano.", lex)
    assert [t.ref.name for t in doc.tokens if t.kind == "club"] == ["Dalian Yifang", "Southampton", "Colón"]


def test_shared_nickname_in_a_later_sentence_is_the_title_clubs(lex: Lexicon) -> None:
    """Under "Atalanta, ...", a Inter told in passing one sentence earlier ("rientrato all'Inter")
    does not make the next sentence's "il club nerazzurro" the Inter: the story's club acts."""
    found = clubs(
        "Il portiere raccoglie l'eredità di Carnesecchi, rientrato all'Inter. Il club nerazzurro "
        "ha proposto un prestito.",
        lex,
        title="Atalanta, si tratta per il portiere",
    )
    assert found[-1] == ("nerazzurro", "Atalanta")


def test_a_players_nickname_that_names_a_club_is_the_player_when_the_club_is_absent() -> None:
    """ "il Toro prolungherà fino al 2029" in a piece on Lautaro that never names the Torino is
    the striker; where the Torino is named, "il Toro" stays the club."""
    lautaro = (
        "Inter, Lautaro-rinnovo: c'è l'accordo fino al 2029\n\n"
        "L'Inter e Lautaro Martínez hanno definito i dettagli del nuovo contratto: il Toro "
        "prolungherà fino al 30 giugno 2029."
    )
    assert {(r.player, r.to_club) for r in extract_rumours(lautaro)} == {("Lautaro Martínez", "Inter")}
    torino = "Il Torino ha chiesto Lautaro Martínez all'Inter. Il Toro prepara un'offerta."
    doc = build_document(torino, load_lexicon())
    assert [t.ref.name for t in doc.tokens if t.kind == "club"] == ["Torino", "Inter", "Torino"]


def test_a_club_name_that_is_a_brazilian_first_name_opens_a_mans_name() -> None:
    """ "un'offerta da 13,5 milioni per Everton Cebolinha": the first name of a man, not the
    English club; "l'Everton insiste per Kean" stays the club."""
    found = {
        (r.player, r.to_club)
        for r in extract_rumours(
            "Il Flamengo ha presentato al Benfica un'offerta da 13,5 milioni per Everton Cebolinha."
        )
    }
    assert found == {("Everton Cebolinha", "Flamengo")}
    doc = build_document("L'Everton insiste per Kean.", load_lexicon())
    assert [t.ref.name for t in doc.tokens if t.kind == "club"] == ["Everton"]


def test_the_national_colours_are_no_club_when_no_club_wearing_them_is_named() -> None:
    """ "il trasferimento del centrocampista azzurro" in a Milan-Newcastle story is an Italy
    international, not a Napoli player; where the Napoli is named, "gli azzurri" stay the club."""
    lex = load_lexicon()
    italy = build_document(
        "Il Milan e il Newcastle hanno trovato l'intesa per il trasferimento del centrocampista azzurro.", lex
    )
    assert [t.ref.name for t in italy.tokens if t.kind == "club"] == ["Milan", "Newcastle"]
    napoli = build_document("Il Napoli vuole Gila. L'azzurro Politano resta.", lex)
    assert [t.ref.name for t in napoli.tokens if t.kind == "club"] == ["Napoli", "Napoli"]


def test_an_acronym_keeps_its_capitals() -> None:
    """ "il CSKA", "secondo ESPN": an acronym is a name as written, not a shouted word to be
    title-cased ("Cska" names nothing); "CORRIERE DELLO SPORT" is still the Roman daily."""
    text = (
        "Secondo ESPN, il CSKA ha presentato un'offerta da 10 milioni al Genoa per Albert Gudmundsson. "
        "CORRIERE DELLO SPORT – Anche la Lazio ha chiesto informazioni per Gudmundsson."
    )
    found = extract_rumours(text)
    assert {(r.player, r.to_club) for r in found} == {
        ("Albert Gudmundsson", "CSKA Mosca"),
        ("Albert Gudmundsson", "Lazio"),
    }
    assert {o for r in found for o in r.cited_outlets} == {"ESPN", "Corriere dello Sport"}


def test_a_shared_colour_in_a_piece_on_a_club_of_unlisted_colours_is_that_club() -> None:
    """ "ha firmato con i biancorossi" in a piece on the Forlì, which names none of the clubs
    listed as "biancorossi" (Bari, Monza, Vicenza...) and whose colours the lexicon does not
    give: the story's club, not the first biancorossi of the prominence order."""
    text = (
        "Forlì, Zoffoli risolve con l'Imolese e firma\n\n"
        "Il primo colpo è del Forlì. Riccardo Zoffoli, centrocampista classe 1995, ha risolto ieri "
        "mattina il contratto con l'Imolese e nel pomeriggio ha firmato con i biancorossi fino al "
        "termine della stagione."
    )
    assert "Monza" not in {r.to_club for r in extract_text_file(text)}


def test_a_club_that_is_a_named_mans_surname_is_the_man() -> None:
    """ "Torres alle visite, Bonaventura strappato all'Inter" in a piece on Fernando Torres that
    never writes "il Torres": the striker, not the Torres of Sassari that Bonaventura would join."""
    text = (
        "Ultimo giorno di mercato in diretta: Torres alle visite, Bonaventura strappato all'Inter\n\n"
        "Galliani ha chiuso con l'Atalanta per Giacomo Bonaventura. Sette milioni più uno di bonus, "
        "il ragazzo è già in macchina verso Milano. Fernando Torres arriva dal Chelsea in prestito "
        "biennale, e in questo momento sta sostenendo le visite mediche."
    )
    assert "Torres" not in {r.to_club for r in extract_text_file(text)}
