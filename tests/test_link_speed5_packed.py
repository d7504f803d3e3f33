"""A stored fingerprint carries its keys and surnames (format 2): the linker reads them without a word looked up again,
and a fingerprint stored in format 1 still gives the same ones."""

from datetime import date
from importlib import import_module

import msgpack
import pytest

from harmledger.extract import extract
from harmledger.link.fingerprint import Fingerprint, fingerprint

prints = import_module("harmledger.link.fingerprint")  # the module: the package's name ``fingerprint`` is the function

REPORTS = [
    ("2016-03-12", "Teen killed in Southwick Street shooting, Tacoma police say",
     "TACOMA, Wash. - A 17-year-old boy was shot and killed Friday night on Southwick Street, Tacoma police said. "
     "Officers found Darnell Okonkwo-Reyes, 17, in the 3400 block of South Southwick Street shortly after 10 p.m. "
     "He died at the scene. Police spokeswoman Loretta Cool said detectives were looking for a dark sedan."),
    ("2016-03-14", "Vigil held for Darnell Okonkwo-Reyes",
     "Friends and family gathered Sunday in Tacoma to remember Darnell Okonkwo-Reyes, the teenager shot dead on "
     "Southwick Street on Friday. His mother, Marisol Okonkwo-Reyes, asked anyone with information to call police."),
    ("2015-11-02", "Two wounded outside Bellhaven tavern",
     "Two men were wounded early Sunday when a gunman opened fire outside the Blue Heron Tavern in Bellhaven, "
     "Whatcom County sheriff's deputies said. Both were taken to a hospital with injuries that were not life-threatening."),
]


def _prints() -> list[Fingerprint]:
    found = []
    for day, title, body in REPORTS:
        published = date.fromisoformat(day)
        found.append(fingerprint(body, extract(body, published), title=title, url="https://www.example.com/news/1", published=published))
    return found


def test_keys_and_surnames_come_back_from_the_stored_bytes_without_a_word_looked_up(monkeypatch):
    made = _prints()
    expected = [(p.keys, p.surnames) for p in made]
    stored = [p.to_bytes() for p in made]
    assert any(keys for keys, _ in expected) and any(surnames for _, surnames in expected)

    def looked_up(term: str) -> float:
        raise AssertionError(f"{term!r} looked up in wordfreq again")

    monkeypatch.setattr(prints, "rarity", looked_up)
    read = [Fingerprint.from_bytes(data) for data in stored]
    assert [(p.keys, p.surnames) for p in read] == expected
    assert read == made


def _format_1(found: Fingerprint) -> bytes:
    """``found`` packed as format 1 stored it: no keys, no surnames."""
    version, *values = msgpack.unpackb(found.to_bytes(), strict_map_key=False)
    assert version == 2
    return msgpack.packb([1, *values[:-2]])


def test_a_fingerprint_stored_in_format_1_reads_the_same_and_finds_its_keys_when_asked():
    for found in _prints():
        old = Fingerprint.from_bytes(_format_1(found))
        assert "keys" not in old.__dict__  # looked up when first read, as before format 2
        assert old == found and old.keys == found.keys and old.surnames == found.surnames


def test_a_fingerprint_of_an_unknown_format_or_cut_short_is_refused():
    found = _prints()[0]
    version, *values = msgpack.unpackb(found.to_bytes(), strict_map_key=False)
    with pytest.raises(ValueError, match="format 3"):
        Fingerprint.from_bytes(msgpack.packb([3, *values]))
    with pytest.raises(ValueError, match="format 2"):
        Fingerprint.from_bytes(msgpack.packb([2, *values[:-1]]))
