"""Moves already made, told beside the live ones, on short articles written for these tests (not
copied from any outlet): the voices of the r1921-r2040 batches of the rumour set."""

from __future__ import annotations

from datetime import date

from mercato.rumours import extract_rumours


def _moves(text: str) -> set[tuple[str, str | None]]:
    return {(r.player.split()[-1], r.to_club) for r in extract_rumours(text)}


def test_a_move_told_in_the_perfect_is_done_not_a_rumour() -> None:
    """ "è passato al Villarreal", "si è accasato all'Inter": the perfect tells a move already made
    (a window's review), while the live move beside it stays a rumour."""
    text = (
        "Bologna, il bilancio del mercato: ora si cerca un terzino\n"
        "\n"
        "Pesanti le partenze dell'estate: Riccardo Orsolini è passato al Villarreal, e in luglio "
        "Jhon Lucumí si è accasato all'Inter dopo una lunga trattativa. Il club non si ferma: "
        "il Bologna ha avviato i contatti con il Torino per Marcus Pedersen, esterno classe 2000.\n"
    )
    moves = _moves(text)
    assert ("Pedersen", "Bologna") in moves
    assert not {p for p, _ in moves} & {"Orsolini", "Lucumí"}


def _players(text: str) -> set[str]:
    return {r.player.split()[-1] for r in extract_rumours(text)}


def test_the_job_a_copula_names_is_his_role_whatever_his_age() -> None:
    """ "Sandro Bellucci, 54 anni, è il nuovo preparatore dei portieri": an age is a player's
    word, but the job the sentence gives him makes him staff, never a rumour's player."""
    text = (
        "Genoa, Bellucci è il nuovo preparatore dei portieri\n"
        "\n"
        "Sandro Bellucci, 54 anni, è il nuovo preparatore dei portieri rossoblù: ha firmato un "
        "contratto biennale con il Genoa. Intanto il club ha chiesto al Torino il prestito del "
        "portiere Alberto Paleari.\n"
    )
    players = _players(text)
    assert "Paleari" in players and "Bellucci" not in players


def test_a_youth_side_or_a_courting_named_after_a_man_makes_him_its_coach() -> None:
    """ "la Primavera di Ferraresi", "la corte di Bonazzi": whose side it is, or who courts the
    player, is a coach, even one the lexicon does not know."""
    text = (
        "Ternana, preso Sgrulletti dalla Roma\n"
        "\n"
        "L'attaccante Marco Sgrulletti, trascinatore della Primavera di Gianni Ferraresi, ha scelto "
        "la Ternana e la corte di Walter Bonazzi: prestito con diritto di riscatto dalla Roma.\n"
    )
    players = _players(text)
    assert "Sgrulletti" in players and not players & {"Ferraresi", "Bonazzi"}


def test_the_narrative_imperfect_of_a_dated_sentence_is_history() -> None:
    """ "A metà gennaio del 2007 il Milan trovava l'accordo": a retrospective tells the past in
    the imperfect with its year; the live move of the closing paragraph stays a rumour."""
    text = (
        "Accadde oggi: il Milan e il Fenomeno\n"
        "\n"
        "A metà gennaio del 2007 il Milan trovava l'accordo con il Real Madrid per Ronaldo, e "
        "nel 2015 Milan e Atletico Madrid definivano lo scambio tra Fernando Torres e Alessio "
        "Cerci.\n"
        "\n"
        "Oggi il Milan tratta con il Chelsea per Christopher Nkunku: c'è un'offerta da 35 milioni.\n"
    )
    players = {r.player.split()[-1] for r in extract_rumours(text)}
    assert "Nkunku" in players and not players & {"Ronaldo", "Torres", "Cerci"}


ANNIVERSARY_TITLE = "Dieci anni fa il PSG svuotava il Milan. Oggi a Parigi sognano Tonali"
ANNIVERSARY = (
    "Era l'estate delle grandi cessioni. Il Milan cede Thiago Silva al Paris Saint-Germain, e "
    "con quei soldi il club prova a ripartire.\n"
    "\n"
    "Dieci anni dopo, a Parigi guardano ancora alla Serie A: il PSG ha presentato al Milan "
    "un'offerta da 50 milioni per Sandro Tonali.\n"
)


def _titled(text: str, title: str, published: date | None = None) -> set[tuple[str, str | None]]:
    found = extract_rumours(text, title=title, published=published)
    return {(r.player.split()[-1], r.to_club) for r in found}


def test_an_anniversary_retold_in_the_present_tense_is_history() -> None:
    """ "Dieci anni fa...": the paragraphs that retell the old window in the historical present
    ("Il Milan cede Thiago Silva") report nothing; the one that turns to the article's days does."""
    moves = _titled(ANNIVERSARY, ANNIVERSARY_TITLE)
    assert ("Tonali", "PSG") in moves
    assert "Silva" not in {p for p, _ in moves}


def test_a_live_article_with_the_same_words_keeps_its_moves() -> None:
    """Without the headline's look back the same paragraph is today's news."""
    assert ("Silva", "PSG") in _titled(ANNIVERSARY, "Il PSG svuota il Milan, Parigi sogna Tonali")


def test_an_old_year_in_a_dated_headline_is_a_look_back_but_a_birth_year_is_not() -> None:
    """A dated article whose headline names a window years before ("l'estate 2012") looks back;
    "il classe 2003 Brentel" names when he was born, not the window the article is about."""
    text = "Il Milan cede Thiago Silva al Paris Saint-Germain per 42 milioni.\n"
    old = _titled(text, "L'estate 2012, quando il Milan perse i suoi campioni", date(2022, 7, 11))
    assert "Silva" not in {p for p, _ in old}
    born = _titled(text, "Il classe 1984 Thiago Silva e l'addio al Milan", date(2022, 7, 11))
    assert ("Silva", "PSG") in born


def test_a_player_is_told_by_his_landing_his_contract_and_his_suitors() -> None:
    """ "è atterrato a Capodichino", "ha estimatori a Parigi", "diventato titolare, aspetta il
    rinnovo": what only a player does, even with no role word."""
    text = (
        "Mercato, le ultime dai club\n"
        "\n"
        "Romelu Lukaku è atterrato a Capodichino: domani le visite mediche con il Napoli.\n"
        "\n"
        "Ángel Di María ha estimatori a Parigi: il PSG ha fatto un sondaggio con il Real Madrid.\n"
        "\n"
        "Mile Svilar, diventato titolare in primavera, aspetta il rinnovo con la Roma fino al 2029.\n"
    )
    moves = _moves(text)
    assert {("Lukaku", "Napoli"), ("María", "PSG"), ("Svilar", "Roma")} <= moves


def test_the_man_who_has_a_contract_with_a_club_is_its_player() -> None:
    """ "Dani Alves ha un contratto con il Barcellona fino al 2017": whose player he is, and so
    the one the story's club may get."""
    text = (
        "Dani Alves ha un contratto con il Barcellona fino al 2017, ma può liberarsi a parametro "
        "zero e ha già avuto un primo contatto con la dirigenza bianconera.\n"
    )
    found = extract_rumours(text, title="Juventus, Marotta pensa ai rinforzi")
    assert [(r.player, r.from_club, r.to_club) for r in found] == [("Dani Alves", "Barcellona", "Juventus")]


def test_the_club_knocked_at_or_sounded_out_is_the_seller() -> None:
    """ "il Genoa ha bussato al Napoli per Simeone", "ha sondato l'Udinese per Lucca": the club
    after the verb owns the player; a suitor named after "bussa" alone buys ("bussa il Genoa")."""
    text = (
        "Genoa, idea Simeone. Il Torino pensa a Lucca\n"
        "\n"
        "Il Genoa ha bussato al Napoli per Giovanni Simeone, attaccante argentino.\n"
        "\n"
        "Il Torino, invece, ha sondato l'Udinese per Lorenzo Lucca, centravanti classe 2000.\n"
    )
    found = {(r.player.split()[-1], r.from_club, r.to_club) for r in extract_rumours(text)}
    assert {("Simeone", "Napoli", "Genoa"), ("Lucca", "Udinese", "Torino")} <= found


def test_a_paragraph_that_marks_no_time_goes_on_in_the_time_before_it() -> None:
    """After "Dieci anni dopo..." turns to today, the next paragraph in the present perfect is
    today's news too, though it names no "oggi"."""
    text = ANNIVERSARY + "\nIl Napoli ha presentato al Torino un'offerta da 30 milioni per Samuele Ricci.\n"
    assert ("Ricci", "Napoli") in _titled(text, ANNIVERSARY_TITLE)


def test_a_first_professional_contract_is_a_renewal_with_his_club() -> None:
    """ "il primo contratto da professionista" of a youngster is signed with the club that raised
    him, which the set annotates as a renewal."""
    text = (
        "Il talento classe 2008 Nicolò Ardizzone ha firmato ieri il suo primo contratto da "
        "professionista con la Juventus, fino al 30 giugno 2029.\n"
    )
    found = [(r.player, r.to_club, r.deal, r.contract_until) for r in extract_rumours(text)]
    assert found == [("Nicolò Ardizzone", "Juventus", "renewal", 2029)]


def test_a_name_with_an_apostrophe_inside_stays_whole() -> None:
    """ "Samuel Eto'o" is one name, not "Samuel" and a stray "o"; an elided "Dov'è" at a
    sentence's start stays two words."""
    text = (
        "Anzhi, assalto a Eto'o\n"
        "\n"
        "Samuel Eto'o è a un passo dall'Anzhi: l'Inter ha accettato un'offerta da 27 milioni. "
        "Dov'è finito Sneijder? Resta all'Inter.\n"
    )
    found = [(r.player, r.to_club) for r in extract_rumours(text)]
    assert ("Samuel Eto'o", "Anzhi") in found


def test_the_vice_of_a_goalkeepers_carousel_is_the_backup_keeper() -> None:
    """ "il vice Federico Ravaglia" is the number two in goal, a player; "il vice allenatore"
    is still staff."""
    text = (
        "Bologna, Ravaglia può partire\n"
        "\n"
        "Con la conferma di Skorupski, il vice Federico Ravaglia potrebbe partire in prestito già "
        "a gennaio. Il vice allenatore Marco Vignolini resta invece al fianco del tecnico.\n"
    )
    players = {r.player for r in extract_rumours(text)}
    assert "Federico Ravaglia" in players and "Marco Vignolini" not in players


def test_an_insider_opening_the_clause_is_no_apposition_of_the_player() -> None:
    """ "Su Mike Maignan, Nicolò Schira ha scritto...": the insider after the comma reports on the
    player; he does not describe him as a journalist (as "Alfredo Pedullà, Sportitalia" would)."""
    text = (
        "Maignan, il rinnovo divide gli insider\n"
        "\n"
        "Su Mike Maignan, Nicolò Schira ha scritto su X: «Maignan-Milan, accordo raggiunto per il "
        "rinnovo fino al 2031».\n"
    )
    found = [(r.player, r.to_club, r.deal) for r in extract_rumours(text)]
    assert ("Mike Maignan", "Milan", "renewal") in found


def test_a_role_noun_before_a_verb_is_the_subject_not_the_name_after_it() -> None:
    """ "Il presidente del Benfica considera Amaral uno dei migliori": the president is the
    subject, the name after his verb is the player he rates, not a president."""
    text = (
        "Napoli, proposta al Benfica per Diogo Amaral\n"
        "\n"
        "Il Napoli ha offerto 10 milioni al Benfica per Diogo Amaral, esterno classe 2006. "
        "Il presidente del Benfica considera Amaral uno dei migliori prodotti del vivaio.\n"
    )
    assert ("Diogo Amaral", "Napoli") in [(r.player, r.to_club) for r in extract_rumours(text)]


def test_a_familiar_first_name_in_a_quote_is_no_player_of_his_own() -> None:
    """ "«Gigi resta con noi. Non è in vendita»": the director's familiar name for Buffon is not
    a second man on the market."""
    text = (
        "La Juve in B, Buffon resta: «Gigi non si muove»\n"
        "\n"
        "L'estate di Gianluigi Buffon è un ottovolante. «Gigi resta con noi. Non è in vendita, né "
        "per il Milan né per l'Arsenal», ha spiegato il direttore sportivo Alessio Secco.\n"
    )
    assert "Gigi" not in {r.player for r in extract_rumours(text)}


def test_the_hours_of_an_old_window_are_not_todays() -> None:
    """ "Vent'anni fa, nelle ultime ore di un mercato...": the last hours are those of then."""
    text = (
        "Vent'anni fa, nelle ultime ore di un mercato infinito, l'Inter cede Ronaldo al Real "
        "Madrid per 45 milioni.\n"
    )
    assert not _titled(text, "Accadde oggi: la notte in cui Ronaldo lasciò l'Inter")
