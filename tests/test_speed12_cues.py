"""The cue index tries a cue only where the whole of its literal start is: the same hits, in the same order,
as trying every cue of a prefix's group, on real dev text and on new sentences."""

from __future__ import annotations

import json
from functools import cache
from re import _constants as sre
from re import _parser as sre_parse

import ahocorasick
import pytest

from harmledger.eval.parts import DEV, part_of
from harmledger.extract.classify import _index, classify
from harmledger.extract.cues import CueIndex, Hit, _outermost, literal_prefix, lowered, whole_literal_start
from harmledger.extract.when import _relative_phrases
from harmledger.text import split_sentences


@cache
def _prefix_groups(index: CueIndex) -> ahocorasick.Automaton:
    """The index's cues grouped by literal prefix, each group in its order, in an automaton of the prefixes."""
    groups: dict[str, list[tuple[int, object]]] = {}
    for _, placed in index._automaton.values():
        for _, place, cue in placed:
            groups.setdefault(literal_prefix(cue.regex), []).append((place, cue))
    automaton = ahocorasick.Automaton()
    for prefix, group in groups.items():
        automaton.add_word(prefix, (len(prefix), sorted(group, key=lambda placed: placed[0])))
    automaton.make_automaton()
    return automaton


def _every_cue_of_the_prefix_tried(index: CueIndex, low: str) -> list[Hit]:
    """``CueIndex.scan`` as it was: at each prefix, every cue of its group tried, in the group's order."""
    hits = []
    for last, (length, group) in _prefix_groups(index).iter(low):
        start = last - length + 1
        if start and (low[start - 1].isalnum() or low[start - 1] == "-"):
            continue
        for _, cue in group:
            if match := cue.pattern.match(low, start):
                hits.append(Hit(start, match.end(), cue))
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    return _outermost(hits)


def _indexes() -> list[CueIndex]:
    return [_index(), *(_relative_phrases(key) for key in ("relative", "relative_opening", "relative_told"))]


def _cues(index: CueIndex):
    return [cue for _, placed in index._automaton.values() for _, _, cue in placed]


def _dev_sentences(eval_dir, suite: str, records: int) -> list[str]:
    with (eval_dir / f"{suite}.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line) for line in handle]
    texts = [record["text"] for record in texts if part_of(record["id"]) == DEV][:records]
    return [sentence.text for text in texts for sentence in split_sentences(text)]


@pytest.mark.parametrize("suite,records", [("gva-articles", 150), ("acled-notes", 400), ("seed", 100)])
def test_scan_as_every_cue_of_the_prefix_tried(eval_dir, suite, records):
    sentences = _dev_sentences(eval_dir, suite, records)
    found = 0
    for index in _indexes():
        for sentence in sentences:
            low = lowered(sentence)
            expected = _every_cue_of_the_prefix_tried(index, low)
            assert index.scan(low) == expected, sentence
            found += len(expected)
    assert found > len(sentences)  # the sentences hold cues: the filter is asked, not only refused


def test_hits_of_one_stretch_keep_their_order():
    """Two cues that match the same words come in the order they always came: the shorter prefix's first."""
    index = CueIndex([("actor", 0, "A", r"the\ us\ army"), ("actor", 0, "B", r"the us\ army"), ("actor", 0, "C", r"the\ us army")])
    low = "on friday the us army said"
    assert [hit.cue.value for hit in index.scan(low)] == [hit.cue.value for hit in _every_cue_of_the_prefix_tried(index, low)]
    assert [hit.cue.value for hit in index.scan(low)] == ["A", "C", "B"]


def _parsed_literal_start(regex: str) -> str:
    chars = []
    for op, av in sre_parse.parse(regex).data:
        if op is not sre.LITERAL:
            break
        chars.append(chr(av))
    return "".join(chars)


def test_whole_literal_start_is_what_every_match_starts_with():
    """Read from the parsed regex of every cue whose whole literal start is longer than its prefix."""
    grown = {cue.regex for index in _indexes() for cue in _cues(index) if whole_literal_start(cue.regex) != literal_prefix(cue.regex)}
    assert len(grown) > 100
    for regex in grown:
        assert whole_literal_start(regex).startswith(literal_prefix(regex))
        assert _parsed_literal_start(regex).startswith(whole_literal_start(regex)), regex


@pytest.mark.parametrize("regex,start", [
    (r"the\ us(?= said)", "the us"), (r"al\-shabaab(?: fighters)?", "al-shabaab"), (r"u\.s\.\ africa\ command", "u.s. africa command"),
    (r"shot\ dead\b", "shot dead"), (r"killed (?:a|b)", "killed "), (r"pro\-kyiv\ ?forces", "pro-kyiv"), (r"gunm[ae]n", "gunm"),
    (r"drone\ strikes?", "drone strike"), (r"air\ raid\ {1,2}siren", "air raid"), (r"mortar\ shells*", "mortar shell"),
])
def test_whole_literal_start(regex, start):
    assert whole_literal_start(regex) == start


@pytest.mark.parametrize("sentence,perpetrator", [
    ("The US military said it carried out an air strike on an al-Shabaab camp near Jilib.", "United States"),
    ("Al-Shabaab fighters attacked a military base in Lower Shabelle, killing five soldiers.", "Al-Shabaab"),
    ("Pro-Russian forces shelled the village of Novoluhanske overnight, the regional governor said.", "NAF"),
    ("South Sudanese soldiers opened fire on civilians in Yei on Sunday.", "South Sudan"),
])
def test_a_doer_written_with_an_escaped_start(sentence, perpetrator):
    """Doers whose cues begin "the\\ us", "al\\-shabaab", "pro\\-russian", "south\\ sudanese": found behind the first run."""
    assert classify(sentence).perpetrator == perpetrator
