"""ACLED-style notes of other years and other wars (places35): the Donbas notes of 2014-2017 in Russian spellings
("Peski", "Shirokino", "Zaytsevo", "Stanitsa Luganskaya"), towns by their names before 2016 ("Artemivsk",
"Dzerzhynsk", "Stakhanov") and notes that give a village with its second-level area
in brackets ("Kwari village (Tsafe LGA, Zamfara)", "Pazigyi village (Kanbalu township, Sagaing)"). Each place
written down before it was run; all but one were right on main (pinned here)."""

import pytest
from test_places35 import NOT_IN, _miss, lead, lies_at

PROBES = [
    # Donbas, 2014-2017, in Russian spellings
    ("On 21 January 2015, NAF rebels shelled Ukrainian positions in Peski, Donetsk. Casualties unknown.",
     "UA", 48.10, 37.65),
    ("On 10 February 2015, NAF rebels attacked Shirokino, Donetsk. Two soldiers were killed.", "UA", 47.10, 37.70),
    ("On 3 March 2016, NAF rebels fired mortars at Zaytsevo, Donetsk. Casualties unknown.", "UA", 48.37, 37.90),
    ("On 4 June 2015, NAF rebels attacked Krasnogorovka and Marinka, Donetsk. Five soldiers were killed.",
     "UA", 47.98, 37.51),
    ("On 8 August 2015, NAF rebels shelled Staromikhaylovka, Donetsk. One civilian was injured.", "UA", 48.02, 37.62),
    ("On 12 July 2016, NAF rebels fired at Stanitsa Luganskaya, Lugansk, damaging houses.", "UA", 48.65, 39.50),
    ("On 5 September 2014, NAF rebels shelled Schastye, Lugansk. Casualties unknown.", "UA", 48.74, 39.23),
    ("On 22 January 2015, rebels shelled Popasnaya, Lugansk, killing a civilian.", "UA", 48.63, 38.38),
    ("On 15 February 2015, NAF rebels attacked Debaltsevo, Donetsk. Several soldiers were killed.",
     "UA", 48.34, 38.41),
    ("On 28 January 2015, NAF rebels took control of Uglegorsk, Donetsk.", "UA", 48.31, 38.27),
    ("On 17 May 2017, NAF rebels shelled Avdeevka, Donetsk, killing one civilian.", "UA", 48.14, 37.74),
    ("On 9 March 2017, Ukrainian forces shelled Gorlovka, Donetsk. Two civilians were injured.", "UA", 48.30, 38.05),
    ("On 2 October 2016, NAF rebels fired at Trekhizbenka, Lugansk. Casualties unknown.", "UA", 48.72, 39.07),
    ("On 11 April 2015, NAF rebels attacked Ukrainian positions near Kominternovo, Donetsk.", "UA", 47.17, 37.76),
    # Donbas and elsewhere, 2014-2016, by the names towns bore before decommunisation
    ("On 4 May 2015, NAF rebels shelled Artemivsk, Donetsk. One civilian was injured.", "UA", 48.59, 38.00),
    ("On 20 June 2015, NAF rebels fired at Ukrainian positions near Dzerzhynsk, Donetsk.", "UA", 48.40, 37.85),
    ("On 2 August 2014, an explosion hit a rail line near Krasnoarmiisk, Donetsk. No casualties.",
     "UA", 48.28, 37.18),
    ("On 3 February 2015, Ukrainian forces shelled Kirovske, Donetsk, killing two civilians.", "UA", 48.14, 38.46),
    ("On 12 March 2015, a bomb exploded in Stakhanov, Luhansk, killing a rebel commander.", "UA", 48.57, 38.65),
    ("On 5 January 2016, unidentified men threw a grenade at a shop in Dimitrov, Donetsk.", "UA", 48.30, 37.26),
    ("On 21 July 2014, Ukrainian aircraft bombed Krasnyi Luch, Luhansk, killing 5 civilians.", "UA", 48.13, 38.94),
    ("On 6 October 2015, an explosive device went off at the port of Illichivsk, Odesa. No casualties.",
     "UA", 46.30, 30.65),
    ("On 17 August 2014, NAF rebels clashed with Ukrainian forces near Komsomolske, Donetsk.", "UA", 47.66, 38.07),
    ("On 14 April 2016, a grenade exploded in Dniprodzerzhynsk, Dnipropetrovsk, injuring two people.",
     "UA", 48.51, 34.61),
    # a village with its second-level area in brackets
    ("On 3 May 2023, bandits attacked Kwari village (Tsafe LGA, Zamfara), killing 5 people.", "NG", 12.17, 6.92),
    ("On 14 June 2023, JNIM militants attacked soldiers near Koro (Mopti), killing 4.", "ML", 14.06, -3.08),
    ("On 20 April 2024, the RSF attacked Wad Ashib village (Al Hasahisa locality, Al Jazirah), killing 7 civilians.",
     "SD", 14.75, 33.30),
    ("On 11 April 2023, military aircraft bombed Pazigyi village (Kanbalu township, Sagaing), killing at least 160 "
     "people.", "MM", 23.20, 95.52),
    ("On 12 March 2024, ISWAP fighters attacked a military base in Malam Fatori (Abadam LGA, Borno). 6 soldiers were "
     "killed.", "NG", 13.68, 13.34),
    pytest.param(
        "On 26 July 2024, CSP-DPA rebels clashed with FAMa and Wagner forces near Tinzaouatene (Abeibara, Kidal).",
        "ML", 19.96, 2.96, marks=_miss(NOT_IN + "; its commune, 158 km off, answers")),
    ("On 10 May 2024, ISM militants attacked Macomia town (Macomia, Cabo Delgado), killing 3 soldiers.",
     "MZ", -12.25, 40.12),
    ("On 5 June 2024, Ambazonian separatists killed 2 soldiers in Bamenda (Mezam, Nord-Ouest).", "CM", 5.96, 10.15),
    ("On 23 August 2023, Fano militias clashed with ENDF forces in Lalibela (North Wollo, Amhara).",
     "ET", 12.03, 39.04),
    ("On 8 February 2024, M23 rebels shelled Mugunga camp near Goma (Nyiragongo, North Kivu), killing 2 IDPs.",
     "CD", -1.63, 29.17),
]


@pytest.mark.parametrize("text, country, lat, lon", PROBES)
def test_the_lead_incident_of_a_note_lies_at_its_place(text: str, country: str, lat: float, lon: float) -> None:
    assert lies_at(text, country, lat, lon), lead(text).place
