"""Titles: English office titles written out after a demonym ("Indian External Affairs Minister S.
Jaishankar"), and the private titles that make a person no office holder ("former president X").

The agent dictionaries list common titles ("foreign minister"); news also writes titles they lack
("External Affairs Minister", "Vice Premier", "Trade Representative"). A run of capitalised words that
ends in an office noun, right after a demonym, is that country's office holder, with the name that
follows it when one does.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from flows.normalize.modality import cue_words

if TYPE_CHECKING:  # actors imports this module
    from flows.normalize.actors import ActorMention

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


# "the former presidents of Argentina and Colombia", "los expresidentes de Argentina y Colombia", "la
# excanciller de Perú": a past office of a state, held by people who no longer act for it.
# "former presidents of A", "el expresidente del Gobierno español Zapatero": a past office's country or government
_FORMER_KINDS = frozenset({"country", "government", "official"})
_FORMER_OF = re.compile(
    r"\b(?:former|ex)[\s-]+(?:prime\s+|foreign\s+|vice\s+|vice-)?(?:president|leader|minister|ambassador|envoy|"
    r"head|dictator|ruler|king|chancellor|premier)s?\s+(?:of|de|del)\s+(?:the\s+)?$"
    r"|\bex-?(?:presidente|presidenta|mandatario|mandataria|ministro|ministra|canciller|vicepresidente|"
    r"vicepresidenta|jefe|jefa|embajador|embajadora|lider|gobernante|dictador)(?:e?s)?\s+(?:de|del)\s+(?:la\s+|el\s+)?$")
_JOINER = re.compile(r"\s*(?:,|and|y|e)\s+(?:the\s+|la\s+|el\s+)?")


def former_of(folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Countries after a past office ("former presidents of A and B") as that country's elites (ELI)."""
    out, former = [], False
    for m in mentions:
        joined = former and out and _JOINER.fullmatch(folded[out[-1].end:m.start]) is not None
        titled = m.sector == "ELI" and re.match(r"(?:former|ex)\b", folded[m.start:m.end]) is not None
        former = m.country is not None and (titled or (m.kind in _FORMER_KINDS and (
            joined or _FORMER_OF.search(folded, max(0, m.start - 40), m.start) is not None)))
        out.append(replace(m, sector="ELI", kind="elite", code=f"{m.country}ELI") if former and not titled else m)
    return out
