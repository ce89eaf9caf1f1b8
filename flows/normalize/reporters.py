"""Who speaks: the subject of each reporting verb ("Russia said it would ...", "dijo Maduro"), which a reported
clause with no subject of its own falls back on, and which a verb joined to the speaker's takes."""
from __future__ import annotations

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_words
from flows.normalize.roles_base import Context, coordinated


def note_reporters(ctx: Context, spans: list[tuple[int, int]], mention_at: dict[int, ActorMention]) -> None:
    """The subject of each reporting verb, for the clause it reports ("Russia said it would ...")."""
    for r in ctx.clauses.reporting:
        lo, _ = ctx.clauses.span(r, len(ctx.tokens))
        before = [mention_at[a] for a, b in spans if lo <= a and b <= r and a in mention_at
                  and mention_at[a].preposition not in cue_words("not_subject", ctx.language)]  # "En Líbano, X dijo"
        after = [mention_at[a] for a, b in spans if r < a <= r + 3 and a in mention_at]
        if before:  # "Putin and Xi declared": the speakers joined by "and"
            ctx.subjects_at[r] = coordinated(ctx.folded, ctx.mentions, before[-1], -1, ctx.tokens[lo].start,
                                             ctx.tokens[r].start)
        elif after:
            ctx.subjects_at[r] = after[:1]
        elif lead := _speaker_before_aside(ctx, spans, mention_at, r):
            ctx.subjects_at[r] = [lead]


ASIDE_WORDS = 10  # longest aside between a speaker and "said" ("X, Iryna Venediktova, said"; "X, in a statement, said")


def _speaker_before_aside(ctx: Context, spans: list[tuple[int, int]], mention_at: dict[int, ActorMention],
                          r: int) -> ActorMention | None:
    """"Ukraine's prosecutor general, Iryna Venediktova, said": the speaker before an aside set off by commas."""
    if r < 2 or ctx.tokens[r - 1].word != ",":
        return None
    ends = [(a, b) for a, b in spans if a in mention_at and b < r - 1 and ctx.tokens[b].word == ","]
    if not ends:
        return None
    a, b = ends[-1]
    aside = [t.word for t in ctx.tokens[b + 1:r - 1]]
    # a participle opens a clause of its own ("Mr Straw, visiting Beijing, noted"): no aside
    return mention_at[a] if 0 < len(aside) <= ASIDE_WORDS and "," not in aside \
        and not any(w.endswith(("ing", "ando", "iendo")) for w in aside) else None


__all__ = ["note_reporters"]
