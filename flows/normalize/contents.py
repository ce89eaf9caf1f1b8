"""What a verb's words belong to when its subject is not who acts: the content of an owned decision or plan
("Washington's decision to put Cuba on its list"), and the content of a text a state voted against, abstained
on or vetoed ("abstained in a UN vote condemning Russia": the text condemns, the abstainer does not)."""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_words
from flows.normalize.roles_base import Act, Context


def content_owner(ctx: Context, act: Act) -> tuple[str, list[ActorMention]] | None:
    """An infinitive that tells the content of an owned noun: "Washington's decision to put Cuba on its list",
    "la decisión de Washington de incluir a Cuba", "el plan de EE.UU. de enviar tropas". Returns the noun's
    kind (``decided_noun`` or ``planned_noun``) and its owner; None for any other verb."""
    f, language = ctx.folded, ctx.language
    lead = "to" if language != "es" else "de"
    before = f[max(0, act.start - 80):act.start].split()
    if not before or before[-1] != lead:
        return None
    for kind in ("decided_noun", "planned_noun"):
        nouns = cue_words(kind, language)
        for m in ctx.mentions:
            gap = [w for w in f[m.end:act.start].split() if w not in ("'s", "s")]
            if language != "es" and len(gap) == 2 and gap[0] in nouns:  # "Washington's decision to"
                return kind, [m]
            ahead = f[:m.start].split()[-2:]  # "la decisión de Washington de"
            if language == "es" and gap == [lead] and len(ahead) == 2 and ahead[0] in nouns \
                    and ahead[1] in ("de", "del"):
                return kind, [m]
    return None


# a vote against, an abstention or a veto on a text, then the text's own verb ("a resolution condemning",
# "la votación que exigió"): what the text says is not what the voter did
_OPPOSED_TEXT = re.compile(
    r"\b(?:abstained|abstains|abstaining|voted against|votes against|vetoed|vetoes|blocked|se abstuvo|"
    r"se abstuvieron|se abstiene|voto en contra|votaron en contra|veto|vetaron|bloqueo|bloquearon)\b"
    r"[^,.;]{0,60}?\b(?:resolution|vote|motion|draft|text|statement|declaration|resolucion|votacion|mocion|"
    r"proyecto|texto|declaracion)(?: [\w-]+)?\s+(?:que\s+)?$")


def opposed_text(ctx: Context, act: Act) -> list[ActorMention] | None:
    """The act is told by a text its subject opposed ("voted against a resolution demanding that Russia ..."):
    the organisation named with the text is its doer ("a UN vote condemning": the UN); None when the act is no
    such text's or no organisation is named (the subject is then found as for any verb)."""
    found = _OPPOSED_TEXT.search(ctx.folded, max(0, act.start - 120), act.start)
    if found is None:
        return None
    return [m for m in ctx.mentions if m.sector == "IGO" and found.start() <= m.start < act.start][:1] or None


__all__ = ["content_owner", "opposed_text"]
