"""Write the packaged simplemma index (``flows/normalize/lemma_index/<lang>.tsv``) from the installed simplemma.

``python -m scripts.lemma_index`` after upgrading simplemma. Each file holds what simplemma's ``StreamMap``
builds in one pass over a language's dictionary stream: for every block of 32 records, its byte offset, its first
key, and the key and value of the record before it. The first line names the digest of the stream it was built
from; the coder ignores a file whose digest is not the installed stream's (flows/normalize/lemmadicts.py).
"""
from __future__ import annotations

import sys

from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from flows.normalize.lemmadicts import INDEX_HEADER, SHIPPED_DIR, stream_digest
from flows.normalize.tokens import LANGUAGES


def index_text(lang: str) -> str:
    """The file's text for ``lang``, from the installed simplemma."""
    stream = StreamMap(lang)
    lines = [f"# simplemma stream {stream_digest(stream._data)}", INDEX_HEADER]
    for first, (offset, key, value) in zip(stream._firsts, stream._blocks, strict=True):
        fields = (str(offset), first.decode(), key.decode(), value.decode())
        if any(c in f for f in fields for c in "\t\n"):
            raise ValueError(f"{lang}: a key or value at offset {offset} holds a tab or newline; the TSV cannot")
        lines.append("\t".join(fields))
    return "\n".join(lines) + "\n"


def main() -> int:
    SHIPPED_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        path = SHIPPED_DIR / f"{lang}.tsv"
        path.write_text(index_text(lang), encoding="utf-8")
        print(f"{path}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
