"""The Rumour record: one player, one possible move, and the stable JSON it prints as."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DEALS", "ROLES", "STAGES", "Rumour"]

DEALS = ("transfer", "loan", "loan_option", "loan_obligation", "renewal", "free", "swap", "unknown")
STAGES = ("interest", "negotiation", "agreement", "medical", "official", "collapsed")
ROLES = ("player", "coach")


@dataclass(slots=True)
class Rumour:
    """One transfer rumour as the article reports it.

    ``to_club`` is None when the article names no destination (a loan "in prestito" with no
    club yet); for a renewal ``to_club == from_club``. Fees are whole euros.
    """

    player: str
    role: str = "player"
    from_club: str | None = None
    to_club: str | None = None
    deal: str = "transfer"
    stage: str = "interest"
    fee_eur: int | None = None
    bonus_eur: int | None = None
    contract_until: int | None = None
    cited_outlets: list[str] = field(default_factory=list)
    evidence: str = ""

    def to_dict(self) -> dict[str, object]:
        """The JSON contract printed by ``mercato extract``: exactly these keys, in this order."""
        return {
            "player": self.player,
            "role": self.role,
            "from_club": self.from_club,
            "to_club": self.to_club,
            "deal": self.deal,
            "stage": self.stage,
            "fee_eur": self.fee_eur,
            "bonus_eur": self.bonus_eur,
            "contract_until": self.contract_until,
            "cited_outlets": list(self.cited_outlets),
            "evidence": self.evidence,
        }
