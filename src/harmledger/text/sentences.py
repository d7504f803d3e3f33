"""Sentence splitting that repairs the breaks machine translation leaves.

A full stop only ends a sentence when what follows starts like a sentence
(a capital, a digit or an opening quote) and what precedes is not a known
abbreviation. Stray stops before a lower-case word ("where many civilians
live. shelter, killing about 600 people") therefore never split.

No sentence is longer than ``MAX_SENTENCE_CHARS``: a run-on text with no stop (a feed
flattened onto one line, "U.S. " a thousand times) is cut at its clause breaks, so the
pattern work on a sentence, which may look back over all of it for each number, stays
bounded and a document's time grows with its length, not its square.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from harmledger.data import table, word_set

# Every boundary begins with white space or a closing quote or bracket: the lookahead says so
# first, so that the engine leaves every other character at one test (written after the look-behind,
# it cost every character both tests: the finditer over 400 GVA dev articles took 0.023 s, now 0.018). It
# begins where a run of white space does, never inside one (each alternative looks back at a stop, a word
# or no space, so only a paragraph break could start there, and it would have at the run's start):
# otherwise each of a run's characters reads the rest of the run, and 40,000 spaces took 5 s. Every boundary
# follows a stop or reaches a line break across white space, which the second test says before the alternatives are
# tried: the space between two words is left at it, not at each alternative (0.75x the finditer's time).
_BOUNDARY = re.compile(
    r"""(?=[\s"')\]])(?<!\s)(?:(?<=[.!?])|(?=\s*\n))"""
    r"""(?:(?P<stop>(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9]))"""
    r"""|(?P<line>\s*\n\s*\n\s*|(?<=[.!?:"'])[ \t]*\n\s*)"""
    r"""|(?P<heading>(?<=[\w)])[ \t]*\n[ \t]*(?=["'(\[]?[A-Z0-9])))"""
)
_INITIALS = re.compile(r"(?:[a-z]\.)+")
_WORD_REACH = 64  # longer than any abbreviation: the last word is looked for this far back

# Longer than any sentence of the eval suites (the longest is 1,679 characters).
MAX_SENTENCE_CHARS = 2_000
# Where an over-long sentence is cut, best first: after a clause break, else after a space.
_CLAUSE_BREAK = re.compile(r"[;:,)]\s|\s-+\s")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return word_set("abbreviations")


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], which ends in a word (a boundary follows no white space), ends in an abbreviation;
    only its tail is read, so that a long run of abbreviations ("U.S. U.S. ...") is not read again at each of them.
    The tail is split at its last white space in C: a search for its last run of other characters tried each of its
    characters, each reading on to the end, and took two in five of a split's time."""
    tail = max(start, end - _WORD_REACH)
    words = text[tail:end].rsplit(None, 1)
    if not words or (len(words[-1]) == end - tail and tail > start and not text[tail - 1].isspace()):
        return False  # no word, or one longer than any abbreviation
    word = words[-1].lower().lstrip("\"'(")
    if word in _abbreviations():
        return True
    # Initials and acronyms with stops: "U.S.", "J.", "a.m."
    return _INITIALS.fullmatch(word) is not None


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets into it."""
    sentences: list[Sentence] = []
    start = 0
    wrapped = None
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group("stop") and (
                _ends_with_abbreviation(text, start, boundary.start()) or _is_fragment(text, boundary.end())):
            continue
        if boundary.group("heading"):
            if wrapped is None:
                wrapped = _is_hard_wrapped(text)
            if wrapped or _ends_mid_sentence(text, boundary.start()) or _is_entry_dateline(text, start, boundary.start()):
                continue
        _append(sentences, text, start, boundary.start())
        start = boundary.end()
    _append(sentences, text, start, len(text))
    return _without_teasers([told for sentence in sentences if (told := _less_furniture(sentence))], text)


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    return re.compile(table("sentence_cues")["page_furniture"])


def _less_furniture(sentence: Sentence) -> Sentence | None:
    """The sentence less the page's label it opens with ("Breaking News", "LIVE", "UPDATE 2-", "EXCLUSIVE:") where
    the label runs on into it, across a line break or into a sentence told to its stop; ``None`` for a label alone.
    A heading keeps its label ("Live updates: Israeli strikes across Gaza")."""
    label = _furniture().match(sentence.text)
    if label is None:
        return sentence
    if label.end() >= len(sentence.text):
        return None
    if "\n" not in label.group() and sentence.text[-1] not in _STOPS:
        return sentence
    return Sentence(sentence.start + label.end(), sentence.end, sentence.text[label.end():])


_STOPS = ".!?\"'”’"


# A line that ends in one of these continues on the next line ("a strike on a school in\nNuseirat"): a hard wrap
_CONTINUING_WORDS = frozenset(
    "a an the and or but nor of in on at to by for from with into onto over under after before during near "
    "against about between among across through than as that which who whom whose where when while if "
    "is are was were be been being has have had will would could should may might must said says his her "
    "its their our my your this these those some any no not very".split())
_LAST_LINE_WORD = re.compile(r"([A-Za-z]+)\W*$")
_WRAP = re.compile(r"[\w,;)][ \t]*\n[ \t]*(?:(?P<lower>[a-z])|[\"'(\[]?[A-Z0-9])")


def _is_hard_wrapped(text: str) -> bool:
    """Whether the text's paragraphs are wrapped at a width: more of its single line breaks inside a clause run
    on to a lower-case word than to a capital, so that a line with no final stop is no heading."""
    starts = [bool(m.group("lower")) for m in _WRAP.finditer(text)]
    return 2 * sum(starts) > len(starts)


def _ends_mid_sentence(text: str, end: int) -> bool:
    """Whether the line before ``end`` stops in the middle of a clause (on an article, preposition, conjunction
    or auxiliary) and so runs on; a heading, kicker, byline or dateline ("Live updates: Israeli strikes across
    Gaza", "By Jane Doe, Reuters") ends on a name or noun and is a sentence of its own."""
    word = _LAST_LINE_WORD.search(text, max(0, end - _WORD_REACH), end)
    return word is not None and word.group(1).lower() in _CONTINUING_WORDS


_DATELINE_WORDS = 2


def _is_entry_dateline(text: str, start: int, end: int) -> bool:
    """Whether the line before ``end`` is a live entry's dateline, a place or a time and place ("Kherson",
    "14:05 Kharkiv", "Zaporizhzhia, 09:15", "Kharkiv region"): it places the entry it heads, so it runs on into
    it. A short line with a common word ("Gang violence", "Sudan war") is a kicker, a heading of its own."""
    line_start = max(start, text.rfind("\n", start, end) + 1)
    words = _WORD.findall(text, line_start, end)
    return len(words) <= _DATELINE_WORDS and all(_names_a_place(word) for word in words)


_BEARINGS = frozenset("north south east west northern southern eastern western central".split())


def _names_a_place(word: str) -> bool:
    """A name's word ("Kherson", "al-Balah"), an area's ("region", "oblast") or a bearing's ("northern Gaza")."""
    return not word.islower() or word in _admin_words() or word in _BEARINGS


@lru_cache(maxsize=1)
def _admin_words() -> frozenset[str]:
    return word_set("geo_admin_words")


TEASER_RUN = 3  # headlines in a row, each on its own line: a list of other stories
_HEADLINE_WORDS = (3, 16)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _without_teasers(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Without the page's lists of other stories ("Man Shot, Killed Few Blocks Away From Home: Police"
    between two more headlines): runs of ``TEASER_RUN`` or more headline lines are no part of the report,
    nor are the lines of a list of videos (``_video_entry``)."""
    runs: list[list[int]] = [[]]
    videos: set[int] = set()
    for index, sentence in enumerate(sentences):
        if _video_entry(sentence, text):
            videos.add(index)
            runs.append([])
        elif not _is_headline(sentence):
            runs.append([])
        elif runs[-1] and "\n" not in text[sentences[index - 1].end:sentence.start]:
            runs.append([index])  # two headlines on one line are no list
        else:
            runs[-1].append(index)
    dropped = videos | {index for run in runs if len(run) >= TEASER_RUN for index in run}
    return [s for index, s in enumerate(sentences) if index not in dropped] if dropped else sentences


# "0:35 Two teens charged in Lakewood shooting that killed 15-year-old boy": a video list's entry, its length first
_VIDEO_ENTRY = re.compile(r"\d{1,2}:\d\d\s+(?!(?:a|p)\.?m\b)[A-Z0-9]")


def _video_entry(sentence: Sentence, text: str) -> bool:
    """Whether the sentence is a line of a page's list of videos: their length, then a headline with no stop
    ("1:27 1 dead after crash, police say"; "10:30 Police arrived." is a live report's entry)."""
    line_start = sentence.start == 0 or text[sentence.start - 1] == "\n"
    return line_start and _VIDEO_ENTRY.match(sentence.text) is not None and sentence.text[-1] not in ".!?"


def _is_headline(sentence: Sentence) -> bool:
    """A line written as a headline: a few words, most of the longer ones capitalised, no full stop."""
    if sentence.text[-1:] in ".!?\"”" or "\n" in sentence.text or sentence.text.isupper():
        return False  # a transcript's capitals are its text, not a headline
    words = _WORD.findall(sentence.text)
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1]:
        return False
    long = [w for w in words if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


_FRAGMENT = re.compile(r"[^\s.!?]+(?:\s+[^\s.!?]+)?[.!?]?[\"')]*\s*$|[^\s.!?]+(?:\s+[^\s.!?]+)?[.!?]")


_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|said|says|did|do|does|\w+ed)\b", re.IGNORECASE)


def _is_fragment(text: str, start: int) -> bool:
    """Two words with no verb ("... but not to mention. Kremenchuk bombing."): a stray
    stop that machine translation left, not a sentence of its own."""
    fragment = _FRAGMENT.match(text, start)
    return bool(fragment) and not _VERB.search(fragment.group()) and not text[start:start + 1].isdigit()


_NOT_SPACE = re.compile(r"\S")


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end:
        first = _NOT_SPACE.search(text, start, end)  # past white space at C speed: a run may be millions long
        if first is None:
            return
        start = first.start()
        cut = _cut(text, start, end)
        stop = cut
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            sentences.append(Sentence(start, stop, text[start:stop]))
        start = cut


def _cut(text: str, start: int, end: int) -> int:
    """Where the sentence from ``start`` ends: at ``end``, or for one longer than
    ``MAX_SENTENCE_CHARS`` after the last clause break (else space) in its second half."""
    limit = start + MAX_SENTENCE_CHARS
    if end <= limit:
        return end
    half = start + MAX_SENTENCE_CHARS // 2
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, half, limit)]
    if breaks:
        return breaks[-1]
    space = text.rfind(" ", half, limit)
    return space + 1 if space >= 0 else limit
