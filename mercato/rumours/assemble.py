"""From readings of mentions to rumours: pick the buyer, merge sentences, apply the last checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .consistency import around, consistent
from .cues import pick_deal
from .document import Document
from .drafts import Draft, Story
from .finishing import Finishing, Money
from .model import Rumour
from .moves import Mention, Reading
from .people import Person
from .reverse import Item, reverse_moves, reverse_players
from .topics import topic_of

__all__ = ["Assembly"]

CLOSED_STAGES = frozenset({"agreement", "medical", "official"})  # a deal done, not a guess
LIKED = frozenset({"piace", "piacciono", "intriga", "stuzzica"})  # words of his appeal to a club


class Assembly(Finishing):
    """Collects drafts from mention readings, then turns them into rumours.

    ``topics`` maps a section to the club it is about; ``selling`` holds the clubs the
    article only shows selling or keeping (never the story's unnamed buyer); ``outlets`` the
    outlets credited for each sentence; ``money`` reads fee, bonus and contract year of a sentence;
    ``clubs_in`` gives the clubs a sentence names; ``orphans`` the sentences with a sum that name no one.
    """

    def __init__(
        self,
        doc: Document,
        topics: dict[int, str | None],
        selling: set[str],
        outlets: list[list[str]],
        money: Money,
        clubs_in: Callable[[int], set[str]],
        only_buying: set[str] | frozenset[str] = frozenset(),
        stated: set[int] | None = None,
        entry_selling: dict[int, set[str]] | None = None,
        solo: dict[int, int] | None = None,
        labelled: set[int] | None = None,
        buyers_at: dict[int, dict[int, set[str]]] | None = None,
        orphans: dict[int, list[int]] | None = None,
        leaving: set[int] | None = None,
        para_topics: dict[int, str] | None = None,
    ) -> None:
        self.doc, self.topics, self.selling, self.outlets = doc, topics, selling, outlets
        self.money, self.clubs_in, self.only_buying = money, clubs_in, only_buying
        self.stated = stated or set()  # sections whose club the title or a heading states
        self.entry_selling = entry_selling or {}  # per section, for entries that state their club
        self.solo = solo or {}  # paragraph -> the only player it names
        self.labelled = labelled or set()  # sections whose heading names their club
        self.orphans = orphans or {}  # player -> sentences with a sum that name no one
        self.buyers_at = buyers_at or {}  # player -> sentence -> buying clubs read there
        self.para_topics = para_topics or {}  # paragraph -> the club its first sentence opens on
        self.leaving = leaving or set()  # players a named mention shows leaving the story's club
        # player -> every club read buying him
        self.buyers_of = {p: set().union(*by_sent.values()) for p, by_sent in self.buyers_at.items()}
        self.drafts: dict[tuple[int, str | None], Draft] = {}
        self.stories: dict[int, Story] = {}

    def story(self, person: int) -> Story:
        return self.stories.setdefault(person, Story())

    def add(self, m: Mention, r: Reading) -> None:
        """Read one mention into the drafts of its player (or into his story when it names no move)."""
        section = self.doc.sentences[m.sent].section
        topic = topic_of(self.doc, m.sent, self.topics, self.para_topics)
        story = self.story(m.person)
        story.staying = story.staying or (r.staying and not r.buyers and not r.background)
        if m.kind == "continuation":
            r = replace(r, deals=[d for d in r.deals if d != "swap"])  # "potrebbe inserire una contropartita"
            linked = self._continues(m.person, r, story)
            if linked is None and r.competitor_only and not r.talk_buyer:
                m, linked = replace(m, kind="entry"), []  # "Il Chelsea resta alla finestra": a rival
            elif linked is None:
                return
            for draft in linked:  # "I sardi hanno offerto 8 milioni": the move of those buyers
                draft.stages.extend(r.stages)
                draft.deals.extend(d for d in r.deals if d != "renewal")
                if m.sent not in draft.sents:
                    draft.sents.append(m.sent)
            if linked:
                return
            if self._opens_move(m, r) or self._opens_renewal(m, r):
                m = replace(m, kind="entry")  # the paragraph's only player: its buyer wants him
        targets, from_club, guessed, fallback = self._targets(m, r, story, topic)
        if targets is None:
            story.deals.extend(r.deals)
            story.stages.extend(r.stages)
            story.sents.append(m.sent)
            if "collapsed" in r.stages:
                story.denials.append(m.sent)
            return
        for target in dict.fromkeys(targets):
            renewal = target is not None and target == from_club
            if renewal and "renewal" not in r.deals:
                continue
            draft = self.drafts.get((m.person, target))
            if draft is None:
                draft = self.drafts[(m.person, target)] = Draft(m.person, target, section)
            draft.guessed = draft.guessed if draft.sents else guessed
            draft.fallback = draft.fallback and fallback
            draft.from_club = draft.from_club or from_club
            if m.sent not in draft.sents:
                draft.sents.append(m.sent)
            draft.deals.extend(d for d in r.deals if renewal or d != "renewal")
            draft.stages.extend(r.stages)

    def _continues(self, pid: int, r: Reading, story: Story) -> list[Draft] | None:
        """The drafts a sentence naming no player goes on with; None when it is about another move:
        it names buyers and none is linked to him ("Il Milan ha chiuso per un altro difensore").
        When its buyers are his, the club they talk to is his club ("I nerazzurri hanno avviato
        una trattativa con la Roma"), as is a club it shows selling; else it lends cues to his story.
        """
        # the story's club only guessed as his buyer is no move of his ("Pavard è il primo obiettivo.
        # L'Inter ha presentato al Bayern un'offerta": the Inter's offer opens his move)
        mine = {t: d for (p, t), d in self.drafts.items() if p == pid and t is not None and not d.fallback}
        buyers = set() if r.talk_buyer else set(r.buyers)
        if buyers and mine and not buyers & mine.keys():
            return None
        shared = [d for t, d in mine.items() if t in buyers]
        if (shared or not buyers) and story.from_club is None and r.from_club and r.from_club not in mine:
            story.from_club = r.from_club  # "...per Baldanzi. La Roma non apre al prestito"
        return shared

    def _opens_move(self, m: Mention, r: Reading) -> bool:
        """A sentence naming no one that names a buyer, in a paragraph that names only this
        player and before any move of his: "Alejandro Gómez ha le valigie pronte. Il Siviglia ha
        presentato all'Atalanta un'offerta"."""
        mine = any(  # an exit to nowhere yet, or a guess at the story's club
            p == m.person and t is not None and not d.fallback for (p, t), d in self.drafts.items()
        )
        para = self.doc.sentences[m.sent].para
        return bool(r.buyers) and not r.talk_buyer and not mine and self.solo.get(para) == m.person

    def _opens_renewal(self, m: Mention, r: Reading) -> bool:
        """A sentence naming no one that works on a renewal, in a paragraph that names only this
        player: "Osimhen resta a Napoli. ... De Laurentiis ora lavora al rinnovo"."""
        para = self.doc.sentences[m.sent].para
        renewal = "renewal" in r.deals and not r.not_renewal and not r.buyers and not r.counterparts
        # someone at work on it ("lavora al rinnovo"), not his contract told ("un eventuale rinnovo")
        return renewal and bool(r.stages) and self.solo.get(para) == m.person

    def _targets(
        self, m: Mention, r: Reading, story: Story, topic: str | None
    ) -> tuple[list[str | None] | None, str | None, bool, bool]:
        """Where the player would go, in order of evidence: a renewal at his club, the buyers
        named in his clause, other clubs there, nowhere yet (he is leaving the story's club),
        and last the club the story is about."""
        if m.kind == "continuation" or r.background:
            return None, None, False, False
        from_club = r.from_club or story.from_club
        buyers = [b for b in r.buyers if b != from_club]
        if r.talk_seller and story.from_club in r.buyers and story.from_club != r.talk_seller:
            # "L'avventura di Lang in azzurro si chiude... la società partenopea ha raggiunto
            # l'accordo con il Galatasaray": his own club is talking, so the other side buys
            from_club, buyers = story.from_club, [r.talk_seller]
        at = self.buyers_at.get(m.person, {})
        elsewhere = {club for sent, found in at.items() if sent != m.sent for club in found}
        if r.talk_seller in elsewhere and buyers == [topic] and topic not in elsewhere:
            # "Romero al Tottenham" then "L'Atalanta e il Tottenham hanno trovato l'accordo", "Arthur
            # al Girona" then "la Juventus ha trovato l'intesa con il Girona": of the two sides of
            # the talk, the one named buying him elsewhere buys, not the story's club
            from_club, buyers = topic, [r.talk_seller]
        if r.talk_buyer and r.talk_seller and buyers == [topic] and m.person in self.leaving:
            # "Bologna, Svanberg saluta" then "il Bologna e il Wolfsburg hanno trovato l'accordo":
            # the story's club he is leaving sells, the other side of the talk buys
            from_club, buyers = topic, [r.talk_seller]
        talks = r.counterparts or (buyers if r.talk_buyer else [])
        # The story's club at work on a renewal is his own: "il Milan accelera per il rinnovo".
        own = len(buyers) == 1 and buyers[0] == topic and from_club in (None, topic)
        if own and "renewal" in r.deals and not r.not_renewal:
            r.owners, buyers = buyers, []
        if talks and (r.talk_buyer or not buyers) and "renewal" in r.deals and not r.not_renewal:
            # Talks about a renewal are held with his own club: "contatti con la Juve per il rinnovo".
            r.owners = r.owners or [from_club or talks[0]]
            buyers = []
        elif r.counterparts and not buyers and not r.staying:
            at = self.doc.sentences[m.sent]  # a section's entry, else a labelled paragraph's (-1 - para)
            selling = self.entry_selling.get(at.section, self.entry_selling.get(-1 - at.para, self.selling))
            wanted = self.buyers_of.get(m.person, set())
            # "Per sostituire Zirkzee è fatta per Dallinga: c'è l'accordo con il Tolosa": the man
            # who replaces one of its players comes to the story's club, however much it sells
            replacing = any(c.value == "incumbent" for c in self.doc.cues_in("player", m.sent))
            if (
                from_club is None
                and topic not in r.counterparts
                and (topic not in selling or replacing)
                and not (
                    wanted & set(r.counterparts)  # "c'è l'accordo con il West Ham", who buys him elsewhere
                )
            ):
                from_club = r.counterparts[-1]  # "Milan, contatti con il Manchester United per Zirkzee"
                story.from_club = story.from_club or from_club
                # two sides named together, buyer first: "Roma e Rennes hanno trovato l'intesa"
                buyers = r.counterparts[:-1]
            elif wanted & set(r.counterparts) and len(r.counterparts) > 1 and from_club is None:
                # "accordo tra l'Inter e il Club Brugge per Buchanan" after "Buchanan-Inter": the
                # side another sentence shows buying buys, the other sells
                buyers = [c for c in r.counterparts if c in wanted]
                from_club = next(c for c in r.counterparts if c not in wanted)
            elif (
                topic is not None
                and from_club not in (None, topic)
                and topic not in r.counterparts
                and topic not in selling
                and len(r.counterparts) == 1
                and r.open_clubs == [topic]
            ):
                # "Juve, torna di moda Kolo Muani: contatti con il PSG": he plays elsewhere, so the
                # other side of the story club's talk owns him and the story's club buys
                buyers = [topic]
            else:
                buyers = [c for c in r.counterparts if c != from_club]  # "con la Juventus nessun contatto"
        deal = "unknown" if r.not_renewal else pick_deal(r.deals)
        leaving = r.outgoing or r.not_renewal
        home = from_club is None or from_club == topic  # his club is the one the story is about
        open_clubs = [c for c in r.open_clubs if c != from_club] if r.context else []
        if leaving and home:
            open_clubs = [c for c in open_clubs if c != topic]
        if not r.not_renewal and not buyers and (deal == "renewal" or (r.owners and not r.staying)):
            club = r.owners[0] if r.owners else from_club or (open_clubs[0] if len(open_clubs) == 1 else None)
            r.deals.append("renewal")
            return [club or topic], club or topic, club is None, False
        if buyers:
            # the story's club may be his, or only a seller ("Parma, il Bournemouth vuole X... c'è
            wanted = self.buyers_of.get(m.person, set()) - set(buyers)  # anche la Fiorentina")
            known = (from_club is not None or topic not in self.selling) and (not wanted or topic in wanted)
            if r.competitor_only and topic and known and topic != from_club:
                return [topic, *buyers], from_club, False, False  # "su di lui c'è la concorrenza dell'Inter"
            return buyers, from_club, False, False
        if open_clubs:
            # "MILAN, È FATTA PER JASHARI": a headline that closes the deal is no guess
            closed = bool(CLOSED_STAGES.intersection(r.stages))
            return open_clubs, from_club, False, r.headline_only and not closed
        if leaving and home:
            return [None], from_club or topic, False, False
        # The story's club is only a guess: it takes a cue of the move, not a headline alone.
        guess = r.cued and not r.staying and topic != from_club
        labelled = (
            m.kind == "anaphor"
            and from_club is not None
            and self.doc.sentences[m.sent].section in self.labelled
        )
        if guess and (m.kind == "name" or labelled):  # "La Juve osserva. ... il classe 2001"
            # "Piace molto anche Esposito", "Leno piace da tempo": liked, with no one named
            # liking him, by the story's club
            lo, hi = self.doc.sent_keys[m.sent]
            liked = any(key in LIKED for key in self.doc.keys[lo:hi])
            return [topic], from_club, False, not labelled and not liked
        return None, None, False, False

    def rumours(self, players: list[Person]) -> list[Rumour]:
        """The drafts that survive the checks, as rumours in the order the article gives them."""
        out: list[Item] = []
        dropped = [key for key, d in self.drafts.items() if self._superseded(*key, d)]
        kept = [(key[0], d) for key, d in self.drafts.items() if key not in dropped]
        for key in dropped:  # a superseded draft's fee or contract still counts
            self.story(key[0]).sents.extend(self.drafts[key].sents)
        for pid, draft in kept:
            rumour = self._finish(draft, players[pid], self.story(pid))
            if rumour.to_club is not None and rumour.to_club == rumour.from_club and rumour.deal != "renewal":
                continue
            if rumour.to_club is None and (rumour.stage == "collapsed" or self.story(pid).staying):
                continue  # an exit to nowhere that is denied or that he stays from: no rumour
            read = (draft.from_club or self.story(pid).from_club) is not None  # not the story's club
            examined = "medical" in draft.stages
            if draft.fallback and not read and not examined and not self._targeted(draft.sents):
                # The story's club guessed as the buyer of a man whose club the article never
                # gives and who is not called a target: in a club's own news he is most often
                # one of its players ("Scamacca torna in gruppo"), not a rumour. A man at his
                # medical is no player of the club examining him ("Moreno sostiene le visite").
                continue
            out.append(((min(draft.sents), players[pid].mentions[0].first), rumour))
        named_in = {p.name: {m.sent for m in p.mentions} for p in players}
        near = around([(players[p].name, d.sents) for p, d in kept], self.doc, named_in)
        named = {p.name: [(m.sent, m.first) for m in p.mentions] for p in players}
        out = reverse_moves(out, reverse_players(self.doc, named))
        return [r for _, r in sorted(consistent(out, near), key=lambda item: item[0])]

    def _targeted(self, sents: list[int]) -> bool:
        """A sentence of the move that names its player as a target: "il piano B porta a Orban",
        "l'obiettivo è Hancko", "la pista Bremer"."""
        return any(c.value == "object" for s in sents for c in self.doc.cues_in("player", s))

    def _superseded(self, pid: int, target: str | None, draft: Draft) -> bool:
        mine = [(t, d) for (p, t), d in self.drafts.items() if p == pid and d is not draft]
        named = [d for t, d in mine if t is not None and not d.fallback and t != d.from_club]
        if draft.fallback and ((pid, None) in self.drafts or named):
            return True  # the story's club was only a guess: he leaves it, or others want him
        if target is None and named:
            return True  # "potrebbe partire in prestito" before the clubs that want him are named
        # a renewal whose club the article states elsewhere wins over a guessed one
        return draft.guessed and any(t == d.from_club and not d.guessed for t, d in mine)
