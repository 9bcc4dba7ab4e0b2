"""A deterministic, news-like synthetic corpus for the benchmarks.

    python benchmarks/corpus.py 1000 out.jsonl

Articles read like wire copy about diplomacy: a headline, a dateline, 15-40 sentences in which
invented office holders of real countries meet, call, visit, agree, accuse, sanction and
threaten one another, with filler sentences between (context, quotes, background) as real
reports have. A fixed cast recurs across articles, so resolution has cross-document work to
do. The same `n` and `seed` always give the same articles (random.Random, no global state).
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

__all__ = ["articles", "write_jsonl"]

# Real countries with their demonym and capital: general knowledge, nothing from any article.
COUNTRIES = [
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Japan", "Japanese", "Tokyo"),
    ("India", "Indian", "New Delhi"), ("Brazil", "Brazilian", "Brasilia"),
    ("Kenya", "Kenyan", "Nairobi"), ("Egypt", "Egyptian", "Cairo"), ("Turkey", "Turkish", "Ankara"),
    ("Canada", "Canadian", "Ottawa"), ("Mexico", "Mexican", "Mexico City"),
    ("Australia", "Australian", "Canberra"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Nigeria", "Nigerian", "Abuja"), ("Poland", "Polish", "Warsaw"), ("Spain", "Spanish", "Madrid"),
    ("Italy", "Italian", "Rome"), ("Sweden", "Swedish", "Stockholm"), ("Norway", "Norwegian", "Oslo"),
    ("Chile", "Chilean", "Santiago"), ("Argentina", "Argentine", "Buenos Aires"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Thailand", "Thai", "Bangkok"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Iran", "Iranian", "Tehran"),
    ("Israel", "Israeli", "Jerusalem"), ("Qatar", "Qatari", "Doha"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Ghana", "Ghanaian", "Accra"),
    ("Peru", "Peruvian", "Lima"), ("Colombia", "Colombian", "Bogota"),
    ("Greece", "Greek", "Athens"), ("Hungary", "Hungarian", "Budapest"),
    ("Ukraine", "Ukrainian", "Kyiv"), ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
    ("South Korea", "South Korean", "Seoul"), ("Philippines", "Philippine", "Manila"),
    ("Morocco", "Moroccan", "Rabat"), ("Algeria", "Algerian", "Algiers"), ("Senegal", "Senegalese", "Dakar"),
]
ORGANIZATIONS = ["the United Nations", "NATO", "the European Union", "the African Union", "ASEAN",
                 "the International Monetary Fund", "the World Bank", "the World Health Organization"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Trade Minister",
          "Finance Minister", "Ambassador", "Deputy Foreign Minister"]
FIRST = ["Anna", "Marek", "Lucia", "Tomas", "Ingrid", "Kofi", "Amara", "Hiroshi", "Mei", "Rahul",
         "Sofia", "Diego", "Olga", "Pavel", "Leila", "Omar", "Nadia", "Jonas", "Elena", "Kwame",
         "Yuki", "Farid", "Carmen", "Stefan", "Aylin", "Bruno", "Greta", "Idris", "Marta", "Tariq"]
LAST = ["Varga", "Lindqvist", "Okafor", "Tanaka", "Moreau", "Kowalski", "Haddad", "Mensah",
        "Castillo", "Petrenko", "Novak", "Rahman", "Santos", "Weber", "Yilmaz", "Nakamura",
        "Achebe", "Duarte", "Fischer", "Ivanova", "Kiptoo", "Larsen", "Morales", "Osei", "Quispe",
        "Rossi", "Sato", "Torres", "Usman", "Vidal", "Wojcik", "Zhou", "Bakr", "Conti", "Dlamini"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["trade", "energy security", "the war in the region", "climate finance", "migration",
          "maritime security", "debt relief", "grain exports", "nuclear safety", "arms control"]

EVENTS = [
    "{A} met {B} in {city} on {day} to discuss {topic}.",
    "{A} held talks with {B} on {day}, focusing on {topic}.",
    "{A} travelled to {city} on {day} for talks with {B}.",
    "{A} spoke by phone with {B} on {day} about {topic}.",
    "{A} hosted {B} in {city} on {day}.",
    "{A} and {B} signed an agreement on {topic} on {day}.",
    "{A} accused {C2} of undermining regional stability.",
    "{C1} imposed sanctions on {C2} on {day} over {topic}.",
    "{A} urged {B} to resume negotiations on {topic}.",
    "{C1} rejected a proposal from {C2} on {topic}.",
    "{A} threatened to expel diplomats from {C2} if the talks failed.",
    "{C1} pledged aid to {C2} after {A} visited {city} on {day}.",
    "{A} praised {C2} for its role in the talks on {topic}.",
    "{ORG} called on {C1} and {C2} to show restraint.",
    "{A} condemned the attack and demanded an apology from {C2}.",
    "{A} will visit {city} next week, the ministry said.",
]
FILLER = [
    "Officials said the discussions were frank and constructive.",
    "The meeting came amid rising tension over {topic}.",
    "Analysts said the outcome would shape the agenda for the coming months.",
    "\"We have a shared interest in stability,\" a senior official told reporters.",
    "Both governments have faced pressure at home over {topic}.",
    "The ministry did not give further details.",
    "Talks on {topic} have stalled several times since last year.",
    "Diplomats said a joint statement was expected later in the week.",
    "Markets reacted calmly to the news.",
    "Observers noted that no breakthrough had been announced.",
    "The two countries have a long history of cooperation on {topic}.",
    "Critics at home called the visit premature.",
]


def _cast(rng: random.Random, size: int = 300) -> list[tuple[str, str, int]]:
    """`size` office holders: (title, full name, country index), unique names."""
    cast, seen = [], set()
    while len(cast) < size:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in seen:
            continue
        seen.add(name)
        cast.append((rng.choice(TITLES), name, rng.randrange(len(COUNTRIES))))
    return cast


def _person(rng: random.Random, who: tuple[str, str, int], first_time: bool) -> str:
    title, name, c = who
    if first_time:
        return f"{COUNTRIES[c][1]} {title} {name}"
    return rng.choice([name.split()[-1], name, f"{title} {name.split()[-1]}"])


def articles(n: int, seed: int = 7) -> Iterator[dict]:
    """`n` article records {id, title, published, source, text}, the same for the same seed."""
    rng = random.Random(seed)
    cast = _cast(rng)
    start = date(2023, 1, 1)
    for i in range(n):
        published = start + timedelta(days=rng.randrange(700))
        people = rng.sample(cast, rng.randint(3, 8))
        introduced: set[str] = set()
        sentences = []
        for _ in range(rng.randint(15, 40)):
            if rng.random() < 0.45:
                sentences.append(rng.choice(FILLER).format(topic=rng.choice(TOPICS)))
                continue
            a, b = rng.sample(people, 2)
            sentence = rng.choice(EVENTS).format(
                A=_person(rng, a, a[1] not in introduced), B=_person(rng, b, b[1] not in introduced),
                C1=COUNTRIES[a[2]][0], C2=COUNTRIES[b[2]][0], ORG=rng.choice(ORGANIZATIONS),
                city=COUNTRIES[rng.choice((a, b))[2]][2], day=rng.choice(WEEKDAYS),
                topic=rng.choice(TOPICS))
            introduced.update((a[1], b[1]))
            sentences.append(sentence[0].upper() + sentence[1:])
        lead = people[0]
        headline = f"{COUNTRIES[lead[2]][1]} {lead[0].lower()} holds talks on {rng.choice(TOPICS)}"
        paragraphs, k = [], 0
        while k < len(sentences):
            step = rng.randint(1, 4)
            paragraphs.append(" ".join(sentences[k:k + step]))
            k += step
        dateline = f"{COUNTRIES[lead[2]][2].upper()}, {published:%B} {published.day} - "
        text = headline + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"
        yield {"id": f"synth-{seed}-{i:06d}", "title": headline, "published": published.isoformat(),
               "source": "diplograph synthetic corpus", "text": text}


def write_jsonl(n: int, out: str | Path, seed: int = 7) -> Path:
    path = Path(out)
    with path.open("w", encoding="utf-8") as f:
        for record in articles(n, seed):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/corpus.py N OUT.jsonl")
    write_jsonl(int(sys.argv[1]), sys.argv[2])
