"""Words the trigger finder reads past: fixed phrases whose words are never event words ("a lo largo de",
"in response to"; cue kind ``locution``) and the time words that may stand between a verb and the rest of
its pattern ("calificó este lunes de")."""
from __future__ import annotations

import re
from functools import cache

from flows.normalize.amounts import amount_words
from flows.normalize.gazetteer import read_data
from flows.normalize.modality import cue_words
from flows.normalize.tokens import Token


def _by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples by their first word, longest first."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase.split()[0], []).append(tuple(phrase.split()))
    return {first: tuple(sorted(all_, key=len, reverse=True)) for first, all_ in found.items()}


@cache
def _locutions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Fixed phrases (``cues.csv``, kind ``locution``): "a lo largo de"; "dejó de enviar": "dejar de" leads the verb
    after it (which it halts), it is no act of its own."""
    return _by_first_word(cue_words("locution") | cue_words("halt_lead", "es"))


@cache
def _again_leads() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by_first_word(cue_words("again_lead", "es"))


def in_locutions(tokens: list[Token]) -> set[int]:
    """Tokens inside a fixed phrase: "largo" in "a lo largo de" is no verb of letting go; "volvió a" before an
    infinitive says "again" (cue kind ``again_lead``), the act is the infinitive's, no return."""
    inside: set[int] = set()
    for i, token in enumerate(tokens):
        for words in _locutions().get(token.word, ()):
            if tuple(t.word for t in tokens[i:i + len(words)]) == words:
                inside.update(range(i, i + len(words)))
                break
        if token.word == "de" and i + 2 < len(tokens) and tokens[i + 1].word in _MANNER \
                and tokens[i + 2].word != "que":
            inside.update(range(i, i + 3))  # "de forma definitiva": a manner; "forma" is no verb of forming
        for words in _again_leads().get(token.word, ()):
            n = i + len(words)
            if tuple(t.word for t in tokens[i:n]) == words and n < len(tokens) and INFINITIVE.search(tokens[n].word):
                inside.update(range(i, n))
                break
    return inside


_MANNER = frozenset({"forma", "manera", "modo"})  # "de forma definitiva", "de manera unilateral"


# words that join the parts of an institution's name: "Conferencia de Desarme", "Conference on Disarmament"
_NAME_LINKS = frozenset({"de", "del", "la", "las", "los", "para", "of", "on", "for", "the"})


def name_parts(sentence: str, tokens: list[Token]) -> frozenset[int]:
    """Capitalised words inside a name after a linking word ("la Conferencia de Desarme", "the Department of
    Defense"): the name's, no verb or event noun of the sentence."""
    parts = set()
    for i in range(2, len(tokens)):
        if not sentence[tokens[i].start].isupper():
            continue
        j = i - 1
        while j > 0 and tokens[j].word in _NAME_LINKS and not sentence[tokens[j].start].isupper():
            j -= 1
        if j < i - 1 and sentence[tokens[j].start].isupper():
            parts.add(i)
    return frozenset(parts)


INFINITIVE = re.compile(r"(?:ar|er|ir)(?:se|lo|la|le|los|las|les)?$")  # a Spanish infinitive, clitic or not


@cache
def time_words() -> frozenset[str]:
    """Days, months and "today"-words: a time phrase may stand between a verb and its preposition."""
    rows = [r["words"] for r in read_data("name_words.csv") if r["kind"] == "calendar"]
    return frozenset(w for words in rows for w in words.split("|")) | {"hoy", "ayer", "today", "yesterday"}


_TIME_LEADS = frozenset({"on", "in", "this", "last", "early", "late", "en", "este", "esta"})
_PERIODS = frozenset({"week", "month", "year", "weekend"})  # after a lead: "last week", "this month"


def time_phrase_end(tokens: list[Token], pos: int, hi: int) -> int:
    """One past a time phrase at ``pos`` ("on Friday", "in March 2023", "last week", "in 2023", "este lunes"), else
    ``pos``: it may stand between a verb and what it governs ("agreed in March 2023 to restore relations")."""
    lead = pos + 1 if tokens[pos].word in _TIME_LEADS else pos
    if lead >= hi:
        return pos
    word = tokens[lead].word
    if not (word in time_words() or (lead > pos and (word in _PERIODS or _YEAR.fullmatch(word)))):
        return pos
    end = lead + 1
    while end < hi and (_YEAR.fullmatch(tokens[end].word) or _DAY.fullmatch(tokens[end].word)):
        end += 1  # "March 2023", "May 14"
    return end


def place_end(tokens: list[Token], pos: int, hi: int) -> int:
    """One past "in" and one word right before "to" ("agreed in Geneva to", "agreed in principle to"), else ``pos``:
    the place (or manner) of the act, not what the verb governs."""
    if pos + 2 < hi and tokens[pos].word == "in" and tokens[pos + 1].word.isalpha() and tokens[pos + 2].word == "to" \
            and tokens[pos + 1].word not in _NOT_PLACES:
        return pos + 2
    return pos


_NOT_PLACES = frozenset({"the", "a", "an", "its", "their", "his", "her", "order", "response", "return", "addition"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY = re.compile(r"[1-9]|[12]\d|3[01]")


# where words were agreed or said: "agreed at a summit in Tokyo to", "pledged during talks with Kiir to"
_SETTING_PREPS = frozenset({"at", "during", "in", "en", "durante"})
_SETTING_NOUNS = frozenset({"summit", "meeting", "talks", "conference", "negotiations", "call", "cumbre", "reunion",
                            "encuentro", "conversacion", "conversaciones", "negociaciones", "conferencia", "llamada",
                            "videoconferencia", "videollamada"})
_SETTING_ADJECTIVES = frozenset({"telefonica", "virtual", "bilateral", "privada"})  # after a Spanish noun


def setting_end(tokens: list[Token], pos: int, hi: int) -> int:
    """One past a meeting named as the setting at ``pos`` ("at their summit", "during talks in Geneva"), or ``pos``
    when none stands there; two words at most (articles, adjectives) come before the meeting noun."""
    if pos >= hi or tokens[pos].word not in _SETTING_PREPS:
        return pos
    for k in range(pos + 1, min(hi, pos + 4)):
        if tokens[k].word in _SETTING_NOUNS:
            k += k + 1 < hi and tokens[k + 1].word in _SETTING_ADJECTIVES
            place = k + 2 < hi and tokens[k + 1].word in ("in", "en") and tokens[k + 2].word.isalpha()
            return k + 3 if place else k + 1
        if not tokens[k].word.isalpha():
            break
    return pos


def setting_spans(tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Character spans of the meetings named as settings in tokens[lo:hi]: their nouns are no object of the act
    ("agreed at a summit to expand defence ties" is about defence, not about meeting)."""
    return [(tokens[i].start, tokens[end - 1].end) for i in range(lo, hi) if (end := setting_end(tokens, i, hi)) > i]


_AMOUNT_LEADS = frozenset({"worth", "of", "totalling", "totaling", "de", "por", "valued", "valorado", "valorada",
                           "valorados", "valoradas", "at", "en", "valor"})
_PLURAL_SCALES = frozenset({"millions", "billions", "millones", "miles"})  # "worth millions" is a sum on its own
# words of a sum the converter reads only inside longer forms: "us" of "US$" (split by the tokenizer), a singular
# dollar, pesos of no named country
_SUM_WORDS = frozenset({"us", "dollar", "dolar", "pesos"})


@cache
def _sum_words() -> frozenset[str]:
    return amount_words() | _SUM_WORDS


def amount_end(tokens: list[Token], pos: int, hi: int) -> int:
    """Past a sum that follows a noun ("aid worth $200 million to", "una ayuda de 5.000 millones de dólares para",
    "valued at $1 billion"): ``pos`` itself when no figure with its scale or currency starts there."""
    end, units_of = pos, _sum_words()
    while end < hi and tokens[end].word in _AMOUNT_LEADS and end - pos < 3:
        end += 1
    digits = units = 0
    while end < hi:
        word = tokens[end].word
        if word[:1].isdigit():
            digits += 1
        elif word in units_of or word in _PLURAL_SCALES:
            units += 1 + (word in _PLURAL_SCALES)
        elif not (word == "de" and end + 1 < hi and tokens[end + 1].word in units_of):
            break  # "de" only inside the sum: "5.000 millones de dólares"
        end += 1
    return end if (digits and units) or units > 1 else pos  # a bare figure is a year or a count: "en 2019"
