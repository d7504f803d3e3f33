"""Who said so in war reporting (issue 11, session 26): a title before a name, "said on Telegram", "put the toll
at", "told AFP", "according to a statement by", ministries, military administrations, hospital directors, and
"reports" that name no one."""

import pytest

from harmledger.extract.speakers import find_speaker


@pytest.mark.parametrize("text, speaker", [
    # Reuters / Kyiv Independent: a title before a name, and where it was said
    ("A Russian drone hit a bus in Nikopol, killing two, Governor Ivan Fedorov said on Telegram.",
     "Governor Ivan Fedorov"),
    ("Four people were killed, regional governor Oleh Syniehubov said on Telegram.",
     "regional governor Oleh Syniehubov"),
    ("Three people were wounded, Kharkiv Mayor Ihor Terekhov wrote on Telegram.", "Kharkiv Mayor Ihor Terekhov"),
    ("Two people died, Interior Minister Ihor Klymenko said in a statement.", "Interior Minister Ihor Klymenko"),
    ("Four civilians were killed, the Russian-installed governor Vladimir Saldo said.",
     "Russian-installed governor Vladimir Saldo"),
    ("Police chief Mohammed Ali told Reuters that eight people died.", "Police chief Mohammed Ali"),
    # military commands, air forces, military administrations, services
    ("The southern military command said two civilians were killed in Kherson.", "southern military command"),
    ("Nine people were killed, the Ukrainian Air Force said in a statement on X.", "Ukrainian Air Force"),
    ("The army said in a statement that five militants were killed.", "army"),
    ("The Zaporizhzhia regional military administration reported two dead.",
     "Zaporizhzhia regional military administration"),
    ("Eleven people were killed, the head of the Kherson city military administration, Roman Mrochko, said.",
     "head of the Kherson city military administration, Roman Mrochko"),
    ("The head of the regional administration, Vadym Filashkin, said on Telegram that two people died.",
     "head of the regional administration, Vadym Filashkin"),
    ("According to the State Emergency Service, three people were killed.", "State Emergency Service"),
    ("Three people were killed, the State Emergency Service said.", "State Emergency Service"),
    ("The toll rose to 23, Ukraine's emergency service said.", "Ukraine's emergency service"),
    ("The number of dead rose to 14, the ministry said on Telegram.", "ministry"),
    ("The Prosecutor General's Office said two civilians were killed.", "Prosecutor General's Office"),
    ("A spokesman for the Israeli military said 14 militants were killed.", "spokesman for the Israeli military"),
    ("Local media reported that six people died.", "Local media"),
])
def test_war_reports_name_their_speaker(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    # AP / Al Jazeera / Reuters: whoever "put the toll at" a figure gives it
    ("The health ministry later put the toll at 63.", "health ministry"),
    ("The Gaza health ministry put the death toll at 35.", "Gaza health ministry"),
    ("Local officials put the number of dead at 12.", "Local officials"),
    ("Officials later put the death toll at 47.", "Officials"),
    ("Sudan's health ministry puts the casualty toll at 40, but activists say more died.", "Sudan's health ministry"),
])
def test_one_who_puts_the_toll_at_a_figure_gives_it(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    # AFP / Al Jazeera: a hospital's director speaks for the hospital
    ("The strike killed seven people, a hospital director told AFP.", "hospital director"),
    ("At least 20 people were killed, the director of al-Aqsa Martyrs Hospital said.",
     "director of al-Aqsa Martyrs Hospital"),
    ("Mohammed Abu Salmiya, the director of al-Shifa Hospital, said 30 bodies had arrived.",
     "Mohammed Abu Salmiya"),
    # "according to a statement by", "a report from" X: X's word
    ("Seven people were killed, according to a statement by the regional military administration.",
     "regional military administration"),
    ("Two soldiers died, according to a report from the state news agency.", "state news agency"),
])
def test_directors_and_statements_by_a_body_are_speakers(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text", [
    # "reports" before a verb is the noun: no one is named
    "Initial reports said three people were killed in the strike.",
    "Reports said at least 11 people were killed.",
    "Preliminary reports indicate that two people were killed.",
    "Early reports suggested that a dozen people died in the blast.",
])
def test_reports_that_name_no_one_give_no_speaker(text):
    assert find_speaker(text) is None


@pytest.mark.parametrize("text, speaker", [
    ("The agency reports that four people were killed overnight.", "agency"),
    ("Ukrinform reports three civilians died in the shelling.", "Ukrinform"),
])
def test_reports_as_a_verb_still_names_its_speaker(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    # a name before its role in an appositive: a long one, or one after a place's possessive
    ("Serhiy Lysak, the head of the Dnipropetrovsk regional military administration, said four were injured.",
     "Serhiy Lysak"),
    ("Two were killed, Dmytro Lubinets, Ukraine's human rights ombudsman, said.", "Dmytro Lubinets"),
    ("Iyad Salem, Gaza's director of field hospitals, told reporters that 19 bodies were brought in.",
     "Iyad Salem"),
    ("Ahmed Kamal, the spokesman of the Khartoum state emergency response room, said 12 people were killed.",
     "Ahmed Kamal"),
])
def test_a_name_before_its_appositive_role_is_the_speaker(text, speaker):
    assert find_speaker(text) == speaker


def test_a_name_with_a_lower_case_particle_before_its_role():
    text = "Marwan al-Hams, Gaza's director of field hospitals, told reporters that 19 bodies were brought in."
    assert find_speaker(text) == "Marwan al-Hams"
