"""Hand-made reports of strikes for the review tests: fields known exactly, linking as a ledger links them.

Import with ``from review_fixtures import KREMENCHUK, report, strike``.
"""

from __future__ import annotations

from datetime import date

from harmledger.ledger import Ledger
from harmledger.model import Count, Mention, Place, Span, When

KREMENCHUK = ("Kremenchuk", "Poltava", 49.068, 33.42, 705392)
DNIPRO = ("Dnipro", "Dnipropetrovsk", 48.4593, 35.0387, 709930)
KHARKIV = ("Kharkiv", "Kharkiv", 49.9808, 36.2527, 706483)


def span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def strike(text: str, killed_phrase: str, killed: int, day: date, place: tuple = KREMENCHUK, confidence: float = 0.8) -> Mention:
    name, admin1, lat, lon, geonames_id = place
    count = Count(value=killed, qualifier="exact", low=killed, best=killed, high=killed, span=span(text, killed_phrase), speaker="governor")
    return Mention(
        killed=count, place=Place(geonames_id, name, admin1, "UA", lat, lon, "town", span(text, name)), when=When(day, day, "day", None),
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack", weapon="missile",
        evidence=[span(text, killed_phrase)], sources=["governor"], confidence=confidence,
    )


def report(ledger: Ledger, text: str, title: str, published: str, *mentions: Mention) -> str:
    """Store one report; its document id."""
    document_id, _ = ledger.add(text, list(mentions), title=title, published=published, source="Wire")
    return document_id


MALL = "KREMENCHUK — A Russian missile strike on the Amstor shopping mall in Kremenchuk killed 16 people on Monday, the governor said."
MALL_UPDATE = "KREMENCHUK — The death toll from the missile strike on the Amstor shopping mall in Kremenchuk rose to 18 on Tuesday, the governor said."
MALL_LATER = "KREMENCHUK — Rescuers at the Amstor shopping mall in Kremenchuk said the missile strike there killed 20, the governor said on Thursday."
DEPOT = "DNIPRO — A missile strike on the Zhovtneve bus depot in Dnipro killed 4 drivers overnight, the governor said."
DEPOT_LATER = "DNIPRO — Funerals were held for the 4 drivers killed when a missile hit the Zhovtneve bus depot in Dnipro, the governor said."
TWO_STRIKES = ("KHARKIV — Shelling of the Saltivka district in Kharkiv killed 3 people on Monday, the governor said. "
               "Separately, a drone strike in Dnipro killed 2 people on the same day.")


def mall(ledger: Ledger) -> tuple[str, str]:
    """Two reports of the mall strike (one incident); their document ids."""
    first = report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
    second = report(ledger, MALL_UPDATE, "Amstor mall death toll rises in Kremenchuk", "2022-06-28",
                    strike(MALL_UPDATE, "rose to 18", 18, date(2022, 6, 27)))
    return first, second
