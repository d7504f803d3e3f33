"""The suites' scoring rules on hand-made records."""

from harmledger.eval.scoring import Tally, answering_mention, count_value, dates_overlap, score_record


def test_missing_count_equals_gold_zero_and_best_stands_in_for_value():
    assert count_value(None) == 0
    assert count_value({"value": None, "best": 24}) == 24


def test_answering_mention_skips_background_and_aggregates():
    mentions = [{"background": True, "kind": "event"}, {"background": False, "kind": "aggregate"}, {"id": 3, "background": False, "kind": "event"}]
    assert answering_mention(mentions)["id"] == 3
    assert answering_mention(mentions[:1]) is mentions[0]


def test_killed_over_zero_only_counts_positive_gold():
    tally = Tally()
    record = {"incidents": [{"killed": {"value": 0}}], "score": {"killed": True}}
    score_record(tally, record, [{"killed": {"value": 1}}])
    assert tally.rate("killed") == 0.0 and tally.rate("killed>0") is None


def test_multi_incident_pairing_requires_distance_and_flags():
    golds = [
        {"place": {"lat": 49.07, "lon": 33.42}, "date": {"start": "2022-06-27", "end": "2022-06-27"}, "background": False, "kind": "event", "killed": {"value": 16}},
        {"place": {"lat": 47.1, "lon": 37.5}, "date": {"start": "2022-03-01", "end": "2022-03-31"}, "background": True, "kind": "event"},
    ]
    mentions = [
        {"place": {"lat": 49.06, "lon": 33.41}, "when": {"start": "2022-06-27", "end": "2022-06-27"}, "background": False, "kind": "event", "killed": {"value": 16}},
        {"place": {"lat": 47.1, "lon": 37.5}, "when": {"start": "2022-03-01"}, "background": False, "kind": "event"},
    ]
    tally = Tally()
    score_record(tally, {"incidents": golds, "score": {"killed": True}}, mentions)
    assert tally.rate("incident_recall") == 0.5 and tally.rate("incident_precision") == 0.5
    assert tally.rate("killed>0") == 1.0


def test_date_overlap():
    assert dates_overlap({"start": "2022-06-26", "end": "2022-06-27"}, {"start": "2022-06-27", "end": "2022-06-27"})
    assert not dates_overlap({"start": "2022-05-01"}, {"start": "2022-06-27", "end": "2022-06-27"})
