"""The records that flow between pipeline stages.

read -> Document; extract -> DocExtraction (LocalEntity, LocalInteraction);
resolve -> Actor, Event. All are frozen: a stage never edits what an earlier stage made,
it makes new records. Each record converts to and from plain JSON-able dicts
(`to_dict` / `from_dict`) because the ledger stores extractions as JSON and the exports
are JSON.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ACTOR_TYPES",
    "ENTITY_TYPES",
    "PLOVER_TYPES",
    "SYMMETRIC_TYPES",
    "CONSULT_MODES",
    "STATUSES",
    "PRECISIONS",
    "Document",
    "Span",
    "Evidence",
    "LocalEntity",
    "LocalInteraction",
    "DocExtraction",
    "Actor",
    "Event",
    "Redirect",
]

ACTOR_TYPES = ("Person", "Country", "Organization")
ENTITY_TYPES = ACTOR_TYPES + ("Place",)

# PLOVER event types (see ../shared/eval/FORMAT.md). CONSULT, AGREE and COOPERATE are
# symmetric: their actors have no direction.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
CONSULT_MODES = ("meet", "visit", "host", "call", "virtual")
STATUSES = ("occurred", "planned", "cancelled", "refused")
# precision of an event date: "2023-06-18" day, "2023-06" month, "2023" year,
# "2023-05-10/2023-05-11" range.
PRECISIONS = ("day", "month", "year", "range")


class _Record:
    """to_dict/from_dict for the frozen dataclasses below (tuples <-> lists)."""

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            kwargs[f.name] = _revive(f.name, data[f.name])
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_NESTED: dict[str, type] = {}  # field name -> record type of its items, filled below


def _revive(name: str, value: Any) -> Any:
    kind = _NESTED.get(name)
    if isinstance(value, list):
        if kind is not None:
            return tuple(kind.from_dict(v) if isinstance(v, dict) else v for v in value)
        return tuple(_revive("", v) for v in value)
    if kind is not None and isinstance(value, dict):
        return kind.from_dict(value)
    return value


@dataclass(frozen=True)
class Document(_Record):
    """One article. `id` is the id it was given, else a hash of its normalised text."""

    id: str
    text: str
    title: str = ""
    published: str | None = None  # ISO date "YYYY-MM-DD" (or None when unknown)
    url: str = ""
    source: str = ""  # where it was read from: a path, "path:line", or "-"


@dataclass(frozen=True)
class Span(_Record):
    """A stretch of a document's text: doc.text[start:end] == text, always."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence(_Record):
    """The sentence that reports an interaction, with the trigger inside it.

    `start`/`end` slice the document text to exactly `text` (the sentence);
    `trigger_start`/`trigger_end` are document offsets of the word that signalled it.
    """

    doc_id: str
    start: int
    end: int
    text: str
    trigger_start: int = -1
    trigger_end: int = -1
    rule: str = ""  # which extraction rule fired, for debugging and confidence
    details: tuple[tuple[str, str], ...] = ()  # e.g. (("duration", "5.5 hours"),) as written


@dataclass(frozen=True)
class LocalEntity(_Record):
    """An actor or place as one document knows it, after in-document coreference.

    `key` is unique within the document ("L0", "L1", ...). `ref` is a canonical id when the
    gazetteer identifies it for certain (e.g. "country:CHN"); otherwise resolution decides.
    `country` is an ISO 3166 alpha-3 code of the actor's affiliation (a person's country,
    an organisation's country), or None.
    """

    key: str
    name: str
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...] = ()  # every surface form used in the document
    country: str | None = None
    title: str | None = None
    ref: str | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class LocalInteraction(_Record):
    """One reported interaction inside one document.

    Directed types: `source` acts on `target`. Symmetric types (SYMMETRIC_TYPES): `source`
    and `target` are the two sides (one side may hold several actors); if `target` is empty
    every pair within `source` is a participant pair. Values are LocalEntity keys.
    `date` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or "START/END", or None; `date_text` is the
    expression as written. `location` is a LocalEntity key (a Place or a Country) or None.
    """

    type: str
    source: tuple[str, ...]
    target: tuple[str, ...] = ()
    mode: str | None = None
    date: str | None = None
    date_text: str | None = None
    location: str | None = None
    status: str = "occurred"
    confidence: float = 0.5
    evidence: Evidence | None = None


@dataclass(frozen=True)
class DocExtraction(_Record):
    """Everything extraction found in one document: a pure function of the document."""

    doc_id: str
    entities: tuple[LocalEntity, ...] = ()
    interactions: tuple[LocalInteraction, ...] = ()
    extractor_version: str = ""


@dataclass(frozen=True)
class Actor(_Record):
    """A canonical node: one per real-world actor (or place).

    `id` is deterministic from the canonical identity: "country:CHN", "person:antony-blinken",
    "org:nato", "place:bali". `reasons` records why mentions were merged into it:
    ("rule: evidence", ...).
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    titles: tuple[str, ...] = ()
    mentions: int = 0  # how many mentions across all documents
    documents: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event(_Record):
    """A canonical event: one per real-world interaction, with every report of it.

    `source`/`target` hold Actor ids (see LocalInteraction for symmetric types).
    `details` keeps conflicting facts side by side: (("date", "2023-06-18", "seed-000"), ...).
    """

    id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...] = ()
    mode: str | None = None
    date: str | None = None
    precision: str | None = None  # one of PRECISIONS
    location: str | None = None  # Actor id of a Place or Country
    status: str = "occurred"
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()
    details: tuple[tuple[str, str, str], ...] = ()

    @property
    def participants(self) -> tuple[str, ...]:
        seen = dict.fromkeys(self.source + self.target)
        return tuple(seen)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.doc_id for e in self.evidence))


@dataclass(frozen=True)
class Redirect(_Record):
    """An actor id that no longer exists and the id that now holds its mentions."""

    old_id: str
    new_id: str
    reason: str = ""


_NESTED.update({
    "mentions": Span,
    "entities": LocalEntity,
    "interactions": LocalInteraction,
    "evidence": Evidence,
})

