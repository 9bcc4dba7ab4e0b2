"""Extraction with the real spaCy model, on sentences written for these tests."""
from __future__ import annotations

import pytest

from diplograph.records import SYMMETRIC_TYPES, DocExtraction, Document

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-14"  # a Thursday


def run(nlp, text: str, published: str | None = PUBLISHED) -> DocExtraction:
    from diplograph.extract import extract

    return extract(Document(id="t", text=text, published=published), nlp=nlp)


def named(ex: DocExtraction) -> dict[str, str]:
    return {e.key: e.name for e in ex.entities}


def edges(ex: DocExtraction, status: str | None = "occurred") -> set[tuple]:
    """(type, frozenset|tuple of names) for every interaction."""
    names = named(ex)
    out = set()
    for i in ex.interactions:
        if status is not None and i.status != status:
            continue
        src = tuple(sorted(names[k] for k in i.source))
        tgt = tuple(sorted(names[k] for k in i.target))
        if i.type in SYMMETRIC_TYPES:
            out.add((i.type, frozenset(src + tgt)))
        else:
            for a in src:
                for b in tgt:
                    out.add((i.type, a, b))
    return out


def entity(ex: DocExtraction, name: str):
    hits = [e for e in ex.entities if e.name == name]
    assert hits, f"{name!r} not among {[e.name for e in ex.entities]}"
    return hits[0]


TEXT = (
    "Australian Prime Minister Anthony Albanese met with Indonesian President Joko Widodo "
    "in Jakarta on Tuesday.\n"
    "Albanese later said the two leaders had agreed to expand maritime cooperation.\n"
    "Follow us on Twitter for the latest updates.\n"
)


def test_offsets_slice_the_original_text(nlp):
    ex = run(nlp, TEXT)
    assert ex.entities and ex.interactions
    for e in ex.entities:
        for m in e.mentions:
            assert TEXT[m.start:m.end] == m.text
    for i in ex.interactions:
        ev = i.evidence
        assert TEXT[ev.start:ev.end] == ev.text
        assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
    keys = [e.key for e in ex.entities]
    assert len(keys) == len(set(keys))
    for i in ex.interactions:
        assert set(i.source) | set(i.target) <= set(keys)


def test_meeting_with_title_country_date_and_place(nlp):
    ex = run(nlp, TEXT)
    albanese = entity(ex, "Anthony Albanese")
    assert albanese.title == "Prime Minister" and albanese.country == "AUS"
    assert "Albanese" in albanese.aliases  # the surname joined the full name
    widodo = entity(ex, "Joko Widodo")
    assert widodo.title == "President" and widodo.country == "IDN"
    meets = [i for i in ex.interactions if i.type == "CONSULT" and i.mode == "meet"]
    assert len(meets) == 1
    m = meets[0]
    # meeting his host in the host's capital, the guest visits the host's country, the same day
    visits = [i for i in ex.interactions if i.type == "CONSULT" and i.mode == "visit"]
    assert [(v.source, named(ex)[v.target[0]], v.date) for v in visits] == [((albanese.key,), "Indonesia", m.date)]
    assert {m.source, m.target} == {(albanese.key,), (widodo.key,)}
    assert m.mode == "meet" and m.date == "2024-03-12" and m.status == "occurred"
    assert named(ex)[m.location] == "Jakarta"
    assert 0.0 <= m.confidence <= 1.0


def test_platforms_and_media_are_not_actors(nlp):
    ex = run(nlp, TEXT + "Reuters reported the meeting first.\n")
    names = {e.name for e in ex.entities}
    assert "Twitter" not in names and "Reuters" not in names


def test_visit_to_a_capital_is_a_visit_to_its_country(nlp):
    ex = run(nlp, "Kenyan President William Ruto arrived in Ottawa on Monday for a three-day state visit.")
    assert ("CONSULT", frozenset({"William Ruto", "Canada"})) in edges(ex)
    visit = next(i for i in ex.interactions if i.type == "CONSULT")
    assert visit.mode == "visit" and visit.date == "2024-03-11"


def test_nobody_visits_their_own_country(nlp):
    ex = run(nlp, "French President Emmanuel Macron returned to Paris on Friday.")
    assert not ex.interactions


def test_phone_and_video_calls(nlp):
    ex = run(nlp, "Spanish Prime Minister Pedro Sanchez held a phone call with Moroccan King Mohammed VI.")
    call = next(i for i in ex.interactions if i.type == "CONSULT")
    assert call.mode == "call"
    ex = run(nlp, "Turkish President Recep Tayyip Erdogan and German Chancellor Olaf Scholz held talks "
                  "by video link on Wednesday.")
    talk = next(i for i in ex.interactions if i.type == "CONSULT")
    assert talk.mode == "virtual" and talk.date == "2024-03-13"


def test_negation_and_wishes_are_not_events(nlp):
    ex = run(nlp, "Argentine President Javier Milei did not meet Brazilian President Lula da Silva. "
                  "Milei said he hoped to meet Lula next year.")
    assert not [i for i in ex.interactions if i.type == "CONSULT"]


def test_refusal_to_meet_is_a_rejection(nlp):
    ex = run(nlp, "Venezuelan President Nicolas Maduro refused to meet with Colombian President "
                  "Gustavo Petro last week.")
    e = edges(ex)
    assert ("REJECT", "Nicolas Maduro", "Gustavo Petro") in e
    assert not [x for x in e if x[0] == "CONSULT"]


def test_announced_meetings_are_planned(nlp):
    ex = run(nlp, "Japanese Prime Minister Fumio Kishida will meet Philippine President Ferdinand "
                  "Marcos Jr. in Manila on Saturday.")
    plans = [i for i in ex.interactions if i.type == "CONSULT"]
    assert plans and all(i.status == "planned" for i in plans)
    assert plans[0].date == "2024-03-16"


def test_cancelled_trip_is_a_sanction(nlp):
    ex = run(nlp, "Polish Foreign Minister Radoslaw Sikorski cancelled his planned visit to Hungary "
                  "in February.")
    assert ("SANCTION", "Radoslaw Sikorski", "Hungary") in edges(ex)
    cancelled = [i for i in ex.interactions if i.type == "CONSULT"]
    assert cancelled and cancelled[0].status == "cancelled"


def test_requests_accusations_and_capitals_as_governments(nlp):
    ex = run(nlp, "Moscow accused Kyiv of shelling the border region. "
                  "Nigeria urged Niger to restore constitutional order.")
    e = edges(ex)
    assert ("ACCUSE", "Russia", "Ukraine") in e
    assert ("REQUEST", "Nigeria", "Niger") in e


def test_rejected_proposal_gives_the_request_too(nlp):
    ex = run(nlp, "Tehran rejected a proposal from Washington for direct talks.")
    e = edges(ex)
    assert ("REJECT", "Iran", "United States") in e
    assert ("REQUEST", "United States", "Iran") in e


def test_owner_of_the_object_is_the_target(nlp):
    ex = run(nlp, "The Canadian foreign minister Melanie Joly condemned Russia's attack on a "
                  "hospital in Kharkiv.")
    assert ("ACCUSE", "Melanie Joly", "Russia") in edges(ex)


def test_demonym_as_actor(nlp):
    ex = run(nlp, "Egyptian officials pressed the Israelis to accept a ceasefire.")
    assert ("REQUEST", "Egypt", "Israel") in edges(ex)


def test_title_and_surname_coreference(nlp):
    text = ("German Chancellor Olaf Scholz arrived in Washington on Thursday. "
            "The chancellor met President Joe Biden at the White House. "
            "Scholz praised Biden for his support.")
    ex = run(nlp, text)
    people = [e for e in ex.entities if e.type == "Person"]
    assert sorted(p.name for p in people) == ["Joe Biden", "Olaf Scholz"]
    e = edges(ex)
    assert ("CONSULT", frozenset({"Olaf Scholz", "Joe Biden"})) in e
    assert ("SUPPORT", "Olaf Scholz", "Joe Biden") in e
    assert ("CONSULT", frozenset({"Olaf Scholz", "United States"})) in e


def test_counterpart_without_a_name_is_the_country(nlp):
    ex = run(nlp, "Indian Foreign Minister Subrahmanyam Jaishankar spoke with his Australian "
                  "counterpart on Monday.")
    assert ("CONSULT", frozenset({"Subrahmanyam Jaishankar", "Australia"})) in edges(ex)


def test_nominal_talks_between_two_leaders(nlp):
    ex = run(nlp, "The talks between Kenyan President William Ruto and Tanzanian President "
                  "Samia Suluhu Hassan lasted three hours.")
    assert ("CONSULT", frozenset({"William Ruto", "Samia Suluhu Hassan"})) in edges(ex)


def test_hyphenated_surnames_are_two_people(nlp):
    text = ("French President Emmanuel Macron hosted Indian Prime Minister Narendra Modi in Paris.\n"
            "The Macron-Modi talks lasted two hours.\n")
    ex = run(nlp, text)
    assert not [e for e in ex.entities if e.type == "Organization"]
    talks = [i for i in ex.interactions if i.evidence.rule.startswith("noun:")]
    assert talks and {named(ex)[k] for k in talks[0].source + talks[0].target} == {
        "Emmanuel Macron", "Narendra Modi"}


def test_list_item_dates_apply_to_their_body(nlp):
    text = ("Recent contacts\n"
            "Macron-Modi phone call \u2014 January 5, 2024\n"
            "French President Emmanuel Macron and Indian Prime Minister Narendra Modi discussed "
            "defence cooperation by phone.\n")
    ex = run(nlp, text)
    calls = [i for i in ex.interactions if i.type == "CONSULT"]
    assert calls and all(i.date == "2024-01-05" for i in calls)


def test_subject_pronoun_takes_the_recent_person(nlp):
    text = ("Brazilian President Luiz Inacio Lula da Silva landed in Beijing on Tuesday. "
            "He met Chinese President Xi Jinping the next day.")
    ex = run(nlp, text)
    assert ("CONSULT", frozenset({"Luiz Inacio Lula da Silva", "Xi Jinping"})) in edges(ex)


def test_person_names_that_contain_place_names(nlp):
    ex = run(nlp, "Senator Jordan Peterson met Georgia Meloni in Rome.")
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Jordan") is None and names.get("Georgia") is None


def test_empty_and_published_less_documents(nlp):
    assert run(nlp, "").interactions == ()
    ex = run(nlp, "Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday.",
             published=None)
    meet = next(i for i in ex.interactions if i.type == "CONSULT")
    assert meet.date is None and meet.date_text == "Monday"


def test_extract_many_keeps_order(nlp):
    from diplograph.extract import extract_many

    docs = [Document(id=f"d{n}", text=t, published=PUBLISHED)
            for n, t in enumerate(["Ghana urged Togo to reopen the border.", "", TEXT])]
    out = list(extract_many(docs, nlp=nlp, batch_size=2))
    assert [x.doc_id for x in out] == ["d0", "d1", "d2"]
    from diplograph.extract import EXTRACTOR_VERSION

    assert all(x.extractor_version == EXTRACTOR_VERSION for x in out)


def test_line_breaks_start_sentences():
    import spacy

    from diplograph.extract.pipeline import line_breaks

    nlp = spacy.blank("en")
    doc = line_breaks(nlp("Leaders meet in Rome\nThe talks began on Monday"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts


def test_expected_visit_is_planned_for_the_raised_subject(nlp):
    ex = run(nlp, "Brazil's President Luiz Inacio Lula da Silva is expected to visit Luanda next month, "
                  "his office said.")
    plans = [i for i in ex.interactions if i.type == "CONSULT"]
    assert plans and plans[0].status == "planned" and plans[0].mode == "visit"
    assert ("CONSULT", frozenset({"Luiz Inacio Lula da Silva", "Angola"})) in edges(ex, status="planned")


def test_sanctions_imposed_on_a_country(nlp):
    ex = run(nlp, "The European Union imposed new sanctions on Belarus over the forced landing.")
    assert ("SANCTION", "European Union", "Belarus") in edges(ex)


def test_rejecting_the_demand_just_made(nlp):
    text = ("Ghanaian President Nana Akufo-Addo urged Burkina Faso to hold elections. "
            "Ouagadougou rejected the demand on Friday.")
    ex = run(nlp, text)
    e = edges(ex)
    assert ("REQUEST", "Nana Akufo-Addo", "Burkina Faso") in e
    assert ("REJECT", "Burkina Faso", "Nana Akufo-Addo") in e


def test_a_title_in_apposition_names_the_person(nlp):
    ex = run(nlp, "The Kenyan foreign minister, Musalia Mudavadi, urged Ethiopia to resume talks.")
    people = [e for e in ex.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Musalia Mudavadi"]
    assert people[0].title == "Foreign Minister" and people[0].country == "KEN"


def test_name_particles_and_body_spokespeople(nlp):
    ex = run(nlp, "Egyptian President Abdel Fattah el-Sisi met Saudi Crown Prince Mohammed bin Salman. "
                  "Russian foreign ministry spokeswoman Maria Zakharova criticised Poland.")
    people = {e.name: e for e in ex.entities if e.type == "Person"}
    assert "Abdel Fattah el-Sisi" in people
    assert people["Maria Zakharova"].country == "RUS"
    orgs = [e for e in ex.entities if e.type == "Organization"]
    assert [(o.ref, o.country) for o in orgs] == [("org:rus-foreign-ministry", "RUS")]
    assert ("ACCUSE", "Maria Zakharova", "Poland") in edges(ex)


def test_country_pairs_and_idle_single_words_are_not_people(nlp):
    ex = run(nlp, "Rising U.S.-China tensions worried Covid researchers, Mexican President "
                  "Andres Manuel Lopez Obrador said.")
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert people == {"Andres Manuel Lopez Obrador"}


def test_demand_with_a_clause_and_abilities_are_not_events(nlp):
    ex = run(nlp, "Serbian President Aleksandar Vucic demanded Kosovo to withdraw its police. "
                  "He said Serbia and Kosovo can cooperate on energy.")
    e = edges(ex)
    assert ("REQUEST", "Aleksandar Vucic", "Kosovo") in e
    assert not [x for x in e if x[0] == "COOPERATE"]


@pytest.mark.model
def test_typographic_apostrophes_are_read_but_evidence_keeps_them(nlp):
    text = "China\u2019s foreign minister Wang Yi met South Korea\u2019s Park Jin in Seoul on Monday."
    ex = run(nlp, text)
    assert ex.interactions
    for i in ex.interactions:
        assert text[i.evidence.start:i.evidence.end] == i.evidence.text and "\u2019" in i.evidence.text
    for e in ex.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
