"""Language of an article, by py3langid (a maintained fork of langid.py) over a fixed set of languages."""
from __future__ import annotations

import re
from functools import cache

# The coder reads en and es; the others are candidates so that French or Portuguese text is not
# forced into one of the two and is filtered out instead.
CANDIDATES = ["en", "es", "pt", "fr", "de", "it", "ru", "zh", "ja", "ko", "th", "ar", "tr"]
MIN_WORDS = 3
# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar) and Hangul, whose
# words are long: there a "word" count says nothing, so enough characters of these scripts also do.
UNSPACED = re.compile("[\u1000-\u109f\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                      "\uf900-\ufaff\uac00-\ud7af]")
MIN_UNSPACED_CHARS = 10


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(CANDIDATES)
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for text too short to tell."""
    sample = text[:2000]
    if len(sample.split()) < MIN_WORDS and len(UNSPACED.findall(sample)) < MIN_UNSPACED_CHARS:
        return None
    language, _score = _identifier().classify(sample)
    return language
