"""Is an event word a verb or a noun where it stands? "the attack", "Venezuela's request", "six detained
Americans", "cooperación militar" hold nouns or modifiers; "to send", "after meeting", "y los capturaron" verbs.
:func:`flows.normalize.verbs.find_triggers` asks these questions of every lexicon hit."""
from __future__ import annotations

import re

from flows.normalize.tokens import Token
from flows.normalize.verbdict import Hit


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words after which a verb form is a noun ("the attack", "its request", "nuevas sanciones"); quantity and
# kind words too ("a $500 million loan", "economic help").
DETERMINERS = {
    "en": _words("the a an its their his her our this these those that new further fresh more such any another 's "
                 "renewed repeated latest formal urgent previous recent "
                 "million billion trillion mln bn economic military financial humanitarian emergency "
                 "presidential parliamentary legislative"),  # "Sunday's presidential vote": an election
    "es": _words("el la los las un una unos unas su sus nuevo nueva nuevos nuevas otra otras otro otros mas "
                 "esta este estas estos dicha dicho del al")}
INFINITIVE_LEADS = _words("a al de del para por sin que no se y e o tras")
PREPOSITIONS = _words("for of on in with from by about against over into during after before despite amid")
NOUN_FOLLOWERS = frozenset({"between", "of", "entre", "de", "del"})  # after a sentence-opening noun, not a verb
# Words before an English base form that make it a verb ("will invest", "to trade", "did not sell").
VERB_LEADS = frozenset({"to", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "not",
                        "do", "does", "did", "also", "jointly"})
GERUND_LEADS = frozenset({"after", "before", "upon", "while", "since", "by", "in"})  # "by rebuffing its hopes"


_CLITIC_INFINITIVE = re.compile(r"[aei]r(?:lo|la|los|las|le|les|se|me|nos|te)$")


CLITICS = frozenset({"lo", "la", "los", "las", "le", "les"})
_PLURAL_PAST = re.compile(r"(?:aron|ieron|eron|aban|ian|aran|ieran)$")  # no noun ends so; "la ayuda" stays a noun
# "la condenó", "lo acusó": folded, a singular past ends in "o", as no feminine noun after "la" does and as no noun
# after the neuter "lo" does; participles ("lo ocurrido") are left alone
_SINGULAR_PAST = re.compile(r"(?<![ai]d)o$")


_CODE_NAME = re.compile(r"[a-z]{1,4}\d{1,3}")  # "G20", "G7", "P5": a group's name before a noun qualifies it


def nominal_position(tokens: list[Token], i: int, adjectives: set[int], language: str | None) -> bool:
    """"the attack", "Venezuela's request", "for loans", "Russian aid": a noun, not a verb."""
    prev = tokens[i - 1].word if i else ""
    determiners = DETERMINERS.get(language or "en", DETERMINERS["en"])
    # "de robo", "en protesta", "para ayuda alimentaria": a noun after the preposition, not "de enviar"
    after_de = language == "es" and prev in ("de", "en", "para") and tokens[i].word != tokens[i].lemma \
        and not _CLITIC_INFINITIVE.search(tokens[i].word)  # "para asesinarlo" is a verb
    if not prev:  # "Talks between Cairo and Ankara ...": a sentence-opening noun names its parties next
        return i + 1 < len(tokens) and tokens[i + 1].word in NOUN_FOLLOWERS
    if language != "es" and tokens[i].word.endswith("ing") and (prev in GERUND_LEADS or _accused_of(tokens, i)):
        return False  # "after meeting the minister": a gerund with its object, not a noun
    if language == "es" and gerund(tokens[i].word) and tokens[i].lemma.endswith(("ar", "er", "ir")):
        return False  # "está presionando": folded, "está" is the demonstrative "esta"; a gerund is never a noun
    if language == "es" and prev in CLITICS and tokens[i].lemma.endswith(("ar", "er", "ir")) and (
            _PLURAL_PAST.search(tokens[i].word) or (prev in ("la", "lo") and _SINGULAR_PAST.search(tokens[i].word))):
        return False  # "y los capturaron", "y la condenó": an object pronoun before a verb, not an article
    if language == "es" and prev == "al" and tokens[i].word == tokens[i].lemma \
            and tokens[i].word.endswith(("ar", "er", "ir")):
        return False  # "al recibir al presidente cubano": "al" before an infinitive opens a clause, no noun
    return (prev in determiners or (language != "es" and prev in PREPOSITIONS) or after_de
            or i in adjectives or prev[0].isdigit() or _CODE_NAME.fullmatch(prev) is not None  # "a G20 meeting"
            or (language != "es" and _participle_modifier(tokens, i))
            # "a category five storm": a count before a bare form names a thing ("the two met" is no bare form)
            or (language != "es" and prev in COUNT_WORDS and tokens[i].word == tokens[i].lemma)
            # "a million artillery shells to Russia": a plural after a weapon noun is the weapon's ammunition
            or (language != "es" and prev in _WEAPON_MODIFIERS and tokens[i].word == tokens[i].lemma + "s"))


_WEAPON_MODIFIERS = frozenset({"artillery", "mortar", "tank", "howitzer"})
HELP_LEMMAS = frozenset({"help", "ayudar"})  # "helped seize": help takes the bare verb it helps do
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                         "dozens", "hundreds", "thousands", "several", "many", "some", "few"})
_PASSIVE_LEADS = frozenset({"been", "being", "got", "get", "gets"})


def _participle_modifier(tokens: list[Token], i: int) -> bool:
    """"released six detained Americans", "carrying deported migrants", "tortured captured soldiers": a past
    participle after a count or another verb, before its noun, describes the noun; it is no act of its own."""
    word, prev = tokens[i].word, tokens[i - 1].word
    if not word.endswith("ed") or word == tokens[i].lemma or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].word
    if not nxt.isalpha() or nxt in PREPOSITIONS or nxt in DETERMINERS["en"] or nxt in ("by", "and", "or", "to"):
        return False  # "were detained by", "seized the tanker": a verb
    return prev in COUNT_WORDS or (prev.endswith(("ing", "ed")) and prev not in _PASSIVE_LEADS
                                   and prev != tokens[i - 1].lemma)


ACCUSING_LEMMAS = frozenset({"accuse", "suspect"})


def _accused_of(tokens: list[Token], i: int) -> bool:
    """"accused Moscow on Monday of deporting children": what a state is accused of is a verb with its object,
    as the Spanish infinitive is ("acusó a Rusia de deportar"); "the risk of sending troops" stays a noun."""
    return tokens[i - 1].word == "of" and any(t.lemma in ACCUSING_LEMMAS for t in tokens[max(0, i - 8):i - 1])


_PLACE_OR_AIM = frozenset({"en", "in", "contra", "against", "por", "over"})


def headline_noun(tokens: list[Token], hit: Hit) -> bool:
    """A sentence-opening noun a place or an aim follows: "Protesta en Argentina por ...", "Protests in Caracas"."""
    return hit.start == 0 and hit.end < len(tokens) and tokens[hit.end].word in _PLACE_OR_AIM


def trade_noun(tokens: list[Token], hit: Hit, actor_end: set[int], language: str | None) -> bool:
    """English "imports", "exports", "trade", "funds" with no actor right before them: the nouns of a flow
    ("limited imports of beef", "trade with China"), not a state's act ("Russia imports", "imported")."""
    word, prev = tokens[hit.start].word, tokens[hit.start - 1].word if hit.start else ""
    if language != "en" or hit.start in actor_end or word not in (hit.key, f"{hit.key}s"):
        return False
    if word == hit.key and prev in VERB_LEADS:
        return False  # "will invest", "to trade": the verb
    # patterns that need words after the verb ("traded insults") say nothing about the bare noun
    families = {hit.info.verb_code[:2], *(p.code[:2] for p in hit.info.triggers if not p.after)} - {""}
    return families == {"06"}


def gerund(word: str) -> bool:
    return word.endswith(("ando", "iendo", "yendo"))


def bare_infinitive(tokens: list[Token], i: int, leads: set[int]) -> bool:
    """A Spanish infinitive that no verb, preposition or actor introduces ("cooperación militar")."""
    t = tokens[i]
    if i == 0 or not (t.word == t.lemma and t.word.endswith(("ar", "er", "ir"))):
        return False
    prev = tokens[i - 1]
    return prev.word not in INFINITIVE_LEADS and i not in leads and not prev.lemma.endswith(("ar", "er", "ir"))


# "patrol boats", "attack helicopters", "supply ships", "vote counts": a verb's base form naming a kind of thing
_COMPOUND_HEADS = frozenset({"boat", "boats", "vessel", "vessels", "ship", "ships", "aircraft", "plane", "planes",
                             "jet", "jets", "helicopter", "helicopters", "submarine", "submarines", "vehicle",
                             "vehicles", "craft", "drone", "drones", "convoy", "convoys", "group", "groups", "count",
                             "counts", "tally", "tallies"})


def _vehicle_modifier(tokens: list[Token], hit: Hit) -> bool:
    return hit.end - hit.start == 1 and hit.end < len(tokens) and tokens[hit.end].word in _COMPOUND_HEADS \
        and tokens[hit.start].word == tokens[hit.start].lemma


# "a bomber task force", "the air force", "security forces": "force" after these words is a body of troops
_FORCE_KINDS = frozenset({"task", "air", "naval", "armed", "security", "police", "military", "strike", "reaction",
                          "expeditionary", "peacekeeping", "special", "defence", "defense", "border", "ground",
                          "coalition", "quds", "rapid", "response", "occupation", "allied"})


def _force_noun(tokens: list[Token], hit: Hit) -> bool:
    return tokens[hit.start].word in ("force", "forces") and hit.start > 0 \
        and tokens[hit.start - 1].word in _FORCE_KINDS


# "a residential block", "his Moscow apartment block": "block" after these words is a building, not a blockade
_BLOCK_KINDS = frozenset({"apartment", "residential", "office", "housing", "tower", "tenement", "city", "cell",
                          "voting", "trade", "power"})


def _block_noun(tokens: list[Token], hit: Hit) -> bool:
    return tokens[hit.start].word in ("block", "blocks") and hit.start > 0 \
        and tokens[hit.start - 1].word in _BLOCK_KINDS


def noun_in_compound(tokens: list[Token], hit: Hit, language: str | None) -> bool:
    """An English verb form that is a noun inside a compound ("patrol boats", "a bomber task force")."""
    return language == "en" and (_vehicle_modifier(tokens, hit) or _force_noun(tokens, hit) or _block_noun(tokens, hit))


# "llamó a Putin para tratar el caso": an infinitive after these states a purpose or a time, not what is asked
NOT_CONTENT_INF = frozenset({"para", "sin", "tras", "al"})


def verb_form(marker: str, tokens: list[Token], p: int) -> bool:
    """A Spanish infinitive ("@inf") or an English gerund ("@ing") at ``p``."""
    t = tokens[p]
    if marker == "@ing":
        return t.word.endswith("ing") and t.word != t.lemma
    return t.word == t.lemma and t.word.endswith(("ar", "er", "ir")) \
        and not (p and tokens[p - 1].word in NOT_CONTENT_INF)
