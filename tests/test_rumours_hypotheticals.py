"""What the press only supposes ("se salta il rinnovo", "in caso di fumata nera") is no step of
a deal, on short articles written for these tests (not copied from any outlet)."""

from __future__ import annotations

from rumours_text_file import extract_text_file


def _stages(text: str) -> dict[tuple[str, str | None], str]:
    """(player, to club) -> stage, the first line read as the headline, as
    ``mercato extract`` reads a text file."""
    found = extract_text_file(text)
    return {(r.player, r.to_club): r.stage for r in found}


def test_a_collapse_the_article_only_supposes_is_no_collapse() -> None:
    """ "in caso di fumata nera su James": what the club would do if the talks failed; the talks
    themselves go on, so the rumour stays a negotiation."""
    text = (
        "James, si tratta col Real\n"
        "\n"
        "Il Napoli continua a lavorare per James Rodríguez: Cristiano Giuntoli ha proposto al Real "
        "Madrid un prestito oneroso con obbligo di riscatto fissato a 40 milioni. In caso di fumata "
        "nera su James, resterebbe viva l'idea di un centrocampista in prestito.\n"
    )
    assert _stages(text)[("James Rodríguez", "Napoli")] == "negotiation"


def test_a_renewal_that_may_fail_is_still_in_the_making() -> None:
    """ "se salta il rinnovo, c'è Milinković-Savić": the club's plan B; the renewal with its
    keeper is talked about, not broken off."""
    text = (
        "Napoli, il nodo del portiere\n"
        "\n"
        "Il Napoli tratta il rinnovo di Alex Meret, in scadenza a giugno: le parti si vedranno la "
        "prossima settimana. Se salta il rinnovo, il nome in cima alla lista è quello di un portiere "
        "del Torino.\n"
    )
    assert _stages(text)[("Alex Meret", "Napoli")] == "negotiation"


def test_no_talks_yet_after_a_sounding_is_interest() -> None:
    """ "ha fatto un sondaggio con il Barcellona, ma per ora non c'è nessuna trattativa": the
    denial says how far things have gone, not that they ended; the rumour is interest."""
    text = (
        "Inter, il primo nome è Eto'o\n"
        "\n"
        "José Mourinho ha indicato Samuel Eto'o come primo obiettivo della sua Inter, che ha fatto "
        "un sondaggio con il Barcellona, ma per ora non c'è nessuna trattativa.\n"
    )
    assert _stages(text)[("Samuel Eto'o", "Inter")] == "interest"


def test_a_refusal_the_talks_have_gone_past_is_no_collapse() -> None:
    """ "dopo il rifiuto della prima proposta, il Milan ha presentato una nuova offerta": the
    refusal is behind the talks, which go on."""
    text = (
        "Milan, rilancio per il difensore\n"
        "\n"
        "Dopo il rifiuto della prima proposta, il Milan ha presentato al Torino una nuova offerta "
        "per Perr Schuurs: 25 milioni più 3 di bonus.\n"
    )
    assert _stages(text)[("Perr Schuurs", "Milan")] == "negotiation"


def test_a_no_in_other_words_is_a_collapse() -> None:
    """ "il presidente ha risposto di no", "il West Ham non apre alla cessione": refusals the
    press words without "rifiuto"; the request is over."""
    text = (
        "Genoa, due no in un giorno\n"
        "\n"
        "Il Genoa ha chiesto Cristian Galano al Bari, ma il presidente ha risposto di no. Più "
        "defilata l'ipotesi Andy Carroll: il West Ham non apre alla cessione.\n"
    )
    stages = _stages(text)
    assert stages[("Cristian Galano", "Genoa")] == "collapsed"
