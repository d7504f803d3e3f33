"""The set-aside fifth: stable, about a fifth, reported beside its suite, floors by part."""

from harmledger.eval.parts import DEV, HELD_ASIDE, part_name, part_of
from harmledger.eval.runner import floors_failed, metrics
from harmledger.eval.scoring import Tally


def test_part_is_a_stable_hash_of_the_id_and_about_a_fifth():
    ids = [f"record:{i}" for i in range(20000)]
    held = [i for i in ids if part_of(i) == HELD_ASIDE]
    assert 0.19 < len(held) / len(ids) < 0.21
    assert [part_of(i) for i in ids[:50]] == [part_of(i) for i in ids[:50]]
    assert part_of("acled:UKR40153") in (DEV, HELD_ASIDE)
    assert part_name("gva-articles", HELD_ASIDE) == "gva-articles/held-aside"


def test_tallies_merge_into_their_suite_and_part():
    whole, one = Tally(), Tally()
    one.add("killed", True)
    one.add("killed", False)
    whole.merge(one)
    whole.merge(one)
    assert whole.trials["killed"] == 4 and whole.rate("killed") == 0.5


def test_a_bare_floor_holds_for_whole_suites_and_a_named_part_for_that_part():
    results = {"gva": {"killed": 0.9}, "gva/dev": {"killed": 0.95}, "gva/held-aside": {"killed": 0.7}}
    assert floors_failed(results, {"killed": 0.8}) == []
    assert floors_failed(results, {"gva:killed": 0.8}) == []
    assert floors_failed(results, {"gva/held-aside:killed": 0.8}) == ["gva/held-aside:killed = 0.700 < 0.8"]
    assert floors_failed(results, {"gva/held-aside:nothing": 0.8}) == ["gva/held-aside:nothing: no suite reports this metric"]


def test_metrics_report_each_part_beside_its_suite():
    tally = Tally()
    tally.add("killed", True)
    names = list(metrics({"gva/held-aside": tally, "gva": tally, "gva/dev": tally}))
    assert names == ["gva", "gva/dev", "gva/held-aside"]
