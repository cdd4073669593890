"""Press reviews, letters, communiqués and lists, on short articles written for these tests
(not copied from any outlet): the voices of the r1801-r1920 batches of the rumour set."""

from __future__ import annotations

from mercato.rumours import extract_rumours

REVIEW = (
    "La rassegna stampa di oggi: Frattesi verso Napoli, Lucca alla Lazio\n"
    "\n"
    "Buongiorno, ecco le prime pagine dei quotidiani sportivi in edicola stamattina.\n"
    "\n"
    "CORRIERE DELLO SPORT – Il quotidiano romano apre sul centrocampo: il Napoli ha offerto "
    "all'Inter 30 milioni per Davide Frattesi, i nerazzurri ne chiedono 35.\n"
    "\n"
    "TUTTOSPORT – Il giornale torinese racconta che la Lazio ha avviato i contatti con "
    "l'Udinese per Lorenzo Lucca, centravanti classe 2000.\n"
)


def _outlets(text: str) -> dict[str, list[str]]:
    return {r.player.split()[-1]: r.cited_outlets for r in extract_rumours(text)}


def test_a_paper_named_in_capitals_heads_its_paragraph_of_a_review() -> None:
    """A review gives each paper a paragraph headed by its name in capitals: the paper is the
    credit of that paragraph's moves, whole ("CORRIERE DELLO SPORT", not the Spanish "Sport"),
    a one-word name as much as a long one."""
    outlets = _outlets(REVIEW)
    assert outlets["Frattesi"] == ["Corriere dello Sport"]
    assert outlets["Lucca"] == ["Tuttosport"]


def test_a_paper_in_a_headline_label_is_no_review_heading() -> None:
    """"Bild:" inside a headline credits no move of the body by itself."""
    text = (
        "Dall'estero: il PSG chiede di Leão. Bild: il Bayern su Yildiz\n"
        "\n"
        "Luis Campos ha chiesto informazioni al Milan per Rafael Leão, attaccante portoghese.\n"
    )
    assert _outlets(text)["Leão"] == []


def test_the_moves_of_a_free_agent_list_are_free() -> None:
    """A headline on the free men of the summer ("i parametri zero", "gli svincolati") makes
    the moves of its list free when an entry gives no fee ("lascia il Torino"), as the list is
    about players whose contracts run out."""
    title = "I migliori parametri zero dell'estate: da Ricci a Zielinski"
    text = (
        "Il mercato dei giocatori in scadenza si apre con tanti nomi, ecco i principali.\n"
        "\n"
        "Samuele Ricci. Il centrocampista lascia il Torino a giugno: il Milan ha avviato i contatti "
        "con il suo entourage.\n"
    )
    for headline in (title, "Mercato, la lista dei migliori svincolati"):
        found = {(r.player, r.to_club): r.deal for r in extract_rumours(text, title=headline)}
        assert found[("Samuele Ricci", "Milan")] == "free", headline


def test_one_man_coming_for_free_leaves_the_others_of_the_article_bought() -> None:
    """"David arriva a parametro zero" tells of one man: another the article names with no
    formula is a sale, as ever."""
    title = "Juve, David arriva a parametro zero"
    text = (
        "La Juventus ha trovato l'accordo con Jonathan David, attaccante canadese in uscita dal "
        "Lille. Per il centrocampo, invece, i bianconeri hanno avviato i contatti con il Torino "
        "per Samuele Ricci.\n"
    )
    found = {r.player: r.deal for r in extract_rumours(text, title=title)}
    assert found["Samuele Ricci"] == "transfer"


def test_a_birthplace_in_brackets_is_no_club() -> None:
    """A communiqué gives the player's birth in brackets, "(Modena, 11 gennaio 1995)": the town
    is where he was born, never the club he goes to or comes from; "(Inter, 2022)" in a list
    still names a club and its year."""
    text = (
        "SPEZIA – Filippo Guerrieri, difensore (Modena, 11 gennaio 1995), arriva dal Sassuolo a "
        "titolo definitivo; contratto fino al 30 giugno 2019. Lo Spezia chiude così il mercato.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Filippo Guerrieri", "Sassuolo", "Spezia")}
    from mercato.rumours.document import build_document
    from mercato.rumours.lexicon import load_lexicon

    listed = build_document("6. Henrikh Mkhitaryan (Inter, 2022). Lasciò la Roma a 33 anni.", load_lexicon())
    assert [t.text for t in listed.tokens if t.kind == "club"] == ["Inter", "Roma"]


def test_a_name_given_as_the_answer_to_a_question_is_the_story_and_the_next_paragraph_his() -> None:
    """The web keeps its reader with a question ("Il nome? Stanislav Lobotka."): the answer is
    the player, and the paragraph after it, which names no one, tells his move."""
    title = "Napoli, Gattuso ha scelto il regista: ecco chi è"
    text = (
        "Un regista slovacco di 25 anni, piedi educati e tanta corsa.\n"
        "\n"
        "Il nome? Stanislav Lobotka.\n"
        "\n"
        "Secondo Il Mattino, il Napoli ha presentato al Celta Vigo un'offerta da 20 milioni più 3 "
        "di bonus, e la trattativa è ben avviata.\n"
    )
    found = [(r.player, r.to_club, r.fee_eur) for r in extract_rumours(text, title=title)]
    assert found == [("Stanislav Lobotka", "Napoli", 20_000_000)]


def test_a_readers_signed_wish_is_no_rumour_but_the_answer_is() -> None:
    """A mailbag prints the reader's question or wish as a quote signed with his name and town:
    "Io prenderei Frattesi" is his wish, not the Inter's move; the answer that follows reports
    the moves under way."""
    title = "LA POSTA NERAZZURRA – le vostre domande"
    text = (
        "«Io prenderei Frattesi: all'Inter servirebbe come il pane.» – Marco Airoldi, Lecco\n"
        "\n"
        "Caro Marco, per ora è un sogno tuo e di tanti tifosi.\n"
        "\n"
        "«Lookman all'Inter, ci siamo?» – Paola Rivolta, Monza\n"
        "\n"
        "Quasi, Paola: l'Inter ha offerto all'Atalanta 40 milioni per Ademola Lookman, e la "
        "trattativa è ben avviata.\n"
    )
    found = {(r.player.split()[-1], r.to_club) for r in extract_rumours(text, title=title)}
    assert found == {("Lookman", "Inter")}


def test_the_man_a_club_agrees_a_contract_with_is_the_player() -> None:
    """"L'accordo con Edin Dzeko: biennale fino al 2023": the one a club agrees a two-year deal
    with is a player, not a director the club talks with."""
    text = (
        "Per sostituire Lukaku l'Inter ha già l'accordo con Edin Dzeko: biennale fino al 2023. "
        "Dzeko lascia la Roma dopo sei stagioni.\n"
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Edin Dzeko", "Inter") in found


EXPIRING = (
    "Con l'anno nuovo si è aperta la caccia ai giocatori in scadenza a giugno.\n"
    "\n"
    "Diego Godín (Atletico Madrid). L'Atletico gli ha proposto un rinnovo annuale, ma il capitano "
    "uruguaiano non ha ancora risposto. L'Inter prova ad approfittarne: Beppe Marotta ha avviato i "
    "contatti con l'entourage.\n"
    "\n"
    "Ander Herrera (Manchester United). Il rinnovo è in stallo, nonostante Ole Gunnar Solskjær lo "
    "consideri un titolare. Il Paris Saint-Germain osserva.\n"
)


def test_an_entry_headed_by_a_name_and_his_club_in_brackets_is_his() -> None:
    """"Diego Godín (Atletico Madrid)." heads a list entry: the suitors the entry names go on
    about him, and a headline on "contratti in scadenza" makes their moves free."""
    found = {
        (r.player, r.to_club): r.deal
        for r in extract_rumours(EXPIRING, title="Contratti in scadenza 2019: Godín e Herrera fanno gola")
    }
    assert found[("Diego Godín", "Inter")] == "free"
    assert found[("Ander Herrera", "PSG")] == "free"


def test_a_first_name_spelled_like_an_outlet_is_no_credit() -> None:
    """"Ole Gunnar Solskjær" is a coach, not the Argentine paper Olé with its accent folded."""
    found = {r.player: r.cited_outlets for r in extract_rumours(EXPIRING, title="Contratti in scadenza")}
    assert "Olé" not in found["Ander Herrera"]


def test_the_end_of_a_two_word_nickname_is_no_man() -> None:
    """"Il Re Leone" is Fernando Llorente's nickname (names.toml): "Leone" is no player of its
    own, and the move is Llorente's."""
    text = (
        "Fernando Llorente ha il contratto in scadenza con l'Athletic Bilbao. La Juventus ha avviato "
        "i contatti con il suo entourage: il Re Leone piace molto ad Antonio Conte.\n"
    )
    players = {r.player for r in extract_rumours(text)}
    assert players == {"Fernando Llorente"}


def test_a_surname_spelled_like_a_club_without_its_accent_is_a_surname() -> None:
    """"Gareth Bale" is a man, not the Basilea's French name Bâle with its accent folded; the
    club's own spellings still name it."""
    text = "Il Jiangsu Suning ha offerto 30 milioni al Real Madrid per Gareth Bale, che dice sì.\n"
    assert {r.player for r in extract_rumours(text)} == {"Gareth Bale"}
    basel = "Il Bâle ha chiesto informazioni alla Roma per Tommaso Baldanzi, che piace molto.\n"
    assert {(r.player, r.to_club) for r in extract_rumours(basel)} == {("Tommaso Baldanzi", "Basilea")}


def test_an_adverb_between_the_verb_of_liking_and_the_name_keeps_him_the_target() -> None:
    """"Piace infatti M'Bala Nzola": the adverb does not hide whom the club likes."""
    text = (
        "Il Genoa cerca un centravanti. Piace infatti M'Bala Nzola, che la Fiorentina considera "
        "in uscita: per ora siamo a un semplice sondaggio.\n"
    )
    assert "M'Bala Nzola" in {r.player for r in extract_rumours(text)}


def test_a_man_who_says_no_to_clubs_is_a_player() -> None:
    """"Tomori dice no a tutti": the man who turns suitors down is the player they wanted."""
    text = "Tomori dice no a tutti: rifiutate Juventus e Tottenham, resta al Milan.\n"
    assert {(r.player, r.to_club) for r in extract_rumours(text)} >= {("Tomori", "Juventus")}


def test_a_roundup_turns_to_its_next_man_with_the_press_idiom() -> None:
    """"Discorso diverso per Ruben Bottazzi", "Fabio Miretti è finito nel mirino del Genoa": the
    words a roundup turns with name its next player."""
    text = (
        "Discorso diverso per Ruben Bottazzi: la società è disposta a lasciarlo partire in "
        "prestito. In uscita, Fabio Miretti è finito nel mirino del Genoa, che ha chiesto "
        "informazioni alla Juventus.\n"
    )
    players = {r.player for r in extract_rumours(text)}
    assert {"Ruben Bottazzi", "Fabio Miretti"} <= players


def test_the_man_a_departure_makes_way_for_is_the_target() -> None:
    """"La partenza del brasiliano apre la strada a M'Bala Nzola": the man the way is opened to
    is the next signing."""
    text = (
        "Arthur Cabral ha salutato Firenze. La partenza del brasiliano apre la strada a M'Bala "
        "Nzola: la Fiorentina ha avviato i contatti con il Lens.\n"
    )
    assert "M'Bala Nzola" in {r.player for r in extract_rumours(text)}
