"""simplemma's lemmatizer on dictionaries decoded once per machine, not once per process.

simplemma ships each language's dictionary as an lzma-compressed front-coded stream; decoding the Spanish one
(~820,000 forms) takes most of a second of pure Python on every start, paid by the first Spanish sentence. Here the
decoded dictionary (the very mapping simplemma builds) is also written, once, to a ``marshal`` file in the user's
cache directory, which later processes read about three times faster. The lemmatizer, its strategies and their
order are simplemma's defaults, so every lemma and every ``is_known`` answer is the one ``simplemma.lemmatize`` and
``simplemma.is_known`` give. The file is named after simplemma's version and the shipped file's size and mtime, so
an upgrade reads afresh; a missing, unreadable or unwritable cache only means decoding as simplemma does.
"""
from __future__ import annotations

import marshal
import os
import tempfile
from functools import cache
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.__metadata__ import __version__ as SIMPLEMMA_VERSION
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import dictionary_factory as shipped
from simplemma.utils import normalize_token, validate_lang_input


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/allywatch`` (``~/.cache/allywatch`` when unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "allywatch"


def _cache_file(lang: str) -> Path:
    source = shipped.DATA_FOLDER / f"{lang}.plzma"
    stat = source.stat()
    return cache_dir() / f"simplemma-{SIMPLEMMA_VERSION}-{lang}-{stat.st_size}-{stat.st_mtime_ns}.marshal"


def _read(path: Path) -> dict[bytes, bytes] | None:
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return found if isinstance(found, dict) else None


def _write(path: Path, decoded: dict[bytes, bytes]) -> None:
    """Written to a temporary file and renamed, so a concurrent reader sees the whole file or none."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            marshal.dump(decoded, out)
        os.replace(tmp, path)
    except OSError:
        pass  # no cache: the next process decodes again


def _decoded(lang: str) -> dict[bytes, bytes]:
    if lang not in shipped.SUPPORTED_LANGUAGES:
        return shipped._load_dictionary_from_disk(lang)  # simplemma's own error
    path = _cache_file(lang)
    found = _read(path)
    if found is None:
        found = shipped._load_dictionary_from_disk(lang)
        _write(path, found)
    return found


class CachedDictionaryFactory(shipped.CachingDictionaryFactory):
    """simplemma's default dictionaries, read from the marshal cache when it is there."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> shipped.MappingStrToByteString:
        return shipped.MappingStrToByteString(_decoded(lang))


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
