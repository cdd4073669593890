"""Read a test text as ``mercato extract`` reads a ``.txt`` file: cleaned, first line as title."""

from __future__ import annotations

from mercato.cleaning import clean_text
from mercato.rumours import extract_rumours
from mercato.rumours.model import Rumour


def extract_text_file(text: str) -> list[Rumour]:
    """The rumours of ``text`` read as a text file: headings and list items come out as the
    cleaner leaves them, which is what a user's ``.txt`` article goes through."""
    article = clean_text(text).article
    assert article is not None, "the text was dropped by the cleaner"
    return extract_rumours(article.text, title=article.title)
