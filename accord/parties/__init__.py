"""Who: the alliance, its parties and their dated status history, users, roles, tokens, groups."""
