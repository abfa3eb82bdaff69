"""The REST API's shared plumbing: authentication dependency, error bodies."""
