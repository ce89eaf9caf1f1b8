"""Text coder, coder 0.3.34: Spanish "lo que" (what) opens no relative clause on the object.

"Pakistán bombardeó lo que describió como escondites de militantes en la provincia iraní de Sistán": the strike
is on Iran (195) as with English "struck what it called militant hideouts in Iran's province"; before, "lo que"
read as a relative clause and its actors as no target. A relative clause on the object still holds none (a
guard).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def test_what_the_striker_named_lies_in_the_target_state() -> None:
    found = {(e.source.country, e.target and e.target.country, e.cameo[:2])
             for e in code_text("Pakistán bombardeó lo que describió como escondites de militantes en la provincia "
                                "iraní de Sistán y Baluchistán.", dt.date(2024, 1, 18), "es")}
    assert found == {("PAK", "IRN", "19")}


def test_a_relative_clause_on_the_object_still_holds_no_target() -> None:
    found = {(e.source.country, e.target and e.target.country)
             for e in code_text("Rusia rechazó una propuesta que abría la puerta a sanciones contra Irán.",
                                dt.date(2024, 1, 18), "es")}
    assert ("RUS", "IRN") not in found
