"""The figure model (issue 11): a linear score, fitted on the GVA suites' dev part and shipped as data, that picks
the lead incident's killed figure among those the report states where the rules pick another. The reports are
written for these tests in the styles of US local news and of war reporting:

- a toll told as "the shooting deaths of three people" outranks "two of those killed" told later;
- a crawled page's related-story link ("push year's toll to 85", "Russia's war has killed 10,000 civilians")
  is not the toll of the death the report leads with.

The guards pin what the model leaves to the rules: a report with one figure, a lead incident with no figure at
all. Then: the shipped weights load and score without scikit-learn, and training is reproducible."""

import json
import sys

import pytest
from harmledger.extract import train_figures
from war_fixtures import lead, value

CHARGED = ("Prosecutors charged a Dallas man on Friday with murder in the shooting deaths of four people at a house party. "
           "The identities of two of those killed have not been released.")
RELATED_LINK = ("KYIV — A Russian missile killed a 70-year-old woman in Kharkiv on Thursday, the governor said. Also read: "
                "Russia's war has killed 10,000 civilians, the U.N. says.")


@pytest.mark.parametrize("text, killed", [
    (CHARGED, 4),
    ("James Dickson, 46, is charged with murder in the shooting deaths of three people and attempted murder in the "
     "shooting of a fourth in Kensington early Sunday. Searching the home, police found the bodies of a woman and two "
     "men in the living room, detectives said. A fourth person, shot in the arm, was able to flee the house. The "
     "identities of two of those killed, the woman and one man, have yet to be released.", 3),
    ("HAYWARD — A 16-year-old boy was killed in a possible drive-by shooting Monday night, police said. Related "
     "Articles Oakland: Rash of homicides in late 2016 push year's toll to 85\n\nThe shooting happened around 6:45 "
     "p.m. at the intersection of Princeton Street and Smalley Avenue. The boy was pronounced dead at the scene.", 1),
    (RELATED_LINK, 1),
])
def test_the_model_picks_the_lead_incidents_figure(text, killed):
    assert value(lead(text, "2016-04-18").killed) == killed


@pytest.mark.parametrize("text, killed", [
    ("A Russian missile strike on a residential building in Dnipro killed a woman and her 10-year-old son on Friday, "
     "regional governor Serhiy Lysak said. Five people were wounded. Rescuers are still searching the rubble.", 2),
    ("Police are investigating the shooting deaths of four men found inside a house on Lincoln Avenue on Tuesday. Two "
     "of the men were brothers, police said.", 4),
    ("Four people were wounded in a shooting outside a nightclub on Main Street early Sunday, police said. None of the "
     "injuries were life-threatening.", None),
])
def test_guards(text, killed):
    assert value(lead(text, "2016-04-18").killed) == killed


def test_the_shipped_model_scores_without_scikit_learn(monkeypatch):
    monkeypatch.setitem(sys.modules, "sklearn", None)  # any import of it now fails
    assert value(lead(RELATED_LINK, "2016-04-18").killed) == 1


TRAINING = [  # (text, gold killed): each id below is in the dev part
    (CHARGED, 4),
    (RELATED_LINK, 1),
    ("HAYWARD — A 16-year-old boy was killed in a drive-by shooting Monday night, police said. Related: Rash of "
     "homicides push year's toll to 85", 1),
    ("A gunman charged in the killings of five people at a bar on Saturday appeared in court on Monday. Police "
     "identified two of the victims as brothers.", 5),
    ("A man was shot and killed outside a bar on Elm Street early Saturday, police said. Two other men were killed "
     "in separate shootings last weekend.", 1),
    ("Two people were killed and three wounded in a shooting at a party on Oak Street, police said.", 2),
    ("A woman was found dead in her home on Pine Road on Friday. Her husband, 58, was also killed, deputies said.", 2),
    ("Three people were shot dead in Kherson on Monday when Russian shells hit a bus stop, the governor said. In "
     "2023, shelling killed 300 people in the region.", 3),
    ("A teenager was wounded in a shooting on Maple Avenue on Sunday night, police said.", 0),
    ("Police said the shooting deaths of six people at a home in Tulsa were a murder-suicide. Two of the dead were "
     "children.", 6),
]
DEV_IDS = [f"fig:{n}" for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 10)]


def test_training_is_reproducible(tmp_path, monkeypatch):
    suite = tmp_path / "suite.jsonl"
    suite.write_text("".join(json.dumps({"id": i, "text": t, "published": "2016-04-18", "incidents": [{"killed": {"value": k}}]}) + "\n"
                             for i, (t, k) in zip(DEV_IDS, TRAINING)), encoding="utf-8")
    monkeypatch.setattr(train_figures, "REGULARISATIONS", (0.3, 1.0))  # the grid's size is not what is tested
    written = []
    for n in range(2):
        out = tmp_path / f"model{n}.json"
        monkeypatch.setattr(sys, "argv", ["train_figures", str(suite), "--out", str(out)])
        train_figures.main()
        written.append(out.read_text(encoding="utf-8"))
    model = json.loads(written[0])
    assert written[0] == written[1]
    assert "10 records" in model["_doc"] and model["killed"]["weights"] and "margin" in model["killed"]
