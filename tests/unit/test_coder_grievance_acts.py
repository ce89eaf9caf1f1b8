"""Text coder, coder 0.3.36: a complaint, protest or summons from one state to another "over" / "por" a coercive
act named only by its noun ("summoned Japan's ambassador over the seizure of a Chinese fishing boat", "por el
asalto a su embajada", "over their bans on Ukrainian grain") also tells that act, by the complaint's target against
the complainer. A noun whose doer is named, an expulsion of a diplomat, and a negated complaint add nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _pairs(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2024, 4, 20), language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "act"), [
    ("China summoned Japan's ambassador over the seizure of a Chinese fishing boat near the disputed islands.", "en",
     ("JPN", "CHN", "171")),
    ("Ukraine filed complaints at the WTO against Poland and Hungary over their bans on Ukrainian grain imports.",
     "en", ("HUN", "UKR", "163")),
    ("México demandó a Ecuador ante la Corte Internacional de Justicia por el asalto a su embajada en Quito.", "es",
     ("ECU", "MEX", "170")),
    ("Níger convocó al embajador de Argelia para protestar por la expulsión de miles de migrantes nigerinos.", "es",
     ("DZA", "NER", "201")),
    ("Pekín protestó ante Manila por la detención de doce pescadores chinos en el atolón.", "es",
     ("PHL", "CHN", "173")),
])
def test_the_act_complained_of_is_coded_by_the_target(text: str, language: str, act: tuple) -> None:
    assert act in _pairs(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("La Santa Sede expresó su sorpresa por la expulsión de su nuncio en Managua, decidida por el Gobierno de "
     "Nicaragua.", "es"),
    ("Iran summoned Britain's ambassador over the seizure of an Iranian tanker by Gibraltar police.", "en"),
    ("China did not summon Japan's ambassador over the seizure of a Chinese fishing boat.", "en"),
])
def test_no_act_when_its_doer_is_named_or_nothing_is_complained(text: str, language: str) -> None:
    assert not any(code[:2] in ("17", "20") and source in ("NIC", "GBR", "JPN")
                   for source, _, code in _pairs(text, language))
