"""Places: an embedded offline gazetteer, toponym recognition and geocoding.

``geocode(query)`` answers one place query; ``find_places(text)`` finds and resolves every
place name of a report with the whole report as context.
"""

from harmledger.geo.gazetteer import Gazetteer, gazetteer, open_gazetteer
from harmledger.geo.places import PlaceMention, cube, cubes_around, distance_km, find_places
from harmledger.geo.query import geocode, geocode_explain

__all__ = ["Gazetteer", "PlaceMention", "cube", "cubes_around", "distance_km", "find_places", "gazetteer", "geocode", "geocode_explain",
           "open_gazetteer"]
