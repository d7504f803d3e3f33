"""The screen reads what two reports' names share only where the names could lift a pair over the floor (at their most,
four pairs in five of the link bench are hopeless already), and a shared surname from the other report's name ends,
without looking up the other's rarities. On real reports, the pairs it leaves out are those it left out reading every
report's names, and the surnames both give are those of the feature."""

from datetime import date
from itertools import permutations

from test_link_accuracy8 import PLEA, SHOOTING
from test_link_screen import PLACEMENTS, REPORTS

from harmledger.link.features import Screen, Side, apart, document_features, threshold
from harmledger.link.fingerprint import RARE_WORD, fingerprint, rarity
from harmledger.link.linker import RELINK_SHARE

NAMED = (*REPORTS, fingerprint(SHOOTING, [], published=date(2016, 7, 24)), fingerprint(PLEA, [], published=date(2016, 8, 2)))


def _surnames(report) -> set[str]:
    """The rare last words of the names a report gives in full, looked up word by word."""
    return {last for term in report.names if "_" in term and rarity(last := term.rsplit("_", 1)[-1]) >= RARE_WORD}


def test_a_shared_surname_is_read_from_the_other_reports_name_ends():
    """"Kalif Marquis Goens" and "Kalif Goens": the surname both give is found among the plea's name ends, rare or not;
    for every pair of real reports the feature is whether their surnames meet."""
    shooting, plea = NAMED[-2:]
    assert "goens" in plea.name_ends and "goens" in shooting.surnames
    shared = 0
    for fa, fb in permutations(NAMED, 2):
        expected = float(bool(_surnames(fa) & _surnames(fb)))
        assert document_features(fa, fb).surname == expected
        shared += expected > 0
    assert shared >= 2


def test_the_names_at_their_most_bound_the_names_as_features_finds_them():
    sharing = 0
    for fa, fb in permutations(NAMED, 2):
        screen = Screen(Side(fa, 1, *PLACEMENTS[0]))
        names = screen.document_bound(fb)[3]
        if not (fa.names and fb.names):
            assert names is None
            continue
        most, most_per_100km, published_days, follow_up = names
        found, found_per_100km = screen.names_bound(fb, published_days, follow_up)
        for hundreds_km in (0.0, 0.3, 5.0):
            assert most + most_per_100km * hundreds_km >= found + found_per_100km * hundreds_km
        sharing += found != 0.0
    assert sharing > 0


def test_the_screen_leaves_out_the_pairs_it_left_out_reading_every_reports_names():
    """Each pair's answer is the one of a bound whose names' part is read first (as ``features`` finds it)."""
    left_out = kept = 0
    for fa in NAMED:
        for lat, lon, when in PLACEMENTS[:3]:
            a = Side(fa, 1, lat, lon, when)
            for floor in (threshold(), threshold() * RELINK_SHARE):
                screen = Screen(a, floor)
                for fb in NAMED:
                    for placement in PLACEMENTS:
                        b = Side(fb, 1, *placement)
                        z, per_100km, wounds_first, names = screen.document_bound(fb)
                        if names is not None:
                            found, found_per_100km = screen.names_bound(fb, names[2], names[3])
                            z, per_100km = z + found, per_100km + found_per_100km
                        read_first = Screen(a, floor, {"other": (z, per_100km, wounds_first, None)})
                        hopeless = screen.hopeless(b, apart(a, b))
                        assert hopeless == read_first.hopeless(b, apart(a, b), "other")
                        left_out, kept = left_out + hopeless, kept + (not hopeless)
    assert left_out > kept > 0
