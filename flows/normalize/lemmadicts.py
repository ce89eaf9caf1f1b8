"""simplemma's lemmatizer on its own dictionaries, indexed once per machine and read by lookup, not decoded whole.

simplemma ships each language's dictionary as an lzma-compressed front-coded stream. Its default factory decodes
the whole stream into a dict (~820,000 Spanish forms: most of a second of pure Python, paid by the first Spanish
sentence of every process). simplemma's ``StreamMap`` instead keeps the decompressed stream and a sparse index of
restart points, one per block of 32 records, and decodes only the block a lookup falls in; building the index is one
pass, about half the cost of the dict. Here that index and the stream are also written, once, to a ``marshal`` file
in the user's cache directory, which later processes read in milliseconds. Lookups, the lemmatizer, its strategies
and their order are simplemma's own, so every lemma and every ``is_known`` answer is the one ``simplemma.lemmatize``
and ``simplemma.is_known`` give. The file is named after simplemma's version and the shipped file's size and mtime,
so an upgrade reads afresh; a missing, unreadable or unwritable cache only means indexing again.

The index of the simplemma release the project was built with also ships with the package (``lemma_index/``,
written by ``scripts/lemma_index.py``), so a fresh machine's or container's first process does not pay for the
pass either. It is used only when the digest of the installed stream is the one it was built from.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from functools import cache
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import dictionary_factory as shipped
from simplemma.strategies.dictionaries import frontcode
from simplemma.strategies.dictionaries.stream_dictionary_factory import _BLOCK_SIZE, StreamMap
from simplemma.utils import normalize_token, validate_lang_input

CACHE_FORMAT = "stream1"  # part of the file name: a new layout never reads an old file
SHIPPED_DIR = Path(__file__).resolve().parent / "lemma_index"
INDEX_HEADER = "offset\tfirst\tprev_key\tprev_value"


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/allywatch`` (``~/.cache/allywatch`` when unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "allywatch"


def _cache_file(lang: str) -> Path:
    source = shipped.DATA_FOLDER / f"{lang}.plzma"
    stat = source.stat()
    name = f"simplemma-{SIMPLEMMA_VERSION}-{lang}-{stat.st_size}-{stat.st_mtime_ns}.{CACHE_FORMAT}.marshal"
    return cache_dir() / name


class IndexedStream(StreamMap):
    """simplemma's ``StreamMap``, its stream and index taken from the cache file when one is there."""

    __slots__ = ()

    def __init__(self, lang: str) -> None:
        path = _cache_file(lang)
        if self._restore(path):
            return
        data = shipped._read_decompressed(lang)  # an unsupported language raises simplemma's own error
        index = shipped_index(lang, data)
        if index is None:
            super().__init__(lang)
        else:
            self._data, (self._firsts, self._blocks) = data, index
            self._rev, self._count, self._pos = frontcode._read_header(data)
        _write(path, (self._data, self._firsts, self._blocks))

    def _restore(self, path: Path) -> bool:
        try:
            data, firsts, blocks = marshal.loads(path.read_bytes())
            self._rev, self._count, self._pos = frontcode._read_header(data)
        except (OSError, EOFError, ValueError, TypeError):
            return False
        if len(firsts) != len(blocks) or len(firsts) != -(-self._count // _BLOCK_SIZE):
            return False  # a file of another block size or a damaged one
        self._data, self._firsts, self._blocks = data, firsts, blocks
        return True


def stream_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def shipped_index(lang: str, data: bytes) -> tuple[list[bytes], list[tuple[int, bytes, bytes]]] | None:
    """The packaged index of ``lang`` when it was built from this very stream (its first line names the stream's
    digest), else None."""
    try:
        lines = (SHIPPED_DIR / f"{lang}.tsv").read_text(encoding="utf-8").split("\n")
    except OSError:
        return None
    if len(lines) < 2 or lines[0] != f"# simplemma stream {stream_digest(data)}" or lines[1] != INDEX_HEADER:
        return None
    firsts: list[bytes] = []
    blocks: list[tuple[int, bytes, bytes]] = []
    for line in lines[2:]:
        if line:
            offset, first, key, value = line.split("\t")
            firsts.append(first.encode())
            blocks.append((int(offset), key.encode(), value.encode()))
    return firsts, blocks


def _write(path: Path, parts: tuple[bytes, list, list]) -> None:
    """Written to a temporary file and renamed, so a concurrent reader sees the whole file or none."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            marshal.dump(parts, out)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache: the next process indexes again


class CachedDictionaryFactory(shipped.CachingDictionaryFactory):
    """simplemma's dictionaries as indexed streams, read from the cache when it is there."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> StreamMap:
        return IndexedStream(lang)


@cache
def _tools() -> tuple[Lemmatizer, DictionaryLookupStrategy]:
    factory = CachedDictionaryFactory()
    return (Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)),
            DictionaryLookupStrategy(factory))


def lemmatize(word: str, lang: str) -> str:
    """``simplemma.lemmatize(word, lang=lang)``."""
    return _tools()[0].lemmatize(word, lang)


def is_known(word: str, lang: str) -> bool:
    """``simplemma.is_known(word, lang=lang)`` for a non-empty word."""
    lookup = _tools()[1]
    token = normalize_token(word)
    return any(lookup.get_lemma(token, code) is not None for code in validate_lang_input(lang))
