"""The victims' patterns searched over the lower-cased sentence give the matches the patterns themselves give,
on real dev sentences and on drawn strings."""

from __future__ import annotations

import json
import random

import pytest

from harmledger.eval.parts import DEV, part_of
from harmledger.extract.victims import _LOWERED, _tried, implicit_figures
from harmledger.text import split_sentences
from harmledger.text.regex import lower_case_twin


def _dev_sentences(eval_dir, suite: str, records: int) -> list[str]:
    with (eval_dir / f"{suite}.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line) for line in handle]
    texts = [record["text"] for record in texts if part_of(record["id"]) == DEV][:records]
    return [sentence.text for text in texts for sentence in split_sentences(text)]


def _as_found(name: str, sentence: str) -> list[tuple]:
    tried = _tried()
    found = tried.gated[name].finditer(sentence, tried.scan.present(sentence))
    return [(match.span(), match.groups()) for match in found]


def _as_searched(name: str, sentence: str) -> list[tuple]:
    return [(match.span(), match.groups()) for match in _tried().gated[name].gated.pattern.finditer(sentence)]


def test_the_patterns_are_lowered():
    assert all(_tried().gated[name]._lowered is not None for name in _LOWERED)


@pytest.mark.parametrize("suite,records,least", [("gva-articles", 250, 100), ("acled-notes", 400, 1), ("seed", 100, 0)])
def test_as_the_patterns_find_them(eval_dir, suite, records, least):
    matched = dict.fromkeys(_LOWERED, 0)
    for sentence in _dev_sentences(eval_dir, suite, records):
        for name in _LOWERED:
            expected = _as_searched(name, sentence)
            assert _as_found(name, sentence) == expected, (name, sentence)
            matched[name] += len(expected)
    assert matched["singular"] >= least  # the sentences hold victims: the lowered search is asked, not only refused


_PIECES = ["A ", "a ", "The ", "the ", "man ", "MAN ", "woman ", "victim ", "was ", "WAS ", "shot", "Shot ", "killed ",
           "injured ", "hurt", "who ", "died ", "later ", "not ", "critically ", "BB ", "pellets ", "with ", "gunshot ",
           "wounds", ", ", ". ", "19-year-old ", "Smith ", "\u0130", "\u017f", "\u212a", "é", "  ", "\n", "his ", "son ",
           "His ", "HER ", "injuries ", "Wounds ", "were ", "appeared ", "did not appear ", "officer's ", "Victim's "]


def test_as_the_patterns_find_them_on_drawn_text():
    """Runs of the words the pattern reads, in every case, and the letters that lower-case apart from ``re.IGNORECASE``."""
    draw = random.Random(13)
    matched = dict.fromkeys(_LOWERED, 0)
    for _ in range(4000):
        words = [draw.choice(_PIECES) for _ in range(draw.randrange(1, 14))]
        if draw.random() < 0.5:  # a victim told in order, its words in any case
            told = draw.choice([
                [draw.choice(["a ", "The ", "A SECOND ", "one of the "]), draw.choice(["man ", "Woman ", "VICTIM "]),
                 draw.choice(["was ", "who was "]), draw.choice(["shot", "Critically injured", "KILLED"])],
                [draw.choice(["His ", "her ", "The boy's ", "VICTIM'S "]), draw.choice(["injuries ", "Wound ", "WOUNDS "]),
                 draw.choice(["were ", "is ", "did not appear "])]])
            words[draw.randrange(len(words) + 1):0] = told
        sentence = "".join(words)
        for name in _LOWERED:
            expected = _as_searched(name, sentence)
            assert _as_found(name, sentence) == expected, (name, sentence)
            matched[name] += len(expected)
    assert min(matched.values()) > 50, matched


def test_lower_case_twin_keeps_classes_and_escapes():
    assert lower_case_twin(r"(?:shotgun\s+|BB\s+)?pellets?\S\B") == r"(?:shotgun\s+|bb\s+)?pellets?\S\B"
    assert lower_case_twin(r"(?P<Noun>Man)[^]a-z]X") == r"(?P<Noun>man)[^]a-z]x"
    assert lower_case_twin(r"\b(?:[Hh]is|[A-Z]\.)[-A\d]") == r"\b(?:[hh]is|[a-z]\.)[-a\d]"
    assert lower_case_twin(r"[A-z]") is None  # a range from a capital to another kind of character is not the same range lower-cased
    assert lower_case_twin(r"[0-Z]") is None
    assert lower_case_twin(r"(?-i:Man) killed") is None  # case told apart again
    assert lower_case_twin(r"\x41 killed") is None  # a capital written by its code


def test_victims_read_in_any_case():
    """The same figures whether the outlet writes its lead in capitals or not."""
    for sentence, expected in (
            ("A 17-year-old boy was critically injured after being hit by BB pellets in Dayton.", [("injured", 1)]),
            ("A 17-YEAR-OLD BOY WAS CRITICALLY INJURED AFTER BEING HIT BY BB PELLETS IN DAYTON.", [("injured", 1)]),
            ("Police said a second man was shot in the leg and taken to Grady Memorial Hospital.", [("shot", 2)])):
        figures = implicit_figures(sentence, [])
        assert [(f.slot, f.value) for f in figures] == expected, (sentence, figures)
    for sentence in ("His injuries were not life-threatening, police said.", "HIS INJURIES WERE NOT LIFE-THREATENING.",
                     "The officer's wounds are described as minor."):
        assert [(f.slot, f.value) for f in implicit_figures(sentence, [])] == [("injured", 1)], sentence
