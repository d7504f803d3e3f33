"""Speed round 22: a lookback pattern is searched only in a sentence that holds one of the words every head of it
needs, the same matches as the window search that defines it, on dev text and on drawn text; a sentence said again
in a document is counted, classified and asked for its speaker once; a sentence boundary is tried only after a stop
or before a line break, the same boundaries as before; a sentence with no verb of saying is asked only for "according
to X"."""

from __future__ import annotations

import re

import pytest

from harmledger.extract import counts, extract, lexicon, pipeline, speakers
from harmledger.extract.lookback import LOOK_BACK, Backward, Lookback
from harmledger.text import sentences, split_sentences
from speed_fixtures import dev_texts, drawn


def _patterns() -> list[Backward]:
    found = [*vars(counts).values(), *lexicon.patterns().values()]
    return [pattern for pattern in found if isinstance(pattern, Backward)]


def _window_searched(sentence: str, pattern: Backward, end: int):
    """What ``Lookback.ending_at`` answers by definition: the window before ``end`` searched."""
    return pattern.whole.search(sentence, max(0, end - LOOK_BACK), end)


def _spans(sentence: str, quantities: int, ends: list[int]) -> list[tuple]:
    asked = Lookback(sentence, quantities)
    found = [(asked.ending_at(pattern, end), _window_searched(sentence, pattern, end)) for pattern in _patterns() for end in ends]
    return [(a and a.span(), b and b.span()) for a, b in found]


def test_heads_are_asked_for_only_where_needed():
    """Most patterns' heads need one of a few words; the long lists and the bare letters are not asked for."""
    needed = {pattern.heads.pattern: pattern.needed for pattern in _patterns()}
    assert sum(bool(words) for words in needed.values()) >= 6
    assert all(len(words) <= 16 for words in needed.values())
    month = next(words for head, words in needed.items() if "jan(?:uary)?" in head)
    assert month == ("apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "may", "nov", "oct", "sep")


@pytest.mark.parametrize("suite", ["gva-articles", "acled-notes"])
def test_lookback_as_the_window_searched_on_dev_text(eval_dir, suite):
    told = [s.text for text in dev_texts(eval_dir, suite)[:60] for s in split_sentences(text)]
    matched = 0
    for sentence in told:
        ends = [index for index, char in enumerate(sentence) if char.isdigit() and (index == 0 or not sentence[index - 1].isdigit())]
        for quantities in (1, len(ends) or 1):  # searched by window, and (several figures) by heads found once
            for new, old in _spans(sentence, quantities, ends):
                assert new == old, sentence
                matched += old is not None
    assert matched > 50  # the patterns match: the gate is asked, not only refused


_PIECES = ["killed ", "called ", "Called ", "CALL ", "dialled ", "911", " 12 ", "aged ", "Ages ", "age", "in March ",
           "MAR. ", "mar", "buried ", "laid to rest ", "the death toll ", "toll ", "at ", "bringing the number to ",
           "stabbed ", "SHOT ", "Smith, ", "Jr., ", "(", "He ", "a 3-year-old ", "\u212a", "İ", ", ", ". ", "\n"]


def test_lookback_as_the_window_searched_on_drawn_text():
    """Upper case, a Kelvin sign (which lower-cases to "k" as ``re.IGNORECASE`` reads it), and a dotted capital
    I (which lower-cases to two characters) among the words the heads need."""
    matched = 0
    for sentence in drawn(_PIECES, 1500, 14):
        ends = [index for index, char in enumerate(sentence) if char.isdigit()] or [len(sentence)]
        for quantities in (1, 40):
            for new, old in _spans(sentence, quantities, ends):
                assert new == old, sentence
                matched += old is not None
    assert matched > 100


def test_a_sentence_said_again_is_counted_and_classified_once(monkeypatch):
    """The bench's '"He said two people were killed. " x 2,600': each distinct sentence is read once, and every
    sentence keeps its own mention, as when each was read anew."""
    asked = {"counts": [], "classify": []}
    for name, key in (("find_counts", "counts"), ("classify", "classify")):
        def asking(text, _read=getattr(pipeline, name), _key=key):
            asked[_key].append(text)
            return _read(text)
        monkeypatch.setattr(pipeline, name, asking)
    text = "The governor said 3 people died in Kherson. " + "He said two people were killed. " * 40
    mentions = extract(text, "2024-05-02")
    assert len(set(asked["counts"])) == len(asked["counts"]) == 2
    assert len(asked["classify"]) == len(set(asked["classify"]))
    monkeypatch.undo()
    assert [m.to_dict() for m in mentions] == [m.to_dict() for m in extract(text, "2024-05-02")]


# ``sentences._BOUNDARY`` as it was, before its second test (a stop before, or a line break ahead)
_BOUNDARY_AS_IT_WAS = re.compile(
    r"""(?=[\s"')\]])(?<!\s)"""
    r"""(?:(?P<stop>(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9]))"""
    r"""|(?P<line>\s*\n\s*\n\s*|(?<=[.!?:"'])[ \t]*\n\s*)"""
    r"""|(?P<heading>(?<=[\w)])[ \t]*\n[ \t]*(?=["'(\[]?[A-Z0-9])))"""
)
_BREAK_PIECES = ["Kyiv", "said", ".", "!", "?", ":", ",", '"', "'", ")", "]", "(", " ", "  ", "\t", "\n", "\n\n", " \n ",
                 "\r\n", "\u00a0", "\u2003", "\x1c", "A", "7", "a", "U.S."]


def _boundaries(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_sentence_boundaries_as_they_were(eval_dir):
    texts = [*dev_texts(eval_dir, "gva-articles")[:300], *dev_texts(eval_dir, "acled-notes")[:300],
             *drawn(_BREAK_PIECES, 4000, 16)]
    found = 0
    for text in texts:
        expected = _boundaries(_BOUNDARY_AS_IT_WAS, text)
        assert _boundaries(sentences._BOUNDARY, text) == expected, text
        found += len(expected)
    assert found > 5000


_SPEECH_PIECES = ["According to ", "according to police", "the governor ", "He ", "Police ", "REPORTED ", "reports ",
                  "Reports say ", "puts the toll at ", "sAid ", "was confirmed by ", "\"", ", ", "said", "Saidi ", "\u212a"]


def test_what_has_no_verb_of_saying_is_searched_only_for_according_to(eval_dir):
    """``find_speaker`` skips "X said", '"..., said X"' and "was reported by X" where no verb of saying is: none of
    them matches there, on dev sentences and on drawn ones."""
    told = [s.text for text in dev_texts(eval_dir, "gva-articles")[:200] for s in split_sentences(text)]
    unsaid = [s for s in [*told, *drawn(_SPEECH_PIECES, 3000, 10)] if not speakers._SAYING.search(s)]
    _, _, after, passive = speakers._patterns()
    assert len(unsaid) > 1000
    for sentence in unsaid:
        assert next(speakers._spoken(sentence), None) is None, sentence
        assert after.search(sentence) is None and passive.search(sentence) is None, sentence
