"""Language of an article, by py3langid (a maintained fork of langid.py) over a fixed set of languages."""
from __future__ import annotations

from functools import cache

# The coder reads en and es; the others are candidates so that French or Portuguese text is not
# forced into one of the two and is filtered out instead.
CANDIDATES = ["en", "es", "pt", "fr", "de", "it", "ru", "zh", "ar", "tr"]


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(CANDIDATES)
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for text too short to tell."""
    sample = text[:2000]
    if len(sample.split()) < 3:
        return None
    language, _score = _identifier().classify(sample)
    return language
