""""X said" found without trying the pattern at a space or a stop gives the matches that trying it at every start
in a role's stretch gave, on real dev sentences and on drawn strings; and the roles it relies on begin with a letter."""

from __future__ import annotations

from unittest import mock

from harmledger.data import word_set
from harmledger.extract import speakers
from harmledger.text import split_sentences
from speed_fixtures import dev_texts, drawn

_SUITES = (("gva-articles", 200), ("acled-notes", 400), ("seed", 60), ("gva-incidents", 80))


def _first_spoken_as_before(sentence, position, stretches, spoken, roleless):
    """``_first_spoken`` as it was: the pattern tried at every start of each stretch."""
    plain = roleless.search(sentence, position)
    limit = plain.start() if plain else len(sentence)
    tried = position - 1
    for first, last in stretches:
        for start in range(max(first, tried + 1), min(last, limit) + 1):
            if match := spoken.match(sentence, start):
                return match
            tried = start
    return plain


def _found(sentence: str) -> list[tuple]:
    return [(match.span(), match.group("who")) for match in speakers._spoken(sentence)]


def _found_as_before(sentence: str) -> list[tuple]:
    with mock.patch.object(speakers, "_first_spoken", _first_spoken_as_before):
        return _found(sentence)


def test_as_before_on_dev_sentences(eval_dir):
    found = 0
    for suite, records in _SUITES:
        for text in dev_texts(eval_dir, suite)[:records]:
            for sentence in split_sentences(text):
                expected = _found_as_before(sentence.text)
                assert _found(sentence.text) == expected, sentence.text
                found += len(expected)
    assert found > 500  # the sentences name speakers: matches are compared, not only their absence


_PIECES = ["police ", "Police ", "POLICE ", "the ", "The ", "a ", "local ", "governor ", "regional ", "Kharkiv ",
           "Oleh Syniehubov", "said", " said ", "told AFP ", "he ", "she said ", "they ", ", ", ". ", "(", ")", "\"",
           "\u201c", "  ", "\n", "officials ", "spokesman for the ", "Red Crescent ", "ministry ", "of ", "in ", "Gaza ",
           "\u212aherson ", "\u017fheriff ", "\u0130ran ", "é", "42 ", "'s ", "-", "witnesses ", "and ", "residents "]


def test_as_before_on_drawn_text():
    """Roles in every case, after spaces, stops, brackets, quotes and digits, letters that fold to ASCII ones."""
    found = 0
    for sentence in drawn(_PIECES, 3000, 18):
        expected = _found_as_before(sentence)
        assert _found(sentence) == expected, sentence
        found += len(expected)
    assert found > 1000


def test_every_role_begins_with_a_letter():
    """What skipping a start that is no letter rests on (with the pronouns', names' and articles' letters)."""
    for role in word_set("speaker_roles") | word_set("speaker_local_roles"):
        assert role[0].isalpha(), role


def test_speakers_found_after_spaces_and_stops():
    assert speakers.find_speaker("Two died.  The regional governor said so.") == "regional governor"
    assert speakers.find_speaker("\u201cIt was terrible,\u201d police said, adding that two died.") == "police"
    assert speakers.find_speaker("(Reuters) - Officials said 12 people were killed.") == "Officials"
