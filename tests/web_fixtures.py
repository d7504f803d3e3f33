"""A ledger for the API and browser tests: the bundled sample reports (real extraction) plus
hand-made documents whose fields are known exactly, including one whose text, title and
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


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _exact(value: int, span: Span, speaker: str | None) -> Count:
    return Count(value=value, qualifier="exact", low=value, best=value, high=value, span=span, speaker=speaker)


def fill(ledger: Ledger) -> dict[str, str]:
    """The samples and three hand-made documents; their incident ids by name."""
    ledger.ingest_paths([SAMPLES / name for name in sorted(p.name for p in SAMPLES.glob("*.txt"))])
    ids: dict[str, str] = {}
    killed = _span(HOSTILE_TEXT, "killed 7 people <img src=x onerror=\"window.__pwned = 'img'\">")
    kyiv = Place(703448, "Kyiv", "Kyiv City", "UA", 50.4547, 30.5238, "town", _span(HOSTILE_TEXT, "KYIV"))
    document, _ = ledger.add(
        HOSTILE_TEXT,
        [Mention(killed=_exact(7, killed, "police"), place=kyiv, when=When(date(2024, 5, 20), date(2024, 5, 20), "day", None),
                 event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack", weapon="missile",
                 evidence=[killed], sources=["police"])],
        source=HOSTILE_SOURCE, title=HOSTILE_TITLE, published="2024-05-20",
    )
    ids["hostile"] = f"{document}-1"
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
    ids["battle"] = f"{document}-1"
    riot_text = "In Aleppo, a riot left 2 people dead, residents said."
    aleppo = Place(170063, "Aleppo", "Aleppo", "SY", 36.2021, 37.1343, "town", _span(riot_text, "Aleppo"))
    document, _ = ledger.add(
        riot_text,
        [Mention(killed=_exact(2, _span(riot_text, "2 people dead"), "residents"), place=aleppo,
                 when=When(date(2023, 11, 5), date(2023, 11, 5), "day", None), event_type="Riots",
                 evidence=[_span(riot_text, "2 people dead")], sources=["residents"])],
        source="Aleppo Today", published="2023-11-05",
    )
    ids["riot"] = f"{document}-1"
    return ids


@contextmanager
def served(ledger: Ledger, **settings) -> Iterator[str]:
    """The real app over ``ledger`` on a free local port; yields its base URL."""
    with running(create_app(Settings(**settings), ledger=ledger)) as base_url:
        yield base_url
