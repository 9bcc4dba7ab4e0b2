"""The `diplograph` command line.

Every command is a thin typer layer (`<command>_cli`) over a library function a notebook can
call (pipeline, query, analysis, export). A user mistake — an unknown name, a missing store,
a query the embedded engine cannot run — is one line `Error: ...` on stderr and exit code 1,
never a traceback. Commands that need no NLP import nothing heavy at start-up: imports live
inside the commands, so `diplograph stats` never loads spaCy.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Callable, Iterable, Optional

import typer
from typer.core import TyperGroup


if TYPE_CHECKING:
    import networkx as nx

    from diplograph.records import Actor
    from diplograph.store.base import GraphStore

__all__ = ["app", "main"]

DEFAULT_STORE = "diplograph.db"
# the named queries: inside the package when installed from a wheel, else the repository's cypher/
_CYPHER_DIR = next((d for d in (Path(__file__).resolve().parent / "cypher",
                                Path(__file__).resolve().parent.parent / "cypher") if d.is_dir()),
                   Path(__file__).resolve().parent.parent / "cypher")

# typer may vendor its own click: find click's exception classes through a public name
_CLICK_ERRORS = {c.__name__: c for c in typer.BadParameter.__mro__}
_UsageError = _CLICK_ERRORS["UsageError"]
_ClickException = _CLICK_ERRORS["ClickException"]


class _OneLineErrors(TyperGroup):
    """Usage mistakes (a missing argument, an unknown option value) are one line and exit
    code 1 too, like every other user error, instead of click's usage block and code 2."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except _UsageError as e:
            if type(e).__name__ == "NoArgsIsHelpError" and e.ctx is not None:
                typer.echo(e.ctx.get_help())
                sys.exit(0)
            where = f" (see '{e.ctx.command_path} --help')" if e.ctx else ""
            typer.echo(f"Error: {' '.join(e.format_message().split())}{where}", err=True)
            sys.exit(1)
        except _ClickException as e:
            typer.echo(f"Error: {' '.join(e.format_message().split())}", err=True)
            sys.exit(1)
        except (typer.Abort, KeyboardInterrupt):
            typer.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="diplograph", cls=_OneLineErrors, no_args_is_help=True, add_completion=False,
    help="A graph database of diplomatic relationships, built offline from news articles.",
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None, pretty_exceptions_enable=False)


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class TextFormat(str, Enum):
    table = "table"
    json = "json"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    html = "html"


class ExportFormat(str, Enum):
    html = "html"
    json = "json"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    cypher = "cypher"


class Measure(str, Enum):
    degree = "degree"
    betweenness = "betweenness"
    pagerank = "pagerank"
    eigenvector = "eigenvector"


class ActorType(str, Enum):
    Person = "Person"
    Country = "Country"
    Organization = "Organization"


Store = Annotated[str, typer.Option(
    "--store", envvar="DIPLOGRAPH_STORE", metavar="PATH",
    help="The SQLite store (env DIPLOGRAPH_STORE).")]
Since = Annotated[Optional[str], typer.Option(help="Only events on or after DATE (YYYY[-MM[-DD]]).",
                                              metavar="DATE")]
Until = Annotated[Optional[str], typer.Option(help="Only events on or before DATE.",
                                              metavar="DATE")]
Types = Annotated[Optional[str], typer.Option(
    help="Only these PLOVER types, comma-separated (e.g. CONSULT,AGREE).", metavar="T,...")]
# Neo4j: --neo4j switches a command to the server; where it is comes from these options or
# the environment. The password is never shown (no default display, never echoed).
UseNeo4j = Annotated[bool, typer.Option(
    "--neo4j", help="Use the Neo4j server (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, "
    "NEO4J_DATABASE, or the --neo4j-* options).")]
Neo4jUri = Annotated[Optional[str], typer.Option(
    "--neo4j-uri", envvar="NEO4J_URI", metavar="URI", show_default=False,
    help="Bolt address, e.g. bolt://localhost:7687 (env NEO4J_URI).")]
Neo4jUser = Annotated[Optional[str], typer.Option(
    "--neo4j-user", envvar="NEO4J_USERNAME", metavar="NAME", show_default=False,
    help="Neo4j user (env NEO4J_USERNAME; default neo4j).")]
Neo4jPassword = Annotated[Optional[str], typer.Option(
    "--neo4j-password", envvar="NEO4J_PASSWORD", metavar="SECRET", show_default=False,
    help="Neo4j password (env NEO4J_PASSWORD; prefer the environment).")]
Neo4jDatabase = Annotated[Optional[str], typer.Option(
    "--neo4j-database", envvar="NEO4J_DATABASE", metavar="NAME", show_default=False,
    help="Neo4j database (env NEO4J_DATABASE; default: the server's).")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v",
                                       help="Say which engine answered (with --neo4j).")]


def main() -> None:
    app()


def _user_errors(command: Callable) -> Callable:
    """Turn a library error into `Error: ...` and exit code 1 (DIPLOGRAPH_DEBUG=1 shows the
    traceback instead)."""
    from diplograph.store.base import StoreError

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:  # `diplograph ... | head`: the reader left, nothing to say
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            raise typer.Exit(1) from None
        except (UserError, LookupError, ValueError, StoreError, OSError) as e:
            if os.environ.get("DIPLOGRAPH_DEBUG"):
                raise
            message = str(e.args[0]) if isinstance(e, KeyError) and e.args else str(e)
            if isinstance(e, OSError) and e.filename and not message:
                message = f"cannot use {e.filename!r}"
            typer.echo(f"Error: {' '.join(message.split())}", err=True)
            raise typer.Exit(1) from None

    return run


# -- ingest -------------------------------------------------------------------------------

@app.command("ingest")
@_user_errors
def ingest_cli(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.",
                                               metavar="PATH...")],
    fmt: Annotated[InputFormat, typer.Option("--format", help="How to read the inputs.")
                   ] = InputFormat.auto,
    published: Annotated[Optional[str], typer.Option(
        help="Publication date for articles that carry none (relative dates resolve against it).",
        metavar="DATE")] = None,
    workers: Annotated[Optional[int], typer.Option(
        help="Extraction processes (default: every core; the graph is the same for any N).",
        min=1, show_default=False)] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Stop at the first bad item instead of skipping it.")] = False,
    max_chars: Annotated[Optional[int], typer.Option(
        help="Longest article accepted, in characters (default 100,000); longer ones are "
             "skipped.", min=1, metavar="N", show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    store: Store = DEFAULT_STORE,
    neo4j: UseNeo4j = False,
    neo4j_uri: Neo4jUri = None,
    neo4j_user: Neo4jUser = None,
    neo4j_password: Neo4jPassword = None,
    neo4j_database: Neo4jDatabase = None,
) -> None:
    """Add articles to the store.

    Reads them, extracts actors and events, and resolves them against everything stored.
    With --neo4j, the result is pushed to Neo4j too. A bad item is reported (file, line,
    why) and skipped, and the exit code is then 1; --strict stops at the first one.
    """
    from diplograph.pipeline import IngestError, ingest

    server = None
    if neo4j:  # reach the server before touching the ledger: a bad address changes nothing
        server = _neo4j_store(neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
        server.verify()
    try:
        report = ingest(paths, store=store, fmt=fmt.value, published=published,
                        workers=workers, quiet=quiet, strict=strict, max_chars=max_chars)
    except IngestError as e:
        stored = (f"; {e.report.new} new documents before it are stored" if e.report.new
                  else "; nothing was stored")
        raise UserError(f"{e.failure} (stopped at the first error, --strict{stored})") from None
    for failure in report.failed:
        typer.echo(f"skipped {failure}", err=True)
    typer.echo(f"{report.new} new, {report.skipped} already stored, {len(report.failed)} failed; "
               f"the store holds {report.documents} documents, {report.actors} actors, "
               f"{report.events} events")
    if server is not None:
        with server:
            _push(server, store)
    if report.failed:  # the good ones landed; the exit code still says something was skipped
        raise typer.Exit(1)


# -- push ---------------------------------------------------------------------------------

@app.command("push")
@_user_errors
def push_cli(
    batch_size: Annotated[int, typer.Option(help="Rows per transaction.", min=1)] = 1000,
    store: Store = DEFAULT_STORE,
    neo4j_uri: Neo4jUri = None,
    neo4j_user: Neo4jUser = None,
    neo4j_password: Neo4jPassword = None,
    neo4j_database: Neo4jDatabase = None,
) -> None:
    """Copy the store into Neo4j.

    Sends what Neo4j lacks or holds differently (pushing twice changes nothing), applies
    merged actors there, and removes what this store pushed before and no longer holds.
    Other stores pushing to the same database keep their data: evidence is unioned.
    """
    with _neo4j_store(neo4j_uri, neo4j_user, neo4j_password, neo4j_database,
                      batch_size=batch_size) as server:
        server.verify()
        _push(server, store)


def _push(server, store: str) -> None:
    from diplograph.store.neo4j import ledger_writer_id, resolution_of

    with _open(store) as ledger:
        resolution = resolution_of(ledger)
    report = server.push(resolution, writer=ledger_writer_id(store))
    typer.echo(f"pushed to {server.config.where}: {report.actors} actors, {report.events} "
               f"events, {report.documents} documents, {report.redirects} merges sent; "
               f"{report.unchanged} unchanged, {report.removed} removed "
               f"({report.rows / report.seconds if report.seconds else 0:,.0f} rows/s)")


# -- query --------------------------------------------------------------------------------

@app.command("query")
@_user_errors
def query_cli(
    cypher: Annotated[Optional[str], typer.Argument(help="A Cypher query.", metavar="[CYPHER]")
                      ] = None,
    file: Annotated[Optional[str], typer.Option(
        "--file", help="Read the query from a file (or a name from cypher/, e.g. ego_network).",
        metavar="PATH")] = None,
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", "-p", help="A query parameter, k=v (repeatable); $k in the query.",
        metavar="K=V")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    store: Store = DEFAULT_STORE,
    neo4j: UseNeo4j = False,
    write: Annotated[bool, typer.Option(
        "--write", help="With --neo4j: allow the query to change the database.")] = False,
    neo4j_uri: Neo4jUri = None,
    neo4j_user: Neo4jUser = None,
    neo4j_password: Neo4jPassword = None,
    neo4j_database: Neo4jDatabase = None,
) -> None:
    """Run a Cypher query.

    The embedded engine speaks a subset of Cypher; the queries in cypher/ run on it.
    With --neo4j any Cypher runs on the server, read-only unless --write.
    """
    if (cypher is None) == (file is None):
        raise UserError("give a query or --file, not both" if cypher else
                        "give a query, or --file cypher/NAME.cypher")
    if write and not neo4j:
        raise UserError("--write needs --neo4j: the embedded store changes only through "
                        "'diplograph ingest' and 'diplograph alias'")
    text = _read_query(file) if file is not None else cypher
    params = _parse_params(param or [])
    if neo4j:
        with _neo4j_store(neo4j_uri, neo4j_user, neo4j_password, neo4j_database) as server:
            params = _resolve_name_params(text, params, server)
            result = server.query(text, params, write=write)
        _emit_table(list(result.columns), [list(r) for r in result.rows], fmt)
        return
    with _open(store) as ledger:
        params = _resolve_name_params(text, params, ledger)
        result = run_query(ledger, text, params)
    _emit_table(list(result.columns), [list(r) for r in result.rows], fmt)


def run_query(store: "GraphStore", cypher: str, params: dict[str, Any] | None = None):
    """A query on a store (the embedded store runs it through `diplograph.query`)."""
    return store.query(cypher, params)


def _read_query(file: str) -> str:
    path = Path(file)
    if not path.exists():
        named = _CYPHER_DIR / (file if file.endswith(".cypher") else f"{file}.cypher")
        if named.exists():
            path = named
        else:
            known = sorted(p.stem for p in _CYPHER_DIR.glob("*.cypher"))
            hint = f"; named queries: {', '.join(known)}" if known else ""
            raise UserError(f"no query file {file!r}{hint}")
    return path.read_text(encoding="utf-8")


def _parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip().lstrip("$")
        if not sep or not key.isidentifier():
            raise UserError(f"--param {pair!r} is not NAME=VALUE")
        value: Any = raw
        try:  # numbers, booleans, null and lists are read as JSON; anything else is text
            parsed = json.loads(raw)
            if parsed is None or isinstance(parsed, (bool, int, float, list)):
                value = parsed
        except ValueError:
            pass
        params[key] = value
    return params


def _resolve_name_params(text: str, params: dict[str, Any], store: "GraphStore") -> dict[str, Any]:
    """A query's header may declare `// @param a: actor`; such a value is a name the way a
    user writes it ("Blinken"), resolved to the actor's canonical name."""
    import re

    from diplograph.names import find_actor

    declared = re.findall(r"^\s*//\s*@param\s+\$?(\w+)\s*:\s*actor\b", text, re.M | re.I)
    if not declared:
        return params
    actors = store.actors()
    resolved = dict(params)
    for key in declared:
        if isinstance(params.get(key), str):
            resolved[key] = find_actor(actors, params[key]).name
    return resolved


# -- path, central, timeline, show, stats ---------------------------------------------------

@app.command("path")
@_user_errors
def path_cli(
    a: Annotated[str, typer.Argument(help="An actor's name (or id).", metavar="A")],
    b: Annotated[str, typer.Argument(help="Another actor's name (or id).", metavar="B")],
    max_hops: Annotated[int, typer.Option(help="Longest path to look for.", min=1)] = 6,
    since: Since = None,
    until: Until = None,
    types: Types = None,
    fmt: Annotated[TextFormat, typer.Option("--format")] = TextFormat.table,
    store: Store = DEFAULT_STORE,
    neo4j: UseNeo4j = False,
    verbose: Verbose = False,
    neo4j_uri: Neo4jUri = None,
    neo4j_user: Neo4jUser = None,
    neo4j_password: Neo4jPassword = None,
    neo4j_database: Neo4jDatabase = None,
) -> None:
    """Shortest chain of events between two actors.

    Each step shows its event and the sentences that report it.
    """
    from diplograph.analysis import document_title, shortest_path

    if neo4j:
        from diplograph.store import neo4j_analysis

        with _neo4j_store(neo4j_uri, neo4j_user, neo4j_password, neo4j_database) as server:
            actors = server.actors()
            first, second = _actor(actors, a), _actor(actors, b)
            hops, engine = neo4j_analysis.shortest_path(
                server, first.id, second.id, max_hops=max_hops, since=since, until=until,
                types=_types(types))
            graph = neo4j_analysis.subgraph(server, [h.event_id for h in hops])
            titles = {ev.doc_id: document_title(graph, ev.doc_id)
                      for h in hops for ev in h.evidence[:2]}
        _engine(verbose, engine)
    else:
        with _open(store) as ledger:
            actors = ledger.actors()
            first, second = _actor(actors, a), _actor(actors, b)
            hops = shortest_path(ledger, first.id, second.id, max_hops=max_hops, since=since,
                                 until=until, types=_types(types))
            found = ledger.documents_by_id(ev.doc_id for h in hops for ev in h.evidence[:2])
            titles = {i: d.title for i, d in found.items()}
    if fmt is TextFormat.json:
        _emit_json([h.to_dict() for h in hops])
        return
    for hop in hops:
        label = " ".join(x for x in (hop.type, hop.mode, hop.date) if x)
        if hop.status != "occurred":
            label += f" ({hop.status})"
        arrow = (f"-[{label}]-" if hop.type in _symmetric() else
                 f"-[{label}]->" if hop.forward else f"<-[{label}]-")
        more = f"  (+{hop.more} more)" if hop.more else ""
        typer.echo(f"{hop.from_name} {arrow} {hop.to_name}{more}")
        for ev in hop.evidence[:2]:
            typer.echo(f"    \u201c{_one_line(ev.text)}\u201d \u2014 {titles.get(ev.doc_id) or ev.doc_id}")
    typer.echo(f"{len(hops)} hop{'s' if len(hops) != 1 else ''}")


@app.command("central")
@_user_errors
def central_cli(
    measure: Annotated[Measure, typer.Option(help="How to rank.")] = Measure.degree,
    actor_type: Annotated[Optional[ActorType], typer.Option("--type", help="Only rank these.")
                          ] = None,
    top: Annotated[int, typer.Option(help="How many to show (0: all).", min=0)] = 10,
    since: Since = None,
    until: Until = None,
    types: Types = None,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    store: Store = DEFAULT_STORE,
    neo4j: UseNeo4j = False,
    verbose: Verbose = False,
    neo4j_uri: Neo4jUri = None,
    neo4j_user: Neo4jUser = None,
    neo4j_password: Neo4jPassword = None,
    neo4j_database: Neo4jDatabase = None,
) -> None:
    """Most central actors of the relationship graph."""
    from diplograph.analysis import centrality

    options = dict(actor_type=actor_type.value if actor_type else None, top=top or None,
                   since=since, until=until, types=_types(types))
    if neo4j:
        from diplograph.store import neo4j_analysis

        with _neo4j_store(neo4j_uri, neo4j_user, neo4j_password, neo4j_database) as server:
            ranking, engine = neo4j_analysis.centrality(server, measure.value, **options)
        _engine(verbose, engine)
    else:
        with _open(store) as ledger:
            ranking = centrality(ledger, measure.value, **options)
    if ranking.note:
        typer.echo(f"note: {ranking.note}", err=True)
    rows = [[i, s.name, s.type, s.score, s.id] for i, s in enumerate(ranking, 1)]
    if fmt is OutputFormat.json:
        _emit_json([{"rank": r[0], "id": r[4], "name": r[1], "type": r[2], "score": r[3]}
                    for r in rows])
    else:
        _emit_table(["rank", "name", "type", measure.value, "id"], rows, fmt)


@app.command("timeline")
@_user_errors
def timeline_cli(
    a: Annotated[str, typer.Argument(help="An actor's name (or id).", metavar="A")],
    b: Annotated[Optional[str], typer.Argument(help="Only events with this actor too.",
                                               metavar="[B]")] = None,
    since: Since = None,
    until: Until = None,
    types: Types = None,
    fmt: Annotated[TextFormat, typer.Option("--format")] = TextFormat.table,
    store: Store = DEFAULT_STORE,
    neo4j: UseNeo4j = False,
    verbose: Verbose = False,
    neo4j_uri: Neo4jUri = None,
    neo4j_user: Neo4jUser = None,
    neo4j_password: Neo4jPassword = None,
    neo4j_database: Neo4jDatabase = None,
) -> None:
    """Events involving an actor (and another), by date."""
    from diplograph.analysis import timeline

    if neo4j:
        from diplograph.store import neo4j_analysis

        with _neo4j_store(neo4j_uri, neo4j_user, neo4j_password, neo4j_database) as server:
            actors = server.actors()
            first = _actor(actors, a)
            second = _actor(actors, b) if b is not None else None
            entries, engine = neo4j_analysis.timeline(
                server, first.id, second.id if second else None, since=since, until=until,
                types=_types(types))
        _engine(verbose, engine)
    else:
        with _open(store) as ledger:
            actors = ledger.actors()
            first = _actor(actors, a)
            second = _actor(actors, b) if b is not None else None
            entries = timeline(ledger, first.id, second.id if second else None, since=since,
                               until=until, types=_types(types))
    if fmt is TextFormat.json:
        _emit_json([e.to_dict() for e in entries])
        return
    titles = {d[0]: d[1] for e in entries for d in e.documents}
    for e in entries:
        typer.echo(_event_line(e))
        for ev in e.evidence[:2]:
            typer.echo(f"    \u201c{_one_line(ev.text)}\u201d \u2014 {titles.get(ev.doc_id) or ev.doc_id}")
    who = first.name + (f" and {second.name}" if second else "")
    typer.echo(f"{len(entries)} event{'s' if len(entries) != 1 else ''} involving {who}")


@app.command("show")
@_user_errors
def show_cli(
    name: Annotated[str, typer.Argument(help="An actor's name (or id).", metavar="NAME")],
    fmt: Annotated[TextFormat, typer.Option("--format")] = TextFormat.table,
    store: Store = DEFAULT_STORE,
) -> None:
    """Everything known about one actor."""
    from diplograph.analysis import describe_actor

    with _open(store) as ledger:
        actors = ledger.actors()
        actor = _actor(actors, name)
        profile = describe_actor(ledger, actor)
        wanted = {e.event_id for e in profile.events}
        details = {e.id: e.details for e in ledger.get_events(wanted) if e.details}
    if fmt is TextFormat.json:
        _emit_json(profile.to_dict())
        return
    a = profile.actor
    lines = [f"{a.name}  ({a.type}, {a.id})"]
    if profile.represents:
        lines.append(f"  represents: {profile.represents[1]}")
    elif a.country:
        lines.append(f"  country:    {a.country}")
    if a.titles:
        lines.append(f"  titles:     {'; '.join(a.titles)}")
    if a.aliases:
        lines.append(f"  also:       {'; '.join(a.aliases)}")
    lines.append(f"  mentions:   {a.mentions} in {len(a.documents)} documents")
    if profile.people:
        lines.append("  people:     " + "; ".join(
            f"{n} ({t})" if t else n for _, n, t in profile.people))
    if a.reasons:
        lines.append("  merged because:")
        lines.extend(f"    - {r}" for r in a.reasons)
    if profile.by_type:
        lines.append("  events:     " + ", ".join(f"{t} {c}" for t, c in profile.by_type))
    if profile.counterparts:
        lines.append("  most with:  " + ", ".join(
            f"{n} ({c})" for _, n, c in profile.counterparts[:8]))
    typer.echo("\n".join(lines))
    titles = {d[0]: d[1] for e in profile.events for d in e.documents}
    names = {x.id: x.name for x in actors}
    for e in profile.events:
        typer.echo(_event_line(e))
        for ev in e.evidence[:1]:
            typer.echo(f"    \u201c{_one_line(ev.text)}\u201d \u2014 {titles.get(ev.doc_id) or ev.doc_id}")
        differs = _differences(details.get(e.event_id, ()), names)
        if differs:
            typer.echo(f"    reports differ: {differs}")


def _differences(details, names: dict[str, str]) -> str:
    """"duration 5.5 hours (d1), 7.5 hours (d2)": the facts the reports of one event give
    differently, each with its documents, side by side (actor ids shown as names)."""
    by_key: dict[str, dict[str, list[str]]] = {}
    for key, value, doc in details:
        by_key.setdefault(key, {}).setdefault(names.get(value, value), []).append(doc)
    parts = [f"{key} " + ", ".join(f"{value} ({', '.join(sorted(docs))})"
                                   for value, docs in sorted(values.items()))
             for key, values in sorted(by_key.items()) if len(values) > 1]
    return "; ".join(parts)


@app.command("stats")
@_user_errors
def stats_cli(
    fmt: Annotated[TextFormat, typer.Option("--format")] = TextFormat.table,
    store: Store = DEFAULT_STORE,
) -> None:
    """What the store holds."""
    from diplograph.analysis import format_stats

    with _open(store) as ledger:
        stats = ledger.stats()
    if fmt is TextFormat.json:
        _emit_json(stats)
    else:
        typer.echo(format_stats(stats))


# -- export, alias ------------------------------------------------------------------------

@app.command("export")
@_user_errors
def export_cli(
    kind: Annotated[ExportFormat, typer.Argument(
        help="html, json, graphml, gexf, csv or cypher.", metavar="FORMAT")],
    out: Annotated[Path, typer.Argument(help="The file to write (csv: a directory).",
                                        metavar="OUT")],
    focus: Annotated[Optional[str], typer.Option(help="Only actors near this one.",
                                                 metavar="NAME")] = None,
    hops: Annotated[int, typer.Option(help="How near, with --focus.", min=0)] = 2,
    since: Since = None,
    until: Until = None,
    types: Types = None,
    full: Annotated[bool, typer.Option(
        "--full", help="graphml/gexf: the whole graph (events and documents as nodes too).")
    ] = False,
    title: Annotated[str, typer.Option(help="html: the page heading.")] = "diplograph",
    schema: Annotated[bool, typer.Option(
        help="cypher: begin with Neo4j 5 uniqueness constraints (--no-schema for others).")
    ] = True,
    store: Store = DEFAULT_STORE,
) -> None:
    """Write the graph as HTML, JSON, GraphML, GEXF, CSV or Cypher.

    html: an interactive page that works offline; json: the diplograph-export/1 format;
    graphml/gexf: for Gephi, yEd, Cytoscape; csv: neo4j-admin import files and import.sh;
    cypher: a script that recreates the graph in a Cypher database.
    """
    tabular = kind in (ExportFormat.csv, ExportFormat.cypher)
    with _open(store) as ledger:
        actors = ledger.actors()
        focus_id = _actor(actors, focus).id if focus is not None else None
        select = dict(focus=focus_id, hops=hops, since=since, until=until, types=_types(types))
        selected = bool(focus_id or since or until or types)
        if kind is ExportFormat.json and not selected:
            from diplograph.export.json import write_store_json

            # streamed from the ledger: no graph, and one event in memory at a time
            typer.echo(f"wrote {write_store_json(ledger, out)}")
            return
        if kind is ExportFormat.json or tabular:
            documents = ledger.documents()
            if selected:  # the selection walks actors only: the actor view answers it
                actors, events = _selected_records(ledger.actor_view(), actors, ledger, select)
            else:
                events = ledger.events()
        else:
            graph = ledger.graph()
        redirects = ledger.redirect_records() if tabular else []
    if kind is ExportFormat.html:
        from diplograph.export.html import write_html

        path = write_html(graph, out, title=title, **select)
    elif kind is ExportFormat.json:
        from diplograph.export.json import to_export, write_json

        path = write_json(to_export(actors, events, documents), out)
    elif kind is ExportFormat.graphml:
        from diplograph.export.graphml import write_graphml

        path = write_graphml(graph, out, full=full, **select)
    elif kind is ExportFormat.gexf:
        from diplograph.export.gexf import write_gexf

        path = write_gexf(graph, out, full=full, **select)
    else:
        if selected:
            kept = {a.id for a in actors}
            cited = {d for e in events for d in e.documents}
            documents = [d for d in documents if d.id in cited]
            redirects = [r for r in redirects if r.new_id in kept]
        if kind is ExportFormat.csv:
            from diplograph.export.csv import write_csv

            path = write_csv(actors, events, documents, out, redirects=redirects)
        else:
            from diplograph.export.cypher_script import write_cypher

            path = write_cypher(actors, events, documents, out, redirects=redirects,
                                schema=schema)
    typer.echo(f"wrote {path}")


def _selected_records(graph: "nx.MultiDiGraph", actors: list, ledger: "GraphStore",
                      select: dict[str, Any]) -> tuple[list, list]:
    """The actors and events of a --focus/--since/--until/--types selection (`graph`: the
    graph or actor view to select on; the chosen events are read from `ledger`)."""
    from diplograph.analysis import neighbourhood

    h = neighbourhood(graph, **select)
    event_ids = {d["event_id"] for _, _, d in h.edges(data=True)}
    chosen = ledger.get_events(event_ids)
    wanted = set(h) | {e.location for e in chosen if e.location}
    return [a for a in actors if a.id in wanted], chosen


_ALIAS_ACTIONS = ("add", "merge", "split", "list")


@app.command("alias")
@_user_errors
def alias_cli(
    words: Annotated[Optional[list[str]], typer.Argument(
        help="add NAME ACTOR | merge A B | split NAME ACTOR | list", metavar="ACTION ARGS...",
        show_default=False)] = None,
    store: Store = DEFAULT_STORE,
) -> None:
    """Correct entity resolution: add a name, merge, split.

    Each correction is kept in the store and re-applied on every later ingest.

    \b
    alias add NAME ACTOR     NAME is another name of ACTOR (ACTOR keeps its id and name)
    alias merge A B          A and B are one actor; B keeps its id, A redirects to it
    alias split NAME ACTOR   the articles that call ACTOR by NAME are about someone else
    alias list               the corrections kept so far
    alias NAME ACTOR         the same as 'alias add NAME ACTOR'
    """
    args = list(words or [])
    if not args:
        raise UserError("say what to correct: 'diplograph alias add NAME ACTOR', "
                        "'alias merge A B', 'alias split NAME ACTOR' or 'alias list'")
    action = args[0] if args and args[0] in _ALIAS_ACTIONS else None
    rest = args[1:] if action else args
    action = action or "add"
    wanted = 0 if action == "list" else 2
    if len(rest) != wanted:
        usage = {"add": "add NAME ACTOR", "merge": "merge A B", "split": "split NAME ACTOR",
                 "list": "list"}[action]
        raise UserError(f"'alias {action}' takes {wanted or 'no'} argument"
                        f"{'s' if wanted != 1 else ''}, got {len(rest)}: use 'diplograph alias "
                        f"{usage}'")
    if action == "list":
        with _open(store) as ledger:
            corrections = ledger.corrections()
        link = {"alias": "is a name of", "merge": "is merged into", "split": "is split from"}
        for n, c in enumerate(corrections, 1):
            typer.echo(f"{n}. {c.kind}: {c.name!r} {link.get(c.kind, '->')} {c.target!r}")
        if not corrections:
            typer.echo("no corrections yet")
        return
    _correct(store, action, *rest)


def _correct(store: str, action: str, name: str, other: str) -> None:
    """Keep one correction, re-resolve, and say what it changed."""
    from diplograph.incremental import resolve_ledger
    from diplograph.names import normalise
    from diplograph.resolve import Correction

    def names_of(a: "Actor") -> set[str]:
        return {normalise(n) for n in (a.name, *a.aliases)}

    with _open(store, write=True) as ledger:
        actors = ledger.actors()
        target = _actor(actors, other)
        if action == "add":
            correction = Correction(kind="alias", name=name, target=target.id)
        elif action == "merge":
            merged = _actor(actors, name)
            if merged.id == target.id:
                raise UserError(f"{name!r} and {other!r} are already one actor ({target.id})")
            correction = Correction(kind="merge", name=merged.id, target=target.id)
        else:
            if normalise(name) not in names_of(target):
                shown = "; ".join((target.name, *target.aliases))
                raise UserError(f"{name!r} is not a name of {target.name!r} ({target.id}); "
                                f"its names are: {shown}")
            correction = Correction(kind="split", name=name, target=target.id)
        ledger.add_correction(correction)
        with ledger.transaction():  # the write lock: a concurrent ingest cannot interleave
            resolve_ledger(ledger)
        # read back only what the answer needs (counting the events, not loading them all)
        actors_now = ledger.actors()
        moved = {r.old_id: r.new_id for r in ledger.redirect_records()}
        counts = ledger.stats()
    by_id = {a.id: a for a in actors_now}
    now = by_id.get(moved.get(target.id, target.id))
    totals = f"the store holds {counts['actors']} actors, {counts['events']} events"
    if action == "add":
        if now is None or normalise(name) not in names_of(now):
            typer.echo(f"kept: {name!r} is a name of {target.name!r} ({target.id}); no article "
                       "uses it yet, so it applies from the next ingest that does")
            return
        typer.echo(f"{name!r} is now a name of {now.name!r} ({now.id}); {totals}")
    elif action == "merge":
        survivor = now or target
        typer.echo(f"{merged.name!r} ({merged.id}) is merged into {survivor.name!r} "
                   f"({survivor.id}); {totals}")
    else:
        kept_id = now.id if now else target.id
        split_off = sorted((a for a in actors_now
                            if a.id != kept_id and normalise(name) in names_of(a)),
                           key=lambda a: a.id)
        where = f"; it is now {split_off[0].name!r} ({split_off[0].id})" if split_off else ""
        typer.echo(f"{name!r} is no longer a name of {target.name!r} ({target.id}){where}; {totals}")


# -- evaluate -----------------------------------------------------------------------------

@app.command("evaluate")
@_user_errors
def evaluate_cli(
    gold: Annotated[Path, typer.Argument(help="A gold file (../shared/eval/FORMAT.md).",
                                         metavar="GOLD")],
    export: Annotated[Optional[Path], typer.Argument(
        help="A diplograph-export/1 file; without it, the store is scored.",
        metavar="[EXPORT]")] = None,
    show: Annotated[int, typer.Option(help="How many misses and false alarms to list.", min=0)
                    ] = 15,
    fmt: Annotated[TextFormat, typer.Option("--format")] = TextFormat.table,
    store: Store = DEFAULT_STORE,
) -> None:
    """Score the store (or an export) against gold annotations.

    The counting rules are those of ../shared/eval/score.py: entity and interaction
    precision, recall and F1, splits, merges, duplicates and CONSULT mode accuracy.
    """
    from diplograph.evaluate import score

    truth = _read_json(gold, "gold")
    if export is not None:
        predicted = _read_json(export, "export")
    else:
        from diplograph.export.json import to_export

        with _open(store) as ledger:
            predicted = to_export(ledger.actors(), ledger.events(), ledger.documents())
    scores = score(truth, predicted)
    if fmt is TextFormat.json:
        _emit_json(scores.to_dict())
    else:
        typer.echo(scores.report(show))


def _read_json(path: Path, what: str) -> dict:
    if not path.is_file():
        raise UserError(f"no {what} file at {str(path)!r}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise UserError(f"{what} file {str(path)!r} is not JSON: {e}") from None
    if not isinstance(data, dict):
        raise UserError(f"{what} file {str(path)!r} holds no JSON object")
    return data


# -- helpers ------------------------------------------------------------------------------

def _shown(store: str) -> str:
    """'./diplograph.db' for a bare relative name, so the message says where it looked."""
    if os.path.isabs(store) or store.startswith((".", "~")):
        return store
    return f"./{store}"


def _open(store: str, write: bool = False) -> "GraphStore":
    if not Path(store).exists():
        raise UserError(f"no store at {_shown(store)!r}; run 'diplograph ingest' first")
    from diplograph.store.sqlite import Ledger

    return Ledger(store, readonly=not write)


def _neo4j_store(uri: str | None, user: str | None, password: str | None,
                 database: str | None, **options: Any):
    """The Neo4j store the options and environment describe (not connected yet)."""
    from diplograph.store.neo4j import Neo4jConfig, Neo4jStore

    config = Neo4jConfig.from_env(uri=uri, username=user, password=password, database=database)
    return Neo4jStore(config, **options)


def _engine(verbose: bool, engine: str) -> None:
    if verbose:
        typer.echo(f"engine: {engine}", err=True)


def _actor(actors: list["Actor"], name: str) -> "Actor":
    from diplograph.names import find_actor

    return find_actor(actors, name)


def _types(types: str | None) -> list[str] | None:
    if not types:
        return None
    return [t.strip().upper() for t in types.split(",") if t.strip()]


def _symmetric() -> frozenset[str]:
    from diplograph.records import SYMMETRIC_TYPES

    return SYMMETRIC_TYPES


def _event_line(e) -> str:
    names = lambda pairs: ", ".join(n for _, n in pairs)  # noqa: E731
    if e.participants:
        who = names(e.participants)
    else:
        who = f"{names(e.source)} -> {names(e.target)}" if e.target else names(e.source)
    kind = e.type + (f" ({e.mode})" if e.mode else "")
    status = f" [{e.status}]" if e.status != "occurred" else ""
    where = f" in {e.location[1]}" if e.location else ""
    return f"{e.date or 'undated':<10}  {kind:<18} {who}{where}{status}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _emit_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _emit_table(columns: list[str], rows: list[list[Any]], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        _emit_json([dict(zip(columns, row)) for row in rows])
    elif fmt is OutputFormat.csv:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v, limit=None) for v in row] for row in rows])
        sys.stdout.flush()
    else:
        typer.echo(_table(columns, rows))


def _table(columns: list[str], rows: list[list[Any]]) -> str:
    """A plain aligned table (no terminal-width guessing, so output is the same everywhere)."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _cell(value: Any, limit: int | None = 60) -> str:
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (list, tuple)) and all(not isinstance(v, (dict, list)) for v in value):
        text = ", ".join(_cell(v, None) for v in value)
    elif isinstance(value, (dict, list, tuple)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "\u2026"
    return text


if __name__ == "__main__":  # pragma: no cover
    main()
