"""Rumours told on the occasions the press writes from besides the market itself (an injury, a
press conference, a training camp, a national team's camp), on short articles written for these
tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_people_found import people_found

from mercato.rumours import Rumour, extract_rumours


def _titled(text: str) -> list[Rumour]:
    """The rumours of a test article whose first line is its headline, read as the title."""
    return extract_rumours(text, title=text.splitlines()[0])


def _moves(text: str) -> set[tuple[str, str | None, str]]:
    return {(r.player.split()[-1], r.to_club, r.stage) for r in extract_rumours(text)}


def test_the_new_striker_of_a_club_is_a_player_on_the_move() -> None:
    """ "Giovanni Simeone è il nuovo centravanti del Napoli": a player's place at a club, which
    makes him a player even where no other word of the sentence does (a coach is never "il nuovo
    centravanti")."""
    text = (
        "Il Cholito veste d'azzurro\n"
        "\n"
        "Tanti gol e un cognome pesante. Giovanni Simeone è il nuovo centravanti del Napoli, o "
        "quasi: ieri le visite mediche a Villa Stuart, oggi la firma. Arriva dal Verona in "
        "prestito con obbligo di riscatto.\n"
    )
    assert ("Simeone", "Napoli") in {(player, to) for player, to, _ in _moves(text)}


def test_a_sentence_that_brings_a_man_on_stage_makes_him_the_next_story() -> None:
    """ "E poi c'è Marco Bianchi.": a roundup turning to its next player; the renewal and the
    interest told after it are his, not the previous player's."""
    text = (
        "Sampdoria, due nodi per il ds\n"
        "\n"
        "Il Genoa ha offerto 4 milioni alla Sampdoria per Lorenzo Ferri, ma il club blucerchiato "
        "ne chiede 6.\n"
        "\n"
        "E poi c'è Oumar Konaté. La società gli ha proposto il rinnovo fino al 2029. Il difensore "
        "non ha ancora risposto, mentre il Torino ha chiesto informazioni.\n"
    )
    moves = {(player, to) for player, to, _ in _moves(text)}
    assert ("Konaté", "Sampdoria") in moves
    assert ("Konaté", "Torino") in moves
    assert not {("Ferri", "Sampdoria"), ("Ferri", "Torino")} & moves


def test_the_top_of_a_list_brings_a_man_on_stage() -> None:
    """ "In cima c'è Antonio Candreva.": the first name of the list the roundup opened, whose
    story the next sentence tells."""
    text = (
        "Inter, la lista di Ausilio per l'esterno\n"
        "\n"
        "L'Inter cerca un esterno destro e ha stilato una lista. In cima c'è Antonio Candreva. La "
        "Lazio chiede 25 milioni, i nerazzurri ne offrono 18.\n"
    )
    assert ("Candreva", "Inter") in {(player, to) for player, to, _ in _moves(text)}


def test_one_more_year_offered_to_a_veteran_is_a_renewal() -> None:
    """ "Lotito gli ha proposto un altro anno, fino al 2027": the press's way of saying a
    veteran's contract is being extended, with no word of "rinnovo"."""
    text = (
        "Lazio, Pedro non pensa al ritiro\n"
        "\n"
        "Pedro (Lazio). Lo spagnolo non vuole smettere: Claudio Lotito gli ha proposto un altro "
        "anno, fino al 2027, e a Formello sono convinti che dirà sì.\n"
    )
    found = extract_rumours(text)
    assert [(r.player, r.to_club, r.deal, r.contract_until) for r in found] == [
        ("Pedro", "Lazio", "renewal", 2027)
    ]


def test_the_man_whose_chosen_one_a_player_is_is_his_coach() -> None:
    """ "è il prescelto di Peter Stöger", "il pupillo di Sarri": the man a player is chosen by is
    a coach, even one the lexicon does not know; the loan told after is the player's."""
    text = (
        "Dortmund, il sostituto è Batshuayi\n"
        "\n"
        "Il sostituto è Michy Batshuayi. Il belga, chiuso al Chelsea, è il prescelto di Peter "
        "Stöger: i due club stanno definendo i dettagli di un prestito secco fino a giugno.\n"
    )
    found = extract_rumours(text)
    assert [(r.player, r.from_club, r.to_club, r.deal) for r in found] == [
        ("Michy Batshuayi", "Chelsea", "Borussia Dortmund", "loan")
    ]


def test_the_club_that_opens_to_a_loan_is_the_one_that_lends() -> None:
    """ "il Marsiglia ha aperto a un prestito con obbligo": a club opening to a loan or a sale
    lets its man go, with or without the article before "prestito"."""
    text = (
        "Lazio, per il centrocampo il nome giusto è Guendouzi\n"
        "\n"
        "Per la Lazio il nome giusto sembra Matteo Guendouzi: secondo L'Équipe il Marsiglia ha "
        "aperto a un prestito con obbligo di riscatto a 13 milioni.\n"
    )
    found = extract_rumours(text)
    assert [(r.player, r.from_club, r.to_club, r.deal, r.fee_eur) for r in found] == [
        ("Matteo Guendouzi", "Marsiglia", "Lazio", "loan_obligation", 13_000_000)
    ]


def test_a_player_focused_on_his_club_is_its_player_not_its_director() -> None:
    """ "M'Bala è concentrato sulla Fiorentina": the club a player's mind is on is the one that
    holds him; the denial of a named suitor is his collapsed move from there, and the sentence
    does not make him a club man acting on the Fiorentina."""
    text = (
        "Fiorentina, l'agente di Nzola: «Torino? Mai sentiti»\n"
        "\n"
        "Ieri Tuttosport aveva raccontato di un sondaggio del Torino per M'Bala Nzola. Il suo "
        "agente ha smentito seccamente: «Con il Torino non c'è mai stato nessun contatto. M'Bala "
        "è concentrato sulla Fiorentina e vuole riprendersi il posto da titolare».\n"
    )
    found = extract_rumours(text)
    assert [(r.player, r.from_club, r.to_club, r.stage) for r in found] == [
        ("M'Bala Nzola", "Fiorentina", "Torino", "collapsed")
    ]


def test_the_town_of_a_dateline_is_a_place_not_a_player() -> None:
    """ "BORMIO (14 luglio 2017) –": a training camp's town opens both the headline and the
    dateline; with a date after it, it is the place the piece was written, never a player."""
    for town, dateline in (
        ("Sarentino", "SARENTINO (14 luglio 2017) –"),
        ("Valdaora", "VALDAORA (Val Pusteria), 20 luglio 2018 –"),
    ):
        text = (
            f"{town}, Cairo chiude al Milan. Domani arriva Rincón.\n"
            "\n"
            f"{dateline} Urbano Cairo è arrivato all'albergo del Torino poco dopo pranzo.\n"
        )
        (found,) = [p for p in people_found(text) if p.name == town]
        assert found.role == "place" and not found.player


def test_an_airport_named_after_a_man_is_a_place() -> None:
    """ "all'aeroporto Nikola Tesla", "all'aeroporto Atatürk": a national team landing home is
    met at an airport that bears a man's name, who is no player on the market."""
    text = (
        "Serbia, festa a Belgrado. Il Milan segue Strahinja Pavlović.\n"
        "\n"
        "Al rientro all'aeroporto Nikola Tesla i giocatori sono stati accolti da migliaia di "
        "tifosi. Intanto il Milan ha chiesto informazioni al Salisburgo per Strahinja Pavlović.\n"
    )
    (tesla,) = [p for p in people_found(text) if p.name == "Nikola Tesla"]
    assert tesla.role == "place" and not tesla.player


def test_the_man_a_national_team_is_named_after_is_its_coach() -> None:
    """ "La Croazia di Zlatko Dalić": a country's side named after a man names its commissario
    tecnico, as "la squadra di Gasperini" names a club's coach."""
    text = (
        "La Croazia di Zlatko Dalić ha scelto il Qatar per le amichevoli di marzo, e "
        "nell'albergo della nazionale si parla soprattutto di contratti. L'Inter ha avviato i "
        "contatti con il Milan per Ivan Perišić."
    )
    people = {p.name: p for p in people_found(text)}
    assert people["Zlatko Dalić"].role == "coach" and not people["Zlatko Dalić"].player
    assert people["Ivan Perišić"].player


def test_a_director_closing_the_window_in_his_press_conference_is_no_player() -> None:
    """ "Palermo, Rinaudo chiude il mercato": the lexicon knows Palermo's sporting director (a
    player until 2013, a director since 2022), so his end-of-window conference is no move of his."""
    text = (
        "Palermo, Rinaudo chiude il mercato: «Siamo soddisfatti»\n"
        "\n"
        "Conferenza di fine mercato al centro sportivo di Torretta per Leandro Rinaudo. Nessuna "
        "cessione importante, e Rinaudo ha rivendicato la scelta: «Il gruppo è questo». Il Bari "
        "aveva chiesto informazioni per Francesco Di Mariano, ma il Palermo ha detto no.\n"
    )
    assert {r.player for r in _titled(text)} == {"Francesco Di Mariano"}


def test_a_camp_town_and_a_clubs_house_are_places() -> None:
    """ "Folgaria, diario del quarto giorno", "la firma a Casa Milan": the town of a training
    camp heading a diary and a club's headquarters are where the news happens, not players."""
    text = (
        "Folgaria, diario del quarto giorno: Zaccagni alle visite con la Lazio\n"
        "\n"
        "FOLGARIA – Ritiro del Verona, giorno 4. Mattia Zaccagni ha lasciato il ritiro: la Lazio "
        "ha chiuso con il Verona per il difensore. Intanto il Milan ha chiuso per Clément "
        "Lenglet: domani le visite, poi la firma a Casa Milan.\n"
    )
    players = {r.player for r in _titled(text)}
    assert {"Mattia Zaccagni", "Clément Lenglet"} <= players
    assert not players & {"Folgaria", "Casa"}


def test_the_club_a_player_is_asked_of_is_his_seller() -> None:
    """ "Giuntoli chiede Navas al PSG": the club after the player a director asks for is the
    one that holds him, as with "ha chiesto Lookman all'Atalanta"; the buyer is the director's."""
    text = (
        "Napoli, Giuntoli chiede Navas al PSG\n"
        "\n"
        "Il Napoli cerca un portiere d'esperienza. Giuntoli chiede Navas al PSG: pronta "
        "un'offerta per il costaricano.\n"
    )
    found = _titled(text)
    assert [(r.player, r.from_club, r.to_club) for r in found] == [("Navas", "PSG", "Napoli")]


def test_leaving_the_training_camp_is_leaving_for_the_next_club() -> None:
    """ "Nicolò Barella ha lasciato il ritiro del Cagliari": a player leaving his club's camp for
    his medical elsewhere; the club of the camp is the one he leaves now, not a past move."""
    text = (
        "Pejo, Barella saluta tra gli applausi\n"
        "\n"
        "Nicolò Barella ha lasciato il ritiro del Cagliari a metà mattina: domani a Milano "
        "sosterrà le visite mediche con l'Inter, che lo prende in prestito con obbligo di "
        "riscatto fissato a 25 milioni.\n"
    )
    found = _titled(text)
    assert [(r.player, r.from_club, r.to_club, r.stage) for r in found] == [
        ("Nicolò Barella", "Cagliari", "Inter", "medical")
    ]


def test_an_age_standing_for_the_man_just_named_refers_back_to_him() -> None:
    """ "Il ventiseienne del Verona", "Il 37enne, in scadenza con il Nizza": the press goes on
    about the player it has just named by his age; the club with it is his, and a man named
    only to close a sentence is a player when the next one opens on his age."""
    zaccagni = (
        "Lazio, Zaccagni a un passo\n"
        "\n"
        "Il primo nome è quello di Mattia Zaccagni. Il ventiseienne del Verona ha scelto la Lazio "
        "da settimane: prestito con obbligo di riscatto a 6 milioni.\n"
    )
    found = _titled(zaccagni)
    assert [(r.player, r.from_club, r.to_club) for r in found] == [("Mattia Zaccagni", "Verona", "Lazio")]
    sirigu = (
        "Il valzer dei portieri\n"
        "\n"
        "Chiude il quadro Salvatore Sirigu. Il 37enne, in scadenza con il Nizza, vorrebbe chiudere "
        "la carriera a casa: il Cagliari ha fatto un sondaggio.\n"
    )
    assert ("Salvatore Sirigu", "Cagliari") in {(r.player, r.to_club) for r in extract_rumours(sirigu)}


def test_the_club_a_player_is_back_at_after_a_loan_holds_him() -> None:
    """ "rientrato al Manchester United dopo il prestito al Chelsea": a return told in the past,
    to the club that owns him now; it is his present club, not history, and the loan he is back
    from is no move."""
    text = (
        "Roma, sfuma Sancho\n"
        "\n"
        "Meno promettente era la pista Jadon Sancho. L'inglese, rientrato al Manchester United "
        "dopo il prestito al Chelsea, ha detto no alla Roma: troppo alto il sacrificio economico.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in _titled(text)}
    assert ("Jadon Sancho", "Manchester United", "Roma") in found
    assert ("Jadon Sancho", "Manchester United", "Chelsea") not in found  # the loan that is over


def test_the_player_the_choice_fell_on_is_the_clubs_target() -> None:
    """ "la scelta è caduta su Kepa Arrizabalaga": after an injury the club picks its man; the
    story's club is the buyer."""
    text = (
        "Real Madrid, emergenza tra i pali: Ancelotti sceglie Kepa\n"
        "\n"
        "Tra i pali il club si è mosso subito e la scelta è caduta su Kepa Arrizabalaga. Secondo "
        "Marca l'accordo con il Chelsea è totale: prestito secco per una stagione.\n"
    )
    found = _titled(text)
    assert [(r.player, r.to_club, r.deal) for r in found] == [("Kepa Arrizabalaga", "Real Madrid", "loan")]


def test_a_free_agent_described_after_his_name_moves_free() -> None:
    """ "Martín Cáceres, svincolato dopo la fine del prestito alla Juventus": the apposition
    tells his state now, whatever past it names, so the move a club talks about is a free one."""
    text = (
        "Fiorentina, Montella chiede un difensore\n"
        "\n"
        "La priorità è un difensore di esperienza e il nome è quello di Martín Cáceres, svincolato "
        "dopo la fine del prestito alla Juventus: con il suo entourage ci sono stati contatti.\n"
    )
    found = _titled(text)
    assert [(r.player, r.to_club, r.deal) for r in found] == [("Martín Cáceres", "Fiorentina", "free")]


def test_a_man_no_longer_untouchable_is_for_sale() -> None:
    """ "Arne Slot non lo considera incedibile": the negated "incedibile" opens the door; the
    club asking about him is still interested, no answer has closed its move."""
    text = (
        "Chiesa, il Bologna chiede informazioni\n"
        "\n"
        "Il Bologna ha chiesto informazioni al Liverpool per Federico Chiesa: Arne Slot non lo "
        "considera incedibile e la valutazione si aggira intorno ai 12 milioni di euro.\n"
    )
    found = _titled(text)
    assert [(r.player, r.to_club) for r in found] == [("Federico Chiesa", "Bologna")]
    assert found[0].stage != "collapsed"


def test_an_announcement_still_to_come_is_an_agreement() -> None:
    """ "Dal 1° luglio saranno ufficiali...", "manca soltanto l'annuncio": the words of the
    announcement name what is still missing, so the deal is agreed, not official."""
    text = (
        "Inter, due arrivi a zero\n"
        "\n"
        "Dal 1° luglio saranno ufficiali gli arrivi a parametro zero di Stefan de Vrij, in scadenza "
        "con la Lazio: per lui manca soltanto l'annuncio.\n"
    )
    found = _titled(text)
    assert [(r.player, r.to_club, r.stage) for r in found] == [("Stefan de Vrij", "Inter", "agreement")]


def test_a_player_given_as_part_of_the_price_makes_a_swap() -> None:
    """ "20 in contanti più il cartellino di Gianluca Caprari": a player in the price is the
    press's player-plus-cash swap, the buyer's man going the other way."""
    text = (
        "Inter, Skriniar è fatta: 20 milioni più Caprari\n"
        "\n"
        "Milan Skriniar è il primo colpo dell'Inter: con la Sampdoria l'intesa è stata raggiunta "
        "sulla base di 30 milioni complessivi, 20 in contanti più il cartellino di Gianluca "
        "Caprari, valutato 10.\n"
    )
    found = _titled(text)
    assert ("Milan Skriniar", "Inter", "swap") in {(r.player, r.to_club, r.deal) for r in found}


def test_a_loan_ruled_out_is_no_loan() -> None:
    """ "60 milioni, e non in prestito": a president naming his price rules the loan out; the
    word "prestito" there is no formula of the deal."""
    text = (
        "Fiorentina, Commisso: «Chiesa costa 60 milioni»\n"
        "\n"
        "L'Inter ha chiesto informazioni per Federico Chiesa. Il presidente viola è stato chiaro: "
        "«Se vogliono Federico sanno quanto costa: 60 milioni, e non in prestito con pagamenti tra "
        "tre anni».\n"
    )
    found = _titled(text)
    assert [(r.player, r.to_club, r.deal) for r in found] == [("Federico Chiesa", "Inter", "transfer")]


def test_the_name_a_list_holds_is_a_player() -> None:
    """ "In cima alla lista di Gian Piero Gasperini c'è Gianluca Scamacca:": the man on the
    coach's list, whose talks the clause after the colon tells."""
    text = (
        "Atalanta, caccia al centravanti\n"
        "\n"
        "In cima alla lista di Gian Piero Gasperini c'è Gianluca Scamacca: con il West Ham i "
        "contatti sono già stati avviati.\n"
    )
    assert ("Scamacca", "Atalanta") in {(player, to) for player, to, _ in _moves(text)}


def test_a_man_who_has_a_contract_is_a_player() -> None:
    """ "Saša Lukić ha un contratto che scade nel 2023": the contract he has, which his club
    wants to extend, makes him the player of the renewal."""
    text = (
        "Torino, i rinnovi\n"
        "\n"
        "Saša Lukić ha un contratto che scade nel 2023 e il Torino non vuole correre rischi: gli "
        "ha proposto il prolungamento fino al 2026.\n"
    )
    assert ("Lukić", "Torino") in {(player, to) for player, to, _ in _moves(text)}
