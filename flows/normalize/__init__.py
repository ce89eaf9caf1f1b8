"""Normalize stage: actors, amounts and CAMEO events from English and Spanish news text.

Modules: ``actors`` (who), ``coder`` (what, to whom), ``amounts`` (how much, in USD), ``text``
(sentence splitting and the date a sentence states) and ``extract`` (the JSONL contract).
"""
