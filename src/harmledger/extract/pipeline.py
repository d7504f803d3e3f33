"""``extract``: one report in, its incident mentions out, each figure with its evidence."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from harmledger.data import table
from harmledger.extract.counts import find_counts
from harmledger.extract.frame import SentenceFacts, frame
from harmledger.extract.speakers import find_speaker
from harmledger.model import Mention
from harmledger.text import normalize, split_sentences


@cache
def _cue(name: str) -> re.Pattern[str]:
    return re.compile("|".join(table("temporal_cues")[name]), re.IGNORECASE)


def extract(text: str, published: date | str | None = None) -> list[Mention]:
    """The incident mentions of one report, in document order.

    ``published`` anchors relative dates ("Monday", "in March"); it may be a
    ``date`` or an ISO string.
    """
    if not text or not text.strip():
        return []
    normalized = normalize(text)
    facts: list[SentenceFacts] = []
    last_speaker: str | None = None
    for sentence in split_sentences(normalized.text):
        speaker = find_speaker(sentence.text, previous=last_speaker)
        last_speaker = speaker or last_speaker
        findings = find_counts(sentence.text)
        if not findings:
            continue
        spans = [
            normalized.original_span(sentence.start + f.start, sentence.start + f.end) for f in findings
        ]
        facts.append(
            SentenceFacts(
                findings=list(zip(findings, spans)),
                speaker=speaker,
                background=bool(_cue("background").search(sentence.text)),
                aggregate=bool(_cue("aggregate").search(sentence.text)),
            )
        )
    return frame(facts)
