"""``make bench``'s extract step measures what it names: the share of extract's time in geocoding."""

from harmledger.bench.extract import geo_share

REPORTS = [
    "KREMENCHUK, Ukraine (AP) — A Russian missile struck a crowded shopping mall in Kremenchuk on Monday, "
    "killing at least 16 people and wounding 59, Ukrainian officials said.",
    "A man was shot and killed Saturday night in Dayton, Ohio, police said. A second man was wounded.",
]


def test_the_geocoding_share_counts_extracts_own_find_places_calls():
    share, per_s = geo_share(REPORTS)
    assert 0 < share < 1 and per_s > 0  # zero if the timed function is not the one extract calls
