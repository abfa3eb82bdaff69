"""Accord: the secure cooperation hub of a multinational security alliance."""

__version__ = "0.1.0"
