"""A mention is screened against its candidates' members by one ``features.Screen``: what its own report gives (title
flags, terms, the model's weights as they bear on a pair) is read once, and each pair costs only what the other report
adds. The screen's bound is never below the model's sum on real reports, so a pair it leaves unscored is one whose
probability is below the floor: the linker's decisions are those of scoring every pair."""

from datetime import date

from test_link_features_harm import ARREST, CRITICAL, DIED, DRIVE_BY, ROUND_UP, TODDLER, TRIPLE_MURDER
from test_link_scale6 import ELSEWHERE, FIRST, FOLLOW_UP

from harmledger.link.features import FEATURES, Screen, Side, _bearing, _model, apart, features, match_probability, threshold
from harmledger.link.linker import RELINK_SHARE

REPORTS = (FIRST, FOLLOW_UP, ELSEWHERE, TRIPLE_MURDER, TODDLER, CRITICAL, DIED, ROUND_UP, ARREST, DRIVE_BY)
PLACEMENTS = [(33.77, -84.28, date(2016, 3, 13)), (33.80, -84.30, date(2016, 3, 14)), (41.81, -87.63, date(2015, 9, 28)), (None, None, None)]


def _sum(a: Side, b: Side) -> float:
    intercept, weights = _model()
    return intercept + sum(w * f for w, f in zip(weights, features(a, b)))


def test_the_screen_bounds_every_pair_of_real_reports_and_leaves_out_only_pairs_below_the_floor():
    kept = left_out = 0
    for fa in REPORTS:
        for lat, lon, when in PLACEMENTS[:3]:
            for crowd in (0, 3):
                a = Side(fa, 1, lat, lon, when, crowd)
                for floor in (threshold(), threshold() * RELINK_SHARE):  # what other mentions and a lead's relinks read
                    screen = Screen(a, floor)
                    for fb in REPORTS:
                        for placement in PLACEMENTS:
                            b = Side(fb, 1, *placement)
                            bound = screen.ceiling(b, apart(a, b))
                            assert bound == screen.ceiling(b)  # the distance and days the linker read once for the crowd
                            assert bound >= _sum(a, b) - 1e-12
                            if screen.hopeless(b, apart(a, b)):
                                left_out += 1
                                assert match_probability(a, b) < floor
                            else:
                                kept += 1
    assert left_out > kept > 0  # the screen leaves most pairs out, not all


def test_the_screen_reads_each_weight_as_it_bears_on_the_bound():
    """A feature the bound takes as ``features`` computes it weighs as fitted; one it takes at its ceiling weighs only where
    it raises the sum (a negative weight at a shared term's ceiling would lower the bound below the sum)."""
    intercept, weights = _model()
    bearing = _bearing()
    assert bearing.intercept == intercept
    fitted = dict(zip(FEATURES, weights))
    assert bearing.names_cosine == fitted["names_cosine"] < 0 and bearing.death_against_wounds == fitted["death_against_wounds"] < 0
    assert fitted["rare_shared_words"] < 0 and bearing.rare_shared_words == 0.0
    assert bearing.evidence_cosine == fitted["evidence_cosine"] > 0




def test_a_lead_linked_again_is_screened_at_the_threshold(tmp_path, monkeypatch):
    """A relinked lead reads only the incident it now matches best, which must score above the threshold, never the
    incidents a lead links again after it (read at the lower relink floor): its pairs are screened at the threshold,
    and it finds the incident the lower floor finds."""
    from test_link_order import SHOT_ON_ELM_STREET

    from harmledger.ledger import Ledger
    from harmledger.link import Linker
    from harmledger.link import linker as linker_module
    from harmledger.model import Record
    from harmledger.store import linking

    floors: list[float] = []

    class Recorded(Screen):
        def __init__(self, side: Side, floor: float = 0.5, documents: dict | None = None) -> None:
            floors.append(floor)
            super().__init__(side, floor, documents)

    monkeypatch.setattr(linker_module, "Screen", Recorded)
    reports = [Record(text=text, origin=title, title=title, published=date.fromisoformat(day)) for day, title, text in SHOT_ON_ELM_STREET]
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        ledger.ingest_records(reports[:2], inputs=["test"])  # the first report and its follow-up: one incident
        linker = Linker()
        with ledger.engine.connect() as connection, connection.begin():
            linker.prepare(connection)
            (incident,) = linking.incident_ids(connection)
            lead = max(linker._members(connection, [incident])[incident], key=lambda m: m["published"])  # its fingerprints read
            block = linker._blocks(connection, [lead])[lead["id"]]
            found = {}
            for relinks in (True, False):
                floors.clear()
                view = linker_module.CandidateView(linker._side, lead["published"])
                found[relinks] = linker._match(lead, block, set(), view, gated=False, relinks=relinks)
                assert floors == [threshold() * RELINK_SHARE if relinks else threshold()]
    assert found[True][0] == found[False][0] == incident and found[False][1] == {}


def test_the_screen_reads_whether_each_report_names_the_others_place_as_features_does():
    """``Screen.place_named`` reads the mention's own place's words and its report's capitals once for all its pairs; on
    real reports, placed in their towns and unplaced, it is ``features.place_named`` of every pair."""
    from harmledger.link.features import place_named

    named = 0
    for fa in REPORTS:
        for ordinal in (*fa.sites, max(fa.sites, default=0) + 1):  # each placed mention, and one the report does not place
            a = Side(fa, ordinal, *PLACEMENTS[0])
            screen = Screen(a)
            for fb in REPORTS:
                for other in (*fb.sites, max(fb.sites, default=0) + 1):
                    b = Side(fb, other, *PLACEMENTS[1])
                    assert screen.place_named(b) == place_named(a, b)
                    named += place_named(a, b) > 0
    assert named > 0  # some pairs name each other's places


def test_a_member_is_read_as_the_row_it_stands_for(tmp_path):
    """The linker reads a candidate's members by attribute (``Linker._member_side``), a mention's row by name (``_side``):
    for the members of a real ledger, the two are the same side."""
    from test_link_order import SHOT_ON_ELM_STREET

    from harmledger.ledger import Ledger
    from harmledger.link import Linker
    from harmledger.model import Record
    from harmledger.store import linking

    reports = [Record(text=text, origin=title, title=title, published=date.fromisoformat(day)) for day, title, text in SHOT_ON_ELM_STREET]
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        ledger.ingest_records(reports, inputs=["test"])
        linker = Linker()
        with ledger.engine.connect() as connection, connection.begin():
            linker.prepare(connection)
            members = [m for found in linker._members(connection, linking.incident_ids(connection)).values() for m in found]
            assert len(members) >= 2
            for member in members:
                assert linker._member_side(member) == linker._side(member) is not None
