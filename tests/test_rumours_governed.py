"""A name governed by a preposition is what the sentence is about, never the one who acts
("su Coppola si è mosso il Brighton"), on short texts written for these tests (not copied from
any outlet)."""

from __future__ import annotations

from rumours_people_found import players_found

from mercato.rumours import extract_rumours


def test_a_club_moving_on_a_named_player_makes_him_no_director() -> None:
    """ "Su Diego Coppola si è mosso il Brighton": the club after the verb is its subject, the
    man after "su" the one it moves for, not a director at work."""
    text = (
        "Il Verona ascolta le offerte per i suoi difensori. Su Diego Coppola si è mosso il "
        "Brighton, che ha chiesto informazioni al club gialloblù."
    )
    assert "Diego Coppola" in players_found(text)


def test_the_suitor_named_after_its_verb_buys_the_player_before_it() -> None:
    """ "Per Lorenzo Lucca insiste il Napoli", "su Gila piomba la Juventus": the press puts the
    player first and the club after its verb; the club is still the buyer."""
    for text, buyer in (
        ("L'Udinese fissa il prezzo. Per Lorenzo Lucca insiste il Napoli.", "Napoli"),
        ("L'Udinese fissa il prezzo. Per Lorenzo Lucca lavora il Napoli.", "Napoli"),
        ("La Lazio chiede 40 milioni. Su Mario Gila piomba la Juventus.", "Juventus"),
    ):
        moves = {(r.player, r.to_club) for r in extract_rumours(text)}
        assert any(to == buyer for _, to in moves), text


def test_a_club_pushed_to_sell_is_no_buyer() -> None:
    """ "spinge i viola a valutare una cessione": the club after "spinge" is its object."""
    text = (
        "Il contratto di Dusan Vlahovic scade nel 2023 e il rischio di perderlo spinge i viola a "
        "valutare una cessione. La Juventus segue Vlahovic da tempo."
    )
    assert {r.to_club for r in extract_rumours(text) if r.player == "Dusan Vlahovic"} == {"Juventus"}


def test_the_men_a_roundup_names_after_its_suitors_areplayers_found() -> None:
    """A club's try with its name in between ("Tentativo last minute della Lazio per Ricci"), a
    look "ad" a man, the men left "sullo sfondo", a spell closed ("ha chiuso la sua avventura")."""
    for text, name in (
        ("Tentativo last minute della Lazio per Samuele Ricci.", "Samuele Ricci"),
        ("In attacco la dirigenza continua a guardare ad Andrea Belotti.", "Andrea Belotti"),
        ("Sullo sfondo restano Mauro Icardi e Gianluca Scamacca.", "Gianluca Scamacca"),
        ("Danilo ha chiuso la sua avventura a Torino: il contratto è stato risolto.", "Danilo"),
    ):
        assert name in players_found(text), text


def test_a_club_opening_the_next_clause_is_no_object_of_the_man() -> None:
    """ "de Vrij ha detto no e l'Inter aspetta": the club after "e" starts a clause of its own;
    the man who said no is not a director acting on it."""
    text = (
        "Lazio, de Vrij ha detto no e l'Inter aspetta. Il nodo più intricato porta il nome di "
        "Stefan de Vrij."
    )
    assert "Stefan de Vrij" in players_found(text)


def test_the_man_a_director_talks_with_in_a_renewal_sentence_is_the_player() -> None:
    """ "Sul fronte rinnovi, Monchi ha confermato l'intesa con Vitolo": the renewal named before
    "con" makes the man after it the club's player, not a director across the table."""
    text = (
        "Siviglia, il punto. Sul fronte rinnovi, Monchi ha confermato l'intesa raggiunta con "
        "Vitolo: manca solo la firma, il contratto arriverà fino al 2021."
    )
    assert "Vitolo" in players_found(text)


def test_a_file_named_after_its_man_makes_him_a_player() -> None:
    """ "La telenovela João Mário", "la pratica Adrien Rabiot": the press names a deal's file
    after its player."""
    for text, name in (
        ("La telenovela João Mário si arricchisce di una nuova puntata: l'Inter rilancia.", "João Mário"),
        ("Più complicata la pratica Adrien Rabiot: la Juventus aspetta.", "Adrien Rabiot"),
    ):
        assert name in players_found(text), text


def test_the_man_a_team_is_coached_by_is_no_player() -> None:
    """ "il club californiano, allenato da Steve Cherundolo, lo voleva da mesi"."""
    text = (
        "Bernardeschi va al Los Angeles FC. Il club californiano, allenato da Steve Cherundolo, "
        "lo voleva da mesi."
    )
    assert "Steve Cherundolo" not in players_found(text)
