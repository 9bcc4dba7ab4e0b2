"""Gatherings an article returns to: "the talks", "the summit" told again later with more
people who were there. Every sentence is written for these tests (none comes from the seed,
sample, dev or hold-out articles)."""
from __future__ import annotations

import pytest

from test_extract import run
from test_extract_constructions import edges, sym

pytestmark = pytest.mark.model


def got(nlp, text: str) -> set[tuple]:
    return edges(run(nlp, text), status="occurred")


@pytest.mark.parametrize("joining", [
    "Tanzanian President Samia Suluhu Hassan also attended the summit.",
    "Tanzanian President Samia Suluhu Hassan, who attended the meeting, called it a success.",
    "Tanzanian President Samia Suluhu Hassan took part in the talks.",
    "Tanzanian President Samia Suluhu Hassan joined the talks on Saturday.",
])
def test_one_who_joins_the_gathering_meets_everyone_there(nlp, joining):
    e = got(nlp, "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in "
                 "Mombasa on Friday. " + joining)
    assert {sym("CONSULT", "Samia Suluhu Hassan", "William Ruto"),
            sym("CONSULT", "Samia Suluhu Hassan", "Yoweri Museveni")} <= e, sorted(map(str, e))


def test_everyone_who_joins_meets_those_who_came_before(nlp):
    e = got(nlp, "Chile and Bolivia ended four days of negotiations in Lima on Thursday. "
                 "Brazilian Foreign Minister Mauro Vieira took part in the talks. "
                 "Peru's foreign minister, Javier Gonzalez-Olaechea, also attended the negotiations.")
    assert {sym("CONSULT", "Mauro Vieira", "Chile"), sym("CONSULT", "Mauro Vieira", "Bolivia"),
            sym("CONSULT", "Javier Gonzalez-Olaechea", "Mauro Vieira"),
            sym("CONSULT", "Javier Gonzalez-Olaechea", "Chile")} <= e, sorted(map(str, e))


def test_a_minister_at_talks_with_his_own_leader_meets_only_the_other_side(nlp):
    e = got(nlp, "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan held "
                 "talks in Athens on Thursday. Greek Foreign Minister Giorgos Gerapetritis took part "
                 "in the talks.")
    assert sym("CONSULT", "Giorgos Gerapetritis", "Tayyip Erdogan") in e, sorted(map(str, e))
    assert sym("CONSULT", "Giorgos Gerapetritis", "Kyriakos Mitsotakis") not in e, sorted(map(str, e))


def test_a_gathering_somebody_only_plans_to_attend_joins_nobody(nlp):
    e = got(nlp, "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in "
                 "Mombasa on Friday. Tanzanian President Samia Suluhu Hassan may attend the talks.")
    assert not any("Samia Suluhu Hassan" in x for x in e), sorted(map(str, e))


def test_a_summit_beside_a_bilateral_meeting_is_not_that_meeting(nlp):
    # the two met on the summit's sidelines: one who attended the summit did not join them
    e = got(nlp, "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi on the "
                 "sidelines of the summit in Hiroshima on Saturday. Australian Prime Minister Anthony "
                 "Albanese also attended the summit.")
    assert sym("CONSULT", "Fumio Kishida", "Narendra Modi") in e, sorted(map(str, e))
    assert not any("Anthony Albanese" in x for x in e), sorted(map(str, e))


_SIGNING = ("The presidents of Chile and Bolivia signed a border treaty in Lima on Monday. Chile's "
            "Gabriel Boric and Bolivia's Luis Arce put their signatures to the treaty at the Torre "
            "Tagle Palace, in a ceremony hosted by Peruvian President Dina Boluarte. ")


def test_the_host_of_a_signing_ceremony_meets_the_signers(nlp):
    e = got(nlp, _SIGNING)
    assert {sym("CONSULT", "Dina Boluarte", "Gabriel Boric"),
            sym("CONSULT", "Dina Boluarte", "Luis Arce")} <= e, sorted(map(str, e))


def test_guests_who_attended_meet_the_signers_their_host_and_each_other(nlp):
    e = got(nlp, _SIGNING + "Argentine President Javier Milei and Paraguayan President Santiago Pena "
                            "attended as witnesses, along with Antony Blinken, the U.S. secretary of state.")
    guests = ("Javier Milei", "Santiago Pena", "Antony Blinken")
    assert {sym("CONSULT", g, o) for g in guests for o in ("Gabriel Boric", "Luis Arce", "Dina Boluarte")} <= e, \
        sorted(map(str, e))
    assert {sym("CONSULT", "Javier Milei", "Santiago Pena"), sym("CONSULT", "Antony Blinken", "Santiago Pena")} <= e


def test_attending_long_after_a_signing_joins_nothing(nlp):
    e = got(nlp, _SIGNING + "Trade between the two countries has doubled since 2015. Exports of lithium "
                            "grew fastest. Argentine President Javier Milei attended as a witness.")
    assert not any("Javier Milei" in x for x in map(str, e)), sorted(map(str, e))


def test_heads_of_state_among_the_guests_at_a_ceremony_meet_each_other_and_its_host_not_the_states(nlp):
    e = got(nlp, "Kenya and Somalia signed a maritime accord in Nairobi on Saturday. Somali President "
                 "Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed were among the heads of "
                 "state at the ceremony, hosted by Kenyan President William Ruto.")
    assert {sym("CONSULT", "Hassan Sheikh Mohamud", "Abiy Ahmed"),
            sym("CONSULT", "Abiy Ahmed", "William Ruto")} <= e, sorted(map(str, e))
    assert sym("CONSULT", "Abiy Ahmed", "Kenya") not in e and sym("CONSULT", "Abiy Ahmed", "Somalia") not in e


def test_the_ministers_of_a_group_of_countries_stand_for_those_countries_not_their_host(nlp):
    e = got(nlp, "Chile, Peru and Bolivia have quarrelled over water rights for a decade. Brazil and the "
                 "Inter-American Development Bank were drawn into the dispute last year. Brazilian "
                 "President Luiz Inacio Lula da Silva received the three countries' foreign ministers in "
                 "Brasilia in March.")
    assert {sym("CONSULT", "Luiz Inacio Lula da Silva", c) for c in ("Chile", "Peru", "Bolivia")} <= e, \
        sorted(map(str, e))
    assert sym("CONSULT", "Luiz Inacio Lula da Silva", "Brazil") not in e


def test_taking_part_in_a_dated_round_of_talks_joins_them_on_its_own_date(nlp):
    ex = run(nlp, "Egyptian Foreign Minister Badr Abdelatty and his Sudanese counterpart held talks with "
                  "Ethiopian officials in Washington in November. Ethiopian Foreign Minister Taye Atske "
                  "Selassie had taken part in the January round of talks.")
    names = {x.key: x.name for x in ex.entities}
    joined = [i for i in ex.interactions if "Taye Atske Selassie" in {names[k] for k in i.source + i.target}]
    assert joined and all(i.type == "CONSULT" for i in joined), joined
    assert {names[k] for i in joined for k in i.target} >= {"Badr Abdelatty"}, joined
    assert all(i.date is not None and i.date.endswith("-01") for i in joined), [i.date for i in joined]


def test_onlookers_at_a_signing_meet_the_other_sides_signer_and_the_signers_meet(nlp):
    e = got(nlp, "The two foreign ministers, Ivan Petrov of Bulgaria and Nadia Popescu of Romania, signed "
                 "the border treaty in Ruse on Friday as Bulgarian Prime Minister Georgi Stanev and his "
                 "Romanian counterpart Mihai Ionescu looked on.")
    assert {sym("CONSULT", "Ivan Petrov", "Nadia Popescu"), sym("CONSULT", "Georgi Stanev", "Nadia Popescu"),
            sym("CONSULT", "Mihai Ionescu", "Ivan Petrov"), sym("CONSULT", "Georgi Stanev", "Mihai Ionescu"),
            sym("AGREE", "Ivan Petrov", "Nadia Popescu")} <= e, sorted(map(str, e))
    # each leader watched a minister of his own country sign: no meeting between them
    assert sym("CONSULT", "Georgi Stanev", "Ivan Petrov") not in e, sorted(map(str, e))


def test_guests_of_the_ceremony_told_next_meet_the_people_at_the_signing_not_each_other(nlp):
    e = got(nlp, "Bulgarian Foreign Minister Ivan Petrov and Romanian Foreign Minister Nadia Popescu signed "
                 "the border treaty in Ruse on Friday. The ceremony was attended by U.N. envoy Clara Moreau, "
                 "who has followed the talks for years, and EU envoy Pieter de Groot.")
    assert {sym("CONSULT", "Clara Moreau", "Ivan Petrov"), sym("CONSULT", "Clara Moreau", "Nadia Popescu"),
            sym("CONSULT", "Pieter de Groot", "Ivan Petrov")} <= e, sorted(map(str, e))
    assert sym("CONSULT", "Clara Moreau", "Pieter de Groot") not in e, sorted(map(str, e))


def test_guests_of_the_ceremony_told_after_a_quote_still_join_the_signing(nlp):
    e = got(nlp, "Bulgarian Foreign Minister Ivan Petrov and Romanian Foreign Minister Nadia Popescu signed "
                 "the border treaty in Ruse on Friday. \"This closes a long chapter,\" Petrov said at the "
                 "ceremony. Popescu called it a good day for both nations. The ceremony was attended by "
                 "U.N. envoy Clara Moreau.")
    assert {sym("CONSULT", "Clara Moreau", "Ivan Petrov"), sym("CONSULT", "Clara Moreau", "Nadia Popescu")} <= e, \
        sorted(map(str, e))


def test_who_witnessed_the_signing_or_hosted_the_ceremony_met_the_signers(nlp):
    e = got(nlp, "The accord was signed on Saturday in Doha by U.S. envoy Zalmay Khalilzad and the "
                 "Taliban's political chief, Abdul Ghani Baradar. U.S. Secretary of State Mike Pompeo, who "
                 "witnessed the signing, urged the Taliban to keep their word. The Qatari foreign minister, "
                 "Sheikh Mohammed bin Abdulrahman al-Thani, who hosted the ceremony, praised both sides.")
    assert {sym("CONSULT", "Mike Pompeo", "Abdul Ghani Baradar"),
            sym("CONSULT", "Mohammed bin Abdulrahman al-Thani", "Zalmay Khalilzad"),
            sym("CONSULT", "Mohammed bin Abdulrahman al-Thani", "Abdul Ghani Baradar")} <= e, sorted(map(str, e))
    # both Americans came for one side
    assert sym("CONSULT", "Mike Pompeo", "Zalmay Khalilzad") not in e, sorted(map(str, e))


def test_attending_the_signing_of_a_deal_between_states_meets_no_state(nlp):
    # guard: the signing is the deal, not the summit told with it
    e = got(nlp, "Leaders of Kenya, Uganda and Tanzania met in Arusha on Tuesday and signed a customs "
                 "declaration. Tanzanian President Samia Suluhu Hassan hosted the summit. World Bank "
                 "President Ajay Banga attended the signing.")
    assert not any("Ajay Banga" in x and ("Kenya" in x or "Uganda" in x) for x in map(str, e)), sorted(map(str, e))


@pytest.mark.parametrize("brought", [
    "Two days later Annan brought Hichilema and Lungu together for the first time since the vote.",
    "Two days later Annan brought Hichilema together with Lungu for the first time since the vote.",
])
def test_who_brought_two_men_together_met_both_and_they_met(nlp, brought):
    e = got(nlp, "Former U.N. Secretary-General Kofi Annan arrived in Lusaka on Monday to mediate between "
                 "Zambian President Hakainde Hichilema and opposition leader Edgar Lungu. " + brought)
    assert {sym("CONSULT", "Hakainde Hichilema", "Edgar Lungu"), sym("CONSULT", "Kofi Annan", "Edgar Lungu"),
            sym("CONSULT", "Kofi Annan", "Hakainde Hichilema")} <= e, sorted(map(str, e))


def test_a_handshake_inside_a_meeting_the_sentence_tells_is_that_meeting(nlp):
    ex = run(nlp, "Zambian President Hakainde Hichilema and opposition leader Edgar Lungu have not spoken "
                  "since the vote. Two days later Annan brought Hichilema together with Lungu, and the two "
                  "men shook hands in front of cameras.")
    names = {x.key: x.name for x in ex.entities}
    both = [i for i in ex.interactions if i.type == "CONSULT"
            and {"Hakainde Hichilema", "Edgar Lungu"} <= {names[k] for k in i.source + i.target}]
    assert len(both) == 1, both
    assert {names[k] for k in both[0].source + both[0].target} == {"Annan", "Hakainde Hichilema", "Edgar Lungu"}


def test_hoping_to_bring_two_men_together_is_no_meeting(nlp):
    e = got(nlp, "Zambian President Hakainde Hichilema and opposition leader Edgar Lungu have not spoken "
                 "since the vote. Annan hopes to bring Hichilema and Lungu together next month.")
    assert sym("CONSULT", "Hakainde Hichilema", "Edgar Lungu") not in e, sorted(map(str, e))


def test_a_guest_at_a_signing_by_a_movements_chief_meets_the_chief_not_the_movement(nlp):
    e = got(nlp, "The accord was signed on Saturday in Doha by U.S. envoy Zalmay Khalilzad and the "
                 "Taliban's political chief, Abdul Ghani Baradar. Qatari Foreign Minister Mohammed bin "
                 "Abdulrahman al-Thani, who witnessed the signing, praised both sides.")
    assert sym("CONSULT", "Mohammed bin Abdulrahman al-Thani", "Abdul Ghani Baradar") in e, sorted(map(str, e))
    assert sym("CONSULT", "Mohammed bin Abdulrahman al-Thani", "Taliban") not in e, sorted(map(str, e))


def test_guests_of_a_ceremony_attended_by_them_in_the_signing_sentence_meet_the_signers(nlp):
    e = got(nlp, "Norwegian Foreign Minister Espen Barth Eide and Finnish Foreign Minister Elina Valtonen "
                 "mediated the talks. On Friday in Oslo, Estonian Foreign Minister Margus Tsahkna and Latvian "
                 "Foreign Minister Baiba Braze signed a fisheries accord at a ceremony attended by Eide and "
                 "Valtonen.")
    assert {sym("CONSULT", g, s) for g in ("Espen Barth Eide", "Elina Valtonen")
            for s in ("Margus Tsahkna", "Baiba Braze")} <= e, sorted(map(str, e))


def test_talks_told_with_the_handshake_that_opened_them_are_that_meeting(nlp):
    # "at the start of talks" is the meeting just told, not a new gathering nobody is known at
    e = got(nlp, "Armenian Prime Minister Aram Sargsyan and Azerbaijani President Elmar Mammadov shook hands "
                 "at the start of talks in Tbilisi on Monday. Georgian Prime Minister Levan Beridze also took "
                 "part in the meeting.")
    assert {sym("CONSULT", "Levan Beridze", "Aram Sargsyan"),
            sym("CONSULT", "Levan Beridze", "Elmar Mammadov")} <= e, sorted(map(str, e))


def test_brokers_of_the_talks_two_sides_negotiate_in_sit_with_both(nlp):
    e = got(nlp, "Negotiators from Armenia and Azerbaijan have been negotiating in Geneva since March 3 in "
                 "talks brokered by Switzerland and Norway.")
    assert {sym("CONSULT", "Switzerland", "Armenia"), sym("CONSULT", "Norway", "Azerbaijan")} <= e, sorted(map(str, e))


def test_the_host_of_a_summit_its_members_met_at_is_no_mediator_between_them(nlp):
    e = got(nlp, "Leaders of Chile, Peru and Bolivia met in Arica on Monday at a summit hosted by Chilean "
                 "President Ana Rojas.")
    assert not any("Ana Rojas" in x for x in e if "CONSULT" in x), sorted(map(str, e))


def test_mediators_in_the_dispute_sit_with_both_sides_of_the_quarrel_told_before(nlp):
    e = got(nlp, "Morocco and Tunisia recalled their ambassadors from Algeria in 2021, accusing it of "
                 "hostile acts. Oman, whose foreign minister spent months travelling between the three "
                 "capitals, and Kuwait had mediated in the dispute.")
    assert {sym("CONSULT", "Oman", "Algeria"), sym("CONSULT", "Oman", "Morocco"),
            sym("CONSULT", "Kuwait", "Tunisia")} <= e, sorted(map(str, e))


def test_mediating_in_a_dispute_nobody_was_told_to_have_seats_nobody(nlp):
    e = got(nlp, "Oman has mediated in many disputes over the years.")
    assert not any("CONSULT" in x for x in e), sorted(map(str, e))


@pytest.mark.parametrize("text,mode", [
    ("Chilean President Ana Rojas and Peruvian President Luis Vega held a joint news conference in Lima "
     "on Monday.", "meet"),
    ("The plan was presented at a joint news conference by Chilean Foreign Minister Ana Rojas and Peruvian "
     "Foreign Minister Luis Vega.", "meet"),
    ("The pact was unveiled on Monday by Chilean President Ana Rojas and Peruvian President Luis Vega in a "
     "joint virtual appearance.", "virtual"),
])
def test_a_joint_appearance_is_a_meeting_of_those_who_appeared(nlp, text, mode):
    found = [it for it in run(nlp, text).interactions if it.type == "CONSULT"]
    assert any(it.mode == mode for it in found), [(it.mode, it.source, it.target) for it in found]
    assert sym("CONSULT", "Ana Rojas", "Luis Vega") in got(nlp, text)


def test_a_joint_statement_is_no_meeting(nlp):
    e = got(nlp, "Chile and Peru issued a joint statement on Monday.")
    assert not any(x[0] == "CONSULT" for x in e), sorted(map(str, e))


@pytest.mark.parametrize("text, authors", [
    ("The African Union, the European Union and the United Nations said in a joint declaration on Friday "
     "that they would support the transition.", ("African Union", "European Union", "United Nations")),
    ("Chile and Peru issued a joint statement on Monday.", ("Chile", "Peru")),
    ("Chile issued a joint statement with Peru on Monday.", ("Chile", "Peru")),
])
def test_a_joint_statement_is_a_commitment_of_its_authors(nlp, text, authors):
    e = got(nlp, text)
    assert {sym("AGREE", a, b) for a in authors for b in authors if a < b} <= e, sorted(map(str, e))


def test_a_joint_statement_about_another_is_a_stance_towards_it_not_a_pact(nlp):
    # what it says of the third one is the event; the authors agreed nothing between them
    e = got(nlp, "Canada, Australia and New Zealand said in a joint statement on Monday that Fiji's "
                 "military government had broken its pledge to hold elections.")
    assert ("ACCUSE", "Canada", "Fiji") in e, sorted(map(str, e))
    assert not any(x[0] == "AGREE" for x in e), sorted(map(str, e))


def test_talks_in_the_place_a_visitor_flew_to_are_with_its_host(nlp):
    e = got(nlp, "Turkish President Recep Tayyip Erdogan then flew to Kyiv, where Ukrainian President "
                 "Volodymyr Zelenskiy endorsed the grain plan after talks that lasted four hours.")
    assert sym("CONSULT", "Recep Tayyip Erdogan", "Volodymyr Zelenskiy") in e, sorted(map(str, e))


def test_a_place_a_visitor_flew_to_where_no_talks_were_held_is_only_visited(nlp):
    e = got(nlp, "Turkish President Recep Tayyip Erdogan then flew to Kyiv, where Ukrainian President "
                 "Volodymyr Zelenskiy had signed the decree a day earlier.")
    assert sym("CONSULT", "Recep Tayyip Erdogan", "Volodymyr Zelenskiy") not in e, sorted(map(str, e))


def test_a_visit_by_someone_during_a_hosts_act_is_to_the_hosts_country(nlp):
    e = got(nlp, "Moldovan President Maia Sandu signed the decree during a visit by U.S. Secretary of State "
                 "Antony Blinken.")
    assert sym("CONSULT", "Antony Blinken", "Moldova") in e, sorted(map(str, e))


def test_talks_held_under_a_label_are_held(nlp):
    e = got(nlp, "U.S. envoy Molly Phee held what she described as frank and difficult talks in Khartoum "
                 "with General Abdel Fattah al-Burhan on Monday.")
    assert sym("CONSULT", "Molly Phee", "Abdel Fattah al-Burhan") in e, sorted(map(str, e))


def test_parties_to_talks_one_mediator_held_sat_with_each_other(nlp):
    e = got(nlp, "Sudan's Omar al-Bashir and South Sudan's Salva Kiir agreed to the plan after three "
                 "days of talks mediated by former Nigerian President Olusegun Obasanjo.")
    assert {sym("CONSULT", "Omar al-Bashir", "Salva Kiir"),
            sym("CONSULT", "Olusegun Obasanjo", "Salva Kiir"),
            sym("CONSULT", "Olusegun Obasanjo", "Omar al-Bashir")} <= e, sorted(map(str, e))


def test_parties_to_indirect_talks_do_not_meet(nlp):
    # guard
    e = got(nlp, "The truce between Israel and Hamas followed weeks of indirect negotiations mediated by Egypt.")
    assert sym("CONSULT", "Israel", "Hamas") not in e and sym("CONSULT", "Egypt", "Israel") in e, \
        sorted(map(str, e))


def test_two_mediators_of_talks_are_no_sides_of_each_other(nlp):
    # guard
    e = got(nlp, "Israel and Hamas have been negotiating in Cairo in talks brokered by Egypt and Qatar.")
    assert sym("CONSULT", "Egypt", "Qatar") not in e and sym("CONSULT", "Egypt", "Hamas") in e, \
        sorted(map(str, e))


def test_a_witness_to_a_signing_agrees_with_its_parties_and_witnesses_not_with_each_other(nlp):
    e = got(nlp, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed the "
                 "peace accord in Washington on Friday. Representatives of Japan, Britain and France signed as "
                 "witnesses.")
    assert {sym("AGREE", "Japan", "Nikol Pashinyan"), sym("AGREE", "France", "Ilham Aliyev")} <= e, \
        sorted(map(str, e))
    assert sym("AGREE", "Japan", "France") not in e and sym("AGREE", "Britain", "France") not in e \
        and sym("AGREE", "United Kingdom", "France") not in e, sorted(map(str, e))


def test_talks_a_deal_followed_a_paragraph_later_seat_the_mediators_with_its_parties(nlp):
    e = got(nlp, "Armenia and Azerbaijan agreed on Tuesday to reopen their border. Armenia's parliament approved "
                 "the accord on Wednesday. Crossings will open within a month, officials said. Trucks will go "
                 "first. The deal followed months of indirect negotiations mediated by Georgia, together with "
                 "France.")
    assert {sym("CONSULT", "Georgia", "Armenia"), sym("CONSULT", "France", "Azerbaijan")} <= e, sorted(map(str, e))


def test_the_host_of_a_lunch_is_no_mediator_of_the_deal_told_before(nlp):
    e = got(nlp, "Japan and South Korea agreed on Thursday to resume security talks. On Friday, South Korean "
                 "President Yoon Suk Yeol met business leaders at a lunch co-hosted by Toyota and Sony.")
    assert not any(x[0] == "CONSULT" and {"Toyota", "Sony"} & set(x[1] if isinstance(x[1], frozenset) else x[1:])
                   and {"Japan", "South Korea"} & set(x[1] if isinstance(x[1], frozenset) else x[1:])
                   for x in e), sorted(map(str, e))


@pytest.mark.parametrize("text, giver, given", [
    ("The new Chilean ambassador, Ana Lopez, presented her credentials to Peruvian President Dina Boluarte on "
     "Friday.", "Ana Lopez", "Dina Boluarte"),
    ("Swedish Foreign Minister Tobias Billstrom handed over the accession documents to U.S. Secretary of State "
     "Antony Blinken.", "Tobias Billstrom", "Antony Blinken"),
])
def test_handing_papers_to_someone_in_person_is_meeting_them(nlp, text, giver, given):
    e = got(nlp, text)
    assert sym("CONSULT", giver, given) in e, sorted(map(str, e))


def test_submitting_papers_to_a_body_is_no_meeting(nlp):
    # guard
    e = got(nlp, "Sweden submitted its accession documents to NATO.")
    assert not any(x[0] == "CONSULT" for x in e), sorted(map(str, e))


@pytest.mark.parametrize("text", [
    "UN envoy Martin Griffiths consulted Kenyan President William Ruto and Ugandan President Yoweri Museveni by "
    "telephone on Sunday.",
    "Dutch Prime Minister Mark Rutte conferred with Belgian Prime Minister Alexander De Croo over "
    "the phone on Monday.",
])
def test_consulting_someone_by_telephone_is_a_call(nlp, text):
    ex = run(nlp, text)
    modes = {it.mode for it in ex.interactions if it.type == "CONSULT"}
    assert modes == {"call"}, [(it.type, it.mode, it.source, it.target) for it in ex.interactions]


def test_he_and_a_named_colleague_are_both_at_the_talks(nlp):
    e = got(nlp, "Spanish Foreign Minister Jose Manuel Albares said he and Defence Minister Margarita Robles "
                 "held three hours of talks with King Mohammed VI.")
    assert {sym("CONSULT", "Jose Manuel Albares", "Mohammed VI"),
            sym("CONSULT", "Margarita Robles", "Mohammed VI")} <= e, sorted(map(str, e))


def test_announcing_a_deal_alongside_someone_is_meeting_and_agreeing_with_them(nlp):
    e = got(nlp, "Kenyan President William Ruto announced the agreement alongside his Tanzanian "
                 "counterpart Samia Suluhu Hassan.")
    assert {sym("CONSULT", "William Ruto", "Samia Suluhu Hassan"),
            sym("AGREE", "William Ruto", "Samia Suluhu Hassan")} <= e, sorted(map(str, e))


def test_speaking_beside_someone_is_meeting_them_but_not_agreeing(nlp):
    e = got(nlp, "Japanese Prime Minister Fumio Kishida spoke to reporters alongside Philippine "
                 "President Ferdinand Marcos on Thursday.")
    assert sym("CONSULT", "Fumio Kishida", "Ferdinand Marcos") in e, sorted(map(str, e))
    assert not any(x[0] == "AGREE" for x in e), sorted(map(str, e))


def test_fighting_alongside_is_no_meeting(nlp):
    # guard
    e = got(nlp, "Eritrean troops fought alongside Ethiopian forces in Tigray.")
    assert not any(x[0] == "CONSULT" for x in e), sorted(map(str, e))


def test_relations_restored_are_an_agreement_and_cooperation_resumed(nlp):
    e = got(nlp, "Morocco and Iran restored diplomatic relations in April.")
    assert {sym("AGREE", "Morocco", "Iran"), sym("COOPERATE", "Morocco", "Iran")} <= e, sorted(map(str, e))


def test_agreeing_to_restore_relations_is_only_the_agreement(nlp):
    # guard: the restoring is still to come
    e = got(nlp, "Morocco and Iran agreed to restore diplomatic relations in stages.")
    assert sym("AGREE", "Morocco", "Iran") in e and not any(x[0] == "COOPERATE" for x in e), sorted(map(str, e))


@pytest.mark.parametrize("trip", [
    # guard: "flew ... for talks" was met by the talks themselves before the trip knew its purpose
    "Chilean President Gabriel Boric flew to Lima on Tuesday for talks with Peruvian President Dina Boluarte.",
    "Chilean President Gabriel Boric, travelling to Lima on Tuesday for a meeting with Peruvian President "
    "Dina Boluarte, said the border was calm.",
])
def test_a_trip_made_for_talks_with_someone_meets_them_and_visits_the_country(nlp, trip):
    e = got(nlp, trip)
    assert {sym("CONSULT", "Gabriel Boric", "Dina Boluarte"), sym("CONSULT", "Gabriel Boric", "Peru")} <= e, \
        sorted(map(str, e))


def test_a_trip_for_a_summit_meets_nobody_by_name(nlp):
    # guard: only "talks with Y" names whom the trip was for
    e = got(nlp, "Chilean President Gabriel Boric flew to Lima on Tuesday for the summit on fisheries.")
    assert not any("Boluarte" in x for x in e) and sym("CONSULT", "Gabriel Boric", "Peru") in e, sorted(map(str, e))


@pytest.mark.parametrize("trip,host", [
    ("Liberian President George Weah flew to Bamako on Friday to persuade Colonel Assimi Goita to hold "
     "elections.", "Assimi Goita"),
    ("Spanish Prime Minister Pedro Sanchez travelled to Rabat in April and pressed King Mohammed VI to "
     "reopen the border crossings.", "Mohammed VI"),
])
def test_whom_a_trip_was_made_to_press_was_met(nlp, trip, host):
    e = got(nlp, trip)
    who = "George Weah" if "Weah" in trip else "Pedro Sanchez"
    assert sym("CONSULT", who, host) in e, sorted(map(str, e))


def test_a_trip_only_hoped_for_meets_nobody(nlp):
    # guard: a hoped-for trip is no trip
    e = got(nlp, "Liberian President George Weah had hoped to fly to Bamako to persuade Colonel Assimi Goita.")
    assert not any(x[0] == "CONSULT" for x in e), sorted(map(str, e))


def test_a_visit_to_a_seat_of_government_is_a_visit_to_its_country(nlp):
    e = got(nlp, "Kenyan President William Ruto visited the White House on Tuesday to thank Biden for the "
                 "debt relief.")
    assert {sym("CONSULT", "William Ruto", "United States"), sym("CONSULT", "William Ruto", "Biden")} <= e, \
        sorted(map(str, e))


_ARUSHA = ("Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Arusha on "
           "Monday. Tanzanian President Samia Suluhu Hassan also attended the talks. ")


@pytest.mark.parametrize("endorsed", [
    "The communique, signed by all the leaders present, called for a ceasefire in Sudan.",
    "All the heads of state endorsed a final declaration calling for a ceasefire in Sudan.",
])
def test_a_text_endorsed_by_everyone_present_is_agreed_by_all_at_the_gathering(nlp, endorsed):
    e = got(nlp, _ARUSHA + endorsed)
    assert {sym("AGREE", "Samia Suluhu Hassan", "William Ruto"), sym("AGREE", "Samia Suluhu Hassan", "Yoweri Museveni"),
            sym("AGREE", "William Ruto", "Yoweri Museveni")} <= e, sorted(map(str, e))


def test_a_text_signed_by_some_is_not_everyones(nlp):
    # guard: "the ministers" are not everyone who was there
    e = got(nlp, _ARUSHA + "The communique, signed by the ministers, called for a ceasefire in Sudan.")
    assert not any(x[0] == "AGREE" for x in e), sorted(map(str, e))


def test_one_who_also_attended_joins_the_gathering_told_sentences_before(nlp):
    e = got(nlp, _ARUSHA.split(". ")[0] + ". Trade across the lake has slumped since January, when fighting "
                 "closed the border roads. Ethiopian Prime Minister Abiy Ahmed, who also attended, called for calm.")
    assert {sym("CONSULT", "Abiy Ahmed", "William Ruto"), sym("CONSULT", "Abiy Ahmed", "Yoweri Museveni")} <= e, \
        sorted(map(str, e))


def test_one_on_his_way_to_a_country_is_visiting_it(nlp):
    e = got(nlp, "Chinese Foreign Minister Wang Yi was on his way to Tehran on Monday to prepare a summit.")
    assert sym("CONSULT", "Wang Yi", "Iran") in e, sorted(map(str, e))


def test_one_who_may_be_on_his_way_is_not_visiting_yet(nlp):
    # guard
    e = got(nlp, "Chinese Foreign Minister Wang Yi may be on his way to Tehran.")
    assert not any(x[0] == "CONSULT" for x in e), sorted(map(str, e))


def test_a_delegation_from_a_body_led_by_someone_is_both_of_them(nlp):
    e = got(nlp, "A delegation from the European Parliament led by Roberta Metsola visited Tbilisi on Tuesday.")
    assert {sym("CONSULT", "Roberta Metsola", "Georgia"), sym("CONSULT", "European Parliament", "Georgia")} <= e, \
        sorted(map(str, e))


def test_guests_of_two_countries_hosted_together_meet_each_other(nlp):
    e = got(nlp, "Qatari Emir Sheikh Tamim bin Hamad al-Thani hosted Afghan envoy Zalmay Khalilzad and Taliban "
                 "negotiator Abdul Ghani Baradar in Doha on Sunday.")
    assert sym("CONSULT", "Zalmay Khalilzad", "Abdul Ghani Baradar") in e, sorted(map(str, e))



def test_they_after_talks_brokered_by_two_are_the_parties_not_the_brokers(nlp):
    e = got(nlp, "Envoys of Armenia and Azerbaijan have been negotiating in Geneva since Monday in talks brokered "
                 "by France and Canada. On Friday they signed a declaration on prisoners.")
    assert sym("AGREE", "Armenia", "Azerbaijan") in e and sym("AGREE", "France", "Canada") not in e, sorted(map(str, e))


@pytest.mark.parametrize("text", [
    "Putin and Erdogan have exchanged letters since the crisis began in May.",
    "Putin exchanged messages with Erdogan on Sunday.",
])
def test_exchanging_letters_is_being_in_touch(nlp, text):
    assert sym("CONSULT", "Putin", "Erdogan") in got(nlp, text), sorted(map(str, got(nlp, text)))


@pytest.mark.parametrize("text,guest", [
    ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed the accord in Jeddah on "
     "Sunday. Witnessing the signing were U.N. Secretary-General Antonio Guterres and Saudi King Salman.",
     "Antonio Guterres"),
    # guard: this wording the parse already reads with its attendees as the subject
    ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed the accord in Jeddah on "
     "Sunday. Attending the ceremony were U.N. Secretary-General Antonio Guterres and Saudi King Salman.",
     "Antonio Guterres"),
])
def test_those_named_after_witnessing_or_attending_were_with_the_signers(nlp, text, guest):
    e = edges(run(nlp, text))
    assert sym("CONSULT", guest, "Abiy Ahmed") in e, sorted(map(str, e))


def test_the_body_a_witness_serves_is_not_a_witness_itself(nlp):
    # guard: "U.N. mediator X" is X, for the UN
    e = edges(run(nlp, "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed the accord "
                       "in Jeddah on Sunday. Witnessing the signing were United Nations mediator Nicholas Haysom and "
                       "Saudi King Salman."))
    assert sym("CONSULT", "United Nations", "Abiy Ahmed") not in e, sorted(map(str, e))


def test_a_host_of_the_group_just_listed_sits_with_all_of_them(nlp):
    e = edges(run(nlp, "Brazilian President Luiz Inacio Lula da Silva, Colombian President Gustavo Petro and "
                       "Chilean President Gabriel Boric had flown to Caracas for the vote. Venezuelan President "
                       "Nicolas Maduro hosted the group at the Miraflores palace on Sunday."))
    assert {sym("CONSULT", "Nicolas Maduro", "Gustavo Petro"), sym("CONSULT", "Gabriel Boric", "Gustavo Petro")} <= e, \
        sorted(map(str, e))


def test_a_host_of_a_group_named_as_a_body_hosts_the_body(nlp):
    # guard: no people were listed, so "the group" is the movement told before (as it was)
    e = edges(run(nlp, "Hamas sent a delegation to Cairo on Monday. Egyptian intelligence chief Abbas Kamel hosted "
                       "the group at his headquarters."))
    assert sym("CONSULT", "Abbas Kamel", "Hamas") in e, sorted(map(str, e))


def test_a_host_of_people_of_one_side_hosts_them_only(nlp):
    # the two guests come from one movement: hosted by Kamel, not a meeting between themselves
    e = edges(run(nlp, "Hamas leaders Ismail Haniyeh and Khaled Meshaal flew to Cairo on Monday. Egyptian "
                       "intelligence chief Abbas Kamel hosted the group at his headquarters."))
    assert sym("CONSULT", "Abbas Kamel", "Ismail Haniyeh") in e, sorted(map(str, e))
    assert sym("CONSULT", "Ismail Haniyeh", "Khaled Meshaal") not in e, sorted(map(str, e))


def test_a_hosted_group_meets_in_the_hosts_company(nlp):
    # the host receives each guest, and the guests' own talks are the same hosted occasion
    ex = run(nlp, "Brazilian President Luiz Inacio Lula da Silva, Colombian President Gustavo Petro and Chilean "
                  "President Gabriel Boric had flown to Caracas for the vote. Venezuelan President Nicolas Maduro "
                  "hosted the group at the Miraflores palace on Sunday.")
    modes = {i.mode for i in ex.interactions if i.type == "CONSULT" and "host-the-group" in i.evidence.rule}
    assert modes == {"host"}, [(i.type, i.mode, i.evidence.rule) for i in ex.interactions]


@pytest.mark.parametrize("text", [
    "Malian junta leader Assimi Goita was detained on Tuesday soon after leaving a meeting with "
    "Nigerien President Mohamed Bazoum.",
    "Malian junta leader Assimi Goita, emerging from a meeting with Nigerien President Mohamed "
    "Bazoum on Tuesday, told reporters little had been settled.",
    # guard: "his talks" were his before leaving was read
    "Malian junta leader Assimi Goita left his talks with Nigerien President Mohamed Bazoum "
    "on Tuesday without a statement.",
])
def test_one_who_leaves_a_meeting_was_at_it(nlp, text):
    e = got(nlp, text)
    assert sym("CONSULT", "Assimi Goita", "Mohamed Bazoum") in e, sorted(map(str, e))


def test_meeting_people_on_a_trip_told_in_a_clause_on_the_traveller_is_dated_by_the_trip(nlp):
    ex = run(nlp, "Commonwealth Secretary-General Patricia Scotland, who toured Suva and Apia "
                  "last week, meeting Prime Ministers Sitiveni Rabuka and Fiame Naomi Mata'afa, "
                  "said the region wanted action on climate finance.")
    met = [i for i in ex.interactions if i.type == "CONSULT" and i.mode == "meet"]
    assert met and all(i.date is not None and "/" in i.date for i in met), [(i.mode, i.date) for i in ex.interactions]


@pytest.mark.parametrize("text, a, b", [
    # talks one follows up with
    ("Kenyan Foreign Minister Musalia Mudavadi followed up with talks with his Ugandan counterpart "
     "Jeje Odongo on Friday.", "Musalia Mudavadi", "Jeje Odongo"),
    # an appearance together
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni appeared together at a news "
     "conference in Entebbe on Friday.", "William Ruto", "Yoweri Museveni"),
    # a letter handed in person, the parse making both objects
    ("Kim Yo Jong handed President Yoon a sealed letter on Friday.", "Kim Yo Jong", "Yoon"),
])
def test_more_ways_of_being_together(nlp, text, a, b):
    e = got(nlp, text)
    assert sym("CONSULT", a, b) in e, sorted(map(str, e))


def test_a_host_with_counterparts_of_two_countries_meets_them_together_and_not_their_countries(nlp):
    e = edges(run(nlp, "Swiss Foreign Minister Ignazio Cassis hosted his Greek and Turkish counterparts, "
                       "Nikos Dendias and Mevlut Cavusoglu, for talks in Geneva on Monday."))
    assert sym("CONSULT", "Nikos Dendias", "Mevlut Cavusoglu") in e, sorted(map(str, e))
    assert sym("CONSULT", "Ignazio Cassis", "Nikos Dendias") in e, sorted(map(str, e))
    assert not any(x[0] == "CONSULT" and "Greece" in str(x) for x in e), sorted(map(str, e))


def test_speaking_at_the_start_of_talks_with_someone_is_meeting_him(nlp):
    e = edges(run(nlp, "Turkish President Recep Tayyip Erdogan was speaking at the start of talks with "
                       "Qatar's Emir Tamim bin Hamad al-Thani in Ankara."))
    assert any(x[0] == "CONSULT" and "Recep Tayyip Erdogan" in x[1] and any("Tamim" in n for n in x[1])
               for x in e), sorted(map(str, e))


@pytest.mark.parametrize("text, a, b, mode", [
    ("Brazilian President Luiz Inacio Lula da Silva warned Argentine President Javier Milei in a phone call "
     "on Monday that trade would suffer.", "Luiz Inacio Lula da Silva", "Javier Milei", "call"),
    # the parse hangs the call on what was thanked for
    ("Polish President Andrzej Duda thanked Lithuanian President Gitanas Nauseda for his support in a "
     "telephone call on Friday.", "Andrzej Duda", "Gitanas Nauseda", "call"),
    # or on the one addressed
    ("Indonesian President Joko Widodo assured Malaysian Prime Minister Anwar Ibrahim over the phone on "
     "Tuesday that the border would stay open.", "Joko Widodo", "Anwar Ibrahim", "call"),
    ("Spanish Prime Minister Pedro Sanchez urged Moroccan King Mohammed VI during a video call on Monday to "
     "reopen the crossings.", "Pedro Sanchez", "Mohammed VI", "virtual"),
])
def test_whom_one_addresses_in_a_phone_call_was_on_the_line(nlp, text, a, b, mode):
    ex = run(nlp, text)
    assert sym("CONSULT", a, b) in edges(ex), sorted(map(str, edges(ex)))
    assert {it.mode for it in ex.interactions if it.type == "CONSULT"} == {mode}


def test_a_channel_told_by_telephone_is_no_party_to_a_call(nlp):  # guard
    e = got(nlp, "Ousted Honduran President Manuel Zelaya told the Caracas-based channel Telesur by telephone "
                 "that he would return.")
    assert not any(x[0] == "CONSULT" for x in e), sorted(map(str, e))


def test_speaking_with_one_and_with_another_is_speaking_with_both(nlp):
    e = got(nlp, "U.S. Secretary of State Antony Blinken spoke by telephone with Indian Foreign Minister "
                 "Subrahmanyam Jaishankar and with Pakistani Foreign Minister Ishaq Dar on Sunday.")
    assert sym("CONSULT", "Antony Blinken", "Ishaq Dar") in e, sorted(map(str, e))
    assert sym("CONSULT", "Antony Blinken", "Subrahmanyam Jaishankar") in e, sorted(map(str, e))


@pytest.mark.parametrize("text, others", [
    ("U.S. President Joe Biden spoke on Friday during a telephone call with Saudi Crown Prince Mohammed bin "
     "Salman and Qatar's emir, Tamim bin Hamad al-Thani.", ("Mohammed bin Salman", "Tamim bin Hamad al-Thani")),
    ("Kenyan President William Ruto convened a video summit with Ethiopian Prime Minister Abiy Ahmed and "
     "Somali President Hassan Sheikh Mohamud in May.", ("Abiy Ahmed", "Hassan Sheikh Mohamud")),
    ("Putin announced the move at a Kremlin meeting with Defence Minister Andrei Belousov and Foreign "
     "Minister Sergei Lavrov.", ("Andrei Belousov", "Sergei Lavrov")),
])
def test_one_call_or_meeting_with_several_holds_them_all(nlp, text, others):
    e = got(nlp, text)
    assert sym("CONSULT", *others) in e, sorted(map(str, e))


def test_two_sat_down_with_several_are_two_sides_of_one_table(nlp):  # guard
    e = got(nlp, "Iranian Foreign Minister Abbas Araghchi and EU foreign policy chief Kaja Kallas sat down "
                 "for a session with British Foreign Secretary David Lammy and French Foreign Minister "
                 "Jean-Noel Barrot.")
    assert sym("CONSULT", "Abbas Araghchi", "David Lammy") in e, sorted(map(str, e))
    assert sym("CONSULT", "David Lammy", "Jean-Noel Barrot") not in e, sorted(map(str, e))


def test_an_idea_raised_in_phone_calls_is_no_wish_for_them(nlp):
    e = got(nlp, "Prime Minister Mark Carney then sought support abroad, raising the idea in phone calls "
                 "with British Prime Minister Keir Starmer and French President Emmanuel Macron.")
    assert sym("CONSULT", "Mark Carney", "Keir Starmer") in e, sorted(map(str, e))
    assert sym("CONSULT", "Keir Starmer", "Emmanuel Macron") not in e, sorted(map(str, e))


def test_those_named_among_a_group_one_met_were_met(nlp):
    e = got(nlp, "Obama announced the move on Tuesday after meeting congressional leaders at the White House, "
                 "including House Speaker John Boehner and Senate Majority Leader Harry Reid.")
    assert sym("CONSULT", "Obama", "Harry Reid") in e, sorted(map(str, e))
    assert not any(x[0] == "CONSULT" and "Senate" in x for x in e), sorted(map(str, e))


@pytest.mark.parametrize("text, a, b", [
    ("U.S. Secretary of State Antony Blinken said he had raised the U.N. findings with Rwandan President Paul "
     "Kagame.", "Antony Blinken", "Paul Kagame"),
    ("South Korean President Moon Jae-in told reporters he had brought up the matter with Kim Jong Un.",
     "Moon Jae-in", "Kim Jong Un"),
])
def test_a_matter_raised_with_someone_is_a_talk_with_him(nlp, text, a, b):
    e = got(nlp, text)
    assert sym("CONSULT", a, b) in e, sorted(map(str, e))


def test_rates_raised_are_no_talk(nlp):  # guard
    e = got(nlp, "The Turkish central bank raised interest rates with effect from Monday.")
    assert not any(x[0] == "CONSULT" for x in e), sorted(map(str, e))


@pytest.mark.parametrize("verb", ["convened", "chaired"])
def test_who_convenes_or_chairs_a_summit_with_several_sits_at_it(nlp, verb):
    e = got(nlp, f"Kenyan President William Ruto {verb} a virtual summit with Ugandan President Yoweri Museveni, "
                 "Tanzanian President Samia Suluhu Hassan and Rwandan President Paul Kagame on Monday.")
    assert {sym("CONSULT", "William Ruto", x) for x in ("Yoweri Museveni", "Samia Suluhu Hassan", "Paul Kagame")} <= e, \
        sorted(map(str, e))


def test_the_host_of_the_talks_a_meeting_was_held_at_met_both(nlp):
    e = got(nlp, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Prague on "
                 "Thursday, at talks hosted by European Council President Charles Michel.")
    assert {sym("CONSULT", "Charles Michel", "Nikol Pashinyan"), sym("CONSULT", "Charles Michel", "Ilham Aliyev"),
            sym("CONSULT", "Ilham Aliyev", "Nikol Pashinyan")} <= e, sorted(map(str, e))


def test_those_a_leader_led_a_delegation_with_travelled_too(nlp):
    e = got(nlp, "Senegalese President Macky Sall led a delegation to Bamako on Friday with Ivorian President "
                 "Alassane Ouattara and Nigerien President Mohamed Bazoum.")
    assert {sym("CONSULT", x, "Mali") for x in ("Macky Sall", "Alassane Ouattara", "Mohamed Bazoum")} <= e, \
        sorted(map(str, e))


@pytest.mark.parametrize("text, host, a, b", [
    ("Sudanese army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo signed the text after a "
     "fourth round of talks hosted by Saudi Foreign Minister Faisal bin Farhan in Jeddah.",
     "Faisal bin Farhan", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"),
    ("Greek Prime Minister Kyriakos Mitsotakis held his first meeting with Turkish President Tayyip Erdogan in "
     "Vilnius in July, also hosted by Stoltenberg.", "Stoltenberg", "Kyriakos Mitsotakis", "Tayyip Erdogan"),
    ("The three-day BRICS summit, hosted by South African President Cyril Ramaphosa, also brought together "
     "Brazilian President Luiz Inacio Lula da Silva and Indian Prime Minister Narendra Modi.",
     "Cyril Ramaphosa", "Luiz Inacio Lula da Silva", "Narendra Modi"),
])
def test_who_hosted_the_talks_or_gathering_met_those_at_it(nlp, text, host, a, b):
    e = got(nlp, text)
    assert {sym("CONSULT", host, a), sym("CONSULT", host, b), sym("CONSULT", a, b)} <= e, sorted(map(str, e))


@pytest.mark.parametrize("text, host, first, second, second_day", [
    ("Indonesian President Joko Widodo met Zelenskiy on Wednesday and Putin on Thursday.", "Joko Widodo",
     "Zelenskiy", "Putin", "2024-03-14"),
    ("The German chancellor, Olaf Scholz, visited Kyiv on Monday and Warsaw on Wednesday.", "Olaf Scholz",
     "Ukraine", "Poland", "2024-03-13"),
])
def test_a_second_object_the_parse_joins_to_the_first_day_is_met_on_its_own_day(nlp, text, host, first, second,
                                                                                  second_day):
    ex = run(nlp, text)
    names = {e.key: e.name for e in ex.entities}
    met = {frozenset(names[k] for k in (*i.source, *i.target)): i.date for i in ex.interactions if i.type == "CONSULT"}
    assert frozenset((host, first)) in met and met.get(frozenset((host, second))) == second_day, met


def test_a_partnership_unveiled_together_is_agreed(nlp):
    e = got(nlp, "Japanese Prime Minister Fumio Kishida, Philippine President Ferdinand Marcos Jr. and U.S. President "
                 "Joe Biden unveiled a new maritime partnership on Thursday.")
    assert sym("AGREE", "Fumio Kishida", "Joe Biden") in e and sym("AGREE", "Joe Biden", "Ferdinand Marcos Jr.") in e, \
        sorted(map(str, e))
