"""Tell which language an article is written in, so that non-Italian pages can be dropped.

py3langid (a maintained fork of langid.py) ships its model inside the package, so nothing is
downloaded. The model is loaded when this module is imported: the worker pool's forkserver
preloads mercato.cleaning, so every worker (including recycled ones) starts with it in memory
instead of spending ~0.6 s loading it on its first page.
"""

from __future__ import annotations

import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

__all__ = ["MAX_CHARS", "MIN_WORDS", "detect_language"]

# The opening of an article identifies its language as well as the whole text, at a fraction of
# the cost; fewer words than MIN_WORDS (a title, a score line) are too few to judge.
MAX_CHARS = 5000
MIN_WORDS = 20
WORD = re.compile(r"[^\W\d_]+")

_IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to judge."""
    sample = text[:MAX_CHARS]
    if len(WORD.findall(sample)) < MIN_WORDS:
        return None
    language, _score = _IDENTIFIER.classify(sample)
    return str(language)
