"""``python -m harmledger.link.train SUITE.jsonl``: fit the linking model on the suite's dev part.

Records of the set-aside part (``harmledger.eval.parts``) are never trained on. Each pair
of dev records that the linker would score (reported within ``WINDOW_DAYS`` of each other,
``comparable``: related in words and not two round-ups published apart, and ``blocked`` together:
a key shared or points in neighbouring grid cells) is an example (same ``incident_key`` or not), described by the
features of ``features.py`` between their lead mentions; a logistic regression
(scikit-learn, a dev dependency) gives the weights written to ``data/link_model.json``.
The follow-ups the linker also scores beyond that window (a name shared in full, up to
``NAMED_WINDOW_DAYS``) are scored by the same weights: fitting on them too raised the dev
part's pairwise F1 and lowered the set-aside part's (0.81 → 0.74 in a scratch experiment
over the same extraction), which is fitting. Fitting on every related pair instead of the
blocked ones (13 times as many, nearly all of them the easy negatives of far-off towns) weighed
those and linked worse (on the dev part at threshold 0.5: pairwise F1 0.794 against 0.805).

``--only FEATURE...`` fits only those weights, over the sum the shipped model gives the rest (an offset):
a full refit moves every weight a little, and with them the pairs near the threshold that an arrival order
other than publication's links differently. Refitted whole on session 13's extraction, the model raised
the order check's largest change of pairwise F1 from 0.0071 to 0.0131 (0.0132 with ``death_against_wounds``
added), over the 0.01 bound; that feature fitted alone over the shipped weights gave 0.0083.

``--common-names`` writes ``data/link_common_names.txt`` instead (``common_names``), to be run before a fit. With the list
first written (session 21) the shipped weights were kept: refitted whole, or the names' weights alone, the model trusted a
name in full more and lowered the tolls it had raised (set-aside toll_injured 0.8142 → 0.8015/0.8041, toll_killed
0.8957 → 0.8880 for the names' weights alone).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from importlib import resources
from pathlib import Path

from harmledger.dates import read_date
from harmledger.eval.parts import DEV, part_of
from harmledger.io_jsonl import read_jsonl
from harmledger.link.features import FEATURES, WINDOW_DAYS, Side, comparable, days_apart, document_features, features, near
from harmledger.link.fingerprint import fingerprint, full_names
from harmledger.link.linker import cell_key, nearby_cells

COMMON_NAME_INCIDENTS = 3
"""A name in full given by reports of this many dev incidents or more names none of them (``common_names``)."""
COMMON_NAMES_HEAD = """# Names in full (lower case, words joined by "_") that reports of many incidents give, read by link/fingerprint.py:
# an agency's credit, page furniture, a byline, a police spokesman, a hospital, a city. None tells which incident a
# report tells, and two reports sharing one were linked as though they named one victim, a year and more apart.
# Written by `python -m harmledger.link.train SUITE --common-names`: the names in full given by reports of {least} or more
# incidents of the suite's dev part ({records} records); fit the model after it (the names features move).
"""
REGULARISATION = 0.2
"""Inverse strength of the fit's L2 penalty, chosen on the dev part (pairwise F1 0.805 at 1.0, 0.807 at 0.2, 0.802 at 0.05)."""
ABOUT = "Logistic model of 'same incident' over link/features.py FEATURES, fitted by `python -m harmledger.link.train` on the dev part of the linking suite (records whose sha256(id) mod 5 is not 0)."


def lead_side(record: dict) -> Side:
    from harmledger.extract import extract

    published = read_date(record.get("published"))
    found = extract(record["text"], published, title=record.get("title"))
    print_ = fingerprint(record["text"], found, title=record.get("title"), url=record.get("url"), published=published)
    ordinal, lead = next(((n, m) for n, m in enumerate(found, start=1) if m.kind == "event" and not m.background), (1, found[0] if found else None))
    place = lead.place if lead else None
    return Side(print_, ordinal, place.lat if place else None, place.lon if place else None, lead.when.start if lead and lead.when else None)


def blocked(a: Side, b: Side) -> bool:
    """Whether the linker's blocks would bring one record's incident to the other: a shared key, or points
    in neighbouring grid cells (``linker._block_keys``)."""
    if set(a.fingerprint.keys) & set(b.fingerprint.keys):
        return True
    return a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None and cell_key(a.lat, a.lon) in nearby_cells(b.lat, b.lon)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", type=Path)
    parser.add_argument("--out", type=Path, default=Path(str(resources.files("harmledger.data").joinpath("link_model.json"))))
    parser.add_argument("--only", nargs="+", choices=FEATURES, metavar="FEATURE", help="fit only these weights, the others and the intercept as shipped")
    parser.add_argument("--common-names", action="store_true", help="write data/link_common_names.txt (``common_names``) instead of fitting")
    args = parser.parse_args()
    records = [r for r in read_jsonl(args.suite) if r.get("incident_key") and part_of(str(r["id"])) == DEV]
    if args.common_names:
        out = Path(str(resources.files("harmledger.data").joinpath("link_common_names.txt")))
        names = common_names(records)
        out.write_text(COMMON_NAMES_HEAD.format(least=COMMON_NAME_INCIDENTS, records=len(records)) + "".join(f"{name}\n" for name in names), encoding="utf-8")
        print(f"{out}: {len(names)} names")
        return
    from multiprocessing import Pool

    from sklearn.linear_model import LogisticRegression

    with Pool(2) as pool:
        sides = pool.map(lead_side, records, chunksize=16)
    sides = [replace(a, crowd=len({records[j]["incident_key"] for j, b in enumerate(sides) if j != i and near(a, b)})) for i, a in enumerate(sides)]
    rows, labels = [], []
    for i, a in enumerate(sides):
        for j in range(i + 1, len(sides)):
            b = sides[j]
            if days_apart(a.fingerprint, b.fingerprint) > WINDOW_DAYS or not blocked(a, b):
                continue  # the cheap tests first: most pairs are far apart in time or share no block
            if comparable(a.fingerprint, b.fingerprint, shared := document_features(a.fingerprint, b.fingerprint)):
                rows.append(features(a, b, shared))
                labels.append(records[i]["incident_key"] == records[j]["incident_key"])
    out = json.loads(args.out.read_text(encoding="utf-8"))
    fitted = f"{len(records)} records, {len(rows)} pairs ({sum(labels)} same incident)"
    if args.only:
        weights, intercept = fitted_over(out, rows, labels, args.only), out["intercept"]
        names = ", ".join(args.only)
        first, *then = out["_doc"].split(" Then ")  # each weight fitted alone since the full fit, the latest fit of each kept
        about = " Then ".join([first, *(c for c in then if not c.startswith(f"{names} fitted")), f"{names} fitted alone over those weights on {fitted}."])
    else:
        model = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(rows, labels)
        weights, intercept, about = model.coef_[0], model.intercept_[0], f"{ABOUT} Fitted on {fitted}."
    out.update(features=list(FEATURES), weights=[round(float(w), 4) for w in weights], intercept=round(float(intercept), 4), _doc=about)
    args.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(rows)} pairs, {sum(labels)} positive")


def common_names(records: list[dict], least: int = COMMON_NAME_INCIDENTS) -> list[str]:
    """The names in full (``fingerprint.full_names``) that the records of ``least`` incidents or more give, sorted: a
    document frequency over incidents, so that one shooting's many reports naming its victim do not make the name common."""
    incidents: dict[str, set[str]] = {}
    for record in records:
        for name in full_names(record["text"]):
            incidents.setdefault(name, set()).add(record["incident_key"])
    return sorted(name for name, keys in incidents.items() if len(keys) >= least)


def fitted_over(shipped: dict, rows: list[list[float]], labels: list[bool], only: list[str]) -> list[float]:
    """Every weight of FEATURES: those of ``only`` fitted by the L2-penalised log loss that ``LogisticRegression``
    minimises (``REGULARISATION``), the shipped model's sum of the others and its intercept held as an offset."""
    import numpy as np
    from scipy.optimize import minimize

    shipped_weights = dict(zip(shipped["features"], shipped["weights"]))
    weights = np.array([0.0 if name in only else shipped_weights[name] for name in FEATURES])
    free = [FEATURES.index(name) for name in only]
    x, y = np.array(rows), np.array(labels, dtype=float)
    offset = shipped["intercept"] + x @ weights

    def loss(w: np.ndarray) -> float:
        z = offset + x[:, free] @ w
        return float(np.logaddexp(0.0, z).sum() - y @ z + w @ w / (2 * REGULARISATION))

    weights[free] = minimize(loss, np.zeros(len(free))).x
    return weights.tolist()


if __name__ == "__main__":
    main()
