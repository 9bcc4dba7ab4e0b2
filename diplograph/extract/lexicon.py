"""Trigger words -> PLOVER types (see ../shared/eval/FORMAT.md).

A verb entry gives the type, the CONSULT mode, and the prepositions that introduce the
other party ("meet with", "travel to", "appeal to"). Nouns name events ("talks",
"meeting", "visit") and the things that are requested, rejected or accepted.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Verb", "VERBS", "PHRASAL", "EVENT_NOUNS", "LIGHT_VERBS", "REQUEST_NOUNS", "TRIP_NOUNS",
    "AGREEMENT_NOUNS", "AID_NOUNS", "ASSAULT_NOUNS", "ACCUSE_NOUNS", "SANCTION_NOUNS",
    "WISH_VERBS", "WISH_NOUNS", "PLAN_VERBS", "ASK_VERBS", "REFUSE_VERBS", "CANCEL_VERBS", "BARB_NOUNS",
    "VIRTUAL_WORDS", "PHONE_WORDS", "TRIGGER_WORDS", "PLANNED_WORDS", "CLAIM_NOUNS",
    "WEAPON_NOUNS", "AID_GIVING_VERBS", "JOINT_NOUNS", "TRADE_NOUNS",
]


@dataclass(frozen=True)
class Verb:
    type: str
    mode: str | None = None
    preps: tuple[str, ...] = ()  # prepositions introducing the other party
    frame: str = "directed"  # directed | symmetric | visit | joint (needs two subjects)
    needs_object: bool = False  # e.g. 'reach' only with an agreement noun


_C, _A = "CONSULT", "AGREE"

VERBS: dict[str, Verb] = {
    # consultations
    "meet": Verb(_C, "meet", ("with",), "symmetric"),
    "talk": Verb(_C, None, ("with", "to"), "symmetric"),
    "speak": Verb(_C, None, ("with", "to"), "symmetric"),
    "confer": Verb(_C, "meet", ("with",), "symmetric"),
    "consult": Verb(_C, "meet", ("with",), "symmetric"),
    "negotiate": Verb(_C, "meet", ("with",), "symmetric"),
    "discuss": Verb(_C, None, ("with",), "joint"),
    "host": Verb(_C, "host", (), "symmetric"),
    "welcome": Verb(_C, "meet", (), "symmetric"),
    "greet": Verb(_C, "meet", (), "symmetric"),
    "embrace": Verb(_C, "meet", (), "joint"),  # "Moon and Kim embraced at Panmunjom" (two who embrace)
    "hug": Verb(_C, "meet", (), "joint"),
    "receive": Verb(_C, "meet", (), "symmetric"),
    "brief": Verb(_C, None, (), "symmetric"),  # "briefed Trump on the talks (in a phone call)"
    "phone": Verb(_C, "call", (), "symmetric"),
    "telephone": Verb(_C, "call", (), "symmetric"),
    "call": Verb(_C, "call", (), "symmetric"),
    "visit": Verb(_C, "visit", (), "visit"),
    "tour": Verb(_C, "visit", (), "visit"),
    "travel": Verb(_C, "visit", ("to", "into"), "visit"),
    "arrive": Verb(_C, "visit", ("in", "at", "into"), "visit"),
    "fly": Verb(_C, "visit", ("to", "into"), "visit"),
    "land": Verb(_C, "visit", ("in",), "visit"),
    "head": Verb(_C, "visit", ("to",), "visit"),
    "go": Verb(_C, "visit", ("to",), "visit"),
    "come": Verb(_C, "visit", ("to",), "visit"),  # "said he had come to Rwanda to ..."
    "cross": Verb(_C, "visit", ("into", "to"), "visit"),  # troops crossing into X: a deployment (events.visit)
    # only armed men or their machines move this way (events.visit): "tanks rolled into X"
    "enter": Verb(_C, "visit", (), "visit"),
    "roll": Verb(_C, "visit", ("into",), "visit"),
    "pour": Verb(_C, "visit", ("into",), "visit"),
    "advance": Verb(_C, "visit", ("into", "on", "towards", "toward"), "visit"),
    "stop": Verb(_C, "visit", ("in", "at", "over"), "visit"),
    "shuttle": Verb(_C, "visit", ("between", "to"), "visit"),  # a mediator shuttling between capitals  # "stopped in Paris on her way"
    # agreement and cooperation
    "agree": Verb(_A, None, ("with",), "joint"),
    "sign": Verb(_A, None, ("with",), "joint"),
    "commit": Verb(_A, None, ("with",), "joint"),
    "pledge": Verb(_A, None, ("with",), "joint"),
    "vow": Verb(_A, None, ("with",), "joint"),
    "promise": Verb(_A, None, ("with",), "joint"),
    "reach": Verb(_A, None, ("with",), "joint", needs_object=True),
    "accept": Verb(_A, None, (), "accept"),
    "cooperate": Verb("COOPERATE", None, ("with",), "joint"),
    "collaborate": Verb("COOPERATE", None, ("with",), "joint"),
    "coordinate": Verb("COOPERATE", None, ("with",), "joint"),
    "partner": Verb("COOPERATE", None, ("with",), "joint"),
    "broker": Verb("COOPERATE", None, ("with",), "joint"),
    "work": Verb("COOPERATE", None, ("with",), "joint"),
    # support and aid
    "support": Verb("SUPPORT"),
    "back": Verb("SUPPORT"),
    "endorse": Verb("SUPPORT"),
    "praise": Verb("SUPPORT"),
    "commend": Verb("SUPPORT"),
    "hail": Verb("SUPPORT"),
    "defend": Verb("SUPPORT"),  # "Bolivia and Nicaragua defended Maduro" (no actor in "defended its decision")
    "laud": Verb("SUPPORT"),
    "applaud": Verb("SUPPORT"),
    "appreciate": Verb("SUPPORT"),  # a readout's "China appreciates Brazil's impartial position"
    "reassure": Verb("SUPPORT"),
    "assure": Verb("SUPPORT"),
    "congratulate": Verb("SUPPORT"),
    "thank": Verb("SUPPORT"),
    "aid": Verb("AID"),
    "assist": Verb("AID"),
    "help": Verb("AID"),
    "provide": Verb("AID", None, ("to",), needs_object=True),
    "send": Verb("AID", None, ("to",), needs_object=True),
    "lend": Verb("AID", None, ("to",)),  # "lent a jet to Zelaya", "lent Kyiv $5 billion"
    "supply": Verb("AID", None, ("to",), needs_object=True),
    "deliver": Verb("AID", None, ("to",), needs_object=True),
    "donate": Verb("AID", None, ("to",), needs_object=True),
    # concessions and retreat
    "release": Verb("CONCEDE"),
    "free": Verb("CONCEDE"),
    "pardon": Verb("CONCEDE"),
    "ease": Verb("CONCEDE", None, ("on",)),
    "lift": Verb("CONCEDE", None, ("on", "against"), needs_object=True),
    "withdraw": Verb("RETREAT", None, ("from",)),
    "retreat": Verb("RETREAT", None, ("from",)),
    # requests
    "urge": Verb("REQUEST"),
    "ask": Verb("REQUEST"),
    "request": Verb("REQUEST", None, ("from", "of")),  # "requested air defences from Washington"
    "press": Verb("REQUEST"),
    "demand": Verb("REQUEST", None, ("of", "from")),
    "invite": Verb("REQUEST"),
    "implore": Verb("REQUEST"),
    "pressure": Verb("REQUEST"),
    "pressurise": Verb("REQUEST"),
    "pressurize": Verb("REQUEST"),
    "appeal": Verb("REQUEST", None, ("to",)),
    "lobby": Verb("REQUEST"),
    "beg": Verb("REQUEST"),
    "exhort": Verb("REQUEST"),
    "encourage": Verb("REQUEST"),  # "encouraged Baku to engage in dialogue"
    "advise": Verb("REQUEST"),
    "persuade": Verb("REQUEST"),
    "push": Verb("REQUEST"),  # "pushed China to pressure Russia" (only with an actor as object)
    "order": Verb("REQUEST"),  # "the court ordered Venezuela to refrain from ..." (expulsions: events.expel_order)
    # accusations
    "accuse": Verb("ACCUSE"),
    "blame": Verb("ACCUSE"),
    "criticize": Verb("ACCUSE"),
    "criticise": Verb("ACCUSE"),
    "condemn": Verb("ACCUSE"),
    "denounce": Verb("ACCUSE"),
    "slam": Verb("ACCUSE"),
    "lambast": Verb("ACCUSE"),
    "lambaste": Verb("ACCUSE"),
    "chastise": Verb("ACCUSE"),
    "castigate": Verb("ACCUSE"),
    "censure": Verb("ACCUSE"),
    "protest": Verb("ACCUSE", None, ("to", "against", "with")),
    "object": Verb("ACCUSE", None, ("to",)),  # "Baku objected to statements by French officials"
    "decry": Verb("ACCUSE"),
    "deplore": Verb("ACCUSE"),
    "scold": Verb("ACCUSE"),
    "berate": Verb("ACCUSE"),
    "reprimand": Verb("ACCUSE"),
    "fault": Verb("ACCUSE"),
    "summon": Verb("ACCUSE"),  # summoning an envoy is a diplomatic protest
    "rebuke": Verb("ACCUSE"),
    "reprove": Verb("ACCUSE"),
    "assail": Verb("ACCUSE"),
    "excoriate": Verb("ACCUSE"),
    "chide": Verb("ACCUSE"),
    "reproach": Verb("ACCUSE"),
    "admonish": Verb("ACCUSE"),
    "upbraid": Verb("ACCUSE"),
    "vilify": Verb("ACCUSE"),
    "deride": Verb("ACCUSE"),
    "ridicule": Verb("ACCUSE"),
    "sue": Verb("ACCUSE"),  # "Ecuador sued Colombia at the world court"
    "complain": Verb("ACCUSE", None, ("to", "about")),  # "complained to Beijing about the practice"
    # rejections
    "reject": Verb("REJECT"),
    "refuse": Verb("REJECT"),
    "rebuff": Verb("REJECT"),
    "deny": Verb("REJECT"),
    "dismiss": Verb("REJECT"),
    "veto": Verb("REJECT"),
    "block": Verb("REJECT"),  # only with an actor or an actor's bid, plan or resolution (see events.reject)
    "decline": Verb("REJECT"),
    "spurn": Verb("REJECT"),
    "snub": Verb("REJECT"),
    "repudiate": Verb("REJECT"),
    "disavow": Verb("REJECT"),
    "refute": Verb("REJECT"),
    "defy": Verb("REJECT"),
    "ignore": Verb("REJECT"),  # only calls, demands, rulings or actors (see events.reject)
    "disregard": Verb("REJECT"),
    "flout": Verb("REJECT"),
    "oppose": Verb("REJECT"),  # "opposes the deal": its parties (events: reactions to a deal)
    # threats
    "threaten": Verb("THREATEN"),
    "warn": Verb("THREATEN"),
    # sanctions
    "sanction": Verb("SANCTION"),
    "expel": Verb("SANCTION"),
    "blacklist": Verb("SANCTION"),
    "boycott": Verb("SANCTION"),
    "embargo": Verb("SANCTION"),
    "freeze": Verb("SANCTION", needs_object=True),
    "bar": Verb("SANCTION"),  # "barred X from its summits"
    "punish": Verb("SANCTION"),
    "penalise": Verb("SANCTION"),
    "penalize": Verb("SANCTION"),
    # mobilisation, coercion, force
    "deploy": Verb("MOBILIZE", None, ("to", "near", "around")),
    "mobilize": Verb("MOBILIZE", None, ("to", "near", "around", "against")),
    "mobilise": Verb("MOBILIZE", None, ("to", "near", "around", "against")),
    "arrest": Verb("COERCE"),
    "detain": Verb("COERCE"),
    "seize": Verb("COERCE"),
    "capture": Verb("COERCE"),
    "jail": Verb("COERCE"),
    "imprison": Verb("COERCE"),
    "kidnap": Verb("COERCE"),
    "abduct": Verb("COERCE"),
    "deport": Verb("COERCE"),
    "confiscate": Verb("COERCE"),
    "intercept": Verb("COERCE"),
    "blockade": Verb("COERCE"),
    "attack": Verb("ASSAULT"),
    "strike": Verb("ASSAULT"),
    "bomb": Verb("ASSAULT"),
    "shell": Verb("ASSAULT"),
    "invade": Verb("ASSAULT"),
    "overrun": Verb("ASSAULT"),  # "Peruvian forces overran Ecuador's southern province"
    "raid": Verb("ASSAULT"),
    "bombard": Verb("ASSAULT"),
    "ram": Verb("ASSAULT"),  # "Chinese ships rammed Vietnamese boats": whose the boats are
    "torpedo": Verb("ASSAULT"),
    "fight": Verb("ASSAULT", None, ("against",)),
    "storm": Verb("ASSAULT", None, ("into",)),
    "kill": Verb("ASSAULT"),
    "execute": Verb("ASSAULT"),  # only with an actor as its object: "executed Saro-Wiwa"
    "hang": Verb("ASSAULT"),
    "assassinate": Verb("ASSAULT"),
    "ambush": Verb("ASSAULT"),
    "massacre": Verb("ASSAULT"),
    "shoot": Verb("ASSAULT", None, ("at",)),
    "mass": Verb("MOBILIZE", None, ("near", "on", "along", "at")),
    "amass": Verb("MOBILIZE", None, ("near", "on", "along", "at")),
    # aid
    "fund": Verb("AID"),
    "finance": Verb("AID"),
    "arm": Verb("AID"),
    "equip": Verb("AID"),
    "bankroll": Verb("AID"),
    # concessions
    "repatriate": Verb("CONCEDE", None, ("to",)),
    "apologise": Verb("CONCEDE", None, ("to",)),  # "apologised to Ecuador for the raid"
    "apologize": Verb("CONCEDE", None, ("to",)),
    "concede": Verb("CONCEDE", None, ("to",)),  # "conceded defeat to X" (only with 'to': events)
    # doing what a body ruled or asked: "would abide by the Security Council resolution", "complied
    # with the court's ruling" (to whose the ruling is)
    "abide": Verb("CONCEDE", None, ("by",)),
    "comply": Verb("CONCEDE", None, ("with",)),
    "unfreeze": Verb("CONCEDE"),
    # meetings
    "dine": Verb(_C, "meet", ("with",), "symmetric"),
    "din": Verb(_C, "meet", ("with",), "symmetric"),  # the model lemmatises "dined" so
    "plead": Verb("REQUEST", None, ("with",)),
    "side": Verb("SUPPORT", None, ("with",)),
    "salute": Verb("SUPPORT"),
}

# verb + particle -> entry ("turn down" a request, "shoot down" a balloon, "call on" X)
PHRASAL: dict[tuple[str, str], Verb] = {
    ("turn", "down"): Verb("REJECT"),
    ("brush", "aside"): Verb("REJECT"),  # "brushed the complaints aside"
    ("brush", "off"): Verb("REJECT"),
    ("wave", "aside"): Verb("REJECT"),
    ("shoot", "down"): Verb("ASSAULT"),
    ("call", "on"): Verb("REQUEST"),
    ("call", "upon"): Verb("REQUEST"),
    ("pull", "out"): Verb("RETREAT", None, ("of", "from")),
    ("cut", "off"): Verb("SANCTION"),
    ("move", "on"): Verb(_C, "visit", ("to",), "visit"),  # "moved on to South Africa for talks"
    ("shake", "hands"): Verb(_C, "meet", ("with",), "symmetric"),
    ("open", "fire"): Verb("ASSAULT", None, ("on", "at")),
    ("lash", "out"): Verb("ACCUSE", None, ("at", "against")),  # "lashed out at Obama in a speech"
    ("hand", "over"): Verb("CONCEDE"),  # captives, prisoners: the target is whose they are
    ("hand", "back"): Verb("CONCEDE"),
    ("sit", "down"): Verb(_C, "meet", ("with",), "symmetric"),
    ("pull", "back"): Verb("RETREAT", None, ("from",)),
}

# nouns that name a consultation, and its mode
EVENT_NOUNS: dict[str, str] = {
    "meeting": "meet", "meetings": "meet", "talks": "meet", "talk": "meet", "summit": "meet",
    "discussion": "meet", "discussions": "meet", "conversation": "call", "dialogue": "meet",
    "handshake": "meet", "negotiations": "meet", "consultations": "meet", "session": "meet",
    "call": "call", "phone": "call", "visit": "visit", "trip": "visit", "tour": "visit",
    "dinner": "meet", "lunch": "meet", "banquet": "meet", "encounter": "meet",
    # plurals a report uses for repeated meetings ("held repeated sessions with X")
    "sessions": "meet", "summits": "meet", "visits": "visit", "trips": "visit", "encounters": "meet",
    "conversations": "call", "dinners": "meet",
    "stop": "visit",  # "after a stop in the Guinean capital": only with a country reached
}
LIGHT_VERBS = frozenset({"hold", "have", "conduct", "begin", "start", "pay", "make", "host",
                         "attend", "continue", "resume", "engage", "sit", "arrange", "wrap",
                         "conclude", "finish", "end", "complete", "convene", "chair"})
REQUEST_NOUNS = frozenset({"request", "requests", "proposal", "proposals", "invitation",
                           "invitations", "offer", "offers", "demand", "demands", "call",
                           "calls", "appeal", "appeals", "plea", "bid", "ultimatum"})
TRIP_NOUNS = frozenset({"visit", "trip", "tour", "plan", "plans", "meeting", "talks",
                        "summit", "journey"})
AGREEMENT_NOUNS = frozenset({"agreement", "agreements", "deal", "consensus", "understanding",
                             "understandings", "accord", "pact", "treaty", "truce", "ceasefire",
                             "compromise", "deal", "memorandum", "protocol", "convention", "armistice",
                             "partnership", "arrangement", "roadmap"})
AID_NOUNS = frozenset({"aid", "assistance", "help", "weapons", "arms", "loan", "loans",
                       "funding", "support", "supplies", "ammunition", "relief", "grant",
                       "vaccines", "equipment", "missiles", "tanks", "credit",
                       "financing", "grants", "donation", "donations", "munitions", "lending",
                       "vaccine", "doses", "medicines", "food",
                       # arms one state gives another ("drones" or "jets" sent to a country
                       # are as often an attack on it)
                       "howitzers", "artillery", "shells", "weaponry", "interceptors", "launchers",
                       "rifles"})
# what makes "systems" arms: "air defence systems", "rocket systems"
ARMS_SYSTEM_WORDS = frozenset({"defence", "defense", "missile", "rocket", "artillery", "weapons", "weapon"})
# trade a government can stop as a sanction: "halted arms exports to X", "banned imports from Y"
TRADE_NOUNS = frozenset({"export", "exports", "import", "imports", "sale", "sales", "delivery",
                         "deliveries", "shipment", "shipments", "trade", "flights", "traffic", "purchases",
                         "supply", "transfers", "visas", "visa"})
# what is launched or fired at a target: "launched drones at Israel"
WEAPON_NOUNS = frozenset({"missile", "missiles", "drone", "drones", "rocket", "rockets", "shell",
                          "shells", "bomb", "bombs", "airstrike", "airstrikes", "air strike",
                          "strike", "strikes", "attack", "attacks", "raid", "raids", "offensive",
                          "barrage", "artillery", "torpedo", "munitions", "assault", "cannon",
                          "cannons", "shots", "flares", "grenades", "bullets", "fire"})
# verbs that give aid when their object is an aid noun: "announced $1 billion in aid for X"
AID_GIVING_VERBS = frozenset({"announce", "pledge", "approve", "unveil", "offer", "promise",
                              "provide", "send", "give", "deliver", "grant", "extend", "allocate",
                              "commit", "earmark", "ship", "supply", "donate", "release",
                              "contribute"})
# what allies do together: "held joint naval drills"
JOINT_NOUNS = frozenset({"drill", "drills", "exercise", "exercises", "patrol", "patrols",
                         "manoeuvres", "maneuvers", "operation", "operations", "research",
                         "project", "projects", "venture", "ventures", "production", "development"})
# what a denial rejects: "Kyiv denied the claim"
CLAIM_NOUNS = frozenset({"claim", "claims", "accusation", "accusations", "allegation",
                         "allegations", "charge", "charges", "report", "reports", "assertion",
                         "threat", "threats", "warning", "warnings", "ultimatum", "comments",
                         "warrant", "ruling", "verdict", "criticism", "remarks", "statement", "argument",
                         "arguments", "award", "complaint", "complaints", "protest", "protests",
                         "objection", "objections", "condemnation", "criticisms"})
ASSAULT_NOUNS = frozenset({"war", "invasion", "attack", "attacks", "aggression", "offensive",
                           "strike", "strikes", "bombing", "bombardment", "occupation",
                           "incursion"})
ACCUSE_NOUNS = frozenset({"allegation", "allegations", "accusation", "accusations",
                          "criticism", "condemnation", "charges", "rebuke",
                          "censure", "outrage", "anger", "ire", "backlash"})
SANCTION_NOUNS = frozenset({"sanctions", "sanction", "embargo", "embargoes", "tariffs", "tariff", "ban", "bans",
                            "restrictions", "freeze", "freezes", "curbs", "penalties", "duties"})
BARB_NOUNS = frozenset({"barbs", "accusations", "insults", "blame", "jabs", "criticism",
                        "recriminations"})

# The content of these verbs has not happened: "hoped to meet", "urged X to release".
WISH_VERBS = frozenset({"apply", "bid", "hope", "want", "wish", "seek", "try", "attempt", "need", "like", "aspire",
                        "love", "prefer", "dream", "aim", "strive", "fail", "consider",
                        "propose", "suggest", "offer", "threaten", "refuse", "decline",
                        "reject", "deny", "ensure", "able", "willing", "ready", "unable",
                        "reluctant", "help", "allow", "encourage", "let", "permit"})
# nouns whose complement is only wanted: "an interest in more talks", "hopes for a summit"
WISH_NOUNS = frozenset({"interest", "willingness", "readiness", "desire", "hope", "hopes", "wish",
                        "need", "push", "bid", "effort", "efforts", "attempt", "attempts",
                        "possibility", "prospect", "prospects", "chance", "chances", "idea",
                        "appetite", "openness", "eagerness", "demand", "demands", "call", "calls"})
# ... and these announce it: the event is planned.
PLAN_VERBS = frozenset({"expect", "plan", "schedule", "set", "intend", "prepare", "decide",
                        "agree", "due", "slate", "arrange", "going", "poise", "likely"})
ASK_VERBS = frozenset({"urge", "ask", "request", "press", "demand", "invite", "implore",
                       "pressure", "appeal", "call", "lobby", "beg", "exhort", "encourage",
                       "warn", "push", "tell", "persuade", "advise", "order"})
REFUSE_VERBS = frozenset({"refuse", "decline", "reject", "rebuff", "spurn"})
CANCEL_VERBS = frozenset({"cancel", "postpone", "scrap", "suspend", "delay", "shelve",
                          "scrub", "abandon", "defer"})

# adjectives that make an event noun a plan: "a planned meeting", "the proposed deal"
PLANNED_WORDS = frozenset({"planned", "proposed", "scheduled", "upcoming", "possible", "expected",
                           "next", "future", "potential", "prospective", "mooted", "envisaged"})

VIRTUAL_WORDS = frozenset({"video", "virtual", "virtually", "videoconference",
                           "video-conference", "videolink", "online", "teleconference",
                           "zoom"})
PHONE_WORDS = frozenset({"phone", "telephone", "call", "calls", "phoned", "telephoned",
                         "phonecall"})

# capitalised headline words that the model may read as part of a name ("Xi Meet")
TRIGGER_WORDS = frozenset(
    {v for v in VERBS} | {v + "s" for v in VERBS} | {"met", "held", "holds", "hold", "talks",
                                                     "spoke", "agreed", "visited", "arrives",
                                                     "arrived", "greets", "hosts", "hosted",
                                                     "warns", "urges", "slams"})
