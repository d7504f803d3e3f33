"""Speed round 23: a sentence is searched for a street address only where it holds " block of ", which every match
of the address cue holds (its look-behind was tried at every character of every sentence asked)."""

from __future__ import annotations

import pytest

from harmledger.extract.pipeline import _address, _cue
from speed_fixtures import drawn

_PIECES = ["the ", "2600", " block", " of ", "block of ", "Elm Street", "N. Main St.", ", of the ", " ", "22nd Avenue",
           "police said", "12", "Blocks", "a"]


def test_every_address_cue_match_holds_the_literal_looked_for():
    assert " block of " in _cue("address").pattern
    texts = list(drawn(_PIECES, 4000, 10))
    matched = [m.group() for t in texts if (m := _cue("address").search(t))]
    assert matched and all(" block of " in f" {m}" for m in matched)
    assert [t for t in texts if _cue("address").search(t) and " block of " not in t] == []


@pytest.mark.parametrize("sentence, address", [
    ("A man was shot in the 2600 block of Vespasian Boulevard on Saturday night, police said.", "2600 vespasian boulevard"),
    ("A man was shot in the 2600 block of 22nd Avenue, police said.", None),
    ("Officers found the victim in the 100 block of N. Main St.", "100 n. main st"),
    ("A 34-year-old man was killed in a crash on Interstate 40 near Exit 12, troopers said.", None),
    ("Smith, 71, died March 3 at home; a block party in his honor is planned.", None),
    ("The jury found him guilty of the shooting on the west side of the block of flats.", None),
])
def test_addresses_in_local_news_are_read_as_before(sentence, address):
    assert _address(sentence) == address
