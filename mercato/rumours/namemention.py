"""One occurrence of a person's name and what the words around it say of him: kept apart so that
the name finder and its helpers for names in capitals share it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NameMention"]


@dataclass(slots=True)
class NameMention:
    """One occurrence of a capitalised name: tokens ``first..last`` of sentence ``sent``."""

    first: int
    last: int
    text: str
    sent: int
    role: str | None = None  # role read at this occurrence (coach, ..., player)
    weak_role: str | None = None  # role guessed from what the person does ("Tare sonda il City")
    player_signal: bool = False
    strong: bool = False  # the press calls this a player outright (role noun, age, club)
    club_hint: int = -1  # token of a club named with the role ("il centrale della Lazio Gila")
    person: int = -1
