"""Extract work that grew with the square of a text's length (session 22's scaling probe), shown bounded
by structure (how much is looked at per name), never by a clock.

A 200 KB text that is one long list of places before a region ("4 killed in Kyiv, Kharkiv, Odesa
region, ...": a front-line roundup without full stops) took 27 s, 22 of them in the check whether a
name before a region is already matched: every match of the text was asked, for every region named.
"""

from __future__ import annotations

from harmledger import extract
from harmledger.geo import places

TOWNS = ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Poltava", "Chernihiv", "Kherson", "Mykolaiv"]


class _CountedReads(list):
    def __init__(self, items, reads):
        super().__init__(items)
        self.reads = reads

    def __getitem__(self, index):
        self.reads.append(1)
        return super().__getitem__(index)


def _roundup(items: int) -> str:
    return "".join(f"{n % 9 + 2} people were killed in {TOWNS[n % 10]}, {TOWNS[(n + 3) % 10]} region, " for n in range(items))


def test_names_before_regions_are_checked_against_the_matches_near_them_not_every_match(monkeypatch):
    reads, sizes = [], []
    checked = places._misspelt_before_regions

    def counted(text, folded, offsets, matches, gaz):
        sizes.append(len(matches))
        return checked(text, folded, _CountedReads(offsets, reads), matches, gaz)

    monkeypatch.setattr(places, "_misspelt_before_regions", counted)
    extract(_roundup(400), published="2024-03-04")
    assert sizes[-1] >= 400
    assert len(reads) < 20 * sizes[-1]


def test_a_misspelt_village_before_its_region_is_still_found_beside_other_names():
    """What the check is for: a name the gazetteer lacks, before its region, is that region's nearest spelling;
    one already matched as a place is left as it is."""
    text = ("Russian forces fired mortars at Gremyachka, Chernihiv, on Saturday, killing two people, and shelled "
            "Kharkiv, Sumy region, the border guard said.")
    found = {m.place.name for m in extract(text, published="2024-03-02") if m.place}
    assert "Hremiachka" in found
