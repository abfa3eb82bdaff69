"""Many-row inserts at the speed of the database driver.

SQLAlchemy's ``conn.execute(insert(table), rows)`` builds and processes the
parameters of every row in Python (``construct_params`` and each column's
bind processor): about a tenth of the server's time on a 1,000-object TAXII
POST. Here the statement is compiled once, each column's bind processor is
looked up once, and the driver's ``executemany`` gets plain tuples (SQLite)
or dicts (PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (every row with the same keys) into ``table``."""
    if not rows:
        return
    keys = list(rows[0])
    dialect = conn.dialect
    compiled = insert(table).inline().compile(dialect=dialect, column_keys=keys)
    order = list(compiled.positiontup or []) if compiled.positional else keys
    procs = [
        (i, proc) for i, k in enumerate(order) if (proc := table.c[k].type.bind_processor(dialect)) is not None
    ]
    params: list[Any] = []
    for row in rows:
        values = [row[k] for k in order]
        for i, proc in procs:
            if values[i] is not None:
                values[i] = proc(values[i])
        params.append(tuple(values) if compiled.positional else dict(zip(order, values, strict=True)))
    conn.exec_driver_sql(str(compiled), params)
