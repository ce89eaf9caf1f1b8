"""The lemma table of the project's own trigger and object words (``scripts/project_lemmas.py``)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from flows.normalize.lexicon_files import LEXICON_DIR

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("project_lemmas", ROOT / "scripts" / "project_lemmas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_committed_table_is_what_the_script_writes_from_the_current_rows(language: str) -> None:
    """Edited trigger or object rows need the table rewritten, or their new words go to simplemma at load."""
    committed = (LEXICON_DIR / f"project_lemmas_{language}.tsv").read_text(encoding="utf-8")
    assert committed == _script().table_text(language), "run: python scripts/project_lemmas.py"


@pytest.mark.parametrize("language", ["en", "es"])
def test_loading_a_language_lemmatizes_none_of_the_project_words(language: str) -> None:
    """Every word the project's rows give the lexicon has its lemma in a table, so none reaches simplemma."""
    from flows.normalize.tokens import _lexicon_lemmas

    missing = sorted(_script().project_words(language) - set(_lexicon_lemmas(language)))
    assert not missing, f"run: python scripts/project_lemmas.py ({missing[:5]})"
    assert _lexicon_lemmas(language)["sanciones" if language == "es" else "sanctions"] in {"sanción", "sanction"}
