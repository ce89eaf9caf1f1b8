""""The two countries", "ambos países", "his country": phrases that stand for states named elsewhere.

"The three countries", "los cuatro países" stand for the last list of that many states joined by commas and
"and"/"y" before them in the sentence ("España, Irlanda y Noruega ... sus embajadores en los tres países").

A pair phrase stands for the two states of its sentence when the sentence names exactly two ("Last year
the two countries signed a gas deal that covers half of Latvia's needs from Norway"); else for the last
two named before it, in the sentence and then in the text's sentences before it. Anything else (one
state, or three states after it) leaves it unresolved. Resolved, it is two mentions over the same words,
read like "A and B" by the role finder, so a mutual act gives both directions. "His country", "su país"
stand for the state of the last state actor named before them in the sentence. A description ("the kingdom",
"el emirato", "the North") stands for the last state before it in the sentence that fits it.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from flows.normalize.actors import ActorMention, find_actors, fold
from flows.normalize.placenames import is_location, preposition_before

# Folded text: "the two countries", "both nations", "both Nordic countries" (a demonym-like adjective between),
# "the two leaders", "los dos países", "ambos mandatarios", "ambas naciones".
PAIR_PHRASE = re.compile(
    r"\b(?:(?:the )?two|both) (?:[a-z]+(?:an|ic|ese|ish) )?(?:countries|nations|governments|states|neighbou?rs|leaders|"
    r"presidents|sides)\b"
    r"|\b(?:(?:los )?dos|ambos) (?:paises|gobiernos|estados|vecinos|lideres|mandatarios|presidentes|dirigentes)\b"
    r"|\b(?:(?:las )?dos|ambas) (?:naciones|partes)\b"
    r"|\b(?:the )?(?:three|four) (?:countries|nations|governments|states)\b"
    r"|\b(?:los )?(?:tres|cuatro) (?:paises|gobiernos|estados)\b|\b(?:las )?(?:tres|cuatro) naciones\b")
_LISTED = {"three": 3, "four": 4, "tres": 3, "cuatro": 4}  # "the three countries": the three states listed together
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|e\s+)?|and\s+|y\s+|e\s+)$")
_OWN_SECTORS = frozenset({"GOV", "MIL"})  # a state's organs that speak for it; opposition and rebels do not


# every pair phrase holds one of these words: a substring test spares most sentences the regex
_PAIR_WORDS = ("two ", "both ", "three ", "four ", "dos ", "ambos ", "ambas ", "tres ", "cuatro ")


def pair_phrases(folded: str) -> list[tuple[int, int]]:
    if not any(w in folded for w in _PAIR_WORDS):
        return []
    return [m.span() for m in PAIR_PHRASE.finditer(folded)]


def _states(mentions: list[ActorMention]) -> list[str]:
    """Distinct countries of the state mentions, in order of their last mention."""
    return _states_in_order([m.country for m in mentions if m.country and m.sector in _OWN_SECTORS and not m.group])


def resolve_pairs(sentence: str, folded: str, mentions: list[ActorMention], earlier: list[str],
                  spans: list[tuple[int, int]]) -> list[ActorMention]:
    """``mentions`` with each resolvable pair phrase in ``spans`` as two state mentions (replacing a bare
    noun of no country inside it); ``earlier``: the states of the text's earlier sentences, latest last."""
    out = list(mentions)
    for start, end in spans:
        inside = [m for m in out if m.start < end and start < m.end]
        if any(m.country for m in inside):
            continue
        everywhere = _states(mentions)
        before = _states([m for m in mentions if m.end <= start])
        if (count := _LISTED.get(folded[start:end].split()[-2])) is not None:
            if (listed := _listed_states(folded, [m for m in mentions if m.end <= start], count)) is None:
                continue  # no list of that many states before it: no safe reading
            pair = listed
        elif len(everywhere) == 2:
            pair = everywhere
        elif len(before) >= 2:
            pair = _others_before(folded, mentions, start, before)[-2:]
        else:
            pair = _states_in_order(earlier + before)[-2:]
            if len(pair) < 2 or set(everywhere) - set(pair):
                continue  # states after the phrase that are not the pair: no safe reading
        out = [m for m in out if m not in inside]  # "both governments": the bare noun gives way
        word = preposition_before(folded, start)  # "in both countries" is a place, "between" is not
        out += [ActorMention(start, end, sentence[start:end], country, "GOV", f"{country}GOV", "country", word,
                             is_location("country", word)) for country in pair]
    return sorted(out, key=lambda m: m.start)


def _others_before(folded: str, mentions: list[ActorMention], start: int, before: list[str]) -> list[str]:
    """The states named before a pair phrase, leaving out those named in its own clause when two others remain:
    "A and B flew a joint patrol, and Japan protested to both governments" (A and B, not B and Japan)."""
    clause = max(folded.rfind(",", 0, start), folded.rfind(";", 0, start))
    own = set(_states([m for m in mentions if clause < m.start and m.end <= start]))
    others = [c for c in before if c not in own]
    return others if len(others) >= 2 else before


def _listed_states(folded: str, mentions: list[ActorMention], count: int) -> list[str] | None:
    """The states of the last run of ``count`` state mentions joined by commas and "and"/"y" ("España, Irlanda y
    Noruega"), or None."""
    states = [m for m in mentions if m.country and m.sector in _OWN_SECTORS and not m.group]
    for end in range(len(states), count - 1, -1):
        run = states[end - count:end]
        if all(_LIST_JOINER.fullmatch(folded, a.end, b.start) for a, b in pairwise(run)) \
                and len({m.country for m in run}) == count:
            return [m.country for m in run]
    return None


EARLIER_SENTENCES = 3  # how far back in the text the pair may have been named


def earlier_states(sentences: list[str], index: int, on: dt.date | None) -> list[str] | None:
    """The states named in the few sentences of a text before sentence ``index``, the most recent last;
    None (nothing looked up) when that sentence has no pair phrase."""
    if not index or not pair_phrases(fold(sentences[index])):
        return None
    return _states([m for s in sentences[max(0, index - EARLIER_SENTENCES):index] for m in find_actors(s, on)])


def _states_in_order(countries: list[str]) -> list[str]:
    order: list[str] = []
    for country in countries:
        if country in order:
            order.remove(country)
        order.append(country)
    return order


# "said his country would supply ...", "dijo que su país enviará ...": the state of the speaker before it.
OWN_STATE = re.compile(r"\b(?:his|her|its|their) (?:own )?(?:country|nation|government)\b"
                       r"|\bsu (?:propio )?(?:pais|gobierno|nacion)\b")
_SPEAKER_KINDS = frozenset({"leader", "official", "government", "country", "demonym", "capital", "seat"})


def resolve_own_state(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each "his country"/"su país" as a mention of the state of the last state actor
    before it in the sentence (none before: left alone); a bare "government" inside it gives way."""
    out = list(mentions)
    for found in OWN_STATE.finditer(folded):
        start, end = found.span()
        before = [m for m in mentions if m.end <= start and m.country and m.sector in _OWN_SECTORS
                  and m.kind in _SPEAKER_KINDS and not m.is_place]
        inside = [m for m in out if m.start < end and start < m.end]
        if before and all(m.country is None for m in inside):  # "his government": the bare noun gives way
            out = [m for m in out if m not in inside]
            country = before[-1].country
            word = preposition_before(folded, start)
            out.append(ActorMention(start, end, sentence[start:end], country, "GOV", f"{country}GOV", "country",
                                    word, is_location("country", word)))
    return sorted(out, key=lambda m: m.start)


MONARCHIES = frozenset({"SAU", "MAR", "JOR", "GBR", "ESP", "NLD", "BEL", "DNK", "NOR", "SWE", "THA", "BHR", "KHM",
                        "BTN", "LSO", "SWZ", "TON", "BRN", "JPN"})
EMIRATES = frozenset({"QAT", "KWT", "ARE"})
# Folded text: a description that stands for a state named earlier in the sentence ("Pakistan asked Saudi Arabia
# for a bailout and the kingdom pledged $6 billion", "pidió a Arabia Saudí ... y el reino se comprometió").
DESCRIPTIONS = (
    (re.compile(r"\b(?:the|el|al) (?:(?:neighbou?ring|oil-rich|gulf) )?(?:kingdom|reino)\b(?! unido\b)"
                r"(?: (?:vecino|petrolero)\b)?"), MONARCHIES),
    (re.compile(r"\b(?:the|el|al) (?:(?:neighbou?ring|oil-rich|gulf) )?(?:emirate|emirato)\b"), EMIRATES),
)
# "the Kingdom of Spain" is a name; "accusing the kingdom of hostile acts" is the description
_NAMED_AFTER = re.compile(r" (?:of|de|del) (?:the |la |el )?[A-Z]")
_CAPITALISED_DESCRIPTIONS = (  # written with a capital only: "the North", "el Norte"
    (re.compile(r"\b(?:the|el) (?:north|norte)\b(?! (?:of|de|del)\b)"), frozenset({"PRK"})),
    (re.compile(r"\b(?:the|el) (?:south|sur)\b(?! (?:of|de|del)\b)"), frozenset({"KOR"})),
)


def resolve_descriptions(sentence: str, folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each description that fits a state named before it in the sentence ("the kingdom" after
    Saudi Arabia, "the North" after North Korea) as a mention of that state; none fitting: left alone."""
    out = list(mentions)
    found = [(m, states) for rx, states in DESCRIPTIONS for m in rx.finditer(folded)
             if not _NAMED_AFTER.match(sentence, m.end())]
    found += [(m, states) for rx, states in _CAPITALISED_DESCRIPTIONS for m in rx.finditer(folded)
              if sentence[m.end() - len(m.group().split()[-1])].isupper()
              and not re.match(r" [A-Z]", sentence[m.end():])]  # not "the South China Sea"
    for match, states in found:
        start, end = match.span()
        if any(m.start < end and start < m.end for m in out):
            continue
        before = [m for m in mentions if m.end <= start and m.country in states and m.sector in _OWN_SECTORS]
        if before:
            country = before[-1].country
            word = preposition_before(folded, start)
            out.append(ActorMention(start, end, sentence[start:end], country, "GOV", f"{country}GOV", "country",
                                    word, is_location("country", word)))
    return sorted(out, key=lambda m: m.start)


def resolve_references(sentence: str, folded: str, mentions: list[ActorMention],
                       earlier: list[str]) -> list[ActorMention]:
    """``mentions`` with "the two countries", "his country" and "the kingdom" resolved where they can be."""
    if spans := pair_phrases(folded):
        mentions = resolve_pairs(sentence, folded, mentions, earlier, spans)
    if any(rx.search(folded) for rx, _ in DESCRIPTIONS + _CAPITALISED_DESCRIPTIONS):
        mentions = resolve_descriptions(sentence, folded, mentions)
    return resolve_own_state(sentence, folded, mentions) if OWN_STATE.search(folded) else mentions


__all__ = ["OWN_STATE", "PAIR_PHRASE", "earlier_states", "pair_phrases", "resolve_descriptions", "resolve_own_state",
           "resolve_pairs", "resolve_references"]
