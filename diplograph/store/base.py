"""The store contract: what every graph store (embedded SQLite, Neo4j) offers.

The SQLite ledger is the system of record; it also keeps the raw documents and their
extractions (see `diplograph.store.sqlite.Ledger`). Resolution produces a `Resolution`, the
canonical layer as it now stands, and `GraphStore.write` makes a store hold exactly that.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from diplograph.records import Actor, Document, Event, Redirect

if TYPE_CHECKING:  # networkx is only needed by callers that ask for a graph
    import networkx as nx

__all__ = ["GraphStore", "Resolution", "QueryResult", "StoreError"]


class StoreError(Exception):
    """A store could not do what was asked; the message says what and where."""


@dataclass(frozen=True)
class Resolution:
    """The canonical layer: every actor, event and merge redirect, and the documents."""

    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    redirects: tuple[Redirect, ...] = ()
    documents: tuple[Document, ...] = ()  # text may be "" here: the ledger keeps it


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...] = field(default_factory=tuple)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


class GraphStore(ABC):
    """One contract, several backends; the same contract tests run against each."""

    name: ClassVar[str]

    @abstractmethod
    def write(self, resolution: Resolution) -> None:
        """Make the store hold `resolution`, atomically and idempotently."""

    @abstractmethod
    def actors(self) -> list[Actor]: ...

    @abstractmethod
    def events(self) -> list[Event]: ...

    @abstractmethod
    def documents(self) -> list[Document]: ...

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run Cypher; `params` are passed as parameters, never formatted into the text."""

    @abstractmethod
    def stats(self) -> dict[str, int]: ...

    def graph(self) -> "nx.MultiDiGraph":
        """The graph view (actors, events, documents as nodes; projected actor edges)."""
        from diplograph.graph import build_graph

        return build_graph(self.actors(), self.events(), self.documents())

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
