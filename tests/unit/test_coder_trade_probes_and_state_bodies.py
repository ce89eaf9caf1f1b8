"""Text coder, coder 0.3.30: trade probes told at length, and state bodies named in full.

"Chile abrió una investigación por dumping sobre la harina de trigo importada de Argentina", "... sobre las
importaciones de neumáticos para camiones y autobuses procedentes de China": the goods probed and where they come
from may stand further from the probe than before, and the origin is still its target. "La Comisión Nacional de
Distorsiones de Chile" is Chile's body (a name that starts with a state body's word keeps its country), and
"South Africa's International Trade Administration" is South Africa's (a capitalised name between the owner and
the body's noun).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_probe_of_goods_imported_from_a_state_after_a_longer_gap() -> None:
    events = triples("Perú abrió una investigación por dumping sobre la harina de trigo importada de Argentina.", "es")
    assert ("PER", "ARG", "090") in events


def test_probe_of_imports_whose_origin_comes_late() -> None:
    events = triples("Colombia abrió una investigación antidumping sobre las importaciones de neumáticos para camiones "
                     "y autobuses procedentes de China.", "es")
    assert ("COL", "CHN", "090") in events


def test_a_state_body_named_in_full_keeps_its_country() -> None:
    events = triples("La Comisión Nacional de Distorsiones de Chile abrió una investigación antidumping sobre el "
                     "azúcar importado de Brasil.", "es")
    assert ("CHL", "BRA", "090") in events


def test_a_place_inside_another_name_stays_no_actor() -> None:
    events = triples("La Fundación Amigos de Chile abrió una investigación sobre el azúcar importado de Brasil.", "es")
    assert not any(s == "CHL" for s, _, _ in events)


def test_a_capitalised_body_name_after_the_owners_possessive() -> None:
    events = triples("Kenya's International Trade Administration launched an anti-dumping investigation into steel "
                     "imports from India.", "en")
    assert ("KEN", "IND", "090") in events
