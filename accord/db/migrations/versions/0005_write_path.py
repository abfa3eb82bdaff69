"""Two indexes no query uses, dropped: every TAXII POST paid for them.

``stix_versions.type`` is filtered through the copy on ``visibility`` (indexed
with ``date_added``), and the access predicate reads
``visibility.originator_party_id`` through ``coalesce`` so that SQLite keeps
to the ``date_added`` order instead of an index per term.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_visibility_originator_added", table_name="visibility")
    op.drop_index("ix_stix_versions_type", table_name="stix_versions")


def downgrade() -> None:
    op.create_index("ix_stix_versions_type", "stix_versions", ["type"], unique=False)
    op.create_index("ix_visibility_originator_added", "visibility", ["originator_party_id", "date_added"], unique=False)
