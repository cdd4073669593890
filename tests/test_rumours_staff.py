"""A director or coach acting for his club (roles.toml [people_clubs]) stands for that club."""

from __future__ import annotations

from rumours_people_found import people_found
from rumours_text_file import extract_text_file

from mercato.rumours import extract_rumours
from mercato.rumours.clauses import clause_ids, comma_segments
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import load_lexicon
from mercato.rumours.people import find_people
from mercato.rumours.relations import club_refs
from mercato.rumours.staff import add_staff_refs
from mercato.rumours.topics import topic_clubs


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.player, r.from_club, r.to_club) for r in extract_rumours(text)]


def test_a_director_talking_to_another_club_buys_for_his_own() -> None:
    """The article is about Torino's Simeone, then Vagnati, Torino's director, talks to Roma."""
    text = (
        "Simeone non si tocca, Cairo chiude al River\n\n"
        "Il River Plate ha chiesto informazioni per Giovanni Simeone, ma Urbano Cairo ha risposto "
        "che non è in vendita.\n\n"
        "BALDANZI, SI TRATTA\n\n"
        "Sul fronte delle entrate, Vagnati ha avviato i contatti con la Roma per Tommaso Baldanzi. "
        "La proposta del Torino è un prestito con diritto di riscatto."
    )
    assert ("Tommaso Baldanzi", "Roma", "Torino") in found(text)


def test_his_club_counts_only_when_the_article_names_it() -> None:
    """An article that never names Torino (another window, or he has moved) gains no Torino."""
    text = "Davide Vagnati ha avviato i contatti con la Roma per Tommaso Baldanzi."
    assert all(to != "Torino" for _, _, to in found(text))


def test_a_director_who_sets_his_eyes_on_a_player_is_no_player() -> None:
    """ "Carli ha messo gli occhi su Lasagna": the cue opens on "ha", which the subject's fillers
    used to skip, so the director's conduct went unread and a "punta:" before him made him one."""
    rumours = extract_rumours("Cagliari, Maran chiede una punta: Carli ha messo gli occhi su Lasagna.")
    assert {r.player for r in rumours} == {"Lasagna"}


def test_the_list_of_a_director_is_his() -> None:
    rumours = extract_rumours(
        "Il Cagliari cerca una punta. In cima alla lista di Marcello Carli c'è Kevin Lasagna dell'Udinese."
    )
    assert {r.player for r in rumours} == {"Kevin Lasagna"}


def test_a_player_taking_anothers_place_is_no_director() -> None:
    """ "Krstović prende il posto di Retegui": "prende" + a name is a club's verb, but taking a
    place in the squad is a player's."""
    text = (
        "L'Atalanta ha chiuso per Nikola Krstović. Il montenegrino arriva dal Lecce per 25 milioni. "
        "Krstović prende il posto di Mateo Retegui."
    )
    assert ("Nikola Krstović", "Lecce", "Atalanta") in found(text)


def test_club_men_of_earlier_windows_are_no_players() -> None:
    """Articles from 2015-2020 windows name the club men of their time: never players."""
    text = "Adriano Galliani ha chiuso per Carlos Bacca: il Milan verserà al Siviglia 30 milioni."
    assert {r.player for r in extract_rumours(text)} == {"Carlos Bacca"}


def test_a_player_who_wants_a_club_is_no_coach() -> None:
    """ "Locatelli vuole solo la Juventus": wanting a club is a player's wish; "Allegri vuole
    Gila" stays a coach's."""
    text = (
        "Le trattative più calde\n\n3. LOCATELLI, LA JUVE CI CREDE\nManuel Locatelli vuole solo la "
        "Juventus. I bianconeri hanno proposto al Sassuolo un prestito con obbligo di riscatto."
    )
    rumours = extract_text_file(text)
    assert ("Manuel Locatelli", "Juventus") in {(r.player, r.to_club) for r in rumours}
    allegri = found("Massimiliano Allegri vuole Mario Gila della Lazio.")
    assert all(p != "Massimiliano Allegri" for p, _, _ in allegri)


def test_a_director_asking_the_owner_for_information_buys_for_his_club() -> None:
    """ "Giovanni Manna ha chiesto informazioni all'Atalanta per Krstović": the club a director
    asks holds the player, and the director's club is the one that would buy."""
    lex = load_lexicon()
    text = (
        "Il Napoli ha ceduto Lorenzo Lucca al Nottingham Forest. Giovanni Manna ha chiesto "
        "informazioni all'Atalanta per Nikola Krstović."
    )
    doc = build_document(text, lex)
    refs = [club_refs(doc, i) for i in range(len(doc.sentences))]
    staff = [p for p in find_people(doc, lex) if p.role == "director"]
    n = len(doc.sentences)
    clauses = [clause_ids(doc, i) for i in range(n)]
    segments = [comma_segments(doc, i) for i in range(n)]
    add_staff_refs(doc, refs, clauses, segments, staff, lex, topic_clubs(doc, refs))
    assert ("Napoli", "to") in [(r.name, r.relation) for r in refs[1]]


def test_a_directors_second_verb_speaks_for_him_too() -> None:
    """ "Manna lavora già al sostituto e ha chiesto informazioni all'Atalanta": the verb joined by
    "e" is his as much as the first."""
    text = (
        "Il Napoli ha trovato l'intesa con il Nottingham Forest per la cessione di Lorenzo Lucca. "
        "Giovanni Manna lavora già al sostituto e ha chiesto informazioni all'Atalanta per Nikola "
        "Krstović, finora poco impiegato a Bergamo."
    )
    assert ("Nikola Krstović", "Atalanta", "Napoli") in found(text)


def test_men_opening_a_clause_after_a_colon_are_no_players() -> None:
    """ "si tratta di un sondaggio: Vrenna e Ursino valutano il giocatore": after the colon the
    names are the subject of their own verb, the club men pricing the player."""
    text = (
        "Il Genoa ha chiesto informazioni al Crotone per Junior Messias, esterno brasiliano. Per ora "
        "si tratta soltanto di un sondaggio: Gianni Vrenna e Beppe Ursino valutano il giocatore "
        "intorno ai 5 milioni."
    )
    assert [r.player for r in extract_rumours(text)] == ["Junior Messias"]


def test_the_man_who_names_the_player_he_wants_is_a_coach() -> None:
    """ "Slaven Bilić ha indicato l'attaccante lucano come il rinforzo ideale": who picks the
    player is the coach, not a player of the move."""
    text = (
        "Si complica la pista che porta Simone Zaza al West Ham. Gli Hammers hanno messo sul tavolo "
        "un prestito con obbligo di riscatto a 20 milioni, ma alla Juventus la formula non piace. "
        "Slaven Bilić ha indicato l'attaccante lucano come il rinforzo ideale per il suo reparto."
    )
    assert [r.player for r in extract_rumours(text)] == ["Simone Zaza"]


def test_a_player_who_speaks_is_no_director() -> None:
    """ "Falcone ha risposto alle domande sul suo futuro": players answer questions too; speaking
    verbs ("ha risposto", "ha spiegato", "ha dichiarato") tell no role."""
    text = (
        "Falcone: «Il Torino? Non mi ha chiamato nessuno»\n\nWladimiro Falcone si gode il ritiro di "
        "Folgaria. Il portiere del Lecce ha risposto alle domande sul suo futuro dopo le voci che lo "
        "avevano accostato al Torino. Con la società è in corso un dialogo per il rinnovo fino al 2027. "
        "Falcone ha parlato anche della nuova stagione e del lavoro con il mister."
    )
    assert "Wladimiro Falcone" in {r.player for r in extract_rumours(text)}


def test_a_coach_the_press_knows_is_no_player() -> None:
    """ "Iachini aspetta": a coach roles.toml lists stays a coach whatever verb he is given."""
    text = (
        "Fiorentina, serve un centrale\n\nLa beffa di San Siro ha lasciato in eredità a Beppe Iachini "
        "una certezza: alla difesa viola serve un centrale veloce. Il club ha chiesto informazioni al "
        "Torino per Nikola Milenković. Iachini aspetta, e nel frattempo prepara la trasferta di domenica."
    )
    assert "Beppe Iachini" not in {r.player for r in extract_rumours(text)}


def test_the_man_a_relative_says_coaches_a_side_is_no_player() -> None:
    """ "il saluto di Paolo Montero, che da quest'estate guida la seconda squadra": a relative
    right after the name says he coaches; the farewell he gives is no move of his."""
    text = (
        "Juventus, Muharemović al Sassuolo\n\n"
        "Tarik Muharemović è un nuovo giocatore del Sassuolo: alla Juventus vanno 3 milioni. «Tarik "
        "ha fatto un percorso straordinario», il saluto di Paolo Montero, che da quest'estate guida "
        "la seconda squadra bianconera."
    )
    assert "Paolo Montero" not in {r.player for r in extract_rumours(text)}


def test_the_man_who_has_coached_hundreds_is_no_player() -> None:
    """ "Óscar Tabárez, che di giocatori emigrati ne ha allenati a centinaia": the men he has
    coached make him a coach, and the saying he is quoted for is no move of his."""
    text = (
        "Uruguay, la via del mercato\n\n"
        "Il Boca Juniors ha chiesto informazioni al Napoli per Edinson Cavani. Óscar Tabárez, che di "
        "giocatori emigrati ne ha allenati a centinaia con la Celeste, lo ha spiegato così: «Il "
        "calciatore uruguaiano va via per necessità, ma non se ne va mai davvero»."
    )
    assert "Óscar Tabárez" not in {r.player for r in extract_rumours(text)}


def test_a_national_coach_who_left_a_player_out_is_no_player() -> None:
    """ "Escluso da Joachim Löw dai 23 per il Mondiale, il tedesco ha scelto la Premier": the
    coach who left him out is never the rumour's player, whatever the sentence's cues."""
    text = (
        "Leno verso l'Arsenal\n\n"
        "Il portiere che piace all'Arsenal è Bernd Leno. Escluso da Joachim Löw dai 23 per il "
        "Mondiale, il tedesco del Bayer Leverkusen ha scelto la Premier League: secondo Kicker "
        "l'Arsenal tratta con il club sulla base di 25 milioni."
    )
    players = {r.player for r in extract_rumours(text)}
    assert "Bernd Leno" in players
    assert "Joachim Löw" not in players


def test_a_paragraph_opening_on_a_coach_is_his_clubs_search() -> None:
    """ "Chivu, intanto, ha un nome in cima alla sua lista: Ange-Yoan Bonny": the Inter's coach
    opens the paragraph, and the player he wants goes to the Inter, named there too."""
    text = (
        "Inzaghi all'Al Hilal, Chivu all'Inter\n\n"
        "L'Al Hilal ha sondato l'entourage di Hakan Çalhanoğlu, ma il Milan resta alla finestra "
        "per Theo Hernández.\n\n"
        "Chivu, intanto, ha un nome in cima alla sua lista: Ange-Yoan Bonny, l'attaccante che lo "
        "ha seguito nella rincorsa salvezza con il Parma. I contatti tra l'Inter e il club "
        "emiliano sono avviati: il Parma chiede 25 milioni."
    )
    moves = {(r.player.split()[-1], r.to_club) for r in extract_rumours(text)}
    assert ("Bonny", "Inter") in moves and ("Bonny", "Parma") not in moves


def test_an_interviews_answers_are_the_titles_speaker() -> None:
    """ "Sartori: «...»" over a question-and-answer interview: the answer after each question is
    his, so its "we" is his club buying, though no answer names him; he "risponde su" the player."""
    text = (
        "Sartori: «Ferguson, aspettiamo l'Aberdeen. Orsolini resta»\n\n"
        "BOLOGNA, 3 luglio 2023 – Il direttore dell'area tecnica del Bologna, Giovanni Sartori, "
        "risponde su Lewis Ferguson e sugli altri nomi del mercato.\n\n"
        "Direttore, Ferguson è più vicino?\n"
        "«All'Aberdeen abbiamo fatto una proposta importante. Aspettiamo la loro risposta.»"
    )
    assert ("Lewis Ferguson", "Aberdeen", "Bologna") in [
        (r.player, r.from_club, r.to_club) for r in extract_text_file(text)
    ]


def test_a_quote_after_no_question_is_not_the_titles_speaker() -> None:
    """A monologue's "we" may be the seller agreeing with a buyer: without a question before it,
    the title's speaker does not make his club a buyer."""
    text = (
        "Tare: «Felipe Anderson? Abbiamo detto sì al West Ham»\n\n"
        "Il direttore sportivo della Lazio, Igli Tare, ha parlato del mercato biancoceleste.\n\n"
        "«Con il West Ham abbiamo trovato l'accordo per Felipe Anderson: 38 milioni più bonus.»"
    )
    assert all(to != "Lazio" for p, _, to in found(text) if p == "Felipe Anderson")



def test_the_name_after_a_moves_clubs_is_the_man_moved() -> None:
    """ "l'arrivo dal Sassuolo di Federico Lodigiani": the arrival's object, not the coach of
    "il Sassuolo di De Zerbi"."""
    text = "Il Frosinone ha ufficializzato l'arrivo dal Sassuolo di Federico Lodigiani in prestito secco."
    assert {(r.player, r.to_club) for r in extract_rumours(text)} == {("Federico Lodigiani", "Frosinone")}


def test_an_age_past_a_players_years_is_a_coachs() -> None:
    """ "È Mauro Franzini, 52 anni, reduce da due stagioni sulla panchina del Lentigione": at 52
    no one is a player on the market, so the age is no player's sign ("Reina, 42 anni" still is)."""
    text = (
        "Pergolettese, è ufficiale: il nuovo allenatore. Firmato un biennale\n\n"
        "CREMA, 12 giugno 2024 – La Pergolettese ha scelto la guida tecnica per la prossima stagione "
        "di Serie C. È Mauro Franzini, 52 anni, reduce da due stagioni sulla panchina del Lentigione: "
        "il tecnico ha firmato un contratto fino al 30 giugno 2026 e sarà presentato lunedì."
    )
    assert not {p.name: p.player for p in people_found(text)}.get("Mauro Franzini")
