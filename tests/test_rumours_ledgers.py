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
