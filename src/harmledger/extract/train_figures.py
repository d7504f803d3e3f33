"""``python -m harmledger.extract.train_figures SUITE.jsonl...``: fit the figure model on the suites' dev part.

Records of the set-aside part (``harmledger.eval.parts``) are never read. Each dev record that
tells one gold incident is an example: its lead incident's candidate figures (``figure_features``)
as framing hands them over (``frame.figures_weighed``, built before the model chooses), the candidate that states the gold
figure (none for a gold 0) the one to pick. "None" is never picked at run time
(``figure_model``), but its rows stay in the fit: without them the weights picked worse among the
stated figures too (five-fold cross-validation on the dev part: 0 records gained against 8). A logistic regression (scikit-learn, a dev
dependency) over every candidate, right or not, gives the weights written to
``data/figure_model.json``; the regularisation and the margin by which the model's choice must
outscore the rules' answer are those that get the most dev records right over five-fold
cross-validation (the larger margin where two tie).
"""

from __future__ import annotations

import argparse
import json
from importlib import resources
from pathlib import Path
from typing import Any

from harmledger.eval.parts import DEV, part_of
from harmledger.extract import figure_model
from harmledger.extract.figure_features import Candidate
from harmledger.extract.frame import figures_weighed
from harmledger.io_jsonl import read_jsonl

SLOT = "killed"
REGULARISATIONS = (0.03, 0.1, 0.3, 1.0)
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
FOLDS = 5


def _gold(record: dict[str, Any]) -> int | None:
    incidents = record.get("incidents") or []
    figure = incidents[0].get(SLOT) if len(incidents) == 1 else None
    return figure.get("value") if isinstance(figure, dict) else None


def example(record: dict[str, Any]) -> tuple[list[Candidate], int | None, int] | None:
    """The record's lead candidates, the rules' answer and the gold figure; None where it has no gold."""
    from harmledger.extract import extract

    gold = _gold(record)
    if gold is None:
        return None
    with figures_weighed() as calls:
        extract(record["text"], record.get("published"), title=record.get("title"))
    if not calls:
        return None
    # with a title, the text is read alone first; the headline is read with it only when the text has no figure
    found, rules = calls[0] if len(calls) == 1 or any(c.told for c in calls[0][0]) else calls[-1]
    return found, rules, gold


def _rows(examples: list[tuple[list[Candidate], int | None, int]]) -> tuple[list[dict[str, float]], list[bool]]:
    rows, labels = [], []
    for found, _, gold in examples:
        for candidate in found:
            rows.append(candidate.features)
            labels.append((candidate.value or 0) == gold)
    return rows, labels


def fit(examples: list[tuple[list[Candidate], int | None, int]], regularisation: float) -> dict[str, Any]:
    """The model's weights (only those not zero, by name) and intercept, fitted on every candidate of ``examples``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = _rows(examples)
    vectors = DictVectorizer(sort=True)
    model = LogisticRegression(C=regularisation, max_iter=5000).fit(vectors.fit_transform(rows), labels)
    weights = {name: round(float(w), 4) for name, w in zip(vectors.get_feature_names_out(), model.coef_[0]) if round(float(w), 4)}
    return {"weights": dict(sorted(weights.items())), "intercept": round(float(model.intercept_[0]), 4)}


def right(model: dict[str, Any], found: list[Candidate], rules: int | None, gold: int) -> bool:
    """Whether ``model`` (with its margin) gives the gold figure."""
    choice = figure_model.pick(model, found, rules)
    return ((choice.value if choice is not None else rules) or 0) == gold


def cross_validated(examples: list[tuple[list[Candidate], int | None, int]]) -> dict[tuple[float, float], int]:
    """Records right over the folds for each (regularisation, margin), each fold fitted on the others."""
    right_by: dict[tuple[float, float], int] = {}
    for regularisation in REGULARISATIONS:
        for fold in range(FOLDS):
            held = examples[fold::FOLDS]
            model = fit([e for i, e in enumerate(examples) if i % FOLDS != fold], regularisation)
            for margin in MARGINS:
                right_by[regularisation, margin] = right_by.get((regularisation, margin), 0) + sum(right({**model, "margin": margin}, *e) for e in held)
    return right_by


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=Path(str(resources.files("harmledger.data").joinpath(f"{figure_model.MODEL}.json"))))
    args = parser.parse_args()
    records = [r for suite in args.suites for r in read_jsonl(suite) if part_of(str(r["id"])) == DEV]
    examples = [e for e in map(example, records) if e is not None]
    by_rules = sum((e[1] or 0) == e[2] for e in examples)
    scores = cross_validated(examples)
    (regularisation, margin), best = max(scores.items(), key=lambda kv: (kv[1], kv[0][1]))
    model = fit(examples, regularisation)
    about = (f"Logistic model of 'this candidate is the lead incident's {SLOT} figure' over extract/figure_features.py, fitted by "
             f"`python -m harmledger.extract.train_figures` on the dev part of {', '.join(s.name for s in args.suites)} "
             f"({len(examples)} records). Chosen by {FOLDS}-fold cross-validation on them: C={regularisation}, margin {margin} "
             f"({best} records right against {by_rules} by the rules alone).")
    out = {"_doc": about, SLOT: {**model, "margin": margin}}
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(about)


if __name__ == "__main__":
    main()
