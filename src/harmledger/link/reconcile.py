"""Every source's figures for one incident, reconciled into low / best / high (UCDP's meaning).

The rules, in order:

1. Every claim is kept: document, publication date, speaker, slot, value, qualifier,
   low / best / high as the counting conventions give them, the children among the
   victims, and the evidence span. Nothing here deletes or rewrites a claim.
2. Claims told as background (history retold in a later report) never count.
3. A later figure for the same slot supersedes an earlier one: the *current* claims of a
   slot are those published on the latest day that has one; earlier ones are history
   (a toll rising from "at least 2" to 11 to 16 is an update, not a contradiction).
   A later figure *lower* than one more reports gave is no revision but a partial
   retelling (an arrest story that speaks only of "the man who died", a court story
   naming one of four wounded): the figure most reports gave (the larger on a tie) stays
   current, its claims are the current ones. A count of the missing revised down supersedes
   once at least as many reports give the lower figure as gave the higher (the missing fall
   as they are found); so does one of the wounded, where more reports give it, or as many and
   a named speaker gives it or the dead rose by the fall since the higher count was last
   given (the wounded fall as victims die): an unattributed story of one of three wounded
   ("Victim in shooting spree hoping for word on motive", an arrest story of the one man it
   follows) a day or a week later retells part of them. The dead do not fall:
   publication days are taken in turn, and a day's lower count of the killed supersedes
   the figure the days before left current only when more reports give it than gave that
   figure and a named speaker gives it ("Two dead" followed a week later by "one dead";
   "killed his wife and three children" by "Lee and her three children were shot dead";
   "Three people died" by a story months later of one of them; "3 dead, including gunman"
   by two stories of "the two victims"; a sheriff's two dead by stories of the one man
   named); a zero ("Nobody died") corrects. Each report counts once per slot, with the
   largest figure it gives.
4. Current claims that disagree and come from two or more named speakers (two parties,
   or a party and an agency) are kept side by side and the incident is *contested*.
5. low is the most conservative current figure (the smallest ``low``, else ``best``);
   high the highest credible one (the largest ``high``, else ``best``, never below best);
   best the most reliable: a named speaker's figure over an unattributed one, among those
   the figure more reports give (two reports of one man shot against one of four: the
   four are more likely everyone the story told of, the dead among them), and on a tie
   the largest (same-day reports rise as counting goes on), except for the dead where no named
   speaker gives a figure: of the same number of reports giving each, the smallest count of the
   killed is best. An official's figures of one day are a count going on ("killing 12", then
   "killing 22"); a reporter's own figure of more dead the same day is as often one that counts
   another shooting's dead with this one's (a night's round-up, "gun battle, chase, brawl end
   with 5 shot, 2 dead") as a toll that rose, and the victims who die later are told on later
   days, which rule 3 takes in turn.
6. Subgroups (children) and missing persons carry through from the claim chosen as best.
7. The wounded who died: when reports after the last one to count the wounded raise the
   dead by at least as many as were wounded, those wounded are among the new dead ("Boy
   accidentally shot in head", then "Boy, 15, who shot himself accidentally in head
   dies"), and none remain wounded. A smaller rise leaves the wounded as told: which of
   several died, and whether the dead rose by them at all, no figure says.

The history of an incident is one entry per document, in publication order, with the
best figure that document gave for each slot. Publication order is by day (as written, the day
rule 3 reads), then within a day by the instant where the source gave a time ("at least 2" at
15:00, 11 at 18:30, 16 at 21:10), the reports of that day without one after those with, then by
document id. Only the order told changes: what is current is still decided by day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from harmledger.dates import iso, iso_instant
from harmledger.model import COUNT_SLOTS

_NEVER_FEWER = {"killed"}  # the slots whose count a single later report does not revise down (rule 3)
_SMALLER_ON_A_TIE = {"killed"}  # the slots whose best, between unattributed figures as many reports give, is the smaller (rule 5)


@dataclass(frozen=True)
class Claim:
    """One figure one source gave for one slot of an incident."""

    mention_id: str
    document_id: str
    published: date | None
    speaker: str | None
    slot: str
    value: int
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    children: int | None = None
    background: bool = False
    published_at: datetime | None = None

    @property
    def figure(self) -> int:
        return self.best if self.best is not None else self.value


@dataclass(frozen=True)
class Reconciled:
    low: int | None
    best: int
    high: int | None
    contested: bool
    children: int | None
    current: tuple[Claim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "best": self.best,
            "high": self.high,
            "contested": self.contested,
            "children": self.children,
            "speakers": sorted({c.speaker for c in self.current if c.speaker}),
        }


def reconcile(claims: list[Claim]) -> dict[str, Reconciled]:
    """Slot → its reconciled figure, for the slots any counting claim fills."""
    out = {}
    dead = [c for c in claims if c.slot == "killed" and not c.background]
    for slot in COUNT_SLOTS:
        counting = [c for c in claims if c.slot == slot and not c.background]
        if counting:
            out[slot] = _slot(counting, dead)
    if "injured" in out and "killed" in out:
        out["injured"] = _after_the_deaths(out["injured"], dead, out["killed"].best)
    return out


def history(claims: list[Claim]) -> list[dict[str, Any]]:
    """One entry per document in publication order: its best figure per slot (background left out)."""
    by_document: dict[str, dict[str, Any]] = {}
    for claim in sorted((c for c in claims if not c.background), key=told_order):
        entry = by_document.setdefault(
            claim.document_id,
            {"document_id": claim.document_id, "published": iso(claim.published), "published_at": iso_instant(claim.published_at),
             **{s: None for s in ("killed", "injured", "missing")}},
        )
        if claim.slot in entry:
            entry[claim.slot] = max(entry[claim.slot] or 0, claim.figure)
    return list(by_document.values())


def _slot(claims: list[Claim], dead: Sequence[Claim] = ()) -> Reconciled:
    current = _current(claims, dead)
    named = [c for c in current if c.speaker]
    chosen = _best_of(current)
    figures = {c.figure for c in named}
    speakers = {c.speaker.lower() for c in named}
    lows = [c.low if c.low is not None else c.figure for c in current]
    highs = [c.high if c.high is not None else c.figure for c in current]
    return Reconciled(
        low=min(lows),
        best=chosen.figure,
        high=max([*highs, chosen.figure]),
        contested=len(figures) > 1 and len(speakers) > 1,
        children=chosen.children,
        current=tuple(sorted(current, key=_order)),
    )


def _after_the_deaths(injured: Reconciled, killed: list[Claim], dead: int) -> Reconciled:
    """No one wounded once the dead rose, after the wounded were last counted, by at least as many (rule 7)."""
    counted = max((c.published for c in injured.current if c.published), default=None)
    if counted is None or injured.best == 0:
        return injured
    rise = dead - _dead_by(killed, counted)
    return replace(injured, low=0, best=0) if rise >= injured.best else injured


def _current(claims: list[Claim], dead: Sequence[Claim]) -> list[Claim]:
    """The current claims (rule 3); for the killed, publication day by publication day: each day's figure is judged
    against the claims the days before left current, so that one report of fewer dead does not displace them."""
    if claims[0].slot not in _NEVER_FEWER:
        return _latest(claims, dead)
    days = sorted({c.published for c in claims if c.published})
    current: list[Claim] = []
    for day in days or [None]:
        told = [c for c in claims if day is None or c.published is None or c.published <= day]
        revised = _latest(told)
        if not current or not _fewer_dead_retold(revised, current, told):
            current = revised
    return current


def _fewer_dead_retold(revised: list[Claim], current: list[Claim], told: list[Claim]) -> bool:
    """Whether a day's lower count of the killed is a retelling of part of them, not a revision: fewer reports give
    it than gave the figure before, or no named speaker does (unattributed stories of some of the dead, of the victims
    without the gunman, are as many as those that correct a toll)."""
    before, after = _best_of(current).figure, _best_of(revised).figure
    if not 0 < after < before:
        return False
    reports = _reports_giving(told)
    return reports[after] <= reports[before] or not any(c.speaker for c in revised if c.figure == after)


def _latest(claims: list[Claim], dead: Sequence[Claim] = ()) -> list[Claim]:
    """The latest day's claims, unless their figure is lower than one more reports gave, or than one as many gave
    where the lower is a partial retelling (rule 3)."""
    latest = max((c.published for c in claims if c.published), default=None)
    current = [c for c in claims if c.published == latest] or claims
    reports = _reports_giving(claims)
    told = max(reports, key=lambda figure: (reports[figure], figure))
    latest_figure = _best_of(current).figure
    if told > latest_figure and (reports[told] > reports[latest_figure] or _partial_retelling(claims, current, told, latest_figure, dead)):
        return [c for c in claims if c.figure == told]
    return current


def _partial_retelling(claims: list[Claim], current: list[Claim], told: int, figure: int, dead: Sequence[Claim]) -> bool:
    """Whether a lower count of the wounded, given by as many reports as the higher one, is a story of some of them
    (an arrest story naming the one victim it follows) rather than a recount: no named speaker gives it, and the dead
    did not rise by the fall since the higher count was last given (then the wounded who died left it)."""
    if current[0].slot != "injured" or any(c.speaker for c in current if c.figure == figure):
        return False
    then = max((c.published for c in claims if c.figure == told and c.published), default=None)
    now = max((c.published for c in current if c.published), default=None)
    return _dead_by(dead, now) - _dead_by(dead, then) < told - figure


def _dead_by(dead: Sequence[Claim], day: date | None) -> int:
    """The best count of the killed the reports published by ``day`` give (an undated report is not shown later)."""
    told = [c for c in dead if day is None or c.published is None or c.published <= day]
    return _slot(told).best if told else 0


def _best_of(current: list[Claim]) -> Claim:
    """A named speaker's claim over an unattributed one, among those the figure more reports give, then the largest
    (for the dead told by no named speaker, the smallest) (rule 5)."""
    named = [c for c in current if c.speaker]
    reports = _reports_giving(current)
    larger = -1 if not named and current[0].slot in _SMALLER_ON_A_TIE else 1
    return max(named or current, key=lambda c: (reports[c.figure], larger * c.figure, _order(c)))


def _reports_giving(claims: list[Claim]) -> Counter:
    """Figure → how many reports give it, each report counted once with its largest figure."""
    largest: dict[str, int] = {}
    for claim in claims:
        largest[claim.document_id] = max(largest.get(claim.document_id, claim.figure), claim.figure)
    return Counter(largest.values())


def _order(claim: Claim) -> tuple:
    """The order decisions break ties by: day, document id (the time of day decides nothing, rule 3)."""
    return (claim.published or date.min, claim.document_id, claim.mention_id)


def told_order(claim: Claim) -> tuple:
    """Publication order as history tells it: day, then the instant where known (the untimed after), then document id."""
    return (claim.published or date.min, claim.published_at is None, claim.published_at or datetime.min, claim.document_id, claim.mention_id)
