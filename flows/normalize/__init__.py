"""Normalize stage: actors, amounts and CAMEO events from English and Spanish news text.

Modules: ``gazetteer`` (the project's actor overlay and its versioned mappings), ``lexicon`` (the actor,
agent and discard tables generated from the field's dictionaries), ``dictionary`` (both in one automaton),
``placenames`` (places inside names, prepositions), ``actors`` (who is named in a
sentence), ``patterns`` (what happened), ``roles`` (who did it to whom), ``modality`` (negation, intent,
confidence), ``planning`` (which triggers become events, and each act's span), ``coder`` (events and
the extract contract), ``amounts`` (how much, in USD), ``text``
(sentence splitting and the date a sentence states) and ``extract`` (the JSONL stream).
"""
