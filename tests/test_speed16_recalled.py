""""David was killed." read as a recalled shooting's death gives the same answer when a history sentence that lacks
every name in the death's words is skipped before its cues are read and a pattern is compiled for each name, on
real dev texts (the check is run beside the new one inside extract) and on sentences written here."""

from __future__ import annotations

import re
from unittest import mock

from harmledger.extract import extract, pipeline
from speed_fixtures import dev_texts

_SUITES = (("gva-articles", 250), ("acled-notes", 150), ("seed", 60), ("gva-incidents", 80))
_new = pipeline._death_of_one_recalled


def _as_before(findings, sentence, before, text, published):
    """``_death_of_one_recalled`` as it was: every told sentence's cues read and every name's pattern tried."""
    if any(f.slot != "killed" or f.basis not in ("implicit", "victim") for f in findings):
        return False
    names = {name for f in findings for name in pipeline._NAME.findall(sentence.text[f.start:f.end])}
    for told in before:
        history = [h for h in pipeline._cues().finditer("background", told.text)
                   if not pipeline._told_of_the_report_s_days(h, published)]
        if any(pipeline._harmed_as_named(name, told.text, history) and not re.search(rf"\b{name}\b", text[:told.start])
               for name in names):
            return True
    return False


def _extract_checked(text: str, answers: list[bool]) -> None:
    def both(*args):
        answer = _new(*args)
        assert answer == _as_before(*args), args[1].text
        answers.append(answer)
        return answer

    with mock.patch.object(pipeline, "_death_of_one_recalled", both):
        extract(text)


def test_as_before_on_dev_texts(eval_dir):
    answers: list[bool] = []
    for suite, records in _SUITES:
        for text in dev_texts(eval_dir, suite)[:records]:
            _extract_checked(text, answers)
    assert len(answers) > 200  # the check ran on real deaths told without a number, not only on none


_RECALLED = ("Police were called to a home on Hays Avenue, where 11-year-old David McIntyre and his 16-year-old "
             "brother were shot last month. The brothers were playing video games when they heard shots. "
             "David was killed.")
_NAMED_ELSEWHERE = ("A gunman opened fire outside a store on Main Street on Sunday, police said. Officers said the "
                    "shop had been robbed last year. Marcus was killed.")


def test_a_recalled_death_still_found_and_an_unnamed_one_still_skipped():
    answers: list[bool] = []
    _extract_checked(_RECALLED, answers)
    assert True in answers  # David is named as shot last month two sentences before: that shooting's death
    answers.clear()
    _extract_checked(_NAMED_ELSEWHERE, answers)
    assert answers and not any(answers)  # Marcus is in no earlier sentence: the news's own death
