"""Interactions from the dependency parse.

Verbs from the lexicon give a type; their subjects (nsubj, the agent of a passive, the
controller of an xcomp, the subject shared by conjoined verbs) are the source, and their
objects (dobj, a preposition listed for the verb, conjuncts, appositions) the target.
Event nouns ("talks between X and Y", "X's meeting with Y", "X-Y talks", "held talks with
Y") give consultations. Negated and wished-for events are dropped; announced ones are
planned; rejected requests and cancelled trips give their own events.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from diplograph.extract import lexicon as lx
from diplograph.extract.coref import Entities, _quoted_tokens
from diplograph.extract.docinfo import DATELINE_KEY, lowers, sent_of, sentence_no, sentences
from diplograph.extract.groups import region_of, reporting_verb
from diplograph.extract.mentions import GROUP_WORDS, METONYM_HEADS
from diplograph.records import SYMMETRIC_TYPES

__all__ = ["RawEvent", "find_events"]


@dataclass
class RawEvent:
    type: str
    source: list[str]
    target: list[str]
    trigger: Token
    rule: str
    mode: str | None = None
    status: str = "occurred"
    confidence: float = 0.7
    anchor: Token | None = None  # the word whose clause holds the date/location
    location: str | None = None
    details: list[tuple[str, str]] = field(default_factory=list)
    date_from: Token | None = None  # a word whose clause dates the event before its own


_SUBJ = ("nsubj", "nsubjpass", "csubj")
_HYPOTHETICAL = {"could", "might", "may", "can", "possibly", "perhaps", "maybe", "potentially", "should",
                 "must"}


# those who sign a deal without being party to it: "signed as witnesses"
_WITNESS_NOUNS = frozenset({"witness", "guarantor", "observer"})
# talks whose parties never sit at one table: "indirect talks mediated by Qatar"
_APART_WORDS = frozenset({"indirect", "proximity", "separate", "shuttle", "parallel"})
_MEDIATE_VERBS = frozenset({"mediate", "broker", "facilitate", "host", "sponsor", "convene"})
# what a mediator mediates in: "mediated in the dispute"; its sides are those of the hostile act told last
_DISPUTE_NOUNS = frozenset({"dispute", "conflict", "crisis", "row", "standoff", "stand-off", "feud", "rift",
                            "spat", "quarrel", "war"})
# holding back from a deed: "would refrain from criticising each other", "barred X from attending"
_HOLD_BACK_FROM = frozenset({"refrain", "abstain", "desist", "stop", "prevent", "bar", "ban", "keep", "deter",
                             "dissuade", "prohibit", "block"})
# what a threat says will come: "warned that retaliation would follow"
_REPRISAL_NOUNS = frozenset({"retaliation", "reprisal", "response", "countermeasure", "consequence", "retribution"})
# what a warning says a deed would do to ties: "would seriously damage ties with Russia"
_TIES_HARM_VERBS = frozenset({"damage", "harm", "hurt", "strain", "sour", "jeopardise", "jeopardize", "undermine", "poison"})
# a reply to what was asked just before: "X asked for a delay. Y agreed."
_REPLY_VERBS = frozenset({"agree", "accept", "refuse", "decline", "relent", "comply"})
_PROPOSE_VERBS = frozenset({"propose", "offer", "suggest", "ask", "request", "invite", "urge", "demand"})
_QUARREL_TYPES = frozenset({"ACCUSE", "SANCTION", "ASSAULT", "THREATEN", "COERCE", "REJECT", "MOBILIZE"})


# who carries out what a government orders: "ordered the army / troops / the navy to ..."
_OWN_FORCE_WORDS = frozenset({"military", "army", "navy", "troops", "forces", "force", "police", "coast",
                              "guard", "guards", "air", "soldiers", "jets", "warplanes", "warships"})
_ORDER_VERBS = frozenset({"order", "instruct", "direct", "command", "authorize", "authorise"})


def _orders_own_forces(v: Token) -> bool:
    """'ordered the U.S. military to deliver aid', 'ordered troops to withdraw'."""
    return v.lemma_ in _ORDER_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_ in _OWN_FORCE_WORDS or c.lower_ in _OWN_FORCE_WORDS
                              # "ordered his government to halt all flights to X"
                              or c.lemma_ in ("government", "cabinet", "ministry") and any(
                                  p.dep_ == "poss" and p.lower_ in ("his", "her", "its", "their") for p in c.children))
        for c in v.children)


# what a leader orders or sends to a border: "ordered ten battalions to the frontier"
_TROOP_UNITS = frozenset({"battalions", "battalion", "troops", "soldiers", "tanks", "units", "brigades", "brigade",
                          "divisions", "forces", "warships", "jets", "aircraft", "force", "army", "military"})
# what a government says will be done to someone: "said X would be arrested"
_THREAT_PASSIVES = frozenset({"arrest", "detain", "prosecute", "punish", "jail", "imprison", "hang", "execute",
                              "expel", "suspend", "sanction", "isolate", "target", "attack"})
# what is expressed or reaffirmed to someone one backs: "expressed gratitude to X"
_SUPPORT_OBJECTS = frozenset({"commitment", "support", "solidarity", "backing", "gratitude", "thanks",
                              "appreciation", "loyalty", "allegiance"})
_ACCESSION_NOUNS = frozenset({"accession", "membership", "bid", "application", "admission", "entry"})
_PART_NOUNS = frozenset({"part", "element", "provision", "clause", "term", "terms", "aspect", "section", "plank",
                         "condition", "conditions", "article"})


def _deal_part_of(o: Token) -> Token | None:
    """'a key part of the deal', 'the terms of the accord': the deal."""
    if o.lemma_ not in _PART_NOUNS and o.lower_ not in _PART_NOUNS:
        return None
    return next((p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and (p.lemma_ in _DEAL_NOUNS or p.lower_ in _DEAL_NOUNS)), None)


# wrongs one commits: "said both parties had committed serious violations"
_WRONG_NOUNS = frozenset({"violation", "crime", "atrocity", "abuse", "massacre", "genocide", "aggression",
                          "breach", "offence", "offense", "provocation", "war"})


def _commits_wrong(v: Token) -> bool:
    return v.lemma_ in ("commit", "perpetrate") and any(
        o.dep_ == "dobj" and o.lemma_ in _WRONG_NOUNS for o in v.children)


def _cancels(v: Token) -> bool:
    """'cancelled', 'postponed', 'called off', 'put off': a verb that undoes a plan."""
    return _is(v, lx.CANCEL_VERBS) or v.lemma_ in ("call", "put") and any(
        c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in v.children)


def _is(t: Token, words) -> bool:
    """Lemma test that survives the lemmatizer's slips ("hoped" -> "hop")."""
    low = t.lower_
    if t.lemma_.lower() in words or low in words:
        return True
    for suffix in ("ed", "d", "es", "s", "ing"):
        if low.endswith(suffix) and (low[: -len(suffix)] in words or low[: -len(suffix)] + "e" in words):
            return True
    return False
_OBJ_CONTROL = lx.ASK_VERBS | {"invite", "help", "allow", "encourage", "persuade", "leave", "prompt",
                                "force", "compel", "lead", "cause", "push", "drive", "spur", "get"}
# nouns for a deed just told, the verbs that tell it and the event types it may be:
# "the EU adopted sanctions ... Beijing protested the move"
_DEED_VERBS: dict[str, tuple[str, ...]] = {
    "move": (), "decision": ("decide", "rule"), "step": (), "measure": ("impose", "adopt", "introduce", "announce"),
    "sanction": ("impose", "adopt", "announce", "slap", "extend"), "launch": ("launch", "fire", "test"),
    "test": ("test", "launch", "fire"), "remark": ("say", "tell", "call"), "comment": ("say", "tell"),
    "statement": ("say", "issue"), "announcement": ("announce",), "action": (), "plan": ("plan", "announce"),
    "deployment": ("deploy", "send"), "drill": ("hold", "conduct", "stage", "launch"),
    "release": ("release", "free"), "withdrawal": ("withdraw", "pull"),
    "exercise": ("hold", "conduct", "stage", "launch"),
    "incursion": ("cross", "enter"), "arrest": ("arrest", "detain"), "expulsion": ("expel",),
    "proposal": ("propose",), "initiative": ("launch", "propose"),
    # asks and offers: "rejected the offer", "turned down the invitation"
    "offer": ("offer", "propose"), "request": ("request", "ask"), "demand": ("demand",),
    "invitation": ("invite",), "ultimatum": ("issue", "give", "set"),
    "proclamation": ("proclaim", "announce", "declare", "say"), "decree": ("decree", "issue", "sign"),
    "call": ("phone", "call", "telephone", "speak"),
    "ruling": ("rule",), "verdict": ("rule",), "award": ("rule",),
    # what a vote or a decision came to: "welcomed the outcome"
    "outcome": ("vote", "decide", "rule", "agree"), "result": ("vote", "decide", "rule", "agree"),
    "vote": ("vote",),
    # acts named by their noun: "the visit", "the raid", "the killings", "the relocation"
    "visit": ("visit", "tour"), "trip": ("visit", "travel", "tour"), "raid": ("raid", "storm", "attack", "strike", "bomb"),
    "killing": ("kill", "shoot"), "relocation": ("move", "relocate", "remove"), "removal": ("remove", "move", "oust", "depose", "topple", "overthrow"),
    "storming": ("storm",), "shelling": ("shell",), "bombing": ("bomb",), "annexation": ("annex",),
    "detention": ("detain", "arrest"),
    # ("the attack" names any blow the story told: "shelled the island ... condemned the attack")
    "attack": ("attack", "strike", "hit", "shell", "bomb", "bombard", "raid", "storm", "fire", "shoot", "torpedo",
               "sink", "ram"),
    "strike": ("strike", "hit", "bomb", "shell", "fire"), "assault": ("assault", "attack", "storm"),
    "offensive": ("launch",), "invasion": ("invade",), "airstrike": ("strike", "hit"), "sinking": ("sink",),
    "bombardment": ("bombard", "shell"),
    # acts of force or repression named by their noun: "condemned the executions", "the coup"
    "execution": ("execute", "hang", "kill"), "hanging": ("hang", "execute"), "crackdown": ("crack",),
    "occupation": ("occupy", "seize", "capture"), "takeover": ("seize", "take"), "seizure": ("seize", "capture"),
    "coup": ("seize", "topple", "oust", "overthrow", "depose", "detain"), "ouster": ("oust", "topple", "depose"),
    "blockade": ("blockade", "impose", "close"), "closure": ("close", "shut"), "suspension": ("suspend",),
    "diversion": ("divert", "force"), "landing": ("force", "divert", "land"),
    # deeds of state named by their noun: "called the purchase illegal", "the shootdown an act of cowardice"
    "purchase": ("buy", "purchase", "nationalise", "nationalize"), "nationalisation": ("nationalise",),
    "nationalization": ("nationalize",), "shootdown": ("shoot", "down"), "reversal": ("reverse",),
    # what happened just before, named vaguely: "called the incident outrageous"
    "incident": (), "downing": ("down", "shoot"), "shooting": ("shoot",),
    "imprisonment": ("jail", "imprison"), "abduction": ("abduct", "kidnap", "seize"),
    "kidnapping": ("kidnap", "abduct", "seize"),
}
# verbs of a conclusion reached: "believed Russia was responsible"
_FINDING_VERBS = frozenset({"believe", "conclude", "assess", "determine", "think", "judge"})
# journeys told under way ("flying to", "heading for"): the visit is still to come
_UNDER_WAY_MOVES = frozenset({"fly", "head", "travel", "sail", "drive", "journey", "go"})


def _under_way(v: Token) -> bool:
    """'Trump, flying to Singapore for Tuesday's meeting, said ...': a journey told as under
    way (not 'before flying to X', nor 'flying to Jeddah on June 6', told with its own date)."""
    return v.tag_ == "VBG" and v.lemma_ in _UNDER_WAY_MOVES and v.dep_ in ("advcl", "acl", "ROOT", "conj") \
        and not any(c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE" or c.dep_ == "prep" and any(
            p.ent_type_ == "DATE" for p in _prep_objects(c)) for c in v.children)


# measures a state warns it may take against another: "could cut ties with", "might stop talking to"
_OWN_MEASURE_VERBS = frozenset({"cut", "stop", "downgrade", "recall", "close", "end", "withdraw", "break", "review",
                                "reconsider", "boycott", "shut", "tear", "terminate", "abandon"})
# what a conditional threat promises: "would respond if ...", "would not hesitate to nullify it if ..."
_PUNISH_VERBS = frozenset({"respond", "retaliate", "strike", "hit", "attack", "punish", "nullify", "scrap",
                           "cancel", "revoke", "sanction", "return", "intervene", "destroy", "react", "act",
                           "annul", "suspend", "invade", "bomb", "target", "impose", "expel", "sever",
                           "freeze", "ban", "halt", "tighten", "blockade"})
# "what X called / described as ...": a label inside a free relative
_LABEL_VERBS = frozenset({"describe", "call", "term", "dub", "characterise", "characterize", "label"})
# a statement made together is a commitment made together: "said in a joint declaration"
_JOINT_STATEMENT_VERBS = frozenset({"say", "state", "announce", "declare", "issue", "release", "adopt", "publish",
                                    "pledge", "agree", "vow", "affirm", "reaffirm", "express"})
_STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "letter"})
# verbs whose complement is promised, not yet done ("pledged to work together")
_COMMITMENT_VERBS = frozenset({"pledge", "vow", "promise", "agree", "commit", "undertake", "resolve", "decide",
                               "intend", "plan", "hope", "want", "seek", "offer"})
# "declined to comment on the call": silence about something, no rejection of anyone
_NO_COMMENT_VERBS = frozenset({"comment", "speculate", "elaborate", "confirm", "disclose", "say", "specify",
                               "identify", "name"})
# nouns that name others by how they stand to the owner: "criticised Greece's partners"
_RELATION_NOUNS = frozenset({"partner", "ally", "neighbour", "neighbor", "critic", "rival", "opponent", "enemy", "foe",
                             "adversary", "friend", "backer", "supporter", "sponsor", "patron", "proxy"})
# what a country hosts without meeting anyone
_STATIONED_NOUNS = frozenset({"troop", "soldier", "force", "base", "personnel", "contingent", "refugee", "migrant",
                              "fighter", "mercenary", "garrison", "missile", "warship", "aircraft", "jet", "drone"})
# what is released by publishing it
_PUBLISHED_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "letter", "video", "message",
                              "report", "document", "figure", "data", "footage", "photo", "photograph", "image",
                              "recording", "transcript", "text", "finding", "result", "detail", "list", "plan",
                              "budget", "memo", "note", "readout", "tape", "audio", "book", "album", "film"})
_DEED_TYPES: dict[str, tuple[str, ...]] = {
    "sanction": ("SANCTION",), "measure": ("SANCTION", "COERCE"), "launch": ("ASSAULT", "MOBILIZE"),
    "test": ("ASSAULT", "MOBILIZE"), "arrest": ("COERCE",), "seizure": ("COERCE",), "expulsion": ("SANCTION",),
    "deployment": ("MOBILIZE",), "drill": ("MOBILIZE", "COOPERATE"), "exercise": ("MOBILIZE", "COOPERATE"),
    "remark": (), "comment": (), "statement": (), "plan": (), "decision": (), "proposal": (), "initiative": (),
    "offer": (), "request": (), "demand": (), "invitation": (), "ultimatum": (), "proclamation": (), "decree": (),
    "announcement": (), "call": ("CONSULT",), "ruling": (), "verdict": (), "award": (),
    "release": ("CONCEDE",), "withdrawal": ("RETREAT",),
    "visit": ("CONSULT",), "trip": ("CONSULT",), "raid": ("ASSAULT", "COERCE"), "killing": ("ASSAULT",),
    "relocation": (), "removal": (), "storming": ("ASSAULT",), "shelling": ("ASSAULT",), "bombing": ("ASSAULT",),
    "annexation": ("COERCE", "ASSAULT"), "detention": ("COERCE",),
    "attack": ("ASSAULT",), "strike": ("ASSAULT",), "assault": ("ASSAULT",), "offensive": ("ASSAULT",),
    "invasion": ("ASSAULT",), "incident": ("ASSAULT", "COERCE"), "airstrike": ("ASSAULT",), "sinking": ("ASSAULT",), "bombardment": ("ASSAULT",),
    "execution": ("ASSAULT",), "hanging": ("ASSAULT",), "crackdown": ("ASSAULT", "COERCE"), "occupation": ("COERCE", "ASSAULT"),
    "takeover": ("COERCE", "ASSAULT"), "coup": ("COERCE", "ASSAULT"), "ouster": ("COERCE",),
    "blockade": ("COERCE", "SANCTION"), "closure": ("SANCTION", "COERCE"), "suspension": ("SANCTION",),
    "diversion": ("COERCE",), "landing": ("COERCE",), "downing": ("ASSAULT",), "shooting": ("ASSAULT",),
    "imprisonment": ("COERCE",), "abduction": ("COERCE",), "kidnapping": ("COERCE",),
}


def _dated_possessor(t: Token) -> bool:
    """"Thursday's ruling", "Sunday's outcome": a day owning a deed points back like 'the'."""
    return t.dep_ == "poss" and t.ent_type_ in ("DATE", "TIME")


def _deed_word(t: Token) -> str:
    """The deed a noun names, read from its form when the tagger took the noun for a verb or
    an adjective ('the forced landing', 'the shelling')."""
    return t.lower_ if t.lemma_ not in _DEED_VERBS and t.lower_ in _DEED_VERBS else t.lemma_

# the noun of an expulsion ordered or announced: "ordered the expulsion of the German ambassador"
_EXPULSION_NOUNS = frozenset({"expulsion", "expulsions", "ouster"})
# what a court hands down: whose it is, when no one else is named
_VERDICT_NOUNS = frozenset({"ruling", "verdict", "award", "judgment", "judgement"})
# what two sides write to each other: "exchanged letters", "exchanged messages"
_WRITTEN_NOUNS = frozenset({"letter", "message", "note", "correspondence", "greeting", "cable"})
# what two sides send each other in negotiating: "exchanged proposals through mediators"
_PROPOSAL_NOUNS = frozenset({"proposal", "offer", "draft", "counterproposal", "counter-proposal"})
# who speak for a state at a table: "talks between the Chinese and Indian delegations"
_DELEGATION_NOUNS = frozenset({"delegation", "team", "negotiator", "official", "envoy", "diplomat", "side",
                               "commander", "representative"})
# what is only proposed or imagined: "the idea of X joining the talks", "the prospect of a visit"
_IDEA_NOUNS = frozenset({"idea", "prospect", "possibility", "notion", "suggestion", "proposal", "option"})
# what keeps another from a deed: "warned X against joining", "barred Y from entering"
_DETER_VERBS = frozenset({"warn", "caution", "dissuade", "discourage", "deter", "bar", "ban", "prevent", "stop",
                          "block", "prohibit", "forbid", "restrain", "advise"})
# another's deeds a state can oppose: "opposes the U.S. sanctions", "opposed Japan's decision"
_DEED_NOUNS_OPPOSED = frozenset({"sanction", "decision", "move", "plan", "policy", "deployment", "release",
                                 "sale", "visit", "measure", "restriction", "tariff", "ban", "action", "step"})
# verbs whose object is what was talked of: "discussed Taiwan", "reviewed ties with X"
_TOPIC_VERBS = frozenset({"discuss", "debate"})
# occasions given for a guest: "held a welcome ceremony for X", "a state banquet in honour of Y"
_HONOURING_NOUNS = frozenset({"ceremony", "banquet", "dinner", "lunch", "luncheon", "reception", "welcome"})
# what is done to others' texts: "blocked a statement criticising X", "vetoed a resolution"
_STOPPED_TEXT_VERBS = frozenset({"block", "veto", "reject", "oppose", "delay", "stall", "boycott", "dismiss",
                                 "scupper", "derail", "torpedo", "obstruct", "stymie", "thwart", "prevent"})
# what readouts say two sides exchanged when they talked: "exchanged views on the situation"
_VIEW_NOUNS = frozenset({"view", "opinion", "idea", "pleasantry", "perspective", "assessment"})
# what a deal does that asks something of someone: "the accord calls for a UN force"
_DEAL_ASKS = frozenset({"call", "urge", "require", "demand", "ask", "oblige", "obligate"})
# those a host receives, told as a party: "hosted the group", "received the delegation"
_VISITING_PARTY = frozenset({"group", "delegation", "delegations", "visitors", "guests", "leaders", "mediators"})
# what a deed is said not to be, in condemning it: "the removal was not legal"
_PROPER_WORDS = frozenset({"legal", "lawful", "legitimate", "acceptable", "justified", "valid", "constitutional",
                           "appropriate", "helpful", "constructive"})
# what one is when one disapproves of another's deed: "deeply concerned by", "alarmed at"
_CONCERN_WORDS = frozenset({"concerned", "alarmed", "disturbed", "dismayed", "troubled", "worried", "appalled",
                            "outraged", "shocked", "disappointed", "saddened", "deplored", "incensed"})
# taking people into custody: told without a doer, done by a state (events._custodian)
_CUSTODY_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict"})
# a state's governing body told without its name, standing for the state the story is about
_BARE_STATE_NOUNS = frozenset({"government", "regime", "authorities"})
# what a government told without its country may be: "the interim government"
_GOVERNMENT_QUALIFIERS = frozenset({"new", "interim", "transitional", "caretaker", "military", "federal",
                                    "central", "national", "current", "civilian"})
# bodies of a state that speak to its own government: "the parliament called on the government"
_HOME_BODY_WORDS = frozenset({"parliament", "assembly", "court", "congress", "senate", "duma", "knesset",
                              "party", "opposition", "legislature"})
# offices of a state's executive, whose holders speak for it (not to it) and ask other states
_EXECUTIVE_ROLES = frozenset({"head", "vice-head", "government", "vice-government", "foreign", "defense",
                              "commerce", "finance", "trade", "interior", "security", "spokesperson", "diplomat",
                              "ambassador", "minister", "secretary", "royal", "crown", "military", "intelligence",
                              "justice", "state-council"})
# what a person's possessive makes his state: "his country", "her government"
_OWN_STATE_NOUNS = frozenset({"country", "nation", "government", "administration", "cabinet", "regime"})
# the people or body through whom a court speaks: "the judges", "the five-judge panel", "a tribunal"
_BENCH_WORDS = frozenset({"judges", "justices", "arbitrators", "panel", "bench", "tribunal"})
# what one is given that reassures: "received assurances from X", "won a pledge from Y"
# (a promise to do something is no support: "winning a promise from X to resettle the displaced")
_ASSURANCE_NOUNS = frozenset({"assurance", "guarantee", "reassurance"})
_GETTING_VERBS = frozenset({"receive", "get", "win", "secure", "obtain", "extract", "gain"})
# nouns that refer back to an organisation: "the group said", "the bloc agreed"
_ORG_ANAPHORS = frozenset({"group", "bloc", "alliance", "movement", "organisation", "organization",
                           "militants", "union", "coalition", "body"})
# nouns that refer back only to a body whose name holds them: "the council" (the Security
# Council), "the court", "the parliament", "the commission"
_NAMED_BODY_ANAPHORS = frozenset({"council", "court", "parliament", "assembly", "commission", "committee",
                                  "agency", "tribunal", "congress", "senate", "fund", "bank", "union",
                                  "alliance", "movement", "front", "forces", "party", "army", "military",
                                  "navy", "police", "militia", "league"})
# what an allegation says happened has not been shown to: "accusations that X armed Y"
_ALLEGATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "suspicion", "rumour",
                               "rumor", "assertion", "insinuation"})
# what a denial calls a charge: "said the allegations were baseless"
_FALSE_WORDS = frozenset({"baseless", "unfounded", "false", "groundless", "untrue", "absurd", "ridiculous",
                          "lie", "lies", "fabrication", "fabrications", "fabricated", "nonsense", "fiction", "slander"})
# what one does about sanctions that hit it: "blamed sanctions imposed by the US"
_COMPLAIN_VERBS = frozenset({"blame", "criticise", "criticize", "condemn", "denounce", "decry", "protest", "slam",
                             "deplore", "cite"})
# what forces are sent to do against someone: "moved in to confront the Turkish advance"
_CONFRONT_VERBS = frozenset({"confront", "counter", "repel", "deter", "face", "block", "fight", "halt", "stop",
                             "check", "resist", "repulse", "intercept", "push"})
# what leaders do in public side by side: "announced the deal alongside his counterpart"
_APPEARANCE_VERBS = frozenset({"announce", "unveil", "present", "sign", "speak", "address", "brief", "appear",
                               "stand", "launch", "inaugurate", "open", "declare", "lay"})
# the closing denial of an accusation: "..., a charge Somalia denied", "a claim Tbilisi rejects"
_DENIAL_WORDS = frozenset({"denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "dismisses",
                           "disputed", "disputes", "refuted", "refutes"})
_ALLEGE_VERBS = frozenset({"accuse", "blame", "suspect", "charge", "allege", "fault", "deny", "criticise",
                           "criticize", "condemn", "denounce", "indict", "convict"})
# giving way to another's pressure: "yielding to pressure from X", "bowed to X's demands"
_GIVE_WAY_VERBS = frozenset({"yield", "bow", "cave", "succumb", "bend", "capitulate", "relent"})
_PRESSURE_NOUNS = frozenset({"pressure", "demand", "demands", "pressures", "ultimatum", "calls"})
# verbs that ask "both sides" something: the asker is on neither
_SIDE_ASKING_VERBS = frozenset({"urge", "call", "press", "appeal", "ask", "encourage", "exhort", "implore", "tell"})
# what one calls a deed in naming it: "described the crackdown as ethnic cleansing"
_NAMING_VERBS = frozenset({"describe", "call", "brand", "label", "term", "dub"})
# verbs of reported speech
_SAY_VERBS = frozenset({"say", "add", "insist", "stress", "argue", "note", "declare", "state",
                        "tell", "speak", "write", "announce", "assert", "emphasise", "emphasize",
                        # what is told as a charge is told all the same: "alleged that X had sheltered ..."
                        "claim", "allege", "contend"})
# nouns for a place in a country: "the Japanese capital", "the Russian resort city"
_SETTLEMENTS = frozenset({"capital", "city", "town", "port", "village", "region", "province",
                          "island", "resort", "base", "border", "territory", "soil", "airspace", "waters"})
# plural nouns for countries already named: "the two neighbours", "both rivals"
_PAIR_NOUNS = frozenset({"neighbours", "neighbors", "rivals", "allies", "foes", "adversaries", "states",
                         "capitals", "partners", "enemies", "powers", "parties", "sides", "countries",
                         "nations", "governments"})
# what one rejects of another's: "vetoed X's resolution", "blocked X's membership bid"
_BLOCKABLE = frozenset({"entry", "admission", "resolution", "plan", "bill", "motion", "draft", "bid", "initiative", "ruling", "decision",
                        "offer", "proposal", "request", "demand", "membership", "accession", "application",
                        "candidacy", "nomination", "package"})
# what a denial denies: "denied any involvement"
_INVOLVEMENT_NOUNS = frozenset({"involvement", "role", "responsibility", "wrongdoing", "link", "links", "part",
                                "complicity", "culpability", "knowledge"})
# verbs whose 'it' opens an impersonal clause: "It is unclear", "It remains to be seen"
_EXPLETIVE_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "make", "have", "happen", "matter",
                                 "mean", "cost", "come", "follow", "rain", "get", "become", "look", "sound"})
# assent a party can withhold: "left without signing the accord"
_WITHHELD_ASSENT = frozenset({"sign", "accept", "endorse", "initial", "ratify", "approve"})
# ... and papers that are put up for it
_SIGNED_PAPERS = frozenset({"declaration", "document", "text", "communique", "communiqué", "roadmap", "resolution",
                            "charter", "protocol", "draft"})
_AVERT_VERBS = frozenset({"avoid", "prevent", "avert", "risk", "fear", "warn", "threaten", "forestall", "stave"})
# a war only spoken of: "the incitement of war between A and B", "the brink of war", "the risk of war"
_UNFOUGHT_WAR_HEADS = frozenset({"incitement", "threat", "threats", "risk", "risks", "danger", "spectre", "specter",
                                 "fear", "fears", "brink", "verge", "edge", "likelihood", "avoidance", "prevention",
                                 "warning", "warnings", "talk", "drums"})
# verbs that conclude an agreement: "the deal signed between A and B"
_SEAL_VERBS = frozenset({"sign", "reach", "strike", "conclude", "seal", "ink", "agree", "finalise", "finalize"})
_UNVEIL_VERBS = frozenset({"announce", "unveil", "launch", "forge"})
# armed conflict two sides wage on each other
_WAR_NOUNS = frozenset({"war", "wars", "conflict", "fighting", "clashes", "hostilities", "battles", "skirmishes"})
# what a threat promises: "vowed to retaliate against X"
_RETALIATE_VERBS = frozenset({"retaliate", "respond", "punish", "avenge", "strike", "hit", "attack", "crush", "veto",
                              "destroy", "eliminate"})
# what one travels to do to someone face to face: "flew to Banjul to persuade Jammeh"
_IN_PERSON_VERBS = frozenset({"ask", "urge", "press", "persuade", "convince", "lobby", "brief", "meet", "see",
                              "tell", "implore", "plead", "reassure", "congratulate", "thank"})
# what one is asked to do and may refuse: "declined to apologise", "refused to resign"
_ASKED_DEEDS = frozenset({"apologise", "apologize", "resign", "comply", "step", "withdraw", "leave", "retract",
                          "recant"})
# what one sends that speaks for the sender: "sent X a message praising ..."
_MESSAGE_NOUNS = frozenset({"message", "letter", "note", "telegram", "cable", "statement", "declaration",
                            "communique", "communiqué"})
_SENDING_VERBS = frozenset({"send", "deliver", "write", "address", "dispatch", "pen",  # (not "blocked a statement")
                            "issue", "release", "publish"})  # "issued a statement backing the alliance's action"
# what one says to whom one addresses: told "in a phone call", the addressee was on the line
_ADDRESSING_VERBS = _IN_PERSON_VERBS - {"meet", "see"} | {
    "warn", "assure", "inform", "invite", "remind", "caution", "encourage", "notify", "update"}
# a law and what makes one: who signs a bill imposing sanctions imposes them
_LAW_NOUNS = frozenset({"bill", "law", "act", "legislation", "decree", "order", "resolution"})
_ENACT_VERBS = frozenset({"sign", "pass", "enact", "approve", "adopt", "issue"})
# what a state hands to another when it gives up a place
_CONTROL_NOUNS = frozenset({"control", "sovereignty", "territory", "administration", "jurisdiction", "custody"})
# what a state withholds to keep a person out
_ENTRY_NOUNS = frozenset({"visa", "entry", "accreditation"})
# where words are said: "attacked X in a speech"
_WORDS_VENUES = frozenset({"speech", "statement", "interview", "remark", "address", "article", "tweet", "post",
                           "editorial", "broadcast", "twitter", "column", "rally", "briefing", "comment"})
# people met as a group, some of them then named: "met congressional leaders, including X"
_GROUP_OF_PEOPLE = frozenset({"leader", "official", "minister", "lawmaker", "legislator", "representative",
                              "envoy", "diplomat", "counterpart", "delegation", "member", "president", "senator"})
# putting up money for a state: "assembled a $50 billion package for Mexico"
_FUNDING_VERBS = frozenset({"assemble", "arrange", "approve", "raise", "increase", "provide", "give", "extend",
                            "offer", "allocate", "earmark", "commit", "unveil", "announce", "grant"})
_FUNDS_NOUNS = frozenset({"package", "bailout", "loan", "credit", "grant", "aid", "assistance", "funding",
                          "financing", "lending"})
# what a state hosts of a movement when it gives it a haven: "hosts the Polisario's leadership"
_HAVEN_NOUNS = frozenset({"leadership", "headquarters", "office", "bureau", "politburo"})
# getting in touch with someone, to ask something of them
_CONTACT_VERBS = frozenset({"telephone", "phone", "call", "speak", "talk", "meet", "write"})
# what one urges on parties to a quarrel
_CALM_NOUNS = frozenset({"restraint", "calm", "moderation", "caution", "patience"})
# what a pact is declared when a party renounces it
_VOID_WORDS = frozenset({"null", "void", "invalid", "defunct", "nullified"})
# what a state does with an envoy: his or his host's
_ENVOY_MOVES = frozenset({"summon", "recall", "withdraw", "expel", "call"})
# one sitting that holds everyone it is "with" ("a call with A and B"; not "talks with A and B")
_JOINT_NOUNS = frozenset({"call", "meeting", "conversation", "dinner", "lunch", "session", "summit"})
# what one does with a meeting one holds: "followed up with talks with X", "began with a call to Y"
_OPENING_VERBS = frozenset({"follow", "open", "begin", "start", "end", "close", "conclude", "wrap", "continue"})
# ways of coming out of a meeting: who does so was in it
_LEAVING_VERBS = frozenset({"leave", "emerge", "exit", "walk", "storm", "step", "come"})
# going somewhere for talks is holding them ("arrived for talks with X"); calling for them is not
_GATHER_VERBS = frozenset({"arrive", "travel", "fly", "come", "go", "head", "gather", "convene", "sit", "return",
                           "land", "meet", "stay", "remain", "be"})
# reactions to a deed just told: "..., which China criticised"
_REACT_VERBS = frozenset({"criticise", "criticize", "condemn", "denounce", "slam", "welcome", "praise", "hail",
                          "applaud", "decry", "deplore", "protest", "support", "back", "endorse", "reject", "oppose"})
# people held by the other side, whose handing over is a concession
_CAPTIVE_NOUNS = frozenset({"prisoner", "prisoners", "hostage", "hostages", "pilot", "soldier", "soldiers", "detainee",
                            "detainees", "captive", "captives", "national", "nationals", "citizen", "citizens",
                            "body", "bodies", "remains", "women", "children", "fighters", "sailors", "crew",
                            "fishermen", "israelis", "palestinians", "suspect", "suspects"})
# light verbs of a speech act and the act's type: "issued a warning to X"
_ISSUE_VERBS = frozenset({"issue", "give", "send", "deliver", "extend", "lodge", "make", "file", "convey",
                          "relay", "pass", "submit", "present", "hand"})
# taking a state to law: "filed a case against X", "brought a suit against Y"
_FILING_VERBS = frozenset({"file", "bring", "lodge", "launch", "initiate", "institute", "submit"})
_CASE_NOUNS = frozenset({"case", "lawsuit", "suit", "proceedings", "proceeding", "action", "petition"})
_SPEECH_NOUNS: dict[str, str] = {
    "warning": "THREATEN", "ultimatum": "THREATEN", "threat": "THREATEN",
    "invitation": "REQUEST", "request": "REQUEST", "appeal": "REQUEST", "demand": "REQUEST", "plea": "REQUEST",
    "protest": "ACCUSE", "complaint": "ACCUSE", "reprimand": "ACCUSE", "rebuke": "ACCUSE", "demarche": "ACCUSE",
    "note": "ACCUSE", "apology": "CONCEDE", "apologies": "CONCEDE",
}


def _speech_act_noun(t: Token) -> Token | None:
    """The speech act a light verb's object names: "a warning", "a list of 13 demands"."""
    if t.lemma_ in ("list", "set", "series", "raft", "number", "string", "letter", "message", "note"):
        # ("a letter of apology", "a note of protest")
        held = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj" and p.lemma_ in _SPEECH_NOUNS), None)
        if held is not None:
            return held
    return t if t.lemma_ in _SPEECH_NOUNS else None


# what a court or an authority decides, which a party may refuse to accept
_RULING_NOUNS = frozenset({"ruling", "verdict", "decision", "award", "judgment", "judgement", "jurisdiction",
                           "authority", "arbitration"})


def _denied(v: Token) -> bool:
    """'did not accept', 'never recognised', 'neither accepted nor recognised', 'refused to
    recognise': the verb is negated."""
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't", "neither") for c in v.children):
        return True
    if any(c.lower_ == "nor" and c.dep_ == "cc" for c in v.head.children) and v.dep_ == "conj":
        return True  # "neither accepted nor recognised": the second verb
    return v.dep_ == "xcomp" and v.head.lemma_ in ("refuse", "decline")


# time given to comply: "gave the junta seven days to ..."
_DEADLINE_NOUNS = frozenset({"day", "hour", "week", "month", "deadline", "ultimatum", "minute"})
# handing these over in person is meeting whom they are handed to
_HAND_VERBS = frozenset({"present", "hand", "deliver", "submit"})
_HANDED_PAPERS = frozenset({"credentials", "credential", "letter", "message", "document", "instrument"})
# what one calls a deed to condemn it: "called the attack barbarism"
_PEJORATIVE = frozenset({"concerning", "worrying", "troubling", "alarming", "reprehensible", "deplorable", "abhorrent", "heinous", "despicable", "appalling",
                         "partisan", "biased", "disproportionate", "excessive", "unprovoked", "unlawful", "irrational", "escalatory",
                         "dangerous", "unjustified", "unjustifiable", "unfounded", "baseless", "absurd", "regrettable",
                         "barbarism", "barbaric", "crime", "criminal", "terrorism", "terrorist", "aggression",
                         "betrayal", "provocation", "provocative", "failure", "violation", "disgrace", "outrage",
                         "outrageous", "atrocity", "massacre", "genocide", "mistake", "blunder", "lie", "farce",
                         "sham", "travesty", "unacceptable", "irresponsible", "reckless", "illegal", "hostile", "breach",
                         "act", "insult", "affront", "threat", "blackmail", "piracy", "hypocrisy", "nonsense",
                         "encroachment", "interference", "meddling", "destabilising", "destabilizing", "problem",
                         "disgusting", "shameful", "scandalous", "cynical", "unfriendly", "inadmissible",
                         "intolerable", "blasphemous", "sacrilegious", "shocking", "stab", "backstab", "treachery", "duplicity", "slap", "unforgivable",
                         "inexcusable", "indefensible", "unconscionable", "cowardly", "vile", "inhumane", "senseless",
                         "horrific", "monstrous", "savage", "barbarous", "error", "wrong", "erroneous", "mistaken",
                         "manipulation", "danger", "menace", "puppet", "lapdog", "stooge", "dictator", "tyrant",
                         "liar", "traitor", "aggressor", "warmonger", "thug", "illegitimate", "dictatorship",
                         "usurper", "fraudulent", "rigged", "invalid", "unconstitutional", "undemocratic",
                         "dictatorial", "corrupt", "rogue", "pariah", "dishonest", "insulting", "offensive",
                         "inappropriate", "unhelpful", "counterproductive", "rude", "disrespectful",
                         "undiplomatic", "arrogant", "coup", "putsch", "bad", "worst",
                         "murder", "murderous", "brutal", "brutality", "cruel", "unjust", "unfair", "bullying",
                         "bully", "coercion", "extortion", "persecution", "repression", "oppression", "hysteria",
                         "propaganda", "fabrication", "hoax", "slander", "smear", "lawless"})
# what one calls a settlement to praise it: "called the agreement a victory for diplomacy"
_LAUDATORY = frozenset({"victory", "step", "model", "example", "breakthrough", "milestone", "success", "triumph",
                        "achievement", "landmark", "historic", "positive", "encouraging", "important", "significant",
                        "good", "great", "win", "dawn", "chapter", "opportunity", "contribution", "hope",
                        "boost", "turning", "brave", "courageous", "welcome"})
# fighting told as mutual: "A and B fought two wars", "A clashed with B" (with "against": directed)
_FIGHT_VERBS = frozenset({"fight", "clash", "battle", "skirmish"})
_FOUGHT_NOUNS = frozenset({"war", "battle", "conflict", "skirmish", "fight"})  # what is fought, by lemma
# stopping hostilities is a retreat: "halted attacks on X"
_HALT_VERBS = frozenset({"halt", "stop", "cease", "suspend", "end", "pause", "scale", "curb", "call"})
_HOSTILITY_NOUNS = frozenset({"attack", "attacks", "strike", "strikes", "offensive", "hostilities", "fighting",
                              "bombing", "bombardment", "shelling", "raids", "raid", "operations", "assault",
                              "airstrikes", "incursions"})
# praising a settlement supports the parties to it
_PRAISE_VERBS = frozenset({"welcome", "hail", "applaud", "praise", "laud", "commend", "salute", "celebrate",
                           "endorse", "back", "support", "cheer"})
# what a reaction welcomes when it names no owner: "welcomed the outcome"
_OUTCOME_NOUNS = frozenset({"outcome", "result", "announcement", "news", "meeting", "talk", "summit", "step",
                            "signing"})
_DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire", "rapprochement",
                         "reconciliation", "normalisation", "normalization", "declaration", "breakthrough",
                         "detente", "armistice", "settlement", "thaw", "understanding"})
# passives whose patients were brought into an affair, at someone's request or invitation
_BROUGHT_IN_VERBS = frozenset({"draw", "bring", "invite", "call", "send", "deploy", "dispatch", "involve", "summon"})
# verbs of movement that only troops and their machines make a trip of (a person "entered" talks)
_FORCES_ONLY_MOVES = frozenset({"enter", "roll", "pour", "advance"})
# words that make troops crossing a border an attack rather than a movement
_FIGHTING_WORDS = frozenset({"attack", "kill", "invade", "invasion", "offensive", "assault", "shell", "bomb",
                             "fight", "battle", "clash", "raid", "storm", "war", "operation", "incursion"})
# armed people and their weapons stand for whoever owns them: "Hamas gunmen stormed ..."
_FORCE_NOUNS = frozenset({"rebels", "insurgents", "militants", "guerrillas", "separatists", "guards", "gunmen", "fighters", "soldiers", "troops", "forces", "officers", "police", "personnel",
                          "marines", "commandos", "paratroopers", "militiamen", "drones", "missiles", "rockets",
                          "warplanes", "jets", "aircraft", "warships", "tanks", "artillery", "gunboats", "soldier",
                          "troop", "force", "officer", "jet", "warplane", "drone", "missile", "rocket", "warship"})
# what two governments keep up with each other: "declined to restore defence talks"
_CONTACT_NOUNS = frozenset({"contact", "talk", "dialogue", "communication", "channel", "relation", "tie",
                            "exchange", "consultation", "negotiation"})
# lists a government puts foreign firms or states on to punish them
_PUNITIVE_LISTS = frozenset({"entity", "sanctions", "sanction", "black", "terror", "terrorism", "terrorist",
                             "unreliable", "watch", "watchlist", "blocked", "sdn"})
# what an attack does to its victims: "the bombing, which killed 30 pilgrims"
_HARM_VERBS = frozenset({"kill", "wound", "injure", "hit", "target", "destroy", "damage"})
# attacks that stand for their attacker as a subject: "an Israeli strike killed ..."
_STRIKE_NOUNS = frozenset({"strike", "airstrike", "bombardment", "shelling", "barrage", "bombing", "raid", "salvo"})
# people a government expels: "ordered 23 diplomats to leave"
_ENVOY_NOUNS = frozenset({"diplomat", "diplomats", "envoy", "envoys", "ambassador", "ambassadors", "attache",
                          "attaches", "staff", "officials", "official", "consul", "personnel", "representative",
                          "emissary"})
# what a call for is addressed to whoever must do it: "called for the withdrawal of Russian forces"
_PULLOUT_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "pullback", "departure", "retreat"})
# what is asked to stop: "demanded the cancellation of the drills"
_STOPPING_NOUNS = frozenset({"cancellation", "end", "halt", "cessation", "suspension", "lifting", "release",
                             "removal", "return", "reversal"})
# what a refusal told in speech refuses: "said it would not accept the plan"
_ACCEPT_VERBS = frozenset({"accept", "recognise", "recognize", "agree", "sign", "allow", "tolerate", "negotiate",
                           "support", "endorse", "approve", "ratify", "honour", "honor", "implement"})
# occasions whose guests meet there: "the conference was attended by A and B" (a ceremony's
# guests are witnesses of what the principals do, not a meeting among themselves)
_OCCASION_NOUNS = frozenset({"conference", "gathering", "forum", "meeting", "summit"})
# saying someone did these accuses them: "said X had interfered in its affairs"
_WRONG_VERBS = frozenset({"violate", "interfere", "meddle", "breach", "infringe", "encroach", "provoke",
                          "undermine", "destabilise", "destabilize", "harbour", "harbor", "shelter", "sponsor",
                          "incite", "sabotage", "orchestrate", "instigate", "mastermind", "flout",
                          "renege", "betray"})
# what an attempt called by name is an attempt to do, to condemn it: "an attempt to usurp power"
_USURP_VERBS = _WRONG_VERBS | {"usurp", "subvert", "overthrow", "topple", "oust", "divide"}
# measures whose lifting is a concession to whoever they were aimed at
_LIFTED_NOUNS = frozenset({"veto", "objection", "curb", "restriction", "sanction", "ban", "embargo", "blockade",
                           "block", "hold", "tariff", "measure", "control"})
# people sent as a force (weapons sent are aid): "sent troops to the border"
_TROOP_NOUNS = frozenset({"troop", "soldier", "force", "marine", "paratrooper", "commando", "personnel", "contingent",
                          "battalion"})
# what moves as a force: "sent armoured vehicles to the border"
_ARMOUR_NOUNS = frozenset({"vehicle", "warship", "battleship", "destroyer", "frigate", "carrier",
                           "submarine", "battalion", "brigade", "division", "unit", "reinforcement"})
# craft a state can stop at sea or in the air: "blocked two Philippine supply boats"
_CRAFT_NOUNS = frozenset({"boat", "ship", "vessel", "tanker", "trawler", "freighter", "convoy", "aircraft",
                          "plane", "jet", "flotilla", "warship", "frigate", "submarine", "destroyer", "cruiser", "carrier"})
# "a British-flagged tanker": the country a ship or firm belongs to
_FLAG_WORDS = frozenset({"flagged", "owned", "registered", "operated", "linked", "led", "run", "controlled",
                         # "an Egyptian-drafted resolution": whose text it is
                         "drafted", "sponsored", "authored", "tabled", "proposed"})
# holding a punishment over someone: "considering further measures against Ottawa"
_WEIGH_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "study", "prepare", "reserve", "raise", "draw",
                          "vow", "promise", "threaten"})  # (a response vowed: "vowed a merciless response to X")
_PUNISHMENT_NOUNS = frozenset({"measure", "action", "step", "sanction", "countermeasure", "retaliation", "reprisal",
                               "response", "option", "penalty"})
_DUTY_NOUNS = frozenset({"obligation", "commitment", "duty", "responsibility", "promise", "pledge", "undertaking"})
_SPENT_TIME = frozenset({"hour", "minute", "day", "time", "morning", "afternoon", "evening", "week", "night"})
# doing a harm, told in the passive with its doer: "the killing was ordered by X"
_PERPETRATE_VERBS = frozenset({"order", "carry", "commit", "perpetrate", "plan", "orchestrate", "mastermind",
                               "stage", "direct", "instigate", "sponsor", "organise", "organize"})
_HARM_DEEDS = frozenset({"killing", "murder", "assassination", "plot", "coup", "poisoning", "kidnapping",
                         "abduction", "hack", "hacking", "cyberattack", "massacre", "sabotage"})
_BLAME_WORDS = frozenset({"responsible", "accountable", "liable", "culpable"})
# what a finding against someone calls them: "found X guilty", "found Y in breach of ..."
_GUILT_WORDS = (_BLAME_WORDS - {"accountable"}) | {"guilty", "complicit"}
_BREACH_NOUNS = frozenset({"breach", "violation", "contravention", "defiance", "default", "noncompliance",
                           "non-compliance"})
_DRAFTING_VERBS = frozenset({"draft", "sponsor", "author", "table", "propose", "submit", "write", "introduce"})
# "massed troops on its border with X": a move towards X
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
_MOVE_VERBS = frozenset({"deploy", "send", "move", "mass", "station", "dispatch", "position", "amass"})
# people who stand for the body they belong to: "members of the Taliban delegation"
_MEMBER_WORDS = frozenset({"members", "representatives", "delegates", "envoys", "emissaries", "negotiators"})
# plural nouns for two people already named: "the two leaders", "both men"
_PEOPLE_WORDS = frozenset({"rulers", "leaders", "presidents", "men", "women", "ministers", "premiers",
                           "counterparts", "diplomats", "envoys", "chiefs", "heads", "officials", "ambassadors",
                           "representatives", "delegates"})


_ABSOLUTE_VERBS = frozenset({"arrive", "take", "become", "serve", "act", "return", "leave", "go", "come",
                             "travel", "fly", "head", "remain", "stay", "assume", "replace", "succeed"})


# ceremonies a country holds at home: attending one there is visiting it
_CEREMONY_NOUNS = frozenset({"inauguration", "swearing-in", "funeral", "coronation", "parade", "ceremony",
                             "celebration", "commemoration", "anniversary", "investiture", "wedding", "memorial"})


# people who are a country's public, not its state: "told Qatari citizens", "cheering supporters"
_PUBLIC_NOUNS = frozenset({"citizen", "national", "resident", "tourist", "supporter", "crowd", "people", "civilian",
                           "holidaymaker", "traveller", "traveler", "expatriate", "worker", "student", "pilgrim"})


# what a friend is called: "called France a vital ally"
_FRIEND_NOUNS = frozenset({"ally", "partner", "friend", "brother"})
# what one telephones someone to do oneself ("called Maduro to voice solidarity")
_CALL_PURPOSES = frozenset({"congratulate", "voice", "express", "offer", "convey", "thank", "reaffirm", "discuss",
                            "extend", "wish", "condole", "apologise", "apologize", "assure", "reassure", "brief",
                            "press", "urge", "raise"})
# acts a "followed suit" repeats
_FOLLOWED_TYPES = frozenset({"SANCTION", "AGREE", "SUPPORT", "ACCUSE", "REJECT", "RETREAT", "AID", "CONCEDE",
                             "COOPERATE", "REQUEST"})
# street protest: who marches, and the verbs of it ("protesters rallied outside the embassy")
_PROTEST_VERBS = frozenset({"rally", "protest", "demonstrate", "gather", "march", "picket", "converge",
                            "assemble", "mass", "throng", "besiege", "chant"})
_PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "student", "activist", "crowd", "people",
                              "nationalist", "marcher", "youth", "supporter", "resident", "citizen"})
_MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})
_PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march"})


def _the_public(t: Token) -> bool:
    """"told Israelis in a televised address": a people named without an article is the
    public a leader speaks to, not a government heard ("told the Israelis" may be one)."""
    plural = t.tag_ in ("NNPS", "NNS") or t.lower_.endswith("s")  # the tagger may call "Colombians" singular
    if t.lemma_ in _PUBLIC_NOUNS and plural:
        return True  # "told Qatari citizens to leave", "greeted by cheering supporters"
    return t.ent_type_ == "NORP" and plural and not any(c.dep_ in ("det", "poss") for c in t.children)


# those a speaker addresses rather than meets: a chamber, its members, the press
_AUDIENCE_NOUNS = frozenset({"assembly", "parliament", "legislature", "congress", "senate", "lawmaker",
                             "legislator", "parliamentarian", "broadcaster", "channel", "television", "radio",
                             "newspaper", "reporter", "journalist", "audience", "rally", "crowd"})


def _an_audience(t: Token) -> bool:
    """'told the National Assembly', 'told members of parliament', 'told the channel Telesur':
    a speech to a chamber or to the press, not a meeting with it."""
    phrase = [t, *(x for x in t.subtree if x.i < t.i or x.dep_ in ("prep", "pobj", "appos", "compound"))]
    return any(x.lemma_.lower() in _AUDIENCE_NOUNS or x.lower_ in _AUDIENCE_NOUNS for x in phrase)


def _envoy_called_home(t: Token) -> bool:
    """'its ambassador', 'its high commissioner': an envoy a state recalls (not its staff,
    whom it evacuates)."""
    return t.dep_ == "dobj" and _envoy_noun(t) and t.lemma_ not in ("official", "staff", "personnel")


def _envoy_noun(t: Token) -> bool:
    """'the ambassador', 'diplomats', 'the acting head of mission', 'the high commissioner':
    a country's envoys."""
    return t.lemma_ in _ENVOY_NOUNS or t.lower_ in _ENVOY_NOUNS \
        or t.lemma_ == "head" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.lemma_ == "mission" for p in c.children) for c in t.children) \
        or t.lower_ in ("commissioner", "commissioners") and any(c.lower_ == "high" for c in t.children)


def _tried_to_win_over(v: Token) -> bool:
    """'tried to persuade X', 'failed to convince X': an attempt to win someone over is
    itself the asking, whatever came of it."""
    return v.lemma_ in ("persuade", "convince") and v.dep_ == "xcomp" \
        and v.head.lemma_ in ("try", "attempt", "seek", "fail")


def _fighting_told(v: Token) -> bool:
    """Does v's sentence tell of fighting (an attack, a killing, a military operation)?"""
    return any(t.lemma_ in _FIGHTING_WORDS and t.i != v.i for t in sent_of(v))


def _dated_subject(verb: Token) -> Token | None:
    """"On Sunday Correa recalled ...": without a comma the parse reads "Sunday Correa" as
    one name inside the opening phrase and leaves the verb without a subject. The name is
    the subject when the phrase comes first and its name carries a day or month."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.i != prep.sent.start:
            continue
        for name in prep.children:
            if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") \
                    and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in name.children):
                return name
    return None


def _sending_of(v: Token) -> Token | None:
    """For a participle telling what a message says ('sent X a message praising ...'), the
    verb of sending it; the parse may hang the message on the one it was sent to."""
    msg = v.head
    if v.dep_ != "acl" or v.tag_ != "VBG" or msg.lemma_ not in _MESSAGE_NOUNS or msg.dep_ != "dobj":
        return None
    sent = msg.head.head if msg.head.dep_ == "dative" else msg.head
    return sent if sent.lemma_ in _SENDING_VERBS else None


def _wholly_quoted(sent, quoted: frozenset[int]) -> bool:
    """Are all the words of a sentence inside quotation marks?"""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and all(t.i in quoted for t in words)


def _appeared_together(n: Token) -> bool:
    """'A and B appeared together at a news conference': a joint one."""
    gov = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("at", "in") else None
    return gov is not None and gov.lemma_ in ("appear", "speak", "stand") and any(
        c.lower_ in ("together", "jointly", "side") for c in gov.children)


def _did_nothing(b: Token) -> bool:
    """'had done nothing to curb the militants', 'did little to stop the attacks': a failure
    to act, charged."""
    return b.lemma_ == "do" and any(o.dep_ == "dobj" and o.lower_ in ("nothing", "little") and any(
        x.dep_ in ("relcl", "acl") and any(a.lower_ == "to" for a in x.children) for x in o.children)
        for o in b.children)


def _sayer_above(t: Token) -> Token | None:
    """The verb of saying t's clause is told under ("Kishida said China had declined ...")."""
    return next((a for a in t.ancestors if a.lemma_ in _SAY_VERBS), None)


def _military_operation(t: Token) -> bool:
    """'a military operation', 'the ground operations': an attack ('a joint military
    operation' or 'a rescue operation' is none)."""
    return t.lower_ in ("operation", "operations") and any(
        c.dep_ == "amod" and c.lower_ in ("military", "ground") for c in t.children) and not any(
        c.lower_ in ("joint", "peacekeeping", "rescue", "evacuation", "humanitarian") for c in t.children)


def _is_force(t: Token) -> bool:
    """Armed men or their machines: 'troops', 'police units', 'aircraft', 'a contingent'."""
    return t.lemma_ in _FORCE_NOUNS or t.lower_ in _FORCE_NOUNS or t.lemma_ in _TROOP_NOUNS \
        or t.lemma_ in _ARMOUR_NOUNS or t.lower_ in _TROOP_UNITS \
        or t.lower_ in ("aircraft", "jets", "planes", "warplanes", "helicopters")


_COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "north", "south", "east", "west",
                            "northeastern", "northwestern", "southeastern", "southwestern"})
# what troops are sent to do at a border: "ordered troops to reinforce the northern border"
_GUARD_VERBS = frozenset({"reinforce", "secure", "guard", "patrol", "protect", "defend", "seal"})


def _bare_border(t: Token) -> bool:
    """'the border', 'the northern border', with nothing to say whose ('the Colombian border',
    'its border with X' say)."""
    return t.lemma_ in ("border", "frontier") and any(c.lower_ == "the" for c in t.children) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "prep") and c.lower_ not in _COMPASS_WORDS
        and c.ent_type_ not in ("QUANTITY", "CARDINAL") for c in t.children)  # ("the 2,200-km border": a length)


def _for_safety(v: Token) -> bool:
    """Does v's own clause give safety as the reason ('for security reasons', 'over safety
    concerns')? (Not "over a security pact".)"""
    for t in v.subtree:
        if t.lower_ == "safety" or t.lower_.startswith("evacuat") or t.lower_ == "security" and t.head.lemma_ in (
                "reason", "concern", "situation", "risk", "threat", "fear"):
            return True
    return False


def _hung_across_verb(t: Token) -> bool:
    """A name the parse made an apposition (or its conjunct) of a word before the verb
    ("the junta refused entry to a delegation from ECOWAS, the African Union and the UN",
    with "the African Union" hung on "junta"): it belongs to the list it follows."""
    first = t
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.dep_ == "appos" and first.head.i < first.i and any(
        x.pos_ in ("VERB", "AUX") for x in first.doc[first.head.i + 1:first.left_edge.i])


def _subject_of_next_verb(x: Token) -> bool:
    """'A expelled four and B expelled 13' parsed with B a conjunct of the first object: B,
    a name right before a subjectless verb joined to the first, is that verb's subject."""
    if x.dep_ != "conj" or x.pos_ != "PROPN" or x.i + 1 >= len(x.doc):
        return False
    nxt = x.doc[x.i + 1]
    return nxt.dep_ == "conj" and nxt.pos_ == "VERB" and x.head.head.i == nxt.head.i and x.head.dep_ == "dobj" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)


def _traded(t: Token) -> bool:
    """'visa services', 'trade missions': a service named by what it trades in."""
    return any(x.dep_ == "compound" and x.lower_ in ("visa", "visas", "trade") for x in t.children)


def _is_claim(t: Token) -> bool:
    return t.lemma_ in _ALLEGATION_NOUNS or t.lower_ in ("claims", "accusations", "allegations", "charges")


def _no_basis(v: Token) -> bool:
    """'have no basis (in fact)', 'had no foundation'."""
    return v.lemma_ == "have" and any(o.dep_ == "dobj" and o.lemma_ in ("basis", "foundation")
                                      and any(d.lower_ == "no" for d in o.children) for o in v.children)


def _arrived_unnamed(v: Token) -> bool:
    """'arrived on Sunday', 'flew in from Poland': an arrival that names no place reached."""
    if v.lemma_ not in ("arrive", "land") and not (
            v.lemma_ in ("fly", "come", "jet") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in v.children)):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in", "at", "on") and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") and (
            c.lower_ != "in" or p.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or p.lemma_ in _SETTLEMENTS
            or p.lemma_ in ("airport", "base", "country", "region"))
        for p in c.children)  # a place named, known or not ("landed on deck"; "in a show of solidarity" is none)
        or c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("home", "back", "here", "there") for c in v.children)


# putting one's name to a joint text: "the declaration, endorsed by all the leaders present"
_ENDORSE_VERBS = frozenset({"endorse", "adopt", "sign", "approve", "back"})
_EVERYONE_NOUNS = frozenset({"leader", "participant", "delegation", "head", "member", "country", "state",
                             "government", "minister", "president", "delegate"})


def _in_solidarity(c: Token) -> bool:
    """'broke relations with Bogota in solidarity with Ecuador': the parse hangs the second
    'with' on the verb; it names whom the deed stands by, not whom it is done to."""
    return c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lemma_ == "solidarity"


def _quoted_right_after(t: Token) -> list[Token]:
    """The words of a quotation that opens right after t's phrase ('calling Maduro "a
    dictator"' -> a, dictator), else []."""
    doc, i = t.doc, t.right_edge.i + 1
    if i >= len(doc) or doc[i].text not in ('"', "\u201c", "'", "\u2018"):
        return []
    out = []
    for x in doc[i + 1:i + 30]:
        if x.text in ('"', "\u201d", "'", "\u2019") or x.is_sent_start:
            break
        out.append(x)
    return out


def _names_something(v: Token) -> bool:
    """'called it "a horrible deal"', 'called the talks constructive': a verb of calling with
    an object and what the object is called (the parse may make that a second object)."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if any(_quoted_right_after(o) for o in objs):
        return True  # 'calling Maduro "a dictator"': a quoted name right after the one named
    # (not "called X to congratulate him": a purpose, the call made)
    return bool(objs) and (len(objs) >= 2 or any(c.dep_ in ("oprd", "attr", "xcomp", "acomp") and not (
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in v.children))


def _conditional(clause: Token) -> bool:
    """'if it invaded', 'unless order was restored' (not 'as if', 'even if')."""
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") and m.i > 0
               and m.doc[m.i - 1].lower_ not in ("as", "even") for m in clause.children)


def _in_words(v: Token) -> bool:
    """'attacked X in a speech on Monday', 'verbally attacked', 'attacked X on Twitter'."""
    # (the parse may hang the speech on the one attacked)
    return any(c.dep_ == "advmod" and c.lower_ in ("verbally", "publicly") for c in v.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "on", "during") and any(p.lemma_ in _WORDS_VENUES for p in _prep_objects(c))
        for t in (v, *(o for o in v.children if o.dep_ == "dobj")) for c in t.children)


def _promised_on_condition(v: Token) -> bool:
    """'would expel two diplomats if Moscow did not release him': an act promised on a
    condition is a threat (the threat's own rules), not a deed to come."""
    return any(c.dep_ == "advcl" and _conditional(c) for c in v.children) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "could", "might") for c in v.children)


def _named_as(v: Token) -> bool:
    """'called the raid a crime', 'described the crackdown as ethnic cleansing': a verb of
    naming with what the thing is named."""
    return _names_something(v) or any(c.dep_ == "prep" and c.lower_ == "as" for t in (
        v, *(o for o in v.children if o.dep_ == "dobj")) for c in t.children)


def _carried_off(v: Token) -> bool:
    """A trip told in the passive ("was flown to Costa Rica", "seized ... and flown to"),
    whose traveller was moved by others."""
    if v.tag_ != "VBN" or v.lemma_ in ("visit", "tour", "receive", "host") \
            or any(c.dep_ in ("aux", "nsubj", "agent") for c in v.children):
        return False  # ("Kyiv was visited by Scholz": the place is the subject)
    if any(c.dep_ == "auxpass" for c in v.children):
        return True
    return v.dep_ == "conj" and v.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in v.head.children)


def _describes_a_thing(v: Token) -> bool:
    """A participle with no auxiliary of its own, told of a noun ("the plan, agreed in
    principle by the two leaders in February"): background, not the news."""
    return v.dep_ in ("acl", "relcl") or any(c.dep_ == "agent" for c in v.children) and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children)  # (the parse may call it VBD)


def _everyone(t: Token) -> bool:
    """'all the leaders present', 'all participants', 'every delegation', 'everyone present'."""
    if t.lower_ in ("everyone", "everybody", "all"):
        return True
    return t.lemma_ in _EVERYONE_NOUNS and any(c.dep_ in ("predet", "det") and c.lower_ in ("all", "every", "each")
                                               for c in t.children)


def _reporting_above(t: Token) -> Token | None:
    """The reporting verb a clause is the content of, through 'it was likely that ...':
    'X said Moscow was trying' -> said; 'X said it was likely that Russia was responsible' -> said."""
    for _ in range(3):
        if t.dep_ != "ccomp":
            return None
        if t.head.lemma_ in _SAY_VERBS:
            return t.head
        t = t.head.head if t.head.dep_ in ("acomp", "attr") else t.head
    return None


def _conjoined_clause(n: Token, held: Token) -> bool:
    """'Wang is ... and last held talks with X', parsed as if 'held talks' were a noun
    phrase joined to the first clause: a past-tense light verb before the noun is the
    second clause's verb, its subject the first clause's."""
    return held.tag_ in ("VBD", "VBN") and n.dep_ == "conj" and n.head.pos_ in ("VERB", "AUX") \
        and not any(x.dep_ in _SUBJ for x in held.children)


def _held_under_label(n: Token) -> Token | None:
    """The verb of 'X held what she described as frank talks' for the noun 'talks', which the
    parse hangs on the label ('described'), as its object or after 'as'."""
    label = n.head if n.dep_ == "dobj" else n.head.head if n.dep_ == "pobj" and n.head.lower_ == "as" else None
    if label is None or label.lemma_ not in _LABEL_VERBS or label.dep_ not in ("ccomp", "relcl") \
            or label.head.pos_ not in ("VERB", "AUX") or not any(c.lower_ == "what" for c in label.children):
        return None
    return label.head


def _labelled_objects(v: Token) -> list[Token]:
    """'rejected what it called his unwarranted comments': the noun the label names stands
    as the verb's object (the parse makes 'what' the object of 'called')."""
    return [o for c in v.children if c.dep_ in ("ccomp", "relcl") and c.lemma_ in _LABEL_VERBS
            and any(x.lower_ == "what" for x in c.children)
            for o in [*[x for x in c.children if x.dep_ in ("oprd", "attr") or x.dep_ == "dobj" and x.lower_ != "what"],
                      *[p for x in c.children if x.dep_ == "prep" and x.lower_ == "as" for p in x.children
                        if p.dep_ == "pobj"]]]


def _together_with(t: Token) -> list[Token]:
    """The objects of 'together with' / 'along with' hung on t (the parse hangs 'with' on
    'along' as often as the other way round)."""
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
            and any(x.lower_ in ("together", "along", "jointly") for x in c.children)
            for p in c.children if p.dep_ == "pobj"] + [
        p for a in t.children if a.lower_ in ("together", "along") and a.dep_ in ("prep", "advmod")
        for c in a.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]


def _complements(c: Token, depth: int = 3) -> list[Token]:
    """A clause and the clauses it embeds ("it was likely that Russia was behind it",
    "it had suspended the talks because the RSF had violated the truce")."""
    out = [c]
    if depth:
        for x in c.children:
            if x.dep_ in ("ccomp", "acomp") or x.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("because", "since", "as") for m in x.children):
                out += _complements(x, depth - 1)
    return out


def _closure_kind(o: Token) -> str | None:
    """'a naval blockade', 'a siege' (forcing a state's hand: COERCE); 'a no-fly zone' (a
    measure against it: SANCTION, as the golds file it)."""
    if o.lemma_ in ("blockade", "siege"):
        return "COERCE"
    if o.lemma_ == "zone" and any(c.lower_ in ("no-fly", "fly", "no") for c in o.subtree if c.i < o.i):
        return "SANCTION"
    return None


def _shared_objects(verb: Token) -> list[Token]:
    """'Algeria backs and hosts the Polisario Front', 'condemned and sanctioned Russia': a verb
    with no object of its own, joined straight to the next, shares that one's object."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children) or verb.i + 2 >= len(verb.doc) \
            or verb.doc[verb.i + 1].dep_ != "cc":
        return []
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2
            for o in c.children if o.dep_ == "dobj"]


# what one can be condemned or praised for having done (not said: "X accused Y. Z condemned it")
_DEED_TYPES_DONE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "RETREAT", "AID", "AGREE",
                              "COOPERATE"})
# what someone told, which another may dismiss: "Washington dismissed that account"
_TOLD_NOUNS = frozenset({"account", "version", "explanation", "narrative", "characterisation", "characterization"})
# sums of money: "$18 million in aid"
_MONEY_WORDS = frozenset({"euro", "dollar", "pound", "yen", "yuan", "franc", "rupee", "rouble", "ruble", "million",
                          "billion"})
# a share of something: "much of its aid", "most of the imports"
_SHARE_WORDS = frozenset({"much", "most", "some", "part", "all", "half", "bulk", "portion", "rest", "many", "share"})


# a length or part of something, which stands in the clause for it: "four hours of talks",
# "a second round of exercises", "at the start of talks"
_COUNTED_PARTS = frozenset({"hour", "day", "week", "month", "round", "year", "series", "minute", "wave",
                            "start", "end", "beginning", "outset", "close", "conclusion", "opening"})


def _round_of(t: Token) -> Token:
    """'a second round of live-fire exercises': the exercises."""
    if t.lemma_ in _COUNTED_PARTS:
        of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return of[0] if of else t
    return t


def _what_share_of(t: Token) -> Token:
    """'much of its aid', '$18 million in aid': the aid (its 'of' or 'in' object takes the
    share's or the sum's place in the clause)."""
    if t.lemma_ in _SHARE_WORDS:
        of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return of[0] if of else t
    if t.ent_type_ in ("MONEY", "CARDINAL") or t.lemma_ in _MONEY_WORDS:
        held = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children
                if p.dep_ == "pobj" and (p.lower_ in lx.AID_NOUNS or p.lemma_ in lx.AID_NOUNS)]
        return held[0] if held else t
    return t


# prepositions that give a clause's time or reason, not its aim
_WHEN_WHY_PREPS = frozenset({"after", "following", "since", "before", "during", "over", "because", "amid", "for",
                             "in"})


def _path_up(t: Token, top: Token) -> list[Token]:
    """The tokens between t and its ancestor `top`, both left out."""
    out = []
    for a in t.ancestors:
        if a.i == top.i:
            return out
        out.append(a)
    return out


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; when the parse made its object the subject of a clause
    ("with Qin Gang establishing formal ties"), that subject."""
    onlookers = {x.i for x in _onlookers(prep)}
    out = [p for p in prep.children if p.dep_ == "pobj" and p.i not in onlookers]
    # not "restored ties, with X arriving in Caracas as envoy": a trip or a post is no partner
    out += [x for p in prep.children if p.dep_ == "pcomp" and p.lemma_ not in _ABSOLUTE_VERBS
            for x in p.children if x.dep_ == "nsubj" and x.i not in onlookers]
    # "spoke with X and with Y": the repeated preposition's objects too
    out += [x for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_ for x in _prep_objects(c)]
    return out


# watching what others do: "with X standing behind them", "with X looking on"
_ONLOOKER_VERBS = frozenset({"stand", "look", "watch", "sit", "applaud", "clap", "observe", "witness"})


def _onlookers(prep: Token) -> list[Token]:
    """'signed the accord with C, D and E standing behind them', 'with F looking on': the
    people a 'with' clause sets watching the act (its head words), not partners in it."""
    if prep.lower_ != "with":
        return []
    out = [x for p in prep.children if p.dep_ == "pcomp" and p.lemma_ in _ONLOOKER_VERBS and p.tag_ == "VBG"
           for x in p.children if x.dep_ == "nsubj"]
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        # ("with Norway's prime minister looking on": the participle hung on the verb or the noun)
        after = p.right_edge.i + 1
        if after < len(p.doc) and p.doc[after].lemma_ in _ONLOOKER_VERBS and p.doc[after].tag_ == "VBG" \
                and p.doc[after].head.i in (p.i, prep.head.i):
            out.append(p)
    return out


# gatherings more can join: "the talks", "the summit" told again later in an article
_GATHERINGS = frozenset({"talks", "negotiations", "meeting", "summit", "conference", "discussions",
                         "consultations", "mediation", "session", "gathering", "ceremony"})
# taking part in a gathering: "attended / joined / took part in / co-chaired the talks"
_TAKE_PART_VERBS = frozenset({"attend", "join", "participate", "chair", "co-chair", "cochair", "lead",
                              "head", "mediate", "moderate", "witness", "observe", "address"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


# who stands behind another: "X is among Y's supporters", "X was a backer of Y"
_BACKER_NOUNS = frozenset({"supporter", "backer", "champion", "defender", "ally", "sponsor", "patron",
                           "advocate"})


@dataclass
class _Occasion:
    """A gathering an article tells of, and who it says was there (in the order told)."""

    at: Token  # where it is first told: the meeting's trigger, or the gathering's noun
    present: list[str]
    event: RawEvent | None = None  # the meeting that told it
    joined: list[RawEvent] = field(default_factory=list)  # the meetings of those who joined it since


class _Finder:
    def __init__(self, doc: Doc, ents: Entities):
        self.doc = doc
        self.ents = ents
        self.out: list[RawEvent] = []
        self.weak: set[int] = set()  # tokens whose actor came from a guess
        self.restored_ties: set[int] = set()  # verbs that restored relations (`_restored_ties_cooperate`)
        self._checking: set[int] = set()  # group nouns whose members are being checked against their verb
        self.extra_anchor: dict[int, Token] = {}  # verb -> word whose clause also dates it
        self.occasions: list[_Occasion] = []  # gatherings told so far, with who was there

    # ------------------------------------------------------------- actors
    def actors(self, tok: Token | None, speaker: list[str] | None = None) -> list[str]:
        if tok is None:
            return []
        out: list[str] = []
        # (not "Canada expelled four and Ukraine expelled 13" parsed with Ukraine the object's
        # conjunct: a name right before a verb of its own is that verb's subject)
        toks = [tok, *(x for x in tok.conjuncts if not _subject_of_next_verb(x))]
        m = self.ents.mention_at(tok.i)
        if m is not None:  # the parse may hang a conjunct on any word of a long name
            for i in range(m.start, m.end):
                toks += [c for c in self.doc[i].children if c.dep_ == "conj" and not m.start <= c.i < m.end]
        for t in list(toks):
            # (not across a verb: "the junta refused entry to ..., the African Union and the UN")
            apps = [c for c in t.children if c.dep_ == "appos" and not any(
                x.pos_ in ("VERB", "AUX") for x in self.doc[t.i + 1:c.left_edge.i])]
            if (tm := self.ents.mention_at(t.i)) is not None and tm.kind == "person":
                # "Senator Marco Rubio, a Cuban-American,": what he is, not another actor
                apps = [c for c in apps if not ((am := self.ents.mention_at(c.i)) is not None and am.kind == "demonym")]
            toks += apps
            # "the foreign ministers, A of Armenia and B of Azerbaijan,": the parse may hang B on Armenia
            toks += [x for a in apps for x in a.subtree if x.dep_ == "conj" and x.i != a.i
                     and (mm := self.ents.mention_at(x.i)) is not None and mm.kind == "person" and x.i == mm.end - 1]
            # "the guarantor countries, Argentina, Brazil, Chile and the United States": all of the list
            toks += [x for a in apps for x in a.conjuncts if x not in toks]
            # "Qatar, together with Egypt and the United States": one party of several
            toks += [x for p in _together_with(t) for x in (p, *p.conjuncts)]
        if (m is None or m.kind == "counterpart" and m.entity is None) and len(toks) > 1 and tok.pos_ != "PRON":
            # (not "he and Pompeo held talks": a pronoun is one of the list, not its heading)
            # "the top diplomats of the two countries, Blinken and Wang, met", "his Colombian
            # counterpart, Alvaro Uribe,": the names in apposition say who, better than the
            # countries the head noun implies
            named = [t for t in toks[1:] if (mm := self.ents.mention_at(t.i)) is not None and mm.kind == "person"]
            if named:
                toks = [t for t in toks if t is not tok]
        if m is not None:
            toks += self._listed_with(tok, m)
        if tok.dep_ == "pobj" and tok.head.lower_ == "between":
            toks += self._stranded_partner(tok)
        for t in toks:
            for k in self._actor(t, speaker):
                if k not in out:
                    out.append(k)
        return out

    def _listed_with(self, tok: Token, m) -> list[Token]:
        """Actors written in one list with the mention at tok ("A and B", "A, B and C") that
        the parse did not join as conjuncts: the words between are only commas and 'and',
        and the other names sit in tok's phrase."""
        doc = self.doc
        inside: set[int] = set()  # tok's subtree: walked only when a neighbour may join

        def within(a: int, b: int) -> bool:
            if not inside:
                inside.update(x.i for x in tok.subtree)
            return any(i in inside for i in range(a, b))
        out: list[Token] = []
        # leftwards: "Japanese Prime Minister X and South Korean President Y agreed"
        start, seen_and = m.start, False
        while start > 1:
            j = start - 1
            if doc[j].lower_ in ("and", "&"):
                seen_and = True
            elif not (doc[j].text == "," and seen_and):
                break
            if doc[j - 1].text == "," and doc[j].lower_ == "and":
                j -= 1
            prev = self.ents.mention_at(j - 1)
            if prev is None or prev.kind not in ("person", "country", "org", "capital", "demonym", "nominal") \
                    or prev.end != j or not within(prev.start, prev.end):
                break
            if prev.kind == "demonym" and doc[prev.end - 1].dep_ in ("amod", "compound") \
                    and m.start <= doc[prev.end - 1].head.i < m.end:
                break  # "his Armenian and Azerbaijani counterparts": a word of the phrase, not a party
            out.append(doc[prev.end - 1])
            start = prev.start
        # rightwards: "A, B and C" with B or C hung elsewhere; a comma alone may be an
        # apposition ("Russia, Armenia's partner"), so the run must end in "and"
        end, run = m.end, []
        while end + 1 < len(doc):
            j = end
            sep = doc[j].lower_
            if sep == "," and j + 1 < len(doc) and doc[j + 1].lower_ == "and":
                j += 1
                sep = "and"
            if sep not in ("and", "&", ","):
                break
            if j + 2 < len(doc) and doc[j + 1].lower_ == "the" and self.ents.mention_at(j + 1) is None:
                j += 1  # "A, the United Arab Emirates and B"
            nxt = self.ents.mention_at(j + 1)
            if nxt is not None and nxt.kind in ("country", "capital", "demonym") and nxt.end + 1 < len(doc) \
                    and doc[nxt.end].tag_ == "POS":
                # "Peru's A and Ecuador's B": the country only says whose B is
                owned = self.ents.mention_at(nxt.end + 1)
                if owned is not None and owned.kind in ("person", "nominal"):
                    nxt = owned
                    j = owned.start - 1
            if nxt is None or nxt.kind not in ("person", "country", "org", "capital", "demonym", "nominal") \
                    or nxt.start != j + 1 or not within(nxt.start, nxt.end) and not _hung_across_verb(doc[nxt.end - 1]):
                break
            if sep == "," and (nxt.kind == "person") != (m.kind == "person"):
                break
            run.append(doc[nxt.end - 1])
            end = nxt.end
            if sep != ",":
                out += run
                run = []
        return [t for t in out if self.ents.mention_at(t.i) is not m]

    def _actor(self, t: Token, speaker: list[str] | None) -> list[str]:
        found = self._actor_by_rules(t, speaker)
        g = self.ents.group_at(t.i)
        if found and not (g is not None and g.size and len(found) < g.size == len(g.members)):
            return found  # (a rule finding one of "the two forces" found too few)
        # a group the rules could not place ('both sides', 'the pair'): the members coreference
        # found for it (extract/groups.py); 'each other' is left to the reciprocal frames
        if g is not None and t.i == g.head and not g.reciprocal:
            self.weak.add(t.i)
            return list(g.members)
        return found

    def _actor_by_rules(self, t: Token, speaker: list[str] | None) -> list[str]:
        ents = self.ents
        if t.lower_ in ("we", "us") and t.i in _quoted_tokens(self.doc):
            return self._quoted_voice(t)  # '"We call on Israel to ...," Borrell said'
        m = ents.mention_at(t.i)
        if m is not None:
            if m.kind in ("person", "country", "org"):
                return [m.entity] if m.entity else []
            if m.kind in ("capital", "demonym"):
                return [self.country_of(m)]
            if m.kind == "nominal":
                if m.entity:
                    return [m.entity]
                if m.plural:
                    return [ents.country(m.iso3).key] if m.iso3 else []
                if m.iso3 and m.title is not None and m.title.role in ("diplomat", "ambassador") \
                        and t.dep_ in ("dobj", "nsubjpass") \
                        and t.head.lemma_ in ("expel", "detain", "arrest", "deport", "sanction", "summon"):
                    return [self.country_of(m)]  # "expelled a Russian diplomat", "summoned the ambassador"
                if m.title is not None and m.title.role == "spokesperson" and any(
                        c.lower_ in ("a", "an") for c in t.children):
                    # "a spokeswoman for the United Nations said", "a State Department spokesman":
                    # an unnamed voice speaks for its body, else its country
                    if m.extra.get("org_key"):
                        return [m.extra["org_key"]]
                    if m.iso3:
                        return [self.country_of(m)]
                k = ents.nominal_person(m)
                if k:
                    self.weak.add(t.i)
                return [k] if k else []
            if m.kind == "counterpart":
                sp = self._possessor(self.doc[m.end - 1]) or speaker
                keys = ents.counterparts(m, sp[0] if sp else None)
                if keys:
                    self.weak.add(t.i)
                return keys
            return []
        low = t.lower_
        if t.pos_ == "NOUN":
            # "the Turkish charity IHH", "the militant group Hamas": the name the parse hangs on the noun
            named = [m.entity for c in t.children if c.i > t.i and c.dep_ in ("amod", "compound", "appos", "nmod")
                     and (m := ents.mention_at(c.i)) is not None and m.start == t.i + 1
                     and m.kind in ("org", "person") and m.entity]
            if named:
                return named
            if low in ("people", "population") and t.dep_ == "pobj" and t.head.lower_ in ("to", "for"):
                # "aid to the people of Venezuela", "support for the Syrian people": their country
                whose = [k for c in t.children if c.dep_ in ("amod", "compound") or c.dep_ == "prep" and c.lower_ == "of"
                         for x in ([c] if c.dep_ != "prep" else _prep_objects(c))
                         if (m := ents.mention_at(x.i)) is not None and m.kind in ("country", "demonym", "capital")
                         and m.iso3 for k in [self.country_of(m)]]
                if whose:
                    return whose
            if low in ("members", "member") and t.dep_ in ("dobj", "nsubj", "nsubjpass", "dative") and not any(
                    c.dep_ in ("prep", "appos", "nummod") for c in t.children):  # (not "the five permanent members")
                # "urged council members to act": the council named before
                body = next((c for c in t.children if c.dep_ == "compound" and c.lower_ in _NAMED_BODY_ANAPHORS), None)
                if body is not None and (keys := self._last_organization(body)):
                    return keys
            # "the archbishop of Tegucigalpa, Cardinal Oscar Rodriguez,": a description the
            # gazetteer has no title for, named in apposition (the parse may hang the name on
            # the description's own "of" phrase)
            if t.dep_ in ("nsubj", "nsubjpass") and not t.tag_.endswith("S"):
                hung = [t, *[p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)]]
                named = [m.entity for h in hung for c in h.children if c.dep_ == "appos" and c.i > t.i
                         and self.doc[c.left_edge.i - 1].text == "," and not any(
                             x.text == "," or x.pos_ in ("VERB", "AUX") for x in self.doc[t.i:c.left_edge.i - 1])
                         and (m := ents.mention_at(c.i)) is not None and m.kind == "person" and m.entity]
                if len(named) == 1:
                    return named
        if low in _PEOPLE_WORDS and any(c.lower_ in ("two", "both", "three", "four") for c in t.children) \
                or low in ("three", "four") and t.dep_ in _SUBJ and any(c.lower_ == "the" for c in t.children):
            teller = self._teller(t)
            g = ents.group_at(t.i)
            members = self._group_members(t, teller) if g is not None and g.wants == "Person" else []
            if members:
                self.weak.add(t.i)  # "both presidents": the pair coreference found (extract/groups.py)
                return members
            pair = self._pair_before(t, people=True, leave_out=teller)  # "the two leaders", "the three"
            if pair:
                self.weak.add(t.i)
                return pair
        if low == "they" and t.dep_ in _SUBJ and t.head.dep_ == "ccomp" and t.head.head.lemma_ in _SAY_VERBS \
                and t.head.head.i != t.head.i:
            # "Yemen and the Maldives said they were cutting ties": the speakers
            said = self.subjects(t.head.head)
            plural_subject = any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in t.head.head.children)
            if len(said) >= 2 or said and plural_subject:  # "Niger's new rulers said they ..."
                self.weak.add(t.i)
                return said
        if low in ("they", "them") and (t.head.lemma_ in lx.VERBS and lx.VERBS[t.head.lemma_].type in SYMMETRIC_TYPES
                                        or t.head.lemma_ in lx.LIGHT_VERBS):
            pair = self._pair_before(t, people=None)  # "as they met in Tokyo"
            if pair:
                self.weak.add(t.i)
                return pair
        if low == "them" and (t.dep_ == "dobj" and t.head.lemma_ in lx.ASK_VERBS or t.dep_ == "pobj" and t.head.lower_ in (
                "on", "upon") and t.head.head.lemma_ == "call"):
            pair = self._them_in_sentence(t) or self._pair_before(t, people=None)  # "China called on them to show restraint"
            if pair:
                self.weak.add(t.i)
                return pair
        if low in ("they", "them") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and not (
                t.dep_ == "pobj" and t.head.lower_ in ("of", "behind", "beside", "around", "among")):
            # (not "a group of them", "some of them", "standing behind them": a share, a place)
            keys = self._plural_antecedent(t)  # "expelled Oxfam, CARE and MSF ... accused them of ..."
            if keys:
                self.weak.add(t.i)
                return keys
        if low in ("it", "its") and t.dep_ in ("nsubj", "nsubjpass", "poss"):
            keys = self._it(t)
            if not keys and low == "it" and t.dep_ == "nsubj" and t.head.dep_ == "conj" and t.head.head.pos_ in ("VERB", "AUX"):
                # "Fiji expelled X in 2007, and last December it ordered out Y": the first clause's state or body
                keys = [k for k in self.subjects(t.head.head) if self.ents.drafts[k].type in ("Country", "Organization")]
                if keys:
                    self.weak.add(t.i)
            if not keys and low == "its" and t.head.dep_ in ("dobj", "pobj"):
                keys = self._object_it(t)  # "shot down the Indian jet and captured its pilot"
            if not keys and low == "it" and t.dep_ == "nsubj" and t.head.dep_ == "ROOT" \
                    and t.head.lemma_ not in _EXPLETIVE_IT_VERBS:
                keys = self._it_across(t)  # "Saudi Arabia has clashed with ... before. In 2015 it recalled ..."
            return keys
        if low == "it" and t.dep_ in ("dobj", "pobj"):
            return self._object_it(t)
        if (low in _ORG_ANAPHORS or low in _NAMED_BODY_ANAPHORS) and (
                any(c.lower_ == "the" for c in t.children) or t.dep_ == "compound" and low in _NAMED_BODY_ANAPHORS) \
                and not any(c.dep_ in ("compound", "amod", "poss", "nmod") and (
                    c.pos_ == "PROPN" or ents.mention_at(c.i) is not None or c.dep_ == "poss") for c in t.children):
            # "the group", "the Islamist movement", "the 27-member bloc" (not "the Palestinian group")
            keys = self._last_organization(t)  # "the group", "the bloc", "the alliance", "the council"
            if keys or low in _ORG_ANAPHORS:
                return keys
        if low in _BENCH_WORDS and any(c.lower_ in ("the", "a", "an") for c in t.children) and not any(
                c.pos_ == "PROPN" or ents.mention_at(c.i) is not None for c in t.children if c.dep_ in ("compound", "amod")):
            # "the five-judge panel of the Permanent Court of Arbitration": the court named
            of = [k for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in _prep_objects(c) for k in self._actor(p, speaker)]
            if of:
                return of
            # "the judges dismissed ...": the court or tribunal told of last; "An international
            # tribunal in The Hague ruled ...", opening the story: the one named just after
            courts = self._court_mentions()
            before = [m for m in courts if m.start < t.i]
            sents = sentences(self.doc)
            ahead = sents[min(len(sents) - 1, sentence_no(self.doc, t.i) + 1)].end
            after = [m for m in courts if t.i < m.start < ahead]
            found = before[-1:] or after[:1]
            if found:
                self.weak.add(t.i)
                return [found[0].entity]
            return []
        if low in ("he", "she", "him", "her"):
            k = ents.pronoun(t)
            if k:
                self.weak.add(t.i)
                return [k]
            return []
        if t.dep_ in _SUBJ and low not in METONYM_HEADS:
            for c in t.children:  # "EU leaders meeting in Brussels": the parse heads the phrase wrongly
                if c.dep_ == "compound" and c.lower_ in METONYM_HEADS or c.dep_ == "nsubj" and (
                        c.lower_ in METONYM_HEADS or self.ents.mention_at(c.i) is not None) and t.pos_ == "VERB":
                    keys = self._actor(c, speaker)
                    if keys:
                        return keys
        if t.pos_ in ("NOUN", "PROPN"):
            # "soldiers led by General X": X acts through them ("a delegation of leaders headed by
            # X": the parse may hang the clause on the 'of' noun)
            of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)]
            # "a delegation from the State Duma led by X": X, and the body he leads it for
            sent_by = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "from" for p in _prep_objects(c)]
            for c in [*t.children, *(x for p in of + sent_by for x in p.children)]:
                if c.dep_ == "acl" and c.lemma_ in ("lead", "head", "command") and c.tag_ == "VBN":
                    leaders = [k for a in c.children if a.dep_ == "agent"
                               for p in a.children if p.dep_ == "pobj" for k in self.actors(p)]
                    if leaders and c.head in sent_by:
                        leaders += [k for k in self.actors(c.head) if k not in leaders]
                    if leaders:
                        return leaders
        if low in _FORCE_NOUNS or t.lemma_ in _FORCE_NOUNS or low in ("nationals", "citizens") and t.dep_ in (
                "nsubjpass", "dobj", "pobj"):
            # "Hamas gunmen", "Kenyan police officers", "Israel's fighter jets": whose they are
            # ("Armenian and Azerbaijani troops": both)
            keys = [k for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                    for x in (c, *[y for y in c.children if y.dep_ in ("compound", "amod", "poss", "conj")])
                    for k in self._force_owner(x)]
            # "soldiers from Eritrea"
            keys = keys or [k for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                            for p in c.children if p.dep_ == "pobj" for k in self._force_owner(p)]
            if keys:
                return list(dict.fromkeys(keys))
        unnamed_official = low in ("official", "officials") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and not (t.dep_ == "nsubj" and t.head.lemma_ in _SAY_VERBS) \
            and not any(c.dep_ in ("prep", "appos") or c.tag_ == "JJS" or c.lower_ == "most" for c in t.children)
        strike = (low in _STRIKE_NOUNS or t.lemma_ in _STRIKE_NOUNS) and t.dep_ in ("nsubj", "nsubjpass")
        if unnamed_official or strike:
            # "a senior Hamas official", "a U.S. official": nobody named, his body or state;
            # "Israeli air strikes killed ...", "a Russian missile strike hit ...": whose strikes
            keys = [k for c in t.children if c.dep_ in ("amod", "poss", "compound", "nmod")
                    for k in self._force_owner(c)]
            if keys:
                return list(dict.fromkeys(keys))
        if low in ("hundreds", "thousands", "dozens", "scores", "columns", "convoys", "contingents", "units",
                   "waves", "squads") and t.dep_ in _SUBJ:
            # "hundreds of Kenyan police officers", "columns of Senegalese troops": the forces counted
            keys = [k for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and (p.lemma_ in _FORCE_NOUNS or p.lower_ in _FORCE_NOUNS)
                    for k in self._actor(p, speaker)]
            if keys:
                return keys
        if low in _MEMBER_WORDS:
            # "members of the Taliban delegation", "representatives of the two governments"
            keys = [k for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" for k in self.actors(p)
                    if self.ents.drafts[k].type in ("Country", "Organization")]
            if keys:
                return list(dict.fromkeys(keys))
        if low in _OWN_STATE_NOUNS and t.dep_ in _SUBJ + ("dobj", "pobj"):
            # "Maamau said his country was leaving the forum", "his government would respond"
            his = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
            k = ents.pronoun(his[0]) if his else None
            own = self._own_country(k) if k else None
            if own:
                self.weak.add(t.i)
                return [own]
        if t.lemma_ in METONYM_HEADS or low in METONYM_HEADS or low in GROUP_WORDS or low in _PEOPLE_WORDS:
            keys = []
            # "backs the government in Tripoli": the parse may hang the place on the verb
            hung = [c for c in t.head.children if t.dep_ == "dobj" and c.i == t.i + 1 and c.dep_ == "prep"
                    and c.lower_ == "in" and low in ("government", "authorities", "administration", "regime",
                                                     "leadership")]
            for c in [*t.children, *hung]:
                if c.dep_ in ("amod", "compound", "nmod", "poss") and c.head.i == t.i:
                    for cc in [c, *c.conjuncts]:
                        mm = ents.mention_at(cc.i)
                        if mm is not None and mm.kind in ("country", "demonym", "capital") and mm.iso3:
                            k = self.country_of(mm)
                            if k not in keys:
                                keys.append(k)
                        elif mm is not None and mm.kind == "org" and mm.entity:
                            keys.append(mm.entity)
                        elif mm is None and c.dep_ == "poss" and (g := ents.group_at(cc.i)) is not None \
                                and g.head == cc.i and not g.reciprocal:
                            # "the three countries' foreign ministers": each of those countries
                            keys += [k for k in g.members if k not in keys]
                        elif mm is None and cc.lower_ in ("its", "their") and c.dep_ == "poss" and t.dep_ in _SUBJ:
                            keys += [k for k in self._it(cc) if k not in keys]  # "X said its jets ..."
                        elif mm is None and c.dep_ == "poss" and cc.lower_ in _ORG_ANAPHORS:
                            # "the bloc's leaders closed borders with Niger": the bloc told of before
                            keys += [k for k in self._actor(cc, None) if k not in keys]
                        elif mm is not None and mm.kind == "person" and mm.entity and c.dep_ == "poss" \
                                and low == "office" and t.dep_ in _SUBJ and t.head.lemma_ not in _SAY_VERBS:
                            keys.append(mm.entity)  # "al-Sudani's office welcomed the agreement": he did
                        elif mm is not None and mm.kind == "person" and mm.entity and (
                                c.dep_ == "poss" and low in ("government", "administration", "cabinet", "regime",
                                                             "forces", "troops")
                                or c.dep_ == "compound" and low in ("government", "administration", "cabinet",
                                                                    "regime")):
                            # "Abiy's government", "the Modi government": Ethiopia, India; "the
                            # Clinton administration", its leader not otherwise placed: the United
                            # States, whose usage "administration" for a government is
                            own = self._own_country(mm.entity)
                            if own is None and low == "administration" and c.dep_ == "compound":
                                own = ents.country("USA").key
                            if own is None and low in ("government", "regime", "administration"):
                                own = mm.entity  # "Micheletti's government", his country not told: his
                            if own and own not in keys:
                                keys.append(own)
                if c.dep_ == "prep" and c.lower_ == "in" and low in ("government", "authorities", "administration",
                                                                      "regime", "leadership"):
                    # "the government in Minsk": the capital names the state
                    for p in _prep_objects(c):
                        mm = ents.mention_at(p.i)
                        if mm is not None and mm.kind == "capital" and mm.iso3:
                            k = self.country_of(mm)
                        else:  # the capital told as a place ("in Minsk")
                            found = ents.gaz.find_country(p.text) if p.pos_ == "PROPN" else None
                            k = ents.country(found[0].iso3).key if found and found[1] == "capital" else None
                        if k is not None and k not in keys:
                            keys.append(k)
                # N: "the leaders of France and Germany", "the defence chiefs of X, Y and Z"
                if c.dep_ == "prep" and c.lower_ in ("of", "from") and (low in METONYM_HEADS or low in _PEOPLE_WORDS):
                    for p in c.children:
                        if p.dep_ == "pobj" and low in ("leaders", "presidents", "heads") and any(
                                x.lower_ in ("two", "both") for x in p.children):
                            # "the leaders of the two neighbours": the two people just told of
                            pair = self._pair_before(p, people=True)
                            if pair:
                                self.weak.add(t.i)
                                return pair
                        if p.dep_ == "pobj":
                            for k in self.actors(p):
                                if self.ents.drafts[k].type == "Person" and low in (
                                        "government", "administration", "regime", "cabinet", "forces", "troops"):
                                    k = self._own_country(k) or k  # "the government of President X"
                                if self.ents.drafts[k].type in ("Country", "Organization") and k not in keys:
                                    keys.append(k)
            if keys:
                return keys
            if low in _BARE_STATE_NOUNS and (t.dep_ in _SUBJ or t.dep_ in ("dobj", "dative", "pobj")) and all(
                    c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "amod" and c.lower_ in _GOVERNMENT_QUALIFIERS
                    for c in t.children if c.i < t.i) and any(c.lower_ == "the" for c in t.children):
                # "the government said ...", in a story one country leads and was just named: its
                # government ("Nigeria's rulers were unmoved. ... the government said")
                if t.i in self._checking:
                    return []  # (the speaker or asker is told as "the government" too)
                self._checking.add(t.i)
                try:
                    top = self._government_meant(t)
                finally:
                    self._checking.discard(t.i)
                if top:
                    self.weak.add(t.i)
                    return [top]
        if (low in GROUP_WORDS or low in _PEOPLE_WORDS or low in _PAIR_NOUNS) and any(
                c.lower_ in ("two", "both", "three", "four", "five", "six") for c in t.children) or low == "both":
            region = region_of(t)
            if region is not None:
                # "the two Nordic countries": the region's countries coreference found (extract/groups.py)
                g = ents.group_at(t.i)
                if g is not None and g.members:
                    self.weak.add(t.i)
                    return list(g.members)
                return []
            if any(c.lower_ == "other" and c.i < t.i for c in t.children):
                return []  # "the leaders of five other former Soviet states": others than those named
            above_two = any(c.lower_ in ("three", "four", "five", "six") for c in t.children)
            teller = self._teller(t)
            # (for "both sides" the last two-sided event's parties serve better than the set the
            # coreference guessed, which often takes the two people named last)
            members = self._group_members(t, teller) if low not in ("sides", "parties", "side") else []
            if members:
                self.weak.add(t.i)  # "the two countries": the set coreference found (extract/groups.py)
                return members
            top = ents.top_countries(2)
            if low in ("sides", "parties") and top and not teller.intersection(top) and not above_two \
                    and t.head.lemma_ in lx.ASK_VERBS | {"urge", "call", "press", "appeal", "ask"}:
                # "China urged both sides to exercise restraint": the two the story is about,
                # more surely than the pair of whatever was told last (an ally's welcome)
                self.weak.add(t.i)
                return top
            # ("Hong Lei said China was concerned and urged the two sides to ...": never the asker's side)
            askers = set(self.subjects(t.head)) if t.dep_ == "dobj" and t.head.lemma_ in _SIDE_ASKING_VERBS else set()
            mine = teller | self._and_countries(list(askers))
            pair = self._pair_before(t, people=low in _PEOPLE_WORDS, leave_out=mine) if not above_two else []
            if pair:
                self.weak.add(t.i)
                return pair
            if low not in _PEOPLE_WORDS:
                listed = self._listed_before(t)  # "A, B, C and D cut ties ... The four countries"
                if listed and not teller.intersection(listed):
                    self.weak.add(t.i)
                    return listed
            top = ents.top_countries(2)
            if top and (low in ("countries", "nations", "sides", "governments", "superpowers", "both")
                        or low in _PAIR_NOUNS) and not above_two:
                self.weak.add(t.i)
                return top
        return []

    def _people_listed_before(self, t: Token) -> list[str]:
        """The latest list of two or more people named together in t's sentence before it or
        in the two sentences before ('A's X, B's Y and Z ... hosted the group')."""
        lo = self._sentences_back(t.i, 2)
        for x in reversed(self.doc[lo:t.i]):
            m = self.ents.mention_at(x.i)
            if m is None or x.i != m.end - 1 or m.kind != "person" or x.dep_ == "conj" or not x.conjuncts:
                continue
            keys = [k for y in [x, *(c for c in x.conjuncts if c.i < t.i)] for k in self._actor(y, None)
                    if self.ents.drafts[k].type == "Person"]
            if len(set(keys)) >= 2:
                return list(dict.fromkeys(keys))
        return []

    def _listed_before(self, t: Token) -> list[str]:
        """'the four countries': the latest list of exactly that many countries named
        together within the three sentences before (or earlier in this one)."""
        number = 2
        for c in t.children:
            number = {"three": 3, "four": 4, "five": 5, "six": 6}.get(c.lower_, number)
        lo = self._sentences_back(t.i, 3)
        for x in reversed(self.doc[lo:t.i]):
            m = self.ents.mention_at(x.i)
            if m is None or x.i != m.end - 1 or m.kind not in ("country", "capital", "demonym") or x.dep_ == "conj":
                continue
            keys: list[str] = []
            # only what was told before t: a conjunct at or after t ("X and both countries")
            # would ask for this same list again, without end
            for y in [x, *(c for c in x.conjuncts if c.i < t.i)]:
                keys += [k for k in self._actor(y, None) if k not in keys and self.ents.drafts[k].type == "Country"]
            if len(keys) == number:
                return keys
        return []

    def _force_owner(self, x: Token) -> list[str]:
        m = self.ents.mention_at(x.i)
        if m is None:
            return []
        if m.kind in ("country", "demonym", "capital") and m.iso3:
            return [self.country_of(m)]
        if m.kind == "org" and m.entity and self.ents.drafts[m.entity].type == "Organization":
            return [m.entity]
        if m.kind == "person" and m.entity and x.dep_ == "poss":
            # "Haftar's forces": the commander's side; "Gaddafi's forces": a ruler's are his state's
            d = self.ents.drafts[m.entity]
            ruled = self._own_country(m.entity) if d.title is not None and d.title.role in _EXECUTIVE_ROLES else None
            return [ruled or m.entity]
        return []

    def _last_organization(self, t: Token) -> list[str]:
        """'the group', 'the bloc': the organisation named last, within three sentences;
        'the council', 'the court': the latest one whose name holds the word."""
        sents = sentences(self.doc)
        word = t.lower_
        idx = sentence_no(self.doc, t.i)
        # the body's own mentions and those inside a title ("EU foreign policy chief X")
        orgs = sorted(((m.start, key) for key, d in self.ents.drafts.items() if d.type == "Organization"
                       for m in d.mentions if m.start < t.i and m.kind == "org"), reverse=True)
        called = self._called_so(word, t.i)
        if called:
            # "the Forces for Freedom and Change (FFC) alliance ... the alliance": the body the
            # text itself called by that word, before any other named lately
            self.weak.add(t.i)
            return [called]
        if word in _NAMED_BODY_ANAPHORS:  # a body named by its kind is the latest of that kind, however far
            # first one the text itself called so ("Sudan's army"), then one whose name holds the
            # word ("the Security Council"): "the army" beside "the Arakan Army" is the national army
            for test in (lambda n: word in n.split(), lambda n: word in n.lower().split()):
                for _, key in orgs:
                    d = self.ents.drafts[key]
                    if any(test(n) for n in [d.name, *d.names]):
                        self.weak.add(t.i)
                        return [key]
        if word in _ORG_ANAPHORS:
            lo = sents[max(0, idx - 3)].start
            # (not the one acting on it: "The EU backed the alliance's action" is NATO's)
            gov = self._governing_verb(t) if t.dep_ not in ("nsubj", "nsubjpass") else None
            if gov is not None and (sending := _sending_of(gov)) is not None:
                gov = sending  # "issued a statement backing the alliance's action": the issuer backs it
            # (the subject's own words, not self.subjects, which may come back here)
            subjects = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")] if gov is not None else []
            if any(c.left_edge.i <= t.i <= c.right_edge.i for c in subjects):
                subjects = []  # ("Hamas, the Islamist group that ...": it is the subject)
            acting = {m.entity for c in subjects for x in c.subtree
                      if (m := self.ents.mention_at(x.i)) is not None and m.entity}
            for start, key in orgs:
                ref = self.ents.drafts[key].ref
                if ref and self.ents.gaz.is_state_body(ref):
                    continue  # "the bloc", "the group": not a country's ministry or junta
                if key in acting:
                    continue
                if start >= lo:
                    self.weak.add(t.i)
                    return [key]
        return []

    def _called_so(self, word: str, before: int) -> str | None:
        """The organisation last named right before `word` ("the X alliance", "the X (XY)
        movement") ahead of token `before`."""
        doc = self.doc
        for m in reversed(self.ents.mentions):
            if m.start >= before or m.kind != "org" or not m.entity:
                continue
            i = m.end
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
                i += 3  # the acronym in brackets
            if i < before and doc[i].lower_ == word:
                return m.entity
        return None

    def _object_it(self, t: Token) -> list[str]:
        """'cut ties with Qatar, accusing it of ...': an object 'it' is the country or body
        named last before it in the same sentence that is not the clause's own subject."""
        gov = t.head if t.head.pos_ in ("VERB", "AUX") else self._governing_verb(t)
        own = set(self.subjects(gov)) if gov is not None else set()
        # "after Swedish Foreign Minister Margot Wallstrom criticised its record": not her own state
        theirs = {self._own_country(k) for k in own if self.ents.drafts[k].type == "Person"} - {None}
        for m in reversed(self.ents.mentions):
            if not sent_of(t).start <= m.start < t.i:
                continue
            if m.kind in ("country", "capital", "org", "demonym") and (m.entity or m.iso3):
                keys = self._actor(self.doc[m.end - 1], None)
                keys = [k for k in keys if self.ents.drafts[k].type in ("Country", "Organization")]
                if keys and set(keys) <= theirs:
                    continue
                if keys and not set(keys) & own:
                    self.weak.add(t.i)
                    return keys
                if keys:
                    if t.lower_ == "it" and sentence_no(self.doc, m.start) == sentence_no(self.doc, t.i) \
                            and set(keys) <= own:
                        break  # only its own subject before it: look to the sentence before
                    return []
        if t.lower_ == "it" and sentence_no(self.doc, t.i) > 0 and gov is not None and any(
                c.i > t.i and (c.dep_ == "prep" and c.lower_ in ("of", "against") or c.dep_ in ("xcomp", "ccomp"))
                for c in gov.children):
            # "Iran says its programme is peaceful. Washington accuses it of ...": the state the
            # sentence before was about, when not the accuser itself (an 'it' told to do or to
            # have done something is an agent, not the deed of "denounced it as a crime")
            prev = sentences(self.doc)[sentence_no(self.doc, t.i) - 1]
            keys = [k for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.actors(c)
                    if self.ents.drafts[k].type in ("Country", "Organization")]
            if len(keys) == 1 and not set(keys) & own:
                self.weak.add(t.i)
                return keys
        return []

    def _it_across(self, t: Token) -> list[str]:
        """'Saudi Arabia has clashed with Western governments before. In 2015 it recalled its
        ambassador from Sweden': a main clause's 'it' is the state or body the sentence before
        was about (its main subject), when nothing of the kind is named in between."""
        idx = sentence_no(self.doc, t.i)
        if idx == 0:
            return []
        prev = sentences(self.doc)[idx - 1]
        root = prev.root
        keys = [k for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.actors(c)
                if self.ents.drafts[k].type in ("Country", "Organization")]
        if len(keys) != 1 or any(m.kind in ("country", "capital", "org") and root.i < m.start < t.i
                                 for m in self.ents.mentions):
            return []
        self.weak.add(t.i)
        return keys

    def _it(self, t: Token) -> list[str]:
        """'France said it would deliver missiles', "Beijing said its coast guard ...": 'it'
        in a clause reported by a country or body is that country or body."""
        clause = t.head
        if t.dep_ == "poss" and clause.dep_ in _SUBJ:
            clause = clause.head  # "India said its aircraft had shot down ..."
        for _ in range(3):
            if clause.dep_ in ("ccomp", "conj", "advcl") and clause.head.i != clause.i:
                gov = clause.head
                # (or the main clause of a subordinate one: "France opened the assault when its
                # jets destroyed ...")
                if gov.lemma_ in _SAY_VERBS or gov.lemma_ in ("warn", "threaten", "pledge", "vow", "promise",
                                                               "deny", "accuse", "insist", "announce") \
                        or clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in (
                            "when", "as", "after", "while", "before", "because", "since") and m.i < clause.i
                            for m in clause.children):
                    keys = [k for c in gov.children if c.dep_ == "nsubj" for k in self.actors(c)]
                    keys = [k for k in keys if self.ents.drafts[k].type in ("Country", "Organization")]
                    if keys:
                        self.weak.add(t.i)
                        return keys
                clause = gov
            else:
                break
        return []

    def _teller(self, t: Token) -> set[str]:
        """Who tells of the clause t is in ("Michel told reporters that the two leaders had
        agreed"): not one of the group it names."""
        verb = reporting_verb(t)
        if verb is None or verb.lemma_ not in _SAY_VERBS:
            return set()
        # the subject's own name only: "X's office said the two had talked" may count X in
        return {k for c in verb.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)
                if self.ents.mention_at(x.i) is not None for k in self._actor_by_rules(x, None)}

    def _them_in_sentence(self, t: Token) -> list[str]:
        """'met both men and urged them to ...', 'China, which has ties to both countries,
        called on them to ...': the set named last before 'them' in its own sentence (a
        group, or two or more actors an earlier verb took as its object), never the asker."""
        verb = t.head if t.dep_ == "dobj" else t.head.head
        askers = set(self.subjects(verb)) if verb.pos_ in ("VERB", "AUX") else set()
        for j in range(t.i - 1, sent_of(t).start - 1, -1):
            x = self.doc[j]
            g = self.ents.group_at(j)
            if g is not None and g.head == j and not g.reciprocal:
                keys = [k for k in g.members if k not in askers]
            elif x.dep_ in ("dobj", "pobj") and x.head.pos_ in ("VERB", "AUX", "ADP") and self.ents.mention_at(j) is not None:
                keys = [k for k in self.actors(x) if k not in askers]
            else:
                continue
            if len(keys) >= 2:
                self.weak.add(t.i)
                return keys
        return []

    def _plural_antecedent(self, t: Token) -> list[str]:
        """'they' or 'them' that no rule of its own places: the plural phrase told just before,
        when it names actors. 'They' prefers a subject: of a clause above it ("The seven parties
        set aside their differences when they reached ..."), else of the sentence before ("The
        rebels resumed fighting. In June they took ..."). 'Them' takes the nearest plural phrase
        before it that is not its own clause's subject ("The groups ordered out include Oxfam,
        CARE and MSF. An official accused them of ..."). The nearest plural phrase decides: when
        it names no actor ("arrested 14 people and deported them"), neither does the pronoun."""
        if t.i in self._checking:
            return []  # (the antecedent's own actors may ask about this pronoun)
        self._checking.add(t.i)
        try:
            return self._find_plural_antecedent(t)
        finally:
            self._checking.discard(t.i)

    def _find_plural_antecedent(self, t: Token) -> list[str]:
        doc = self.doc
        sents = sentences(doc)
        idx = sentence_no(doc, t.i)

        def plural(x: Token) -> bool:
            return x.pos_ in ("NOUN", "PROPN") and x.dep_ != "conj" and (
                x.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in x.children))

        clause = t.head.head if t.dep_ == "pobj" else t.head
        own = {x.i for x in clause.children if x.dep_ in _SUBJ} if t.lower_ == "them" else set()
        own_keys = set(self.subjects(clause)) if own and clause.pos_ in ("VERB", "AUX") else set()

        def named(x: Token) -> list[str]:
            keys = [k for k in self.actors(x) if k not in own_keys]
            return keys if len(keys) >= 2 or x.tag_ in ("NNS", "NNPS") else []
        if t.lower_ == "they":
            for a in t.ancestors:
                subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
                if subj is not None:
                    return named(subj) if plural(subj) else []
            if idx == 0:
                return []
            prev = sents[idx - 1]
            subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return named(subj) if subj is not None and plural(subj) else []
        lo = sents[max(0, idx - 1)].start
        for j in range(t.i - 1, lo - 1, -1):
            x = doc[j]
            if j in own or x.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos") or not plural(x) \
                    or any(a.dep_ in ("relcl", "agent") for a in (x, *x.ancestors)):
                continue  # (an aside is seldom what a pronoun takes up: "an occupation condemned by A and B")
            return named(x)
        return []

    def _group_members(self, t: Token, teller: set[str]) -> list[str]:
        """The set coreference found for the group noun t (extract/groups.py), unless it holds
        the one telling of it or the one acting on it ("the EU and the US pressed both sides")."""
        g = self.ents.group_at(t.i)
        if g is None or g.head != t.i or len(g.members) < 2 or teller.intersection(g.members):
            return []
        gov = t.head if t.dep_ in ("dobj", "dative", "nsubjpass") else t.head.head if t.dep_ == "pobj" else None
        if gov is not None and gov.pos_ in ("VERB", "AUX") and t.i not in self._checking:
            self._checking.add(t.i)  # (the subjects may name a group themselves)
            try:
                if set(self.subjects(gov)) & set(g.members):
                    return []
            finally:
                self._checking.discard(t.i)
        return list(g.members)

    def _quoted_voice(self, t: Token) -> list[str]:
        """Who 'we' in a quotation is: the one the sentence says said it ('"We strongly
        condemn this act," Japan's foreign ministry said')."""
        quoted = _quoted_tokens(self.doc)
        sayer = next((a for a in t.ancestors if a.i not in quoted and a.pos_ in ("VERB", "AUX")
                      and (a.lemma_ in _SAY_VERBS or a.lemma_ == "post")), None)
        if sayer is None:
            return []
        return [k for c in sayer.children if c.dep_ == "nsubj" and c.i not in quoted for k in self.actors(c)]

    def _person_pronoun(self, t: Token) -> list[str]:
        """'his' or 'her' as the person it stands for (the rules leave possessives alone)."""
        k = self.ents.pronoun(t) if t.lower_ in ("his", "her") else None
        return [k] if k else []

    def _holders(self, k: str, before: Token) -> list[str]:
        """Who holds `k`: the source of the latest seizure of k told before (a detention, an
        arrest, a kidnapping: COERCE), however far back in the story."""
        for ev in reversed(self.out):
            if ev.type == "COERCE" and ev.trigger.i < before.i and k in ev.target and k not in ev.source:
                return list(ev.source)
        return []

    def _pair_before(self, t: Token, people: bool | None, reach: int | None = None,
                     leave_out: set[str] = frozenset()) -> list[str]:
        """'the two leaders', 'both sides', 'they' (meeting): the two actors of the latest
        two-sided event told before, within three sentences, as people (`people`), as their
        countries (not `people`), or as they were named (None); failing that, the two
        people named last. Never one of `leave_out`."""
        sents = sentences(self.doc)
        idx = sentence_no(self.doc, t.i)
        lo = sents[max(0, idx - (reach or (6 if people else 3)))].start
        fits = self._title_filter(t)
        number = 2
        for c in [t, *t.children]:
            number = {"three": 3, "four": 4}.get(c.lower_, number)
        found: list[list[str]] = []
        for ev in reversed(self.out):
            if not lo <= ev.trigger.i < t.i:
                continue
            if ev.type == "COOPERATE" and ev.trigger.lemma_ in _MEDIATE_VERBS:
                continue  # "talks brokered by X and Y ... they signed": the parties, not the brokers
            keys = list(dict.fromkeys(ev.target if ev.rule.endswith("-mediated") and ev.target
                                      else ev.source + ev.target))
            if len(keys) != number or leave_out.intersection(keys):
                continue
            types = [self.ents.drafts[k].type for k in keys]
            if people is None:
                found.append(keys)
            elif people and all(x == "Person" and fits(self.ents.drafts[k]) for x, k in zip(types, keys)):
                found.append(keys)
            elif not people:
                countries = [self._own_country(k) for k in keys]
                if all(countries) and countries[0] != countries[1] and not leave_out.intersection(countries):
                    found.append(countries)
        if found:
            return found[0]
        if people:
            seen: list[str] = []
            for m in reversed([m for m in self.ents.mentions if lo <= m.start < t.i]):
                if m.kind == "person" and m.entity and m.entity not in seen and m.entity not in leave_out \
                        and fits(self.ents.drafts[m.entity]):
                    seen.append(m.entity)
                if len(seen) == number:
                    return seen[::-1]
        return []

    def _title_filter(self, t: Token):
        """'the two presidents' are two presidents, 'both foreign ministers' two foreign
        ministers; 'the two leaders', 'both men' anyone."""
        word = t.lower_
        portfolio = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
        wanted = {"presidents": ("head",), "premiers": ("government",), "chancellors": ("government",)}.get(word)

        def fits(d) -> bool:
            if wanted is not None:  # "the two presidents": heads of state ("Chinese leader Xi" too)
                return d.title is not None and d.title.role in wanted
            if word == "ministers":
                if d.title is None or "Minister" not in d.title.title and "Secretary" not in d.title.title:
                    return False
                return not portfolio & {"foreign", "defence", "defense", "finance", "trade"} or \
                    d.title.role in portfolio or d.title.role == "foreign" and "foreign" in portfolio
            return True
        return fits

    def country_of(self, m) -> str:
        """The country entity a country word stands for; the word becomes its mention."""
        d = self.ents.country(m.iso3)
        if m.entity != d.key and all(x is not m for x in d.mentions):
            d.mentions.append(m)
            if m.kind == "capital" and m.text not in d.names:
                d.names.append(m.text)
        return d.key

    def _possessor(self, head: Token) -> list[str]:
        for c in head.children:
            if c.dep_ == "poss":
                return self.actors(c)
        return []

    # ------------------------------------------------------------- roles
    def subjects(self, verb: Token, depth: int = 0) -> list[str]:
        if depth > 4:
            return []
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not subj:  # "Egypt and Qatar are mediating": the parse may hang the subject on the auxiliary
            subj = [c for a in verb.children if a.dep_ == "aux" and a.i < verb.i for c in a.children if c.dep_ == "nsubj"]
        if subj and any(c.dep_ == "agent" for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children):
            subj = []  # "X's bid remains blocked by Y": the parse calls the patient a subject
        if subj:
            keys = []
            for s in subj:
                if s.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                    # "A, B, who has worked on it, C and D": a singular verb is its own head's
                    # alone; "Russia and China, which have vetoed it": a plural one, the list's
                    singular = verb.tag_ == "VBZ" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in (
                        "has", "is", "was", "does") for a in verb.children)
                    keys += self._actor(verb.head, None) if singular else self.actors(verb.head)
                else:
                    keys += self.actors(s) or self._parties_of_deal_told(s, verb)
            rel = verb.head
            if verb.dep_ == "conj" and rel.dep_ == "relcl" and rel.head.dep_ == "ROOT" \
                    and rel.head.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "cc" and c.lower_ == "and" for c in rel.children):
                # "Kuwait, whose emir ..., and the United States had mediated": the parse makes the
                # first name the root and the verb a conjunct of its relative clause
                keys = [k for k in self.actors(rel.head) if k not in keys] + keys
            # "X applied in May, together with Y": Y acts with the subject
            keys += [k for t in [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
                     for p in _together_with(t) for x in (p, *p.conjuncts) for k in self.actors(x) if k not in keys]
            return keys
        agent = [c for c in verb.children if c.dep_ == "agent"]
        if not agent and any(c.dep_ == "auxpass" for c in verb.children):
            # "was welcomed with an embrace by Sharif", "was signed in Lusaka by Congo and by
            # Angola": the parse hangs "by" on the gesture or the place
            agent = [x for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "in", "at")
                     for o in c.children if o.dep_ == "pobj" for b in o.children
                     if b.dep_ == "prep" and b.lower_ == "by" for x in (b, *b.conjuncts) if x.lower_ == "by"]
        if agent:  # "by Malawi and by Zambia": the second 'by' is the first's conjunct
            return [k for a in agent for b in (a, *a.conjuncts) for p in b.children if p.dep_ == "pobj"
                    for k in self.actors(p)]
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []
        fused = _dated_subject(verb)
        if fused is not None:
            return self.actors(fused)
        if verb.dep_ == "conj" and verb.i > 0 and _subject_of_next_verb(self.doc[verb.i - 1]):
            return self.actors(self.doc[verb.i - 1])  # "Canada expelled four and Ukraine expelled 13"
        head = verb.head
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.pos_ == "ADJ":
            return self.subjects(head.head, depth + 1)  # "X is due to travel", "X is likely to meet"
        if verb.dep_ == "xcomp":
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if raised and not any(c.dep_ == "agent" for c in head.children):
                return self.actors(raised[0])  # "X is expected to visit", "X was asked to attend"
            if _orders_own_forces(head):
                return self.subjects(head, depth + 1)  # "X ordered the army to strike Y": X strikes
            if head.lemma_ in _OBJ_CONTROL:
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs:
                    return self.actors(objs[0])
            return self.subjects(head, depth + 1)
        sending = _sending_of(verb)
        if sending is not None:
            return self.subjects(sending, depth + 1)  # "sent X a message praising ...": the sender praises
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children):
            return []  # "since X took office ... to visit Y": a purpose clause needs a main clause
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and self.doc[verb.i - 1].dep_ == "pobj" \
                and self.doc[verb.i - 1].head.lower_ == "with":
            return self.actors(self.doc[verb.i - 1])  # "ended with Cuba freeing X": Cuba frees
        if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            keys = self.subjects(head, depth + 1)
            if not keys and verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ in ("acl", "xcomp", "relcl") \
                    and self.doc[verb.i - 1].text == ",":
                # "X secured a plan to end the war, shuttling between A and B": the parse hangs the
                # participle on the clause inside the object; the one doing it is the main clause's subject
                main = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "nsubj" for c in a.children)), None)
                if main is not None:
                    keys = self.subjects(main, depth + 1)
            if not keys and verb.dep_ == "conj" and head.dep_ == "relcl" and head.head.head.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                # "The US called the pact a trend that should be of concern and accused Moscow of ...":
                # the parse joins the verb to the relative clause; its subject is the main clause's
                keys = self.subjects(head.head.head, depth + 1)
            sayer = _reporting_above(head)
            if verb.dep_ == "conj" and sayer is not None \
                    and verb.lemma_ in lx.ASK_VERBS | {"accuse", "condemn", "praise", "thank", "criticise", "criticize",
                                                       "give", "warn", "threaten", "summon", "expel"} \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                # "X said Moscow was trying to ... and urged the G7 to ...", "X said it was highly
                # likely that Russia was responsible and gave the Russian government until midnight":
                # the speaker urged, gave
                speaker = self.subjects(sayer, depth + 1)
                if speaker and keys and not set(keys) & set(speaker) and (
                        sayer.i > head.i or all((d := self.ents.drafts.get(k)) is not None and d.type == "Person" for k in keys)
                        and self._and_countries(keys) & self._and_countries(speaker)):
                    # "Tokyo protested and summoned the ambassador, the ministry said", "the State
                    # Department said U.S. envoy X had called Lavrov and urged Moscow to ...": a
                    # report of what one of its own people did (the clause's subject acts); not
                    # "said Moscow was trying to ... and urged the G7", "said Bolivia would never
                    # give up and called on Chile to ..."
                    return keys
                if speaker:
                    return speaker
            if not keys and verb.dep_ == "conj" and head.dep_ in ("acomp", "attr") and head.head.pos_ in ("VERB", "AUX"):
                # "X said it was deeply concerned and called on Y": the parse joins the verb to the
                # predicate; its subject is the copula's, or for "it"/"he", the speaker's
                cop = head.head
                keys = self.subjects(cop, depth + 1)
                if not keys and cop.dep_ == "ccomp" and cop.head.lemma_ in _SAY_VERBS:
                    keys = self.subjects(cop.head, depth + 1)
            if not keys and verb.dep_ == "conj" and head.dep_ in ("ccomp", "conj") and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") and self.actors(c) for c in head.children):
                # "X stressed that the issue is ... and called on Y": the parse hangs the
                # second verb on the embedded clause; its subject is the speaker
                keys = self.subjects(head.head, depth + 1)
            return keys
        if verb.dep_ == "relcl":
            return self.actors(head)
        if verb.dep_ == "acl":
            # "the first US official to visit China": the noun, or the subject it describes
            if head.dep_ == "attr":
                return self.subjects(head.head, depth + 1)
            if head.lemma_ in ("statement", "communique", "declaration", "letter", "resolution", "report",
                               "message", "post", "speech") and head.head.pos_ in ("VERB", "AUX"):
                if head.head.lemma_ in _STOPPED_TEXT_VERBS:
                    return []  # "vetoed a resolution condemning X", "blocked an EU statement criticising X"
                owner = [k for c in head.children if c.dep_ in ("poss", "compound") and c.i < head.i
                         for k in self.actors(c)]
                # "published the EU's statement criticising China": the EU's words
                return owner or self.subjects(head.head, depth + 1)  # "issued a statement criticising X"
            return self.actors(head)
        if verb.dep_ == "pcomp" or verb.dep_ == "pobj":
            # "after meeting X", "before visiting Y"
            gov = head.head
            if gov.pos_ in ("VERB", "AUX"):
                if head.lower_ in ("for", "of") and verb.tag_ == "VBG":
                    # "thanked Lula for backing Argentina", "accused Moscow of arming the
                    # rebels": the one thanked or accused did it
                    done_by = [k for c in gov.children if c.dep_ == "dobj" for k in self.actors(c)]
                    if done_by:
                        return done_by
                return self.subjects(gov, depth + 1)
        if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            return self._adjacent_subject(verb)
        return []

    def _adjacent_subject(self, verb: Token) -> list[str]:
        """A finite main verb the parse left without a subject ("At a summit in Abuja, the
        Economic Community of West African States (ECOWAS) also imposed ..."): the actor
        named right before it."""
        j = verb.i - 1
        while j >= sent_of(verb).start and (self.doc[j].is_punct or self.doc[j].pos_ in ("ADV", "AUX", "PART")):
            j -= 1
        m = self.ents.mention_at(j) if j >= sent_of(verb).start else None
        if m is None or m.kind not in ("person", "country", "org", "capital", "demonym"):
            return []
        t = self.doc[j]
        if t.dep_ == "conj" and any(self.doc[x].text == "," for x in range(sent_of(verb).start, t.i)):
            # "On Friday in Oslo, A and B signed ...", parsed with the list a conjunct of the place:
            # the whole list after the comma
            first = t
            while first.dep_ == "conj" and first.head.dep_ != "pobj" and (mm := self.ents.mention_at(
                    first.head.i)) is not None and mm.kind in ("person", "country", "org"):
                first = first.head  # (not up to the place the list hangs on: "in Oslo")
            keys = [k for x in [first, *first.conjuncts] if x.i >= first.i
                    for k in self._actor(x, None) if self._is_actor(k)]
            if keys:
                return list(dict.fromkeys(keys))
        return self._actor(t, None)

    def patients(self, verb: Token) -> list[str]:
        """The passive subject (patient) of a passive verb; in a relative clause ("Pakistan,
        which has long been accused by Kabul of ..."), the noun the clause is about."""
        about = verb.dep_ == "relcl" and not (verb.lemma_ in lx.VERBS and lx.VERBS[verb.lemma_].type == "CONSULT")
        # (not "the gathering of the Rio Group, which was hosted by X": what is hosted is a gathering)
        return [k for c in verb.children if c.dep_ == "nsubjpass"
                for k in (self.actors(verb.head) if about and c.lower_ in ("which", "who", "that") else self.actors(c))]

    def objects(self, verb: Token, preps=()) -> list[str]:
        keys = []
        kids = list(verb.children)
        # "pulled its troops out of Ukraine": the parse hangs 'of' on 'out'
        kids += [x for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")
                 for x in c.children if x.dep_ == "prep" and x.lower_ in preps]
        kids += _shared_objects(verb)
        if verb.lemma_ in _MOVE_VERBS:
            # "massed troops along its border with X": the parse hangs the place on the troops
            kids += [p for c in verb.children if c.dep_ == "dobj" for p in c.children
                     if p.dep_ == "prep" and p.lower_ in preps]
        for c in kids:
            if _in_solidarity(c):
                continue
            if c.dep_ in ("dobj", "dative", "attr") and verb.lemma_ in _TOPIC_VERBS:
                # "they discussed Taiwan": what was talked of, not with whom ("discussed the base
                # with Bakiyev": the parse may hang the partner on it)
                keys += [k for x in c.children if x.dep_ == "prep" and x.lower_ in preps
                         for t in _prep_objects(x) for k in self.actors(t, self.subjects(verb)) if k not in keys]
                continue
            if c.dep_ in ("dobj", "dative", "attr") or c.dep_ == "prep" and c.lower_ in preps:
                # a preposition the parse calls a dative ("sent aid to X") stands for its object
                targets = [c] if c.dep_ != "prep" and c.pos_ != "ADP" else _prep_objects(c)
                for t in targets:
                    if t.lower_ in ("which", "who", "whom", "that") and verb.dep_ == "relcl":
                        keys += self.actors(verb.head)  # "Wagner, which the US accuses of ..."
                        if not keys and verb.lemma_ in _REACT_VERBS:
                            keys += self._told_in_sentence(verb)  # "signed a pact, which China criticised"
                        continue
                    found = self.actors(t, self.subjects(verb))
                    if not found and t.lemma_ in _PULLOUT_NOUNS and c.dep_ == "prep" and c.lower_ == "for":
                        found = self.owner(t)  # "called for a withdrawal of Russian forces": Russia
                    if not found and t.lemma_ in _BORDER_NOUNS and verb.lemma_ in _MOVE_VERBS:
                        # "deployed troops to its border with Kosovo": the country across it
                        found = [k for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                                 for o in _prep_objects(p) for k in self._place_or_actor(o)]
                    keys += found
            if c.dep_ == "prep" and c.lower_ in ("by", "via", "over") and "with" in preps:
                # "spoke by telephone with X": the parse hangs "with" on the medium
                keys += [k for m in c.children if m.dep_ == "pobj" and m.lower_ in lx.PHONE_WORDS | lx.VIRTUAL_WORDS
                         for p in m.children if p.dep_ == "prep" and p.lower_ == "with"
                         for o in p.children if o.dep_ == "pobj" for k in self.actors(o)]
            if c.dep_ == "prep" and c.lower_ == "including" and preps:
                # "met with leaders from the region, including X and Y": the parse hangs it on the verb
                keys += [k for o in c.children if o.dep_ == "pobj" for k in self.actors(o)]
            for t in ([c] if c.dep_ in ("dobj", "dative") else [p for p in c.children if p.dep_ == "pobj"]
                      if c.dep_ == "prep" and c.lower_ in preps else []):
                # "met leaders from the region, including King Abdullah II and el-Sissi"
                keys += [k for p in t.children if p.dep_ == "prep" and p.lower_ in ("including", "such")
                         for o in p.children if o.dep_ == "pobj" for k in self.actors(o)]
            if c.dep_ == "dobj" and "with" in preps:
                # "signed a deal with X", "cut ties with X", "a memorandum of understanding with X",
                # "signed agreements to establish relations with X and Y"
                heads = [c] + [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"]
                heads += [o for a in c.children if a.dep_ in ("acl", "relcl") and a.lemma_ in (
                    "establish", "restore", "normalise", "normalize", "resume", "upgrade")
                          for o in a.children if o.dep_ == "dobj" and o.lemma_ in ("relation", "tie")]
                keys += self._prep_actors(heads, ("with",))
            if c.dep_ == "prep" and c.lower_ in ("to", "on") and "with" in preps:
                # "agreed to a ceasefire with Hamas": the parse hangs the party on the pact
                keys += self._prep_actors([p for p in _prep_objects(c) if p.lower_ in lx.AGREEMENT_NOUNS
                                           or p.lemma_ in lx.AGREEMENT_NOUNS], ("with",))
        return list(dict.fromkeys(keys))

    def _story_neighbour(self, src: list[str]) -> list[str]:
        """The country a story is about, other than `src` and theirs: the one it names most
        often, when one clearly leads (whose border 'the border' is)."""
        own = set(src) | {c for k in src if (c := self._own_country(k)) is not None}
        counts = sorted(((len(d.mentions), key) for key, d in self.ents.drafts.items()
                         if d.type == "Country" and key not in own and d.mentions), reverse=True)
        if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
            return []
        return [counts[0][1]]

    def _border_country(self, border: Token) -> list[str]:
        """'the Colombian border', 'its border with Kosovo': the country across it."""
        keys = [k for c in border.children if c.dep_ in ("amod", "compound", "nmod") for k in self._force_owner(c)]
        keys += [k for c in border.children if c.dep_ == "prep" and c.lower_ == "with"
                 for o in _prep_objects(c) for k in self._place_or_actor(o)]
        return list(dict.fromkeys(keys))

    def _prep_actors(self, heads: Iterable[Token], words: tuple[str, ...]) -> list[str]:
        """The actors that the prepositions `words` hung on `heads` introduce ("with X")."""
        return [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in words
                for p in _prep_objects(c) for k in self.actors(p)]

    def owner(self, noun: Token, depth: int = 0) -> list[str]:
        """Actors a non-actor noun belongs to: "the DPRK's launches", "a Chinese balloon",
        "dozens of Chinese companies"."""
        if noun.lower_ in ("neighbour", "neighbor") and noun.dep_ in ("dobj", "pobj"):
            # "accusing its western neighbour": the other country the story is about
            poss = [c for c in noun.children if c.dep_ == "poss"]
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            whose = [k for c in poss if c.lower_ not in ("its", "their") for k in self.actors(c)] or (
                self.subjects(verb) if poss and verb.pos_ in ("VERB", "AUX") else [])
            return self._story_neighbour(whose) if whose else []
        if noun.lemma_.lower() in _RELATION_NOUNS and noun.dep_ in ("dobj", "nsubjpass"):
            # "criticised Greece's partners", "sanctioned Iran's proxies": others, not the one
            # they stand with (but "among Niger's supporters" is told of Niger)
            return []
        # "two aircraft belonging to Brothers to the Rescue": the owner the text names outright,
        # before any maker's name in front ("Cessna aircraft")
        owned_by = [k for c in noun.children if c.dep_ == "acl" and c.lemma_ == "belong"
                    for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for o in _prep_objects(p)
                    for k in self.actors(o)]
        if owned_by:
            return owned_by
        keys = []
        for c in noun.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of":
                ts = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]
                for t in ts:
                    found = self.actors(t)
                    if not found and c.dep_ in ("nmod", "compound") and depth < 1:
                        # "a Russian Mi-24 helicopter": the parse hangs the country word on the model name
                        found = [k for x in t.children if x.dep_ in ("amod", "compound")
                                 and (m := self.ents.mention_at(x.i)) is not None
                                 and m.kind in ("demonym", "country") for k in self.actors(x)]
                    if not found and c.dep_ == "prep" and depth < 1:
                        found = self.owner(t, depth + 1)
                    if not found and c.dep_ == "amod" and c.lower_ in _FLAG_WORDS:
                        # "a British-flagged tanker", "a Greek-owned ship": whose flag it flies
                        found = [k for x in c.children if x.dep_ in ("npadvmod", "compound", "amod")
                                 for k in self.actors(x)]
                    keys += found
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _DRAFTING_VERBS:
                # "a resolution drafted by the United States": whose text it is
                keys += [k for a in c.children if a.dep_ == "agent" for p in _prep_objects(a) for k in self.actors(p)]
        return list(dict.fromkeys(keys))

    # ------------------------------------------------------------- status
    def blocked(self, verb: Token) -> bool:
        """Negated, or the content of a wish or a request: not an event."""
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in ("have", "be", "remain") and any(
                c.lower_ == "yet" for c in verb.head.children):
            return True  # "Putin has yet to meet Zelenskiy", "is yet to respond": not so far
        if _tried_to_win_over(verb):
            return False  # "tried to persuade X", "failed to persuade X": the asking took place
        t = verb
        for _ in range(4):
            if t.dep_ in ("acl", "ccomp", "appos") and t.head.lemma_ in _ALLEGATION_NOUNS \
                    and t.head.pos_ in ("NOUN", "PROPN") and t.lemma_ not in _ALLEGE_VERBS | {"reject", "dismiss"}:
                return True  # "accusations that X was backing Y": only alleged
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.lemma_ in _ALLEGE_VERBS:
                return True  # "accused X of backing Y", "blamed X for harbouring Y"
            if t.dep_ == "pcomp" and t.head.lower_ == "from" and t.head.head.lemma_ in _HOLD_BACK_FROM \
                    or t.dep_ == "xcomp" and t.head.lemma_ in ("avoid", "stop", "cease", "quit"):
                return True  # "would refrain from criticising each other", "avoided naming Russia"
            if t.dep_ == "ccomp" and t.i < t.head.i and any(
                    c.dep_ in ("dobj", "nsubj") and t.i < c.i < t.head.i and c.lemma_ in _ALLEGATION_NOUNS
                    for c in t.head.children):
                return False  # "X accused Y of Z, a charge Y denied": the parse made the accusation the denial's clause
            if t.dep_ in ("xcomp", "ccomp", "acl", "advcl") and t.head is not t:
                gov = t.head
                if t.dep_ == "advcl" and not any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
                    return False
                if t.dep_ == "xcomp" and any(c.dep_ == "nsubj" and (c.lemma_ in lx.AGREEMENT_NOUNS or c.lower_ in
                                                                    lx.AGREEMENT_NOUNS) for c in gov.children):
                    return True  # "the accord committed the two countries to consult each other": an obligation
                if t.dep_ == "xcomp" and _orders_own_forces(gov):
                    t = gov  # what a leader orders his own forces to do is done, as reports tell it
                    continue
                if t.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_ in ("step", "measure", "effort", "move",
                                                                               "action") for c in gov.children):
                    return True  # "took steps to reestablish relations": only intended
                if gov.lemma_ == "tell" and t.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                        and not any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in t.children):
                    t = gov  # "told reporters that the two had agreed": a report, not an order
                    continue
                relative = t.dep_ == "acl" and gov.pos_ == "NOUN" and any(
                    c.dep_ in ("nsubj", "npadvmod") and gov.i < c.i < t.i for c in [*t.children, *gov.children])
                if _is(gov, lx.WISH_VERBS) or _is(gov, lx.ASK_VERBS) or _is(gov, lx.REFUSE_VERBS) \
                        or _cancels(gov) or not relative and gov.lemma_ in (
                            "need", "willingness", "hint", "effort", "chance", "possibility", "attempt", "bid",
                            "desire", "way", "step", "move", "measure", "push", "plan", "proposal"):
                    # (not "a move Warsaw called a provocation": a clause about the move, not its aim)
                    return True
                if any(c.dep_ == "neg" for c in gov.children):
                    return True
                t = gov
            elif t.dep_ == "conj" and t.head is not t and t.head.pos_ in ("VERB", "AUX"):
                head = t.head
                if t.tag_ == "VBZ" and head.tag_ in ("VBG", "VB"):
                    return False  # "denies engineering the crisis and accuses Poland of ...": a clause of its own
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and subj \
                        and not any(self.actors(x) for x in subj):
                    return False  # misparse: the verb is coordinated with the speaker's verb
                t = head  # "hope that X will adopt ... and work with Y"
            else:
                break
        return False

    def not_done(self, v: Token) -> bool:
        """Only asked for, only possible, or denied: no deed to report."""
        return self.blocked(v) or self.hypothetical(v) or any(c.dep_ == "neg" for c in v.children)

    def hypothetical(self, verb: Token | None) -> bool:
        """'could set the stage for meetings', 'possibly including a meeting'."""
        t = verb
        for _ in range(3):
            if t is None:
                return False
            if any(c.lower_ in _HYPOTHETICAL and c.dep_ in ("aux", "advmod") for c in t.children):
                return True
            if t.dep_ == "conj" and (t.tag_ == "VBD" or t.tag_ == "VBZ" and t.head.tag_ in ("VBG", "VB")):
                # a verb in the past tense says what happened, whatever it is joined to; so does a
                # present one joined to a clause it cannot belong to ("denies engineering the crisis
                # and accuses Poland of ...")
                return False
            if t.dep_ == "advcl" and _conditional(t):
                return True  # "would impose sanctions if it invaded Ukraine": a condition, not a deed
            if t.dep_ == "pcomp" and t.head.lower_ == "of" and t.head.head.lemma_ in _IDEA_NOUNS:
                return True  # "floated the idea of Vajpayee joining the talks"
            if t.dep_ == "pcomp" and t.head.lower_ in ("against", "from") and t.head.head.lemma_ in _DETER_VERBS:
                return True  # "warned Finland against joining NATO": a deed warned off, not done
            if t.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acl", "prep", "pcomp") and t.head is not t:
                t = t.head
            else:
                return False
        return False

    def status(self, verb: Token) -> str:
        t = verb
        for _ in range(4):
            if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in t.children):
                return "planned"
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.dep_ == "xcomp" \
                    and t.head.lemma_ == "be":
                return "planned"  # "is to meet"
            if t.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                    and any(c.dep_ == "nsubj" for c in t.children):
                return "planned"  # a headline's "Japan to impose sanctions on Russia"
            if t.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and (
                    t.head.lower_ == "due" or any(c.dep_ == "acomp" and c.lower_ == "due" for c in t.head.children)):
                return "planned"  # "is due in New York to discuss ..."
            if t.dep_ in ("xcomp", "ccomp") and t.head.lemma_ in lx.PLAN_VERBS:
                if t.head.lemma_ == "agree" and t.head.tag_ in ("VBD", "VBN") and t.lemma_ not in lx.VERBS \
                        and verb.lemma_ not in lx.VERBS:
                    return "occurred"
                return "planned"
            if t.dep_ == "conj" and (any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or t.tag_ == "VBD"):
                # "preparing to pay X and that Y had held talks", "told him it would be illegal and
                # urged Japan not to ...": a clause of its own
                break
            if t.dep_ in ("xcomp", "ccomp", "conj") and t.head is not t:
                t = t.head
            else:
                break
        for c in verb.children:
            if c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "scheduled", "upcoming", "expected", "possible"):
                return "planned"
        return "occurred"

    # ------------------------------------------------------------- emit
    def emit(self, type_: str, source: list[str], target: list[str], trigger: Token, rule: str,
             mode: str | None = None, status: str = "occurred", confidence: float = 0.7,
             anchor: Token | None = None) -> RawEvent | None:
        source = [k for k in dict.fromkeys(source) if self._is_actor(k)]
        target = [k for k in dict.fromkeys(target) if self._is_actor(k) and k not in source]
        if type_ in ("SUPPORT", "AID", "CONCEDE", "RETREAT") and target:
            # "Fernandez, whose country faces a crisis, praised ...": a leader's support for his
            # own country is no interaction between them (an opposition figure's accusation of
            # his own government is one, so hostile types keep it)
            own = {self._own_country(k) for k in source if self.ents.drafts[k].type == "Person"} - {None}
            target = [k for k in target if k not in own]
        if type_ not in SYMMETRIC_TYPES and len(target) >= 2:
            # "Washington applauded Abe, Park and U.S. envoy Sung Kim": what a state does to
            # several is done to the others; its own envoy is on its side (one target of its own,
            # as in an arrest, stays)
            mine = {k for k in source if self.ents.drafts[k].type == "Country"}
            ours = [k for k in target if self.ents.drafts[k].type == "Person" and self._own_country(k) in mine]
            if ours and len(ours) < len(target):
                target = [k for k in target if k not in ours]
        if type_ == "REQUEST" and target:
            # "the president urged South Koreans to ...", "the foreign minister advised Russians
            # not to travel": an official's appeal to his own people
            ruled = {self._own_country(k) for k in source if self.ents.drafts[k].type == "Person"
                     and self.ents.drafts[k].title is not None
                     and self.ents.drafts[k].title.role in _EXECUTIVE_ROLES} - {None}
            target = [k for k in target if k not in ruled]
        if not source:
            return None
        if not target:
            if type_ not in SYMMETRIC_TYPES or len(source) < 2:
                return None
            if len(source) == 2:
                source, target = source[:1], source[1:]
        if type_ == "CONSULT" and status != "cancelled" and any(
                a.dep_ in ("dobj", "nsubjpass") and _cancels(a.head) or a.dep_ == "advcl" and _cancels(a.head) and any(
                    c.lower_ in ("due", "scheduled", "supposed", "expected", "set") for c in a.children)
                for a in (trigger, *trigger.ancestors)):
            # "called off a visit planned for Wednesday, when he had been due to hold talks
            # with X": the talks went with the visit
            status = "cancelled"
        pledged = [trigger] + ([trigger.head] if trigger.dep_ == "xcomp" and trigger.head.lemma_ in (
            "continue", "keep", "remain") else [])  # "would continue to support"
        if type_ == "SUPPORT" and status == "planned" and any(
                c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for t in pledged for c in t.children) \
                and not any(x.ent_type_ in ("DATE", "TIME") for t in pledged for c in t.children
                            if c.dep_ in ("npadvmod", "prep", "advmod") for x in c.subtree):
            # "we will always stand with Finland", "said Finland would continue to support its
            # neighbour's bid": the pledge is the support, given as it is said (and dated so)
            status = "occurred"
            anchor = anchor or _sayer_above(trigger)
        ev = RawEvent(type=type_, source=source, target=target, trigger=trigger, rule=rule,
                      mode=mode if type_ == "CONSULT" else None, status=status,
                      confidence=confidence, anchor=anchor or trigger)
        self.out.append(ev)
        return ev

    def _is_actor(self, key: str) -> bool:
        d = self.ents.drafts.get(key)
        return d is not None and d.type in ("Person", "Country", "Organization")

    # ------------------------------------------------------------- rules
    def run(self) -> list[RawEvent]:
        for tok in self.doc:
            if tok.lower_ in _CONCERN_WORDS and tok.dep_ in ("acomp", "ccomp", "ROOT", "conj", "xcomp", "advcl"):
                self.concerned(tok)  # "said it was gravely concerned about X's arrests"
            if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                self.verb(tok)
            elif tok.lemma_.lower() in lx.VERBS and any(c.dep_ == "nsubj" for c in tok.children) \
                    and tok.dep_ == "ROOT":
                self.verb(tok)  # headlines: "X and Y Meet in Z" parsed as a noun
                continue
            if tok.pos_ in ("NOUN", "PROPN") or tok.tag_.startswith("NN"):
                self.noun(tok)
        self.charges_denied()
        self._assurances_received()
        self._restored_ties_cooperate()
        self._spokesmen_speak_too()
        self._met_in_hosts_capital()
        self._onlookers_join()
        return self.out

    def _assurances_received(self) -> None:
        """'Kuleba said he had received assurances from his Hungarian counterpart that ...',
        'won a pledge from Washington': the one who gave them reassured the one who got them."""
        for n in self.doc:
            if n.lemma_ not in _ASSURANCE_NOUNS or n.dep_ != "dobj" or n.head.lemma_ not in _GETTING_VERBS:
                continue
            verb = n.head
            if any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp" and verb.head.lemma_ in ("fail", "seek", "want", "try"):
                continue  # "failed to secure guarantees from X", "sought assurances from Y"
            givers = [k for t in (n, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj" for y in (p, *p.conjuncts) for k in self.actors(y)]
            receivers = self.subjects(verb)
            if givers and receivers:
                self.emit("SUPPORT", givers, receivers, n, "noun:assurance-from", status=self.status(verb),
                          confidence=self._conf(verb, 0.55), anchor=verb)

    def _onlookers_join(self) -> None:
        """'A and B signed the accord, with C and D standing behind them': those who watched
        a signing or a meeting were there, as the guests of a ceremony are."""
        for ev in list(self.out):
            if ev.type not in ("AGREE", "CONSULT") or ev.status == "cancelled" \
                    or ev.type == "CONSULT" and ev.mode not in ("meet", "host"):
                continue
            v = ev.trigger
            watching = [k for c in v.children if c.dep_ == "prep" for x in _onlookers(c)
                        for y in (x, *x.conjuncts) for k in self.actors(y)
                        if k not in ev.source and k not in ev.target and self._is_actor(k)]
            if not watching:
                continue
            occasion = next((o for o in self.occasions if o.event is ev), None)
            if occasion is None:
                occasion = _Occasion(at=v, present=list(dict.fromkeys(ev.source + ev.target)), event=ev)
                self.occasions.append(occasion)
            self._join(occasion, v, v, list(dict.fromkeys(watching)))

    def _met_in_hosts_capital(self) -> None:
        """'Petro met his Venezuelan counterpart Maduro in Caracas': a foreign guest meeting
        his host in the host's capital has travelled there, a visit to the host's country."""
        for ev in list(self.out):
            if ev.type != "CONSULT" or ev.mode not in ("meet", None) or ev.status == "cancelled" or not ev.target:
                continue
            capital = next((m for c in ev.trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                            for p in c.children if p.dep_ == "pobj"
                            for m in [self.ents.mention_at(p.i)] if m is not None and m.kind == "capital" and m.iso3),
                           None)
            if capital is None:
                continue
            host = self.ents.country(capital.iso3).key
            sides = [list(ev.source), list(ev.target)]
            for guests, others in (sides, sides[::-1]):
                if not any(self._own_country(k) == host for k in others):
                    continue
                guests = [k for k in guests if self.ents.drafts[k].type == "Person"
                          and self._own_country(k) not in (None, host)]
                guests = [k for k in guests if not any(e.type == "CONSULT" and e.mode == "visit" and k in e.source
                                                       and host in e.target for e in self.out)]
                if guests:
                    new = self.emit("CONSULT", guests, [host], ev.trigger, ev.rule + "-in-capital", mode="visit",
                                    status=ev.status, confidence=ev.confidence, anchor=ev.anchor)
                    if new is not None:
                        new.location = ev.location

    def _spokesmen_speak_too(self) -> None:
        """'Kremlin spokesman Peskov said Russia strongly supported Serbia': the stance the
        official states for his country is his as well (the golds credit the speaker)."""
        for ev in list(self.out):
            if ev.type not in ("SUPPORT", "ACCUSE", "REJECT") or ev.trigger.dep_ != "ccomp":
                continue
            verb = reporting_verb(ev.trigger)
            if verb is None or verb.lemma_ not in _SAY_VERBS or verb.i != ev.trigger.head.i:
                continue
            speakers = [k for c in verb.children if c.dep_ == "nsubj" for k in self.actors(c)
                        if self.ents.drafts[k].type == "Person" and self._own_country(k) in ev.source]
            speakers = [k for k in speakers if k not in ev.source and k not in ev.target]
            if any(self.ents.drafts[k].type == "Person" for c in ev.trigger.children if c.dep_ == "nsubj"
                   for k in self.actors(c)):
                continue  # "Ryder said Austin reassured Shin of the US commitment": Austin's doing, reported
            if speakers:
                self.emit(ev.type, speakers, list(ev.target), ev.trigger, ev.rule + "-speaker", status=ev.status,
                          confidence=ev.confidence, anchor=ev.anchor)

    def _restored_ties_cooperate(self) -> None:
        """Ties restored (done, not promised) are both a pact and the two working together
        again: PLOVER's cooperation is resumed diplomatic exchange, and readers file it either
        way, so the agreement is kept and the cooperation told beside it."""
        for ev in list(self.out):
            if ev.type == "AGREE" and ev.trigger.i in self.restored_ties and ev.status == "occurred":
                self.emit("COOPERATE", list(ev.source), list(ev.target), ev.trigger, ev.rule + "-cooperate",
                          confidence=ev.confidence)

    def _confronted(self, v: Token) -> list[str]:
        """Whom a movement of forces is meant to meet: 'to confront the Turkish advance', 'to
        deter Japan', 'to counter Ethiopian forces'."""
        out: list[str] = []
        for c in v.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_ in _CONFRONT_VERBS \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                out += [k for o in c.children if o.dep_ == "dobj" for k in self.actors(o) or self.owner(o)]
        return [k for k in dict.fromkeys(out) if self.ents.drafts[k].type == "Country"]

    def embassy_shut_order(self, v: Token) -> bool:
        """'Britain ordered Iran to close its embassy in London': the mission is thrown out,
        a sanction, not a request."""
        shut = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ in ("close", "shut")
                and any(o.dep_ == "dobj" and o.lemma_ in ("embassy", "consulate", "mission") for o in c.children)]
        if not shut or self.blocked(v) or self.hypothetical(v):
            return False
        src = self.subjects(v)
        told = [k for c in v.children if c.dep_ in ("dobj", "dative") for k in self.actors(c)]
        told += [k for c in shut[0].children if c.dep_ == "nsubj" for k in self.actors(c)]  # (parsed as its subject)
        told = [k for k in dict.fromkeys(told) if k not in src]
        if not src or not told:
            return False
        self.emit("SANCTION", src, told, v, f"verb:{v.lemma_}-close-embassy", status=self.status(v),
                  confidence=self._conf(v, 0.6))
        return True

    def no_excuse(self, n: Token) -> None:
        """'X said there was no justification for China's response', 'no excuse for Russia's
        attack': X condemns whoever did it."""
        verb = reporting_verb(n)
        if verb is None or verb.lemma_ not in _SAY_VERBS or self.blocked(verb):
            return
        src = self.subjects(verb)
        deeds = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "for" for p in _prep_objects(c)]
        doers = [k for d in deeds for k in self.owner(d) or self._deed_owner(d) if k not in src]
        if src and doers:
            self.emit("ACCUSE", src, doers, n, "noun:no-justification", status=self.status(verb),
                      confidence=self._conf(verb, 0.55), anchor=verb)

    def concessions_made(self, v: Token) -> None:
        """'X made concessions to Y', or, with no one named, to the other party of the deal or
        talks X was in just before."""
        if self.blocked(v) or self.hypothetical(v):
            return
        src = self.subjects(v)
        if not src:
            return
        tgt = [k for h in [v, *(c for c in v.children if c.dep_ == "dobj")] for c in h.children
               if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in _prep_objects(c) for k in self.actors(p)
               if k not in src]
        if not tgt:
            lo = self._sentences_back(v.i, 4)
            told = next((ev for ev in reversed(self.out) if ev.type in ("AGREE", "CONSULT") and lo <= ev.trigger.i < v.i
                         and set(src) & set(ev.source + ev.target)), None)
            tgt = [k for k in dict.fromkeys(told.source + told.target) if k not in src] if told else []
        if tgt:
            self.emit("CONCEDE", src, tgt, v, f"verb:{v.lemma_}-concessions", status=self.status(v),
                      confidence=self._conf(v, 0.55))

    def appeared_alongside(self, v: Token) -> None:
        """'X announced the deal alongside Y', 'X spoke to reporters beside Y': the two stood
        together in public, so they met; a deal they announced or signed together they both
        made."""
        if self.blocked(v) or self.hypothetical(v):
            return
        src = [k for k in self.subjects(v) if self.ents.drafts[k].type == "Person"]
        heads = [v, *(o for o in v.children if o.dep_ == "dobj")]  # (the parse may hang it on the object)
        beside = [k for k in self._prep_actors(heads, ("alongside", "beside"))
                  if self.ents.drafts[k].type == "Person" and k not in src]
        if not src or not beside:
            return
        status = self.status(v)
        self.emit("CONSULT", src, beside, v, f"verb:{v.lemma_}-alongside", mode="meet", status=status,
                  confidence=self._conf(v, 0.55))
        if v.lemma_ in ("announce", "unveil", "sign", "present") and any(
                c.dep_ == "dobj" and (c.lemma_ in _DEAL_NOUNS or c.lower_ in _DEAL_NOUNS) for c in v.children):
            self.emit("AGREE", src, beside, v, f"verb:{v.lemma_}-deal-alongside", status=status,
                      confidence=self._conf(v, 0.55))

    def charges_denied(self) -> None:
        """'..., accusing Somalia of X, a charge Somalia denied', '..., a charge Tbilisi rejects':
        the closing remark denies the accusation the sentence told. Read from the words, since
        the small model often parses it badly (the denial as a plural noun, or the root of the
        whole sentence)."""
        doc, words = self.doc, lowers(self.doc)
        for i, w in enumerate(words):
            if w not in _DENIAL_WORDS or i < 4 or words[i - 1] == "not":
                continue
            m = self.ents.mention_at(i - 1)
            # (a name that is also its adjective is read as one: "a charge Myanmar denies")
            if m is None or m.kind not in ("country", "capital", "person", "org", "nominal", "demonym"):
                continue
            j = m.start
            if not (words[j - 1] in _ALLEGATION_NOUNS and words[j - 2] in ("a", "an", "the") and words[j - 3] == ","):
                continue
            deniers = self._actor(doc[m.end - 1], None)
            comma, first = j - 3, sent_of(doc[i]).start
            if not deniers or any(ev.type == "REJECT" and first <= ev.trigger.i <= i and set(ev.source) & set(deniers)
                                  for ev in self.out):
                continue
            # (or what named the deed a crime: "described the crackdown as ethnic cleansing, a charge X denies")
            charge = next((t for t in reversed(doc[first:comma]) if (t.lemma_ in _ALLEGE_VERBS or t.lemma_ in _NAMING_VERBS
                                                                      and _named_as(t))
                           and t.lemma_ not in ("deny", "criticise", "criticize", "condemn", "denounce")), None)
            if charge is None or self.blocked(charge):
                continue
            # the accusation this sentence told against them (or against their envoy)
            accusers = next((list(ev.source) for ev in reversed(self.out) if ev.type == "ACCUSE"
                             and first <= ev.trigger.i < comma and (set(ev.target) & set(deniers) or {
                                 self._own_country(k) for k in ev.target} & set(deniers))), None)
            when = charge  # what dates it: the accusation's clause
            if accusers is None:
                accusers = [k for k in self.subjects(charge) if k not in deniers]
                if not accusers:  # "when Kenya recalled its envoy, accusing Somalia": the clause's doer
                    verb = next((t for t in reversed(doc[first:charge.i]) if t.pos_ == "VERB"
                                 and self.subjects(t)), None)
                    accusers = [k for k in (self.subjects(verb) if verb is not None else []) if k not in deniers]
                    when = verb if verb is not None else charge
                accused = [k for c in charge.children if c.dep_ == "dobj" for k in self.actors(c)]
                if accusers and set(accused) & set(deniers):
                    self.emit("ACCUSE", accusers, deniers, charge, f"verb:{charge.lemma_}",
                              status=self.status(charge), confidence=self._conf(charge, 0.6), anchor=when)
            if accusers:
                self.emit("REJECT", deniers, accusers, doc[i], "verb:deny:charge", status="occurred",
                          confidence=self._conf(doc[i], 0.55), anchor=when)

    def verb(self, v: Token) -> None:
        lemma = v.lemma_.lower()
        particles = [c.lower_ for c in v.children if c.dep_ in ("prt",)
                     or c.dep_ == "prep" and c.lower_ == "out" and any(x.lower_ == "of" for x in c.children)
                     or c.dep_ == "advmod" and c.lower_ == "aside"]  # "brushed the complaints aside"
        spec = None
        for p in particles:
            spec = lx.PHRASAL.get((lemma, p))
            if spec:
                break
        if lemma in _REPLY_VERBS and self.bare_reply(v):
            return
        if lemma in ("ask", "press", "question", "quiz", "urge", "push") and v.tag_ == "VBN" and v.dep_ == "advcl" \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in v.children):
            return  # "Asked whether Washington was considering it, Trump told reporters ...": he was asked
        if lemma in _FUNDING_VERBS and self.funds_for(v):
            return  # "assembled a rescue package of nearly $50 billion for Mexico"
        if lemma in ("want", "expect") and self.wanted_of(v):
            return  # "ASEAN wants Cambodia to hold the elections as promised"
        if lemma in ("hand", "transfer", "cede", "return", "surrender", "relinquish") and self.handed_control(v):
            return  # "handed control of the canal to Panama"
        if lemma in ("deny", "refuse", "withhold", "revoke", "cancel") and self.visa_denied(v):
            return  # "refused him a visa", "denied entry to two congresswomen"
        if lemma in _GIVE_WAY_VERBS and self.gave_way(v):
            return  # "yielding to pressure from Caribbean leaders", "bowed to Washington's demands"
        if lemma in ("declare", "pronounce", "deem", "call", "consider") and self.declared_void(v):
            return  # "Ecuador declared the protocol null"
        if lemma in ("praise", "congratulate", "hail", "commend", "back", "support") and self.message_praising(v):
            return
        if lemma == "defend" and not any(c.dep_ == "dobj" and (self.ents.mention_at(c.i) is not None or any(
                p.dep_ == "poss" and self.ents.mention_at(p.i) is not None for p in c.children)) for c in v.children):
            # "defended Maduro", "defended Colombo's right to ..."; not "defended the diversion
            # of a Ryanair flight", his own deed
            return
        if spec is None and lemma == "shake" and any(c.lower_ == "hands" for c in v.children):
            spec = lx.PHRASAL[("shake", "hands")]
        if spec is None and lemma == "call" and self.called_for_someone_to(v):
            return
        if spec is None and lemma == "call":
            # "called on Iran to ...", not "called Xi on Tuesday"
            on = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                  and not any(p.ent_type_ in ("DATE", "TIME") for p in _prep_objects(c))]
            if on and self._courtesy_call(v, on):
                spec = lx.Verb("CONSULT", "meet", ("on", "upon"), "symmetric")
            elif on:
                spec = lx.Verb("REQUEST", None, ("on", "upon"))
            elif any(c.dep_ == "prep" and c.lower_ == "for" and any(
                    p.lemma_ in _PULLOUT_NOUNS for p in _prep_objects(c)) for c in v.children):
                spec = lx.Verb("REQUEST", None, ("for",))  # "called for a withdrawal of Russian forces"
            elif any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children) and any(
                    c.dep_ in ("advcl", "xcomp", "ccomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                    for c in v.children):
                spec = lx.Verb("REQUEST", None, ("for",))  # "called for X and Y to end the fighting"
        if spec is None and lemma == "trade":
            objs = [c for c in v.children if c.dep_ == "dobj" and c.lower_ in lx.BARB_NOUNS]
            if objs:
                self.barbs(v)
                return
        if spec is None and lemma in ("exchange", "trade") and any(
                c.dep_ == "dobj" and c.lemma_ in ("fire", "gunfire", "shot", "strike", "blow", "salvo", "artillery")
                for c in v.children):
            self.barbs(v, "ASSAULT")  # "Azerbaijan and Armenia exchanged fire"
            return
        views = spec is None and lemma == "exchange" and any(
            c.dep_ == "dobj" and c.lemma_ in _VIEW_NOUNS for c in v.children)
        if views or spec is None and lemma == "exchange" and any(
                c.dep_ == "dobj" and (c.lemma_ in _WRITTEN_NOUNS | _PROPOSAL_NOUNS or c.lemma_ == "series" and any(
                    p.lemma_ in _WRITTEN_NOUNS for x in c.children if x.dep_ == "prep" for p in _prep_objects(x)))
                for c in v.children):
            # "the two leaders have since exchanged a series of letters": they were in touch;
            # "Wang Yi exchanged views with Lavrov on the phone": the readouts' word for talks
            parties = list(dict.fromkeys(self.subjects(v) + self.objects(v, ("with",))))
            by_phone = views and any(p.lower_ in ("phone", "telephone") for c in v.children if c.dep_ == "prep"
                                     for p in _prep_objects(c))
            if len(parties) >= 2 and not self.blocked(v) and not self.hypothetical(v):
                self.emit("CONSULT", parties, [], v, "verb:exchange-views" if views else "verb:exchange-letters",
                          mode="call" if by_phone else None, status=self.status(v), confidence=self._conf(v, 0.55))
            return
        if spec is None and lemma in ("exchange", "swap", "trade") and any(
                c.dep_ == "dobj" and (c.lemma_ in _CAPTIVE_NOUNS or c.lower_ in _CAPTIVE_NOUNS) for c in v.children):
            self.barbs(v, "CONCEDE")  # "Russia and Ukraine swapped prisoners": each frees the other's
            return
        if lemma in _APPEARANCE_VERBS and any(c.dep_ == "prep" and c.lower_ in ("alongside", "beside") for c in [
                *v.children, *(x for o in v.children if o.dep_ == "dobj" for x in o.children)]):
            self.appeared_alongside(v)  # "announced the deal alongside his counterpart"
        if lemma in _FIGHT_VERBS and any(c.dep_ == "prep" and c.lower_ == "alongside" for c in v.children):
            allies = [k for k in self._prep_actors([v], ("alongside",)) if k not in self.subjects(v)]
            if allies and not self.blocked(v):  # "Eritrean troops fought alongside Ethiopian forces"
                self.emit("COOPERATE", self.subjects(v), allies, v, "verb:fight-alongside", mode=None,
                          status=self.status(v), confidence=self._conf(v, 0.6))
            return
        fought = [c for c in v.children if c.dep_ == "dobj"]
        if lemma in _FIGHT_VERBS and any(c.dep_ == "prep" and c.lower_ == "against" for t in (v, *fought)
                                         for c in t.children) \
                and fought and all(c.lemma_ in _FOUGHT_NOUNS for c in fought) \
                and not self.blocked(v) and not self.hypothetical(v):
            # "Finland fought two wars against the Soviet Union": a war is fought by both sides
            # (while "soldiers fought against rebels" tells who took the fight to whom)
            src = self.subjects(v)
            foes = [k for k in self._prep_actors([v, *fought], ("against",)) if k not in src]
            if src and foes:
                for a, b in ((src, foes), (foes, src)):
                    self.emit("ASSAULT", a, b, v, f"verb:{lemma}-against", status=self.status(v),
                              confidence=self._conf(v, 0.6))
                return
        if lemma in _FIGHT_VERBS and not any(c.dep_ == "prep" and c.lower_ in ("against", "alongside") for c in v.children) \
                and all(c.lemma_ in _FOUGHT_NOUNS for c in v.children if c.dep_ == "dobj"):
            # "A and B fought a war", "A's troops clashed with B's": each attacks the other; but
            # "A and B clashed over the Falklands at the UN", "X clashed with Y": words, not arms
            verbal = lemma == "clash" and not any(x.lemma_ in _FORCE_NOUNS or x.lower_ in _FORCE_NOUNS
                                                  for x in v.subtree if x.dep_ in ("nsubj", "pobj")) and (
                any(c.dep_ == "prep" and c.lower_ in ("over", "about") for c in v.children)
                or any(self.ents.drafts[k].type == "Person" for k in self.subjects(v)))
            self.barbs(v, "ACCUSE" if verbal else "ASSAULT")
            return
        if spec is None and lemma == "hold" and any(
                c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl") and c.lemma_ in _BLAME_WORDS
                or c.dep_ == "dobj" and any(a.dep_ == "amod" and a.i > c.i and a.lemma_ in _BLAME_WORDS for a in c.children)
                for c in v.children):
            # "Ukraine held Russia responsible for the attack" (the parse may make Russia the adjective's
            # subject, or 'responsible' a modifier of "the Syrian authorities")
            comp = next((c for c in v.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl")
                         and c.lemma_ in _BLAME_WORDS), v)
            blamed = [k for c in [*v.children, *comp.children] if c.dep_ in ("dobj", "nsubj") and c.head.i != v.i
                      or c.dep_ == "dobj" for k in self.actors(c)]
            if not self.blocked(v) and not self.hypothetical(v) and not any(c.dep_ == "neg" for c in v.children):
                self.emit("ACCUSE", self.subjects(v), blamed, v, "verb:hold-responsible", status=self.status(v),
                          confidence=self._conf(v, 0.6))
            return
        if spec is None and lemma in ("impose", "enforce", "declare", "establish", "tighten", "reimpose") and any(
                c.dep_ == "dobj" and _closure_kind(c) for c in v.children):
            self.closure_imposed(v)  # "imposed a naval blockade on Lebanon", "a no-fly zone over Libya"
            return
        if spec is None and lemma in ("impose", "slap", "announce", "levy", "extend", "tighten", "expand",
                                      "adopt", "approve", "unveil", "introduce", "agree", "renew", "maintain",
                                      "keep", "reimpose", "widen", "order", "decree", "sign", "issue"):
            objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lx.SANCTION_NOUNS
                    and lemma not in ("sign", "issue")]
            # "signed an executive order targeting 11 people": an order aimed at someone punishes them
            objs += [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("order", "decree") and any(
                a.dep_ == "acl" and a.lemma_ in ("target", "punish", "penalize", "penalise") for a in c.children)]
            objs += [p for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("package", "round", "set", "raft", "wave")
                     for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of"
                     for p in pr.children if p.dep_ == "pobj" and p.lower_ in lx.SANCTION_NOUNS]  # "11th package of sanctions"
            objs += [x for c in v.children if c.dep_ in ("ccomp", "xcomp") for x in c.children
                     if x.dep_ == "nsubj" and x.lower_ in lx.SANCTION_NOUNS]  # "announced sanctions targeting X"
            # "imposed asset freezes on X": the parse may make "freezes" a verb of its own
            objs += [c for c in v.children if c.dep_ == "ccomp" and c.lower_ in lx.SANCTION_NOUNS]
            if v.dep_ == "acl" and v.head.lower_ in lx.SANCTION_NOUNS and any(c.dep_ == "agent" for c in v.children):
                objs.append(v.head)  # "the sanctions imposed by Japan on Russia"
            if v.dep_ == "relcl" and v.head.lower_ in lx.SANCTION_NOUNS and not any(
                    c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in v.children):
                objs.append(v.head)  # "the tariffs that Washington imposed on imports from X"
            # "ordered the reimposition of U.S. sanctions on Iran"
            objs += [p for c in v.children if c.dep_ == "dobj" and c.lemma_ in (
                "imposition", "reimposition", "introduction", "tightening", "extension", "expansion")
                for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of"
                for p in pr.children if p.dep_ == "pobj" and p.lower_ in lx.SANCTION_NOUNS]
            if objs:
                self.sanction_noun(v, objs[0])
                return
        if spec is None and lemma in _HALT_VERBS and (lemma != "call" or "off" in particles) and any(
                c.dep_ == "dobj" and (c.lemma_ in _HOSTILITY_NOUNS or c.lower_ in _HOSTILITY_NOUNS) for c in v.children):
            self.halt(v)  # "halted attacks on X", "suspended its offensive against Y"
            return
        if lemma in ("make", "offer", "grant") and any(c.dep_ == "dobj" and c.lemma_ == "concession" for c in v.children):
            self.concessions_made(v)  # "the Tigrayan side had made painful concessions"
            return
        if spec is None and lemma in ("withdraw", "revoke", "suspend", "strip", "cancel", "rescind") and any(
                c.dep_ == "dobj" and c.lemma_ in ("status", "privilege", "preference", "accreditation", "visa",
                                                  "licence", "license", "concession")
                for c in v.children):
            self.revoke(v)  # "withdrew most-favoured-nation status for X"
            return
        if spec is None and lemma in ("send", "dispatch", "lead", "head") and any(
                c.dep_ == "dobj" and c.lemma_ in ("delegation", "mission", "envoy", "emissary", "team")
                for c in v.children):
            self.delegation(v)  # "sent a delegation led by X to Y", "X led a delegation to Y"
            return
        if lemma in ("call", "describe", "term", "dub") and self._lauded(v) and any(
                c.dep_ == "dobj" and self._deal_told(c, v) for c in v.children):
            self.praise_deal(v, outsiders_only=True)  # "called the agreement a victory for diplomacy"
            return
        if lemma in ("call", "describe", "brand", "label", "term", "dub", "denounce", "condemn", "criticise",
                     "criticize", "characterise", "characterize") and any(
                (c.dep_ in ("oprd", "xcomp", "attr", "ccomp") and lemma in ("call", "describe", "brand", "label", "term",
                                                                          "dub") or c.dep_ in ("pobj", "amod", "acomp") and c.head.lower_ == "as")  # "as regrettable"
                and (any(x.lemma_ in _PEJORATIVE or x.lower_ in _PEJORATIVE for x in (c, *c.conjuncts)) or any(
                    x.lemma_ in _PEJORATIVE and x.dep_ in ("amod", "compound", "nsubj", "attr", "conj")
                    # "described X's claim as an attempt to usurp power"
                    or x.dep_ == "acl" and c.lemma_ in ("attempt", "bid", "effort", "plot") and x.lemma_ in _USURP_VERBS
                    for x in c.children))
                for c in [*v.children, *[p for a in [*v.children, *[o for o in v.children if o.dep_ == "dobj"
                                                                     for o in o.children]]
                                         if a.dep_ == "prep" and a.lower_ == "as" for p in a.children]]) or lemma in (
                "call", "describe", "brand", "label", "term", "dub") and any(
                # 'called X's decision "a stab in the back"': the parse may set the epithet beside the object
                # or as the object's own object ('called the forced landing an act of state terrorism')
                a.dep_ in ("appos", "dobj") and a.i > o.i and (a.lemma_ in _PEJORATIVE or any(
                    x.lemma_ in _PEJORATIVE and x.dep_ in ("amod", "compound") for x in a.children))
                for o in v.children if o.dep_ in ("dobj", "oprd") and o.lemma_ not in _DEAL_NOUNS
                and o.lower_ not in _DEAL_NOUNS for a in o.children) or lemma in (
                "call", "describe", "brand", "label", "term", "dub") and any(
                # "called the visit manic, irresponsible and highly irrational" (parsed as modifiers)
                c.dep_ in ("dobj", "oprd") and any(a.dep_ == "amod" and a.i > c.i and any(
                    x.lemma_ in _PEJORATIVE for x in (a, *a.conjuncts)) for a in c.children)
                for c in v.children) or lemma in ("call", "brand", "label", "term", "dub") and (self._epithet_object(v) or any(
                    c.dep_ == "oprd" and self._quoted_epithet_after(v, c) for c in v.children) or any(
                    # 'calling Maduro "a dictator with no claim to power"'
                    c.dep_ == "dobj" and any(x.lemma_ in _PEJORATIVE or x.lower_ in _PEJORATIVE
                                             for x in _quoted_right_after(c)[:4]) for c in v.children)):
            self.name_and_shame(v)  # "called the attack barbarism", "called X's strategy a failure"
            return
        if lemma in ("ask", "request", "seek") and not any(c.dep_ == "dobj" and self.actors(c) for c in v.children):
            # "Biden had asked to speak with Macron", "asked for a phone call with his Chinese
            # counterpart": a request made of the one to be met
            wanted = [k for x in v.children if x.dep_ == "xcomp" and x.lemma_ in ("speak", "meet", "talk", "see", "visit")
                      for k in self._prep_actors([x], ("with",)) + [k2 for o in x.children if o.dep_ == "dobj"
                                                                    for k2 in self.actors(o)]]
            wanted += [k for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in _prep_objects(c)
                       if lx.EVENT_NOUNS.get(p.lower_) in ("meet", "call") or p.lemma_ in ("meeting", "call", "talk")
                       for k in self._prep_actors([p], ("with",))]
            src = self.subjects(v)
            wanted = [k for k in dict.fromkeys(wanted) if k not in src]
            if wanted and src and not self.blocked(v) and not self.hypothetical(v):
                self.emit("REQUEST", src, wanted, v, f"verb:{lemma}-to-meet", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return
        if lemma in ("call", "describe", "hail", "praise") and any(
                c.dep_ in ("oprd", "dobj", "attr") and c.lemma_ in _FRIEND_NOUNS for c in v.children) \
                and any(c.dep_ == "dobj" and c.lemma_ not in _FRIEND_NOUNS for c in v.children):
            # 'Ned Price called France "a vital ally"': praise of France
            friends = [k for c in v.children if c.dep_ == "dobj" and c.lemma_ not in _FRIEND_NOUNS for k in self.actors(c)]
            src = self.subjects(v)
            if friends and src and not self.blocked(v) and not self.hypothetical(v):
                self.emit("SUPPORT", src, [k for k in friends if k not in src], v, f"verb:{lemma}-ally",
                          status=self.status(v), confidence=self._conf(v, 0.55))
                return
        if lemma == "call" and _names_something(v):
            return  # "calling it a horrible one-sided deal": what it is called, no phone call
        if spec is None and lemma == "call" and not any(c.dep_ == "dobj" for c in v.children) and any(
                c.dep_ == "oprd" and (m := self.ents.mention_at(c.i)) is not None and m.kind == "person"
                for c in v.children):
            # "Erdogan called Venezuelan President Nicolas Maduro on Thursday": the parse reads
            # the name as what he was called; it is whom he phoned
            callee = [k for c in v.children if c.dep_ == "oprd" for k in self.actors(c)]
            src = self.subjects(v)
            if src and callee and not self.blocked(v) and not self.hypothetical(v):
                self.emit("CONSULT", src, [k for k in callee if k not in src], v, "verb:call-oprd", mode="call",
                          status=self.status(v), confidence=self._conf(v, 0.6))
                return
        if spec is None and lemma == "stand" and not any(c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
                                                         for c in v.children):
            # "stood in solidarity with Ukraine", "will stand by Kyiv", "stands with Israel"
            backed = self._prep_actors([v], ("with", "by", "behind"))
            backed += [k for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                       for p in _prep_objects(c) if p.lemma_ == "solidarity"
                       for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                       for o in _prep_objects(w) for k in self.actors(o)]
            src = self.subjects(v)
            backed = [k for k in dict.fromkeys(backed) if k not in src]
            if backed and not self.blocked(v) and not self.hypothetical(v):
                self.emit("SUPPORT", src, backed, v, "verb:stand-with", status=self.status(v),
                          confidence=self._conf(v, 0.55))
            return
        if spec is None and lemma == "stand" and any(c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
                                                     for c in v.children):
            spec = lx.Verb("CONSULT", "meet", ("alongside", "beside"), "symmetric")  # "stood alongside X"
        if lemma in ("reopen", "re-open", "open") and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in (
                "embassy", "embassies", "consulate", "mission") for c in v.children):
            obj = next(c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in (
                "embassy", "embassies", "consulate", "mission"))
            self.embassy(v, obj, self.subjects(v))  # "Eritrea reopened its embassy in Addis Ababa"
            return
        if spec is None and lemma in ("resume", "restart", "revive", "deepen", "expand", "boost", "strengthen",
                                      "intensify", "step") and any(
                c.dep_ == "dobj" and c.lemma_ in ("cooperation", "diplomacy", "contact", "exchange", "partnership",
                                                  "collaboration", "coordination")
                for c in v.children) and not self.blocked(v) and not self.hypothetical(v) and not any(
                t.lemma_ in ("agree", "pledge", "vow", "promise", "decide", "commit") for t in v.ancestors):
            # "Seoul and Tokyo resumed their shuttle diplomacy" (an agreement to do it is the agreement's)
            obj = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ in (
                "cooperation", "diplomacy", "contact", "exchange", "partnership", "collaboration", "coordination"))
            parties = list(dict.fromkeys(self.subjects(v) + self.objects(v, ("with",))))
            if len(parties) >= 2 and self.status(v) == "occurred":  # a promised resumption is the agreement's
                self.emit("COOPERATE", parties, [], v, f"verb:{lemma}-{obj.lemma_}", status="occurred",
                          confidence=self._conf(v, 0.55))
            return
        if spec is None and lemma in ("close", "shut", "seal") and any(
                c.dep_ == "dobj" and c.lemma_ in ("border", "airspace", "crossing", "frontier", "embassy", "consulate",
                                                  "port", "ports")
                for c in v.children):
            self.close_border(v)  # "Poland closed its border with Belarus"
            return
        if spec is None and lemma in ("reopen", "re-open") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in ("border", "airspace", "crossing", "port", "route",
                                                                 "frontier", "market")
                for c in v.children):
            self.reopen(v)  # "agreed to reopen its airspace and border with Doha"
            return
        # ("sent Thaksin a letter of apology", "handed a note of protest to ...": not aid sent or handed)
        if (spec is None or lemma in ("send", "hand", "deliver", "give")) and lemma in _ISSUE_VERBS and any(
                c.dep_ == "dobj" and _speech_act_noun(c) is not None for c in v.children):
            self.speech_act(v)  # "issued a warning to X", "extended an invitation to X"
            return
        if lemma in _FILING_VERBS | {"take"} and self.legal_action(v):
            return  # "filed a case against Bolivia", "a case Costa Rica filed against Nicaragua", "took Chile to court"
        if lemma in ("extend", "postpone", "delay", "lift", "drop", "waive") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in ("deadline", "ultimatum") for c in v.children):
            self.deadline_eased(v)  # "the bloc agreed to extend the deadline"
            return
        if lemma in ("give", "set", "hand", "issue") and self.ultimatum(v):
            return  # "gave the junta seven days to reinstate the president", "until midnight to explain"
        if (spec is None or lemma == "hand") and lemma in _HAND_VERBS and any(c.dep_ == "dobj" and c.lemma_ in _HANDED_PAPERS
                                                         for c in v.children) and self.handover(v):
            return  # "presented his credentials to President X", "handed the documents to Y"
        if lemma in ("broker", "mediate", "facilitate") and self.mediate(v):
            return  # "Qatar and Egypt brokered a truce between Israel and Hamas"
        if lemma in ("recognise", "recognize"):
            self.recognise(v)  # "recognised X as president"; "does not recognise X's election"
            return
        if lemma in ("accept", "acknowledge", "respect", "heed") and _denied(v) and any(
                c.dep_ == "dobj" and c.lemma_ in _RULING_NOUNS for c in v.children):
            self.recognise(v)  # "did not accept the ruling by the ICJ"
            return
        if spec is None and lemma == "apply" and (any(c.dep_ == "xcomp" and c.lemma_ == "join" for c in v.children)
                                                 or any(c.dep_ == "prep" and c.lower_ == "for" and any(
                                                     p.lemma_ == "membership" for p in c.children) for c in v.children)):
            self.apply_to_join(v)  # "applied to join NATO", "applied for membership of the EU"
            return
        if spec is None and lemma in lx.CANCEL_VERBS or (lemma, tuple(particles)) in (
                ("call", ("off",)), ("put", ("off",))):
            self.cancel(v)
            return
        if lemma in ("pull", "back", "withdraw", "walk", "drop") and any(
                o.lower_ in lx.TRIP_NOUNS or o.lemma_ in lx.TRIP_NOUNS for o in self._left_objects(v)):
            self.cancel(v)  # "pulled out of a planned meeting with X"
            return
        if spec is None and lemma in lx.AID_GIVING_VERBS and self.aid_noun(v):
            return
        if spec is None and _is(v, ("hold", "conduct", "stage", "launch", "begin", "start", "carry", "open")) and any(
                c.dep_ == "dobj" and (x := _round_of(c)).lemma_ in ("drill", "exercise", "manoeuvre", "maneuver", "patrol",
                                                                   "game")
                and not any(a.lower_ in ("joint", "combined", "trilateral", "bilateral", "multilateral") for a in x.children)
                for c in v.children):
            self.drills(v)  # "launched military exercises around Taiwan"
            return
        if spec is None and lemma in ("launch", "fire", "conduct", "carry", "mount", "unleash", "stage"):
            self.launch(v)
            return
        if lemma in ("freeze", "halt", "stop", "ban", "cut", "end", "restrict", "curb", "block", "suspend", "pause",
                     "halve", "slash") and any(
                o.dep_ == "dobj" and (c.lower_ in lx.TRADE_NOUNS or c.lemma_ in lx.TRADE_NOUNS or _traded(c)
                                      or c.lemma_ == "investment" or c.lower_ in lx.AID_NOUNS and lemma != "block")
                for o in v.children for c in [_what_share_of(o)]):  # ("froze part of its assistance to X")
            self.cancel(v)  # "halted arms exports to X", "banned imports from Y", "froze lending to Z"
            return
        if lemma in ("ban", "bar", "deny") and any(c.dep_ == "dobj" and c.lemma_ == "entry" for c in v.children) \
                and not self.blocked(v) and not self.hypothetical(v):
            # "Moscow banned entry to 500 Americans": a sanction on their country
            entry = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ == "entry")
            src = self.subjects(v)
            kept = [k for t in (v, entry) for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for p in _prep_objects(c) for k in self.actors(p) or self._force_owner(p) or [
                        k2 for x in p.children if x.dep_ in ("amod", "compound") for k2 in self._force_owner(x)]]
            kept = [self._as_country(k) for k in dict.fromkeys(kept) if k not in src]
            if src and kept and lemma != "deny":
                self.emit("SANCTION", src, kept, v, f"verb:{lemma}-entry", status=self.status(v),
                          confidence=self._conf(v, 0.6))
                return
        if lemma in ("allow", "let", "permit") and not self.blocked(v) and not self.hypothetical(v) and any(
                c.dep_ in ("xcomp", "ccomp") for c in v.children):
            # "Turkey agreed to let Sweden join NATO", "allowed Israeli airlines to overfly its
            # territory", "to allow flights between Israel and the UAE to cross its airspace"
            src = self.subjects(v)
            if v.dep_ == "xcomp" and v.head.lemma_ in ("agree", "decide") and not src:
                src = self.subjects(v.head)
            let = [c for c in v.children if c.dep_ in ("dobj", "nsubj") and c.i > v.i]
            let += [x for c in v.children if c.dep_ in ("xcomp", "ccomp") for x in c.children if x.dep_ == "nsubj"]
            allowed = [k for o in let for k in self.actors(o) or self.owner(o) or self._prep_actors([o], ("between",))]
            allowed = [k for k in dict.fromkeys(allowed) if k not in src]
            if src and allowed:
                self.emit("CONCEDE", src, allowed, v, f"verb:{lemma}-to", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return
        if lemma in ("quit", "leave", "exit") and not self.blocked(v) and not self.hypothetical(v):
            # "Georgia would quit the CIS", "Honduras was leaving the OAS": a break with the bloc
            blocs = [k for c in v.children if c.dep_ == "dobj" for k in self.actors(c)
                     if self.ents.drafts[k].type == "Organization"]
            src = [k for k in self.subjects(v) if self.ents.drafts[k].type in ("Country", "Person")]
            if blocs and src:
                self.emit("SANCTION", src, blocs, v, f"verb:{lemma}-bloc", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return
        if lemma in ("bring", "gather", "draw") and "together" in [c.lower_ for c in v.children
                                                                    if c.dep_ in ("prt", "advmod")]:
            # "the summit brought together the presidents of A, B and C"
            parties = [k for k in self.subjects(v) if self.ents.drafts[k].type != "Place"]
            parties += self._gathering_hosts(v) + [k for c in v.children if c.dep_ == "dobj" for k in self.actors(c)]
            parties = list(dict.fromkeys(parties))
            if len(parties) >= 2 and not self.blocked(v) and not self.hypothetical(v):
                self.emit("CONSULT", parties, [], v, f"verb:{lemma}-together", mode="meet",
                          status=self.status(v), confidence=self._conf(v, 0.55))
            return
        if lemma in ("hit", "pound", "pummel", "rock", "destroy") and any(
                c.dep_ == "nsubj" and (c.lemma_ in _FORCE_NOUNS or c.lower_ in _FORCE_NOUNS or c.lower_ in lx.WEAPON_NOUNS)
                for c in v.children):
            # "Russian missiles hit Odesa's port", "its jets destroyed tanks of Gaddafi's forces":
            # the weapons' owner attacks
            spec = lx.Verb("ASSAULT")
        if lemma in ("block", "stop", "halt", "chase", "harass", "board", "shadow") and any(
                c.dep_ == "dobj" and c.lemma_ in _CRAFT_NOUNS and self.owner(c) for c in v.children):
            spec = lx.Verb("COERCE")  # "the coast guard blocked two Philippine supply boats"
        if lemma in ("send", "dispatch", "move", "rush") and any(
                c.dep_ == "dobj" and (c.lemma_ in _TROOP_NOUNS or c.lemma_ in _ARMOUR_NOUNS)
                and c.lower_ not in lx.AID_NOUNS for c in v.children):
            spec = lx.Verb("MOBILIZE", None, ("to", "toward", "towards", "into"))  # "sent armoured vehicles to its border"
        if lemma == "switch" and any(c.dep_ == "dobj" and c.lemma_ in ("recognition", "tie", "relation", "allegiance")
                                     for c in v.children):
            # "switched diplomatic recognition from Taiwan to Beijing": ties cut with one, made with the other
            src = self.subjects(v)
            frm = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for p in _prep_objects(c)
                   for k in self._place_or_actor(p) if k not in src]
            to = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_objects(c)
                  for k in self._place_or_actor(p) if k not in src]
            if src and not self.blocked(v) and not self.hypothetical(v):
                self.emit("SANCTION", src, frm, v, "verb:switch-recognition-from", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                self.emit("COOPERATE", src, to, v, "verb:switch-recognition-to", status=self.status(v),
                          confidence=self._conf(v, 0.55))
            return
        if lemma in ("order", "tell", "instruct") and self.embassy_shut_order(v):
            return  # "Britain ordered Iran to close its embassy in London"
        if spec is None and lemma in ("order", "tell", "give", "instruct", "ask") and self.expel_order(v):
            return  # "ordered 23 Russian diplomats to leave"
        if lemma in ("order", "announce", "decree", "approve") and self.expel_order(v, _EXPULSION_NOUNS):
            return  # "ordered the expulsion of the German ambassador"
        if lemma in ("freeze", "halt", "end", "sever", "break", "suspend", "terminate", "scrap", "tear", "cut",
                     "downgrade", "rupture", "pause") and any(
                c.dep_ == "dobj" and (c.lemma_ in ("cooperation", "talk", "dialogue", "relation", "tie", "contact",
                                                   "exchange", "negotiation", "link")
                                      or c.lemma_ in ("agreement", "accord", "pact", "treaty") and any(
                                          p.dep_ == "prep" and p.lower_ == "with" for p in c.children))
                for c in v.children):
            self.cancel(v)  # "froze talks with Japan", "severed ties with X"
            return
        if lemma == "declare" and any(t.lower_ == "grata" for t in v.subtree) and not self.blocked(v) \
                and not self.hypothetical(v):
            # "declared the U.S. ambassador persona non grata": an expulsion of his country's envoy
            # the envoy is named between the verb and the Latin, whatever the parse makes of it
            grata = next(t for t in v.subtree if t.lower_ == "grata")
            # "X was declared persona non grata": the envoy is the passive subject
            told = [(t.left_edge.i, t.right_edge.i + 1) for c in v.children if c.dep_ == "nsubjpass"
                    for t in (c, *c.conjuncts)] or [(v.i + 1, grata.i)]
            people = list(dict.fromkeys(m.entity for m in self.ents.mentions for lo, hi in told
                                        if lo <= m.start and m.end <= hi and m.entity is not None
                                        and self.ents.drafts[m.entity].type == "Person"))
            src = self.subjects(v) or self._earlier_source("SANCTION", v, exclude=people)
            tgt = []
            for k in people:  # the person, when named, and the country he represents
                d = self.ents.drafts[k]
                tgt += ([] if d.provisional else [k]) + ([self.ents.country(d.country).key] if d.country else [])
            if not tgt:  # "declared the French ambassador persona non grata": France
                tgt = [self.country_of(m) for m in self.ents.mentions for lo, hi in told if lo <= m.start
                       and m.end <= hi and m.iso3 and m.kind in ("demonym", "country", "capital", "nominal")]
            tgt = [k for k in dict.fromkeys(tgt) if k not in src]
            if src and tgt:
                self.emit("SANCTION", src, tgt, v, "verb:declare-persona-non-grata", status=self.status(v),
                          confidence=self._conf(v, 0.65))
            return
        if lemma in ("order", "announce", "begin", "start", "complete", "approve", "declare") and not self.blocked(v) \
                and not self.hypothetical(v) and self.pullout(v):
            return  # "Trump ordered the withdrawal of U.S. troops in northern Syria"
        if lemma in ("order", "send", "dispatch", "move", "deploy", "station", "mass", "amass", "position", "put", "place") \
                and not self.blocked(v) and any(
                c.dep_ == "dobj" and (c.lemma_ in _TROOP_UNITS or c.lower_ in _TROOP_UNITS) for c in v.children):
            # "ordered ten army battalions to the Colombian border", "deployed 15,000 soldiers along
            # the border with Belarus": a deployment towards that country
            # "ordered units to move closer to the boundary with Kosovo": the movement's own words
            moves = [x for x in v.children if x.dep_ == "xcomp" and x.lemma_ in _MOVE_VERBS | {"advance", "head"}]
            moves += [a for x in moves for a in x.children if a.dep_ == "advmod"]
            # "along the border" may hang on the troops, on the movement or on "alert" ("ordered
            # the armed forces on maximum alert along the border with Colombia")
            held = {v.i, *(m.i for m in moves)}
            # "ordered troops to reinforce the northern border": the border they are sent to hold
            guarded = [p for x in v.children if x.dep_ == "xcomp" and x.lemma_ in _GUARD_VERBS
                       for p in x.children if p.dep_ == "dobj" and p.lemma_ in _BORDER_NOUNS]
            borders = guarded + [p for p in v.subtree if p.lemma_ in _BORDER_NOUNS and p.dep_ == "pobj"
                       and p.head.lower_ in ("to", "toward", "towards", "along", "near", "on", "at")
                       and all(a.pos_ not in ("VERB", "AUX") or a.i in held
                               for a in p.ancestors if v in a.ancestors or a.i == v.i)]
            dest = [k for p in borders for k in self._border_country(p)]
            if borders and not dest:  # the parse may hang "with Belarus" on the verb
                dest = [k for k in self._prep_actors([v], ("with",)) if self.ents.drafts[k].type == "Country"]
            src = self.subjects(v)
            alert = any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lemma_ == "alert" for p in _prep_objects(c))
                        for c in v.children)
            if not dest and (any(_bare_border(p) for p in borders) or alert and not borders):
                # "deployed 15,000 soldiers along the border", "put the defence force on alert"
                dest = self._story_neighbour(src)
            dest = [k for k in dest if k not in src]
            if src and dest:
                self.emit("MOBILIZE", src, dest, v, f"verb:{lemma}-troops-to-border", status=self.status(v),
                          confidence=self._conf(v, 0.6))
                return
        if lemma in _MOVE_VERBS | {"rush", "enter", "advance", "roll"} and (self._forces_subject(v) or any(
                c.dep_ == "dobj" and _is_force(c) for c in v.children)):
            # "Syrian troops moved into Manbij to confront the Turkish advance", "sent warships
            # to deter Japan": forces moved against whom the purpose names
            against = self._confronted(v)
            src = self.subjects(v) or [k for c in v.children if c.dep_ == "nsubjpass"  # "troops were deployed"
                                       for k in self.actors(c) or self.owner(c)]
            src = [k for k in src if k not in against]
            if src and against and not self.blocked(v) and not self.hypothetical(v):
                self.emit("MOBILIZE", src, against, v, f"verb:{lemma}-forces-to-confront", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return
        if spec is None and lemma in ("ratify", "approve") and not self.blocked(v) and not self.hypothetical(v):
            # "Turkey's parliament ratified Finland's accession", "approved Sweden's membership bid"
            joiners = [k for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in _ACCESSION_NOUNS
                       for k in self.owner(c)]
            src = [k for k in self.subjects(v) if k not in joiners]
            if joiners and src:
                self.emit("AGREE", src, joiners, v, f"verb:{lemma}-accession", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return
            # "Ghana's parliament voted to ratify the trade agreement with Nigeria": a party to it
            partners = [k for c in v.children if c.dep_ in ("dobj", "nsubjpass") and (
                            c.lemma_ in _DEAL_NOUNS or c.lower_ in _DEAL_NOUNS)
                        for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "with"
                        for p in _prep_objects(pr) for x in (p, *p.conjuncts) for k in self.actors(x)]
            src = [k for k in src if k not in partners]
            if partners and src:
                self.emit("AGREE", src, partners, v, f"verb:{lemma}-deal-with", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return
        if (lemma == "follow" and not particles and v.dep_ in ("ROOT", "conj") and v.tag_ == "VBD"
                and not any(c.dep_ in ("dobj", "agent") and c.lemma_ != "suit" for c in v.children)
                or lemma == "join" and "in" in particles and not any(c.dep_ == "dobj" for c in v.children)
                or lemma == "do" and any(c.dep_ == "dobj" and c.lower_ in ("same", "likewise") for c in v.children)) \
                and self.followed_suit(v):
            return  # "the UAE agreed to normalise ties with Israel, and Bahrain followed last week"
        if lemma == "do" and v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) \
                and not any(c.dep_ in ("dobj", "aux", "neg") for c in v.children) and self.followed_suit(v, v.head):
            return  # "..., as did Luis Almagro": the act of the clause it closes, by him too
        if spec is None and lemma == "join":
            self.join(v)
            return
        if spec is None and lemma in ("rally", "stand", "line", "unite", "close", "throw", "put") and any(
                c.dep_ == "prep" and c.lower_ in ("behind", "around") for c in v.children) and (
                lemma not in ("throw", "put") or any(c.dep_ == "dobj" and c.lemma_ == "weight" for c in v.children)):
            # "Morales and the Cuban government rallied behind Maduro", "threw its weight behind X"
            backed = [k for c in v.children if c.dep_ == "prep" and c.lower_ in ("behind", "around")
                      for p in _prep_objects(c) for k in self.actors(p) or self.owner(p)]
            src = self.subjects(v)
            if backed and src and not self.blocked(v) and not self.hypothetical(v):
                self.emit("SUPPORT", src, [k for k in backed if k not in src], v, f"verb:{lemma}-behind",
                          status=self.status(v), confidence=self._conf(v, 0.55))
                return
        if spec is None and lemma in ("end", "drop", "withdraw", "abandon") and any(
                c.dep_ == "dobj" and c.lemma_ in ("veto", "objection", "opposition", "boycott", "embargo", "blockade")
                for c in v.children):
            spec, lemma = lx.VERBS["lift"], "lift"  # "Turkey ended its veto of Sweden's NATO membership": lifted it
        if spec is None and lemma in ("send", "order") and any(c.lower_ == "home" and c.dep_ in ("advmod", "prt", "npadvmod")
                                                             for c in v.children) and any(
                c.dep_ == "dobj" and _envoy_noun(c) and not any(x.lower_ in ("its", "their", "our", "his", "her")
                                                                for x in c.children) for c in v.children):
            spec, lemma = lx.VERBS["expel"], "expel"  # "was sending four Russian diplomats home": expelled
        if (spec is None and lemma in ("recall", "withdraw") or lemma in ("call", "bring", "summon", "order")
                and any(c.lower_ == "home" and c.dep_ in ("advmod", "prt", "npadvmod", "dobj") for c in v.children)) \
                and any(_envoy_called_home(c) for c in v.children):
            self.recall(v)  # "recalled its ambassador from Addis Ababa", "called home its ambassador"
            return
        if lemma == "pull" and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in v.children) and any(
                _envoy_called_home(c) for c in v.children):
            self.recall(v)  # "pulling its high commissioner out of Islamabad"
            return
        if lemma in ("withdraw", "evacuate", "pull") and any(
                c.dep_ == "nsubjpass" and c.lemma_ in ("staff", "diplomat", "personnel") for c in v.children):
            self.recall(v)  # "all British diplomatic staff had been withdrawn from Iran"
            return
        if spec is None and lemma in ("raise", "voice", "express", "register", "lodge", "cite", "convey") and any(
                c.dep_ == "dobj" and c.lemma_ in ("concern", "protest", "objection", "complaint", "displeasure",
                                                  "dissatisfaction", "alarm")
                for c in v.children) or spec is None and lemma in ("lodge", "make", "file", "deliver", "issue") and any(
                # "lodged stern representations with Tokyo", "delivered a demarche to the ambassador":
                # a formal protest, in the words ministries use
                c.dep_ == "dobj" and c.lower_ in ("representations", "demarche", "démarche", "demarches")
                for c in v.children):
            self.concern(v)  # "raised concerns about China's human rights record"
            return
        if spec is None and (lemma == "raise" or lemma == "bring" and "up" in particles) and any(
                c.dep_ == "dobj" for c in v.children) and not self.blocked(v) and not self.hypothetical(v):
            # "had raised the U.N. findings with Kagame", "brought up the matter with Kim": they talked
            src = self.subjects(v)
            partners = self._other_side(self._prep_actors([v, *(c for c in v.children if c.dep_ == "dobj")], ("with",)),
                                        src)
            if src and partners:
                self.emit("CONSULT", src, partners, v, f"verb:{lemma}-with", mode=self._consult_mode(v),
                          status=self.status(v), confidence=self._conf(v, 0.5))
                return
        if spec is None and lemma in ("send", "deliver", "convey", "express", "offer", "issue") and any(
                c.dep_ == "dobj" and c.lemma_ in ("message", "letter", "note", "expression", "statement", "show")
                and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.lemma_ in _SUPPORT_OBJECTS | {"sympathy", "congratulation"} or o.lower_ == "congratulations"
                    for o in _prep_objects(p)) for p in c.children)
                for c in v.children) and not self.blocked(v) and not self.hypothetical(v):
            # "sent a message of solidarity to Maduro": support for him
            src = self.subjects(v)
            held = [c for c in v.children if c.dep_ == "dobj"]
            held += [o for c in held for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in _prep_objects(p)]
            tgt = [k for t in [v, *held] for c in t.children  # ("messages of congratulation to X": hung on either)
                   if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with", "for") for p in _prep_objects(c)
                   for x in (p, *p.conjuncts) for k in self._place_or_actor(x) if k not in src]
            self.emit("SUPPORT", src, list(dict.fromkeys(tgt)), v, f"verb:{lemma}-message-of-support", status=self.status(v),
                      confidence=self._conf(v, 0.55))
            return
        if lemma in ("come", "rush", "leap", "spring", "jump", "move") and not self.blocked(v) and not self.hypothetical(v):
            # "Russia came to Minsk's defence", "rushed to Kyiv's aid": support for the one defended
            stood = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_objects(c)
                     if p.lemma_ in ("defence", "defense", "aid", "rescue", "support", "side")]
            src = self.subjects(v)
            tgt = [k for p in stood for c in p.children if c.dep_ == "poss" for k in self.actors(c) if k not in src]
            if src and tgt:
                self.emit("SUPPORT", src, tgt, v, f"verb:{lemma}-to-defence", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return
        if spec is None and lemma in ("increase", "boost", "step", "continue", "maintain", "expand", "strengthen",
                                      "ramp") and v.dep_ == "xcomp" \
                and v.head.lemma_ in ("agree", "vow", "pledge", "promise", "commit", "decide", "resolve") and any(
                c.dep_ == "dobj" and c.lemma_ in ("support", "backing") for c in v.children):
            self.reaffirm(v)  # "NATO ministers agreed to increase support for Ukraine": a commitment made
            return
        if spec is None and lemma in ("reaffirm", "reiterate", "underscore", "affirm", "express", "voice", "pledge",
                                      "offer", "restate", "confirm", "show", "demonstrate", "signal") and any(
                c.dep_ == "dobj" and c.lemma_ in _SUPPORT_OBJECTS for c in v.children):
            self.reaffirm(v)  # "reaffirmed Washington's commitment to defend its ally"
            return
        if lemma in _JOINT_STATEMENT_VERBS:
            self.joint_statement(v)  # "A, B and C said in a joint declaration that ..." (and goes on)
        if spec is None and lemma in ("hold", "conduct", "stage", "carry", "begin", "launch", "start") and any(
                c.dep_ == "dobj" and c.lemma_ in lx.JOINT_NOUNS and any(a.lower_ in ("joint", "combined", "trilateral",
                                                                                   "bilateral", "multilateral")
                                                                    for a in c.children)
                for c in v.children):
            self.joint_action(v)  # "held joint naval drills"
            return
        if lemma in _PRAISE_VERBS and any(c.dep_ == "dobj" and (self._deal_told(c, v) or c.lemma_ in _DEED_VERBS and (
                self._deed_owner(c) or any(x.lower_ in ("the", "this", "that") or _dated_possessor(x) for x in c.children)))
                                          for c in v.children):
            self.praise_deal(v)  # "welcomed the agreement", "hailed the rapprochement between A and B"
            return
        if lemma == "charge" and not any(c.dep_ == "dobj" for c in v.children):
            # "the Venezuelan leader charged that Uribe was determined to wreck ...": an accusation
            accused = [k for c in v.children if c.dep_ == "ccomp" for x in c.children
                       if x.dep_ in ("nsubj", "nsubjpass") for k in self.actors(x)]
            src = self.subjects(v)
            accused = [k for k in accused if k not in src]
            if accused and not self.blocked(v) and not self.hypothetical(v):
                self.emit("ACCUSE", src, accused, v, "verb:charge-that", status=self.status(v),
                          confidence=self._conf(v, 0.55))
            return
        if spec is None and lemma in ("put", "set", "affix") and any(
                c.dep_ == "dobj" and c.lemma_ in ("signature", "name") and any(
                    x.dep_ == "poss" and x.lower_ == "their" for x in c.children) for c in v.children) \
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children):
            spec = lx.VERBS["sign"]  # "A and B put their signatures to the act": they signed it
        if lemma in ("bring", "get") and any(x.lower_ == "together" for x in v.subtree):
            # "Annan brought Obasanjo and Biya together in Geneva": a meeting of all three
            objs = [c for c in v.children if c.dep_ == "dobj"]
            met = [k for c in objs for k in self.actors(c)]
            # the parse may hang the second name on the verb ("brought A and B together"), and
            # "brought A together with B" names B apart
            met += [k for c in v.children if c.dep_ == "conj" and c.pos_ == "PROPN" and objs and not any(
                x.dep_ in ("nsubj", "dobj") for x in c.children) for k in self.actors(c)]
            met += [k for p in _together_with(v) + [q for o in objs for q in _together_with(o)]
                    for x in (p, *p.conjuncts) for k in self.actors(x)]
            met = [k for k in dict.fromkeys(met) if self._is_actor(k)]
            if len(met) >= 2 and not self.blocked(v) and not self.hypothetical(v):
                hosts = [k for k in self.subjects(v) + self._gathering_hosts(v) if k not in met]
                self.emit("CONSULT", hosts + met, [], v, f"verb:{lemma}-together", mode="meet",
                          status=self.status(v), confidence=self._conf(v, 0.55))
                return
        if lemma == "sign" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
                p.lemma_ in _WITNESS_NOUNS for p in _prep_objects(c)) for c in v.children):
            self.witnessed_signing(v)  # "which Trump signed as a witness"
            return
        if lemma in _PRAISE_VERBS:
            # "praised the courage of both presidents", "welcomed Morocco's return": the
            # praise is for whoever the quality or the act belongs to
            owned = [o for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not self.actors(c)
                     for o in self.owner(c)]
            src = self.subjects(v)
            owned = [k for k in dict.fromkeys(owned) if k not in src]
            if owned and src:
                if not self.blocked(v) and not self.hypothetical(v):
                    self.emit("SUPPORT", src, owned, v, f"verb:{lemma}-quality", status=self.status(v),
                              confidence=self._conf(v, 0.5))
                return
        if lemma in ("welcome", "greet") and any(c.dep_ == "dobj" and c.lower_ in ("it", "this", "that")
                                                 for c in v.children):
            return  # "welcomed it": a reaction to something said, not a guest received
        if lemma in ("suggest", "propose", "recommend") and not self.blocked(v) and not self.hypothetical(v):
            self.suggested_that(v)  # "Putin suggested that EU leaders discuss the problem with Minsk"
        if lemma in ("warn", "threaten", "caution", "signal") and not self.blocked(v):
            for c in [c for c in v.children if c.dep_ == "ccomp"]:
                self._warned_own_measure(c, self.subjects(v), v)  # "warned that Ankara could cut ties with Israel"
        if _is(v, ("hope",)) and v.dep_ in ("ROOT", "conj") and not self.blocked(v):
            self._hoped_of(v, self.subjects(v), v)  # "Japan hoped that North Korea would return to talks"
        if lemma in ("express", "voice") and not self.blocked(v):
            self.hope_expressed(v)  # "Biden expressed hope that China would use its influence"
        if lemma in ("reassure", "assure") and not self.blocked(v) and not self.hypothetical(v):
            self.commitment_of(v)  # "reassured X of the United States' commitment to South Korea's defense"
        if spec is None and lemma in ("add", "put", "place", "include") and self.listed(v):
            return  # "added 30 Chinese companies to its entity list"
        if spec is None and lemma in _SAY_VERBS and lemma not in lx.VERBS:
            self.retaliation_said(v)  # "said Russia would respond in kind"
            self.reported(v)
            return
        if lemma in ("give", "receive", "accord", "get") and any(
                c.dep_ == "dobj" and c.lemma_ in ("welcome", "reception") for c in v.children) \
                and self.welcomed_in(v):
            return
        if lemma in _WEIGH_VERBS and self.measures_weighed(v):
            return
        war = next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_objects(c)
                    if p.lemma_ == "war"), None) if lemma == "go" else None
        if war is not None:
            # "Peru and Ecuador went to war in 1941", "X went to war with Y": each fought the other
            sides = list(dict.fromkeys(self.subjects(v) + self._prep_actors([v, war], ("with", "against"))))
            if not self.blocked(v) and not self.hypothetical(v):
                self._each_at_the_others("ASSAULT", sides, v, "verb:go-to-war", status=self.status(v))
            return
        if spec is None and lemma == "remind" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_ in _DUTY_NOUNS for o in _prep_objects(c))
                # ("reminded X before the summit of its obligation": the parse hangs 'of' on 'summit')
                for c in [*v.children, *[x for p in v.children if p.dep_ == "prep" for o in _prep_objects(p)
                                         for x in o.children]]):
            # "the court had reminded Pretoria of its obligation to arrest him": a demand made
            src = self.subjects(v)
            asked = [k for c in v.children if c.dep_ == "dobj" for k in self.actors(c) if k not in src]
            if asked and src and not self.blocked(v) and not self.hypothetical(v):
                self.emit("REQUEST", src, asked, v, "verb:remind-of-duty", status=self.status(v),
                          confidence=self._conf(v, 0.55))
            return
        if spec is None and lemma == "spend" and any(c.dep_ == "dobj" and c.lemma_ in _SPENT_TIME for c in v.children):
            # "Rice spent about five hours on Friday with Saakashvili in Tbilisi": they met
            met = [k for k in self._prep_actors([v, *[c for c in v.children if c.dep_ == "dobj"]], ("with",))]
            src = self.subjects(v)
            met = [k for k in dict.fromkeys(met) if k not in src]
            if met and src and not self.blocked(v) and not self.hypothetical(v):
                self.emit("CONSULT", src, met, v, "verb:spend-time-with", mode=self._consult_mode(v, default="meet"),
                          status=self.status(v), confidence=self._conf(v, 0.6))
            return
        if spec is None and lemma == "find" and lemma not in lx.VERBS and self._found_at_fault(v):
            return
        if spec is None and lemma in _FINDING_VERBS and lemma not in lx.VERBS and not any(
                c.dep_ == "neg" for c in v.children):
            # "Washington believed Russia was responsible for the attack"
            speakers = self.subjects(v)
            for c in v.children:
                if c.dep_ == "ccomp" and speakers:
                    self._responsible_in(c, speakers, v)
        if lemma in ("receive", "win", "get", "enjoy", "gain", "secure") and any(
                c.dep_ == "dobj" and c.lemma_ in ("backing", "support", "endorsement", "praise") for c in v.children):
            # "Georgia has received strong backing from Washington": the giver supports the subject
            got = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("backing", "support", "endorsement",
                                                                                  "praise"))
            givers = self._prep_actors((got, v), ("from",))
            givers += [k for c in got.children if c.dep_ == "poss" for k in self.actors(c)]
            takers = [k for k in self.subjects(v) if k not in givers]
            if givers and takers and not self.blocked(v) and not self.hypothetical(v):
                self.emit("SUPPORT", givers, takers, v, f"verb:{lemma}-{got.lemma_}", status=self.status(v),
                          confidence=self._conf(v, 0.55))
            return
        occasion_of = [*v.children] if v.dep_ != "conj" else [*v.children, *v.head.children]
        # "a summit in Paris hosted by X and attended by A and B": the participle hangs on the occasion
        told_on = v.head if v.dep_ == "acl" else v.head.head if v.dep_ == "conj" and v.head.dep_ == "acl" else None
        if told_on is not None and (told_on.lower_ in lx.EVENT_NOUNS or told_on.lower_ in _OCCASION_NOUNS):
            occasion_of.append(told_on)
        if lemma == "attend" and any(c.dep_ == "agent" for c in v.children) and any(
                (c.dep_ == "nsubjpass" or c is told_on) and (c.lower_ in lx.EVENT_NOUNS or c.lower_ in _OCCASION_NOUNS
                                                            or c.lower_ in ("ceremony", "signing"))
                for c in occasion_of):
            # "the ceremony was attended by A, B and C": they met there; "the summit was hosted by
            # X and attended by A and B": with their host; "X hosted a summit attended by A"
            hosts = [k for c in v.head.children if v.dep_ == "conj" and v.head.lemma_ == "host" and c.dep_ == "agent"
                     for p in _prep_objects(c) for k in self.actors(p)]
            if told_on is not None and told_on.dep_ == "dobj" and told_on.head.lemma_ in ("host", "convene", "chair"):
                hosts += self.subjects(told_on.head)
            guests = list(dict.fromkeys(hosts + [k for c in v.children if c.dep_ == "agent" for p in _prep_objects(c)
                                                 for k in self.actors(p)]))
            if not guests or self.blocked(v) or self.hypothetical(v):
                return
            held = next(c for c in occasion_of if c.dep_ == "nsubjpass" or c is told_on)
            if held.lower_ in ("ceremony", "signing"):
                # "... signed the accord. The ceremony was attended by A and B": the guests saw
                # the signers sign (and met them, not each other, unless they came for two countries)
                occasion = self._occasion_before(held, signing=True) if any(
                    c.lower_ in _DEFINITE for c in held.children) else None
                if occasion is not None and sentence_no(self.doc, occasion.at.i) >= sentence_no(self.doc, v.i) - 3:
                    # (a definite ceremony is the signing told last, a quote or two before)
                    self._join(occasion, held, v, guests)
                return
            if len(guests) >= 2:
                self.emit("CONSULT", guests, [], v, "verb:attended-by", mode="meet", status=self.status(v),
                          confidence=self._conf(v, 0.5))
            return
        if self.look_on(v):
            return  # "A and B signed the accord as C and D looked on"
        if lemma == "attend" and not any(c.dep_ in ("dobj", "agent", "nsubjpass", "auxpass") or c.dep_ == "prep" and c.lower_ in (
                "in", "at") for c in v.children):
            self.attend_told(v)  # "A and B attended as guarantors"
        if lemma == "attend" and not any(c.dep_ == "agent" for c in v.children):
            self.attend_abroad(v)  # "attended Santos's inauguration in Bogota": a visit (the gathering itself is `join_occasion`'s)
        if spec is None and lemma in ("rule", "find", "conclude", "determine", "judge") and any(
                c.dep_ == "ccomp" for c in v.children):
            self.finding(v)  # "the court ruled that X had violated Y's rights"
            return
        if spec is None and lemma in ("rule", "find", "decide") and any(
                c.dep_ == "prep" and c.lower_ == "against" for c in v.children):
            self.ruled_against(v)  # "the tribunal ruled overwhelmingly against China"
            return
        if lemma in ("change", "alter") and any(c.dep_ == "dobj" and c.lemma_ == "mind" for c in v.children):
            self.change_mind(v)  # "regional leaders tried to change his mind"
            return
        if lemma in ("back", "sponsor", "arm", "fund", "support") and v.dep_ == "amod" and v.tag_ == "VBN":
            # "the Algeria-backed Polisario Front", "Iranian-backed Houthi rebels": the backer supports it
            backers = [k for c in v.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                       for k in self.actors(c)]
            backed = [k for k in self.actors(v.head) if k not in backers]
            if backers and backed:
                self.emit("SUPPORT", backers, backed, v, f"verb:{lemma}ed-by", status="occurred",
                          confidence=self._conf(v, 0.5))
            return
        if lemma == "strike" and any(c.dep_ == "dobj" and c.lower_ in lx.AGREEMENT_NOUNS for c in v.children):
            spec = lx.Verb("AGREE", None, ("with",), "joint")  # "struck a deal with X"
        if spec is None and lemma == "cut" and any(c.lower_ in ("ties", "relations", "links") for c in v.children):
            spec = lx.Verb("SANCTION", None, ("with",))
        if spec is None and lemma in ("establish", "restore", "resume", "normalise", "normalize", "re-establish",
                                      "reestablish", "upgrade") and any(
                c.dep_ == "dobj" and c.lemma_ in ("relation", "tie") for c in v.children):
            # "will establish diplomatic relations with China" is a pact; ties restored (done, not
            # promised) are the two working together again
            if lemma in ("restore", "resume", "re-establish", "reestablish") and self.status(v) == "occurred" \
                    and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):  # not "agreed to restore"
                self.restored_ties.add(v.i)
            spec = lx.Verb("AGREE", None, ("with",), "joint")
        if spec is not None and lemma == "hand" and not any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_ in _CAPTIVE_NOUNS or c.lower_ in _CAPTIVE_NOUNS)
                for c in v.children):
            return  # "handed over the documents to X" is no concession; "handed over a captured pilot" is
        if spec is None and _commits_wrong(v):
            return  # "committed violations" is no commitment
        ons = [c for t in [v, *[o for o in v.children if o.dep_ == "dobj"]] for c in t.children
               if c.dep_ == "prep" and c.lower_ == "on"] if lemma == "blame" else []
        if ons and not any(c.dep_ == "neg" for c in v.children):
            # "Lavrov blamed the expulsions on 'colossal blackmail' by the United States": the one
            # it is blamed on is accused, not the doer of what is blamed (the parse may hang the
            # "by" on the verb)
            src = self.subjects(v)
            blamed = [k for c in ons for p in _prep_objects(c) for x in (p, *p.conjuncts)
                      for k in self.actors(x) or self._deed_owner(x) or self.owner(x)]
            if not blamed:
                blamed = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
                          for p in _prep_objects(c) for k in self.actors(p)]
            blamed = [k for k in dict.fromkeys(blamed) if k not in src]
            if src and blamed and not self.blocked(v) and not self.hypothetical(v):
                self.emit("ACCUSE", src, blamed, v, "verb:blame-on", status=self.status(v),
                          confidence=self._conf(v, 0.6))
                return
        if spec is None and lemma in ("respond", "retaliate", "react") and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in v.children) and not any(
                c.dep_ == "neg" for c in v.children):
            # "Russia would respond to Washington and its allies, Lavrov said": a retaliation promised
            hit = [k for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
                   for p in _prep_objects(c) for x in (p, *p.conjuncts)
                   if self.ents.mention_at(x.i) is not None  # a party, not "the U.S. letter"
                   for k in self._place_or_actor(x)]
            src = self.subjects(v)
            hit = self._other_side(hit, src)
            if src and hit and not self.blocked(v) and not self.hypothetical(v):
                self.emit("THREATEN", src, hit, v, f"verb:{lemma}-promised", status="occurred",
                          confidence=self._conf(v, 0.5))
                return
        if lemma in _PROTEST_VERBS and self.street_protest(v):
            return  # "hundreds of Indonesian demonstrators gathered outside the Australian embassy"
        if lemma in _WITHHELD_ASSENT and v.dep_ == "pcomp" and v.head.lower_ == "without" and self.withheld_assent(v):
            return  # "left Moscow without signing a ceasefire brokered by Russia and Turkey"
        if spec is None and (lemma == "bear" and any(c.dep_ == "dobj" and c.lemma_ == "consequence" for c in v.children)
                             or lemma == "pay" and any(c.dep_ == "dobj" and c.lemma_ == "price" for c in v.children)) \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "must", "'ll") for c in v.children):
            self.consequences(v)  # "Japan shall bear all the consequences", "would pay a heavy price"
            return
        if spec is None:
            spec = lx.VERBS.get(lemma)
        deals = [c for c in v.children if c.dep_ == "nsubj" and (c.lemma_ in lx.AGREEMENT_NOUNS
                                                                 or c.lower_ in lx.AGREEMENT_NOUNS)]
        if spec is not None and spec.type == "AGREE" and lemma in ("commit", "bind", "oblige", "pledge") and deals:
            # "the accord, signed by A and B, committed the two countries to ...": what binds them
            # is the deal's signing, the noun's own rule; the parse may misread "signed ... by
            # then Prime Minister A and President B" and make A and B subjects of the verb
            signers = [k for c in v.children if c.dep_ == "nsubj" and c not in deals for k in self.actors(c)]
            signed = next((a for d in deals for a in d.children if a.dep_ == "acl" and a.lemma_ in _SEAL_VERBS), None)
            if len(signers) >= 2 and signed is not None and not self.blocked(v):
                self.emit("AGREE", signers, [], signed, f"noun:{deals[0].lower_}-signed-by",
                          confidence=self._conf(v, 0.55))
            return
        if lemma in ("commit", "bind", "oblige") and v.dep_ in ("advcl", "acl") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
                and any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in v.children):
            return  # "signed a declaration in 2015 committing them to ...": the signing is the pact
        if spec is None and lemma == "expect" and any(c.dep_ == "auxpass" for c in v.children) \
                and any(c.dep_ == "prep" and c.lower_ == "in" for c in v.children):
            self.due_in(v, v)  # "X is expected in Beijing on Monday"
            return
        if spec is None:
            if lemma == "be":
                self.copula_visit(v)
                self.copula_backer(v)
            if lemma == "become" and not self.blocked(v) and not self.hypothetical(v):
                # "Finland became the 31st member of NATO"
                bodies = [k for c in v.children if c.dep_ == "attr" and c.lemma_ == "member"
                          for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" for k in self.actors(o)
                          if self.ents.drafts[k].type == "Organization"]
                if bodies:
                    self.emit("AGREE", self.subjects(v), bodies, v, "verb:become-member", status=self.status(v),
                              confidence=self._conf(v, 0.55))
            return
        if lemma == "concede":
            # "conceded defeat to Barrow" (the parse hangs 'to' on the defeat); not "conceded that ..."
            defeat = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("defeat", "election", "race")]
            winners = [k for c in [*v.children, *[x for d in defeat for x in d.children]]
                       if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_objects(c) for k in self.actors(p)]
            if defeat and winners and not self.blocked(v) and not self.hypothetical(v):
                self.emit("CONCEDE", self.subjects(v), winners, v, "verb:concede-defeat", status=self.status(v),
                          confidence=self._conf(v, 0.6))
            return
        if lemma in ("push", "encourage", "advise", "persuade") and not any(
                c.dep_ in ("xcomp", "ccomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in v.children) and not _tried_to_win_over(v):
            return  # a request only with what is asked: "pushed X to ...", not "pushed X out of Y"
        if lemma in ("call",) and spec.type == "CONSULT" and "on" not in spec.preps:  # (a courtesy call is paid in person)
            # "called X" is a phone call only with a person object and nothing else
            # ("called X to congratulate him", "to voice solidarity": the call's purpose, by the caller)
            purpose = lambda c: c.dep_ == "xcomp" and c.lemma_ in _CALL_PURPOSES and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if not any(c.dep_ == "dobj" for c in v.children) or any(
                    c.dep_ in ("xcomp", "oprd", "ccomp") and not purpose(c) for c in v.children):
                return
        if lemma == "ask" and not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for"
                                      for c in v.children):
            return  # "asked X about Y" is a question, not a request
        if lemma == "release" and any(c.dep_ == "dobj" and c.lemma_ in _PUBLISHED_NOUNS for c in v.children):
            return  # "released a statement", "released a video message": published, no one freed
        if lemma == "host" and any(c.dep_ == "dobj" and c.lemma_ in _HAVEN_NOUNS for c in v.children) \
                and not self.blocked(v) and not self.hypothetical(v):
            # "Algeria, which hosts the Polisario's leadership", "Qatar hosts Hamas's political
            # office": a haven given to a movement, no meeting
            src = self.subjects(v)
            kept = [k for c in v.children if c.dep_ == "dobj" and c.lemma_ in _HAVEN_NOUNS
                    for k in self.owner(c) if self.ents.drafts[k].type == "Organization" and k not in src]
            if src and kept:
                self.emit("SUPPORT", src, kept, v, "verb:host-haven", status=self.status(v),
                          confidence=self._conf(v, 0.5))
            return
        if lemma == "host" and any(c.dep_ == "dobj" and c.lemma_ in _STATIONED_NOUNS for c in v.children):
            return  # "Niger hosts 1,100 U.S. troops": stationed there, no meeting
        if lemma == "agree" and not self.blocked(v) and not self.hypothetical(v) and not any(
                c.dep_ == "neg" for c in v.children):
            asked = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                     for p in c.children if p.dep_ == "pobj" and (p.lemma_ in lx.REQUEST_NOUNS or p.lower_ in lx.REQUEST_NOUNS)]
            if asked:  # "agreed to Israel's request": as accepting it
                self.accept_noun(v, asked[0], self.subjects(v), self.status(v))
                return
        if spec.frame == "accept" and any(c.dep_ == "neg" for c in v.children) and not self.hypothetical(v):
            # "Israel would not accept Hamas's demands": a rejection of them
            for o in [c for c in v.children if c.dep_ == "dobj"]:
                if o.lower_ in lx.REQUEST_NOUNS or o.lemma_ in lx.REQUEST_NOUNS:
                    other = self._requester(o)
                    if other:
                        self.emit("REJECT", self.subjects(v), other, v, "verb:not-accept", status="occurred",
                                  confidence=self._conf(v, 0.55))
            return
        if spec.type == "ASSAULT" and lemma in ("attack", "assail", "savage", "blast") and _in_words(v):
            # "attacked her in a speech", "verbally attacked X": words, not force
            spec = lx.Verb("ACCUSE")
        if self.blocked(v) or self.hypothetical(v) or _promised_on_condition(v):
            return
        status = self.status(v)
        if lemma == "work" and (status != "occurred" or any(
                t.dep_ == "xcomp" and t.head.lemma_ in _COMMITMENT_VERBS for t in (v, v.head))):
            # "pledged to work toward denuclearisation", "would keep working with Paris": a
            # promise (the pledge is the agreement) or an intent, not joint work done
            return
        rule = f"verb:{lemma}"
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if lemma == "order" and not passive and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
            return  # "ordered the withdrawal": what was ordered, not of whom
        if passive:
            src = self.subjects(v)
            tgt = self.patients(v)
            if not tgt and v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
                tgt = [k for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.actors(c)]
            if not src and lemma in _CUSTODY_VERBS and tgt and status == "occurred" and not any(
                    a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in v.children):
                src = self._custodian(v, tgt)  # "Abiola was arrested in June": by his own state
            if not src and spec.type == "CONCEDE" and tgt and any(c.lower_ in ("also", "too") for c in v.children):
                # "Ten Thai nationals were also freed": by whoever freed the captives just told of
                src = [k for k in self._earlier_source("CONCEDE", v) if k not in tgt]
                tgt = [self._as_country(k) for k in tgt]
        else:
            src = self.subjects(v)
            tgt = []
        if spec.type == "CONSULT" and not passive and src:
            self.gapped_partners(v, spec, src, status)
        if spec.frame == "visit":
            self.visit(v, spec, src, status)
            return
        if spec.frame == "accept":
            self.accept(v, src, status)
            return
        if spec.type == "REJECT":
            self.reject(v, src, status)
            return
        if not passive:
            tgt = self.objects(v, spec.preps)
            labelled = _labelled_objects(v) if not tgt and spec.type in ("ACCUSE", "SUPPORT") else []
            if labelled:
                # "criticised what he called provocative moves by Venezuela": whose the moves are
                # (not whoever did the calling)
                tgt = [k for o in labelled for k in self.actors(o) or self._deed_owner(o) or self.owner(o)
                       if k not in src]
                if not tgt:
                    return
            if lemma in ("protest", "complain") and tgt:
                # "complained to the Security Council about Pakistan": the forum hears the
                # complaint, it is not what is complained of
                tgt = [k for k in tgt if not self._forum(k)]
                if not tgt:
                    return
            if lemma == "summon":
                # "summoned Israel's ambassador, Gabby Levy": a protest to him and his government
                tgt = list(dict.fromkeys(x for k in tgt for x in (k, self._envoys_country(k))))
            invites = [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("invitation", "invite")]
            if spec.type == "RETREAT" and invites:
                # "withdrew an invitation to X": a snub, as a cancelled visit is
                invited = [k for k in self._prep_actors(invites[:1], ("to", "for")) if k not in src]
                self.emit("SANCTION", src, invited, v, f"verb:{lemma}-invitation", status=status,
                          confidence=self._conf(v, 0.55))
                return
            if spec.type == "RETREAT":
                # "pulled the United States out of the 2015 accord with Iran": a retreat from the other party, the country pulled out goes with its leader
                preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
                preps += [x for c in v.children if c.lower_ == "out" for x in c.children
                          if x.dep_ == "prep" and x.lower_ == "of"]  # "out of", parsed as two prepositions
                deals = [p for c in preps for p in _prep_objects(c) if p.lemma_ in _DEAL_NOUNS or p.lower_ in _DEAL_NOUNS]
                if deals:
                    pulled = [k for c in v.children if c.dep_ == "dobj" for k in self.actors(c)]
                    src = src + [k for k in pulled if k not in src]
                    tgt = [k for k in self._deal_parties(deals[0], v, src) if k not in src]
            if lemma == "blame":
                # "the poisoning, which Britain blames on Russia", "blamed the attack on X"
                on = self._prep_actors([v], ("on",))
                if on:
                    tgt = on
            if lemma == "order":
                # "the court ordered Venezuela to refrain": not a leader ordering his own forces
                own = {self._own_country(k) or k for k in src}

                def country_key(k: str) -> str:
                    d = self.ents.drafts[k]
                    if d.type == "Organization" and d.country:
                        return self.ents.country(d.country).key  # "the U.S. military"
                    return self._own_country(k) or k

                court = any(re.search(r"\b(court|tribunal)\b", self.ents.drafts[k].name or "", re.I) for k in src)
                # orders to one's own forces or state bodies are commands; a court's, or one to a state, a request
                tgt = [k for k in tgt if country_key(k) not in own and (court or self.ents.drafts[k].type == "Country")]
            if not tgt and spec.type == "REQUEST" and lemma in ("demand", "urge", "insist", "ask", "request"):
                # "demanded that M23 rebels withdraw", "urged that Kosovo's police leave"
                tgt = [k for c in v.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                        for m in c.children)
                       for x in c.children if x.dep_ in ("nsubj", "nsubjpass") for k in self.actors(x) if k not in src]
            if not tgt and spec.type == "REQUEST" and lemma in ("urge", "press", "ask", "appeal") \
                    and v.dep_ in ("xcomp", "advcl", "conj") and v.head.lemma_ in _CONTACT_VERBS \
                    and not (v.head.lemma_ == "call" and _named_as(v.head)):  # (not "called X illegitimate and urged ...")
                # "telephoned both governments to urge restraint", "spoke with X and urged a
                # peaceful resolution": asked of whom the call or talk was with
                tgt = self._other_side(self.objects(v.head, ("with", "to")), src)
            if not tgt and spec.type == "REQUEST" and lemma in ("demand", "ask", "seek", "request", "call") \
                    and v.dep_ == "xcomp" and v.head.lemma_ in ("prompt", "lead", "spur", "force", "push") \
                    and v.head.dep_ in ("advcl", "conj") and v.head.head.pos_ in ("VERB", "AUX"):
                # "China seized a Japanese trawler, prompting Tokyo to demand its release": asked
                # of whoever did what prompted it
                tgt = self._other_side(self.subjects(v.head.head), src)
            if not tgt and spec.type == "REQUEST" and any(c.dep_ == "dobj" and c.lemma_ in _CALM_NOUNS for c in v.children):
                # "urged restraint on the two governments, Saudi Arabia and Canada"
                tgt = [k for t in (v, *(c for c in v.children if c.dep_ == "dobj")) for pr in t.children
                       if pr.dep_ == "prep" and pr.lower_ in ("on", "upon") for p in _prep_objects(pr)
                       for x in (p, *p.conjuncts, *(a for a in p.children if a.dep_ == "appos"))
                       for k in self.actors(x) if k not in src]
            if not tgt and spec.type == "REQUEST" and lemma in ("demand", "ask", "seek", "request") \
                    and v.dep_ in ("xcomp", "advcl") and v.head.lemma_ in _ENVOY_MOVES:
                # "summoned the U.S. ambassador to demand an explanation", "recalled its envoy from
                # Damascus, demanding an end to the killing": asked of the state the envoy moved to or from
                head = v.head
                envoys = [k for c in head.children if c.dep_ == "dobj" for k in self.actors(c)]
                tgt = self._other_side(envoys + [x for k in envoys if (x := self._envoys_country(k))] + [
                    k for t in (head, *(c for c in head.children if c.dep_ == "dobj")) for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "from" for p in _prep_objects(c) for k in self._place_or_actor(p)],
                    src)
            if not tgt and spec.type == "THREATEN":
                # "threatened to cut ties with X", "threatened to retaliate against Y"
                threatened = [x for x in v.children if x.dep_ == "xcomp" or x.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]
                tgt = [k for x in threatened for k in self.objects(x, ("with", "against", "on", "to", "from", "into"))
                       if k not in src]
                # "threatened to send commandos into the Cambodian capital": the country entered
                tgt = tgt or [k for x in threatened for c in x.children if c.dep_ == "prep" and c.lower_ == "into"
                              for p in _prep_objects(c) for k in self._place_or_actor(p) if k not in src]
            if not tgt and spec.type == "CONSULT" and any(
                    o.dep_ == "dobj" and o.lemma_ in _GROUP_OF_PEOPLE for o in v.children):
                # "after meeting congressional leaders at the White House, including House Speaker
                # Newt Gingrich and ...": those named among them (the parse may hang "including"
                # on the clause above)
                holders = [v, *(o for o in v.children if o.dep_ == "dobj")]
                up = v
                while up.dep_ in ("pcomp", "pobj", "prep") and up.head.i != up.i:
                    up = up.head
                    holders.append(up)
                tgt = [k for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ == "including"
                       and c.i > v.i for p in _prep_objects(c) for x in (p, *p.conjuncts) for k in self.actors(x)
                       if k not in src and self.ents.drafts[k].type == "Person"]  # (not "Senate" of "Senate Leader X")
            if not tgt and lemma in ("host", "welcome", "receive", "greet"):
                for c in v.children:
                    if c.tag_ == "VBG" and c.i == v.i + 1 and c.dep_ in ("advcl", "xcomp", "amod", "dobj"):
                        tgt = [k for o in c.children if o.dep_ == "dobj" for k in self.actors(o)]
                        if tgt:
                            self.extra_anchor[v.i] = c
            if not tgt and lemma in ("host", "welcome", "receive", "greet"):
                tgt = [k for k in self._visiting_party(v) if k not in src]
        if spec.needs_object and not self._object_fits(v, lemma):
            return
        if spec.type not in SYMMETRIC_TYPES and not passive and any(
                c.dep_ == "dobj" and c.lower_ == "other" for c in v.children):
            # "each side accused the other", "each blamed the other": the two parties in view
            each = [c for c in v.children if c.dep_ == "nsubj" and (c.lower_ == "each" or any(
                x.lower_ == "each" for x in c.children))]
            if each:
                pair = self._pair_before(each[0], people=None, reach=6)
                if len(pair) == 2:
                    self.weak.add(each[0].i)
                    for a in pair:
                        self.emit(spec.type, [a], [b for b in pair if b != a], v, rule + ":reciprocal",
                                  status=status, confidence=self._conf(v, 0.5))
                return
        if lemma in ("abide", "comply"):
            if not any(c.dep_ == "nsubj" for c in v.children):
                return  # "urged Washington to honour X and comply with Y": only asked
            if not tgt and not passive:
                # "abided by the Security Council resolution", "complied with the ICJ's ruling": whose it is
                tgt = [k for pr in v.children if pr.dep_ == "prep" and pr.lower_ in spec.preps for p in _prep_objects(pr)
                       for k in self.owner(p) or self._deed_owner(p) if k not in src]
        if spec.type == "ACCUSE" and not tgt and spec.preps and not passive:
            # "objected to France's resolution", "protested against statements by French officials":
            # whose the thing is
            tgt = [k for pr in v.children if pr.dep_ == "prep" and pr.lower_ in spec.preps for p in _prep_objects(pr)
                   for k in self.owner(p) or self._deed_owner(p) if k not in src]
        if spec.type in ("ACCUSE", "ASSAULT", "COERCE", "CONCEDE", "SUPPORT", "SANCTION", "THREATEN") and not tgt:
            for c in [*v.children, *_shared_objects(v)]:
                if c.dep_ in ("dobj",) or c.dep_ == "nsubjpass":
                    if any(x.lower_ == "other" for x in c.subtree) and any(x.lower_ in ("each", "one") for x in c.subtree):
                        for a in src:
                            self.emit(spec.type, [a], [b for b in src if b != a], v, rule + ":reciprocal",
                                      status=status, confidence=0.55)
                        return
                    tgt = [k for k in self.owner(c) if k not in src]
                    if not tgt and spec.type == "CONCEDE" and c.dep_ == "dobj" and c.lemma_ in _LIFTED_NOUNS \
                            and not any(a.lemma_ in lx.ASK_VERBS or a.lemma_ in lx.WISH_VERBS for a in v.ancestors):
                        # "lifted its veto on Sweden's membership", "will lift curbs on exports to
                        # South Korea": whoever the measure was aimed at
                        # (not what a clause inside tells of its reason or time: "restrictions on arms
                        # sales to Turkey imposed after its incursion against the YPG" aim at Turkey
                        # alone; "curbs imposed in 2019 on exports to Japan" at Japan)
                        aims = [p for x in c.subtree if x.dep_ == "prep" and x.lower_ in ("on", "to", "against", "of", "from")
                                and x.i > c.i and not any(a.dep_ == "pobj" and a.head.lower_ in _WHEN_WHY_PREPS
                                                          or a.pos_ == "VERB" and any(s.dep_ in _SUBJ for s in a.children)
                                                          for a in _path_up(x, c))
                                for p in _prep_objects(x)]
                        # ("dropped its objection to Sweden's accession": the parse hangs 'to' on the verb)
                        aims += [p for x in v.children if x.dep_ == "prep" and x.lower_ in ("on", "to", "against")
                                 and x.i > c.i for p in _prep_objects(x)]
                        # ("its veto of Sweden's NATO membership": the applicant's, not the body it would join)
                        tgt = [k for p in aims for k in (
                            [k2 for x in p.children if x.dep_ == "poss" for k2 in self.actors(x)]
                            if p.lemma_ in _ACCESSION_NOUNS else []) or self._place_or_actor(p) or self.owner(p)
                            if k not in src]
                    if spec.type == "CONCEDE" and c.lemma_ in _LIFTED_NOUNS:
                        # "ended its veto of Sweden's NATO membership": conceded to the applicant,
                        # not the body it would join
                        applicants = [k for x in c.subtree if x.lemma_ in _ACCESSION_NOUNS for a in x.children
                                      if a.dep_ == "poss" for k in self.actors(a) if k not in src]
                        tgt = applicants or tgt
                    if not tgt and spec.type in ("ACCUSE", "SUPPORT") and c.dep_ == "dobj":
                        tgt = self._deed_owner(c)  # "praised the restraint shown by both sides"
                    if not tgt and spec.type == "ASSAULT" and c.dep_ == "dobj":
                        tgt = self._actor_across(c)  # "struck targets in Syria"
                    if not tgt and spec.type == "ASSAULT" and c.dep_ == "dobj" and c.lemma_ in (
                            "target", "position", "base", "camp", "hideout", "site", "facility"):
                        # "struck targets in Pakistan's Balochistan province" (the place hung on the verb)
                        tgt = [k for pr in v.children if pr.dep_ == "prep" and pr.lower_ in ("in", "inside", "across")
                               for p in _prep_objects(pr) for k in self._place_or_actor(p) or self.owner(p)]
                    if not tgt and spec.type in ("SANCTION", "COERCE"):
                        # "froze the assets of the Russian central bank": the owner's owner
                        tgt = [k for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj" for k in self.owner(o)]
                    if not tgt and spec.type == "ACCUSE" and (c.lower_ in lx.ASSAULT_NOUNS or c.lemma_ in lx.ASSAULT_NOUNS
                                                              or c.lemma_ in _HOSTILITY_NOUNS):
                        tgt = self._assault_doers(c, v, src)  # "condemned the attack"
                    if not tgt and spec.type in ("ACCUSE", "SUPPORT") and c.lemma_ in ("visit", "trip", "tour") \
                            and any(x.lower_ in ("the", "this", "that") for x in c.children):
                        tgt = self._earlier_source("CONSULT", v, exclude=src)  # "criticised the visit"
                    if not tgt and spec.type in ("ACCUSE", "SUPPORT", "REJECT") and c.lemma_ in _DEED_VERBS \
                            and any(x.lower_ in ("the", "this", "that", "these", "those", "such") and x.dep_ == "det"
                                    for x in c.subtree if x.i < c.i):  # ("the missile launches": 'the' on 'missile')
                        # "India welcomed the proclamation. ... The United States also welcomed the
                        # move": what the one before welcomed, whatever was told between
                        tgt = self._echoed(v, spec.type, src) or self._doer_of(c, exclude=src)
                    if not tgt and spec.type in ("ACCUSE", "REJECT") and c.dep_ == "dobj" and (
                            c.lemma_ in _DEAL_NOUNS or c.lower_ in _DEAL_NOUNS) and c.lemma_ not in ("truce", "ceasefire"):
                        tgt = self._deal_parties(c, v, src)  # "denounced the pact" (the one just told)
        if spec.type in ("ACCUSE", "REJECT", "SUPPORT") and not tgt:
            # "condemned what they called U.S. attempts to contain them"
            for c in v.children:
                if c.dep_ == "ccomp" and c.lemma_ in ("call", "describe", "term", "see", "regard", "consider") \
                        and any(x.lower_ == "what" for x in c.children):
                    for o in c.children:
                        if o.dep_ in ("oprd", "attr", "dobj") and o.lower_ != "what":
                            tgt = self.actors(o) or self.owner(o) or (
                                self._doer_of(o, exclude=src) if o.lemma_ in _DEED_VERBS else [])
        if spec.type in ("ACCUSE", "REJECT", "SUPPORT") and not tgt and v.dep_ == "relcl" and v.head.i < v.i \
                and v.head.lemma_ in ("move", "step", "decision", "action") \
                and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in v.children):
            # "Russia vetoed the resolution, a move Britain and France sharply criticised": the
            # deed of the clause the move is set beside, else the one told last
            deed = v.head.head if v.head.dep_ == "appos" else v.head
            deed = deed.head if deed.pos_ in ("NOUN", "PROPN") and deed.dep_ in ("dobj", "nsubjpass") else deed
            tgt = [k for k in self.subjects(deed) if k not in src] if deed.pos_ == "VERB" else []
            tgt = tgt or self._doer_of(v.head, exclude=src)
        if spec.type in ("ACCUSE", "REJECT", "SUPPORT") and not tgt and lemma in _REACT_VERBS:
            # "North Korea fired a missile over Japan. Japan condemned it": whoever did what was just told
            done = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in ("it", "them", "this")), None)
            if done is not None:
                tgt = self._doer_just_told(done, src)
            deed = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_ in (
                "act", "action", "move", "step", "provocation", "behaviour", "behavior")
                and any(d.lower_ in ("this", "that", "these", "those", "such") for d in c.children)), None)
            if not tgt and deed is not None:
                tgt = self._doer_of(deed, exclude=src)  # "North Korea fired a missile ... 'We condemn this reckless act'"
        if spec.type in ("ASSAULT", "COERCE") and tgt and all(
                self.ents.drafts[k].type == "Person" and self.ents.drafts[k].provisional for k in tgt):
            # "killed a senior Hezbollah commander", "detained two Russian diplomats": an unnamed
            # member stands for the body or country the words give
            owners = [k for c in v.children if c.dep_ in ("dobj", "nsubjpass") for k in self.owner(c)]
            # ("a senior Hamas commander": the body his title is joined to)
            owners = [m.extra["org_key"] for k in tgt for m in self.ents.drafts[k].mentions
                      if m.extra.get("org_key")] or owners
            owners = [k for k in dict.fromkeys(owners) if self.ents.drafts[k].type in ("Country", "Organization")]
            if owners:
                tgt = owners
        if spec.type == "ASSAULT" and not tgt and any(c.dep_ == "dobj" for c in v.children):
            tgt = self._actor_across(v)  # "struck targets in Syria" (the parse hangs 'in' on the verb)
        if spec.type in ("ASSAULT", "COERCE", "SANCTION") and not tgt:
            # "struck what the military said were Hamas targets", "... what X called a camp in Y"
            for c in v.children:
                if c.dep_ == "ccomp" and any(x.lower_ == "what" for x in c.subtree):
                    for x in c.subtree:
                        if x.dep_ in ("attr", "oprd") and x.pos_ in ("NOUN", "PROPN"):
                            tgt += self.actors(x) or self.owner(x)
                            tgt += [k for p in x.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
                                    for o in p.children if o.dep_ == "pobj" for k in self._place_or_actor(o)]
        if spec.type == "THREATEN" and not tgt:
            tgt = self._warned_of(v, src)
        if spec.type == "THREATEN" and not tgt and v.dep_ == "conj":
            # "accused Ukraine of terrorist acts and threatened a harsh response"
            tgt = [k for c in v.head.children if c.dep_ == "dobj" for k in self.actors(c)]
        if spec.type == "AGREE" and lemma in ("vow", "pledge", "promise") and not tgt:
            # "vowed to retaliate against X": a threat, not a commitment with anyone
            for x in v.children:
                if x.dep_ == "xcomp" and (x.lemma_ in _RETALIATE_VERBS or x.lemma_ == "take" and any(
                        o.dep_ == "dobj" and o.lemma_ in ("measure", "action", "step", "countermeasure", "response")
                        for o in x.children)):  # "vowed to take resolute measures against Lithuania"
                    hit = [k for t in [x, *[o for o in x.children if o.dep_ == "dobj"]] for c in t.children
                           if c.dep_ == "prep" and c.lower_ in ("against", "on", "at")
                           for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
                    hit += [k for c in x.children if c.dep_ == "dobj" for k in self.actors(c)]
                    if hit:
                        self.emit("THREATEN", src, hit, v, f"verb:{lemma}-{x.lemma_}", status=status,
                                  confidence=self._conf(v, 0.55))
                        return
        if spec.type == "THREATEN" and not tgt and src:
            # "warned that China would respond if Taiwan declared independence"
            for c in v.children:
                if c.dep_ == "ccomp":
                    self._conditional_threat(c, src, v)
        if spec.type == "THREATEN" and not tgt:
            # "threatened to retaliate against X", "to take countermeasures against X"
            tgt = [k for x in v.children if x.dep_ == "xcomp"
                   for t in [x, *[o for o in x.children if o.dep_ == "dobj"]] for c in t.children
                   if c.dep_ == "prep" and c.lower_ in ("against", "on", "at")
                   for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
        if spec.type == "CONCEDE" and lemma in ("lift", "ease") and not tgt and src:
            # "lifted the sanctions Washington imposed on Panama", "eased restrictions on travel
            # and trade with Cuba": whom the measures were on, told deeper in their phrase
            measures = [c for c in v.children if c.dep_ == "dobj"]
            # ("lifted the sanctions Washington imposed on Panama": the parse may hang the
            # relative clause on the verb)
            measures += [c for c in v.children if c.dep_ == "advcl" and c.lemma_ in ("impose", "place", "slap")
                         and not any(x.dep_ == "dobj" for x in c.children)]
            tgt = self._other_side([k for o in measures for x in o.subtree if x.dep_ == "prep" and x.i > o.i
                                    and x.lower_ in ("on", "against", "with") for p in _prep_objects(x)
                                    for y in (p, *p.conjuncts) for k in self.actors(y)], src)
        if spec.type == "THREATEN" and not tgt and src:
            # "threatened to cut off gas supplies to Europe if the EU hit his country with more
            # sanctions": whoever the condition is about
            tgt = self._other_side([k for x in [v, *[c for c in v.children if c.dep_ == "xcomp"]]
                                    for a in x.children if a.dep_ == "advcl" and any(
                                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)
                                    for k in self.subjects(a)], src)
        if spec.type == "SANCTION" and lemma == "expel":
            # "Fiji's high commissioner had been expelled": the country whose envoy it is
            envoys = [c for c in v.children if c.dep_ in ("nsubjpass", "dobj") and _envoy_noun(c)]
            owned = [k for c in envoys for x in c.children if x.dep_ == "poss"
                     for k in self.actors(x) if self.ents.drafts[k].type == "Country"]
            if not owned:  # "Rwanda's ambassador, Vincent Karega", one mention of him: the country it names
                owned = [self.ents.country(m.iso3).key for c in envoys for x in c.children if x.dep_ == "poss"
                         if (m := self.ents.mention_at(x.i)) is not None and m.iso3 and m.kind == "nominal"]
            if not owned:  # "the Indian High Commissioner, Ajay Bisaria": the country its demonym names
                owned = [self.ents.country(m.iso3).key for c in envoys for x in c.children
                         if x.dep_ in ("amod", "compound") and x.i < c.i
                         and (m := self.ents.mention_at(x.i)) is not None and m.iso3
                         and m.kind in ("demonym", "country", "nominal")]
            named = any((m := self.ents.mention_at(x.i)) is not None and m.kind == "person"
                        for c in envoys for x in c.subtree)
            if owned and named:  # "expelled Rwanda's ambassador, Vincent Karega": him, and Rwanda
                tgt = list(dict.fromkeys([self._as_country(k) for k in tgt] + owned))
            else:  # "expelled the French ambassador": France
                tgt = owned or [self._as_country(k) for k in tgt]
            if passive and not src:
                src = [k for k in self._announcing_state(v) if k not in tgt]  # "X announced that Y's envoy had been expelled"
            if not tgt and any(c.dep_ == "dobj" and c.pos_ == "NUM" for c in v.children):
                # "Canada expelled four and Ukraine 13": as many of those just expelled
                lo = self._sentences_back(v.i, 2)
                # ("Moscow responded by expelling 23": the expelled expel the expellers)
                told = next((ev for ev in reversed(self.out) if ev.type == "SANCTION" and lo <= ev.trigger.i < v.i
                             and ev.target and not set(ev.source) & set(src)), None)
                if told is not None:
                    tgt = list(told.source if set(told.target) & set(src) else told.target)
        if spec.type == "REQUEST" and not tgt:
            # "demanded an apology from Japan": the parse hangs 'from' on the thing asked
            # (not "Russia's withdrawal from Ukraine": the place left)
            tgt = [k for c in v.children if c.dep_ == "dobj" and c.lemma_ not in _PULLOUT_NOUNS for p in c.children
                   if p.dep_ == "prep" and p.lower_ in ("from", "of") and p.lower_ in spec.preps
                   for o in p.children if o.dep_ == "pobj" for k in self.actors(o)]
        if spec.type == "REQUEST" and not tgt:
            # "demanded the immediate cancellation of the exercises", "the withdrawal of Russian
            # troops": whoever does what is to stop
            # ("called for the immediate withdrawal of the foreign troops")
            asked_for = [*v.children, *[p for pr in v.children if pr.dep_ == "prep" and pr.lower_ == "for"
                                        for p in _prep_objects(pr)]]
            for c in asked_for:
                if c.dep_ in ("dobj", "pobj") and (c.lemma_ in _STOPPING_NOUNS or c.lemma_ in _PULLOUT_NOUNS):
                    # ("an immediate halt to the attacks")
                    # "Russia's withdrawal": whose; "Bazoum's release": of whoever holds him, when told
                    owners = [x for x in c.children if x.dep_ == "poss"]
                    if c.lemma_ in ("release", "return"):
                        # ("demanded his release": whoever 'his' is, as a person)
                        held = [k for x in owners for k in self.actors(x) or self._person_pronoun(x)]
                        tgt += [h for k in held for h in self._holders(k, v)]
                        owners = []
                    for p in [p for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("of", "to")
                              for p in _prep_objects(pr)] + owners:
                        tgt += self.actors(p) or self.owner(p) or self._deed_owner(p) or (
                            self._doer_of(p, exclude=src) if p.lemma_ in _DEED_VERBS and any(
                                d.lower_ in ("the", "these", "those", "this", "its", "their") for d in p.children)
                            else self._assault_doers(p, v, src) if p.lower_ in lx.ASSAULT_NOUNS
                            or p.lemma_ in lx.ASSAULT_NOUNS or _military_operation(p) else [])
                        if not tgt and _is_force(p) and any(d.lower_ in ("the", "these", "those") for d in p.children):
                            # "the withdrawal of the foreign troops": those of the attack just told
                            tgt += self._earlier_source("ASSAULT", v, exclude=src)
            tgt = [k for k in dict.fromkeys(tgt) if k not in src]
            if tgt and v.dep_ == "conj" and v.head.lemma_ in ("speak", "talk", "call", "phone", "meet"):
                # "spoke to Putin and demanded a halt to the operation": asked of the one spoken to
                partners = [k for c in v.head.children if c.dep_ in ("prep", "dobj")
                            for p in ([c] if c.dep_ == "dobj" else _prep_objects(c)) for k in self.actors(p)
                            if self.ents.drafts[k].type == "Person"]
                tgt = [next((k for k in partners if self._own_country(k) == t), t) for t in tgt]
        if spec.type == "REQUEST" and tgt and any(c.dep_ == "dobj" and c.lemma_ in ("release", "freedom")
                                                   for c in v.children):
            # "demanded Bazoum's immediate release": of whoever holds him, when the story told it
            tgt = list(dict.fromkeys(h for k in tgt for h in (self._holders(k, v) or [k]) if h not in src))
        if spec.type == "REQUEST" and not tgt:
            # "demanded X to stop ...": the parse makes X the subject of the complement
            for c in v.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    # "demanded that Kosovo's police units leave": whose units
                    tgt = [k for x in c.children if x.dep_ == "nsubj"
                           for k in self.actors(x) or (self.owner(x) if _is_force(x) else [])]
                    tgt = [k for k in tgt if k not in src]
                    if tgt:
                        break
        if spec.type == "CONCEDE" and lemma in ("apologise", "apologize") and not tgt:
            # "apologised for the attacks on the embassies of Saudi Arabia and Qatar": to the wronged
            tgt = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in _prep_objects(c)
                   for a in p.children if a.dep_ == "prep" and a.lower_ in ("on", "against", "to")
                   for o in _prep_objects(a) for k in self.actors(o) or self.owner(o) if k not in src]
        if spec.type == "AID" and spec.needs_object:
            tgt = tgt or [k for c in v.children if c.dep_ == "dative" for k in self.actors(c)]
        if spec.type == "AID" and lemma == "help" and not tgt:
            # "will help Australia acquire eight submarines" (the parse makes the helped the subject)
            tgt = [k for c in v.children if c.dep_ in ("ccomp", "xcomp") for x in c.children if x.dep_ == "nsubj"
                   for k in self.actors(x) if k not in src]
        if spec.type in SYMMETRIC_TYPES:
            mode = spec.mode or self._consult_mode(v)
            if spec.type == "CONSULT":
                if lemma == "host" and self._has_noun(v, ("meeting", "talks", "dinner", "lunch", "banquet", "summit")):
                    mode = "meet"
                if spec.mode is None:
                    # "spoke with X" without a place is usually a call; "discussed" a meeting;
                    # but "had a call with X. The leaders discussed trade": the same call
                    phone_default = lemma in ("speak", "talk") and not self._location_of(v)
                    told = self._occasion_of_pair(v, set(src) | set(tgt))
                    mode = self._consult_mode(v, default=told.mode if told is not None and told.mode
                                              else "call" if phone_default else "meet")
                elif self._virtual(v):
                    mode = "virtual"
                elif mode == "meet" and any(c.dep_ == "prep" and c.lower_ in ("by", "over") and any(
                        p.lower_ in ("phone", "telephone") for p in c.children) for c in v.children):
                    mode = "call"  # "consulted X by telephone", "conferred with Y over the phone"
            if spec.frame == "joint" and not tgt and len(src) < 2:
                tgt = self._met_in_the_clause_before(v, src)  # "held talks with X and signed agreements"
                if not tgt:
                    return
            if spec.frame in ("joint", "symmetric") and not tgt and len(src) > 2:
                # "Iran and six world powers struck a deal": the powers are one side, Iran the other
                named = [x for c in v.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)]
                side = next((g for x in named if (g := self.ents.group_at(x.i)) is not None and g.head == x.i
                             and not g.reciprocal and len(g.members) >= 2), None)
                if side is not None and set(side.members) < set(src):
                    tgt = [k for k in src if k in side.members]
                    src = [k for k in src if k not in side.members]
            if spec.type == "CONSULT" and lemma == "host" and tgt and any(
                    c.dep_ == "dobj" and c.lower_ in _VISITING_PARTY and len(self._people_listed_before(c)) >= 2
                    for c in v.children):
                tgt = []  # "hosted the group" after a list of people: them, not a body called a group
            if spec.type == "CONSULT" and lemma == "host" and not tgt:
                # "hosted a dinner for Modi", "a banquet in honour of X": the guest
                tgt = [k for c in v.children if c.dep_ == "dobj" and c.lower_ in lx.EVENT_NOUNS
                       for k in self._prep_actors([c, v], ("for",)) if k not in src]
            if spec.type == "CONSULT" and lemma == "host" and not tgt and src and not self.blocked(v) \
                    and (v.dep_ in ("ROOT", "conj", "ccomp") or v.dep_ == "relcl" and any(
                        c.dep_ == "dobj" and c.lower_ in ("signing", "ceremony") for c in v.children)):
                # (not "X, who hosted the summit, met Y"; but "X, who hosted the ceremony" hosted the signing)
                # "Ethiopia's prime minister hosted the summit": the talks just told, with their host
                told = next((c for c in v.children if c.dep_ == "dobj" and (
                    c.lower_ in lx.EVENT_NOUNS or c.lower_ in ("signing", "ceremony"))
                             and any(d.lower_ in ("the", "this", "that") for d in c.children)), None)
                held = self._earlier_meeting(v, told, exclude=src, types=(
                    ("AGREE",) if told.lower_ in ("signing", "ceremony") else ("CONSULT",))) if told is not None else None
                own = {self._own_country(k) or k for k in src}
                guests = [k for k in dict.fromkeys(held.source + held.target) if k not in own] if held else []
                party = next((c for c in v.children if c.dep_ == "dobj" and c.lower_ in _VISITING_PARTY
                              and any(d.lower_ in ("the", "this", "that") for d in c.children)), None)
                if party is not None and not guests:
                    # "Funes hosted the group": the people listed just before, who, from two
                    # countries or more, sat with each other as well as with the host
                    guests = [k for k in self._people_listed_before(party) if k not in src and (
                        self._own_country(k) or k) not in own]
                    if len(guests) >= 2 and len({self._own_country(k) for k in guests} - {None}) >= 2:
                        self.emit("CONSULT", guests, [], v, "verb:host-the-group-together",
                                  mode="host", status=self.status(v), confidence=self._conf(v, 0.55))
                if len(guests) >= 2:
                    self.emit("CONSULT", src, guests, v, "verb:host-the-talks",
                              mode="host", status=self.status(v), confidence=self._conf(v, 0.55))
                return
            if spec.type == "CONSULT" and lemma in ("welcome", "receive", "host", "greet", "stand") and not tgt:
                return
            if spec.type == "CONSULT" and lemma == "host" and tgt and src and all(
                    self.ents.drafts[k].type == "Country" for k in src) and all(
                    self.ents.drafts[k].type == "Person" for k in tgt):
                mode = "visit"  # "the United States, which hosted Ruto for a state visit"
            if spec.type == "CONSULT" and lemma in ("welcome", "receive", "host", "invite") and tgt:
                # "welcomed Putin to Beijing", "hosted Shoigu in Pyongyang"
                dest, place = self.destination(v, ("to",) if lemma == "invite" else ("to", "in"))
                guests = [k for k in tgt if self.ents.drafts[k].type == "Person" and self._own_country(k) not in dest]
                if dest and guests:  # "welcomed Putin to Beijing": Putin visits China
                    ev = self.emit("CONSULT", guests, dest, v, f"verb:{lemma}-to", mode="visit", status=status,
                                   confidence=self._conf(v, 0.6))
                    if ev is not None and place is not None:
                        ev.location = self._place_key(place)
            guests = [k for k in tgt if self.ents.drafts[k].type == "Person"]
            if spec.type == "CONSULT" and lemma == "host" and src and len(guests) >= 2 \
                    and len({self._own_country(k) for k in guests} - {None}) >= 2:
                # "Borrell, who hosted Vucic and Kurti in Ohrid": the guests of two countries sat
                # with each other as well as with the host
                self.emit("CONSULT", list(dict.fromkeys(src + tgt)), [], v, rule + "-together", mode="meet",
                          status=status, confidence=self._conf(v, 0.7), anchor=self.extra_anchor.get(v.i))
                return
            self.emit(spec.type, src, tgt, v, rule, mode=mode, status=status,
                      confidence=self._conf(v, 0.75), anchor=self.extra_anchor.get(v.i))
        else:
            self.emit(spec.type, src, tgt, v, rule, status=status, confidence=self._conf(v, 0.7))
        # "X held a meeting with Y to warn Z": purpose clauses get their own pass as verbs

    def _warned_of(self, v: Token, src: list[str]) -> list[str]:
        """'X warned that his fighters would resist the Kenyan force' (the force's owner),
        'X warned that Y would pay a heavy price' (Y): whom a warning threatens."""
        # ("warned at the time that ...": the parse may hang the clause on 'time')
        clauses = [*v.children, *[r for a in v.children if a.dep_ == "prep" for o in a.children if o.dep_ == "pobj"
                                  for r in o.children if r.dep_ == "relcl"
                                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]]
        for c in clauses:
            if c.dep_ not in ("ccomp", "relcl") or not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall")
                                                          for a in c.children) or any(a.dep_ == "neg" for a in c.children):
                continue
            subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
            if not subj:
                continue
            s0 = subj[0]
            mine = self._and_countries(src)
            own = s0.lower_ in ("we", "i") or any(x.dep_ == "poss" and x.lower_ in ("his", "her", "its", "our", "their")
                                                  for x in s0.children) or set(self.actors(s0)) & mine
            if own:
                objs = [x for x in c.children if x.dep_ == "dobj"]
                objs += [p for x in c.children if x.dep_ == "prep" and x.lower_ in ("against", "on", "at")
                         for p in x.children if p.dep_ == "pobj"]
                keys = [k for o in objs for k in self.actors(o) or self.owner(o) or self._led_by(o)]
                if not keys and c.lemma_ == "veto":  # "would veto any legislation from Congress"
                    keys = [k for o in objs for k in self._deed_owner(o) or [
                        k2 for pr in o.children if pr.dep_ == "prep" and pr.lower_ == "from"
                        for p in _prep_objects(pr) for k2 in self.actors(p)]]
                if not keys and c.lemma_ in _RETALIATE_VERBS:
                    # "said Russia would respond in kind": to the one whose act it answers
                    keys = self._answered(v, src)
            elif c.lemma_ in ("pay", "face", "suffer", "regret", "bear", "feel"):
                keys = [k for x in subj for k in self.actors(x)]
            elif c.lemma_ in _THREAT_PASSIVES and s0.dep_ == "nsubjpass":
                keys = self.actors(s0)  # "warned that Nigeria would be expelled from the association"
            elif s0.lemma_ in _REPRISAL_NOUNS and c.lemma_ in ("follow", "come", "be"):
                keys = self._answered(v, src)  # "warned that retaliation would follow"
            elif c.lemma_ in _TIES_HARM_VERBS and v.lemma_ == "warn":
                # "warned that such a trip would seriously damage ties with Russia"
                keys = [k for o in c.children if o.dep_ == "dobj" and o.lemma_ in ("tie", "relation", "relationship")
                        for x in o.children if x.dep_ == "prep" and x.lower_ == "with"
                        for p in x.children if p.dep_ == "pobj" for k in self.actors(p)]
            else:
                keys = []
            keys = [k for k in keys if k not in src]
            if keys:
                return keys
        return []

    def retaliation_said(self, v: Token) -> None:
        """'X said it would respond in kind', 'said retaliation would follow': a threat to the
        one whose act it answers."""
        if not any(c.dep_ == "ccomp" and (c.lemma_ in _RETALIATE_VERBS or any(
                x.dep_ == "nsubj" and x.lemma_ in _REPRISAL_NOUNS for x in c.children)) for c in v.children):
            return
        if self.not_done(v):
            return
        src = self.subjects(v)
        tgt = self._warned_of(v, src) if src else []
        if tgt:
            self.emit("THREATEN", src, tgt, v, f"verb:{v.lemma_}-retaliation", status=self.status(v),
                      confidence=self._conf(v, 0.5))

    def _answered(self, v: Token, src: list[str]) -> list[str]:
        """Whom a promised response answers: the one `src` condemned earlier in the same
        sentence, else the one who last acted against `src` in it or the sentence before."""
        here = sent_of(v).start
        for ev in reversed(self.out):
            if sent_of(ev.trigger).start == here and ev.type in _QUARREL_TYPES and set(ev.source) & set(src):
                return [k for k in ev.target if k not in src]
        lo = self._sentences_back(v.i, 1)
        mine = self._and_countries(src)
        for ev in reversed(self.out):
            if lo <= ev.trigger.i < v.i and ev.type in ("SANCTION", "ASSAULT", "COERCE", "THREATEN") \
                    and set(ev.target) & mine:
                return [k for k in ev.source if k not in mine]
        return []

    def _visiting_party(self, v: Token) -> list[str]:
        """'received a delegation from the Syrian National Council led by Burhan Ghalioun': the
        body the delegation comes from and whoever leads it."""
        parties = [c for c in v.children if c.dep_ == "dobj" and c.lower_ in _VISITING_PARTY]
        if not parties:
            return []
        sent_by = [p for h in (*parties, v) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                   for p in _prep_objects(c)]
        sent_by += [a for p in sent_by for a in p.children if a.dep_ == "appos"]
        leaders = [p for h in (*parties, *sent_by) for c in h.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
                   for a in c.children if a.dep_ == "agent" for p in _prep_objects(a)]
        return list(dict.fromkeys(k for p in (*sent_by, *leaders) for k in self.actors(p)))

    def _led_by(self, t: Token) -> list[str]:
        """'the Kenyan-led force': who leads it."""
        out = []
        for c in t.children:
            if c.dep_ in ("amod", "compound") and c.lower_ == "led" or c.lower_.endswith("-led"):
                out += [k for x in c.subtree if x.i != c.i for k in self._force_owner(x)]
        for i in range(t.left_edge.i, t.i):  # the tokenizer may split 'Kenyan-led' in three
            if self.doc[i].lower_ == "led" and i >= 2 and self.doc[i - 1].text == "-":
                out += self._force_owner(self.doc[i - 2])
        return list(dict.fromkeys(out))

    def _object_fits(self, v: Token, lemma: str) -> bool:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if lemma == "reach":
            return any(o.lemma_ in lx.AGREEMENT_NOUNS or o.lower_ in lx.AGREEMENT_NOUNS for o in objs)
        if lemma == "lift":
            return any(o.lower_ in lx.SANCTION_NOUNS or o.lemma_ in _LIFTED_NOUNS for o in objs)
        if lemma == "freeze":  # "froze the assets of X", not "froze relations"
            return any(o.lemma_ in ("asset", "account", "fund", "reserve", "holding", "property") for o in objs)
        withs = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        return any(o.lower_ in lx.AID_NOUNS or o.lemma_ in lx.AID_NOUNS
                   or any(c.lower_ in lx.AID_NOUNS for c in o.children)
                   or o.lemma_ == "system" and any(c.lower_ in lx.ARMS_SYSTEM_WORDS for c in o.children)
                   or any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(  # "100,000 doses of vaccine", "tonnes of food", "$40 million in aid"
                       p.lower_ in lx.AID_NOUNS or p.lemma_ in lx.AID_NOUNS for p in _prep_objects(c)) for c in o.children)
                   for o in objs + withs)

    def _has_noun(self, v: Token, words) -> bool:
        return any(t.lower_ in words for t in v.subtree)

    def _virtual(self, t: Token) -> bool:
        return any(x.lower_ in lx.VIRTUAL_WORDS for x in t.subtree) or any(
            c.lower_ in lx.VIRTUAL_WORDS for c in t.head.children)

    def _occasion_of_pair(self, v: Token, parties: set[str]):
        """The consultation of just these parties told in this sentence or the one before,
        where no place of its own is given for the verb ("The leaders discussed ...")."""
        if len(parties) < 2 or self._location_of(v):
            return None
        here = sentence_no(self.doc, v.i)
        return next((ev for ev in reversed(self.out) if ev.type == "CONSULT" and ev.trigger.i < v.i
                     and set(ev.source) | set(ev.target) == parties
                     and here - sentence_no(self.doc, ev.trigger.i) <= 1), None)

    def _consult_mode(self, t: Token, default: str = "meet") -> str:
        words = {x.lower_ for x in t.subtree} | {c.lower_ for c in t.children}
        if words & lx.VIRTUAL_WORDS or "link" in words and "video" in words:
            return "virtual"
        if words & {"phone", "telephone", "phoned", "telephoned"}:
            return "call"
        return default

    def _conf(self, t: Token, base: float) -> float:
        sent = sent_of(t)
        if any(i in self.weak for i in range(sent.start, sent.end)):
            base -= 0.15
        return round(max(0.2, min(0.95, base)), 2)

    # --------------------------------------------------------- special frames
    def destination(self, v: Token, preps) -> tuple[list[str], Token | None]:
        """Where a trip goes: countries (a capital or city stands for its country)."""
        cands = [c for c in v.children if c.dep_ == "dobj" or c.dep_ == "nsubjpass" and any(
            a.dep_ == "agent" for a in v.children)]  # "Kyiv was visited by Scholz"
        cands += [p for c in v.children if c.dep_ == "prep" and c.lower_ in preps
                  for p in c.children if p.dep_ == "pobj"]
        keys, place = [], None
        for c in cands:
            for t in [c, *c.conjuncts]:
                m = self.ents.mention_at(t.i)
                if m is None and t.lemma_ in _SETTLEMENTS:
                    keys += self._settlement_country(t)  # "the Japanese capital"
                    continue
                if m is None:
                    continue
                if m.kind == "country" and m.entity:
                    keys.append(m.entity)
                    place = place or t
                elif m.kind == "capital" and m.iso3:
                    keys.append(self.ents.country(m.iso3).key)
                    place = t
                elif m.kind == "demonym" and m.iso3 and t.dep_ not in ("amod", "compound", "nmod") \
                        and not m.plural and t.tag_ == "NNP":
                    # "visited Myanmar and Bangladesh": a name that doubles as its adjective, standing alone
                    keys.append(self.ents.country(m.iso3).key)
                    place = place or t
                elif m.kind == "org" and m.org is not None and m.org.seat and m.org.country:
                    keys.append(self.ents.country(m.org.country).key)  # "visited the White House"
                    place = t
                elif m.kind == "place":
                    place = t
                    if m.iso3:  # a city the gazetteer knows: "Tel Aviv", "Shanghai"
                        keys.append(self.ents.country(m.iso3).key)
                    # "Tianjin, China": a country in apposition
                    for a in t.children:
                        mm = self.ents.mention_at(a.i)
                        if a.dep_ in ("appos", "conj", "npadvmod") and mm is not None and mm.kind == "country" and mm.entity:
                            keys.append(mm.entity)
        return list(dict.fromkeys(keys)), place

    def _forces_subject(self, v: Token) -> bool:
        """Is the subject of v armed men or their machines ('troops landed', 'hundreds of police
        officers arrived')?"""
        for c in v.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            heads = [c] + [p for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of"
                           for p in pr.children if p.dep_ == "pobj"]
            if any(h.lemma_ in _FORCE_NOUNS or h.lower_ in _FORCE_NOUNS for h in heads):
                return True
        return False

    def _backing_forces(self, v: Token) -> list[str]:
        """Whose forces back the forces that are v's subject: "Senegalese soldiers, backed by
        Nigerian aircraft and a contingent from Ghana, crossed the border" (Nigeria, Ghana)."""
        backers = [x for c in v.children if c.dep_ == "nsubj" for a in c.children
                   if a.dep_ == "acl" and a.lemma_ in ("back", "support", "join", "accompany", "assist")
                   for ag in a.children if ag.dep_ == "agent" for p in _prep_objects(ag) for x in (p, *p.conjuncts)]
        return [k for x in backers if _is_force(x)
                for k in self.owner(x) or self._prep_actors([x], ("from",))]

    def gapped_partners(self, v: Token, spec: lx.Verb, src: list[str], status: str) -> None:
        """'met Kim on Sunday and Trump on Monday', 'visited Kyiv on Tuesday and Warsaw on
        Thursday': the small model makes the second name a conjunct of the first day. It is
        the verb's second object, met or visited on the day told after it."""
        doc = self.doc
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ not in ("on", "in"):
                continue
            for day in _prep_objects(p):
                for y in day.children if day.ent_type_ == "DATE" else ():
                    after = y.right_edge.i + 1
                    if y.dep_ != "conj" or y.pos_ != "PROPN" or y.ent_type_ == "DATE" or after + 1 >= len(doc) \
                            or doc[after].lower_ not in ("on", "in") or doc[after + 1].ent_type_ != "DATE":
                        continue
                    keys = [k for k in self.actors(y) if k not in src]
                    if spec.frame == "visit":
                        keys = [self._as_country(k) for k in keys if self.ents.drafts[k].type in ("Country", "Place")]
                    ev = self.emit("CONSULT", src, keys, v, f"verb:{v.lemma_}-gapped", mode=spec.mode, status=status,
                                   confidence=self._conf(v, 0.6)) if keys else None
                    if ev is not None:
                        ev.date_from = doc[after + 1]

    def visit(self, v: Token, spec: lx.Verb, src: list[str], status: str) -> None:
        preps = spec.preps or ("to",)
        if status == "occurred" and _under_way(v):
            # "Trump, flying to Singapore for Tuesday's meeting with Kim, said ...": under way,
            # neither the arrival nor the meeting it is for has happened yet
            status = "planned"
        if _carried_off(v):
            return  # "seized by soldiers and flown to Costa Rica": taken there, no visit
        if self._forces_subject(v):
            # "Kenyan police officers landed in Haiti", "tanks crossed the border into Ukraine":
            # a deployment, not a visit; an attack only when the sentence tells of fighting
            # ("crossed into Israel and killed three soldiers", "... in a military operation")
            dest, place = self.destination(v, preps)
            src = src + [k for k in self._backing_forces(v) if k not in src]
            dest = [d for d in dest if self.ents.drafts[d].type == "Country" and d not in src]
            if not dest and any(c.dep_ == "dobj" and _bare_border(c) for c in v.children):
                dest = self._story_neighbour(src)  # "Senegalese soldiers crossed the border on Thursday"
            fighting = v.lemma_ in ("cross", "enter", "pour", "advance") and _fighting_told(v)
            ev = self.emit("ASSAULT" if fighting else "MOBILIZE", src, dest, v, f"verb:{v.lemma_}-forces",
                           status=status, confidence=self._conf(v, 0.55))
            if ev is not None and place is not None:
                ev.location = self._place_key(place)
            return
        if v.lemma_ in _FORCES_ONLY_MOVES:
            return  # "entered talks", "rolled out a plan": no trip
        posts = ("ambassador", "envoy", "consul", "representative", "attache", "attaché", "chargé")
        if any(c.lower_ == "as" and any(self.doc[j].lemma_ in posts and self.doc[j - 1].lower_ not in ("special", "personal")
                                        for j in range(c.i + 1, min(c.i + 5, len(self.doc))))
               for c in v.subtree):
            # (but "flew to Kathmandu as Modi's special envoy" is a mission there)
            return  # "arrived in Caracas as Colombia's ambassador": a posting, not a visit
        dest, place = self.destination(v, preps if v.lemma_ != "visit" else ())
        if not dest and _arrived_unnamed(v) and self.doc.user_data.get(DATELINE_KEY):
            # "Kikwete flew in on Thursday to add his weight to the talks", in a story filed
            # from Nairobi: he came to where the story is told
            here = self.ents.country(self.doc.user_data[DATELINE_KEY]).key
            src = [s for s in src if self._own_country(s) not in (None, here)]
            dest = [here] if src else []
        if not dest and v.lemma_ == "visit":
            # "Merkel visited Navalny at the hospital", "Xi visited Putin": whom, wherever it was
            dest = [k for c in v.children if c.dep_ == "dobj" for x in (c, *c.conjuncts) for k in self.actors(x)
                    if self.ents.drafts[k].type == "Person" and k not in src]
        if not dest and src and not self.hypothetical(v):
            # "visited the White House to ask Trump ...": no country named, but whom the
            # trip was made to see
            met = [k for k in self._purpose_partners(v) if k not in src]
            if met:
                self.emit("CONSULT", src, met, v, f"verb:{v.lemma_}-to-see", mode="meet", status=status,
                          confidence=self._conf(v, 0.6))
            return
        if not src:
            return
        # "visited Tbilisi with his Finnish counterpart X": X travelled too
        src = src + [k for k in self._prep_actors([v], ("with",))
                     if k not in src and k not in dest and self.ents.drafts[k].type == "Person"]
        src = [s for s in src if self._own_country(s) not in dest]
        if not src:
            return
        dest_people = [d for d in dest if self.ents.drafts[d].type == "Person"]
        # "travelled to Caracas for talks with Chavez": whom the trip was for is met too
        dest_people += [k for k in self._purpose_partners(v) if k not in dest_people and k not in src]
        if dest_people:
            self.emit("CONSULT", src, dest_people, v, f"verb:{v.lemma_}", mode="meet", status=status,
                      confidence=self._conf(v, 0.7))
            dest = [d for d in dest if d not in dest_people]
        if dest:
            ev = self.emit("CONSULT", src, dest, v, f"verb:{v.lemma_}", mode="visit", status=status,
                           confidence=self._conf(v, 0.7))
            if ev is not None and place is not None:
                ev.location = self._place_key(place)
        if place is not None:
            self._talks_where(v, place, src, status)

    def _purpose_partners(self, v: Token) -> list[str]:
        """Those a trip was made to meet: 'flew to X for talks with Y' (a meeting or talks
        'with' someone, as the purpose of the journey; not 'for the summit'), 'flew to X to
        persuade Y', 'travelled to X and pressed Y' (a person pressed there, in person)."""
        found = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
                 for o in _prep_objects(c) if lx.EVENT_NOUNS.get(o.lower_) in ("meet", "call")
                 for w in o.children if w.dep_ == "prep" and w.lower_ == "with"
                 for p in _prep_objects(w) for k in self.actors(p)]
        for c in v.children:
            purpose = c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            joined = c.dep_ == "conj" and c.tag_ == "VBD" and not any(a.dep_ in _SUBJ for a in c.children)
            if (purpose or joined) and c.lemma_ in _IN_PERSON_VERBS:
                found += [k for o in c.children if o.dep_ == "dobj" for k in self.actors(o)
                          if self.ents.drafts[k].type == "Person"]
        return found

    def _talks_where(self, v: Token, place: Token, src: list[str], status: str) -> None:
        """'flew to Tbilisi, where Saakashvili accepted the plan after talks': the host named
        in the clause about the place held the talks with the visitor."""
        for rel in [c for c in place.children if c.dep_ == "relcl" and any(
                a.lower_ == "where" for a in c.children)]:
            if not any(x.lemma_ in ("talk", "meeting", "negotiation", "discussion") for x in rel.subtree):
                continue
            if any(c.dep_ in ("nsubj", "dobj") and self.actors(c) and any(
                    k in src for k in self.actors(c)) for c in rel.children):
                continue  # "where he held talks with X": the clause's own rule
            hosts = [k for c in rel.children if c.dep_ == "nsubj" for k in self.actors(c)
                     if k not in src and self.ents.drafts[k].type == "Person"]
            if hosts:
                self.emit("CONSULT", src, hosts, rel, f"verb:{v.lemma_}-talks-where", mode="meet", status=status,
                          confidence=self._conf(v, 0.55), anchor=v)

    def attend_abroad(self, v: Token) -> None:
        """'X attended the inauguration in Bogota', "the funeral in Tokyo": a ceremony held in
        another country is a visit to it, whoever else came."""
        if self.blocked(v) or self.hypothetical(v):
            return
        for o in v.children:
            if o.dep_ != "dobj" or o.lemma_ not in _CEREMONY_NOUNS:
                continue
            # "the funeral of Shinzo Abe in Tokyo": the parse may hang the place on the name
            for at in (o, *[p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)], v):
                dest, place = self.destination(at, ("in",))
                if dest:
                    break
            src = [k for k in self.subjects(v) if self.ents.drafts[k].type == "Person"]
            src = [k for k in src if self._own_country(k) not in dest]
            dest = [d for d in dest if self.ents.drafts[d].type == "Country" and d not in src]
            if src and dest:
                ev = self.emit("CONSULT", src, dest, v, "verb:attend-abroad", mode="visit", status=self.status(v),
                               confidence=self._conf(v, 0.6))
                if ev is not None and place is not None:
                    ev.location = self._place_key(place)
            return

    def _envoys_country(self, key: str) -> str:
        """An ambassador or diplomat stands for the country he represents; anyone else for
        himself."""
        d = self.ents.drafts.get(key)
        if d is not None and d.type == "Person" and d.title is not None \
                and d.title.role in ("ambassador", "diplomat") and d.country:
            return self.ents.country(d.country).key
        return key

    def _and_countries(self, keys: list[str]) -> set[str]:
        """The actors and the countries they belong to: who counts as the same side."""
        return set(keys) | {self._own_country(k) for k in keys} - {None}

    def concerned(self, t: Token) -> None:
        """'The United States is deeply concerned by China's drills', 'Japan said it was
        alarmed by North Korea's launch', 'said it was gravely concerned about the arrests in
        Saudi Arabia': disapproval of whoever did it (PLOVER's criticism)."""
        cop = t.head if t.dep_ == "acomp" else t
        if any(c.dep_ == "neg" for c in (*t.children, *cop.children)) or self.blocked(cop) or self.hypothetical(cop):
            return
        subj = [c for c in (*cop.children, *t.children) if c.dep_ in ("nsubj", "nsubjpass")]
        src = [k for c in subj for k in (self._it(c) if c.lower_ in ("it", "we") else self.actors(c))]
        if not src and any(c.lower_ in ("he", "she", "i") for c in subj):
            src = self.subjects(cop.head) if cop.dep_ == "ccomp" else []  # "Moussa said he was disturbed"
        objs = [p for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in (
            "about", "by", "at", "over", "with", "regarding") for p in _prep_objects(c)]
        tgt: list[str] = []
        for o in objs:
            found = self.actors(o) or self.owner(o) or self._deed_owner(o)
            if not found and _DEED_TYPES.get(o.lemma_) and any(d.lower_ in _DEFINITE for d in o.children):
                found = self._doer_of(o, exclude=src)  # "alarmed by the launches" (not a bare "decision")
            if not found:  # "the new arrests in Saudi Arabia": where they were made
                found = [k for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
                         for p in _prep_objects(c) for k in self._place_or_actor(p)
                         if self.ents.drafts[k].type == "Country"]
            tgt += [k for k in found if k not in src]
        if src and tgt:
            self.emit("ACCUSE", src, list(dict.fromkeys(tgt)), t, f"adj:{t.lower_}", status=self.status(cop),
                      confidence=self._conf(t, 0.5), anchor=cop)

    def _custodian(self, v: Token, held: list[str]) -> list[str]:
        """Who holds people whose arrest is told without saying by whom: the state where it
        happened when the sentence names one ('was arrested in Havana'), else the state of
        the people held when they all have the same ('Saudi blogger Raif Badawi was arrested'),
        else, for people of no known state, the state the story is about."""
        where = [k for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for p in _prep_objects(c)
                 if (m := self.ents.mention_at(p.i)) is not None and m.kind in ("capital", "country") and m.iso3
                 for k in [self.country_of(m)]]
        if where:
            return [k for k in where[:1] if k not in held]
        people = [k for k in held if self.ents.drafts[k].type == "Person"]
        # "Saudi blogger Raif Badawi": the people's country words, where no title gives it
        words = [self.country_of(m) for c in v.children if c.dep_ == "nsubjpass" for x in c.subtree
                 if x.i < c.i + 1 and (m := self.ents.mention_at(x.i)) is not None and m.kind == "demonym" and m.iso3]
        states = {self._own_country(k) or (words[0] if len(set(words)) == 1 else None) for k in people}
        if people and len(people) == len(held) and len(states) == 1 and None not in states:
            return list(states)
        story = self._story_state() if people and len(people) == len(held) and states == {None} else None
        return [story] if story else []  # of no known country, in a story about one state: held by it

    def _story_state(self, exclude: Iterable[str] = (), margin: float = 2, least: int = 3,
                     bodies: bool = False, before: int | None = None) -> str | None:
        """The country a story is about: the one named most (by name, demonym, capital or
        title, and with `bodies` by one of its bodies too, its dateline counting once more;
        with `before`, only up to that token), at least `least` times and `margin` times as
        often as any other, or the only one named at all. Countries in `exclude` (ISO codes)
        are not candidates."""
        kinds = ("country", "demonym", "capital", "nominal", "org") if bodies else ("country", "demonym", "capital", "nominal")
        counts = Counter(m.iso3 for m in self.ents.mentions if m.iso3 and m.kind in kinds
                         and (before is None or m.start < before))
        if bodies and self.doc.user_data.get(DATELINE_KEY):
            counts[self.doc.user_data[DATELINE_KEY]] += 1
        for iso3 in exclude:
            counts.pop(iso3, None)
        top = counts.most_common(2)
        if not top or len(top) == 2 and (top[0][1] < least or top[1][1] * margin > top[0][1]):
            return None
        return self.ents.country(top[0][0]).key

    def _government_meant(self, t: Token) -> str | None:
        """Whose 'the government' (or 'the authorities') told without a country is."""
        askers = self._askers(t)
        # "the parliament called on the government": a state's legislature, courts or
        # parties mean their own government (its foreign ministry does not)
        home = [d.country for d in askers if d.type == "Organization" and d.country
                and set(d.name.lower().split()) & _HOME_BODY_WORDS]
        top = self.ents.country(home[0]).key if home else None
        if top is None:
            # one state asking "the government" is not asking its own; the story's
            # state is the one named just before, or far more than any other ("Ban
            # urged the government")
            others = {d.country for d in askers if d.country and (
                d.type in ("Country", "Organization")
                or d.type == "Person" and d.title is not None and d.title.role in _EXECUTIVE_ROLES)}
            top = self._story_state(others, margin=1.5, least=2, bodies=True, before=t.i)
            top = top if top and (self._named_lately(top, t) or self._story_state(
                others, margin=3, least=2, bodies=True, before=t.i) == top) else None
        return top

    def _askers(self, t: Token) -> list:
        """The drafts of whoever acts on 't' as an object ("India has urged the government")."""
        if t.dep_ in _SUBJ:
            return []
        gov = t.head.head if t.dep_ == "pobj" else t.head
        return [self.ents.drafts[k] for c in (gov.children if gov.pos_ in ("VERB", "AUX") else ())
                if c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i for k in self.actors(c) if k in self.ents.drafts]

    def _named_lately(self, key: str, t: Token, back: int = 2) -> bool:
        """Is `key` (or someone of that country) named in t's sentence before it or in the
        `back` sentences before?"""
        lo = self._sentences_back(t.i, back)
        return any(lo <= m.start < t.i and m.entity and (m.entity == key or self._own_country(m.entity) == key)
                   for m in self.ents.mentions)

    def _sentences_back(self, i: int, n: int) -> int:
        """Where the sentence `n` sentences before token `i`'s begins (the article's first at most)."""
        return sentences(self.doc)[max(0, sentence_no(self.doc, i) - n)].start

    def _other_side(self, keys: list[str], side: list[str]) -> list[str]:
        """`keys` (once each) that are neither of `side` nor of its members' own countries:
        whom a state or its official can threaten, snub or ask."""
        own = {self._own_country(k) or k for k in side}
        return [k for k in dict.fromkeys(keys) if (self._own_country(k) or k) not in own]

    def _own_country(self, key: str) -> str | None:
        d = self.ents.drafts.get(key)
        if d is None:
            return None
        if d.type == "Country":
            return key
        if d.country:
            return self.ents.country(d.country).key
        return None

    def copula_visit(self, v: Token) -> None:
        """'X is in Beijing for two days', 'X was in Paris last week for a summit': a visit, when
        X is a foreign person (in the past, only when told with what he came for)."""
        purpose = any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.lemma_ in lx.EVENT_NOUNS or o.lower_ in lx.EVENT_NOUNS or o.lemma_ in _OCCASION_NOUNS
            for o in _prep_objects(c)) for c in v.children)
        # "X was on his way to North Korea": under way, the trip is made
        way = next((o for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for o in _prep_objects(c)
                    if o.lemma_ == "way" and any(x.dep_ == "poss" for x in o.children)), None)
        if way is not None and not self.blocked(v) and not self.hypothetical(v):
            src = [k for c in v.children if c.dep_ == "nsubj" for k in self.actors(c)
                   if self.ents.drafts[k].type == "Person"]
            dest, place = self.destination(way, ("to",))
            dest = [d for d in dest if self.ents.drafts[d].type == "Country"]
            src = [k for k in src if self._own_country(k) not in dest]
            if src and dest:
                self.emit("CONSULT", src, dest, v, "copula:on-way-to", mode="visit", confidence=self._conf(v, 0.5))
            return
        due = next((c for c in v.children if c.dep_ == "acomp" and c.lower_ == "due"
                    and any(x.dep_ == "prep" and x.lower_ == "in" for x in c.children)), None)
        if due is not None:
            self.due_in(v, due)  # "Kishida is due in Washington next week"
            return
        if self.blocked(v) or v.tag_ not in ("VBZ", "VBP") and not (v.tag_ == "VBD" and purpose):
            return
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj:
            return
        src = [k for k in self.actors(subj[0]) if self.ents.drafts[k].type == "Person"]
        dest, place = self.destination(v, ("in",))
        dest = [d for d in dest if self.ents.drafts[d].type == "Country"]
        src = [s for s in src if self._own_country(s) and self._own_country(s) not in dest]
        if src and dest:
            ev = self.emit("CONSULT", src, dest, v, "copula:in", mode="visit", confidence=self._conf(v, 0.55))
            if ev is not None and place is not None:
                ev.location = self._place_key(place)

    def hope_expressed(self, v: Token) -> None:
        """'Biden expressed hope that China would use its influence': what the hope asks of
        China, as `_hoped_of` reads 'hoped that ...'."""
        for hope in [c for c in v.children if c.dep_ == "dobj" and c.lemma_ == "hope"]:
            asked = [k for b in hope.children if b.dep_ in ("acl", "ccomp") and any(
                a.dep_ == "aux" and a.lower_ in ("would", "will", "could", "can") for a in b.children)
                for x in b.children if x.dep_ == "nsubj" for k in self.actors(x)]
            src = self.subjects(v)
            asked = self._other_side(asked, src)
            if src and asked and not self.hypothetical(v):
                self.emit("REQUEST", src, asked, v, "verb:express-hope", status=self.status(v),
                          confidence=self._conf(v, 0.45), anchor=hope)

    def commitment_of(self, v: Token) -> None:
        """'Austin reassured Shin of the United States' unwavering commitment to South Korea's
        security': besides the reassurance of Shin, the state whose commitment it is supports
        the one it is to."""
        # (the parse may hang "of" on the one reassured)
        for c in [*v.children, *[x for d in v.children if d.dep_ == "dobj" for x in d.children]]:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for o in _prep_objects(c):
                if o.lemma_ not in ("commitment", "support", "backing", "solidarity", "pledge"):
                    continue
                whose = [k for x in o.children if x.dep_ == "poss" for k in self.actors(x)]
                to = [k for pr in o.children if pr.dep_ == "prep" and pr.lower_ in ("to", "for", "with")
                      for p in _prep_objects(pr) for k in self.actors(p) or self.owner(p) if k not in whose]
                if whose and to:
                    self.emit("SUPPORT", whose, to, v, f"verb:{v.lemma_}-commitment", status=self.status(v),
                              confidence=self._conf(v, 0.55))

    def listed(self, v: Token) -> bool:
        """'added 30 Chinese companies to its entity list', 'put Cuba on its list of state
        sponsors of terrorism', 'placed X on a sanctions blacklist': a sanction of whom, or
        whose, it lists."""
        holders = [v, *[c for c in v.children if c.dep_ == "advmod" and c.lower_ == "back"]]  # "put X back on"
        lists = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                 for p in _prep_objects(c) if p.lemma_ in ("list", "blacklist")]
        punitive = [p for p in lists if p.lemma_ == "blacklist" or any(
            x.lower_ in _PUNITIVE_LISTS for x in p.subtree if x.i != p.i)]
        if not punitive or self.blocked(v) or self.hypothetical(v):
            return False
        src = self.subjects(v)
        tgt = [k for c in v.children if c.dep_ in ("dobj", "nsubjpass")
               for x in (c, *c.conjuncts) for k in self.actors(x) or self.owner(x) if k not in src]
        if not src or not tgt:
            return False
        self.emit("SANCTION", src, tgt, v, f"verb:{v.lemma_}-to-list", status=self.status(v),
                  confidence=self._conf(v, 0.6))
        return True

    def due_in(self, v: Token, holder: Token) -> None:
        """'X is due in Washington next week', 'X is expected in Beijing on Monday': a planned
        visit by a foreign person to that country."""
        if self.not_done(v):
            return
        src = [k for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for k in self.actors(c)
               if self.ents.drafts[k].type == "Person"]
        dest, place = self.destination(holder, ("in",))
        dest = [d for d in dest if self.ents.drafts[d].type == "Country"]
        src = [k for k in src if self._own_country(k) not in dest]
        if src and dest:
            ev = self.emit("CONSULT", src, dest, v, "copula:due-in", mode="visit", status="planned",
                           confidence=self._conf(v, 0.5))
            if ev is not None and place is not None:
                ev.location = self._place_key(place)

    def copula_backer(self, v: Token) -> None:
        """'Senegal was among Morocco's most vocal supporters', 'Gabon is a close ally of
        Morocco': support of the one backed."""
        heads = [c for c in v.children if c.dep_ == "attr"]
        heads += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "among" for p in _prep_objects(c)]
        heads = [h for h in heads if h.lemma_ in _BACKER_NOUNS]
        if not heads or self.blocked(v) or self.hypothetical(v):
            return
        backed = [k for h in heads for k in self.owner(h)]
        src = self.subjects(v)
        if backed and src:
            self.emit("SUPPORT", src, backed, v, f"verb:be-{heads[0].lemma_}", status=self.status(v),
                      confidence=self._conf(v, 0.5))

    def accept(self, v: Token, src: list[str], status: str) -> None:
        for o in [c for c in v.children if c.dep_ == "dobj"]:
            if o.lower_ in lx.AGREEMENT_NOUNS or o.lemma_ in lx.AGREEMENT_NOUNS:
                # "accepted a truce with the rebels": a pact with them
                other = [k for k in self._prep_actors([o], ("with",)) if k not in src]
                if src and other:
                    self.emit("AGREE", src, other, v, f"verb:{v.lemma_}-{o.lemma_}-with", status=status,
                              confidence=self._conf(v, 0.6))
                continue
            if o.lower_ not in lx.REQUEST_NOUNS and o.lemma_ not in lx.REQUEST_NOUNS:
                continue
            self.accept_noun(v, o, src, status)

    def accept_noun(self, v: Token, o: Token, src: list[str], status: str) -> None:
        """'X accepted Y's invitation', 'X agreed to Y's request': X agrees with Y, who asked."""
        other = self._requester(o)
        if other:
            self.emit("AGREE", src, other, v, f"verb:{v.lemma_}-{o.lemma_}", status=status, confidence=self._conf(v, 0.7))
            self.emit("REQUEST", other, src, o, "noun:request-accepted", confidence=self._conf(v, 0.65),
                      anchor=v)
        elif any(c.lower_ in _DEFINITE for c in o.children):
            # "X invited Y to the summit, and Y accepted the invitation": whoever just asked Y
            other = self._earlier_requester(src, o)
            if other:
                self.emit("AGREE", src, other, v, f"verb:{v.lemma_}-{o.lemma_}", status=status,
                          confidence=self._conf(v, 0.6))

    def _requester(self, noun: Token) -> list[str]:
        keys = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                keys += [k for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
            elif c.dep_ in ("poss", "compound", "amod", "nmod") or c.dep_ == "nsubj" and c.i < noun.i:
                keys += self.actors(c)  # ("U.S. and EU calls": the parse may make the owners a subject)
        return list(dict.fromkeys(keys))

    def reject(self, v: Token, src: list[str], status: str) -> None:
        if not src:
            return
        rule = f"verb:{v.lemma_}"
        if v.dep_ == "relcl" and v.lemma_ in ("deny", "dismiss", "reject", "refute", "rebuff", "contest"):
            # "a charge the government denied", "..., a claim Islamabad denied", "India blamed
            # Pakistan for X, which Islamabad denied": the denier rejects whoever made the claim
            h = v.head
            claim = h.lemma_ in lx.CLAIM_NOUNS or h.lower_ in lx.CLAIM_NOUNS or h.lemma_ in _ALLEGATION_NOUNS
            which = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "what") for c in v.children)
            if claim or which:
                other = self._earlier_accuser(src, h) or (self._claimant(h, src) if claim else [])
                if not other and which and v.i > 0 and self.doc[v.left_edge.i - 1].text == ",":
                    # "sent Athens a note laying claim to the islets, which the Greek government
                    # rejected": what the clause it closes tells, and so its teller
                    gov = next((x for x in h.ancestors if x.pos_ in ("VERB", "AUX")), None)
                    other = self._other_side(self.subjects(gov), src) if gov is not None else []
                if other:
                    self.emit("REJECT", src, other, v, rule + ":claim", status=status, confidence=self._conf(v, 0.55))
                return
        if v.dep_ == "relcl" and (v.head.lower_ in lx.REQUEST_NOUNS or v.head.lemma_ in lx.REQUEST_NOUNS) \
                and not any(c.dep_ == "dobj" and c.lower_ not in ("which", "that") for c in v.children):
            # "floated the idea of X joining the talks, an offer the Indian leader turned down",
            # "an offer that Ukraine rejected": whoever made the offer
            h = v.head
            holder = h.head if h.dep_ == "appos" else h
            gov = holder.head if holder.dep_ in ("dobj", "nsubjpass", "npadvmod") else None
            other = self._deed_owner(h) or self.owner(h) or self._deed_owner(holder) or (
                self.subjects(gov) if gov is not None and gov.pos_ in ("VERB", "AUX") else [])
            other = [k for k in other if k not in src]
            if other:
                self.emit("REJECT", src, other, v, rule + ":offer-of", status=status, confidence=self._conf(v, 0.55))
            return
        done = False
        labelled = _labelled_objects(v)
        objs = [c for c in v.children if c.dep_ in ("dobj",) and c.lower_ != "what"] + labelled
        if any(c.dep_ == "auxpass" for c in v.children) or any(c.dep_ == "agent" for c in v.children):
            # "X's bid remains blocked by Y" (the parse may hang the patient on 'remains')
            objs += [c for t in [v, *[a for a in v.children if a.dep_ == "auxpass"]] for c in t.children
                     if c.dep_ in ("nsubjpass", "nsubj")]
            if v.lemma_ == "block":
                objs = [o for o in objs if self.actors(o) or self.owner(o)]
        if v.lemma_ == "block":  # "blocked the road" is no rejection; "blocked X's bid" is
            objs = [o for o in objs if self.actors(o) or o.lemma_ in _BLOCKABLE]
        if v.lemma_ in ("ignore", "disregard", "flout"):  # "ignored U.S. and EU calls", not "ignored the risks"
            objs = [o for o in objs if self.actors(o) or o.lower_ in lx.REQUEST_NOUNS or o.lemma_ in lx.REQUEST_NOUNS
                    or o.lemma_ in _RULING_NOUNS]
            if not objs:
                return
        failed = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not any(x.dep_ == "dobj" for x in c.children) and any(x.dep_ == "xcomp" for x in c.children)]
        # "refused to meet X" rejects X; "denied supplying drones to X" does not
        for x in ([c for c in v.children if c.dep_ == "xcomp" and c.lemma_ not in _NO_COMMENT_VERBS] + failed
                  if v.lemma_ not in ("deny", "dismiss") else []):
            # "refused to meet X", "refused or failed to respond to X's requests"
            objs += [c for c in x.children if c.dep_ == "dobj"]
            objs += [p for c in x.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            for y in [c for c in x.children if c.dep_ == "xcomp"]:
                objs += [p for c in y.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
                objs += [c for c in y.children if c.dep_ == "dobj"]
        if v.lemma_ in ("refuse", "deny") and any(c.dep_ == "dobj" and c.lemma_ in ("entry", "access", "permission", "visa",
                                                                               "landing", "passage") for c in v.children):
            # "the junta refused entry to a delegation from ECOWAS and the UN": a rebuff of them
            kept_out = [k for c in [*v.children, *[x for o in v.children if o.dep_ == "dobj" for x in o.children]]
                        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                        for p in _prep_objects(c) for k in self.actors(p) or [
                            k2 for pr in p.children if pr.dep_ == "prep" and pr.lower_ in ("from", "of")
                            for q in _prep_objects(pr) for x in (q, *q.conjuncts) for k2 in self.actors(x)]]
            kept_out = [k for k in dict.fromkeys(kept_out) if k not in src]
            if kept_out:
                self.emit("REJECT", src, kept_out, v, rule + "-entry", status=status, confidence=self._conf(v, 0.6))
                return
        for x in [c for c in v.children if c.dep_ == "xcomp" and c.lemma_ in ("sign", "endorse", "adopt", "back")]:
            # "refused to sign the joint declaration of a Mercosur summit": whose declaration
            for o in [c for c in x.children if c.dep_ == "dobj" and c.lemma_ in (
                    "declaration", "statement", "communique", "communiqué", "resolution", "text")]:
                owners = [k for k in self.owner(o) or self._deed_owner(o) if k not in src]
                owners += [k for pr in o.children if pr.dep_ == "prep" and pr.lower_ == "of" for q in _prep_objects(pr)
                           for k in self.owner(q) if k not in src and k not in owners]
                if owners and v.lemma_ in ("refuse", "decline"):
                    self.emit("REJECT", src, owners, v, rule + "-to-sign", status=status, confidence=self._conf(v, 0.55))
                    return
        for o in objs:
            if v.lemma_ == "oppose" and o.dep_ == "dobj" and o.lemma_ in _DEED_NOUNS_OPPOSED:
                # "firmly opposes the U.S. sanctions on Chinese firms": whoever imposed them
                owners = [k for k in self.owner(o) or self._deed_owner(o) if k not in src]
                if owners:
                    self.emit("REJECT", src, owners, v, rule + ":deed-of", status=status, confidence=self._conf(v, 0.55))
                    done = True
                    continue
            if (o.lower_ in lx.CLAIM_NOUNS or o.lemma_ in lx.CLAIM_NOUNS or o.lemma_ in _ALLEGATION_NOUNS
                    or o.lemma_ in _TOLD_NOUNS) \
                    and v.lemma_ in ("deny", "dismiss", "reject", "refute", "rebuff", "repudiate", "disavow") \
                    and (o.dep_ == "dobj" or o in labelled):
                owners = [k for c in o.children if c.dep_ == "poss" for k in self.actors(c)]
                owners = owners or [k for k in self._deed_owner(o)]  # "a ruling by the ICJ"
                owners = owners or [k for c in o.children if c.dep_ == "prep" and c.lower_ == "from"
                                    for p in _prep_objects(c) for k in self.actors(p)]  # "the accusation from Manila"
                owners = owners or [k for c in o.children if c.dep_ in ("amod", "compound")
                                    and (m := self.ents.mention_at(c.i)) is not None and m.kind in ("demonym", "country")
                                    for k in self.actors(c)]  # "rejected the British accusations"
                if owners and not set(owners) & set(src):
                    # "Moscow rejected Kyiv's accusations", "dismissed India's claims as baseless"
                    self.emit("REJECT", src, owners, v, rule + ":claim-of", status=status, confidence=self._conf(v, 0.6))
                    done = True
                    continue
            if (o.lower_ in lx.CLAIM_NOUNS or o.lemma_ in lx.CLAIM_NOUNS or o.lemma_ in _TOLD_NOUNS
                    or o.lemma_ == "decision") and not self.owner(o) and (any(
                    c.lower_ in ("the", "this", "that", "these", "those", "such") for c in o.children) or o.i < v.i):
                # "Kyiv denied the claim": the accusation just made against it; "rejected the
                # ruling": the court that just ruled
                other = self._earlier_accuser(src, o) or (
                    self._doer_of(o, exclude=src) if o.lemma_ in ("ruling", "verdict", "decision", "award") else []) or (
                    self._last_speaker(o, src) if o.lemma_ in ("report", "claim", "statement", "assertion") or
                    o.lemma_ in _TOLD_NOUNS else []) or (
                    # "... rejected the accusations": the story's accusation against it, however
                    # many paragraphs of background came between
                    self._earlier_accuser(src, o, back=len(self.doc)) if o.lemma_ in _ALLEGATION_NOUNS else [])
                if other:
                    self.emit("REJECT", src, other, v, rule + ":claim", status=status,
                              confidence=self._conf(v, 0.55))
                    done = True
                continue
            if o.lower_ in lx.REQUEST_NOUNS or o.lemma_ in lx.REQUEST_NOUNS:
                other = self._requester(o)
                if not other and any(c.lower_ in _DEFINITE for c in o.children):
                    # "rejected the demand": the one just made; "dismissed the offer": whoever
                    # offered lately, an offer being no request event of its own
                    other = self._earlier_requester(src, o) or (
                        self._doer_of(o, exclude=src) if o.lemma_ in _DEED_VERBS else [])
                    if other:
                        self.emit("REJECT", src, other, v, rule + ":anaphoric", status=status,
                                  confidence=self._conf(v, 0.55))
                        done = True
                    continue
                if other:
                    self.emit("REJECT", src, other, v, rule, status=status, confidence=self._conf(v, 0.7))
                    if v.lemma_ != "block":  # a blocked bid was made to someone else
                        self.emit("REQUEST", other, src, o, "noun:request-rejected",
                                  confidence=self._conf(v, 0.65), anchor=v)
                    done = True
                continue
            deal = o if o.lemma_ in _DEAL_NOUNS or o.lower_ in _DEAL_NOUNS else _deal_part_of(o)
            if deal is not None and o.dep_ == "dobj" and v.lemma_ in (
                    "oppose", "reject", "repudiate", "spurn", "rebuff") and deal.lemma_ not in ("truce", "ceasefire"):
                # "Macron has said he opposes the deal", "rejected a key part of the deal": its parties
                parties = self._deal_parties(deal, v, src)
                if parties:
                    self.emit("REJECT", src, parties, v, rule + "-deal", status=status, confidence=self._conf(v, 0.55))
                    done = True
                continue
            if o.dep_ == "dobj" and o.lemma_ in _DEED_VERBS and _DEED_TYPES.get(o.lemma_) and not self.actors(o) \
                    and not self.owner(o) and any(c.lower_ in ("the", "this", "that", "these", "those") for c in o.children):
                # "rejected the suspension": whoever suspended it, told before
                doers = [k for k in self._doer_of(o, exclude=src) if k not in src]
                if doers:
                    self.emit("REJECT", src, doers, v, rule + "-deed", status=status, confidence=self._conf(v, 0.55))
                    done = True
                continue
            keys = self.actors(o)
            if not keys and o.lemma_ in ("jurisdiction", "authority", "legitimacy", "mandate", "independence") \
                    and o.head.lemma_ in ("recognise", "recognize", "accept"):
                keys = [k for k in self.owner(o) if k not in src]  # "refused to recognise the court's jurisdiction"
            if keys and any(c.dep_ == "agent" for c in v.children) and set(keys) & set(src):
                keys = []
            if not keys and o.lemma_ in _BLOCKABLE:
                keys = [k for k in self.owner(o) if k not in src]  # "vetoed a U.N. Security Council resolution"
                if o.lemma_ in _ACCESSION_NOUNS and any(c.dep_ == "poss" for c in o.children):
                    # "blocked Kosovo's membership of the UN": the applicant's, not the body it would join
                    keys = [k for c in o.children if c.dep_ == "poss" for k in self.actors(c) if k not in src] or keys
            if keys:
                self.emit("REJECT", src, keys, v, rule, status=status, confidence=self._conf(v, 0.65))
                done = True
        if not done and v.lemma_ in ("deny", "dismiss") and (
                any(c.dep_ in ("xcomp", "ccomp") for c in v.children)
                or any(c.dep_ == "dobj" and (c.lemma_ in _INVOLVEMENT_NOUNS or c.lower_ in ("it", "this", "that", "them"))
                       for c in v.children)):
            # ("Rwanda denies it": the accusation just told)
            # "Minsk denies engineering the crisis", "Moscow denied any involvement": the
            # accusation just made against it, or made in the clause itself ("any involvement
            # in the poisoning, which Britain blames on Russia")
            involvement = any(c.dep_ == "dobj" and c.lemma_ in _INVOLVEMENT_NOUNS for c in v.children)
            other = [k for x in v.subtree if x.dep_ == "relcl" and x.lemma_ in ("blame", "accuse", "attribute")
                     for k in self.subjects(x) if k not in src] or self._accuser_alongside(v, src) \
                or self._earlier_accuser(src, v) or self._harmed_by(src, v) or (
                    # "The Kremlin denies any role": the story's accusation, however far back, or
                    # the claim just told that named it
                    self._earlier_accuser(src, v, back=len(self.doc)) or self._claim_answered(v, src)
                    if involvement else [])
            if other:
                self.emit("REJECT", src, other, v, rule + ":accusation", status=status, confidence=self._conf(v, 0.5))
                done = True
        if not done and v.lemma_ in ("deny", "dismiss", "reject", "refute") and (other := self._accuser_alongside(v, src)):
            # whatever the parse made of what is denied ("denied that Russian forces had targeted
            # civilians, after Kyiv accused Moscow"), the accuser the sentence names is answered
            self.emit("REJECT", src, other, v, rule + ":accusation", status=status, confidence=self._conf(v, 0.5))
            done = True
        if not done and v.lemma_ not in ("deny", "dismiss", "decline"):
            partners = [k for c in v.children if c.dep_ == "xcomp" for k in self.objects(c, ("with", "to"))]
            if partners:
                self.emit("REJECT", src, partners, v, rule, status=status, confidence=self._conf(v, 0.6))
                done = True
        if not done and v.lemma_ in ("refuse", "decline") and any(
                c.dep_ == "xcomp" and c.lemma_ in ("resume", "restore", "reopen", "hold", "establish", "restart")
                and any(o.dep_ == "dobj" and o.lemma_ in _CONTACT_NOUNS for o in c.children) for c in v.children):
            # "Kishida said China had declined to restore defence talks": with
            # the one telling of it, whose state is the other side of those contacts
            sayer = _sayer_above(v)
            speakers = self.subjects(sayer) if sayer is not None else []
            theirs = [c for k in speakers for c in [self._own_country(k)] if c and c not in self._and_countries(src)]
            if theirs:
                self.emit("REJECT", src, theirs, v, rule + "-contacts", status=status, confidence=self._conf(v, 0.5))
                done = True
        if not done and v.lemma_ in ("refuse", "decline") and any(
                c.dep_ == "xcomp" and c.lemma_ in _ASKED_DEEDS and not any(x.dep_ in ("dobj", "prep") for x in c.children)
                for c in v.children):
            # "Trudeau declined to apologise", "refused to resign": the one who asked it of him
            asker = self._earlier_requester([*src, *self._and_countries(src)], v)
            if asker:
                self.emit("REJECT", src, asker, v, rule + "-asked", status=status, confidence=self._conf(v, 0.5))
                done = True
        if not done and v.lemma_ in ("refuse", "decline"):
            # "demanded that Libya hand over the suspects ... Tripoli refused to hand over the
            # suspects": whoever asked that very deed of them, however far back
            deeds = {c.lemma_ for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"}
            mine = set(src) | self._and_countries(src)
            asker = next((list(ev.source) for ev in reversed(self.out) if ev.type == "REQUEST" and ev.trigger.i < v.i
                          and set(ev.target) & mine and not set(ev.source) & mine and any(
                              t.lemma_ in deeds and t.pos_ == "VERB" for t in ev.trigger.subtree)), [])
            if asker:
                self.emit("REJECT", src, asker, v, rule + "-asked-deed", status=status, confidence=self._conf(v, 0.5))

    def gave_way(self, v: Token) -> bool:
        """'yielding to pressure from Caribbean leaders and the United States', 'bowed to
        Washington's demands', 'caved in to pressure from X': a concession to those who pressed."""
        if self.not_done(v):
            return False
        pressures = [o for pr in v.children if pr.dep_ == "prep" and pr.lower_ == "to"
                     for o in _prep_objects(pr) if o.lemma_ in _PRESSURE_NOUNS]
        # ("yielding to pressure from X": the parse may read "to pressure" as an infinitive)
        pressures += [c for c in v.children if c.dep_ == "xcomp" and c.lower_ in _PRESSURE_NOUNS
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        pressers = [k for o in pressures
                    for k in self.owner(o) or [k for c in o.children if c.dep_ == "prep" and c.lower_ == "from"
                                               for p in _prep_objects(c) for x in (p, *p.conjuncts)
                                               for k in self.actors(x)]]
        src = self.subjects(v)
        tgt = [k for k in dict.fromkeys(pressers) if k not in src]
        if not src or not tgt:
            return False
        self.emit("CONCEDE", src, tgt, v, f"verb:{v.lemma_}-to-pressure", status=self.status(v),
                  confidence=self._conf(v, 0.55))
        return True

    def _claim_answered(self, v: Token, deniers: list[str]) -> list[str]:
        """Who made the claim a bare denial answers: the one who said something naming the
        deniers in the sentence just before ("X said the attacks had been traced to computers
        in Russian state institutions. The Kremlin denied any involvement.")."""
        n = sentence_no(self.doc, v.i)
        if n == 0:
            return []
        named = {k for t in sentences(self.doc)[n - 1] if t.pos_ in ("PROPN", "NOUN", "ADJ") for k in self.actors(t)}
        if not self._and_countries(list(named)) & self._and_countries(deniers):
            return []
        return self._last_speaker(v, deniers)

    def _last_speaker(self, noun: Token, exclude: list[str]) -> list[str]:
        """Who made 'the report' a denial answers: the one who said something in the sentence
        just before ("Ukraine's military said 50 Russian tanks had crossed. The Kremlin dismissed
        the report.")."""
        n = sentence_no(self.doc, noun.i)
        if n == 0:
            return []
        before = sentences(self.doc)[n - 1]
        own = {self._own_country(k) or k for k in exclude}
        for t in reversed(list(before)):
            if t.lemma_ in _SAY_VERBS and t.pos_ == "VERB":
                keys = [k for k in self.subjects(t) if k not in exclude]
                keys = [k for k in keys if (self._own_country(k) or k) not in own]
                # (a state's military or ministry reports for the state)
                keys = [self._own_country(k) or k if self.ents.drafts[k].type == "Organization" else k for k in keys]
                if keys:
                    return list(dict.fromkeys(keys))
        return []

    def _conditional_threat(self, c: Token, speakers: list[str], v: Token) -> None:
        """'X said the United States would not hesitate to nullify the deal if the Taliban
        failed to honour it', 'warned that Russia would respond if NATO deployed missiles':
        a punishment promised on a condition threatens whoever the condition is about."""
        ready = next((x for a in c.children if a.dep_ == "acomp" and a.lemma_ in ("prepared", "ready", "willing")
                      for x in a.children if x.dep_ == "xcomp"), None) if c.lemma_ == "be" else None
        if ready is None and not any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll") for a in c.children):
            return
        act = c if ready is None else ready  # "was prepared to impose more sanctions if ..."
        if c.lemma_ == "hesitate" and any(a.dep_ == "neg" for a in c.children):
            act = next((x for x in c.children if x.dep_ == "xcomp"), c)  # "would not hesitate to ..."
        elif any(a.dep_ == "neg" for a in c.children):
            return
        if act.lemma_ not in _PUNISH_VERBS and not (act.lemma_ in ("go", "move", "march") and any(
                x.dep_ in ("prt", "prep", "advmod") and x.lower_ == "in" and not list(x.children)
                for x in act.children)):  # "our troops will go in if ..."
            return
        cond = [x for x in [c, act] for x in x.children if x.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in x.children)]
        threatened = [k for x in cond for k in self.subjects(x) if k not in speakers]
        threatened = self._other_side(threatened, speakers)
        if threatened and not self.hypothetical(v):
            self.emit("THREATEN", speakers, threatened, v, f"verb:{v.lemma_}-if", status=self.status(v),
                      confidence=self._conf(v, 0.5), anchor=c)

    def suggested_that(self, v: Token) -> None:
        """'Putin suggested that EU leaders discuss the problem directly with Minsk', 'Wang
        proposed that North Korea suspend its tests': what another should do, asked of it
        (the bare verb of the clause is the subjunctive of a request)."""
        src = self.subjects(v)
        mine = self._and_countries(src)
        for c in v.children:
            if c.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or not (
                    c.tag_ in ("VB", "VBP") and not any(a.dep_ == "aux" for a in c.children)
                    or any(a.dep_ == "aux" and a.lower_ == "should" for a in c.children)):
                continue
            asked = [k for x in c.children if x.dep_ == "nsubj" for k in self.actors(x) if k not in mine]
            if src and asked and self.status(v) == "occurred":  # (not "is expected to recommend that ...")
                self.emit("REQUEST", src, asked, v, f"verb:{v.lemma_}-that", confidence=self._conf(v, 0.5), anchor=c)

    def _warned_own_measure(self, c: Token, speakers: list[str], v: Token) -> None:
        """'Erdogan warned that Ankara could cut ties with Israel', 'Lavrov warned that Moscow
        might stop talking to EU officials': a measure the speaker's own side may take,
        told as a warning, threatens whom it would hit."""
        if self.hypothetical(v) or any(a.dep_ == "neg" for a in c.children) \
                or not any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "may", "will", "'ll")
                           for a in c.children):
            return
        mine = self._and_countries(speakers)
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        doers = set(self.actors(subj)) if subj is not None else set()
        if subj is None or not (subj.lower_ in ("it", "we", "they", "he", "she") or doers and doers <= mine):
            return
        acts = [c, *[x for x in c.children if x.dep_ == "xcomp"]]
        if not any(a.lemma_ in _PUNISH_VERBS or a.lemma_ in _OWN_MEASURE_VERBS for a in acts):
            return
        # ("cut ties with Israel": the partner hangs on the object)
        heads = acts + [x for a in acts for x in a.children if x.dep_ == "dobj"]
        hit = [k for a in heads for x in a.children
               if x.dep_ == "dobj" or x.dep_ == "prep" and x.lower_ in ("with", "to", "on", "against", "from")
               for o in ([x] if x.dep_ == "dobj" else _prep_objects(x)) for k in self.actors(o) or self.owner(o)]
        hit = [k for k in dict.fromkeys(hit) if k not in mine]
        if hit:
            self.emit("THREATEN", speakers, hit, v, f"verb:{v.lemma_}-measure", status=self.status(v),
                      confidence=self._conf(v, 0.5), anchor=c)

    def followed_suit(self, v: Token, of: Token | None = None) -> bool:
        """'X expelled 60 Russian diplomats ... Australia, Ireland and Belgium joined in',
        'Bahrain followed last week', 'Japan did the same': the act told last (in this sentence
        or the two before), done by the new subjects to the same target; with `of`, the act of
        that verb only ('X recognised Y, as did Z')."""
        src = [k for k in self.subjects(v) if self.ents.drafts[k].type in ("Country", "Organization", "Person")]
        if not src or self.blocked(v) or self.hypothetical(v):
            return False
        lo = self._sentences_back(v.i, 2)
        # (an act told inside a relative clause is no act to follow: "a statement in which X ...")
        told = [ev for ev in self.out if lo <= ev.trigger.i < v.i and ev.type in _FOLLOWED_TYPES
                and (of is None or ev.trigger.i == of.i)
                and ev.status == "occurred" and ev.target and not set(ev.source) & set(src)
                and not any(x.dep_ == "relcl" for x in (ev.trigger, *ev.trigger.ancestors))]
        if not told:
            return False
        # the lead act of the latest sentence telling any ("Trump recognised Guaido, branded
        # Maduro's government illegitimate and pledged ... The Lima Group followed suit")
        last = sentence_no(self.doc, told[-1].trigger.i)
        told = min((ev for ev in told if sentence_no(self.doc, ev.trigger.i) == last), key=lambda ev: ev.trigger.i)
        tgt = [k for k in told.target if k not in src]
        self.emit(told.type, src, tgt, v, f"verb:{v.lemma_}-suit", mode=told.mode, status=self.status(v),
                  confidence=self._conf(v, 0.5))
        return True

    def street_protest(self, v: Token) -> bool:
        """'Small groups of Chinese protesters rallied outside the Japanese embassy in Beijing',
        'thousands of Iranians protested against Britain': a people's protest (PLOVER
        PROTEST) against the country whose mission they besiege or whom they protest
        against; the people's country is their demonym's, else where they marched. True when
        the subject is such a crowd (then no other rule applies)."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        crowd = subj
        if subj.lemma_ in ("group", "hundred", "thousand", "dozen", "scores", "score", "crowd", "million") or \
                subj.pos_ == "NUM":
            crowd = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in _prep_objects(c)), subj)  # "hundreds of Indonesian demonstrators"
        group = []
        if crowd.lemma_ == "member":
            # "members of the Nashi youth movement": the movement protests
            group = [k for c in crowd.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)
                     for k in self.actors(p) if self.ents.drafts[k].type == "Organization"]
        m = self.ents.mention_at(crowd.i)
        demonym = m.iso3 if m is not None and m.kind == "demonym" and crowd.tag_ in ("NNPS", "NNS") else None
        if crowd.lemma_ not in _PROTESTER_NOUNS and demonym is None and not group:
            return False
        if demonym is None:
            found = [self.ents.mention_at(c.i) for c in crowd.children if c.dep_ in ("amod", "compound")]
            demonym = next((x.iso3 for x in found if x is not None and x.iso3 and x.kind in ("demonym", "country")), None)
        where = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("outside", "at", "near", "to", "before",
                                                                             "around", "in", "on", "against",
                                                                             "through", "across")
                 for p in _prep_objects(c)]
        where += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "in" and any(x.lower_ == "front" for x in c.children)
                  for x in c.children for p in (_prep_objects(x) if x.dep_ == "prep" else [])]  # "in front of"
        where += [o for o in v.children if o.dep_ == "dobj" and o.lemma_ in _MISSION_NOUNS]  # "besieged the embassy"
        targets, home = [], None
        for p in where:
            if p.lemma_ in _MISSION_NOUNS:
                owner = [x for c in p.children if c.dep_ in ("amod", "compound", "poss")
                         for x in [self.ents.mention_at(c.i)] if x is not None and x.iso3]
                owner += [x for x in [self.ents.mention_at(p.i)] if x is not None and x.iso3 and x.start < p.i]
                targets += [self.ents.country(x.iso3).key for x in owner]
                # "the Japanese embassy in Beijing": the city says whose people these are
                home = home or next((x.iso3 for c in p.children if c.dep_ == "prep" and c.lower_ == "in"
                                     for q in _prep_objects(c) for x in [self.ents.mention_at(q.i)]
                                     if x is not None and x.kind in ("capital", "place", "country") and x.iso3), None)
            elif p.head.lower_ == "against":
                targets += [k for k in self.actors(p) if self.ents.drafts[k].type in ("Country", "Organization", "Person")]
            elif p.lemma_ in _PROTEST_NOUNS:
                # "in protest against India's decision", "in the biggest anti-Japanese protests"
                targets += [k for c in p.children if c.dep_ == "prep" and c.lower_ == "against" for q in _prep_objects(c)
                            for k in self.actors(q) or self.owner(q)]
                targets += [self.ents.country(x.iso3).key for c in p.children if c.dep_ == "amod"
                            and c.i > 0 and self.doc[c.i - 1].lower_ in ("anti", "-") and c.i - 2 >= 0
                            and "anti" in (self.doc[c.i - 1].lower_, self.doc[c.i - 2].lower_)
                            for x in [self.ents.mention_at(c.i)] if x is not None and x.iso3]
            elif p.head.lower_ in ("in", "through", "across"):
                # "in Beijing", "through Karachi", "in dozens of Chinese cities"
                home = home or next((x.iso3 for q in p.subtree for x in [self.ents.mention_at(q.i)]
                                     if x is not None and x.kind in ("capital", "country", "demonym", "place") and x.iso3
                                     and (q.i == p.i or x.kind == "demonym")), None)
        src_iso = demonym or home
        if not targets or src_iso is None and not group:
            return True
        src = group or [self.ents.country(src_iso).key]
        targets = [k for k in dict.fromkeys(targets) if k not in src]
        if targets and not self.blocked(v) and not self.hypothetical(v):
            self.emit("PROTEST", src, targets, v, f"verb:{v.lemma_}-street", status=self.status(v),
                      confidence=self._conf(v, 0.55))
        return True

    def consequences(self, v: Token) -> None:
        """'"..., and Japan shall bear all the consequences," Ma said', 'warned that those
        backing the militants would pay a heavy price': the speaker threatens the subject."""
        if any(c.dep_ == "neg" for c in v.children) or self.hypothetical(v):
            return
        teller = reporting_verb(v)
        if teller is None:
            return
        speakers = self.subjects(teller)
        threatened = self._other_side(self.subjects(v), speakers)
        self.emit("THREATEN", speakers, threatened, teller, f"verb:{v.lemma_}-{'consequences' if v.lemma_ == 'bear' else 'price'}",
                  status=self.status(teller), confidence=self._conf(teller, 0.55), anchor=v)

    def _echoed(self, v: Token, type_: str, src: list[str]) -> list[str]:
        """'X also welcomed the move', 'Y also condemned it': the target of the latest event of
        the same verb and type told in this sentence or the two before."""
        if not any(c.lower_ in ("also", "too", "likewise", "similarly") for c in v.children):
            return []
        lo = self._sentences_back(v.i, 2)
        return next((list(ev.target) for ev in reversed(self.out) if lo <= ev.trigger.i < v.i and ev.type == type_
                     and ev.trigger.lemma_ == v.lemma_ and ev.target and not set(ev.target) & set(src)), [])

    def _doer_of(self, noun: Token, exclude=()) -> list[str]:
        """Who did what 'the move', 'the sanctions', 'the launches', 'the remarks' refer to:
        the source of the latest such event told in the last two sentences, else the subject
        of the latest verb of that kind there."""
        sents = sentences(self.doc)
        idx = sentence_no(self.doc, noun.i)
        lo = sents[max(0, idx - 2)].start
        far = sents[max(0, idx - 5)].start  # a named kind of event ("the sanctions") is found further back
        word = _deed_word(noun)
        kinds, types = _DEED_VERBS.get(word, ()), _DEED_TYPES.get(word)
        # "the decision to expel Goldberg": whoever did something to Goldberg lately
        done_to = [k for a in noun.children if a.dep_ == "acl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)
                   for o in a.children if o.dep_ == "dobj" for k in self.actors(o)]
        if done_to:
            for ev in reversed(self.out):
                if far <= ev.trigger.i < noun.i and set(done_to) & set(ev.target) and not set(ev.source) & set(exclude):
                    return list(ev.source)
        if types and kinds and noun.tag_ != "NNS" and any(c.lower_ == "the" for c in noun.children):
            # "backed the suspension": the suspending (the noun's own verb) told last, however
            # far back and whatever other sanction was told since ("X suspended Nigeria ...
            # London recalled its envoy ... Y backed the suspension")
            for ev in reversed(self.out):
                if ev.trigger.i < noun.i and ev.type in types and ev.trigger.lemma_ == kinds[0] \
                        and not set(ev.source) & set(exclude):
                    return [] if self._mutual(ev) else list(ev.source)
        if any(c.lower_ == "the" for c in noun.children) and noun.lemma_ not in ("move", "step", "action", "decision"):
            # "In a televised proclamation, the king said ... India welcomed the proclamation":
            # the same noun told before, and whose it was there
            for t in reversed(self.doc[:noun.i]):
                if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN":
                    if not any(c.lower_ in ("a", "an") for c in t.children):
                        continue  # where it was introduced ("in a proclamation"), not reacted to since
                    gov = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ in ("dobj", "nsubjpass") else None
                    keys = self._deed_owner(t) or (self.subjects(gov) if gov is not None and gov.pos_ in (
                        "VERB", "AUX") else [])
                    keys = [k for k in keys if k not in exclude]
                    if keys:
                        return keys
                    break
        if noun.lemma_ == "decision" and not noun.tag_ == "NNS":
            # "The court ruled on Monday that ... X welcomed the decision": the ruling told last,
            # however far back, rather than whatever deed the story told since
            ruled = next((t for t in reversed(self.doc[:noun.i]) if t.pos_ == "VERB" and t.lemma_ in kinds), None)
            court = self._last_court(noun.i)
            if ruled is not None and court is not None and court not in exclude and court in self.subjects(ruled):
                return [court]
        for ev in reversed(self.out):
            if (lo if types is None else far) <= ev.trigger.i < noun.i and (types is None or ev.type in types) \
                    and not set(ev.source) & set(exclude):
                if types and noun.tag_ == "NNS":
                    # "the measures": all the measures against the same side told there, by whoever
                    # ("A, B and C cut ties with Q ... D and E did too ... Q called the measures unjustified")
                    return list(dict.fromkeys(k for e2 in self.out if far <= e2.trigger.i < noun.i
                                              and e2.type in types and set(e2.target) == set(ev.target)
                                              and not set(e2.source) & set(exclude) for k in e2.source))
                return [] if self._mutual(ev) else list(ev.source)
        if types and any(c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children):
            lead = self._lead_source(types, noun, exclude)
            if lead:
                return lead
        for t in reversed(self.doc[lo:noun.i]):
            if t.pos_ == "VERB" and (not kinds or t.lemma_ in kinds):
                keys = [k for k in self.subjects(t) if k not in exclude]
                if keys:
                    return keys
        if noun.lemma_ in _VERDICT_NOUNS:
            # "rejected the ruling", however far back the court that gave it was told
            court = self._last_court(noun.i)
            if court and court not in exclude:
                return [court]
        if noun.lemma_ == "decision":
            # "X pulled out of the deal. Y criticised the decision": a decision told as the act
            # itself is the act of the main clause just before
            for t in reversed(self.doc[lo:noun.i]):
                if t.dep_ == "ROOT" and t.pos_ == "VERB" and t.i < sent_of(noun).start \
                        and t.lemma_ not in _REACT_VERBS | _SAY_VERBS:  # (another's reaction to it: further back)
                    keys = [k for k in self.subjects(t) if k not in exclude]
                    if keys:
                        return keys
                    break
        return []

    def _asking_deal(self, s: Token, verb: Token) -> RawEvent | None:
        """'The agreement calls for the UN to deploy a force': a deal asks through its parties,
        those of the latest pact told in this sentence or the three before."""
        if s.lemma_ not in lx.AGREEMENT_NOUNS or verb.lemma_ not in _DEAL_ASKS \
                or not any(c.lower_ in ("the", "this", "that") for c in s.children):
            return None
        lo = self._sentences_back(s.i, 3)
        return next((ev for ev in reversed(self.out)
                     if ev.type == "AGREE" and lo <= ev.trigger.i < s.i and ev.status == "occurred"), None)

    def _parties_of_deal_told(self, s: Token, verb: Token) -> list[str]:
        deal = self._asking_deal(s, verb)
        if deal is None:
            return []
        self.weak.add(s.i)
        return list(dict.fromkeys(deal.source + deal.target))

    def _court_mentions(self) -> list:
        """Mentions of a court or tribunal, in the article's order."""
        return [m for m in self.ents.mentions if m.kind == "org" and m.entity and any(
            w in (self.ents.drafts[m.entity].name or "").lower() for w in ("court", "tribunal", "arbitration"))]

    def _last_court(self, before: int) -> str | None:
        """The court or tribunal named last before token `before` (by its name)."""
        return next((m.entity for m in reversed(self._court_mentions())
                     if m.start < before and not self.ents.drafts[m.entity].provisional), None)

    def _told_in_sentence(self, v: Token) -> list[str]:
        """The actors of the event told just before v in its sentence (a two-sided one's both
        sides, a one-sided one's doer): what a reaction ('..., which China criticised') is to."""
        own = set(self.subjects(v))
        for ev in reversed(self.out):
            if sent_of(ev.trigger).start == sent_of(v).start and ev.trigger.i < v.i:
                keys = ev.source + ev.target if ev.type in SYMMETRIC_TYPES else ev.source
                keys = [k for k in dict.fromkeys(keys) if k not in own]
                if keys:
                    return keys
        return []

    def _claimant(self, noun: Token, exclude=()) -> list[str]:
        """Who made 'a claim' set beside what they said: 'India said its jets downed a
        Pakistani plane, a claim Islamabad denied' -> India."""
        for t in noun.ancestors:
            if t.pos_ in ("VERB", "AUX") and (t.lemma_ in _SAY_VERBS or t.lemma_ in ("claim", "allege", "report")):
                keys = [k for k in self.subjects(t) if k not in exclude]
                if keys:
                    return keys
        return []

    def _accuser_alongside(self, v: Token, deniers: list[str]) -> list[str]:
        """Who made the accusation a denial answers when the sentence tells it: "denied backing
        the rebels, despite accusations from Congo", "denied it, after Kyiv accused Moscow of war
        crimes", "amid claims by Seoul"."""
        found: list[str] = []
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("despite", "after", "amid", "following"):
                for p in _prep_objects(c):
                    if p.lemma_ in _ALLEGATION_NOUNS or p.lower_ in lx.CLAIM_NOUNS:
                        found += self._deed_owner(p)
                        found += [k for pr in p.children if pr.dep_ == "prep" and pr.lower_ in ("from", "of")
                                  for q in _prep_objects(pr) for k in self.actors(q)]
                        found += [k for m in p.children if m.dep_ in ("amod", "compound")
                                  and (e := self.ents.mention_at(m.i)) is not None and e.kind in ("demonym", "country")
                                  for k in self.actors(m)]
                    elif p.lemma_ in ("accuse", "blame", "allege"):  # "after accusing"? no subject: nobody
                        found += list(self.subjects(p))
            elif c.dep_ == "advcl" and c.lemma_ in ("accuse", "blame", "allege") \
                    and any(m.lower_ in ("after", "as", "when", "since", "following") for m in c.children
                            if m.dep_ == "mark"):
                found += list(self.subjects(c))
        mine = self._and_countries(deniers)
        return [k for k in dict.fromkeys(found) if k not in deniers and k not in mine]

    def _met_in_the_clause_before(self, v: Token, src: list[str]) -> list[str]:
        """'X held talks with Y in Rabat and signed agreements on culture': whom the subject
        met in the clause this one is joined to, who signed with him."""
        if v.dep_ != "conj" or not src or v.lemma_ not in ("sign", "agree", "ink", "seal", "conclude") or any(
                c.dep_ == "prep" and c.lower_ == "with" for c in v.subtree):
            return []  # (not "received X and promised that ...", nor "signed deals with Lithuanian firms")
        head = v.head
        for ev in reversed(self.out):
            if ev.type == "CONSULT" and ev.status == "occurred" and set(ev.source) == set(src) and ev.target \
                    and (ev.trigger.i == head.i or ev.trigger.head.i == head.i):
                return list(ev.target)
        return []

    def _forum(self, key: str) -> bool:
        """An international body states bring their quarrels to: a UN organ, a court."""
        d = self.ents.drafts[key]
        return d.type == "Organization" and d.country is None and any(
            w in d.name for w in ("Council", "Court", "Assembly", "Tribunal", "United Nations"))

    def _earlier_accuser(self, targets: list[str], noun: Token, back: int = 3) -> list[str]:
        """Who made the accusation 'the claim' refers to: the latest ACCUSE (or THREATEN)
        aimed at the denying side within the last `back` sentences."""
        sents = sentences(self.doc)
        idx = sentence_no(self.doc, noun.i)
        lo = sents[max(0, idx - back)].start
        for ev in reversed(self.out):
            if ev.type in ("ACCUSE", "THREATEN") and lo <= ev.trigger.i < noun.i and (
                    set(ev.target) & set(targets)
                    or {self._own_country(k) for k in ev.target} & {self._own_country(k) for k in targets} - {None}):
                return list(ev.source)
        return []

    def _harmed_by(self, deniers: list[str], at: Token, back: int = 3) -> list[str]:
        """'Sudanese warplanes bombed a market near Bentiu ... Sudan's army denied carrying out
        any air strikes': with no accuser told, a denial answers the side the denier was told
        to have harmed, within the last `back` sentences."""
        lo = self._sentences_back(at.i, back)
        mine = self._and_countries(deniers)
        for ev in reversed(self.out):
            if ev.type in ("ASSAULT", "COERCE") and lo <= ev.trigger.i < at.i and set(ev.source) & mine:
                return [k for k in ev.target if k not in mine]
        return []

    def _doer_just_told(self, t: Token, exclude) -> list[str]:
        """Who did what 'it' or 'them' reacts to: the source of the latest event told in its
        sentence or the one before, else the subject of the sentence before when that tells a
        deed (not a saying or another reaction)."""
        sent = sent_of(t)
        before = [x for x in self.doc[sent.start:t.i] if x.pos_ in ("NOUN", "PROPN") and x.dep_ in (
            "dobj", "pobj", "nsubj", "nsubjpass", "attr") and not any(k in exclude for k in self.actors(x))]
        if before:
            # "branded the shootdown an act of cowardice, and the council issued a statement
            # deploring it": the nearest thing told in its own sentence, whatever it is
            return self._doer_of(before[-1], exclude=exclude) if _deed_word(before[-1]) in _DEED_VERBS else []
        lo = self._sentences_back(t.i, 1)
        for ev in reversed(self.out):
            if lo <= ev.trigger.i < t.i and ev.type in _DEED_TYPES_DONE and not set(ev.source) & set(exclude):
                if ev.type in SYMMETRIC_TYPES:  # "A and B signed a pact. C condemned it": both
                    return [k for k in dict.fromkeys(ev.source + ev.target) if k not in exclude]
                return [] if self._mutual(ev) else list(ev.source)
        idx = sentence_no(self.doc, t.i)
        if idx == 0:
            return []
        prev = sentences(self.doc)[idx - 1]
        named = [x for x in prev if x.pos_ == "NOUN" and x.dep_ in ("dobj", "nsubj", "nsubjpass")
                 and _deed_word(x) in _DEED_VERBS and any(d.lower_ == "the" for d in x.children)]
        if named:
            # "Kan called the shelling unforgivable. Ban condemned it": the deed named there
            return self._doer_of(named[-1], exclude=exclude)
        root = prev.root
        deed = root.lemma_ in ("fire", "launch", "test", "detonate", "conduct", "stage") or (
            root.lemma_ in lx.VERBS and lx.VERBS[root.lemma_].type in _DEED_TYPES_DONE)
        if root.pos_ != "VERB" or not deed:
            return []  # (a saying, a meeting, another's reaction: not what is condemned)
        return [k for c in root.children if c.dep_ == "nsubj" for k in self.actors(c) if k not in exclude]

    def _earlier_source(self, type_: str, at: Token, exclude=()) -> list[str]:
        """Who did the `type_` event told last, within five sentences before `at`
        ("Iran launched drones at Israel. The G7 condemned the attack")."""
        sents = sentences(self.doc)
        idx = sentence_no(self.doc, at.i)
        lo = sents[max(0, idx - 5)].start
        for ev in reversed(self.out):
            if ev.type == type_ and lo <= ev.trigger.i < at.i and not set(ev.source) & set(exclude):
                return [] if self._mutual(ev) else list(ev.source)
        return self._lead_source((type_,), at, exclude)

    def _lead_source(self, types: tuple[str, ...], at: Token, exclude=()) -> list[str]:
        """Who did the deed the story opens with, when nothing of its kind was told since:
        "the attack" eight sentences on is still the attack of the first sentence."""
        sents = sentences(self.doc)
        if len(sents) < 2:
            return []
        lead_end = sents[1].end
        for ev in reversed(self.out):
            if ev.type in types and ev.trigger.i < at.i and ev.status == "occurred":
                if ev.trigger.i >= lead_end:
                    return []  # a later one was told: the window's rule decides
                return [] if set(ev.source) & set(exclude) or self._mutual(ev) else list(ev.source)
        return []

    def _mutual(self, ev: RawEvent) -> bool:
        """'clashes between X and Y', told as both doing it: who did "the attack" is not told."""
        return any(e2.trigger.i == ev.trigger.i and e2.type == ev.type and e2.source == ev.target
                   and e2.target == ev.source for e2 in self.out)

    def _earlier_meeting(self, at: Token, noun: Token, exclude=(), types=("CONSULT",)) -> "RawEvent | None":
        """The meeting (or, for a signing, the agreement) of two or more others told last,
        within three sentences before `at`, unless its sentence sets it at another `noun` ("met on the sidelines of the summit":
        not the summit itself)."""
        lo = self._sentences_back(at.i, 3)
        for ev in reversed(self.out):
            if ev.type in types and ev.status == "occurred" and lo <= ev.trigger.i < at.i \
                    and len(set(ev.source + ev.target) - set(exclude)) >= 2 and not set(ev.source + ev.target) & set(exclude):
                if any(t.lemma_ == noun.lemma_ and t.i != ev.trigger.i for t in sent_of(ev.trigger)):
                    return None
                return ev
        return None

    def _announcing_state(self, v: Token) -> list[str]:
        """Who did what a passive clause tells without its doer, when a government's voice tells
        it ("Minister X announced that Y's envoy had been expelled"): X's country."""
        head = v.head if v.dep_ == "ccomp" else v.head.head if v.dep_ == "conj" and v.head.dep_ == "ccomp" else None
        if head is None or head.lemma_ not in _SAY_VERBS:
            return []
        # a minister whose country the text does not give speaks in his own capital ("In
        # Canberra, Foreign Minister X announced ...", "told reporters in Wellington")
        capitals = [m for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for p in _prep_objects(c)
                    if (m := self.ents.mention_at(p.i)) is not None and m.kind == "capital" and m.iso3]
        out = []
        for k in self.subjects(head):
            if self.ents.drafts[k].type == "Person":
                k = self._own_country(k) or (self.country_of(capitals[0]) if len(capitals) == 1 else k)
            out.append(k)
        return list(dict.fromkeys(out))

    def _as_country(self, key: str) -> str:
        """An unnamed official ("the French ambassador") stands for the country."""
        d = self.ents.drafts.get(key)
        if d is not None and d.type == "Person" and d.provisional and d.country:
            return self.ents.country(d.country).key
        return key

    def _earlier_requester(self, targets: list[str], noun: Token) -> list[str]:
        """Who made the request a definite 'the demand' refers to: the latest REQUEST
        aimed at the rejecting side within the last three sentences."""
        sent_start = sent_of(noun).start
        for ev in reversed(self.out):
            if ev.type != "REQUEST":
                continue
            if noun.i - ev.trigger.i > 120 or sent_of(ev.trigger).start > sent_start:
                continue
            if set(ev.target) & set(targets):
                return list(ev.source)
        return []

    def cancel(self, v: Token) -> None:
        """'X cancelled his visit to China' -> SANCTION X -> China, and the visit as cancelled.
        Also 'X pulled out of a meeting with Y', 'the trip was called off' (the trip just
        told of) and 'X suspended its aid to Y'."""
        if any(c.dep_ == "neg" for c in v.children) or self.blocked(v) and (
                v.dep_ != "conj" or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            return  # ("urged X to keep its promises and to cut ties with Y": only asked)
        src = self.subjects(v)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        objs = [c for c in v.children if c.dep_ in ("nsubjpass" if passive else "dobj",)]
        objs += [o for o in self._left_objects(v) if o not in objs]  # "pulled out of a planned meeting"
        if passive and v.dep_ == "conj" and not objs:
            objs = [c for c in v.head.children if c.dep_ in ("nsubjpass", "nsubj")]  # "was planned ... but was postponed"
        objs = [_what_share_of(o) for o in objs]  # "suspended much of its aid to Cambodia"
        reflexive = any(c.dep_ == "nsubj" and c.lower_ in ("themselves", "itself") for c in v.children)
        if (v.dep_ == "acl" and v.tag_ == "VBN" or reflexive) and v.lemma_ in ("suspend", "expel", "ban", "bar") and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
            # "Mali and Burkina Faso, themselves suspended from ECOWAS": the bloc suspended them
            bodies = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for p in _prep_objects(c)
                      for k in self.actors(p)]
            members = [k for k in (self.actors(v.head) if v.dep_ == "acl" else src) if k not in bodies]
            if bodies and members and not self.hypothetical(v):
                self.emit("SANCTION", bodies, members, v, f"verb:{v.lemma_}ed-from", confidence=self._conf(v, 0.55))
            return
        if not passive and src and v.lemma_ in ("suspend", "expel") and all(
                self.ents.drafts[k].type == "Organization" for k in src):
            # "the OAS suspended Honduras", "the AU suspended Niger's membership": a bloc punishes a member
            members = [k for o in objs for k in (self.owner(o) if o.lemma_ in ("membership", "participation")
                                                 else self.actors(o))
                       if k not in src and self.ents.drafts[k].type == "Country"]
            if members:
                self.emit("SANCTION", src, members, v, f"verb:{v.lemma_}-member", status=self.status(v),
                          confidence=self._conf(v, 0.6))
                return
        if not passive and src and v.lemma_ in ("suspend", "expel") and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
            # "the African Union suspended Gabon from all its activities": a member punished
            members = [k for o in objs for k in self.actors(o) if k not in src]
            if members:
                self.emit("SANCTION", src, members, v, f"verb:{v.lemma_}-from", status=self.status(v),
                          confidence=self._conf(v, 0.6))
                return
        for o in objs:
            if o.lower_ in lx.AID_NOUNS or o.lemma_ in lx.AID_NOUNS:
                # "suspended its development aid to Niger"
                tgt = [k for c in [*o.children, *v.children] if c.dep_ == "prep" and c.lower_ in ("to", "for")
                       for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
                if src and not passive:
                    self.emit("SANCTION", src, tgt, v, f"verb:{v.lemma_}-aid", confidence=self._conf(v, 0.6))
                continue
            invested = o.lemma_ == "investment"  # "banned new investment in Myanmar"
            if o.lower_ in lx.TRADE_NOUNS or o.lemma_ in lx.TRADE_NOUNS or _traded(o) or invested:
                # "halted arms exports to X", "banned imports from Y", "suspended flights to Z"
                # "imports of citrus fruit and some fish from Taiwan": the partner may hang deep in the phrase
                # "suspended visa services for Canadian citizens": whose citizens
                tgt = [k for c in [*[x for x in o.subtree if x.dep_ == "prep"], *v.children]
                       if c.dep_ == "prep" and (c.lower_ in ("to", "from", "with", "for") or invested and c.lower_ == "in")
                       for p in c.children if p.dep_ == "pobj"
                       for k in self._place_or_actor(p) or (self.owner(p) if c.lower_ == "for" or invested else [])]
                # "suspended all flights between the United States and Cuba": the other end
                if all(self._own_country(k) for k in src):  # (whose end is its own must be known)
                    tgt += self._other_side([k for c in o.children if c.dep_ == "prep" and c.lower_ == "between"
                                             for p in _prep_objects(c) for x in (p, *p.conjuncts)
                                             for k in self._place_or_actor(x)], src)
                tgt = [k for k in dict.fromkeys(tgt) if k not in src]
                if src and tgt and not passive:
                    self.emit("SANCTION", src, tgt, v, f"verb:{v.lemma_}-trade", status=self.status(v),
                              confidence=self._conf(v, 0.55))
                continue
            if (o.lemma_ in ("cooperation", "talk", "dialogue", "relation", "tie", "contact", "exchange", "negotiation",
                             "link", "activity", "programme", "program", "partnership", "collaboration")
                    or o.lemma_ in ("agreement", "accord", "pact", "treaty", "contract", "deal", "memorandum", "memoranda")
                    and any(p.dep_ == "prep" and p.lower_ == "with" for x in (o, *o.conjuncts) for p in x.children)) \
                    and src and not passive:
                # "ended military cooperation agreements with France" too, and "suspended all
                # memoranda of understanding and trade agreements with Rwanda"
                # "suspended cooperation with the United States", "froze talks with X"
                tgt = [k for t in (o, *o.conjuncts, v) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                       and not _in_solidarity(c) for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
                if not tgt and o.lemma_ in ("talk", "negotiation"):
                    # "paused negotiations on a trade agreement with India": the partner deeper in
                    tgt = [k for x in o.subtree if x.dep_ == "prep" and x.lower_ == "with"
                           for p in _prep_objects(x) for k in self.actors(p)]
                if not tgt:
                    tgt = self._other_of_relations(v, src)  # "relations between A and B collapsed when A's leader broke off ties"
                if not tgt and v.dep_ == "conj":
                    # "A and B imposed travel bans on the regime's members and suspended defence
                    # cooperation": with whom the first measure was aimed at, not each other
                    tgt = next((list(ev.target) for ev in reversed(self.out) if ev.trigger.i == v.head.i
                                and ev.type == "SANCTION" and ev.target), [])
                    if not tgt and any(c.dep_ == "dobj" and c.lower_ in lx.SANCTION_NOUNS for c in v.head.children):
                        continue  # aimed at someone the first measure names in words we do not place
                if not tgt and len(src) > 1:
                    self.barbs(v, "SANCTION")  # "Riyadh and Tehran severed ties": each with the other
                    continue
                if o.lemma_ in ("contract", "deal"):
                    # "cancelled its contract with France's Naval Group": the firm, and its state
                    tgt += [c for k in tgt if self.ents.drafts[k].type == "Organization"
                            and (c := self._own_country(k)) is not None and c not in tgt and c not in src]
                self.emit("SANCTION", src, tgt, v, f"verb:{v.lemma_}-{o.lemma_}", confidence=self._conf(v, 0.6))
                continue
            if o.lower_ == "it" and o.dep_ == "dobj" and src:
                # "Trump called it off in a letter to Kim": the meeting just planned with him
                told = self._earlier_planned_meeting(v, src)
                if told is not None:
                    others = [k for k in dict.fromkeys(told.source + told.target) if k not in src]
                    ev = self.emit("SANCTION", src, others, v, f"verb:{v.lemma_}-it", confidence=self._conf(v, 0.55))
                    ev2 = self.emit("CONSULT", src, others, o, f"cancelled:{v.lemma_}", mode=told.mode,
                                    status="cancelled", confidence=self._conf(v, 0.5), anchor=v)
                continue
            if o.lemma_ not in lx.TRIP_NOUNS and o.lower_ not in lx.TRIP_NOUNS and o.lemma_ != "mission":
                continue
            between = [k for c in o.children if c.dep_ == "prep" and c.lower_ == "between"
                       for p in _prep_objects(c) for x in (p, *p.conjuncts) for k in self.actors(x)]
            if len(between) >= 2 and src and not passive and not set(src) & set(between):
                # "Beijing cancelled a planned meeting between Wang and Japan's Hayashi": the
                # meeting is off, and the canceller snubs the side that is not its own
                snubbed = self._other_side(between, src)
                if self.ents.drafts[src[0]].type == "Country":
                    snubbed = [self._own_country(k) or k for k in snubbed]
                self.emit("SANCTION", src, snubbed, v, f"verb:{v.lemma_}-meeting-between", confidence=self._conf(v, 0.55))
                self.emit("CONSULT", between, [], o, f"cancelled:{v.lemma_}", mode="meet", status="cancelled",
                          confidence=self._conf(v, 0.5), anchor=v)
                continue
            who = src
            if passive:
                who = self.actors(next((c for c in o.children if c.dep_ == "poss"), o)) if any(
                    c.dep_ == "poss" for c in o.children) else []
            dest, place = self.destination(o, ("to", "with") if o.lemma_ in ("visit", "trip", "tour", "journey")
                                           else ("to", "with", "in"))
            dest += [k for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj" for k in self.actors(p) if k not in dest]
            if not dest:
                for x in o.children:
                    if x.dep_ in ("acl", "relcl", "xcomp") and x.lemma_ in ("visit", "travel", "meet", "go"):
                        dest, place = self.destination(x, ("to", "with"))
            if not dest and not passive and o.dep_ == "dobj":
                dest, place = self.destination(v, ("to",))  # "put off a mission to Jakarta" (the parse hangs 'to' on the verb)
            if passive and not who:
                # "the visit by Japan's foreign minister to Seoul was postponed" (the parse may
                # hang the destination on the visitor)
                by = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "by" for p in _prep_objects(c)]
                who = [k for p in by for k in self.actors(p)]
                if who and not dest:
                    dest = [k for p in by for k in self.destination(p, ("to",))[0]]
            if passive and not who and any(c.lower_ in ("the", "this", "that") for c in o.children):
                # "The trip had been planned for March but was postponed": the trip told of before
                told = self._earlier_trip(v)
                if told is not None:
                    who, dest = list(told.source), dest or list(told.target)
            dest = [d for d in dest if d not in who]
            # (an active verb's "by" is the visit's too: the parse may hang it on the verb)
            visitors = [k for c in [*o.children, *([] if passive else v.children)] if c.dep_ == "prep"
                        and c.lower_ == "by" for p in _prep_objects(c) for k in self.actors(p) if k not in who]
            if visitors and who and not passive:
                # "Akar cancelled a planned visit to Ankara by his Swedish counterpart": the host
                # snubs the visitor, whose visit to the host's country is off
                hosts, who = who, visitors
                dest = [d for d in dest if d not in who] or [
                    c for k in hosts if (c := self._own_country(k)) is not None and c not in who]
                planned = self._planned_for(o, v)
                ev = self.emit("SANCTION", hosts, who, v, f"verb:{v.lemma_}-visit-by",
                               confidence=self._conf(v, 0.6))
                ev2 = self.emit("CONSULT", who, dest, o, f"cancelled:{v.lemma_}", mode="visit", status="cancelled",
                                confidence=self._conf(v, 0.55), anchor=v) if dest else None
                for e in (ev, ev2):
                    if e is not None:
                        e.date_from = planned
                continue
            if not who or not dest:
                continue
            planned = self._planned_for(o, v)
            ev = self.emit("SANCTION", who, dest, v, f"verb:{v.lemma_}", confidence=self._conf(v, 0.6 if passive else 0.65))
            mode = "visit" if any(self.ents.drafts[d].type == "Country" for d in dest) else "meet"
            ev2 = self.emit("CONSULT", who, dest, o, f"cancelled:{v.lemma_}", mode=mode, status="cancelled",
                            confidence=self._conf(v, 0.55), anchor=v)
            for e in (ev, ev2):
                if e is not None:
                    e.date_from = planned

    def _earlier_planned_meeting(self, v: Token, src: list[str]) -> "RawEvent | None":
        """The meeting of `src` told as planned within the two sentences before `v`."""
        sents = sentences(self.doc)
        idx = sentence_no(self.doc, v.i)
        lo = sents[max(0, idx - 2)].start
        found = next((ev for ev in reversed(self.out) if ev.type == "CONSULT" and ev.status == "planned"
                      and lo <= ev.trigger.i < v.i and set(src) & set(ev.source + ev.target)), None)
        if found is None and any(t.lemma_ in ("summit", "meeting", "talk", "visit") and any(
                c.lower_ == "the" for c in t.children) for t in self.doc[sents[max(0, idx - 1)].start:v.i]):
            # "Only weeks ago the summit was in doubt. On May 24 Trump called it off": the
            # story's summit, told first
            found = next((ev for ev in self.out if ev.type == "CONSULT" and set(src) & set(ev.source + ev.target)
                          and len(set(ev.source + ev.target)) >= 2), None)
        return found

    def _other_of_relations(self, v: Token, src: list[str]) -> list[str]:
        """'Relations between A and B collapsed when A's leader broke off ties': B, the other
        party of the relations named in the same sentence."""
        own = {self._own_country(k) or k for k in src}
        for t in sent_of(v):
            if t.lemma_ in ("relation", "tie", "relationship") and t.i != v.i:
                keys = [k for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                        for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
                if len(keys) == 2 and own & set(keys):
                    return [k for k in keys if k not in own]
        return []

    def _planned_for(self, trip: Token, v: Token) -> Token | None:
        """'the visit, planned for February, was cancelled', 'the trip had been scheduled for
        March but was postponed': a cancelled trip is dated by when it was to happen."""
        cands = [c for c in trip.children if c.dep_ in ("acl", "relcl", "amod")]
        if v.dep_ == "conj":
            cands.append(v.head)
        for c in cands:
            if c.lemma_ in ("plan", "schedule", "set", "slate", "due", "expect"):
                if any(p.dep_ == "prep" and p.lower_ in ("for", "in") for p in c.children):
                    return next(p for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "in"))
        return None

    def _left_objects(self, v: Token) -> list[Token]:
        """What is left or withdrawn from: 'out of X', 'from X' (particle or preposition)."""
        out = []
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                out += [p for p in c.children if p.dep_ == "pobj"]
            elif c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod"):
                out += [p for cc in c.children if cc.dep_ == "prep" and cc.lower_ == "of"
                        for p in cc.children if p.dep_ == "pobj"]
                out += [p for cc in v.children if cc.dep_ == "prep" and cc.lower_ == "of"
                        for p in cc.children if p.dep_ == "pobj" and p not in out]
        return out

    def _earlier_trip(self, at: Token) -> RawEvent | None:
        """The visit (else meeting) of named people told last, within six sentences before
        `at` (any status); a meeting's people stand for their countries."""
        sents = sentences(self.doc)
        idx = sentence_no(self.doc, at.i)
        lo = sents[max(0, idx - 6)].start
        told = [ev for ev in self.out if ev.type == "CONSULT" and lo <= ev.trigger.i < at.i and ev.source
                and ev.target and ev.status != "cancelled"]
        visits = [ev for ev in told if ev.mode == "visit"]
        if visits:
            return visits[-1]
        people = [k for e in told for k in e.source + e.target if self.ents.drafts[k].type == "Person"]
        if not people:
            return None
        # the traveller: the person in most of the meetings told (the latest on a tie);
        # the destination: the country most of the people he met represent
        traveller = max(reversed(list(dict.fromkeys(reversed(people)))), key=people.count)
        home = self._own_country(traveller)
        hosts = [self._own_country(k) for e in told if traveller in e.source + e.target
                 for k in e.source + e.target if k != traveller]
        hosts = [h for h in hosts if h and h != home]
        if not hosts:
            return None
        dest = max(dict.fromkeys(hosts), key=hosts.count)
        return RawEvent("CONSULT", [traveller], [dest], told[-1].trigger, told[-1].rule, mode="visit")

    def aid_noun(self, v: Token) -> bool:
        """'announced a package of military aid for Ukraine', 'pledged $4 billion in aid to
        Kyiv': AID from the subject to whoever the aid is for."""
        aid = None
        for o in [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]:
            for x in o.subtree:
                if (x.lower_ in lx.AID_NOUNS or x.lemma_ in lx.AID_NOUNS) and x.lower_ not in ("support", "help") \
                        and x.i - o.i <= 4 or x.ent_type_ == "MONEY" and x.head.i == o.i and o.lemma_ in (
                            "pledge", "contribution", "donation", "package", "fund", "commitment"):
                    aid = x if x.ent_type_ != "MONEY" else o  # "a $3 billion pledge to the fund"
                    break
            if aid is not None:
                break
        if aid is None and v.lemma_ in ("contribute", "pledge", "give", "donate", "grant", "allocate", "commit"):
            aid = next((c for c in v.children if c.dep_ == "dobj" and c.ent_type_ == "MONEY"), None)  # "$2 billion to X"
        if aid is None or self.blocked(v) or self.hypothetical(v):
            return False
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        src = self.subjects(v)
        tgt = [k for t in [aid, *aid.ancestors] if t.i != v.i and v.i in {a.i for a in t.ancestors} | {t.head.i}
               for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p) or self._first_actor_in(p)]
        tgt += [k for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
        tgt += [k for c in v.children if c.dep_ == "dative" for k in self.actors(c)]
        if not tgt:  # "pledged $300 million to support the Kenyan-led force"
            tgt = [k for c in v.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ in (
                       "support", "help", "assist", "fund", "finance", "aid", "back", "bolster", "rebuild")
                   for o in c.children if o.dep_ == "dobj" for k in self.actors(o) or self.owner(o) or self._led_by(o)]
        if passive and not src:
            return False
        ev = self.emit("AID", src, list(dict.fromkeys(tgt)), v, f"verb:{v.lemma_}-{aid.lower_}",
                       status=self.status(v), confidence=self._conf(v, 0.65))
        return ev is not None

    def reported(self, v: Token) -> None:
        """Reported speech: 'X said Y should soften its approach' asks Y (REQUEST X -> Y);
        'X said in Yerevan' puts a foreign X in that country's capital (a visit)."""
        if any(c.dep_ == "neg" for c in v.children):
            return
        speakers = self.subjects(v)
        if not speakers:
            return
        if v.lemma_ == "tell" and not self.blocked(v) and not self.hypothetical(v):
            # "Russian officials told Ankara that ...": they were in touch
            heard = [k for c in v.children if c.dep_ in ("dobj", "dative") and not _the_public(c)
                     and not _an_audience(c) for k in self.actors(c) if k not in speakers]
            if heard:
                self.emit("CONSULT", speakers, heard, v, "verb:tell", mode=self._consult_mode(v),
                          status=self.status(v), confidence=self._conf(v, 0.5))
                if any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       for c in v.children):  # "told Netanyahu to allow more aid in": asked him
                    self.emit("REQUEST", speakers, heard, v, "verb:tell-to", status=self.status(v),
                              confidence=self._conf(v, 0.55))
        # "said in a statement that ...": the parse may hang the clause on the statement
        told = [c for c in v.children if c.dep_ == "ccomp"] + [
            a for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for o in _prep_objects(p)
            if o.lemma_ in ("statement", "interview", "communique", "post", "speech", "letter")
            for a in o.children if a.dep_ in ("acl", "ccomp", "relcl") and a.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
        # "said X took it seriously and that Y had an obligation to ...": each reported clause
        told += [x for c in list(told) for x in c.conjuncts if x.pos_ in ("VERB", "AUX") and x not in told]
        # '"A has done nothing. It has chosen to deflect," X said': the sentences the quotation
        # opened with are X's words too
        told += [r for r in self._quote_opened_before(v) + self._quote_continued_after(v) if r not in told]
        for c in told:
            negated = any(a.dep_ == "neg" for a in c.children)
            attrs = [a for a in c.children if a.dep_ in ("attr", "acomp")]
            if c.lemma_ == "be" and (not negated and any(a.lemma_ in _PEJORATIVE or a.lower_ in _PEJORATIVE or any(
                    # "said the sanctions were an unfriendly step"
                    x.dep_ == "amod" and x.lemma_ in _PEJORATIVE for x in a.children) for a in attrs)
                                     or negated and any(a.lower_ in _PROPER_WORDS for a in attrs)):
                # "X said NATO's enlargement was an encroachment", "said the removal was not
                # legal": X condemns whose deed it was
                blamed = [k for x in c.children if x.dep_ == "nsubj"
                          for k in self.owner(x) or self._deed_owner(x)
                          or ([] if x.lower_ in ("it", "this", "that") else self.actors(x))
                          or (self._doer_of(x, exclude=speakers) if x.lemma_ in _DEED_VERBS and any(
                              d.lower_ in _DEFINITE for d in x.children) else [])]
                if not blamed and any(x.dep_ in ("csubj", "nsubj") and x.tag_ == "VBG" and (
                        x.lemma_ in lx.VERBS and lx.VERBS[x.lemma_].type == "ASSAULT") for x in c.children):
                    blamed = self._earlier_source("ASSAULT", v, exclude=speakers)  # "striking the port was reprehensible"
                blamed = [k for k in blamed if k not in speakers]
                # "said Morales's charges were baseless": a denial of the accuser
                denial = any(x.dep_ == "nsubj" and x.lower_ in lx.CLAIM_NOUNS for x in c.children) and any(
                    a.lower_ in _FALSE_WORDS for a in attrs)
                if blamed:
                    self.emit("REJECT" if denial else "ACCUSE", speakers, blamed, v,
                              f"verb:{v.lemma_}-{'denial' if denial else 'pejorative'}", status=self.status(v),
                              confidence=self._conf(v, 0.5), anchor=c)
            self._blamed_in(c, speakers, v)
            self._conditional_threat(c, speakers, v)
            self._deadline_told(c, speakers, v)
            self._refused_in(c, speakers, v)
            for b in _complements(c):
                # "said responsibility lay with Kinshasa", "said the blame rests with X"
                if b.lemma_ in ("lie", "rest", "lay") and any(x.dep_ == "nsubj" and x.lemma_ in (
                        "responsibility", "blame", "fault") for x in b.children):
                    blamed = [k for pr in b.children if pr.dep_ == "prep" and pr.lower_ in ("with", "on")
                              for p in _prep_objects(pr) for k in self.actors(p) if k not in speakers]
                    if blamed:
                        self.emit("ACCUSE", speakers, blamed, v, f"verb:{v.lemma_}-responsibility-lies",
                                  status=self.status(v), confidence=self._conf(v, 0.5), anchor=b)
            for b in _complements(c):
                # "said Zelaya would be arrested as soon as he set foot in the country": a threat
                if b.lemma_ in _THREAT_PASSIVES and any(a.dep_ == "auxpass" for a in b.children) and any(
                        a.lower_ in ("would", "will", "'ll") for a in b.children) \
                        and not any(a.dep_ == "neg" for a in b.children):
                    threatened = [k for x in b.children if x.dep_ == "nsubjpass" for k in self.actors(x)
                                  if k not in speakers]
                    if threatened:
                        self.emit("THREATEN", speakers, threatened, v, f"verb:{v.lemma_}-would-be-{b.lemma_}",
                                  status=self.status(v), confidence=self._conf(v, 0.5), anchor=b)
            for b in _complements(c):
                # "said the allegations were baseless", "said the claims had no basis in fact", "said
                # the measures were based on claims that have no basis": a denial
                claims = [x for x in b.children if x.dep_ in ("nsubj", "nsubjpass") and _is_claim(x)]
                false = any(x.dep_ in ("acomp", "attr") and (x.lemma_ in _FALSE_WORDS or x.lower_ in _FALSE_WORDS)
                            for x in b.children) or _no_basis(b)
                if not (claims and false):
                    claims = [x for x in b.subtree if _is_claim(x) and any(
                        r.dep_ == "relcl" and _no_basis(r) or r.dep_ == "amod" and r.lower_ in _FALSE_WORDS
                        for r in x.children)]
                    false = bool(claims)
                if claims and false and not any(a.dep_ == "neg" for a in b.children):
                    # (the charges a denial calls false are the story's, told further back than "the claim")
                    made = self._earlier_accuser(speakers, claims[0], back=6) or self._claimant(claims[0], speakers)
                    if made:
                        self.emit("REJECT", speakers, [k for k in made if k not in speakers], v,
                                  f"verb:{v.lemma_}-claims-false", status=self.status(v),
                                  confidence=self._conf(v, 0.5), anchor=b)
            for b in _complements(c):
                # "said Israel should be punished", "must be held accountable": a condemnation
                owed = b.lemma_ in ("punish", "sanction", "condemn", "isolate") or b.lemma_ == "hold" and any(
                    x.lower_ in ("accountable", "responsible") for x in b.children)
                if owed and any(a.dep_ == "auxpass" for a in b.children) and any(
                        a.lower_ in ("should", "must", "ought") for a in b.children) \
                        and not any(a.dep_ == "neg" for a in b.children):
                    guilty = [k for x in b.children if x.dep_ == "nsubjpass" for k in self.actors(x) if k not in speakers]
                    if guilty:
                        self.emit("ACCUSE", speakers, guilty, v, f"verb:{v.lemma_}-should-be-{b.lemma_}",
                                  status=self.status(v), confidence=self._conf(v, 0.5), anchor=b)
            self._responsible_in(c, speakers, v)
            self._hoped_of(c, speakers, v)
            duty = c.lemma_ == "have" and any(o.dep_ == "dobj" and o.lemma_ in ("obligation", "duty", "responsibility")
                                              for o in c.children) and not any(a.dep_ == "neg" for a in c.children)
            # "said Biden would have to explain himself", "said Y needed to act"
            duty = duty or c.lemma_ in ("have", "need") and any(x.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in c.children) and not any(
                a.dep_ == "neg" for a in c.children)
            if duty or any(a.dep_ == "aux" and a.lower_ in ("should", "must", "ought") for a in c.children):
                # "said Y should ...", "said Y had an obligation to look into it"
                asked = [k for x in c.children if x.dep_ in ("nsubj",) for k in self.actors(x)]
                asked = [k for k in asked if k not in speakers and self._own_country(k) not in
                         [self._own_country(sp) for sp in speakers]]
                if asked:
                    self.emit("REQUEST", speakers, asked, v, f"verb:{v.lemma_}-should", status=self.status(v),
                              confidence=self._conf(v, 0.5), anchor=c)
        people = [k for k in speakers if self.ents.drafts[k].type == "Person" and self._own_country(k)]
        if not people or v.dep_ not in ("ROOT", "conj", "advcl"):
            return
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "in"]
        preps += [c for x in v.children if x.dep_ == "advcl" and x.lemma_ in ("speak", "talk", "address")
                  for c in x.children if c.dep_ == "prep" and c.lower_ == "in"]  # "Speaking in Beijing, X said"
        for c in preps:
            if True:
                for p in c.children:
                    m = self.ents.mention_at(p.i)
                    if p.dep_ == "pobj" and m is not None and m.kind == "capital" and m.iso3:
                        dest = self.ents.country(m.iso3).key
                        src = [k for k in people if self._own_country(k) != dest]
                        ev = self.emit("CONSULT", src, [dest], v, f"verb:{v.lemma_}-in", mode="visit",
                                       status=self.status(v), confidence=self._conf(v, 0.5))
                        if ev is not None:
                            ev.location = self._place_key(p)

    def _hoped_of(self, c: Token, speakers: list[str], v: Token) -> None:
        """'said it hoped India and Pakistan would settle their differences', '"We hope X will
        exercise restraint," Y said', 'said Washington expected Pakistan to take action': what
        a state hopes or expects of another is a (soft) request of it."""
        kind = "hope" if _is(c, ("hope",)) else c.lemma_  # (the lemmatizer makes "hoped" "hop")
        if kind not in ("hope", "expect", "want") or any(a.dep_ == "neg" for a in c.children) \
                or self.hypothetical(v):
            return
        asked = []
        for b in c.children:
            if kind == "hope" and b.dep_ == "ccomp" and any(
                    a.dep_ == "aux" and a.lower_ in ("would", "will", "could", "can") for a in b.children):
                asked += [k for x in b.children if x.dep_ == "nsubj" for k in self.actors(x)]
            if kind in ("expect", "want") and b.dep_ in ("dobj", "ccomp"):
                if b.dep_ == "dobj" and any(x.dep_ == "xcomp" for x in c.children):
                    asked += self.actors(b)  # "expected Pakistan to take action"
                elif b.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in b.children):
                    # "expected the Pakistani army to withdraw": whose army
                    asked += [k for x in b.children if x.dep_ == "nsubj"
                              for k in self.actors(x) or (self.owner(x) if _is_force(x) else [])]
        asked = self._other_side(asked, speakers)
        if asked and speakers:
            self.emit("REQUEST", speakers, asked, v, f"verb:{v.lemma_}-{kind}", status=self.status(v),
                      confidence=self._conf(v, 0.45), anchor=c)

    def measures_weighed(self, v: Token) -> bool:
        """'was considering further measures against Ottawa', 'reserved the right to take
        further action against Canada', 'raised the possibility of sanctions against X': a
        punishment held over X is a threat."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        # "the possibility of sanctions", "the right to take action"
        objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)]
        objs += [x for o in list(objs) for a in o.children if a.dep_ == "acl" and a.lemma_ in ("take", "impose", "adopt")
                 for x in a.children if x.dep_ == "dobj"]
        measures = [o for o in objs if o.lemma_ in _PUNISHMENT_NOUNS]
        if not measures:
            return False
        src = self.subjects(v)
        if not src and v.dep_ == "ccomp" and v.head.lemma_ in _SAY_VERBS and any(
                c.dep_ == "nsubj" and c.lower_ in ("kingdom", "government", "country", "state", "republic")
                for c in v.children):
            src = self.subjects(v.head)  # "al-Jubeir said the kingdom was considering ...": his own state's plan
        aimed = ("against", "to") if v.lemma_ in ("vow", "promise", "threaten") else ("against",)
        # ("a response to the joint drills by South Korea and the United States": whose drills)
        tgt = [k for m in measures for h in (m, m.head, v) for c in h.children if c.dep_ == "prep" and c.lower_ in aimed
               for p in _prep_objects(c) for k in self.actors(p) or self.owner(p) or self._deed_owner(p)
               if k not in src]
        for m in measures if "to" in aimed else ():
            # "a response to the joint drills by South Korea and the United States": the parse
            # may hang the drills' "by" on the response, after its "to"
            to = [c for c in m.children if c.dep_ == "prep" and c.lower_ == "to"]
            tgt += [k for c in m.children if c.dep_ == "prep" and c.lower_ == "by" and to and to[0].i < c.i
                    for q in _prep_objects(c) for x in (q, *q.conjuncts) for k in self.actors(x) if k not in src]
        tgt = list(dict.fromkeys(tgt))
        if not src or not tgt:
            return False
        if not self.blocked(v) and not any(c.dep_ == "neg" for c in v.children):
            self.emit("THREATEN", src, tgt, v, f"verb:{v.lemma_}-measures", status="occurred",
                      confidence=self._conf(v, 0.55))
        return True

    def welcomed_in(self, v: Token) -> bool:
        """'Karimov was given a red-carpet welcome in Beijing', 'Ruto received a warm welcome in
        Washington': a visit to where the welcome was."""
        passive = any(c.dep_ == "nsubjpass" for c in v.children)
        if v.lemma_ in ("give", "accord") and not passive:
            return False  # "China gave Karimov a welcome": the host's act, told by the verb's own rule
        welcome = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("welcome", "reception"))
        places = [p for h in (v, welcome) for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  for p in _prep_objects(c)]
        dest = [k for p in places for k in self._place_or_actor(p) if self.ents.drafts[k].type == "Country"]
        named = [k for c in v.children if c.dep_ == "nsubjpass" for k in self.actors(c)] if passive else self.subjects(v)
        guests = [k for k in named if self.ents.drafts[k].type == "Person" and self._own_country(k) not in dest]
        if not dest or not guests:
            return False
        if not self.blocked(v) and not self.hypothetical(v):
            self.emit("CONSULT", guests, dest, v, f"verb:{v.lemma_}-welcome", mode="visit", status=self.status(v),
                      confidence=self._conf(v, 0.6))
        return True

    def _found_at_fault(self, v: Token) -> bool:
        """'the board found Iran in breach of its obligations', 'the panel found Eritrea guilty
        of arming the militants': a finding against them."""
        blamed = [x for c in v.children if c.dep_ == "dobj" and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_ in _BREACH_NOUNS for o in _prep_objects(p))
            for p in v.children) for x in (c, *c.conjuncts)]
        blamed += [x for c in v.children if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lemma_ in _GUILT_WORDS
                   for x in c.children if x.dep_ == "nsubj"]
        blamed += [c for c in v.children if c.dep_ == "dobj" and any(
            a.dep_ in ("oprd", "acomp", "xcomp", "amod") and a.lemma_ in _GUILT_WORDS for a in (*v.children, *c.children))]
        src = self.subjects(v)
        tgt = [k for x in blamed for k in self.actors(x) if k not in src]
        if not tgt:
            return False
        if not self.blocked(v) and not self.hypothetical(v):
            self.emit("ACCUSE", src, tgt, v, "verb:find-at-fault", status=self.status(v), confidence=self._conf(v, 0.6))
        return True

    def _quote_opened_before(self, v: Token) -> list[Token]:
        """The roots of the sentences of the quotation v's sentence continues, when v tells who
        said it after the quote ('"A. B," X said.': A's root for v 'said')."""
        quoted = _quoted_tokens(self.doc)
        sent = sent_of(v)
        if sent.start not in quoted or v.i in quoted or sent.start == 0:
            return []
        roots = []
        n = sentence_no(self.doc, sent.start)
        for prev in reversed(sentences(self.doc)[max(0, n - 3):n]):
            if not _wholly_quoted(prev, quoted):
                break  # (a sentence of the narration, or one another quotation closes)
            if prev.root.pos_ in ("VERB", "AUX"):
                roots.append(prev.root)
            if self.doc[prev.start].text in ("\u201c", '"'):
                break  # where the quotation opens
        return roots

    def _quote_continued_after(self, v: Token) -> list[Token]:
        """The roots of the quoted sentences that follow v's sentence with no narration of
        their own ('"A," X said. "B."': B's root for v 'said'), when v tells who said a quote."""
        quoted = _quoted_tokens(self.doc)
        sent = sent_of(v)
        if v.i in quoted or not any(t.i in quoted for t in sent):
            return []
        roots = []
        n = sentence_no(self.doc, sent.start)
        for nxt in sentences(self.doc)[n + 1:n + 3]:
            if not _wholly_quoted(nxt, quoted) or any(
                    "\n" in t.text for t in self.doc[sent.start:nxt.start + 1] if t.is_space):
                break  # (narration, or a new paragraph)
            if nxt.root.pos_ in ("VERB", "AUX"):
                roots.append(nxt.root)
        return roots

    def _responsible_in(self, c: Token, speakers: list[str], v: Token) -> None:
        """'X said Russia was responsible for the attack', 'said it was likely that Y was behind
        it', 'believed China was to blame': whoever is held responsible is accused."""
        for b in _complements(c):
            if b.lemma_ == "be" and not any(a.dep_ == "neg" for a in b.children) and any(
                    a.dep_ == "acomp" and a.lemma_ in ("responsible", "culpable", "guilty")
                    or a.dep_ == "prep" and a.lower_ == "behind"
                    or a.dep_ == "xcomp" and a.lemma_ == "blame" and any(x.lower_ == "to" for x in a.children)
                    # "said Washington's policy was the root cause of the tensions"
                    or a.dep_ == "attr" and a.lemma_ in ("cause", "culprit") and any(
                        x.dep_ == "prep" and x.lower_ == "of" for x in a.children)
                    for a in b.children):
                mine = self._and_countries(speakers)
                blamed = [k for x in b.children if x.dep_ == "nsubj"
                          for k in self.actors(x) or [o for o in self.owner(x) if o not in mine] if k not in speakers]
                if blamed and not self.hypothetical(v):
                    self.emit("ACCUSE", speakers, blamed, v, f"verb:{v.lemma_}-responsible",
                              status=self.status(v), confidence=self._conf(v, 0.55), anchor=b)
            elif b.lemma_ in _PERPETRATE_VERBS and not any(a.dep_ == "neg" for a in b.children) and any(
                    a.dep_ == "nsubjpass" and (a.lemma_ in _HARM_DEEDS or a.lemma_ in lx.ASSAULT_NOUNS
                                               or a.lower_ in lx.ASSAULT_NOUNS) for a in b.children):
                # "said the killing was ordered by Pyongyang", "the attack had been carried out by
                # X's agents": who did the harm is accused
                mine = self._and_countries(speakers)
                blamed = [k for a in b.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                          for k in self.actors(p) if k not in mine]
                if blamed and not self.hypothetical(v):
                    self.emit("ACCUSE", speakers, blamed, v, f"verb:{v.lemma_}-perpetrated",
                              status=self.status(v), confidence=self._conf(v, 0.55), anchor=b)
            elif b.lemma_ in ("bear", "carry") and not any(a.dep_ == "neg" for a in b.children) and any(
                    a.dep_ == "dobj" and a.lemma_ in ("responsibility", "blame") for a in b.children):
                # "said Addis Ababa bore full responsibility for starting the war"
                mine = self._and_countries(speakers)
                blamed = [k for x in b.children if x.dep_ == "nsubj" for k in self.actors(x) if k not in mine]
                if blamed and not self.hypothetical(v):
                    self.emit("ACCUSE", speakers, blamed, v, f"verb:{v.lemma_}-responsible",
                              status=self.status(v), confidence=self._conf(v, 0.55), anchor=b)

    def _blamed_in(self, c: Token, speakers: list[str], v: Token) -> bool:
        """'X said Pelosi had seriously interfered in China's affairs', 'the court ruled that
        Colombia had violated Nicaragua's rights': saying someone did wrong accuses them."""
        found = False
        for b in _complements(c):
            broke = b.lemma_ == "break" and any(o.dep_ == "dobj" and o.lemma_ in (
                "commitment", "promise", "pledge", "agreement", "deal", "truce", "ceasefire", "law", "rule", "word")
                for o in b.children) or _commits_wrong(b) or _did_nothing(b)  # "said India had broken its commitments"
            if b.lemma_ not in _WRONG_VERBS and not broke or any(a.dep_ == "neg" for a in b.children) \
                    or any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "may", "should", "will")
                           for a in b.children):
                continue
            blamed = [k for x in b.children if x.dep_ == "nsubj" for k in self.actors(x) or self._deed_doers(x, v, speakers)
                      if k not in speakers]
            if blamed and not self.hypothetical(v):
                self.emit("ACCUSE", speakers, blamed, v, f"verb:{v.lemma_}-{b.lemma_}", status=self.status(v),
                          confidence=self._conf(v, 0.5), anchor=b)
                found = True
        return found

    def _deed_doers(self, x: Token, v: Token, speakers: list[str]) -> list[str]:
        """Who did the deed a noun names, for saying the deed did wrong ('said the strikes
        violated the U.N. Charter'): its owner, else who did the attacks or deed told before."""
        if x.lower_ in lx.ASSAULT_NOUNS or x.lemma_ in lx.ASSAULT_NOUNS:
            return self._deed_owner(x) or self._assault_doers(x, v, speakers)
        if x.lemma_ in _DEED_VERBS:
            return self._deed_owner(x) or self._doer_of(x, exclude=speakers)
        return []

    def _assault_doers(self, x: Token, v: Token, exclude) -> list[str]:
        """Who made the attacks 'the strikes', 'the bombing', 'the raids' name: for such a
        definite noun, those of the last attack told by the noun's own verb, however far back
        ('NATO struck targets ... U.S. fighters shot down three jets ... the strikes'); else
        those of the attack told last within five sentences; else those of the attack the
        story opens with."""
        definite = any(c.lower_ in _DEFINITE for c in x.children)
        verb = x.lemma_[:-3] if x.lemma_.endswith("ing") else x.lemma_
        for ev in reversed(self.out) if definite else ():
            if ev.type == "ASSAULT" and ev.status == "occurred" and ev.trigger.i < x.i \
                    and ev.trigger.lemma_ == verb and not set(ev.source) & set(exclude):
                return list(ev.source)
        found = self._earlier_source("ASSAULT", v, exclude=exclude)
        if found or not definite:
            return found
        return self._lead_source(("ASSAULT",), x, exclude)

    def _refused_in(self, c: Token, speakers: list[str], v: Token) -> None:
        """'Paris said it did not recognise the decision', 'Vucic said he would never agree to
        Kosovo's membership', 'said Belgrade would not accept the plan': a refusal told in speech
        rejects whose the thing refused is."""
        for b in _complements(c):
            if b.lemma_ not in _ACCEPT_VERBS or not any(a.dep_ == "neg" or a.lower_ in ("never", "no", "neither")
                                                         for a in b.children):
                continue
            own = set(speakers) | {self._own_country(sp) for sp in speakers} - {None}
            subj = next((x for x in b.children if x.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in ("it", "he", "she", "we", "they", "i"):
                doers = self.actors(subj)
                if not doers or not set(doers) & own:
                    continue  # someone else's refusal, reported
            objs = [o for o in b.children if o.dep_ in ("dobj",)]
            # "would never agree to X's membership", "would not negotiate with X" ("did not agree
            # with the decision" is disapproval, not a refusal)
            wanted = {"agree": ("to",), "negotiate": ("with",)}.get(b.lemma_, ("to",))
            objs += [p for pr in b.children if pr.dep_ == "prep" and pr.lower_ in wanted
                     for p in _prep_objects(pr)]
            refused = []
            for o in objs:
                refused += self.actors(o) or self.owner(o) or self._deed_owner(o) or (
                    self._doer_of(o, exclude=speakers) if o.lemma_ in _DEED_VERBS and any(
                        x.lower_ in ("the", "this", "that") for x in o.children) else [])
            refused = [k for k in dict.fromkeys(refused) if k not in own]
            if refused and not self.hypothetical(v):
                self.emit("REJECT", speakers, refused, v, f"verb:{v.lemma_}-not-{b.lemma_}", status=self.status(v),
                          confidence=self._conf(v, 0.5), anchor=b)

    def finding(self, v: Token) -> None:
        """'The court ruled that X had violated Y's rights', 'investigators found that X
        was behind it': the finding accuses X."""
        if any(c.dep_ == "neg" for c in v.children) or self.blocked(v):
            return
        finders = self.subjects(v)
        if finders:
            for c in v.children:
                if c.dep_ == "ccomp":
                    self._blamed_in(c, finders, v)
                    # "ruled that China had no legal basis to claim ...": the claim is rejected
                    if c.lemma_ == "have" and any(o.dep_ == "dobj" and o.lemma_ in ("basis", "right", "ground", "claim")
                                                  and (any(d.lower_ == "no" for d in o.children)
                                                       or any(d.dep_ == "neg" for d in c.children))
                                                  for o in c.children):
                        denied = [k for x in c.children if x.dep_ == "nsubj" for k in self.actors(x) if k not in finders]
                        if denied:
                            self.emit("REJECT", finders, denied, v, f"verb:{v.lemma_}-no-basis", status=self.status(v),
                                      confidence=self._conf(v, 0.5), anchor=c)

    def change_mind(self, v: Token) -> None:
        """'X tried to change Jammeh's mind', 'sought to change the mind of Y': X presses the
        one whose mind it is (a request, as 'persuaded Y to' is)."""
        if any(c.dep_ == "neg" for c in v.children) or self.hypothetical(v):
            return
        src = self.subjects(v)
        mind = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ == "mind")
        tgt = [k for c in mind.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
               for x in ([c] if c.dep_ == "poss" else _prep_objects(c)) for k in self.actors(x) if k not in src]
        if src and tgt:
            anchor = v.head if v.dep_ == "xcomp" else v  # ("tried to change": the trying is what was done)
            self.emit("REQUEST", src, tgt, v, "verb:change-mind", status=self.status(anchor),
                      confidence=self._conf(v, 0.5), anchor=anchor)

    def ruled_against(self, v: Token) -> None:
        """'The tribunal ruled against China', 'the judges found against Colombia': a court
        that decides against a party accuses it (only a court: "voters decided against it" no)."""
        if any(c.dep_ == "neg" for c in v.children) or self.blocked(v) or self.hypothetical(v):
            return
        courts = {m.entity for m in self._court_mentions()}
        src = [k for k in self.subjects(v) if k in courts]
        tgt = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "against" for p in _prep_objects(c)
               for k in self.actors(p) if k not in src]
        if src and tgt:
            self.emit("ACCUSE", src, tgt, v, f"verb:{v.lemma_}-against", status=self.status(v),
                      confidence=self._conf(v, 0.55))

    def withheld_assent(self, v: Token) -> bool:
        """'X left Moscow without signing a ceasefire brokered by Russia and Turkey', 'walked out
        without accepting the plan proposed by Qatar': X turned down the deal of those who made
        or offered it (its brokers, its drafters, its owner, else the parties of the deal just
        told). A refusal done, however the parse hangs it."""
        main = v.head.head
        if main.pos_ not in ("VERB", "AUX") or self.blocked(main) or self.hypothetical(main):
            return False
        src = self.subjects(main)
        deals = [c for c in v.children if c.dep_ == "dobj" and (
            c.lemma_ in lx.AGREEMENT_NOUNS or c.lemma_ in _DEED_VERBS or c.lemma_ in _SIGNED_PAPERS or c.lower_ == "it")]
        if not src or not deals:
            return False
        deal = deals[0]
        if deal.lower_ == "it":
            told = self._reaction_to(deal, v)
            tgt = [] if told is None else [k for k in dict.fromkeys(told.source + told.target) if k not in src]
        else:
            tgt = [k for a in deal.children if a.dep_ == "acl" for b in a.children if b.dep_ == "agent"
                   for p in _prep_objects(b) for x in (p, *p.conjuncts) for k in self.actors(x)]
            tgt = tgt or self._deed_owner(deal) or self._deal_parties(deal, v, src)
        tgt = [k for k in dict.fromkeys(tgt) if k not in src]
        if not tgt:
            return False
        self.emit("REJECT", src, tgt, v, f"verb:{v.lemma_}-withheld", status=self.status(main),
                  confidence=self._conf(main, 0.5), anchor=main)
        return True

    def praise_deal(self, v: Token, outsiders_only: bool = False) -> None:
        """'X welcomed the agreement' (the one just told), 'X hailed the rapprochement between
        A and B', "X praised A's deal with B": X supports the parties. With `outsiders_only`
        ('called the deal a victory'), a party or broker speaking well of its own deal is no
        support of anyone."""
        if self.blocked(v) or self.hypothetical(v):
            return
        if outsiders_only:
            src = self.subjects(v)
            mine = self._and_countries(src)
            if any(ev.type in ("AGREE", "CONSULT") and set(ev.source + ev.target) & mine for ev in self.out):
                return
        deal = next(c for c in v.children if c.dep_ == "dobj" and (self._deal_told(c, v) or c.lemma_ in _DEED_VERBS))
        src = self.subjects(v)
        told = self._reaction_to(deal, v)
        if told is None and deal.lower_ == "it":
            deal = self._it_deal(deal, v)  # "X hailed the accord, while Y welcomed it": the accord
        if told is not None:
            # "welcomed it", "welcomed the outcome", "praised the meeting": the parties of
            # the agreement or meeting just told
            parties = [k for k in dict.fromkeys(told.source + told.target) if k not in src]
            if len(parties) >= 2:
                self.emit("SUPPORT", src, parties, v, f"verb:{v.lemma_}-{deal.lower_}", status=self.status(v),
                          confidence=self._conf(v, 0.5))
            return
        if deal.lemma_ in _DEED_VERBS and deal.lemma_ not in _DEAL_NOUNS:
            # "welcomed Armenia's decision", "praised the move by Ethiopia": the doer
            # "welcomed the move": the one just told; "also welcomed the move": what was welcomed before
            doers = self._deed_owner(deal) or self._echoed(v, "SUPPORT", src) or self._doer_of(deal, exclude=src)
            self.emit("SUPPORT", src, [k for k in doers if k not in src], v,
                      f"verb:{v.lemma_}-{deal.lemma_}", status=self.status(v), confidence=self._conf(v, 0.55))
            return
        parties = self._deal_parties(deal, v, src)
        if len(parties) >= 1:
            self.emit("SUPPORT", src, parties, v, f"verb:{v.lemma_}-{deal.lemma_}", status=self.status(v),
                      confidence=self._conf(v, 0.55))

    def _reaction_to(self, o: Token, v: Token) -> "RawEvent | None":
        """The agreement (or, for 'the meeting', the meeting) an object like 'it', 'the
        outcome', 'the announcement' refers to, when nothing in the object says whose it is:
        for 'it' the latest one told in the last two sentences, for 'the outcome' the one
        the article leads with."""
        if o.lower_ == "it":
            wanted = ("AGREE",)
        elif o.lemma_ in _OUTCOME_NOUNS and any(x.lower_ in ("the", "this", "that") for x in o.children) \
                and not any(x.dep_ in ("poss", "prep", "compound", "amod", "acl", "relcl") for x in o.children):
            wanted = ("CONSULT",) if o.lemma_ in ("meeting", "talk", "summit") else ("AGREE",)
        else:
            return None
        told = [ev for ev in self.out if ev.trigger.i < v.i and ev.status == "occurred" and ev.type in wanted
                and len(set(ev.source + ev.target)) >= 2]
        if not told:
            return None
        if o.lower_ != "it":
            # "welcomed the outcome": wire copy reacts to the story's news, told in its lead,
            # not to the background told just before
            return told[0] if told[0].trigger.i < self._lead_end() else None
        lo = self._sentences_back(v.i, 2)
        return told[-1] if told[-1].trigger.i >= lo else None

    def _lauded(self, v: Token) -> bool:
        """'called the agreement a victory', 'described the deal as a model for the region': what
        the thing is called praises it (and nothing in it condemns it: 'a step backwards')."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        said = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp")]
        said += [p for t in (v, *objs) for a in t.children if a.dep_ == "prep" and a.lower_ == "as"
                 for p in a.children if p.dep_ in ("pobj", "amod", "acomp")]
        words = {x.lower_ for c in said for x in c.subtree} | {x.lemma_ for c in said for x in c.subtree}
        return bool(words & _LAUDATORY) and not words & (_PEJORATIVE | {"backward", "backwards", "setback", "not",
                                                                         "never", "premature", "insufficient"})

    def joint_appearance(self, n: Token) -> None:
        """'A and B held a joint news conference', 'the deal was presented at a joint news
        conference by A and B', 'unveiled by A, B and C in a joint virtual appearance': they
        appeared together, so they met (by video when it was virtual)."""
        gov = self._governing_verb(n)
        if gov is None or self.blocked(gov) or self.hypothetical(gov):
            return
        if n.dep_ == "dobj" and gov.lemma_ in lx.LIGHT_VERBS | {"give", "host"} or n.dep_ == "pobj" \
                and n.head.lower_ in ("at", "in", "during") and n.head.head.i == gov.i:
            present = self.subjects(gov)
        else:
            return
        present = [k for k in dict.fromkeys(present) if self.ents.drafts[k].type == "Person"]
        if len(present) < 2:
            return
        virtual = any(c.lower_ in ("virtual", "video", "online") for c in n.children)
        self.emit("CONSULT", present, [], n, f"noun:joint-{n.lemma_}", mode="virtual" if virtual else "meet",
                  status=self.status(gov), confidence=self._conf(gov, 0.5), anchor=gov)

    def _deal_told(self, o: Token, v: Token) -> bool:
        """Is the object of a reaction an agreement: 'the accord', or 'it' / 'the outcome'
        standing for one told before?"""
        return o.lemma_ in _DEAL_NOUNS or o.lower_ in _DEAL_NOUNS or self._reaction_to(o, v) is not None \
            or self._it_deal(o, v) is not None

    def _it_deal(self, o: Token, v: Token) -> Token | None:
        """The agreement 'it' stands for when an earlier clause of its sentence names one and
        no agreement was told just before: 'X hailed the accord, while Y welcomed it'."""
        if o.lower_ != "it" or o.dep_ != "dobj":
            return None
        return next((t for t in reversed(self.doc[sent_of(v).start:v.i])
                     if (t.lemma_ in _DEAL_NOUNS or t.lower_ in _DEAL_NOUNS) and t.dep_ in ("dobj", "nsubj", "nsubjpass")), None)

    def _lead_end(self) -> int:
        """Where the article's lead (its first three sentences) ends: the news it reports."""
        sents = sentences(self.doc)
        return sents[min(2, len(sents) - 1)].end

    def _deal_parties(self, deal: Token, v: Token, src: list[str]) -> list[str]:
        """Who made the deal a reaction is to: 'the accord between A and B', 'the A-B pact',
        "A's deal with B", or, for 'the pact', the parties of the agreement just told."""
        # "the deal signed between A and B" (the parse may hang 'signed' on 'part of the deal')
        heads = [deal, *[c for c in deal.children if c.dep_ == "acl"]]
        if deal.dep_ == "pobj" and deal.head.lower_ == "of":
            heads += [c for c in deal.head.head.children if c.dep_ == "acl"]
        parties = [k for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        if not parties:
            parties = self._hyphen_pair(deal)
        if not parties:
            poss = [c for c in deal.children if c.dep_ == "poss"]
            parties = (self.actors(poss[0]) if poss else []) + [
                k for c in deal.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
            if not parties and deal.dep_ == "pobj" and v in deal.ancestors:
                # "pulled out of the nuclear deal with Iran": the parse hangs 'with Iran' on the verb
                parties = [k for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
                           for p in _prep_objects(c) for k in self.actors(p) if k not in src]
        if not parties and any(c.lower_ in ("the", "this", "that", "their") for c in deal.children):
            lo = self._sentences_back(v.i, 5)
            for ev in reversed(self.out):
                if ev.type == "AGREE" and lo <= ev.trigger.i < v.i and not set(ev.source + ev.target) & set(src) \
                        and not _describes_a_thing(ev.trigger):
                    # (not a pact told only to describe something: "the plan, agreed by the two
                    # leaders in February")
                    parties = list(dict.fromkeys(ev.source + ev.target))
                    break
            first = next((ev for ev in self.out if ev.type == "AGREE" and ev.status == "occurred"), None)
            if not parties and first is not None and first.trigger.i < self._lead_end() and deal.lower_ in (
                    "deal", "agreement", "accord", "pact"):
                parties = list(dict.fromkeys(first.source + first.target))  # "welcomed the deal": the story's news
        return [k for k in dict.fromkeys(parties) if k not in src]

    def expel_order(self, v: Token, nouns: frozenset[str] = frozenset()) -> bool:
        """'ordered 23 Russian diplomats to leave', 'told the ambassador to leave the country
        within 72 hours', 'gave four envoys a week to leave': an expulsion. With `nouns`, the
        expulsion named by its noun: 'ordered the expulsion of the German ambassador'."""
        passive = any(c.dep_ == "auxpass" for c in v.children)
        if nouns:
            # the envoys are whom the expulsion is of; the order is given, not asked for
            held = [p for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj") and c.lemma_ in nouns
                    for x in c.children if x.dep_ == "prep" and x.lower_ == "of" for p in _prep_objects(x)]
            if not held:
                return False
        else:
            go = [c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_ in ("leave", "depart", "quit", "exit", "go")]
            go += [x for c in v.children if c.dep_ == "dobj" for x in c.children
                   if x.dep_ in ("acl", "relcl") and x.lemma_ in ("leave", "depart", "quit", "exit", "go")]
            # "ordered Venezuela's ambassador out of Washington"
            go += [c for c in v.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" and v.lemma_ == "order"]
            if not go:
                return False
            held = [c for c in v.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))]
        envoys = [c for c in held if (
            _envoy_noun(c)
            or (m := self.ents.mention_at(c.i)) is not None and (
                m.title is not None and m.title.role in ("diplomat", "ambassador")
                or m.kind == "demonym" and m.plural))]  # "ordered four Russians to leave"
        src = self.subjects(v) or (self._announcing_state(v) if passive else [])
        # "gave U.S. forces 180 days to leave": another state's troops given a deadline are sent
        # home (one's own troops told to leave are a withdrawal; "ordered French troops to leave"
        # is as much a demand)
        envoys += [c for c in held if c.lemma_ in _TROOP_NOUNS and v.lemma_ == "give" and not nouns
                   and self._other_side(self.owner(c), src)]
        if not envoys or self.blocked(v) or self.hypothetical(v):
            return False
        tgt: list[str] = []
        for o in envoys:
            found = self.owner(o)
            if not found:  # "the Russian ambassador", a mention of its own
                marks = [self.ents.mention_at(i) for i in range(o.left_edge.i, o.i + 1)]
                found = [self.country_of(m) for m in marks
                         if m is not None and m.kind in ("demonym", "capital", "country", "nominal") and m.iso3]
            tgt += found
            # "the U.S. ambassador, Philip Goldberg": him, and the state he speaks for
            tgt += [c for k in found if self.ents.drafts[k].type == "Person" and (c := self._own_country(k))]
        tgt = [k for k in dict.fromkeys(self._as_country(k) for k in tgt) if k not in src]
        if src and tgt:
            self.emit("SANCTION", src, tgt, v, f"verb:{v.lemma_}-{'expulsion' if nouns else 'to-leave'}", status=self.status(v),
                      confidence=self._conf(v, 0.6))
        return True

    def halt(self, v: Token) -> None:
        """'X halted attacks on Y', 'X largely stopped its offensive against Y': a retreat."""
        if self.blocked(v) or self.hypothetical(v):
            return
        obj = next(c for c in v.children if c.dep_ == "dobj" and (c.lemma_ in _HOSTILITY_NOUNS
                                                                  or c.lower_ in _HOSTILITY_NOUNS))
        tgt = [k for t in (obj, v) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "in")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p) or self.owner(p)]
        self.emit("RETREAT", self.subjects(v), tgt, v, f"verb:{v.lemma_}-{obj.lemma_}", status=self.status(v),
                  confidence=self._conf(v, 0.55))

    def revoke(self, v: Token) -> None:
        """'withdrew most-favoured-nation trade status for X', 'revoked X's accreditation'."""
        if self.blocked(v) or self.hypothetical(v):
            return
        obj = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ in (
            "status", "privilege", "preference", "accreditation", "visa", "licence", "license", "concession"))
        tgt = [k for t in (obj, v) for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "from", "of", "to")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p) or self.owner(p) or [
                   # "the accreditation of seven members of Russia's mission": whose mission
                   k2 for q in p.children if q.dep_ == "prep" and q.lower_ == "of" for o in _prep_objects(q)
                   for k2 in self._place_or_actor(o) or self.owner(o)]]
        tgt += [k for c in obj.children if c.dep_ == "poss" for k in self.actors(c)]
        self.emit("SANCTION", self.subjects(v), tgt, v, f"verb:{v.lemma_}-{obj.lemma_}", status=self.status(v),
                  confidence=self._conf(v, 0.6))

    def delegation(self, v: Token) -> None:
        """'X sent a delegation led by Y to Z' (Y visits Z; without a leader named, X does),
        'Y led a delegation to Z' (Y visits Z)."""
        if self.blocked(v) or self.hypothetical(v):
            return
        team = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("delegation", "mission", "envoy",
                                                                              "emissary", "team"))
        if v.lemma_ in ("lead", "head"):
            # "led a delegation to Banjul with A, B and C": they travelled too
            who = self.subjects(v)
            who += [k for k in self._prep_actors([v, team], ("with",)) if k not in who
                    and self.ents.drafts[k].type == "Person"]
        else:
            who = [k for c in team.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
                   for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                   for k in self.actors(p)] or self.subjects(v)
        dest, place = self.destination(v, ("to",))
        anchor = v
        for t in [team, *[c for c in team.children if c.dep_ == "acl"]]:  # "a delegation (led by X) to Y"
            if not dest:
                dest, place = self.destination(t, ("to",))
                anchor = t  # "... led by X to Y on June 26": the date hangs there too
        dest = [d for d in dest if self.ents.drafts[d].type == "Country"]
        who = [k for k in who if self._own_country(k) not in dest]
        ev = self.emit("CONSULT", who, dest, v, f"verb:{v.lemma_}-{team.lemma_}", mode="visit",
                       status=self.status(v), confidence=self._conf(v, 0.55), anchor=anchor)
        if ev is not None and place is not None:
            ev.location = self._place_key(place)

    def recognise(self, v: Token) -> None:
        """'X recognised Y as president' backs Y; 'X does not recognise Y (or Y's election)'
        rejects Y."""
        negated = _denied(v)
        if self.hypothetical(v) or (not negated and self.blocked(v)):
            return
        src = self.subjects(v)
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if negated and any(c.lemma_ in _RULING_NOUNS for c in objs):
            # "neither accepted nor recognised the decision", "did not accept the ruling by the
            # ICJ", "refused to recognise the court's jurisdiction": whoever ruled
            tgt = [k for c in objs if c.lemma_ in _RULING_NOUNS
                   for k in self._deed_owner(c) or self.owner(c) or self._doer_of(c, exclude=src)]
            tgt = [k for k in dict.fromkeys(tgt) if k not in src]
            if tgt:
                self.emit("REJECT", src, tgt, v, f"verb:{v.lemma_}-not-ruling", status=self.status(v),
                          confidence=self._conf(v, 0.6))
            return
        # "X's election", "X's re-election" (which the tokenizer may split at the hyphen)
        owned = any(c.lemma_ in ("election", "re-election", "reelection", "independence", "sovereignty",
                                 "government", "presidency", "victory", "annexation", "result", "win",
                                 "mandate", "legitimacy") for c in objs)
        tgt = [k for c in objs for k in self.actors(c) or (self.owner(c) if owned else [])]
        self.emit("REJECT" if negated else "SUPPORT", src, tgt, v, f"verb:{v.lemma_}" + ("-not" if negated else ""),
                  status=self.status(v), confidence=self._conf(v, 0.6))

    def apply_to_join(self, v: Token) -> None:
        """'X applied to join NATO' (or, the body being the story's, 'applied to join'): X asks
        the body to admit it."""
        if self.blocked(v) or self.hypothetical(v):
            return
        join = next((c for c in v.children if c.dep_ == "xcomp" and c.lemma_ == "join"), None)
        body = [k for c in (join.children if join is not None else []) if c.dep_ == "dobj" for k in self.actors(c)]
        body += [k for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
                 for p in c.children if p.lemma_ == "membership"
                 for x in p.children if x.dep_ == "prep" and x.lower_ in ("of", "in")
                 for o in x.children if o.dep_ == "pobj" for k in self.actors(o)]
        if not body and join is not None and not any(c.dep_ == "dobj" for c in join.children):
            # the body the story is about: the organisation named most often before (the latest on a tie)
            named = [m.entity for m in self.ents.mentions if m.start < v.i and m.kind == "org" and m.entity
                     and self.ents.drafts[m.entity].type == "Organization"]
            if named:
                body = [max(reversed(list(dict.fromkeys(reversed(named)))), key=named.count)]
        src = self.subjects(v)
        src += [k for t in (v, join) if t is not None for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                and any(x.lower_ in ("together", "along") for x in c.children)
                for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]  # "together with Sweden"
        self.emit("REQUEST", src, body, v, "verb:apply-join", status=self.status(v), confidence=self._conf(v, 0.55),
                  anchor=join)

    @staticmethod
    def _quoted_epithet_after(v: Token, named: Token) -> bool:
        """'called China's retaliation against South Korea over the deployment of a missile
        system "inappropriate and troubling"': a quoted epithet follows what was named, in the
        same clause, however the parse hangs it."""
        for t in v.doc[named.i + 1:min(sent_of(v).end, named.i + 25)]:
            if t.head.i == v.i and t.dep_ in ("cc", "conj"):
                return False  # ("..., and urged Beijing to ..."): another clause
            if t.text in ('"', "\u201c") and t.i + 1 < len(t.doc) and (
                    t.doc[t.i + 1].lemma_ in _PEJORATIVE or t.doc[t.i + 1].lower_ in _PEJORATIVE):
                return True
        return False

    @staticmethod
    def _epithet_object(v: Token) -> bool:
        """The epithet of 'called X a threat' where the parse makes it a second object ('called
        Santos a threat'), an apposition of the object's apposition ('called the Colombian
        leader, Juan Manuel Santos, a threat'), or the object of a clause on the noun it
        names ('a move Warsaw called a provocation')."""
        def pejorative(t: Token) -> bool:
            return t.lemma_ in _PEJORATIVE or t.lower_ in _PEJORATIVE or any(
                x.dep_ in ("amod", "compound") and x.lemma_ in _PEJORATIVE for x in t.children)
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if len(objs) >= 2 and pejorative(objs[-1]):
            return True
        if v.dep_ in ("relcl", "acl") and v.head.i < v.i and len(objs) == 1 and pejorative(objs[0]):
            return True
        return any(a.dep_ == "appos" and b.dep_ == "appos" and any(map(pejorative, (b, *b.conjuncts)))
                   for o in objs for a in o.children for b in a.children)

    def name_and_shame(self, v: Token) -> None:
        """'X called the attack "barbarism"' (the attacker), "X called Y's strategy a failure"
        (Y), 'X branded Y a terrorist state' (Y): X accuses them."""
        if self.not_done(v):
            return
        src = self.subjects(v)
        if not src and v.dep_ in ("relcl", "acl"):
            # "a move Warsaw called a provocation": the parse hangs the speaker on the noun
            src = [k for c in [*v.head.children, *v.children] if c.dep_ in ("npadvmod", "nsubj", "compound")
                   and v.head.i < c.i < v.i for k in self.actors(c)]
        tgt: list[str] = []
        named = [c for c in v.children if c.dep_ == "dobj"] + [
            x for c in v.children if c.dep_ in ("ccomp", "xcomp") for x in c.children if x.dep_ == "nsubj"]
        # 'called Canberra's decision "a stab in the back"' parsed as a complement with the epithet beside it
        named += [c for c in v.children if c.dep_ == "oprd" and any(a.dep_ == "appos" and a.i > c.i for a in c.children)]
        # 'called China's retaliation "inappropriate and troubling"', the epithet parsed as the noun's modifier
        # or as one of a later noun
        named += [c for c in v.children if c.dep_ == "oprd" and self._quoted_epithet_after(v, c)]
        # 'called the attack "barbarism"' parsed with the object as the epithet's modifier
        named += [x for c in v.children if c.dep_ == "oprd" for x in c.children
                  if x.dep_ in ("nmod", "compound") and x.i < c.i and x.pos_ == "NOUN"]
        # "called Kang's remarks insulting" parsed as a small clause, "the envoy's remarks rude"
        # with the owner hung on the epithet
        named += [x for c in v.children if c.dep_ == "oprd" for x in c.children if x.dep_ == "nsubj" and x.i < c.i]
        named += [c for c in v.children if c.dep_ == "oprd" and any(x.dep_ == "poss" for x in c.children)]
        # 'called the shelling "unforgivable"', the deed parsed as the epithet's modifier
        named += [x for c in v.children if c.dep_ == "oprd" for x in c.children
                  if x.dep_ == "amod" and x.i < c.i and x.lemma_ not in _PEJORATIVE
                  and (x.tag_ in ("VBG", "NN") or _deed_word(x) in _DEED_VERBS)
                  and any(d.lower_ == "the" and d.i < x.i for d in c.children)]
        if v.dep_ in ("relcl", "acl") and v.head.i < v.i and not any(self.actors(o) for o in named):
            named = [v.head]  # "a move Warsaw called a provocation" (the epithet may be parsed as the object)
        for o in named:
            tgt = self.actors(o) or self.owner(o) or self._deed_owner(o)
            if not tgt and o.lemma_ in ("visit", "trip", "tour") and any(x.lower_ in ("the", "this", "that", "her", "his")
                                                                         for x in o.children):
                tgt = self._earlier_source("CONSULT", v, exclude=src)  # "called the visit irresponsible"
            if not tgt and (o.lemma_ in lx.ASSAULT_NOUNS or o.lower_ in lx.ASSAULT_NOUNS or o.lemma_ in _HOSTILITY_NOUNS):
                tgt = self._earlier_source("ASSAULT", v, exclude=src)  # "called the attack barbarism"
            if not tgt and (o.lemma_ in _DEAL_NOUNS or o.lower_ in _DEAL_NOUNS):
                tgt = self._deal_parties(o, v, src)  # "called the agreement gravely concerning"
            told = ("the", "this", "that", "a") if v.dep_ in ("relcl", "acl") and o.i == v.head.i else ("the", "this", "that")
            if not tgt and _deed_word(o) in _DEED_VERBS and any(x.lower_ in told for x in (
                    o.children if o.dep_ != "amod" else o.head.children)):
                tgt = self._doer_of(o, exclude=src)  # "... a move Warsaw called a provocation": the move just told
            if tgt:
                break
        self.emit("ACCUSE", src, [k for k in tgt if k not in src], v, f"verb:{v.lemma_}-pejorative",
                  status=self.status(v), confidence=self._conf(v, 0.5))

    def pullout(self, v: Token) -> bool:
        """'X ordered the withdrawal of U.S. troops in northern Syria', 'announced the pullout of
        its forces from Y': X (and the country the troops belong to) retreats from Y."""
        for o in [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _PULLOUT_NOUNS]:
            counted = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in _prep_objects(c)]
            # "of almost all of the 1,000 U.S. troops": through the quantity
            counted += [q for p in counted for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                        for q in _prep_objects(c)]
            troops = [p for p in counted if p.lemma_ in _TROOP_UNITS or p.lower_ in _TROOP_UNITS]
            if not troops:
                continue
            owners = [k for t in troops for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                      for k in self._force_owner(c)]
            if not owners:  # "its troops"
                owners = [k for t in troops for c in t.children if c.dep_ == "poss" for k in self.actors(c)]
            places = [p for h in (o, *troops) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "in")
                      for p in _prep_objects(c)]
            src = list(dict.fromkeys(self.subjects(v) + owners))
            left = [k for p in places for k in self._place_or_actor(p)
                    if k not in src and self.ents.drafts[k].type == "Country"]
            if src and left:
                self.emit("RETREAT", src, left, v, f"verb:{v.lemma_}-withdrawal", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return True
        # "ordered an end to military operations in Georgia", "announced a halt to its strikes on X"
        for o in [c for c in v.children if c.dep_ == "dobj" and c.lemma_ in ("end", "halt", "cessation", "suspension")]:
            fights = [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for p in _prep_objects(c)
                      if p.lemma_ in _HOSTILITY_NOUNS or p.lower_ in _HOSTILITY_NOUNS]
            if not fights:
                continue
            src = self.subjects(v)
            src += [c for k in src if (c := self._own_country(k)) is not None and c not in src]
            left = [k for f in (*fights, o) for c in f.children if c.dep_ == "prep" and c.lower_ in ("in", "against", "on")
                    for p in _prep_objects(c) for k in self._place_or_actor(p)
                    if k not in src and self.ents.drafts[k].type in ("Country", "Organization")]
            if src and left:
                self.emit("RETREAT", src, left, v, f"verb:{v.lemma_}-end-of-fighting", status=self.status(v),
                          confidence=self._conf(v, 0.55))
                return True
        return False

    def close_border(self, v: Token) -> None:
        """'X closed its border with Y', 'X shut its airspace to Y': a sanction."""
        if self.blocked(v) or self.hypothetical(v):
            return
        objs = [c for c in v.children if c.dep_ == "dobj"]
        tgt = [k for t in [v, *objs] for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "for")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
        tgt += [k for o in objs if o.lemma_ in ("embassy", "consulate") for c in [*o.children, *v.children]
                if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
                for k in self._place_or_actor(p)]  # "closed its embassy in Kabul"
        # an embassy shut for its staff's safety is a retreat, not a protest
        retreat = any(o.lemma_ in ("embassy", "consulate") for o in objs) and _for_safety(v)
        self.emit("RETREAT" if retreat else "SANCTION", self.subjects(v), tgt, v, f"verb:{v.lemma_}-{objs[0].lemma_}",
                  status=self.status(v), confidence=self._conf(v, 0.55))

    def reopen(self, v: Token) -> None:
        """'X reopened its border with Y', 'X agreed to reopen its airspace to Y': a concession."""
        if self.hypothetical(v) or any(c.dep_ == "neg" for c in v.children):
            return
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        tgt = [k for t in [v, *objs, *[x for o in objs for x in o.conjuncts]] for c in t.children
               if c.dep_ == "prep" and c.lower_ in ("with", "to", "for")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
        self.emit("CONCEDE", self.subjects(v), tgt, v, "verb:reopen", status=self.status(v),
                  confidence=self._conf(v, 0.55))

    def speech_act(self, v: Token) -> None:
        """'X issued a warning to Y', 'X gave Y an ultimatum', 'X extended an invitation to Y',
        'X lodged a protest with Y'."""
        if self.blocked(v) or self.hypothetical(v):
            return
        held = next(c for c in v.children if c.dep_ == "dobj" and _speech_act_noun(c) is not None)
        act = _speech_act_noun(held)
        type_ = _SPEECH_NOUNS[act.lemma_]
        if act.lemma_ == "note" and not any(x.lower_ in ("protest", "diplomatic", "verbale") for x in act.children):
            return  # only a protest note
        tgt = [k for t in (v, held, act) for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "with", "against", "for")
               for p in c.children if p.dep_ == "pobj" for k in self._addressee(p)]
        tgt += [k for c in v.children if c.dep_ == "dative"
                for x in ([c] if c.pos_ != "ADP" else [p for p in c.children if p.dep_ == "pobj"])
                for k in self.actors(x)]  # "gave Sweden an ultimatum", "issued a warning to Israel"
        if not tgt and type_ == "REQUEST":
            # "issued 13 demands, including that Qatar close ...": who is to comply
            clauses = [c for c in act.children if c.dep_ in ("acl", "ccomp")] + [
                x for c in act.children if c.dep_ == "prep" and c.lower_ == "including"
                for x in c.children if x.dep_ == "pcomp"]
            tgt = [k for x in clauses if any(m.lower_ == "that" for m in x.children)
                   for c in x.children if c.dep_ == "nsubj" for k in self.actors(c)]
            if not tgt:  # the same, parsed as one long noun phrase: the first actor after "that"
                for c in act.children:
                    if c.dep_ == "prep" and c.lower_ == "including":
                        words = list(c.subtree)
                        after = next((n for n, t in enumerate(words) if t.lower_ == "that"), None)
                        tgt = next((found for t in words[after + 1:] if (found := self.actors(t))), []) \
                            if after is not None else []
        self.emit(type_, self.subjects(v), list(dict.fromkeys(tgt)), v, f"verb:{v.lemma_}-{act.lemma_}",
                  status=self.status(v), confidence=self._conf(v, 0.6))

    def legal_action(self, v: Token) -> bool:
        """'X filed a case against Y', 'a suit X brought against Y', 'X took Y to the world
        court': taking a state to law accuses it."""
        if self.blocked(v) or self.hypothetical(v):
            return False
        src = self.subjects(v)
        if v.lemma_ == "take":
            courts = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_objects(c)
                      if p.lemma_ in ("court", "tribunal", "arbitration")
                      or any(self._forum(k) and ("Court" in self.ents.drafts[k].name or "Tribunal" in self.ents.drafts[k].name)
                             for k in self.actors(p))]
            tgt = [k for c in v.children if c.dep_ == "dobj" for k in self.actors(c) if k not in src] if courts else []
        else:
            cases = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in _CASE_NOUNS]
            if v.dep_ == "relcl" and v.head.lemma_ in _CASE_NOUNS:
                cases.append(v.head)  # "a case Costa Rica filed against Nicaragua"
            tgt = [k for t in (v, *cases) for c in t.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in _prep_objects(c) for k in self.actors(p) if k not in src] if cases else []
        if not src or not tgt:
            return False
        self.emit("ACCUSE", src, list(dict.fromkeys(tgt)), v, f"verb:{v.lemma_}-case", status=self.status(v),
                  confidence=self._conf(v, 0.6))
        return True

    def deadline_eased(self, v: Token) -> None:
        """'The bloc agreed to extend the deadline', 'the deadline was extended by the AU': a
        concession to whoever the deadline was set for (the latest threat told, within eight
        sentences)."""
        if self.blocked(v) or self.hypothetical(v):
            return
        src = self.subjects(v)
        if not src and v.dep_ == "xcomp":
            src = self.subjects(v.head)
        lo = self._sentences_back(v.i, 8)
        threat = next((ev for ev in reversed(self.out) if ev.type == "THREATEN" and lo <= ev.trigger.i < v.i
                       and (not src or set(ev.source) & set(src))), None)
        if threat is None:
            return
        src = src or list(threat.source)
        tgt = [k for k in threat.target if k not in src]
        if tgt:
            self.emit("CONCEDE", src, tgt, v, f"verb:{v.lemma_}-deadline", status=self.status(v),
                      confidence=self._conf(v, 0.5))

    def _deadline_told(self, c: Token, speakers: list[str], v: Token) -> None:
        """'X said Jammeh had until noon on Friday to step down': a deadline the speaker sets
        threatens the one who has it."""
        if c.lemma_ != "have" or any(a.dep_ == "neg" for a in c.children) or not any(
                p.dep_ == "prep" and p.lower_ == "until" for p in c.children) or not any(
                x.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                for x in c.children):
            return
        given = [k for x in c.children if x.dep_ == "nsubj" for k in self.actors(x) if k not in speakers]
        if given:
            self.emit("THREATEN", speakers, given, v, f"verb:{v.lemma_}-deadline", status=self.status(v),
                      confidence=self._conf(v, 0.5), anchor=c)

    def ultimatum(self, v: Token) -> bool:
        """'X gave Y seven days to do Z (or face ...)', 'gave Y until midnight to explain',
        'set Y a deadline to ...': a deadline is a threat to Y; time to do it, with no deadline
        or threat, a request."""
        time_left = [c for c in v.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_ in _DEADLINE_NOUNS]
        time_left += [c for c in v.children if c.dep_ == "prep" and c.lower_ == "until"]
        told_to = [c for c in v.children if c.dep_ in ("advcl", "xcomp", "ccomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        told_to += [c for t in time_left for x in (t, *(_prep_objects(t) if t.dep_ == "prep" else ()))
                    for c in x.children if c.dep_ in ("acl", "relcl") and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # ("until midnight to explain")
        if any(x.lemma_ in ("leave", "depart", "quit", "exit") for x in told_to):
            return False  # "gave the ambassador until Friday to leave": an expulsion (expel_order)
        given = [k for c in v.children if c.dep_ in ("dobj", "dative") and c not in time_left
                 and c.lemma_ not in _DEADLINE_NOUNS for k in self.actors(c)]
        src = self.subjects(v)
        if not given and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("it", "them") for c in v.children):
            # "issued 13 demands to Qatar and gave it ten days to comply": whom they just asked
            start = sent_of(v).start
            given = next((list(ev.target) for ev in reversed(self.out) if ev.type == "REQUEST"
                          and start <= ev.trigger.i < v.i and set(ev.source) & set(src)), [])
        given = [k for k in dict.fromkeys(given) if k not in src]
        # a deadline, not time to think it over: "until", "a deadline", or "... or face X"
        # (time "to comply" is a deadline on demands already made)
        firm = any(t.dep_ == "prep" or t.lemma_ in ("deadline", "ultimatum") for t in time_left) or any(
            c.dep_ == "conj" and c.lemma_ in ("face", "risk") for x in told_to for c in x.children) or any(
            x.lemma_ == "comply" for x in told_to)
        if not (time_left and told_to and given and src) or self.blocked(v) or self.hypothetical(v):
            return False
        # "X said it was likely that Y was responsible and gave Y until midnight": X's saying
        # tells when, and that it was done
        sayer = _reporting_above(v.head) if v.dep_ == "conj" and not any(
            c.dep_ == "nsubj" for c in v.children) else None
        # time given to do something, with no threat of what follows, asks it done in that time
        # ("gave the government 72 hours to reinstate him")
        if not firm and all(x.lemma_ in ("think", "consider", "reflect", "study", "review", "prepare", "digest")
                            for x in told_to):
            return False  # time to think it over asks nothing
        self.emit("THREATEN" if firm else "REQUEST", src, given, v, f"verb:{v.lemma_}-deadline",
                  status=self.status(sayer if sayer is not None else v), confidence=self._conf(v, 0.6),
                  anchor=sayer)
        return True

    def message_praising(self, v: Token) -> bool:
        """'X sent Y a message praising his decisive measures': praise sent to Y is praise of Y
        (whose deeds 'his' names is the one written to, not the writer)."""
        sent = _sending_of(v)
        if sent is None:
            return False
        src = self.subjects(sent)
        to = [k for k in self.objects(sent, ("to",)) if k not in src]  # (the message itself is no actor)
        if not src or not to or self.blocked(sent) or self.hypothetical(sent):
            return False
        self.emit("SUPPORT", src, to, v, f"verb:{v.lemma_}-in-message", status=self.status(sent),
                  confidence=self._conf(sent, 0.55), anchor=sent)
        return True

    def handover(self, v: Token) -> bool:
        """'X presented his credentials to President Y', 'X handed over the accession documents
        to Y': a handing over in person is a meeting (not when the one given to is a state or
        a body: "submitted the documents to NATO")."""
        if self.blocked(v) or self.hypothetical(v):
            return False
        given = [k for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                 for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        given += [k for c in v.children if c.dep_ == "dative" and c.pos_ != "ADP" for k in self.actors(c)]
        # "handed President X a letter", the parse making both objects
        given += [k for c in v.children if c.dep_ == "dobj" and c.lemma_ not in _HANDED_PAPERS and any(
            p.dep_ == "dobj" and p.lemma_ in _HANDED_PAPERS and p.i > c.i for p in v.children) for k in self.actors(c)]
        src = self.subjects(v)
        given = [k for k in dict.fromkeys(given) if k not in src]
        if not src or not given or any(self.ents.drafts[k].type != "Person" for k in given):
            return False
        self.emit("CONSULT", src, given, v, f"verb:{v.lemma_}-papers", mode="meet", status=self.status(v),
                  confidence=self._conf(v, 0.55))
        return True

    def mediate(self, v: Token) -> bool:
        """'X (and Y) brokered a truce between A and B', 'X mediated talks between A and B':
        each mediator consults each party (the deal itself is read off its noun)."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        parties = [k for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        parties += [k for c in v.children if c.dep_ == "prep" and c.lower_ == "between"
                    for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        parties = list(dict.fromkeys(parties))
        if len(parties) < 2:
            # "X and Y had mediated in the dispute", "X mediated the crisis": the parties to the
            # quarrel told last
            held = [o for o in objs if o.lemma_ in _DISPUTE_NOUNS] + [
                p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "over")
                for p in c.children if p.dep_ == "pobj" and p.lemma_ in _DISPUTE_NOUNS]
            if not held or not any(x.lower_ in ("the", "this", "that", "their") for x in held[0].children):
                return False
            src = self.subjects(v)
            parties = self._quarrel_parties(v, exclude=src)
            if len(parties) < 2:
                return False
        if self.blocked(v) or self.hypothetical(v):
            return True
        if any(o.lower_ in lx.EVENT_NOUNS for o in objs):
            return True  # "X mediated talks between A and B": the talks' noun seats X already
        src = [k for k in self.subjects(v) if k not in parties]
        self.emit("CONSULT", src, parties, v, f"verb:{v.lemma_}-between", mode="meet", status=self.status(v),
                  confidence=self._conf(v, 0.55))
        return True

    def _quarrel_parties(self, v: Token, exclude: list[str]) -> list[str]:
        """Both sides of the hostile act told last, within a few sentences before `v` (the
        quarrel 'the dispute' refers to), none of them in `exclude`."""
        lo = self._sentences_back(v.i, 5)
        for ev in reversed(self.out):
            if lo <= ev.trigger.i < v.i and ev.type in _QUARREL_TYPES and ev.target \
                    and not set(ev.source + ev.target) & set(exclude):
                return list(dict.fromkeys(ev.source + ev.target))
        return []

    def embassy(self, at: Token, emb: Token, src: list[str]) -> None:
        """Reopening an embassy in the other's capital: the two countries cooperate."""
        gov = at if at.pos_ in ("VERB", "AUX") else self._governing_verb(at)
        if gov is not None and (self.hypothetical(gov) or any(c.dep_ == "neg" for c in gov.children)):
            return
        if gov is not None and gov.dep_ in ("xcomp", "conj") and any(
                t.lemma_ in ("agree", "pledge", "vow", "decide", "promise", "commit") for t in gov.ancestors):
            return  # "agreed to reopen their embassies": the agreement says it
        owners = [k for c in emb.children if c.dep_ == "poss" for k in self.actors(c)]
        if not owners and emb.lemma_ != "embassies":
            owners = [self._own_country(k) for k in src if self._own_country(k)]
        hosts = [k for t in (emb, at) for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
                 for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
        if emb.lemma_ == "embassies" or any(c.lower_ == "their" for c in emb.children):
            parties = list(dict.fromkeys(src))  # "A and B agreed to reopen their embassies"
        else:
            parties = list(dict.fromkeys(owners + hosts))
        parties = [self._own_country(k) or k for k in parties]
        parties = list(dict.fromkeys(parties))
        if len(parties) == 2:
            self.emit("COOPERATE", parties[:1], parties[1:], at, f"{at.pos_.lower()}:reopen-embassy",
                      status=self.status(gov) if gov is not None else "occurred", confidence=self._conf(at, 0.55),
                      anchor=gov)

    def _asked_to_stop(self, x: Token, clause: Token, v: Token) -> list[str]:
        """'said the strikes violated the Charter and called for them to stop': 'them' are the
        deeds just named, so those asked are who did them."""
        if x.lower_ not in ("them", "it") or clause.lemma_ not in ("stop", "end", "cease", "halt"):
            return []
        deed = next((t for t in reversed(self.doc[sent_of(x).start:x.i]) if t.pos_ == "NOUN" and (
            t.lower_ in lx.ASSAULT_NOUNS or t.lemma_ in lx.ASSAULT_NOUNS or t.lemma_ in _DEED_VERBS)), None)
        return [] if deed is None else self._deed_doers(deed, v, self.subjects(v))

    def _courtesy_call(self, v: Token, on: list[Token]) -> bool:
        """'The ambassador called on Deputy Foreign Minister Kim in Seoul': a visit paid to a
        person, not an appeal ("called on Kim to resign", "called on Iran for restraint")."""
        rest = self.doc[v.i:sent_of(v).end]
        on_at = {o.i for o in on}
        if any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in v.children) \
                or any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children) \
                or any(t.lower_ == "to" and t.i + 1 < rest.end and self.doc[t.i + 1].pos_ in ("VERB", "AUX")
                       for t in rest) \
                or any(t.lower_ in ("for", "not") and t.head.i in on_at for t in rest):
            return False
        called = [k for c in on for p in _prep_objects(c) for k in self.actors(p)]
        return bool(called) and all(self.ents.drafts[k].type == "Person" for k in called)

    def called_for_someone_to(self, v: Token) -> bool:
        """'X called for the United Nations to deploy a force', parsed with 'for' marking a
        clause whose subject is the one asked."""
        clauses = [x for c in v.children if c.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for x in (c, *c.conjuncts)]
        asked = [k for c in clauses for x in c.children if x.dep_ == "nsubj" for k in self._asked_to_stop(x, c, v)
                 or self.actors(x)]
        # "called for Russian troops to be withdrawn": whose troops
        asked += [k for c in clauses for x in c.children if x.dep_ == "nsubjpass" and _is_force(x)
                  for k in self.owner(x) if k not in asked]
        # the parse loses a list of them ("calls for all sides to stop ..., for a commission to
        # monitor ... and for the United Nations to deploy ..."): "for" + a name + "to"
        for f in v.subtree:
            j = f.i + 1 + (f.i + 1 < len(self.doc) and self.doc[f.i + 1].lower_ == "the")
            m = self.ents.mention_at(j) if f.lower_ == "for" and f.i > v.i and j < len(self.doc) else None
            if m is not None and m.start in (f.i + 1, j) and m.end < len(self.doc) and self.doc[m.end].lower_ == "to" \
                    and m.end + 1 < len(self.doc) and self.doc[m.end + 1].pos_ == "VERB":
                asked += [k for k in self.actors(self.doc[m.end - 1]) if k not in asked]
        src = self.subjects(v)
        asked = [k for k in asked if k not in src]  # "for both armies to pull back": the parties themselves
        if not asked or not src or self.blocked(v):
            return False
        ev = self.emit("REQUEST", src, asked, v, "verb:call-for-to", status=self.status(v),
                       confidence=self._conf(v, 0.6))
        deal = next((d for c in v.children if c.dep_ == "nsubj" for d in [self._asking_deal(c, v)] if d), None)
        if ev is not None and deal is not None:
            ev.date_from = deal.anchor or deal.trigger  # what a deal asks, it asked when it was made
        return True

    def bare_reply(self, v: Token) -> bool:
        """'Pyongyang asked Seoul for a delay. Seoul agreed.': a reply with nothing after it
        answers the request told just before (here or in the two sentences before): agreeing
        is a pact with the one who asked, refusing a rejection of him."""
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "oprd", "advcl", "agent")
               for c in v.children) or v.dep_ not in ("ROOT", "conj"):
            return False
        repliers = self.subjects(v)
        if not repliers or self.hypothetical(v):
            return False
        lo = self._sentences_back(v.i, 2)
        theirs = self._and_countries(repliers)
        asker: list[str] = []
        asked: Token | None = None
        for ev in reversed(self.out):
            if ev.type == "REQUEST" and lo <= ev.trigger.i < v.i and set(ev.target) & theirs:
                asker, asked = [k for k in ev.source if k not in theirs], ev.anchor or ev.trigger
                break
        if not asker:  # "Moscow proposed a ceasefire. Kyiv agreed."
            for t in reversed(self.doc[lo:v.i]):
                if t.pos_ == "VERB" and t.lemma_ in _PROPOSE_VERBS and not self.blocked(t):
                    asker, asked = [k for k in self.subjects(t) if k not in theirs], t
                    break
        if not asker:
            return False
        refused = v.lemma_ in ("refuse", "decline") or any(c.dep_ == "neg" for c in v.children)
        ev = self.emit("REJECT" if refused else "AGREE", repliers, asker, v, f"verb:{v.lemma_}-reply",
                       status=self.status(v) if not refused else "occurred", confidence=self._conf(v, 0.5))
        if ev is not None:
            ev.date_from = asked  # the clause may go on to a later day ("Seoul agreed, and the plane left on Tuesday")
        return True

    def witnessed_signing(self, v: Token) -> None:
        """'X signed as a witness', 'A, B and C signed as witnesses': they put their names to
        the deal told last (in this sentence or the two before) beside its parties, not to a
        deal among themselves."""
        if self.blocked(v) or self.hypothetical(v):
            return
        witnesses = self.subjects(v)
        lo = self._sentences_back(v.i, 2)
        deal = next((ev for ev in reversed(self.out) if ev.type == "AGREE" and lo <= ev.trigger.i < v.i), None)
        parties = [k for k in dict.fromkeys(deal.source + deal.target) if k not in witnesses] if deal else []
        if witnesses and parties:
            self.emit("AGREE", witnesses, parties, v, "verb:sign-as-witness", status=self.status(v),
                      confidence=self._conf(v, 0.55))

    def _deed_owner(self, noun: Token) -> list[str]:
        """Whose decision or move: "Armenia's decision", "the move by Ethiopia"."""
        if noun.lemma_.lower() in _RELATION_NOUNS:
            return []  # "Greece's partners": others
        keys = [k for c in noun.children if c.dep_ == "poss" for k in self.actors(c)]
        keys += [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        # "the measures taken by Argentina", "remarks made by Spain's ambassador"
        keys += [k for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                 for k in self.actors(p) or self.owner(p)]
        return list(dict.fromkeys(keys))

    def closure_imposed(self, v: Token) -> None:
        """'Israel imposed a naval blockade on Lebanon', 'the Security Council imposed a no-fly
        zone over Libya', 'imposed a blockade on Lebanese ports': on whom, or whose places."""
        if self.blocked(v) or self.hypothetical(v):
            return
        o = next(c for c in v.children if c.dep_ == "dobj" and _closure_kind(c))
        src = self.subjects(v)
        tgt = [k for t in (o, v) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "of", "against")
               for p in _prep_objects(c) for k in self._place_or_actor(p) or self.owner(p) if k not in src]
        self.emit(_closure_kind(o), src, tgt, v, f"verb:{v.lemma_}-{o.lemma_}", status=self.status(v),
                  confidence=self._conf(v, 0.6))

    def recall(self, v: Token) -> None:
        """'Somalia recalled its ambassador from Addis Ababa': a diplomatic sanction."""
        if self.blocked(v) or self.hypothetical(v):
            return
        passive = any(c.dep_ == "nsubjpass" for c in v.children)
        envoys = [x for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                  for x in (c, *c.conjuncts)]  # "41 diplomats and their families from X"
        tgt = [k for t in [v, *envoys] for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "in")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)
               or (self.owner(p) if p.lemma_ in ("headquarters", "seat") else [])]  # "from NATO headquarters"
        # "pulled its envoy out of Islamabad" (the parse chains 'out' and 'of')
        tgt += [k for c in v.children if c.lower_ == "out" for x in c.children if x.dep_ == "prep" and x.lower_ == "of"
                for p in _prep_objects(x) for k in self._place_or_actor(p) if k not in tgt]
        src = self.subjects(v) if not passive else [k for e in envoys for k in self.owner(e) or self.actors(e)]
        src = [k for k in src if k not in tgt]
        if not tgt and src:
            # "Mali ordered the French ambassador out ... France said it was recalling its
            # ambassador": the posting not told, the one who just turned on the recaller
            mine = self._and_countries(src)
            # (the state of a person: it is the state a mission is posted to)
            tgt = next((states for ev in reversed(self.out)
                        if ev.type in ("SANCTION", "ACCUSE", "THREATEN") and ev.trigger.i < v.i
                        and self._and_countries(list(ev.target)) & mine and not set(ev.source) & mine
                        for states in [[s for k in ev.source for s in [self._own_country(k) or k]
                                        if s not in mine and self.ents.drafts[s].type != "Person"]] if states), [])
        if not tgt and src:
            # "recalled its ambassador, Walter Carrington, for consultations", his posting not
            # told: the country the story is about
            top = self._story_state()
            tgt = [top] if top and top not in src and top not in map(self._own_country, src) else []
        # an ambassador called home is a protest; a mission's staff taken out, for their safety
        # or because the host demanded it, is a retreat from that country
        staff = [e for e in envoys if e.lemma_ in ("staff", "personnel", "family")
                 or e.lower_ in ("diplomats",) and any(c.dep_ == "nummod" or c.lower_ == "all" for c in e.children)]
        retreat = bool(staff) and not any(e.lemma_ in ("ambassador", "envoy") for e in envoys)
        self.emit("RETREAT" if retreat else "SANCTION", src, tgt, v, f"verb:{v.lemma_}-envoy", status=self.status(v),
                  confidence=self._conf(v, 0.6))

    def concern(self, v: Token) -> None:
        """'raised concerns about X's record', 'voiced concern over X': criticism of X."""
        if self.blocked(v) or self.hypothetical(v):
            return
        obj = next(c for c in v.children if c.dep_ == "dobj")
        tgt = []
        for t in (obj, v):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("about", "over", "with", "at", "regarding", "to"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            tgt += self.actors(p) or self.owner(p) or self._deed_owner(p)  # "the visit by X"
        self.emit("ACCUSE", self.subjects(v), tgt, v, f"verb:{v.lemma_}-{obj.lemma_}", status=self.status(v),
                  confidence=self._conf(v, 0.55))

    def reaffirm(self, v: Token) -> None:
        """'reaffirmed its commitment to Manila', 'expressed support for Kyiv', 'reaffirmed
        Washington's commitment to defend its ally' (the ally: whom the sentence met or called)."""
        if self.blocked(v) or self.hypothetical(v):
            return
        obj = next(c for c in v.children if c.dep_ == "dobj" and c.lemma_ in _SUPPORT_OBJECTS)
        tgt = []
        for c in [*obj.children, *v.children]:  # "solidarity with Turkey" (the parse may hang it on the verb)
            if c.dep_ == "prep" and c.lower_ in ("to", "for", "with"):
                tgt += [k for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]
        src = self.subjects(v)
        owners = [k for c in obj.children if c.dep_ == "poss" for k in self.actors(c)
                  if self.ents.drafts[k].type in ("Country", "Organization")]
        if owners and v.tag_ == "VBG":
            src = owners  # "..., reaffirming Washington's commitment to X": Washington's, whoever says it
        if not tgt and len(src) >= 2 and obj.lemma_ == "commitment" and any(
                c.dep_ == "poss" and c.lower_ == "their" for c in obj.children):
            # "the two leaders confirmed their commitment to the declaration": a joint commitment
            self.emit("AGREE", src, [], v, f"verb:{v.lemma_}-joint-commitment", status=self.status(v),
                      confidence=self._conf(v, 0.5))
            return
        if not tgt:
            # "spoke with X ... and reaffirmed the commitment": the partner of the sentence's event
            for ev in reversed(self.out):
                if sent_of(ev.trigger).start == sent_of(v).start and set(ev.source) & set(src):
                    tgt = [self._own_country(k) or k for k in ev.target]
                    break
        self.emit("SUPPORT", src, tgt, v, f"verb:{v.lemma_}-{obj.lemma_}", status=self.status(v),
                  confidence=self._conf(v, 0.55))

    def drills(self, v: Token, exclude: Iterable[str] = ()) -> None:
        """'China launched military exercises around Taiwan': a show of force (MOBILIZE)
        at whoever the drills surround or face; without one, no event."""
        if self.blocked(v) or self.hypothetical(v):
            return
        objs = [c for c in v.children if c.dep_ == "dobj"]
        objs += [_round_of(o) for o in objs if _round_of(o) is not o]  # "a second round of exercises around X"
        near = [v, *objs] + [a for o in objs for a in o.children if a.lower_ in ("close", "near", "next")]  # "close to X"
        tgt = [k for t in near for c in t.children if c.dep_ == "prep"
               and c.lower_ in ("around", "near", "against", "off", "surrounding", "close", "to")
               and (c.lower_ != "to" or t.lower_ in ("close", "near", "next"))
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p) or (
                   self._across_border(p) if p.lemma_ in _BORDER_NOUNS else [])]
        tgt = [k for k in tgt if k not in exclude]
        if exclude and not tgt:
            return
        self.emit("MOBILIZE", self.subjects(v), tgt, v, f"verb:{v.lemma_}-drills", status=self.status(v),
                  confidence=self._conf(v, 0.55))

    def _across_border(self, border: Token) -> list[str]:
        """The country across a border: 'the Polish border', 'its border with Kosovo'."""
        keys = [k for c in border.children if c.dep_ in ("amod", "compound")
                and (m := self.ents.mention_at(c.i)) is not None and m.kind in ("demonym", "country") and m.iso3
                for k in self.actors(c)]
        keys += [k for c in border.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in _prep_objects(c) for k in self._place_or_actor(p)]
        return list(dict.fromkeys(keys))

    def joint_action(self, v: Token) -> None:
        """'X, Y and Z held joint naval drills', 'X held joint patrols with Y': cooperation."""
        if self.blocked(v) or self.hypothetical(v):
            return
        parties = list(dict.fromkeys(self.subjects(v) + self.objects(v, ("with",))))
        if len(parties) >= 2:
            self.emit("COOPERATE", parties, [], v, f"verb:{v.lemma_}-joint", status=self.status(v),
                      confidence=self._conf(v, 0.6))
        if any(c.dep_ == "dobj" and c.lemma_ in ("drill", "exercise", "manoeuvre", "maneuver", "patrol", "game")
               for c in v.children):
            self.drills(v, exclude=parties)  # "held joint drills near the Polish border": a show of force too

    def join(self, v: Token) -> None:
        """'X joined Y for talks', 'X joined Y in a meeting': a consultation of the two; 'X was
        joined on stage by Y and Z' too."""
        agents = [k for c in v.children if c.dep_ == "agent" for p in _prep_objects(c) for k in self.actors(p)]
        joined = [k for c in v.children if c.dep_ == "nsubjpass" for k in self.actors(c)]
        if agents and joined and not self.blocked(v) and not self.hypothetical(v):
            self.emit("CONSULT", joined, [k for k in agents if k not in joined], v, "verb:joined-by", mode="meet",
                      status=self.status(v), confidence=self._conf(v, 0.55))
            return
        occasion = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "in", "at")
                    for p in c.children if p.dep_ == "pobj" and p.lower_ in lx.EVENT_NOUNS]
        if not occasion and not self.blocked(v) and not self.hypothetical(v) and not any(
                c.dep_ == "prep" and c.lower_ in ("in", "for") and any(x.dep_ == "pcomp" or x.tag_ == "VBG"
                                                                     for x in c.children) for c in v.children):
            met = [k for c in v.children if c.dep_ == "dobj" and c.lower_ in ("them", "him", "her", "us", "leaders")
                   for k in self.actors(c)]
            if met:
                # "Zelenskiy joined them on Sunday" (the leaders at a summit): he met them,
                # joining no body
                self.emit("CONSULT", self.subjects(v), met, v, "verb:join-them", mode=self._consult_mode(v, default="meet"),
                          status=self.status(v), confidence=self._conf(v, 0.5))
                return
            # "Finland joined NATO": membership is an agreement with the body
            bodies = [k for c in v.children if c.dep_ == "dobj" for k in self.actors(c)
                      if self.ents.drafts[k].type == "Organization"]
            if bodies:
                self.emit("AGREE", self.subjects(v), bodies, v, "verb:join-body", status=self.status(v),
                          confidence=self._conf(v, 0.55))
            return
        if not occasion or self.blocked(v) or self.hypothetical(v):
            return
        partners = [k for c in v.children if c.dep_ == "dobj" for k in self.actors(c)]
        mode = lx.EVENT_NOUNS[occasion[0].lower_]
        self.emit("CONSULT", self.subjects(v), partners, v, "verb:join", mode="meet" if mode == "visit" else mode,
                  status=self.status(v), confidence=self._conf(v, 0.6))

    def _actor_across(self, t: Token) -> list[str]:
        """'cities across Ukraine', 'towns in northern Israel': the country of the places."""
        return [k for c in t.children if c.dep_ == "prep" and c.lower_ in ("across", "in", "throughout", "of",
                                                                          "around", "near", "off", "surrounding")
                for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)]

    def _first_actor_in(self, t: Token) -> list[str]:
        """The first country or capital named inside a phrase the parse built wrongly ("for
        Ukraine worth 700 million euros")."""
        for x in t.subtree:
            if x.i >= t.i:
                break
            m = self.ents.mention_at(x.i)
            if m is not None and m.kind in ("country", "capital") and m.iso3:
                return [self.country_of(m)]
        return []

    def launch(self, v: Token) -> None:
        """'launched drones at Israel', 'carried out strikes on X', 'fired missiles into Y'."""
        def weapon(t: Token) -> bool:
            return t.lemma_ in lx.WEAPON_NOUNS or t.lower_ in lx.WEAPON_NOUNS or t.lower_ in lx.ASSAULT_NOUNS
        # "fired dozens of missiles", "launched a salvo of rockets"
        objs = [c for c in v.children if c.dep_ == "dobj" and (weapon(c) or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(weapon(o) for o in p.children if o.dep_ == "pobj")
            for p in c.children))]
        if not objs or self.blocked(v) or self.hypothetical(v):
            return
        src = self.subjects(v)
        tgt = [k for t in (v, *[x for o in objs for x in o.subtree]) for c in t.children
               if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into", "toward", "towards")
               for p in c.children if p.dep_ == "pobj"
               for k in self._place_or_actor(p) or self.owner(p) or self._actor_across(p)]
        # "fired missiles into waters around Taiwan": near a country, not at it, is a show of force
        near = any(c.dep_ == "prep" and c.lower_ in ("into", "toward", "towards", "at", "in") and any(
            p.lemma_ in ("water", "sea", "area", "zone", "strait") and any(
                a.dep_ == "prep" and a.lower_ in ("around", "near", "off", "surrounding") for a in p.children)
            for p in c.children if p.dep_ == "pobj") for c in v.children)
        self.emit("MOBILIZE" if near else "ASSAULT", src, tgt, v, f"verb:{v.lemma_}-{objs[0].lower_}", status=self.status(v),
                  confidence=self._conf(v, 0.6))

    def sanction_noun(self, v: Token, n: Token) -> None:
        """'X imposed sanctions on Y'."""
        if self.blocked(v) or self.hypothetical(v) or _promised_on_condition(v):
            return
        src = self.subjects(v)
        if not src and v.dep_ == "acl" and v.head.lemma_ in _LAW_NOUNS and v.head.dep_ == "dobj" \
                and v.head.head.lemma_ in _ENACT_VERBS:
            src = self.subjects(v.head.head)  # "signed into law a bill tightening the embargo against X"
        # "Trump ordered the reimposition of U.S. sanctions": his state's sanctions, it imposes them too
        own = {self._own_country(k) for k in src} - {None}
        src += [k for c in n.children if c.dep_ in ("compound", "amod") for k in self.actors(c)
                if k in own and k not in src]
        around = list(n.children) + list(v.children) + (list(n.head.head.children) if n.dep_ == "pobj" else [])
        if n.dep_ == "nsubj" and n.head.lower_ in lx.SANCTION_NOUNS:
            around += list(n.head.children)  # "announced travel bans and asset freezes against X" (misparsed)
        around += [c for x in n.conjuncts for c in x.children]  # "asset freezes and travel bans on X"
        # "imposed by Japan and the EU on Russia": the parse may hang "on" on the last agent
        around += [c for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                   for x in (p, *p.conjuncts) for c in x.children]
        tgt = [k for c in around
               if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p) or self.owner(p)]
        if not tgt:
            # "curbs on exports of chip materials to South Korea": the trade's other end
            tgt = [k for c in around if c.dep_ == "prep" and c.lower_ == "on" for p in _prep_objects(c)
                   if p.lemma_ in ("export", "import", "shipment", "sale", "flight", "transfer")
                   for x in p.subtree if x.dep_ == "prep" and x.lower_ in ("to", "from") and x.head.i in (
                       p.i, *[y.i for y in p.children])
                   for o in _prep_objects(x) for k in self._place_or_actor(o)]
        holders = [n, v] + ([n.head.head] if n.dep_ == "pobj" and n.head.head.dep_ == "dobj" else [])
        if True:  # "sanctions targeting Putin", "sanctions aimed at Moscow", "... targeting firms in China"
            for c in [x for h in holders for x in h.children] + ([n.head] if n.dep_ == "nsubj" else []):
                if c.dep_ in ("acl", "advcl", "ccomp") and c.lemma_ in ("target", "hit", "aim", "punish", "penalize", "penalise"):
                    tgt += [k for o in c.children if o.dep_ == "dobj"
                            for k in self._place_or_actor(o) or self.owner(o) or self._actor_across(o)
                            or self._named_among(o) or self._trade_partner(o)]
                    tgt += [k for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("at", "on")
                            for o in pr.children if o.dep_ == "pobj" for k in self._place_or_actor(o)]
        if not tgt and v.dep_ == "acl" and v.head.i == n.i and n.dep_ == "dobj" and n.head.lemma_ in _COMPLAIN_VERBS:
            # "Moscow blamed sanctions imposed by the United States for ...": who complains of
            # sanctions named without a target is the one they hit
            tgt = [k for k in self.subjects(n.head) if k not in src]
        self.emit("SANCTION", src, tgt, v, f"verb:{v.lemma_}-{n.lower_}", status=self.status(v),
                  confidence=self._conf(v, 0.7))

    def _trade_partner(self, o: Token) -> list[str]:
        """'imports from Turkey', 'exports to Japan': the other end of the trade."""
        if not (o.lower_ in lx.TRADE_NOUNS or o.lemma_ in lx.TRADE_NOUNS):
            return []
        return [k for pr in o.children if pr.dep_ == "prep" and pr.lower_ in ("from", "to")
                for p in _prep_objects(pr) for k in self._place_or_actor(p)]

    def _named_among(self, o: Token) -> list[str]:
        """'11 people, among them Deputy Prime Minister X and Y': the people named after 'among
        them' (or 'including') in the rest of the sentence, however the parse hangs them (not
        the bodies their titles name)."""
        sent = sent_of(o)
        at = next((x.i for x in self.doc[o.i + 1:sent.end] if x.lower_ in ("among", "including")), None)
        if at is None:
            return []
        return list(dict.fromkeys(m.entity for m in self.ents.mentions if at < m.start < sent.end
                                  and m.kind == "person" and m.entity))

    def barbs(self, v: Token, type_: str = "ACCUSE") -> None:
        """'X and Y traded barbs': each accuses the other ('exchanged fire': attacks it)."""
        src = self.subjects(v)
        partners = self.objects(v, ("with",))
        if not self.blocked(v):
            self._each_at_the_others(type_, list(dict.fromkeys(src + partners)), v, f"verb:{v.lemma_}-{type_.lower()}")

    def _each_at_the_others(self, type_: str, sides: list[str], v: Token, rule: str, **kw) -> None:
        """One event from each side to all the others ("traded barbs", "went to war")."""
        if len(sides) < 2:
            return
        for a in sides:
            self.emit(type_, [a], [b for b in sides if b != a], v, rule, confidence=self._conf(v, 0.6), **kw)

    # ------------------------------------------------------------ nouns
    def noun(self, n: Token) -> None:
        low = n.lower_
        if low == "calls" and any(c.lower_ in ("phone", "telephone", "video") for c in n.children):
            low = "call"  # "in phone calls with Trump and Macron" (bare "calls" are as often appeals)
        if n.dep_ == "pobj" and n.head.lower_ in ("in", "during", "over", "by") and self.addressed_on_the_line(n):
            return
        if n.lemma_ in ("justification", "excuse") and any(c.dep_ == "det" and c.lower_ == "no" for c in n.children):
            self.no_excuse(n)  # "said there was no justification for China's military response"
        if n.lemma_ in ("conference", "appearance", "briefing") and (any(
                c.dep_ == "amod" and c.lower_ == "joint" for c in n.children) or _appeared_together(n)):
            self.joint_appearance(n)  # "held a joint news conference", "unveiled ... in a joint virtual appearance"
            return
        if low in _WAR_NOUNS and any(c.dep_ == "prep" and c.lower_ == "between" for c in n.children):
            self.war_between(n)  # "the war between A and B": each side attacks the other
            return
        if low in lx.ASSAULT_NOUNS:
            self.assault_noun(n)
            return
        if _military_operation(n):
            # "Russia launched a military operation in Ukraine" (a joint one is cooperation)
            self.assault_noun(n)
            return
        if low in ("reopening", "opening") and n.dep_ != "compound":
            emb = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" and p.lemma_ in ("embassy", "consulate", "embassies")]
            if emb:
                self.embassy(n, emb[0], [])  # "attended the reopening of Eritrea's embassy in Addis Ababa"
                return
        if low in ("blockade", "siege", "blockades"):
            self.assault_noun(n, "COERCE")
            return
        if low in ("solidarity", "support") and n.dep_ == "pobj" and (
                n.head.lower_ == "in" and (low == "solidarity" or any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in n.children))  # "in support of Assad"
                or n.head.lower_ == "of" and n.head.head.lemma_ in (
                    "gesture", "show", "sign", "token", "expression")) and self._governing_verb(n) is not None:
            self.in_solidarity(n)  # "expelled the envoy in solidarity with Bolivia", "as a gesture of support for X"
            return
        if low == "protest" and n.dep_ == "pobj" and n.head.lower_ == "in" and self._governing_verb(n) is not None:
            self.in_protest(n)  # "recalled its envoy in protest at the statement by X"
            return
        if low in lx.ACCUSE_NOUNS and low != "charges" or low in ("protest", "protests") and n.dep_ == "dobj" \
                and n.head.lemma_ in ("draw", "prompt", "provoke", "trigger", "spark", "bring") and any(
                    c.dep_ == "prep" and c.lower_ == "from" for c in (*n.children, *n.head.children)):
            # ("prompting a protest from Beijing": a state's protest, as "drew a rebuke from" is)
            self.accuse_noun(n)
            return
        if low in _STATEMENT_NOUNS and self.endorsed_by_all(n):
            return
        # (a pact a clause says who sealed: "the AUKUS partnership announced by X, Y and Z")
        sealed_by = low in ("partnership", "alliance", "initiative", "framework", "pact") and any(
            c.dep_ == "acl" and c.lemma_ in _SEAL_VERBS | _UNVEIL_VERBS and any(a.dep_ == "agent" for a in c.children)
            for c in n.children)
        if low in lx.AGREEMENT_NOUNS and not (low == "partnership" and sealed_by):
            self.agreement_noun(n)
            return
        if sealed_by:
            # "the AUKUS partnership announced on Sept. 15 by Morrison, Biden and Johnson"
            acl = next(c for c in n.children if c.dep_ == "acl" and c.lemma_ in _SEAL_VERBS | _UNVEIL_VERBS)
            parties = list(dict.fromkeys(k for a in acl.children if a.dep_ == "agent" for p in _prep_objects(a)
                                         for x in (p, *p.conjuncts) for k in self.actors(x)))
            # (a list of leaders is one of a kind: the parse may run the next clause's object into it)
            parties = [k for k in parties if parties and self.ents.drafts[k].type == self.ents.drafts[parties[0]].type]
            if len(parties) >= 2 and not self.blocked(acl) and not self.hypothetical(acl):
                self.emit("AGREE", parties, [], acl, f"noun:{low}-{acl.lemma_}-by", confidence=self._conf(acl, 0.55))
            return
        if low in ("request", "invitation", "behest", "urging", "initiative") and n.dep_ == "pobj" \
                and n.head.lower_ in ("at", "on", "upon"):
            self.at_request(n)
            return
        if n.lemma_ in _HONOURING_NOUNS and self.held_in_honour(n):
            return  # "held a welcome ceremony for Xi", "gave a dinner in honour of Modi"
        if low == "ceremony" or low == "signing" and n.dep_ == "dobj" and n.head.lemma_ in _TAKE_PART_VERBS:
            self.ceremony(n)  # ("witnessed the signing")
            return
        if low not in lx.EVENT_NOUNS:
            return
        if low == "call" and not any(c.lower_ in ("phone", "telephone", "video") for c in n.children) \
                and not (n.dep_ in ("dobj",) and (n.head.lemma_ in lx.LIGHT_VERBS or n.head.lemma_ in ("receive", "get", "take"))) \
                and not (any(c.dep_ == "poss" for c in n.children)
                         and any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children)) \
                and not (any(c.dep_ == "poss" and c.lower_ == "their" for c in n.children)
                         and n.dep_ == "pobj" and n.head.lower_ in ("during", "in", "after", "before", "following")):
            # a call is a phone call when held, by phone, "X's call with Y", or "during their call"
            return
        if low == "phone" and n.dep_ == "compound":
            return
        if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_ in ("meet", "host", "travel"):
            return  # "met for a working dinner": the verb already says it
        if n.dep_ == "dobj" and _cancels(n.head):
            return  # "called off a visit": the cancellation says it (events.cancel)
        mode = lx.EVENT_NOUNS[low]
        # the noun's own words, not a relative clause about other rounds ("talks in Istanbul,
        # which followed rounds held by video link")
        subtree = list(n.subtree)
        inside = {x.i for x in subtree}
        own = [x for x in subtree if not any(a.dep_ in ("relcl", "acl") and a.i != n.i and n in a.ancestors
                                               for a in [x, *x.ancestors] if a.i != n.i and a.i in inside)]
        face_to_face = any(x.lower_ in ("face", "person") for x in own) and any(x.lower_ == "to" for x in own)
        if not face_to_face and (any(c.lower_ in lx.VIRTUAL_WORDS for c in own) or any(
                c.lower_ in lx.VIRTUAL_WORDS for c in n.head.children)):
            mode = "virtual"
        elif any(c.lower_ in ("phone", "telephone") for c in n.children):
            mode = "call"
        # whose event is it?
        # ("talks in a Madrid hotel between A, B and C": the parse hangs the parties on the place)
        held_at = [p for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for p in _prep_objects(c)]
        # ("Talks were held between A and B": the parse hangs the parties on the verb)
        held_by_verb = [n.head] if n.dep_ == "nsubjpass" and n.head.lemma_ in ("hold", "conduct", "open", "begin") else []
        between = [p for t in (n, *held_at, *held_by_verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj"]
        with_ = [p for c in n.children if c.dep_ == "prep" and c.lower_ in ("with",)
                 and not any(x.lower_ in ("together", "along") for x in c.children)  # a co-mediator's
                 for p in c.children if p.dep_ == "pobj"]
        poss = [c for c in n.children if c.dep_ == "poss"]
        pair = self._hyphen_pair(n)
        verb = n.head if n.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") else None
        counted = self._quantity_of(n)
        if verb is None and counted.i != n.i and counted.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
            verb = counted.head  # "held four hours of talks with X": the verb of the quantity
        gov = self._governing_verb(n)
        light = next((c for c in n.children if c.dep_ in ("amod", "acl") and c.i < n.i and c.lemma_ in lx.LIGHT_VERBS
                      and (any(x.dep_ == "nsubj" for x in c.children) or _conjoined_clause(n, c))), None)
        if light is not None and verb is None:
            # "X held talks with Y" parsed with 'held' as the noun's modifier: the light verb's frame
            verb, gov = light, light
        labelled = _held_under_label(n)
        if labelled is not None:
            verb = gov = light = labelled  # "held what she described as frank talks with X"
        status = self.status(gov) if gov is not None else "occurred"
        place_tok = self._quantity_of(n)  # "during four hours of talks": where the talks stand
        if gov is not None and gov.dep_ in ("xcomp", "ccomp") and gov.head.lemma_ in lx.PLAN_VERBS:
            status = "planned"  # "agreed to resume negotiations": the talks are to come
        if gov is not None and _under_way(gov) and place_tok.dep_ == "pobj" \
                and place_tok.head.lower_ == "for" and place_tok.head.head.i == gov.i:
            status = "planned"  # "is heading to Singapore for a summit with X": still to come
        if place_tok.dep_ == "pobj" and place_tok.head.lower_ in ("after", "following", "during") \
                and gov is not None and not any(c.lower_ in ("will", "'ll", "shall") for c in gov.children) \
                and not any(c.dep_ == "amod" and c.lower_ in lx.PLANNED_WORDS for c in n.children):
            status = "occurred"  # "would not revive the deal ... after talks with X": the talks were held
        if gov is not None and self.blocked(gov) and not (n.dep_ == "pobj" and not (
                n.head.lower_ in ("in", "into") and n.head.head.i == gov.i)):
            return  # ("urged X to engage in dialogue": only asked)
        if gov is not None and (_is(gov, ("hope", "want", "wish", "seek")) or self.hypothetical(gov)):
            return
        if any(c.lower_ in _HYPOTHETICAL for c in n.children) or self._wished(n, gov):
            return
        for c in n.children:
            if c.dep_ == "amod" and c.lower_ in lx.PLANNED_WORDS:
                status = "planned"
        if mode == "visit":
            src = []
            if poss:
                src = self.actors(poss[0])
            elif verb is not None and n.dep_ == "dobj" and verb.lemma_ in ("make", "pay", "begin", "start", "conclude"):
                src = self.subjects(verb)
            elif any(c.dep_ == "prep" and c.lower_ == "by" for c in n.children):
                src = [k for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]  # "a visit to Taiwan by X"
            elif place_tok.dep_ == "pobj" and place_tok.head.lower_ in ("during", "on", "after", "before", "following", "at"):
                holder = place_tok.head.head
                if holder.pos_ in ("VERB", "AUX"):
                    src = self.subjects(holder)  # "signed a pact during a visit to Jakarta"
                elif holder.pos_ in ("NOUN", "PROPN"):
                    src = self.actors(holder)  # "Lula, on a visit to Angola, ..."
            if not src and not any(x.dep_ in _SUBJ for x in [n, *n.ancestors]):
                # "X held talks in Beijing, the centrepiece of a state visit to China":
                # an unowned visit told beside the main clause is its subject's
                root = sent_of(n).root
                if root.pos_ in ("VERB", "AUX") and root.i != n.i:
                    src = [k for k in self.subjects(root) if self.ents.drafts[k].type == "Person"]
            if not src:
                return
            dest, place = self.destination(n, ("to", "in"))
            dest = [d for d in dest if self.ents.drafts[d].type == "Country"]
            if not dest and place is None and place_tok.dep_ == "pobj" and place_tok.head.lower_ == "during" \
                    and any(c.dep_ == "prep" and c.lower_ == "by" for c in n.children) \
                    and place_tok.head.head.pos_ in ("VERB", "AUX"):
                # "X signed it during a visit by Y": Y came to X's country
                dest = [c for k in self.subjects(place_tok.head.head) if self.ents.drafts[k].type == "Person"
                        and (c := self._own_country(k)) is not None]
            src = [s for s in src if self._own_country(s) not in dest]
            if dest and src:
                ev = self.emit("CONSULT", src, dest, n, f"noun:{low}", mode="visit", status=status,
                               confidence=self._conf(n, 0.6), anchor=gov or n)
                if ev is not None and place is not None:
                    ev.location = self._place_key(place)
            return
        if between:
            keys = [k for b in between for k in self.actors(b)]
            if len(keys) < 2:
                # "talks between the Chinese and Indian delegations": whose delegations
                keys += [k for b in between if b.lemma_ in _DELEGATION_NOUNS for k in self.owner(b) if k not in keys]
            # "talks between A and B mediated by C", "C hosted talks between A and B": the
            # mediator sits at the table with each party
            keys += [k for k in self._mediators(n, place_tok) if k not in keys]
            if len(keys) >= 2:
                self.emit("CONSULT", keys, [], n, f"noun:{low}-between", mode=mode, status=status,
                          confidence=self._conf(n, 0.6), anchor=gov or n)
            return
        if low in ("call", "calls") and any(c.lower_ == "courtesy" for c in n.children):
            # "paid a courtesy call on Prime Minister X": a visit to X in person
            mode = "meet"
            with_ += [p for c in n.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                      for p in _prep_objects(c)]
        if pair and verb is not None and verb.lemma_ in lx.LIGHT_VERBS and self.subjects(verb) \
                and (with_ or self.objects(verb, ("with",))):
            # "X held a Japan-China Foreign Ministers' Telephone Talk with Y": X and Y talked,
            # the pair and the "Ministers'" only describe the talk
            pair, poss = None, []
        if pair:
            self.emit("CONSULT", pair[:1], pair[1:], n, f"noun:{low}-pair", mode=mode, status=status,
                      confidence=self._conf(n, 0.6), anchor=gov or n)
            return
        # "talks hosted by Lavrov with his Azerbaijani counterpart and Armenia's Mnatsakanyan":
        # the host at the table with those he had
        hosted = [c for c in n.children if c.dep_ == "acl" and c.lemma_ in ("host", "chair") and c.tag_ == "VBN"]
        guests = [k for c in hosted for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "with"
                  for p in _prep_objects(pr) for k in self.actors(p)]
        if guests and not with_ and not poss:
            keys = list(dict.fromkeys([k for c in hosted for a in c.children if a.dep_ == "agent"
                                       for p in _prep_objects(a) for k in self.actors(p)] + guests))
            if len(keys) >= 2:
                self.emit("CONSULT", keys, [], n, f"noun:{low}-hosted", mode=mode, status=status,
                          confidence=self._conf(n, 0.55), anchor=gov or n)
                return
        held_by = verb is not None and verb.lemma_ in lx.LIGHT_VERBS and bool(self.subjects(verb))
        if not with_ and not poss and not held_by:
            mediators = self._mediators(n, place_tok, hosts=False)  # a host of a session is no mediator
            if mediators:
                # "the deal followed negotiations mediated by X": X sat with the parties to the deal
                parties = [k for k in self._settlement_parties(n) if k not in mediators]
                if not parties and place_tok.dep_ == "pobj" and gov is not None and gov.lemma_ in lx.VERBS \
                        and lx.VERBS[gov.lemma_].type == "CONSULT" and low not in _OCCASION_NOUNS:
                    # "A and B have been negotiating in talks brokered by X and Y": those who talk
                    # (not "met at a summit hosted by X", whose host is one of them)
                    parties = [k for k in self.subjects(gov) + self.objects(gov, ("with",)) if k not in mediators]
                if parties and len(mediators) == 1 and not any(a.lower_ in _APART_WORDS for a in n.children):
                    # "after talks mediated by X": the parties sat with each other too, as in
                    # "talks between A and B mediated by X" (three sides, all pairs; with two
                    # mediators all pairs would seat them as sides of each other too)
                    self.emit("CONSULT", mediators + parties, [], n, f"noun:{low}-mediated", mode=mode,
                              status=status, confidence=self._conf(n, 0.5), anchor=gov or n)
                elif parties:  # "indirect talks mediated by X": X with each party, apart
                    self.emit("CONSULT", mediators, parties, n, f"noun:{low}-mediated", mode=mode, status=status,
                              confidence=self._conf(n, 0.5), anchor=gov or n)
                return
        partners = [k for w in with_ for k in self.actors(w)]
        src: list[str] = []
        if poss and poss[0].lower_ in ("their", "his", "her", "its") and gov is not None and self.subjects(gov):
            src = self.subjects(gov)  # "X and Y took steps during their meeting", "X held his first call"
            if verb is not None and n.dep_ == "dobj" and verb.lemma_ in lx.LIGHT_VERBS:
                partners += self.objects(verb, ("with",))
        elif poss:
            src = self.actors(poss[0])
        elif verb is not None and (n.dep_ == "dobj" or counted.dep_ == "dobj" or verb is light) \
                and verb.lemma_ in lx.LIGHT_VERBS:
            src = self.subjects(verb) or (self.subjects(n.head) if verb is light and _conjoined_clause(n, light) else [])
            partners += self.objects(verb, ("with",))
        elif verb is not None and n.dep_ == "dobj" and verb.lemma_ in _LEAVING_VERBS \
                or place_tok.dep_ == "pobj" and place_tok.head.lower_ in ("from", "of") and gov is not None \
                and gov.lemma_ in _LEAVING_VERBS:
            # "shortly after leaving a meeting with X", "emerging from talks with X": one who
            # leaves a meeting was at it
            leaver = gov if verb is None else verb
            src = self.subjects(leaver)
            if not src and leaver.dep_ == "pcomp" and leaver.head.dep_ == "prep":
                # "X was arrested after leaving ...": the one the clause is about left it
                clause = leaver.head.head
                src = [k for c in clause.children if c.dep_ == "nsubjpass" for k in self.actors(c)] or self.subjects(clause)
        elif verb is not None and n.dep_ == "dobj" and verb.lemma_ in ("receive", "get", "take", "accept"):
            # "received a call from X"
            src = self.subjects(verb)
            partners += [k for t in (n, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
                         for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        elif place_tok.dep_ == "pobj" and gov is not None and (
                place_tok.head.lower_ in ("in", "into", "during", "at", "after", "before", "following")
                or place_tok.head.lower_ == "for" and gov.lemma_ in _GATHER_VERBS
                # "followed up with talks with X", "opened the visit with talks with Y"
                or place_tok.head.lower_ == "with" and gov.lemma_ in _OPENING_VERBS and place_tok.head.head.i == gov.i):
            src = self.subjects(gov)  # "arrived in Riyadh for talks with Saudi officials"
            if place_tok.head.lower_ == "during" and gov.dep_ == "xcomp" and (
                    gov.head.lemma_ in lx.ASK_VERBS or gov.head.lemma_ in ("call", "encourage", "tell", "warn")):
                # "A urged B to end the violence during a call with C": A's call, hung by the
                # parse on what B was urged to do
                src = self.subjects(gov.head) or src
        elif n.dep_ == "nsubj" and verb is not None and verb.lemma_ in ("take", "be", "begin", "end", "last", "happen", "occur"):
            src = []
        told_before = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in self._modifiers(n))
        if not partners and (len(src) < 2 or told_before) and gov is not None and low in _GATHERINGS \
                and (self._takes_part(gov, n) or counted.i != n.i and self._takes_part(gov, counted)):
            # "Sharon, who took part in the talks", "Tanzania's president also attended the
            # summit": one more at a gathering told before, with all who were there
            self.join_occasion(n, gov, src or self.subjects(gov))
            return
        if not src and not partners:
            return
        # ("A and B met in New York, at talks hosted by C": the talks the meeting was)
        hosts = [k for k in self._mediators(n, place_tok) if k not in src and k not in partners] \
            if verb is not None and verb.lemma_ in lx.LIGHT_VERBS and verb.lemma_ != "host" \
            or verb is None and place_tok.dep_ == "pobj" and place_tok.head.lower_ in (
                "at", "in", "during", "after", "before", "following") else []
        if hosts and len(set(src + partners)) >= 2:
            # "A and B held talks in Brussels hosted by C": the host sits with each side
            self.emit("CONSULT", list(dict.fromkeys(src + partners + hosts)), [], n, f"noun:{low}-hosted",
                      mode=mode, status=status, confidence=self._conf(n, 0.55), anchor=gov or n)
            return
        if not partners and len(src) < 2:
            return
        convener = len(src) <= 1 or sum(self.ents.drafts[k].type == "Person" for k in src) == 1
        if len(partners) >= 2 and convener and n.tag_ == "NN" and n.lower_ in _JOINT_NOUNS:
            # "during a telephone call with A and B's leaders, C and D": one call, all on the line
            # (but "A and B sat down for a session with C, D and E": two sides across a table; one
            # person and the body he chairs are one side)
            self.emit("CONSULT", list(dict.fromkeys(src + partners)), [], n, f"noun:{low}-joint", mode=mode,
                      status=status, confidence=self._conf(n, 0.55), anchor=gov or n)
            return
        self.emit("CONSULT", src, partners, n, f"noun:{low}", mode=mode, status=status,
                  confidence=self._conf(n, 0.55), anchor=gov or n)

    def _inverted_attendees(self, gov: Token, n: Token) -> list[str]:
        """'Attending the ceremony were X and Y', 'Witnessing the signing were X, Y and Z':
        the sentence opens with the participle and names those present after the occasion."""
        sent = sent_of(gov)
        if gov.i != sent.start or gov.tag_ != "VBG" or not any(
                t.lemma_ == "be" for t in self.doc[n.i + 1:min(sent.end, n.i + 3)]):
            return []
        after = n.right_edge.i
        starts = {m.start for m in self.ents.mentions if m.kind in ("person", "nominal")}
        return list(dict.fromkeys(m.entity for m in self.ents.mentions
                                  if after < m.start < sent.end and m.entity and m.kind in ("person", "org", "nominal")
                                  # ("UN mediator X": X, for the UN)
                                  and not (m.kind == "org" and {m.end, m.end + 1, m.end + 2} & starts)
                                  and self._is_actor(m.entity)))

    def _takes_part(self, gov: Token, n: Token) -> bool:
        """'attended the summit', 'joined the talks', 'took part in the negotiations', 'was
        present at the ceremony', 'co-chaired the mediation'."""
        if gov.lemma_ in _TAKE_PART_VERBS:
            return n.dep_ == "dobj" and n.head.i == gov.i or n.dep_ == "pobj" and n.head.lower_ in ("in", "at") \
                and n.head.head.i == gov.i
        if n.dep_ != "pobj" or n.head.lower_ not in ("in", "at"):
            return False
        if gov.lemma_ == "take":
            return any(c.dep_ == "dobj" and c.lower_ == "part" for c in gov.children)
        if gov.lemma_ == "be":  # "was present at the ceremony", "were among the guests at the ceremony"
            return n.head.head.lower_ == "present" or n.head.head.i == gov.i and any(
                c.dep_ == "prep" and c.lower_ == "among" for c in gov.children)
        return False

    def held_in_honour(self, n: Token) -> bool:
        """'X held a grand welcome ceremony for Y', 'X gave a dinner in honour of Y', 'X hosted
        a reception for Y': X received Y. True when emitted."""
        verb = n.head
        if n.dep_ != "dobj" or verb.lemma_ not in ("hold", "give", "throw", "offer", "organise",
                                                     "organize", "arrange"):
            return False
        guests = [p for c in (*n.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "for"
                  for p in _prep_objects(c)]
        guests += [p for c in (*n.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "in"
                   for h in _prep_objects(c) if h.lemma_ in ("honour", "honor")
                   for o in h.children if o.dep_ == "prep" and o.lower_ == "of" for p in _prep_objects(o)]
        hosts = self.subjects(verb)
        keys = [k for p in guests for x in (p, *p.conjuncts) for k in self.actors(x) if k not in hosts]
        if not hosts or not keys or self.blocked(verb) or self.hypothetical(verb):
            return False
        ev = self.emit("CONSULT", hosts, keys, n, f"noun:{n.lemma_}-in-honour", mode="host",
                       status=self.status(verb), confidence=self._conf(verb, 0.55), anchor=verb)
        return ev is not None

    def ceremony(self, n: Token) -> None:
        """'A and B signed the accord in a ceremony hosted by C': the host sits with the
        signers; 'D and E were among the guests at the ceremony, hosted by C', 'attended the
        ceremony': they join the signing told before, and so does its host."""
        gov = self._governing_verb(n)
        if gov is None:
            return
        hosts = self._mediators(n, n, hosts=True)
        guests = [k for a in n.children if a.dep_ == "acl" and a.lemma_ in _TAKE_PART_VERBS
                  for b in a.children if b.dep_ == "agent" for p in _prep_objects(b)
                  for x in (p, *p.conjuncts) for k in self.actors(x)]
        if guests and n.dep_ == "pobj" and n.head.lower_ in ("in", "at", "during") \
                and not self.blocked(gov) and not self.hypothetical(gov):
            # "A and B signed the accords at a ceremony attended by C and D": C and D saw them sign
            here = sent_of(n).start
            signing = next((ev for ev in reversed(self.out) if ev.type == "AGREE"
                            and sent_of(ev.trigger).start == here and ev.trigger.i < n.i), None)
            if signing is not None:
                occasion = next((o for o in self.occasions if o.event is signing), None)
                if occasion is None:
                    occasion = _Occasion(at=signing.trigger, present=list(dict.fromkeys(signing.source + signing.target)),
                                         event=signing)
                    self.occasions.append(occasion)
                self._join(occasion, n, gov, [k for k in dict.fromkeys(guests + hosts) if self._is_actor(k)])
                return
        if self._takes_part(gov, n):
            joiners = self.subjects(gov) or self._inverted_attendees(gov, n)
            self.join_occasion(n, gov, joiners + [k for k in hosts if k not in joiners])
            return
        if not hosts or n.dep_ != "pobj" or n.head.lower_ not in ("in", "at", "during") \
                or self.blocked(gov) or self.hypothetical(gov):
            return
        here = sent_of(n).start
        signing = next((ev for ev in reversed(self.out) if ev.type == "AGREE"
                        and sent_of(ev.trigger).start == here), None)
        if signing is None:
            return
        own = {self._own_country(k) or k for k in hosts}
        signers = [k for k in dict.fromkeys(signing.source + signing.target)
                   if k not in hosts and (self._own_country(k) or k) not in own]
        if not signers:
            return
        ev = self.emit("CONSULT", hosts, signers, n, "noun:ceremony-hosted", mode="meet",
                       status=self.status(gov), confidence=self._conf(gov, 0.5), anchor=gov)
        if ev is not None:
            self._signers_met(_Occasion(at=signing.trigger, present=signers, event=signing), n, gov)
            self.occasions.append(_Occasion(at=n, present=signers + hosts, event=ev))

    def join_occasion(self, n: Token, verb: Token, joiners: list[str]) -> None:
        """`joiners` were at the gathering `n` tells: a definite one ("the talks") is the
        gathering told last; any other is a new one, that later ones can join."""
        joiners = [k for k in joiners if self._is_actor(k)]
        if not joiners or self.blocked(verb) or self.hypothetical(verb):
            return
        # "the talks", "the January round of talks"
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in self._modifiers(n))
        occasion = self._occasion_before(n) if definite else None
        if occasion is None:
            self.occasions.append(_Occasion(at=n, present=list(joiners)))
            return
        self._join(occasion, n, verb, joiners)

    def attend_told(self, v: Token) -> None:
        """'A and B attended as guarantors, along with C', right after a signing or a meeting
        is told: they were at that gathering."""
        joiners = [k for k in self.subjects(v) + [k for p in _together_with(v) for x in (p, *p.conjuncts)
                                                   for k in self.actors(x)] if self._is_actor(k)]
        if not joiners or self.blocked(v) or self.hypothetical(v):
            return
        occasion = self._occasion_before(v, signing=True)
        also = any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in v.children)
        if occasion is None or sentence_no(self.doc, occasion.at.i) < sentence_no(self.doc, v.i) - 1 and not also:
            return  # only the gathering just told ("X, who also attended": the one the story is about)
        self._join(occasion, v, v, list(dict.fromkeys(joiners)))

    def joint_statement(self, v: Token) -> None:
        """'A, B and C said in a joint declaration that ...', 'A and B issued a joint statement':
        a commitment the authors made together (AGREE among them)."""
        told = [c for c in v.children if c.dep_ == "dobj"] + [
            p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "via") for p in _prep_objects(c)]
        if not any(t.lemma_ in _STATEMENT_NOUNS and any(a.lower_ == "joint" for a in t.children) for t in told):
            return
        subjects = self.subjects(v)
        if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            # "A stood beside B as C and D issued a joint declaration", parsed with "as" a preposition
            # and the clause a conjunct: C and D issued it
            stranded = [p for c in v.head.children if c.dep_ == "prep" and c.lower_ in ("as", "while", "when")
                        and c.i < v.i for p in _prep_objects(c)]
            subjects = [k for p in stranded for k in self.actors(p)] or subjects
        authors = subjects + self._prep_actors([v, *told], ("with",))  # ("issued a joint statement with Y")
        authors = [k for k in dict.fromkeys(authors) if self._is_actor(k)]
        if len(authors) >= 2 and not self.blocked(v) and not self.hypothetical(v) and not self._about_another(v, authors):
            self.emit("AGREE", authors, [], v, f"verb:{v.lemma_}-joint-statement", status=self.status(v),
                      confidence=self._conf(v, 0.55))

    def _about_another(self, v: Token, authors: list[str]) -> bool:
        """Does what v says ('said in a joint statement that ...') name an actor besides its
        authors? Then the statement is a stance the authors take towards that one (told by
        the events of the clause), not a commitment between them."""
        own = set(authors) | self._and_countries(authors)
        said = [c for c in v.children if c.dep_ == "ccomp"]
        return any(k not in own and (self._own_country(k) or k) not in own
                   for c in said for x in c.subtree if (m := self.ents.mention_at(x.i)) is not None
                   and m.start == x.i for k in self.actors(x))

    def look_on(self, v: Token) -> bool:
        """'A and B signed the accord as C and D looked on', 'shook hands while C watched':
        the onlookers were at that signing or meeting, with the people at the table."""
        if not (v.lemma_ == "look" and any(c.dep_ == "prt" and c.lower_ == "on" for c in v.children)
                or v.lemma_ == "watch" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in v.children)):
            return False
        if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in v.children):
            return False
        here = sent_of(v).start
        told = next((ev for ev in reversed(self.out) if sent_of(ev.trigger).start == here and ev.trigger.i < v.i
                     and (ev.type == "AGREE" or ev.type == "CONSULT" and ev.mode == "meet")), None)
        lookers = [k for k in self.subjects(v) if self._is_actor(k)]
        if told is None or not lookers or self.blocked(v) or self.hypothetical(v):
            return bool(lookers)
        occasion = next((o for o in self.occasions if o.event is told), None)
        if occasion is None:
            occasion = _Occasion(at=told.trigger, present=list(dict.fromkeys(told.source + told.target)), event=told)
            self.occasions.append(occasion)
        self._join(occasion, v, v, lookers)
        return True

    def _signers_met(self, occasion: _Occasion, n: Token, verb: Token) -> None:
        """A signing others watched, attended or hosted was done in person: the people who
        signed (for different sides) met there too."""
        signing = occasion.event
        if signing is None or signing.type != "AGREE" or any(j.rule.endswith("-signers") for j in occasion.joined):
            return
        people = [k for k in dict.fromkeys(signing.source + signing.target) if self.ents.drafts[k].type == "Person"]
        sides = [self._own_country(k) or k for k in people]
        if len(people) < 2 or len(set(sides)) < len(sides):
            return
        ev = self.emit("CONSULT", people, [], signing.trigger, f"{signing.rule}-signers", mode="meet",
                       status=signing.status, confidence=self._conf(verb, 0.45), anchor=signing.anchor)
        if ev is not None:
            occasion.joined.append(ev)

    def _join(self, occasion: _Occasion, n: Token, verb: Token, joiners: list[str]) -> None:
        signing = occasion.event is not None and occasion.event.type == "AGREE"
        if signing:
            self._signers_met(occasion, n, verb)
        rule = f"verb:{verb.lemma_}-joined" if n is verb else f"noun:{n.lower_}-joined"
        dated = any(c.ent_type_ == "DATE" for c in self._modifiers(n))
        # a minister at talks with his own leader meets the other side, not his leader: each
        # side of those joining meets those of the other sides
        by_side: dict[str, list[str]] = {}
        for k in joiners:
            by_side.setdefault(self._own_country(k) or k, []).append(k)
        met = None
        for side, members in by_side.items():
            others = [k for k in occasion.present if k not in joiners and (self._own_country(k) or k) != side]
            if signing:  # states that signed are parties on paper: a guest meets the people at the table
                others = [k for k in others if self.ents.drafts[k].type != "Country"]
                people = [k for k in others if self.ents.drafts[k].type == "Person"]
                others = people or others  # (and a movement that signed through its chief, its chief)
            if not others:
                continue
            ev = self.emit("CONSULT", members, others, n, rule, mode="meet",
                           status=self.status(verb), confidence=self._conf(verb, 0.5), anchor=verb)
            if ev is None:
                continue
            occasion.joined.append(ev)
            if occasion.event is not None and not dated:  # ("the January round of talks")
                ev.date_from = occasion.event.anchor or occasion.event.trigger  # the gathering's day
            met = met or ev
        # "A and B were among the guests": the guests of two countries met there too (and
        # when nobody else there is known, the guests are the meeting)
        newcomers = [k for k in joiners if k not in occasion.present]
        sides = [self._own_country(k) for k in newcomers]  # (colleagues of one country are one side)
        if met is None and len(newcomers) >= 2 or met is not None and len(sides) >= 2 and None not in sides \
                and len(set(sides)) == len(sides):
            pair = self.emit("CONSULT", newcomers, [], n, f"{rule}-together" if met else rule, mode="meet",
                             status=self.status(verb), confidence=self._conf(verb, 0.45 if met else 0.5), anchor=verb)
            if pair is not None:
                if met is not None:
                    pair.date_from = met.date_from
                elif occasion.event is not None and not dated:
                    pair.date_from = occasion.event.anchor or occasion.event.trigger
                occasion.joined.append(pair)
        occasion.present += newcomers

    def _occasion_before(self, n: Token, signing: bool | None = None) -> _Occasion | None:
        """The gathering told last before `n`: a meeting of two or more, a gathering noun
        told without its participants ("after nine days of negotiations"), or one somebody
        was said to attend. A meeting set at another gathering ("met on the sidelines of the
        summit") is not that gathering."""
        start = sent_of(n).start
        best: _Occasion | None = None
        if signing is None:
            signing = n.lower_ in ("ceremony", "signing")  # whose guests see the signers sign
        signed_only = n.lower_ == "signing"  # "witnessed the signing": the deal signed, not a meeting
        for ev in reversed(self.out):
            if (ev.type == "CONSULT" and ev.mode in ("meet", "host") and not signed_only or signing and ev.type == "AGREE") \
                    and ev.trigger.i < start and len(set(ev.source + ev.target)) >= 2:
                elsewhere = any(t.lemma_ == n.lemma_ and t.i != ev.trigger.i for t in sent_of(ev.trigger))
                if not elsewhere:
                    best = next((o for o in self.occasions if o.event is ev or any(j is ev for j in o.joined)),
                                None) or _Occasion(
                        at=ev.trigger, present=list(dict.fromkeys(ev.source + ev.target)), event=ev)
                break
        told = next((o for o in reversed(self.occasions) if o.at.i < n.i), None)
        if told is not None and (best is None or told.at.i > best.at.i):
            best = told
        for t in reversed(self.doc[:start]):
            if best is not None and (t.i <= best.at.i or sent_of(t).start == sent_of(best.at).start):
                break  # ("A and B shook hands at the start of talks": the talks are that meeting)
            if t.lower_ in _GATHERINGS and t.dep_ != "compound" and not any(
                    c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children):
                # a gathering told without who was there, after the last one: a new one
                self.occasions.append(_Occasion(at=t, present=[]))
                return self.occasions[-1]
        if best is not None and best.event is not None and best not in self.occasions:
            self.occasions.append(best)
        return best

    def _stranded_partner(self, first: Token) -> list[Token]:
        """'between A and U.S. Secretary of State B lasted ...' parsed with B as the verb's
        subject: the 'and' hangs on A with nothing joined to it; the partner is the name that
        follows it."""
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if cc is None or any(c.dep_ == "conj" for c in first.children):
            return []
        j = cc.i + 1
        while j < len(self.doc) and (self.doc[j].pos_ == "PROPN" or self.doc[j].lower_ in ("of", "the")) \
                and not self.doc[j].is_sent_start:
            j += 1
        return [self.doc[j - 1]] if j > cc.i + 1 and self.doc[j - 1].pos_ == "PROPN" else []

    def in_solidarity(self, n: Token) -> None:
        """'X did Y in solidarity with Z', 'as a gesture of support for Z': X backs Z."""
        gov = self._governing_verb(n)
        if self.not_done(gov):
            return
        src = self.subjects(gov)
        preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("with", "for")
                 or c.dep_ == "prep" and c.lower_ == "of" and n.lower_ == "support"]
        preps = preps or [c for c in gov.children if c.dep_ == "prep" and c.lower_ == "with" and c.i == n.i + 1]
        tgt = [k for c in preps for p in _prep_objects(c) for k in self._place_or_actor(p) if k not in src]
        self.emit("SUPPORT", src, tgt, n, f"noun:in-{n.lower_}", status=self.status(gov),
                  confidence=self._conf(gov, 0.55), anchor=gov)

    def funds_for(self, v: Token) -> bool:
        """'assembled a rescue package of nearly $50 billion for Mexico', 'would raise its
        standby credit for Mexico', 'will provide 150 million euros in budget support to
        Tunisia': money put up for a state is aid to it."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        money = [o for o in objs if any(x.ent_type_ == "MONEY" or x.lemma_ in _MONEY_WORDS
                                         or x.lemma_ in _FUNDS_NOUNS for x in o.subtree)]
        if not money:
            return False
        src = self.subjects(v)
        to = [p for t in (v, *(x for o in money for x in o.subtree)) for c in t.children
              if c.dep_ == "prep" and c.lower_ in ("to", "for") and (t.i == v.i or c.i > money[0].i)
              for p in _prep_objects(c)]
        to += [c for c in v.children if c.dep_ == "dative"]  # "offered Turkey 3 billion euros"
        tgt = self._other_side([k for p in to for x in (p, *p.conjuncts) for k in self.actors(x)
                                if self.ents.drafts[k].type == "Country"], src)
        if not src or not tgt or self.not_done(v):
            return False
        self.emit("AID", src, tgt, v, f"verb:{v.lemma_}-funds", status=self.status(v), confidence=self._conf(v, 0.55))
        return True

    def wanted_of(self, v: Token) -> bool:
        """'ASEAN wants Cambodia to hold the elections', 'Turkey expects the EU to deliver on its
        side of the bargain': what one state says it wants another to do, it asks of it."""
        done = [c for c in v.children if c.dep_ in ("ccomp", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if any(c.lemma_ in _TAKE_PART_VERBS or c.lemma_ == "take" and any(
                x.lower_ == "part" for x in c.children) for c in done):
            return False  # "had wanted Turkey to take part in the talks": who sits at a table, asked of none
        asked = [x for c in done for x in c.children if x.dep_ == "nsubj"]
        asked += [c for c in v.children if c.dep_ == "dobj"] if done else []
        src = self.subjects(v)
        if not asked or not src or any(c.dep_ == "neg" for c in v.children) or self.blocked(v) or self.hypothetical(v):
            return False
        tgt = self._other_side([k for x in asked for k in self.actors(x)], src)
        if not tgt:
            return False
        self.emit("REQUEST", src, tgt, v, f"verb:{v.lemma_}-to", status=self.status(v), confidence=self._conf(v, 0.5))
        return True

    def handed_control(self, v: Token) -> bool:
        """'handed control of the waterway to Panama', 'transferred sovereignty over Hong Kong
        to China', 'ceded the territory to Chile': a concession to the state that receives it."""
        given = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in _CONTROL_NOUNS]
        if not given:
            return False
        src = self.subjects(v)
        if self.not_done(v):
            return True
        to = [p for t in (v, *given, *(x for g in given for x in g.subtree if x.dep_ == "pobj"))
              for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_objects(c)]
        to += [c for c in v.children if c.dep_ == "dative"]
        tgt = self._other_side([k for p in to for x in (p, *p.conjuncts) for k in self._place_or_actor(x)], src)
        if src and tgt:
            self.emit("CONCEDE", src, tgt, v, f"verb:{v.lemma_}-control", status=self.status(v),
                      confidence=self._conf(v, 0.6))
        return True

    def visa_denied(self, v: Token) -> bool:
        """'denying him a visa', 'denied X a visa', 'denied entry to A and B': a state keeps a
        person out, a sanction on him (not the refusal of a request)."""
        kept_out = [c for c in v.children if c.dep_ in ("dobj", "appos") and c.lemma_ in _ENTRY_NOUNS] + [
            a for c in v.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos" and a.lemma_ in _ENTRY_NOUNS]
        if not kept_out:
            return False
        src = self.subjects(v)
        whom = [c for c in v.children if c.dep_ == "dative" or c.dep_ == "dobj" and c.lemma_ not in _ENTRY_NOUNS]
        top = v.head
        while v.dep_ == "advcl" and top.dep_ in ("ccomp", "xcomp") and top.head.i != top.i:
            top = top.head
        if top.i != v.head.i:
            # "X declined to let Y join the trip, refusing him a visa": the parse hangs the
            # closing clause on what Y was not let do; X refused, and "him" is Y
            src = self.subjects(top)
            let_in = [c for c in v.head.children if c.dep_ == "nsubj" and self.actors(c)]
            if let_in and all(w.pos_ == "PRON" for w in whom):
                whom = let_in
        if not src or self.not_done(v):
            return True
        whom += [p for c in [*v.children, *(x for k in kept_out for x in k.children)]
                 if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_objects(c)]
        if any(w.lemma_ in _DELEGATION_NOUNS for w in whom):
            return False  # "refused entry to a delegation from X": a visit rebuffed (the refusal's own rule)
        tgt = [k for w in whom for x in (w, *w.conjuncts, *(a for a in w.children if a.dep_ == "appos"))
               for k in self.actors(x) if k not in src]
        if tgt:
            self.emit("SANCTION", src, tgt, v, f"verb:{v.lemma_}-visa", status=self.status(v),
                      confidence=self._conf(v, 0.6))
        return True

    def declared_void(self, v: Token) -> bool:
        """'Ecuador declared the 1942 protocol with Peru null', 'the Polisario declared the truce
        void': a party renounces its pact, a rejection of the other parties."""
        # (the parse may make the pact the subject of the word: "declared [the truce void]")
        said = [c for c in v.children if c.dep_ == "dobj"] + [
            x for c in v.children if c.dep_ in ("ccomp", "oprd", "xcomp") for x in c.children if x.dep_ == "nsubj"]
        pacts = _DEAL_NOUNS | lx.AGREEMENT_NOUNS
        # (or the word its object: "declared [the protocol null]" read as one noun)
        said += [x for c in v.children if c.dep_ in ("dobj", "ccomp", "oprd") and c.lower_ in _VOID_WORDS
                 for x in c.children if x.dep_ == "compound"]
        deals = [c for c in said if {c.lemma_.lower(), c.lower_} & pacts]
        wh = next((c for c in said if c.lower_ in ("which", "that") and v.dep_ == "relcl"), None)
        if wh is not None and not deals:
            # "its accord with Greece, which Turkey called null and void" (the parse may hang the
            # clause on Greece): the pact named just before
            deals = [t for t in reversed(self.doc[max(sent_of(v).start, wh.i - 6):wh.i])
                     if {t.lemma_.lower(), t.lower_} & pacts][:1]
        if not deals or not any(x.lower_ in _VOID_WORDS for x in v.subtree if x.i > v.i or x.i > deals[0].i):
            return False
        src = self.subjects(v)
        if not src or self.not_done(v):
            return True
        deal = deals[0]
        parties = [k for c in deal.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                   for p in _prep_objects(c) for x in p.subtree for k in self.actors(x)]
        if parties:
            # "Egypt's accord with Greece" (a pronoun's owner is the parse's guess)
            parties += [k for c in deal.children if c.dep_ == "poss" and c.pos_ != "PRON" for k in self.actors(c)]
        else:
            # "the truce": the subject's pact told last (a few sentences before, else anywhere before)
            lo = self._sentences_back(v.i, 5)
            theirs = [ev for ev in reversed(self.out) if ev.type == "AGREE" and ev.trigger.i < v.i
                      and set(ev.source + ev.target) & set(src)]
            ev = next((ev for ev in theirs if ev.trigger.i >= lo), theirs[0] if theirs else None)
            parties = ev.source + ev.target if ev is not None else []
        others = self._other_side(parties, src)
        if others:
            self.emit("REJECT", src, others, v, f"verb:{v.lemma_}-void", status=self.status(v),
                      confidence=self._conf(v, 0.55))
        return True

    def addressed_on_the_line(self, n: Token) -> bool:
        """'X warned Y in a phone call', 'thanked Y over the phone', 'urged Y during a video
        call': X and Y spoke (whatever else X did to Y); a call with someone named is the noun's
        own ('warned Y in a call with Z')."""
        line = n.lower_ in ("phone", "telephone") or n.lemma_ in ("call", "conversation") and any(
            c.lower_ in ("phone", "telephone", "video") for c in n.children)
        gov = n.head.head
        if gov.dep_ == "pobj" and gov.head.head.pos_ == "VERB":
            gov = gov.head.head  # "thanked Y for his help in a phone call": the parse hangs it on the help
        elif gov.dep_ == "dobj":
            gov = gov.head  # "assured Y over the phone": or on Y
        if not line or gov.pos_ != "VERB" or gov.lemma_ not in _ADDRESSING_VERBS \
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children):
            return False
        if self.not_done(gov):
            return True
        src = self.subjects(gov)
        addressed = [k for c in gov.children if c.dep_ == "dobj" and not _an_audience(c)
                     for x in (c, *c.conjuncts) for k in self.actors(x)]  # (not "told the channel X")
        if src and addressed:
            mode = "virtual" if any(c.lower_ == "video" for c in n.children) else "call"
            self.emit("CONSULT", src, [k for k in addressed if k not in src], n, f"noun:{n.lemma_}-addressed",
                      mode=mode, status=self.status(gov), confidence=self._conf(gov, 0.55), anchor=gov)
        return True

    def in_protest(self, n: Token) -> None:
        """'X did Y in protest at a statement by Z', 'in protest against Z's decision': X
        accuses Z (whatever X did besides)."""
        gov = self._governing_verb(n)
        if self.not_done(gov):
            return
        src = self.subjects(gov)
        tgt = [k for c in [*n.children, *gov.children] if c.dep_ == "prep" and c.lower_ in ("at", "against", "over")
               for p in _prep_objects(c) for k in self.actors(p) or self.owner(p) or self._deed_owner(p)]
        self.emit("ACCUSE", src, [k for k in tgt if k not in src], n, "noun:in-protest", status=self.status(gov),
                  confidence=self._conf(gov, 0.55), anchor=gov)

    def at_request(self, n: Token) -> None:
        """'spoke with Putin at Zelensky's request', 'visited at the invitation of X':
        X asked the subject to do it."""
        gov = n.head.head
        if gov.pos_ not in ("VERB", "AUX") or self.blocked(gov):
            return
        asker = self._requester(n)
        asker += [k for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        doers = self.subjects(gov)
        if not doers and gov.lemma_ in _BROUGHT_IN_VERBS:
            # "X and Y were drawn into the dispute at the request of Z": Z asked for them
            doers = self.patients(gov)
        self.emit("REQUEST", list(dict.fromkeys(asker)), doers, n, f"noun:at-{n.lower_}",
                  confidence=self._conf(n, 0.6), anchor=gov)

    def _gathering_hosts(self, v: Token) -> list[str]:
        """'The SCO gathering, hosted by X, brought together A and B': X was there too."""
        return [k for c in v.children if c.dep_ == "nsubj" for k in self._mediators(c, c)]

    def _mediators(self, n: Token, held: Token, hosts: bool = True) -> list[str]:
        """Who mediated, brokered or hosted the talks: 'talks mediated by X and Y',
        'X hosted a year of negotiations'."""
        out: list[str] = []
        verbs = [c for c in n.children if c.dep_ == "acl" and c.lemma_ in _MEDIATE_VERBS]
        # "talks in Brussels on Sunday hosted by X": the parse hangs the clause on the last noun
        verbs += [c for p in n.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  for c in o.children if c.dep_ == "acl" and c.lemma_ in _MEDIATE_VERBS and c.tag_ == "VBN"]
        if n.dep_ in ("nsubj", "nsubjpass") and n.head.lemma_ in _MEDIATE_VERBS:
            verbs.append(n.head)  # the parse may make 'talks ... mediated by X ended' a clause
        if n.dep_ == "dobj":  # "held a meeting with Y in February, also hosted by X": the parse hangs it on the verb
            verbs += [c for c in n.head.children
                      if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_ in _MEDIATE_VERBS]
        if not hosts:  # "a lunch co-hosted by X": a host, not a go-between
            verbs = [c for c in verbs if c.lemma_ != "host"]
        for c in verbs:
            agents = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            out += [k for p in agents for k in self.actors(p)]
            # "mediated by X, together with Y" (the parse hangs 'together with' on any word around)
            gov = self._governing_verb(n)
            for h in [c, n] + ([gov] if gov is not None and agents else []):
                out += [k for p in _together_with(h) if not agents or p.i > agents[0].i
                        for x in (p, *p.conjuncts) for k in self.actors(x) if k not in out]
        if held.dep_ == "dobj" and held.head.lemma_ in _MEDIATE_VERBS and (hosts or held.head.lemma_ != "host"):
            out += self.subjects(held.head)
        return out

    def _settlement_parties(self, at: Token) -> list[str]:
        """The parties to the agreement told last, in this sentence or the four before ("the
        deal followed weeks of talks mediated by X" a paragraph after the deal)."""
        lo = self._sentences_back(at.i, 4)
        for ev in reversed(self.out):
            if ev.type == "AGREE" and lo <= ev.trigger.i and sent_of(ev.trigger).start <= sent_of(at).start:
                return list(dict.fromkeys(ev.source + ev.target))
        return []

    def _modifiers(self, n: Token) -> tuple[Token, ...]:
        """The words hung on a noun and on the quantity it stands in ("the January round of talks")."""
        return (*n.children, *self._quantity_of(n).children)

    def _quantity_of(self, n: Token) -> Token:
        """'four hours of talks', 'two rounds of talks', 'at the start of talks': the quantity
        (or the part) stands in the clause."""
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_ in _COUNTED_PARTS:
            n = n.head.head  # ("at the end of two days of talks": both)
        return n

    def agreement_noun(self, n: Token) -> None:
        """'the agreement between X and Y', 'the US-India deal', "X's pact with Y": an
        agreement between the two (signed, reached or in force; planned when only sought)."""
        gov = self._governing_verb(n)
        if gov is not None and (self.blocked(gov) or self.hypothetical(gov)):
            return
        if any(c.lower_ in _HYPOTHETICAL for c in n.children) or self._wished(n, gov):
            return
        if n.dep_ == "dobj" and n.head.lemma_ in lx.VERBS and lx.VERBS[n.head.lemma_].type == "AGREE":
            return  # "signed a deal with X": the verb says it
        if n.dep_ == "dobj" and n.head.lemma_ in ("announce", "unveil", "conclude", "seal", "finalise",
                                                  "finalize", "ink", "clinch", "strike", "hammer", "initial") \
                and not any(c.dep_ == "prep" and c.lower_ == "between" for c in n.children):
            # (not "Qatar and Egypt announced a truce between Israel and Hamas": its parties say who)
            # "the two leaders announced a series of agreements"
            v = n.head
            if self.blocked(v) or self.hypothetical(v):
                return
            subj = list(dict.fromkeys(self.subjects(v)))
            withs = [k for k in dict.fromkeys(self.objects(v, ("with",))) if k not in subj]
            named = [x for c in v.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)]
            if not withs and len(named) < len(subj):
                subj, withs = subj[:1], subj[1:]  # "Iran and six world powers struck an agreement": two sides
            # "A announced a deal with B"; "A, B and C unveiled a partnership": all three are party
            if subj and withs or len(subj) >= 2:
                self.emit("AGREE", subj, withs, v, f"verb:{v.lemma_}-{n.lower_}",
                          status=self.status(v), confidence=self._conf(v, 0.6))
            return
        if n.dep_ == "nsubjpass" and n.head.lemma_ in ("announce", "unveil", "conclude", "seal", "finalise",
                                                       "finalize", "clinch", "strike", "initial", "ink"):
            # "The pact was unveiled on Wednesday by Biden, Morrison and Johnson"
            v = n.head
            parties = list(dict.fromkeys(k for a in v.children if a.dep_ == "agent"
                                         for p in a.children if p.dep_ == "pobj" for k in self.actors(p)))
            if len(parties) >= 2 and not self.blocked(v) and not self.hypothetical(v):
                self.emit("AGREE", parties, [], v, f"verb:{v.lemma_}-{n.lower_}-by",
                          status=self.status(v), confidence=self._conf(v, 0.6))
                return
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "dobj" \
                and n.head.head.lemma_ in ("series", "number", "raft", "set", "package", "host", "slew"):
            return self.agreement_noun_of(n)
        # "the deal signed on Saturday between A and B", "the accord, signed in Doha by A and B"
        holders = [n] + ([n.head.head] if n.dep_ == "pobj" and n.head.lower_ == "of" else [])  # "part of the deal signed"
        signed = [c for h in holders for c in h.children if c.dep_ in ("acl", "relcl") and c.lemma_ in _SEAL_VERBS
                  and c.tag_ in ("VBN", "VBD") and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
        between = [p for t in [n, *signed] for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj"]
        signers = [k for c in signed for a in c.children if a.dep_ == "agent" and a.lower_ == "by"
                   for p in a.children if p.dep_ == "pobj" for k in self.actors(p)]
        keys: list[str] = []
        rule = f"noun:{n.lower_}"
        if len(set(signers)) >= 2 and not between:
            keys = signers
            rule += "-signed-by"
        elif between:
            keys = [k for b in between for k in self.actors(b)]
            rule += "-between"
        elif self._hyphen_pair(n):
            keys = self._hyphen_pair(n)
            rule += "-pair"
        else:
            poss = [c for c in n.children if c.dep_ == "poss"]
            with_ = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj"]
            if poss and with_:
                keys = self.actors(poss[0]) + [k for w in with_ for k in self.actors(w)]
        keys = list(dict.fromkeys(keys))
        if len(keys) < 2 or any(c.dep_ == "det" and c.lower_ == "no" for c in n.children):
            return  # ("no agreement was reached between A and B": none was)
        status = self.status(gov) if gov is not None else "occurred"
        if any(c.dep_ == "amod" and c.lower_ in lx.PLANNED_WORDS for c in n.children) or \
                gov is not None and (gov.lemma_ in ("negotiate", "discuss", "propose", "draft", "pursue",
                                                    "consider", "push", "seek", "mediate")
                                     or gov.lemma_ == "broker" and gov.tag_ not in ("VBD", "VBN")):
            status = "planned"
        self.emit("AGREE", keys[:1], keys[1:], n, rule, status=status, confidence=self._conf(n, 0.55),
                  anchor=signed[0] if signed else gov or n)  # "signed a day earlier": its own time

    def endorsed_by_all(self, n: Token) -> bool:
        """'the summit's final declaration, endorsed by all the leaders present', 'all the
        leaders present signed the communique': a text everyone at the gathering agreed to
        (AGREE among all who were there)."""
        if n.dep_ == "dobj" and n.head.lemma_ in _ENDORSE_VERBS:
            v = n.head
            who = [c for c in v.children if c.dep_ == "nsubj"]
        else:
            v = next((c for c in n.children if c.dep_ == "acl" and c.lemma_ in _ENDORSE_VERBS and c.tag_ == "VBN"), None)
            who = [p for a in (v.children if v is not None else ()) if a.dep_ == "agent" for p in _prep_objects(a)]
        if v is None or not who or not _everyone(who[0]) or self.blocked(v) or self.hypothetical(v):
            return False
        occasion = self._occasion_before(n)
        present = [k for k in dict.fromkeys(occasion.present + [k for ev in occasion.joined for k in ev.source + ev.target])
                   if self._is_actor(k)] if occasion is not None else []
        if len(present) < 2:
            return False
        self.emit("AGREE", present, [], v, f"verb:{v.lemma_}-{n.lower_}-by-all", status=self.status(v),
                  confidence=self._conf(v, 0.5))
        return True

    def agreement_noun_of(self, n: Token) -> None:
        """'announced a series of agreements': the quantity noun is the verb's object."""
        v = n.head.head.head
        if v.pos_ not in ("VERB", "AUX") or self.blocked(v) or self.hypothetical(v):
            return
        if v.lemma_ not in ("announce", "unveil", "conclude", "seal", "finalise", "finalize", "ink", "clinch",
                            "strike", "sign", "reach"):
            return
        parties = list(dict.fromkeys(self.subjects(v) + self.objects(v, ("with",))))
        if len(parties) >= 2:
            self.emit("AGREE", parties[:1], parties[1:], v, f"verb:{v.lemma_}-{n.lower_}",
                      status=self.status(v), confidence=self._conf(v, 0.6))

    def _wished(self, n: Token, gov: Token | None) -> bool:
        """'an interest in more talks', 'hopes for a summit': the event is only wanted."""
        t = n
        for _ in range(4):
            if t.head.i == t.i or gov is not None and t.head.i == gov.i or gov is None and t.head.pos_ in ("VERB", "AUX"):
                return False
            below, t = t, t.head
            if t.lemma_.lower() in lx.WISH_NOUNS or t.lower_ in lx.WISH_NOUNS:
                # ("raising the idea in phone calls with X": a wish is "in" talks only as an interest)
                return not (below.dep_ == "prep" and below.lower_ == "in" and t.lemma_ != "interest")
        return False

    def _hyphen_pair(self, n: Token) -> list[str]:
        """'Biden-Xi phone call', 'US-China talks': two actors joined by a hyphen in front."""
        mods = [c for c in n.children if c.dep_ in ("compound", "nmod", "amod") and c.i < n.i]
        toks = []
        for c in mods:
            toks += [t for t in c.subtree]
        if not any(t.text in ("-", "\u2013") for t in toks):
            return []
        keys = []
        for t in sorted(toks, key=lambda t: t.i):
            for k in self._actor(t, None):
                if k not in keys:
                    keys.append(k)
        return keys if len(keys) == 2 else []

    def _governing_verb(self, n: Token) -> Token | None:
        t = n
        for _ in range(4):
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return _held_under_label(n) or t
            if t.head is t:
                return t if t.pos_ in ("VERB", "AUX") else None
        return None

    def assault_noun(self, n: Token, type_: str = "ASSAULT") -> None:
        """"Russia's war in Ukraine", "the Russian invasion of Ukraine"; with COERCE,
        "Russia's blockade of Ukraine's ports"."""
        src = []
        for c in n.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                src += self.actors(c) or [k for x in c.children if x.dep_ in ("compound", "amod", "poss")
                                          for k in self.actors(x)]  # "army air strikes"
        if not src and n.dep_ == "dobj" and n.head.lemma_ in ("fight", "wage", "launch", "start", "begin", "mount") \
                and not self.blocked(n.head) and not self.hypothetical(n.head):
            src = self.subjects(n.head)  # "X fought a war against Y", "X launched an offensive on Y"
        claimed = type_ == "ASSAULT" and not src and self._claimed_by(n)
        if claimed:
            src = claimed  # "X claimed responsibility for the attack", "an attack claimed by X"
        tgt = [k for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "against", "of")
               for p in c.children if p.dep_ == "pobj" for k in self._place_or_actor(p)
               or (self.owner(p) if c.lower_ in ("on", "against") or type_ != "ASSAULT" else [])]
        if claimed and not tgt:
            # "the bombing, which killed 30 Iranian pilgrims"; "a car bomb killed 12 Pakistani
            # soldiers, an attack claimed by X": whom the deed it names struck
            deeds = [c for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_ in _HARM_VERBS]
            if n.dep_ in ("npadvmod", "appos") and n.head.pos_ == "VERB" and n.head.lemma_ in _HARM_VERBS:
                deeds.append(n.head)
            tgt = [k for d in deeds for o in d.children if o.dep_ in ("dobj", "nsubjpass")
                   for k in self.actors(o) or self.owner(o) if k not in src]
        gov = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "with" else n.head if n.dep_ == "dobj" else None
        if type_ == "ASSAULT" and gov is not None and gov.pos_ == "VERB" and gov.lemma_ in (
                "respond", "retaliate", "carry", "conduct", "launch", "mount", "hit", "strike") \
                and not self.blocked(gov) and not self.hypothetical(gov):
            # "responded with air strikes on what it called a camp in Pakistan", "carried out
            # strikes on what it called hideouts inside Iran": the parse hangs the aim on the verb
            src = src or self.subjects(gov)
            if not tgt:
                aims = [x for c in gov.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "in", "inside")
                        for x in c.children if x.dep_ in ("pobj", "pcomp")]
                for a in aims:
                    called = [a] if a.dep_ == "pcomp" and a.lemma_ == "call" else []
                    places = [o for v2 in called for o in v2.children if o.dep_ in ("oprd", "attr", "dobj")
                              and o.lower_ != "what"]
                    places += [p for v2 in called for pr in v2.children if pr.dep_ == "prep"
                               and pr.lower_ in ("in", "inside", "near") for p in _prep_objects(pr)]
                    places += [p for o in list(places) for pr in o.children if pr.dep_ == "prep"
                               and pr.lower_ in ("in", "inside") for p in _prep_objects(pr)]  # "hideouts inside Iraq"
                    for pl in places or [a]:
                        tgt += [k for k in self._place_or_actor(pl) or self._actor_across(pl) or self.owner(pl)
                                if k not in src]
        if src and tgt:  # "strikes on RSF positions", "the blockade of Ukraine's ports"
            self.emit(type_, src, tgt, n, f"noun:{n.lower_}", confidence=self._conf(n, 0.5))

    def _claimed_by(self, n: Token) -> list[str]:
        """Who owns up to an attack: "X claimed responsibility for the bombing", "an attack
        claimed by X"."""
        if n.dep_ == "pobj" and n.head.lower_ == "for":
            claim = n.head.head
            if claim.lemma_ in ("claim", "accept", "admit") and any(
                    c.dep_ == "dobj" and c.lemma_ in ("responsibility", "credit") for c in claim.children) \
                    and not self.blocked(claim) and not self.hypothetical(claim):
                return self.subjects(claim)
            if claim.lemma_ in ("responsibility", "credit") and claim.head.lemma_ in ("claim", "accept", "admit") \
                    and not self.blocked(claim.head) and not self.hypothetical(claim.head):
                return self.subjects(claim.head)
        return [k for c in n.children if c.dep_ == "acl" and c.lemma_ == "claim" and c.tag_ == "VBN"
                for a in c.children if a.dep_ == "agent" for p in _prep_objects(a) for k in self.actors(p)]

    def war_between(self, n: Token) -> None:
        """'a war between A and B', 'clashes between A and B': ASSAULT both ways."""
        gov = self._governing_verb(n)
        # a war told as a cause or a past ("never recovered from the war") was fought; one to
        # be avoided or feared was not
        if gov is not None and (self.hypothetical(gov) or _is(gov, _AVERT_VERBS)) or self._wished(n, gov):
            return
        if gov is not None and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will")
                                   for c in gov.children):
            return  # "a war between A and B would be catastrophic"
        if any(c.dep_ == "amod" and c.lower_ in lx.PLANNED_WORDS for c in n.children):
            return
        if n.dep_ == "pobj" and n.head.lower_ in ("of", "to") and n.head.head.lower_ in _UNFOUGHT_WAR_HEADS:
            return
        keys = list(dict.fromkeys(k for c in n.children if c.dep_ == "prep" and c.lower_ == "between"
                                  for p in c.children if p.dep_ == "pobj" for k in self.actors(p)))
        if len(keys) != 2:
            return
        for a in keys:
            self.emit("ASSAULT", [a], [b for b in keys if b != a], n, f"noun:{n.lower_}-between",
                      confidence=self._conf(n, 0.5), anchor=gov)

    def _place_or_actor(self, t: Token) -> list[str]:
        keys = self.actors(t)
        if keys:
            return keys
        m = self.ents.mention_at(t.i)
        if m is not None and m.kind == "capital" and m.iso3:
            return [self.ents.country(m.iso3).key]
        if m is None and t.lemma_ in _SETTLEMENTS:
            return self._settlement_country(t)  # "the Cambodian capital"
        return []

    def _settlement_country(self, t: Token) -> list[str]:
        """'the Japanese capital', 'the Ukrainian port city': the country whose soil it is."""
        return [self.ents.country(mm.iso3).key for x in t.children if x.dep_ in ("amod", "compound", "nmod", "poss")
                and (mm := self.ents.mention_at(x.i)) is not None and mm.iso3 and mm.kind in ("demonym", "country")][:1]

    def _addressee(self, t: Token) -> list[str]:
        """Whom a protest or a warning handed to `t` is for: a state through its embassy ("lodged a
        protest with the Chinese embassy", "delivered a note to the embassy of Japan")."""
        m = self.ents.mention_at(t.i)
        if m is not None and m.kind == "place" and m.source == "body" and m.iso3 and t.lemma_ in _MISSION_NOUNS:
            return [self.ents.country(m.iso3).key]
        keys = self._place_or_actor(t)
        return list(dict.fromkeys(
            self.ents.country(d.country).key if (d := self.ents.drafts[k]).type == "Organization" and d.country
            and (d.ref or "").endswith("-embassy") else k for k in keys))

    def accuse_noun(self, n: Token) -> None:
        """'US allegations that Beijing is spying', 'allegations from X against Y'."""
        src = []
        for c in n.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                src += self.actors(c)
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                src += [k for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
        tgt = [k for c in n.children if c.dep_ == "prep" and (c.lower_ == "against" or c.lower_ == "of" and n.lower_ in (
                   "condemnation", "criticism", "denunciation", "censure"))
               for p in c.children if p.dep_ == "pobj" for k in self.actors(p) or (self.owner(p) if c.lower_ == "of" else [])]
        if not tgt:
            for c in n.subtree:
                # the parse may read the 'that' of "accusations that X ..." as an adverb
                # ... or as the object of a clause that has an object of its own
                if c.dep_ in ("acl", "ccomp", "relcl") and any(
                        x.lower_ == "that" and x.i < c.i and (x.dep_ in ("mark", "advmod") or x.dep_ == "dobj" and any(
                            y.dep_ == "dobj" and y.i > c.i for y in c.children)) for x in c.children):
                    tgt = [k for s in c.children if s.dep_ in ("nsubj",) for k in self.actors(s)]
                    break
        if n.dep_ == "dobj" and n.head.lemma_ in ("draw", "prompt", "provoke", "trigger", "spark", "attract",
                                                  "earn", "bring", "meet", "face", "incur"):
            # "X's move drew a rebuke from Y", "drawing criticism from Y": Y accuses X
            if self.blocked(n.head) or self.hypothetical(n.head):
                return
            src = src or [k for c in n.head.children if c.dep_ == "prep" and c.lower_ == "from"
                          for p in c.children if p.dep_ == "pobj" for k in self.actors(p)]
            tgt = [k for k in self.subjects(n.head) if k not in src]
            if not tgt:
                tgt = [k for c in n.head.children if c.dep_ == "nsubj" for k in self.owner(c)]
            if n.head.lemma_ in ("face", "incur", "meet"):
                tgt = self.subjects(n.head)
            self.emit("ACCUSE", src, tgt, n, f"noun:{n.lower_}", confidence=self._conf(n, 0.5), anchor=n.head)
            return
        if src and tgt:
            self.emit("ACCUSE", src, tgt, n, f"noun:{n.lower_}", confidence=self._conf(n, 0.5))

    # ----------------------------------------------------------- places
    def _place_key(self, t: Token) -> str | None:
        m = self.ents.mention_at(t.i)
        if m is None:
            return None
        if m.kind == "place":
            return m.entity
        if m.kind == "capital":
            return self.ents.place(m.text).key if m.entity is None or self.ents.drafts[m.entity].type != "Place" else m.entity
        if m.kind == "country":
            return m.entity
        return None

    def _location_of(self, t: Token, depth: int = 0) -> str | None:
        """A place in an 'in'/'at' phrase of the trigger, also through 'on the sidelines
        of the summit in Bali'."""
        if depth > 3:
            return None
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        k = self._place_key(p)
                        if k:
                            return k
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "at", "in", "of", "during"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                        k = self._location_of(p, depth + 1)
                        if k:
                            return k
        return None


def find_events(doc: Doc, ents: Entities) -> tuple[list[RawEvent], "_Finder"]:
    f = _Finder(doc, ents)
    events = f.run()
    for ev in events:
        if ev.location is None:
            ev.location = f._location_of(ev.trigger) or (f._location_of(ev.anchor) if ev.anchor is not None else None)
    return events, f
