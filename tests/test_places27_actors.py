"""Myanmar's resistance written by its initials ("PDF fighters") says which war a report is about (``geo.areas``):
Kani is a Sagaing township and a city of 100,000 in Japan's Gifu."""

from __future__ import annotations

import pytest

from harmledger.geo import find_places


@pytest.mark.parametrize("text", [
    "PDF fighters near Kani clashed with junta troops on Sunday, killing four soldiers, a local resistance group said.",
    "Local PDF forces said they shot down a junta drone near Kani on Tuesday.",
    "Three PDF soldiers were killed when the military shelled their camp near Kani, residents said.",
])
def test_the_resistance_s_initials_place_a_report_in_myanmar(text: str) -> None:
    kani = next(p for p in find_places(text) if p.text == "Kani")
    assert (kani.place.country, kani.place.admin1) == ("MM", "Sagaing")


def test_a_pdf_document_is_no_armed_group() -> None:
    text = "The city council's report (PDF) says two men were stabbed in Kani, Gifu Prefecture, last year."
    kani = next(p for p in find_places(text) if p.text == "Kani")
    assert kani.place.country == "JP"
