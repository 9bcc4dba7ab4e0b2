"""In-document coreference: mentions -> document entities.

People: full names are anchors; a surname or given name alone ("Blinken", "Xi", "Jinping")
joins the anchor that carries it (the most recently mentioned one when several do); two full
names with the same surname and a similar first name ("Antony"/"Anthony") are one person.
Titles without a name ("the Secretary", "China's top diplomat") join the most recent person
with that title and country. "his counterpart" is the person with the speaker's portfolio
from the other country (or that country when no such person is named). "he"/"she" as a
subject is the most recent person in subject position in the last few sentences.
Countries, organisations and places join by their gazetteer id or normalised name.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from diplograph.gazetteer import Gazetteer, Title, normalise
from diplograph.extract.docinfo import lowers, sent_of, sentence_no, sentences, tokens as doc_tokens
from diplograph.extract.mentions import METONYM_HEADS, Mention, gaz_lookup
from diplograph.names import COMPOUND_GIVEN, INITIALISM, PATRONYMIC, initials_of, without_arabic_article

__all__ = ["Draft", "Entities"]

_GENERIC_ROLES = {"minister", "secretary", "director", "diplomat", "spokesperson", "business",
                  "ambassador"}
_PRONOUNS = {"he", "she", "him", "her", "his"}
# nouns that name a body already named when 'the' stands alone before them
_BODY_NOUNS = {"council", "court", "commission", "assembly", "parliament", "army", "military", "police",
               "ministry", "agency", "bank", "committee", "tribunal", "union", "junta", "navy"}
_BODY_KEYS = {"army": "-armed-forces", "military": "-armed-forces", "police": "-national-police",
              "parliament": "-parliament"}
_BEFORE_NICKNAME = {",", "widely", "better", "also", "popularly", "commonly", "locally", "more", "who", "is",
                    "was", "often", "affectionately"}


@dataclass
class Draft:
    """A document entity while it is being built."""

    key: str
    type: str  # Person, Country, Organization, Place
    name: str
    ref: str | None = None
    country: str | None = None
    title: Title | None = None
    names: list[str] = field(default_factory=list)  # surface names (aliases)
    mentions: list[Mention] = field(default_factory=list)
    tokens: tuple[str, ...] = ()  # a person's name tokens
    provisional: bool = False  # a person known only by title, made for an interaction

    @property
    def role(self) -> str | None:
        return self.title.role if self.title else None


class Entities:
    """The entities of one document and the lookups the interaction rules need."""

    def __init__(self, doc: Doc, mentions: list[Mention], gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self.mentions = mentions
        self.drafts: dict[str, Draft] = {}
        self._by_id: dict[str, str] = {}  # identity (ref or normalised name) -> key
        self._mention_at: dict[int, Mention] = {}
        self._indexed = -1  # how many mentions the index was built from
        self.groups: list = []  # group phrases and the entities they stand for (groups.py)
        self._group_at: dict = {}
        self._build()

    # ------------------------------------------------------------------ building
    def _new(self, identity: str, type_: str, name: str, **kw) -> Draft:
        if identity in self._by_id:
            return self.drafts[self._by_id[identity]]
        key = f"L{len(self.drafts)}"
        d = Draft(key=key, type=type_, name=name, **kw)
        self.drafts[key] = d
        self._by_id[identity] = key
        return d

    def _attach(self, d: Draft, m: Mention, alias: str | None = None) -> None:
        m.entity = d.key
        d.mentions.append(m)
        if alias and alias not in d.names:
            d.names.append(alias)

    def _own_name(self, m: Mention) -> str | None:
        """What an organisation's mention calls it, as an alias; not a bare kind of body ("the
        Communist Party of Vietnam" is written "Communist Party" before "of Vietnam": that names
        every country's one, and would join them all across articles)."""
        said = _strip_the(m.text)
        if m.org is not None and m.org.country and self.gaz.body(said) is not None:
            return None
        return said

    def _places_taken_for_people(self) -> None:
        """A one-word 'person' that is only ever somewhere ("deployed troops to Goma", "the
        towns of Kiwanja and Rutshuru") is a town the model took for a person: a place."""
        for d in self.drafts.values():
            if d.type != "Person" or len(d.tokens) != 1 or d.title is not None or not d.mentions:
                continue
            if all(m.title is None and m.end - m.start == 1 and _placed(self.doc[m.start]) for m in d.mentions):
                d.type = "Place"

    def _index(self) -> None:
        self._mention_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self._indexed = len(self.mentions)

    def _build(self) -> None:
        doc = self.doc
        self._first_parts_of_bodies()
        self._persons()
        self._index()
        self._surnames_elsewhere()
        self._index()
        self._places_taken_for_people()
        self._nicknames()
        self._index()
        self._counterpart_titles()
        for m in self.mentions:
            if m.entity is not None:
                continue
            if m.kind == "country":
                self._attach(self.country(m.iso3), m, _strip_the(m.text))
            elif m.kind == "org" and m.org is not None and m.org.id.endswith("-junta") and m.org.country:
                # a junta is the state's government, as "the government" is: the country
                self._attach(self.country(m.org.country), m)
            elif m.kind == "org" and m.org is not None and m.org.id:
                d = self._new(m.org.ref, "Organization", m.org.name, ref=m.org.ref,
                              country=m.org.country)
                self._attach(d, m, self._own_name(m))
                if m.extra.get("acronym"):  # "(SAF)" after the body's name: a later "SAF" is that body
                    self._by_id.setdefault("org-name:" + normalise(m.text), d.key)
            elif m.kind == "org" and m.org is not None and m.source == "country-body":
                d = self._new("org-name:" + normalise(m.org.name), "Organization", m.org.name,
                              country=m.org.country)
                self._attach(d, m, self._own_name(m))
                if m.extra.get("acronym"):
                    self._by_id.setdefault("org-name:" + normalise(m.text), d.key)
                base = next((a for a in m.extra.get("aliases", ()) if " of " in a), "").split(" of ")[0]
                if base:  # "the High Court" alone later in the article is this one
                    self._by_id.setdefault("org-name:" + normalise(base), d.key)
                for alias in m.extra.get("aliases", ()):
                    if alias not in d.names and alias != d.name and self.gaz.body(_strip_the(alias)) is None:
                        d.names.append(alias)
            elif m.kind == "org" and m.org is not None and m.source == "acronym":
                name = _strip_the(m.org.name)  # the spelled-out name and its acronym are one body
                d = self._new("org-name:" + normalise(name), "Organization", name)
                self._attach(d, m, _strip_the(m.text))
                self._by_id.setdefault("org-name:" + normalise(m.text), d.key)  # and a later bare acronym
            elif m.kind == "org":
                name = _strip_the(m.text)
                d = self._short_for(name, m.start) or self._new("org-name:" + normalise(name), "Organization", name)
                self._attach(d, m, name)
            elif m.kind == "place":
                name = _strip_the(m.text)
                d = self._new("place:" + normalise(name), "Place", name)
                self._attach(d, m, name)
            elif m.kind == "capital":
                if self.acts(doc[m.end - 1]):
                    self._attach(self.country(m.iso3), m, m.text)
                else:
                    d = self._new("place:" + normalise(m.text), "Place", m.text, country=m.iso3)
                    self._attach(d, m, m.text)
            elif m.kind == "demonym":
                head = doc[m.end - 1]
                if head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("compound", "amod", "nmod") \
                        or head.head.lemma_ in METONYM_HEADS or head.head.lower_ in METONYM_HEADS \
                        or head.head.lower_ in ("counterpart", "counterparts") \
                        or self.country_known(m.iso3):
                    self._attach(self.country(m.iso3), m)
        # "CIA chief X", "State Department spokesman Y": the organisation is named too
        for m in list(self.mentions):
            if m.kind in ("person", "nominal", "counterpart") and m.org is not None and m.extra.get("org_span"):
                a, b = m.extra["org_span"]
                if m.org.id:
                    ref = m.org.ref
                    d = self._new(ref, "Organization", m.org.name, ref=ref, country=m.org.country)
                else:  # a body the gazetteer does not know: "National Security Council spokesman"
                    name = _strip_the(m.org.name)
                    d = self._new("org-name:" + normalise(name), "Organization", name, country=m.org.country)
                om = Mention(a, b, "org", doc[a:b].text, iso3=m.org.country, org=m.org, source="title-org")
                m.extra["org_key"] = d.key
                d.mentions.append(om)
                alias = _strip_the(om.text)
                if alias not in d.names:
                    d.names.append(alias)
            elif m.kind == "nominal" and "body_at" in m.extra and (body := self.mention_at(m.extra["body_at"])) \
                    and body.entity is not None:
                m.extra["org_key"] = body.entity  # "a spokeswoman for the United Nations"
        self._countries_in_titles()
        self._definite_bodies()
        self._self_named()
        # nominal titles and counterparts are resolved lazily (they need the speaker)
        for m in self.mentions:
            if m.kind == "nominal" and m.entity is None and not m.plural:
                key = self._apposed_person(m) or self.resolve_nominal(m)
                if key is not None:
                    d = self.drafts[key]
                    if d.type == "Person" and d.country is None and m.iso3:
                        d.country = m.iso3  # "Niger's president" is President Bazoum: he is Niger's
                    self._attach(d, m)
        self._nicknames(("nominal",))  # "Indonesia's president, widely known as Jokowi,"
        self._respective_counterparts()
        self._index()
        self._countries_in_titles()  # again, for "Qatar's emir, Sheikh Tamim": the title now has its person
        self._predecessors()
        from diplograph.extract.groups import find_groups

        self.groups = find_groups(doc, self)
        self._group_at = {i: g for g in self.groups for i in range(g.start, g.end)}

    def _first_parts_of_bodies(self) -> None:
        """'Lashkar' or 'Harkat' alone, after 'Lashkar-e-Taiba' or 'Harkat-ul-Mujahideen': the
        model takes the first part for a person; it is the body."""
        bodies = [m for m in self.mentions if m.kind == "org" and "-" in m.text]
        for m in self.mentions:
            if m.kind != "person" or m.end - m.start != 1 or m.title is not None:
                continue
            word = m.text.casefold()
            full = [b for b in bodies if b.start < m.start and _strip_the(b.text).casefold().split("-")[0] == word]
            if len({_strip_the(b.text) for b in full}) == 1:
                # (an unknown body is then joined by `_short_for`)
                m.kind, m.org, m.name, m.source = "org", full[0].org, None, "short"

    def _short_for(self, name: str, before: int) -> Draft | None:
        """'Lashkar' after 'Lashkar-e-Taiba', 'the Brotherhood' after 'the Muslim Brotherhood',
        'the League' after 'the Arab League', 'the Tigers' after 'the Liberation Tigers of Tamil
        Eelam': one word of a body named earlier in the article (its first part or its head
        word, or a plural name inside it) is that body, when it fits only one."""
        if " " in name or not name[:1].isupper():
            return None
        word = name.casefold()
        fits = []
        for d in self.drafts.values():
            if d.type != "Organization" or not any(mm.start < before for mm in d.mentions):
                continue
            words = [w for w in re.split(r"[\s-]+", (d.name or "").casefold()) if w]
            if len(words) < 2:
                continue
            if word in (words[0], words[-1]) or word.endswith("s") and word in words:
                fits.append(d)
        return fits[0] if len(fits) == 1 else None

    def _definite_bodies(self) -> None:
        """'the army', 'the council', 'the court' with nothing else in front: the body of that
        kind the article named last ("Sudan's army", "the UN Security Council",
        "Kenya's High Court"), within a few sentences."""
        doc = self.doc
        # (a junta is its state: "Chad's junta ... the junta" is Chad)
        orgs = [m for m in self.mentions if m.kind == "org" and m.entity
                and (self.drafts[m.entity].type == "Organization" or m.org is not None and m.org.id.endswith("-junta"))]
        if not orgs:
            return
        self._index()
        toks = doc_tokens(doc)
        for t in [toks[i] for i, w in enumerate(lowers(doc)) if w in _BODY_NOUNS]:
            low = t.lower_
            # (a lone lower-case "junta" the model tags PROPN is still the noun)
            noun = t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text.islower()
            if low not in _BODY_NOUNS or t.i == 0 or doc[t.i - 1].lower_ != "the" or t.i in self._mention_at \
                    or not noun or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children) \
                    or t.dep_ in ("compound", "amod") and t.head.i > t.i:
                continue
            n = sentence_no(doc, t.i)
            best = None
            for m in orgs:
                if m.start >= t.i or sentence_no(doc, m.start) < n - 8:
                    continue
                d = self.drafts[m.entity]
                names = [d.name, *d.names] if d.type == "Organization" else [m.org.name]
                if any(x.split()[-1].lower() == low for x in names if x.split()) \
                        or d.ref and d.ref.endswith(_BODY_KEYS.get(low, "\0")):
                    best = m
            if best is None:
                continue
            new = Mention(t.i, t.i + 1, "org", t.text, iso3=best.iso3, org=best.org, source="definite")
            self.mentions.append(new)
            self._attach(self.drafts[best.entity], new)
        # "the Arab League ... the League", "the Pacific Islands Forum ... the Forum": the head
        # word of a body's name, capitalised, the model left untagged
        for t in toks[1:]:
            if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.i in self._mention_at \
                    or doc[t.i - 1].lower_ != "the" or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" \
                    or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.children):
                continue
            d = self._short_for(t.text, t.i)
            if d is None:
                continue
            named = d.mentions[0]  # (the body as it was named: its country and gazetteer entry)
            new = Mention(t.i, t.i + 1, "org", t.text, iso3=named.iso3, org=named.org, source="definite")
            self.mentions.append(new)
            self._attach(d, new)
        self.mentions.sort(key=lambda m: m.start)
        self._index()

    def _self_named(self) -> None:
        """'the junta, which calls itself the National Council for ...', 'the rebel alliance
        known as M23': every 'the junta' of the article is that organisation."""
        doc = self.doc
        named: dict[str, Draft] = {}
        for m in self.mentions:
            if m.kind != "org" or not m.entity:
                continue
            root = doc[m.start:m.end].root
            verb = root.head
            noun = None
            if root.dep_ in ("oprd", "dobj", "attr", "xcomp") and verb.lemma_ in ("call", "name", "dub") \
                    and any(c.lower_ in ("itself", "themselves") for c in verb.children):
                noun = verb.head if verb.dep_ in ("relcl", "acl") else None
            elif root.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lower_ == "known" \
                    and verb.head.dep_ in ("acl", "relcl"):
                noun = verb.head.head
            if noun is None or noun.pos_ != "NOUN" or noun.i in self._mention_at:
                continue
            named.setdefault(noun.lemma_.lower(), self.drafts[m.entity])
        if not named:
            return
        for t in doc:
            d = named.get(t.lemma_.lower())
            if d is None or t.pos_ != "NOUN" or t.i in self._mention_at or t.i == 0 \
                    or doc[t.i - 1].lower_ != "the" and not any(c.lower_ == "the" for c in t.children):
                continue
            new = Mention(t.i, t.i + 1, "org", t.text, iso3=d.country, source="self-named")
            self.mentions.append(new)
            self._attach(d, new)  # no alias: 'the alliance' names many bodies across articles
        self.mentions.sort(key=lambda m: m.start)
        self._index()

    def _countries_in_titles(self) -> None:
        """'German Chancellor Olaf Scholz' names Germany too: the country word inside a
        person's mention is a mention of the country (kept off the token index, which
        belongs to the person)."""
        doc = self.doc
        for m in list(self.mentions):
            if m.kind not in ("person", "nominal") and not (m.kind == "org" and m.source == "body") \
                    or not m.iso3 or m.entity is None:
                continue  # "China's foreign ministry" names China too
            for a in range(m.start, min(m.end, m.start + 3)):
                found = None
                for b in range(min(m.end, a + 3), a, -1) if doc[a].is_title else ():
                    hit = self._find_country(doc[a:b].text)
                    if hit is not None and hit[0].iso3 == m.iso3:
                        found = b
                        break
                if found is not None:
                    d = self.country(m.iso3)
                    if not any(x.start == a for x in d.mentions):
                        d.mentions.append(Mention(a, found, "demonym", doc[a:found].text, iso3=m.iso3,
                                                  source="title-country"))
                    break

    def _find_country(self, text: str):
        """gaz.find_country, once per text (this pass runs twice over the same titles, and
        the same titles and names recur across articles)."""
        return gaz_lookup(self.gaz, "find_country", text)

    def _persons(self) -> None:
        people = [m for m in self.mentions if m.kind == "person" and m.name]
        anchors = [m for m in people if len(m.name.split()) >= 2]
        # longest names first, so "Lacalle Pou" finds "Luis Lacalle Pou"
        for m in sorted(anchors, key=lambda m: (-len(m.name.split()), m.start)):
            tokens = tuple(m.name.split())
            d = self._same_person(tokens) or self._person_by_tail(m.name, m.start)
            if d is None:
                d = self._new("person:" + normalise(m.name), "Person", m.name, tokens=tokens)
            self._attach(d, m, m.name)
            self._merge_person_facts(d, m)
        for m in people:
            if m.entity is not None:
                continue
            d = self._person_by_part(m.name, m.start) or self._person_by_tail(m.name, m.start) \
                or self._person_by_initials(m.name)
            if d is None:
                d = self._new("person:" + normalise(m.name), "Person", m.name,
                              tokens=tuple(m.name.split()))
            if m.iso3 and d.country and m.iso3 != d.country and m.text.endswith(m.name) and m.text != m.name:
                # "Saudi King Abdullah ... Jordan's King Abdullah": one name, two countries written
                # in front of it, two people (not a place after the name: "greets Xi in Bangkok")
                d = self._new(f"person:{normalise(m.name)}:{m.iso3}", "Person", m.name,
                              tokens=tuple(m.name.split()))
            elif not m.iso3:
                namesakes = [x for x in self.drafts.values() if x.type == "Person" and x.tokens == d.tokens]
                d = self._nearest(namesakes, m.start) if len(namesakes) > 1 else d  # the one just named
            self._attach(d, m, m.name)
            self._merge_person_facts(d, m)
        # the display name: the full name written most often
        for d in self.drafts.values():
            if d.type == "Person":
                full = [m.name for m in d.mentions if m.name and len(m.name.split()) >= 2]
                if full:
                    d.name = max(dict.fromkeys(full), key=full.count)

    def _same_person(self, tokens: tuple[str, ...]) -> Draft | None:
        from rapidfuzz import fuzz

        for d in self.drafts.values():
            if d.type != "Person" or len(d.tokens) < 2:
                continue
            if d.tokens == tokens or _bare(d.tokens) == _bare(tokens):
                return d
            if d.tokens[-1] == tokens[-1] and len(d.tokens) == len(tokens):
                a, b = d.tokens[0], tokens[0]
                if a[0] == b[0] and (fuzz.ratio(a, b) >= 75 or len(a.rstrip(".")) == 1
                                     or len(b.rstrip(".")) == 1):
                    return d
        return None

    def _person_by_part(self, name: str, at: int) -> Draft | None:
        """'Blinken' -> the anchor whose surname it is; the nearest earlier one wins."""
        words = name.split()
        if len(words) != 1:
            return None
        w = words[0]
        wb = _bare((w,))[0]  # "Al-Sisi" after "Abdel Fattah el-Sisi"
        for position in ("last", "first", "any"):
            cands = []
            for d in self.drafts.values():
                if d.type != "Person" or len(d.tokens) < 2:
                    continue
                if position != "first" and _after_patronymic(d.tokens, w):
                    continue  # "Salman" alone is not Mohammed bin Salman, whose father's name it is
                tokens = _bare(d.tokens) if position != "first" else d.tokens
                if (position == "last" and (w in (d.tokens[-1], tokens[-1]) or wb == tokens[-1]
                                            or _paternal_surname(d.tokens) == w)
                        or position == "first" and d.tokens[0] == w
                        or position == "any" and (w in d.tokens or w in tokens or wb in tokens)):
                    cands.append(d)
            cands = [d for d in cands if not self._described_by(d, at)]
            if cands:
                return self._most_likely(cands, at)
        close = _spelt_like(w, {d.tokens[-1] for d in self.drafts.values() if d.type == "Person" and len(d.tokens) >= 2})
        return self._person_by_part(close, at) if close else None  # "Protasevich" after "Raman Pratasevich"

    def _described_by(self, d: Draft, at: int) -> bool:
        """Is the word at `at` inside what describes d's mention ('Kim Yong Chol, a senior aide
        to Kim,')? Then it names someone else."""
        for m in d.mentions:
            if m.end > at:
                continue
            head = self.doc[m.end - 1]
            for c in head.children:
                if c.dep_ in ("appos", "relcl", "acl") and c.left_edge.i <= at <= c.right_edge.i:
                    return True
        return False

    def _person_by_initials(self, name: str) -> Draft | None:
        """'MBS', 'AMLO': the initials of a full name written before (particles count: Mohammed
        bin Salman; a trailing family name may be left out: MBZ for Mohamed bin Zayed al-Nahyan)."""
        if not INITIALISM.match(name):
            return None
        cands = []
        for d in self.drafts.values():
            if d.type != "Person" or len(d.tokens) < 3:
                continue
            if initials_of(" ".join(d.tokens), name):
                cands.append(d)
        return cands[0] if len(cands) == 1 else None

    def _most_likely(self, cands: list[Draft], at: int) -> Draft:
        """Of several people a bare surname may mean ("Kim" after both Kim Jong Un and his
        aide Kim Yong Chol): the one just named in this sentence, else the one the article
        names most (wire copy names the lesser one in full each time)."""
        nearest = self._nearest(cands, at)
        if len(cands) == 1:
            return nearest
        sent = self.doc[at].sent.start
        if any(sent <= m.start < at for m in nearest.mentions):
            return nearest
        counts = {id(d): sum(1 for m in d.mentions if m.start < at) for d in cands}
        best = max(counts.values())
        if counts[id(nearest)] == best:
            return nearest
        return self._nearest([d for d in cands if counts[id(d)] == best], at)

    def _person_by_tail(self, name: str, at: int) -> Draft | None:
        """'Lacalle Pou', 'Suluhu Hassan', 'bin Salman': the last words of a longer name
        already written."""
        words = tuple(w.lower() for w in name.split())
        if len(words) < 2:
            return None
        cands = [d for d in self.drafts.values() if d.type == "Person" and len(d.tokens) > len(words)
                 and tuple(w.lower() for w in d.tokens[-len(words):]) == words]
        return self._nearest(cands, at) if cands else None

    def _nearest(self, cands: list[Draft], at: int) -> Draft:
        def score(d: Draft):
            before = [m.start for m in d.mentions if m.start < at]
            if before:
                return (0, -max(before))
            return (1, min((m.start for m in d.mentions), default=10 ** 9))
        return min(cands, key=score)

    def _merge_person_facts(self, d: Draft, m: Mention) -> None:
        if m.title is not None and (d.title is None or _rank(m.title) > _rank(d.title)):
            d.title = m.title
        if d.country is None and m.iso3:
            d.country = m.iso3

    def _surnames_elsewhere(self) -> None:
        """A surname the model tagged as a place or organisation, or left untagged."""
        doc = self.doc
        parts: dict[str, list[Draft]] = {}
        for d in self.drafts.values():
            if d.type == "Person" and len(d.tokens) >= 2:
                for w in dict.fromkeys((*d.tokens, *_bare(d.tokens))):
                    parts.setdefault(w, []).append(d)
        if not parts:
            return
        # "el-Sissi" alone, read as an organisation: a hyphenated surname is several tokens
        for m in list(self.mentions):
            if m.source == "ner" and m.kind in ("org", "place") and m.end - m.start > 1 and m.text in parts:
                d = self._person_by_part(m.text, m.start)
                if d is not None:
                    self.mentions.remove(m)
                    new = Mention(m.start, m.end, "person", m.text, name=m.text, source="surname", iso3=d.country)
                    self.mentions.append(new)
                    self._attach(d, new, m.text)
        self._index()
        for t in doc_tokens(doc):
            word = t.text if t.text in parts else self._variant_surname(t, parts)
            if word is None or not t.is_title or t.is_stop and t.ent_type_ != "PERSON" and not (
                    t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "poss")):
                continue  # (a word that is also a common one, "May", only as someone who acts or owns)
            m = self._mention_at.get(t.i)
            if m is not None:
                hyphenated = m.source == "ner" and m.kind in ("org", "place") and any(
                    x.text in ("-", "\u2013") for x in doc[m.start:m.end]) and all(
                    x.text in parts or x.text in ("-", "\u2013") for x in doc[m.start:m.end])
                if hyphenated:  # "Macron-Modi": two surnames read as one organisation
                    self.mentions.remove(m)
                    for i in range(m.start, m.end):
                        self._mention_at.pop(i, None)
                elif m.source == "gazetteer" or m.kind == "person" or m.end - m.start > 1:
                    continue
                elif m.kind not in ("org", "place"):
                    continue
                else:
                    self.mentions.remove(m)
            d = self._person_by_part(word, t.i)
            if d is None:
                continue
            new = Mention(t.i, t.i + 1, "person", t.text, name=word, source="surname",
                          iso3=d.country)
            self.mentions.append(new)
            self._attach(d, new, t.text)
        self.mentions.sort(key=lambda m: m.start)

    def _variant_surname(self, t: Token, parts: dict[str, list[Draft]]) -> str | None:
        """'Protasevich' after 'Raman Pratasevich': a lone capitalised word the model did not
        tag as a person, spelt as one surname of the article is spelt another way (one or two
        letters of a long name), stands for it when it is the only one so close."""
        if len(t.text) < 7 or not t.is_title or t.ent_type_ not in ("ORG", "GPE", "NORP", "") or t.pos_ != "PROPN":
            return None
        if self.gaz.find_country(t.text) is not None or self.gaz.organization(t.text) is not None:
            return None
        return _spelt_like(t.text, {w for w, ds in parts.items() if any(w == d.tokens[-1] for d in ds)})

    def _counterpart_titles(self) -> None:
        """'Foreign Minister X met his Venezuelan counterpart Y': Y holds the same portfolio
        (its usual title: a counterpart of the Secretary of State is a foreign minister)."""
        doc = self.doc
        for m in self.mentions:
            if m.kind != "person" or not m.entity or self.drafts[m.entity].title is not None \
                    or not any(t.lower_ in ("counterpart", "counterparts") for t in doc[m.start:m.end]):
                continue
            sent = sent_of(doc[m.start])
            before = [x for x in self.mentions if x.kind == "person" and x.entity and x.entity != m.entity
                      and sent.start <= x.start < m.start and self.drafts[x.entity].title is not None]
            if not before:
                continue
            subjects = [x for x in before if _head_of(doc, x).dep_ in ("nsubj", "nsubjpass")]
            speaker = self.drafts[(subjects or before)[-1].entity]
            role = speaker.title.role
            usual = next((t for t in self.gaz.titles if t.role == role), speaker.title)
            self.drafts[m.entity].title = usual

    def _nicknames(self, kinds: tuple[str, ...] = ("person",)) -> None:
        """'Jimmy Cherizier, known as Barbecue', 'General X, widely known as Hemedti': the
        name after 'known as' is the person's too, whatever the model made of it."""
        doc = self.doc
        nicknames: dict[str, Draft] = {}
        for m in [m for m in self.mentions if m.kind in kinds and m.entity
                  and self.drafts[m.entity].type == "Person"]:
            j = m.end
            while j < len(doc) and j - m.end < 4 and doc[j].lower_ in _BEFORE_NICKNAME:
                j += 1
            if j >= len(doc) or j == m.end:
                continue
            if doc[j].lower_ in ("known", "called") and j + 1 < len(doc) and doc[j + 1].lower_ == "as":
                j += 2
            elif doc[j].lower_ in ("nicknamed", "dubbed", "alias", "aka", "a.k.a."):
                j += 1
            else:
                continue
            if j < len(doc) and doc[j].text in ('"', "\u201c", "'"):
                j += 1
            k = j
            while k < len(doc) and k - j < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if k == j:
                continue
            taken = [x for x in self.mentions if x.start < k and j < x.end]
            if any(x.kind == "nominal" or x.source == "gazetteer" or x.kind == "person" and not (
                    x.start == j and x.end == k and k - j == 1 and x.title is None) for x in taken):
                continue  # a real name or a country there is not a nickname (a lone word may be)
            for x in taken:
                self.mentions.remove(x)
                if x.entity and x in self.drafts[x.entity].mentions:
                    self.drafts[x.entity].mentions.remove(x)
                    if not self.drafts[x.entity].mentions and x.entity != m.entity:
                        self._forget(x.entity)
            d = self.drafts[m.entity]
            new = Mention(j, k, "person", doc[j:k].text, name=doc[j:k].text, source="nickname", iso3=d.country)
            self.mentions.append(new)
            self._attach(d, new, new.text)
            nicknames[new.text] = d
        # the nickname alone elsewhere in the article ("Hemedti said")
        for x in list(self.mentions):
            d = nicknames.get(x.text)
            if d is None or x.entity == d.key or x.source == "nickname" or x.source == "gazetteer":
                continue
            if x.kind == "person" and x.entity:
                old = self.drafts[x.entity]
                old.mentions.remove(x)
                if not old.mentions:
                    self._forget(old.key)
                self._attach(d, x, x.text)
            elif x.kind in ("org", "place") and x.source == "ner":
                if x.entity and x in self.drafts[x.entity].mentions:
                    self.drafts[x.entity].mentions.remove(x)
                self.mentions.remove(x)
                new = Mention(x.start, x.end, "person", x.text, name=x.text, source="nickname", iso3=d.country)
                self.mentions.append(new)
                self._attach(d, new, new.text)
        self.mentions.sort(key=lambda m: m.start)

    def _forget(self, key: str) -> None:
        """Drop a draft left without mentions."""
        del self.drafts[key]
        self._by_id = {i: k for i, k in self._by_id.items() if k != key}

    # -------------------------------------------------------------- lookups
    def country(self, iso3: str) -> Draft:
        c = self.gaz.country(iso3)
        name = c.name if c else iso3
        return self._new(f"country:{iso3}", "Country", name, ref=f"country:{iso3}", country=iso3)

    def country_known(self, iso3: str | None) -> bool:
        return bool(iso3) and f"country:{iso3}" in self._by_id

    def place(self, text: str) -> Draft:
        return self._new("place:" + normalise(text), "Place", _strip_the(text))

    def group_at(self, i: int):
        """The group phrase ("the two neighbours", "both sides", "the pair") covering token i,
        or None. Its `members` are the entity keys it stands for (see groups.py)."""
        return self._group_at.get(i)

    def mention_at(self, i: int) -> Mention | None:
        if self._indexed != len(self.mentions):  # mentions were added or removed since
            self._index()
        return self._mention_at.get(i)

    def acts(self, head: Token) -> bool:
        """Is this word an agent or patient of a clause (not a location or a modifier)?"""
        dep = head.dep_
        if dep in ("nsubj", "nsubjpass", "dobj", "conj", "appos", "dative"):
            if dep == "conj":
                return self.acts(head.head)
            return True
        if dep == "pobj" and head.head.lower_ in ("by", "with", "against", "on", "from", "between", "toward", "towards"):
            return True
        if dep == "poss":
            return True
        if dep in ("compound", "nmod", "amod") and head.head.lemma_ in METONYM_HEADS:
            return True
        return False

    def resolve_nominal(self, m: Mention) -> str | None:
        """'the Secretary', 'the Chinese foreign minister' -> the person key, else None."""
        t = m.title
        if t is None:
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in self.doc[m.start:m.end].root.children):
            return None  # "A spokeswoman for the United Nations said": someone not told of before
        cands = []
        for d in self.drafts.values():
            if d.type != "Person" or d.title is None:
                continue
            if m.iso3 and d.country != m.iso3 and not (d.country is None and self._only_country(m.iso3)):
                continue  # "China's top diplomat" is not a diplomat of unknown nationality
            if _titles_fit(t, d.title):
                cands.append(d)
        if not cands:
            return None
        # "private conversations with the president": the one called President, though a
        # "North Korean leader" named since heads a state too
        exact = [d for d in cands if d.title.title == t.title]
        return self._nearest(exact or cands, m.start).key

    def _apposed_person(self, m: Mention) -> str | None:
        """'The Japanese foreign minister, Yoshimasa Hayashi, ...': the title names him; and
        'Cyril Ramaphosa, the AU's chairman, ...': the title set after a name is his."""
        doc = self.doc
        root = doc[m.start:m.end].root
        first = root.left_edge.i  # ("the current chairman": past the words before the title)
        if root.dep_ == "appos" and first >= 2 and doc[first - 1].text == "," \
                and (x := self.mention_at(first - 2)) is not None and x.kind == "person" and x.entity is not None \
                and root.head.i in range(x.start, x.end) \
                and not any(t.lower_ in ("former", "ex") for t in doc[first:m.end]):
            # "Ramaphosa, the current chairman of the African Union,": he, not another chairman
            # (what he once was is no title: "Almagro, a former Uruguayan foreign minister")
            return x.entity
        if m.end >= len(doc):
            return None
        comma = m.end
        while comma < min(len(doc), m.end + 8) and doc[comma].text != "," and doc[comma].pos_ in (
                "ADP", "DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PART"):
            comma += 1  # "The U.S. envoy for the Horn of Africa, Mike Hammer,": past the title's own words
        nxt = next((x for x in self.mentions if x.start == comma + 1), None) \
            if comma < len(doc) and doc[comma].text == "," else None
        if nxt is None or nxt.kind != "person" or nxt.entity is None:
            # "The U.S. envoy for the region, Mike Hammer," or "China's top diplomat, Director
            # of the Office ... Wang Yi": the name closes the apposition the parse hangs on the title
            nxt = None
            # (the title's last word, or its head when its own words follow it: "special
            # envoy for the Western Balkans, Miroslav Lajcak")
            for c in [*doc[m.end - 1].children, *doc[m.start:m.end].root.children]:
                if c.dep_ == "appos":
                    for t in c.subtree:
                        x = self.mention_at(t.i)
                        if x is not None and x.kind == "person" and x.entity is not None:
                            nxt = x
            if nxt is None:
                return None
        d = self.drafts[nxt.entity]
        if d.title is None or _rank(m.title) > _rank(d.title):
            d.title = m.title
        if d.country is None:
            d.country = m.iso3
        return d.key

    def _respective_counterparts(self) -> None:
        """'his Armenian and Azerbaijani counterparts, Zohrab Mnatsakanyan and Jeyhun Bayramov',
        'his Sudanese counterpart, Mariam al-Mahdi': the names in apposition take the countries
        before the title, in order."""
        doc = self.doc
        for m in self.mentions:
            if m.kind != "counterpart" or not m.iso3:
                continue
            countries, i = [m.iso3], m.start
            while i > 1 and doc[i - 1].lower_ in ("and", ","):
                left = self.mention_at(i - 2)
                if left is None or left.kind != "demonym" or left.end != i - 1 or not left.iso3:
                    break
                countries.insert(0, left.iso3)
                i = left.start
            root = doc[m.start:m.end].root
            first = next((c for c in root.children if c.dep_ == "appos"), None)
            if first is None:
                continue
            names = [self.mention_at(x.i) for x in (first, *first.conjuncts)]
            if len(names) != len(countries) or any(n is None or n.kind != "person" or n.entity is None for n in names):
                continue
            for n, iso3 in zip(sorted(names, key=lambda n: n.start), countries):
                d = self.drafts[n.entity]
                if d.country is None:
                    d.country = iso3

    def _predecessors(self) -> None:
        """"Petro's predecessor, Ivan Duque", "Ivan Duque, Petro's predecessor": one who held
        or will hold the same office holds it for the same country."""
        doc = self.doc
        for d in self.drafts.values():
            if d.type != "Person" or d.country is not None:
                continue
            for m in d.mentions:
                name = doc[m.start:m.end].root
                offices = [name.head] if name.dep_ == "appos" else []
                offices += [c for c in name.children if c.dep_ == "appos"]
                holder = next((self.drafts[x.entity] for o in offices if o.lemma_ in ("predecessor", "successor")
                               for c in o.children if c.dep_ == "poss"
                               for x in [self.mention_at(c.i)] if x is not None and x.entity is not None
                               and x.entity != d.key and self.drafts[x.entity].type == "Person"
                               and self.drafts[x.entity].country), None)
                if holder is not None:
                    d.country = holder.country
                    d.title = d.title or holder.title
                    break

    def _only_country(self, iso3: str) -> bool:
        """Is this the only country the document names? Then people of unknown
        nationality may well be its own."""
        countries = {d.country for d in self.drafts.values() if d.type == "Country"}
        return countries <= {iso3}

    def nominal_person(self, m: Mention) -> str | None:
        """A person known only by title ("China's defense minister"): an entity of its own,
        made when the person takes part in an interaction."""
        if m.entity is not None:
            return m.entity
        if m.plural or m.title is None or m.iso3 is None and m.org is None or m.title.role in ("diplomat",):
            return None  # ("the African Union chairman": his body, if not his country, is known)
        text = _strip_the(m.text)
        # "Zed Seselja, Australia's minister for the Pacific, flew ...": the title set beside a
        # name is that person's
        root = self.doc[m.start:m.end].root
        if root.dep_ == "appos":
            named = self.mention_at(root.head.i)
            if named is not None and named.kind == "person" and named.entity is not None \
                    and self.drafts[named.entity].type == "Person":
                d = self.drafts[named.entity]
                if d.country is None:
                    d.country = m.iso3
                self._attach(d, m)
                return d.key
        # "Afghanistan's president on Sunday rejected ..." and, further on, "President Ashraf
        # Ghani said ...": the one named holder of that office of that country in the article
        holders = [d for d in self.drafts.values() if d.type == "Person" and not d.provisional
                   and d.country == m.iso3 and d.title is not None and d.title.role == m.title.role
                   and not any(w in x.text.lower() for x in d.mentions for w in ("former", "ex-", "late "))]
        if not holders:
            # "the Emir, Sheikh Hamad" then "Qatar's Emir": the one holder of that office whose
            # country the article never said
            holders = [d for d in self.drafts.values() if d.type == "Person" and not d.provisional
                       and d.country is None and d.title is not None and (
                           d.title.role == m.title.role and d.title.title == m.title.title
                           or m.title.title == "Leader" and _titles_fit(m.title, d.title))
                       and not any(w in x.text.lower() for x in d.mentions for w in ("former", "ex-", "late "))]
            if len(holders) > 1:
                # "... to meet Saakashvili": one named beside the description is not who it is
                sent = self.doc[m.start].sent
                holders = [d for d in holders if not any(sent.start <= x.start < sent.end for x in d.mentions)]
            if len(holders) > 1:
                # "President X ... told the Panamanian leader ... President Y": a description
                # looks back, to the one holder named before it
                before = [d for d in holders if any(x.start < m.start for x in d.mentions)]
                if len(before) > 1:
                    near = self._told_just_before(before, m.start)
                    before = near if len(near) == 1 else before
                holders = before if len(before) == 1 else holders
            if len(holders) == 1:
                holders[0].country = m.iso3
        if len(holders) == 1:
            self._attach(holders[0], m)
            return holders[0].key
        d = self._new("nominal:" + normalise(text), "Person", text, country=m.iso3, title=m.title)
        d.provisional = True  # kept only if an interaction uses it
        self._attach(d, m, text)
        return d.key

    def _told_just_before(self, holders: list[Draft], at: int) -> list[Draft]:
        """'Chancellor Angela Merkel ... said ... The German leader is due in Tbilisi': of several
        holders, those told of in this sentence or the one before; of several there, those the
        sentence is about ('Merkel, who held talks with Medvedev, said ...')."""
        here = sentence_no(self.doc, at)
        recent = {d.key: [x for x in d.mentions if x.start < at and sentence_no(self.doc, x.start) >= here - 1]
                  for d in holders}
        near = [d for d in holders if recent[d.key]]
        if len(near) > 1:
            near = [d for d in near if any(self.doc[x.end - 1].dep_ in ("nsubj", "nsubjpass")
                                           for x in recent[d.key])] or near
        return near

    def pronoun(self, tok: Token) -> str | None:
        """he/she/his -> the most recent person in subject position within three sentences."""
        if tok.lower_ not in _PRONOUNS:
            return None
        doc = self.doc
        subjects: set[str] = set()  # an object pronoun is never its own clause's subject
        if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
            # "issued a warrant for Putin, accusing him": an object pronoun takes the person
            # just named in its sentence who is not the one acting on it
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # (tokens are compared by index)
                verb = verb.head
            own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            up = verb
            for _ in range(3):  # "X flew to Y but failed to persuade him": X's clause, two steps up
                if own or up.dep_ not in ("conj", "advcl", "xcomp"):
                    break
                up = up.head
                own = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ == "relcl":
                own.append(verb.head)
            subjects = {self.mention_at(x.i).entity for o in own for x in o.subtree
                        if self.mention_at(x.i) is not None and self.mention_at(x.i).entity}
            near = [m for m in self.mentions if m.kind == "person" and m.entity and m.entity not in subjects
                    and sent_of(tok).start <= m.start < tok.i]
            # one named only as the owner of a thing ("messages from Reyes's laptop") is
            # less likely meant than one who acts or is acted on
            near = [m for m in near if _head_of(doc, m).dep_ != "poss"] or near
            if near:
                return near[-1].entity
            # "X met Y on Tuesday. He urged him to ...": with its subject a pronoun for X, the
            # object is the other person of the sentence before
            subjects |= {k for o in own if o.lower_ in ("he", "she") for k in [self.pronoun(o)] if k}
            if subjects:
                sents = sentences(doc)
                idx = sentence_no(doc, tok.i)
                before = [m for m in self.mentions if m.kind == "person" and m.entity and m.entity not in subjects
                          and sents[max(0, idx - 1)].start <= m.start < sent_of(tok).start]
                before = [m for m in before if _head_of(doc, m).dep_ != "poss"] or before
                if len({m.entity for m in before}) == 1:
                    return before[-1].entity
        if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp":
            # "X, who had announced that he had ordered ...", "X said he would ...": the one
            # telling it, who is the relative clause's noun when the teller is 'who'
            teller = tok.head.head
            tellers = [c for c in teller.children if c.dep_ == "nsubj"]
            if tellers and tellers[0].lower_ in ("who", "that") and teller.dep_ == "relcl":
                tellers = [teller.head]
            for t in tellers:
                m = self.mention_at(t.i)
                if m is not None and m.kind == "person" and m.entity:
                    return m.entity
        sents = sentences(doc)
        idx = sentence_no(doc, tok.i)
        lo = sents[max(0, idx - 3)].start
        best_main = None
        best_subject = None
        best_any = None
        quoted = _quoted_tokens(doc)
        for m in self.mentions:
            if m.kind not in ("person", "nominal") or not (lo <= m.start < tok.i):
                continue
            if m.start in quoted and tok.i not in quoted:
                continue  # '"... because the president ordered them to," he said. He accused ...'
            # "the Fijian leader", not yet tied to anyone: the named holder of that office
            entity = m.entity or (self.resolve_nominal(m) if m.kind == "nominal" and not m.plural else None)
            if entity is None or entity in subjects or self.drafts[entity].type != "Person":
                continue
            head = _head_of(doc, m)
            if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass"):
                head = head.head  # "His Sudanese counterpart, Mariam al-Mahdi, said ...": the subject named
            if head.dep_ == "ROOT" and head.pos_ == "PROPN" and any(c.dep_ in ("relcl", "acl") for c in head.children):
                # "Foreign Minister Wang Yi, speaking ..., called THAAD ...", parsed with the name as
                # the root and its verb as a clause on it: the name is the sentence's subject
                best_subject = best_main = (m, entity)
            elif head.dep_ in ("nsubj", "nsubjpass"):
                best_subject = (m, entity)
                verb = head.head
                while verb.dep_ == "conj" and verb.head is not verb:
                    verb = verb.head
                if verb.dep_ == "ROOT" or verb.dep_ in ("ccomp",) and verb.head.dep_ == "ROOT" \
                        and verb.head.lemma_ in ("say", "tell", "add", "note"):
                    best_main = (m, entity)
            best_any = (m, entity)
        pick = best_main or best_subject or best_any
        if best_main and best_subject and best_subject[0].start > best_main[0].start \
                and best_subject[0].kind == "nominal" and sentence_no(doc, best_subject[0].start) == idx - 1 \
                and sentence_no(doc, best_main[0].start) < idx - 1:
            # "Batley ... was expected to fly out. It is the second time that the Fijian leader has
            # thrown out an envoy. In 2007 he expelled ...": the office just named, not the older name
            pick = best_subject
        return pick[1] if pick else None

    def counterparts(self, m: Mention, speaker: str | None) -> list[str]:
        """'his counterpart', 'his South Korean and Japanese counterparts' -> keys."""
        doc = self.doc
        head = doc[m.end - 1]
        isos = []
        for child in head.children:
            kids = [child]
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):  # "his counterparts from Japan and India"
                kids = [p for p in child.children if p.dep_ == "pobj"]
            elif child.dep_ not in ("amod", "compound", "nmod"):
                continue
            for k in kids:
                for t in [k, *k.conjuncts]:
                    mm = self.mention_at(t.i)
                    if mm is not None and mm.iso3 and mm.kind in ("demonym", "country", "capital"):
                        isos.append(mm.iso3)
        if not isos and head.dep_ == "dobj":
            # "met his counterparts from Brazil and South Africa": the parse hangs "from" on the verb
            for child in head.head.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    for k in child.children:
                        for t in [k, *k.conjuncts] if k.dep_ == "pobj" else []:
                            mm = self.mention_at(t.i)
                            if mm is not None and mm.iso3 and mm.kind in ("demonym", "country", "capital"):
                                isos.append(mm.iso3)
        if m.iso3 and m.iso3 not in isos:
            isos.insert(0, m.iso3)
        sp = self.drafts.get(speaker) if speaker else None
        out = []
        people = [d for d in self.drafts.values() if d.type == "Person" and d.key != speaker]
        if sp is not None and sp.country:
            people = [d for d in people if d.country != sp.country]
        role = sp.role if sp is not None else None
        if isos:
            for iso in dict.fromkeys(isos):
                match = [d for d in people if d.country == iso and (role is None or d.role == role)]
                if len(match) == 1:
                    out.append(match[0].key)
                else:
                    d = self.country(iso)
                    word = next((mm for mm in self.mentions if mm.iso3 == iso and m.start <= mm.start < m.end
                                 or mm.iso3 == iso and mm.kind == "demonym" and mm.end <= m.end
                                 and mm.start >= head.left_edge.i), None)
                    if word is not None and all(x is not word for x in d.mentions):
                        d.mentions.append(word)
                    elif not d.mentions:
                        d.mentions.append(m)
                    out.append(d.key)
        elif role is not None:
            match = [d for d in people if d.role == role]
            if len(match) == 1:
                out.append(match[0].key)
        return out

    def top_countries(self, n: int = 2) -> list[str]:
        counts = []
        for d in self.drafts.values():
            if d.type == "Country":
                counts.append((len(d.mentions), d.key))
        counts.sort(reverse=True)
        if len(counts) < n or counts[n - 1][0] < 3:
            return []
        if len(counts) > n and counts[n][0] * 2 > counts[n - 1][0]:
            return []
        return [k for _, k in counts[:n]]


def _paternal_surname(tokens: tuple[str, ...]) -> str | None:
    """'Raul Castro Ruz', 'Andres Manuel Lopez Obrador': in a name of three words or more,
    the next-to-last may be the (paternal) surname the short form uses ('Castro', 'Lopez')."""
    if len(tokens) < 3 or tokens[-3].lower() in PATRONYMIC | COMPOUND_GIVEN or tokens[-2].lower() in PATRONYMIC:
        return None  # ("Abdul Ghani Baradar": 'Abdul Ghani' is one given name)
    w = tokens[-2]
    return w if len(w.rstrip(".")) > 2 and w[:1].isupper() and "-" not in w else None


def _after_patronymic(tokens: tuple[str, ...], word: str) -> bool:
    """Is `word` in the name only as a father's name ('Mohammed bin Salman', 'Mohamed Ould
    Abdel Aziz')?"""
    at = [i for i, t in enumerate(tokens) if t == word]
    return bool(at) and all(i > 0 and tokens[i - 1].lower() in PATRONYMIC for i in at)


def _quoted_tokens(doc: Doc) -> frozenset[int]:
    """The tokens inside quotation marks (kept on the doc): words in another's voice."""
    found = doc.user_data.get("diplograph.quoted")
    if found is None:
        inside, open_ = set(), False
        for t in doc:
            before = doc[t.i - 1] if t.i else None
            if t.is_space and "\n" in t.text:
                open_ = False  # a quotation ends with its paragraph
            elif t.text == "\u201c" or t.text == '"' and (before is None or before.whitespace_ or before.is_space):
                open_ = True  # (the tagger's `` and '' slip: a quote mark after a space opens)
            elif t.text in ("\u201d", '"'):
                open_ = False
            elif open_:
                inside.add(t.i)
        found = doc.user_data["diplograph.quoted"] = frozenset(inside)
    return found


def _titles_fit(nominal: Title, person: Title) -> bool:
    if nominal.title == person.title:
        return True
    if nominal.title == "Leader":  # "the Indian leader": whoever heads state or government
        return person.role in ("head", "government")
    if nominal.role == person.role and nominal.role not in _GENERIC_ROLES:
        # "Deputy Secretary of State" is not "the Secretary of State"
        return nominal.title.split()[0] not in ("Deputy", "Vice", "Assistant", "Under") and \
            person.title.split()[0] not in ("Deputy", "Vice", "Assistant", "Under")
    if nominal.role in ("minister", "secretary"):  # "the Minister", "the Secretary"
        word = nominal.title.split()[-1]
        return word in person.title.split() and person.title.split()[0] not in (
            "Deputy", "Vice", "Assistant", "Under")
    return False


def _spelt_like(word: str, surnames: set[str]) -> str | None:
    """The one surname of `surnames` that `word` spells with other vowels: a long name, as
    long, its consonants and first letter the same ("Protasevich", "Pratasevich"; not
    "Abdullahi" for "Abdullah"); None if none or several."""
    if len(word) < 7 or word in surnames:
        return None

    def skeleton(w: str) -> str:
        return "".join(ch for ch in w.lower() if ch not in "aeiouy")

    close = [w for w in surnames if len(w) == len(word) and w[0] == word[0] and skeleton(w) == skeleton(word)
             and sum(a != b for a, b in zip(w, word)) <= 2]
    return close[0] if len(close) == 1 else None


def _rank(t: Title) -> int:
    """Prefer specific titles over generic ones when a person is seen with several."""
    # an honorific ("Sheikh", "Prince") says less than an office ("the Emir, Sheikh Hamad")
    return -1 if t.role in ("royal", "cleric") else 0 if t.role in _GENERIC_ROLES else 1


@functools.lru_cache(maxsize=4096)  # asked of every person for every lone name
def _bare(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name words without an Arabic article: 'al-Zayani' is written 'Zayani' as well."""
    return tuple(map(without_arabic_article, tokens))


_LOCATIVE = frozenset({"to", "in", "into", "near", "from", "towards", "toward", "outside", "inside", "around"})
_MOTION_LEMMAS = frozenset({"deploy", "send", "travel", "fly", "go", "move", "head", "return", "march", "advance",
                            "withdraw", "retreat", "flee", "evacuate", "drive", "sail", "airlift", "push", "dispatch"})
_SETTLEMENT_WORDS = frozenset({"town", "towns", "city", "cities", "village", "villages", "port", "region", "province",
                               "district", "capital"})


def _placed(t: Token) -> bool:
    """Is this word only a place in its sentence: the object of a place preposition, or
    named beside 'the towns of'?"""
    head = t
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
        prep, gov = head.head.lower_, head.head.head
        if prep in ("to", "towards", "toward", "from"):  # "spoke to Zelensky", "a letter from Kim": people too
            return gov.lemma_ in _MOTION_LEMMAS
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _SETTLEMENT_WORDS:
        return True
    return False


def _strip_the(text: str) -> str:
    text = text.replace("\u2019", "'").strip()
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text.strip()


def _head_of(doc: Doc, m: Mention) -> Token:
    span = doc[m.start:m.end]
    return span.root
