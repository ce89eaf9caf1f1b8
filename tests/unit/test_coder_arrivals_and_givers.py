"""Text coder, coder 0.3.32: what arrives and who gave it.

- Spanish verb-first arrivals: in "Llegó a La Habana un avión ruso" the place after the trigger's own "a" is
  where the plane went, and the actor after it is the subject (it was read as the subject before).
- What arrives is the arrival's subject, so the goods it carries decide the code: "A shipment of Chinese
  vaccines arrived in Managua" is aid (073), not a visit (042).
- Goods whose giver the words after them name: "vaccines donated by Japan arrived in", "tanks from Germany
  have arrived in", "recibió dosis donadas por India": the giver gives to the state reached or receiving.
  A leader arriving stays a visit; people "from" a state who arrive name no giver.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_spanish_verb_first_arrival_keeps_its_subject() -> None:
    events = triples("Llegó a La Habana un avión ruso con 40 toneladas de medicinas.", "es")
    assert ("RUS", "CUB", "073") in events
    assert not any(src == "CUB" for src, _, _ in events)


def test_goods_in_the_subject_make_an_arrival_aid() -> None:
    events = triples("A shipment of Chinese vaccines arrived in Managua on Tuesday.", "en")
    assert ("CHN", "NIC", "073") in events
    assert ("CHN", "NIC", "042") not in events


def test_goods_donated_by_a_state_arrive() -> None:
    events = triples("Vaccines donated by Japan arrived in Bolivia on Tuesday.", "en")
    assert ("JPN", "BOL", "073") in events


def test_tanks_from_a_state_arrive() -> None:
    events = triples("The first tanks from Poland have arrived in Ukraine, the defence ministry said.", "en")
    assert ("POL", "UKR", "072") in events


def test_spanish_goods_donated_arrive_after_the_verb() -> None:
    assert ("CHN", "NIC", "073") in triples("Llegaron a Managua las vacunas donadas por China.", "es")


def test_received_goods_given_by_a_state() -> None:
    assert ("IND", "PRY", "073") in triples("Paraguay recibió 100.000 dosis de vacunas donadas por India.", "es")
    assert ("CHN", "VEN", "073") in triples("Venezuela received 500,000 vaccines donated by China.", "en")


def test_a_leader_arriving_is_a_visit() -> None:
    assert ("RUS", "VEN", "042") in triples("Russian Foreign Minister Sergei Lavrov arrived in Caracas on Monday.",
                                            "en")


def test_people_from_a_state_name_no_giver() -> None:
    events = triples("Migrants from Venezuela arrived in Chile on Tuesday.", "en")
    assert not any(src == "VEN" and code.startswith("07") for src, _, code in events)
