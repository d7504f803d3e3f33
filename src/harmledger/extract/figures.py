"""A casualty figure as one sentence states it, before framing decides whose incident it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from harmledger.data import table
from harmledger.extract.limits import PLAUSIBLE_MAX

SLOTS = ("casualties", "killed", "injured", "shot", "missing")


@dataclass(frozen=True)
class Finding:
    """A casualty figure in a sentence; offsets are relative to the sentence.

    ``shot`` is a slot of its own: a person shot may have died, so framing
    decides whether they count as injured.
    """

    slot: str
    value: int
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    start: int
    end: int
    basis: str = "explicit"  # explicit | implicit | victim | negated | update | suicide
    children: int | None = None
    civilians: bool | None = None
    military: bool | None = None
    noun: str | None = None
    additional: bool = False  # "another man was shot", "two others were shot": not the victims already told
    before_his_own: bool = False  # "left seven dead before the gunman killed himself": the killer is not among them
    ordinal: bool = False  # "a third was wounded", "the fourth victim": told by their place among all the victims
    superseded: bool = False  # "earlier reports had put the toll at four": a toll the text says a later one replaced

    @property
    def plausible(self) -> bool:
        """Whether every number it states is a toll some report could give (``limits.PLAUSIBLE_MAX``)."""
        return all(v is None or v <= PLAUSIBLE_MAX for v in (self.value, self.low, self.best, self.high, self.children))


_OF_THEM = re.compile(r"\bof$", re.IGNORECASE)


def one_of_them(finding: Finding, words: str) -> bool:
    """"One of three teens wounded in Friday's shooting has died": a dead person told as one of a group
    (``words``, the text the figure spans, ends at "of"), one person's death among people told harmed."""
    return finding.slot == "killed" and finding.basis == "implicit" and _OF_THEM.search(words) is not None


def groups(noun: str | None, value: int) -> dict:
    """The subgroups a victim noun names: "six civilians" are civilians, "two children" are 2 children."""
    names = table("person_groups")
    return {
        "children": value if noun in names["children"] and value else None,
        "civilians": True if noun in names["civilians"] else None,
        "military": True if noun in names["military"] else None,
    }


def gender(noun: str | None) -> str | None:
    """"male", "female" or None (a name, "victim", "person": could be anyone)."""
    genders = table("person_gender")
    return next((g for g in ("male", "female") if noun in genders[g]), None)


def stated(slot: str, value: int, span: tuple[int, int], basis: str, noun: str | None) -> Finding:
    """A figure the text gives without a number ("a man was shot" → 1): exact by nature."""
    return Finding(
        slot=slot, value=value, qualifier="exact", low=value, best=value, high=value,
        start=span[0], end=span[1], basis=basis, noun=noun, **groups(noun, value),
    )
