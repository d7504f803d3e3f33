"""Fast paths of place recognition checked against the plain searches they replace, on real dev text."""

from __future__ import annotations

import json
import random

from harmledger.eval.parts import DEV, part_of
from harmledger.geo import places
from harmledger.geo.places import _WORDS_BEFORE, _inside_full_name, _words_before


def _searched(text: str, start: int):
    match = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    return match.span() if match else None


def _found(text: str, start: int):
    match = _words_before(text, start)
    return match.span() if match else None


def test_words_before_as_searched_before_every_character(eval_dir):
    matched = 0
    for suite, records in (("gva-articles", 120), ("acled-notes", 300)):
        with (eval_dir / f"{suite}.jsonl").open(encoding="utf-8") as handle:
            texts = [json.loads(line) for line in handle]
        for text in [record["text"] for record in texts if part_of(record["id"]) == DEV][:records]:
            for start in range(len(text) + 1):
                expected = _searched(text, start)
                assert _found(text, start) == expected, (text[max(0, start - 40):start], start)
                matched += expected is not None
    assert matched > 10_000


def test_words_before_as_searched_on_drawn_text():
    """Runs of letters, stops and spaces of every length the window cuts, and a text's first characters."""
    draw = random.Random(12)
    for _ in range(3000):
        text = "".join(draw.choice("aB. .\n,Zx  é") for _ in range(draw.randrange(0, 60)))
        for start in range(len(text) + 1):
            assert _found(text, start) == _searched(text, start), (text, start)


def test_names_inside_full_names():
    text = ("Sergeant Musa Kano was shot near Kano, where Omar Salem, 17, and Yazan Abu Hassan lived; "
            "police in Kano said.")
    kano = [i for i in range(len(text)) if text.startswith("Kano", i)]
    assert [_inside_full_name(text, i, i + 4) for i in kano] == [True, False, False]
    salem = text.index("Salem")
    assert _inside_full_name(text, salem, salem + 5)
    hassan = text.index("Hassan")
    assert _inside_full_name(text, hassan, hassan + 6)
    assert places._words_before("Kano", 0) is None
