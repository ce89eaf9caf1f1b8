"""Text coder, coder 0.3.40: a release demanded after the speaker's own words is asked of the captors.

"was abducted by Russian soldiers, Ukraine's foreign ministry said, calling the kidnapping a war crime and
demanding his release": the last act before the demand is the speaker's own criticism, so the demand goes to the
doers of the last seizure or abduction (1053), as it already did when the abduction came right before.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_release_demanded_after_the_speakers_words_goes_to_the_captors() -> None:
    events = triples("A Latvian border guard was abducted by Belarusian soldiers, Latvia's foreign ministry said, "
                     "calling the abduction a crime and demanding his release.", "en")
    assert ("LVA", "BLR", "1053") in events
