"""Each source's claim about an incident, ready to be shown side by side.

A claim is what one speaker in one document says: the figures they gave
(killed, injured, missing, casualties) with the words they used. Until
cross-source linking exists an incident is one mention of one document, so
its claims are its figures grouped by speaker ("officials" said 4 killed,
"police" said 17 injured); linked incidents will add one group per document
through the same function.
"""

from __future__ import annotations

from typing import Any

from harmledger.model import COUNT_SLOTS


def claims(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``[{document_id, mention_id, source, published, url, speaker, figures: {slot: count}}]`` in report order;
    ``speaker`` None where the report gives a figure in its own voice."""
    out: dict[tuple[str, str | None], dict[str, Any]] = {}
    for mention in mentions:
        for slot in COUNT_SLOTS:
            count = mention.get(slot)
            if count is None:
                continue
            key = (mention["document_id"], count.get("speaker"))
            claim = out.setdefault(key, {
                "document_id": mention["document_id"],
                "mention_id": mention["id"],
                "source": mention.get("source"),
                "published": mention.get("published"),
                "url": mention.get("url"),
                "speaker": key[1],
                "figures": {},
            })
            claim["figures"].setdefault(slot, count)
    return list(out.values())
