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


# ------------------------------------------------------ expulsions, deployments and concessions in other words

@pytest.mark.parametrize("text,source,target", [
    ("Niger declared the French ambassador persona non grata on Friday.", "Niger", "France"),
    ("Lithuania declared two Belarusian diplomats persona non grata.", "Lithuania", "Belarus"),
    ("Peru ordered Mexico's ambassador out of Lima on Monday.", "Peru", "Mexico"),
])
def test_an_envoy_sent_home_in_other_words_is_an_expulsion(nlp, text, source, target):
    assert ("SANCTION", source, target) in got(nlp, text)


def test_troops_ordered_to_a_border_move_towards_the_country_across_it(nlp):
    e = got(nlp, "Ecuadorian President Rafael Correa ordered army battalions to the Colombian border on Monday.")
    assert ("MOBILIZE", "Rafael Correa", "Colombia") in e, sorted(map(str, e))


@pytest.mark.parametrize("text,source,target", [
    ("Peruvian President Pedro Castillo apologised to Chile for the remarks.", "Pedro Castillo", "Chile"),
    ("Malawian President Peter Mutharika conceded defeat to Lazarus Chakwera on Sunday.",
     "Peter Mutharika", "Lazarus Chakwera"),
])
def test_apologies_and_conceded_defeats_are_concessions(nlp, text, source, target):
    assert ("CONCEDE", source, target) in got(nlp, text)


def test_conceding_a_point_is_no_concession(nlp):
    e = got(nlp, "The Ghanaian minister conceded that the talks with Togo had stalled.")
    assert not any(x[0] == "CONCEDE" for x in e), sorted(map(str, e))


def test_closing_an_embassy_in_a_capital_sanctions_its_country(nlp):
    e = got(nlp, "Nicaraguan President Daniel Ortega said he was closing his embassy in Taipei.")
    assert any(x[0] == "SANCTION" and x[2] == "Taiwan" for x in e), sorted(map(str, e))


# ------------------------------------------------------ blocs and their members; hosts; threats of arrest

def test_a_bloc_suspending_a_member_sanctions_it(nlp):
    assert ("SANCTION", "African Union", "Gabon") in got(nlp, "The African Union suspended Gabon on Thursday.")


@pytest.mark.parametrize("text,source,target", [
    ("Nicaraguan President Daniel Ortega said Nicaragua would quit the Organization of American States.",
     "Nicaragua", "Organization of American States"),
    ("Mali left ECOWAS in January.", "Mali", "ECOWAS"),
])
def test_leaving_a_bloc_is_a_break_with_it(nlp, text, source, target):
    e = edges(run(nlp, text), status=None)
    assert ("SANCTION", source, target) in e, sorted(map(str, e))


def test_lending_frozen_to_a_country_is_a_sanction(nlp):
    assert ("SANCTION", "World Bank", "Mali") in got(nlp, "The World Bank froze lending to Mali on Friday.")


def test_saying_someone_would_be_arrested_threatens_him(nlp):
    e = got(nlp, "Bolivian President Luis Arce said on Monday that Evo Morales would be arrested if he returned.")
    assert ("THREATEN", "Luis Arce", "Evo Morales") in e, sorted(map(str, e))


def test_the_host_of_the_talks_just_told_meets_each_party(nlp):
    e = got(nlp, "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Ohrid on Saturday. "
                 "North Macedonian Prime Minister Dimitar Kovachevski hosted the talks.")
    assert sym("CONSULT", "Dimitar Kovachevski", "Albin Kurti") in e, sorted(map(str, e))
    assert sym("CONSULT", "Dimitar Kovachevski", "Aleksandar Vucic") in e, sorted(map(str, e))


def test_a_host_of_another_summit_meets_nobody_by_it(nlp):
    e = got(nlp, "Modi met Zelensky on the sidelines of the summit on Saturday. Japanese Prime Minister Fumio "
                 "Kishida, who hosted the summit, met Yoon Suk Yeol on Sunday.")
    assert not any(x[0] == "CONSULT" and "Fumio Kishida" in x[1] and "Zelensky" in x[1] for x in e), sorted(map(str, e))


def test_a_clash_over_an_issue_is_words_not_arms(nlp):
    e = got(nlp, "Guyana and Venezuela clashed over the Essequibo region at the United Nations on Tuesday.")
    assert {("ACCUSE", "Guyana", "Venezuela"), ("ACCUSE", "Venezuela", "Guyana")} <= e, sorted(map(str, e))
    assert not any(x[0] == "ASSAULT" for x in e), sorted(map(str, e))


def test_welcoming_a_release_supports_who_released(nlp):
    e = got(nlp, "Venezuela released three American prisoners on Saturday. Washington welcomed the release.")
    assert ("SUPPORT", "United States", "Venezuela") in e, sorted(map(str, e))


@pytest.mark.parametrize("text,source,target", [
    ("Beijing vowed to take resolute measures against Vilnius.", "China", "Lithuania"),
    ("Moscow threatened to take countermeasures against Helsinki.", "Russia", "Finland"),
])
def test_measures_vowed_against_a_country_threaten_it(nlp, text, source, target):
    assert ("THREATEN", source, target) in got(nlp, text)


def test_expelling_a_number_reaches_those_just_expelled_or_the_expellers(nlp):
    e = got(nlp, "Latvia and Estonia each ordered three Belarusians to leave. Lithuania expelled two on Tuesday.")
    assert ("SANCTION", "Lithuania", "Belarus") in e, sorted(map(str, e))
    e = got(nlp, "Norway expelled 15 Russian diplomats on Thursday. Moscow responded on Friday by expelling "
                 "10 in return.")
    assert ("SANCTION", "Russia", "Norway") in e, sorted(map(str, e))


def test_the_fighting_between_two_sides_is_still_an_assault_each_way(nlp):
    e = got(nlp, "The fighting between Sudan's army and the Rapid Support Forces has killed hundreds.")
    assert ("ASSAULT", "Rapid Support Forces", "Sudanese Armed Forces") in e, sorted(map(str, e))


@pytest.mark.parametrize("text,source,target", [
    ("Moscow banned entry to 300 Canadians, including Prime Minister Justin Trudeau.", "Russia", "Canada"),
    ("China barred entry to Lithuanian officials on Friday.", "China", "Lithuania"),
    ("The African Union suspended Mali's membership after the coup.", "African Union", "Mali"),
])
def test_entry_bans_and_suspended_memberships_are_sanctions(nlp, text, source, target):
    assert ("SANCTION", source, target) in got(nlp, text)


@pytest.mark.parametrize("text,source,target", [
    ("Hungary agreed to let Sweden join NATO.", "Hungary", "Sweden"),
    ("Oman allowed Israeli airliners to cross its airspace on Friday.", "Oman", "Israel"),
])
def test_letting_another_do_something_is_a_concession_to_it(nlp, text, source, target):
    e = got(nlp, text)
    assert ("CONCEDE", source, target) in e, sorted(map(str, e))
    assert not any(x[0] == "AGREE" and x[1] == "Sweden" for x in e), sorted(map(str, e))


def test_a_prisoner_swap_is_a_concession_each_way(nlp):
    e = got(nlp, "Armenia and Azerbaijan swapped prisoners on Wednesday.")
    assert {("CONCEDE", "Armenia", "Azerbaijan"), ("CONCEDE", "Azerbaijan", "Armenia")} <= e, sorted(map(str, e))


@pytest.mark.parametrize("text,a,b", [
    # what one side tells reporters the two agreed is told as done, not as an order
    ("Finnish President Alexander Stubb met Chilean President Gabriel Boric in Helsinki. "
     "A spokesman told reporters that the two presidents had agreed to expand trade.",
     "Alexander Stubb", "Gabriel Boric"),
    # the one who tells it is not one of "the two leaders", though he hosted them
    ("Serbian President Aleksandar Vucic and Albanian Prime Minister Edi Rama held talks in Vienna "
     "hosted by Austrian Chancellor Karl Nehammer. Afterwards Nehammer told reporters that the two "
     "leaders had agreed to reopen a border crossing.",
     "Aleksandar Vucic", "Edi Rama"),
])
def test_an_agreement_told_to_reporters_is_between_the_two_it_names(nlp, text, a, b):
    e = got(nlp, text)
    agreements = {x for x in e if x[0] == "AGREE"}
    assert agreements == {sym("AGREE", a, b)}, sorted(map(str, e))


def test_telling_someone_to_act_stays_an_order(nlp):
    e = got(nlp, "The Chilean minister told Bolivia to withdraw its complaint.")
    assert not any(x[0] == "AGREE" for x in e), sorted(map(str, e))


def test_two_sides_promising_together_is_an_agreement(nlp):
    e = got(nlp, "Rwanda and Burundi promised on Monday to reopen their shared border.")
    assert sym("AGREE", "Rwanda", "Burundi") in e, sorted(map(str, e))


def test_a_promise_of_arms_is_aid_not_agreement(nlp):
    e = got(nlp, "Germany promised Ukraine more tanks.")
    assert ("AID", "Germany", "Ukraine") in e and not any(x[0] == "AGREE" for x in e), sorted(map(str, e))
