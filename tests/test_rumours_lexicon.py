"""The lexicon loader: directory argument, environment override, caching, missing files."""

from __future__ import annotations

from pathlib import Path

import pytest
from rumours_text_file import extract_text_file
from rumours_tiny_lexicon import tiny_lexicon

from mercato.rumours import extract_rumours
from mercato.rumours.lexicon import DEFAULT_LEXICON_DIR, load_lexicon


def test_default_directory_is_the_repository_data() -> None:
    assert DEFAULT_LEXICON_DIR.name == "lexicon" and (DEFAULT_LEXICON_DIR / "cues.toml").exists()
    assert load_lexicon() is load_lexicon(DEFAULT_LEXICON_DIR)


def test_directory_argument_and_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = tiny_lexicon(tmp_path / "lex")
    assert set(lex.clubs) >= {"Milan", "Udinese"} and "Real Madrid" not in lex.clubs
    monkeypatch.setenv("MERCATO_LEXICON_DIR", str(tmp_path / "lex"))
    assert load_lexicon() is lex


def test_missing_clubs_file_means_no_rumours_not_a_crash(tmp_path: Path) -> None:
    bare = tmp_path / "bare"
    bare.mkdir()
    for name in ("cues.toml", "roles.toml"):
        (bare / name).write_text((DEFAULT_LEXICON_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    assert (
        extract_rumours("Il Milan pensa a Mario Gila, 25 anni, della Lazio.", lexicon=load_lexicon(bare))
        == []
    )


def test_missing_cue_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"cues\.toml"):
        load_lexicon(tmp_path)


def test_outlet_name_canonicalises_publishers() -> None:
    lex = load_lexicon()
    assert lex.outlet_name("Gazzetta") == "La Gazzetta dello Sport"
    assert lex.outlet_name("tuttomercatoweb.com") == "Tuttomercatoweb"


def test_the_press_short_names_resolve_to_their_clubs() -> None:
    """ "il Real" alone is the Real Madrid, "il club del Pireo" the Olympiacos: the short forms
    the Italian press uses once it has named the club, or instead of naming it."""
    text = (
        "Lazio, Milinković-Savić tentato\n\n"
        "Il Real ha chiesto informazioni alla Lazio per Sergej Milinković-Savić. Intanto la Roma "
        "ha chiuso con il club del Pireo per il difensore Kostas Manolas, 23 anni."
    )
    moves = {(r.player.split()[-1], r.to_club, r.from_club) for r in extract_rumours(text)}
    assert ("Milinković-Savić", "Real Madrid", "Lazio") in moves
    assert ("Manolas", "Roma", "Olympiacos") in moves


def test_an_ambiguous_nickname_takes_the_club_the_article_names() -> None:
    """ "I Lupi, intanto, lavorano sulle fasce" in a Roma piece is the Roma, not the Wolfsburg."""
    text = (
        "Roma, Dybala resta\n\n"
        "Paulo Dybala ha detto no al Galatasaray e resta alla Roma.\n\n"
        "I Lupi, intanto, lavorano sulle fasce. Stephan El Shaarawy, esterno classe 1992, è "
        "ormai ai saluti."
    )
    moves = {(r.player.split()[-1], r.to_club, r.from_club) for r in extract_rumours(text)}
    assert not any("Wolfsburg" in (to, frm) for _, to, frm in moves)


def test_the_national_teams_countries_are_never_names() -> None:
    """roles.toml [national_team] lists the countries once: they name a commissario tecnico's
    side ("la Croazia di Dalić") and are never read as a man's name ("Croazia, Modrić resta")."""
    lex = load_lexicon()
    assert {"croazia", "italia", "argentina", "nigeria"} <= lex.non_names


def test_a_lower_league_move_between_clubs_of_serie_d() -> None:
    """The local press's clubs are in the lexicon: "il Varese ha ufficializzato l'arrivo di
    Alessio Cerretani dalla Caronnese" is a signing, club to club."""
    text = "Serie D, il Varese ha ufficializzato l'arrivo di Alessio Cerretani dalla Caronnese."
    found = {(r.player, r.from_club, r.to_club) for r in extract_text_file(text)}
    assert found == {("Alessio Cerretani", "Caronnese", "Varese")}


def test_a_town_named_as_towns_are_is_no_club() -> None:
    """A club of a town's name is that town where the press writes a town: a letter signed
    "– Marta Pellicano, Prato", "nato ad Empoli", "ha salutato Torino" (a club takes an article)."""
    letter = (
        "LA POSTA DEL MERCATO – Risponde Stefano Marchetti\n\n"
        "Ogni giovedì le vostre domande, le nostre risposte. Questa settimana la casella era piena: "
        "gennaio fa sempre quest'effetto.\n\n"
        "«Sono viola da sempre: possibile che arrivi Belotti? Ci serve un attaccante che segni.» "
        "– Marta Pellicano, Prato\n"
        "Possibile, sì. Fiorentina e Roma hanno avviato i contatti per Andrea Belotti, con la formula "
        "del prestito secco fino a giugno. Il nodo è l'ingaggio: i giallorossi vorrebbero che Firenze "
        "lo coprisse per intero, Vincenzo Italiano spinge per chiudere in fretta."
    )
    born = (
        "CATANIA – Il club rossazzurro ha tesserato lo svincolato Marco Chiarenza. Il difensore, "
        "nato ad Empoli il 2 ottobre 1996, ha firmato un contratto fino al 30 giugno 2025."
    )
    left = (
        "COLPO DI SCENA: la Joya ha scelto! Telefonata decisiva dello Special One\n\n"
        "Lui è argentino, ha salutato Torino dopo sette stagioni e 115 gol e da inizio luglio è "
        "senza contratto. Il numero 10 più corteggiato d'Italia è ancora libero...\n\n"
        "Paulo Dybala alla Roma, ci siamo quasi! Secondo il Corriere dello Sport, José Mourinho ha "
        "telefonato personalmente all'argentino e Tiago Pinto ha presentato una proposta di contratto "
        "triennale da 4,5 milioni più bonus. Dybala ha aperto e l'incontro con il suo agente Jorge "
        "Antún è previsto nelle prossime ore. La Joya in giallorosso? Sembra un sogno e invece... la "
        "Joya alla Roma è possibile!"
    )
    native = (
        "UFFICIALE – Kjær ceduto al Wolfsburg, Miccoli rinnova fino al 2013\n\n"
        "Delio Rossi perde così un titolare della difesa, ma ritrova con un contratto più lungo il suo "
        "capitano. Miccoli, nato a Nardò il 27 giugno 1979, veste la maglia rosanero dal 2007."
    )
    for text, town in ((letter, "Prato"), (born, "Empoli"), (left, "Torino"), (native, "Nardò")):
        assert town not in {r.to_club for r in extract_text_file(text)}, town
