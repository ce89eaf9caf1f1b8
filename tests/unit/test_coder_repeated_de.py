"""Text coder, coder 0.3.29: Spanish owners joined by "y de".

"Los cancilleres de Rusia y de China se reunieron en Moscú", "Buques de guerra de Rusia y de Irán iniciaron
maniobras conjuntas": a "de" repeated after "y" still joins the second owner to the first, so both are the
subject (a meeting, drills held together). A "de" with no "y" before it still keeps an actor out of the subject.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "es")


def test_owners_joined_by_y_de_meet_each_other() -> None:
    events = _events("Los cancilleres de Rusia y de China se reunieron en Moscú.")
    assert {("RUS", "CHN", "040"), ("CHN", "RUS", "040")} <= events


def test_an_owner_after_de_alone_is_no_subject() -> None:
    events = _events("El barco de Cuba fue inspeccionado y los cancilleres se reunieron en Moscú.")
    assert not any(s == "CUB" for s, _, _ in events)
