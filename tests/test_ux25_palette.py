"""The map's legend and the list's dots: every event type's colour, and that of an incident whose type is not
coded, told apart at a glance, also by readers with the common red-green colour-vision deficiencies (the
grey of "Strategic developments" and the slate of "type not coded" had been nearly one colour)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

APP_JS = Path(__file__).resolve().parents[1] / "src" / "harmledger" / "web" / "static" / "app.js"

# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
DEFICIENCIES = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
}
LEAST_APART = {"normal": 24.0, "protanopia": 15.0, "deuteranopia": 15.0}
"""CIE76 distances, with room: the old palette had two colours 17.6 apart, and two 4.6 apart to a protanope."""


def palette() -> dict[str, str]:
    source = APP_JS.read_text(encoding="utf-8")
    types = dict(re.findall(r'\["([^"]+)", "(#[0-9a-fA-F]{6})"\]', source[source.index("const EVENT_TYPES"):]))
    types["type not coded"] = re.search(r'const UNTYPED_COLOUR = "(#[0-9a-fA-F]{6})"', source).group(1)
    return types


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def lab(hex_colour: str, matrix) -> tuple[float, float, float]:
    rgb = [_linear(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in matrix)
    xyz = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def test_the_palette_names_every_type_and_the_uncoded_one():
    assert set(palette()) == {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                              "Strategic developments", "type not coded"}
    assert len(set(palette().values())) == 7


@pytest.mark.parametrize("vision", sorted(DEFICIENCIES))
def test_every_two_colours_are_told_apart(vision):
    colours = {name: lab(hex_colour, DEFICIENCIES[vision]) for name, hex_colour in palette().items()}
    closest = min(((sum((p - q) ** 2 for p, q in zip(colours[a], colours[b]))) ** 0.5, a, b)
                  for a, b in itertools.combinations(colours, 2))
    assert closest[0] >= LEAST_APART[vision], closest
