"""Find states, their organs and non-state actors in one sentence (English and Spanish).

Names come from :mod:`flows.normalize.dictionary`: the project's overlay (``data/*.csv``) over the
lexicon generated from the field's dictionaries (``lexicon/*.tsv``), found in one Aho-Corasick pass
over the folded sentence. A sentence with a discard phrase (sports, entertainment) has no actors.
Leaders and officials resolve by the date given (tenures; outside them a former office holder is
ELI). Capitalised multi-word names the automaton misses are compared with the overlay's long names
by rapidfuzz ("Vladimir Poutine"). Agent nouns turn a country mention into one of its organs
("Russian bombers", "aviones rusos", "Venezuela's opposition", "el gobierno cubano") and name groups with
no country ("the rebels", "los campesinos"): :mod:`flows.normalize.organs`. Titles and appositions merge
into one actor ("Venezuelan President Nicolás Maduro"). Places inside a fixed name are dropped and other
places carry the preposition before them (:mod:`flows.normalize.placenames`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from rapidfuzz import fuzz, process

from flows.normalize.absences import absences
from flows.normalize.dictionary import discarded, name, phrase_hits, without_capitals_words
from flows.normalize.gazetteer import (
    DATA_DIR,
    KIND_RANK,
    STATELESS,
    actor_mappings,
    actor_name,
    aliases,
    alternatives,
    country_table,
    fold,
    iso3_for,
    longest_first,
    read_data,
)
from flows.normalize.lexicon import code_parts
from flows.normalize.mention import ActorMention
from flows.normalize.offices import former_of, private_title_before
from flows.normalize.organs import (
    POSSESSIVE_BEFORE,
    STANCE_AFTER,
    counted_people,
    modifies_agent,
    organ_before,
    standalone_groups,
    with_organs,
)
from flows.normalize.phrases import time_words
from flows.normalize.placenames import (
    given_name_of_another,
    inside_name,
    is_location,
    namesake,
    not_the_state,
    placed_demonym,
    preposition_before,
    vessel_name,
)
from flows.normalize.surnames import surname_spans

__all__ = ["DATA_DIR", "ActorMention", "actor_mappings", "actor_name", "alternatives", "country_table",
           "find_actors", "fold", "iso3_for", "longest_first", "read_data"]

PERSON_NAMES = frozenset({"leader", "official", "person", "elite", "firm"})  # names a ship may carry
FUZZY_CUTOFF = 88  # rapidfuzz ratio (0-100) a misspelt long name needs; exact spellings need none
FUZZY_MIN_LENGTH = 10  # shorter names are too easy to confuse ("Peru"/"Perm")
_CAP_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:de\s+|da\s+|al-)?[A-ZÁÉÍÓÚÑ][\w'-]+)+")
# Words allowed between a title-bearing mention and the person ("Russian Foreign Minister X").
TITLE = re.compile(
    r"^(?:[\s,]|'s|\b(?:the|el|la|los|las|de|del|of|vice|deputy|acting|interim|"
    r"president|presidente|presidenta|vicepresident[ea]?|prime|primer|minister|ministra|ministro|"
    r"foreign|defen[cs]e|interior|affairs|exteriores|relaciones|defensa|secretary|secretario|"
    r"secretaria|state|estado|chancellor|canciller|leader|lider|supreme|supremo|king|rey|general|"
    r"gen\.|admiral|almirante|ambassador|embajador|envoy|enviado|spokesman|spokeswoman|"
    r"spokesperson|portavoz|vocero|vocera|counterpart|homologo|head|jefe|mandatario|opposition|"
    r"opositora?|top|diplomat|diplomatico|chief|commander|comandante)\b)*$"
)




def _pick(sentence: str, hits: list[tuple[int, int, str]], on: dt.date | None) -> list[ActorMention]:
    """Leftmost-longest hits that name something; blocked phrases and places swallow what they cover."""
    chosen: list[ActorMention] = []
    for start, end, key in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if chosen and start < chosen[-1].end:
            continue
        alias = name(key, sentence[start:end], on)
        if alias is not None:
            country = None if alias.sector in STATELESS else alias.country
            chosen.append(ActorMention(start, end, sentence[start:end], country, alias.sector, alias.code, alias.kind))
    return chosen


@cache
def _fuzzy_names() -> dict[str, str]:
    """Folded long names of the overlay that misspellings are compared against (people, firms, IGOs)."""
    return {key: key for key, found in aliases().items() if len(key) >= FUZZY_MIN_LENGTH and " " in key
            and found[0].kind not in ("block", "demonym", "agent")}


def _fuzzy_mentions(sentence: str, folded: str, found: list[ActorMention],
                    on: dt.date | None) -> list[ActorMention]:
    """Capitalised runs no exact name covers, matched to a long overlay name by spelling."""
    out = []
    for run in _CAP_RUN.finditer(sentence):
        if any(m.start < run.end() and run.start() < m.end for m in found):
            continue
        words = list(re.finditer(r"\S+", sentence[run.start():run.end()]))
        for size in (3, 2):
            spans = [(run.start() + words[i].start(), run.start() + words[i + size - 1].end())
                     for i in range(len(words) - size + 1)]
            best = max(((process.extractOne(folded[s:e], _fuzzy_names(), scorer=fuzz.ratio,
                                            score_cutoff=FUZZY_CUTOFF), s, e) for s, e in spans),
                       key=lambda x: x[0][1] if x[0] else 0, default=(None, 0, 0))
            if best[0] is None:
                continue
            key, (s, e) = best[0][0], best[1:]
            alias = next((a for a in aliases()[key] if a.exact is None and a.valid(sentence[s:e], on)), None)
            if alias is not None:
                out.append(ActorMention(s, e, sentence[s:e], alias.country, alias.sector, alias.code, alias.kind))
            break
    return out



def _private_titled(folded: str, m: ActorMention) -> ActorMention:
    """"former president X", "candidate X", "el expresidente X": a person outside the state's offices."""
    if m.kind not in ("leader", "official", "government", "person") or not m.country:
        return m
    if not private_title_before().search(folded[max(0, m.start - 40):m.start]):
        return m
    return replace(m, sector="ELI", kind="elite", code=f"{m.country}ELI")




def _merge_pair(sentence: str, folded: str, a: ActorMention, b: ActorMention) -> ActorMention | None:
    """Join "Venezuelan President Nicolás Maduro", "Venezuela's National Assembly", "el gobierno de Maduro"."""
    gap = folded[a.end:b.start]
    bare_name = gap == " " and a.kind == "country" and b.sector == "MIL" and not b.text[:1].isupper() \
        and not re.search(r"[A-Z.]{2}$", a.text)  # "Envió Rusia tropas": the troops are sent ("US troops" merge)
    owned_name = b.kind == "agent" and (_OWNED_NAME.fullmatch(sentence, a.end, b.start) is not None
                                        or _QUALIFIED.fullmatch(sentence, a.end, b.start) is not None)
    if a.country and b.country is None and b.kind not in ("igo", "ngo") and (gap in ("'s ", " ") or owned_name) \
            and not bare_name:
        return replace(b, start=a.start, text=sentence[a.start:b.end], country=a.country,
                       code=f"{a.country}{b.sector}")
    owned = POSSESSIVE_BEFORE.search(folded, max(0, a.start - 8), a.start) is not None
    if b.country and a.country is None and a.kind not in ("igo", "ngo") and (gap in (" de ", " del ", " of ") or (
            b.kind == "leader" and _OF_TITLED.fullmatch(gap))) and not owned:  # "retiró sus tropas de Siria": the
        # subject's troops, leaving Syria; "el Gobierno de la presidenta Dina Boluarte": her state's
        return replace(a, end=b.end, text=sentence[a.start:b.end], country=b.country,
                       code=f"{b.country}{a.sector}")
    if a.kind == "armed_group" and b.kind == "government" and gap == " ":  # "the Taliban administration in Kabul"
        return replace(b, start=a.start, text=sentence[a.start:b.end])  # the group governs: the state's government
    if a.kind == "agent" and b.kind not in ("agent", "place") and gap == " ":
        return replace(b, start=a.start, text=sentence[a.start:b.end])  # "opposition leader Machado"
    if a.country is None or a.country != b.country or len(gap) > 60 or not TITLE.match(gap) \
            or is_location(a.kind, preposition_before(folded, a.start)) \
            or (a.kind not in PERSON_NAMES and "," in gap and folded.startswith("'s", b.end)):
        return None  # "en Moscú los presidentes de Rusia"; "killed Ukrainian soldiers, Ukraine's prosecutor said"
    best = max((a, b), key=lambda m: KIND_RANK.get(m.kind, 9))
    if "ELI" in (a.sector, b.sector):  # "Álvaro Uribe, Colombia's former president": out of office, whatever his dates
        best = replace(best, sector="ELI", code=f"{best.country}ELI", kind="elite")
    return replace(best, start=a.start, end=b.end, text=sentence[a.start:b.end])


_OF_TITLED = re.compile(r" (?:de|del|of) (?:(?:la|el|the) )?(?:president[ea]?|primer ministro|primera ministra|prime "
                        r"minister|mandatari[oa]|canciller|chancellor|premier) ")
# "South Africa's International Trade Administration": a body's capitalised name between its owner and its noun
_OWNED_NAME = re.compile(r"'s(?:\s+[A-Z][\w-]*){1,4}\s+")
# "Sudan's army-led government": a compound qualifier between the owner and its noun
_QUALIFIED = re.compile(r"'s\s+[a-z]+-[a-z]+\s+")


# a sports word names who is held, not what the sentence is about: "swapped basketball star X for Y"
_HELD_PEOPLE = re.compile(r"\b(?:swap(?:s|ped)?|prisoner swap|(?:prisoner|hostage) exchange|exchanged|freed|released|"
                          r"detained|jailed|arrested|canje\w*|canjea\w*|intercambi\w*|liberad[oa]s?|liber[oó]|"
                          r"detenid[oa]s?|encarcelad[oa]s?)\b")


def _merged(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        joined = _merge_pair(sentence, folded, out[-1], m) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(m)
    return out


def find_actors(sentence: str, on: dt.date | None = None, language: str | None = None,
                folded: str | None = None) -> list[ActorMention]:
    """Actor mentions in reading order; leaders and officials resolve on ``on`` (None: the most recent tenure).
    A sentence the discard list excludes (sports, entertainment) has none. ``language`` (None: English or
    Spanish) says which ordinary words a lone surname must not be; ``folded`` is ``fold(sentence)``, if known."""
    on = on.date() if isinstance(on, dt.datetime) else on
    folded = fold(sentence) if folded is None else folded
    hits = without_capitals_words(sentence, phrase_hits(folded, sentence), language)
    if discarded(folded, hits) is not None and not absences(folded) and not _HELD_PEOPLE.search(folded):
        return []  # a boycott of the World Cup, an athlete swapped or jailed: political
    raw = _pick(sentence, hits, on)
    raw = raw + _fuzzy_mentions(sentence, folded, [m for m in raw if m.kind != "place"], on)
    taken = [(s, e) for s, e, _ in hits] + [(m.start, m.end) for m in raw]
    raw = sorted(raw + _surnames(sentence, taken, on, language), key=lambda m: m.start)
    spans = [(m.start, m.end) for m in raw if m.kind not in ("place", "block")]
    blocks = [m for m in raw if m.kind == "block"]  # "persona non grata": no group noun inside either
    raw = [m for m in raw if m.kind != "block" and (not inside_name(sentence, m.start, m.end, m.kind, spans)
                                                    or _titled_demonym(sentence, folded, m))
           and not given_name_of_another(sentence, m.start, m.end, m.kind, spans)
           and not namesake(sentence, m.start, m.end, m.kind, spans)
           and not (m.kind in PERSON_NAMES and vessel_name(sentence, m.start))
           and not (m.kind == "firm" and (_PRODUCT_AFTER.match(folded, m.end)
                                          or _PRODUCT_BEFORE.search(folded, max(0, m.start - 20), m.start)))]
    named = counted_people(sentence, folded, with_organs(sentence, folded, [m for m in raw if m.kind != "agent"]))
    mentions = [m for m in named if m.kind != "place"]  # a place is an actor only through an organ
    covered = [m for m in raw if m.kind == "agent" and not modifies_agent(folded, m)
               and not (m.sector == "OPP" and STANCE_AFTER.match(folded, m.end))  # "opposition to": a stance
               and not any(o.start < m.end and m.start < o.end for o in named)]
    groups = standalone_groups(sentence, folded, raw + named + covered + blocks)
    merged = former_of(folded, _merged(sentence, folded, sorted(mentions + covered + groups, key=lambda m: m.start)))
    return [_with_preposition(folded, _private_titled(folded, _with_given_name(sentence, folded, m, merged)))
            for m in merged
            if not (m.kind in ("country", "capital", "demonym") and not_the_state(folded, m.start, m.end))
            and not _posted_to(folded, m, merged)]


# "the AstraZeneca vaccine", "Pfizer doses", "Boeing jets": a firm's name before its product names the goods
_PRODUCT_AFTER = re.compile(r"[\s-]+(?:vaccines?|doses?|shots?|jabs?|jets?|aircraft|airliners?|planes?|helicopters?|"
                            r"engines?|chips?|phones?|handsets?|equipment)\b")
_PRODUCT_BEFORE = re.compile(r"\b(?:vacunas?|dosis|aviones|avion|helicopteros?|motores?|equipos?)\s+(?:de\s+)?$")


_GIVEN_NAME = re.compile(r"(?<![\w.'-])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}) $")
_NOT_GIVEN = frozenset({"the", "and", "but", "after", "before", "when", "while", "with", "for", "from", "then",
                        "also", "con", "tras", "por", "para", "pero", "luego", "cuando", "mientras", "ante", "segun",
                        "tambien"})


def _with_given_name(sentence: str, folded: str, m: ActorMention, mentions: list[ActorMention]) -> ActorMention:
    """"Abbas Araqchi" where the dictionaries list "Araqchí": a capitalised word right before an official's or
    leader's one-word name that is no title, time word or other mention is the first name, part of the mention
    (so "Rubio and Abbas Araqchi held talks" is one joint subject); not at the sentence's start ("Prometió Xi
    Jinping") nor in a Title Case headline."""
    if m.kind not in ("leader", "official") or " " in m.text or _headline(sentence, mentions):
        return m
    given = _GIVEN_NAME.search(sentence, max(0, m.start - 20), m.start)
    if given is None:
        return m
    word = folded[given.start(1):given.end(1)]
    if not given.start(1) or word in _NOT_GIVEN or word in time_words() or TITLE.match(word) or any(
            o.start < m.start and o.end > given.start(1) for o in mentions if o is not m):
        return m
    return replace(m, start=given.start(1), text=sentence[given.start(1):m.end])


def _headline(sentence: str, mentions: list[ActorMention]) -> bool:
    """Title Case ("Lula Receives Argentine President ..."): the words outside names capitalised, verbs too."""
    words = [w.group() for w in re.finditer(r"[^\W\d_]{4,}", sentence)
             if not any(m.start <= w.start() < m.end for m in mentions)]
    return len(words) > 1 and sum(w[0].isupper() for w in words) * 2 > len(words)


# "China's U.N. ambassador", "the Russian UN envoy": the IGO names where the state's envoy serves
_ENVOY_AFTER = re.compile(r"\s+(?:ambassador|envoy|representative|delegate|delegation|mission)\b")


def _posted_to(folded: str, m: ActorMention, mentions: list[ActorMention]) -> bool:
    """An IGO between a state (its possessive or demonym) and an envoy noun: the state's envoy, not the IGO."""
    if m.sector != "IGO" or not _ENVOY_AFTER.match(folded, m.end):
        return False
    return any(o.country and o.end <= m.start and re.fullmatch(r"(?:'s)?\s+", folded[o.end:m.start])
               for o in mentions)


def _titled_demonym(sentence: str, folded: str, m: ActorMention) -> bool:
    """"el viceprimer ministro chino Liu He": a lower-case demonym after an office, not part of the name."""
    return m.kind == "demonym" and sentence[m.start:m.start + 1].islower() and organ_before(folded, m) is not None


def _surnames(sentence: str, taken: list[tuple[int, int]], on: dt.date | None,
              language: str | None) -> list[ActorMention]:
    """Officials named by surname alone ("Shultz said"), as :mod:`flows.normalize.surnames` reads them."""
    out = []
    for start, end, code in surname_spans(sentence, taken, on, language):
        country, sector = code_parts(code)
        out.append(ActorMention(start, end, sentence[start:end], country, sector, code, "official"))
    return out


def _with_preposition(folded: str, m: ActorMention) -> ActorMention:
    word = preposition_before(folded, m.start)
    if not word:
        if m.kind == "demonym" and (word := placed_demonym(folded, m.start)):
            return ActorMention(**{**vars(m), "preposition": word, "is_place": True})
        return m
    # dataclasses.replace's field walk costs more than the copy; most mentions pass here
    return ActorMention(**{**vars(m), "preposition": word, "is_place": is_location(m.kind, word)})
