"""What the speed rounds' equivalence tests share: the dev part of an eval suite's texts, and drawn strings.

Import with ``from speed_fixtures import dev_texts, drawn``."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

from harmledger.eval.parts import DEV, part_of


def dev_texts(eval_dir, suite: str) -> list[str]:
    """The texts of ``suite``'s dev records (never the held-aside part), in file order."""
    with (eval_dir / f"{suite}.jsonl").open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return [record["text"] for record in records if part_of(record["id"]) == DEV]


def drawn(pieces: list[str], count: int, longest: int) -> Iterator[str]:
    """``count`` strings of up to ``longest`` ``pieces`` drawn in any order, the same on every run."""
    draw = random.Random(15)
    for _ in range(count):
        yield "".join(draw.choice(pieces) for _ in range(draw.randrange(0, longest)))
