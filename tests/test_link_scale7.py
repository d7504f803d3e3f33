"""A report's mentions read their candidates through one ``CandidateView``: each candidate's members shown (those
published by the report's day, the latest ``MAX_MEMBERS``), with their sides, and each other document's comparison,
found once for all the report's mentions. A pair whose ``ceiling`` stays below the lowest probability the linker
compares with is not scored: the ceiling is never below the model's sum."""

from datetime import date, timedelta

from test_link_scale6 import ELSEWHERE, FIRST, FOLLOW_UP

from harmledger.link.features import Screen, Side, _model, document_features, features, match_probability
from harmledger.link.index import Member
from harmledger.link.linker import MAX_MEMBERS, CandidateView

REPORTED = date(2016, 3, 16)


def _member(document_id: str, published: date, lead: bool = True) -> Member:
    return Member(f"{document_id}-1", document_id, 1, 33.77, -84.28, published, False, published, lead)


def _sides(fingerprints: dict):
    """A linker's ``_side``, counting the sides it is asked for."""
    asked: list[str] = []

    def side_of(member):
        asked.append(member.id)
        found = fingerprints.get(member.document_id)
        return None if found is None else Side(found, member.ordinal, member.lat, member.lon, member.when_start)

    return side_of, asked


def test_a_candidate_shows_the_members_published_by_the_report_day_and_reads_them_once():
    earlier, later, unprinted = _member("first", date(2016, 3, 14)), _member("later", date(2016, 4, 2)), _member("bare", date(2016, 3, 15))
    side_of, asked = _sides({"first": FIRST, "later": FOLLOW_UP})
    view = CandidateView(side_of, REPORTED)
    told = view.told("i1", [earlier, unprinted, later])
    assert [member.id for member, _ in told] == ["first-1"]  # the later report unshown, the one without a fingerprint left out
    assert told[0][1].fingerprint is FIRST
    assert view.told("i1", [earlier, unprinted, later]) == told  # the report's next mention
    assert asked == ["first-1", "bare-1"]


def test_only_the_latest_members_are_shown():
    members = [_member(f"d{n:02}", date(2016, 1, 1) + timedelta(days=n)) for n in range(MAX_MEMBERS + 3)]
    view = CandidateView(_sides({m.document_id: FIRST for m in members})[0], REPORTED)
    assert [m.id for m, _ in view.told("i1", members)] == [m.id for m in members[-MAX_MEMBERS:]]


def test_an_incident_only_later_reports_tell_is_told_after_and_shows_them_all():
    later = [_member("later", date(2016, 4, 2)), _member("latest", date(2016, 4, 9))]
    view = CandidateView(_sides({"later": FOLLOW_UP, "latest": FOLLOW_UP})[0], REPORTED)
    assert view.told_after("i2", later) is True
    assert [m.id for m, _ in view.told("i2", later)] == ["later-1", "latest-1"]
    assert CandidateView(_sides({})[0], None).told_after("i2", later) is False  # an undated report: never


def test_another_document_is_compared_once_and_not_at_all_where_it_shares_too_little():
    view = CandidateView(_sides({})[0], REPORTED)
    assert not view.has_compared("first")
    assert view.compared("first", FOLLOW_UP, FIRST) == document_features(FOLLOW_UP, FIRST)
    assert view.has_compared("first")
    assert view.compared("elsewhere", FOLLOW_UP, ELSEWHERE) is None  # a house fire two months on: not scored
    assert view.compared("first", FOLLOW_UP, ELSEWHERE) == document_features(FOLLOW_UP, FIRST)  # read once per document


def _z(a: Side, b: Side) -> float:
    intercept, weights = _model()
    return intercept + sum(w * f for w, f in zip(weights, features(a, b)))


PLACEMENTS = [(33.77, -84.28, date(2016, 3, 13)), (33.80, -84.30, date(2016, 3, 14)), (32.08, -81.09, date(2016, 5, 1)), (None, None, None)]


def test_the_ceiling_is_never_below_the_models_sum_and_leaves_a_matching_follow_up_to_be_scored():
    reports = (FIRST, FOLLOW_UP, ELSEWHERE)
    for fa in reports:
        for fb in reports:
            for lat, lon, when in PLACEMENTS:
                for crowd in (0, 3):
                    a, b = Side(fa, 1, 33.77, -84.28, date(2016, 3, 13), crowd), Side(fb, 1, lat, lon, when)
                    assert Screen(a).ceiling(b) >= _z(a, b) - 1e-12
    arrest, shooting = Side(FOLLOW_UP, 1, 33.77, -84.28, date(2016, 3, 13)), Side(FIRST, 1, 33.77, -84.28, date(2016, 3, 13))
    floor = 0.15
    assert match_probability(arrest, shooting) > floor and not Screen(arrest, floor).hopeless(shooting)
    fire = Side(ELSEWHERE, 1, 32.08, -81.09, date(2016, 5, 1))
    assert Screen(arrest, floor).hopeless(fire) and match_probability(arrest, fire) <= floor
