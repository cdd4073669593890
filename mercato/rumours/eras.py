"""The lexicon as it stood in an article's year: who was a coach then, and who worked where.

roles.toml lists the people the press takes for granted as they are now. An article from an
earlier window knows them otherwise: in 2011 Fabio Cannavaro was the Juventus' centre-back and
no coach, and in 2016 Beppe Marotta ran the Juventus, not the Inter. [role_since] and
[club_since] give the year from which an entry holds; for an article published before it, the
lexicon says nothing of that man and the article's own words decide. [club_until] gives the last
year of a club an older article takes for granted (Mirabelli's Milan, Preziosi's Genoa); a later
article lends that man no club. An undated article is read with every entry that can hold by
the latest year its contracts give ("fino al 2014": written by 2014), or with all of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import Lexicon, person_key
from .lexindex import known_people_index

__all__ = ["as_of", "latest_year"]

# A contract said to run to a year ("fino al 2018", "in scadenza nel 2019", "scade a giugno
# 2017"): an undated article was written no later than that year.
RUNS_TO_RE = re.compile(
    r"\b(?:fino al(?:la fine del| giugno| 30 giugno)?|in scadenza(?: nel| a giugno| di giugno)?"
    r"|scade(?: nel| a giugno)?) ((?:19|20)\d\d)\b"
)


def latest_year(text: str) -> int | None:
    """The last year an undated article can have been written in: the earliest end of a contract
    it says still runs. A man who became a coach or a director after it is a player there."""
    years = [int(y) for y in RUNS_TO_RE.findall(text, 0, 20_000)]
    return min(years) if years else None


def as_of(lexicon: Lexicon, year: int | None, *, at_latest: bool = False) -> Lexicon:
    """``lexicon`` without the roles and clubs that did not hold yet in ``year`` (memoised).

    With ``at_latest`` the year only bounds the article's date from above (``latest_year``):
    roles and clubs taken up after it are dropped, clubs left before it are kept, since the
    article may be older still."""
    if year is None or not (lexicon.role_since or lexicon.club_since or lexicon.club_until):
        return lexicon
    key = (year, at_latest)
    if key not in lexicon.eras:
        later = {name for name, since in lexicon.role_since.items() if since > year}
        table = {
            role: [name for name in names if person_key(name) not in later]
            for role, names in lexicon.people_table.items()
        }
        since, until = lexicon.club_since, lexicon.club_until
        clubs = {
            name: club
            for name, club in lexicon.people_clubs.items()
            if since.get(name, 0) <= year
            and (at_latest or year <= until.get(name, year))
            and name not in later
        }
        lexicon.eras[key] = replace(
            lexicon, known_people=known_people_index(table), people_clubs=clubs, eras={}
        )
    return lexicon.eras[key]
