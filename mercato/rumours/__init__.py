"""Rumour extraction: read a cleaned Italian football article, return the transfer rumours it reports.

Pure logic (no Scrapy): the language knowledge lives in ``data/lexicon/*.toml``.
"""

from __future__ import annotations

from .extract import extract_rumours
from .lexicon import Lexicon, load_lexicon
from .model import DEALS, STAGES, Rumour

__all__ = ["DEALS", "STAGES", "Lexicon", "Rumour", "extract_rumours", "load_lexicon"]
