"""Keys kept outside the database, in files readable by the hub's user only."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def load_or_create_key(path: Path) -> bytes:
    """Read a 32-byte key (hex) from ``path``, creating it on first use."""
    if path.exists():
        text = path.read_text().strip()
        try:
            key = bytes.fromhex(text)
        except ValueError as exc:
            raise ValueError(f"key file {path} is not hex") from exc
        if len(key) < 32:
            raise ValueError(f"key file {path} holds fewer than 32 bytes")
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    # O_EXCL: two processes starting together must not write two keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return load_or_create_key(path)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex() + "\n")
    return key
