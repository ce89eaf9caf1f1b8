"""Text coder recall: officials named by surname alone, and "the two countries".

Sentences written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text
from flows.normalize.surnames import offices_of


def dyads(text: str, language: str, on: dt.date | None = None) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, (e.target and e.target.country), e.cameo[:2]) for e in code_text(text, on, language)
            if not e.negated}


# The dictionaries hold these people under full names only; the surname alone names the office holder.
SURNAME_ALONE = [
    ("en", "Albright accused Sudan of sheltering militants.", ("USA", "SDN", "11")),
    ("en", "Primakov sharply criticised Japan on Friday.", ("RUS", "JPN", "11")),
    ("en", "Mr Straw urged Iran to suspend enrichment.", ("GBR", "IRN", "02")),
    ("es", "Primakov criticó duramente a Japón el viernes.", ("RUS", "JPN", "11")),
]


@pytest.mark.parametrize(("language", "text", "event"), SURNAME_ALONE)
def test_an_undated_surname_is_the_most_recent_office_holder(language: str, text: str, event: tuple) -> None:
    assert offices_of("primakov") is not None and offices_of("lavrov") is None  # "lavrov" is a phrase itself
    assert event in dyads(text, language)


def test_a_surname_outside_every_tenure_names_nobody() -> None:
    # Dated before anyone of that name held office: no actor, so no event.
    assert dyads("Primakov sharply criticised Japan on Friday.", "en", dt.date(1960, 5, 6)) == set()


@pytest.mark.parametrize("text", [
    "Jerome Albright accused Sudan of sheltering militants.",  # another person's full name
    "Rice exports to Japan fell sharply after Thailand cut prices.",  # an ordinary word
])
def test_a_surname_inside_another_name_or_an_ordinary_word_is_no_official(text: str) -> None:
    assert not {d for d in dyads(text, "en") if "USA" in d[:2]}


# "the two countries", "ambos países": the two states the sentence names, else the last two named before it.
PAIR_PHRASES = [
    ("en", "Last year the two countries signed a gas deal that covers half of Latvia's needs from Norway.",
     {"LVA", "NOR"}),
    ("en", "Kenya and Tanzania are neighbours. On Monday both governments signed a fishing accord.", {"KEN", "TZA"}),
    ("es", "Hungría y Austria tienen una larga frontera. Ayer ambos países firmaron un acuerdo energético.",
     {"AUT", "HUN"}),
]


@pytest.mark.parametrize(("language", "text", "parties"), PAIR_PHRASES)
def test_the_two_countries_are_the_two_states_named(language: str, text: str, parties: set) -> None:
    a, b = sorted(parties)
    found = dyads(text, language)
    assert (a, b, "05") in found and (b, a, "05") in found


def test_the_two_countries_with_a_third_state_after_them_stays_unresolved() -> None:
    # Nothing before names the pair, and three states follow: no safe reading, so no event.
    assert dyads("The two countries signed a deal on gas from Norway, Latvia and Estonia.", "en") == set()


def test_the_soviet_union_is_russia_within_its_dates() -> None:
    text = "Japan accused the Soviet Union of violating its airspace."
    assert ("JPN", "RUS", "11") in dyads(text, "en", dt.date(1983, 9, 2))
    assert ("RUS", "HUN", "07") in dyads("La URSS envió tanques a Hungría.", "es", dt.date(1956, 11, 1))


@pytest.mark.parametrize(("language", "text", "event", "wrong"), [
    ("es", "Tras una escala en Lima, Kerry viajó a Pekín.", ("USA", "CHN", "04"), ("PER", "CHN", "04")),
    ("en", "After a stop in Ghana, Nigeria sent aid to Chad.", ("NGA", "TCD", "07"), ("GHA", "TCD", "07")),
])
def test_a_comma_alone_joins_no_subjects(language: str, text: str, event: tuple, wrong: tuple) -> None:
    # The comma closes a fronted clause; "A, B and C" lists still join (the conjunction says so).
    found = dyads(text, language)
    assert event in found and wrong not in found
    assert {("MEX", "CHL", "07"), ("ARG", "CHL", "07"), ("PER", "CHL", "07")} <= dyads(
        "Mexico, Argentina and Peru sent aid to Chile.", "en")


def test_civilians_act_by_protest_only() -> None:
    # A group with no office protesting against a government is an event (as the field codes it);
    # its travel is not.
    protest = code_text("Los jóvenes protestan contra el gobierno de Perú.", None, "es")
    assert [(e.source.sector, (e.target and e.target.country), e.cameo[:2]) for e in protest] == [("CVL", "PER", "14")]
    assert code_text("Russian tourists visited Havana in record numbers.", None, "en") == []


@pytest.mark.parametrize(("language", "text", "event"), [
    ("en", "The Ghanaian minister, speaking in Accra, said his government would lend Togo $20 million.",
     ("GHA", "TGO", "03")),
    ("es", "El ministro chileno, de visita en Lima, dijo que su gobierno prestará 20 millones de dólares a Haití.",
     ("CHL", "HTI", "03")),
])
def test_his_country_is_the_speakers_state(language: str, text: str, event: tuple) -> None:
    found = code_text(text, None, language)
    assert event in {(e.source.country, (e.target and e.target.country), e.cameo[:2]) for e in found}
    assert all(e.source.country for e in found)  # not a government of no country
