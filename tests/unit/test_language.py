"""Language detection: scripts written without spaces are identified by their characters, not words."""
from __future__ import annotations

import pytest

from flows.stage.language import detect_language


@pytest.mark.parametrize(("text", "language"), [
    ("俄罗斯周一向委内瑞拉派出两架战略轰炸机，以示对加拉加斯政府的支持。", "zh"),
    ("ロシアは月曜日、ベネズエラに戦略爆撃機を二機派遣した。", "ja"),
    ("러시아는월요일베네수엘라에전략폭격기두대를보냈다", "ko"),
    ("รัสเซียส่งเครื่องบินทิ้งระเบิดสองลำไปเวเนซุเอลา", "th"),
    ("Russia sent two strategic bombers to Venezuela.", "en"),
    ("Rusia envió dos bombarderos a Venezuela.", "es"),
])
def test_detects_spaced_and_unspaced_scripts(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "Hola", "two words", "轰炸机", "爆撃機を派遣"])
def test_too_short_to_tell(text: str) -> None:
    assert detect_language(text) is None
