"""Agent nouns around a name (English and Spanish): the organ a noun makes of a state's mention ("Russian
bombers", "aviones rusos", "Venezuela's opposition", "las Fuerzas Armadas de Venezuela"), the people a counted
plural demonym names ("miles de venezolanos"), and agent nouns standing alone as a group with no country
("the protesters", "los campesinos"). :mod:`flows.normalize.actors` calls these on the names it found.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from flows.normalize.gazetteer import STATELESS
from flows.normalize.lexicon import (
    ORGAN_SECTORS,
    agent_nouns,
    any_agent_words,
    curated_groups,
    group_nouns,
    people_groups,
)
from flows.normalize.mention import ActorMention
from flows.normalize.modality import cue_regex
from flows.normalize.offices import office_after
from flows.normalize.placenames import is_location, preposition_before

# Kind of a mention that an agent noun turned into an organ ("Venezuela's National Assembly").
SECTOR_KIND = {"GOV": "government", "MIL": "military", "LEG": "legislature", "OPP": "opposition", "BUS": "firm",
               "COP": "police", "JUD": "judiciary", "SPY": "intelligence", "MED": "media", "REB": "armed_group",
               "INS": "armed_group", "SEP": "armed_group", "UAF": "armed_group", "CVL": "civilians",
               "PTY": "party", "ELI": "elite"}
ANCHOR_KINDS = frozenset({"country", "demonym", "capital", "place"})  # what an agent noun attaches to
# Adjectives and model names allowed between a demonym and its organ ("Russian Tu-160 bombers").
_FILLER = re.compile(
    r"^(?:[\w-]*\d[\w-]*|strategic|nuclear-capable|long-range|supersonic|heavy|naval|military|state|state-owned|"
    r"senior|top|special|elite|new|modern|national|federal|criminal|border|secret|riot|counter-terrorism|"
    r"counterterrorism|anti-terrorism|antiterrorism|anti-drug|cyber|financial|estrategicos?|militares|militar|"
    r"nucleares|supersonicos|modernos|nuevos|pesados|estatal|estatales|electorales|electoral|judiciales|judicial|"
    r"migratorias|sanitarias|aduaneras|penitenciarias)$")
_TOKEN = re.compile(r"[\w'-]+")


@cache
def first_words(groups: bool) -> frozenset[str]:
    return frozenset(phrase.split(" ")[0] for phrase in (group_nouns() if groups else agent_nouns()))


def noun_at(folded: str, pos: int, groups: bool = False) -> tuple[int, str] | None:
    """The longest agent noun (with ``groups``, group noun) starting at ``pos`` (up to five words): (end, sector)."""
    best, phrase, nouns, end = None, "", group_nouns() if groups else agent_nouns(), pos
    for i, token in enumerate(_TOKEN.finditer(folded, pos, min(len(folded), pos + 60))):
        if (i == 0 and token.start() != pos) or (i and not folded[end:token.start()].isspace()) or i == 5:
            break
        if i == 0 and token.group() not in first_words(groups):
            return None  # no noun starts with this word
        phrase, end = f"{phrase} {token.group()}".strip(), token.end()
        if phrase in nouns:
            best = (end, nouns[phrase])
    return best


@cache
def _demonym_nouns() -> dict[str, str]:
    return {**people_groups(), **agent_nouns()}


def _people_at(folded: str, pos: int) -> tuple[int, str] | None:
    """A group noun a demonym describes, starting at ``pos`` ("Israeli students"): (end, sector)."""
    hit = noun_at(folded, pos, groups=True)
    return hit if hit and folded[pos:hit[0]] in people_groups() else None


_VERB_AFTER = re.compile(r" [a-zñ]+[áéíóú]\b")  # "colombiano decretó": a preterite or future, not a noun


_ARTICLES = ("el ", "la ", "los ", "las ", "the ")


def _organ_after(folded: str, m: ActorMention, sentence: str) -> tuple[int, str] | None:
    """English: "Russian (Tu-160) bombers", "Russia's navy", "US warships" -> (end, sector)."""
    possessive = folded.startswith("'s ", m.end)
    if m.kind == "country" and not possessive and not re.search(r"[A-Z.]{2}$", m.text):
        return None  # "Russia sent bombers": a bare name is not an adjective
    pos = m.end + (3 if possessive else 1)
    if m.kind not in ANCHOR_KINDS or folded[m.end:pos] not in (" ", "'s ") or _VERB_AFTER.match(sentence, m.end) or (
            is_location(m.kind, preposition_before(folded, m.start)) and folded.startswith(_ARTICLES, pos)):
        return None  # a place then its subject: "en Caracas el presidente venezolano" ("at US bases" still joins)
    for _ in range(3):  # the noun itself, or up to two fillers before it
        hit = (noun_at(folded, pos) or (_people_at(folded, pos) if m.kind == "demonym" else None)
               or office_after(sentence, pos))
        if hit:
            return hit
        word = re.match(r"[\w-]+ ", folded[pos:])
        if not word or not _FILLER.match(word.group().strip()):
            return None
        pos += word.end()
    return None


def organ_before(folded: str, m: ActorMention) -> tuple[int, str] | None:
    """Spanish: "bombarderos (estratégicos) rusos", "las Fuerzas Armadas de Venezuela"; "the government in Minsk"."""
    if m.kind not in ANCHOR_KINDS:
        return None
    if m.kind in ("capital", "country") and folded.endswith((" in ", " en "), 0, m.start) and (
            seat := cue_regex("government_seat", r"\s+$").search(folded, max(0, m.start - 40), m.start)):
        return seat.start(), "GOV"  # a government named by its seat is that state's, not a place
    head, of = folded[max(0, m.start - 80):m.start], None
    if m.kind != "demonym":
        # "diplomats from Iran", "a delegation from Venezuela": the people a state sent are its organ
        of = next((w for w in (" de ", " del ", " of ", " from ") if head.endswith(w)), None)
        if of is None:
            return None
        head = head[:-len(of)] + " "
    tokens = list(_TOKEN.finditer(head))
    # A demonym also describes a group ("médicos nicaragüenses"): the group's people, not the state.
    nouns = _demonym_nouns() if m.kind == "demonym" else agent_nouns()
    offset = max(0, m.start - 80)
    for skip in range(3):  # up to two fillers between the noun and the demonym
        cut = len(tokens) - skip
        if cut < 1 or not all(_FILLER.match(t.group()) for t in tokens[cut:]):
            continue
        for n in range(min(5, cut), 0, -1):  # longest noun first
            start = offset + tokens[cut - n].start()
            phrase = " ".join(t.group() for t in tokens[cut - n:cut])
            owned = m.kind != "demonym" and cut - n > 0 and tokens[cut - n - 1].group() in _POSSESSIVES
            if phrase in nouns and re.fullmatch(r"[\w\s'-]*", head[start:]) and not owned \
                    and (of != " from " or nouns[phrase] == "GOV" or nouns[phrase] not in ORGAN_SECTORS):
                # "its troops from Lebanon" left a place; "diplomats from Iran", "farmers from Peru" are its people
                return start, nouns[phrase]
    return None


STANCE_AFTER = re.compile(r" (?:to|a|al) ")  # what an opposition is to: a stance against it
# "retiró sus tropas de Gaza", "withdrew its troops of ...": the troops are the subject's, "de X" is a place
_POSSESSIVES = frozenset({"su", "sus", "its", "their", "his", "her"})
POSSESSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_POSSESSIVES))}) $")


def with_organs(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    out = []
    for m in mentions:
        after, before = _organ_after(folded, m, sentence), organ_before(folded, m)
        if after and STANCE_AFTER.match(folded, after[0]) and after[1] == "OPP":
            after = None  # "Russia's opposition to NATO enlargement": a stance, not the political opposition
        if before and STANCE_AFTER.match(folded, m.end) and before[1] == "OPP":
            before = None  # "la oposición de Rusia a la ampliación de la OTAN"
        start, end, sector = m.start, m.end, m.sector
        if after:
            end, sector = after
        elif before:
            start, sector = before
        if (start, end) != (m.start, m.end) and not any(o.start < end and o.end > start for o in out):
            group = sector not in ORGAN_SECTORS  # "Nicaraguan doctors": the country's people, not an organ
            kind = SECTOR_KIND.get(sector, "group" if group or m.kind == "place" else m.kind)
            country = None if sector in STATELESS else m.country
            m = replace(m, start=start, end=end, text=sentence[start:end], sector=sector,
                        code=f"{m.country}{sector}" if m.country else sector, kind=kind, country=country,
                        group=group)
        out.append(m)
    out = _shared_organs(folded, out)
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and (o.end - o.start) > (m.end - m.start) for o in out)]


def counted_people(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A plural demonym counted ("thousands of Palestinians", "300 Georgians", "miles de venezolanos") or
    opening the sentence with no article ("Salvadoreños protestan por ...") is the country's people (CVL),
    not its state; "300 Cuban doctors" is an adjective and stays."""
    lead = cue_regex("people_lead", r"\s+$")
    return [replace(m, sector="CVL", code=f"{m.country}CVL", kind="civilians", group=True)
            if m.kind == "demonym" and m.country and folded[m.end - 1:m.end] == "s"
            and (m.start == 0 or lead.search(folded[max(0, m.start - 40):m.start])) else m
            for m in mentions]


def _shared_organs(folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"American and European experts": the noun after the last demonym describes each of them."""
    out = list(mentions)
    for i in range(len(out) - 1, -1, -1):
        m, n = out[i], (out[i + 1] if i + 1 < len(out) else None)
        if m.kind != "demonym":
            continue
        sector = None
        if n is not None and n.kind in SECTOR_KIND.values() and folded[m.end:n.start] in (" and ", " y ", ", "):
            sector = n.sector
        elif other := re.match(r" (?:and|y) [\w-]+ ", folded[m.end:]):  # "American and European experts"
            hit = noun_at(folded, m.end + other.end())
            sector = hit[1] if hit and (n is None or n.start >= hit[0]) else None
        if sector and sector != m.sector:
            out[i] = replace(m, sector=sector, kind=SECTOR_KIND.get(sector, m.kind),
                             country=None if sector in STATELESS else m.country,
                             code=f"{m.country}{sector}" if m.country else sector)
    for i in range(1, len(out)):  # "tourists (farmers) from Germany and Britain": the people of each
        m, before = out[i], out[i - 1]
        if m.kind == "country" and before.group and before.country and _OF_PEOPLE.search(before.text) \
                and folded[before.end:m.start] in (" and ", " y "):
            out[i] = replace(m, sector=before.sector, kind=before.kind, group=True, code=f"{m.country}{before.sector}")
    return out


_OF_PEOPLE = re.compile(r" (?:from|of|de|del) ")
# "a criminal case", "criminal charges": the agent noun describes a legal step, no group of people
_LEGAL_STEP_AFTER = re.compile(r" (?:cases?|investigations?|charges|proceedings|probes?|complaints?|inquir(?:y|ies)|"
                               r"courts?|trials?|prosecutions?)\b")


def standalone_groups(sentence: str, folded: str, taken: list[ActorMention]) -> list[ActorMention]:
    """Agent nouns standing alone: a group with no country, as the field's coders write it ("los
    manifestantes" ~OPP, "two farmers" ~AGR). The dictionaries' broad English table counts only after an
    article or a number or opening the sentence; the project's own group nouns count anywhere."""
    lead, curated, out, firsts = cue_regex("group_lead", r"\s+$"), curated_groups(), [], first_words(True)
    for token in _TOKEN.finditer(folded):
        pos = token.start()
        if token.group() not in firsts and token.end() <= pos + 60:  # (noun_at reads 60 characters)
            continue  # no group noun starts with this word
        if (out and pos < out[-1].end) or any(m.start <= pos < m.end for m in taken):
            continue
        hit = noun_at(folded, pos, groups=True)
        if hit is None or any(m.start < hit[0] and pos < m.end for m in taken):
            continue
        opening = not folded[:pos].strip(" \"'\u00ab\u201c(-")
        if folded[pos:hit[0]] not in curated and not opening and not lead.search(folded[max(0, pos - 25):pos]):
            continue
        end, sector = hit
        if _LEGAL_STEP_AFTER.match(folded, end):
            continue
        out.append(ActorMention(pos, end, sentence[pos:end], None, sector, sector, SECTOR_KIND.get(sector, "group"),
                                group=True))
    return out


def modifies_agent(folded: str, m: ActorMention) -> bool:
    """A bare agent noun next to another agent noun modifies it ("opposition activists", "activistas
    opositores", "government officials"): the phrase is one description, not an actor of its own."""
    after = _TOKEN.match(folded, m.end + 1) if folded[m.end:m.end + 1] == " " else None
    before = re.search(r"([\w'-]+) $", folded[max(0, m.start - 30):m.start])
    words = any_agent_words()
    return bool((after and after.group() in words) or (before and before.group(1) in words))


__all__ = [
    "ANCHOR_KINDS",
    "POSSESSIVE_BEFORE",
    "SECTOR_KIND",
    "STANCE_AFTER",
    "counted_people",
    "first_words",
    "modifies_agent",
    "noun_at",
    "organ_before",
    "standalone_groups",
    "with_organs",
]
