"""Every setting of the hub, read from ``ACCORD_*`` environment variables.

One ``Settings`` object is built at the door (CLI or server start) and passed
down; nothing below the adapters reads the environment. Each field carries a
one-line description, and ``docs/settings.md`` must list every field (a test
checks that).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Configuration of one hub process."""

    model_config = SettingsConfigDict(env_prefix="ACCORD_", extra="ignore")

    data_dir: Path = Field(
        default=Path("var"),
        description="Directory holding the SQLite database, keys and audit checkpoints.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the database; default is SQLite at DATA_DIR/accord.sqlite3.",
    )
    host: str = Field(default="127.0.0.1", description="Address the HTTP server listens on.")
    port: int = Field(default=8600, description="Port the HTTP server listens on.")
    workers: int = Field(default=1, description="Number of server worker processes.")
    audit_key_file: Path | None = Field(
        default=None,
        description="File holding the audit chain's HMAC key, kept outside the database "
        "(default DATA_DIR/keys/audit.key, created on first use).",
    )
    secret_key_file: Path | None = Field(
        default=None,
        description="File holding the hub's secret key (keys the credential cache and signs server-side tokens) "
        "(default DATA_DIR/keys/secret.key, created on first use).",
    )
    audit_checkpoint_dir: Path | None = Field(
        default=None,
        description="Directory outside the database where signed audit checkpoints are written "
        "(default DATA_DIR/audit-checkpoints).",
    )
    audit_checkpoint_interval_seconds: int = Field(
        default=300,
        description="How often the server writes an audit checkpoint (0 disables the periodic task).",
    )
    watch_interval_seconds: int = Field(
        default=30,
        description="How often the server re-screens the watch list against register changes (0 disables it).",
    )
    screening_index_dir: Path | None = Field(
        default=None,
        description="Where the screening index snapshot is kept so that a restart does not rebuild it "
        "(default DATA_DIR/screening).",
    )
    council_interval_seconds: int = Field(
        default=15,
        description="How often the server's council scheduler concludes silence procedures whose deadline "
        "has passed and sends reminders and e-mail (0 disables it; `accord council run-due` does it by hand).",
    )
    council_reminder_hours: int = Field(
        default=24,
        description="How long before a silence deadline the delegates are reminded.",
    )
    council_circulation_days: int = Field(
        default=20,
        description="Draft documents go out at least this many days before a meeting; later ones are flagged.",
    )
    smtp_host: str | None = Field(
        default=None,
        description="SMTP server for notification e-mail; without it notifications stay in the app.",
    )
    smtp_port: int = Field(default=25, description="Port of the SMTP server.")
    smtp_sender: str = Field(
        default="accord@localhost", description="The From address of notification e-mail."
    )
    credential_cache_seconds: int = Field(
        default=60,
        description="How long a verified HTTP Basic password is cached (keyed hash) to spare an "
        "argon2 run per request.",
    )
    login_max_failures_per_account: int = Field(
        default=5,
        description="Failed logins for one account within the window before it is throttled.",
    )
    login_max_failures_per_address: int = Field(
        default=20,
        description="Failed logins from one client address within the window before it is throttled.",
    )
    login_failure_window_seconds: int = Field(
        default=900,
        description="Window over which failed logins are counted, and how long a throttle lasts.",
    )
    token_default_expiry_days: int = Field(
        default=90,
        description="Expiry of API tokens created without an explicit expiry.",
    )
    argon2_time_cost: int = Field(default=3, description="argon2id time cost for password hashes.")
    argon2_memory_cost_kib: int = Field(default=65536, description="argon2id memory cost in KiB for password hashes.")
    trusted_proxies: str = Field(
        default="",
        description="Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed "
        "(client address for throttling and audit); empty trusts none.",
    )
    taxii_max_content_length: int = Field(
        default=100 * 1024 * 1024,
        description="Largest TAXII request body accepted, in bytes (announced as max_content_length).",
    )
    log_level: str = Field(default="info", description="Log level of the server (debug, info, warning).")

    def resolved_database_url(self) -> str:
        """The database URL, defaulting to the SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'accord.sqlite3').resolve()}"

    def resolved_audit_key_file(self) -> Path:
        return self.audit_key_file or self.data_dir / "keys" / "audit.key"

    def resolved_secret_key_file(self) -> Path:
        return self.secret_key_file or self.data_dir / "keys" / "secret.key"

    def resolved_checkpoint_dir(self) -> Path:
        return self.audit_checkpoint_dir or self.data_dir / "audit-checkpoints"

    def resolved_screening_index_dir(self) -> Path:
        return self.screening_index_dir or self.data_dir / "screening"
