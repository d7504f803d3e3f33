"""The candidate walk's order (``CandidateIndex.keyed_incidents``): the incidents sharing the most keys first, then the
latest reported, then by id, at most ``limit``; of another kind or merged away, none. Any faster ranking (session 26 tried
one in numpy) must give the order the plain ranking gives (counted in a ``Counter``, sorted by rank and id), ties at the
limit included, or linking decisions change: incidents are numbered in arrival order, so a tie broken by number passes
a test whose ids arrive in order and fails this one."""

import random
from collections import Counter
from datetime import date, timedelta

from harmledger.link.index import _RANKED_DAYS, CandidateIndex, Incident
from harmledger.link.linker import _cell

DAY = date(2024, 5, 10)


def _index(incidents: dict[str, tuple[str, bool, date]], keys: dict[str, list[tuple[str, date]]]) -> CandidateIndex:
    """An index of ``incidents`` (id → kind, merged, last reported) and ``keys`` (key → its incidents and days)."""
    index = CandidateIndex(_cell)
    for incident_id, (kind, merged, last) in incidents.items():
        index._put(incident_id, Incident(kind, False, merged, None, 41.88, -87.63, last, last))
    for key, found in keys.items():
        for incident_id, day in found:
            index.keyed({incident_id: [key]}, day)
    return index


def _plain(index: CandidateIndex, keys: dict[str, int], day: date, kind: str, per_key: int, limit: int) -> list[str]:
    """The plain ranking: every key's walk counted, ranked by shares then recency, then id."""
    code = index._kind_codes[kind]
    middle = day.toordinal()
    shared: Counter[int] = Counter()
    for key, window in keys.items():
        shared.update(index._walk(key, middle - window, middle, middle + window, code, per_key))
    ranked = sorted((-n * _RANKED_DAYS + index._recency[number], index._numbering.ids[number]) for number, n in shared.items())
    return [incident_id for _, incident_id in ranked[:limit]]


def test_the_incidents_sharing_most_keys_come_first_then_the_latest_then_by_id():
    incidents = {
        "i-charlie": ("event", False, DAY - timedelta(days=1)),
        "i-alpha": ("event", False, DAY - timedelta(days=3)),
        "i-bravo": ("event", False, DAY - timedelta(days=1)),
        "i-delta": ("event", False, DAY),
        "i-echo": ("aggregate", False, DAY),  # another kind: never offered
        "i-foxtrot": ("event", True, DAY),  # merged away
    }
    keys = {
        "pilsen": [("i-alpha", DAY - timedelta(days=3)), ("i-charlie", DAY - timedelta(days=1)), ("i-echo", DAY), ("i-foxtrot", DAY)],
        "marcus_webb": [("i-alpha", DAY - timedelta(days=3)), ("i-echo", DAY)],
        "cell:139:-146": [("i-bravo", DAY - timedelta(days=1)), ("i-charlie", DAY - timedelta(days=1)), ("i-delta", DAY)],
    }
    index = _index(incidents, keys)
    wanted = ({"pilsen": 120, "marcus_webb": 730, "cell:139:-146": 120}, DAY)
    # alpha and charlie share two keys (alpha reported earlier); bravo and charlie tie on shares and day: by id
    assert index.keyed_incidents([wanted], kind="event", per_key=20, limit=10) == [["i-charlie", "i-alpha", "i-delta", "i-bravo"]]
    assert index.keyed_incidents([wanted], kind="event", per_key=20, limit=3) == [["i-charlie", "i-alpha", "i-delta"]]
    assert index.keyed_incidents([({"no-such-key": 120}, DAY)], kind="event", per_key=20, limit=3) == [[]]
    assert index.keyed_incidents([wanted], kind="protest", per_key=20, limit=3) == [[]]


def test_the_walk_ranks_as_the_plain_ranking_on_crowded_keys_with_ties_at_the_limit():
    """Hundreds of incidents over a few crowded keys (a city's cells, a common word), many reported on one day, so that
    the limit falls inside a run of equal ranks, told apart by id alone."""
    rng = random.Random(12)
    days = [DAY - timedelta(days=n) for n in range(6)]
    numbered = rng.sample(range(600), 600)  # numbered in an order other than their ids': ties go by id, not by number
    incidents = {f"i{n:05d}": ("event" if n % 7 else "aggregate", n % 31 == 0, rng.choice(days)) for n in numbered}
    key_names = [f"cell:{139 + n // 4}:{-146 - n % 4}" for n in range(12)] + ["shooting", "englewood", "jones"]
    keys = {key: [(incident_id, last) for incident_id, (_, _, last) in rng.sample(sorted(incidents.items()), 90)] for key in key_names}
    index = _index(incidents, keys)
    for _ in range(40):
        wanted = {key: rng.choice((2, 120, 730)) for key in rng.sample(key_names, rng.randrange(1, len(key_names)))}
        day, per_key, limit = rng.choice(days) + timedelta(days=rng.randrange(-2, 3)), rng.choice((5, 20)), rng.choice((1, 7, 60))
        found = index.keyed_incidents([(wanted, day)], kind="event", per_key=per_key, limit=limit)
        assert found == [_plain(index, wanted, day, "event", per_key, limit)]


def test_the_index_still_grows_after_a_walk():
    """An incident added after a walk (a report's own new one) is walked next time, first where it was reported last: a
    ranking that read the recency array through a view it kept would have the array refuse to grow."""
    index = _index({"i-alpha": ("event", False, DAY)}, {"pilsen": [("i-alpha", DAY)]})
    assert index.keyed_incidents([({"pilsen": 120}, DAY)], kind="event", per_key=20, limit=60) == [["i-alpha"]]
    index._put("i-bravo", Incident("event", False, False, None, 41.9, -87.6, DAY, DAY + timedelta(days=1)))
    index.keyed({"i-bravo": ["pilsen"]}, DAY + timedelta(days=1))
    assert index.keyed_incidents([({"pilsen": 120}, DAY)], kind="event", per_key=20, limit=60) == [["i-bravo", "i-alpha"]]
