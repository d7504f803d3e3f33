"""Speed round 19: a sentence's last word found by splitting its tail at its last white space; classify's
bracketed place asides looked for only in a text that holds " (", and its harms' words by their first letters, each
start checked in code; the same answers as before."""

from __future__ import annotations

import re

from harmledger.extract import classify as classify_module
from harmledger.extract.cues import lowered
from harmledger.text import split_sentences
from harmledger.text import sentences
from speed_fixtures import dev_texts, drawn

_LAST_WORD_SEARCHED = re.compile(r"(\S+)$")


def _ends_with_abbreviation_as_searched(text: str, start: int, end: int) -> bool:
    """``sentences._ends_with_abbreviation`` as it was: the tail searched for its last run of non-space characters."""
    tail = max(start, end - sentences._WORD_REACH)
    match = _LAST_WORD_SEARCHED.search(text, tail, end)
    if not match or (match.start() == tail and tail > start and not text[tail - 1].isspace()):
        return False
    word = match.group(1).lower().lstrip("\"'(")
    return word in sentences._abbreviations() or sentences._INITIALS.fullmatch(word) is not None


# abbreviations, initials, words longer than the tail, and every kind of white space (a boundary follows none)
_SENTENCE_PIECES = ["U.S.", "Dr.", "Lt.", "Gen.", "J.", "a.m.", "St.", "Police", "said", "(Mr.", "\"Sgt.", "x" * 30,
                    "y" * 70, "Kyiv.", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", ".", "7."]


def test_last_word_as_searched_on_drawn_text():
    asked = abbreviations = 0
    for text in drawn(_SENTENCE_PIECES, 2000, 12):
        for end in range(1, len(text) + 1):
            if text[end - 1].isspace():
                continue  # a boundary never follows white space
            for start in (0, max(0, end - 65), max(0, end - 64), max(0, end - 3)):
                expected = _ends_with_abbreviation_as_searched(text, start, end)
                assert sentences._ends_with_abbreviation(text, start, end) == expected, (text, start, end)
                asked += 1
                abbreviations += expected
    assert asked > 50_000 and abbreviations > 5_000


def test_sentences_as_searched_on_dev_texts(eval_dir, monkeypatch):
    texts = [text for suite in ("gva-articles", "acled-notes", "seed") for text in dev_texts(eval_dir, suite)[:300]]
    fast = [split_sentences(text) for text in texts]
    monkeypatch.setattr(sentences, "_ends_with_abbreviation", _ends_with_abbreviation_as_searched)
    assert fast == [split_sentences(text) for text in texts]
    assert sum(map(len, fast)) > 3_000


def _asides_masked_everywhere(text: str, low: str) -> str:
    """``classify._asides_masked`` as it was: the aside pattern looked for in every text."""
    pieces, kept_to = [], 0
    for aside in classify_module._place_aside().finditer(text):
        if not classify_module._names_no_place(aside.group("names")):
            pieces += [low[kept_to:aside.start()], "_" * (aside.end() - aside.start())]
            kept_to = aside.end()
    return "".join([*pieces, low[kept_to:]])


# asides of places and of actors, and brackets and words that make none
_ASIDE_PIECES = ["Tawila", " (North Darfur)", " (Bay, Somalia)", " (Hamas)", " (RSF)", " (Burkinabe Army)", " (",
                 "(", ")", "North", " ", ", ", " of ", "al-", "killed", "\u0130", "\u212a", "\n"]


def test_asides_as_masked_everywhere_on_drawn_text():
    masked = 0
    for text in drawn(_ASIDE_PIECES, 4000, 14):
        low = lowered(text)
        expected = _asides_masked_everywhere(text, low)
        assert classify_module._asides_masked(text, low) == expected, text
        masked += expected != low
    assert masked > 300


def test_classify_as_masked_everywhere_on_dev_texts(eval_dir, monkeypatch):
    sentences_told = [sentence.text for suite in ("acled-notes", "gva-articles")
                      for text in dev_texts(eval_dir, suite)[:200] for sentence in split_sentences(text)]
    fast = [classify_module.classify(text) for text in sentences_told]
    monkeypatch.setattr(classify_module, "_asides_masked", _asides_masked_everywhere)
    assert fast == [classify_module.classify(text) for text in sentences_told]
    assert sum(" (" in text for text in sentences_told) > 50


_HARM_AT_WORD_STARTS = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|died|dead)\b")

# harms' words whole, inside others ("skilled", "undead", "_dead", "9died", "édead") and cut off by a stretch's ends
_HARM_PIECES = ["killed", "killing", "kills", "wounded", "dead", "died", "injur", "ing", "ed", "s", "k", "un", "_", "9",
                "\u00e9", "\u0130", "-", " ", ", ", "\n", "deadly"]


def test_harms_as_at_word_starts_on_drawn_text():
    found = 0
    for low in drawn(_HARM_PIECES, 3000, 12):
        for start, end in ((0, len(low)), (1, len(low)), (2, max(2, len(low) - 1)), (3, max(3, len(low) - 3))):
            expected = [m.start() for m in _HARM_AT_WORD_STARTS.finditer(low, start, end)]
            assert classify_module._harms(low, start, end) == expected, (low, start, end)
            found += len(expected)
    assert found > 800
