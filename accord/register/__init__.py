"""Designation register and name screening."""
