"""A description that refers back ("il bosniaco", "Il difensore") makes the name before it a player."""

from __future__ import annotations

from rumours_people_found import people_found


def _players(text: str) -> dict[str, bool]:
    return {p.name: p.player for p in people_found(text)}


def test_nationality_after_the_name_vouches_for_it() -> None:
    text = (
        "Lazio, novità in difesa.\n"
        "Discorso diverso per Marko Petrovic, che ha il contratto in scadenza a giugno: "
        "il club gli ha proposto un altro anno e il bosniaco sembra intenzionato ad accettare."
    )
    assert _players(text)["Marko Petrovic"]


def test_description_skips_the_coach_named_in_between() -> None:
    text = (
        "Juve, colpo in difesa.\n"
        "Tiago Ferreira ha detto sì a Massimiliano Allegri senza esitazioni. "
        "Il brasiliano firmerà un contratto fino al 2029."
    )
    people = _players(text)
    assert people["Tiago Ferreira"]
    assert not people["Massimiliano Allegri"]


def test_a_list_or_a_single_word_gets_no_description() -> None:
    text = (
        "Juve, il bilancio.\n"
        "In tribuna allo Stadium c'erano Mario Bianchi e Luca Verdi. Il brasiliano è arrivato a Torino. "
        "Nelle ultime ore il tedesco ha parlato."
    )
    people = _players(text)
    assert not people.get("Mario Bianchi") and not people.get("Luca Verdi")
    assert not people.get("Nelle")


def test_a_captain_of_a_named_club_describes_one_man() -> None:
    """ "Ciro Immobile ha fatto lo stesso. [...] il capitano della Lazio ha risposto": a player."""
    text = (
        "Ciro Immobile ha fatto lo stesso, ma per scelta sua. All'Al Shabab, che gli offriva un "
        "triennale, il capitano della Lazio ha risposto che vuole ancora giocare in Europa."
    )
    assert _players(text)["Ciro Immobile"] is True


def test_a_position_with_the_club_colours_describes_the_man_named_before() -> None:
    """ "Si parla di Mattia De Sciglio: [...] per il terzino rossonero": the colours are his
    shirt, not a club named after the noun, so the description vouches for him."""
    text = (
        "Juve e Milan, affari in corso.\n"
        "Tra i due club si parla anche di Federico Rinaldi: la Juventus ha presentato un'offerta "
        "da 12 milioni per il terzino rossonero, in scadenza nel 2026."
    )
    assert _players(text)["Federico Rinaldi"]
