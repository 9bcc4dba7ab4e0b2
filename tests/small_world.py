"""A small hand-built world for the query, analysis, export and CLI tests: three articles
(prose written for these tests), nine actors and six events, as resolution would hand them
over. `graph()` is the NetworkX view of it.
"""
from __future__ import annotations

from diplograph.graph import build_graph
from diplograph.records import Actor, Document, Event, Evidence

T1 = ("Antony Blinken met Qin Gang in Beijing on Sunday. "
      "China accused the United States of meddling in its affairs.")
T2 = "Qin Gang called Sergei Lavrov on Saturday. Russia urged the United States to stop."
T3 = ("Wang Yi hosted Sergei Lavrov in Beijing. Blinken and Qin Gang had talked in Beijing "
      "in June. Wang Wenbin criticised Antony Blinken.")

DOCUMENTS = (
    Document("d1", T1, title="Talks in Beijing", published="2023-06-19"),
    Document("d2", T2, title="Calls and demands", published="2023-07-02"),
    Document("d3", T3, title="Lavrov in Beijing", published="2023-07-11"),
)
TEXTS = {d.id: d.text for d in DOCUMENTS}


def evidence(doc_id: str, sentence: str) -> Evidence:
    start = TEXTS[doc_id].index(sentence)
    return Evidence(doc_id=doc_id, start=start, end=start + len(sentence), text=sentence)


ACTORS = (
    Actor("country:USA", "United States", "Country", ("US", "America"), mentions=3,
          documents=("d1", "d2")),
    Actor("country:CHN", "China", "Country", ("PRC", "People's Republic of China"), mentions=1,
          documents=("d1",)),
    Actor("country:RUS", "Russia", "Country", (), mentions=1, documents=("d2",)),
    Actor("person:antony-blinken", "Antony Blinken", "Person", ("Blinken",), country="USA",
          titles=("Secretary of State",), mentions=3, documents=("d1", "d3"),
          reasons=("same name in d1 and d3", "surname 'Blinken' in d3")),
    Actor("person:qin-gang", "Qin Gang", "Person", ("Qin",), country="CHN",
          titles=("Foreign Minister",), mentions=3, documents=("d1", "d2", "d3")),
    Actor("person:sergei-lavrov", "Sergei Lavrov", "Person", ("Lavrov",), country="RUS",
          mentions=2, documents=("d2", "d3")),
    Actor("person:wang-yi", "Wang Yi", "Person", (), country="CHN", mentions=1,
          documents=("d3",)),
    Actor("person:wang-wenbin", "Wang Wenbin", "Person", (), country="CHN", mentions=1,
          documents=("d3",)),
    Actor("place:beijing", "Beijing", "Place", (), mentions=3, documents=("d1", "d3")),
)

EVENTS = (
    Event("ev-meet", "CONSULT", ("person:antony-blinken",), ("person:qin-gang",), mode="meet",
          date="2023-06-18", precision="day", location="place:beijing", confidence=0.9,
          evidence=(evidence("d1", "Antony Blinken met Qin Gang in Beijing on Sunday."),
                    evidence("d3", "Blinken and Qin Gang had talked in Beijing in June."))),
    Event("ev-accuse", "ACCUSE", ("country:CHN",), ("country:USA",), date="2023-06",
          precision="month", confidence=0.7,
          evidence=(evidence("d1", "China accused the United States of meddling in its affairs."),)),
    Event("ev-call", "CONSULT", ("person:qin-gang",), ("person:sergei-lavrov",), mode="call",
          date="2023-07-01", precision="day", confidence=0.8,
          evidence=(evidence("d2", "Qin Gang called Sergei Lavrov on Saturday."),)),
    Event("ev-urge", "REQUEST", ("country:RUS",), ("country:USA",), confidence=0.6,
          evidence=(evidence("d2", "Russia urged the United States to stop."),)),
    Event("ev-host", "CONSULT", ("person:wang-yi",), ("person:sergei-lavrov",), mode="host",
          date="2023-07-10", precision="day", location="place:beijing", confidence=0.8,
          evidence=(evidence("d3", "Wang Yi hosted Sergei Lavrov in Beijing."),)),
    Event("ev-criticise", "ACCUSE", ("person:wang-wenbin",), ("person:antony-blinken",),
          date="2023-07-11", precision="day", confidence=0.7,
          evidence=(evidence("d3", "Wang Wenbin criticised Antony Blinken."),)),
)


def graph():
    return build_graph(ACTORS, EVENTS, DOCUMENTS)
