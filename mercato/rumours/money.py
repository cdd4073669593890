"""Fees, bonuses and contract years as the Italian press writes them."""

from __future__ import annotations

import re

__all__ = ["Sums", "contract_year", "parse_amount", "parse_fee", "read_sums"]

Sums = tuple[int | None, int | None, int | None, int | None]  # fee offered, bonus, contract year, asked

WORD_NUMBERS = {
    "un": 1, "uno": 1, "una": 1, "mezzo": 0.5, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
    "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, "venti": 20, "venticinque": 25, "trenta": 30, "trentacinque": 35,
    "quaranta": 40, "quarantacinque": 45, "cinquanta": 50, "sessanta": 60, "settanta": 70,
    "ottanta": 80, "novanta": 90, "cento": 100,
}  # fmt: skip
NUMBER = r"\d+(?:[.,]\d+)*|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
# The characters a NUMBER can start with. The patterns below open with a lookahead on them: a
# character class lets the engine pass over most positions without trying every number word.
NUMBER_START = r"[\d" + "".join(sorted({word[0] for word in WORD_NUMBERS})) + "]"
UNIT = r"milioni|milione|mln|mio|mil|m|mila|k"
MIN_SUM = 100_000
# "15 milioni", "12,5 mln", "€ 20 milioni", "500mila euro", "un milione e mezzo".
AMOUNT_RE = re.compile(
    rf"(?=€|\b{NUMBER_START})(?:"
    rf"(?:€\s*)?\b(?P<num>{NUMBER})\s*(?P<unit>{UNIT})\b(?P<half>\s+e\s+mezzo)?(?:\s+(?:di\s+)?(?:euro|€))?"
    rf"|(?:€\s*)?\b(?P<plain>\d{{1,3}}(?:\.\d{{3}})+|\d{{5,}})\s*(?:euro|€))",
    re.IGNORECASE,
)
# "15+3", "15 milioni più 3 di bonus", "18 + 2 di bonus".
PLUS_RE = re.compile(
    rf"(?={NUMBER_START})\b(?P<fee>{NUMBER})\s*(?:(?P<unit>{UNIT})\b)?(?:\s+(?:di\s+)?euro)?\s*(?:\+|più|piu|oltre)\s*"
    rf"(?P<bonus>{NUMBER})\s*(?:(?:{UNIT})\b)?\s*(?:(?:di|in|come)\s+)?(?P<word>bonus|variabili|premi)?",
    re.IGNORECASE,
)
OPTION_RE = re.compile(
    rf"riscatto\s+(?:\w+\s+){{0,2}}?(?:fissat[oa]\s+)?(?:a|ad|da|di|per)\s+(?:circa\s+)?(?:€\s*)?"
    rf"(?P<num>{NUMBER})\s*(?:(?P<unit>{UNIT})\b)?",
    re.IGNORECASE,
)
# A seller's price: "ne chiede almeno 25", "chiedono 40 milioni", "non scende sotto gli 80". The
# millions may be understood. An offer beats it (the gold's rule and the reader's): a rumour
# takes the asking price only when no sentence about the move states an offer.
ASK_RE = re.compile(
    rf"(?:\b(?:ne\s+)?(?:chied|pretend|vogli|vuol|vorr)\w*|\bnon\s+scend\w*\s+sotto)\s+"
    rf"(?:(?:almeno|circa|più\s+di|non\s+meno\s+di|i|gli|ai|agli)\s+)?(?:€\s*)?(?P<num>\d+(?:,\d+)?)"
    rf"(?:\s*(?P<unit>{UNIT})\b)?(?![\d.,]?\d|\s*(?:%|per\s*cento|anni|giorni|gol))",
    re.IGNORECASE,
)
# What may follow a bare number that is a price ("ne chiede 25, ma", "non scende sotto gli 80 di
# parte fissa"); "chiede 2 giocatori in cambio" counts men, not millions.
BARE_END_RE = re.compile(
    r"\s*(?:$|[,.;:)!?»]|(?:e|ma|per|più|di\s+parte|bonus|cash|subito)\b)", re.IGNORECASE
)
BONUS_BEFORE_RE = re.compile(r"bonus\s+(?:di|da|per)?\s*$", re.IGNORECASE)
# "45 milioni bonus compresi" is the whole price, not a bonus: the fee with the bonuses inside
BONUS_AFTER_RE = re.compile(
    r"^\s*(?:di\s+|in\s+|come\s+)?(?:bonus|variabili)(?!\s+(?:compres|inclus))", re.IGNORECASE
)
# An amount near these words is a salary or a release clause, not the fee of the deal.
NOT_FEE_RE = re.compile(
    r"ingaggio|stipendio|guadagn|percepisce|all'anno|l'anno|a stagione|per stagione|annui|annuali|"
    r"netti|netto|lordi|a salire|clausola|commission|fatturato|bilancio|monte ingaggi|debit|perdit|"
    r"ricavi|plusvalenza|risarciment|danni|multa|sanzione|ammenda",
    re.IGNORECASE,
)
# Sums in another currency are never converted: "46,5 milioni di sterline", "£30m", "$26m".
FOREIGN_AFTER_RE = re.compile(r"\s*(?:di\s+)?(?:sterline|dollari|franchi|reais|pesos|lire)\b", re.IGNORECASE)
FOREIGN_BEFORE = ("£", "$", "US$")
CONTRACT_RE = re.compile(
    r"(?:fino\s+(?:al|a|all')\s*(?:\d{1,2}\s+)?(?:giugno\s+)?(?:del\s+)?"
    r"|(?<!in )scadenza\s+(?:nel\s+|a\s+|al\s+|fissata\s+al\s+)?(?:\d{1,2}\s+)?(?:giugno\s+)?"
    r"|(?:rinnovo|prolungamento|contratto|accordo|quinquennale|quadriennale|triennale|biennale)"
    r"\s+(?:\w+\s+){0,2}?(?:al|fino\s+al)\s+)(?P<year>20\d\d)\b",
    re.IGNORECASE,
)


# Cheap necessary conditions of the patterns above, tried first: most sentences name no sum,
# and these scan a sentence several times faster than the patterns they guard.
DIGIT_RE = re.compile(r"\d")
UNIT_WORD_RE = re.compile(r"[mk](?:il(?:a|ion[ei])?|io|ln)?\b", re.IGNORECASE)  # every UNIT, then \b
PLUS_WORD_RE = re.compile(r"\+|pi[uù]|oltre", re.IGNORECASE)  # what PLUS_RE puts between fee and bonus
YEAR_RE = re.compile(r"20\d\d")  # CONTRACT_RE's year

CURRENT_CONTRACT_RE = re.compile(
    r"\b(?:ha|hanno|avere) (?:ancora )?un contratto|\blegato\b|\bvincolato\b|\bscade\b|\battuale\b|"
    r"in scadenza|contratto con gli|contratto con il|contratto con la",
    re.IGNORECASE,
)


def parse_amount(number: str, unit: str | None) -> int | None:
    """Euros for a number and its unit: ("12,5", "milioni") -> 12500000."""
    key = number.lower()
    if key in WORD_NUMBERS:
        value = float(WORD_NUMBERS[key])
    else:
        if "," in key:
            key = key.replace(".", "").replace(",", ".")
        elif key.count(".") == 1 and len(key.split(".")[1]) != 3:
            pass  # "12.5" read as a decimal point
        else:
            key = key.replace(".", "")
        try:
            value = float(key)
        except ValueError:
            return None
    unit = (unit or "").lower()
    if unit in ("milioni", "milione", "mln", "mio", "m", "mil"):
        value *= 1_000_000
    elif unit in ("mila", "k"):
        value *= 1_000
    # No fee or bonus the press reports is under a hundred thousand euros; a smaller sum is
    # something else: "👀 6,1K" under a channel's post counts its views.
    return round(value) if value >= MIN_SUM else None


def parse_fee(text: str) -> tuple[int | None, int | None]:
    """(fee, bonus) in euros read from a sentence; salaries and release clauses are skipped.

    "15 milioni più 3 di bonus" -> (15000000, 3000000); "12,5 milioni" -> (12500000, None);
    "ne chiede almeno 25" -> (25000000, None): an asking price when nothing is offered.
    """
    fee, bonus, ask = read_sums(text)
    return (fee if fee is not None else ask), bonus


def read_sums(text: str) -> tuple[int | None, int | None, int | None]:
    """(offered fee, bonus, asking price) of a sentence: a sum the seller asks is kept apart,
    so that an offer another sentence states can win over it."""
    found = ASK_RE.finditer(text) if DIGIT_RE.search(text) else ()
    asked = [
        m
        for m in found
        if not _not_fee(text, m.start(), m.end()) and (m.group("unit") or BARE_END_RE.match(text, m.end()))
    ]
    ask = parse_amount(asked[0].group("num"), asked[0].group("unit") or "milioni") if asked else None
    spans = [(m.start("num"), m.end()) for m in asked]
    fee, bonus = _offered(text, spans)
    return fee, bonus, ask


def _offered(text: str, asked: list[tuple[int, int]]) -> tuple[int | None, int | None]:
    """Fee and bonus of ``text`` from sums outside the ``asked`` spans."""
    option = OPTION_RE.search(text)
    if option and not _not_fee(text, option.start(), option.end()):
        # A loan with an option or obligation costs what the buyer pays to keep the player:
        # "prestito oneroso da 3 milioni con diritto di riscatto fissato a 30" -> 30 millions.
        fee = parse_amount(option.group("num"), option.group("unit") or "milioni")
        if fee is not None:
            return fee, None
    plus = PLUS_RE.search(text) if PLUS_WORD_RE.search(text) else None
    if plus and (plus.group("unit") or plus.group("word")) and not _not_fee(text, plus.start(), plus.end()):
        unit = plus.group("unit") or "milioni"
        fee, bonus = parse_amount(plus.group("fee"), unit), parse_amount(plus.group("bonus"), unit)
        if fee is not None:
            return fee, bonus
    fee = bonus = None
    if not (DIGIT_RE.search(text) or UNIT_WORD_RE.search(text)):
        return fee, bonus  # a sum has digits or a unit ("un milione"): none here
    for m in AMOUNT_RE.finditer(text):
        if _not_fee(text, m.start(), m.end()) or any(lo <= m.start() < hi for lo, hi in asked):
            continue
        if m.group("plain"):
            value = parse_amount(m.group("plain"), None)
        else:
            value = parse_amount(m.group("num"), m.group("unit"))
            if value is not None and m.group("half"):
                value += parse_amount("0,5", m.group("unit")) or 0
        if value is None:
            continue
        is_bonus = BONUS_BEFORE_RE.search(text, 0, m.start()) or BONUS_AFTER_RE.match(
            text[m.end() : m.end() + 20]
        )
        if is_bonus and bonus is None:
            bonus = value
        elif not is_bonus and fee is None:
            fee = value
    return fee, bonus


def _not_fee(text: str, start: int, end: int) -> bool:
    """True when the sum is in another currency or the phrase around it (up to the nearest
    punctuation) speaks of pay."""
    if FOREIGN_AFTER_RE.match(text, end) or text[max(0, start - 4) : start].rstrip().endswith(FOREIGN_BEFORE):
        return True
    lo = max(text.rfind(ch, max(0, start - 50), start) for ch in ",;.:(")
    hi = min((i for i in (text.find(ch, end, end + 40) for ch in ",;.:)") if i >= 0), default=end + 40)
    return bool(NOT_FEE_RE.search(text, max(lo, start - 50) + 1, hi))


def contract_year(text: str) -> int | None:
    """The year a new contract runs to ("fino al 2029").

    The contract a player already has is not that year: "in scadenza nel 2027", "ha un
    contratto fino al 2027", "legato al Tottenham fino al 2029".
    """
    if not YEAR_RE.search(text):
        return None
    for m in CONTRACT_RE.finditer(text):
        phrase = max(text.rfind(ch, 0, m.start()) for ch in ",;:.") + 1  # the phrase it belongs to
        if not CURRENT_CONTRACT_RE.search(text, max(phrase, m.start() - 40), m.start("year")):
            return int(m.group("year"))
    return None
