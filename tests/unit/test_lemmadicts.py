"""The lemmatizer on indexed dictionary streams gives simplemma's own answers, writes the cache once, reads it back,
indexes again when the cache file is damaged or of another layout, and uses the packaged index only for the stream
it was built from."""
from __future__ import annotations

import marshal
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries import dictionary_factory as shipped

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
    whole = path.read_bytes()
    path.write_bytes(whole[:1000])  # a truncated file
    lemmadicts._tools.cache_clear()
    assert lemmadicts.lemmatize("envió", "es") == simplemma.lemmatize("envió", lang="es")
    assert path.read_bytes() == whole  # indexed again and rewritten whole


def test_cache_of_another_layout_is_not_read(fresh_cache: Path) -> None:
    """A file whose index does not cover the stream (another block size, another layout) is rebuilt."""
    lemmadicts.lemmatize("envió", "es")
    path = next(fresh_cache.glob("*-es-*.marshal"))
    whole = path.read_bytes()
    data, firsts, blocks = marshal.loads(whole)
    path.write_bytes(marshal.dumps((data, firsts[::2], blocks[::2])))
    lemmadicts._tools.cache_clear()
    assert _answers()[:len(WORDS["es"])] == [(simplemma.lemmatize(w, lang="es"), simplemma.is_known(w, lang="es"))
                                              for w in WORDS["es"]]
    assert path.read_bytes() == whole


@pytest.mark.parametrize("lang", ["en", "es"])
def test_packaged_index_is_the_installed_simplemma_index(lang: str) -> None:
    """The shipped file is what ``python -m scripts.lemma_index`` writes from the installed simplemma; after an
    upgrade changes the stream this fails until the file is written again (the coder meanwhile ignores it)."""
    from scripts.lemma_index import index_text

    assert (lemmadicts.SHIPPED_DIR / f"{lang}.tsv").read_text(encoding="utf-8") == index_text(lang)


def test_packaged_index_is_used_only_for_its_own_stream(fresh_cache: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data = shipped._read_decompressed("es")
    assert lemmadicts.shipped_index("es", data) is not None
    assert lemmadicts.shipped_index("es", data[:-1]) is None  # another stream: another digest
    stale = tmp_path / "stale"
    stale.mkdir()
    text = (lemmadicts.SHIPPED_DIR / "es.tsv").read_text(encoding="utf-8").split("\n")
    text[2] = "0\tzzz\t\t"  # a wrong first block, under a header that no longer names this stream
    (stale / "es.tsv").write_text("\n".join(["# simplemma stream 0", *text[1:]]), encoding="utf-8")
    monkeypatch.setattr(lemmadicts, "SHIPPED_DIR", stale)
    assert lemmadicts.shipped_index("es", data) is None
    assert lemmadicts.lemmatize("envió", "es") == simplemma.lemmatize("envió", lang="es")


def test_a_fresh_machine_reads_the_packaged_index_without_a_pass(fresh_cache: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pass(self: object, lang: str) -> None:
        raise AssertionError(f"{lang}: indexed by a pass over the stream")

    monkeypatch.setattr(lemmadicts.StreamMap, "__init__", no_pass)
    assert _answers() == [(simplemma.lemmatize(w, lang=lang), simplemma.is_known(w, lang=lang))
                          for lang, ws in WORDS.items() for w in ws]
    assert sorted(p.name.split("-")[2] for p in fresh_cache.iterdir()) == ["en", "es"]  # and cached
