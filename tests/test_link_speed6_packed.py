"""Issue 10 (link time per document): a stored fingerprint is read back through its constructor, its keys and surnames
as found where it was made (format 2), and found when first asked for where it was stored in format 1."""

import sys
from dataclasses import replace
from datetime import date

import msgpack
import pytest

from harmledger.link.fingerprint import Fingerprint, fingerprint


def test_a_fingerprint_read_back_is_constructed_with_its_stored_keys_and_surnames(monkeypatch):
    made = fingerprint(
        "Police said Kalif Marquis Goens, 19, was shot on Elmwood Avenue in Camden. Goens died at the scene.", [],
        title="Camden teen killed on Elmwood Avenue", url="https://www.courierpostonline.com/story", published=date(2017, 5, 2),
    )
    keys, surnames = made.keys, made.surnames
    monkeypatch.setattr(sys.modules[Fingerprint.__module__], "rarity", lambda term: pytest.fail(f"{term!r} looked up again"))
    back = Fingerprint.from_bytes(made.to_bytes())
    assert back == made and back.stored_keys == tuple(keys) and back.keys == keys and back.surnames == surnames == {"goens"}
    assert "keys" not in repr(back)  # what was found is no field shown, compared or asked for
    assert replace(back, domain="example.com").keys == keys  # a copy keeps them


def test_a_fingerprint_stored_in_format_1_finds_its_keys_when_first_read():
    made = fingerprint("Officers said Darnell Hughes, 16, was shot near Fenwick Street.", [], title="Teen shot in Fenwick", published=date(2016, 3, 1))
    format_1 = msgpack.packb([1, *msgpack.unpackb(made.to_bytes(), strict_map_key=False)[1:12]])
    back = Fingerprint.from_bytes(format_1)
    assert back.stored_keys is None and back.stored_surnames is None
    assert back.keys == made.keys and back.surnames == made.surnames
