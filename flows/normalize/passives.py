"""A participle with no auxiliary whose "by"/"por" agent follows at once: a reduced passive.

"Russia criticised the sanctions imposed by the United States on Iran", "las sanciones impuestas por
Estados Unidos a Irán": the agent is the source of the participle's event and the clause's subject is
no party to it.
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention

_AGENT_NEXT = re.compile(r"\s+(?:by|por(?:\s+parte\s+del?)?)\s+(?:(?:the|el|la|los|las)\s+)?")  # "por parte de": by
# Spanish participle endings (enviadas, establecido, impuestas, dispuesto, hecho, visto); English past
# forms and participles are one word, so the agent right after them decides.
_ES_PARTICIPLE = re.compile(r"(?:ad|id|ect|est|iert|uert|ech|uest|ist)[oa]s?$")


def reduced_passive_agent(folded: str, mentions: list[ActorMention], start: int, end: int,
                          language: str | None) -> list[ActorMention]:
    """The actor right after "by"/"por" that follows the participle folded[start:end], or []."""
    if language == "es" and not _ES_PARTICIPLE.search(folded[start:end]):
        return []
    nxt = next((m for m in mentions if m.start >= end), None)
    return [nxt] if nxt is not None and _AGENT_NEXT.fullmatch(folded[end:nxt.start]) else []


def attributive_participle(word: str, before: str, language: str | None, perfect_aux: frozenset[str]) -> bool:
    """A Spanish participle that no "haber" leads ("tres soldados asesinados en", "dejó veinte militares
    muertos", "las sanciones impuestas a Irán"): the noun it describes undergoes the act, it does not do it."""
    return language == "es" and bool(_ATTRIBUTIVE.search(word)) and before not in perfect_aux


# Stricter than _ES_PARTICIPLE: with accents folded away "protestó" and "detectó" end like "impuesto"
# and "electo", and a finite verb must keep its subject.
_ATTRIBUTIVE = re.compile(r"(?:ad|id|uest|iert|uert|ech|ist)[oa]s?$")
