"""Score an export against a hand-written gold file.

The counting rules are those of ../shared/eval/score.py and ../shared/eval/FORMAT.md, to the
letter, so a figure printed here is the figure the shared scorer prints; a test holds the two
together. In short:

- entities: a predicted Person/Country/Organization (or any entity an interaction names)
  matches the gold entity one of its names equals after `norm`; a second predicted entity
  matching the same gold entity is a split, one whose names hit several gold entities is a
  merge, one that hits nothing and no `optional` name is a false alarm;
- interactions are dyads: symmetric types (CONSULT, AGREE, COOPERATE) give unordered pairs,
  directed types ordered source -> target pairs. `type+pair` compares the sets of keys;
  `type+pair+date` matches each predicted dyad to a free gold dyad whose date contains the
  predicted one; a second match of a taken gold dyad is a duplicate.

`score(gold, export)` takes the two parsed JSON documents and returns `Scores`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

__all__ = ["PRF", "Dyad", "Scores", "score", "norm", "date_interval", "date_within"]

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# entity types that count whether or not an interaction names them
_SCORED_TYPES = frozenset({"person", "country", "organization", "organisation"})
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ].*)?")


# --------------------------------------------------------------------------- basics

def norm(name: Any) -> str:
    """How the scorer compares names: case, accents, punctuation (each mark becomes a
    space: "U.S." -> "u s"), a trailing "'s" and a leading "the" do not count."""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").casefold().strip()
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def date_interval(date: Any) -> tuple[dt.date, dt.date] | None:
    """"2023-06-18", "2023-06", "2023" or "START/END" -> (first day, last day); None when
    absent or unreadable."""
    if not date:
        return None
    text = str(date).strip()
    if "/" in text:
        first, last = text.split("/", 1)
        a, b = date_interval(first), date_interval(last)
        return (a[0], b[1]) if a is not None and b is not None else None
    m = _DATE.fullmatch(text)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = dt.date(year, int(month), int(day))
            return d, d
        if month:
            last_day = calendar.monthrange(year, int(month))[1]
            return dt.date(year, int(month), 1), dt.date(year, int(month), last_day)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def date_within(predicted: Any, gold: Any) -> bool:
    """Does the predicted date lie inside the gold one? An undated gold event accepts any
    date; a dated one needs a predicted date inside it (a day inside a month counts, a month
    against a day does not)."""
    g = date_interval(gold)
    if g is None:
        return True
    p = date_interval(predicted)
    return p is not None and g[0] <= p[0] and p[1] <= g[1]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    tp: int
    predicted: int
    gold: int

    @classmethod
    def of(cls, tp: int, predicted: int, gold: int) -> "PRF":
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(round(p, 4), round(r, 4), round(f, 4), tp, predicted, gold)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}

    def line(self, label: str) -> str:
        return (f"{label:<28} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"
                f"  (tp={self.tp} predicted={self.predicted} gold={self.gold})")


@dataclass(frozen=True)
class Dyad:
    """One scored pair of an interaction. `key` is (TYPE, frozenset({a, b})) for symmetric
    types and (TYPE, source, target) for directed ones, in gold entity names ("?id" for a
    predicted actor that matches no gold entity)."""

    key: tuple
    date: Any = None
    mode: Any = None
    evidence: str = ""
    origin: Any = None  # the gold interaction's index, or the predicted interaction's id

    def describe(self) -> str:
        """"CONSULT A <-> B [2023-06-18]  "evidence..."" as the shared scorer lists it."""
        if isinstance(self.key[1], frozenset):
            pair = f"{self.key[0]} {' <-> '.join(sorted(self.key[1]))}"
        else:
            pair = f"{self.key[0]} {self.key[1]} -> {self.key[2]}"
        return f"{pair} [{self.date}]  \"{str(self.evidence)[:90]}\""


@dataclass(frozen=True)
class Scores:
    entities: PRF
    type_pair: PRF
    type_pair_date: PRF
    duplicates: int
    mode_accuracy: float | None  # CONSULT mode right among date-matched gold dyads with a mode
    splits: tuple[str, ...] = ()  # one gold actor, several predicted nodes
    merges: tuple[str, ...] = ()  # several gold actors, one predicted node
    entity_false_alarms: tuple[str, ...] = ()
    entities_missed: tuple[str, ...] = ()
    wrong_type: tuple[str, ...] = ()
    interactions_missed: tuple[Dyad, ...] = ()
    interaction_false_alarms: tuple[Dyad, ...] = ()
    duplicate_dyads: tuple[Dyad, ...] = ()  # predicted dyads whose gold dyad was already taken
    mapping: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The figures, as `score.py --json` prints them."""
        dated = self.type_pair_date.to_dict()
        dated["duplicates"] = self.duplicates
        return {"entities": self.entities.to_dict(),
                "interactions_type_pair": self.type_pair.to_dict(),
                "interactions_type_pair_date": dated,
                "consult_mode_accuracy": self.mode_accuracy,
                "entity_splits": len(self.splits), "entity_merges": len(self.merges)}

    def summary(self) -> str:
        return (f"summary: entities F1={self.entities.f1:.3f}  type+pair F1={self.type_pair.f1:.3f}"
                f"  type+pair+date F1={self.type_pair_date.f1:.3f}  duplicates={self.duplicates}")

    def report(self, show: int = 15) -> str:
        """The shared scorer's text report: figures, then up to `show` items of each list."""
        lines = [self.entities.line("entities"), self.type_pair.line("interactions type+pair"),
                 self.type_pair_date.line("interactions type+pair+date")
                 + f"  duplicates={self.duplicates}",
                 f"{'CONSULT mode accuracy':<28} {self.mode_accuracy}"]
        for title, items in [("entities missed", self.entities_missed),
                             ("entity false alarms", self.entity_false_alarms),
                             ("entity splits (one actor, several nodes)", self.splits),
                             ("entity merges (several actors, one node)", self.merges),
                             ("entity type differs", self.wrong_type),
                             ("interactions missed", [d.describe() for d in self.interactions_missed]),
                             ("interaction false alarms",
                              [d.describe() for d in self.interaction_false_alarms])]:
            if items:
                lines += ["", f"{title} ({len(items)}):"] + [f"  - {x}" for x in items[:show]]
        return "\n".join(lines + ["", self.summary()])


# --------------------------------------------------------------------------- scoring

def score(gold: dict[str, Any], export: dict[str, Any]) -> Scores:
    """Score a `diplograph-export/1` document against a gold document (both parsed JSON)."""
    for what, doc, key in (("gold", gold, "entities"), ("gold", gold, "interactions")):
        if not isinstance(doc.get(key), list):
            raise ValueError(f"{what} file has no '{key}' list")
    ent = _match_entities(gold, export)
    gold_dyads, predicted = _gold_dyads(gold), _predicted_dyads(export, ent.mapping)
    gold_keys, pred_keys = {g.key for g in gold_dyads}, {p.key for p in predicted}
    type_pair = PRF.of(len(gold_keys & pred_keys), len(pred_keys), len(gold_keys))

    taken = [False] * len(gold_dyads)
    by_key: dict[tuple, list[int]] = {}
    for n, g in enumerate(gold_dyads):
        by_key.setdefault(g.key, []).append(n)
    tp = 0
    false_alarms: list[Dyad] = []
    duplicates: list[Dyad] = []
    for p in predicted:
        fitting = [n for n in by_key.get(p.key, ()) if date_within(p.date, gold_dyads[n].date)]
        free = [n for n in fitting if not taken[n]]
        if free:
            taken[free[0]] = True
            tp += 1
        elif fitting:
            duplicates.append(p)
        else:
            false_alarms.append(p)
    dated = PRF.of(tp, tp + len(duplicates) + len(false_alarms), len(gold_dyads))

    return Scores(
        entities=ent.prf, type_pair=type_pair, type_pair_date=dated, duplicates=len(duplicates),
        mode_accuracy=_mode_accuracy(gold_dyads, predicted),
        splits=tuple(ent.splits), merges=tuple(ent.merges),
        entity_false_alarms=tuple(ent.false_alarms), entities_missed=tuple(ent.missed),
        wrong_type=tuple(ent.wrong_type),
        interactions_missed=tuple(g for n, g in enumerate(gold_dyads) if not taken[n]),
        interaction_false_alarms=tuple(false_alarms), duplicate_dyads=tuple(duplicates),
        mapping=ent.mapping,
    )


@dataclass
class _EntityMatch:
    mapping: dict[str, str | None] = field(default_factory=dict)  # export id -> gold name
    prf: PRF | None = None
    splits: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_type: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def _match_entities(gold: dict[str, Any], export: dict[str, Any]) -> _EntityMatch:
    index: dict[str, set[str]] = {}  # normalised name or alias -> gold names
    gold_type: dict[str, str] = {}
    for e in gold["entities"]:
        gold_type[e["name"]] = e.get("type", "")
        for alias in [e["name"], *e.get("aliases", [])]:
            index.setdefault(norm(alias), set()).add(e["name"])
    optional = {norm(o) for o in gold.get("optional", [])}
    in_interactions = {x for i in export.get("interactions", [])
                       for role in ("source", "target", "participants") for x in i.get(role) or []}

    out = _EntityMatch()
    first_hit: dict[str, str] = {}  # gold name -> the first predicted name that matched it
    scored = 0
    for e in export.get("entities", []):
        if str(e.get("type", "")).casefold() not in _SCORED_TYPES and e["id"] not in in_interactions:
            continue  # places, topics, documents: not actors, not scored
        name = e.get("name", "")
        names = [name, *(e.get("aliases") or [])]
        target = _gold_target(index, name, names)
        out.mapping[e["id"]] = target
        if target is None:
            if not any(norm(n) in optional for n in names):
                scored += 1
                out.false_alarms.append(name)
            continue
        scored += 1
        every_hit = set().union(*(index.get(norm(n), set()) for n in names))
        if len(every_hit) > 1:
            out.merges.append(f"{name} -> {sorted(every_hit)}")
        if target in first_hit:
            out.splits.append(f"{name} (also {first_hit[target]}) = {target}")
            continue
        first_hit[target] = name
        if str(e.get("type", "")).casefold() != str(gold_type[target]).casefold():
            out.wrong_type.append(f"{name}: {e.get('type')} != {gold_type[target]}")
    out.prf = PRF.of(len(first_hit), scored, len(gold["entities"]))
    out.missed = sorted(set(gold_type) - set(first_hit))
    return out


def _gold_target(index: dict[str, set[str]], name: str, names: list[str]) -> str | None:
    """The gold entity a predicted one stands for: the one its name hits, else the one most
    of its names hit (among those its name hits, if several; ties alphabetical)."""
    hits = index.get(norm(name), set())
    if len(hits) == 1:
        return next(iter(hits))
    votes: dict[str, int] = {}
    for n in names:
        for g in index.get(norm(n), ()):
            votes[g] = votes.get(g, 0) + 1
    if hits:
        votes = {g: v for g, v in votes.items() if g in hits} or votes
    if not votes:
        return None
    return max(sorted(votes), key=votes.get)


def _dyad_key(type_: str, a: str, b: str) -> tuple:
    return (type_, frozenset((a, b))) if type_ in SYMMETRIC else (type_, a, b)


def _gold_dyads(gold: dict[str, Any]) -> list[Dyad]:
    out = []
    for n, i in enumerate(gold["interactions"]):
        type_ = i["type"].upper()
        if i.get("sides"):  # a meeting of two delegations: only cross-side pairs
            pairs: Iterable = [(a, b) for s1, s2 in itertools.combinations(i["sides"], 2)
                               for a in s1 for b in s2]
        elif i.get("actors"):
            pairs = itertools.combinations(i["actors"], 2)
        else:
            pairs = [(a, b) for a in i.get("source", []) for b in i.get("target", [])]
        out.extend(Dyad(_dyad_key(type_, a, b), i.get("date"), i.get("mode"),
                        i.get("evidence", ""), n) for a, b in pairs)
    return out


def _predicted_dyads(export: dict[str, Any], mapping: dict[str, str | None]) -> list[Dyad]:
    def gold_name(x: str) -> str:
        return mapping.get(x) or f"?{x}"

    out = []
    for i in export.get("interactions", []):
        type_ = str(i.get("type", "")).upper()
        source = [gold_name(x) for x in i.get("source") or []]
        target = [gold_name(x) for x in i.get("target") or []]
        if source and target:
            pairs: Iterable = [(a, b) for a in source for b in target]
        else:
            # as the shared scorer does: without participants, the source (or target) names
            # already looked up are looked up once more (and so stay unmatched)
            everyone = i.get("participants") or source or target
            pairs = itertools.combinations([gold_name(x) for x in everyone], 2)
        evidence = i.get("evidence") or []
        text = evidence[0].get("text", "") if evidence and isinstance(evidence[0], dict) else ""
        out.extend(Dyad(_dyad_key(type_, a, b), i.get("date"), i.get("mode"), text, i.get("id"))
                   for a, b in pairs)
    return out


def _mode_accuracy(gold_dyads: list[Dyad], predicted: list[Dyad]) -> float | None:
    """Among gold dyads with a mode, the first predicted dyad of the same key and a fitting
    date: how often its mode is the gold one."""
    judged = right = 0
    for g in gold_dyads:
        if not g.mode:
            continue
        p = next((p for p in predicted if p.key == g.key and date_within(p.date, g.date)), None)
        if p is None:
            continue
        judged += 1
        right += str(p.mode or "").lower() == str(g.mode).lower()
    return round(right / judged, 4) if judged else None
