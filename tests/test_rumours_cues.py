"""Deal and stage cues, their precedence, and articles that report no rumour."""

from __future__ import annotations

import pytest
from rumours_people_found import players_found
from rumours_tiny_lexicon import tiny_lexicon

from mercato.rumours import extract_rumours
from mercato.rumours.cues import pick_deal, pick_stage
from mercato.rumours.document import build_document
from mercato.rumours.lexicon import Lexicon, load_lexicon
from mercato.rumours.relations import club_refs


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    return tiny_lexicon(tmp_path_factory.mktemp("lexicon"))


def one(text: str, lex: Lexicon) -> dict:
    rumours = [r.to_dict() for r in extract_rumours(text, lexicon=lex)]
    assert len(rumours) == 1, rumours
    return rumours[0]


def test_precedence_helpers() -> None:
    assert pick_stage(["negotiation", "medical", "interest"]) == "medical"
    assert pick_stage(["agreement", "collapsed"]) == "collapsed"
    assert pick_stage([]) == "interest"
    assert pick_deal(["loan", "loan_obligation"]) == "loan_obligation"
    assert pick_deal([]) == "transfer"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Il Milan è sulle tracce di Mario Gila, difensore della Lazio.", "interest"),
        (
            "Il Milan ha avviato una trattativa con la Lazio per Mario Gila, difensore spagnolo.",
            "negotiation",
        ),
        ("Accordo raggiunto: Mario Gila, difensore della Lazio, sarà del Milan.", "agreement"),
        (
            "Dopo la lunga trattativa, Mario Gila, difensore della Lazio, sosterrà domani "
            "le visite mediche con il Milan.",
            "medical",
        ),
        ("È ufficiale: Mario Gila, difensore ex Lazio, ha firmato con il Milan.", "official"),
        (
            "Il Milan aveva trovato l'accordo per Mario Gila, difensore della Lazio, "
            "ma la trattativa è saltata.",
            "collapsed",
        ),
        (
            "Il Milan pensa a Mario Gila, difensore della Lazio, ma la Lazio smentisce ogni trattativa.",
            "collapsed",
        ),
    ],
)
def test_stage(lex: Lexicon, text: str, stage: str) -> None:
    assert one(text, lex)["stage"] == stage


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        (
            "Il Milan vuole Mario Gila, difensore della Lazio, in prestito con obbligo di riscatto.",
            "loan_obligation",
        ),
        (
            "Il Milan vuole Mario Gila, difensore della Lazio, in prestito con diritto di riscatto.",
            "loan_option",
        ),
        ("Il Milan vuole Mario Gila, difensore della Lazio, in prestito secco.", "loan"),
        ("Il Milan pensa a Mario Gila, difensore della Lazio, a parametro zero.", "free"),
        ("Il Milan propone uno scambio alla Lazio per Mario Gila, difensore spagnolo.", "swap"),
        ("Il Milan vuole Mario Gila, difensore della Lazio, a titolo definitivo.", "transfer"),
    ],
)
def test_deal(lex: Lexicon, text: str, deal: str) -> None:
    assert one(text, lex)["deal"] == deal


def test_renewal_is_his_own_club(lex: Lexicon) -> None:
    r = one("Il Milan è pronto a rinnovare il contratto di Fikayo Tomori fino al 2029.", lex)
    assert (r["from_club"], r["to_club"], r["deal"], r["contract_until"]) == (
        "Milan",
        "Milan",
        "renewal",
        2029,
    )


def test_loan_without_destination(lex: Lexicon) -> None:
    r = one("Milan, il giovane Odogu potrebbe andare a fare esperienza in prestito.", lex)
    assert (r["player"], r["from_club"], r["to_club"], r["deal"]) == ("Odogu", "Milan", None, "loan")


def test_competition_makes_a_second_rumour(lex: Lexicon) -> None:
    text = "Milan, idea Gila\n\nMario Gila, 25 anni, della Lazio: su di lui c'è la concorrenza dell'Inter."
    found = {(r.player, r.to_club) for r in extract_rumours(text, lexicon=lex)}
    assert found == {("Mario Gila", "Milan"), ("Mario Gila", "Inter")}


def test_fee_and_bonus(lex: Lexicon) -> None:
    r = one(
        "Il Milan ha offerto 15 milioni più 3 di bonus alla Lazio per Mario Gila, difensore spagnolo.", lex
    )
    assert (r["fee_eur"], r["bonus_eur"]) == (15_000_000, 3_000_000)


def test_cited_outlet_never_the_publisher(lex: Lexicon) -> None:
    text = (
        "Come riportato da Tuttosport e dalla Gazzetta, il Milan pensa a Mario Gila, difensore della Lazio."
    )
    assert one(text, lex)["cited_outlets"] == ["Tuttosport", "La Gazzetta dello Sport"]
    rumours = extract_rumours(text, lexicon=lex, publisher="Tuttosport")
    assert rumours[0].cited_outlets == ["La Gazzetta dello Sport"]


@pytest.mark.parametrize(
    "text",
    [
        "Il Milan ha battuto la Lazio 2-0: doppietta di Christian Pulisic e gol di Rafael Leao.",
        "Mario Gila, arrivato alla Lazio la scorsa estate dal Real Madrid, ha segnato contro l'Inter.",
        "L'allenatore Massimiliano Allegri ha parlato della sfida contro la Juventus.",
        "Il Milan è sulle tracce di un difensore centrale per gennaio.",
    ],
)
def test_no_rumour(lex: Lexicon, text: str) -> None:
    assert extract_rumours(text, lexicon=lex) == []


def test_an_agreement_not_yet_found_is_a_negotiation() -> None:
    """ "la trattativa per il rinnovo non ha ancora trovato una via d'uscita": still talks."""
    text = (
        "Milan, il rinnovo di Franck Kessié è un rebus. La trattativa per il rinnovo con il Milan "
        "non ha ancora trovato una via d'uscita."
    )
    found = {(r.player, r.to_club, r.deal, r.stage) for r in extract_rumours(text)}
    assert found == {("Franck Kessié", "Milan", "renewal", "negotiation")}


def test_a_club_keeping_a_target_in_its_sights_wants_him() -> None:
    """ "che il Milan tiene nel mirino da mesi": the Milan buys, it does not keep him."""
    doc = build_document("È Sven Botman, che il Milan tiene nel mirino da mesi.", load_lexicon())
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [("Milan", "to")]


@pytest.mark.parametrize(
    ("sentence", "club", "relation"),
    [
        ("Il messicano è stato sondato dall'Aston Villa.", "Aston Villa", "to"),
        ("Sullo sfondo resta il Chelsea.", "Chelsea", "competitor"),
        ("Resta Nehuén Pérez, che l'Udinese non cede per meno di 20 milioni.", "Udinese", "from"),
    ],
)
def test_probed_by_a_club_in_the_background_or_priced(sentence: str, club: str, relation: str) -> None:
    doc = build_document(sentence, load_lexicon())
    assert [(r.name, r.relation) for r in club_refs(doc, 0)] == [(club, relation)]


def test_a_price_floor_is_no_refusal_to_sell() -> None:
    """ "Sullo sfondo resta Nehuén Pérez, che l'Udinese non cede per meno di 20 milioni": the
    Napoli's target at a price, not a man his club keeps."""
    text = (
        "Napoli, caccia al centrale\n\n"
        "Il Napoli cerca un difensore. Sullo sfondo resta Nehuén Pérez, che l'Udinese non cede per "
        "meno di 20 milioni."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Nehuén Pérez", "Udinese", "Napoli")}


@pytest.mark.parametrize(
    "text",
    [
        "Il Monza aveva già fatto cassa in estate con la cessione di Carlos Augusto all'Inter, e ora "
        "può investire.",
        "La cassa, già rimpinguata a gennaio dalla cessione di Patrick Dorgu al Manchester United, "
        "potrebbe garantire un altro tesoretto.",
    ],
)
def test_a_sale_that_already_made_money_is_history(text: str) -> None:
    assert extract_rumours(text) == []


def test_finding_form_or_reaching_camp_is_no_agreement() -> None:
    """ "ha trovato continuità", "ha raggiunto il ritiro": no deal; "hanno trovato la quadra" is."""
    text = (
        "Il Milan ha chiesto informazioni per Christopher Nkunku: il francese ha trovato continuità "
        "e ha raggiunto la nazionale."
    )
    assert {r.stage for r in extract_rumours(text)} == {"negotiation"}
    text = "Milan e Chelsea hanno trovato la quadra per Christopher Nkunku."
    assert {r.stage for r in extract_rumours(text)} == {"agreement"}


def test_a_ranked_list_of_dated_deals_is_history() -> None:
    """ "1. Cristiano Ronaldo – dal Real Madrid alla Juventus, estate 2018: 100 milioni" """
    text = (
        "La classifica – Gli acquisti più cari nella storia della Serie A\n\n"
        "1. Cristiano Ronaldo – dal Real Madrid alla Juventus, estate 2018: 100 milioni.\n\n"
        "2. Dušan Vlahović – dalla Fiorentina alla Juventus, gennaio 2022: 70 milioni più 10 di bonus."
    )
    assert extract_rumours(text) == []


def test_interest_he_had_received_is_history() -> None:
    """ "Il portiere, il cui contratto scade a giugno, aveva ricevuto in estate l'interesse del
    Chelsea": the renewal is today's story, the Chelsea's interest a past one."""
    text = (
        "Milan, Maignan: manca solo la firma\n\n"
        "Mike Maignan e il Milan sono vicinissimi: l'accordo per il rinnovo fino al 2030 è stato "
        "raggiunto. Il portiere francese, il cui contratto scade a giugno, aveva ricevuto in estate "
        "l'interesse del Chelsea."
    )
    assert {r.to_club for r in extract_rumours(text)} == {"Milan"}


def test_an_option_denied_is_a_plain_loan() -> None:
    """ "in prestito, senza diritto di riscatto": the words of an option, negated, leave a loan."""
    text = (
        "Lecce, preso Camarda\n\n"
        "Il Lecce ha chiuso con il Milan per Francesco Camarda, che arriva in prestito senza "
        "diritto di riscatto."
    )
    assert [(r.player, r.deal) for r in extract_rumours(text)] == [("Francesco Camarda", "loan")]


def test_a_player_who_should_arrive_is_the_story_clubs_buy() -> None:
    """ "Dallo stesso club londinese dovrebbe arrivare anche Pulisic": "dovrebbe arrivare" names
    him as the player coming to the club the story is about, though the club he leaves is only
    described."""
    text = (
        "Il Milan parla straniero\n\n"
        "Ruben Loftus-Cheek ha firmato ieri con il Milan. Dallo stesso club londinese dovrebbe "
        "arrivare anche Christian Pulisic: secondo Sky Sport l'accordo tra le società è stato "
        "raggiunto sulla base di 20 milioni."
    )
    assert ("Christian Pulisic", "Milan") in [(r.player, r.to_club) for r in extract_rumours(text)]


def test_lead_dropped_or_bid_not_raised_ends_the_move() -> None:
    """ "il Milan non rilancerà per Taremi... hanno deciso di chiudere la pista": a live blog's
    last entry drops the lead, so the move is collapsed, not still in negotiation."""
    text = (
        "Milan, le ultime su Taremi\n\n"
        "10:05 – Il Milan ha presentato al Porto un'offerta da 15 milioni per Mehdi Taremi.\n\n"
        "16:35 – Il Milan non rilancerà per Taremi: Moncada e Furlani hanno deciso di chiudere la "
        "pista, giudicando eccessive le richieste dei portoghesi."
    )
    stages = {r.stage for r in extract_rumours(text) if r.player.endswith("Taremi")}
    assert stages == {"collapsed"}


def _stage_of(text: str, surname: str) -> set[str]:
    return {r.stage for r in extract_rumours(text) if r.player.endswith(surname)}


def test_writer_stating_only_interest_outweighs_a_denied_contact() -> None:
    """ "per ora è soltanto un'idea, nessun contatto tra le società": the writer says the stage
    himself, and a careful reader takes it over the "no contact" next to it."""
    text = (
        "Bari, idea Lucca\n\n"
        "Il Bari vorrebbe un'altra punta e il nome che piace è quello di Lorenzo Lucca, che al "
        "Pisa sta trovando meno spazio: per ora è soltanto un'idea, nessun contatto tra le società."
    )
    assert _stage_of(text, "Lucca") == {"interest"}


def test_ending_a_loan_early_is_no_collapse() -> None:
    """ "capire se ci siano margini per interrompere il prestito" ends his loan, not the move."""
    text = (
        "Palermo, si lavora per Raimondo\n\n"
        "Il Palermo ha chiesto informazioni al Bologna per Antonio Raimondo, in prestito alla "
        "Ternana, per capire se ci siano margini per interrompere il prestito e girarlo in Sicilia."
    )
    assert "collapsed" not in _stage_of(text, "Raimondo")


def test_a_door_left_open_is_no_refusal() -> None:
    """ "il presidente non ha escluso l'idea" keeps the move alive."""
    text = (
        "Pisa, la suggestione Insigne\n\n"
        "Il Pisa ci ha pensato, e il presidente Giuseppe Corrado non ha escluso l'idea di portare "
        "Lorenzo Insigne in Toscana: il nodo è l'ingaggio."
    )
    assert "collapsed" not in _stage_of(text, "Insigne")


def test_a_sale_outright_is_a_formula_not_an_agreement() -> None:
    """ "il Leeds vorrebbe cederlo a titolo definitivo" names the formula wanted, no deal made."""
    text = (
        "Roma, sondaggio per Kristensen\n\n"
        "La Roma ha effettuato un sondaggio con il Leeds per Rasmus Kristensen. Il Leeds vorrebbe "
        "cederlo a titolo definitivo, la Roma pensa al prestito."
    )
    assert _stage_of(text, "Kristensen") == {"interest"}


def test_owner_answers_and_interrupted_withdrawals_end_the_move() -> None:
    """ "ha risposto picche", "non lo vendiamo" and "si è invece sfilato" end the suitor's move;
    "non cede per meno di 20 milioni" only sets a price."""
    refused = (
        "Torino, no all'Atalanta per Ricci\n\n"
        "L'Atalanta ha messo sul piatto 25 milioni per Samuele Ricci, ma Urbano Cairo ha risposto "
        "picche: «È il nostro futuro capitano»."
    )
    withdrawn = (
        "Napoli, Osimhen resta in attesa\n\n"
        "Il Chelsea voleva Victor Osimhen e ha trattato con il Napoli per settimane. Nelle ultime "
        "ore, però, il Chelsea si è improvvisamente sfilato."
    )
    priced = (
        "Napoli, le alternative in difesa\n\n"
        "Sullo sfondo resta Jaka Bijol, che l'Udinese non cede per meno di 20 milioni."
    )
    assert _stage_of(refused, "Ricci") == {"collapsed"}
    assert _stage_of(withdrawn, "Osimhen") == {"collapsed"}
    assert "collapsed" not in _stage_of(priced, "Bijol")


def test_a_flight_to_the_next_club_is_the_move() -> None:
    """ "Martin Erlić vola in Danimarca: domani le visite con il Midtjylland" names the player
    by his flight to the club that buys him."""
    text = (
        "Sassuolo, le uscite\n\n"
        "Martin Erlić vola in Danimarca: domani le visite mediche con il Midtjylland, al Sassuolo "
        "circa 5 milioni di euro."
    )
    moves = {(r.player, r.to_club, r.stage) for r in extract_rumours(text)}
    assert ("Martin Erlić", "Midtjylland", "medical") in moves


def test_a_fee_offered_makes_no_free_transfer() -> None:
    """ "dopo Paul Pogba, arrivati a parametro zero" is another man's deal: Bremer's move, with
    its fee, is a transfer."""
    text = (
        "La Juve beffa l'Inter per Bremer\n\n"
        "La Juventus ha chiuso nella notte per Gleison Bremer: al Torino 41 milioni più 9 di bonus. "
        "Dopo Paul Pogba e Ángel Di María, arrivati a parametro zero, il brasiliano è il terzo colpo."
    )
    deals = {r.deal for r in extract_rumours(text) if r.player == "Gleison Bremer"}
    assert deals == {"transfer"}


def test_a_refusal_behind_a_new_bid_or_a_price_is_no_collapse() -> None:
    """ "Dopo il primo no del Club Brugge, Tare è tornato alla carica", "per meno di 40 milioni
    non se ne parla" and "non chiude alla cessione" keep the move going."""
    raised = (
        "Milan, rilancio per Jashari\n\n"
        "Dopo il primo no del Club Brugge, Igli Tare è tornato alla carica per Ardon Jashari: "
        "il Milan ha offerto 32 milioni più 3 di bonus."
    )
    priced = (
        "Atalanta, la Juve su Ederson\n\n"
        "Ederson piace alla Juventus, che ha chiesto informazioni all'Atalanta. Luca Percassi è stato "
        "chiaro con i bianconeri: per meno di 40 milioni non se ne parla."
    )
    open_door = (
        "Lazio, idea Taylor\n\n"
        "La Lazio ha chiesto informazioni all'Ajax per Kenneth Taylor. Il club olandese valuta il "
        "centrocampista una ventina di milioni e non chiude alla cessione già in questa finestra."
    )
    assert "collapsed" not in _stage_of(raised, "Jashari")
    assert "collapsed" not in _stage_of(priced, "Ederson")
    assert "collapsed" not in _stage_of(open_door, "Taylor")


def test_club_his_career_goes_on_from_is_where_he_goes() -> None:
    """ "ripartirà dal Gubbio, in Serie C": the club a player starts again from is his next."""
    text = (
        "Perugia, risoluzione per Brancaleoni\n\n"
        "Lorenzo Brancaleoni ha trovato l'intesa con la società per la risoluzione consensuale del "
        "contratto e ripartirà dal Gubbio, in Serie C."
    )
    assert "Gubbio" in {r.to_club for r in extract_rumours(text) if r.player == "Lorenzo Brancaleoni"}


def test_a_when_aside_in_the_perfect_is_history() -> None:
    """ "Svincolato dall'estate, quando il City non gli ha rinnovato il contratto": the club that
    let him go last summer is no suitor, and his new club's move is no renewal."""
    text = (
        "Benevento, c'è il sì di Sagna\n\n"
        "Bacary Sagna ha detto sì al Benevento e domani sosterrà le visite mediche. Svincolato "
        "dall'estate, quando il City non gli ha rinnovato il contratto, il terzino francese firmerà "
        "fino al 30 giugno 2018."
    )
    moves = {(r.to_club, r.deal) for r in extract_rumours(text) if r.player == "Bacary Sagna"}
    assert moves == {("Benevento", "free")}


def test_a_perfect_dated_by_its_month_is_history() -> None:
    """ "Mertens, che a giugno ha firmato il rinnovo": a renewal signed months ago is background
    in a piece about the new striker, not a rumour of the day; the striker still is one."""
    text = (
        "Napoli, si chiude per Osimhen\n\n"
        "Il Napoli ha trovato l'accordo con il Lille per Victor Osimhen: 70 milioni più bonus. "
        "Resterà invece Dries Mertens, che a giugno ha firmato il rinnovo fino al 2022 e farà da "
        "chioccia al nuovo centravanti."
    )
    found = {(r.player, r.to_club) for r in extract_rumours(text)}
    assert found == {("Victor Osimhen", "Napoli")}


def test_a_deal_dated_by_its_year_after_del_is_history() -> None:
    """ "il risarcimento allo Sporting per la rescissione unilaterale del 2018": the club he left
    years ago is no party to the renewal the article is about."""
    text = (
        "Milan, nuova offerta per Leão\n\n"
        "Paolo Maldini può concentrarsi sul rinnovo di Rafael Leão. Il Milan ha presentato una nuova "
        "proposta fino al 2027. Pesa però la sentenza che impone al giocatore di pagare 16,5 milioni "
        "allo Sporting Lisbona per la rescissione unilaterale del 2018."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert found == {("Rafael Leão", "Milan", "Milan")}


def test_irregular_remote_pasts_tell_history() -> None:
    """ "Il Napoli vide partire Lorenzo Insigne verso il Canada": an irregular passato remoto is
    history too; "dopo le spese per i primi rinforzi" (a noun) dates nothing."""
    history = (
        "Napoli, dieci anni di addii\n\n"
        "Il Napoli, nell'estate del 2022, vide partire Lorenzo Insigne verso il Toronto FC e Dries "
        "Mertens verso il Galatasaray."
    )
    assert extract_rumours(history) == []
    news = (
        "Lazio, idea Guendouzi\n\n"
        "Sullo sfondo resta Mattéo Guendouzi. Il francese del Marsiglia piace alla Lazio, ma dopo le "
        "spese per i primi rinforzi il budget impone prudenza."
    )
    assert ("Mattéo Guendouzi", "Lazio") in {(r.player, r.to_club) for r in extract_rumours(news)}


def test_unsellable_ends_no_renewal() -> None:
    """ "Alla Continassa considerano Yildiz incedibile" after the renewal talks: his club keeping
    him is why it renews, so the renewal stays in negotiation."""
    text = (
        "Juventus, Yildiz verso il rinnovo\n\n"
        "La dirigenza bianconera ha avviato la trattativa per il rinnovo di Kenan Yildiz fino al "
        "2030. Il Chelsea ha chiesto informazioni in estate. Alla Continassa, però, considerano "
        "Yildiz incedibile."
    )
    stages = {r.stage for r in extract_rumours(text) if r.deal == "renewal"}
    assert stages == {"negotiation"}


def test_a_man_in_town_for_his_medical_or_scoring_goals_is_a_player() -> None:
    """ "Tonali sarà a Milano per le visite mediche", "Kean è a Parigi: visite mediche in corso",
    "Dovbyk ha segnato con regolarità": only a player has a medical or scores; these men named
    with no role noun are players on the market."""
    found = players_found(
        "Domani mattina Tonali sarà a Milano per le visite mediche, poi firmerà. "
        "Moise Kean è a Parigi: visite mediche in corso con il PSG. "
        "Artem Dovbyk ha segnato con regolarità nella sua prima stagione."
    )
    assert {"Tonali", "Moise Kean", "Artem Dovbyk"} <= found
