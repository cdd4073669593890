"""Score predicted rumours against gold ones with the project's reference matching rules.

The rules are those of the shared reference scorer (``shared/score_rumours.py``): a prediction
matches a gold rumour when the players agree by surname or token subset and the destination
clubs agree through a small alias table; predictions whose role is not "player" are out of
scope; ``optional_rumours`` neither reward nor penalise; stage may be one step off.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["FIELDS", "Score", "club_key", "same_player", "same_rumour", "score"]

FIELDS = ("from_club", "deal", "stage", "cited_outlets", "fee_eur", "contract_until")
STAGE_LADDER = ("interest", "negotiation", "agreement", "medical", "official")
LOAN_FAMILY = frozenset({"loan", "loan_option", "loan_obligation"})
# The reference scorer's alias table, grouped by the key each spelling maps to.
_ALIAS_GROUPS = {
    "milan": "ac milan|milan|rossoneri|diavolo",
    "inter": "inter|internazionale|fc internazionale|nerazzurri",
    "juventus": "juventus|juve|bianconeri",
    "napoli": "napoli|ssc napoli",
    "roma": "roma|as roma",
    "lazio": "lazio|ss lazio",
    "verona": "hellas verona|verona",
    "bayern": "bayern monaco|bayern munich|bayern munchen|fc bayern|bayern",
    "barcelona": "barcellona|barcelona|fc barcelona|barca",
    "sevilla": "siviglia|sevilla",
    "psg": "psg|paris saint-germain|paris saint germain|paris sg",
    "manutd": "manchester united|man united|manchester utd|man utd",
    "mancity": "manchester city|man city",
    "atletico": "atletico madrid|atletico",
    "dortmund": "borussia dortmund|dortmund",
    "tottenham": "tottenham|tottenham hotspur",
    "werder": "werder brema|werder bremen",
    "leverkusen": "bayer leverkusen|leverkusen",
    "realmadrid": "real madrid",
    "leipzig": "lipsia|rb lipsia|rb leipzig",
    "marseille": "olympique marsiglia|marsiglia|marseille",
    "lyon": "lione|lyon",
    "zenit": "zenit|zenit san pietroburgo",
    "basel": "basilea|basel",
}
ALIASES = {_f: key for key, forms in _ALIAS_GROUPS.items() for _f in forms.split("|")}


def fold(text: str | None) -> str:
    """Lowercase ASCII with hyphens, dots and apostrophes as spaces (the scorer's key)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace("-", " ").replace(".", " ").replace("'", " ").split())


def club_key(name: str | None) -> str:
    key = fold(name)
    return ALIASES.get(key, key)


def same_player(a: str, b: str) -> bool:
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb:
        return False
    return set(ta) <= set(tb) or set(tb) <= set(ta) or ta[-1] == tb[-1]


def same_rumour(pred: dict, gold: dict) -> bool:
    return same_player(pred.get("player") or "", gold["player"]) and club_key(
        pred.get("to_club")
    ) == club_key(gold.get("to_club"))


def _field_ok(name: str, pred: object, gold: object) -> bool:
    if name == "from_club":
        return club_key(pred) == club_key(gold)  # type: ignore[arg-type]
    if name == "deal":
        family = lambda d: "loan" if d in LOAN_FAMILY else (d or "unknown")  # noqa: E731
        return family(pred) == family(gold)
    if name == "stage":
        if pred == gold:
            return True
        return (
            pred in STAGE_LADDER
            and gold in STAGE_LADDER
            and abs(STAGE_LADDER.index(pred) - STAGE_LADDER.index(gold)) <= 1
        )
    if name == "cited_outlets":
        return not gold or {fold(x) for x in pred or []} >= {fold(x) for x in gold}  # type: ignore[union-attr]
    return pred == gold


@dataclass
class Score:
    """Counts and per-document misses of one scoring run."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    never_player_hits: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in FIELDS})
    misses: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self) -> dict[str, float | None]:
        return {k: (ok / n if n else None) for k, (ok, n) in self.fields.items()}


def score(pairs: Iterable[tuple[dict, list[dict]]]) -> Score:
    """Score (gold line, predicted rumour dicts) pairs exactly as the reference scorer does."""
    result = Score()
    for gold_doc, predictions in pairs:
        unmatched = list(gold_doc.get("rumours", []))
        false_pos, wrong = [], []
        for pred in predictions:
            if (pred.get("role") or "player") != "player":
                continue
            if any(same_player(pred.get("player") or "", n) for n in gold_doc.get("never_players", [])):
                result.never_player_hits += 1
            match = next((g for g in unmatched if same_rumour(pred, g)), None)
            if match is None and any(same_rumour(pred, g) for g in gold_doc.get("optional_rumours", [])):
                continue
            if match is None:
                result.fp += 1
                false_pos.append(f"{pred.get('player')}->{pred.get('to_club')}")
                continue
            unmatched.remove(match)
            result.tp += 1
            for name in FIELDS:
                if name in match:
                    ok = _field_ok(name, pred.get(name), match[name])
                    result.fields[name][1] += 1
                    result.fields[name][0] += ok
                    if not ok:
                        wrong.append(f"{pred.get('player')}.{name}: {pred.get(name)!r} != {match[name]!r}")
        result.fn += len(unmatched)
        missed = [f"{g['player']}->{g.get('to_club')}" for g in unmatched]
        if false_pos or missed or wrong:
            result.misses.append({"id": gold_doc.get("id"), "fp": false_pos, "fn": missed, "fields": wrong})
    return result
