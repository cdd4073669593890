"""Italian text normalisation: quotes, spaces, paragraphs and leftover boilerplate.

Downstream regexes (names, quotes, money) should see one form of every character and one
paragraph layout, whatever the page or extractor produced. Everything here works on plain text
(no HTML), so it serves both the HTML cleaner and plain-text articles, and stays testable with
short strings. Dates live in mercato.itdates, language detection in mercato.language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from mercato.itdates import MONTH_ALTERNATION

__all__ = [
    "BOILERPLATE_PATTERNS",
    "normalize_inline",
    "normalize_text",
    "paragraphs",
    "strip_boilerplate",
]

# --- characters -------------------------------------------------------------------------------

# Typographic quotes become ASCII so that downstream regexes (names, quotes, "l'ex") see one form.
QUOTES_TABLE = str.maketrans(
    {
        "’": "'", "‘": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    }
)
# Non-breaking and typographic spaces become plain spaces; invisible characters disappear.
ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
GUILLEMET_INNER_SPACE = re.compile(r"(«)\s+|\s+(»)")
MULTI_SPACE = re.compile(r" {2,}")
# Fast web writing puts an apostrophe for a final accent ("c'e' il Napoli", "perche'", "gia'"):
# a vowel + apostrophe that ends a word of two letters or more is the accented vowel. An elided
# article ("dell'Inter") is followed by a letter and stays as it is; "po'" is the one common
# word that really ends in an apostrophe.
ACCENT_APOSTROPHE = re.compile(r"(?<=\w\w)(?<!\bpo)([aeiouAEIOU])['’](?=[\s.,;:!?)»\"]|$)")
ACCENT_APOSTROPHE_SHORT = re.compile(r"(?<![^\W'])([eE])['’](?=[\s.,;:!?])")  # "e'", "c'e'"
ACCENTED = dict(zip("aeiouAEIOU", "àèìòùÀÈÌÒÙ", strict=True))
# Emoji and pictographs that social-minded sites sprinkle over labels ("⚫🔵 INTER – ..."):
# they say nothing the words do not, and they hide a line's label from the reader. A keycap
# ("2️⃣", a digit and U+20E3) numbers a list item and goes with its digit; the arrows of a
# "borsino" (↑ → ↓) go too.
EMOJI = re.compile(
    r"(?:[0-9#*]\uFE0F?\u20E3|[\U0001F000-\U0001FAFF\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D])+ ?"
)
BLANK_LINES = re.compile(r"\n\s*\n")
# A short line with no closing punctuation before a line that opens with a capital is a heading
# or a label ("La proposta bianconera", "ORE 17.20 - NAPOLI"), not a wrapped line: wrapped prose
# runs to the margin. Joined to the next line it would become part of that sentence.
HEADING_MAX = 60
# A list item's marker, or a time that opens a line (a chapter, a live post: "01:12 Jonathan
# David..."); not an em dash, which signs an embedded post ("— Fabrizio Romano (@...)").
BULLET_RE = re.compile(r"\s*(?:[•·▪►▶▸◦*]|[-–](?=\s)|\d{1,2}[.)](?=\s)|\[?\d{1,2}[:.]\d{2}\]?\s)")
LINE_CLOSERS = frozenset(".,;:!?'\"»)]-–—…")

# --- leftover boilerplate -------------------------------------------------------------------
# Each pattern removes what it matches from one paragraph; a paragraph left empty is dropped.
# Whole-paragraph patterns are anchored with ^...$ and length-capped so that a real sentence
# that merely starts with the same words survives; tail patterns end with $ only.

LEGGI_ANCHE = re.compile(
    r"^[^\w\s]*\s*(?:leggi|guarda|vedi|ascolta) anche\b.{0,200}$"
    r"|^(?:potrebbe interessarti|ti potrebbe interessare|articoli correlati|notizie correlate)\b.{0,200}$",
    re.IGNORECASE,
)
RIPRODUZIONE_RISERVATA = re.compile(
    r"\s*(?:©|\(c\)|copyright)?\s*riproduzione\s+riservata\.?\s*$", re.IGNORECASE
)
COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)|copyright\b).{0,200}$", re.IGNORECASE)
PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:foto|photo|ph|credits?|crediti|fonte foto|immagine)\s*(?::|by\b|-|–)\s*.{1,80}?\)?\.?$",
    re.IGNORECASE,
)
PHOTO_CREDIT_PAREN = re.compile(r"\s*\(\s*(?:foto|photo|ph\.)\b[^()]{0,80}\)\.?\s*$", re.IGNORECASE)
PHOTO_AGENCY_LINE = re.compile(
    r"^(?:getty images|lapresse|ansa|imago|ipa|afp|reuters|image sport|insidefoto|alamy)"
    r"(?:\s*[/,-]\s*[\w .]{1,30})?$",
    re.IGNORECASE,
)
SHARE_PROMPT = re.compile(
    r"^(?:condividi|share|twitta|tweet)\b.{0,80}$"
    r"|^segui(?:ci|teci)?\b.{0,80}\b(?:su|on)\s+(?:telegram|whatsapp|google news|facebook|instagram"
    r"|twitter|x|tiktok|youtube|threads)\b.{0,60}$"
    r"|^(?:iscriviti|unisciti|entra|abbonati)\b.{0,100}\b(?:newsletter|canale|whatsapp|telegram)\b.{0,100}$",
    re.IGNORECASE,
)
CLICCA_QUI = re.compile(r"^.{0,100}\bclicca qui\b.{0,120}$", re.IGNORECASE)
ADVERTISING = re.compile(
    r"^(?:pubblicità|advertisement|advertising|annuncio|contenuto sponsorizzato|sponsorizzato|adv)$",
    re.IGNORECASE,
)
COOKIE_NOTICE = re.compile(
    r"^(?=.{0,400}$)(?=.*\bcookie)(?=.*\b(?:accett|consens|privacy|utilizz|usiamo|informativa|preferenze"
    r"|navigazione))"
    r".*$"
    r"|^(?:accett[ao](?: tutti)?|rifiut[ao](?: tutti)?|gestisci (?:le )?preferenze|personalizza)$",
    re.IGNORECASE,
)
TAG_LINE = re.compile(r"^(?:tag|tags|argomenti)\s*:.{0,200}$", re.IGNORECASE)
# A social post's closing line of hashtags ("#Milan #Jashari #calciomercato"): topics, not prose.
HASHTAG_LINE = re.compile(r"^(?:#\w+[\s,]*){1,20}$")
PAGINATION = re.compile(
    r"^(?:pagina (?:successiva|precedente)|continua(?: a leggere)?|leggi (?:tutto|di più)"
    r"|vai alla pagina.{0,20}|pagina \d+(?: di \d+)?|[<«]?\s*precedente|successiva\s*[>»]?)$",
    re.IGNORECASE,
)
# A byline the extractor kept: "di Mario Rossi - 3 ottobre 2025" (names must be capitalised, so
# "Di Marzio ha riportato che..." is text, not a byline).
BYLINE = re.compile(
    r"^(?i:di|by|a cura di|scritto da)\s+[A-ZÀ-Ý][\w'.-]+(?:\s+[A-ZÀ-Ý][\w'.-]+){0,3}"
    r"(?:\s*[-|,·–]\s*.{0,60})?$"
)
# A short line holding a date and no sentence: "Redazione | domenica 16 novembre 2025, ore 11:20".
DATELINE = re.compile(
    rf"^(?=.{{0,90}}$)(?!.*[.!?]$).*?(?:\b\d{{1,2}}\s+(?:{MONTH_ALTERNATION})\.?\s+\d{{4}}"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}).*$",
    re.IGNORECASE,
)

BOILERPLATE_PATTERNS: list[re.Pattern[str]] = [
    LEGGI_ANCHE,
    RIPRODUZIONE_RISERVATA,
    COPYRIGHT_LINE,
    PHOTO_CREDIT,
    PHOTO_CREDIT_PAREN,
    PHOTO_AGENCY_LINE,
    SHARE_PROMPT,
    CLICCA_QUI,
    ADVERTISING,
    COOKIE_NOTICE,
    TAG_LINE,
    HASHTAG_LINE,
    PAGINATION,
    BYLINE,
    DATELINE,
]


def _clean_chars(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = GUILLEMET_INNER_SPACE.sub(lambda m: m.group(1) or m.group(2), text)
    text = text.translate(QUOTES_TABLE)
    text = ACCENT_APOSTROPHE.sub(lambda m: ACCENTED[m.group(1)], text)
    text = ACCENT_APOSTROPHE_SHORT.sub(lambda m: ACCENTED[m.group(1)], text)
    text = EMOJI.sub("", text)
    text = INVISIBLE.sub("", text)
    text = ODD_SPACES.sub(" ", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def paragraphs(text: str, *, lines_are_paragraphs: bool | None = None) -> list[str]:
    """Split text into whitespace-collapsed paragraphs.

    Extractor output has one paragraph per line; hand-written text separates paragraphs with a
    blank line and may wrap lines inside them. ``None`` picks the second reading when the text
    has any blank line.
    """
    text = _clean_chars(text)
    if lines_are_paragraphs is None:
        lines_are_paragraphs = BLANK_LINES.search(text.strip()) is None
    blocks = text.split("\n") if lines_are_paragraphs else BLANK_LINES.split(text)
    out = []
    for block in blocks:
        for lines in _heading_pieces(block.split("\n")):
            para = MULTI_SPACE.sub(" ", " ".join(line.strip() for line in lines)).strip()
            if para:
                out.append(para)
    return out


def _heading_pieces(lines: list[str]) -> list[list[str]]:
    """The lines of one block, cut after each heading line (see HEADING_MAX)."""
    pieces: list[list[str]] = [[]]
    for line, nxt in zip(lines, [*lines[1:], ""], strict=True):
        pieces[-1].append(line)
        head, after = line.strip(), nxt.lstrip(' "«')
        if 0 < len(head) <= HEADING_MAX and head[-1] not in LINE_CLOSERS and after[:1].isupper():
            pieces.append([])
        elif BULLET_RE.match(nxt):
            pieces.append([])  # a list item is a paragraph of its own: "• 18:12 — Galatasaray, ..."
    return pieces


def strip_boilerplate(
    paras: Iterable[str], patterns: Iterable[re.Pattern[str]] = BOILERPLATE_PATTERNS
) -> list[str]:
    """Remove leftover boilerplate that the extractor let through (bylines, credits, prompts)."""
    patterns = list(patterns)
    kept = []
    for para in paras:
        for pattern in patterns:
            para = pattern.sub("", para).strip()
            if not para:
                break
        if para:
            kept.append(para)
    return kept


def normalize_inline(text: str) -> str:
    """Normalise a one-line field (title, author) the way article text is normalised."""
    return MULTI_SPACE.sub(" ", _clean_chars(text).replace("\n", " ")).strip()


def normalize_text(text: str, *, lines_are_paragraphs: bool | None = None) -> str:
    """Normalise an article text: NFC, ASCII quotes, plain spaces, "\\n\\n" between paragraphs."""
    return "\n\n".join(strip_boilerplate(paragraphs(text, lines_are_paragraphs=lines_are_paragraphs)))
