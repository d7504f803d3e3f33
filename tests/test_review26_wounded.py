"""Review 26b: the wounded of a second degree are people; damage told by degree is no wound."""
import pytest

from harmledger.extract.counts import find_counts


def _injured(sentence: str) -> list[int]:
    return [finding.value for finding in find_counts(sentence) if finding.slot == "injured" and finding.basis != "negated"]


@pytest.mark.parametrize("sentence", [
    "Three people were seriously injured and 15 houses were slightly damaged in the Russian strike on Kharkiv.",
    "Two civilians were critically wounded and six buildings were slightly damaged when the drone hit Odesa.",
    "Four people were seriously hurt and 12 cars were lightly damaged in the blast in Mogadishu.",
    "Three people were seriously injured and 15 slightly damaged houses were counted by the regional governor.",
])
def test_damage_told_by_degree_adds_no_wounded(sentence):
    assert max(_injured(sentence)) < 10


@pytest.mark.parametrize(("sentence", "total"), [
    ("Two soldiers were seriously wounded and three lightly wounded in the ambush near Gao.", 5),
    ("Three people were seriously injured and 15 others slightly in the Russian strike on Kharkiv.", 18),
    ("Four civilians were critically wounded and two children were lightly injured in the shelling of Kherson.", 6),
])
def test_wounded_of_both_degrees_still_add_up(sentence, total):
    assert total in _injured(sentence)
