"""Sentence splitting and the date a sentence states, shared by the coder and its tests."""
from __future__ import annotations

import datetime as dt
import re

# Words that end in a period without ending the sentence ("U.S.", "Mr.", "EE.UU.", "Gral.").
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpt",
    "st", "jr", "sr", "sra", "srta", "dra", "lic", "ing", "gral", "cnel", "vs", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene", "abr", "ago", "dic",
    "inc", "corp", "ltd", "co", "approx", "est", "adm", "pres", "cmdr", "gob", "dip", "ee", "uu"})
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[¿¡]?[A-ZÁÉÍÓÚÑ0-9])")

_MONTHS = {name: i + 1 for i, names in enumerate([
    "january jan enero ene", "february feb febrero", "march mar marzo", "april apr abril abr",
    "may mayo", "june jun junio", "july jul julio", "august aug agosto ago",
    "september sep sept septiembre setiembre", "october oct octubre", "november nov noviembre",
    "december dec diciembre dic"]) for name in names.split()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_FORMS = [  # (regex, group order) tried at every position; the earliest match wins
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "ymd"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?({_MONTH})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})\b",
                re.IGNORECASE), "dmy"),
    (re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE), "mdy"),
    (re.compile(rf"\b({_MONTH})\.?\s+(?:of\s+|de\s+|del\s+)?(\d{{4}})\b", re.IGNORECASE), "my"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?({_MONTH})\b(?!\s+\d)", re.IGNORECASE),
     "dm"),
    (re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![\d,])", re.IGNORECASE), "md"),
]
_DIGIT = re.compile(r"\d")
_BLANK_LINE = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"\s+")


# A wire dateline before the lead: "LA HABANA, 23 jun (Prensa Latina).- ", "HAVANA (Reuters) - ", "MOSCÚ.- ".
# Its city is where the story was filed, not an actor.
_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ '-]+(?:,[^()]{1,30})?(?: \([^()]{2,40}\)\s*(?:\.-|[-–—])|\.-)\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a news text; blank lines always end one, abbreviations never do."""
    sentences: list[str] = []
    for block in _BLANK_LINE.split(text):
        block = _SPACES.sub(" ", block).strip()
        start = 0
        for m in _END.finditer(block):
            word = block[:m.start() + 1].rsplit(" ", 1)[-1].lower().strip("\"'(")
            core = word.rstrip(".")
            numbered = core in ("no", "nos") and block[m.end():m.end() + 1].isdigit()  # "No. 5"
            short = core in _ABBREVIATIONS or "." in core or len(core) == 1 or numbered
            if m.group().startswith(".") and short:
                continue  # "U.S.", "EE.UU.", "Mr." or an initial: not the end of a sentence
            sentences.append(block[start:m.end()].strip())
            start = m.end()
        if block[start:].strip():
            sentences.append(block[start:].strip())
    return [_DATELINE.sub("", s, count=1) or s for s in sentences]


def _build(form: str, groups: tuple[str, ...], on: dt.date | None) -> dt.date | None:
    parts = dict(zip(form, groups, strict=True))
    month = _MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
    if "y" in parts:
        year = int(parts["y"])
    elif on is not None and month:
        return _nearest(month, int(parts.get("d", 1)), on)
    else:
        return None
    day = int(parts.get("d", 1))
    if not month or not 1979 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(month: int, day: int, on: dt.date) -> dt.date | None:
    """A day and month without a year, in the year that puts it nearest the publication date: "on 10
    December" in January is last December, "from 1 August" in July is this August (ties go back)."""
    candidates = []
    for year in (on.year - 1, on.year, on.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: (abs((d - on).days), d > on)) if candidates else None


EFFECT_HORIZON = dt.timedelta(days=366)


def event_date(sentence: str, on: dt.date | None = None) -> dt.date | None:
    """The date a sentence states ("on 10 December 2018", "en diciembre de 2018" -> 1 Dec), or None.

    A month without a day means its first day; a date without a year is resolved against the
    publication date ``on`` (the nearest such date), else ignored; a date up to a year after ``on`` gives ``on``.
    """
    if not _DIGIT.search(sentence):
        return None  # every form has a day or a year
    found = []
    for rx, form in _DATE_FORMS:
        for m in rx.finditer(sentence):
            month = next((g for g in m.groups() if not g.isdigit()), None)  # None: an ISO date, all digits
            if month in ("may", "mar"):
                continue  # lower-case "may" and "mar" are the verb and the sea, not months
            value = _build(form, m.groups(), on)
            if value is not None:
                found.append((m.start(), value))
                break
    if not found:
        return None
    stated = min(found)[1]
    # A news lead reports what happened by its publication: a date it names up to a year later ("tariffs from
    # 1 August") is when something takes effect, so the event itself is dated on publication. A date further
    # ahead is kept as stated, so that validation can catch it (event_date_in_range) instead of hiding it.
    return on if on is not None and on < stated <= on + EFFECT_HORIZON else stated
