"""The singular victim pattern searched over the lower-cased sentence gives the matches the pattern itself gives,
on real dev sentences and on drawn strings."""

from __future__ import annotations

import json
import random

import pytest

from harmledger.eval.parts import DEV, part_of
from harmledger.extract.victims import _lowered, _tried, implicit_figures
from harmledger.text import split_sentences


def _dev_sentences(eval_dir, suite: str, records: int) -> list[str]:
    with (eval_dir / f"{suite}.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line) for line in handle]
    texts = [record["text"] for record in texts if part_of(record["id"]) == DEV][:records]
    return [sentence.text for text in texts for sentence in split_sentences(text)]


def _as_found(sentence: str) -> list[tuple]:
    tried = _tried()
    found = tried.gated["singular"].finditer(sentence, tried.scan.present(sentence))
    return [(match.span(), match.groups()) for match in found]


def _as_searched(sentence: str) -> list[tuple]:
    return [(match.span(), match.groups()) for match in _tried().gated["singular"].gated.pattern.finditer(sentence)]


@pytest.mark.parametrize("suite,records,least", [("gva-articles", 250, 100), ("acled-notes", 400, 1), ("seed", 100, 0)])
def test_singular_as_the_pattern_finds_it(eval_dir, suite, records, least):
    matched = 0
    for sentence in _dev_sentences(eval_dir, suite, records):
        expected = _as_searched(sentence)
        assert _as_found(sentence) == expected, sentence
        matched += len(expected)
    assert matched >= least  # the sentences hold victims: the lowered search is asked, not only refused


_PIECES = ["A ", "a ", "The ", "the ", "man ", "MAN ", "woman ", "victim ", "was ", "WAS ", "shot", "Shot ", "killed ",
           "injured ", "hurt", "who ", "died ", "later ", "not ", "critically ", "BB ", "pellets ", "with ", "gunshot ",
           "wounds", ", ", ". ", "19-year-old ", "Smith ", "\u0130", "\u017f", "\u212a", "é", "  ", "\n", "his ", "son "]


def test_singular_as_the_pattern_finds_it_on_drawn_text():
    """Runs of the words the pattern reads, in every case, and the letters that lower-case apart from ``re.IGNORECASE``."""
    draw = random.Random(13)
    matched = 0
    for _ in range(4000):
        words = [draw.choice(_PIECES) for _ in range(draw.randrange(1, 14))]
        if draw.random() < 0.5:  # a victim told in order, its words in any case
            told = [draw.choice(["a ", "The ", "A SECOND ", "one of the "]), draw.choice(["man ", "Woman ", "VICTIM "]),
                    draw.choice(["was ", "who was "]), draw.choice(["shot", "Critically injured", "KILLED"])]
            words[draw.randrange(len(words) + 1):0] = told
        sentence = "".join(words)
        expected = _as_searched(sentence)
        assert _as_found(sentence) == expected, sentence
        matched += len(expected)
    assert matched > 200


def test_lowered_keeps_classes_and_escapes():
    assert _lowered(r"(?:shotgun\s+|BB\s+)?pellets?\S\B") == r"(?:shotgun\s+|bb\s+)?pellets?\S\B"
    assert _lowered(r"(?P<Noun>Man)[^]a-z]X") == r"(?P<Noun>man)[^]a-z]x"
    assert _lowered(r"[A-z]") is None  # a range from a capital is not the same range lower-cased


def test_victims_read_in_any_case():
    """The same figures whether the outlet writes its lead in capitals or not."""
    for sentence in ("A 17-year-old boy was critically injured after being hit by BB pellets in Dayton.",
                     "A 17-YEAR-OLD BOY WAS CRITICALLY INJURED AFTER BEING HIT BY BB PELLETS IN DAYTON.",
                     "Police said a second man was shot in the leg and taken to Grady Memorial Hospital."):
        figures = implicit_figures(sentence, [])
        assert [(f.slot, f.value) for f in figures] in ([("injured", 1)], [("shot", 2)]), (sentence, figures)
