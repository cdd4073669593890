"""A window's ledger: the official moves of a club listed under ACQUISTI, CESSIONI, RINNOVI, each
entry giving the other club in brackets. Users load these recaps to check a season's moves, so
every entry must come out once, in the right direction, and loans that merely ended must not."""

from __future__ import annotations

from rumours_people_found import players_found
from rumours_text_file import extract_text_file

from mercato.rumours import extract_rumours

LEDGER = """Atalanta, il mercato ufficiale: Lookman ed Éderson i colpi dell'estate

2 settembre 2022

La sessione estiva si è chiusa ieri sera e l'Atalanta di Gian Piero Gasperini ha cambiato parecchio.
Ecco le operazioni della prima squadra depositate in Lega.

ACQUISTI

- Lookman (Lipsia, 9 mln + 2 di bonus): esterno offensivo, contratto fino al 2026.

- Éderson (Salernitana, 20 mln): il centrocampista che il club inseguiva da gennaio.

CESSIONI

- Piccoli (Spezia, 1,5 mln): un anno per crescere in Serie A.

RINNOVI

- Toloi (fino al 2024): il capitano resta al centro del progetto.

RIENTRI

- Miranchuk è rientrato alla Lokomotiv Mosca dopo il prestito al Torino.
"""


def test_a_ledger_lists_each_deal_once_in_the_direction_of_its_label() -> None:
    """Under ACQUISTI the bracketed club sells to the club the ledger is about; under CESSIONI it
    buys; under RINNOVI the player renews there. The labels name deals done: official."""
    found = {(r.player, r.from_club, r.to_club, r.deal, r.stage) for r in extract_text_file(LEDGER)}
    assert found == {
        ("Lookman", "RB Lipsia", "Atalanta", "transfer", "official"),
        ("Éderson", "Salernitana", "Atalanta", "transfer", "official"),
        ("Piccoli", "Atalanta", "Spezia", "transfer", "official"),
        ("Toloi", "Atalanta", "Atalanta", "renewal", "official"),
    }


def test_a_loan_over_is_no_move() -> None:
    """ "RIENTRI": a player back at his owner after a loan changes no club, whatever the line says;
    a label that lists returns and sales together ("Rientri e uscite") sends no one anywhere, so
    the sale under it is read from its own words."""
    assert "Miranchuk" not in {r.player for r in extract_text_file(LEDGER)}
    mixed = (
        "Lazio, il punto sul mercato\n\nRientri e uscite\n\nAndrea Conti è tornato a Formello dopo il "
        "prestito. Diverso il destino di Mattia Caldara: il difensore ripartirà subito, destinazione "
        "Venezia, che ha chiuso con la Lazio per il prestito con diritto di riscatto.\n"
    )
    found = {(r.player, r.to_club) for r in extract_text_file(mixed)}
    assert ("Mattia Caldara", "Venezia") in found


def test_a_list_label_in_the_line_covers_its_own_list_only() -> None:
    """ "Acquisti: ..." then "Cessioni: ..." in one paragraph: each label covers the entries after it
    up to the next label, so the sale is no purchase; "Il commento:" ends the list."""
    text = (
        "Mercato di gennaio, il bilancio del Torino\n\n1° febbraio 2019\n\nTORINO\n"
        "Acquisti: Laxalt (Milan, 2 mln), Zaza (Valencia, 12 mln).\n"
        "Cessioni: Niang (Rennes, 15 mln).\n"
        "Il commento: Walter Mazzarri voleva un esterno e lo ha avuto, Urbano Cairo ha fatto cassa.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert found == {
        ("Laxalt", "Milan", "Torino"),
        ("Zaza", "Valencia", "Torino"),
        ("Niang", "Torino", "Rennes"),
    }


def test_a_fee_in_brackets_is_no_birth_date() -> None:
    """ "(Chelsea, 20 mln)" names the club a ledger's player comes from and his fee; only a month or
    a date's slash after the number makes the brackets a birth ("(Modena, 11 gennaio 1995)"), and
    a club in capitals in brackets is no dateline ("(AZ, 20,5 mln)", unlike "ROMA, 12 GEN")."""
    from mercato.rumours.document import build_document
    from mercato.rumours.lexicon import load_lexicon

    text = "- Pulisic (Chelsea, 20 mln): il primo colpo. Rossi (Caserta, 4/6/1997). Reijnders (AZ, 20,5 mln)."
    doc = build_document(text, load_lexicon())
    assert [t.text for t in doc.tokens if t.kind == "club"] == ["Chelsea", "AZ"]


def test_via_opening_a_clause_sends_the_player_out() -> None:
    """ "dentro Chiesa, via Higuaín e Matuidi": "via" after a comma or a colon is his exit, no
    street (the street's "via" follows a preposition: "in via Aldo Rossi")."""
    assert {"Higuaín", "Matuidi"} <= players_found("Juventus, dentro Chiesa: via Higuaín e Matuidi.")
    text = (
        "Juventus, il mercato ufficiale: dentro Chiesa, via Higuaín e Matuidi\n\n"
        "CESSIONI\n\n• Higuaín (Inter Miami, risoluzione consensuale del contratto): l'argentino ha "
        "scelto la Mls.\n\n• Matuidi (Inter Miami, risoluzione consensuale): stessa destinazione.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert {("Higuaín", "Juventus", "Inter Miami"), ("Matuidi", "Juventus", "Inter Miami")} <= found
    office = "Per ora in via Aldo Rossi non è arrivata alcuna offerta del Milan per Ricci."
    assert "Aldo Rossi" not in {r.player for r in extract_rumours(office)}


def test_an_official_recap_tells_the_windows_deals_in_the_perfect() -> None:
    """The day after the window, "il mercato ufficiale" tells its deals in the perfect: "è passato
    al Watford" sends him there, "è arrivato dal Châteauroux" brings him from there. In other news
    the same perfect is the past, the move already made, and gives no rumour."""
    recap = (
        "Parma, il mercato ufficiale: Buffon per tornare in Serie A\n\n1° settembre 2021\n\n"
        "Il mercato si è chiuso ieri sera. Ecco il quadro delle operazioni.\n\n"
        "IN ENTRATA. In chiave futura è arrivato dal Châteauroux il giovane attaccante Ange-Yoan Bonny.\n\n"
        "IN USCITA. Juraj Kucka è passato al Watford a titolo definitivo, dopo la retrocessione.\n"
    )
    found = {(r.player, r.from_club, r.to_club, r.stage) for r in extract_text_file(recap)}
    assert ("Juraj Kucka", "Parma", "Watford", "official") in found
    assert ("Ange-Yoan Bonny", "Châteauroux", "Parma", "official") in found
    news = (
        "Parma, Maresca aspetta rinforzi\n\nIl Parma cerca un centrocampista. Juraj Kucka è passato al "
        "Watford a titolo definitivo, e il club ha chiesto informazioni alla Sampdoria per Ekdal.\n"
    )
    assert "Juraj Kucka" not in {r.player for r in extract_text_file(news)}


def test_a_table_of_deals_reads_each_row() -> None:
    """A page's table comes out of the cleaner as rows of cells: "Giocatore | Provenienza | ..."
    heads players joining from the club of the second cell, "Giocatore | Destinazione | ..."
    players leaving for it; a row is no heading, and its club is a cell, not what it is about."""
    text = (
        "Il mercato ufficiale della Serie A: le schede della Roma\n\n2 settembre 2014\n\n"
        "Il mercato estivo si è chiuso ieri sera. Le schede delle operazioni principali.\n\nROMA\n\n"
        "Giocatore | Provenienza | Formula | Cifra\n\nIturbe | Verona | definitivo | 22 mln + bonus\n\n"
        "Keita | Monaco | definitivo | 1 mln\n\nIN USCITA\n\nGiocatore | Destinazione | Formula | Cifra\n\n"
        "Benatia | Bayern Monaco | definitivo | 26 mln + 4 di bonus\n\n"
        "Rudi Garcia ha perso il leader della sua difesa, ma Walter Sabatini ha reinvestito subito.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert {("Iturbe", "Verona", "Roma"), ("Keita", "Monaco", "Roma")} <= found
    assert "Bayern Monaco" in {r.to_club for r in extract_text_file(text) if r.player == "Benatia"}


def test_a_list_item_is_no_heading_so_its_label_covers_it() -> None:
    """ "- Ngonge (Napoli, 18 mln)" with no full stop is a list's item under "CESSIONI", not a
    heading of its own that would end the label's section."""
    text = (
        "Verona, il mercato ufficiale: via Ngonge e Doig\n\n1° febbraio 2024\n\n"
        "Mancano novanta minuti alla chiusura della sessione. Ecco le operazioni del Verona.\n\n"
        "CESSIONI (ufficiali)\n\n- Ngonge (Napoli, 18 mln)\n\n- Doig (Sassuolo, a titolo definitivo)\n\n"
        "ACQUISTI (ufficiali)\n\n- Noslin (Fortuna Sittard, a titolo definitivo)\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert found >= {
        ("Ngonge", "Verona", "Napoli"),
        ("Doig", "Verona", "Sassuolo"),
        ("Noslin", "Fortuna Sittard", "Verona"),
    }


def test_terms_in_brackets_give_the_other_side_with_no_label() -> None:
    """A club given with the deal's terms ("(Tottenham, 20 mln)", "(Hertha Berlino, 27 mln)") is
    the other side of that deal: the seller of a man who comes, the buyer of one who leaves
    ("saluta"). A year in brackets is no term: "Luka Modrić (Milan, 2025)" lists a past signing."""
    text = (
        "Il mercato ufficiale della Serie A: le operazioni di gennaio\n\n1° febbraio 2020\n\n"
        "La sessione invernale si è chiusa ieri alle 20.\n\n"
        "INTER – Il colpo di gennaio porta il nome di Christian Eriksen (Tottenham, 20 mln, contratto "
        "fino al 2024): Antonio Conte lo chiedeva da dicembre.\n\n"
        "MILAN – Krzysztof Piątek (Hertha Berlino, 27 mln) saluta dopo un anno: il polacco non ha "
        "convinto Stefano Pioli.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert ("Christian Eriksen", "Tottenham", "Inter") in found
    assert ("Krzysztof Piątek", "Milan", "Hertha Berlino") in found
    listed = (
        "I dieci parametri zero della storia recente\n\n9. Luka Modrić (Milan, 2025). Il Pallone d'Oro "
        "è arrivato in estate dal Real Madrid a 39 anni e ha preso in mano il centrocampo.\n"
    )
    assert "Milan" not in {r.to_club for r in extract_text_file(listed)}


def test_what_was_done_to_him_before_is_his_past() -> None:
    """ "dopo essere stato messo sul mercato dai bianconeri": what his old club did to him before
    the move, not a move under way; under a ledger's club he joins it from there."""
    text = (
        "Milan, il mercato ufficiale: Higuaín il colpo\n\n18 agosto 2018\n\nLa sessione si è chiusa ieri.\n\n"
        "MILAN\n\n• Gonzalo Higuaín (Juventus, p. oneroso 18 mln, dt a 36): l'argentino ha accettato "
        "subito il progetto rossonero dopo essere stato messo sul mercato dai bianconeri.\n"
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert ("Gonzalo Higuaín", "Juventus", "Milan") in found


SQUAD = """L'Atalanta dopo il mercato: la squadra reparto per reparto

Bergamo, 2 febbraio 2021

Chiusa la sessione, ecco come si presenta la squadra per la seconda parte di stagione.

In difesa. Il reparto è quello che ha chiuso il girone d'andata: Rafael Tolói, José Luis Palomino e \
Cristian Romero, in prestito dalla Juventus fino al 2022, con Berat Djimsiti come prima alternativa.

In attacco. Duván Zapata e Luis Muriel si alternano. Il Napoli ha chiesto informazioni per Muriel, ma \
la società ha risposto che non si muove.
"""


def test_a_squads_rundown_by_role_lists_players_not_targets() -> None:
    """ "In difesa." opens a rundown of the club's own men: neither an alternative nor a loan told
    of one of them makes the club their buyer. A club named asking for one is still news."""
    found = {(r.player, r.to_club) for r in extract_text_file(SQUAD)}
    assert not {p for p, club in found if club == "Atalanta"}
    assert ("Luis Muriel", "Napoli") in found


def test_a_heading_of_roles_in_market_news_still_heads_targets() -> None:
    """ "DIFESA E ATTACCO" over the market's talks heads targets for those roles, not a rundown."""
    text = (
        "Genoa, la rivoluzione di gennaio\n\nIl Genoa cambia volto a metà stagione.\n\nDIFESA E ATTACCO\n"
        "In difesa è ai dettagli l'arrivo di Leo Østigård. Il norvegese, di proprietà del Brighton, "
        "arriverà in prestito secco fino a giugno.\n"
    )
    assert ("Leo Østigård", "Genoa") in {(r.player, r.to_club) for r in extract_text_file(text)}


def test_an_entry_headed_by_the_name_alone_is_a_player_s() -> None:
    """A "borsino" lists its players as headings of their own ("↑ STANISLAV LOBOTKA.") and tells
    the move under them with anaphors only: each name heading an entry is a player on the market,
    not a name the article drops, so the entry's move is his and not another player's."""
    text = (
        "Il borsino azzurro: Lobotka e Demme, il centrocampo cambia volto\n\n"
        "Napoli, 9 gennaio 2020\n\n"
        "↑ STANISLAV LOBOTKA. È lui il prescelto per il centrocampo. Il Napoli ha presentato al "
        "Celta Vigo un'offerta da 18 milioni, gli spagnoli ne chiedono 25.\n\n"
        "↑ DIEGO DEMME. Il mediano del Lipsia è il profilo giusto. L'accordo tra il Napoli e i "
        "tedeschi è stato trovato sulla base di 12 milioni.\n\n"
        "↓ DRIES MERTENS. Il rinnovo non decolla: il Napoli ha proposto un anno, il belga chiede "
        "un biennale."
    )
    moves = {(r.player.split()[-1].lower(), r.to_club) for r in extract_rumours(text)}
    assert {("lobotka", "Napoli"), ("demme", "Napoli"), ("mertens", "Napoli")} <= moves
    assert ("demme", "RB Lipsia") not in moves
