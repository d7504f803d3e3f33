"""A death told of a whole week or month gone by, ahead of the lead's own figures, is an earlier incident the
report recalls, not the lead's dead (issue 10)."""

from harmledger.extract.pipeline import extract


def _lead(text: str, published: str):
    """The first mention not told as history: the incident the report leads with."""
    mentions = [m for m in extract(text, published) if m.killed is not None or m.injured is not None]
    return mentions, next(m for m in mentions if m.injured is not None)


def _value(count):
    return count.value if count is not None else None


def test_update_heading_recalls_last_weeks_death_on_the_same_block():
    text = ("UPDATE, Wednesday: Police said Wednesday that they have made no arrests in the shootings. A 19-year-old "
            "man was shot and killed on the same block last week, neighbors said.\n\n"
            "Four men were shot near Clark Park on Tuesday night. All four were taken to the hospital.")
    mentions, lead = _lead(text, "2013-08-14")
    assert _value(lead.killed) is None
    assert _value(lead.injured) == 4
    assert any(_value(m.killed) == 1 and m.when.precision == "week" for m in mentions)


def test_editors_note_recalls_a_killing_at_the_same_intersection_last_week():
    text = ("Editor's note, Friday: Detectives said Friday they are looking for a dark sedan seen after the shooting. "
            "A 17-year-old was shot and killed at the same intersection last week.\n\n"
            "Three people were wounded Thursday night when someone opened fire from a passing car on Vine Street, "
            "police said.")
    mentions, lead = _lead(text, "2021-03-05")
    assert _value(lead.killed) is None
    assert _value(lead.injured) == 3


def test_a_death_dated_by_the_day_stays_the_leads_own():
    """A later story that dates its own dead by the day (a school that mourns on Monday a teen killed Saturday)
    keeps them: only a whole week or month gone by tells another incident."""
    text = ("Students at Lincoln High School gathered Monday to remember a classmate. The 16-year-old was shot and "
            "killed Saturday night outside a party, and two other teens were wounded, police said.")
    mentions = extract(text, "2019-06-10")
    assert [_value(m.killed) for m in mentions if m.killed is not None][:1] == [1]
    lead = next(m for m in mentions if m.killed is not None)
    assert lead.when.precision == "day"


def test_an_undated_follow_up_keeps_last_weeks_death():
    """A follow-up whose lead gives no date of its own before the death is about that death."""
    text = ("A man who was shot and killed last week in the 1200 block of Pine Street has been identified as "
            "Marcus Hill, 27, police said.")
    mentions = extract(text, "2018-04-16")
    assert _value(mentions[0].killed) == 1


def test_a_death_last_weekend_with_no_later_shooting_stays_the_leads():
    """An update that tells of its own dead "last weekend", with no later shooting of its own, leads with that
    death: only figures the news gives next of a later day make it an earlier incident."""
    text = ("UPDATE (1/20/15): Deputies are still looking into the shooting. A boy is dead from what appears to be an "
            "accidental discharge from a rifle last weekend, near Baconton, deputies said.\n\n"
            "Students at the charter school wore camouflage Tuesday in his honor.")
    mentions = extract(text, "2015-01-20")
    assert _value(mentions[0].killed) == 1
    assert mentions[0].when.start.isoformat() == "2015-01-20"
