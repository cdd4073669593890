"""Deal and stage from the cue phrases of cues.toml, with the press's order of precedence."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["DEAL_PRECEDENCE", "STAGE_PRECEDENCE", "pick_deal", "pick_stage"]

# Strongest first. A denial outweighs everything said in the same sentence; "visite mediche"
# outweighs "trattativa"; a conditional "accordo vicino" never reaches "ufficiale".
STAGE_PRECEDENCE = ("collapsed", "official", "medical", "agreement", "negotiation", "interest")
# The most specific formula wins: "prestito con obbligo di riscatto" is a loan_obligation
# even though it also says "prestito".
DEAL_PRECEDENCE = ("loan_obligation", "loan_option", "swap", "free", "renewal", "loan", "transfer")


def pick_stage(labels: Iterable[str], default: str = "interest") -> str:
    """The strongest stage among ``labels`` (labels outside the stages are ignored), unless the
    text states that it is only interest ("per ora è soltanto un'idea"): then that, as a
    careful reader takes the writer's own word over a "nessun contatto" next to it."""
    found = set(labels)
    if "stated_interest" in found and not found & {"official", "medical", "agreement"}:
        return "interest"
    return next((stage for stage in STAGE_PRECEDENCE if stage in found), default)


def pick_deal(labels: Iterable[str], default: str = "transfer") -> str:
    """The most specific deal among ``labels``."""
    found = set(labels)
    return next((deal for deal in DEAL_PRECEDENCE if deal in found), default)
