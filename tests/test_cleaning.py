"""HTML and plain-text cleaning, on small original pages in tests/fixtures/cleaning/.

Each fixture is one page template: boilerplate_page (nav, cookie banner, ads, LEGGI ANCHE,
comments, footer around a body), jsonld_article (JSON-LD NewsArticle), og_only (Open Graph, no
h1), title_vs_h1 and title_only (site-suffixed <title>), visible_date (a date only in the byline),
latin1_article (ISO-8859-1 bytes), amp_article, listing, english_article, empty_page and a split
article (split_page1 -> split_page2). The demo press in data/demo is checked against its expected
JSON when present.
"""

from __future__ import annotations

import json
import random
import socket
from datetime import date
from pathlib import Path

import pytest

from mercato.cleaning import (
    MAX_HTML_BYTES,
    CleanArticle,
    CleanResult,
    clean_author,
    clean_html,
    clean_text,
    decode_html,
    merge_pages,
    strip_site_suffix,
)

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"
ROOT = Path(__file__).resolve().parents[1]
URL = "https://www.gazzettadelpallone.it/calciomercato/articolo"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def article(name: str, url: str = URL, **kwargs: object) -> CleanArticle:
    result = clean_html(page(name), url, **kwargs)
    assert result.article is not None, result.drop_reason
    return result.article


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cleaning must never fetch: any connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cleaner tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_only_the_body_survives_the_boilerplate() -> None:
    art = article("boilerplate_page.html")
    assert art.text.startswith("Il Pontevecchio ha deciso di intervenire sulla fascia sinistra")
    assert art.text.endswith("quando il club farà il punto sulle condizioni di Sartori.")
    for phrase in ("Caio Nogueira", "Andrea Bellucci", "l'arrivo di un terzino"):
        assert phrase in art.text
    for phrase in ("cookie", "Accetta", "Serie A", "Pubblicità", "Scommetti", "LEGGI ANCHE", "Leggi anche",
                   "Condividi", "Google News", "RIPRODUZIONE", "Tifoso88", "Commenti", "I più letti",
                   "newsletter", "P.IVA", "Privacy", "di Giulia Ferraris"):
        assert phrase not in art.text
    assert "\n\n" in art.text and "\n\n\n" not in art.text
    assert art.title == "Pontevecchio, tre nomi per la fascia sinistra"
    assert art.author == "Giulia Ferraris"
    assert art.published == date(2025, 10, 3)
    assert art.canonical_url == "https://www.gazzettadelpallone.it/calciomercato/pontevecchio-tre-nomi-fascia-sinistra"
    assert art.language == "it" and not art.is_amp and art.next_page_url is None


def test_json_ld_news_article() -> None:
    art = article("jsonld_article.html")
    assert art.title == "Lupi, accordo vicino per il rinnovo di Ferri"
    # 2025-11-14T23:40Z is 00:40 on the 15th in Rome; the modified date and the visible
    # "Aggiornato il 20 novembre" are not the publication date.
    assert art.published == date(2025, 11, 15)
    assert art.author == "Stefano Marchetti"  # "Di " byline prefix stripped
    assert art.section == "Calciomercato"
    assert art.canonical_url == "https://www.corrierebiancoverde.it/calciomercato/lupi-rinnovo-ferri"
    assert art.text.startswith("La società biancoverde è a un passo dal rinnovo")
    assert "Aggiornato" not in art.text and "Lupi, accordo vicino" not in art.text


def test_open_graph_only_page() -> None:
    art = article("og_only.html")
    assert art.title == "Il nuovo allenatore sceglie il 4-3-3: ecco chi parte titolare"
    assert art.published == date(2025, 9, 21)
    assert art.section == "Squadra"
    assert art.canonical_url == "https://www.tifocampano.it/news/nuovo-allenatore-4-3-3/"
    assert art.author is None  # article:author is a profile URL, not a name
    assert "blog amatoriale" not in art.text


def test_h1_headline_beats_site_suffixed_title() -> None:
    art = article("title_vs_h1.html", "https://www.ilpallonequotidiano.it/marina-delvecchio")
    assert art.title == "Marina, colpo in attacco: arriva Delvecchio"
    assert art.published is None  # "classe 2001" is not a date, nor is today
    assert not art.text.startswith("Marina, colpo in attacco")  # headline not repeated in the body


def test_site_suffix_stripped_when_only_title_exists() -> None:
    art = article("title_only.html")
    assert art.title == "Pontevecchio, la difesa torna a sorridere"


@pytest.mark.parametrize(
    ("title", "site", "host", "lenient", "expected"),
    [
        ("Milan, ecco Gila | Radio Rossonera", None, None, True, "Milan, ecco Gila"),
        ("Milan, ecco Gila - Calciomercato.it", None, "www.calciomercato.it", False, "Milan, ecco Gila"),
        ("Calcio Oggi - Milan, ecco Gila", "Calcio Oggi", None, False, "Milan, ecco Gila"),
        ("Inter - Milan 2-1", None, None, True, "Inter - Milan 2-1"),
        ("Juventus-Milan 0-0: nessun vincitore - Il commento", None, None, False,
         "Juventus-Milan 0-0: nessun vincitore - Il commento"),
    ],
)
def test_strip_site_suffix(
    title: str, site: str | None, host: str | None, lenient: bool, expected: str
) -> None:
    assert strip_site_suffix(title, site, host, lenient=lenient) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("di Mario Rossi", "Mario Rossi"),
        ("A cura di Paolo Deiana", "Paolo Deiana"),
        ("di Gianluca Di Marzio", "Gianluca Di Marzio"),
        ("Di Marzio", "Di Marzio"),  # a surname, not a byline prefix
        ("GIULIA FERRARIS", "Giulia Ferraris"),
        ("Mario Rossi - 16 novembre 2025", "Mario Rossi"),
        ("Mario Rossi | Calcio Oggi", "Mario Rossi"),
        ("https://www.facebook.com/calciooggi", None),
        ("  ", None),
    ],
)
def test_clean_author(raw: str, expected: str | None) -> None:
    assert clean_author(raw) == expected


def test_visible_italian_date_only() -> None:
    art = article("visible_date.html")
    assert art.published == date(2025, 11, 16)  # not the sidebar's 2 ottobre, not "© 2026"
    assert "Redazione" not in art.text and "Altre notizie" not in art.text


PROSE = "".join(
    f"<p>{s}</p>"
    for s in [
        "Il Milan ha presentato una nuova offerta alla Lazio per il difensore centrale, seguito da mesi.",
        "La dirigenza biancoceleste chiede almeno venticinque milioni e non vuole inserire contropartite.",
        "Sul giocatore resta vigile anche l'Inter, che potrebbe tornare alla carica nei prossimi giorni.",
        "Una risposta definitiva è attesa entro la fine della settimana, dopo il vertice con l'agente.",
    ]
)


@pytest.mark.parametrize(
    ("between", "after", "expected"),
    [
        ("<p>Il difensore aveva firmato il 3 marzo 2024 il suo ultimo rinnovo con la Lazio.</p>", "", None),
        ("", '<div class="data">16/11/2025</div>', date(2025, 11, 16)),
        ("<p>MILANO, 16/11/2025 - Vertice in sede per la difesa rossonera.</p>", "", date(2025, 11, 16)),
    ],
)
def test_dates_in_prose_are_news_not_publication_dates(
    between: str, after: str, expected: date | None
) -> None:
    headline = "<h1>Gila, il Milan rilancia per gennaio</h1>"
    html = f"<html lang='it'><body><div>{headline}{between}{PROSE}{after}</div></body></html>"
    result = clean_html(html, "https://www.example.it/gila")
    assert result.article is not None and result.article.published == expected


def test_article_header_h1_beats_the_logo_h1() -> None:
    html = (
        "<html lang='it'><head><title>Gila, il Milan rilancia | Il Sito del Calcio</title></head><body>"
        "<header><h1 class='logo'>Il Sito del Calcio</h1><nav><a href='/'>Home</a></nav></header>"
        "<div class='post'><header class='entry-header'><h1>Gila, il Milan rilancia per gennaio</h1>"
        f"<span>16 novembre 2025</span></header>{PROSE}</div></body></html>"
    )
    art = clean_html(html, "https://www.example.it/gila").article
    assert art is not None and art.title == "Gila, il Milan rilancia per gennaio"
    assert art.published == date(2025, 11, 16)


@pytest.mark.parametrize("encoding", [None, "iso-8859-1", "cp1252", "utf-8"])
def test_iso_8859_1_bytes(encoding: str | None) -> None:
    raw = page("latin1_article.html")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    art = article("latin1_article.html", encoding=encoding)  # a wrong "utf-8" falls back to meta
    assert art.title == "Città in festa: la promozione è realtà"
    assert "la città può finalmente festeggiare" in art.text
    assert "Più di diecimila tifosi" in art.text and "Già perché" in art.text
    assert "Ã" not in art.text and "\ufffd" not in art.text


def test_decode_prefers_declared_encoding() -> None:
    assert decode_html("perché".encode("cp1252"), "windows-1252") == "perché"
    assert decode_html(b"\xef\xbb\xbfcitt\xc3\xa0") == "città"
    assert decode_html("città".encode(), "iso-8859-1") == "città"  # UTF-8 mislabelled as Latin-1
    assert decode_html("Ελλάδα".encode("iso-8859-7"), "iso-8859-7") == "Ελλάδα"


def test_amp_page_points_to_canonical() -> None:
    art = article("amp_article.html", "https://www.gazzettadelpallone.it/serie-a/derby-pagelle/amp/")
    assert art.is_amp
    assert art.canonical_url == "https://www.gazzettadelpallone.it/serie-a/derby-pagelle/"
    assert art.published == date(2025, 11, 9) and art.author == "Luca Amato"
    assert art.text.startswith("Una partita intensa, decisa da un episodio nel finale.")
    assert "LaPresse" not in art.text and "Home" not in art.text


def test_listing_page_is_not_an_article() -> None:
    assert clean_html(page("listing.html"), URL).drop_reason == "not_article"


def test_english_article_is_dropped() -> None:
    assert clean_html(page("english_article.html"), URL).drop_reason == "non_italian"


@pytest.mark.parametrize("html", [page("empty_page.html"), b"", b"   \n", "<html><body></body></html>"])
def test_empty_pages(html: bytes | str) -> None:
    assert clean_html(html, URL).drop_reason == "empty"


def test_oversized_page_is_dropped_before_parsing() -> None:
    huge = b"<html><body>" + b"<p>testo</p>" * (MAX_HTML_BYTES // 12 + 1) + b"</body></html>"
    assert clean_html(huge, URL).drop_reason == "too_large"
    assert clean_html(page("jsonld_article.html"), URL, max_bytes=1000).drop_reason == "too_large"


@pytest.mark.parametrize("seed", range(5))
def test_garbage_bytes_never_raise(seed: int) -> None:
    garbage = random.Random(seed).randbytes(20_000)
    assert clean_html(garbage, URL).drop_reason in {"parse_error", "empty"}


@pytest.mark.parametrize(
    "html",
    [b"\x00" * 100, b"<?xml version='1.0'?><rss><channel><item>x</item></channel></rss>", b"<<<>>>",
     "<html><body>" + "<div>" * 5000 + "profondo" + "</div>" * 5000 + "</body></html>"],
)
def test_odd_inputs_never_raise(html: bytes | str) -> None:
    assert clean_html(html, URL).drop_reason in {"parse_error", "empty", "not_article"}


def test_split_article_merged() -> None:
    first = article("split_page1.html", "https://www.gazzettadelpallone.it/speciale/dieci-trattative/")
    assert first.next_page_url == "https://www.gazzettadelpallone.it/speciale/dieci-trattative/2/"
    second = article("split_page2.html", first.next_page_url)
    merged = merge_pages(first, [second])
    assert merged.text.startswith("La sessione invernale si avvicina")
    assert merged.text.endswith("con un calendario fitto di impegni.")
    assert merged.text.index("Nogueira") < merged.text.index("Nella seconda parte")
    assert "Pagina successiva" not in merged.text
    assert merged.title == first.title and merged.published == date(2025, 12, 1)
    assert merged.next_page_url is None


def test_clean_result_holds_exactly_one_outcome() -> None:
    with pytest.raises(ValueError):
        CleanResult()
    with pytest.raises(ValueError):
        CleanResult(article=article("og_only.html"), drop_reason="empty")


def test_seed_text_article(shared_dir: Path) -> None:
    result = clean_text((shared_dir / "seed-article.txt").read_text(encoding="utf-8"))
    assert result.article is not None
    art = result.article
    assert art.published == date(2025, 11, 16)
    assert art.language == "it"
    assert art.title is None  # the first line is a whole paragraph
    assert not art.text.startswith("date") and art.text.startswith("In casa Milan")
    assert "Tuttosport" in art.text and "\u2019" not in art.text and "l'allenatore" in art.text
    assert art.text.count("\n\n") >= 6


def test_plain_text_title_line() -> None:
    body = " ".join(["Il Milan ha presentato una nuova offerta alla Lazio per il difensore centrale."] * 6)
    art = clean_text(f"Milan, nuova offerta per Gila\n{body}", url="https://example.it/a").article
    assert art is not None and art.title == "Milan, nuova offerta per Gila"
    assert art.text == body and art.canonical_url == "https://example.it/a"


def test_plain_text_drops() -> None:
    assert clean_text("  \n\n ").drop_reason == "empty"
    assert clean_text("date 2025-11-16\n").drop_reason == "empty"
    english = "The club have agreed a fee with the player and the deal will be done this week. " * 8
    assert clean_text(english).drop_reason == "non_italian"


def test_plain_text_flash_is_kept() -> None:
    """A .txt is an article by the user's say-so: a one-sentence flash still yields its text."""
    flash = "Il Torino ha chiuso per Pepi: al PSV 12 milioni."
    art = clean_text(flash).article
    assert art is not None and art.text == flash and art.language == "it"


# --- the demo press ------------------------------------------------------------------------------

DEMO = ROOT / "data" / "demo"
EXPECTED = sorted((ROOT / "tests" / "fixtures" / "demo_expected").glob("*/*.json"))
DEMO_BASE = "http://127.0.0.1:8000"


def demo_clean(path: str) -> CleanResult:
    raw = (DEMO / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", DEMO_BASE.encode())
    return clean_html(raw, DEMO_BASE + path)


@pytest.mark.skipif(not EXPECTED, reason="demo press not built")
@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_demo_article_matches_expected(expected_file: Path) -> None:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    result = demo_clean(expected["path"])
    assert result.article is not None, f"{expected['path']} dropped: {result.drop_reason}"
    pages = [result.article]
    while pages[-1].next_page_url and len(pages) < 5:
        more = demo_clean(pages[-1].next_page_url.removeprefix(DEMO_BASE))
        assert more.article is not None, more.drop_reason
        pages.append(more.article)
    art = merge_pages(pages[0], pages[1:])
    assert art.title == expected["title"]
    assert (art.published.isoformat() if art.published else None) == expected["published"]
    assert art.author == expected.get("author")
    assert art.language == expected.get("language", "it")
    assert art.text.startswith(expected["first_sentence"]), art.text[:200]
    assert art.text.endswith(expected["last_sentence"]), art.text[-200:]
    for phrase in expected["must_not_contain"]:
        assert phrase not in art.text


@pytest.mark.skipif(not (DEMO / "MANIFEST.json").exists(), reason="demo press not built")
def test_demo_special_pages() -> None:
    manifest = json.loads((DEMO / "MANIFEST.json").read_text(encoding="utf-8"))
    wanted = {"non_italian": "non_italian", "listing": "not_article", "empty": "empty"}
    for entry in manifest["pages"]:
        if entry["kind"] in wanted:
            assert demo_clean(entry["path"]).drop_reason == wanted[entry["kind"]], entry["path"]
        elif entry["kind"] == "amp":
            art = demo_clean(entry["path"]).article
            assert art is not None and art.is_amp
            assert art.canonical_url == DEMO_BASE + entry["canonical_path"]


def test_a_title_line_that_carries_its_date_keeps_its_headline() -> None:
    """ "LECCE NEWS | lunedì 12 agosto 2024": the date after the bar is dropped as a dateline,
    the headline before it is still the title (it names the club the post is about)."""
    raw = "🟡🔴 LECCE NEWS ⚡ | lunedì 12 agosto 2024\n\nSantiago Pierotti è del Lecce."
    article = clean_text(raw).article
    assert article is not None
    assert article.title == "LECCE NEWS"
    assert article.text == "Santiago Pierotti è del Lecce."
    dated = clean_text("12 agosto 2024\n\nSantiago Pierotti è del Lecce.").article
    assert dated is not None and dated.title is None


def test_a_dateline_below_the_headline_dates_the_article_not_the_day_it_recalls() -> None:
    """An anniversary's headline names the day it recalls ("Accadde oggi: 31 agosto 2002"); the
    dateline below it is when the piece was written, which decides who was a player then."""
    raw = (
        "Accadde oggi: 31 agosto 2002, la notte in cui Nesta lasciò la Lazio\n\n"
        "31 agosto 2022\n\n"
        "Vent'anni fa Alessandro Nesta firmava con il Milan.\n"
    )
    article = clean_text(raw).article
    assert article is not None and article.published == date(2022, 8, 31)
    titled = clean_text("Mercato | 12 agosto 2024\n\nSantiago Pierotti è del Lecce.").article
    assert titled is not None and titled.published == date(2024, 8, 12)  # the title's own date


def test_a_headline_around_a_date_stays_the_title() -> None:
    """"Accadde oggi: 31 agosto 2002, la notte in cui Nesta lasciò la Lazio" is a headline with a
    date in it, not a dateline: it stays the title (the extractor reads it), while a short line
    such as "Redazione | domenica 16 novembre 2025" still gives only its date."""
    raw = "Accadde oggi: 31 agosto 2002, la notte in cui Nesta lasciò la Lazio per il Milan\n\nTesto."
    article = clean_text(raw).article
    assert article is not None
    assert article.title == "Accadde oggi: 31 agosto 2002, la notte in cui Nesta lasciò la Lazio per il Milan"
    short = clean_text("Redazione | domenica 16 novembre 2025, ore 11:20\n\nTesto del pezzo.").article
    assert short is not None and short.title == "Redazione" and short.published == date(2025, 11, 16)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("ZEIST, 19 marzo 2024 – Prima convocazione per Joshua Zirkzee.", date(2024, 3, 19)),
        ("BORMIO (14 luglio 2017) – Urbano Cairo è arrivato all'albergo del Torino.", date(2017, 7, 14)),
        ("CASTELROTTO (Alpe di Siusi), 20 luglio 2018 – Il giorno più intenso.", date(2018, 7, 20)),
        ("ROMA – Il 3 marzo 2024 il difensore aveva rinnovato con la Lazio.", None),
    ],
)
def test_an_agency_dateline_opening_the_body_dates_a_text_file(dateline: str, expected: date | None) -> None:
    """"ZEIST, 19 marzo 2024 – ...": the city and the date before the first sentence are when
    the piece was written (which decides who was a player then); a date inside the sentence
    after a bare "ROMA –" is news, not the article's date."""
    article = clean_text(f"Olanda, Zirkzee si presenta\n\n{dateline}\n").article
    assert article is not None and article.published == expected
