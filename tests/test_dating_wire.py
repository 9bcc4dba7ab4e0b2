"""Dating interactions the way wire copy tells them: relative days, the lede's day, news
told the day after it happened. Sentences written for these tests."""
from __future__ import annotations

import pytest

from diplograph.extract.timing import relative_shift, relative_step, step_from
from diplograph.records import DocExtraction, Document


@pytest.mark.parametrize("text, shift", [
    ("a day earlier", -1), ("A day later", 1), ("two days later", 2), ("three days earlier", -3),
    ("the day before", -1), ("the day after", 1), ("the next day", 1), ("the following morning", 1),
    ("the previous evening", -1), ("later that day", 0), ("The same day", 0), ("that night", 0),
    ("Hours later", 0), ("two hours earlier", 0), ("minutes later", 0),
])
def test_relative_shift_counts_days(text, shift):
    assert relative_shift(text) == shift


@pytest.mark.parametrize("text", ["Tuesday", "last week", "a day", "several days later", "that month"])
def test_relative_shift_ignores_other_expressions(text):
    assert relative_shift(text) is None


def run(nlp, text: str, published: str) -> DocExtraction:
    from diplograph.extract import extract

    return extract(Document(id="t", text=text, published=published), nlp=nlp)


def dates_of(ex: DocExtraction, kind: str) -> list[str | None]:
    return [i.date for i in ex.interactions if i.type == kind]


@pytest.mark.model
def test_a_day_earlier_counts_from_the_other_date_of_the_sentence(nlp):
    ex = run(nlp, "Brazil's president on Sunday criticised the trade accord signed a day earlier "
                  "between Argentina and Chile.\n", "2024-06-10")  # a Monday
    assert dates_of(ex, "AGREE") == ["2024-06-08"]


@pytest.mark.model
def test_a_day_later_is_counted_once_for_the_whole_sentence(nlp):
    ex = run(nlp, "On Tuesday, Indian troops shelled posts in Pakistan.\n\n"
                  "A day later, Pakistani jets struck targets in India and Pakistan captured an Indian pilot.\n",
             "2024-06-14")  # a Friday
    assert set(dates_of(ex, "ASSAULT")) >= {"2024-06-12"}
    assert dates_of(ex, "COERCE") == ["2024-06-12"]


@pytest.mark.model
def test_undated_news_after_a_lede_told_the_day_after_takes_the_events_day(nlp):
    ex = run(nlp, "Peru's president on Sunday rejected the border accord signed a day earlier between "
                  "Ecuador and Colombia.\n\n"
                  "Colombian Foreign Minister Luis Gilberto Murillo met Ecuadorian officials afterwards in Quito.\n",
             "2024-06-09")  # a Sunday
    assert dates_of(ex, "CONSULT") and set(dates_of(ex, "CONSULT")) == {"2024-06-08"}


@pytest.mark.model
def test_a_clause_that_follows_the_news_closely_is_news_too(nlp):
    ex = run(nlp, "Chile joined the Pacific trade pact on Tuesday.\n\n"
                  "\"This is a good day,\" Peruvian President Dina Boluarte said in a speech, before she "
                  "held talks with Chilean President Gabriel Boric.\n", "2024-06-11")  # a Tuesday
    consult = [i for i in ex.interactions if i.type == "CONSULT"]
    assert consult and all(i.date == "2024-06-11" for i in consult)


@pytest.mark.model
def test_backstory_after_another_actor_acted_stays_undated(nlp):
    ex = run(nlp, "Chile joined the Pacific trade pact on Tuesday.\n\n"
                  "Santiago applied to join in 2019, after Peru invaded Bolivia.\n", "2024-06-11")
    assert [i.date for i in ex.interactions if i.type == "ASSAULT"] in ([], [None])


@pytest.mark.model
def test_the_day_after_an_event_told_before_counts_from_its_date(nlp):
    ex = run(nlp, "Tensions rose after a car bombing on March 3 killed 12 soldiers near Kabul.\n\n"
                  "The day after the bombing, Afghanistan expelled Pakistan's ambassador.\n", "2024-03-10")
    assert dates_of(ex, "SANCTION") == ["2024-03-04"]


@pytest.mark.parametrize("text, value", [
    ("World War Two", "1939-09-01/1945-09-02"), ("during World War II", "1939-09-01/1945-09-02"),
    ("the First World War", "1914-07-28/1918-11-11"), ("the Cold War", None),
])
def test_the_world_wars_are_periods_everyone_knows(text, value):
    from diplograph.dates import resolve_date

    found = resolve_date(text, "2024-01-10")
    assert (found.value if found else None) == value


@pytest.mark.model
def test_that_month_is_the_month_of_the_date_told_before(nlp):
    ex = run(nlp, "Boric took office after his inauguration on March 11.\n\n"
                  "Chile and Bolivia restored diplomatic relations that month, with envoys arriving in both "
                  "capitals.\n", "2024-06-20")
    assert dates_of(ex, "AGREE") == ["2024-03"]


@pytest.mark.model
def test_a_war_fought_during_world_war_two_is_dated_by_it(nlp):
    ex = run(nlp, "Norway joined the alliance on Tuesday.\n\n"
                  "Norway, which shares a border with Russia, fought against Germany during World War Two.\n",
             "2024-06-20")
    assert [i.date for i in ex.interactions if i.type == "ASSAULT"] == ["1939-09-01/1945-09-02"]


@pytest.mark.model
def test_a_date_opening_a_sentence_run_into_a_heading_carries_forward(nlp):
    ex = run(nlp, "The drone crisis and the freeze in relations On March 3, the Indian army said a "
                  "drone had crossed the border near Jammu. Pakistan said the drone was a weather "
                  "instrument. Indian Foreign Minister Subrahmanyam Jaishankar cancelled his planned "
                  "visit to Pakistan.\n", "2024-06-20")
    sanction = [i for i in ex.interactions if i.type == "SANCTION"]
    assert sanction and all(i.date == "2024-03-03" for i in sanction)


@pytest.mark.model
def test_a_standing_position_gets_no_inferred_day(nlp):
    ex = run(nlp, "Chile and Peru signed a fishing accord on Tuesday.\n\n"
                  "Bolivia has always rejected Chile's claims to the coast.\n", "2024-06-12")
    rejects = [i for i in ex.interactions if i.type == "REJECT"]
    assert rejects and all(i.date is None for i in rejects)


@pytest.mark.model
def test_a_pact_told_in_force_is_dated_by_its_making(nlp):
    ex = run(nlp, "Ten prisoners were freed on Friday, as a fragile truce between Armenia and Azerbaijan "
                  "held through its second day.\n\n"
                  "Hours later, Armenia freed five soldiers under the deal announced on Wednesday.\n",
             "2024-06-15")  # a Saturday
    agree = [i for i in ex.interactions if i.type == "AGREE"]
    assert agree and agree[0].date == "2024-06-12"


@pytest.mark.model
def test_a_date_set_in_front_of_the_sentence_dates_its_main_clause(nlp):
    # the parser hangs "In March 2018" on the subordinate clause; it still frames the sentence
    ex = run(nlp, "In March 2018, after Lebanon's cabinet approved a gas licence, Cyprus recalled its "
                  "ambassador from Lebanon.\n", "2024-06-14")
    assert dates_of(ex, "SANCTION") == ["2018-03"]


@pytest.mark.model
def test_a_fronted_date_gives_way_to_the_clauses_own_date(nlp):
    ex = run(nlp, "In 2018, after Lebanon's cabinet approved a gas licence, Cyprus recalled its "
                  "ambassador from Lebanon on March 5, 2018.\n", "2024-06-14")
    assert dates_of(ex, "SANCTION") == ["2018-03-05"]


@pytest.mark.model
def test_that_february_is_february_of_the_year_told_before(nlp):
    ex = run(nlp, "Relations collapsed in 2017.\n\nThat February, Chad recalled its ambassador from Qatar.\n",
             "2024-06-14")
    assert dates_of(ex, "SANCTION") == ["2017-02"]


@pytest.mark.model
def test_a_reaction_by_an_outsider_does_not_take_the_date_of_a_meeting_it_was_not_at(nlp):
    ex = run(nlp, "Rival Kenyan leaders Mwai Kibaki and Raila Odinga signed a power-sharing deal on Thursday.\n\n"
                  "Tanzanian President Jakaya Kikwete met Kibaki and Odinga in Nairobi on Feb. 18.\n\n"
                  "The European Union welcomed the deal.\n", "2008-02-29")  # a Friday
    dates = {i.date for i in ex.interactions if i.type == "SUPPORT"}
    assert dates and "2008-02-18" not in dates, dates


@pytest.mark.model
def test_two_days_later_counts_from_the_day_the_sentence_before_names(nlp):
    ex = run(nlp, "Relations soured after Ethiopia began filling the dam on July 21, 2020. Two days later "
                  "Egypt recalled its ambassador from Ethiopia.\n", "2020-09-01")
    assert dates_of(ex, "SANCTION") == ["2020-07-23"]


@pytest.mark.model
def test_talks_hosted_in_two_years_span_both(nlp):
    ex = run(nlp, "Saudi Arabia and Iran held five rounds of talks hosted by Iraq and Oman in 2021 and 2022.\n",
             "2023-03-10")
    assert dates_of(ex, "CONSULT") == ["2021/2022"]


@pytest.mark.model
def test_a_date_on_what_the_event_acts_upon_is_not_the_events(nlp):
    ex = run(nlp, "Tokyo said on Thursday it had lifted curbs imposed in 2019 on exports to South Korea.\n",
             "2023-03-17")  # a Friday
    assert "2019" not in dates_of(ex, "CONCEDE")


@pytest.mark.model
@pytest.mark.parametrize("when, date", [
    ("the following day", "2024-06-07"), ("the day after", "2024-06-07"),
    ("the previous day", "2024-06-05"), ("the day before", "2024-06-05"),
    ("the following week", "2024-06-10/2024-06-16"), ("later that week", "2024-06-03/2024-06-09"),
    ("the following month", "2024-07"),
])
def test_a_day_or_period_counted_from_the_meeting_told_before(nlp, when, date):
    # 'the following day' and 'the day before' are no durations, dates even when the model
    # does not mark them; a week or month counts from the last day told ("on Thursday",
    # published the Monday after)
    ex = run(nlp, "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Mombasa on "
                  f"Thursday. Ruto met Rwandan President Paul Kagame in Kigali {when}.\n", "2024-06-10")
    # (the meeting in Kigali is also Ruto's visit to Rwanda, dated alike)
    assert sorted(set(map(str, dates_of(ex, "CONSULT")))) == sorted(["2024-06-06", date])


@pytest.mark.model
def test_news_does_not_take_the_date_of_an_aside_about_its_actor(nlp):
    # "which suspended aid in 2021" dates the suspension only, not the praise in the main clause
    ex = run(nlp, "Guinea and Sierra Leone signed a border accord on Thursday. The European Union, "
                  "which suspended aid to both countries in March 2021, praised the agreement.\n",
             "2024-06-14")  # a Friday
    assert dates_of(ex, "SANCTION") == ["2021-03"], ex.interactions
    assert "2021-03" not in dates_of(ex, "SUPPORT"), ex.interactions


@pytest.mark.model
def test_a_reaction_does_not_take_the_day_of_anothers_act_on_the_same_pair(nlp):
    ex = run(nlp, "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing deal "
                  "in Nairobi on Thursday.\n\nU.S. envoy Jendayi Frazer met both men on Monday and urged them "
                  "to compromise. The European Union welcomed the deal.\n", "2024-06-14")  # a Friday
    assert "2024-06-10" in dates_of(ex, "REQUEST")
    assert "2024-06-10" not in dates_of(ex, "SUPPORT"), [(i.type, i.date) for i in ex.interactions]


@pytest.mark.model
def test_fighting_told_for_two_years_is_two_bouts_one_each_year(nlp):
    ex = run(nlp, "Guyana and Suriname fought deadly skirmishes over the river in 1969 and 1972.\n", "2024-06-10")
    assert sorted(dates_of(ex, "ASSAULT")) == ["1969", "1969", "1972", "1972"]  # (each side fired on the other)


@pytest.mark.model
def test_wars_told_for_a_decade_and_a_year_are_two_bouts(nlp):
    ex = run(nlp, "Ecuador and Peru fought two wars over the Amazon border, in the early 1940s and in 1981.\n",
             "2024-06-10")
    assert sorted(set(dates_of(ex, "ASSAULT"))) == ["1940/1944", "1981"], [(i.date, i.date_text) for i in ex.interactions]
    assert {i.date_text for i in ex.interactions if i.date == "1981"} == {"1981"}


@pytest.mark.model
def test_sanctions_adopted_in_two_years_stay_one_span(nlp):
    # guard: only fighting is split by year
    ex = run(nlp, "The U.N. Security Council adopted sanctions against North Korea in 2016 and 2017.\n", "2024-06-10")
    assert dates_of(ex, "SANCTION") == ["2016/2017"]


@pytest.mark.model
def test_two_bouts_of_fighting_in_one_sentence_keep_their_own_dates(nlp):
    ex = run(nlp, "Armenia and Azerbaijan fought a war over Karabakh in 2020 and clashed again along their "
                  "border in September 2022.\n", "2024-06-10")
    assert {"2020", "2022-09"} <= set(dates_of(ex, "ASSAULT")), dates_of(ex, "ASSAULT")


# ------------------------------------------------------------------ counts of weeks, months, years

@pytest.mark.parametrize("text, anchor, date", [
    ("a week later", "2024-03-03", "2024-03-10"), ("three weeks earlier", "2024-03-03", "2024-02-11"),
    ("Three months later", "2023-06", "2023-09"), ("two months later", "2023-11-20", "2024-01"),
    ("a year later", "2019", "2020"), ("five years on", "2014-07-17", "2019"),
    ("Days later", "2024-03-03", "2024-03-04/2024-03-13"), ("a few days earlier", "2024-03-03", "2024-02-22/2024-03-02"),
    ("weeks later", "2024-03-03", "2024-03-10/2024-04-14"), ("two days later", "2024-03-03", "2024-03-05"),
])
def test_a_count_of_days_weeks_months_or_years_steps_from_its_anchor(text, anchor, date):
    assert step_from(anchor, relative_step(text)) == date


@pytest.mark.parametrize("text, anchor", [("a week later", "2024-03"), ("days later", "2024"), ("a month later", "2024")])
def test_an_anchor_too_coarse_for_the_count_gives_no_date(text, anchor):
    assert step_from(anchor, relative_step(text)) is None


@pytest.mark.parametrize("text", ["months later", "a day", "three weeks", "later", "the following February"])
def test_vague_or_unanchored_expressions_are_no_count(text):
    assert relative_step(text) is None


@pytest.mark.model
@pytest.mark.parametrize("when, date", [
    ("Days later", "2024-03-04/2024-03-13"), ("A week later", "2024-03-10"),
    ("Two months later", "2024-05"), ("Ten days after the Mombasa meeting", "2024-03-13"),
])
def test_a_count_from_the_meeting_told_before_dates_the_next_event(nlp, when, date):
    # published weeks after both: the publication day is no date for either
    ex = run(nlp, "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Mombasa on March 3. "
                  f"{when}, Uganda expelled two Kenyan diplomats.\n", "2024-09-20")
    assert dates_of(ex, "SANCTION") == [date]


@pytest.mark.model
def test_a_count_from_a_meeting_of_no_pair_counts_from_the_day_the_sentence_before_names(nlp):
    ex = run(nlp, "EU foreign ministers met in Brussels on February 20. Ten days after the Brussels session, the "
                  "bloc imposed sanctions on Belarus.\n", "2024-04-10")
    assert dates_of(ex, "SANCTION") == ["2024-03-01"]


@pytest.mark.model
def test_an_undated_deed_does_not_take_the_date_of_an_old_one_told_just_before(nlp):
    # the release is today's news, not of the arrest's month five years earlier
    ex = run(nlp, "Cuba freed the American contractor Alan Gross on Wednesday, officials said. Gross, a "
                  "subcontractor for USAID, was arrested in Havana in December 2009. Cuba said it released him on "
                  "humanitarian grounds.\n", "2014-12-18")
    assert sorted(set(dates_of(ex, "CONCEDE"))) == ["2014-12-17"], dates_of(ex, "CONCEDE")


@pytest.mark.model
def test_that_same_month_is_the_month_told_before(nlp):
    ex = run(nlp, "Iran's new president took office in August 2013. That same month, U.S. Secretary of State John "
                  "Kerry met Iranian Foreign Minister Javad Zarif in New York.\n", "2015-07-15")
    assert dates_of(ex, "CONSULT") == ["2013-08"], dates_of(ex, "CONSULT")


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    # the model tags "Wednesday after weeks" and "Monday, ending weeks" as one date each
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol reached the deal in a phone "
     "call on Wednesday after weeks of talks.", "2023-03-08"),
    ("Armenia and Azerbaijan signed an agreement to end the fighting on Monday, ending weeks of talks.", "2023-03-06"),
    # ... and hangs "on Monday" on the deal's aim ("to settle"), which is no event of its own
    ("Greece and North Macedonia signed an accord to settle the name dispute on Monday, ending decades of talks.",
     "2023-03-06"),
])
def test_a_day_the_model_runs_into_what_follows_still_dates_the_deed(nlp, text, date):
    ex = run(nlp, text + "\n", "2023-03-10")  # a Friday
    assert dates_of(ex, "AGREE") == [date], dates_of(ex, "AGREE")


@pytest.mark.model
def test_the_day_of_a_call_that_lasted_an_hour_dates_what_was_done_in_it(nlp):
    # (not the lede's Sunday, which an undated sentence would take)
    ex = run(nlp, "Japan and South Korea agreed on Sunday to resume security talks. Kishida briefed U.S. President "
                  "Joe Biden on the summit in a telephone call that lasted about 75 minutes on Saturday night, his "
                  "office said.\n", "2023-05-01")
    calls = [i.date for i in ex.interactions if i.type == "CONSULT" and i.mode == "call"]
    assert calls == ["2023-04-29"], calls


@pytest.mark.model
def test_a_day_counted_from_a_meeting_told_by_its_month_is_that_month(nlp):
    # not a day counted from the older meeting of July 6
    ex = run(nlp, "Angolan President Joao Lourenco hosted Congolese President Felix Tshisekedi and Rwandan President "
                  "Paul Kagame in Luanda on July 6. Tshisekedi and Kagame also met in New York in September. A day "
                  "earlier, Tshisekedi had accused Rwanda of aggression.\n", "2022-10-30")
    assert dates_of(ex, "ACCUSE") == ["2022-09"], dates_of(ex, "ACCUSE")


@pytest.mark.model
def test_a_day_later_counts_from_the_weekday_opening_the_sentence_before(nlp):
    # no event is told in the sentence before; its opening "On Tuesday" sets its day
    ex = run(nlp, "Chad's army took the town in March.\n\nOn Tuesday, the general announced elections "
                  "within a year. A day later, Sudan accused Chadian President Idriss Deby of "
                  "stalling.\n", "2024-06-08")  # a Saturday
    assert dates_of(ex, "ACCUSE") == ["2024-06-05"]


@pytest.mark.model
def test_a_journey_under_way_is_planned_and_its_weekday_ahead(nlp):
    ex = run(nlp, "U.S. President Donald Trump, flying to Singapore for Tuesday's meeting with North "
                  "Korean leader Kim Jong Un, said on Saturday that he had left the summit early.\n",
             "2018-06-10")  # a Sunday
    meets = [i for i in ex.interactions if i.type == "CONSULT" and i.mode == "meet"]
    assert [(i.status, i.date) for i in meets] == [("planned", "2018-06-12")]


@pytest.mark.model
def test_a_journey_told_with_its_own_date_was_made(nlp):
    # guard (read so before journeys under way were told planned): the date makes it a past trip
    ex = run(nlp, "Kuwait's ruler, Sheikh Sabah al-Ahmad al-Sabah, began his shuttle diplomacy the day "
                  "after the rupture, flying to Jeddah on June 6 for talks with Saudi King Salman.\n",
             "2017-06-23")
    meets = [i for i in ex.interactions if i.type == "CONSULT" and i.mode == "meet"]
    assert [(i.status, i.date) for i in meets] == [("occurred", "2017-06-06")]


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    ("Chile and Peru fought a border war in 1995. They signed a peace deal in October of the following "
     "year.", "1996-10"),
    ("Denmark protested in 2005. Canada and Denmark agreed in September of that year to hold talks.", "2005-09"),
])
def test_a_month_of_the_year_told_before(nlp, text, date):
    ex = run(nlp, text + "\n", "2012-05-02")
    assert dates_of(ex, "AGREE") == [date]


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    # the parse may hang the 'when' clause on the last name, as a relative clause
    ("U.S. Secretary of State Rex Tillerson met Aung San Suu Kyi and the army chief, Senior General "
     "Min Aung Hlaing, when he visited Naypyitaw last week.", "2017-11-13/2017-11-19"),
    ("Japanese Prime Minister Shinzo Abe held talks with Russian President Vladimir Putin when he "
     "visited Vladivostok in September.", "2017-09"),
])
def test_an_event_without_a_date_of_its_own_takes_its_when_clauses(nlp, text, date):
    ex = run(nlp, text + "\n", "2017-11-23")
    meets = [i for i in ex.interactions if i.type == "CONSULT" and i.mode == "meet"]
    assert meets and all(i.date == date for i in meets), [(i.date, i.date_text) for i in meets]


@pytest.mark.model
def test_a_time_noun_keeps_its_when_clause(nlp):
    # guard: "the year when ..." dates the year, not the meeting told before it
    ex = run(nlp, "Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in 2016, the year "
                  "when Russia hosted the summit.\n", "2017-11-23")
    assert [i.date for i in ex.interactions if i.type == "CONSULT" and i.mode == "meet"] == ["2016"]


@pytest.mark.model
def test_an_undated_pluperfect_is_over_by_the_ledes_day(nlp):
    # the lede's day is Sunday; Saturday is the latest day the article names before it
    ex = run(nlp, "QUEBEC CITY, June 10 (Wire) - The Group of Seven was plunged into feuding on Sunday after "
                  "U.S. President Donald Trump withdrew his backing for the communique.\n\nCanadian Prime "
                  "Minister Justin Trudeau told a closing news conference on Saturday that Canadians would not "
                  "be pushed around.\n\nTrudeau had hosted Trump and French President Emmanuel Macron for two "
                  "days at a resort in Charlevoix.\n", "2018-06-10")
    hosted = [i.date for i in ex.interactions if i.type == "CONSULT" and i.evidence.text.startswith("Trudeau had")]
    assert hosted and set(hosted) == {"2018-06-09"}, hosted


@pytest.mark.model
def test_a_pluperfect_in_reported_speech_is_the_days_own(nlp):
    # guard: "said he had telephoned X" shifts the day's own past back; it stays news of the day
    ex = run(nlp, "JAKARTA, Sept 12 (Wire) - Indonesian President B.J. Habibie said on Sunday he had telephoned "
                  "U.N. Secretary-General Kofi Annan. He spoke on Friday to reporters about the army.\n",
             "1999-09-12")
    assert [i.date for i in ex.interactions if i.type == "CONSULT"] == ["1999-09-12"]


@pytest.mark.model
@pytest.mark.parametrize("when", ["on Friday, 12 May 2023", "on 12.05.2023", "on 12/05/2023"])
def test_a_readouts_full_date_is_the_day(nlp, when):
    # the model tags "12" apart from "May 2023", and numeric dates as numbers
    ex = run(nlp, f"Foreign Minister Wang Yi met Brazilian Foreign Minister Mauro Vieira in Beijing {when}.\n",
             "2023-05-14")
    assert dates_of(ex, "CONSULT") == ["2023-05-12"]


@pytest.mark.model
@pytest.mark.parametrize("when, day", [
    ("over the Easter weekend", "2018-03-31/2018-04-01"),  # the model tags it a place
    ("on Good Friday", "2018-03-30"),  # the model tags "Friday" alone
])
def test_a_meeting_dated_by_a_holiday(nlp, when, day):
    ex = run(nlp, f"U.S. Secretary of State Mike Pompeo met Kim Jong Un in Pyongyang {when}.\n", "2018-04-27")
    assert set(dates_of(ex, "CONSULT")) == {day}  # (the meeting, and the visit to Pyongyang's country)


@pytest.mark.model
@pytest.mark.parametrize("text, published, meeting", [
    # hours after a dated deed: its day (the model tags no date, or a bare duration)
    ("Russia attacked Ukraine on March 3. Hours later, Blinken met Wang Yi.", "2024-03-14", "2024-03-03"),
    ("Russia attacked Ukraine on March 3. Two hours later Blinken met Wang Yi.", "2024-03-14", "2024-03-03"),
    # "the next week" in a past clause counts from the date told before ...
    ("Russia attacked Ukraine on March 3. The next week Blinken met Wang Yi.", "2024-03-14",
     "2024-03-04/2024-03-10"),
    # ... and in a future one is the week ahead of the writing
    ("Russia attacked Ukraine on March 3. Blinken will meet Wang Yi the next week.", "2024-03-14",
     "2024-03-18/2024-03-24"),
    # a day after the deed named by another word, told in a clause dated on its verb; a
    # mention of it naming no day, or a word used as a modifier, is passed over
    ("Nine guards were killed in an attack on the embassy on March 3. Gunmen with assault rifles had "
     "entered the compound. A day after the assault, Blinken met Wang Yi.", "2024-03-14", "2024-03-04"),
    # guard: another word for the deed that names no day does not stop the search
    ("A car bombing on March 3 killed 12 soldiers. The attack was claimed by a rebel group. The day after "
     "the bombing, Blinken met Wang Yi.", "2024-03-14", "2024-03-04"),
])
def test_time_counted_from_the_deed_told_before(nlp, text, published, meeting):
    assert dates_of(run(nlp, text, published), "CONSULT") == [meeting]


@pytest.mark.model
@pytest.mark.parametrize("published, monday", [
    ("2024-08-19", "2024-08-12"),  # stamped four days after the dateline: Monday counts from it
    ("2024-08-15", "2024-08-12"),  # stamped the day it was written
    ("2024-10-01", "2024-09-30"),  # a dateline far back is no writing day of this story
])
def test_relative_days_count_from_the_datelines_day(nlp, published, monday):
    ex = run(nlp, "BEIJING, Aug 15 (Reuters) - Chinese President Xi Jinping met Vietnamese President To Lam "
                  "on Thursday. Lam also met Premier Li Qiang on Monday.", published)
    assert dates_of(ex, "CONSULT")[-1] == monday


@pytest.mark.model
def test_a_deed_told_after_another_with_no_count_is_the_day_before_or_the_same_day(nlp):
    # "agreed on Oct. 10 after X hosted talks": shortly before the main clause's day
    ex = run(nlp, "The ceasefire was agreed in Geneva on March 4 after Swiss Foreign Minister Ignazio "
                  "Cassis hosted his Greek and Turkish counterparts, Nikos Dendias and Mevlut Cavusoglu, "
                  "for talks.\n", "2024-03-20")
    assert dates_of(ex, "CONSULT") and set(dates_of(ex, "CONSULT")) == {"2024-03-03/2024-03-04"}, \
        [(i.type, i.date) for i in ex.interactions]


@pytest.mark.model
def test_a_day_the_model_ran_into_the_name_before_it_still_dates_the_event(nlp):
    # the model tags "the council on June 3" as one organisation
    ex = run(nlp, "The U.N. Security Council on Thursday imposed an arms embargo on Sudan. The African Union had "
                  "asked the council on June 3 to impose an arms embargo.\n", "2024-06-21")
    assert dates_of(ex, "REQUEST") == ["2024-06-03"]
