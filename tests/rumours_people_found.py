"""The people a test text names, read with the repository's lexicon as the extractor reads them."""

from __future__ import annotations

from mercato.rumours.document import build_document
from mercato.rumours.lexicon import load_lexicon
from mercato.rumours.people import Person, find_people


def people_found(text: str) -> list[Person]:
    """Every person of ``text`` with role and player flag (one plain text, no title)."""
    lex = load_lexicon()
    return find_people(build_document(text, lex), lex)


def players_found(text: str) -> set[str]:
    """The names of ``text`` taken for players on the market."""
    return {p.name for p in people_found(text) if p.player}
