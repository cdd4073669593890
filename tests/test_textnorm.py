"""Italian text normalisation: characters, paragraphs, leftover boilerplate, language, dates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from mercato.itdates import find_italian_date
from mercato.language import detect_language
from mercato.textnorm import normalize_inline, normalize_text, paragraphs


def test_quotes_apostrophes_and_nfc() -> None:
    text = (
        "L\u2019Inter e l\u2018ex `Milan´ \u201cvincono\u201d \u00absempre\u00bb"
        " e \u201edomani\u201d: citta\u0300"
    )
    assert normalize_text(text) == "L'Inter e l'ex 'Milan' \"vincono\" \"sempre\" e \"domani\": città"


def test_guillemets_lose_inner_spaces() -> None:
    assert normalize_inline("Allegri: « Serve pazienza » ha detto") == 'Allegri: "Serve pazienza" ha detto'


def test_odd_spaces_and_invisible_characters() -> None:
    text = "Il\u00a0Milan\u202fha\u2009vinto\u200b  2-1\tin\u2003trasferta\u00ad "
    assert normalize_text(text) == "Il Milan ha vinto 2-1 in trasferta"


def test_paragraph_breaks_kept_and_lines_trimmed() -> None:
    text = "  Primo paragrafo   con spazi.  \n\n\n  Secondo paragrafo\nandato a capo.   \n\n"
    assert normalize_text(text) == "Primo paragrafo con spazi.\n\nSecondo paragrafo andato a capo."


def test_extractor_output_one_paragraph_per_line() -> None:
    assert paragraphs("Uno.\nDue.\n\nTre.", lines_are_paragraphs=True) == ["Uno.", "Due.", "Tre."]
    assert paragraphs("Uno.\nDue.") == ["Uno.", "Due."]  # no blank line: every line is a paragraph


def test_heading_line_is_its_own_paragraph() -> None:
    """A sub-heading typed on the line above its paragraph is not the start of the paragraph's
    first sentence; wrapped prose still joins."""
    text = (
        "Il caso Vlahović\nDušan Vlahović guadagna 12 milioni netti.\n\n"
        "Il Milan segue il difensore da settimane e prepara un'offerta\nper gennaio.\n\n"
        "ORE 17.20 - NAPOLI\nManna incontra l'agente di Lobotka."
    )
    assert paragraphs(text) == [
        "Il caso Vlahović",
        "Dušan Vlahović guadagna 12 milioni netti.",
        "Il Milan segue il difensore da settimane e prepara un'offerta per gennaio.",
        "ORE 17.20 - NAPOLI",
        "Manna incontra l'agente di Lobotka.",
    ]


BODY = "Il Milan segue il difensore da settimane e prepara un'offerta per gennaio."


@pytest.mark.parametrize(
    "line",
    [
        "LEGGI ANCHE: Inter, Lautaro verso il rinnovo",
        "Leggi anche: la Juventus pensa a un nuovo centrale",
        "LEGGI ANCHE",
        "► LEGGI ANCHE - Milan, tutti i nomi per gennaio",
        "Potrebbe interessarti anche: Roma, tegola Dybala",
        "© RIPRODUZIONE RISERVATA",
        "Riproduzione riservata",
        "Foto: LaPresse",
        "(Foto Getty Images)",
        "Photo by Marco Bianchi/Getty Images",
        "Credit: Imago",
        "LaPresse",
        "Condividi su Facebook",
        "Condividi",
        "Segui Calcio Oggi su Telegram",
        "Segui il nostro canale su WhatsApp",
        "Seguici su Google News",
        "Iscriviti alla newsletter",
        "Iscriviti alla nostra newsletter per ricevere le notizie di mercato",
        "Per tutte le notizie di mercato clicca qui",
        "Pubblicità",
        "ADV",
        "Questo sito utilizza cookie di profilazione: continuando la navigazione accetti l'informativa.",
        "Accetta tutti",
        "Pagina successiva",
        "di Giulia Ferraris - 3 ottobre 2025",
        "Redazione | domenica 16 novembre 2025, ore 11:20",
        "Tag: Milan, calciomercato, Gila",
        "#Milan #Jashari #Musah #calciomercato",
    ],
)
def test_boilerplate_line_removed(line: str) -> None:
    assert normalize_text(f"{BODY}\n\n{line}\n\n{BODY}") == f"{BODY}\n\n{BODY}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Di Marzio ha riportato che il Milan ha presentato una nuova offerta alla Lazio.",
        "Foto di gruppo per la squadra dopo la vittoria nel derby, con il presidente in mezzo ai giocatori.",
        "Il club ha invitato i tifosi a leggere anche il comunicato ufficiale pubblicato ieri sera.",
        "Segui la trattativa: il Milan è pronto a rilanciare per il centrale della Lazio.",
        "Il 16 novembre 2025 la squadra tornerà in campo contro la Lazio, in una gara decisiva.",
    ],
)
def test_real_sentences_survive(sentence: str) -> None:
    assert normalize_text(sentence) == sentence


def test_trailing_boilerplate_cut_from_last_paragraph() -> None:
    assert normalize_text("La firma è attesa domani. © RIPRODUZIONE RISERVATA") == "La firma è attesa domani."
    assert normalize_text("Il tecnico esulta a fine gara (Foto LaPresse)") == "Il tecnico esulta a fine gara"


def test_language_of_seed_article_is_italian(shared_dir: Path) -> None:
    assert detect_language((shared_dir / "seed-article.txt").read_text(encoding="utf-8")) == "it"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The club have agreed a fee with the player's representatives and the deal is expected to be "
         "completed in the coming days, after the medical that was scheduled for this week.", "en"),
        ("El club ha cerrado el fichaje del centrocampista, que llegará en enero por una cifra cercana a "
         "los treinta millones de euros y firmará un contrato hasta 2029 con el equipo blanco.", "es"),
        ("Le club a officialisé l'arrivée du milieu de terrain, qui s'est engagé pour quatre saisons avec "
         "une option, et plusieurs clubs européens étaient sur les rangs pour le joueur.", "fr"),
        ("Il club ha trovato l'accordo con il giocatore, che arriverà a gennaio in prestito con diritto "
         "di riscatto fissato a dodici milioni di euro più bonus legati alle presenze.", "it"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_language_undetermined_for_short_text() -> None:
    assert detect_language("Milan-Inter 2-1") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pubblicato il 16 novembre 2025 alle 10:30", date(2025, 11, 16)),
        ("domenica 16 Nov. 2025", date(2025, 11, 16)),
        ("16/11/2025 ore 11:20", date(2025, 11, 16)),
        ("16.11.2025", date(2025, 11, 16)),
        ("1° marzo 2024", date(2024, 3, 1)),
        ("Aggiornato il 20 novembre 2025 - Pubblicato il 16 novembre 2025", date(2025, 11, 16)),
        ("Modulo 4-3-3 e vittoria per 2-1", None),
        ("Il 31 febbraio 2025 non esiste", None),
    ],
)
def test_visible_italian_dates(text: str, expected: date | None) -> None:
    assert find_italian_date(text) == expected


def test_future_dates_are_not_publication_dates() -> None:
    future = date.today() + timedelta(days=30)
    assert find_italian_date(f"La finale si gioca il {future:%d/%m/%Y}") is None


def test_apostrophes_for_final_accents_become_accents() -> None:
    """Fast web writing ("c'e' il Napoli", "perche'", "gia'") reads as the accented words, while
    elisions ("dell'Inter") and "un po'" stay as they are."""
    text = "In prima fila c'e' il Napoli, perche' Frattesi e' gia' un obiettivo. Un po' dell'Inter."
    expected = "In prima fila c'è il Napoli, perchè Frattesi è già un obiettivo. Un po' dell'Inter."
    assert normalize_text(text) == expected


def test_emoji_are_dropped_so_labels_read_as_labels() -> None:
    assert normalize_text("⚫🔵 INTER – Contatti con l'Atletico.") == "INTER – Contatti con l'Atletico."


def test_keycap_numbers_go_with_their_emoji() -> None:
    """ "5️⃣ RINNOVO PER LOBOTKA": the keycap numbers a list item; left alone, "5⃣" stuck to the label."""
    assert normalize_text("5\ufe0f\u20e3 RINNOVO IN VISTA PER LOBOTKA") == "RINNOVO IN VISTA PER LOBOTKA"
    assert normalize_text("Ha segnato 2 gol.") == "Ha segnato 2 gol."


def test_list_items_are_paragraphs_of_their_own() -> None:
    """An aggregator's lines ("• 18:12 — Galatasaray, ...") are separate stories; an em dash that
    signs an embedded post stays with the post."""
    text = (
        "Le notizie di oggi\n\n"
        "• 18:12 — Galatasaray, assalto a Çalhanoğlu — Fanatik\n"
        "• 17:48 — Juve, sondaggio per Kessié — Tuttosport\n\n"
        "Noa Lang to Galatasaray, here we go!\n— Fabrizio Romano (@FabrizioRomano)"
    )
    assert paragraphs(text) == [
        "Le notizie di oggi",
        "• 18:12 — Galatasaray, assalto a Çalhanoğlu — Fanatik",
        "• 17:48 — Juve, sondaggio per Kessié — Tuttosport",
        "Noa Lang to Galatasaray, here we go! — Fabrizio Romano (@FabrizioRomano)",
    ]


def test_lines_opening_with_a_time_are_items() -> None:
    """A video's chapters ("01:12 Jonathan David...") and a channel's posts ("[09:41]") are
    items, each a paragraph; a "▶" bullet too."""
    text = "Capitoli\n\n00:00 Intro\n01:12 Jonathan David, a che punto siamo\n▶ Vlahović: sul mercato."
    assert paragraphs(text) == [
        "Capitoli", "00:00 Intro", "01:12 Jonathan David, a che punto siamo", "▶ Vlahović: sul mercato."
    ]
