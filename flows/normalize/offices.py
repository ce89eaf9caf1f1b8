"""Titles: English office titles written out after a demonym ("Indian External Affairs Minister S.
Jaishankar"), and the private titles that make a person no office holder ("former president X").

The agent dictionaries list common titles ("foreign minister"); news also writes titles they lack
("External Affairs Minister", "Vice Premier", "Trade Representative"). A run of capitalised words that
ends in an office noun, right after a demonym, is that country's office holder, with the name that
follows it when one does.
"""
from __future__ import annotations

import re
from functools import cache

from flows.normalize.modality import cue_words

# The last word of a title run: who holds a state office (MIL for the military's ranks).
_OFFICE_SECTOR = {"minister": "GOV", "secretary": "GOV", "premier": "GOV", "representative": "GOV",
                  "ambassador": "GOV", "envoy": "GOV", "chancellor": "GOV", "president": "GOV",
                  "adviser": "GOV", "advisor": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
                  "spokesperson": "GOV", "negotiator": "GOV", "commander": "MIL", "general": "MIL",
                  "admiral": "MIL"}
_RUN = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}?(" + "|".join(w.capitalize() for w in _OFFICE_SECTOR) + r"))\b"
                  r"((?:\s+(?:[A-Z]\.\s*)*[A-Z][\w'-]+(?:\s+(?:bin|al-|de|da|van|von)?\s*[A-Z][\w'-]+){0,2}))?")


def office_after(sentence: str, pos: int) -> tuple[int, str] | None:
    """(end, sector) of a capitalised title run starting at ``pos`` and the name after it, else None."""
    m = _RUN.match(sentence, pos)
    if m is None:
        return None
    return m.end(), _OFFICE_SECTOR[m.group(2).lower()]


@cache
def private_titles() -> tuple[str, ...]:
    """The ``private_title`` cues (escaped, longest first): "former", "ex", "candidato"."""
    return tuple(sorted((re.escape(w) for w in cue_words("private_title")), key=len, reverse=True))


@cache
def private_title_before() -> re.Pattern[str]:
    """Matches a private title right before a person ("former president " is matched up to the name)."""
    return re.compile(rf"\b(?:{'|'.join(private_titles())})[\s-]+$")
