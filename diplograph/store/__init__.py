"""Graph stores behind one contract (`base.GraphStore`): the embedded SQLite ledger
(`sqlite.Ledger`, the system of record) and Neo4j over Bolt (`neo4j.Neo4jStore`, with
server-side paths, rankings and timelines in `neo4j_analysis`). Import the one you need:
the Neo4j driver is loaded only by the Neo4j store, when it connects."""
