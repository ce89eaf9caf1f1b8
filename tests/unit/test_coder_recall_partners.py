"""Text coder recall: where the partner of an agreement or the verb of a Spanish perfect hides.

Each class has sentences written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.actors import fold
from flows.normalize.coder import code_text
from flows.normalize.tokens import participle_lemma, tokenize


def roots(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, (e.target and e.target.country), e.cameo[:2]) for e in code_text(text, language=language)
            if not e.negated}


# An agreement whose purpose names the other party: "signed a deal to buy gas from Bolivia".
PURPOSE_PARTNER = [
    ("en", "Kenya signed a $300m contract to buy wheat from Ukraine.", ("KEN", "UKR", "05")),
    ("en", "Chile has signed a deal to import Argentine beef.", ("CHL", "ARG", "05")),
    ("en", "Ghana signed an accord to sell cocoa to Malaysia.", ("GHA", "MYS", "05")),
]


@pytest.mark.parametrize(("language", "text", "event"), PURPOSE_PARTNER)
def test_the_purpose_of_an_agreement_names_the_partner(language: str, text: str, event: tuple) -> None:
    assert event in roots(text, language)


def test_a_bare_purpose_stays_no_event() -> None:
    # The purpose clause alone is no act: "a plan to buy gas from Bolivia" with no agreement codes nothing.
    assert roots("Kenya drew up a plan to buy wheat from Ukraine.", "en") == set()


# A mutual act with no subject, whose parties follow "between"/"entre" (after words naming their organs).
BETWEEN_PARTIES = [
    ("es", "Ayer se firmó un acuerdo de pesca entre las autoridades marítimas de Chile y Perú.", {"CHL", "PER"}),
    ("es", "Se suscribió un convenio comercial entre Uruguay y Paraguay.", {"URY", "PRY"}),
    ("en", "An accord between the farm ministries of Kenya and Tanzania was signed in Nairobi.",
     {"KEN", "TZA"}),
]


@pytest.mark.parametrize(("language", "text", "parties"), BETWEEN_PARTIES)
def test_an_agreement_between_two_parties_binds_both(language: str, text: str, parties: set) -> None:
    a, b = sorted(parties)
    found = roots(text, language)
    assert (a, b, "05") in found and (b, a, "05") in found


def test_a_subject_still_leads_a_between_phrase() -> None:
    # Brazil acts; the pair after "between" is whom it acts on, never Brazil's own agreement.
    found = roots("Brazil condemned the fishing accord between Chile and Peru.", "en")
    assert ("BRA", "CHL", "05") not in found and ("BRA", "PER", "05") not in found


# Spanish perfect and passive: the participle after "ha", "han", "había", "fue" is a verb, even when the
# lemmatizer alone reads it as a noun ("enviado" an envoy, "pedido" an order).
PERFECT = [
    ("es", "Argentina ha enviado médicos y víveres a Bolivia.", ("ARG", "BOL", "07")),
    ("es", "Colombia le ha pedido ayuda a Ecuador.", ("COL", "ECU", "02")),
]


@pytest.mark.parametrize(("language", "text", "event"), PERFECT)
def test_a_spanish_perfect_keeps_its_verb(language: str, text: str, event: tuple) -> None:
    assert event in roots(text, language)


def test_a_participle_alone_keeps_its_own_lemma() -> None:
    text = "El enviado de Chile llegó; ha enviado una carta."
    lemmas = [t.lemma for t in tokenize(text, fold(text), "es")]
    assert lemmas[1] != "enviar"  # the envoy is a noun
    assert "enviar" in lemmas[6:]
    assert participle_lemma("aliadxyz") is None or participle_lemma("aliadxyz") != "aliadxyzar"


# Undotted initials before a noun qualify it as "U.S." does; in a subject's slot the next word stays a verb.
INITIALS = [
    ("en", "Chile rejected US charges that it had hidden the funds.", ("USA", "CHL", "11")),
    ("en", "Cuba condemned the new UK sanctions on Venezuela.", ("GBR", "VEN", "16")),
    ("en", "The US sanctions Cuba every year.", ("USA", "CUB", "16")),
    ("en", "The UK backs Kenya in the dispute.", ("GBR", "KEN", "05")),
]


@pytest.mark.parametrize(("language", "text", "event"), INITIALS)
def test_initials_before_a_noun_qualify_it(language: str, text: str, event: tuple) -> None:
    assert event in roots(text, language)
