"""Staying away as a protest: the words that say a state will not attend an event ("will not attend the World Cup
in Russia", "would skip the G20 meeting in Johannesburg", "will send no officials to", "no U.S. officials would
attend", "ningún funcionario estadounidense asistirá a la cumbre", "boicotearía los Juegos Olímpicos de Los
Ángeles").

Only the cue lives here, so :mod:`flows.normalize.actors` can keep such a sentence even when a sports phrase
("World Cup") would discard it: a boycott of a sports event is political. :mod:`flows.normalize.boycotts`
codes the protest itself.
"""
from __future__ import annotations

import re

_EVENT = (r"(?:summit|olympics|olympic games|games|world cup|ceremony|inauguration|parade|meeting|conference|forum|"
          r"g20|g7|assembly|celebrations|funeral|coronation|cumbre|juegos|olimpiadas|mundial|ceremonia|desfile|"
          r"reunion|conferencia|foro|investidura|toma de posesion|asamblea|celebraciones)")
# folded text (lower case, no accents); each names the absent side's words, then the event within a few words
_ABSENT = re.compile(
    r"\b(?:(?:will|would|did|does|do|to|shall)\s+not|won't|wouldn't|didn't|never)\s+(?:attend|go\s+to|travel\s+to|"
    r"take\s+part\s+in|participate\s+in|send\s+(?:any|a|an)?\s*(?:[\w'-]+\s+){0,4}?to)\b"
    r"|\b(?:send|sends|sending|sent)\s+no\s+(?:[\w'-]+\s+){0,4}?to\b"  # "will send no officials to"
    r"|\bno\s+(?:[\w.'-]+\s+){0,8}?(?:(?:would|will)\s+(?:attend|travel\s+to|go\s+to)|attended|went\s+to|"
    r"travell?ed\s+to)\b"
    r"|\b(?:skip(?:s|ped|ping)?|stay(?:s|ed|ing)?\s+away\s+from|stayed\s+away\s+from|shun(?:s|ned)?|"
    r"pull(?:s|ed|ing)?\s+out\s+of|"
    r"boycott(?:s|ed|ing)?)\b"
    r"|\b(?:no|tampoco)\s+(?:asist\w*|acud\w*|particip\w*|ira|iran|viaj\w*|"
    r"estar[aá]n?\s+presentes?\s+en|estuvo\s+presente\s+en|"
    r"enviar\w*\s+(?:a\s+)?(?:[\w-]+\s+){0,6}?a)\b"
    r"|\bningun[oa]?\s+(?:[\w.-]+\s+){0,8}?(?:asist\w*|acud\w*|particip\w*|"
    r"viajar\w*|viajo|ira|iran)\b"
    r"|\b(?:boicot(?:s\b|e\w*)?|se\s+ausent\w*)")
# a subject put after the verb may stand before the event, with its commas ("Boicotearon los presidentes de
# Estados Unidos, Francia y Alemania la ceremonia")
_EVENT_AFTER = re.compile(rf"(?:[\w.'-]+,?\s+){{0,9}}?(?:(?:the|la|el|los|las|al|a|del|de)\s+)?(?:[\w.'-]+\s+){{0,3}}?"
                          rf"(?P<event>{_EVENT})\b")


# a longer name of the same event: "the G20 foreign ministers' meeting", "la cumbre del G20"
_EVENT_MORE = re.compile(rf"(?:\s+[\w.'-]+){{0,3}}?\s+(?P<event>{_EVENT})\b")


def absences(folded: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """(cue, event) for each stated absence from an event, in reading order."""
    out = []
    for cue in _ABSENT.finditer(folded):
        event = _EVENT_AFTER.match(folded, cue.end() + (folded[cue.end():cue.end() + 1] == " "))
        if event is not None:
            out.append((cue, _EVENT_MORE.match(folded, event.end()) or event))
    return out


__all__ = ["absences"]
