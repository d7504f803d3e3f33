"""Casualty figures as US local news tells a shooting: phrasings the GVA suites showed missed.

Each class has several sentences written here in the style of the reports (not copied
from them): a figure followed by the day it happened, people "sent to the hospital",
and counted people described by a participle phrase before their verb.
"""

import pytest

from test_counts import figures as qualified_figures
from test_counts import totals


def figures(sentence):
    """``test_counts.figures`` without the qualifiers."""
    return [(slot, value) for slot, value, _ in qualified_figures(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A gunman killed one man and wounded four others Tuesday outside a bar in Mesa.",
         [("killed", 1), ("injured", 4)]),
        ("Detectives are looking for the driver who shot three people Sunday night near the park.",
         [("shot", 3)]),
        ("Police say a shooting that injured six Friday morning began as a fight over parking.",
         [("injured", 6)]),
        ("The man is accused of killing two people and wounding five others Thursday at a trailer park.",
         [("killed", 2), ("injured", 5)]),
        ("A drive-by shooting injured two teenagers tonight on the East Side.", [("injured", 2)]),
    ],
)
def test_a_figure_followed_by_its_day(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A shooting outside a nightclub early Sunday sent five people to the hospital.", [("shot", 5)]),
        ("Police are investigating a shooting that sent three teens, ages 15, 16 and 17, to the hospital late Monday.",
         [("shot", 3)]),
        ("An argument at a birthday party ended in gunfire that sent two men to area hospitals.", [("shot", 2)]),
        ("A shooting Thursday night sent one to the hospital with a wound to the leg.", [("shot", 1)]),
        ("A Friday shooting sent 2 women to Grady Memorial Hospital with gunshot wounds.", [("shot", 2)]),
    ],
)
def test_people_sent_to_the_hospital_were_shot(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The department sent two officers to the scene.",
        "Investigators sent three samples to the state crime lab.",
        "The school sent 200 students home early.",
    ],
)
def test_sent_elsewhere_counts_no_one(sentence):
    assert figures(sentence) == []


def test_the_others_sent_to_the_hospital_survived_the_dead():
    text = "Police are investigating a shooting Sunday that killed one man and sent three other people to the hospital."
    assert totals(text) == (1, 3)


def test_a_shooting_that_sent_people_to_the_hospital_is_their_injured_toll():
    assert totals("A shooting early Sunday in Providence sent four people to the hospital, police said.") == (0, 4)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Four men attending a cookout at a home on Elm Street were injured when someone opened fire.",
         [("injured", 4)]),
        ("Two women sitting on a porch in the 1200 block of Main Street were shot just after midnight.",
         [("shot", 2)]),
        ("Three teenagers walking home from a basketball game were wounded, police said.", [("injured", 3)]),
        ("Officials said 5 people including a 12-year-old boy were hurt in the shooting.", [("injured", 5)]),
    ],
)
def test_counted_people_described_before_their_verb(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Three people -- including a 9-year-old girl -- were wounded in the drive-by, police said.", [("injured", 3)]),
        ("Two men - one of them a security guard - were shot outside the club.", [("shot", 2)]),
        ("Five people were struck by gunfire as they left the block party.", [("shot", 5)]),
        ("Police said two teenagers were struck by stray bullets while walking home.", [("shot", 2)]),
    ],
)
def test_dashed_asides_and_gunfire_strikes(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two are dead and two are in critical condition after a shooting at a house party early Sunday.", (2, 2)),
        ("One man was killed and three were taken to the hospital after gunfire erupted outside a bar.", (1, 3)),
        ("Police said one person died and two are in stable condition after the shooting on Elm Street.", (1, 2)),
        # everyone shot told first: those in care are among them, not beyond them
        ("Four men were shot Sunday; one died at the scene and three are in stable condition.", (1, 3)),
    ],
)
def test_people_in_care_after_the_dead_survived(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two 17-year-old boys were fatally shot outside a corner store Friday night.", [("killed", 2)]),
        ("Three 15-year-old girls were wounded when someone fired into the crowd.", [("injured", 3)]),
        ("Four people are recovering after a shooting outside a restaurant on Main Street.", [("injured", 4)]),
        ("Police said three men are recovering from gunshot wounds at an area hospital.", [("injured", 3)]),
        ("The chief said six people in total were wounded in the shooting.", [("injured", 6)]),
        ("Officers said seven people total were shot during the fight.", [("shot", 7)]),
        ("Gunfire at a block party sent three people in their twenties to the hospital.", [("shot", 3)]),
    ],
)
def test_ages_totals_and_recovering(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A man and 2 women were shot outside a lounge on Erie Avenue early Sunday.", [("shot", 3)]),
        ("Police say a 16-year-old boy and three women were injured in the shooting.", [("injured", 4)]),
        ("A toddler and four other people were wounded in a drive-by Thursday night.", [("injured", 5)]),
        ("A woman and two men are recovering after someone opened fire on their car.", [("injured", 3)]),
    ],
)
def test_one_person_and_those_counted(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The gunman killed a man and wounded two women before fleeing.", [("injured", 2)]),
        ("The gunman killed a man and wounded three others before fleeing.", [("injured", 3)]),
        ("Police said he shot Edwards and injured three others outside the bar.", [("injured", 3)]),
        ("A woman and two children inside the house were not injured.", []),
    ],
)
def test_one_person_not_of_the_count(sentence, expected):
    assert [f for f in figures(sentence) if f[0] != "killed"] == expected


def test_another_and_an_age_is_one_more_person_not_that_many():
    text = "Gunfire Thursday night left one 19-year-old man dead and another 19-year-old man wounded, police said."
    assert totals(text) == (1, 1)


def test_a_victim_taken_to_the_hospital_after_a_death_told_without_number_is_that_victim():
    text = "A deputy shot the suspect and killed him. The man was taken to a medical center where he was pronounced dead."
    assert totals(text) == (1, 0)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Around the same time, three males ages 16, 19 and 24, were shot in the 1100 block of North Avers.",
         [("shot", 3)]),
        ("Two other men, ages 31 and 27, were wounded in the legs, police said.", [("injured", 2)]),
        ("Also hurt were four women, ages 18, 19, 21 and 40, who were shot in the legs.", [("shot", 4)]),
        ("Two boys aged 9 and 11 were injured when the gun went off.", [("injured", 2)]),
        ("The victims, ages 17 to 22, were treated at the scene.", []),
    ],
)
def test_ages_of_the_people_counted_are_no_count(sentence, expected):
    assert [f for f in figures(sentence) if f[0] != "killed"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a total of people shot, then the same victims one by one
        ("Four people were shot outside a corner store Saturday night. One man was hit in the chest. Another man, 31, "
         "was shot in the arm and two women were grazed.", (0, 4)),
        ("Six people were shot at a house party on Delmar Avenue. Police said four others were taken to a hospital "
         "by private car.", (0, 6)),
        # the others told again: not that many more
        ("A woman was killed and three others had been shot, police said. Three other people -- two men and a teenager -- "
         "had been shot in the legs.", (1, 3)),
        ("He and two others were shot near the gym, police said. Two others were hit in the legs.", (0, 3)),
    ],
)
def test_others_after_a_total_of_people_shot_are_among_them(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one person first: the others are more people
        ("One man was shot in the head on Elm Street. Two others were shot in the legs and are expected to recover.", (0, 3)),
        ("A man was killed Sunday and another man was shot in the foot, police said.", (1, 1)),
    ],
)
def test_others_after_one_person_shot_are_more_people(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A man fatally shot four people at a farmhouse early Saturday before killing himself, the sheriff said.", 5),
        ("Police said the gunman killed two people at the plant and then turned the gun on himself.", 3),
        ("The father shot and killed three of his children before taking his own life, police said.", 4),
    ],
)
def test_a_shooter_who_killed_others_and_then_himself_adds_himself(text, expected):
    assert totals(text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number of the dead may count him already
        ("Two people were found dead Sunday in what police called a murder-suicide.", 2),
        ("Three people are dead after a man shot his parents and then himself, police said.", 3),
        # a headline's shooting that kills: every death
        ("Shooting kills 2 at trailer park. Deputies said a man shot his wife and then killed himself.", 2),
    ],
)
def test_a_number_of_the_dead_in_a_murder_suicide_is_everyone_dead(text, expected):
    assert totals(text)[0] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A father killed his two sons at their home on Birch Lane, police said.", [("killed", 2)]),
        ("Deputies say the man shot her three children before fleeing.", [("shot", 3)]),
        ("The gunman wounded their two neighbors as they ran.", [("injured", 2)]),
    ],
)
def test_a_number_after_his_her_their_is_counted(sentence, expected):
    assert figures(sentence) == expected


def test_a_father_who_killed_his_two_sons_and_then_himself_is_three_dead():
    assert totals("A father killed his two sons Friday morning before turning the gun on himself, police said.")[0] == 3


def test_a_suspended_hyphen_joins_ages_not_a_count():
    """"his 12- and 10-year-old sons": 12 is an age, as "10-year-old" is."""
    assert ("killed", 12) not in figures("A father shot and killed his 12- and 10-year-old sons early Friday.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Four people were shot outside a club early Sunday. Police said multiple people were injured.", (0, 4)),
        ("A drive-by shooting sent five people to the hospital, and several victims were injured, police said.", (0, 5)),
        # no number for the people shot: the vague count stands
        ("Several people were injured when someone fired into a crowd on Main Street.", (0, 3)),
    ],
)
def test_a_vague_count_of_the_injured_gives_way_to_the_people_shot_by_number(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police are investigating a quadruple shooting on Elm Street. Two people who had been shot were taken to a hospital.",
         (0, 4)),
        ("Detectives said it was a triple shooting. One man was shot in the arm and another was shot in the foot.", (0, 3)),
        ("A man was killed in a quadruple shooting Friday. One man was shot in the leg and another was grazed.", (1, 3)),
    ],
)
def test_a_multiple_shooting_counts_everyone_shot_when_the_numbers_tell_some(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A woman and toddler died after gunfire erupted outside a townhouse on Monday.", [("killed", 2)]),
        ("Police said a man and his teenage son were found shot to death in a parked truck.", [("killed", 2)]),
        ("A husband and wife were found dead inside their home on Cedar Road.", [("killed", 2)]),
    ],
)
def test_two_people_named_together_who_died(sentence, expected):
    assert figures(sentence) == expected


def test_two_people_named_in_passing_without_were_are_not_a_pair():
    """"including a boy and a woman shot while she slept" tells two cases of a busy night, not two victims of one."""
    assert ("shot", 2) not in figures("Calls ranged from gunfire at homes to people shot, including a 15-year-old boy "
                                      "and a woman shot while she was sleeping.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Deputies said three girls and an elderly man were found dead inside the farmhouse.", [("killed", 4)]),
        ("Officers found two women and one man suffering from gunshot wounds outside the bar.", [("shot", 3)]),
        ("Four teenagers and two adults were wounded when a gunman fired into the crowd.", [("injured", 6)]),
        ("Two boys, ages 9 and 12, and two adults were found shot to death in the house.", [("killed", 4)]),
        # the people counted and described again are no more people
        ("Five people, two men and three women, were wounded near the bus stop.", [("injured", 5)]),
    ],
)
def test_people_counted_beside_those_counted_first_are_more_victims(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Martinez and her two sons were shot dead in the kitchen, police said.", [("killed", 3)]),
        ("Police found a mother and her three daughters shot to death in the apartment.", [("killed", 4)]),
        ("The father and his two sons were wounded when the gunman opened fire.", [("injured", 3)]),
    ],
)
def test_a_person_and_his_or_her_relatives_counted_are_one_more(sentence, expected):
    assert figures(sentence) == expected


def test_a_person_and_relatives_not_hurt_are_no_victims():
    assert totals("Jones and his two passengers were not injured, deputies said.") == (0, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A teenager who was shot in the chest during a fight on Saturday has died, police said.", (1, 0)),
        ("A woman who suffered critical injuries in the shooting on Elm Street died at the hospital Monday.", (1, 0)),
        ("The boy, who was shot in the head, later died at the hospital.", (1, 0)),
        # the verb after the victim's own is another's
        ("A man who was wounded in the shooting is expected to survive, and the gunman died.", (1, 1)),
    ],
)
def test_a_victim_told_as_wounded_who_then_died_is_dead(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A girl who was shot Friday remains in critical condition.",
        "A man who was shot on Elm Street is in stable condition, officers said.",
    ],
)
def test_a_street_or_a_day_before_the_victims_verb_is_no_second_victim(text):
    assert totals(text) == (0, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three people were wounded on Friday on Oak Street. Police are looking into whether it was connected to "
         "Sunday's shooting on Pine Street, which left one man dead.", (0, 3)),
        ("Police believe the shooting was in retaliation for a shooting last week that left two men dead. "
         "Three people were wounded Friday night outside a corner store.", (0, 3)),
        ("Two men were shot Thursday on Grand Avenue. Investigators said there was no connection to a Tuesday "
         "shooting that killed a teenager.", (0, 2)),
        # an arrest "in connection with" the shooting tells the news itself
        ("Police arrested a man in connection with the shooting that killed one and injured four in Bridgeport.", (1, 4)),
    ],
)
def test_a_shooting_recalled_as_linked_to_this_one_is_not_its_toll(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A stray bullet grazed the boy's arm. \"It could easily have killed him,\" his mother said.", (0, 0)),
        ("The 12-year-old was shot in the foot. Officers said the shooting could have resulted in a homicide.", (0, 1)),
        ("A man was wounded by deputies whose bullets nearly killed him, his family said.", (0, 1)),
        # harm that happened still counts
        ("A gunman killed two people before officers could stop him.", (2, 0)),
    ],
)
def test_harm_that_nearly_or_could_have_happened_counts_no_one(text, expected):
    assert totals(text) == expected


def test_a_suicide_attempt_is_no_death():
    text = ("Deputies responded to an apparent suicide attempt on Main Street; the man was taken to a hospital "
            "with a gunshot wound.")
    assert totals(text) == (0, 1)
    assert totals("Officers found the man dead in an apparent suicide.") == (1, 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "The boy picked up the pistol and it went off, striking his cousin in the thigh.",
        "A round fired from the street went through the wall, hitting the woman in the shoulder.",
        "The shotgun discharged while the men were cleaning it, grazing the older brother in the arm.",
    ],
)
def test_a_bullet_striking_a_person_in_a_body_part_is_one_person_shot(sentence):
    assert totals(sentence) == (0, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some of the bullets went next door, striking the car in the driveway.",
        # a blow, not a round fired
        "He wrestled the weapon away from the clerk before striking him in the head, a detective testified.",
    ],
)
def test_striking_what_is_no_person_or_by_hand_counts_no_one_shot(sentence):
    assert totals(sentence) == (0, 0)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marcus Bell, 19, of East Orange, died at a hospital early Sunday, police said.", (1, 0)),
        ("Ana Ruiz, 34, from Pomona, was shot in the arm and is expected to recover.", (0, 1)),
    ],
)
def test_a_victim_named_with_age_and_hometown(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police said Darnell Hayes, 23, and Marcus Bell, 31, were killed in the shooting.", (2, 0)),
        ("Kelso, Lum and Green were all shot outside the store, deputies said.", (0, 3)),
        ("Jaeci and Kailey Westerhuis were shot inside the home.", (0, 2)),
        ("Officers said Ortiz and Baker were not injured.", (0, 0)),
    ],
)
def test_people_named_together_before_their_verb_are_each_counted(text, expected):
    assert totals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A man shot and killed his wife and two daughters before turning the gun on himself, deputies said.", (4, 0)),
        ("Police said the man killed his wife and her mother before killing himself.", (3, 0)),
        ("Police said he fatally shot his girlfriend and a friend who tried to help her.", (2, 0)),
        # a second verb after "and" tells other victims
        ("The gunman killed a cashier and wounded two customers.", (1, 2)),
    ],
)
def test_everyone_a_killing_verb_takes_as_its_object_is_dead(text, expected):
    assert totals(text) == expected
