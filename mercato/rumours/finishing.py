"""A draft made a rumour: its seller, deal, stage, money and credits, read from its sentences
and from everything else the article says about the player."""

from __future__ import annotations

import re
from collections.abc import Callable

from .consistency import OWNER_REFUSAL_RE
from .cues import pick_deal, pick_stage
from .document import Document
from .drafts import Draft, Story
from .model import Rumour
from .money import Sums
from .orphans import orphan_fee
from .people import Person
from .text import fold

__all__ = ["Finishing", "Money"]

CARRIED_DEALS = ("free", "loan", "loan_option", "loan_obligation", "swap")

# The free men of a list: "i parametri zero", "gli svincolati", "contratti in scadenza".
PLURAL_FREE_RE = re.compile(r"\b(?:parametri zero|svincolat[ie]|contratti in scadenza)\b")

Money = Callable[[int, int], Sums]  # (sentence, player)


class Finishing:
    """The last step of ``Assembly``: kept apart because it reads the article-wide state the
    drafts were built against and changes none of it."""

    doc: Document
    topics: dict[int, str | None]
    stated: set[int]
    only_buying: set[str] | frozenset[str]
    outlets: list[list[str]]
    money: Money
    clubs_in: Callable[[int], set[str]]
    orphans: dict[int, list[int]]
    drafts: dict[tuple[int, str | None], Draft]

    def _expiring(self, person: Person) -> bool:
        """A sentence naming him says his contract runs out now ("in scadenza", "scadenza a
        giugno"); one dated by a year ("in scadenza nel giugno 2027") may be years away."""
        keys = self.doc.keys
        return any(
            "scadenza" in keys[c.start : c.end]
            and not any(k.isdigit() and len(k) == 4 for k in keys[c.end : c.end + 4])
            for s in {m.sent for m in person.mentions}
            for c in self.doc.cues_in("move", s)
            if c.value == "contract"
        )

    def _free_story(self) -> bool:
        """The headline is about the players who come for free, in the plural ("Parametri zero,
        l'estate dei big", "Svincolati di lusso", "Contratti in scadenza 2019"): every move the
        list gives is free unless a fee or a sale is stated. "David arriva a parametro zero"
        speaks of one man only."""
        return any(
            PLURAL_FREE_RE.search(fold(self.doc.sentence_text(i)))
            for i, sentence in enumerate(self.doc.sentences)
            if sentence.title
        )

    def _credits(self, sents: list[int]) -> list[str]:
        """Outlets whose credit covers any sentence the rumour is read from."""
        names: list[str] = []
        for index in sents:
            names.extend(n for n in self.outlets[index] if n not in names)
        return names

    def _finish(self, d: Draft, person: Person, story: Story) -> Rumour:
        topic = self.topics.get(d.section)
        from_club = None if story.free_agent else d.from_club or story.from_club
        # His club is the story's, unless the article only shows it buying and never says
        # the story is its own: a title opening "Lecce, ..." makes it the seller of its men.
        stated = d.section in self.stated
        claimed = stated or topic not in self.only_buying
        if from_club is None and topic and topic != d.to_club and claimed and not story.free_agent:
            from_club = topic
        renewal = d.to_club is not None and d.to_club == from_club
        deal = pick_deal([x for x in d.deals if renewal or x != "renewal"], default="")
        if renewal and "renewal" in d.deals and deal == "free":
            deal = "renewal"  # "evitare di perderlo a parametro zero" is why the club renews
        if not deal:
            # A free transfer is the player's situation (his contract ends), whoever buys him.
            siblings = [
                x for (p, _), o in self.drafts.items() if p == d.person for x in o.deals if x == "free"
            ]
            carried = [x for x in [*story.deals, *siblings] if x in CARRIED_DEALS]
            deal = pick_deal(carried)
        sents = sorted(set(d.sents))
        fee = bonus = year = asked = None
        for index in [*sents, *sorted(set(story.sents))]:
            f, b, y, a = self.money(index, d.person)
            fee, bonus, year, asked = fee or f, bonus or b, year or y, asked or a
        if fee is None and not renewal:
            fee = asked  # the seller's price, when no sentence about the move states an offer
        if fee is None and not renewal:  # a sum a later paragraph gives, naming no one
            sole, sums = (
                sum(1 for p, t in self.drafts if p == d.person and t) == 1,
                self.orphans.get(d.person, ()),
            )
            clubs, main = {d.to_club, from_club}, d.to_club is not None and d.to_club == topic
            fee, bonus = orphan_fee(sums, d.person, clubs, sole, self.money, self.clubs_in, main)
        if deal == "free" and fee is not None and "free" not in d.deals:
            deal = "transfer"  # a fee offered for him: "a parametro zero" told of another time or man
        unstated = deal == "transfer" and fee is None and "transfer" not in d.deals
        if unstated and (self._expiring(person) or self._free_story()):
            deal = "free"  # "Ndicka, in scadenza con l'Eintracht, è stato sondato": he comes for free
        # A denial ends this move too when it follows one of its sentences ("Lobotka al
        # Galatasaray? Non esiste»") or names its club ("con la Juventus nessuna trattativa").
        # His club calling him unsellable ("considerano Yildiz incedibile") ends a suitor's
        # move, never his renewal with that club.
        denial = [
            "collapsed"
            for s in story.denials
            if (s - 1 in sents or (d.to_club is not None and d.to_club in self.clubs_in(s)))
            and not (renewal and OWNER_REFUSAL_RE.search(self.doc.sentence_text(s)))
        ][:1]
        if deal == "renewal":
            fee = bonus = None  # no club pays for its own man: a sum near a renewal is wages or another's fee
        return Rumour(
            player=person.name,
            role="player",
            from_club=from_club,
            to_club=d.to_club,
            deal=deal,
            stage=pick_stage(d.stages + denial or story.stages),
            fee_eur=fee,
            bonus_eur=bonus,
            contract_until=year,
            cited_outlets=self._credits(sents),
            evidence=" ".join(self.doc.sentence_text(i) for i in sents),
        )

