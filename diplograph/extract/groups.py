"""Group references: phrases that stand for a set of actors already named.

"the two neighbours", "both countries", "the two leaders", "the pair", "the quartet",
"the two", "each side ... the other": wire prose names the parties once ("Ethiopia and
Eritrea", "Trump and Kim") and then refers to them as a set. `find_groups` reads every such
phrase in a document and resolves it to the document entities it stands for:

1. names set beside it ("the two leaders, Blinken and Wang,");
2. else the latest list of actors of the right kind and number told before it ("A and B",
   "A, B, C and D", "between A and B", or an earlier group), within a few sentences, leaving
   out actors the phrase is itself listed with ("the two sides as well as US officials");
3. else the latest actors of that kind named before it (people for "the two leaders",
   countries for "both nations"), and for countries the two the document is about.

A group is never a Mention: it stays out of the token index, so rules that do not know
about groups see the same mentions as before.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from diplograph.extract.docinfo import lowers, sentence_no, sentences, tokens

__all__ = ["Group", "find_groups", "GROUP_NOUNS", "region_of", "reporting_verb"]

# what each group noun stands for: people, countries, or any actor
_PEOPLE = frozenset({"leaders", "men", "women", "presidents", "premiers", "ministers", "counterparts",
                     "envoys", "chiefs", "heads", "diplomats", "negotiators", "generals", "commanders",
                     "monarchs", "pair", "duo", "rulers", "chancellors", "statesmen"})
_COUNTRIES = frozenset({"countries", "nations", "states", "governments", "neighbours", "neighbors",
                        "capitals", "powers", "superpowers", "allies", "rivals", "foes", "adversaries",
                        "enemies", "partners", "administrations", "neighbour", "neighbor",
                        "monarchies", "republics", "kingdoms", "militaries", "armies"})
# "both rebel groups" are two organisations, never two presidents named before them
_ORGANIZATIONS = frozenset({"groups", "movements", "organisations", "organizations", "militias"})
# relations, not kinds: "the two rivals" are two countries, or two men when no countries fit
_RELATIONS = frozenset({"rivals", "foes", "adversaries", "allies", "enemies", "partners"})
# "the two delegations" speak for states or movements, never for the people who lead them
_SIDES = frozenset({"delegations"})
_ANY = frozenset({"sides", "parties", "camps", "factions", "belligerents", "signatories", "trio",
                  "quartet", "quintet", "two", "three", "four", "five", "six", "both", "side", "other",
                  "forces"})
GROUP_NOUNS = _PEOPLE | _COUNTRIES | _ORGANIZATIONS | _SIDES | _ANY

_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "pair": 2, "duo": 2, "trio": 3, "quartet": 4, "quintet": 5, "either": 2, "neither": 2,
            "each": 2, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# nouns whose number is in the word itself
_COLLECTIVE = {"pair": 2, "duo": 2, "trio": 3, "quartet": 4, "quintet": 5}
_DEFINITE = {"the", "both", "these", "those", "their", "each", "either", "neither", "our", "all"}
_LIST_WORDS = {",", "and", "&", "as", "well", "the", "both", "together", "with"}
# people a group without a number may stand for: "the leaders" after "A, B and C met"
_LOOSE_PEOPLE = frozenset({"leaders", "presidents", "ministers", "premiers", "heads"})
_WINDOW = 6  # sentences back to look for the set a group refers to
# words for the sides of a dispute or a deal, which are states or movements more than envoys
_PARTY_WORDS = frozenset({"sides", "parties", "camps", "belligerents", "signatories"})


@dataclass(frozen=True)
class Group:
    """A phrase standing for several actors. start/end: its token range; head: the token
    that plays its role in the clause ("leaders" in "the two leaders"); members: document
    entity keys in the order they were named; wants: "Person", "Country", "Organization", "Side" (a
    country or an organisation) or None (any kind);
    reciprocal: "each side ... the other", "each other" (directed events go both ways)."""

    start: int
    end: int
    head: int
    text: str
    members: tuple[str, ...]
    size: int | None
    wants: str | None
    reciprocal: bool = False


def find_groups(doc: Doc, ents) -> list[Group]:
    """Every group phrase of the document that resolves to two or more entities."""
    finder = _Finder(doc, ents)
    return finder.run()


class _Finder:
    def __init__(self, doc: Doc, ents):
        self.doc = doc
        self.ents = ents
        self.groups: list[Group] = []
        self._weights: dict[str, int] = {}
        self.word = ""  # the group noun being resolved
        self.portfolio: str | None = None  # and the portfolio it names ("the foreign ministers")
        self.lists = _lists(doc, ents)  # (end token, [mentions]) of coordinated actors

    def run(self) -> list[Group]:
        toks = tokens(self.doc)
        for t in [toks[i] for i, w in enumerate(lowers(self.doc)) if w in GROUP_NOUNS]:
            found = self._phrase(t)  # None for any word not in GROUP_NOUNS
            if found is None:
                continue
            start, size, wants, reciprocal = found
            if self.ents.mention_at(t.i) is not None and self.ents.mention_at(t.i).kind in (
                    "person", "country", "org", "capital", "demonym"):
                continue
            # "the two prime ministers" are heads of government, not any minister
            self.word = "premiers" if t.lower_ == "ministers" and any(
                c.lower_ == "prime" for c in t.children) else t.lower_
            # "the three foreign ministers": ministers of that portfolio, not any minister
            self.portfolio = next((self.ents.gaz.portfolios[c.lower_] for c in t.children
                                   if c.dep_ in ("amod", "compound") and c.i < t.i
                                   and c.lower_ in self.ents.gaz.portfolios), None)
            members = self._resolve(t, start, size, wants)
            if len(members) < 2 and wants == "Country" and t.lower_ in _RELATIONS:
                wants = "Person"
                members = self._resolve(t, start, size, wants)
            if t.lower_ in _PARTY_WORDS and len(members) == 2 and all(
                    self.ents.drafts[k].type == "Person" for k in members):
                # "the two sides", "both parties" after their envoys signed: the sides the
                # story is about, when its opening names them and the envoys belong to them
                members = self._lead_sides(members) or members
            region = region_of(t)
            if region is not None and wants == "Country":
                # "the two Nordic countries": only countries of that region, the latest named
                members = self._in_region(members, region, t, size)
            if len(members) < 2:
                continue
            self.groups.append(Group(start=start, end=t.i + 1, head=t.i, text=self.doc[start:t.i + 1].text,
                                     members=tuple(members), size=size, wants=wants, reciprocal=reciprocal))
        self._divided_nations()
        self._each_other()
        return self.groups

    def _divided_nations(self) -> None:
        """'the two Koreas', 'both Sudans': a plural the gazetteer knows names both states."""
        taken = {i for g in self.groups for i in range(g.start, g.end)}
        for t in tokens(self.doc):
            if t.i in taken or t.pos_ not in ("PROPN", "NOUN") or not t.text[:1].isupper():
                continue
            pair = self.ents.gaz.country_pair(t.text)
            if len(pair) < 2:
                continue
            start = min([t.i] + [c.i for c in t.children if c.dep_ in ("det", "nummod", "predet") and c.i < t.i])
            members = tuple(self.ents.country(iso).key for iso in pair)
            self.groups.append(Group(start=start, end=t.i + 1, head=t.i, text=self.doc[start:t.i + 1].text,
                                     members=members, size=len(members), wants="Country"))

    def _each_other(self) -> None:
        """'Russia and Ukraine accused each other', 'both sides faulting each other's
        policies': 'each other' stands for the clause's subjects, and the act goes both ways
        (the subject group, if any, becomes reciprocal too)."""
        doc = self.doc
        toks = tokens(doc)
        for t in [toks[i] for i, w in enumerate(lowers(doc)) if w in ("other", "others", "one")]:
            if not (t.lower_ in ("other", "others") and any(c.lower_ == "each" for c in t.children)
                    or t.lower_ == "one" and any(c.lower_ == "another" for c in t.children)):
                continue
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            subj = subjects[0]
            keys: list[str] = []
            owner = next((n for n, g in enumerate(self.groups) if g.head == subj.i), None)
            if owner is not None:
                keys = list(self.groups[owner].members)
                self.groups[owner] = replace(self.groups[owner], reciprocal=True)
            else:
                for x in [subj, *subj.conjuncts]:
                    k = self._key(self.ents.mention_at(x.i), None)
                    if k and k not in keys:
                        keys.append(k)
            if len(keys) < 2:
                continue
            start = min([t.i] + [c.i for c in t.children if c.lower_ in ("each", "another") and c.i < t.i])
            end = max([t.i + 1] + [c.i + 1 for c in t.children if c.lower_ == "another"])
            self.groups.append(Group(start=start, end=end, head=t.i, text=doc[start:end].text,
                                     members=tuple(keys), size=len(keys), wants=None, reciprocal=True))

    # ---------------------------------------------------------------- phrases
    def _phrase(self, t: Token):
        """(start, size, wants, reciprocal) when t heads a group phrase, else None."""
        low = t.lower_
        if low not in GROUP_NOUNS:
            return None
        kids = list(t.children)
        dets = [c for c in kids if c.dep_ in ("det", "predet", "nummod", "preconj", "quantmod", "amod")
                and c.i < t.i]
        size = None
        for c in dets:
            size = _NUMBERS.get(c.lower_, size)
        start = min([t.i] + [c.i for c in dets])
        reciprocal = False
        if low in ("two", "three", "four", "five", "six", "both"):
            # "the two", "the three", "both" standing alone as an actor
            if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") or t.head.pos_ == "NOUN" \
                    and t.dep_ not in ("pobj", "conj"):
                return None
            if low != "both" and not any(c.lower_ == "the" for c in kids):
                return None
            if low == "both" and t.dep_ not in ("nsubj", "nsubjpass"):
                return None
            return start, _NUMBERS[low], None, False
        if low in ("side", "other"):
            # "each side accused the other", "neither side"
            if low == "side" and any(c.lower_ in ("each", "either", "neither") for c in dets):
                reciprocal = any(c.lower_ == "each" for c in dets) and any(
                    x.lower_ == "other" for x in t.sent if x.i > t.i)
                return start, 2, None, reciprocal
            if low == "other" and any(c.lower_ == "the" for c in kids) and t.dep_ in ("dobj", "pobj") \
                    and any(x.lower_ == "each" for x in t.sent if x.i < t.i):
                return start, 2, None, True
            return None
        if low in ("neighbour", "neighbor"):
            return None  # singular: "its neighbour" is one country
        if low in _COLLECTIVE:
            if not any(c.lower_ in ("the", "this") for c in kids):
                return None
            return start, _COLLECTIVE[low], ("Person" if low in ("pair", "duo") else None), False
        if size is None:
            # "the leaders agreed", "endorsed by all the leaders": without a number only the
            # people listed just before (`_resolve`); "allies", "the European leaders": too loose
            if low in _LOOSE_PEOPLE and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") \
                    and any(c.lower_ in ("the", "all") for c in dets) \
                    and not any(c.dep_ in ("amod", "compound", "poss") and c.i < t.i for c in kids) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in kids):
                return start, None, "Person", False
            return None
        if not any(c.lower_ in _DEFINITE for c in dets + [c for c in kids if c.dep_ == "poss"]) and not (
                low in ("powers", "countries", "nations", "states") and t.dep_ == "conj"
                and self.ents.mention_at(t.head.i) is not None):
            # "two senior diplomats" brings in new people; "the two" refers back; "Iran and six
            # world powers" names the powers soon after
            return None
        if any(c.dep_ == "poss" and c.lower_ not in _DEFINITE for c in kids):
            return None  # "their two countries" is fine, "Europe's two powers" names its owner
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and (p.lower_ in GROUP_NOUNS or self.ents.mention_at(p.i) is not None)
                for p in c.children) for c in kids) and low not in _COUNTRIES:
            # "the leaders of the two countries": the countries say who (not "accused the two
            # forces of obstructing aid", the charge the parse hangs on them)
            return None
        wants = "Person" if low in _PEOPLE else "Country" if low in _COUNTRIES \
            else "Organization" if low in _ORGANIZATIONS else "Side" if low in _SIDES else None
        return start, size, wants, False

    # ------------------------------------------------------------- resolving
    def _resolve(self, t: Token, start: int, size: int | None, wants: str | None) -> list[str]:
        ents = self.ents
        own = self._own_country(t)
        # 1. names set beside it: "the two leaders, Blinken and Wang,"
        beside = [c for c in t.children if c.dep_ == "appos"]
        if beside:
            keys = []
            for a in beside:
                for x in [a, *a.conjuncts]:
                    m = ents.mention_at(x.i)
                    k = self._key(m, wants) if m is not None else None
                    if k and k not in keys:
                        keys.append(k)
            if len(keys) >= 2 and (size is None or len(keys) == size):
                return keys
        excluded = self._listed_with(t)
        sents = sentences(self.doc)
        n = sentence_no(self.doc, t.i)
        # the actors of its own sentence, when there are just as many ("X shook hands with
        # Y, but the two did not talk"), before the set an earlier group stood for
        own_sentence = self._own_sentence(sents[n].start, start, size, wants, excluded, own)
        if own_sentence:
            return own_sentence
        # the same noun again ("the two sides ... each side"): the set it stood for before
        lemma = t.lemma_.lower()
        for g in reversed(self.groups):
            if self.doc[g.head].lemma_.lower() == lemma and g.wants == wants \
                    and sentence_no(self.doc, g.head) >= sentence_no(self.doc, t.i) - _WINDOW \
                    and (size is None or g.size == size):
                return list(g.members)
        lo = sents[max(0, n - _WINDOW)].start
        # 2. a list of the right kind and number: the latest one when it was written in this
        # sentence or the one before, else the one of the most prominent actors (a story's
        # main pair outranks two people named in passing since)
        candidates = []
        for end, keys in self._candidate_lists(wants, own):
            keys = [k for k in keys if k not in excluded]
            if lo <= end <= start and len(keys) >= 2 and (size is None or len(keys) == size):
                candidates.append((end, keys))
        candidates.sort(key=lambda c: -c[0])
        if size is None:
            # "the leaders": a list of people told in this sentence or the last, else the two
            # titled people the story is about, when two stand out
            if candidates and sentence_no(self.doc, candidates[0][0]) >= n - 1:
                return candidates[0][1]
            main = self._main_actors(wants, 2, sents[max(0, n - 2 * _WINDOW)].start, start, excluded, own,
                                     titled=True)
            if not main and n > 0 and wants == "Person":
                # "Putin had a call with Modi. The leaders discussed trade": the two of that clause
                main = self._clause_pair(sents[n - 1], wants, excluded, own)
            return main
        if self.word in _ROLES and candidates and any(self.ents.drafts[k].title is None for k in candidates[0][1]):
            # "the two leaders": the story's president and prime minister outrank the two envoys
            # who brokered their talks, whom the text gives no such title
            main = self._main_actors(wants, size, sents[max(0, n - 2 * _WINDOW)].start, start, excluded, own,
                                     titled=True)
            if main:
                return main
        if candidates and sentence_no(self.doc, candidates[0][0]) >= n - 1:
            # the list just told, unless it names actors in passing beside the story's own
            # pair ("A and B attended as guarantors ... the two men shook hands")
            recent = candidates[0][1]
            main = self._main_actors(wants, size, lo, start, excluded, own)
            if main and set(main) != set(recent) and \
                    min(self._weight(k) for k in main) >= 3 * min(self._weight(k) for k in recent):
                return main
            return recent
        # the two sides of the last sentence's clause ("Kishida met Yoon on Sunday. The two
        # leaders laid flowers ..."): a subject and its object
        if n > 0 and size == 2:
            pair = self._clause_pair(sents[n - 1], wants, excluded, own)
            if pair:
                return pair
        # (the story's own pair may have been named last a little further back)
        reach = 2 * _WINDOW if wants == "Person" else _WINDOW
        main = self._main_actors(wants, size, sents[max(0, n - reach)].start, start, excluded, own)
        if main:
            candidates.append((-1, main))
        if candidates:
            best = max(candidates, key=lambda c: (min(self._weight(k) for k in c[1]), c[0]))
            return best[1]
        # 3. as many actors named with that very noun: "the two forces" after the Sudanese
        # Armed Forces and the Rapid Support Forces were named apart
        if size is not None and t.lower_ not in _NUMBERS:
            named: list[str] = []
            for m in ents.mentions:
                k = self._key(m, wants) if lo <= m.start and m.end <= start else None
                words = {w.lower() for w in ents.drafts[k].name.split()} if k else set()
                if k and k not in named and k not in excluded and (t.lower_ in words or t.lemma_.lower() in words):
                    named.append(k)
            if len(named) == size:
                return named
        # 4. the latest actors of that kind named before it (a delegation's side is told, not guessed)
        if wants is None or size is None or wants == "Side":
            return []
        near = sents[max(0, n - 2)].start
        seen: list[str] = []
        for m in reversed([m for m in ents.mentions if near <= m.start and m.end <= start]):
            k = self._key(m, wants)
            if k and k not in seen and k not in excluded and (own is None or self._country_of(k) == own):
                seen.append(k)
            if len(seen) == size:
                return seen[::-1]
        if wants == "Country" and own is None:
            top = ents.top_countries(size)
            if top:
                return top
            # 5. told in the lead before they are named: "Iran and six world powers struck a deal
            # ... with Kerry, Britain's Hammond, France's Fabius, ..." (the first list after it,
            # within a few sentences, of exactly as many countries, a person standing for his)
            hi = sents[min(len(sents) - 1, n + 8)].end
            for end, mentions in self.lists:
                if not (t.i < mentions[0].start and end < hi) or len(mentions) != size:
                    continue
                keys = []
                for m in mentions:
                    k = self._key(m, None)
                    iso = self._country_of(k) if k is not None else None
                    k = ents.country(iso).key if iso and ents.drafts[k].type != "Country" else k
                    if k is not None and ents.drafts[k].type == "Country" and k not in keys and k not in excluded:
                        keys.append(k)
                if len(keys) >= size - 1 >= 2:  # (one whose country the text never gives may be missing)
                    return keys
        return []

    def _own_sentence(self, here: int, start: int, size: int | None, wants: str | None,
                      excluded: set[str], own) -> list[str]:
        """The actors named in its sentence before it, when there are just as many as it
        stands for (people first when any kind will do)."""
        if size is None:
            return []
        ents = self.ents
        for kind in (("Person", wants) if wants is None else (wants,)):
            found: list[str] = []
            for m in ents.mentions:
                if here <= m.start and m.end <= start:
                    k = self._key(m, kind)
                    if k and k not in found and k not in excluded and (own is None or self._country_of(k) == own):
                        found.append(k)
            people = [ents.drafts[k].type == "Person" for k in found]
            if len(found) == size and (all(people) or not any(people)):
                return found
        return []

    def _in_region(self, members: list[str], region: frozenset[str], t: Token, size: int | None) -> list[str]:
        inside = [k for k in members if self._country_of(k) in region]
        if len(inside) == len(members):
            return members
        seen: list[str] = []
        for m in reversed([m for m in self.ents.mentions if m.end <= t.i]):
            k = self._key(m, "Country")
            if k and k not in seen and self._country_of(k) in region:
                seen.append(k)
            if size is not None and len(seen) == size:
                break
        return seen[::-1] if size is None or len(seen) == size else []

    def _clause_pair(self, sent, wants, excluded: set[str], own) -> list[str]:
        """The subject and the object of the one verb in a sentence that has exactly two
        actors of the kind wanted (people first when any kind will do)."""
        ents = self.ents
        for kind in (("Person", None) if wants is None else (wants,)):
            found: list[tuple[str, object]] = []
            for m in ents.mentions:
                if sent.start <= m.start and m.end <= sent.end:
                    k = self._key(m, kind)
                    if k and k not in excluded and all(k != f for f, _ in found) \
                            and (own is None or self._country_of(k) == own):
                        found.append((k, self.doc[m.start:m.end].root))
            if len(found) != 2:
                continue
            (k1, a), (k2, b) = found
            va, vb = _governor(a), _governor(b)
            if va is not None and va is vb or va is not None and vb is not None and va.i == vb.i:
                return [k1, k2]
        return []

    def _weight(self, key: str) -> int:
        """How often the document names an entity (its prominence)."""
        if key not in self._weights:
            d = self.ents.drafts.get(key)
            n = len(d.mentions) if d is not None else 0
            if d is not None and d.type == "Country":  # "Ethiopian", "Addis Ababa" count for Ethiopia
                n += sum(1 for m in self.ents.mentions if m.kind in ("capital", "demonym")
                         and m.entity is None and m.iso3 == d.country)
            self._weights[key] = n
        return self._weights[key]

    def _main_actors(self, wants, size, lo: int, start: int, excluded: set[str], own,
                     titled: bool = False) -> list[str]:
        """The document's `size` most prominent people or countries, when they stand out
        from the rest and each was named within the window before the phrase (`titled`:
        among the people the text gives a title that fits the group noun)."""
        if wants is None or size is None:
            return []
        pool = [d.key for d in self.ents.drafts.values() if d.type == wants and d.mentions and not d.provisional
                and d.key not in excluded and (own is None or d.country == own)
                and (wants != "Person" or _title_fits(self.word, d, self.portfolio) and (d.title is not None or len(d.tokens) > 1))
                and (not titled or d.title is not None)]  # (a lone untitled word is no story's main man)
        ranked = sorted(pool, key=lambda k: -self._weight(k))
        if len(ranked) < size or len(ranked) > size and self._weight(ranked[size - 1]) <= self._weight(ranked[size]):
            return []
        top = ranked[:size]
        near = set()
        for m in self.ents.mentions:
            if lo <= m.start < start:
                k = self._key(m, wants)
                if k:
                    near.add(k)
        if not all(k in near for k in top):
            return []
        first = {k: min(m.start for m in self.ents.drafts[k].mentions) for k in top}
        return sorted(top, key=lambda k: first[k])

    def _lead_sides(self, people: list[str]) -> list[str]:
        """The two states or movements the story's first sentence joins ("Ethiopia's federal
        government and the TPLF agreed ..."), when the envoys are of their countries (or of
        none the text gives)."""
        sents = sentences(self.doc)
        if not sents:
            return []
        lead = sents[0]
        heads: dict[int, str] = {}  # the word standing for each state or movement in the clause
        for m in self.ents.mentions:
            if lead.start <= m.start and m.end <= lead.end:
                k = self._key(m, "Side")
                t = self.doc[m.end - 1]
                while k and t.dep_ in ("poss", "compound") and t.head.i != t.i:
                    t = t.head  # "Ethiopia's federal government", "the Renamo movement"
                if k:
                    heads.setdefault(t.i, k)
        for i, k in heads.items():
            partners = [heads[c.i] for c in self.doc[i].conjuncts if c.i in heads and heads[c.i] != k]
            if len(partners) == 1 and len(self.doc[i].conjuncts) == 1:
                keys = [k, partners[0]]
                countries = {self._country_of(x) for x in keys}
                if all(self._country_of(p) is None or self._country_of(p) in countries for p in people):
                    return keys
                return []
        return []

    def _candidate_lists(self, wants: str | None, own: str | None):
        out = []
        for end, mentions in self.lists:
            keys = []
            for m in mentions:
                k = self._key(m, wants)
                if k is None:
                    keys = []
                    break
                if k not in keys:
                    keys.append(k)
            if own is not None and any(self._country_of(k) != own for k in keys):
                continue
            people = [self.ents.drafts[k].type == "Person" for k in keys]
            if wants is None and any(people) and not all(people):
                continue  # "Washington and Sullivan" are no two sides
            if keys:
                out.append((end, keys))
        for g in self.groups:  # "the four countries ... the quartet": an earlier group is a list too
            keys = [k for k in (self._fit(k, wants) for k in g.members) if k]
            if len(keys) == len(g.members):
                out.append((g.end - 1, list(dict.fromkeys(keys))))
        return out

    def _key(self, m, wants: str | None) -> str | None:
        """The entity a mention gives to a group wanting people, countries or anything."""
        if m is None:
            return None
        ents = self.ents
        if m.kind in ("capital", "demonym") and m.iso3:
            k = ents._by_id.get(f"country:{m.iso3}") or ents.country(m.iso3).key
        elif m.kind in ("person", "country", "org", "nominal") and m.entity:
            k = m.entity
        else:
            return None
        return self._fit(k, wants)

    def _fit(self, key: str, wants: str | None) -> str | None:
        d = self.ents.drafts.get(key)
        if d is None or d.type == "Place":
            return None
        if wants == "Person" and d.type == "Person":
            return key if _title_fits(self.word, d, self.portfolio) else None
        if wants == "Side":
            return key if d.type in ("Country", "Organization") else None
        if wants is None or d.type == wants:
            return key
        if wants == "Country" and d.type == "Person" and d.country:
            return self.ents.country(d.country).key  # "Abiy and Isaias ... both nations"
        return None

    def _country_of(self, key: str) -> str | None:
        d = self.ents.drafts.get(key)
        return d.country if d is not None else None

    def _own_country(self, t: Token) -> str | None:
        """'the two Afghan sides': members are that country's actors."""
        for c in t.children:
            if c.dep_ in ("amod", "compound"):
                m = self.ents.mention_at(c.i)
                if m is not None and m.kind in ("demonym", "country") and m.iso3:
                    return m.iso3
        return None

    def _listed_with(self, t: Token) -> set[str]:
        """Actors the phrase is itself listed with ("the two sides as well as Saudi and US
        officials", "the two leaders and their ministers"), and the one acting on it ("X
        joined the two presidents"), are not its members."""
        out: set[str] = set()
        others = list(t.conjuncts)
        # "X received the three countries' ministers": the phrase owning the object is the object
        held = t.head if t.dep_ == "poss" else t
        verb = held.head if held.dep_ in ("dobj", "dative") else held.head.head if held.dep_ == "pobj" else None
        if verb is not None and held.dep_ == "pobj" and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
            # "X praised the courage of both presidents", "X and Y slapped sanctions on both
            # countries": they act on them too
            verb = verb.head
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            others += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ == "relcl":
                others.append(verb.head)
            up = verb
            while up.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
                # "Y welcomed it and called on both parties to ...", "Y would keep working with both
                # delegations": Y is the one calling, working
                up = up.head
                others += [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        # the one telling of it ("X told reporters that the two leaders had agreed"; but
        # "X's office said the two had talked" may count X among them)
        teller = reporting_verb(t)
        clause = next((x for x in t.ancestors if x.dep_ == "ccomp" and x.head.i == teller.i), None) \
            if teller is not None else None
        if clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she", "i", "we")
                                      for c in clause.children):
            teller = None  # "X said he had raised it with Y when the two leaders met": X is one of them
        if teller is not None:  # (all of them: "Saudi Arabia and the United States said")
            for c in teller.children:
                for x in (c, *c.conjuncts) if c.dep_ == "nsubj" else ():
                    m = self.ents.mention_at(x.i)
                    k = self._key(m, None) if m is not None else None
                    if k:
                        out.add(k)
        # the parse often misses "as well as": read it off the words
        doc = self.doc
        j = t.i + 1
        words = [x.lower_ for x in doc[j:j + 3]]
        skip = 3 if words == ["as", "well", "as"] else 2 if words[:2] in (["along", "with"], ["together", "with"]) \
            else 1 if words[:1] == ["and"] else 0
        if skip:
            j += skip
            while j < len(doc) and doc[j].pos_ not in ("VERB", "AUX") and doc[j].text not in (",", ".", ";"):
                m = self.ents.mention_at(j)
                if m is not None:
                    k = self._key(m, "Country") or self._key(m, None)
                    if k:
                        out.add(k)
                j += 1
        for c in others:
            for x in _core(c):
                m = self.ents.mention_at(x.i)
                if m is not None:
                    for wants in (None, "Country"):
                        k = self._key(m, wants)
                        if k:
                            out.add(k)
        return out


# "the two leaders" are heads of state or government; "the two presidents" presidents
_ROLES = {"leaders": ("head", "government", "crown", "vice-head"), "presidents": ("head",),
          "premiers": ("government",), "chancellors": ("government",), "monarchs": ("head",),
          "rulers": ("head", "crown")}


def _title_fits(word: str, d, portfolio: str | None = None) -> bool:
    if d.title is None:
        return True
    if portfolio is not None and d.title.role != portfolio:
        return False
    if word in _ROLES:
        return d.title.role in _ROLES[word]
    if word == "ministers":
        return "Minister" in d.title.title or "Secretary" in d.title.title
    return True


# regions a group noun may be narrowed by: "the two Nordic countries", "the Baltic states"
_REGIONS = {
    "nordic": frozenset({"DNK", "FIN", "ISL", "NOR", "SWE"}),
    "scandinavian": frozenset({"DNK", "NOR", "SWE"}),
    "baltic": frozenset({"EST", "LVA", "LTU"}),
    "gulf": frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}),
    "central asian": frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    "balkan": frozenset({"ALB", "BIH", "BGR", "HRV", "XKX", "MNE", "MKD", "SRB", "SVN", "GRC", "ROU"}),
    "arab": frozenset({"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
                       "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"}),
}


def region_of(t: Token) -> frozenset[str] | None:
    """The countries a region word narrows a group noun to ("the two Nordic countries")."""
    for c in t.children:
        if c.dep_ in ("amod", "compound"):
            words = c.lower_ if c.lower_ != "asian" else " ".join(x.lower_ for x in (*c.lefts, c))
            if words in _REGIONS:
                return _REGIONS[words]
    return None


def reporting_verb(t: Token) -> Token | None:
    """The verb whose clause t is told in ("Michel told reporters that the two leaders had
    agreed": told), if any."""
    x = t
    while x.head.i != x.i and x.dep_ != "ccomp":
        x = x.head
    return x.head if x.dep_ == "ccomp" else None


def _core(t: Token) -> list[Token]:
    """A noun phrase without its clauses and prepositional phrases: the words that say who
    it is ("Saudi and U.S. officials", not "who travelled with Macron")."""
    out = [t]
    for c in t.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss", "conj", "appos", "det", "nummod", "case"):
            out += _core(c)
    return out


def _governor(t: Token):
    """The verb a noun is an argument of (through a preposition: 'talks with X')."""
    for _ in range(3):
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent") and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        if t.dep_ == "pobj":
            t = t.head
            continue
        if t.dep_ in ("prep", "agent") and t.head.pos_ in ("VERB", "AUX"):
            return t.head
        if t.dep_ in ("prep",) and t.head.pos_ == "NOUN":
            t = t.head  # "held talks with X": the noun's verb
            continue
        if t.dep_ in ("dobj",):
            return t.head
        return None
    return None


def _lists(doc: Doc, ents) -> list[tuple[int, list]]:
    """Coordinated actor mentions: 'A and B', 'A, B and C' (written one after the other),
    and conjuncts the parse joins across clauses ('both the army, led by X, and the RSF')."""
    actors = [m for m in ents.mentions if m.kind in ("person", "country", "org", "capital", "demonym", "nominal")]
    out: list[tuple[int, list]] = []
    run: list = []
    closed = False

    def flush():
        nonlocal run, closed
        if len(run) >= 2 and closed:
            out.append((run[-1].end - 1, run))
        run, closed = [], False

    def described(m):
        """The named actor whose apposition m sits in: 'A, adviser to Prime Minister B,'."""
        below = doc[m.start:m.end].root
        for t in below.ancestors:
            if t.dep_ == "appos":
                if below.dep_ == "conj" and below.head.i == t.i:
                    return None  # the parse hangs the next list member on the apposition
                holder = ents.mention_at(t.head.i)
                return holder if holder is not None and holder.kind in ("person", "country", "org") else None
            below = t
        return None

    low = lowers(doc)
    # "Presidents A of Colombia, B of Brazil and C of Peru": the country only says whose each is
    whose = {}
    for m in actors:
        if m.kind == "person" and m.end + 1 < len(doc) and low[m.end] == "of":
            country = ents.mention_at(m.end + 1)
            if country is not None and country.kind in ("country", "capital") and country.start == m.end + 1:
                whose[id(country)] = m.end, country.end
    ends = {}  # a person's mention -> where its "of Colombia" ends
    listed = []
    for m in actors:
        if id(m) in whose and listed and listed[-1].end == whose[id(m)][0]:
            ends[id(listed[-1])] = whose[id(m)][1]
            continue
        listed.append(m)
    for m in listed:
        if run:
            words = low[ends.get(id(run[-1]), run[-1].end):m.start]
            if words and all(w in _LIST_WORDS for w in words) and sentence_no(doc, m.start) == sentence_no(
                    doc, run[-1].start) and any(w in ("and", "&", ",") for w in words) \
                    and not (len(run) >= 2 and closed):
                holder = described(run[-1]) if len(run) == 1 else None
                if holder is not None and described(m) is not holder:
                    # "A, national security adviser to Prime Minister B, and C": the list is A and C
                    run = [holder]
                run.append(m)
                closed = closed or "and" in words or "&" in words
                continue
            flush()
        run = [m]
    flush()
    # the parse's conjuncts
    ids = {id(m) for m in actors}
    seen = {tuple(id(m) for m in r) for _, r in out}
    for m in actors:
        head = doc[m.start:m.end].root
        if head.dep_ == "conj":
            continue
        members = [m]
        for c in head.conjuncts:
            mm = ents.mention_at(c.i)
            if mm is not None and id(mm) in ids and all(mm is not x for x in members):
                members.append(mm)
        if len(members) >= 2 and tuple(id(x) for x in members) not in seen:
            out.append((max(x.end for x in members) - 1, members))
    return out
