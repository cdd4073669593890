"""What the assembly keeps while it reads an article: each move being drafted from the
sentences that speak of it, and what the article says of each player outside any one move."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Draft", "Story"]


@dataclass
class Draft:
    """A rumour being assembled from every sentence that speaks of it."""

    person: int
    to_club: str | None
    section: int
    from_club: str | None = None
    sents: list[int] = field(default_factory=list)
    deals: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    guessed: bool = False  # a renewal whose club is only the story's club, not read in the text
    fallback: bool = True  # every sentence gave this buyer only as the story's club


@dataclass
class Story:
    """What the article says of one player outside any single move (his club, loose cues)."""

    from_club: str | None = None
    deals: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    denials: list[int] = field(default_factory=list)  # sentences that deny a move ("Non esiste»")
    staying: bool = False  # a sentence says he stays, naming no club that wants him
    free_agent: bool = False  # "svincolato": no club holds him, whatever club he left
