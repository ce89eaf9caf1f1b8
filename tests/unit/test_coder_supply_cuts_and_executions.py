"""Text coder, coder 0.3.26: gas and fuel cut off, export controls, executions, aid cut, missiles slamming into,
goods a state donated ("U.S.-donated food" names no target).

- "cut off gas to Poland", "cortó el gas a Ucrania": stopping gas, fuel, electricity or grain is stopping
  economic supplies (1621), as stopping oil already was;
- "tightened controls on exports to South Korea", "endureció los controles a las exportaciones hacia X", "imposed
  export controls on ... to X": an embargo on those goods (163);
- "executed 15 Ukrainian soldiers": killing people (180); executing a plan is no event, and "ejecutó maniobras"
  is the manoeuvres (150), not a killing;
- "recortó la ayuda a Nicaragua" stops aid (162) as "cortó" does; a missile that "slammed into" a building attacks
  where it lands (190);
- "issued an arrest warrant for", "emitió una orden de captura contra": a coercive court measure (173); tariffs
  quadrupled are raised (163).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Russia cut off gas to Poland.", "en", ("RUS", "POL", "1621")),
    ("Moscow cut off fuel to Minsk.", "en", ("RUS", "BLR", "1621")),
    ("Rusia cortó el gas a Ucrania.", "es", ("RUS", "UKR", "1621")),
    ("Japan tightened controls on exports to South Korea of three materials.", "en", ("JPN", "KOR", "163")),
    ("China imposed export controls on gallium shipments to the United States.", "en", ("CHN", "USA", "163")),
    ("Japón endureció los controles a las exportaciones hacia Corea del Sur.", "es", ("JPN", "KOR", "163")),
    ("Russian troops have executed at least 15 Ukrainian soldiers.", "en", ("RUS", "UKR", "180")),
    ("Washington recortó la ayuda a Nicaragua.", "es", ("USA", "NIC", "162")),
    ("A Russian missile slammed into a suburb of Kharkiv.", "en", ("RUS", "UKR", "190")),
    ("Tehran's prosecutor issued an arrest warrant for the U.S. defence secretary.", "en", ("IRN", "USA", "173")),
    ("Un juez argentino emitió una orden de captura contra el ministro iraní.", "es", ("ARG", "IRN", "173")),
    ("Washington quadrupled tariffs on Chinese electric vehicles.", "en", ("USA", "CHN", "163")),
])
def test_supply_cuts_export_controls_and_executions(text: str, language: str, expected: tuple) -> None:
    assert expected in _events(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The Venezuelan army executed the plan near the Colombian border.", "en"),
    ("Rusia ejecutó maniobras cerca de Ucrania.", "es"),
])
def test_executing_a_plan_or_manoeuvres_is_no_killing(text: str, language: str) -> None:
    assert not any(code.startswith("18") for _, _, code in _events(text, language))


def test_goods_a_state_donated_name_no_target() -> None:
    events = _events("Venezuelan national guardsmen fired tear gas at lorries carrying U.S.-donated food.", "en")
    assert not any(t == "USA" for _, t, _ in events)
