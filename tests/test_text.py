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
