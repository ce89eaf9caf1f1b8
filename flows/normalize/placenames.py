"""When a place name is not an actor: inside a fixed name, or a location after a preposition.

A country, capital or city named inside a longer proper name is part of that name, not the state:
"premio Nobel de la Paz" (not Bolivia's La Paz), "Washington Post", "Havana Club", "Moscow Mule",
"Copa América", "Gulf of Mexico". The rule works on the shape of the text: a capitalised word
right before (directly or through "of"/"de") or right after the place, that is neither an agent
noun or title ("Foreign", "President", "Navy") nor a day or month, makes the place part of a name.
Headlines in Title Case are left alone.

"in Washington", "en Caracas": the place stays an actor mention, marked with its preposition, so
the role step can decide whether it is where something happened or who it happened to.
"""
from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

from flows.normalize.gazetteer import fold, read_data
from flows.normalize.lexicon import agent_words

NAME_KINDS = frozenset({"country", "capital", "place", "demonym"})
PERSON_KINDS = frozenset({"leader", "official"})
PLACE_KINDS = frozenset({"country", "capital", "place", "seat"})
# Words before a mention that mark it as a location rather than a participant.
LOCATIVE = frozenset({"in", "at", "inside", "near", "en", "dentro", "cerca"})
PREPOSITIONS = LOCATIVE | frozenset({
    "to", "from", "with", "by", "for", "on", "against", "toward", "towards", "into", "of", "over", "between",
    "a", "al", "de", "del", "desde", "hacia", "con", "por", "para", "contra", "sobre", "ante", "entre", "tras",
})
_SKIP = frozenset({"the", "el", "la", "los", "las"})
# Short words a headline in Title Case may leave in lower case.
_SMALL_WORDS = frozenset({"and", "the", "for", "with", "from", "into", "los", "las", "del", "con", "por", "para"})
_CAP = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'-]+"
_NEXT = re.compile(rf"\s({_CAP})(?![\w-])")
_PREV = re.compile(rf"(?<![\w-])({_CAP})\s(?:(?:of|de|del|de la|de los|de las)\s)?$")
_WORDS = re.compile(r"[^\W\d_][\w'-]*")


def _describes(word: str) -> bool:
    """A capitalised word that describes an actor (a title, an agent noun) or a day, or a function word or
    a past-tense verb capitalised by wire-style casing ("The U.S. Imposed ..."), not a name."""
    folded = fold(word)
    return folded in _describing_words() or (len(folded) > 6 and folded.endswith("ed") and folded not in _NAME_ED)


_NAME_ED = frozenset({"united", "federated", "associated", "reformed"})  # -ed words that do start names


@cache
def _describing_words() -> frozenset[str]:
    rows = [r for r in read_data("name_words.csv") if r["kind"] in ("calendar", "title", "function", "quantity")]
    listed = {w for r in rows for w in r["words"].split("|")}
    return frozenset(listed | {fold(w) for w in agent_words()})


def title_case(sentence: str) -> bool:
    """A headline in Title Case: (nearly) every longer word capitalised, so capitals mean nothing."""
    words = [w for w in _WORDS.findall(sentence) if len(w) > 2 and w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(not w[0].isupper() for w in words) <= len(words) // 10


def _covered(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _capital_after(sentence: str, end: int) -> bool:
    return end + 1 < len(sentence) and sentence[end] == " " and sentence[end + 1].isupper()


def _capital_before(sentence: str, start: int) -> bool:
    window = sentence[max(0, start - 16):start]
    return any(c.isupper() for c in window)


def inside_name(sentence: str, start: int, end: int, kind: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the place at ``sentence[start:end]`` is part of a longer proper name.

    ``spans`` are the other mentions: a capitalised neighbour inside one of them is an actor or a
    title ("Russia China talks", "la Asamblea Nacional de Venezuela"), not part of a name.
    """
    if kind not in NAME_KINDS:
        return False
    if _capital_after(sentence, end):
        after = _NEXT.match(sentence, end)
        if after and not _covered(after.start(1), spans) and not _describes(after.group(1)):
            return not title_case(sentence)
    if not _capital_before(sentence, start) or (kind == "demonym" and sentence[start:start + 1].islower()):
        return False  # a Spanish demonym in lower case after a name qualifies it: "los Altos del Golán sirios"
    before = _PREV.search(sentence, max(0, start - 40), start)
    if not before or _describes(before.group(1)) or _covered(before.start(1), spans):
        return False
    linked = before.end(1) < start - 1  # "Gulf of Mexico", "Nobel de la Paz"
    if linked and _state_body_head(sentence, before.start(1)):
        return False  # "la Comisión Nacional de Distorsiones de Chile": Chile's body, Chile acts through it
    # Without "of"/"de", a capitalised first word of the sentence says nothing.
    return (linked or sentence[:before.start(1)].strip() != "") and not title_case(sentence)


_RUN_BEFORE = re.compile(rf"(?<![\w-])({_CAP})\s(?:(?:of|de|del|de la|de los|de las|for|on)\s)?$")
NAME_RUN_WORDS = 6  # words a body's name may have before its country


def _state_body_head(sentence: str, at: int) -> bool:
    """The capitalised run ending at ``at`` begins with the first word of a state body's name."""
    head = at
    for _ in range(NAME_RUN_WORDS):
        found = _RUN_BEFORE.search(sentence, max(0, head - 30), head)
        if found is None or fold(found.group(1)) in _SKIP:  # "La Comisión": the article opens no name
            break
        head = found.start(1)
    return fold(sentence[head:].split(None, 1)[0]) in _state_body_words()


@cache
def _state_body_words() -> frozenset[str]:
    return frozenset(w for r in read_data("name_words.csv") if r["kind"] == "state_body" for w in r["words"].split("|"))


def given_name_of_another(sentence: str, start: int, end: int, kind: str, spans: list[tuple[int, int]]) -> bool:
    """A one-word official from the dictionaries followed by a capitalised word no mention covers: the first
    name of someone else ("Raul" is listed alone for one judge; "Raúl Reyes" is another man)."""
    if kind not in PERSON_KINDS or " " in sentence[start:end] or not _capital_after(sentence, end):
        return False
    after = _NEXT.match(sentence, end)
    # No _describes check: its agent nouns hold surnames too ("reyes", kings).
    return bool(after) and not _covered(after.start(1), spans) and not title_case(sentence)


@cache
def _named_in_full() -> dict[str, frozenset[str]]:
    """One-word leader and official aliases whose row also spells the full name, with the given names it spells
    ("chavez": {"hugo"})."""
    out: dict[str, set[str]] = {}
    for row in read_data("actor_aliases.csv"):
        if row["kind"] in PERSON_KINDS:
            spellings = [fold(a) for a in row["alias"].split("|")]
            for alias in (a for a in spellings if " " not in a):
                given = {f.split()[0] for f in spellings if f.endswith(" " + alias)}
                if given:
                    out.setdefault(alias, set()).update(given)
    return {alias: frozenset(given) for alias, given in out.items()}


_GIVEN_BEFORE = re.compile(rf"(?<![\w.'-])({_CAP})\s$")
SAME_GIVEN_NAME = 75  # rapidfuzz ratio of a given name spelt another way ("Nicholas" Maduro, "Abbas" Araqchí)


def namesake(sentence: str, start: int, end: int, kind: str, spans: list[tuple[int, int]]) -> bool:
    """A leader's surname after another given name: "Betssy Chávez" is not Hugo Chávez, whose full name would
    have matched as the longer alias; a given name spelt another way ("Nicholas Maduro") is still his."""
    known = _named_in_full().get(fold(sentence[start:end])) if kind in PERSON_KINDS | {"elite"} else None
    given = known and _GIVEN_BEFORE.search(sentence, max(0, start - 20), start)
    if not given or given.start(1) == 0 or _describes(given.group(1)) or _covered(given.start(1), spans):
        return False
    name = fold(given.group(1))
    return not any(fuzz.ratio(name, g) >= SAME_GIVEN_NAME for g in known) and not title_case(sentence)


# "the aircraft carrier USS Gerald R. Ford", "el portaaviones Gerald R. Ford", "la fragata Almirante Gorshkov"
_VESSEL_BEFORE = re.compile(r"\b(?:USS|HMS|INS|HMCS|RFS|ARA|BAP|carrier|destroyer|frigate|submarine|warship|cruiser|"
                            r"corvette|vessel|tanker|ship|portaaviones|buque|destructor|fragata|submarino|crucero|"
                            r"corbeta|petrolero|barco|nave)\s+(?:[A-Z][\w.'-]*\s+){0,3}$")


def vessel_name(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` is (part of) a ship's name after its kind: a vessel, not its namesake."""
    return _VESSEL_BEFORE.search(sentence, max(0, start - 60), start) is not None


def preposition_before(folded: str, start: int) -> str:
    """The preposition right before a mention ("in", "en", "from"), skipping an article; "" if none."""
    words = [w.strip("\"'(,;:") for w in folded[max(0, start - 24):start].split()[-3:]]
    while words and words[-1] in _SKIP:
        words.pop()
    if words[-2:] == ["cerca", "de"]:
        return "cerca de"
    return words[-1] if words and words[-1] in PREPOSITIONS else ""


# "en la ciudad turca de Antalia", "en aguas iraníes": a Spanish demonym after a place noun names where
_PLACED_DEMONYM = re.compile(r"\b(en|dentro de|cerca de) (?:la |el |las |los )?(?:ciudad|localidad|pueblo|puerto|"
                             r"region|provincia|capital|isla|base|costa|aguas|frontera|zona|estado)s? $")


def placed_demonym(folded: str, start: int) -> str:
    """The locative preposition before "la ciudad turca" when the demonym at ``start`` follows a place noun."""
    found = _PLACED_DEMONYM.search(folded, max(0, start - 40), start)
    return found.group(1) if found else ""


def is_location(kind: str, preposition: str) -> bool:
    return kind in PLACE_KINDS and preposition.split(" ")[0] in LOCATIVE


# A sea, gulf, strait or peninsula named after a state: "la península coreana", "the Sea of Japan": a place,
# not the state. A coast or an island stays its state's ("off the coast of Venezuela", "una isla surcoreana").
# "estrecho" only after an article: "el aliado más estrecho de Moscú" is a close ally, no strait.
_FEATURE_BEFORE = re.compile(r"(?:\b(?:peninsula|mar|golfo|archipielago|sea|gulf|straits?)|\b(?:el|del|al) estrecho)"
                             r"(?: (?:de|del|de la|of|of the))? $")


def feature_place(folded: str, start: int) -> bool:
    """Whether the mention starting at ``start`` names a geographic feature's state ("mar de Japón")."""
    return _FEATURE_BEFORE.search(folded, max(0, start - 30), start) is not None


# A currency or an ancestry named after a state ("the U.S. dollar", "el real brasileño", "voters of Cuban
# descent", "de origen venezolano"): no act of that state.
_CURRENCY = (r"(?:dollars?|dolar(?:es)?|pesos?|real(?:es)?|yuan(?:es)?|renminbi|roubles?|rubles?|rublos?|euros?|"
             r"pounds?|libras?|yen(?:es)?|bolivar(?:es)?|soles|francs?|francos?|rupees?|rupias?|liras?|currency|"
             r"currencies|moneda|monedas|divisas?)")
# "British-made cluster bombs", "de fabricación rusa", "U.S.-donated food": where goods came from, not who used,
# sent or received them; "the Hague-based court", "a Moscow-based think tank": where a body sits, not the state
_NOT_STATE_AFTER = re.compile(rf"(?:\s+(?:{_CURRENCY}|descent|origin|ancestry|heritage)\b|-(?:made|built|designed|"
                              rf"manufactured|donated|supplied|produced|funded|based|headquartered)\b)")
_NOT_STATE_BEFORE = re.compile(rf"\b(?:{_CURRENCY}|de origen|de ascendencia|de descendencia|de fabricacion|"
                               rf"de manufactura|de diseno)\s+$")


def currency_or_ancestry(folded: str, start: int, end: int) -> bool:
    """Whether the mention folded[start:end] names a state's currency or people's ancestry, not the state."""
    return (_NOT_STATE_AFTER.match(folded, end) is not None
            or _NOT_STATE_BEFORE.search(folded, max(0, start - 25), start) is not None)


def not_the_state(folded: str, start: int, end: int) -> bool:
    """A country or demonym that names a place, a currency, an ancestry or where a thing was made rather than
    the state."""
    return feature_place(folded, start) or currency_or_ancestry(folded, start, end)
