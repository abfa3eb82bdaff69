"""The audit chain: an append-only, HMAC-chained log of every write and every cross-party read."""
