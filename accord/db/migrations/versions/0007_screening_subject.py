"""Each register entry keeps what screening compares as compact JSON.

Batch screening read every candidate's whole row with its STIX body, about
sixty per screened name, to take six fields from it; at a million names the
reading and the JSON were a fifth of a batch's time. ``screening_subject``
holds those fields (``Subject.to_json``: names, birth dates, countries,
gender, identifiers); the register writes it with every revision.

Existing entries are filled from their current STIX version. The rule is
copied here, not imported, as a migration must keep doing what it did when it
was written; a test holds its output equal to what the register writes.

The column is added with an empty default, which SQLite needs to add a NOT
NULL column without rebuilding the table (a rebuild would drop the table under
the foreign keys that cascade from it); PostgreSQL's default is dropped after
the fill. The register always writes the column.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 19:00:00
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from accord.register.service import DESIGNATION_EXTENSION

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_BATCH = 5000


def _subject_json(body: str) -> str:
    ext: dict[str, Any] = json.loads(body)["extensions"][DESIGNATION_EXTENSION]
    countries = [x.upper() for x in (*ext.get("nationalities", ()), *ext.get("countries", ())) if x]
    d: dict[str, Any] = {"names": [n["value"] for n in ext["names"] if n["value"].strip()]}
    fields = {
        "birth_dates": list(ext.get("birth_dates", ())),
        "countries": list(dict.fromkeys(countries)),
        "identifiers": [i["value"] for i in ext.get("identifiers", ()) if i["value"].strip()],
    }
    d.update((k, v) for k, v in fields.items() if v)
    if ext.get("gender"):
        d["gender"] = ext["gender"]
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    with op.batch_alter_table("register_entries", recreate="never") as b:
        b.add_column(sa.Column("screening_subject", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    entries = sa.table("register_entries", sa.column("pk"), sa.column("version_pk"), sa.column("screening_subject"))
    versions = sa.table("stix_versions", sa.column("pk"), sa.column("body"))
    last = 0
    while True:
        rows = conn.execute(
            sa.select(entries.c.pk, versions.c.body)
            .select_from(entries.join(versions, versions.c.pk == entries.c.version_pk))
            .where(entries.c.pk > last)
            .order_by(entries.c.pk)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            entries.update().where(entries.c.pk == sa.bindparam("entry_pk")),
            [{"entry_pk": pk, "screening_subject": _subject_json(body)} for pk, body in rows],
        )
        last = rows[-1][0]
    if conn.dialect.name != "sqlite":
        op.alter_column("register_entries", "screening_subject", server_default=None)


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN on both engines (SQLite since 3.35): no table rebuild.
    op.execute("ALTER TABLE register_entries DROP COLUMN screening_subject")
