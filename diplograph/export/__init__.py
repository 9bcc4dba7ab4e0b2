"""Exports of the graph: JSON (`diplograph-export/1`), GraphML, GEXF, an offline HTML page,
neo4j-admin CSV files and a Cypher script.

Each module holds one format; `FORMATS` maps the names the command line takes to the module
that writes them. Modules are imported when used, so `import diplograph.export` is cheap.
"""
from __future__ import annotations

__all__ = ["FORMATS"]

FORMATS = {
    "json": "diplograph.export.json",
    "graphml": "diplograph.export.graphml",
    "gexf": "diplograph.export.gexf",
    "html": "diplograph.export.html",
    "csv": "diplograph.export.csv",
    "cypher": "diplograph.export.cypher_script",
}
