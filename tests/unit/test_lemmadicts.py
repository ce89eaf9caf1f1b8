"""The lemmatizer on cached dictionaries gives simplemma's own answers, writes the cache once, reads it back,
and falls back to decoding when the cache file is damaged."""
from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from flows.normalize import lemmadicts

WORDS = {
    "es": ["envió", "pidio", "enviado", "pedido", "sancionada", "Seguridad", "prometió", "bombarderos", "xyzq"],
    "en": ["sent", "thanked", "Powell", "Straw", "delivered", "sanctions", "bombers", "xyzq"],
}


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lemmadicts._tools.cache_clear()
    yield tmp_path / "allywatch"
    lemmadicts._tools.cache_clear()


def _answers() -> list[tuple[str, bool]]:
    return [(lemmadicts.lemmatize(w, lang), lemmadicts.is_known(w, lang)) for lang, ws in WORDS.items() for w in ws]


def test_same_answers_as_simplemma_cold_and_warm(fresh_cache: Path) -> None:
    expected = [(simplemma.lemmatize(w, lang=lang), simplemma.is_known(w, lang=lang))
                for lang, ws in WORDS.items() for w in ws]
    assert _answers() == expected  # cold: decoded, then written
    written = sorted(p.name for p in fresh_cache.iterdir())
    assert [n.split("-")[2] for n in written] == ["en", "es"] and all(n.endswith(".marshal") for n in written)
    lemmadicts._tools.cache_clear()
    assert _answers() == expected  # warm: read from the files
    assert sorted(p.name for p in fresh_cache.iterdir()) == written  # nothing rewritten or left behind


def test_damaged_cache_is_decoded_again(fresh_cache: Path) -> None:
    lemmadicts.lemmatize("envió", "es")
    path = next(fresh_cache.glob("*-es-*.marshal"))
    path.write_bytes(path.read_bytes()[:1000])  # a truncated file
    lemmadicts._tools.cache_clear()
    assert lemmadicts.lemmatize("envió", "es") == simplemma.lemmatize("envió", lang="es")
    assert lemmadicts._read(path) is not None  # rewritten whole
