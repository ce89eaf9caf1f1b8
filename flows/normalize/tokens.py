"""Words of a sentence with their lemmas: the units the verb lexicon and the sparse parse work on.

A token keeps its character span in the sentence (the folded copy has the same length), its folded
surface form and its folded lemma. Lemmas come first from the verb dictionaries' own irregular forms
(``sent`` -> ``send``) and a short list of the project's corrections (``data/lemma_overrides.csv``:
forms the lemmatizer gets wrong, "thanked" -> "thanke"), then from ``simplemma``, a maintained dictionary
lemmatizer without dependencies that covers English and Spanish alike (lemminflect would cover English only). Each
distinct word is lemmatized once: a bounded cache keeps memory flat on long streams. The lexicon's own words
are lemmatized when the lexicon is built (``lexicon/lemmas_<lang>.tsv``, simplemma's answers written by
``scripts/lexicon_verbs.py``), and so are the project's own trigger and object words
(``lexicon/project_lemmas_<lang>.tsv``, ``scripts/project_lemmas.py``), so loading a language does not lemmatize
thousands of entries.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from flows.normalize.gazetteer import fold
from flows.normalize.lexicon_files import read_tsv

LANGUAGES = ("en", "es")
LEMMA_CACHE = 200_000  # distinct (word, language) pairs kept; news vocabulary fits well inside
# Acronyms with dots ("u.s.", "ee.uu."), numbers ("2,000"), words with inner hyphens ("tu-160", "s-300"),
# the possessive "'s" on its own, then any other non-space character (punctuation is a token too).
_TOKEN = re.compile(r"(?:[^\W\d_]{1,2}\.){2,}|\d+(?:[.,]\d+)*|\w+(?:[-/]\w+)*(?:'(?!s\b)\w+)?|'s\b|\$|[^\w\s]")


class Token(NamedTuple):  # a tuple: every word of every sentence is one, and tuples are built fastest
    start: int
    end: int
    word: str  # folded surface form
    lemma: str  # folded lemma


@cache
def _irregular_forms(language: str) -> dict[str, str]:
    """The dictionaries' irregular forms, then the project's corrections of the lemmatizer (which win)."""
    from flows.normalize.gazetteer import read_data

    forms = {row["form"]: row["lemma"] for row in read_tsv(f"verb_forms_{language}.tsv")}
    forms.update({fold(r["form"]): fold(r["lemma"]) for r in read_data("lemma_overrides.csv")
                  if r["language"] == language})
    return forms


@cache
def _closed_class() -> frozenset[str]:
    from flows.normalize.modality import cue_words

    return cue_words("closed_class")


@cache
def _lemmatizer():
    from flows.normalize.lemmadicts import lemmatize  # imported on first use: dictionaries load lazily per language

    return lemmatize


@cache
def _lexicon_lemmas(language: str) -> dict[str, str]:
    """simplemma's lemmas of the lexicon's words, as the lexicon build and ``scripts/project_lemmas.py`` wrote them."""
    return {row["word"]: row["lemma"] for name in (f"lemmas_{language}.tsv", f"project_lemmas_{language}.tsv")
            for row in read_tsv(name)}


@lru_cache(maxsize=LEMMA_CACHE)
def lemma(word: str, language: str) -> str:
    """Folded lemma of one lower-case word (accents kept in the input: Spanish needs them)."""
    folded = fold(word)
    if language not in LANGUAGES or not word[:1].isalpha() or folded in _closed_class():
        return folded
    irregular = _irregular_forms(language).get(folded)
    if irregular is not None:
        return irregular
    found = _lexicon_lemmas(language).get(word)
    return fold(found if found is not None else lemmatizer_lemma(word, language))


def lemmatizer_lemma(word: str, language: str) -> str:
    """simplemma's lemma of one lower-case word, unfolded; Spanish words written without their accent
    are retried with it."""
    found = _lemmatizer()(word, language).lower()
    if found == word and language == "es":
        found = _with_accent(word) or found
    return found


ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def _with_accent(word: str) -> str | None:
    """Lemma of a Spanish word written without its accent ("pidio" -> "pidió" -> "pedir"), if one is known."""
    if any(c in word for c in "áéíóú"):
        return None
    for i in range(len(word) - 1, -1, -1):
        if word[i] in ACCENTED:
            variant = word[:i] + ACCENTED[word[i]] + word[i + 1:]
            found = _lemmatizer()(variant, "es").lower()
            if found != variant:
                return found
    return None


def tokenize(sentence: str, folded: str, language: str) -> list[Token]:
    """Tokens of one sentence; ``folded`` is ``fold(sentence)`` (same length)."""
    out: list[Token] = []
    auxiliaries = _perfect_auxiliaries() if language == "es" else frozenset()
    for m in _TOKEN.finditer(folded):
        start, end = m.span()
        word = m.group()
        found = lemma(sentence[start:end].lower(), language)
        if out and out[-1].word in auxiliaries and found == word:
            found = participle_lemma(word) or found
        out.append(Token(start, end, word, found))
    return out


@cache
def _perfect_auxiliaries() -> frozenset[str]:
    from flows.normalize.modality import cue_words

    return cue_words("perfect_aux", "es")


_PARTICIPLE = re.compile(r"(\w+?)(ad|id)[oa]s?")


@lru_cache(maxsize=4096)
def participle_lemma(word: str) -> str | None:
    """"enviado" after "ha" is the verb "enviar", though alone the lemmatizer reads the noun (an envoy);
    likewise "pedido" (an order). The infinitive is taken only when the lemmatizer knows it."""
    m = _PARTICIPLE.fullmatch(word)
    if m is None:
        return None
    from flows.normalize.lemmadicts import is_known

    for ending in ("ar",) if m.group(2) == "ad" else ("ir", "er"):
        if is_known(m.group(1) + ending, "es"):
            return m.group(1) + ending
    return None


def spanish_future(token: Token, sentence: str = "") -> bool:
    """"enviará", "enviarían": the Spanish future and conditional are the infinitive plus an ending. With
    accents folded the future "enviará" is the past subjunctive "enviara" ("después de que Rusia enviara"):
    a ``sentence`` that writes accents anywhere tells them apart."""
    ending = token.word[len(token.lemma):]
    if not (token.lemma.endswith(("ar", "er", "ir")) and token.word.startswith(token.lemma)
            and ending in ("a", "an", "e", "ia", "ian", "emos", "iamos")):
        return False
    return ending not in ("a", "an") or not _ACCENTED.search(sentence) \
        or sentence[token.start + len(token.lemma)] in "áÁ"


_ACCENTED = re.compile(r"[áéíóúÁÉÍÓÚ]")
