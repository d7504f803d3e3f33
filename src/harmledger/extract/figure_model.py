"""Which stated figure is the lead incident's toll: a linear score over ``figure_features``.

The weights are data (``data/figure_model.json``), fitted by ``python -m harmledger.extract.train_figures``
on the dev part of the GVA suites; scoring is plain Python. The model only chooses among the figures
the report states, where the rules chose one too, and only where its choice outscores the rules'
answer by the fitted ``margin``: whether the lead incident has a figure at all stays the rules' call
(the GVA suites disagree on it: a death told in another sentence's incident is the lead's in one and
another incident's in the other, and a model fitted on either suite loses records on the other).
"""

from __future__ import annotations

from typing import Any

from harmledger.data import table
from harmledger.extract.figure_features import Candidate

MODEL = "figure_model"


def score(model: dict[str, Any], features: dict[str, float]) -> float:
    """The model's log-odds that the candidate with ``features`` is the slot's figure."""
    weights = model["weights"]
    return model["intercept"] + sum(weights.get(name, 0.0) * value for name, value in features.items())


def may_choose(rules: int | None, stated: list[int]) -> bool:
    """Whether ``pick`` has a choice: the rules chose a figure and the report states another."""
    return rules is not None and any(value > 0 and value != rules for value in stated)


def pick(model: dict[str, Any], found: list[Candidate], rules: int | None) -> Candidate | None:
    """The stated figure ``model`` takes instead of the rules' answer, or None to keep that answer."""
    stated = [c for c in found if c.value is not None]
    if not may_choose(rules, [c.value for c in stated]):
        return None
    scored = [(score(model, c.features), c) for c in stated]
    top, best = max(scored, key=lambda pair: pair[0])
    kept = next(value for value, c in scored if c.value == rules)
    return best if best.value != rules and top - kept > model["margin"] else None


def chosen(slot: str, found: list[Candidate], rules: int | None) -> Candidate | None:
    """``pick`` by the shipped model of ``slot``; None (the rules' answer) where none is shipped."""
    model = table(MODEL).get(slot)
    return pick(model, found, rules) if model is not None else None
