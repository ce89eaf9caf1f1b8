"""Actors used as adjectives of the next word: "Russian aid", "U.S. aid", "US charges", "a South Korean offer".

Such an actor qualifies a noun instead of acting, so the word after it is read as a noun (an event noun or an
object), not as the actor's verb.
"""
from __future__ import annotations

from flows.normalize.mention import ActorMention
from flows.normalize.tokens import Token

SUBJECT_SLOT = frozenset({"", "the", ",", "and", "but", ";", ":"})
NOUN_FOLLOWERS = frozenset({"on", "against", "of", "over", "imposed", "that", "for"})


def qualifies_next_word(tokens: list[Token], mention: ActorMention, a: int, b: int) -> bool:
    """An actor used as an adjective of the next word: "Russian aid", "U.S. aid", "US charges", and a
    demonym of two words after an article ("a South Korean offer"), and a name after "on", "against", "at"
    before a plural noun ("air strikes on Houthi targets")."""
    before = tokens[a - 1].word if a else ""
    if b - a > 1:
        return mention.kind == "demonym" and before in ("a", "an", "the")
    if before in ("on", "against", "at") and b < len(tokens) and tokens[b].word.endswith("s"):
        return True  # "strikes on Houthi targets", "fire at Russian positions": a plural noun, not "targets"
    return mention.kind == "demonym" or "." in mention.text or _initials_qualify(tokens, mention.text, a)


def _initials_qualify(tokens: list[Token], name: str, at: int) -> bool:
    """"rejected US charges", "US sanctions on Cuba": initials ("US", "UK") qualify the next word as "U.S."
    does; in a subject's slot ("The US sanctions Cuba") only when the word is followed as a noun is."""
    if not (2 <= len(name) <= 4 and name.isalpha() and name.isupper()):
        return False
    prev = tokens[at - 1].word if at else ""
    after = tokens[at + 2].word if at + 2 < len(tokens) else ""
    return prev not in SUBJECT_SLOT or after in NOUN_FOLLOWERS


__all__ = ["qualifies_next_word"]
