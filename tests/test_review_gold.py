"""``export --format gold``: judged documents as eval records that ``harmledger eval`` scores; the ``users`` commands."""

from __future__ import annotations

import json
from datetime import date

from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures)
from review_fixtures import DEPOT, DNIPRO, mall, report, strike
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.eval.runner import evaluate
from harmledger.review.workspace import Workspace
from harmledger.store.schema import mentions

runner = CliRunner()


def test_gold_export_holds_judged_documents_and_eval_scores_it(ledger, tmp_path):
    first, second = mall(ledger)
    report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
    with ledger.engine.connect() as connection:
        incident = connection.scalar(select(mentions.c.incident_id).where(mentions.c.id == f"{first}-1"))
    Workspace(ledger, "ana").correct(incident, {"killed": {"value": 19, "qualifier": "at_least"}, "weapon": "rocket"})
    out = tmp_path / "gold.jsonl"
    assert ledger.export("gold", out) == 2  # the depot is unreviewed: left out
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == [f"gold:{first}", f"gold:{second}"]
    gold = records[1]["incidents"]
    assert len(gold) == 1 and gold[0]["killed"] == {"value": 19, "qualifier": "at_least"} and gold[0]["weapon"] == "rocket"
    assert gold[0]["place"]["name"] == "Kremenchuk" and gold[0]["date"] == {"start": "2022-06-27", "end": "2022-06-27", "precision": "day"}
    assert [r["score"]["killed"] for r in records] == [False, True]  # the first report's 16 is history, not a misreading
    assert records[0]["score"]["place"] and records[0]["text"].startswith("KREMENCHUK")
    tally = evaluate([out])["gold"]
    assert tally.trials["killed"] == 1 and tally.trials["place<25km"] == 2 and tally.trials["weapon"] == 2
    Workspace(ledger, "ana").reject(incident)
    assert ledger.export("gold", tmp_path / "none.jsonl") == 0


def test_users_commands(tmp_path):
    db = tmp_path / "users.db"
    refused = runner.invoke(app, ["users", "add", "ana", "--role", "analyst", "--db", str(db)])
    assert refused.exit_code == 2 and "no ledger at" in refused.output
    made = runner.invoke(app, ["users", "add", "ana", "--role", "analyst", "--db", str(db), "--create"])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip().splitlines()[0]
    assert token.startswith("hl_") and token not in db.read_bytes().decode("latin-1")  # only its hash is kept
    again = runner.invoke(app, ["users", "add", "ana", "--role", "admin", "--db", str(db)])
    assert again.exit_code == 1 and "exists already" in again.output
    assert runner.invoke(app, ["users", "add", "bo", "--role", "boss", "--db", str(db)]).exit_code == 2
    listed = runner.invoke(app, ["users", "list", "--db", str(db)])
    assert [json.loads(line)["role"] for line in listed.stdout.splitlines()] == ["analyst"]
    exported = runner.invoke(app, ["export", str(tmp_path / "g.jsonl"), "--format", "gold", "--db", str(db)])
    assert exported.exit_code == 0 and "0 documents written" in exported.output
