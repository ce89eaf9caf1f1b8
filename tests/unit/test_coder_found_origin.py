"""A finding whose clause opens with a thing ("concluded that the missile ...") is against the state the thing
came from or belonged to ("came from a Russian army brigade", "pertenecía a una brigada del ejército ruso",
"fired from a launcher brought in from Russia"); a finding about a thing of no named origin is no event.

Sentences written for these tests (not taken from any evaluation set). Guard: without ``_FOUND_ORIGIN`` the first
three cases code nothing.
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Dutch investigators concluded that the missile came from a Russian army brigade.", ("NLD", "RUS", "090")),
    ("en", "Malaysian investigators concluded that the rocket had been fired from a launcher brought in from "
           "Russia.", ("MYS", "RUS", "090")),
    ("es", "Holanda concluyó que el misil pertenecía a una brigada del ejército ruso.", ("NLD", "RUS", "090")),
    ("en", "Seoul concluded that a North Korean torpedo sank the warship.", ("KOR", "PRK", "090")),
])
def test_a_finding_is_against_where_the_thing_came_from(language: str, text: str, expected: tuple) -> None:
    assert expected in triples(text, language)


def test_a_thing_of_no_named_origin_is_no_finding_against_anyone() -> None:
    assert not triples("Dutch investigators concluded that the missile came from a launcher near Donetsk.", "en")
