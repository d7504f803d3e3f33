"""The gazetteer keeps the towns it has read by GeoNames id: asked again, the same towns, without the scan."""

from __future__ import annotations

from harmledger.geo.city_parts import city_parts
from harmledger.geo.fronts import front_towns
from harmledger.geo.gazetteer import Gazetteer, gazetteer


def _scanned(gaz: Gazetteer, ids: tuple[int, ...]) -> dict:
    """What one scan of every place gives, as before the ids' towns were kept."""
    marks = ",".join("?" * len(ids))
    rows = gaz._db.execute(f"SELECT * FROM places WHERE kind = 'town' AND gid IN ({marks})", ids)
    return {row[1]: row for row in rows}


def _as_rows(towns: dict) -> dict:
    return {gid: (e.index, e.geonames_id, e.name, e.country, e.admin1_code, e.lat, e.lon, e.population, e.kind)
            for gid, e in towns.items()}


def test_towns_by_geonames_id_as_scanned():
    gaz = gazetteer()
    fresh = Gazetteer(gaz.folder)  # nothing kept yet
    cities = sorted({gid for ids in city_parts().values() for gid in ids})
    fronts = [gid for ids in front_towns().values() for gid in ids]
    chicago = 4887398
    asked = [(chicago,), tuple(cities), tuple(fronts[:40]), (chicago, chicago, 1, -5), (1,), tuple(cities[:3]) + (chicago,)]
    for ids in asked + asked:  # each set twice: read, then kept
        assert _as_rows(fresh.towns_by_geonames_id(ids)) == _scanned(fresh, ids), ids
    assert fresh.towns_by_geonames_id((chicago,))[chicago].name == "Chicago"
    assert fresh.towns_by_geonames_id((1,)) == {}


def test_the_same_town_objects_as_the_names_give():
    """Resolution tells places apart by identity: a town read by id is the one its name looks up."""
    gaz = gazetteer()
    chicago = gaz.towns_by_geonames_id((4887398,))[4887398]
    assert any(entry is chicago for entry in gaz.lookup("chicago"))
    assert gaz.towns_by_geonames_id((4887398,))[4887398] is chicago
