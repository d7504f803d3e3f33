import pytest

from harmledger.text import normalize, split_sentences


def test_normalisation_maps_back_to_original_offsets():
    original = "He said \u201cunthinkable\u201d\u2026 and\u00a0left\u200b."
    nt = normalize(original)
    assert nt.text == 'He said "unthinkable"... and left.'
    start = nt.text.index("left")
    span = nt.original_span(start, start + 4)
    assert original[span.start:span.end] == "left" == span.text
    dots = nt.text.index("...")
    assert nt.original_span(dots, dots + 3).text == "\u2026"


def test_every_normalised_character_maps_to_the_character_it_came_from():
    original = "\u00adA \ufb01re\u2014in Kyiv\u2019s market\u2026 killed\u00a0two."
    nt = normalize(original)
    assert nt.text == "A fire-in Kyiv's market... killed two."
    sources = [original[nt.original_offset(i)] for i in range(len(nt.text))]
    assert sources == [*"A ", "\ufb01", "\ufb01", *"re", "\u2014", *"in Kyiv", "\u2019", *"s market",
                       *"\u2026" * 3, *" killed", "\u00a0", *"two."]
    assert nt.original_span(len(nt.text), len(nt.text)).start == len(original)


def test_machine_translation_breaks_are_repaired():
    text = ("such as one in March at a theater in Mariupol, where many civilians live. shelter, killing "
            "about 600 people and another in April on a train station. in the east of Kramatorsk left at least 59 dead.")
    sentences = split_sentences(text)
    assert len(sentences) == 1


def test_abbreviations_and_initials_do_not_split():
    text = "Lt. Mark Mathis said the man was shot in the U.S. on Jan. 11 at 9 p.m. Police are investigating."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0].startswith("Lt. Mark Mathis said the man was shot in the U.S. on Jan. 11")


def test_sentence_offsets_point_into_the_text():
    text = "A man was shot.  Two others were hurt!\n\nNobody was arrested."
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
    assert len(split_sentences(text)) == 3


def test_no_sentence_is_longer_than_the_cap_and_cuts_fall_at_clause_breaks():
    from harmledger.text.sentences import MAX_SENTENCE_CHARS

    run_on = "police said a man was shot in the leg, " * 500
    sentences = split_sentences(run_on)
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    assert all(s.text.endswith("leg,") and run_on[s.start:s.end] == s.text for s in sentences)
    assert "".join(s.text + " " for s in sentences) == run_on


def test_a_word_longer_than_the_cap_is_cut_too():
    from harmledger.text.sentences import MAX_SENTENCE_CHARS

    sentences = split_sentences("x" * (3 * MAX_SENTENCE_CHARS))
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE_CHARS] * 3


def test_a_run_of_initials_stays_one_run_and_is_capped():
    from harmledger.text.sentences import MAX_SENTENCE_CHARS

    text = "U.S. " * 2_000 + "Police are investigating."
    sentences = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert len(sentences) == -(-len(text) // MAX_SENTENCE_CHARS)  # cut by the cap only, never at an initial


# --- a page's list of other stories is no part of the report

_TEASERS = (
    "Two men were wounded in a shooting on Oak Street on Saturday, police said.\n\n"
    "Related Headlines\n\n"
    "City Council Approves New Budget For Parks\n\n"
    "Man Shot, Killed Blocks Away From His Home: Police\n\n"
    "High School Team Wins State Title In Overtime\n\n"
    "Anyone with information is asked to call police."
)


def test_a_run_of_headline_lines_is_left_out():
    texts = [s.text for s in split_sentences(_TEASERS)]
    assert texts[0].startswith("Two men were wounded") and texts[-1].startswith("Anyone with information")
    assert not any("Council" in t or "Killed" in t or "State Title" in t for t in texts)


def test_a_teaser_list_gives_the_report_no_dead():
    from harmledger import extract

    lead = extract(_TEASERS, "2016-05-02")[0]
    assert lead.injured.value == 2 and lead.killed is None


@pytest.mark.parametrize("text", [
    # a headline line or two (the report's own title, a section name) stay
    "Man Shot Dead Near Park In Dayton\n\nA man was shot dead near a park on Sunday.",
    "Breaking News\n\nMan Shot Dead Near Park\n\nA man was shot dead near a park on Sunday.",
    # a transcript in capitals is the report's text
    "POLICE SAY TWO MEN WERE SHOT\n\nONE OF THEM DIED AT THE HOSPITAL\n\nTHE SHOOTER HAS NOT BEEN FOUND",
    # headlines on one line are not a list
    "Shooting In Dayton Leaves One Dead Police Say Man Fled On Foot Witness Saw Car",
])
def test_headline_lines_that_are_no_list_stay(text):
    kept = " ".join(s.text for s in split_sentences(text))
    assert all(line in kept for line in text.split("\n") if line)
