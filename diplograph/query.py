"""Cypher on the embedded graph, through grand-cypher.

grand-cypher speaks a subset of Cypher. This module is the thin portability layer that lets
the same query text run here and on Neo4j:

- single-quoted strings become double-quoted ones (grand-cypher reads only the latter);
- `$name` parameters become literals, written so that no value can change the query
  (strings are re-escaped; numbers, booleans, null and lists of them are written as such);
- lower-case aggregates become upper-case (`count(` -> `COUNT(`); `IS NOT NULL` becomes
  `<> NULL`; comma-separated patterns become one MATCH each; comments are dropped;
- an undirected relationship `(a)-[r]-(b)` is run once per direction and the rows joined,
  because grand-cypher would otherwise only match pairs linked both ways;
- anything it cannot run raises CypherUnsupported naming the construct and the alternative.

grand-cypher answers {column: [values]}; `run_cypher` returns a QueryResult whose values are
plain JSON (sets become sorted lists, records become dicts).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from itertools import product
from typing import TYPE_CHECKING, Any, Iterable

from diplograph.store.base import QueryResult

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["run_cypher", "translate", "literal", "reads_only_actors", "CypherError",
           "CypherUnsupported"]


class CypherError(ValueError):
    """A query that cannot be run as written; the message says what and where."""


class CypherUnsupported(CypherError):
    """Valid Cypher that the embedded engine cannot run; the message names the alternative."""


_ELSEWHERE = "use --neo4j, or the `path`/`central`/`timeline` commands"
_READ_ONLY = ("queries are read-only here: the store changes only through `diplograph ingest` "
              "and `diplograph alias`")
_UNSUPPORTED_WORDS = {
    "WITH": _ELSEWHERE, "OPTIONAL": _ELSEWHERE, "UNWIND": _ELSEWHERE, "UNION": _ELSEWHERE,
    "CALL": _ELSEWHERE, "FOREACH": _ELSEWHERE, "CASE": _ELSEWHERE, "YIELD": _ELSEWHERE,
    "XOR": "rewrite it with AND, OR and NOT",
    "SHORTESTPATH": "use `diplograph path A B`", "ALLSHORTESTPATHS": "use `diplograph path A B`",
    "CREATE": _READ_ONLY, "MERGE": _READ_ONLY, "SET": _READ_ONLY, "DELETE": _READ_ONLY,
    "DETACH": _READ_ONLY, "REMOVE": _READ_ONLY, "LOAD": _READ_ONLY, "DROP": _READ_ONLY,
}
_DISPLAY = {"OPTIONAL": "OPTIONAL MATCH", "SHORTESTPATH": "shortestPath",
            "ALLSHORTESTPATHS": "allShortestPaths", "LOAD": "LOAD CSV"}
_AGGREGATES = {"COUNT", "SUM", "AVG", "MIN", "MAX", "COLLECT"}
_FUNCTIONS = {"ID", "TYPE", "TOLOWER", "TOUPPER", "TRIM", "COALESCE", "SIZE", "RELATIONSHIPS",
              "ALL", "ANY", "NONE", "SINGLE"} | _AGGREGATES
# words that may stand right before "(" without being a function call
_BEFORE_PAREN = {"MATCH", "WHERE", "AND", "OR", "NOT", "IN", "RETURN", "EXISTS", "DISTINCT", "AS",
                 "BY", "ASC", "DESC", "IS", "CONTAINS", "STARTS", "ENDS", "WITH"}
_FUNCTION_HINTS = {
    "LABELS": "read the `type` property instead, e.g. n.type",
    "EXISTS": "write `NOT x.prop IS NULL`",
    "LENGTH": "use `diplograph path A B`",
    "PROPERTIES": "return the node itself, e.g. RETURN n",
    "KEYS": "return the node itself, e.g. RETURN n",
}
_MAX_UNDIRECTED = 4  # 2**4 runs at most

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<dq>"(?:[^"\\]|\\.)*")
  | (?P<sq>'(?:[^'\\]|\\.)*')
  | (?P<bt>`[^`]*`)
  | (?P<param>\$[A-Za-z_][A-Za-z0-9_]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<op><>|<=|>=|!=|==|=~|\.\.)
  | (?P<punct>.)
""", re.X | re.S)
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", "'": "'", '"': '"', "\\": "\\"}


@dataclass
class _Tok:
    kind: str  # word, str, num, op, punct, param
    text: str  # as it will be written out
    value: Any = None  # a string literal's decoded value
    pos: int = 0  # offset in the user's text


def run_cypher(graph: "nx.MultiDiGraph", cypher: str,
               params: dict[str, Any] | None = None) -> QueryResult:
    """Run `cypher` on `graph` (the view `diplograph.graph.build_graph` makes)."""
    plan = _plan(cypher, params)
    runs = [_run_once(graph, text) for text in plan.variants]
    if len(runs) == 1:
        columns, rows = runs[0]
        return QueryResult(columns=tuple(columns), rows=tuple(map(tuple, rows)))
    return _combine(plan, runs)


def translate(cypher: str, params: dict[str, Any] | None = None) -> str:
    """The text grand-cypher will run (the first variant when an undirected pattern needs
    several): useful to see what the portability layer did."""
    return _plan(cypher, params).variants[0]


def literal(value: Any) -> str:
    """A parameter value as a grand-cypher literal that reads back as exactly `value`.

    Strings are JSON-escaped: every quote and backslash inside is escaped and control
    characters are written as escapes, so the literal ends where it should, whatever the value
    holds; grand-cypher evaluates the token back to the same string.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CypherError(f"parameter value {value!r} is not a finite number")
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, (list, tuple, dict, set)) for v in value):
            raise CypherError(f"parameter list {value!r} may hold only strings, numbers, "
                              "booleans and null")
        return "[" + ", ".join(literal(v) for v in value) + "]"
    raise CypherError(f"parameter value {value!r} ({type(value).__name__}) cannot be written "
                      "into a query; use a string, number, boolean, null or a list of them")


_ACTOR_LABELS = frozenset({"Person", "Country", "Organization", "Place"})


def reads_only_actors(cypher: str) -> bool:
    """Whether every match of `cypher` lies among actor nodes, so that it gives the same rows,
    in the same order, on the actor view (`diplograph.graph.build_actor_view`) as on the
    whole graph: every node pattern of every MATCH names actor labels only, and no variable
    names two node patterns.

    Why that suffices: the view holds every actor and every relationship between two
    actors, in the whole graph's order; a chain of relationships in one direction between
    two actors passes through actors only (events have no incoming relationships,
    documents no outgoing ones); and with no node pattern repeated, a match needs no more
    relationships at a node than the view has, so grand-cypher's degree pre-check keeps the
    same candidates. Anything else (unlabelled nodes, Event, Document) runs on the whole
    graph. A query this cannot read is left to `run_cypher` to report.
    """
    try:
        tokens = [t for t in _lex(cypher) if t.kind != "ws"]
    except CypherError:
        return False
    names: set[str] = set()
    patterns = 0
    in_match = False
    depth = 0  # [ ] and { } inside a MATCH pattern
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "word" and t.text.upper() == "MATCH":
            in_match, depth = True, 0
        elif in_match and t.kind == "punct" and t.text in "[{":
            depth += 1
        elif in_match and t.kind == "punct" and t.text in "]}":
            depth -= 1
            in_match = depth >= 0  # the } closing an EXISTS { MATCH ... } ends the pattern
        elif in_match and depth == 0 and t.kind == "word":
            if i + 1 < len(tokens) and tokens[i + 1].text == "=":  # p = (a)-->(b)
                i += 2
                continue
            in_match = False  # WHERE, RETURN, ...
        elif in_match and depth == 0 and t.kind == "punct" and t.text == "(":
            end = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == ")"), None)
            if end is None:
                return False
            node = tokens[i + 1:end]
            if "{" in [x.text for x in node]:  # labels come before a property map
                node = node[:[x.text for x in node].index("{")]
            if node and node[0].kind == "word":
                if node[0].text in names:
                    return False
                names.add(node[0].text)
                node = node[1:]
            labels = [x.text for k, x in enumerate(node) if k % 2 == 1]
            seps = [x.text for k, x in enumerate(node) if k % 2 == 0]
            if (not labels or len(seps) != len(labels) or seps[0] != ":"
                    or any(x not in ":|" for x in seps) or not _ACTOR_LABELS.issuperset(labels)):
                return False
            patterns += 1
            i = end
        i += 1
    return patterns > 0


# -- planning -----------------------------------------------------------------------------

@dataclass
class _Plan:
    variants: list[str]
    # (column name, aggregate function or None, expression as written), in RETURN order
    returns: list[tuple[str, str | None, str]] = field(default_factory=list)
    distinct: bool = False
    order: list[tuple[str, bool]] = field(default_factory=list)  # (expression, descending)
    skip: int | None = None
    limit: int | None = None


def _plan(cypher: str, params: dict[str, Any] | None) -> _Plan:
    tokens = _rewrite(_lex(cypher), params or {})
    undirected = _undirected_edges(tokens)
    if not undirected:
        return _Plan(variants=[_render(tokens)])
    if len(undirected) > _MAX_UNDIRECTED:
        raise CypherUnsupported(
            f"{len(undirected)} undirected relationship patterns in one query are more than the "
            f"embedded engine expands (at most {_MAX_UNDIRECTED}); give some of them a direction "
            "(-> or <-), or use --neo4j")
    plan = _return_clause(tokens)
    body = tokens[:plan.pop("tail_start")]
    variants = []
    for directions in product((">", "<"), repeat=len(undirected)):
        inserts: dict[int, str] = {}
        for (first, last), arrow in zip(undirected, directions):
            if arrow == ">":
                inserts[last] = "after>"
            else:
                inserts[first] = "before<"
        out = []
        for i, tok in enumerate(body):
            if inserts.get(i) == "before<":
                out.append(_Tok("punct", "<"))
            out.append(tok)
            if inserts.get(i) == "after>":
                out.append(_Tok("punct", ">"))
        variants.append(_render(out))
    return _Plan(variants=variants, **plan)


def _lex(cypher: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    for m in _TOKEN.finditer(cypher):
        kind, text = m.lastgroup, m.group()
        if kind in ("ws", "comment"):
            if tokens and tokens[-1].kind != "ws":
                tokens.append(_Tok("ws", " ", pos=m.start()))
            continue
        if kind in ("dq", "sq"):
            tokens.append(_Tok("str", "", _unescape(text[1:-1]), m.start()))
        elif kind == "bt":
            raise CypherUnsupported(f"backtick-quoted name {text} (at offset {m.start()}) is not "
                                    "supported by the embedded engine; use a plain name")
        elif kind == "punct" and text in "\"'":
            raise CypherError(f"unterminated string starting at offset {m.start()}: "
                              f"{cypher[m.start():m.start() + 30]!r}")
        else:
            tokens.append(_Tok(kind, text, pos=m.start()))
    return tokens


def _unescape(body: str) -> str:
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 == len(body):
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in "uU":
            width = 4 if nxt == "u" else 8
            digits = body[i + 2:i + 2 + width]
            if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + width
            else:
                out.append(nxt)
                i += 2
        else:  # an unknown escape stands for the character itself
            out.append(nxt)
            i += 2
    return "".join(out)


def _significant(tokens: list[_Tok]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.kind != "ws"]


def _rewrite(tokens: list[_Tok], params: dict[str, Any]) -> list[_Tok]:
    """Parameters, literals, aggregates and unsupported words; returns new tokens."""
    out: list[_Tok] = []
    sig = [t for t in tokens if t.kind != "ws"]
    pos_in_sig = {id(t): n for n, t in enumerate(sig)}

    def neighbour(tok: _Tok, step: int) -> _Tok | None:
        n = pos_in_sig[id(tok)] + step
        return sig[n] if 0 <= n < len(sig) else None

    in_match = False
    depth = 0  # (), [] and {} nesting inside a MATCH clause
    skip_until = -1
    for tok in tokens:
        if tok.kind == "ws":
            out.append(tok)
            continue
        n = pos_in_sig[id(tok)]
        if n <= skip_until:
            continue
        prev, nxt = neighbour(tok, -1), neighbour(tok, 1)
        if tok.kind == "str":
            out.append(_Tok("str", literal(tok.value), tok.value, tok.pos))
            continue
        if tok.kind == "param":
            name = tok.text[1:]
            if name not in params:
                raise CypherError(f"the query uses ${name} but no value was given for it "
                                  f"(--param {name}=VALUE)")
            out.append(_Tok("lit", literal(params[name]), params[name], tok.pos))
            continue
        if tok.kind == "op" and tok.text == "!=":
            out.append(_Tok("op", "<>", pos=tok.pos))
            continue
        if tok.kind == "op" and tok.text == "=~":
            raise CypherUnsupported("regular-expression match =~ is not supported by the "
                                    "embedded engine; use CONTAINS, STARTS WITH or ENDS WITH")
        if tok.kind == "punct":
            if in_match and tok.text in "([{":
                depth += 1
            elif in_match and tok.text in ")]}":
                depth -= 1
                in_match = depth >= 0  # the "}" closing an EXISTS { MATCH ... } ends it
            elif in_match and tok.text == "," and depth == 0:
                # MATCH p1, p2 is MATCH p1 MATCH p2 to grand-cypher, which knows only the latter
                out.extend([_Tok("ws", " "), _Tok("word", "MATCH", pos=tok.pos), _Tok("ws", " ")])
                continue
            if tok.text == "*" and prev is not None and prev.text == "(":
                raise CypherUnsupported("count(*) is not supported by the embedded engine; "
                                        "count a variable instead, e.g. COUNT(n)")
            out.append(tok)
            continue
        if tok.kind != "word":
            out.append(tok)
            continue

        upper = tok.text.upper()
        # a property or a label (after . or :), or a variable or map key (before :)
        if (prev is not None and prev.text in (".", ":")) or (nxt is not None and nxt.text == ":"):
            out.append(tok)
            continue
        if upper == "MATCH":
            in_match, depth = True, 0
        elif upper in ("WHERE", "RETURN"):
            in_match = False
        follows_paren = nxt is not None and nxt.text == "("
        if upper in _UNSUPPORTED_WORDS and not (
                upper == "WITH" and prev is not None and prev.text.upper() in ("STARTS", "ENDS")):
            shown = _DISPLAY.get(upper, upper)
            raise CypherUnsupported(f"{shown} is not supported by the embedded engine; "
                                    f"{_UNSUPPORTED_WORDS[upper]}")
        if upper == "EXISTS" and follows_paren:
            raise CypherUnsupported(f"exists(...) is not supported by the embedded engine; "
                                    f"{_FUNCTION_HINTS['EXISTS']}")
        if upper == "EXISTS":
            out.append(_Tok("word", "EXISTS", pos=tok.pos))
            continue
        if upper in _AGGREGATES and follows_paren:
            after = neighbour(tok, 2)
            if after is not None and after.text.upper() == "DISTINCT":
                raise CypherUnsupported(f"{upper}(DISTINCT ...) is not supported by the embedded "
                                        "engine; use RETURN DISTINCT, or --neo4j")
            out.append(_Tok("word", upper, pos=tok.pos))
            continue
        if follows_paren and upper not in _FUNCTIONS and upper not in _BEFORE_PAREN:
            hint = _FUNCTION_HINTS.get(upper, "it knows id, type, toLower, toUpper, trim, "
                                              "coalesce, size and COUNT/SUM/AVG/MIN/MAX/COLLECT")
            raise CypherUnsupported(f"function {tok.text}() is not supported by the embedded "
                                    f"engine; {hint}")
        if upper == "IS" and nxt is not None and nxt.text.upper() == "NOT":
            after = neighbour(tok, 2)
            if after is not None and after.text.upper() == "NULL":
                out.append(_Tok("op", "<> NULL", pos=tok.pos))
                skip_until = n + 2
                continue
        out.append(tok)
    return out


def _undirected_edges(tokens: list[_Tok]) -> list[tuple[int, int]]:
    """(index of the first '-', index of the last '-') of every undirected relationship
    pattern in a MATCH clause; `<-...->` counts as undirected too and loses its arrows."""
    found = []
    sig = _significant(tokens)
    in_match = False
    k = 0
    while k < len(sig):
        tok = tokens[sig[k]]
        word = tok.text.upper() if tok.kind == "word" else ""
        if word == "MATCH":
            in_match = True
        elif word in ("WHERE", "RETURN"):
            in_match = False
        if not (in_match and tok.text == "-" and tok.kind == "punct"):
            k += 1
            continue
        first = k
        if k + 1 < len(sig) and tokens[sig[k + 1]].text == "[":
            close = k + 1
            while close < len(sig) and tokens[sig[close]].text != "]":
                close += 1
            last = close + 1
            if last >= len(sig) or tokens[sig[last]].text != "-":
                k += 1
                continue
            inside = [tokens[sig[j]].text for j in range(k + 2, close)]
        elif k + 1 < len(sig) and tokens[sig[k + 1]].text == "-":
            last, inside = k + 1, []
        else:
            k += 1
            continue
        left = first > 0 and tokens[sig[first - 1]].text == "<"
        right = last + 1 < len(sig) and tokens[sig[last + 1]].text == ">"
        if left != right:  # a directed pattern
            k = last + 1
            continue
        if "*" in inside:
            raise CypherUnsupported("an undirected variable-length pattern -[*..]- is not "
                                    "supported by the embedded engine; give it a direction "
                                    "(-[*1..3]->), or use `diplograph path A B`")
        if left:  # <-...-> means either direction, as in Neo4j
            tokens[sig[first - 1]] = _Tok("ws", "")
            tokens[sig[last + 1]] = _Tok("ws", "")
        found.append((sig[first], sig[last]))
        k = last + 1
    return found


def _render(tokens: Iterable[_Tok]) -> str:
    return "".join(t.text for t in tokens).strip()


def _return_clause(tokens: list[_Tok]) -> dict[str, Any]:
    """The outermost RETURN, ORDER BY, SKIP and LIMIT, for joining several runs."""
    sig = _significant(tokens)
    depth, ret = 0, None
    for k, i in enumerate(sig):
        t = tokens[i]
        if t.text in "({[" and t.kind == "punct":
            depth += 1
        elif t.text in ")}]" and t.kind == "punct":
            depth -= 1
        elif depth == 0 and t.kind == "word" and t.text.upper() == "RETURN":
            ret = k
    if ret is None:
        raise CypherError("the query has no RETURN clause")
    clauses: dict[str, list[int]] = {"RETURN": []}
    current = "RETURN"
    tail_start = len(tokens)
    k = ret + 1
    while k < len(sig):
        t = tokens[sig[k]]
        word = t.text.upper() if t.kind == "word" else ""
        if word == "ORDER" and k + 1 < len(sig) and tokens[sig[k + 1]].text.upper() == "BY":
            current, tail_start = "ORDER", min(tail_start, sig[k])
            clauses[current] = []
            k += 2
            continue
        if word in ("SKIP", "LIMIT"):
            current, tail_start = word, min(tail_start, sig[k])
            clauses[current] = []
            k += 1
            continue
        clauses[current].append(sig[k])
        k += 1

    items = _split_commas([tokens[i] for i in clauses["RETURN"]])
    distinct = bool(items) and bool(items[0]) and items[0][0].text.upper() == "DISTINCT"
    if distinct:
        items[0] = items[0][1:]
    returns = []
    for item in items:
        alias = None
        if len(item) >= 3 and item[-2].text.upper() == "AS":
            alias, item = item[-1].text, item[:-2]
        text = "".join(t.text for t in item)
        aggregate = item[0].text.upper() if item and item[0].text.upper() in _AGGREGATES else None
        returns.append((alias or text, aggregate, text))
    order = []
    for item in _split_commas([tokens[i] for i in clauses.get("ORDER", [])]):
        descending = False
        if item and item[-1].text.upper() in ("ASC", "ASCENDING", "DESC", "DESCENDING"):
            descending = item[-1].text.upper().startswith("DESC")
            item = item[:-1]
        order.append(("".join(t.text for t in item), descending))

    def number(name: str) -> int | None:
        toks = [tokens[i] for i in clauses.get(name, [])]
        if not toks:
            return None
        try:
            return int("".join(t.text for t in toks))
        except ValueError:
            raise CypherError(f"{name} needs a whole number") from None

    return {"returns": returns, "distinct": distinct, "order": order, "skip": number("SKIP"),
            "limit": number("LIMIT"), "tail_start": tail_start}


def _split_commas(tokens: list[_Tok]) -> list[list[_Tok]]:
    parts: list[list[_Tok]] = [[]]
    depth = 0
    for t in tokens:
        if t.kind == "punct" and t.text in "([{":
            depth += 1
        elif t.kind == "punct" and t.text in ")]}":
            depth -= 1
        if depth == 0 and t.kind == "punct" and t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


# -- running ------------------------------------------------------------------------------

def _run_once(graph: "nx.MultiDiGraph", text: str) -> tuple[list[str], list[list[Any]]]:
    from grandcypher import GrandCypher
    from lark.exceptions import UnexpectedInput, VisitError

    try:
        # a GrandCypher object keeps state from its last query: one per run
        engine = GrandCypher(graph)
        # its automatic index hints drop rows (grand-cypher 1.2: three ANDed conditions on
        # different nodes, or property maps on both ends of a chain, match nothing), so match
        # the plain way: every pattern match, then WHERE
        engine.auto_where_hints = False
        engine.auto_node_jsondata_hints = False
        answer = engine.run(text)
    except UnexpectedInput as e:
        at = getattr(e, "pos_in_stream", None)
        near = f" near {text[at:at + 25]!r}" if isinstance(at, int) and at >= 0 else " at its end"
        raise CypherError(f"the embedded engine cannot read this query{near}; it speaks a "
                          "subset of Cypher (see the queries in cypher/), or use --neo4j") from None
    except VisitError as e:
        raise CypherError(f"the embedded engine cannot run this query: {e.orig_exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
        raise CypherError(f"the embedded engine failed on this query ({type(e).__name__}: "
                          f"{e}); simplify it, or use --neo4j") from None
    columns = _ordered_columns(text, [str(k) for k in answer])
    values = {str(k): v for k, v in answer.items()}
    length = max((len(v) for v in values.values()), default=0)
    rows = [[_plain(values[c][i]) if i < len(values[c]) else None for c in columns]
            for i in range(length)]
    return columns, rows


def _ordered_columns(text: str, keys: list[str]) -> list[str]:
    """grand-cypher's answer puts some columns (id(), type()) first; restore RETURN order."""
    try:
        wanted = [name for name, _, _ in _return_clause(_lex(text))["returns"]]
    except CypherError:
        return keys
    by_form = {_squash(k): k for k in keys}
    ordered = [by_form[_squash(w)] for w in wanted if _squash(w) in by_form]
    return list(dict.fromkeys(ordered + keys))


def _squash(expression: str) -> str:
    return re.sub(r"\s+", "", expression).lower()


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items() if k != "__labels__"}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=_sort_key)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _sort_key(value: Any) -> tuple:
    """Sorts anything: nulls last, then by kind, then by value."""
    if value is None:
        return (2, "", 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, "number", value)
    return (1, type(value).__name__, json.dumps(value, sort_keys=True, default=str))


def _combine(plan: _Plan, runs: list[tuple[list[str], list[list[Any]]]]) -> QueryResult:
    """Join the runs of an undirected query as Neo4j would have answered it in one."""
    columns = runs[0][0]
    if any(run[0] != columns for run in runs):
        raise CypherError("the directions of an undirected pattern gave different columns")
    aggregates = [agg for _, agg, _ in plan.returns]
    if len(aggregates) != len(columns):
        aggregates = [None] * len(columns)
    rows: list[list[Any]] = []
    if any(aggregates):
        if "AVG" in aggregates:
            raise CypherUnsupported("AVG over an undirected pattern is not supported by the "
                                    "embedded engine; give the relationship a direction, or "
                                    "return SUM and COUNT")
        groups: dict[str, list[Any]] = {}
        for _, run_rows in runs:
            for row in run_rows:
                key = json.dumps([v for v, a in zip(row, aggregates) if not a], default=str)
                if key not in groups:
                    groups[key] = list(row)
                    continue
                merged = groups[key]
                for i, agg in enumerate(aggregates):
                    merged[i] = _merge(agg, merged[i], row[i])
        rows = list(groups.values())
    else:
        rows = [row for _, run_rows in runs for row in run_rows]
    if plan.distinct:
        seen, unique = set(), []
        for row in rows:
            key = json.dumps(row, default=str, sort_keys=True)
            if key not in seen:
                seen.add(key)
                unique.append(row)
        rows = unique
    names = {_squash(c): i for i, c in enumerate(columns)}
    if len(plan.returns) == len(columns):
        for i, (name, _, text) in enumerate(plan.returns):
            names.setdefault(_squash(name), i)
            names.setdefault(_squash(text), i)
    for expression, descending in reversed(plan.order):
        i = names.get(_squash(expression))
        if i is None:
            raise CypherUnsupported(f"with an undirected pattern, ORDER BY must name a returned "
                                    f"column; {expression!r} is not one")
        present = [r for r in rows if r[i] is not None]
        missing = [r for r in rows if r[i] is None]
        present.sort(key=lambda r: _sort_key(r[i]), reverse=descending)
        rows = (missing + present) if descending else (present + missing)
    start = plan.skip or 0
    rows = rows[start:start + plan.limit] if plan.limit is not None else rows[start:]
    return QueryResult(columns=tuple(columns), rows=tuple(map(tuple, rows)))


def _merge(aggregate: str | None, a: Any, b: Any) -> Any:
    if aggregate in ("COUNT", "SUM"):
        return (a or 0) + (b or 0)
    if aggregate == "MIN":
        return b if a is None or (b is not None and _sort_key(b) < _sort_key(a)) else a
    if aggregate == "MAX":
        return b if a is None or (b is not None and _sort_key(b) > _sort_key(a)) else a
    if aggregate == "COLLECT":
        return list(a or []) + list(b or [])
    return a
