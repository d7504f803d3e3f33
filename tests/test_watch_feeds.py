"""Feeds into the ledger, served by a local HTTP server: conditional GETs, failures kept to their feed,
an article stored once however many feeds and URLs lead to it, back-off, sitemaps, logs, status."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import threading
import time
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ledger import Ledger
from harmledger.store import IncidentFilter
from harmledger.store.schema import documents, feed_items, feeds
from harmledger.watch.config import Feed, Settings, WatchList
from harmledger.watch.feeds import FeedWatcher
from ledger_fixtures import db_url  # noqa: F401  (fixture)
from watch_site import Route, Site, article_html, rss, sitemap

# A local answer takes milliseconds, but the watcher in the same process holds the GIL while it extracts
# (two watchers at once on a loaded CI machine kept the server silent past 0.5 s): a wide timeout, and a
# slow route well past it for the one test of timeouts.
TIMEOUT = 3
FAST = Settings(delay=0, timeout=TIMEOUT)


@pytest.fixture
def site():
    with Site() as running:
        yield running


def feeds_toml(tmp_path: Path, *urls: str) -> Path:
    path = tmp_path / "feeds.toml"
    entries = "".join(f'[[feed]]\nurl = "{url}"\nname = "Fixture {n}"\n' for n, url in enumerate(urls, start=1))
    path.write_text(f"[settings]\ndelay = 0\ntimeout = {TIMEOUT}\n{entries}", encoding="utf-8")
    return path


def watch_once(tmp_path: Path, db: str, *urls: str, extra: tuple[str, ...] = ()):
    return CliRunner().invoke(app, ["watch", str(feeds_toml(tmp_path, *urls)), "--db", db, "--once", "--log-json", *extra])


def count(db: str, table) -> int:
    with Ledger(db) as ledger, ledger.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def test_fifty_articles_then_nothing_new_then_exactly_the_new_one(site, tmp_path, db_url):  # noqa: F811
    site.publish("/feed.xml", range(50))
    first = watch_once(tmp_path, db_url, site.url("/feed.xml"))
    assert first.exit_code == 0, first.output
    assert count(db_url, documents) == 50 and len(site.fetched("/news/")) == 50

    site.requests.clear()
    second = watch_once(tmp_path, db_url, site.url("/feed.xml"))
    assert second.exit_code == 0, second.output
    assert site.requests == [("/feed.xml", 304)]  # a conditional GET, and no page fetched
    assert count(db_url, documents) == 50

    site.requests.clear()
    site.publish("/feed.xml", range(51))
    third = watch_once(tmp_path, db_url, site.url("/feed.xml"))
    assert third.exit_code == 0, third.output
    assert site.fetched("/news/") == ["/news/50.html"]
    done = [json.loads(line) for line in third.stderr.splitlines() if '"pass.done"' in line]
    assert done[0]["added"] == 1 and count(db_url, documents) == 51
    with Ledger(db_url) as ledger:
        with ledger.engine.connect() as connection:
            document_id = connection.scalar(select(documents.c.id).where(documents.c.url == site.url("/news/50.html")))
        [row] = ledger.incidents(IncidentFilter(document_id=document_id, kind="event"))  # linked with the same town's earlier reports
    assert document_id in {r["document_id"] for r in row["reports"]}
    assert (row["killed"]["best"], row["date"]) == (52, "2024-03-04")


def test_each_failure_stays_with_its_feed_or_page(site, tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    site.routes["/slow.xml"] = Route(rss(site, [("/news/1.html", "one")]), "application/rss+xml", delay=TIMEOUT + 2)
    site.routes["/broken.xml"] = Route(b"", status=500)
    site.routes["/malformed.xml"] = Route(b"<rss><channel><title>cut off <<<", "application/rss+xml")
    site.routes["/loop.html"] = Route(status=302, headers={"Location": "/loop.html"})
    site.routes["/empty.html"] = Route(b'<html><head><title>Gallery</title></head><body><div><img src="a.jpg"></div></body></html>')
    site.routes["/down.html"] = Route(b"", status=503)
    site.routes["/news/7.html"] = Route(article_html(7))
    listed = [("/loop.html", "loop"), ("/empty.html", "empty"), ("/down.html", "down"), ("/news/7.html", "good")]
    site.routes["/good.xml"] = Route(rss(site, listed), "application/rss+xml")
    urls = [site.url(p) for p in ("/slow.xml", "/broken.xml", "/malformed.xml", "/good.xml")]

    result = watch_once(tmp_path, db, *urls)

    assert result.exit_code == 1  # feeds failed: cron hears of it
    assert count(db, documents) == 1
    with Ledger(db) as ledger, ledger.engine.connect() as connection:
        state = {row.url: row for row in connection.execute(select(feeds))}
        items = {row.url: row for row in connection.execute(select(feed_items))}
    assert f"no answer within {TIMEOUT} s" in state[urls[0]].last_error
    assert state[urls[1]].last_error == "HTTP 500"
    assert state[urls[2]].last_error.startswith("not a feed: malformed XML")
    assert all(state[url].failures == 1 and state[url].retry_after for url in urls[:3])
    assert state[urls[3]].failures == 0 and state[urls[3]].last_success
    assert "redirect" in items[site.url("/loop.html")].reason and items[site.url("/loop.html")].status == "skipped"
    assert "no main text" in items[site.url("/empty.html")].reason and items[site.url("/empty.html")].status == "skipped"
    assert (items[site.url("/down.html")].status, items[site.url("/down.html")].reason) == ("error", "HTTP 503")
    assert items[site.url("/news/7.html")].status == "fetched"
    assert any(agent.startswith("harmledger/") for agent in site.user_agents)

    status = json.loads(CliRunner().invoke(app, ["status", "--db", db, "--json"]).stdout)
    assert status["documents"] == 1 and status["last_run"]["failed"] == 6
    assert {e["origin"] for e in status["last_run_errors"]} == set(urls[:3]) | {site.url(p) for p in ("/loop.html", "/empty.html", "/down.html")}
    assert {f["url"]: f["health"] for f in status["feeds"]} == dict(zip(urls, ["backing_off"] * 3 + ["ok"]))


def test_backing_off_then_retrying_a_page_even_when_the_feed_is_unchanged(site, tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    site.routes["/broken.xml"] = Route(b"", status=500)
    site.routes["/news/1.html"] = Route(b"", status=503)
    site.routes["/good.xml"] = Route(rss(site, [("/news/1.html", "one")]), "application/rss+xml")
    watch = WatchList([Feed(site.url("/broken.xml")), Feed(site.url("/good.xml"))], FAST)
    with Ledger(db) as ledger:
        watcher = FeedWatcher(ledger, watch)
        watcher.poll()
        site.requests.clear()
        site.routes["/news/1.html"] = Route(article_html(1))
        report = watcher.poll()
        watcher.close()
    assert [f.outcome for f in report.feeds] == ["backing_off", "not_modified"]
    assert site.requests == [("/good.xml", 304), ("/news/1.html", 200)]
    assert report.summary.added == 1


def test_an_article_in_two_feeds_or_under_two_urls_is_stored_once(site, tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    site.routes["/news/1.html"] = Route(article_html(1))
    site.routes["/news/1-amp.html"] = Route(article_html(1))
    site.routes["/a.xml"] = Route(rss(site, [("/news/1.html", "one")]), "application/rss+xml")
    site.routes["/b.xml"] = Route(rss(site, [("/news/1.html#top", "one"), ("/news/1-amp.html", "one (AMP)")]), "application/rss+xml")
    with Ledger(db) as ledger:
        watcher = FeedWatcher(ledger, WatchList([Feed(site.url("/a.xml")), Feed(site.url("/b.xml"))], FAST))
        report = watcher.poll()
        watcher.close()
    assert site.fetched("/news/") == ["/news/1.html", "/news/1-amp.html"]  # the shared link is fetched once
    assert (report.summary.added, report.summary.duplicates, count(db, documents)) == (1, 1, 1)  # the second copy repeats this run's own
    with Ledger(db) as ledger, ledger.engine.connect() as connection:
        linked = {(row.feed_url, row.url): row.document_id for row in connection.execute(select(feed_items))}
    assert len(set(linked.values())) == 1 and len(linked) == 3


def test_sitemaps_and_sitemap_indexes(site, tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    for n in (1, 2, 3):
        site.routes[f"/news/{n}.html"] = Route(article_html(n))
    site.routes["/sitemap-news.xml"] = Route(sitemap(site, ["/news/1.html", "/news/2.html"]), "application/xml")
    site.routes["/sitemap-old.xml"] = Route(sitemap(site, ["/news/3.html"]), "application/xml")
    site.routes["/sitemap.xml"] = Route(sitemap(site, ["/sitemap-news.xml", "/sitemap-old.xml", "/missing.xml"], index=True), "application/xml")
    with Ledger(db) as ledger:
        watcher = FeedWatcher(ledger, WatchList([Feed(site.url("/sitemap.xml"))], FAST))
        first = watcher.poll()
        site.requests.clear()
        second = watcher.poll()
        watcher.close()
    assert first.summary.added == 3 and first.feeds[0].outcome == "polled"
    assert second.summary.added == 0 and ("/sitemap.xml", 200) in site.requests  # an index is always read whole
    assert site.fetched("/news/") == []


def test_log_json_is_one_object_per_line_and_feeds_lists_state(site, tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    site.publish("/feed.xml", [1, 2])
    result = watch_once(tmp_path, db, site.url("/feed.xml"))
    events = [json.loads(line) for line in result.stderr.splitlines()]
    assert [e["event"] for e in events] == ["pass.start", "feed.polled", "article.read", "article.read", "pass.done"]
    assert all({"time", "level", "event"} <= set(e) for e in events)
    listed = json.loads(CliRunner().invoke(app, ["feeds", "--db", db, "--json"]).stdout)
    assert [(f["url"], f["fetched"], f["pending"], f["health"]) for f in listed] == [(site.url("/feed.xml"), 2, 0, "ok")]
    table = CliRunner().invoke(app, ["feeds", "--db", db])
    assert "Fixture 1" in table.stdout and table.exit_code == 0


@pytest.mark.parametrize(
    "toml, problem",
    [
        ('[[feed]]\nurl = "http://x/rss"\nintervall = 5\n', "unknown key intervall"),
        ('[[feed]]\nurl = "ftp://x/rss"\n', "is not an http(s) URL"),
        ('[settings]\ndelay = "soon"\n', "delay = 'soon' should be a float"),
        ("[[feed]\n", "not valid TOML"),
    ],
)
def test_a_bad_feeds_file_is_named_with_its_problem(tmp_path, toml, problem):
    path = tmp_path / "feeds.toml"
    path.write_text(toml, encoding="utf-8")
    result = CliRunner().invoke(app, ["watch", str(path), "--db", str(tmp_path / "l.db"), "--once"])
    assert result.exit_code == 2 and problem in result.stderr and str(path) in result.stderr


def test_sigterm_stops_between_articles_and_the_next_run_reads_the_rest(site, tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    site.publish("/feed.xml", range(20))
    for n in range(20):
        site.routes[f"/news/{n}.html"].delay = 0.1
    command = [sys.executable, "-m", "harmledger.cli", "watch", str(feeds_toml(tmp_path, site.url("/feed.xml"))), "--db", db, "--log-json"]
    watcher = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=os.environ | {"PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        events = []
        for line in watcher.stderr:
            if line.startswith("{"):
                events.append(json.loads(line)["event"])
            if events[-1:] == ["article.read"]:
                watcher.send_signal(signal.SIGTERM)
                break
        rest = watcher.communicate(timeout=20)[1]
    finally:
        watcher.kill()
    events += [json.loads(line)["event"] for line in rest.splitlines() if line.startswith("{")]
    assert watcher.returncode == 0 and events[-1] == "pass.done"
    read = events.count("article.read")
    assert 1 <= read < 20 and count(db, documents) == read  # what was read is stored; the run closed cleanly

    site.requests.clear()
    assert watch_once(tmp_path, db, site.url("/feed.xml")).exit_code == 0
    assert site.requests[0] == ("/feed.xml", 304) and count(db, documents) == 20


def test_a_long_listing_is_read_a_few_articles_a_pass(site, tmp_path):
    site.publish("/feed.xml", range(5))
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        watcher = FeedWatcher(ledger, WatchList([Feed(site.url("/feed.xml"))], Settings(delay=0, timeout=TIMEOUT, per_pass=2)))
        added = [watcher.poll().summary.added for _ in range(4)]
        watcher.close()
    assert added == [2, 2, 1, 0]
    assert [status for path, status in site.requests if path == "/feed.xml"] == [200, 304, 304, 304]


def test_status_of_a_new_ledger_and_after_an_ingest(tmp_path):
    db = str(tmp_path / "ledger.db")
    fresh = CliRunner().invoke(app, ["status", "--db", db])
    assert fresh.exit_code == 0 and "0 documents, 0 incidents" in fresh.stdout and "last ingest: none yet" in fresh.stdout
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text("Two people were killed in Kharkiv on Monday, police said.\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", db])
    after = CliRunner().invoke(app, ["status", "--db", db])
    assert "1 documents, 1 incidents" in after.stdout and "1 added, 0 skipped, 1 failed" in after.stdout
    assert f"error: {tmp_path / 'in' / 'empty.txt'}: empty (no text)" in after.stdout


def test_listing_reads_links_titles_and_the_day_written_and_leaves_what_cannot_be_fetched():
    from harmledger.watch.listing import ListingError, read_listing

    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><title>One</title><link href="/news/1.html#top"/><updated>2024-03-05T23:30:00-05:00</updated></entry>
      <entry><title>Mail</title><link href="mailto:desk@example.org"/></entry></feed>"""
    listing = read_listing(atom, "https://example.org/atom.xml")
    assert (listing.kind, listing.title) == ("atom10", "A")
    assert [(e.url, e.title, str(e.published)) for e in listing.entries] == [("https://example.org/news/1.html", "One", "2024-03-05")]
    rss_late = b"""<rss version="2.0"><channel><item><link>https://example.org/2</link>
      <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate></item></channel></rss>"""
    assert str(read_listing(rss_late, "https://example.org/rss").entries[0].published) == "2024-03-05"  # not UTC's 6 March
    with pytest.raises(ListingError, match="no RSS or Atom feed or sitemap found"):
        read_listing(b"<html><body><p>A home page</p></body></html>", "https://example.org/")
    zipped = gzip.compress(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a</loc></url></urlset>')
    assert [e.url for e in read_listing(zipped, "https://example.org/sitemap.xml.gz").entries] == ["https://example.org/a"]
    with pytest.raises(ListingError, match="broken gzip"):
        read_listing(zipped[:20], "https://example.org/sitemap.xml.gz")


# PostgreSQL only for now: on SQLite the ledger's deferred transactions can fail at once with "database is
# locked" when two writers meet (the store's hardening is to open them with BEGIN IMMEDIATE).
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_watchers_of_one_feed_at_once_store_each_article_once(site, tmp_path, db_url):  # noqa: F811
    site.publish("/feed.xml", range(12))
    errors = []
    ledgers = [Ledger(db_url), Ledger(db_url)]  # opened (migrated) one after the other: alembic's context is global

    def watch(ledger: Ledger) -> None:
        try:
            watcher = FeedWatcher(ledger, WatchList([Feed(site.url("/feed.xml"))], FAST))
            watcher.poll()
            watcher.close()
        except Exception as error:  # reported by the test thread below
            errors.append(error)

    threads = [threading.Thread(target=watch, args=(ledger,)) for ledger in ledgers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for ledger in ledgers:
        ledger.close()
    assert errors == [] and count(db_url, documents) == 12
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        assert {row.status for row in connection.execute(select(feed_items))} == {"fetched"}


def test_the_client_waits_its_turn_per_host_and_a_retry_after_lengthens_the_back_off(site, tmp_path):
    from harmledger.watch.fetch import PoliteClient

    site.routes["/a"] = Route(b"a", "text/plain")
    with PoliteClient(Settings(delay=1.0, timeout=2)) as client:
        started = time.monotonic()
        client.get(site.url("/a"), max_bytes=10)
        client.get(site.url("/a").replace("127.0.0.1", "localhost"), max_bytes=10)  # another host: no wait
        between_hosts = time.monotonic() - started
        client.get(site.url("/a"), max_bytes=10)
        same_host = time.monotonic() - started
    assert between_hosts < 1.0 <= same_host

    site.routes["/busy.xml"] = Route(b"", status=503, headers={"Retry-After": "7200"})
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        watcher = FeedWatcher(ledger, WatchList([Feed(site.url("/busy.xml"))], FAST))
        watcher.poll()
        watcher.close()
        with ledger.engine.connect() as connection:
            row = connection.execute(select(feeds)).one()
    assert 7100 < (row.retry_after - row.last_error_at).total_seconds() <= 7200
