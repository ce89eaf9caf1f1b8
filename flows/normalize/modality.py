"""Cues around a trigger: negation ("did not send", "no envió"), modality ("plans to", "prometió",
"will") and the confidence of a coded event. The cue words live in ``data/cues.csv``."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from flows.normalize.gazetteer import alternatives, fold, read_data

if TYPE_CHECKING:
    from flows.normalize.actors import ActorMention
    from flows.normalize.roles import Act
    from flows.normalize.tokens import Token

_CLAUSE_PUNCT = re.compile(r"[,;:]")
_STRONG_PUNCT = re.compile(r"[;:]")
CERTAINTY = {"country": 1.0, "leader": 1.0, "official": 0.95, "military": 0.95, "igo": 0.95, "firm": 0.9,
             "legislature": 0.9, "opposition": 0.9, "seat": 0.85, "capital": 0.85, "demonym": 0.75}


@cache
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    """(kind, language, folded words) of each row of cues.csv, read once for the ~50 kinds asked for."""
    return tuple((r["kind"], r["language"], fold(r["words"])) for r in read_data("cues.csv"))


@cache
def cue_words(kind: str, language: str | None = None) -> frozenset[str]:
    """Words of one kind in cues.csv (negation, modal, passive, not_subject, ...); ``language`` None: all."""
    rows = [words for row_kind, row_language, words in _cue_rows()
            if row_kind == kind and (language is None or row_language in (language, "any"))]
    return frozenset(w for words in rows for w in alternatives(words))


@cache
def cue_regex(kind: str, suffix: str = "", edge: str = r"\b", language: str | None = None) -> re.Pattern[str]:
    words = sorted(cue_words(kind, language), key=len, reverse=True)
    return re.compile(rf"{edge}(?:{'|'.join(words)}){edge}{suffix}")


def find_cue(rx: re.Pattern[str], folded: str, lo: int, hi: int) -> int | None:
    window = _CLAUSE_PUNCT.split(folded[max(lo, hi - 45):hi])[-1]
    m = rx.search(window)
    return hi - len(window) + m.start() if m else None


def confidence(t: Act, specific: bool, src: ActorMention, tgt: ActorMention, penalty: float) -> float:
    """Higher for a specific pattern and named states; lower for metonyms, guesses, long gaps."""
    gap_src = t.start - src.end if src.end <= t.start else src.start - t.last_end
    penalty += 0.1 * (gap_src > 80) + 0.1 * (tgt.start - t.last_end > 80)
    sure = CERTAINTY.get(src.kind, 0.8) + CERTAINTY.get(tgt.kind, 0.8)
    score = 0.3 + 0.25 * (1.0 if specific else 0.5) + 0.2 * sure
    return round(min(1.0, max(0.05, score - penalty)), 2)


_WEIGHED_FIRST = re.compile(r"\s*(?:estudian?|evaluan?|analizan?|sopesan?|barajan?|contemplan?|consideran?)\s")
_INFINITIVE = re.compile(r"\b\w+[aei]r\b")


def unreal(folded: str, tokens: list[Token], trig_start: int, act: Act, cue_lo: int, language: str) -> bool:
    """The trigger reports no act: advice, duty or capacity before it ("should back", "capable of hitting"), or
    what analysts or experts say a state could do;
    a nominal event inside a purpose ("a mission to end the killing"), after "without", or said after it
    not to have happened ("a visit ... was under consideration")."""
    if find_cue(cue_regex("unreal", language=language), folded, cue_lo, act.start) is not None:
        return True
    if language == "es" and _WEIGHED_FIRST.match(folded, act.lo) and _INFINITIVE.search(folded, act.start, act.end):
        return True  # "Estudia Chile imponer aranceles": a verb of weighing opens the clause, its subject after it
    if language == "en" and act.family < "09" and not act.nominal \
            and find_cue(cue_regex("speculation", language=language), folded, cue_lo, act.start) is not None:
        return True
    if cue_regex("unreal_que", r"\s+(?:[^\s.;]+\s+){0,5}$").search(folded[max(0, act.start - 80):act.start]):
        return True
    possibility = cue_regex("possibility", language=language)
    if (find_cue(possibility, folded, cue_lo, act.start) is not None or possibility.match(folded, act.start)) \
            and cue_regex("pundits", language=language).search(folded) is not None:
        return True  # "Analysts said North Korea could fire ...", "Analistas creen que Rusia podría aumentar ..."
    gerund = language == "en" and folded[act.start:act.end].endswith("ing")  # "stop the fighting and looting"
    if not (act.nominal or gerund):
        return False
    if cue_regex("without", r"\s+(?:\S+\s+){0,2}$", language=language).search(folded[max(0, act.start - 40):act.start]):
        return True
    after = _STRONG_PUNCT.split(folded[act.last_end:act.last_end + 120])[0]
    if cue_regex("unreal_after", language=language).search(after):
        return True
    return _in_purpose(tokens, trig_start, language)


_TO_NOUNS = frozenset({"response", "answer", "reply", "reprisal", "retaliation", "reaction", "objection", "opposition",
                       "threat", "challenge", "visit", "trip", "access", "aid", "support", "respuesta"})


def _in_purpose(tokens: list[Token], i: int, language: str) -> bool:
    """"to end the looting", "para poner fin a las protestas": an infinitive governs the noun."""
    for k in range(i - 1, max(-1, i - 6), -1):
        word, verb = tokens[k].word, tokens[min(k + 1, i - 1)]
        if word in (",", ";", "."):
            return False
        if k == i - 1:
            continue
        bare = verb.word == verb.lemma and verb.word.isalpha() and verb.word not in cue_words("closed_class")
        # "in response to Washington's sanctions", "a reply to Chinese drills": "to" begins a noun phrase
        noun_phrase = tokens[k + 2].word == "'s" or (k and tokens[k - 1].word in _TO_NOUNS)
        if word in ("to", "para") and bare and not noun_phrase \
                and (language != "es" or verb.word.endswith(("ar", "er", "ir"))):
            return True
    return False


_PLAIN_FUTURE = re.compile(r"(?:will|would|'ll|va a|van a)\b")
_CONDITION = re.compile(r"\b(?:if|unless|should|si|a menos que|en caso de que)\b")


def announced_measure(folded: str, act: Act, modal: int) -> bool:
    """A sanction or expulsion in a plain future ("will expel", "would reimpose sanctions", "expulsará") with no
    condition after it: the measure itself, as announced, not a threat (13x) of it."""
    plain = modal == act.start or _PLAIN_FUTURE.match(folded, modal) is not None
    after = re.split(r"[.;]", folded[act.end:act.end + 100])[0]  # a condition may open the next clause
    return act.family == "16" and plain and _CONDITION.search(after) is None
