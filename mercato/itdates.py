"""Find dates written the Italian way ("16 novembre 2025", "16/11/2025") in plain text.

Italian pages often show their publication date only as visible text, and htmldate's guesses need
checking against it; these patterns know Italian month names and day-first numeric dates, which
generic date parsers get wrong or find too slowly.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = [
    "ISO_DATE",
    "ITALIAN_MONTHS",
    "MONTH_ALTERNATION",
    "NUMERIC_DATE",
    "TEXT_DATE",
    "UPDATED_BEFORE",
    "find_italian_date",
    "italian_dates",
]

ITALIAN_MONTHS: dict[str, int] = {
    "gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
    "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
    "settembre": 9, "set": 9, "sett": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11,
    "dicembre": 12, "dic": 12,
}
# Longest names first, so that "settembre" is not matched as "set" + leftovers.
MONTH_ALTERNATION = "|".join(sorted(ITALIAN_MONTHS, key=len, reverse=True))
TEXT_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:°|º)?\s+({MONTH_ALTERNATION})\.?,?\s+(\d{{4}})\b", re.IGNORECASE
)
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]|,\d)")
ISO_DATE = re.compile(r"(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-]|,\d)")
UPDATED_BEFORE = re.compile(r"(?:aggiornat|modificat|update)\w*\W{0,3}(?:\w+\W{1,3}){0,3}$", re.IGNORECASE)
EARLIEST = date(1990, 1, 1)


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def italian_dates(text: str, *, not_after: date | None = None) -> list[tuple[int, date]]:
    """Every plausible date written the Italian way in ``text``, as (offset, date) in text order.

    Dates after ``not_after`` (default: tomorrow, to allow for time zones) are skipped: a visible
    date in the future is a fixture or an event, not a publication date.
    """
    limit = not_after or date.today() + timedelta(days=1)
    found: list[tuple[int, date | None]] = []
    for m in TEXT_DATE.finditer(text):
        found.append((m.start(), _make_date(int(m[3]), ITALIAN_MONTHS[m[2].lower()], int(m[1]))))
    for m in NUMERIC_DATE.finditer(text):
        found.append((m.start(), _make_date(int(m[4]), int(m[3]), int(m[1]))))
    for m in ISO_DATE.finditer(text):
        found.append((m.start(), _make_date(int(m[1]), int(m[3]), int(m[4]))))
    return sorted((pos, d) for pos, d in found if d is not None and EARLIEST <= d <= limit)


def find_italian_date(text: str, *, not_after: date | None = None) -> date | None:
    """First visible date in ``text``, preferring one not introduced by "aggiornato"/"modificato"."""
    found = italian_dates(text, not_after=not_after)
    for pos, d in found:
        if not UPDATED_BEFORE.search(text[max(0, pos - 40) : pos]):
            return d
    return found[0][1] if found else None
