"""Who, beside a move, does not move: the coach waiting for a kind of player, the injured man
whose absence opens the gap, and the capitalised words that open a sentence without naming anyone."""

from __future__ import annotations

from mercato.rumours import extract_rumours


def players(text: str) -> set[str]:
    return {r.player for r in extract_rumours(text)}


def test_a_man_waiting_for_a_kind_of_player_is_the_coach() -> None:
    """ "Cristiano Lucarelli aspetta una punta": a player waits for a club, a coach for a role
    filled, even when his first name is a famous player's."""
    text = (
        "Mercato Catanzaro. In entrata, invece, Cristiano Lucarelli aspetta una punta: il nome è "
        "quello di Pietro Iemmello, che il Catanzaro ha chiesto al Frosinone."
    )
    found = players(text)
    assert "Pietro Iemmello" in found
    assert "Cristiano Lucarelli" not in found


def test_a_man_who_gets_the_kind_of_player_he_asked_for_is_the_coach() -> None:
    """ "Okan Buruk ha ottenuto il centravanti che chiedeva": the man a signing is got for is the
    coach, named with no role word; the striker is the rumour's player."""
    text = (
        "Galatasaray, Osimhen firma fino al 2029\n\n"
        "Il Galatasaray ha chiuso con il Napoli per Victor Osimhen: 75 milioni di euro.\n\n"
        "A luglio l'Al Hilal aveva offerto la stessa cifra, ma l'attaccante aveva detto no: "
        "voleva tornare a Istanbul. Il presidente Dursun Özbek ha trovato le garanzie bancarie "
        "e Okan Buruk ha ottenuto il centravanti che chiedeva."
    )
    found = players(text)
    assert "Victor Osimhen" in found
    assert "Okan Buruk" not in found


def test_a_player_waiting_for_a_club_still_moves() -> None:
    """The same verb with a club after it is the player's own wish: he stays a player."""
    text = "Il Genoa ci prova, ma Davide Frattesi aspetta il Napoli e prende tempo."
    assert "Davide Frattesi" in players(text)


def test_the_injured_man_whose_gap_a_club_fills_is_not_the_move() -> None:
    """ "cerca un centrocampista dopo l'infortunio di Pobega": the buyer's reason, not its target."""
    text = (
        "Il Bologna ha chiesto informazioni all'Atalanta per Marten de Roon: Vincenzo Italiano "
        "cerca un centrocampista di esperienza dopo l'infortunio di Tommaso Pobega."
    )
    found = players(text)
    assert "Marten de Roon" in found
    assert "Tommaso Pobega" not in found


def test_a_predicate_put_first_is_no_name() -> None:
    """ "Determinante il via libera della proprietà": an adjective opening the sentence before
    its subject, not a one-word player, while "Sarri lo vuole" still names a man."""
    text = (
        "La Cremonese chiude per Federico Baschirotto. Determinante il via libera della proprietà, "
        "che ha voluto dare un segnale alla piazza."
    )
    assert players(text) == {"Federico Baschirotto"}


def test_a_word_of_time_opening_a_sentence_is_no_name() -> None:
    text = (
        "La Roma ha chiuso per Edin Džeko. Domattina sosterrà le visite mediche, poi la firma "
        "sul contratto che lo legherà alla Roma."
    )
    assert players(text) == {"Edin Džeko"}


def test_a_man_out_of_his_clubs_plans_is_a_player_on_the_market() -> None:
    """ "Kepa ha perso il posto", "non rientra nei piani": a player's situation, the start of a move."""
    text = (
        "Napoli, caccia al portiere. Kepa Arrizabalaga ha perso il posto al Chelsea a vantaggio di "
        "un compagno, e il Napoli ha chiesto informazioni."
    )
    assert "Kepa Arrizabalaga" in players(text)


def test_a_coach_named_after_con_is_no_subject_of_the_players_situation() -> None:
    """ "l'argentino, che con Diego Pablo Simeone ha perso il posto": the coach is company."""
    text = (
        "L'Inter ha avviato i contatti con l'Atletico Madrid per Nahuel Molina, che con Diego Pablo "
        "Simeone ha perso il posto da titolare."
    )
    found = players(text)
    assert "Nahuel Molina" in found
    assert "Diego Pablo Simeone" not in found


def test_a_free_agent_told_in_an_apposition_is_a_player() -> None:
    """ "Andrea Belotti, l'altro grande svincolato italiano": a free agent is a player by definition."""
    text = (
        "Il mercato dei senza contratto. Poi c'è Andrea Belotti, l'altro grande svincolato italiano: "
        "il Monaco lo ha contattato."
    )
    assert "Andrea Belotti" in players(text)


def test_a_pluperfect_in_an_apposition_tells_his_past() -> None:
    """ ", il croato che l'Eintracht aveva riscattato dalla Fiorentina,": the relative clause of
    an apposition describes where he comes from; neither club is a move of this story."""
    text = (
        "Milan, idea Rebić per l'attacco\n\n"
        "Ante Rebić, l'attaccante che l'Eintracht aveva riscattato dalla Fiorentina, è il profilo "
        "che Giampaolo ha gradito di più."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Ante Rebić", "Milan")]


def test_a_sale_the_sentence_opens_on_is_its_setting() -> None:
    """ "Venduto Sandro Tonali al Newcastle, il Milan ...": the participle is no part of his name,
    and the sale it tells is done, the setting of the club's next move, not a rumour."""
    text = (
        "Milan, il tesoretto va all'estero\n\n"
        "Venduto Sandro Tonali al Newcastle per 70 milioni, il Milan ha chiesto informazioni al "
        "Chelsea per Christian Pulisic."
    )
    assert players(text) == {"Christian Pulisic"}


def test_the_man_a_target_would_replace_takes_no_reference() -> None:
    """ "il sostituto ideale di Tonali": with an adjective between, the man replaced is still no
    antecedent; "il giocatore" in the next sentence is the target named before him."""
    text = (
        "Milan, si tratta per Reijnders\n\n"
        "Il Milan ha ceduto Sandro Tonali al Newcastle per 70 milioni e vuole reinvestire all'estero.\n\n"
        "Più complessa la trattativa per Tijjani Reijnders, centrocampista dell'AZ che Pioli ha "
        "indicato come il sostituto ideale di Tonali. Il Milan ha presentato un'offerta da 18 "
        "milioni, ma il club olandese ne chiede almeno 25; il giocatore spinge per il trasferimento "
        "e vuole vestire il rossonero."
    )
    tonali = {(r.from_club, r.to_club) for r in extract_rumours(text) if r.player == "Sandro Tonali"}
    assert tonali == {("Milan", "Newcastle")}


def test_the_teammate_he_would_play_beside_is_no_move() -> None:
    """ "Ancelotti lo voleva accanto a Kalidou Koulibaly": the man he would play beside is
    already there; the move is the newcomer's."""
    text = (
        "Manolas-Napoli, scatta il domino: Diawara alla Roma\n\n"
        "Il giorno decisivo è arrivato. Kostas Manolas ha svolto questa mattina le visite mediche "
        "con il Napoli e nel pomeriggio "
        "firmerà il contratto che lo legherà agli azzurri: Carlo Ancelotti lo voleva accanto a "
        "Kalidou Koulibaly e il club di De Laurentiis ha versato alla Roma i 36 milioni della "
        "clausola rescissoria.\n\nCon Manolas e Koulibaly titolari, Nikola Maksimović scivolerebbe a "
        "quarto centrale: Cristiano Giuntoli è pronto ad ascoltare offerte per il serbo."
    )
    players = {r.player for r in extract_rumours(text)}
    assert "Kostas Manolas" in players
    assert "Kalidou Koulibaly" not in players


def test_a_list_of_deals_done_set_off_by_commas_is_background() -> None:
    """ "seguono Merih Demiral, arrivato dal Sassuolo, e Danilo, prelevato dal Manchester City":
    each name with its participle between commas is a deal the list reports as done."""
    text = (
        "Juventus, il bilancio dell'estate\n\n"
        "La voce più rilevante è quella del centrale olandese; seguono Merih Demiral, arrivato dal "
        "Sassuolo, e Danilo, prelevato dal Manchester City nell'operazione Cancelo. Per gennaio "
        "la Juventus pensa a Dejan Kulusevski: contatti avviati con l'Atalanta."
    )
    players = {r.player for r in extract_rumours(text)}
    assert "Dejan Kulusevski" in players
    assert not {"Merih Demiral", "Danilo"} & players


def test_a_club_right_after_another_mans_full_name_is_his() -> None:
    """ "dopo quella di Joshua Zirkzee al Manchester United, e Sartori è già al lavoro per
    sostituirlo": the Manchester United is Zirkzee's, told in passing, not Calafiori's buyer."""
    text = (
        "Il Bologna ha ceduto Riccardo Calafiori all'Arsenal per 45 milioni. Per il Bologna è la "
        "seconda cessione pesante dell'estate, dopo quella di Joshua Zirkzee al Manchester United, e "
        "Giovanni Sartori è già al lavoro per sostituirlo."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert ("Riccardo Calafiori", "Manchester United") not in found
    assert ("Riccardo Calafiori", "Arsenal") in found
