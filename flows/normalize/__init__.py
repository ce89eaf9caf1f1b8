"""Normalize stage: actors, amounts and CAMEO events from English and Spanish news text.

Modules: ``gazetteer`` (the actor dictionary and its versioned mappings), ``actors`` (who is named in a
sentence), ``patterns`` (what happened), ``roles`` (who did it to whom), ``modality`` (negation, intent,
confidence), ``coder`` (events and the extract contract), ``amounts`` (how much, in USD), ``text``
(sentence splitting and the date a sentence states) and ``extract`` (the JSONL stream).
"""
