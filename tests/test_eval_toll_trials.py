"""The toll trials of a linking run: what ``toll_killed`` scores and ``eval.misses --incidents`` lists."""

import json

import pytest

from harmledger.eval.linking import score_linking, toll_right, toll_trials


def _record(record_id, key, killed):
    return {"id": record_id, "incident_key": key, "incidents": [{"killed": {"value": killed}}]}


RECORDS = [_record("a1", "gva:1", 2), _record("a2", "gva:1", 2), _record("b1", "gva:2", 0), _record("c1", "gva:3", 1)]
INCIDENTS = [
    {"lead_records": ["a1", "a2"], "killed": {"low": 2, "best": 2, "high": 2}},
    {"lead_records": ["b1"], "killed": {"low": 1, "best": 1, "high": 1}},
]


def test_each_gold_incident_is_tried_on_the_predicted_incident_holding_most_of_its_records():
    trials = {members[0]["incident_key"]: (gold, incident) for members, gold, incident in toll_trials(RECORDS, INCIDENTS, "killed")}
    assert trials == {"gva:1": (2, INCIDENTS[0]), "gva:2": (0, INCIDENTS[1]), "gva:3": (1, None)}
    assert [toll_right(gold, incident, "killed") for gold, incident in trials.values()] == [True, False, False]


def test_toll_killed_is_the_share_of_trials_right():
    assert score_linking(RECORDS, INCIDENTS)["toll_killed"] == 1 / 3


def test_a_missed_toll_is_classed_by_the_claims_the_predicted_incident_holds():
    from harmledger.eval.misses import miss_class

    def claim(record, value):
        return {"slot": "killed", "value": value, "best": value, "background": False, "records": [record]}

    own = [_record("a1", "gva:1", 2)]
    assert miss_class(own, 2, {"claims": [claim("a1", 2), claim("x1", 1)]}, "killed") == "reconciliation: a report gives the gold figure"
    assert miss_class(own, 2, {"claims": [claim("a1", 3)]}, "killed") == "extraction: its reports give other figures"
    assert miss_class(own, 0, {"claims": [claim("x1", 1)]}, "killed") == "gold 0: a figure linked in from other reports"
    assert miss_class(own, 2, None, "killed") == "no incident (no lead mention)"


def test_misses_read_a_record_as_the_eval_does_with_its_title(tmp_path):
    from harmledger.eval.misses import dev_misses

    record = {
        "id": "title-1", "suite": "gva-articles", "published": "2024-03-02",
        "incidents": [{"killed": {"value": 2, "qualifier": "gva"}}], "score": {"killed": True},
        "title": "Two men killed in Akron shooting",
        "text": "Police were called to the 400 block of Main Street on Friday night. Officers found the victims in a "
                "parked car. No arrests have been made.",
    }
    suite = tmp_path / "suite.jsonl"
    suite.write_text(json.dumps(record) + "\n")
    assert [missed for _, missed, _ in dev_misses([suite], "killed")] == []


def test_incident_misses_refuse_a_metric_that_is_not_a_toll(tmp_path, capsys):
    from harmledger.eval.misses import main

    with pytest.raises(SystemExit):
        main([str(tmp_path / "suite.jsonl"), "--incidents", "--metric", "place<25km"])
    assert "not place<25km" in capsys.readouterr().err
