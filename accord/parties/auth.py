"""Authentication: passwords (argon2id), API tokens (random, stored as SHA-256),
failed-login throttling (counters in the database, shared by every worker),
and a short-lived cache of verified HTTP Basic credentials.

TAXII clients send HTTP Basic on every request. Verifying argon2 each time
would cost tens of milliseconds per page, so a successful verification is
cached for ``credential_cache_seconds`` under an HMAC of the credentials (the
password itself is never kept). The cached entry remembers the password
hash it was checked against: a password change or reset invalidates it at
once, and the account and party are re-read on every request anyway.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections import OrderedDict
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection

from accord.errors import BadRequest, TooManyRequests, Unauthorized
from accord.parties import store
from accord.parties.models import Actor, Party, effective_roles, status_at

if TYPE_CHECKING:
    from accord.hub import Hub

TOKEN_PREFIX = "acc_"  # noqa: S105 - a public prefix, not a secret
MIN_PASSWORD_LENGTH = 10

_hashers: dict[tuple[int, int], PasswordHasher] = {}


def _hasher(time_cost: int, memory_kib: int) -> PasswordHasher:
    key = (time_cost, memory_kib)
    if key not in _hashers:
        _hashers[key] = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)
    return _hashers[key]


def hash_password(password: str, time_cost: int = 3, memory_kib: int = 65536) -> str:
    return _hasher(time_cost, memory_kib).hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return PasswordHasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadRequest(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def new_token() -> tuple[str, str]:
    """A new token secret (32 random bytes) and its public id."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32), "tok_" + secrets.token_hex(6)


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class CredentialCache:
    """Verified Basic credentials, keyed by HMAC(secret key, username, password)."""

    def __init__(self, key: bytes, ttl_seconds: int, max_entries: int = 10_000) -> None:
        self._key = key
        self._ttl = timedelta(seconds=ttl_seconds)
        self._max = max_entries
        self._items: OrderedDict[bytes, tuple[int, str, datetime]] = OrderedDict()
        self._lock = threading.Lock()

    def _digest(self, username: str, password: str) -> bytes:
        msg = username.encode() + b"\x00" + password.encode()
        return hmac.new(self._key, msg, hashlib.sha256).digest()

    def get(self, username: str, password: str, now: datetime) -> tuple[int, str] | None:
        if self._ttl.total_seconds() <= 0:
            return None
        d = self._digest(username, password)
        with self._lock:
            item = self._items.get(d)
            if item is None:
                return None
            if item[2] <= now:
                del self._items[d]
                return None
            return item[0], item[1]

    def put(self, username: str, password: str, user_id: int, password_hash: str, now: datetime) -> None:
        if self._ttl.total_seconds() <= 0:
            return
        d = self._digest(username, password)
        with self._lock:
            self._items[d] = (user_id, password_hash, now + self._ttl)
            self._items.move_to_end(d)
            while len(self._items) > self._max:
                self._items.popitem(last=False)


# An argon2 hash of a random string, verified when the username is unknown so
# that a wrong username costs as long as a wrong password.
_DUMMY_HASH = hash_password(secrets.token_hex(16), 1, 8192)

INVALID = "invalid credentials"


class Authenticator:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        s = hub.settings
        self.cache = CredentialCache(hub.secret_key, s.credential_cache_seconds)

    # -- throttling ------------------------------------------------------------------------------

    def _keys(self, username: str | None, address: str | None) -> list[tuple[str, int]]:
        s = self.hub.settings
        keys = []
        if username:
            keys.append((f"account:{username}", s.login_max_failures_per_account))
        if address:
            keys.append((f"address:{address}", s.login_max_failures_per_address))
        return keys

    def _throttled(self, conn: Connection, username: str | None, address: str | None, now: datetime) -> None:
        keys = [k for k, _ in self._keys(username, address)]
        for row in store.failure_rows(conn, keys) if keys else []:
            if row.locked_until is not None and row.locked_until > now:
                retry = max(1, int((row.locked_until - now).total_seconds()))
                raise TooManyRequests("too many failed logins; try again later", retry_after=retry)

    def _fail(
        self, username: str | None, address: str | None, now: datetime, door: str, why: str, party: str | None = None
    ) -> None:
        """Count a failed login and record it (with the account's party, so its admin sees it)."""
        s = self.hub.settings
        actor = Actor(
            username=username or "-", user_id=None, party_id=None, party_code=None, party_status=None, door=door
        )
        with self.hub.unit(actor, write=True) as u:
            for key, limit in self._keys(username, address):
                store.record_failure(u.conn, key, now, s.login_failure_window_seconds, limit)
            u.record(
                "login",
                "user",
                username or "-",
                outcome="refused",
                detail={"reason": why, "address": address},
                parties=[party] if party else [],
            )

    # -- doors -----------------------------------------------------------------------------------

    def basic(self, username: str, password: str, address: str | None, door: str = "api") -> Actor:
        """Authenticate HTTP Basic credentials (or a login form) and build the actor.

        One short read transaction gathers the throttle state, the account and
        its party; argon2 runs outside it.
        """
        now = self.hub.clock.now()
        with self.hub.unit(Actor.local_admin(door)) as u:
            self._throttled(u.conn, username, address, now)
            row = store.credentials_row(u.conn, username)
            party = store.get_party_by_id(u.conn, row.party_id) if row is not None else None
        cached = self.cache.get(username, password, now)
        if cached is not None and row is not None and cached == (row.id, row.password_hash):
            ok = True
        elif row is None or not row.password_hash:
            verify_password(_DUMMY_HASH, password)
            ok = False
        else:
            ok = verify_password(row.password_hash, password)
        if not ok or row is None or party is None:
            self._fail(username, address, now, door, "bad password or unknown user", party.code if party else None)
            raise Unauthorized(INVALID)
        if row.disabled:
            self._fail(username, address, now, door, "account disabled", party.code)
            raise Unauthorized(INVALID)
        if cached is None:
            self.cache.put(username, password, row.id, row.password_hash, now)
            with self.hub.unit(Actor.local_admin(door), write=True) as u:
                store.clear_failures(u.conn, f"account:{username}")
        return _actor(row, party, now, read_only=False, door=door)

    def bearer(self, secret: str, address: str | None, door: str = "api") -> Actor:
        """Authenticate an API token."""
        now = self.hub.clock.now()
        digest = token_hash(secret)
        with self.hub.unit(Actor.local_admin(door)) as u:
            self._throttled(u.conn, None, address, now)
            tok = store.token_by_hash(u.conn, digest)
            row = store.user_row_by_id(u.conn, tok.user_id) if tok is not None else None
            party = store.get_party_by_id(u.conn, row.party_id) if row is not None else None
        # The lookup is by SHA-256 of the secret, so timing reveals nothing
        # about the secret; compare again in constant time all the same.
        if tok is None or not hmac.compare_digest(tok.token_hash, digest):
            self._fail(None, address, now, door, "unknown token")
            raise Unauthorized(INVALID)
        if tok.revoked_at is not None or (tok.expires_at is not None and tok.expires_at <= now):
            self._fail(None, address, now, door, f"token {tok.id} revoked or expired")
            raise Unauthorized(INVALID)
        if row is None or party is None or row.disabled:
            self._fail(None, address, now, door, f"token {tok.id} of a disabled account")
            raise Unauthorized(INVALID)
        if tok.last_used_at is None or now - tok.last_used_at > timedelta(minutes=1):
            with self.hub.unit(Actor.local_admin(door), write=True) as u:
                store.update_token(u.conn, tok.id, last_used_at=now)
        return _actor(row, party, now, read_only=bool(tok.read_only), door=door)

    def actor_for(self, user_id: int, *, read_only: bool, door: str) -> Actor:
        """Build the actor of a user (the CLI's ``--as``), judging the party's status now."""
        now = self.hub.clock.now()
        with self.hub.unit(Actor.local_admin(door)) as u:
            row = store.user_row_by_id(u.conn, user_id)
            party = store.get_party_by_id(u.conn, row.party_id) if row is not None else None
        if row is None or party is None or row.disabled:
            raise Unauthorized(INVALID)
        return _actor(row, party, now, read_only=read_only, door=door)


def _actor(row: Any, party: Party, now: datetime, *, read_only: bool, door: str) -> Actor:
    return Actor(
        username=row.username,
        user_id=row.id,
        party_id=party.id,
        party_code=party.code,
        party_status=status_at(party.history, now.date()),
        roles=effective_roles(store.parse_roles(row.roles)),
        read_only=read_only,
        door=door,
    )
