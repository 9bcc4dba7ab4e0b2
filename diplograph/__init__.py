"""diplograph: a graph database of diplomatic relationships, built offline from news."""
__version__ = "0.1.0"
