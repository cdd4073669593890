"""Which club holds the player: the one that keeps a buy-back on him or owns his registration
sells, whatever else the sentence says it does; a lead about him points where he may go."""

from __future__ import annotations

from rumours_people_found import people_found

from mercato.rumours import extract_rumours


def moves(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(r.player, r.from_club, r.to_club, r.deal) for r in extract_rumours(text)}


def test_the_club_that_keeps_the_buy_back_is_the_seller() -> None:
    """ "I viola, che lo stimano molto, si terranno il controriscatto": keeping a buy-back on a
    player is what a club does when it sells him, not when it buys."""
    text = (
        "Empoli, Lucas Beltrán a un passo\n\n"
        "Il club toscano ha trovato l'intesa con la Fiorentina per l'attaccante argentino, che "
        "arriverà in prestito con diritto di riscatto. I viola, che lo considerano un prospetto "
        "importante, si terranno il controriscatto."
    )
    found = moves(text)
    assert ("Lucas Beltrán", "Fiorentina", "Empoli", "loan_option") in found
    assert all(to != "Fiorentina" for _, _, to, _ in found)


def test_the_club_that_owns_his_registration_is_his_seller() -> None:
    """ "con la Sampdoria, proprietaria del cartellino, sono partiti i contatti": talks with the
    owner of the card are talks with the seller, even when that club sells elsewhere in the article."""
    text = (
        "Mercato Cagliari\n\nIl Cagliari ha ceduto Alberto Dossena al Torino per 5 milioni.\n\n"
        "Per il centrocampo il nome è quello di Gerard Yepes: con la Sampdoria, proprietaria del "
        "cartellino, sono partiti i primi contatti e i sardi vorrebbero chiudere a titolo definitivo."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert ("Gerard Yepes", "Sampdoria", "Cagliari") in found
    assert ("Gerard Yepes", "Cagliari", "Sampdoria") not in found


def test_a_relative_clause_that_holds_the_card_names_the_seller() -> None:
    text = (
        "Mercato Cagliari\n\nIl Cagliari ha ceduto Alberto Dossena al Torino per 5 milioni.\n\n"
        "Per il centrocampo il nome è quello di Gerard Yepes: con la Sampdoria, che ne detiene il "
        "cartellino, sono partiti i primi contatti e i sardi vorrebbero chiudere a titolo definitivo."
    )
    assert ("Gerard Yepes", "Sampdoria", "Cagliari") in {(p, f, to) for p, f, to, _ in moves(text)}


def test_exchanging_the_papers_is_no_swap() -> None:
    """ "Manca solo lo scambio dei documenti": the last step of any move, not a player exchange."""
    text = (
        "Il Lecce ha raggiunto l'accordo con il Sassuolo per Kristian Thorstvedt. Manca solo lo "
        "scambio dei documenti, poi il ragazzo potrà raggiungere i compagni."
    )
    assert {d for p, _, _, d in moves(text) if p == "Kristian Thorstvedt"} == {"transfer"}


def test_the_lead_of_a_player_in_the_story_points_to_his_destination() -> None:
    """ "attorno a lui le voci non si spengono. L'ultima porta a Napoli": the rumour about him
    leads where he may go, not to the club he plays for."""
    text = (
        "Fiorentina, il caso Moise Kean\n\n"
        "E poi c'è Moise Kean, il grande punto interrogativo. Il centravanti ha una clausola da 52 "
        "milioni e attorno a lui le voci non si spengono. L'ultima porta a Napoli: Giovanni Manna "
        "avrebbe chiesto informazioni all'entourage del giocatore."
    )
    assert ("Moise Kean", "Napoli") in {(p, to) for p, _, to, _ in moves(text)}


def test_a_clubs_alternative_leads_to_where_its_target_plays() -> None:
    """ "L'alternativa porta a Verona: ... per Duda": the club named is the seller."""
    text = (
        "Il Milan pensa a Teun Koopmeiners, ma l'Atalanta chiede 60 milioni. L'alternativa porta a "
        "Verona: il Milan ha avviato i contatti per Ondrej Duda."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert ("Ondrej Duda", "Verona", "Milan") in found


def test_a_player_saying_goodbye_leaves_the_story_club_for_the_other_side_of_its_talk() -> None:
    """ "Belotti ha salutato i compagni: il Torino e la Roma hanno trovato l'accordo": the story's
    club, which he leaves, sells; the other side of the talk buys."""
    text = (
        "Toro, Belotti alla Roma: c'è l'accordo\n\n"
        "Andrea Belotti ha salutato i compagni: secondo Tuttosport, il Torino e la Roma hanno trovato "
        "l'accordo sulla base di 12 milioni di euro e l'attaccante è pronto a partire."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert found == {("Andrea Belotti", "Torino", "Roma")}


def test_a_player_leaving_in_the_headline_is_sold_by_the_story_club_in_the_talk_below() -> None:
    """ "Bologna, Svanberg saluta" then "il Bologna e il Wolfsburg hanno trovato l'accordo per
    Svanberg": the talk below is his club selling, though the sentence names no direction."""
    text = (
        "Bologna, Svanberg saluta: accordo con il Wolfsburg\n\n"
        "Secondo il Resto del Carlino, il Bologna e il Wolfsburg hanno trovato l'accordo per Mattias "
        "Svanberg sulla base di 9 milioni di euro: lo svedese ha già detto sì ai tedeschi."
    )
    assert ("Mattias Svanberg", "Bologna", "Wolfsburg") in {(p, f, to) for p, f, to, _ in moves(text)}


def test_the_club_that_wants_a_buy_back_inserted_is_selling() -> None:
    """ "il Frosinone propone un prestito, la Juventus vorrebbe inserire una clausola di
    controriscatto": the wish to keep a way back to the player is the seller's."""
    text = (
        "Frosinone, si tratta per Enzo Barrenechea\n\n"
        "La trattativa per Enzo Barrenechea è stata avviata: il Frosinone propone un prestito con "
        "diritto di riscatto, la Juventus vorrebbe inserire una clausola di controriscatto."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert ("Enzo Barrenechea", "Juventus", "Frosinone") in found
    assert all(to != "Juventus" for _, _, to in found)


def test_the_club_that_values_the_player_in_a_passive_is_his_own() -> None:
    """ "Adeyemi, esterno del Borussia Dortmund valutato dal club giallonero 40 milioni": the
    passive says what the player is worth to his club; "ha effettuato un sondaggio" is the buyer's."""
    text = (
        "Il Napoli ha effettuato un sondaggio per Karim Adeyemi, esterno del Borussia Dortmund "
        "valutato dal club giallonero intorno ai 40 milioni."
    )
    assert {(p, f, to) for p, f, to, _ in moves(text)} == {("Karim Adeyemi", "Borussia Dortmund", "Napoli")}


def test_the_club_with_no_intention_of_letting_him_go_holds_him() -> None:
    """ "il Bologna non ha alcuna intenzione di privarsi dello svizzero": the holder, not a buyer."""
    text = (
        "Napoli, si cerca un esterno. Più complicato arrivare a Dan Ndoye: il Bologna non ha "
        "alcuna intenzione di privarsi dello svizzero a stagione in corso."
    )
    assert {(p, f, to) for p, f, to, _ in moves(text)} == {("Dan Ndoye", "Bologna", "Napoli")}


def test_the_club_that_rates_him_among_its_best_is_his_own() -> None:
    """ "Al Betis lo considerano uno dei migliori prodotti del vivaio": his club's esteem, not a
    suitor's; "ai biancoverdi andranno 12 milioni" pays the Betis, the seller."""
    text = (
        "Como, Diao è a un passo\n\n"
        "La società lariana ha trovato l'accordo con il Real Betis per Assane Diao: ai biancoverdi "
        "andranno 12 milioni di euro più bonus. Al Betis lo considerano uno dei migliori prodotti "
        "del vivaio degli ultimi anni."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert found == {("Assane Diao", "Real Betis", "Como")}


def test_a_loan_he_came_back_from_is_no_destination() -> None:
    """ "rientrato all'Inter dopo sei mesi in prestito al Monza": the loan is over, the Monza is
    his past, not where he is going."""
    text = (
        "Verona, si tratta per Tomás Palacios\n\n"
        "Il difensore argentino, rientrato all'Inter dopo sei mesi in prestito al Monza, non fa "
        "parte dei piani nerazzurri: il Verona ha proposto un prestito con diritto di riscatto."
    )
    found = {to for p, _, to, _ in moves(text) if p == "Tomás Palacios"}
    assert "Verona" in found
    assert "Monza" not in found


def test_the_clubs_of_his_career_are_no_destinations() -> None:
    """ "conosce bene la Serie A per i suoi trascorsi con Udinese e Sampdoria": his past."""
    text = (
        "Jakub Jankto è rientrato al Getafe. Il centrocampista ceco conosce bene la Serie A per i "
        "suoi trascorsi con Udinese e Sampdoria. La formula proposta dal Cagliari è quella del prestito."
    )
    found = {to for p, _, to, _ in moves(text) if p == "Jakub Jankto"}
    assert found == {"Cagliari"}


def test_the_story_club_buys_a_player_on_loan_elsewhere_from_the_side_it_talks_with() -> None:
    """ "Roma, torna di moda Zirkzee: contatti con il Manchester United" when he plays on loan at
    another club: the other side of the talk owns him, the story's club buys."""
    text = (
        "Roma, torna di moda Joshua Zirkzee: contatti con il Manchester United\n\n"
        "Joshua Zirkzee, che in questa stagione è in prestito al Bologna, non ha convinto. La Roma "
        "pensa a un prestito secco fino a giugno."
    )
    found = {(p, to) for p, _, to, _ in moves(text)}
    assert ("Joshua Zirkzee", "Roma") in found
    assert ("Joshua Zirkzee", "Manchester United") not in found


def test_a_name_that_is_a_clubs_colours_has_put_on_its_shirt() -> None:
    """ "Teun Koopmeiners è bianconero, arrivata la firma": the club of his colours is his new one;
    "è bianconero da tre anni" is where he already plays."""
    assert moves("Teun Koopmeiners è bianconero, arrivata la firma.") == {
        ("Teun Koopmeiners", None, "Juventus", "transfer")
    }
    text = "Il Napoli vuole Federico Gatti. Gatti è bianconero da tre anni."
    assert moves(text) == {("Federico Gatti", "Juventus", "Napoli", "transfer")}


def test_a_loan_told_in_another_clause_of_a_one_player_sentence_is_his_deal() -> None:
    """ "Ocampos non ha convinto, e il Milan ha avuto un contatto con il Genoa per un prestito
    fino a giugno": the sentence names only him, so its loan is his move's deal."""
    text = (
        "Milan, contatti per Lucas Ocampos\n\nL'esterno argentino Lucas Ocampos, di proprietà del "
        "Marsiglia ma in prestito al Genoa, non ha convinto Ivan Jurić, e il Milan ha avuto un primo "
        "contatto con il club rossoblù per un prestito fino a giugno."
    )
    assert {(p, to, d) for p, _, to, d in moves(text)} == {("Lucas Ocampos", "Milan", "loan")}


def test_the_club_at_work_on_a_sale_that_is_paid_for_it_is_the_seller() -> None:
    """ "il Lecce ha trovato l'accordo con l'Atalanta per la cessione del centravanti: ai
    giallorossi andranno 25 milioni": the money it gets confirms the club at work sells."""
    text = (
        "Lecce, Nikola Krstović saluta il Salento\n\n"
        "Nikola Krstović saluta il Salento. Il Lecce ha trovato l'accordo con l'Atalanta per la "
        "cessione del centravanti montenegrino: ai giallorossi andranno 25 milioni più bonus."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert ("Nikola Krstović", "Lecce", "Atalanta") in found
    assert ("Nikola Krstović", "Atalanta", "Lecce") not in found


def test_the_other_side_of_a_deal_that_will_take_him_is_the_buyer() -> None:
    """ "ha trovato l'accordo con il Torino, che lo prenderà in prestito": the relative clause
    says the Torino takes him, so it buys; the story's club sells."""
    text = (
        "Napoli, il punto sul mercato\n\n"
        "In uscita, intanto, si muove Cyril Ngonge. L'esterno belga ha trovato l'accordo con il "
        "Torino, che lo prenderà in prestito con obbligo di riscatto."
    )
    found = {(p, to) for p, _, to, _ in moves(text)}
    assert ("Cyril Ngonge", "Torino") in found
    assert ("Cyril Ngonge", "Napoli") not in found


def test_the_club_that_frees_him_is_his_and_the_club_he_agrees_with_buys() -> None:
    """ "pronto a vestire il nerazzurro: la Roma lo ha liberato ... l'accordo con l'Inter": the
    buyer named twice is not also the seller."""
    text = (
        "Inter, colpo in attacco\n\n"
        "Edin Dzeko è pronto a vestire il nerazzurro: la Roma lo ha liberato con una risoluzione "
        "consensuale e l'accordo con l'Inter, per un biennio, è stato raggiunto."
    )
    assert {(p, f, to) for p, f, to, _ in moves(text)} == {("Edin Dzeko", "Roma", "Inter")}


def test_a_clubs_request_that_hovers_around_a_sum_is_its_asking_price() -> None:
    """ "la richiesta dei bavaresi si aggira intorno ai 7 milioni": the holder's price."""
    text = (
        "Inter, caccia al portiere\n\n"
        "Il nome in pole è quello di Yann Sommer: i contatti con il Bayern Monaco sono avviati e la "
        "richiesta dei bavaresi si aggira intorno ai 7 milioni di euro."
    )
    assert {(p, f, to) for p, f, to, _ in moves(text)} == {("Yann Sommer", "Bayern Monaco", "Inter")}


def test_the_club_that_will_not_complete_the_purchase_was_the_buyer() -> None:
    """ "La Juventus ha deciso di non completare l'acquisto di Schick ... concordata con la
    Sampdoria": the club at the purchase buys (and the move collapses), the other side sells."""
    text = (
        "Sampdoria, salta Schick\n\n"
        "La Juventus ha deciso di non completare l'acquisto di Patrik Schick: l'operazione da 30 "
        "milioni concordata con la Sampdoria è saltata."
    )
    found = {(r.player, r.from_club, r.to_club, r.stage) for r in extract_rumours(text)}
    assert found == {("Patrik Schick", "Sampdoria", "Juventus", "collapsed")}


def test_also_before_the_player_does_not_make_the_next_club_a_rival() -> None:
    """ "arriverà anche Gilmour: l'accordo con il Brighton": the "anche" belongs to the player
    arriving, and the colon closes it; the club in the next clause is the side selling him, not
    one more suitor."""
    text = (
        "Napoli, doppio colpo a centrocampo\n\n"
        "Con il centrocampista scozzese arriverà anche Billy Gilmour: l'intesa con il Brighton è "
        "stata trovata sulla base di 12 milioni più 3 di bonus."
    )
    moves = [(r.from_club, r.to_club) for r in extract_rumours(text) if r.player == "Billy Gilmour"]
    assert moves == [("Brighton", "Napoli")]


def test_the_club_a_sale_goes_to_buys_even_in_a_talk() -> None:
    """ "la trattativa per la cessione di Krstović all'Atalanta, con i giallorossi che chiedono
    25 milioni": the club after "cessione di X a" is where the sale sends him; the other side of
    the talk, asking the price, is the one selling."""
    text = (
        "Lecce, arriva il sostituto\n\n"
        "Va avanti la trattativa per la cessione di Nikola Krstović all'Atalanta, con i salentini "
        "che chiedono almeno 25 milioni."
    )
    assert moves(text) == {("Nikola Krstović", "Lecce", "Atalanta", "transfer")}


def test_a_club_he_is_linked_to_after_a_time_phrase_is_his_suitor() -> None:
    """ "Dallinga, accostato nelle ultime ore al Torino": the time phrase between the participle
    and the club does not cut the link; the Torino is where the rumour sends him."""
    text = (
        "Bologna, parla Sartori\n\n"
        "Smentite, invece, le indiscrezioni su Thijs Dallinga, attaccante olandese accostato nelle "
        "ultime ore al Torino."
    )
    assert [(r.player, r.to_club) for r in extract_rumours(text)] == [("Thijs Dallinga", "Torino")]


def test_the_club_an_offer_comes_from_is_the_suitor() -> None:
    """ "E Osimhen? Dall'Al Hilal è arrivata un'offerta": the club an offer arrives from made it;
    "dal" here is no provenance of the player."""
    text = "Napoli, il punto\n\nE Victor Osimhen? Dall'Al Hilal è arrivata un'offerta."
    assert moves(text) == {("Victor Osimhen", "Napoli", "Al Hilal", "transfer")}


def test_a_club_standing_firm_on_its_price_sells() -> None:
    """ "Fofana, il Monaco tiene il punto": holding firm on the price is what the owner does in
    a sale; it is no renewal of his contract there."""
    text = (
        "Milan, il punto a centrocampo. Fofana, il Monaco tiene il punto\n\n"
        "Il Milan ha presentato al Monaco un'offerta da 15 milioni per Youssouf Fofana."
    )
    assert moves(text) == {("Youssouf Fofana", "Monaco", "Milan", "transfer")}


def test_a_man_at_his_medical_joins_the_story_club() -> None:
    """ "Roma, Moreno sbarca a Fiumicino / Moreno sostiene le visite mediche": with no club of his
    named, the man at his medical is the story club's signing, not one of its players."""
    text = (
        "Roma, Moreno sbarca a Fiumicino\n\n"
        "Héctor Moreno, centrale messicano di 29 anni, sostiene questa mattina le visite mediche a "
        "Villa Stuart e nel pomeriggio firmerà un contratto fino al 2020."
    )
    found = [(r.player, r.to_club, r.stage) for r in extract_rumours(text)]
    assert found == [("Héctor Moreno", "Roma", "medical")]


def test_the_man_who_replaces_a_sold_player_joins_the_selling_club() -> None:
    """A story's club shown only selling is no unnamed buyer, except of the man who replaces the
    player it sells: "Per sostituire Zirkzee è fatta per Dallinga: c'è l'accordo con il Tolosa"."""
    text = (
        "Bologna, Zirkzee alle visite con lo United\n\n"
        "Joshua Zirkzee sta svolgendo le visite mediche con il Manchester United: al Bologna "
        "andranno 42 milioni. Per sostituire Zirkzee è praticamente fatta per Thijs Dallinga: c'è "
        "l'accordo con il Tolosa sulla base di 15 milioni."
    )
    assert ("Thijs Dallinga", "Tolosa", "Bologna", "transfer") in moves(text)


def test_the_man_replaced_may_have_a_move_of_his_own() -> None:
    """ "per sostituire Koopmeiners, sempre più vicino alla Juventus": the man a signing replaces
    is no rumour of that signing, but the apposition tells a move of his own."""
    text = (
        "Atalanta, preso Samardzic\n\n"
        "Fumata bianca tra Atalanta e Udinese per Lazar Samardžić. Per Gasperini è il rinforzo ideale "
        "per sostituire Teun Koopmeiners, sempre più vicino alla Juventus dopo l'ultimo rilancio."
    )
    assert ("Teun Koopmeiners", "Juventus") in [(r.player, r.to_club) for r in extract_rumours(text)]


def test_the_club_a_note_acquires_him_from_is_his_seller() -> None:
    """ "comunica di aver acquisito a titolo definitivo dal Cittadella": the official note's
    formula names the selling club, in full or with the formula between verb and club."""
    notes = (
        "UFFICIALE: Modena, ecco Tommaso Baldi\n\n"
        "Il Modena FC comunica di aver acquisito a titolo definitivo dal Cittadella il diritto "
        "alle prestazioni sportive del calciatore Tommaso Baldi, che ha firmato fino al 2028.",
        "Bari, preso Lorenzo Serra\n\n"
        "La SSC Bari comunica di aver acquisito dall'Empoli FC, a titolo temporaneo con diritto di "
        "riscatto, le prestazioni sportive del calciatore Lorenzo Serra.",
    )
    assert ("Tommaso Baldi", "Cittadella", "Modena") in {(p, f, to) for p, f, to, _ in moves(notes[0])}
    assert ("Lorenzo Serra", "Empoli", "Bari") in {(p, f, to) for p, f, to, _ in moves(notes[1])}


def test_a_fronted_club_he_may_arrive_from_is_his_seller() -> None:
    """ "Dall'Empoli potrebbe arrivare anche Traoré": the club fronted before an arrival verb,
    with "anche" or a modal between, is where he comes from."""
    text = (
        "Sassuolo, rinforzi in vista\n\n"
        "Il Sassuolo cerca un esterno. Dall'Empoli potrebbe arrivare anche Nicolas Haas: i due club "
        "hanno avviato i contatti."
    )
    assert ("Nicolas Haas", "Empoli", "Sassuolo") in {(p, f, to) for p, f, to, _ in moves(text)}


def test_a_lead_to_a_club_names_the_club_of_the_player_named_next() -> None:
    """ "Il piano B porta al Verona. ... i contatti per Montipò": the lead sentence names only
    where the target plays; the next sentence names him and his buyer."""
    text = (
        "Udinese, caccia al portiere\n\n"
        "L'Udinese deve trovare un nuovo numero uno. Il piano B porta al Verona. Secondo il "
        "Messaggero Veneto, i friulani hanno avviato i contatti per Lorenzo Montipò.\n\n"
        "A centrocampo, invece, la suggestione porta a Lecce. Ylber Ramadani piace molto alla "
        "dirigenza friulana, ma per ora siamo a un sondaggio."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert ("Lorenzo Montipò", "Verona", "Udinese") in found
    assert ("Ylber Ramadani", "Lecce", "Udinese") in found


def test_a_price_asked_after_an_aside_names_the_seller() -> None:
    """ "Il Trento, però, ne chiede un milione": an aside between commas does not hide that the
    club asking a price owns the player."""
    text = (
        "Cittadella, offerta per Rossi\n\n"
        "Il Cittadella ha offerto 500 mila euro per Marco Rossi. Il Trento, però, ne chiede un milione."
    )
    assert ("Marco Rossi", "Trento", "Cittadella") in {(p, f, to) for p, f, to, _ in moves(text)}


def test_a_nationality_with_its_club_names_his_club_not_a_buyer() -> None:
    """ "l'olandese dell'Ajax ha un accordo con i catalani": the club hangs on the player the
    nationality stands for; the verb after it is his, not the Ajax's."""
    text = (
        "Barcellona, si chiude per il portiere\n\n"
        "Il Barcellona aveva bloccato da settimane Jasper Cillessen: l'olandese dell'Ajax ha un "
        "accordo con i catalani per un contratto fino al 2021."
    )
    found = {(p, f, to) for p, f, to, _ in moves(text)}
    assert ("Jasper Cillessen", "Ajax", "Barcellona") in found
    assert all(to != "Ajax" for _, _, to in found)


def test_the_man_whose_national_side_it_is_is_its_coach() -> None:
    """ "all'Europeo con la nazionale di Zlatko Dalić ha giocato poco": the man the national side
    belongs to is its coach, never a player of a rumour."""
    text = (
        "Toro, Jurić chiede qualità: Brekalo sul taccuino di Vagnati\n\n"
        "Davide Vagnati ha due nomi in cima al taccuino. Il primo è Josip Brekalo. Il croato del "
        "Wolfsburg, classe 1998, all'Europeo con la nazionale di Zlatko Dalić ha giocato poco. "
        "Vagnati ha trovato l'intesa con i tedeschi per un prestito con diritto di riscatto."
    )
    players = {r.player for r in extract_rumours(text)}
    assert "Josip Brekalo" in players
    assert "Zlatko Dalić" not in players
    assert {p.name: p.role for p in people_found(text)}["Zlatko Dalić"] == "coach"


def test_a_free_agent_has_no_club_whatever_contract_ran_out() -> None:
    """ "svincolato dopo la scadenza del contratto con il Torino": the club of the lapsed
    contract is his past; a free agent moves with no seller."""
    text = (
        "Genoa, idea Belotti\n\n"
        "Il Genoa pensa ad Andrea Belotti per l'attacco. L'attaccante, svincolato dal primo luglio "
        "dopo la scadenza del contratto con il Torino, aspetta una chiamata dalla Serie A: i "
        "rossoblù hanno avviato i contatti con il suo entourage."
    )
    assert ("Andrea Belotti", None, "Genoa", "free") in moves(text)


def test_only_a_player_called_svincolato_now_loses_his_club() -> None:
    """ "arrivato da svincolato" tells how another man came; "sarà svincolato a giugno" is
    tomorrow: the club holds him until then."""
    text = (
        "Lecce, Pierret piace al Nantes\n\n"
        "Il Nantes ha chiesto informazioni al Lecce per Balthazar Pierret, che sarà svincolato "
        "a giugno. Al suo posto i salentini pensano a Kialonda Gaspar, arrivato da svincolato "
        "due anni fa e ora titolare."
    )
    assert ("Balthazar Pierret", "Lecce", "Nantes", "free") in moves(text)


def test_the_club_he_carries_is_his() -> None:
    """ "trascinatore del Siviglia", "simbolo del Genoa": what he is for a club now says he
    plays there."""
    text = (
        "Milan, si tratta per Bacca\n\n"
        "Il Milan ha avviato la trattativa per Carlos Bacca. Il centravanti colombiano, "
        "trascinatore del Siviglia nell'ultima stagione, ha già dato il suo assenso al trasferimento."
    )
    assert ("Carlos Bacca", "Siviglia", "Milan", "transfer") in moves(text)


def test_the_club_that_wants_to_be_rid_of_him_holds_him() -> None:
    """ "La Juventus vuole liberarsi dell'ingaggio di Vlahović": wanting to be rid of a player
    is his club's wish, not a buyer's; the buyer is the club whose director asks about him."""
    text = (
        "Il Torino cerca una punta. La Juventus vuole liberarsi dell'ingaggio di Arkadiusz Milik e "
        "non esclude di cederlo a una rivale: il Torino ha chiesto informazioni all'entourage del polacco."
    )
    assert {(p, f, to) for p, f, to, _ in moves(text)} == {("Arkadiusz Milik", "Juventus", "Torino")}


def test_a_town_left_without_an_article_is_no_club() -> None:
    """ "non è convinto di lasciare Torino": a club takes its article ("lasciare il Torino"); the
    bare name after the verb is the town, so it is not the Juventus player's club."""
    text = (
        "Il Tottenham ha offerto 70 milioni per Paulo Dybala, ma l'argentino non è convinto di "
        "lasciare Torino."
    )
    assert {(p, f, to) for p, f, to, _ in moves(text)} == {("Paulo Dybala", None, "Tottenham")}
