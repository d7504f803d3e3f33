"""The press's mixed transliteration of Ukrainian names (places45): "ya" for я as GeoNames' older system writes it,
"i" for й as the official one does, in one name ("Hulyaipole" for GeoNames' Hulyaypole and the codifier's
Huliaipole). Only such a name is keyed anew: one without a "ya" has its official spelling keyed already."""

from harmledger.geo.build import press_spellings, short_i_spellings


def test_a_name_with_ya_and_a_short_i_is_keyed_with_the_short_i_as_i() -> None:
    assert short_i_spellings("hulyaypole") == {"hulyaipole"}
    assert short_i_spellings("staromayorske") == set()  # no "ya": Staromaiorske is the codifier's own key
    assert short_i_spellings("novoyakovlivka") == set()  # no short i to write otherwise


def test_a_y_before_a_vowel_or_after_a_consonant_is_no_short_i() -> None:
    assert short_i_spellings("mayaky") == set()  # "ya" is я; the last "y" follows a consonant
    assert short_i_spellings("kryvyy rih") == set()
    assert short_i_spellings("roy") == set()  # no "ya": no new three-letter word to read in text


def test_an_adjective_is_keyed_in_each_ending_with_its_short_i_as_i() -> None:
    spelt = press_spellings("pervomayskyy rayon")
    assert {"pervomayskyi rayon", "pervomaysky rayon"} <= spelt
    assert "pervomaiskyi rayon" not in spelt  # no "ya": the official spelling is keyed from the codifier
    assert {"kreidyanskyi", "kreidyansky"} <= press_spellings("kreydyanskyy")
