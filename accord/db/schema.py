"""The schema, as SQLAlchemy Core tables. Alembic migrations must agree with it
(``tests/test_migrations.py`` compares them on both engines)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from accord.db.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

alliance = Table(
    "alliance",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("uuid", String(36), nullable=False),
    Column("official_languages", String(200), nullable=False),  # comma-separated BCP 47 tags
    Column("working_language", String(20), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("new_members_see_history", Boolean, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

parties = Table(
    "parties",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(32), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(16), nullable=False),  # state | body
    Column("identity_id", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
)

party_status = Table(
    "party_status",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("party_id", Integer, ForeignKey("parties.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(20), nullable=False),
    Column("valid_from", Date, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("recorded_at", UTCDateTime, nullable=False),
    UniqueConstraint("party_id", "valid_from", name="uq_party_status_party_day"),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("party_id", Integer, ForeignKey("parties.id", ondelete="SET NULL"), nullable=True),
    Column("name", String(200), nullable=False),
    Column("title", String(300), nullable=False, default=""),
    Column("created_at", UTCDateTime, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False, index=True),
    Column("display_name", String(200), nullable=False, default=""),
    Column("password_hash", String(200), nullable=True),
    Column("roles", String(200), nullable=False),  # comma-separated, sorted
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("password_changed_at", UTCDateTime, nullable=True),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(200), nullable=False, default=""),
    Column("read_only", Boolean, nullable=False, default=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=True),
    Column("revoked_at", UTCDateTime, nullable=True),
    Column("last_used_at", UTCDateTime, nullable=True),
)

# Failed-login counters live in the database so that every worker process
# shares them. Keys are "account:<username>" or "address:<ip>".
login_failures = Table(
    "login_failures",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("window_start", UTCDateTime, nullable=False),
    Column("locked_until", UTCDateTime, nullable=True),
)

sharing_groups = Table(
    "sharing_groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("slug", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("hidden_membership", Boolean, nullable=False, default=False),
    Column("owner_party_id", Integer, ForeignKey("parties.id"), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# One row per admission; removal closes the row, re-admission opens a new one,
# so the time a party gained access to the group's objects is known.
group_members = Table(
    "group_members",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("sharing_groups.id", ondelete="CASCADE"), nullable=False),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("admitted_at", UTCDateTime, nullable=False),
    Column("removed_at", UTCDateTime, nullable=True),
    Index("ix_group_members_group_party", "group_id", "party_id"),
)

# The head of the audit chain: one row, updated by every append. Its row lock
# serialises appends on PostgreSQL; verification never trusts it.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("mac", String(64), nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("request_id", String(64), nullable=False),
    Column("actor_user", String(64), nullable=False),
    Column("actor_party", String(32), nullable=True, index=True),
    Column("door", String(16), nullable=False),  # api | taxii | cli | web | scheduler
    Column("action", String(64), nullable=False),
    Column("object_type", String(64), nullable=False),
    Column("object_id", String(200), nullable=False),
    Column("outcome", String(16), nullable=False),  # ok | refused
    Column("parties", Text, nullable=False),  # ",PK,CN," whose data was touched
    Column("detail", Text, nullable=False),  # canonical JSON
    Column("prev_mac", String(64), nullable=False),
    Column("mac", String(64), nullable=False),
)

# --- intelligence -------------------------------------------------------------------------------------

# Every version of every STIX object, as received (``body``), with the
# columns that queries filter on. ``version_us`` is the version's
# ``modified`` (or ``created``) in microseconds since the epoch.
stix_versions = Table(
    "stix_versions",
    metadata,
    Column("pk", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("object_id", String(300), nullable=False),
    Column("type", String(250), nullable=False),  # filtered through visibility.type
    Column("spec_version", String(8), nullable=False),
    Column("version_us", BigInteger, nullable=False),
    Column("version_text", String(40), nullable=False),  # modified/created as given
    Column("created_by_ref", String(300), nullable=True, index=True),
    Column("originator_party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("tlp", String(16), nullable=True),
    Column("revoked", Boolean, nullable=False),
    Column("posted_at", UTCDateTime, nullable=False),
    Column("posted_by", String(64), nullable=False),
    Column("search_text", Text, nullable=False),  # lower-cased name, description, pattern
    Column("body", Text, nullable=False),
    UniqueConstraint("object_id", "version_us", name="uq_stix_versions_object_version"),
)

# Who sees a version, and since when (``date_added``, microseconds, allocated
# strictly increasing in commit order). A row is either
# a scope row (``party_id`` NULL: the version was posted to ``scope``) or a
# row for one party (``party_id`` set): the catch-up made when the party
# gained access to ``scope`` later (a group admission, a membership), or a
# ``grant``. See ``accord.access`` for how a caller's view is computed.
visibility = Table(
    "visibility",
    metadata,
    Column("pk", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("version_pk", BigInteger, ForeignKey("stix_versions.pk", ondelete="CASCADE"), nullable=False),
    Column("scope", String(80), nullable=False),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=True),
    Column("originator_party_id", Integer, nullable=False),
    Column("type", String(250), nullable=False),  # the version's STIX type, for match[type] in date_added order
    # Unique per caller, not per table: a continuity row (accord.access.sync)
    # repeats, for one party, the stamp of a row that party no longer sees.
    Column("date_added", BigInteger, nullable=False, index=True),
    Index("ix_visibility_version_added", "version_pk", "date_added"),
    Index("ix_visibility_type_added", "type", "date_added"),
    Index("ix_visibility_scope_added", "scope", "date_added"),
    Index("ix_visibility_party_added", "party_id", "date_added"),
)

# The allocator of ``date_added`` stamps: one row, locked by each writer.
stamp_head = Table(
    "stamp_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("last_us", BigInteger, nullable=False),
)

# When a party's access to a scope began and ended, in ``date_added`` stamps.
party_access = Table(
    "party_access",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False, index=True),
    Column("scope", String(80), nullable=False),
    Column("started_us", BigInteger, nullable=False),
    Column("ended_us", BigInteger, nullable=True),
)

grants = Table(
    "grants",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("object_id", String(300), nullable=False, index=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("granted_at", UTCDateTime, nullable=False),
    Column("granted_by", String(64), nullable=False),
    UniqueConstraint("object_id", "party_id", name="uq_grants_object_party"),
)

taxii_status = Table(
    "taxii_status",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("request_timestamp", UTCDateTime, nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("total_count", Integer, nullable=False),
    Column("success_count", Integer, nullable=False),
    Column("failure_count", Integer, nullable=False),
    Column("pending_count", Integer, nullable=False),
    Column("details", Text, nullable=False),  # JSON: successes, failures, pendings
)

# --- register ------------------------------------------------------------------------------------
# A designation's content lives in the intelligence store as a STIX identity
# (one version per revision, read through the access predicate); these tables
# hold its current state for listing and screening, and its history.
register_entries = Table(
    "register_entries",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("entry_id", String(300), nullable=False, unique=True),  # the STIX identity id
    Column("tier", String(16), nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=True, index=True),  # designating state
    Column("scope", String(80), nullable=False),
    Column("schema", String(20), nullable=False),
    Column("category", String(16), nullable=False),
    Column("primary_name", String(500), nullable=False),
    Column("reference", String(200), nullable=False),
    Column("source_id", String(300), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("version_pk", BigInteger, ForeignKey("stix_versions.pk"), nullable=False),  # the current revision
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("basis", Text, nullable=False),  # why the status holds: reason, decision number
    # What screening compares (names, birth dates, countries, gender, identifiers) as compact JSON
    # (``Subject.to_json``), so that a batch reads no STIX body for its candidates (migration 0007).
    Column("screening_subject", Text, nullable=False),
    # An import finds a record's entry by (source id, party): one index for both, or SQLite may pick
    # the party's index and scan everything the party designated (migration 0006).
    Index("ix_register_entries_source_party", "source_id", "party_id"),
)

# Names of the current revision, in any script, for the screening index.
register_names = Table(
    "register_names",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("entry_pk", Integer, ForeignKey("register_entries.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("value", String(500), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("script", String(8), nullable=True),
)

# Every change of every entry: who, when, what (field → [before, after]).
register_history = Table(
    "register_history",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("entry_pk", Integer, ForeignKey("register_entries.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("revision", Integer, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("username", String(64), nullable=False),
    Column("party_code", String(16), nullable=True),
    Column("action", String(20), nullable=False),
    Column("reason", Text, nullable=False),
    Column("changes", Text, nullable=False),  # JSON
)

# The change feed the screening index follows (in this and other processes).
register_changes = Table(
    "register_changes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("entry_pk", Integer, ForeignKey("register_entries.pk", ondelete="CASCADE"), nullable=False),
)

# A screening officer's verdict on one (subject, entry revision) pair.
screen_reviews = Table(
    "screen_reviews",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("subject_key", String(64), nullable=False),  # digest of the normalised screened subject
    Column("entry_pk", Integer, ForeignKey("register_entries.pk", ondelete="CASCADE"), nullable=False),
    Column("entry_revision", Integer, nullable=False),
    Column("outcome", String(20), nullable=False),  # confirmed_match | false_positive
    Column("reason", Text, nullable=False),
    Column("username", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_screen_reviews_lookup", "party_id", "subject_key", "entry_pk"),
)

# Subjects a party keeps under watch, re-screened when the register changes.
watch_subjects = Table(
    "watch_subjects",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False, index=True),
    Column("label", String(200), nullable=False),
    Column("subject", Text, nullable=False),  # JSON, as a screening query
    Column("subject_key", String(64), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("screened_seq", Integer, nullable=False),  # the register change it was last screened against
)

# Candidates raised for watched subjects: one row per (subject, entry revision) raised.
watch_hits = Table(
    "watch_hits",
    metadata,
    Column("pk", Integer, primary_key=True),
    Column("watch_pk", Integer, ForeignKey("watch_subjects.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("entry_pk", Integer, ForeignKey("register_entries.pk", ondelete="CASCADE"), nullable=False),
    Column("entry_revision", Integer, nullable=False),
    Column("score", String(8), nullable=False),
    Column("decision", String(16), nullable=False),
    Column("explanation", Text, nullable=False),  # JSON
    Column("raised_at", UTCDateTime, nullable=False),
    Column("state", String(16), nullable=False),  # new | acknowledged
)

# Batch screening jobs run by the server.
screen_jobs = Table(
    "screen_jobs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime, nullable=True),
    Column("status", String(16), nullable=False),  # pending | running | complete | failed
    Column("total", Integer, nullable=False),
    Column("done", Integer, nullable=False),
    Column("input", Text, nullable=False),  # JSON lines of queries
    Column("result", Text, nullable=False),  # JSON lines of results
    Column("error", Text, nullable=False),
)

# --- council -------------------------------------------------------------------------------------
meeting_series = Table(
    "meeting_series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("slug", String(40), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("convening_body", String(200), nullable=False),
    Column("periodicity", String(40), nullable=False),
    Column("first_held", Date, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("series_id", Integer, ForeignKey("meeting_series.id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("presidency_party_id", Integer, ForeignKey("parties.id"), nullable=True),
    Column("host_party_id", Integer, ForeignKey("parties.id"), nullable=True),
    Column("chair_person_id", Integer, ForeignKey("people.id"), nullable=True),
    Column("venue", String(200), nullable=False),
    Column("format", String(16), nullable=False),
    Column("start_date", Date, nullable=False),
    Column("end_date", Date, nullable=False),
    Column("status", String(16), nullable=False),
    Column("prepares", String(300), nullable=False),  # the event it prepares, in words
    Column("prepares_meeting_id", Integer, ForeignKey("meetings.id"), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("series_id", "ordinal", name="uq_meetings_series_ordinal"),
)

delegations = Table(
    "delegations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=True),
    Column("guest_name", String(200), nullable=False),
    Column("standing", String(20), nullable=False),
    UniqueConstraint("meeting_id", "party_id", name="uq_delegations_meeting_party"),
)

participants = Table(
    "participants",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("delegation_id", Integer, ForeignKey("delegations.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=True),
    Column("name", String(200), nullable=False),
    Column("title", String(300), nullable=False),
    Column("role", String(16), nullable=False),
    Column("attended", Boolean, nullable=True),
)

side_meetings = Table(
    "side_meetings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),  # bilateral | reception | other
    Column("title", String(300), nullable=False),
    Column("day", Date, nullable=True),
    Column("parties", String(200), nullable=False),  # comma-separated codes
    Column("notes", Text, nullable=False),
)

agenda_items = Table(
    "agenda_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("parent_id", Integer, ForeignKey("agenda_items.id"), nullable=True),
    Column("position", Integer, nullable=False),
    Column("title", String(500), nullable=False),
    Column("notes", Text, nullable=False),
    Column("carried_over_from_id", Integer, ForeignKey("agenda_items.id"), nullable=True),
)

# A meeting document; each language version of each revision is a STIX report in
# the document's scope, so the access predicate enforces its distribution.
council_documents = Table(
    "council_documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("agenda_item_id", Integer, ForeignKey("agenda_items.id"), nullable=True),
    Column("title", String(300), nullable=False),
    Column("kind", String(30), nullable=False),  # draft | report | statement | minutes | other
    Column("classification", String(30), nullable=False),
    Column("scope", String(80), nullable=False),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False),  # the originating party
    Column("created_at", UTCDateTime, nullable=False),
)

council_document_versions = Table(
    "council_document_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("council_documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("lang", String(16), nullable=False),
    Column("version_pk", BigInteger, ForeignKey("stix_versions.pk"), nullable=False),
    Column("username", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id"), nullable=False, index=True),
    Column("agenda_item_id", Integer, ForeignKey("agenda_items.id"), nullable=True),
    Column("title", String(500), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("procedure", String(16), nullable=False),
    Column("status", String(16), nullable=False, index=True),
    Column("sponsor_party_id", Integer, ForeignKey("parties.id"), nullable=True),
    Column("texts", Text, nullable=False),  # JSON {lang: text}
    Column("deadline", UTCDateTime, nullable=True, index=True),
    Column("concerned_party_id", Integer, ForeignKey("parties.id"), nullable=True),
    Column("effect", Text, nullable=False),  # JSON, kind-specific
    Column("number", String(40), nullable=True, unique=True),  # given at adoption
    Column("decided_at", UTCDateTime, nullable=True),
    Column("reminded", Boolean, nullable=False),  # deadline-approaching notice sent
    Column("created_by", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

positions = Table(
    "positions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=False, index=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("username", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

joint_actions = Table(
    "joint_actions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column("objective", Text, nullable=False),
    Column("lead_party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("participants", String(400), nullable=False),  # comma-separated codes
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=True),
    Column("start_date", Date, nullable=True),
    Column("due_date", Date, nullable=True),
    Column("links", Text, nullable=False),  # JSON list of STIX ids / register entry ids
    Column("created_at", UTCDateTime, nullable=False),
)

action_tasks = Table(
    "action_tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action_id", Integer, ForeignKey("joint_actions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("title", String(300), nullable=False),
    Column("owner_party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("due_date", Date, nullable=True),
    Column("status", String(16), nullable=False),
    Column("weight", Integer, nullable=False),
)

progress_reports = Table(
    "progress_reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action_id", Integer, ForeignKey("joint_actions.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("task_id", Integer, ForeignKey("action_tasks.id"), nullable=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("progress", Integer, nullable=False),  # percent
    Column("text", Text, nullable=False),
    Column("username", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("text", Text, nullable=False),
    Column("link", String(300), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("read_at", UTCDateTime, nullable=True),
    Column("emailed_at", UTCDateTime, nullable=True),
    Index("ix_notifications_user_read", "user_id", "read_at"),
)

calendar_feeds = Table(
    "calendar_feeds",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# E-mail addresses for notifications (optional; e-mail is sent only where SMTP is configured).
user_emails = Table(
    "user_emails",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("address", String(320), nullable=False),
)
