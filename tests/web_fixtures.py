"""A ledger for the API and browser tests: the bundled sample reports (real extraction), two
follow-up reports of the Odesa sample's strike (a rising toll, so one incident has three sources),
plus hand-made documents whose fields are known exactly, including one whose text, title and
source are HTML meant to run script if the page ever rendered them as markup.

Import with ``from web_fixtures import fill, served``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import harmledger
from harmledger.model import Count, Mention, Place, Span, When
from harmledger.ledger import Ledger
from harmledger.web import Settings, create_app
from harmledger.web.server import running

SAMPLES = Path(harmledger.__file__).parent / "samples"
HOSTILE_TEXT = (
    "KYIV — A missile strike killed 7 people <img src=x onerror=\"window.__pwned = 'img'\"> near the station, police said. "
    "<script>window.__pwned = 'script'</script> Rescue work went on into the night."
)
HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned = 'title'\">Strike"
HOSTILE_SOURCE = "<script>window.__pwned = 'source'</script>Wire"
ODESA_SAMPLE = "2024-03-04-odesa-drone.txt"
ODESA_FOLLOW_UPS = [
    {"title": "Odesa drone strike: death toll rises to 14", "published": "2024-03-05", "source": "Kyiv Independent", "url": "https://example.org/odesa-14",
     "text": "ODESA, Ukraine — At least 14 people, including five children, were killed by Saturday's Russian drone strike on a residential "
             "building in Odesa, the regional governor Oleh Kiper said on Tuesday. Rescuers finished searching the rubble of the "
             "apartment block; 9 people were injured in the strike."},
    {"title": "Odesa mourns 16 killed in drone strike on apartment block", "published": "2024-03-06", "source": "Ukrainska Pravda", "url": "https://example.org/odesa-16",
     "text": "Sixteen people, among them five children, were killed when a Russian drone hit an apartment block in Odesa at the weekend, "
             "Ukraine's State Emergency Service said on Wednesday, as the city held a day of mourning for the victims of the strike on "
             "the residential building."},
]
"""Follow-ups of the Odesa sample: the toll rises 12 → 14 → 16 over three days of reports."""


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _exact(value: int, span: Span, speaker: str | None) -> Count:
    return Count(value=value, qualifier="exact", low=value, best=value, high=value, span=span, speaker=speaker)


def fill(ledger: Ledger) -> dict[str, str]:
    """The samples, the Odesa follow-ups and three hand-made documents; their incident ids by name
    (``odesa``: the sample's strike with its follow-ups; ``aggregate``: the sample's toll over two regions)."""
    ledger.ingest_paths([SAMPLES / name for name in sorted(p.name for p in SAMPLES.glob("*.txt"))])
    for report in ODESA_FOLLOW_UPS:
        ledger.ingest_text(**report)
    odesa = next(r for r in ledger.incidents(limit=1000) if r["source"] == ODESA_SAMPLE and r["kind"] == "event" and not r["background"])
    aggregate = next(r for r in ledger.incidents(limit=1000) if r["source"] == ODESA_SAMPLE and r["kind"] == "aggregate")
    ids: dict[str, str] = {"odesa": odesa["id"], "aggregate": aggregate["id"]}
    killed = _span(HOSTILE_TEXT, "killed 7 people <img src=x onerror=\"window.__pwned = 'img'\">")
    kyiv = Place(703448, "Kyiv", "Kyiv City", "UA", 50.4547, 30.5238, "town", _span(HOSTILE_TEXT, "KYIV"))
    document, _ = ledger.add(
        HOSTILE_TEXT,
        [Mention(killed=_exact(7, killed, "police"), place=kyiv, when=When(date(2024, 5, 20), date(2024, 5, 20), "day", None),
                 event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack", weapon="missile",
                 evidence=[killed], sources=["police"])],
        source=HOSTILE_SOURCE, title=HOSTILE_TITLE, published="2024-05-20",
    )
    ids["hostile"] = ledger.incident_of_mention(f"{document}-1")
    battle_text = "Fighting near Izium killed 20 soldiers and wounded 31, the army said; the governor said 25 were wounded."
    izium = Place(707292, "Izium", "Kharkiv", "UA", 49.2128, 37.2569, "town", _span(battle_text, "Izium"))
    document, _ = ledger.add(
        battle_text,
        [Mention(killed=_exact(20, _span(battle_text, "killed 20 soldiers"), "the army"),
                 injured=_exact(25, _span(battle_text, "25 were wounded"), "the governor"),
                 place=izium, when=When(date(2024, 4, 2), date(2024, 4, 2), "day", None), event_type="Battles",
                 sub_event_type="Armed clash", evidence=[_span(battle_text, "killed 20 soldiers"), _span(battle_text, "25 were wounded")],
                 sources=["the army", "the governor"])],
        source="Front Line Daily", title="Clashes near Izium", url="https://example.org/izium", published="2024-04-03",
    )
    ids["battle"] = ledger.incident_of_mention(f"{document}-1")
    riot_text = "In Aleppo, a riot left 2 people dead, residents said."
    aleppo = Place(170063, "Aleppo", "Aleppo", "SY", 36.2021, 37.1343, "town", _span(riot_text, "Aleppo"))
    document, _ = ledger.add(
        riot_text,
        [Mention(killed=_exact(2, _span(riot_text, "2 people dead"), "residents"), place=aleppo,
                 when=When(date(2023, 11, 5), date(2023, 11, 5), "day", None), event_type="Riots",
                 evidence=[_span(riot_text, "2 people dead")], sources=["residents"])],
        source="Aleppo Today", published="2023-11-05",
    )
    ids["riot"] = ledger.incident_of_mention(f"{document}-1")
    return ids


@contextmanager
def served(ledger: Ledger, **settings) -> Iterator[str]:
    """The real app over ``ledger`` on a free local port; yields its base URL."""
    with running(create_app(Settings(**settings), ledger=ledger)) as base_url:
        yield base_url
