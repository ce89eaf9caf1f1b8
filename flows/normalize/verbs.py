"""Triggers and their codes: which words of a sentence are events, and which code each one takes.

A trigger is a verb of the lexicon (or a multi-word verb: "cut off", "llamar a") used as a verb, or
a nominal trigger of the project's list ("sanctions on", "la expulsión de"). Its code comes from the
first of these that applies:

1. a project trigger whose following words match ("sign ... agreement" -> 057);
2. a project trigger ending in ``*`` when an object term follows (the object decides: "sent troops");
   (a project trigger with a plain code wins here too: "lend" is 071 whatever follows);
3. the most specific dictionary pattern of the verb (most words; ties: the later one, as PETRARCH);
4. a project trigger ending in ``*`` with no object, then the dictionaries' default code of the verb.

Pattern words are matched in order after (or before) the verb with short gaps, inside the clause;
``+`` and ``$`` in a pattern name the target and source positions, ``%`` a compound subject. A bare
preposition must follow the verb or its actor at once, unless the row is flagged ``loose``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from flows.normalize.joint import compound_subject, list_width
from flows.normalize.phrases import amount_end, in_locutions, place_end, setting_end, time_phrase_end
from flows.normalize.tokens import Token, spanish_future
from flows.normalize.verbdict import Element, Hit, KeyInfo, Lexicon, Pattern
from flows.normalize.wordclass import (
    HELP_LEMMAS,
    bare_infinitive,
    gerund,
    headline_noun,
    nominal_position,
    noun_in_compound,
    trade_noun,
    verb_form,
)

GAP_FIRST = 6  # words allowed between the verb and the first pattern word ("sent two Tu-160 bombers")
GAP = 3  # words allowed between later pattern words
FROM = frozenset({"from", "de", "del", "desde"})


@dataclass
class Trigger:
    start: int  # token span of the trigger words
    end: int
    key: str
    info: KeyInfo
    nominal: bool
    last_end: int  # end of the last verb it governs ("refused to send")
    absorbed: list[Trigger] = field(default_factory=list)
    infinitive: bool = False  # "to attack", "para enviar": an event only when a verb or cue governs it


@dataclass(frozen=True)
class Resolution:
    code: str  # CAMEO code or "NN*"
    reciprocal: str
    pattern: Pattern | None
    end: int  # one past the last token the pattern matched
    target: int | None = None  # token where a "+" matched an actor
    source: int | None = None  # token where a "$" matched an actor
    compound: bool = False

    @property
    def flags(self) -> frozenset[str]:
        return self.pattern.flags if self.pattern else frozenset()


def find_triggers(tokens: list[Token], hits: list[Hit], actor_spans: list[tuple[int, int]], adjectives: set[int],
                  language: str | None = None, names: frozenset[int] = frozenset()) -> list[Trigger]:
    """Non-overlapping triggers, longest first at each start, never inside an actor's name.

    ``adjectives`` are the tokens right after an actor used as an adjective ("Russian", "U.S."); ``names`` are
    words inside an institution's name ("Conferencia de Desarme").
    """
    inside = {i for a, b in actor_spans for i in range(a, b)} | in_locutions(tokens) | names
    actor_end = {b for _, b in actor_spans}
    # "a Security Council meeting", "the NATO bombing": an -ing word after an article and a name is a noun
    named_noun = {b for a, b in actor_spans if language != "es" and a and tokens[a - 1].word in ("a", "an", "the")
                  and b < len(tokens) and tokens[b].word.endswith("ing")}
    # A verb form inside a longer object term is its noun ("military aid", "financial support").
    in_object = {i for h in hits if h.info.objects for i in range(h.start + 1, h.end)}
    chosen: list[Trigger] = []
    verb_ends = set()  # a word right after a verb is its object, not a second verb ("expand trade")
    # At one start the project's triggers go first ("pedir" before the dictionary's "pedir a"), then longest.
    for hit in sorted(hits, key=lambda h: (h.start, not (h.info.triggers or _particle_phrase(tokens, h)),
                                           h.start - h.end)):
        if any(i in inside for i in range(hit.start, hit.end)) or (chosen and hit.start < chosen[-1].end) \
                or _hyphen_compound(tokens, hit.start) or noun_in_compound(tokens, hit, language):
            continue
        info = hit.info
        nominal_ok = any("nominal" in p.flags for p in info.triggers)
        verbal_ok = info.is_verb or any("nominal" not in p.flags for p in info.triggers)
        # Right after a verb a form is its object: English base forms ("seek aid"), Spanish inflected
        # forms ("pidió ayuda"); a Spanish infinitive there is a second verb ("acordó cooperar").
        word = tokens[hit.start].word
        # A Spanish gerund after a verb is the verb of a periphrasis ("están reclamando"), not its object.
        # "helped seize" is the exception: "help" takes a bare verb
        # An English -s form of some verbs right after a verb is a plural noun ("sent forces", "built up forces").
        after_verb = hit.start in verb_ends and (word != tokens[hit.start].lemma and not gerund(word)
                                                 if language == "es" else (word == hit.key or _plural(word, hit))
                                                 and tokens[hit.start - 1].lemma not in HELP_LEMMAS)
        # "Recibió Ecuador ayuda de Cuba": after a Spanish verb and the subject it puts after itself, its object
        after_verb = after_verb or (language == "es" and word != tokens[hit.start].lemma and not gerund(word)
                                    and any(b == hit.start and a in verb_ends for a, b in actor_spans))
        # "China's military launched": a past form right after an actor that ends in "military" is its verb
        past_after_actor = language == "en" and hit.start in actor_end and word != tokens[hit.start].lemma \
            and not word.endswith("s")
        # "Kim Jong Un pidió disculpas": a Spanish finite verb right after a name, whose last word is no article
        past_after_actor = past_after_actor or (language == "es" and hit.start in actor_end
                                                and word != tokens[hit.start].lemma
                                                and tokens[hit.start].lemma.endswith(("ar", "er", "ir")))
        nominal = ((nominal_position(tokens, hit.start, adjectives, language) and not past_after_actor) or after_verb
                   or (nominal_ok and headline_noun(tokens, hit))
                   or hit.start in in_object or hit.start in named_noun or trade_noun(tokens, hit, actor_end, language)
                   or (language == "es" and bare_infinitive(tokens, hit.start, verb_ends | actor_end))
                   or (language == "en" and _after_past(tokens, hit))
                   ) if verbal_ok else nominal_ok
        if nominal and not nominal_ok:
            continue  # a verb used as a noun and not listed as a nominal trigger ("the attack")
        if nominal or verbal_ok:
            prev = tokens[hit.start - 1].word if hit.start else ""
            before = tokens[hit.start - 2].word if hit.start > 1 else ""
            # "to send", "para enviar", "con el fin de enviar": a purpose
            infinitive = not nominal and (prev in ("to", "para") or (prev == "de" and before == "fin"))
            chosen.append(Trigger(hit.start, hit.end, hit.key, info, nominal, hit.end, infinitive=infinitive))
            if not nominal and (info.triggers or info.verb_code):
                verb_ends.add(hit.end)
    return chosen


# verbs whose -s form is, after a verb, the plural noun of what is sent ("sent forces", "provided funds")
_SENT_NOUNS = frozenset({"force", "fund", "supply", "arm", "loan", "credit", "ship", "export", "import"})


def _plural(word: str, hit: Hit) -> bool:
    return hit.key in _SENT_NOUNS and word.endswith("s")


def _hyphen_compound(tokens: list[Token], i: int) -> bool:
    """"the U.S.-led strikes": a participle joined to a name by a hyphen is an adjective, not a verb."""
    return i > 1 and tokens[i - 1].word == "-" and tokens[i - 2].end == tokens[i - 1].start == tokens[i - 1].end - 1 \
        and tokens[i - 1].end == tokens[i].start


def _after_past(tokens: list[Token], hit: Hit) -> bool:
    """"resumed talks", "began negotiations": an -s form right after a past form is a plural noun, its object."""
    prev = tokens[hit.start - 1] if hit.start else None
    return prev is not None and tokens[hit.start].word.endswith("s") and prev.word.endswith("ed") \
        and prev.word != prev.lemma


# words after a verb that make a dictionary phrase of its own ("broke down", "called off"), unlike a preposition
# the project's rows for the verb read themselves ("pedir a")
_PARTICLES = frozenset({"down", "off", "up", "out", "back", "away", "apart"})


def _particle_phrase(tokens: list[Token], hit: Hit) -> bool:
    """A dictionary phrase of a verb and a particle: it goes before the verb's own rows at the same start."""
    return hit.end - hit.start == 2 and tokens[hit.start + 1].word in _PARTICLES


def _match_at(alternative: tuple, tokens: list[Token], p: int) -> bool:
    if p + len(alternative) > len(tokens):
        return False
    for k, words in enumerate(alternative):  # word_matches inlined: the pattern matcher's innermost loop
        token = tokens[p + k]
        if token.lemma not in words and token.word not in words:
            return False
    return True


def _skip_actors(tokens: list[Token], pos: int, hi: int, actors: dict[int, int],
                 stop: frozenset[str] = frozenset()) -> int:
    """The first token from ``pos`` that is not an actor's name, an article, a place or a time phrase ("asked
    [Russia] for", "calificó este lunes de"); a word of ``stop`` is never skipped (the Spanish "a" is no article)."""
    while pos < hi:
        word = tokens[pos].word
        if word in stop:
            break
        if pos in actors:
            pos = actors[pos]
        elif word in ("the", "a", "an", "el", "la", "los", "las", "'s") or (
                word in ("in", "en") and pos + 1 in actors):  # a place: "agreed in Moscow to"
            pos += 1
        elif (past := max(time_phrase_end(tokens, pos, hi), place_end(tokens, pos, hi))) > pos:
            # "agreed in March 2023 to", "calificó este lunes de", "agreed in Geneva to"
            pos = past
        elif (past := setting_end(tokens, pos, hi)) > pos or (past := amount_end(tokens, pos, hi)) > pos:
            pos = past  # "agreed at a summit in Tokyo to", "aid worth $200 million to"
        else:
            break
    return pos


def _skip_joined(tokens: list[Token], pos: int, firsts: frozenset[str]) -> int:
    """Past a second object joined by "and"/"y" right before the preposition: "launched drones and missiles at"."""
    if pos < len(tokens) and tokens[pos].word in ("and", "or", "y", "o", "e"):
        for k in (pos + 2, pos + 3):
            if k < len(tokens) and tokens[k].word in firsts and tokens[k - 1].word not in firsts:
                return k
    return pos


def _find(element: Element, tokens: list[Token], lo: int, hi: int, actors: dict[int, int],
          loose: bool = False) -> tuple[int, int] | None:
    """First position in [lo, hi) where ``element`` matches: (start, end); ``loose``: "calificó esas alertas de"."""
    if element.function_only and not loose:  # a bare preposition follows at once: "welcome [Putin] to"
        lo = _skip_joined(tokens, _skip_actors(tokens, lo, hi, actors, element.firsts), element.firsts)
        hi = min(hi, lo + 1)
    for p in range(lo, min(hi, len(tokens))):  # nothing matches past the sentence's end
        if element.marker in ("+", "$"):
            if p in actors:
                return p, actors[p]
        elif element.marker in ("@inf", "@ing"):
            if verb_form(element.marker, tokens, p) and not any(a <= p < b for a, b in actors.items()):
                return p, p + 1  # "Vladimir" is no infinitive
        else:
            t = tokens[p]
            if t.lemma not in element.firsts and t.word not in element.firsts:
                continue  # no alternative starts with this word
            for parts in element.options:
                end = _option_end(parts, tokens, p, 0, p)
                if end is not None:
                    return p, end
    return None


def _option_end(parts: tuple, tokens: list[Token], p: int, k: int, start: int) -> int | None:
    """End of the option's first alternative (choices in order, first part first) matching from ``start``."""
    if k == len(parts):
        return p if p > start else None
    for phrase in parts[k]:
        if _match_at(phrase, tokens, p):
            end = _option_end(parts, tokens, p + len(phrase), k + 1, start)
            if end is not None:
                return end
    return None


def match_after(elements: tuple[Element, ...], tokens: list[Token], start: int, hi: int,
                actors: dict[int, int], loose: bool = False) -> tuple[int, dict[str, int]] | None:
    """Match pattern words after the verb: (end, {"+": token, "$": token}) or None."""
    pos, roles = start, {}
    for n, element in enumerate(elements):
        if element.marker in ("%", "^"):
            continue
        width = (GAP_FIRST + list_width(tokens, pos, actors)) if n == 0 else GAP
        found = _find(element, tokens, pos, min(hi, pos + width + 1), actors, loose)
        if found is None:
            return None
        if element.marker in ("+", "$"):
            roles[element.marker] = found[0]
        pos = found[1]
    return pos, roles


def match_before(elements: tuple[Element, ...], tokens: list[Token], end: int, lo: int,
                 actors: dict[int, int]) -> dict[str, int] | None:
    """Match pattern words before the verb, walking left from it."""
    pos, roles = end, {}
    for element in reversed(elements):
        if element.marker in ("%", "^"):
            continue
        found = None
        for p in range(pos - 1, max(lo, pos - 1 - GAP_FIRST) - 1, -1):
            hit = _find(element, tokens, p, p + 1, actors)
            if hit is not None and hit[1] <= pos:
                found = hit
                break
        if found is None:
            return None
        if element.marker in ("+", "$"):
            roles[element.marker] = found[0]
        pos = found[0]
    return roles


def _blocked(pattern: Pattern, tokens: list[Token], end: int) -> bool:
    nxt = tokens[end:end + 2]
    return any(_find(e, nxt, 0, len(nxt), {}) is not None for e in pattern.unless)


# nouns that name an act just told ("..., a move which", "..., a practice officials denounced as")
ACT_NOUNS = frozenset({"measure", "measures", "move", "moves", "practice", "practices", "step", "steps", "decision",
                       "decisions", "action", "actions", "policy", "policies"})
_RELATIVE_HEADS = ACT_NOUNS | {"which", "that", "what"}
_BETWEEN = frozenset({"have", "has", "had", "also", "publicly", "repeatedly", "openly"})


def _relative_lead(tokens: list[Token], start: int, lo: int, actors: dict[int, int]) -> bool:
    """"which La Paz called", "a measure that the Bolivian government called", "a practice Bolivian officials have
    denounced as": an actor right before the verb, opened by a relative word or a noun for a measure."""
    i = start
    while i > lo and tokens[i - 1].word in _BETWEEN:
        i -= 1
    first = next((a for a, b in actors.items() if b == i), None)
    if first is None:
        return False
    j = first - (first > lo and tokens[first - 1].word == "the")
    return j > lo and tokens[j - 1].word in _RELATIVE_HEADS


# "deportados", "muerto", "dicho"; "expelled", "taken"
_PARTICIPLE = re.compile(r"(?:[ai]d[oa]s?|(?:puest|dich|hech|abiert|muert|pres|vuelt|rot|escrit|cubiert)[oa]s?|ed|en)$")


def _try(pattern: Pattern, trig: Trigger, tokens: list[Token], lo: int, hi: int,
         actors: dict[int, int], words: set[str]) -> Resolution | None:
    if not pattern.possible(words) or (pattern.unless and _blocked(pattern, tokens, trig.end)):
        return None
    if "relative" in pattern.flags and not _relative_lead(tokens, trig.start, lo, actors):
        return None
    if pattern.participle_only and not _PARTICIPLE.search(tokens[trig.start].word):
        return None  # "+ deportados de $": "Rusia deportó a miles de ucranianos" keeps its doer
    after = match_after(pattern.after, tokens, trig.end, hi, actors, "loose" in pattern.flags) \
        if pattern.after else (trig.end, {})
    if after is None or ("guest" in pattern.flags and any(t.word in FROM for t in tokens[trig.end:after[0]])):
        return None  # "received weapons from the defence minister": the minister gives, he is no guest
    before = match_before(pattern.before, tokens, trig.start, lo, actors) if pattern.before else {}
    if before is None or (any(e.marker == "%" for e in pattern.before)
                          and not compound_subject(tokens, trig.start, trig.end, lo, hi, actors)):
        return None
    roles = {**before, **after[1]}
    compound = any(e.marker == "%" for e in (*pattern.before, *pattern.after))
    return Resolution(pattern.code, pattern.reciprocal, pattern, after[0], roles.get("+"), roles.get("$"), compound)


GIVING = frozenset({"03", "05", "07"})  # what a dictionary's "received X" says the giver did
# what one is sent rather than given: "received threats from the US" is the US's threat to the receiver,
# "recibió una nota de protesta de Colombia" Colombia's complaint, "received a request" the sender's appeal
RECEIVED_MESSAGES = frozenset({"02", "10", "11", "12", "13", "14"})


def resolve(lex: Lexicon, trig: Trigger, tokens: list[Token], lo: int, hi: int, actors: dict[int, int],
            has_object: bool) -> Resolution | None:
    """The code of a trigger in the clause tokens[lo:hi]; None when it is no event.

    ``actors`` maps the first token of each actor to one past its last; ``has_object`` says whether
    an object term follows the trigger in its clause (it lets a project ``*`` code win).
    """
    words = {w for t in tokens[lo:hi] for w in (t.word, t.lemma)}
    own = [p for p in trig.info.triggers if ("nominal" in p.flags) == trig.nominal]
    tried = [(r, p) for p in own if (r := _try(p, trig, tokens, lo, hi, actors, words)) is not None]
    defaults = [p for p in own if not p.after] or own
    # the project's reading of the verb bounds the dictionary's, unless a row says it only adds a reading
    # ("used sarin against": 2041, flag "unbounded"; "used tear gas against" stays the dictionary's 175)
    family = defaults[0].code[:2] if defaults and not any("unbounded" in p.flags for p in own) else ""
    specific = [r for r, p in tried if p.after]
    if specific:
        return max(specific, key=lambda r: (r.pattern.weight, -r.pattern.order))
    definite = [r for r, p in tried if not p.code.endswith("*")]
    if definite:
        return definite[0]
    if tried and has_object:
        return tried[0][0]
    if not trig.nominal:
        found = _dictionary_match(lex, trig, tokens, lo, hi, actors, words)
        if found is not None and not found.code and found.reciprocal[:2] in GIVING | RECEIVED_MESSAGES and tried \
                and any("recv" in p.flags for p in own):  # "receive loans [---:071]": the giver's act, from the giver
            return replace(tried[0][0], code=found.reciprocal, end=max(found.end, tried[0][0].end))
        if found is not None and (not family or not found.code or found.code[:2] == family):
            return found if found.code else None
    if tried:
        return tried[0][0]
    if trig.nominal or not trig.info.verb_code:
        return None
    return Resolution(trig.info.verb_code, trig.info.verb_reciprocal, None, trig.end)


def _dictionary_match(lex: Lexicon, trig: Trigger, tokens: list[Token], lo: int, hi: int,
                      actors: dict[int, int], words: set[str]) -> Resolution | None:
    best, rank = None, None
    for group in trig.info.groups:
        for pattern in lex.patterns(group, trig.key):
            if not pattern.possible(words):
                continue  # most of a block's patterns fail here, before any matching
            found = _try(pattern, trig, tokens, lo, hi, actors, words)
            if found is not None and (rank is None or (pattern.weight, pattern.order) > rank):
                best, rank = found, (pattern.weight, pattern.order)
    return best


def is_future(trig: Trigger, tokens: list[Token], language: str | None, sentence: str = "") -> bool:
    """A Spanish future or conditional verb form: an intent, not an act."""
    return language == "es" and not trig.nominal and spanish_future(tokens[trig.start], sentence)


def names_own_object(trig: Trigger, tokens: list[Token], actors: dict[int, int]) -> bool:
    """The verb is followed by an object one of the project's own rows names ("declararon una huelga",
    "se declararon en huelga", "declared Brazilian President X persona non grata"): it does something, it does
    not report speech. ``actors`` maps each actor's first token to one past its last, so a long name fits."""
    hi = min(len(tokens), trig.end + GAP_FIRST + 3 + list_width(tokens, trig.end, actors))
    return any(p.after and "nominal" not in p.flags and match_after(p.after, tokens, trig.end, hi, actors) is not None
               for p in trig.info.triggers)
