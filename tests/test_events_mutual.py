"""Acts told as mutual: wars fought and clashes between two sides, ties cut by both, and
troops fighting alongside an ally. Every sentence is written for these tests (none comes
from the seed, sample, dev or hold-out articles)."""
from __future__ import annotations

import pytest

from test_extract import run
from test_extract_constructions import edges, sym

pytestmark = pytest.mark.model


def got(nlp, text: str) -> set[tuple]:
    return edges(run(nlp, text), status="occurred")


@pytest.mark.parametrize("text,a,b", [
    ("Peru and Ecuador fought a brief border war in 1995.", "Peru", "Ecuador"),
    ("Sudan fought a war with South Sudan over the Heglig oil field in 2012.", "Sudan", "South Sudan"),
    ("Kyrgyz and Tajik troops clashed along the border on Friday.", "Kyrgyzstan", "Tajikistan"),
    ("Indian troops clashed with Chinese soldiers in the mountains on Tuesday.", "India", "China"),
])
def test_fighting_between_two_sides_is_an_assault_each_way(nlp, text, a, b):
    e = got(nlp, text)
    assert {("ASSAULT", a, b), ("ASSAULT", b, a)} <= e, sorted(map(str, e))


def test_fighting_against_an_enemy_stays_one_way(nlp):
    e = got(nlp, "Colombian soldiers fought against FARC rebels in the jungle on Monday.")
    assert not any(x[0] == "ASSAULT" and x[1] != "Colombia" for x in e), sorted(map(str, e))


def test_fighting_alongside_an_ally_is_cooperation(nlp):
    e = got(nlp, "Soldiers from Chad fought alongside Nigerian forces near Lake Chad last year.")
    assert sym("COOPERATE", "Chad", "Nigeria") in e, sorted(map(str, e))
    assert not any(x[0] == "ASSAULT" for x in e), sorted(map(str, e))


@pytest.mark.parametrize("text,a,b", [
    ("Bahrain and Iran cut diplomatic ties in 2016.", "Bahrain", "Iran"),
    ("Venezuela and Panama severed relations last year.", "Venezuela", "Panama"),
])
def test_ties_cut_by_both_are_a_sanction_each_way(nlp, text, a, b):
    e = got(nlp, text)
    assert {("SANCTION", a, b), ("SANCTION", b, a)} <= e, sorted(map(str, e))


def test_ties_cut_with_one_partner_stay_one_way(nlp):
    e = got(nlp, "Nicaragua cut diplomatic ties with Taiwan on Thursday.")
    assert ("SANCTION", "Nicaragua", "Taiwan") in e and ("SANCTION", "Taiwan", "Nicaragua") not in e, sorted(map(str, e))


def test_being_urged_to_cut_ties_is_no_sanction(nlp):
    e = got(nlp, "Norway urged Hamas to free the hostages and to cut ties with Iran.")
    assert not any(x[0] == "SANCTION" for x in e), sorted(map(str, e))


# ------------------------------------------------------ orders a leader gives his own forces

@pytest.mark.parametrize("text,type_,source,target", [
    ("Kenyan President William Ruto ordered the army to deliver food aid to Somalia.", "AID", "William Ruto", "Somalia"),
    ("Azerbaijani President Ilham Aliyev ordered troops to strike Armenian positions on Tuesday.",
     "ASSAULT", "Ilham Aliyev", "Armenia"),
])
def test_what_a_leader_orders_his_forces_to_do_is_his_act(nlp, text, type_, source, target):
    assert (type_, source, target) in got(nlp, text)


def test_an_order_to_another_state_stays_a_request(nlp):
    e = got(nlp, "The World Court ordered Myanmar to prevent acts of genocide against the Rohingya.")
    assert ("REQUEST", "International Court of Justice", "Myanmar") in e or any(
        x[0] == "REQUEST" and x[2] == "Myanmar" for x in e), sorted(map(str, e))
    assert not any(x[0] == "ASSAULT" for x in e), sorted(map(str, e))
