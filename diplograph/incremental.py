"""Resolving a ledger after an ingest, redoing only what the new documents touch.

`resolve_ledger` gives exactly what `resolve.resolve` gives over every stored extraction and
correction (the graph stays a function of those, whatever the order documents came in);
it only avoids recomputing what cannot have changed. Two stages:

- actors: always recomputed over every document (the rules ask "the only person in the
  corpus with this surname", so one new document may move mentions in old ones), but
  from the ledger's cache, so an old document costs little: each distinct entity content
  (name, type, aliases, country, title, ref, forms, mention count) is kept once, a
  document as its entities' keys and content ids (two flat tuples), and what resolution
  derives from a content (name keys, office words) is worked out once per content, not
  per mention of an actor in a document, the costlier part of it (office claims, alias
  forms) kept in the cache too; a document's interactions are read only when a rule asks
  about it (`resolve._Partners`). Which old documents' entities now resolve to other
  actors is told by comparing one line of actor ids per document with the cached one.
  What stays proportional to the store: a node per document entity and the rules'
  passes over them (their decisions depend on the document and on the order merges
  happen in, so nodes of one content may end up apart). Redoing only the part the new
  documents can reach does not pay: linking contents by every key a rule compares them
  by (ref, name, a name token a short name asks for, spelling and sound blocks, name
  prefixes, acronym initials) leaves the recurring people one component of 30,000 of
  the 139,000 nodes of a 10,000-article store, and 10 new articles reach components
  with 62,000 nodes even when known countries and places with a ref are taken as inert
  (measured; working out the links costs about a third of the stage). The stage is kept
  cheap per node instead (`resolve._Nodes`, `resolve._group_by_exact_name`). At 10,000
  articles it is ~0.6 s: some fifteen passes over the nodes (~10 ms each), each rule's
  look at the 17,700 contents, and every actor's record made again (~0.15 s for 578):
  an actor whose nodes did not change may still have other reasons (a surname that was
  the only one in the corpus is now "the one in the same document"), so records are not
  reused;
- events: a report's event key is (type, source actors, target actors). Only the keys whose
  reports changed are clustered again: the keys the new documents report, and every key
  of an old document whose local entities now resolve to other actors; then, as the
  clustering of one key reads others, the pair keys of a key of several actors (and the
  other way round), and the keys with a report in the same sentence as a changed meeting
  (`_date_by_occasion`). Every other event stays as stored.

The cache lives in the ledger (`Ledger.write_resolve_cache`), written in the transaction
that writes the resolution; with no cache, a cache from other resolution code (a
fingerprint of this code), or a resolution written without one, the pass is a full one.
"""
from __future__ import annotations

import functools
import hashlib
import json
import marshal
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from diplograph import resolve as _r
from diplograph.records import Evidence, LocalInteraction
from diplograph.store.base import Resolution

if TYPE_CHECKING:
    from diplograph.store.sqlite import Ledger

__all__ = ["ResolveRun", "resolve_ledger", "fingerprint"]

_FORMAT = 6  # of the cached rows; part of the fingerprint


@dataclass(frozen=True)
class ResolveRun:
    """What one resolution of a ledger did."""

    full: bool  # every event was recomputed
    why: str  # why the pass was full ("" when incremental)
    new_documents: int  # documents whose extraction the last resolution had not seen
    changed_documents: int  # of all documents, those whose reports were keyed again
    keys: int  # event keys clustered again
    events_written: int  # event rows written (changed or new)
    resolution: Resolution | None = None  # the whole resolution, after a full pass
    seconds: tuple[tuple[str, float], ...] = ()  # (step, wall seconds) of an incremental pass


@functools.lru_cache(maxsize=None)
def fingerprint() -> str:
    """Of the code that decides what a resolution is: a cache from other code is not used."""
    from diplograph import dates, records

    digest = hashlib.sha256(f"diplograph resolution cache {_FORMAT}".encode())
    for module in (_r, dates, records):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:24]


def resolve_ledger(ledger: "Ledger", *, full: bool = False) -> ResolveRun:
    """Resolve the ledger and write the result, incrementally when its cache allows (or
    fully, with `full=True`). Call inside `ledger.transaction()`."""
    ledger.prepare_resolve_cache()
    corrections = ledger.corrections()
    previous_ids = ledger.actor_ids_ever()
    why = "asked for" if full else ledger.resolve_cache_problem(fingerprint())
    with _r._no_cyclic_gc():  # as `resolve.resolve`: many small acyclic objects
        if why is None:
            run = _incremental(ledger, corrections, previous_ids)
            if run is not None:
                return run
            why = "the cache does not match the stored documents"
        return _full(ledger, corrections, previous_ids, why)


# ---------------------------------------------------------------------- keys


@functools.lru_cache(maxsize=200_000)
def _text(key: tuple) -> str:
    return json.dumps([key[0], list(key[1]), list(key[2])], ensure_ascii=False,
                      separators=(",", ":"))


@functools.lru_cache(maxsize=200_000)
def _key(text: str) -> tuple:
    type_, source, target = json.loads(text)
    return (type_, tuple(source), tuple(target))


@functools.lru_cache(maxsize=200_000)
def _pair_keys(key: tuple) -> tuple[tuple, ...]:
    """The pair keys whose events a report of `key` may join (`_spread_group_reports`)."""
    return _r._multi_pairs(key)


_is_pair = _r._is_pair


def _interaction_data(it: LocalInteraction, published: str | None) -> tuple:
    """A stored interaction as plain tuples (marshal), with its document's publication."""
    ev = it.evidence
    evidence = None if ev is None else (ev.doc_id, ev.start, ev.end, ev.text, ev.trigger_start,
                                        ev.trigger_end, ev.rule, tuple(map(tuple, ev.details)))
    return (it.type, tuple(it.source), tuple(it.target), it.mode, it.date, it.date_text,
            it.location, it.status, it.confidence, evidence, published)


def _report_from(doc_id: str, data: tuple) -> "_r._Report":
    (type_, source, target, mode, date, date_text, location, status, confidence, evidence,
     published) = data
    ev = None if evidence is None else Evidence(*evidence)
    it = LocalInteraction(type=type_, source=source, target=target, mode=mode, date=date,
                          date_text=date_text, location=location, status=status,
                          confidence=confidence, evidence=ev)
    return _r._report_of(doc_id, published, it)


# One interaction of a document as the cache keeps it: (index, key or None, evidence
# document, evidence start, data).
_Row = tuple


def _doc_rows(doc_id: str, data: Sequence[tuple], lookup) -> list[_Row]:
    out = []
    for idx, d in enumerate(data):
        ev = d[9]
        key = _r._report_key(doc_id, d[0], d[1], d[2], lookup)
        out.append((idx, key, ev[0] if ev else None, ev[1] if ev else -1, d))
    return out


def _actor_texts(docs: Sequence[tuple[str, tuple]], node_actor: Sequence[str]
                 ) -> dict[str, str]:
    """Document id -> the actor ids of its entities, in its order, one a line (what the
    cache keeps to tell which documents' entities resolve differently now). `docs` are
    in the order of the nodes (`resolve._actor_nodes`)."""
    out, pos = {}, 0
    for doc_id, entities in docs:
        end = pos + len(entities[1])
        out[doc_id] = "\n".join(node_actor[pos:end])
        pos = end
    return out


class _ActorOf:
    """(document, local key) -> actor id, of the cached lines (`_actor_texts`), worked out
    for a document on first ask: most documents are never asked about."""

    def __init__(self, docs: Sequence[tuple[str, tuple]], texts: dict[str, str]):
        self._entities = dict(docs)
        self._texts = texts
        self._maps: dict[str, dict[str, str]] = {}

    def __call__(self, key: tuple[str, str]) -> str | None:
        doc_id, local = key
        found = self._maps.get(doc_id)
        if found is None:
            entities = self._entities.get(doc_id)
            if entities is None:
                return None
            found = self._maps[doc_id] = dict(zip(entities[0],
                                                  self._texts[doc_id].split("\n")))
        return found.get(local)


def _cache_rows(rows_of: dict[str, list[_Row]]) -> tuple[list, list]:
    """resolve_reports and resolve_pairs rows of some documents."""
    report_rows, pair_rows = [], []
    for doc_id, rows in rows_of.items():
        for idx, key, ev_doc, ev_start, data in rows:
            text = None if key is None else _text(key)
            report_rows.append((doc_id, idx, text, ev_doc, ev_start, marshal.dumps(data)))
            if key is not None:
                pair_rows.extend((_text(p), text, doc_id) for p in _pair_keys(key))
    return report_rows, pair_rows


# ---------------------------------------------------------------------- full


def _full(ledger: "Ledger", corrections, previous_ids, why: str) -> ResolveRun:
    items = _r._unique_documents(ledger.iter_extractions(text=False))
    resolution, inputs, by_doc_key, spans, decisions = _r._resolve_parts(items, corrections,
                                                                          previous_ids)
    ledger.write(resolution)
    rowids = ledger.extraction_rowids()
    lookup = by_doc_key.get
    rows_of = {doc.id: _doc_rows(doc.id, [_interaction_data(it, doc.published)
                                          for it in ext.interactions], lookup)
               for doc, ext in items}
    report_rows, pair_rows = _cache_rows(rows_of)
    ledger.write_resolve_cache(
        fingerprint(), replace_all=True,
        docs=[(doc_id, rowids[doc_id], marshal.dumps(entities),
               marshal.dumps(inputs.sides_of(doc_id)),
               "\n".join([by_doc_key[(doc_id, local)] for local in entities[0]]))
              for doc_id, entities in inputs.docs if doc_id in rowids],
        contents=[(cid, marshal.dumps(row), *inputs.contents.derived_row(cid))
                  for cid, row in enumerate(inputs.contents.rows)],
        reports=report_rows, pairs=pair_rows,
        event_keys=[(e.id, _text(_r.event_key_of(e))) for e in resolution.events],
        spans=[(_text(k), marshal.dumps(v)) for k, v in spans.items() if v],
        decisions=[(_text(k), marshal.dumps(v)) for k, v in decisions.items() if v])
    return ResolveRun(full=True, why=why, new_documents=len(inputs.docs),
                      changed_documents=len(inputs.docs),
                      keys=len({r[2] for r in report_rows if r[2] is not None}),
                      events_written=len(resolution.events), resolution=resolution)


# ---------------------------------------------------------------------- incremental


def _incremental(ledger: "Ledger", corrections, previous_ids) -> ResolveRun | None:
    clock = _Clock()
    rowids = ledger.extraction_rowids()
    cached = {doc_id: (xrowid, entities, actors)
              for doc_id, xrowid, entities, actors in ledger.resolve_cache_docs()}
    if not cached.keys() <= rowids.keys():
        return None  # documents went away: nothing else removes any, so trust nothing
    stale = sorted(d for d, rowid in rowids.items() if d not in cached or cached[d][0] != rowid)
    fresh = {doc.id: (doc, ext) for doc, ext in ledger.extractions_of(stale)}
    cached_contents = ledger.cached_contents()
    contents = _r._Contents([marshal.loads(row[0]) for row in cached_contents],
                            [row[1:] for row in cached_contents])
    known = len(contents.rows)
    fresh_inputs = {doc_id: _r._doc_inputs(doc, ext) for doc_id, (doc, ext) in fresh.items()}
    entities = {doc_id: marshal.loads(c[1]) for doc_id, c in cached.items()}
    for doc_id, inputs in fresh_inputs.items():
        entities[doc_id] = _r._doc_entities(inputs[1], contents.intern)
    docs = sorted(entities.items())

    def sides_of(doc_id: str) -> tuple:
        if doc_id in fresh_inputs:
            return _r._sides(fresh_inputs[doc_id][2])
        blob = ledger.cached_sides_of(doc_id)
        return () if blob is None else marshal.loads(blob)

    clock.lap("read")

    # actors: over everything
    actors, redirects, _, node_actor = _r._actor_nodes(
        _r._ActorInputs(docs, contents, sides_of), corrections, previous_ids)
    clock.lap("actors")
    if any("\n" in a.id for a in actors):
        # one line per document cannot hold such an id (a correction may name one ending in
        # a line break): no comparison to trust
        return None
    texts = _actor_texts(docs, node_actor)
    changed = sorted(d for d, text in texts.items() if d in fresh or text != cached[d][2])
    clock.lap("compare")
    changed_set = set(changed)

    # the changed documents' reports, keyed again; the keys they had are dirty too
    lookup = _ActorOf(docs, texts)
    data_of: dict[str, list[tuple]] = {
        doc.id: [_interaction_data(it, doc.published) for it in ext.interactions]
        for doc, ext in fresh.values()}
    dirty: set[tuple] = set()
    stored: dict[str, list] = defaultdict(list)
    for doc_id, idx, text, _, _, data in ledger.cached_reports_of_docs(changed):
        if text is not None:
            dirty.add(_key(text))
        stored[doc_id].append((idx, data))
    for doc_id, found in stored.items():
        if doc_id not in data_of:
            data_of[doc_id] = [marshal.loads(data) for _, data in sorted(found)]
    rows_of = {d: _doc_rows(d, data_of.get(d, ()), lookup) for d in changed}
    dirty |= {row[1] for rs in rows_of.values() for row in rs if row[1] is not None}

    changed_keys = set(dirty)  # the keys whose reports changed
    clock.lap("keys")
    events, redone, cache = _redo_events(ledger, changed_keys, rows_of, changed_set, lookup)
    dirty = redone
    spans, decisions = cache
    clock.lap("events")
    new_events = [events[i] for i in sorted(events)]
    dirty_text = sorted(_text(k) for k in dirty)
    written = ledger.write_changes(actors, redirects, ledger.cached_event_ids(dirty_text),
                                   new_events)
    report_rows, pair_rows = _cache_rows(rows_of)
    ledger.write_resolve_cache(
        fingerprint(), replace_all=False,
        docs=[(d, rowids[d], marshal.dumps(entities[d]), marshal.dumps(_r._sides(inputs[2])),
               texts[d]) for d, inputs in sorted(fresh_inputs.items())],
        actors=[(d, texts[d]) for d in changed if d not in fresh],
        contents=[(cid, marshal.dumps(contents.rows[cid]), *contents.derived_row(cid))
                  for cid in range(known, len(contents.rows))],
        reports_of=changed, reports=report_rows, pairs=pair_rows, keys_redone=dirty_text,
        event_keys=[(e.id, _text(_r.event_key_of(e))) for e in new_events],
        spans=spans, decisions=decisions)
    clock.lap("write")
    return ResolveRun(full=False, why="", new_documents=len(fresh), changed_documents=len(changed),
                      keys=len(dirty), events_written=written, seconds=tuple(clock.laps))


class _Clock:
    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self.last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.laps.append((step, round(now - self.last, 3)))
        self.last = now


class _SpanOnly:
    """A cluster as a group report's decision reads it: its dates."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _redo_events(ledger: "Ledger", changed: set[tuple], rows_of: dict[str, list[_Row]],
                 changed_docs: set[str], lookup):
    """The events of every key whose events may differ now that the reports of `changed`
    keys did: those keys; the group keys whose decision to join pair keys changed, and
    their pair keys; the keys with an event in the sentence of a changed meeting. Returns
    the events (by id, after `_date_by_occasion`), the keys redone, and the (spans,
    decisions) cache rows to write."""
    new_by_key: dict[tuple, list] = defaultdict(list)
    new_groups: dict[tuple, set[tuple]] = defaultdict(set)
    for doc_id, rows in rows_of.items():
        for idx, key, _, _, data in rows:
            if key is not None:
                new_by_key[key].append((doc_id, idx, data))
                for pair in _pair_keys(key):
                    new_groups[pair].add(key)

    reports: dict[tuple, list] = {}

    def load(keys: Iterable[tuple]) -> None:
        """Every report of `keys`, in the order a full resolution reads them."""
        want = sorted(k for k in set(keys) if k not in reports)
        if not want:
            return
        found = [(doc_id, idx, _key(text), data) for doc_id, idx, text, _, _, data
                 in ledger.cached_reports_of_keys(_text(k) for k in want)
                 if doc_id not in changed_docs]
        for k in want:
            reports[k] = []
            found.extend((doc_id, idx, k, data) for doc_id, idx, data in new_by_key.get(k, ()))
        found.sort(key=lambda f: (f[0], f[1]))
        for doc_id, _, key, data in found:
            if not isinstance(data, tuple):
                data = marshal.loads(data)
            reports[key].append(_report_from(doc_id, data))

    def groups_with(pairs: Iterable[tuple]) -> set[tuple]:
        """The group keys that have one of `pairs` among their pair keys, now."""
        pairs = list(pairs)
        out = {_key(t) for t in ledger.cached_keys_with_pairs(_text(p) for p in pairs)}
        for p in pairs:
            out |= new_groups.get(p, set())
        return out

    first: dict[tuple, list] = {}

    def clusters(key: tuple) -> list:
        if key not in first:
            first[key] = _r._cluster_reports(reports[key]) if reports[key] else []
        return first[key]

    # the pair keys whose first clusters' dates changed
    load(changed)
    pairs = sorted(k for k in changed if _is_pair(k))
    old_spans = ledger.cached_blobs("resolve_spans", (_text(k) for k in pairs))
    new_spans = {k: [(c.start, c.end) for c in clusters(k)] for k in pairs}
    moved = [k for k in pairs
             if new_spans[k] != (marshal.loads(old_spans[_text(k)]) if _text(k) in old_spans else [])]

    # the group keys to decide again: changed ones, and those of a pair whose dates moved
    decide = {k for k in changed if _pair_keys(k)} | groups_with(moved)
    spans_cache: dict[tuple, list] = {}

    def pair_clusters(pair: tuple) -> list:
        if pair in changed:
            return clusters(pair)  # as now (the same objects the reports go to)
        if pair not in spans_cache:
            spans_cache[pair] = []
        return spans_cache[pair]

    def decide_all(keys: Iterable[tuple]) -> dict[tuple, list]:
        keys = sorted(keys)
        load(keys)
        wanted = {p for k in keys for p in _pair_keys(k) if p not in changed and p not in spans_cache}
        for text, blob in ledger.cached_blobs("resolve_spans", (_text(p) for p in wanted)).items():
            spans_cache[_key(text)] = [_SpanOnly(a, b) for a, b in marshal.loads(blob)]
        return {k: _r._spread_decision(k, clusters(k), pair_clusters) for k in keys}

    decisions = decide_all(decide)
    old_decisions = ledger.cached_blobs("resolve_spread", (_text(k) for k in decisions))
    regrouped = {k for k, d in decisions.items()
                 if k in changed or d != (marshal.loads(old_decisions[_text(k)])
                                          if _text(k) in old_decisions else [])}
    redo = set(changed) | regrouped | {p for k in regrouped for p in _pair_keys(k)}

    def final(keys: set[tuple]) -> dict[tuple, list]:
        """The clusters of `keys` after group reports joined their pair keys."""
        load(keys)
        out = {k: clusters(k) for k in sorted(keys)}
        spreaders = {k for k in keys if _pair_keys(k)} | groups_with(k for k in keys if _is_pair(k))
        missing = {k for k in spreaders if k not in decisions}
        # a group key not decided again above decides as the cache says (its reports and
        # its pair keys' spans are as they were); one that sends no cluster home moves
        # nothing, so its reports are not read
        stays: set[tuple] = set()
        for text, blob in ledger.cached_blobs("resolve_spread", (_text(k) for k in missing)).items():
            decision = marshal.loads(blob)
            if all(homes is None for homes in decision):
                stays.add(_key(text))
                decisions[_key(text)] = decision
        decisions.update(decide_all(missing - stays))
        for k in sorted(spreaders - stays):
            _r._apply_spread(out, k, decisions[k], clusters(k))
        return out

    clustered = final(redo)
    events = _r._merged_events(clustered, lookup)
    # keys with an event in the sentence of a meeting that changed (`_date_by_occasion`)
    meetings = [k for k in redo if k[0] == "CONSULT"]
    sentences = {(ev.doc_id, ev.start) for e in events.values() if e.type == "CONSULT"
                 for ev in e.evidence}
    sentences |= ledger.event_sentences_of_keys(_text(k) for k in meetings)
    dated = {_key(t) for t in ledger.event_keys_at(sentences, meetings=False)} - redo
    if dated:
        redo |= dated
        events.update(_r._merged_events(final(dated), lookup))
        # in key order, each key's events in the order made (`_date_by_occasion` reads it)
        events = dict(sorted(events.items(), key=lambda item: _r.event_key_of(item[1])))
    vague = {(ev.doc_id, ev.start) for e in events.values() if e.type != "CONSULT"
             for ev in e.evidence}
    others = [m for m in ledger.day_meetings_at(vague) if _r.event_key_of(m) not in redo]
    _r._date_by_occasion(events, others)

    span_rows = [(_text(k), marshal.dumps(v) if v else None) for k, v in new_spans.items()]
    decision_rows = [(_text(k), marshal.dumps(d) if d else None) for k, d in decisions.items()
                     if k in decide or k in changed]
    return events, redo, (span_rows, decision_rows)
