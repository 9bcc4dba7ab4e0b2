"""Boilerplate is blanked in place: same length, same line breaks, news sentences untouched."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings, strategies as st

from conftest import SHARED
from diplograph.clean import boilerplate_spans, clean, dateline_date, dateline_place

BOILERPLATE = [
    "Follow us on Telegram for breaking updates: https://t.me/examplenews",
    "If you enjoyed this, follow us on Facebook and Instagram for more stories.",
    "For the latest headlines, follow us on Google News.",
    "Like us on Facebook",
    "Join our WhatsApp channel for instant alerts",
    "Share this article",
    "Share on Facebook",
    "Facebook Twitter WhatsApp Email",
    "For all the latest world news Click Here",
    "Download the Example Times App for daily briefings.",
    "Subscribe to our newsletter for the morning briefing",
    "Read original article here",
    "Read the full story",
    "Also read: Ministers to meet again in the autumn",
    "Related: Talks stall over grain corridor",
    "Advertisement",
    "- Advertisement -",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Disclaimer: This story is published from an agency feed without modifications to the text.",
    "Denial of responsibility! ExampleHub is an aggregator of web content and bears no liability.",
    "The content is collected automatically. All trademarks belong to their rightful owners.",
    "This story has not been edited by our staff and is auto-generated from a syndicated feed.",
    "Photo: Example Agency",
    "Image credit: Jane Roe/Example Photos",
    "(Photo by John Smith/Example Images)",
    "Top images via Twitter/@ExampleMinistry",
    "Top image via Example Agency",
    "image",
    "Photos",
    "REUTERS/Jane Roe",
    "Comments are closed.",
    "Updated: 18 Jun 2023, 07:28 AM IST",
    "Last updated on June 18, 2023 10:05 pm",
    "Published: 2023-06-18 09:00",
    "More",
    "Less",
    "pic.twitter.com/AbCdEf123",
    "https://example.org/world/2023/06/18/story.html",
    "Catch all the Politics News and Latest Updates on Example Daily.",
    "For the latest news, follow us on X @ExampleDaily and on Facebook.",
    "(With inputs from agencies)",
    "(Reporting by Jane Roe; Editing by John Doe)",
    "By Jane Roe and John Doe",
    "\u00a9 2023 Example Media. All rights reserved.",
]

NEWS = [
    "Follow-up talks are expected next month, the foreign ministry said.",
    "The two governments agreed to share intelligence on smuggling networks.",
    "Share prices in Shanghai fell after the sanctions were announced.",
    "The photo, released by the presidency, showed the two leaders shaking hands.",
    "Photographs published by state media showed the delegation arriving in Hanoi.",
    "Updated figures released on Monday showed exports fell by 5 percent.",
    "More than 200 people were killed in the fighting, officials said.",
    "Less than a week later, the negotiations collapsed.",
    "Related talks in Doha were postponed until after the election.",
    "Disclaimers aside, the accord was welcomed by both capitals.",
    "The minister urged citizens to download the government's new app to register.",
    "Image of the summit was tarnished by the walkout of three delegations.",
    "Advertisement bans for tobacco were also on the agenda.",
    "By Tuesday, the two sides had agreed on a draft text.",
    "Published reports said the envoy had resigned in protest.",
    "Comments by the minister drew sharp criticism from Ankara.",
    "The ambassador said the country would read the full report before responding.",
    "He told reporters that more talks would follow in Geneva.",
    "Reporting by the state broadcaster suggested the meeting lasted three hours.",
    "Macron, speaking in Guangzhou, said Europe must not be a follower of either power.",
    "Photo opportunities were limited during the brief visit.",
    "The leaders will follow up on the agreement when they meet in Brasilia.",
    "The statement is available at the ministry's website.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_is_blanked(line):
    text = "Leaders met in Geneva on Tuesday.\n" + line + "\nThey agreed to meet again.\n"
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    assert cleaned.splitlines()[1].strip() == "", cleaned.splitlines()[1]
    assert cleaned.splitlines()[0] == "Leaders met in Geneva on Tuesday."
    assert cleaned.splitlines()[2] == "They agreed to meet again."


@pytest.mark.parametrize("sentence", NEWS)
def test_news_sentences_are_kept(sentence):
    text = f"  {sentence}\n{sentence}\r\n"
    assert clean(text) == text
    assert boilerplate_spans(text) == []


def test_inline_urls_and_credits_leave_the_sentence():
    text = ("The ministry posted the statement online https://example.org/statement. "
            "Leaders met in Rome (Photo: Example Agency) and agreed to talk again "
            "pic.twitter.com/xYz12 \u2014 Advertisement \u2014 officials said.")
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    assert "example.org" not in cleaned and "pic.twitter" not in cleaned
    assert "Photo:" not in cleaned and "Advertisement" not in cleaned
    assert "posted the statement online" in cleaned
    assert re.search(r"online +\. Leaders", cleaned)  # the full stop survives
    assert "Leaders met in Rome" in cleaned and "officials said." in cleaned


def test_disclaimer_at_the_end_of_a_flattened_article_blanks_only_the_tail():
    body = "The foreign ministers met in Oslo on Tuesday and agreed to hold regular talks. " * 30
    text = body + "Denial of responsibility! ExampleHub is an aggregator; all trademarks belong to owners."
    cleaned = clean(text)
    assert cleaned[:len(body)] == body
    assert cleaned[len(body):].strip() == ""
    mention = body + "The disclaimer: it was read out by the chair."
    assert clean(mention) == mention


def test_offsets_are_preserved_for_the_text_that_is_kept():
    text = "Follow us on X for updates\nMinisters met in Oslo.\nAdvertisement\nThey agreed.\n"
    cleaned = clean(text)
    for phrase in ("Ministers met in Oslo.", "They agreed."):
        i = cleaned.index(phrase)
        assert text[i:i + len(phrase)] == phrase
    assert [i for i, c in enumerate(cleaned) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"]


def test_spans_are_sorted_disjoint_and_inside_the_text():
    text = "\n".join(BOILERPLATE + NEWS)
    spans = boilerplate_spans(text)
    assert len(spans) >= len(BOILERPLATE)
    for (a, b), (c, _) in zip(spans, spans[1:]):
        assert a < b <= c
    assert all(0 <= a < b <= len(text) for a, b in spans)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_keeps_its_length_and_line_breaks(text):
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    for original, kept in zip(text, cleaned):
        assert kept == original or (kept == " " and original not in "\r\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(BOILERPLATE + NEWS + ["", "  ", "\t"]), max_size=12))
def test_mixed_lines_blank_only_boilerplate(lines):
    text = "\n".join(lines)
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    for line, out in zip(lines, cleaned.split("\n")):
        if line in NEWS:
            assert out == line


@pytest.mark.seeds
def test_seed_evidence_survives_cleaning():
    """Every gold evidence sentence found verbatim in a seed article is still there after
    cleaning; the seed boilerplate lines are gone."""
    gold_file = SHARED / "eval" / "seeds.gold.json"
    if not gold_file.is_file():
        pytest.skip("../shared is not present")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    texts = [(SHARED / "seeds" / d["file"]).read_text(encoding="utf-8") for d in gold["documents"]]
    cleaned = [clean(t) for t in texts]
    checked = 0
    for interaction in gold["interactions"]:
        for piece in re.split(r"\s*\.\.\.\s*", interaction.get("evidence", "")):
            for text, out in zip(texts, cleaned):
                if len(piece) > 20 and piece in text:
                    checked += 1
                    assert piece in out, piece
    assert checked > 20
    blanked = sum(len(boilerplate_spans(t)) for t in texts)
    assert blanked >= 10


DATELINES = [
    ("BALI, Indonesia, Nov 14 (Reuters) - U.S. President Joe Biden met Chinese President Xi.",
     "U.S. President Joe Biden"),
    ("MOSCOW (AP) \u2014 Chinese leader Xi Jinping and Russian President Vladimir Putin met.", "Chinese leader"),
    ("VILNIUS, July 11 (AP) \u2014 NATO leaders on Tuesday agreed to a plan.", "NATO leaders"),
    ("WASHINGTON \u2014 President Joe Biden said on Monday that talks would go on.", "President Joe Biden"),
    ("Beijing, June 18 (Xinhua) -- Chinese State Councilor Wang Yi met his guest.", "Chinese State"),
    ("NEW DELHI, March 3, 2024 (Reuters) - India said it would send aid.", "India said"),
]


@pytest.mark.parametrize("line,kept", DATELINES)
def test_wire_datelines_are_blanked_and_the_sentence_kept(line, kept):
    out = clean(line)
    assert len(out) == len(line)
    start = line.index(kept)
    assert out[:start].strip() == "" and out[start:] == line[start:]


@pytest.mark.parametrize("line", [
    "China and the US - two rivals - met on Monday.",
    "US Secretary of State Blinken in Beijing - official visit",
    "NATO - the alliance - said it would respond.",
    "Turkey's President Erdogan - who hosted the talks - said a deal was near.",
])
def test_dashes_inside_sentences_are_not_datelines(line):
    assert clean(line) == line


@pytest.mark.parametrize("text,place", [
    ("NAIROBI, March 14 (Wire) - The talks went on.", ("Nairobi", None)),
    ("NEW DELHI, Oct. 3, 2024 (Wire) - The talks went on.", ("New Delhi", None)),
    ("BALI, Indonesia, Nov 14 (Wire) - The talks went on.", ("Bali", "Indonesia")),
    ("MOSCOW (Wire) \u2014 The talks went on.", ("Moscow", None)),
    ("Caracas, Venezuela \u2013 The talks went on.", ("Caracas", "Venezuela")),
    ("DOHA/JERUSALEM, Nov 22 (Wire) - The talks went on.", None),  # several cities: none of them
    ("The talks went on in Nairobi.", None),
])
def test_the_place_a_story_was_filed_from(text, place):
    assert dateline_place(text) == place


@pytest.mark.parametrize("text,day", [
    # the dateline may follow a headline line
    ("Xi meets Vietnamese leader, pledges closer ties\n\nBEIJING, Aug 15 (Wire) - The talks went on.", "Aug 15"),
    ("BEIJING, Aug 15 (Wire) - The talks went on.", "Aug 15"),
    # not after a first line that is a sentence of the story
    ("The talks went on.\nBEIJING, Aug 15 (Wire) - More talks.", None),
])
def test_the_day_a_story_was_written(text, day):
    assert dateline_date(text) == day
