"""How a count reads in a terminal table: "≥16", "~600", "5-10"."""

from __future__ import annotations

from typing import Any

_MARKS = {"at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤", "fewer_than": "<", "vague": "~"}


def figure(count: dict[str, Any] | None, children: bool = False) -> str:
    """A count (its contract form) as a short figure; ``children`` adds the subgroup when there is one."""
    if count is None:
        return ""
    if count["qualifier"] == "range":
        text = f"{count['low']}-{count['high']}"
    else:
        text = f"{_MARKS.get(count['qualifier'], '')}{count['value']}"
    return text + (f" (incl. {count['children']} children)" if children and count.get("children") else "")
