"""Who may see what: the one access predicate, compiled into SQL."""
