"""Finding actor and place mentions in a parsed document.

Three sources are combined: the gazetteer (countries, demonyms, capitals, organisations,
government bodies, titles), spaCy's named entities, and the shape of political names
("<Demonym> <Title> <Name>", "<Country>'s <Title> <Name>", "<Title> <Name>"). The result is
a list of non-overlapping `Mention`s over token ranges; coreference (coref.py) groups them
into document entities.
"""
from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from diplograph.extract.docinfo import entities, lowers, tokens
from diplograph.gazetteer import Gazetteer, Organization, Title, get_gazetteer
from diplograph.extract.lexicon import TRIGGER_WORDS
from diplograph.names import INITIALISM, initials_of

__all__ = ["Mention", "find_mentions", "prepare", "gaz_lookup", "MENTION_KINDS", "METONYM_HEADS", "GROUP_WORDS"]

# person: a named person; nominal: a title without a name ("the Chinese foreign minister");
# counterpart: "his counterpart"; country; capital (a seat of government: a place, or the
# government when it acts); demonym ("Chinese" used as a modifier or a noun); org; place.
MENTION_KINDS = ("person", "nominal", "counterpart", "country", "capital", "demonym", "org",
                 "place")

# Nouns that stand for a country when a country word modifies them: "the US side",
# "the Beijing administration", "Chinese officials".
METONYM_HEADS = frozenset({
    "side", "sides", "delegation", "delegations", "government", "governments", "administration",
    "leadership", "authorities", "authority", "officials", "regime", "military", "army", "navy",
    "forces", "troops", "team", "negotiators", "diplomats", "leaders", "state", "cabinet",
    "junta", "ministry", "embassy", "vessels", "ships", "warships", "warplanes", "jets", "aircraft",
    "boats", "gunboats", "guard", "coastguard", "mediators", "group", "bloc", "office", "secretariat",
})
# Words that refer to two parties already named: "both sides", "the two countries".
GROUP_WORDS = frozenset({"sides", "countries", "nations", "governments", "leaders", "two",
                         "pair", "delegations", "parties", "superpowers", "ministers", "officials",
                         "diplomats"})

_NAME_PREFIXES = {"mr", "mrs", "ms", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof", "prof.",
                  # the forms of address official readouts use: "H.E. Sergey Lavrov",
                  # "His Excellency Mr. X", "H.R.H. Prince Y"
                  "h.e", "h.e.", "h.h", "h.h.", "h.r.h", "h.r.h.", "h.m", "h.m.", "hon", "hon.",
                  "excellency", "highness", "majesty",
                  # South and Southeast Asia's: "Shri Narendra Modi", "Smt. Sushma Swaraj", "Datuk
                  # Seri Anwar Ibrahim", "Daw Aung San Suu Kyi", "Pak Prabowo"
                  "shri", "shree", "smt", "smt.", "dato", "dato'", "datuk", "datin", "seri", "tun", "daw",
                  "pak", "bapak"}
_ADDRESS_NOUNS = {"excellency", "highness", "majesty"}
# letters after a name: a seat or an honour, not part of it
_POST_NOMINALS = {"MP", "MPs", "MEP", "MLA", "MNA", "MPP", "MHA", "TD", "QC", "KC", "OBE", "CBE", "MBE", "KBE",
                  "DBE", "GCMG", "KCMG", "CMG", "PC"}
# what a state once held or comprised: "former Soviet republics", "former French colonies"
_LANDS = frozenset({"state", "republic", "country", "colony", "territory", "nation", "satellite", "possession",
                    "dominion", "protectorate", "land"})
_SKIP_BEFORE_NAME = {"then", "former", "current", "outgoing", "incoming", "new", "newly",
                     "elected", "appointed"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
           "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
           "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_COUNTERPART = {"counterpart", "counterparts"}


@dataclass
class Mention:
    start: int  # token range [start, end) in the spaCy Doc
    end: int
    kind: str  # one of MENTION_KINDS
    text: str
    iso3: str | None = None  # the country (country/capital/demonym) or the affiliation
    org: Organization | None = None
    title: Title | None = None
    name: str | None = None  # a person's name without titles
    source: str = ""  # which finder made it: gazetteer, ner, title-name ...
    entity: str | None = None  # document entity key, set by coreference
    plural: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


# ----------------------------------------------------------------- matchers (cached)

_MATCHERS: dict[int, dict[str, PhraseMatcher]] = {}


def _matchers(nlp_vocab, gaz: Gazetteer) -> dict[str, PhraseMatcher]:
    key = id(nlp_vocab) ^ id(gaz)
    if key in _MATCHERS:
        return _MATCHERS[key]
    tok = _phrase_tokenizer(nlp_vocab)

    def docs(forms):
        out = []
        # news text writes the apostrophe curly as often as straight: "People’s Republic"
        forms = list(dict.fromkeys([*forms, *(f.replace("'", "\u2019") for f in forms if "'" in f)]))
        for f in forms:
            d = tok(f)
            out.append(Doc(nlp_vocab, words=[t.text for t in d],
                           spaces=[bool(t.whitespace_) for t in d]))
        return out

    exact = PhraseMatcher(nlp_vocab, attr="ORTH")
    for kind, rows in gaz.country_forms().items():
        by_iso: dict[str, list[str]] = {}
        for form, iso in rows:
            by_iso.setdefault(iso, []).append(form)
        for iso, forms in by_iso.items():
            exact.add(f"{kind}|{iso}", docs(forms))
    org_forms: dict[str, list[str]] = {}
    for form, oid in gaz.organization_forms():
        org_forms.setdefault(oid, []).append(form)
    for oid, forms in org_forms.items():
        exact.add(f"org|{oid}", docs(forms))
    exact.add("media|", docs(gaz.media_forms))
    lower = PhraseMatcher(nlp_vocab, attr="LOWER")
    # as written capitalised too: the tokenizer splits "lt. gen." into four words but
    # "Lt. Gen." into three ("Gen." is one of its abbreviations)
    forms = list(gaz.title_forms())
    lower.add("title|", docs(list(dict.fromkeys(forms + [f.title() for f in forms if "." in f]))))
    for body in gaz.bodies:
        lower.add(f"body|{body.key}", docs(body.forms))
    _MATCHERS[key] = {"exact": exact, "lower": lower}
    return _MATCHERS[key]


def _phrase_tokenizer(nlp_vocab):
    """The loaded model's own tokenizer when `nlp_vocab` is its vocab, else a blank English
    one: the model's rules are English's, so the patterns come out the same, and a second
    tokenizer (its special cases, every phrase's words made twice, in two vocabs) cost
    ~0.4 s of CPU per process, most of the start-up of each ingest and worker."""
    from diplograph.extract.pipeline import load_pipeline

    if load_pipeline.cache_info().currsize:  # never load the model just for this
        nlp = load_pipeline()
        if nlp.vocab is nlp_vocab:
            return nlp.tokenizer
    from spacy.lang.en import English

    return English().tokenizer


def prepare(nlp) -> None:
    """Build the gazetteer's phrase matchers for `nlp` now (before forking workers, which
    then share them instead of each building its own)."""
    _matchers(nlp.vocab, get_gazetteer())


# Gazetteer answers by text, per gazetteer: the same names, titles and organisations come
# back in article after article, and each lookup normalises its text afresh (~10 us).
_LOOKUPS: "weakref.WeakKeyDictionary[Gazetteer, dict]" = weakref.WeakKeyDictionary()
_LOOKUPS_MAX = 200_000  # answers kept per gazetteer (a long ingest starts again past this)


def gaz_lookup(gaz: Gazetteer, lookup: str, text: str):
    """gaz.<lookup>(text), remembered."""
    memo = _LOOKUPS.get(gaz)
    if memo is None or len(memo) > _LOOKUPS_MAX:
        memo = _LOOKUPS[gaz] = {}
    key = (lookup, text)
    if key not in memo:
        memo[key] = getattr(gaz, lookup)(text)
    return memo[key]


# ------------------------------------------------------------------------ finding

@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    key: str


# faiths and their books the model tags as organisations ("a Sikh leader", "burned the Koran")
_FAITHS = frozenset({"sikh", "sunni", "shia", "shiite", "hindu", "muslim", "jain", "druze", "alawite", "yazidi"})
_SCRIPTURES = frozenset({"koran", "quran", "qur'an", "bible", "torah", "talmud"})


def _its_country(doc: Doc, start: int, gaz_hits: list[_Hit]) -> str | None:
    """'Morocco summoned the Spanish ambassador, and its foreign ministry accused Madrid':
    'its' is the country that is the subject of a clause before it in the sentence."""
    if start == 0 or doc[start - 1].lower_ not in ("its", "their"):
        return None
    first = doc[start].sent.start
    for h in sorted(gaz_hits, key=lambda h: -h.start):
        if first <= h.start < start - 1 and h.kind in ("name", "capital") \
                and doc[h.start:h.end].root.dep_ in ("nsubj", "nsubjpass"):
            return h.key
    return None


# receiving someone somewhere: the place is the host's, not the guest's
_HOSTING_VERBS = frozenset({"receive", "host", "welcome", "greet", "invite", "entertain"})
# words between a country and a title naming the part of the state the titled person serves
_SEAT_WORDS = frozenset({"government", "army", "military", "presidential", "cabinet", "junta", "regime"})
# what a junta is called besides: "military government", "new rulers", "coup leaders"
_JUNTA_HEADS = frozenset({"government", "regime", "ruler", "leader"})
# what a body does to what its compound describes: "a military-led government", "army-backed"
_LED_WORDS = frozenset({"led", "backed", "ruled", "run", "controlled", "dominated", "appointed", "installed",
                        "supported", "sponsored"})
_SOLDIERS = frozenset({"soldier", "officer", "general", "colonel", "mutineer"})


def _story_country(gaz_hits: list[_Hit]) -> str | None:
    """The country an article names most often by name or demonym, when one clearly leads
    and is named more than once (a capital alone is too often the other side's)."""
    counts = Counter(h.key for h in gaz_hits if h.kind in ("name", "demonym"))
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or len(top) == 2 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest first, then leftmost; no overlaps."""
    taken: set[int] = set()
    out = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not taken.isdisjoint(range(h.start, h.end)):
            continue
        out.append(h)
        taken.update(range(h.start, h.end))
    return sorted(out, key=lambda h: h.start)


def find_mentions(doc: Doc, gaz: Gazetteer | None = None) -> list[Mention]:
    gaz = gaz or get_gazetteer()
    m = _matchers(doc.vocab, gaz)
    hits = [_Hit(s, e, *doc.vocab.strings[mid].split("|", 1)) for mid, s, e in m["exact"](doc)]
    gaz_hits = _select(hits)
    gaz_at = {i: h for h in gaz_hits for i in range(h.start, h.end)}
    low = [_Hit(s, e, *doc.vocab.strings[mid].split("|", 1)) for mid, s, e in m["lower"](doc)]
    titles = _title_chunks(doc, [h for h in _select([h for h in low if h.kind == "title"])
                                 if not _hyphened_on(doc, h.end)], gaz, gaz_hits)
    bodies = _select([h for h in low if h.kind == "body"])

    ents = list(entities(doc))
    persons = _person_spans(doc, ents, gaz_hits, titles, gaz)
    gaz_at_all = {i for h in hits for i in range(h.start, h.end)}

    mentions: list[Mention] = []
    taken: set[int] = set()

    def free(s: int, e: int) -> bool:
        return taken.isdisjoint(range(s, e))

    def add(mn: Mention) -> None:
        mentions.append(mn)
        taken.update(range(mn.start, mn.end))

    # "the Tigray People's Liberation Front (TPLF)": a name spelled out before its acronym is
    # an organisation (2b), even when the model took it for a person
    spelled = _spelled_out(doc)

    # 1. people, with the title and country written in front of their name
    for s, e, source in persons:
        if not free(s, e) or any(max(s, s0) < min(e, e0) for s0, e0, _, _ in spelled):
            continue
        name = _clean_name(doc[s:e])
        if not name:
            continue
        start, title, iso3, org_info = _left_context(doc, s, titles, gaz_hits, gaz, taken, bodies)
        org, org_span = org_info if org_info else (None, None)
        if title is None or title.role == "royal" or iso3 is None:
            # "Sheikh Abdullah bin Zayed, Minister of Foreign Affairs,": the office, not the rank
            # of birth; "Admiral Mike Mullen, chairman of the U.S. Joint Chiefs": whose admiral
            office, iso3b = _apposition(doc, e, titles, gaz_at)
            if title is None or title.role == "royal":
                title = office or title
            iso3 = iso3 or iso3b
        # "Nikos Kotzias of Greece", "met Assad in Damascus"; not the head of a body of no
        # country, there as a visitor ("European Commission President Juncker in Beijing")
        # (not a guest: "China received Sharif in Beijing", "greets Xi in Bangkok")
        guest = doc[e - 1].dep_ in ("dobj", "nsubjpass") and doc[e - 1].head.lemma_ in _HOSTING_VERBS
        iso3 = iso3 or (None if guest else _country_after(doc, e, gaz_hits, gaz, seat=org is None))
        add(Mention(start, e, "person", doc[start:e].text, iso3=iso3, title=title, name=name,
                    source=source, org=org,
                    extra={"org_span": org_span} if org is not None and org_span else {}))

    # 2. government bodies: "China's foreign ministry", "the Ministry of Foreign Affairs"
    for h in bodies:
        if not free(h.start, h.end):
            continue
        if h.end + 1 < len(doc) and doc[h.end].text == "-" and doc[h.end + 1].lower_ in _LED_WORDS:
            continue  # "Mali's military-led government": the government, which the army leads
        body = next(b for b in gaz.bodies if b.key == h.key)
        start, iso3 = _country_before(doc, h.start, gaz_hits, gaz)
        if iso3 is None:
            iso3 = _country_after(doc, h.end, gaz_hits, gaz)
        if iso3 is None:
            iso3 = _its_country(doc, h.start, gaz_hits)
        if iso3 is None and not body.needs_country:
            # "In Beijing, the foreign ministry said" (not "In Phnom Penh, police arrested X":
            # the police, army or parliament of a place is the country's own doing)
            iso3 = _opening_place(doc, h.start, gaz_hits)
        if iso3 is None and body.key == "junta":
            # "the junta", "the country's junta": the one ruling the country the story is about
            iso3 = _story_country(gaz_hits)
        if body.needs_country and (iso3 is None or _modifies_noun(doc[h.end - 1])):
            continue
        org = gaz.body_organization(body, iso3)
        if not free(start, h.end):
            start = h.start
        head = doc[h.end - 1]
        if body.key == "embassy" and head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE:
            # "protested outside the French embassy": the building, where it happened
            add(Mention(start, h.end, "place", doc[start:h.end].text, iso3=iso3, source="body"))
            continue
        add(Mention(start, h.end, "org", doc[start:h.end].text, iso3=iso3, org=org,
                    source="body"))

    # 2, continued: in a story that names a junta, "Myanmar's military government", "the
    # military leaders in Niamey", "the coup leaders" are that junta (elsewhere, the country)
    juntas = {mn.iso3 for mn in mentions if mn.org is not None and mn.org.id.endswith("-junta")}
    junta = next((b for b in gaz.bodies if b.key == "junta"), None)
    for t in doc if juntas and junta is not None else ():
        if t.lemma_ not in _JUNTA_HEADS and t.lemma_ not in _SOLDIERS or not free(t.i, t.i + 1):
            continue
        if t.lemma_ in _SOLDIERS:  # "the soldiers who seized power"
            mods = [t] if any(c.dep_ == "relcl" and c.lemma_ in ("seize", "take", "grab") and any(
                o.dep_ == "dobj" and o.lower_ == "power" for o in c.children) for c in t.children) else []
        else:
            mods = [c for c in t.children if c.i < t.i and c.dep_ in ("amod", "compound")
                    and (c.lower_ in ("military", "coup") or c.lower_ == "new" and t.lemma_ == "ruler")]
        if not mods:
            continue
        left = min(c.i for c in mods)
        start, iso3 = _country_before(doc, left, gaz_hits, gaz)
        if iso3 is None:
            start, iso3 = left, _country_after(doc, t.i + 1, gaz_hits, gaz)
        if iso3 is None and len(juntas) == 1:
            iso3 = next(iter(juntas))
        if iso3 in juntas and free(start, t.i + 1):
            add(Mention(start, t.i + 1, "org", doc[start:t.i + 1].text, iso3=iso3,
                        org=gaz.body_organization(junta, iso3), source="body"))

    # 2a. "the High Court of Kenya", "the National Assembly of Hungary": a generic body
    # named with its country is that country's (the country word must not take the name)
    for ent in ents:
        if ent.label_ != "ORG" or not free(ent.start, ent.end):
            continue
        s0, e0 = _trim(ent)
        # "the Kenyan Supreme Court": the model took the country word in
        lead = next((h for h in gaz_hits if h.start == s0 and h.kind in ("demonym", "name") and h.end < e0), None)
        if lead is not None:
            g0 = lead.end + (1 if doc[lead.end].tag_ == "POS" else 0)
            body = g0 < e0 and _generic_body(doc[g0:e0])
            office = _affairs_office(doc, g0, e0, gaz_hits, gaz) if body else None
            if office is not None and free(office.start, office.end):
                add(office)  # "Beijing's Taiwan Affairs Office"
            elif body and free(g0, e0):
                c = gaz.country(lead.key)
                org = Organization(id="", name=_body_name(doc[g0:e0].text, c.name), country=lead.key)
                add(Mention(g0, e0, "org", doc[g0:e0].text, iso3=lead.key, org=org, source="country-body",
                            extra={"aliases": _body_aliases(doc[g0:e0].text, lead.key, gaz)}))
            continue
        of = next((i for i in range(s0 + 1, e0 - 1) if doc[i].lower_ == "of"), None)
        if of is None and e0 + 1 < len(doc) and doc[e0].lower_ == "of":
            of = e0  # the model stopped before "of Kenya"
        if of is None or not _generic_body(doc[s0:of]):
            continue
        hit = next((h for h in gaz_hits if h.start == of + 1 and h.kind == "name"), None)
        if hit is None or not free(s0, hit.end) or of == e0 and any(
                t.is_title for t in doc[hit.end:hit.end + 1] if t.ent_type_ == "ORG"):
            continue
        org = Organization(id="", name=doc[s0:hit.end].text, country=hit.key)
        add(Mention(s0, hit.end, "org", org.name, iso3=hit.key, org=org, source="country-body",
                    extra={"aliases": _body_aliases(doc[s0:of].text, hit.key, gaz)}))

    # ... and "Zambia's High Court", "the Kenyan Supreme Court" the model did not tag
    toks, low = tokens(doc), lowers(doc)
    i = 0
    while i < len(doc):
        if low[i] not in _GENERIC_BODY_WORDS:  # no body's name starts here
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 6 and low[j] in _GENERIC_BODY_WORDS and (
                toks[j].is_title or low[j] in ("of", "for", "the", "and") and j > i):
            j += 1
        while j > i and not toks[j - 1].is_title:
            j -= 1
        if j > i and toks[i].is_title and _generic_body(doc[i:j]) and free(i, j) \
                and not any(t.ent_type_ in ("PERSON", "GPE") for t in doc[i:j]):
            office = _affairs_office(doc, i, j, gaz_hits, gaz)
            if office is not None:
                add(office)
                i = j
                continue
            _, iso3 = _country_before(doc, i, gaz_hits, gaz)
            if iso3 is not None and gaz.country(iso3) is not None:
                text = doc[i:j].text
                org = Organization(id="", name=_body_name(text, gaz.country(iso3).name), country=iso3)
                add(Mention(i, j, "org", text, iso3=iso3, org=org, source="country-body",
                            extra={"aliases": _body_aliases(text, iso3, gaz)}))
        i = max(j, i + 1)

    # 2b. "the Community of Latin American and Caribbean States (CELAC)": a name spelled out
    # before its acronym is an organisation, whatever the model made of its words
    for s0, e0, a0, a1 in spelled:
        if any(h.kind == "org" and h.start == a0 for h in gaz_hits):
            continue
        if not free(a0, a1):
            # the model's bare "SAF" already taken: it still names the body spelled out before it
            bare = next((mn for mn in mentions if (mn.start, mn.end) == (a0, a1) and mn.kind == "org"
                         and mn.org is None), None)
            if bare is None:
                continue
            mentions.remove(bare)
            taken.difference_update(range(a0, a1))
        if not free(s0, e0):
            # "the Sudanese Armed Forces (SAF)": a body already found; its acronym is that body too
            owner = next((mn for mn in mentions if mn.kind == "org" and mn.org is not None and mn.end == e0
                          and mn.start >= s0), None)
            if owner is not None:
                add(Mention(a0, a1, "org", doc[a0:a1].text, iso3=owner.iso3, org=owner.org, source=owner.source,
                            extra={**owner.extra, "acronym": True}))
            continue
        org = Organization(id="", name=doc[s0:e0].text)
        add(Mention(s0, e0, "org", org.name, org=org, source="acronym"))
        add(Mention(a0, a1, "org", doc[a0:a1].text, org=org, source="acronym"))

    # 3. gazetteer names: organisations, countries, capitals, demonyms, media (dropped)
    for h in gaz_hits:
        if not free(h.start, h.end):
            continue
        span = doc[h.start:h.end]
        if h.kind == "media":
            taken.update(range(h.start, h.end))
            continue
        if h.kind in ("name", "capital") and gaz.is_ambiguous(span.text) and _in_person_ent(span) \
                and not _lone_country_word(doc, h, gaz, titles):
            continue
        if h.kind == "capital" and _in_person_ent(span) and not _lone_country_word(doc, h, gaz, titles):
            continue
        if h.kind == "org" and _inside_longer_org(doc, h):
            continue  # "Security Council" inside "Supreme National Security Council"
        if h.kind in ("name", "demonym") and _opens_a_movement(doc, h):
            continue  # "the Sudan People's Liberation Movement-North": the movement's name (step 5)
        if h.kind == "org":
            org = gaz.organizations[h.key]
            head = span[-1]
            if span.text in org.seats and head.dep_ == "pobj" and head.head.lower_ in _WHERE:
                # "talks in Brussels": the city, where it happened (not the EU taking part)
                add(Mention(h.start, h.end, "place", span.text, source="gazetteer"))
                continue
            add(Mention(h.start, h.end, "org", span.text, iso3=org.country, org=org,
                        source="gazetteer"))
        elif h.kind == "name":
            add(Mention(h.start, h.end, "country", span.text, iso3=h.key, source="gazetteer"))
        elif h.kind == "capital":
            add(Mention(h.start, h.end, "capital", span.text, iso3=h.key, source="gazetteer"))
        elif h.kind == "demonym":
            if h.start > 0 and doc[h.start - 1].lower_ in ("ethnic", "ethnically"):
                continue  # "an ethnic Albanian majority": a people, not the state
            if h.start > 0 and doc[h.start - 1].text in _REGION_PREFIXES:
                continue  # "South American leaders", "Latin American governments": a region
            if h.start > 0 and doc[h.start - 1].lower_ == "former" and h.end < len(doc) \
                    and doc[h.end].lemma_ in _LANDS and doc[h.end].tag_ in ("NNS", "NNPS"):
                continue  # "five other former Soviet states", "former British colonies": not that state
            add(Mention(h.start, h.end, "demonym", span.text, iso3=h.key, source="gazetteer",
                        plural=span[-1].tag_ in ("NNS", "NNPS") or span.text.endswith("s")))

    # 4. titles without a name: "the Chinese foreign minister", "his counterpart"
    for t in titles:
        end = t["end"]
        if end - t["start"] >= 3 and doc[end - 2].lower_ == "to" and not free(t["start"], end):
            end -= 2  # "the Russian ambassador to Tokyo": Tokyo is a mention of its own
        if not free(t["start"], end) or t.get("used"):
            continue
        head = doc[end - 1]
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        start, iso3 = _country_before(doc, t["start"], [], gaz, mentions)
        if iso3 is None and t["start"] > 1 and doc[t["start"] - 1].lower_ in _SEAT_WORDS \
                and free(t["start"] - 1, t["start"]):
            # "a Vietnamese government spokesman", "the Chinese army spokesman": whose
            # government, across the word naming the part of the state he speaks for
            start, iso3 = _country_before(doc, t["start"] - 1, [], gaz, mentions)
            if iso3 is None:
                start = t["start"]
        folded_org: Mention | None = None
        if start < t["start"] and not free(start, t["start"]):
            # the country word is its own mention: fold it into the title phrase
            for mn in list(mentions):
                if mn.start >= start and mn.end <= t["start"] and mn.kind in ("country", "demonym", "capital", "org"):
                    mentions.remove(mn)
                    taken.difference_update(range(mn.start, mn.end))
                    if mn.kind == "org" and mn.org is not None:
                        iso3 = iso3 or mn.org.country
                        folded_org = mn
        if not free(start, end):
            start = t["start"]
        # (not in apposition to a name or stacked after another title: "X, Minister for Foreign
        # Affairs of Japan," says what X is, the name is the actor)
        whose = _whose_country(doc, end, gaz_at) if iso3 is None and not t["counterpart"] and not (
            start > 0 and doc[start - 1].lower_ in (",", "and", "&")) else None
        if whose is not None:
            # "The President of Russia held talks": whose office, folded into the title phrase
            for mn in list(mentions):
                if end <= mn.start and mn.end <= whose.end and mn.kind in ("country", "demonym", "capital"):
                    mentions.remove(mn)
                    taken.difference_update(range(mn.start, mn.end))
            if free(end, whose.end):
                end, iso3 = whose.end, whose.key
        kind = "counterpart" if t["counterpart"] else "nominal"
        body = None
        if folded_org is None and iso3 is None and end + 1 < len(doc) and doc[end].lower_ in ("for", "of"):
            # "a spokeswoman for the United Nations", "the head of the IAEA": the body's own
            # officer (the body keeps its own mention, and so its coreference)
            at = (end + 1, end + 2) if doc[end + 1].lower_ == "the" else (end + 1,)  # (with or without its "the")
            body = next((mn for mn in mentions if mn.start in at and mn.kind == "org" and mn.org is not None), None)
            if body is not None and (body.end - body.start == 1 and body.org.country is not None or (
                    body.end < len(doc) and doc[body.end].pos_ in ("NOUN", "PROPN"))):
                # (not "speaker of Congress": a bare word names some country's body, and the
                # gazetteer's guess of whose is weak; nor "envoy of the ASEAN chair")
                body = None
            iso3 = body.org.country if body is not None else None
        # the office's own word says how many hold it, not its portfolio's ("envoy for the
        # Western Balkans", "Minister of Foreign Affairs")
        prep = next((x for x in doc[t["start"] + 1:end] if x.lower_ in ("of", "for", "to")), None)
        office = doc[prep.i - 1] if prep is not None else head
        # ("a Hezbollah commander": the body is named too, as in "CIA chief X")
        add(Mention(start, end, kind, doc[start:body.end if body else end].text, iso3=iso3,
                    title=t["title"], source="title", plural=office.tag_ in ("NNS", "NNPS"),
                    org=folded_org.org if folded_org else body.org if body else None,
                    extra={"org_span": folded_org.span} if folded_org else {"body_at": body.start} if body else {}))

    # 5a. a person's initials ("MBS", "AMLO"), which the model takes for an organisation or
    # for nothing: the one person named in full before whose initials they are
    for t in doc:
        if not INITIALISM.match(t.text) or t.i in gaz_at_all or not free(t.i, t.i + 1):
            continue
        owners = {mn.name for mn in mentions if mn.kind == "person" and mn.name and mn.start < t.i
                  and len(mn.name.split()) >= 3 and initials_of(mn.name, t.text)}
        if len(owners) == 1:
            add(Mention(t.i, t.i + 1, "person", t.text, name=t.text, source="role"))

    # 5. other named entities: organisations and places the gazetteer does not know
    surnames = {part for mn in mentions if mn.kind == "person" and mn.name and len(mn.name.split()) > 1
                for part in (mn.name.split()[-1], mn.name.split()[-1].split("-")[-1]) if len(part) > 2}
    for ent in ents:
        lead = _country_word_of_movement(ent, mentions, free) if ent.label_ == "ORG" and not free(
            ent.start, ent.end) else None
        if lead is not None:
            # "the Armenian Revolutionary Federation", "the Kosovo Liberation Army": a movement
            # whose name starts with its country's word, not that country
            s, e = _trim(ent)
            mentions.remove(lead)
            taken.difference_update(range(lead.start, lead.end))
            add(Mention(s, e, "org", doc[s:e].text, iso3=lead.iso3, source="ner"))
            continue
        if not free(ent.start, ent.end):
            continue
        s, e = _trim(ent)
        if ent.label_ == "ORG":
            # "the North's National Defence Commission": the body's name starts after its owner's
            # (a state or a part of the world owns it; "People's" or "Workers'" are the name's own)
            owned = [t.i for t in doc[s:e - 2] if (t.tag_ == "POS" or t.lower_ in ("'s", "\u2019s")) and t.i > s
                     and (t.i - 1 in gaz_at_all or doc[t.i - 1].lower_ in ("north", "south", "east", "west"))]
            if owned:
                s = owned[-1] + 1
            e = _org_name_goes_on(doc, s, _name_end(doc, s, e), gaz)
        if e <= s or not free(s, e):
            continue
        span = doc[s:e]
        text = span.text
        if "\n" in text or gaz_lookup(gaz, "is_media", text) or gaz_lookup(gaz, "is_thing", text):
            continue
        if gaz_lookup(gaz, "is_region", text):
            add(Mention(s, e, "place", text, source="region"))  # "Nagorno-Karabakh": a place, not a body
            continue
        if ent.label_ in ("ORG", "PERSON"):
            pair = [i for i in range(s + 1, e - 1) if doc[i].lower_ == "and"]
            known = surnames | {mn.name.split()[-1] for mn in mentions if mn.kind == "person" and mn.name} \
                if pair else surnames  # people found in this loop too ("Jamil Mahuad", tagged ORG)
            if len(pair) == 1 and doc[s:pair[0]].text in known and doc[pair[0] + 1:e].text in known:
                # "Fujimori and Mahuad" taken as one name: two people the article named in full
                for a, b in ((s, pair[0]), (pair[0] + 1, e)):
                    add(Mention(a, b, "person", doc[a:b].text, name=_clean_name(doc[a:b]), source="ner-person"))
                continue
        if ent.label_ == "ORG" and _is_portfolio(doc, doc[s:e], gaz_hits):
            continue  # "Transport Secretary Grant Shapps", "Socioeconomic Planning Secretary X": his portfolio
        if ent.label_ == "ORG":
            if text in surnames or _titled_apposition(span, gaz) or _person_shaped(span, gaz_at_all) \
                    or _lone_name_met(span) or _name_before_title(span, gaz):
                # "Zayani" after "Abdullatif al-Zayani"; "the bloc's envoy, Miroslav Lajcak":
                # the model's organisation is a person
                add(Mention(s, e, "person", text, name=_clean_name(span), source="ner-person"))
                continue
            if not _plausible_org(span, gaz):
                continue
            if _generic_body(span):
                office = _affairs_office(doc, s, e, gaz_hits, gaz)
                if office is not None:
                    add(office)
                    continue
                # "Kenya's High Court", "the Kenyan Supreme Court": the country's own body
                _, iso3 = _country_before(doc, s, gaz_hits, gaz)
                if iso3 is not None and gaz.country(iso3) is not None:
                    org = Organization(id="", name=_body_name(text, gaz.country(iso3).name), country=iso3)
                    add(Mention(s, e, "org", text, iso3=iso3, org=org, source="country-body",
                                extra={"aliases": _body_aliases(text, iso3, gaz)}))
                    continue
            if e < len(doc) and doc[e].lemma_ in _FACILITIES and doc[e - 1].dep_ in ("compound", "amod", "nmod"):
                add(Mention(s, e + 1, "place", doc[s:e + 1].text, source="ner"))  # "the Kumsusan guesthouse"
                continue
            if e - s == 1 and (re.search(r"(an|ian|ese|ish|i|ic|ist)$", text) or text.lower() in _FAITHS) \
                    and doc[s].dep_ in ("amod", "compound") and doc[s].head.i > s and doc[s].head.pos_ == "NOUN":
                continue  # "Tigrayan forces", "a Sikh separatist", "Islamophobic acts": an adjective, not a body
            if e - s == 1 and text.lower() in _SCRIPTURES:
                continue  # "a copy of the Koran": a book
            add(Mention(s, e, "org", text, source="ner"))
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            if not any(t.is_title or t.is_upper for t in span):
                continue
            if _acts_like_a_person(span) or (_name_before_title(span, gaz) or _titled_apposition(span, gaz)) \
                    and not any(i in gaz_at_all for i in range(s, e)) and not gaz.city_country(text):
                # "Rasmus Paludan, leader of ...", "the Prime Minister of Sweden, Ulf Kristersson,":
                # the model's place is a person
                add(Mention(s, e, "person", text, name=_clean_name(span), source="ner-role"))
                continue
            if _place_acting_as_person(span, gaz):
                # "spoke with Antony Blinken", "Brazil's Luiz Inacio Lula da Silva said"
                s2, iso3 = _country_before(doc, s, gaz_hits, gaz)
                if iso3 is not None and not free(s2, s) and doc[s - 1].tag_ == "POS":
                    # "Ukraine's Oleksandr Kubrakov": the country word belongs to the name's phrase
                    for mn in [mn for mn in mentions if mn.start >= s2 and mn.end <= s and mn.kind == "country"]:
                        mentions.remove(mn)
                        taken.difference_update(range(mn.start, mn.end))
                start = s2 if iso3 is not None and free(s2, s) else s
                add(Mention(start, e, "person", doc[start:e].text, name=_clean_name(span), iso3=iso3,
                            source="ner-role"))
                continue
            add(Mention(s, e, "place", text, iso3=gaz.city_country(text), source="ner"))
        elif ent.label_ == "NORP":
            continue  # religions, parties and nationalities the gazetteer does not know

    # 6. a name the model did not tag, doing what only people do ("Scholz met ...",
    # "Félix Plasencia met ...")
    for t in toks:
        if t.pos_ != "PROPN" or t.i in taken or t.ent_type_ or t.i in gaz_at_all or t.text in _MONTHS:
            continue  # (both tests below want a proper noun)
        if _honorific(doc, t.i):
            continue  # "Mr Ruto said": the name is the word after the honorific
        j = t.i
        while j + 1 < len(doc) and j + 1 - t.i < 5 and not toks[j + 1].ent_type_ and j + 1 not in taken \
                and j + 1 not in gaz_at_all and (_cap(toks[j + 1]) and toks[j + 1].pos_ == "PROPN" or (
                    # "Marcel Alain de Souza": a particle inside the name
                    toks[j + 1].text in _PARTICLES and j + 2 < len(doc) and _cap(toks[j + 2])
                    and toks[j + 2].pos_ == "PROPN" and not toks[j + 2].ent_type_ and j + 2 not in gaz_at_all)) \
                and toks[j + 1].text not in _MONTHS and "\n" not in toks[j].whitespace_:
            j += 1
        if j > t.i and _cap(t) and t.pos_ == "PROPN" and (t.i == 0 or low[t.i - 1] != "the") \
                and (_acts_like_a_person(doc[j:j + 1]) or doc[j].dep_ in ("nsubj", "dobj")
                     and doc[j].head.lemma_ in _SAY_OR_ACT | _MET_PERSON_VERBS) and free(t.i, j + 1) \
                and not any(gaz.title(x.text) is not None or x.lower_ in _ORG_WORDS for x in doc[t.i:j + 1]):
            add(Mention(t.i, j + 1, "person", doc[t.i:j + 1].text, name=doc[t.i:j + 1].text, source="role"))
            continue
        if t.i > 0 and low[t.i - 1] == "the":
            continue  # "The Authority said": a body, not a surname
        if len(t.text) > 2 and not t.is_upper and _acts_like_a_person(doc[t.i:t.i + 1]) \
                and gaz.title(t.text) is None and not gaz.is_media(t.text):
            add(Mention(t.i, t.i + 1, "person", t.text, name=t.text, source="role"))

    # 7. "the West African country", "the Gulf state": the one country named before that the
    # region word covers
    for mn, replaced in _regional_descriptors(doc, mentions, gaz):
        for r in replaced:  # "the Gulf state": the region word was taken for a place
            mentions.remove(r)
            taken.difference_update(range(r.start, r.end))
        add(mn)

    mentions.sort(key=lambda mn: mn.start)
    return mentions


_DESCRIBED_HEADS = frozenset({"country", "nation", "state", "kingdom", "republic", "emirate", "monarchy", "sultanate",
                              "island"})


def _regional_descriptors(doc: Doc, mentions: list[Mention],
                          gaz: Gazetteer) -> list[tuple[Mention, list[Mention]]]:
    """'China protested. The Southeast Asian country rejected the protest': a mention of the
    only country named before in the region the words give (none when two fit), with the
    mentions of the region word it replaces ("Gulf" taken for a place, "Sahel" for a name)."""
    regions = gaz.descriptors
    out: list[tuple[Mention, list[Mention]]] = []
    at = {i: mn for mn in mentions for i in range(mn.start, mn.end)}  # one pass: long texts have many
    named = sorted((mn.start, mn.iso3) for mn in mentions if mn.iso3 and mn.kind in ("country", "capital", "demonym"))
    seen: set[str] = set()  # countries named so far
    nxt = 0
    for t in doc:
        if t.lower_ not in _DESCRIBED_HEADS or t.i < 2:
            continue
        # 'the Gulf state', 'the tiny Gulf state', 'the oil-rich Gulf emirate': the longest
        # region name ending right before the head, after "the"
        the = next((j for j in range(t.i - 1, max(-1, t.i - 6), -1) if doc[j].lower_ == "the"), None)
        if the is None:
            continue
        words = [x.lower_ for x in doc[the + 1:t.i]]
        covered, first = None, t.i
        for k in range(len(words)):
            key = " ".join(words[k:]).replace(" - ", "-")
            if key in regions:
                covered, first = regions[key], the + 1 + k
                break
        if covered is None and t.i == the + 1:
            # "the kingdom", "the sultanate" alone: the one state named before whose own name says so
            covered = gaz.countries_of_form(t.lower_) or None
            first = t.i
        if covered is None:
            continue
        inside = list({id(mn): mn for i in range(the, t.i + 1) if (mn := at.get(i)) is not None}.values())
        # a region word the finders took for a place or a name ("Gulf", "Sahel") gives way
        if any(mn.start < first or mn.end > t.i or mn.kind not in ("place", "person") for mn in inside):
            continue
        while nxt < len(named) and named[nxt][0] < the:
            seen.add(named[nxt][1])
            nxt += 1
        fits = seen & covered
        if len(fits) == 1:
            iso3 = next(iter(fits))
            out.append((Mention(the, t.i + 1, "country", doc[the:t.i + 1].text, iso3=iso3, source="region"), inside))
    return out


# ----------------------------------------------------------------------- titles

# capitalised words that make a demonym a region's ("South American", "Southeast Asian"); a
# country named so is a longer gazetteer name of its own ("South African", "North Korean")
_REGION_PREFIXES = frozenset({"South", "North", "Latin", "Central", "East", "West", "Southeast", "Southwest",
                              "Northeast", "Northwest", "Pan", "Sub-Saharan", "Trans"})


def _hyphened_on(doc: Doc, end: int) -> bool:
    """Does a capitalised word run on through a hyphen at `end`? 'Amir-Abdollahian' is a
    name, not the title 'Amir' ('Secretary-General' is one title, matched whole)."""
    return 0 < end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end - 1].is_title and doc[end + 1].is_title


def _title_chunks(doc: Doc, hits: list[_Hit], gaz: Gazetteer, gaz_hits: list[_Hit] = ()) -> list[dict]:
    """Title phrases with rank words and portfolios folded in: 'Deputy Secretary of State',
    'Minister of National Defense', 'Ambassador to Beijing', 'counterpart'. `gaz_hits` tell
    where countries are named: "of" a country is whose minister, not a portfolio."""
    countries = {h.start for h in gaz_hits if h.kind == "name"}
    places = {h.start: h.end for h in gaz_hits if h.kind in ("name", "capital")}
    chunks = []
    covered = set()
    starts = {h.start for h in hits}
    for h in hits:
        s, e = h.start, h.end
        while s > 0 and doc[s - 1].lower_ in gaz.ranks:
            s -= 1
        # "Minister of Energy", "Secretary of Homeland Security": a capitalised portfolio
        if e < len(doc) and doc[e].lower_ in ("of", "for") and doc[e - 1].lower_ in (
                "minister", "secretary", "director", "commissioner", "representative"):
            j = e + 1
            # not "Foreign Minister of the Republic of Korea Park Jin": a country, then a name
            # (but "General Secretary of the Communist Party of Vietnam Central Committee X":
            # the country inside the party's name)
            while j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("the", "and", "of")) \
                    and (j not in countries or _body_goes_on(doc, places[j])) \
                    and not (doc[j].lower_ == "the" and j + 1 in countries and not _body_goes_on(doc, places[j + 1])) \
                    and doc[j].ent_type_ != "PERSON" and j not in starts \
                    and not (j + 1 < len(doc) and doc[j + 1].lower_ in _PARTICLES and doc[j].is_title):
                j += 1  # (nor "Minister of Energy Abdulaziz bin Salman": a name with its particle;
                # nor "director of President Isaias Afwerki's office": another's title)
            while j > e + 1 and doc[j - 1].lower_ in ("the", "and", "of"):
                j -= 1
            if j > e + 1:
                e = j
        # "... for North American and Oceanic Affairs": a department suffix
        # (and "special envoy for the Horn of Africa", "for the Middle East")
        if e < len(doc) and doc[e].lower_ == "for" and e + 1 < len(doc) and (doc[e + 1].is_title or (
                doc[e + 1].lower_ == "the" and e + 2 < len(doc) and doc[e + 2].is_title)):
            j = e + 1
            while j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("and", "of", "the")) \
                    and doc[j].ent_type_ != "PERSON":
                j += 1
            # (not "spokesman for Estonian Prime Minister Andrus Ansip": the words name another's office)
            # (nor "spokeswoman for the United Nations": the body whose spokeswoman she is)
            if doc[j - 1].is_title and j - e <= 8 and not any(e < h2.start < j for h2 in hits) and not (
                    doc[e + 1].lower_ == "the" and any(e < h2.start < j and h2.kind == "org" for h2 in gaz_hits)):
                e = j
        # "Minister of Foreign Affairs and International Cooperation": a joint portfolio,
        # closed by a comma or the sentence's end
        office_end = e
        if doc[e - 1].lower_ == "affairs" and e + 1 < len(doc) and doc[e].lower_ == "and":
            j = e + 1
            while j < len(doc) and j - e <= 4 and doc[j].is_title and doc[j].ent_type_ != "PERSON" \
                    and j not in countries:
                j += 1
            if j > e + 1 and (j == len(doc) or doc[j].is_punct):
                e = j
        # "Ambassador to Beijing"
        if doc[e - 1].lower_ in ("ambassador", "envoy") and e + 1 < len(doc) and doc[e].lower_ == "to" and doc[e + 1].is_title:
            e = places.get(e + 1, e + 2)  # ("to Viet Nam": the whole name)
        text = doc[s:office_end].text
        title = gaz_lookup(gaz, "title", text) or gaz_lookup(gaz, "title", doc[s:h.end].text) \
            or gaz_lookup(gaz, "title", doc[h.start:h.end].text)
        if title is None:
            continue
        if not covered.isdisjoint(range(s, e)):
            continue
        covered.update(range(s, e))
        chunks.append({"start": s, "end": e, "title": title, "counterpart": False})
    for i, word in enumerate(lowers(doc)):
        if word in _COUNTERPART and i not in covered:
            chunks.append({"start": i, "end": i + 1, "title": None, "counterpart": True})
    return sorted(chunks, key=lambda c: c["start"])


def _body_goes_on(doc: Doc, i: int) -> bool:
    """After a country's name inside a title's portfolio, do a body's words follow, up to a
    person's name ("... of Vietnam Central Committee Nguyen Phu Trong")?"""
    k = i
    while k < len(doc) and k - i < 5 and doc[k].is_title and doc[k].ent_type_ != "PERSON":
        k += 1
    return k > i and k < len(doc) and doc[k].ent_type_ == "PERSON" \
        and any(t.lower_ in _ORG_HEADS for t in doc[i:k])


def _title_ending_at(titles: list[dict], end: int) -> dict | None:
    for t in titles:
        if t["end"] == end:
            return t
    return None


# ----------------------------------------------------------------------- people

_HYPHENS = {"-", "\u2013", "\u2014"}


def _person_spans(doc: Doc, ents, gaz_hits: list[_Hit], titles: list[dict],
                  gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Token ranges of people's names (without titles)."""
    out: list[tuple[int, int, str]] = []
    title_tokens = {i for t in titles for i in range(t["start"], t["end"])}
    gaz_at = {i: h for h in gaz_hits for i in range(h.start, h.end)}
    # adjacent PERSON entities are one name the model cut in two ("Samia Suluhu" "Hassan")
    merged: list[Span] = []
    for ent in ents:
        if ent.label_ == "PERSON" and merged and merged[-1].label_ == "PERSON" \
                and merged[-1].end == ent.start and not doc[ent.start - 1].whitespace_ == "" \
                and not doc[ent.start - 1].text.endswith(".") and not doc[ent.start].is_sent_start \
                and ent.start not in gaz_at:  # not "Dong Jun." + "Sri Lanka's"
            merged[-1] = Span(doc, merged[-1].start, ent.end, label="PERSON")
        else:
            merged.append(ent)
    for ent in merged:
        if ent.label_ != "PERSON":
            continue
        if ent[0].like_num and len(ent) == 2 and ent[-1].tag_ == "NNPS":
            continue  # "Eleven Malaysians are believed to be in North Korea": people counted, no one named
        # "Biden-Xi", "Sullivan-Yang": two people joined by a hyphen
        parts, s = [], ent.start
        # only "X-Y" standing before a noun ("Biden-Xi call") is a pair; "Akufo-Addo",
        # "el-Sisi" are one name
        pair = (len(ent) == 3 and ent[1].text in _HYPHENS and ent[0].is_title and ent[2].is_title
                and (ent.root.dep_ in ("compound", "nmod", "amod") or ent.end < len(doc)
                     and doc[ent.end].pos_ == "NOUN"))
        for i in range(ent.start, ent.end):
            if pair and doc[i].text in _HYPHENS:
                parts.append((s, i))
                s = i + 1
            elif i + 1 < ent.end and doc[i].text.endswith(".") and len(doc[i].text) > 3 and not _INITIALS.match(doc[i].text) \
                    and doc[i].text not in ("Mrs.",) and (doc[i + 1].is_title or doc[i + 1].is_upper):
                parts.append((s, i + 1))  # "Dong Jun." + "Sri Lanka's": a full stop the parse missed
                s = i + 1
        parts.append((s, ent.end))
        if len(parts) == 1 and _given_name_left_out(doc, ent.start, gaz_at, title_tokens):
            parts = [(ent.start - 1, ent.end)]  # "the ambassador, Masaharu Kono": the model took "Kono"
        for s, e in parts:
            while s < e and (s in title_tokens or _honorific(doc, s)
                             or (s in gaz_at and gaz_at[s].kind == "demonym")):
                s += 1
            h0 = gaz_at.get(s)
            if h0 is not None and h0.kind == "name" and h0.start == s and s > 0 and doc[s - 1].lower_ in ("of", "the") \
                    and h0.end < e - 1:
                # "President of Sri Lanka Shri Ranil Wickremesinghe", tagged from the country on
                s = h0.end
                while s < e and _honorific(doc, s):
                    s += 1
            while e > s and (doc[e - 1].is_punct or doc[e - 1].tag_ == "POS"
                             or doc[e - 1].lower_ in ("'s", "\u2019s")
                             or not (_cap(doc[e - 1]) or doc[e - 1].is_upper
                                     or e - 2 > s and doc[e - 2].text in _HYPHENS and not doc[e - 2].whitespace_)
                             or (doc[e - 1].pos_ == "VERB" or doc[e - 1].lower_ in TRIGGER_WORDS)
                             and e - 1 > s):
                e -= 1
            if e <= s:
                continue
            if all(doc[i].lower_ in _PARTICLES for i in range(e, ent.end)):
                e0 = e
                e = _name_continues(doc, e, gaz_at, title_tokens)
                if e == e0:
                    e = _particle_tail(doc, e, gaz_at, title_tokens)  # "Ursula von der" + "Leyen"
            if doc[e - 1].text in _HYPHENS:
                e -= 1
            while e < len(doc) and _ROMAN.match(doc[e].text) and e == ent.end:
                e += 1
            if e == ent.end and e - s >= 2 and e + 1 < len(doc) and doc[e].text in _HYPHENS \
                    and not doc[e - 1].whitespace_ and not doc[e].whitespace_ and doc[e + 1].is_lower \
                    and doc[e + 1].is_alpha and len(doc[e + 1]) <= 5 and doc[e + 1].tag_ not in ("VBN", "VBD", "VBG", "JJ") \
                    and doc[e + 1].lower_ not in ("era", "style", "type", "like", "year", "day"):
                e += 2  # "Moon Jae-in", "Ban Ki-moon": the model stopped at the hyphen of a given name
            if e == ent.end and e - s == 1 and e < len(doc) and doc[e].is_title and doc[e].pos_ == "PRON" \
                    and not doc[e - 1].whitespace_.count("\n") and doc[e].lower_ in ("he", "she"):
                e += 1  # "Liu He", "Li She": a capitalised "He" inside a sentence is a name
            span = doc[s:e]
            if len(span) == 1:
                h = gaz_at.get(s)
                if h is not None and not gaz.is_ambiguous(span.text):
                    continue  # "China", "Washington" read as a person by the model
                if h is not None and h.kind in ("name", "capital") and _lone_country_word(doc, h, gaz, titles):
                    continue  # "Niger" alone, in a text where no person bears that name
                if span.text.lower() in gaz._title_by_form or span.text in _MONTHS:
                    continue
            if all(i in gaz_at and gaz_at[i].kind in ("name", "org", "media") and
                   gaz_at[i].end - gaz_at[i].start == e - s for i in range(s, e)):
                continue
            if e - s > 1 and all(i in gaz_at and gaz_at[i].kind == "capital" and gaz_at[i].start == s
                                 and gaz_at[i].end == e for i in range(s, e)) and not gaz.is_ambiguous(span.text):
                continue  # "La Paz", "Addis Ababa" read as a person by the model
            words = [i for i in range(s, e) if not doc[i].is_punct]
            if len(words) > 1 and all(i in gaz_at and gaz_at[i].kind in ("name", "demonym", "capital")
                                      for i in words) and any(doc[i].text in _HYPHENS for i in range(s, e)):
                continue  # "U.S.-China" is two countries, not a person
            if gaz_lookup(gaz, "is_media", span.text) or gaz_lookup(gaz, "is_thing", span.text):
                continue
            if _names_a_thing(doc, s, e):
                continue  # "the Abraham Accords", "the AlUla declaration", "the Miraflores palace"
            out.append((s, e, "ner"))
    out += _listed_like_a_person(doc, ents, gaz_at)
    out += _paired_with_a_person(doc, ents, gaz_at)
    # "<Title> <Name>": capitalised words right after a title are a name even when the
    # model calls them an organisation ("Secretary of Defense Lloyd Austin")
    ent_at = {i: e for e in ents for i in range(e.start, e.end)}
    for t in titles:
        if t["counterpart"] and (t["end"] >= len(doc) or not _name_token(doc[t["end"]], gaz_at, title_tokens)):
            continue
        j = _after_whose(doc, t["end"], gaz_at)
        set_apart = j + 1 < len(doc) and doc[j].text == "," and j == t["end"] and not t["counterpart"]
        if set_apart:
            j += 1  # "Spain's ambassador, Ricardo Diez-Hochleitner,": the name in apposition
        while j < len(doc) and _honorific(doc, j):
            j += 1  # "Foreign Minister H.E. Mr. X"
        k, joins = j, 0
        if _place_word_opens_a_name(doc, j, ent_at, gaz_at, title_tokens) or _function_word_opens_a_name(
                doc, j, gaz_at, title_tokens):
            k = j + 1  # "president-elect Santiago Pena": a city's name as a given name; "President To Lam"
        # (up to four words: "President Roch Marc Christian Kabore")
        while k < len(doc) and k - j - joins < 4 and _name_token(doc[k], gaz_at, title_tokens) \
                and doc[k].ent_type_ not in ("DATE", "TIME"):
            k += 1
            if doc[k - 1].text.endswith(".") and len(doc[k - 1].text) > 3 and not _INITIALS.match(doc[k - 1].text):
                break  # "Dong Jun." ends the sentence ("P.J. Crowley" goes on)
            if k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                    and _name_token(doc[k + 1], gaz_at, title_tokens):
                k += 1  # "Kassym-Jomart Tokayev": a hyphenated given name is one
                joins += 2
        if k < len(doc) and k in title_tokens:
            continue  # "Chief Cabinet Secretary X": "Cabinet" belongs to the title, the name comes after
        if set_apart and not (k > j and doc[k - 1].dep_ == "appos" and doc[k - 1].head.i == t["end"] - 1
                              and (k == len(doc) or doc[k].is_punct)):
            continue  # (only a name set beside the title as its apposition, closed by punctuation)
        if k > j:
            k = _particle_tail(doc, k, gaz_at, title_tokens)  # "Ambassador Moin ul Haque"
            shorter = [x for x in out if x[0] == j and x[1] < k]
            if shorter and all(_cap(doc[i]) for i in range(j, k)):
                out = [x for x in out if x not in shorter]  # "envoy Brett McGurk", the model took "Brett"
            elif any(s <= j < e for s, e, _ in out):
                continue
            if k - j == 1 and ent_at.get(j) is not None and ent_at[j].label_ in ("GPE", "NORP", "DATE"):
                continue
            out.append((j, k, "title-name"))
    return _dedupe_spans(out)


# the style of a state before its name: "the Republic of Türkiye", "the Kingdom of Bahrain"
_STATE_STYLE = {"republic", "kingdom", "state", "federation", "federal", "islamic", "democratic",
                "people", "people's", "'s", "socialist", "united", "sultanate", "emirate", "principality",
                "commonwealth", "arab", "plurinational", "bolivarian", "hashemite", "grand", "duchy",
                "co-operative", "cooperative", "union", "independent", "of"}
# what may not follow "of <country>" for a name to follow ("of the U.S. Joint Chiefs of Staff")
_NOT_A_NAME = {"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "DATE", "TIME", "GPE", "LOC",
               "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"}


def _whose_country(doc: Doc, of: int, gaz_at: dict, kinds: tuple[str, ...] = ("name",)):
    """The country hit in "of [the] [Republic of] <country>" starting at token `of`, or None
    (with `kinds` ("name", "org"), an organisation's too: "of the United Nations")."""
    if of >= len(doc) or doc[of].lower_ != "of":
        return None
    j = of + 1 + (of + 1 < len(doc) and doc[of + 1].lower_ == "the")
    k = j
    while k < len(doc) and k - j < 4 and doc[k].lower_ in _STATE_STYLE and k not in gaz_at:
        k += 1
    if k > j and doc[k - 1].lower_ == "of":
        j = k
    h = gaz_at.get(j)
    return h if h is not None and h.kind in kinds and h.start == j else None


def _of_before(doc: Doc, h) -> int | None:
    """The "of" of "<Title> of [the] [Republic of] <country>", for the country hit `h`."""
    k = h.start
    if k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in _STATE_STYLE:
        k -= 1
        while k > 0 and h.start - k < 5 and doc[k - 1].lower_ in _STATE_STYLE:
            k -= 1
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    return k - 1 if k > 0 and doc[k - 1].lower_ == "of" else None


def _after_whose(doc: Doc, end: int, gaz_at: dict) -> int:
    """Past an "of [the] <country>" that says whose office a title is ("Foreign Minister of
    Pakistan Bilawal Bhutto Zardari"), when a name follows it; else `end`."""
    h = _whose_country(doc, end, gaz_at, ("name", "org"))
    if h is None:
        return end
    after = h.end
    if h.kind == "org":
        # "Chairperson of the African Union Commission Moussa Faki Mahamat": the body's own words
        while after < len(doc) and doc[after].is_title and doc[after].lower_ in _ORG_HEADS:
            after += 1
        if after < len(doc) and _cap(doc[after]) and after not in gaz_at and (
                doc[after].ent_type_ == "PERSON" or _name_in_org_tag(doc, after, fresh=True)):
            return after  # (not "head of the U.N. Environment Programme": the body goes on)
        return end
    posting = gaz_at.get(after + 1) if after < len(doc) and doc[after].lower_ == "to" else None
    if posting is not None and posting.start == after + 1 and posting.kind in ("name", "capital") \
            and doc[end - 1].lower_ in ("ambassador", "envoy"):
        after = posting.end  # "Ambassador of Lao PDR to Viet Nam Khamphao Ernthavanh"
    if after < len(doc) and _cap(doc[after]) and after not in gaz_at and (
            doc[after].ent_type_ not in _NOT_A_NAME or _name_in_org_tag(doc, after)):
        return after
    return end


def _name_in_org_tag(doc: Doc, i: int, fresh: bool = False) -> bool:
    """'China Moin ul Haque' tagged as one organisation after "Ambassador of Pakistan to",
    'the Central African Republic Faustin-Archange Touadéra' as one place: the model ran the
    country into the name. The rest of the tag is a name when its words are capitalised,
    name particles or hyphens, none a body's ("U.S. Joint Chiefs of Staff" is no name)."""
    if doc[i].ent_type_ not in ("ORG", "GPE", "LOC", "FAC") or doc[i].ent_iob_ == "B" and not fresh:
        return False  # (`fresh`: a tag of its own right after a body's name, "... Commission Moussa Faki")
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = [t for t in doc[i:end] if t.text not in _HYPHENS]
    return 2 <= len(words) <= 4 and all(
        (_cap(t) or t.lower_ in _PARTICLES) and t.lower_ not in _ORG_WORDS and t.lower_ not in _ORG_HEADS
        and t.lower_ not in ("programme", "program", "mission", "bureau")
        for t in words)


def _honorific(doc: Doc, i: int) -> bool:
    """A form of address before a name: "Mr", "Dr.", "H.E.", "His Excellency", "Her Majesty"."""
    word = doc[i].lower_
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if word in ("his", "her", "their", "your", "royal"):  # "His Royal Highness"
        return nxt is not None and (nxt.lower_ in _ADDRESS_NOUNS or nxt.lower_ == "royal")
    if word == "sri":  # "Tan Sri X", "Shri"'s other spelling; not "Sri Lanka"
        return nxt is not None and _cap(nxt) and not nxt.lower_.startswith("lanka")
    if word == "tan":
        return nxt is not None and nxt.lower_ == "sri"
    if doc[i].text == "U":  # Burmese: "U Thein Sein"
        return nxt is not None and _cap(nxt) and nxt.is_alpha and doc[i].whitespace_ == " "
    return word in _NAME_PREFIXES or word.rstrip(".") in _NAME_PREFIXES


def _listed_like_a_person(doc: Doc, ents, gaz_at: dict) -> list[tuple[int, int, str]]:
    """'Nikos Kotzias of Greece and Nikola Dimitrov of Macedonia': the model may read the
    second as an organisation "X Y of <country>". Two capitalised words before "of" and a
    country, set in the same sentence as a person named "of <country>", are a person too."""
    def of_country(i: int) -> bool:
        h = gaz_at.get(i + 1)
        return i < len(doc) and doc[i].lower_ == "of" and h is not None and h.kind in ("name", "capital") \
            and h.start == i + 1
    people_of = {doc[e.start].sent.start for e in ents if e.label_ == "PERSON" and e.end < len(doc) and of_country(e.end)}
    out = []
    for e in ents:
        if e.label_ != "ORG" or len(e) < 4 or not of_country(e.start + 2) or doc[e.start].sent.start not in people_of:
            continue
        a, b = doc[e.start], doc[e.start + 1]
        if all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in _ORG_WORDS
               and t.lower_ not in _ORG_HEADS and t.i not in gaz_at for t in (a, b)):
            out.append((e.start, e.start + 2, "ner"))
    return out


def _paired_with_a_person(doc: Doc, ents, gaz_at: dict) -> list[tuple[int, int, str]]:
    """'their advisers, Ajit Doval and Nasser Khan Janjua,': a name the model reads as a
    place or an organisation, joined by 'and' to a person's name, is a person too when its
    two or three words are capitalised names the gazetteer does not know."""
    people = {e.root.i for e in ents if e.label_ == "PERSON"}
    out = []
    for e in ents:
        # ("Frank-Walter Steinmeier": a hyphen joins two given names)
        words = [t for t in e if not (t.text in _HYPHENS and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
        if e.label_ not in ("GPE", "LOC", "ORG") or not 2 <= len(words) <= 3:
            continue
        root = e.root
        beside = {c.i for c in root.conjuncts}
        if not beside & people or any(c.dep_ == "prep" for c in root.children):
            continue
        if all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and t.lower_ not in _ORG_WORDS
               and t.lower_ not in _ORG_HEADS and t.i not in gaz_at for t in words):
            out.append((e.start, e.end, "ner"))
    return out


def _names_a_thing(doc: Doc, s: int, e: int) -> bool:
    """Is a 'person' the model found the name of a text or a building? Its last word is a
    document word ("Abraham Accords"), or it modifies one ("the AlUla declaration", "the
    Miraflores presidential palace") - unless the same words stand alone as a person
    elsewhere in the article ("the Biden plan" after "Joe Biden said")."""
    if doc[e - 1].lower_ in _DOCUMENT_WORDS and e - s > 1:
        return True
    nxt = e
    while nxt < len(doc) and nxt - e < 2 and doc[nxt].pos_ == "ADJ":
        nxt += 1  # "presidential"
    if nxt >= len(doc) or doc[nxt].is_title or not (doc[nxt].lower_ in _DOCUMENT_WORDS
                                                      or doc[nxt].lemma_ in _FACILITIES):
        return False
    if doc[e - 1].dep_ not in ("compound", "amod", "nmod"):
        return False
    words = [t.text for t in doc[s:e]]
    for ent in entities(doc):
        if ent.label_ == "PERSON" and ent.start != s and [t.text for t in ent][-len(words):] == words \
                and not (ent.end < len(doc) and (doc[ent.end].lower_ in _DOCUMENT_WORDS
                                                 or doc[ent.end].lemma_ in _FACILITIES)):
            return False
    return True


# words that make a name an organisation's (English and the languages whose names the model
# most often misreads: Spanish, Portuguese, French, Italian)
_ORG_WORDS = {
    "group", "company", "co", "corp", "corporation", "inc", "ltd", "llc", "plc", "sa", "ag", "gmbh", "bank",
    "party", "council", "forces", "force", "army", "front", "movement", "union", "news", "times", "post",
    "airlines", "airways", "air", "energy", "oil", "gas", "motors", "holdings", "capital", "partners", "fund",
    "foundation", "institute", "university", "college", "school", "hospital", "church", "ministry", "agency",
    "committee", "commission", "court", "assembly", "office", "department", "service", "network", "media",
    "press", "television", "tv", "radio", "association", "federation", "league", "club", "team",
    "international", "global", "national", "brigade", "brigades", "battalion", "militia", "alliance",
    "coalition", "organisation", "organization", "authority", "centre", "center", "society", "trust",
    "industries", "systems", "technologies", "auto", "railways", "telecom", "pharma", "securities",
    "partido", "fuerzas", "banco", "grupo", "ejército", "ejercito", "frente", "movimiento", "unión",
    "asociación", "federación", "compañía", "empresa", "société", "societe", "parti", "armée", "conseil",
    "comité", "ministerio", "gobierno", "corporación", "instituto", "universidad", "fundación", "nacional",
    "popular", "democrático", "socialista", "república", "crédit", "banque", "agricole", "général",
    "générale", "petróleos", "fédération", "association", "partito", "movimento", "frente", "estado",
}
_NAME_JOINERS = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "la", "le", "y",
                 "bin", "al", "el", "ibn"}


# what is done to a person and rarely to a company or body the model might mistake
_MET_PERSON_VERBS = {"meet", "phone", "greet", "congratulate", "thank", "host", "receive", "embrace", "visit"}


def _lone_name_met(span: Span) -> bool:
    """A one-word 'organisation' that is met, phoned, thanked or spoken to ('had spoken to
    Zelenskiy') is a surname; as a subject it may well be a company ('Gazprom said')."""
    if len(span) != 1 or span[0].is_upper or not _cap(span[0]) or span[0].pos_ != "PROPN":
        return False
    t = span[0]
    if t.dep_ == "dobj" and t.head.lemma_ in _MET_PERSON_VERBS:
        return True
    return t.dep_ == "pobj" and (t.head.lower_ == "to" and t.head.head.lemma_ in ("speak", "talk")
                                 or t.head.lower_ == "with" and t.head.head.lemma_ in ("meet", "speak", "talk"))


def _person_shaped(span: Span, gaz_at: set[int]) -> bool:
    """An 'organisation' the model found that is a person's name: two to four capitalised
    words, none of them an organisation's, no 'the' in front, and either a letter with a
    diacritic (the small model reads 'Félix Plasencia', 'Miroslav Lajčák' as bodies) or a
    clause in which only a person could stand ('X met Y')."""
    words = list(span)
    if not 2 <= len(words) <= 4 or span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return False
    if any(t.i in gaz_at for t in words):
        return False
    for t in words:
        if t.lower_ in _ORG_WORDS or t.is_upper and len(t.text) > 1:
            return False
        if not (_cap(t) or t.lower_ in _NAME_JOINERS and 0 < t.i - span.start < len(words) - 1):
            return False
        if not t.text.replace("-", "").replace("'", "").isalpha():
            return False
    if not _cap(words[-1]):
        return False
    if any(not ch.isascii() for t in words for ch in t.text):
        return True
    last = span[-1]
    if last.dep_ in ("nsubj", "dobj") and last.head.lemma_ in _SAY_OR_ACT | _MET_PERSON_VERBS:
        return True  # "Isaias Afwerki received Abiy Ahmed"
    return _acts_like_a_person(span[-1:]) or span.root.dep_ == "conj" and span.root.head.ent_type_ == "PERSON"


_PLACE_WORDS = {"airport", "island", "islands", "sea", "river", "mountain", "mountains", "valley", "city",
                "province", "region", "district", "strait", "gulf", "bay", "port", "palace", "square", "street",
                "lake", "desert", "peninsula", "coast", "border", "hills", "heights", "county", "state",
                "crossing", "bridge", "canal", "ocean", "plateau", "basin", "forest", "park", "zone"}


def _place_acting_as_person(span: Span, gaz: Gazetteer) -> bool:
    """A 'place' the model found that is a person: two to five capitalised words no
    gazetteer knows, none of them a place word, standing where only a person stands
    ('spoke with X', 'X said')."""
    words = list(span)
    if not 1 <= len(words) <= 5 or gaz.find_country(span.text) or gaz.city_country(span.text) \
            or gaz.is_region(span.text):
        return False
    doc = span.doc
    if len(words) == 1:
        # "Turkey's Erdogan received a call from Iran's Raisi": a country's somebody, acting or
        # acted with (not "Ukraine's Kharkiv was shelled", "in Israel's Haifa")
        t = words[0]
        return span.start >= 2 and doc[span.start - 1].tag_ == "POS" and doc[span.start - 2].ent_type_ == "GPE" \
            and t.pos_ in ("PROPN", "NOUN") and _cap(t) and t.lower_ not in _PLACE_WORDS and (
                t.dep_ in ("nsubj", "conj", "appos") and t.head.pos_ in ("VERB", "AUX", "PROPN", "NOUN")
                or t.dep_ == "pobj" and t.head.lower_ in ("from", "with", "by")
                or t.dep_ == "dobj" and t.head.lemma_ in _SAY_OR_ACT)
    for n, t in enumerate(words):
        if t.lower_ in _PLACE_WORDS or t.lower_ in _ORG_WORDS:
            return False
        if not (_cap(t) or t.lower_ in _NAME_JOINERS and 0 < n < len(words) - 1):
            return False
    last = words[-1]
    if last.dep_ == "nsubj" and last.head.lemma_ in _SAY_OR_ACT:
        return True
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS" and doc[span.start - 2].ent_type_ == "GPE" \
            and last.dep_ in ("nsubj", "conj", "dobj", "pobj", "appos"):
        return True  # "Ukraine's Oleksandr Kubrakov": a country's somebody, not a place of it
    return _acts_like_a_person(span[-1:])


# verbs a named subject does only as a person
_SAY_OR_ACT = {"say", "tell", "add", "urge", "warn", "meet", "visit", "travel", "fly", "arrive", "announce",
               "accuse", "praise", "thank", "call", "speak", "vow", "pledge", "promise", "insist", "sign"}


def _name_before_title(span: Span, gaz: Gazetteer) -> bool:
    """'Moussa Faki Mahamat, chairperson of the AU Commission': capitalised words with a
    person's title set beside them after a comma are a person's name."""
    doc = span.doc
    words = list(span)
    if not 2 <= len(words) <= 5 or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    if any(t.lower_ in _ORG_WORDS or t.is_upper and len(t.text) > 1 for t in words):
        return False
    if not all(_cap(t) or t.lower_ in _NAME_JOINERS for t in words):
        return False
    for c in span.root.children:
        if c.dep_ != "appos" or c.i <= span.end:
            continue
        # the title may carry its own modifiers: "former deputy chairperson", "foreign minister"
        before = [t for t in c.lefts if t.dep_ in ("compound", "amod")]
        for phrase in (" ".join(t.text for t in (*before, c)), c.text):
            if gaz.title(phrase) is not None:
                return True
    return False


def _titled_apposition(span: Span, gaz: Gazetteer) -> bool:
    """'the bloc's special envoy for the Balkans, Miroslav Lajcak': a name set beside a
    person's title is a person's."""
    root = span.root
    if root.dep_ not in ("appos", "conj") or root.head.i >= span.start or len(span) < 2 \
            or not all(_cap(t) for t in span) or span.start == 0 or span.doc[span.start - 1].text != ",":
        return False
    # the parse may hang the name on the title's last word ("envoy for the Balkans, X")
    tok = root.head
    for _ in range(4):
        first = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i])
        if gaz.title(tok.text) is not None or gaz.title(span.doc[first:tok.i + 1].text) is not None:
            return True  # ("the Prime Minister of Sweden, Ulf Kristersson,": the title's words before it too)
        if tok.dep_ not in ("pobj", "prep") or tok.head.i >= tok.i:
            return False
        tok = tok.head
    return False


def _cap(t: Token) -> bool:
    """A capitalised word, also with capitals inside ("McGurk", "DeSantis"); Token.is_title
    wants the rest in lower case."""
    return t.text[:1].isupper() and any(ch.islower() for ch in t.text)


_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")  # "P.J.", "J.R."
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|Jr\.?|Sr\.?)$")


def _place_word_opens_a_name(doc: Doc, j: int, ent_at: dict, gaz_at: dict, title_tokens: set) -> bool:
    """After a title, a word the gazetteer knows as a place ("Santiago", "Victoria") opens a
    name when the model took it together with the next word, an unknown capitalised one,
    as one name that is no place."""
    ent = ent_at.get(j)
    return (j + 1 < len(doc) and j in gaz_at and gaz_at[j].kind in ("name", "capital") and gaz_at[j].end == j + 1
            and ent is not None and ent.label_ in ("PERSON", "ORG") and ent.start == j and ent.end > j + 1
            and j + 1 not in gaz_at and _name_token(doc[j + 1], gaz_at, title_tokens))


def _name_end(doc: Doc, s: int, e: int) -> int:
    """'Keidanren business federation', 'the Wagner mercenary group': where an organisation's
    name ends, before the words in lower case that say what it is."""
    while e - 1 > s and doc[e - 1].is_lower and doc[e - 1].is_alpha and doc[e - 1].lower_ not in _LINK_WORDS \
            and doc[e - 2].is_alpha and (doc[e - 2].is_lower or doc[e - 2].pos_ == "PROPN"):
        e -= 1
    return e


# capitalised words after a title that go on the title, not a name ("Minister For Foreign
# Affairs"); not "To", a (Vietnamese) given name
_NOT_NAME_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "at", "from", "with", "by", "as"})


def _function_word_opens_a_name(doc: Doc, j: int, gaz_at: dict, title_tokens: set) -> bool:
    """'President To Lam': a capitalised word the tagger took for a preposition or particle,
    right after a title and before a name word, is a given name ('To' is a Vietnamese one;
    'President of' is no name, nor 'Minister To' at a sentence's start)."""
    if j + 1 >= len(doc) or j == 0:
        return False
    t = doc[j]
    return t.is_title and t.is_alpha and t.pos_ in ("ADP", "PART", "ADV") and not t.is_sent_start \
        and t.lower_ not in _NOT_NAME_WORDS and doc[j - 1].i in title_tokens \
        and _name_token(doc[j + 1], gaz_at, title_tokens)


def _given_name_left_out(doc: Doc, start: int, gaz_at: dict, title_tokens: set) -> bool:
    """Is the word before a person the model found a given name it left out? A capitalised
    proper noun outside every entity, the gazetteer and the titles, that starts a phrase
    (after a comma, a title, a determiner or a preposition), not a sentence."""
    if start < 2:
        return False
    t, before = doc[start - 1], doc[start - 2]
    # ("Marcel Alain de Souza, ... said": a sentence may open with the given name, which the
    # parse then hangs on the name)
    opens = t.is_sent_start and t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i >= start \
        and t.head.ent_type_ == "PERSON"
    return (t.is_title and t.is_alpha and (t.pos_ == "PROPN" or _function_word_opens_a_name(
                doc, t.i, gaz_at, title_tokens)) and not t.ent_type_
            and (not t.is_sent_start or opens)
            and t.i not in gaz_at and t.i not in title_tokens and t.text not in _MONTHS
            and t.lower_ not in _NAME_PREFIXES and t.lower_ not in _ORG_WORDS and t.lower_ not in _ORG_HEADS
            and (opens or before.text == "," or before.i in title_tokens or before.pos_ in ("DET", "ADP")
                 # "Egypt's Sameh Shoukry": after a country's possessive
                 or before.tag_ == "POS" and before.i > 0 and before.i - 1 in gaz_at
                 # "Vietnamese Doan Thi Huong": after a demonym (not "South Korean Presidents Kim ...")
                 or before.i in gaz_at and gaz_at[before.i].kind == "demonym" and t.tag_ == "NNP"))


def _name_token(t: Token, gaz_at: dict, title_tokens: set) -> bool:
    if _ROMAN.match(t.text) and t.i > 0 and _cap(t.doc[t.i - 1]):
        return True  # "Mohammed VI", "Ferdinand Marcos Jr."
    if not _cap(t) or t.i in title_tokens or t.text in _MONTHS:
        return False
    if t.i in gaz_at and gaz_at[t.i].kind in ("name", "capital", "demonym", "org", "media"):
        return t.ent_type_ == "PERSON" and gaz_at[t.i].kind in ("name", "capital")
    return t.pos_ == "PROPN" or t.ent_type_ == "PERSON"


_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "dos", "das", "du", "la", "le",
              "bin", "bint", "ibn", "al", "el", "ben", "abu", "ter", "zu", "dia", "ul", "ud", "ur"}


def _particle_tail(doc: Doc, end: int, gaz_at: dict, title_tokens: set) -> int:
    """Lower-case name particles right after a name and a capitalised word after them are
    the rest of the name, whatever the model tagged ('Ursula' | 'von der' | 'Leyen')."""
    j = end
    while j < len(doc) and j - end < 3 and doc[j].text in _PARTICLES and doc[j].is_lower:
        j += 1
    if j == end or j >= len(doc) or "\n" in doc[j - 1].whitespace_:
        return end
    t = doc[j]
    if not _cap(t) or j in title_tokens or j in gaz_at or t.text in _MONTHS:
        return end
    if doc[end].text in ("de", "da", "la", "le", "del", "du") and doc[end].head.i == end and doc[end].dep_ == "prep":
        return end  # a French or Spanish preposition before a place, not a particle
    return j + 1


def _name_continues(doc: Doc, end: int, gaz_at: dict, title_tokens: set) -> int:
    """The model may end a name early ("Yoon Suk" | "Yeol", "Ursula von" | "der Leyen"):
    when the name's last word modifies a capitalised word right after it, that word (and
    any particles before it) belongs to the name."""
    last = doc[end - 1]
    head = last.head
    if last.dep_ not in ("compound", "flat", "nmod") or head.i < end:
        return end
    while head.dep_ == "compound" and head.lower_ in _PARTICLES and head.head.i > head.i:
        head = head.head  # "Ursula von" -> "der" -> "Leyen"
    if head.i - end > 2:
        return end
    for i in range(end, head.i + 1):
        t = doc[i]
        if i in title_tokens or i in gaz_at or t.text in _MONTHS or t.ent_type_ in ("DATE", "NORP"):
            return end
        if i < head.i and (t.lower_ in _PARTICLES or t.text in _HYPHENS and not t.whitespace_):
            continue  # "von der", "el-"
        if not (_cap(t) and t.pos_ == "PROPN"):
            return end
    return head.i + 1


_MOVEMENT_HEADS = frozenset({"movement", "front", "alliance", "party", "league", "congress"})


def _opens_a_movement(doc: Doc, h) -> bool:
    """Does a country's name open the name of a party or armed movement the model tagged
    as one organisation ("Sudan People's Liberation Movement", "Pakistan Peoples Party")?"""
    t = doc[h.start]
    if t.ent_type_ != "ORG" or t.ent_iob_ != "B" and not (
            h.start > 0 and doc[h.start - 1].lower_ == "the" and doc[h.start - 1].ent_iob_ == "B"):
        return False  # (the model may tag "the" with it)
    end = h.start
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    words = [w.lower_ for w in doc[h.end:end + 1] if w.text not in _HYPHENS]
    return len(words) >= 2 and any(w in _MOVEMENT_HEADS for w in words)


def _lone_country_word(doc: Doc, h, gaz: Gazetteer, titles: list[dict]) -> bool:
    """Is a one-word country name the model calls a person ("Niger", "Chad") the country?
    Yes unless a person in this text bears the name ("Israel Katz"), a title stands before
    it, or a capitalised word joins it."""
    if h.end - h.start != 1:
        return False
    word = doc[h.start].text
    if any(t["end"] == h.start for t in titles):
        return False
    for nb in (h.start - 1, h.end):
        if 0 <= nb < len(doc) and doc[nb].is_title and doc[nb].pos_ == "PROPN" and doc[nb].ent_type_ == "PERSON":
            return False
    for e in entities(doc):
        if e.label_ == "PERSON" and len(e) > 1 and any(t.text == word for t in e):
            return False
    return True


_ORG_HEADS = {"council", "ministry", "agency", "committee", "commission", "court", "bank",
              "office", "department", "service", "party", "front", "army", "guard", "assembly",
              "authority", "organisation", "organization", "union", "forum", "institute", "corps"}


def _inside_longer_org(doc: Doc, h) -> bool:
    """Is a gazetteer organisation only the tail of a longer name ("National Security
    Council" is not the UN "Security Council")?"""
    if h.end - h.start <= 2 and h.start > 0 and doc[h.start - 1].is_title and doc[h.start - 1].pos_ == "PROPN" \
            and doc[h.start - 1].lower_ not in ("un", "the") and doc[h.start - 1].ent_type_ not in ("GPE", "NORP") \
            and doc[h.end - 1].lower_ in _ORG_HEADS and not (h.start == 1 or doc[h.start - 1].is_sent_start):
        return True
    for e in entities(doc):
        if e.label_ != "ORG" or not (e.start <= h.start and h.end <= e.end) or len(e) == h.end - h.start:
            continue
        extra = [t for t in doc[e.start:h.start]] + [t for t in doc[h.end:e.end]]
        extra = [t for t in extra if t.lower_ not in ("the",) and not t.is_punct and t.tag_ != "POS"]
        if extra and all(t.is_title and t.i + 1 <= h.start for t in extra) \
                and not any(t.ent_type_ in ("GPE", "NORP") or t.lower_ in ("un", "u.n.") for t in extra):
            return True
    return False


# verbs whose subject (and, for the second set, object) is a person, never a place: an
# unknown one-word "place" there is a surname the model misread ("Scholz met ...")
_PERSON_SUBJECT_VERBS = {"meet", "say", "tell", "urge", "warn", "accuse", "visit", "travel", "fly",
                         "arrive", "phone", "thank", "praise", "add", "insist", "stress", "vow",
                         "pledge", "promise", "speak", "talk", "ask", "criticise", "criticize",
                         "congratulate", "welcome", "greet", "discuss", "reassure", "announce"}
_PERSON_OBJECT_VERBS = {"meet", "urge", "thank", "congratulate", "phone", "greet", "tell", "ask",
                        "accuse", "criticise", "criticize", "reassure", "press"}


_LINK_WORDS = {"of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "&"}


def _initials_fit(words, acro: str) -> bool:
    """Most of the acronym's letters are initials of the name (an acronym of the name in
    another language, "CELAC", "CNSP", shares most of them)."""
    initials = [w.text[0] for w in words if w.is_title]
    shared = sum(1 for ch in acro if ch in initials)
    return len(initials) >= 2 and shared * 2 >= len(acro) and initials[0] in acro


def _spelled_out(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(name start, name end, acronym start, acronym end) for "Long Name (LN)": the
    acronym's letters are the initials of the name's capitalised words, in order."""
    out = []
    for t in tokens(doc)[2:]:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
            continue
        acro = doc[t.i + 1].text
        if not (acro.isupper() and acro.isalpha() and 2 <= len(acro) <= 8):
            continue
        j = t.i
        while j > 0 and (doc[j - 1].is_title or doc[j - 1].lower_ in _LINK_WORDS
                         or doc[j - 1].text in ("'", "\u2019", "'s", "\u2019s", "-")) and t.i - j < 12 \
                and "\n" not in doc[j - 1].whitespace_:
            j -= 1
        while j < t.i and doc[j].lower_ in _LINK_WORDS:
            j += 1
        # the longest run of words before it that fits ("Troops of the Sudanese Armed Forces
        # (SAF)": a capitalised word opening the sentence is not part of the name)
        while j < t.i and not _initials_fit(doc[j:t.i], acro):
            j += 1
            while j < t.i and doc[j].lower_ in _LINK_WORDS:
                j += 1
        if _initials_fit(doc[j:t.i], acro):
            out.append((j, t.i, t.i + 1, t.i + 2))
    return out


def _given_an_age(span: Span) -> bool:
    """'Roman Protasevich, 26, and ...': a name set beside an age is a person's (a place
    the model saw in two capitalised words is not told with one)."""
    doc, e = span.doc, span.end
    return len(span) >= 2 and all(t.is_title and t.is_alpha for t in span) and e + 2 < len(doc) \
        and doc[e].text == "," and doc[e + 1].is_digit and 10 <= int(doc[e + 1].text) <= 110 \
        and doc[e + 2].text in (",", ")", ".")


def _acts_like_a_person(span: Span) -> bool:
    if _given_an_age(span):
        return True
    if len(span) != 1 or span[0].pos_ != "PROPN" or not _cap(span[0]) or span[0].is_upper:
        return False
    if span[0].lower_ in ("west", "east", "north", "south", "europe", "asia", "africa", "gulf", "arctic"):
        return False  # "accused the West": a region, not a surname
    t = span[0]
    if t.dep_ == "nsubj" and t.head.lemma_ in _PERSON_SUBJECT_VERBS:
        return True
    if t.dep_ == "dobj" and t.head.lemma_ in _PERSON_OBJECT_VERBS:
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_ in ("meet", "speak", "talk"):
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_ in ("speak", "talk", "write"):
        return True  # "had spoken to Zelenskiy"
    if t.dep_ == "conj" and t.head.ent_type_ == "PERSON":
        return True  # "Macron and Scholz"
    return False


def _dedupe_spans(spans):
    spans = sorted(set(spans), key=lambda x: (x[0], -(x[1] - x[0])))
    out = []
    for s, e, src in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, src))
    return out


def _in_person_ent(span: Span) -> bool:
    """True when the model reads these words as part of a longer person name."""
    for t in span:
        if t.ent_type_ == "PERSON":
            ent = next((e for e in entities(span.doc) if e.start <= t.i < e.end), None)
            if ent is not None and len(ent) > len(span):
                return True
            if ent is not None and len(ent) == len(span):
                return True
    return False


def _clean_name(span: Span, person: bool = True) -> str:
    """The name a span gives: without a possessive, a sentence's full stop or extra spaces;
    a person's also without letters after it and with a family name set in capitals written
    as a name."""
    while person and len(span) > 2 and span[-1].text in _POST_NOMINALS:
        span = span[:-1]  # "Anthony Albanese MP", "Keir Starmer KC": the mention keeps them, the name not
    text = span.text.replace("\u2019", "'")
    text = re.sub(r"'s$", "", text).strip(" ,")
    words = text.split()
    if person and len(words) > 1 and any(w[:1].isupper() and not w.isupper() for w in words):
        # "KISHIDA Fumio", "PARK Jin": Japan's readouts set the family name in capitals
        text = " ".join(w.capitalize() if w.isupper() and len(w) > 2 and w.isalpha() else w for w in words)
    if text.endswith(".") and not re.search(r"\b(Jr|Sr|St)\.$", text):
        text = text.rstrip(".")  # a sentence's full stop, not "Marcos Jr."
    return re.sub(r"\s+", " ", text)


def _left_context(doc: Doc, start: int, titles: list[dict], gaz_hits: list[_Hit],
                  gaz: Gazetteer, taken: set[int], bodies: list[_Hit] = ()):
    """Walk left from a name over '<Country|Demonym|Org|Country's> [then] <Title>'.
    Returns (new start, Title|None, iso3|None, Organization|None)."""
    i = start
    title = None
    iso3 = None
    org = None
    org_span = None
    j = i
    while j > 0 and (doc[j - 1].lower_ in _SKIP_BEFORE_NAME or _honorific(doc, j - 1)):
        j -= 1  # "then Foreign Minister X", "EAM Dr. S. Jaishankar"
    t = _title_ending_at(titles, j)
    of_country = of_org = None
    if t is None:
        # "Foreign Minister of the Republic of Korea Park Jin": whose minister comes between
        h = next((h for h in gaz_hits if h.end == j and h.kind in ("name", "capital")), None)
        if h is not None and h.start > 1 and doc[h.start - 1].lower_ == "to":
            # "Ambassador of Pakistan to China Moin ul Haque": the sender, not the posting
            h = next((h2 for h2 in gaz_hits if h2.end == h.start - 1 and h2.kind == "name"), None)
        elif h is not None and h.kind != "name":
            h = None
        of = _of_before(doc, h) if h is not None else None
        if of is None:
            # "Secretary-General of the United Nations Antonio Guterres", "President of the
            # European Commission Ursula von der Leyen": the body whose office it is
            k = j
            h = next((h for h in gaz_hits if h.end == k and h.kind == "org"), None)
            while h is None and k > 0 and doc[k - 1].is_title and doc[k - 1].lower_ in _ORG_HEADS:
                k -= 1
                h = next((h for h in gaz_hits if h.end == k and h.kind == "org"), None)
            of = _of_before(doc, h) if h is not None else None
        if of:
            t = _title_ending_at(titles, of)
            if t is not None and not t["counterpart"] and h.kind == "org":
                of_org, j = (gaz.organizations[h.key], (h.start, k)), of
            elif t is not None and not t["counterpart"]:
                of_country, j = h.key, of
            else:
                t = None
    if t is not None and not any(x in taken for x in range(t["start"], j)):
        t["used"] = True
        title = t["title"]
        i = t["start"]
        while i > 0 and doc[i - 1].lower_ in _SKIP_BEFORE_NAME:
            i -= 1
        # stacked titles: "Foreign Minister Prince Faisal", "Crown Prince and Prime Minister X";
        # the office, not the rank of birth, is the title
        for _ in range(2):
            k = i - 1 if i > 0 and doc[i - 1].lower_ in ("and", "&") else i
            outer = _title_ending_at(titles, k)
            if outer is None or any(x in taken for x in range(outer["start"], k)):
                break
            if k < i and not doc[k - 1].is_title:
                break  # "expelled an Indian diplomat and Prime Minister X said": two people, not two offices
            outer["used"] = True
            if outer["counterpart"]:  # "his Saudi counterpart Prince Faisal": the name is the counterpart
                i = outer["start"]
                break
            if title.role in ("royal", "cleric", "military"):
                title = outer["title"]  # ("military ruler Commodore X": the ruler)
            i = outer["start"]
        if i > 0 and _portfolio_at(doc, i - 1) and doc[i - 1].is_title:
            i -= 1  # "Trade Commissioner X", "Mexican Energy Minister Y": the portfolio is the title's
        s2, iso3 = _country_before(doc, i, gaz_hits, gaz)
        if iso3 is None:
            # "Kremlin spokesman Dmitry Peskov": a seat of government before a title is its country
            s2, iso3 = _country_before(doc, i, gaz_hits, gaz, capital_ok=True)
        if iso3 is None:
            s3, org = _org_before(doc, i, gaz_hits, gaz, bodies)
            if org is not None:
                iso3 = org.country
                org_span = (s3, i)
                i = s3
        else:
            i = s2
        iso3 = iso3 or of_country
        if org is None and of_org is not None:
            (org, org_span), iso3 = of_org, iso3 or of_org[0].country
    elif t is None:
        # a bare demonym before a name is common ("US Nicolas Burns" is rare), and so is a
        # country's possessive: "Turkey's Erdogan", "Brazil's Lula"
        s2, iso3 = _country_before(doc, j, gaz_hits, gaz, demonym_only=True)
        if iso3 is None and j > 1 and (doc[j - 1].tag_ == "POS" or doc[j - 1].lower_ in ("'s", "\u2019s")):
            s2, iso3 = _country_before(doc, j, gaz_hits, gaz)
        if iso3 is not None:
            i = s2
    if any(x in taken for x in range(i, start)):
        i = start
        org_span = None
    return i, title, iso3, (org, org_span) if org is not None else None


def _apposition(doc: Doc, end: int, titles: list[dict], gaz_at: dict):
    """'Wang Yi, China's top diplomat, ...' -> (Title, iso3)."""
    if end >= len(doc) or doc[end].text != ",":
        return None, None
    j = end + 1
    if j < len(doc) and doc[j].lower_ in ("the", "a"):
        j += 1
    # optional country: "China's", "Chinese", "US"
    k = j
    hit = gaz_at.get(k)
    if hit is not None and (hit.start != k or hit.kind not in ("name", "demonym")):
        hit = None
    iso3 = None
    if hit is not None:
        iso3 = hit.key
        k = hit.end
        if k < len(doc) and doc[k].tag_ == "POS":
            k += 1
    while k < len(doc) and doc[k].lower_ in _SKIP_BEFORE_NAME:
        k += 1
    for t in titles:
        if t["start"] == k and not t["counterpart"]:
            # "Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation,"
            if iso3 is None:
                whose = _whose_country(doc, t["end"], gaz_at)
                iso3 = whose.key if whose is not None else None
            return t["title"], iso3
    return None, None


def _country_before(doc: Doc, start: int, gaz_hits: list[_Hit], gaz: Gazetteer,
                    mentions: list[Mention] | None = None, demonym_only: bool = False,
                    capital_ok: bool = False):
    """A country word right before `start`: 'Chinese', 'US', "China's", "Beijing's" (and,
    with capital_ok, a capital without the possessive: "Kremlin spokesman")."""
    j = start
    if j > 0 and doc[j - 1].tag_ == "POS" or j > 0 and doc[j - 1].lower_ in ("'s", "\u2019s"):
        j -= 1
        possessive = True
    else:
        possessive = False
    for h in gaz_hits:
        if h.end == j and h.kind in ("name", "demonym", "capital"):
            if demonym_only and h.kind != "demonym":
                return start, None
            if h.kind == "capital" and not possessive and not capital_ok:
                return start, None
            return h.start, h.key
    for mn in mentions or ():
        if mn.end == j and mn.kind in ("country", "demonym", "capital") and mn.iso3:
            if demonym_only and mn.kind != "demonym":
                return start, None
            return mn.start, mn.iso3
        if mn.end == j and mn.kind == "org" and mn.org is not None and not demonym_only:
            return mn.start, mn.org.country
    return start, None


def _country_after(doc: Doc, end: int, gaz_hits: list[_Hit], gaz: Gazetteer, seat: bool = True):
    """'Ministry of Foreign Affairs of China' -> 'CHN'; 'the foreign ministry in Beijing'
    (with `seat`, for bodies that sit in a capital): the capital's country."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        for h in gaz_hits:
            if h.start == end + 1 and h.kind == "name":
                return h.key
    if seat and end + 1 < len(doc) and doc[end].lower_ == "in":
        for h in gaz_hits:
            if h.start == end + 1 and h.kind == "capital":
                return h.key
    return None


def _modifies_noun(tok) -> bool:
    """'a Turkish military base', 'Kenyan police officers': the force only describes the noun."""
    return tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def _opening_place(doc: Doc, i: int, gaz_hits: list[_Hit]) -> str | None:
    """The country whose capital (or the country itself) opens the sentence of token i as
    where it happens: "In Beijing, Foreign Ministry spokesman Qin Gang said ..."."""
    sent = doc[i].sent
    if sent.end - sent.start < 4 or doc[sent.start].lower_ != "in":
        return None
    hit = next((h for h in gaz_hits if h.start == sent.start + 1 and h.kind in ("capital", "name")), None)
    if hit is None or hit.end >= i or doc[hit.end].text != ",":
        return None
    return hit.key


# what a minister's or secretary's title may start with: his portfolio, not a body
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "czar", "tsar"})
_PORTFOLIOS = frozenset({"energy", "transport", "finance", "health", "defence", "defense", "trade", "interior",
                         "justice", "agriculture", "education", "environment", "economy", "labour", "labor",
                         "culture", "tourism", "commerce", "industry", "infrastructure", "housing", "immigration",
                         "security", "development", "communications", "information", "treasury", "fisheries",
                         "transportation", "oil", "petroleum", "mining", "water", "science", "technology"})


def _org_name_goes_on(doc: Doc, s: int, e: int, gaz: Gazetteer) -> int:
    """Where the model cut an organisation's name short: 'the Civic Alliance for Justice' |
    'and Democracy' (a name 'for' or 'of' something goes on through 'and' and capitalised
    words), 'the Federal Reserve Bank' | 'of New York' (a bank of a city, not of a country)."""
    inner = {t.lower_ for t in doc[s:e]}
    if e + 1 < len(doc) and doc[e].lower_ == "and" and inner & {"for", "of"}:
        j = e + 1
        while j < len(doc) and j - e <= 3 and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_:
            j += 1
        if j > e + 1 and (j == len(doc) or not doc[j].is_title):
            return j
    if e + 1 < len(doc) and doc[e - 1].lower_ == "bank" and doc[e].lower_ == "of" and doc[e + 1].ent_type_ == "GPE":
        j = e + 2
        while j < len(doc) and doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ == "I":
            j += 1
        if gaz.find_country(doc[e + 1:j].text) is None:
            return j
    return e


def _is_portfolio(doc: Doc, ent: Span, gaz_hits: list[_Hit]) -> bool:
    """'Transport Secretary X', 'Socioeconomic Planning Secretary X': a portfolio word, or
    capitalised words the model called an organisation right before a minister's or
    secretary's title naming no body, country or known organisation, are the portfolio (not
    "Communist Party Secretary X")."""
    if len(ent) == 1 and _portfolio_at(doc, ent.start):
        return True
    return ent.end < len(doc) and doc[ent.end].lower_ in _PORTFOLIO_TITLES and len(ent) <= 3 \
        and all(t.is_title and t.is_alpha and t.lower_ not in _ORG_WORDS and t.lower_ not in _ORG_HEADS for t in ent) \
        and not any(h.start < ent.end and ent.start < h.end for h in gaz_hits)


def _portfolio_at(doc: Doc, i: int) -> bool:
    """'Transport Secretary', 'Energy Minister': a portfolio word right before its title word."""
    return doc[i].lower_ in _PORTFOLIOS and i + 1 < len(doc) and doc[i + 1].lower_ in _PORTFOLIO_TITLES


def _org_before(doc: Doc, start: int, gaz_hits: list[_Hit], gaz: Gazetteer, bodies=()):
    for h in gaz_hits:
        if h.end == start and h.kind == "org" and not _inside_longer_org(doc, h):
            return h.start, gaz.organizations[h.key]
    for h in bodies:
        if h.end == start:
            body = next(b for b in gaz.bodies if b.key == h.key)
            s2, iso3 = _country_before(doc, h.start, gaz_hits, gaz)
            if iso3 is None and not body.needs_country:
                s2, iso3 = h.start, _opening_place(doc, h.start, gaz_hits)  # "In Beijing, Foreign Ministry spokesman X"
            if iso3 is not None:
                return s2, gaz.body_organization(body, iso3)
    ent = next((e for e in entities(doc) if e.end == start and e.label_ == "ORG"), None)
    if ent is not None and _is_portfolio(doc, ent, gaz_hits):
        return start, None  # "Transport Secretary Grant Shapps", "Energy Minister X": a portfolio, no body
    if ent is not None and not gaz.is_media(ent.text) and gaz.find_country(ent.text) is None:
        lead = next((h for h in gaz_hits if h.start == ent.start and h.end < ent.end
                     and h.kind in ("org", "name", "demonym")), None)
        if lead is not None and doc[ent.end - 1].lower_ not in _ORG_HEADS \
                and doc[ent.end - 1].lower_ not in ("forces", "force", "navy"):
            # "EU Enlargement Commissioner", "Indian Home Affairs Minister": a portfolio, not a body
            return (lead.start, gaz.organizations[lead.key]) if lead.kind == "org" else (start, None)
        return ent.start, Organization(id="", name=_clean_name(ent, person=False))
    # capitalised words ending in a body's head noun: "National Security Council spokesman"
    j = start
    while j > 0 and doc[j - 1].is_title and doc[j - 1].pos_ == "PROPN" and start - j < 5:
        j -= 1
    if start - j >= 2 and doc[start - 1].lower_ in _ORG_HEADS:
        return j, Organization(id="", name=doc[j:start].text)
    return start, None


# ------------------------------------------------------------------ other entities

def _trim(ent: Span) -> tuple[int, int]:
    s, e = ent.start, ent.end
    doc = ent.doc
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].tag_ == "POS"
                     or doc[e - 1].lower_ in ("'s", "\u2019s") or doc[e - 1].is_space):
        e -= 1
    return s, e


_FACILITIES = {"guesthouse", "palace", "hotel", "hall", "airport", "square", "estate", "resort", "base",
               "hospital", "stadium", "centre", "center", "complex", "residence", "villa", "port", "plant"}
_WHERE = {"in", "at", "near", "outside", "inside", "around"}  # a place, not a party to it
# prepositions of place: an embassy after them is the building
_LOCATIVE = {"outside", "at", "near", "inside", "in", "into", "to", "towards", "toward", "from", "behind",
             "opposite", "around", "beside"}
# time zones the model reads as organisations: "(0500 GMT)"
_TIME_ZONES = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "IST", "JST",
               "KST", "MSK", "EET", "EEST", "AEST", "HKT", "SGT", "WIB", "PKT", "GST", "AST", "ET", "PT"}
_DOCUMENT_WORDS = {"principles", "guidelines", "standards",
                   "accord", "accords", "agreement", "agreements", "treaty", "protocol", "pact",
                   "declaration", "convention", "charter", "communique", "memorandum", "act",
                   "initiative", "plan", "deal", "framework", "resolution", "doctrine", "strategy"}


# the words of a body's name that say what it is but not whose it is
_GENERIC_BODY_WORDS = {
    "high", "supreme", "constitutional", "court", "courts", "national", "assembly", "central", "bank",
    "electoral", "commission", "parliament", "senate", "congress", "police", "armed", "forces", "army",
    "navy", "air", "force", "guard", "coast", "council", "security", "ministry", "cabinet", "federal",
    "intelligence", "service", "agency", "election", "human", "rights", "judiciary", "prosecutor",
    "general", "office", "attorney", "tribunal", "military", "defence", "defense", "foreign", "interior",
    "justice", "finance", "republican", "presidential", "border", "customs", "revolutionary",
    "legislative", "lower", "upper", "house", "chamber", "affairs", "of", "the", "and", "for", "public",
    "prosecution", "appeals", "appeal", "administrative", "anti-corruption", "corruption", "audit",
    "state", "council", "legislature", "people", "people's", "grand"}
_GENERIC_BODY_HEADS = {"court", "assembly", "bank", "commission", "parliament", "senate", "congress",
                       "police", "forces", "army", "navy", "force", "guard", "council", "ministry", "cabinet",
                       "service", "agency", "judiciary", "office", "tribunal", "legislature", "chamber"}


def _generic_body(span: Span) -> bool:
    """'High Court', 'National Assembly', 'Supreme Court': a body's name that needs its
    country to say which one it is."""
    words = [t for t in span if not t.is_punct]
    return bool(words) and all(t.lower_ in _GENERIC_BODY_WORDS for t in words) \
        and words[-1].lower_ in _GENERIC_BODY_HEADS and any(t.is_title for t in words)


def _affairs_office(doc: Doc, start: int, end: int, gaz_hits: list[_Hit], gaz: Gazetteer) -> Mention | None:
    """'Beijing's Taiwan Affairs Office': a country named right before "Affairs" is what the
    office deals with, part of its name; whose office it is comes before that."""
    if doc[start].lower_ != "affairs" or start == 0 or doc[start - 1].tag_ == "POS":
        return None
    first, subject = _country_before(doc, start, gaz_hits, gaz)
    if subject is None or first >= start:
        return None
    _, owner = _country_before(doc, first, gaz_hits, gaz)
    name = doc[first:end].text
    return Mention(first, end, "org", name, iso3=owner, org=Organization(id="", name=name, country=owner),
                   source="country-body")


def _body_name(name: str, country: str) -> str:
    """'High Court' of Kenya is the 'High Court of Kenya' (every country has one); a longer
    name ('Supreme National Security Council') says which body it is by itself."""
    return f"{name} of {country}" if len(name.split()) <= 2 else name


def _body_aliases(name: str, iso3: str, gaz: Gazetteer) -> list[str]:
    """The ways a country's body is written: "Kenya's High Court", "Kenyan High Court"."""
    c = gaz.country(iso3)
    if c is None:
        return []
    out = [f"{c.name}'s {name}", f"{name} of {c.name}", f"{c.name} {name}"]  # (and "the Vietnam Coast Guard")
    if c.demonyms:
        out.append(f"{c.demonyms[0]} {name}")
    return out


# what a maker's or model's name comes before ("MiG fighters", "Cessna aircraft")
# ("fighters" is left out: "Wagner fighters" are a force's men)
_MODEL_HEADS = frozenset({"jet", "aircraft", "plane", "bomber", "helicopter", "missile", "rocket",
                          "drone", "tank", "warship", "submarine", "frigate", "destroyer", "airliner", "interceptor"})


def _country_word_of_movement(ent: Span, mentions: list[Mention], free) -> Mention | None:
    """'the Armenian Revolutionary Federation', 'the Kosovo Liberation Army': for an ORG the
    model tagged whose first word the gazetteer took for a country, followed by two or more
    capitalised words ending in a movement's head word, that country word's mention."""
    s, e = _trim(ent)
    lead = next((mn for mn in mentions if mn.start == s and mn.kind in ("demonym", "country")
                 and mn.source == "gazetteer"), None)
    if lead is None or e - lead.end < 2 or not free(lead.end, e):
        return None
    rest = [t for t in ent.doc[lead.end:e] if t.lower_ not in _LINK_WORDS]
    named = ent.doc[e - 1].lower_ in _MOVEMENT_HEADS | {"federation", "army", "coalition"} \
        and all(t.text[:1].isupper() for t in rest)
    return lead if named else None


def _plausible_org(span: Span, gaz: Gazetteer) -> bool:
    """The small model calls many capitalised words ORG; keep names that look like one."""
    text = span.text
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > 8:
        return False
    if any(t.text in _MONTHS for t in words):
        return False
    if len(words) == 1:
        w = words[0]
        if w.text in _TIME_ZONES:
            return False
        if w.dep_ in ("compound", "nmod") and w.head.i > w.i and w.head.lemma_ in _MODEL_HEADS:
            return False  # "MiG fighters", "Cessna aircraft", "Patriot missiles": a model, not an actor
        if gaz.title(w.text) is not None or w.lower_ in ("state", "house", "treasury", "commerce",
                                                         "defense", "defence", "justice"):
            return False
        if not (w.is_upper and len(w.text) >= 2) and w.pos_ != "PROPN":
            return False
    if gaz.title(text) is not None:
        return False
    if words[-1].lower_ in ("and", "or", "of", "the") or words[-1].pos_ == "ADP":
        return False  # "the Tribunal in the Philippines-China arbitration": the model ran on
    if words[-1].lower_.split("-")[-1] in ("led", "backed", "based", "owned", "run", "sponsored", "brokered",
                                           "funded"):
        return False  # "U.S.-led", "Iranian-backed": a modifier, not a name
    if words[-1].lower_ in _DOCUMENT_WORDS and len(words) > 1:
        return False  # "the Artemis Accords", "the Minsk Agreement": texts, not actors
    # "the National Council for the Safeguard of the Homeland": the small words of a long
    # formal name do not count against it
    content = [t for t in words if t.lower_ not in _LINK_WORDS]
    capital = sum(1 for t in content if t.text[:1].isupper())  # ("PetroChina", "ExxonMobil" too)
    return capital >= max(1, len(content) - 2)
