"""The lexicon as it stood in an article's year: who was a coach then, and who worked where.

roles.toml lists the people the press takes for granted as they are now. An article from an
earlier window knows them otherwise: in 2011 Fabio Cannavaro was the Juventus' centre-back and
no coach, and in 2016 Beppe Marotta ran the Juventus, not the Inter. [role_since] and
[club_since] give the year from which an entry holds; for an article published before it, the
lexicon says nothing of that man and the article's own words decide. [club_until] gives the last
year of a club an older article takes for granted (Mirabelli's Milan, Preziosi's Genoa); a later
article lends that man no club. An undated article is read with every entry.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Lexicon, person_key
from .lexindex import known_people_index

__all__ = ["as_of"]


def as_of(lexicon: Lexicon, year: int | None) -> Lexicon:
    """``lexicon`` without the roles and clubs that did not hold yet in ``year`` (memoised)."""
    if year is None or not (lexicon.role_since or lexicon.club_since or lexicon.club_until):
        return lexicon
    if year not in lexicon.eras:
        later = {key for key, since in lexicon.role_since.items() if since > year}
        table = {
            role: [name for name in names if person_key(name) not in later]
            for role, names in lexicon.people_table.items()
        }
        since, until = lexicon.club_since, lexicon.club_until
        clubs = {
            key: club
            for key, club in lexicon.people_clubs.items()
            if since.get(key, 0) <= year <= until.get(key, year) and key not in later
        }
        lexicon.eras[year] = replace(
            lexicon, known_people=known_people_index(table), people_clubs=clubs, eras={}
        )
    return lexicon.eras[year]
