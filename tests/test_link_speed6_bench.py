"""The link bench links its articles twice at each size: on their own days (amid seeded history mostly reported after
them, the worst case) and moved to the day after the seeded history, as a ledger fed in time order meets them."""

from datetime import date, timedelta

from harmledger.bench.link import link_times, published_on, seeded_ledger
from harmledger.ingest.pool import Extracted
from harmledger.ledger import Ledger
from harmledger.link.fingerprint import Fingerprint, fingerprint
from harmledger.model import Mention, Record, When

DAYS = (date(2016, 1, 1), date(2016, 12, 31))
TEXT = ("Police said Darnell Hughes, 16, was shot on Fenwick Street in Augusta on Saturday night and died at a hospital. "
        "Investigators have not named a suspect.")


def _article(published: date | None, origin: str = "wjbf") -> Extracted:
    record = Record(text=TEXT, origin=origin, title="Teen killed on Fenwick Street", published=published)
    when = When(published - timedelta(days=1), published - timedelta(days=1)) if published else None
    mention = Mention(event_type="Violence against civilians", when=when)
    print_ = fingerprint(TEXT, [mention], title=record.title, published=published)
    return Extracted(record, [mention], print_.to_bytes())


def test_an_article_moved_in_time_keeps_its_event_a_day_before_it_and_its_keys():
    article, undated = _article(date(2016, 3, 5)), _article(None, "undated")
    moved, same = published_on([article, undated], date(2017, 1, 1))
    assert moved.record.published == date(2017, 1, 1) and moved.record.id == article.record.id
    assert (moved.mentions[0].when.start, moved.mentions[0].when.end) == (date(2016, 12, 31), date(2016, 12, 31))
    back = Fingerprint.from_bytes(moved.fingerprint)
    assert back.published == date(2017, 1, 1) and back.keys == Fingerprint.from_bytes(article.fingerprint).keys
    assert same is undated  # an undated article has no day to move from
    assert article.record.published == date(2016, 3, 5) and article.mentions[0].when.start == date(2016, 3, 4)  # left as it was


def test_both_runs_link_every_article_on_one_ledger_left_at_its_size(tmp_path):
    articles = [_article(date(2016, 3, 5), "wjbf"), _article(date(2016, 8, 20), "chronicle")]
    keys = sorted(Fingerprint.from_bytes(articles[0].fingerprint).keys)
    path = seeded_ledger(tmp_path, 60, 2, keys, DAYS, keep=True)
    with Ledger(f"sqlite:///{path}") as ledger:
        runs, index_seconds, index_mib = link_times(ledger, published_on(articles, DAYS[1] + timedelta(days=1)), articles)
        with ledger.engine.connect() as connection:
            documents = connection.exec_driver_sql("SELECT count(*) FROM documents").scalar()
    assert [len(times) for times in runs] == [2, 2] and all(t >= 0 for times in runs for t in times)
    assert documents == 60 and index_seconds >= 0 and index_mib > 0  # each article rolled back
