"""What the extractor knows before it reads anything: countries (names, demonyms, seats of
government), international organisations and government bodies, media outlets (sources,
not actors) and diplomatic titles.

Countries come from pycountry (ISO names) and countryinfo (demonyms, capitals, alternative
spellings), overlaid with the curated general-knowledge files in data/gazetteer/. Everything
loads lazily on first use and is cached: importing this module is cheap and never imports
spaCy.

Canonical ids: ``country:<ISO3>`` and ``org:<slug>``.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Country",
    "Organization",
    "Body",
    "Title",
    "Gazetteer",
    "get_gazetteer",
    "normalise",
    "slugify",
    "data_dir",
]

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder of the curated JSON files (inside the package when installed from a
    wheel, else the repository's data/gazetteer)."""
    for candidate in (_HERE / "data" / "gazetteer", _HERE.parent / "data" / "gazetteer"):
        if (candidate / "countries.json").is_file():
            return candidate
    raise FileNotFoundError(
        f"gazetteer data not found in {_HERE / 'data' / 'gazetteer'} or "
        f"{_HERE.parent / 'data' / 'gazetteer'}")


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    """A lookup key: accents, case, dots, a leading 'the' and a trailing "'s" do not count."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_QUOTES)
    s = s.casefold().strip()
    s = re.sub(r"'s$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[^\w\s'-]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


def slugify(text: str) -> str:
    """'Antony Blinken' -> 'antony-blinken' (ascii, lower case, hyphens)."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_QUOTES)
    s = re.sub(r"[^a-z0-9]+", "-", s.casefold())
    return s.strip("-")


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    names: tuple[str, ...]  # every spelling that names the country itself
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]  # seats of government, which stand for the government
    population: int = 0  # (to tell a state from a territory that shares a form with it)

    @property
    def ref(self) -> str:
        return f"country:{self.iso3}"


@dataclass(frozen=True)
class Organization:
    id: str  # slug; the canonical id is org:<id>
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO alpha-3 affiliation
    seat: bool = False  # a seat of government: visiting it is visiting its country
    # the city it sits in, standing for it as a capital stands for a government ("Brussels
    # imposed sanctions"); in "met in Brussels" it is only the place
    seats: tuple[str, ...] = ()

    @property
    def ref(self) -> str:
        return f"org:{self.id}"


@dataclass(frozen=True)
class Body:
    """A kind of government body named by its portfolio ('foreign ministry')."""

    key: str
    name: str
    forms: tuple[str, ...]
    # 'the army', 'police' alone are no actor; 'Sudan's army' is that country's force
    needs_country: bool = False
    # how a country's body is named when not "<demonym> <name>": "{country} junta" (the
    # Niger junta, not the Nigerien Junta)
    named: str | None = None


@dataclass(frozen=True)
class Title:
    title: str  # normalised, e.g. "Foreign Minister"
    role: str  # portfolio, e.g. "foreign": counterparts share it
    forms: tuple[str, ...] = field(default=(), compare=False)


_CODE_RE = re.compile(r"^[A-Z]{2,3}$")
_LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z .,'()\-]*$")


class Gazetteer:
    """Lookups over countries, organisations, bodies, media and titles. Build it with
    get_gazetteer() (cached); the constructor reads the files."""

    def __init__(self, folder: Path | None = None):
        folder = folder or data_dir()
        self.folder = folder
        countries_file = _read_json(folder / "countries.json")
        orgs_file = _read_json(folder / "organizations.json")
        titles_file = _read_json(folder / "titles.json")
        regions_file = _read_json(folder / "regions.json") if (folder / "regions.json").is_file() else {}

        self.ambiguous: frozenset[str] = frozenset(countries_file.get("ambiguous", ()))
        self.regions: frozenset[str] = frozenset(normalise(r) for r in countries_file.get("regions", ()))
        # "the West African country", "the self-ruled island": the countries each descriptor covers
        self.descriptors: dict[str, frozenset[str]] = {
            word: frozenset(isos) for word, isos in regions_file.items() if not word.startswith("_")}
        # "the two Koreas": a plural that names both states of a divided nation
        self._pairs: dict[str, tuple[str, ...]] = {
            normalise(word): tuple(isos) for word, isos in countries_file.get("pairs", {}).items()}
        self._city_country: dict[str, str] = {normalise(city): iso for iso, cities in
                                              countries_file.get("cities", {}).items() for city in cities}
        not_capitals = set(countries_file.get("not_capitals", ()))
        not_names = frozenset(countries_file.get("not_names", ()))
        self.countries: dict[str, Country] = _load_countries(
            countries_file.get("names", {}), not_capitals, not_names)

        self._by_name: dict[str, Country] = {}
        self._by_demonym: dict[str, Country] = {}
        self._by_capital: dict[str, Country] = {}
        clashes: dict[str, set[str]] = {}
        for c in self.countries.values():
            for kind, table, forms in (("name", self._by_name, c.names),
                                       ("demonym", self._by_demonym, c.demonyms),
                                       ("capital", self._by_capital, c.capitals)):
                for form in forms:
                    key = form if _CODE_RE.match(form) else normalise(form)
                    if key in table and table[key].iso3 != c.iso3:
                        clashes.setdefault(kind + ":" + key, set()).update({c.iso3, table[key].iso3})
                    table.setdefault(key, c)
        # a form shared by two countries ("Korean", "Congolese") names neither
        curated = countries_file.get("names", {})
        for kind_key, isos in clashes.items():
            kind, key = kind_key.split(":", 1)
            table = {"name": self._by_name, "demonym": self._by_demonym,
                     "capital": self._by_capital}[kind]
            owners = [iso for iso in isos if key in _curated_keys(curated.get(iso, {}), kind)]
            if not owners:
                # a state and a small territory of its own or nearby ("Norwegian" for Norway
                # and Svalbard, "Kingston" for Jamaica and Norfolk Island): the far larger one
                ranked = sorted(isos, key=lambda iso: -self.countries[iso].population)
                if self.countries[ranked[0]].population >= _DOMINANT * max(
                        1, self.countries[ranked[1]].population):
                    owners = ranked[:1]
            if len(owners) == 1:
                table[key] = self.countries[owners[0]]
            else:
                table.pop(key, None)

        self.organizations: dict[str, Organization] = {}
        self._org_by_name: dict[str, Organization] = {}
        # (body key, country) -> the organisation that is that country's body of that kind:
        # "Israel's military" is the Israel Defense Forces, "China's army" the PLA
        self._org_by_body: dict[tuple[str, str], Organization] = {}
        for row in orgs_file.get("organizations", ()):
            written = [row["name"], *row.get("aliases", ()), *row.get("seats", ())]
            aliases = [f for f in dict.fromkeys(written[1:] + [v for f in written for v in _bloc_forms(f)])
                       if f != row["name"]]
            org = Organization(id=row["id"], name=row["name"],
                               aliases=tuple(aliases), country=row.get("country"),
                               seat=bool(row.get("seat", False)), seats=tuple(row.get("seats", ())))
            self.organizations[org.id] = org
            if row.get("body") and org.country:
                self._org_by_body[(row["body"], org.country)] = org
            for form in (org.name, *org.aliases):
                key = form if _CODE_RE.match(form) else normalise(form)
                self._org_by_name.setdefault(key, org)
        self.bodies: tuple[Body, ...] = tuple(
            Body(key=b["key"], name=b["name"], forms=tuple(b["forms"]),
                 needs_country=bool(b.get("needs_country", False)), named=b.get("named"))
            for b in orgs_file.get("bodies", ()))
        self._body_by_form = {normalise(f): b for b in self.bodies for f in b.forms}
        self._body_keys = frozenset(b.key for b in self.bodies)
        self._named_body_ids = frozenset(o.id for o in self._org_by_body.values())
        self.media: frozenset[str] = frozenset(normalise(m) for m in orgs_file.get("media", ()))
        self.media_forms: tuple[str, ...] = tuple(orgs_file.get("media", ()))
        self.things: frozenset[str] = frozenset(normalise(m) for m in orgs_file.get("things", ()))

        self.titles: tuple[Title, ...] = tuple(
            Title(title=t["title"], role=t["role"], forms=tuple(t["forms"]))
            for t in titles_file.get("titles", ()))
        self._title_by_form = {normalise(f): t for t in self.titles for f in t.forms}
        self.ranks: frozenset[str] = frozenset(titles_file.get("ranks", ()))
        self.portfolios: dict[str, str] = dict(titles_file.get("portfolios", {}))

    # ------------------------------------------------------------- countries
    def country(self, iso3: str) -> Country | None:
        return self.countries.get(str(iso3).upper())

    def _lookup(self, table: dict[str, Country], text: str) -> Country | None:
        text = str(text).strip()
        if _CODE_RE.match(text) and text in table:
            return table[text]
        return table.get(normalise(text))

    def city_country(self, text: str) -> str | None:
        """'Tel Aviv' -> 'ISR': the country of a city that is not its capital (major cities
        where diplomacy happens), else None."""
        return self._city_country.get(normalise(text))

    def country_pair(self, text: str) -> tuple[str, ...]:
        """'Koreas' -> ('PRK', 'KOR'): the states a plural names together; () if none."""
        return tuple(iso for iso in self._pairs.get(normalise(text), ()) if iso in self.countries)

    @functools.cached_property
    def _state_forms(self) -> dict[str, frozenset[str]]:
        return {word: frozenset(c.iso3 for c in self.countries.values() if any(form in n.split() for n in c.names))
                for word, form in (("kingdom", "Kingdom"), ("sultanate", "Sultanate"))}

    def countries_of_form(self, word: str) -> frozenset[str]:
        """'kingdom' -> the states whose own name says they are one ("Kingdom of Saudi Arabia")."""
        return self._state_forms.get(word.lower(), frozenset())

    def is_region(self, text: str) -> bool:
        """'Nagorno-Karabakh', 'Gaza', 'the South China Sea': a place that is never an actor."""
        return normalise(text) in self.regions

    def country_by_name(self, text: str) -> Country | None:
        """'China', 'PRC', 'the United States', 'U.S.' -> the country; else None."""
        return self._lookup(self._by_name, text)

    def country_by_demonym(self, text: str) -> Country | None:
        """'Chinese', 'South Korean', 'Americans' -> the country; else None."""
        return self._lookup(self._by_demonym, text)

    def country_by_capital(self, text: str) -> Country | None:
        """'Beijing', 'Washington', 'Kremlin' -> the country whose government sits there."""
        return self._lookup(self._by_capital, text)

    def find_country(self, text: str) -> tuple[Country, str] | None:
        """(country, how) where how is 'name', 'demonym' or 'capital'; None if unknown."""
        for how, table in (("name", self._by_name), ("demonym", self._by_demonym),
                           ("capital", self._by_capital)):
            c = self._lookup(table, text)
            if c is not None:
                return c, how
        return None

    def country_forms(self) -> dict[str, list[tuple[str, str]]]:
        """Surface forms to look for in text: {'name'|'demonym'|'capital': [(form, iso3)]}.
        Forms are given as written (matching is case-sensitive)."""
        out: dict[str, list[tuple[str, str]]] = {"name": [], "demonym": [], "capital": []}
        for c in self.countries.values():
            for kind, forms in (("name", c.names), ("demonym", c.demonyms),
                                ("capital", c.capitals)):
                table = {"name": self._by_name, "demonym": self._by_demonym,
                         "capital": self._by_capital}[kind]
                for form in forms:
                    key = form if _CODE_RE.match(form) else normalise(form)
                    if table.get(key) is c:
                        out[kind].append((form, c.iso3))
        return out

    def is_ambiguous(self, text: str) -> bool:
        """True for place names that are also common personal names ('Jordan', 'Chad')."""
        return str(text).strip() in self.ambiguous

    # --------------------------------------------------------- organisations
    def organization(self, text: str) -> Organization | None:
        """'NATO', 'State Department', 'the Pentagon' -> the organisation; else None."""
        text = str(text).strip()
        if _CODE_RE.match(text) or text.isupper():
            hit = self._org_by_name.get(text)
            if hit is not None:
                return hit
        return self._org_by_name.get(normalise(text))

    def organization_forms(self) -> list[tuple[str, str]]:
        """(form as written, org id) for every known organisation name and alias."""
        return [(form, o.id) for o in self.organizations.values() for form in (o.name, *o.aliases)]

    def body(self, text: str) -> Body | None:
        """'foreign ministry', 'Ministry of Foreign Affairs' -> the body kind; else None."""
        return self._body_by_form.get(normalise(text))

    def body_organization(self, body: Body, iso3: str | None) -> Organization:
        """The organisation for a body of a given country ('Ministry of Foreign Affairs',
        'CHN' -> org:chn-foreign-ministry named 'Chinese Ministry of Foreign Affairs')."""
        c = self.country(iso3) if iso3 else None
        if c is None:
            return Organization(id=body.key, name=body.name.lower().capitalize(), country=None)
        known = self._org_by_body.get((body.key, c.iso3))
        if known is not None:
            return known
        adj = c.demonyms[0] if c.demonyms else c.name
        name = body.named.format(country=c.name) if body.named else f"{adj} {body.name}"
        return Organization(id=f"{c.iso3.lower()}-{body.key}", name=name, country=c.iso3)

    def is_state_body(self, org_id: str) -> bool:
        """Is 'org:<id>' one country's government body (its foreign ministry, its army, its
        junta), as opposed to a bloc, a party or an armed group?"""
        oid = org_id.removeprefix("org:")
        iso, _, key = oid.partition("-")
        return oid in self._named_body_ids or len(iso) == 3 and key in self._body_keys

    def is_media(self, text: str) -> bool:
        """News outlets and social platforms are sources, never actors."""
        return normalise(text) in self.media

    def is_thing(self, text: str) -> bool:
        """'COVID-19', 'Ebola': names tagged as organisations that are never actors."""
        return normalise(text) in self.things

    # ---------------------------------------------------------------- titles
    def title(self, text: str) -> Title | None:
        """'foreign minister', 'Secretary of State', 'Deputy Secretary of State' -> Title.
        Rank words make a junior title of the same role; 'Minister of X' falls back to the
        portfolio table."""
        key = normalise(text)
        if key in self._title_by_form:
            return self._title_by_form[key]
        words = key.split()
        if len(words) > 1 and words[0] in self.ranks:
            base = self.title(" ".join(words[1:]))
            if base is not None:
                rank = words[0].capitalize()
                return Title(title=f"{rank} {base.title}", role=base.role)
        for head in ("minister", "secretary"):
            if head in words and len(words) > 1:
                for w in words:
                    if w in self.portfolios:
                        name = " ".join(x.capitalize() if x not in ("of", "for", "the", "and")
                                        else x for x in words)
                        return Title(title=name, role=self.portfolios[w])
        return None

    def title_forms(self) -> list[str]:
        return sorted({f for t in self.titles for f in t.forms})


def _read_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as err:
        raise ValueError(f"cannot read gazetteer file {path}: {err}") from err


def _curated_keys(row: dict, kind: str) -> set[str]:
    """Lookup keys of the forms the curated file gives a country for one kind."""
    forms = {"name": [row.get("name", "")] + list(row.get("aliases", [])),
             "demonym": list(row.get("demonyms", [])),
             "capital": list(row.get("capitals", []))}[kind]
    return {f if _CODE_RE.match(f) else normalise(f) for f in forms if f}


def _latin(form: str) -> bool:
    return bool(_LATIN_RE.match(form)) and "," not in form


# a body of a bloc goes by the bloc's short or full name: "UN refugee agency", "United Nations refugee agency"
_BLOC_NAMES = (("UN", "U.N.", "United Nations"), ("EU", "European Union"), ("AU", "African Union"))


def _bloc_forms(form: str) -> list[str]:
    for names in _BLOC_NAMES:
        for n in names:
            if form.startswith(n + " ") and form[len(n) + 1:][:1].isalpha():
                rest = form[len(n) + 1:]
                return [f"{m} {rest}" for m in names if m != n]
    return []


def _saint_forms(name: str) -> list[str]:
    """'Saint Lucia' is written 'St Lucia' and 'St. Lucia' as often as not."""
    m = re.match(r"(Saint|St\.?) (.+)", name)
    return [f"{w} {m.group(2)}" for w in ("Saint", "St", "St.") if w != m.group(1)] if m else []


def _load_countries(curated: dict, not_capitals: set[str],
                    not_names: frozenset[str] = frozenset()) -> dict[str, Country]:
    import countryinfo  # local: only when the gazetteer is first used
    import pycountry

    out: dict[str, Country] = {}
    seen = set()
    rows = [(c.alpha_3, c.alpha_2, c) for c in pycountry.countries]
    extra = [iso for iso in curated if not pycountry.countries.get(alpha_3=iso)]
    rows += [(iso, "", None) for iso in extra]  # e.g. Kosovo (XKX), not in ISO 3166
    for iso3, iso2, pc in rows:
        if iso3 in seen:
            continue
        seen.add(iso3)
        info: dict = {}
        try:
            info = countryinfo.CountryInfo(iso3).info() or {}
        except Exception:  # countryinfo lacks some territories; the ISO names still count
            info = {}
        cur = curated.get(iso3, {})
        names: list[str] = []
        if cur.get("name"):
            names.append(cur["name"])
        for cand in (getattr(pc, "common_name", None), getattr(pc, "name", None),
                     getattr(pc, "official_name", None), info.get("name")):
            if cand and _latin(cand):
                names.append(cand)
        for alt in info.get("altSpellings") or ():
            if alt and _latin(alt) and not _CODE_RE.match(alt) and len(alt) > 3 and alt not in not_names:
                names.append(alt)
        names += cur.get("aliases", [])
        names += [v for n in names for v in _saint_forms(n)]
        demonyms = list(cur.get("demonyms", []))
        dem = info.get("demonym")
        if dem and _latin(dem) and dem not in demonyms:
            demonyms.append(dem)
        # plurals name the people: "Kenyans", "Iraqis", "Solomon Islanders" ("Chinese", "French" have none)
        demonyms += [d + "s" for d in demonyms if d[-1:] in ("n", "i", "r") and " " not in d[-3:]
                     and not d.isupper() and d + "s" not in demonyms]
        capitals = list(cur.get("capitals", []))
        if not capitals:
            cap = info.get("capital")
            for c in (cap if isinstance(cap, list) else [cap]):
                if c and _latin(c) and c not in not_capitals:
                    capitals.append(c)
        name_keys = {normalise(n) for n in names}
        capitals = [c for c in capitals if normalise(c) not in name_keys]
        display = names[0] if names else iso3
        population = info.get("population")
        out[iso3] = Country(iso3=iso3, iso2=iso2, name=display,
                            names=tuple(dict.fromkeys(names)),
                            demonyms=tuple(dict.fromkeys(demonyms)),
                            capitals=tuple(dict.fromkeys(capitals)),
                            population=population if isinstance(population, int) else 0)
    return out


_DOMINANT = 20  # how many times larger a country must be to own a form it shares


@functools.lru_cache(maxsize=None)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process."""
    return Gazetteer()
