"""Database: engine, schema and migrations (SQLite by default, PostgreSQL in production)."""
