"""Alembic environment: the engine comes from the caller (see ``accord.db.migrate``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from accord.db.schema import metadata

engine = context.config.attributes["engine"]
assert isinstance(engine, Engine)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=engine.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
