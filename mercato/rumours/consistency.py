"""Checks across the rumours of one player: a move another of his moves contradicts is dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from .document import Document
from .reverse import Item

__all__ = ["RENEWAL_RE", "around", "consistent"]

# His club keeping him: the move to it is a renewal ("lavora al rinnovo", "rinnovare").
RENEWAL_RE = re.compile(r"\brinnov", re.IGNORECASE)

# A club speaking against a report: what makes a collapsed move a denial by his own club.
DENIAL_RE = re.compile(
    r"smenti|nessuna trattativa|nessun contatto|non c'è (?:nessuna|alcuna)|chiude la porta|"
    r"resterà|fake",
    re.IGNORECASE,
)

# His club's answer to suitors: the club saying it is the one he plays for.
OWNER_REFUSAL_RE = re.compile(
    r"non è in vendita|non è sul mercato|non si vende|incedibil|\bmuro\b|no netto|no secco", re.IGNORECASE
)


def consistent(
    out: list[Item], near: dict[str, str]
) -> list[Item]:
    """Drop moves that another rumour of the same player contradicts.

    A club another of his moves shows as his own ("l'Atalanta smentisce: Hien resta" next to
    Hien Atalanta -> Liverpool) is where he is, not where he would go: a transfer there is the
    sentence about his present read as a move. That holds whether his club was read in the text
    or is the story's club ("Lecce, Krstović piace in Premier"): a player has one club at a time.
    A signed or agreed renewal means he stays, so an exit to nowhere read from "non ha mai
    pensato di lasciare" is no move either.
    """
    owned: dict[str, set[str]] = {}
    staying: set[str] = set()
    for _, r in out:
        if r.from_club and r.to_club != r.from_club:
            owned.setdefault(r.player, set()).add(r.from_club)
        if r.deal == "renewal" and r.stage != "collapsed":
            # a renewal under way: "troveremo l'accordo", said of his new contract, is no exit
            staying.add(r.player)
    kept = []
    for item in out:
        r = item[1]
        # A collapsed move there may be a buyer pulling out ("il Napoli si è sfilato"): the
        # owner-denial check below decides.
        # An owner's refusal there ("Frendrup non si vende", "muro bianconero") is his club
        # keeping him, never a buyer.
        kept_back = r.stage != "collapsed" or OWNER_REFUSAL_RE.search(r.evidence) is not None
        mirrored = kept_back and r.to_club in owned.get(r.player, ())
        if r.deal != "renewal" and r.from_club is None and mirrored:
            if RENEWAL_RE.search(near.get(r.player, "")):
                item = (item[0], replace(r, deal="renewal", from_club=r.to_club))  # "ora lavora al rinnovo"
            elif r.deal != "free":  # an expiring contract: his club may still be a suitor
                continue
        if r.to_club is None and r.player in staying:
            continue
        kept.append(item)
    return _one_man_per_surname(_owner_denials(kept, near))


def _one_man_per_surname(out: list[Item]) -> list[Item]:
    """"Pepito Rossi" in the headline and "Giuseppe Rossi" in the body, both to the Brescia: the
    same man under his nickname and his given name. Two men of one surname (brothers) moving to
    the same club in one article are far rarer than a player named two ways."""
    seen: dict[tuple[str, str | None], str] = {}
    kept = []
    for item in sorted(out, key=lambda x: x[0]):
        r = item[1]
        key = (r.player.split()[-1].casefold(), r.to_club)
        if seen.setdefault(key, r.player) != r.player:
            continue
        kept.append(item)
    return kept


def _owner_denials(out: list[Item], near: dict[str, str]) -> list[Item]:
    """A denial at a club that is not where he is read going is his club speaking: "Il Milan
    smentisce: nessuna trattativa con il PSG per Leão". The club's "no" is his club keeping him,
    so it is the seller of the move it denies, which the denial ends, not a move of its own."""
    candidates: dict[str, set[str]] = {}
    for _, r in out:
        denial = r.stage == "collapsed" and r.from_club is None and r.deal not in ("renewal", "free")
        # "stop al rinnovo" is his club too, but no denial of a move
        spoken = DENIAL_RE.search(r.evidence) is not None
        if denial and spoken and r.to_club and not RENEWAL_RE.search(near.get(r.player, "")):
            candidates.setdefault(r.player, set()).add(r.to_club)
    denied = {player: next(iter(clubs)) for player, clubs in candidates.items() if len(clubs) == 1}
    owner: dict[str, str] = {}
    for _, r in out:
        club = denied.get(r.player)
        if club and r.to_club not in (None, club) and r.from_club in (None, club) and r.deal != "renewal":
            owner[r.player] = club
    kept = []
    for key, r in out:
        club = owner.get(r.player)
        if club is None:
            kept.append((key, r))
        elif r.to_club != club:
            kept.append((key, replace(r, from_club=r.from_club or club, stage="collapsed")))
    return kept


def around(
    spans: list[tuple[str, list[int]]], doc: Document, named: dict[str, set[int]] | None = None
) -> dict[str, str]:
    """Player -> the text of his moves' sentences and their neighbours: a renewal is often told
    in the sentence after the refusal ("Osimhen dice no all'Al Hilal... ora lavora al rinnovo").
    A neighbour that names another player and not him is that man's news ("Ederson fa gola"
    then "Scalvini, si tratta per il rinnovo"); ``named`` gives the sentences naming each."""
    named = named or {}
    picked: dict[str, set[int]] = {}
    n = len(doc.sentences)
    for name, sents in spans:
        others = set().union(*(v for k, v in named.items() if k != name)) - named.get(name, set())
        near = {i + k for i in sents for k in (-1, 1) if 0 <= i + k < n} - others
        picked.setdefault(name, set()).update(near | set(sents))
    return {name: " ".join(doc.sentence_text(i) for i in sorted(idx)) for name, idx in picked.items()}
