"""Finding an actor by the name a user types.

Names on the command line resolve the way names in articles do: an exact id, the canonical
name or any alias, ignoring case, accents and punctuation, with a title in front ("Secretary
Blinken") or by a surname that only one person carries ("Blinken"). An unknown name gets
"did you mean" candidates; a name that fits several actors lists them.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

from diplograph.records import Actor

__all__ = ["find_actor", "normalise", "NodeNotFound", "AmbiguousName", "PATRONYMIC", "COMPOUND_GIVEN",
           "INITIALISM", "initials_of", "without_arabic_article"]

# particles that make the next name a father's ("Mohammed bin Salman", "Mohamed Ould Abdel
# Aziz"): that name is no surname of the person's own
PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti", "ben", "ould", "wad"})
# first halves of Arabic given names of two words ("Abdul Ghani", "Abdel Fattah", "Abu Bakr")
COMPOUND_GIVEN = frozenset({"abdul", "abdel", "abd", "abdal", "abu", "abou"})
# a person written by the initials of the name ("MBS", "AMLO")
INITIALISM = re.compile(r"^[A-Z]{3,5}$")


# the Arabic article joined to a name word ("el-Sisi", "al-Nahyan", "Ash-Sharaa", "ul-Haq")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar|ul|ud)[-\u2010](?=\w\w)", re.I)


def without_arabic_article(word: str) -> str:
    """'el-Sisi', 'Al-Sisi' -> 'Sisi': the article is written or left out at will."""
    return _ARABIC_ARTICLE.sub("", word)


def initials_of(name: str, initials: str) -> bool:
    """'MBS' of Mohammed bin Salman, 'AMLO' of Andres Manuel Lopez Obrador, 'MBZ' of Mohamed
    bin Zayed al-Nahyan (a trailing family name left out); particles count."""
    first = "".join(w[0] for w in name.split()).upper()
    return first == initials or len(first) - 1 == len(initials) and first[:-1] == initials

# General honorifics and offices that may stand before a name; longest first so that
# "Vice President" wins over "President". Matched on normalised text.
_TITLES = sorted({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice president", "prime minister", "deputy prime minister", "premier",
    "chancellor", "king", "queen", "prince", "princess", "crown prince", "emir", "sheikh",
    "sultan", "pope", "minister", "foreign minister", "defense minister", "defence minister",
    "secretary", "secretary of state", "secretary general", "secretary-general",
    "defense secretary", "defence secretary", "foreign secretary", "state councilor",
    "state councillor", "ambassador", "envoy", "special envoy", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "speaker", "governor", "mayor",
    "general", "gen", "admiral", "adm", "colonel", "col", "commander", "marshal",
    "chairman", "chairwoman", "chair", "director", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "vice premier", "vice chairman", "leader", "supreme leader",
    "his excellency", "her excellency", "h e",
}, key=len, reverse=True)
_TITLE_RE = re.compile(r"^(?:(?:%s)\s+)+" % "|".join(re.escape(t.replace("-", " ")) for t in _TITLES))


class NodeNotFound(LookupError):
    """No actor carries this name. `candidates` holds the closest names, best first."""

    def __init__(self, name: str, candidates: Sequence[str] = ()):
        self.name = name
        self.candidates = tuple(candidates)
        message = f"{name!r} is not an actor"
        if self.candidates:
            message += f"; did you mean {_either(self.candidates)}?"
        super().__init__(message)


class AmbiguousName(LookupError):
    """Several actors carry this name. `candidates` holds them."""

    def __init__(self, name: str, candidates: Sequence[Actor]):
        self.name = name
        self.candidates = tuple(candidates)
        listed = ", ".join(f"{a.name!r} ({a.id})" for a in self.candidates)
        super().__init__(f"{name!r} could be any of {listed}; give a fuller name or the id")


def normalise(text: str) -> str:
    """Case, accents and punctuation removed; a leading 'the' and a trailing "'s" dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['\u2019]s\b", "", text)  # "China's" -> "China"
    text = re.sub(r"[\W_]+", " ", text).strip()
    return re.sub(r"^the\s+", "", text)


def find_actor(actors: Sequence[Actor], name: str, types: Iterable[str] | None = None) -> Actor:
    """The one actor `name` stands for; raises NodeNotFound or AmbiguousName."""
    wanted = set(types) if types else None
    pool = [a for a in actors if wanted is None or a.type in wanted]
    query = name.strip()
    if not query:
        raise NodeNotFound(name)

    for a in pool:  # an id is never ambiguous
        if a.id == query:
            return a
    exact = [a for a in pool if a.name == query]
    if len(exact) == 1:
        return exact[0]

    key = normalise(query)
    stripped = _TITLE_RE.sub("", key) if key else key
    for attempt in dict.fromkeys((key, stripped)):
        if not attempt:
            continue
        by_name = [a for a in pool if normalise(a.name) == attempt]
        if by_name:
            return _one(name, by_name)
        by_alias = [a for a in pool if attempt in {normalise(x) for x in a.aliases}]
        if by_alias:
            return _one(name, by_alias)
        by_title = [a for a in pool if _without_own_title(a, attempt)]
        if by_title:
            return _one(name, by_title)

    # "US Secretary of State Antony Blinken": words before a person's name that no title list
    # knows (a nationality, an office); only people, and only a name of two words or more
    words = stripped.split()
    for cut in range(1, min(len(words) - 1, 6)):
        rest = _TITLE_RE.sub("", " ".join(words[cut:]))
        if len(rest.split()) < 2:
            break
        by_rest = [a for a in pool if a.type == "Person"
                   and rest in {normalise(n) for n in (a.name, *a.aliases)}]
        if by_rest:
            return _one(name, by_rest)

    if stripped and " " not in stripped:  # a bare surname, which only people carry
        people = [a for a in pool if a.type == "Person"]
        by_surname = [a for a in people if stripped in {_part(n, -1) for n in (a.name, *a.aliases)}]
        if by_surname:
            return _one(name, by_surname)
        # family name first ("Xi", "Wang"), as Chinese, Korean and Hungarian names are written
        by_first = [a for a in people if stripped in {_part(n, 0) for n in (a.name, *a.aliases)}]
        if by_first:
            return _one(name, by_first)

    raise NodeNotFound(name, _suggestions(pool, key))


def _one(name: str, found: list[Actor]) -> Actor:
    unique = list({a.id: a for a in found}.values())
    actors = [a for a in unique if a.type != "Place"]
    if actors:  # "Georgia" the country before Georgia the place it also names
        unique = actors
    if len(unique) == 1:
        return unique[0]
    # prefer the actor seen in more documents when one clearly dominates? No: a guess here
    # would silently answer a question about the wrong person, so ask instead.
    raise AmbiguousName(name, sorted(unique, key=lambda a: (-a.mentions, a.name, a.id)))


def _without_own_title(actor: Actor, key: str) -> bool:
    """'foreign minister qin gang' matches Qin Gang when 'Foreign Minister' is his title."""
    for title in actor.titles:
        t = normalise(title)
        if t and key.startswith(t + " ") and key[len(t) + 1:] == normalise(actor.name):
            return True
    return False


def _part(name: str, index: int) -> str:
    """One word of a name of two words or more ("" for a one-word name)."""
    parts = normalise(name).split()
    return parts[index] if len(parts) > 1 else ""


def _suggestions(pool: Sequence[Actor], key: str, limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    if not key:
        return []
    choices: dict[str, str] = {}  # normalised form -> canonical name to suggest
    for a in pool:
        for form in (a.name, *a.aliases):
            choices.setdefault(normalise(form), a.name)
    hits = process.extract(key, list(choices), scorer=fuzz.WRatio, limit=limit * 4,
                           score_cutoff=75)
    names: list[str] = []
    for form, _score, _ in hits:
        if choices[form] not in names:
            names.append(choices[form])
    return names[:limit]


def _either(names: Sequence[str]) -> str:
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]
