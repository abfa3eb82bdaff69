"""Shared intelligence: the STIX 2.1 store, scopes, grants."""
