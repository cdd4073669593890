"""A tiny clubs/outlets lexicon for unit tests of mercato.rumours.

Unit tests must not move when journalists edit data/lexicon/clubs.toml, so they run on these
few clubs and outlets plus the repository's own cue, role and name files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mercato.rumours.lexicon import DEFAULT_LEXICON_DIR, Lexicon, load_lexicon

CLUBS = """
[[club]]
name = "Milan"
aliases = ["AC Milan"]
nicknames = ["rossoneri", "rossonero", "Diavolo"]
[[club]]
name = "Inter"
aliases = ["Internazionale"]
nicknames = ["nerazzurri", "nerazzurro"]
[[club]]
name = "Atalanta"
aliases = []
nicknames = ["nerazzurri", "nerazzurro", "Dea", "orobici"]
[[club]]
name = "Juventus"
aliases = ["Juve"]
nicknames = ["bianconeri", "Vecchia Signora"]
[[club]]
name = "Udinese"
aliases = []
nicknames = ["bianconeri", "friulani"]
[[club]]
name = "Roma"
aliases = []
nicknames = ["giallorossi"]
[[club]]
name = "Lecce"
aliases = []
nicknames = ["giallorossi", "salentini"]
[[club]]
name = "Lazio"
aliases = []
nicknames = ["biancocelesti"]
[[club]]
name = "Napoli"
aliases = []
nicknames = ["partenopei"]
[[club]]
name = "Genoa"
aliases = []
nicknames = ["rossoblù"]
[[club]]
name = "Bologna"
aliases = []
nicknames = ["rossoblù"]
[[club]]
name = "Liverpool"
aliases = []
nicknames = ["Reds"]
[[club]]
name = "Bayern Monaco"
aliases = ["Bayern"]
nicknames = []
"""
OUTLETS = """
[[outlet]]
name = "Tuttosport"
aliases = []
[[outlet]]
name = "La Gazzetta dello Sport"
aliases = ["Gazzetta", "la Gazzetta", "la Rosea"]
[[outlet]]
name = "Sky Sport"
aliases = []
"""


def tiny_lexicon(directory: Path) -> Lexicon:
    """Write the tiny lexicon into ``directory`` (with the repo's cue files) and load it."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "clubs.toml").write_text(CLUBS, encoding="utf-8")
    (directory / "outlets.toml").write_text(OUTLETS, encoding="utf-8")
    for name in ("cues.toml", "roles.toml", "names.toml", "prominence.toml"):
        shutil.copy(DEFAULT_LEXICON_DIR / name, directory / name)
    return load_lexicon(directory)
