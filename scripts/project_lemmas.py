"""Write simplemma's lemmas of the project's own trigger and object words, so loading a language asks it nothing.

    python scripts/project_lemmas.py

The coder's lexicon joins the verb dictionaries (lemmatized when ``scripts/build_lexicon.py`` runs) with the
project's own rows (``flows/normalize/data/triggers.csv`` and ``object_terms.csv``). Words of those rows that the
dictionaries' lemma table lacks would otherwise go to simplemma when a language first loads (about a tenth of a
second for Spanish, most of it retrying unaccented words with an accent). This script writes their lemmas to
``flows/normalize/lexicon/project_lemmas_<lang>.tsv`` (``word  lemma``, sorted). A word missing from the table is
still lemmatized at load, so a stale table only costs time; ``tests/unit/test_project_lemmas.py`` fails until the
table is rewritten after the rows change.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "es")
if str(ROOT) not in sys.path:  # run as a script from anywhere, or loaded from its file by a test
    sys.path.insert(0, str(ROOT))


def project_words(language: str) -> set[str]:
    """Every word the lexicon lemmatizes when it reads the project's rows of ``language``."""
    from flows.normalize.gazetteer import read_data
    from scripts.lexicon_verbs import words_in

    texts: list[str] = []
    for row in read_data("triggers.csv"):
        if row["language"] == language:
            unless = [f.split("=", 1)[1] for f in row["flags"].split() if f.startswith("unless=")]
            texts += [*row["verbs"].split("|"), row["after"], *unless]
    texts += [t for row in read_data("object_terms.csv") if row["language"] == language
              for t in row["terms"].split("|")]
    return words_in(texts)


def lemma_rows(language: str) -> list[list[str]]:
    """``word  lemma`` for the project's words that the dictionaries' lemma table does not already hold."""
    from flows.normalize.lexicon_files import read_tsv
    from flows.normalize.tokens import lemmatizer_lemma

    known = {row["word"] for row in read_tsv(f"lemmas_{language}.tsv")}
    return [[w, lemmatizer_lemma(w, language)] for w in sorted(project_words(language) - known)]


def table_text(language: str) -> str:
    return "".join(f"{w}\t{lemma}\n" for w, lemma in [["word", "lemma"], *lemma_rows(language)])


def main() -> int:
    from flows.normalize.lexicon_files import LEXICON_DIR

    for language in LANGUAGES:
        path, text = LEXICON_DIR / f"project_lemmas_{language}.tsv", table_text(language)
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 1} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
