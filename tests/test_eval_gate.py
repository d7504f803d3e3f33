"""CI's accuracy gate: the dev suites must stay above floors a little under what we reach.

Raise a floor when a change lifts its metric; a regression below one fails CI.
"""

from typer.testing import CliRunner

from harmledger.cli import app

FLOORS = {
    "gva-articles:killed": 0.905,
    "gva-articles:killed>0": 0.82,
    "gva-articles:injured": 0.82,
    "gva-articles:injured>0": 0.68,
    "acled-notes:killed": 0.985,
    "acled-notes:killed>0": 0.92,
    "seed:killed_figures": 1.0,
    "seed:injured_figures": 1.0,
}


def test_dev_suites_stay_above_their_floors(eval_dir):
    suites = [eval_dir / name for name in ("seed.jsonl", "gva-articles.jsonl", "acled-notes.jsonl")]
    args = ["eval", *map(str, suites)]
    for metric, floor in FLOORS.items():
        args += ["--min", f"{metric}={floor}"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
