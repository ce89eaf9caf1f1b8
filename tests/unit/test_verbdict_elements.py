"""A pattern element is kept as its parts, not multiplied out: it must still behave as the list of every
alternative (one phrase per part, in order) tried first to last, which is how the dictionaries read."""
from __future__ import annotations

import itertools
import random

import pytest

from flows.normalize import verbdict
from flows.normalize.tokens import Token
from flows.normalize.verbs import _find


def _multiplied_out(text: str, language: str) -> list[tuple]:
    """Every alternative of an element, in the order the dictionaries list them."""
    out = []
    for option in text.split("/"):
        parts = [verbdict._synset(p[1:], language) if p.startswith("&") else ((verbdict.words_of(p, language),),)
                 for p in option.split("_")]
        out += [sum(choice, ()) for choice in itertools.product(*parts) if sum(choice, ())]
    return out


def _first_match(alternatives: list[tuple], tokens: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    for p in range(lo, hi):
        for alt in alternatives:
            if p + len(alt) <= len(tokens) and all(
                    tokens[p + k].lemma in w or tokens[p + k].word in w for k, w in enumerate(alt)):
                return p, p + len(alt)
    return None


def _tokens(words: list[str]) -> list[Token]:
    return [Token(i, i + 1, w, w) for i, w in enumerate(words)]


def _texts(language: str) -> list[str]:
    """Elements made of the language's synonym sets (mid-sized: the check multiplies them out), with plain
    words, phrases of several words and a missing set."""
    synsets = verbdict._synsets(language)
    sets = sorted((n for n in synsets if 5 <= len(synsets[n]) <= 40), key=lambda n: (-len(synsets[n]), n))[:3]
    a, b, c = (f"&{n}" for n in sets)
    return [f"{a}_{b}", f"{a}_de_{b}/{c}", f"{c}/{a}_{b}", f"&no_such_set_{a}/{b}", "military_aid/troops"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_an_element_matches_like_its_alternatives_tried_in_order(language):
    rng = random.Random(18)
    for text in _texts(language):
        element = verbdict._element(text, language)
        assert not element.function_only  # those are matched differently (right after the verb)
        alternatives = _multiplied_out(text, language)
        assert alternatives, text
        assert element.firsts == frozenset().union(*(a[0] for a in alternatives))
        assert element.first_length == len(alternatives[0])
        assert element.function_only == (all(len(a) == 1 for a in alternatives)
                                         and element.firsts <= verbdict._closed_class())
        vocabulary = sorted({w for a in alternatives for words in a for w in words})
        for _ in range(200):  # sentences built from pieces of alternatives, so that prefixes match often
            words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 2))]
            for alt in rng.sample(alternatives, 2):
                words += [rng.choice(sorted(w)) for w in alt[:rng.randint(1, len(alt))]]
            tokens = _tokens(words)
            assert _find(element, tokens, 0, len(tokens), {}) == _first_match(alternatives, tokens, 0, len(tokens))


def test_an_element_without_any_alternative_is_dropped():
    assert verbdict._elements("&no_such_set $", "en") == (verbdict._element("$", "en"),)


def _phrase(*words: str) -> tuple:
    return tuple(frozenset({w}) for w in words)


def test_the_first_alternative_in_order_wins_even_when_a_longer_one_matches():
    """Choices of different lengths that all match: the one listed first decides where the element ends."""
    parts = ((_phrase("ayuda"), _phrase("ayuda", "militar")), (_phrase("militar"), _phrase("a")))
    for order in (parts, tuple(tuple(reversed(p)) for p in parts)):
        element = verbdict.Element("", (order,), order[0][0][0], False, 2)
        alternatives = [sum(choice, ()) for choice in itertools.product(*order)]
        for words in (["ayuda", "militar", "a"], ["ayuda", "a"], ["ayuda", "militar", "militar"], ["militar"]):
            tokens = _tokens(words)
            assert _find(element, tokens, 0, len(tokens), {}) == _first_match(alternatives, tokens, 0, len(tokens))
