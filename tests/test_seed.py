"""The seed report against its hand-annotated gold file."""

from harmledger import extract


def _figures(mentions, slot):
    return {(c.value, c.qualifier) for m in mentions if (c := getattr(m, slot))}


def test_every_gold_figure_is_found_with_its_qualifier(seed_text, seed_gold):
    mentions = extract(seed_text, seed_gold["doc"]["published"])
    for slot, expected_n in (("killed", 6), ("injured", 4)):
        gold = {(i[slot]["value"], i[slot]["qualifier"]) for i in seed_gold["incidents"] if i.get(slot)}
        assert len(gold) == expected_n
        assert gold <= _figures(mentions, slot), f"{slot}: missing {gold - _figures(mentions, slot)}"


def test_numbers_that_are_not_casualties_never_become_counts(seed_text, seed_gold):
    mentions = extract(seed_text, seed_gold["doc"]["published"])
    values = {c.value for m in mentions for c in m.counts().values()}
    assert not values & {1000, 100000}
    spans = [c.span for m in mentions for c in m.counts().values()]
    for phrase in seed_gold["not_casualties"]:
        start = seed_text.index(phrase)
        end = start + len(phrase)
        assert not any(s.start < end and start < s.end for s in spans), phrase


def test_killed_or_injured_together_is_a_casualties_count(seed_text):
    lead = extract(seed_text, "2022-06-27")[0]
    assert lead.casualties.qualifier == "vague" and lead.casualties.best == 24
    assert lead.casualties.span.text.startswith("Dozens of civilians were killed or injured")
    assert (lead.killed.value, lead.injured.value) == (16, 59)
    assert lead.killed.speaker == "regional governor"


def test_the_ap_witnessed_one_death(seed_text):
    mentions = extract(seed_text, "2022-06-27")
    [ap] = [m for m in mentions if m.killed and m.killed.value == 1]
    assert ap.killed.speaker == "AP news agency"
    assert ap.killed.qualifier == "at_least"


def test_background_massacres_are_flagged(seed_text):
    mentions = extract(seed_text, "2022-06-27")
    background = {m.killed.value for m in mentions if m.background and m.killed}
    assert background == {600, 59}
    [aggregate] = [m for m in mentions if m.kind == "aggregate"]
    assert (aggregate.killed.value, aggregate.injured.value) == (6, 31)


def test_every_gold_incident_is_framed_placed_dated_and_typed(seed_text, seed_gold):
    from harmledger.eval.scoring import dates_overlap, pair_incidents

    mentions = [m.to_dict() for m in extract(seed_text, seed_gold["doc"]["published"])]
    pairs = pair_incidents(mentions, seed_gold["incidents"])
    assert len(pairs) == len(seed_gold["incidents"]) == len(mentions) == 9
    for mention, gold in pairs:
        assert dates_overlap(mention["when"], gold["date"]), gold["id"]
        assert (mention["event_type"], mention["sub_event_type"]) == (gold["event_type"], gold["sub_event_type"]), gold["id"]


def test_the_dateline_is_not_the_lead_incidents_place(seed_text):
    lead = extract(seed_text, "2022-06-27")[0]
    assert lead.place.name == "Kremenchuk" and lead.place.admin1 == "Poltava"
