"""Which outlets an article credits, and for which of its sections."""

from __future__ import annotations

from .document import Document
from .lexicon import Lexicon
from .text import fold

__all__ = ["credited_outlets"]


def credited_outlets(doc: Document, lexicon: Lexicon, publisher: str | None) -> dict[int, list[str]]:
    """Outlets credited in each section ("come riportato da Tuttosport"), publisher excluded.

    A credit covers the rumours of its section (heading to heading). Sections that credit no
    one inherit the credits of the lead (section 0), where outlets usually cite the source of
    the whole piece, or else every credit of the article. A lone capitalised word that opens
    a sentence ("Libero di...") counts only with a citation verb in its sentence.
    """
    own = fold(lexicon.outlet_name(publisher) or "") if publisher else ""
    cite_keys = {k for m in doc.cues.get("citation", ()) for k in range(m.start, m.end)}
    sections: dict[int, list[str]] = {}
    for t, tok in enumerate(doc.tokens):
        if tok.kind != "outlet" or fold(tok.ref.name) == own:
            continue
        sentence = doc.sentences[tok.sent]
        if t == sentence.tok_start and " " not in tok.text:
            lo, hi = doc.sent_keys[tok.sent]
            if not any(j in cite_keys for j in range(lo, hi)):
                continue
        names = sections.setdefault(sentence.section, [])
        if tok.ref.name not in names:
            names.append(tok.ref.name)
    lead = sections.get(0, [])
    everywhere = list(dict.fromkeys(name for names in sections.values() for name in names))
    sections_total = max((s.section for s in doc.sentences), default=0) + 1
    return {section: sections.get(section) or list(lead or everywhere) for section in range(sections_total)}
