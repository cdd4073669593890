"""Language detection with py3langid: a language code for a paragraph, None for a scrap of text."""

from __future__ import annotations

import pytest

from mercato.language import MAX_CHARS, detect_language

ITALIAN = (
    "La società bianconera ha avviato i contatti con l'agente del terzino, il cui contratto scade a "
    "giugno: il giocatore preferirebbe restare in Serie A e la dirigenza conta di chiudere prima "
    "della sosta invernale, magari inserendo nell'affare una contropartita tecnica."
)
ENGLISH = (
    "The winger has told his current club that he would like to leave this summer, and two Premier "
    "League sides are now preparing bids after scouting him in the last four matches of the season."
)
SPANISH = (
    "El entrenador pidió a la directiva un delantero antes del cierre del mercado, pero el club solo "
    "tiene margen para una cesión y las negociaciones con el equipo portugués siguen bloqueadas."
)


@pytest.mark.parametrize(("text", "expected"), [(ITALIAN, "it"), (ENGLISH, "en"), (SPANISH, "es")])
def test_paragraph_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_five_words_are_too_few_to_judge() -> None:
    assert detect_language("Il Milan vuole il centrale") is None


def test_only_the_opening_is_read() -> None:
    assert detect_language(ITALIAN * (MAX_CHARS // len(ITALIAN) + 1) + ENGLISH * 50) == "it"
