"""An article is read with the lexicon of its own year (mercato/rumours/eras.py), on short
articles written for these tests (not copied from any outlet)."""

from __future__ import annotations

from datetime import date

from mercato.cleaning import clean_text
from mercato.rumours import extract_rumours, load_lexicon
from mercato.rumours.eras import as_of

CANNAVARO = (
    "Cannavaro, offerta da Dubai\n"
    "9 maggio 2011\n"
    "\n"
    "Fabio Cannavaro lascerà la Juventus a fine contratto: il difensore ha ricevuto un'offerta "
    "dell'Al-Ahli di Dubai e la trattativa è in fase avanzata, con un biennale sul tavolo. "
    "Il mercato della Juventus riparte da qui.\n"
)


def test_a_text_files_dateline_is_its_publication_date() -> None:
    """The dateline under the headline is dropped from the text, but its date is kept: it is
    the only word a text file gives of when it was written."""
    article = clean_text(CANNAVARO).article
    assert article is not None
    assert article.published == date(2011, 5, 9)
    assert "2011" not in article.text


def test_a_man_who_coaches_today_was_a_player_in_his_playing_years() -> None:
    """Cannavaro coaches now, and roles.toml says so; in 2011 he was a centre-back on the
    market. Undated, the article is read with today's roles."""
    article = clean_text(CANNAVARO).article
    assert article is not None
    then = extract_rumours(article.text, title=article.title, published=article.published)
    assert [(r.player, r.from_club, r.to_club) for r in then] == [
        ("Fabio Cannavaro", "Juventus", "Al-Ahli Dubai")
    ]
    assert extract_rumours(article.text, title=article.title) == []


def test_a_director_lends_his_club_only_from_the_year_he_joined_it() -> None:
    """Marotta ran the Juventus until 2018: a 2016 article lends him no Inter, and the roles
    of men who were directors then still hold."""
    lexicon = load_lexicon()
    assert as_of(lexicon, 2025).people_clubs["giuseppe marotta"] == "Inter"
    assert "giuseppe marotta" not in as_of(lexicon, 2016).people_clubs
    assert as_of(lexicon, 2016).known_people["giuseppe marotta"] == lexicon.known_people["giuseppe marotta"]
    assert as_of(lexicon, None) is lexicon


def test_a_director_of_an_earlier_window_lends_his_club_only_until_he_left() -> None:
    """Mirabelli ran the Milan's market in 2017 and 2018: an article of those years reads
    "Mirabelli chiude per Biglia" as the Milan buying, a later one lends him no club."""
    lexicon = load_lexicon()
    assert as_of(lexicon, 2017).people_clubs["massimiliano mirabelli"] == "Milan"
    assert "massimiliano mirabelli" not in as_of(lexicon, 2024).people_clubs
    text = (
        "Bonucci, il giorno rossonero\n"
        "14 luglio 2017\n"
        "\n"
        "Leonardo Bonucci ha firmato con il Milan. Intanto Massimiliano Mirabelli chiude per Lucas "
        "Biglia: con la Lazio l'accordo è stato trovato sulla base di 17 milioni più 3 di bonus.\n"
    )
    article = clean_text(text).article
    assert article is not None
    found = extract_rumours(article.text, title=article.title, published=article.published)
    assert ("Lucas Biglia", "Lazio", "Milan") in {(r.player, r.from_club, r.to_club) for r in found}


def test_an_undated_article_is_no_later_than_the_contracts_it_tells() -> None:
    """ "ha un contratto fino al 2014": an undated article naming a contract that still runs to
    2014 was written by then, so a man who became a director in 2024 is the player he was."""
    lexicon = load_lexicon()
    # by 2016 at the latest: Preziosi's Genoa may hold, Mirabelli's Milan (from 2017) cannot
    assert as_of(lexicon, 2016, at_latest=True).people_clubs["enrico preziosi"] == "Genoa"
    assert "massimiliano mirabelli" not in as_of(lexicon, 2016, at_latest=True).people_clubs
    text = (
        "Barcellona, assalto a Ibrahimović\n"
        "\n"
        "Il Barcellona ha presentato all'Inter un'offerta per Zlatan Ibrahimović, che ha un contratto "
        "fino al 2014: i nerazzurri chiedono 70 milioni più il cartellino di Samuel Eto'o.\n"
    )
    article = clean_text(text).article
    assert article is not None and article.published is None
    found = extract_rumours(article.text, title=article.title)
    assert "Zlatan Ibrahimović" in {r.player for r in found}


def test_galliani_lends_the_monza_only_for_the_berlusconi_years() -> None:
    """Galliani ran the Monza from 2018 to 2025 (the Milan before, which one club per man cannot
    say): "il Monza di Galliani" in 2022, no club in 2015 or 2026."""
    lexicon = load_lexicon()
    assert as_of(lexicon, 2022).people_clubs["adriano galliani"] == "Monza"
    assert "adriano galliani" not in as_of(lexicon, 2015).people_clubs
    assert "adriano galliani" not in as_of(lexicon, 2026).people_clubs
