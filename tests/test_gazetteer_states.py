"""Historical states in the gazetteer: their own countries, never today's successors."""
from __future__ import annotations

from diplograph.gazetteer import get_gazetteer


def test_historical_states_have_their_own_codes():
    gaz = get_gazetteer()
    assert gaz.country_by_name("Soviet Union").iso3 == "SUN"
    assert gaz.country_by_name("USSR").iso3 == "SUN"
    assert gaz.country_by_name("Yugoslavia").iso3 == "YUG"
    assert gaz.country_by_name("East Germany").iso3 == "DDR"
    assert gaz.country_by_name("West Germany").iso3 == "XWG"
    assert gaz.country_by_name("Czechoslovakia").iso3 == "CSK"
    assert gaz.country_by_demonym("Soviet").iso3 == "SUN"


def test_successor_states_keep_their_names_and_capitals():
    gaz = get_gazetteer()
    assert gaz.country_by_name("Germany").iso3 == "DEU"
    assert gaz.country_by_name("Russia").iso3 == "RUS"
    assert gaz.country_by_capital("Moscow").iso3 == "RUS"  # the USSR claims no capital of its own
    assert gaz.country_by_capital("Berlin").iso3 == "DEU"
    assert gaz.country_by_capital("Bonn") is None  # a city of today's Germany, not West Germany


def test_armed_groups_are_organisations_with_their_country():
    gaz = get_gazetteer()
    for name, iso3 in (("Hamas", "PSE"), ("Hezbollah", "LBN"), ("Taliban", "AFG"), ("FARC", "COL"),
                       ("M23", "COD"), ("Arakan Army", "MMR"), ("TPLF", "ETH")):
        org = gaz.organization(name)
        assert org is not None and org.country == iso3, name
        assert gaz.find_country(name) is None, name  # never a country's name


def test_seats_of_government_stand_for_their_country():
    gaz = get_gazetteer()
    for seat, iso3 in (("Kremlin", "RUS"), ("Zhongnanhai", "CHN"), ("Planalto", "BRA"), ("Kantei", "JPN"),
                       ("La Moneda", "CHL"), ("Casa Rosada", "ARG")):
        assert gaz.country_by_capital(seat).iso3 == iso3, seat
    assert gaz.country_by_capital("Santiago").iso3 == "CHL"  # the curated entry keeps the capital


def test_a_body_of_a_country_with_a_known_name_is_that_organisation():
    gaz = get_gazetteer()
    army = next(b for b in gaz.bodies if b.key == "armed-forces")
    assert gaz.body_organization(army, "ISR").id == "isr-idf"
    assert gaz.body_organization(army, "CHN").id == "chn-pla"
    assert gaz.body_organization(army, "KEN").id == "ken-armed-forces"  # none known: named by kind
