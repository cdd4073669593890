"""Club men named by what they do at a club (a president's seat, a coach's team sheet, a trust
that runs the club) are never players, on short texts written for these tests (not copied from
any outlet)."""

from __future__ import annotations

from rumours_people_found import people_found, players_found


def test_a_president_leaving_his_seat_is_no_player_leaving() -> None:
    """ "Pietro Pizzarotti lascia la presidenza": the seat he leaves makes him the president;
    a player "lascia" a club."""
    text = (
        "Il fondo americano ha rilevato il 90% del Parma. Il consorzio resta con il 10% e Pietro "
        "Pizzarotti lascia la presidenza. Il primo colpo della nuova proprietà è Juan Brunetta, "
        "trequartista del Godoy Cruz: offerta da 5 milioni."
    )
    assert "Pietro Pizzarotti" not in players_found(text)
    assert "Juan Brunetta" in players_found(text)


def test_the_coach_who_picks_the_keeper_is_no_player() -> None:
    """ "Roberto Stellone lo ha scelto come titolare": the man who fields the player is his
    coach, though "ha scelto" after a player's name is the club he chose."""
    text = (
        "Il Frosinone ha chiesto all'Atalanta di prolungare il prestito di Marco Sportiello. "
        "Roberto Stellone lo ha scelto come titolare dalla prima giornata e il portiere lo ha "
        "ripagato con parate decisive."
    )
    assert "Roberto Stellone" not in players_found(text)


def test_one_plural_title_covers_every_name_it_lists() -> None:
    """ "I trustee Susanna Isgrò e Paolo Bertoli hanno lasciato le chiavi": both run the club in
    trust; the second name's "hanno lasciato" is not a player's exit."""
    text = (
        "I trustee Susanna Isgrò e Paolo Bertoli hanno lasciato le chiavi al nuovo presidente, "
        "che ha scelto subito l'uomo del mercato. Il primo obiettivo è Simone Verdi, in prestito "
        "dal Napoli."
    )
    assert "Paolo Bertoli" not in players_found(text)
    assert "Simone Verdi" in players_found(text)


def test_a_former_player_with_a_job_now_is_no_player() -> None:
    """ "Lorenzo Bianchi, ex difensore del Torino e ospite fisso della trasmissione": what he was
    comes first, what he is now after the "e"; the man he would sign is the player."""
    text = (
        "«Ha scelto di giocare con continuità», ha commentato Lorenzo Bianchi, ex difensore del "
        "Torino e ospite fisso della trasmissione. Poi la sua idea: all'Inter porterebbe Javier "
        "Pastore, che il PSG ha messo sul mercato."
    )
    assert "Lorenzo Bianchi" not in players_found(text)


def test_the_host_of_a_show_is_no_player() -> None:
    """ "Paolo Neri ha aperto la puntata", "Neri ha lasciato la parola agli ospiti": the host
    names the market's players, he is not one of them."""
    text = (
        "Paolo Neri ha aperto la puntata con la notizia che ha spiazzato Napoli: il no di Simone "
        "Verdi. Poi Neri ha lasciato la parola agli ospiti."
    )
    assert players_found(text) == {"Simone Verdi"}


def test_the_man_a_show_is_hosted_by_is_a_journalist() -> None:
    """ "la trasmissione del mattino condotta da Marco Russo": the host, whom the never-players
    list counts among the journalists."""
    text = (
        "Nel corso della trasmissione del mattino condotta da Marco Russo, Franco Melli ha indicato "
        "il rinforzo che servirebbe alla Roma: «Io prenderei Hakim Ziyech». Un sogno, ha sorriso "
        "Russo: nessuno ha mai pensato di chiederlo al Chelsea."
    )
    roles = {p.name: p.role for p in people_found(text)}
    assert roles["Marco Russo"] == "journalist"


def test_a_company_that_owns_a_club_is_no_player() -> None:
    """ "Suning Holdings Group", "RedBird Capital Partners", "il fondo Elliott": the owners a
    takeover story names, whatever verbs of leaving and arriving they take."""
    text = (
        "Il passaggio è ufficiale: Suning Holdings Group lascia l'Inter dopo otto anni. Al Milan, "
        "Elliott e RedBird Capital Partners hanno firmato il closing, e il fondo Elliott ha dato "
        "il via libera per Divock Origi, che arriva a parametro zero dal Liverpool."
    )
    assert players_found(text) == {"Divock Origi"}


def test_the_man_a_player_pleases_is_no_player() -> None:
    """ "il difensore piace molto a Mario Neri": the one who likes him is the coach or the
    director who wants him."""
    text = (
        "Il Cagliari ha chiesto informazioni su Luca Rossettini: il difensore piace molto a Mario "
        "Neri, che lo considera l'uomo giusto per la sua difesa a quattro."
    )
    assert players_found(text) == {"Luca Rossettini"}


def test_a_man_whose_career_is_over_is_no_player() -> None:
    """ "Giulio Serra, che ha chiuso la carriera dopo sedici stagioni": a retired captain the
    club would give a job, not a player on the market."""
    text = (
        "Il Genoa saluta Giulio Serra, che ha chiuso la carriera dopo sedici stagioni in "
        "rossoblù: a lui la società vorrebbe affidare un ruolo in dirigenza. Sul mercato, il club "
        "ha chiesto all'Empoli il prestito di Luca Belardinelli."
    )
    assert "Giulio Serra" not in players_found(text)


def test_the_man_whose_door_a_club_knocks_at_is_no_player() -> None:
    """ "i rossoneri, che per primi avevano bussato alla porta di Paolo Verdi": the seller's
    man, asked for a player, whom the never-players list counts among the directors."""
    text = (
        "Il Milan vuole Geoffrey Kondogbia, ma l'Inter ha presentato un'offerta da 30 milioni, "
        "mentre i rossoneri, che per primi avevano bussato alla porta di Paolo Verdi, hanno messo "
        "sul piatto 35 milioni."
    )
    roles = {p.name: p.role for p in people_found(text)}
    assert roles["Paolo Verdi"] == "director"
