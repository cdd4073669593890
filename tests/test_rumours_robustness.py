"""Inputs that are not Italian transfer news yield nothing, quickly, and never raise."""

from __future__ import annotations

import random
import time

import pytest
from rumours_text_file import extract_text_file

from mercato.rumours import extract_rumours


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "date 2025-11-16",
        "Manchester United are closing in on a deal for the Milan defender, sources say.",
        "Il governo ha approvato la manovra: Roma e Milano chiedono più fondi per il trasporto.",
        "«»—…!?;:,.()[]{}''\"\"",
        "\x00\x01 Milan \ufffd rossoneri \u200b Gila",
        "Milan " * 5000,
    ],
)
def test_noise_gives_nothing(text: str) -> None:
    assert extract_rumours(text) == []


def test_two_megabytes_of_random_words() -> None:
    rng = random.Random(3)
    words = [
        "".join(rng.choice("abcdefgilmnoprstuvz") for _ in range(rng.randint(2, 9))) for _ in range(4000)
    ]
    blob = " ".join(
        rng.choice(words).capitalize() if rng.random() < 0.2 else rng.choice(words) for _ in range(340_000)
    )
    assert len(blob) > 2_000_000
    start = time.perf_counter()
    assert extract_rumours(blob) == []
    assert time.perf_counter() - start < 10


def test_rumour_dict_is_the_stable_contract() -> None:
    [r] = extract_rumours("Il Milan è sulle tracce di Mario Gila, 25 anni, difensore della Lazio.")
    assert list(r.to_dict()) == [
        "player",
        "role",
        "from_club",
        "to_club",
        "deal",
        "stage",
        "fee_eur",
        "bonus_eur",
        "contract_until",
        "cited_outlets",
        "evidence",
    ]


def test_opening_gerund_is_not_a_player() -> None:
    text = ("Il Lecce ha trovato l'accordo con l'attaccante Dario Ferlini, svincolato dopo l'addio al "
            "Rapid Vienna. Essendo svincolato, Ferlini potrà essere tesserato subito. Considerando "
            "l'emergenza in attacco, il club salentino vuole chiudere in giornata.")
    players = {r.player for r in extract_rumours(text)}
    assert "Essendo" not in players and "Considerando" not in players
    assert any("Ferlini" in p for p in players)


def test_a_match_report_with_its_scoreline_gives_nothing() -> None:
    """A report's scoreline and substitutions give bare minutes ("RETI: 22' Balotelli"); its
    player notes ("in prestito dall'Inter") are no market news."""
    text = (
        "Brescia-Cagliari 1-1: Balotelli risponde a Joao Pedro\n\n"
        "Nel finale il Cagliari ha sfiorato il vantaggio con Nainggolan, in prestito dall'Inter, ma "
        "Joronen ha detto no. Il Brescia ha ritrovato il colpo di Balotelli.\n\n"
        "BRESCIA-CAGLIARI 1-1\nRETI: 14' Joao Pedro, 22' Balotelli. Recupero 1' pt, 4' st."
    )
    assert extract_rumours(text) == []


def test_a_ranking_with_one_word_of_the_market_gives_nothing() -> None:
    """A Ballon d'Or ranking names players and clubs in every line and drops one "colpo": it is
    no market news, however many clubs it names."""
    lines = [
        f"Al {n}° posto c'è {name} del {club}, protagonista di una stagione straordinaria con la "
        "sua squadra e con la nazionale, tra gol, assist e trofei vinti da titolare."
        for n, (name, club) in enumerate(
            [("Ousmane Dembélé", "PSG"), ("Lamine Yamal", "Barcellona"), ("Vitinha", "PSG"),
             ("Mohamed Salah", "Liverpool"), ("Raphinha", "Barcellona"), ("Lautaro Martínez", "Inter"),
             ("Gianluigi Donnarumma", "PSG"), ("Scott McTominay", "Napoli")],
            start=1,
        )
    ]
    text = "Pallone d'Oro, la classifica completa\n\n" + "\n\n".join(lines) + (
        "\n\nYamal ha sfiorato il colpo e si è consolato con il Trofeo Kopa."
    )
    assert extract_rumours(text) == []


def test_a_ranking_of_done_deals_gives_nothing() -> None:
    """ "NEYMAR – dal Barcellona al PSG, 2017": a list of deals dated by year is history."""
    text = (
        "I trasferimenti più costosi della storia\n\n"
        "1. NEYMAR – dal Barcellona al PSG, 2017: 222 milioni. Il PSG pagò l'intera clausola "
        "rescissoria.\n\n"
        "2. ALEXANDER ISAK – dal Newcastle al Liverpool, 2025: circa 145 milioni di euro, il colpo "
        "dell'ultimo giorno di mercato e dell'ultima trattativa dell'estate.\n\n"
        "3. FLORIAN WIRTZ – dal Bayer Leverkusen al Liverpool, 2025: circa 136 milioni, il "
        "trasferimento più caro della storia della Premier League dopo una lunga trattativa."
    )
    assert extract_text_file(text) == []


def test_text_ending_on_a_full_name_does_not_crash() -> None:
    """A text whose last token is a player's full name (a truncated feed item) is read, not a
    crash: the reader-label check looks past the name only when something follows."""
    text = "Il Milan ha chiesto informazioni alla Lazio per Mario Gila. Mario Gila"
    assert [r.to_club for r in extract_rumours(text)] == ["Milan"]


def test_a_season_review_with_talks_and_a_price_is_market_news() -> None:
    """A long season review whose market words are "contatti", "in vendita" and "sul tavolo" is
    still market news: those are the talks and the price of the moves it reports."""
    text = (
        "Empoli, la stagione dei record e il futuro\n\n"
        "Nono posto, quarantotto punti, la miglior difesa della storia del club in Serie A: la squadra "
        "di Aurelio Andreazzoli ha chiuso un campionato che in città ricorderanno a lungo. Il presidente "
        "Fabrizio Corsi lo ha detto alla cena di fine stagione, davanti ai giocatori e alle famiglie: "
        "questo gruppo ha dato tutto, ha vinto partite che nessuno pensava di poter vincere e ha fatto "
        "innamorare di nuovo una città intera. Lo stadio Castellani è stato pieno quasi ogni domenica, "
        "i ragazzi del settore giovanile hanno seguito gli allenamenti della prima squadra e la curva "
        "ha cantato fino all'ultimo minuto dell'ultima giornata, anche nella sconfitta di Bergamo. "
        "Adesso però arriva l'estate, e con l'estate le domande di sempre su chi resterà e chi no.\n\n"
        "Il gioiello si chiama Samuele Ricci. Il regista, classe 2001, ha giocato trentatré partite "
        "da titolare. Il Torino ha messo sul tavolo 10 milioni, ma Corsi è stato chiaro: «Ricci non è in "
        "vendita, almeno fino a gennaio». Per la porta, infine, Pietro Accardi ha avviato i contatti "
        "con il Bologna per Federico Ravaglia."
    )
    found = {(r.player, r.from_club, r.to_club) for r in extract_rumours(text)}
    assert ("Samuele Ricci", "Empoli", "Torino") in found
    assert ("Federico Ravaglia", "Bologna", "Empoli") in found


def test_no_phrase_crosses_a_sentence_through_a_wildcard() -> None:
    """A lone "*" stands for one word, never for the break between two sentences: "ha chiuso a *
    prestito" must not join "Il Milan ha chiuso a" with "Prestito..." of the next sentence, as a
    cue that ends in another sentence points past the end of its own."""
    from mercato.rumours.lexicon import load_lexicon
    from mercato.rumours.text import SENTINEL

    keys = [SENTINEL, "ha", "chiuso", "a", SENTINEL, "prestito", "secco", SENTINEL]
    found = load_lexicon().book.find_all(keys)
    crossing = [m for matches in found.values() for m in matches if SENTINEL in keys[m.start + 1 : m.end]]
    assert crossing == []
