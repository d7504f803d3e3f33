"""``bench.link`` keeps each size's seeded ledger for later runs and grows a larger one from the largest kept."""

from datetime import date

from sqlalchemy import func, select

from harmledger.bench.link import seeded_ledger
from harmledger.ledger import Ledger
from harmledger.store.schema import incidents

KEYS = ["augusta", "lockwood", "terrell_banks", "marcus_reed", "garfield", "austin", "pulaski"]
DAYS = (date(2016, 1, 1), date(2016, 12, 31))


def _incidents(path):
    with Ledger(f"sqlite:///{path}") as ledger, ledger.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(incidents))


def test_a_kept_size_is_reused_and_a_larger_one_grows_from_it(tmp_path):
    small = seeded_ledger(tmp_path, 40, 3, KEYS, DAYS, keep=True)
    written = small.stat().st_mtime_ns
    assert seeded_ledger(tmp_path, 40, 3, KEYS, DAYS, keep=True) == small and small.stat().st_mtime_ns == written
    large = seeded_ledger(tmp_path, 70, 3, KEYS, DAYS, keep=True)
    assert (_incidents(small), _incidents(large)) == (40, 70)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["ledger-40-3.db", "ledger-70-3.db"]


def test_ledgers_not_kept_grow_in_place(tmp_path):
    seeded_ledger(tmp_path, 40, 3, KEYS, DAYS, keep=False)
    large = seeded_ledger(tmp_path, 70, 3, KEYS, DAYS, keep=False)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".db"] == ["ledger-70-3.db"] and _incidents(large) == 70
