"""Mention finding on wire-style prose: people the model calls organisations, names of texts
and buildings the model calls people, a country's generic bodies, time zones and historical
states. Real spaCy model, sentences written for these tests."""
from __future__ import annotations

import pytest

from test_coref_groups import entities_of
from test_extract import edges, run

pytestmark = pytest.mark.model


def drafts(nlp, text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    """entity name -> (type, country, names) for every entity with a mention."""
    _, ents = entities_of(nlp, text)
    return {d.name: (d.type, d.country, list(d.names)) for d in ents.drafts.values() if d.mentions}


def test_a_name_with_diacritics_the_model_calls_an_organisation_is_a_person(nlp):
    found = drafts(nlp, "Chile named Marta Vidal as its envoy, and Félix Plasencia took up the "
                        "post of Venezuelan envoy in Santiago.")
    assert found.get("Félix Plasencia", ("?",))[0] == "Person"


def test_untagged_name_doing_what_people_do_is_a_person(nlp):
    found = drafts(nlp, "Félix Plasencia met Gustavo Petro on Monday.")
    assert found.get("Félix Plasencia", ("?",))[0] == "Person"


def test_organisations_with_diacritics_stay_organisations(nlp):
    found = drafts(nlp, "Investors sold shares of Société Générale on Monday.")
    assert all(kind != "Person" for kind, _, _ in found.values())


def test_a_declaration_named_after_a_town_is_no_person(nlp):
    found = drafts(nlp, "The leaders signed the Tarbes declaration, President Emmanuel Macron said.")
    assert "Tarbes" not in found
    assert found["Emmanuel Macron"][0] == "Person"


def test_accords_named_after_a_person_are_no_person(nlp):
    found = drafts(nlp, "Morocco joined the so-called Abraham Accords in December.")
    assert not any(kind == "Person" for kind, _, _ in found.values())


def test_a_palace_named_after_a_person_is_no_person(nlp):
    found = drafts(nlp, "Maduro welcomed Petro at the Miraflores presidential palace on Tuesday.")
    assert "Miraflores" not in found or found["Miraflores"][0] != "Person"


def test_a_countrys_high_court_is_its_organisation(nlp):
    found = drafts(nlp, "In January, Zambia's High Court ruled that the deployment was unlawful.")
    kind, country, names = found["High Court of Zambia"]
    assert kind == "Organization" and country == "ZMB"
    assert "Zambia's High Court" in names and "Zambian High Court" in names
    assert "High Court" not in found  # no organisation without its country


def test_high_court_of_country_is_not_read_as_the_country(nlp):
    found = drafts(nlp, "The High Court of Malawi blocked the order on Friday.")
    assert found["High Court of Malawi"][:2] == ("Organization", "MWI")


def test_a_demonym_before_a_supreme_court(nlp):
    found = drafts(nlp, "The Kenyan Supreme Court upheld the election result.")
    assert found["Supreme Court of Kenya"][:2] == ("Organization", "KEN")


def test_a_time_zone_is_no_organisation(nlp):
    found = drafts(nlp, "The ceasefire began at 7:00 am (0500 GMT) on Friday.")
    assert "GMT" not in found


def test_an_agencys_principles_are_no_organisation(nlp):
    found = drafts(nlp, "Our Standards: The Example Press Trust Principles.")
    assert not any(kind == "Organization" for kind, _, _ in found.values())


def test_historical_states_are_countries_of_their_own(nlp):
    found = drafts(nlp, "Finland fought two wars against the Soviet Union. East Germany and "
                        "Yugoslavia were not part of NATO.")
    assert found["Soviet Union"][0] == "Country"
    assert found["East Germany"][0] == "Country"
    assert found["Yugoslavia"][0] == "Country"
    assert "Russia" not in found and "Germany" not in found


def test_an_ethnic_people_is_not_the_state(nlp):
    found = drafts(nlp, "Kosovo, a former Serbian province with an ethnic Albanian majority, "
                        "declared independence in 2008.")
    assert "Albania" not in found


def test_a_country_possessive_before_a_name_is_the_persons_country(nlp):
    found = drafts(nlp, "Kenya's William Ruto said Nairobi would send more officers.")
    assert found["William Ruto"][:2] == ("Person", "KEN")


def test_a_person_the_model_calls_a_place_is_a_person_where_only_people_stand(nlp):
    found = drafts(nlp, "Turkish Foreign Minister Hakan Fidan spoke with Antony Blinken on Monday.")
    assert found["Antony Blinken"][0] == "Person"


def test_places_stay_places_beside_the_person_rule(nlp):
    found = drafts(nlp, "The convoy crossed at San Antonio del Tachira and reached Cucuta on Monday.")
    assert not any(kind == "Person" for kind, _, _ in found.values())


def people(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """person name -> (country, title) for every person with a mention."""
    _, ents = entities_of(nlp, text)
    return {d.name: (d.country, d.title.title if d.title else None) for d in ents.drafts.values()
            if d.type == "Person" and d.mentions}


def test_military_ranks_and_chiefs_are_titles_with_their_country(nlp):
    found = people(nlp, "Chad's army chief, General Idriss Mahamat, visited Niamey. Egypt's intelligence "
                        "chief Hassan Rashad travelled to Doha.")
    assert found["Idriss Mahamat"] == ("TCD", "General")
    assert found["Hassan Rashad"] == ("EGY", "Intelligence Chief")


def test_an_attorney_general_is_no_soldier(nlp):
    found = people(nlp, "US Attorney General Pam Bondi said the case was closed.")
    assert found["Pam Bondi"] == ("USA", "Attorney General")


def test_a_name_ending_in_a_full_stop_ends_there(nlp):
    found = people(nlp, "Munir met Chinese Defence Minister Dong Jun. Sri Lanka's President Anura "
                        "Kumara Dissanayake held talks in Colombo.")
    assert "Dong Jun" in found
    assert not any("Sri" in name for name in found)


def test_a_named_counterpart_holds_the_speakers_portfolio(nlp):
    found = people(nlp, "Colombian Foreign Minister Luis Murillo met his Venezuelan counterpart Yvan Gil "
                        "in Caracas. Peruvian President Dina Boluarte and her Bolivian counterpart Luis "
                        "Arce met at the border.")
    assert found["Yvan Gil"] == ("VEN", "Foreign Minister")
    assert found["Luis Arce"] == ("BOL", "President")


def test_a_countrys_army_is_its_known_armed_forces(nlp):
    found = drafts(nlp, "Israel's military said it had struck targets overnight. The IDF said two "
                        "soldiers were wounded.")
    assert found["Israel Defense Forces"][:2] == ("Organization", "ISR")
    assert "Israel's military" in found["Israel Defense Forces"][2]
    assert not any(name.startswith("Israeli Armed") for name in found)


def test_a_surname_spoken_to_is_a_person(nlp):
    found = drafts(nlp, "Downing Street said the prime minister had spoken to Zelenskiy on Monday.")
    assert found.get("Zelenskiy", ("?",))[0] == "Person"


def test_a_two_word_name_receiving_someone_is_a_person(nlp):
    found = drafts(nlp, "Isaias Afwerki received Abiy Ahmed at the airport.")
    assert found.get("Isaias Afwerki", ("?",))[0] == "Person"


def test_name_particles_keep_the_surname_the_model_cut_off(nlp):
    found = people(nlp, "Ursula von der Leyen and Charles Michel met Xi Jinping in Beijing.")
    assert "Ursula von der Leyen" in found
    assert "Leyen" not in drafts(nlp, "Ursula von der Leyen and Charles Michel met Xi Jinping in Beijing.")


def test_an_untagged_three_word_name_hosting_someone_is_a_person(nlp):
    found = people(nlp, "Recep Tayyip Erdogan hosted Ilham Aliyev in Ankara.")
    assert "Recep Tayyip Erdogan" in found or "Tayyip Erdogan" in found


def test_an_embassy_where_something_happens_is_a_place(nlp):
    found = drafts(nlp, "Thousands protested outside the Danish embassy in Niamey. The Danish embassy "
                        "said its staff were safe.")
    assert found["Danish embassy"][0] == "Place"
    assert found["Danish Embassy"][:2] == ("Organization", "DNK")


def test_a_name_with_a_title_set_after_it_is_a_person(nlp):
    found = drafts(nlp, "Amara Kone Diallo, chairperson of the African Union Commission, hailed the truce as a turning point.")
    assert found.get("Amara Kone Diallo", ("?",))[0] == "Person", found


def test_a_body_described_after_a_comma_stays_a_body(nlp):
    found = drafts(nlp, "The World Food Programme, the largest humanitarian agency, said aid had stopped.")
    assert found.get("World Food Programme", ("?",))[0] == "Organization", found


def test_its_foreign_ministry_is_the_ministry_of_the_country_that_acts(nlp):
    found = drafts(nlp, "Algeria recalled the French ambassador's accreditation in March, and its foreign "
                        "ministry accused Paris of interference.")
    ministries = {name: v for name, v in found.items() if "Ministry" in name}
    assert ministries and all(v[1] == "DZA" for v in ministries.values()), ministries


@pytest.mark.parametrize("text,word", [
    ("Delhi expelled a diplomat over the killing of a Sikh activist in Surrey.", "Sikh"),
    ("Ankara condemned the burning of a Koran outside its embassy in Copenhagen.", "Koran"),
    ("Sweden's prime minister condemned the Islamophobic act outside the embassy.", "Islamophobic"),
])
def test_faiths_books_and_adjectives_are_no_organisations(nlp, text, word):
    assert word not in drafts(nlp, text)


def test_a_countrys_somebody_the_model_calls_a_place_is_a_person(nlp):
    found = drafts(nlp, "Russia's Sergei Shoigu and Ukraine's Oleksandr Kubrakov signed the grain deal in "
                        "Istanbul on Friday.")
    assert found.get("Oleksandr Kubrakov", ("?",))[0] == "Person", found


@pytest.mark.parametrize("text,portfolio", [
    ("EU Enlargement Commissioner Olivér Várhelyi visited Skopje on Monday.", "EU Enlargement"),
    ("Indian Home Affairs Minister Amit Shah visited Srinagar on Monday.", "Indian Home Affairs"),
])
def test_a_portfolio_before_a_title_is_no_organisation(nlp, text, portfolio):
    found = drafts(nlp, text)
    assert portfolio not in found, found


def test_an_honorific_before_a_surname_is_no_part_of_the_name(nlp):
    found = drafts(nlp, "Kenyan President William Ruto hosted Haitian Prime Minister Ariel Henry in Nairobi. "
                        "Mr Ruto said the deployment would go ahead.")
    assert "Mr Ruto" not in found, found
    assert "William Ruto" in found, found


def test_two_surnames_the_model_takes_for_one_name_are_two_people(nlp):
    found = drafts(nlp, "Peruvian President Alberto Fujimori met Ecuadorian President Jamil Mahuad in "
                        "Brasilia. Fujimori and Mahuad are expected to meet again at the border next year.")
    assert "Fujimori and Mahuad" not in found
    assert found["Alberto Fujimori"][0] == found["Jamil Mahuad"][0] == "Person"


def drafts_with_org(nlp, text: str, org: str, label: str = "ORG") -> dict[str, tuple[str, str | None, list[str]]]:
    """As `drafts`, with the model's entities redone so that `org` is one ORG entity (the
    misreading the model makes of some names, forced here so the test does not hang on it)."""
    from spacy.tokens import Span

    from diplograph.extract.coref import Entities
    from diplograph.extract.mentions import find_mentions
    from diplograph.gazetteer import get_gazetteer

    doc = nlp(text)
    at = text.index(org)
    span = doc.char_span(at, at + len(org), label=label)
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start, span.end, label)]
    gaz = get_gazetteer()
    ents = Entities(doc, find_mentions(doc, gaz), gaz)
    return {d.name: (d.type, d.country, list(d.names)) for d in ents.drafts.values() if d.mentions}


def test_a_name_listed_like_a_person_of_a_country_beside_a_person_is_a_person(nlp):
    found = drafts_with_org(nlp, "The ministers, Ivan Petrov of Bulgaria and Nadia Popescu of Romania, "
                                 "signed the treaty.", "Nadia Popescu of Romania")
    assert found.get("Nadia Popescu", ("?",))[0] == "Person", found
    assert found["Ivan Petrov"][:2] == ("Person", "BGR")  # "of Bulgaria" says whose minister


def test_a_hyphenated_name_the_model_reads_as_a_body_beside_a_person_is_a_person(nlp):
    found = drafts_with_org(nlp, "The meeting was attended by Poland's Radoslaw Sikorski and Austria's "
                                 "Karl-Heinz Gruber.", "Karl-Heinz Gruber")
    assert found.get("Karl-Heinz Gruber", ("?",))[:2] == ("Person", "AUT"), found


def test_a_body_of_a_country_beside_a_person_stays_a_body(nlp):
    found = drafts_with_org(nlp, "Ivan Petrov of Bulgaria met the governor of the National Bank of "
                                 "Romania.", "National Bank of Romania")
    assert not any(kind == "Person" and "Bank" in name for name, (kind, _, _) in found.items()), found


@pytest.mark.parametrize("text, country", [
    ("South American leaders met in Ecuador on Monday.", "Ecuador"),
    ("Latin American governments criticised Mexico's plan.", "Mexico"),
])
def test_a_regions_demonym_is_not_a_countrys(nlp, text, country):
    found = drafts(nlp, text)
    assert "United States" not in found and country in found, found


def test_a_country_named_with_a_compass_word_stays_that_country(nlp):
    # guard
    found = drafts(nlp, "South African officials met North Korean diplomats.")
    assert {"South Africa", "North Korea"} <= set(found), found


def test_a_ministry_in_a_capital_is_that_countrys(nlp):
    found = drafts(nlp, "The foreign ministry in Nairobi summoned the Ugandan envoy on Friday.")
    ministries = {name: v for name, v in found.items() if "Ministry" in name}
    assert ministries and all(v[1] == "KEN" for v in ministries.values()), ministries


def _entity_at_word(nlp, text: str, word: str):
    """The draft the last mention of `word` in text is resolved to."""
    doc, ents = entities_of(nlp, text)
    at = next(t for t in reversed(doc) if t.lower_ == word)
    m = ents.mention_at(at.i)
    return ents.drafts[m.entity] if m is not None and m.entity else None


@pytest.mark.parametrize("text, country", [
    ("Sudan's junta expelled the UN envoy on Monday.", "SDN"),
    ("The Guinean junta freed two opposition leaders.", "GIN"),
    # with no country beside it: the country the story is about
    ("Burkina Faso has been isolated since the coup. Burkina Faso's neighbours met on Friday, "
     "and the junta refused to attend.", "BFA"),
])
def test_a_junta_is_the_state_it_rules(nlp, text, country):
    # a junta is the state's government, as "the government" is: one node with the state
    d = _entity_at_word(nlp, text, "junta")
    assert d is not None and (d.type, d.country) == ("Country", country), d


def test_the_military_rulers_of_a_story_that_names_a_junta_are_that_junta(nlp):
    d = _entity_at_word(nlp, "Guinea's junta said on Monday it would hold elections. The soldiers who seized "
                             "power in September met ECOWAS envoys, and the bloc urged Guinea's military "
                             "rulers to free the president.", "rulers")
    assert d is not None and d.name == "Guinea", d


def test_a_military_government_is_its_country_where_no_junta_is_named(nlp):
    # guard: without the word, the golds keep such governments as their states
    found = drafts(nlp, "Australia expelled Fiji's envoy, hitting back at the military government in Suva.")
    assert found and not any("junta" in name for name in found), found


def test_the_junta_tagged_as_a_proper_noun_is_the_junta_named_before(nlp):
    # the small model tags a lone lower-case "junta" PROPN in some sentences
    d = _entity_at_word(nlp, "Chad's junta was defiant. On Tuesday, the junta refused entry to a joint delegation.",
                        "junta")
    assert d is not None and d.name == "Chad", d


@pytest.mark.parametrize("label", ["GPE", "ORG"])
def test_a_name_the_model_reads_as_a_place_joined_to_a_person_is_a_person(nlp, label):
    found = drafts_with_org(nlp, "The national security advisers, Tomas Varga and Peter Novak, met in Vienna on Friday.",
                            "Tomas Varga", label)
    assert found.get("Tomas Varga", ("?",))[0] == "Person", found


def test_a_place_joined_to_a_person_by_a_preposition_stays_a_place(nlp):
    # guard
    found = drafts(nlp, "Talks between Peter Novak and the Czech Republic resumed on Friday.")
    assert found.get("Czech Republic", ("?",))[0] == "Country", found


def test_a_disease_tagged_as_an_organisation_is_no_actor(nlp):
    from test_extract import run
    ex = run(nlp, "Germany sent 50,000 doses of COVID-19 vaccine to Kenya on Monday.")
    assert "COVID-19" not in {e.name for e in ex.entities}, [e.name for e in ex.entities]


def test_a_ministry_of_no_known_country_doing_nothing_is_no_actor(nlp):
    from test_extract import run
    ex = run(nlp, "Talks resumed on Monday. The foreign ministry declined to comment on the schedule.")
    assert not [e.name for e in ex.entities if e.type == "Organization"], [e.name for e in ex.entities]


def test_a_hyphenated_given_name_after_a_title_is_one_name(nlp):
    from test_extract import run
    ex = run(nlp, "Kazakh President Kassym-Jomart Tokayev appealed to Moscow for help on Wednesday.")
    assert "Kassym-Jomart Tokayev" in {e.name for e in ex.entities}, [e.name for e in ex.entities]


def test_a_spokesman_for_a_titled_leader_leaves_the_leader_his_title(nlp):
    from test_extract import run
    ex = run(nlp, "A spokesman for Latvian Prime Minister Evika Silina said Riga held Moscow responsible.")
    silina = [e for e in ex.entities if e.name == "Evika Silina"]
    assert silina and silina[0].country == "LVA" and silina[0].title == "Prime Minister", \
        [(e.name, e.country, e.title) for e in ex.entities]


def test_a_given_name_the_model_left_out_belongs_to_the_name(nlp):
    # the model tags only "Kono" and "Fogh Rasmussen"; the untagged capitalised word before is the given name
    found = drafts(nlp, "The envoy, Masaharu Kono, would return on Monday.")
    assert "Masaharu Kono" in found, sorted(found)
    found = drafts(nlp, "The talks were chaired by Anders Fogh Rasmussen.")
    assert "Anders Fogh Rasmussen" in found, sorted(found)


def test_a_word_before_a_name_at_the_start_of_a_sentence_stays_out(nlp):
    # guard: a capitalised word opening the sentence may be anything
    from spacy.tokens import Doc, Span

    from diplograph.extract.mentions import _given_name_left_out

    doc = Doc(nlp.vocab, words=["Yesterday", "Kono", "left", ",", "Masaharu", "Kono", "said"],
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB"],
              sent_starts=[True, False, False, False, False, False, False])
    doc.ents = [Span(doc, 1, 2, "PERSON"), Span(doc, 5, 6, "PERSON")]
    assert not _given_name_left_out(doc, 1, {}, set())
    assert _given_name_left_out(doc, 5, {}, set())


def test_a_citys_name_after_a_title_opens_a_persons_name(nlp):
    # the model reads "Santiago Pena" as an organisation and the gazetteer knows Santiago as Chile's capital
    found = drafts(nlp, "Paraguay's outgoing leader will hand over to president-elect Santiago Pena next month.")
    assert found.get("Santiago Pena", ("?",))[0] == "Person", sorted(found)
    assert "Chile" not in found


def test_a_name_the_model_calls_a_place_is_a_person_when_a_title_is_set_beside_it(nlp):
    found = drafts(nlp, "Rasmus Paludan, leader of a small far-right party, burned a flag outside the embassy on Friday.")
    assert found.get("Rasmus Paludan", ("?",))[0] == "Person", sorted(found.items())


def test_a_place_with_a_title_like_word_beside_it_stays_a_place(nlp):
    # guard: "capital" is no person's title
    found = drafts(nlp, "Santa Cruz, capital of the eastern lowlands, was calm on Friday.")
    assert found.get("Santa Cruz", ("?",))[0] != "Person", sorted(found.items())


def test_the_head_of_a_body_of_no_country_is_no_citizen_of_the_capital_he_visits(nlp):
    found = people(nlp, "Xi Jinping received European Commission President Ursula von der Leyen in Beijing on Friday.")
    assert found["Ursula von der Leyen"][0] is None, found


def test_a_host_met_in_his_capital_is_of_its_country(nlp):
    # guard: "met Assad in Damascus"
    found = people(nlp, "The Saudi foreign minister met Bashar al-Assad in Damascus on Tuesday.")
    assert found["Bashar al-Assad"][0] == "SYR", found


def test_an_organisation_the_model_runs_on_into_a_preposition_is_none(nlp):
    # the model reads "the Tribunal in" as one organisation
    found = drafts(nlp, '"The ruling by the Tribunal in the India-Pakistan arbitration is final," a spokesman said.')
    assert not [n for n, (t, _, _) in found.items() if t == "Organization"], found


@pytest.mark.parametrize("text,name,acronym", [
    ("Troops of the Sudanese Armed Forces (SAF) moved north. The SAF later accused the RSF of looting.",
     "Sudanese Armed Forces", "SAF"),
    ("The Tigray People's Liberation Front (TPLF) signed the deal. Later the TPLF accused Eritrea of looting.",
     "Tigray People's Liberation Front", "TPLF"),
])
def test_an_acronym_set_after_a_bodys_name_is_that_body_wherever_it_recurs(nlp, text, name, acronym):
    found = drafts(nlp, text)
    assert acronym not in found and acronym in found[name][2], found


def test_an_acronym_of_the_name_in_another_language_keeps_the_whole_name(nlp):
    # "CNSP" shares most letters with the English name; "Officers of the" opening the sentence is no part of it
    found = drafts(nlp, "Officers of the National Council for the Safeguard of the Homeland (CNSP) took power on Friday.")
    assert "National Council for the Safeguard of the Homeland" in found, sorted(found)


@pytest.mark.parametrize("text,name", [
    ("In Washington, State Department spokesman J.R. Halvorsen said the talks would go on.", "J.R. Halvorsen"),
    ("The movement's founder, Ernest Wamba dia Wamba, refused to sign the accord.", "Ernest Wamba dia Wamba"),
])
def test_initials_and_the_particle_dia_stay_inside_a_name(nlp, text, name):
    found = drafts(nlp, text)
    assert name in found, sorted(found)


def test_a_body_owned_by_a_state_or_region_is_named_without_its_owner(nlp):
    found = drafts(nlp, "The North's National Defence Commission called the report a fabrication on Thursday.")
    assert "National Defence Commission" in found, sorted(found)


def test_a_possessive_inside_a_name_stays(nlp):
    # guard: "People's" is part of the name
    found = drafts(nlp, "The People's Alliance for Democracy staged a protest in Bangkok on Friday.")
    assert "People's Alliance for Democracy" in found, sorted(found)


def test_an_organisation_is_named_without_the_lower_case_words_saying_what_it_is(nlp):
    # the model took "Keidanren business federation" as one name in a longer article; a
    # small Doc stands for that reading
    from spacy.tokens import Doc

    from diplograph.extract.mentions import _name_end

    doc = Doc(nlp.vocab, words=["the", "Keidanren", "business", "federation", "of", "Japan", "Federation", "of", "Korea"],
              pos=["DET", "PROPN", "NOUN", "PROPN", "ADP", "PROPN", "PROPN", "ADP", "PROPN"])
    assert _name_end(doc, 1, 4) == 2
    assert _name_end(doc, 6, 9) == 9  # guard: "Federation of Korea" ends with a name


def test_a_fathers_name_after_bin_is_not_the_sons_short_name(nlp):
    from test_extract import run

    ex = run(nlp, "Saudi Crown Prince Mohammed bin Salman met Erdogan on Monday. Erdogan also spoke to King Salman "
                  "by telephone on Tuesday.")
    names = {e.name for e in ex.entities if e.type == "Person"}
    assert "Mohammed bin Salman" in names and any(n.endswith("Salman") and "bin" not in n for n in names), names


def test_a_paternal_surname_names_the_one_titled_before_his_brother(nlp):
    from test_extract import run

    ex = run(nlp, "Cuban President Raul Castro Ruz spoke on state television on Wednesday. Castro said Havana and "
                  "Washington would restore relations. His brother Fidel Castro made no comment.")
    raul = next(e for e in ex.entities if e.name == "Raul Castro Ruz")
    assert "Castro" in raul.aliases, [(e.name, e.aliases) for e in ex.entities]


def test_a_house_of_representatives_abroad_is_not_the_american_one(nlp):
    # general knowledge: Nepal, Australia, Japan, Nigeria... have houses of representatives and
    # senates; only "the U.S. House" or "the U.S. Senate" is the American one
    from diplograph.extract import extract
    from diplograph.records import Document

    ex = extract(Document(id="t", text="Nepal's King Gyanendra said on Monday he was restoring the House of "
                                       "Representatives and called on the parties to lead the country. The "
                                       "Senate of the Philippines voted on the bill.", published="2006-04-25"), nlp=nlp)
    names = {e.name for e in ex.entities}
    assert not names & {"U.S. House of Representatives", "U.S. Senate"}, names


def _people(ex) -> dict[str, set[str]]:
    return {e.name: {e.name, *e.aliases} for e in ex.entities if e.type == "Person"}


@pytest.mark.parametrize("text, full, short", [
    ("Egypt's Abdel Fattah el-Sisi spoke with Jordan's king. Al-Sisi later phoned Biden.",
     "Abdel Fattah el-Sisi", "Al-Sisi"),
    ("Iraqi Prime Minister Nouri al-Maliki met Biden. Al-Maliki later accused Syria of meddling.",
     "Nouri al-Maliki", "Al-Maliki"),
    ("Syrian President Bashar al-Assad met Putin. Bashar Al-Assad later called Erdogan.",
     "Bashar al-Assad", "Bashar Al-Assad"),
])
def test_an_arabic_article_written_otherwise_is_the_same_person(nlp, text, full, short):
    people = _people(run(nlp, text))
    assert short in people.get(full, set()), people


@pytest.mark.parametrize("text, full, short", [
    ("Saudi Crown Prince Mohammed bin Salman met Biden. MBS later called Putin.", "Mohammed bin Salman", "MBS"),
    ("Mexican President Andres Manuel Lopez Obrador met Joe Biden. AMLO later criticised Washington.",
     "Andres Manuel Lopez Obrador", "AMLO"),
    ("Crown Prince Mohamed bin Zayed al-Nahyan met Macron. MBZ later called Putin.",
     "Mohamed bin Zayed al-Nahyan", "MBZ"),
])
def test_initials_are_the_person_named_in_full_before(nlp, text, full, short):
    people = _people(run(nlp, text))
    assert short in people.get(full, set()), people
    assert short not in people


def test_an_acronym_that_is_nobody_s_initials_stays_an_organisation(nlp):
    ex = run(nlp, "Mahmoud Abbas met Antony Blinken in Ramallah. The PLO later urged Israel to halt settlement building.")
    assert "PLO" not in _people(ex)


@pytest.mark.parametrize("text, person", [
    ("Sudan's army chief Lt. Gen. Abdel Fattah al-Burhan met the U.S. envoy on Monday.", "Abdel Fattah al-Burhan"),
    # (a guard: the model keeps this one whole either way)
    ("Maj. Gen. Ahmed Salem met the Egyptian envoy on Monday.", "Ahmed Salem"),
])
def test_an_abbreviated_rank_written_capitalised_is_a_title_not_a_person(nlp, text, person):
    people = _people(run(nlp, text))
    assert person in people and not [p for p in people if p in ("Lt", "Maj", "Lt.", "Maj.")], people


# Official readouts (foreign ministries, state news agencies) write whose office a title is
# between the title and the name, and address people as "H.E." or "His Excellency".

@pytest.mark.parametrize("text, person, country", [
    ("Qin Gang met with Foreign Minister of the Republic of Korea Park Jin via video link on Thursday.",
     "Park Jin", "KOR"),
    ("Wang Yi met with Foreign Minister of Pakistan Bilawal Bhutto Zardari in Goa on Friday.",
     "Bilawal Bhutto Zardari", "PAK"),
    ("President of the Republic of Kazakhstan Kassym-Jomart Tokayev received Xi Jinping in Astana.",
     "Kassym-Jomart Tokayev", "KAZ"),
    # the model ran the country and the name into one place
    ("Putin held talks with President of the Central African Republic Faustin-Archange Touadéra.",
     "Faustin-Archange Touadéra", "CAF"),
    # the state's style before a country the gazetteer knows by its short name
    ("Sergey Lavrov held talks with Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan "
     "in Moscow on Monday.", "Hakan Fidan", "TUR"),
    ("The king received Mohammed Ali, Minister of Foreign Affairs of the Kingdom of Bahrain, on Monday.",
     "Mohammed Ali", "BHR"),
])
def test_a_title_of_a_country_before_a_name_is_that_countrys_office(nlp, text, person, country):
    found = {e.name: e for e in run(nlp, text).entities}
    assert person in found, list(found)
    assert found[person].country == country and found[person].title is not None


def test_a_readout_meeting_with_a_title_of_a_country_is_found(nlp):
    ex = run(nlp, "On 11 May, State Councilor and Foreign Minister Qin Gang met with Foreign Minister "
                  "of the Republic of Korea Park Jin via video link.")
    assert ("CONSULT", frozenset({"Qin Gang", "Park Jin"})) in edges(ex)


@pytest.mark.parametrize("text, person", [
    ("H.E. Sergey Lavrov arrived in Abu Dhabi on Tuesday.", "Sergey Lavrov"),
    # (guards: the model leaves these forms out of the name by itself)
    ("His Excellency Mr. Wang Yi met the Brazilian ambassador on Monday.", "Wang Yi"),
    ("The minister received H.E. Mr. Subrahmanyam Jaishankar in Riyadh.", "Subrahmanyam Jaishankar"),
])
def test_a_form_of_address_is_not_part_of_the_name(nlp, text, person):
    people = _people(run(nlp, text))
    assert person in people, people


@pytest.mark.parametrize("text, envoy, country", [
    ("Prime Minister Pham Minh Chinh received Ambassador of Lao PDR to Viet Nam Khamphao Ernthavanh "
     "in Hanoi on Tuesday.", "Khamphao Ernthavanh", "LAO"),
    ("Foreign Minister Wang Yi met with Ambassador of Pakistan to China Moin ul Haque in Beijing.",
     "Moin ul Haque", "PAK"),
    ("Wang Yi met with Pakistani Ambassador to China Moin ul Haque in Beijing.", "Moin ul Haque", "PAK"),
])
def test_an_ambassador_of_one_country_to_another_is_the_senders(nlp, text, envoy, country):
    ex = run(nlp, text)
    found = {e.name: e for e in ex.entities}
    assert envoy in found, list(found)
    assert found[envoy].country == country and found[envoy].title == "Ambassador"
    assert any(t == "CONSULT" and envoy in names for t, names in edges(ex))  # the courtesy call


def test_a_title_before_a_form_of_address_is_still_the_persons(nlp):
    found = {e.name: e for e in run(nlp, "EAM Dr. S. Jaishankar met Hakan Fidan on the sidelines of "
                                         "the G20 summit on Monday.").entities}
    assert "EAM" not in found  # India's External Affairs Minister, abbreviated
    assert found["S. Jaishankar"].title == "Foreign Minister"


def test_royal_highness_is_a_form_of_address_not_a_person(nlp):
    people = _people(run(nlp, "Wang Yi met Her Royal Highness Princess Anne in London on Monday."))
    assert "Royal Highness" not in people and "Anne" in " ".join(people), people


def test_an_office_in_apposition_names_the_person_and_its_country(nlp):
    text = ("H.E. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International "
            "Cooperation, received H.E. Sergey Lavrov, Minister of Foreign Affairs of the Russian "
            "Federation, in Abu Dhabi yesterday.")
    found = {e.name: e for e in run(nlp, text).entities}
    assert "International Cooperation" not in found  # a joint portfolio, not an organisation
    assert found["Sergey Lavrov"].country == "RUS" and found["Sergey Lavrov"].title == "Foreign Minister"
    # the office, not the rank of birth ("Sheikh"), is the title that finds counterparts
    sheikh = next(e for e in found.values() if e.name.startswith("Abdullah bin Zayed"))
    assert sheikh.title == "Foreign Minister"


@pytest.mark.parametrize("text, person, not_a_person", [
    # guards: a portfolio stops before a name, another's title, or a body of the country
    ("Saudi Minister of Energy Abdulaziz bin Salman met Alexander Novak in Riyadh.",
     "Abdulaziz bin Salman", None),
    ("Yemane Gebremeskel, director of President Isaias Afwerki's office, said Asmara would not withdraw.",
     "Isaias Afwerki", None),
    # (a guard for "of <country>" before capitalised words that are no name)
    ("Admiral Mike Mullen, chairman of the U.S. Joint Chiefs of Staff, was in Islamabad on Wednesday.",
     "Mike Mullen", "Joint Chiefs"),
])
def test_a_portfolio_does_not_swallow_what_follows(nlp, text, person, not_a_person):
    people = _people(run(nlp, text))
    assert person in people, people
    assert not any(not_a_person and not_a_person in p for p in people), people


@pytest.mark.parametrize("text, person", [
    # (all but the third are guards of the tokenizer's new abbreviations: "Amb." made one word
    # was read as a person's name until it became a title)
    ("Foreign Secretary the Rt. Hon. James Cleverly MP met Han Zheng in London on Friday.", "James Cleverly"),
    ("The Hon. Anthony Albanese MP met Fumio Kishida in Hiroshima on Saturday.", "Anthony Albanese"),
    ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, met Park Jin on Monday.", "Hayashi Yoshimasa"),
    ("U.S. envoy Amb. Tom Perriello met Sudanese officials in Port Sudan on Monday.", "Tom Perriello"),
])
def test_honorifics_seats_and_capitalised_family_names_leave_a_plain_name(nlp, text, person):
    people = _people(run(nlp, text))
    assert person in people, people


def test_a_title_of_a_country_without_a_name_is_that_countrys_office_holder(nlp):
    ex = run(nlp, "Russian President Vladimir Putin met with the President of Mozambique, Filipe Nyusi. "
                  "The President of Russia also held talks with President Faustin-Archange Touadera on Friday.")
    e = edges(ex)
    assert ("CONSULT", frozenset({"Vladimir Putin", "Faustin-Archange Touadera"})) in e, e
    assert ("CONSULT", frozenset({"Filipe Nyusi", "Faustin-Archange Touadera"})) not in e  # not the last president named


def test_an_office_in_apposition_gives_a_titled_person_a_country(nlp):
    found = {e.name: e for e in run(nlp, "Admiral Mike Mullen, chairman of the U.S. Joint Chiefs of Staff, "
                                         "was in Islamabad on Wednesday.").entities}
    assert found["Mike Mullen"].country == "USA"


def test_a_river_is_no_organisation(nlp):
    found = {e.name: e for e in run(nlp, "Abiy said Ethiopia had no intention of harming Egypt's share "
                                         "of the Nile waters.").entities}
    assert "Nile" not in found or found["Nile"].type == "Place"


def test_a_name_set_beside_a_title_of_a_country_is_a_person_whatever_the_model_tagged(nlp):
    # the model tags "Ulf Kristersson" as a place here
    e = edges(run(nlp, "NATO Secretary General Jens Stoltenberg met with the Prime Minister of Sweden, "
                       "Ulf Kristersson, at NATO Headquarters on Thursday."))
    assert ("CONSULT", frozenset({"Jens Stoltenberg", "Ulf Kristersson"})) in e, e


@pytest.mark.parametrize("text, movement", [
    ("UN Secretary-General Antonio Guterres welcomed the agreement reached between the Government of Sudan "
     "and the Sudan People's Liberation Movement-North on Friday.", "Sudan People's Liberation Movement-North"),
    ("The Pakistan Peoples Party accused Imran Khan of treason on Monday.", "Pakistan Peoples Party"),
])
def test_a_party_or_movement_named_after_its_country_is_itself(nlp, text, movement):
    found = {e.name: e for e in run(nlp, text).entities}
    assert movement in found and found[movement].type == "Organization", list(found)


def test_a_party_title_with_the_country_inside_the_partys_name(nlp):
    ex = run(nlp, "Chinese President Xi Jinping on Tuesday held talks with General Secretary of the Communist "
                  "Party of Vietnam Central Committee Nguyen Phu Trong in Hanoi.")
    found = {e.name: e for e in ex.entities}
    assert found["Nguyen Phu Trong"].title == "General Secretary"
    assert ("CONSULT", frozenset({"Xi Jinping", "Nguyen Phu Trong"})) in edges(ex)


@pytest.mark.parametrize("text, people", [
    ("Prime Minister Shri Narendra Modi met President of Sri Lanka Shri Ranil Wickremesinghe in New Delhi "
     "on Friday.", {"Narendra Modi", "Ranil Wickremesinghe"}),
    ("Prime Minister Dato' Seri Anwar Ibrahim received Singapore Prime Minister Lee Hsien Loong in "
     "Putrajaya on Monday.", {"Anwar Ibrahim", "Lee Hsien Loong"}),
    ("Myanmar's President U Thein Sein met Daw Aung San Suu Kyi in Naypyidaw on Sunday.",
     {"Thein Sein", "Aung San Suu Kyi"}),
    ("Former Prime Minister Tun Dr Mahathir Mohamad met Tan Sri Muhyiddin Yassin on Monday.",
     {"Mahathir Mohamad", "Muhyiddin Yassin"}),
])
def test_south_and_southeast_asian_honorifics_are_not_names(nlp, text, people):
    ex = run(nlp, text)
    assert ("CONSULT", frozenset(people)) in edges(ex), edges(ex)


def test_an_organisations_acronym_keeps_its_capitals(nlp):
    # (the capitals of a family name are written as a name; an organisation's are its own)
    found = {e.name for e in run(nlp, "CPC International Department head Liu Jianchao met U.S. Secretary of "
                                      "State Antony Blinken in Washington on Friday.").entities}
    assert "CPC International Department" in found and "Cpc International Department" not in found, found


@pytest.mark.parametrize("text, person, org", [
    ("Xi Jinping met with Secretary-General of the United Nations Antonio Guterres in Beijing on Friday.",
     "Antonio Guterres", "United Nations"),
    ("Xi Jinping met with President of the European Commission Ursula von der Leyen in Beijing on Friday.",
     "Ursula von der Leyen", "European Commission"),
    # the model tags the name as an organisation of its own after the body's
    ("Vladimir Putin met with Chairperson of the African Union Commission Moussa Faki Mahamat on Friday.",
     "Moussa Faki Mahamat", "African Union"),
])
def test_a_title_of_an_organisation_before_a_name_is_that_bodys_office(nlp, text, person, org):
    ex = run(nlp, text)
    found = {e.name: e for e in ex.entities}
    assert person in found and found[person].title is not None, list(found)
    assert any(t == "CONSULT" and person in names for t, names in edges(ex)), edges(ex)


def test_a_body_named_after_its_parent_is_no_person(nlp):
    # (a guard for the rule above: "of the U.N." is followed by the body's own name)
    people = _people(run(nlp, "Inger Andersen, head of the U.N. Environment Programme, told the meeting "
                              "that data sharing was essential."))
    assert not any("Environment" in p for p in people), people


def test_a_title_word_run_on_by_a_hyphen_is_part_of_a_name(nlp):
    # "Amir" is a form of the title Emir; in "Amir-Abdollahian" it opens a surname
    found = drafts(nlp, "Prince Faisal invited Amir-Abdollahian to visit Riyadh.")
    assert "Amir-Abdollahian" in found and "-Abdollahian" not in found, found
    # (a guard) a hyphenated title matched whole stays a title
    found = drafts(nlp, "Secretary-General Antonio Guterres met the minister.")
    assert "Antonio Guterres" in found, found


def test_a_countrys_party_is_that_countrys_and_no_other(nlp):
    from diplograph.records import Document
    from diplograph.resolve import resolve
    from diplograph.extract import extract

    docs = [Document(id=f"d{n}", text=t, published="2024-03-14") for n, t in enumerate([
        "Vietnam's ruling Communist Party criticised China on Monday.",
        "China's Communist Party criticised Japan on Monday.",
        "The Communist Party of Vietnam praised Laos.",
        "The Communist Party criticised Laos.",  # of no country the story says
    ])]
    res = resolve([(d, extract(d, nlp=nlp)) for d in docs])
    parties = sorted((a.name, a.documents) for a in res.actors if "Communist Party" in a.name)
    assert parties == [("Communist Party", ("d3",)), ("Communist Party of China", ("d1",)),
                       ("Communist Party of Vietnam", ("d0", "d2"))]


def test_a_ministry_in_a_capital_opening_the_sentence_is_that_countrys(nlp):
    found = drafts(nlp, "In Beijing, Foreign Ministry spokesman Qin Gang said China hoped all parties would "
                        "exercise restraint. In Tokyo, the foreign ministry criticised Laos.")
    assert found["Chinese Ministry of Foreign Affairs"][:2] == ("Organization", "CHN"), found
    assert found["Japanese Ministry of Foreign Affairs"][:2] == ("Organization", "JPN"), found


def test_police_in_a_capital_are_no_body_of_their_own(nlp):
    # (a guard) "In Phnom Penh, police arrested X": the country's doing, as the golds code it
    found = drafts(nlp, "In Phnom Penh, police arrested a radio station owner on Friday.")
    assert not any("Police" in name for name in found), found



@pytest.mark.parametrize("text, typ, country, target", [
    ("Tunisia accused Libya of arming the smugglers. A Libyan government spokesman rejected the "
     "accusation.", "REJECT", "LBY", "Tunisia"),
    ("An Indian army spokesman warned Nepal against further incursions.", "THREATEN", "IND", "Nepal"),
])
def test_a_spokesman_of_a_countrys_government_or_army_speaks_for_that_country(nlp, text, typ, country, target):
    # the word naming the part of the state stands between the country and the title
    ex = run(nlp, text)
    by_key = {e.key: e for e in ex.entities}
    hits = [(by_key[k].name, by_key[k].country, [by_key[t].name for t in i.target])
            for i in ex.interactions if i.type == typ for k in i.source]
    assert any(c == country and target in tgt for _, c, tgt in hits), hits


@pytest.mark.parametrize("text, name", [
    # a sentence opening with a given name the model left out of the name it tagged
    ("The talks resumed on Monday. Marcel Alain de Souza, head of the commission, said the deadline stood.",
     "Marcel Alain de Souza"),
    # an untagged name with a particle inside it
    ("Marcel Alain de Souza, president of the ECOWAS Commission, said the deadline stood.",
     "Marcel Alain de Souza"),
])
def test_a_name_keeps_its_given_names_and_particles(nlp, text, name):
    found = drafts(nlp, text)
    assert name in found and found[name][0] == "Person", sorted(found)


def test_a_guest_received_in_a_capital_is_not_of_its_country(nlp):
    # guard: a country said in front of the name stays; one met in his own capital is its
    found = drafts(nlp, "China received Pakistani envoy Riaz Khokhar in Beijing last week. Syrian forces "
                        "shelled the town, and Putin later met Bashar al-Assad in Damascus.")
    assert found["Riaz Khokhar"][1] == "PAK", found  # his own, not his host's
    assert found["Bashar al-Assad"][1] == "SYR", found  # met in his own capital, he is its


def test_a_guest_with_no_country_said_takes_none_from_the_capital(nlp):
    found = drafts(nlp, "China received Mian Nawaz Sharif in Beijing last week.")
    assert found["Mian Nawaz Sharif"][1] is None, found


def test_a_name_set_beside_a_title_after_a_comma_is_a_person(nlp):
    found = drafts_with_org(nlp, "Rabat summoned Spain's ambassador, Ricardo Diez-Hochleitner, in April.",
                            "Ricardo Diez-Hochleitner")
    assert found.get("Ricardo Diez-Hochleitner", ("?",))[:2] == ("Person", "ESP"), found


def test_a_title_followed_by_a_comma_and_a_clause_takes_no_name(nlp):
    # guard
    found = drafts(nlp, "The ambassador, Washington said, had left Madrid.")
    assert not any(t == "Person" for t, _, _ in found.values()), found


def test_a_title_with_its_region_before_a_name_names_that_person(nlp):
    # "for the <Region>" belongs to the title, which then names the person after it
    found = people(nlp, "The U.S. special envoy for the Horn of Africa Donald Booth flew to Khartoum on Monday.")
    assert found.get("Donald Booth", (None,))[0] == "USA", found


def test_a_title_with_its_region_set_beside_a_name_is_that_persons(nlp):
    # guard: the office's word, not its region's ("Balkans"), says whether it is one person
    _, ents = entities_of(nlp, "She and the bloc's special envoy for the Western Balkans, Marek Novak, "
                               "hosted the two leaders in Ohrid.")
    nominal = [m for m in ents.mentions if m.kind == "nominal" and "envoy" in m.text]
    assert nominal and not nominal[0].plural and nominal[0].entity is not None, \
        [(m.kind, m.text, m.plural, m.entity) for m in ents.mentions]
    assert ents.drafts[nominal[0].entity].name == "Marek Novak"


@pytest.mark.parametrize("text, typ, body, target", [
    ("Laos and Thailand traded fire at the border. A spokeswoman for the United Nations urged both "
     "sides to show restraint.", "REQUEST", "United Nations", "Laos"),
    ("Ghana accused Togo of shelling a village. A spokesman for the African Union called on Togo to "
     "halt its fire.", "REQUEST", "African Union", "Togo"),
])
def test_an_unnamed_spokesperson_for_a_body_speaks_for_that_body(nlp, text, typ, body, target):
    ex = run(nlp, text)
    by_key = {e.key: e for e in ex.entities}
    hits = [(by_key[k].name, [by_key[t].name for t in i.target])
            for i in ex.interactions if i.type == typ for k in i.source]
    assert any(name == body and target in tgt for name, tgt in hits), hits


def test_a_bare_legislature_after_a_title_gives_its_holder_no_country(nlp):
    # guard: "speaker of Congress" might be any country's Congress; the gazetteer's guess
    # must not make a Honduran speaker American
    found = people(nlp, "Tegucigalpa swore in Roberto Micheletti, the former speaker of Congress, as "
                        "interim president.")
    assert found.get("Roberto Micheletti", ("?",))[0] != "USA", found


def test_counterparts_of_two_countries_named_in_apposition_take_those_countries_in_order(nlp):
    found = people(nlp, "Swiss Foreign Minister Ignazio Cassis hosted his Greek and Turkish counterparts, "
                        "Nikos Dendias and Mevlut Cavusoglu, for talks in Geneva.")
    assert found.get("Nikos Dendias", ("?",))[0] == "GRC" and found.get("Mevlut Cavusoglu", ("?",))[0] == "TUR", found


def test_a_bare_surname_in_what_describes_a_namesake_is_someone_else(nlp):
    # "Kim Yo Jong, a close adviser to Kim,": the adviser is not advising herself
    _, ents = entities_of(nlp, "North Korean leader Kim Jong Un opened the plant on Monday. Kim Yo Jong, a "
                               "close adviser to Kim, met South Korean officials on Tuesday.")
    bare = next(m for m in ents.mentions if m.kind == "person" and m.text == "Kim")
    assert ents.drafts[bare.entity].name == "Kim Jong Un", [(m.text, m.entity) for m in ents.mentions]


def test_a_surname_spelt_with_other_vowels_is_the_same_person_in_one_article(nlp):
    _, ents = entities_of(nlp, "Belarus forced down a jet carrying the blogger Raman Pratasevich on Sunday. "
                               "Protasevich was arrested at the airport.")
    people = {d.name for d in ents.drafts.values() if d.type == "Person" and d.mentions}
    assert people == {"Raman Pratasevich"}, people


def test_a_surname_one_letter_longer_is_another_name(nlp):
    # guard: "Abdullahi" is not "Abdullah" spelt otherwise
    found = drafts(nlp, "Somali President Mohamed Abdullahi Farmajo met Jordan's King Abdullah in Amman. "
                        "Abdullah praised the visit.")
    assert "Mohamed Abdullahi Farmajo" in found and found["Mohamed Abdullahi Farmajo"][1] == "SOM", found
    assert not any("Abdullah" in n for n in found["Mohamed Abdullahi Farmajo"][2] if n == "Abdullah"), found


@pytest.mark.parametrize("text, name, owner", [
    ("Zhang Zhijun, who heads Beijing's Taiwan Affairs Office, met Andrew Hsia on Tuesday.",
     "Taiwan Affairs Office", "CHN"),
    ("Seoul's North Korea Affairs Office issued a statement.", "North Korea Affairs Office", "KOR"),
])
def test_an_affairs_office_named_for_a_country_is_its_owners_office(nlp, text, name, owner):
    _, ents = entities_of(nlp, text)
    offices = [d for d in ents.drafts.values() if d.type == "Organization"]
    assert [(d.name, d.country) for d in offices] == [(name, owner)]


def test_a_country_body_goes_by_its_country_name_in_front_too(nlp):
    _, ents = entities_of(nlp, "Ngo Ngoc Thu, deputy commander of the Vietnam Coast Guard, spoke on Monday.")
    guard = next(d for d in ents.drafts.values() if d.type == "Organization")
    assert "Vietnam Coast Guard" in {guard.name, *guard.names}, (guard.name, guard.names)


def test_a_leader_described_after_two_named_is_the_one_the_sentence_before_was_about(nlp):
    _, ents = entities_of(nlp, (
        "President Dmitry Medvedev signed the ceasefire on Saturday, the Kremlin said. Chancellor Olaf "
        "Scholz, who held talks with Medvedev in Sochi on Friday, said the war had to end. The German "
        "leader is due in Tbilisi on Sunday."))
    leader = next(m for m in ents.mentions if m.text.lower().startswith("german leader"))
    key = ents.nominal_person(leader)
    assert ents.drafts[key].name == "Olaf Scholz", ents.drafts[key].name


@pytest.mark.parametrize("text, name, iso3", [
    ("The government suspended the permit of Belavia, Transport Secretary Grant Shapps said.", "Grant Shapps", None),
    ("Mexican Energy Minister Rocio Nahle left the meeting early.", "Rocio Nahle", "MEX"),
    ("Ukrainian Infrastructure Minister Oleksandr Kubrakov signed the deal.", "Oleksandr Kubrakov", "UKR"),
])
def test_a_portfolio_before_a_title_is_the_titles_not_a_body(nlp, text, name, iso3):
    _, ents = entities_of(nlp, text)
    assert not [d.name for d in ents.drafts.values() if d.type == "Organization"]
    person = next(d for d in ents.drafts.values() if d.type == "Person")
    assert (person.name, person.country) == (name, iso3)


def test_a_police_chief_is_titled_not_named_police(nlp):
    _, ents = entities_of(nlp, "Inspector-General of Police Khalid Abu Bakar said the four suspects had fled.")
    person = next(d for d in ents.drafts.values() if d.type == "Person")
    assert (person.name, person.title.title) == ("Khalid Abu Bakar", "Police Chief")


def test_people_counted_are_no_one_named(nlp):  # guard (the dev parse that tagged them PERSON is context-bound)
    _, ents = entities_of(nlp, "North Korea barred all Malaysians from leaving on Tuesday. Eleven Malaysians "
                               "are believed to be in North Korea, nine of them embassy staff.")
    assert not [d.name for d in ents.drafts.values() if d.type == "Person"]


@pytest.mark.parametrize("text, name", [
    ("Opposition parties, among them the Armenian Revolutionary Federation, called on the prime minister to "
     "resign.", "Armenian Revolutionary Federation"),
    ("The Kosovo Liberation Army attacked a police post on Monday.", "Kosovo Liberation Army"),
])
def test_a_movement_named_with_its_countrys_word_is_the_movement(nlp, text, name):
    _, ents = entities_of(nlp, text)
    assert name in {d.name for d in ents.drafts.values() if d.type == "Organization"}


def test_a_countrys_army_or_court_stays_the_countrys_body(nlp):  # guard
    _, ents = entities_of(nlp, "The Russian Army attacked. The Kenyan Supreme Court ruled.")
    assert {d.name for d in ents.drafts.values() if d.type == "Organization"} == {
        "Russian Armed Forces", "Supreme Court of Kenya"}


def test_four_name_words_after_a_title_are_one_name(nlp):
    found = drafts(nlp, "Soldiers led by Damiba overthrew President Roch Marc Christian Kabore in January.")
    assert "Roch Marc Christian Kabore" in found, sorted(found)


@pytest.mark.parametrize("text, name", [
    ("The court heard two witnesses, Malaysian Ahmad Zahid and Vietnamese Doan Thi Huong, on Monday.", "Doan Thi Huong"),
])
def test_a_given_name_the_model_left_out_after_a_demonym_is_the_names(nlp, text, name):
    assert name in drafts(nlp, text), sorted(drafts(nlp, text))


def test_a_plural_title_after_a_demonym_is_no_given_name(nlp):  # guard
    found = drafts(nlp, "Kim Jong Il hosted South Korean Presidents Kim Dae-jung and Roh Moo-hyun in Pyongyang in "
                        "2000 and 2007.")
    assert not any(n.startswith("Presidents") for n in found), sorted(found)


@pytest.mark.parametrize("text, portfolio, person", [
    ("On Monday, Socioeconomic Planning Secretary Arsenio Balisacan said growth would slow.", "Socioeconomic Planning",
     "Arsenio Balisacan"),
])
def test_capitalised_words_before_a_secretarys_title_are_his_portfolio(nlp, text, portfolio, person):
    found = drafts(nlp, text)
    assert person in found and portfolio not in found, sorted(found)


def test_a_party_before_a_secretarys_title_stays_an_organisation(nlp):  # guard
    found = drafts(nlp, "Communist Party Secretary Nguyen Phu Trong met Chinese President Xi Jinping in Hanoi.")
    assert "Communist Party" in found, sorted(found)


@pytest.mark.parametrize("text, name", [
    ("Thousands marched under the banner of the Movement for Justice and Democracy on Sunday.",
     "Movement for Justice and Democracy"),
    ("Argentina repaid the loan through the Federal Reserve Bank of New York last month.",
     "Federal Reserve Bank of New York"),
])
def test_an_organisations_name_the_model_cut_short_goes_on(nlp, text, name):
    found = drafts(nlp, text)
    assert name in found, sorted(found)


def test_a_capital_of_two_words_the_model_calls_a_person_is_no_person(nlp):
    found = drafts(nlp, "The court rejected every argument made by La Paz in the case.")
    assert not any(t == "Person" for n, (t, _, _) in found.items() if "Paz" in n), found


def test_a_name_set_beside_an_age_is_a_persons(nlp):
    # (the model tags this name a place)
    found = drafts(nlp, "Activists want freedom for Roman Protasevich, 26, and his partner.")
    assert found.get("Roman Protasevich", ("?",))[0] == "Person", found
