"""Signed checkpoints of the chain's head, kept in a file outside the database.

A checkpoint lets ``verify`` notice entries removed from the end of the
chain, which the chain alone cannot show. The file is append-only JSON lines;
each line is signed with a key derived from the audit key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from datetime import datetime
from pathlib import Path

from accord.audit.chain import Checkpoint, canonical_json
from accord.errors import AccordError

FILE_NAME = "checkpoints.jsonl"


class CheckpointError(AccordError):
    status = 500


def _signing_key(audit_key: bytes) -> bytes:
    return hmac.new(audit_key, b"accord audit checkpoint", hashlib.sha256).digest()


def _sign(audit_key: bytes, seq: int, mac: str, at: str, reason: str) -> str:
    body = canonical_json([seq, mac, at, reason]).encode()
    return hmac.new(_signing_key(audit_key), body, hashlib.sha256).hexdigest()


def write(directory: Path, audit_key: bytes, checkpoint: Checkpoint, at: datetime, reason: str = "periodic") -> Path:
    """Append a signed checkpoint and flush it to disk. ``reason`` is
    ``restore`` when a restore legitimately moved the head back."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / FILE_NAME
    stamp = at.isoformat()
    line = canonical_json(
        {
            "seq": checkpoint.seq,
            "mac": checkpoint.mac,
            "at": stamp,
            "reason": reason,
            "sig": _sign(audit_key, checkpoint.seq, checkpoint.mac, stamp, reason),
        }
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (line + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def latest(directory: Path, audit_key: bytes) -> Checkpoint | None:
    """The last signed checkpoint (heads only grow, except at a signed restore);
    a line with a bad signature is an error."""
    path = directory / FILE_NAME
    if not path.exists():
        return None
    best: Checkpoint | None = None
    for number, raw in enumerate(path.read_text().splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            seq, mac, at, sig = int(item["seq"]), str(item["mac"]), str(item["at"]), str(item["sig"])
            reason = str(item["reason"])
        except (ValueError, KeyError, TypeError) as exc:
            raise CheckpointError(f"checkpoint file {path} line {number} is malformed") from exc
        if not hmac.compare_digest(_sign(audit_key, seq, mac, at, reason), sig):
            raise CheckpointError(f"checkpoint file {path} line {number} has a bad signature")
        best = Checkpoint(seq, mac)
    return best
