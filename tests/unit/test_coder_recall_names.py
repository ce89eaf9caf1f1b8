"""Text coder recall: officials named by surname alone, and "the two countries".

Sentences written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text
from flows.normalize.surnames import surname_offices


def dyads(text: str, language: str, on: dt.date | None = None) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target.country, e.cameo[:2]) for e in code_text(text, on, language)
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
    assert "primakov" in surname_offices() and "lavrov" not in surname_offices()  # "lavrov" is a phrase itself
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
