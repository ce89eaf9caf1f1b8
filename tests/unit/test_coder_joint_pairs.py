"""Text coder, coder 0.3.43: two joint acts between the states that open a clause.

- "expelled two diplomats each": states that each expel diplomats expel each other's (before, the act had no
  target and coded nothing).
- "Spanish and Moroccan police dismantled a cell ... in a joint operation": the joint operation is the clause's
  pair's, also when an armed group named in between is the nearest actor before the noun (before, the group
  was taken as the operation's owner).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_states_that_expel_diplomats_each_expel_each_others() -> None:
    events = triples("Serbia and Croatia expelled three diplomats each on Friday after a spying row.", "en")
    assert ("SRB", "HRV", "161") in events
    assert ("HRV", "SRB", "161") in events


def test_a_joint_operation_belongs_to_the_pair_that_opens_the_clause() -> None:
    events = triples("Italian and Albanian police broke up a jihadist cell operating in Bari and Durres in a joint "
                     "operation, officials said.", "en")
    assert ("ITA", "ALB", "062") in events
    assert ("ALB", "ITA", "062") in events


def test_a_joint_operation_right_after_the_pair_was_already_theirs() -> None:
    """A guard that held before: no actor between the pair and the noun."""
    events = triples("Italian and Albanian police broke up a smuggling ring in a joint operation.", "en")
    assert ("ITA", "ALB", "062") in events
