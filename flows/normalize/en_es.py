"""English or Spanish: which of its two languages the coder reads a sentence in."""
from __future__ import annotations

import re
from functools import cache


@cache
def _en_es_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(["en", "es"])
    return identifier


def guess_en_es(text: str) -> str:
    """"en" or "es", whichever the text is closer to (the coder reads only these two).

    Common function words decide short texts, where a character model is unsure; py3langid breaks ties.
    """
    from flows.normalize.modality import cue_words

    words = re.findall(r"[a-záéíóúñ]+", text[:2000].lower())
    english = sum(w in cue_words("function_en") for w in words)
    spanish = sum(w in cue_words("function_es") for w in words)
    if english != spanish:
        return "en" if english > spanish else "es"
    return str(_en_es_identifier().classify(text[:2000])[0])
