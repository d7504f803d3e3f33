"""Casualty figures on real sentences: the seed report's and the issue's examples."""

import pytest

from harmledger import extract
from harmledger.extract.counts import find_counts


def figures(sentence):
    return [(f.slot, f.value, f.qualifier) for f in find_counts(sentence) if f.basis != "negated"]


def totals(text):
    """killed / injured of the lead mention, as the eval's answering mention."""
    mentions = [m for m in extract(text) if not m.background and m.kind == "event"]
    lead = mentions[0] if mentions else None
    value = lambda c: c.value if c else 0
    return (value(lead.killed), value(lead.injured)) if lead else (0, 0)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("According to the regional governor of Ukraine, at least 16 people were killed and more than 59 injured.",
         [("killed", 16, "at_least"), ("injured", 59, "more_than")]),
        ("where many civilians live. shelter, killing about 600 people", [("killed", 600, "about")]),
        ("in the east of Kramatorsk left at least 59 dead.", [("killed", 59, "at_least")]),
        ("Dozens of civilians were killed or injured in a Russian missile attack Monday",
         [("casualties", 24, "vague")]),
        ("Russian forces fired rockets that killed two people and wounded five overnight in Kharkiv",
         [("killed", 2, "exact"), ("injured", 5, "exact")]),
        ("the death toll rose to 21 on Tuesday", [("killed", 21, "exact")]),
        ("Twenty-one people died and between 5 and 10 were hurt", [("killed", 21, "exact"), ("injured", 5, "range")]),
    ],
)
def test_explicit_figures(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "citing reports that more than 1,000 civilians were inside at the time of the attack.",
        "The city had a pre-war population of about 100,000, of which about a tenth remained.",
        "at least five high-rise buildings in the city and the last road bridge were damaged in the past day.",
        "The 62-year-old was arrested at 9 p.m. on the 1400 block of Ambassador Lane.",
        "Russia fired 30 missiles and deployed 2,000 troops near the border.",
        "Police arrested 15 people and seized 20 firearms.",
        "Four people in the car and four people in the house were arrested, police said.",
        "Call Crime Stoppers at 601-355-8477 with information.",
    ],
)
def test_numbers_that_are_not_casualties_never_become_counts(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["She called 911 after her son was shot.", "His mother was calling 911 because her son had been wounded."],
)
def test_a_number_called_is_no_count(sentence):
    injured = [m.injured for m in extract(sentence) if m.injured]
    assert [c.value for c in injured] == [1]


def test_implicit_counts():
    assert totals("A man was found shot to death Tuesday in his apartment.") == (1, 0)
    assert totals("A couple was critically injured when gunfire erupted.") == (0, 2)
    assert totals("He fatally shot his mother's fiance before turning the gun on himself, police said.") == (2, 0)
    assert totals("Mark Gilland, 50, was fatally shot Saturday inside a pole barn.") == (1, 0)


def test_shot_victims_who_survive_are_injured_and_those_who_die_are_not():
    assert totals("Two men were shot Friday night. One of them died at the hospital.") == (1, 1)
    assert totals("A man was shot Sunday evening, police said. He was taken to a hospital in stable condition.") == (0, 1)
    assert totals("The man was shot last Thursday and died over the weekend.") == (1, 0)
    assert totals("A man was shot and killed Friday night. A woman was shot in the leg and taken to a hospital.") == (1, 1)


def test_negation_yields_nothing_or_zero_never_one():
    assert totals("Shots were fired into a house, but no one was hurt.") == (0, 0)
    assert totals("The gunman demanded her phone. The mother was not injured.") == (0, 0)
    zero = [f for f in find_counts("No one was injured.")]
    assert [(f.slot, f.value) for f in zero] == [("injured", 0)]


def test_subgroup_including_a_child():
    [finding] = find_counts("A missile strike destroyed residential buildings and injured six people, including a child, he added.")
    assert (finding.slot, finding.value, finding.children) == ("injured", 6, 1)


def test_civilians_subgroup_from_the_noun():
    finding = find_counts("at least six civilians were killed and 31 others wounded")[0]
    assert finding.civilians is True


def test_speakers_are_attached_to_figures():
    [mention] = extract("Kremenchuk: at least 16 people were killed, according to the regional governor.")
    assert mention.killed.speaker == "regional governor"
    [mention] = extract("A man was shot and killed early Sunday, Oakland police said.")
    assert mention.killed.speaker == "Oakland police"


def test_evidence_spans_point_into_the_original_text():
    text = "Officials said \u201cat least 16 people were killed\u201d in the attack."
    [mention] = extract(text)
    span = mention.killed.span
    assert text[span.start:span.end] == span.text == "at least 16 people were killed"


def test_negated_numbered_victims_are_zero():
    [finding] = find_counts("Two children in the back seat were not injured.")
    assert (finding.slot, finding.value) == ("injured", 0)


def test_two_people_named_in_one_sentence_are_two_victims():
    text = ("Terri Marsh, 53, was shot once in her stomach and her husband, 55-year-old Willie Marsh, "
            "was shot once in his left leg.")
    assert totals(text) == (0, 2)
    assert totals("A man was shot and he was taken to a hospital in stable condition.") == (0, 1)


def test_denying_only_the_severity_still_counts_the_injury():
    assert totals("The victim was not seriously injured, police said.") == (0, 1)


def test_an_elliptical_second_victim_is_counted():
    assert totals("One man was shot and killed and a woman wounded after a shooting Tuesday night.") == (1, 1)


def test_another_victim_shot_is_not_the_one_who_died():
    assert totals("A woman died after the gunfire on Elm Street. Another woman was shot and taken to a clinic.") == (1, 1)
    assert totals("One man was killed Sunday night and two others were shot, officers said.") == (1, 2)
    assert totals("A man died in the shooting. Another man was rushed to a hospital, where he later died.")[1] == 0


def test_a_death_told_by_name_does_not_hide_a_survivor_of_the_other_sex():
    text = ("A woman shot her brother and then turned the gun on herself. She died at the scene. "
            "Jane Roe, 41, was pronounced dead. The man was taken to a hospital.")
    assert totals(text) == (1, 1)


def test_shot_at_a_place_or_time_is_a_hit_but_shot_at_alone_is_not():
    assert figures("Three people were shot at the corner store late Friday.") == [("shot", 3, "exact")]
    assert figures("A woman was shot at about 9 p.m. near the park.") == [("shot", 1, "exact")]
    assert figures("Two deputies were shot at by a man in a truck.") == []


def test_people_arriving_with_wounds_are_counted():
    assert figures("Later two men arrived at a clinic with gunshot wounds.") == [("shot", 2, "exact")]
    assert figures("Officers found three people with gunshot wounds in the yard.") == [("shot", 3, "exact")]
    assert figures("Five people came to the hospital after suffering minor injuries.") == [("injured", 5, "exact")]


def test_a_shooter_who_killed_himself_is_not_among_those_he_shot():
    text = "A man shot his neighbor on Friday and then killed himself. The neighbor is in fair condition."
    assert totals(text) == (1, 1)
    assert totals("The woman was found dead in her car, killed by her own hand after shooting a clerk.")[0] == 1
    both = "A man shot his brother, then turned the gun on himself. Both were found with gunshot wounds. Both died at the scene."
    assert totals(both)[1] == 0


def test_an_injury_told_without_a_number_gives_way_to_more_survivors_counted():
    text = "Two people were shot on Oak Street. Officers found a man and a woman with minor wounds."
    assert totals(text) == (0, 2)
    assert totals("A man was wounded in the shooting. Two others were hurt by broken glass.") == (0, 2)


def test_a_toll_over_several_shootings_is_not_the_first_incident():
    text = ("Three men were wounded in what police said were unrelated shootings on Friday. "
            "A 30-year-old man was shot in the arm on Pine Street.")
    assert totals(text) == (0, 1)
    assert totals("Two women were hurt in two separate Dayton incidents. One woman was shot in the hand.") == (0, 1)


def test_more_ways_of_telling_one_wounded_victim():
    assert figures("Deputies say a 30-year-old woman in a truck was wounded in the arm.") == [("injured", 1, "exact")]
    assert figures("He had suffered a self-inflicted gunshot wound to the foot.") == [("shot", 1, "exact")]
    assert figures("She suffered minor injuries in the crash.") == [("injured", 1, "exact")]
    assert figures("The man later admitted himself to a clinic with non-life-threatening wounds.") == [("shot", 1, "exact")]
    found = "Officers found a 40-year-old man on the porch of a house on Elm Street with a gunshot wound to the leg."
    assert figures(found) == [("shot", 1, "exact")]


def test_found_deceased_is_a_death():
    assert figures("The driver was found deceased with a gunshot wound to the head.") == [("killed", 1, "exact")]
    assert figures("Officers found the woman deceased in her kitchen.") == [("killed", 1, "exact")]


def test_the_second_victim_and_victims_reported_to_have_been_hit():
    assert figures("Police said the second victim was in fair condition.") == [("shot", 2, "exact")]
    assert figures("Three people were reported to have been grazed by gunfire.") == [("shot", 3, "exact")]


def test_a_link_to_another_story_is_not_this_incident():
    text = ("A teenager was shot in the foot on Main Street on Friday. "
            "More: A man was killed in a crash on the interstate. The teen is expected to recover.")
    assert totals(text) == (0, 1)


def test_an_address_at_a_sentence_end_is_the_same_address():
    text = ("Police are looking into a shooting at the 1700 block of Maple Boulevard. "
            "A man at the 1700 block of Maple Boulevard was shot in the hand and is in stable condition.")
    assert totals(text) == (0, 1)


def test_people_hit_by_pellets_are_shot():
    assert figures("Two of the boys were hit by pellets from an air rifle.") == [("shot", 2, "exact")]


def test_a_blow_with_a_gun_injures_its_victim():
    assert figures("A robber pistol-whipped a cashier and ran off.") == [("injured", 1, "exact")]
    assert figures("The store owner was pistol whipped during the holdup.") == [("injured", 1, "exact")]
    assert figures("The intruder struck the tenant with a revolver.") == [("injured", 1, "exact")]
    assert totals("Police said a robber struck her in the face with a revolver on Elm Street.") == (0, 1)
    assert figures("A 30-year-old clerk was hit with a shotgun before the men fled.") == [("injured", 1, "exact")]
    assert figures("One of the men tried to pistol-whip a guard.") == []


def test_a_bullet_striking_a_persons_belongings_hits_no_one():
    assert figures("A round struck the passenger's door, but no one was hurt.") == []


def test_the_shooting_of_people_counts_them_as_shot():
    assert figures("Detectives are looking into the shooting of three teenagers outside a diner.") == [("shot", 3, "exact")]
    assert totals("Police are probing the shootings of four men on Oak Street. One of them died.") == (1, 3)


def test_a_victims_home_address_is_not_another_incident():
    text = ("A gunman killed a clerk at a store in the 900 block of Birch Road. "
            "Tom Reed, of the 300 block of Cedar Lane, was wounded in the arm.")
    assert totals(text) == (1, 1)


@pytest.mark.parametrize(
    "roundup",
    [
        "Two men were killed in shootings late Friday.",
        "Police are still looking for suspects in a pair of shootings that left two men dead.",
        "Two men died in one of three weekend shootings on the east side.",
        "Two men were killed late Friday in different parts of the city.",
    ],
)
def test_a_roundup_of_several_shootings_is_not_the_lead_incident(roundup):
    assert totals(roundup + " A man was shot dead on Elm Street around 10 p.m.") == (1, 0)


def test_an_attempted_murder_suicide_kills_only_the_shooter():
    assert totals("Deputies called it an attempted murder-suicide. The gunman killed himself; his wife was wounded.") == (1, 1)


def test_a_victim_found_shot_to_death_or_told_by_a_body_is_a_death():
    assert figures("Deputies found Carl Brandt, 58, shot to death behind a barn.") == [("killed", 1, "exact")]
    assert figures("Mary Olsen's body was found near the river.") == [("killed", 1, "exact")]
    assert figures("The victim's body was discovered in a ditch.") == [("killed", 1, "exact")]


def test_a_victim_who_was_pronounced_dead_after_a_comma_is_a_death():
    assert figures("Troopers shot the driver, who was later pronounced dead at a clinic.") == [("killed", 1, "exact")]


def test_a_shooter_killing_himself_is_a_suicide_unless_prevented():
    assert totals("A farmer shot his brother before killing himself on Sunday.") == (1, 1)
    assert totals("A neighbor kept the farmer from killing himself on Sunday.") == (0, 0)


def test_one_person_and_others_are_counted_together():
    assert figures("Police said she and two others were shot outside a bar.") == [("shot", 3, "exact")]
    assert figures("A man and at least four others were wounded.") == [("injured", 5, "at_least")]


def test_people_found_at_a_place_with_wounds_are_counted_by_number():
    text = "Officers located three teens inside 12 Pine Court suffering from gunshot wounds."
    assert figures(text) == [("shot", 3, "exact")]


def test_the_shooting_of_one_person_and_a_person_shot_twice_are_hits():
    assert figures("Detectives charged a neighbor in the shooting of a cyclist last week.") == [("shot", 1, "exact")]
    assert figures("A jury convicted him of attempting to kill a man shot twice in a garage.") == [("shot", 1, "exact")]
    assert figures("A man shot twice at the deputies.") == []


def test_a_wounded_relative_of_another_sex_survives_the_man_who_died():
    assert totals("A man was killed by officers on Oak Lane. Earlier he had shot his 30-year-old sister, police said.") == (1, 1)


def test_a_negated_subject_that_looks_like_a_name_or_a_group_is_no_victim():
    assert totals("A bullet broke the window of a bakery. Nobody was hurt.") == (0, 0)
    assert totals("Two robbers held up a pharmacy. Neither of the clerks was injured.") == (0, 0)


def test_an_ordinal_victim_hurt_counts_victims_overall():
    assert totals("One woman died in the shooting and a second woman was injured.") == (1, 1)


@pytest.mark.parametrize(
    "toll",
    [
        "Eleven people have been killed this year in the town.",
        "Nine people have died in shootings so far in March.",
        "Four people have been shot in recent weeks.",
        "Forty people have been killed on that corner since 1998.",
        "Nine people have been shot in the town over the past 14 months.",
        "The attacks brought the two-day total to 3 dead and 8 wounded.",
        "It came after a weekend of violence in which nine people were shot.",
        "The town has now seen four people killed in less than a week.",
        "Shooting incidents left three men wounded on Monday.",
        "In one of the shootings, four people were wounded.",
        "The new cases bring the county's shooting victim total to 9 dead and 15 wounded.",
        "Separate shooting incidents left four men dead on Sunday.",
        "The rifle was used in at least four separate shootings that left two dead.",
    ],
)
def test_a_toll_over_time_or_several_shootings_is_not_the_lead_incident(toll):
    assert totals(f"A man was shot in the arm on Elm Street on Friday. {toll}") == (0, 1)


def test_a_homicide_named_as_a_kind_of_crime_is_no_death():
    assert totals("The charity works to end the scourge of homicide by gunfire in the city.") == (0, 0)


def test_a_double_homicide_or_triple_shooting_counts_its_victims():
    assert totals("Detectives are looking into the double homicide on Oak Street.") == (2, 0)
    assert totals("Detectives are looking into a triple shooting on Oak Street. One man died.") == (1, 2)


def test_the_words_before_a_figure_bind_it_however_long_the_sentence_before():
    from harmledger.extract.lookback import LOOK_BACK

    opening = "the shelling went on, " * (3 * LOOK_BACK // 20)
    assert figures(opening + "and the death toll rose to 21 on Monday") == [("killed", 21, "exact")]
    assert figures(opening + "killing about 600 people") == [("killed", 600, "about")]
