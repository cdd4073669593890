"""Players the article calls free agents ("Belotti, svincolato dal primo luglio dopo la
scadenza del contratto con il Torino"): no club holds them, so a rumour about them has no
seller, whatever club the sentence names for the contract that has run out."""

from __future__ import annotations

from collections.abc import Iterable

from .document import Document
from .moves import Mention

__all__ = ["free_agents"]

# Words that may stand between the player and "svincolato" in an apposition or a predicate:
# "Bernardeschi, anche lui svincolato", "Belotti, l'altro grande svincolato italiano",
# "Sommella, che da oggi è svincolato", "Džeko, che si è svincolato dal Fenerbahçe",
# "Cáceres (difensore, svincolato)". A verb outside this list ("arrivato da svincolato",
# "sarà svincolato") tells another time, or another man.
BETWEEN = frozenset(
    "anche lui lei ormai già oggi ora da è e rimasto ufficialmente l' altro grande che si".split()
)
OPENERS = frozenset({",", "(", "è"})  # the apposition or the predicate that describes him
REACH = 5  # tokens between the name and the word
BEFORE = frozenset({"lo", "l'", "allo", "dello", "dallo", "sullo", "per"})  # "lo svincolato Vecino"


def free_agents(doc: Document, mentions: Iterable[Mention]) -> set[int]:
    """Players some mention describes as "svincolato" there and then. A player's role noun may
    stand in the apposition too: "Degli Esposti, centrocampista svincolato da luglio"."""
    found: set[int] = set()
    toks = doc.tokens
    roles = doc.starting_at("role")

    def player_noun(t: int) -> bool:
        match = roles.get(doc.tok_key[t])
        return match is not None and match.value == "player"

    for m in mentions:
        if m.kind not in ("name", "anaphor"):
            continue
        end = doc.sentences[m.sent].tok_end
        after = toks[m.last + 1 : min(m.last + 1 + REACH, end)]
        if after and after[0].low in OPENERS:
            for t in range(m.last + 1 if after[0].low == "è" else m.last + 2, m.last + 1 + len(after)):
                if toks[t].low.startswith("svincolat"):
                    found.add(m.person)
                    break
                if toks[t].low not in BETWEEN and toks[t].low != "," and not player_noun(t):
                    break
        if m.first >= 2 and toks[m.first - 1].low.startswith("svincolat") and toks[m.first - 2].low in BEFORE:
            found.add(m.person)
    return found
