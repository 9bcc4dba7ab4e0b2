"""Cross-document resolution: every document's local entities and interactions become
canonical Actors (one per real-world actor) and Events (one per real-world interaction).

`resolve` is a pure function of its input *set*: everything is sorted by content before any
decision is taken, so shuffled input gives an identical Resolution, and two machines that
see the same documents compute the same ids. After an ingest, `diplograph.incremental`
re-runs the actor stages over every document (from a cache of what each gives) and the
event stages only for the event keys the new documents touch, with the same result; every
stage is near-linear (dictionary indexes; fuzzy matching only inside small blocks that
share a name token).

Actors are grouped by, in order: a gazetteer `ref`; the exact normalised name (for people
the full name with its title stripped); fuzzy variants of a full name that share a name
token; names that sound alike (romanisation-aware) when office or a person in common agrees;
a name cut short (its start, its end, or without a middle given name) of exactly one longer
name; a lone surname or given name that
names exactly one person in the corpus (or the one in the same document, or, garbled, sounds
like one there who deals with the same counterpart); a description that names one office
holder; "the foreign ministry" of no country that joins its document's one ministry; a
qualified organisation name ("X Office"); an acronym that spells exactly one organisation.
Every merge records its rule and evidence in `Actor.reasons`. User corrections
(`Correction`) are applied last, on every run, so they survive re-ingest.

Events: reports of one (type, actors) key cluster by date (a day apart still matches; the
most precise date wins), by echo (one wire story in two articles), or, undated, by the
event their article could have told; conflicting facts stay side by side in
`Event.details`; a planned event later reported done is occurred; an event told with a
meeting of the same actors takes the meeting's settled date.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import heapq
import marshal
import operator
import re
import unicodedata
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, combinations
from typing import Callable, Iterable, Sequence

from rapidfuzz import fuzz

from diplograph.dates import interval, precision_of
from diplograph.names import COMPOUND_GIVEN, PATRONYMIC, without_arabic_article
from diplograph.records import (
    CONSULT_MODES,
    SYMMETRIC_TYPES,
    Actor,
    DocExtraction,
    Document,
    Event,
    Evidence,
    LocalInteraction,
    Redirect,
)
from diplograph.store.base import Resolution

__all__ = [
    "CORRECTION_KINDS",
    "Correction",
    "resolve",
    "normalise_name",
    "person_name",
    "slugify",
    "event_id",
]

CORRECTION_KINDS = ("alias", "merge", "split")


@dataclass(frozen=True)
class Correction:
    """A user correction, kept in the ledger and applied on every resolve.

    alias: `name` (a surface form) belongs to actor `target` (an id or a name; a new actor
           is made when no such actor exists).
    merge: actor `name` (id or name) is the same as actor `target`; `name` redirects.
    split: the documents that call actor `target` by `name` are about someone else.
    """

    kind: str
    name: str
    target: str

    def __post_init__(self) -> None:
        if self.kind not in CORRECTION_KINDS:
            raise ValueError(f"correction kind {self.kind!r} is not one of {', '.join(CORRECTION_KINDS)}")
        if not self.name.strip() or not self.target.strip():
            raise ValueError(f"correction {self.kind!r} needs a name and a target, got "
                             f"{self.name!r} -> {self.target!r}")


# --------------------------------------------------------------------------- names

# Words that make up a title before a person's name ("US Secretary of State", "Chinese
# Foreign Minister", "Vice President"); general knowledge, not tied to any article.
_TITLE_LINKS = frozenset({"to", "of", "for", "and", "the"})  # words inside a title, never one capitalised
_TITLE_WORDS = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady madam madame mme herr
president presidents potus sec vice prime premier minister ministers deputy secretary under assistant
state foreign defense defence interior finance trade commerce treasury home affairs external
justice economy economic energy health education security national homeland public
chancellor ambassador envoy special representative spokesperson spokesman spokeswoman
senator sen rep representative congressman congresswoman speaker governor mayor
king queen prince princess crown emperor empress sheikh sheik sultan emir pope cardinal
archbishop bishop ayatollah
general gen admiral adm colonel col lieutenant lt major maj captain capt commander cmdr
marshal field brigadier sergeant sgt
chief head director leader chairman chairwoman chair chairperson ceo founder co cofounder
executive councillor councilor counselor counsellor adviser advisor
top senior former acting incoming outgoing then current new late interim caretaker
official diplomat counterpart
of the for and to on in at
office commission committee council ministry department agency bureau party central
general-secretary secretary-general
us usa uk un eu
""".split())

# honorifics that are often part of a name itself ("Sharif Sheikh Ahmed", "Sheikh Hasina")
_NAME_HONORIFICS = frozenset({"sheikh", "sheik", "sultan"})
# Office words that mark a descriptive phrase ("China's defense minister") rather than a
# name; deliberately narrower than _TITLE_WORDS, which has words that are also surnames.
_OFFICE_WORDS = frozenset("""
minister president secretary spokesperson spokesman spokeswoman ambassador envoy premier
chancellor official officials diplomat counterpart leader adviser advisor director chairman
chairwoman governor senator commander foreign defense defence deputy vice ministry
department government
""".split())

# Lower-case particles inside names ("Ursula von der Leyen", "Mohammed bin Salman").
_PARTICLES = frozenset("de da di del della der den van von al el bin ibn bint le la du dos das "
                       "do y ter ten zu abu ben".split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_IBERIAN_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del"})
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "at", "de", "des", "du",
                           "la", "le", "et"})


@lru_cache(maxsize=200_000)
def normalise_name(text: str) -> str:
    """Case, accents, punctuation, a possessive 's and leading 'the's removed:
    "the U.S. State Department's" -> "us state department"."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    # dots and apostrophes join letters (U.S. -> us, O'Brien -> obrien)
    s = s.replace("'", "").replace(".", "")
    s = re.sub(r"[^\w\s]|_", " ", s)
    s = " ".join(s.split())
    while s.startswith("the "):  # every one, so that normalising twice changes nothing
        s = s[4:]
    return s


@lru_cache(maxsize=200_000)
def person_name(text: str) -> tuple[str, str, str]:
    """A person's surface form -> (key, display, kind).

    The leading title is stripped ("US Secretary of State Antony Blinken" -> display
    "Antony Blinken"); the key is normalised without middle initials or "Jr". `kind` is
    "full" (two or more name tokens), "single" (a surname or given name alone) or
    "descriptive" (a title or phrase, not a name: "China's defense minister").
    """
    tokens = [part for t in str(text).split() for part in _handle_words(t)]
    # "el-Sisi", "al-Sisi" and "Sisi" are one name: the Arabic article is left out of the key
    norms = [normalise_name(without_arabic_article(t)) for t in tokens]
    keep = [i for i, n in enumerate(norms) if n]
    tokens, norms = [tokens[i] for i in keep], [norms[i] for i in keep]
    # ("President To Lam": a capitalised "To" opens the name, as "to" in "Ambassador to" does not)
    titleish = [all(p in _TITLE_WORDS for p in n.split()) and not (t[:1].isupper() and n in _TITLE_LINKS)
                for t, n in zip(tokens, norms)]
    last_title = max((i for i, t in enumerate(titleish) if t), default=-1)
    while last_title > 0 and norms[last_title] in _NAME_HONORIFICS and not titleish[last_title - 1] \
            and tokens[last_title - 1][:1].isupper() and not re.search(r"['\u2019]s$", tokens[last_title - 1]) \
            and not _names_a_country(tokens[last_title - 1]):
        # "Sharif Sheikh Ahmed": an honorific after a name word is part of the name
        last_title = max((i for i, t in enumerate(titleish[:last_title - 1]) if t), default=-1)
    start = last_title + 1 if 0 <= last_title < len(tokens) - 1 else 0
    # "China's Qin Gang": a leading possessive before a two-token name is an affiliation
    if start == 0 and len(tokens) >= 3 and re.search(r"['\u2019]s$", tokens[0]):
        start = 1
    tokens, norms = tokens[start:], norms[start:]
    while len(norms) > 1 and norms[-1] in _SUFFIXES:
        tokens, norms = tokens[:-1], norms[:-1]
    display = " ".join(tokens).strip(" ,;:")
    parts = " ".join(norms).split()
    if not parts:
        return normalise_name(text), str(text).strip(), "descriptive"
    key_parts = [p for i, p in enumerate(parts) if len(p) > 1 or i in (0, len(parts) - 1)]
    key = " ".join(key_parts)
    mixed_case = any(t[:1].isupper() for t in tokens)
    lower_word = mixed_case and any(t[:1].islower() and normalise_name(t) not in _PARTICLES
                                    and without_arabic_article(t) == t for t in tokens)
    if lower_word or any(p in _OFFICE_WORDS for p in parts) or any(p.isdigit() for p in parts):
        return normalise_name(text), str(text).strip(), "descriptive"
    return key, display, "full" if len(key_parts) >= 2 else "single"


def _names_a_country(word: str) -> bool:
    """'Kuwaiti', 'Oman': a word saying whose an honorific is, not a name of its bearer."""
    from diplograph.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    return gaz.country_by_name(word) is not None or gaz.country_by_demonym(word) is not None


def _handle_words(token: str) -> list[str]:
    """A social media handle reads as words: "@SecBlinken" -> ["Sec", "Blinken"]."""
    if len(token) > 2 and token[0] == "@":
        return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", token[1:]).split() or [token]
    return [token]


def slugify(text: str) -> str:
    """"Antony Blinken" -> "antony-blinken"; a name with no latin letters gets a short hash."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"['\u2019.]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x" + hashlib.sha256(str(text).encode("utf-8")).hexdigest()[:10]


def event_id(type_: str, source: Sequence[str], target: Sequence[str], date: str | None,
             mode: str | None = None) -> str:
    """"ev-" + a short hash of type, actors and date: the same event found twice (in two
    articles, or by two machines) gets one id. A phone or video call is told apart from a
    meeting of the same pair on the same day (`mode` given only then)."""
    raw = "|".join([type_, ",".join(source), ",".join(target), date or ""])
    if mode in _REMOTE_MODES:
        raw += "|remote"
    return "ev-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- actors

_PREFIX = {"Person": "person", "Country": "country", "Organization": "org", "Place": "place"}
_REF_TYPES = {"person": "Person", "country": "Country", "org": "Organization", "place": "Place"}
_TYPE_ORDER = {"Person": 0, "Country": 1, "Organization": 2, "Place": 3}
_ID_PATTERN = re.compile(r"^(person|country|org|place):\S+$")


@dataclass(slots=True, eq=False)
class _Node:
    """One local entity of one document. Everything but its position (idx, doc_id, local)
    is a function of its content (`cid`), worked out once per content (`_Contents.proto`)."""

    idx: int
    doc_id: str
    local: str  # the entity's key in its document
    cid: int  # its content's id: nodes of one content differ only in idx, doc_id, local
    ent: "_Entity"  # shared by the nodes of one content
    key: str  # primary normalised key (for people: title stripped)
    display: str  # primary display form
    kind: str  # people: full / single / descriptive; others: "name"
    keys: tuple[str, ...]  # every normalised form used for exact matching
    type: str = ""
    country: str | None = None
    forms: tuple[str, ...] = ()  # every surface form as written (name, aliases, mentions)
    mentions: int = 0  # how many mentions the document has of it
    named: tuple[str, ...] = ()  # the forms that name the actor (`_alias_forms_of`)


class _Entity:
    """What resolution reads of a LocalEntity: its names and identity, not the offsets of
    its mentions (those stay in the ledger's extractions) nor its key in its document."""

    __slots__ = ("name", "type", "aliases", "country", "title", "ref")

    def __init__(self, name, type_, aliases, country, title, ref):
        self.name, self.type, self.aliases = name, type_, aliases
        self.country, self.title, self.ref = country, title, ref


# A document as resolution reads it ("inputs"): plain tuples, so a ledger can keep it
# (marshal) and a later incremental resolution reads it back without decoding the
# extraction. (published, entities, interactions) with
#   entity: (key, name, type, aliases, country, title, ref, forms, mention count), sorted
#           by (key, name, type); all but the key is its content (`_Contents`)
#   interaction: (type, source keys, target keys, evidence doc id or None, evidence start)
DocInputs = tuple


def _doc_inputs(doc: Document, ext: DocExtraction) -> DocInputs:
    entities = tuple(
        (e.key, e.name, e.type, tuple(e.aliases), e.country, e.title, e.ref,
         tuple(dict.fromkeys(f for f in (e.name, *e.aliases, *(m.text for m in e.mentions))
                             if f and f.strip())),
         len(e.mentions))
        for e in sorted(ext.entities, key=lambda e: (e.key, e.name, e.type)))
    interactions = tuple(
        (it.type, tuple(it.source), tuple(it.target),
         it.evidence.doc_id if it.evidence is not None else None,
         it.evidence.start if it.evidence is not None else -1)
        for it in ext.interactions)
    return (doc.published, entities, interactions)


class _Contents:
    """Entity contents by id: (name, type, aliases, country, title, ref, forms, mention
    count), the part of a document's entity row that is not its key. One real actor is
    named the same way in many documents, so a corpus has far fewer contents than
    entities; what resolution derives from a content is derived once (`proto`, `claims`,
    `alias_forms`), and a ledger's cache keeps the costlier part (`derived_row`: a later
    resolution by the same code reads it instead of deriving it again)."""

    def __init__(self, rows: Sequence[tuple] = (), derived: Sequence[tuple] = ()):
        self.rows: list[tuple] = list(rows)
        self.ids: dict[tuple, int] = {row: i for i, row in enumerate(self.rows)}
        self._protos: list[tuple | None] = [None] * len(self.rows)
        # by content id: its (office claims, alias forms), or what a cache keeps of them
        # (`derived_row`), or None before either is known
        self._derived: list[tuple | None] = list(derived)
        self._derived += [None] * (len(self.rows) - len(self._derived))

    def intern(self, row: tuple) -> int:
        cid = self.ids.get(row)
        if cid is None:
            cid = self.ids[row] = len(self.rows)
            self.rows.append(row)
            self._protos.append(None)
            self._derived.append(None)
        return cid

    def claims(self, cid: int) -> frozenset:
        """`_office_claims` of a person's full name (a content)."""
        return self._derived_of(cid)[0]

    def alias_forms(self, cid: int) -> tuple[str, ...]:
        """`_alias_forms_of` a content."""
        return self._derived_of(cid)[1]

    def _derived_of(self, cid: int) -> tuple:
        out = self._derived[cid]
        if out is None:
            name, type_, aliases, _, title, _, forms, _ = self.rows[cid]
            key, _, kind, _ = _name_keys(type_, name, aliases)
            out = self._derived[cid] = (
                _office_claims(forms, key, title) if type_ == "Person" and kind == "full"
                else None, _alias_forms_of(type_, kind, forms))
        elif out[1].__class__ is not tuple:  # as a cache keeps it (`derived_row`)
            claims, mask = out
            forms = self.rows[cid][6]
            out = self._derived[cid] = (
                None if claims is None else _claims_of_blob(claims),
                forms if mask is None else _picker(mask)(forms))
        return out

    def derived_row(self, cid: int) -> tuple[bytes | None, int | None]:
        """What a cache keeps of a content's office claims (marshal, or None when it is not
        a person's full name) and alias forms (a bit mask over its forms, None for all)."""
        claims, alias = self._derived_of(cid)
        forms = self.rows[cid][6]
        return (None if claims is None else marshal.dumps(claims),
                None if alias == forms else sum(1 << forms.index(f) for f in alias))

    def proto(self, cid: int) -> tuple:
        """The fields of `_Node` after (idx, doc_id, local, cid)."""
        out = self._protos[cid]
        if out is None:
            name, type_, aliases, country, title, ref, forms, mentions = self.rows[cid]
            ent = _Entity(name, type_, aliases, country, title, ref)
            out = self._protos[cid] = (ent, *_name_keys(type_, name, aliases), type_, country,
                                       forms, mentions, self.alias_forms(cid))
        return out


@lru_cache(maxsize=10_000)
def _claims_of_blob(blob: bytes) -> frozenset:
    """Office claims as a cache keeps them (marshal): most people's are one of a few."""
    return marshal.loads(blob)


@lru_cache(maxsize=None)
def _picker(mask: int) -> Callable[[tuple], tuple]:
    """The items of a tuple at the set bits of `mask`, as a tuple (few masks recur)."""
    at = [i for i in range(mask.bit_length()) if mask >> i & 1]
    if len(at) > 1:
        return operator.itemgetter(*at)
    return (lambda items: (items[at[0]],)) if at else (lambda items: ())


@dataclass
class _ActorInputs:
    """What the actor stage reads: each document's entities as (their keys, their content
    ids), two tuples in the document's order, by document id; the contents; and a
    document's interactions as (source keys, target keys), asked for only when a rule
    needs that document's (`_Partners`)."""

    docs: Sequence[tuple[str, tuple[tuple[str, ...], tuple[int, ...]]]]
    contents: _Contents
    sides_of: Callable[[str], Iterable[tuple[tuple, tuple]]]


def _actor_inputs(rows: Sequence[tuple[str, DocInputs]], contents: _Contents | None = None
                  ) -> _ActorInputs:
    """The actor stage's inputs of documents' `DocInputs` (by document id)."""
    contents = contents if contents is not None else _Contents()
    intern = contents.intern
    docs = [(doc_id, _doc_entities(inputs[1], intern)) for doc_id, inputs in rows]
    sides = {doc_id: _sides(inputs[2]) for doc_id, inputs in rows}
    return _ActorInputs(docs, contents, lambda doc_id: sides.get(doc_id, ()))


def _doc_entities(entities: Sequence[tuple], intern: Callable[[tuple], int]
                  ) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A document's entity rows (`DocInputs`) as (keys, content ids): two flat tuples,
    which a cache keeps and a resolution reads back cheaply."""
    return tuple(row[0] for row in entities), tuple(intern(row[1:]) for row in entities)


def _sides(interactions: Iterable[tuple]) -> tuple[tuple[tuple, tuple], ...]:
    """(source keys, target keys) of a document's interactions (what `_partners` reads)."""
    return tuple((it[1], it[2]) for it in interactions)


@lru_cache(maxsize=200_000)
def _name_keys(type_: str, name: str, aliases: tuple[str, ...]) -> tuple[str, str, str, tuple[str, ...]]:
    """(key, display, kind, keys) of a local entity; the same names recur in many documents."""
    if type_ == "Person":
        key, display, kind = person_name(name)
        fulls = [person_name(f) for f in (name, *aliases) if f]
        fulls = [p for p in fulls if p[2] == "full"]
        if kind != "full" and fulls:
            # the document knows the full name even if it chose a short one as the name
            key, display, kind = max(fulls, key=lambda p: (len(p[0]), p[0]))
        return key, display, kind, tuple(sorted({p[0] for p in fulls}))
    keys = tuple(sorted({k for k in (normalise_name(f) for f in (name, *aliases)) if k}))
    return normalise_name(name), name.strip(), "name", keys


class _Groups:
    """Union-find over nodes that remembers refs, countries and why each merge happened."""

    _NONE: frozenset = frozenset()

    def __init__(self, nodes: _Nodes, generic: frozenset[int] = frozenset(),
                 by_content: dict[int, list[int]] | None = None):
        self.nodes = nodes
        self.parent = list(range(len(nodes)))
        self.generic = generic  # nodes of a body of no known country ("the foreign ministry")
        none = self._NONE
        # content id -> its nodes, ascending: rules that read only content work per content
        self.by_content = by_content if by_content is not None else _by_content(nodes)
        self.cids = cids = nodes.cids  # by node index
        self.docs = nodes.docs  # by node index
        # one frozenset per content, shared by its nodes: `_merged` copies what it grows
        # (being a generic body is a matter of content: `_generic_body_nodes`)
        ref_of, country_of = {}, {}
        # type -> its contents' nodes, in `by_content`'s order: most rules read one type
        self.by_type: dict[str, list[list[int]]] = {}
        for cid, idxs in self.by_content.items():
            n = nodes[idxs[0]]
            found = self.by_type.get(n.type)
            if found is None:
                found = self.by_type[n.type] = []
            found.append(idxs)
            # a generic body's ref is a kind, not an identity: it may join a country's body
            ref_of[cid] = frozenset({n.ent.ref}) if n.ent.ref and n.idx not in generic else none
            country_of[cid] = frozenset({n.ent.country}) if n.ent.country else none
        self.refs: list[set | frozenset] = list(map(ref_of.__getitem__, cids))
        self.countries: list[set | frozenset] = list(map(country_of.__getitem__, cids))
        # root -> why its nodes joined: (rule text, document or None), or (rule text, a
        # tuple of documents) for several joins at once; only distinct (text, document)
        # pairs are read (`_summarise_reasons`), so the lists' order and repeats are free
        self.reasons: dict[int, list[tuple[str, str | None | tuple[str, ...]]]] = {}
        self.misnamed: set[int] = set()  # nodes whose name must not name their actor
        self.displays: dict[str, str] = {}  # full-name key -> its usual display form
        # person full-name key -> its nodes by content (`_full_key_index`)
        self.full_parts: dict[str, list[list[int]]] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    @staticmethod
    def compatible_countries(a: set[str] | frozenset, b: set[str] | frozenset) -> bool:
        return not a or not b or not a.isdisjoint(b)

    def union(self, a: int, b: int, reason: str, doc: str | None, *, check_country: bool) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        refs, countries = self.refs, self.countries
        if refs[ra] and refs[rb] and refs[ra] != refs[rb]:
            return False  # two gazetteer identities never merge
        if check_country and not self.compatible_countries(countries[ra], countries[rb]):
            return False
        # the lowest index is the root (deterministic); the bigger collection absorbs the
        # smaller one, so a large group never gets copied
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        refs[root] = self._merged(refs[root], refs[child])
        countries[root] = self._merged(countries[root], countries[child])
        mine, theirs = self.reasons.pop(root, []), self.reasons.pop(child, [])
        if len(theirs) > len(mine):
            mine, theirs = theirs, mine
        mine.extend(theirs)
        mine.append((reason, doc))
        self.reasons[root] = mine
        return True

    @staticmethod
    def _merged(a, b):
        if not b or b <= a:
            return a
        if not a or a <= b:
            return b if isinstance(b, set) else set(b)
        if len(a) < len(b):
            a, b = b, a
        a = a if isinstance(a, set) else set(a)
        a |= b
        return a

    def root_of(self) -> list[int]:
        """Node index -> its root. A node's parent is never above it (a root is its group's
        least index), so in ascending order a parent's root is known."""
        root = self.parent[:]
        for i, p in enumerate(root):
            root[i] = root[p]
        return root

    def roots(self, root: list[int] | None = None) -> dict[int, list[int]]:
        """Root -> its members, ascending, by root (`root`: `root_of()`, when known)."""
        if root is None:
            root = self.root_of()
        out: dict[int, list[int]] = defaultdict(list)
        for i, r in enumerate(root):
            out[r].append(i)
        return out


class _Nodes(dict):
    """The nodes by index (document by document, each document's entities in its order),
    each `_Node` made when first asked for: most nodes are only counted (by content,
    document and group, from `docs`, `locals` and `cids`), never read one by one, and a
    store of 10,000 articles has 140,000 of them. A dict of the nodes made so far, so
    asking for one made already costs what a list's item does; `len` and iteration are
    of all the nodes."""

    __slots__ = ("docs", "locals", "cids", "_contents", "_size", "_inputs", "_ranges")

    def __init__(self, inputs: _ActorInputs):
        super().__init__()
        docs = inputs.docs
        self.docs: list[str] = list(chain.from_iterable([d] * len(e[1]) for d, e in docs))
        self.locals: list[str] = list(chain.from_iterable(e[0] for _, e in docs))
        self.cids: list[int] = list(chain.from_iterable(e[1] for _, e in docs))
        self._contents = inputs.contents
        self._size = len(self.cids)
        self._inputs = docs
        self._ranges: dict[str, list[range]] | None = None

    def of_document(self, doc_id: str) -> list[int]:
        """The indexes of a document's nodes, ascending."""
        if self._ranges is None:
            self._ranges, start = {}, 0
            for d, entities in self._inputs:  # document by document: a range each
                self._ranges.setdefault(d, []).append(range(start, start + len(entities[1])))
                start += len(entities[1])
        return [i for found in self._ranges.get(doc_id, ()) for i in found]

    def __missing__(self, i: int) -> _Node:
        if not 0 <= i < self._size:
            raise IndexError(f"no node {i!r}: there are {self._size}")
        cid = self.cids[i]
        n = self[i] = _Node(i, self.docs[i], self.locals[i], cid, *self._contents.proto(cid))
        return n

    def __len__(self) -> int:
        return self._size

    @property
    def contents(self) -> _Contents:
        return self._contents

    def __iter__(self):
        return map(self.__getitem__, range(self._size))


def _collect_nodes(inputs: _ActorInputs) -> _Nodes:
    return _Nodes(inputs)


def _by_content(nodes: _Nodes) -> dict[int, list[int]]:
    """Content id -> the indexes of its nodes, ascending."""
    out: dict[int, list[int]] = defaultdict(list)
    for i, cid in enumerate(nodes.cids):
        out[cid].append(i)
    return out


def _in_order(parts: list[list[int]]) -> list[int]:
    """Ascending lists of node indexes (of several contents) as one ascending list."""
    return parts[0] if len(parts) == 1 else sorted(chain.from_iterable(parts))


_BODY_REF = re.compile(r"^org:[a-z]{3}-(.+)$")  # a country's body: org:chn-foreign-ministry


def _generic_body_nodes(nodes: _Nodes, by_content: dict[int, list[int]]) -> frozenset[int]:
    """Organisations whose ref is a kind of body of no known country ("the foreign ministry",
    org:foreign-ministry) while some document names a country's body of that kind
    (org:chn-foreign-ministry). A matter of content: all nodes of a content or none."""
    reps = [nodes[idxs[0]] for idxs in by_content.values()]
    org_refs = {n.ent.ref for n in reps if n.ent.ref and n.ent.ref.startswith("org:")}
    kinds = {m.group(1) for ref in org_refs for m in [_BODY_REF.match(ref)] if m}
    if not kinds:
        return frozenset()
    return frozenset(i for n in reps
                     if n.ent.ref and not n.country and n.ent.ref.startswith("org:")
                     and n.ent.ref[4:] in kinds for i in by_content[n.cid])


def _group_by_ref(g: _Groups) -> None:
    """One group per gazetteer ref. The first step, so every node is still alone: each
    ref's nodes join its first one directly (what `union` would do, without a call per
    node, which a store of 10,000 articles makes 60,000 times)."""
    parts: dict[str, list[list[int]]] = {}
    generic, nodes = g.generic, g.nodes
    for idxs in g.by_content.values():
        ref = nodes[idxs[0]].ent.ref
        if ref and idxs[0] not in generic:
            parts.setdefault(ref, []).append(idxs)
    parent, countries = g.parent, g.countries
    for ref, found in parts.items():  # each ref's nodes apart from the others': any order
        size = sum(map(len, found))
        if size < 2:
            continue
        root = min(idxs[0] for idxs in found)
        seen = set()
        for idxs in found:
            if countries[idxs[0]]:  # a content's, the same for all its nodes
                seen |= countries[idxs[0]]
            for i in idxs:
                parent[i] = root
        if seen:
            countries[root] = seen
        g.reasons[root] = [(f"ref: {ref}", None)]  # one for the size - 1 joins


def _group_by_exact_name(g: _Groups) -> None:
    """Nodes of one type that share a normalised name join the first of them (a person's
    full name; an organisation's or place's with a compatible country), each key in
    turn, its nodes in index order.

    Nodes of one content are worked through together where that cannot change anything:
    once a node still alone joins, every later node of its content that is still alone
    would join as well (its ref set is the same one, empty or already the root's, and a
    root's ref set never changes once not empty; its countries are now among the root's,
    which only grow), and it changes nothing the others are checked against. So the
    rest of such a content joins at once, and the nodes are visited content by content
    (merged in index order) instead of one by one. Which root's reason list a reason
    goes to, and in what order, changes nothing: the lists of merged roots are joined and
    only their distinct entries are read (`_summarise_reasons`)."""
    nodes, generic = g.nodes, g.generic
    index: dict[tuple[str, str], list[list[int]]] = defaultdict(list)
    for idxs in g.by_content.values():
        n = nodes[idxs[0]]  # what is read here is content, the same for all its nodes
        if n.type == "Person" and n.kind != "full":
            continue  # lone surnames and titles are handled by _attach_short_names
        if n.idx in generic:
            continue  # handled by _attach_generic_bodies
        for k in n.keys:
            index[(n.type, k)].append(idxs)
    find, parent, reasons = g.find, g.parent, g.reasons
    refs, countries, merged = g.refs, g.countries, g._merged
    docs = g.docs
    for (type_, key), parts in sorted(index.items()):
        ref = nodes[parts[0][0]].ent.ref
        if ref and all(nodes[p[0]].ent.ref == ref for p in parts):
            continue  # one ref's nodes (not generic: see above), one group since `_group_by_ref`
        check_country = type_ != "Person"
        # a part (one content's nodes) whose nodes are all still alone: of no ref (so
        # `_group_by_ref` left them alone) and at its content's first key (keys are sorted)
        untouched = [not nodes[p[0]].ent.ref and nodes[p[0]].keys[0] == key for p in parts]
        if all(untouched) and (not check_country or len(
                {c for p in parts for c in countries[p[0]]}) <= 1):
            # every node still alone, of no ref, and no two countries to clash: each joins
            # the first in its turn, so all of them do
            root = min(p[0] for p in parts)
            found = reasons.get(root)
            if found is None:
                found = reasons[root] = []
            for p in parts:
                if countries[p[0]]:
                    countries[root] = merged(countries[root], countries[p[0]])
                n = nodes[p[0]]
                reason = f"same name: '{n.display if n.key == key else key}'"
                rest = p[1:] if p[0] == root else p
                if rest:
                    for k in rest:
                        parent[k] = root
                    found.append((reason, tuple(map(docs.__getitem__, rest))))
            if not found:
                del reasons[root]  # (one node: nothing joined)
            continue
        queue = [(p[0], j, 0) for j, p in enumerate(parts)]  # each part's next node
        heapq.heapify(queue)
        head = queue[0][0]
        root = find(head)
        while queue:
            i, j, pos = heapq.heappop(queue)
            part = parts[j]
            follow = True  # the part's next node is visited in its turn
            if i == head:
                pass
            elif parent[i] == i and i not in reasons:
                # a node still alone: what `union(head, i)` does, without its calls (i
                # comes after head, so its root stays the root; see `_Groups.union`)
                a, b = refs[root], refs[i]
                if a and b and a != b:
                    pass  # two gazetteer identities never merge
                elif check_country and not g.compatible_countries(countries[root], countries[i]):
                    pass
                else:
                    n = nodes[i]
                    reason = f"same name: '{n.display if n.key == key else key}'"
                    parent[i] = root
                    if b:
                        refs[root] = merged(a, b)
                    if countries[i]:
                        countries[root] = merged(countries[root], countries[i])
                    found = reasons.get(root)
                    if found is None:
                        found = reasons[root] = []
                    found.append((reason, docs[i]))
                    if untouched[j]:  # the rest of its content joins too (see above)
                        rest = part[pos + 1:]
                        if rest:
                            for k in rest:
                                parent[k] = root
                            found.append((reason, tuple(map(docs.__getitem__, rest))))
                        follow = False
            elif find(i) != root:  # else already one (by ref, mostly): no reason to word
                # the same full name of a person is the same person; an organisation or
                # place name ("foreign ministry") also needs a compatible country
                n = nodes[i]
                g.union(head, i, f"same name: '{n.display if n.key == key else key}'", n.doc_id,
                        check_country=check_country)
                root = find(head)
            if follow and pos + 1 < len(part):
                heapq.heappush(queue, (part[pos + 1], j, pos + 1))


def _full_key_index(g: _Groups) -> dict[str, list[int]]:
    """Person full-name key -> the nodes that carry it, ascending."""
    parts: dict[str, list[list[int]]] = defaultdict(list)
    for idxs in g.by_type.get("Person", ()):
        n = g.nodes[idxs[0]]
        if n.kind == "full":
            for k in n.keys:
                parts[k].append(idxs)
    g.full_parts = parts
    # in the order of each key's first node, as a pass over the nodes would make it
    return {k: idxs for k, idxs in sorted(((k, _in_order(found)) for k, found in parts.items()),
                                          key=lambda item: item[1][0])}


def _display_of(g: _Groups, idxs: list[int], key: str) -> str:
    """The usual display form of a full-name key (`idxs`: the key's nodes, always all of
    them, so it is worked out once per key)."""
    shown = g.displays.get(key)
    if shown is None:
        nodes, by_content = g.nodes, g.by_content
        forms: dict[str, int] = {}
        parts = g.full_parts.get(key)  # the key's nodes by content, when indexed
        counts = ((g.cids[p[0]], len(p)) for p in parts) if parts is not None else Counter(
            map(g.cids.__getitem__, idxs)).items()
        for cid, count in counts:
            n = nodes[by_content[cid][0]]  # display and key are content
            if n.key == key:
                forms[n.display] = forms.get(n.display, 0) + count
        shown = min(forms, key=lambda f: (-forms[f], -len(f), f)) if forms else key
        g.displays[key] = shown
    return shown


def _group_fuzzy_people(g: _Groups, full_index: dict[str, list[int]]) -> None:
    """Variant spellings of one full name ("Anthony"/"Antony Blinken", "Nicolas"/"Nicholas
    Burns"): same token count, one name token identical, the rest similar and starting with
    the same two letters, compatible countries. Blocks by (position, shared token, first
    letters of the rest) keep this near-linear."""
    titles: dict[str, set[str]] = defaultdict(set)
    for key in full_index:
        for t in {g.nodes[p[0]].ent.title for p in g.full_parts[key]}:  # a title once
            if t:
                titles[key].update(w for w in normalise_name(t).split() if w not in _ACRONYM_SKIP)
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for key in full_index:
        parts = key.split()
        for pos in (0, len(parts) - 1):
            rest = " ".join(parts[:pos] + parts[pos + 1:])
            blocks[(len(parts), pos, parts[pos], _opening_letters(rest))].append(key)
    candidates: list[tuple[float, str, str]] = []
    for (_, pos, _, _), keys in blocks.items():
        keys = sorted(set(keys))
        for i, a in enumerate(keys):
            pa = a.split()
            rest_a = " ".join(pa[:pos] + pa[pos + 1:])
            for b in keys[i + 1:]:
                pb = b.split()
                rest_b = " ".join(pb[:pos] + pb[pos + 1:])
                if min(len(rest_a), len(rest_b)) < 4 or abs(len(rest_a) - len(rest_b)) > 2:
                    continue  # "Li Qiang"-sized names differ in a letter and are different people
                rest_score = max(fuzz.ratio(rest_a, rest_b), 100 * (_folded(rest_a) == _folded(rest_b))) / 100
                needed = 0.85
                if titles[a] and titles[b] and not titles[a] & titles[b]:
                    needed = 0.92  # different offices: ask for a closer spelling
                if rest_score < needed:
                    continue
                candidates.append((fuzz.ratio(a, b) / 100, a, b))
    # "Amir-Abdollahian" and "Amirabdollahian": one name written with and without its hyphen
    compact: dict[str, list[str]] = defaultdict(list)
    for key in full_index:
        # (and "Mohd Nizan" written out: "Mohamad Nizan")
        compact[" ".join(_ABBREVIATED_NAMES.get(w, w) for w in key.split()).replace(" ", "")].append(key)
    for keys in compact.values():
        a, *others = sorted(keys)
        candidates += [(fuzz.ratio(a, b) / 100, a, b) for b in others]
    for score, a, b in sorted(set(candidates), key=lambda c: (-c[0], c[1], c[2])):
        ia, ib = full_index[a][0], full_index[b][0]
        g.union(ia, ib, f"fuzzy {score:.2f}: '{_display_of(g, full_index[b], b)}' ~ "
                        f"'{_display_of(g, full_index[a], a)}'",
                g.nodes[ib].doc_id, check_country=True)


def _vowel_respelt(x: str, y: str) -> bool:
    """One vowel written as another, the commonest transliteration variant ('Raman'/'Roman')."""
    diff = [(p, q) for p, q in zip(x, y) if p != q]
    return len(x) == len(y) and len(diff) == 1 and set(diff[0]) <= set("aeiouy")


def _group_respelt_people(g: _Groups, full_index: dict[str, list[int]]) -> None:
    """One name transliterated two ways with no word spelt alike ("Raman Pratasevich" and
    "Roman Protasevich", Belarusian and Russian): the same number of words, each word
    differing from its fellow in one vowel written as another, a surname of seven letters or
    more, compatible countries. A long surname a vowel apart with a given name a vowel apart
    is one person far more often than two."""
    blocks: dict[tuple, list[str]] = defaultdict(list)
    for key in full_index:
        parts = key.split()
        if len(parts) >= 2 and len(parts[-1]) >= 7:
            blocks[(len(parts), "".join(p[0] for p in parts), len(parts[-1]) // 3)].append(key)
    for keys in blocks.values():
        keys.sort()
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                pairs = list(zip(a.split(), b.split()))
                if any(x == y or not _vowel_respelt(x, y) for x, y in pairs):
                    continue  # (a word spelt alike is the fuzzy rule's)
                g.union(full_index[a][0], full_index[b][0],
                        f"respelt: '{_display_of(g, full_index[b], b)}' ~ '{_display_of(g, full_index[a], a)}'",
                        g.nodes[full_index[b][0]].doc_id, check_country=True)


# given names written short: "Mohd Nizan" is "Mohamad Nizan" (Malay usage)
_ABBREVIATED_NAMES = {"mohd": "mohamad", "muhd": "muhammad"}


def _opening_letters(rest: str) -> str:
    """The first letter and the first consonant after it: "Sileshi" and "Seleshi" (a vowel
    transliterated two ways) fall in one block, as "Mohammed" and "Muhammad" do."""
    tail = next((c for c in rest[1:] if c not in "aeiouy "), "")
    return rest[:1] + tail


@lru_cache(maxsize=100_000)
def _folded(name: str) -> str:
    """A name with the usual transliteration variants folded: 'Sergey'/'Sergei',
    'Dmitry'/'Dmitri', 'Mohammed'/'Mohamed', 'Youssef'/'Yussef'."""
    s = re.sub(r"(.)\1", r"\1", name)
    s = re.sub(r"y\b", "i", s).replace("ey", "ei").replace("ou", "u").replace("ph", "f")
    return re.sub(r"(.)\1", r"\1", s)  # ("Zelenskiy" -> "zelenskii" -> "zelenski", as "Zelenskyy")


def _group_sound_alike_people(g: _Groups, full_index: dict[str, list[int]],
                              partners: "_Partners") -> None:
    """Spellings of one name that sound the same ("Sergei"/"Sergey Lavrov", "Mohammed"/
    "Muhammad bin Salman", "Qin Gang"/"Chin Kang") are one person when the evidence agrees:
    the same office, or a counterpart in common; with no name word spelt the same, both
    must also be known to be of the same country. Sounds alone would join "John" and "Joan
    Smith", so they never suffice; nor does a country both deal with."""
    blocks: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in full_index:
        sounds = tuple(_sound(t) for t in key.split())
        if all(sounds):
            blocks[sounds].append(key)
    pairs = []
    for keys in blocks.values():
        if len(keys) < 2:
            continue
        keys.sort()
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                differing = [(x, y) for x, y in zip(a.split(), b.split()) if x != y]
                shares_a_word = len(differing) < len(a.split())
                # beside a shared word, short words that sound alike are often two names
                # ("Zhang Jun", "Zhang Jin"); without one, the country must agree (below)
                shortest = 4 if shares_a_word else 3
                if all(len(_sound(x)) >= 2 and min(len(x), len(y)) >= shortest
                       for x, y in differing):
                    pairs.append((shares_a_word, a, b))
    if not pairs:
        return
    node_at = dict(zip(zip(g.nodes.docs, g.nodes.locals), range(len(g.nodes))))

    @lru_cache(maxsize=None)
    def evidence(key: str) -> tuple[set[frozenset[str]], set[int]]:
        offices, counterparts = set(), set()
        for i in full_index[key]:
            n = g.nodes[i]
            for form in (n.ent.title or "", *n.forms):
                words = _office_words(form, n.key)
                if words & _OFFICE_HEADS:
                    offices.add(words)
            # a person in common: a country or body deals with too many to tell anything
            counterparts.update(j for k in partners.get((n.doc_id, n.local), ())
                                for j in [node_at.get((n.doc_id, k))]
                                if j is not None and g.nodes[j].type == "Person")
        return offices, counterparts

    for shares_a_word, a, b in pairs:
        ra, rb = g.find(full_index[a][0]), g.find(full_index[b][0])
        if ra == rb:
            continue
        if not shares_a_word and not (g.countries[ra] and g.countries[ra] == g.countries[rb]):
            continue
        (offices_a, with_a), (offices_b, with_b) = evidence(a), evidence(b)
        same_office = any(x <= y or y <= x for x in offices_a for y in offices_b)
        common = {g.find(i) for i in with_a} & {g.find(i) for i in with_b}
        if not same_office and not common:
            continue
        why = "the same office" if same_office else "a counterpart in common"
        g.union(ra, rb, f"sounds alike: '{_display_of(g, full_index[b], b)}' ~ "
                        f"'{_display_of(g, full_index[a], a)}', with {why}",
                g.nodes[full_index[b][0]].doc_id, check_country=True)


def _join_cut_names(g: _Groups, full_index: dict[str, list[int]]) -> None:
    """A full name the recogniser cut short ("Yoon Suk", "Luiz Inacio") joins the one person
    whose longer name starts with it ("Yoon Suk Yeol"); so does one written without a first
    given name ("Tayyip Erdogan", "Javad Zarif" for "Recep Tayyip Erdogan", "Mohammad Javad
    Zarif") or without a middle one ("Omar al-Bashir" for "Omar Hassan al-Bashir"; not
    without an initial, which tells a son from his father), when their countries agree and
    their offices, if both are known, agree ("Minister" fits "Foreign Minister", not
    "Defense Minister")."""
    longer: dict[str, set[str]] = defaultdict(set)
    for key in full_index:
        parts = key.split()
        for cut in range(2, len(parts)):
            longer[" ".join(parts[:cut])].add(key)
            longer[" ".join(parts[len(parts) - cut:])].add(key)
        if len(parts) == 3 and len(parts[1].rstrip(".")) > 1:
            longer[f"{parts[0]} {parts[2]}"].add(key)
    if not longer:
        return

    def offices(root: int) -> set[frozenset[str]]:
        found = (_office_words(g.nodes[i].ent.title or "", "") for i in members.get(root, ()))
        return {words for words in found if words & _OFFICE_HEADS}

    members: dict[int, list[int]] = defaultdict(list)
    for idxs in full_index.values():
        for i in idxs:
            members[g.find(i)].append(i)
    for key in sorted(k for k in full_index if k in longer):
        own = g.find(full_index[key][0])
        roots = {g.find(full_index[k][0]) for k in longer[key]} - {own}
        roots = {r for r in roots if g.compatible_countries(g.countries[own], g.countries[r])}
        if len(roots) != 1:
            continue
        root = roots.pop()
        mine, theirs = offices(own), offices(root)
        if mine and theirs and not any(a <= b or b <= a for a in mine for b in theirs):
            continue
        full = min(longer[key], key=lambda k: (g.find(full_index[k][0]) != root, k))
        how = "begins" if full.startswith(key + " ") else "ends" if full.endswith(" " + key) else "shortens"
        g.union(root, own, f"cut name: '{_display_of(g, full_index[key], key)}' {how} "
                           f"'{_display_of(g, full_index[full], full)}'",
                g.nodes[full_index[key][0]].doc_id, check_country=True)


_INITIALS_RE = re.compile(r"^(?:[A-Z]\.-?){1,3}$|^[A-Z]$")


def _join_initialled_names(g: _Groups, full_index: dict[str, list[int]]) -> None:
    """A name whose given names are written as initials ("S. Jaishankar", "B.J. Habibie")
    joins the one person of that surname whose given names they begin ("Subrahmanyam
    Jaishankar", "Bacharuddin Jusuf Habibie"), when their countries agree; two such people
    ("J. Smith" beside John and James Smith) leave it apart."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in full_index:
        by_surname[key.split()[-1]].append(key)
    for key in sorted(full_index):
        words = _display_of(g, full_index[key], key).split()
        if len(words) < 2 or not all(_INITIALS_RE.match(w) for w in words[:-1]):
            continue
        initials = "".join(c for w in words[:-1] for c in w if c.isalpha()).lower()
        own = g.find(full_index[key][0])
        fits = [k for k in by_surname[key.split()[-1]] if k != key and len(k.split()) >= 2
                and "".join(p[0] for p in k.split()[:-1]).startswith(initials)
                and len(k.split()[0]) > 1]
        roots = {g.find(full_index[k][0]) for k in fits} - {own}
        roots = {r for r in roots if g.compatible_countries(g.countries[own], g.countries[r])}
        if len(roots) != 1:
            continue
        root = roots.pop()
        full = min(fits, key=lambda k: (g.find(full_index[k][0]) != root, k))
        g.union(root, own, f"initials: '{_display_of(g, full_index[key], key)}' = "
                           f"'{_display_of(g, full_index[full], full)}'",
                g.nodes[full_index[key][0]].doc_id, check_country=True)


def _join_reversed_names(g: _Groups, full_index: dict[str, list[int]]) -> None:
    """One two-word name written in both orders ("Fumio Kishida" in wire copy, "KISHIDA
    Fumio" in Japan's readouts; "Park Jin"/"Jin Park") is one person when both are known to
    be of the same country."""
    for key in sorted(full_index):
        words = key.split()
        if len(words) != 2 or words[0] == words[1]:
            continue
        other = f"{words[1]} {words[0]}"
        if other not in full_index or other < key:
            continue
        a, b = g.find(full_index[key][0]), g.find(full_index[other][0])
        if a == b or not g.countries[a] or g.countries[a] != g.countries[b]:
            continue
        g.union(a, b, f"name order: '{_display_of(g, full_index[other], other)}' = "
                      f"'{_display_of(g, full_index[key], key)}'",
                g.nodes[full_index[other][0]].doc_id, check_country=True)


def _country_forms(g: _Groups) -> dict[str, str]:
    """Normalised names of the corpus's countries ("china", "prc") -> ISO3, when a name
    stands for one country only."""
    seen: dict[str, set[str]] = defaultdict(set)
    for n in (g.nodes[idxs[0]] for idxs in g.by_type.get("Country", ())):
        ref = n.ent.ref or ""
        if ref.startswith("country:"):
            for k in n.keys:
                seen[k].add(ref.split(":", 1)[1])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _root_tokens(g: _Groups, full_index: dict[str, list[int]], country_forms: dict[str, str]):
    """First/last name token -> person roots, and (root, token) -> (full name, is surname)."""
    token_roots: dict[str, set[int]] = defaultdict(set)
    root_name: dict[tuple[int, str], tuple[str, bool]] = {}
    paternal: dict[str, set[int]] = {}
    for key, idxs in sorted(full_index.items()):
        root = g.find(idxs[0])
        parts = key.split()
        for pos, tok in ((0, parts[0]), (len(parts) - 1, parts[-1])):
            if tok in country_forms:
                continue  # "China Gang": a country, not a name part
            if pos > 0 and parts[pos - 1] in PATRONYMIC:
                continue  # "Mohammed bin Salman": Salman is his father, not his surname
            token_roots[tok].add(root)
            if (root, tok) not in root_name:
                root_name[(root, tok)] = (_display_of(g, idxs, key), pos == len(parts) - 1)
    # "Raul Castro Ruz": the paternal surname is the next-to-last word ("Abdul Ghani Baradar"
    # is no "Ghani": 'Abdul Ghani' is one given name)
    for key, idxs in sorted(full_index.items()):
        parts = key.split()
        if len(parts) < 3 or len(parts[-2]) <= 2 or parts[-2] in country_forms \
                or parts[-2] in PATRONYMIC or parts[-3] in PATRONYMIC | COMPOUND_GIVEN:
            continue
        root = g.find(idxs[0])
        paternal.setdefault(parts[-2], set()).add(root)
        root_name.setdefault((root, parts[-2]), (_display_of(g, idxs, key), True))
    # "Luiz Inacio Lula da Silva", "Xiomara Castro de Zelaya": the word before an Iberian
    # particle is the name used alone ("Lula", "Castro")
    for key, idxs in sorted(full_index.items()):
        parts = key.split()
        for i in range(1, len(parts) - 2):
            if parts[i + 1] in _IBERIAN_PARTICLES and len(parts[i]) > 2 and parts[i] not in country_forms \
                    and parts[i] not in _IBERIAN_PARTICLES:
                root = g.find(idxs[0])
                paternal.setdefault(parts[i], set()).add(root)
                root_name.setdefault((root, parts[i]), (_display_of(g, idxs, key), True))
    for tok, roots in paternal.items():
        token_roots[tok] |= roots
    return token_roots, root_name


def _strip_country_first_names(g: _Groups, full_index: dict[str, list[int]],
                               country_forms: dict[str, str]) -> None:
    """"China Gang" (a mistranslation of "China's Gang") joins the only person of that
    country whose name starts or ends with the rest ("Qin Gang"). A real first name that
    is also a country ("Jordan Smith") only moves if such a person exists."""
    token_roots, root_name = _root_tokens(g, full_index, country_forms)
    countries = {r: set(g.countries[r]) for rs in token_roots.values() for r in rs}
    for key, idxs in sorted(full_index.items()):
        parts = key.split()
        if len(parts) != 2 or parts[0] not in country_forms:
            continue
        iso, rest = country_forms[parts[0]], parts[1]
        own = g.find(idxs[0])
        cands = sorted(r for r in token_roots.get(rest, ()) if r != own and iso in countries[r])
        if len(cands) == 1:
            name = root_name[(cands[0], rest)][0]
            if g.union(cands[0], idxs[0], f"alias: '{_display_of(g, idxs, key)}' is {iso}'s "
                                          f"'{rest.title()}': short form of '{name}'",
                       g.nodes[idxs[0]].doc_id, check_country=False):
                g.misnamed.update(idxs)


# words of a title that say which office, not when or how senior
_OFFICE_SKIP = frozenset("of the for and to on in at then former current new late acting incoming "
                         "outgoing interim caretaker top senior us usa uk un eu mr mrs ms miss dr "
                         "co".split())
_OFFICE_HEADS = frozenset("""
minister president secretary premier chancellor ambassador envoy spokesperson spokesman
spokeswoman director chairman chairwoman chair governor senator commander leader adviser
advisor chief speaker king queen prince emperor sheikh sultan emir pope general admiral
diplomat councillor councilor representative mayor
""".split())


_SPELLING = {"defence": "defense", "councillor": "councilor", "counsellor": "counselor"}
_FORMER = frozenset({"then", "former", "ex", "late", "previous", "outgoing", "erstwhile"})


@lru_cache(maxsize=100_000)
def _office_words(form: str, key: str) -> frozenset[str]:
    """The office a surface form names, as words: "Chinese Commerce Minister Wang Wentao"
    -> {commerce, minister}."""
    name = set(key.split())
    return frozenset(_SPELLING.get(w, w) for w in normalise_name(form).split()
                     if w in _TITLE_WORDS and w not in _OFFICE_SKIP and w not in name)


@lru_cache(maxsize=100_000)
def _office_claims(forms: tuple[str, ...], key: str, title: str | None
                   ) -> frozenset[tuple[frozenset[str], bool | None]]:
    """The offices a person's forms and title name: (office words, said to be a past
    holder: True / False, or None for a title)."""
    out = set()
    for form in forms:  # name, aliases and mentions (blank ones name no office)
        words = _office_words(form, key)
        if words & _OFFICE_HEADS:
            out.add((words, _is_former(form)))
    words = _office_words(title or "", key)
    if words & _OFFICE_HEADS:
        out.add((words, None))
    return frozenset(out)


def _is_former(form: str) -> bool:
    """"China's then defence minister": a past holder of the office."""
    return not _FORMER.isdisjoint(normalise_name(form).split())


def _attach_short_names(g: _Groups, full_index: dict[str, list[int]],
                        country_forms: dict[str, str],
                        partners: "_Partners | None" = None) -> None:
    """A lone surname or given name ("Blinken", "Xi") joins the only person in the corpus
    whose full name starts or ends with it, or else the only such person in the same
    document; an unattached one stays apart (grouped with the same short name). A
    description ("China's commerce minister") joins the only person of that country known
    by that office, or else the only one in the same document."""
    token_roots, root_name = _root_tokens(g, full_index, country_forms)
    docs_of_root: dict[int, set[str]] = defaultdict(set)
    # root -> (office words, said to be a past holder: True / False / None for a title)
    offices: dict[int, set[tuple[frozenset[str], bool | None]]] = defaultdict(set)
    names_of_root: dict[int, str] = {}
    nodes, find, docs, parent, cids = g.nodes, g.find, g.docs, g.parent, g.cids
    roots_of: dict[int, set[int]] = {}  # content id -> the roots of its nodes
    claims_of = nodes.contents.claims
    for key in sorted(full_index):
        shown = None
        roots = set(map(parent.__getitem__, full_index[key]))
        root = next(iter(roots))
        if len(roots) == 1 and parent[root] == root:
            # the key's nodes are one person (most are): its documents and office claims
            # at once (what the loop below gives, content by content)
            docs_of_root[root].update(map(docs.__getitem__, full_index[key]))
            for claims in set(map(claims_of, [cids[p[0]] for p in g.full_parts[key]])):
                if claims:
                    offices[root] |= claims
            if root not in names_of_root:
                names_of_root[root] = _display_of(g, full_index[key], key)
            continue
        # content by content (a content has a part under each of its keys): its roots,
        # documents and office claims once, and a content whose nodes share one root
        # (most: one full name is one person) in one go; nothing is merged meanwhile
        for idxs in g.full_parts[key]:
            roots = roots_of.get(cids[idxs[0]])
            if roots is None:
                roots = roots_of[cids[idxs[0]]] = set(map(parent.__getitem__, idxs))
                root = next(iter(roots))
                if len(roots) == 1 and parent[root] == root:
                    docs_of_root[root].update(map(docs.__getitem__, idxs))
                else:
                    roots.clear()
                    for i in idxs:
                        root = find(i)
                        roots.add(root)
                        docs_of_root[root].add(docs[i])
                claims = claims_of(cids[idxs[0]])
                if claims:
                    for root in roots:
                        offices[root] |= claims
            for root in roots:
                if root not in names_of_root:
                    if shown is None:
                        shown = _display_of(g, full_index[key], key)
                    names_of_root[root] = shown
    by_doc: dict[str, list[int]] = {}

    def full_by_doc(doc_id: str) -> list[int]:
        """The full-name nodes of a document, by key, then index (a node once per key of
        it: what a pass over `full_index` would make; few documents are asked about)."""
        found = by_doc.get(doc_id)
        if found is None:
            found = by_doc[doc_id] = [i for _, i in sorted(
                (k, i) for i in nodes.of_document(doc_id) for n in (nodes[i],)
                if n.type == "Person" and n.kind == "full" for k in n.keys)]
        return found
    # snapshots, so no attachment depends on an earlier one (nothing was merged since
    # the roots above were found: `docs_of_root` has the root of every full-name node)
    countries = {r: set(g.countries[r]) for r in docs_of_root}

    # (the roots as they stand before this pass attaches anything)
    folded_surnames = _folded_surnames(g, full_index, parent.__getitem__)
    leftovers: dict[tuple[str, str], list[int]] = defaultdict(list)
    # what does not depend on the node's document, worked out once per name and country
    holders: dict = {}
    candidates: dict[tuple[str, str | None], list[int]] = {}
    # full names were matched already; a gazetteer ref has decided
    short = [idxs for idxs in g.by_type.get("Person", ())
             if (m := nodes[idxs[0]]).kind != "full" and not m.ent.ref]
    for n in map(nodes.__getitem__, _in_order(short)) if short else ():
        if n.kind == "descriptive":
            chosen = _office_holder(n, offices, countries, docs_of_root, country_forms, holders)
            if chosen is not None:
                root, how = chosen
                g.union(root, n.idx, f"title: '{n.display}' held by '{names_of_root[root]}'{how}",
                        n.doc_id, check_country=False)
            else:
                leftovers[("descriptive", n.key)].append(n.idx)
            continue
        cands = candidates.get((n.key, n.country))
        if cands is None:
            own = {n.country} if n.country else set()
            cands = candidates[(n.key, n.country)] = sorted(
                r for r in token_roots.get(n.key, ()) if g.compatible_countries(own, countries[r]))
        chosen, how = None, ""
        if len(cands) == 1:
            chosen, how = cands[0], ""
        elif len(cands) > 1:
            here = [r for r in cands if n.doc_id in docs_of_root[r]]
            if len(here) == 1:
                chosen, how = here[0], ", the one in the same document"
            else:
                # "Foreign Minister Wang" beside Wang Yi and the spokesman Wang Wenbin: the one
                # known by that office
                mine = {words for words, _ in _office_claims(n.forms, n.key, n.ent.title)}
                fitting = [r for r in cands if any(m <= words for m in mine for words, _ in offices.get(r, ()))]
                if mine and len(fitting) == 1:
                    chosen, how = fitting[0], ", the one holding that office"
        if chosen is None and not cands:
            chosen, how = _fuzzy_in_document(g, n, full_by_doc(n.doc_id))
        if chosen is None and not cands:
            chosen, how = _sound_alike_in_document(g, n, full_by_doc(n.doc_id), partners)
        if chosen is None and not cands and n.kind == "single" and len(n.key) >= 6:
            # "Zelenskyy" in one story, "Volodymyr Zelenskiy" in another: a transliteration
            # of the one surname of that spelling the corpus knows
            own = {n.country} if n.country else set()
            roots = sorted(r for r in folded_surnames.get(_folded(n.key), ())
                           if g.compatible_countries(own, countries.get(r, set())))
            if len(roots) == 1:
                chosen = roots[0]
                how = (f"sounds like the surname of '{names_of_root.get(chosen, '?')}', spelt another way "
                       "(the one such surname in the corpus)")
        if chosen is not None:
            name, is_last = root_name.get((chosen, n.key), (None, True))
            if how.startswith("sounds like"):
                reason = f"alias: '{n.display}' {how}"
            elif name is None:
                reason = f"alias: '{n.display}' misspelt name part{how}"
            else:
                part = "surname of" if is_last else "short form of"
                reason = f"alias: '{n.display}' {part} '{name}'{how}"
            g.union(chosen, n.idx, reason, n.doc_id, check_country=False)
        else:
            leftovers[("single", n.key)].append(n.idx)
    for (kind, key), idxs in sorted(leftovers.items()):
        # one short name under two offices ("Foreign Minister Wang", "Spokesman Wang") is two
        # people: those of one office (or of none said) join; offices that share a head word
        # are one ("armed forces chief" and "commander, General Wiranto")
        by_head: list[tuple[set[str], list[int]]] = []  # (head words, nodes) of each office
        untitled = []
        for i in idxs:
            m = g.nodes[i]
            heads = {w for words, _ in _office_claims(m.forms, m.key, m.ent.title) for w in words} & _OFFICE_HEADS
            if not heads:
                untitled.append(i)
                continue
            met = [office for office in by_head if office[0] & heads]
            by_head = [office for office in by_head if not office[0] & heads] + [
                (heads.union(*(w for w, _ in met)), [x for _, nodes in met for x in nodes] + [i])]
        groups = [sorted(nodes) for _, nodes in by_head]
        if len(groups) == 1:
            groups[0] += untitled  # one office: the untitled mentions are that holder's too
        elif untitled:
            groups.append(untitled)  # several: which of them the untitled ones are is unknown
        for members in groups:
            for i in members[1:]:
                g.union(members[0], i, f"same name: '{g.nodes[i].display}'", g.nodes[i].doc_id,
                        check_country=True)


def _office_holder(n: _Node, offices, countries, docs_of_root, country_forms, memo=None):
    """(root, how) of the one person of `n`'s country whose titles name `n`'s office: the
    only one in the corpus, else the only one in the same document, else the only one not
    described as a past holder ("then defence minister"). `memo` keeps the candidates of
    one description and country across the many nodes that share them."""
    found = None if memo is None else memo.get((n.key, n.country, n.ent.name))
    if found is None:
        parts = n.key.split()
        iso = n.country or next((country_forms[p] for p in parts if p in country_forms), None)
        wanted = _office_words(n.ent.name, "")
        if iso is None or not wanted & _OFFICE_HEADS:
            cands = None
        else:
            cands = sorted(r for r, held in offices.items()
                           if iso in countries.get(r, ()) and any(wanted <= words for words, _ in held))
        found = (cands, wanted)
        if memo is not None:
            memo[(n.key, n.country, n.ent.name)] = found
    cands, wanted = found
    if cands is None:
        return None
    if len(cands) == 1:
        return cands[0], ""
    here = [r for r in cands if n.doc_id in docs_of_root[r]]
    if len(here) == 1:
        return here[0], ", the one in the same document"

    def past(r: int) -> bool:
        said = {former for words, former in offices[r] if wanted <= words}
        return True in said and False not in said

    current = [r for r in cands if not past(r)]
    if len(current) == 1:
        return current[0], ", the current holder"
    return None


def _fuzzy_in_document(g: _Groups, n: _Node, full_idxs: Iterable[int]) -> tuple[int | None, str]:
    """A misspelt short name ("Blinkem") that matches no name token anywhere joins a person
    of the same document whose surname or given name it nearly spells, if only one does."""
    if len(n.key) < 5:
        return None, ""
    hits = set()
    for i in full_idxs:
        m = g.nodes[i]
        if n.country and m.country and n.country != m.country:
            continue
        parts = m.key.split()
        # (not a father's name: "Salman" is not Abdulaziz bin Salman)
        own = (parts[0],) if len(parts) > 1 and parts[-2] in PATRONYMIC else (parts[0], parts[-1])
        for tok in own:
            if tok[:1] == n.key[:1] and len(tok) >= 5 and fuzz.ratio(tok, n.key) >= 80:
                hits.add(g.find(i))
    if len(hits) == 1:
        return hits.pop(), " (near spelling in the same document)"
    return None, ""


# words that name a part or seat of an organisation without making it another actor
_ORG_QUALIFIERS = frozenset("office offices secretariat headquarters hq".split())


def _join_qualified_orgs(g: _Groups, country_forms: dict[str, str]) -> None:
    """"CCP Central Foreign Affairs Commission Office" joins the "Central Foreign Affairs
    Commission" named in the same document: every word of the shorter name is in the longer
    one, and the rest (at most two words) only qualify it: an acronym as written, a country,
    or "office", "secretariat", "headquarters"."""
    nodes, cids, by_content = g.nodes, g.cids, g.by_content
    by_doc: dict[str, list[int]] = defaultdict(list)
    orgs = g.by_type.get("Organization", [])
    for i in _in_order(orgs) if orgs else ():
        by_doc[g.docs[i]].append(i)
    # what is read of two names is content (a generic body is one by content too), so it
    # is worked out once per content and once per pair of contents
    wants: dict[int, tuple | None] = {}  # content -> (its words, its acronyms) if it may be qualified
    fits: dict[tuple[int, int], bool] = {}  # (content, content): the second qualified is the first

    def qualifies(words: set[str], acronyms: set[str], b: _Node) -> bool:
        for k in b.keys:
            inner = set(k.split()) - _ACRONYM_SKIP
            extra = words - inner
            if len(inner) >= 2 and inner < words and len(extra) <= 2 and all(
                    w in _ORG_QUALIFIERS or w in acronyms or w in country_forms for w in extra):
                return True
        return False

    for doc_id, idxs in sorted(by_doc.items()):
        if len(idxs) < 2:
            continue
        for i in idxs:
            ca = cids[i]
            a = nodes[by_content[ca][0]]
            if ca in wants:
                want = wants[ca]
            elif a.ent.ref or a.idx in g.generic:
                want = wants[ca] = None
            else:
                want = wants[ca] = (set(a.key.split()) - _ACRONYM_SKIP,
                                    {normalise_name(w) for w in a.ent.name.split()
                                     if w.isupper() and 2 <= len(w) <= 5})
            if want is None:
                continue
            hits: dict[int, str] = {}
            for j in idxs:
                if j == i:
                    continue
                cb = cids[j]
                fit = fits.get((ca, cb))
                if fit is None:
                    fit = fits[(ca, cb)] = qualifies(*want, nodes[by_content[cb][0]])
                if fit:
                    hits.setdefault(g.find(j), nodes[by_content[cb][0]].display)
            if len(hits) == 1:
                root, name = next(iter(hits.items()))
                if g.union(root, i, f"qualified name: '{a.display}' is '{name}' of the same "
                                    "document", doc_id, check_country=True):
                    g.misnamed.add(i)  # the plain name names the actor


def _folded_surnames(g: _Groups, full_index: dict[str, list[int]],
                     root_of: Callable[[int], int]) -> dict[str, dict[int, str]]:
    """Every full name's last word, folded (`_folded`) -> the roots `root_of` gives its
    nodes, each with a full name to say who; not a father's name ("bin Salman" names no
    family)."""
    out: dict[str, dict[int, str]] = defaultdict(dict)
    for key, idxs in full_index.items():
        parts = key.split()
        if not PATRONYMIC.intersection(parts):
            bearers = out[_folded(parts[-1])]
            for r in map(root_of, idxs):
                bearers.setdefault(r, g.nodes[idxs[0]].display)
    return out


def _join_people_read_as_bodies(g: _Groups, full_index: dict[str, list[int]]) -> None:
    """'Macron praised Zelenskyy', 'Vietnam's Lam agreed': a lone capitalised word the model
    read as an organisation, of no known body or country, that spells (spelling variants
    folded) the surname of the one person the corpus names in full with it, is that person."""
    bodies = [idxs for idxs in g.by_type.get("Organization", ())
              if not (n := g.nodes[idxs[0]]).ent.ref and not n.country and " " not in n.key
              and len(n.key) >= 3 and n.display[:1].isupper() and not n.display.isupper()]
    if not bodies:
        return
    surnames = _folded_surnames(g, full_index, g.find)
    for idxs in bodies:
        n = g.nodes[idxs[0]]
        bearers = surnames.get(_folded(n.key), {})
        if len(bearers) == 1:
            (root, name), = bearers.items()
            for i in idxs:
                g.union(root, i, f"alias: '{n.display}', read as a body, is the surname of '{name}' "
                                 "(the one such person in the corpus)", g.docs[i], check_country=False)


def _stand_in_for_unnamed(g: _Groups) -> None:
    """A description that no name in the corpus answers ("the French ambassador", "a
    Hezbollah commander", "Somalia's envoy") stands for the body its words name, else for
    its country: the official is unknown, whose official they are is not (and an analyst
    codes an unnamed official by his state). Run after `_attach_short_names`, so a holder
    named anywhere in the corpus has taken the description first."""
    countries: dict[str, int] = {}
    for idxs in g.by_type.get("Country", ()):
        ref = g.nodes[idxs[0]].ent.ref or ""
        if ref.startswith("country:"):
            countries.setdefault(ref.split(":", 1)[1], idxs[0])
    bodies: dict[str, set[int]] = defaultdict(set)
    for idxs in g.by_type.get("Organization", ()):
        for k in g.nodes[idxs[0]].keys:
            bodies[k].add(g.find(idxs[0]))
    for root, members in sorted(g.roots().items()):
        found = [g.nodes[i] for i in members]
        if any(n.type != "Person" or n.kind != "descriptive" for n in found):
            continue
        n = found[0]
        words = n.key.split()
        # the longest leading run of words that is one body's name: "hamas commander"
        body = next((next(iter(bodies[k])) for j in range(len(words) - 1, 0, -1)
                     for k in [" ".join(words[:j])] if len(bodies.get(k, ())) == 1), None)
        if body is not None:
            g.union(body, root, f"unnamed: '{n.display}' names no one in the corpus; "
                                f"stands for '{g.nodes[body].display}'", n.doc_id, check_country=False)
        elif n.country in countries:
            stand_in = countries[n.country]
            g.union(stand_in, root, f"unnamed: '{n.display}' names no one in the corpus; "
                                    f"stands for '{g.nodes[stand_in].display}'", n.doc_id, check_country=False)


def _attach_generic_bodies(g: _Groups) -> None:
    """"The foreign ministry" of no stated country joins the one country's foreign ministry
    named in the same document; otherwise it stays with the other unplaced ones."""
    if not g.generic:
        return
    in_doc: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, kind) -> refs
    holder: dict[str, int] = {}
    docs = {g.docs[i] for i in g.generic}
    # bodies with a ref, of the documents that have a generic one, in index order (being
    # a generic body is a matter of content)
    bodies = [idxs for idxs in g.by_content.values()
              if (ref := g.nodes[idxs[0]].ent.ref) and ref.startswith("org:")
              and idxs[0] not in g.generic]
    for i in _in_order(bodies) if bodies else ():
        if g.docs[i] not in docs:
            continue
        n = g.nodes[i]
        ref = n.ent.ref
        m = _BODY_REF.match(ref)
        if m:
            in_doc[(n.doc_id, m.group(1))].add(n.ent.ref)
            holder.setdefault(n.ent.ref, n.idx)
    leftovers: dict[str, list[int]] = defaultdict(list)
    for i in sorted(g.generic):
        n = g.nodes[i]
        refs = in_doc.get((n.doc_id, n.ent.ref[4:]), ())
        if len(refs) == 1:
            ref = next(iter(refs))
            g.union(holder[ref], i, f"body: '{n.display}' is the {ref} named in the same document",
                    n.doc_id, check_country=False)
        else:
            leftovers[n.ent.ref].append(i)
    for ref, idxs in sorted(leftovers.items()):
        for i in idxs[1:]:
            g.union(idxs[0], i, f"ref: {ref}", None, check_country=False)


# Spellings of one sound at the start of a romanised name: pinyin and Wade-Giles ("Qin" /
# "Ch'in", "Xi" / "Hsi", "Zhou" / "Chou"), and voiced/unvoiced pairs the two systems swap
# ("Gang" / "Kang", "Deng" / "Teng", "Bo" / "Po").
_SOUND_STARTS = (("zh", "j"), ("ch", "j"), ("tch", "j"), ("q", "j"), ("hs", "s"), ("sh", "s"),
                 ("x", "s"), ("ts", "z"), ("tz", "z"), ("c", "z"), ("g", "k"), ("d", "t"),
                 ("b", "p"))
_SOUND_CODES = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"),
                **dict.fromkeys("dt", "3"), "l": "4", "m": "5", "n": "5", "r": "6"}


@lru_cache(maxsize=100_000)
def _sound(token: str) -> str:
    """A name token's sound, Soundex-like, romanisation-aware: "Chen", "Qin" and "Chin" all
    give "j5"; "Gang" and "Kang" give "k52"."""
    t = normalise_name(token)
    if not t.isalpha():
        return ""  # digits, or letters beyond a-z: no sound to compare
    t = re.sub(r"[^a-z]", "", t)
    if not t:
        return ""
    t = re.sub(r"(?<=[oe])w$", "v", t)  # "Lavrow", "Gorbatschow": the German and Polish -ov, -ev
    for spelled, sound in _SOUND_STARTS:
        if t.startswith(spelled):
            t = sound + t[len(spelled):]
            break
    head, out, last = t[0], [], _SOUND_CODES.get(t[0], "")
    for ch in t[1:]:
        code = _SOUND_CODES.get(ch, "")
        if code and code != last:
            out.append(code)
        if ch not in "hw":  # h and w do not separate two equal codes, vowels do
            last = code
    return head + "".join(out)[:3]


def _sound_alike_in_document(g: _Groups, n: _Node, full_idxs: Iterable[int],
                             partners: "_Partners | None") -> tuple[int | None, str]:
    """A garbled short name ("Chen" for "Qin") that matches no name token anywhere joins the
    one person of the same document whose surname or given name sounds the same and who
    deals with the same counterpart there (both met, or were asked by, the same actor)."""
    sound = _sound(n.key)
    if partners is None or len(sound) < 2:
        return None, ""
    alike = []
    for i in full_idxs:
        m = g.nodes[i]
        if n.country and m.country and n.country != m.country:
            continue
        parts = m.key.split()
        matched = [tok for tok in (parts[0], parts[-1]) if _sound(tok) == sound]
        if matched:
            alike.append((i, matched[0]))
    if not alike:
        return None, ""
    # a person in common: a country or body deals with too many to tell anything
    people = {g.nodes[i].local for i in full_idxs}
    mine = {k for k in partners.get((n.doc_id, n.local), ()) if k in people}
    hits: dict[int, tuple[str, str]] = {}
    for i, token in alike:
        m = g.nodes[i]
        if mine & partners.get((m.doc_id, m.local), frozenset()):
            hits.setdefault(g.find(i), (token, m.display))
    if len(hits) == 1:
        root, (token, name) = next(iter(hits.items()))
        return root, (f"sounds like '{token.title()}' of '{name}', who deals with the same "
                      "counterpart in the same document")
    return None, ""


def _attach_acronyms(g: _Groups) -> None:
    """"CIA" joins the only organisation whose name's initials spell it."""
    initials: dict[str, set[int]] = defaultdict(set)
    acronyms: list[list[int]] = []  # the nodes named like an acronym, by content
    nodes, find = g.nodes, g.find
    for idxs in g.by_type.get("Organization", ()):
        n = nodes[idxs[0]]
        if re.fullmatch(r"[A-Z][A-Z.&]{1,9}", n.ent.name.strip()):
            acronyms.append(idxs)
        for k in n.keys:
            words = [w for w in k.split() if w not in _ACRONYM_SKIP]
            if len(words) >= 2:
                initials["".join(w[0] for w in words)].update(find(i) for i in idxs)
    if not acronyms:
        return
    countries = {r: set(g.countries[r]) for rs in initials.values() for r in rs}
    for n in map(nodes.__getitem__, _in_order(acronyms)):
        own = {n.country} if n.country else set()
        spelled = initials.get(n.key, set())
        if g.find(n.idx) in spelled:
            continue  # already with the organisation it spells
        cands = sorted(r for r in spelled if g.compatible_countries(own, countries[r]))
        if len(cands) == 1:
            target = g.nodes[cands[0]]
            g.union(cands[0], n.idx, f"acronym: '{n.ent.name.strip()}' of '{target.display}'",
                    n.doc_id, check_country=True)


def _join_mistyped(g: _Groups, full_index: dict[str, list[int]]) -> None:
    """A full person name that one document typed as an Organization joins that person
    (the named entity recogniser's mistake); the majority type wins later."""
    found = [idxs for idxs in g.by_type.get("Organization", ())
             if not (n := g.nodes[idxs[0]]).ent.ref and n.key in full_index]
    for n in map(g.nodes.__getitem__, _in_order(found)) if found else ():
        g.union(full_index[n.key][0], n.idx, f"type: '{n.display}' read as Organization",
                n.doc_id, check_country=False)


@dataclass
class _Group:
    members: list[int]
    reasons: list[tuple[str, str | None]] = field(default_factory=list)
    forced_id: str | None = None
    forced_name: str | None = None
    blocked: set[str] = field(default_factory=set)  # normalised aliases split away
    _summary: tuple | None = None
    _nodes: tuple = ()  # (members list, its census), once per members list

    def touch(self) -> None:
        self._summary = None


class _Canon:
    """The groups after automatic resolution, with their names and ids, open to corrections."""

    def __init__(self, nodes: _Nodes, groups: list[_Group], misnamed: set[int] = frozenset(),
                 generic: frozenset[int] = frozenset(),
                 by_content: dict[int, list[int]] | None = None,
                 root_of: list[int] | None = None):
        self.nodes = nodes
        self.groups = groups
        self.misnamed = misnamed
        self.generic = generic
        self._by_name: dict[str, list[int]] | None = None
        self.redirects: dict[str, tuple[str, str]] = {}
        # by node index, so a group's census and documents need no node objects
        self._cids = cids = nodes.cids
        self._docs = docs = nodes.docs
        # nodes come document by document in id order (`_actor_nodes`), so a group's
        # members' documents come in order too; checked, as it makes `_actor` cheaper
        self._docs_in_order = all(map(operator.le, docs, docs[1:]))
        # content id -> a node of it (its first: the last one a pass backwards sees)
        if by_content is None:
            first = dict(zip(reversed(cids), range(len(cids) - 1, -1, -1)))
            self._reps = {cid: nodes[i] for cid, i in first.items()}
        else:
            self._reps = {cid: nodes[idxs[0]] for cid, idxs in by_content.items()}
            if root_of is not None:
                self._census_all(by_content, root_of)

    @property
    def by_name(self) -> dict[str, list[int]]:
        """Normalised node name -> nodes; made on first use, as only corrections ask."""
        if self._by_name is None:
            self._by_name = defaultdict(list)
            for n in self.nodes:
                self._by_name[normalise_name(n.ent.name)].append(n.idx)
                if n.key != normalise_name(n.ent.name):
                    self._by_name[n.key].append(n.idx)
        return self._by_name

    def _census_all(self, by_content: dict[int, list[int]], root_of: list[int]) -> None:
        """Every group's `census_of` at once, content by content: a content's nodes are
        mostly in one group, and then it counts once, not once per node. (The census's
        order does not matter: what reads it weighs it into totals and picks by value.)"""
        gi_of = {grp.members[0]: gi for gi, grp in enumerate(self.groups) if grp.members}
        counts: list[dict[int, int]] = [{} for _ in self.groups]
        for cid, idxs in by_content.items():
            if len(idxs) == 1:
                counts[gi_of[root_of[idxs[0]]]][cid] = 1
                continue
            found = set(map(root_of.__getitem__, idxs))
            if len(found) == 1:
                counts[gi_of[found.pop()]][cid] = len(idxs)
            else:
                for i in idxs:
                    mine = counts[gi_of[root_of[i]]]
                    mine[cid] = mine.get(cid, 0) + 1
        reps = self._reps
        for grp, found in zip(self.groups, counts):
            grp._nodes = (grp.members, [(reps[cid], count) for cid, count in found.items()])

    # -- summaries
    def census_of(self, gi: int) -> "_Census":
        """`_census` of the group's nodes (any node of a content stands for it)."""
        grp = self.groups[gi]
        if not grp._nodes or grp._nodes[0] is not grp.members:
            reps = self._reps
            counts = Counter(map(self._cids.__getitem__, grp.members))
            grp._nodes = (grp.members, [(reps[cid], count) for cid, count in counts.items()])
        return grp._nodes[1]

    def summary(self, gi: int) -> tuple[str, str | None, str, str]:
        """(type, ref, name, base id) of group `gi`."""
        grp = self.groups[gi]
        if grp._summary is None:
            members = grp.members
            census = self.census_of(gi)  # what depends on content only, once per content
            refs = {n.ent.ref for n, _ in census}
            refs.discard(None)
            refs.discard("")
            if len(refs) > 1 and self.generic:
                # a country's body before a body of no country that joined it (being a
                # generic body is a matter of content: `_generic_body_nodes`)
                refs = {n.ent.ref for n, _ in census
                        if n.ent.ref and n.idx not in self.generic} or refs
            ref = min(refs) if refs else None
            if ref and ref.split(":", 1)[0] in _REF_TYPES:
                type_ = _REF_TYPES[ref.split(":", 1)[0]]
            elif len(members) == 1:
                type_ = self.nodes[members[0]].type
            else:
                votes = _weighted((n.type, count) for n, count in census)
                type_ = min(votes, key=lambda t: (-votes[t], _TYPE_ORDER.get(t, 9), t))
            if grp.forced_name:
                name = grp.forced_name
            elif len(members) == 1:
                name = self.nodes[members[0]].display  # what _canonical_name gives for one node
            else:
                named = census if self.misnamed.isdisjoint(members) else _census(
                    [self.nodes[i] for i in members if i not in self.misnamed])
                name = _canonical_name(named or census, type_)
            base = grp.forced_id or ref or f"{_PREFIX.get(type_, 'actor')}:{slugify(name)}"
            grp._summary = (type_, ref, name, base)
        return grp._summary

    def size(self, gi: int) -> int:
        return _mention_count(self.census_of(gi))

    def find_group(self, wanted: str) -> int | None:
        """The live group with id `wanted`, else the biggest one named `wanted`."""
        live = [gi for gi, g in enumerate(self.groups) if g.members]
        by_id = [gi for gi in live if self.summary(gi)[3] == wanted]
        if not by_id:
            target = normalise_name(wanted)
            by_id = [gi for gi in live if normalise_name(self.summary(gi)[2]) == target]
        if not by_id and _ID_PATTERN.match(wanted):
            # an id from an earlier resolution ("person:blinken", since merged): the group
            # that now holds the mentions it had
            by_id = sorted({gi for gi in live for i in self.groups[gi].members
                            if wanted in _node_ids(self.nodes[i])})
        if not by_id:
            return None
        return min(by_id, key=lambda gi: (-self.size(gi), min(self.groups[gi].members)))

    def nodes_named(self, name: str) -> list[int]:
        key = normalise_name(name)
        found = set(self.by_name.get(key, ()))
        found.update(self.by_name.get(person_name(name)[0], ()))
        return sorted(found)

    def move(self, node_ids: list[int], gi: int) -> None:
        moving = set(node_ids)
        for gj, grp in enumerate(self.groups):
            if gj != gi and moving & set(grp.members):
                grp.members = [m for m in grp.members if m not in moving]
                grp.touch()
        self.groups[gi].members = sorted(set(self.groups[gi].members) | moving)
        self.groups[gi].touch()

    # -- corrections
    def apply(self, c: Correction) -> None:
        if c.kind == "alias":
            node_ids = self.nodes_named(c.name)
            if not node_ids:
                return  # dormant until a document uses that name
            gi = self.find_group(c.target)
            if gi is None:
                self.groups.append(_Group(members=[]))
                gi = len(self.groups) - 1
                if _ID_PATTERN.match(c.target):
                    self.groups[gi].forced_id = c.target
                else:
                    self.groups[gi].forced_name = c.target
            elif self.groups[gi].members:
                # the actor the user pointed at keeps its id and name, however often the
                # new form is used ("Chin Kang" must not rename "Qin Gang")
                _, _, name, base = self.summary(gi)
                self.groups[gi].forced_id, self.groups[gi].forced_name = base, name
            self.move(node_ids, gi)
            self.groups[gi].reasons.append((f"user: alias '{c.name}' -> '{c.target}'", None))
            self.groups[gi].touch()
        elif c.kind == "merge":
            ga, gb = self.find_group(c.name), self.find_group(c.target)
            if ga is None or ga == gb:
                return
            old_id = self.summary(ga)[3]
            if gb is None:
                if not _ID_PATTERN.match(c.target):
                    return
                self.groups[ga].forced_id = c.target
                self.groups[ga].touch()
                gb = ga
            else:
                # the survivor keeps its id even if the merged names now outvote its own
                self.groups[gb].forced_id = self.summary(gb)[3]
                self.groups[gb].forced_name = self.summary(gb)[2]
                self.groups[gb].reasons.extend(self.groups[ga].reasons)
                self.groups[gb].blocked |= self.groups[ga].blocked
                self.move(list(self.groups[ga].members), gb)
            new_id = self.summary(gb)[3]
            self.groups[gb].reasons.append((f"user: merge '{c.name}' into '{c.target}'", None))
            self.groups[gb].touch()
            if old_id != new_id:
                self.redirects[old_id] = (new_id, f"user: merge '{c.name}' into '{c.target}'")
        elif c.kind == "split":
            gi = self.find_group(c.target)
            if gi is None:
                return
            grp = self.groups[gi]
            key = normalise_name(c.name)
            pkey = person_name(c.name)[0]
            leaving = [i for i in grp.members
                       if normalise_name(self.nodes[i].ent.name) in (key, pkey)
                       or self.nodes[i].key in (key, pkey)]
            grp.blocked.update({key, pkey})
            grp.reasons.append((f"user: split '{c.name}' from '{c.target}'", None))
            grp.touch()
            if leaving and len(leaving) < len(grp.members):
                self.groups.append(_Group(members=[], reasons=[
                    (f"user: split '{c.name}' from '{c.target}'", None)]))
                self.move(leaving, len(self.groups) - 1)

    # -- output
    def actors(self) -> tuple[list[Actor], list[str]]:
        """The actors, and node index -> actor id (a list by node index)."""
        live = [gi for gi, g in enumerate(self.groups) if g.members]
        by_base: dict[str, list[int]] = defaultdict(list)
        for gi in live:
            by_base[self.summary(gi)[3]].append(gi)
        ids: dict[int, str] = {}
        taken = set(by_base)
        for base, gis in sorted(by_base.items()):
            # a forced id wins, then the most mentioned; the others are told apart by a suffix
            gis.sort(key=lambda gi: (self.groups[gi].forced_id != base, -self.size(gi),
                                     min(self.groups[gi].members)))
            ids[gis[0]] = base
            for gi in gis[1:]:
                # named after the first document it is in, not numbered in turn: a new
                # namesake then renames no other (and no event of theirs needs rewriting)
                first = min(map(self._docs.__getitem__, self.groups[gi].members))
                ids[gi] = actor_id = _free_id(f"{base}-{_document_tag(first)}", taken)
                taken.add(actor_id)
        actors: list[Actor] = []
        node_actor: list[str] = [""] * len(self.nodes)  # every node is in one live group
        for gi in live:
            actor = self._actor(gi, ids[gi])
            actors.append(actor)
            actor_id = actor.id
            for i in self.groups[gi].members:
                node_actor[i] = actor_id
        actors.sort(key=lambda a: a.id)
        return actors, node_actor

    def _documents(self, members: list[int]) -> tuple[str, ...]:
        """The ids of the documents of `members` (ascending node indexes), sorted."""
        if not self._docs_in_order:
            return tuple(sorted(set(map(self._docs.__getitem__, members))))
        if len(members) == 1:
            return (self._docs[members[0]],)
        return tuple(dict.fromkeys(operator.itemgetter(*members)(self._docs)))

    def _actor(self, gi: int, actor_id: str) -> Actor:
        grp = self.groups[gi]
        type_, ref, name, _ = self.summary(gi)
        census = self.census_of(gi)
        # one pass over the contents: their alias forms (`_alias_forms_of`; each distinct
        # tuple once), and countries and titles weighted by how many nodes have them
        named: set[tuple[str, ...]] = set()
        countries: dict[str, int] = {}
        written: dict[str, int] = {}  # title as written -> weight
        for n, count in census:
            if n.type == "Person" and n.kind == "descriptive" and type_ != "Person":
                continue  # an unnamed official standing for his state names it no more than titles it
            named.add(n.named)
            if n.country:
                countries[n.country] = countries.get(n.country, 0) + count
            if n.ent.title:
                written[n.ent.title] = written.get(n.ent.title, 0) + count
        forms = {f for fs in named for f in fs}
        if grp.blocked:
            forms = {f for f in forms if normalise_name(f) not in grp.blocked
                     and person_name(f)[0] not in grp.blocked}
        forms.discard(name)
        aliases = sorted(forms, key=lambda f: (normalise_name(f), f))
        country = min(countries, key=lambda c: (-countries[c], c)) if countries else None
        if country is None and ref and ref.startswith("country:"):
            country = ref.split(":", 1)[1]
        titles: dict[str, int] = {}
        for t, count in written.items():
            t = t.strip()
            if t:
                titles[t] = titles.get(t, 0) + count
        reasons = list(grp.reasons)
        if ref:
            reasons.append((f"ref: {ref}", None))
        return Actor(
            id=actor_id, name=name, type=type_, aliases=tuple(aliases), country=country,
            titles=tuple(sorted(titles, key=lambda t: (-titles[t], t))),
            mentions=_mention_count(census),
            documents=self._documents(grp.members),
            reasons=_summarise_reasons(reasons),
        )


def _document_tag(doc_id: str) -> str:
    """A document id as an actor id's suffix: a hashed id's first 8 digits ("doc-3f9c..."),
    else the id the user gave it ("h3-09"), as a slug."""
    if doc_id.startswith("doc-"):
        return doc_id[4:12]
    return slugify(doc_id)


def _free_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3` ... when taken (two namesakes of one document)."""
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def _alias_forms_of(type_: str, kind: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """The surface forms that name the actor. A named person's bare role mentions
    ("the Secretary", "president") are coreference, not names, and would make every name
    lookup ambiguous; a description that was itself the entity's name is kept."""
    if type_ != "Person" or kind == "descriptive":
        return forms
    return _named_forms(forms)


_CID_OF = operator.attrgetter("cid")


# Nodes as (a node of each content, how many of the nodes have that content), in the
# order of each content's first node: what depends on content only is worked out once
# per content and weighted by the count (a country has thousands of nodes, of a few
# contents).
_Census = list


def _census(nodes: Sequence[_Node]) -> _Census:
    counts = Counter(map(_CID_OF, nodes))
    if len(counts) == len(nodes):
        return [(n, 1) for n in nodes]
    first = dict(zip(map(_CID_OF, reversed(nodes)), reversed(nodes)))
    return [(first[cid], count) for cid, count in counts.items()]


def _weighted(pairs: Iterable[tuple]) -> dict:
    """value -> total weight of (value, weight) pairs, in the order values first come."""
    out: dict = {}
    for value, count in pairs:
        out[value] = out.get(value, 0) + count
    return out


def _mention_count(census: _Census) -> int:
    """Mentions of the nodes, a node without any counting once."""
    return sum((n.mentions or 1) * count for n, count in census)


@lru_cache(maxsize=100_000)
def _named_forms(forms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f for f in forms if person_name(f)[2] != "descriptive")


def _canonical_name(census: _Census, type_: str) -> str:
    """The most frequent well-formed full form; ties go to the longest, then alphabetical."""
    # each distinct (type, kind, key, display) once, with how many nodes have it
    combos = _weighted(((n.type, n.kind, n.key, n.display), count) for n, count in census)
    if type_ == "Person":
        pool = [c for c in combos if c[0] == "Person" and c[1] == "full"]
        pool = pool or [c for c in combos if c[1] == "full"] or [c for c in combos if c[1] == "single"]
        pool = pool or list(combos)
    else:
        pool = [c for c in combos if c[0] == type_] or list(combos)
    by_key: dict[str, int] = {}
    for c in pool:
        by_key[c[2]] = by_key.get(c[2], 0) + combos[c]
    well_formed = {c[2] for c in pool if _well_formed(c[3])}
    key = min(by_key, key=lambda k: (k not in well_formed, -by_key[k], -len(k), k))
    shown: dict[str, int] = {}
    for c in pool:
        if c[2] == key:
            shown[c[3]] = shown.get(c[3], 0) + combos[c]
    return min(shown, key=lambda d: (not _well_formed(d), -shown[d], -len(d), d))


def _well_formed(display: str) -> bool:
    return bool(display) and display[:1].isupper() and not display.isupper() or (
        display.isupper() and len(display) <= 8)  # acronyms ("NATO") are well formed


def _summarise_reasons(reasons: list[tuple[str, str | None | tuple[str, ...]]]
                       ) -> tuple[str, ...]:
    """One line per distinct reason, naming its first document and how many more (an
    entry's document may be a tuple of them: `_Groups.reasons`)."""
    docs: dict[str, set[str]] = {}
    for text, doc in set(reasons):  # a reason often comes many times ("ref: ...", None)
        found = docs.get(text)
        if found is None:
            found = docs[text] = set()
        if doc.__class__ is tuple:
            found.update(doc)
        elif doc:
            found.add(doc)
    out = []
    for text in sorted(docs):
        ds = docs[text]
        ds.discard("")  # (as a lone document: no document)
        if not ds:
            out.append(text)
        elif len(ds) == 1:
            out.append(f"{text} (doc {next(iter(ds))})")
        else:
            out.append(f"{text} (doc {min(ds)}, +{len(ds) - 1} more)")
    return tuple(out)


def _node_ids(n: _Node) -> frozenset[str]:
    """Ids this node could have had on its own: where an old id's mentions went."""
    return _ids_for(n.ent.ref, n.type, n.display, n.ent.name)


@lru_cache(maxsize=100_000)
def _ids_for(ref: str | None, type_: str, display: str, name: str) -> frozenset[str]:
    if ref:
        return frozenset({ref})
    prefix = _PREFIX.get(type_, "actor")
    return frozenset({f"{prefix}:{slugify(display)}", f"{prefix}:{slugify(name)}"})


def _redirects(canon: _Canon, nodes: _Nodes, node_actor: list[str],
               current: set[str], previous_ids: Iterable[str],
               by_content: dict[int, list[int]] | None = None) -> list[Redirect]:
    gone = sorted(set(previous_ids) - current)
    landed: dict[str, Counter] = defaultdict(Counter)
    if gone:
        # only where the gone ids' mentions went is asked (a store keeps every id it ever
        # wrote, so some are gone at every pass): a node counts if its content could
        # have had one of them, and a content is looked at once
        wanted = frozenset(gone)
        for idxs in (by_content if by_content is not None else _by_content(nodes)).values():
            ids = _node_ids(nodes[idxs[0]]) & wanted  # a matter of content
            if ids:
                went = Counter(map(node_actor.__getitem__, idxs))
                for old in ids:
                    landed[old].update(went)
    out = []
    for old in gone:
        if old in canon.redirects and canon.redirects[old][0] in current:
            new, reason = canon.redirects[old]
        elif old in landed:
            votes = landed[old]
            new = min(votes, key=lambda a: (-votes[a], a))
            reason = "merged: its mentions now resolve to this actor"
        else:
            continue
        if new != old:
            out.append(Redirect(old_id=old, new_id=new, reason=reason))
    return out


# --------------------------------------------------------------------------- events

@lru_cache(maxsize=100_000)
def _span(date: str | None) -> tuple[int, int] | None:
    """A date string's first and last day as ordinals (None when undated or unreadable)."""
    days = interval(date)
    return (days[0].toordinal(), days[1].toordinal()) if days else None


@lru_cache(maxsize=100_000)
def _precision(date: str | None) -> str | None:
    return precision_of(date)


@dataclass
class _Report:
    doc_id: str
    it: LocalInteraction
    start: int  # date interval as ordinals (-1 when undated)
    end: int
    published: int = -1  # the document's publication day as an ordinal (-1 when unknown)
    _order: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def dated(self) -> bool:
        return self.start >= 0

    @property
    def order(self) -> tuple:
        """A content-only sort key, so clustering never depends on input order (only
        needed when a key has several reports: most have one)."""
        if self._order is None:
            self._order = _report_order(self.doc_id, self.it)
        return self._order


@dataclass
class _Cluster:
    reports: list[_Report]
    start: int
    end: int  # the anchor interval: the first (most precise) report's dates


_SLACK = 1  # reports of one event may date it a day apart (time zones, "yesterday")
_NEWS_WINDOW = 7  # an undated report is about the days before its publication
_STATUS_RANK = {"occurred": 0, "cancelled": 1, "refused": 2, "planned": 3}


def _event_key(type_: str, source: set[str], target: set[str]) -> tuple | None:
    src = tuple(sorted(source))
    tgt = tuple(sorted(target - source))
    if type_ in SYMMETRIC_TYPES:
        if not tgt:
            if len(src) == 2:
                return (type_, src[:1], src[1:])
            return (type_, src, ()) if src else None
        a, b = sorted([src, tgt])
        return (type_, a, b)
    if not src:
        return None
    return (type_, src, tgt)


def _cluster_reports(reports: list[_Report]) -> list[_Cluster]:
    """Reports of one (type, actors) key -> one cluster per real-world event. Day-dated
    reports first (a day apart still matches); a vaguer date joins the one event it fits;
    two articles carrying nearly the same sentence (one wire story) report one event unless
    both state different dates; an undated report joins the event its sentence echoes, else
    the only event, or the only one in the week before its article was published, if its
    article could have told of it (nothing done after publication, nothing planned that was
    over before); otherwise it stays an event of its own."""
    if len(reports) == 1:
        r = reports[0]
        return [_Cluster([r], r.start, r.end)]
    dated = sorted((r for r in reports if r.dated), key=lambda r: (r.end - r.start, r.start, r.order))
    clusters: list[_Cluster] = []
    for r in dated:
        fits = [c for c in clusters if c.start - _SLACK <= r.end and r.start - _SLACK <= c.end
                and not _told_apart(c, r)]
        if r.end == r.start:  # a day: the nearest compatible meeting
            if fits:
                min(fits, key=lambda c: (abs(c.start - r.start), c.start)).reports.append(r)
                continue
        else:
            same = [c for c in fits if (c.start, c.end) == (r.start, r.end)]
            recent = _recent(fits, r)
            if len(fits) == 1 or same or recent:
                (fits[0] if len(fits) == 1 else same[0] if same else recent).reports.append(r)
                continue
        clusters.append(_Cluster([r], r.start, r.end))
    if len(clusters) > 1:
        clusters = _join_echoes(clusters)
    undated = sorted((r for r in reports if not r.dated), key=lambda r: r.order)
    leftover = []
    for r in undated:
        home = (clusters[0] if len(clusters) == 1 and _possible(clusters[0], r)
                else _echoed(clusters, r) or _recent(clusters, r))
        if home is not None:
            home.reports.append(r)
        else:
            leftover.append(r)
    if leftover:
        clusters.append(_Cluster(leftover, -1, -1))
    return clusters


_REMOTE_MODES = frozenset({"call", "virtual"})


# rules that tell a meeting as face to face ("greeted Modi with a hug"), not just talks
# that may have been the call itself ("the two discussed ...")
_IN_PERSON_RULES = frozenset({"verb:meet", "verb:greet", "verb:welcome", "verb:receive", "verb:host",
                              "verb:visit", "verb:embrace", "verb:hug", "verb:shake-hands"})


def _face_to_face(r: _Report) -> bool:
    return r.it.mode in ("visit", "host") or r.it.evidence is not None and r.it.evidence.rule in _IN_PERSON_RULES


def _told_apart(c: _Cluster, r: _Report) -> bool:
    """Did the article of `r` tell `c`'s event as another one: a phone call beside a
    meeting face to face the same day ("phoned Sharif ... greeted Modi with a hug")?
    Across articles such a difference is a conflicting detail of one event, kept side by
    side."""
    if r.it.mode is None or r.it.evidence is None:
        return False
    if r.it.mode in _REMOTE_MODES:
        return any(o.doc_id == r.doc_id and _face_to_face(o) for o in c.reports)
    return _face_to_face(r) and any(o.doc_id == r.doc_id and o.it.mode in _REMOTE_MODES for o in c.reports)


_ECHO_SCORE = 80  # rapidfuzz ratio of two sentences that are one wire story lightly edited
_ECHO_LENGTH = 60  # shorter sentences ("The two met.") are too alike to tell anything


def _echo_text(r: _Report) -> str | None:
    ev = r.it.evidence
    return ev.text if ev is not None and len(ev.text) >= _ECHO_LENGTH else None


def _echo(a: _Report, b: _Report) -> bool:
    """Two articles with nearly the same sentence for this (type, actors) key."""
    ta, tb = _echo_text(a), _echo_text(b)
    if ta is None or tb is None or a.doc_id == b.doc_id:
        return False
    if abs(len(ta) - len(tb)) > 0.4 * max(len(ta), len(tb)):
        return False
    return fuzz.ratio(ta, tb, score_cutoff=_ECHO_SCORE) > 0


def _join_echoes(clusters: list[_Cluster]) -> list[_Cluster]:
    """Fold a cluster into an earlier (more precisely dated) one when a report of each
    echoes the other and at most one of the two states its date in words; a date that was
    inferred (from the publication day, a nearby sentence) must not split one story."""
    if sum(1 for c in clusters for r in c.reports if _echo_text(r)) < 2:
        return clusters
    kept: list[_Cluster] = []
    for c in clusters:
        home = next((k for k in kept for a in k.reports for b in c.reports
                     if (a.it.date_text is None or b.it.date_text is None) and _echo(a, b)), None)
        if home is None:
            kept.append(c)
        else:
            home.reports.extend(c.reports)
    return kept


def _echoed(clusters: list[_Cluster], r: _Report) -> _Cluster | None:
    """The only cluster with a report whose sentence `r`'s sentence echoes."""
    if _echo_text(r) is None:
        return None
    homes = [c for c in clusters if any(_echo(r, other) for other in c.reports)]
    return homes[0] if len(homes) == 1 else None


def _recent(clusters: list[_Cluster], r: _Report) -> _Cluster | None:
    """The only dated cluster in the week before `r`'s article was published."""
    if r.published < 0:
        return None
    lo, hi = r.published - _NEWS_WINDOW, r.published + _SLACK
    near = [c for c in clusters if c.start >= 0 and c.start <= hi and lo <= c.end
            and _possible(c, r)]
    return near[0] if len(near) == 1 else None


def _possible(c: _Cluster, r: _Report) -> bool:
    """Could `r` report the event of `c` at all? An article cannot tell as done what
    happens after it was published, nor announce as planned what was over before."""
    if r.published < 0 or c.start < 0:
        return True
    if r.it.status == "planned":
        return c.end >= r.published - _SLACK
    return c.start <= r.published + _SLACK


def _vote(values: list[tuple[str, str]], rank=None) -> str | None:
    """The value most documents give (each document counted once per value)."""
    counts = Counter(v for v, _ in set(values))
    if not counts:
        return None
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts, key=lambda v: (-counts[v], rank(v) if rank else 0, v))


def _evidence_order(e: Evidence) -> tuple:
    return (e.doc_id, e.start, e.end, e.trigger_start, e.trigger_end, e.rule, e.text, e.details)


def _merge_cluster(key: tuple, cluster: _Cluster, actor_of) -> Event:
    type_, source, target = key
    reports = cluster.reports
    if len(reports) == 1:
        return _single_report_event(key, reports[0], actor_of)
    details: set[tuple[str, str, str]] = set()
    # date: the most precise date the reports give; among equally precise ones, the one
    # most documents give, then the earliest
    dated = [r for r in reports if r.dated]
    date = None
    if dated:
        width = min(r.end - r.start for r in dated)
        narrow = [(r.it.date, r.doc_id) for r in dated if r.end - r.start == width]
        date = _vote(narrow, rank=lambda d: _span(d)[0])
        spans = sorted({(r.start, r.end, r.it.date) for r in dated})
        nested = all(a[0] <= b[0] and b[1] <= a[1] or b[0] <= a[0] and a[1] <= b[1]
                     for i, a in enumerate(spans) for b in spans[i + 1:])
        if not nested:
            details.update(("date", r.it.date, r.doc_id) for r in dated)

    modes = [(r.it.mode, r.doc_id) for r in reports if r.it.mode]
    mode = _vote(modes, rank=lambda m: CONSULT_MODES.index(m) if m in CONSULT_MODES else 99)
    if len({m for m, _ in modes}) > 1:
        details.update(("mode", m, d) for m, d in modes)

    locations = [(actor_of(r.doc_id, r.it.location), r.doc_id) for r in reports if r.it.location]
    locations = [(loc, d) for loc, d in locations if loc]
    location = _vote(locations)
    if len({loc for loc, _ in locations}) > 1:
        details.update(("location", loc, d) for loc, d in locations)

    statuses = {(r.it.status, r.doc_id) for r in reports}
    # a planned meeting later reported as held is one that occurred
    status = min({s for s, _ in statuses}, key=lambda s: (_STATUS_RANK.get(s, 9), s))
    if len({s for s, _ in statuses}) > 1:
        details.update(("status", s, d) for s, d in statuses)

    evidence = {r.it.evidence for r in reports if r.it.evidence is not None}
    evidence = sorted(evidence, key=_evidence_order) if len(evidence) > 1 else list(evidence)
    for ev in evidence:
        details.update((k, v, ev.doc_id) for k, v in ev.details)

    # independent reports raise confidence: 1 - prod(1 - best report of each document)
    best: dict[str, float] = {}
    for r in reports:
        best[r.doc_id] = max(best.get(r.doc_id, 0.0), float(r.it.confidence))
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - min(max(c, 0.0), 1.0)
    confidence = round(min(0.99, 1.0 - doubt), 4)

    return Event(
        id=event_id(type_, source, target, date), type=type_, source=source, target=target,
        mode=mode, date=date, precision=_precision(date), location=location, status=status,
        confidence=confidence, evidence=tuple(evidence), details=tuple(sorted(details)),
    )


def _single_report_event(key: tuple, r: _Report, actor_of) -> Event:
    """The common case, without the voting machinery."""
    type_, source, target = key
    it = r.it
    ev = it.evidence
    details = tuple(sorted({(k, v, ev.doc_id) for k, v in ev.details})) if ev else ()
    return Event(
        id=event_id(type_, source, target, it.date), type=type_, source=source, target=target,
        mode=it.mode, date=it.date, precision=_precision(it.date),
        location=actor_of(r.doc_id, it.location), status=it.status,
        confidence=round(min(0.99, max(0.0, float(it.confidence))), 4),
        evidence=(ev,) if ev else (), details=details,
    )


def _report_order(doc_id: str, it: LocalInteraction) -> tuple:
    """A content-only sort key for a report, so clustering never depends on input order."""
    ev = it.evidence
    where = _evidence_order(ev) if ev else ()
    return (doc_id, where, it.type, it.source, it.target, it.date or "", it.mode or "",
            it.status, it.confidence, it.location or "")


def _report_key(doc_id: str, type_: str, source_keys: Sequence[str], target_keys: Sequence[str],
                lookup) -> tuple | None:
    """The (type, source actors, target actors) key a document's interaction reports, or
    None when it names no actor or resolution folded its sides into one."""
    source = {lookup((doc_id, k)) for k in source_keys} - {None}
    target = {lookup((doc_id, k)) for k in target_keys} - {None}
    key = _event_key(type_, source, target)
    if key is None:
        return None
    # resolution folded two sides into one actor ("Blinken met Antony Blinken"): no longer
    # an interaction
    if len(key[1]) + len(key[2]) < 2 and len(set(source_keys) | set(target_keys)) >= 2:
        return None
    if not key[2] and target_keys and type_ not in SYMMETRIC_TYPES:
        return None
    return key


def _make_report(doc: Document, it: LocalInteraction) -> _Report:
    return _report_of(doc.id, doc.published, it)


def _report_of(doc_id: str, published: str | None, it: LocalInteraction) -> _Report:
    span = _span(it.date)
    if span is None and it.date:
        it = dataclasses.replace(it, date=None)  # unreadable: treat as undated
    start, end = span or (-1, -1)
    day = _span(published)
    return _Report(doc_id, it, start, end, day[0] if day else -1)


def _grouped_reports(items: Iterable[tuple[Document, DocExtraction]], lookup,
                     wanted: "set[tuple] | None" = None) -> dict[tuple, list[_Report]]:
    """Reports by event key (only the `wanted` keys when given), in document order."""
    grouped: dict[tuple, list[_Report]] = defaultdict(list)
    for doc, ext in items:
        did = doc.id
        for it in ext.interactions:
            key = _report_key(did, it.type, it.source, it.target, lookup)
            if key is not None and (wanted is None or key in wanted):
                grouped[key].append(_make_report(doc, it))
    return grouped


def _multi_pairs(key: tuple) -> tuple[tuple, ...]:
    """The pair keys a report of `key` (one actor and several, or several together) may
    join, in order; () for any other key."""
    type_, src, tgt = key
    if len(src) + len(tgt) <= 2 or (type_ not in SYMMETRIC_TYPES and not tgt):
        return ()
    dyads = [(a, b) for a in src for b in tgt] if tgt else list(combinations(src, 2))
    return tuple(_event_key(type_, {a}, {b}) for a, b in dyads)


def _spread_decision(key: tuple, clusters: list[_Cluster], clusters_of) -> list:
    """Which of a group report key's clusters join per-pair events: for each cluster, None
    (it stays an event of its own) or the index of its home among each pair key's
    clusters. `clusters_of(pair key)`: that key's clusters (only their dates are read)."""
    pairs = _multi_pairs(key)
    out: list = []
    for c in clusters:
        homes = []
        for pair in pairs:
            found = clusters_of(pair)
            fits = [p for p in found if c.start < 0 or p.start < 0
                    or (p.start - _SLACK <= c.end and c.start - _SLACK <= p.end)]
            if len(fits) > 1:
                fits = [r for r in [_recent(fits, c.reports[0])] if r is not None]
            if len(fits) != 1:
                break
            homes.append(next(i for i, p in enumerate(found) if p is fits[0]))
        else:
            out.append(tuple(homes))
            continue
        out.append(None)
    return out


def _apply_spread(clustered: dict[tuple, list[_Cluster]], key: tuple, decision: list,
                  clusters: list[_Cluster]) -> None:
    """Move the clusters of `key` that `decision` sends home into their pair keys' clusters
    (those present in `clustered`); the others stay as the key's own."""
    pairs = _multi_pairs(key)
    keep = []
    for c, homes in zip(clusters, decision):
        if homes is None:
            keep.append(c)
            continue
        for pair, home in zip(pairs, homes):
            if pair in clustered:
                clustered[pair][home].reports.extend(c.reports)
    if key in clustered:
        clustered[key] = keep


def _spread_group_reports(clustered: dict[tuple, list[_Cluster]]) -> dict[tuple, list]:
    """A report of one actor meeting several ("Blinken met Qin and Wang") joins the
    per-pair events that other reports give, when every pair has exactly one such event
    at a compatible date; otherwise it stays an event of its own. Returns the decision
    of every group key (`_spread_decision`); moving reports changes no cluster's dates, so
    every decision reads the clusters as first made."""
    decisions = {}
    for key in list(clustered):
        if not _multi_pairs(key):
            continue
        decision = _spread_decision(key, clustered[key], lambda pair: clustered.get(pair, ()))
        decisions[key] = decision
        _apply_spread(clustered, key, decision, clustered[key])
    return decisions


def _first_clusters(grouped: dict[tuple, list[_Report]]) -> dict[tuple, list[_Cluster]]:
    """Each key's reports clustered on their own, in key order."""
    return {key: _cluster_reports(grouped[key]) for key in sorted(grouped)}


def _merged_events(clustered: dict[tuple, list[_Cluster]], lookup) -> dict[str, Event]:
    """Clusters by key (after `_spread_group_reports`) -> events by id, in key order;
    `lookup` maps (document, local key) to an actor id."""

    def actor_of(doc_id: str, key: str | None) -> str | None:
        return lookup((doc_id, key)) if key else None

    events: dict[str, Event] = {}
    for key in sorted(clustered):
        clusters = clustered[key]
        if not clusters:
            continue
        while True:
            made: dict[str, tuple[_Cluster, Event]] = {}
            for c in clusters:
                ev = _merge_cluster(key, c, actor_of)
                if ev.id in made and any(_told_apart(made[ev.id][0], r) for r in c.reports):
                    # a call the article told beside a meeting of that day: an event of its own
                    other_c, other = made.pop(ev.id)
                    for cc, e in ((other_c, other), (c, ev)):
                        e = dataclasses.replace(e, id=event_id(*key, e.date, e.mode))
                        made[e.id] = (cc, e)
                    continue
                if ev.id in made:  # two clusters settled on one date: they are one event
                    made[ev.id][0].reports.extend(c.reports)
                else:
                    made[ev.id] = (c, ev)
            if len(made) == len(clusters):
                break
            clusters = [c for c, _ in made.values()]
        for _, ev in made.values():
            events[ev.id] = ev
    return events


def _cluster_events(grouped: dict[tuple, list[_Report]], lookup) -> dict[str, Event]:
    """Reports by key -> events by id (before `_date_by_occasion`)."""
    clustered = _first_clusters(grouped)
    _spread_group_reports(clustered)
    return _merged_events(clustered, lookup)


def _events(items: list[tuple[Document, DocExtraction]], by_doc_key: dict[tuple[str, str], str]
            ) -> list[Event]:
    return _event_parts(items, by_doc_key)[0]


def _event_parts(items: list[tuple[Document, DocExtraction]],
                 by_doc_key: dict[tuple[str, str], str]) -> tuple[list[Event], dict, dict]:
    """The events, with what an incremental resolution keeps of the way there: each pair
    key's first clusters' dates, and each group key's `_spread_decision`."""
    clustered = _first_clusters(_grouped_reports(items, by_doc_key.get))
    spans = {key: [(c.start, c.end) for c in clusters] for key, clusters in clustered.items()
             if _is_pair(key)}
    decisions = _spread_group_reports(clustered)
    events = _merged_events(clustered, by_doc_key.get)
    _date_by_occasion(events)
    return [events[k] for k in sorted(events)], spans, decisions


def _is_pair(key: tuple) -> bool:
    """A key of one actor and another: the kind a group report may join."""
    return len(key[1]) == 1 and len(key[2]) == 1


def event_key_of(e: Event) -> tuple:
    """The key whose reports made event `e` (its type and actors)."""
    return (e.type, e.source, e.target)


def _date_by_occasion(events: dict[str, Event], other_meetings: Iterable[Event] = ()) -> None:
    """An event told in the same sentence as a meeting of the same actors happened at that
    meeting ("Biden and Xi agreed to the trip at their meeting last year in Bali"): when the
    meeting's date, settled across articles, is more precise and inside the event's own, the
    event takes it; the date it had is kept in its details, with the meeting it came from.

    `events` in key order (as `_cluster_events` makes them); `other_meetings`: day-dated
    meetings of keys not in `events` (an incremental resolution's unchanged ones)."""
    vague: list[Event] = []
    day_meetings: list[Event] = []
    for e in events.values():
        if e.type == "CONSULT":
            if e.precision == "day":
                day_meetings.append(e)
        elif e.precision is not None and e.precision != "day" and _span(e.date) is not None:
            vague.append(e)
    other_meetings = list(other_meetings)
    if other_meetings:
        # the order a full resolution has them in (by key), as the last of two meetings on
        # one date names the occasion
        day_meetings = sorted(day_meetings + other_meetings, key=event_key_of)
    if not vague or not day_meetings:
        return
    sentences = {(ev.doc_id, ev.start) for e in vague for ev in e.evidence}
    meetings: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for m in day_meetings:
        for ev in m.evidence:
            if (ev.doc_id, ev.start) in sentences:
                meetings[(ev.doc_id, ev.start)].append(m)
    for e in vague:
        lo, hi = _span(e.date)
        actors = set(e.participants)
        dates = {m.date: m for ev in e.evidence for m in meetings.get((ev.doc_id, ev.start), ())
                 if actors <= set(m.participants) and lo <= _span(m.date)[0] <= hi}
        if len(dates) != 1:
            continue
        date, meeting = next(iter(dates.items()))
        new_id = event_id(e.type, e.source, e.target, date)
        if new_id in events:
            continue  # that event exists on its own: leave both as reported
        docs = sorted(set(e.documents))
        details = set(e.details) | {("date", e.date, d) for d in docs} | {
            ("occasion", meeting.id, d) for d in docs}
        del events[e.id]
        events[new_id] = dataclasses.replace(e, id=new_id, date=date, precision=_precision(date),
                                             details=tuple(sorted(details)))


# --------------------------------------------------------------------------- entry point

@contextmanager
def _no_cyclic_gc():
    """Resolution allocates millions of small acyclic objects; the cyclic collector would
    rescan them again and again (about 40% of the run time) and find nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Partners:
    """(document, local key) -> the local keys it interacts with in that document; a
    document's worked out when a rule first asks about it, as few ever are."""

    def __init__(self, sides_of: Callable[[str], Iterable[tuple[tuple, tuple]]]):
        self._sides_of = sides_of
        self._docs: dict[str, dict[str, set[str]]] = {}

    def get(self, key: tuple[str, str], default=frozenset()):
        doc_id, local = key
        found = self._docs.get(doc_id)
        if found is None:
            found = self._docs[doc_id] = _partners(self._sides_of(doc_id))
        return found.get(local, default)


def _partners(interactions: Iterable[tuple[tuple, tuple]]) -> dict[str, set[str]]:
    """Local key -> the local keys it interacts with, of one document's interactions as
    (source keys, target keys)."""
    out: dict[str, set[str]] = defaultdict(set)
    for source, target in interactions:
        if target:
            sides = [(source, target)]
        else:
            sides = [((a,), (b,)) for a, b in combinations(source, 2)]
        for one, other in sides:
            for a in one:
                for b in other:
                    if a != b:
                        out[a].add(b)
                        out[b].add(a)
    return out


def _canonical_repr(pair: tuple[Document, DocExtraction]) -> str:
    doc, ext = pair
    return repr((doc.to_dict(), sorted(repr(e.to_dict()) for e in ext.entities),
                 sorted(repr(i.to_dict()) for i in ext.interactions)))


def resolve(items: Iterable[tuple[Document, DocExtraction]], corrections: Sequence[Correction] = (),
            previous_ids: Iterable[str] = ()) -> Resolution:
    """All documents' extractions -> canonical actors, events and redirects.

    Deterministic and independent of input order. `corrections` are applied in the order
    given (the ledger's order). `previous_ids` are actor ids an earlier resolution wrote;
    those that no longer exist get a Redirect to the actor that now holds their mentions.
    """
    with _no_cyclic_gc():
        return _resolve(items, corrections, previous_ids)


def _unique_documents(items: Iterable[tuple[Document, DocExtraction]]
                      ) -> list[tuple[Document, DocExtraction]]:
    """One extraction per document id, by id; should one come twice, the choice must not
    depend on order."""
    by_id: dict[str, list[tuple[Document, DocExtraction]]] = defaultdict(list)
    for doc, ext in items:
        by_id[doc.id].append((doc, ext))
    return [pairs[0] if len(pairs) == 1 else max(pairs, key=_canonical_repr)
            for _, pairs in sorted(by_id.items())]


def _resolve(items, corrections, previous_ids) -> Resolution:
    return _resolve_parts(_unique_documents(items), corrections, previous_ids)[0]


def _resolve_parts(ordered: list[tuple[Document, DocExtraction]], corrections, previous_ids
                   ) -> tuple[Resolution, _ActorInputs, dict[tuple[str, str], str], dict, dict]:
    """The resolution of `ordered` (`_unique_documents`), with what an incremental
    resolution keeps of it: the actor stage's inputs, (document, local key) -> actor, and
    the pair keys' spans and group keys' decisions (`_event_parts`)."""
    inputs = _actor_inputs([(doc.id, _doc_inputs(doc, ext)) for doc, ext in ordered])
    actors, redirects, by_doc_key = _resolve_actors(inputs, corrections, previous_ids)
    events, spans, decisions = _event_parts(ordered, by_doc_key)
    documents = tuple(dataclasses.replace(doc, text="") for doc, _ in ordered)
    resolution = Resolution(actors=tuple(actors), events=tuple(events),
                            redirects=tuple(redirects), documents=documents)
    return resolution, inputs, by_doc_key, spans, decisions


def _resolve_actors(inputs: _ActorInputs, corrections: Sequence[Correction],
                    previous_ids: Iterable[str]
                    ) -> tuple[list[Actor], list[Redirect], dict[tuple[str, str], str]]:
    """Every document's entities (`_ActorInputs`) -> actors, redirects, and (document,
    local key) -> actor id. Reads every document: the part of resolution that stays global."""
    actors, redirects, nodes, node_actor = _actor_nodes(inputs, corrections, previous_ids)
    return actors, redirects, dict(zip(zip(nodes.docs, nodes.locals), node_actor))


def _actor_nodes(inputs: _ActorInputs, corrections: Sequence[Correction],
                 previous_ids: Iterable[str]
                 ) -> tuple[list[Actor], list[Redirect], _Nodes, list[str]]:
    """`_resolve_actors`, giving the nodes (in document order, each document's entities
    in its order) and node index -> actor id."""
    nodes = _collect_nodes(inputs)
    by_content = _by_content(nodes)
    g = _Groups(nodes, _generic_body_nodes(nodes, by_content), by_content)
    _group_by_ref(g)
    _group_by_exact_name(g)
    full_index = _full_key_index(g)
    _group_fuzzy_people(g, full_index)
    _group_respelt_people(g, full_index)
    partners = _Partners(inputs.sides_of)
    _group_sound_alike_people(g, full_index, partners)
    _join_mistyped(g, full_index)
    _join_cut_names(g, full_index)
    _join_initialled_names(g, full_index)
    _join_reversed_names(g, full_index)
    country_forms = _country_forms(g)
    _strip_country_first_names(g, full_index, country_forms)
    _attach_short_names(g, full_index, country_forms, partners)
    _join_people_read_as_bodies(g, full_index)
    _stand_in_for_unnamed(g)
    _attach_generic_bodies(g)
    _join_qualified_orgs(g, country_forms)
    _attach_acronyms(g)

    root_of = g.root_of()
    groups = [_Group(members=sorted(m), reasons=g.reasons.get(root, []))
              for root, m in sorted(g.roots(root_of).items())]
    canon = _Canon(nodes, groups, g.misnamed, g.generic, by_content, root_of)
    for c in corrections:
        canon.apply(c)
    actors, node_actor = canon.actors()
    current = {a.id for a in actors}
    redirects = _redirects(canon, nodes, node_actor, current, previous_ids, by_content)
    return actors, redirects, nodes, node_actor
