"""Fees, bonuses and contract years as the Italian press writes them."""

from __future__ import annotations

import pytest

from mercato.rumours import extract_rumours
from mercato.rumours.money import contract_year, parse_amount, parse_fee


@pytest.mark.parametrize(
    ("text", "fee", "bonus"),
    [
        ("un'offerta da 15 milioni più 3 di bonus", 15_000_000, 3_000_000),
        ("la richiesta è di 12,5 milioni", 12_500_000, None),
        ("si chiude per 20+5", None, None),
        ("base fissa di 25 milioni più 5 milioni di bonus", 25_000_000, 5_000_000),
        ("bonus da 3 milioni, base fissa di 25 milioni", 25_000_000, 3_000_000),
        ("un milione e mezzo per il prestito", 1_500_000, None),
        ("500mila euro", 500_000, None),
        ("3.500.000 euro", 3_500_000, None),
        ("€ 40 mln", 40_000_000, None),
        ("18 milioni più bonus", 18_000_000, None),
        # the whole price with its bonuses: a fee, and no bonus figure of its own
        ("il Napoli ha messo sul tavolo 50 milioni bonus compresi", 50_000_000, None),
        ("l'operazione vale 70 milioni bonus inclusi", 70_000_000, None),
        # a seller's price with the millions understood
        ("I russi, però, ne chiedono 25 e non hanno fretta", 25_000_000, None),
        ("la Vecchia Signora non scende sotto gli 80 di parte fissa", 80_000_000, None),
        ("il club ne vuole almeno 3 anni di contratto", None, None),
        ("il Milan chiede 2 giocatori in cambio", None, None),
    ],
)
def test_parse_fee(text: str, fee: int | None, bonus: int | None) -> None:
    assert parse_fee(text) == (fee, bonus)


@pytest.mark.parametrize(
    "text",
    [
        "guadagna 4 milioni netti a stagione",
        "un ingaggio da 3 milioni all'anno",
        "ha una clausola rescissoria da 60 milioni",
        "nessuna cifra",
    ],
)
def test_salaries_and_clauses_are_not_fees(text: str) -> None:
    assert parse_fee(text) == (None, None)


def test_salary_in_another_phrase_does_not_hide_the_fee() -> None:
    assert parse_fee("ingaggio da 4 milioni a stagione, il club chiede 30 milioni") == (30_000_000, None)


def test_parse_amount_units() -> None:
    assert parse_amount("12,5", "milioni") == 12_500_000
    assert parse_amount("due", "milioni") == 2_000_000
    assert parse_amount("800", "mila") == 800_000
    assert parse_amount("7", None) is None  # a bare small number is not money


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("prolungare il contratto fino al 2029", 2029),
        ("rinnovo fino al 30 giugno 2028", 2028),
        ("un contratto biennale, con scadenza 30 giugno 2027", 2027),
        ("contratto in scadenza nel giugno 2027 con la Lazio", None),
        ("ha un contratto fino al 2027, ma firmerà fino al 2030", 2030),
        ("legato al Tottenham fino al 2029", None),
        ("arrivato nel 2021", None),
    ],
)
def test_contract_year(text: str, year: int | None) -> None:
    assert contract_year(text) == year


@pytest.mark.parametrize(
    "text",
    [
        "ai rossoneri andranno 46,5 milioni di sterline più 4 di bonus",
        "c'è l'accordo per 31 milioni di sterline più bonus",
        "un'offerta da £30m",
        "prestito con diritto di riscatto a 30 milioni di sterline",
    ],
)
def test_sums_in_another_currency_are_never_a_fee(text: str) -> None:
    """A fee in pounds or dollars is not converted: better no fee than a wrong one in euros."""
    assert parse_fee(text) == (None, None)


def test_a_count_of_views_is_no_fee() -> None:
    """A channel post's "👀 6,1K" counts views: no fee is a few thousand euros."""
    assert parse_fee("Affare chiuso con il Genoa. 👀 6,1K · 👍 212") == (None, None)
    assert parse_fee("Al Pontedera vanno 150mila euro.") == (150_000, None)


def test_an_offer_beats_the_asking_price_of_the_headline() -> None:
    """ "l'Inter ne chiede 35" in the headline, "un prestito con obbligo di riscatto fissato a 30"
    offered in the body: the rumour carries the offer; with no offer, it carries the price."""
    from mercato.rumours import extract_rumours

    offered = (
        "Frattesi-Napoli, si tratta: l'Inter ne chiede 35\n\n"
        "Il Napoli ha avviato la trattativa con l'Inter per Davide Frattesi. La proposta azzurra è "
        "un prestito con obbligo di riscatto fissato a 30 milioni."
    )
    asked = (
        "Frattesi-Napoli, si tratta\n\n"
        "Il Napoli ha avviato la trattativa con l'Inter per Davide Frattesi. I nerazzurri, però, "
        "ne chiedono almeno 35."
    )
    fees = [{r.player: r.fee_eur for r in extract_rumours(text)} for text in (offered, asked)]
    assert fees == [{"Davide Frattesi": 30_000_000}, {"Davide Frattesi": 35_000_000}]


def test_a_renewal_has_no_fee() -> None:
    """No club pays for its own man: the gold's 383 renewals carry no fee, and a sum near one
    is his old price ("arrivato dal Chelsea per 28 milioni") or his wages."""
    text = (
        "Milan, Tomori rinnova\n\n"
        "Il Milan ha trovato l'accordo con Fikayo Tomori per il rinnovo fino al 2029. L'inglese, "
        "arrivato dal Chelsea per 28 milioni, guadagnerà 4 milioni a stagione."
    )
    [renewal] = [r for r in extract_rumours(text) if r.deal == "renewal"]
    assert (renewal.to_club, renewal.fee_eur, renewal.bonus_eur) == ("Milan", None, None)
