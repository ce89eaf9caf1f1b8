"""Coder 0.3.23: two states declaring, forging, forming or launching a partnership or an alliance, or upgrading
their ties to one, cooperate diplomatically with each other (050 both ways); the dictionaries' rows for "forge
an alliance" name no reciprocal, so a joint subject had coded nothing. A negation inside a quoted modifier
("a "no limits" partnership") denies nothing; "Russia's opposition to NATO enlargement" is a stance, not the
Russian opposition. A negated criticism ("no ha condenado la invasión rusa") denies the criticism, not the invasion.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for e in code_text(text, language=language):
        if e.target is not None and e.source.country and e.target.country and not e.negated:
            found.setdefault((e.source.country, e.target.country), set()).add(e.cameo)
    return found


@pytest.mark.parametrize(("text", "language"), [
    ("Ghana and Kenya forged a strategic partnership.", "en"),
    ("Ghana and Kenya formed an alliance.", "en"),
    ("Ghana and Kenya upgraded their ties to a comprehensive strategic partnership.", "en"),
    ("Ghana announced a partnership with Kenya.", "en"),
    ("Ghana y Kenia establecieron una asociación estratégica.", "es"),
    ("Ghana y Kenia elevaron sus relaciones a una asociación estratégica integral.", "es"),
])
def test_a_partnership_formed_is_cooperation_both_ways(text: str, language: str) -> None:
    pairs = _pairs(text, language)
    assert "050" in pairs.get(("GHA", "KEN"), set()) and "050" in pairs.get(("KEN", "GHA"), set())


def test_a_quoted_no_is_a_modifier_not_a_negation() -> None:
    pairs = _pairs('Ghana and Kenya declared a "no limits" partnership at a meeting in Accra.', "en")
    assert "050" in pairs.get(("GHA", "KEN"), set())
    assert any(c.startswith("04") for c in pairs[("GHA", "KEN")])  # the meeting is not negated


def test_quoted_speech_keeps_its_negation() -> None:
    events = code_text('Ghana said it "will not send troops" to Kenya.', language="en")
    assert all(e.negated for e in events if e.cameo.startswith("07"))


def test_a_state_s_opposition_to_something_is_its_stance_not_its_opposition() -> None:
    from flows.normalize.actors import find_actors

    found = [(m.country, m.sector) for m in find_actors("Ghana backed Kenya's opposition to the plan.", language="en")]
    assert ("KEN", "OPP") not in found
    kept = [(m.country, m.sector) for m in find_actors("Kenya's opposition called for protests.", language="en")]
    assert kept == [("KEN", "OPP")]


@pytest.mark.parametrize(("text", "language"), [
    ("Ghana no ha condenado la invasión keniana de Uganda.", "es"),
    ("Ghana has not condemned Kenya's invasion of Uganda.", "en"),
])
def test_not_condemning_an_invasion_leaves_the_invasion_standing(text: str, language: str) -> None:
    events = code_text(text, language=language)
    invasion = [e for e in events if e.cameo.startswith("19")]
    assert [(e.source.country, e.target.country, e.negated) for e in invasion] == [("KEN", "UGA", False)]
    assert all(e.negated for e in events if e.cameo.startswith("11"))


@pytest.mark.parametrize(("text", "language"), [
    ("Cuba and Ghana launched a joint biotechnology plant.", "en"),
    ("Cuba and Ghana opened a joint laboratory.", "en"),
    ("Pusieron en marcha Cuba y Ghana una planta conjunta de biotecnología.", "es"),
    ("Cuba y Ghana abrieron una empresa mixta.", "es"),
])
def test_a_joint_plant_or_venture_is_economic_cooperation_both_ways(text: str, language: str) -> None:
    pairs = _pairs(text, language)
    assert "061" in pairs.get(("CUB", "GHA"), set()) and "061" in pairs.get(("GHA", "CUB"), set())


def test_states_striking_jointly_do_not_strike_each_other() -> None:
    pairs = _pairs("Ghana and Togo carried out joint air strikes.", "en")
    assert not any(c.startswith("19") for c in pairs.get(("GHA", "TGO"), set()) | pairs.get(("TGO", "GHA"), set()))
    assert "062" in pairs.get(("GHA", "TGO"), set())  # they cooperate militarily


def test_a_long_name_between_a_reporting_verb_and_its_own_object_keeps_the_act() -> None:
    """Coder 0.3.23: "declared" is a reporting verb unless a project row names its object; a long name ("Brazilian
    President Luiz Inacio Lula da Silva") between them had hidden the object, so the expulsion was read as speech."""
    pairs = _pairs("Chile declared Brazilian President Luiz Inacio Lula da Silva persona non grata.", "en")
    assert pairs.get(("CHL", "BRA")) == {"161"}
