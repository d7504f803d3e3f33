"""``make bench-link``'s ``--sections``: each report's linking time split among the linker's sections (exclusive CPU time
of each function in ``SECTIONS``), the slowest tenth's printed; the timing wrappers change nothing linking does and are
removed afterwards."""

from datetime import date, timedelta

import pytest
from test_link import FOLLOW_UPS
from test_link_speed6_bench import DAYS, _article

import harmledger.link.features as features
import harmledger.link.linker as linker_module
from harmledger.bench.link import Sections, link_times, published_on, seeded_ledger, slowest_sections
from harmledger.ledger import Ledger
from harmledger.link.fingerprint import Fingerprint
from harmledger.link.linker import Linker
from harmledger.store.prepared import _Compiled


def _incidents(ledger) -> list[tuple[str, int]]:
    with ledger.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT lead_mention_id, sources FROM incidents ORDER BY lead_mention_id").all()


def test_every_bench_report_is_split_among_the_sections_it_entered(tmp_path):
    articles = [_article(date(2016, 3, 5), "wjbf"), _article(date(2016, 8, 20), "chronicle")]
    keys = sorted(Fingerprint.from_bytes(articles[0].fingerprint).keys)
    path = seeded_ledger(tmp_path, 60, 2, keys, DAYS, keep=True)
    sections = Sections()
    with Ledger(f"sqlite:///{path}") as ledger:
        runs, _, _ = link_times(ledger, published_on(articles, DAYS[1] + timedelta(days=1)), articles, sections=sections)
    assert len(sections.documents) == 4  # two runs of two articles, the untimed first article left out
    for (spent, found), linked in zip(sections.documents, [t for times in runs for t in times]):
        assert spent == linked
        assert found["link_document (rest)"][1] == 1 and found["refresh (rest)"][1] >= 1
        assert found["key walk"][1] >= 1 and found["SQL statements"][1] >= 5  # the writer's own statements are not counted
        assert 0 < sum(seconds for seconds, _ in found.values()) <= spent + 1e-9  # exclusive: the parts add up to no more than the whole


def test_the_wrappers_are_removed_and_linking_decides_the_same_under_them(tmp_path):
    originals = (Linker.__dict__["link_document"], linker_module.match_probability, linker_module.refresh_all, _Compiled.__dict__["run"])
    with Ledger(f"sqlite:///{tmp_path}/plain.db") as plain:
        for day, title, body in FOLLOW_UPS:
            plain.ingest_text(body, published=day, title=title)
    with Sections() as sections, Ledger(f"sqlite:///{tmp_path}/timed.db") as timed:
        assert linker_module.match_probability is not features.match_probability
        for day, title, body in FOLLOW_UPS:
            timed.ingest_text(body, published=day, title=title)
    assert sections.calls["link_document (rest)"] == len(FOLLOW_UPS)
    assert _incidents(timed) == _incidents(plain) and len(_incidents(plain)) < len(FOLLOW_UPS)  # the follow-ups joined
    assert (Linker.__dict__["link_document"], linker_module.match_probability, linker_module.refresh_all, _Compiled.__dict__["run"]) == originals
    assert linker_module.match_probability is features.match_probability


def test_the_slowest_tenth_is_averaged_per_report_dearest_section_first():
    documents = [(n / 1000, {"refresh (rest)": (n / 4000, 1), "key walk": (n / 2000, 2)}) for n in range(1, 20)]
    documents.append((0.05, {"refresh (rest)": (0.03, 1), "screen bound": (0.015, 120)}))
    slowest = slowest_sections(documents)  # 20 reports: the 2 slowest, 0.05 and 0.019 s
    assert [label for label, _, _ in slowest] == ["refresh (rest)", "screen bound", "key walk"]
    assert slowest[0] == ("refresh (rest)", pytest.approx((0.03 + 0.019 / 4) / 2), 1.0)
    assert slowest[1][1:] == (pytest.approx(0.0075), 60.0) and slowest[2][1:] == (pytest.approx(0.019 / 4), 1.0)
