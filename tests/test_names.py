"""Names typed on the command line resolve the way names in text do."""
from __future__ import annotations

import pytest

from diplograph.names import AmbiguousName, NodeNotFound, find_actor, normalise
from diplograph.records import Actor
from small_world import ACTORS

EXTRA = ACTORS + (
    Actor("country:TUR", "Türkiye", "Country", ("Turkey", "Republic of Türkiye")),
    Actor("org:un", "United Nations", "Organization", ("UN", "U.N.")),
)


@pytest.mark.parametrize("typed, expected", [
    ("person:qin-gang", "person:qin-gang"),          # an id
    ("Antony Blinken", "person:antony-blinken"),     # the name
    ("antony  BLINKEN", "person:antony-blinken"),    # case and spacing
    ("Blinken", "person:antony-blinken"),            # an alias
    ("PRC", "country:CHN"),
    ("the People's Republic of China", "country:CHN"),
    ("China's", "country:CHN"),
    ("Turkiye", "country:TUR"),                      # accents
    ("turkey", "country:TUR"),
    ("U.N.", "org:un"),                              # punctuation
    ("un", "org:un"),
    ("Secretary of State Antony Blinken", "person:antony-blinken"),  # the actor's own title
    ("Mr. Blinken", "person:antony-blinken"),        # a general honorific
    ("Foreign Minister Qin Gang", "person:qin-gang"),
    ("Lavrov", "person:sergei-lavrov"),              # a surname only one person carries
    ("US Secretary of State Antony Blinken", "person:antony-blinken"),  # words before a name
    ("Chinese top diplomat Qin Gang", "person:qin-gang"),
])
def test_names_resolve(typed, expected):
    assert find_actor(EXTRA, typed).id == expected


def test_misspelt_name_suggests_the_close_one():
    with pytest.raises(NodeNotFound) as err:
        find_actor(EXTRA, "Qin Gnag")
    assert str(err.value) == "'Qin Gnag' is not an actor; did you mean 'Qin Gang'?"
    assert err.value.candidates[0] == "Qin Gang"


def test_unknown_name_without_candidates():
    with pytest.raises(NodeNotFound) as err:
        find_actor(EXTRA, "Zzyzx Qwerty")
    assert str(err.value) == "'Zzyzx Qwerty' is not an actor"


def test_shared_family_name_is_ambiguous_and_lists_both():
    with pytest.raises(AmbiguousName) as err:
        find_actor(EXTRA, "Wang")
    assert {a.id for a in err.value.candidates} == {"person:wang-yi", "person:wang-wenbin"}
    assert "'Wang Yi' (person:wang-yi)" in str(err.value)
    assert "'Wang Wenbin' (person:wang-wenbin)" in str(err.value)


def test_two_actors_with_one_alias_are_ambiguous():
    twins = (Actor("org:a", "Alpha Group", "Organization", ("AG",)),
             Actor("org:b", "Apex Grid", "Organization", ("AG",)))
    with pytest.raises(AmbiguousName):
        find_actor(twins, "ag")


def test_canonical_name_beats_someone_elses_alias():
    actors = (Actor("country:GEO", "Georgia", "Country"),
              Actor("place:georgia-us", "Georgia State", "Place", ("Georgia",)))
    assert find_actor(actors, "georgia").id == "country:GEO"


def test_an_actor_wins_over_a_place_of_the_same_name():
    actors = (Actor("place:georgia", "Georgia", "Place"), Actor("country:GEO", "Georgia", "Country"))
    assert find_actor(actors, "Georgia").id == "country:GEO"
    assert find_actor(actors, "georgia").id == "country:GEO"


def test_words_before_a_name_never_reach_a_one_word_name():
    actors = (Actor("country:KOR", "South Korea", "Country", ("Korea",)),)
    with pytest.raises(NodeNotFound):
        find_actor(actors, "North Korea")


def test_types_restrict_the_search():
    with pytest.raises(NodeNotFound):
        find_actor(EXTRA, "Beijing", types=["Person", "Country", "Organization"])
    assert find_actor(EXTRA, "Beijing").id == "place:beijing"


def test_surnames_are_for_people_only():
    actors = (Actor("org:bank", "World Bank", "Organization"),)
    with pytest.raises(NodeNotFound):
        find_actor(actors, "Bank")


def test_empty_name_is_not_found():
    with pytest.raises(NodeNotFound):
        find_actor(EXTRA, "  ")


def test_normalise():
    assert normalise("  The Élysée’s ") == "elysee"
    assert normalise("U.S.-China") == "u s china"
